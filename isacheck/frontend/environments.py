"""``--triton 3.4.0,3.9.0``: one isolated Python environment per Triton release, made once.

Each lives in ``<envs dir>/triton-<version>-py<X.Y>/`` (the envs dir is isacheck's cache
directory's ``triton-envs``, or ``$ISACHECK_TRITON_ENVS``; see isacheck.config), made with the
ordinary tools: ``python -m venv`` and ``pip install triton==<version>``, whose progress goes to
stderr. The environment is built in a temporary directory beside it and renamed into place once
Triton is installed and answers, so that an interrupted build leaves nothing that looks usable; a
lock keeps two isacheck runs from building the same one. A finished environment records what it
holds in ``isacheck-env.json``: looking it up later costs one small file read.

Nothing here touches the user's own environment: the Triton beside isacheck stays as it is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from isacheck.errors import InputError, UsageError
from isacheck.frontend.remote import Runtime, describe
from isacheck.frontend.triton_api import unsupported

MARKER = "isacheck-env.json"
# A release as pip names it: 3.4.0, 3.7.1, 3.8.0.post1, 3.9.0rc1. Local versions (+rocm...) come
# from AMD's own index: install those yourself and use --python.
_RELEASE = re.compile(r"^\d+\.\d+(\.\d+)?((a|b|rc)\d+)?(\.post\d+)?$")
# pip's words when no index answers (urllib3/requests underneath).
_OFFLINE = ("NewConnectionError", "Failed to establish a new connection", "Temporary failure in name resolution",
            "Network is unreachable", "ProxyError", "Max retries exceeded", "Name or service not known",
            "Connection refused", "ConnectTimeoutError")


def env_dir(root: Path, version: str) -> Path:
    return root / f"triton-{version}-py{sys.version_info[0]}.{sys.version_info[1]}"


def _python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def check_version(version: str) -> str:
    """The release as environments are named (``3.4`` -> ``3.4.0``), or a UsageError."""
    if not _RELEASE.match(version):
        raise UsageError(f"--triton {version!r}: not a Triton release number (e.g. 3.4.0); for a build with a "
                         "local version (3.7.1+rocm7.14) install it in an environment and use --python")
    problem = unsupported(version)
    if problem:
        raise UsageError(f"--triton: {problem}")
    parts = version.split(".")
    return f"{version}.0" if len(parts) == 2 else version


def lookup(root: Path, version: str) -> Runtime | None:
    """The ready environment for ``version``, without running anything; None if not made yet."""
    env = env_dir(root, version)
    try:
        record = json.loads((env / MARKER).read_text())
    except (OSError, ValueError):
        return None
    if not _python(env).exists():
        return None
    return Runtime(record["version"], record["build"], str(_python(env)), version)


def ensure(root: Path, version: str, log: TextIO) -> tuple[Runtime, bool]:
    """The environment for ``version``, made if missing: (runtime, whether it was made now)."""
    version = check_version(version)
    found = lookup(root, version)
    if found is not None:
        return found, False
    root.mkdir(parents=True, exist_ok=True)
    with _Lock(root / f".triton-{version}.lock"):
        found = lookup(root, version)      # made by another isacheck while this one waited
        if found is not None:
            return found, False
        return _create(root, version, log), True


def _create(root: Path, version: str, log: TextIO) -> Runtime:
    final = env_dir(root, version)
    print(f"isacheck: making an environment for Triton {version} in {final} (once; pip's output follows)",
          file=log, flush=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=root))
    try:
        import importlib.util
        if importlib.util.find_spec("pip") is not None:
            # pip of this interpreter installs into the new environment (``pip --python``): no
            # copy of pip per environment, and seconds saved on making one.
            _run([sys.executable, "-m", "venv", "--without-pip", str(tmp)], log, version)
            pip = [sys.executable, "-m", "pip", "--python", str(_python(tmp))]
        else:
            _run([sys.executable, "-m", "venv", str(tmp)], log, version)
            pip = [str(_python(tmp)), "-m", "pip"]
        _run([*pip, "install", "--disable-pip-version-check", "--retries", "2", "--timeout", "30",
              f"triton=={version}"], log, version)
        if final.exists():               # a broken leftover without its marker
            shutil.rmtree(final)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    runtime = describe(str(_python(final)))
    (final / MARKER).write_text(json.dumps({"version": runtime.version, "build": runtime.build,
                                            "requested": version}, sort_keys=True) + "\n")
    print(f"isacheck: Triton {runtime.version} ready", file=log, flush=True)
    return Runtime(runtime.version, runtime.build, str(_python(final)), version)


def _run(cmd: list[str], log: TextIO, version: str) -> None:
    """Run, echoing the output to ``log`` as it comes (the progress), keeping the end for the error."""
    tail: list[str] = []
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                text=True, bufsize=1)
    except OSError as exc:
        raise InputError(f"--triton {version}: cannot run {cmd[0]}: {exc}") from None
    assert proc.stdout is not None
    for line in proc.stdout:
        log.write(f"  {line}" if line.strip() else line)
        log.flush()
        tail = (tail + [line.rstrip()])[-40:]
    if proc.wait() == 0:
        return
    text = "\n".join(tail)
    if any(word in text for word in _OFFLINE):
        raise InputError(f"--triton {version}: no package index reachable to install Triton {version}; "
                         "connect, configure pip (PIP_INDEX_URL), or install it yourself and use --python")
    if "No matching distribution" in text or "Could not find a version" in text:
        raise InputError(f"--triton {version}: the package index has no Triton {version} for this Python "
                         f"({sys.version_info[0]}.{sys.version_info[1]}) and platform")
    last = next((ln for ln in reversed(tail) if ln.strip()), "")
    raise InputError(f"--triton {version}: {Path(cmd[0]).name} {' '.join(cmd[1:3])} failed: {last.strip()}")


class _Lock:
    """An exclusive lock file (fcntl where there is one; elsewhere no lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self):
        self._f = open(self.path, "a")
        try:
            import fcntl
            fcntl.flock(self._f, fcntl.LOCK_EX)
        except ImportError:
            pass
        return self

    def __exit__(self, *exc) -> bool:
        self._f.close()
        return False

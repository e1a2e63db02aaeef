"""Shared by the tests/test_hostile_*.py modules: run the real CLI as a careless or hostile user
would, in a scratch home, and check the README's contract for bad input:

* the documented exit code;
* stderr is one line, ``isacheck: error: ...``, without "Traceback";
* nothing outside the scratch directory changed (the user's tree is hashed before and after),
  and isacheck left nothing in its temporary directory;
* for big inputs, the child's peak memory (ru_maxrss from wait4) stays under a stated bound; an
  address-space limit (setrlimit) on the child makes a runaway fail fast instead of swapping.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MiB = 1024 * 1024
# The address space a CLI child may map: Python, Lark, rich and the ISA database need ~0.5 GiB
# of virtual memory; a child that would read a whole /dev/zero dies against this instead.
CHILD_ADDRESS_SPACE = 2048 * MiB


@dataclass
class Run:
    code: int
    out: str
    err: str
    peak_rss: int          # bytes
    seconds: float

    def error_line(self) -> str:
        """The one stderr line; fails the test unless stderr is exactly one ``isacheck: error:`` line."""
        lines = [ln for ln in self.err.splitlines() if ln.strip()]
        assert "Traceback" not in self.err, self.err[-3000:]
        assert len(lines) == 1, self.err[-3000:]
        assert lines[0].startswith("isacheck: error: ") or lines[0] == "isacheck: interrupted", lines[0]
        return lines[0]


class Scratch:
    """A scratch HOME, caches, database and temp directory, plus ``user``: the user's own files,
    whose tree must come out of every run unchanged unless a test says otherwise."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.user = root / "user"
        self.home = root / "scratch" / "home"
        self.cache = root / "scratch" / "cache"
        self.db = root / "scratch" / "db"
        self.tmp = root / "scratch" / "tmp"
        for d in (self.user, self.home, self.cache, self.tmp):
            d.mkdir(parents=True, exist_ok=True)

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "ISACHECK_CACHE_DIR": str(self.cache),
            "ISACHECK_DB_DIR": str(self.db),
            "TMPDIR": str(self.tmp),
            "TRITON_CACHE_DIR": str(self.root / "scratch" / "triton"),
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        env.update(extra)
        return env

    def run(self, *argv: str, stdin: bytes | int | None = None, env: dict | None = None, timeout: float = 60,
            stdout=None, address_space: int = CHILD_ADDRESS_SPACE, cwd: Path | None = None) -> Run:
        return run_cli(list(argv), env=env or self.env(), stdin=stdin, timeout=timeout, stdout=stdout,
                       address_space=address_space, cwd=cwd or self.user)

    def tmp_is_empty(self) -> bool:
        return not any(self.tmp.iterdir())


def run_cli(argv: list[str], *, env: dict, stdin=None, timeout: float = 60, stdout=None,
            address_space: int = CHILD_ADDRESS_SPACE, cwd: Path | None = None, prefix: list[str] = ()) -> Run:
    """``[PREFIX...] python -m isacheck ARGV`` in a child; its own peak RSS comes from wait4."""
    out_path = Path(env["TMPDIR"]).parent / f"stdout-{time.monotonic_ns()}"
    err_path = Path(env["TMPDIR"]).parent / f"stderr-{time.monotonic_ns()}"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    with open(out_path, "wb") as out_f, open(err_path, "wb") as err_f:
        stdin_arg = subprocess.PIPE if isinstance(stdin, bytes) else stdin
        started = time.monotonic()
        p = subprocess.Popen([*prefix, sys.executable, "-m", "isacheck", *argv], env=env, cwd=cwd,
                             stdin=stdin_arg, stdout=out_f if stdout is None else stdout, stderr=err_f,
                             preexec_fn=limit, start_new_session=True)
        if isinstance(stdin, bytes):
            try:
                p.stdin.write(stdin)
            except BrokenPipeError:
                pass          # the child refused the input before reading all of it
            p.stdin.close()
        rusage = _wait(p, timeout)
        seconds = time.monotonic() - started
    out = out_path.read_bytes().decode("utf-8", "replace")
    err = err_path.read_bytes().decode("utf-8", "replace")
    out_path.unlink()
    err_path.unlink()
    return Run(p.returncode, out, err, rusage.ru_maxrss * 1024, seconds)


def _wait(p: subprocess.Popen, timeout: float):
    deadline = time.monotonic() + timeout
    while True:
        pid, status, rusage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            p.returncode = os.waitstatus_to_exitcode(status)
            return rusage
        if time.monotonic() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            os.wait4(p.pid, 0)
            raise AssertionError(f"isacheck did not finish within {timeout} s")
        time.sleep(0.01)


def tree_hash(root: Path) -> dict[str, tuple]:
    """name -> (kind, mode, content hash or link target) for everything below ``root``."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in sorted(dirnames + filenames):
            p = Path(dirpath) / name
            st = p.lstat()
            rel = str(p.relative_to(root))
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", os.readlink(p))
            elif stat.S_ISREG(st.st_mode):
                out[rel] = ("file", stat.S_IMODE(st.st_mode), hashlib.sha256(p.read_bytes()).hexdigest())
            else:
                out[rel] = ("dir" if stat.S_ISDIR(st.st_mode) else "other", stat.S_IMODE(st.st_mode))
    return out


def cli(argv, capsys) -> tuple[int, str, str]:
    """isacheck's main in this process: (exit code, stdout, stderr)."""
    import io

    from isacheck.cli import main
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


def one_line(err: str) -> str:
    """The one ``isacheck: error:`` line a refusal must be, without a traceback."""
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert "Traceback" not in err and len(lines) == 1 and lines[0].startswith("isacheck: error: "), err
    return lines[0]

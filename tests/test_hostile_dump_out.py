"""``isacheck dump``: where its output goes, and stopping it. (Loading hostile kernel files and
spec files is tests/test_hostile_dump_load.py.) Real compiles of samples/kernels/fp8_cast.py
with Triton's AMD backend, in real CLI processes with a scratch home.

Families (cases tried; bounds):
* output that cannot be written, each with ``-j 1`` and ``-j 2`` (5 x 2 = 10 real processes):
  --out read-only, --out below a regular file, a user's file where a directory must go, a
  directory that turns out read-only only when the compiled files are written, stdout on
  /dev/full: exit 2, one line, the same line for both job counts, the user's files unchanged;
* names that would leave --out (hypothesis: 200 generated kernel/variant names, in-process on
  isacheck.frontend.artifacts; 6 hostile variant names through a real process): refused or
  written strictly inside --out, never outside;
* a worker whose --out write fails (a real fork pool, in-process): the parent raises that
  error, exit 2, not a compile failure;
* Ctrl-C (SIGINT to the process group) during a parallel and a serial cold compile (2 real
  processes): exit 130 within 5 s, stderr exactly "isacheck: interrupted", no process of the
  run left, no temporary or partial file in isacheck's cache.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from hostile_helpers import Scratch, run_cli, tree_hash
from isacheck.errors import InputError, OutputError

pytestmark = pytest.mark.compile

KERNELS = SAMPLES / "kernels"
DUMP = ["dump", str(KERNELS / "fp8_cast.py"), "--spec", str(KERNELS / "fp8_cast.toml"), "--kernel", "fp8_to_fp16",
        "--target", "gfx1151,gfx942", "--progress", "never", "-q"]


@pytest.fixture(scope="module")
def triton_cache(tmp_path_factory) -> Path:
    """Triton's own cache, shared by the module: the first compile fills it, later ones are quick."""
    return tmp_path_factory.mktemp("triton-cache")


@pytest.fixture
def scratch(tmp_path, triton_cache) -> Scratch:
    s = Scratch(tmp_path)
    s.triton = triton_cache
    return s


def _env(s: Scratch, **extra) -> dict:
    return s.env(TRITON_CACHE_DIR=str(s.triton), **extra)


def _without_dac_override() -> list[str]:
    """As root, permission bits do not stop a write: run the child without CAP_DAC_OVERRIDE
    (setpriv drops it from the bounding set), as an ordinary user would be."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a read-only directory cannot be tested")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def _run(s: Scratch, argv: list[str], *, stdout=None, no_cache: bool = False, as_user: bool = False):
    return run_cli([*argv, *(["--no-cache"] if no_cache else [])], env=_env(s), stdout=stdout, cwd=s.user,
                   timeout=300, prefix=_without_dac_override() if as_user else [])


# --- output that cannot be written ---------------------------------------------------------------

def _read_only_out(s: Scratch) -> tuple[list[str], dict]:
    out = s.user / "ro"
    out.mkdir()
    out.chmod(0o555)
    return ["--out", str(out)], {"as_user": True}


def _below_a_file(s: Scratch):
    (s.user / "report.txt").write_text("the user's report")
    return ["--out", str(s.user / "report.txt" / "out")], {}


def _file_in_the_way(s: Scratch):
    out = s.user / "out"
    out.mkdir()
    (out / "fp8_to_fp16").write_text("the user's file, where isacheck needs a directory")
    return ["--out", str(out)], {}


def _read_only_when_written(s: Scratch):
    out = s.user / "late"
    (out / "fp8_to_fp16").mkdir(parents=True)
    (out / "fp8_to_fp16").chmod(0o555)      # --out itself is writable: found only at write time
    return ["--out", str(out)], {"as_user": True, "no_cache": True}


def _full_disk(s: Scratch):
    return [], {"stdout": "full"}


SITUATIONS = {"read-only --out": _read_only_out, "--out below a file": _below_a_file,
              "a user's file in the way": _file_in_the_way, "read-only when written": _read_only_when_written,
              "stdout on /dev/full": _full_disk}


@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_output_failures_are_one_line_exit_2_whatever_the_job_count(scratch, situation):
    lines = []
    for jobs in ("1", "2"):
        s = Scratch(scratch.root / f"j{jobs}")
        s.triton = scratch.triton
        extra, how = SITUATIONS[situation](s)
        before = tree_hash(s.user)
        stdout = open("/dev/full", "wb") if how.get("stdout") == "full" else None
        try:
            r = _run(s, [*DUMP, "-j", jobs, *extra], stdout=stdout, no_cache=how.get("no_cache", False),
                     as_user=how.get("as_user", False))
        finally:
            if stdout:
                stdout.close()
        assert r.code == 2, (jobs, r.err)
        lines.append(r.error_line().replace(str(s.root), "<scratch>"))
        assert tree_hash(s.user) == before
    assert lines[0] == lines[1]


# --- names that would leave --out ---------------------------------------------------------------

HOSTILE_VARIANTS = ["../../../escaped", "a/../../b", "/tmp/absolute", "..", "x\x1b[2Jy", "n" * 300]


@pytest.mark.parametrize("name", HOSTILE_VARIANTS, ids=range(len(HOSTILE_VARIANTS)))
def test_hostile_variant_names_never_leave_out(scratch, name):
    spec = scratch.user / "spec.toml"
    quoted = name.replace("\\", "\\\\").replace('"', '\\"').replace("\x1b", "\\u001b")
    spec.write_text(f'[kernels.fp8_to_fp16.variants."{quoted}"]\n'
                    'signature = { x_ptr = "*fp8", y_ptr = "*fp16", n_elements = "i32" }\n'
                    "constexprs = { BLOCK = 1024 }\n")
    out = scratch.user / "deep" / "a" / "b" / "out"
    before = tree_hash(scratch.user)
    r = run_cli(["dump", str(KERNELS / "fp8_cast.py"), "--spec", str(spec), "--target", "gfx1151", "--out", str(out),
                 "--progress", "never", "-q"], env=_env(scratch), cwd=scratch.user, timeout=300)
    assert r.code == 2 and "\x1b" not in r.error_line()
    assert tree_hash(scratch.user) == before
    assert not Path("/tmp/absolute").exists()


_component = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12) | st.sampled_from(
    ["..", ".", "", "/", "a/b", "/etc", "..\\x", "\x00", ".hidden", " x", "x" * 250, "é" * 120])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_component, _component)
def test_artifact_names_are_refused_or_stay_inside_out(tmp_path, kernel, variant):
    from isacheck.frontend.artifacts import check_writable, write_artifacts

    root = tmp_path / f"case{len(os.listdir(tmp_path))}"
    out = root / "a" / "out"
    out.mkdir(parents=True)
    (root / "a" / "sibling").write_text("keep")
    artifact = f"{kernel}/{variant}/gfx1151"
    outside = tree_hash(root)
    try:
        check_writable(out, [artifact])
        write_artifacts(out, artifact, {"amdgcn": "s_endpgm\n", "metadata": {}})
    except InputError as exc:
        assert "\n" not in str(exc)
        assert tree_hash(root) == outside
        return
    prefix = "a/out/"
    assert {k: v for k, v in tree_hash(root).items() if not k.startswith(prefix) and k != "a/out"} == \
        {k: v for k, v in outside.items() if k != "a/out"}
    written = [p for p in out.rglob("*") if p.is_file() and ".isacheck-artifacts" not in p.parts]
    assert len(written) == 4 and all(out.resolve() in p.resolve().parents for p in written)


# --- a worker's failed write ----------------------------------------------------------------------

def _write_into(item, out_dir):
    from isacheck.frontend.artifacts import write_artifacts
    write_artifacts(Path(out_dir), item, {"amdgcn": "s_endpgm\n", "metadata": {}})
    return item


class _Progress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def started(self, i):
        pass

    def finished(self, i, ok, *rest):
        pass


def test_a_failed_write_in_a_worker_is_raised_in_the_parent(tmp_path):
    from isacheck.frontend.pool import run_tasks

    out = tmp_path / "out"
    out.mkdir()
    (out / "k2").write_text("a user's file where isacheck needs a directory")
    items = [f"k{i}/v/gfx1151" for i in range(4)]
    with pytest.raises(OutputError, match="a file stands where isacheck needs a directory") as info:
        run_tasks(_write_into, items, args=(str(out),), workers=2, progress=_Progress(),
                  on_error=lambda i, exc: pytest.fail(f"reported as a job failure: {exc!r}"))
    assert info.value.exit_code == 2 and (out / "k2").read_text().startswith("a user's file")


# --- Ctrl-C -------------------------------------------------------------------------------------

@pytest.mark.parametrize("jobs", ["2", "1"])
def test_ctrl_c_during_a_compile_is_exit_130_and_leaves_nothing_behind(scratch, jobs):
    env = _env(scratch, TRITON_ALWAYS_COMPILE="1")
    argv = [sys.executable, "-m", "isacheck", "dump", str(KERNELS / "fused_moe.py"), "--spec",
            str(KERNELS / "fused_moe.toml"), "--target", "gfx1151,gfx942,gfx950,gfx1201", "--progress", "never",
            "-j", jobs]
    p = subprocess.Popen(argv, env=env, cwd=scratch.user, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4.0)                      # Triton imported, compiles under way (they take ~10 s each)
    assert p.poll() is None, p.stderr.read().decode()
    sent = time.monotonic()
    os.killpg(p.pid, signal.SIGINT)      # what a terminal's Ctrl-C does: the whole process group
    try:
        out, err = p.communicate(timeout=30)
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert time.monotonic() - sent < 5
    assert p.returncode == 130
    assert err.decode().strip() == "isacheck: interrupted"
    with pytest.raises(ProcessLookupError):
        os.killpg(p.pid, 0)              # no worker of the run is left
    leftovers = [q for q in scratch.cache.rglob("*") if q.is_file() and (q.name.endswith(".tmp")
                                                                        or q.name.startswith("."))]
    assert leftovers == []
    assert scratch.tmp_is_empty(), list(scratch.tmp.iterdir())

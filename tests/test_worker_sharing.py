"""Pool workers share one process of another interpreter (remote.share_workers): the worker that
specialised and planned is asked to listen, and forks a process for each pool worker that
connects, instead of each pool worker starting Python and importing and hashing that Triton again.

Ground truth: what Triton itself compiles for the same request in isacheck's own process, and the
LLVM IR of the job (samples/regen.py's reading of it), never isacheck's own earlier answers.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES
from isacheck.cli import main
from isacheck.frontend import remote
from test_triton_versions import CAST, CAST_SPEC, OLD, REGEN, envs  # noqa: F401 - the session fixture

pytestmark = pytest.mark.compile
FUSED = SAMPLES / "kernels" / "fused_moe.py"
FUSED_SPEC = SAMPLES / "kernels" / "fused_moe.toml"


def _jobs(path: Path, spec: Path, kernel: str, arch: str):
    from isacheck.frontend.loader import load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import load_spec, parse_sets
    from isacheck.frontend.targets import compile_target

    loaded = load_source(str(path))
    return plan_jobs(loaded, load_spec(str(spec)), parse_sets([]), [compile_target(arch)], kernels=[kernel],
                     config=None, specialize=True, root=None)


def _gone(pid: int, within: float = 10.0) -> bool:
    """The process ended (gone, or a zombie its parent has not reaped yet)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_served_worker_answers_like_triton_and_one_past_its_limit_is_killed_alone(tmp_path, monkeypatch):
    from isacheck.frontend import triton_api
    from isacheck.frontend.compile import compile_request
    from isacheck.frontend.variants import triton_value

    monkeypatch.setenv("TRITON_CACHE_DIR", str(tmp_path / "triton"))    # nothing answered from a shared cache
    (cast,) = _jobs(CAST, CAST_SPEC, "fp16_to_fp8", "gfx942")
    (gemm,) = _jobs(FUSED, FUSED_SPEC, "fused_moe_kernel", "gfx1151")
    owner = remote.WorkerProcess(sys.executable)
    try:
        listen = owner.request({"op": "listen", **compile_request(cast)}, 60)
        address = listen["ok"]["address"]
        assert stat.S_IMODE(os.stat(os.path.dirname(address)).st_mode) == 0o700
        first, second = remote.ServedWorker(address), remote.ServedWorker(address)
        assert len({first.pid, second.pid, owner.proc.pid}) == 3
        # An FP8 GEMM for gfx1151 takes seconds: past a 0.3 s limit its process group is killed.
        assert first.request(compile_request(gemm), 0.3) is None
        assert not first.alive() and _gone(first.pid)
        # The other one goes on, and answers what Triton itself compiles for the same job.
        answer = second.request(compile_request(cast), None)
        own = triton_api.compile_kernel(
            __import__("isacheck.frontend.loader", fromlist=["load_source"]).load_source(str(CAST))
            .kernel("fp16_to_fp8").jit, cast.signature, {k: triton_value(v) for k, v in cast.constexprs.items()},
            cast.attrs, "gfx942", 64, dict(cast.options))
        assert answer["ok"]["amdgcn"] == own["amdgcn"]
        assert answer["ok"]["metadata"]["shared"] == own["metadata"]["shared"]
        pid = second.pid
    finally:
        owner.close()
    # The owner's end: its socket directory is removed and the forked processes end with it.
    assert not os.path.exists(os.path.dirname(address))
    assert _gone(pid)
    second.close()


def _logging_python(tmp_path: Path, python: str) -> tuple[Path, Path]:
    """An interpreter path that records each start of a worker (not ``--describe``), then runs ``python``."""
    log = tmp_path / "starts.log"
    wrapper = tmp_path / "python"
    wrapper.write_text(f'#!/bin/sh\ncase "$*" in *--describe*) ;; *) echo "$$" >> "{log}" ;; esac\n'
                       f'exec "{python}" "$@"\n')
    wrapper.chmod(0o755)
    return wrapper, log


def test_pool_workers_fork_from_the_one_worker_of_the_other_triton(envs, tmp_path, monkeypatch):  # noqa: F811
    """--python with Triton 3.4, 2 kernels x 2 targets, --jobs 2: one 3.4 interpreter for the whole
    dump, and each job still compiles in a fresh process (3.4 carries state from gfx950 into
    gfx942: the gfx942 row must call the hardware conversion, as in Triton's LLVM IR)."""
    monkeypatch.setenv("TRITON_CACHE_DIR", str(tmp_path / "triton"))
    python, log = _logging_python(tmp_path, envs[OLD])
    docs = {}
    for jobs in ("2", "1"):
        out = io.StringIO()
        code = main(["dump", str(CAST), "--spec", str(CAST_SPEC), "-k", "fp16_to_fp8", "-k", "fp8_to_fp16",
                     "-t", "gfx950,gfx942", "--python", str(python), "--jobs", jobs, "--format", "json",
                     "--out", str(tmp_path / f"out{jobs}"), "--cache-dir", str(tmp_path / f"cache{jobs}"),
                     "--progress", "never", "-q"], stdout=out)
        assert code == 0
        docs[jobs] = json.loads(out.getvalue())
        starts = log.read_text().split()
        assert len(starts) == 1, starts        # not one per pool worker
        log.unlink()
    assert len(docs["2"]["rows"]) == 4
    assert [r["analysis"] for r in docs["2"]["rows"]] == [r["analysis"] for r in docs["1"]["rows"]]
    for row in docs["2"]["rows"]:
        llir = (tmp_path / "out2" / row["kernel"] / row["variant"] / f"{row['target']}@triton-{OLD}.llir").read_text()
        hardware = bool(REGEN.hardware_fp8_intrinsics(llir))
        assert (row["analysis"]["kernels"][0]["fp8"] == "hardware") == hardware, (row["kernel"], row["target"])
        if row["target"] == "gfx942" and row["kernel"] == "fp16_to_fp8":
            assert hardware


def _processes_with(marker: str) -> list[int]:
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if marker.encode() in (d / "environ").read_bytes():
                    found.append(int(d.name))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_while_served_workers_compile_leaves_no_process_nor_socket(envs, tmp_path):  # noqa: F811
    import signal
    import subprocess

    scratch_tmp = tmp_path / "tmp"
    scratch_tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch_tmp), "TRITON_CACHE_DIR": str(tmp_path / "triton"),
           "ISACHECK_CACHE_DIR": str(tmp_path / "cache")}
    argv = [sys.executable, "-m", "isacheck", "dump", str(FUSED), "--spec", str(FUSED_SPEC), "-t", "gfx1151,gfx942",
            "--python", envs[OLD], "--python", sys.executable, "--progress", "never", "-j", "2"]
    p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(_processes_with(str(scratch_tmp))) < 4 and time.monotonic() < deadline:
        time.sleep(0.1)                  # isacheck, its child, the workers: compiles under way
    time.sleep(1.0)
    assert p.poll() is None, p.stderr.read().decode()
    os.killpg(p.pid, signal.SIGINT)      # a terminal's Ctrl-C
    out, err = p.communicate(timeout=30)
    assert p.returncode == 130 and err.decode().strip() == "isacheck: interrupted"
    deadline = time.monotonic() + 10
    while _processes_with(str(scratch_tmp)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(str(scratch_tmp)) == []
    assert list(scratch_tmp.iterdir()) == []


def _worker_tree(marker: str) -> tuple[int, int]:
    """(triton_worker processes of the run, how many of them were started rather than forked
    from another triton_worker), among processes whose environment holds ``marker``."""
    procs = {}
    for pid in _processes_with(marker):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            ppid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        procs[pid] = (b"triton_worker.py" in cmd, ppid)
    workers = [pid for pid, (is_worker, _) in procs.items() if is_worker]
    started = [pid for pid in workers if not procs.get(procs[pid][1], (False,))[0]]
    return len(workers), len(started)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_time_limited_jobs_share_one_worker_of_this_interpreter(tmp_path):
    """--timeout-per-job compiles every job in a worker that can be killed: with --jobs 2 the pool
    workers get processes forked from one worker of this interpreter, and each compile past its
    limit is stopped alone (the fused-MoE GEMM for gfx1151 and gfx1100 takes ~10 s)."""
    import subprocess

    marker = str(tmp_path / "tmp")
    Path(marker).mkdir()
    env = {**os.environ, "TMPDIR": marker, "TRITON_CACHE_DIR": str(tmp_path / "triton")}
    argv = [sys.executable, "-m", "isacheck", "dump", str(FUSED), "--spec", str(FUSED_SPEC), "-t", "gfx1151,gfx1100",
            "--timeout-per-job", "2", "--jobs", "2", "--format", "json", "--cache-dir", str(tmp_path / "cache"),
            "--progress", "never", "-q"]
    p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = []
    while p.poll() is None:
        seen.append(_worker_tree(marker))
        time.sleep(0.05)
    out, err = p.communicate()
    assert p.returncode == 4, err.decode()
    rows = json.loads(out)["rows"]
    assert [r["status"] for r in rows] == ["timed-out", "timed-out"]
    assert max(n for n, _ in seen) >= 3           # the worker and a forked one per pool worker, at once
    assert max(started for _, started in seen) == 1


def test_a_served_process_that_crashes_is_named_with_its_last_words(tmp_path):
    """A served process dies (here: a kernel file that writes a line and aborts at import, as LLVM
    does on an assertion): the client's error carries that line, read from the process's own file
    beside the socket, and the next client is served by a fresh process."""
    from isacheck.frontend.compile import compile_request

    crash = tmp_path / "crash_at_import.py"
    crash.write_text("import os, sys\nsys.stderr.write('isacheck-test: last words before the abort\\n')\n"
                     "sys.stderr.flush()\nos.abort()\n")
    (cast,) = _jobs(CAST, CAST_SPEC, "fp16_to_fp8", "gfx942")
    owner = remote.WorkerProcess(sys.executable)
    try:
        address = owner.request({"op": "listen", **compile_request(cast)}, 60)["ok"]["address"]
        served = remote.ServedWorker(address)
        request = {**compile_request(cast), "source": str(crash), "module": "crash_at_import",
                   "sys_root": str(tmp_path)}
        with pytest.raises(EOFError, match="last words before the abort"):
            served.request(request, None)
        again = remote.ServedWorker(address)
        assert again.pid != served.pid and "ok" in again.request(compile_request(cast), None)
        again.close()
    finally:
        owner.close()
    assert not os.path.exists(os.path.dirname(address))

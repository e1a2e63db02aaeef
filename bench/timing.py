"""Timing of whole processes, shared by the benchmarks that compare isacheck with raw compiles
(bench_dump.py, bench_retarget.py, bench_versions.py). Every measurement is a fresh process timed
from start to exit, so both sides pay Python start-up and ``import triton``."""

from __future__ import annotations

import resource
import subprocess
import sys
import time

# label -> CPU seconds of the last timed() call with that label (the process and all it waited for)
CPU: dict[str, float] = {}


def timed(cmd: list[str], env: dict, label: str = "", *, cwd: str, echo: bool = False) -> float:
    """Wall seconds of ``cmd``; its CPU seconds go to CPU[label]. Exit 0 or 4 (a compile failure,
    still a measured run) is success; another ends the benchmark with the command's stderr.
    ``echo``: pass the command's stderr on."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if label:
        CPU[label] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 4):
        shown = " ".join(cmd[:6]) + (" ..." if len(cmd) > 6 else "")
        sys.exit(f"failed ({proc.returncode}): {shown}\n{proc.stderr}")
    if echo:
        sys.stderr.write(proc.stderr)
    return elapsed


def at_once(cmds: list[tuple[list[str], dict]], cwd: str) -> float:
    """Wall seconds of the commands started together (each with its environment), until the last
    ends: what these cores give processes side by side, before any work of isacheck's own."""
    t0 = time.perf_counter()
    procs = [subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for cmd, env in cmds]
    for p in procs:
        _, err = p.communicate()
        if p.returncode:
            sys.exit(err.decode())
    return time.perf_counter() - t0

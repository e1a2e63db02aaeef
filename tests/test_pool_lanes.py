"""How the compile pool groups the jobs of another interpreter's Triton (pool.lanes).

Each pool worker that meets a job for another interpreter starts a process of that interpreter
(~0.8 s: Python, ``import triton``, Triton hashing its own library) and keeps it; grouping that
interpreter's jobs into lanes decides how many such processes a run starts. The jobs are the
real plan of a sample kernel; only which Triton they name is varied.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from isacheck.frontend.loader import load_source
from isacheck.frontend.plan import plan_jobs
from isacheck.frontend.pool import lanes
from isacheck.frontend.remote import Runtime
from isacheck.frontend.spec import load_spec
from isacheck.frontend.targets import compile_target

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "kernels"
OTHER = Runtime("3.4.0", "build-a", "/other/python")    # never started: only grouping is tested
LOCAL = Runtime("3.9.0", "build-b", None)


def planned(targets: list[str]) -> list:
    loaded = load_source(SAMPLES / "fp8_cast.py")
    jobs = plan_jobs(loaded, load_spec(SAMPLES / "fp8_cast.toml"), {}, [compile_target(t) for t in targets],
                     kernels=["fp8_to_fp16"])
    assert len(jobs) == len(targets)
    return jobs


def per_runtime(jobs: list, runtimes: list) -> list:
    return [replace(j, index=n, runtime=r) for n, (j, r) in enumerate((j, r) for j in jobs for r in runtimes)]


def test_two_versions_two_workers_start_one_other_interpreter():
    """``--triton 3.4.0,3.9.0`` on two targets, two workers: the two 3.4 jobs share one lane."""
    jobs = per_runtime(planned(["gfx942", "gfx950"]), [OTHER, LOCAL])
    grouped = lanes(jobs, range(len(jobs)), workers=2)
    remote = [g for g in grouped if jobs[g[0]].runtime is OTHER]
    assert [len(g) for g in remote] == [2]
    assert sorted(i for g in grouped for i in g) == list(range(len(jobs)))        # every job exactly once
    assert all(len(g) == 1 for g in grouped if jobs[g[0]].runtime is LOCAL)      # this Triton stays parallel


def test_only_other_interpreters_jobs_use_every_worker():
    """All jobs for one other interpreter: as many lanes as workers, so that none idles."""
    jobs = per_runtime(planned(["gfx942", "gfx950", "gfx1151", "gfx1201"]), [OTHER])
    grouped = lanes(jobs, range(len(jobs)), workers=2)
    assert sorted(len(g) for g in grouped) == [2, 2]
    assert sorted(i for g in grouped for i in g) == list(range(len(jobs)))


def test_nothing_to_group():
    jobs = per_runtime(planned(["gfx942", "gfx950"]), [LOCAL])
    assert lanes(jobs, range(len(jobs)), workers=2) is None           # this process's Triton only
    both = per_runtime(planned(["gfx942", "gfx950"]), [OTHER, LOCAL])
    assert lanes(both, range(len(both)), workers=1) is None          # one worker: one process anyway


def test_lanes_keep_the_given_order():
    jobs = per_runtime(planned(["gfx942", "gfx950", "gfx1151"]), [OTHER, LOCAL])
    order = list(reversed(range(len(jobs))))
    grouped = lanes(jobs, order, workers=2)
    for g in grouped:
        assert g == sorted(g, key=order.index)

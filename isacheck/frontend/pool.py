"""Run tasks in a process pool and report each one's start and end to a progress display.

Start method: ``fork`` where the platform has it. The parent has imported Triton and the kernel
file but never compiled (no LLVM/MLIR state; measured with Triton 3.9: one native thread before
and even after a compile), which makes forking safe; forked workers inherit the loaded module
and start in milliseconds, where ``forkserver``/``spawn`` workers would each pay ~0.5 s to import
Triton and re-import the kernel file. Elsewhere ``spawn`` is used and workers load the file.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any, Callable, Sequence

from isacheck.frontend.jobs import Job, JobResult

_EVENTS = None


def _init_worker(events) -> None:
    global _EVENTS
    _EVENTS = events


def _call(fn: Callable, index: int, item: Any, args: tuple) -> Any:
    if _EVENTS is not None:
        _EVENTS.put(index)
    return fn(item, *args)


def start_method() -> str:
    return "fork" if "fork" in mp.get_all_start_methods() else "spawn"


def default_workers() -> int:
    return os.cpu_count() or 1


def run_tasks(fn: Callable, items: Sequence[Any], *, args: tuple = (), workers: int, progress,
              order: Sequence[int] | None = None, on_error: Callable[[int, BaseException], Any]) -> list[Any]:
    """``fn(item, *args)`` for every item; results in item order. ``progress`` gets item indexes.
    ``workers <= 1`` (or a single item) runs in this process."""
    order = list(order) if order is not None else list(range(len(items)))
    results: dict[int, Any] = {}
    if not items:
        return []
    if workers <= 1 or len(items) == 1:
        with progress:
            for i in order:
                progress.started(i)
                results[i] = fn(items[i], *args)
                progress.finished(i, _ok(results[i]))
        return [results[i] for i in range(len(items))]

    ctx = mp.get_context(start_method())
    events = ctx.Queue()
    with ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=ctx,
                             initializer=_init_worker, initargs=(events,)) as pool:
        # Submit everything before the progress display starts its refresh thread: with "fork"
        # the workers are created at the first submit and must not inherit a running thread.
        futures = {pool.submit(_call, fn, i, items[i], args): i for i in order}
        pending = set(futures)
        with progress:
            while pending:
                done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                _drain(events, progress)
                for f in done:
                    i = futures[f]
                    try:
                        results[i] = f.result()
                    except Exception as exc:  # noqa: BLE001 - a worker died (a crash in LLVM, ...)
                        results[i] = on_error(i, exc)
                    progress.finished(i, _ok(results[i]))
            _drain(events, progress)
    return [results[i] for i in range(len(items))]


def _ok(result: Any) -> bool:
    return bool(getattr(result, "ok", True))


def _drain(events, progress) -> None:
    try:
        while True:
            progress.started(events.get_nowait())
    except (queue_mod.Empty, OSError, EOFError, ValueError):
        return


def run_jobs(jobs: Sequence[Job], *, workers: int, cache_root: str | None, out_dir: str | None,
             progress) -> list[JobResult]:
    from isacheck.frontend.compile import run_job

    # Longest first: targets without hardware FP8 emulate it and take the longest to compile;
    # starting them first keeps a worker from idling at the end.
    order = sorted(range(len(jobs)), key=lambda i: (jobs[i].target.native_fp8 != (),
                                                     jobs[i].target.fp8 == "fp8e4b8", i))
    return run_tasks(run_job, jobs, args=(cache_root, out_dir), workers=workers, progress=progress, order=order,
                     on_error=lambda i, exc: JobResult(jobs[i].index, None, f"worker failed: {type(exc).__name__}: {exc}"))

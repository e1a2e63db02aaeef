"""Run tasks in a process pool and report each one's start and end to a progress display.

Start method: ``fork`` where the platform has it. The parent has imported Triton and the kernel
file but never compiled (no LLVM/MLIR state; measured with Triton 3.9: one native thread before
and even after a compile), which makes forking safe; forked workers inherit the loaded module
and start in milliseconds, where ``forkserver``/``spawn`` workers would each pay ~0.5 s to import
Triton and re-import the kernel file. Elsewhere ``spawn`` is used and workers load the file.

Stopping: Ctrl-C sends SIGINT to the whole process group. Workers ignore it (a worker's
KeyboardInterrupt traceback is noise); the parent stops them with SIGTERM, which a worker turns
into a clean exit (its atomic cache and --out writes remove their temporary files on the way out,
so no partial entry is left), waits briefly, kills what remains, and re-raises KeyboardInterrupt
(one line, exit 130). A worker that raises a domain error (an --out write that fails) stops the
run the same way, and the error is raised in the parent: a write failure is exit 2, never a
compile failure, with one job or many.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any, Callable, Sequence

from isacheck.errors import IsacheckError
from isacheck.frontend.jobs import Job, JobResult

_EVENTS = None
_STOP_GRACE_SECONDS = 2.0     # how long a SIGTERMed worker may take to clean up before SIGKILL


def _init_worker(events) -> None:
    global _EVENTS
    _EVENTS = events
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _terminated)
    _die_with_parent()
    # Processes of other interpreters this worker starts (remote.py) are ended and waited for when
    # the worker ends normally, as isacheck itself does: none outlives the run, and their CPU time
    # counts as the run's (bench/).
    from multiprocessing import util

    util.Finalize(None, _close_remote_workers, exitpriority=10)


def _close_remote_workers() -> None:
    from isacheck.frontend.remote import close_workers

    close_workers()


def _die_with_parent() -> None:
    """Linux: kill this worker when the process that forked it dies, however it dies (killed
    by `dump`'s own parent, a crash): an orphaned worker would go on compiling and hold the
    user's terminal or pipe open."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        # SIGKILL, not SIGTERM: a worker inside LLVM runs no Python signal handler until its compile
        # returns (seconds to minutes), and a worker whose owner is gone has nobody to report to.
        # Cache entries stay whole either way (written to a temporary name, then renamed).
        libc.prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG
        if os.getppid() == 1:               # the parent died before prctl took effect
            os._exit(128 + signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def _terminated(signum, frame) -> None:
    # SystemExit unwinds through try/finally blocks (atomic_write removes its temporary file),
    # and, unlike KeyboardInterrupt, prints no traceback.
    raise SystemExit(128 + signum)


def _call(fn: Callable, index: int, item: Any, args: tuple) -> Any:
    if _EVENTS is not None and not isinstance(item, _Lane):
        _EVENTS.put(index)          # a lane reports each of its jobs itself (_run_lane)
    return fn(item, *args)


def start_method() -> str:
    return "fork" if "fork" in mp.get_all_start_methods() else "spawn"


def default_workers() -> int:
    return os.cpu_count() or 1


def run_tasks(fn: Callable, items: Sequence[Any], *, args: tuple = (), workers: int, progress,
              order: Sequence[int] | None = None, on_error: Callable[[int, BaseException], Any],
              light: Callable[[Any], bool] | None = None, prepare: Callable[[], None] | None = None) -> list[Any]:
    """``fn(item, *args)`` for every item; results in item order. ``progress`` gets item indexes.
    ``workers <= 1`` (or a single item) runs in this process. ``light(item)``: the item compiles
    nothing (it analyses assembly), so it can run while this process computes Triton's hash of
    itself for the pool to inherit (see _light_while_warming). ``prepare()``: what this process
    does before the pool forks, so that the workers inherit it (importing Triton); it runs
    meanwhile too."""
    order = list(order) if order is not None else list(range(len(items)))
    results: dict[int, Any] = {}
    if not items:
        return []
    if workers <= 1 or len(items) == 1:
        if prepare is not None:
            prepare()
        with progress:
            for i in order:
                progress.started(i)
                results[i] = fn(items[i], *args)
                progress.finished(i, _ok(results[i]), _note(results[i]))
        return [results[i] for i in range(len(items))]

    ctx = mp.get_context(start_method())
    early: dict[int, Any] = {}
    if ctx.get_start_method() == "fork" and light is not None:
        early = _light_while_warming(ctx, fn, items, args, [i for i in order if light(items[i])], on_error,
                                     prepare)
        order = [i for i in order if i not in early]
    elif prepare is not None:
        prepare()
    if ctx.get_start_method() == "fork":
        warm_triton_key()
    if not order:
        with progress:
            for i, r in early.items():
                progress.started(i)
                _report(progress, i, r)
        return [early[i] for i in range(len(items))]
    results.update(early)
    events = ctx.Queue()
    before = set(mp.active_children())
    # SIGTERM (what `dump` sends the process that runs this pool when the user presses Ctrl-C)
    # stops the pool as Ctrl-C does, so that the workers are stopped before this process ends.
    previous = _on_sigterm(_interrupt)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=ctx,
                               initializer=_init_worker, initargs=(events,))
    try:
        # Submit everything before the progress display starts its refresh thread: with "fork"
        # the workers are created at the first submit and must not inherit a running thread.
        futures = {pool.submit(_call, fn, i, items[i], args): i for i in order}
        pending = set(futures)
        with progress:
            for i, r in early.items():
                progress.started(i)
                _report(progress, i, r)
            while pending:
                done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                _drain(events, progress)
                for f in done:
                    i = futures[f]
                    try:
                        results[i] = f.result()
                    except IsacheckError:
                        raise               # not the job's fault (an --out write failed): stop the run
                    except Exception as exc:  # noqa: BLE001 - a worker died (a crash in LLVM, ...)
                        results[i] = on_error(i, exc)
                    _report(progress, i, results[i])
            _drain(events, progress)
    except BaseException:
        # The Ctrl-C that brought us here may be followed at once by the SIGTERM `dump`'s parent
        # sends; raised before _stop masks it, it would cut the stop short and orphan the workers.
        _stop_surely(pool, set(mp.active_children()) - before)
        raise
    finally:
        _on_sigterm(previous)
    pool.shutdown(wait=True)
    return [results[i] for i in range(len(items))]


def _triton_key() -> Callable[[], str] | None:
    """Triton's own ``triton_key`` when Triton is imported here (3.9: triton.runtime.cache;
    3.3-3.4: triton.compiler.compiler), else None."""
    for name in ("triton.runtime.cache", "triton.compiler.compiler"):
        key = getattr(sys.modules.get(name), "triton_key", None)
        if callable(key):
            return key
    return None


def _needs_warming() -> bool:
    """Whether Triton is imported here and has not hashed itself yet."""
    key = _triton_key()
    if key is None:
        return False
    info = getattr(key, "cache_info", None)
    return info is None or info().currsize == 0


def _light_while_warming(ctx, fn: Callable, items: Sequence[Any], args: tuple, light: list[int],
                         on_error: Callable[[int, BaseException], Any],
                         prepare: Callable[[], None] | None) -> dict[int, Any]:
    """Run light items in one worker forked now, while this process prepares (imports Triton) and
    hashes Triton (~0.6 s on one core, which would leave the other idle: a thread cannot use it,
    import and hashing need the GIL). When the hashing is done, items not yet started are
    taken back for the pool, which forks after it and so inherits the hash; the worker finishes
    what it started and ends before that fork. Returns {index: result} of the items it ran."""
    if not light or (prepare is None and not _needs_warming()):
        if prepare is not None:
            prepare()
        return {}
    results: dict[int, Any] = {}
    before = set(mp.active_children())
    previous = _on_sigterm(_interrupt)
    side = ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker, initargs=(None,))
    try:
        futures = {side.submit(_call, fn, i, items[i], args): i for i in light}
        if prepare is not None:
            prepare()
        warm_triton_key()
        for f in futures:
            f.cancel()                  # those the worker has not taken yet
        side.shutdown(wait=True)        # its management thread ends: forking after it is safe
        for f, i in futures.items():
            if f.cancelled():
                continue
            try:
                results[i] = f.result()
            except IsacheckError:
                raise
            except Exception as exc:  # noqa: BLE001
                results[i] = on_error(i, exc)
    except BaseException:
        _stop_surely(side, set(mp.active_children()) - before)
        raise
    finally:
        _on_sigterm(previous)
    return results


def warm_triton_key() -> None:
    """Compute Triton's own cache key once, here, so that forked workers inherit it.

    Before its first compile, every process hashes Triton's sources and its ~500 MB libtriton
    (``triton_key()``, lru-cached; measured with 3.9 on this project's machine: ~0.5 s, a third
    of a small fused-MoE compile). Each worker would pay that again. It is plain file reading and
    hashing (no LLVM/MLIR state, no thread), so forking after it stays safe. Where the function
    lives differs by release (3.9: triton.runtime.cache; 3.3-3.4: triton.compiler.compiler); a
    Triton without it, or one not imported here, is left alone.
    """
    key = _triton_key() if "triton" in sys.modules else None
    if key is not None:
        try:
            key()
        except Exception:  # noqa: BLE001 - only a head start: the worker computes it itself
            pass


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _on_sigterm(handler):
    """Install ``handler`` for SIGTERM (main thread only); the previous one, to restore."""
    if handler is None or threading.current_thread() is not threading.main_thread():
        return None
    try:
        return signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError):
        return None


def _stop_surely(pool: ProcessPoolExecutor, workers: set) -> None:
    """_stop, started again until it has run to its end: it is idempotent, and a KeyboardInterrupt
    raised before it masks signals would cut it short and orphan the workers."""
    while True:
        try:
            _stop(pool, workers)
            return
        except KeyboardInterrupt:
            continue


def _stop(pool: ProcessPoolExecutor, workers: set) -> None:
    """Stop the pool now: nothing queued starts, running workers get SIGTERM, then SIGKILL.
    A second Ctrl-C or SIGTERM meanwhile must not cut this short and orphan the workers."""
    main = threading.current_thread() is threading.main_thread()
    if main:
        saved = signal.signal(signal.SIGINT, signal.SIG_IGN), signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        pool.shutdown(wait=False, cancel_futures=True)
        for p in workers:
            try:
                p.terminate()
            except (OSError, ValueError, AttributeError):
                pass
        deadline = time.monotonic() + _STOP_GRACE_SECONDS     # one grace period for all of them
        for p in workers:
            p.join(max(0.0, deadline - time.monotonic()))
        for p in workers:
            if p.is_alive():
                p.kill()
                p.join(_STOP_GRACE_SECONDS)
    finally:
        if main:
            signal.signal(signal.SIGINT, saved[0])
            signal.signal(signal.SIGTERM, saved[1])


def _report(progress, i: int, result: Any) -> None:
    if isinstance(result, _LaneResults):
        for position, r in zip(result.positions, result):
            progress.finished(position, _ok(r), _note(r))
    else:
        progress.finished(i, _ok(result), _note(result))


def _ok(result: Any) -> bool:
    return bool(getattr(result, "ok", True))


def _note(result: Any) -> str:
    """"refused" (by this Triton) or "timed-out": shown beside the failed mark."""
    return getattr(result, "outcome", None) or ""


def _drain(events, progress) -> None:
    try:
        while True:
            progress.started(events.get_nowait())
    except (queue_mod.Empty, OSError, EOFError, ValueError):
        return


class _Lane(list):
    """Jobs one pool worker compiles one after another (``positions``: their places in the list
    of jobs, which the progress display knows them by)."""

    def __init__(self, jobs, positions) -> None:
        super().__init__(jobs)
        self.positions = list(positions)


class _LaneResults(list):
    def __init__(self, results, positions) -> None:
        super().__init__(results)
        self.positions = list(positions)


def _run_lane(lane: _Lane, cache_root: str | None, out_dir: str | None) -> _LaneResults:
    from isacheck.frontend.compile import run_job

    results = []
    for position, job in zip(lane.positions, lane):
        if _EVENTS is not None:
            _EVENTS.put(position)
        results.append(run_job(job, cache_root, out_dir))
    return _LaneResults(results, lane.positions)


def lanes(jobs: Sequence[Job], order: Sequence[int], workers: int,
          shared: frozenset[str] | set[str] = frozenset()) -> list[list[int]] | None:
    """Positions of ``jobs`` grouped so that each pool worker compiles the jobs of another
    interpreter's Triton (``--triton``/``--python``) in as few worker processes as it can.

    Such a job is compiled by a process of that interpreter which the pool worker starts and keeps
    (remote.py): starting one costs ~0.8 s (Python, ``import triton`` and Triton's ~0.5 s hash of
    its own library, measured with 3.4 on this project's machine), as much as a small compile. Left
    to the shared queue, each pool worker meets every interpreter and starts one of each; here the
    jobs of one interpreter go to as many lanes as their share of the jobs earns them (at least
    one, at most one per worker), and the pool worker that takes a lane compiles it in order. Jobs
    of this process's Triton stay one task each, and so do those of an interpreter in ``shared``
    (its worker forks a process for each pool worker: remote.share_workers). None when nothing
    would be grouped.
    """
    by_python: dict[str, list[int]] = {}
    for i in order:
        runtime = jobs[i].runtime
        if runtime is not None and runtime.python and runtime.python not in shared:
            by_python.setdefault(runtime.python, []).append(i)
    if workers <= 1 or not by_python or all(len(v) == 1 for v in by_python.values()):
        return None
    grouped: list[list[int]] = []
    for positions in by_python.values():
        n = max(1, min(workers, len(positions), round(workers * len(positions) / len(jobs))))
        grouped += [positions[k::n] for k in range(n)]
    remote = {i for g in grouped for i in g}
    tasks = grouped + [[i] for i in order if i not in remote]     # lanes first: they take longest
    return tasks if len(tasks) > 1 else None


def run_jobs(jobs: Sequence[Job], *, workers: int, cache_root: str | None, out_dir: str | None,
             progress) -> list[JobResult]:
    from isacheck.frontend.compile import run_job

    # Longest first: targets without hardware FP8 emulate it and take the longest to compile;
    # starting them first keeps a worker from idling at the end.
    order = sorted(range(len(jobs)), key=lambda i: (jobs[i].target.native_fp8 != (),
                                                     jobs[i].target.fp8 == "fp8e4b8", i))
    shared: set[str] = set()
    if workers > 1 and len(jobs) > 1 and start_method() == "fork":
        from isacheck.frontend.compile import kernel_fields, worker_python
        from isacheck.frontend.remote import share_workers
        preload: dict[str, dict] = {}
        for i in order:
            python = worker_python(jobs[i])
            if python is not None and python not in preload:
                preload[python] = kernel_fields(jobs[i])
        shared = share_workers(preload) if preload else set()
    grouped = lanes(jobs, order, workers, shared)
    if grouped is None:
        return run_tasks(run_job, jobs, args=(cache_root, out_dir), workers=workers, progress=progress,
                         order=order, on_error=lambda i, exc: JobResult(jobs[i].index, None,
                                                                        f"worker failed: {type(exc).__name__}: {exc}"))
    tasks = [_Lane([jobs[i] for i in g], g) for g in grouped]

    def failed(t: int, exc: BaseException) -> _LaneResults:
        return _LaneResults([JobResult(jobs[i].index, None, f"worker failed: {type(exc).__name__}: {exc}")
                             for i in grouped[t]], grouped[t])

    results: dict[int, JobResult] = {}
    for lane_results in run_tasks(_run_lane, tasks, args=(cache_root, out_dir), workers=workers, progress=progress,
                                  on_error=failed):
        results.update(zip(lane_results.positions, lane_results))
    return [results[i] for i in range(len(jobs))]

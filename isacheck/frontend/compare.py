"""What changed between Tritons for one (kernel, variant, target): the facts a ``--triton A,B``
report highlights. Each job is compared with the job of the same (kernel, variant, target)
compiled by the Triton given just before it."""

from __future__ import annotations

from typing import Sequence

# A compile time counts as changed when it moved by this factor and by at least this many seconds
# (Triton 3.5-3.7 take minutes where 3.8 takes seconds; on a busy machine one compile of a few
# seconds can take twice as long as the next, which is not a change).
TIME_FACTOR = 2.0
TIME_SECONDS = 10.0

FIELDS = ("status", "fp8", "vgprs", "agprs", "spills", "scratch", "occupancy", "compile_time")


def facts(job, result) -> dict:
    """The compared facts of one job's result (None where unknown)."""
    if not result.ok:
        return {"status": result.outcome or "failed"}
    k = next((x for x in result.analysis.kernels if x.name == job.kernel), None) or result.analysis.kernels[0]
    s, r = k.spills, k.resources
    return {"status": "ok",
            "fp8": (k.fp8, tuple(sorted({e.fmt for e in k.emulation if not e.cheap}))),
            "vgprs": r.vgprs,
            "agprs": r.agprs or 0,
            "spills": (s.vgpr_spill_count, s.sgpr_spill_count, s.stores, s.reloads, s.agpr_copies),
            "scratch": s.scratch_bytes if s.scratch_bytes is not None else r.scratch_bytes,
            "occupancy": r.occupancy,
            "compile_time": result.meta.get("compile_seconds")}


def _time_changed(a, b) -> bool:
    if a is None or b is None:
        return False
    lo, hi = sorted((a, b))
    return hi - lo >= TIME_SECONDS and hi >= TIME_FACTOR * max(lo, 1e-9)


def changes(jobs: Sequence, results: Sequence) -> dict[int, tuple[str, ...]]:
    """job index -> the FIELDS that differ from the previous Triton's job (only jobs compiled
    with a Triton other than isacheck's own are compared)."""
    previous: dict[tuple, dict] = {}
    out: dict[int, tuple[str, ...]] = {}
    for job, result in zip(jobs, results):
        if job.runtime is None:
            continue
        key = (job.kernel, job.variant.name, job.target.arch)
        now = facts(job, result)
        before = previous.get(key)
        previous[key] = now
        if before is None:
            continue
        diff = []
        for name in FIELDS:
            a, b = before.get(name), now.get(name)
            if name == "compile_time":
                if _time_changed(a, b):
                    diff.append(name)
            elif name in before and name in now and a != b:
                diff.append(name)
            elif name == "status" and a != b:
                diff.append(name)
        out[job.index] = tuple(diff)
    return out

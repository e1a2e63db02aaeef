"""``isacheck dump --whatif``: the alternatives that answer "what should I do instead", compiled
beside the user's variants, and their ranking by the static hot-loop estimate.

Alternatives are ordinary compile jobs, planned by :func:`isacheck.frontend.plan.plan_jobs` from
the user's own variant with a few arguments overridden (as ``--set`` would), so they go through
the same cache and the same compile pool as every other job of ``dump``: the dtype alternatives in
the very pool run of the user's jobs, the spill alternatives (which need the first results) in a
second run of it. Each is named
``<variant>~<alternative>`` (``fp8_w8a8~bf16``); the name is all a cached manifest keeps, so the
table is rebuilt from it.

Per (kernel, variant, target) whose signature has FP8 pointers:

* ``bf16``          the FP8 operands upcast once in memory: bf16 pointers, no conversion in the loop,
                    twice the bytes per element
* ``e5m2`` / ``e4m3``  the other OCP FP8 format, where the target has no FP8 hardware (does any FP8
                    flavour avoid the software conversion?)
* ``native-<fmt>``  the target's native FP8 flavour where the variant uses another (the FNUZ twin on gfx942)
* ``int8``          i8 pointers; a constexpr flag of the kernel such as ``use_int8_w8a8`` is set and
                    ``use_fp8_*`` flags cleared when the kernel has them

and, in a second round, only for variants whose compile spilled registers:

* ``stages<N>``     one pipeline stage fewer
* ``warps<N>``      twice the warps
* ``<BLOCK>=<N>``   the largest ``BLOCK*`` constexpr halved
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Sequence

# Triton's FP8 pointer element types and what they are.
_FP8_TYPES = {"fp8e4nv": "e4m3fn", "fp8e4b8": "e4m3fnuz", "fp8e5": "e5m2", "fp8e5b16": "e5m2fnuz",
              "fp8e4b15": "e4m3b15"}
_TRITON = {v: k for k, v in _FP8_TYPES.items()}
_BYTES = {"fp8e4nv": 1, "fp8e4b8": 1, "fp8e5": 1, "fp8e5b16": 1, "fp8e4b15": 1, "i8": 1, "u8": 1,
          "bf16": 2, "fp16": 2, "fp32": 4}
DEFAULT_NUM_WARPS = 4     # Triton's HIP backend defaults (HIPOptions)
DEFAULT_NUM_STAGES = 2
SEP = "~"


def split_name(variant: str) -> tuple[str, str | None]:
    """``fp8_w8a8~bf16.config1`` -> (``fp8_w8a8.config1``, ``bf16``); a user's variant -> (name, None)."""
    if SEP not in variant:
        return variant, None
    head, _, rest = variant.partition(SEP)
    alt, dot, config = rest.partition(".config")
    if dot:      # an autotune config: "default~bf16.config1" is the alternative of "config1"
        return (f"config{config}" if head == "default" else f"{head}.config{config}"), alt
    return head, alt


def _fp8_pointers(signature: dict[str, str]) -> dict[str, str]:
    return {n: t.lstrip("*") for n, t in signature.items() if t.startswith("*") and t.lstrip("*") in _FP8_TYPES}


def type_alternatives(job, kdef) -> list[tuple[str, dict[str, Any]]]:
    """(name, overrides) of the dtype alternatives of one planned job."""
    fp8 = _fp8_pointers(job.signature)
    if not fp8:
        return []
    out: list[tuple[str, dict[str, Any]]] = [("bf16", {n: "*bf16" for n in fp8})]
    formats = {_FP8_TYPES[t] for t in fp8.values()}
    native = job.target.native_fp8           # None: the ISA database does not know the target
    if native is not None and not native:
        for fmt, other in (("e4m3fn", "e5m2"), ("e5m2", "e4m3fn"), ("e4m3fnuz", "e5m2"), ("e5m2fnuz", "e4m3fn")):
            if formats == {fmt}:
                out.append((other.replace("fn", ""), {n: "*" + _TRITON[other] for n in fp8}))
                break
    elif native:
        for fmt in sorted(formats):
            kind = fmt[:4]
            twin = next((f for f in native if f.startswith(kind)), None)
            if twin and twin != fmt:
                out.append((f"native-{twin}", {n: "*" + _TRITON[twin] for n in fp8 if _FP8_TYPES[fp8[n]] == fmt}))
    int8 = {n: "*i8" for n in fp8}
    for p in kdef.jit.params:
        low = p.name.lower()
        if p.is_constexpr and "int8" in low:
            int8[p.name] = True
        elif p.is_constexpr and "fp8" in low and isinstance(job.constexprs.get(p.name), bool):
            int8[p.name] = False
    if not any(v is True for v in int8.values()):
        int8 = {n: "*i8" for n in fp8}        # no int8 flag: the same code path on i8 operands
    out.append(("int8", int8))
    return out


def spill_alternatives(job) -> list[tuple[str, dict[str, Any]]]:
    """(name, overrides) for a job whose compile spilled: fewer stages, more warps, a smaller tile."""
    out: list[tuple[str, dict[str, Any]]] = []
    stages = int(job.options.get("num_stages", DEFAULT_NUM_STAGES))
    warps = int(job.options.get("num_warps", DEFAULT_NUM_WARPS))
    if stages > 1:
        out.append((f"stages{stages - 1}", {"num_stages": stages - 1}))
    if warps < 16:
        out.append((f"warps{warps * 2}", {"num_warps": warps * 2}))
    blocks = {n: v for n, v in job.constexprs.items()
              if n.upper().startswith("BLOCK") and isinstance(v, int) and not isinstance(v, bool) and v >= 32}
    if blocks:
        name = max(blocks, key=lambda n: (blocks[n], n))
        out.append((f"{name}={blocks[name] // 2}", {name: blocks[name] // 2}))
    return out


def _base_spec(spec, kernel: str, variant: str):
    """The spec variant a planned variant came from (``default`` for one with no spec)."""
    from isacheck.frontend.spec import VariantSpec

    base = variant.split(".config")[0]
    kspec = spec.kernels.get(kernel)
    vs = next((v for v in kspec.variants if v.name == base), None) if kspec else None
    return vs or VariantSpec("default")


def plan_alternatives(loaded, spec, sets: dict[str, Any], targets: Sequence, jobs: list, *, mode,
                      specialize: bool = True, root: str | None = None) -> list:
    """Extra jobs for ``jobs`` (the user's, already planned). ``mode`` is "types" (first round) or a
    collection of artifacts (``kernel/variant/target``) whose compile spilled (second round)."""
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import KernelSpec, Spec

    extra: list = []
    seen: set[str] = set()
    for job in jobs:
        if split_name(job.variant.name)[1] is not None:
            continue
        kdef = loaded.kernel(job.kernel)
        if mode == "types":
            alts = type_alternatives(job, kdef)
        elif job.artifact in mode:
            alts = spill_alternatives(job)
        else:
            alts = []
        for alt, overrides in alts:
            vs = _base_spec(spec, job.kernel, job.variant.name)
            alt_vs = replace(vs, name=f"{vs.name}{SEP}{alt}")
            alt_spec = Spec(spec.path, {**spec.kernels, job.kernel: KernelSpec(job.kernel, (alt_vs,))})
            target = next(t for t in targets if t.arch == job.target.arch)
            for new in plan_jobs(loaded, alt_spec, {**sets, **overrides}, [target], kernels=[job.kernel],
                                 config=job.variant.config, specialize=specialize, root=root):
                if new.artifact not in seen:
                    seen.add(new.artifact)
                    extra.append(new)
    return extra


def renumber(jobs: list) -> list:
    return [job if job.index == i else replace(job, index=i) for i, job in enumerate(jobs)]


# ---------------------------------------------------------------------------- the table (data only)
@dataclass(frozen=True, slots=True)
class WhatIfRow:
    """One alternative (or the user's own variant, ``alternative`` None) on one target."""

    alternative: str | None
    variant: str
    fp8: str | None                 # the analysis verdict, None when the compile failed
    matrix: str | None              # the most used matrix instruction
    vgprs: int | None
    spills: bool
    loop_cycles: int | None         # estimated hot-loop cycles per iteration and wave
    cycles_per_kmac: float | None   # the same per 1024 multiply-accumulates (the ranking key)
    bound: str | None
    bytes_per_element: int | None   # of the operands that are FP8 in the user's variant
    speedup: float | None           # the user's cycles_per_kmac / this one's
    error: str | None = None


@dataclass(frozen=True, slots=True)
class WhatIfGroup:
    kernel: str
    variant: str
    target: str
    native_fp8: tuple[str, ...]
    rows: tuple[WhatIfRow, ...]     # best estimate first; failed compiles last

    def fp8_rows(self) -> tuple[WhatIfRow, ...]:
        """The rows that keep FP8 operands: the user's and the other FP8 formats/flavours."""
        return tuple(r for r in self.rows if r.alternative is None or r.alternative in ("e5m2", "e4m3")
                     or r.alternative.startswith("native-"))

    @property
    def fp8_avoids_conversion(self) -> bool:
        """Does any FP8 row run FP8 in hardware? A cheap e5m2 byte shift is still a conversion."""
        return any(r.fp8 == "hardware" for r in self.fp8_rows())


def _row(job, result, base_fp8_args: Sequence[str], base_metric: float | None) -> WhatIfRow:
    alt = split_name(job.variant.name)[1]
    size = {_BYTES.get(job.signature.get(n, "").lstrip("*")) for n in base_fp8_args}
    per_elem = size.pop() if len(size) == 1 else None
    if not result.ok:
        return WhatIfRow(alt, job.variant.name, None, None, None, False, None, None, None, per_elem, None,
                         (result.error or "failed").splitlines()[0])
    k = next((x for x in result.analysis.kernels if x.name == job.kernel), result.analysis.kernels[0])
    hot = k.estimate.hot if k.estimate is not None else None
    metric = hot.cycles_per_kmac if hot is not None else None
    top = max(k.matrix, key=lambda m: (m.count, m.mnemonic)).mnemonic if k.matrix else None
    speed = base_metric / metric if base_metric and metric else None
    return WhatIfRow(alt, job.variant.name, k.fp8, top, k.resources.vgprs, k.spills.spills,
                     hot.loop_cycles if hot else None, round(metric, 2) if metric else None,
                     hot.bound if hot else None, per_elem, round(speed, 2) if speed else None)


def whatif_groups(report) -> list[WhatIfGroup]:
    """The what-if table of a dump report, one group per (kernel, user variant, target), sorted."""
    by_key: dict[tuple[str, str, str, str], list[tuple[Any, Any]]] = {}
    for job, result in zip(report.jobs, report.results):
        base, _ = split_name(job.variant.name)
        runtime = getattr(job, "runtime", None)
        by_key.setdefault((job.kernel, base, job.target.arch, str(runtime or "")), []).append((job, result))
    groups = []
    for (kernel, variant, target, _rt), members in sorted(by_key.items()):
        base = next(((j, r) for j, r in members if split_name(j.variant.name)[1] is None), None)
        if base is None or len(members) == 1:
            continue
        bjob, bres = base
        fp8_args = sorted(_fp8_pointers(bjob.signature))
        base_row = _row(bjob, bres, fp8_args, None)
        metric = base_row.cycles_per_kmac
        rows = [replace(base_row, speedup=1.0 if metric else None)]
        rows += [_row(j, r, fp8_args, metric) for j, r in members if j is not bjob]
        rows.sort(key=lambda r: (r.error is not None, r.cycles_per_kmac is None, r.cycles_per_kmac or 0,
                                 r.alternative or ""))
        groups.append(WhatIfGroup(kernel, variant, target, tuple(bjob.target.native_fp8 or ()), tuple(rows)))
    return groups


def spilled_artifacts(report) -> set[str]:
    """Artifacts of the user's own jobs whose compile spilled (they get the second round)."""
    out = set()
    for job, result in zip(report.jobs, report.results):
        if split_name(job.variant.name)[1] is None and result.ok:
            if any(k.spills.spills for k in result.analysis.kernels if k.name == job.kernel):
                out.add(job.artifact.split("@triton-")[0])
    return out


def failed_user_jobs(report) -> int:
    """Failed compiles among the user's own variants: an alternative that does not compile (an int8
    swap a kernel cannot take) is a row of the what-if table, not a failure of the dump."""
    return sum(1 for job, r in zip(report.jobs, report.results)
               if split_name(job.variant.name)[1] is None and not r.ok
               and r.outcome not in ("refused", "analysis-error"))


def run_whatif(req):
    """``dump --whatif``: the user's jobs and the dtype alternatives in one pool run; then, for the
    variants that spilled, the tile/stage/warp alternatives in a second run (same pool code, same
    cache). Returns the merged DumpReport with its ``whatif`` groups."""
    from isacheck.frontend.session import _stats, run_dump

    first = run_dump(replace(req, whatif="types"))
    jobs, results = list(first.jobs), list(first.results)
    spilled = spilled_artifacts(first)
    if spilled:
        second = run_dump(replace(req, whatif=frozenset(spilled)))
        for job, result in zip(second.jobs, second.results):
            jobs.append(replace(job, index=len(jobs)))
            results.append(replace(result, index=len(results)))
    report = replace(first, jobs=jobs, results=results, stats=_stats(results, len(jobs)))
    report.whatif = whatif_groups(report)
    return report

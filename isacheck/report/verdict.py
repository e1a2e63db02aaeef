"""The one-line verdict per kernel, shared by every human-facing format."""

from __future__ import annotations

from isacheck.analysis.result import KernelAnalysis
from isacheck.analysis.summary import fp8_facts, spill_facts


def _n(x: int) -> str:
    return f"{x:,}"


def fp8_phrase(k: KernelAnalysis) -> str:
    f = fp8_facts(k)
    if f.state in ("emulated", "mixed"):
        text = (f"emulated in software ({', '.join(f.conversions)}) at {_n(f.sites)} site{'s' if f.sites != 1 else ''}, "
                f"{f.share:.0%} of VALU")
        if f.state == "mixed":
            text += f"; also hardware {', '.join(f.hardware[:3])}"
        return text
    if f.state == "hardware":
        more = f" +{len(f.hardware) - 3} more" if len(f.hardware) > 3 else ""
        return f"hardware ({', '.join(f.hardware[:3])}{more})"
    if f.state == "cheap":
        return f"e5m2 -> fp16 by byte shift at {_n(f.cheap_sites)} sites (cheap, no ladder)"
    return "none"


def spill_phrase(k: KernelAnalysis) -> str:
    s = spill_facts(k)
    parts = []
    if s.vgprs:
        parts.append(f"{_n(s.vgprs)} VGPRs")
    if s.sgprs:
        parts.append(f"{_n(s.sgprs)} SGPRs")
    if s.stores or s.reloads:
        parts.append(f"{_n(s.stores)} stores/{_n(s.reloads)} reloads")
    if s.agpr_copies:
        parts.append(f"{_n(s.agpr_copies)} AGPR copies")
    if s.scratch_bytes:
        parts.append(f"{_n(s.scratch_bytes)} B scratch")
    return ", ".join(parts) if parts else "none"


_UNIT_NAMES = {"valu": "VALU", "salu": "SALU", "lds": "LDS", "vmem": "VMEM", "smem": "SMEM", "scratch": "scratch",
               "branch": "branch"}


def cost_phrase(k: KernelAnalysis) -> str | None:
    """The hot loop's estimate in one clause, at the precision the model has (one digit, "~")."""
    from isacheck.analysis.cost import approx

    hot = k.estimate.hot if k.estimate is not None else None
    if hot is None:
        return None
    kind = hot.matrix_kind or "matrix"
    where = "K loop" if hot.is_k_loop else "hot loop"
    unit = kind if hot.bound == "matrix" else _UNIT_NAMES.get(hot.bound, hot.bound)
    text = f"{where} {unit}-bound"
    if hot.bound != "matrix" and hot.overhead is not None:
        text += f": {approx(hot.overhead)}x the {kind} time"
        if hot.emulation_share >= 0.05:
            text += f", {hot.emulation_share:.0%} of {'it' if hot.bound == 'valu' else 'VALU'} FP8 emulation"
    if hot.unknown_matrix:
        # cycles of these are missing from the estimate: say so rather than under-count silently
        text += f", no rate for {', '.join(hot.unknown_matrix)}"
    return text + " (static estimate)"


def loop_mix_phrase(k: KernelAnalysis) -> str | None:
    """The hot loop's instruction mix and issue cycles per unit, per iteration and wave."""
    from isacheck.analysis.cost import COSTED

    hot = k.estimate.hot if k.estimate is not None else None
    if hot is None:
        return None
    where = "K loop" if hot.is_k_loop else "hot loop"
    lines: dict[str, list[int]] = {}
    for item in hot.source_lines:
        f, _, n = item.rpartition(":")
        lines.setdefault(f, []).append(int(n))
    src = ", ".join(f"{f}:{min(v)}-{max(v)}" if min(v) != max(v) else f"{f}:{v[0]}" for f, v in sorted(lines.items()))
    names = {**_UNIT_NAMES, "matrix": hot.matrix_kind or "matrix"}
    cycles = sorted(((c, u) for u, c in zip(COSTED, hot.cycles) if c), key=lambda x: (-x[0], x[1]))
    parts = []
    for c, u in cycles:
        extra = f" ({hot.emulation_share:.0%} FP8 emulation)" if u == "valu" and hot.emulation_cycles else ""
        parts.append(f"{names.get(u, u)} {_n(c)}{extra}")
    waits = hot.mix_of("wait")
    return (f"{where} at asm line {hot.header_line}" + (f" ({src})" if src else "")
            + f", issue cycles per iteration and wave: {', '.join(parts) or 'none'}"
            + (f"; {_n(waits)} waits, not costed" if waits else "") + _mca_phrase(k.estimate.mca))


def _mca_phrase(mca) -> str:
    if mca is None:
        return ""
    if mca.cycles_per_iteration is None:
        return f"; {mca.tool}: no figure ({mca.error})"
    from isacheck.analysis.cost import approx
    return f"; {mca.tool}: {approx(mca.cycles_per_iteration)} cycles per iteration"


def verdict_line(k: KernelAnalysis) -> str:
    return "; ".join(verdict_clauses(k))


def verdict_clauses(k: KernelAnalysis) -> list[str]:
    """The verdict line's clauses, in order: a narrow terminal breaks the line between them."""
    r = k.resources
    parts = [f"FP8: {fp8_phrase(k)}", f"spills: {spill_phrase(k)}"]
    if r.vgprs is not None:
        parts.append(f"VGPRs {r.vgprs}" + (f" + AGPRs {r.agprs}" if r.agprs else ""))
    elif r.vgprs_seen is not None:
        parts.append(f"VGPRs >= {r.vgprs_seen} (seen)")
    if r.occupancy is not None:
        parts.append(f"occupancy {r.occupancy}" + (" (computed)" if r.occupancy_source == "computed" else ""))
    cost = cost_phrase(k)
    if cost:
        parts.append(cost)
    return parts

"""The one-line verdict per kernel, shared by every human-facing format."""

from __future__ import annotations

from isacheck.analysis.fp8_hardware import is_fp8_matrix
from isacheck.analysis.result import KernelAnalysis


def _n(x: int) -> str:
    return f"{x:,}"


def fp8_phrase(k: KernelAnalysis) -> str:
    real = [s for s in k.emulation if not s.cheap]
    if k.fp8 in ("emulated", "mixed"):
        kinds = ", ".join(sorted({f"{s.fmt if s.src == 'fp8' else s.src} -> {s.dst if s.src == 'fp8' else s.fmt}"
                                  for s in real}))
        text = (f"emulated in software ({kinds}) at {_n(len(real))} site{'s' if len(real) != 1 else ''}, "
                f"{k.emulation_share:.0%} of VALU")
        if k.fp8 == "mixed":
            text += f"; also hardware {', '.join(c.mnemonic for c in k.hardware_fp8[:3])}"
        return text
    if k.fp8 == "hardware":
        names = [c.mnemonic for c in k.hardware_fp8] or [m.mnemonic for m in k.matrix if is_fp8_matrix(m)]
        more = f" +{len(names) - 3} more" if len(names) > 3 else ""
        return f"hardware ({', '.join(names[:3])}{more})"
    if k.fp8 == "cheap":
        return f"e5m2 -> fp16 by byte shift at {_n(len(k.emulation))} sites (cheap, no ladder)"
    return "none"


def spill_phrase(k: KernelAnalysis) -> str:
    s = k.spills
    parts = []
    if s.vgpr_spill_count:
        parts.append(f"{_n(s.vgpr_spill_count)} VGPRs")
    if s.sgpr_spill_count:
        parts.append(f"{_n(s.sgpr_spill_count)} SGPRs")
    if s.stores or s.reloads:
        parts.append(f"{_n(s.stores)} stores/{_n(s.reloads)} reloads")
    if s.agpr_copies:
        parts.append(f"{_n(s.agpr_copies)} AGPR copies")
    if s.scratch_bytes:
        parts.append(f"{_n(s.scratch_bytes)} B scratch")
    return ", ".join(parts) if parts else "none"


def verdict_line(k: KernelAnalysis) -> str:
    r = k.resources
    parts = [f"FP8: {fp8_phrase(k)}", f"spills: {spill_phrase(k)}"]
    if r.vgprs is not None:
        parts.append(f"VGPRs {r.vgprs}" + (f" + AGPRs {r.agprs}" if r.agprs else ""))
    elif r.vgprs_seen is not None:
        parts.append(f"VGPRs >= {r.vgprs_seen} (seen)")
    if r.occupancy is not None:
        parts.append(f"occupancy {r.occupancy}" + (" (computed)" if r.occupancy_source == "computed" else ""))
    return "; ".join(parts)

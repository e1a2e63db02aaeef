"""The facts a verdict is worded from, decided once (formatters only word them).

Before this module, the dump table and the verdict line each re-derived which formats were
emulated, how many sites counted and which instructions proved hardware FP8, in slightly
different ways. Both now read :func:`fp8_facts`, :func:`spill_facts` and :func:`costly_lines`.
"""

from __future__ import annotations

from dataclasses import dataclass

from isacheck.analysis.fp8_hardware import is_fp8_matrix
from isacheck.analysis.result import KernelAnalysis, LineCost, MatrixUse


@dataclass(frozen=True, slots=True)
class Fp8Facts:
    """What the FP8 verdict of one kernel rests on.

    state:        "hardware" | "emulated" | "mixed" | "cheap" | "none" (KernelAnalysis.fp8)
    formats:      FP8 formats of the real (not cheap) emulation sites, sorted
    conversions:  "e4m3fn -> fp16", "fp32 -> e4m3fn": direction per real site kind, sorted
    sites:        real emulation sites; cheap_sites: e5m2 byte shifts
    share:        fraction of VALU instructions spent on emulation
    hardware:     the FP8 instructions that prove hardware use (conversions first, else the FP8
                  matrix instructions), in the analysis' order
    """

    state: str
    formats: tuple[str, ...]
    conversions: tuple[str, ...]
    sites: int
    cheap_sites: int
    share: float
    hardware: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SpillFacts:
    vgprs: int          # VGPRs spilled (compiler's count), 0 when none or unknown
    sgprs: int
    stores: int
    reloads: int
    agpr_copies: int
    scratch_bytes: int | None   # scratch the spills use (the spill analysis' figure)
    kernel_scratch_bytes: int | None   # that figure, else the kernel's whole scratch size

    @property
    def any(self) -> bool:
        return bool(self.vgprs or self.sgprs or self.stores or self.reloads or self.agpr_copies)


def fp8_facts(k: KernelAnalysis) -> Fp8Facts:
    real = [s for s in k.emulation if not s.cheap]
    conversions = sorted({f"{s.fmt} -> {s.dst}" if s.src == "fp8" else f"{s.src} -> {s.fmt}" for s in real})
    hardware = [c.mnemonic for c in k.hardware_fp8] or [m.mnemonic for m in k.matrix if is_fp8_matrix(m)]
    return Fp8Facts(state=k.fp8, formats=tuple(sorted({s.fmt for s in real})), conversions=tuple(conversions),
                    sites=len(real), cheap_sites=len(k.emulation) - len(real), share=k.emulation_share,
                    hardware=tuple(hardware))


def spill_facts(k: KernelAnalysis) -> SpillFacts:
    s = k.spills
    scratch = s.scratch_bytes if s.scratch_bytes is not None else k.resources.scratch_bytes
    return SpillFacts(vgprs=s.vgpr_spill_count or 0, sgprs=s.sgpr_spill_count or 0, stores=s.stores,
                      reloads=s.reloads, agpr_copies=s.agpr_copies, scratch_bytes=s.scratch_bytes,
                      kernel_scratch_bytes=scratch)


def top_matrix(k: KernelAnalysis) -> MatrixUse | None:
    """The matrix instruction the kernel uses most (ties: by name), None without one."""
    return max(k.matrix, key=lambda m: (m.count, m.mnemonic)) if k.matrix else None


def costly_lines(k: KernelAnalysis, n: int | None = None) -> tuple[LineCost, ...]:
    """Source lines that cost something, costliest first (the analysis' order); lines with no
    emulation and no spill instruction say nothing and are left out."""
    rows = tuple(r for r in k.hot_lines if r.emulation_instructions or r.spill_instructions)
    return rows if n is None else rows[:n]


def is_costly(k: KernelAnalysis) -> bool:
    """A kernel whose report should say where in the source it costs: it emulates FP8 or spills."""
    return k.fp8 in ("emulated", "mixed") or bool(k.spills.sites)

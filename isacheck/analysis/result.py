"""What the analyses conclude about a module: frozen, JSON-ready facts (no Lark, no formatting).

Formatters in ``isacheck/report`` only render these; ``isacheck dump`` workers send them back
across the process pool (they pickle small).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from isacheck.asm.model import SourceLoc

if TYPE_CHECKING:  # pragma: no cover
    from isacheck.analysis.cost import CostEstimate

SCHEMA_VERSION = 2   # 2: KernelAnalysis.estimate (the hot loop's static cost)

# The one map of FP8 names: Triton's dtype name -> isacheck's (OCP/AMD) format name, and the
# PyTorch dtype of each format. Every other spelling in isacheck is derived from these.
TRITON_FP8 = {"fp8e4nv": "e4m3fn", "fp8e4b8": "e4m3fnuz", "fp8e5": "e5m2", "fp8e5b16": "e5m2fnuz"}
FORMAT_TO_TRITON = {fmt: name for name, fmt in TRITON_FP8.items()}
TORCH_FP8 = {fmt: f"torch.float8_{fmt}" for fmt in TRITON_FP8.values()}


@dataclass(frozen=True, slots=True)
class EmulationSite:
    """One software FP8 conversion found in the assembly.

    One site is one converted value (a packed idiom converting two values per instruction gives
    two sites), on the source line whose instructions compute it.

    fmt:        "e4m3fn" | "e4m3fnuz" | "e5m2" | "e5m2fnuz" | "unknown"
    src, dst:   "fp8" and one of "fp16", "bf16", "fp32" (direction = src -> dst): what the source
                asked for, the same on every target (an fp8 -> fp16 ladder widened to fp32 is
                "fp8 -> fp32"); one direction per (format, source line)
    idiom:      "subnormal-ladder" (select chain of v_cmp/v_cndmask), "rebias" (exponent rebias
                without a full ladder), "shift" (e5m2 -> fp16: a plain shift, cheap), "quantize"
                (fp16/bf16/fp32 -> fp8 with integer ops), "packed-round" (Triton 3.3/3.4's fp16 ->
                e5m2, two values per word)
    cheap:      True when the conversion is a shift or two (not worth a finding on its own)
    loc:        Python source position of the site, None when the assembly has no .loc
    asm_line:   first assembly line of the site
    instructions: instructions the site spends (the idiom's own instructions)
    """

    fmt: str
    src: str
    dst: str
    idiom: str
    cheap: bool
    loc: SourceLoc | None
    asm_line: int
    instructions: int

    @property
    def direction(self) -> str:
        return f"{self.src} -> {self.dst}"


@dataclass(frozen=True, slots=True)
class InstructionCount:
    mnemonic: str
    count: int


@dataclass(frozen=True, slots=True)
class MatrixUse:
    """A matrix instruction (MFMA/SMFMAC/WMMA/SWMMAC) and what it multiplies.

    input_type: "fp8" | "bf8" | "fp8/bf8" (mixed) | "f8f6f4" | "fp16" | "bf16" | "i8" | "i4" | "fp32" | "xf32" | "fp64"
    fed_by_emulation: True when FP8 is emulated in this kernel and this instruction's inputs are
    not FP8 (the dot product runs at fp16/bf16 on converted data).
    """

    mnemonic: str
    count: int
    unit: str            # "mfma" | "smfmac" | "wmma" | "swmmac"
    input_type: str
    fed_by_emulation: bool


@dataclass(frozen=True, slots=True)
class SpillSite:
    """One spill or reload instruction.

    kind: "store" | "reload" (scratch/buffer), "agpr-write" | "agpr-read" (AGPRs as spill slots)
    """

    kind: str
    mnemonic: str
    loc: SourceLoc | None
    asm_line: int
    bytes: int


@dataclass(frozen=True, slots=True)
class Spills:
    vgpr_spill_count: int | None
    sgpr_spill_count: int | None
    scratch_bytes: int | None
    stores: int
    reloads: int
    agpr_copies: int
    sites: tuple[SpillSite, ...]

    @property
    def spills(self) -> bool:
        return bool(self.stores or self.reloads or self.agpr_copies or self.vgpr_spill_count or self.sgpr_spill_count)


@dataclass(frozen=True, slots=True)
class Resources:
    """Register and memory use; each value from the most authoritative source that gave it.

    disagreements: one sentence per value on which the metadata, the ``.amdhsa_*`` directives and
    the statistics comments disagree (e.g. "VGPRs: metadata says 128, statistics comment says 130").
    """

    vgprs: int | None
    agprs: int | None
    sgprs: int | None
    lds_bytes: int | None
    scratch_bytes: int | None
    wave_size: int | None
    occupancy: int | None
    code_bytes: int | None
    disagreements: tuple[str, ...]
    vgprs_seen: int | None = None      # highest VGPR named by an instruction + 1 (a floor for fragments)
    occupancy_source: str | None = None  # "compiler" (statistics comment) or "computed" (ISA database)


@dataclass(frozen=True, slots=True)
class LineCost:
    """Instructions attributed to one Python source line (emulation and spill traffic)."""

    loc: SourceLoc | None      # column kept from the first site on that line
    emulation_instructions: int
    spill_instructions: int
    sites: int


@dataclass(frozen=True, slots=True)
class KernelAnalysis:
    """Everything isacheck concludes about one kernel.

    fp8: "hardware" (FP8 instructions, no software conversion), "emulated" (software conversion,
         no FP8 instructions), "mixed" (both), "none" (no FP8 at all).
    target_notes: sentences from the ISA database about this target (why emulation is forced,
         a missed hardware path, an FNUZ/OCP mismatch). Empty when no target is known.
    """

    name: str
    target: str | None
    fp8: str
    emulation: tuple[EmulationSite, ...]
    emulation_instructions: int
    valu_instructions: int
    total_instructions: int
    hardware_fp8: tuple[InstructionCount, ...]
    matrix: tuple[MatrixUse, ...]
    spills: Spills
    resources: Resources
    hot_lines: tuple[LineCost, ...]
    target_notes: tuple[str, ...] = ()
    estimate: "CostEstimate | None" = None   # the hot loop's static cost (isacheck.analysis.cost)

    @property
    def emulation_share(self) -> float:
        """Fraction of VALU instructions spent on FP8 emulation (0.0 - 1.0)."""
        return self.emulation_instructions / self.valu_instructions if self.valu_instructions else 0.0

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(sorted({s.fmt for s in self.emulation}))

    @property
    def directions(self) -> tuple[str, ...]:
        return tuple(sorted({s.direction for s in self.emulation}))


@dataclass(frozen=True, slots=True)
class ModuleAnalysis:
    path: str
    target: str | None
    kernels: tuple[KernelAnalysis, ...]
    warnings: tuple[str, ...] = ()        # about the file as a whole (e.g. cut short)

    def kernel(self, name: str) -> KernelAnalysis:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)

"""FP8/BF8 instructions a kernel really executes, and the matrix instructions carrying its dot products.

What a mnemonic means (its encoding suffix, its kind, the element types it reads and writes) is
decided in one place, :mod:`isacheck.isa.mnemonic`; this module only counts what a kernel uses.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from isacheck.analysis.result import InstructionCount, MatrixUse
from isacheck.asm.model import Kernel
from isacheck.isa.mnemonic import LOW_PRECISION_TYPES, MATRIX_KINDS, describe_types, normalize

# MatrixUse.input_type of the format-agnostic OCP MX inputs (CDNA4 MFMA, gfx1250 WMMA), whose
# format an operand selects; and of a mixed fp8 x bf8 product.
_F8F6F4 = frozenset({"fp8", "bf8", "fp6", "bf6", "fp4"})
_FP8_INPUTS = frozenset({"f8f6f4", "fp8/bf8"}) | LOW_PRECISION_TYPES


def is_fp8_instruction(mnemonic: str) -> bool:
    """An instruction that operates on FP8/BF8 (or the smaller OCP MX formats) in hardware:
    conversions (``v_cvt_*fp8*``, ``v_cvt_scalef32_*``), dot4, MFMA/SMFMAC/WMMA/SWMMAC."""
    t = describe_types(mnemonic)
    return t.kind != "other" and bool(t.types & LOW_PRECISION_TYPES)


def mnemonic_counts(kernel: Kernel) -> Counter[str]:
    """How often each mnemonic occurs (dual-issue halves included): the analyses below classify
    each distinct mnemonic once instead of each instruction."""
    instructions = kernel.instructions
    counts = Counter(map(_MNEMONIC, instructions))
    counts.update(map(_MNEMONIC, filter(None, map(_DUAL, instructions))))
    return counts


_MNEMONIC = attrgetter("mnemonic")
_DUAL = attrgetter("dual")


def hardware_fp8(counts: Counter[str]) -> tuple[InstructionCount, ...]:
    found: Counter[str] = Counter()
    for mnemonic, n in counts.items():
        if is_fp8_instruction(mnemonic):
            found[normalize(mnemonic)] += n
    return tuple(InstructionCount(m, n) for m, n in sorted(found.items()))


def matrix_input_type(mnemonic: str) -> str:
    """The A/B element type of a matrix instruction, in the ISA database's type names ("int8",
    "fp16", ...), "fp8/bf8" for a mixed product, "f8f6f4" for the format-agnostic MX inputs."""
    inputs = describe_types(mnemonic).inputs
    if inputs == _F8F6F4:
        return "f8f6f4"
    if inputs == {"fp8", "bf8"}:
        return "fp8/bf8"
    if len(inputs) == 1:
        return next(iter(inputs))
    return "unknown"


def matrix_uses(counts: Counter[str], *, emulated: bool) -> tuple[MatrixUse, ...]:
    found: Counter[str] = Counter()
    for mnemonic, n in counts.items():
        if mnemonic.startswith(("v_mfma", "v_smfmac", "v_wmma", "v_swmmac")):
            found[normalize(mnemonic)] += n
    uses = []
    for mnemonic, n in sorted(found.items()):
        unit = describe_types(mnemonic).kind
        if unit not in MATRIX_KINDS:            # v_mfma_ld_scale_b32: loads scales, multiplies nothing
            continue
        kind = matrix_input_type(mnemonic)
        uses.append(MatrixUse(mnemonic=mnemonic, count=n, unit=unit, input_type=kind,
                              fed_by_emulation=emulated and kind not in _FP8_INPUTS))
    return tuple(uses)


def is_fp8_matrix(use: MatrixUse) -> bool:
    return use.input_type in _FP8_INPUTS

"""FP8/BF8 instructions a kernel really executes, and the matrix instructions carrying its dot products."""

from __future__ import annotations

import re
from collections import Counter

from isacheck.analysis.result import InstructionCount, MatrixUse
from isacheck.asm.model import Kernel

# Mnemonics that operate on FP8/BF8 (and the smaller OCP MX formats) in hardware: conversions
# (v_cvt_*fp8*, *bf8*, v_cvt_scalef32_*), dot4 (v_dot4_f32_fp8_*), MFMA/SMFMAC (*fp8*, *bf8*,
# *f8f6f4), WMMA/SWMMAC (*fp8*, *bf8*).
_FP8_RE = re.compile(r"(?:^|_)(?:fp8|bf8|f8f6f4|fp4|fp6|bf6)(?:_|$)|^v_cvt_scalef32_|^v_cvt_(?:pk_)?f32_(?:fp8|bf8)")
_SUFFIX_RE = re.compile(r"_(?:e32|e64|sdwa|dpp|dpp8|e64_dpp|vop3)$")
_MATRIX_PREFIXES = (("v_mfma_", "mfma"), ("v_smfmac_", "smfmac"), ("v_wmma_", "wmma"), ("v_swmmac_", "swmmac"))

# Matrix input type from the mnemonic's operand part, most specific first.
_MATRIX_TYPES = (
    ("f8f6f4", "f8f6f4"),
    ("_fp8_bf8", "fp8/bf8"), ("_bf8_fp8", "fp8/bf8"),
    ("_fp8_fp8", "fp8"), ("_fp8", "fp8"),
    ("_bf8_bf8", "bf8"), ("_bf8", "bf8"),
    ("_iu4", "i4"), ("_i4", "i4"),
    ("_iu8", "i8"), ("_i8", "i8"),
    ("xf32", "xf32"),
    ("bf16", "bf16"),
    ("f16", "fp16"),
    ("f64", "fp64"),
    ("f32", "fp32"),
)
_FP8_INPUTS = frozenset({"f8f6f4", "fp8/bf8", "fp8", "bf8"})


def base_mnemonic(mnemonic: str) -> str:
    """Strip the encoding suffix LLVM prints (``_e32``, ``_e64``, ``_sdwa``, ``_dpp``)."""
    return _SUFFIX_RE.sub("", mnemonic)


def is_fp8_instruction(mnemonic: str) -> bool:
    return bool(_FP8_RE.search(base_mnemonic(mnemonic)))


def mnemonic_counts(kernel: Kernel) -> Counter[str]:
    """How often each mnemonic occurs (dual-issue halves included): the analyses below classify
    each distinct mnemonic once instead of each instruction."""
    counts = Counter(inst.mnemonic for inst in kernel.instructions)
    for inst in kernel.instructions:
        if inst.dual is not None:
            counts[inst.dual.mnemonic] += 1
    return counts


def hardware_fp8(counts: Counter[str]) -> tuple[InstructionCount, ...]:
    found: Counter[str] = Counter()
    for mnemonic, n in counts.items():
        if is_fp8_instruction(mnemonic):
            found[base_mnemonic(mnemonic)] += n
    return tuple(InstructionCount(m, n) for m, n in sorted(found.items()))


def matrix_input_type(mnemonic: str) -> str:
    # The operand types follow the shape (16x16x16, 32x32x64...): look only after it.
    m = re.search(r"\d+x\d+x\d+(?:_?)(.*)$", mnemonic)
    tail = "_" + (m.group(1) if m else mnemonic)
    for needle, kind in _MATRIX_TYPES:
        if needle in tail:
            return kind
    return "unknown"


def matrix_uses(counts: Counter[str], *, emulated: bool) -> tuple[MatrixUse, ...]:
    found: Counter[tuple[str, str]] = Counter()
    for mnemonic, n in counts.items():
        for prefix, unit in _MATRIX_PREFIXES:
            if mnemonic.startswith(prefix):
                found[(base_mnemonic(mnemonic), unit)] += n
                break
    uses = []
    for (mnemonic, unit), n in sorted(found.items()):
        kind = matrix_input_type(mnemonic)
        uses.append(MatrixUse(mnemonic=mnemonic, count=n, unit=unit, input_type=kind,
                              fed_by_emulation=emulated and kind not in _FP8_INPUTS))
    return tuple(uses)


def is_fp8_matrix(use: MatrixUse) -> bool:
    return use.input_type in _FP8_INPUTS

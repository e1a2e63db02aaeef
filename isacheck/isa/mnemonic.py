"""Mnemonic spelling: the one place that knows how AMD's spec and LLVM spell the same instruction.

AMD's XML spec writes ``V_CVT_F32_FP8``; LLVM prints ``v_cvt_f32_fp8_e32`` or ``v_cvt_f32_fp8_sdwa``
for the same operation in other encodings, and ``v_accvgpr_read_b32`` where the spec says
``V_ACCVGPR_READ``. Every lookup in the database goes through :func:`normalize`, so the database,
the analyses and the command line agree on one key per instruction.

Also here: :func:`describe_types`, which reads the element types out of a matrix, dot or conversion
mnemonic (``v_wmma_f32_16x16x16_fp8_fp8`` -> WMMA on fp8). It is the one classifier of mnemonics:
features and target facts use it, and so do the analyses (hardware FP8, matrix input types).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Encoding suffixes LLVM's assembler accepts after a mnemonic to force an encoding
# (AMDGPUAsmParser::parseMnemonicSuffix). They never change which operation runs.
_ENCODING_SUFFIX = re.compile(r"(?:_e32|_e64|_sdwa|_dpp|_dpp8|_dpp16|_e64_dpp)$")

# LLVM spellings that name the same operation as a differently spelled spec entry. Only pure
# renames belong here: the old MFMA spellings (``v_mfma_f32_32x32x4bf16`` vs ``..._1k``) are
# different operations on CDNA2 and must stay distinct.
ALIASES: dict[str, str] = {
    "v_accvgpr_read_b32": "v_accvgpr_read",
    "v_accvgpr_write_b32": "v_accvgpr_write",
}


def normalize(mnemonic: str) -> str:
    """Return the database key for a mnemonic as AMD's spec, LLVM or a user spells it.

    >>> normalize("V_CVT_F32_FP8_e64_dpp")
    'v_cvt_f32_fp8'
    """
    name = mnemonic.strip().lower()
    while True:
        stripped = _ENCODING_SUFFIX.sub("", name)
        if stripped == name:
            break
        name = stripped
    return ALIASES.get(name, name)


# --- element types in a mnemonic --------------------------------------------------------------

# Only mnemonics with these prefixes name element types (conversions, dot products, matrix ops);
# callers that scan the whole database skip the rest without parsing them.
TYPED_PREFIXES = ("v_mfma", "v_smfmac", "v_wmma", "v_swmmac", "v_dot", "v_cvt")

MATRIX_KINDS = {"mfma": "MFMA", "smfmac": "SMFMAC", "wmma": "WMMA", "swmmac": "SWMMAC"}

# Spelling of an element type inside a mnemonic -> isacheck's type name. ``f8f6f4`` takes any of
# the OCP 8/6/4-bit formats, selected by operand modifiers (CDNA4 MFMA, gfx1250 WMMA).
_TYPE_TOKENS: dict[str, tuple[str, ...]] = {
    "fp8": ("fp8",), "bf8": ("bf8",), "f8": ("fp8",),
    "fp6": ("fp6",), "bf6": ("bf6",), "fp4": ("fp4",), "f4": ("fp4",),
    "f8f6f4": ("fp8", "bf8", "fp6", "bf6", "fp4"),
    "f16": ("fp16",), "bf16": ("bf16",), "bf16f32": ("bf16",),
    "f32": ("fp32",), "xf32": ("xf32",), "f64": ("fp64",), "i32": ("int32",), "u32": ("int32",),
    "i8": ("int8",), "iu8": ("int8",), "u8": ("int8",), "i4": ("int4",), "iu4": ("int4",), "u4": ("int4",),
}
_SHAPE = re.compile(r"^(\d+)x(\d+)x(\d+)([a-z]\w*)?$")
FP8_TYPES = frozenset({"fp8", "bf8"})
LOW_PRECISION_TYPES = frozenset({"fp8", "bf8", "fp6", "bf6", "fp4"})


class MnemonicTypes(NamedTuple):
    """What a mnemonic says about its operation.

    kind:    "mfma" | "smfmac" | "wmma" | "swmmac" (matrix units), "dot", "cvt", or "other"
    inputs:  element types read (for cvt: the source; for matrix/dot: the A/B inputs)
    outputs: element types written (for cvt: the destination; for matrix/dot: the accumulator)
    """

    kind: str
    inputs: frozenset[str]
    outputs: frozenset[str]

    @property
    def types(self) -> frozenset[str]:
        return self.inputs | self.outputs


def _types_of(tokens: list[str]) -> frozenset[str]:
    found: set[str] = set()
    for token in tokens:
        found.update(_TYPE_TOKENS.get(token, ()))
    return frozenset(found)


@lru_cache(maxsize=4096)   # a kernel repeats a few hundred mnemonics; the database has ~2500
def describe_types(mnemonic: str) -> MnemonicTypes:
    """Read kind and element types from a (normalised) mnemonic; "other" when it names none."""
    parts = normalize(mnemonic).split("_")
    if len(parts) < 3 or parts[0] != "v":
        return MnemonicTypes("other", frozenset(), frozenset())
    op = parts[1]
    rest = [p for p in parts[2:] if p not in ("1k", "pk", "sr", "scalef32", "scale", "ld")]
    if op in MATRIX_KINDS:
        kind = op
    elif re.fullmatch(r"dot\d+c?", op):
        kind = "dot"
    elif op == "cvt":
        kind = "cvt"
    else:
        return MnemonicTypes("other", frozenset(), frozenset())
    if kind in MATRIX_KINDS:
        # v_wmma_f32_16x16x16_fp8_fp8: accumulator type, shape, input types. Old CDNA spelling
        # glues the input type to the shape: v_mfma_f32_32x32x8bf16_1k.
        for i, token in enumerate(rest):
            m = _SHAPE.match(token)
            if m:
                acc = _types_of(rest[:i])
                inputs = rest[i + 1:] + ([m.group(4)] if m.group(4) else [])
                return MnemonicTypes(kind, _types_of(inputs), acc)
        return MnemonicTypes(kind, frozenset(), frozenset())
    if kind == "dot":
        # v_dot4_f32_fp8_bf8: destination type first, then the inputs.
        rest = [p for p in rest if _TYPE_TOKENS.get(p)]
        return MnemonicTypes(kind, _types_of(rest[1:]) or _types_of(rest[:1]), _types_of(rest[:1]))
    # v_cvt_<dst>_<src> with optional pk/sr/scalef32/pkN decorations.
    rest = [p for p in rest if _TYPE_TOKENS.get(p)]
    if len(rest) < 2:
        return MnemonicTypes(kind, _types_of(rest), frozenset())
    return MnemonicTypes(kind, _types_of(rest[-1:]), _types_of(rest[:-1]))

"""Software FP8 conversions per Python source line, counted in Triton's own intermediate forms.

This is the ground truth the tests compare isacheck's *assembly* analysis with, so it reads only
what the compiler wrote before the assembly existed (standard library only: samples/regen.py runs it
in any Triton environment, 3.3 to 3.9):

* the TTGIR says where the kernel converts FP8 and in which direction: every ``tt.fp_to_fp`` with
  an FP8 type on one side, with its ``loc`` (file:line) and its element types. The destination is
  what the source asked for (``x.to(tl.float32)`` is ``f8E4M3FN -> f32``), whatever chain of
  narrower steps the backend lowers it to;
* the LLVM IR (``k.asm["llir"]``) says how many FP8 values each of those lines converts in
  software. There every value of every lane is still its own scalar (or vector lane) computation,
  tagged with the ``!dbg`` location of its source line, before instruction selection and
  scheduling interleave them. A line's count is the number of lanes of one per-value anchor, the
  first of these kinds the line holds:

  ``ladder``   a chain of at least 4 ``select i1 %c, iN <constant>, iN %previous`` rungs (the
               subnormal/rounding select ladder of e4m3 up- and down-conversions, 8-9 rungs, and
               of e5m2fnuz quantisation, 4-5): one chain end per value;
  ``rebias``   ``fmul float %x, 2^k`` with k >= 100 (FP8 -> bf16 moves the exponent into range by
               one multiply by 2^(127 - bias): 2^120 e4m3fn, 2^119 e4m3fnuz, 2^112 e5m2);
  ``packed-round`` ``add i32 %x, 0x800080`` (Triton 3.3/3.4 round two fp16 values to e5m2 in one
               word: mask 0xfffefffe, add 0x800080, keep the high bytes): two values per add;
  ``byte-shift`` ``bitcast <2N x i8> to <N x half>`` (e5m2 -> fp16 puts the byte above a zero
               byte): N values;
  ``nan-select`` ``select i1 %c, half|bfloat|float <NaN>, ...`` (an FNUZ format's 0x80 is NaN: its
               up-conversion selects a NaN once per value);
  ``truncate`` ``trunc iN %x to i8`` (e5m2 quantisation rounds in the wide type, then keeps the
               top byte): one per value.

  A converting line with none of these converted in hardware (an FP8 intrinsic or inline
  assembly) and gets no entry.
"""

from __future__ import annotations

import math
import re
import struct
from collections import Counter, defaultdict

# --- TTGIR: where and in which direction --------------------------------------------------------------

MLIR_TYPES = {"f8E4M3FN": ("fp8", "e4m3fn"), "f8E4M3FNUZ": ("fp8", "e4m3fnuz"), "f8E5M2": ("fp8", "e5m2"),
              "f8E5M2FNUZ": ("fp8", "e5m2fnuz"), "f16": ("fp16", None), "bf16": ("bf16", None),
              "f32": ("fp32", None), "f64": ("fp64", None)}
_LOC_DEF = re.compile(r"^(#loc\d*) = loc\((.*)\)\s*$", re.M)
_FILE_LINE = re.compile(r'"([^"]+)":(\d+):\d+')
_LOC_REF = re.compile(r"#loc\d*")


def _element(tensor_type: str) -> str:
    return tensor_type.rsplit("x", 1)[-1]


def ttgir_conversions(ttgir: str) -> dict[tuple[str, int], tuple[str, str, str]]:
    """(file, line) -> (format, src, dst) of each FP8 ``tt.fp_to_fp`` in the TTGIR."""
    defs = dict(_LOC_DEF.findall(ttgir))

    def resolve(ref: str, depth: int = 0) -> tuple[str, int] | None:
        body = defs.get(ref)
        if body is None or depth > 32:
            return None
        if body.startswith("callsite("):        # inlined: the caller's line is where it happens
            refs = _LOC_REF.findall(body)
            return resolve(refs[-1], depth + 1) if refs else None
        m = _FILE_LINE.search(body)
        if m:
            return m.group(1).rsplit("/", 1)[-1], int(m.group(2))
        refs = _LOC_REF.findall(body)
        return resolve(refs[0], depth + 1) if refs else None

    found: dict[tuple[str, int], tuple[str, str, str]] = {}
    for line in ttgir.splitlines():
        if "tt.fp_to_fp" not in line:
            continue
        m = re.search(r":\s*tensor<(\S+?)[,>].*->\s*tensor<(\S+?)[,>]", line)
        loc = re.search(r"loc\((#loc\d*)\)\s*$", line)
        if not m or not loc:
            continue
        src, dst = MLIR_TYPES.get(_element(m.group(1))), MLIR_TYPES.get(_element(m.group(2)))
        if src is None or dst is None or (src[1] is None) == (dst[1] is None):
            continue                              # not an FP8 <-> wider conversion
        where = resolve(loc.group(1))
        if where is not None:
            fmt = src[1] or dst[1]
            found[where] = (fmt, src[0], dst[0])
    return found


# --- LLVM IR: how many values -------------------------------------------------------------------------

_DILOC = re.compile(r"^!(\d+) = (?:distinct )?!DILocation\(line: (\d+), column: \d+, scope: !(\d+)", re.M)
_SCOPE = re.compile(r"^!(\d+) = (?:distinct )?!DI(?:Subprogram|LexicalBlock|LexicalBlockFile)\(.*?\bfile: !(\d+)", re.M)
_FILE = re.compile(r'^!(\d+) = !DIFile\(filename: "([^"]*)"', re.M)
_INST = re.compile(r"^\s*(%[\w.]+) = (.*?), !dbg !(\d+)")
# Constants as LLVM prints them: 6144, <i16 6144, i16 6144>, splat (i16 6144) (LLVM 20+).
_SELECT = re.compile(r"^select (?:<(\d+) x )?i1>? %[\w.]+, (<\d+ x i\d+>|i\d+) (<[^>]*>|splat \([^)]*\)|-?\d+), "
                     r"(?:<\d+ x i\d+>|i\d+) (%[\w.]+)$")
_FMUL = re.compile(r"^fmul (?:[a-z]+ )*(?:<(\d+) x )?float>? (.+)$")
_PACKED_ADD = re.compile(r"^add (?:[a-z]+ )*(?:<(\d+) x )?i32>? (%[\w.]+), (?:8388736|<.*8388736.*>|splat \(i32 8388736\))$")
_BYTE_SHIFT = re.compile(r"^bitcast <(\d+) x i8> %[\w.]+ to (?:<(\d+) x )?half>?$")
_NAN_SELECT = re.compile(r"^select (?:[a-z]+ )*(?:<(\d+) x )?i1>? %[\w.]+, (?:<\d+ x )?(?:half|bfloat|float)>? "
                         r"(?:<[^>]*(?:nan|0x7FF8|0xH7E|0xR7F)[^>]*>|[+-]?q?nan\S*|0x7FF8\w*|0xH7E\w*|0xR7F\w*), ")
_TRUNC = re.compile(r"^trunc (?:[a-z]+ )*(?:<(\d+) x )?i\d+>? %[\w.]+ to (?:<\d+ x )?i8>?$")
LADDER_RUNGS = 4


def _float_constant(text: str) -> float | None:
    text = text.strip()
    if text.startswith("f0x"):                       # LLVM 20+: the float's own bits
        return struct.unpack(">f", bytes.fromhex(text[3:].rjust(8, "0")))[0]
    if text.startswith("0x") and len(text) == 18:    # older LLVM: the value as a double
        return struct.unpack(">d", bytes.fromhex(text[2:]))[0]
    try:
        return float(text)
    except ValueError:
        return None


def _is_rebias(operands: str) -> bool:
    # Scalar constants, and the lanes of <float X, float X> or splat (float X) (vector multiplies).
    for part in re.split(r", |[<>()]|\bfloat |\bsplat ", operands):
        value = _float_constant(part)
        if value and value >= 2.0 ** 100:
            mantissa, _ = math.frexp(value)
            if mantissa == 0.5:                      # a power of two
                return True
    return False


def llir_lines(llir: str) -> dict[str, tuple[str, int]]:
    """!dbg id -> (file, line) for every DILocation of the LLVM IR."""
    files = {k: v.rsplit("/", 1)[-1] for k, v in _FILE.findall(llir)}
    scopes = {k: files.get(f, "") for k, f in _SCOPE.findall(llir)}
    return {k: (scopes.get(scope, ""), int(line)) for k, line, scope in _DILOC.findall(llir)}


def llir_counts(llir: str) -> dict[tuple[str, int], dict[str, int]]:
    """(file, line) -> {kind: values} for every per-value anchor of the LLVM IR."""
    where = llir_lines(llir)
    counts: dict[tuple[str, int], Counter] = defaultdict(Counter)
    rung_of: dict[str, tuple[str, int, str, int]] = {}   # select -> (previous, lanes, line id, depth)
    for line in llir.splitlines():
        m = _INST.match(line)
        if not m:
            continue
        name, body, dbg = m.groups()
        loc = where.get(dbg)
        if loc is None:
            continue
        s = _SELECT.match(body)
        if s:
            lanes, previous = int(s.group(1) or 1), s.group(4)
            depth = rung_of[previous][3] + 1 if previous in rung_of else 1
            rung_of[name] = (previous, lanes, dbg, depth)
            continue
        f = _FMUL.match(body)
        if f and _is_rebias(f.group(2)):
            counts[loc]["rebias"] += int(f.group(1) or 1)
            continue
        p = _PACKED_ADD.match(body)
        if p:
            counts[loc]["packed-round"] += 2 * int(p.group(1) or 1)
            continue
        b = _BYTE_SHIFT.match(body)
        if b:
            counts[loc]["byte-shift"] += int(b.group(2) or 1)
            continue
        n = _NAN_SELECT.match(body)
        if n:
            counts[loc]["nan-select"] += int(n.group(1) or 1)
            continue
        t = _TRUNC.match(body)
        if t:
            counts[loc]["truncate"] += int(t.group(1) or 1)
    # A ladder ends at a rung no other rung continues; it counts when it is LADDER_RUNGS long.
    continued = {previous for previous, _, _, _ in rung_of.values()}
    for name, (_, lanes, dbg, depth) in rung_of.items():
        if name not in continued and depth >= LADDER_RUNGS:
            counts[where[dbg]]["ladder"] += lanes
    return {k: dict(v) for k, v in counts.items()}


KINDS = ("ladder", "rebias", "packed-round", "byte-shift", "nan-select", "truncate")


def software_conversions(llir: str, ttgir: str) -> list[dict]:
    """One entry per source line that converts FP8 in software, sorted by file and line.

    Each: ``file``, ``line``, ``format`` (e4m3fn, e4m3fnuz, e5m2, e5m2fnuz), ``src`` and ``dst``
    (fp8, fp16, bf16, fp32: the TTGIR's types, what the source asked for), ``values`` (FP8 values
    converted per program instance, i.e. per lane of the LLVM IR) and ``anchor`` (the kind that
    counted them, see the module docstring).
    """
    conversions = ttgir_conversions(ttgir)
    counts = llir_counts(llir)
    out = []
    for (file, line), (fmt, src, dst) in sorted(conversions.items()):
        kinds = counts.get((file, line), {})
        anchor = next((k for k in KINDS if kinds.get(k)), None)
        if anchor is None:
            continue                                  # converted in hardware
        out.append({"file": file, "line": line, "format": fmt, "src": src, "dst": dst,
                    "values": kinds[anchor], "anchor": anchor})
    return out


# --- LLVM IR: hardware conversions written as inline assembly -----------------------------------------

_INLINE_ASM = re.compile(r'\basm (?:sideeffect |alignstack |inteldialect |unwind )*"((?:[^"\\]|\\.)*)"')


def inline_asm_fp8(llir: str) -> list[str]:
    """FP8/BF8 instructions the LLVM IR writes as inline assembly (Triton 3.3 emits gfx942's FNUZ
    conversions so: ``asm "v_cvt_pk_f32_fp8 $0, $1"``), sorted and unique. They run in hardware
    although no intrinsic names them."""
    found = set()
    for body in _INLINE_ASM.findall(llir):
        for statement in re.split(r"\\0A|;|\n", body):
            words = statement.split()
            if words and words[0].startswith("v_") and re.search(r"fp8|bf8|f8f6f4|scalef32", words[0]):
                found.add(words[0])
    return sorted(found)

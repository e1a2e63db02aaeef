"""Every FP8 format, both directions, three wide types, five targets: compiled for real, analysed.

Ground truth does not come from the assembly analysis under test: a conversion is in hardware
exactly when Triton's LLVM IR calls an FP8 conversion intrinsic (llvm.amdgcn.cvt.*fp8*/*bf8*,
llvm.amdgcn.cvt.scalef32.*).
"""

from __future__ import annotations

import inspect
import re
import sys

import pytest
import triton
import triton.language as tl

from conftest import SAMPLES, compile_amd, wave_size
from isacheck.analysis import analyze_text
from isacheck.analysis.result import TRITON_FP8 as FP8

sys.path.insert(0, str(SAMPLES))
from ground_truth import software_conversions  # noqa: E402  (samples/ground_truth.py: the LLVM-IR count)

TARGETS = ("gfx1151", "gfx1100", "gfx1201", "gfx942", "gfx950")
WIDE = ("fp16", "bf16", "fp32")
BLOCK, WARPS = 256, 2
INTRINSIC = re.compile(r"llvm\.amdgcn\.cvt\.(?:[\w.]*(?:fp8|bf8)[\w.]*|scalef32[\w.]*)")


@triton.jit
def convert(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    y = x.to(y_ptr.dtype.element_ty)  # CONVERSION
    tl.store(y_ptr + offs, y, mask=offs < n)


_SOURCE, _FIRST = inspect.getsourcelines(convert.fn)
CONVERSION_LINE = _FIRST + next(i for i, line in enumerate(_SOURCE) if "# CONVERSION" in line)


def _compile(arch: str, src: str, dst: str):
    sig = {"x_ptr": "*" + src, "y_ptr": "*" + dst, "n": "i32", "BLOCK": "constexpr"}
    return compile_amd(convert, sig, {"BLOCK": BLOCK}, arch, num_warps=WARPS)


CASES = [(arch, dt, wide, direction) for arch in TARGETS for dt in FP8 for wide in WIDE for direction in ("up", "down")]


@pytest.mark.compile
@pytest.mark.parametrize("arch,dtype,wide,direction", CASES, ids=["-".join(c) for c in CASES])
def test_conversion_verdict_matches_what_the_compiler_emitted(arch, dtype, wide, direction):
    src, dst = (dtype, wide) if direction == "up" else (wide, dtype)
    k = _compile(arch, src, dst)
    hardware = bool(INTRINSIC.search(k.asm["llir"]))
    result = analyze_text(k.asm["amdgcn"], f"{arch}.s", target=arch).kernel("convert")
    fmt = FP8[dtype]
    if hardware:
        assert result.fp8 == "hardware", result
        assert result.hardware_fp8, "hardware verdict must name the instructions"
        assert not [s for s in result.emulation if not s.cheap]
        return
    assert result.fp8 in ("emulated", "cheap"), result
    assert not result.hardware_fp8
    # The LLVM IR's own count of the line's software conversions, and the TTGIR's direction.
    (truth,) = software_conversions(k.asm["llir"], k.asm["ttgir"])
    assert (truth["line"], truth["format"], truth["src"], truth["dst"]) == (CONVERSION_LINE, fmt, src_type(src), src_type(dst))
    # One site per converted value, in the direction the source asked for, all on the .to() line:
    # BLOCK elements over num_warps * wave lanes, each converted once.
    assert len(result.emulation) == truth["values"] == BLOCK // (WARPS * wave_size(arch))
    assert {(s.fmt, s.src, s.dst) for s in result.emulation} == {(fmt, truth["src"], truth["dst"])}
    assert {(s.loc.file, s.loc.line) for s in result.emulation} == {("test_fp8_idioms.py", CONVERSION_LINE)}
    if fmt == "e5m2" and direction == "up" and wide != "bf16":
        # e5m2 has fp16's exponent: the conversion is a byte shift, reported as cheap, never a ladder.
        assert result.fp8 == "cheap"
        assert {(s.idiom, s.cheap) for s in result.emulation} == {("shift", True)}
        return
    assert result.fp8 == "emulated"
    assert all(s.instructions >= 4 and not s.cheap for s in result.emulation)
    assert 0 < result.emulation_share <= 1


def src_type(name: str) -> str:
    return "fp8" if name in FP8 else name


@pytest.mark.compile
def test_e4m3fn_ladder_on_gfx1151_is_the_documented_ladder():
    """The subnormal ladder of e4m3fn -> fp16 on RDNA3.5: one site per value, ~24 VALU each."""
    k = _compile("gfx1151", "fp8e4nv", "fp16")
    result = analyze_text(k.asm["amdgcn"], "k.s", target="gfx1151").kernel("convert")
    per_thread = BLOCK // (WARPS * 32)
    assert [(s.fmt, s.src, s.dst, s.idiom) for s in result.emulation] == [("e4m3fn", "fp8", "fp16", "subnormal-ladder")] * per_thread
    assert all(22 <= s.instructions <= 26 for s in result.emulation)
    assert result.formats == ("e4m3fn",)

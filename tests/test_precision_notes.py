"""The missed-hardware-path note names the instruction for the direction and format at hand.

Ground truth is the compiler's own choice, not isacheck's table: gfx942 has the very conversion
instructions gfx1201 has (``v_cvt_pk_f32_fp8``, ``v_cvt_pk_fp8_f32``, ``v_cvt_pk_f32_bf8``,
``v_cvt_pk_bf8_f32``, ...) and Triton uses them there for the FNUZ twin of each format; the LLVM IR
of that compile names the intrinsic (``llvm.amdgcn.cvt.pk.bf8.f32`` is ``v_cvt_pk_bf8_f32``). On
gfx1201, where Triton 3.9 converts the same cast in software, the note must cite that instruction.
"""

from __future__ import annotations

import re

import pytest
import triton
import triton.language as tl

from conftest import compile_amd
from isacheck.analysis import analyze_text

BLOCK, WARPS = 256, 2
TWIN = {"fp8e4nv": "fp8e4b8", "fp8e5": "fp8e5b16"}      # OCP format -> its FNUZ twin on gfx942
CVT = re.compile(r"@llvm\.amdgcn\.cvt\.(pk\.[a-z0-9]+\.[a-z0-9]+)\(")


@triton.jit
def cast(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(y_ptr + offs, x.to(y_ptr.dtype.element_ty), mask=offs < n)


def _compile(arch: str, src: str, dst: str):
    sig = {"x_ptr": "*" + src, "y_ptr": "*" + dst, "n": "i32", "BLOCK": "constexpr"}
    return compile_amd(cast, sig, {"BLOCK": BLOCK}, arch, num_warps=WARPS)


CASES = [(dtype, wide, up) for dtype in TWIN for wide in ("fp16", "fp32") for up in (True, False)]


@pytest.mark.compile
@pytest.mark.parametrize("dtype,wide,up", CASES, ids=[f"{d}-{w}-{'up' if u else 'down'}" for d, w, u in CASES])
def test_gfx1201_note_names_the_instruction_the_compiler_uses_for_that_direction(dtype, wide, up):
    src, dst = (dtype, wide) if up else (wide, dtype)
    twin = (TWIN[dtype], wide) if up else (wide, TWIN[dtype])
    used = sorted(set(CVT.findall(_compile("gfx942", *twin).asm["llir"])))
    assert len(used) == 1, used                       # one conversion instruction for one cast
    expected = "v_cvt_" + used[0].replace(".", "_")
    k = _compile("gfx1201", src, dst)
    assert not CVT.search(k.asm["llir"])              # Triton 3.9 converts it in software here
    result = analyze_text(k.asm["amdgcn"], "cast.s", target="gfx1201").kernel("cast")
    assert result.fp8 in ("emulated", "cheap")
    (note,) = result.target_notes
    assert f"gfx1201 has {expected} but this kernel converts in software" in note
    assert set(re.findall(r"v_cvt_\w+", note)) - {"v_cvt_f32_f16"} == {expected}


@triton.jit
def roundtrip(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n).to(tl.float32)
    tl.store(y_ptr + offs, (x * 2.0).to(y_ptr.dtype.element_ty), mask=offs < n)


@pytest.mark.compile
def test_one_note_per_direction_when_a_kernel_converts_both_ways():
    """A kernel that dequantises and requantises e4m3fn gets a note for each direction."""
    sig = {"x_ptr": "*fp8e4nv", "y_ptr": "*fp8e4nv", "n": "i32", "BLOCK": "constexpr"}
    k = compile_amd(roundtrip, sig, {"BLOCK": BLOCK}, "gfx1201", num_warps=WARPS)
    result = analyze_text(k.asm["amdgcn"], "roundtrip.s", target="gfx1201").kernel("roundtrip")
    assert result.directions == ("fp32 -> fp8", "fp8 -> fp32")
    assert result.target_notes == (
        "gfx1201 has v_cvt_pk_fp8_f32 but this kernel converts in software (e4m3fn, fp32 -> fp8): "
        "a missed hardware path.",
        "gfx1201 has v_cvt_pk_f32_fp8 but this kernel converts in software (e4m3fn, fp8 -> fp32): "
        "a missed hardware path.",
    )

"""Controls for the FP8 verdict on real Triton compiles, beyond the elementwise casts.

Negative controls: kernels with no FP8 in them whose code looks like parts of a conversion (fp16
clamps to 448 and 2^-6, NaN selects, int8 quantisation, byte packing, int8/fp16/bf16 GEMMs) must
say ``none`` on every target. Byte packing is the hard one: `(hi << 8) | lo` and int8 GEMM operand
packing shift a loaded byte by 8 exactly like e5m2 -> fp16 does.

Positive controls in GEMMs: the FP8 operands are read back from LDS as whole words and converted
there, with no byte load in sight, so e5m2 is found by following the shifted bytes into the fp16
matrix instruction, and e5m2fnuz by its rebias (a 16-bit add of 0xfc00, printed 0xfffffc00).
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import pytest
import triton
import triton.language as tl

from conftest import compile_amd
from isacheck.analysis import analyze_text

pytestmark = pytest.mark.compile

HERE = Path(__file__)


def line_of(marker: str) -> int:
    return next(i for i, line in enumerate(HERE.read_text().splitlines(), 1) if line.rstrip().endswith(marker))


@triton.jit
def softmax_fp16(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + row * n + offs, mask=offs < n, other=-float("inf")).to(tl.float32)
    x = x - tl.max(x, 0)
    e = tl.exp(x)
    tl.store(y_ptr + row * n + offs, (e / tl.sum(e, 0)).to(tl.float16), mask=offs < n)


@triton.jit
def clamp_select_fp16(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    # e4m3's largest value, its smallest normal and a NaN select, in plain fp16 arithmetic
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n, other=0.0)
    y = tl.where(x > 448.0, 448.0, x)
    y = tl.where(y < -448.0, -448.0, y)
    y = tl.where(tl.abs(y) < 0.015625, 0.0, y)
    y = tl.where(x != x, 0.0, y)
    tl.store(y_ptr + offs, y, mask=offs < n)


@triton.jit
def int8_quant(x_ptr, q_ptr, s_ptr, n, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + row * n + offs, mask=offs < n, other=0.0).to(tl.float32)
    scale = tl.maximum(tl.max(tl.abs(x), 0), 1e-6) / 127.0
    q = tl.clamp(x / scale + 0.5, -128.0, 127.0).to(tl.int8)
    tl.store(q_ptr + row * n + offs, q, mask=offs < n)
    tl.store(s_ptr + row, scale)


@triton.jit
def pack_bytes(lo_ptr, hi_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    lo = tl.load(lo_ptr + offs, mask=offs < n, other=0).to(tl.uint16)
    hi = tl.load(hi_ptr + offs, mask=offs < n, other=0).to(tl.uint16)
    tl.store(y_ptr + offs, (hi << 8) | lo, mask=offs < n)


@triton.jit
def gemm(a_ptr, b_ptr, c_ptr, M, N, K, BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    rm = tl.program_id(0) * BM + tl.arange(0, BM)
    rn = tl.program_id(1) * BN + tl.arange(0, BN)
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k in range(0, K, BK):
        a = tl.load(a_ptr + rm[:, None] * K + (k + rk)[None, :])  # MARK: a-load
        b = tl.load(b_ptr + (k + rk)[:, None] * N + rn[None, :])  # MARK: b-load
        acc += tl.dot(a, b)  # MARK: dot
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc.to(c_ptr.dtype.element_ty))


@triton.jit
def gemm_upcast(a_ptr, b_ptr, c_ptr, M, N, K, BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr,
                UP: tl.constexpr):
    rm = tl.program_id(0) * BM + tl.arange(0, BM)
    rn = tl.program_id(1) * BN + tl.arange(0, BN)
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k in range(0, K, BK):
        a = tl.load(a_ptr + rm[:, None] * K + (k + rk)[None, :]).to(UP)  # MARK: a-upcast
        b = tl.load(b_ptr + (k + rk)[:, None] * N + rn[None, :]).to(UP)  # MARK: b-upcast
        acc += tl.dot(a, b)
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc.to(c_ptr.dtype.element_ty))  # MARK: c-store


ELEMENTWISE = {"n": "i32", "BLOCK": "constexpr"}
GEMM = {"M": "i32", "N": "i32", "K": "i32", "BM": "constexpr", "BN": "constexpr", "BK": "constexpr"}
TILE = {"BM": 64, "BN": 64, "BK": 64}

NEGATIVE = {
    "softmax_fp16": (softmax_fp16, {"x_ptr": "*fp16", "y_ptr": "*fp16", **ELEMENTWISE}, {"BLOCK": 1024}),
    "clamp_select_fp16": (clamp_select_fp16, {"x_ptr": "*fp16", "y_ptr": "*fp16", **ELEMENTWISE}, {"BLOCK": 1024}),
    "int8_quant": (int8_quant, {"x_ptr": "*fp16", "q_ptr": "*i8", "s_ptr": "*fp32", **ELEMENTWISE}, {"BLOCK": 1024}),
    "pack_bytes": (pack_bytes, {"lo_ptr": "*u8", "hi_ptr": "*u8", "y_ptr": "*u16", **ELEMENTWISE}, {"BLOCK": 1024}),
    "gemm_fp16": (gemm, {"a_ptr": "*fp16", "b_ptr": "*fp16", "c_ptr": "*fp16", **GEMM}, TILE),
    "gemm_bf16": (gemm, {"a_ptr": "*bf16", "b_ptr": "*bf16", "c_ptr": "*bf16", **GEMM}, TILE),
    "gemm_int8": (gemm, {"a_ptr": "*i8", "b_ptr": "*i8", "c_ptr": "*i32", **GEMM}, TILE),
}
TARGETS = ("gfx90a", "gfx942", "gfx950", "gfx1151", "gfx1201")


def analyse(fn, signature: dict, constexprs: dict, arch: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # Triton warns that fp8e5b16 is upcast on gfx950
        kernel = compile_amd(fn, signature, constexprs, arch, num_warps=4)
    (k,) = analyze_text(kernel.asm["amdgcn"], f"{fn.__name__}.amdgcn", target=arch).kernels
    return k


@pytest.mark.parametrize("arch", TARGETS)
@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_kernels_without_fp8_say_none(name, arch):
    k = analyse(*NEGATIVE[name], arch)
    assert (k.fp8, k.emulation, k.hardware_fp8) == ("none", (), ())


def test_int8_gemm_uses_the_int8_matrix_units_and_no_fp8():
    # gfx1151's alternative to FP8 (isacheck supports says so): int8 WMMA, and no e5m2 shift sites
    k = analyse(*NEGATIVE["gemm_int8"], "gfx1151")
    assert [m.mnemonic for m in k.matrix] == ["v_wmma_i32_16x16x16_iu8"]
    assert k.fp8 == "none"


@pytest.mark.parametrize("arch, matrix", [
    ("gfx90a", "v_mfma_f32_32x32x8f16"),
    ("gfx942", "v_mfma_f32_32x32x8_f16"),
    ("gfx1100", "v_wmma_f32_16x16x16_f16"),
    ("gfx1151", "v_wmma_f32_16x16x16_f16"),
])
def test_e5m2_gemm_converts_by_byte_shifts_on_both_operand_loads(arch, matrix):
    sig = {"a_ptr": "*fp8e5", "b_ptr": "*fp8e5", "c_ptr": "*fp16", **GEMM}
    k = analyse(gemm, sig, TILE, arch)
    assert k.fp8 == "cheap" and k.formats == ("e5m2",)
    assert {(s.src, s.dst, s.idiom) for s in k.emulation} == {("fp8", "fp16", "shift")}
    per_line = Counter(s.loc.line for s in k.emulation)
    # both operands are converted where they are loaded (A and B layouts differ: so may the counts)
    assert sorted(per_line) == [line_of("# MARK: a-load"), line_of("# MARK: b-load")]
    assert [m.mnemonic for m in k.matrix] == [matrix]
    (note,) = k.target_notes
    assert note.startswith("e5m2 -> fp16 is a byte shift here (no ladder, cheap)")
    if arch == "gfx942":      # FNUZ hardware: the e5m2fnuz twin would run on it
        assert note.endswith("natively: fp8e5b16 (torch.float8_e5m2fnuz) would run on the hardware.")
    else:
        assert "has no FP8 instructions" in note


@pytest.mark.parametrize("arch, where", [("gfx1151", ("a-load", "b-load")), ("gfx1201", ("a-load", "b-load")),
                                         ("gfx950", ("dot",))])
def test_e5m2fnuz_gemm_is_emulated_where_only_gfx942_has_it(arch, where):
    """gfx950 runs OCP FP8 only; Triton upcasts the FNUZ operands at the dot there (it warns so)."""
    sig = {"a_ptr": "*fp8e5b16", "b_ptr": "*fp8e5b16", "c_ptr": "*fp16", **GEMM}
    k = analyse(gemm, sig, TILE, arch)
    assert k.fp8 == "emulated" and k.formats == ("e5m2fnuz",)
    assert {(s.src, s.dst, s.idiom) for s in k.emulation} == {("fp8", "fp16", "rebias")}
    assert {s.loc.line for s in k.emulation} == {line_of(f"# MARK: {w}") for w in where}
    assert any(m.fed_by_emulation for m in k.matrix)


def test_e5m2fnuz_gemm_on_gfx942_is_hardware():
    sig = {"a_ptr": "*fp8e5b16", "b_ptr": "*fp8e5b16", "c_ptr": "*fp16", **GEMM}
    k = analyse(gemm, sig, TILE, "gfx942")
    assert k.fp8 == "hardware" and k.emulation == ()
    assert [m.mnemonic for m in k.matrix] == ["v_mfma_f32_32x32x16_bf8_bf8"]


UPCAST = {"M": "i32", "N": "i32", "K": "i32", "BM": "constexpr", "BN": "constexpr", "BK": "constexpr",
          "UP": "constexpr"}


@pytest.mark.parametrize("dtype, up, arch, fmt, direction", [
    ("fp8e4nv", tl.bfloat16, "gfx1151", "e4m3fn", "fp8 -> bf16"),
    ("fp8e4b8", tl.float16, "gfx1201", "e4m3fnuz", "fp8 -> fp16"),     # gfx1201 runs OCP only
    ("fp8e5", tl.bfloat16, "gfx942", "e5m2", "fp8 -> bf16"),          # gfx942 runs FNUZ only
    # gfx1201 has v_cvt_pk_f32_fp8, yet this LLVM converts an explicit upcast to bf16 in software
    ("fp8e4nv", tl.bfloat16, "gfx1201", "e4m3fn", "fp8 -> bf16"),
])
def test_explicit_upcast_in_a_gemm_is_emulated_on_the_load_lines(dtype, up, arch, fmt, direction):
    sig = {"a_ptr": f"*{dtype}", "b_ptr": f"*{dtype}", "c_ptr": "*fp32", **UPCAST}
    k = analyse(gemm_upcast, sig, {"BM": 64, "BN": 64, "BK": 32, "UP": up}, arch)
    assert (k.fp8, k.formats, k.directions, k.hardware_fp8) == ("emulated", (fmt,), (direction,), ())
    assert {s.loc.line for s in k.emulation} == {line_of("# MARK: a-upcast"), line_of("# MARK: b-upcast")}
    if arch == "gfx1201" and fmt == "e4m3fn":
        assert k.target_notes == ("gfx1201 has v_cvt_pk_f32_fp8 but this kernel converts in software (e4m3fn): "
                                  "a missed hardware path.",)


@pytest.mark.parametrize("dtype, arch, verdict, evidence", [
    ("fp8e4nv", "gfx1151", "emulated", "e4m3fn"),
    ("fp8e5", "gfx1201", "emulated", "e5m2"),
    ("fp8e4b8", "gfx942", "hardware", "v_cvt_pk_fp8_f32"),
    ("fp8e4nv", "gfx950", "hardware", "v_cvt_scalef32_pk_fp8_f32"),
])
def test_fp8_output_quantisation_in_a_gemm_epilogue(dtype, arch, verdict, evidence):
    sig = {"a_ptr": "*fp16", "b_ptr": "*fp16", "c_ptr": f"*{dtype}", **UPCAST}
    k = analyse(gemm_upcast, sig, {"BM": 64, "BN": 64, "BK": 32, "UP": tl.float16}, arch)
    assert k.fp8 == verdict
    if verdict == "emulated":
        assert (k.formats, k.directions) == ((evidence,), ("fp32 -> fp8",))
        assert {s.loc.line for s in k.emulation} == {line_of("# MARK: c-store")}
    else:
        assert k.emulation == () and evidence in [c.mnemonic for c in k.hardware_fp8]

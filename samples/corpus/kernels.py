"""Small Triton kernels that make the AMD backend emit as many assembly constructs as it can.

They are the syntax coverage corpus of isacheck's grammar (issue 8): every line of every dump that
samples/corpus/regen.py compiles from them must parse (tests/test_syntax_corpus.py), and every
distinct line shape must be accepted by LLVM's own assembler when isacheck accepts it
(tests/test_syntax_llvm.py). What each kernel is for is said above it; none is a benchmark.

Plain ``@triton.jit`` code importing only ``triton`` and ``triton.language``; the signatures and
constexprs each is compiled with are in ``JOBS`` at the bottom, read by regen.py.
"""

import triton
import triton.language as tl


# Reductions: cross-lane sums, maxima and argmin are DPP (row_shr, row_bcast, row_half_mirror on
# gfx9), permlane/ds_swizzle and readlane sequences.
@triton.jit
def reduce_rows(x_ptr, sum_ptr, max_ptr, arg_ptr, n, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + row * n + offs, mask=offs < n, other=0.0)
    tl.store(sum_ptr + row, tl.sum(x, axis=0))
    tl.store(max_ptr + row, tl.max(x, axis=0))
    tl.store(arg_ptr + row, tl.argmin(x, axis=0))


# Integer reductions (min/max/xor on i32) take the other DPP and SALU paths.
@triton.jit
def reduce_int(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n, other=0)
    tl.store(out_ptr + 0, tl.min(x, axis=0))
    tl.store(out_ptr + 1, tl.max(x, axis=0))
    tl.store(out_ptr + 2, tl.xor_sum(x, axis=0))


# Scans: prefix sums across lanes and warps (DPP row_shr, ds_swizzle/permlane, LDS exchange).
@triton.jit
def scan_rows(x_ptr, y_ptr, z_ptr, BLOCK: tl.constexpr):
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs)
    tl.store(y_ptr + offs, tl.cumsum(x, axis=0))
    tl.store(z_ptr + offs, tl.cumprod(x.to(tl.float32), axis=0))


# Atomics: global fp32 add, integer min/max/and/or/xor, exchange, compare-and-swap.
@triton.jit
def atomics(x_ptr, f_ptr, i_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=0)
    tl.atomic_add(f_ptr + (offs % 8), x.to(tl.float32), mask=mask)
    slot = i_ptr + (offs % 4)
    tl.atomic_max(slot, x, mask=mask)
    tl.atomic_min(slot + 4, x, mask=mask)
    tl.atomic_and(slot + 8, x, mask=mask)
    tl.atomic_or(slot + 12, x, mask=mask)
    tl.atomic_xor(slot + 16, x, mask=mask)
    old = tl.atomic_xchg(slot + 20, x, mask=mask)
    tl.atomic_cas(slot + 24, old, x)
    tl.atomic_add(slot + 28, x, sem="relaxed", scope="cta")
    tl.atomic_add(f_ptr + 8, tl.sum(x, axis=0).to(tl.float32))


# A sort (bitonic network of selects and cross-lane shuffles) and a histogram (LDS atomics).
@triton.jit
def sort_histogram(x_ptr, y_ptr, h_ptr, BLOCK: tl.constexpr, BINS: tl.constexpr):
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs)
    tl.store(y_ptr + offs, tl.sort(x, descending=True))
    tl.store(h_ptr + tl.arange(0, BINS), tl.histogram(x % BINS, BINS))


# Selects everywhere: chained tl.where, clamps, NaN tests (v_cndmask, v_cmp_class, s_cselect).
@triton.jit
def where_heavy(x_ptr, y_ptr, out_ptr, n, lo, hi, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=0.0)
    y = tl.load(y_ptr + offs, mask=mask, other=1.0)
    r = tl.where(x > y, x - y, y - x)
    r = tl.where(x != x, 0.0, r)
    r = tl.where(r > hi, hi, tl.where(r < lo, lo, r))
    r = tl.where((offs % 3) == 0, -r, r)
    r = tl.clamp(r, -448.0, 448.0)
    r = tl.minimum(r, tl.maximum(x, y))
    tl.store(out_ptr + offs, r, mask=mask)


# Integer division and remainder: i32 (reciprocal sequences), u32 and i64 (long division loops).
@triton.jit
def int_division(a_ptr, b_ptr, c_ptr, d_ptr, q_ptr, r_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    a = tl.load(a_ptr + offs, mask=mask, other=1)
    b = tl.load(b_ptr + offs, mask=mask, other=1)
    c = tl.load(c_ptr + offs, mask=mask, other=1)
    d = tl.load(d_ptr + offs, mask=mask, other=1)
    tl.store(q_ptr + offs, a // b + (a.to(tl.uint32) // 7).to(tl.int32), mask=mask)
    tl.store(r_ptr + offs, (c // d) + (c % d) + (c % 1000003), mask=mask)


# fp64: add/mul/fma, division (v_div_scale_f64 ...), sqrt, conversions to and from fp32/i32.
@triton.jit
def fp64_math(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=1.0)
    y = tl.load(y_ptr + offs, mask=mask, other=2.0)
    r = tl.fma(x, y, x / y) + tl.sqrt(tl.abs(x)) - offs.to(tl.float64)
    r = r + (r.to(tl.float32) * 0.5).to(tl.float64)
    tl.store(out_ptr + offs, r, mask=mask)


# fp32 math library: exp/log/sin/cos/erf, precise division (v_div_scale/v_div_fmas/v_div_fixup),
# rsqrt, rounding; on gfx11+ the independent fp32 ops pair up as VOPD dual issue (v_dual_*).
@triton.jit
def fp32_math(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=1.0)
    y = tl.load(y_ptr + offs, mask=mask, other=2.0)
    a = tl.exp(x) * tl.log(tl.abs(y) + 1.0) + tl.sin(x) * tl.cos(y)
    b = tl.math.div_rn(x, y) + tl.math.rsqrt(tl.abs(x) + 1.0) + tl.math.erf(y)
    c = tl.floor(x * 3.0) + tl.math.ceil(y) + tl.math.exp2(-x) + tl.math.fdiv(x, y + 3.0)
    tl.store(out_ptr + offs, a + b * c, mask=mask)


# 8/16/64-bit loads and stores, sign and zero extension, fp16/bf16 packed math (v_pk_*, op_sel,
# 16-bit register halves v1.l/v1.h on gfx11+), mixed-precision FMA (v_fma_mix).
@triton.jit
def narrow_wide(i8_ptr, u8_ptr, i16_ptr, h_ptr, bf_ptr, i64_ptr, o8_ptr, o16_ptr, oh_ptr, o64_ptr,
                n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    a = tl.load(i8_ptr + offs, mask=mask, other=0)
    b = tl.load(u8_ptr + offs, mask=mask, other=0)
    c = tl.load(i16_ptr + offs, mask=mask, other=0)
    h = tl.load(h_ptr + offs, mask=mask, other=0.0)
    g = tl.load(bf_ptr + offs, mask=mask, other=0.0)
    w = tl.load(i64_ptr + offs, mask=mask, other=0)
    tl.store(o8_ptr + offs, (a + b.to(tl.int8)) >> 1, mask=mask)
    tl.store(o16_ptr + offs, (c * 3 + a.to(tl.int16)).to(tl.int16), mask=mask)
    tl.store(oh_ptr + offs, h * h + g.to(tl.float16) * 0.5, mask=mask)
    tl.store(o64_ptr + offs, w * 7 + (w >> 3) + c.to(tl.int64) + (h.to(tl.float32) * g.to(tl.float32)).to(tl.int64),
             mask=mask)


# Gathers and scatters through computed offsets: buffer_load/buffer_store where offsets are known
# to be small (Triton's buffer ops), global_load/flat otherwise; byte permutes (v_perm_b32).
@triton.jit
def gather_scatter(x_ptr, idx_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    idx = tl.load(idx_ptr + offs, mask=mask, other=0)
    x = tl.load(x_ptr + idx, mask=mask, other=0)
    y = (x << 8) | (x >> 24) | ((x & 0xff00) << 8)
    tl.store(out_ptr + (n - 1 - offs), y, mask=mask)


# Bit manipulation: popcount, count leading zeros, unsigned multiply-high, bitcasts, shifts.
@triton.jit
def bit_ops(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=0)
    r = tl.extra.hip.libdevice.popc(x) + tl.extra.hip.libdevice.clz(x) + tl.umulhi(x, 0x1E3779B9)
    f = (x.to(tl.float32, bitcast=True) * 2.0).to(tl.int32, bitcast=True)
    tl.store(out_ptr + offs, r ^ f ^ (x << 3) ^ (x >> 5), mask=mask)


# An fp16 softmax row: reductions, exp2, fp16 <-> fp32 conversions.
@triton.jit
def softmax_fp16(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + row * n + offs, mask=offs < n, other=-float("inf")).to(tl.float32)
    e = tl.exp(x - tl.max(x, axis=0))
    tl.store(y_ptr + row * n + offs, (e / tl.sum(e, axis=0)).to(tl.float16), mask=offs < n)


# A pipelined GEMM: LDS stores and reads (ds_write/ds_read, ds_read_b64_tr / ds_load_tr on newer
# targets), barriers, MFMA (gfx9) or WMMA (gfx11+) on fp16, bf16, int8 and fp8 tiles.
@triton.jit
def gemm(a_ptr, b_ptr, c_ptr, M, N, K, stride_am, stride_bk, stride_cm,
         BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    rm = pid_m * BM + tl.arange(0, BM)
    rn = pid_n * BN + tl.arange(0, BN)
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, BN), dtype=c_ptr.dtype.element_ty)
    for k in range(0, K, BK):
        a = tl.load(a_ptr + rm[:, None] * stride_am + (k + rk)[None, :])
        b = tl.load(b_ptr + (k + rk)[:, None] * stride_bk + rn[None, :])
        acc += tl.dot(a, b, out_dtype=c_ptr.dtype.element_ty)
    tl.store(c_ptr + rm[:, None] * stride_cm + rn[None, :], acc)


# Microscaled GEMM (tl.dot_scaled): scaled MFMA v_mfma_scale_f32_*_f8f6f4 on gfx950 (with
# cbsz/blgp and op_sel), WMMA scale forms on gfx1250; other targets emulate it.
@triton.jit
def gemm_scaled(a_ptr, a_scale_ptr, b_ptr, b_scale_ptr, c_ptr,
                BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr,
                A_FMT: tl.constexpr, B_FMT: tl.constexpr):
    A_DIV: tl.constexpr = 2 if A_FMT == "e2m1" else 1
    B_DIV: tl.constexpr = 2 if B_FMT == "e2m1" else 1
    rm = tl.arange(0, BM)
    rn = tl.arange(0, BN)
    a = tl.load(a_ptr + rm[:, None] * (BK // A_DIV) + tl.arange(0, BK // A_DIV)[None, :])
    b = tl.load(b_ptr + tl.arange(0, BK // B_DIV)[:, None] * BN + rn[None, :])
    rs = tl.arange(0, BK // 32)
    a_scale = tl.load(a_scale_ptr + rm[:, None] * (BK // 32) + rs[None, :])
    b_scale = tl.load(b_scale_ptr + rn[:, None] * (BK // 32) + rs[None, :])
    c = tl.dot_scaled(a, a_scale, A_FMT, b, b_scale, B_FMT)
    tl.store(c_ptr + rm[:, None] * BN + rn[None, :], c)


_I32 = "i32"
_GEMM_SIG = {"M": _I32, "N": _I32, "K": _I32, "stride_am": _I32, "stride_bk": _I32, "stride_cm": _I32}


def _gemm(a, c):
    return {"a_ptr": f"*{a}", "b_ptr": f"*{a}", "c_ptr": f"*{c}", **_GEMM_SIG}


# name -> (jit function, signature, constexprs, options). Small blocks keep the dumps small.
JOBS = {
    "reduce_rows": (reduce_rows, {"x_ptr": "*fp32", "sum_ptr": "*fp32", "max_ptr": "*fp32", "arg_ptr": "*i32",
                                  "n": _I32}, {"BLOCK": 256}, {"num_warps": 4}),
    "reduce_int": (reduce_int, {"x_ptr": "*i32", "out_ptr": "*i32", "n": _I32}, {"BLOCK": 256}, {"num_warps": 2}),
    "scan_rows": (scan_rows, {"x_ptr": "*i32", "y_ptr": "*i32", "z_ptr": "*fp32"}, {"BLOCK": 256}, {"num_warps": 4}),
    "atomics": (atomics, {"x_ptr": "*i32", "f_ptr": "*fp32", "i_ptr": "*i32", "n": _I32}, {"BLOCK": 128},
                {"num_warps": 2}),
    "sort_histogram": (sort_histogram, {"x_ptr": "*i32", "y_ptr": "*i32", "h_ptr": "*i32"},
                       {"BLOCK": 128, "BINS": 16}, {"num_warps": 2}),
    "where_heavy": (where_heavy, {"x_ptr": "*fp32", "y_ptr": "*fp32", "out_ptr": "*fp32", "n": _I32,
                                  "lo": "fp32", "hi": "fp32"}, {"BLOCK": 256}, {"num_warps": 4}),
    "int_division": (int_division, {"a_ptr": "*i32", "b_ptr": "*i32", "c_ptr": "*i64", "d_ptr": "*i64",
                                    "q_ptr": "*i32", "r_ptr": "*i64", "n": _I32}, {"BLOCK": 128},
                     {"num_warps": 2}),
    "fp64_math": (fp64_math, {"x_ptr": "*fp64", "y_ptr": "*fp64", "out_ptr": "*fp64", "n": _I32},
                  {"BLOCK": 128}, {"num_warps": 2}),
    "fp32_math": (fp32_math, {"x_ptr": "*fp32", "y_ptr": "*fp32", "out_ptr": "*fp32", "n": _I32},
                  {"BLOCK": 256}, {"num_warps": 4}),
    "narrow_wide": (narrow_wide, {"i8_ptr": "*i8", "u8_ptr": "*u8", "i16_ptr": "*i16", "h_ptr": "*fp16",
                                  "bf_ptr": "*bf16", "i64_ptr": "*i64", "o8_ptr": "*i8", "o16_ptr": "*i16",
                                  "oh_ptr": "*fp16", "o64_ptr": "*i64", "n": _I32}, {"BLOCK": 256},
                    {"num_warps": 4}),
    "gather_scatter": (gather_scatter, {"x_ptr": "*i32", "idx_ptr": "*i32", "out_ptr": "*i32", "n": _I32},
                       {"BLOCK": 256}, {"num_warps": 4}),
    "bit_ops": (bit_ops, {"x_ptr": "*i32", "out_ptr": "*i32", "n": _I32}, {"BLOCK": 256}, {"num_warps": 4}),
    "softmax_fp16": (softmax_fp16, {"x_ptr": "*fp16", "y_ptr": "*fp16", "n": _I32}, {"BLOCK": 512},
                     {"num_warps": 4}),
    "gemm_fp16": (gemm, _gemm("fp16", "fp32"), {"BM": 32, "BN": 32, "BK": 32}, {"num_warps": 4, "num_stages": 2}),
    "gemm_bf16": (gemm, _gemm("bf16", "fp32"), {"BM": 32, "BN": 32, "BK": 32}, {"num_warps": 4, "num_stages": 2}),
    "gemm_int8": (gemm, _gemm("i8", "i32"), {"BM": 32, "BN": 32, "BK": 64}, {"num_warps": 4, "num_stages": 2}),
    "gemm_fp8": (gemm, _gemm("fp8e4nv", "fp32"), {"BM": 16, "BN": 16, "BK": 64}, {"num_warps": 2, "num_stages": 2}),
    "gemm_scaled_mxfp8": (gemm_scaled, {"a_ptr": "*fp8e4nv", "a_scale_ptr": "*u8", "b_ptr": "*fp8e4nv",
                                        "b_scale_ptr": "*u8", "c_ptr": "*fp32"},
                          {"BM": 32, "BN": 32, "BK": 128, "A_FMT": "e4m3", "B_FMT": "e4m3"}, {"num_warps": 4}),
    "gemm_scaled_mxfp4": (gemm_scaled, {"a_ptr": "*u8", "a_scale_ptr": "*u8", "b_ptr": "*u8",
                                        "b_scale_ptr": "*u8", "c_ptr": "*fp32"},
                          {"BM": 32, "BN": 32, "BK": 128, "A_FMT": "e2m1", "B_FMT": "e2m1"}, {"num_warps": 4}),
}

# Jobs compiled for some targets only: elsewhere tl.dot_scaled is emulated with ordinary
# instructions (the other dumps cover them) in dumps several times larger.
ONLY_ON = {
    # gfx11 has no FP8: the fp8 tile is converted by a select ladder per element (~350 KB of
    # assembly); gfx1151 keeps one copy of it, gfx1100's would be the same text again.
    "gemm_fp8": ("gfx90a", "gfx942", "gfx950", "gfx1151", "gfx1201", "gfx1250"),
    "gemm_scaled_mxfp8": ("gfx950", "gfx1250"),
    "gemm_scaled_mxfp4": ("gfx950", "gfx1250"),
}

"""An FP8 W8A8 GEMM with DeepSeek-style 128x128 block scales (C = A @ B, bf16 out).

What it models: vLLM's ``w8a8_block_fp8_matmul`` Triton kernel, the dense-layer counterpart of
the fused MoE. A (M x K) and B (K x N) are FP8; the quantisation scales are per block:

* ``a_scale`` per (row of A, K-block of ``group_k`` columns): shape M x ceil(K / group_k);
* ``b_scale`` per (K-block, N-block of ``group_n`` columns): shape ceil(K / group_k) x
  ceil(N / group_n).

Every K step runs ``tl.dot`` on the FP8 tiles (hardware FP8 MFMA/WMMA where the target has it),
rescales the fp32 partial product by the two scales and adds it to an fp32 accumulator; the
result is stored as bf16. BLOCK_K equals group_k, so one K step is one scale block.
"""

import triton
import triton.language as tl


@triton.jit
def w8a8_block_fp8_matmul(
    a_ptr, b_ptr, c_ptr, a_scale_ptr, b_scale_ptr,
    M, N, K,
    stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
    stride_as_m, stride_as_k, stride_bs_k, stride_bs_n,
    group_n: tl.constexpr, group_k: tl.constexpr,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    # Rows and columns past the edge are wrapped (not masked) so that A/B loads need no mask;
    # the store below masks them out.
    offs_am = (pid_m * BLOCK_M + tl.arange(0, BLOCK_M)) % M
    offs_bn = (pid_n * BLOCK_N + tl.arange(0, BLOCK_N)) % N
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + offs_am[:, None] * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None] * stride_bk + offs_bn[None, :] * stride_bn

    a_scale_ptrs = a_scale_ptr + offs_am * stride_as_m
    b_scale_ptrs = b_scale_ptr + (offs_bn // group_n) * stride_bs_n

    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        k_remaining = K - k * BLOCK_K
        a = tl.load(a_ptrs, mask=offs_k[None, :] < k_remaining, other=0.0)
        b = tl.load(b_ptrs, mask=offs_k[:, None] < k_remaining, other=0.0)
        offs_ks = (k * BLOCK_K) // group_k
        a_s = tl.load(a_scale_ptrs + offs_ks * stride_as_k)
        b_s = tl.load(b_scale_ptrs + offs_ks * stride_bs_k)
        # FP8 x FP8 -> fp32, then the block scales of this K step.
        acc += tl.dot(a, b) * a_s[:, None] * b_s[None, :]
        a_ptrs += BLOCK_K * stride_ak
        b_ptrs += BLOCK_K * stride_bk

    offs_cm = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_cn = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    c_ptrs = c_ptr + offs_cm[:, None] * stride_cm + offs_cn[None, :] * stride_cn
    c_mask = (offs_cm[:, None] < M) & (offs_cn[None, :] < N)
    tl.store(c_ptrs, acc.to(c_ptr.dtype.element_ty), mask=c_mask)

"""A kernel that really spills: an FP8 GEMM whose tile is too big for the register file.

What it models: an autotuning config that overshoots. A 256 x 256 fp32 accumulator on two warps
is 65536 / (2 x 64) = 512 values per lane in wave64 and 1024 in wave32, while a lane has at most
256 VGPRs (plus 256 AGPRs on CDNA, which MFMA accumulators may use). The accumulator alone does
not fit on any target, so LLVM spills it to scratch across the K loop ("Folded Spill" /
scratch_store, ScratchSize > 0), also on gfx942/gfx950 where FP8 runs in hardware: this is the
spill that FP8 emulation did not cause, for isacheck to tell apart from the one it did.
"""

import triton
import triton.language as tl


@triton.jit
def oversized_tile_fp8_gemm(a_ptr, b_ptr, c_ptr, M, N, K, stride_am, stride_bn, stride_cm,
                            BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr):
    # A is M x K row-major, B is N x K row-major (K contiguous, as FP8 weights are stored),
    # C = A @ B^T in fp32.
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + offs_m[:, None] * stride_am + offs_k[None, :]
    b_ptrs = b_ptr + offs_n[None, :] * stride_bn + offs_k[:, None]
    # Every element of this tile is live from the first K step to the store.
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        a = tl.load(a_ptrs, mask=(offs_m[:, None] < M) & (offs_k[None, :] < K - k * BLOCK_K), other=0.0)
        b = tl.load(b_ptrs, mask=(offs_n[None, :] < N) & (offs_k[:, None] < K - k * BLOCK_K), other=0.0)
        acc = tl.dot(a, b, acc=acc)
        a_ptrs += BLOCK_K
        b_ptrs += BLOCK_K
    c_ptrs = c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :]
    tl.store(c_ptrs, acc, mask=(offs_m[:, None] < M) & (offs_n[None, :] < N))

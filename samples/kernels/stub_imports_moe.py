"""An FP8 MoE-style GEMM written the way kernels sit inside large projects: it imports torch, vLLM
and an in-house package that are not installed where isacheck runs, is autotuned, and takes a
constexpr from ``@triton.heuristics``. ``isacheck dump`` must load and compile it with only
Triton installed (the missing modules become stubs).

    isacheck dump samples/kernels/stub_imports_moe.py --spec samples/kernels/stub_imports_moe.toml \
        --target gfx1151,gfx942,gfx950

Lines marked ``# fp8: operand`` are where the FP8 operands are converted when the target has no
FP8 dot (tests look the markers up instead of hard-coding line numbers).
"""

import torch
from vllm.model_executor.layers import fused_moe as vllm_fused_moe  # noqa: F401
import acme_kernels.utils as au

import triton
import triton.language as tl

# Python-side module code that touches the stubs at import time, as real files do.
FP8_DTYPE = torch.float8_e4m3fn
DEFAULT_GROUP_SIZE_M = au.default_group_size(torch.cuda.get_device_name(0))
SUPPORTED = {torch.float16: tl.float16, torch.bfloat16: tl.bfloat16}


class MoEQuantConfig(torch.nn.Module):
    """Subclassing a stub works; the kernel does not use this."""

    def __init__(self, block_shape=None):
        super().__init__()
        self.block_shape = block_shape


@au.register_kernel("moe_fp8")
def launch(a, b, c):  # never called by isacheck
    return c


@triton.jit
def dequantize(acc, a_scale, b_scale):
    # a device helper: not a kernel of its own; its source is part of the kernel's cache key
    return acc * a_scale * b_scale


@triton.autotune(
    configs=[
        triton.Config({"BLOCK_SIZE_M": 16, "BLOCK_SIZE_N": 16, "BLOCK_SIZE_K": 32}, num_warps=2, num_stages=2),
        triton.Config({"BLOCK_SIZE_M": 32, "BLOCK_SIZE_N": 32, "BLOCK_SIZE_K": 32}, num_warps=4, num_stages=2),
        triton.Config({"BLOCK_SIZE_M": 32, "BLOCK_SIZE_N": 16, "BLOCK_SIZE_K": 64}, num_warps=4, num_stages=1),
    ],
    key=["N", "K"],
)
@triton.heuristics({"EVEN_K": lambda args: args["K"] % args["BLOCK_SIZE_K"] == 0})
@triton.jit
def moe_fp8_gemm_kernel(
    a_ptr, b_ptr, c_ptr, a_scale_ptr, b_scale_ptr,
    N, K,
    stride_am, stride_bk, stride_cm,
    BLOCK_SIZE_M: tl.constexpr, BLOCK_SIZE_N: tl.constexpr, BLOCK_SIZE_K: tl.constexpr,
    EVEN_K: tl.constexpr,
    compute_type: tl.constexpr = tl.float16,
):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    offs_m = pid_m * BLOCK_SIZE_M + tl.arange(0, BLOCK_SIZE_M)
    offs_n = pid_n * BLOCK_SIZE_N + tl.arange(0, BLOCK_SIZE_N)
    offs_k = tl.arange(0, BLOCK_SIZE_K)
    a_ptrs = a_ptr + offs_m[:, None] * stride_am + offs_k[None, :]
    b_ptrs = b_ptr + offs_k[:, None] * stride_bk + offs_n[None, :]
    acc = tl.zeros((BLOCK_SIZE_M, BLOCK_SIZE_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_SIZE_K)):
        if EVEN_K:
            a = tl.load(a_ptrs)
            b = tl.load(b_ptrs)
        else:
            k_left = K - k * BLOCK_SIZE_K
            a = tl.load(a_ptrs, mask=offs_k[None, :] < k_left, other=0.0)
            b = tl.load(b_ptrs, mask=offs_k[:, None] < k_left, other=0.0)
        acc = tl.dot(a, b, acc)  # fp8: operand
        a_ptrs += BLOCK_SIZE_K
        b_ptrs += BLOCK_SIZE_K * stride_bk
    acc = dequantize(acc, tl.load(a_scale_ptr), tl.load(b_scale_ptr))
    c_ptrs = c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :]
    tl.store(c_ptrs, acc.to(compute_type), mask=offs_n[None, :] < N)


@triton.jit
def fp8_dequant_rows(x_ptr, scale_ptr, y_ptr, n_cols, BLOCK: tl.constexpr):
    # The activation dequantisation before the MoE GEMM: one FP8 -> FP16 conversion per element.
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < n_cols
    x = tl.load(x_ptr + row * n_cols + cols, mask=mask, other=0.0)
    y = x.to(tl.float16) * tl.load(scale_ptr + row).to(tl.float16)  # fp8: cast
    tl.store(y_ptr + row * n_cols + cols, y, mask=mask)

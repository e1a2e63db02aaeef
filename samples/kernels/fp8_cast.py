"""Elementwise FP8 casts, both directions: the smallest kernels where FP8 emulation shows.

Each kernel is one cast between a load and a store, so that its dump holds nothing but the
conversion (hardware ``v_cvt_*fp8*`` / ``v_cvt_scalef32_*`` or a software select ladder) and the
address arithmetic around it. The FP8 format is not named here: it is the element type of the
FP8 pointer, chosen per dump by the signature ("*fp8e4nv", "*fp8e4b8", "*fp8e5", "*fp8e5b16").

Dequantisation (fp8 -> wider) is a plain ``.to()``; quantisation (wider -> fp8) multiplies by a
scale first, as a per-tensor quantiser does, and casts with Triton's default rounding (RTNE).
It does not clamp to the FP8 range: a clamp would only add min/max instructions that are not
part of the conversion.
"""

import triton
import triton.language as tl


@triton.jit
def fp8_to_fp16(x_ptr, y_ptr, n_elements, BLOCK: tl.constexpr):
    # Dequantise: FP8 -> fp16 (the conversion a FP8 GEMM on fp16 units needs for each operand).
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n_elements
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, x.to(tl.float16), mask=mask)


@triton.jit
def fp8_to_fp32(x_ptr, y_ptr, n_elements, BLOCK: tl.constexpr):
    # Dequantise: FP8 -> fp32 (the only direction CDNA3's v_cvt_pk_f32_fp8 gives directly).
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n_elements
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, x.to(tl.float32), mask=mask)


@triton.jit
def fp8_to_bf16(x_ptr, y_ptr, n_elements, BLOCK: tl.constexpr):
    # Dequantise: FP8 -> bf16 (the output type of FP8 inference kernels such as vLLM's).
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n_elements
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, x.to(tl.bfloat16), mask=mask)


@triton.jit
def fp16_to_fp8(x_ptr, y_ptr, scale_ptr, n_elements, BLOCK: tl.constexpr):
    # Quantise: fp16 * (1 / scale) -> FP8. The scale is brought to fp16 first so that the value
    # being cast is fp16, not a promoted fp32.
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n_elements
    inv_scale = (1.0 / tl.load(scale_ptr)).to(tl.float16)
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, (x * inv_scale).to(y_ptr.dtype.element_ty), mask=mask)


@triton.jit
def fp32_to_fp8(x_ptr, y_ptr, scale_ptr, n_elements, BLOCK: tl.constexpr):
    # Quantise: fp32 * (1 / scale) -> FP8 (per-tensor static quantisation of activations).
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n_elements
    inv_scale = 1.0 / tl.load(scale_ptr)
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, (x * inv_scale).to(y_ptr.dtype.element_ty), mask=mask)

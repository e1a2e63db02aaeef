"""Mnemonic spelling is normalised in one place; element types are read from the mnemonic."""

from __future__ import annotations

import pytest

from isacheck.isa.mnemonic import describe_types, normalize


@pytest.mark.parametrize("spelling, key", [
    ("V_CVT_F32_FP8", "v_cvt_f32_fp8"),                 # AMD spec spelling
    ("v_cvt_f32_fp8_e32", "v_cvt_f32_fp8"),             # LLVM's forced VOP1 encoding
    ("v_cvt_f32_fp8_sdwa", "v_cvt_f32_fp8"),
    ("v_add_f32_e64_dpp", "v_add_f32"),
    ("v_mov_b32_dpp", "v_mov_b32"),
    ("  v_cndmask_b32_e32 ", "v_cndmask_b32"),
    ("v_accvgpr_read_b32", "v_accvgpr_read"),           # LLVM prints _b32, the spec does not
    ("V_ACCVGPR_WRITE_B32_e64", "v_accvgpr_write"),
    # Old CDNA spellings are distinct operations on gfx90a: never merged.
    ("v_mfma_f32_32x32x4bf16_1k", "v_mfma_f32_32x32x4bf16_1k"),
    ("v_mfma_f32_32x32x4bf16", "v_mfma_f32_32x32x4bf16"),
])
def test_normalize(spelling, key):
    assert normalize(spelling) == key


@pytest.mark.parametrize("mnemonic, kind, inputs, outputs", [
    ("v_wmma_f32_16x16x16_fp8_fp8", "wmma", {"fp8"}, {"fp32"}),
    ("v_wmma_i32_16x16x16_iu8", "wmma", {"int8"}, {"int32"}),
    ("v_swmmac_f32_16x16x32_bf8_fp8", "swmmac", {"bf8", "fp8"}, {"fp32"}),
    ("v_mfma_f32_32x32x16_fp8_fp8", "mfma", {"fp8"}, {"fp32"}),
    ("v_mfma_f32_32x32x8bf16_1k", "mfma", {"bf16"}, {"fp32"}),
    ("v_mfma_f32_32x32x4xf32", "mfma", {"xf32"}, {"fp32"}),
    ("v_mfma_scale_f32_16x16x128_f8f6f4", "mfma", {"fp8", "bf8", "fp6", "bf6", "fp4"}, {"fp32"}),
    ("v_cvt_pk_f32_fp8", "cvt", {"fp8"}, {"fp32"}),
    ("v_cvt_pk_fp8_f32", "cvt", {"fp32"}, {"fp8"}),
    ("v_cvt_scalef32_pk_f16_fp8", "cvt", {"fp8"}, {"fp16"}),
    ("v_dot4_f32_fp8_bf8", "dot", {"fp8", "bf8"}, {"fp32"}),
    ("v_dot4_i32_iu8", "dot", {"int8"}, {"int32"}),
    ("v_add_f32", "other", set(), set()),
    ("s_waitcnt", "other", set(), set()),
])
def test_describe_types(mnemonic, kind, inputs, outputs):
    t = describe_types(mnemonic)
    assert (t.kind, set(t.inputs), set(t.outputs)) == (kind, inputs, outputs)

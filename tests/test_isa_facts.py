"""Known facts about FP8 on AMD hardware, as the shipped database states them."""

from __future__ import annotations

import pytest

import isacheck.isa as isa
from isacheck.isa.database import database
from isacheck.isa.features import verdict

NO_FP8 = ("gfx1100", "gfx1101", "gfx1102", "gfx1103", "gfx1150", "gfx1151", "gfx1152", "gfx1153",
          "gfx1030", "gfx908", "gfx90a")


@pytest.mark.parametrize("gfx", NO_FP8)
def test_no_fp8_instruction_at_all(gfx):
    assert isa.target_info(gfx).fp8_instructions == ()
    assert verdict(gfx, "fp8").verdict == "no"
    assert verdict(gfx, "fp8").reason == "no-fp8"


@pytest.mark.parametrize("gfx", ("gfx940", "gfx941", "gfx942"))
def test_fnuz_only_on_cdna3(gfx):
    assert isa.target_info(gfx).native_fp8 == ("e4m3fnuz", "e5m2fnuz")
    assert verdict(gfx, "fp8-fnuz").verdict == "yes"
    assert verdict(gfx, "fp8-ocp").verdict == "no"
    assert verdict(gfx, "fp8").verdict == "partial"
    for name in ("v_cvt_pk_f32_fp8", "v_cvt_pk_fp8_f32", "v_mfma_f32_32x32x16_fp8_fp8", "v_smfmac_f32_16x16x64_fp8_fp8"):
        assert isa.has_instruction(gfx, name), name
    assert not isa.has_instruction(gfx, "v_cvt_scalef32_pk_f16_fp8")


def test_fnuz_nowhere_else():
    fnuz = {gfx for gfx in database().target_order if "e4m3fnuz" in isa.target_info(gfx).native_fp8}
    assert fnuz == {"gfx940", "gfx941", "gfx942"}


def test_gfx950_ocp_scalef32_and_f8f6f4():
    info = isa.target_info("gfx950")
    assert info.native_fp8 == ("e4m3fn", "e5m2")
    for name in ("v_cvt_scalef32_pk_f16_fp8", "v_cvt_scalef32_pk_f32_fp8", "v_cvt_scalef32_pk_fp8_f32",
                 "v_mfma_f32_32x32x64_f8f6f4", "v_mfma_scale_f32_16x16x128_f8f6f4"):
        assert isa.has_instruction("gfx950", name), name
        assert not isa.has_instruction("gfx942", name), name
    assert [verdict("gfx950", f).verdict for f in ("fp8", "fp8-ocp", "fp8-fnuz", "f8f6f4", "fp6", "fp4")] == \
        ["yes", "yes", "no", "yes", "yes", "yes"]


@pytest.mark.parametrize("gfx", ("gfx1200", "gfx1201"))
def test_rdna4_conversions_dot4_and_wmma_on_fp8(gfx):
    for name in ("v_cvt_f32_fp8", "v_cvt_pk_f32_fp8", "v_cvt_pk_fp8_f32", "v_cvt_sr_fp8_f32",
                 "v_dot4_f32_fp8_fp8", "v_dot4_f32_bf8_bf8", "v_wmma_f32_16x16x16_fp8_fp8",
                 "v_wmma_f32_16x16x16_bf8_fp8", "v_swmmac_f32_16x16x32_fp8_fp8"):
        assert isa.has_instruction(gfx, name), name
    assert {f: verdict(gfx, f).verdict for f in ("fp8", "fp8-convert", "fp8-dot", "fp8-matrix", "fp8-ocp", "fp8-fnuz")} == \
        {"fp8": "yes", "fp8-convert": "yes", "fp8-dot": "yes", "fp8-matrix": "yes", "fp8-ocp": "yes", "fp8-fnuz": "no"}
    assert not isa.has_instruction(gfx, "v_mfma_f32_32x32x16_fp8_fp8")


def test_gfx1151_offers_int8_and_half_wmma_instead():
    v = verdict("gfx1151", "fp8")
    instead = dict(v.instead)
    assert instead["int8-matrix"][0] == "v_wmma_i32_16x16x16_iu8"
    assert "v_wmma_f32_16x16x16_f16" in instead["fp16-matrix"]
    assert "v_wmma_f32_16x16x16_bf16" in instead["bf16-matrix"]
    missing = {e.mnemonic: e.targets for e in v.missing}
    assert any(n.startswith("v_wmma_") and "fp8" in n for n in missing)
    assert all("gfx1151" not in targets for targets in missing.values())


def test_provenance_recorded():
    sources = database().sources
    assert sources["spec"]["name"] == "amd_isa_spec_instructions.json" and len(sources["spec"]["sha256"]) == 64
    assert sources["llvm"]["revision"] and "gfx1151" in sources["llvm"]["probed_targets"]
    # LLVM 20+ dropped gfx940/gfx941: their rows come from the spec alone, and say so.
    assert {"gfx940", "gfx941"} <= set(sources["llvm"]["unknown_targets"])
    # gfx1250 has no spec family: what it has, LLVM said.
    entry = database().get("v_wmma_f32_16x16x64_fp8_fp8")
    assert entry.spec == () and "gfx1250" in entry.llvm and "gfx1250" in entry.targets

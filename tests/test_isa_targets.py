"""Target names, facts and register-limited occupancy, through the API the analyses use."""

from __future__ import annotations

import pytest

import isacheck.isa as isa
from isacheck.errors import UnknownTargetError


@pytest.mark.parametrize("name, gfx", [
    ("gfx1151", "gfx1151"), ("GFX1151", "gfx1151"), ("Radeon 8060S", "gfx1151"), ("radeon 8060s", "gfx1151"),
    ("strix-halo", "gfx1151"), ("Strix Halo", "gfx1151"), ("Ryzen AI Max+ 395", "gfx1151"),
    ("AMD Radeon 890M", "gfx1150"), ("MI300X", "gfx942"), ("mi300a", "gfx942"), ("Instinct MI325X", "gfx942"),
    ("MI355X", "gfx950"), ("RX 9070 XT", "gfx1201"), ("rx9070", "gfx1201"), ("RX 9060 XT", "gfx1200"),
    ("RX 7900 XTX", "gfx1100"), ("MI250X", "gfx90a"), ("MI100", "gfx908"),
    ("gfx942:sramecc+:xnack-", "gfx942"), ("amdgcn-amd-amdhsa--gfx1201", "gfx1201"),
])
def test_resolve_target(name, gfx):
    assert isa.resolve_target(name) == gfx


def test_unknown_target_suggests_close_names():
    with pytest.raises(UnknownTargetError) as err:
        isa.resolve_target("gfx1115")
    assert "gfx1151" in str(err.value) and "did you mean" in str(err.value)
    with pytest.raises(UnknownTargetError) as err:
        isa.resolve_target("Radeon 8600S")
    assert "gfx1151" in str(err.value)


def test_target_facts():
    halo = isa.target_info("Radeon 8060S")
    assert (halo.gfx, halo.family, halo.wave_sizes, halo.default_wave_size) == ("gfx1151", "rdna3.5", (32, 64), 32)
    assert halo.native_fp8 == () and halo.fp8_instructions == ()
    assert "AMD Radeon 8060S" in halo.products and halo.agprs == 0 and halo.lds_bytes == 65536
    assert [(u.kind, u.input_types) for u in halo.matrix_units] == [("WMMA", ("bf16", "fp16", "int4", "int8"))]

    mi300 = isa.target_info("gfx942")
    assert mi300.wave_sizes == (64,) and mi300.agprs == 256 and mi300.max_waves_per_simd == 8
    assert mi300.native_fp8 == ("e4m3fnuz", "e5m2fnuz")
    assert {u.kind for u in mi300.matrix_units} == {"MFMA", "SMFMAC"}
    assert "v_mfma_f32_32x32x16_fp8_fp8" in mi300.fp8_instructions

    assert isa.target_info("gfx950").native_fp8 == ("e4m3fn", "e5m2")
    assert isa.target_info("gfx950").lds_bytes == 160 * 1024
    assert isa.target_info("gfx1201").native_fp8 == ("e4m3fn", "e5m2")
    assert {u.kind for u in isa.target_info("gfx1201").matrix_units} == {"WMMA", "SWMMAC"}
    for gfx in ("gfx908", "gfx90a", "gfx1030", "gfx1100", "gfx1103", "gfx1150", "gfx1153"):
        assert isa.target_info(gfx).native_fp8 == (), gfx


def test_target_info_is_frozen():
    info = isa.target_info("gfx1151")
    with pytest.raises(Exception):
        info.gfx = "gfx942"  # type: ignore[misc]


@pytest.mark.parametrize("gfx, vgprs, agprs, wave, waves", [
    ("gfx942", 128, 128, None, 2),      # unified 512-entry file: 256 used -> 2 waves
    ("gfx942", 64, 0, None, 8),         # capped at 8 waves per SIMD
    ("gfx942", 100, 0, None, 4),        # 100 -> 104 (granule 8): 512 // 104
    ("gfx908", 100, 50, None, 2),       # separate files, larger limits: 100 -> 100 (granule 4)
    ("gfx908", 24, 0, None, 10),        # gfx908 holds up to 10 waves
    ("gfx1151", 96, 0, None, 16),       # 1.5x file in wave32: 1536 // 96 = 16
    ("gfx1151", 128, 0, None, 10),      # 128 -> 144 (granule 24): 1536 // 144
    ("gfx1150", 128, 0, None, 8),       # 1024 // 128
    ("gfx1151", 96, 0, 64, 8),          # wave64: 768 // 96
    ("gfx1030", 300, 0, None, 0),       # more than one wave can address
])
def test_waves_per_simd(gfx, vgprs, agprs, wave, waves):
    assert isa.waves_per_simd(gfx, vgprs, agprs, wave) == waves


def test_waves_per_simd_rejects_wave_size_the_target_lacks():
    with pytest.raises(UnknownTargetError):
        isa.waves_per_simd("gfx942", 64, wave_size=32)


def test_has_instruction_and_targets_with_normalise_spelling():
    assert isa.has_instruction("gfx1201", "V_CVT_PK_F32_FP8_e32")
    assert isa.has_instruction("RX 9070 XT", "v_wmma_f32_16x16x16_fp8_fp8")
    assert not isa.has_instruction("Radeon 8060S", "v_cvt_pk_f32_fp8")
    assert isa.has_instruction("gfx942", "v_accvgpr_read_b32")
    where = isa.targets_with("v_cvt_pk_f32_fp8")
    assert {"gfx942", "gfx950", "gfx1200", "gfx1201"} <= set(where)
    assert not set(where) & {"gfx1100", "gfx1101", "gfx1102", "gfx1103", "gfx1150", "gfx1151", "gfx1152", "gfx1153"}
    assert isa.targets_with("v_dot2_f8_f32") == ()

"""The labelled matrix: every committed dump (kernel x FP8 dtype x target) analysed, and compared with
ground truth that samples/regen.py recorded from Triton's LLVM IR and statistics, not from isacheck."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from conftest import SAMPLE_ASM, SAMPLES
from isacheck.analysis import analyze_module
from isacheck.asm import parse_file

MANIFEST = json.loads((SAMPLE_ASM / "MANIFEST.json").read_text())
DUMPS = sorted(MANIFEST["dumps"])
TRITON_TO_FORMAT = {"fp8e4nv": "e4m3fn", "fp8e4b8": "e4m3fnuz", "fp8e5": "e5m2", "fp8e5b16": "e5m2fnuz"}


@lru_cache(maxsize=None)
def analysed(rel: str):
    entry = MANIFEST["dumps"][rel]
    return analyze_module(parse_file(SAMPLE_ASM / rel)).kernel(entry["kernel"])


def source_line(kernel_file: str, needle: str) -> int:
    lines = (SAMPLES / "kernels" / kernel_file).read_text().splitlines()
    (number,) = [i for i, line in enumerate(lines, 1) if needle in line]
    return number


def test_manifest_covers_the_required_matrix():
    kernels = {MANIFEST["dumps"][d]["kernel_file"] for d in DUMPS}
    assert {"kernels/fp8_cast.py", "kernels/w8a8_gemm.py", "kernels/fused_moe.py", "kernels/spill.py"} <= kernels
    targets = {MANIFEST["dumps"][d]["target"] for d in DUMPS}
    assert {"gfx1151", "gfx1100", "gfx1201", "gfx942", "gfx950"} <= targets
    gfx942 = {MANIFEST["dumps"][d]["dtype"] for d in DUMPS if MANIFEST["dumps"][d]["target"] == "gfx942"}
    assert {"fp8e4nv", "fp8e4b8"} <= gfx942
    assert MANIFEST["triton_version"]


@pytest.mark.parametrize("rel", DUMPS)
def test_verdict_agrees_with_what_the_compiler_really_emitted(rel):
    truth = MANIFEST["dumps"][rel]["ground_truth"]
    k = analysed(rel)
    assert (k.fp8 in ("hardware", "mixed")) == truth["hardware_fp8"], k.fp8
    expected = sorted(TRITON_TO_FORMAT[f] for f in truth["emulated_formats"])
    if k.fp8 == "cheap":
        assert expected == ["e5m2"] and {s.idiom for s in k.emulation} == {"shift"}
    else:
        assert list(k.formats) == expected
    if truth["hardware_fp8"]:
        assert k.hardware_fp8 or any(m.input_type in ("fp8", "bf8", "fp8/bf8", "f8f6f4") for m in k.matrix)
    assert k.resources.scratch_bytes == truth["scratch_size"]
    assert k.resources.vgprs == truth["num_vgprs"]
    assert k.resources.occupancy == truth["occupancy"]
    assert (k.spills.stores + k.spills.reloads > 0) == (truth["folded_spill_comments"] + truth["folded_reload_comments"] > 0)
    assert k.resources.disagreements == ()


def test_fused_moe_on_gfx1151_is_the_users_bug():
    k = analysed("fused_moe/fused_moe_kernel--fp8e4nv--gfx1151.s")
    assert k.fp8 == "emulated" and k.formats == ("e4m3fn",) and k.directions == ("fp8 -> fp16",)
    assert {s.idiom for s in k.emulation} == {"subnormal-ladder"}
    assert len(k.emulation) > 1000 and k.emulation_share > 0.5
    a_line = source_line("fused_moe.py", "a = tl.load(a_ptrs")
    b_line = source_line("fused_moe.py", "b = tl.load(b_ptrs")
    assert {(r.loc.file, r.loc.line) for r in k.hot_lines[:2]} == {("fused_moe.py", a_line), ("fused_moe.py", b_line)}
    assert sum(r.sites for r in k.hot_lines) == len(k.emulation)
    (wmma,) = k.matrix
    assert (wmma.mnemonic, wmma.input_type, wmma.fed_by_emulation) == ("v_wmma_f32_16x16x16_f16", "fp16", True)
    assert k.spills.vgpr_spill_count and k.spills.stores and k.spills.reloads
    assert all(s.mnemonic.startswith("scratch_") for s in k.spills.sites)
    assert any("no FP8 instructions" in n for n in k.target_notes)


def test_fused_moe_hardware_paths_per_target():
    gfx1201 = analysed("fused_moe/fused_moe_kernel--fp8e4nv--gfx1201.s")
    assert gfx1201.fp8 == "hardware" and gfx1201.emulation == ()
    assert [m.input_type for m in gfx1201.matrix] == ["fp8"]
    gfx950 = analysed("fused_moe/fused_moe_kernel--fp8e4nv--gfx950.s")
    assert gfx950.fp8 == "hardware" and [m.input_type for m in gfx950.matrix] == ["f8f6f4"]
    fnuz = analysed("fused_moe/fused_moe_kernel--fp8e4b8--gfx942.s")
    assert fnuz.fp8 == "hardware" and [m.mnemonic for m in fnuz.matrix] == ["v_mfma_f32_32x32x16_fp8_fp8"]
    ocp = analysed("fused_moe/fused_moe_kernel--fp8e4nv--gfx942.s")
    assert ocp.fp8 == "emulated" and ocp.formats == ("e4m3fn",)
    assert all(m.fed_by_emulation and m.input_type == "fp16" for m in ocp.matrix)
    assert any("FNUZ" in n and "fp8e4b8" in n for n in ocp.target_notes)


def test_e5m2_to_fp16_is_a_cheap_shift_not_a_ladder():
    k = analysed("fp8_cast/fp8_to_fp16--fp8e5--gfx1151.s")
    assert k.fp8 == "cheap"
    assert {(s.fmt, s.src, s.dst, s.idiom, s.cheap) for s in k.emulation} == {("e5m2", "fp8", "fp16", "shift", True)}
    assert k.emulation_instructions == 0


def test_quantisation_direction_and_line():
    k = analysed("fp8_cast/fp32_to_fp8--fp8e4nv--gfx1151.s")
    assert k.directions == ("fp32 -> fp8",) and k.formats == ("e4m3fn",)
    assert {s.idiom for s in k.emulation} == {"quantize"}
    lines = {s.loc.line for s in k.emulation}
    assert len(lines) == 1 and "to(" in (SAMPLES / "kernels" / "fp8_cast.py").read_text().splitlines()[lines.pop() - 1]


def test_spills_into_agprs_on_cdna3():
    k = analysed("spill/oversized_tile_fp8_gemm--fp8e4b8--gfx942.s")
    assert k.spills.agpr_copies > 0
    kinds = {s.kind for s in k.spills.sites}
    assert {"agpr-write", "agpr-read"} & kinds and {"store", "reload"} <= kinds
    assert k.spills.scratch_bytes == MANIFEST["dumps"]["spill/oversized_tile_fp8_gemm--fp8e4b8--gfx942.s"]["ground_truth"]["scratch_size"]


@pytest.mark.parametrize("rel", DUMPS)
def test_isa_database_occupancy_agrees_with_the_compiler(rel):
    """Register-limited occupancy from the ISA database (used for fragments without statistics)
    equals the compiler's own `; Occupancy:` on every sample (none is LDS-limited)."""
    from isacheck.isa import waves_per_simd

    entry = MANIFEST["dumps"][rel]
    truth = entry["ground_truth"]
    computed = waves_per_simd(entry["target"], truth["num_vgprs"], truth["num_agprs"] or 0, entry["wave_size"])
    assert computed == truth["occupancy"]

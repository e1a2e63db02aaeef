"""The labelled matrix: every committed dump (kernel x FP8 dtype x target) analysed, and compared with
ground truth that samples/regen.py recorded from Triton's LLVM IR and statistics, not from isacheck."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from conftest import SAMPLE_ASM, SAMPLES
from isacheck.analysis import analyze_module
from isacheck.analysis.result import TRITON_FP8 as TRITON_TO_FORMAT
from isacheck.asm import parse_file

MANIFEST = json.loads((SAMPLE_ASM / "MANIFEST.json").read_text())
DUMPS = sorted(MANIFEST["dumps"])


def _every_manifest_entry() -> dict[str, dict]:
    """Every dump of every Triton release in samples/asm/ (the 3.9 matrix and triton-<version>/),
    keyed by its path under samples/asm/."""
    entries = {}
    for manifest in sorted(SAMPLE_ASM.glob("**/MANIFEST.json")):
        base = manifest.parent.relative_to(SAMPLE_ASM)
        for rel, entry in json.loads(manifest.read_text())["dumps"].items():
            entries[str(base / rel)] = entry
    return entries


EVERY_DUMP = _every_manifest_entry()


@lru_cache(maxsize=None)
def analysed(rel: str):
    entry = EVERY_DUMP[rel]
    return analyze_module(parse_file(SAMPLE_ASM / rel)).kernel(entry["kernel"])


def assert_sites_per_line_are_what_the_compiler_converted(rel: str, k) -> None:
    """One site per converted value, on the line that converts it, in the direction the source asked
    for: compared with the per-line count samples/ground_truth.py took from Triton's LLVM IR
    (each lane's conversion still separate there) and the TTGIR's tt.fp_to_fp types."""
    truth = EVERY_DUMP[rel]["ground_truth"]["software_conversions"]
    expected = {(t["file"], t["line"]): (t["format"], t["src"], t["dst"], t["values"]) for t in truth}
    found: dict = {}
    for s in k.emulation:
        key = (s.loc.file, s.loc.line) if s.loc else None
        fmt, src, dst, n = found.get(key, (s.fmt, s.src, s.dst, 0))
        assert (fmt, src, dst) == (s.fmt, s.src, s.dst), f"{key}: two kinds of site on one line"
        found[key] = (fmt, src, dst, n + 1)
    assert found == expected


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


@pytest.mark.parametrize("rel", sorted(EVERY_DUMP))
def test_verdict_and_sites_per_line_agree_with_what_the_compiler_really_emitted(rel):
    """Every dump of every Triton release (3.9's matrix and samples/asm/triton-<version>/): the
    verdict, the resources, and the exact number of sites per source line (one test per dump, so
    that each big dump is analysed once)."""
    truth = EVERY_DUMP[rel]["ground_truth"]
    k = analysed(rel)
    assert_sites_per_line_are_what_the_compiler_converted(rel, k)
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
    # Whether this sample spills depends on how its launch specialises (the spec's sample values):
    # the compiler's own "Folded Spill" comments say, and isacheck must agree.
    folded = MANIFEST["dumps"]["fused_moe/fused_moe_kernel--fp8e4nv--gfx1151.s"]["ground_truth"]["folded_spill_comments"]
    assert bool(k.spills.vgpr_spill_count and k.spills.stores and k.spills.reloads) == (folded > 0)
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
    """AGPRs used as spill slots (v_accvgpr_write/read with LLVM's "Folded Spill/Reload" comment),
    counted against the compiler's own comments in every CDNA spill dump of every Triton release."""
    import re

    copies = re.compile(r"^\s*v_accvgpr_(?:write|read)\S*\s.*;.*(?:Spill|Reload)", re.M)
    dumps = [rel for rel in EVERY_DUMP if rel.split("/")[-2] == "spill" and "gfx9" in rel]
    with_copies = 0
    for rel in dumps:
        k = analysed(rel)
        expected = len(copies.findall((SAMPLE_ASM / rel).read_text()))
        assert k.spills.agpr_copies == expected, rel
        kinds = {s.kind for s in k.spills.sites}
        assert bool({"agpr-write", "agpr-read"} & kinds) == (expected > 0), rel
        assert k.spills.scratch_bytes == EVERY_DUMP[rel]["ground_truth"]["scratch_size"], rel
        with_copies += expected > 0
    assert with_copies          # the matrix holds at least one dump that spills into AGPRs


@pytest.mark.parametrize("rel", DUMPS)
def test_isa_database_occupancy_agrees_with_the_compiler(rel):
    """Register-limited occupancy from the ISA database (used for fragments without statistics)
    equals the compiler's own `; Occupancy:` on every sample (none is LDS-limited)."""
    from isacheck.isa import waves_per_simd

    entry = MANIFEST["dumps"][rel]
    truth = entry["ground_truth"]
    computed = waves_per_simd(entry["target"], truth["num_vgprs"], truth["num_agprs"] or 0, entry["wave_size"])
    assert computed == truth["occupancy"]


def test_cast_ground_truth_is_one_value_per_element_and_lane():
    """The LLVM-IR count itself, checked against the recipe: an elementwise cast converts each of
    BLOCK elements once, spread over num_warps * wave lanes."""
    casts = [e for d, e in EVERY_DUMP.items() if "fp8_cast/" in d]
    checked = 0
    for e in casts:
        for t in e["ground_truth"]["software_conversions"]:
            assert t["values"] == e["constexprs"]["BLOCK"] // (e["num_warps"] * e["wave_size"])
            checked += 1
    emulated = [e for e in casts if e["ground_truth"]["emulated_formats"]]
    assert checked == len(emulated) > 20


def test_triton_3_4_packed_e5m2_rounding_is_an_emulation_at_its_line():
    """Triton 3.3/3.4 round fp16 to e5m2 two values a word (mask 0xfffefffe, add 0x800080): an
    emulation, not "none", on the line and in the number the LLVM IR's packed adds say."""
    packed = {rel: e for rel, e in EVERY_DUMP.items()
              if any(t["anchor"] == "packed-round" for t in e["ground_truth"]["software_conversions"])}
    assert any(rel.startswith("triton-3.4.0/") for rel in packed)
    for rel, entry in packed.items():
        k = analysed(rel)
        assert k.fp8 == "emulated" and k.formats == ("e5m2",)
        assert {s.idiom for s in k.emulation} == {"packed-round"}
        (truth,) = entry["ground_truth"]["software_conversions"]
        assert k.directions == (f"{truth['src']} -> fp8",)

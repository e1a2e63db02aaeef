"""The user's pasted gfx1151 excerpt (whitespace lost, no header): what started isacheck."""

from __future__ import annotations

import io
import json

from conftest import USER_EXCERPT
from isacheck.analysis import analyze_text
from isacheck.cli import main


def test_excerpt_is_the_shared_reference_copy(repo):
    shared = repo.parent / "shared" / "reference" / "user_report_fused_moe_gfx1151_excerpt.s"
    if shared.exists():
        assert USER_EXCERPT.read_bytes() == shared.read_bytes()
    assert len(USER_EXCERPT.read_text().splitlines()) == 37


def test_excerpt_is_e4m3fn_to_fp16_emulation_at_line_504_with_a_spill_there():
    result = analyze_text(USER_EXCERPT.read_text(), str(USER_EXCERPT), target="gfx1151")
    (k,) = result.kernels
    assert k.name == "<fragment>"
    assert k.fp8 == "emulated"
    (site,) = k.emulation
    assert (site.fmt, site.src, site.dst, site.idiom) == ("e4m3fn", "fp8", "fp16", "subnormal-ladder")
    assert (site.loc.file, site.loc.line, site.loc.column) == ("fused_moe.py", 504, 20)
    # The ladder's own instructions in the excerpt: masks, shifts, rebias, 8 compares, 8 selects.
    assert 20 <= site.instructions <= 30
    (spill,) = k.spills.sites
    assert (spill.kind, spill.mnemonic, spill.bytes) == ("store", "scratch_store_b32", 4)
    assert (spill.loc.file, spill.loc.line) == ("fused_moe.py", 504)
    top = k.hot_lines[0]
    assert (top.loc.file, top.loc.line) == ("fused_moe.py", 504)
    assert top.spill_instructions == 1 and top.emulation_instructions == site.instructions
    # No register count in a fragment: the floor comes from the highest VGPR named (v61).
    assert k.resources.vgprs is None and k.resources.vgprs_seen == 62
    assert any("gfx1151" in n and "no FP8 instructions" in n for n in k.target_notes)


def test_excerpt_json_via_cli_is_deterministic():
    out1, out2 = io.StringIO(), io.StringIO()
    assert main(["analyze", str(USER_EXCERPT), "--target", "gfx1151", "--format", "json"], stdout=out1) == 0
    assert main(["analyze", str(USER_EXCERPT), "--target", "Radeon 8060S", "--format", "json"], stdout=out2) == 0
    assert out1.getvalue() == out2.getvalue()
    doc = json.loads(out1.getvalue())
    assert doc["schema"] == "isacheck.analyze" and doc["schema_version"] == 2
    assert not doc["path"].startswith("/")
    (k,) = doc["kernels"]
    assert k["emulation"]["formats"] == ["e4m3fn"]
    assert k["emulation"]["site_list"][0]["source"] == "fused_moe.py:504:20"
    assert k["spills"]["sites"][0]["source"] == "fused_moe.py:504:20"


def test_excerpt_text_report_leads_with_the_verdict():
    out = io.StringIO()
    assert main(["analyze", str(USER_EXCERPT), "--target", "gfx1151"], stdout=out) == 0
    lines = out.getvalue().splitlines()
    verdict = next(line for line in lines if "FP8:" in line)
    assert "emulated in software (e4m3fn -> fp16) at 1 site" in verdict
    assert "spills: 1 stores/0 reloads" in verdict
    assert any(line.lstrip().startswith("fused_moe.py:504") for line in lines)


def test_without_target_the_emulation_is_still_found():
    result = analyze_text(USER_EXCERPT.read_text(), "excerpt.s")
    assert result.target is None
    assert result.kernels[0].fp8 == "emulated" and result.kernels[0].target_notes == ()


def test_sites_option_lists_each_site_and_spill():
    out = io.StringIO()
    assert main(["analyze", str(USER_EXCERPT), "--sites"], stdout=out) == 0
    text = out.getvalue()
    site_lines = [line.strip() for line in text.splitlines() if line.strip().startswith("site ")]
    spill_lines = [line.strip() for line in text.splitlines() if line.strip().startswith("spill ")]
    assert len(site_lines) == 1 and "fused_moe.py:504:20  e4m3fn -> fp16  subnormal-ladder" in site_lines[0]
    assert len(spill_lines) == 1 and "store scratch_store_b32 4 B" in spill_lines[0]

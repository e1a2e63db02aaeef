"""The dump/scan table on committed sample dumps: AGPRs beside VGPRs, costly lines of spilling rows."""

from __future__ import annotations

import io

from conftest import SAMPLE_ASM
from isacheck.analysis import analyze_text
from isacheck.report.dump_table import render_rows


def row(path, target: str) -> dict:
    (k,) = analyze_text(path.read_text(), path.name, target=target).kernels
    return {"kernel": k.name, "target": target, "native": "-", "analysis": k, "error": None}


def render(rows) -> str:
    out = io.StringIO()
    render_rows(rows, out, title="t", first_columns=["kernel", "target"])
    return out.getvalue()


def test_agprs_are_shown_beside_vgprs():
    # gfx950's fused MoE holds its MFMA accumulators in 217 AGPRs: "256" alone would hide them
    r = row(SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx950.s", "gfx950")
    assert r["analysis"].resources.agprs == 217
    assert "256 +217 AGPRs" in render([r])


def test_a_row_that_spills_without_emulating_gets_its_costly_lines():
    r = row(SAMPLE_ASM / "spill" / "oversized_tile_fp8_gemm--fp8e4nv--gfx1201.s", "gfx1201")
    k = r["analysis"]
    assert k.fp8 == "hardware" and k.spills.sites
    text = render([r])
    top = next(h for h in k.hot_lines if h.spill_instructions)
    assert "costliest source lines, oversized_tile_fp8_gemm gfx1201:" in text
    assert f"0 emulation instructions, 0 site(s), {top.spill_instructions} spill instructions" in text


def test_a_clean_row_gets_no_costly_lines_section():
    r = row(SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx950.s", "gfx950")
    assert not r["analysis"].spills.sites and r["analysis"].fp8 == "hardware"
    assert "costliest source lines" not in render([r])

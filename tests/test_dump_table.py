"""The dump/scan table on committed sample dumps: AGPRs beside VGPRs, costly lines of spilling rows,
rows that say nothing left out."""

from __future__ import annotations

import io
import re

from conftest import SAMPLE_ASM
from isacheck.analysis import analyze_text
from isacheck.report.dump_table import render_rows


def row(path, target: str) -> dict:
    (k,) = analyze_text(path.read_text(), path.name, target=target).kernels
    return {"kernel": k.name, "target": target, "native": "-", "analysis": k, "error": None}


def render(rows, width: int | None = None, wide: bool = False) -> str:
    out = io.StringIO()
    render_rows(rows, out, title="t", first_columns=["kernel", "target"], width=width, wide=wide)
    return out.getvalue()


def test_agprs_are_shown_beside_vgprs():
    # VGPRs alone would hide the AGPRs an MFMA kernel holds its accumulators in: a CDNA dump that
    # has them, by the compiler's own statistics.
    path = next(p for p in sorted(SAMPLE_ASM.glob("*/*--gfx9*.s")) if re.search(r"^; NumAgprs: [1-9]", p.read_text(), re.M))
    r = row(path, path.stem.rsplit("--", 1)[-1])
    stats = dict(re.findall(r"^; (NumVgprs|NumAgprs): (\d+)$", path.read_text(), re.M))
    assert int(stats["NumAgprs"]) > 0 and r["analysis"].resources.agprs == int(stats["NumAgprs"])
    header, rule, line = render([r], wide=True).splitlines()[1:4]
    # Adjacent right-aligned columns: each number ends where its header ends.
    v_end, a_end = header.index("VGPRs") + len("VGPRs"), header.index("AGPRs") + len("AGPRs")
    assert a_end > v_end
    assert line[:v_end].split()[-1] == stats["NumVgprs"] and line[:a_end].split()[-1] == stats["NumAgprs"]


def test_a_row_that_spills_without_emulating_gets_its_costly_lines():
    r = row(SAMPLE_ASM / "spill" / "oversized_tile_fp8_gemm--fp8e4nv--gfx1201.s", "gfx1201")
    k = r["analysis"]
    assert k.fp8 == "hardware" and k.spills.sites
    text = render([r])
    top = next(h for h in k.hot_lines if h.spill_instructions)
    assert "costliest source lines, oversized_tile_fp8_gemm gfx1201:" in text
    # Only what the line has: no "0 emulation instructions, 0 site(s)" clause.
    assert f"  {top.loc.file}:{top.loc.line}  {top.spill_instructions:,} spill instructions\n" in text
    assert "0 emulation" not in text and "0 site" not in text


def test_lines_that_cost_nothing_are_not_listed():
    r = row(SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx1151.s", "gfx1151")
    text = render([r])
    section = text.split("costliest source lines")[1]
    for line in section.splitlines()[1:]:
        assert " 0 " not in f" {line} " and "0 site" not in line, line


def test_a_clean_row_gets_no_costly_lines_section():
    r = row(SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx950.s", "gfx950")
    assert not r["analysis"].spills.sites and r["analysis"].fp8 == "hardware"
    assert "costliest source lines" not in render([r])


def test_a_failed_row_keeps_its_whole_message():
    message = "error: [triton] " + "fp8e4nv is not supported on this target " * 4
    r = {"kernel": "k", "target": "gfx90a", "native": "no", "analysis": None, "error": message.strip()}
    text = render([r], width=80)
    assert "compile failed" in text
    assert " ".join(message.split()) in " ".join(text.split())
    assert "…" not in text


def test_narrower_than_the_answer_each_row_becomes_a_block():
    r = row(SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx1151.s", "gfx1151")
    k = r["analysis"]
    r["kernel"] = "a_kernel_name_as_long_as_some_autotuned_vllm_kernels_are_" + k.name
    text = render([r], width=80)
    assert "…" not in text and all(len(line) <= 80 for line in text.splitlines())
    sites = sum(1 for s in k.emulation if not s.cheap)
    assert f"FP8: emulated {', '.join(k.formats)}, {sites:,} sites" in text
    assert f"VGPRs: {k.resources.vgprs}" in text and f"occupancy: {k.resources.occupancy}" in text

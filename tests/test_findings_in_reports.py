"""Human reports render the kernel's findings: every ``note:``/``warning:`` line under a verdict
(``analyze`` text, ``dump --details``, the HTML report) is the message of a finding the JSON lists
for that kernel, with its rule id, and nothing a finding does not say.

Ground truth: Triton's own IR for the compiled kernel (which conversions the source asked for),
the assembly Triton wrote (no FP8 conversion instruction: the conversion is in software), the
kernel's source lines, and the samples' generated fixtures (samples/asm, with their MANIFEST).
"""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path

import pytest
import triton
import triton.language as tl

from conftest import SAMPLE_ASM, SAMPLES, compile_amd
from isacheck.analysis import analyze_module
from isacheck.asm import parse_text
from isacheck.cli import main
from isacheck.report.json import to_dict as analysis_json
from isacheck.report.text import render

# The findings the verdict line already states (report/kernel_notes.py): not repeated as notes.
IN_VERDICT = {"spill", "vgpr-budget"}


@triton.jit
def roundtrip(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n).to(tl.bfloat16)  # MARK: up
    tl.store(y_ptr + offs, (x * 2).to(tl.float8e4nv), mask=offs < n)  # MARK: down


def _line_of(marker: str) -> int:
    (n,) = [i for i, line in enumerate(Path(__file__).read_text().splitlines(), 1)
            if line.rstrip().endswith(f"# MARK: {marker}")]
    return n


def _text(analysis) -> str:
    out = io.StringIO()
    render(analysis, out, wide=True)
    return out.getvalue()


def _note_lines(text: str) -> list[tuple[str, str]]:
    return [tuple(m.groups()) for m in re.finditer(r"^  (note|warning): (.*)$", text, re.M)]


def _shown(kernel_doc: dict) -> list[dict]:
    return [f for f in kernel_doc["findings"] if f["rule"] not in IN_VERDICT]


def _assert_text_is_the_findings(analysis) -> None:
    """Each kernel's note/warning lines are its JSON findings' messages, one line per finding."""
    text = _text(analysis)
    doc = analysis_json(analysis)
    expected = []
    for k in analysis.kernels:                       # the text's order: the module's
        (kd,) = [d for d in doc["kernels"] if d["name"] == k.name]
        shown = _shown(kd)
        expected += [("note", f["message"]) for f in shown if f["rule"] != "resource-disagreement"]
        expected += [("warning", f["message"]) for f in shown if f["rule"] == "resource-disagreement"]
    assert _note_lines(text) == expected


@pytest.fixture(scope="module")
def gfx1201_roundtrip(tmp_path_factory):
    compiled = compile_amd(roundtrip, {"x_ptr": "*fp8e4nv", "y_ptr": "*fp8e4nv", "n": "i32", "BLOCK": "constexpr"},
                           {"BLOCK": 256}, "gfx1201")
    path = tmp_path_factory.mktemp("roundtrip") / "roundtrip.amdgcn"
    path.write_text(compiled.asm["amdgcn"])
    return compiled, path


def test_a_format_converted_both_ways_keeps_both_notes_in_its_one_finding(gfx1201_roundtrip):
    compiled, path = gfx1201_roundtrip
    # Triton's IR: the source converts e4m3fn -> bf16 and bf16 -> e4m3fn ...
    ttgir = compiled.asm["ttgir"]
    assert re.search(r"tt\.fp_to_fp .*: tensor<[^>]*f8E4M3FN[^>]*> -> tensor<[^>]*bf16", ttgir)
    assert re.search(r"tt\.fp_to_fp .*: tensor<[^>]*bf16[^>]*> -> tensor<[^>]*f8E4M3FN", ttgir)
    # ... and gfx1201's assembly has no FP8 conversion instruction: both are done in software.
    asm = compiled.asm["amdgcn"]
    assert not re.search(r"\bv_cvt\w*(fp8|bf8)", asm)

    analysis = analyze_module(parse_text(asm, path.name))
    (kd,) = analysis_json(analysis)["kernels"]
    (missed,) = [f for f in kd["findings"] if f["rule"] == "fp8-missed-hardware-path"]
    # One finding (its fingerprint is per job), naming gfx1201's instruction for each direction.
    assert "v_cvt_pk_fp8_f32" in missed["message"] and "v_cvt_pk_f32_fp8" in missed["message"]
    assert "bf16 -> fp8" in missed["message"] and "fp8 -> bf16" in missed["message"]
    assert missed["location"]["line"] in {_line_of("up"), _line_of("down")}
    _assert_text_is_the_findings(analysis)

    # The HTML report shows the same sentence.
    out = path.with_suffix(".html")
    assert main(["analyze", str(path), "--html", str(out)], stdout=io.StringIO()) == 0
    assert f"note: {missed['message']}" in html.unescape(out.read_text())


SAMPLE_DIRS = ("fp8_cast", "spill", "user_report")


@pytest.mark.parametrize("folder", SAMPLE_DIRS)
def test_every_sample_reports_its_findings_as_its_notes(folder):
    files = sorted(p for p in (SAMPLE_ASM / folder).iterdir() if p.suffix in (".s", ".amdgcn"))
    assert files
    for f in files:
        _assert_text_is_the_findings(analyze_module(parse_text(f.read_text(), f.name)))


def test_a_cheap_e5m2_shift_is_an_info_finding_at_the_conversion_line():
    source = (SAMPLES / "kernels" / "fp8_cast.py").read_text().splitlines()
    (to_fp16,) = [i for i, line in enumerate(source, 1) if "x.to(tl.float16)" in line]
    # Triton 3.3.1 converted e5m2 by a shift even on gfx950, which has the instruction (a missed
    # path); gfx1151 has no FP8 at all (the shift is the best there is).
    for folder, arch, words in (("triton-3.3.1/fp8_cast", "gfx950", "v_cvt_scalef32_pk_f16_bf8"),
                                ("fp8_cast", "gfx1151", "has no FP8 instructions")):
        asm = (SAMPLE_ASM / folder / f"fp8_to_fp16--fp8e5--{arch}.s").read_text()
        assert not re.search(r"\bv_cvt\w*(fp8|bf8)", asm)        # the compiler used no FP8 instruction
        analysis = analyze_module(parse_text(asm, "fp8_to_fp16.s"))
        (kd,) = analysis_json(analysis)["kernels"]
        (cheap,) = [f for f in kd["findings"] if f["rule"] == "fp8-cheap-conversion"]
        assert cheap["severity"] == "info" and words in cheap["message"]
        assert (cheap["location"]["path"], cheap["location"]["line"]) == ("fp8_cast.py", to_fp16)
        assert _note_lines(_text(analysis)) == [("note", cheap["message"])]


def test_a_target_the_database_does_not_know_is_a_finding(tmp_path):
    asm = (SAMPLE_ASM / "fp8_cast" / "fp16_to_fp8--fp8e4nv--gfx1151.s").read_text().replace("gfx1151", "gfx1036")
    targets = io.StringIO()
    assert main(["targets"], stdout=targets) == 0 and "gfx1036" not in targets.getvalue()
    analysis = analyze_module(parse_text(asm, "k.s"))
    (kd,) = analysis_json(analysis)["kernels"]
    (unknown,) = [f for f in kd["findings"] if f["rule"] == "target-unknown"]
    assert unknown["message"].startswith("gfx1036 is not in the ISA database") and unknown["target"] == "gfx1036"
    assert _note_lines(_text(analysis)) == [("note", unknown["message"])]


def test_figures_that_disagree_are_warning_lines_from_their_findings():
    asm = (SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e5--gfx950.s").read_text()
    assert asm.count(".vgpr_count:     4") == 1 and ".amdhsa_next_free_vgpr 4" in asm
    analysis = analyze_module(parse_text(asm.replace(".vgpr_count:     4", ".vgpr_count:     40"), "k.s"))
    (kd,) = analysis_json(analysis)["kernels"]
    disagreements = [f for f in kd["findings"] if f["rule"] == "resource-disagreement"]
    assert disagreements and all("VGPR" in f["message"] or "vgpr" in f["message"] for f in disagreements)
    lines = _note_lines(_text(analysis))
    assert [m for label, m in lines if label == "warning"] == [f["message"] for f in disagreements]
    _assert_text_is_the_findings(analysis)

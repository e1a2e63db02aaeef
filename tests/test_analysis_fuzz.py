"""Property: whatever a mutated real dump looks like, the whole pipeline (parse, analyses, JSON and
text reports) either reports or fails with one IsacheckError, never an uncaught exception."""

from __future__ import annotations

import io
import os

from hypothesis import HealthCheck, given, settings

from conftest import SAMPLE_ASM, USER_EXCERPT
from isacheck.analysis import analyze_module
from isacheck.asm import parse_text
from isacheck.errors import IsacheckError
from isacheck.report import json as json_report
from isacheck.report import text as text_report
from test_parse_fuzz import mutations

TEXTS = [
    USER_EXCERPT.read_text(),
    # gfx942 keeps ladder constants in registers (v_mov_b32 v6, 0x1800): the constant tracker's path.
    (SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e4nv--gfx942.s").read_text(),
    (SAMPLE_ASM / "fp8_cast" / "fp32_to_fp8--fp8e5--gfx1151.s").read_text(),
    (SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e5--gfx1151.s").read_text(),
]


# ISACHECK_FUZZ_EXAMPLES=2000 for a longer local run; CI keeps the default.
@settings(max_examples=int(os.environ.get("ISACHECK_FUZZ_EXAMPLES", 120)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(mutations(TEXTS))
def test_mutated_dumps_analyse_or_fail_cleanly(text):
    try:
        module = parse_text(text, "fuzz.s", target="gfx942")
    except IsacheckError:
        return
    analysis = analyze_module(module, target="gfx942")
    doc = json_report.to_dict(analysis)
    assert [k["name"] for k in doc["kernels"]] == sorted(k.name for k in analysis.kernels)
    for k in analysis.kernels:
        assert 0 <= k.emulation_instructions
        assert all(s.instructions >= 0 and s.fmt in ("e4m3fn", "e4m3fnuz", "e5m2", "e5m2fnuz") for s in k.emulation)
    text_report.render(analysis, io.StringIO())

"""The two ways a line template becomes an entry agree: the generated code (isacheck/asm/fill.py,
fast, for real lines) and the interpreter (for templates too large to compile). Checked on every
line of the corpus dumps of three targets (gfx9, gfx11 and gfx1250 syntax), whole models compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from isacheck.asm import fill, parse_text, parser

DUMPS = Path(__file__).resolve().parents[1] / "samples" / "corpus" / "dumps"


@pytest.mark.parametrize("target", ["gfx942", "gfx1151", "gfx1250"])
def test_interpreted_fill_builds_the_same_model(target, monkeypatch):
    texts = [p.read_text() for p in sorted((DUMPS / target).glob("*.s"))]
    monkeypatch.setattr(parser, "COMPILE_AFTER", 1)        # every template compiled at once
    compiled = [parse_text(t, "x.s") for t in texts]
    monkeypatch.setattr(fill, "_MAX_COMPILED", -1)         # every template interpreted
    interpreted = [parse_text(t, "x.s") for t in texts]
    assert sum(len(k.instructions) for m in compiled for k in m.kernels) > 3000
    assert interpreted == compiled


def test_a_template_of_thousands_of_operands_is_interpreted():
    line = "v_mov_b32 " + ", ".join(f"v{i % 256}" for i in range(5000))
    (ins,) = parse_text(line).kernels[0].instructions
    assert len(ins.operands) == 5000 and ins.operands[4999].first == 4999 % 256
    expr = "s_mov_b32 s0, " + "+".join(str(i) for i in range(3000))
    (ins,) = parse_text(expr).kernels[0].instructions
    assert ins.operands[1].text == "+".join(str(i) for i in range(3000))

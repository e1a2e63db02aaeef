"""Shape templates are shared by every parse in a process (isacheck/asm/parser.py, _TEMPLATES):
a file parsed after others must give exactly the model it gives in a fresh process."""

from __future__ import annotations

from conftest import REPO
from isacheck.asm import parse_text
from isacheck.asm.parser import clear_caches

CORPUS = REPO / "samples" / "corpus" / "dumps"


def test_a_parse_after_other_files_equals_a_cold_parse():
    files = sorted(CORPUS.glob("gfx1151/*.s"))[:6] + sorted(CORPUS.glob("gfx942/*.s"))[:6]
    assert len(files) == 12
    texts = [(f.name, f.read_text()) for f in files]
    clear_caches()
    warm = [parse_text(text, name) for name, text in texts]      # each after the ones before it
    assert warm[0] != warm[1]       # the comparison below can fail
    for (name, text), model in zip(texts, warm):
        clear_caches()
        cold = parse_text(text, name)
        assert cold == model, name


def test_shared_lines_stay_bounded_and_are_used():
    """Whole lines are shared across parses too (parser._LINES): a line a later file repeats is
    not resolved again, and the shared table is emptied once it passes its bounds."""
    from isacheck.asm import parser

    clear_caches()
    text = (CORPUS / "gfx942").glob("*.s").__next__().read_text()
    parse_text(text, "a.s")
    assert 0 < len(parser._LINES) <= text.count("\n")
    seen = dict(parser._LINES)
    parse_text(text, "b.s")
    assert all(parser._LINES[k] is v for k, v in seen.items())      # reused, not made again
    old = parser.MAX_SHARED_LINES
    try:
        parser.MAX_SHARED_LINES = 10
        parse_text("v_mov_b32 v1, 2\n", "c.s")                   # over the bound: emptied first
        assert set(parser._LINES) == {"v_mov_b32 v1, 2"}
    finally:
        parser.MAX_SHARED_LINES = old
        clear_caches()

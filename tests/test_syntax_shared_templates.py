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

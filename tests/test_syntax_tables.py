"""The parser's LALR tables ship inside the package (isacheck/asm/amdgcn_lalr.json), built from
grammars/amdgcn.lark by `python -m isacheck.asm.tables`; nothing is ever unpickled, and nothing is
read from or written to the temp directory (issue 7: Lark's cache=True loaded a pickle from /tmp).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import lark
import pytest
from lark import Lark

from isacheck.asm import parser, tables
from isacheck.asm.fill import compile_fill
from isacheck.asm.transformer import make_transformer

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus" / "dumps"


def _shipped() -> dict:
    return json.loads(tables.TABLES.read_text(encoding="utf-8"), object_pairs_hook=tables._int_keys)


def test_shipped_tables_were_built_from_this_grammar():
    doc = _shipped()
    assert doc["format"] == tables.FORMAT
    assert doc["grammar_sha256"] == tables.grammar_sha256(), \
        "grammars/amdgcn.lark changed: run `python -m isacheck.asm.tables`"
    # Tables are used only with the Lark that wrote them; with another, the grammar is analysed
    # in the process instead (slower, never wrong).
    assert (tables.load(make_transformer()) is not None) == (doc["lark"] == lark.__version__)


def _same_lark() -> None:
    if _shipped()["lark"] != lark.__version__:
        pytest.skip(f"the tables were written by Lark {_shipped()['lark']}, this is {lark.__version__}")


def _structure(data: dict, memo: dict) -> tuple:
    """Rules and terminals as sets: state numbers differ from build to build (hash order)."""
    loaded = object.__new__(Lark)._load({"data": data, "memo": memo})
    rules = sorted(f"{r.origin.name} -> {' '.join(s.name for s in r.expansion)} ({r.alias})" for r in loaded.rules)
    terms = sorted((t.name, t.pattern.type, t.pattern.value, tuple(t.pattern.flags), t.priority)
                   for t in loaded.terminals)
    return rules, terms, sorted(loaded.options.options.items(), key=lambda kv: kv[0]).__repr__()


def test_shipped_tables_equal_a_fresh_build():
    _same_lark()
    doc = _shipped()
    fresh = tables.build_document()
    assert _structure(doc["data"], doc["memo"]) == _structure(fresh["data"], fresh["memo"])
    # the shipped text is what the script writes for some build (sorted keys, one line)
    assert tables.TABLES.read_text() == json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n"


def test_shipped_parser_parses_like_the_grammar():
    _same_lark()
    shipped = tables.load(make_transformer())
    fresh = tables.analyse(make_transformer())
    assert shipped is not None and shipped.source_path == "<deserialized>"
    lines = {line.strip() for p in sorted(CORPUS.glob("gfx1250/*.s"))[:4] + sorted(CORPUS.glob("gfx90a/*.s"))[:4]
             for line in p.read_text().splitlines()
             if line.startswith("\t") and not line.strip().startswith(";") and "#" not in line}
    assert len(lines) > 500
    for line in sorted(lines):
        a, b = shipped.parse(line.strip()), fresh.parse(line.strip())
        assert compile_fill(a, False)((), {}, None, None) == compile_fill(b, False)((), {}, None, None), line


def test_stale_or_foreign_tables_are_not_used(tmp_path, monkeypatch):
    doc = _shipped()
    for change in ({"grammar_sha256": "0" * 64}, {"lark": "0.0.1"}, {"format": 99}):
        bad = tmp_path / "t.json"
        bad.write_text(json.dumps({**doc, **change}))
        monkeypatch.setattr(tables, "TABLES", bad)
        assert tables.load(make_transformer()) is None
    (tmp_path / "t.json").write_text("{not json")
    assert tables.load(make_transformer()) is None
    monkeypatch.setattr(tables, "TABLES", tmp_path / "missing.json")
    assert tables.load(make_transformer()) is None


def test_parsing_unpickles_nothing_and_never_touches_the_temp_dir(tmp_path):
    """In a fresh process with its own temp dir holding a planted pickle where Lark's cache would
    look: parse a real dump, with an audit hook recording every file opened and every class a
    pickle would resolve."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    planted = scratch / ".lark_cache_planted.tmp"
    planted.write_bytes(b"cos\nsystem\n(S'touch pwned'\ntR.")
    dump = sorted(CORPUS.glob("gfx942/*.s"))[0]
    script = textwrap.dedent(f"""
        import sys
        events = []
        def hook(event, args):
            if event == "open" and isinstance(args[0], str):
                events.append(("open", args[0]))
            elif event == "pickle.find_class":
                events.append(("pickle", repr(args)))
        sys.addaudithook(hook)
        from isacheck.asm import parse_file
        module = parse_file({str(dump)!r})
        assert module.kernels
        for kind, what in events:
            print(kind, what)
    """)
    env = {**os.environ, "TMPDIR": str(scratch), "TEMP": str(scratch), "TMP": str(scratch)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    events = out.stdout.splitlines()
    assert not [e for e in events if e.startswith("pickle")]
    assert not [e for e in events if str(scratch) in e or "lark_cache" in e]
    assert sorted(p.name for p in scratch.iterdir()) == [planted.name]
    assert any("amdgcn_lalr.json" in e for e in events)      # the tables were looked for in the package


def test_the_process_parser_is_the_shipped_one():
    parser._lark.cache_clear()
    try:
        expected = "<deserialized>" if _shipped()["lark"] == lark.__version__ else str(tables.grammar_path())
        assert parser._lark().source_path == expected
    finally:
        parser._lark.cache_clear()

"""The grammar's LALR parser, built ahead of time and shipped inside the package as JSON.

Why: Lark's own ``cache=True`` pickles the analysed grammar into the shared temp directory under a
predictable name and unpickles whatever it finds there next time, so anyone who can write to
/tmp could run code as the user. This module keeps the speed (loading the tables takes ~7 ms,
analysing the grammar ~35 ms) without a pickle or a writable location: the tables are plain JSON
(``json.loads`` runs no code) in ``isacheck/asm/amdgcn_lalr.json``, written by

    python -m isacheck.asm.tables          # after any change to grammars/amdgcn.lark

They are used only when they were built from this very grammar (its sha256) by this very Lark
version; otherwise the parser analyses the grammar in the process, which is slower but always
right. tests/test_syntax_tables.py checks that the shipped file is what this script builds.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import lark
from lark import Lark
from lark.grammar import Rule
from lark.lexer import TerminalDef

from isacheck.atomic import atomic_write
from isacheck.resources import grammar_path

TABLES = Path(__file__).resolve().with_name("amdgcn_lalr.json")
FORMAT = 1

# How the grammar is analysed (grammars/amdgcn.lark is LALR(1)): a contextual lexer offers only
# the terminals the parser can accept in its current state, which is what lets `scc` be a register
# after a comma and a cache-policy flag after the operands. maybe_placeholders: an optional part
# that is absent is passed to the transformer as None, so its methods have fixed signatures.
OPTIONS = {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": True}

# Options given at load time (the transformer is an object, not data); Lark refuses the others.
_RUNTIME_OPTIONS = frozenset({"transformer", "postlex", "lexer_callbacks", "use_bytes", "debug",
                              "g_regex_flags", "regex", "propagate_positions", "tree_class", "_plugins"})


def grammar_sha256() -> str:
    return hashlib.sha256(grammar_path().read_bytes()).hexdigest()


def analyse(transformer=None) -> Lark:
    """Analyse the grammar now (no cache of any kind)."""
    kwargs = dict(OPTIONS)
    if transformer is not None:
        kwargs["transformer"] = transformer
    return Lark.open(str(grammar_path()), **kwargs)


def build_document() -> dict:
    """The tables as plain data: what ``amdgcn_lalr.json`` holds."""
    data, memo = analyse().memo_serialize([TerminalDef, Rule])
    data["options"] = {k: v for k, v in data["options"].items() if k not in _RUNTIME_OPTIONS}
    return {"format": FORMAT, "lark": lark.__version__, "grammar_sha256": grammar_sha256(),
            "data": data, "memo": memo}


def render() -> str:
    """The file's exact text (sorted keys, so that it is the same on every run)."""
    return json.dumps(build_document(), sort_keys=True, separators=(",", ":")) + "\n"


def _int_keys(pairs):
    # Lark's tables are dicts keyed by state and memo numbers; JSON keeps keys as strings. No
    # terminal or rule name is all digits, so an all-digit object is one of those int-keyed dicts.
    if pairs and all(k.isdigit() for k, _ in pairs):
        return {int(k): v for k, v in pairs}
    return dict(pairs)


def load(transformer) -> Lark | None:
    """The shipped parser with ``transformer``, or None when the file is missing, unreadable,
    or was built from another grammar or by another Lark version."""
    try:
        document = json.loads(TABLES.read_text(encoding="utf-8"), object_pairs_hook=_int_keys)
    except (OSError, ValueError):
        return None
    if (not isinstance(document, dict) or document.get("format") != FORMAT
            or document.get("lark") != lark.__version__
            or document.get("grammar_sha256") != grammar_sha256()):
        return None
    try:
        parser = object.__new__(Lark)
        return parser._load({"data": document["data"], "memo": document["memo"]},
                            transformer=transformer)
    except Exception:  # tables from a Lark whose format differs: analyse the grammar instead
        return None


def main(argv=None) -> int:
    """Write amdgcn_lalr.json beside this module (atomically: a reader never sees half a file)."""
    text = render()
    atomic_write(TABLES, text.encode("utf-8"), mode=0o644)   # a package file is world-readable
    print(f"wrote {TABLES.name} ({len(text)} bytes, lark {lark.__version__})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

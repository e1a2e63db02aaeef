"""Mutated real dumps: the parser returns a Module or raises an IsacheckError, never anything else.

A crash with another exception would reach the user as a traceback; this is what the CLI's
"one line, exit 2" promise rests on.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isacheck.asm import parse_text
from isacheck.asm.model import Module
from conftest import USER_EXCERPT
from isacheck.errors import IsacheckError

DATA = Path(__file__).resolve().parent / "data" / "asm_snippets"
TEXTS = [
    (DATA / "gfx1151_cast_fp8e4nv_to_fp16.s").read_text(),
    (DATA / "gfx90a_row_sum_fp32.s").read_text(),
    USER_EXCERPT.read_text(),
]
# Characters that matter to the grammar, the shape cache, the YAML block and line splitting.
ALPHABET = list("#\";:,[](){}|-+.@$%&*/\\ \t\n\r0123456789xvsal_") + [
    "\x00", "\x0b", "\u2028", "\x85", "é", "\ufeff", "::", ".l", "0x", "v[", "; %bb.1:", ".loc",
    ".amdgpu_metadata", ".end_amdgpu_metadata", ".amdhsa_kernel k", ".end_amdhsa_kernel", "---",
]


def mutations(texts):
    """Strategy: one of ``texts`` with 1-4 line deletions, duplications, swaps, byte flips,
    insertions or a truncation (shared with tests/test_analysis_fuzz.py)."""
    return _mutated(st.sampled_from(texts))


@st.composite
def _mutated(draw, texts):
    lines = draw(texts).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "insert", "truncate"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "flip":
            line = lines[i]
            k = draw(st.integers(0, max(0, len(line) - 1)))
            lines[i] = line[:k] + draw(st.sampled_from(ALPHABET)) + line[k + 1:]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(ALPHABET)) + "\n")
        else:
            text = "".join(lines)
            cut = draw(st.integers(0, len(text)))
            lines = [text[:cut]]
    return "".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations(TEXTS))
def test_mutated_dumps_parse_or_fail_cleanly(text):
    try:
        module = parse_text(text, "fuzz.s")
    except IsacheckError as exc:
        assert str(exc).startswith("fuzz.s")        # every error names the file
        return
    assert isinstance(module, Module)
    for kernel in module.kernels:
        n = len(kernel.instructions)
        assert all(0 <= b.start <= b.end <= n for b in kernel.blocks)

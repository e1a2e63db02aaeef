"""The syntax coverage corpus (samples/corpus): every line of every dump parses, the dumps are
what samples/corpus/regen.py recorded, and they hold the constructs they were written to provoke.

The facts checked here come from the dump text itself (what LLVM printed), counted with plain
regular expressions, never from isacheck's own reading of it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from isacheck.asm import parse_file

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus"
DUMPS = CORPUS / "dumps"
MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text())
FILES = sorted(DUMPS.glob("*/*.s"))
REQUIRED_TARGETS = {"gfx90a", "gfx942", "gfx950", "gfx1100", "gfx1151", "gfx1201", "gfx1250"}

# An instruction line as LLVM prints it: a tab, a lower-case mnemonic, then a blank or the end.
_INSTRUCTION = re.compile(r"^\t([a-z][a-z0-9_]*)(?:[ \t]|$)", re.MULTILINE)


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_manifest_records_how_the_corpus_was_made():
    assert MANIFEST["generator"] == "samples/corpus/regen.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", MANIFEST["triton"])
    assert MANIFEST["environment"] == {"TRITON_DEFAULT_FP_FUSION": "1"}
    assert REQUIRED_TARGETS <= set(MANIFEST["targets"])
    assert MANIFEST["kernels_sha256"] == hashlib.sha256((CORPUS / "kernels.py").read_bytes()).hexdigest()
    # every job is dumped for every target it is meant for, or its skip is recorded with Triton's reason
    for name, job in MANIFEST["jobs"].items():
        for target in job["targets"]:
            key = f"{target}/{name}"
            assert key in MANIFEST["dumps"] or MANIFEST["skipped"].get(key), key
    assert {_id(p) for p in FILES} == set(MANIFEST["dumps"])


def test_corpus_stays_small():
    assert sum(p.stat().st_size for p in FILES) < 5 * 2**20


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_every_line_of_every_dump_parses(path):
    text = path.read_bytes()
    entry = MANIFEST["dumps"][_id(path)]
    assert hashlib.sha256(text).hexdigest() == entry["sha256"], "dump differs from MANIFEST.json: rerun regen.py"
    module = parse_file(path)
    assert module.target == path.parent.name
    assert module.line_count == entry["lines"]
    assert not module.warnings
    # every instruction line LLVM printed is one instruction of the model, none lost or invented
    printed = Counter(m.group(1) for m in _INSTRUCTION.finditer(text.decode()))
    read = Counter(i.mnemonic for k in module.kernels for i in k.instructions)
    assert read == printed


def _lines(target: str, pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return [line for p in DUMPS.glob(f"{target}/*.s") for line in p.read_text().splitlines() if rx.search(line)]


# (targets, what the corpus must contain there): the constructs issue 8 lists, found in the text
CONSTRUCTS = [
    (("gfx90a", "gfx942", "gfx950"), r"_dpp .*\brow_half_mirror\b"),     # reductions on gfx9
    (("gfx90a", "gfx942", "gfx950"), r"\brow_bcast:(15|31)\b"),
    (("gfx1100", "gfx1151", "gfx1201"), r"_dpp .*\brow_(shr|xmask|share):"),
    (("gfx90a", "gfx1100", "gfx1201"), r"^\s*(ds_swizzle_b32|ds_bpermute_b32|v_permlane\w*|ds_permute_b32)\b"),
    (("gfx90a", "gfx942", "gfx1100", "gfx1201", "gfx1250"), r"^\s*(global|buffer|flat)_atomic_\w+"),
    (("gfx942", "gfx1100", "gfx1201"), r"^\s*buffer_(load|store)_\w+"),
    (("gfx90a", "gfx1100", "gfx1250"), r"^\s*v_div_scale_f64\b"),
    (("gfx90a", "gfx1100", "gfx1201"), r"^\s*(global|buffer)_(load|store)_(u?byte|sbyte|u?short|sshort|b8|i8|u8|b16|i16|u16|d16\w*)\b"),
    (("gfx90a", "gfx1100", "gfx1201"), r"^\s*(global|buffer)_(load|store)_(dwordx2|b64)\b"),
    (("gfx90a", "gfx942", "gfx1100", "gfx1201"), r"^\s*ds_(read|write|load|store)\w*"),
    (("gfx1100", "gfx1151", "gfx1201", "gfx1250"), r"^\s*v_dual_\w+ .*::"),            # VOPD dual issue
    (("gfx90a", "gfx942", "gfx950"), r"^\s*v_mfma_\w+"),
    (("gfx950",), r"^\s*v_mfma_scale_f32_\w+_f8f6f4\b"),                              # tl.dot_scaled
    (("gfx1100", "gfx1201", "gfx1250"), r"^\s*v_wmma_\w+"),
    (("gfx1201",), r"^\s*v_wmma_f32_16x16x16_fp8_fp8\b"),
    (("gfx90a", "gfx942", "gfx950", "gfx1100", "gfx1201", "gfx1250"), r"^\s*s_waitcnt|^\s*s_wait_\w+"),
    (("gfx1100", "gfx1201"), r"^\s*s_delay_alu instid0\("),
    (("gfx1100", "gfx1201", "gfx1250"), r"\bv\d+\.[lh]\b"),                          # 16-bit halves
    (("gfx90a", "gfx942", "gfx950"), r"\bop_sel_hi:\["),
]


@pytest.mark.parametrize("targets,pattern", CONSTRUCTS, ids=[c[1][:40] for c in CONSTRUCTS])
def test_corpus_provokes_the_constructs_it_is_for(targets, pattern):
    for target in targets:
        assert _lines(target, pattern), f"no line matching {pattern!r} in the {target} dumps"


def test_bare_dpp_controls_are_read_as_modifiers():
    """`row_half_mirror` (issue 8's example) on every gfx9 dump line that has it, as LLVM printed it."""
    for target in ("gfx90a", "gfx942", "gfx950"):
        expected = len(_lines(target, r"\brow_half_mirror\b"))
        found = 0
        for path in DUMPS.glob(f"{target}/*.s"):
            for kernel in parse_file(path).kernels:
                found += sum(("row_half_mirror", None) in i.modifiers for i in kernel.instructions)
        assert found == expected > 0

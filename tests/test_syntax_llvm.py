"""The grammar against LLVM's own AMDGPU assembler (the one Triton ships), line by line.

* Every corpus dump assembles with LLVM as a whole (the corpus is valid input).
* Every distinct instruction shape of the corpus (numbers folded, one line per shape and target)
  that LLVM accepts on its own, isacheck accepts.
* Lines LLVM accepts but Triton does not emit (bare DPP controls on every DPP form, gfx1250 WMMA
  reuse flags, |-1.0|, SWMMAC, `no` cache-policy forms, ...) parse too.
* Deliberately broken lines, made by breaking the corpus shapes in ways that are syntax errors,
  are rejected by LLVM (checked: that is the ground truth) and by isacheck.

LLVM's verdicts come from one assembler call per target and batch (~0.1 s each), so they are not
cached in a fixture. LLVM reports errors on file descriptor 2 as `<stdin>:LINE:COL: error: ...`.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest

from isacheck.asm import parse_text
from isacheck.errors import IsacheckError

compiler = pytest.importorskip("triton.backends.amd.compiler")

REPO = Path(__file__).resolve().parents[1]
DUMPS = REPO / "samples" / "corpus" / "dumps"
TARGETS = sorted(p.name for p in DUMPS.iterdir())
_DIAGNOSTIC = re.compile(r"^[^:\n]*:(\d+):(\d+): error: (.*)$", re.MULTILINE)
_INSTRUCTION = re.compile(r"^\s+([a-z][a-z0-9_]*)(?:[ \t]|$)")
_LOCAL_SYMBOL = re.compile(r"\.L[\w.$]+")


def assemble(text: str, target: str) -> tuple[dict[int, str], str | None]:
    """LLVM's errors by 1-based line, and the exception message (None when it assembled)."""
    saved = os.dup(2)
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        try:
            try:
                compiler.assemble_amdgcn(text, target, "")
                message = None
            except RuntimeError as exc:
                message = str(exc)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        diagnostics = capture.read().decode("utf-8", "replace")
    errors: dict[int, str] = {}
    for line, _col, error in _DIAGNOSTIC.findall(diagnostics):
        errors.setdefault(int(line), error)
    return errors, message


def llvm_verdicts(lines: list[str], target: str) -> list[str | None]:
    """For each line, LLVM's error assembled alone (None: accepted). Local labels the lines use are
    defined after them, so that a branch to .LBB0_3 is judged on its syntax, not on the label."""
    symbols = sorted({s for line in lines for s in _LOCAL_SYMBOL.findall(line)})
    text = "".join(f"{line}\n" for line in lines) + "".join(f"{s}:\n" for s in symbols)
    errors, message = assemble(text, target)
    assert message is None or errors, f"LLVM failed without a line diagnostic: {message}"
    return [errors.get(i) for i in range(1, len(lines) + 1)]


def isacheck_accepts(line: str) -> bool:
    try:
        parse_text(line, "<line>")
    except IsacheckError:
        return False
    return True


def shape_of(line: str) -> str:
    """The line with its comment dropped and every run of digits folded: one line per shape."""
    return re.sub(r"[0-9]+", "0", line.split(";", 1)[0].rstrip())


@pytest.fixture(scope="module")
def corpus_shapes() -> dict[str, list[str]]:
    """Per target, the first instruction line of each distinct shape in the corpus."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted(DUMPS.glob("*/*.s")):
        for line in path.read_text().splitlines():
            if _INSTRUCTION.match(line):
                code = line.split(";", 1)[0].rstrip()
                out[path.parent.name].setdefault(shape_of(code), code.strip())
    return {t: list(v.values()) for t, v in out.items()}


@pytest.mark.parametrize("target", TARGETS)
def test_every_corpus_dump_assembles_with_llvm(target):
    for path in sorted((DUMPS / target).glob("*.s")):
        errors, message = assemble(path.read_text(), target)
        assert message is None and not errors, (path.name, message, list(errors.items())[:3])


@pytest.mark.parametrize("target", TARGETS)
def test_every_shape_llvm_accepts_isacheck_accepts(target, corpus_shapes):
    lines = corpus_shapes[target]
    verdicts = llvm_verdicts(lines, target)
    accepted = [line for line, error in zip(lines, verdicts) if error is None]
    # alone, a few lines lose their context (a symbol difference across sections); nearly all stay
    assert len(accepted) >= 0.9 * len(lines) and len(accepted) > 100, (len(accepted), len(lines))
    refused = [line for line in accepted if not isacheck_accepts(line)]
    assert refused == []


# Lines LLVM accepts (asserted below) that Triton's corpus does not contain.
EXTRA_LINES = [
    ("gfx90a", "v_mov_b32_dpp v2, v0 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1"),
    ("gfx90a", "v_mov_b32_dpp v0, v1 row_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx90a", "v_add_f32_dpp v0, v1, v2 row_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx90a", "v_add_f32_dpp v0, -v1, |v2| row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1"),
    ("gfx942", "v_max_f32_dpp v0, v1, v2 row_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx950", "v_mov_b32_dpp v0, v1 row_half_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx1100", "v_mov_b32_dpp v0, v1 row_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx1100", "v_add_f32_e64_dpp v0, v1, v2 row_mirror row_mask:0xf bank_mask:0xf fi:1"),
    ("gfx1151", "v_add_f32_dpp v0, v1, v2 row_half_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx1201", "v_mov_b32_dpp v0, v1 row_half_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx1201", "v_add_f32_e64_dpp v0, |v1|, -v2 row_mirror row_mask:0xf bank_mask:0xf"),
    ("gfx1250", "v_wmma_f32_16x16x32_f16 v[0:7], v[8:15], v[16:23], v[0:7] matrix_a_reuse"),
    ("gfx1250", "v_wmma_f32_16x16x32_f16 v[0:7], v[8:15], v[16:23], v[0:7] matrix_a_reuse matrix_b_reuse"),
    ("gfx1250", "v_wmma_f32_16x16x32_f16 v[0:7], v[8:15], v[16:23], v[0:7] nomatrix_b_reuse"),
    ("gfx90a", "v_add_f32_e64 v0, |-1.0|, v1"),
    ("gfx90a", "v_fma_f32 v0, -|-2.0|, v1, v2"),
    ("gfx1100", "v_max_f32_e64 v0, |-4.0|, v1"),
    ("gfx1201", "v_swmmac_f32_16x16x32_f16 v[0:7], v[8:11], v[12:19], v20 index_key:1"),
    ("gfx1201", "v_swmmac_f32_16x16x32_fp8_fp8 v[0:7], v[8:9], v[10:13], v14"),
    ("gfx90a", "global_load_dword v1, v[2:3], off glc slc scc"),
    ("gfx90a", "global_load_dword v1, v[2:3], off noglc noslc"),
    ("gfx942", "global_load_dword v1, v[2:3], off nt sc0 sc1"),
    ("gfx942", "global_load_dword v1, v[2:3], off nosc0 nont"),
    ("gfx1100", "global_load_b32 v1, v[2:3], off glc slc dlc"),
    ("gfx1250", "global_load_b32 v1, v2, s[0:1] scale_offset nv"),
    ("gfx1201", "global_load_b32 v1, v[2:3], off th:TH_LOAD_NT scope:SCOPE_SYS"),
    ("gfx1100", "exp mrt0 v1, v2, v3, v4 done row_en"),
    ("gfx90a", "image_load v[0:3], v[4:7], s[8:15] dmask:0xf unorm da"),
    ("gfx90a", "ds_swizzle_b32 v0, v1 offset:swizzle(BITMASK_PERM,\"01pip\")"),
    ("gfx90a", "ds_swizzle_b32 v0, v1 offset:swizzle(QUAD_PERM,1,0,3,2)"),
    ("gfx90a", "s_mov_b64 s[0:1], [s2,s3]"),
    ("gfx90a", "v_mov_b32 v0, ~1"),
    ("gfx90a", "v_add_f32_e64 v0, v1, v2 clamp mul:2"),
    ("gfx1100", "v_mov_b32_dpp v0, v1 dpp8:[7,6,5,4,3,2,1,0]"),
    ("gfx90a", "#APP"),
    ("gfx1100", "buffer_load_b32 v[1:2], off, s[0:3], 0 tfe"),
    ("gfx90a", "buffer_load_dword off, s[0:3], 0 lds"),
    ("gfx90a", "image_load v[0:1], v[4:7], s[8:15] dmask:0xf d16"),
    ("gfx1100", "image_load v[0:3], v4, s[8:15] dmask:0xf dim:SQ_RSRC_IMG_2D a16"),
    ("gfx1201", "image_load v[0:3], [v4, v5], s[8:15] dmask:0xf dim:SQ_RSRC_IMG_2D r128"),
    ("gfx1100", "ds_add_u32 v1, v2 gds"),
]

# Words of LLVM's modifier parser that it rejects on every target isacheck supports (asserted).
REJECTED_WORDS = [
    ("gfx942", "buffer_load_dword v1, off, s[0:3], 0 swz"),
    ("gfx1201", "buffer_load_b32 v1, off, s[0:3], null swz"),
    ("gfx1100", "exp mrt0 v1, v2, v3, v4 compr"),
    ("gfx1100", "exp mrt0 v1, v2, v3, v4 vm"),
    ("gfx1100", "v_interp_p10_f16_f32 v0, v1, v2, v3 high"),
    ("gfx90a", "buffer_load_dword v1, off, s[0:3], 0 addr64"),
    ("gfx90a", "v_mov_b32_dpp v0, v1 row_mirror row_mask:0xf bank_mask:0xf bound_ctrl"),
    ("gfx942", "global_atomic_add v1, v[2:3], off noret"),
    ("gfx1250", "v_mov_b32_e32 v0, 1 lit64"),
    ("gfx90a", "global_load_dword v1, v[2:3], off offset: glc"),
]


@pytest.mark.parametrize("target", sorted({t for t, _ in REJECTED_WORDS}))
def test_modifier_words_llvm_rejects_are_errors(target):
    lines = [line for t, line in REJECTED_WORDS if t == target]
    verdicts = llvm_verdicts(lines, target)
    assert [line for line, v in zip(lines, verdicts) if v is None] == []             # ground truth
    assert [line for line in lines if isacheck_accepts(line)] == []


@pytest.mark.parametrize("target", sorted({t for t, _ in EXTRA_LINES}))
def test_lines_llvm_accepts_beyond_the_corpus(target):
    lines = [line for t, line in EXTRA_LINES if t == target]
    verdicts = llvm_verdicts(lines, target)
    assert [(line, v) for line, v in zip(lines, verdicts) if v is not None] == []   # ground truth
    assert [line for line in lines if not isacheck_accepts(line)] == []


def _break(line: str) -> dict[str, str]:
    """Syntax errors made from one valid line: name -> broken line (those that apply)."""
    out = {}
    if "," in line:
        out["double comma"] = line.replace(",", ",,", 1)
        out["missing operand"] = line.replace(",", ", ,", 1)
    m = re.search(r"\b([vsa])\[(\d+):(\d+)\]", line)
    if m:
        out["unclosed register range"] = line[:m.end() - 1] + line[m.end():]
        out["empty range end"] = line[:m.start(3)] + line[m.end(3):]
    m = re.search(r"\b([a-z_]+):(\S+)", line)
    if m and "::" not in line:
        out["keyed modifier without value"] = line[:m.start(2)] + line[m.end(2):]
    if re.search(r", v\d+$", line):
        out["unclosed absolute value"] = re.sub(r", (v\d+)$", r", |\1", line)
        out["unknown bare modifier"] = line + " row_mirrror"
    if "(" in line:
        out["unclosed call"] = line[:line.rindex(")")] + line[line.rindex(")") + 1:]
    if "::" in line:
        out["dual without second half"] = line.split("::")[0] + "::"
    out["stray hash"] = line + " #1"
    return out


def test_broken_lines_are_rejected_by_llvm_and_isacheck(corpus_shapes):
    by_kind: dict[str, int] = defaultdict(int)
    accepted_by_isacheck = []
    for target in TARGETS:
        broken = [(kind, bad) for line in corpus_shapes[target] for kind, bad in _break(line).items()]
        verdicts = llvm_verdicts([bad for _, bad in broken], target)
        for (kind, bad), error in zip(broken, verdicts):
            if error is None:       # LLVM takes a trailing comma, say: not a syntax error to it
                continue
            by_kind[kind] += 1
            if isacheck_accepts(bad):
                accepted_by_isacheck.append((target, kind, bad, error))
    assert accepted_by_isacheck == []
    # every kind of breakage was really tried on many lines LLVM rejects
    assert set(by_kind) == {"double comma", "missing operand", "unclosed register range",
                            "empty range end", "keyed modifier without value", "unclosed absolute value",
                            "unknown bare modifier", "unclosed call", "dual without second half",
                            "stray hash"}, dict(by_kind)
    assert min(by_kind.values()) >= 5, dict(by_kind)

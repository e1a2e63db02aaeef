"""The parser on real Triton output: kernels compiled live here, committed dumps, the user's excerpt.

The kernels below are compiled by Triton's AMD backend in this process (no GPU needed), so their
``.loc`` lines point into this very file; the tests look the expected Python lines up by marker.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")

triton = pytest.importorskip("triton")
import triton.language as tl  # noqa: E402
from triton.backends.compiler import GPUTarget  # noqa: E402
from triton.compiler import ASTSource  # noqa: E402

from conftest import USER_EXCERPT  # noqa: E402
from isacheck.asm import parse_file, parse_text  # noqa: E402
from isacheck.asm.parser import line_entry_both_ways  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SNIPPETS = HERE / "data" / "asm_snippets"
EXCERPT = USER_EXCERPT  # one copy in the repository: samples/asm/user_report/
TARGETS = ("gfx90a", "gfx942", "gfx950", "gfx1100", "gfx1101", "gfx1102", "gfx1103",
           "gfx1150", "gfx1151", "gfx1152", "gfx1153", "gfx1200", "gfx1201", "gfx1250")


@triton.jit
def fp8_to_fp16(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = x.to(tl.float16)  # MARK: convert
    tl.store(y_ptr + offs, y, mask=mask)


@triton.jit
def fp8_dot(a_ptr, b_ptr, c_ptr, BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    rm = tl.arange(0, BM)
    rn = tl.arange(0, BN)
    rk = tl.arange(0, BK)
    a = tl.load(a_ptr + rm[:, None] * BK + rk[None, :])
    b = tl.load(b_ptr + rk[:, None] * BN + rn[None, :])
    c = tl.dot(a, b)  # MARK: dot
    tl.store(c_ptr + rm[:, None] * BN + rn[None, :], c)


@triton.jit
def row_sum(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + tl.program_id(0) * n + offs, mask=offs < n, other=0.0)
    tl.store(y_ptr + tl.program_id(0), tl.sum(x, axis=0))


def marker_line(mark: str) -> int:
    for number, line in enumerate(Path(__file__).read_text().splitlines(), 1):
        if f"# MARK: {mark}" in line:
            return number
    raise AssertionError(mark)


def compile_amdgcn(fn, signature, constexprs, target) -> str:
    src = ASTSource(fn=fn, signature={**signature, **{k: "constexpr" for k in constexprs}}, constexprs=constexprs)
    warp = 64 if target.startswith("gfx9") else 32
    return triton.compile(src, target=GPUTarget("hip", target, warp), options={"num_warps": 4}).asm["amdgcn"]


def cast_asm(target: str, fmt: str = "fp8e4nv") -> str:
    return compile_amdgcn(fp8_to_fp16, {"x_ptr": f"*{fmt}", "y_ptr": "*fp16", "n": "i32"}, {"BLOCK": 256}, target)


@pytest.fixture(scope="module")
def gfx1151_cast():
    return parse_text(cast_asm("gfx1151"), "fp8_to_fp16.amdgcn")


# ---------------------------------------------------------------- the model of a live kernel

@pytest.mark.compile
def test_kernel_target_and_files(gfx1151_cast):
    m = gfx1151_cast
    assert (m.path, m.target, m.target_triple) == (
        "fp8_to_fp16.amdgcn", "gfx1151", "amdgpu11.51-amd-amdhsa-unknown-gfx1151")
    assert [k.name for k in m.kernels] == ["fp8_to_fp16"]
    assert [(f.number, f.name) for f in m.files] == [(1, "test_parser.py")]
    # the directory is where the source was compiled from: this file's, unless a cache moved with a checkout
    assert Path(m.files[0].directory).is_absolute() and Path(m.files[0].directory).name == HERE.name
    k = m.kernels[0]
    first_label_line = next(i for i, line in enumerate(cast_asm_lines(m), 1) if line.startswith("fp8_to_fp16:"))
    assert k.asm_line == first_label_line


def cast_asm_lines(module):
    # the fixture's text, again (parse_text keeps no copy of it)
    return [line.strip() for line in cast_asm("gfx1151").splitlines()]


@pytest.mark.compile
def test_loc_points_at_the_conversion_line(gfx1151_cast):
    # gfx1151 has no FP8 instructions: the e4m3fn -> fp16 select ladder (v_cndmask with the
    # subnormal table 0x1800..0x2300) must be attributed to the `x.to(tl.float16)` line above.
    k = gfx1151_cast.kernels[0]
    ladder = [i for i in k.instructions if i.mnemonic.startswith("v_cndmask")
              and any(o.kind == "int" and o.value == 0x1C00 for o in i.operands)]
    assert ladder, "no subnormal ladder found"
    assert {(i.loc.file, i.loc.line) for i in ladder} == {("test_parser.py", marker_line("convert"))}


@pytest.mark.compile
def test_resource_facts_from_every_source(gfx1151_cast):
    k = gfx1151_cast.kernels[0]
    by = {}
    for f in k.facts:
        by.setdefault(f.source, {})[f.key] = f.value
    assert set(by) == {"amdhsa", "set", "stats", "metadata"}
    assert by["metadata"]["name"] == "fp8_to_fp16" and k.metadata[".name"] == "fp8_to_fp16"
    vgprs = by["stats"]["NumVgprs"]
    assert isinstance(vgprs, int) and vgprs > 0
    assert by["metadata"]["vgpr_count"] == vgprs == by["set"]["num_vgpr"]
    assert by["metadata"]["private_segment_fixed_size"] == by["stats"]["ScratchSize"] == 0
    assert by["amdhsa"]["wavefront_size32"] == 1 and by["metadata"]["wavefront_size"] == 32
    lines = [f.asm_line for f in k.facts]
    assert lines == sorted(lines)


@pytest.mark.compile
def test_blocks_cover_the_kernel(gfx1151_cast):
    k = gfx1151_cast.kernels[0]
    assert k.blocks[0].start == 0 and k.blocks[-1].end == len(k.instructions)
    for a, b in zip(k.blocks, k.blocks[1:]):
        assert a.end == b.start
    labels = {b.label for b in k.blocks}
    assert all(b.label.startswith(("%bb.", ".LBB")) for b in k.blocks)
    targets = {o.text for i in k.instructions if i.mnemonic.startswith(("s_cbranch", "s_branch"))
               for o in i.operands if o.kind == "symbol"}
    assert targets and targets <= labels
    # a block's asm_line is its label's line, and its first instruction follows it
    for b in k.blocks:
        if b.start < b.end:
            assert k.instructions[b.start].asm_line > b.asm_line


@pytest.mark.compile
def test_hardware_fp8_conversion_on_gfx942_is_attributed():
    m = parse_text(cast_asm("gfx942", "fp8e4b8"))
    assert m.target == "gfx942"
    cvt = [i for i in m.kernels[0].instructions if i.mnemonic.startswith("v_cvt_pk_f32_fp8")]
    assert cvt and {i.loc.line for i in cvt} == {marker_line("convert")}


@pytest.mark.compile
@pytest.mark.parametrize("target", ["gfx942", "gfx950", "gfx1201"])
def test_fp8_dot_matrix_instruction(target):
    asm = compile_amdgcn(fp8_dot, {"a_ptr": "*fp8e4b8" if target == "gfx942" else "*fp8e4nv",
                                   "b_ptr": "*fp8e4b8" if target == "gfx942" else "*fp8e4nv",
                                   "c_ptr": "*fp32"}, {"BM": 32, "BN": 32, "BK": 64}, target)
    m = parse_text(asm)
    (k,) = m.kernels
    matrix = [i for i in k.instructions if i.mnemonic.startswith(("v_mfma", "v_wmma"))]
    assert matrix, [i.mnemonic for i in k.instructions]
    assert {i.loc.line for i in matrix} == {marker_line("dot")}
    dst = matrix[0].operands[0]
    assert dst.kind in ("vgpr", "agpr") and dst.last > dst.first


# ---------------------------------------------------------------- every target Triton supports

@pytest.mark.compile
@pytest.mark.parametrize("target", TARGETS)
def test_every_target_parses(target):
    asm = cast_asm(target) + "\n" + compile_amdgcn(
        row_sum, {"x_ptr": "*fp32", "y_ptr": "*fp32", "n": "i32"}, {"BLOCK": 1024}, target)
    m = parse_text(asm)
    assert m.target == target
    assert [k.name for k in m.kernels] == ["fp8_to_fp16", "row_sum"]
    for k in m.kernels:
        assert k.instructions[-1].mnemonic == "s_endpgm"
        assert {f.source for f in k.facts} == {"amdhsa", "set", "stats", "metadata"}
    # every distinct line reads the same through the shape cache as through the grammar alone
    for line in sorted({line.strip() for line in asm.splitlines()} - _metadata_lines(asm)):
        if line:
            shaped, direct = line_entry_both_ways(line)
            assert shaped == direct, line


def _metadata_lines(text: str) -> set[str]:
    out, inside = set(), False
    for line in text.splitlines():
        s = line.strip()
        if s == ".amdgpu_metadata":
            inside = True
        elif s == ".end_amdgpu_metadata":
            inside = False
        elif inside:
            out.add(s)
    return out


# ---------------------------------------------------------------- committed dumps and samples

@pytest.mark.parametrize("path", sorted(SNIPPETS.glob("gfx*.s")), ids=lambda p: p.name)
def test_committed_snippets(path):
    m = parse_file(path)
    assert m.target == path.name.split("_")[0]
    assert len(m.kernels) == 1 and m.kernels[0].name != "<fragment>"
    text = path.read_text()
    for line in sorted({line.strip() for line in text.splitlines()} - _metadata_lines(text)):
        if line:
            shaped, direct = line_entry_both_ways(line)
            assert shaped == direct, line


def test_snippets_cover_the_special_forms():
    text = "\n".join(p.read_text() for p in SNIPPETS.glob("gfx*.s"))
    mnemonics = {i.mnemonic for p in SNIPPETS.glob("gfx*.s") for k in parse_file(p).kernels for i in k.instructions}
    assert any(m.startswith("v_dual_") for m in mnemonics)           # VOPD
    assert any(m.endswith("_dpp") for m in mnemonics)                # DPP
    assert any(m.startswith("v_wmma") for m in mnemonics)
    assert any(m.startswith("v_mfma") for m in mnemonics)
    assert "s_delay_alu" in mnemonics and "s_waitcnt" in mnemonics and "s_wait_alu" in mnemonics
    assert "op_sel:" in text


def _samples():
    return sorted((REPO / "samples" / "asm").glob("**/*.s"))


@pytest.mark.skipif(not _samples(), reason="samples/asm has no dumps yet")
@pytest.mark.parametrize("path", _samples(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_sample_parses(path):
    m = parse_file(path)
    assert m.kernels, path
    assert sum(len(k.instructions) for k in m.kernels) > 0


# ---------------------------------------------------------------- the user's pasted excerpt

def test_user_excerpt_is_one_fragment():
    m = parse_file(EXCERPT)
    assert m.line_count == 37 and m.target is None and m.files == ()
    (k,) = m.kernels
    assert (k.name, k.asm_line, k.facts, k.metadata) == ("<fragment>", 1, (), None)
    assert len(k.instructions) == 32          # 37 lines, 5 of them .loc
    spill = [i for i in k.instructions if i.mnemonic == "scratch_store_b32"]
    assert len(spill) == 1
    (s,) = spill
    assert str(s.loc) == "fused_moe.py:504:20"
    assert s.modifiers == (("offset", "3256"),)
    assert s.comment == "4-byte Folded Spill"
    assert [o.kind for o in s.operands] == ["off", "vgpr", "off"] and s.asm_line == 13
    lines = {i.loc.line for i in k.instructions if i.mnemonic == "v_cndmask_b32_e32"}
    assert lines == {500, 504}


def test_user_excerpt_with_target():
    assert parse_file(EXCERPT, target="gfx1151").target == "gfx1151"

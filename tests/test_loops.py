"""The loop finder against the compiler's own marks: LLVM's ``Loop Header`` and ``in Loop`` comments,
and the Python source of the loop body."""

from __future__ import annotations

import ast

import pytest

from conftest import SAMPLE_ASM, SAMPLES
from isacheck.analysis.loops import find_loops, hot_loop
from isacheck.asm import parse_file

MOE_GFX1151 = SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx1151.s"


def _loop_calls(path, kernel: str) -> tuple[set[int], set[int], set[int]]:
    """Python ground truth: lines of the ``a = tl.load``/``b = tl.load`` in the kernel's ``for`` loop,
    lines of its tl.dot calls (one per constexpr branch, only one compiled), lines of tl.store calls."""
    tree = ast.parse(path.read_text())
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == kernel)
    loop = next(n for n in ast.walk(fn) if isinstance(n, ast.For))
    loads = {n.lineno for n in ast.walk(loop) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
             and getattr(n.value.func, "attr", "") == "load" and getattr(n.targets[0], "id", "") in ("a", "b")}
    dots = {n.lineno for n in ast.walk(loop) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "dot"}
    stores = {n.lineno for n in ast.walk(fn) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "store"}
    return loads, dots, stores


@pytest.fixture(scope="module")
def moe_1151():
    return parse_file(MOE_GFX1151)


def test_k_loop_found_through_long_branch_back_edge(moe_1151):
    text = MOE_GFX1151.read_text().splitlines()
    kernel = moe_1151.kernels[0]
    loop = hot_loop(find_loops(kernel))
    assert loop is not None
    # LLVM marks the header; the finder's header is that block.
    header_block = next(b for b in kernel.blocks if b.label == loop.header)
    header_line = text[header_block.asm_line - 1]
    assert header_line.startswith(loop.header + ":") and "Loop Header: Depth=1" in header_line
    assert loop.llvm_header_depth == 1
    long = [b for b in loop.back_edges if b.kind == "long-branch"]
    assert long, loop.back_edges
    for edge in long:
        assert text[edge.asm_line - 1].strip().startswith("s_setpc_b64")
        # the jump's target is the header or a block LLVM itself puts in this loop
        target = text[edge.asm_line - 3].split("(", 1)[1].split("-", 1)[0]
        label_line = next(line for line in text if line.startswith(target + ":"))
        assert target == loop.header or f"in Loop: Header={loop.header.lstrip('.L')} " in label_line
    # every instruction from LLVM's header label down to the jump back is in the finder's loop, and so is
    # every block LLVM marks "in Loop" of this header
    inside = set(loop.indices())
    last = max(edge.asm_line for edge in long)
    between = [i for i, ins in enumerate(kernel.instructions) if header_block.asm_line < ins.asm_line <= last]
    assert between and all(i in inside for i in between)
    for b in kernel.blocks:
        if f"in Loop: Header={loop.header.lstrip('.L')} " in text[b.asm_line - 1]:
            assert all(i in inside for i in range(b.start, b.end))


def test_hot_loop_is_the_k_loop_by_source_lines(moe_1151):
    loop = hot_loop(find_loops(moe_1151.kernels[0]))
    ins = moe_1151.kernels[0].instructions
    lines = {ins[i].loc.line for i in loop.indices() if ins[i].loc is not None}
    loads, dots, stores = _loop_calls(SAMPLES / "kernels" / "fused_moe.py", "fused_moe_kernel")
    assert len(loads) == 2 and loads <= lines
    assert dots & lines
    assert not stores & lines          # the epilogue's stores are outside the K loop
    assert loop.matrix_instructions > 0


def test_kernel_without_loop_has_none():
    from conftest import USER_EXCERPT
    module = parse_file(USER_EXCERPT, target="gfx1151")
    assert hot_loop(find_loops(module.kernels[0])) is None


def test_every_sample_k_loop_matches_llvm_header():
    """Across the sample dumps (every target), the hot loop's header is the block LLVM marks."""
    for path in sorted((SAMPLE_ASM).glob("*/*.s")):
        text = path.read_text()
        if "Loop Header" not in text:
            continue
        kernel = parse_file(path).kernels[0]
        loop = hot_loop(find_loops(kernel))
        assert loop is not None and loop.llvm_header_depth is not None, path.name

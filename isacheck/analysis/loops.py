"""Loops of a kernel: the control-flow graph of its blocks, back edges, natural loops, and the
hot loop (the K loop of a GEMM).

The graph is built from the model alone. A node is a run of instructions that starts at a block
label (``.LBB0_2``, ``; %bb.3:``) or after a branch, and ends at the next one. Its successors:

* ``s_branch L``                    -> L
* ``s_cbranch_* L``                 -> L and the next node
* ``s_setpc_b64`` after ``s_getpc_b64`` and ``s_add_u32 sX, sX, (L-.Lpost_getpcN)&...`` -> L.
  LLVM writes a branch this way when L is too far for the 16-bit offset of ``s_branch``
  (gfx11 K loops of ~30k instructions end like this), so the back edge of a large loop is
  often one of these, never a plain ``s_cbranch``.
* ``s_endpgm``, ``s_setpc_b64`` with no resolvable target -> nothing
* anything else                     -> the next node

A back edge is an edge to a node that dominates its source; its natural loop is the header plus
every node that reaches the source without passing the header. LLVM also marks headers with
``; =>This Inner Loop Header: Depth=N``; when the model carries that mark (``BasicBlock.loop_depth``)
it is reported beside the loop, as a cross-check of the graph, never instead of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from isacheck.asm.model import Instruction, Kernel

_MATRIX_PREFIXES = ("v_mfma", "v_smfmac", "v_wmma", "v_swmmac")


@dataclass(frozen=True, slots=True)
class BackEdge:
    """The jump that closes a loop: where it stands and how it is written."""

    asm_line: int
    kind: str            # "branch" (s_branch/s_cbranch_*), "long-branch" (s_getpc/s_add/s_setpc), "fallthrough"


@dataclass(frozen=True, slots=True)
class Loop:
    """One natural loop. ``spans`` are [start, end) ranges of ``kernel.instructions``, in order."""

    header: str                          # label of the header's block ("" when it has none)
    header_line: int                     # asm line of the header's first instruction
    spans: tuple[tuple[int, int], ...]
    back_edges: tuple[BackEdge, ...]
    depth: int                           # 1 = outermost
    instructions: int
    matrix_instructions: int
    llvm_header_depth: int | None = None  # LLVM's "Loop Header: Depth=N" mark, when the model has it
    header_index: int = 0                # index in kernel.instructions of the header's first instruction

    def indices(self):
        for start, end in self.spans:
            yield from range(start, end)


def _is_terminator(m: str) -> bool:
    return m.startswith(("s_branch", "s_cbranch", "s_setpc", "s_endpgm")) or m == "s_trap"


def _label_target(inst: Instruction) -> str | None:
    for op in inst.operands:
        if op.kind == "symbol":
            return op.text
    return None


def _long_branch_target(instructions, end: int, start: int, labels: dict[str, int]) -> str | None:
    """The label a ``s_getpc_b64``/``s_add_u32``/``s_setpc_b64`` sequence ending at ``end`` jumps to."""
    for i in range(end - 1, max(start, end - 6) - 1, -1):
        inst = instructions[i]
        if inst.mnemonic.startswith("s_add_u32"):
            for op in inst.operands:
                if op.kind == "expr":
                    # ``(.LBB0_44-.Lpost_getpc4)&4294967295``: the label is the minuend
                    name = op.text.lstrip("(").split("-", 1)[0].strip()
                    if name in labels:
                        return name
            return None
    return None


class _Graph:
    def __init__(self, kernel: Kernel) -> None:
        ins = kernel.instructions
        n = len(ins)
        starts = {0}
        self.block_label: dict[int, str] = {}
        self.block_depth: dict[int, int] = {}
        for b in kernel.blocks:
            if b.start < n:
                starts.add(b.start)
                # several labels can name one position; the first (in file order) names the node
                self.block_label.setdefault(b.start, b.label)
                depth = b.loop_depth
                if depth is not None:
                    self.block_depth[b.start] = depth
        # Classify each distinct mnemonic once (a kernel has ~10^2 of them among ~10^5 instructions).
        mnemonics = [inst.mnemonic for inst in ins]
        terminators = {m for m in set(mnemonics) if _is_terminator(m)}
        self.mnemonics = mnemonics
        starts.update(i + 1 for i, m in enumerate(mnemonics) if m in terminators and i + 1 < n)
        self.starts = sorted(starts)
        self.ends = self.starts[1:] + [n]
        index_of = {s: k for k, s in enumerate(self.starts)}
        labels: dict[str, int] = {}
        for b in kernel.blocks:
            if b.start in index_of:
                labels.setdefault(b.label, index_of[b.start])
                # branch operands name blocks without the leading dot in some spellings
        self.succ: list[list[tuple[int, str, int]]] = []   # (node, kind, asm line of the jump)
        for k, (s, e) in enumerate(zip(self.starts, self.ends)):
            out: list[tuple[int, str, int]] = []
            last = ins[e - 1] if e > s else None
            nxt = k + 1 if k + 1 < len(self.starts) else None
            m = last.mnemonic if last is not None else ""
            if m.startswith("s_branch"):
                t = labels.get(_label_target(last) or "")
                if t is not None:
                    out.append((t, "branch", last.asm_line))
            elif m.startswith("s_cbranch"):
                t = labels.get(_label_target(last) or "")
                if t is not None:
                    out.append((t, "branch", last.asm_line))
                if nxt is not None:
                    out.append((nxt, "fallthrough", last.asm_line))
            elif m.startswith("s_setpc"):
                name = _long_branch_target(ins, e - 1, s, labels)
                if name is not None:
                    out.append((labels[name], "long-branch", last.asm_line))
            elif m.startswith("s_endpgm") or m == "s_trap":
                pass
            elif nxt is not None:
                out.append((nxt, "fallthrough", last.asm_line if last is not None else 0))
            self.succ.append(out)

    def dominators(self) -> list[int | None]:
        """Immediate dominators (Cooper, Harvey & Kennedy's iterative algorithm); None = unreachable."""
        n = len(self.starts)
        order: list[int] = []
        seen = [False] * n
        stack: list[tuple[int, int]] = [(0, 0)]
        seen[0] = True
        while stack:                      # iterative DFS postorder (loops have ~10^3 nodes)
            node, i = stack.pop()
            succ = self.succ[node]
            if i < len(succ):
                stack.append((node, i + 1))
                t = succ[i][0]
                if not seen[t]:
                    seen[t] = True
                    stack.append((t, 0))
            else:
                order.append(node)
        rpo = order[::-1]
        rank = {v: i for i, v in enumerate(rpo)}
        preds: list[list[int]] = [[] for _ in range(n)]
        for u in rpo:
            for v, _, _ in self.succ[u]:
                preds[v].append(u)
        idom: list[int | None] = [None] * n
        idom[0] = 0

        def intersect(a: int, b: int) -> int:
            while a != b:
                while rank[a] > rank[b]:
                    a = idom[a]
                while rank[b] > rank[a]:
                    b = idom[b]
            return a

        changed = True
        while changed:
            changed = False
            for v in rpo[1:]:
                new = None
                for p in preds[v]:
                    if idom[p] is not None:
                        new = p if new is None else intersect(p, new)
                if new is not None and idom[v] != new:
                    idom[v] = new
                    changed = True
        self.preds = preds
        return idom


def _dominance_intervals(idom: list[int | None]) -> tuple[list[int], list[int]]:
    """Pre/post numbers of the dominator tree: a dominates b iff pre[a] <= pre[b] and post[b] <= post[a]."""
    n = len(idom)
    children: list[list[int]] = [[] for _ in range(n)]
    for v, d in enumerate(idom):
        if d is not None and d != v:
            children[d].append(v)
    pre, post = [-1] * n, [-1] * n
    clock = 0
    stack = [(0, 0)]
    pre[0] = clock
    while stack:
        v, i = stack.pop()
        if i < len(children[v]):
            stack.append((v, i + 1))
            c = children[v][i]
            clock += 1
            pre[c] = clock
            stack.append((c, 0))
        else:
            clock += 1
            post[v] = clock
    return pre, post


def find_loops(kernel: Kernel) -> tuple[Loop, ...]:
    """Every natural loop of the kernel, outermost first, then in file order."""
    if not kernel.instructions:
        return ()
    g = _Graph(kernel)
    idom = g.dominators()
    pre, post = _dominance_intervals(idom)
    bodies: dict[int, set[int]] = {}
    edges: dict[int, list[BackEdge]] = {}
    for u, succ in enumerate(g.succ):
        if idom[u] is None:
            continue
        for h, kind, line in succ:
            if not (pre[h] <= pre[u] and post[u] <= post[h]):
                continue
            body = bodies.setdefault(h, {h})
            edges.setdefault(h, []).append(BackEdge(line, kind))
            work = [u]
            while work:
                x = work.pop()
                if x in body:
                    continue
                body.add(x)
                work.extend(p for p in g.preds[x] if idom[p] is not None)
    # Jumps that go backwards in the file to a node of the same loop close it too, as a reader of
    # the assembly sees it: a rotated loop's latch sits above its header, and the jumps to it
    # (long branches in a large gfx11 K loop) are what make the cycle.
    for h, body in bodies.items():
        seen = {(b.asm_line, b.kind) for b in edges[h]}
        for u in body:
            for v, kind, line in g.succ[u]:
                if v in body and g.starts[v] <= g.starts[u] and kind != "fallthrough" and (line, kind) not in seen:
                    seen.add((line, kind))
                    edges[h].append(BackEdge(line, kind))
    ins = kernel.instructions
    mnemonics = g.mnemonics
    matrix_mnemonics = {m for m in set(mnemonics) if m.startswith(_MATRIX_PREFIXES)}
    loops = []
    for h, body in bodies.items():
        nodes = sorted(body)
        spans: list[tuple[int, int]] = []
        for k in nodes:
            s, e = g.starts[k], g.ends[k]
            if spans and spans[-1][1] == s:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        count = sum(e - s for s, e in spans)
        matrix = sum(1 for s, e in spans for m in mnemonics[s:e] if m in matrix_mnemonics)
        depth = 1 + sum(1 for other, ob in bodies.items() if other != h and h in ob and body <= ob)
        start = g.starts[h]
        loops.append(Loop(header=g.block_label.get(start, ""),
                          header_line=ins[start].asm_line if start < len(ins) else 0,
                          spans=tuple(spans), back_edges=tuple(sorted(edges[h], key=lambda b: b.asm_line)),
                          depth=depth, instructions=count, matrix_instructions=matrix,
                          llvm_header_depth=g.block_depth.get(start), header_index=start))
    loops.sort(key=lambda lp: (lp.depth, lp.header_line))
    return tuple(loops)


def hot_loop(loops: tuple[Loop, ...]) -> Loop | None:
    """The loop holding the matrix instructions (the innermost such, i.e. the K loop), else the largest."""
    if not loops:
        return None
    with_matrix = [lp for lp in loops if lp.matrix_instructions]
    if with_matrix:
        # most matrix instructions; among loops holding the same ones, the innermost (smallest)
        return min(with_matrix, key=lambda lp: (-lp.matrix_instructions, lp.instructions, lp.header_line))
    return max(loops, key=lambda lp: (lp.instructions, -lp.header_line))

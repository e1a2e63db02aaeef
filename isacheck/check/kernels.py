"""Which kernels of a file changed between two revisions, read from the source (never imported).

A kernel's fingerprint covers what Triton's own dependency hash covers, as far as the file shows
it: the function's syntax tree (decorators, autotune configs and constexpr defaults included),
the functions of the same file it calls, transitively, and the module-level assignments and
imports of the names it reads. Line numbers are left out: a kernel moved down the file is
unchanged. Names imported from another module of the project are handled by the caller: when
such a module changed, every kernel of the file is treated as changed.

Kernels are the functions decorated with ``@triton.jit`` (or ``@jit``, autotune and heuristics
wrappers); device helpers (JIT functions called by another) are not compiled on their own, the
same choice ``isacheck dump`` makes.
"""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from isacheck.check.files import FilePlan


def _is_jit(node: ast.FunctionDef) -> bool:
    for d in node.decorator_list:
        text = ast.unparse(d)
        if "jit" in text or "autotune" in text or "heuristics" in text:
            return True
    return False


def _names(node: ast.AST) -> set[str]:
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            out.add(n.id)
        elif isinstance(n, ast.Attribute):
            root = n
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name):
                out.add(root.id)
    return out


def fingerprints(text: bytes) -> tuple[dict[str, str], tuple[str, ...]]:
    """(name -> fingerprint of every JIT function, names of the kernels dump would pick by default:
    JIT functions no other JIT function calls). Empty when the file does not parse."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}, ()
    functions: dict[str, ast.FunctionDef] = {}
    bindings: dict[str, list[str]] = {}          # module-level name -> dumps of what binds it
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        bindings.setdefault(n.id, []).append(ast.dump(node))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for a in node.names:
                bound = (a.asname or a.name).split(".")[0]
                bindings.setdefault(bound, []).append(ast.dump(node))
        elif isinstance(node, ast.ClassDef):
            bindings.setdefault(node.name, []).append(ast.dump(node))

    def closure(name: str) -> list[str]:
        seen: set[str] = set()
        parts: list[str] = []
        todo = [name]
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            if n in functions:
                fn = functions[n]
                parts.append(ast.dump(fn))          # no line attributes: a move is not a change
                todo.extend(sorted(_names(fn) - seen))
            for b in bindings.get(n, ()):
                parts.append(b)
        return sorted(parts)

    jit = {n: f for n, f in functions.items() if _is_jit(f)}
    prints = {n: hashlib.sha256("\0".join(closure(n)).encode()).hexdigest() for n in jit}
    called: set[str] = set()
    for f in jit.values():
        for node in ast.walk(f):
            if isinstance(node, ast.Call):
                fn = node.func
                called.add(fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", ""))
    defaults = tuple(n for n in jit if n not in called)
    return prints, defaults


def spec_kernels(spec: Path | None) -> tuple[str, ...]:
    if spec is None or not spec.is_file():
        return ()
    from isacheck.frontend.spec import load_spec
    return tuple(load_spec(str(spec)).kernels)


def selected(text: bytes | None, spec: Path | None, plan: FilePlan) -> dict[str, str]:
    """kernel name -> fingerprint, for the kernels ``dump`` compiles: --kernel (configuration),
    else the spec's kernels, else every JIT function no other one calls."""
    if text is None:
        return {}
    prints, defaults = fingerprints(text)
    chosen = plan.entry.kernels or spec_kernels(spec) or defaults
    return {n: prints[n] for n in chosen if n in prints}      # a kernel absent at this revision: new or gone


def kernel_changes(plan: FilePlan, head_text: bytes, base_text: bytes | None, head_spec: Path | None,
                   base_spec: Path | None, everything: bool) -> dict[str, list[str]]:
    """{"changed": kernels to compile at head, "unchanged": [...], "base_changed": kernels to
    compile at base}. ``everything``: a spec or an imported module changed, so every kernel did."""
    head = selected(head_text, head_spec, plan)
    base = selected(base_text, base_spec, plan)
    changed = sorted(n for n in head if everything or base.get(n) != head[n])
    return {"changed": changed, "unchanged": sorted(n for n in head if n not in changed),
            "base_changed": sorted(n for n in base if everything or head.get(n) != base[n])}

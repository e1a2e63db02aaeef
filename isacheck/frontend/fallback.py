"""When importing a kernel file fails: load only its ``@triton.jit`` functions from the source.

Host code is not what isacheck analyses, and host code is what defeats stubs (a decorator chain
on a host function, a class that checks torch at definition time, a device query). So when the
import raises, the file's top-level statements are filtered from its AST: every import, every
``@triton.jit`` function, and, transitively, the top-level statements that bind a name those use
(constants, helpers, ``tl.constexpr`` globals, configs for ``@triton.autotune``). Each is compiled
on its own with the file's name and its own line numbers (the AST keeps them), so Triton reads
the same source lines and every finding keeps its line. A statement that fails again is skipped
and named; the kernels that do not need it still compile.

Statements before the one that failed run a second time; that is the price of not knowing which
of them the kernels need.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class Fallback:
    kept: int                          # top-level statements run
    skipped: int                       # top-level statements left out (host code)
    failed: tuple[tuple[int, str], ...]  # (line, error) of kept statements that raised again


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        return _dotted(node.func)
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _is_jit_name(name: str) -> bool:
    return name.rsplit(".", 1)[-1] in ("jit", "autotune", "heuristics")


def is_kernel_statement(stmt: ast.stmt) -> bool:
    """``@triton.jit`` (any spelling: ``tl.jit``, ``jit``, ``triton.jit(...)``, under autotune or
    heuristics) on a def, or ``name = triton.jit(fn)``."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return any(_dotted(d).rsplit(".", 1)[-1] == "jit" for d in stmt.decorator_list)
    if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
        return _is_jit_name(_dotted(stmt.value.func))
    if isinstance(stmt, (ast.If, ast.Try, ast.With)):
        # kernels defined under a guard (``if HAS_TRITON:``, ``try: ... except ImportError``)
        inner = [c for part in ("body", "orelse", "finalbody") for c in getattr(stmt, part, ())]
        inner += [c for h in getattr(stmt, "handlers", ()) for c in h.body]
        return any(is_kernel_statement(c) for c in inner)
    return False


def _bound_names(stmt: ast.stmt) -> set[str]:
    """Names a top-level statement binds in the module (compound statements included, function
    bodies not)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split(".")[0])
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        if isinstance(node, (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)):
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(stmt)
    return names


def _used_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def select(tree: ast.Module) -> tuple[list[ast.stmt], int]:
    """The statements to run, in source order, and how many were left out."""
    body = tree.body
    keep = [isinstance(s, (ast.Import, ast.ImportFrom)) or is_kernel_statement(s) for s in body]
    binds = [_bound_names(s) for s in body]
    needed: set[str] = set()
    for s, k in zip(body, keep):
        if k and not isinstance(s, (ast.Import, ast.ImportFrom)):
            needed |= _used_names(s)
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(body):
            if not keep[i] and binds[i] & needed:
                keep[i] = True
                needed |= _used_names(s)
                changed = True
    kept = [s for s, k in zip(body, keep) if k]
    return kept, len(body) - len(kept)


def run_selected(tree: ast.Module, namespace: dict, filename: str) -> Fallback:
    """Run the selected statements in ``namespace`` (the module's ``__dict__``)."""
    kept, skipped = select(tree)
    failed: list[tuple[int, str]] = []
    for stmt in kept:
        code = compile(ast.Module(body=[stmt], type_ignores=[]), filename, "exec", dont_inherit=True)
        try:
            exec(code, namespace)  # noqa: S102 - the user's own kernel file, as `import` would run it
        except Exception as exc:  # noqa: BLE001 - any failure of host code: skip that statement
            failed.append((stmt.lineno, describe_exception(exc)))
    return Fallback(len(kept), skipped, tuple(failed))


def describe_exception(exc: BaseException) -> str:
    """``Type: first line of the message``, even for an exception whose ``__str__`` raises or
    returns something absurd."""
    name = type(exc).__name__
    try:
        text = str(exc)
    except BaseException:  # noqa: BLE001 - a hostile __str__
        return f"{name} (its message could not be read)"
    if not isinstance(text, str):
        return name
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(first) > 200:
        first = first[:200] + "..."
    return f"{name}: {first}" if first else name

"""Kernel definitions and inline suppressions, read from the Python source with ``ast`` and
``tokenize`` (never imported: the check reads files it may not compile).

A suppression is a comment on the kernel's ``def`` line naming rules and a reason:

    def fused_moe_kernel(a_ptr, b_ptr, ...):  # isacheck: ignore[spill-new, vgpr-grew] -- tile tuned for MI300

The reason is required (it is echoed in every report); a suppression without one is an error
naming the file and line.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass

from isacheck.errors import UsageError

_SUPPRESS = re.compile(r"#\s*isacheck\s*:\s*ignore\s*\[(?P<rules>[^\]]*)\]\s*(?:--|:|-)?\s*(?P<reason>.*)$")


@dataclass(frozen=True)
class Suppression:
    rules: tuple[str, ...]
    reason: str
    line: int


@dataclass(frozen=True)
class KernelSource:
    name: str
    line: int          # the ``def`` line
    column: int        # 1-based column of ``def``
    suppression: Suppression | None


def kernel_sources(text: bytes, shown: str) -> dict[str, KernelSource]:
    """name -> definition of every function in the file (kernels are functions; which ones are
    Triton kernels is the loader's business)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}       # the compile step reports the syntax error with its position
    comments: dict[int, str] = {}
    try:
        for tok in tokenize.tokenize(io.BytesIO(text).readline):
            if tok.type == tokenize.COMMENT:
                comments[tok.start[0]] = tok.string
    except (tokenize.TokenError, SyntaxError):
        pass
    out: dict[str, KernelSource] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name not in out:
            # The comment may sit on any line of a signature that spans several lines.
            end = node.body[0].lineno - 1 if node.body else node.lineno
            suppression = None
            for line in range(node.lineno, max(node.lineno, end) + 1):
                if line in comments:
                    suppression = _parse(comments[line], shown, line)
                    if suppression:
                        break
            out[node.name] = KernelSource(node.name, node.lineno, node.col_offset + 1, suppression)
    return out


def _parse(comment: str, shown: str, line: int) -> Suppression | None:
    m = _SUPPRESS.search(comment)
    if not m:
        return None
    rules = tuple(r.strip() for r in m.group("rules").split(",") if r.strip())
    reason = m.group("reason").strip()
    if not rules:
        raise UsageError("isacheck: ignore[...] names no rule", path=shown, line=line)
    if not reason:
        raise UsageError(f"isacheck: ignore[{', '.join(rules)}] needs a reason after the brackets "
                         "(it is shown in every report)", path=shown, line=line)
    from isacheck.rules import all_rules
    known = all_rules()
    unknown = [r for r in rules if r not in known]
    if unknown:
        raise UsageError(f"isacheck: ignore[...] names an unknown rule {unknown[0]!r} "
                         f"(known: {', '.join(known)})", path=shown, line=line)
    return Suppression(rules, reason, line)

"""The rows of an ``isacheck scan`` report (one per cached AMD kernel), and its text rendering.

Shared by the table, the JSON (:mod:`isacheck.report.scan_json`) and the HTML report; the command
only runs the scan and hands its report here.
"""

from __future__ import annotations

from typing import Iterator, TextIO


def _native(arch: str) -> tuple[str, list | None]:
    from isacheck.errors import IsacheckError
    from isacheck.frontend.targets import compile_target, native_fp8_label
    try:
        t = compile_target(arch)
    except IsacheckError:  # an arch isacheck does not know is still reported
        return "?", None
    return native_fp8_label(t), None if t.native_fp8 is None else list(t.native_fp8)


def rows(report) -> Iterator[dict]:
    natives: dict[str, tuple] = {}
    for item, result in zip(report.items, report.results):
        arch = item.kernel.arch
        if arch not in natives:
            natives[arch] = _native(arch)
        k = None
        if result.ok:
            k = next((x for x in result.analysis.kernels if x.name == item.kernel.name), None) or result.analysis.kernels[0]
        opts = item.kernel.options
        yield {"kernel": item.kernel.name, "target": arch, "entry": item.kernel.entry[:12],
               "warps": opts.get("num_warps", "-"), "native": natives[arch][0], "native_fp8": natives[arch][1],
               "analysis": k, "error": result.error, "item": item, "result": result}


def sorted_rows(report) -> list[dict]:
    """By kernel, target and cache entry: the order of the table and of the HTML tabs."""
    return sorted(rows(report), key=lambda r: (r["kernel"], r["target"], r["entry"]))


def render_text(report, stream: TextIO, *, details: bool = False, wide: bool = False) -> None:
    from isacheck.report.dump_table import render_rows
    table = sorted_rows(report)
    render_rows(table, stream, title=f"{report.source}: {len(table)} AMD kernel(s)",
                first_columns=["kernel", "target", "entry", "warps"], wide=wide)
    if details:
        from isacheck.report.text import render_details
        render_details(table, stream, ("kernel", "target", "entry"), wide=wide)

"""The what-if table of ``isacheck dump --whatif``: render :class:`isacheck.frontend.whatif.WhatIfGroup`
as text or JSON. Renders only; the ranking and the numbers come from ``frontend/whatif.py`` and
``analysis/cost.py``.

JSON (the ``whatif`` key of the ``isacheck.dump`` document, version 2)::

    [{"kernel", "variant", "target", "native_fp8": [...], "fp8_avoids_conversion": false,
      "rows": [{"alternative": null | "bf16" | "e5m2" | "native-e4m3fnuz" | "int8" | "stages1" | "warps8"
                               | "BLOCK_SIZE_N=64",
                "label", "variant", "fp8", "matrix", "vgprs", "spills", "loop_cycles", "cycles_per_kmac",
                "bound", "bytes_per_element", "speedup", "error"}]}]

Rows are ranked by estimated hot-loop cycles per 1024 multiply-accumulates (lowest first, failed
compiles last); ``speedup`` is the user's variant's figure over the row's (``alternative`` null).
"""

from __future__ import annotations

from typing import Any, TextIO

from isacheck.analysis.cost import approx

_BOUND = {"valu": "VALU", "matrix": "matrix", "lds": "LDS", "vmem": "VMEM", "scratch": "scratch", "salu": "SALU",
          "smem": "SMEM", "branch": "branch"}


def label(alt: str | None, variant: str) -> str:
    if alt is None:
        return f"yours ({variant})"
    if alt == "bf16":
        return "FP8 upcast once in memory (bf16)"
    if alt in ("e5m2", "e4m3"):
        return f"FP8 as {alt}"
    if alt.startswith("native-"):
        return f"native FP8 flavour ({alt[len('native-'):]})"
    if alt == "int8":
        return "int8 operands (i8)"
    if alt.startswith("stages"):
        return f"num_stages={alt[len('stages'):]}"
    if alt.startswith("warps"):
        return f"num_warps={alt[len('warps'):]}"
    return alt


def conclusion(group) -> str:
    """One sentence under a group: does any FP8 variant avoid the software conversion?"""
    if group.fp8_avoids_conversion:
        return "FP8 runs in hardware in at least one FP8 variant here"
    cheap = [r for r in group.fp8_rows() if r.fp8 == "cheap"]
    why = f"{group.target} has no FP8 hardware" if not group.native_fp8 else \
        f"native FP8 here: {', '.join(group.native_fp8)}"
    tail = f" ({label(cheap[0].alternative, group.variant)} needs only a byte shift)" if cheap else ""
    return f"no FP8 variant avoids the software conversion: {why}{tail}"


def to_json(groups) -> list[dict[str, Any]]:
    return [{"kernel": g.kernel, "variant": g.variant, "target": g.target, "native_fp8": list(g.native_fp8),
             "fp8_avoids_conversion": g.fp8_avoids_conversion,
             "rows": [{"alternative": r.alternative, "label": label(r.alternative, g.variant), "variant": r.variant,
                       "fp8": r.fp8, "matrix": r.matrix, "vgprs": r.vgprs, "spills": r.spills,
                       "loop_cycles": r.loop_cycles, "cycles_per_kmac": r.cycles_per_kmac, "bound": r.bound,
                       "bytes_per_element": r.bytes_per_element, "speedup": r.speedup, "error": r.error}
                      for r in g.rows]}
            for g in groups]


def render(groups, stream: TextIO) -> None:
    from rich.table import Table
    from rich.text import Text

    from isacheck.report.console import make_console

    console = make_console(stream, piped_width=200, soft_wrap=False)
    for g in groups:
        table = Table(title=f"what-if, {g.kernel} {g.variant} {g.target} (static estimate: issue cycles per "
                            "K step and wave, no latency, no memory bandwidth)",
                      title_justify="left", header_style="bold")
        for col in ("alternative", "FP8", "matrix instruction", "VGPRs", "spills", "est. loop cycles", "bound",
                    "bytes/element", "est. speedup"):
            table.add_column(col, justify="right" if col in ("VGPRs", "est. loop cycles", "bytes/element",
                                                             "est. speedup") else "left")
        for r in g.rows:
            name = label(r.alternative, g.variant)
            if r.error is not None:
                table.add_row(name, Text(f"failed: {r.error}", style="red"), "", "", "", "", "", "", "")
                continue
            table.add_row(name, r.fp8 or "-", r.matrix or "-", "-" if r.vgprs is None else str(r.vgprs),
                          "yes" if r.spills else "no",
                          "-" if r.loop_cycles is None else approx(r.loop_cycles),
                          _BOUND.get(r.bound or "", "-"),
                          "-" if r.bytes_per_element is None else str(r.bytes_per_element),
                          "-" if r.speedup is None else "1x" if r.alternative is None else f"{approx(r.speedup)}x")
        console.print(table)
        console.print(conclusion(g))
        console.print()

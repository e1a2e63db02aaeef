"""The report of ``isacheck dump`` and ``isacheck scan``: one row per (kernel, variant, target),
then the costliest source lines of every target that emulates FP8 or spills. Renders facts only; what a
row says comes from the analysis (and, for "native FP8", from the ISA database)."""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from isacheck.analysis.fp8_hardware import is_fp8_matrix
from isacheck.analysis.result import KernelAnalysis
from isacheck.report.verdict import spill_phrase

HOT_LINES = 3
DUMP_SCHEMA = "isacheck.dump"
SCAN_SCHEMA = "isacheck.scan"
SCHEMA_VERSION = 1


def fp8_cell(k: KernelAnalysis) -> str:
    real = [s for s in k.emulation if not s.cheap]
    if k.fp8 in ("emulated", "mixed"):
        fmts = ", ".join(sorted({s.fmt for s in real})) or "unknown"
        text = f"emulated {fmts} ({len(real)} site{'s' if len(real) != 1 else ''})"
        if k.fp8 == "mixed":
            hw = ", ".join(c.mnemonic for c in k.hardware_fp8[:2])
            text = f"mixed: hardware {hw}; {text}"
        return text
    if k.fp8 == "hardware":
        names = [c.mnemonic for c in k.hardware_fp8] or [m.mnemonic for m in k.matrix if is_fp8_matrix(m)]
        more = f" +{len(names) - 2}" if len(names) > 2 else ""
        return f"hardware {', '.join(names[:2])}{more}"
    if k.fp8 == "cheap":
        return f"e5m2 shift ({len(k.emulation)} sites, cheap)"
    return "none"


def matrix_cell(k: KernelAnalysis) -> str:
    if not k.matrix:
        return "-"
    top = max(k.matrix, key=lambda m: (m.count, m.mnemonic))
    note = f" ({top.input_type}{', fed by emulation' if top.fed_by_emulation else ''})"
    more = f" +{len(k.matrix) - 1}" if len(k.matrix) > 1 else ""
    return f"{top.mnemonic}{note}{more}"


def spill_cell(k: KernelAnalysis) -> str:
    # The same words as the analyze verdict line: "98 SGPRs" says more than "yes" (no scratch at all).
    return spill_phrase(k)


def _num(v) -> str:
    return "-" if v is None else str(v)


def hot_lines(k: KernelAnalysis, n: int = HOT_LINES):
    # The analysis already orders hot lines by cost; a formatter only picks the first few.
    return [r for r in k.hot_lines if r.emulation_instructions or r.spill_instructions][:n]


def _console(stream: TextIO):
    from isacheck.report.console import make_console

    return make_console(stream, piped_width=200, soft_wrap=False)


def render_rows(rows: Iterable[dict[str, Any]], stream: TextIO, *, title: str, first_columns: list[str]) -> None:
    """rows: dicts with the first_columns' keys, "native", "analysis" (KernelAnalysis or None),
    "error" (str or None)."""
    from rich.table import Table
    from rich.text import Text

    console = _console(stream)
    rows = list(rows)
    table = Table(title=title, title_justify="left", header_style="bold", show_lines=False)
    for col in first_columns:
        table.add_column(col, no_wrap=True)
    for col in ("native FP8", "FP8 in this kernel", "matrix instruction", "VGPRs", "spills", "scratch B", "occupancy"):
        table.add_column(col, justify="right" if col in ("VGPRs", "scratch B", "occupancy") else "left")
    styles = {"emulated": "red", "mixed": "yellow", "hardware": "green"}
    for row in rows:
        head = [str(row[c]) for c in first_columns]
        k: KernelAnalysis | None = row.get("analysis")
        if k is None:
            # Text, not markup: Triton's messages contain brackets that rich would read as styles.
            table.add_row(*head, row.get("native", "?"), Text(f"failed: {row.get('error')}", style="red"),
                          "", "", "", "", "")
            continue
        r = k.resources
        fp8 = fp8_cell(k)
        style = styles.get(k.fp8)
        table.add_row(*head, row.get("native", "?"), Text(fp8, style=style or ""), matrix_cell(k),
                      _num(r.vgprs) + (f" +{r.agprs} AGPRs" if r.agprs else ""), spill_cell(k), _num(k.spills.scratch_bytes if k.spills.scratch_bytes is not None
                                                         else r.scratch_bytes), _num(r.occupancy))
    console.print(table)
    # Every row that emulates FP8 or spills: where in the source it costs.
    costly = [row for row in rows if row.get("analysis") is not None
              and (row["analysis"].fp8 in ("emulated", "mixed") or row["analysis"].spills.sites)]
    for row in costly:
        k = row["analysis"]
        lines = hot_lines(k)
        if not lines:
            continue
        label = " ".join(str(row[c]) for c in first_columns)
        console.print(f"\ncostliest source lines, {label}:")
        for lc in lines:
            where = f"{lc.loc.file}:{lc.loc.line}" if lc.loc else "(no source line)"
            console.print(f"  {where}  {lc.emulation_instructions} emulation instructions, {lc.sites} site(s)"
                          + (f", {lc.spill_instructions} spill instructions" if lc.spill_instructions else ""))

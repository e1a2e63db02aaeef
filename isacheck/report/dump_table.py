"""The report of ``isacheck dump`` and ``isacheck scan``: one row per (kernel, variant, target),
then the costliest source lines of every target that emulates FP8 or spills.

Renders facts only: what a row says comes from the analysis (``isacheck.analysis.summary``) and,
for "native", from the ISA database. The table fits the console (``isacheck.report.layout``): the
columns that give the answer stay, the others move to a line under their row; ``wide`` keeps all.
"""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from isacheck.analysis.result import KernelAnalysis
from isacheck.analysis.summary import costly_lines, fp8_facts, is_costly, spill_facts, top_matrix
from isacheck.report.layout import DETAIL_INDENT, GAP, Cell, Column, fit, pad, wrap

HOT_LINES = 3
DUMP_SCHEMA = "isacheck.dump"
SCAN_SCHEMA = "isacheck.scan"
SCHEMA_VERSION = 2   # 2: rows' analysis carries the hot-loop estimate; dump --whatif adds "whatif"
PIPED_WIDTH = 200        # a pipe has no width: a fixed one keeps piped output stable for tools

# Colour is never the only carrier of meaning: the words say it too.
_STYLES = {"emulated": "bold red", "mixed": "bold yellow", "hardware": "bold green", "failed": "red"}

# After the caller's first columns (kernel, variant, target, ...), in table order and in the order
# they are given room: the verdict first, then the facts that explain it, then the rest.
COLUMNS = (
    Column("fp8", "FP8", "FP8", "what the kernel does with FP8 (sites: software conversions)", essential=True),
    Column("native", "native", "native FP8", "FP8 formats the target executes in hardware"),
    Column("fp8_instr", "FP8 instr", "FP8 instructions", "the hardware FP8 instructions it executes"),
    Column("spilled", "spilled", "registers spilled", "registers spilled to memory (V: VGPRs, S: SGPRs)"),
    Column("vgprs", "VGPRs", "VGPRs", "", justify="right"),
    Column("agprs", "AGPRs", "AGPRs", "", justify="right"),
    Column("occ", "occ", "occupancy", "occupancy, waves per SIMD", justify="right"),
    Column("scratch", "scratch", "scratch", "scratch memory per lane", justify="right"),
    Column("traffic", "spill traffic", "spill traffic", "scratch stores and reloads, AGPR copies"),
    Column("matrix", "matrix", "matrix instruction", "the most used matrix instruction (input type)"),
    Column("error", "message", "compiler message", ""),
)


def _n(x: int | None) -> str:
    return "-" if x is None else f"{x:,}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _list(names: tuple[str, ...], keep: int = 2) -> str:
    more = f" +{len(names) - keep}" if len(names) > keep else ""
    return ", ".join(names[:keep]) + more


def fp8_cell(k: KernelAnalysis) -> str:
    f = fp8_facts(k)
    if f.state in ("emulated", "mixed"):
        text = f"emulated {', '.join(f.formats) or 'unknown'}, {_plural(f.sites, 'site')}"
        return f"mixed: hardware + {text}" if f.state == "mixed" else text
    if f.state == "cheap":
        return f"cheap e5m2 shift, {_plural(f.cheap_sites, 'site')}"
    return f.state          # "hardware" | "none"; the instructions are in their own column


def matrix_cell(k: KernelAnalysis) -> str:
    top = top_matrix(k)
    if top is None:
        return "-"
    note = f" ({top.input_type}{', fed by emulated FP8' if top.fed_by_emulation else ''})"
    more = f" +{len(k.matrix) - 1}" if len(k.matrix) > 1 else ""
    return f"{top.mnemonic} x{top.count}{note}{more}"


def spilled_cell(k: KernelAnalysis) -> str:
    s = spill_facts(k)
    parts = [f"{_n(s.vgprs)} V"] if s.vgprs else []
    if s.sgprs:
        parts.append(f"{_n(s.sgprs)} S")
    return ", ".join(parts) or ("yes" if s.any else "none")


def traffic_cell(k: KernelAnalysis) -> str:
    s = spill_facts(k)
    parts = []
    if s.stores or s.reloads:
        parts.append(f"{_plural(s.stores, 'store')}, {_plural(s.reloads, 'reload')}")
    if s.agpr_copies:
        parts.append(_plural(s.agpr_copies, "AGPR copy") if s.agpr_copies == 1 else f"{s.agpr_copies:,} AGPR copies")
    return ", ".join(parts) or "-"


def hot_lines(k: KernelAnalysis, n: int = HOT_LINES):
    return costly_lines(k, n)


def line_cost_phrase(lc) -> str:
    """``24,631 emulation instructions in 1,033 sites, 927 spill instructions``: zero clauses left out."""
    parts = []
    if lc.emulation_instructions:
        parts.append(f"{_plural(lc.emulation_instructions, 'emulation instruction')} in {_plural(lc.sites, 'site')}")
    if lc.spill_instructions:
        parts.append(_plural(lc.spill_instructions, "spill instruction"))
    return ", ".join(parts)


def row_cells(row: dict[str, Any], first_columns: list[str]) -> tuple[dict[str, Cell], str]:
    """The cells of one row (strings only) and the FP8 state that colours it."""
    cells = {c: Cell(str(row[c])) for c in first_columns}
    cells["native"] = Cell(str(row.get("native", "?")))
    k: KernelAnalysis | None = row.get("analysis")
    if row.get("triton") is not None and "triton" in cells and row["result"].meta.get("compile_seconds") is not None:
        cells["triton"] = Cell(f"{row['triton']} ({row['result'].meta['compile_seconds']:.1f} s)")
    if k is None:
        # Text, not markup: Triton's messages contain brackets that rich would read as styles.
        status = row.get("status", "failed")
        what = {"refused": "refused by Triton", "timed-out": "timed out",
                "analysis-error": "not analysable"}.get(status, "compile failed")
        cells["fp8"] = Cell(what, _STYLES["failed"])
        cells["error"] = Cell(str(row.get("error") or "unknown error"))
        _mark_changes(cells, row)
        return cells, "failed"
    r = k.resources
    f = fp8_facts(k)
    cells.update({
        "fp8": Cell(fp8_cell(k), _STYLES.get(k.fp8, "")),
        "fp8_instr": Cell(_list(f.hardware) if f.state in ("hardware", "mixed") else "-"),
        "spilled": Cell(spilled_cell(k)),
        "vgprs": Cell(_n(r.vgprs) if r.vgprs is not None else
                      (f">={r.vgprs_seen}" if r.vgprs_seen is not None else "-")),
        "agprs": Cell(_n(r.agprs) if r.agprs else "-"),
        "occ": Cell(_n(r.occupancy)),
        "scratch": Cell(f"{_n(spill_facts(k).kernel_scratch_bytes)} B"
                        if spill_facts(k).kernel_scratch_bytes else "-"),
        "traffic": Cell(traffic_cell(k)),
        "matrix": Cell(matrix_cell(k)),
    })
    _mark_changes(cells, row)
    return cells, k.fp8


# The cells that show each fact compared between Tritons (isacheck.frontend.compare.FIELDS).
_CHANGE_CELLS = {"status": ("fp8",), "fp8": ("fp8",), "vgprs": ("vgprs",), "agprs": ("agprs",), "spills": ("spilled", "traffic"),
                 "scratch": ("scratch",), "occupancy": ("occ",), "compile_time": ("triton",)}
CHANGED_MARK = "*"


def _mark_changes(cells: dict[str, Cell], row: dict[str, Any]) -> None:
    """``--triton A,B``: a cell whose fact differs from the previous Triton's row ends in ``*``."""
    for name in row.get("changed", ()):
        for key in _CHANGE_CELLS.get(name, ()):
            if key in cells:
                cells[key] = Cell(cells[key].text + CHANGED_MARK, "bold yellow")


def _console(stream: TextIO, width: int | None):
    from isacheck.report.console import make_console

    return make_console(stream, piped_width=PIPED_WIDTH, soft_wrap=True, width=width)


def render_rows(rows: Iterable[dict[str, Any]], stream: TextIO, *, title: str, first_columns: list[str],
                wide: bool = False, width: int | None = None) -> None:
    """rows: dicts with the first_columns' keys, "native", "analysis" (KernelAnalysis or None),
    "error" (str or None). ``width`` renders as on a terminal that wide (tests); by default the
    terminal's width, or a fixed width when piped. ``wide`` keeps every column."""
    from rich.text import Text

    console = _console(stream, width)
    rows = list(rows)
    built = [row_cells(row, first_columns) for row in rows]
    cells = [c for c, _ in built]
    head = [Column(c, c, c, essential=True) for c in first_columns]
    layout = fit(head + list(COLUMNS), cells, console.width, wide=wide)
    w = None if wide else console.width

    def out(text, style: str = "") -> None:
        console.print(text if isinstance(text, Text) else Text(text, style=style), crop=False, no_wrap=True,
                      overflow="ignore")

    out(title, "italic")
    if layout.stacked:
        _render_stacked(out, layout, cells, built, first_columns, w)
    else:
        header = (" " * GAP).join(pad(c.header, wd, c.justify) for c, wd in zip(layout.columns, layout.widths))
        out(header.rstrip(), "bold")
        out("─" * min(len(header.rstrip()), w or len(header)))
        for row_c, (_, state) in zip(cells, built):
            line = Text()
            for i, (c, wd) in enumerate(zip(layout.columns, layout.widths)):
                if i:
                    line.append(" " * GAP)
                cell = row_c.get(c.key, Cell("-"))
                line.append(pad(cell.text, wd, c.justify), style=cell.style)
            line.rstrip()
            out(line)
            for text in _details(layout.moved, row_c, w):
                out(text, "dim")
    legend = [f"{c.header}: {c.legend}" for c in layout.columns if c.legend and not c.essential]
    if any(row.get("changed") for row in rows):
        legend.append(f"{CHANGED_MARK}: changed from the same job's row of the Triton before it")
    if legend:
        for text in wrap("; ".join(legend), w):
            out(text, "dim")
    # A refusal has no analysis, but the ISA database's explanation of the target still holds.
    for row in rows:
        for note in row.get("notes", ()):
            out("")
            for text in wrap(f"note, {' '.join(str(row[c]) for c in first_columns)}: {note}", w, subsequent="  "):
                out(text)
    # Every row that emulates FP8 or spills: where in the source it costs.
    for row in rows:
        k = row.get("analysis")
        if k is None or not is_costly(k):
            continue
        lines = hot_lines(k)
        if not lines:
            continue
        label = " ".join(str(row[c]) for c in first_columns)
        out("")
        for text in wrap(f"costliest source lines, {label}:", w, subsequent="  "):
            out(text)
        for lc in lines:
            where = f"{lc.loc.file}:{lc.loc.line}" if lc.loc else "(no source line)"
            for text in wrap(f"{where}  {line_cost_phrase(lc)}", w, indent="  ", subsequent="      "):
                out(text)


def _details(moved, row_c: dict[str, Cell], width: int | None) -> list[str]:
    parts = [f"{c.label}: {row_c[c.key].text}" for c in moved
             if c.key in row_c and row_c[c.key].text not in ("", "-")]
    if not parts:
        return []
    return wrap("; ".join(parts), width, indent=" " * DETAIL_INDENT, subsequent=" " * (DETAIL_INDENT + 2))


def _render_stacked(out, layout, cells, built, first_columns, width) -> None:
    """Narrower than the answer itself: one block per row, nothing cut."""
    for row_c, (_, state) in zip(cells, built):
        for text in wrap("  ".join(row_c[c].text for c in first_columns), width, subsequent="  "):
            out(text, "bold")
        for text in wrap(f"FP8: {row_c['fp8'].text}", width, indent="  ", subsequent="    "):
            out(text, row_c["fp8"].style)
        for text in _details(layout.moved, row_c, width):
            out(text, "dim")

"""The human report of ``isacheck analyze``: a verdict line per kernel, then the costliest lines.

On a terminal (or at a ``width`` asked for) every line is broken between words, and the verdict
between its clauses, so nothing runs off a narrow screen or is cut. Piped, each fact stays on one
line however long, so that ``grep`` finds it and the layout does not depend on a width.
"""

from __future__ import annotations

from typing import TextIO

from isacheck.analysis.result import KernelAnalysis, ModuleAnalysis
from isacheck.analysis.summary import costly_lines
from isacheck.report.json import display_path
from isacheck.report.kernel_notes import kernel_notes
from isacheck.report.layout import GAP, pad, wrap, wrap_clauses
from isacheck.report.verdict import loop_mix_phrase, verdict_clauses

TOP_LINES = 10
PIPED_WIDTH = 120

# The costliest-lines table: short headers, explained once under the report.
LINE_COLUMNS = (("source line", "left"), ("emul instr", "right"), ("sites", "right"), ("spill instr", "right"))
LEGEND = ("emul instr: instructions spent converting FP8 in software on that line; sites: conversions; "
          "spill instr: scratch stores and reloads, AGPR copies")


def _console(stream: TextIO, width: int | None = None):
    from isacheck.report.console import make_console

    return make_console(stream, piped_width=PIPED_WIDTH, soft_wrap=True, width=width)


def _where(loc, asm_line: int) -> str:
    return f"{loc}" if loc is not None and loc.line > 0 else f"(asm line {asm_line})"


class _Out:
    """Prints whole lines, never cut; wraps them only when laid out for a terminal width."""

    def __init__(self, console, width: int | None, wide: bool = False) -> None:
        from isacheck.report.console import is_terminal_like

        self.console = console
        self.width = console.width if is_terminal_like(console, width) and not wide else None

    def line(self, text: str = "", style: str = "") -> None:
        from rich.text import Text

        self.console.print(Text(text, style=style), crop=False, no_wrap=True, overflow="ignore")

    def para(self, text: str, *, indent: str = "", subsequent: str | None = None, style: str = "") -> None:
        for piece in wrap(text, self.width, indent=indent, subsequent=subsequent):
            self.line(piece, style)


def render_sites(k: KernelAnalysis, console, width: int | None = None) -> None:
    """Every emulation site and spill instruction, in assembly order."""
    out = console if isinstance(console, _Out) else _Out(console, width)
    for s in k.emulation:
        kind = f"{s.fmt} -> {s.dst}" if s.src == "fp8" else f"{s.src} -> {s.fmt}"
        out.para(f"site  {_where(s.loc, s.asm_line)}  {kind}  {s.idiom}{' (cheap)' if s.cheap else ''}"
                 f"  {s.instructions} instr  asm line {s.asm_line}", indent="  ", subsequent="        ")
    for s in k.spills.sites:
        out.para(f"spill {_where(s.loc, s.asm_line)}  {s.kind} {s.mnemonic} {s.bytes} B  asm line {s.asm_line}",
                 indent="  ", subsequent="        ")


def _line_table(k: KernelAnalysis, top: int) -> list[str]:
    rows = [(f"{r.loc.file}:{r.loc.line}" if r.loc else "(no source line)", f"{r.emulation_instructions:,}",
             f"{r.sites:,}", f"{r.spill_instructions:,}") for r in costly_lines(k, top)]
    if not rows:
        return []
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, (h, _) in enumerate(LINE_COLUMNS)]
    fmt = lambda cells: (" " * GAP).join(pad(c, w, j) for c, w, (_, j) in zip(cells, widths, LINE_COLUMNS)).rstrip()  # noqa: E731
    return [fmt([h for h, _ in LINE_COLUMNS])] + [fmt(r) for r in rows]


def render_kernel(k: KernelAnalysis, console, *, top: int = TOP_LINES, sites: bool = False,
                  width: int | None = None) -> bool:
    """One kernel's report; True when it printed a costliest-lines table (which the legend explains)."""
    out = console if isinstance(console, _Out) else _Out(console, width)
    style = {"emulated": "bold red", "mixed": "bold yellow", "hardware": "bold green"}.get(k.fp8, "")
    out.line(f"{k.name}" + (f" [{k.target}]" if k.target else ""), "bold")
    for piece in wrap_clauses(verdict_clauses(k), out.width, indent="  "):
        out.line(piece, style)
    # The kernel's findings (the JSON's list): notes here, warnings about the input's figures last.
    notes = kernel_notes(k)
    for label, sentence in notes:
        if label == "note":
            out.para(f"note: {sentence}", indent="  ", subsequent="    ")
    if k.matrix:
        mats = ", ".join(f"{m.mnemonic} x{m.count}" + (" (fed by emulated FP8)" if m.fed_by_emulation else "")
                         for m in k.matrix)
        out.para(f"matrix: {mats}", indent="  ", subsequent="    ")
    if k.hardware_fp8:
        out.para("hardware FP8: " + ", ".join(f"{c.mnemonic} x{c.count}" for c in k.hardware_fp8),
                 indent="  ", subsequent="    ")
    mix = loop_mix_phrase(k)
    if mix:
        out.para(mix, indent="  ", subsequent="    ")
    for label, sentence in notes:
        if label != "note":
            out.para(f"{label}: {sentence}", indent="  ", subsequent="    ")
    table = _line_table(k, top)
    for i, text in enumerate(table):
        out.line(text, "bold" if i == 0 else "")
    if sites:
        render_sites(k, out)
    out.line()
    return bool(table)


def render(analysis: ModuleAnalysis, stream: TextIO, *, top: int = TOP_LINES, sites: bool = False,
           width: int | None = None, wide: bool = False) -> None:
    """``width`` lays the report out as on a terminal that wide (tests); by default the terminal's
    width, and no wrapping when piped or ``wide``."""
    out = _Out(_console(stream, width), width, wide)
    target = analysis.target or "target unknown (pass --target)"
    out.para(f"{display_path(analysis.path)}: {len(analysis.kernels)} kernel(s), {target}", subsequent="  ")
    for w in analysis.warnings:
        out.para(f"warning: {w}", subsequent="  ", style="yellow")
    out.line()
    tables = False
    for k in analysis.kernels:
        tables |= render_kernel(k, out, top=top, sites=sites)
    if tables:
        out.para(LEGEND, style="dim")


render_text = render


def render_details(rows, stream: TextIO, keys: tuple[str, ...], *, wide: bool = False) -> None:
    """``--details`` of dump, scan and scan --retarget: the full analyze report of every analysed
    row, under a heading naming the row by ``keys`` (e.g. kernel, variant, target)."""
    for row in rows:
        if row["result"].ok:
            stream.write(f"\n== {' '.join(str(row[k]) for k in keys)} ==\n")
            render(row["result"].analysis, stream, wide=wide)

"""The human report of ``isacheck analyze``: a verdict line per kernel, then the costliest lines."""

from __future__ import annotations

from typing import TextIO

from isacheck.analysis.result import KernelAnalysis, ModuleAnalysis
from isacheck.report.json import display_path
from isacheck.report.verdict import verdict_line

TOP_LINES = 10


def _console(stream: TextIO):
    from isacheck.report.console import make_console

    return make_console(stream, piped_width=120, soft_wrap=True)


def _where(loc, asm_line: int) -> str:
    return f"{loc}" if loc is not None and loc.line > 0 else f"(asm line {asm_line})"


def render_sites(k: KernelAnalysis, console) -> None:
    """Every emulation site and spill instruction, in assembly order."""
    for s in k.emulation:
        kind = f"{s.fmt} -> {s.dst}" if s.src == "fp8" else f"{s.src} -> {s.fmt}"
        console.print(f"  site  {_where(s.loc, s.asm_line)}  {kind}  {s.idiom}{' (cheap)' if s.cheap else ''}"
                      f"  {s.instructions} instr  asm line {s.asm_line}")
    for s in k.spills.sites:
        console.print(f"  spill {_where(s.loc, s.asm_line)}  {s.kind} {s.mnemonic} {s.bytes} B  asm line {s.asm_line}")


def render_kernel(k: KernelAnalysis, console, *, top: int = TOP_LINES, sites: bool = False) -> None:
    from rich.table import Table
    from rich.text import Text

    style = {"emulated": "bold red", "mixed": "bold yellow", "hardware": "bold green"}.get(k.fp8, "")
    head = Text(f"{k.name}" + (f" [{k.target}]" if k.target else ""), style="bold")
    console.print(head)
    console.print(Text("  " + verdict_line(k), style=style))
    for note in k.target_notes:
        console.print(f"  note: {note}")
    if k.matrix:
        mats = ", ".join(f"{m.mnemonic} x{m.count}" + (" (fed by emulated FP8)" if m.fed_by_emulation else "")
                         for m in k.matrix)
        console.print(f"  matrix: {mats}")
    if k.hardware_fp8:
        console.print("  hardware FP8: " + ", ".join(f"{c.mnemonic} x{c.count}" for c in k.hardware_fp8))
    for d in k.resources.disagreements:
        console.print(f"  warning: {d}")
    rows = [r for r in k.hot_lines if r.emulation_instructions or r.spill_instructions][:top]
    if rows:
        table = Table(title=None, show_edge=False, pad_edge=False, box=None, header_style="bold")
        table.add_column("source line", no_wrap=True)
        table.add_column("FP8 emulation instr", justify="right")
        table.add_column("sites", justify="right")
        table.add_column("spill instr", justify="right")
        for r in rows:
            where = f"{r.loc.file}:{r.loc.line}" if r.loc else "(no source line)"
            table.add_row(where, f"{r.emulation_instructions:,}", f"{r.sites:,}", f"{r.spill_instructions:,}")
        console.print(table)
    if sites:
        render_sites(k, console)
    console.print()


def render(analysis: ModuleAnalysis, stream: TextIO, *, top: int = TOP_LINES, sites: bool = False) -> None:
    console = _console(stream)
    target = analysis.target or "target unknown (pass --target)"
    console.print(f"{display_path(analysis.path)}: {len(analysis.kernels)} kernel(s), {target}")
    for w in analysis.warnings:
        console.print(f"warning: {w}", style="yellow")
    console.print()
    for k in analysis.kernels:
        render_kernel(k, console, top=top, sites=sites)


render_text = render

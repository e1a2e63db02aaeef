"""The check for people (rich): one line per finding, then the summary."""

from __future__ import annotations

from typing import TextIO

from isacheck.check.result import CheckResult

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(result: CheckResult, stream: TextIO, *, width: int | None = None) -> None:
    from rich.markup import escape

    from isacheck.report.console import make_console

    from isacheck.report.console import is_terminal_like

    console = make_console(stream, piped_width=200, soft_wrap=True, width=width)
    # On a terminal (or at a width asked for) rich breaks long lines between words, never cuts
    # them; piped, each finding stays on one line for grep.
    console.soft_wrap = not is_terminal_like(console, width)
    out = console.print
    against = f"base {result.base}" if result.base else "the policy alone (no base revision)"
    out(f"isacheck check: {result.head} against {escape(against)}; targets {', '.join(result.targets)}")
    for f in result.files:
        if f.status == "unchanged":
            out(f"  {escape(f.path)}: unchanged, not compiled")
        elif f.status == "removed":
            out(f"  {escape(f.path)}: removed")
        else:
            extra = f" ({len(f.kernels_unchanged)} unchanged kernel(s) not compiled)" if f.kernels_unchanged else ""
            out(f"  {escape(f.path)}: {', '.join(f.kernels_compiled) or 'no kernel'} compiled{extra}")
    if result.jobs:
        out(_table(result))
    for r in result.findings:
        f = r.finding
        label = f.severity.label
        status = "" if r.status == "new" else escape(f" [{r.status}{': ' + r.reason if r.reason else ''}]")
        where = escape(str(f.location)) if f.location else "-"
        job = " ".join(x for x in (f.kernel, f.variant, f.target) if x)
        out(f"{where}: [{_STYLE[label]}]{label}[/] {f.rule_id} ({escape(job)}): {escape(f.message)}{status}")
    for x in result.fixed:
        job = " ".join(y for y in (x.kernel, x.variant, x.target) if y)
        out(f"fixed: {x.rule_id} ({escape(job)}), was in the {x.source}")
    failing = len(result.failing)
    counts = ", ".join(f"{result.count(s)} {s}" for s in ("new", "existing", "baselined", "suppressed")
                       if result.count(s))
    verdict = "[bold red]FAILED[/]" if failing else "[green]passed[/]"
    out(f"{verdict}: {failing} failing finding(s) at or above {result.fail_on}"
        + (f" ({counts})" if counts else "") + (f"; {len(result.fixed)} fixed" if result.fixed else ""))


def _table(result: CheckResult):
    """Kernel x target, before -> after (red: worse, green: better)."""
    from rich import box
    from rich.table import Table

    from isacheck.report.change import NUMBERS, fp8_cell, number_cell, value

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for title in ("file", "kernel", "variant", "target", "FP8", *(t for t, _, _ in NUMBERS)):
        table.add_column(title, no_wrap=title in ("target", "VGPRs", "occupancy"))
    for j in result.jobs:
        cells = [j.file, j.kernel, j.variant or "", j.target or "", fp8_cell(j)]
        for _title, name, worse_if_higher in NUMBERS:
            text, direction = number_cell(value(j.base, name), value(j.head, name), worse_if_higher=worse_if_higher)
            cells.append(f"[{'red' if direction > 0 else 'green'}]{text}[/]" if direction else text)
        table.add_row(*cells)
    return table

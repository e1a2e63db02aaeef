"""Markdown for a pull-request comment: a kernel x target table with before -> after, then the findings.

The first line is a hidden marker (``MARKER``) by which ``--github-comment`` finds its own comment
to update. Deterministic: the same result gives the same bytes.
"""

from __future__ import annotations

from typing import TextIO

from isacheck.check.result import CheckResult
from isacheck.report.change import NUMBERS, fp8_cell, number_cell, value

MARKER = "<!-- isacheck:check -->"

_ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(result: CheckResult, stream: TextIO) -> None:
    w = stream.write
    w(MARKER + "\n")
    failing = len(result.failing)
    verdict = "❌ **isacheck: failed**" if failing else "✅ **isacheck: passed**"
    against = f"`{result.base}`" if result.base else "the policy alone"
    w(f"{verdict} — {failing} failing finding(s) (fail on: {result.fail_on}), checked against {against}\n\n")
    if result.jobs:
        w("| file | kernel | variant | target | FP8 | " + " | ".join(t for t, _, _ in NUMBERS) + " |\n")
        w("|---|---|---|---|---|" + "---|" * len(NUMBERS) + "\n")
        for j in result.jobs:
            cells = [j.file, j.kernel, j.variant or "", j.target or "", fp8_cell(j)]
            for _title, name, worse_if_higher in NUMBERS:
                text, direction = number_cell(value(j.base, name), value(j.head, name), worse_if_higher=worse_if_higher)
                cells.append(text + {1: " 🔴", -1: " 🟢", 0: ""}[direction])
            w("| " + " | ".join(_cell(c) for c in cells) + " |\n")
        w("\n")
    unchanged = [f.path for f in result.files if f.status == "unchanged"]
    if unchanged:
        w(f"Unchanged, not compiled: {', '.join(f'`{p}`' for p in unchanged)}\n\n")
    new = [r for r in result.findings if r.status == "new"]
    other = [r for r in result.findings if r.status != "new"]
    if new:
        w("### Findings\n\n")
        for r in new:
            w(_finding_line(r))
        w("\n")
    if other:
        # Accepted, suppressed and pre-existing findings: listed, folded away.
        w(f"<details><summary>{len(other)} accepted, suppressed or pre-existing finding(s)</summary>\n\n")
        for r in other:
            w(_finding_line(r))
        w("\n</details>\n\n")
    if result.fixed:
        w("### Fixed\n\n")
        for x in result.fixed:
            w(f"- ✅ **{x.rule_id}** {x.kernel} {x.variant or ''} {x.target or ''} (was in the {x.source})\n"
              .replace("  ", " "))
        w("\n")
    if not result.findings and not result.fixed:
        w("No findings.\n")


def _finding_line(r) -> str:
    f = r.finding
    where = f" at `{f.location}`" if f.location else ""
    status = "" if r.status == "new" else f" _({r.status}{': ' + r.reason if r.reason else ''})_"
    job = " ".join(x for x in (f.kernel, f.variant, f.target) if x)
    return f"- {_ICON[f.severity.label]} **{f.rule_id}** {job}{where}: {_cell(f.message)}{status}\n"

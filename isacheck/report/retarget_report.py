"""The rows of an ``isacheck scan --retarget`` report, and its text rendering: per cache entry its
own AMD assembly (when it has one), then each retarget. JSON: :mod:`isacheck.report.retarget_json`."""

from __future__ import annotations

from typing import Iterator, TextIO


def rows(report) -> Iterator[dict]:
    from isacheck.errors import IsacheckError
    from isacheck.frontend.targets import compile_target, native_fp8_label

    by_entry: dict[int, list] = {}
    for job, result in zip(report.jobs, report.results):
        by_entry.setdefault(id(job.entry), []).append((job, result))
    for entry in report.entries:
        for job, result in by_entry.get(id(entry), ()):
            k = None
            if result.ok:
                k = next((x for x in result.analysis.kernels if x.name == entry.name), None) or result.analysis.kernels[0]
            if job.target is None:
                try:
                    native = native_fp8_label(compile_target(entry.arch))
                except IsacheckError:    # an arch isacheck does not know is still reported
                    native = "?"
                target = f"{entry.arch} (cached)"
            else:
                native = native_fp8_label(job.target)
                target = job.target.arch
            yield {"kernel": entry.name, "entry": entry.entry[:12], "from": entry.label, "target": target,
                   "native": native, "analysis": k, "error": result.error, "job": job, "result": result}


def render_text(report, stream: TextIO, *, details: bool = False, wide: bool = False) -> None:
    from isacheck.report.dump_table import render_rows
    table = list(rows(report))
    targets = ", ".join(t.arch for t in report.targets)
    render_rows(table, stream, title=f"{report.source}: {len(report.entries)} kernel(s) retargeted to {targets}",
                first_columns=["kernel", "entry", "from", "target"], wide=wide)
    if details:
        from isacheck.report.text import render_details
        render_details(table, stream, ("kernel", "entry", "target"), wide=wide)

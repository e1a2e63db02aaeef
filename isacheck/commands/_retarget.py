"""``isacheck scan PATH --retarget T1,T2``: run the retargeting and render it (see
:mod:`isacheck.frontend.retarget`).

JSON schema ``isacheck.scan-retarget``, version 1 (keys sorted, no timestamps, no paths of this
machine)::

    {"schema": "isacheck.scan-retarget", "schema_version": 1,
     "targets": ["gfx1151", ...],                  # as requested, in order
     "kernels": [                                  # by kernel name
       {"kernel": NAME,
        "entries": [                               # by cache entry (hash directory)
          {"entry": HASH, "backend": "hip"|"cuda"|..., "target": "gfx942"|"sm90",
           "options": {...},                       # the recorded options carried over
           "original": null | {"status", "error", "analysis"},   # the cached AMD assembly, analysed
           "retargets": {ARCH: {"status": "ok"|"failed", "error", "compile": {...}, "analysis"}}}]}],
     "skipped_entries": N}

``analysis`` is the ``isacheck.analyze`` document of :mod:`isacheck.report.json`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

SCHEMA = "isacheck.scan-retarget"
SCHEMA_VERSION = 1


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from isacheck.cli import EXIT_COMPILE_FAILED, EXIT_OK
    from isacheck.commands._args import comma_list, write_report
    from isacheck.frontend.retarget import run_retarget

    report = run_retarget(args.path, comma_list(args.retarget, option="--retarget", targets=True),
                          workers=args.jobs, cache_dir=args.cache_dir, use_cache=not args.no_cache,
                          progress_mode=args.progress, kernels=comma_list(args.kernel, option="--kernel"),
                          origins=comma_list(args.target, option="--target"), max_member=args.max_member_size)
    write_report(report, args, stdout, to_dict, render_text)
    if not args.quiet:
        s = report.stats
        print(f"isacheck: {s['kernels']} kernel(s), {s['jobs']} job(s): {s['cache_hits']} from cache, "
              f"{s['compiled']} compiled, {s['reanalysed']} analysed from assembly, {s['failed']} failed"
              + (f"; {s['no_ttir']} without TTIR (not retargetable)" if s["no_ttir"] else "")
              + f"; {s['skipped']} other cache entries skipped", file=sys.stderr)
    return EXIT_COMPILE_FAILED if report.stats["failed"] else EXIT_OK


def _native(target) -> str:
    from isacheck.frontend.targets import native_fp8_label
    return native_fp8_label(target)


def _rows(report):
    """Per cache entry: its own AMD assembly (when it has one), then each retarget."""
    from isacheck.errors import IsacheckError
    from isacheck.frontend.targets import compile_target

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
                    native = _native(compile_target(entry.arch))
                except IsacheckError:
                    native = "?"
                target = f"{entry.arch} (cached)"
            else:
                native = _native(job.target)
                target = job.target.arch
            yield {"kernel": entry.name, "entry": entry.entry[:12], "from": entry.label, "target": target,
                   "native": native, "analysis": k, "error": result.error, "job": job, "result": result}


def render_text(report, stream: TextIO, *, details: bool = False, wide: bool = False) -> None:
    from isacheck.report.dump_table import render_rows
    rows = list(_rows(report))
    targets = ", ".join(t.arch for t in report.targets)
    render_rows(rows, stream, title=f"{report.source}: {len(report.entries)} kernel(s) retargeted to {targets}",
                first_columns=["kernel", "entry", "from", "target"], wide=wide)
    if details:
        from isacheck.report.text import render
        for row in rows:
            if row["result"].ok:
                stream.write(f"\n== {row['kernel']} {row['entry']} {row['target']} ==\n")
                render(row["result"].analysis, stream)


def to_dict(report) -> dict:
    from isacheck.report.json import to_dict as analysis_dict

    entries: dict[int, dict] = {}
    for entry in report.entries:
        entries[id(entry)] = {"entry": entry.entry, "backend": entry.backend, "target": entry.arch,
                              "options": dict(entry.options), "original": None, "retargets": {}}
    for job, result in zip(report.jobs, report.results):
        doc = {"status": "ok" if result.ok else "failed", "error": result.error,
               "analysis": analysis_dict(result.analysis) if result.ok else None}
        if job.target is None:
            entries[id(job.entry)]["original"] = doc
        else:
            entries[id(job.entry)]["retargets"][job.target.arch] = {**doc, "compile": dict(result.meta)}
    kernels: dict[str, list] = {}
    for entry in report.entries:
        kernels.setdefault(entry.name, []).append(entries[id(entry)])
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "targets": [t.arch for t in report.targets],
            "kernels": [{"kernel": name, "entries": sorted(es, key=lambda e: e["entry"])}
                        for name, es in sorted(kernels.items())],
            "skipped_entries": report.skipped}

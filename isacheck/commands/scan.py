"""``isacheck scan PATH``: every AMD kernel in a Triton cache directory (``~/.triton/cache``) or a
``.tar``/``.tar.gz`` of one, grouped by kernel name and target."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="a Triton cache directory, or a .tar/.tar.gz of one")
    p.add_argument("--kernel", "-k", action="append", metavar="NAME", help="only kernels with this name")
    p.add_argument("--target", "-t", action="append", metavar="GFX[,GFX...]", help="only these targets")
    p.add_argument("--retarget", action="append", metavar="GFX[,GFX...]",
                   help="recompile every kernel's TTIR for these AMD targets with the options the cache "
                        "recorded (caches made on NVIDIA machines too), and show them beside the original")
    p.add_argument("--jobs", "-j", type=int, metavar="N", help="parallel analysis processes (default: cores)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--details", action="store_true", help="the full analyze report of every kernel")
    p.add_argument("--wide", action="store_true",
                   help="every column in the table, whatever the terminal's width (text)")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report: per kernel the verdict, "
                   "the Python source shaded by cost, each line's assembly a click away")
    p.add_argument("--source-dir", action="append", default=[], metavar="DIR",
                   help="where to look for the Python files the kernels' .file directives name (--html)")
    p.add_argument("--cache-dir", metavar="DIR", help="cache directory (default $ISACHECK_CACHE_DIR or ~/.cache/isacheck)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--max-member-size", type=int, metavar="BYTES",
                   help="refuse archives with a member larger than this (default 256 MiB)")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from isacheck.cli import EXIT_COMPILE_FAILED, EXIT_OK
    from isacheck.commands._args import check_jobs, comma_list, write_report
    from isacheck.frontend.scan import run_scan

    check_jobs(args.jobs)
    if args.retarget:
        from isacheck.commands._retarget import run as run_retarget
        return run_retarget(args, stdout)
    if args.html:
        from isacheck.report.html import check_writable
        check_writable(args.html)
    report = run_scan(args.path, workers=args.jobs, cache_dir=args.cache_dir, use_cache=not args.no_cache,
                      progress_mode=args.progress, kernels=comma_list(args.kernel, option="--kernel"),
                      targets=comma_list(args.target, option="--target", targets=True),
                      max_member=args.max_member_size)
    write_report(report, args, stdout, to_dict, render_text)
    if args.html:
        from isacheck.commands._html import rows_html, scan_assembly
        rows = sorted(_rows(report), key=lambda r: (r["kernel"], r["target"], r["entry"]))
        rows_html(args.html, report.source, rows, ["kernel", "target", "entry"], scan_assembly,
                  source_dirs=args.source_dir)
    if not args.quiet:
        s = report.stats
        print(f"isacheck: {s['kernels']} AMD kernel(s): {s['cache_hits']} from cache, {s['analysed']} analysed, "
              f"{s['failed']} failed; {s['skipped']} other cache entries skipped", file=sys.stderr)
    return EXIT_COMPILE_FAILED if report.stats["failed"] else EXIT_OK


def _native(arch: str) -> tuple[str, list | None]:
    from isacheck.errors import IsacheckError
    from isacheck.frontend.targets import compile_target, native_fp8_label
    try:
        t = compile_target(arch)
    except IsacheckError:  # an arch isacheck does not know is still reported
        return "?", None
    return native_fp8_label(t), None if t.native_fp8 is None else list(t.native_fp8)


def _rows(report):
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


def render_text(report, stream: TextIO, *, details: bool = False, wide: bool = False) -> None:
    from isacheck.report.dump_table import render_rows
    rows = sorted(_rows(report), key=lambda r: (r["kernel"], r["target"], r["entry"]))
    render_rows(rows, stream, title=f"{report.source}: {len(rows)} AMD kernel(s)",
                first_columns=["kernel", "target", "entry", "warps"], wide=wide)
    if details:
        from isacheck.report.text import render
        for row in rows:
            if row["result"].ok:
                stream.write(f"\n== {row['kernel']} {row['target']} {row['entry']} ==\n")
                render(row["result"].analysis, stream, wide=wide)


def to_dict(report) -> dict:
    from isacheck.report.dump_table import SCAN_SCHEMA, SCHEMA_VERSION
    from isacheck.report.json import to_dict as analysis_dict

    groups: dict[tuple[str, str], list] = {}
    natives: dict[str, list | None] = {}
    for row in _rows(report):
        natives[row["target"]] = row["native_fp8"]
        item, result = row["item"], row["result"]
        groups.setdefault((row["kernel"], row["target"]), []).append({
            "entry": item.kernel.entry, "amdgcn_sha256": item.text_sha, "options": dict(item.kernel.options),
            "warp_size": item.kernel.warp_size, "status": "ok" if result.ok else "failed", "error": result.error,
            "analysis": analysis_dict(result.analysis) if result.ok else None})
    kernels = [{"kernel": name, "target": target, "native_fp8": natives[target], "entries": sorted(e, key=lambda x: x["entry"])}
               for (name, target), e in sorted(groups.items())]
    return {"schema": SCAN_SCHEMA, "schema_version": SCHEMA_VERSION, "kernels": kernels,
            "skipped_entries": report.skipped}

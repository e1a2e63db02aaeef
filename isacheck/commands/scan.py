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
    from isacheck.report.scan_json import to_dict
    from isacheck.report.scan_report import render_text, sorted_rows

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
        rows_html(args.html, report.source, sorted_rows(report), ["kernel", "target", "entry"], scan_assembly,
                  source_dirs=args.source_dir)
    if not args.quiet:
        s = report.stats
        print(f"isacheck: {s['kernels']} AMD kernel(s): {s['cache_hits']} from cache, {s['analysed']} analysed, "
              f"{s['failed']} failed; {s['skipped']} other cache entries skipped", file=sys.stderr)
    return EXIT_COMPILE_FAILED if report.stats["failed"] else EXIT_OK

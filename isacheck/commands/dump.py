"""``isacheck dump FILE``: compile a Triton source file's kernels for AMD targets (no GPU needed)
and tell, per target, whether FP8 runs in hardware or is emulated.

Importing this module must not import Triton: a warm dump is answered from the cache alone.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

DEFAULT_TARGETS = "gfx1151,gfx1201,gfx942,gfx950"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="Python file with @triton.jit kernels")
    p.add_argument("--target", "-t", action="append", metavar="GFX[,GFX...]",
                   help=f"AMD target(s), comma-separated or repeated (default {DEFAULT_TARGETS})")
    p.add_argument("--kernel", "-k", action="append", metavar="NAME",
                   help="only these kernels (default: those in --spec, else every kernel not called by another)")
    p.add_argument("--spec", metavar="TOML", help="argument types, constexprs and variants per kernel")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="sets",
                   help="an argument type (a_ptr='*fp8'), constexpr (BLOCK=64), sample launch value (K=4096; "
                        "a pointer's tensor: a_ptr.bytes=N, a_ptr.align=A), or option (num_warps=8); overrides the spec")
    p.add_argument("--config", type=int, metavar="N", help="only autotune config N (0-based)")
    p.add_argument("--no-specialize", action="store_false", dest="specialize",
                   help="compile generically instead of like a real launch (by default arguments are "
                        "specialised as Triton's JIT specialises a launch: pointers 16-byte aligned and "
                        "under 2 GiB, sample ints == 1 become constants, multiples of 16 get the hint)")
    p.add_argument("--specialize", action="store_true", dest="specialize", help=argparse.SUPPRESS)
    p.add_argument("--out", metavar="DIR", help="write DIR/<kernel>/<variant>/<target>.{amdgcn,ttgir,llir,json}")
    p.add_argument("--jobs", "-j", type=int, metavar="N", help="parallel compile processes (default: cores)")
    p.add_argument("--root", metavar="DIR", help="import root for package-relative imports (default: found)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--details", action="store_true", help="the full analyze report of every row")
    p.add_argument("--whatif", action="store_true",
                   help="also compile the alternatives (FP8 upcast to bf16 in memory, the other FP8 format, the "
                        "target's native FP8 flavour, int8; fewer stages, more warps, smaller tiles where a "
                        "variant spills) and rank them by the static hot-loop estimate")
    p.add_argument("--wide", action="store_true",
                   help="every column in the table, whatever the terminal's width (text)")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report: per row the verdict, "
                   "the Python source shaded by cost, each line's assembly a click away")
    p.add_argument("--cache-dir", metavar="DIR", help="cache directory (default $ISACHECK_CACHE_DIR or ~/.cache/isacheck)")
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor write isacheck's cache (Triton's own cache still applies: "
                        "TRITON_ALWAYS_COMPILE=1 bypasses it)")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress display on stderr (auto: when stderr is a terminal)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    p.add_argument("--python", action="append", default=[], metavar="PATH",
                   help="compile with the Triton of this Python interpreter (or venv directory), e.g. the "
                        "venv of a vLLM container; analysis stays here. Repeatable")
    p.add_argument("--triton", action="append", metavar="VER[,VER...]",
                   help="compile with these Triton releases side by side (3.4.0,3.9.0), each in an environment "
                        "made once under the cache directory with pip")
    p.add_argument("--timeout-per-job", type=float, metavar="SECONDS",
                   help="stop a compile that takes longer (Triton 3.5-3.7 can take an hour on an FP8 GEMM for "
                        "gfx11); the row says it timed out")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from isacheck.cli import EXIT_COMPILE_FAILED, EXIT_OK
    from isacheck.commands._args import check_jobs, comma_list, write_report
    from isacheck.frontend.session import DumpRequest, run_dump
    from isacheck.report.dump_json import to_dict
    from isacheck.report.dump_report import columns, render_text, rows

    check_jobs(args.jobs)
    if args.html:
        from isacheck.report.html import check_writable
        check_writable(args.html)
    req = DumpRequest(path=args.file, targets=comma_list(args.target, DEFAULT_TARGETS, option="--target", targets=True),
                      kernels=comma_list(args.kernel, option="--kernel"),
                      spec=args.spec, sets=list(args.sets), config=args.config, specialize=args.specialize,
                      out=args.out, jobs=args.jobs, root=args.root, cache_dir=args.cache_dir,
                      use_cache=not args.no_cache, progress=args.progress,
                      pythons=list(args.python), tritons=comma_list(args.triton) or (),
                      timeout=_timeout(args.timeout_per_job), debug=getattr(args, "debug", False))
    if getattr(args, "whatif", False):
        from isacheck.frontend.whatif import run_whatif
        report = run_whatif(req)
    else:
        report = run_dump(req)
    for warning in report.warnings:
        print(f"isacheck: warning: {warning}", file=sys.stderr)
    write_report(report, args, stdout, to_dict, render_text)
    if args.html:
        import os

        from isacheck.commands._html import dump_assembly, rows_html
        rows_html(args.html, report.file, rows(report), columns(report), dump_assembly(args),
                  known={os.path.basename(args.file): args.file})
    if not args.quiet:
        s = report.stats
        print(f"isacheck: {s['jobs']} job(s): {s['cache_hits']} from cache, {s['compiled']} compiled, "
              f"{s['reanalysed']} re-analysed from cached assembly, {s['failed']} failed"
              + (f", {s['twins']} identical to another job (compiled once)" if s.get("twins") else "")
              + (f", {s['refused']} refused by Triton" if s.get("refused") else "")
              + (f", {s['timed_out']} timed out" if s.get("timed_out") else "")
              + (f", {s['analysis_errors']} not analysable" if s.get("analysis_errors") else ""),
              file=sys.stderr)
    errors = report.analysis_errors
    if errors:
        # Compiled, but the assembly could not be read: bad input to isacheck's analysis (exit 2)
        # at the assembly's file:line:col, not a compile failure (exit 4).
        from isacheck.errors import InputError
        more = f" (and {len(errors) - 1} more variant(s))" if len(errors) > 1 else ""
        raise InputError(errors[0] + more)
    if getattr(args, "whatif", False):
        from isacheck.frontend.whatif import failed_user_jobs
        return EXIT_COMPILE_FAILED if failed_user_jobs(report) else EXIT_OK
    return EXIT_COMPILE_FAILED if report.failed else EXIT_OK


def _timeout(value: float | None) -> float | None:
    if value is not None and not value > 0:
        from isacheck.errors import UsageError
        raise UsageError("--timeout-per-job must be a number of seconds above 0")
    return value

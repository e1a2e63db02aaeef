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
                   help="an argument type (a_ptr='*fp8'), constexpr (BLOCK=64), sample value, or option "
                        "(num_warps=8); overrides the spec")
    p.add_argument("--config", type=int, metavar="N", help="only autotune config N (0-based)")
    p.add_argument("--specialize", action="store_true",
                   help="specialise like a real launch: pointers 16-byte aligned, sample ints == 1 become "
                        "constants, multiples of 16 get the divisibility hint")
    p.add_argument("--out", metavar="DIR", help="write DIR/<kernel>/<variant>/<target>.{amdgcn,ttgir,llir,json}")
    p.add_argument("--jobs", "-j", type=int, metavar="N", help="parallel compile processes (default: cores)")
    p.add_argument("--root", metavar="DIR", help="import root for package-relative imports (default: found)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--details", action="store_true", help="the full analyze report of every row")
    p.add_argument("--cache-dir", metavar="DIR", help="cache directory (default $ISACHECK_CACHE_DIR or ~/.cache/isacheck)")
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor write isacheck's cache (Triton's own cache still applies: "
                        "TRITON_ALWAYS_COMPILE=1 bypasses it)")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress display on stderr (auto: when stderr is a terminal)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from isacheck.cli import EXIT_COMPILE_FAILED, EXIT_OK
    from isacheck.commands._args import check_jobs, comma_list, write_report
    from isacheck.frontend.session import DumpRequest, run_dump

    check_jobs(args.jobs)
    req = DumpRequest(path=args.file, targets=comma_list(args.target, DEFAULT_TARGETS),
                      kernels=comma_list(args.kernel),
                      spec=args.spec, sets=list(args.sets), config=args.config, specialize=args.specialize,
                      out=args.out, jobs=args.jobs, root=args.root, cache_dir=args.cache_dir,
                      use_cache=not args.no_cache, progress=args.progress)
    report = run_dump(req)
    write_report(report, args, stdout, to_dict, render_text)
    if not args.quiet:
        s = report.stats
        print(f"isacheck: {s['jobs']} job(s): {s['cache_hits']} from cache, {s['compiled']} compiled, "
              f"{s['reanalysed']} re-analysed from cached assembly, {s['failed']} failed"
              + (f", {s['twins']} identical to another job (compiled once)" if s.get("twins") else ""),
              file=sys.stderr)
    return EXIT_COMPILE_FAILED if report.failed else EXIT_OK


def _rows(report):
    from isacheck.frontend.targets import native_fp8_label
    for job, result in zip(report.jobs, report.results):
        k = None
        if result.ok:
            k = next((x for x in result.analysis.kernels if x.name == job.kernel), None) or result.analysis.kernels[0]
        yield {"kernel": job.kernel, "variant": job.variant.name, "target": job.target.arch,
               "native": native_fp8_label(job.target), "analysis": k, "error": result.error, "job": job,
               "result": result}


def render_text(report, stream: TextIO, *, details: bool = False) -> None:
    from isacheck.report.dump_table import render_rows
    render_rows(_rows(report), stream, title=f"{report.file}", first_columns=["kernel", "variant", "target"])
    if details:
        from isacheck.report.text import render
        for row in _rows(report):
            if row["result"].ok:
                stream.write(f"\n== {row['kernel']} {row['variant']} {row['target']} ==\n")
                render(row["result"].analysis, stream)


def to_dict(report) -> dict:
    from isacheck.report.dump_table import DUMP_SCHEMA, SCHEMA_VERSION
    from isacheck.report.json import display_path
    from isacheck.report.json import to_dict as analysis_dict

    rows = []
    for row in _rows(report):
        job, result = row["job"], row["result"]
        rows.append({
            "kernel": job.kernel, "variant": job.variant.name, "target": job.target.arch,
            "wave_size": job.target.wave_size,
            "native_fp8": None if job.target.native_fp8 is None else list(job.target.native_fp8),
            "signature": dict(job.signature), "constexprs": dict(job.constexprs),
            "options": dict(job.options), "autotune_config": job.variant.config,
            "inferred": list(job.variant.inferred),
            "specialized": sorted(list(job.signature)[k[0]] for k in job.attrs),
            "status": "ok" if result.ok else "failed", "error": result.error,
            "compile": dict(result.meta),
            "analysis": analysis_dict(result.analysis) if result.ok else None,
        })
    rows.sort(key=lambda r: (r["kernel"], r["variant"], r["target"]))
    return {"schema": DUMP_SCHEMA, "schema_version": SCHEMA_VERSION, "file": display_path(report.file),
            "rows": rows}

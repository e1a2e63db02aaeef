"""``isacheck scan PATH --retarget T1,T2``: run the retargeting (:mod:`isacheck.frontend.retarget`)
and hand it to its report: rows and text in :mod:`isacheck.report.retarget_report`, JSON (schema
``isacheck.scan-retarget``, documented there) in :mod:`isacheck.report.retarget_json`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from isacheck.cli import EXIT_COMPILE_FAILED, EXIT_OK
    from isacheck.commands._args import comma_list, write_report
    from isacheck.frontend.retarget import run_retarget
    from isacheck.report.retarget_json import to_dict
    from isacheck.report.retarget_report import render_text

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

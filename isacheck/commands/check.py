"""``isacheck check [PATHS...]``: the pre-merge gate. Compiles the kernels a change touches at the
base revision and in the working tree, runs the rules, and reports findings.

Exit codes: 0 pass, 1 a finding at or above --fail-on, 2 usage or infrastructure error.
A failed --github-comment is one line on stderr and changes nothing in the exit code.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

FORMATS = ("text", "json", "markdown", "sarif", "junit")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="kernel files or directories to check (default: [[tool.isacheck.kernels]] of the configuration)")
    base = p.add_mutually_exclusive_group()
    base.add_argument("--base", metavar="REV",
                      help="compare with this git revision (default: the merge base with the upstream branch, "
                           "when one is configured)")
    base.add_argument("--no-base", action="store_true", help="check the working tree against the policy alone")
    base.add_argument("--base-triton", metavar="VERSION",
                      help="compare the same sources compiled with this Triton release (base) and with the Triton "
                           "beside isacheck (head): the Triton upgrade case")
    p.add_argument("--target", "-t", action="append", metavar="GFX[,GFX...]",
                   help="AMD target(s) (default: [tool.isacheck] targets, else gfx1151,gfx1201,gfx942,gfx950)")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page: base and head of every "
                   "compiled job side by side, the Python source shaded by cost, each line's assembly a click away")
    p.add_argument("--baseline", metavar="FILE", help="accepted findings (default: [tool.isacheck] baseline)")
    p.add_argument("--update-baseline", action="store_true",
                   help="write every current finding to the baseline (--baseline FILE, else the configured one, "
                        "else .isacheck-baseline.json) and exit 0; a file that is not an isacheck baseline is "
                        "never overwritten")
    p.add_argument("--fail-on", choices=("info", "warning", "error", "never"),
                   help="the least severity that fails the check (default: [tool.isacheck] fail-on, else error)")
    p.add_argument("--github-comment", action="store_true",
                   help="create or update one comment on the pull request (GITHUB_TOKEN, GITHUB_REPOSITORY, "
                        "GITHUB_EVENT_PATH; GITHUB_API_URL)")
    p.add_argument("--config", metavar="FILE", help="configuration file (default: isacheck.toml or pyproject.toml, "
                                                    "searched upwards)")
    p.add_argument("--jobs", "-j", type=int, metavar="N", help="parallel compile processes (default: cores)")
    p.add_argument("--cache-dir", metavar="DIR", help="cache directory (default $ISACHECK_CACHE_DIR or ~/.cache/isacheck)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write isacheck's cache")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="never",
                   help="compile progress on stderr")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from isacheck.check.runner import CheckRequest, run_check
    from isacheck.commands._args import check_jobs, comma_list
    from isacheck.report.registry import check_formatter

    check_jobs(args.jobs)
    if args.html:
        from isacheck.report.html import check_writable
        check_writable(args.html)
    req = CheckRequest(paths=list(args.paths), base=args.base, no_base=args.no_base,
                       targets=comma_list(args.target), baseline=args.baseline,
                       update_baseline=args.update_baseline, fail_on=args.fail_on, jobs=args.jobs,
                       cache_dir=args.cache_dir, use_cache=not args.no_cache, config=args.config,
                       progress=args.progress, base_triton=args.base_triton)
    outcome = run_check(req)
    result = outcome.result
    render = check_formatter(args.format)
    if args.output:
        _write_file(args.output, lambda stream: render(result, stream))
    else:
        render(result, stdout)
    if args.html:
        from isacheck.commands._html import check_html
        check_html(args.html, outcome, args)
    if args.github_comment:
        from isacheck.check.github import post_result
        print(f"isacheck: {post_result(result).message}", file=sys.stderr)
    if outcome.baseline_written:
        print(f"isacheck: wrote {len(result.findings) - result.count('suppressed')} finding(s) to the baseline "
              f"{outcome.baseline_written}", file=sys.stderr)
        return 0
    if not args.quiet:
        s = dict(result.stats)
        print(f"isacheck: {len(result.failing)} failing finding(s); {s.get('jobs', 0)} job(s): "
              f"{s.get('cache_hits', 0)} from cache, {s.get('compiled', 0)} compiled, {s.get('failed', 0)} failed; "
              f"{sum(1 for f in result.files if f.status == 'unchanged')} unchanged file(s) not compiled",
              file=sys.stderr)
    return 1 if result.failing else 0


def _write_file(path: str, write) -> None:
    """Render to memory, then replace ``path`` atomically: a failure leaves what was there untouched."""
    import io
    import os

    from isacheck.atomic import atomic_write, user_file_mode
    from isacheck.errors import OutputError

    if os.path.isdir(path):
        raise OutputError("is a directory", path=path)
    buffer = io.StringIO(newline="\n")
    write(buffer)
    try:
        atomic_write(path, buffer.getvalue().encode("utf-8"), mode=user_file_mode(path))
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror}", path=path) from None

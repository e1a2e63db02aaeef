"""``isacheck supports TARGET [FEATURE]``: does a target support a feature, with the evidence.

Exit codes (isacheck/cli.py): 0 yes, 1 no, 3 partial, 2 bad input. ``supports TARGET`` prints the
capability table; ``supports all FEATURE`` one row per target. Plain text on purpose: rich would
cost more start-up time than this command spends in total.
"""

from __future__ import annotations

import json
from typing import TextIO

from isacheck.cli import EXIT_NO, EXIT_OK, EXIT_PARTIAL


def add_arguments(parser) -> None:
    parser.add_argument("target", help="gfx id or product name (gfx1151, 'Radeon 8060S', MI300X), or 'all'")
    parser.add_argument("feature", nargs="?", default=None,
                        help="fp8, fp8-ocp, fp8-fnuz, bf8, fp8-convert, fp8-dot, fp8-matrix, fp6, fp4, "
                             "f8f6f4, int8-matrix, bf16-matrix, fp16-matrix, int4-matrix")
    parser.add_argument("--format", choices=("text", "json"), default="text")


_EXIT = {"yes": EXIT_OK, "no": EXIT_NO, "partial": EXIT_PARTIAL}


def run(args, stdout: TextIO) -> int:
    from isacheck.errors import UsageError
    from isacheck.isa import describe, features
    from isacheck.isa.targets import known_targets, resolve_target

    if args.format == "text":
        # On a terminal, long lines break between words under their value column (nothing is
        # cut); piped output stays one line per fact.
        from isacheck.report.layout import WrappingWriter, terminal_width
        stdout = WrappingWriter(stdout, terminal_width(stdout))
    if args.target.strip().lower() == "all":
        if args.feature is None:
            raise UsageError("supports all: name a feature (e.g. `isacheck supports all fp8`)")
        feature = features.resolve_feature(args.feature)
        verdicts = [features.verdict(gfx, feature.id) for gfx in known_targets()]
        if args.format == "json":
            _dump({"feature": feature.id, "targets": [describe.verdict_json(v) for v in verdicts]}, stdout)
        else:
            stdout.write(f"{feature.id}: {feature.summary}\n")
            for v in verdicts:
                stdout.write(f"  {v.target:<8} {v.verdict:<8} {describe.short_reason(v)}\n")
        return EXIT_OK
    gfx = resolve_target(args.target)
    if args.feature is None:
        table = features.capability_table(gfx)
        if args.format == "json":
            _dump({"target": gfx, "features": [describe.verdict_json(v) for v in table]}, stdout)
        else:
            info = features.target_info(gfx)
            stdout.write(f"{describe.target_label(info)}: native FP8 {describe.flavour(info)}\n")
            for v in table:
                stdout.write(f"  {v.feature:<12} {v.verdict:<8} {describe.short_reason(v)}\n")
        return EXIT_OK
    v = features.verdict(gfx, args.feature)
    if args.format == "json":
        _dump(describe.verdict_json(v), stdout)
    else:
        stdout.write("\n".join(describe.verdict_lines(v)) + "\n")
    return _EXIT[v.verdict]


def _dump(document: dict, stdout: TextIO) -> None:
    json.dump(document, stdout, indent=2, sort_keys=True)
    stdout.write("\n")

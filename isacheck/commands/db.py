"""``isacheck db diff|update|info``: the ISA database's sources, disagreements and updates.

``diff`` lists, per target, where AMD's spec and LLVM's assembler disagree (neither is hidden:
the database keeps both verdicts and uses LLVM's where it probed the target).
"""

from __future__ import annotations

import json
from typing import TextIO

from isacheck.cli import EXIT_OK


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", parser_class=type(parser))
    diff = sub.add_parser("diff", help="where AMD's spec and LLVM's assembler disagree, per target")
    diff.add_argument("targets", nargs="*", help="targets (default: every target both sources cover)")
    diff.add_argument("--format", choices=("text", "json"), default="text")
    diff.add_argument("--all", action="store_true", help="list every mnemonic (text lists 20 per side)")
    upd = sub.add_parser("update", help="download AMD's machine-readable ISA release and rebuild the user database")
    upd.add_argument("--from", dest="source", default=None, metavar="URL|ZIP",
                     help="release zip URL or local file (default: AMD GPUOpen's latest)")
    upd.add_argument("--timeout", type=float, default=60.0,
                     help="seconds the whole download may take, a positive number (default 60)")
    upd.add_argument("--no-probe", action="store_true",
                     help="do not ask LLVM again; reuse the LLVM verdicts of the current database")
    info = sub.add_parser("info", help="which database is in use and where its data came from")
    info.add_argument("--format", choices=("text", "json"), default="text")


def run(args, stdout: TextIO) -> int:
    from isacheck.errors import UsageError

    if args.db_command == "diff":
        return _diff(args, stdout)
    if args.db_command == "update":
        return _update(args, stdout)
    if args.db_command == "info":
        return _info(args, stdout)
    raise UsageError("isacheck db: choose an action: diff, update or info")


def _diff(args, stdout: TextIO) -> int:
    from isacheck.isa.diff import disagreements
    from isacheck.isa.targets import resolve_target

    wanted = [resolve_target(t) for t in args.targets] if args.targets else None
    report = disagreements(wanted)
    if args.format == "json":
        json.dump({"targets": [d.as_json() for d in report]}, stdout, indent=2, sort_keys=True)
        stdout.write("\n")
        return EXIT_OK
    limit = None if args.all else 20
    for d in report:
        stdout.write(f"{d.target} (spec {d.family}): {len(d.spec_only)} only in the spec, "
                     f"{len(d.llvm_only)} only in LLVM, {len(d.llvm_unknown)} unknown to LLVM, "
                     f"{len(d.llvm_spellings)} older LLVM spellings\n")
        for label, names in (("spec says present, LLVM says not on this GPU", d.spec_only),
                             ("LLVM accepts, spec does not list (often an LLVM alias)", d.llvm_only),
                             ("in the spec, LLVM knows no such mnemonic", d.llvm_unknown)):
            if names:
                shown = names if limit is None else names[:limit]
                more = f" ... +{len(names) - len(shown)} (--all)" if len(shown) < len(names) else ""
                stdout.write(f"  {label}:\n    {' '.join(shown)}{more}\n")
        if d.llvm_spellings:
            pairs = [f"{a} (= {b})" for a, b in d.llvm_spellings]
            shown = pairs if limit is None else pairs[:limit]
            more = f" ... +{len(pairs) - len(shown)} (--all)" if len(shown) < len(pairs) else ""
            stdout.write(f"  LLVM also accepts an older spelling of a spec instruction:\n    {' '.join(shown)}{more}\n")
    return EXIT_OK


def _update(args, stdout: TextIO) -> int:
    from isacheck.inputs import check_timeout
    from isacheck.isa.update import DEFAULT_URL, update

    check_timeout(args.timeout)
    result = update(args.source or DEFAULT_URL, timeout=args.timeout, probe=not args.no_probe)
    stdout.write(f"updated {result.directory.name}/ in {result.directory.parent.name or '.'}: "
                 f"{result.mnemonics} mnemonics from {', '.join(result.families)}"
                 f"{' (release ' + result.release_date + ')' if result.release_date else ''}; "
                 f"LLVM {'re-probed' if result.probed else 'verdicts kept from the previous database'}\n")
    return EXIT_OK


def _info(args, stdout: TextIO) -> int:
    from isacheck.isa.database import database, shipped_db_dir

    db = database()
    shipped = db.root == shipped_db_dir()
    doc = {"database": "shipped" if shipped else "user", "mnemonics": len(db.rows), "sources": db.sources}
    if args.format == "json":
        json.dump(doc, stdout, indent=2, sort_keys=True)
        stdout.write("\n")
        return EXIT_OK
    spec = db.sources.get("spec") or {}
    llvm = db.sources.get("llvm") or {}
    stdout.write(f"database: {'shipped with isacheck' if shipped else 'user copy (isacheck db update): ' + str(db.root)}\n"
                 f"  {len(db.rows)} mnemonics\n"
                 f"  spec: {spec.get('name')} [{spec.get('kind')}], release {spec.get('release_date') or 'not recorded'}, "
                 f"families {', '.join(spec.get('families', []))}\n")
    if llvm:
        stdout.write(f"  LLVM: {llvm.get('revision')} via {llvm.get('via')}; probed {', '.join(llvm.get('probed_targets', []))}"
                     f"{'; unknown to it: ' + ', '.join(llvm['unknown_targets']) if llvm.get('unknown_targets') else ''}\n")
    return EXIT_OK

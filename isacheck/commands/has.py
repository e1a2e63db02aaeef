"""``isacheck has TARGET MNEMONIC``: is an instruction present on a target?

Exit codes: 0 present, 1 absent (elsewhere or nowhere), 2 bad input.
"""

from __future__ import annotations

import json
from typing import TextIO

from isacheck.cli import EXIT_NO, EXIT_OK


def add_arguments(parser) -> None:
    parser.add_argument("target", help="gfx id or product name")
    parser.add_argument("mnemonic", help="instruction mnemonic, any case, with or without _e32/_e64/_dpp/_sdwa")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args, stdout: TextIO) -> int:
    from isacheck.errors import UsageError
    from isacheck.isa.database import database
    from isacheck.isa.mnemonic import normalize
    from isacheck.isa.suggest import similar
    from isacheck.isa.targets import resolve_target

    gfx = resolve_target(args.target)
    name = normalize(args.mnemonic)
    if not name or not name.replace("_", "").isalnum():
        raise UsageError(f"{args.mnemonic!r} is not an instruction mnemonic")
    db = database()
    entry = db.get(name)
    targets = entry.targets if entry else ()
    if gfx in targets:
        status = "present"
    elif targets:
        status = "elsewhere"
    elif entry is not None:
        status = "untracked"     # in the spec or LLVM, but on no target isacheck tracks
    else:
        status = "nowhere"
    suggestions = []
    if status in ("nowhere", "untracked"):
        suggestions = [(s, db.targets_with(s)) for s in similar(name)]
    elif status == "elsewhere":
        # What helps here is the closest instruction this target does have.
        suggestions = [(s, db.targets_with(s)) for s in similar(name, among=db.present(gfx))]
    if args.format == "json":
        doc = {
            "target": gfx, "mnemonic": name, "status": status, "present": status == "present",
            "targets": list(targets),
            "spec": list(entry.spec) if entry else [],
            "llvm": None if entry is None or entry.llvm is None else list(entry.llvm),
            "llvm_invalid": bool(entry and entry.llvm_invalid),
            "suggestions": [{"mnemonic": s, "targets": list(w)} for s, w in suggestions],
        }
        json.dump(doc, stdout, indent=2, sort_keys=True)
        stdout.write("\n")
    else:
        stdout.write(_text(gfx, name, status, entry, suggestions) + "\n")
    return EXIT_OK if status == "present" else EXIT_NO


def _text(gfx, name, status, entry, suggestions) -> str:
    if status == "present":
        said = []
        if entry.spec:
            said.append(f"AMD spec {'/'.join(entry.spec)}")
        if entry.llvm is not None and not entry.llvm_invalid:
            said.append("LLVM's assembler accepts it" if gfx in entry.llvm else "LLVM was not asked")
        lines = [f"{name}: present on {gfx}" + (f" ({'; '.join(said)})" if said else "")]
    elif status == "elsewhere":
        lines = [f"{name}: not on {gfx}; present only on {', '.join(entry.targets)}"]
    elif status == "untracked":
        where = f"spec families {', '.join(entry.spec)}" if entry.spec else "LLVM's assembler"
        lines = [f"{name}: not on {gfx}; known to {where}, but on none of the targets isacheck tracks"]
    else:
        lines = [f"{name}: no such instruction on any AMD GPU (neither in AMD's ISA spec nor among the "
                 f"mnemonics LLVM's assembler knows)"]
    if suggestions:
        lines.append(f"  {'did you mean' if status != 'elsewhere' else f'{gfx} has instead'}:")
        for s, where in suggestions:
            lines.append(f"    {s:<36} {', '.join(where) if where else '(no tracked target)'}")
    return "\n".join(lines)

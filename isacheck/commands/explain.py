"""``isacheck explain MNEMONIC``: AMD's description, operands, encodings and the targets that have it.

The only command that reads descriptions.json (1.7 MB); the others stay on the small index.
"""

from __future__ import annotations

import json
import textwrap
from typing import TextIO

from isacheck.cli import EXIT_NO, EXIT_OK


def add_arguments(parser) -> None:
    parser.add_argument("mnemonic", help="instruction mnemonic, any spelling")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args, stdout: TextIO) -> int:
    from isacheck.isa.database import database
    from isacheck.isa.mnemonic import normalize
    from isacheck.isa.suggest import similar

    db = database()
    name = normalize(args.mnemonic)
    entry = db.get(name)
    if entry is None:
        suggestions = similar(name)
        if args.format == "json":
            _dump({"mnemonic": name, "known": False, "suggestions": list(suggestions)}, stdout)
        else:
            hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
            stdout.write(f"{name}: no such instruction on any AMD GPU{hint}\n")
        return EXIT_NO
    variants = db.descriptions().get(name, [])
    if args.format == "json":
        _dump({"mnemonic": name, "known": True, "targets": list(entry.targets), "spec": list(entry.spec),
               "llvm": None if entry.llvm is None else list(entry.llvm), "llvm_invalid": entry.llvm_invalid,
               "descriptions": variants}, stdout)
        return EXIT_OK
    out = [name]
    out.append(f"  targets: {', '.join(entry.targets) or 'none of the tracked targets'}")
    out.append(f"  AMD spec: {', '.join(entry.spec) or 'not listed (known to LLVM only)'}")
    if entry.llvm_invalid:
        out.append("  LLVM: rejects the mnemonic (invalid instruction) on every target")
    elif entry.llvm is not None:
        out.append(f"  LLVM accepts on: {', '.join(entry.llvm) or 'no probed target'}")
    for v in variants:
        out.append(f"  [{', '.join(v['families'])}]")
        if v["args"]:
            ops = ", ".join(f"{a} ({t})" if t and t != "unknown" else a for a, t in zip(v["args"], v["arg_types"]))
            out.append(f"    operands: {ops}")
        if v["encodings"]:
            out.append(f"    encodings: {', '.join(v['encodings'])}")
        for para in (v["description"] or "(no description in the spec)").split("\n"):
            if para.strip():
                out.extend(textwrap.wrap(para.strip(), width=96, initial_indent="    ", subsequent_indent="    "))
    stdout.write("\n".join(out) + "\n")
    return EXIT_OK


def _dump(document: dict, stdout: TextIO) -> None:
    json.dump(document, stdout, indent=2, sort_keys=True)
    stdout.write("\n")

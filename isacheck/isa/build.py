"""Build isa_db/ from AMD's ISA spec and LLVM's assembler.

    python -m isacheck.isa.build [--spec PATH] [--out DIR] [--no-probe]

--spec defaults to $ISACHECK_SPEC_JSON, else ../shared/reference/amd_isa_spec_instructions.json
beside the checkout (the CI layout). --out defaults to the package's isa_db/. The output is deterministic (sorted, no timestamps, no local paths), so a
rebuild with the same inputs leaves git clean.

How the two sources combine, per mnemonic and target:
  * LLVM probed the target and knows the mnemonic  -> LLVM's verdict (it is per target);
  * otherwise (gfx940/gfx941 are gone from this LLVM; a spec name LLVM calls "invalid
    instruction")                                      -> the spec's verdict for the family.
Where they differ, both verdicts are kept, and ``isacheck db diff`` lists them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence, TextIO

from isacheck.isa.database import DESCRIPTIONS, INDEX, INVALID, NOT_ASKED, SCHEMA, IsaDatabase, targets_doc
from isacheck.isa.spec import SpecRecord, SpecSource, read_flattened_json

SPEC_JSON = "amd_isa_spec_instructions.json"
_REPO = Path(__file__).resolve().parents[2]


def default_spec_path() -> Path:
    from isacheck import config

    # The shared reference folder sits beside the checkout (``../shared/reference``), as in CI.
    return config.spec_json() or _REPO.parent / "shared" / "reference" / SPEC_JSON


@dataclass(frozen=True)
class LlvmObservations:
    """What LLVM's assembler said, for every probed mnemonic and target."""

    revision: str
    triton: str | None
    probed_targets: tuple[str, ...]
    unknown_targets: tuple[str, ...]      # processor names this LLVM rejects
    probed: frozenset[str]                # mnemonics LLVM was asked about
    present: dict[str, frozenset[str]]    # target -> mnemonics present
    invalid: frozenset[str]               # mnemonics LLVM rejects on every target

    def as_json(self) -> dict:
        return {
            "kind": "llvm-amdgpu-assembler",
            "via": f"triton {self.triton}" if self.triton else "triton",
            "revision": self.revision,
            "method": "each mnemonic assembled without operands: 'instruction not supported on this GPU' "
                      "= not on this target; 'invalid instruction' = unknown to LLVM; accepted or an "
                      "operand error = present",
            "probed_targets": sorted(self.probed_targets, key=_gfx_order),
            "unknown_targets": list(self.unknown_targets),
        }


def probe_llvm(names: Iterable[str], targets: Sequence[str], *, discover: bool = True,
               spec_names: Iterable[str] | None = None) -> LlvmObservations:
    """Probe every mnemonic (plus, with ``discover``, LLVM's own mnemonic strings) on every
    target LLVM knows. Names outside ``spec_names`` (default: ``names``) that LLVM rejects
    everywhere are dropped as not being mnemonics at all."""
    from isacheck.isa import probe

    names = set(names)
    spec_names = set(names) if spec_names is None else set(spec_names)
    if discover:
        names |= probe.mnemonic_candidates()
    probed_targets, unknown = [], []
    results = {}
    for target in targets:
        if not probe.target_known(target):
            unknown.append(target)
            continue
        probed_targets.append(target)
        results[target] = probe.probe(target, names)
    invalid = frozenset.intersection(*(r.invalid for r in results.values())) if results else frozenset()
    spec = spec_names
    # A discovered string LLVM calls invalid everywhere is not a mnemonic: forget it.
    kept = frozenset(n for n in names if n in spec or n not in invalid)
    try:
        import triton
        triton_version = triton.__version__
    except Exception:
        triton_version = None
    return LlvmObservations(
        revision=probe.llvm_revision(),
        triton=triton_version,
        probed_targets=tuple(probed_targets),
        unknown_targets=tuple(unknown),
        probed=kept,
        present={t: r.present & kept for t, r in results.items()},
        invalid=invalid & kept,
    )


def observations_from(db: IsaDatabase) -> LlvmObservations | None:
    """Reuse the LLVM verdicts of an existing database (``db update --no-probe``)."""
    llvm = db.sources.get("llvm")
    if not llvm:
        return None
    present: dict[str, set[str]] = {t: set() for t in llvm["probed_targets"]}
    probed, invalid = set(), set()
    for name, entry in db.entries.items():
        if entry.llvm is None:
            continue
        probed.add(name)
        if entry.llvm_invalid:
            invalid.add(name)
        for target in entry.llvm:
            present.setdefault(target, set()).add(name)
    return LlvmObservations(
        revision=llvm["revision"], triton=(llvm.get("via") or "").removeprefix("triton ").strip() or None,
        probed_targets=tuple(llvm["probed_targets"]), unknown_targets=tuple(llvm.get("unknown_targets", ())),
        probed=frozenset(probed), present={t: frozenset(s) for t, s in present.items()},
        invalid=frozenset(invalid))


def assemble(records: Sequence[SpecRecord], spec_source: SpecSource,
             llvm: LlvmObservations | None) -> tuple[dict, dict]:
    """Combine spec records and LLVM observations -> (index.json, descriptions.json) documents."""
    targets = targets_doc()["targets"]
    spec_families: dict[str, set[str]] = {}
    for rec in records:
        spec_families.setdefault(rec.name, set()).add(rec.family)
    names = set(spec_families) | (set(llvm.probed) if llvm else set())
    target_order = sorted(targets, key=_gfx_order)
    family_order = sorted({r.family for r in records} | {f["spec_family"] for f in targets.values() if f.get("spec_family")})
    tbit = {t: 1 << i for i, t in enumerate(target_order)}
    fbit = {f: 1 << i for i, f in enumerate(family_order)}
    instructions: dict[str, list[int]] = {}
    for name in sorted(names):
        families = spec_families.get(name, set())
        asked = llvm is not None and name in llvm.probed
        invalid = asked and name in llvm.invalid
        llvm_mask = NOT_ASKED
        if asked:
            llvm_mask = INVALID if invalid else sum(tbit[t] for t in llvm.probed_targets if name in llvm.present[t])
        have = 0
        for gfx, facts in targets.items():
            if asked and not invalid and gfx in llvm.probed_targets:
                has = bool(llvm_mask & tbit[gfx])
            else:
                has = facts.get("spec_family") in families
            if has:
                have |= tbit[gfx]
        instructions[name] = [sum(fbit[f] for f in families), llvm_mask, have]
    index = {
        "schema": SCHEMA,
        "sources": {"spec": spec_source.as_json(), "llvm": llvm.as_json() if llvm else None},
        "targets": target_order,
        "families": family_order,
        "instructions": instructions,
    }
    return index, _descriptions(records)


def _gfx_order(gfx: str) -> tuple[int, str]:
    from isacheck.isa.targets import _order

    return _order(gfx)


def _descriptions(records: Sequence[SpecRecord]) -> dict:
    grouped: dict[str, dict[tuple, list[str]]] = {}
    for rec in records:
        key = (rec.description, rec.args, rec.arg_types, rec.encodings)
        grouped.setdefault(rec.name, {}).setdefault(key, []).append(rec.family)
    out: dict[str, list[dict]] = {}
    for name in sorted(grouped):
        variants = []
        for (description, args, arg_types, encodings), families in grouped[name].items():
            variants.append({"families": sorted(set(families)), "description": description,
                             "args": list(args), "arg_types": list(arg_types), "encodings": list(encodings)})
        out[name] = sorted(variants, key=lambda v: v["families"])
    return out


def dumps_index(index: dict) -> str:
    """JSON with one mnemonic per line ("name": [spec, llvm, targets] masks): small and fast to
    load, and a rebuild's git diff names the mnemonics that changed."""
    head = {k: v for k, v in index.items() if k != "instructions"}
    lines = [json.dumps(head, indent=1, sort_keys=True)[:-2] + ',\n "instructions": {']
    rows = [f" {json.dumps(name)}: {json.dumps(row, separators=(',', ':'))}"
            for name, row in sorted(index["instructions"].items())]
    lines.append(",\n".join(rows))
    lines.append(" }\n}\n")
    return "\n".join(lines)


def write_database(directory: Path, index: dict, descriptions: dict) -> None:
    """Write both files into a fresh sibling directory, then swap it in: readers see the old
    database or the new one, never half of each, and a failure leaves the old one untouched."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    fresh = directory.parent / f".{directory.name}.new-{os.getpid()}"
    old = directory.parent / f".{directory.name}.old-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir()
    try:
        if directory.is_dir():
            # Keep whatever else lives there (README.md, targets.json in the package copy).
            for item in directory.iterdir():
                if item.name not in (INDEX, DESCRIPTIONS) and item.is_file():
                    shutil.copy2(item, fresh / item.name)
        (fresh / INDEX).write_text(dumps_index(index), encoding="utf-8")
        (fresh / DESCRIPTIONS).write_text(
            json.dumps(descriptions, sort_keys=True, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        if directory.exists():
            os.replace(directory, old)
        os.replace(fresh, directory)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        if old.exists() and not directory.exists():
            os.replace(old, directory)
        raise
    shutil.rmtree(old, ignore_errors=True)


def summary(index: dict) -> str:
    rows = index["instructions"]
    llvm = index["sources"]["llvm"]
    lines = [f"{len(rows)} mnemonics; spec {index['sources']['spec']['name']} "
             f"({', '.join(index['sources']['spec']['families'])})"]
    if llvm:
        lines.append(f"LLVM {llvm['revision']} probed {len(llvm['probed_targets'])} targets"
                     + (f"; unknown to it: {', '.join(llvm['unknown_targets'])}" if llvm["unknown_targets"] else ""))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    from isacheck.isa.database import reset_cache, shipped_db_dir

    stdout = stdout or sys.stdout
    parser = argparse.ArgumentParser(prog="python -m isacheck.isa.build", description=__doc__.split("\n")[0])
    parser.add_argument("--spec", type=Path, default=None, help="flattened spec JSON (default: see module doc)")
    parser.add_argument("--out", type=Path, default=None, help="output directory (default: the package's isa_db/)")
    parser.add_argument("--no-probe", action="store_true", help="spec only: do not ask LLVM")
    args = parser.parse_args(argv)
    spec_path = args.spec or default_spec_path()
    records, source = read_flattened_json(spec_path)
    llvm = None
    if not args.no_probe:
        llvm = probe_llvm({r.name for r in records}, list(targets_doc()["targets"]))
    index, descriptions = assemble(records, source, llvm)
    write_database(args.out or shipped_db_dir(), index, descriptions)
    reset_cache()
    stdout.write(summary(index) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""AMD's machine-readable ISA specification, as records the database builder consumes.

Two readers produce the same :class:`SpecRecord`: :func:`read_flattened_json` for the JSON that
amdgpu-lsp flattened from AMD's XML release (what the shipped database is built from), and
``isacheck.isa.spec_xml.read_release`` for AMD's XML release itself (``isacheck db update``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from isacheck.isa.mnemonic import normalize


@dataclass(frozen=True, slots=True)
class SpecRecord:
    """One instruction of one architecture family, as AMD's spec describes it."""

    name: str                      # normalised mnemonic (database key)
    family: str                    # "rdna3.5", "cdna3", ...
    description: str
    args: tuple[str, ...]          # operand field names of the first encoding
    arg_types: tuple[str, ...]
    encodings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SpecSource:
    """Provenance of a spec: what was read, and the release it says it is."""

    kind: str                      # "amd-isa-xml" | "amd-isa-xml-flattened-json"
    name: str                      # file name or URL (never an absolute local path)
    sha256: str
    release_date: str | None       # from <Document><ReleaseDate>, when the source has it
    schema_version: str | None
    families: tuple[str, ...]

    def as_json(self) -> dict:
        return {"kind": self.kind, "name": self.name, "sha256": self.sha256,
                "release_date": self.release_date, "schema_version": self.schema_version,
                "families": list(self.families)}


_FAMILY = re.compile(r"\b(rdna|cdna)\s*([0-9](?:\.[0-9])?)", re.IGNORECASE)


def family_name(architecture: str) -> str:
    """AMD's architecture name -> family key: "AMD RDNA 3.5" / "RDNA3.5" -> "rdna3.5"."""
    m = _FAMILY.search(architecture.replace("_", " "))
    if m:
        return f"{m.group(1).lower()}{m.group(2)}"
    return re.sub(r"\s+", "", architecture.strip().lower())


def read_flattened_json(path: Path) -> tuple[list[SpecRecord], SpecSource]:
    """Read amdgpu-lsp's flattened JSON (see ../shared/reference/README.md beside the checkout for its fields)."""
    raw = path.read_bytes()
    data = json.loads(raw)
    records: list[SpecRecord] = []
    for item in data:
        for arch in item["architectures"]:
            records.append(SpecRecord(
                name=normalize(item["name"]),
                family=family_name(arch),
                description=(item.get("description") or "").strip(),
                args=tuple(item.get("args") or ()),
                arg_types=tuple(item.get("arg_types") or ()),
                encodings=tuple(item.get("available_encodings") or ()),
            ))
    source = SpecSource(
        kind="amd-isa-xml-flattened-json",
        name=path.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        # The flattened JSON drops <Document><ReleaseDate>; say so rather than guess.
        release_date=None,
        schema_version=None,
        families=tuple(sorted({r.family for r in records})),
    )
    return records, source

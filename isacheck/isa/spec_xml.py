"""AMD's machine-readable ISA release: a zip of XML files, one per architecture.

The schema is AMD's (GPUOpen-Tools/isa_spec_manager, documentation/spec_documentation.md):
``Spec > Document > ReleaseDate, SchemaVersion`` and ``Spec > ISA > Architecture > ArchitectureName``,
``Spec > ISA > Instructions > Instruction > InstructionName, Description, InstructionEncodings >
InstructionEncoding > EncodingName, Operands > Operand > FieldName, OperandType``.
Only what the database needs is read; the rest of the document (encodings' bit maps, data
formats) is ignored.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from typing import Iterable

from isacheck.errors import InputError
from isacheck.isa.mnemonic import normalize
from isacheck.isa.spec import SpecRecord, SpecSource, family_name


def _text(element: ET.Element | None, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    if found is None or found.text is None:
        return None
    return found.text.strip()


def parse_document(data: bytes, name: str) -> tuple[str, list[SpecRecord], str | None, str | None]:
    """Parse one XML file -> (family, records, release date, schema version)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"{name}: not a valid XML ISA specification ({exc})") from None
    if root.tag != "Spec" or root.find("ISA") is None:
        raise InputError(f"{name}: not an AMD ISA specification (no <Spec><ISA>)")
    arch = _text(root, "ISA/Architecture/ArchitectureName")
    if not arch:
        raise InputError(f"{name}: no <ArchitectureName> in <ISA><Architecture>")
    family = family_name(arch)
    records: list[SpecRecord] = []
    for inst in root.iterfind("ISA/Instructions/Instruction"):
        mnemonic = _text(inst, "InstructionName")
        if not mnemonic:
            continue
        encodings = inst.findall("InstructionEncodings/InstructionEncoding")
        args: list[str] = []
        arg_types: list[str] = []
        if encodings:
            # As the flattened JSON does: operands of the first encoding, implicit ones left out.
            for op in encodings[0].iterfind("Operands/Operand"):
                if op.get("IsImplicit", "False").lower() == "true":
                    continue
                args.append(_text(op, "FieldName") or "")
                arg_types.append(_text(op, "OperandType") or "unknown")
        records.append(SpecRecord(
            name=normalize(mnemonic),
            family=family,
            description=_text(inst, "Description") or "",
            args=tuple(args),
            arg_types=tuple(arg_types),
            encodings=tuple(sorted({_text(e, "EncodingName") or "" for e in encodings} - {""})),
        ))
    if not records:
        raise InputError(f"{name}: no <Instruction> elements")
    return family, records, _text(root, "Document/ReleaseDate"), _text(root, "Document/SchemaVersion")


def read_release(data: bytes, name: str) -> tuple[list[SpecRecord], SpecSource]:
    """Read a release zip (bytes) -> all records and the release's provenance."""
    from isacheck.inputs import zip_members

    # Bounded and checked member by member (a zip bomb, corrupt or encrypted data): isacheck/inputs.py.
    documents: Iterable[tuple[str, bytes]] = zip_members(data, name, suffix=".xml")
    if not documents:
        raise InputError(f"{name}: the archive holds no XML files")
    records: list[SpecRecord] = []
    dates: set[str] = set()
    schemas: set[str] = set()
    families: set[str] = set()
    for member, text in documents:
        family, recs, date, schema = parse_document(text, member)
        families.add(family)
        records.extend(recs)
        if date:
            dates.add(date)
        if schema:
            schemas.add(schema)
    source = SpecSource(
        kind="amd-isa-xml",
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        release_date=max(dates) if dates else None,
        schema_version=", ".join(sorted(schemas)) or None,
        families=tuple(sorted(families)),
    )
    return records, source

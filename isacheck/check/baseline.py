"""The baseline: findings a project has accepted, keyed by fingerprint (rule, kernel, variant,
target; never the line, so a kernel moved down the file keeps its entries).

File format (JSON, deterministic, written by ``--update-baseline``)::

    {"schema": "isacheck.baseline", "schema_version": 1,
     "findings": [{"fingerprint": "3f2a...", "rule": "spill-new", "kernel": "k", "variant": "default",
                   "target": "gfx1151", "message": "...", "reason": ""}]}

``reason`` is for people (kept when the file is rewritten); only ``fingerprint`` is matched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from isacheck.atomic import atomic_write, user_file_mode
from isacheck.errors import UsageError
from isacheck.findings import Finding

SCHEMA = "isacheck.baseline"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class BaselineEntry:
    fingerprint: str
    rule: str
    kernel: str
    variant: str | None
    target: str | None
    message: str
    reason: str = ""


def load(path: Path, shown: str) -> dict[str, BaselineEntry]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError("baseline file not found (write one with --update-baseline)", path=shown) from None
    except OSError as exc:
        raise UsageError(f"cannot read baseline: {exc.strerror}", path=shown) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UsageError(f"baseline is not JSON: {exc.msg}", path=shown, line=exc.lineno, column=exc.colno) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise UsageError(f"not an isacheck baseline (expected \"schema\": \"{SCHEMA}\")", path=shown)
    if data.get("schema_version") != SCHEMA_VERSION:
        raise UsageError(f"baseline schema_version {data.get('schema_version')!r} is not {SCHEMA_VERSION}", path=shown)
    out = {}
    for i, e in enumerate(data["findings"]):
        if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str):
            raise UsageError(f"baseline entry {i}: no \"fingerprint\"", path=shown)
        out[e["fingerprint"]] = BaselineEntry(e["fingerprint"], str(e.get("rule", "")), str(e.get("kernel", "")),
                                              e.get("variant"), e.get("target"), str(e.get("message", "")),
                                              str(e.get("reason", "")))
    return out


def entries_for(findings: Iterable[Finding], previous: dict[str, BaselineEntry] | None = None) -> list[BaselineEntry]:
    previous = previous or {}
    out = {}
    for f in findings:
        old = previous.get(f.fingerprint)
        out[f.fingerprint] = BaselineEntry(f.fingerprint, f.rule_id, f.kernel, f.variant, f.target, f.message,
                                           old.reason if old else "")
    return sorted(out.values(), key=lambda e: (e.kernel, e.variant or "", e.target or "", e.rule, e.fingerprint))


def write(path: Path, entries: list[BaselineEntry]) -> None:
    """Write atomically: a failure leaves the previous baseline as it was."""
    doc = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION,
           "findings": [{"fingerprint": e.fingerprint, "rule": e.rule, "kernel": e.kernel, "variant": e.variant,
                         "target": e.target, "message": e.message, "reason": e.reason} for e in entries]}
    text = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"), mode=user_file_mode(path))

"""Findings: what isacheck concludes, as frozen data with stable rule ids (bandit's shape).

Analyses decide; rules (``isacheck/rules``) turn their results into findings; formatters
(``isacheck/report``) only render findings. A finding's wording is one sentence made by its rule;
everything a formatter or a comparison needs beyond that sentence is in ``facts``.

    Finding(rule_id="fp8-missed-hardware-path", severity=Severity.ERROR, kernel="fused_moe_kernel",
            variant="fp8e4nv", target="gfx1201",
            location=Location("fused_moe.py", 119, 20, "python"),
            message="...", facts=(("format", "e4m3fn"), ("instruction", "v_cvt_pk_f32_fp8")))

The fingerprint (rule, kernel, variant, target) deliberately leaves out the line: a baseline entry
must survive the kernel moving down the file.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


class Severity(enum.IntEnum):
    """Ordered, so ``--fail-on warning`` means "warning or worse". SARIF levels in ``sarif_level``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (one of: {', '.join(s.label for s in cls)})") from None

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def sarif_level(self) -> str:
        return {Severity.INFO: "note", Severity.WARNING: "warning", Severity.ERROR: "error"}[self]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: the Python source when the assembly's ``.loc`` names it, else the
    assembly line. ``path`` is a display path (relative or a bare name, never the machine's)."""

    path: str | None
    line: int | None = None
    column: int | None = None
    kind: str = "python"          # "python" | "asm"

    def __str__(self) -> str:
        parts = [self.path or "<input>"]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    severity: Severity
    kernel: str
    message: str
    variant: str | None = None
    target: str | None = None
    location: Location | None = None
    facts: tuple[tuple[str, Any], ...] = field(default=())

    @classmethod
    def make(cls, rule_id: str, severity: Severity, kernel: str, message: str, *,
             facts: Mapping[str, Any] | None = None, **kw: Any) -> "Finding":
        """Build a finding with ``facts`` given as a mapping (stored sorted and frozen)."""
        return cls(rule_id=rule_id, severity=severity, kernel=kernel, message=message,
                   facts=_freeze(facts or {}), **kw)

    def fact(self, key: str, default: Any = None) -> Any:
        for k, v in self.facts:
            if k == key:
                return v
        return default

    @property
    def fingerprint(self) -> str:
        """Stable across line moves and unrelated edits: rule, kernel, variant, target."""
        key = "\0".join((self.rule_id, self.kernel, self.variant or "", self.target or ""))
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def sort_key(self) -> tuple:
        loc = self.location
        return (self.kernel, self.variant or "", self.target or "", -int(self.severity), self.rule_id,
                loc.path or "" if loc else "", loc.line or 0 if loc else 0, self.message)


def sorted_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The one order every formatter uses: deterministic output needs no formatter to sort."""
    return tuple(sorted(findings, key=Finding.sort_key))

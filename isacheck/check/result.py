"""The result of a check: frozen data that every formatter renders (and none recomputes).

Statuses of a reported finding:
  new         fires at the head and is not accepted: counts toward the exit code
  existing    a kernel-scope finding that fires at the base revision too (the change did not cause it)
  baselined   accepted in the baseline file
  suppressed  silenced by an ``# isacheck: ignore[...]`` comment on the kernel's def line (reason kept)
"""

from __future__ import annotations

from dataclasses import dataclass

from isacheck.findings import Finding

STATUSES = ("new", "existing", "baselined", "suppressed")


@dataclass(frozen=True)
class Reported:
    finding: Finding
    status: str
    reason: str | None = None         # the suppression's or the baseline entry's reason
    failing: bool = False             # decided by the policy: status "new" and severity >= --fail-on


@dataclass(frozen=True)
class Fixed:
    """A finding that no longer fires: a baseline entry or a base-revision finding gone at head."""

    fingerprint: str
    rule_id: str
    kernel: str
    variant: str | None
    target: str | None
    message: str
    source: str                       # "baseline" | "base"


@dataclass(frozen=True)
class Side:
    """One job at one revision, as the report tables show it."""

    status: str                       # "ok" | "failed"
    fp8: str | None = None
    vgprs: int | None = None
    agprs: int | None = None
    spills: int | None = None         # spill traffic: scratch stores + reloads + AGPR copies
    scratch_bytes: int | None = None
    occupancy: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class JobRow:
    file: str
    kernel: str
    variant: str | None
    target: str | None
    change: str                       # "changed" | "new" | "removed" | "checked" (no --base)
    base: Side | None
    head: Side | None
    def_line: int | None = None


@dataclass(frozen=True)
class FileStatus:
    path: str
    status: str                       # "compiled" | "unchanged" (left out of the compile work) | "removed"
    kernels_compiled: tuple[str, ...] = ()
    kernels_unchanged: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    base: str | None                  # short commit and how it was chosen; None without --base
    head: str                         # "working tree" or "Triton X.Y" under --base-triton
    targets: tuple[str, ...]
    files: tuple[FileStatus, ...]
    jobs: tuple[JobRow, ...]
    findings: tuple[Reported, ...]
    fixed: tuple[Fixed, ...]
    fail_on: str                      # "info" | "warning" | "error" | "never"
    rules: tuple[str, ...]            # ids of the rules that ran (for SARIF rule metadata)
    stats: tuple[tuple[str, int], ...] = ()
    rules_doc_url: str | None = None  # [tool.isacheck] rules-doc-url: SARIF helpUri base (None: no helpUri)

    @property
    def failing(self) -> tuple[Reported, ...]:
        return tuple(r for r in self.findings if r.failing)

    def count(self, status: str) -> int:
        return sum(1 for r in self.findings if r.status == status)

"""What a rule receives: one analysed job (kernel scope) or the same job at base and head (compare scope).

These types are the contract between the check and every rule module; keep them stable.

A *job* is one (kernel, variant, target): the row of ``isacheck dump``. A kernel-scope rule sees
one :class:`KernelContext`; a compare-scope rule sees a :class:`CompareContext` holding the job at
the base revision and at the head (either may be missing: a job that is new, or one that is gone).

    @rule("spill-new", name=..., severity=Severity.ERROR, scope="compare", summary=..., why=..., fix=...,
          thresholds={"spill-growth": 0})
    def spill_new(ctx: CompareContext):
        before, after = ctx.base_analysis, ctx.head_analysis
        if before and after and after.spills.stores > before.spills.stores + ctx.threshold("spill-growth"):
            yield ctx.finding("spills grew ...", facts={...}, location=ctx.head.site_location(loc))

Rules never read configuration or the environment: their thresholds come in the context (defaults
declared with the rule, overridden from ``[tool.isacheck.thresholds]``), and whether a rule runs,
and at what severity, is decided by the check from ``[tool.isacheck.rules]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from isacheck.analysis.result import KernelAnalysis
from isacheck.asm.model import SourceLoc
from isacheck.findings import Finding, Location, Severity


@dataclass(frozen=True, slots=True)
class JobId:
    """The identity of one compiled row; findings and baselines key on it (never on a line)."""

    kernel: str
    variant: str | None
    target: str | None

    def __str__(self) -> str:
        return " ".join(x for x in (self.kernel, self.variant, self.target) if x)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where the kernel is defined in the Python source (display path, relative to the repository)."""

    path: str
    def_line: int | None = None
    def_column: int | None = None


@dataclass(frozen=True)
class KernelContext:
    """One job as compiled at one revision.

    analysis:   the kernel's analysis; None when the compile failed (``error`` says why)
    status:     "ok" | "failed" | "refused" (a Triton that refuses the FP8 type for the target)
    revision:   "head" | "base" (a label, for messages), or the Triton version under --base-triton
    source:     the kernel's definition, when the Python source is known
    thresholds: every rule threshold in force (rule defaults overridden by configuration)
    """

    job: JobId
    analysis: KernelAnalysis | None
    status: str = "ok"
    error: str | None = None
    revision: str = "head"
    source: SourceInfo | None = None
    thresholds: Mapping[str, Any] = field(default_factory=dict)
    # Filled in by the check for the rule being run (so rules need not repeat id and severity).
    rule_id: str = ""
    severity: Severity = Severity.WARNING

    @property
    def ok(self) -> bool:
        return self.status == "ok" and self.analysis is not None

    def threshold(self, name: str, default: Any = None) -> Any:
        return self.thresholds.get(name, default)

    def kernel_location(self) -> Location | None:
        """The kernel's ``def`` line, the location of a finding about the kernel as a whole."""
        if self.source is None:
            return None
        return Location(self.source.path, self.source.def_line, self.source.def_column, "python")

    def site_location(self, loc: SourceLoc | None, asm_line: int | None = None) -> Location | None:
        """A Python source position from the assembly's ``.loc``, shown under the kernel file's
        display path when it names that file; else the kernel's def line."""
        if loc is not None and loc.line > 0:
            path = loc.file
            if self.source is not None and _same_file(loc.file, self.source.path):
                path = self.source.path
            return Location(path, loc.line, loc.column or None, "python")
        return self.kernel_location()

    def finding(self, message: str, *, facts: Mapping[str, Any] | None = None,
                location: Location | None = None) -> Finding:
        """A finding of the rule being run, about this job, at ``location`` (default: the def line)."""
        return Finding.make(self.rule_id, self.severity, self.job.kernel, message, facts=facts,
                            variant=self.job.variant, target=self.job.target,
                            location=location if location is not None else self.kernel_location())

    def for_rule(self, rule_id: str, severity: Severity) -> "KernelContext":
        return replace(self, rule_id=rule_id, severity=severity)


def _same_file(loc_file: str, display: str) -> bool:
    # ``.file`` records the name Triton saw (a bare name or an absolute path, possibly inside a
    # temporary checkout of the base revision): compare by the trailing path components.
    a = loc_file.replace("\\", "/").rstrip("/").split("/")
    b = display.replace("\\", "/").rstrip("/").split("/")
    n = min(len(a), len(b))
    return n > 0 and a[-n:] == b[-n:]


@dataclass(frozen=True)
class CompareContext:
    """The same job at the base revision and at the head. ``base`` is None for a job new at head,
    ``head`` None for a job that is gone (a removed kernel, variant or target)."""

    job: JobId
    base: KernelContext | None
    head: KernelContext | None
    thresholds: Mapping[str, Any] = field(default_factory=dict)
    rule_id: str = ""
    severity: Severity = Severity.WARNING

    @property
    def base_analysis(self) -> KernelAnalysis | None:
        return self.base.analysis if self.base is not None and self.base.ok else None

    @property
    def head_analysis(self) -> KernelAnalysis | None:
        return self.head.analysis if self.head is not None and self.head.ok else None

    def threshold(self, name: str, default: Any = None) -> Any:
        return self.thresholds.get(name, default)

    def finding(self, message: str, *, facts: Mapping[str, Any] | None = None,
                location: Location | None = None) -> Finding:
        side = self.head or self.base
        if location is None and side is not None:
            location = side.kernel_location()
        return Finding.make(self.rule_id, self.severity, self.job.kernel, message, facts=facts,
                            variant=self.job.variant, target=self.job.target, location=location)

    def for_rule(self, rule_id: str, severity: Severity) -> "CompareContext":
        return replace(self, rule_id=rule_id, severity=severity)

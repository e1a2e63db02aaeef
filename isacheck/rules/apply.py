"""The kernel-scope rules with their default severities and thresholds, applied to one analysis:
the findings ``analyze``, ``dump`` and ``scan`` report (``check`` applies the project's policy
instead, see isacheck/check/policy.py)."""

from __future__ import annotations

from isacheck.analysis.result import KernelAnalysis
from isacheck.findings import Finding, sorted_findings
from isacheck.rules import all_rules, default_thresholds
from isacheck.rules.context import JobId, KernelContext


def kernel_findings(analysis: KernelAnalysis, *, variant: str | None = None, target: str | None = None) -> tuple[Finding, ...]:
    return _run(KernelContext(job=JobId(analysis.name, variant, target or analysis.target), analysis=analysis,
                              thresholds=default_thresholds()))


def job_findings(kernel: str, variant: str | None, target: str | None, *, status: str,
                 error: str | None) -> tuple[Finding, ...]:
    """The kernel-scope findings of a job that has no analysis: it failed to compile, or Triton
    refused it (``status`` "failed" | "refused", as ``dump`` reports it)."""
    return _run(KernelContext(job=JobId(kernel, variant, target), analysis=None, status=status, error=error,
                              thresholds=default_thresholds()))


def _run(ctx: KernelContext) -> tuple[Finding, ...]:
    registry = all_rules()
    found: list[Finding] = []
    for r in registry.values():
        if r.scope == "kernel" and r.enabled:
            found.extend(r.fn(ctx.for_rule(r.id, r.severity)))
    replaced = {s for f in found for s in registry[f.rule_id].supersedes}
    return sorted_findings(f for f in found if f.rule_id not in replaced)


def finding_to_dict(f: Finding) -> dict:
    """The JSON form of one finding (inside ``isacheck.analyze`` kernels and ``isacheck.check``)."""
    loc = f.location
    return {"rule": f.rule_id, "severity": f.severity.label, "message": f.message, "fingerprint": f.fingerprint,
            "kernel": f.kernel, "variant": f.variant, "target": f.target,
            "location": None if loc is None else {"path": loc.path, "line": loc.line, "column": loc.column,
                                                  "kind": loc.kind},
            "facts": {k: list(v) if isinstance(v, tuple) else v for k, v in f.facts}}

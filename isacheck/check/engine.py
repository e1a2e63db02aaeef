"""Run the rules on one job: kernel-scope rules on each revision, compare-scope rules on the pair.

One root cause, one finding: a compare finding replaces the kernel findings its rule
``supersedes`` on the same job (a new spill explains the VGPR budget now being exceeded). A
kernel-scope finding that fires at the base revision too is "existing": the change did not cause it.
"""

from __future__ import annotations

from dataclasses import dataclass

from isacheck.findings import Finding
from isacheck.rules import all_rules
from isacheck.rules.context import CompareContext, KernelContext
from isacheck.check.policy import Policy


@dataclass(frozen=True)
class JobFindings:
    new: tuple[Finding, ...]           # at head, not at base
    existing: tuple[Finding, ...]      # at head and at base (kernel scope)
    gone: tuple[Finding, ...]          # at base, not at head: fixed by the change


def _kernel_findings(ctx: KernelContext, policy: Policy) -> list[Finding]:
    out: list[Finding] = []
    for r in policy.rules("kernel"):
        out.extend(r.fn(ctx.for_rule(r.id, policy.severities[r.id])))
    return out


def _drop_superseded(findings: list[Finding]) -> list[Finding]:
    registry = all_rules()
    replaced = {s for f in findings for s in registry[f.rule_id].supersedes}
    return [f for f in findings if f.rule_id not in replaced]


def evaluate(job, base: KernelContext | None, head: KernelContext | None, policy: Policy, *,
             compare: bool) -> JobFindings:
    thresholds = dict(policy.thresholds)
    at_head = _kernel_findings(head, policy) if head is not None else []
    at_base = _kernel_findings(base, policy) if (compare and base is not None) else []
    compared: list[Finding] = []
    if compare:
        cctx = CompareContext(job=job, base=base, head=head, thresholds=thresholds)
        for r in policy.rules("compare"):
            compared.extend(r.fn(cctx.for_rule(r.id, policy.severities[r.id])))
    # A base finding is "gone" only if nothing at head fires for that rule, superseded or not.
    head_prints = {f.fingerprint for f in at_head + compared}
    at_head = _drop_superseded(at_head + compared)
    at_base = _drop_superseded(at_base)
    base_prints = {f.fingerprint for f in at_base}
    new = tuple(f for f in at_head if f.fingerprint not in base_prints)
    existing = tuple(f for f in at_head if f.fingerprint in base_prints)
    gone = tuple(f for f in at_base if f.fingerprint not in head_prints)
    return JobFindings(new, existing, gone)

"""The policy: which rules run, at what severity, with which thresholds, and which severity fails.

Sources, in order of precedence: the command line (``--fail-on``), then ``[tool.isacheck]``, then
each rule's registered defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from isacheck.findings import Severity
from isacheck.rules import Rule, all_rules, default_thresholds


@dataclass(frozen=True)
class Policy:
    severities: Mapping[str, Severity]          # every enabled rule -> its severity
    thresholds: Mapping[str, Any]
    fail_on: Severity | None                    # None: never fail on findings ("never")
    fail_on_label: str

    def rules(self, scope: str) -> list[Rule]:
        registry = all_rules()
        return [registry[rid] for rid in sorted(self.severities) if registry[rid].scope == scope]

    def fails(self, severity: Severity) -> bool:
        return self.fail_on is not None and severity >= self.fail_on


def make_policy(rule_levels: Mapping[str, str], thresholds: Mapping[str, Any], fail_on: str) -> Policy:
    severities = {}
    for rid, r in all_rules().items():
        level = rule_levels.get(rid)
        if level == "off" or (level is None and not r.enabled):
            continue
        severities[rid] = Severity.parse(level) if level else r.severity
    merged = {**default_thresholds(), **dict(thresholds)}
    fail = None if fail_on == "never" else Severity.parse(fail_on)
    return Policy(severities=severities, thresholds=merged, fail_on=fail, fail_on_label=fail_on)

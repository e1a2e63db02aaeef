"""The rule registry: each rule is a small registered function with a stable id (bandit's shape).

A rule module registers its functions with ``@rule(...)``; ``all_rules()`` imports the rule modules
once and returns the registry. Configuration (``isacheck.config``) enables, disables or re-grades
rules by id; the functions themselves never read configuration beyond the thresholds passed in.

Scopes:
  "kernel":  fn(ctx) -> iterable of Finding, where ctx describes one analysed (kernel, variant, target)
  "compare": fn(ctx) -> iterable of Finding, where ctx holds the base and the head of the same job
The context types live in isacheck/rules/context.py (owned by the check).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from isacheck.findings import Finding, Severity

# The modules that hold rules, imported by all_rules(). Add a module here when you add one.
RULE_MODULES: list[str] = [
    "isacheck.rules.fp8",
    "isacheck.rules.spills",
    "isacheck.rules.registers",
    "isacheck.rules.compile",
    "isacheck.rules.cost",
]


@dataclass(frozen=True)
class Rule:
    id: str                 # stable: never renamed, never reused (baselines and SARIF key on it)
    name: str               # short title
    severity: Severity      # default severity, re-graded by configuration
    scope: str              # "kernel" | "compare"
    summary: str            # what it means, one sentence
    why: str                # why it matters
    fix: str                # how to fix it
    fn: Callable[..., Iterable[Finding]]
    # name -> default value of each threshold the rule reads (``ctx.threshold(name)``);
    # ``[tool.isacheck.thresholds]`` overrides them, and an unknown name there is refused.
    thresholds: tuple[tuple[str, Any], ...] = ()
    enabled: bool = True    # off by default (e.g. "no scratch at all"): enabled by configuration
    # Rules whose findings on the same job this rule's finding replaces: one root cause, one
    # finding (a new spill explains the VGPR budget being exceeded on the same job).
    supersedes: tuple[str, ...] = ()

    @property
    def help_anchor(self) -> str:
        """The anchor of the rule's section in docs/rules.md (SARIF helpUri)."""
        return self.id


_REGISTRY: dict[str, Rule] = {}


def rule(id: str, *, name: str, severity: Severity, scope: str, summary: str, why: str, fix: str,
         thresholds: Mapping[str, Any] | None = None, enabled: bool = True, supersedes: Iterable[str] = ()):
    """Register the decorated function as rule ``id``."""
    if scope not in ("kernel", "compare"):
        raise ValueError(f"rule {id}: unknown scope {scope!r}")

    def register(fn: Callable[..., Iterable[Finding]]):
        if id in _REGISTRY and _REGISTRY[id].fn is not fn:
            raise ValueError(f"rule id {id} registered twice")
        _REGISTRY[id] = Rule(id=id, name=name, severity=severity, scope=scope, summary=summary, why=why,
                             fix=fix, fn=fn, thresholds=tuple(sorted((thresholds or {}).items())),
                             enabled=enabled, supersedes=tuple(supersedes))
        return fn

    return register


def all_rules() -> dict[str, Rule]:
    """The rules of the modules in RULE_MODULES. A rule module imported from elsewhere (a test of
    a rule not yet listed) registers too, but only listed modules count: the set of rules never
    depends on what happened to be imported before."""
    for module in RULE_MODULES:
        importlib.import_module(module)
    return dict(sorted((rid, r) for rid, r in _REGISTRY.items() if r.fn.__module__ in RULE_MODULES))


def default_thresholds() -> dict[str, Any]:
    """Every threshold a registered rule reads, with its default (two rules may share a name)."""
    out: dict[str, Any] = {}
    for r in all_rules().values():
        for name, value in r.thresholds:
            out.setdefault(name, value)
    return out

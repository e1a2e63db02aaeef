"""The JSON form of a check: documented, versioned, deterministic.

Schema ``isacheck.check`` version 1::

    {"schema": "isacheck.check", "schema_version": 1,
     "base": "3f2a9c1d0b4e (HEAD~1)" | null,       # null: checked against the policy alone
     "head": "working tree",
     "targets": ["gfx1151", ...],
     "fail_on": "error",                          # info | warning | error | never
     "passed": true | false,                      # no finding with "failing": true
     "counts": {"new", "existing", "baselined", "suppressed", "failing", "fixed"},
     "files": [{"path", "status": "compiled|unchanged|removed", "kernels_compiled": [...],
                "kernels_unchanged": [...]}],
     "jobs": [{"file", "kernel", "variant", "target", "change": "changed|new|removed|checked", "def_line",
               "base": SIDE | null, "head": SIDE | null}],
     "findings": [{"rule", "severity": "info|warning|error", "status": "new|existing|baselined|suppressed",
                   "failing", "reason", "kernel", "variant", "target", "message", "fingerprint",
                   "location": {"path", "line", "column", "kind": "python|asm"} | null, "facts": {...}}],
     "fixed": [{"rule", "kernel", "variant", "target", "message", "fingerprint", "source": "baseline|base"}],
     "stats": {"jobs", "compiled", "cache_hits", "failed"}}

    SIDE = {"status": "ok|failed", "fp8", "vgprs", "agprs", "spills", "scratch_bytes", "occupancy", "error"}

Findings are in the one order of :func:`isacheck.findings.sorted_findings`; everything else is
sorted by file, kernel, variant, target. Paths are relative to the project root; no timestamps.
The schema version changes whenever a field changes meaning or is removed.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TextIO

from isacheck.check.result import CheckResult, Reported

SCHEMA = "isacheck.check"
SCHEMA_VERSION = 1


def finding_dict(r: Reported) -> dict[str, Any]:
    f = r.finding
    loc = f.location
    return {"rule": f.rule_id, "severity": f.severity.label, "status": r.status, "failing": r.failing,
            "reason": r.reason, "kernel": f.kernel, "variant": f.variant, "target": f.target,
            "message": f.message, "fingerprint": f.fingerprint,
            "location": None if loc is None else {"path": loc.path, "line": loc.line, "column": loc.column,
                                                  "kind": loc.kind},
            "facts": {k: list(v) if isinstance(v, tuple) else v for k, v in f.facts}}


def to_dict(result: CheckResult) -> dict[str, Any]:
    counts = {s: result.count(s) for s in ("new", "existing", "baselined", "suppressed")}
    counts["failing"] = len(result.failing)
    counts["fixed"] = len(result.fixed)
    return {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION,
        "base": result.base, "head": result.head, "targets": list(result.targets), "fail_on": result.fail_on,
        "passed": not result.failing, "counts": counts,
        "files": [{"path": f.path, "status": f.status, "kernels_compiled": list(f.kernels_compiled),
                   "kernels_unchanged": list(f.kernels_unchanged)} for f in result.files],
        "jobs": [{"file": j.file, "kernel": j.kernel, "variant": j.variant, "target": j.target, "change": j.change,
                  "def_line": j.def_line, "base": asdict(j.base) if j.base else None,
                  "head": asdict(j.head) if j.head else None} for j in result.jobs],
        "findings": [finding_dict(r) for r in result.findings],
        "fixed": [{"rule": x.rule_id, "kernel": x.kernel, "variant": x.variant, "target": x.target,
                   "message": x.message, "fingerprint": x.fingerprint, "source": x.source} for x in result.fixed],
        "stats": dict(result.stats),
    }


def render(result: CheckResult, stream: TextIO) -> None:
    from isacheck.report.json import dumps
    stream.write(dumps(to_dict(result)))

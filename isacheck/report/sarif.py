"""SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).

* one run; ``automationDetails.id`` is ``isacheck/<targets joined by +>/``, so GitHub keeps the
  alerts of each target set apart (its "category");
* every registered rule that ran is in ``tool.driver.rules`` with its stable id, name, summary,
  why and fix (``help``); a ``helpUri`` into the project's published docs/rules.md only when
  ``[tool.isacheck] rules-doc-url`` names it (SARIF requires an absolute URI there, and isacheck
  has no canonical home to point at: a made-up repository URL would send readers nowhere);
* each result is located at the Python line of the kernel or of the emulation/spill site,
  relative to the project root (``uriBaseId`` ``%SRCROOT%``);
* ``partialFingerprints["isacheck/v1"]`` is the finding's fingerprint (rule, kernel, variant,
  target; no line), so an alert survives the kernel moving down the file;
* baselined and suppressed findings carry ``suppressions`` (external / inSource, with the reason).

Deterministic: no timestamps, no absolute paths, results in the findings' one order.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from isacheck.check.result import CheckResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def to_dict(result: CheckResult) -> dict[str, Any]:
    from isacheck import __version__
    from isacheck.rules import all_rules

    registry = all_rules()
    doc_url = result.rules_doc_url    # helpUri = doc_url + "#" + rule id; None: no helpUri
    rule_ids = sorted(set(result.rules) | {r.finding.rule_id for r in result.findings})
    index = {rid: i for i, rid in enumerate(rule_ids)}
    rules = []
    for rid in rule_ids:
        r = registry[rid]
        rules.append({
            "id": r.id, "name": _pascal(r.id),
            "shortDescription": {"text": r.name},
            "fullDescription": {"text": r.summary},
            "help": {"text": f"{r.summary} Why: {r.why} Fix: {r.fix}",
                     "markdown": f"{r.summary}\n\n**Why it matters.** {r.why}\n\n**How to fix.** {r.fix}"},
            "defaultConfiguration": {"level": r.severity.sarif_level},
            "properties": {"tags": ["amd", "triton", r.scope]},
        })
        if doc_url:
            rules[-1]["helpUri"] = f"{doc_url}#{r.help_anchor}"
    results = []
    for rep in result.findings:
        f = rep.finding
        res: dict[str, Any] = {
            "ruleId": f.rule_id, "ruleIndex": index[f.rule_id], "level": f.severity.sarif_level,
            "message": {"text": f.message + (f" (suppressed: {rep.reason})" if rep.status == "suppressed" else "")},
            "partialFingerprints": {"isacheck/v1": f.fingerprint},
            "properties": {"kernel": f.kernel, "variant": f.variant, "target": f.target, "status": rep.status,
                           "facts": {k: list(v) if isinstance(v, tuple) else v for k, v in f.facts}},
        }
        loc = f.location
        if loc is not None and loc.path:
            region = {"startLine": loc.line} if loc.line else None
            if region and loc.column:
                region["startColumn"] = loc.column
            physical: dict[str, Any] = {"artifactLocation": {"uri": loc.path, "uriBaseId": "%SRCROOT%"}}
            if region:
                physical["region"] = region
            res["locations"] = [{"physicalLocation": physical,
                                 "logicalLocations": [{"name": f.kernel, "kind": "function"}]}]
        if rep.status == "suppressed":
            res["suppressions"] = [{"kind": "inSource", "justification": rep.reason or ""}]
        elif rep.status == "baselined":
            res["suppressions"] = [{"kind": "external", "justification": rep.reason or "accepted in the baseline"}]
        elif rep.status == "existing":
            res["baselineState"] = "unchanged"
        else:
            res["baselineState"] = "new"
        results.append(res)
    category = "+".join(result.targets) or "default"
    return {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            # No informationUri: it would have to be isacheck's home page, and there is no canonical one.
            "tool": {"driver": {"name": "isacheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "automationDetails": {"id": f"isacheck/{category}/"},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _pascal(rule_id: str) -> str:
    return "".join(p.capitalize() for p in rule_id.replace("_", "-").split("-"))


def render(result: CheckResult, stream: TextIO) -> None:
    stream.write(json.dumps(to_dict(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n")

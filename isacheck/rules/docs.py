"""docs/rules.md, made from the registry (the one place a rule's meaning is written).

    python -m isacheck.rules.docs > docs/rules.md

A test keeps the file equal to this output, so the SARIF ``helpUri`` anchors always exist.
"""

from __future__ import annotations

import sys
from typing import TextIO

from isacheck.rules import all_rules

_HEAD = """# isacheck check: rules

Every finding of `isacheck check` has one of these rule ids. Ids are stable: they are never renamed
or reused, because baselines, inline suppressions and SARIF alerts key on them.

Configure them in `[tool.isacheck.rules]` (`"off"`, `"info"`, `"warning"`, `"error"`) and their
thresholds in `[tool.isacheck.thresholds]`; silence one on a kernel with a comment on its `def`
line: `# isacheck: ignore[RULE-ID] -- reason` (the reason is required and shown in every report).

*Kernel* rules judge one compiled kernel, variant and target. *Compare* rules judge the same job at
the base revision and at the head; they run only with a base (`--base`, or the merge base with the
upstream branch). With a base, a kernel finding that the base has too is reported as `existing`
and does not fail the check. When a compare finding explains others on the same job, it replaces
them (listed under "replaces"): one root cause, one finding.

This file is generated: `python -m isacheck.rules.docs > docs/rules.md`.

| id | scope | default | name |
|---|---|---|---|
"""


def render(stream: TextIO) -> None:
    rules = all_rules()
    stream.write(_HEAD)
    for r in rules.values():
        default = r.severity.label if r.enabled else f"off ({r.severity.label} when enabled)"
        stream.write(f"| [`{r.id}`](#{r.id}) | {r.scope} | {default} | {r.name} |\n")
    for r in rules.values():
        stream.write(f'\n<a id="{r.id}"></a>\n## `{r.id}`: {r.name}\n\n')
        stream.write(f"Scope: {r.scope}. Default severity: {r.severity.label}"
                     f"{'' if r.enabled else ' (off unless enabled in [tool.isacheck.rules])'}.\n\n")
        stream.write(f"**What it means.** {r.summary}\n\n**Why it matters.** {r.why}\n\n**How to fix.** {r.fix}\n")
        if r.thresholds:
            stream.write("\nThresholds (`[tool.isacheck.thresholds]`): "
                         + ", ".join(f"`{k}` (default {v})" for k, v in r.thresholds) + ".\n")
        if r.supersedes:
            stream.write("\nReplaces, on the same job: " + ", ".join(f"`{s}`" for s in r.supersedes) + ".\n")


if __name__ == "__main__":  # pragma: no cover
    render(sys.stdout)

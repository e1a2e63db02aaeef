"""The lines under a kernel's verdict in the human reports (``analyze`` and ``dump --details`` text,
the HTML report): the kernel's findings, the same list the JSON attaches to each kernel
(:func:`isacheck.rules.apply.kernel_findings`), each in its rule's one sentence.

Nothing here decides anything: which findings exist, and their wording, is the rules' (which take
the ISA database's notes from the analysis). This module only says how a human report labels them.
"""

from __future__ import annotations

from isacheck.analysis.result import KernelAnalysis
from isacheck.rules.apply import kernel_findings

# Findings whose figures the verdict line already gives: its "spills:" clause (spill), and its
# "VGPRs N" and "spills: N VGPRs" clauses, whose sum is what vgpr-budget compares with the budget.
SHOWN_IN_VERDICT = frozenset({"spill", "vgpr-budget"})
# Figures that disagree are about the input's integrity, not the kernel: "warning:" (as they always were).
WARNING_RULES = frozenset({"resource-disagreement"})


def kernel_notes(k: KernelAnalysis) -> tuple[tuple[str, str], ...]:
    """(label, sentence) per finding a human report shows under the verdict, in the findings' one
    order; label is "note" or "warning"."""
    return tuple(("warning" if f.rule_id in WARNING_RULES else "note", f.message)
                 for f in kernel_findings(k) if f.rule_id not in SHOWN_IN_VERDICT)

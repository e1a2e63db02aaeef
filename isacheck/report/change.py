"""Before -> after cells shared by the check's text and Markdown tables (wording only)."""

from __future__ import annotations

from isacheck.check.result import JobRow, Side

# (column title, Side field, True when a higher value is worse)
NUMBERS = (("VGPRs", "vgprs", True), ("spills", "spills", True), ("scratch", "scratch_bytes", True),
           ("occupancy", "occupancy", False))


def value(side: Side | None, name: str):
    if side is None or side.status != "ok":
        return None
    return getattr(side, name)


def number_cell(before, after, *, worse_if_higher: bool) -> tuple[str, int]:
    """(``"224 → 256 (+32)"``, direction): direction 1 worse, -1 better, 0 unchanged or unknown."""
    if before is None:
        return ("–" if after is None else str(after)), 0
    if after is None:
        return f"{before} → –", 0
    if before == after:
        return str(after), 0
    worse = (after > before) == worse_if_higher
    return f"{before} → {after} ({after - before:+d})", 1 if worse else -1


def fp8_cell(job: JobRow) -> str:
    if job.head is not None and job.head.status == "failed":
        return f"{value(job.base, 'fp8') or '–'} → compile failed" if job.base else "compile failed"
    before, after = value(job.base, "fp8"), value(job.head, "fp8")
    if job.head is None:
        return f"{before or '–'} → removed"
    if before is None or before == after:
        return after or "–"
    return f"{before} → {after}"

"""The rows of an ``isacheck dump`` report, and its text rendering.

A row is one job (kernel x variant x target, and Triton when several are compared): the job, its
compile result, the kernel's analysis and the facts the table, the JSON (:mod:`isacheck.report.dump_json`)
and the HTML report show. The command only runs the dump and hands its report here.
"""

from __future__ import annotations

from typing import Iterator, TextIO


def rows(report) -> Iterator[dict]:
    from isacheck.frontend.compare import changes
    from isacheck.frontend.targets import native_fp8_label
    changed = changes(report.jobs, report.results)
    for job, result in zip(report.jobs, report.results):
        k = None
        if result.ok:
            k = next((x for x in result.analysis.kernels if x.name == job.kernel), None) or result.analysis.kernels[0]
        yield {"kernel": job.kernel, "variant": job.variant.name, "target": job.target.arch,
               "native": native_fp8_label(job.target), "analysis": k, "error": result.error, "job": job,
               "result": result, "triton": job.runtime.name if job.runtime is not None else None,
               "status": status(result), "changed": changed.get(job.index, ()), "notes": refusal_notes(job, result)}


# The row itself says that the job did not compile, with the compiler's message.
_SHOWN_IN_ROW = frozenset({"compile-failed"})


def refusal_notes(job, result) -> tuple[str, ...]:
    """The findings of a refused job beyond the refusal itself, which the row shows: the ISA
    database's word on the hardware (rule fp8-refused-by-triton). An analysed row's notes are its
    analysis' findings, shown by ``--details`` and carried in its JSON ``analysis``."""
    if result.outcome != "refused":
        return ()
    from isacheck.rules.apply import job_findings
    return tuple(f.message for f in job_findings(job.kernel, job.variant.name, job.target.arch, status="refused",
                                                  error=result.error)
                 if f.rule_id not in _SHOWN_IN_ROW)


def status(result) -> str:
    return "ok" if result.ok else (result.outcome or "failed")


def columns(report) -> list[str]:
    """The Triton column when a dump compiled with another Triton than isacheck's own."""
    if any(j.runtime is not None for j in report.jobs):
        return ["kernel", "variant", "target", "triton"]
    return ["kernel", "variant", "target"]


def render_text(report, stream: TextIO, *, details: bool = False, wide: bool = False) -> None:
    from isacheck.report.dump_table import render_rows
    render_rows(rows(report), stream, title=f"{report.file}", first_columns=columns(report), wide=wide)
    note = specialization_note(report)
    if note:
        # Broken between words to a terminal's width (unless --wide); one line when piped.
        from isacheck.report.layout import fit_line, terminal_width
        stream.write("\n" + "".join(line + "\n" for line in fit_line(note, None if wide else terminal_width(stream))))
    if getattr(report, "whatif", None):
        from isacheck.report.whatif_table import render as render_whatif
        stream.write("\n")
        render_whatif(report.whatif, stream)
    if details:
        from isacheck.report.text import render_details
        render_details(rows(report), stream, ("kernel", "variant", "target"), wide=wide)


def specialization(job) -> dict:
    """How the row's arguments were specialised: like a launch (which hints Triton gave, which
    arguments had no sample and what was assumed for them) or generically (--no-specialize)."""
    from isacheck.frontend.specialize import ASSUMED_TENSOR, NO_SAMPLE
    names = list(job.signature)
    return {"mode": "launch" if job.launch_like else "generic",
            "hints": {names[k[0]]: [a[0] for a in v] for k, v in sorted(job.attrs.items())},
            "assumed_tensor": sorted(n for n, why in job.assumed if why == ASSUMED_TENSOR),
            "no_sample": sorted(n for n, why in job.assumed if why == NO_SAMPLE)}


def specialization_note(report) -> str | None:
    """One line under the table: how the arguments were specialised, and what was assumed."""
    jobs = [j for j in report.jobs]
    if not jobs:
        return None
    if not any(j.launch_like for j in jobs):
        return "not specialised (--no-specialize): every pointer and integer compiled without a launch's hints"
    tensors = sorted({n for j in jobs for n, why in j.assumed if why == "assumed-tensor"})
    unsampled = sorted({n for j in jobs for n, why in j.assumed if why == "no-sample"})
    parts = ["specialised like a launch (Triton's own JIT rules: aligned pointers, 32-bit pointer ranges, "
             "ints == 1 as constants, multiples of 16 hinted)"]
    if tensors:
        parts.append(f"assumed: {_names(tensors)} are 16-byte aligned tensors under 2 GiB")
    if unsampled:
        parts.append(f"no sample value for {_names(unsampled)} (compiled without a hint)")
    if tensors or unsampled:
        parts.append("give values in the spec or with --set NAME=VALUE; --no-specialize compiles generically")
    return "; ".join(parts)


def _names(names: list[str], most: int = 4) -> str:
    return ", ".join(names[:most]) + (f" and {len(names) - most} more" if len(names) > most else "")

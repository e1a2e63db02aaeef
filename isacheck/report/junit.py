"""JUnit XML (written with ``junitparser``): one test case per (kernel, variant, target).

A test case fails when a failing finding (status "new", severity at or above ``--fail-on``) is
about its job; it errors when the job does not compile at the head; other findings on the job are
listed in its ``system-out``. What was left out because it did not change is skipped: one case per
unchanged kernel, or per file when the file as a whole did not change.
Deterministic: no timestamps, no host name, times are 0.
"""

from __future__ import annotations

from typing import TextIO

from isacheck.check.result import CheckResult


def to_xml(result: CheckResult) -> bytes:
    from junitparser import Error, Failure, JUnitXml, Skipped, TestCase, TestSuite

    by_job: dict[tuple, list] = {}
    for r in result.findings:
        f = r.finding
        by_job.setdefault((f.kernel, f.variant, f.target), []).append(r)
    suites: dict[str, TestSuite] = {}
    for j in result.jobs:
        suite = suites.setdefault(j.file, TestSuite(j.file))
        case = TestCase(" ".join(x for x in (j.kernel, j.variant, j.target) if x), classname=j.file, time=0)
        found = by_job.get((j.kernel, j.variant, j.target), [])
        failing = [r for r in found if r.failing]
        outcomes = []
        if j.head is not None and j.head.status == "failed" and not failing:
            outcomes.append(Error(j.head.error or "compile failed", type_="compile-failed"))
        for r in failing:
            f = r.finding
            failure = Failure(f"{f.rule_id}: {f.message}", type_=f.rule_id)
            failure.text = f"{f.location or ''} {f.message}".strip()
            outcomes.append(failure)
        if outcomes:
            case.result = outcomes
        others = [r for r in found if not r.failing]
        if others:
            case.system_out = "\n".join(
                f"{r.finding.severity.label} {r.finding.rule_id} [{r.status}"
                f"{': ' + r.reason if r.reason else ''}] {r.finding.location or ''} {r.finding.message}"
                for r in others)
        suite.add_testcase(case)
    for f in result.files:
        # Left out of the compile work: a whole unchanged file, or unchanged kernels of a changed one.
        names = [f"{f.path} (unchanged)"] if f.status == "unchanged" and not f.kernels_unchanged else \
            [f"{k} (unchanged)" for k in f.kernels_unchanged]
        for name in names:
            suite = suites.setdefault(f.path, TestSuite(f.path))
            case = TestCase(name, classname=f.path, time=0)
            case.result = [Skipped("unchanged since the base revision: not compiled")]
            suite.add_testcase(case)
    xml = JUnitXml("isacheck check")
    for name in sorted(suites):
        suite = suites[name]
        suite.time = 0
        suite.update_statistics()
        xml.add_testsuite(suite)
    xml.update_statistics()
    xml.time = 0
    return xml.tostring()


def render(result: CheckResult, stream: TextIO) -> None:
    stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
    stream.write(to_xml(result).decode("utf-8"))
    stream.write("\n")

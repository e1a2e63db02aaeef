"""Every human report at 80, 100, 120 and 200 columns: nothing cut, nothing lost.

The facts checked come from the compiler (the sample manifest's ground truth: VGPRs, AGPRs,
occupancy, scratch, emulated formats) and, for the counts only isacheck makes (emulation sites),
from the analysis. A line may exceed the width only when it is one unbreakable word.
"""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest

from conftest import SAMPLE_ASM, USER_EXCERPT
from isacheck.analysis import analyze_text
from isacheck.analysis.result import TRITON_FP8
from isacheck.analysis.summary import fp8_facts
from isacheck.cli import main
from isacheck.frontend.targets import compile_target, native_fp8_label
from isacheck.report import text as text_report
from isacheck.report.dump_table import render_rows
from isacheck.report.verdict import verdict_line

WIDTHS = (80, 100, 120, 200)
MANIFEST = json.loads((SAMPLE_ASM / "MANIFEST.json").read_text())["dumps"]
SAMPLES = ("fused_moe/fused_moe_kernel--fp8e4nv--gfx1151.s", "fused_moe/fused_moe_kernel--fp8e4nv--gfx950.s",
           "spill/oversized_tile_fp8_gemm--fp8e4nv--gfx1201.s", "w8a8_gemm/w8a8_block_fp8_matmul--fp8e4nv--gfx942.s")


@pytest.fixture(scope="module")
def analysed():
    out = {}
    for name in SAMPLES:
        path = SAMPLE_ASM / name
        out[name] = analyze_text(path.read_text(), path.name)
    return out


def words(text: str) -> str:
    return " ".join(text.split())


def assert_fits(text: str, width: int) -> None:
    assert "…" not in text and "..." not in text.replace("... and", "")
    for line in text.splitlines():
        if len(line) > width:
            # Only one word too long for any line may stick out (the terminal wraps it, whole).
            assert len(line.split()) == 1, f"{len(line)} > {width}: {line!r}"


def compiler_stats(text: str) -> dict[str, int]:
    """The compiler's own statistics block (``; NumVgprs: 256``) of a dump."""
    return {k: int(v) for k, v in re.findall(r"^; (NumVgprs|NumAgprs|ScratchSize|Occupancy): (\d+)$", text, re.M)}


def ground_truth_facts(name: str) -> list[str]:
    """Words every report of this sample must contain, from the compiler's own figures: the
    statistics block of the dump itself, and the emulated formats the manifest recorded from
    Triton's IR (only while the manifest describes this very file)."""
    path = SAMPLE_ASM / name
    stats = compiler_stats(path.read_text())
    facts = [f"{stats['NumVgprs']:,}", f"{stats['Occupancy']:,}"]
    if stats.get("NumAgprs"):
        facts.append(f"{stats['NumAgprs']:,}")
    if stats.get("ScratchSize"):
        facts.append(f"{stats['ScratchSize']:,} B")
    entry = MANIFEST.get(name, {})
    if entry.get("sha256") == hashlib.sha256(path.read_bytes()).hexdigest():
        facts += [TRITON_FP8[f] for f in entry["ground_truth"]["emulated_formats"]]
    return facts


@pytest.mark.parametrize("width", WIDTHS)
def test_analyze_report_fits_and_keeps_every_fact(analysed, width):
    for name, analysis in analysed.items():
        out = io.StringIO()
        text_report.render(analysis, out, width=width)
        text = out.getvalue()
        assert_fits(text, width)
        flat = words(text)
        (k,) = analysis.kernels
        assert words(verdict_line(k)) in flat, name                 # the verdict line, whole
        for fact in ground_truth_facts(name):
            assert fact in flat, (name, fact)
        # Laid out for a terminal or piped, the same words: wrapping loses nothing.
        piped = io.StringIO()
        text_report.render(analysis, piped)
        assert words(piped.getvalue()) == flat


@pytest.mark.parametrize("width", WIDTHS)
def test_user_excerpt_fits(width):
    analysis = analyze_text(USER_EXCERPT.read_text(), USER_EXCERPT.name, target="gfx1151")
    out = io.StringIO()
    text_report.render(analysis, out, width=width, sites=True)
    assert_fits(out.getvalue(), width)
    assert words(verdict_line(analysis.kernels[0])) in words(out.getvalue())


def _rows(analysed, first_columns):
    rows = []
    for name, analysis in analysed.items():
        (k,) = analysis.kernels
        target = MANIFEST[name]["target"]
        rows.append({"kernel": k.name, "variant": MANIFEST[name]["variant"], "target": target,
                     "entry": "a" * 12, "warps": MANIFEST[name]["num_warps"],
                     "native": native_fp8_label(compile_target(target)), "analysis": k, "error": None, "name": name})
    return rows


@pytest.mark.parametrize("first_columns", (["kernel", "variant", "target"], ["kernel", "target", "entry", "warps"]),
                         ids=("dump", "scan"))
@pytest.mark.parametrize("width", WIDTHS)
def test_table_fits_and_no_verdict_is_cut(analysed, width, first_columns):
    rows = _rows(analysed, first_columns)
    out = io.StringIO()
    render_rows(rows, out, title="samples", first_columns=first_columns, width=width)
    text = out.getvalue()
    assert_fits(text, width)
    lines = text.splitlines()
    flat = words(text)
    for row in rows:
        k = row["analysis"]
        f = fp8_facts(k)
        # The row's own line names it and gives its verdict in full (format and site count included).
        mine = [i for i, ln in enumerate(lines) if ln.startswith(k.name) and f" {row['target']} " in f" {ln} "]
        assert len(mine) == 1, (row["name"], lines)
        block = words(" ".join(lines[mine[0]:mine[0] + 2]))
        if f.state == "emulated":
            assert f"emulated {', '.join(f.formats)}, {f.sites:,} sites" in block
        else:
            assert f.state in block
        for fact in ground_truth_facts(row["name"]):
            assert fact in flat, (row["name"], fact)
        assert row["native"] in flat
    # The short headers are explained once.
    assert flat.count("native: FP8 formats the target executes in hardware") <= 1


@pytest.mark.parametrize("width", WIDTHS)
def test_wide_keeps_every_column_on_the_row(analysed, width):
    rows = _rows(analysed, ["kernel", "variant", "target"])
    out = io.StringIO()
    render_rows(rows, out, title="samples", first_columns=["kernel", "variant", "target"], width=width, wide=True)
    header = out.getvalue().splitlines()[1]
    # Every column some row has something to say in (a column of "-" only is left out).
    from isacheck.report.dump_table import COLUMNS, row_cells
    cells = [row_cells(r, ["kernel", "variant", "target"])[0] for r in rows]
    said = [c.header for c in COLUMNS if any(x.get(c.key) and x[c.key].text not in ("", "-") for x in cells)]
    assert {"FP8", "native", "VGPRs", "occ", "matrix"} <= set(said)
    for name in said:
        assert re.search(rf"(^|  ){re.escape(name)}(  |$)", header), name
    # No line under a row: every fact is in its column.
    assert not any(line.startswith("    ") for line in out.getvalue().split("costliest")[0].splitlines())


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("args", (["supports", "gfx942", "fp8-ocp"], ["supports", "gfx1151"], ["supports", "gfx950"],
                                  ["supports", "all", "fp8"]), ids=" ".join)
@pytest.mark.parametrize("width", WIDTHS)
def test_supports_fits_a_terminal_and_loses_no_word(monkeypatch, args, width):
    piped = io.StringIO()
    code = main(args, stdout=piped)
    monkeypatch.setenv("COLUMNS", str(width))
    tty = Terminal()
    assert main(args, stdout=tty) == code
    assert_fits(tty.getvalue(), width)
    assert words(tty.getvalue()) == words(piped.getvalue())
    if width < max(len(line) for line in piped.getvalue().splitlines()):
        assert tty.getvalue() != piped.getvalue()       # it really was broken to fit


@pytest.mark.parametrize("width", WIDTHS)
def test_check_text_report_fits_and_loses_no_word(analysed, width):
    from isacheck.check.result import CheckResult, FileStatus, Reported
    from isacheck.findings import Finding, Location, Severity
    from isacheck.report.check_text import render as render_check

    (k,) = analysed[SAMPLES[0]].kernels
    finding = Finding.make("fp8-emulation-new", Severity.ERROR, k.name, "FP8 is emulated in software: "
                           + verdict_line(k), variant="fp8_w8a8", target="gfx1151",
                           location=Location("kernels/fused_moe.py", 119, 20))
    result = CheckResult(base="0123456789ab (HEAD~1)", head="working tree", targets=("gfx1151", "gfx950"),
                         files=(FileStatus("kernels/fused_moe.py", "compiled", ("fused_moe_kernel",)),), jobs=(),
                         findings=(Reported(finding, "new", failing=True),), fixed=(), fail_on="error",
                         rules=("fp8-emulation-new",))
    tty, piped = io.StringIO(), io.StringIO()
    render_check(result, tty, width=width)
    render_check(result, piped)
    assert_fits(tty.getvalue(), width)
    assert words(tty.getvalue()) == words(piped.getvalue())
    assert words(verdict_line(k)) in words(tty.getvalue())


def test_on_a_terminal_analyze_wraps_and_wide_does_not(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    args = ["analyze", str(USER_EXCERPT), "--target", "gfx1151"]
    tty, wide = Terminal(), Terminal()
    assert main(args, stdout=tty) == 0 and main([*args, "--wide"], stdout=wide) == 0
    plain, unwrapped = (re.sub(r"\x1b\[[0-9;]*m", "", t.getvalue()) for t in (tty, wide))   # a terminal gets colour
    assert "\x1b[" in tty.getvalue()
    assert_fits(plain, 80)
    assert max(len(line) for line in unwrapped.splitlines()) > 80
    assert words(plain) == words(unwrapped)

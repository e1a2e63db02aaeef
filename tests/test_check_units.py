"""``isacheck check`` parts that need no compile: configuration, suppressions, kernel change
detection, baseline files, rule documentation, findings."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from isacheck.check import baseline
from isacheck.check.kernels import fingerprints
from isacheck.check.source import kernel_sources
from isacheck.config import load_project_config
from isacheck.errors import UsageError
from isacheck.findings import Finding, Location, Severity, sorted_findings

REPO = Path(__file__).resolve().parent.parent


# --- configuration --------------------------------------------------------------------------------

def write(tmp_path: Path, text: str, name: str = "pyproject.toml") -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


def test_configuration_is_read_from_pyproject(tmp_path):
    p = write(tmp_path, """
[tool.isacheck]
targets = ["gfx942", "gfx950"]
fail-on = "warning"
baseline = "accepted.json"
[tool.isacheck.rules]
scratch-any = "error"
vgpr-grew = "off"
[tool.isacheck.thresholds]
vgpr-budget = 128
[[tool.isacheck.kernels]]
path = "kernels/*.py"
spec = "kernels/moe.toml"
set = ["BLOCK=64"]
""")
    conf = load_project_config(p, root=tmp_path)
    assert conf.targets == ("gfx942", "gfx950") and conf.fail_on == "warning" and conf.baseline == "accepted.json"
    assert dict(conf.rules) == {"scratch-any": "error", "vgpr-grew": "off"}
    assert dict(conf.thresholds) == {"vgpr-budget": 128}
    (k,) = conf.kernels
    assert (k.path, k.spec, k.sets) == ("kernels/*.py", "kernels/moe.toml", ("BLOCK=64",))


def test_isacheck_toml_may_omit_the_tool_table(tmp_path):
    p = write(tmp_path, 'targets = ["gfx1151"]\n', "isacheck.toml")
    assert load_project_config(p, root=tmp_path).targets == ("gfx1151",)


@pytest.mark.parametrize("text, key", [
    ('[tool.isacheck]\ntarget = ["gfx942"]\n', "tool.isacheck.target"),
    ('[tool.isacheck]\ntargets = 3\n', "tool.isacheck.targets"),
    ('[tool.isacheck.rules]\nno-such-rule = "off"\n', "tool.isacheck.rules.no-such-rule"),
    ('[tool.isacheck.rules]\nspill = "loud"\n', "tool.isacheck.rules.spill"),
    ('[tool.isacheck.thresholds]\nvgpr-budget = -1\n', "tool.isacheck.thresholds.vgpr-budget"),
    ('[tool.isacheck.thresholds]\nvgpr-budgets = 1\n', "tool.isacheck.thresholds.vgpr-budgets"),
    ('[tool.isacheck]\nfail-on = "fatal"\n', "tool.isacheck.fail-on"),
    ('[[tool.isacheck.kernels]]\nspec = "a.toml"\n', "tool.isacheck.kernels[0].path"),
    ('[[tool.isacheck.kernels]]\npath = "a.py"\nsepc = "a.toml"\n', "tool.isacheck.kernels[0].sepc"),
])
def test_a_configuration_error_names_its_key_and_file(tmp_path, text, key):
    p = write(tmp_path, text)
    with pytest.raises(UsageError) as err:
        load_project_config(p, root=tmp_path, shown="pyproject.toml")
    assert str(err.value).startswith("pyproject.toml: ") and key in str(err.value)


def test_broken_toml_is_one_line_with_the_file(tmp_path):
    p = write(tmp_path, "[tool.isacheck\n")
    with pytest.raises(UsageError) as err:
        load_project_config(p, root=tmp_path, shown="pyproject.toml")
    assert str(err.value).startswith("pyproject.toml: not valid TOML")


def test_cli_reports_a_configuration_error_with_exit_2(tmp_path):
    write(tmp_path, '[tool.isacheck]\ntargets = ["gfx942"]\nbogus = 1\n')
    proc = subprocess.run([sys.executable, "-m", "isacheck", "check", "--no-base"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr == ("isacheck: error: pyproject.toml: configuration key tool.isacheck.bogus: expected one of "
                           "the known keys (baseline, fail-on, jobs, kernels, rules, rules-doc-url, targets, thresholds, "
                           "upstream); unknown key\n")


# --- inline suppressions --------------------------------------------------------------------------

def test_suppression_on_the_def_line_with_its_reason():
    src = b"@triton.jit\ndef k(x,  # isacheck: ignore[spill-new, vgpr-grew] -- tuned for MI300\n      y):\n    pass\n"
    ks = kernel_sources(src, "k.py")["k"]
    assert (ks.line, ks.column) == (2, 1)
    assert ks.suppression.rules == ("spill-new", "vgpr-grew") and ks.suppression.reason == "tuned for MI300"


def test_a_suppression_in_a_string_is_not_a_suppression():
    src = b'def k():\n    x = "# isacheck: ignore[spill] -- no"\n'
    assert kernel_sources(src, "k.py")["k"].suppression is None


@pytest.mark.parametrize("comment, words", [
    ("# isacheck: ignore[spill-new]", "needs a reason"),
    ("# isacheck: ignore[] -- why", "names no rule"),
    ("# isacheck: ignore[spil-new] -- typo", "unknown rule 'spil-new'"),
])
def test_a_bad_suppression_names_file_and_line(comment, words):
    src = f"import triton\n\n@triton.jit\ndef k(x):  {comment}\n    pass\n".encode()
    with pytest.raises(UsageError) as err:
        kernel_sources(src, "kernels/k.py")
    assert str(err.value).startswith("kernels/k.py:4: ") and words in str(err.value)


# --- which kernels changed ------------------------------------------------------------------------

BASE = b'''import triton
import triton.language as tl

SCALE = 2

@triton.jit
def helper(x):
    return x * SCALE

@triton.jit
def uses_helper(p, BLOCK: tl.constexpr):
    tl.store(p, helper(tl.load(p)))

@triton.jit
def alone(p):
    tl.store(p, tl.load(p) + 1)
'''


def test_fingerprints_follow_callees_and_globals_not_lines():
    prints, defaults = fingerprints(BASE)
    assert defaults == ("uses_helper", "alone")          # helper is a device function
    moved, _ = fingerprints(BASE.replace(b"SCALE = 2\n", b"SCALE = 2\n\n\n# a comment\n\n"))
    assert moved == prints
    callee, _ = fingerprints(BASE.replace(b"return x * SCALE", b"return x * SCALE + 1"))
    assert callee["uses_helper"] != prints["uses_helper"] and callee["alone"] == prints["alone"]
    constant, _ = fingerprints(BASE.replace(b"SCALE = 2", b"SCALE = 3"))
    assert constant["uses_helper"] != prints["uses_helper"] and constant["alone"] == prints["alone"]
    decorator, _ = fingerprints(BASE.replace(b"@triton.jit\ndef alone", b"@triton.jit(do_not_specialize=[0])\ndef alone"))
    assert decorator["alone"] != prints["alone"]


# --- findings and the baseline --------------------------------------------------------------------

def finding(line: int, **kw) -> Finding:
    args = dict(rule_id="spill-new", severity=Severity.ERROR, kernel="k", message="m", variant="v",
                target="gfx1151", location=Location("k.py", line, 5))
    args.update(kw)
    return Finding.make(**args, facts={"b": [1, 2], "a": 1})


def test_fingerprint_ignores_the_line_and_message_but_not_the_job():
    assert finding(10).fingerprint == finding(30, message="other").fingerprint
    assert finding(10).fingerprint != finding(10, target="gfx1201").fingerprint
    assert finding(10).facts == (("a", 1), ("b", (1, 2)))
    order = sorted_findings([finding(1, severity=Severity.INFO, rule_id="spill"), finding(2), finding(3, kernel="a")])
    assert [(f.kernel, f.rule_id) for f in order] == [("a", "spill-new"), ("k", "spill-new"), ("k", "spill")]


def test_baseline_round_trip_and_bad_files(tmp_path):
    path = tmp_path / "b.json"
    baseline.write(path, baseline.entries_for([finding(10)]))
    loaded = baseline.load(path, "b.json")
    assert list(loaded) == [finding(99).fingerprint]
    path.write_text("{not json")
    with pytest.raises(UsageError, match=r"^b.json:1:2: baseline is not JSON"):
        baseline.load(path, "b.json")
    path.write_text(json.dumps({"schema": "something else"}))
    with pytest.raises(UsageError, match="not an isacheck baseline"):
        baseline.load(path, "b.json")


# --- rule documentation ---------------------------------------------------------------------------

def test_docs_rules_md_is_generated_from_the_registry():
    from isacheck.rules.docs import render
    out = io.StringIO()
    render(out)
    assert (REPO / "docs" / "rules.md").read_text() == out.getvalue(), \
        "docs/rules.md is stale: python -m isacheck.rules.docs > docs/rules.md"


def test_every_rule_is_documented_and_has_a_stable_kebab_case_id():
    from isacheck.rules import all_rules
    for rid, r in all_rules().items():
        assert rid == r.id and rid.replace("-", "").isalnum() and rid.islower()
        assert r.summary.endswith(".") and r.why and r.fix


# --- analyze reports through the same findings as check --------------------------------------------

def test_analyze_json_carries_the_findings_of_the_kernel_rules():
    from isacheck.cli import main
    excerpt = REPO / "samples" / "asm" / "user_report" / "fused_moe_gfx1151_excerpt.s"
    out = io.StringIO()
    assert main(["analyze", str(excerpt), "--target", "gfx1151", "--format", "json"], stdout=out) == 0
    (k,) = json.loads(out.getvalue())["kernels"]
    rules = {f["rule"]: f for f in k["findings"]}
    assert set(rules) == {"spill", "fp8-emulation-forced"}
    # Ground truth from the text itself: the one scratch store and the ladder sit under `.loc ... 504`.
    text = excerpt.read_text()
    assert text.count("scratch_store") == 1 and " 504 " in text
    assert rules["spill"]["location"]["line"] == 504 and rules["spill"]["facts"]["stores"] == 1
    assert rules["fp8-emulation-forced"]["location"]["line"] == 504
    assert rules["fp8-emulation-forced"]["message"] == k["target_notes"][0]


# --- the default base: the merge base with the upstream branch -----------------------------------

def test_default_base_is_the_merge_base_with_the_upstream(tmp_path):
    from isacheck.check import git

    def run(cwd, *args):
        return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()

    origin = tmp_path / "origin"
    origin.mkdir()
    run(origin, "init", "-q", "-b", "main")
    run(origin, "config", "user.email", "t@example.invalid")
    run(origin, "config", "user.name", "t")
    (origin / "a.py").write_text("x = 1\n")
    run(origin, "add", ".")
    run(origin, "commit", "-q", "-m", "one")
    fork_point = run(origin, "rev-parse", "HEAD")
    run(tmp_path, "clone", "-q", str(origin), "clone")
    clone = tmp_path / "clone"
    run(clone, "config", "user.email", "t@example.invalid")
    run(clone, "config", "user.name", "t")
    run(clone, "checkout", "-q", "-b", "feature", "--track", "origin/main")
    (clone / "a.py").write_text("x = 2\n")
    run(clone, "commit", "-q", "-am", "feature")
    (origin / "a.py").write_text("x = 3\n")
    run(origin, "commit", "-q", "-am", "upstream moves on")
    run(clone, "fetch", "-q")
    commit, how = git.default_base(clone, None)
    assert commit == fork_point and how == "merge base with origin/main"
    assert git.changed_paths(clone, commit) == ("a.py",)
    run(clone, "checkout", "-q", "-b", "lonely")
    with pytest.raises(UsageError, match="has no upstream"):
        git.default_base(clone, None)


# --- every report of every status validates / parses (no compile: a result built by hand) --------

def _result():
    from isacheck.check.result import CheckResult, FileStatus, Fixed, JobRow, Reported, Side
    job = JobRow("k.py", "k", "v", "gfx942", "changed", Side("ok", "none", 100, 0, 0, 0, 8),
                 Side("ok", "emulated", 140, 0, 4, 64, 6), 3)
    rows = (
        Reported(finding(10, target="gfx942"), "new", None, True),
        Reported(finding(11, rule_id="vgpr-grew", severity=Severity.WARNING, target="gfx942"), "baselined",
                 "accepted in #3"),
        Reported(finding(12, rule_id="occupancy-dropped", severity=Severity.WARNING, target="gfx942"), "suppressed",
                 "known"),
        Reported(finding(0, rule_id="resource-disagreement", severity=Severity.INFO, target="gfx942", location=None),
                 "existing"),
    )
    return CheckResult(base="abc (HEAD~1)", head="working tree", targets=("gfx942",),
                       files=(FileStatus("k.py", "compiled", ("k",)), FileStatus("o.py", "unchanged")),
                       jobs=(job,), findings=rows,
                       fixed=(Fixed("f" * 16, "spill", "k", "v", "gfx942", "old", "baseline"),),
                       fail_on="error", rules=("spill-new", "vgpr-grew"))


def test_sarif_of_every_status_validates_against_the_official_schema():
    import jsonschema

    from isacheck.report.sarif import to_dict
    schema = json.loads((REPO / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text())
    doc = to_dict(_result())
    jsonschema.Draft4Validator(schema).validate(doc)
    results = doc["runs"][0]["results"]
    assert [r.get("suppressions", [{}])[0].get("kind") for r in results] == [None, "external", "inSource", None]
    assert [r.get("baselineState") for r in results] == ["new", None, None, "unchanged"]
    assert "locations" not in results[3]          # no location known: none invented


def test_junit_and_markdown_of_every_status():
    import junitparser

    from isacheck.report.junit import to_xml
    from isacheck.report.markdown import render
    xml = junitparser.JUnitXml.fromstring(to_xml(_result()))
    cases = {c.name: c for s in xml for c in s}
    assert [r.type for r in cases["k v gfx942"].result] == ["spill-new"]
    assert "accepted in #3" in cases["k v gfx942"].system_out
    assert isinstance(cases["o.py (unchanged)"].result[0], junitparser.Skipped)
    out = io.StringIO()
    render(_result(), out)
    md = out.getvalue()
    assert "| k.py | k | v | gfx942 | none → emulated | 100 → 140 (+40) 🔴 |" in md
    assert "<details><summary>3 accepted, suppressed or pre-existing finding(s)</summary>" in md
    assert "_(suppressed: known)_" in md and "### Fixed" in md

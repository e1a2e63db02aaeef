"""``isacheck check`` when a change breaks a compile, and when a change fixes one.

A tiny kernel (compiles in about a second) in a temporary git repository: at the base it compiles;
the head adds a ``tl.static_assert`` that Triton's frontend rejects. Ground truth is Triton's own
error message, which the finding must carry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import junitparser
import pytest

pytestmark = pytest.mark.compile

GOOD = '''import triton
import triton.language as tl


@triton.jit
def copy_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    tl.store(y_ptr + offs, tl.load(x_ptr + offs, mask=offs < n), mask=offs < n)
'''
BROKEN = GOOD.replace("    offs = ", "    tl.static_assert(BLOCK < 0, \"BLOCK must be negative\")\n    offs = ")
SPEC = '''[kernels.copy_kernel.variants.default]
signature = { x_ptr = "*fp32", y_ptr = "*fp32", n = "i32" }
constexprs = { BLOCK = 128 }
'''


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def check(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "isacheck", "check", *args], cwd=root, capture_output=True,
                          text=True, env={**os.environ}, timeout=600)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("check-compile")
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "test@example.invalid")
    git(root, "config", "user.name", "test")
    (root / "rows.py").write_text(GOOD)
    (root / "rows.toml").write_text(SPEC)
    (root / "isacheck.toml").write_text('targets = ["gfx1151", "gfx942"]\n'
                                        '[[kernels]]\npath = "rows.py"\nspec = "rows.toml"\n')
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "good")
    return root


def test_a_compile_that_breaks_is_compile_regressed_on_every_target(repo):
    (repo / "rows.py").write_text(BROKEN)
    try:
        proc = check(repo, "--base", "HEAD", "--format", "json")
        junit = check(repo, "--base", "HEAD", "--format", "junit")
    finally:
        (repo / "rows.py").write_text(GOOD)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert sorted((f["rule"], f["target"]) for f in doc["findings"]) == [
        ("compile-regressed", "gfx1151"), ("compile-regressed", "gfx942")]
    for f in doc["findings"]:
        assert "BLOCK must be negative" in f["facts"]["error"]       # Triton's own message
        assert f["location"] == {"path": "rows.py", "line": 6, "column": 1, "kind": "python"}   # the def line
    assert {(j["base"]["status"], j["head"]["status"]) for j in doc["jobs"]} == {("ok", "failed")}
    xml = junitparser.JUnitXml.fromstring(junit.stdout.split("\n", 1)[1])
    cases = [c for suite in xml for c in suite]
    assert sorted(c.name for c in cases) == ["copy_kernel default gfx1151", "copy_kernel default gfx942"]
    assert all([r.type for r in c.result] == ["compile-regressed"] for c in cases)


def test_a_compile_that_a_change_fixes_is_reported_fixed(repo):
    (repo / "rows.py").write_text(BROKEN)
    git(repo, "commit", "-q", "-am", "broken")
    (repo / "rows.py").write_text(GOOD)
    proc = check(repo, "--base", "HEAD", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["findings"] == []
    assert sorted((x["rule"], x["target"], x["source"]) for x in doc["fixed"]) == [
        ("compile-failed", "gfx1151", "base"), ("compile-failed", "gfx942", "base")]


def test_a_project_in_a_subdirectory_reports_paths_from_the_repository_top(repo):
    # SARIF locations resolve against the repository's top: a project whose configuration sits in a
    # subdirectory still names its files from there.
    sub = repo / "proj"
    sub.mkdir()
    (sub / "rows.py").write_text(GOOD)
    (sub / "rows.toml").write_text(SPEC)
    (sub / "isacheck.toml").write_text('targets = ["gfx942"]\n[[kernels]]\npath = "rows.py"\nspec = "rows.toml"\n')
    proc = check(sub, "--no-base", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert [f["path"] for f in doc["files"]] == ["proj/rows.py"]
    assert [(j["file"], j["kernel"], j["target"]) for j in doc["jobs"]] == [("proj/rows.py", "copy_kernel", "gfx942")]

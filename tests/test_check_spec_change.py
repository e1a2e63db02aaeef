"""``isacheck check`` when one commit changes a kernel file only by a comment and also changes
the kernel's spec: the kernel's compile changed (its signature did), so it must be compiled at
both revisions, not reported as "unchanged, not compiled".

Real git repository, real Triton compiles (one tiny kernel, one target, two revisions). Ground
truth is Triton's own cache: the TTIR it wrote shows what was compiled, with which pointer types.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from isacheck import config as cfg
from isacheck.check.files import FilePlan, affected

pytestmark = pytest.mark.compile

KERNEL = '''import triton
import triton.language as tl

{COMMENT}
@triton.jit
def scale_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(y_ptr + offs, x * 2, mask=offs < n)
'''
SPEC = '''[kernels.scale_kernel.variants.default]
signature = {{ x_ptr = "*{T}", y_ptr = "*{T}", n = "i32" }}
constexprs = {{ BLOCK = 256 }}
'''
PYPROJECT = '''[project]
name = "demo"
version = "0"

[tool.isacheck]
targets = ["gfx1151"]
fail-on = "never"

[[tool.isacheck.kernels]]
path = "kernels/scale.py"
spec = "kernels/scale.toml"
'''


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def test_a_comment_only_edit_with_a_spec_change_recompiles_the_kernel(tmp_path):
    root = tmp_path / "repo"
    (root / "kernels").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "test@example.invalid")
    git(root, "config", "user.name", "test")
    (root / "kernels" / "scale.py").write_text(KERNEL.format(COMMENT=""))
    (root / "kernels" / "scale.toml").write_text(SPEC.format(T="fp32"))
    (root / "pyproject.toml").write_text(PYPROJECT)
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    # One commit: a comment in the kernel file (the kernel's syntax tree is unchanged) and a new
    # signature in its spec.
    (root / "kernels" / "scale.py").write_text(KERNEL.format(COMMENT="# scales by two, now on fp16 data\n"))
    (root / "kernels" / "scale.toml").write_text(SPEC.format(T="fp16"))
    git(root, "commit", "-q", "-am", "scale fp16 data")

    triton_cache = tmp_path / "triton"
    env = {**os.environ, "TRITON_CACHE_DIR": str(triton_cache), "ISACHECK_CACHE_DIR": str(tmp_path / "isacheck")}
    proc = subprocess.run([sys.executable, "-m", "isacheck", "check", "--base", "HEAD~1", "--format", "json"],
                          cwd=root, capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    (scale,) = doc["files"]
    assert scale["status"] == "compiled"
    assert scale["kernels_compiled"] == ["scale_kernel"] and scale["kernels_unchanged"] == []

    # Triton compiled scale_kernel at both revisions: once with the base's fp32 pointers, once
    # with the head's fp16 pointers.
    ttirs = [p.read_text() for p in triton_cache.rglob("scale_kernel.ttir")]
    assert len(ttirs) == 2
    assert sum("!tt.ptr<f32>" in t and "!tt.ptr<f16>" not in t for t in ttirs) == 1
    assert sum("!tt.ptr<f16>" in t for t in ttirs) == 1
    (job,) = doc["jobs"]
    assert job["kernel"] == "scale_kernel" and job["base"]["status"] == "ok" and job["head"]["status"] == "ok"


def _plan(spec: str | None) -> FilePlan:
    return FilePlan(rel="kernels/scale.py", entry=cfg.KernelFile(path="kernels/scale.py", spec=spec),
                    targets=("gfx1151",), shown="kernels/scale.py")


def test_every_reason_a_file_needs_a_look_is_reported():
    text = b"import triton\nfrom helpers import tile\n"
    plan = _plan("kernels/scale.toml")
    assert affected(plan, {"kernels/scale.py", "kernels/scale.toml"}, text) == ("file", "spec")
    assert affected(plan, {"kernels/scale.py", "lib/helpers.py"}, text) == ("file", "import")
    assert affected(plan, {"kernels/scale.toml"}, text) == ("spec",)
    assert affected(plan, {"kernels/scale.py"}, text) == ("file",)
    assert affected(plan, {"README.md"}, text) == ()
    assert affected(_plan(None), {"kernels/scale.py"}, None) == ("file",)   # the file is gone

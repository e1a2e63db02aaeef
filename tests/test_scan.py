"""``isacheck scan`` on a real Triton cache directory made by the test, and on a tarball of it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from isacheck.cli import main

pytestmark = pytest.mark.compile

REPO = Path(__file__).resolve().parent.parent
STUB = REPO / "samples" / "kernels" / "stub_imports_moe.py"

# Compiled in a child process so that TRITON_CACHE_DIR is read fresh: Triton then writes its
# ordinary cache layout (hash directories with .json/.amdgcn/.ttgir/.hsaco) into the temp dir.
_COMPILE = """
import sys
sys.path.insert(0, {repo!r})
import triton
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
from isacheck.frontend.loader import load_source
mod = load_source({stub!r})
fn = mod.kernel("fp8_dequant_rows").jit
for arch, wave in (("gfx1151", 32), ("gfx950", 64), ("gfx942", 64)):
    for block in (32, 64):
        sig = {{"x_ptr": "*fp8e4nv", "scale_ptr": "*fp32", "y_ptr": "*fp16", "n_cols": "i32", "BLOCK": "constexpr"}}
        triton.compile(ASTSource(fn, sig, {{"BLOCK": block}}), target=GPUTarget("hip", arch, wave))
"""


@pytest.fixture(scope="module")
def triton_cache(tmp_path_factory):
    cache = tmp_path_factory.mktemp("triton-cache")
    env = dict(os.environ, TRITON_CACHE_DIR=str(cache), TRITON_DEFAULT_FP_FUSION="1")
    subprocess.run([sys.executable, "-c", _COMPILE.format(repo=str(REPO), stub=str(STUB))], env=env, check=True,
                   cwd=str(cache), capture_output=True)
    metas = [p for p in cache.rglob("*.json") if not p.name.startswith("__grp__")]
    assert len(metas) == 6
    return cache


def _scan(args, capsys):
    out = io.StringIO()
    code = main(["scan", *args, "--progress", "never", "--format", "json"], stdout=out)
    return code, json.loads(out.getvalue()), capsys.readouterr().err


def test_scan_tarball_finds_every_kernel(triton_cache, tmp_path, capsys):
    tgz = tmp_path / "triton-cache.tar.gz"
    with tarfile.open(tgz, "w:gz") as tar:
        tar.add(triton_cache, arcname="cache")
    code, doc, err = _scan([str(tgz), "--no-cache", "-j", "2"], capsys)
    assert code == 0, err
    groups = {(g["kernel"], g["target"]): g for g in doc["kernels"]}
    assert sorted(groups) == [("fp8_dequant_rows", "gfx1151"), ("fp8_dequant_rows", "gfx942"),
                              ("fp8_dequant_rows", "gfx950")]
    assert all(len(g["entries"]) == 2 for g in groups.values())            # BLOCK 32 and 64
    fp8 = {t: {e["analysis"]["kernels"][0]["fp8"] for e in g["entries"]} for (_, t), g in groups.items()}
    assert fp8 == {"gfx1151": {"emulated"}, "gfx950": {"hardware"}, "gfx942": {"emulated"}}  # OCP on gfx942
    assert "/tmp" not in json.dumps(doc) and str(tmp_path) not in json.dumps(doc)


def test_scan_directory_uses_the_cache(triton_cache, tmp_path, capsys):
    code, first, err = _scan([str(triton_cache), "--cache-dir", str(tmp_path), "-j", "1"], capsys)
    assert code == 0 and "6 AMD kernel(s): 0 from cache, 6 analysed" in err
    code, second, err = _scan([str(triton_cache), "--cache-dir", str(tmp_path), "-t", "gfx950"], capsys)
    assert "2 AMD kernel(s): 2 from cache, 0 analysed" in err
    assert [g["target"] for g in second["kernels"]] == ["gfx950"]


def test_scan_refuses_what_is_not_a_cache(tmp_path, capsys):
    f = tmp_path / "notes.txt"
    f.write_text("hello")
    out = io.StringIO()
    assert main(["scan", str(f)], stdout=out) == 2
    assert "not a Triton cache directory" in capsys.readouterr().err

"""llvm-mca beside the estimate: found only when usable, never required, and its figure is llvm-mca's
own on the compiler's loop text."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from gemm_kernel import small_gemm
from conftest import compile_amd
from isacheck.analysis import analyze_text
from isacheck.analysis.mca import find_llvm_mca, llvm_version


def test_llvm_version_from_version_banner():
    assert llvm_version("Debian LLVM version 14.0.6\n  Optimized build.") == (14, 0, 6)
    assert llvm_version("LLVM (http://llvm.org/):\n  LLVM version 20.1.8") == (20, 1, 8)
    assert llvm_version("no version here") is None


def test_off_means_no_llvm_mca(monkeypatch):
    monkeypatch.setenv("ISACHECK_LLVM_MCA", "off")
    assert find_llvm_mca("off") is None
    from conftest import SAMPLE_ASM
    path = SAMPLE_ASM / "w8a8_gemm" / "w8a8_block_fp8_matmul--fp8e4b8--gfx942.s"
    k = analyze_text(path.read_text(), path.name).kernels[0]
    assert k.estimate.hot is not None and k.estimate.mca is None


def test_an_old_llvm_mca_on_path_is_not_picked_by_itself():
    found = find_llvm_mca(None)
    assert found is None or found[1][0] >= 20



@pytest.mark.skipif(shutil.which("llvm-mca") is None, reason="no llvm-mca on PATH (it is optional)")
def test_forced_llvm_mca_reports_its_own_figure_for_the_k_loop(monkeypatch):
    """Any llvm-mca knows gfx90a: its figure on the compiler's own loop text is what isacheck reports."""
    monkeypatch.setenv("ISACHECK_LLVM_MCA", "llvm-mca")
    sig = {"a_ptr": "*fp16", "b_ptr": "*fp16", "c_ptr": "*fp32", "K": "i32", "BM": "constexpr", "BN": "constexpr",
           "BK": "constexpr"}
    text = compile_amd(small_gemm, sig, {"BM": 32, "BN": 32, "BK": 32}, "gfx90a", num_warps=4).asm["amdgcn"]
    k = analyze_text(text, "small_gemm.amdgcn", target="gfx90a").kernels[0]
    mca = k.estimate.mca
    assert mca is not None and mca.tool.startswith("llvm-mca ")
    if mca.error and "crashed" in mca.error:
        pytest.skip(f"{mca.tool} crashed on this loop (LLVM 14's llvm-mca does, now and then)")
    assert mca.error is None
    # ground truth: llvm-mca on the loop exactly as the compiler wrote it, from LLVM's loop-header label
    # to the branch back to it (this kernel's K loop is one block)
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if "Loop Header" in line)
    label = lines[head].split(":")[0]
    end = next(i for i in range(head + 1, len(lines)) if lines[i].strip().startswith("s_cbranch")
               and lines[i].strip().endswith(label))
    body = [line for line in lines[head + 1:end + 1]
            if line.strip() and not line.strip().startswith((";", ".")) and not line.rstrip().endswith(":")]
    done = subprocess.run(["llvm-mca", "-mtriple=amdgcn-amd-amdhsa", "-mcpu=gfx90a", "-iterations=100"],
                          input="\n".join(body) + "\n", capture_output=True, text=True)
    if done.returncode < 0:
        pytest.skip("llvm-mca crashed on the compiler's loop text (LLVM 14's llvm-mca does, now and then)")
    assert done.returncode == 0, done.stderr
    total = int(re.search(r"Total Cycles:\s+(\d+)", done.stdout).group(1))
    assert mca.cycles_per_iteration == pytest.approx(total / 100)
    assert k.estimate.hot.mix_of("matrix") == sum(1 for line in body if "v_mfma" in line)


@pytest.mark.skipif(shutil.which("llvm-mca") is None, reason="no llvm-mca on PATH (it is optional)")
def test_choosing_an_llvm_mca_is_not_answered_from_an_analysis_cached_without_it(tmp_path):
    """The analysis cache key holds which llvm-mca would run: a scan cached with it off, run again
    with one chosen, gives llvm-mca's figure (the tool named in the JSON), not the cached null."""
    import json
    import os
    import sys

    from conftest import SAMPLE_ASM

    cache = tmp_path / "triton-cache" / "ENTRY"
    cache.mkdir(parents=True)
    src = SAMPLE_ASM / "w8a8_gemm" / "w8a8_block_fp8_matmul--fp8e4b8--gfx942.s"
    (cache / "k.amdgcn").write_text(src.read_text())
    (cache / "k.json").write_text(json.dumps({"name": "k", "target": {"backend": "hip", "arch": "gfx942",
                                                                       "warp_size": 64}}))
    tools = []
    for setting in ("off", "llvm-mca", "off"):
        env = {**os.environ, "ISACHECK_LLVM_MCA": setting}
        done = subprocess.run([sys.executable, "-m", "isacheck", "scan", str(tmp_path / "triton-cache"), "--format",
                               "json", "--cache-dir", str(tmp_path / "c"), "--progress", "never", "-q"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        text = done.stdout
        tools.append(json.loads(text) and ("llvm-mca " in text))
    assert tools == [False, True, False]

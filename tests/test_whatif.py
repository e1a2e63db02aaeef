"""``isacheck dump --whatif``: the alternatives compiled for real beside the user's variant, checked
against the compiler's own LLVM IR, and the table's determinism."""

from __future__ import annotations

import io
import os
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import REPO, SAMPLES
from isacheck.cli import main
from isacheck.frontend.whatif import spill_alternatives, split_name, type_alternatives

MOE = SAMPLES / "kernels" / "fused_moe.py"
MOE_SPEC = SAMPLES / "kernels" / "fused_moe.toml"
# The sample's own kernel and spec at a smaller tile, so that four compiles stay in seconds.
SMALL = ["--set", "BLOCK_SIZE_M=32", "--set", "BLOCK_SIZE_N=32", "--set", "BLOCK_SIZE_K=64"]


def _dump(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["dump", *args, "--progress", "never", "--quiet"], stdout=out)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def moe_whatif(tmp_path_factory):
    cache = tmp_path_factory.mktemp("whatif-cache")
    out = tmp_path_factory.mktemp("whatif-out")
    args = [str(MOE), "--spec", str(MOE_SPEC), "--target", "gfx1151", *SMALL, "--whatif", "--format", "json",
            "--cache-dir", str(cache), "--jobs", "2"]
    code, text = _dump(*args, "--out", str(out / "a"))
    assert code == 0, text
    return args, text, out / "a"


def _llir(out: Path, variant: str) -> str:
    return (out / "fused_moe_kernel" / variant / "gfx1151.llir").read_text()


def test_gfx1151_fused_moe_no_fp8_variant_avoids_the_conversion(moe_whatif):
    _, text, out = moe_whatif
    doc = json.loads(text)
    (group,) = doc["whatif"]
    assert (group["kernel"], group["variant"], group["target"]) == ("fused_moe_kernel", "fp8_w8a8", "gfx1151")
    assert group["native_fp8"] == [] and group["fp8_avoids_conversion"] is False
    rows = {r["alternative"]: r for r in group["rows"]}
    assert set(rows) == {None, "bf16", "e5m2", "int8"}
    yours = rows[None]
    # the compiler's ground truth: the FP8 dot runs on fp16 WMMA (after a software conversion)
    assert "llvm.amdgcn.wmma.f32.16x16x16.f16" in _llir(out, "fp8_w8a8")
    assert yours["fp8"] == "emulated" and yours["bound"] == "valu" and yours["speedup"] == 1.0
    assert rows["e5m2"]["fp8"] != "hardware"
    # what upcast and int8 gain: no conversion in the loop, matrix-bound, faster per multiply-accumulate
    assert "llvm.amdgcn.wmma.f32.16x16x16.bf16" in _llir(out, "fp8_w8a8~bf16")
    assert "llvm.amdgcn.wmma.i32.16x16x16.iu8" in _llir(out, "fp8_w8a8~int8")
    for alt, size in (("bf16", 2), ("int8", 1)):
        r = rows[alt]
        assert r["fp8"] == "none" and r["bound"] == "matrix" and r["bytes_per_element"] == size
        assert r["speedup"] > 3 and r["cycles_per_kmac"] < yours["cycles_per_kmac"]
    # ranked: best estimate first
    ranked = [r["cycles_per_kmac"] for r in group["rows"]]
    assert ranked == sorted(ranked)


def test_whatif_table_is_deterministic(moe_whatif):
    args, text, _ = moe_whatif
    code, again = _dump(*args)          # answered from the cache this time
    assert code == 0 and again == text
    # no path of the machine that ran it: neither the checkout's folder nor the home directory
    machine = (str(REPO.parent) + os.sep, os.path.expanduser("~") + os.sep)
    assert not any(m in text for m in machine)


def test_whatif_text_table_says_it_is_a_static_estimate(moe_whatif):
    args, _, _ = moe_whatif
    code, text = _dump(*[a for a in args if a not in ("--format", "json")])
    assert code == 0
    assert "what-if, fused_moe_kernel fp8_w8a8 gfx1151 (static estimate" in text
    assert "no FP8 variant avoids the software conversion: gfx1151 has no FP8 hardware" in text


# ---------------------------------------------------------------- planning rules (no compile)
def _job(signature, native=(), constexprs=None, options=None):
    return SimpleNamespace(signature=signature, constexprs=constexprs or {}, options=options or {},
                           target=SimpleNamespace(native_fp8=native))


def _kdef(*flags):
    return SimpleNamespace(jit=SimpleNamespace(params=[SimpleNamespace(name=f, is_constexpr=True) for f in flags]))


def test_native_twin_on_gfx942_and_int8_flag():
    job = _job({"a_ptr": "*fp8e4nv", "b_ptr": "*fp8e4nv", "c_ptr": "*bf16"}, native=("e4m3fnuz", "e5m2fnuz"),
               constexprs={"use_fp8_w8a8": True, "use_int8_w8a8": False})
    alts = dict(type_alternatives(job, _kdef("use_fp8_w8a8", "use_int8_w8a8")))
    assert alts["native-e4m3fnuz"] == {"a_ptr": "*fp8e4b8", "b_ptr": "*fp8e4b8"}
    assert alts["bf16"] == {"a_ptr": "*bf16", "b_ptr": "*bf16"}
    assert alts["int8"] == {"a_ptr": "*i8", "b_ptr": "*i8", "use_int8_w8a8": True, "use_fp8_w8a8": False}
    assert "e5m2" not in alts          # the target has FP8 hardware: its native flavour is the question
    assert type_alternatives(_job({"a_ptr": "*fp16"}), _kdef()) == []


def test_spill_alternatives():
    job = _job({}, constexprs={"BLOCK_SIZE_M": 64, "BLOCK_SIZE_N": 256, "GROUP": 8},
               options={"num_warps": 4, "num_stages": 3})
    assert spill_alternatives(job) == [("stages2", {"num_stages": 2}), ("warps8", {"num_warps": 8}),
                                       ("BLOCK_SIZE_N=128", {"BLOCK_SIZE_N": 128})]


def test_split_name():
    assert split_name("fp8_w8a8~bf16") == ("fp8_w8a8", "bf16")
    assert split_name("default~int8.config2") == ("config2", "int8")
    assert split_name("v~stages1.config0") == ("v.config0", "stages1")
    assert split_name("fp8_w8a8") == ("fp8_w8a8", None)


ACC_GEMM = '''
import triton
import triton.language as tl


@triton.jit
def acc_gemm(a_ptr, b_ptr, c_ptr, K, BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    rm = tl.arange(0, BM)
    rn = tl.arange(0, BN)
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k in range(0, K, BK):
        a = tl.load(a_ptr + rm[:, None] * K + (k + rk)[None, :])
        b = tl.load(b_ptr + (k + rk)[:, None] * BN + rn[None, :])
        acc = tl.dot(a, b, acc=acc)
    tl.store(c_ptr + rm[:, None] * BN + rn[None, :], acc)
'''


def test_gfx942_fnuz_twin_runs_fp8_in_hardware_and_a_failed_alternative_is_no_failure(tmp_path):
    src = tmp_path / "acc_gemm.py"
    src.write_text(ACC_GEMM)
    out = tmp_path / "out"
    code, text = _dump(str(src), "--target", "gfx942", "--set", "a_ptr=*fp8e4nv", "--set", "b_ptr=*fp8e4nv",
                       "--set", "c_ptr=*fp32", "--set", "BM=32", "--set", "BN=32", "--set", "BK=32", "--whatif",
                       "--format", "json", "--cache-dir", str(tmp_path / "cache"), "--out", str(out))
    assert code == 0, text                      # the user's variant compiled: exit 0
    (group,) = json.loads(text)["whatif"]
    rows = {r["alternative"]: r for r in group["rows"]}
    twin = rows["native-e4m3fnuz"]
    llir = (out / "acc_gemm" / "default~native-e4m3fnuz" / "gfx942.llir").read_text()
    assert "llvm.amdgcn.mfma.f32.32x32x16.fp8.fp8" in llir          # the compiler's own FP8 MFMA
    assert twin["fp8"] == "hardware" and group["fp8_avoids_conversion"] is True
    assert rows[None]["fp8"] == "emulated" and twin["speedup"] > 1
    # tl.dot(acc=fp32) cannot take int8 operands: the row says why, and the table ranks it last
    assert rows["int8"]["error"] and group["rows"][-1]["alternative"] == "int8"


def test_second_round_only_for_the_variant_that_spills(tmp_path):
    out = tmp_path / "out"
    code, text = _dump(str(SAMPLES / "kernels" / "spill.py"), "--spec", str(SAMPLES / "kernels" / "spill.toml"),
                       "--target", "gfx942", "--whatif", "--format", "json", "--cache-dir", str(tmp_path / "cache"),
                       "--out", str(out), "--jobs", "2")
    assert code == 0, text
    (group,) = json.loads(text)["whatif"]
    alts = {r["alternative"] for r in group["rows"]}
    # num_warps = 2, num_stages = 2, a 256 x 256 tile (spill.toml): one stage fewer, twice the warps, half the tile
    assert {"stages1", "warps4", "BLOCK_N=128"} <= alts

    def scratch(variant: str) -> int:
        # the compiler's own statement, in the statistics comment of the assembly it wrote
        text = (out / "oversized_tile_fp8_gemm" / variant / "gfx942.amdgcn").read_text()
        line = next(line for line in text.splitlines() if "ScratchSize:" in line)
        return int(line.split("ScratchSize:")[1].split()[0])

    assert scratch("tile256x256") > 0
    rows = {r["alternative"]: r for r in group["rows"]}
    for alt, variant in (("warps4", "tile256x256~warps4"), ("BLOCK_N=128", "tile256x256~BLOCK_N=128")):
        assert rows[alt]["spills"] is (scratch(variant) > 0)

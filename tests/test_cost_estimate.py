"""The static loop estimate: the rate table's provenance and AMD's published numbers, and the
estimate on kernels compiled for real (the sample dumps, the fused-MoE sample, a tiny fp16 GEMM)."""

from __future__ import annotations

import copy
import importlib.util

import pytest

from gemm_kernel import small_gemm
from conftest import SAMPLE_ASM, SAMPLES, wave_size
from isacheck.analysis import analyze_text
from isacheck.isa.rates import family_rates, missing_sources, rates_doc


# ---------------------------------------------------------------- the rate table
def test_every_rate_number_has_a_source():
    assert missing_sources() == []
    doc = rates_doc()
    for key, src in doc["sources"].items():
        assert src.get("title") and src.get("what") and src.get("url", "").startswith("https://"), key


def test_rate_table_is_what_its_build_script_writes():
    """isa_db/rates.json is rebuilt by ``python -m isacheck.isa.rates_build`` from AMD's calculator;
    the facts the script carries as data must be the ones in the file."""
    from isacheck.isa import rates_build

    doc = rates_doc()
    assert doc["families"]["cdna4"]["matrix"] == rates_build._gfx950()
    assert set(doc["sources"]) == set(rates_build.SOURCES)
    assert len(doc["sources"]["amd-matrix-calculator"]["sha256"]) == 64
    assert doc["families"]["rdna3"]["wave_issue"] == rates_build._rdna({})["wave_issue"]
    assert doc["families"]["cdna3"]["valu_rate"] == rates_build._cdna({})["valu_rate"]


def test_a_number_without_source_is_caught():
    doc = copy.deepcopy(rates_doc())
    del doc["families"]["rdna4"]["matrix"]["v_wmma_f32_16x16x16_f16"]["source"]
    doc["families"]["cdna3"]["valu_rate"]["source"] = "no-such-source"
    assert sorted(missing_sources(doc)) == ["families.cdna3.valu_rate",
                                           "families.rdna4.matrix.v_wmma_f32_16x16x16_f16"]


@pytest.mark.parametrize("target, mnemonic, cycles", [
    # AMD's published matrix-instruction cycle counts (issue #12; AMD matrix instruction calculator)
    ("gfx1100", "v_wmma_f32_16x16x16_f16", 32),
    ("gfx1151", "v_wmma_f32_16x16x16_f16", 32),
    ("gfx1201", "v_wmma_f32_16x16x16_f16", 16),
    ("gfx1201", "v_wmma_f32_16x16x16_fp8_fp8", 8),
    ("gfx1201", "v_wmma_i32_16x16x16_iu8", 8),
    ("gfx942", "v_mfma_f32_32x32x8_f16", 32),      # 8 passes of 4 cycles
    ("gfx942", "v_mfma_f32_32x32x16_fp8_fp8", 32),
    ("gfx950", "v_mfma_f32_32x32x16_f16", 32),
    ("gfx950", "v_mfma_f32_32x32x64_f8f6f4", 64),   # FP8 operands: half the FP6/FP4 rate (MI355X peaks)
])
def test_matrix_rates_match_published_counts(target, mnemonic, cycles):
    assert family_rates(target).matrix_rate(mnemonic).cycles == cycles


def test_wmma_never_overlaps_valu_on_rdna_and_mfma_does_on_cdna():
    assert not family_rates("gfx1151").matrix_coexec and not family_rates("gfx1201").matrix_coexec
    assert family_rates("gfx942").matrix_coexec


# ---------------------------------------------------------------- the sample dumps
def _estimate(path, target=None):
    k = analyze_text(path.read_text(), path.name, target=target).kernels[0]
    return k, k.estimate.hot


def test_gfx1151_fp8_fused_moe_is_valu_bound_by_emulation():
    k, hot = _estimate(SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx1151.s")
    assert k.fp8 == "emulated"
    assert hot.bound == "valu" and hot.matrix_kind == "WMMA"
    assert hot.overhead > 3
    assert hot.emulation_share > 0.5
    # 64 WMMA 16x16x16 per wave per K step: BLOCK 64x128x128 over 4 waves (the spec's constexprs)
    assert hot.macs == 64 * 128 * 128 // 4
    from isacheck.report.verdict import verdict_line
    line = verdict_line(k)
    assert "K loop VALU-bound: ~" in line and "static estimate" in line


def test_estimate_needs_a_known_target():
    from conftest import USER_EXCERPT
    k = analyze_text(USER_EXCERPT.read_text(), "x.s").kernels[0]
    assert k.estimate is None
    k = analyze_text(USER_EXCERPT.read_text(), "x.s", target="gfx1151").kernels[0]
    assert k.estimate is not None and k.estimate.hot is None      # a fragment without a loop


# ---------------------------------------------------------------- compiled for real
@pytest.fixture(scope="module")
def moe():
    spec = importlib.util.spec_from_file_location("isacheck_cost_fused_moe", SAMPLES / "kernels" / "fused_moe.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _compile_moe_like_vllm(mod, arch: str, ab: str, use_fp8: bool):
    """The fused-MoE sample as vLLM launches it: 16-byte aligned tensors, unit K/N strides."""
    import tomllib

    import triton
    import triton.language as tl
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    v = tomllib.loads((SAMPLES / "kernels" / "fused_moe.toml").read_text())["kernels"]["fused_moe_kernel"]["variants"]["fp8_w8a8"]
    sig, cex = dict(v["signature"]), dict(v["constexprs"])
    sig["a_ptr"] = sig["b_ptr"] = ab
    cex.update(use_fp8_w8a8=use_fp8, compute_type=tl.bfloat16, stride_ak=1, stride_bk=1, stride_cn=1)
    names = list(mod.fused_moe_kernel.arg_names)
    sig = {n: "constexpr" if n in cex else sig[n] for n in names}
    aligned = {"N", "K", "EM", "stride_am", "stride_be", "stride_bn", "stride_cm", "stride_asm", "stride_bse", "stride_bsn"}
    attrs = {(i,): [["tt.divisibility", 16]] for i, n in enumerate(names) if sig[n].startswith("*") or n in aligned}
    src = ASTSource(fn=mod.fused_moe_kernel, signature=sig,
                    constexprs={(names.index(n),): val for n, val in cex.items()}, attrs=attrs)
    k = triton.compile(src, target=GPUTarget("hip", arch, wave_size(arch)), options={"num_warps": 4, "num_stages": 2})
    return analyze_text(k.asm["amdgcn"], "fused_moe.amdgcn", target=arch).kernels[0], k.asm["llir"]


def test_gfx1201_fp8_wmma_and_gfx1151_bf16_upcast_are_matrix_bound(moe):
    k, llir = _compile_moe_like_vllm(moe, "gfx1201", "*fp8e4nv", True)
    assert "llvm.amdgcn.wmma" in llir and "fp8" in llir      # the compiler's own FP8 WMMA
    assert k.fp8 == "hardware" and k.estimate.hot.bound == "matrix"
    k, llir = _compile_moe_like_vllm(moe, "gfx1151", "*bf16", False)
    assert "llvm.amdgcn.wmma.f32.16x16x16.bf16" in llir
    assert k.fp8 == "none" and k.estimate.hot.bound == "matrix"



def test_fp16_gemm_gfx1100_vs_gfx1201_follows_the_2x_matrix_rate():
    from conftest import compile_amd

    fn = small_gemm
    sig = {"a_ptr": "*fp16", "b_ptr": "*fp16", "c_ptr": "*fp32", "K": "i32", "BM": "constexpr", "BN": "constexpr",
           "BK": "constexpr"}
    cex = {"BM": 64, "BN": 64, "BK": 32}
    hot = {}
    for arch in ("gfx1100", "gfx1201"):
        c = compile_amd(fn, sig, cex, arch, num_warps=4)
        assert c.asm["llir"].count("llvm.amdgcn.wmma.f32.16x16x16.f16") > 0
        hot[arch] = analyze_text(c.asm["amdgcn"], "g.amdgcn", target=arch).kernels[0].estimate.hot
        # ground truth from the constexprs: one K step of a 64x64 tile, K=32, shared by 4 waves
        assert hot[arch].macs == 64 * 64 * 32 // 4
    per_mac = {a: h.matrix_cycles / h.macs for a, h in hot.items()}
    assert per_mac["gfx1100"] == pytest.approx(2 * per_mac["gfx1201"])


def test_estimate_is_in_the_json_schema():
    from isacheck.report.json import to_dict
    from isacheck.analysis import analyze_module
    from isacheck.asm import parse_file

    path = SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx1201.s"
    doc = to_dict(analyze_module(parse_file(path)))
    assert doc["schema_version"] == 2
    est = doc["kernels"][0]["estimate"]
    hot = est["hot_loop"]
    assert est["family"] == "rdna4" and est["wave_size"] == 32 and hot["k_loop"] is True
    assert 0 < hot["mix"]["matrix"] <= path.read_text().count("v_wmma_f32_16x16x16_fp8_fp8")
    assert hot["matrix_cycles"] == 8 * hot["mix"]["matrix"]
    assert set(hot["cycles"]) <= set(hot["mix"])


@pytest.mark.parametrize("x, text", [(7.3, "~7"), (13.6, "~10"), (0.47, "~0.5"), (96, "~100"), (9.6, "~10"),
                                     (22153, "~20,000"), (1.0, "~1")])
def test_estimates_are_printed_with_one_significant_digit(x, text):
    from isacheck.analysis.cost import approx
    assert approx(x) == text

"""Signatures and variants: spec, --set, inference, autotune configs, heuristics, *fp8, --specialize."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from isacheck.errors import InputError, UsageError
from isacheck.frontend.loader import load_source
from isacheck.frontend.plan import plan_jobs
from isacheck.frontend.spec import load_spec, parse_sets, parse_spec
from isacheck.frontend.targets import compile_target
from isacheck.frontend.variants import MissingArgumentsError, build_variants, resolve_for_target

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "kernels"


@pytest.fixture(scope="module")
def stub_sample():
    return load_source(SAMPLES / "stub_imports_moe.py")


def test_missing_arguments_error_lists_exactly_the_missing_names(stub_sample):
    targets = [compile_target("gfx942")]
    with pytest.raises(MissingArgumentsError) as e:
        plan_jobs(stub_sample, parse_spec({}), {}, targets)
    assert e.value.missing == {
        "moe_fp8_gemm_kernel": ["a_ptr", "b_ptr", "c_ptr", "a_scale_ptr", "b_scale_ptr", "EVEN_K"],
        "fp8_dequant_rows": ["x_ptr", "scale_ptr", "y_ptr", "BLOCK"],
    }
    # The error is one line; the snippet (printed above it) is TOML that, pasted as a spec, gives
    # every kernel what it lacked.
    assert "\n" not in str(e.value)
    snippet = e.value.details.split("a spec to fill in:", 1)[1]
    spec = parse_spec(tomllib.loads(snippet))
    jobs = plan_jobs(stub_sample, spec, {}, targets)
    assert {j.kernel for j in jobs} == {"moe_fp8_gemm_kernel", "fp8_dequant_rows"}


def test_inference_and_sets(stub_sample):
    kdef = stub_sample.kernel("fp8_dequant_rows")
    sets = parse_sets(["x_ptr=*fp8", "scale_ptr=*fp32", "y_ptr=*fp16", "BLOCK=64", "num_warps=2"])
    (v,), missing = build_variants(kdef, None, sets)
    assert missing == []
    assert dict(v.signature) == {"x_ptr": "*fp8", "scale_ptr": "*fp32", "y_ptr": "*fp16", "n_cols": "i32",
                                 "BLOCK": "constexpr"}
    assert v.inferred == ("n_cols",)
    assert dict(v.constexprs) == {"BLOCK": 64}
    assert dict(v.options) == {"num_warps": 2}


def test_fp8_means_the_targets_native_flavour(stub_sample):
    kdef = stub_sample.kernel("fp8_dequant_rows")
    (v,), _ = build_variants(kdef, None, parse_sets(["x_ptr=*fp8", "scale_ptr=*fp32", "y_ptr=*fp16", "BLOCK=64"]))
    got = {}
    for arch in ("gfx942", "gfx950", "gfx1151", "gfx1201"):
        t = compile_target(arch)
        got[arch] = resolve_for_target(v, t, False)[0]["x_ptr"]
    assert got == {"gfx942": "*fp8e4b8", "gfx950": "*fp8e4nv", "gfx1151": "*fp8e4nv", "gfx1201": "*fp8e4nv"}
    (explicit,), _ = build_variants(kdef, None, parse_sets(["x_ptr=*fp8e4nv", "scale_ptr=*fp32", "y_ptr=*fp16", "BLOCK=64"]))
    t = compile_target("gfx942")
    assert resolve_for_target(explicit, t, False)[0]["x_ptr"] == "*fp8e4nv"


def test_specialize_like_a_launch(stub_sample):
    kdef = stub_sample.kernel("moe_fp8_gemm_kernel")
    spec = load_spec(str(SAMPLES / "stub_imports_moe.toml"))
    sets = parse_sets(["stride_am=1", "stride_bk=4096", "stride_cm=100"])
    variants, _ = build_variants(kdef, spec.kernels["moe_fp8_gemm_kernel"], sets, config=0)
    v = variants[0]
    t = compile_target("gfx950")
    signature, constexprs, attrs, assumed = resolve_for_target(v, t, True, kdef.jit)
    names = list(signature)
    assert signature["stride_am"] == "constexpr" and constexprs["stride_am"] == 1
    assert attrs[(names.index("stride_bk"),)] == [["tt.divisibility", 16]]
    assert (names.index("stride_cm"),) not in attrs                 # 100 is not a multiple of 16
    # a tensor under 2 GiB: aligned, and the AMD backend's 32-bit range (buffer instructions)
    assert attrs[(names.index("a_ptr"),)] == [["tt.divisibility", 16], ["tt.pointer_range", 32]]
    assert (names.index("N"),) not in attrs                         # no sample value: no hint
    assert ("N", "no-sample") in assumed and ("a_ptr", "assumed-tensor") in assumed
    plain = resolve_for_target(v, t, False)
    assert plain[2] == {} and plain[0]["stride_am"] == "i32"


def test_autotune_configs_and_heuristics_make_variants(stub_sample):
    kdef = stub_sample.kernel("moe_fp8_gemm_kernel")
    spec = load_spec(str(SAMPLES / "stub_imports_moe.toml"))
    variants, missing = build_variants(kdef, spec.kernels["moe_fp8_gemm_kernel"], {})
    assert missing == []
    assert [v.name for v in variants] == [f"{base}.config{i}" for base in ("native", "ocp") for i in range(3)]
    c2 = variants[2]
    assert dict(c2.constexprs)["BLOCK_SIZE_K"] == 64 and dict(c2.options) == {"num_stages": 1, "num_warps": 4}
    assert dict(c2.constexprs)["EVEN_K"] is True                    # 4096 % 64 == 0, from values.K
    odd, _ = build_variants(kdef, spec.kernels["moe_fp8_gemm_kernel"], parse_sets(["K=100"]), config=1)
    assert dict(odd[0].constexprs)["EVEN_K"] is False
    assert [v.config for v in odd] == [1, 1]
    with pytest.raises(UsageError, match="3 autotune configs"):
        build_variants(kdef, spec.kernels["moe_fp8_gemm_kernel"], {}, config=3)


def test_spec_errors_are_located(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[kernels.k.variants.v]\nsignature = { a_ptr = \"*fp16\" \n")
    with pytest.raises(InputError) as e:
        load_spec(str(bad))
    assert e.value.line == 2
    wrong_type = tmp_path / "t.toml"
    wrong_type.write_text("[kernels.k]\nsignature = { a_ptr = \"*float16\" }\n")
    with pytest.raises(InputError, match="not a Triton type"):
        load_spec(str(wrong_type))
    with pytest.raises(UsageError, match="NAME=VALUE"):
        parse_sets(["BLOCK"])


def test_spec_names_an_argument_the_kernel_does_not_have(stub_sample):
    spec = parse_spec({"kernels": {"fp8_dequant_rows": {"signature": {"z_ptr": "*fp16"}}}})
    with pytest.raises(InputError, match="z_ptr not an argument of fp8_dequant_rows"):
        plan_jobs(stub_sample, spec, {}, [compile_target("gfx942")])

"""The compare-scope rule ``loop-cost-grew`` on two real compiles of one GEMM: fp16 operands at base,
FP8 (emulated on gfx1151) at head."""

from __future__ import annotations

import pytest

from gemm_kernel import small_gemm
from conftest import compile_amd
from isacheck.analysis import analyze_text
from isacheck.findings import Severity
from isacheck.rules.context import CompareContext, JobId, KernelContext
from isacheck.rules.cost import loop_cost_grew



@pytest.fixture(scope="module")
def analyses():
    fn = small_gemm
    out = {}
    for dtype in ("fp16", "fp8e4nv"):
        sig = {"a_ptr": f"*{dtype}", "b_ptr": f"*{dtype}", "c_ptr": "*fp32", "K": "i32",
               "BM": "constexpr", "BN": "constexpr", "BK": "constexpr"}
        c = compile_amd(fn, sig, {"BM": 32, "BN": 32, "BK": 32}, "gfx1151", num_warps=4)
        out[dtype] = analyze_text(c.asm["amdgcn"], "small_gemm.amdgcn", target="gfx1151").kernels[0]
    return out


def _ctx(base, head, threshold=20):
    job = JobId("small_gemm", "default", "gfx1151")
    th = {"loop-cost-growth-percent": threshold}
    return CompareContext(job, KernelContext(job, base, revision="base", thresholds=th),
                          KernelContext(job, head, thresholds=th), thresholds=th,
                          rule_id="loop-cost-grew", severity=Severity.WARNING)


def test_fp8_emulation_in_the_k_loop_is_reported(analyses):
    base, head = analyses["fp16"], analyses["fp8e4nv"]
    assert head.fp8 == "emulated" and base.fp8 == "none"
    (f,) = list(loop_cost_grew(_ctx(base, head)))
    facts = dict(f.facts)
    assert f.rule_id == "loop-cost-grew" and facts["growth_percent"] > 20
    assert facts["bound_after"] == "valu"
    assert facts["before"] == round(base.estimate.hot.cycles_per_kmac, 2)
    assert "K loop's estimated cost grew ~" in f.message and "static estimate" in f.message
    # located in the K loop of this test's kernel (the Python source's own `for` statement)
    import ast
    import inspect
    src, first = inspect.getsourcelines(small_gemm.fn)
    loop = next(n for n in ast.walk(ast.parse("".join(src))) if isinstance(n, ast.For))
    assert f.location is not None
    assert first - 1 + loop.lineno <= f.location.line <= first - 1 + loop.end_lineno


def test_no_finding_when_equal_improved_or_under_threshold(analyses):
    base, head = analyses["fp16"], analyses["fp8e4nv"]
    assert list(loop_cost_grew(_ctx(base, base))) == []
    assert list(loop_cost_grew(_ctx(head, base))) == []          # it got cheaper
    assert list(loop_cost_grew(_ctx(base, head, threshold=10**6))) == []


def test_rule_is_registered_with_its_threshold():
    from isacheck.rules import all_rules, default_thresholds
    r = all_rules()["loop-cost-grew"]
    assert r.scope == "compare" and r.fn is loop_cost_grew
    assert default_thresholds()["loop-cost-growth-percent"] == 20

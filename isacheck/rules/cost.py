"""Cost rule: the hot loop's static cost estimate grew between base and head."""

from __future__ import annotations

from isacheck.analysis.cost import approx
from isacheck.findings import Severity
from isacheck.rules import rule
from isacheck.rules.context import CompareContext


_UNIT = {"valu": "VALU", "salu": "SALU", "lds": "LDS", "vmem": "VMEM", "smem": "SMEM"}


def _metric(analysis):
    """(value, unit) of the hot loop's estimate: cycles per 1024 multiply-accumulates for a K loop
    (comparable across tile shapes), else cycles per iteration; None without an estimate."""
    hot = analysis.estimate.hot if analysis.estimate is not None else None
    if hot is None:
        return None, None, None
    if hot.cycles_per_kmac is not None:
        return hot.cycles_per_kmac, "cycles per 1024 multiply-accumulates", hot
    return float(hot.loop_cycles), "cycles per iteration", hot


@rule("loop-cost-grew", name="Hot-loop cost estimate grew", severity=Severity.WARNING, scope="compare",
      thresholds={"loop-cost-growth-percent": 20},
      summary="The static estimate of the hot loop's cost (issue cycles per multiply-accumulate of the K loop, "
              "else per iteration) grew by more than the threshold since base.",
      why="A new FP8 conversion, spill traffic or address arithmetic in the K loop costs every iteration; on "
          "gfx1151 the emulated FP8 fused-MoE K loop is estimated at ~10x the WMMA time.",
      fix="Compare the loops' instruction mix (isacheck analyze --format json, estimate.hot_loop) and remove "
          "what grew: keep FP8 conversions out of the loop (upcast once in memory), lower register pressure, "
          "or accept it in the baseline with a reason.")
def loop_cost_grew(ctx: CompareContext):
    before, after = ctx.base_analysis, ctx.head_analysis
    if before is None or after is None:
        return
    b, unit_b, hot_b = _metric(before)
    h, unit_h, hot_h = _metric(after)
    if b is None or h is None or unit_b != unit_h or b <= 0:
        return
    limit = float(ctx.threshold("loop-cost-growth-percent", 20))
    growth = (h / b - 1) * 100
    if growth <= limit:
        return
    facts = {"metric": unit_h, "before": round(b, 2), "after": round(h, 2), "growth_percent": round(growth, 1),
             "bound_before": hot_b.bound, "bound_after": hot_h.bound,
             "loop_cycles_before": hot_b.loop_cycles, "loop_cycles_after": hot_h.loop_cycles,
             "threshold_percent": limit}
    where = "K loop" if hot_h.is_k_loop else "hot loop"
    yield ctx.finding(f"{ctx.job.kernel}: the {where}'s estimated cost grew {approx(h / b)}x on {ctx.job.target} "
                      f"({_bound(hot_h)}-bound now, {_bound(hot_b)}-bound before; static estimate, {unit_h})",
                      facts=facts, location=ctx.head.site_location(hot_h.header_loc) if ctx.head else None)


def _bound(hot) -> str:
    return (hot.matrix_kind or "matrix") if hot.bound == "matrix" else _UNIT.get(hot.bound, hot.bound)

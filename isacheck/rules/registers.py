"""Register and occupancy rules: a VGPR budget, VGPR growth since base, occupancy dropped."""

from __future__ import annotations

from isacheck.findings import Severity
from isacheck.rules import rule
from isacheck.rules.context import CompareContext, KernelContext


@rule("vgpr-budget", name="VGPRs over budget", severity=Severity.WARNING, scope="kernel",
      thresholds={"vgpr-budget": 256},
      summary="The kernel's VGPRs plus spilled VGPRs exceed the configured budget (default 256).",
      why="Past the budget the compiler spills or occupancy collapses; a kernel that grew from 483 to 512 "
          "VGPRs needed a 472-byte private segment.",
      fix="Reduce register pressure (tile sizes, num_stages, live values), or raise "
          "[tool.isacheck.thresholds] vgpr-budget for kernels that are meant to use more.")
def vgpr_budget(ctx: KernelContext):
    if not ctx.ok:
        return
    a = ctx.analysis
    vgprs = a.resources.vgprs
    if vgprs is None:
        return
    spilled = a.spills.vgpr_spill_count or 0
    budget = int(ctx.threshold("vgpr-budget", 256))
    if vgprs + spilled > budget:
        yield ctx.finding(f"{ctx.job.kernel} needs {vgprs} VGPRs + {spilled} spilled = {vgprs + spilled} on "
                          f"{ctx.job.target}, over the budget of {budget}",
                          facts={"vgprs": vgprs, "vgpr_spills": spilled, "budget": budget})


@rule("vgpr-grew", name="VGPRs grew", severity=Severity.WARNING, scope="compare",
      thresholds={"vgpr-growth": 16},
      summary="The kernel uses more VGPRs than the base by more than the configured growth (default 16).",
      why="More VGPRs per wave means fewer waves per SIMD: less latency hiding, often a slower kernel even "
          "without spills.",
      fix="Find what keeps more values live (a bigger tile, an extra accumulator, a hoisted load), or raise "
          "[tool.isacheck.thresholds] vgpr-growth.")
def vgpr_grew(ctx: CompareContext):
    before, after = ctx.base_analysis, ctx.head_analysis
    if before is None or after is None or before.resources.vgprs is None or after.resources.vgprs is None:
        return
    b, h = before.resources.vgprs, after.resources.vgprs
    growth = int(ctx.threshold("vgpr-growth", 16))
    if h - b > growth:
        yield ctx.finding(f"{ctx.job.kernel} VGPRs grew {b} -> {h} on {ctx.job.target} (more than {growth})",
                          facts={"vgprs_before": b, "vgprs_after": h, "growth": growth})


@rule("occupancy-dropped", name="Occupancy dropped", severity=Severity.WARNING, scope="compare",
      thresholds={"occupancy-drop": 0},
      summary="Fewer waves per SIMD fit at the head than at the base (beyond the configured drop, default 0).",
      why="Occupancy is how the GPU hides memory latency; a drop from register or LDS growth slows "
          "memory-bound kernels.",
      fix="Bring VGPR/LDS use back under the base's occupancy step (see the VGPR and LDS numbers), or accept "
          "it in the baseline with a reason.")
def occupancy_dropped(ctx: CompareContext):
    before, after = ctx.base_analysis, ctx.head_analysis
    if before is None or after is None:
        return
    b, h = before.resources.occupancy, after.resources.occupancy
    if b is None or h is None:
        return
    drop = int(ctx.threshold("occupancy-drop", 0))
    if b - h > drop:
        yield ctx.finding(f"{ctx.job.kernel} occupancy dropped {b} -> {h} waves/SIMD on {ctx.job.target}",
                          facts={"occupancy_before": b, "occupancy_after": h,
                                 "vgprs_before": before.resources.vgprs, "vgprs_after": after.resources.vgprs})


@rule("resource-disagreement", name="Resource figures disagree", severity=Severity.INFO, scope="kernel",
      summary="The metadata, the .amdhsa directives and the compiler's statistics comments give different "
              "values for the same resource.",
      why="isacheck reports the most authoritative value, but a disagreement means one of the sources is "
          "stale or the text was edited by hand.",
      fix="Regenerate the assembly from the compiler; report a bug if a fresh compile still disagrees.")
def resource_disagreement(ctx: KernelContext):
    if not ctx.ok:
        return
    for sentence in ctx.analysis.resources.disagreements:
        yield ctx.finding(sentence, facts={"disagreement": sentence})

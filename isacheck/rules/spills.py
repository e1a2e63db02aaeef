"""Spill rules: spills or scratch present (policy), new or grown since base, any scratch when
the project says "no scratch"."""

from __future__ import annotations

from isacheck.analysis.result import KernelAnalysis
from isacheck.findings import Severity
from isacheck.rules import rule
from isacheck.rules.context import CompareContext, KernelContext


def spill_numbers(a: KernelAnalysis) -> dict[str, int]:
    """The spill figures a reader compares: compiler counts, spill traffic, scratch bytes."""
    s = a.spills
    scratch = s.scratch_bytes if s.scratch_bytes is not None else a.resources.scratch_bytes
    return {"vgpr_spills": s.vgpr_spill_count or 0, "sgpr_spills": s.sgpr_spill_count or 0,
            "stores": s.stores, "reloads": s.reloads, "agpr_copies": s.agpr_copies, "scratch_bytes": scratch or 0}


def _spills(n: dict[str, int]) -> bool:
    """VGPR spills, scratch traffic, AGPR spill copies. SGPR spills alone do not count: LLVM puts
    them in VGPR lanes (v_writelane/v_readlane), a few VALU instructions and no memory traffic;
    when they do reach scratch, the scratch stores count."""
    return any(n[k] for k in ("vgpr_spills", "stores", "reloads", "agpr_copies"))


def _describe(n: dict[str, int]) -> str:
    parts = []
    if n["vgpr_spills"]:
        parts.append(f"{n['vgpr_spills']} VGPR")
    if n["sgpr_spills"]:
        parts.append(f"{n['sgpr_spills']} SGPR")
    if n["agpr_copies"]:
        parts.append(f"{n['agpr_copies']} AGPR copies")
    head = ", ".join(parts) + " spilled; " if parts else ""
    return f"{head}{n['stores']} scratch stores/{n['reloads']} reloads, {n['scratch_bytes']} scratch bytes"


def _first_spill(ctx: KernelContext, a: KernelAnalysis):
    sites = sorted(a.spills.sites, key=lambda s: (s.loc is None or s.loc.line <= 0,
                                                  s.loc.line if s.loc else 0, s.asm_line))
    return ctx.site_location(sites[0].loc, sites[0].asm_line) if sites else ctx.kernel_location()


@rule("spill", name="Registers spilled", severity=Severity.WARNING, scope="kernel",
      summary="The kernel spills VGPRs (to scratch memory or to AGPRs), or moves SGPR spills through scratch.",
      why="Spilled values go through scratch memory, which is orders of magnitude slower than registers; "
          "an attention kernel became 4x slower on Triton 3.7 by spilling 87 values instead of 5.",
      fix="Lower register pressure: smaller BLOCK sizes, fewer stages (num_stages), fewer live values across "
          "the loop, or more warps per tile.")
def spill(ctx: KernelContext):
    if not ctx.ok:
        return
    n = spill_numbers(ctx.analysis)
    if _spills(n):
        yield ctx.finding(f"{ctx.job.kernel} spills on {ctx.job.target}: {_describe(n)}", facts=n,
                          location=_first_spill(ctx, ctx.analysis))


@rule("scratch-any", name="Scratch memory used", severity=Severity.ERROR, scope="kernel", enabled=False,
      summary="The kernel uses scratch (private) memory at all: enabled where a project allows none.",
      why="Some projects treat any private segment as a bug (a 472-byte private segment came with a kernel "
          "that grew to 512 VGPRs).",
      fix="Remove the spills or the private arrays that need scratch; see the spill rule.",
      supersedes=("spill",))
def scratch_any(ctx: KernelContext):
    if not ctx.ok:
        return
    n = spill_numbers(ctx.analysis)
    if n["scratch_bytes"] or _spills(n):
        yield ctx.finding(f"{ctx.job.kernel} uses {n['scratch_bytes']} bytes of scratch on {ctx.job.target} "
                          "and this project allows none", facts=n, location=_first_spill(ctx, ctx.analysis))


@rule("spill-new", name="Spills new or grown since base", severity=Severity.ERROR, scope="compare",
      thresholds={"spill-growth": 0, "scratch-growth-bytes": 0},
      summary="The kernel spills where the base did not, spills more, or uses more scratch bytes than the base "
              "(beyond the configured growth thresholds).",
      why="A bigger tile or a compiler upgrade that starts spilling cuts throughput silently: a Triton "
          "3.4 -> 3.6 upgrade cost a fused-MoE kernel 45% on MI350 this way.",
      fix="Return to the base's register pressure (tile sizes, num_stages, live values across the loop), "
          "or accept it in the baseline with a reason.",
      # Spill traffic in the loop is what makes its cost estimate grow: the same cause.
      supersedes=("spill", "vgpr-budget", "vgpr-grew", "occupancy-dropped", "loop-cost-grew"))
def spill_new(ctx: CompareContext):
    before, after = ctx.base_analysis, ctx.head_analysis
    if after is None or before is None:
        return
    b, h = spill_numbers(before), spill_numbers(after)
    growth = int(ctx.threshold("spill-growth", 0))
    scratch_growth = int(ctx.threshold("scratch-growth-bytes", 0))
    traffic_b = b["stores"] + b["reloads"] + b["agpr_copies"] + b["vgpr_spills"]
    traffic_h = h["stores"] + h["reloads"] + h["agpr_copies"] + h["vgpr_spills"]
    grew = (_spills(h) and not _spills(b)) or traffic_h > traffic_b + growth \
        or h["scratch_bytes"] > b["scratch_bytes"] + scratch_growth
    if not grew:
        return
    verb = "now spills" if not _spills(b) else "spills more"
    facts = {f"{k}_before": v for k, v in b.items()} | {f"{k}_after": v for k, v in h.items()}
    facts |= {"vgprs_before": before.resources.vgprs, "vgprs_after": after.resources.vgprs,
              "occupancy_before": before.resources.occupancy, "occupancy_after": after.resources.occupancy}
    yield ctx.finding(f"{ctx.job.kernel} {verb} on {ctx.job.target}: {_describe(h)} "
                      f"(base: {_describe(b) if _spills(b) or b['scratch_bytes'] else 'none'})",
                      facts=facts, location=_first_spill(ctx.head, after))

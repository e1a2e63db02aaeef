"""FP8 rules: a missed hardware path, an OCP/FNUZ flavour mismatch, forced emulation, new emulation.

The facts come from the analysis (which formats are emulated, where) and the ISA database (which
formats the target executes natively); the sentences are the target notes the analysis already
worded (isacheck/analysis/target_notes.py), so that ``analyze`` and ``check`` say the same thing.
"""

from __future__ import annotations

import re

from isacheck.analysis.result import KernelAnalysis
from isacheck.findings import Severity
from isacheck.rules import rule
from isacheck.rules.context import CompareContext, KernelContext

_EMULATING = ("emulated", "mixed")


def native_formats(target: str | None) -> tuple[str, ...] | None:
    """The FP8 formats ``target`` executes natively, per the ISA database; None when unknown."""
    if not target:
        return None
    from isacheck import isa
    from isacheck.errors import UnknownTargetError
    try:
        return tuple(isa.target_info(isa.resolve_target(target)).native_fp8)
    except UnknownTargetError:
        return None


def emulated_formats(a: KernelAnalysis) -> tuple[str, ...]:
    if a.fp8 not in _EMULATING:
        return ()
    return tuple(sorted({s.fmt for s in a.emulation if not s.cheap and s.fmt != "unknown"}))


def classify(a: KernelAnalysis, target: str | None) -> dict[str, str]:
    """format -> "missed" (the target executes it), "mismatch" (the target executes the other
    flavour), "forced" (no FP8 hardware at all), for every format the kernel emulates."""
    native = native_formats(target)
    if native is None:
        return {}
    out = {}
    for fmt in emulated_formats(a):
        out[fmt] = "forced" if not native else "missed" if fmt in native else "mismatch"
    return out


def _note(a: KernelAnalysis, fmt: str) -> str | None:
    """The analysis's own target notes about ``fmt`` (its wording, not a second copy of it), joined:
    a format converted in two directions has a note for each (both name the target's instruction),
    and the human reports show the findings, so none may be dropped. ``fmt`` is matched as a whole
    word: "e4m3fn" is not the "e4m3fnuz" of an FNUZ target's note."""
    word = re.compile(rf"(?<![\w]){re.escape(fmt)}(?![\w])")
    mine = [note for note in a.target_notes if word.search(note)]
    if mine:
        return " ".join(mine)
    return a.target_notes[0] if len(a.target_notes) == 1 else None


def _first_site(ctx: KernelContext, a: KernelAnalysis, fmts):
    sites = [s for s in a.emulation if not s.cheap and s.fmt in fmts]
    sites.sort(key=lambda s: (s.loc is None, s.loc.line if s.loc else 0, s.asm_line))
    return (ctx.site_location(sites[0].loc, sites[0].asm_line), len(sites)) if sites else (ctx.kernel_location(), 0)


def _emulation_facts(a: KernelAnalysis, fmts, native) -> dict:
    return {"formats": list(fmts), "native_formats": list(native or ()),
            "directions": sorted({s.direction for s in a.emulation if not s.cheap and s.fmt in fmts}),
            "emulation_instructions": a.emulation_instructions,
            "share_of_valu": round(a.emulation_share, 4)}


def _kind_rule(ctx: KernelContext, kind: str):
    a = ctx.analysis
    if not ctx.ok:
        return
    kinds = classify(a, ctx.job.target)
    fmts = sorted(f for f, k in kinds.items() if k == kind)
    if not fmts:
        return
    native = native_formats(ctx.job.target)
    loc, n = _first_site(ctx, a, fmts)
    notes = [_note(a, f) for f in fmts]
    text = "; ".join(dict.fromkeys(n_ for n_ in notes if n_)) or None
    yield ctx.finding(text or f"FP8 ({', '.join(fmts)}) is emulated in software on {ctx.job.target}",
                      facts={**_emulation_facts(a, fmts, native), "sites": n}, location=loc)


@rule("fp8-missed-hardware-path", name="FP8 emulated on a target that executes it", severity=Severity.ERROR,
      scope="kernel",
      summary="The kernel converts an FP8 format in software on a target whose hardware executes that format.",
      why="Each FP8 value becomes a ladder of compares and selects instead of one conversion instruction: "
          "VALU time, registers and often spills, for nothing the hardware could not do.",
      fix="Use the FP8 type the target executes (Triton fp8e4nv/fp8e5 on gfx950 and gfx12, fp8e4b8/fp8e5b16 "
          "on gfx942), convert to fp32 rather than fp16 where only fp8->fp32 conversions exist, or feed the "
          "FP8 matrix instructions directly.")
def missed_hardware_path(ctx: KernelContext):
    yield from _kind_rule(ctx, "missed")


@rule("fp8-flavour-mismatch", name="OCP FP8 on an FNUZ target, or the reverse", severity=Severity.ERROR,
      scope="kernel",
      summary="The kernel emulates an FP8 flavour (OCP e4m3fn/e5m2 or FNUZ e4m3fnuz/e5m2fnuz) that the "
              "target does not execute, while it executes the other flavour natively.",
      why="The same data in the target's own flavour would run on the hardware; the mismatch silently "
          "turns every conversion into software.",
      fix="Use the target's flavour: fp8e4b8/fp8e5b16 (torch.float8_e4m3fnuz/e5m2fnuz) on gfx942, "
          "fp8e4nv/fp8e5 (torch.float8_e4m3fn/e5m2) on gfx950 and gfx12.")
def flavour_mismatch(ctx: KernelContext):
    yield from _kind_rule(ctx, "mismatch")


@rule("fp8-emulation-forced", name="FP8 emulated: the target has no FP8 hardware", severity=Severity.INFO,
      scope="kernel",
      summary="The kernel converts FP8 in software on a target that has no FP8 instructions at all.",
      why="The emulation cannot be avoided on this target, but it costs VALU time and registers in every "
          "tile (the fused-MoE kernel ran at about 1 token/s on gfx1151 this way).",
      fix="Keep FP8 in memory and upcast once per tile, or take an fp16/bf16 or int8 path on this target.")
def emulation_forced(ctx: KernelContext):
    yield from _kind_rule(ctx, "forced")


@rule("fp8-emulation-new", name="FP8 emulation the base did not have", severity=Severity.ERROR, scope="compare",
      summary="The kernel converts FP8 in software at the head revision where the base revision did not "
              "(or emulates a format it did not emulate before).",
      why="A new dtype path that starts emulating FP8 is the regression that made vLLM's fused-MoE kernel "
          "crawl: nothing fails, the kernel is just many times slower.",
      fix="Use an FP8 format the target executes natively (see the finding's note), or keep the base's "
          "data type on this target.",
      # The ladders are what grew the registers and cut occupancy: one root cause, one finding
      # (its facts carry the VGPRs and occupancy before and after).
      # The ladders sit in the loop too: the hot-loop cost that grew with them is the same cause.
      supersedes=("fp8-missed-hardware-path", "fp8-flavour-mismatch", "fp8-emulation-forced", "vgpr-grew",
                  "occupancy-dropped", "vgpr-budget", "loop-cost-grew"))
def emulation_new(ctx: CompareContext):
    before, after = ctx.base_analysis, ctx.head_analysis
    if after is None or ctx.base is None or not ctx.base.ok:
        return      # a job new at head is judged by the kernel rules; a failed base compares nothing
    new = sorted(set(emulated_formats(after)) - set(emulated_formats(before)))
    if not new:
        return
    native = native_formats(ctx.job.target)
    loc, n = _first_site(ctx.head, after, new)
    note = "; ".join(dict.fromkeys(x for x in (_note(after, f) for f in new) if x))
    message = (f"FP8 {', '.join(new)} is now emulated in software on {ctx.job.target} "
               f"(base: fp8 {before.fp8}, head: fp8 {after.fp8})" + (f": {note}" if note else ""))
    yield ctx.finding(message, facts={**_emulation_facts(after, new, native), "sites": n,
                                      "before": before.fp8, "after": after.fp8,
                                      "kinds": [classify(after, ctx.job.target).get(f, "unknown") for f in new],
                                      "vgprs_before": before.resources.vgprs, "vgprs_after": after.resources.vgprs,
                                      "occupancy_before": before.resources.occupancy,
                                      "occupancy_after": after.resources.occupancy},
                      location=loc)


@rule("fp8-cheap-conversion", name="e5m2 converted by a byte shift", severity=Severity.INFO, scope="kernel",
      summary="The kernel converts e5m2 to fp16 (or on to fp32) by moving each byte into the high byte of an "
              "fp16: no ladder, cheap, but no FP8 hardware either; the finding says whether the target could "
              "do it in hardware.",
      why="The shift costs little, yet on a target that executes e5m2 (or its FNUZ twin) natively the "
          "conversion instruction is the better path, and the same kernel may take the expensive ladder "
          "for e4m3 data.",
      fix="Nothing is needed on a target without FP8 hardware; elsewhere use the target's FP8 type "
          "(the finding names its instruction or Triton type).")
def cheap_conversion(ctx: KernelContext):
    a = ctx.analysis
    if not ctx.ok or a.fp8 != "cheap" or native_formats(ctx.job.target) is None or not a.target_notes:
        return
    # For a cheap kernel on a known target the analysis words exactly one note: this one.
    yield ctx.finding(a.target_notes[0],
                      facts={"cheap_sites": sum(1 for s in a.emulation if s.cheap),
                             "native_formats": list(native_formats(ctx.job.target) or ())},
                      location=_first_cheap_site(ctx, a))


def _first_cheap_site(ctx: KernelContext, a: KernelAnalysis):
    sites = sorted((s for s in a.emulation if s.cheap), key=lambda s: (s.loc is None, s.loc.line if s.loc else 0,
                                                                        s.asm_line))
    return ctx.site_location(sites[0].loc, sites[0].asm_line) if sites else ctx.kernel_location()


@rule("target-unknown", name="Target not in the ISA database", severity=Severity.INFO, scope="kernel",
      summary="The kernel was compiled or analysed for a target the ISA database does not describe, so "
              "there is no hardware verdict (which FP8 formats it executes) for it.",
      why="Without the target's facts isacheck can still find FP8 emulation, but cannot tell a missed "
          "hardware path from a forced one.",
      fix="Update the database (isacheck db update), or check the target's name (isacheck targets).")
def target_unknown(ctx: KernelContext):
    if not ctx.ok or not ctx.job.target or native_formats(ctx.job.target) is not None or not ctx.analysis.target_notes:
        return
    # For an unknown target the analysis words exactly one note: that it is unknown.
    yield ctx.finding(ctx.analysis.target_notes[0], facts={"target": ctx.job.target})

"""Compile rules: a job that fails to compile (or that Triton refuses), one that compiled at base
and fails now, and the ISA database's word on an FP8 type a Triton refused."""

from __future__ import annotations

from isacheck.findings import Severity
from isacheck.rules import rule
from isacheck.rules.context import CompareContext, KernelContext

# A failed compile's status is "failed"; a Triton that refuses an FP8 type for a target ("fp8e4nv
# is not compiled for gfx1151", Triton 3.3/3.4) is "refused": it does not compile either.
_NOT_COMPILED = ("failed", "refused")


@rule("compile-failed", name="Compile failed", severity=Severity.ERROR, scope="kernel",
      summary="Triton could not compile this kernel, variant and target.",
      why="A kernel that does not compile for a target is not shipped for it: users hit the error at launch.",
      fix="Read the compiler's message in the finding; fix the kernel, or drop the target or variant from the "
          "configuration if it is not meant to run there.")
def compile_failed(ctx: KernelContext):
    if ctx.status in _NOT_COMPILED:
        yield ctx.finding(f"{ctx.job} does not compile: {ctx.error or 'unknown error'}",
                          facts={"error": ctx.error or ""})


@rule("compile-regressed", name="Compiled at base, fails now", severity=Severity.ERROR, scope="compare",
      summary="The kernel, variant and target compiled at the base revision and fail to compile at the head.",
      why="A change (or a Triton upgrade) broke a target that worked: the regression a pre-merge gate exists "
          "to stop.",
      fix="Read the compiler's message; fix the change, or take the target out of the configuration on purpose.",
      supersedes=("compile-failed",))
def compile_regressed(ctx: CompareContext):
    if ctx.base is not None and ctx.base.ok and ctx.head is not None \
            and ctx.head.status in _NOT_COMPILED:
        yield ctx.finding(f"{ctx.job} compiled at base and fails now: {ctx.head.error or 'unknown error'}",
                          facts={"error": ctx.head.error or ""})


@rule("fp8-refused-by-triton", name="Triton refused the FP8 type on this target", severity=Severity.INFO,
      scope="kernel",
      summary="The Triton release refused to compile the kernel's FP8 type for this target; the finding gives "
              "the ISA database's word on it: whether the hardware executes that format or a later Triton "
              "would emulate it in software.",
      why="A refusal is the release's choice, not always the hardware's (Triton 3.3/3.4 refuse fp8e4nv on gfx11, "
          "which 3.5 and later emulate): the two call for different fixes.",
      fix="Where the hardware executes the format, use a Triton that compiles it; where it does not, take an "
          "fp16/bf16 or int8 path on this target rather than a newer Triton's software emulation.")
def fp8_refused(ctx: KernelContext):
    if ctx.status != "refused":
        return
    from isacheck.analysis.target_notes import refusal_notes
    from isacheck.frontend.triton_api import refusal
    fmt = refusal(ctx.error or "") or "FP8"
    for note in refusal_notes(ctx.job.target or "", fmt):
        yield ctx.finding(note, facts={"triton_type": fmt, "error": ctx.error or ""})

"""Compile rules: a job that fails to compile, and one that compiled at base and fails now."""

from __future__ import annotations

from isacheck.findings import Severity
from isacheck.rules import rule
from isacheck.rules.context import CompareContext, KernelContext


@rule("compile-failed", name="Compile failed", severity=Severity.ERROR, scope="kernel",
      summary="Triton could not compile this kernel, variant and target.",
      why="A kernel that does not compile for a target is not shipped for it: users hit the error at launch.",
      fix="Read the compiler's message in the finding; fix the kernel, or drop the target or variant from the "
          "configuration if it is not meant to run there.")
def compile_failed(ctx: KernelContext):
    if ctx.status == "failed":
        yield ctx.finding(f"{ctx.job} does not compile: {ctx.error or 'unknown error'}",
                          facts={"error": ctx.error or ""})


@rule("compile-regressed", name="Compiled at base, fails now", severity=Severity.ERROR, scope="compare",
      summary="The kernel, variant and target compiled at the base revision and fail to compile at the head.",
      why="A change (or a Triton upgrade) broke a target that worked: the regression a pre-merge gate exists "
          "to stop.",
      fix="Read the compiler's message; fix the change, or take the target out of the configuration on purpose.",
      supersedes=("compile-failed",))
def compile_regressed(ctx: CompareContext):
    if ctx.base is not None and ctx.base.ok and ctx.head is not None and ctx.head.status == "failed":
        yield ctx.finding(f"{ctx.job} compiled at base and fails now: {ctx.head.error or 'unknown error'}",
                          facts={"error": ctx.head.error or ""})

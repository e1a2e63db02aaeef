"""Analyses of a parsed module: FP8 emulation, hardware FP8 use, spills, resources.

    from isacheck.analysis import analyze_module, analyze_text
    result = analyze_text(text, "kernel.amdgcn", target="gfx1151")   # -> ModuleAnalysis
"""

from __future__ import annotations

from isacheck.analysis.result import (  # noqa: F401
    EmulationSite, InstructionCount, KernelAnalysis, LineCost, MatrixUse, ModuleAnalysis,
    Resources, SCHEMA_VERSION, SpillSite, Spills,
)


def analyze_module(module, target: str | None = None):
    from isacheck.analysis.kernel import analyze_module as _analyze
    return _analyze(module, target=target)


def analyze_text(text: str, path: str = "<input>", target: str | None = None):
    from isacheck.asm import parse_text
    module = parse_text(text, path, target=target)
    return analyze_module(module, target=target)

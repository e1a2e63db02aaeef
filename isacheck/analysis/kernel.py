"""Run every analysis on every kernel of a module and put the conclusions together."""

from __future__ import annotations

from collections import defaultdict

from isacheck.analysis.cost import estimate_kernel
from isacheck.analysis.fp8_emulation import find_emulation
from isacheck.analysis.fp8_hardware import hardware_fp8, is_fp8_matrix, matrix_uses, mnemonic_counts
from isacheck.analysis.resources import resources
from isacheck.analysis.result import EmulationSite, KernelAnalysis, LineCost, ModuleAnalysis, Spills
from isacheck.analysis.spills import find_spills
from isacheck.analysis.target_notes import target_notes
from isacheck.asm.model import Kernel, Module


def _valu_count(counts) -> int:
    return sum(n for mnemonic, n in counts.items() if mnemonic.startswith("v_"))


def _hot_lines(sites: tuple[EmulationSite, ...], spills: Spills) -> tuple[LineCost, ...]:
    emu: dict[tuple[str, int], int] = defaultdict(int)
    spill: dict[tuple[str, int], int] = defaultdict(int)
    count: dict[tuple[str, int], int] = defaultdict(int)
    first_loc = {}
    unknown = ("", 0)
    for s in sites:
        if s.cheap:
            continue
        key = (s.loc.file, s.loc.line) if s.loc and s.loc.line > 0 else unknown
        emu[key] += s.instructions
        count[key] += 1
        first_loc.setdefault(key, s.loc if key != unknown else None)
    for s in spills.sites:
        key = (s.loc.file, s.loc.line) if s.loc and s.loc.line > 0 else unknown
        spill[key] += 1
        first_loc.setdefault(key, s.loc if key != unknown else None)
    rows = [LineCost(loc=first_loc[k], emulation_instructions=emu.get(k, 0), spill_instructions=spill.get(k, 0),
                     sites=count.get(k, 0)) for k in first_loc]
    rows.sort(key=lambda r: (-(r.emulation_instructions + r.spill_instructions),
                             r.loc.file if r.loc else "~", r.loc.line if r.loc else 0))
    return tuple(rows)


def _verdict(sites: tuple[EmulationSite, ...], hw: bool) -> str:
    emulated = any(not s.cheap for s in sites)
    if hw and emulated:
        return "mixed"
    if hw:
        return "hardware"
    if emulated:
        return "emulated"
    if sites:
        return "cheap"
    return "none"


def analyze_kernel(kernel: Kernel, target: str | None = None) -> KernelAnalysis:
    counts = mnemonic_counts(kernel)
    hw = hardware_fp8(counts)
    matrix = matrix_uses(counts, emulated=False)
    uses_fp8 = bool(hw) or any(is_fp8_matrix(m) for m in matrix)
    sites = find_emulation(kernel, hardware_fp8=uses_fp8)
    emulated = any(not s.cheap for s in sites)
    if emulated:
        matrix = matrix_uses(counts, emulated=True)
    spills = find_spills(kernel)
    res = resources(kernel, target)
    fp8 = _verdict(sites, uses_fp8)
    analysis = KernelAnalysis(
        name=kernel.name, target=target, fp8=fp8, emulation=sites,
        emulation_instructions=sum(s.instructions for s in sites if not s.cheap),
        valu_instructions=_valu_count(counts), total_instructions=len(kernel.instructions),
        hardware_fp8=hw, matrix=matrix, spills=spills, resources=res, hot_lines=_hot_lines(sites, spills),
        estimate=estimate_kernel(kernel, target, res.wave_size, sites, [s.asm_line for s in spills.sites]),
    )
    notes = target_notes(analysis, target) if target else ()
    if notes:
        from dataclasses import replace
        analysis = replace(analysis, target_notes=notes)
    return analysis


def analyze_module(module: Module, target: str | None = None) -> ModuleAnalysis:
    """``target``: the caller's (``--target``), which wins; otherwise each kernel is analysed for
    its own dump's target (a file may concatenate dumps for two targets), else the module's."""
    kernels = tuple(analyze_kernel(k, target or k.target or module.target) for k in module.kernels)
    seen = {k.target for k in kernels}
    whole = target or (seen.pop() if len(seen) == 1 else None if len(seen) > 1 else module.target)
    return ModuleAnalysis(path=module.path, target=whole, kernels=kernels, warnings=module.warnings)

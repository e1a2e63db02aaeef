"""The JSON form of an analysis: documented, versioned, deterministic (see docs in README.md).

Schema ``isacheck.analyze`` version 2 (2 added ``estimate``)::

    {"schema": "isacheck.analyze", "schema_version": 2, "path": "kernel.amdgcn", "target": "gfx1151",
     "kernels": [{"name", "target", "fp8": "hardware|emulated|mixed|cheap|none",
                  "verdict": "<the text verdict line>",
                  "emulation": {"formats": [...], "directions": [...], "sites": N, "cheap_sites": N,
                                "instructions": N, "valu_instructions": N, "share_of_valu": 0.41,
                                "site_list": [{"format", "src", "dst", "idiom", "cheap", "source",
                                               "asm_line", "instructions"}]},
                  "hardware_fp8": [{"mnemonic", "count"}],
                  "matrix": [{"mnemonic", "count", "unit", "input_type", "fed_by_emulation"}],
                  "spills": {"vgpr_spill_count", "sgpr_spill_count", "scratch_bytes", "stores",
                             "reloads", "agpr_copies", "sites": [{"kind", "mnemonic", "source", "asm_line", "bytes"}]},
                  "resources": {"vgprs", "agprs", "sgprs", "lds_bytes", "scratch_bytes", "wave_size",
                                "occupancy", "occupancy_source", "code_bytes", "vgprs_seen", "disagreements"},
                  "hot_lines": [{"source", "emulation_instructions", "spill_instructions", "sites"}],
                  "target_notes": [...],
                  "findings": [{"rule", "severity": "info|warning|error", "message", "fingerprint", "kernel",
                                "variant", "target", "location": {"path", "line", "column", "kind"} | null,
                                "facts": {...}}],      # rule ids: docs/rules.md
                  "estimate": null | {"model": "static issue-cycle estimate: ...", "family": "rdna3.5",
                      "wave_size": 32, "loops": N, "hot_loop": null | {
                          "header", "header_asm_line", "depth", "llvm_header_depth", "k_loop": true,
                          "back_edges": [{"asm_line", "kind": "branch|long-branch|fallthrough"}],
                          "source_lines": ["fused_moe.py:119", ...],
                          "mix": {unit: instructions per iteration}, "cycles": {unit: issue cycles per iteration},
                          "loop_cycles", "bound": "valu|matrix|salu|smem|lds|vmem|scratch|branch",
                          "matrix_kind": "WMMA|MFMA|...|null", "matrix_cycles", "macs",
                          "cycles_per_kmac", "overhead", "emulation_cycles", "emulation_share",
                          "unknown_matrix": [...]},
                      "llvm_mca": null | {"tool": "llvm-mca 20.1.8", "cycles_per_iteration", "error"}}}],
     "warnings": ["about the file as a whole, e.g. it stops before its .amdgpu_metadata block"]}

``source`` is ``file:line:col`` of the Python source (file name only, never a directory) or null.
``site_list`` has one entry per FP8 value converted in software (per lane: a GEMM operand line that
converts 512 values per lane has 512 sites), on the line whose instructions compute it; ``sites`` and
``cheap_sites`` count them. ``src``/``dst`` is the conversion the source asked for, on every target: an
e4m3fn -> fp32 ``.to(tl.float32)`` lowered as a ladder to fp16 and a widening ``v_cvt_f32_f16`` is
``fp8 -> fp32`` (never ``fp8 -> fp16`` nor both); a GEMM operand converted for fp16 WMMA/MFMA is
``fp8 -> fp16``. One (format, line) has one direction. ``directions`` lists them, ``"fp8 -> fp32"``.
``estimate`` is the hot loop's static cost (:mod:`isacheck.analysis.cost`), null when the target has no
rate table: per iteration and per wave, ``mix`` counts instructions by unit (``wait`` is counted, never
costed), ``cycles`` are issue cycles per costed unit, ``loop_cycles`` the busiest unit (VALU and matrix
summed on RDNA, where WMMA cannot overlap VALU), ``overhead`` = loop_cycles / matrix_cycles (null without
matrix instructions), ``emulation_share`` the share of VALU cycles in FP8 emulation, ``cycles_per_kmac``
loop cycles per 1024 multiply-accumulates. ``back_edges`` kinds: ``long-branch`` is an
``s_getpc_b64``/``s_add_u32``/``s_setpc_b64`` jump. ``llvm_mca`` is llvm-mca's figure for the same loop, null
unless a usable llvm-mca (LLVM 20+, or $ISACHECK_LLVM_MCA) is at hand; ``error`` says why it gave none.
Keys are sorted; no timestamps; paths are relative.
"""

from __future__ import annotations

import json
import os
from typing import Any, TextIO

from isacheck.rules.apply import finding_to_dict, kernel_findings
from isacheck.analysis.result import SCHEMA_VERSION, KernelAnalysis, ModuleAnalysis
from isacheck.report.verdict import verdict_line


def display_path(path: str) -> str:
    """A path fit for machine output: relative to the working directory when inside it, else the name."""
    if path.startswith("<") or not os.path.isabs(path):
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return os.path.basename(path)
    return rel if not rel.startswith("..") else os.path.basename(path)


def _loc(loc) -> str | None:
    return str(loc) if loc is not None and loc.line > 0 else None


def kernel_to_dict(k: KernelAnalysis) -> dict[str, Any]:
    return {
        "name": k.name,
        "target": k.target,
        "fp8": k.fp8,
        "verdict": verdict_line(k),
        "emulation": {
            "formats": list(k.formats),
            "directions": list(k.directions),
            "sites": sum(1 for s in k.emulation if not s.cheap),
            "cheap_sites": sum(1 for s in k.emulation if s.cheap),
            "instructions": k.emulation_instructions,
            "valu_instructions": k.valu_instructions,
            "share_of_valu": round(k.emulation_share, 4),
            "site_list": [
                {"format": s.fmt, "src": s.src, "dst": s.dst, "idiom": s.idiom, "cheap": s.cheap,
                 "source": _loc(s.loc), "asm_line": s.asm_line, "instructions": s.instructions}
                for s in k.emulation
            ],
        },
        "hardware_fp8": [{"mnemonic": c.mnemonic, "count": c.count} for c in k.hardware_fp8],
        "matrix": [{"mnemonic": m.mnemonic, "count": m.count, "unit": m.unit, "input_type": m.input_type,
                    "fed_by_emulation": m.fed_by_emulation} for m in k.matrix],
        "spills": {
            "vgpr_spill_count": k.spills.vgpr_spill_count,
            "sgpr_spill_count": k.spills.sgpr_spill_count,
            "scratch_bytes": k.spills.scratch_bytes,
            "stores": k.spills.stores,
            "reloads": k.spills.reloads,
            "agpr_copies": k.spills.agpr_copies,
            "sites": [{"kind": s.kind, "mnemonic": s.mnemonic, "source": _loc(s.loc), "asm_line": s.asm_line,
                       "bytes": s.bytes} for s in k.spills.sites],
        },
        "resources": {
            "vgprs": k.resources.vgprs, "agprs": k.resources.agprs, "sgprs": k.resources.sgprs,
            "lds_bytes": k.resources.lds_bytes, "scratch_bytes": k.resources.scratch_bytes,
            "wave_size": k.resources.wave_size, "occupancy": k.resources.occupancy,
            "occupancy_source": k.resources.occupancy_source, "code_bytes": k.resources.code_bytes,
            "vgprs_seen": k.resources.vgprs_seen, "disagreements": list(k.resources.disagreements),
        },
        "hot_lines": [{"source": _loc(r.loc), "emulation_instructions": r.emulation_instructions,
                       "spill_instructions": r.spill_instructions, "sites": r.sites} for r in k.hot_lines],
        "target_notes": list(k.target_notes),
        # The same findings, with the same rule ids, as `isacheck check` (default severities).
        "findings": [finding_to_dict(f) for f in kernel_findings(k)],
        "estimate": estimate_to_dict(k.estimate),
    }


def estimate_to_dict(e) -> dict[str, Any] | None:
    if e is None:
        return None
    from isacheck.analysis.cost import COSTED, UNITS

    h = e.hot
    hot = None if h is None else {
        "header": h.header, "header_asm_line": h.header_line, "depth": h.depth,
        "llvm_header_depth": h.llvm_header_depth, "k_loop": h.is_k_loop,
        "back_edges": [{"asm_line": b.asm_line, "kind": b.kind} for b in h.back_edges],
        "source_lines": list(h.source_lines),
        "mix": dict(zip(UNITS, h.mix)), "cycles": dict(zip(COSTED, h.cycles)),
        "loop_cycles": h.loop_cycles, "bound": h.bound, "matrix_kind": h.matrix_kind,
        "matrix_cycles": h.matrix_cycles, "macs": h.macs,
        "cycles_per_kmac": None if h.cycles_per_kmac is None else round(h.cycles_per_kmac, 2),
        "overhead": None if h.overhead is None else round(h.overhead, 2),
        "emulation_cycles": h.emulation_cycles, "emulation_share": round(h.emulation_share, 4),
        "unknown_matrix": list(h.unknown_matrix),
    }
    mca = None if e.mca is None else {"tool": e.mca.tool, "cycles_per_iteration": e.mca.cycles_per_iteration,
                                      "error": e.mca.error}
    return {"model": e.note, "family": e.family, "wave_size": e.wave_size, "loops": e.loops, "hot_loop": hot,
            "llvm_mca": mca}


def to_dict(analysis: ModuleAnalysis) -> dict[str, Any]:
    return {
        "schema": "isacheck.analyze",
        "schema_version": SCHEMA_VERSION,
        "path": display_path(analysis.path),
        "target": analysis.target,
        "kernels": [kernel_to_dict(k) for k in sorted(analysis.kernels, key=lambda k: k.name)],
        "warnings": list(analysis.warnings),
    }


def dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(analysis: ModuleAnalysis, stream: TextIO) -> None:
    stream.write(dumps(to_dict(analysis)))

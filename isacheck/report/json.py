"""The JSON form of an analysis: documented, versioned, deterministic (see docs in README.md).

Schema ``isacheck.analyze`` version 1::

    {"schema": "isacheck.analyze", "schema_version": 1, "path": "kernel.amdgcn", "target": "gfx1151",
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
                  "target_notes": [...]}],
     "warnings": ["about the file as a whole, e.g. it stops before its .amdgpu_metadata block"]}

``source`` is ``file:line:col`` of the Python source (file name only, never a directory) or null.
Keys are sorted; no timestamps; paths are relative.
"""

from __future__ import annotations

import json
import os
from typing import Any, TextIO

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
    }


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

"""Build ``isa_db/rates.json``: the issue costs of the static loop estimate, each with its source.

    python -m isacheck.isa.rates_build --calculator PATH/matrix_calculator.py [--out isa_db/rates.json]

``--calculator`` is ``matrix_calculator.py`` of AMD's Matrix Instruction Calculator
(github.com/ROCm/amd_matrix_instruction_calculator). Its instruction table (``dict_insts``) is a
Python literal: it is read with ``ast.literal_eval``, never executed, and its sha256 is recorded.
The facts no machine-readable source gives (gfx950 pass counts from LLVM's llvm-mca test, issue
and VALU rates from AMD's white papers and LLVM's scheduling model) are written below as data,
each beside the source it was read from. The output is deterministic (sorted keys, no timestamps,
no local paths) and replaced atomically.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from isacheck.atomic import atomic_write

CALCULATOR_REVISION = "2ef91896bcdc4d26624f952e5c905c787cd9bc9e (2025-05-20)"
LLVM_MCA_GFX950_REVISION = "aa8c6cf2a5491c28679e6a8ab2c338ab62751b55"
LLVM_SISCHEDULE_REVISION = "03a5b92df2dd58ec447a46f18d1640e43f91d04a"

# gfx950 (CDNA4) MFMA passes, as llvm-mca reports LLVM's gfx950 scheduling model (the HWXDL column
# of llvm/test/tools/llvm-mca/AMDGPU/gfx950.s): mnemonic -> (M, N, K, blocks, passes).
GFX950_PASSES = {
    "v_mfma_f32_16x16x32_f16": (16, 16, 32, 1, 4), "v_mfma_f32_32x32x16_f16": (32, 32, 16, 1, 8),
    "v_mfma_f32_16x16x32_bf16": (16, 16, 32, 1, 4), "v_mfma_f32_32x32x16_bf16": (32, 32, 16, 1, 8),
    "v_mfma_i32_16x16x64_i8": (16, 16, 64, 1, 4), "v_mfma_i32_32x32x32_i8": (32, 32, 32, 1, 8),
    "v_mfma_f32_16x16x16_f16": (16, 16, 16, 1, 4), "v_mfma_f32_32x32x8_f16": (32, 32, 8, 1, 8),
    "v_mfma_f32_16x16x16_bf16": (16, 16, 16, 1, 4), "v_mfma_f32_32x32x8_bf16": (32, 32, 8, 1, 8),
    "v_mfma_i32_16x16x32_i8": (16, 16, 32, 1, 4), "v_mfma_i32_32x32x16_i8": (32, 32, 16, 1, 8),
    "v_mfma_f32_16x16x4_f32": (16, 16, 4, 1, 8), "v_mfma_f32_32x32x2_f32": (32, 32, 2, 1, 16),
    "v_mfma_f32_16x16x32_fp8_fp8": (16, 16, 32, 1, 4), "v_mfma_f32_16x16x32_fp8_bf8": (16, 16, 32, 1, 4),
    "v_mfma_f32_16x16x32_bf8_fp8": (16, 16, 32, 1, 4), "v_mfma_f32_16x16x32_bf8_bf8": (16, 16, 32, 1, 4),
    "v_mfma_f32_32x32x16_fp8_fp8": (32, 32, 16, 1, 8), "v_mfma_f32_32x32x16_fp8_bf8": (32, 32, 16, 1, 8),
    "v_mfma_f32_32x32x16_bf8_fp8": (32, 32, 16, 1, 8), "v_mfma_f32_32x32x16_bf8_bf8": (32, 32, 16, 1, 8),
    "v_smfmac_f32_16x16x64_f16": (16, 16, 64, 1, 4), "v_smfmac_f32_32x32x32_f16": (32, 32, 32, 1, 8),
    "v_smfmac_f32_16x16x64_bf16": (16, 16, 64, 1, 4), "v_smfmac_f32_32x32x32_bf16": (32, 32, 32, 1, 8),
    "v_smfmac_i32_16x16x128_i8": (16, 16, 128, 1, 4), "v_smfmac_i32_32x32x64_i8": (32, 32, 64, 1, 8),
}
# f8f6f4 MFMAs: LLVM gives these passes whatever the formats (its test says FP8 should differ);
# AMD's MI355X peaks put FP8 at half the FP6/FP4 rate, so FP8 operands take twice as many.
GFX950_F8F6F4_PASSES = {
    "v_mfma_f32_16x16x128_f8f6f4": (16, 16, 128, 4), "v_mfma_f32_32x32x64_f8f6f4": (32, 32, 64, 8),
    "v_mfma_scale_f32_16x16x128_f8f6f4": (16, 16, 128, 4), "v_mfma_scale_f32_32x32x64_f8f6f4": (32, 32, 64, 8),
}
CYCLES_PER_PASS = 4   # SISchedule.td: "The latency values are 1 / (operations / cycle) / 4"

SOURCES: dict[str, dict[str, str]] = {
    "amd-matrix-calculator": {
        "title": "AMD Matrix Instruction Calculator (ROCm/amd_matrix_instruction_calculator), matrix_calculator.py",
        "url": "https://github.com/ROCm/amd_matrix_instruction_calculator",
        "revision": CALCULATOR_REVISION,
        "what": "dict_insts[arch][mnemonic]: 'cycles' (execution cycles per wave), m/n/k/blocks, and 'coexec' "
                "(False for every RDNA3/RDNA4 WMMA: it cannot co-execute with VALU; True for CDNA3 MFMA)"},
    "llvm-mca-gfx950": {
        "title": "LLVM llvm/test/tools/llvm-mca/AMDGPU/gfx950.s (LLVM's gfx950 scheduling model as llvm-mca reports it)",
        "url": "https://github.com/llvm/llvm-project/blob/main/llvm/test/tools/llvm-mca/AMDGPU/gfx950.s",
        "revision": LLVM_MCA_GFX950_REVISION,
        "what": "HWXDL resource pressure per MFMA in passes; one pass = 4 cycles (SISchedule.td: latency values "
                "are 1 / (operations / cycle) / 4), so cycles = passes x 4"},
    "mi355x-peaks": {
        "title": "AMD Instinct MI355X product data sheet, peak dense matrix throughput",
        "url": "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html",
        "what": "FP16 2.5 PFLOPS, FP8 5 PFLOPS, FP6/FP4 10 PFLOPS dense: FP8 runs at half the FP6/FP4 rate, so "
                "f8f6f4 MFMAs with FP8 operands take twice the passes LLVM lists (LLVM's test carries a FIXME "
                "saying the FP8 count should differ)"},
    "llvm-sischedule": {
        "title": "LLVM llvm/lib/Target/AMDGPU/SISchedule.td",
        "url": "https://github.com/llvm/llvm-project/blob/main/llvm/lib/Target/AMDGPU/SISchedule.td",
        "revision": LLVM_SISCHEDULE_REVISION,
        "what": "WriteTrans32 'F16 or F32 transcendental instructions (these are quarter rate)'; Write64Bit "
                "'Half rate 64-bit instructions'; WriteIntMul and WriteDouble at 4 (quarter rate) in the full-speed "
                "models; f64 full rate in SIDPFullSpeedModel (gfx90a) and SIDPGFX940FullSpeedModel (gfx940+)"},
    "gcn-whitepaper": {
        "title": "AMD Graphics Cores Next (GCN) Architecture white paper (2012)",
        "url": "https://www.amd.com/Documents/GCN_Architecture_whitepaper.pdf",
        "what": "'A wavefront is issued to a SIMD in a single cycle, but takes 4 cycles to execute operations for "
                "all 64 work items' (16-lane SIMD); each SIMD is considered for issue once every 4 cycles. CDNA "
                "(gfx9) keeps the SIMD16 / wave64 organisation (AMD CDNA3 ISA reference guide, ch. 1)"},
    "rdna-whitepaper": {
        "title": "AMD RDNA Architecture white paper (2019)",
        "url": "https://www.amd.com/system/files/documents/rdna-whitepaper.pdf",
        "what": "SIMD32 executes a wave32 instruction in one cycle and issues every cycle; 'to handle wave64 "
                "instructions, the wave controller issues and executes two wave32 instructions'"},
    "rdna3-isa": {
        "title": "AMD RDNA3 Instruction Set Architecture reference guide (and RDNA3.5, RDNA4 guides), VOPD",
        "url": "https://www.amd.com/content/dam/amd/en/documents/radeon-tech-docs/instruction-set-architectures/"
               "rdna3-shader-instruction-set-architecture-feb-2023_0.pdf",
        "what": "VOPD: two VALU operations encoded in one instruction, issued together (wave32 only)"},
    "rdna35-same-wmma": {
        "title": "AMD RDNA3.5 ISA reference guide: the WMMA instructions and encodings of RDNA3",
        "url": "https://www.amd.com/content/dam/amd/en/documents/radeon-tech-docs/instruction-set-architectures/"
               "rdna35_instruction_set_architecture.pdf",
        "what": "RDNA3.5 (gfx1150-gfx1153) keeps RDNA3's WMMA; the calculator's RDNA3 cycle counts apply "
                "(issue #12 quotes 32 cycles for v_wmma_f32_16x16x16_f16 on RDNA3/3.5)"},
}


def read_calculator(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """The calculator's ``dict_insts`` literal: arch -> mnemonic -> facts (nothing executed)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0] if isinstance(node, ast.Assign) else None
        if getattr(target, "id", None) == "dict_insts":
            return ast.literal_eval(node.value)
    raise ValueError(f"{path}: no dict_insts table (not the AMD matrix instruction calculator?)")


def _matrix_from_calculator(insts, arch: str, source: Any = "amd-matrix-calculator") -> dict[str, dict[str, Any]]:
    return {name: {"cycles": v["cycles"], "m": v["m"], "n": v["n"], "k": v["k"], "blocks": v["blocks"],
                   "source": source}
            for name, v in insts[arch].items()}


def _gfx950() -> dict[str, dict[str, Any]]:
    out = {name: {"cycles": p * CYCLES_PER_PASS, "m": m, "n": n, "k": k, "blocks": b, "source": "llvm-mca-gfx950"}
           for name, (m, n, k, b, p) in GFX950_PASSES.items()}
    for name, (m, n, k, p) in GFX950_F8F6F4_PASSES.items():
        out[name] = {"cycles": 2 * p * CYCLES_PER_PASS, "cycles_fp6_fp4": p * CYCLES_PER_PASS, "m": m, "n": n, "k": k,
                     "blocks": 1, "source": ["llvm-mca-gfx950", "mi355x-peaks"]}
    return out


def _rdna(matrix) -> dict[str, Any]:
    return {
        "wave_issue": {"wave32": 1, "wave64": 2, "source": "rdna-whitepaper",
                       "note": "cycles a SIMD spends issuing one instruction of one wave"},
        "valu_passes": {"wave32": 1, "wave64": 2, "source": "rdna-whitepaper"},
        "valu_rate": {"full": 1, "half": 2, "quarter": 4, "source": "llvm-sischedule",
                      "note": "multiplier on valu_passes: half = 64-bit integer ops, quarter = transcendentals, "
                              "32-bit integer multiplies, f64"},
        "vopd_pair_passes": {"wave32": 1, "source": "rdna3-isa"},
        "matrix_coexecutes_with_valu": {"value": False, "source": "amd-matrix-calculator"},
        "matrix": matrix,
    }


def _cdna(matrix) -> dict[str, Any]:
    return {
        "wave_issue": {"wave64": 4, "source": "gcn-whitepaper"},
        "valu_passes": {"wave64": 4, "source": "gcn-whitepaper"},
        # gfx90a and later run f64 at full rate (SIDPFullSpeedModel, SIDPGFX940FullSpeedModel)
        "valu_rate": {"full": 1, "half": 2, "quarter": 4, "f64": 1, "source": "llvm-sischedule"},
        "matrix_coexecutes_with_valu": {"value": True, "source": "amd-matrix-calculator"},
        "matrix": matrix,
    }


def build(calculator: Path) -> dict[str, Any]:
    insts = read_calculator(calculator)
    sources = json.loads(json.dumps(SOURCES))
    sources["amd-matrix-calculator"]["sha256"] = hashlib.sha256(calculator.read_bytes()).hexdigest()
    return {
        "schema": "isacheck.rates",
        "schema_version": 1,
        "about": "Issue costs for isacheck's static loop estimate, per GPU family (the family of isa_db/targets.json). "
                 "Every object holding a number names its source (a key of 'sources', or a list of keys). Cycles "
                 "are per wave on one SIMD. No latency, no memory bandwidth: this is an issue-cycle model. Built by "
                 "python -m isacheck.isa.rates_build.",
        "sources": sources,
        "families": {
            "cdna2": _cdna(_matrix_from_calculator(insts, "cdna2")),
            "cdna3": _cdna(_matrix_from_calculator(insts, "cdna3")),
            "cdna4": _cdna(_gfx950()),
            "rdna3": _rdna(_matrix_from_calculator(insts, "rdna3")),
            "rdna3.5": _rdna(_matrix_from_calculator(insts, "rdna3", ["amd-matrix-calculator", "rdna35-same-wmma"])),
            "rdna4": _rdna(_matrix_from_calculator(insts, "rdna4")),
        },
    }


def write(doc: dict[str, Any], out: Path) -> None:
    text = json.dumps(doc, indent=1, sort_keys=True) + "\n"
    atomic_write(out, text.encode("utf-8"), mode=0o644)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calculator", type=Path, required=True, help="matrix_calculator.py of AMD's calculator")
    ap.add_argument("--out", type=Path, help="default: the package's isa_db/rates.json")
    args = ap.parse_args(argv)
    from isacheck.isa.rates import RATES_FILE
    from isacheck.resources import isa_db_dir

    out = args.out or isa_db_dir() / RATES_FILE
    try:
        doc = build(args.calculator)
    except (OSError, ValueError, SyntaxError) as exc:
        print(f"isacheck.isa.rates_build: {exc}", file=sys.stderr)
        return 2
    write(doc, out)
    print(f"wrote {out.name}: {sum(len(f['matrix']) for f in doc['families'].values())} matrix rates")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``isacheck targets``: every known target with family, products and headline capabilities."""

from __future__ import annotations

import json
from typing import TextIO

from isacheck.cli import EXIT_OK


def add_arguments(parser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args, stdout: TextIO) -> int:
    from isacheck.isa import describe
    from isacheck.isa.targets import known_targets, target_info

    infos = [target_info(gfx) for gfx in known_targets()]
    if args.format == "json":
        doc = [{
            "gfx": i.gfx, "family": i.family, "spec_family": i.spec_family, "products": list(i.products),
            "wave_sizes": list(i.wave_sizes), "default_wave_size": i.default_wave_size,
            "vgprs": i.vgprs, "agprs": i.agprs, "sgprs": i.sgprs, "vgpr_granule": i.vgpr_granule,
            "lds_bytes": i.lds_bytes, "max_waves_per_simd": i.max_waves_per_simd,
            "native_fp8": list(i.native_fp8),
            "matrix_units": [{"kind": m.kind, "input_types": list(m.input_types)} for m in i.matrix_units],
            "fp8_instructions": len(i.fp8_instructions), "note": i.note,
        } for i in infos]
        json.dump({"targets": doc, "provenance": describe.provenance()}, stdout, indent=2, sort_keys=True)
        stdout.write("\n")
        return EXIT_OK
    stdout.write(f"{'target':<8} {'family':<8} {'wave':<6} {'FP8':<5} {'matrix units':<44} products\n")
    for i in infos:
        units = "; ".join(f"{m.kind} {','.join(m.input_types)}" for m in i.matrix_units) or "-"
        waves = "/".join(str(w) for w in i.wave_sizes)
        products = ", ".join(p.removeprefix("AMD ") for p in i.products) or (i.note or "-").split(";")[0]
        stdout.write(f"{i.gfx:<8} {i.family:<8} {waves:<6} {describe.flavour_short(i):<5} {units:<44} {products}\n")
    return EXIT_OK

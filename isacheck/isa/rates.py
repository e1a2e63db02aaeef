"""Issue costs per GPU family, read from ``isa_db/rates.json``: the numbers behind the static
loop estimate (:mod:`isacheck.analysis.cost`).

Every number in that file sits in an object that names its source (a key of the file's
``sources``); :func:`missing_sources` lists the objects that do not, and the tests require none.
The file is small and read once per process.

    rates = family_rates("gfx1151")          # FamilyRates of "rdna3.5", or None for an unknown family
    rates.matrix_rate("v_wmma_f32_16x16x16_f16").cycles   -> 32
    rates.valu_passes(32)                    -> 1
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator, Mapping

from isacheck.isa.mnemonic import normalize

RATES_FILE = "rates.json"


@dataclass(frozen=True, slots=True)
class MatrixRate:
    """One matrix instruction on one family: cycles per wave and the shape it multiplies."""

    mnemonic: str
    cycles: int
    m: int
    n: int
    k: int
    blocks: int
    cycles_fp6_fp4: int | None = None    # gfx950 f8f6f4 with FP6/FP4 operands (FP8 takes ``cycles``)

    @property
    def macs(self) -> int:
        """Multiply-accumulates per wave per instruction (the unit of work of the estimate)."""
        return self.m * self.n * self.k * self.blocks


@dataclass(frozen=True, slots=True)
class FamilyRates:
    family: str
    wave_issue: Mapping[int, int]        # wave size -> cycles a SIMD spends issuing one instruction
    valu_pass: Mapping[int, int]         # wave size -> cycles of one full-rate VALU instruction
    valu_rate: Mapping[str, int]         # "full" | "half" | "quarter" | "f64" -> multiplier
    vopd_pair_passes: Mapping[int, int]  # wave size -> passes of a VOPD pair (RDNA3+); empty elsewhere
    matrix_coexec: bool                  # can MFMA/WMMA run while the SIMD issues other VALU work?
    matrix: Mapping[str, MatrixRate]

    def issue(self, wave_size: int) -> int:
        return self.wave_issue.get(wave_size) or max(self.wave_issue.values())

    def valu_passes(self, wave_size: int) -> int:
        return self.valu_pass.get(wave_size) or max(self.valu_pass.values())

    def matrix_rate(self, mnemonic: str) -> MatrixRate | None:
        return self.matrix.get(normalize(mnemonic))


@lru_cache(maxsize=1)
def rates_doc() -> dict[str, Any]:
    from isacheck.resources import isa_db_dir

    with open(isa_db_dir() / RATES_FILE, encoding="utf-8") as f:
        return json.load(f)


def _by_wave(obj: Mapping[str, Any]) -> dict[int, int]:
    return {int(k[len("wave"):]): v for k, v in obj.items() if k.startswith("wave")}


@lru_cache(maxsize=None)
def rates_of_family(family: str) -> FamilyRates | None:
    fam = rates_doc()["families"].get(family)
    if fam is None:
        return None
    matrix = {name: MatrixRate(name, e["cycles"], e["m"], e["n"], e["k"], e["blocks"], e.get("cycles_fp6_fp4"))
              for name, e in fam["matrix"].items()}
    return FamilyRates(
        family=family, wave_issue=_by_wave(fam["wave_issue"]), valu_pass=_by_wave(fam["valu_passes"]),
        valu_rate={k: v for k, v in fam["valu_rate"].items() if isinstance(v, int)},
        vopd_pair_passes=_by_wave(fam.get("vopd_pair_passes", {})),
        matrix_coexec=bool(fam["matrix_coexecutes_with_valu"]["value"]), matrix=matrix)


def family_rates(target: str | None) -> FamilyRates | None:
    """The rates of a target's family; None when the target or its family has no rate table."""
    if not target:
        return None
    try:
        from isacheck.isa import target_info
        family = target_info(target).family
    except Exception:  # noqa: BLE001 - an unknown target simply has no estimate
        return None
    return rates_of_family(family)


def _objects(node: Any, path: str) -> Iterator[tuple[str, dict]]:
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            yield from _objects(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _objects(v, f"{path}[{i}]")


def missing_sources(doc: Mapping[str, Any] | None = None) -> list[str]:
    """Paths of objects in the rate table that hold a number but name no known source."""
    doc = rates_doc() if doc is None else doc
    known = set(doc.get("sources", {}))
    bad = []
    for path, obj in _objects(doc.get("families", {}), "families"):
        numbers = [v for v in obj.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
        flags = [v for v in obj.values() if isinstance(v, bool)]
        if not numbers and not flags:
            continue
        src = obj.get("source")
        keys = [src] if isinstance(src, str) else list(src or [])
        if not keys or any(k not in known for k in keys):
            bad.append(path)
    return bad

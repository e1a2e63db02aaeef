"""Target facts per gfx id: names, wave sizes, registers, LDS, native FP8 flavour, matrix units.

Hand-maintained facts come from isa_db/targets.json (with their sources); the FP8 instructions and
matrix units are derived from the instruction database, so they cannot drift from it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from isacheck.errors import UnknownTargetError
from isacheck.isa.database import database, targets_doc
from isacheck.isa.mnemonic import FP8_TYPES, MATRIX_KINDS, TYPED_PREFIXES, describe_types


@dataclass(frozen=True, slots=True)
class MatrixUnit:
    """A matrix instruction family on a target and the input element types it takes."""

    kind: str                         # "MFMA" | "SMFMAC" | "WMMA" | "SWMMAC"
    input_types: tuple[str, ...]      # sorted: "bf16", "bf8", "fp16", "fp8", "int8", ...

    def __str__(self) -> str:
        return f"{self.kind} ({', '.join(self.input_types)})"


@dataclass(frozen=True, slots=True)
class TargetInfo:
    gfx: str
    family: str                       # "rdna3.5", "cdna3", ... ("gfx12.5" for LLVM-only targets)
    products: tuple[str, ...]
    wave_sizes: tuple[int, ...]
    default_wave_size: int
    vgprs: int                        # architectural VGPRs one wave can address (per lane)
    agprs: int                        # accumulation VGPRs (CDNA), 0 elsewhere
    sgprs: int                        # SGPRs one wave can address
    vgpr_granule: int                 # VGPR allocation granule at the default wave size
    lds_bytes: int                    # LDS one workgroup can allocate
    max_waves_per_simd: int
    native_fp8: tuple[str, ...]       # subset of "e4m3fn", "e5m2", "e4m3fnuz", "e5m2fnuz"
    matrix_units: tuple[MatrixUnit, ...]
    fp8_instructions: tuple[str, ...]  # present mnemonics that read or write FP8/BF8
    spec_family: str | None = None    # the AMD spec family, None for LLVM-only targets
    note: str | None = None

    @property
    def ocp_fp8(self) -> bool:
        return "e4m3fn" in self.native_fp8

    @property
    def fnuz_fp8(self) -> bool:
        return "e4m3fnuz" in self.native_fp8


def _key(name: str) -> str:
    """Case/space/punctuation-insensitive key: "Radeon 8060S" -> "radeon8060s"."""
    return re.sub(r"[\s\-_+.,()/\"]+", "", name.lower())


def _strip_brand(key: str) -> str:
    for prefix in ("amd", "radeon", "instinct", "ryzen"):
        if key.startswith(prefix):
            key = key[len(prefix):]
    return key


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every accepted spelling -> gfx id."""
    table: dict[str, str] = {}
    for gfx, facts in targets_doc()["targets"].items():
        table[gfx] = gfx
        for name in [*facts["products"], *facts.get("aliases", ())]:
            key = _key(name)
            for variant in (key, _strip_brand(key), _strip_brand(_strip_brand(key))):
                if variant:
                    table.setdefault(variant, gfx)
    return table


def known_targets() -> tuple[str, ...]:
    """Every gfx id, in generation order (CDNA, then RDNA by number)."""
    return tuple(sorted(targets_doc()["targets"], key=_order))


def _order(gfx: str) -> tuple[int, str]:
    digits = re.match(r"gfx([0-9a-f]+)", gfx)
    number = digits.group(1) if digits else "0"
    # gfx90a sorts after gfx908; gfx1030 after gfx950.
    return (len(number), gfx)


def resolve_target(name: str) -> str:
    """gfx id or product name -> gfx id. Raises UnknownTargetError with a did-you-mean."""
    table = _names()
    raw = name.strip()
    # One name, one target: '' or "gfx1151,gfx942" is a usage error, never "the first match".
    if not raw or "," in raw or len(set(re.findall(r"gfx[0-9a-f]+", raw.lower()))) > 1:
        from isacheck.errors import UsageError, quote
        raise UsageError(f"target {quote(name, 60)}: {'an empty name' if not raw else 'more than one target'}; "
                         "give one gfx id or product name (see `isacheck targets`)")
    key = _key(raw)
    # "gfx1151:xnack-" and "amdgcn-amd-amdhsa--gfx942:sramecc+" name targets with features.
    m = re.search(r"gfx[0-9a-f]+", raw.lower())
    for candidate in (key, _strip_brand(key), m.group(0) if m else None):
        if candidate and candidate in table:
            return table[candidate]
    close = difflib.get_close_matches(key, list(table), n=3, cutoff=0.6)
    hint = ""
    if close:
        hint = "; did you mean " + " or ".join(
            sorted({f"{table[c]}" if c == table[c] else f"{table[c]} ({c})" for c in close})) + "?"
    raise UnknownTargetError(f"unknown target {name!r}{hint} (see `isacheck targets`)")


def matrix_units_of(present: frozenset[str]) -> tuple[MatrixUnit, ...]:
    by_kind: dict[str, set[str]] = {}
    for name in present:
        if not name.startswith(TYPED_PREFIXES):
            continue
        t = describe_types(name)
        if t.kind in MATRIX_KINDS:
            by_kind.setdefault(MATRIX_KINDS[t.kind], set()).update(t.inputs)
    order = ["MFMA", "SMFMAC", "WMMA", "SWMMAC"]
    return tuple(MatrixUnit(k, tuple(sorted(by_kind[k]))) for k in order if k in by_kind)


def fp8_instructions_of(present: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(n for n in present if n.startswith(TYPED_PREFIXES) and describe_types(n).types & FP8_TYPES))


@lru_cache(maxsize=None)
def target_info(gfx: str) -> TargetInfo:
    gfx = resolve_target(gfx)
    facts = targets_doc()["targets"][gfx]
    present = database().present(gfx)
    wave = facts["default_wave_size"]
    return TargetInfo(
        gfx=gfx,
        family=facts["family"],
        products=tuple(facts["products"]),
        wave_sizes=tuple(facts["wave_sizes"]),
        default_wave_size=wave,
        vgprs=facts["vgprs"],
        agprs=facts["agprs"],
        sgprs=facts["sgprs"],
        vgpr_granule=facts["vgpr_file"][str(wave)]["granule"],
        lds_bytes=facts["lds_bytes"],
        max_waves_per_simd=facts["max_waves_per_simd"],
        native_fp8=tuple(facts["native_fp8"]),
        matrix_units=matrix_units_of(present),
        fp8_instructions=fp8_instructions_of(present),
        spec_family=facts.get("spec_family"),
        note=facts.get("note"),
    )


def _round_up(value: int, granule: int) -> int:
    return -(-value // granule) * granule


def waves_per_simd(gfx: str, vgprs: int, agprs: int = 0, wave_size: int | None = None) -> int:
    """Waves one SIMD can hold, limited by VGPR/AGPR use only (LLVM's occupancy arithmetic).

    CDNA2+ share one 512-entry file between VGPRs and AGPRs (AGPRs start at a 4-aligned offset);
    gfx908 has two 256-entry files, the larger use limits. RDNA allocates in granules that depend
    on the wave size (and on the 1.5x register file of gfx1100/1101/1151/gfx12).
    """
    gfx = resolve_target(gfx)
    facts = targets_doc()["targets"][gfx]
    wave = wave_size or facts["default_wave_size"]
    if wave not in facts["wave_sizes"]:
        raise UnknownTargetError(f"{gfx} runs wave{'/'.join(map(str, facts['wave_sizes']))}, not wave{wave}")
    vfile = facts["vgpr_file"][str(wave)]
    if vgprs < 0 or agprs < 0:
        raise ValueError("register counts must be >= 0")
    if vgprs > facts["vgprs"] or agprs > facts["agprs"]:
        return 0  # more than one wave can address: the kernel cannot be launched as compiled
    if facts["unified_agprs"]:
        used = _round_up(vgprs, 4) + agprs if agprs else vgprs
    else:
        used = max(vgprs, agprs)
    used = _round_up(max(used, 1), vfile["granule"])
    if used > vfile["total"]:
        return 0
    return min(facts["max_waves_per_simd"], vfile["total"] // used)

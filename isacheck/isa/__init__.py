"""ISA facts for AMD GPU targets: which instructions a target has, and what it is.

The API the analyses and commands use. Importing this package is cheap: the database is loaded
on first use, and Triton is imported only by ``isacheck.isa.probe`` (the LLVM assembler probe).

    resolve_target("Radeon 8060S")          -> "gfx1151"   (UnknownTargetError with did-you-mean)
    target_info("gfx1151")                  -> TargetInfo(family="rdna3.5", native_fp8=(), ...)
    has_instruction("gfx1201", "v_cvt_pk_f32_fp8_e32") -> True (any spelling, normalised)
    targets_with("v_cvt_pk_f32_fp8")        -> ("gfx940", "gfx941", "gfx942", "gfx950", ...)
    waves_per_simd("gfx942", vgprs=128, agprs=128) -> 2
    normalize("V_CVT_F32_FP8_e64")          -> "v_cvt_f32_fp8"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from isacheck.errors import UnknownTargetError
from isacheck.isa.mnemonic import normalize

if TYPE_CHECKING:  # pragma: no cover
    from isacheck.isa.targets import MatrixUnit, TargetInfo

__all__ = ["resolve_target", "target_info", "has_instruction", "targets_with", "waves_per_simd",
           "normalize", "TargetInfo", "MatrixUnit", "UnknownTargetError"]


def resolve_target(name: str) -> str:
    """gfx id or product name ("Radeon 8060S", "strix-halo", "MI300X") -> gfx id."""
    from isacheck.isa.targets import resolve_target as _resolve

    return _resolve(name)


def target_info(gfx: str) -> "TargetInfo":
    """Facts about a target (also accepts product names)."""
    from isacheck.isa.targets import target_info as _info

    return _info(gfx)


def has_instruction(gfx: str, mnemonic: str) -> bool:
    """Does the target have this instruction? Any spelling (case, _e32/_e64/_sdwa/_dpp)."""
    from isacheck.isa.database import database

    return normalize(mnemonic) in database().present(resolve_target(gfx))


def targets_with(mnemonic: str) -> tuple[str, ...]:
    """Every known target that has the instruction, in generation order; () if none."""
    from isacheck.isa.database import database

    return database().targets_with(mnemonic)


def waves_per_simd(gfx: str, vgprs: int, agprs: int = 0, wave_size: int | None = None) -> int:
    """Register-limited occupancy: waves one SIMD holds at this VGPR/AGPR use."""
    from isacheck.isa.targets import waves_per_simd as _waves

    return _waves(gfx, vgprs, agprs, wave_size)


def __getattr__(name: str):
    if name in ("TargetInfo", "MatrixUnit"):
        from isacheck.isa import targets

        return getattr(targets, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""What the compile needs to know about a target: wave size and native FP8 flavours.

The facts come from the ISA database (:mod:`isacheck.isa`). Two rules stand in while a target is
missing there, because they are how Triton's AMD backend itself decides: wave64 on gfx9 (CDNA),
wave32 on gfx10+ (RDNA); the FNUZ FP8 flavour on gfx940-gfx942 (CDNA3), OCP elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Triton's names for the FP8 formats: the one map lives beside the analysis results.
from isacheck.analysis.result import FORMAT_TO_TRITON as _TRITON_NAME
from isacheck.errors import UsageError

_GFX = re.compile(r"^gfx[0-9a-f]{3,5}$")


@dataclass(frozen=True)
class CompileTarget:
    arch: str
    wave_size: int
    native_fp8: tuple[str, ...] | None    # formats with hardware conversions; None = unknown
    fp8: str                              # Triton type ``*fp8`` stands for here
    bf8: str                              # Triton type ``*bf8`` stands for here


def compile_target(name: str) -> CompileTarget:
    arch = name.strip().lower()
    native: tuple[str, ...] | None = None
    wave = None
    try:
        from isacheck.isa import resolve_target, target_info
        arch = resolve_target(name)
        info = target_info(arch)
        wave = info.default_wave_size
        native = tuple(info.native_fp8)
    except ImportError:
        pass
    if not _GFX.match(arch):
        raise UsageError(f"--target {name!r}: not a gfx target (e.g. gfx1151, gfx942)")
    if wave is None:
        wave = 64 if arch.startswith("gfx9") else 32
    if native is not None:
        fnuz = "e4m3fnuz" in native and "e4m3fn" not in native
    else:
        fnuz = arch in ("gfx940", "gfx941", "gfx942")
    return CompileTarget(arch, wave, native, "fp8e4b8" if fnuz else "fp8e4nv", "fp8e5b16" if fnuz else "fp8e5")


def native_fp8_label(t: CompileTarget) -> str:
    """The table's "native FP8" column: which flavours the target executes, or "no"."""
    if t.native_fp8 is None:
        return "?"
    if not t.native_fp8:
        return "no"
    return ", ".join(t.native_fp8)


def triton_fp8_name(fmt: str) -> str:
    return _TRITON_NAME.get(fmt, fmt)

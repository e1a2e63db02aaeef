"""What the ISA database says about a kernel's FP8 on its target: forced emulation, a missed
hardware path, or an FNUZ/OCP mismatch. Wording lives here; the facts come from isacheck.isa."""

from __future__ import annotations

from isacheck.analysis.result import KernelAnalysis

_OCP = ("e4m3fn", "e5m2")
_FNUZ = ("e4m3fnuz", "e5m2fnuz")
_TRITON = {"e4m3fn": "fp8e4nv", "e4m3fnuz": "fp8e4b8", "e5m2": "fp8e5", "e5m2fnuz": "fp8e5b16"}
_TORCH = {"e4m3fn": "torch.float8_e4m3fn", "e4m3fnuz": "torch.float8_e4m3fnuz",
          "e5m2": "torch.float8_e5m2", "e5m2fnuz": "torch.float8_e5m2fnuz"}


def _product(info) -> str:
    return f"{info.gfx} ({info.products[0]})" if info.products else info.gfx


def target_notes(analysis: KernelAnalysis, target: str) -> tuple[str, ...]:
    from isacheck import isa
    from isacheck.errors import UnknownTargetError

    try:
        info = isa.target_info(isa.resolve_target(target))
    except UnknownTargetError:
        return (f"{target} is not in the ISA database: no hardware verdict for this target",)
    emulated = [f for f in analysis.formats if f != "unknown"] if analysis.fp8 in ("emulated", "mixed") else []
    notes: list[str] = []
    if analysis.fp8 == "cheap":
        return (_cheap_note(info),)
    if not emulated:
        return ()
    native = tuple(info.native_fp8)
    if not native:
        units = "; ".join(f"{u.kind} on {', '.join(u.input_types)}" for u in info.matrix_units)
        offer = f" It offers {units} instead." if units else ""
        notes.append(f"{_product(info)} has no FP8 instructions: the emulation is forced by the hardware.{offer} "
                     "Keep FP8 in memory and upcast once per tile, or use an int8 path.")
        return tuple(notes)
    for fmt in emulated:
        if fmt in native:
            from isacheck.isa.describe import fp8_path_note
            notes.append(f"{fp8_path_note(info.gfx)} ({fmt}): a missed hardware path.")
        else:
            flavour = "FNUZ" if native[0] in _FNUZ else "OCP"
            family = _FNUZ if flavour == "FNUZ" else _OCP
            twin = family[0] if fmt.startswith("e4m3") else family[1]
            notes.append(f"{_product(info)} executes {flavour} FP8 ({', '.join(native)}) natively; this kernel uses "
                         f"{fmt}, which is emulated: use {_TRITON[twin]} ({_TORCH[twin]}) on this target.")
    return tuple(notes)


def _cheap_note(info) -> str:
    """e5m2 -> fp16 by a byte shift: no ladder, but still no FP8 hardware doing it."""
    native = tuple(info.native_fp8)
    head = "e5m2 -> fp16 is a byte shift here (no ladder, cheap)"
    if not native:
        return f"{head}: {_product(info)} has no FP8 instructions, so this is as cheap as FP8 gets on it."
    if "e5m2" in native:
        from isacheck.isa.describe import fp8_path_note
        return f"{head}; {fp8_path_note(info.gfx)} (e5m2): a missed hardware path."
    flavour = "FNUZ" if native[0] in _FNUZ else "OCP"
    twin = "e5m2fnuz" if flavour == "FNUZ" else "e5m2"
    return (f"{head}; {_product(info)} executes {flavour} FP8 ({', '.join(native)}) natively: "
            f"{_TRITON[twin]} ({_TORCH[twin]}) would run on the hardware.")

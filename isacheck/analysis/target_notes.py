"""What the ISA database says about a kernel's FP8 on its target: forced emulation, a missed
hardware path, or an FNUZ/OCP mismatch. Wording lives here; the facts come from isacheck.isa."""

from __future__ import annotations

from isacheck.analysis.result import FORMAT_TO_TRITON as _TRITON
from isacheck.analysis.result import TORCH_FP8 as _TORCH
from isacheck.analysis.result import KernelAnalysis

_OCP = ("e4m3fn", "e5m2")
_FNUZ = ("e4m3fnuz", "e5m2fnuz")


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
        return (_cheap_note(info, analysis),)
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
            notes.extend(_missed_paths(info, analysis, fmt))
        else:
            flavour = "FNUZ" if native[0] in _FNUZ else "OCP"
            family = _FNUZ if flavour == "FNUZ" else _OCP
            twin = family[0] if fmt.startswith("e4m3") else family[1]
            notes.append(f"{_product(info)} executes {flavour} FP8 ({', '.join(native)}) natively; this kernel uses "
                         f"{fmt}, which is emulated: use {_TRITON[twin]} ({_TORCH[twin]}) on this target.")
    return tuple(notes)


def refusal_notes(target: str, fmt: str) -> tuple[str, ...]:
    """What the ISA database says when a Triton refused FP8 type ``fmt`` (Triton's name) on
    ``target``: there is no analysis, but the hardware facts still hold."""
    from isacheck import isa
    from isacheck.errors import UnknownTargetError

    try:
        info = isa.target_info(isa.resolve_target(target))
    except UnknownTargetError:
        return (f"{target} is not in the ISA database: no hardware verdict for this target",)
    native = tuple(info.native_fp8)
    if not native:
        return (f"{_product(info)} has no FP8 instructions: a Triton that compiles {fmt} here emulates it "
                "in software.",)
    names = {v: k for k, v in _TRITON.items()}
    fmt_isa = names.get(fmt, fmt)
    if fmt_isa in native:
        return (f"{_product(info)} executes {fmt_isa} ({fmt}) in hardware: the refusal is this Triton release's, "
                "not the hardware's.",)
    return (f"{_product(info)} executes {', '.join(native)} natively, not {fmt_isa}.",)


def _missed_paths(info, analysis: KernelAnalysis, fmt: str) -> list[str]:
    """One note per direction the kernel converts ``fmt`` in, naming the target's instruction for
    that direction and format (``v_cvt_pk_fp8_f32`` for fp32 -> e4m3fn, ``v_cvt_pk_f32_bf8`` for
    e5m2 -> fp32 ...), taken from the ISA database."""
    from isacheck.isa.describe import fp8_conversion, fp8_path_note

    notes = []
    directions = sorted({(s.src, s.dst) for s in analysis.emulation if s.fmt == fmt})
    for src, dst in directions:
        instruction = fp8_conversion(info.gfx, fmt, src, dst)
        what = f"{fmt}, {src} -> {dst}" if len(directions) > 1 else fmt
        notes.append(f"{fp8_path_note(info.gfx, instruction)} ({what}): a missed hardware path.")
    return notes


def _cheap_note(info, analysis: KernelAnalysis) -> str:
    """e5m2 -> fp16 by a byte shift: no ladder, but still no FP8 hardware doing it."""
    native = tuple(info.native_fp8)
    widened = any(s.dst == "fp32" for s in analysis.emulation)
    head = ("e5m2 -> fp32 is a byte shift and a v_cvt_f32_f16 here (no ladder, cheap)" if widened
            else "e5m2 -> fp16 is a byte shift here (no ladder, cheap)")
    if not native:
        return f"{head}: {_product(info)} has no FP8 instructions, so this is as cheap as FP8 gets on it."
    if "e5m2" in native:
        from isacheck.isa.describe import fp8_conversion, fp8_path_note
        instruction = fp8_conversion(info.gfx, "e5m2", "fp8", "fp32" if widened else "fp16")
        return f"{head}; {fp8_path_note(info.gfx, instruction)} (e5m2): a missed hardware path."
    flavour = "FNUZ" if native[0] in _FNUZ else "OCP"
    twin = "e5m2fnuz" if flavour == "FNUZ" else "e5m2"
    return (f"{head}; {_product(info)} executes {flavour} FP8 ({', '.join(native)}) natively: "
            f"{_TRITON[twin]} ({_TORCH[twin]}) would run on the hardware.")

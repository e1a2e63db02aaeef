"""Human wording for ISA facts and verdicts. The data says what; these functions say it.

The analyses use :func:`fp8_headline` and :func:`fp8_path_note` for sentences such as
"gfx1151 has no FP8 instructions" and "gfx1201 has v_cvt_pk_f32_fp8 but this kernel converts in
software".
"""

from __future__ import annotations

from isacheck.isa.database import database
from isacheck.isa.features import FEATURES, YES, Evidence, Verdict
from isacheck.isa.targets import TargetInfo, target_info

_FEATURE_LABEL = {
    "int8-matrix": "int8 matrix", "fp16-matrix": "fp16 matrix", "bf16-matrix": "bf16 matrix",
    "int4-matrix": "int4 matrix", "fp8-matrix": "FP8 matrix", "int8-dot": "int8 dot",
    "fp16-dot": "fp16 dot", "bf16-dot": "bf16 dot",
}


def target_label(info: TargetInfo) -> str:
    products = ", ".join(p.removeprefix("AMD ") for p in info.products[:2])
    return f"{info.gfx} ({info.family}{'; ' + products if products else ''})"


def flavour(info: TargetInfo) -> str:
    if info.ocp_fp8:
        return "OCP (e4m3fn, e5m2; Triton fp8e4nv, fp8e5)"
    if info.fnuz_fp8:
        return "FNUZ (e4m3fnuz, e5m2fnuz; Triton fp8e4b8, fp8e5b16)"
    return "none"


def flavour_short(info: TargetInfo) -> str:
    return "OCP" if info.ocp_fp8 else "FNUZ" if info.fnuz_fp8 else "no"


def fp8_headline(gfx: str) -> str:
    """One sentence on a target's FP8 hardware, for analysis notes."""
    info = target_info(gfx)
    if not info.fp8_instructions:
        return f"{info.gfx} has no FP8 instructions: every FP8 format is converted in software"
    kinds = _kinds(info.fp8_instructions)
    return f"{info.gfx} has {', '.join(kinds)} on {flavour_short(info)} FP8"


def fp8_path_note(gfx: str, example: str | None = None) -> str:
    """"gfx1201 has v_cvt_pk_f32_fp8 but this kernel converts in software" and friends."""
    info = target_info(gfx)
    if not info.fp8_instructions:
        return f"{info.gfx} has no FP8 instructions; the software conversion is forced by the hardware"
    name = example or _representative_conversion(info)
    return f"{info.gfx} has {name} but this kernel converts in software"


def _representative_conversion(info: TargetInfo) -> str:
    for preferred in ("v_cvt_pk_f32_fp8", "v_cvt_scalef32_pk_f16_fp8", "v_cvt_f32_fp8"):
        if preferred in info.fp8_instructions:
            return preferred
    return info.fp8_instructions[0]


# The ISA's element-type token of each FP8 format: AMD names e4m3 "fp8" and e5m2 "bf8" (the FNUZ
# and OCP flavours share mnemonics; which one a target executes is the target's fact).
_ISA_TOKEN = {"e4m3fn": "fp8", "e4m3fnuz": "fp8", "e5m2": "bf8", "e5m2fnuz": "bf8"}


def fp8_conversion(gfx: str, fmt: str, src: str, dst: str) -> str | None:
    """The target's conversion instruction for ``fmt`` in the direction ``src -> dst`` (one of
    them "fp8"), from the ISA database; None when it has none.

    Most specific first: the exact wide type (``v_cvt_scalef32_pk_f16_fp8`` for e4m3 -> fp16 on
    gfx950), else through fp32 (``v_cvt_pk_f32_fp8``, then a v_cvt_f16_f32); round to nearest
    before stochastic rounding (``_sr_``, not what Triton's default RTNE asks for); no scale
    operand before a scaled form; packed (two values, as Triton converts) before single.
    """
    from isacheck.isa.mnemonic import describe_types

    info = target_info(gfx)
    token = _ISA_TOKEN.get(fmt)
    if token is None or "fp8" not in (src, dst):
        return None
    up = src == "fp8"
    wide = dst if up else src
    ranked = []
    for name in info.fp8_instructions:
        t = describe_types(name)
        if t.kind != "cvt":
            continue
        narrow, other = (t.inputs, t.outputs) if up else (t.outputs, t.inputs)
        if narrow != {token} or len(other) != 1:
            continue
        (other_type,) = other
        fit = 0 if other_type == wide else 1 if other_type == "fp32" else 2
        ranked.append((fit, "_sr_" in name, "scale" in name, "_pk" not in name, name))
    return min(ranked)[-1] if ranked else None


def _kinds(names) -> list[str]:
    from isacheck.isa.mnemonic import MATRIX_KINDS, describe_types

    found = []
    labels = {"cvt": "conversions", "dot": "dot products", **{k: v for k, v in MATRIX_KINDS.items()}}
    for name in names:
        kind = describe_types(name).kind
        label = labels.get(kind)
        if label and label not in found:
            found.append(label)
    order = ["conversions", "dot products", "MFMA", "SMFMAC", "WMMA", "SWMMAC"]
    return sorted(found, key=order.index)


def short_reason(v: Verdict) -> str:
    """A few words for table cells."""
    if v.present:
        return ", ".join(e.mnemonic for e in v.present[:2])
    return {"no-fp8": "no FP8/BF8 instructions", "fnuz-only": "FNUZ only",
            "ocp-only": "OCP only"}.get(v.reason, "none")


def verdict_sentence(v: Verdict) -> str:
    info = target_info(v.target)
    feature = FEATURES[v.feature]
    if v.reason == "no-fp8":
        return (f"{info.gfx} has no FP8 or BF8 instructions at all; Triton and PyTorch emulate every "
                f"FP8 format on it with integer and select instructions")
    if v.reason == "fnuz-only":
        return (f"{info.gfx}'s FP8 instructions use FNUZ (e4m3fnuz, e5m2fnuz; Triton fp8e4b8, fp8e5b16); "
                f"OCP e4m3fn/e5m2 data (PyTorch float8_e4m3fn, Triton fp8e4nv) has no instruction here "
                f"and is emulated")
    if v.reason == "ocp-only":
        return (f"{info.gfx}'s FP8 instructions use OCP (e4m3fn, e5m2); FNUZ data (Triton fp8e4b8, "
                f"fp8e5b16) has no instruction here and is emulated or rejected")
    if v.reason in ("ocp", "fnuz"):
        kinds = _kinds(e.mnemonic for e in v.present)
        return f"{info.gfx} executes {flavour_short(info)} FP8 natively: {', '.join(kinds)}"
    if v.reason == "convert-only":
        return f"{info.gfx} converts FP8 in hardware but has no FP8 dot or matrix instruction"
    if v.reason == "compute-only":
        return f"{info.gfx} has FP8 dot/matrix instructions but no FP8 conversions"
    if v.reason == "from-fp8-only":
        return f"{info.gfx} converts from FP8 in hardware but not to FP8"
    if v.reason == "to-fp8-only":
        return f"{info.gfx} converts to FP8 in hardware but not from FP8"
    if v.verdict == YES:
        if v.feature in ("fp8-convert", "fp8-dot", "fp8-matrix", "bf8") and not info.ocp_fp8 and info.fnuz_fp8:
            return (f"{info.gfx} has {feature.summary}, in the FNUZ formats (e4m3fnuz, e5m2fnuz); "
                    f"OCP e4m3fn/e5m2 data is emulated")
        return f"{info.gfx} has {feature.summary}"
    return f"{info.gfx} has no {feature.summary}"


def advice(v: Verdict) -> str | None:
    """What to do instead, for a "no" or "partial" on an FP8 feature."""
    if v.verdict == YES or not v.feature.startswith(("fp8", "bf8")):
        return None
    alternatives = dict(v.instead)
    int8 = alternatives.get("int8-matrix", ())
    half = alternatives.get("fp16-matrix", ()) or alternatives.get("bf16-matrix", ())
    if v.reason == "fnuz-only":
        return ("store weights/activations as FNUZ (Triton fp8e4b8/fp8e5b16, torch.float8_e4m3fnuz) to use the "
                "hardware path, or upcast OCP data once per tile")
    if v.reason == "ocp-only":
        return "convert FNUZ checkpoints to OCP e4m3fn/e5m2 once, offline"
    parts = []
    if half:
        parts.append(f"keep FP8 in memory and upcast once per tile to fp16/bf16 for {half[0]} "
                     f"(one conversion per element, not one per use)")
    if int8:
        parts.append(f"use an int8 path ({int8[0]})")
    return "; or ".join(parts) if parts else None


def verdict_lines(v: Verdict, *, limit: int = 8) -> list[str]:
    info = target_info(v.target)
    lines = [f"{target_label(info)}: {v.feature}: {v.verdict}", f"  {verdict_sentence(v)}."]
    if v.present:
        lines.append("  instructions here:")
        for e in v.present[:limit]:
            lines.append(f"    {e.mnemonic:<40} {_sources(e)}")
        if len(v.present) > limit:
            lines.append(f"    ... and {len(v.present) - limit} more (--format json lists all)")
    if v.missing:
        lines.append("  missing here, present on:")
        for e in v.missing:
            lines.append(f"    {e.mnemonic:<40} {', '.join(e.targets)}")
    if v.instead:
        lines.append(f"  {info.gfx} offers instead:")
        for fid, names in v.instead:
            lines.append(f"    {_FEATURE_LABEL.get(fid, fid) + ':':<14} {', '.join(names)}")
    tip = advice(v)
    if tip:
        lines.append(f"  advice: {tip}.")
    return lines


def _sources(e: Evidence) -> str:
    said = []
    if e.spec:
        said.append(f"spec {'/'.join(e.spec)}")
    if e.llvm is True:
        said.append("LLVM accepts")
    elif e.llvm is False:
        said.append("LLVM rejects")
    return "(" + "; ".join(said) + ")" if said else ""


def verdict_json(v: Verdict) -> dict:
    return {
        "target": v.target,
        "feature": v.feature,
        "verdict": v.verdict,
        "reason": v.reason or None,
        "summary": verdict_sentence(v),
        "native_fp8": list(v.native_fp8),
        "present": [{"mnemonic": e.mnemonic, "spec": list(e.spec), "llvm": e.llvm} for e in v.present],
        "missing": [{"mnemonic": e.mnemonic, "targets": list(e.targets)} for e in v.missing],
        "instead": [{"feature": fid, "mnemonics": list(names)} for fid, names in v.instead],
        "advice": advice(v),
        "provenance": provenance(),
    }


def provenance() -> dict:
    sources = database().sources
    spec = sources.get("spec") or {}
    llvm = sources.get("llvm") or {}
    return {"spec": spec.get("name"), "spec_release": spec.get("release_date"),
            "llvm_revision": llvm.get("revision")}



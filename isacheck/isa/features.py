"""Features a user asks about (``isacheck supports TARGET FEATURE``) and their verdicts.

A feature is a set of instructions, selected by what the mnemonic says (kind and element types,
see ``mnemonic.describe_types``), plus for the FP8 flavour features the target's native format.
A verdict is data: the instructions that prove it, the closest missing ones and where they exist,
what the target offers instead. Wording lives in ``isacheck.isa.describe``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from isacheck.errors import UsageError
from isacheck.isa.database import database
from isacheck.isa.mnemonic import FP8_TYPES, MATRIX_KINDS, TYPED_PREFIXES, MnemonicTypes, describe_types
from isacheck.isa.targets import target_info

YES, NO, PARTIAL = "yes", "no", "partial"
_MATRIX = frozenset(MATRIX_KINDS)


def _matrix_on(*types: str) -> Callable[[MnemonicTypes], bool]:
    wanted = frozenset(types)
    return lambda t: t.kind in _MATRIX and bool(t.inputs & wanted)


def _dot_on(*types: str) -> Callable[[MnemonicTypes], bool]:
    wanted = frozenset(types)
    return lambda t: t.kind == "dot" and bool(t.inputs & wanted)


def _any_type(*types: str) -> Callable[[MnemonicTypes], bool]:
    wanted = frozenset(types)
    return lambda t: bool(t.types & wanted)


@dataclass(frozen=True)
class Feature:
    id: str
    summary: str
    selects: Callable[[MnemonicTypes], bool]
    # Features to show as "what this target offers instead" when the answer is no.
    fallbacks: tuple[str, ...] = ()


_FP8_FALLBACKS = ("int8-matrix", "fp16-matrix", "bf16-matrix", "int8-dot", "fp16-dot")

FEATURES: dict[str, Feature] = {f.id: f for f in (
    Feature("fp8", "hardware FP8 (OCP e4m3fn/e5m2, what PyTorch float8_e4m3fn and Triton fp8e4nv use): "
            "conversions plus dot or matrix instructions", _any_type("fp8", "bf8"), _FP8_FALLBACKS),
    Feature("fp8-ocp", "FP8 instructions that use the OCP formats e4m3fn/e5m2 (Triton fp8e4nv/fp8e5)",
            _any_type("fp8", "bf8"), _FP8_FALLBACKS),
    Feature("fp8-fnuz", "FP8 instructions that use the FNUZ formats e4m3fnuz/e5m2fnuz (Triton fp8e4b8/fp8e5b16)",
            _any_type("fp8", "bf8"), _FP8_FALLBACKS),
    Feature("bf8", "instructions on BF8 (the e5m2 family)", _any_type("bf8"), _FP8_FALLBACKS),
    Feature("fp8-convert", "conversions between FP8/BF8 and fp16/bf16/fp32, both directions",
            lambda t: t.kind == "cvt" and bool(t.types & FP8_TYPES), _FP8_FALLBACKS),
    Feature("fp8-dot", "dot-product instructions on FP8/BF8 inputs", _dot_on("fp8", "bf8"), _FP8_FALLBACKS),
    Feature("fp8-matrix", "matrix instructions (MFMA/SMFMAC/WMMA/SWMMAC) on FP8/BF8 inputs",
            _matrix_on("fp8", "bf8"), _FP8_FALLBACKS),
    Feature("fp6", "instructions on FP6/BF6", _any_type("fp6", "bf6"), ("fp8-matrix", "int8-matrix", "fp16-matrix")),
    Feature("fp4", "instructions on FP4 (e2m1)", _any_type("fp4"), ("fp8-matrix", "int8-matrix", "int4-matrix")),
    Feature("f8f6f4", "matrix instructions taking any of FP8/BF8/FP6/BF6/FP4 (f8f6f4)",
            lambda t: t.kind in _MATRIX and {"fp6", "fp4"} <= t.inputs, ("fp8-matrix", "int8-matrix", "fp16-matrix")),
    Feature("int8-matrix", "matrix instructions on int8 inputs", _matrix_on("int8"), ("int8-dot", "fp16-matrix")),
    Feature("int4-matrix", "matrix instructions on int4 inputs", _matrix_on("int4"), ("int8-matrix", "int8-dot")),
    Feature("bf16-matrix", "matrix instructions on bf16 inputs", _matrix_on("bf16"), ("fp16-matrix", "bf16-dot")),
    Feature("fp16-matrix", "matrix instructions on fp16 inputs", _matrix_on("fp16"), ("fp16-dot",)),
    Feature("int8-dot", "dot-product instructions on int8 inputs", _dot_on("int8")),
    Feature("fp16-dot", "dot-product instructions on fp16 inputs", _dot_on("fp16")),
    Feature("bf16-dot", "dot-product instructions on bf16 inputs", _dot_on("bf16")),
)}


def resolve_feature(name: str) -> Feature:
    key = name.strip().lower().replace("_", "-")
    if key in FEATURES:
        return FEATURES[key]
    close = difflib.get_close_matches(key, list(FEATURES), n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise UsageError(f"unknown feature {name!r}{hint} (known: {', '.join(FEATURES)})")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One instruction in a verdict, with who says the target has it (or where it exists)."""

    mnemonic: str
    targets: tuple[str, ...]        # for proof: () ; for missing: where it exists instead
    spec: tuple[str, ...]           # spec families listing it
    llvm: bool | None               # LLVM accepts it on this target (None: not probed)


@dataclass(frozen=True, slots=True)
class Verdict:
    target: str
    feature: str
    verdict: str                    # "yes" | "no" | "partial"
    reason: str                     # the one-sentence why (see describe.py for the full wording)
    present: tuple[Evidence, ...]   # instructions that prove it
    missing: tuple[Evidence, ...]   # closest missing instructions and where they exist
    instead: tuple[tuple[str, tuple[str, ...]], ...]   # (feature id, present mnemonics) alternatives
    native_fp8: tuple[str, ...]


@lru_cache(maxsize=1)
def _classified() -> dict[str, MnemonicTypes]:
    return {name: describe_types(name) for name in database().names()
            if name.startswith(TYPED_PREFIXES)}


def instructions_of(feature: Feature) -> tuple[str, ...]:
    """Every mnemonic in the database that belongs to the feature."""
    return tuple(sorted(n for n, t in _classified().items() if feature.selects(t)))


def _evidence(gfx: str, name: str, *, missing: bool) -> Evidence:
    entry = database().get(name)
    llvm = None if entry.llvm is None or entry.llvm_invalid or gfx not in _probed() else gfx in entry.llvm
    return Evidence(name, entry.targets if missing else (), entry.spec, llvm)


@lru_cache(maxsize=1)
def _probed() -> frozenset[str]:
    llvm = database().sources.get("llvm") or {}
    return frozenset(llvm.get("probed_targets", ()))


def _line(gfx: str) -> int:
    from isacheck.isa.database import targets_doc

    return targets_doc()["targets"][gfx]["default_wave_size"]


def _native(gfx: str) -> list[str]:
    from isacheck.isa.database import targets_doc

    return targets_doc()["targets"][gfx]["native_fp8"]


def _closest_missing(gfx: str, names: tuple[str, ...], limit: int = 6,
                     on: Callable[[str], bool] = lambda t: True) -> tuple[Evidence, ...]:
    """Missing instructions that exist elsewhere (on a target accepted by ``on``), those on
    targets like this one (same default wave size: RDNA-like vs CDNA-like) first, then the most
    widely available."""
    db = database()
    wave = _line(gfx)
    elsewhere = [n for n in names if any(on(t) for t in db.get(n).targets)]

    def rank(name: str):
        targets = db.get(name).targets
        alike = sum(1 for t in targets if _line(t) == wave)
        return (-alike, -len(targets), "bf8" in name, len(name), name)

    # Round-robin over kinds (conversion, dot, WMMA, MFMA, ...) so that a "no" shows one of each
    # rather than six conversions.
    by_kind: dict[str, list[str]] = {}
    for name in sorted(elsewhere, key=rank):
        by_kind.setdefault(_classified()[name].kind, []).append(name)
    picked: list[str] = []
    queues = sorted(by_kind.values(), key=lambda q: rank(q[0]))
    while len(picked) < limit and any(queues):
        for queue in queues:
            if queue and len(picked) < limit:
                picked.append(queue.pop(0))
    return tuple(_evidence(gfx, n, missing=True) for n in picked)


def _present(gfx: str, feature: Feature) -> tuple[str, ...]:
    have = database().present(gfx)
    return tuple(n for n in instructions_of(feature) if n in have)


def representatives(gfx: str, names) -> tuple[str, ...]:
    """Order instructions the way a kernel author would pick them: one of each kind first
    (conversion, dot, dense matrix, sparse matrix), fp8 before bf8, dense before sparse, the
    spelling of this target's own spec family before older aliases, small 4x4 MFMA blocks last."""
    db = database()
    family = target_info(gfx).spec_family

    def key(n: str):
        entry = db.get(n)
        return ("swmmac" in n or "smfmac" in n, bool(family) and family not in entry.spec,
                "_4x4x" in n, "bf8" in n, len(n), n)

    by_kind: dict[str, list[str]] = {}
    for name in sorted(names, key=key):
        by_kind.setdefault(_classified()[name].kind if name in _classified() else "other", []).append(name)
    queues = sorted(by_kind.values(), key=lambda q: (["cvt", "dot", "wmma", "mfma", "swmmac", "smfmac"]
                                                     .index(_classified()[q[0]].kind)
                                                     if q[0] in _classified() else 9))
    out: list[str] = []
    while any(queues):
        for queue in queues:
            if queue:
                out.append(queue.pop(0))
    return tuple(out)


def _alternatives(gfx: str, feature: Feature) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for fid in feature.fallbacks:
        names = _present(gfx, FEATURES[fid])
        if names:
            out.append((fid, representatives(gfx, names)[:3]))
    return tuple(out)


def verdict(gfx: str, feature_name: str) -> Verdict:
    """The verdict for one target and feature (gfx must already be resolved or resolvable)."""
    info = target_info(gfx)
    gfx = info.gfx
    feature = resolve_feature(feature_name)
    names = instructions_of(feature)
    present = _present(gfx, feature)
    have = set(present)
    missing = tuple(n for n in names if n not in have)
    fp8_present = bool(info.fp8_instructions)
    state, reason = (YES, "") if present else (NO, "")

    fid = feature.id
    if fid in ("fp8", "fp8-ocp", "fp8-fnuz", "bf8") and not fp8_present:
        state, reason = NO, "no-fp8"
    elif fid == "fp8":
        kinds = {describe_types(n).kind for n in present}
        compute = bool(kinds & ({"dot"} | _MATRIX))
        if not info.ocp_fp8:
            state, reason = PARTIAL, "fnuz-only"
        elif "cvt" not in kinds or not compute:
            state, reason = PARTIAL, "convert-only" if not compute else "compute-only"
        else:
            state, reason = YES, "ocp"
    elif fid == "fp8-ocp":
        state, reason = (YES, "ocp") if info.ocp_fp8 else (NO, "fnuz-only")
    elif fid == "fp8-fnuz":
        state, reason = (YES, "fnuz") if info.fnuz_fp8 else (NO, "ocp-only")
    elif fid == "fp8-convert" and present:
        kinds = [describe_types(n) for n in present]
        up = any(t.inputs & FP8_TYPES for t in kinds)
        down = any(t.outputs & FP8_TYPES for t in kinds)
        state, reason = (YES, "both-directions") if up and down else (PARTIAL, "from-fp8-only" if up else "to-fp8-only")
    if fid in ("fp8-ocp", "fp8-fnuz") and state == NO:
        present_ev = ()
    else:
        present_ev = tuple(_evidence(gfx, n, missing=False) for n in representatives(gfx, present))
    on = {("fp8-ocp", "fnuz-only"): lambda t: "e4m3fn" in _native(t),
          ("fp8", "fnuz-only"): lambda t: "e4m3fn" in _native(t),
          ("fp8-fnuz", "ocp-only"): lambda t: "e4m3fnuz" in _native(t)}.get((fid, reason), lambda t: True)
    missing_ev = _closest_missing(gfx, missing, on=on) if state != YES else ()
    instead = _alternatives(gfx, feature) if state != YES else ()
    return Verdict(gfx, fid, state, reason, present_ev, missing_ev, instead, info.native_fp8)


def capability_table(gfx: str) -> tuple[Verdict, ...]:
    """Every user-facing feature for one target, in FEATURES order."""
    return tuple(verdict(gfx, fid) for fid in FEATURES)

"""The kernel spec file (TOML) and ``--set NAME=VALUE``: the argument types and constexpr values
a kernel needs to compile. Pure data: values stay in their written form (``"tl.bfloat16"``,
``"None"``) until the compiler needs them, so specs pickle and hash simply.

    [kernels.fused_moe_kernel]                       # kernel-wide defaults (optional)
    signature = { N = "i32" }
    [kernels.fused_moe_kernel.variants.fp8_w8a8]
    signature = { a_ptr = "*fp8", c_ptr = "*bf16" }  # "*fp8": the target's native FP8 flavour
    constexprs = { BLOCK_SIZE_M = 64, compute_type = "tl.bfloat16", b_bias_ptr = "None" }
    values = { stride_am = 1 }                       # sample runtime values (for --specialize)
    num_warps = 4
    num_stages = 2
    options = { waves_per_eu = 2 }                   # any other Triton HIP option
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isacheck.errors import InputError, UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_TYPE_RE = re.compile(r"^\*?k?(i1|i8|i16|i32|i64|u1|u8|u16|u32|u64|fp16|bf16|fp32|fp64|"
                      r"fp8|bf8|fp8e4nv|fp8e4b8|fp8e4b15|fp8e5|fp8e5b16|constexpr)$")
_VARIANT_KEYS = {"signature", "constexprs", "values", "num_warps", "num_stages", "options"}


def is_type(text: Any) -> bool:
    """True for a Triton signature type string: ``*fp16``, ``i32``, ``*fp8`` (flavour per target)."""
    return isinstance(text, str) and bool(_TYPE_RE.match(text.strip()))


@dataclass(frozen=True)
class VariantSpec:
    name: str
    signature: dict[str, str] = field(default_factory=dict)
    constexprs: dict[str, Any] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)     # num_warps and num_stages included


@dataclass(frozen=True)
class KernelSpec:
    name: str
    variants: tuple[VariantSpec, ...]


@dataclass(frozen=True)
class Spec:
    path: str | None
    kernels: dict[str, KernelSpec]


def load_spec(path: str | None) -> Spec:
    if path is None:
        return Spec(None, {})
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such spec file", path=path) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"spec is not UTF-8 text: {exc.reason}", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib puts "(at line L, column C)" into the message; lift it into our location.
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputError(f"TOML: {msg}", path=path, line=int(m.group(1)) if m else None,
                         column=int(m.group(2)) if m else None) from None
    return parse_spec(data, path)


def parse_spec(data: dict, path: str | None = None) -> Spec:
    unknown = set(data) - {"kernels"}
    if unknown:
        raise InputError(f"unknown top-level key(s) {', '.join(sorted(unknown))} (expected [kernels.<name>])", path=path)
    kernels: dict[str, KernelSpec] = {}
    for kname, ktable in (data.get("kernels") or {}).items():
        where = f"kernels.{kname}"
        if not isinstance(ktable, dict):
            raise InputError(f"{where} must be a table", path=path)
        base = _variant(ktable, "default", where, path, allow_variants=True)
        variants = []
        for vname, vtable in (ktable.get("variants") or {}).items():
            if not isinstance(vtable, dict):
                raise InputError(f"{where}.variants.{vname} must be a table", path=path)
            v = _variant(vtable, vname, f"{where}.variants.{vname}", path, allow_variants=False)
            variants.append(VariantSpec(
                vname, {**base.signature, **v.signature}, {**base.constexprs, **v.constexprs},
                {**base.values, **v.values}, {**base.options, **v.options}))
        kernels[kname] = KernelSpec(kname, tuple(variants) or (base,))
    return Spec(path, kernels)


def _variant(table: dict, name: str, where: str, path: str | None, *, allow_variants: bool) -> VariantSpec:
    keys = set(table) - _VARIANT_KEYS - ({"variants"} if allow_variants else set())
    if keys:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(keys))}; expected "
                         f"{', '.join(sorted(_VARIANT_KEYS))}", path=path)
    for sub in ("signature", "constexprs", "values", "options"):
        if not isinstance(table.get(sub, {}), dict):
            raise InputError(f"{where}.{sub} must be a table (name = value)", path=path)
    signature = dict(table.get("signature", {}))
    for arg, ty in signature.items():
        if not is_type(ty):
            raise InputError(f"{where}.signature.{arg}: {ty!r} is not a Triton type (e.g. \"*fp16\", \"i32\", \"*fp8\")",
                             path=path)
    options = dict(table.get("options", {}))
    for key in ("num_warps", "num_stages"):
        if key in table:
            if not isinstance(table[key], int) or isinstance(table[key], bool):
                raise InputError(f"{where}.{key} must be an integer", path=path)
            options[key] = table[key]
    return VariantSpec(name, signature, dict(table.get("constexprs", {})), dict(table.get("values", {})), options)


def parse_value(text: str) -> Any:
    """A ``--set`` value: integer, float, true/false, None, a type (``*fp16``), ``tl.<dtype>``, else text."""
    t = text.strip()
    low = t.lower()
    if low in ("true", "false"):
        return low == "true"
    if t == "None" or low == "none":
        return "None"
    try:
        return int(t, 0)
    except ValueError:
        pass
    try:
        return float(t)
    except ValueError:
        return t


def parse_sets(items: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not name.strip().isidentifier():
            raise UsageError(f"--set {item!r}: expected NAME=VALUE, e.g. --set BLOCK_SIZE_M=64")
        out[name.strip()] = parse_value(value)
    return out

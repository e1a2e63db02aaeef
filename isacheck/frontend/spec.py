"""The kernel spec file (TOML) and ``--set NAME=VALUE``: the argument types and constexpr values
a kernel needs to compile. Pure data: values stay in their written form (``"tl.bfloat16"``,
``"None"``) until the compiler needs them, so specs pickle and hash simply.

    [kernels.fused_moe_kernel]                       # kernel-wide defaults (optional)
    signature = { N = "i32" }
    [kernels.fused_moe_kernel.variants.fp8_w8a8]
    signature = { a_ptr = "*fp8", c_ptr = "*bf16" }  # "*fp8": the target's native FP8 flavour
    constexprs = { BLOCK_SIZE_M = 64, compute_type = "tl.bfloat16", b_bias_ptr = "None" }
    values = { stride_am = 1, K = 4096 }             # sample launch values: specialised like a launch
    # a pointer's sample is its tensor: values = { a_ptr = { bytes = 3221225472, align = 16 } }
    # (without one a launch's usual tensor is assumed: 16-byte aligned, under 2 GiB)
    num_warps = 4
    num_stages = 2
    options = { waves_per_eu = 2 }                   # any other Triton HIP option
"""

from __future__ import annotations

import datetime
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from typing import Any

from isacheck.errors import InputError, UsageError, printable, quote

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
    """Read and check a spec file: every wrong shape is one InputError naming the key and the
    file, before anything is compiled."""
    if path is None:
        return Spec(None, {})
    shown = printable(str(path))
    data = read_regular_file(path, "spec file", limit=SPEC_MAX_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"spec is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})",
                         path=shown) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib puts "(at line L, column C)" into the message; lift it into our location.
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputError(f"TOML: {msg}", path=shown, line=int(m.group(1)) if m else None,
                         column=int(m.group(2)) if m else None) from None
    except RecursionError:
        raise InputError("TOML: nested too deeply", path=shown) from None
    return parse_spec(doc, shown)


# A spec is a few kilobytes; a megabyte is already absurd. Bounded so that /dev/zero renamed
# to spec.toml cannot take the machine's memory.
SPEC_MAX_BYTES = 1 << 20


def read_regular_file(path: str | os.PathLike, what: str, *, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit``; anything else is one InputError.

    Checked with stat() before opening: opening a FIFO for reading would block until a writer
    comes, and a directory or a device is never a spec or a kernel file.
    """
    shown = printable(str(path))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"no such {what}", path=shown) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or type(exc).__name__}", path=shown) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"is a directory, not a {what}", path=shown)
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"not a regular file (a {what} must be one)", path=shown)
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or type(exc).__name__}", path=shown) from None
    if len(data) > limit:
        raise InputError(f"{what} is larger than {limit:,} bytes", path=shown)
    return data


def _table(value: Any, where: str, path: str | None) -> dict:
    if not isinstance(value, dict):
        raise InputError(f"{where} must be a table (name = value), not {_kind(value)}", path=path)
    return value


def _kind(value: Any) -> str:
    """How TOML would call the value's type, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (datetime.date, datetime.time)):
        return "a date/time"
    return type(value).__name__


# Variant names become directories under --out (<kernel>/<variant>/<target>.amdgcn): no
# separators, no "..", nothing that a shell or a filesystem would read differently.
_NAME_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$")


def _check_name(name: str, where: str, path: str | None) -> None:
    if not _NAME_RE.match(name) or ".." in name:
        raise InputError(f"{where}: {quote(name)} is not a usable name (letters, digits, '_', '.', '+', '-'; "
                         "it names a directory under --out)", path=path)


def parse_spec(data: dict, path: str | None = None) -> Spec:
    unknown = set(data) - {"kernels"}
    if unknown:
        raise InputError(f"unknown top-level key(s) {', '.join(sorted(map(quote, unknown)))} "
                         "(expected [kernels.<name>])", path=path)
    kernels: dict[str, KernelSpec] = {}
    for kname, ktable in _table(data.get("kernels", {}), "kernels", path).items():
        where = f"kernels.{kname}"
        if not kname.isidentifier():
            raise InputError(f"kernels.{quote(kname)}: not a Python function name", path=path)
        ktable = _table(ktable, where, path)
        base = _variant(ktable, "default", where, path, allow_variants=True)
        variants = []
        for vname, vtable in _table(ktable.get("variants", {}), f"{where}.variants", path).items():
            _check_name(vname, f"{where}.variants", path)
            vtable = _table(vtable, f"{where}.variants.{vname}", path)
            v = _variant(vtable, vname, f"{where}.variants.{vname}", path, allow_variants=False)
            variants.append(VariantSpec(
                vname, {**base.signature, **v.signature}, {**base.constexprs, **v.constexprs},
                {**base.values, **v.values}, {**base.options, **v.options}))
        kernels[kname] = KernelSpec(kname, tuple(variants) or (base,))
    return Spec(path, kernels)


# Triton HIP options and the type each must have (HIPOptions in triton/backends/amd/compiler.py).
OPTION_TYPES: dict[str, type] = {"num_warps": int, "num_stages": int, "waves_per_eu": int,
                                 "matrix_instr_nonkdim": int, "kpack": int, "num_ctas": int,
                                 "schedule_hint": str, "enable_fp_fusion": bool, "allow_flush_denorm": bool,
                                 "debug": bool}
_POINTER_SAMPLE_KEYS = {"bytes": "the tensor's size in bytes", "align": "the address's alignment in bytes"}


def _constexpr_value(value: Any, where: str, path: str | None) -> Any:
    if isinstance(value, (bool, int, float, str)):
        return value
    raise InputError(f"{where} must be a number, a boolean or a string (\"tl.float16\", \"None\"), "
                     f"not {_kind(value)}", path=path)


def _sample_value(value: Any, where: str, path: str | None) -> Any:
    """A sample launch argument: a number or boolean for a scalar; for a pointer a table
    ``{ bytes = N, align = A }`` (both optional) describing the tensor a launch passes."""
    if isinstance(value, dict):
        unknown = set(value) - set(_POINTER_SAMPLE_KEYS)
        if unknown:
            raise InputError(f"{where}: unknown key(s) {', '.join(sorted(map(quote, unknown)))}; a pointer's sample "
                             f"is {{ bytes = N, align = A }}", path=path)
        for key, v in value.items():
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise InputError(f"{where}.{key} ({_POINTER_SAMPLE_KEYS[key]}) must be a positive integer, "
                                 f"not {_kind(v)}", path=path)
        if "align" in value and value["align"] & (value["align"] - 1):
            raise InputError(f"{where}.align must be a power of two", path=path)
        return dict(value)
    if isinstance(value, (bool, int, float)):
        return value
    raise InputError(f"{where} must be a number or a boolean (a pointer's: {{ bytes = N, align = A }}), "
                     f"not {_kind(value)}", path=path)


def _variant(table: dict, name: str, where: str, path: str | None, *, allow_variants: bool) -> VariantSpec:
    keys = set(table) - _VARIANT_KEYS - ({"variants"} if allow_variants else set())
    if keys:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(map(quote, keys)))}; expected "
                         f"{', '.join(sorted(_VARIANT_KEYS | ({'variants'} if allow_variants else set())))}",
                         path=path)
    for sub in ("signature", "constexprs", "values", "options"):
        _table(table.get(sub, {}), f"{where}.{sub}", path)
    signature = dict(table.get("signature", {}))
    for arg, ty in signature.items():
        if not is_type(ty):
            raise InputError(f"{where}.signature.{arg}: {quote(str(ty)) if isinstance(ty, str) else _kind(ty)} "
                             "is not a Triton type (e.g. \"*fp16\", \"i32\", \"*fp8\")", path=path)
    constexprs = {k: _constexpr_value(v, f"{where}.constexprs.{k}", path) for k, v in table.get("constexprs", {}).items()}
    values = {k: _sample_value(v, f"{where}.values.{k}", path) for k, v in table.get("values", {}).items()}
    options = dict(table.get("options", {}))
    for key in ("num_warps", "num_stages"):
        if key in table:
            options[key] = table[key]
    for key, value in options.items():
        want = OPTION_TYPES.get(key)
        label = key if key in ("num_warps", "num_stages") and key in table else f"options.{key}"
        if want is None:
            raise InputError(f"{where}.{label}: not a Triton HIP option ({', '.join(OPTION_TYPES)})", path=path)
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise InputError(f"{where}.{label} must be {'an integer' if want is int else 'a ' + want.__name__}, "
                             f"not {_kind(value)}", path=path)
        if want is int and value < 0:
            raise InputError(f"{where}.{label} must not be negative", path=path)
    return VariantSpec(name, signature, constexprs, values, options)


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
    """``--set NAME=VALUE`` items by name. ``--set a_ptr.bytes=N`` / ``a_ptr.align=A`` describe the
    tensor a launch passes for a pointer (kept under the dotted name)."""
    out: dict[str, Any] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        name = name.strip()
        arg, dot, key = name.partition(".")
        if not sep or not arg.isidentifier() or (dot and key not in _POINTER_SAMPLE_KEYS):
            raise UsageError(f"--set {quote(item)}: expected NAME=VALUE, e.g. --set BLOCK_SIZE_M=64 "
                             "(or a pointer's sample: --set a_ptr.bytes=4294967296, --set a_ptr.align=8)")
        parsed = parse_value(value)
        if dot:
            _sample_value({key: parsed}, f"--set {arg}", None)
        out[name] = parsed
    return out

"""From a kernel, its spec, ``--set`` and its autotune configs to the variants that get compiled.

Where each argument's type or value comes from, first match wins:
``--set`` > the spec variant > ``@triton.heuristics`` > the autotune config > inference.
Inference only covers what is unambiguous: a constexpr's default, a type annotation, a plain
integer argument (``i32``). A ``*_ptr`` argument is a pointer, but its element type must be
given; so must a scalar whose name suggests a float (``scale``, ``eps``, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from isacheck.errors import InputError, UsageError
from isacheck.frontend.loader import KernelDef
from isacheck.frontend.spec import KernelSpec, VariantSpec, is_type
from isacheck.frontend.stubs import is_stub

# Triton HIP options a spec, --set or an autotune Config may carry besides constexprs.
HIP_OPTIONS = ("num_warps", "num_stages", "waves_per_eu", "matrix_instr_nonkdim", "kpack",
               "num_ctas", "schedule_hint", "enable_fp_fusion", "allow_flush_denorm", "debug")
_FLOAT_NAME = re.compile(r"(^|_)(scale|eps|epsilon|alpha|beta|gamma|temperature|temp|rate|p|momentum|"
                         r"softcap|sm_scale|factor)($|_)", re.IGNORECASE)


@dataclass(frozen=True)
class Variant:
    """One way to compile a kernel, independent of the target (``*fp8`` is still unresolved).

    All values are in written form (``"tl.bfloat16"``, ``"None"``): hashable, JSON-ready.
    """

    kernel: str
    name: str
    signature: tuple[tuple[str, str], ...]      # every argument: type, or "constexpr"
    constexprs: tuple[tuple[str, Any], ...]
    values: tuple[tuple[str, Any], ...]         # sample launch values; a pointer's is {"bytes", "align"}
    options: tuple[tuple[str, Any], ...]
    config: int | None = None                   # autotune config index
    config_values: tuple[tuple[str, Any], ...] = ()   # what the config set, as compiled (after spec/--set)
    inferred: tuple[str, ...] = ()              # arguments whose type came from inference



@dataclass(frozen=True)
class Missing:
    arg: str
    what: str        # "pointer element type" | "constexpr value" | "scalar type" | "heuristic ..."
    example: Any     # a value that makes the snippet valid TOML
    constexpr: bool


class MissingArgumentsError(InputError):
    """Some kernels need argument types or constexpr values nobody gave; carries a spec snippet."""

    def __init__(self, file: str, missing: dict[KernelDef, list[Missing]]) -> None:
        parts = []
        snippet = []
        for kdef, items in missing.items():
            names = ", ".join(f"{m.arg} ({m.what})" for m in items)
            parts.append(f"{file}:{kdef.line}: kernel {kdef.name}: {len(items)} argument(s) need a value: {names}")
            sig = {m.arg: m.example for m in items if not m.constexpr}
            cex = {m.arg: m.example for m in items if m.constexpr}
            snippet.append(f"[kernels.{kdef.name}.variants.default]")
            if sig:
                snippet.append(f"signature = {{ {_toml_inline(sig)} }}")
            if cex:
                snippet.append(f"constexprs = {{ {_toml_inline(cex)} }}")
            snippet.append("")
        # An error is one line (isacheck/errors.py): the kernels are listed on it, and the spec
        # snippet, which is TOML and needs its line breaks, goes above it as the error's details.
        message = ("; ".join(parts) + "; give them in a spec file (--spec FILE) or with --set "
                   "NAME=VALUE; a spec to fill in is printed above")
        super().__init__(message)
        self.details = "a spec to fill in:\n\n" + "\n".join(snippet).rstrip() + "\n"
        self.missing = {k.name: [m.arg for m in v] for k, v in missing.items()}


def _toml_inline(d: dict) -> str:
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return ", ".join(f"{k} = {val(v)}" for k, v in d.items())


_INDEX_NAME = re.compile(r"(?i)(?:^|_)(?:ids?|idx|indices|index|offsets?|num|counts?|lens?|lengths?|tokens?)(?:_|$)")


def _example(name: str, constexpr: bool, pointer: bool) -> Any:
    u = name.upper()
    if pointer:
        # a guess for the snippet only (the user fills it in): scales are fp32, indices i32
        if "scale" in name.lower():
            return "*fp32"
        if _INDEX_NAME.search(name):
            return "*i32"
        return "*fp16"
    if not constexpr:
        return "fp32" if _FLOAT_NAME.search(name) else "i32"
    if u.startswith(("BLOCK", "TILE")):
        return 32
    if u.startswith("GROUP"):
        return 8
    if u.startswith(("EVEN", "HAS_", "USE_", "IS_", "ENABLE", "PER_")) or name.startswith(("use_", "has_", "is_")):
        return False
    if "TYPE" in u or "DTYPE" in u:
        return "tl.float16"
    return 1


def written(value: Any) -> Any:
    """A Python value as the spec would write it: dtypes as ``"tl.<name>"``, None as ``"None"``."""
    import triton.language as tl

    if isinstance(value, tl.constexpr):
        value = value.value
    if value is None:
        return "None"
    if isinstance(value, tl.dtype):
        for attr, obj in vars(tl).items():
            if obj is value or (isinstance(obj, tl.dtype) and obj == value and not attr.startswith("_")):
                return f"tl.{attr}"
        return f"tl.{value.name}"
    if isinstance(value, (bool, int, float, str)):
        return value
    raise ValueError(f"cannot use {value!r} as a constexpr value")


class _Args(dict):
    """The launch arguments a heuristic sees: only what we know; anything else is a miss."""

    def __missing__(self, key):
        raise _NeedValue(key)


class _NeedValue(Exception):
    pass


def _scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "i1"
    if isinstance(value, int):
        return "i32" if -2**31 <= value < 2**31 else "i64"
    if isinstance(value, float):
        return "fp32"
    raise ValueError(value)


def build_variants(kdef: KernelDef, kspec: KernelSpec | None, sets: dict[str, Any],
                   config: int | None = None) -> tuple[list[Variant], list[Missing]]:
    """The variants of one kernel, or the arguments still missing (then no variants)."""
    params = kdef.jit.params
    names = [p.name for p in params]
    unknown = [n for n in sets if n.partition(".")[0] not in names and n not in HIP_OPTIONS]
    if unknown:
        raise UsageError(f"--set {', '.join(unknown)}: not an argument of {kdef.name} "
                         f"(arguments: {', '.join(names)}) nor a Triton option ({', '.join(HIP_OPTIONS)})")
    specs = kspec.variants if kspec else (VariantSpec("default"),)
    for vs in specs:
        for table, what in ((vs.signature, "signature"), (vs.constexprs, "constexprs"), (vs.values, "values")):
            bad = [n for n in table if n not in names]
            if bad:
                raise InputError(f"spec kernels.{kdef.name}.variants.{vs.name}.{what}: {', '.join(bad)} "
                                 f"not an argument of {kdef.name} (arguments: {', '.join(names)})")
    configs: list[tuple[int | None, Any]] = [(None, None)]
    if kdef.configs:
        if config is not None:
            if not 0 <= config < len(kdef.configs):
                raise UsageError(f"--config {config}: {kdef.name} has {len(kdef.configs)} autotune configs (0-{len(kdef.configs) - 1})")
            configs = [(config, kdef.configs[config])]
        else:
            configs = list(enumerate(kdef.configs))

    variants: list[Variant] = []
    missing: dict[str, Missing] = {}
    for vs in specs:
        made: list[Variant] = []
        for index, cfg in configs:
            v, miss = _one_variant(kdef, vs, sets, index, cfg)
            for m in miss:
                missing.setdefault(m.arg, m)
            if v is not None:
                made.append(v)
        variants.extend(_collapse_configs(made, vs.name))
    if missing:
        order = {n: i for i, n in enumerate(names)}
        return [], sorted(missing.values(), key=lambda m: order.get(m.arg, len(order)))
    return variants, []


def _collapse_configs(made: list[Variant], name: str) -> list[Variant]:
    """Configs the spec or --set made identical compile once. When every config collapses into
    one, it is one variant under the spec's own name, not N rows that each claim an upstream
    config they did not use; configs that only partly collapse share one row named after all of
    them (``config0+1``). Each keeps ``config_values``: what it was compiled with."""
    if len(made) < 2 or any(v.config is None for v in made):
        return made
    groups: dict[tuple, list[Variant]] = {}
    for v in made:
        groups.setdefault((v.signature, v.constexprs, v.options), []).append(v)
    if len(groups) == 1:
        return [replace(made[0], name=name, config=None)]
    out = []
    for same in groups.values():
        first = same[0]
        if len(same) > 1:
            indexes = "+".join(str(v.config) for v in same)
            base = first.name.rsplit("config", 1)[0]
            first = replace(first, name=f"{base}config{indexes}")
        out.append(first)
    return out


def _one_variant(kdef: KernelDef, vs: VariantSpec, sets: dict[str, Any], index: int | None, cfg) -> tuple[Variant | None, list[Missing]]:
    options: dict[str, Any] = {}
    cfg_values: dict[str, Any] = {}
    if cfg is not None:
        options["num_warps"] = cfg.num_warps
        options["num_stages"] = cfg.num_stages
        for k, v in cfg.kwargs.items():
            if k in HIP_OPTIONS and k not in kdef.param_names:
                options[k] = v
            else:
                cfg_values[k] = written(v)
    options.update(vs.options)
    for k, v in sets.items():
        if k in HIP_OPTIONS and k not in kdef.param_names:
            options[k] = v

    signature: dict[str, str] = {}
    constexprs: dict[str, Any] = {}
    values: dict[str, Any] = {}
    inferred: list[str] = []
    missing: list[Missing] = []
    heur_names = {name for name, _ in kdef.heuristics}
    pending_heuristics: list[str] = []

    for p in kdef.jit.params:
        n = p.name
        pointer = n.endswith("ptr") or p.annotation.startswith("*")
        # a pointer's sample tensor ({bytes, align}): the spec's, then --set a_ptr.bytes=N
        tensor = dict(vs.values[n]) if isinstance(vs.values.get(n), dict) else {}
        tensor.update({k.partition(".")[2]: v for k, v in sets.items() if k.partition(".")[0] == n and "." in k})
        if tensor:
            values[n] = tensor
        if n in sets:
            v = sets[n]
            if p.is_constexpr:
                constexprs[n] = v
            elif is_type(v):
                signature[n] = v
            elif v == "None" or isinstance(v, str):
                constexprs[n] = v   # None (an absent optional pointer) or a string: specialised away
            else:
                values[n] = v
                signature[n] = _scalar_type(v)
            continue
        if n in vs.constexprs:
            constexprs[n] = vs.constexprs[n]
            continue
        if n in vs.signature:
            signature[n] = vs.signature[n]
            if n in vs.values and not isinstance(vs.values[n], dict):
                values[n] = vs.values[n]
            continue
        if n in vs.values and not p.is_constexpr and not isinstance(vs.values[n], dict):
            values[n] = vs.values[n]
            signature[n] = _scalar_type(vs.values[n])
            continue
        if n in heur_names:
            pending_heuristics.append(n)
            continue
        if p.is_constexpr:
            if n in cfg_values:
                constexprs[n] = cfg_values[n]
            elif p.has_default and not is_stub(p.default):
                try:
                    constexprs[n] = written(p.default)
                    inferred.append(n)
                except ValueError:
                    missing.append(Missing(n, "constexpr value", _example(n, True, False), True))
            else:
                missing.append(Missing(n, "constexpr value", _example(n, True, False), True))
            continue
        if p.annotation_type:
            signature[n] = p.annotation_type
            inferred.append(n)
        elif pointer:
            missing.append(Missing(n, "pointer element type", _example(n, False, True), False))
        elif _FLOAT_NAME.search(n):
            missing.append(Missing(n, "scalar type", _example(n, False, False), False))
        else:
            signature[n] = "i32"
            inferred.append(n)

    if pending_heuristics:
        args = _Args({**values, **{k: _py(v) for k, v in constexprs.items()}})
        for name, fn in kdef.heuristics:
            if name not in pending_heuristics:
                continue
            try:
                value = fn(args)
                constexprs[name] = written(value)
                args[name] = value
            except _NeedValue as need:
                missing.append(Missing(name, f"constexpr from @triton.heuristics; or give a value of {need.args[0]}",
                                       _example(name, True, False), True))
            except Exception as exc:  # noqa: BLE001 - a user's lambda can raise anything
                missing.append(Missing(name, f"constexpr from @triton.heuristics, which failed: "
                                             f"{type(exc).__name__}: {exc}", _example(name, True, False), True))
    if missing:
        return None, missing

    for n in constexprs:
        signature[n] = "constexpr"
    order = kdef.param_names
    name = vs.name
    if index is not None:
        name = f"config{index}" if vs.name == "default" else f"{vs.name}.config{index}"
    return Variant(
        kernel=kdef.name, name=name,
        signature=tuple((n, signature[n]) for n in order),
        constexprs=tuple((n, constexprs[n]) for n in order if n in constexprs),
        values=tuple((n, values[n]) for n in order if n in values),
        options=tuple(sorted(options.items())), config=index, inferred=tuple(inferred),
        config_values=_config_values(cfg, constexprs, options)), []


def _config_values(cfg, constexprs: dict, options: dict) -> tuple[tuple[str, Any], ...]:
    """The values of the keys an autotune config sets, as this variant compiles them (the spec or
    --set may have overridden some): the row names these, not the upstream config's."""
    if cfg is None:
        return ()
    keys = list(cfg.kwargs) + ["num_warps", "num_stages"]
    used = {**options, **constexprs}
    return tuple((k, used[k]) for k in keys if k in used)


def _py(value: Any) -> Any:
    """Written form -> what a heuristic lambda expects (Python values; dtypes as Triton dtypes)."""
    if value == "None":
        return None
    if isinstance(value, str) and value.startswith("tl."):
        import triton.language as tl
        return getattr(tl, value[3:], value)
    return value


def triton_value(value: Any) -> Any:
    """Written form -> the constexpr value handed to Triton."""
    return _py(value)


def resolve_for_target(variant: Variant, target, specialize: bool, jit=None,
                       via=None) -> tuple[dict, dict, dict, tuple]:
    """(signature, constexprs, attrs, assumed) for ASTSource on one target.

    ``*fp8``/``*bf8`` become the target's native flavour. With ``specialize`` (the default of
    ``dump``) the arguments are specialised as a real launch with the variant's sample values
    would specialise them, by Triton itself (:mod:`isacheck.frontend.specialize`); ``assumed``
    names the arguments that had no sample (see there); ``via`` specialises with another
    interpreter's Triton (see there). Without it: a generic compile, no hints.
    """
    signature: dict[str, str] = {}
    for n, ty in variant.signature:
        ptr = ty.startswith("*")
        base = ty.lstrip("*")
        if base == "fp8":
            base = target.fp8
        elif base == "bf8":
            base = target.bf8
        signature[n] = ("*" if ptr else "") + base
    constexprs = dict(variant.constexprs)
    if not specialize:
        return signature, constexprs, {}, ()
    from isacheck.frontend.specialize import specialize as launch_like
    done = launch_like(jit, target.arch, target.wave_size, signature, constexprs, dict(variant.values), via=via)
    return done.signature, done.constexprs, done.attrs, done.assumed

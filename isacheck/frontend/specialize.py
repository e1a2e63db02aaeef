"""Specialise a kernel's arguments exactly as a real launch does, by asking Triton itself.

When a ``@triton.jit`` kernel is launched, Triton's ``JITFunction`` binds the arguments and
specialises each one with the backend's rules (``native_specialize_impl`` with the HIP backend
class): a tensor whose address is a multiple of 16 gets ``tt.divisibility = 16``; on AMD a tensor
whose storage is under 2 GiB also gets ``tt.pointer_range = 32``, which lets the backend use
buffer instructions; an integer equal to 1 becomes the constant 1; an integer that is a multiple
of 16 gets the divisibility hint; ``None`` becomes a constant. This module hands Triton sample
arguments and takes its answer: it never re-implements those rules, so it follows the installed
Triton release (each call into Triton is one small function below, the seam for
:mod:`isacheck.frontend.triton_api`).

Sample arguments come from the spec's ``values`` and ``--set``. Where none is given:

* a pointer gets the tensor a launch usually passes: 16-byte aligned (PyTorch's allocator aligns
  to far more) and under 2 GiB; ``values = { a_ptr = { bytes = N, align = A } }`` says otherwise;
* a scalar is compiled as a runtime value with no hint (as if neither 1 nor a multiple of 16).

Both assumptions are returned, so that the report can say which were made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The tensor a launch passes when the spec does not describe one. The address is a multiple of
# 256 (PyTorch's caching allocator hands out 512-byte aligned blocks); the size is well under the
# 2 GiB the AMD backend checks for buffer instructions.
DEFAULT_ALIGN = 256
DEFAULT_BYTES = 1 << 20
_BASE_ADDRESS = 1 << 40

# What a scalar without a sample is assumed to be: a runtime value Triton gives no hint for.
NO_SAMPLE = "no-sample"
ASSUMED_TENSOR = "assumed-tensor"


@dataclass(frozen=True)
class Specialized:
    signature: dict            # name -> type or "constexpr"
    constexprs: dict           # name -> written value (the variant's, plus ints Triton made constant)
    attrs: dict                # (index,) -> [["tt.divisibility", 16], ["tt.pointer_range", 32]]
    assumed: tuple[tuple[str, str], ...]   # (argument, NO_SAMPLE | ASSUMED_TENSOR)


class SampleTensor:
    """What a launch passes for a pointer, as far as Triton's specialisation looks: its dtype,
    its address (``data_ptr``) and the size of its storage (``ptr_range``, the hook Triton's HIP
    backend asks before ``torch``)."""

    def __init__(self, dtype: str, nbytes: int = DEFAULT_BYTES, align: int = DEFAULT_ALIGN) -> None:
        self.dtype = dtype
        self._bytes = nbytes
        # the lowest address with exactly this alignment (a multiple of align, not of 2 * align)
        self._address = _BASE_ADDRESS + align if align < _BASE_ADDRESS else align

    def data_ptr(self) -> int:
        return self._address

    def ptr_range(self) -> int:
        return self._bytes


def _is_pointer(ty: str) -> bool:
    return ty.startswith("*")


def _placeholder(ty: str) -> Any:
    """A value of the declared scalar type for Triton's binder; its specialisation is discarded."""
    if ty.startswith(("fp", "bf")):
        return 1.5
    if ty in ("i1", "u1"):
        return True
    return 3


def _sample(ty: str, value: Any) -> Any:
    """The sample as a launch would pass it for the declared type (a float argument given 2 is 2.0)."""
    if ty.startswith(("fp", "bf")) and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def specialize(jit, arch: str, warp_size: int, signature: dict, constexprs: dict, samples: dict,
               via=None) -> Specialized:
    """``signature``: name -> resolved type (no ``*fp8`` left) or "constexpr"; ``constexprs``: written
    values; ``samples``: name -> number, or for a pointer ``{"bytes": N, "align": A}``.

    ``via``: when another interpreter's Triton compiles, the launch is specialised by THAT Triton
    (its rules differ between releases): a callable taking the arguments in their JSON form
    (read back by :func:`launch_args`) and returning (name -> type, (index,) -> attributes), as
    :func:`launch_specialization` does here."""
    from isacheck.frontend.variants import triton_value, written

    names = [p.name for p in jit.params]
    wire: list[dict] = []
    assumed: list[tuple[str, str]] = []
    for p in jit.params:
        n, ty = p.name, signature[p.name]
        if ty == "constexpr":
            wire.append({"constexpr": constexprs[n]})
        elif _is_pointer(ty):
            sample = samples.get(n)
            if not isinstance(sample, dict):
                assumed.append((n, ASSUMED_TENSOR))
                sample = {}
            wire.append({"tensor": ty.lstrip("*").lstrip("k"), "bytes": sample.get("bytes", DEFAULT_BYTES),
                         "align": sample.get("align", DEFAULT_ALIGN)})
        elif n in samples and not isinstance(samples[n], dict):
            wire.append({"value": _sample(ty, samples[n])})
        else:
            assumed.append((n, NO_SAMPLE))
            wire.append({"value": _placeholder(ty)})
    args = launch_args(wire, triton_value)

    if via is not None:
        types, attrs = via(wire)
    else:
        types, attrs = launch_specialization(jit, arch, warp_size, args)

    out_sig: dict[str, str] = {}
    out_cex = dict(constexprs)
    out_attrs: dict[tuple[int, ...], list] = {}
    unsampled = {n for n, why in assumed if why == NO_SAMPLE}
    for i, n in enumerate(names):
        declared = signature[n]
        got = types[n]
        if declared == "constexpr":
            out_sig[n] = "constexpr"     # asked for explicitly: stays a constant whatever Triton would do
            continue
        if n in unsampled:
            out_sig[n] = declared
            continue
        if got == "constexpr":           # an integer 1 (or None) passed at launch
            out_sig[n] = "constexpr"
            out_cex[n] = written(args[i])
            continue
        # the element type the user declared (Triton spells some differently, i1 as u1)
        out_sig[n] = declared
        if (i,) in attrs and attrs[(i,)]:
            out_attrs[(i,)] = attrs[(i,)]
    return Specialized(out_sig, out_cex, out_attrs, tuple(assumed))


def launch_args(wire: list[dict], constexpr_value) -> list:
    """The arguments of a launch from their JSON form (what :func:`specialize` sends another
    interpreter's worker, which rebuilds them with this function; ``constexpr_value`` turns a
    written constexpr into Triton's value there and here)."""
    args: list[Any] = []
    for w in wire:
        if "constexpr" in w:
            args.append(constexpr_value(w["constexpr"]))
        elif "tensor" in w:
            args.append(SampleTensor(w["tensor"], w["bytes"], w["align"]))
        else:
            args.append(w["value"])
    return args


# --------------------------------------------------------------------------- Triton's own calls

def launch_specialization(jit, arch: str, warp_size: int, args: list) -> tuple[dict, dict]:
    """(name -> type, (index,) -> attributes) as ``JITFunction.run`` computes them for a launch
    with ``args`` on this target. How differs between Triton releases: triton_api adapts."""
    from isacheck.frontend.triton_api import launch_specialization as triton_launch_specialization
    return triton_launch_specialization(jit, arch, warp_size, args)

"""The one place that knows how Triton's Python API differs between releases.

Covers Triton 3.3 through 3.9 (PyPI wheels and AMD's own builds with local versions such as
``3.7.1+rocm7.14``). What differs, and what this module does about it:

* ``JITFunction.def_file_line_number`` and ``.file_name`` exist only from 3.8. Before, the
  function has ``starting_line_number`` (the first decorator's line) and ``fn.__code__``: the
  ``def`` line is found the way 3.8 finds it, by the first source line that starts with ``def``.
* ``CompiledKernel.metadata_group`` is missing on 3.3/3.4; ``CompiledKernel.metadata`` (a
  ``KernelMetadata`` named tuple) exists in every release and is read instead.
* ``HIPOptions`` gained fields over time (``instrumentation_mode`` in 3.5, ``wgp_cu_mode`` in
  3.9, ...): options a release does not know are left out, and the caller is told which.
* 3.3 and 3.4 link with an external ``ld.lld`` that their wheels do not ship; 3.5 and later link
  inside ``libtriton``. :func:`find_lld` finds a usable one (Debian's ``lld-19``).
* ``knobs.runtime.add_stages_inspection_hook`` lets a caller edit the pipeline's stages (3.7.1 and
  3.9.0 have it, 3.4.0 does not; its presence is what is checked): retargeting (:func:`compile_ir`)
  stops at the assembly where it exists, and compiles whole elsewhere.
* ``JITFunction._pack_args`` (a launch's signature and attributes from the binder's answer) exists
  from 3.7; before, ``run`` does the same inline: :func:`launch_specialization` does either.
* 3.3/3.4 carry state from one target's compile to the next in one process
  (:func:`keeps_state_between_targets`): isacheck compiles each job in a process of its own
  (forked from a worker that imported Triton but never compiled).
* 3.3 refuses ``fp8e4nv`` on gfx11/gfx12 and 3.4 on gfx11 with a ``ValueError`` inside the
  ``CompilationError``: :func:`refusal` recognises it, so that a refusal is a verdict.

``ASTSource(fn, signature, constexprs, attrs)`` with names as constexpr keys and
``{(index,): [["tt.divisibility", 16]]}`` attributes, and ``GPUTarget("hip", arch, warp_size)``,
are the same in every covered release.

This module imports only the standard library at the top and Triton inside functions: it is
also loaded by path into another interpreter by :mod:`isacheck.frontend.triton_worker`, where
isacheck is not installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

# The oldest and newest (major, minor) isacheck is tested with (tests/test_triton_versions*.py).
SUPPORTED_MIN = (3, 3)
SUPPORTED_MAX = (3, 9)
SUPPORTED_TEXT = "3.3 through 3.9"

_VERSION = re.compile(r"^\s*(\d+)\.(\d+)(?:\.(\d+))?")
# Triton's words (python/triton/language/semantic.py, 3.3 and 3.4) when a target lacks a format.
_REFUSAL = re.compile(r"type (fp8\w+) not supported in this architecture")


def parse_version(text: str) -> tuple[int, int, int] | None:
    """(major, minor, patch) of ``3.7.1+rocm7.14``, ``3.8.0+git1234``, ``3.4.0``; None if unreadable."""
    m = _VERSION.match(text or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)


def unsupported(version: str) -> str | None:
    """One line when isacheck cannot compile with this Triton, else None."""
    v = parse_version(version)
    if v is None:
        return f"Triton {version!r}: not a version isacheck can read; isacheck works with Triton {SUPPORTED_TEXT}"
    if v[:2] < SUPPORTED_MIN:
        return f"Triton {version} is too old for isacheck, which works with Triton {SUPPORTED_TEXT}"
    if v[:2] > SUPPORTED_MAX:
        return f"Triton {version} is newer than isacheck knows, which works with Triton {SUPPORTED_TEXT}"
    return None


def needs_external_lld(version: str) -> bool:
    """3.3/3.4 run ``ld.lld`` as a program; 3.5+ link inside libtriton."""
    v = parse_version(version)
    return v is not None and v[:2] < (3, 5)


def keeps_state_between_targets(version: str) -> bool:
    """Whether one process must compile for one target only. Triton 3.4 carries state from one
    target's compile to the next: after a gfx950 compile, fp16 -> fp8e4b8 for gfx942 comes out in
    software instead of v_cvt_pk_fp8_f32 (measured with 3.4.0; 3.7.1, 3.8.0 and 3.9.0 give the
    hardware conversion either way). 3.3 shares 3.4's code for this and is treated alike."""
    v = parse_version(version)
    return v is not None and v[:2] < (3, 5)


def find_lld(path_env: str | None, triton_dir: str | None = None) -> str | None:
    """An ``ld.lld`` that Triton 3.3/3.4 can use, or None.

    Triton's own search (``TRITON_HIP_LLD_PATH``, its backend directory, /opt/rocm, /usr/bin)
    comes first and needs no help; then Debian/Ubuntu's versioned LLVM packages (``lld-19`` puts
    it in /usr/lib/llvm-19/bin) and ``ld.lld-NN``/``ld.lld`` on PATH. Any LLVM 17+ lld links the
    AMDGPU objects these releases write.
    """
    own = [Path("/opt/rocm/llvm/bin/ld.lld"), Path("/usr/bin/ld.lld")]
    if triton_dir:
        own.insert(0, Path(triton_dir) / "backends" / "amd" / "llvm" / "bin" / "ld.lld")
    for p in own:
        if p.is_file():
            return str(p)
    for major in range(22, 16, -1):
        p = Path(f"/usr/lib/llvm-{major}/bin/ld.lld")
        if p.is_file():
            return str(p)
        found = shutil.which(f"ld.lld-{major}", path=path_env)
        if found:
            return found
    return shutil.which("ld.lld", path=path_env)


LLD_HINT = ("Triton {version} needs an ld.lld linker, which its wheel does not ship: install one "
            "(Debian/Ubuntu: apt-get install lld-19) or set TRITON_HIP_LLD_PATH to its path")


def refusal(message: str) -> str | None:
    """The FP8 type a Triton refused for the target, when ``message`` is that refusal."""
    m = _REFUSAL.search(message or "")
    return m.group(1) if m else None


# --------------------------------------------------------------------------- JIT functions

def def_line(jit) -> int:
    """The line of the ``def`` of a JITFunction (1-based, in its file)."""
    line = getattr(jit, "def_file_line_number", None)
    if line is not None:
        return line
    start = jit.starting_line_number
    raw = getattr(jit, "raw_src", None)
    if raw is None:
        import inspect
        raw, start = inspect.getsourcelines(jit.fn)
    for offset, text in enumerate(raw):
        if text.strip().startswith("def "):
            return start + offset
    return start


def file_name(jit) -> str:
    name = getattr(jit, "file_name", None)
    return name if name is not None else jit.fn.__code__.co_filename


def jit_function(obj):
    """The JITFunction inside autotune/heuristics wrappers (``.fn`` in every covered release)."""
    from triton.runtime.jit import JITFunction

    for _ in range(16):
        if isinstance(obj, JITFunction):
            return obj
        obj = getattr(obj, "fn", None)
        if obj is None:
            break
    raise TypeError("not a @triton.jit function")


# --------------------------------------------------------------------------- specialisation

def launch_specialization(jit, arch: str, warp_size: int, args: list) -> tuple[dict, dict]:
    """(name -> type, (index,) -> attributes) as a launch of ``jit`` with ``args`` on this target
    computes them: Triton's binder (``create_function_from_signature``, the same call in 3.3-3.9),
    then what ``JITFunction.run`` does with its answer. 3.7+ keep that step in
    ``JITFunction._pack_args``; 3.3-3.6 inline it in ``run`` (the fallback below is those lines:
    signature from the specialisation's first items, attributes parsed by the backend)."""
    import warnings

    from triton.backends.compiler import GPUTarget
    from triton.compiler import make_backend
    from triton.runtime.jit import create_function_from_signature

    backend = make_backend(GPUTarget("hip", arch, warp_size))
    binder = create_function_from_signature(jit.signature, jit.params, backend)
    bound_args, specialization, options = binder(*args)
    if hasattr(jit, "_pack_args"):
        with warnings.catch_warnings():
            # parse_options repeats Triton's FP-fusion notice; the compile itself shows it if due
            warnings.simplefilter("ignore")
            _options, signature, _constexprs, attrs = jit._pack_args(backend, {}, bound_args, specialization, options)
    else:
        from triton._utils import find_paths_if, get_iterable_path
        sigvals = [x[0] for x in specialization]
        signature = {p.name: v for p, v in zip(jit.params, sigvals)}
        attrvals = ["" if x[0] == "constexpr" else x[1] for x in specialization]
        paths = find_paths_if(attrvals, lambda _, x: isinstance(x, str))
        attrs = {k: backend.parse_attr(get_iterable_path(attrvals, k)) for k in paths}
    return dict(signature), {tuple(k): [list(a) for a in v] for k, v in attrs.items()}


# --------------------------------------------------------------------------- compiling

def hip_option_names() -> frozenset[str]:
    import dataclasses

    from triton.backends.amd.compiler import HIPOptions
    return frozenset(f.name for f in dataclasses.fields(HIPOptions))


def compile_kernel(fn, signature: dict, constexprs: dict, attrs: dict, arch: str, warp_size: int,
                   options: dict) -> dict[str, Any]:
    """Compile with the AMD backend: {"amdgcn", "ttgir", "llir": text, "metadata": dict,
    "ignored_options": [names this release does not know]}. Raises whatever Triton raises."""
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    known = hip_option_names()
    usable = {k: v for k, v in options.items() if k in known}
    src = ASTSource(fn=fn, signature=dict(signature), constexprs=dict(constexprs), attrs=dict(attrs))
    kernel = triton.compile(src, target=GPUTarget("hip", arch, warp_size), options=usable)
    return {"amdgcn": kernel.asm["amdgcn"], "ttgir": kernel.asm.get("ttgir", ""), "llir": kernel.asm.get("llir", ""),
            "metadata": metadata(kernel), "ignored_options": sorted(set(options) - known)}


def compile_ir(path: str, arch: str, warp_size: int, options: dict, *, cache_dir: str | None = None) -> dict[str, Any]:
    """Compile an IR file (a cache entry's ``.ttir``) with the AMD backend: {"amdgcn": text,
    "metadata": dict}; options this release does not know are left out.

    Only the assembly is wanted, so the pipeline stops there where the release lets a caller edit
    its stages (``knobs.runtime.add_stages_inspection_hook``; 3.7.1 and 3.9.0 do): the last stage
    (assemble and link the code object, ~8% of a compile) is replaced by an empty binary. The
    stages before it, and so the assembly and the metadata, are Triton's own (make_hsaco changes
    neither); the hook's key is part of Triton's cache key, so such an entry can never be
    mistaken for a real one. Assembly LLVM printed from its own instructions assembles; inline
    assembly (``;;#ASMSTART``) is text LLVM never checked, so a kernel with some is compiled
    whole, and the assembler's refusal (an NVIDIA instruction, one the target lacks) is the
    answer, as it is for a real launch. ``cache_dir``: Triton's cache for this compile (its
    ``TRITON_CACHE_DIR``), e.g. a private temporary one, so that nothing is written into the user's.
    """
    import triton
    from triton.backends.compiler import GPUTarget

    known = hip_option_names()
    usable = {k: v for k, v in options.items() if k in known}
    saved = os.environ.get("TRITON_CACHE_DIR")
    if cache_dir is not None:
        os.environ["TRITON_CACHE_DIR"] = cache_dir
    runtime = _stages_knobs()
    try:
        if runtime is not None:
            runtime.add_stages_inspection_hook = _assembly_only
            try:
                kernel = triton.compile(path, target=GPUTarget("hip", arch, warp_size), options=usable)
            finally:
                runtime.add_stages_inspection_hook = None
            if ";;#ASMSTART" not in kernel.asm["amdgcn"]:
                return {"amdgcn": kernel.asm["amdgcn"], "metadata": metadata(kernel)}
        kernel = triton.compile(path, target=GPUTarget("hip", arch, warp_size), options=usable)
        return {"amdgcn": kernel.asm["amdgcn"], "metadata": metadata(kernel)}
    finally:
        if cache_dir is not None:
            if saved is None:
                os.environ.pop("TRITON_CACHE_DIR", None)
            else:
                os.environ["TRITON_CACHE_DIR"] = saved


ASSEMBLY_ONLY_KEY = "isacheck-assembly-only-1"


def _stages_knobs():
    """Triton's ``knobs.runtime`` when it has the stages hook and nobody else set one, else None."""
    try:
        from triton import knobs
    except ImportError:                      # 3.3 has no knobs module
        return None
    runtime = getattr(knobs, "runtime", None)
    if runtime is None or not hasattr(runtime, "add_stages_inspection_hook"):
        return None
    return runtime if runtime.add_stages_inspection_hook is None else None


def _assembly_only(*args):
    """The stages hook: called with no arguments for its part of the cache key, and by the AMD
    backend with (backend, stages, options, language, capability) to edit the stages."""
    if not args:
        return ASSEMBLY_ONLY_KEY, ASSEMBLY_ONLY_KEY
    stages = args[1]
    if "hsaco" in stages:
        stages["hsaco"] = _no_binary


def _no_binary(src, metadata):
    return b""


def metadata(kernel) -> dict:
    """The compiled kernel's metadata as JSON values (``KernelMetadata`` exists in every release;
    its ``target`` is a GPUTarget, which becomes a dict)."""
    raw = kernel.metadata._asdict()

    def plain(v):
        if hasattr(v, "_asdict"):
            return {k: plain(x) for k, x in v._asdict().items()}
        if hasattr(v, "__dataclass_fields__"):
            return {k: plain(getattr(v, k)) for k in v.__dataclass_fields__}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, (str, int, float, bool)) or v is None:
            return v
        return str(v)

    return json.loads(json.dumps(plain(raw), sort_keys=True))


def triton_identity() -> dict:
    """This interpreter's Triton: version and a build fingerprint, without importing Triton.

    The build is the hash of the wheel's RECORD (every installed file's own hash): two builds
    with one version number (PyPI's and AMD's, or a rebuilt dev wheel) differ there.
    """
    import hashlib
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution("triton")
    except PackageNotFoundError:
        return {"version": None, "build": None}
    record = dist.read_text("RECORD") or ""
    build = hashlib.sha256(record.encode()).hexdigest()[:16] if record else f"path:{dist.locate_file('')}"
    return {"version": dist.version, "build": build}


def prepare_environment(version: str, environ: dict) -> str | None:
    """Before compiling with this interpreter's Triton: point 3.3/3.4 at an ld.lld (in
    ``environ``, which the caller owns). Returns a one-line problem, or None."""
    if not needs_external_lld(version) or environ.get("TRITON_HIP_LLD_PATH"):
        return None
    import importlib.util
    spec = importlib.util.find_spec("triton")     # where it is, without importing it
    triton_dir = os.path.dirname(spec.origin) if spec is not None and spec.origin else None
    lld = find_lld(environ.get("PATH"), triton_dir)
    if lld is None:
        return LLD_HINT.format(version=version)
    environ["TRITON_HIP_LLD_PATH"] = lld
    return None

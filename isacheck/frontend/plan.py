"""From a loaded file, the spec and the command line to the list of compile jobs and their keys."""

from __future__ import annotations

import hashlib
from typing import Any, Sequence

from isacheck.errors import UsageError
from isacheck.frontend.cache import digest
from isacheck.frontend.jobs import Job
from isacheck.frontend.loader import KernelDef, LoadedSource
from isacheck.frontend.spec import Spec
from isacheck.frontend.targets import CompileTarget
from isacheck.frontend.variants import MissingArgumentsError, Variant, build_variants, resolve_for_target
from isacheck.frontend.versions import (FRONTEND_VERSION, analysis_version, env_fingerprint, triton_build,
                                        triton_version)


def select_kernels(loaded: LoadedSource, spec: Spec, names: Sequence[str] | None) -> list[KernelDef]:
    """``--kernel`` if given; else the kernels the spec describes; else every kernel that is not
    a device helper called by another kernel."""
    available = [k.name for k in loaded.kernels]
    if names:
        unknown = [n for n in names if n not in available]
        if unknown:
            raise UsageError(f"--kernel {', '.join(unknown)}: not a @triton.jit function of {loaded.display} "
                             f"(found: {', '.join(available) or 'none'})")
        return [loaded.kernel(n) for n in names]
    if spec.kernels:
        unknown = [n for n in spec.kernels if n not in available]
        if unknown:
            raise UsageError(f"spec {spec.path}: kernel(s) {', '.join(unknown)} not in {loaded.display} "
                             f"(found: {', '.join(available) or 'none'})")
        return [loaded.kernel(n) for n in spec.kernels]
    chosen = [k for k in loaded.kernels if k.name not in loaded.helpers]
    if not chosen:
        raise UsageError(f"{loaded.display}: no @triton.jit kernel found")
    return chosen


def kernel_source_key(kdef: KernelDef, loaded: LoadedSource) -> str:
    """The kernel's source and, transitively, the JIT functions it calls (Triton's own dependency
    hash, which also covers the starting line and constexpr globals), plus the file name that
    the assembly's ``.file`` directive records."""
    try:
        key = kdef.jit.cache_key
    except Exception:  # noqa: BLE001 - e.g. a stub referenced in the body; fall back to the whole file
        key = hashlib.sha256(loaded.path.read_bytes()).hexdigest() + str(kdef.line)
    from isacheck.frontend.triton_api import file_name
    return f"{key}:{file_name(kdef.jit)}:{kdef.name}"


def plan_jobs(loaded: LoadedSource, spec: Spec, sets: dict[str, Any], targets: Sequence[CompileTarget], *,
              kernels: Sequence[str] | None = None, config: int | None = None, specialize: bool = True,
              root: str | None = None) -> list[Job]:
    chosen = select_kernels(loaded, spec, kernels)
    per_kernel: list[tuple[KernelDef, list[Variant]]] = []
    missing = {}
    for kdef in chosen:
        variants, miss = build_variants(kdef, spec.kernels.get(kdef.name), sets, config)
        if miss:
            missing[kdef] = miss
        per_kernel.append((kdef, variants))
    if missing:
        raise MissingArgumentsError(loaded.display, missing)

    jobs: list[Job] = []
    common = (triton_version(), triton_build(), env_fingerprint(), FRONTEND_VERSION)
    for kdef, variants in per_kernel:
        source_key = kernel_source_key(kdef, loaded)
        for variant in variants:
            for target in targets:
                signature, constexprs, attrs, assumed = resolve_for_target(variant, target, specialize, kdef.jit)
                options = dict(variant.options)
                attrs_json = sorted([list(k), v] for k, v in attrs.items())
                ckey = digest("compile", source_key, signature, sorted(constexprs.items()), attrs_json,
                              sorted(options.items()), target.arch, target.wave_size, common)
                artifact = f"{kdef.name}/{variant.name}/{target.arch}"
                akey = digest("analysis", ckey, analysis_version(), artifact)
                jobs.append(Job(len(jobs), str(loaded.path), root, kdef.name, variant, target, signature,
                                constexprs, attrs, options, ckey, akey, artifact, assumed=assumed,
                                launch_like=specialize))
    return jobs

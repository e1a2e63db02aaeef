"""Which Tritons a dump compiles with, and one job per (job, Triton).

Without ``--python``/``--triton``, the Triton beside isacheck compiles in isacheck's own pool
(``None`` stands for it). ``--python P`` adds the Triton of interpreter P; ``--triton A,B`` adds
releases A and B, each in an environment of its own (:mod:`isacheck.frontend.environments`).
Every job of the plan is then compiled once per Triton; the jobs of one (kernel, variant,
target) stay next to each other, in the order the Tritons were given.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from isacheck.errors import InputError
from isacheck.frontend.cache import digest
from isacheck.frontend.jobs import Job
from isacheck.frontend.remote import Runtime


def resolve_runtimes(req, make: bool = True) -> list[Runtime | None] | None:
    """The Tritons of a DumpRequest. A missing ``--triton`` environment is made (progress on
    stderr) when ``make``, else the answer is None (the caller asks again once the input is good)."""
    from isacheck.frontend import triton_api

    runtimes: list[Runtime | None] = []
    if req.pythons or req.tritons:
        from isacheck.frontend.remote import describe
        for python in req.pythons:
            runtimes.append(describe(python))
        if req.tritons:
            from isacheck import config
            from isacheck.frontend.environments import check_version, ensure, lookup
            from isacheck.frontend.versions import triton_build, triton_version
            root = config.triton_envs_dir()
            versions = [check_version(v) for v in req.tritons]      # a wrong one: one line, at once
            for version in versions:
                if version == triton_version():
                    # The release beside isacheck needs no environment: it compiles in isacheck's
                    # own pool (python None), as a plain dump does.
                    runtimes.append(Runtime(version, triton_build(), None, version))
                    continue
                if not make:
                    runtime = lookup(root, version)
                    if runtime is None:
                        return None
                else:
                    runtime, _made = ensure(root, version, sys.stderr)
                runtimes.append(runtime)
    else:
        from isacheck.frontend.versions import triton_version
        version = triton_version()
        if version != "none":
            problem = triton_api.unsupported(version)
            if problem:
                raise InputError(problem)
            # Triton 3.3/3.4 beside isacheck: point them at an ld.lld before any compile starts
            # (the pool's workers inherit the environment).
            problem = triton_api.prepare_environment(version, os.environ)
            if problem:
                raise InputError(problem)
        runtimes.append(None)
    unique: list[Runtime | None] = []
    for r in runtimes:
        if r not in unique:
            unique.append(r)
    return unique


def jobs_per_runtime(jobs: Sequence[Job], runtimes: Sequence[Runtime | None], timeout: float | None,
                     loaded=None) -> list[Job]:
    """Each job once per Triton. A job for another interpreter's Triton gets that Triton's
    version and build in its cache keys, and ``@triton-<version>`` in its artifact name; with
    ``loaded`` (the kernel file as loader.py loaded it), a job specialised like a launch is
    specialised again by that Triton itself (:func:`remote_specialization`): a launch's hints
    are the compiling release's, not those of the Triton beside isacheck."""
    if list(runtimes) == [None] and not timeout:
        return list(jobs)
    out: list[Job] = []
    for job in jobs:
        for runtime in runtimes:
            if runtime is None:
                out.append(replace(job, index=len(out), timeout=timeout))
                continue
            if loaded is not None and job.launch_like and runtime.python is not None:
                signature, constexprs, attrs, assumed = remote_specialization(job, runtime, loaded)
                job_here = replace(job, signature=signature, constexprs=constexprs, attrs=attrs, assumed=assumed)
            else:
                job_here = job
            out.append(_for_runtime(job_here, runtime, len(out), timeout))
    return out


def _for_runtime(job: Job, runtime: Runtime, index: int, timeout: float | None) -> Job:
    """``job`` compiled by ``runtime``'s Triton: its version, build and the job's specialisation
    in the cache keys, ``@triton-<version>`` in the artifact name."""
    from isacheck.frontend.versions import analysis_version

    attrs_json = sorted([list(k), v] for k, v in job.attrs.items())
    ckey = digest("compile-with", job.compile_key, runtime.version, runtime.build,
                  job.signature, sorted(job.constexprs.items()), attrs_json)
    artifact = f"{job.artifact}@triton-{runtime.name}"   # --out DIR/<k>/<v>/gfx942@triton-3.4.0.llir
    akey = digest("analysis", ckey, analysis_version(), artifact)
    return replace(job, index=index, runtime=runtime, timeout=timeout, compile_key=ckey, analysis_key=akey,
                   artifact=artifact)


def remote_specialization(job: Job, runtime: Runtime, loaded) -> tuple[dict, dict, dict, tuple]:
    """(signature, constexprs, attrs, assumed) of ``job`` as a launch specialises it under
    ``runtime``'s Triton: the same sample arguments (specialize.py), that Triton's rules (the
    worker's "specialize" request in its interpreter)."""
    from isacheck.frontend.loader import module_name_and_root
    from isacheck.frontend.remote import specialize_remote
    from isacheck.frontend.variants import resolve_for_target

    module, sys_root = module_name_and_root(Path(job.source), Path(job.root) if job.root else None)
    request = {"source": job.source, "module": module, "sys_root": str(sys_root), "kernel": job.kernel,
               "arch": job.target.arch, "warp_size": job.target.wave_size}

    def via(wire: list) -> tuple[dict, dict]:
        return specialize_remote(runtime.python, {**request, "args": wire}, runtime.name)

    return resolve_for_target(job.variant, job.target, True, loaded.kernel(job.kernel).jit, via=via)


@dataclass(frozen=True)
class PlannedElsewhere:
    """What loading the kernel file produced, when it was loaded by another interpreter (the
    parts of loader.LoadedSource a dump keeps)."""

    display: str
    warnings: tuple[str, ...]
    dependencies: tuple[Path, ...]


def plan_elsewhere(req, targets, runtimes: Sequence[Runtime]) -> tuple[PlannedElsewhere, list[Job]]:
    """A dump's jobs when isacheck's own process has no Triton: each ``--python``/``--triton``
    interpreter loads the kernel file and plans with ITS Triton (worker's "plan" request), so that
    the kernels found, the autotune configs and each launch's specialisation are that release's;
    the jobs of one (kernel, variant, target) stay together, in the order the Tritons were given."""
    from isacheck.frontend.jobs import job_from_json
    from isacheck.frontend.remote import plan_remote

    request = {"isacheck_root": str(Path(__file__).resolve().parents[2]), "path": req.path, "root": req.root,
               "spec": req.spec, "sets": list(req.sets), "targets": [f"{t.arch}" for t in targets],
               "kernels": list(req.kernels) if req.kernels else None, "config": req.config,
               "specialize": req.specialize}
    per_runtime: list[tuple[Runtime, dict[str, Job]]] = []
    first = None
    for runtime in runtimes:
        answer = plan_remote(runtime.python, request, runtime.name)
        first = first or answer
        per_runtime.append((runtime, {j.artifact: j for j in map(job_from_json, answer["jobs"])}))
    order: list[str] = []
    for _, jobs in per_runtime:
        order += [a for a in jobs if a not in order]
    out: list[Job] = []
    for artifact in order:
        for runtime, jobs in per_runtime:
            if artifact in jobs:
                out.append(_for_runtime(jobs[artifact], runtime, len(out), req.timeout))
    loaded = PlannedElsewhere(first["display"], tuple(first["warnings"]),
                              tuple(Path(d) for d in first["dependencies"]))
    return loaded, out

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
from dataclasses import replace
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


def jobs_per_runtime(jobs: Sequence[Job], runtimes: Sequence[Runtime | None], timeout: float | None) -> list[Job]:
    """Each job once per Triton. A job for another interpreter's Triton gets that Triton's
    version and build in its cache keys, and ``@triton-<version>`` in its artifact name."""
    if list(runtimes) == [None] and not timeout:
        return list(jobs)
    from isacheck.frontend.versions import analysis_version

    out: list[Job] = []
    for job in jobs:
        for runtime in runtimes:
            if runtime is None:
                out.append(replace(job, index=len(out), timeout=timeout))
                continue
            ckey = digest("compile-with", job.compile_key, runtime.version, runtime.build)
            artifact = f"{job.artifact}@triton-{runtime.name}"   # --out DIR/<k>/<v>/gfx942@triton-3.4.0.llir
            akey = digest("analysis", ckey, analysis_version(), artifact)
            out.append(replace(job, index=len(out), runtime=runtime, timeout=timeout, compile_key=ckey,
                               analysis_key=akey, artifact=artifact))
    return out

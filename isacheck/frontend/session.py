"""``isacheck dump`` end to end, without the rendering: load, plan, answer from the cache,
compile the rest in the pool, remember what loading produced.

The kernel file is imported, planned and compiled in a child process
(:mod:`isacheck.frontend.isolation`): a file that crashes or exits at import is one line.

A warm run never imports Triton nor starts that child: the *manifest* (keyed by the file's bytes, the command line,
the spec, Triton's version and the environment) records the jobs loading the file produced and
the local files the import read. When none of those changed and every job's analysis is cached,
the report comes straight from the cache.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Sequence

from isacheck.errors import InputError
from isacheck.frontend.cache import Cache, default_cache_dir, digest
from isacheck.frontend.jobs import Job, JobResult, job_from_json, job_to_json
from isacheck.frontend.versions import (FRONTEND_VERSION, analysis_version, env_fingerprint, triton_build,
                                        triton_version)


@dataclass
class DumpRequest:
    path: str
    targets: Sequence[str]
    kernels: Sequence[str] | None = None
    spec: str | None = None
    sets: Sequence[str] = ()
    config: int | None = None
    specialize: bool = True      # like a real launch (False: --no-specialize, a generic compile)
    out: str | None = None
    jobs: int | None = None
    root: str | None = None
    cache_dir: str | None = None
    use_cache: bool = True
    progress: str = "auto"
    pythons: Sequence[str] = ()         # --python: compile with these interpreters' Triton
    tritons: Sequence[str] = ()         # --triton: with these releases, each in an environment of its own
    timeout: float | None = None        # --timeout-per-job, seconds
    runtimes: list = field(default_factory=list)   # filled by run_dump: remote.Runtime, or None (this process's)
    debug: bool = False                 # --debug: the child prints a domain error's traceback too
    # --whatif (isacheck.frontend.whatif): None; "types" plans the dtype alternatives beside each
    # variant; a frozenset of artifacts plans the spill alternatives of those (second round).
    whatif: object = None


@dataclass
class DumpReport:
    file: str
    jobs: list[Job]
    results: list[JobResult]
    stats: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)   # one line each, for stderr (what loading skipped)
    whatif: list = field(default_factory=list)          # --whatif: whatif.WhatIfGroup per (kernel, variant, target)

    @property
    def failed(self) -> int:
        # A refusal (Triton 3.4 will not compile fp8e4nv for gfx1151) is an answer, not a failure;
        # an assembly isacheck cannot read is an analysis error (exit 2), not a compile failure.
        return sum(1 for r in self.results if not r.ok and r.outcome not in ("refused", "analysis-error"))

    @property
    def analysis_errors(self) -> list[str]:
        """One line each, ``<artifact>.amdgcn:line:col: message``, for the jobs whose compiled
        assembly could not be analysed."""
        return [r.error for r in self.results if r.outcome == "analysis-error" and r.error]


def _sha_file(path: str | Path) -> str | None:
    # Only regular files: reading a FIFO named as the kernel or spec file would block here,
    # before the checks that refuse it in one line.
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except (OSError, ValueError):
        return None


def _manifest_key(req: DumpRequest) -> str | None:
    src = Path(req.path)
    sha = _sha_file(src)
    if sha is None:
        return None
    spec_sha = _sha_file(req.spec) if req.spec else None
    return digest("manifest", str(src.resolve()), os.getcwd(), req.root, sha, list(req.targets),
                  list(req.kernels or ()), req.spec and str(Path(req.spec).resolve()), spec_sha, list(req.sets),
                  req.config, req.specialize, triton_version(), triton_build(), env_fingerprint(), FRONTEND_VERSION,
                  analysis_version(), [asdict(r) if r is not None else None for r in req.runtimes], req.timeout,
                  sorted(req.whatif) if isinstance(req.whatif, frozenset) else req.whatif)


def run_dump(req: DumpRequest) -> DumpReport:
    from isacheck.frontend.runtimes import resolve_runtimes
    # Before the manifest key, which names every Triton's build. None while a --triton environment
    # is still to be made: that waits until the input has proved good (see _full).
    req.runtimes = resolve_runtimes(req, make=False)
    cache = Cache(Path(req.cache_dir) if req.cache_dir else default_cache_dir()) if req.use_cache else None
    mkey = _manifest_key(req) if cache and req.runtimes is not None else None
    if cache and mkey:
        warm = _from_manifest(cache, mkey, req)
        if warm is not None:
            return warm
    # Everything that can be refused without running the kernel file is refused here, before a
    # child starts: the targets, the spec's shape, --set, the file itself.
    from isacheck.frontend.isolation import run_isolated
    from isacheck.frontend.loader import check_source
    from isacheck.frontend.spec import load_spec, parse_sets
    from isacheck.frontend.targets import compile_target

    targets = []
    for name in req.targets:            # `gfx1151,strix-halo` names one target
        t = compile_target(name)
        if all(t.arch != seen.arch for seen in targets):
            targets.append(t)
    spec = load_spec(req.spec)
    sets = parse_sets(list(req.sets))
    source = check_source(req.path, req.root)
    # The kernel file runs in a child process (see isolation.py): a crash there is one line.
    return run_isolated(_full, (req, cache, mkey, targets, spec, sets), source=source.path, shown=source.display,
                        debug=req.debug)


def _from_manifest(cache: Cache, mkey: str, req: DumpRequest) -> DumpReport | None:
    manifest = cache.get_json("manifest", mkey)
    if not manifest:
        return None
    for path, sha in manifest["deps"]:
        if _sha_file(path) != sha:
            return None
    jobs = [job_from_json(j) for j in manifest["jobs"]]
    results = []
    for job in jobs:
        entry = cache.get_object("analysis", job.analysis_key)
        if entry is None:
            # A compile that failed the same way every time is remembered with its message.
            failure = cache.get_json("compile", job.compile_key)
            if not failure or "error" not in failure:
                return None
            results.append(JobResult(job.index, None, failure["error"], source="cache",
                                     outcome=failure.get("outcome")))
            continue
        analysis, meta = entry
        results.append(JobResult(job.index, analysis, None, meta, "cache"))
    if req.out:
        if not _write_out_from_cache(cache, [j for j, r in zip(jobs, results) if r.ok], Path(req.out)):
            return None
    return DumpReport(manifest["display"], jobs, results, _stats(results, len(jobs)), list(manifest.get("warnings", [])))


def _write_out_from_cache(cache: Cache, jobs: list[Job], out: Path) -> bool:
    from isacheck.frontend.artifacts import check_writable, write_artifacts
    check_writable(out, [j.artifact for j in jobs])
    entries = []
    for job in jobs:
        artifacts = cache.get_json("compile", job.compile_key)
        if not artifacts or "error" in artifacts:
            return False
        entries.append((job, artifacts))
    for job, artifacts in entries:
        write_artifacts(out, job.artifact, artifacts)
    return True


def _stats(results: list[JobResult], n: int) -> dict:
    return {"jobs": n,
            "cache_hits": sum(1 for r in results if r.source == "cache"),
            "compiled": sum(1 for r in results if r.source == "compiled"),
            "reanalysed": sum(1 for r in results if r.source == "cached-assembly"),
            "failed": sum(1 for r in results if not r.ok and r.outcome not in ("refused", "analysis-error")),
            "analysis_errors": sum(1 for r in results if r.outcome == "analysis-error"),
            "twins": sum(1 for r in results if r.source == "twin"),
            "refused": sum(1 for r in results if r.outcome == "refused"),
            "timed_out": sum(1 for r in results if r.outcome == "timed-out")}


def _twin_result(job: Job, first: Job, r: JobResult, cache: Cache | None, out: Path | None) -> JobResult:
    """The result of ``job`` from the identical ``first``: the same analysis under its own name."""
    if not r.ok:
        return replace(r, index=job.index, source="twin")
    analysis = replace(r.analysis, path=f"{job.artifact}.amdgcn")
    if cache:
        cache.put_object("analysis", job.analysis_key, (analysis, r.meta))
    if out:
        from isacheck.frontend.artifacts import copy_artifacts
        copy_artifacts(out, first.artifact, job.artifact)
    return JobResult(job.index, analysis, None, r.meta, "twin")


def _full(req: DumpRequest, cache: Cache | None, mkey: str | None, targets, spec, sets, phase) -> DumpReport:
    """Load, plan, compile: runs in the child process of :func:`run_dump`."""
    from isacheck.frontend.compile import _one_target_per_process
    from isacheck.frontend.remote import prestart, this_python
    for runtime in req.runtimes or ():
        # Other interpreters' workers start now (Python, their Triton and its hash: ~0.7 s each)
        # while this process loads and plans; they are asked to specialise, plan and compile.
        # With --timeout-per-job this interpreter's own jobs compile in such a worker too.
        if runtime is not None and runtime.python:
            prestart(runtime.python)
        elif req.timeout or _one_target_per_process():     # the Triton beside isacheck
            prestart(this_python())
    try:
        import triton  # noqa: F401
        here = True
    except ImportError as exc:
        # No Triton beside isacheck: --python's (or --triton's) interpreters load and plan with
        # their own (runtimes.plan_elsewhere); a plain dump or --whatif needs one here.
        here = False
        if req.whatif or (req.runtimes is not None and any(r is None or r.python is None for r in req.runtimes)):
            raise InputError(f"isacheck dump needs Triton (pip install 'isacheck[triton]', or --python PATH "
                             f"for another environment's): {exc}") from None
    from isacheck.frontend import compile as compile_mod
    from isacheck.frontend.artifacts import check_writable, write_artifacts
    from isacheck.frontend.loader import assume_target, load_source
    from isacheck.frontend.isolation import quiet_output
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.pool import default_workers, run_jobs
    from isacheck.frontend.progress import make_progress

    if here:
        phase("importing")
        assume_target(targets[0].arch, targets[0].wave_size)
        with quiet_output(enabled=not req.debug):
            loaded = load_source(req.path, req.root)
        phase("planning")
        compile_mod.LOADED[(str(loaded.path), req.root)] = loaded
        jobs = plan_jobs(loaded, spec, sets, targets, kernels=req.kernels, config=req.config,
                         specialize=req.specialize, root=req.root)
    if here and req.whatif:
        from isacheck.frontend.whatif import plan_alternatives, renumber
        alternatives = plan_alternatives(loaded, spec, sets, targets, jobs, mode=req.whatif,
                                         specialize=req.specialize, root=req.root)
        # the second round (spill alternatives) compiles only those: the user's jobs are answered
        jobs = renumber(alternatives if isinstance(req.whatif, frozenset) else jobs + alternatives)
    from isacheck.frontend.runtimes import jobs_per_runtime, resolve_runtimes
    if req.runtimes is None:            # the file loaded and planned: now make --triton's environments
        req.runtimes = resolve_runtimes(req, make=True)
        mkey = _manifest_key(req) if cache else None
    if here:
        if any(r is not None and r.python for r in req.runtimes):
            # The other interpreters' workers are still starting (prestart above) and are asked
            # next: Triton's hash of itself, which the pool's workers inherit, is done meanwhile.
            from isacheck.frontend.pool import warm_triton_key
            warm_triton_key()
        jobs = jobs_per_runtime(jobs, req.runtimes, req.timeout, loaded)   # each job once per Triton
    else:
        from isacheck.frontend.runtimes import plan_elsewhere
        phase("planning")
        loaded, jobs = plan_elsewhere(req, targets, req.runtimes)
    out = Path(req.out) if req.out else None
    if out:
        check_writable(out, [j.artifact for j in jobs])

    results: dict[int, JobResult] = {}
    todo: list[Job] = []
    for job in jobs:
        entry = cache.get_object("analysis", job.analysis_key) if cache else None
        if entry is not None and out is not None:
            artifacts = cache.get_json("compile", job.compile_key)
            if not artifacts or "error" in artifacts:
                entry = None
            else:
                write_artifacts(out, job.artifact, artifacts)
        if entry is not None:
            analysis, meta = entry
            results[job.index] = JobResult(job.index, analysis, None, meta, "cache")
        else:
            todo.append(job)

    # Jobs that compile the very same thing (an explicit `*fp8e4nv` variant next to `*fp8` on a
    # target whose native FP8 is e4m3fn, a target named twice, twin autotune configs) compile once.
    unique: dict[str, Job] = {}
    twins: list[tuple[Job, Job]] = []
    for job in todo:
        first = unique.setdefault(job.compile_key, job)
        if first is not job:
            twins.append((job, first))
    if unique:
        phase("compiling")
        workers = req.jobs if req.jobs else default_workers()
        compile_jobs = list(unique.values())
        progress = make_progress([j.label for j in compile_jobs], req.progress)
        for r in run_jobs(compile_jobs, workers=workers, cache_root=str(cache.root) if cache else None,
                          out_dir=str(out) if out else None, progress=progress):
            results[r.index] = r
        from isacheck.frontend.remote import close_workers
        close_workers()   # worker processes this process started (serial runs, --jobs 1)
    for job, first in twins:
        results[job.index] = _twin_result(job, first, results[first.index], cache, out)
    ordered = [results[j.index] for j in jobs]

    if cache and mkey:
        deps = [[str(p), _sha_file(p)] for p in loaded.dependencies]
        if req.spec:
            deps.append([str(Path(req.spec).resolve()), _sha_file(req.spec)])
        cache.put_json("manifest", mkey, {"display": loaded.display, "deps": deps, "warnings": list(loaded.warnings),
                                          "jobs": [job_to_json(j) for j in jobs]})
    return DumpReport(loaded.display, jobs, ordered, _stats(ordered, len(jobs)), list(loaded.warnings))

"""Compile one job with Triton's AMD backend and analyse the assembly (runs in a pool worker).

    triton.compile(ASTSource(fn, signature, constexprs, attrs), target=GPUTarget("hip", arch, wave), options)

A failure becomes one line (Triton's own message, at the kernel file's line when Triton names
one); the job's result says so and the other jobs go on.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from isacheck.errors import IsacheckError
from isacheck.frontend.cache import Cache
from isacheck.frontend.jobs import Job, JobResult

# Loaded source files by (path, root). The parent fills it before the pool forks, so forked
# workers find the module already imported; a worker started any other way loads it once.
LOADED: dict[tuple[str, str | None], Any] = {}

_META_KEYS = ("num_warps", "num_stages", "warp_size", "shared", "waves_per_eu", "matrix_instr_nonkdim", "kpack")


def loaded(source: str, root: str | None):
    key = (source, root)
    if key not in LOADED:
        from isacheck.frontend.loader import load_source
        LOADED[key] = load_source(source, root)
    return LOADED[key]


def compile_artifacts(job: Job) -> dict[str, Any]:
    """Triton's output for the job: {"amdgcn", "ttgir", "llir": text, "metadata": dict}.
    Raises whatever Triton raises. Triton's API differences between releases: triton_api."""
    from isacheck.frontend import triton_api
    from isacheck.frontend.variants import triton_value

    if worker_python(job) is not None:
        return _compile_in_worker(job)
    src_file = loaded(job.source, job.root)
    fn = src_file.kernel(job.kernel).jit
    constexprs = {k: triton_value(v) for k, v in job.constexprs.items()}
    artifacts = triton_api.compile_kernel(fn, job.signature, constexprs, job.attrs, job.target.arch,
                                          job.target.wave_size, dict(job.options))
    artifacts.pop("ignored_options", None)
    return artifacts


def _one_target_per_process() -> bool:
    """Triton 3.3/3.4 beside isacheck: a pool worker that compiled one target would carry state
    into the next (triton_api.keeps_state_between_targets); the worker's fresh process per job
    does not."""
    from isacheck.frontend.triton_api import keeps_state_between_targets
    from isacheck.frontend.versions import triton_version
    return keeps_state_between_targets(triton_version())


def worker_python(job: Job) -> str | None:
    """The interpreter whose triton_worker compiles ``job``, or None when this process compiles it:
    another interpreter's Triton, a job with a time limit (the worker can be killed), or Triton
    3.3/3.4 beside isacheck (a fresh process per job)."""
    if job.runtime is not None and job.runtime.python:
        return job.runtime.python
    if job.timeout or _one_target_per_process():
        from isacheck.frontend.remote import this_python
        return this_python()
    return None


def kernel_fields(job: Job) -> dict[str, Any]:
    """What a triton_worker request names the job's kernel and target by."""
    from isacheck.frontend.loader import module_name_and_root

    module, sys_root = module_name_and_root(Path(job.source), Path(job.root) if job.root else None)
    return {"source": job.source, "module": module, "sys_root": str(sys_root), "kernel": job.kernel,
            "arch": job.target.arch, "warp_size": job.target.wave_size}


def compile_request(job: Job) -> dict[str, Any]:
    """A triton_worker compile request for ``job`` (without ``fresh_process``)."""
    return {**kernel_fields(job), "signature": dict(job.signature), "constexprs": dict(job.constexprs),
            "attrs": [[list(k), v] for k, v in job.attrs.items()], "options": dict(job.options)}


def _compile_in_worker(job: Job) -> dict[str, Any]:
    """The same, in a triton_worker process: another interpreter's Triton, or a job with a time
    limit (the worker is killed when it passes)."""
    from isacheck.frontend.remote import compile_remote
    from isacheck.frontend.triton_api import keeps_state_between_targets

    request = compile_request(job)
    python = worker_python(job)
    if job.runtime is not None and job.runtime.python:
        version = job.runtime.version
    else:
        from isacheck.frontend.versions import triton_version
        version = triton_version()
    artifacts = compile_remote(python, request, job.timeout, fresh_process=keeps_state_between_targets(version))
    artifacts.pop("ignored_options", None)
    return artifacts


def small_meta(metadata: dict) -> dict:
    return {k: metadata[k] for k in _META_KEYS if k in metadata}


def run_job(job: Job, cache_root: str | None, out_dir: str | None) -> JobResult:
    """Compile (or take the cached assembly), analyse, store. Never raises for a kernel's fault."""
    cache = Cache(Path(cache_root)) if cache_root else None
    artifacts = cache.get_json("compile", job.compile_key) if cache else None
    origin = "cached-assembly" if artifacts else "compiled"
    if artifacts is None:
        from isacheck.frontend.remote import RemoteCompileError, TimedOut
        try:
            started = time.perf_counter()
            with _captured_stderr() as err:
                artifacts = compile_artifacts(job)
            # Recorded with the artifacts: a cached row still says how long Triton took.
            artifacts["compile_seconds"] = round(time.perf_counter() - started, 2)
        except TimedOut:
            return JobResult(job.index, None, f"timed out after {job.timeout:g} s (--timeout-per-job); "
                                              "the compile was stopped", outcome="timed-out")
        except Exception as exc:  # noqa: BLE001 - every compiler failure is the kernel's result
            if isinstance(exc, RemoteCompileError):
                message, deterministic = _remote_error_line(exc.info, job), exc.info.get("deterministic", False)
            else:
                message, deterministic = error_line(exc, job, err.text()), _deterministic(exc)
            failure = _failure(message, job)
            if cache and deterministic:
                cache.put_json("compile", job.compile_key, failure)
            return JobResult(job.index, None, failure["error"], outcome=failure.get("outcome"))
        if cache:
            cache.put_json("compile", job.compile_key, artifacts)
    if "error" in artifacts:
        return JobResult(job.index, None, artifacts["error"], source="cache", outcome=artifacts.get("outcome"))
    if out_dir:
        from isacheck.frontend.artifacts import write_artifacts
        write_artifacts(Path(out_dir), job.artifact, artifacts)
    meta = small_meta(artifacts["metadata"])
    if artifacts.get("compile_seconds") is not None:
        meta["compile_seconds"] = artifacts["compile_seconds"]
    try:
        from isacheck.analysis import analyze_text
        analysis = analyze_text(artifacts["amdgcn"], f"{job.artifact}.amdgcn", target=job.target.arch)
    except IsacheckError as exc:
        # The compile worked; isacheck cannot read what it produced (a line its grammar rejects):
        # not a compile failure (exit 4) but an analysis error at file:line:col of the assembly.
        return JobResult(job.index, None, str(exc), meta, origin, outcome="analysis-error")
    except Exception as exc:  # noqa: BLE001
        return JobResult(job.index, None, f"analysis failed: {type(exc).__name__}: {_first_line(str(exc))}", meta, origin)
    if cache:
        cache.put_object("analysis", job.analysis_key, (analysis, meta))
    return JobResult(job.index, analysis, None, meta, origin)


def _failure(message: str, job: Job) -> dict:
    """The cached record of a failed compile. A Triton that refuses the FP8 type on this target
    (3.3/3.4 on gfx11) has given a verdict, recorded as such."""
    from isacheck.frontend import triton_api
    fmt = triton_api.refusal(message)
    if fmt is None:
        return {"error": message}
    if job.runtime is not None:
        version = job.runtime.name
    else:
        from isacheck.frontend.versions import triton_version
        version = triton_version()
    return {"error": f"refused by Triton {version}: {fmt} is not compiled for {job.target.arch} ({message})",
            "outcome": "refused"}


def _remote_error_line(info: dict, job: Job) -> str:
    from isacheck.report.json import display_path
    message = info.get("message") or "compile failed"
    if info.get("line"):
        return f"{display_path(job.source)}:{info['line']}:{info.get('col') or 1}: {message}"
    return message


def _deterministic(exc: BaseException) -> bool:
    """Failures worth remembering: the same input fails the same way (not memory, not signals)."""
    from triton.compiler.errors import CompilationError
    return isinstance(exc, (CompilationError, RuntimeError, ValueError, TypeError, AssertionError))


def _first_line(text: str) -> str:
    for line in text.strip().splitlines():
        if line.strip():
            return line.strip()
    return ""


def error_line(exc: BaseException, job: Job, stderr: str = "") -> str:
    """One line: ``file:line:col: message`` for an error in the kernel's code, else Triton's last
    meaningful line (LLVM puts the reason at the end)."""
    from triton.compiler.errors import CompilationError

    if isinstance(exc, CompilationError):
        outer = exc
        inner: BaseException = exc
        while isinstance(inner, CompilationError) and inner.__cause__ is not None:
            inner = inner.__cause__
        if isinstance(inner, CompilationError):
            message = inner.error_message or type(inner).__name__
        else:
            message = f"{type(inner).__name__}: {_first_line(str(inner))}"
        message = _first_line(str(message))
        node = getattr(outer, "node", None)
        try:
            kdef = loaded(job.source, job.root).kernel(job.kernel)
            # relative to the working directory, else the file name: this text goes into JSON too
            from isacheck.report.json import display_path
            if node is not None and hasattr(node, "lineno"):
                from isacheck.frontend.triton_api import def_line
                line = def_line(kdef.jit) + node.lineno - 1
                return f"{display_path(job.source)}:{line}:{node.col_offset + 1}: {message}"
        except Exception:  # noqa: BLE001
            pass
        return message
    text = str(exc).strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines and stderr.strip():
        lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    # LLVM's and MLIR's errors name the cause on the line that says "error"; prefer it.
    for ln in lines:
        if "error" in ln.lower() and len(ln) > 12:
            return f"{type(exc).__name__}: {ln}"[:400]
    return f"{type(exc).__name__}: {lines[-1] if lines else ''}"[:400]


class _captured_stderr:
    """Send file descriptor 2 to a temporary file while Triton compiles: LLVM and MLIR write
    diagnostics there, which would tear through the progress bar; keep them for the error."""

    def __enter__(self):
        self._tmp = tempfile.TemporaryFile(mode="w+b")
        try:
            self._saved = os.dup(2)
            os.dup2(self._tmp.fileno(), 2)
        except OSError:
            self._saved = None
        return self

    def __exit__(self, *exc) -> bool:
        if self._saved is not None:
            os.dup2(self._saved, 2)
            os.close(self._saved)
        self._tmp.seek(0)
        self._text = self._tmp.read().decode("utf-8", "replace")[-20000:]
        self._tmp.close()
        return False

    def text(self) -> str:
        return getattr(self, "_text", "")

"""Compile one job with Triton's AMD backend and analyse the assembly (runs in a pool worker).

    triton.compile(ASTSource(fn, signature, constexprs, attrs), target=GPUTarget("hip", arch, wave), options)

A failure becomes one line (Triton's own message, at the kernel file's line when Triton names
one); the job's result says so and the other jobs go on.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

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
    Raises whatever Triton raises."""
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    from isacheck.frontend.variants import triton_value

    src_file = loaded(job.source, job.root)
    fn = src_file.kernel(job.kernel).jit
    constexprs = {k: triton_value(v) for k, v in job.constexprs.items()}
    src = ASTSource(fn=fn, signature=dict(job.signature), constexprs=constexprs, attrs=dict(job.attrs))
    target = GPUTarget("hip", job.target.arch, job.target.wave_size)
    kernel = triton.compile(src, target=target, options=dict(job.options))
    meta_path = next(p for name, p in kernel.metadata_group.items() if name.endswith(".json") and not name.startswith("__grp__"))
    metadata = json.loads(Path(meta_path).read_text())
    return {"amdgcn": kernel.asm["amdgcn"], "ttgir": kernel.asm.get("ttgir", ""), "llir": kernel.asm.get("llir", ""),
            "metadata": metadata}


def small_meta(metadata: dict) -> dict:
    return {k: metadata[k] for k in _META_KEYS if k in metadata}


def run_job(job: Job, cache_root: str | None, out_dir: str | None) -> JobResult:
    """Compile (or take the cached assembly), analyse, store. Never raises for a kernel's fault."""
    cache = Cache(Path(cache_root)) if cache_root else None
    artifacts = cache.get_json("compile", job.compile_key) if cache else None
    origin = "cached-assembly" if artifacts else "compiled"
    if artifacts is None:
        try:
            with _captured_stderr() as err:
                artifacts = compile_artifacts(job)
        except Exception as exc:  # noqa: BLE001 - every compiler failure is the kernel's result
            message = error_line(exc, job, err.text())
            if cache and _deterministic(exc):
                cache.put_json("compile", job.compile_key, {"error": message})
            return JobResult(job.index, None, message)
        if cache:
            cache.put_json("compile", job.compile_key, artifacts)
    if "error" in artifacts:
        return JobResult(job.index, None, artifacts["error"], source="cache")
    if out_dir:
        from isacheck.frontend.artifacts import write_artifacts
        write_artifacts(Path(out_dir), job.artifact, artifacts)
    meta = small_meta(artifacts["metadata"])
    try:
        from isacheck.analysis import analyze_text
        analysis = analyze_text(artifacts["amdgcn"], f"{job.artifact}.amdgcn", target=job.target.arch)
    except Exception as exc:  # noqa: BLE001
        return JobResult(job.index, None, f"analysis failed: {type(exc).__name__}: {_first_line(str(exc))}", meta, origin)
    if cache:
        cache.put_object("analysis", job.analysis_key, (analysis, meta))
    return JobResult(job.index, analysis, None, meta, origin)


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
                line = kdef.jit.def_file_line_number + node.lineno - 1
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

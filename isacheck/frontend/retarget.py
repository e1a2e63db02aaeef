"""``isacheck scan PATH --retarget gfx1151,...``: recompile a saved Triton cache for other AMD GPUs.

A Triton cache (``~/.triton/cache``, or a tarball of one saved from a container) holds, for every
kernel a real workload launched, the TTIR Triton made from the Python source with that launch's
exact specialisation, and the options it compiled with (``<name>.json``). TTIR is the same for
every backend up to a few ops, so each kernel's TTIR is compiled again with Triton's AMD backend
for each requested target, with the recorded options that mean the same thing there, and the
assembly is analysed like ``dump``'s. No Python source and no spec are needed. Caches made on
NVIDIA machines work too; a kernel whose TTIR the AMD backend cannot take (NVIDIA-only
tensor-memory ops, clusters) is reported with Triton's message and the others go on.

Jobs run in the process pool with progress, and results go through the persistent cache keyed
by the TTIR's bytes, the options, the target and Triton's version, so a repeated run is answered
without compiling.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isacheck.errors import InputError, printable
from isacheck.frontend.cache import Cache, default_cache_dir, digest
from isacheck.frontend.targets import CompileTarget
from isacheck.frontend.versions import FRONTEND_VERSION, analysis_version, env_fingerprint, triton_version

# Recorded options that mean the same on the AMD backend, whatever backend recorded them.
# Target-specific ones (arch, supported FP8 types, dot precisions, PTX/NVIDIA knobs) are not
# carried over: the AMD backend chooses those for the new target itself.
PORTABLE_OPTIONS = ("num_warps", "num_stages", "num_ctas", "waves_per_eu", "matrix_instr_nonkdim", "kpack",
                    "enable_fp_fusion", "schedule_hint", "allow_flush_denorm", "launch_cooperative_grid",
                    "debug", "sanitize_overflow")
_META_KEYS = ("num_warps", "num_stages", "warp_size", "shared", "waves_per_eu", "matrix_instr_nonkdim", "kpack")


@dataclass(frozen=True)
class CachedEntry:
    """One kernel of a Triton cache, from any backend."""

    name: str
    backend: str               # "hip", "cuda", ...
    arch: str                  # "gfx942", "sm90", ...
    entry: str                 # the hash directory, relative to the cache root
    ttir: str | None           # absolute path of <name>.ttir
    amdgcn: str | None         # absolute path of <name>.amdgcn (AMD entries)
    options: tuple[tuple[str, Any], ...]   # the recorded options that carry over (PORTABLE_OPTIONS)

    @property
    def label(self) -> str:
        return self.arch if self.backend == "hip" else f"{self.arch} ({self.backend})"


@dataclass(frozen=True)
class RetargetJob:
    index: int
    entry: CachedEntry
    target: CompileTarget | None      # None: analyse the entry's own AMD assembly
    compile_key: str
    analysis_key: str
    artifact: str                     # names the analysis: "<entry>/<name>@<arch>.amdgcn"

    @property
    def label(self) -> str:
        return f"{self.entry.name} {self.entry.entry[:12]} {self.target.arch if self.target else self.entry.label}"


@dataclass(frozen=True)
class RetargetResult:
    index: int
    analysis: Any | None
    error: str | None
    meta: dict = field(default_factory=dict)
    source: str = "compiled"          # "compiled" | "cache" | "cached-assembly" | "original"

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class RetargetReport:
    source: str
    targets: list[CompileTarget]
    entries: list[CachedEntry]
    jobs: list[RetargetJob]
    results: list[RetargetResult]
    skipped: int = 0
    stats: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- finding kernels

def find_entries(root: Path) -> tuple[list[CachedEntry], int]:
    """(every kernel with TTIR or AMD assembly, how many other entries were skipped)."""
    from isacheck.frontend.tritoncache import read_entries

    found: list[CachedEntry] = []
    entries, skipped = read_entries(root)
    for meta_path, meta, target in entries:
        ttir = meta_path.with_suffix(".ttir")
        amdgcn = meta_path.with_suffix(".amdgcn")
        if not ttir.is_file() and not amdgcn.is_file():
            skipped += 1
            continue
        backend = target["backend"]
        arch = str(target.get("arch"))
        if backend == "cuda" and arch.isdigit():
            arch = f"sm{arch}"
        options = tuple((k, meta[k]) for k in PORTABLE_OPTIONS
                        if k in meta and isinstance(meta[k], (int, float, str, bool)) and meta[k] is not None)
        found.append(CachedEntry(name=str(meta.get("name") or meta_path.stem), backend=backend, arch=arch,
                                 entry=str(meta_path.parent.relative_to(root)),
                                 ttir=str(ttir) if ttir.is_file() else None,
                                 amdgcn=str(amdgcn) if backend == "hip" and amdgcn.is_file() else None,
                                 options=options))
    found.sort(key=lambda e: (e.name, e.entry))
    return found, skipped


def plan(entries: list[CachedEntry], targets: list[CompileTarget]) -> list[RetargetJob]:
    """Per entry: its own AMD assembly (when it has one), then each target (when it has TTIR)."""
    common = (triton_version(), env_fingerprint(), FRONTEND_VERSION)
    version = analysis_version()
    jobs: list[RetargetJob] = []
    for e in entries:
        if e.amdgcn:
            sha = _sha(e.amdgcn)
            artifact = f"{e.entry}/{e.name}.amdgcn"
            jobs.append(RetargetJob(len(jobs), e, None, sha, digest("retarget-original", sha, e.arch, artifact, version),
                                    artifact))
        if not e.ttir:
            continue
        ttir_sha = _sha(e.ttir)
        for t in targets:
            ckey = digest("retarget", ttir_sha, sorted(e.options), t.arch, t.wave_size, common)
            artifact = f"{e.entry}/{e.name}@{t.arch}.amdgcn"
            jobs.append(RetargetJob(len(jobs), e, t, ckey, digest("retarget-analysis", ckey, version, artifact),
                                    artifact))
    return jobs


def _sha(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# --------------------------------------------------------------------------- one job (a pool worker)

def compile_ttir(path: str, arch: str, warp_size: int, options: dict, triton_cache: str | None = None) -> dict:
    """Triton's AMD backend on a TTIR file: {"amdgcn": text, "metadata": dict}. The one call into
    Triton here (``triton.compile`` of an IR file, through triton_api, which knows the releases:
    the pipeline stops at the assembly where the release allows it); options this release does
    not know are dropped. ``triton_cache``: the directory Triton's own cache goes to."""
    from isacheck.frontend.triton_api import compile_ir

    out = compile_ir(path, arch, warp_size, options, cache_dir=triton_cache)
    meta = out["metadata"]
    return {"amdgcn": out["amdgcn"], "metadata": {k: meta[k] for k in _META_KEYS if k in meta}}


def run_job(job: RetargetJob, cache_root: str | None, triton_cache: str | None = None) -> RetargetResult:
    """Compile (or take the cached assembly) and analyse. Never raises for a kernel's fault."""
    from isacheck.analysis import analyze_text
    from isacheck.frontend.compile import _captured_stderr

    cache = Cache(Path(cache_root)) if cache_root else None
    e = job.entry
    if job.target is None:
        try:
            from isacheck.frontend.scan import analyze_cached_assembly
            analysis = analyze_cached_assembly(e.amdgcn, job.artifact, e.arch)
        except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the scan
            return RetargetResult(job.index, None, _one_line(exc), source="original")
        if cache:
            cache.put_object("analysis", job.analysis_key, (analysis, {}))
        return RetargetResult(job.index, analysis, None, {}, "original")

    artifacts = cache.get_json("compile", job.compile_key) if cache else None
    origin = "cached-assembly" if artifacts else "compiled"
    if artifacts is None:
        err = None
        try:
            with _captured_stderr() as err:
                artifacts = compile_ttir(e.ttir, job.target.arch, job.target.wave_size, dict(e.options), triton_cache)
        except Exception as exc:  # noqa: BLE001 - every compiler failure is this kernel's result
            message = _one_line(exc, err.text() if err else "")
            if cache:
                cache.put_json("compile", job.compile_key, {"error": message})
            return RetargetResult(job.index, None, message)
        if cache:
            cache.put_json("compile", job.compile_key, artifacts)
    if "error" in artifacts:
        return RetargetResult(job.index, None, artifacts["error"], source="cache")
    try:
        analysis = analyze_text(artifacts["amdgcn"], job.artifact, target=job.target.arch)
    except Exception as exc:  # noqa: BLE001
        return RetargetResult(job.index, None, f"analysis failed: {_one_line(exc)}", artifacts["metadata"], origin)
    if cache:
        cache.put_object("analysis", job.analysis_key, (analysis, artifacts["metadata"]))
    return RetargetResult(job.index, analysis, None, artifacts["metadata"], origin)


def _one_line(exc: BaseException, stderr: str = "") -> str:
    """Triton's message in one line: MLIR and LLVM name the cause on the line that says "error"."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    lines += [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        if "error" in ln.lower() and len(ln) > 12:
            return printable(f"{type(exc).__name__}: {ln}")[:400]
    return printable(f"{type(exc).__name__}: {lines[0] if lines else ''}")[:400]


# --------------------------------------------------------------------------- the whole scan

def run_retarget(path: str, targets: list[str], *, workers: int | None = None, cache_dir: str | None = None,
                 use_cache: bool = True, progress_mode: str = "auto", kernels: list[str] | None = None,
                 origins: list[str] | None = None, max_member: int | None = None) -> RetargetReport:
    """``origins``: only cache entries compiled for these targets (``scan --target``: gfx942, sm90)."""
    from isacheck.frontend.archive import extract, is_archive
    from isacheck.frontend.targets import compile_target

    chosen: list[CompileTarget] = []
    for name in targets:
        t = compile_target(name)
        if all(t.arch != c.arch for c in chosen):
            chosen.append(t)
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or directory", path=printable(path))
    if p.is_dir():
        return _run(p, printable(path), chosen, workers, cache_dir, use_cache, progress_mode, kernels, origins)
    if not is_archive(p):
        raise InputError("not a Triton cache directory nor a .tar/.tar.gz of one", path=printable(path))
    with tempfile.TemporaryDirectory(prefix="isacheck-retarget-") as tmp:
        extract(p, Path(tmp), **({"max_member": max_member} if max_member else {}))
        return _run(Path(tmp), printable(path), chosen, workers, cache_dir, use_cache, progress_mode, kernels,
                    origins)


def _run(root: Path, shown: str, targets: list[CompileTarget], workers, cache_dir, use_cache, progress_mode,
         kernels, origins=None) -> RetargetReport:
    from isacheck.frontend.pool import default_workers, run_tasks
    from isacheck.frontend.progress import make_progress

    entries, skipped = find_entries(root)
    if kernels:
        entries = [e for e in entries if e.name in kernels]
    if origins:
        entries = [e for e in entries if e.arch in origins]
    jobs = plan(entries, targets)
    cache = Cache(Path(cache_dir) if cache_dir else default_cache_dir()) if use_cache else None
    results: dict[int, RetargetResult] = {}
    todo: list[RetargetJob] = []
    for job in jobs:
        hit = cache.get_object("analysis", job.analysis_key) if cache else None
        if isinstance(hit, tuple) and len(hit) == 2:
            results[job.index] = RetargetResult(job.index, hit[0], None, hit[1], "cache")
        elif job.target is not None and cache and (failure := cache.get_json("compile", job.compile_key)) \
                and "error" in failure:
            results[job.index] = RetargetResult(job.index, None, failure["error"], source="cache")
        else:
            todo.append(job)
    cache_root = str(cache.root) if cache else None
    if any(j.target is not None for j in todo):
        _check_triton()
    if todo:
        # Longest first, so that no worker is left with a long compile at the end: targets
        # without hardware FP8 emulate it and compile longest, then larger TTIR before smaller;
        # the cached assemblies, which are only analysed, fill the gaps last.
        size = {e.ttir: Path(e.ttir).stat().st_size for e in entries if e.ttir}
        order = sorted(range(len(todo)), key=lambda i: (todo[i].target is None,
                                                         todo[i].target is not None and todo[i].target.native_fp8 != (),
                                                         -size.get(todo[i].entry.ttir, 0), i))
        progress = make_progress([j.label for j in todo], progress_mode)
        # Triton's own cache for these compiles is private to this run and removed after it: the
        # scanned cache may be the user's live one (~/.triton/cache), which a scan must not change,
        # and isacheck's cache already keeps what a repeated run needs.
        with tempfile.TemporaryDirectory(prefix="isacheck-triton-cache-") as triton_cache:
            done = run_tasks(run_job, todo, args=(cache_root, triton_cache),
                             workers=workers or default_workers(), progress=progress, order=order,
                             light=lambda job: job.target is None,
                             prepare=_import_triton if any(j.target is not None for j in todo) else None,
                             on_error=lambda i, exc: RetargetResult(todo[i].index, None,
                                                                    f"worker failed: {type(exc).__name__}: {exc}"))
        for r in done:
            results[r.index] = r
    ordered = [results[j.index] for j in jobs]
    stats = {"kernels": len(entries), "jobs": len(jobs),
             "cache_hits": sum(1 for r in ordered if r.source == "cache"),
             "compiled": sum(1 for r in ordered if r.source == "compiled"),
             "reanalysed": sum(1 for r in ordered if r.source in ("cached-assembly", "original")),
             "failed": sum(1 for r in ordered if not r.ok), "skipped": skipped,
             "no_ttir": sum(1 for e in entries if not e.ttir)}
    return RetargetReport(shown, targets, entries, jobs, ordered, skipped, stats)


_NEEDS_TRITON = "isacheck scan --retarget needs Triton (pip install 'isacheck[triton]')"


def _check_triton() -> None:
    """One line before any work when there is no Triton to compile with (found, not imported)."""
    import importlib.util
    if importlib.util.find_spec("triton") is None:
        raise InputError(f"{_NEEDS_TRITON}: no module named 'triton'")


def _import_triton() -> None:
    """Imported before the pool forks, so that workers inherit Triton instead of each importing
    it (see pool.py on why forking after the import is safe)."""
    try:
        import triton.backends.amd.compiler  # noqa: F401
        import triton.compiler  # noqa: F401
    except ImportError as exc:          # a Triton that is there but does not import
        raise InputError(f"{_NEEDS_TRITON}: {printable(str(exc))}") from None

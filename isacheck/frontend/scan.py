"""``isacheck scan``: analyse every AMD kernel of a Triton cache directory or a tarball of one.

Analyses go through the same persistent cache as ``dump`` (keyed by the assembly's SHA-256 and
the analysis version) and the same process pool.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isacheck.errors import InputError
from isacheck.frontend.archive import extract, is_archive
from isacheck.frontend.cache import Cache, default_cache_dir, digest
from isacheck.frontend.tritoncache import CachedKernel, find_amd_kernels
from isacheck.frontend.versions import analysis_version
from isacheck.inputs import read_source


@dataclass(frozen=True)
class ScanItem:
    kernel: CachedKernel
    text_sha: str
    analysis_key: str
    artifact: str          # "<hash dir>/<name>.amdgcn", relative: names the analysis


@dataclass(frozen=True)
class ScanResult:
    analysis: Any | None
    error: str | None
    from_cache: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class ScanReport:
    source: str
    items: list[ScanItem]
    results: list[ScanResult]
    skipped: int = 0
    stats: dict = field(default_factory=dict)


def analyze_cached_assembly(path: str, artifact: str, arch: str):
    """The analysis of a cache entry's ``.amdgcn`` (a bounded read, checked as text), named
    ``artifact``; raises what reading or analysing raises."""
    from isacheck.analysis import analyze_text
    from isacheck.asm.sniff import check_bytes
    from isacheck.inputs import read_source

    data, name = read_source(path)
    return analyze_text(check_bytes(data, name), artifact, target=arch)


def analyze_item(item: ScanItem, cache_root: str | None) -> ScanResult:
    cache = Cache(Path(cache_root)) if cache_root else None
    try:
        analysis = analyze_cached_assembly(str(item.kernel.amdgcn), item.artifact, item.kernel.arch)
    except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the scan
        first = next((ln for ln in str(exc).splitlines() if ln.strip()), "")
        return ScanResult(None, f"{type(exc).__name__}: {first}")
    if cache:
        cache.put_object("analysis", item.analysis_key, analysis)
    return ScanResult(analysis, None)


def run_scan(path: str, *, workers: int | None = None, cache_dir: str | None = None, use_cache: bool = True,
             progress_mode: str = "auto", kernels: list[str] | None = None, targets: list[str] | None = None,
             max_member: int | None = None) -> ScanReport:
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or directory", path=path)
    if p.is_dir():
        return _scan_dir(p, path, workers, cache_dir, use_cache, progress_mode, kernels, targets)
    if not is_archive(p):
        raise InputError("not a Triton cache directory nor a .tar/.tar.gz of one", path=path)
    with tempfile.TemporaryDirectory(prefix="isacheck-scan-") as tmp:
        kwargs = {"max_member": max_member} if max_member is not None else {}
        extract(p, Path(tmp), **kwargs)
        return _scan_dir(Path(tmp), path, workers, cache_dir, use_cache, progress_mode, kernels, targets)


def _scan_dir(root: Path, shown: str, workers, cache_dir, use_cache, progress_mode, kernels, targets) -> ScanReport:
    from isacheck.frontend.pool import default_workers, run_tasks
    from isacheck.frontend.progress import make_progress

    found, skipped = find_amd_kernels(root)
    if kernels:
        found = [k for k in found if k.name in kernels]
    if targets:
        found = [k for k in found if k.arch in targets]
    cache = Cache(Path(cache_dir) if cache_dir else default_cache_dir()) if use_cache else None
    version = analysis_version()
    items = []
    for k in found:
        try:
            data, _name = read_source(str(k.amdgcn))   # bounded: an entry is no bigger than an input file
        except InputError:
            skipped += 1    # unreadable, or over the input limit: not a kernel isacheck can analyse
            continue
        sha = hashlib.sha256(data).hexdigest()
        artifact = f"{k.entry}/{k.amdgcn.name}"
        items.append(ScanItem(k, sha, digest("scan-analysis", sha, k.arch, artifact, version), artifact))

    results: dict[int, ScanResult] = {}
    todo: list[int] = []
    for i, item in enumerate(items):
        hit = cache.get_object("analysis", item.analysis_key) if cache else None
        if hit is not None:
            results[i] = ScanResult(hit, None, True)
        else:
            todo.append(i)
    if todo:
        todo_items = [items[i] for i in todo]
        progress = make_progress([f"{it.kernel.name} {it.kernel.arch} {it.kernel.entry[:12]}" for it in todo_items],
                                 progress_mode)
        out = run_tasks(analyze_item, todo_items, args=(str(cache.root) if cache else None,),
                        workers=workers or default_workers(), progress=progress,
                        on_error=lambda i, exc: ScanResult(None, f"worker failed: {type(exc).__name__}: {exc}"))
        for i, r in zip(todo, out):
            results[i] = r
    ordered = [results[i] for i in range(len(items))]
    stats = {"kernels": len(items), "cache_hits": sum(1 for r in ordered if r.from_cache),
             "analysed": sum(1 for r in ordered if not r.from_cache), "failed": sum(1 for r in ordered if not r.ok),
             "skipped": skipped}
    return ScanReport(shown, items, ordered, skipped, stats)

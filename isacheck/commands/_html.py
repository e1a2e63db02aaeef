"""``--html FILE`` of analyze, dump and scan: gather what the page shows, render, write.

The page's model comes from ``isacheck.analysis.attribution``; the Python sources are read only
when at hand (``isacheck.frontend.sources``); ``isacheck.report.html`` renders and writes.
"""

from __future__ import annotations

import os
from typing import Iterable, Sequence


MAX_ASM_TABS = 32


def _write(path: str, models, title: str, warnings: Sequence[str] = ()) -> None:
    from isacheck.report.html import render, write_html
    write_html(path, render(models, title=title, warnings=warnings))


def analyze_html(path: str, module, analysis, text: str, source_dirs: Sequence[str] = ()) -> None:
    from isacheck.analysis.attribution import attribute_module
    from isacheck.frontend.sources import find_sources
    from isacheck.report.json import display_path

    search = list(source_dirs)
    if not analysis.path.startswith("<"):
        search.append(os.path.dirname(os.path.abspath(analysis.path)))
    sources = find_sources(module.files, search)
    _write(path, attribute_module(module, analysis, text, sources), display_path(analysis.path), analysis.warnings)


def rows_html(path: str, title: str, rows: Iterable[dict], first_columns: Sequence[str],
              assembly, source_dirs: Sequence[str] = (), known: dict | None = None) -> None:
    """dump/scan: one tab per successful row. ``assembly(row)`` returns the row's amdgcn text or
    None when it is no longer at hand (the page then shows the costs without assembly)."""
    from isacheck.analysis.attribution import attribute
    from isacheck.asm import parse_text
    from isacheck.frontend.sources import find_sources

    models = []
    warnings = []
    for row in rows:
        k = row.get("analysis")
        if k is None:
            continue
        # A scan of a big cache: the page stays a page (each tab's assembly is ~100-200 KiB).
        if len(models) == MAX_ASM_TABS:
            warnings.append(f"the assembly is shown for the first {MAX_ASM_TABS} rows only; "
                            "the others show their costs per source line")
        text = assembly(row) if len(models) < MAX_ASM_TABS else None
        module = kernel = None
        if text is not None:
            try:
                module = parse_text(text, k.name, target=k.target)
                kernel = next((x for x in module.kernels if x.name == k.name), None)
            except Exception:  # noqa: BLE001 - the table already has this row's verdict; show costs only
                module = kernel = None
        files = module.files if module is not None else ()
        sources = find_sources(files, source_dirs, known) if files else {}
        if not files and known:
            from isacheck.frontend.sources import read_source
            sources = {name: lines for name, p in known.items() if (lines := read_source(p)) is not None}
        label = [str(row[c]) for c in first_columns]
        models.append(attribute(k, kernel, text.split("\n") if kernel is not None else None, sources, label))
    _write(path, models, title, warnings)


def dump_assembly(args):
    """``row -> amdgcn text or None`` for a dump: from isacheck's cache, else from ``--out``."""
    from pathlib import Path

    cache = None
    if not getattr(args, "no_cache", False):
        from isacheck.frontend.cache import Cache, default_cache_dir
        cache = Cache(Path(args.cache_dir) if args.cache_dir else default_cache_dir())

    def assembly(row) -> str | None:
        job = row.get("job")
        if job is None:
            return None
        if cache is not None:
            artifacts = cache.get_json("compile", job.compile_key)
            if isinstance(artifacts, dict) and isinstance(artifacts.get("amdgcn"), str):
                return artifacts["amdgcn"]
        if getattr(args, "out", None):
            try:
                return (Path(args.out) / f"{job.artifact}.amdgcn").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return None
        return None

    return assembly


def scan_assembly(row) -> str | None:
    """A scanned kernel's amdgcn text while its cache entry (or unpacked archive) is still there."""
    item = row.get("item")
    try:
        return item.kernel.amdgcn.read_text(encoding="utf-8") if item is not None else None
    except (OSError, UnicodeDecodeError):
        return None


def check_html(path: str, outcome, args) -> None:
    """``check --html``: a tab per job and side, the base's beside the head's."""
    from isacheck.report.dump_report import columns as _columns
    from isacheck.report.dump_report import rows as _rows

    rows, columns = [], ["kernel", "variant", "target"]
    for side, report in outcome.reports:
        for col in _columns(report):
            if col not in columns:
                columns.append(col)
        rows += [dict(row, side=side) for row in _rows(report)]
    order = {"base": 0, "head": 1}
    rows.sort(key=lambda r: (r["kernel"], r["variant"], r["target"], order.get(r["side"], 2)))
    result = outcome.result
    title = f"isacheck check: {result.head} against {result.base or 'the policy alone (no base revision)'}"
    for row in rows:
        row.setdefault("triton", None)
    rows_html(path, title, rows, [*columns, "side"], dump_assembly(args))

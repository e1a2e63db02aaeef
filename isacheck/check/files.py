"""Which kernel files a check looks at: the configuration's [[tool.isacheck.kernels]] (globs
expanded), narrowed to the PATHS given, and which of them a change touches."""

from __future__ import annotations

import ast
import glob
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from isacheck import config as cfg
from isacheck.check import git
from isacheck.errors import UsageError

DEFAULT_TARGETS = ("gfx1151", "gfx1201", "gfx942", "gfx950")


@dataclass(frozen=True)
class FilePlan:
    rel: str                  # relative to the root, '/'-separated
    entry: cfg.KernelFile
    targets: tuple[str, ...]
    shown: str = ""           # what reports say: relative to the repository's top (SARIF resolves it there)


# --- configuration and files ---------------------------------------------------------------------

def load_config(explicit: str | None, cwd: Path) -> cfg.ProjectConfig:
    """``--config FILE``, else the nearest isacheck.toml / pyproject.toml with [tool.isacheck]."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise UsageError("configuration file not found", path=explicit)
        return cfg.load_project_config(path, root=path.parent, shown=explicit)
    found = cfg.find_project_config(cwd)
    if found is None:
        root = git.repo_root(cwd) or cwd
        return cfg.load_project_config(None, root=root)
    return cfg.load_project_config(found, root=found.parent, shown=rel(found, cwd))


def rel(path: Path, start: Path) -> str:
    try:
        return Path(os.path.relpath(path, start)).as_posix()
    except ValueError:
        return path.name


def plan_files(paths: Sequence[str], cli_targets: Sequence[str] | None, conf: cfg.ProjectConfig, root: Path,
               cwd: Path) -> list[FilePlan]:
    targets = tuple(cli_targets or conf.targets or DEFAULT_TARGETS)
    plans: dict[str, FilePlan] = {}
    for entry in conf.kernels:
        matches = sorted(glob.glob(str(root / entry.path), recursive=True)) if glob.has_magic(entry.path) \
            else [str(root / entry.path)]
        for m in matches:
            rel = Path(os.path.relpath(m, root)).as_posix()
            if rel.endswith(".py") and rel not in plans:
                t = tuple(cli_targets or entry.targets or targets)
                plans[rel] = FilePlan(rel, entry, t)
    if paths:
        chosen: dict[str, FilePlan] = {}
        for p in paths:
            full = (cwd / p).resolve()
            if not full.exists():
                raise UsageError("no such file or directory", path=p)
            try:
                rel_p = full.relative_to(root.resolve()).as_posix()
            except ValueError:
                raise UsageError(f"outside the project ({root.name})", path=p) from None
            inside = {r: fp for r, fp in plans.items() if r == rel_p or r.startswith(rel_p.rstrip("/") + "/")
                      or rel_p == "."}
            if not inside:
                if full.is_file() and full.suffix == ".py":
                    inside = {rel_p: FilePlan(rel_p, cfg.KernelFile(rel_p), targets)}
                elif full.is_dir():
                    inside = {Path(os.path.relpath(f, root)).as_posix():
                              FilePlan(Path(os.path.relpath(f, root)).as_posix(),
                                        cfg.KernelFile(Path(os.path.relpath(f, root)).as_posix()), targets)
                              for f in sorted(glob.glob(str(full / "**" / "*.py"), recursive=True))
                              if _has_triton_jit(Path(f))}
            chosen.update(inside)
        plans = chosen
    top = git.repo_root(root) or root
    plans = {r: replace(fp, shown=Path(os.path.relpath(root / r, top)).as_posix()) for r, fp in plans.items()}
    if not plans:
        where = f" in {conf.path}" if conf.path else ""
        raise UsageError(f"no kernel files to check: give PATHS or list them{where} under "
                         "[[tool.isacheck.kernels]] path = \"...\"")
    return [plans[k] for k in sorted(plans)]


def _has_triton_jit(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "triton.jit" in text or "@jit" in text


# --- which kernel files a change touches ----------------------------------------------------------

def _imported_names(text: bytes) -> set[str]:
    """Every module-name component the file imports (``from .utils import x`` -> utils, x)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                names.update(a.name.split("."))
        elif isinstance(node, ast.ImportFrom):
            if node.module:
                names.update(node.module.split("."))
            names.update(a.name for a in node.names)
    return names


def affected(plan: FilePlan, changed: set[str], head_text: bytes | None) -> tuple[str, ...]:
    """Why the file needs a look, every reason that applies, in this order: "file" (it changed or
    is gone), "spec" (its spec changed), "import" (a Python module it imports changed); empty when
    none does. Every reason is reported, not the first: a commit that edits the file and its spec
    changed every kernel's compile, not only the kernels whose source changed. Imports are matched
    by name, an over-approximation on purpose: compiling one file too many costs seconds, missing
    one hides a regression."""
    why = []
    if plan.rel in changed or head_text is None:
        why.append("file")
    if plan.entry.spec and plan.entry.spec in changed:
        why.append("spec")
    if head_text is not None and _imports_changed(plan, changed, head_text):
        why.append("import")
    return tuple(why)


def _imports_changed(plan: FilePlan, changed: set[str], head_text: bytes) -> bool:
    imported = _imported_names(head_text)
    for c in changed:
        if c.endswith(".py") and c != plan.rel:
            stem = Path(c).stem
            if stem in imported or (stem == "__init__" and Path(c).parent.name in imported):
                return True
    return False

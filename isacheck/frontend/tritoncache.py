"""Read the kernel entries of a Triton cache directory (the ``~/.triton/cache`` layout), and find
the AMD kernels among them.

Each compiled kernel is a directory named by its hash, holding ``<name>.json`` (metadata: name,
target {backend, arch, warp_size}, options), ``<name>.amdgcn``, ``<name>.ttgir``, ``<name>.hsaco``
... and a ``__grp__<name>.json`` group file that lists them (ignored here: we read what is there).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from isacheck.config import limits
from isacheck.errors import InputError
from isacheck.inputs import load_json, read_source


@dataclass(frozen=True)
class CachedKernel:
    name: str
    arch: str
    warp_size: int | None
    entry: str                 # the hash directory, relative to the cache root
    amdgcn: Path
    options: dict              # num_warps, num_stages, ... from the metadata


_OPTION_KEYS = ("num_warps", "num_stages", "waves_per_eu", "matrix_instr_nonkdim", "kpack", "shared")


def read_entries(root: Path) -> tuple[list[tuple[Path, dict, dict]], int]:
    """(metadata path, metadata, its ``target``) of every kernel entry of a Triton cache, from any
    backend, and how many other JSON files were skipped: unreadable, over the metadata limit,
    nested too deeply, or without a ``target`` that names a backend. Group files are not entries."""
    entries: list[tuple[Path, dict, dict]] = []
    skipped = 0
    for meta_path in sorted(root.rglob("*.json")):
        if meta_path.name.startswith("__grp__") or not meta_path.is_file():
            continue
        try:
            # Bounded, and deep nesting is an error, not a RecursionError (isacheck/inputs.py).
            data, _name = read_source(str(meta_path), limit=limits().metadata_bytes, what="metadata file",
                                      variable="ISACHECK_MAX_METADATA_BYTES")
            meta = load_json(data, str(meta_path))
        except InputError:
            skipped += 1
            continue
        target = meta.get("target") if isinstance(meta, dict) else None
        if not isinstance(target, dict) or not isinstance(target.get("backend"), str):
            skipped += 1
            continue
        entries.append((meta_path, meta, target))
    return entries, skipped


def find_amd_kernels(root: Path) -> tuple[list[CachedKernel], int]:
    """(AMD kernels with assembly, number of non-AMD or incomplete entries skipped)."""
    found: list[CachedKernel] = []
    entries, skipped = read_entries(root)
    for meta_path, meta, target in entries:
        amdgcn = meta_path.with_suffix(".amdgcn")
        if target["backend"] != "hip" or not amdgcn.is_file():
            skipped += 1
            continue
        name = str(meta.get("name") or meta_path.stem)
        found.append(CachedKernel(name=name, arch=str(target.get("arch")), warp_size=target.get("warp_size"),
                                  entry=str(meta_path.parent.relative_to(root)), amdgcn=amdgcn,
                                  options={k: meta[k] for k in _OPTION_KEYS if k in meta}))
    found.sort(key=lambda k: (k.name, k.arch, k.entry))
    return found, skipped

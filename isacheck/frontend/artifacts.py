"""``--out DIR``: the compiler's output per job as ``DIR/<kernel>/<variant>/<target>.{amdgcn,ttgir,llir,json}``.

isacheck never overwrites a file it did not write: ``DIR/.isacheck-artifacts`` records the SHA-256
of every file it wrote; an existing file may be replaced only while it still has that content.
Files are written atomically (temporary file + ``os.replace``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from isacheck.errors import InputError
from isacheck.frontend.cache import atomic_write

EXTENSIONS = ("amdgcn", "ttgir", "llir", "json")
_RECORD = ".isacheck-artifacts"


def _record_path(out: Path, artifact: str, ext: str) -> Path:
    return out / _RECORD / f"{artifact}.{ext}.sha256"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_writable(out: Path, artifacts: list[str]) -> None:
    """Refuse before any work if a target file exists that isacheck did not write (or was edited)."""
    if out.exists() and not out.is_dir():
        raise InputError("--out: exists and is not a directory", path=str(out))
    for artifact in artifacts:
        for ext in EXTENSIONS:
            path = out / f"{artifact}.{ext}"
            if path.is_symlink() or (path.exists() and not path.is_file()):
                raise InputError("--out: refusing to replace something that is not a regular file", path=str(path))
            if path.exists() and not _ours(out, artifact, ext, path):
                raise InputError("--out: refusing to overwrite a file isacheck did not write "
                                 "(or that was changed since); move it away or choose another --out", path=str(path))


def _ours(out: Path, artifact: str, ext: str, path: Path) -> bool:
    try:
        recorded = _record_path(out, artifact, ext).read_text().strip()
    except OSError:
        return False
    return recorded == _sha(path.read_bytes())


def write_artifacts(out: Path, artifact: str, artifacts: dict) -> None:
    texts = {"amdgcn": artifacts["amdgcn"], "ttgir": artifacts.get("ttgir", ""), "llir": artifacts.get("llir", ""),
             "json": json.dumps(artifacts.get("metadata", {}), indent=2, sort_keys=True) + "\n"}
    for ext, text in texts.items():
        _write(out, artifact, ext, text.encode("utf-8"))


def copy_artifacts(out: Path, source: str, artifact: str) -> None:
    """``artifact``'s files from those just written for ``source`` (an identical compile)."""
    for ext in EXTENSIONS:
        _write(out, artifact, ext, (out / f"{source}.{ext}").read_bytes())


def _write(out: Path, artifact: str, ext: str, data: bytes) -> None:
    path = out / f"{artifact}.{ext}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not _ours(out, artifact, ext, path):
        raise InputError("--out: refusing to overwrite a file isacheck did not write", path=str(path))
    record = _record_path(out, artifact, ext)
    record.parent.mkdir(parents=True, exist_ok=True)
    # Record first: a crash between the two writes leaves a record for a file we never wrote,
    # which only ever lets us write it later (never overwrite a user's file).
    atomic_write(record, (_sha(data) + "\n").encode())
    atomic_write(path, data)

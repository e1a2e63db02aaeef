"""``--out DIR``: the compiler's output per job as ``DIR/<kernel>/<variant>/<target>.{amdgcn,ttgir,llir,json}``.

isacheck never overwrites a file it did not write: ``DIR/.isacheck-artifacts`` records the SHA-256
of every file it wrote; an existing file may be replaced only while it still has that content.
Files are written atomically (temporary file + ``os.replace``).

Nothing may leave DIR. Kernel and variant names come from the user's files (a spec can name a
variant ``../../.bashrc``), so each becomes one path component only if it is a plain name: not
empty, not ``.``/``..`` or hidden (leading ``.``), no ``/`` or ``\\``, no control characters, and
short enough for any filesystem. Anything else is refused before a compile starts, naming the
name. Directories on the way that are symbolic links (planted or not) are refused too: a write
goes where the path says, or nowhere.

A write that fails (read-only DIR, DIR below a regular file, a user's file where a directory
must go, a full disk) is an :class:`~isacheck.errors.OutputError`: one line, exit 2, whether it
happens here or in a pool worker.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from isacheck.errors import InputError, OutputError, printable, quote
from isacheck.frontend.cache import atomic_write

EXTENSIONS = ("amdgcn", "ttgir", "llir", "json")
_RECORD = ".isacheck-artifacts"
# 255 bytes is the usual limit of one file name; the longest name written is
# "<target>.amdgcn.sha256" below "<variant>/": keep every component well under it.
_MAX_COMPONENT_BYTES = 200
_ROLES = ("kernel", "variant", "target")


def _bad_component(name: str) -> str | None:
    """Why ``name`` cannot be one directory/file name below --out, or None."""
    if not name:
        return "is empty"
    if name in (".", ".."):
        return "is a relative directory reference"
    if name.startswith("."):
        return "starts with '.'"
    for ch in name:
        if ch in "/\\":
            return f"contains {ch!r}"
        if not ch.isprintable():
            return "contains a control character"
    if name != name.strip():
        return "starts or ends with white space"
    if len(name.encode("utf-8", "surrogateescape")) > _MAX_COMPONENT_BYTES:
        return f"is longer than {_MAX_COMPONENT_BYTES} bytes"
    return None


def check_artifact(artifact: str) -> tuple[str, str, str]:
    """``"<kernel>/<variant>/<target>"`` -> its three names, each checked (InputError if not plain)."""
    parts = artifact.split("/")
    if len(parts) != 3:
        raise InputError(f"--out: a kernel or variant name in {quote(artifact)} contains '/'; it cannot name "
                         "a directory below --out (rename the variant in the spec)")
    for role, part in zip(_ROLES, parts):
        why = _bad_component(part)
        if why:
            raise InputError(f"--out: the {role} name {quote(part)} {why}; it cannot name a directory below "
                             f"--out (rename the {role}{' in the spec' if role == 'variant' else ''})")
    return parts[0], parts[1], parts[2]


def _record_path(out: Path, artifact: str, ext: str) -> Path:
    return out / _RECORD / f"{artifact}.{ext}.sha256"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _shown(path: Path) -> str:
    return printable(str(path))


def _check_dirs(out: Path, artifact: str) -> None:
    """Every directory between ``out`` and the files of ``artifact`` (in the tree and in the
    record tree) is a real directory or does not exist yet."""
    kernel, variant, _target = check_artifact(artifact)
    for base in (out, out / _RECORD):
        for directory in (base, base / kernel, base / kernel / variant):
            if directory == out:
                continue
            if directory.is_symlink():
                raise OutputError("--out: refusing to write through a symbolic link", path=_shown(directory))
            if directory.exists() and not directory.is_dir():
                raise OutputError("--out: a file stands where isacheck needs a directory; move it away or "
                                  "choose another --out", path=_shown(directory))


def check_writable(out: Path, artifacts: list[str]) -> None:
    """Refuse before any work: a name that would leave ``out``, an ``out`` that cannot be a
    directory, or a target file that exists and that isacheck did not write (or was edited)."""
    for artifact in artifacts:
        check_artifact(artifact)
    if out.exists() and not out.is_dir():
        raise OutputError("--out: exists and is not a directory", path=_shown(out))
    for parent in (out, *out.parents):
        if parent.exists():
            if parent != out and not parent.is_dir():
                raise OutputError(f"--out: cannot be created below {_shown(parent)}, which is not a directory",
                                  path=_shown(out))
            # Before any compile: a read-only --out (or the directory it would be made in) is
            # found now, not after minutes of compiling.
            if not os.access(parent, os.W_OK | os.X_OK):
                raise OutputError(f"--out: {'is' if parent == out else 'cannot be created in'} a directory "
                                  f"this user cannot write{'' if parent == out else ': ' + _shown(parent)}",
                                  path=_shown(out))
            break
    for artifact in artifacts:
        _check_dirs(out, artifact)
        for ext in EXTENSIONS:
            path = out / f"{artifact}.{ext}"
            if path.is_symlink() or (path.exists() and not path.is_file()):
                raise OutputError("--out: refusing to replace something that is not a regular file",
                                  path=_shown(path))
            if path.exists() and not _ours(out, artifact, ext, path):
                raise OutputError("--out: refusing to overwrite a file isacheck did not write "
                                  "(or that was changed since); move it away or choose another --out",
                                  path=_shown(path))


def _ours(out: Path, artifact: str, ext: str, path: Path) -> bool:
    try:
        recorded = _record_path(out, artifact, ext).read_text().strip()
        return recorded == _sha(path.read_bytes())
    except (OSError, UnicodeDecodeError):
        return False


def write_artifacts(out: Path, artifact: str, artifacts: dict) -> None:
    texts = {"amdgcn": artifacts["amdgcn"], "ttgir": artifacts.get("ttgir", ""), "llir": artifacts.get("llir", ""),
             "json": json.dumps(artifacts.get("metadata", {}), indent=2, sort_keys=True) + "\n"}
    for ext, text in texts.items():
        _write(out, artifact, ext, text.encode("utf-8"))


def copy_artifacts(out: Path, source: str, artifact: str) -> None:
    """``artifact``'s files from those just written for ``source`` (an identical compile)."""
    for ext in EXTENSIONS:
        path = out / f"{source}.{ext}"
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise OutputError(f"--out: cannot read back {ext} file: {exc.strerror or type(exc).__name__}",
                              path=_shown(path)) from None
        _write(out, artifact, ext, data)


def _write(out: Path, artifact: str, ext: str, data: bytes) -> None:
    path = out / f"{artifact}.{ext}"
    _check_dirs(out, artifact)
    record = _record_path(out, artifact, ext)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or (path.exists() and not _ours(out, artifact, ext, path)):
            raise OutputError("--out: refusing to overwrite a file isacheck did not write", path=_shown(path))
        record.parent.mkdir(parents=True, exist_ok=True)
        # Record first: a crash between the two writes leaves a record for a file we never wrote,
        # which only ever lets us write it later (never overwrite a user's file).
        atomic_write(record, (_sha(data) + "\n").encode())
        atomic_write(path, data)
    except FileExistsError as exc:
        raise OutputError("--out: a file stands where isacheck needs a directory; move it away or choose "
                          "another --out", path=printable(exc.filename or str(path.parent))) from None
    except OSError as exc:
        # The directory mkdir could not create, else the file (not atomic_write's temporary name).
        where = exc.filename if isinstance(exc.filename, str) and not exc.filename.endswith(".tmp") else str(path)
        raise OutputError(f"--out: cannot write: {exc.strerror or type(exc).__name__}",
                          path=printable(where)) from None


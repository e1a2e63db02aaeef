"""Unpack a ``.tar``/``.tar.gz`` of a Triton cache into a temporary directory, safely.

Archives come from users' containers and bug reports; nothing in one may write outside the
temporary directory. Refused, with the member named: absolute paths, ``..`` components,
symbolic or hard links whose target leaves the archive's tree, device files, and members
larger than a limit (a 2 GB "amdgcn" is not a kernel). Only regular files and directories are
written; Python's ``tarfile.extract`` is not used, so none of its platform-dependent behaviour
(permissions, ownership, links) applies.
"""

from __future__ import annotations

import posixpath
import shutil
import tarfile
from pathlib import Path

from isacheck.errors import InputError

MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith((".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2"))


def _safe_name(name: str, archive: str) -> str:
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise InputError(f"archive member {name!r} has an absolute path; refusing the archive", path=archive)
    norm = posixpath.normpath(name)
    if norm == ".." or norm.startswith("../") or "/../" in f"/{name}/":
        raise InputError(f"archive member {name!r} leaves the archive's directory ('..'); refusing the archive",
                         path=archive)
    return norm


def extract(archive: Path, dest: Path, *, max_member: int = MAX_MEMBER_BYTES, max_total: int = MAX_TOTAL_BYTES) -> int:
    """Write the archive's regular files under ``dest``; return how many. Raises InputError."""
    shown = str(archive)
    total = 0
    count = 0
    try:
        with tarfile.open(archive, "r:*") as tar:
            for m in tar:
                name = _safe_name(m.name, shown)
                if m.issym() or m.islnk():
                    base = posixpath.dirname(name) if m.issym() else ""
                    target = posixpath.normpath(posixpath.join(base, m.linkname))
                    if m.linkname.startswith("/") or target == ".." or target.startswith("../"):
                        raise InputError(f"archive member {m.name!r} links outside the archive ({m.linkname!r}); "
                                         "refusing the archive", path=shown)
                    continue   # links inside the tree are harmless, and never needed: skip them
                if m.isdir():
                    (dest / name).mkdir(parents=True, exist_ok=True)
                    continue
                if not m.isfile():
                    continue   # devices, fifos: never part of a Triton cache
                if m.size > max_member:
                    raise InputError(f"archive member {m.name!r} is {m.size:,} bytes, over the limit of "
                                     f"{max_member:,}; refusing the archive", path=shown)
                total += m.size
                if total > max_total:
                    raise InputError(f"archive holds more than {max_total:,} bytes; refusing it", path=shown)
                out = dest / name
                if dest.resolve() not in out.resolve().parents:
                    raise InputError(f"archive member {m.name!r} leaves the archive's directory", path=shown)
                out.parent.mkdir(parents=True, exist_ok=True)
                src = tar.extractfile(m)
                if src is None:
                    continue
                with src, open(out, "wb") as f:
                    shutil.copyfileobj(src, f, 1 << 20)
                count += 1
    except tarfile.TarError as exc:
        raise InputError(f"not a readable tar archive: {exc}", path=shown) from None
    except EOFError:
        raise InputError("the archive is truncated", path=shown) from None
    return count

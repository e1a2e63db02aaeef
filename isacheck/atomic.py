"""Write a file atomically: a reader (or a crash) sees the old content or the new, never a part.

Every file isacheck writes for the user or into its cache goes through ``atomic_write``: the data
goes to a temporary file beside the target (same filesystem, so ``os.replace`` is atomic), and the
temporary file is removed on any failure, Ctrl-C included.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: str | os.PathLike, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data``. ``mode``: permission bits of the new file (mkstemp makes it
    private, 0o600, which suits the cache but not a report or a package file)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def user_file_mode(path: str | os.PathLike) -> int:
    """The permission bits a file the user asked for should get: those of the file it replaces,
    else what the umask gives a new file (as ``open(path, "w")`` would)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask

"""A persistent, content-addressed cache of compiled kernels and their analyses.

Layout under the cache directory (``$ISACHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/isacheck``,
else ``~/.cache/isacheck``)::

    v1/compile/ab/abcdef...    the compiler's output for one job (amdgcn, ttgir, llir, metadata)
    v1/analysis/12/1234...     the analysis of one compile entry, per analysis version
    v1/manifest/ef/ef01...     what loading a source file produced (see manifest.py)

Two layers, so a new isacheck analysis re-reads cached assembly instead of recompiling.
Every entry is one file: a header line ``isacheck-cache 1 <kind> <sha256> <length>`` and the
payload; a short read or a checksum mismatch means the entry is corrupt: it is deleted and
rebuilt. Writes go to a temporary file in the same directory and are moved in place with
``os.replace``, so readers never see half an entry even with concurrent runs.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import zlib
from pathlib import Path

from isacheck.atomic import atomic_write  # noqa: F401 - also imported from here by artifacts/update
from typing import Any

_MAGIC = b"isacheck-cache 1"
LAYOUT = "v1"


def default_cache_dir() -> Path:
    from isacheck.config import cache_dir
    return cache_dir()


def digest(*parts: Any) -> str:
    """A stable key from JSON-able parts."""
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Cache:
    """Entries by kind ("compile", "analysis", "manifest") and key; ``stats`` counts what happened."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.stats = {"hits": 0, "misses": 0, "corrupt": 0, "writes": 0}

    def _path(self, kind: str, key: str) -> Path:
        return self.root / LAYOUT / kind / key[:2] / key

    def get_bytes(self, kind: str, key: str) -> bytes | None:
        path = self._path(kind, key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            return None
        payload = _unwrap(data, kind)
        if payload is None:
            self.stats["corrupt"] += 1
            try:
                path.unlink()
            except OSError:
                pass
        return payload

    def put_bytes(self, kind: str, key: str, payload: bytes) -> None:
        path = self._path(kind, key)
        header = b"%s %s %s %d\n" % (_MAGIC, kind.encode(), hashlib.sha256(payload).hexdigest().encode(), len(payload))
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write(path, header + payload)
            self.stats["writes"] += 1
        except OSError:
            # A read-only or full cache must not fail the dump: the result is still reported.
            pass

    # Typed helpers -------------------------------------------------------------------------
    def get_json(self, kind: str, key: str) -> Any | None:
        raw = self.get_bytes(kind, key)
        if raw is None:
            return None
        try:
            return json.loads(zlib.decompress(raw))
        except (zlib.error, ValueError, RecursionError):   # a damaged or forged entry is a miss
            return None

    def put_json(self, kind: str, key: str, value: Any) -> None:
        self.put_bytes(kind, key, zlib.compress(json.dumps(value, sort_keys=True).encode("utf-8"), 1))

    def get_object(self, kind: str, key: str) -> Any | None:
        raw = self.get_bytes(kind, key)
        if raw is None:
            return None
        try:
            # The cache directory is the user's own (created 0700): unpickling it is as trusted as
            # the user's own files. An entry from an incompatible isacheck fails here and is rebuilt.
            return pickle.loads(raw)
        except Exception:  # noqa: BLE001
            self.stats["corrupt"] += 1
            return None

    def put_object(self, kind: str, key: str, value: Any) -> None:
        self.put_bytes(kind, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _unwrap(data: bytes, kind: str) -> bytes | None:
    head, sep, payload = data.partition(b"\n")
    if not sep:
        return None
    parts = head.split(b" ")
    if len(parts) != 5 or b" ".join(parts[:2]) != _MAGIC or parts[2] != kind.encode():
        return None
    try:
        length = int(parts[4])
    except ValueError:
        return None
    if len(payload) != length or hashlib.sha256(payload).hexdigest().encode() != parts[3]:
        return None
    return payload

"""Unpack a ``.tar``/``.tar.gz``/``.tar.xz``/``.tar.bz2`` of a Triton cache into a temporary directory, safely.

Archives come from users' containers and bug reports; nothing in one may write outside the
temporary directory, and none may take unbounded time, memory or disk. Refused, with the member
named (a bounded, escaped excerpt of its name), and one line:

* absolute paths, ``..`` components, symbolic or hard links whose target leaves the archive's tree;
* members that conflict: the same name twice, a file where a directory is needed or the reverse;
* names the filesystem cannot hold (too long);
* a member larger than the member limit, more bytes in total than the archive limit, more
  members than the member-count limit (isacheck/config.py): all counted on the bytes actually
  written, not on the sizes the headers claim;
* corrupt compressed data: the stream is read to its end, so gzip's CRC-32 and length, xz's
  and bzip2's checks are verified (a corrupt ``.tar.gz`` is an error, not "0 kernels").

Only regular files and directories are written; Python's ``tarfile.extract`` is not used, so none
of its platform-dependent behaviour (permissions, ownership, links) applies. Devices and FIFOs
are skipped.
"""

from __future__ import annotations

import errno
import lzma
import posixpath
import tarfile
import zlib
from pathlib import Path

from isacheck.errors import InputError, UsageError, printable, quote

_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
# What a broken compressed stream raises, depending on the format and where it breaks.
_STREAM_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, ValueError)


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(_SUFFIXES)


def _member(name: str) -> str:
    return quote(name, 120)


def _safe_name(name: str, archive: str) -> str:
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise InputError(f"archive member {_member(name)} has an absolute path; refusing the archive", path=archive)
    if "\x00" in name:
        raise InputError(f"archive member {_member(name)} has a NUL byte in its name; refusing the archive",
                         path=archive)
    norm = posixpath.normpath(name)
    if norm == ".." or norm.startswith("../") or "/../" in f"/{name}/":
        raise InputError(f"archive member {_member(name)} leaves the archive's directory ('..'); refusing the archive",
                         path=archive)
    return norm


def extract(archive: Path, dest: Path, *, max_member: int | None = None, max_total: int | None = None,
            max_members: int | None = None) -> int:
    """Write the archive's regular files under ``dest``; return how many. Raises InputError."""
    from isacheck.config import limits

    lim = limits()
    max_member = lim.member_bytes if max_member is None else max_member
    max_total = lim.archive_bytes if max_total is None else max_total
    max_members = lim.archive_members if max_members is None else max_members
    if max_member < 1:
        raise UsageError(f"--max-member-size must be at least 1 byte, not {max_member}")
    shown = printable(str(archive))
    try:
        with tarfile.open(archive, "r:*") as tar:
            count = _extract_all(tar, dest, shown, max_member, max_total, max_members)
            _drain(tar, shown, max_total)
        return count
    except InputError:
        raise
    except _STREAM_ERRORS as exc:
        raise InputError(f"not a readable tar archive: {_why(exc)}", path=shown) from None


def _why(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "it is truncated"
    text = printable(str(exc).splitlines()[0] if str(exc) else "")[:120].rstrip(": ")
    return f"{text} ({type(exc).__name__})" if text else type(exc).__name__


def _drain(tar: tarfile.TarFile, shown: str, limit: int) -> None:
    """Read the compressed stream to its end: gzip checks its CRC-32 and length only there, and a
    tar reader stops at the end-of-archive blocks before it."""
    stream = tar.fileobj
    if stream is None or not hasattr(stream, "read"):
        return
    left = limit
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            return
        left -= len(chunk)
        if left < 0:
            raise InputError("archive has more data after its end than the archive limit allows", path=shown)


def _extract_all(tar: tarfile.TarFile, dest: Path, shown: str, max_member: int, max_total: int,
                 max_members: int) -> int:
    from isacheck.inputs import copy_limited

    root = dest.resolve()
    total = 0
    count = 0
    members = 0
    kinds: dict[str, str] = {}      # normalised name -> "file" | "dir": conflicts are refused
    for m in tar:
        members += 1
        if members > max_members:
            raise InputError(f"archive has more than {max_members:,} members (ISACHECK_MAX_ARCHIVE_MEMBERS); "
                             "refusing it", path=shown)
        name = _safe_name(m.name, shown)
        if m.issym() or m.islnk():
            base = posixpath.dirname(name) if m.issym() else ""
            target = posixpath.normpath(posixpath.join(base, m.linkname))
            if m.linkname.startswith("/") or target == ".." or target.startswith("../"):
                raise InputError(f"archive member {_member(m.name)} links outside the archive "
                                 f"({_member(m.linkname)}); refusing the archive", path=shown)
            continue   # links inside the tree are harmless, and never needed: skip them
        if not (m.isdir() or m.isfile()) or name == ".":
            continue   # devices, fifos: never part of a Triton cache
        kind = "dir" if m.isdir() else "file"
        _claim(kinds, name, kind, m.name, shown)
        out = dest / name
        if kind == "dir":
            _write(lambda: out.mkdir(parents=True, exist_ok=True), m.name, shown)
            continue
        if m.size > max_member:
            raise InputError(f"archive member {_member(m.name)} is {m.size:,} bytes, over the limit of "
                             f"{max_member:,}; refusing the archive", path=shown)
        if root not in out.resolve().parents:
            raise InputError(f"archive member {_member(m.name)} leaves the archive's directory", path=shown)
        _write(lambda: out.parent.mkdir(parents=True, exist_ok=True), m.name, shown)
        src = tar.extractfile(m)
        if src is None:
            continue
        budget = min(max_member, max_total - total)
        try:
            with src, _open_new(out, m.name, shown) as f:
                written = copy_limited(src, f, f"{shown}:{printable(m.name)[:120]}", limit=budget,
                                       what="archive member" if budget == max_member else "the archive's content",
                                       variable="ISACHECK_MAX_MEMBER_BYTES" if budget == max_member
                                       else "ISACHECK_MAX_ARCHIVE_BYTES")
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.ENAMETOOLONG, errno.EISDIR, errno.ENOTDIR):
                raise _write_error(exc, m.name, shown) from None
            raise
        total += written
        count += 1
    return count


def _claim(kinds: dict[str, str], name: str, kind: str, raw: str, shown: str) -> None:
    """Record ``name`` as a file or directory; refuse a second member of the same name and a
    file that is also (a parent of) a directory."""
    seen = kinds.get(name)
    if seen is not None and (seen == "file" or kind == "file"):
        raise InputError(f"archive member {_member(raw)} conflicts with an earlier member of the same name "
                         f"({seen} and {kind}); refusing the archive", path=shown)
    parent = posixpath.dirname(name)
    while parent:
        if kinds.get(parent) == "file":
            raise InputError(f"archive member {_member(raw)} is below {_member(parent)}, which is a file in "
                             "the same archive; refusing the archive", path=shown)
        kinds.setdefault(parent, "dir")
        parent = posixpath.dirname(parent)
    kinds[name] = kind


def _open_new(out: Path, raw: str, shown: str):
    try:
        return open(out, "xb")
    except OSError as exc:
        raise _write_error(exc, raw, shown) from None


def _write(action, raw: str, shown: str) -> None:
    try:
        action()
    except OSError as exc:
        raise _write_error(exc, raw, shown) from None


def _write_error(exc: OSError, raw: str, shown: str) -> InputError:
    if exc.errno == errno.ENAMETOOLONG:
        why = "has a name too long for the filesystem"
    elif exc.errno in (errno.EEXIST, errno.ENOTDIR, errno.EISDIR):
        why = "conflicts with another member (a file and a directory of the same name)"
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = "does not fit in the temporary directory (no space left)"
    else:
        why = f"cannot be unpacked ({exc.strerror or type(exc).__name__})"
    return InputError(f"archive member {_member(raw)} {why}; refusing the archive", path=shown)

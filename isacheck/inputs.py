"""Every byte isacheck reads from outside comes through here, with a limit enforced while reading.

Sources: a file (regular or not: ``/dev/zero``, a FIFO), standard input, a member of an archive,
an HTTP response body. The limit is checked on the bytes actually read, never on ``st_size``, a
tar header or ``Content-Length`` (all of which can lie or be absent), so the memory and disk a
hostile input can take is bounded by the limits in :mod:`isacheck.config`.

A source over its limit, unreadable or late raises :class:`~isacheck.errors.InputError` (exit 2)
naming the source: one line, whatever the cause.
"""

from __future__ import annotations

import json
import math
import os
import stat
import sys
import threading
import time
from typing import BinaryIO

from isacheck.errors import InputError, UsageError, printable

CHUNK = 1 << 16


def _too_big(name: str, limit: int, what: str, variable: str | None) -> InputError:
    how = f" (raise it with {variable})" if variable else ""
    return InputError(f"{what} is larger than the limit of {limit:,} bytes{how}", path=name)


def read_stream(stream: BinaryIO, name: str, *, limit: int, what: str = "input",
                variable: str | None = None, size_hint: int = 0) -> bytes:
    """All of ``stream``, or InputError as soon as more than ``limit`` bytes have come.

    ``size_hint`` (a regular file's st_size) only sizes the first read, so that a regular file
    is read in one call; the limit is still enforced on what the reads return."""
    parts: list[bytes] = []
    total = 0
    first = min(size_hint, limit) + 1 if size_hint > 0 else CHUNK
    while True:
        try:
            chunk = stream.read(min(first if not parts else CHUNK, limit - total + 1))
        except OSError as exc:
            raise InputError(f"cannot read {what}: {exc.strerror or type(exc).__name__}", path=name) from None
        if not chunk:
            return parts[0] if len(parts) == 1 else b"".join(parts)
        total += len(chunk)
        if total > limit:
            raise _too_big(name, limit, what, variable)
        parts.append(chunk)


def read_source(source: str, *, limit: int | None = None, what: str = "file",
                variable: str | None = "ISACHECK_MAX_INPUT_BYTES") -> tuple[bytes, str]:
    """Bytes of a file, or of standard input for ``-``, and the name to show for it."""
    if limit is None:
        from isacheck.config import limits
        limit = limits().input_bytes
    if source == "-":
        stdin = sys.stdin
        if stdin is None:
            raise InputError("standard input is closed", path="<stdin>")
        if getattr(stdin, "buffer", None) is None:   # a text stream put in place by an embedding program
            return read_stream(_Encoded(stdin), "<stdin>", limit=limit, what="standard input",
                               variable=variable), "<stdin>"
        return read_stream(stdin.buffer, "<stdin>", limit=limit, what="standard input", variable=variable), "<stdin>"
    name = printable(source)
    try:
        # O_NOCTTY: a terminal device named as input must not become our controlling terminal.
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or type(exc).__name__}", path=name) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"is a directory, not a {what}", path=name)
        f = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    with f:
        hint = st.st_size if stat.S_ISREG(st.st_mode) else 0
        return read_stream(f, name, limit=limit, what=what, variable=variable, size_hint=hint), name


class _Encoded:
    """A text stream read as UTF-8 bytes (at most ``n`` characters per read, so the limit holds)."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def read(self, n: int) -> bytes:
        return self.stream.read(n).encode("utf-8", "surrogateescape")


def copy_limited(src: BinaryIO, dst: BinaryIO, name: str, *, limit: int, what: str = "archive member",
                 variable: str | None = None) -> int:
    """Copy ``src`` to ``dst``; InputError once more than ``limit`` bytes have come. Returns the count."""
    total = 0
    while True:
        chunk = src.read(min(CHUNK, limit - total + 1))
        if not chunk:
            return total
        total += len(chunk)
        if total > limit:
            raise _too_big(name, limit, what, variable)
        dst.write(chunk)


def load_json(data: bytes | str, name: str, *, what: str = "JSON") -> object:
    """Parse JSON; a syntax error, bad UTF-8 or nesting deeper than Python's recursion limit is
    one InputError (deeply nested JSON would otherwise escape as a RecursionError)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise InputError(f"{what} is nested too deeply", path=name) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} is not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})",
                         path=name) from None
    except ValueError as exc:
        raise InputError(f"not valid {what} ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})",
                         path=name) from None


# --- HTTP -------------------------------------------------------------------------------------

def check_timeout(seconds: float, option: str = "--timeout") -> float:
    """A timeout must be a positive, finite number of seconds."""
    if not isinstance(seconds, (int, float)) or math.isnan(seconds) or math.isinf(seconds) or seconds <= 0:
        raise UsageError(f"{option} must be a positive number of seconds, not {seconds!r}")
    return float(seconds)


def download(url: str, *, timeout: float, limit: int | None = None) -> bytes:
    """The body of ``GET url``: HTTP 200 within ``timeout`` seconds *in total*, at most ``limit`` bytes.

    requests' own timeout applies to each socket operation, so a server that sends one byte a
    second would never time out; the transfer therefore runs in a helper thread and this one
    waits for it until the deadline. A late transfer is abandoned (the thread is a daemon, and
    its socket times out on its own shortly after).
    """
    check_timeout(timeout)
    if limit is None:
        from isacheck.config import limits
        limit = limits().download_bytes
    shown = printable(url)
    outcome: dict[str, object] = {}
    deadline = time.monotonic() + timeout
    done = threading.Event()

    def transfer() -> None:
        try:
            outcome["body"] = _get(url, shown, deadline, limit)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=transfer, name="isacheck-download", daemon=True)
    worker.start()
    if not done.wait(timeout):
        raise InputError(f"download timed out: not finished within {timeout:g} s (--timeout)", path=shown)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["body"]  # type: ignore[return-value]


def _get(url: str, shown: str, deadline: float, limit: int) -> bytes:
    import requests

    remaining = max(0.001, deadline - time.monotonic())
    try:
        with requests.get(url, timeout=remaining, stream=True) as response:
            if response.status_code != 200:
                raise InputError(f"download failed: HTTP {response.status_code} {response.reason or ''}".rstrip(),
                                 path=shown)
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise _too_big(shown, limit, "the download", "ISACHECK_MAX_DOWNLOAD_BYTES")
            parts: list[bytes] = []
            total = 0
            # Small chunks: iter_content blocks until a chunk is full, and the deadline is
            # checked between chunks (the waiting thread enforces it in any case).
            for chunk in response.iter_content(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _too_big(shown, limit, "the download", "ISACHECK_MAX_DOWNLOAD_BYTES")
                if time.monotonic() > deadline:
                    raise InputError("download timed out: not finished in time (--timeout)", path=shown)
                parts.append(chunk)
            return b"".join(parts)
    except InputError:
        raise
    except requests.Timeout:
        raise InputError("download timed out (--timeout)", path=shown) from None
    except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema, ValueError, UnicodeError) as exc:
        raise InputError(f"not a usable URL ({type(exc).__name__})", path=shown) from None
    except requests.RequestException as exc:
        raise InputError(f"download failed: {type(exc).__name__}", path=shown) from None


# --- zip --------------------------------------------------------------------------------------

def zip_members(data: bytes, name: str, *, suffix: str, member_limit: int | None = None,
                total_limit: int | None = None) -> list[tuple[str, bytes]]:
    """(member name, bytes) of every member ending in ``suffix`` (case-insensitive), sorted by name.

    Each member is decompressed with the limits enforced on the bytes produced (the sizes in the
    zip's directory are not trusted: a bomb declares small sizes), and its CRC is checked. Every
    way a zip can be unreadable (corrupt deflate/bzip2/lzma data, a bad CRC, encryption, an
    unknown compression method, a truncated file) is one InputError naming the member.
    """
    import io
    import lzma
    import zipfile
    import zlib

    if member_limit is None or total_limit is None:
        from isacheck.config import limits
        member_limit = limits().member_bytes if member_limit is None else member_limit
        total_limit = limits().archive_bytes if total_limit is None else total_limit
    shown = printable(name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = sorted((i for i in archive.infolist() if i.filename.lower().endswith(suffix) and not i.is_dir()),
                       key=lambda i: i.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise InputError(f"not a readable zip archive ({printable(str(exc))[:120]})", path=shown) from None
    out: list[tuple[str, bytes]] = []
    total = 0
    for info in infos:
        member = f"{shown}:{printable(info.filename)[:200]}"
        if info.flag_bits & 0x1:
            raise InputError("the zip member is encrypted; isacheck reads only unencrypted release zips", path=member)
        try:
            with archive.open(info) as src:
                body = read_stream(src, member, limit=min(member_limit, total_limit - total), what="zip member",
                                   variable="ISACHECK_MAX_MEMBER_BYTES")
        except NotImplementedError:
            raise InputError(f"the zip member uses a compression method isacheck cannot read "
                             f"(method {info.compress_type})", path=member) from None
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError, ValueError) as exc:
            raise InputError(f"the zip member is corrupt ({printable(str(exc))[:120] or type(exc).__name__})",
                             path=member) from None
        total += len(body)
        out.append((info.filename, body))
    return out

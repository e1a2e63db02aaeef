"""``isacheck db update``: fetch AMD's machine-readable ISA release and rebuild the user database.

The release is a zip of XML files (one per architecture). It is downloaded with ``requests`` (or
read from a local zip), within a whole-request deadline and a byte limit (isacheck/inputs.py),
parsed completely, combined with LLVM's verdicts, and only then written to the user database
directory. Any failure before that leaves the current database as it was; the package's own copy
is never written.

The user database directory is isacheck's only when it says so: ``db update`` writes the marker
file ``.isacheck-db`` there first, and afterwards replaces only ``index.json`` and
``descriptions.json``, each atomically, never the directory itself. A location that is not
isacheck's (a regular file, a symbolic link, a directory holding other things and no marker) is
refused before anything is downloaded: ``ISACHECK_DB_DIR=$HOME db update`` must not touch $HOME.
A user database that is corrupt or from a newer isacheck does not stop ``db update``: it is
rebuilt (with the LLVM verdicts of the shipped database when it cannot be read).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from isacheck.errors import IsacheckError

# AMD GPUOpen's permanent link to the newest machine-readable ISA release.
DEFAULT_URL = "https://gpuopen.com/download/machine-readable-isa/latest/"


class UpdateError(IsacheckError):
    """The release could not be fetched or read; the database was not changed."""


@dataclass(frozen=True)
class UpdateResult:
    directory: Path
    mnemonics: int
    families: tuple[str, ...]
    release_date: str | None
    probed: bool


def fetch(source: str, timeout: float) -> tuple[bytes, str]:
    """Bytes of the release zip from a URL or a local path, and the name to record for it."""
    from isacheck.config import limits
    from isacheck.errors import InputError
    from isacheck.inputs import download, read_source

    limit = limits().download_bytes
    try:
        if "://" not in source:
            data, _shown = read_source(source, limit=limit, what="release zip",
                                       variable="ISACHECK_MAX_DOWNLOAD_BYTES")
            return data, Path(source).name
        return download(source, timeout=timeout, limit=limit), source
    except InputError as exc:
        raise UpdateError(exc.message, path=exc.path) from None


def check_location(directory: Path) -> None:
    """Refuse, before any work, a database location that is not isacheck's to write."""
    from isacheck.errors import printable
    from isacheck.isa.database import MARKER, owns_directory

    shown = printable(str(directory))
    advice = "; set ISACHECK_DB_DIR to a new or empty directory"
    if directory.is_symlink():
        raise UpdateError(f"the database location is a symbolic link; refusing to write through it{advice}",
                          path=shown)
    if directory.exists() and not directory.is_dir():
        raise UpdateError(f"the database location exists and is not a directory; refusing to replace it{advice}",
                          path=shown)
    if directory.is_dir() and not owns_directory(directory):
        raise UpdateError(f"the database location holds files isacheck did not write (no {MARKER} marker); "
                          f"refusing to write there{advice}", path=shown)
    for parent in directory.parents:
        if parent.exists():
            if not parent.is_dir():
                raise UpdateError(f"cannot create the database directory: {printable(str(parent))} is not a "
                                  f"directory", path=shown)
            break


def write_user_database(directory: Path, index: dict, descriptions: dict) -> None:
    """Write isacheck's files into ``directory``: the marker first (so that an interrupted first
    update still leaves a directory isacheck recognises), then descriptions.json, then index.json
    (the file whose presence makes the database active). Each file is replaced atomically; no other
    file in the directory is touched."""
    import json

    from isacheck.frontend.cache import atomic_write
    from isacheck.isa.build import dumps_index
    from isacheck.isa.database import DESCRIPTIONS, DESCRIPTIONS_SHA, INDEX, MARKER, MARKER_TEXT

    import hashlib

    check_location(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if not (directory / MARKER).is_file():
        atomic_write(directory / MARKER, MARKER_TEXT.encode())
    text = (json.dumps(descriptions, sort_keys=True, indent=0, ensure_ascii=False) + "\n").encode("utf-8")
    atomic_write(directory / DESCRIPTIONS, text)
    # The index names the descriptions written with it: an update interrupted between the two
    # replacements leaves a pair isacheck recognises as mismatched, never one it mixes up.
    atomic_write(directory / INDEX, dumps_index({**index, DESCRIPTIONS_SHA: hashlib.sha256(text).hexdigest()})
                 .encode("utf-8"))


def update(source: str = DEFAULT_URL, *, timeout: float = 60.0, probe: bool = True,
           directory: Path | None = None) -> UpdateResult:
    from isacheck.errors import InputError, printable
    from isacheck.inputs import check_timeout
    from isacheck.isa import build
    from isacheck.isa.database import DatabaseError, database, reset_cache, shipped_database, targets_doc, user_db_dir
    from isacheck.isa.spec_xml import read_release

    check_timeout(timeout)
    target_dir = Path(directory or user_db_dir())
    check_location(target_dir)
    try:
        current = database()
    except DatabaseError:   # a corrupt or newer user database is what an update repairs
        current = shipped_database()
    data, name = fetch(source, timeout)
    try:
        records, spec_source = read_release(data, name)
    except InputError as exc:
        raise UpdateError(str(exc)) from None
    llvm = None
    probed = False
    if probe:
        from isacheck.isa.probe import ProbeUnavailable

        # Probe the new spec's names plus every name the current database knows (that keeps the
        # LLVM-only mnemonics of gfx1250/gfx1170 without rescanning LLVM's 100 MB library).
        names = {r.name for r in records} | set(current.names())
        try:
            llvm = build.probe_llvm(names, list(targets_doc()["targets"]), discover=False,
                                    spec_names={r.name for r in records})
            probed = True
        except ProbeUnavailable:  # no usable Triton here: keep the LLVM verdicts we already have
            llvm = None
    if llvm is None:
        llvm = build.observations_from(current)
    index, descriptions = build.assemble(records, spec_source, llvm)
    try:
        write_user_database(target_dir, index, descriptions)
    except OSError as exc:
        raise UpdateError(f"cannot write the database: {exc.strerror or type(exc).__name__}",
                          path=printable(str(target_dir))) from None
    reset_cache()
    return UpdateResult(target_dir, len(index["instructions"]), spec_source.families,
                        spec_source.release_date, probed)

"""``isacheck db update``: fetch AMD's machine-readable ISA release and rebuild the user database.

The release is a zip of XML files (one per architecture). It is downloaded with ``requests`` (or
read from a local zip), parsed completely, combined with LLVM's verdicts, and only then swapped
into the user data directory in one rename. Any failure before the swap leaves the current
database as it was; the package's own copy is never written.
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
    if "://" not in source:
        path = Path(source)
        try:
            return path.read_bytes(), path.name
        except OSError as exc:
            raise UpdateError(f"cannot read {source}: {exc.strerror or exc}") from None
    import requests

    try:
        response = requests.get(source, timeout=timeout)
    except requests.Timeout:
        raise UpdateError(f"download of {source} timed out after {timeout:g} s") from None
    except requests.RequestException as exc:
        raise UpdateError(f"download of {source} failed: {type(exc).__name__}") from None
    if response.status_code != 200:
        raise UpdateError(f"download of {source} failed: HTTP {response.status_code} {response.reason or ''}".rstrip())
    return response.content, source


def update(source: str = DEFAULT_URL, *, timeout: float = 60.0, probe: bool = True,
           directory: Path | None = None) -> UpdateResult:
    from isacheck.errors import InputError
    from isacheck.isa import build
    from isacheck.isa.database import database, reset_cache, targets_doc, user_db_dir
    from isacheck.isa.spec_xml import read_release

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
        names = {r.name for r in records} | set(database().names())
        try:
            llvm = build.probe_llvm(names, list(targets_doc()["targets"]), discover=False,
                                    spec_names={r.name for r in records})
            probed = True
        except ProbeUnavailable:  # no usable Triton here: keep the LLVM verdicts we already have
            llvm = None
    if llvm is None:
        llvm = build.observations_from(database())
    index, descriptions = build.assemble(records, spec_source, llvm)
    target_dir = directory or user_db_dir()
    try:
        build.write_database(target_dir, index, descriptions)
    except OSError as exc:
        raise UpdateError(f"cannot write {target_dir}: {exc.strerror or exc}") from None
    reset_cache()
    return UpdateResult(target_dir, len(index["instructions"]), spec_source.families,
                        spec_source.release_date, probed)

"""The instruction database: which mnemonic exists on which gfx target, and who said so.

Files (see isa_db/README.md):
  index.json         per mnemonic: spec families, LLVM's targets, the merged targets, as bit masks
                     over the "families"/"targets" lists in the same file; provenance. Compact
                     (~150 KB) because every ``supports``/``has`` run loads it at start-up.
  descriptions.json  AMD's description, operands and encodings; read only by ``explain``.
  targets.json       hand-maintained target facts; always read from the package.

A database built by ``isacheck db update`` lives in the user's data directory and is preferred
over the one shipped in the package; the package copy is never written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from isacheck.errors import IsacheckError
from isacheck.isa.mnemonic import normalize

INDEX = "index.json"
DESCRIPTIONS = "descriptions.json"
# In a user index.json: the sha256 of the descriptions.json written with it (isa/update.py).
DESCRIPTIONS_SHA = "descriptions_sha256"
TARGETS = "targets.json"
# Written by ``db update`` into the user database directory, first: it says "isacheck made this
# directory", so that a later update replaces files there (only its own) and refuses anywhere else.
MARKER = ".isacheck-db"
MARKER_TEXT = "isacheck user ISA database: written by `isacheck db update`; only index.json and descriptions.json here are replaced by it\n"
OWN_FILES = (INDEX, DESCRIPTIONS)
SCHEMA = 2
# index.json row = [spec family mask, LLVM target mask, merged target mask]; LLVM mask sentinels:
NOT_ASKED = -1      # LLVM was not asked about this mnemonic
INVALID = -2        # LLVM rejects the mnemonic on every target ("invalid instruction")


class DatabaseError(IsacheckError):
    """The user database (``db update``'s copy) is unreadable, corrupt or from a newer isacheck."""


def user_db_dir() -> Path:
    """Where ``db update`` writes: $ISACHECK_DB_DIR, else $XDG_DATA_HOME/isacheck/isa_db."""
    from isacheck.config import user_db_dir as configured
    return configured()


def shipped_db_dir() -> Path:
    from isacheck.resources import isa_db_dir

    return isa_db_dir()


def active_db_dir() -> Path:
    user = user_db_dir()
    if (user / INDEX).is_file():
        return user
    return shipped_db_dir()


@dataclass(frozen=True)
class Entry:
    """What the database knows about one mnemonic.

    spec:    spec families that list it ("rdna4", ...)
    llvm:    targets where LLVM's assembler accepts it; None when LLVM was not asked
    llvm_invalid: LLVM rejects the mnemonic on every target ("invalid instruction")
    targets: the verdict: targets that have it (LLVM where it was probed, else the spec)
    """

    name: str
    spec: tuple[str, ...]
    llvm: tuple[str, ...] | None
    llvm_invalid: bool
    targets: tuple[str, ...]


def _bits(mask: int, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for i, name in enumerate(names) if mask >> i & 1)


@dataclass
class IsaDatabase:
    """The loaded index. Rows stay as the compact ``[spec, llvm, targets]`` bit masks of
    index.json until asked for: start-up cost is one json.load of ~150 KB."""

    root: Path
    sources: dict
    target_order: tuple[str, ...]
    family_order: tuple[str, ...]
    rows: dict[str, list[int]]
    descriptions_sha256: str | None = None     # a user database: its descriptions.json's hash
    _present: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _entries: dict[str, Entry] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, root: Path, *, check: bool = False) -> "IsaDatabase":
        """Load ``root/index.json``. ``check``: the file is not the package's own (a user database
        written by ``db update``, perhaps edited, truncated or from a newer isacheck), so every
        part is checked and any fault is one :class:`DatabaseError` that says how to repair it."""
        if not check:
            with open(root / INDEX, encoding="utf-8") as f:
                data = json.load(f)
            return cls(root, data["sources"], tuple(data["targets"]), tuple(data["families"]), data["instructions"])
        return cls(root, *_checked(root))

    def _entry(self, name: str, row: list[int]) -> Entry:
        spec, llvm, targets = row
        return Entry(name, _bits(spec, self.family_order),
                     None if llvm == NOT_ASKED else () if llvm == INVALID else _bits(llvm, self.target_order),
                     llvm == INVALID, _bits(targets, self.target_order))

    def get(self, mnemonic: str) -> Entry | None:
        name = normalize(mnemonic)
        entry = self._entries.get(name)
        if entry is None:
            row = self.rows.get(name)
            if row is None:
                return None
            entry = self._entries[name] = self._entry(name, row)
        return entry

    @property
    def entries(self) -> dict[str, Entry]:
        """Every mnemonic -> Entry (decodes all rows: for scans, not for start-up paths)."""
        if len(self._entries) < len(self.rows):
            for name, row in self.rows.items():
                if name not in self._entries:
                    self._entries[name] = self._entry(name, row)
        return self._entries

    def names(self):
        return self.rows.keys()

    def present(self, gfx: str) -> frozenset[str]:
        """Every mnemonic the target has (normalised spelling)."""
        found = self._present.get(gfx)
        if found is None:
            try:
                bit = 1 << self.target_order.index(gfx)
            except ValueError:
                return frozenset()
            found = self._present[gfx] = frozenset(n for n, row in self.rows.items() if row[2] & bit)
        return found

    def targets_with(self, mnemonic: str) -> tuple[str, ...]:
        entry = self.get(mnemonic)
        return entry.targets if entry else ()

    def descriptions(self) -> dict[str, list[dict]]:
        return _descriptions(self.root, self.descriptions_sha256)


_REPAIR = "run `isacheck db update` to rebuild it, or remove it to use the database shipped with isacheck"


def _read_user_json(path: Path, what: str, sha256: str | None = None):
    """The JSON of a user database file; with ``sha256``, its bytes must have that hash."""
    from isacheck.config import limits
    from isacheck.errors import InputError, printable
    from isacheck.inputs import load_json, read_source

    try:
        data, _name = read_source(str(path), limit=limits().member_bytes, what=what,
                                  variable="ISACHECK_MAX_MEMBER_BYTES")
        if sha256 is not None:
            import hashlib
            if hashlib.sha256(data).hexdigest() != sha256:
                raise DatabaseError(f"the user ISA database is inconsistent ({what} is not the one its "
                                    f"index.json was written with: an update was interrupted?); {_REPAIR}",
                                    path=printable(str(path)))
        return load_json(data, printable(str(path)), what=what)
    except InputError as exc:
        raise DatabaseError(f"the user ISA database is unusable: {exc.message}; {_REPAIR}", path=exc.path) from None


def _checked(root: Path) -> tuple[dict, tuple[str, ...], tuple[str, ...], dict[str, list[int]], str | None]:
    """(sources, targets, families, rows, descriptions' sha256) of a user index.json, every part of
    its shape checked."""
    from isacheck.errors import printable

    path = root / INDEX
    data = _read_user_json(path, "index.json")
    shown = printable(str(path))

    def bad(what: str) -> DatabaseError:
        return DatabaseError(f"the user ISA database is corrupt ({what}); {_REPAIR}", path=shown)

    if not isinstance(data, dict):
        raise bad("not a JSON object")
    schema = data.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA:
        raise DatabaseError(f"the user ISA database was written by a newer isacheck (schema {schema}; this one "
                            f"reads schema {SCHEMA}); {_REPAIR}", path=shown)
    if schema != SCHEMA:
        raise bad(f"schema {str(schema)[:20]!r}, expected {SCHEMA}")
    sources, targets, families, rows = (data.get(k) for k in ("sources", "targets", "families", "instructions"))
    if not isinstance(sources, dict) or not isinstance(sources.get("spec"), dict) \
            or not isinstance(sources.get("llvm"), (dict, type(None))):
        raise bad("'sources' is not an object with 'spec' and 'llvm'")
    for key, names in (("targets", targets), ("families", families)):
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
            raise bad(f"{key!r} is not a list of distinct names")
    if not isinstance(rows, dict):
        raise bad("'instructions' is not an object")
    wide = 1 << max(len(targets), len(families))
    for name, row in rows.items():
        if not (type(row) is list and len(row) == 3 and all(type(v) is int for v in row)
                and 0 <= row[0] < wide and -2 <= row[1] < wide and 0 <= row[2] < wide):
            raise bad(f"instruction {name[:40]!r} has a malformed row")
    sha = data.get(DESCRIPTIONS_SHA)
    if sha is not None and not (isinstance(sha, str) and len(sha) == 64):
        raise bad(f"{DESCRIPTIONS_SHA!r} is not a sha256")
    return sources, tuple(targets), tuple(families), rows, sha


@lru_cache(maxsize=4)
def _descriptions(root: Path, sha256: str | None = None) -> dict[str, list[dict]]:
    if root == shipped_db_dir():
        with open(root / DESCRIPTIONS, encoding="utf-8") as f:
            return json.load(f)
    data = _read_user_json(root / DESCRIPTIONS, "descriptions.json", sha256)
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(d, dict) for d in v)
                                             for v in data.values()):
        from isacheck.errors import printable
        raise DatabaseError(f"the user ISA database is corrupt (descriptions.json is not an object of lists); "
                            f"{_REPAIR}", path=printable(str(root / DESCRIPTIONS)))
    return data


@lru_cache(maxsize=4)
def _load(root: Path) -> IsaDatabase:
    return IsaDatabase.load(root, check=root != shipped_db_dir())


def shipped_database() -> IsaDatabase:
    """The database shipped in the package, whatever the user's copy holds."""
    return _load(shipped_db_dir())


def owns_directory(directory: Path) -> bool:
    """True when ``directory`` is isacheck's to write: it has the marker, or holds nothing but
    the files isacheck writes there (a database from before the marker existed), or nothing."""
    if (directory / MARKER).is_file() and not (directory / MARKER).is_symlink():
        return True
    try:
        names = {p.name for p in directory.iterdir()}
    except OSError:
        return False
    return names <= set(OWN_FILES) and all((directory / n).is_file() and not (directory / n).is_symlink()
                                           for n in names)


def database() -> IsaDatabase:
    """The active database (user copy if present, else the shipped one), loaded once."""
    return _load(active_db_dir())


def reset_cache() -> None:
    """Forget loaded databases (after ``db update``, and in tests that switch ISACHECK_DB_DIR)."""
    _load.cache_clear()
    _descriptions.cache_clear()
    _targets_doc.cache_clear()


@lru_cache(maxsize=1)
def _targets_doc() -> dict:
    with open(shipped_db_dir() / TARGETS, encoding="utf-8") as f:
        return json.load(f)


def targets_doc() -> dict:
    return _targets_doc()

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
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from isacheck.isa.mnemonic import normalize

INDEX = "index.json"
DESCRIPTIONS = "descriptions.json"
TARGETS = "targets.json"
SCHEMA = 2
# index.json row = [spec family mask, LLVM target mask, merged target mask]; LLVM mask sentinels:
NOT_ASKED = -1      # LLVM was not asked about this mnemonic
INVALID = -2        # LLVM rejects the mnemonic on every target ("invalid instruction")


def user_db_dir() -> Path:
    """Where ``db update`` writes: $ISACHECK_DB_DIR, else $XDG_DATA_HOME/isacheck/isa_db."""
    explicit = os.environ.get("ISACHECK_DB_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "isacheck" / "isa_db"


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
    _present: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _entries: dict[str, Entry] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, root: Path) -> "IsaDatabase":
        with open(root / INDEX, encoding="utf-8") as f:
            data = json.load(f)
        if data.get("schema") != SCHEMA:
            raise ValueError(f"{root / INDEX}: schema {data.get('schema')!r}, expected {SCHEMA}")
        return cls(root, data["sources"], tuple(data["targets"]), tuple(data["families"]), data["instructions"])

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
        return _descriptions(self.root)


@lru_cache(maxsize=4)
def _descriptions(root: Path) -> dict[str, list[dict]]:
    with open(root / DESCRIPTIONS, encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=4)
def _load(root: Path) -> IsaDatabase:
    return IsaDatabase.load(root)


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

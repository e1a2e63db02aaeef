"""Where the grammar and the ISA database are, installed or in a checkout.

In a built wheel they are copied to ``isacheck/_data/`` (see ``force-include`` in pyproject.toml);
in a source checkout or an editable install they stay at the top of the repository, beside the package.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """Return the directory ``grammars`` or ``isa_db``, wherever this installation keeps it."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"isacheck data directory {name!r} is missing from this installation")


def grammar_path(name: str = "amdgcn.lark") -> Path:
    return data_dir("grammars") / name


def isa_db_dir() -> Path:
    return data_dir("isa_db")

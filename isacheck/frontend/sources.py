"""The Python sources a report shows beside the assembly, read only when they are at hand.

An amdgcn file names its sources in ``.file N "dir" "name"`` directives. Those paths come from
the machine that compiled the kernel (or from a cache archive someone sent), so they are only
*candidates*: a file is read when it exists here, is a regular ``.py`` file and is small enough;
anything else leaves that source out (the report then shows the assembly alone). Nothing is ever
written, and no error is raised: a missing source is normal.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from isacheck.asm.model import SourceFile

MAX_SOURCE_BYTES = 2 * 2**20     # a kernel file is a few hundred lines; anything bigger is not one


def read_source(path: str | os.PathLike) -> list[str] | None:
    """The lines of a readable Python file, or None."""
    p = Path(path)
    try:
        if p.suffix != ".py" or not p.is_file() or p.stat().st_size > MAX_SOURCE_BYTES:
            return None
        data = p.read_bytes()
    except OSError:
        return None
    if b"\x00" in data:
        return None
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def find_sources(files: Iterable[SourceFile], search: Sequence[str | os.PathLike] = (),
                 known: Mapping[str, str | os.PathLike] | None = None) -> dict[str, list[str]]:
    """Source lines by the name ``.loc`` locations use (``SourceFile.name``).

    known:  name -> path the caller already knows (``dump`` knows the file it compiled)
    search: directories to look in for a name, after the directory the ``.file`` gives
    """
    out: dict[str, list[str]] = {}
    for f in files:
        if f.name in out:
            continue
        candidates: list[Path] = []
        if known and f.name in known:
            candidates.append(Path(known[f.name]))
        if f.directory and not f.directory.startswith("<"):
            candidates.append(Path(f.directory) / f.name)
        candidates += [Path(d) / f.name for d in search]
        candidates.append(Path(f.name))
        for c in candidates:
            lines = read_source(c)
            if lines is not None:
                out[f.name] = lines
                break
    return out

"""``--html FILE``: one self-contained HTML page per run (analyze, dump, scan).

Renders :class:`isacheck.analysis.attribution.KernelAttribution` models, one tab per kernel
row (kernel, variant, target...), with a comparison table on top when there are several. It
computes nothing: costs, shade levels and the assembly shown per source line come from the
attribution; the words come from ``report/verdict.py`` like every other human format.

Why Jinja2: the page mixes kernel names, Python source and assembly text, any of which may hold
``<`` or ``&``; a template with autoescape escapes every value by construction, where string
concatenation escapes only what its author remembered to. CSS and JS are inlined from files
beside the template (package data), so the page needs no network, no external font or script:
it opens from a CI artifact or an e-mail attachment. Output is deterministic (no timestamps, no
absolute paths, tabs in the caller's order), so it can be compared with a golden file.

The page marks itself as written by isacheck (``<meta name="generator">``); :func:`write_html`
replaces only such a file, never one the user wrote.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from isacheck.analysis.attribution import LEVELS, KernelAttribution

GENERATOR = "isacheck"

# ColorBrewer's 5-class sequential YlOrBr (Cynthia Brewer, colorbrewer2.org): ordered by
# lightness, readable by the colour-blind; every shade also carries a text marker (the margin's
# bar and numbers), so colour is never the only carrier of meaning.
PALETTE = ("#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404")


@dataclass(frozen=True)
class Tab:
    id: str
    model: KernelAttribution
    verdict: str
    notes: tuple[tuple[str, str], ...]    # (label, sentence): the kernel's findings (report/kernel_notes.py)
    fp8_words: str
    sites: int                 # real (not cheap) emulation sites
    spills: str                # the verdict line's spill words
    scratch: int | None


_FP8_WORDS = {"emulated": "FP8 emulated in software", "mixed": "FP8 partly emulated, partly hardware",
              "hardware": "hardware FP8", "cheap": "FP8 by a cheap byte shift", "none": "no FP8"}
# Text markers beside the colours (the verdict is never told by colour alone).
_FP8_MARKERS = {"emulated": "✗", "mixed": "!", "hardware": "✓", "cheap": "~", "none": "·"}


def _bytecode_cache():
    """Jinja2's own cache of compiled templates, in isacheck's cache directory: compiling the
    template costs ~45 ms, as much as the rest of the page; loading it compiled ~1 ms. Keyed by
    the template's source, so an edited template is never served stale. None when the cache
    directory cannot be made (the template is then compiled each time)."""
    from jinja2 import FileSystemBytecodeCache

    from isacheck.frontend.cache import default_cache_dir
    try:
        directory = default_cache_dir() / "jinja"
        directory.mkdir(parents=True, exist_ok=True)
        return FileSystemBytecodeCache(str(directory))
    except OSError:
        return None


def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    # StrictUndefined: a misspelt field is an error in the tests, not an empty cell in a report.
    return Environment(loader=PackageLoader("isacheck.report", "templates"),
                       autoescape=True, undefined=StrictUndefined, bytecode_cache=_bytecode_cache(),
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(models: Sequence[KernelAttribution], *, title: str, warnings: Sequence[str] = ()) -> str:
    from isacheck import __version__
    from isacheck.analysis.summary import fp8_facts, spill_facts
    from isacheck.report.kernel_notes import kernel_notes
    from isacheck.report.verdict import spill_phrase, verdict_line

    tabs = [Tab(id=f"k{i}", model=m, verdict=verdict_line(m.analysis), notes=kernel_notes(m.analysis),
                fp8_words=_FP8_WORDS.get(m.analysis.fp8, m.analysis.fp8), sites=fp8_facts(m.analysis).sites,
                spills=spill_phrase(m.analysis), scratch=spill_facts(m.analysis).kernel_scratch_bytes)
            for i, m in enumerate(models)]
    template = _environment().get_template("report.html.j2")
    return template.render(title=title, tabs=tabs, warnings=list(warnings), version=__version__,
                           generator=GENERATOR, palette=PALETTE, levels=LEVELS, markers=_FP8_MARKERS,
                           tags=_TAGS, n=_n, pct=_pct, count=_count, margin=_margin, line_summary=_line_summary)


# Small wording helpers the template calls: Python, not template expressions, because Jinja2
# compiles every expression of a template before its first use (a page's largest fixed cost).
_TAGS = {"emulation": "E", "cheap": "e", "spill": "S", "": ""}


def _n(x: int) -> str:
    return f"{x:,}"


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _margin(ln) -> str:
    """``E 24,444 S 927``: the line's emulation and spill instructions, zeros left out."""
    return " ".join(p for p in (f"E {ln.emulation:,}" if ln.emulation else "", f"S {ln.spills:,}" if ln.spills else "") if p)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _line_summary(ln) -> str:
    parts = [_count(ln.instructions, "instruction")] if ln.instructions is not None else []
    if ln.emulation:
        parts.append(f"{_count(ln.emulation, 'FP8 emulation instruction')} in {_count(ln.sites, 'site')}")
    if ln.spills:
        parts.append(_count(ln.spills, "spill instruction"))
    return ", ".join(parts)


def _is_ours(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}'.encode() in head


def check_writable(path: str | os.PathLike) -> None:
    """Refuse, before any work is done, an ``--html`` path that is a directory, in a missing
    directory, or a file isacheck did not write (the user's files are never replaced)."""
    from isacheck.errors import UsageError

    p = Path(path)
    if p.is_dir():
        raise UsageError("is a directory; --html takes a file name", path=str(path))
    if p.exists() and not _is_ours(p):
        raise UsageError("exists and was not written by isacheck; refusing to overwrite it (--html)", path=str(path))
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"no such directory: {parent}", path=str(path))


def write_html(path: str | os.PathLike, page: str) -> None:
    """Write ``page`` to ``path`` atomically; refuse to replace a file isacheck did not write."""
    from isacheck.atomic import atomic_write, user_file_mode
    from isacheck.errors import UsageError

    p = Path(path)
    check_writable(p)
    try:
        # Like any file the user's tools write: the umask's permissions, or the replaced report's.
        atomic_write(p, page.encode("utf-8"), mode=user_file_mode(p))
    except OSError as exc:
        raise UsageError(f"cannot write the HTML report: {exc.strerror or exc}", path=str(path)) from None

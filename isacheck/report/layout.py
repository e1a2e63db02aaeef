"""Fitting a report to the terminal without ever cutting a value.

rich's tables shrink columns to the console width and then cut cells to ``emul…``: a verdict cut
that way is worse than none. The layout here never shortens a cell. It keeps the columns that
decide the answer (marked ``essential``), adds the others in priority order while they fit, and
moves the rest to a line under their row (``label value; ...``), wrapped between words. When
even the essential columns do not fit, every row becomes a block of its own. ``wide`` keeps
every column whatever the width (the terminal then wraps the long lines, but nothing is cut).

Only the standard library is used (``supports`` renders through :func:`wrap` and must start fast).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Sequence

GAP = 2          # spaces between columns
DETAIL_INDENT = 4


@dataclass(frozen=True)
class Column:
    key: str
    header: str                  # short, shown in the header row
    label: str                   # longer name, used in the legend and on the line under a row
    legend: str = ""             # what the header means, printed once under the table
    justify: str = "left"        # "left" | "right"
    essential: bool = False      # never moved under the row


@dataclass(frozen=True)
class Cell:
    text: str
    style: str = ""


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]      # shown as columns, in table order
    moved: tuple[Column, ...]        # shown on the line under each row, in priority order
    widths: tuple[int, ...]
    stacked: bool                    # every row as a block (essential columns did not fit)


def cell_width(text: str) -> int:
    from unicodedata import east_asian_width
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def _width(col: Column, rows: Sequence[dict[str, Cell]]) -> int:
    return max([cell_width(col.header)] + [cell_width(r[col.key].text) for r in rows if col.key in r])


def fit(columns: Sequence[Column], rows: Sequence[dict[str, Cell]], width: int | None, *,
        wide: bool = False) -> Layout:
    """Choose the columns that fit in ``width`` (None: unlimited). ``columns`` are in table order;
    the optional ones are tried in that same order, so list the facts that matter most first."""
    widths = {c.key: _width(c, rows) for c in columns}
    # An optional column with nothing to say on any row (all "-" or empty) is left out entirely.
    empty = {c.key for c in columns if not c.essential
             and all(r.get(c.key, Cell("")).text in ("", "-") for r in rows)}
    chosen = [c for c in columns if c.essential]
    used = sum(widths[c.key] for c in chosen) + GAP * (len(chosen) - 1)
    if width is not None and used > width and not wide:
        return Layout(tuple(chosen), tuple(c for c in columns if not c.essential and c.key not in empty),
                      tuple(widths[c.key] for c in chosen), True)
    moved = []
    for c in columns:
        if c.essential or c.key in empty:
            continue
        if wide or width is None or used + GAP + widths[c.key] <= width:
            chosen.append(c)
            used += GAP + widths[c.key]
        else:
            moved.append(c)
    order = {c.key: i for i, c in enumerate(columns)}
    chosen.sort(key=lambda c: order[c.key])
    return Layout(tuple(chosen), tuple(moved), tuple(widths[c.key] for c in chosen), False)


def pad(text: str, width: int, justify: str) -> str:
    fill = " " * max(0, width - cell_width(text))
    return fill + text if justify == "right" else text + fill


def wrap(text: str, width: int | None, *, indent: str = "", subsequent: str | None = None) -> list[str]:
    """``text`` broken between words to ``width`` columns (None: one line). A word longer than
    the line is kept whole: the terminal wraps it, nothing is cut."""
    if width is None:
        return [indent + text]
    return textwrap.wrap(text, width=max(width, len(indent) + 10), initial_indent=indent,
                         subsequent_indent=indent if subsequent is None else subsequent,
                         break_long_words=False, break_on_hyphens=False) or [indent]


def wrap_clauses(clauses: Sequence[str], width: int | None, *, indent: str, sep: str = "; ") -> list[str]:
    """Clauses joined by ``sep`` on as few lines as fit; a line breaks between clauses (the
    continuation indented two more), and a clause longer than a line between its words."""
    if width is None:
        return [indent + sep.join(clauses)]
    cont = indent + "  "
    lines: list[str] = []
    cur = ""
    for i, clause in enumerate(clauses):
        piece = clause + (sep.rstrip() if i < len(clauses) - 1 else "")
        lead = indent if not lines and not cur else cont
        candidate = f"{cur} {piece}" if cur else lead + piece
        if cur and cell_width(candidate) > width:
            lines.append(cur)
            cur = ""
            candidate = cont + piece
        if cell_width(candidate) > width:
            parts = wrap(piece, width, indent=candidate[:len(candidate) - len(piece)], subsequent=cont + "  ")
            lines.extend(parts[:-1])
            cur = parts[-1]
        else:
            cur = candidate
    if cur:
        lines.append(cur)
    return lines


def _hanging(line: str, width: int) -> str:
    """The indent for a wrapped line's continuation: under its value column when the line is
    ``name   value`` (the last run of two or more spaces), else two more than its own indent."""
    indent = len(line) - len(line.lstrip(" "))
    body = line.rstrip()
    cut = max((i + 2 for i in range(indent, len(body) - 2) if body[i] == " " == body[i + 1] and body[i + 2] != " "),
              default=None)
    if cut is not None and cut <= width - 20:
        return " " * cut
    return " " * min(indent + 2, max(0, width - 20))


def fit_line(line: str, width: int | None) -> list[str]:
    """One line of plain-text output broken between words to ``width`` with a hanging indent;
    unchanged when it fits or when there is no width (piped output)."""
    if width is None or cell_width(line) <= width:
        return [line]
    indent = line[:len(line) - len(line.lstrip(" "))]
    return textwrap.wrap(line.strip(), width=width, initial_indent=indent, subsequent_indent=_hanging(line, width),
                         break_long_words=False, break_on_hyphens=False) or [line]


class WrappingWriter:
    """A text stream that writes each complete line through :func:`fit_line`: plain-text commands
    (``supports``) fit a terminal without rich, whose import would cost more than they spend."""

    def __init__(self, stream, width: int | None) -> None:
        self.stream, self.width, self._pending = stream, width, ""

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self.stream.write("".join(piece + "\n" for piece in fit_line(line, self.width)))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.stream.write("\n".join(fit_line(self._pending, self.width)))
            self._pending = ""
        self.stream.flush()

    def isatty(self) -> bool:
        return hasattr(self.stream, "isatty") and self.stream.isatty()


def terminal_width(stream) -> int | None:
    """The width of the terminal ``stream`` writes to, None when it is not a terminal (piped)."""
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    import shutil
    return shutil.get_terminal_size().columns

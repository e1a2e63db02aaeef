"""One exception root for every error isacheck reports to a user (as pyelftools has ELFError).

A domain error is printed by the CLI as one line, ``file:line:col: message``, and exits with
``exit_code``; only ``--debug`` shows the traceback.
"""

from __future__ import annotations


class IsacheckError(Exception):
    """Root of all errors that are the user's input, not a bug in isacheck."""

    exit_code = 2
    # Text the CLI prints on stderr above the one error line, for what cannot be one line (a TOML
    # snippet to fill in); never part of the message itself.
    details: str | None = None

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __reduce__(self):
        # Errors cross the process pool (a worker's failed --out write): keep the path, line and
        # column, and rebuild subclasses whose __init__ takes other arguments.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))

    def location(self) -> str:
        parts = [self.path or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        if self.path is None and self.line is None:
            return self.message
        return f"{self.location()}: {self.message}"


def _rebuild(cls, args, state):
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(IsacheckError):
    """The input file cannot be read as what it claims to be (empty, binary, wrong dialect, ...)."""


class AsmSyntaxError(InputError):
    """A line of amdgcn assembly the grammar does not understand."""

    def __init__(self, message: str, *, path: str | None, line: int, column: int, text: str) -> None:
        super().__init__(f"{message}: {text!r}", path=path, line=line, column=column)
        self.text = text


class MetadataError(InputError):
    """The ``.amdgpu_metadata`` YAML block is broken."""


class UnknownTargetError(IsacheckError):
    """A GPU target or product name isacheck does not know."""


class UsageError(IsacheckError):
    """The command line itself is wrong."""


class CompileError(IsacheckError):
    """Triton failed to compile a kernel variant."""


class OutputError(IsacheckError):
    """isacheck could not write its output (a full disk, a closed stdout, a read-only --out).

    Exit code 2 like every other failure that is not the kernel's: a write failure is never
    reported as a compile failure (exit 4), whatever the number of jobs.
    """


# --- how a message quotes what the user gave -----------------------------------------------------
# A file name or a line of input may hold newlines, terminal escape sequences or megabytes of
# text: an error message quotes at most a bounded excerpt, with every control character escaped,
# so that it stays one line and cannot repaint the user's terminal.

_MESSAGE_CHARS = 2000       # a whole error line, after escaping


def printable(text: str) -> str:
    """``text`` with control characters, newlines and undecodable bytes (surrogate escapes)
    written as Python escapes; everything else unchanged."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable() or ch == " ":
            out.append(ch)
        elif 0xDC80 <= code <= 0xDCFF:      # a byte os.fsdecode could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii") if code > 0xFF or ch in "\t\n\r"
                       else f"\\x{code:02x}")
    return "".join(out)


def quote(text: str, limit: int | None = None) -> str:
    """A bounded, escaped excerpt of user input, in quotes: ``'abc…' (+1234 chars)``."""
    if limit is None:
        from isacheck.config import limits
        try:
            limit = limits().excerpt_chars
        except IsacheckError:
            limit = 80
    shown = printable(text[:limit])
    more = len(text) - limit
    return f"'{shown}'" + (f"... (+{more} chars)" if more > 0 else "")


def one_line(message: str) -> str:
    """The text of an error line: escaped and cut to a bounded length."""
    line = printable(message)
    if len(line) > _MESSAGE_CHARS:
        line = line[:_MESSAGE_CHARS] + f"... (+{len(line) - _MESSAGE_CHARS} chars)"
    return line

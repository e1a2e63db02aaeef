"""One exception root for every error isacheck reports to a user (as pyelftools has ELFError).

A domain error is printed by the CLI as one line, ``file:line:col: message``, and exits with
``exit_code``; only ``--debug`` shows the traceback.
"""

from __future__ import annotations


class IsacheckError(Exception):
    """Root of all errors that are the user's input, not a bug in isacheck."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

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

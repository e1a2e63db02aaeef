"""The one place rich consoles for reports are made."""

from __future__ import annotations

from typing import TextIO


def make_console(stream: TextIO, *, piped_width: int, soft_wrap: bool, width: int | None = None):
    """A rich console on ``stream``: colour on a terminal; piped, no colour and a fixed width so
    that output is stable for tools. ``width`` lays the report out as on a terminal that wide,
    without colour (what the tests render at 80..200 columns). A reader that closes the pipe
    early (``| head``) raises :class:`BrokenPipeError`, which the CLI turns into its documented
    exit code, instead of rich's own ``SystemExit(1)`` (1 means "no" to ``supports``)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    tty = hasattr(stream, "isatty") and stream.isatty()
    if width is not None:
        return _Console(file=stream, width=width, force_terminal=False, no_color=True, highlight=False,
                        soft_wrap=soft_wrap)
    return _Console(file=stream, width=None if tty else piped_width, force_terminal=tty, no_color=not tty,
                    highlight=False, soft_wrap=soft_wrap)


def is_terminal_like(console, width: int | None) -> bool:
    """Whether the report should wrap to the console's width: on a terminal, or when a width was
    asked for. Piped output keeps one fact per line, however long, so that ``grep`` finds it."""
    return width is not None or console.is_terminal

"""The progress display on stderr: one row per running or finished job, and an overall bar with
an ETA. Only when stderr is a terminal (or forced); otherwise silent."""

from __future__ import annotations

import sys
from typing import Sequence


class NullProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False

    def started(self, index: int) -> None:
        pass

    def finished(self, index: int, ok: bool, note: str = "") -> None:
        pass


class JobProgress(NullProgress):
    def __init__(self, labels: Sequence[str], *, force: bool = False) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._labels = list(labels)
        console = Console(file=sys.stderr, force_terminal=True if force else None)
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                  MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("eta"),
                                  TimeRemainingColumn(), console=console, transient=False)
        self._overall = None
        self._tasks: dict[int, int] = {}

    def __enter__(self):
        self._progress.__enter__()
        self._overall = self._progress.add_task(f"compiling {len(self._labels)} job(s)", total=len(self._labels))
        return self

    def __exit__(self, *exc) -> bool:
        self._progress.__exit__(*exc)
        return False

    def started(self, index: int) -> None:
        if index not in self._tasks:
            self._tasks[index] = self._progress.add_task(f"  {self._labels[index]}", total=1)

    def finished(self, index: int, ok: bool, note: str = "") -> None:
        self.started(index)
        mark = "[green]ok[/]" if ok else "[red]failed[/]"
        self._progress.update(self._tasks[index], completed=1,
                              description=f"  {self._labels[index]} {mark}{(' ' + note) if note else ''}")
        self._progress.advance(self._overall)


def make_progress(labels: Sequence[str], mode: str) -> NullProgress:
    """mode: "auto" (a terminal on stderr), "always", "never"."""
    if mode == "never" or not labels:
        return NullProgress()
    if mode == "auto" and not sys.stderr.isatty():
        return NullProgress()
    return JobProgress(labels, force=(mode == "always"))

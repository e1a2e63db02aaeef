"""Run the part of ``dump`` that executes the user's kernel file in a child process.

Importing a kernel file runs arbitrary code: it may segfault (a ctypes call, a native extension
that finds no GPU), call ``os._exit()``, loop, or print to standard output. None of that may take
isacheck down silently or corrupt its report. So the isacheck process never imports the file: a
child does (forked where the platform allows it, so it starts in milliseconds), along with
everything that needs the loaded module (planning, the compile pool, which it forks in turn).
The parent only waits, and turns whatever happened into an outcome:

* the child's result (the report), or its domain error re-raised here with the same message and
  exit code;
* a signal or an exit without a result: one line naming the kernel file and what the child was
  doing (the phase it last announced), at the file's own line when Python's fault handler
  recorded one (``faulthandler`` writes the crashing frames to a scratch file).

In the child, standard output is pointed at standard error (a ``print`` at import must never
reach ``--format json`` output) and standard input at ``/dev/null`` (an ``input()`` at import
ends at once instead of waiting for a keyboard).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Callable

from isacheck.errors import InputError, IsacheckError, printable

# Importing a kernel file takes well under a second to a few seconds (Triton itself, stubs);
# a file still importing after this long is waiting for something that will not come.
IMPORT_SECONDS = 300.0

PHASES = {"starting": "starting", "importing": "importing the kernel file",
          "planning": "planning the compile jobs", "compiling": "compiling"}


class ChildError(IsacheckError):
    """A domain error raised in the child, re-raised here with its message and exit code."""

    def __init__(self, message: str, exit_code: int, kind: str, details: str | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.kind = kind
        self.details = details


# How long the child may take to stop its compile pool after Ctrl-C (pool.py: 2 s grace, then SIGKILL).
_CHILD_STOP_SECONDS = 2.5


def _start_method() -> str:
    return "fork" if "fork" in mp.get_all_start_methods() else "spawn"


def _child(conn, fn: Callable, args: tuple, fault_path: str, debug: bool) -> None:
    import faulthandler

    try:
        os.dup2(2, 1)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        sys.stdin = open(os.devnull)  # noqa: SIM115 - lives as long as the child
    except OSError:
        pass
    fault_file = open(fault_path, "w")  # noqa: SIM115 - must stay open until the child ends
    faulthandler.enable(file=fault_file, all_threads=False)

    def phase(name: str) -> None:
        conn.send(("phase", name))

    try:
        result = fn(*args, phase)
        conn.send(("ok", result))
    except IsacheckError as exc:
        if debug:
            traceback.print_exc()
        conn.send(("error", type(exc).__name__, str(exc), exc.exit_code, exc.details))
    except KeyboardInterrupt:
        os._exit(130)
    except BaseException:  # noqa: BLE001 - a bug in isacheck: the parent shows the traceback
        conn.send(("bug", traceback.format_exc()))
    finally:
        conn.close()


def run_isolated(fn: Callable, args: tuple, *, source: Path, shown: str, debug: bool = False) -> Any:
    """``fn(*args, phase)`` in a child process; its result, or one InputError/ChildError.

    ``fn`` calls ``phase(name)`` (a key of PHASES) as it goes, so that a crash can be named.
    """
    ctx = mp.get_context(_start_method())
    reader, writer = ctx.Pipe(duplex=False)
    fd, fault_path = tempfile.mkstemp(prefix="isacheck-fault-", suffix=".txt")
    os.close(fd)
    # Flushed before forking: buffered output would otherwise be written twice.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    child = ctx.Process(target=_child, args=(writer, fn, args, fault_path, debug), name="isacheck-dump")
    phase = "starting"
    outcome = None
    try:
        child.start()
        writer.close()
        since = time.monotonic()
        while outcome is None:
            # Polled, not a blocking read: the compile pool's workers inherit the pipe's writing
            # end, so a child that died leaves no end-of-file while they live on.
            if not reader.poll(0.5):
                if not child.is_alive() and not reader.poll(0):
                    break
                if phase == "importing" and time.monotonic() - since > IMPORT_SECONDS:
                    child.kill()
                    child.join()
                    raise InputError(f"importing the kernel file took longer than {IMPORT_SECONDS:.0f} s; "
                                     "it is waiting for something (input, a lock, a device) that will not come",
                                     path=shown)
                continue
            try:
                message = reader.recv()
            except (EOFError, OSError):
                break
            if message[0] == "phase":
                phase = message[1]
                since = time.monotonic()
            else:
                outcome = message
        child.join()
    except KeyboardInterrupt:
        # A terminal's Ctrl-C reached the child too: it stops its pool itself (SIGTERM, a grace
        # period, SIGKILL). Give it that time before terminating it, which would cut the stop short;
        # a SIGINT sent to this process alone still ends the child, by SIGTERM, then SIGKILL.
        child.join(_CHILD_STOP_SECONDS)
        if child.is_alive():
            child.terminate()
            child.join(_CHILD_STOP_SECONDS)
        if child.is_alive():
            child.kill()
            child.join()
        raise
    finally:
        reader.close()
        fault_text = _read_fault(fault_path)
    if outcome is None:
        raise _ended(child.exitcode, phase, source, shown, fault_text)
    if outcome[0] == "ok":
        return outcome[1]
    if outcome[0] == "error":
        raise ChildError(outcome[2], outcome[3], outcome[1], outcome[4])
    raise RuntimeError("isacheck's dump worker failed:\n" + outcome[1])


class quiet_output:
    """Point file descriptors 1 and 2 at a scratch file while the kernel file imports: what its
    import-time code prints (banners, warnings, a C library's chatter) is not isacheck's to
    show, and would make an error more than one line. ``--debug`` lets it through."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._saved: list[int] = []

    def __enter__(self):
        if not self.enabled:
            return self
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        try:
            self._sink = tempfile.TemporaryFile()
            self._saved = [os.dup(1), os.dup(2)]
            os.dup2(self._sink.fileno(), 1)
            os.dup2(self._sink.fileno(), 2)
        except OSError:
            self._saved = []
        return self

    def __exit__(self, *exc) -> bool:
        if self._saved:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError, AttributeError):
                    pass
            os.dup2(self._saved[0], 1)
            os.dup2(self._saved[1], 2)
            for fd in self._saved:
                os.close(fd)
            self._sink.close()
        return False


def _read_fault(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(1 << 16)
    except OSError:
        return ""
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def _ended(code: int | None, phase: str, source: Path, shown: str, fault_text: str) -> InputError:
    """The one line for a child that ended without a result."""
    doing = PHASES.get(phase, phase)
    line = _fault_line(fault_text, source)
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        what = f"the process crashed ({name}) while {doing}"
    else:
        what = f"the process ended (exit status {code}, no result) while {doing}"
    if phase in ("starting", "importing"):
        what += "; the kernel file's import-time code did this (a native call, os._exit, ...)"
    return InputError(printable(what), path=shown, line=line)


_FRAME = re.compile(r'^\s*File "(.*)", line (\d+)')


def _fault_line(text: str, source: Path) -> int | None:
    """The kernel file's line in the fault handler's report (most recent call first)."""
    for raw in text.splitlines():
        m = _FRAME.match(raw)
        if m and Path(m.group(1)) == source:
            return int(m.group(2))
    return None

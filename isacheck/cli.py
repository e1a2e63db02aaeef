"""The command line: argument parsing and exit codes only.

Each subcommand lives in ``isacheck/commands/<name>.py`` and exposes
``add_arguments(parser)`` and ``run(args, stdout) -> int``. The modules are imported lazily (only the
one that runs is imported in full), so ``isacheck supports`` starts without importing Triton, Lark or
rich; see bench/bench_startup.py.

Exit codes (a contract, documented in README.md):
  0  done (for ``supports``: yes)        1  ``supports``: no / ``has``: not on this target
  2  bad input or usage                  3  ``supports``: partial
  4  ``dump``: some variants failed to compile (the others are reported)
  1  ``check``: a finding at or above --fail-on (2: usage or infrastructure error)
  130 interrupted                        141 output pipe closed early (``| head``)
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Sequence, TextIO

EXIT_OK = 0
EXIT_NO = 1
EXIT_INPUT = 2
EXIT_PARTIAL = 3
EXIT_COMPILE_FAILED = 4
EXIT_PIPE = 141               # the reader closed our output early (`| head`), as a shell reports SIGPIPE

# name -> (module, one-line help). Order is the order of `isacheck --help`.
COMMANDS: dict[str, tuple[str, str]] = {
    "analyze": ("isacheck.commands.analyze", "analyse amdgcn assembly: FP8 emulation, spills, registers"),
    "dump": ("isacheck.commands.dump", "compile a Triton source file's kernels for AMD targets and analyse them"),
    "scan": ("isacheck.commands.scan", "analyse every AMD kernel in a Triton cache directory or tarball"),
    "check": ("isacheck.commands.check", "pre-merge gate: compare kernels with a base revision, report findings"),
    "supports": ("isacheck.commands.supports", "does a target support a feature (fp8, bf8, ...)? with evidence"),
    "has": ("isacheck.commands.has", "is an instruction present on a target?"),
    "explain": ("isacheck.commands.explain", "AMD's description, operands and targets of an instruction"),
    "targets": ("isacheck.commands.targets", "list every known AMD target"),
    "db": ("isacheck.commands.db", "the ISA database: diff between sources, update from AMD's release"),
}


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors keep exit code 2 and one line."""

    def error(self, message: str):  # type: ignore[override]
        from isacheck.errors import UsageError
        # "isacheck: error: analyze: ... (see isacheck analyze --help)": the command, once
        command = self.prog.partition(" ")[2]
        raise UsageError(f"{command + ': ' if command else ''}{message} (see {self.prog} --help)")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    from isacheck import __version__

    parser = _Parser(prog="isacheck", description="The truth about FP8 on AMD GPUs, from the compiled assembly.")
    parser.add_argument("--version", action="version", version=f"isacheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks for errors")
        if only is None or only == name:
            importlib.import_module(module_name).add_arguments(p)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    for word in argv:
        if word in COMMANDS:
            return word
        if not word.startswith("-"):
            return None
    return None


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    own_stdout = stdout is None
    stdout = sys.stdout if stdout is None else stdout
    debug = "--debug" in argv
    from isacheck.errors import IsacheckError, OutputError, one_line

    try:
        if stdout is None:      # started with stdout closed (`isacheck ... >&-`)
            raise OutputError("standard output is closed; nothing can be reported")
        if own_stdout and hasattr(stdout, "reconfigure"):
            # A terminal that is not UTF-8 (LANG=C, latin-1) must not turn a kernel's name or a
            # "->" into a UnicodeEncodeError: what it cannot show is written as an escape.
            try:
                stdout.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
        # Only the chosen command's module is imported (fast start-up for `supports`/`has`).
        args, extra = build_parser(only=_command_in(argv)).parse_known_args(argv)
        if extra:
            from isacheck.errors import UsageError
            command = getattr(args, "command", None)
            hint = "analyze reads one file, isacheck scan a whole directory; " if command == "analyze" else ""
            raise UsageError(f"{command + ': ' if command else ''}unrecognized arguments: {' '.join(extra)} "
                             f"({hint}see isacheck{' ' + command if command else ''} --help)")
        if args.command is None:
            build_parser().print_help(stdout)
            return EXIT_INPUT
        module = importlib.import_module(COMMANDS[args.command][0])
        code = int(module.run(args, stdout))
        # Flushed here, not at interpreter exit: a full disk (/dev/full) must be reported as one
        # line and exit 2 while we still can, not as "Exception ignored" and exit 120.
        stdout.flush()
        return code
    except IsacheckError as exc:
        if debug:
            raise
        if exc.details:
            _error_line(exc.details.rstrip("\n"))
        _error_line(one_line(f"isacheck: error: {exc}"))
        return exc.exit_code
    except KeyboardInterrupt:
        _error_line("isacheck: interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except OSError as exc:
        # Mostly output (stdout on a full disk): inputs are read through isacheck/inputs.py, which
        # reports its own failures as InputError; a file name, when the error has one, is named.
        if debug:
            raise
        if own_stdout:
            _silence_stdout()
        what = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        _error_line(one_line(f"isacheck: error: {what}{exc.strerror or type(exc).__name__}"))
        return EXIT_INPUT
    except (RecursionError, MemoryError) as exc:
        # A safety net: an input pathological enough to exhaust the stack or memory is refused
        # with one line rather than a traceback of hundreds of frames.
        if debug:
            raise
        _error_line(f"isacheck: error: the input is too large or too deeply nested to analyse ({type(exc).__name__}); "
                    "--debug shows where")
        return EXIT_INPUT


def _error_line(line: str) -> None:
    """One line on stderr; a closed or full stderr must not raise a second error."""
    try:
        if sys.stderr is not None:
            print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Whatever is still buffered for a closed pipe or a full disk must not raise again at
    interpreter exit: point stdout at /dev/null."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

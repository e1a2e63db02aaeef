"""llvm-mca's estimate of the hot loop, reported beside isacheck's own when a usable llvm-mca is
at hand. Never required: without one the estimate is isacheck's alone.

Which llvm-mca: ``$ISACHECK_LLVM_MCA`` (read in isacheck/config.py) names one, used whatever its
version, or ``off``; otherwise the newest ``llvm-mca-NN``/``llvm-mca`` on PATH of LLVM 20 or later.
Older ones are passed over: LLVM 19 (Debian's ``llvm-mca-19``) rejects gfx11 true16 operands such as
``v9.h`` and crashed on a gfx942 K loop, and LLVM 14 does not know gfx11, gfx12 or gfx942.

The loop is handed over as the model holds it (mnemonic, operands and modifiers as written), one
iteration per copy; llvm-mca runs ``ITERATIONS`` of it and its ``Total Cycles`` / ``Iterations`` is
the figure reported. A run that fails says why in one line instead.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from isacheck.analysis.loops import Loop
from isacheck.asm.model import Instruction, Kernel

MIN_MAJOR = 20
ITERATIONS = 100
TIMEOUT_S = 30
_VERSION = re.compile(r"LLVM version (\d+)\.(\d+)\.(\d+)")


@dataclass(frozen=True, slots=True)
class McaEstimate:
    tool: str                            # "llvm-mca 20.1.8": the version, never a path
    cycles_per_iteration: float | None
    error: str | None = None


def llvm_version(text: str) -> tuple[int, int, int] | None:
    """``Debian LLVM version 14.0.6`` (``--version`` output) -> (14, 0, 6)."""
    m = _VERSION.search(text)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


@lru_cache(maxsize=None)
def _version_of(path: str) -> tuple[int, int, int] | None:
    try:
        done = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=TIMEOUT_S)
    except (OSError, subprocess.SubprocessError):
        return None
    return llvm_version(done.stdout + done.stderr)


def _candidates(forced: str | None) -> list[str]:
    if forced:
        return [] if forced.lower() == "off" else [forced]
    return [f"llvm-mca-{n}" for n in range(40, MIN_MAJOR - 1, -1)] + ["llvm-mca"]


def fingerprint(forced: str | None) -> str:
    """Which llvm-mca :func:`find_llvm_mca` would pick, without running one: the setting and each
    candidate on PATH with its size and mtime. Part of the analysis cache key, so that installing,
    upgrading or choosing an llvm-mca gives new estimates instead of the cached ones."""
    import os
    parts = [f"forced={forced!r}"]
    for name in _candidates(forced):
        path = shutil.which(name)
        if path:
            try:
                st = os.stat(path)
            except OSError:
                continue
            parts.append(f"{name}:{os.path.realpath(path)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


@lru_cache(maxsize=None)
def find_llvm_mca(forced: str | None) -> tuple[str, tuple[int, int, int]] | None:
    """(path, version) of the llvm-mca to use; ``forced`` is $ISACHECK_LLVM_MCA."""
    if forced:
        if forced.lower() == "off":
            return None
        path = shutil.which(forced)
        version = _version_of(path) if path else None
        return (path, version) if path and version else None
    found = []
    for name in _candidates(None):
        path = shutil.which(name)
        version = _version_of(path) if path else None
        if version and version[0] >= MIN_MAJOR:
            found.append((version, path))
    if not found:
        return None
    version, path = max(found)
    return path, version


def _text(inst: Instruction) -> str:
    ops = ", ".join(op.text for op in inst.operands)
    mods = " ".join(name if value is None else f"{name}:{value}" for name, value in inst.modifiers)
    return " ".join(part for part in (inst.mnemonic, ops, mods) if part)


def loop_text(kernel: Kernel, loop: Loop) -> str:
    """One iteration of the loop as assembly text (labels and directives left out)."""
    lines = []
    for i in loop.indices():
        inst = kernel.instructions[i]
        line = _text(inst)
        if inst.dual is not None:
            line += " :: " + _text(inst.dual)
        lines.append(line)
    return "\n".join(lines) + "\n"


def run_mca(kernel: Kernel, loop: Loop, target: str, forced: str | None) -> McaEstimate | None:
    """llvm-mca's cycles per iteration of ``loop`` on ``target``; None when no usable llvm-mca."""
    found = find_llvm_mca(forced)
    if found is None:
        return None
    path, version = found
    tool = "llvm-mca " + ".".join(map(str, version))
    try:
        done = subprocess.run([path, "-mtriple=amdgcn-amd-amdhsa", f"-mcpu={target}", f"-iterations={ITERATIONS}"],
                              input=loop_text(kernel, loop), capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return McaEstimate(tool, None, f"no answer within {TIMEOUT_S} s")
    except OSError as exc:
        return McaEstimate(tool, None, f"could not run: {exc.strerror or exc}")
    if done.returncode < 0:
        return McaEstimate(tool, None, f"llvm-mca crashed (signal {-done.returncode})")
    total = re.search(r"Total Cycles:\s+(\d+)", done.stdout)
    iterations = re.search(r"Iterations:\s+(\d+)", done.stdout)
    # llvm-mca goes on with a processor it does not know ("ignoring processor"): that is no answer.
    unknown_cpu = "not a recognized processor" in done.stderr
    if done.returncode != 0 or not total or not iterations or unknown_cpu:
        first = next((line.strip() for line in done.stderr.splitlines() if line.strip()), f"exit {done.returncode}")
        return McaEstimate(tool, None, first[:200].replace("<stdin>", "loop"))
    return McaEstimate(tool, round(int(total.group(1)) / int(iterations.group(1)), 2))

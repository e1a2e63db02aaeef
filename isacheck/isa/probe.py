"""Ask LLVM's AMDGPU assembler (the one Triton ships) which mnemonics a target has.

Each mnemonic is assembled alone on its own line, with no operands. LLVM's diagnostic for the line
tells availability (see ../shared/reference/README.md beside the checkout):

  "instruction not supported on this GPU (gfxN): ..."  -> exists, but not on this target
  "invalid instruction" (with or without "did you mean") -> LLVM knows no such mnemonic at all
  accepted, "too few operands for instruction", or any other operand error -> the target has it

One assembler call checks every mnemonic for one target (~0.2 s for 2,700 lines). LLVM writes
the diagnostics to file descriptor 2, not into the exception, so fd 2 is redirected to a
temporary file around the call. Triton is imported here only: nothing at start-up touches it.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

_DIAGNOSTIC = re.compile(r"^[^:\n]*:(\d+):(\d+): error: (.*)$", re.MULTILINE)
_NOT_ON_GPU = "instruction not supported on this GPU"
_INVALID = "invalid instruction"


class ProbeUnavailable(RuntimeError):
    """Triton's AMD backend (and so LLVM's assembler) cannot be loaded here."""


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """LLVM's verdict on each probed mnemonic for one target."""

    target: str
    present: frozenset[str]
    elsewhere: frozenset[str]      # exists on another GPU, not this one
    invalid: frozenset[str]        # LLVM knows no such mnemonic

    def status(self, mnemonic: str) -> str:
        if mnemonic in self.present:
            return "present"
        if mnemonic in self.elsewhere:
            return "elsewhere"
        if mnemonic in self.invalid:
            return "invalid"
        return "unprobed"


def _backend():
    try:
        from triton.backends.amd import compiler
    except Exception as exc:  # ImportError, or a broken install raising anything at import
        raise ProbeUnavailable(f"Triton's AMD backend is not importable: {exc}") from None
    return compiler


@lru_cache(maxsize=1)
def llvm_revision() -> str:
    """The revision of the LLVM inside Triton's AMD backend, e.g. '6bc4aaf...-1'."""
    compiler = _backend()
    library = compiler._load_amd_codegen(compiler.get_amd_codegen_path())
    return library.triton_amdgpu_revision().decode("utf-8")


def codegen_library_path() -> str:
    return _backend().get_amd_codegen_path()


def _assemble(text: str, target: str) -> tuple[str | None, str]:
    """Assemble; return (exception message or None, what LLVM wrote to fd 2)."""
    compiler = _backend()
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        try:
            try:
                compiler.assemble_amdgcn(text, target, "")
                message = None
            except (RuntimeError, ValueError) as exc:
                # ValueError: Triton cannot derive a target triple for a processor LLVM lacks.
                message = str(exc)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        diagnostics = capture.read().decode("utf-8", "replace")
    return message, diagnostics


def target_known(target: str) -> bool:
    """Does this LLVM know the processor name? (gfx940/gfx941 were removed upstream.)"""
    message, _ = _assemble("s_nop 0\n", target)
    return message is None or "invalid AMD GPU architecture" not in message


def probe(target: str, mnemonics: Iterable[str]) -> ProbeResult:
    """Classify every mnemonic for one target in one assembler call."""
    names: Sequence[str] = sorted(set(mnemonics))
    text = "".join(f"{name}\n" for name in names)
    message, diagnostics = _assemble(text, target)
    if message is not None and "invalid AMD GPU architecture" in message:
        raise ProbeUnavailable(f"LLVM {llvm_revision()} does not know {target}")
    elsewhere: set[str] = set()
    invalid: set[str] = set()
    for line, _col, error in _DIAGNOSTIC.findall(diagnostics):
        index = int(line) - 1
        if not 0 <= index < len(names):
            continue
        if error.startswith(_NOT_ON_GPU):
            elsewhere.add(names[index])
        elif error.startswith(_INVALID):
            invalid.add(names[index])
        # Any other error is about operands: the mnemonic exists on this target.
    present = set(names) - elsewhere - invalid
    present |= _vopd_second_half(target, [n for n in names if n.startswith("v_dual_") and n not in present])
    elsewhere -= present
    invalid -= present
    return ProbeResult(target, frozenset(present), frozenset(elsewhere), frozenset(invalid))


def _vopd_second_half(target: str, names: Sequence[str]) -> set[str]:
    """VOPD (dual-issue) opcodes that exist only as the second half of a pair
    (v_dual_add_nc_u32, v_dual_lshlrev_b32, v_dual_and_b32) are refused when written alone;
    ask again as ``v_dual_mov_b32 v0, v1 :: NAME``. A diagnostic at column 1 is about the pair
    having too few operands (the half exists); "invalid VOPDY instruction" points at the half."""
    if not names:
        return set()
    text = "".join(f"v_dual_mov_b32 v0, v1 :: {name}\n" for name in names)
    _message, diagnostics = _assemble(text, target)
    found = set()
    for line, col, error in _DIAGNOSTIC.findall(diagnostics):
        index = int(line) - 1
        if 0 <= index < len(names) and col == "1" and error.startswith("too few operands"):
            found.add(names[index])
    return found


# Internal spellings that LLVM's matcher tables carry for true16/fake16 pseudo variants and
# per-target encodings; they are not instruction names any AMD document or compiler output uses.
_INTERNAL = re.compile(r"_(?:fake16|t16|op_sel|gfx\d+\w*)$|_gfx\d+_")
_MNEMONIC_STRING = re.compile(
    rb"(?<![A-Za-z0-9_.])((?:v|s|ds|buffer|tbuffer|global|flat|scratch|image|exp|export|cluster|tensor)"
    rb"_[a-z0-9_]{2,60})(?![A-Za-z0-9_.])")


def mnemonic_candidates() -> set[str]:
    """Mnemonic-like strings in LLVM's code generator library, normalised.

    The spec cannot name instructions of targets newer than its release (gfx1250, gfx1170); LLVM's
    assembler tables can. Every candidate is then confirmed by :func:`probe`: a string that is not
    a mnemonic comes back "invalid instruction" on every target and is dropped.
    """
    from isacheck.isa.mnemonic import normalize

    with open(codegen_library_path(), "rb") as f:
        blob = f.read()
    found = {normalize(m.group(1).decode("ascii")) for m in _MNEMONIC_STRING.finditer(blob)}
    return {name for name in found if not _INTERNAL.search(name)}

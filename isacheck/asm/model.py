"""The model of an amdgcn module: what the transformer builds and every analysis reads.

Nothing after the transformer sees a Lark tree. Everything here is immutable. ``Instruction`` and
``Operand`` are NamedTuples rather than frozen dataclasses for one reason: a fused-MoE dump has
~55k instructions, and a frozen dataclass costs ~2.1 us per construction against ~0.8 us for a
NamedTuple; the parse has to keep up with LLVM's own assembler (see bench/bench_analyze.py).
Everything built once per kernel or module is a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, NamedTuple


@dataclass(frozen=True, slots=True)
class SourceLoc:
    """A Python source position from a ``.loc`` directive (file name as ``.file`` gives it)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A ``.file N "dir" "name"`` entry. ``directory`` is kept but never printed in machine output."""

    number: int
    directory: str
    name: str


class Operand(NamedTuple):
    """One operand as written, decoded.

    kind is one of:
      "vgpr", "sgpr", "agpr", "ttmp"  registers; ``first``/``last`` give the range (v[0:7] -> 0, 7;
                                     v3 -> 3, 3), ``half`` is "l"/"h" for 16-bit halves (v1.l)
      "special"                      vcc, vcc_lo, vcc_hi, exec, exec_lo, exec_hi, m0, scc,
                                     src_scc, flat_scratch*, tba/tma, ... (name in ``text``)
      "null", "off"                  the null register / the ``off`` placeholder
      "int", "float"                 literals; ``value`` holds the number (hex, decimal, negative)
      "symbol"                       a label or symbol (branch targets, ``.LBB0_2``)
      "expr"                         anything else the grammar accepts as an expression
                                     (``.Lfunc_end0-kernel``, ``lit(0x1)``, ``hwreg(...)``...)
    ``neg``/``abs`` record ``-v1`` and ``|v1|`` (``neg(...)``/``abs(...)`` spellings included);
    for a negative literal ``value`` is negative and ``neg`` stays False.
    """

    kind: str
    text: str
    first: int | None = None
    last: int | None = None
    half: str | None = None
    value: int | float | None = None
    neg: bool = False
    abs: bool = False


class Instruction(NamedTuple):
    """One machine instruction, with the source location in force where it stands.

    ``mnemonic`` is lower case as written, encoding suffix included (``v_cndmask_b32_e32``).
    ``modifiers`` are (name, value) pairs in order: ``offset:3256`` -> ("offset", "3256"),
    ``glc`` -> ("glc", None), ``op_sel:[0,1]`` -> ("op_sel", "[0,1]"); ``s_waitcnt``/``s_delay_alu``
    style expressions are operands of kind "expr".
    ``comment`` is the trailing ``;`` comment, stripped (``4-byte Folded Spill``), or None.
    ``loc`` is the last ``.loc`` before it (None before the first one).
    ``asm_line`` is the 1-based line number in the assembly text.
    ``dual`` is the second half of a VOPD dual-issue ``a :: b`` pair, else None.
    """

    mnemonic: str
    operands: tuple[Operand, ...]
    modifiers: tuple[tuple[str, str | None], ...]
    comment: str | None
    loc: SourceLoc | None
    asm_line: int
    dual: "Instruction | None" = None


@dataclass(frozen=True, slots=True)
class BasicBlock:
    """Instructions ``kernel.instructions[start:end]``; ``label`` is ``.LBB0_2`` or ``%bb.0``."""

    label: str
    start: int
    end: int
    asm_line: int
    # LLVM's own mark on a loop header's label line, ``; =>This Inner Loop Header: Depth=N``:
    # N, else None. The loop finder (analysis/loops.py) reports it beside the loops it derives.
    loop_depth: int | None = None


@dataclass(frozen=True, slots=True)
class ResourceFact:
    """One statement about a kernel's resources, and where it was read.

    source: "metadata" (``.amdgpu_metadata``), "amdhsa" (``.amdhsa_*`` in ``.amdhsa_kernel``),
            "stats" (the compiler's ``; NumVgprs: 6`` comment block), "set" (``.set .Lk.num_vgpr, 6``)
    key:    the name as that source spells it, with the leading dot/prefix removed:
            metadata ``vgpr_count``, amdhsa ``next_free_vgpr``, stats ``NumVgprs``, set ``num_vgpr``
    value:  int when the text is an integer, else the text (``((instprefsize(...)...``)
    """

    source: str
    key: str
    value: int | str | bool
    asm_line: int


@dataclass(frozen=True, slots=True)
class Kernel:
    name: str
    instructions: tuple[Instruction, ...]
    blocks: tuple[BasicBlock, ...]
    facts: tuple[ResourceFact, ...]
    asm_line: int                       # line of the kernel's label (1 for a headerless fragment)
    metadata: Mapping[str, Any] | None = None   # this kernel's entry of amdhsa.kernels, if any
    # The gfx target of the dump this kernel came from (its `.amdgcn_target`, else its metadata
    # block's amdhsa.target): files that concatenate dumps for two targets keep each kernel's own.
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Module:
    """A parsed amdgcn file.

    ``target`` is the gfx id (``gfx1151``) from ``.amdgcn_target``/metadata or the caller's
    ``--target``; None for a fragment with no header and no target given.
    A fragment pasted without its function label becomes one kernel named ``<fragment>``.
    """

    path: str
    target: str | None
    target_triple: str | None
    kernels: tuple[Kernel, ...]
    files: tuple[SourceFile, ...]
    line_count: int
    metadata: Mapping[str, Any] | None = field(default=None, compare=False)
    warnings: tuple[str, ...] = ()       # what the reader noticed about the file as a whole

    def kernel(self, name: str) -> Kernel:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)

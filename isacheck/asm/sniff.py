"""Recognising input that is not amdgcn text, so the error says what it is.

``check_bytes`` runs before parsing (binary data, invalid UTF-8, empty files). ``foreign_dialect``
finds the first line that gives another language away (PTX, x86, Arm, RISC-V, C, Python): the parser checks the
top of a file before parsing and the whole file once the grammar has rejected a line, because
some of their lines (``.version 8.0``, ``.text``, ``mov rax, 1``) are also valid amdgcn syntax.
None of the telltales is valid amdgcn, so a real amdgcn file never matches. ``check_amd`` runs on
the parsed module: a file whose lines all parse but none of whose instructions is AMD's is refused.
"""

from __future__ import annotations

from isacheck.errors import InputError

_PTX = "NVIDIA PTX"
_X86 = "x86 assembly"
_ARM = "Arm (AArch64/AArch32) assembly"
_RISCV = "RISC-V assembly"
_C = "C or C++ source"
_PYTHON = "Python source"
_OBJDUMP = "llvm-objdump disassembly"

# (telltale at the start of a stripped line, dialect). Checked with str.startswith: cheap, and
# only on the error path.
_TELLTALES: tuple[tuple[str, str], ...] = (
    (".version ", _PTX), (".target sm_", _PTX), (".address_size", _PTX), (".visible .entry", _PTX),
    (".entry ", _PTX), (".reg .", _PTX), ("ld.global", _PTX), ("st.global", _PTX), ("ld.param", _PTX),
    ("cvt.", _PTX), ("mov.u32", _PTX), ("mov.b32", _PTX), ("ret;", _PTX), ("@%p", _PTX),
    ("Disassembly of section", _OBJDUMP),
    (".intel_syntax", _X86), (".att_syntax", _X86), ("pushq", _X86), ("popq", _X86), ("movq", _X86),
    ("movl", _X86), ("leaq", _X86), ("retq", _X86), ("endbr64", _X86), ("vmovups", _X86),
    ("callq", _X86), ("subq", _X86), ("addq", _X86),
    # Arm: its directives, the frame-record pair, and `[sp, #imm]` / `#imm` operands.
    (".arch armv", _ARM), (".cpu cortex", _ARM), (".fpu ", _ARM), (".eabi_attribute", _ARM), (".syntax unified", _ARM),
    (".thumb", _ARM), ("stp\tx29", _ARM), ("stp x29", _ARM), ("ldp\tx29", _ARM), ("ldp x29", _ARM),
    # RISC-V: its attribute/option directives and instructions with `imm(reg)` or `sp, sp`.
    (".attribute\tarch", _RISCV), (".attribute arch", _RISCV), (".option ", _RISCV), ("addi\tsp", _RISCV),
    ("addi sp", _RISCV), ("addi\ta", _RISCV), ("addi a", _RISCV), ("jalr\t", _RISCV), ("jalr ", _RISCV),
    ("ecall", _RISCV), ("lui\t", _RISCV), ("auipc", _RISCV),
    # C/C++ and Python: what a stray source file holds. Not its `#include`/`#!` lines: `#` starts a
    # comment in LLVM's assembler, and hand-written `.S` files pass through the C preprocessor.
    ("int main(", _C), ("static inline", _C), ("typedef ", _C), ("__global__", _C), ("template <", _C),
    ("template<", _C), ("import ", _PYTHON), ("from __future__", _PYTHON), ("def ", _PYTHON),
    ("@triton.jit", _PYTHON),
)

# Every AMD GPU mnemonic starts with one of these (AMD's ISA guides name the instruction groups:
# SOP*/SMEM s_, VOP* v_, DS ds_, MUBUF/MTBUF buffer_/tbuffer_, FLAT flat_/global_/scratch_, MIMG
# image_, EXP exp). Other ISAs have none of them (Arm `add w0`, RISC-V `addi`, x86 `movq`).
AMD_MNEMONIC_PREFIXES = ("v_", "s_", "ds_", "buffer_", "tbuffer_", "flat_", "global_", "scratch_", "image_",
                         "exp", "lds_", "scratch")


# Files users mistake for assembly text: said by name rather than as "binary data".
_CONTAINERS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe", "UTF-16 text; save it as UTF-8 (iconv -f UTF-16 -t UTF-8)"),
    (b"\xfe\xff", "UTF-16 text; save it as UTF-8 (iconv -f UTF-16 -t UTF-8)"),
    (b"\x1f\x8b", "gzip-compressed; decompress it first (isacheck scan reads a .tar.gz of a Triton cache)"),
    (b"PK\x03\x04", "a zip archive, not assembly text; extract the .amdgcn file first"),
)


def check_bytes(data: bytes, path: str) -> str:
    """Decode a file's bytes as UTF-8 text, or say why they are not assembly text."""
    if not data.strip():
        raise InputError("empty file", path=path)
    if data[:4] == b"\x7fELF":
        raise InputError("this is an ELF binary (a compiled code object?), not assembly text; "
                         "pass the .amdgcn text instead", path=path, line=1)
    for magic, what in _CONTAINERS:
        if data.startswith(magic):
            raise InputError(what, path=path, line=1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(f"binary data (NUL byte at offset {nul}), not assembly text", path=path, line=line)
    try:
        return data.decode("utf-8-sig")      # an editor's byte-order mark is not content
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                         path=path, line=line, column=column) from None


def foreign_dialect(lines: list[str], upto: int) -> tuple[str, int] | None:
    """The first telltale line of PTX/x86 among ``lines[:upto]`` -> (dialect, 1-based line)."""
    for i in range(min(upto, len(lines))):
        s = lines[i].lstrip()
        if not s or s[0] == ";":
            continue
        for prefix, dialect in _TELLTALES:
            if s.startswith(prefix):
                return dialect, i + 1
        if "%r" in s and ("%rsp" in s or "%rbp" in s or "%rax" in s or "%rdi" in s):
            return _X86, i + 1
    return None


def check_amd(module, path: str) -> None:
    """Refuse a module in which no instruction is an AMD GPU instruction and nothing (no
    ``.amdgcn_target``, no AMDHSA metadata or ``.amdhsa_*`` directives) says it is AMD's.

    The grammar accepts any ``mnemonic operand, ...`` line, so Arm's ``add w0, w1, w0`` or a line
    of C parses; analysed, such a file would say "FP8: none" about a kernel that does not exist.
    """
    if module.target_triple or module.metadata:
        return
    first = None
    count = 0
    for kernel in module.kernels:
        if any(f.source == "amdhsa" for f in kernel.facts):
            return
        for ins in kernel.instructions:
            if ins.mnemonic.lower().startswith(AMD_MNEMONIC_PREFIXES):
                return
            count += 1
            if first is None:
                first = ins
    from isacheck.errors import quote
    if first is None:
        raise InputError("no AMD GPU instruction in the file: not AMD GCN assembly", path=path)
    raise InputError(f"none of its {count} instruction(s) is an AMD GPU instruction (the first: "
                     f"{quote(first.mnemonic, 40)}): not AMD GCN assembly", path=path, line=first.asm_line)


def dialect_message(what: str) -> str:
    """The one-line error for a file in another dialect."""
    if what == _OBJDUMP:
        return ("this is llvm-objdump disassembly of a code object, not the assembler text Triton writes; "
                "analyse kernel.asm['amdgcn'] or the .amdgcn file in Triton's cache")
    return f"this is {what}, not AMD GCN assembly"

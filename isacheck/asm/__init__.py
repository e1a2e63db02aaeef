"""amdgcn assembly: the grammar-driven parser and the model it builds.

    from isacheck.asm import parse_text, parse_file
    module = parse_file("kernel.amdgcn")
    for kernel in module.kernels: ...
"""

from isacheck.asm.model import (  # noqa: F401
    BasicBlock, Instruction, Kernel, Module, Operand, ResourceFact, SourceFile, SourceLoc,
)


def parse_text(text: str, path: str = "<input>", *, target: str | None = None):
    """Parse amdgcn text into a :class:`Module`. Raises ``InputError``/``AsmSyntaxError``."""
    from isacheck.asm.parser import parse_text as _parse_text
    return _parse_text(text, path, target=target)


def parse_file(path, *, target: str | None = None):
    """Read and parse a file; bad bytes, empty files, other dialects raise ``InputError``."""
    from isacheck.asm.parser import parse_file as _parse_file
    return _parse_file(path, target=target)

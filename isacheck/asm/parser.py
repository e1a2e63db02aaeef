"""The public parser: text or file -> :class:`~isacheck.asm.model.Module`.

How a line becomes model (see bench/bench_analyze.py for why it is done this way):

1. identical lines are parsed once (a dump repeats most of its lines, and kernels of one scan repeat
   each other's);
2. a new line is reduced to its *shape* (isacheck/asm/shape.py: numbers become holes); the first
   line of each shape is parsed by the grammar (grammars/amdgcn.lark) into a template
   (isacheck/asm/transformer.py), later lines of that shape only fill in their numbers (by walking
   the template at first, by code generated for the shape once it has come back often:
   isacheck/asm/fill.py);
3. the entries go, in order, to isacheck/asm/builder.py, which builds kernels, blocks and facts.

A line the grammar rejects raises :class:`AsmSyntaxError` (file:line:col and the text); nothing
is skipped silently.
"""

from __future__ import annotations

import gc
import os
import threading
from functools import lru_cache

from lark import Lark
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedInput

from isacheck.asm.builder import ModuleBuilder
from isacheck.asm.model import Module
from isacheck.asm import tables
from isacheck.asm.fill import compile_fill, interpreted_fill, template_size
from isacheck.asm.shape import SPLIT as _SHAPE_SPLIT
from isacheck.asm.shape import code_length, find_raw_hash, numbered_shape, slash_comment, split_numbers_quoted
from isacheck.asm.sniff import check_bytes, dialect_message, foreign_dialect
from isacheck.asm.transformer import K_COMMENT, make_transformer
from isacheck.errors import AsmSyntaxError, InputError

# Files larger than this are refused before reading: the biggest Triton dumps seen are ~10 MB,
# and the model of a file takes ~10x its size in memory.
MAX_FILE_BYTES = 512 * 1024 * 1024

# How many lines are checked for another assembly language before parsing.
SNIFF_LINES = 64

# The most characters of code (comments do not count) one line may have. LLVM's longest lines
# are ~200 characters (a `.loc` with its inlining comment); a pasted or hostile line of thousands
# of operands costs the grammar ~150 us per token, so a 10 MB line would take minutes. Lines up
# to this limit cost at most ~1.5 s and a few MB; longer ones are refused with one line.
MAX_CODE_CHARS = 64 * 1024

# How many distinct lines of one shape are filled by the interpreter before the shape is compiled.
COMPILE_AFTER = 16

# A template with more operands, modifiers and arguments than this is not kept for later lines.
MAX_KEPT_TEMPLATE = 256

# The grammar is parsed under a lock: the transformer is shared by the one Lark instance.
_LOCK = threading.Lock()
_split = _SHAPE_SPLIT.split


@lru_cache(maxsize=None)
def _lark() -> Lark:
    """The one Lark instance of the process.

    LALR with the transformer passed in: the transformer runs inside the parser, which is faster
    and uses less memory than building a tree first. The parse tables come pre-built from inside
    the package (isacheck/asm/tables.py: JSON, never a pickle, never a file from a writable place);
    when they do not match the grammar, the grammar is analysed here instead (~35 ms).
    """
    transformer = make_transformer()
    return tables.load(transformer) or tables.analyse(transformer)


def parse_file(path, *, target: str | None = None) -> Module:
    """Read ``path`` and parse it. Unreadable, empty, binary or foreign input raises InputError."""
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file is {size / 2**20:.0f} MiB; isacheck reads at most "
                             f"{MAX_FILE_BYTES // 2**20} MiB of assembly", path=name)
        with open(name, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    text = check_bytes(data, name)
    return parse_text(text, name, target=target)


def parse_text(text: str, path: str = "<input>", *, target: str | None = None) -> Module:
    """Parse amdgcn assembly text (a whole ``.amdgcn`` dump or a pasted excerpt)."""
    if not text.strip():
        raise InputError("empty file", path=path)
    if len(text) > MAX_FILE_BYTES:
        raise InputError(f"input is larger than {MAX_FILE_BYTES // 2**20} MiB", path=path)
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise InputError(f"NUL byte at offset {nul}: binary data, not assembly text", path=path, line=line)
    # Lines end at "\n" only (a "\r" before it is stripped with the other blanks): str.splitlines
    # would also split at form feeds and U+2028, and line numbers would disagree with editors.
    lines = text.split("\n")
    line_count = len(lines) - 1 if text.endswith("\n") else len(lines)
    # PTX and x86 announce themselves near the top (.version / .intel_syntax / pushq), and some of
    # their lines are valid amdgcn syntax, so look before parsing; a later telltale is found when
    # the grammar rejects a line (see _LineResolver._raise_syntax).
    dialect = foreign_dialect(lines, SNIFF_LINES)
    if dialect is not None:
        raise InputError(dialect_message(dialect[0]), path=path, line=dialect[1], column=1)
    builder = ModuleBuilder(path, target)
    resolver = _LineResolver(path, lines)
    # The model is ~100k small tuples that all live as long as the module: the cyclic garbage
    # collector would walk them again and again while they are being made (~15% of parse time)
    # and find nothing, since the model has no cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        global _LINE_CHARS
        if len(_LINES) > MAX_SHARED_LINES or _LINE_CHARS > MAX_SHARED_LINE_CHARS:
            _LINES.clear()
            _LINE_CHARS = 0
        _LINE_CHARS += len(text)
        builder.run(lines, _LINES, resolver.resolve)
        return builder.finish(line_count)
    finally:
        if gc_was_enabled:
            gc.enable()


# A shape's grammar parse depends on the shape alone, so it is shared by every parse in this
# process: `scan` of a Triton cache, `--retarget` and `dump` analyse many kernels whose lines share
# most shapes, and each file would otherwise send them through the grammar again (~0.25 ms each;
# bench/bench_retarget.py). Templates are read, never changed, by the fills. Bounded by count:
# real dumps have a few thousand distinct shapes; a hostile text cannot grow it past the bound.
MAX_SHARED_TEMPLATES = 50_000
_TEMPLATES: dict[str, object] = {}
# The same for whole lines (stripped text -> entry; entries are immutable tuples): a scan's kernels
# repeat most lines of each other (`s_waitcnt vmcnt(0)`, the `.amdhsa_*` block, `.loc` of shared
# helpers), and a line met before costs a dict lookup instead of its shape and fill (~2x faster
# parses of a 50-kernel cache). Bounded by count and by the text parsed since it was last
# emptied, so that it never holds more than about one large file's lines.
MAX_SHARED_LINES = 200_000
MAX_SHARED_LINE_CHARS = 64 << 20
_LINES: dict[str, tuple] = {}
_LINE_CHARS = 0


class _LineResolver:
    """Makes the entry of one distinct stripped line, via the shape cache and the grammar."""

    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.shapes: dict[str, object] = {}    # shape key -> fill function (interpreted, then compiled)
        self.pending: dict[str, list] = {}   # shape key -> [template, lines so far] until compiled
        self.interned: dict = {}             # operand text -> Operand, shared by all lines
        self.pieces: dict[str, tuple] = {}   # comma-separated piece -> (shape, holes)

    def resolve(self, s: str, lineno: int):
        if "//" in s:
            s = slash_comment(s)
        if s[0] == ";" or s[0] == "#":
            # A comment line: nothing for the grammar to decide. LLVM's assembler also takes a
            # `#` at the start of a line as a comment (inline asm writes `#APP`); anywhere else a
            # `#` is an error there and here.
            return (K_COMMENT, s[1:].strip())
        if len(s) > MAX_CODE_CHARS:
            self._check_length(s, lineno)
        if '"' in s:
            return self._quoted(s, lineno)
        if ";" in s:
            code, _, comment = s.partition(";")
            comment = comment.strip()
            code = code.rstrip()
        else:
            code = s
            comment = None
        if "#" in code:
            self._raise_hash(s, lineno)
        # The first word of a line, when followed by a blank (or nothing), can only be lexed as a
        # MNEMONIC (a plain word) or a DIRECTIVE (.word): a label would need its colon. No grammar
        # rule depends on which mnemonic or directive it is, so the word is left out of the shape
        # and `v_add_f32 v#, v#, v#` / `v_mul_f32 v#, v#, v#`, or the forty `.amdhsa_* #` lines,
        # share one parse. The grammar sees a stand-in (`m` / `.d`); the fill gets the real word.
        blank = code.find(" ")
        tab = code.find("\t")
        if tab >= 0 and (blank < 0 or tab < blank):
            blank = tab
        word = code if blank < 0 else code[:blank]
        if word.isidentifier() and word.isascii():
            stand_in = "m"
        elif word[:1] == "." and word[1:].replace(".", "_").isidentifier() and word.isascii():
            stand_in = ".d"
        else:
            word = stand_in = ""
        rest = code[len(word):]
        # The numbers become holes one comma-separated piece at a time: operands repeat far more
        # than lines do (`v3.l`, ` 0x7e00`), so most pieces come from the cache. A piece is split
        # with the comma in front of it, the context it has in the line, so the holes are exactly
        # those of splitting the whole line (shape.split_numbers); no hole can span a comma.
        pieces = self.pieces
        if "," in rest:
            keys = []
            found = []
            for piece in rest.split(","):
                e = pieces.get(piece) or self._piece(piece)
                keys.append(e[0])
                if e[1]:
                    found.extend(e[1])
            key = stand_in + ",".join(keys)
            holes = tuple(found)
        else:
            e = pieces.get(rest) or self._piece(rest)
            key = stand_in + e[0]
            holes = e[1]
        fill = self.shapes.get(key)
        if fill is None:
            template = _TEMPLATES.get(key)
            if template is None:
                template = self._parse(numbered_shape(key) if holes else key, code, lineno)
                if template is None:             # the shape failed but the line itself parses
                    template = self._parse(code, code, lineno, literal=True)
                    return interpreted_fill(template, False)((), self.interned, comment, None)
                if template_size(template) > MAX_KEPT_TEMPLATE:
                    # Thousands of operands: not a line that comes back, and its template would keep
                    # megabytes alive; filled once and forgotten.
                    return interpreted_fill(template, bool(stand_in))(holes, self.interned, comment, word.lower())
                if len(_TEMPLATES) < MAX_SHARED_TEMPLATES:
                    _TEMPLATES[key] = template
            # A shape's first lines are filled by walking its template; only a shape that keeps
            # coming back is compiled (compiling costs ~0.25 ms, as much as ~100 interpreted lines).
            if COMPILE_AFTER <= 1:
                fill = self.shapes[key] = compile_fill(template, bool(stand_in))
            else:
                fill = self.shapes[key] = interpreted_fill(template, bool(stand_in))
                self.pending[key] = [template, 1]
        elif key in self.pending:
            waiting = self.pending[key]
            waiting[1] += 1
            if waiting[1] >= COMPILE_AFTER:
                fill = self.shapes[key] = compile_fill(waiting[0], bool(stand_in))
                del self.pending[key]
        return fill(holes, self.interned, comment, word.lower())

    def _check_length(self, s: str, lineno: int) -> None:
        code = code_length(s)
        if code > MAX_CODE_CHARS:
            raise InputError(f"line has {code:,} characters of code; isacheck reads at most "
                             f"{MAX_CODE_CHARS:,} per line (LLVM prints lines of under 1,000)",
                             path=self.path, line=lineno, column=1)

    def _piece(self, piece: str) -> tuple[str, tuple[str, ...]]:
        parts = _split("," + piece)
        if len(parts) == 1:
            e = (piece, ())
        else:
            holes = tuple(parts[2::3])
            parts[2::3] = ["#"] * len(holes)
            e = ("".join(parts)[1:], holes)
        self.pieces[piece] = e
        return e

    def _quoted(self, s: str, lineno: int):
        if find_raw_hash(s) >= 0:
            self._raise_hash(s, lineno)
        shaped, holes = split_numbers_quoted(s)
        template = self._parse(shaped, s, lineno)
        if template is None:
            template = self._parse(s, s, lineno, literal=True)
            holes = ()
        return compile_fill(template, False)(holes, self.interned, None, None)

    def _parse(self, shaped: str, original: str, lineno: int, literal: bool = False):
        """Parse a shape; None when only the shape fails, AsmSyntaxError when the line does."""
        try:
            with _LOCK:
                return _lark().parse(shaped)
        except LarkError as exc:
            if not literal:
                return None
            self._raise_syntax(exc, original, lineno)

    def _raise_syntax(self, exc: LarkError, code: str, lineno: int):
        raw = self.lines[lineno - 1]
        indent = len(raw) - len(raw.lstrip())
        column = indent + (exc.column if isinstance(exc, UnexpectedInput) and exc.column > 0 else 1)
        found = _describe(exc)
        dialect = foreign_dialect(self.lines, len(self.lines))
        if dialect is not None:
            what, line = dialect
            raise InputError(dialect_message(what), path=self.path, line=line,
                             column=1) from None
        raise AsmSyntaxError(f"cannot parse amdgcn line ({found})", path=self.path, line=lineno,
                             column=column, text=raw.strip()) from None

    def _raise_hash(self, s: str, lineno: int):
        raw = self.lines[lineno - 1]
        dialect = foreign_dialect(self.lines, len(self.lines))
        if dialect is not None:
            what, line = dialect
            raise InputError(dialect_message(what), path=self.path, line=line, column=1)
        column = (len(raw) - len(raw.lstrip())) + find_raw_hash(s) + 1
        raise AsmSyntaxError("cannot parse amdgcn line (unexpected '#')", path=self.path, line=lineno,
                             column=column, text=s)


def _describe(exc: LarkError) -> str:
    if isinstance(exc, UnexpectedCharacters):
        return f"unexpected character {exc.char!r}"
    token = getattr(exc, "token", None)
    if token is not None:
        if token.type == "$END":
            return "line ends too early"
        return f"unexpected {str(token)!r}"
    return type(exc).__name__


def clear_caches() -> None:
    """Forget line templates and entries shared across parses (benchmarks measure a cold parse)."""
    from isacheck.asm import fill
    global _LINE_CHARS
    fill._CODE.clear()
    _TEMPLATES.clear()
    _LINES.clear()
    _LINE_CHARS = 0


def line_entry_both_ways(line: str) -> tuple:
    """For tests: one stripped line's entry via its shape and via the grammar on the line itself.

    The two must be equal for every line; that is what makes the shape cache safe.
    """
    resolver = _LineResolver("<line>", [line])
    shaped = resolver.resolve(line, 1)
    if line.startswith(";"):
        return shaped, shaped
    if '"' in line:
        direct = compile_fill(_lark().parse(line), False)((), {}, None, None)
    else:
        code, sep, comment = line.partition(";")
        direct = compile_fill(_lark().parse(code.rstrip()), False)((), {}, comment.strip() if sep else None, None)
    return shaped, direct

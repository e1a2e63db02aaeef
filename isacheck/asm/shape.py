"""A line's *shape*: its text with every whole-token integer replaced by a numbered hole.

Why: a 57k-line FP8 GEMM dump has ~20k distinct lines but only a few hundred distinct shapes
(``v_cndmask_b32_e32 v#0, #1, v#2, vcc_lo``). The parser runs the grammar once per shape and
fills the numbers back in for each line, which is what lets it keep up with LLVM's assembler.

What counts as a hole is chosen so that the grammar tokenises the shape exactly as it would the
original line: an integer literal standing on its own (``0x7f``, ``3256``, the ``4`` and ``7`` of
``v[4:7]``), the number of a register (the ``12`` of ``v12``, ``ttmp8``, ``v1.l``) or the trailing
number of an assembler-local label (``.LBB0_12``, ``.Ltmp3``). Digits that are part of a name stay
in the shape: ``v_cvt_f32_fp8``, ``s_load_b128``, ``VALU_DEP_1``, ``m0``, floats such as ``1.0``. Strings and comments are never touched. LLVM takes a ``#`` only
in strings, in comments and as a whole-line comment (``#APP``), which the caller drops; it rejects
any other raw ``#`` before a hole could be confused with input.
"""

from __future__ import annotations

import re

# A hole is a number that follows a separator, optionally behind a register prefix:
#   ([ ,[:(|...-] (v|s|a|ttmp)?)  the separator (not [\w.$#]: the number starts a token) and the
#                                  prefix of v12 / ttmp8 stay in the shape; a float's exponent
#                                  sign (1.0e-5) is not a separator
#   or .LBB0_ / .Ltmp               a local label's name (_LOCAL below)
#   (0x7f | 3256)                  the hole
#   (?=\.[lh] | end of token)      the token ends here (v1.l is still register 1); not 12abc, 1.5
# Starting the pattern with a character class (not a lookbehind) lets the regex engine skip
# ahead quickly: this split runs for every distinct line of a file.
_SEP = r"[ \t,\[:(|&+*<>!~/%^=-](?<![0-9.][eE][-+])(?:v|s|a|ttmp)?"
_NUM = r"0[xX][0-9a-fA-F]+|[0-9]+"
_END = r"(?=\.[lh](?![\w.$])|(?![\w.$]))"
# The trailing number of an assembler-local label: the block number of .LBB0_12, the 3 of .Ltmp3,
# .Lpost_getpc3, .Lfunc_end0 (as a label, a branch target or in an expression). A file has hundreds
# of them; without this every branch and every debug-info line would be a shape of its own.
_LOCAL = r"\.L(?<![\w.$]\.L)(?:BB[0-9]+_|[A-Za-z_]+)"
SPLIT = re.compile(f"({_SEP}|{_LOCAL})({_NUM}){_END}")
# The careful path for lines with strings: skip "..." (and the comment after an unquoted ;).
_SCAN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|;.*|' + f"({_SEP}|{_LOCAL})({_NUM}){_END}")


def split_numbers(code: str) -> tuple[str, list[str]]:
    """Return (key, holes) for a line without strings or comments.

    ``key`` is the shape with unnumbered ``#`` markers (a cheap cache key); ``holes`` the numbers'
    texts in order. ``numbered_shape`` turns the key into the text the grammar parses.
    """
    parts = SPLIT.split(code)
    if len(parts) == 1:
        return code, []
    # parts = [text, separator, number, text, separator, number, ..., text]
    holes = parts[2::3]
    parts[2::3] = ["#"] * len(holes)
    return "".join(parts), holes


def split_numbers_quoted(line: str) -> tuple[str, list[str]]:
    """For a line with strings (comment included): return (numbered shape, holes).

    Strings may hold ``#``, so this returns the numbered text directly, not a ``#`` key.
    """
    out: list[str] = []
    holes: list[str] = []
    last = 0
    for m in _SCAN.finditer(line):
        num = m.group(2)
        if num is None:        # a string or the comment: part of the shape as it is
            continue
        out.append(line[last:m.start(2)])
        out.append(f"#{len(holes)}")
        holes.append(num)
        last = m.end()
    out.append(line[last:])
    return "".join(out), holes


def numbered_shape(key: str) -> str:
    """``v#, #`` -> ``v#0, #1``: the text the grammar sees."""
    pieces = key.split("#")
    out = [pieces[0]]
    for i, piece in enumerate(pieces[1:]):
        out.append(f"#{i}")
        out.append(piece)
    return "".join(out)


def _code_chars(line: str):
    """(column, character) of a line's code: outside "..." strings, up to a ``;`` comment."""
    in_string = False
    escaped = False
    for i, ch in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == ";":
            return
        else:
            yield i, ch


def slash_comment(line: str) -> str:
    """LLVM's assembler also takes ``//`` comments: the first ``//`` outside strings (and not
    already inside a ``;`` comment) becomes ``; `` (same length, so error columns stay right)."""
    for i, ch in _code_chars(line):
        if ch == "/" and line.startswith("//", i):
            return line[:i] + "; " + line[i + 2:]
    return line


def find_raw_hash(line: str) -> int:
    """Column (0-based) of a ``#`` outside strings and comments, or -1."""
    if "#" not in line:
        return -1
    for i, ch in _code_chars(line):
        if ch == "#":
            return i
    return -1


_COMMENT_START = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|;')


def code_length(line: str) -> int:
    """Characters before the ``;`` comment (a ``;`` inside a string is not one)."""
    if ";" not in line:
        return len(line)
    for m in _COMMENT_START.finditer(line):
        if m.group() == ";":
            return m.start()
    return len(line)


def to_int(text: str) -> int:
    """A hole's number; int(x, 0) would reject the leading zeros LLVM never prints but users may."""
    if text[:2] in ("0x", "0X"):
        return int(text, 16)
    return int(text)

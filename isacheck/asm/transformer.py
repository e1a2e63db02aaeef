"""The Lark transformer: one parsed line shape -> a *template* of that line (plain data).

The transformer runs inside the LALR parser (no tree is built). Its output still has holes where
the line's numbers go (see isacheck/asm/shape.py); isacheck/asm/fill.py compiles each template
into a function that takes one concrete line's numbers and returns the entry the module builder
consumes. Nothing downstream of this module sees a Lark token or tree.

Line entries (tuples, because a big file makes ~20k of them):
  (K_INS, proto)                        proto = (mnemonic, operands, modifiers, comment, dual_proto)
  (K_LOC, (file_no, line, column, name_from_comment))
  (K_DIR, name, args, comment)          args: int for an integer, str for anything else
  (K_LABEL, labels, entry_or_None, comment)
  (K_COMMENT, text)
"""

from __future__ import annotations

import re

from lark import Transformer, v_args

from isacheck.asm.shape import to_int

K_INS, K_LOC, K_DIR, K_LABEL, K_COMMENT = range(5)

# Registers with a name rather than a number (kind "special"); `null` and `off` have kinds of
# their own, any other name is a symbol (a label, a relocation).
SPECIAL_REGISTERS = frozenset("""
vcc vcc_lo vcc_hi exec exec_lo exec_hi m0 scc vccz execz src_scc src_vccz src_execz
flat_scratch flat_scratch_lo flat_scratch_hi xnack_mask xnack_mask_lo xnack_mask_hi
tba tba_lo tba_hi tma tma_lo tma_hi lds_direct src_lds_direct
shared_base shared_limit private_base private_limit pops_exiting_wave_id
src_shared_base src_shared_limit src_private_base src_private_limit src_pops_exiting_wave_id
src_shared_base_lo src_shared_base_hi src_private_base_lo src_private_base_hi
src_flat_scratch_base_lo src_flat_scratch_base_hi
""".split())

_REG_KIND = {"v": "vgpr", "s": "sgpr", "a": "agpr", "ttmp": "ttmp"}
_HOLE = re.compile(r"#([0-9]+)")


class Hole:
    """The k-th number of the line, optionally negated (``-5``, ``offset:-4``)."""

    __slots__ = ("index", "negate")

    def __init__(self, index: int, negate: bool = False) -> None:
        self.index = index
        self.negate = negate

    def negated(self) -> "Hole":
        return Hole(self.index, not self.negate)


def _neg_value(x):
    if type(x) is Hole:
        return x.negated()
    return -x if x is not None else None


def _fmt(text: str) -> str:
    """Token text -> str.format pattern: braces escaped, ``#3`` -> ``{3}``."""
    text = text.replace("{", "{{").replace("}", "}}")
    return _HOLE.sub(r"{\1}", text) if "#" in text else text


def _number(text: str):
    """An INT token's value: a Hole for ``#3``, else the literal (fallback parses of odd lines)."""
    return Hole(int(text[1:])) if text[0] == "#" else to_int(text)


class Frag:
    """An operand, modifier value or directive argument, with holes still open.

    kind: the Operand kinds, plus "ident" (not yet classified) and "string" (a directive string;
    ``value`` holds its contents).
    """

    __slots__ = ("kind", "fmt", "first", "last", "half", "value", "neg", "abs")

    def __init__(self, kind, fmt, first=None, last=None, half=None, value=None, neg=False, abs=False):
        self.kind = kind
        self.fmt = fmt
        self.first = first
        self.last = last
        self.half = half
        self.value = value
        self.neg = neg
        self.abs = abs

    def with_(self, **kw) -> "Frag":
        f = Frag(self.kind, self.fmt, self.first, self.last, self.half, self.value, self.neg, self.abs)
        for k, v in kw.items():
            setattr(f, k, v)
        return f


class OperandTemplate:
    """An operand with its kind decided; ``fmt`` gives its text, first/last/value may be Holes."""

    __slots__ = ("fmt", "has_holes", "kind", "first", "last", "half", "value", "neg", "abs")

    def __init__(self, frag: Frag) -> None:
        kind = frag.kind
        if kind == "ident":
            name = frag.fmt.replace("{{", "{").replace("}}", "}")
            low = name.lower()
            kind = ("null" if low == "null" else "off" if low == "off"
                    else "special" if low in SPECIAL_REGISTERS else "symbol")
        self.fmt = frag.fmt
        self.has_holes = "{" in frag.fmt.replace("{{", "")
        self.kind = kind
        self.first = frag.first
        self.last = frag.last
        self.half = frag.half
        self.value = frag.value
        self.neg = frag.neg
        self.abs = frag.abs


class InstructionTemplate:
    """Mnemonic (lower case), operand templates, modifiers, and the VOPD second half if any."""

    __slots__ = ("mnemonic", "operands", "modifiers", "dual")

    def __init__(self, mnemonic, operands, modifiers, dual) -> None:
        self.mnemonic = mnemonic
        self.operands = operands
        self.modifiers = modifiers     # ((name, fmt|None, has_holes), ...)
        self.dual = dual


class DirectiveTemplate:
    """A directive's name (lower case) and its arguments, in order (an empty one is "")."""

    __slots__ = ("name", "args")

    def __init__(self, name, args) -> None:
        self.name = name
        self.args = args               # ((fmt, has_holes, int_value|Hole|None, string|None), ...)


class LineTemplate:
    """Labels (format patterns: ``.LBB0_{0}``), one statement (instruction or directive template)
    or None, and the comment when the grammar saw it (lines with strings keep their comment)."""

    __slots__ = ("labels", "stmt", "comment")

    def __init__(self, labels, stmt, comment) -> None:
        self.labels = labels
        self.stmt = stmt
        self.comment = comment

@v_args(inline=True)
class LineTransformer(Transformer):
    """Builds a :class:`LineTemplate` from one line shape. Method names are the grammar's rules."""

    # ---- line
    def line(self, *children):
        labels = []
        stmt = None
        comment = None
        for c in children:
            if c is None:
                continue
            if isinstance(c, str) and c.type == "LABEL":
                labels.append(_fmt(str(c)[:-1]))
            elif isinstance(c, str) and c.type == "COMMENT":
                comment = str(c)[1:].strip()
            else:
                stmt = c
        return LineTemplate(tuple(labels), stmt, comment)

    # ---- instructions
    def instruction(self, first, dual_token=None, second=None):
        if second is not None:
            first.dual = second
        return first

    def op_part(self, mnemonic, export_target, operands, *modifiers):
        ops = tuple(OperandTemplate(f) for f in operands) if operands else ()
        if export_target is not None:           # exp mrt0 v1, ...: the target is the first operand
            ops = (OperandTemplate(Frag("ident", _fmt(str(export_target)))),) + ops
        return InstructionTemplate(str(mnemonic).lower(), ops, tuple(modifiers), None)

    def operands(self, *ops):
        return ops

    def neg(self, _minus, f):
        if f.kind in ("int", "float"):      # -5: a negative literal, not a negated operand
            return f.with_(fmt="-" + f.fmt, value=_neg_value(f.value))
        return f.with_(fmt="-" + f.fmt, neg=True)

    def abs(self, f):
        return f.with_(fmt="|" + f.fmt + "|", abs=True)

    def negabs(self, _minus, f):
        return f.with_(fmt="-|" + f.fmt + "|", abs=True, neg=True)

    def callseq(self, *items):
        calls = [c for c in items if isinstance(c, tuple)]
        if len(calls) == 1:
            name, args, text = calls[0]
            if name in ("neg", "abs", "sext") and len(args) == 1 and args[0].kind != "ident":
                inner = args[0]
                if name == "neg":
                    return inner.with_(fmt=text, neg=True)
                if name == "abs":
                    return inner.with_(fmt=text, abs=True)
                return inner.with_(fmt=text)
            if name in ("lit", "lit64") and len(args) == 1:
                return Frag("expr", text, value=args[0].value)
        out = []
        for c in items:
            if isinstance(c, tuple):
                out.append(c[2])
            else:
                out.append(" " + str(c) + " ")
        joined = []
        for i, piece in enumerate(out):
            if i and not piece.startswith(" ") and not out[i - 1].endswith(" "):
                joined.append(" ")
            joined.append(piece)
        return Frag("expr", "".join(joined))

    def call(self, name, *args):
        args = [a for a in args if a is not None]
        text = _fmt(str(name)) + ", ".join(a.fmt for a in args) + ")"
        return (str(name)[:-1].lower(), args, text)

    def reg(self, tok):
        t = str(tok)
        prefix = "ttmp" if t.startswith("ttmp") else t[0]
        rest = t[len(prefix):]
        half = None
        if rest[-2:] in (".l", ".h"):
            half = rest[-1]
            rest = rest[:-2]
        n = _number(rest)
        return Frag(_REG_KIND[prefix], _fmt(t), n, n, half)

    def reg_range(self, tok):
        t = str(tok)
        prefix = "ttmp" if t.startswith("ttmp") else t[0]
        inner = t[len(prefix) + 1:-1].replace(" ", "").replace("\t", "")
        lo, _, hi = inner.partition(":")
        first = _number(lo)
        last = _number(hi) if hi else first
        return Frag(_REG_KIND[prefix], _fmt(f"{prefix}[{inner}]"), first, last)

    def reg_list(self, *tokens):
        # [s2,s3] names the registers of s[2:3]: consecutive, of one kind (LLVM checks that)
        regs = [self.reg(t) for t in tokens]
        return Frag(regs[0].kind, "[" + ",".join(r.fmt for r in regs) + "]", regs[0].first, regs[-1].last)

    def ident(self, tok):
        return Frag("ident", _fmt(str(tok)))

    def int_lit(self, tok):
        return Frag("int", _fmt(str(tok)), value=_number(str(tok)))

    def neg_int(self, _minus, tok):
        return Frag("int", "-" + _fmt(str(tok)), value=_neg_value(_number(str(tok))))

    def float_lit(self, tok):
        return Frag("float", str(tok), value=float(tok))

    def symexpr(self, *items):
        return Frag("expr", "".join(i.fmt if isinstance(i, Frag) else str(i) for i in items))

    def paren_symexpr(self, inner, *rest):
        return self.symexpr(Frag("expr", "(" + inner.fmt + ")"), *rest)

    # ---- modifiers
    def keyed_mod(self, key, value):
        fmt = value.fmt
        return (str(key)[:-1].lower(), fmt, "{" in fmt.replace("{{", ""))

    def named_mod(self, tok):
        key, _, value = str(tok).partition(":")
        fmt = _fmt(value)
        return (key.lower(), fmt, "{" in fmt.replace("{{", ""))

    def bare_mod(self, tok):
        return (str(tok).lower(), None, False)

    def mod_call(self, name, *args):
        args = [a for a in args if a is not None]
        return Frag("expr", _fmt(str(name)) + ",".join(a.fmt for a in args) + ")")

    def mod_list(self, *items):
        return Frag("expr", "[" + ",".join(i.fmt for i in items) + "]")

    # ---- directives
    def directive(self, name, *args):
        out = []
        pending_comma = False       # two commas in a row: an empty argument (.p2align 5, , 4)
        for a in args:
            if isinstance(a, str):                 # a COMMA token
                if pending_comma:
                    out.append(("", False, None, None))
                pending_comma = True
                continue
            pending_comma = False
            fmt = a.fmt
            has = "{" in fmt.replace("{{", "")
            num = a.value if a.kind == "int" else None
            string = a.value if a.kind == "string" else None
            out.append((fmt, has, num, string))
        return DirectiveTemplate(str(name).lower(), tuple(out))

    def string(self, tok):
        raw = str(tok)
        body = raw[1:-1]
        if "\\" in body:
            body = body.replace('\\"', '"').replace("\\\\", "\\")
        return Frag("string", _fmt(raw), value=body)

    def expr(self, *items):
        if len(items) == 1:
            return items[0]
        return Frag("expr", "".join(i.fmt if isinstance(i, Frag) else str(i) for i in items))

    def unary_minus(self, _minus, f):
        if f.kind == "int":
            return Frag("int", "-" + f.fmt, value=_neg_value(f.value))
        return Frag("expr", "-" + f.fmt)

    def unary(self, op, f):
        return Frag("expr", str(op) + f.fmt)

    def paren(self, f):
        return Frag("expr", "(" + f.fmt + ")")

    def dcall(self, name, *args):
        args = [a for a in args if a is not None]
        return Frag("expr", _fmt(str(name)) + ", ".join(a.fmt for a in args) + ")")


def make_transformer() -> LineTransformer:
    return LineTransformer()

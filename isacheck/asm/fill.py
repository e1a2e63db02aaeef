"""Compile a line template into one small Python function that fills in a line's numbers.

Why generate code: a big dump has ~20k distinct lines, each of which must become an entry from
its shape's template and its numbers. Walking the template objects for each line (a method call
per operand, ``str.format(*holes)`` per text) cost ~12 us a line; one flat function per shape,
generated once per shape (~700 of them), does the same in ~2 us. The generated code only
concatenates strings, looks up interned operands and builds tuples; all decisions were made by the
grammar and the transformer when the template was built.

The function's signature is ``fill(h, I, c, m) -> entry``: ``h`` the hole texts, ``I`` the parse's
operand intern table (text -> Operand), ``c`` the line's comment (or None), ``m`` the line's
mnemonic or directive name in lower case when the shape left it out (isacheck/asm/parser.py),
else None.
"""

from __future__ import annotations

from string import Formatter
from types import CodeType, FunctionType

from isacheck.asm.model import Operand
from isacheck.asm.shape import to_int
from isacheck.asm.transformer import (
    K_COMMENT, K_DIR, K_INS, K_LABEL, K_LOC, DirectiveTemplate, Hole, InstructionTemplate, LineTemplate,
    OperandTemplate,
)

_FORMATTER = Formatter()
# Up to this many pieces a text is built with `+` (faster for the few pieces of a real operand).
_MAX_CONCAT = 8


def _text_expr(fmt: str, consts: dict) -> str:
    """A str.format pattern (``v[{0}:{1}]``) -> a Python expression over ``h``."""
    pieces = []
    for literal, field, _spec, _conv in _FORMATTER.parse(fmt):
        if literal:
            pieces.append(_const(literal, consts))
        if field is not None:
            pieces.append(f"h[{int(field)}]")
    if not pieces:
        return _const("", consts)
    if len(pieces) <= _MAX_CONCAT:
        return " + ".join(pieces)
    # A long chain a + b + c + ... is a left-nested tree that Python's compiler walks recursively
    # (RecursionError at a few thousand terms, as in a 3,000-term expression); a tuple is flat.
    return "''.join((" + ", ".join(pieces) + ",))"


def _value_expr(x, consts: dict) -> str:
    if type(x) is Hole:
        return f"{'-' if x.negate else ''}to_int(h[{x.index}])"
    return _const(x, consts)


def _const(value, consts: dict) -> str:
    name = f"C{len(consts)}"
    consts[name] = value
    return name


def _literal_text(fmt: str) -> str:
    return fmt.replace("{{", "{").replace("}}", "}")


def _operand(t: OperandTemplate, consts: dict, out: list[str], var: str) -> None:
    if not t.has_holes:
        text = _literal_text(t.fmt)
        out.append(f"    {var} = {_const(Operand(t.kind, text, t.first, t.last, t.half, t.value, t.neg, t.abs), consts)}")
        return
    out.append(f"    t = {_text_expr(t.fmt, consts)}")
    out.append(f"    {var} = I.get(t)")
    out.append(f"    if {var} is None:")
    args = ", ".join([
        _const(t.kind, consts), "t", _value_expr(t.first, consts), _value_expr(t.last, consts),
        _const(t.half, consts), _value_expr(t.value, consts), _const(t.neg, consts), _const(t.abs, consts),
    ])
    out.append(f"        {var} = I[t] = Operand({args})")


def _instruction(t: InstructionTemplate, consts: dict, out: list[str], prefix: str, comment: str,
                 mnemonic: str | None = None) -> str:
    names = []
    for i, op in enumerate(t.operands):
        var = f"{prefix}o{i}"
        _operand(op, consts, out, var)
        names.append(var)
    ops = "(" + "".join(n + ", " for n in names) + ")"
    mods = []
    for name, fmt, has in t.modifiers:
        if not has:
            mods.append(_const((name, None if fmt is None else _literal_text(fmt)), consts))
        else:
            mods.append(f"({_const(name, consts)}, {_text_expr(fmt, consts)})")
    mod_expr = "(" + "".join(m + ", " for m in mods) + ")"
    dual = "None"
    if t.dual is not None:
        dual = _instruction(t.dual, consts, out, prefix + "d", "None")
    return f"({mnemonic or _const(t.mnemonic, consts)}, {ops}, {mod_expr}, {comment}, {dual})"


def _directive(t: DirectiveTemplate, consts: dict, name_param: bool) -> str:
    args = []
    for fmt, has, num, string in t.args:
        if num is not None:
            args.append(_value_expr(num, consts))
        elif string is not None:
            args.append(_const(string, consts))
        elif has:
            args.append(_text_expr(fmt, consts))
        else:
            args.append(_const(_literal_text(fmt), consts))
    # `.loc FILE LINE COLUMN [options]` with three integers: the hot path of the builder
    is_loc = len(t.args) >= 3 and all(a[2] is not None and a[3] is None for a in t.args[:3])
    loc = f"(K_LOC, ({args[0]}, {args[1]}, {args[2]}, loc_name(c)))" if is_loc else None
    name = "m" if name_param else _const(t.name, consts)
    generic = f"(K_DIR, {name}, ({''.join(a + ', ' for a in args)}), c)"
    if loc is None:
        return generic
    if name_param:              # which directive it is is only known per line
        return f"{loc} if m == '.loc' else {generic}"
    return loc if t.name == ".loc" else generic


def loc_name(comment):
    """``; fused_moe.py:504:20`` after a ``.loc``: the file name, for excerpts without ``.file``."""
    if comment and comment.count(":") >= 2:
        return comment.rsplit(":", 2)[0].strip() or None
    return None


def template_size(template: LineTemplate) -> int:
    """Operands, modifiers, arguments and labels of a template: what its generated code grows with."""
    n = len(template.labels)
    stmt = template.stmt
    while type(stmt) is InstructionTemplate:
        n += len(stmt.operands) + len(stmt.modifiers)
        stmt = stmt.dual
    if type(stmt) is DirectiveTemplate:
        n += len(stmt.args)
    return n


def compile_fill(template: LineTemplate, name_param: bool):
    """Return ``fill(h, I, c, m)`` for this line template; with ``name_param`` the (first)
    instruction's mnemonic or the directive's name is ``m``, not the template's stand-in.

    A template larger than any real line (thousands of operands, pasted or hostile) gets the
    interpreted fill instead: Python's compiler takes time and memory that grow faster than the
    size of the function it compiles (~10 s and ~130 MB for 5,000 operands), the interpreter
    takes time proportional to the line."""
    if template_size(template) > _MAX_COMPILED:
        return interpreted_fill(template, name_param)
    consts: dict = {}
    body: list[str] = []
    if template.comment is not None:          # the grammar saw the comment (lines with strings)
        body.append(f"    c = {_const(template.comment, consts)}")
    stmt = template.stmt
    if type(stmt) is InstructionTemplate:
        entry = f"(K_INS, {_instruction(stmt, consts, body, '', 'c', 'm' if name_param else None)})"
    elif stmt is not None:
        entry = _directive(stmt, consts, name_param)
    else:
        entry = "None"
    if template.labels:
        labels = "".join((_text_expr(f, consts) if "{" in f.replace("{{", "") else
                          _const(_literal_text(f), consts)) + ", " for f in template.labels)
        entry = f"(K_LABEL, ({labels}), {entry}, c)"
    elif stmt is None:
        entry = "(K_COMMENT, c if c is not None else '')"
    body.append(f"    return {entry}")
    source = "def fill(h, I, c, m):\n" + "\n".join(body) + "\n"
    # Every name, mnemonic and text piece is a global of the function (C0, C1, ...), so templates
    # of the same structure (`s_cbranch_scc1 LABEL`, `v_or_b32_e32 v#, #, v#`) share one code
    # object: compiling is the expensive part, binding globals is not.
    code = _CODE.get(source)
    if code is None:
        if len(_CODE) >= _CODE_LIMIT:     # odd input could make many; real files make a few hundred
            _CODE.clear()
        module = compile(source, "<isacheck line template>", "exec")
        code = _CODE[source] = next(c for c in module.co_consts if isinstance(c, CodeType))
    fill = FunctionType(code, {**_BASE_GLOBALS, **consts}, "fill")
    fill.source = source      # for tests and debugging
    return fill


_BASE_GLOBALS = {"Operand": Operand, "to_int": to_int, "loc_name": loc_name, "K_INS": K_INS,
                 "K_LOC": K_LOC, "K_DIR": K_DIR, "K_LABEL": K_LABEL, "K_COMMENT": K_COMMENT}
# source -> code object. Bounded by the number of distinct line structures (a few hundred).
_CODE: dict[str, CodeType] = {}
_CODE_LIMIT = 4096


# Real lines have at most a few dozen operands, modifiers or arguments (a `.amdhsa_*` line, a
# WMMA with its modifiers); beyond this a template is interpreted, not compiled.
_MAX_COMPILED = 64


# ---------------------------------------------------------------- the interpreted fill
# The same entries as the generated code, computed by walking the template: the reference for
# what compile_fill's code must return (tests/test_syntax_fill.py compares the two on every line of
# the corpus), and the fill of templates too large to compile.

def _parts(fmt: str) -> tuple:
    """``v[{0}:{1}]`` -> ("v[", 0, ":", 1, "]"): literal texts and hole indexes."""
    out = []
    for literal, field, _spec, _conv in _FORMATTER.parse(fmt):
        if literal:
            out.append(literal)
        if field is not None:
            out.append(int(field))
    return tuple(out)


def _text(parts: tuple, h) -> str:
    return "".join([p if type(p) is str else h[p] for p in parts])


def _value(x, h):
    if type(x) is Hole:
        v = to_int(h[x.index])
        return -v if x.negate else v
    return x


def _operand_fn(t: OperandTemplate):
    if not t.has_holes:
        const = Operand(t.kind, _literal_text(t.fmt), t.first, t.last, t.half, t.value, t.neg, t.abs)
        return lambda h, I: const
    parts = _parts(t.fmt)

    def operand(h, I):
        text = _text(parts, h)
        op = I.get(text)
        if op is None:
            op = I[text] = Operand(t.kind, text, _value(t.first, h), _value(t.last, h), t.half,
                                   _value(t.value, h), t.neg, t.abs)
        return op
    return operand


def _instruction_fn(t: InstructionTemplate, use_m: bool):
    operands = [_operand_fn(op) for op in t.operands]
    modifiers = []
    for name, fmt, has in t.modifiers:
        if not has:
            const = (name, None if fmt is None else _literal_text(fmt))
            modifiers.append(lambda h, const=const: const)
        else:
            parts = _parts(fmt)
            modifiers.append(lambda h, name=name, parts=parts: (name, _text(parts, h)))
    dual = _instruction_fn(t.dual, False) if t.dual is not None else None
    mnemonic = t.mnemonic

    def instruction(h, I, c, m):
        return (m if use_m else mnemonic, tuple([f(h, I) for f in operands]),
                tuple([f(h) for f in modifiers]), c, None if dual is None else dual(h, I, None, None))
    return instruction


def _directive_fn(t: DirectiveTemplate, name_param: bool):
    args = []
    for fmt, has, num, string in t.args:
        if num is not None:
            args.append(lambda h, num=num: _value(num, h))
        elif string is not None:
            args.append(lambda h, string=string: string)
        elif has:
            args.append(lambda h, parts=_parts(fmt): _text(parts, h))
        else:
            args.append(lambda h, text=_literal_text(fmt): text)
    is_loc = len(t.args) >= 3 and all(a[2] is not None and a[3] is None for a in t.args[:3])

    def directive(h, c, m):
        name = m if name_param else t.name
        values = tuple([f(h) for f in args])
        if is_loc and name == ".loc":
            return (K_LOC, (values[0], values[1], values[2], loc_name(c)))
        return (K_DIR, name, values, c)
    return directive


def interpreted_fill(template: LineTemplate, name_param: bool):
    """``fill(h, I, c, m)`` computed by walking the template (see compile_fill)."""
    stmt = template.stmt
    if type(stmt) is InstructionTemplate:
        ins = _instruction_fn(stmt, name_param)
        make = lambda h, I, c, m: (K_INS, ins(h, I, c, m))  # noqa: E731
    elif stmt is not None:
        d = _directive_fn(stmt, name_param)
        make = lambda h, I, c, m: d(h, c, m)  # noqa: E731
    else:
        make = None
    labels = [(_parts(f) if "{" in f.replace("{{", "") else _literal_text(f)) for f in template.labels]
    comment = template.comment

    def fill(h, I, c, m):
        if comment is not None:
            c = comment
        entry = make(h, I, c, m) if make is not None else None
        if labels:
            return (K_LABEL, tuple([p if type(p) is str else _text(p, h) for p in labels]), entry, c)
        if make is None:
            return (K_COMMENT, c if c is not None else "")
        return entry
    return fill

"""Pathological single lines (issue 7): thousands of operands, a 3,000-term expression, deep
parentheses, a 10 MB line. Each is read by the real CLI in a child process; the child's peak
memory (ru_maxrss, from wait4) is compared with the same CLI reading a one-line file in the same
run. A line is either analysed with time and memory proportional to it, or refused with one line
naming file:line:col (exit 2) when it has more than isacheck.asm.parser.MAX_CODE_CHARS of code.

Bounds: a line of up to 80 KB costs less than 48 MiB above the baseline; a 10 MB line less than
6x its size. The timeout (60 s) is a safety net, not a speed goal (that is bench/'s job).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from isacheck.asm.parser import MAX_CODE_CHARS

KB = 1024
MB = 1024 * KB


def _fit(head: str, item, sep: str, size: int, tail: str = "") -> str:
    """``head`` + items joined by ``sep`` + ``tail``, as long as fits in ``size`` characters."""
    parts, n, i = [head], len(head) + len(tail), 0
    while True:
        piece = (sep if i else "") + item(i)
        if n + len(piece) > size:
            break
        parts.append(piece)
        n += len(piece)
        i += 1
    return "".join(parts) + tail


# name -> function(size) -> one line of about that size; every family a hostile user would try
FAMILIES = {
    "operands": lambda n: _fit("v_mov_b32 ", lambda i: f"v{i % 256}", ", ", n),
    "abs-operands": lambda n: _fit("v_add_f32_e64 ", lambda i: f"-|v{i % 256}|", ", ", n),
    "expression-terms": lambda n: _fit("s_mov_b32 s0, ", lambda i: str(i), "+", n),
    "symbol-terms": lambda n: _fit("s_add_u32 s0, s0, ", lambda i: f"x{i}", "-", n),
    "nested-parens": lambda n: "s_mov_b32 s0, " + "(" * ((n - 20) // 2) + "1" + ")" * ((n - 20) // 2),
    "directive-args": lambda n: _fit(".byte ", lambda i: str(i % 256), ",", n),
    "directive-expr": lambda n: _fit(".long ", lambda i: f"(a{i}<<2)", "|", n),
    "modifiers": lambda n: _fit("global_load_dword v1, v[2:3], off ", lambda i: f"offset:{i}", " ", n),
    "call-sequence": lambda n: _fit("s_waitcnt ", lambda i: f"vmcnt({i % 60})", " ", n),
    "labels": lambda n: _fit("", lambda i: f".LBB0_{i}:", "", n),   # local: blocks, not kernels
    "identifier": lambda n: "s_branch " + "a" * (n - 9),
    "string": lambda n: '.ascii "' + "x" * (n - 10) + '"',
    "quoted-numbers": lambda n: _fit('.file 1 "d" "f" ', lambda i: str(i), " ", n),
}


def _measure(tmp_path: Path, name: str, text: str) -> tuple[int, str, int]:
    """Run the CLI from a fresh intermediate process so that RUSAGE_CHILDREN is this run's alone."""
    script = (
        "import json, subprocess, sys, resource\n"
        "p = subprocess.run([sys.executable, '-m', 'isacheck', 'analyze', sys.argv[1], '--target', 'gfx942'],"
        " stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)\n"
        "print(json.dumps([p.returncode, p.stderr.decode('utf-8', 'replace'),"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024]))\n"
    )
    path = tmp_path / f"{name}.s"
    path.write_text(text + "\n\ts_endpgm\n")     # an instruction: the file is amdgcn (see `analyze`)
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=90)
    assert out.returncode == 0, out.stderr
    code, err, peak = json.loads(out.stdout)
    return code, err, peak


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> int:
    code, err, peak = _measure(tmp_path_factory.mktemp("base"), "one", "v_mov_b32 v0, v1")
    assert code == 0, err
    return peak


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_lines_of_80kb_cost_little_or_are_refused(family, tmp_path, baseline):
    for size in (60 * KB, 80 * KB):
        line = FAMILIES[family](size)
        assert size - 64 <= len(line) <= size
        code, err, peak = _measure(tmp_path, f"{family}-{size}", line)
        assert "Traceback" not in err and "RecursionError" not in err
        if len(line) > MAX_CODE_CHARS:
            assert code == 2, (family, size, err)
            assert err.count("\n") == 1 and f"{family}-{size}.s:1:1: line has {len(line):,} characters" in err
        else:
            assert code == 0 and err == "", (family, size, err)
        assert peak - baseline < 48 * MB, (family, size, (peak - baseline) / MB)


@pytest.mark.parametrize("kind", ["code", "string", "comment", "slash-comment"])
def test_a_10mb_line_is_refused_or_read_in_proportion(kind, tmp_path, baseline):
    size = 10 * MB
    line = {"code": FAMILIES["operands"](size), "string": FAMILIES["string"](size),
            "comment": "s_nop 0 ; " + "x" * size, "slash-comment": "s_nop 0 // " + "x" * size}[kind]
    code, err, peak = _measure(tmp_path, kind, line)
    assert "Traceback" not in err
    if kind in ("code", "string"):
        assert code == 2 and err.count("\n") == 1 and f"{kind}.s:1:1: line has " in err, err
    else:
        assert code == 0, err            # a comment is never lexed: any length is fine
    assert peak - baseline < 6 * len(line), (kind, (peak - baseline) / MB)


def test_many_long_lines_do_not_add_up(tmp_path, baseline):
    """20 lines of 60 KB operands: each line's work is freed before the next."""
    text = "\n".join(_fit("v_mov_b32 ", lambda i, k=k: f"v{(i + k) % 256}", ", ", 60 * KB) for k in range(20))
    code, err, peak = _measure(tmp_path, "many", text)
    assert code == 0, err
    assert peak - baseline < 20 * len(text)

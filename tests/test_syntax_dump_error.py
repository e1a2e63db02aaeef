"""`isacheck dump` on a kernel that compiles but whose assembly isacheck cannot read: an analysis
error at the assembly's file:line:col, exit 2, never "compile failed" / exit 4 (issue 8, item 4).

The kernel is real: its inline asm holds one line of 70,000 characters that LLVM's assembler
accepts (Triton assembles it), which is more code on one line than isacheck reads
(isacheck.asm.parser.MAX_CODE_CHARS).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from isacheck.asm.parser import MAX_CODE_CHARS

pytest.importorskip("triton")

KERNEL = '''
import triton
import triton.language as tl

NOP = tl.constexpr("s_nop " + "+".join(["0"] * 35000))


@triton.jit
def long_line(x_ptr, y_ptr):
    offs = tl.arange(0, 64)
    x = tl.load(x_ptr + offs)
    y = tl.inline_asm_elementwise("v_mov_b32 $0, $1\\n" + NOP.value, "=v,v", [x], dtype=tl.int32,
                                  is_pure=True, pack=1)
    tl.store(y_ptr + offs, y)
'''


@pytest.mark.compile
def test_unreadable_assembly_is_exit_2_with_its_line(tmp_path):
    src = tmp_path / "long_line.py"
    src.write_text(KERNEL)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "isacheck", "dump", str(src), "--target", "gfx942",
                           "--set", "x_ptr=*i32", "--set", "y_ptr=*i32", "--out", str(out),
                           "--format", "json", "--jobs", "1"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("isacheck: error: long_line/default/gfx942.amdgcn:")
    line_no = int(last.split(".amdgcn:", 1)[1].split(":")[0])
    # ground truth: the assembly Triton produced, as written by --out, has that line, too long
    asm = (out / "long_line" / "default" / "gfx942.amdgcn").read_text().splitlines()
    assert len(asm[line_no - 1]) > MAX_CODE_CHARS
    assert all(len(line) <= MAX_CODE_CHARS for i, line in enumerate(asm) if i != line_no - 1)
    assert "compile failed" not in proc.stderr and "1 failed" not in proc.stderr
    rows = json.loads(proc.stdout)
    text = json.dumps(rows)
    assert "analysis-error" in text and "compile failed" not in text

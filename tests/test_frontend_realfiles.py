"""Kernel files whose host code real projects write: it defeats stubs, queries the active
device at import, or crashes the process. ``dump`` still compiles the kernels (with their own
line numbers), or says in one line why it cannot.

The files are this project's own, written here; the FP8 cast line is marked ``# fp8: cast`` and
the ground truth for the emulation site is that line, as Triton's debug info records it.
"""

from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path

import pytest

from isacheck.cli import main

pytestmark = pytest.mark.compile

KERNEL = '''
@triton.jit
def dequant_fp8(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    i = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + i, mask=i < n)
    tl.store(y_ptr + i, x.to(tl.float16) * SCALE, mask=i < n)  # fp8: cast
'''

HEADER = '''
import torch
import triton
import triton.language as tl

SCALE = tl.constexpr(2.0)
'''

# A host op registered with torch.library, then its fake implementation on the result: real
# projects' pattern for custom ops. Stubs must carry it without falling back.
DECORATOR_CHAIN = '''
@torch.library.triton_op("isacheck_test::dequant", mutates_args=())
def dequant(x: torch.Tensor) -> torch.Tensor:
    return x


@dequant.register_fake
def _(x):
    return x


@torch.compile(fullgraph=True)
def host_wrapper(x):
    return dequant(x)
'''

# Host code that checks what torch gave it at class-definition time: no stub can pass this.
CLASS_CHECKS_TORCH = '''
class QuantConfig:
    dtype = torch.float8_e4m3fn
    if not isinstance(dtype, torch.dtype):   # host code: stubs cannot satisfy it
        raise TypeError("this torch has no float8")
'''

DEVICE_QUERY = '''
DEVICE = triton.runtime.driver.active.get_active_torch_device()
TARGET = triton.runtime.driver.active.get_current_target()
IS_HIP = TARGET.backend == "hip"
# the target the file is told about is the first one being compiled for (else: fallback, a warning)
assert (TARGET.arch, TARGET.warp_size) == ("gfx1151", 32), TARGET
'''


def write(tmp_path: Path, *parts: str, name: str = "kern.py") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(textwrap.dedent(p) for p in parts))
    return path


def marker_line(path: Path, marker: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if marker in line)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    # file names are shown relative to the working directory
    monkeypatch.chdir(tmp_path)


def dump(path: Path, capsys, *extra: str) -> tuple[int, dict | None, str]:
    out = io.StringIO()
    code = main(["dump", str(path), "--set", "x_ptr=*fp8e4nv", "--set", "y_ptr=*fp16", "--set", "BLOCK=64",
                 "-t", "gfx1151", "-j", "1", "--no-cache", "--format", "json", "--progress", "never", *extra],
                stdout=out)
    text = out.getvalue()
    return code, (json.loads(text) if text else None), capsys.readouterr().err


def emulation_lines(doc: dict) -> set[int]:
    (row,) = doc["rows"]
    k = row["analysis"]["kernels"][0]
    assert k["fp8"] == "emulated"
    return {int(s["source"].split(":")[1]) for s in k["emulation"]["site_list"]}


def test_decorator_chain_and_torch_compile_import_without_fallback(tmp_path, capsys):
    path = write(tmp_path, HEADER, DECORATOR_CHAIN, KERNEL)
    code, doc, err = dump(path, capsys)
    assert code == 0, err
    assert "warning" not in err
    assert emulation_lines(doc) == {marker_line(path, "# fp8: cast")}


def test_host_code_that_defeats_stubs_falls_back_to_the_kernels_with_their_lines(tmp_path, capsys):
    path = write(tmp_path, HEADER, CLASS_CHECKS_TORCH, DECORATOR_CHAIN, KERNEL)
    code, doc, err = dump(path, capsys)
    assert code == 0, err
    warnings = [ln for ln in err.splitlines() if "warning" in ln]
    assert len(warnings) == 1
    raise_line = marker_line(path, "if not isinstance")
    assert f"kern.py:{raise_line}: error while importing: TypeError" in warnings[0]
    assert "loaded only the @triton.jit functions" in warnings[0]
    # the kernel is compiled from the same source lines: the cast is still found on its own line
    assert emulation_lines(doc) == {marker_line(path, "# fp8: cast")}
    assert [r["kernel"] for r in doc["rows"]] == ["dequant_fp8"]


def test_device_query_at_import_meets_a_driver_without_a_gpu(tmp_path, capsys):
    path = write(tmp_path, HEADER, DEVICE_QUERY, KERNEL + "\nassert IS_HIP\n")
    code, doc, err = dump(path, capsys)
    assert code == 0, err
    assert "warning" not in err
    assert emulation_lines(doc) == {marker_line(path, "# fp8: cast")}


def test_segfault_at_import_is_one_line_at_the_files_line(tmp_path, capsys):
    path = write(tmp_path, "import ctypes\nimport triton\nimport triton.language as tl\nSCALE = tl.constexpr(2.0)\n",
                 KERNEL, "ctypes.string_at(0)  # crash\n")
    code, doc, err = dump(path, capsys)
    assert code == 2 and doc is None
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"isacheck: error: kern.py:{marker_line(path, '# crash')}: ")
    assert "SIGSEGV" in lines[0] and "importing the kernel file" in lines[0]


def test_print_at_import_never_reaches_the_json(tmp_path, capsys):
    path = write(tmp_path, HEADER, "print('hello from import')\n", KERNEL)
    code, doc, err = dump(path, capsys)
    assert code == 0 and doc["rows"][0]["status"] == "ok"


def test_kernels_under_a_guard_survive_the_fallback_with_their_lines(tmp_path):
    """``if HAS_TRITON:`` / ``try:`` around kernel definitions: the guard is kept, host code is not."""
    from isacheck.frontend.loader import load_source

    guarded = "HAS_TRITON = True\nif HAS_TRITON:\n" + textwrap.indent(KERNEL, "    ")
    path = write(tmp_path, HEADER, CLASS_CHECKS_TORCH, guarded)
    loaded = load_source(path)
    (kernel,) = loaded.kernels
    assert kernel.name == "dequant_fp8" and kernel.line == marker_line(path, "def dequant_fp8")
    (warning,) = loaded.warnings
    assert f":{marker_line(path, 'if not isinstance')}: error while importing: TypeError" in warning

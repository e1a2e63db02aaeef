"""Loading kernel files: stubbed imports, kernel discovery, import errors at the file's line."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from isacheck.errors import InputError
from isacheck.frontend.loader import load_source

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "kernels"
STUB_SAMPLE = SAMPLES / "stub_imports_moe.py"


def test_stub_sample_loads_with_missing_modules():
    before = set(sys.modules)
    loaded = load_source(STUB_SAMPLE)
    names = [k.name for k in loaded.kernels]
    assert names == ["dequantize", "moe_fp8_gemm_kernel", "fp8_dequant_rows"]
    assert loaded.helpers == ("dequantize",)          # called from the kernel: a device function
    moe = loaded.kernel("moe_fp8_gemm_kernel")
    assert len(moe.configs) == 3                       # unwrapped from Autotuner
    assert [c.kwargs["BLOCK_SIZE_M"] for c in moe.configs] == [16, 32, 32]
    assert [name for name, _ in moe.heuristics] == ["EVEN_K"]
    for mod in ("torch", "vllm.model_executor.layers", "acme_kernels.utils"):
        assert mod in loaded.stubbed
    # the stubs are gone from the process once the file is loaded
    assert not any(m.startswith(("torch", "vllm", "acme_kernels")) for m in set(sys.modules) - before)
    # import-time module code ran against the stubs
    assert loaded.module.MoEQuantConfig(block_shape=[1, 2]).block_shape == [1, 2]
    assert loaded.module.launch(1, 2, 3) == 3         # a stub decorator leaves the function as it was


def test_triton_reexported_by_a_missing_package_is_real(tmp_path):
    f = tmp_path / "reexport.py"
    f.write_text(textwrap.dedent("""
        from vllm.triton_utils import tl, triton

        @triton.jit
        def k(x_ptr, BLOCK: tl.constexpr):
            tl.store(x_ptr + tl.arange(0, BLOCK), 1.0)
    """))
    loaded = load_source(f)
    assert [k.name for k in loaded.kernels] == ["k"]


def test_exception_at_import_names_the_files_line(tmp_path):
    f = tmp_path / "boom.py"
    f.write_text("import triton\nimport torch\n\nX = 1\nraise ValueError('no GPU here')\n")
    with pytest.raises(InputError) as e:
        load_source(f)
    assert e.value.line == 5
    assert "ValueError: no GPU here" in str(e.value)
    assert "\n" not in str(e.value)


def test_syntax_error_names_line_and_column(tmp_path):
    f = tmp_path / "bad.py"
    f.write_text("import triton\n\ndef f(:\n    pass\n")
    with pytest.raises(InputError) as e:
        load_source(f)
    assert (e.value.line, e.value.column) == (3, 7)
    assert str(e.value).startswith(f"{e.value.path}:3:7: syntax error")


def test_package_relative_imports(tmp_path):
    pkg = tmp_path / "proj" / "kernels"
    pkg.mkdir(parents=True)
    (tmp_path / "proj" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "common.py").write_text("import triton\nimport triton.language as tl\n"
                                   "@triton.jit\ndef helper(x):\n    return x * 2\n")
    (pkg / "main.py").write_text("import triton\nimport triton.language as tl\nfrom .common import helper\n"
                                 "@triton.jit\ndef k(x_ptr, BLOCK: tl.constexpr):\n"
                                 "    offs = tl.arange(0, BLOCK)\n    tl.store(x_ptr + offs, helper(offs))\n")
    loaded = load_source(pkg / "main.py")
    assert [k.name for k in loaded.kernels] == ["k"]           # helper lives in another file
    assert (pkg / "common.py").resolve() in loaded.dependencies


def test_root_option_for_namespace_packages(tmp_path):
    pkg = tmp_path / "ns" / "sub"
    pkg.mkdir(parents=True)
    (pkg / "util.py").write_text("BLOCK = 64\n")
    (pkg / "k.py").write_text("import triton\nimport triton.language as tl\nfrom .util import BLOCK\n"
                              "@triton.jit\ndef k(x_ptr, B: tl.constexpr = BLOCK):\n    pass\n")
    loaded = load_source(pkg / "k.py", root=tmp_path)
    assert loaded.kernel("k").jit.params[1].default == 64

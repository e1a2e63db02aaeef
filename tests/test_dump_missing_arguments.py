"""A kernel file with arguments nobody gave a value: one error line, the spec snippet above it.

Ground truth is the kernel file itself (its ``def`` lines and parameters, read with ``ast``) and
the real compile the snippet leads to, never isacheck's own wording of it.
"""

from __future__ import annotations

import ast
import io
import json
import tomllib
from pathlib import Path

import pytest

from isacheck.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "kernels"
STUB = SAMPLES / "stub_imports_moe.py"


def kernel_defs(path: Path) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(path.read_text())
    return {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
            and any("jit" in ast.unparse(d) for d in node.decorator_list)}


def run(args: list[str], capsys) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(["dump", *args, "--progress", "never"], stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_missing_arguments_are_one_line_with_the_snippet_above(capsys, tmp_path):
    code, _, err = run([str(STUB), "-t", "gfx942", "--cache-dir", str(tmp_path)], capsys)
    assert code == 2 and "Traceback" not in err
    *above, line = err.rstrip("\n").split("\n")
    # One readable line: no escaped newline in it, and it names every kernel at its own def line.
    assert line.startswith("isacheck: error: ") and "\\n" not in line
    defs = kernel_defs(STUB)
    for name in ("moe_fp8_gemm_kernel", "fp8_dequant_rows"):
        node = defs[name]
        def_line = node.lineno + len(node.decorator_list) if node.decorator_list else node.lineno
        lines = {node.lineno, def_line, *(d.lineno for d in node.decorator_list)}
        assert any(f"{STUB.name}:{n}: kernel {name}:" in line for n in lines), line
    assert "--spec" in line and "--set" in line
    # What is above is the snippet: TOML whose every key is a parameter of its kernel.
    text = "\n".join(above)
    assert text.startswith("a spec to fill in:")
    spec = tomllib.loads(text.split("\n", 1)[1])
    for name, kernel in spec["kernels"].items():
        params = {a.arg for a in defs[name].args.args}
        table = kernel["variants"]["default"]
        given = set(table.get("signature", {})) | set(table.get("constexprs", {}))
        assert given and given <= params


@pytest.mark.compile
def test_the_snippet_is_a_spec_the_dump_accepts(capsys, tmp_path):
    """Pasted into a file as it is, the snippet lets the kernel compile (Triton decides that)."""
    code, _, err = run([str(STUB), "-k", "fp8_dequant_rows", "-t", "gfx942", "--cache-dir", str(tmp_path)], capsys)
    assert code == 2
    snippet = err.split("a spec to fill in:\n", 1)[1].rsplit("\nisacheck: error:", 1)[0]
    spec = tmp_path / "filled.toml"
    spec.write_text(snippet)
    code, out, err = run([str(STUB), "--spec", str(spec), "-k", "fp8_dequant_rows", "-t", "gfx942",
                          "--cache-dir", str(tmp_path / "c"), "--format", "json"], capsys)
    assert code == 0, err
    (row,) = json.loads(out)["rows"]
    assert row["status"] == "ok" and row["kernel"] == "fp8_dequant_rows"

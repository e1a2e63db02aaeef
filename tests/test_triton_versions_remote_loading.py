"""Another interpreter's Triton plans and loads like isacheck's own (issue 13, second part).

* A launch is specialised by the Triton that compiles (``--python``/``--triton``), not by the
  Triton beside isacheck: the ground truth is that release's own specialisation, the lines of its
  ``JITFunction.run`` (its binder, then its backend's ``parse_attr``), run in its interpreter by a
  script of this test that imports nothing of isacheck.
* A kernel file loads in that interpreter as it does in isacheck's process: Triton's driver says
  "no GPU" (a device query at import), and host code that defeats stubs falls back to the
  kernels, which keep their source lines (the file's ``# fp8: cast`` line is the ground truth).

The scratch environments are the ones tests/test_triton_versions.py makes (same directory, same
machinery): no download of their own.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES
from isacheck.cli import main
from test_frontend_realfiles import CLASS_CHECKS_TORCH, DECORATOR_CHAIN, DEVICE_QUERY, HEADER, KERNEL

pytestmark = pytest.mark.compile

OLD = "3.4.0"     # no tt.pointer_range hint yet (3.9 adds it for AMD tensors under 2 GiB)
MID = "3.7.1"     # compiles fp8e4nv for gfx1151 (3.4 refuses it), in emulation
ENVS = Path(os.environ.get("ISACHECK_TEST_TRITON_ENVS") or REPO / ".pytest_cache" / "triton-envs")
CAST = SAMPLES / "kernels" / "fp8_cast.py"
CAST_SPEC = SAMPLES / "kernels" / "fp8_cast.toml"

# Triton's own specialisation of fp16_to_fp8(x_ptr, y_ptr, scale_ptr, n_elements, BLOCK) for the
# launch fp8_cast.toml describes, as the release's JITFunction.run computes it (3.3-3.9 share
# these lines; 3.7+ moved the second half into _pack_args, with the same result).
GROUND_TRUTH = textwrap.dedent('''
    import importlib.util, json, sys
    import triton.language as tl
    from triton._utils import find_paths_if, get_iterable_path
    from triton.backends.compiler import GPUTarget
    from triton.compiler import make_backend
    from triton.runtime.jit import create_function_from_signature

    path, name, arch, warp = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    spec = importlib.util.spec_from_file_location("kernel_file", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    jit = getattr(module, name)

    class Tensor:  # what specialisation reads of a tensor: dtype, a 256-byte aligned address
        def __init__(self, dtype):
            self.dtype = dtype
        def data_ptr(self):
            return (1 << 40) + 256

    args = [Tensor(tl.float16), Tensor(tl.float8e4b8), Tensor(tl.float32), 16777216, 1024]
    backend = make_backend(GPUTarget("hip", arch, warp))
    bound, specialization, _ = create_function_from_signature(jit.signature, jit.params, backend)(*args)
    attrvals = [x[1] for x in specialization]
    paths = find_paths_if(attrvals, lambda _, x: isinstance(x, str))
    attrs = {k: backend.parse_attr(get_iterable_path(attrvals, k)) for k in paths}
    print(json.dumps(sorted([list(k), [list(a) for a in v]] for k, v in attrs.items() if v)))
''')


@pytest.fixture(scope="session")
def envs():
    """version -> python of the scratch environments test_triton_versions.py uses (made once)."""
    from isacheck.frontend.environments import ensure
    return {v: ensure(ENVS, v, sys.stderr)[0].python for v in (OLD, MID)}


def triton_specialisation(python: str, arch: str, warp: int) -> list:
    done = subprocess.run([python, "-c", GROUND_TRUTH, str(CAST), "fp16_to_fp8", arch, str(warp)],
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def planned_attrs(tmp_path: Path, *pythons: str) -> list[list]:
    """The attributes recorded for fp16_to_fp8 on gfx942, one list per job, as isacheck planned them."""
    from isacheck.frontend.session import DumpRequest, run_dump
    report = run_dump(DumpRequest(str(CAST), ["gfx942"], kernels=["fp16_to_fp8"], spec=str(CAST_SPEC),
                                  pythons=list(pythons), cache_dir=str(tmp_path / "cache"), progress="never",
                                  jobs=1))
    assert all(r.ok for r in report.results), [r.error for r in report.results]
    return [sorted([list(k), [list(a) for a in v]] for k, v in j.attrs.items() if v) for j in report.jobs]


def test_a_34_row_is_specialised_by_34s_own_rules(envs, tmp_path):
    (planned_34,) = planned_attrs(tmp_path, envs[OLD])
    truth_34 = triton_specialisation(envs[OLD], "gfx942", 64)
    assert planned_34 == truth_34
    # the check can fail: the Triton beside isacheck specialises this launch otherwise (3.9 adds
    # tt.pointer_range = 32 to each pointer under 2 GiB; 3.4 has no such hint)
    (planned_here,) = planned_attrs(tmp_path)
    assert planned_here != truth_34
    assert any(name == "tt.pointer_range" for _, hints in planned_here for name, _ in hints)
    assert not any(name == "tt.pointer_range" for _, hints in truth_34 for name, _ in hints)


def write(tmp_path: Path, *parts: str) -> Path:
    path = tmp_path / "kern.py"
    path.write_text("\n".join(textwrap.dedent(p) for p in parts))
    return path


def dump_with(python: str, path: Path, capsys) -> tuple[int, dict | None, str]:
    out = io.StringIO()
    code = main(["dump", str(path), "--set", "x_ptr=*fp8e4nv", "--set", "y_ptr=*fp16", "--set", "BLOCK=64",
                 "-t", "gfx1151", "-j", "1", "--no-cache", "--python", python, "--format", "json",
                 "--progress", "never"], stdout=out)
    text = out.getvalue()
    return code, (json.loads(text) if text else None), capsys.readouterr().err


def emulation_lines_under(doc: dict, version: str) -> set[int]:
    (row,) = doc["rows"]
    assert row["triton"]["version"] == version
    assert row["status"] == "ok", row["error"]
    k = row["analysis"]["kernels"][0]
    assert k["fp8"] == "emulated"
    return {int(s["source"].split(":")[1]) for s in k["emulation"]["site_list"]}


def marker_line(path: Path, marker: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if marker in line)


def test_a_device_query_at_import_meets_the_no_gpu_driver_in_the_other_interpreter(envs, tmp_path, capsys,
                                                                                    monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, HEADER, DEVICE_QUERY, KERNEL + "\nassert IS_HIP\n")
    code, doc, err = dump_with(envs[MID], path, capsys)
    assert code == 0, err
    assert emulation_lines_under(doc, MID) == {marker_line(path, "# fp8: cast")}


def test_host_code_that_defeats_stubs_falls_back_in_the_other_interpreter(envs, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, HEADER, CLASS_CHECKS_TORCH, DECORATOR_CHAIN, KERNEL)
    code, doc, err = dump_with(envs[MID], path, capsys)
    assert code == 0, err
    # the kernel compiled by 3.7 from the same source lines: the cast is on its own line
    assert emulation_lines_under(doc, MID) == {marker_line(path, "# fp8: cast")}


STUB = SAMPLES / "kernels" / "stub_imports_moe.py"
STUB_SPEC = SAMPLES / "kernels" / "stub_imports_moe.toml"


@pytest.fixture(scope="session")
def without_triton(tmp_path_factory):
    """A real venv in which isacheck is installed and Triton is not: every package of this
    test run's environment (isacheck's editable install, its dependencies) linked into it, Triton's
    left out. No download."""
    import sysconfig
    env = tmp_path_factory.mktemp("isacheck-without-triton") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    target = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                 capture_output=True, text=True, check=True).stdout.strip())
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        if entry.name.split("-")[0].split(".")[0].lower() != "triton":
            (target / entry.name).symlink_to(entry)
    probe = subprocess.run([str(python), "-c", "import isacheck, importlib.util; "
                            "print(importlib.util.find_spec('triton') is None)"], capture_output=True, text=True)
    assert probe.stdout.strip() == "True", probe.stderr
    return python


def test_python_works_when_isacheck_cannot_import_triton(envs, without_triton, tmp_path):
    args = ["dump", str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
            "-t", "gfx1151", "--python", envs[MID], "--format", "json", "--progress", "never", "-q"]
    done = subprocess.run([str(without_triton), "-m", "isacheck", *args, "--cache-dir", str(tmp_path / "a")],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    marked = {i for i, line in enumerate(STUB.read_text().splitlines(), 1) if "# fp8: cast" in line}
    assert emulation_lines_under(doc, MID) == marked
    # and the answer is the one isacheck gives with a Triton of its own beside it
    out = io.StringIO()
    assert main([*args, "--cache-dir", str(tmp_path / "b")], stdout=out) == 0
    assert json.loads(out.getvalue())["rows"] == doc["rows"]
    # a plain dump there still needs a Triton, and says so in one line
    plain = subprocess.run([str(without_triton), "-m", "isacheck", "dump", str(STUB), "-t", "gfx1151", "--no-cache",
                            "--progress", "never"], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert plain.returncode != 0
    assert plain.stderr.strip().count("\n") == 0 and "needs Triton" in plain.stderr


def test_retarget_without_triton_is_one_line(without_triton, tmp_path):
    """scan --retarget compiles with the Triton beside isacheck: without one, one line, exit 2, and
    the cache's own assemblies are not half-analysed first."""
    entry = tmp_path / "cache" / "ABCDEF"
    entry.mkdir(parents=True)
    (entry / "k.json").write_text(json.dumps({"name": "k", "target": {"backend": "hip", "arch": "gfx942",
                                                                       "warp_size": 64}, "num_warps": 4}))
    (entry / "k.ttir").write_text("module {\n}\n")
    done = subprocess.run([str(without_triton), "-m", "isacheck", "scan", str(tmp_path / "cache"), "--retarget",
                           "gfx1151", "--cache-dir", str(tmp_path / "c"), "--progress", "never"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "needs Triton" in done.stderr, done.stderr
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").rglob("*.tmp"))

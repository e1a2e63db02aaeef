"""Hostile and broken inputs to ``isacheck dump``: the kernel file and the spec file.

Each family is generated (a kernel file that stops its own import in every way Python allows,
every wrong shape a spec can take) and each case runs the real CLI as a subprocess with a
scratch HOME, caches and temp directory. Asserted for every case: the exit code, that stderr is
exactly one line naming the file (and, for a spec, the key) without a traceback, and that the
user's files are unchanged. Bounds: each run has a 120 s limit; the kernel file's own import is
bounded by isolation.IMPORT_SECONDS; spec and kernel files are read with a byte limit.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

KERNEL = textwrap.dedent('''
    import triton
    import triton.language as tl


    @triton.jit
    def copy_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
        i = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
        tl.store(y_ptr + i, tl.load(x_ptr + i, mask=i < n), mask=i < n)
''')

GOOD_SPEC = ('[kernels.copy_kernel]\nsignature = { x_ptr = "*fp16", y_ptr = "*fp16" }\n'
             'constexprs = { BLOCK = 64 }\n')

# --- the kernel file stops its own import -------------------------------------------------------
# (name, statement at import, what the one line must say). Each runs in a file with a kernel
# before it and in one without; what the outcome is depends on the family below.
STOPPERS_BASE = [   # BaseException, exit, signal: always refused (exit 2), kernels or not
    ("sys_exit_0", "import sys\nsys.exit(0)", "SystemExit"),
    ("sys_exit_3", "import sys\nsys.exit(3)", "SystemExit"),
    ("sys_exit_text", "import sys\nsys.exit('bye')", "SystemExit"),
    ("raise_systemexit_none", "raise SystemExit(None)", "SystemExit"),
    ("base_exception_subclass", "class Stop(BaseException):\n    pass\nraise Stop('x')", "Stop"),
    ("generator_exit", "raise GeneratorExit()", "GeneratorExit"),
    ("keyboard_interrupt", "raise KeyboardInterrupt()", "ended"),
    ("os_exit_0", "import os\nos._exit(0)", "ended (exit status 0"),
    ("os_exit_7", "import os\nos._exit(7)", "ended (exit status 7"),
    ("sigkill_self", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", "SIGKILL"),
    ("abort", "import os\nos.abort()", "SIGABRT"),
    ("segfault", "import ctypes\nctypes.string_at(0)", "SIGSEGV"),
    ("exit_str_raises", "class Odd(SystemExit):\n    def __str__(self):\n        raise RuntimeError('no')\nraise Odd(0)",
     "Odd"),
]
STOPPERS_EXC = [    # an Exception: refused without kernels; with kernels, the fallback loads them
    ("value_error", "raise ValueError('bad config')", "ValueError: bad config"),
    ("str_raises", "class E(Exception):\n    def __str__(self):\n        raise RuntimeError('no')\nraise E()",
     "its message could not be read"),
    ("str_not_text", "class E(Exception):\n    def __str__(self):\n        return 5\nraise E()", "E"),
    ("multiline_message", "raise RuntimeError('first\\nsecond\\x1b[31m')", "RuntimeError: first"),
    ("huge_message", "raise RuntimeError('x' * 1000000)", "RuntimeError: xxx"),
    ("recursion", "def f():\n    return f()\nf()", "RecursionError"),
    ("memory_error", "raise MemoryError()", "MemoryError"),
    ("input_at_import", "input('password: ')", "EOFError"),
    ("print_then_raise", "print('noise')\nimport sys\nprint('more', file=sys.stderr)\nraise ValueError('v')",
     "ValueError: v"),
    ("stdout_closed", "import sys\nsys.stdout.close()\nraise ValueError('v')", "ValueError: v"),
    ("relative_import", "from . import helpers", "ImportError"),
]


def _scratch_env(root: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ISACHECK_", "XDG_", "TRITON_"))}
    for name in ("home", "cache", "tmp", "triton"):
        (root / name).mkdir(exist_ok=True)
    env.update(HOME=str(root / "home"), XDG_CACHE_HOME=str(root / "cache"), TMPDIR=str(root / "tmp"),
               TRITON_CACHE_DIR=str(root / "triton"), ISACHECK_DB_DIR=str(root / "no-db"),
               TRITON_DEFAULT_FP_FUSION="1", PYTHONPATH=str(REPO))
    return env


def _tree_hash(path: Path) -> dict[str, str]:
    out = {}
    for p in sorted(path.rglob("*")):
        if p.is_symlink() or not p.exists():
            out[str(p.relative_to(path))] = "other"
        elif p.is_file():
            out[str(p.relative_to(path))] = hashlib.sha256(p.read_bytes()).hexdigest()
        elif p.is_dir():
            out[str(p.relative_to(path))] = "dir"
        else:
            out[str(p.relative_to(path))] = "special"
    return out


def run_cli(tmp_path: Path, args: list[str]) -> tuple[int, str, str]:
    """``isacheck dump ARGS`` from the scratch ``work`` directory; the user's files there must
    not change."""
    work = tmp_path / "work"
    before = _tree_hash(work)
    p = subprocess.run([sys.executable, "-m", "isacheck", "dump", *args, "-t", "gfx1151", "-j", "1",
                        "--progress", "never", "-q"], cwd=work, env=_scratch_env(tmp_path),
                       capture_output=True, text=True, timeout=120)
    assert _tree_hash(work) == before, "the user's files changed"
    return p.returncode, p.stdout, p.stderr


def one_line(err: str) -> str:
    lines = err.strip("\n").splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in lines[0]
    return lines[0]


def _work(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    (work / "spec.toml").write_text(GOOD_SPEC)
    return work


@pytest.mark.parametrize("with_kernel", [False, True], ids=["no-kernel", "after-kernel"])
@pytest.mark.parametrize("name,code,says", STOPPERS_BASE, ids=[s[0] for s in STOPPERS_BASE])
def test_kernel_file_that_stops_its_import_is_refused_in_one_line(tmp_path, name, code, says, with_kernel):
    work = _work(tmp_path)
    (work / "kern.py").write_text((KERNEL if with_kernel else "") + "\n" + code + "\n")
    rc, out, err = run_cli(tmp_path, ["kern.py", "--spec", "spec.toml"])
    line = one_line(err)
    assert rc == 2 and out == ""
    assert line.startswith("isacheck: error: kern.py"), line
    assert says in line


@pytest.mark.parametrize("name,code,says", STOPPERS_EXC, ids=[s[0] for s in STOPPERS_EXC])
def test_exception_at_import_without_kernels_is_one_line(tmp_path, name, code, says):
    work = _work(tmp_path)
    (work / "kern.py").write_text("import triton\n" + code + "\n")
    rc, out, err = run_cli(tmp_path, ["kern.py"])
    line = one_line(err)
    assert rc == 2 and out == ""
    assert line.startswith("isacheck: error: kern.py:") and "error while importing" in line, line
    assert says in line
    assert len(line) < 2500 and "\x1b" not in line


@pytest.mark.parametrize("name,code,says", STOPPERS_EXC[:4], ids=[s[0] for s in STOPPERS_EXC[:4]])
def test_exception_after_the_kernels_falls_back_and_warns_once(tmp_path, name, code, says):
    work = _work(tmp_path)
    (work / "kern.py").write_text(KERNEL + "\n" + code + "\n")
    rc, out, err = run_cli(tmp_path, ["kern.py", "--spec", "spec.toml", "--format", "json"])
    line = one_line(err)
    assert rc == 0 and '"status": "ok"' in out
    assert line.startswith("isacheck: warning: kern.py:") and "loaded only the @triton.jit functions" in line
    assert says in line


def _file(name: str, data: str | bytes):
    def make(work: Path) -> str:
        (work / name).write_bytes(data.encode() if isinstance(data, str) else data)
        return name
    return make


def _fifo(work: Path) -> str:
    os.mkfifo(work / "pipe.py")
    return "pipe.py"


def _directory(work: Path) -> str:
    (work / "dir.py").mkdir()
    return "dir.py"


FILE_CASES = [  # (id, make the argument in the work directory, extra args, what the line says)
    ("missing", lambda w: "nope.py", [], "no such kernel file"),
    ("not_py", _file("kern.txt", KERNEL), [], "not a Python file"),
    ("directory", _directory, [], "is a directory"),
    ("fifo", _fifo, [], "not a regular file"),
    ("null_bytes", _file("k.py", b"x = 1\x00\n"), [], "null bytes"),
    ("syntax_error", _file("k.py", "def f(:\n"), [], "syntax error"),
    ("not_utf8", _file("k.py", b"x = '\xff\xfe'\n"), [], "syntax error"),
    ("empty", _file("k.py", ""), [], "no @triton.jit kernel"),
    ("only_helpers", _file("k.py", "import triton\n"), [], "no @triton.jit kernel"),
    ("root_elsewhere", _file("k.py", KERNEL), ["--root", "/usr"], "does not contain the kernel file"),
    ("root_missing", _file("k.py", KERNEL), ["--root", "no/such/dir"], "is not a directory"),
]


@pytest.mark.parametrize("case", FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_kernel_file_that_cannot_be_loaded_is_one_line(tmp_path, case):
    _, make, extra, says = case
    work = _work(tmp_path)
    arg = make(work)
    rc, out, err = run_cli(tmp_path, [arg, *extra])
    line = one_line(err)
    assert rc == 2 and out == ""
    assert f"isacheck: error: {arg}" in line and says in line, line


# --- every wrong shape of a spec file -----------------------------------------------------------
K = "kernels.copy_kernel"
SPEC_CASES = [  # (id, spec text, the key the line must name, what it says)
    ("kernels_int", "kernels = 5\n", "kernels", "must be a table"),
    ("kernels_list", "kernels = [1, 2]\n", "kernels", "must be a table"),
    ("kernels_date", "kernels = 1979-05-27\n", "kernels", "date"),
    ("kernel_string", "[kernels]\ncopy_kernel = 'x'\n", K, "must be a table"),
    ("variants_array_of_tables", f"[[{K}.variants]]\nnum_warps = 4\n", f"{K}.variants", "must be a table"),
    ("variants_int", f"[{K}]\nvariants = 5\n", f"{K}.variants", "must be a table"),
    ("variant_list", f"[{K}.variants]\nv = [1]\n", f"{K}.variants.v", "must be a table"),
    ("num_warps_string", f"[{K}]\nnum_warps = '4'\n", f"{K}.num_warps", "must be an integer"),
    ("num_warps_list", f"[{K}]\nnum_warps = [4]\n", f"{K}.num_warps", "must be an integer"),
    ("num_warps_date", f"[{K}]\nnum_warps = 1979-05-27\n", f"{K}.num_warps", "must be an integer"),
    ("num_stages_float", f"[{K}]\nnum_stages = 2.5\n", f"{K}.num_stages", "must be an integer"),
    ("num_warps_bool", f"[{K}]\nnum_warps = true\n", f"{K}.num_warps", "must be an integer"),
    ("num_warps_negative", f"[{K}]\nnum_warps = -4\n", f"{K}.num_warps", "negative"),
    ("signature_int", f"[{K}]\nsignature = 5\n", f"{K}.signature", "must be a table"),
    ("signature_list", f"[{K}]\nsignature = ['*fp16']\n", f"{K}.signature", "must be a table"),
    ("signature_type_int", f"[{K}]\nsignature = {{ x_ptr = 5 }}\n", f"{K}.signature.x_ptr", "not a Triton type"),
    ("signature_type_bogus", f"[{K}]\nsignature = {{ x_ptr = '*float9' }}\n", f"{K}.signature.x_ptr",
     "not a Triton type"),
    ("constexprs_list", f"[{K}]\nconstexprs = [64]\n", f"{K}.constexprs", "must be a table"),
    ("constexpr_date", f"[{K}]\nconstexprs = {{ BLOCK = 1979-05-27T07:32:00Z }}\n", f"{K}.constexprs.BLOCK",
     "date/time"),
    ("constexpr_list", f"[{K}]\nconstexprs = {{ BLOCK = [64] }}\n", f"{K}.constexprs.BLOCK", "an array"),
    ("constexpr_table", f"[{K}]\nconstexprs = {{ BLOCK = {{ a = 1 }} }}\n", f"{K}.constexprs.BLOCK", "a table"),
    ("values_string", f"[{K}]\nvalues = {{ n = '4096' }}\n", f"{K}.values.n", "must be a number"),
    ("values_list", f"[{K}]\nvalues = {{ n = [1] }}\n", f"{K}.values.n", "must be a number"),
    ("values_date", f"[{K}]\nvalues = {{ n = 07:32:00 }}\n", f"{K}.values.n", "date/time"),
    ("pointer_sample_key", f"[{K}]\nvalues = {{ x_ptr = {{ size = 1 }} }}\n", f"{K}.values.x_ptr", "unknown key"),
    ("pointer_sample_string", f"[{K}]\nvalues = {{ x_ptr = {{ bytes = 'big' }} }}\n", f"{K}.values.x_ptr.bytes",
     "positive integer"),
    ("pointer_align_odd", f"[{K}]\nvalues = {{ x_ptr = {{ align = 12 }} }}\n", f"{K}.values.x_ptr.align",
     "power of two"),
    ("options_list", f"[{K}]\noptions = [1]\n", f"{K}.options", "must be a table"),
    ("option_unknown", f"[{K}]\noptions = {{ bogus = 1 }}\n", f"{K}.options.bogus", "not a Triton HIP option"),
    ("option_string", f"[{K}]\noptions = {{ waves_per_eu = '2' }}\n", f"{K}.options.waves_per_eu",
     "must be an integer"),
    ("option_bool_type", f"[{K}]\noptions = {{ enable_fp_fusion = 1 }}\n", f"{K}.options.enable_fp_fusion",
     "must be a bool"),
    ("unknown_key", f"[{K}]\nnum_wraps = 4\n", K, "unknown key"),
    ("unknown_top", "[kernel.copy_kernel]\nnum_warps = 4\n", "'kernel'", "unknown top-level"),
    ("variant_escapes", f"[{K}.variants.'../../etc']\nnum_warps = 4\n", f"{K}.variants", "not a usable name"),
    ("variant_separator", f"[{K}.variants.'a/b']\nnum_warps = 4\n", f"{K}.variants", "not a usable name"),
    ("kernel_not_identifier", "[kernels.'a b']\nnum_warps = 4\n", "kernels.'a b'", "not a Python function name"),
    ("bad_toml", "[kernels\n", "", "TOML"),
]


@pytest.mark.parametrize("case", SPEC_CASES, ids=[c[0] for c in SPEC_CASES])
def test_every_wrong_shape_of_a_spec_is_one_line_with_key_and_file(tmp_path, case):
    _, text, key, says = case
    work = _work(tmp_path)
    (work / "kern.py").write_text(KERNEL)
    (work / "bad.toml").write_text(text)
    rc, out, err = run_cli(tmp_path, ["kern.py", "--spec", "bad.toml"])
    line = one_line(err)
    assert rc == 2 and out == ""
    assert line.startswith("isacheck: error: bad.toml"), line
    assert key in line and says in line, line
    # refused before anything was compiled: Triton's scratch cache is still empty
    assert not any((tmp_path / "triton").iterdir())


@pytest.mark.parametrize("kind", ["missing", "directory", "fifo", "not_utf8", "huge"])
def test_a_spec_that_is_not_a_readable_toml_file_is_one_line(tmp_path, kind):
    work = _work(tmp_path)
    (work / "kern.py").write_text(KERNEL)
    spec = work / "s.toml"
    if kind == "directory":
        spec.mkdir()
    elif kind == "fifo":
        os.mkfifo(spec)
    elif kind == "not_utf8":
        spec.write_bytes(b"[kernels.copy_kernel]\nnum_warps = 4 # \xff\n")
    elif kind == "huge":
        spec.write_bytes(b"# " + b"x" * (2 << 20) + b"\n")
    rc, out, err = run_cli(tmp_path, ["kern.py", "--spec", "s.toml"])
    line = one_line(err)
    assert rc == 2 and line.startswith("isacheck: error: s.toml: ")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
@pytest.mark.parametrize("which", ["kernel", "spec"])
def test_an_unreadable_kernel_or_spec_file_is_one_line(tmp_path, which):
    work = _work(tmp_path)
    (work / "kern.py").write_text(KERNEL)
    target = work / ("kern.py" if which == "kernel" else "spec.toml")
    target.chmod(0)
    try:
        rc, out, err = run_cli(tmp_path, ["kern.py", "--spec", "spec.toml"])
    finally:
        target.chmod(0o644)
    line = one_line(err)
    assert rc == 2 and f"isacheck: error: {target.name}: cannot read" in line

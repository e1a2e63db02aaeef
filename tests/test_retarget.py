"""``isacheck scan PATH --retarget``: a saved Triton cache recompiled for other AMD targets.

The caches are made here, fresh, by Triton itself: the project's FP8 dequantisation kernel
compiled for an NVIDIA target (sm_90: Triton produces TTIR and even PTX on a CPU-only machine)
and for gfx942 with recorded options, plus a kernel with inline PTX that the AMD backend cannot
take. Ground truth: the kernel's ``# fp8: cast`` line, the options given to ``triton.compile``,
and which targets execute e4m3fn in hardware (gfx950) or not (gfx1151).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import textwrap
from pathlib import Path

import pytest

from isacheck.cli import main

pytestmark = pytest.mark.compile

REPO = Path(__file__).resolve().parent.parent
STUB = REPO / "samples" / "kernels" / "stub_imports_moe.py"

PTX_KERNEL = textwrap.dedent('''
    import triton
    import triton.language as tl


    @triton.jit
    def ptx_only(x_ptr, y_ptr, BLOCK: tl.constexpr):
        i = tl.arange(0, BLOCK)
        y = tl.inline_asm_elementwise("mov.b32 $0, $1;", "=r,r", [tl.load(x_ptr + i)], dtype=tl.int32,
                                      is_pure=True, pack=1)
        tl.store(y_ptr + i, y)
''')

MAKE_CACHE = textwrap.dedent('''
    import sys
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource
    from isacheck.frontend.loader import load_source

    backend, arch, warp, ptx = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    target = GPUTarget(backend, int(arch) if arch.isdigit() else arch, warp)
    fn = load_source(sys.argv[5]).kernel("fp8_dequant_rows").jit
    sig = {"x_ptr": "*fp8e4nv", "scale_ptr": "*fp32", "y_ptr": "*fp16", "n_cols": "i32", "BLOCK": "constexpr"}
    triton.compile(ASTSource(fn, sig, {"BLOCK": 64}, {(0,): [["tt.divisibility", 16]]}), target=target,
                   options={"num_warps": 8, "num_stages": 3})
    if ptx == "ptx":
        sys.path.insert(0, sys.argv[6])
        import ptx_only
        triton.compile(ASTSource(ptx_only.ptx_only, {"x_ptr": "*i32", "y_ptr": "*i32", "BLOCK": "constexpr"},
                                 {"BLOCK": 64}), target=target)
''')


def make_cache(tmp: Path, backend: str, arch: str, warp: int, with_ptx: bool) -> Path:
    cache = tmp / f"triton-{arch}"
    (tmp / "ptx_only.py").write_text(PTX_KERNEL)
    env = {**os.environ, "TRITON_CACHE_DIR": str(cache), "TRITON_DEFAULT_FP_FUSION": "1", "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", MAKE_CACHE, backend, arch, str(warp), "ptx" if with_ptx else "-",
                    str(STUB), str(tmp)], env=env, check=True, timeout=300, capture_output=True)
    return cache


@pytest.fixture(scope="module")
def caches(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("retarget")
    cuda = make_cache(tmp, "cuda", "90", 32, with_ptx=True)
    amd = make_cache(tmp, "hip", "gfx942", 64, with_ptx=False)
    tarball = tmp / "amd-cache.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(amd, arcname="triton-cache")
    return cuda, tarball, tmp


def scan(path: Path, cache_dir: Path, capsys) -> tuple[int, dict, str]:
    out = io.StringIO()
    code = main(["scan", str(path), "--retarget", "gfx1151,gfx950", "-j", "2", "--cache-dir", str(cache_dir),
                 "--format", "json", "--progress", "never"], stdout=out)
    return code, json.loads(out.getvalue()), capsys.readouterr().err


def cast_line() -> int:
    return next(i for i, line in enumerate(STUB.read_text().splitlines(), 1) if "# fp8: cast" in line)


def check_fp8_verdicts(entry: dict) -> None:
    gfx1151 = entry["retargets"]["gfx1151"]["analysis"]["kernels"][0]
    assert gfx1151["fp8"] == "emulated" and gfx1151["emulation"]["formats"] == ["e4m3fn"]
    assert {s["source"].rsplit(":", 1)[0] if s["source"].count(":") == 2 else s["source"]
            for s in gfx1151["emulation"]["site_list"]} == {f"stub_imports_moe.py:{cast_line()}"}
    gfx950 = entry["retargets"]["gfx950"]["analysis"]["kernels"][0]
    assert gfx950["fp8"] == "hardware" and gfx950["emulation"]["sites"] == 0
    # the options recorded in the cache were used, not the AMD defaults
    for arch in ("gfx1151", "gfx950"):
        assert entry["retargets"][arch]["compile"]["num_warps"] == 8
        assert entry["retargets"][arch]["compile"]["num_stages"] == 3


def test_cuda_cache_retargets_to_amd_and_a_ptx_kernel_fails_alone(caches, tmp_path, capsys):
    cuda, _, _ = caches
    code, doc, err = scan(cuda, tmp_path, capsys)
    assert code == 4                        # the PTX kernel cannot be compiled for AMD
    assert doc["targets"] == ["gfx1151", "gfx950"]
    kernels = {k["kernel"]: k["entries"] for k in doc["kernels"]}
    assert sorted(kernels) == ["fp8_dequant_rows", "ptx_only"]
    (entry,) = kernels["fp8_dequant_rows"]
    assert entry["backend"] == "cuda" and entry["target"] == "sm90" and entry["original"] is None
    check_fp8_verdicts(entry)
    (ptx,) = kernels["ptx_only"]
    for arch in ("gfx1151", "gfx950"):
        r = ptx["retargets"][arch]
        assert r["status"] == "failed" and "error" in r["error"] and "\n" not in r["error"]
    assert "6 compiled" not in err and "2 failed" in err


def test_amd_tarball_retargets_beside_its_original_and_repeats_from_the_cache(caches, tmp_path, capsys):
    _, tarball, _ = caches
    code, doc, err = scan(tarball, tmp_path, capsys)
    assert code == 0, err
    ((entry,),) = [k["entries"] for k in doc["kernels"]]
    assert entry["backend"] == "hip" and entry["target"] == "gfx942"
    assert entry["options"]["num_warps"] == 8
    # the cached gfx942 assembly itself: OCP e4m3fn on an FNUZ machine is emulated
    original = entry["original"]["analysis"]["kernels"][0]
    assert original["fp8"] == "emulated" and original["emulation"]["formats"] == ["e4m3fn"]
    check_fp8_verdicts(entry)
    code, again, err = scan(tarball, tmp_path, capsys)
    assert code == 0 and again == doc
    assert "3 job(s): 3 from cache, 0 compiled" in err
    text = json.dumps(doc)
    assert str(tmp_path) not in text and str(tarball.parent) not in text


def test_text_report_shows_original_and_retargets_side_by_side(caches, tmp_path, capsys):
    _, tarball, _ = caches
    out = io.StringIO()
    code = main(["scan", str(tarball), "--retarget", "gfx1151", "--retarget", "gfx950", "-j", "1",
                 "--cache-dir", str(tmp_path), "--progress", "never"], stdout=out)
    assert code == 0
    lines = [ln for ln in out.getvalue().splitlines() if ln.startswith("fp8_dequant_rows")]
    assert [ln.split()[3] for ln in lines] == ["gfx942", "gfx1151", "gfx950"]
    assert "(cached)" in lines[0]


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_scanning_the_live_triton_cache_leaves_it_as_it_was(caches, tmp_path, monkeypatch, capsys):
    """The scanned cache may be the one Triton itself writes to (``~/.triton/cache``): the
    recompiles must not add entries to it, nor to wherever TRITON_CACHE_DIR points."""
    _, _, tmp = caches
    live = tmp_path / "live"
    import shutil
    shutil.copytree(tmp / "triton-gfx942", live)
    before = _tree(live)
    monkeypatch.setenv("TRITON_CACHE_DIR", str(live))
    for jobs in ("1", "2"):
        out = io.StringIO()
        code = main(["scan", str(live), "--retarget", "gfx1151", "-j", jobs, "--cache-dir", str(tmp_path / f"c{jobs}"),
                     "--progress", "never", "--format", "json"], stdout=out)
        assert code == 0, capsys.readouterr().err
        assert json.loads(out.getvalue())["kernels"][0]["entries"][0]["retargets"]["gfx1151"]["status"] == "ok"
        assert _tree(live) == before
    assert os.environ["TRITON_CACHE_DIR"] == str(live)


def test_assembly_only_compile_gives_triton_compiles_own_assembly(caches, tmp_path):
    """Retargeting stops Triton's pipeline at the assembly (where the release has the stages
    hook): the assembly and metadata must be exactly those of a whole ``triton.compile``."""
    import triton
    from triton.backends.compiler import GPUTarget
    from isacheck.frontend import triton_api

    _, _, tmp = caches
    (ttir,) = sorted((tmp / "triton-gfx942").rglob("fp8_dequant_rows.ttir"))
    options = {"num_warps": 8, "num_stages": 3}
    for arch, warp in (("gfx1151", 32), ("gfx950", 64)):
        mine = triton_api.compile_ir(str(ttir), arch, warp, options, cache_dir=str(tmp_path / f"mine-{arch}"))
        os.environ["TRITON_CACHE_DIR"] = str(tmp_path / f"whole-{arch}")
        try:
            whole = triton.compile(str(ttir), target=GPUTarget("hip", arch, warp), options=options)
        finally:
            del os.environ["TRITON_CACHE_DIR"]
        assert mine["amdgcn"] == whole.asm["amdgcn"]
        assert len(whole.asm["hsaco"]) > 0                     # the whole compile made a code object
        expected = triton_api.metadata(whole)
        assert {k: v for k, v in mine["metadata"].items() if k != "hash"} == \
               {k: v for k, v in expected.items() if k != "hash"}
        # where the hook exists it was used (the binary is empty) and then taken away again
        runtime = getattr(getattr(triton, "knobs", None), "runtime", None)
        if runtime is not None and hasattr(runtime, "add_stages_inspection_hook"):
            assert runtime.add_stages_inspection_hook is None
            (binary,) = (tmp_path / f"mine-{arch}").rglob("*.hsaco")
            assert binary.read_bytes() == b""

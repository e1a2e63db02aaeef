"""Every Triton the users have: other releases compiled side by side (``--triton``), another
interpreter's Triton (``--python``), refusals as verdicts, time limits (issue 13).

The other releases live in scratch environments made by the test setup itself, with
isacheck's own ``--triton`` machinery (pip), once per checkout: ``.pytest_cache/triton-envs``,
or ``$ISACHECK_TEST_TRITON_ENVS`` (.ci/run passes one). Ground truth comes from the compiler:
the kernel file's own lines, Triton's LLVM IR and TTGIR (as samples/regen.py reads them).
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES
from isacheck.cli import main
from isacheck.frontend import triton_api

pytestmark = pytest.mark.compile

# Two releases besides the pinned 3.9.0: 3.4 (vLLM v0.18; refuses fp8e4nv on gfx11, links with
# an external ld.lld) and 3.7 (PyTorch 2.11 for ROCm). Their FP8 GEMMs on gfx11 take minutes,
# so these tests compile elementwise kernels only.
OLD = "3.4.0"
MID = "3.7.1"
PINNED = "3.9.0"
ENVS = Path(os.environ.get("ISACHECK_TEST_TRITON_ENVS") or REPO / ".pytest_cache" / "triton-envs")
os.environ["ISACHECK_TRITON_ENVS"] = str(ENVS)
STUB = SAMPLES / "kernels" / "stub_imports_moe.py"
STUB_SPEC = SAMPLES / "kernels" / "stub_imports_moe.toml"
CAST = SAMPLES / "kernels" / "fp8_cast.py"
CAST_SPEC = SAMPLES / "kernels" / "fp8_cast.toml"


def _regen():
    """samples/regen.py: the project's reading of Triton's LLVM IR and TTGIR (the ground truth)."""
    spec = importlib.util.spec_from_file_location("isacheck_regen", SAMPLES / "regen.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module       # dataclasses look their module up by name
    sys.path.insert(0, str(SAMPLES))      # regen.py imports its neighbours as a script does
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SAMPLES))
    return module


REGEN = _regen()


@pytest.fixture(scope="session")
def envs():
    """version -> python of a scratch environment with that Triton (made once; reused)."""
    from isacheck.frontend.environments import ensure
    made = {}
    for version in (OLD, MID):
        runtime, _ = ensure(ENVS, version, sys.stderr)
        made[version] = runtime.python
    return made


def dump(*args: str, cache: Path) -> tuple[int, dict | str]:
    out = io.StringIO()
    code = main(["dump", *args, "--cache-dir", str(cache), "--progress", "never", "-q"], stdout=out)
    text = out.getvalue()
    return code, json.loads(text) if "json" in args else text


def marker_lines(path: Path, marker: str) -> set[int]:
    return {i for i, line in enumerate(path.read_text().splitlines(), 1) if marker in line}


@pytest.fixture(scope="module")
def side_by_side(envs, tmp_path_factory):
    """``--triton 3.4.0,3.9.0`` of the elementwise FP8 dequantiser, two targets."""
    cache = tmp_path_factory.mktemp("cache")
    out = tmp_path_factory.mktemp("out")
    code, doc = dump(str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                     "-t", "gfx1151,gfx942", "--triton", f"{OLD},{PINNED}", "--jobs", "2", "--format", "json",
                     "--out", str(out), cache=cache)
    return code, doc, cache, out


def test_triton_34_refuses_fp8e4nv_on_gfx1151_and_39_emulates_it_on_the_cast_line(side_by_side):
    code, doc, _, _ = side_by_side
    assert code == 0, doc          # a refusal is a verdict, not a failure
    rows = {(r["target"], r["triton"]["requested"]): r for r in doc["rows"]}
    old = rows[("gfx1151", OLD)]
    assert old["status"] == "refused" and old["analysis"] is None
    assert old["error"].startswith(f"refused by Triton {OLD}: fp8e4nv is not compiled for gfx1151")
    assert any("no FP8 instructions" in n for n in old["notes"])   # the ISA database's explanation
    new = rows[("gfx1151", PINNED)]
    assert new["status"] == "ok"
    k = new["analysis"]["kernels"][0]
    assert (k["fp8"], k["emulation"]["formats"]) == ("emulated", ["e4m3fn"])
    lines = {int(s["source"].split(":")[1]) for s in k["emulation"]["site_list"]}
    assert lines == marker_lines(STUB, "# fp8: cast")


def test_triton_pair_gives_a_row_pair_per_job_in_the_given_order(side_by_side):
    _, doc, _, out = side_by_side
    order = [(r["kernel"], r["variant"], r["target"], r["triton"]["requested"]) for r in doc["rows"]]
    assert order == [("fp8_dequant_rows", "default", t, v) for t in ("gfx1151", "gfx942") for v in (OLD, PINNED)]
    assert {r["triton"]["version"] for r in doc["rows"]} == {OLD, PINNED}
    # gfx942 runs e4m3fnuz in hardware under both; the 3.4 -> 3.9 change on gfx1151 is the status.
    gfx942 = [r for r in doc["rows"] if r["target"] == "gfx942"]
    assert [r["analysis"]["kernels"][0]["fp8"] for r in gfx942] == ["hardware", "hardware"]
    old_res, new_res = (r["analysis"]["kernels"][0]["resources"] for r in gfx942)
    for field, key in (("vgprs", "vgprs"), ("occupancy", "occupancy"), ("scratch", "scratch_bytes")):
        assert (field in gfx942[1]["changed_from_previous_triton"]) == (old_res[key] != new_res[key]), field
    assert gfx942[0]["changed_from_previous_triton"] == []        # the first release has nothing before it
    assert "status" in next(r for r in doc["rows"] if r["target"] == "gfx1151" and
                            r["triton"]["requested"] == PINNED)["changed_from_previous_triton"]
    # Each version's files are kept apart, and the LLVM IR of each is that version's own.
    for version in (OLD, PINNED):
        llir = (out / "fp8_dequant_rows" / "default" / f"gfx942@triton-{version}.llir").read_text()
        assert REGEN.hardware_fp8_intrinsics(llir)


def test_repeated_comparison_comes_from_the_cache(side_by_side):
    _, first, cache, _ = side_by_side
    start = time.perf_counter()
    code, again = dump(str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                       "-t", "gfx1151,gfx942", "--triton", f"{OLD},{PINNED}", "--format", "json", cache=cache)
    assert code == 0 and time.perf_counter() - start < 5
    assert again == first           # deterministic: no compile times in the JSON


def test_text_report_has_a_triton_column_and_the_hardware_note(side_by_side):
    _, _, cache, _ = side_by_side
    code, text = dump(str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                      "-t", "gfx1151,gfx942", "--triton", f"{OLD},{PINNED}", cache=cache)
    assert code == 0
    header = next(line for line in text.splitlines() if line.startswith("kernel"))
    assert "triton" in header.split()
    assert "refused by Triton" in text
    # 3.4 refused where 3.9 emulates: the 3.9 row's FP8 cell is marked as changed
    (row39,) = [ln for ln in text.splitlines() if ln.startswith("fp8_dequant_rows") and " gfx1151 " in ln
                and f" {PINNED} " in ln]
    assert "emulated e4m3fn" in row39 and "site*" in row39
    assert "note, fp8_dequant_rows default gfx1151 3.4.0: gfx1151 (AMD Radeon 8060S) has no FP8 instructions" in text


def test_python_of_a_scratch_env_equals_triton_of_that_version(envs, side_by_side, tmp_path):
    _, pair, _, _ = side_by_side
    code, doc = dump(str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                     "-t", "gfx1151,gfx942", "--python", envs[OLD], "--format", "json", cache=tmp_path)
    assert code == 0
    from_triton = [r for r in pair["rows"] if r["triton"]["requested"] == OLD]
    drop = lambda r: {k: v for k, v in r.items() if k not in ("triton", "changed_from_previous_triton")}  # noqa: E731
    assert [drop(r) for r in doc["rows"]] == [drop(r) for r in from_triton]
    assert {(r["triton"]["version"], r["triton"]["build"]) for r in doc["rows"]} == \
        {(r["triton"]["version"], r["triton"]["build"]) for r in from_triton}


@pytest.mark.parametrize("version", [OLD, MID, PINNED])
def test_dumps_of_each_release_agree_with_its_llvm_ir(version, envs, tmp_path):
    """Compile FP8 casts with each release and check the verdict against that release's LLVM IR
    and TTGIR: hardware FP8 exactly when the IR calls an FP8 intrinsic, emulation exactly of the
    formats no intrinsic covers."""
    python = envs.get(version, sys.executable)
    code, doc = dump(str(CAST), "--spec", str(CAST_SPEC), "-k", "fp8_to_fp16,fp16_to_fp8",
                     "-t", "gfx1151,gfx942,gfx950", "--python", python, "--jobs", "2", "--format", "json",
                     "--out", str(tmp_path / "out"), cache=tmp_path / "cache")
    assert code == 0, doc
    checked = 0
    for row in doc["rows"]:
        if row["status"] == "refused":
            assert version == OLD and row["target"] == "gfx1151"
            continue
        base = tmp_path / "out" / row["kernel"] / row["variant"] / f"{row['target']}@triton-{version}"
        llir, ttgir = Path(f"{base}.llir").read_text(), Path(f"{base}.ttgir").read_text()
        intrinsics = REGEN.hardware_fp8_intrinsics(llir)
        emulated = REGEN.emulated_formats(REGEN.fp8_formats_in_ttgir(ttgir), intrinsics)
        k = row["analysis"]["kernels"][0]
        assert (k["fp8"] in ("hardware", "mixed")) == bool(intrinsics), (row["target"], row["kernel"], k["fp8"])
        assert (k["fp8"] in ("emulated", "mixed")) == bool(emulated), (row["target"], row["kernel"], k["fp8"])
        checked += 1
    assert checked >= 4


def test_a_stuck_compile_is_stopped_at_its_time_limit(tmp_path, monkeypatch):
    """The fused-MoE FP8 GEMM on gfx1151 takes seconds even on 3.9 (minutes on 3.5-3.7)."""
    # A Triton cache of its own: another test that compiled the same GEMM into the shared one
    # would let Triton answer in milliseconds, and nothing would time out.
    monkeypatch.setenv("TRITON_CACHE_DIR", str(tmp_path / "triton"))
    start = time.perf_counter()
    code, doc = dump(str(SAMPLES / "kernels" / "fused_moe.py"), "--spec", str(SAMPLES / "kernels" / "fused_moe.toml"),
                     "-t", "gfx1151", "--timeout-per-job", "0.5", "--jobs", "1", "--format", "json", cache=tmp_path)
    assert code == 4
    assert {r["status"] for r in doc["rows"]} == {"timed-out"}
    assert all("timed out after 0.5 s" in r["error"] for r in doc["rows"])
    assert time.perf_counter() - start < 30


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "isacheck", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


@pytest.mark.parametrize("version, words", [("3.2.0", "too old"), ("3.10.0", "newer than isacheck knows")])
def test_a_release_outside_the_range_is_one_line(version, words):
    r = run_cli("dump", str(CAST), "-t", "gfx942", "--triton", version)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr
    assert words in r.stderr and triton_api.SUPPORTED_TEXT in r.stderr and version in r.stderr


def test_python_without_triton_is_one_line(tmp_path):
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True)
    r = run_cli("dump", str(CAST), "-t", "gfx942", "--python", str(tmp_path / "bare"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "no Triton installed in this Python environment" in r.stderr


def test_no_reachable_index_is_one_line(tmp_path):
    with socket.socket() as s:        # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run_cli("dump", str(CAST), "--spec", str(CAST_SPEC), "-k", "fp8_to_fp16", "-t", "gfx942", "--triton", "3.5.1",
                env={"ISACHECK_TRITON_ENVS": str(tmp_path / "envs"), "PIP_CONFIG_FILE": os.devnull,
                     "PIP_INDEX_URL": f"http://127.0.0.1:{port}/simple", "PIP_NO_CACHE_DIR": "1"})
    assert r.returncode == 2
    last = r.stderr.strip().splitlines()[-1]
    assert "no package index reachable to install Triton 3.5.1" in last and "Traceback" not in r.stderr
    assert not list((tmp_path / "envs").glob("triton-*"))    # nothing half-made is left


@pytest.mark.parametrize("text, expected", [("3.7.1+rocm7.14", (3, 7, 1)), ("3.8.0+git1a2b", (3, 8, 0)),
                                            ("3.4.0", (3, 4, 0)), ("3.9", (3, 9, 0)), ("nightly", None)])
def test_versions_with_local_parts(text, expected):
    assert triton_api.parse_version(text) == expected
    if expected:
        assert (triton_api.unsupported(text) is None) == ((3, 3) <= expected[:2] <= (3, 9))


def test_triton_34_is_pointed_at_an_ld_lld(envs):
    """3.3/3.4 wheels ship no linker; the one found must be one Triton can run."""
    lld = triton_api.find_lld(os.environ.get("PATH"))
    assert lld is not None, triton_api.LLD_HINT.format(version=OLD)
    r = subprocess.run([lld, "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "LLD" in r.stdout


def test_each_job_of_triton_34_compiles_in_a_fresh_process(envs, tmp_path):
    """Triton 3.4 keeps state between compiles of one process: after gfx950, gfx942's e4m3fnuz
    quantisation came out in software. A fresh process per job gives what a launch on gfx942 gets:
    the LLVM IR calls the hardware conversion, and the row says hardware. (--jobs 1: one worker
    compiles gfx950 first, then gfx942.)"""
    code, doc = dump(str(CAST), "--spec", str(CAST_SPEC), "-k", "fp16_to_fp8", "-t", "gfx950,gfx942",
                     "--python", envs[OLD], "--jobs", "1", "--format", "json", "--out", str(tmp_path / "out"),
                     cache=tmp_path / "cache")
    assert code == 0
    row = next(r for r in doc["rows"] if r["target"] == "gfx942")
    llir = (tmp_path / "out" / "fp16_to_fp8" / "default" / f"gfx942@triton-{OLD}.llir").read_text()
    assert REGEN.hardware_fp8_intrinsics(llir) == ["llvm.amdgcn.cvt.pk.fp8.f32"]
    assert row["analysis"]["kernels"][0]["fp8"] == "hardware"


@pytest.fixture(scope="session")
def beside_old():
    """A user's environment: Triton 3.4.0 first, then ``pip install isacheck[triton]`` beside it
    (editable, from this checkout). Made once, like the other scratch environments."""
    from isacheck.frontend.environments import _Lock
    env = ENVS / f"isacheck-beside-triton-{OLD}"
    python = env / "bin" / "python"
    ready = env / "ready"
    ENVS.mkdir(parents=True, exist_ok=True)
    with _Lock(ENVS / f".{env.name}.lock"):          # the other xdist worker may be making it
        if not ready.exists():
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(env)], check=True)
            pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
            subprocess.run([*pip, f"triton=={OLD}"], check=True)
            subprocess.run([*pip, "-e", f"{REPO}[triton]"], check=True)
            ready.write_text("")
    return python


def test_installing_isacheck_keeps_the_users_triton(beside_old):
    r = subprocess.run([str(beside_old), "-c", "import importlib.metadata as m; print(m.version('triton'))"],
                       capture_output=True, text=True, check=True)
    assert r.stdout.strip() == OLD


def test_dump_with_the_triton_beside_isacheck_34(beside_old, tmp_path):
    """No --python, no --triton: isacheck itself runs on Triton 3.4 (loading, launch
    specialisation, compile, the refusal), with no traceback."""
    r = subprocess.run([str(beside_old), "-m", "isacheck", "dump", str(STUB), "--spec", str(STUB_SPEC),
                        "-k", "fp8_dequant_rows", "--set", "BLOCK=32", "-t", "gfx1151,gfx942", "--format", "json",
                        "--cache-dir", str(tmp_path / "cache"), "--progress", "never", "-q", "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, env={**os.environ, "TRITON_CACHE_DIR": str(tmp_path / "tc")},
                       timeout=600)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    rows = {row["target"]: row for row in json.loads(r.stdout)["rows"]}
    assert rows["gfx1151"]["status"] == "refused"
    assert rows["gfx1151"]["error"].startswith(f"refused by Triton {OLD}: fp8e4nv is not compiled for gfx1151")
    llir = (tmp_path / "out" / "fp8_dequant_rows" / "default" / "gfx942.llir").read_text()
    assert REGEN.hardware_fp8_intrinsics(llir)
    assert rows["gfx942"]["analysis"]["kernels"][0]["fp8"] == "hardware"


def test_scan_reads_a_triton_34_cache(envs, tmp_path, monkeypatch):
    """A cache directory Triton 3.4 wrote (no metadata_group on the kernel, its own file layout)."""
    monkeypatch.setenv("TRITON_CACHE_DIR", str(tmp_path / "triton-cache"))
    code, _ = dump(str(CAST), "--spec", str(CAST_SPEC), "-k", "fp8_to_fp16", "-t", "gfx942,gfx950",
                   "--python", envs[OLD], "--format", "json", cache=tmp_path / "cache")
    assert code == 0
    out = io.StringIO()
    code = main(["scan", str(tmp_path / "triton-cache"), "--format", "json", "--cache-dir", str(tmp_path / "c2"),
                 "--progress", "never", "-q"], stdout=out)
    assert code == 0
    doc = json.loads(out.getvalue())
    found = {(k["kernel"], k["target"]) for k in doc["kernels"]}
    assert found == {("fp8_to_fp16", "gfx942"), ("fp8_to_fp16", "gfx950")}
    verdicts = {k["target"]: [e["analysis"]["kernels"][0]["fp8"] for e in k["entries"]] for k in doc["kernels"]}
    assert verdicts == {"gfx942": ["hardware"], "gfx950": ["hardware"]}


def test_pyproject_never_pins_triton_for_users():
    import tomllib
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    runtime = project["dependencies"] + project["optional-dependencies"]["triton"]
    tritons = [d for d in runtime if d.replace(" ", "").startswith("triton")]
    assert tritons and all("==" not in d for d in tritons)
    assert any("<3.10" in d and ">=3.3" in d for d in tritons)


def test_what_the_kernel_file_prints_cannot_corrupt_the_worker(tmp_path):
    """The worker answers on a private copy of stdout: a kernel file that prints at import (and
    a time limit, which sends the job to a worker) still gives its row."""
    src = tmp_path / "noisy.py"
    src.write_text(CAST.read_text().replace("import triton\n", "import triton\nprint('{\"ok\": 1}')\n", 1))
    code, doc = dump(str(src), "--spec", str(CAST_SPEC), "-k", "fp8_to_fp16", "-t", "gfx942",
                     "--timeout-per-job", "300", "--format", "json", cache=tmp_path / "cache")
    assert code == 0, doc
    (row,) = doc["rows"]
    assert row["status"] == "ok" and row["analysis"]["kernels"][0]["fp8"] == "hardware"


def test_bad_input_is_refused_before_an_environment_is_made(tmp_path):
    """Making an environment downloads ~150 MB: a file that cannot be planned says so first."""
    r = run_cli("dump", str(CAST), "-t", "gfx942", "--triton", "3.5.1",
                env={"ISACHECK_TRITON_ENVS": str(tmp_path / "envs")})
    assert r.returncode == 2 and "need a value" in r.stderr
    assert not (tmp_path / "envs").exists()


def test_check_of_a_triton_upgrade_compares_the_same_sources_under_both(envs, tmp_path):  # noqa: F811
    """``check --base-triton 3.4.0``: the sources at HEAD compiled by 3.4 (the base) and by the
    Triton beside isacheck (the head). On gfx1151, 3.4 refuses fp8e4nv and 3.9 converts it in
    software: the upgrade brings the forced emulation, at the FP8 loads. On gfx1201 both compile;
    each side's verdict is what that release's own LLVM IR shows."""
    import test_check_git as scenario_kit

    root = tmp_path / "repo"
    (root / "kernels").mkdir(parents=True)
    git = scenario_kit.git
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "test@example.invalid")
    git(root, "config", "user.name", "test")
    head_source = scenario_kit.gemm_source(fp8=True)
    (root / "kernels" / "gemm.py").write_text(head_source)
    (root / "kernels" / "gemm.toml").write_text(scenario_kit.SPEC)
    (root / "kernels" / "other.py").write_text(scenario_kit.OTHER)
    (root / "kernels" / "other.toml").write_text(scenario_kit.OTHER_SPEC)
    (root / "pyproject.toml").write_text(scenario_kit.PYPROJECT)
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "kernels")
    env = {"TRITON_CACHE_DIR": str(tmp_path / "triton"), "ISACHECK_CACHE_DIR": str(tmp_path / "cache"),
           "ISACHECK_TRITON_ENVS": str(ENVS)}
    proc = scenario_kit.run(root, "--base-triton", OLD, "kernels/gemm.py", "--format", "json", env=env)
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    assert (doc["base"], doc["head"]) == (f"Triton {OLD}", f"Triton {PINNED}")
    jobs = {(j["kernel"], j["target"]): j for j in doc["jobs"]}
    refused = jobs[("gemm_kernel", "gfx1151")]
    assert refused["base"]["status"] != "ok" and "fp8e4nv" in refused["base"]["error"]
    assert refused["head"]["status"] == "ok" and refused["head"]["fp8"] == "emulated"
    loads = {scenario_kit.line_of(head_source, "# MARK: a-load"), scenario_kit.line_of(head_source, "# MARK: b-load")}
    forced = [f for f in doc["findings"] if f["rule"] == "fp8-emulation-forced" and f["target"] == "gfx1151"]
    assert forced and all(f["status"] == "new" and f["location"]["path"] == "kernels/gemm.py"
                          and f["location"]["line"] in loads for f in forced)
    # gfx1201 under each release: its verdict against that release's own LLVM IR.
    both = jobs[("gemm_kernel", "gfx1201")]
    for side, python in (("base", envs[OLD]), ("head", sys.executable)):
        out = tmp_path / f"ir-{side}"
        code, _ = dump(str(root / "kernels" / "gemm.py"), "--spec", str(root / "kernels" / "gemm.toml"), "-k",
                       "gemm_kernel", "-t", "gfx1201", "--python", python, "--out", str(out), "--format", "json",
                       cache=tmp_path / f"cache-{side}")
        assert code == 0
        (llir,) = out.rglob("*.llir")
        hardware = bool(REGEN.hardware_fp8_intrinsics(llir.read_text()))
        assert both[side]["status"] == "ok"
        assert (both[side]["fp8"] in ("hardware", "mixed")) == hardware, (side, both[side]["fp8"])

"""``isacheck dump`` end to end with real Triton compiles (small kernels and tiles only)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from isacheck.cli import main
from isacheck.frontend.cache import Cache

pytestmark = pytest.mark.compile

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "kernels"
STUB = SAMPLES / "stub_imports_moe.py"
STUB_SPEC = SAMPLES / "stub_imports_moe.toml"


def marker_lines(path: Path, marker: str) -> set[int]:
    return {i for i, line in enumerate(path.read_text().splitlines(), 1) if marker in line}


def dump(args: list[str], capsys) -> tuple[int, dict | str, str]:
    out = io.StringIO()
    code = main(["dump", *args, "--progress", "never"], stdout=out)
    err = capsys.readouterr().err
    text = out.getvalue()
    return code, (json.loads(text) if "--format" in args and text else text), err


def summary(err: str) -> dict[str, int]:
    m = re.search(r"(\d+) job\(s\): (\d+) from cache, (\d+) compiled, (\d+) re-analysed from cached assembly, "
                  r"(\d+) failed", err)
    assert m, err
    return dict(zip(("jobs", "hits", "compiled", "reanalysed", "failed"), map(int, m.groups())))


def rows(doc: dict) -> dict[tuple[str, str], dict]:
    return {(r["variant"], r["target"]): r for r in doc["rows"]}


# A variant whose tile is not a power of two: Triton refuses it (tl.arange), the other compiles.
BROKEN_VARIANTS = ("[kernels.fp8_dequant_rows.variants.good]\nconstexprs = { BLOCK = 32 }\n"
                   "[kernels.fp8_dequant_rows.variants.broken]\nconstexprs = { BLOCK = 24 }\n")


def variant_spec(tmp_path: Path, variants: str, constexprs: str = "") -> Path:
    """The stub sample's spec with fp8_dequant_rows split into ``variants`` (TOML tables);
    ``constexprs`` replaces its BLOCK = 256 line."""
    spec = tmp_path / "spec.toml"
    spec.write_text(STUB_SPEC.read_text().replace("[kernels.fp8_dequant_rows]\n", variants + "[kernels.fp8_dequant_rows]\n")
                    .replace("constexprs = { BLOCK = 256 }\n", constexprs))
    return spec


@pytest.fixture(scope="module")
def cast_dump(tmp_path_factory):
    """One dump of the elementwise FP8 cast for three targets, reused by the assertions below."""
    cache = tmp_path_factory.mktemp("cache")
    out = io.StringIO()
    code = main(["dump", str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                 "-t", "gfx1151,gfx950,gfx942", "--jobs", "2", "--cache-dir", str(cache), "--format", "json",
                 "--progress", "never", "-q"], stdout=out)
    return code, json.loads(out.getvalue()), cache


def test_gfx1151_emulates_e4m3fn_on_the_cast_line(cast_dump):
    code, doc, _ = cast_dump
    assert code == 0
    row = rows(doc)[("default", "gfx1151")]
    assert row["native_fp8"] == []
    k = row["analysis"]["kernels"][0]
    assert k["fp8"] == "emulated"
    assert k["emulation"]["formats"] == ["e4m3fn"]
    assert k["emulation"]["sites"] >= 1
    lines = {int(s["source"].split(":")[1]) for s in k["emulation"]["site_list"]}
    assert lines == marker_lines(STUB, "# fp8: cast")
    assert all(s["source"].startswith("stub_imports_moe.py:") for s in k["emulation"]["site_list"])


def test_gfx950_runs_fp8_in_hardware(cast_dump):
    _, doc, _ = cast_dump
    row = rows(doc)[("default", "gfx950")]
    k = row["analysis"]["kernels"][0]
    assert row["signature"]["x_ptr"] == "*fp8e4nv"
    assert k["fp8"] == "hardware"
    assert k["emulation"]["sites"] == 0
    assert any("fp8" in h["mnemonic"] for h in k["hardware_fp8"])


def test_gfx942_native_fp8_is_fnuz_hardware_but_explicit_ocp_is_emulated(cast_dump, capsys, tmp_path):
    _, doc, cache = cast_dump
    native = rows(doc)[("default", "gfx942")]
    assert native["signature"]["x_ptr"] == "*fp8e4b8"
    assert native["analysis"]["kernels"][0]["fp8"] == "hardware"
    code, ocp_doc, _ = dump([str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                             "--set", "x_ptr=*fp8e4nv", "-t", "gfx942", "-j", "1", "--cache-dir", str(tmp_path),
                             "--format", "json"], capsys)
    ocp = rows(ocp_doc)[("default", "gfx942")]
    assert code == 0 and ocp["signature"]["x_ptr"] == "*fp8e4nv"
    k = ocp["analysis"]["kernels"][0]
    assert k["fp8"] == "emulated" and k["emulation"]["formats"] == ["e4m3fn"]


def test_second_run_is_answered_from_the_cache(cast_dump, capsys):
    _, doc, cache = cast_dump
    code, again, err = dump([str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                             "-t", "gfx1151,gfx950,gfx942", "--jobs", "2", "--cache-dir", str(cache),
                             "--format", "json"], capsys)
    assert code == 0
    assert summary(err) == {"jobs": 3, "hits": 3, "compiled": 0, "reanalysed": 0, "failed": 0}
    assert again == doc                                   # deterministic, and the same facts
    text = json.dumps(doc)
    assert not Path(doc["file"]).is_absolute() and str(SAMPLES) not in text and str(cache) not in text


def test_corrupt_cache_entries_are_rebuilt(capsys, tmp_path):
    args = [str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
            "-t", "gfx1151", "-j", "1", "--cache-dir", str(tmp_path), "--format", "json"]
    code, first, err = dump(args, capsys)
    assert summary(err)["compiled"] == 1
    entries = {kind: next(p for p in (tmp_path / "v1" / kind).rglob("*") if p.is_file())
               for kind in ("compile", "analysis")}
    entries["analysis"].write_bytes(entries["analysis"].read_bytes()[:-7])        # truncated
    data = bytearray(entries["compile"].read_bytes())
    data[len(data) // 2] ^= 0x55                                                  # one flipped byte
    entries["compile"].write_bytes(bytes(data))
    code, second, err = dump(args, capsys)
    assert code == 0 and second == first
    assert summary(err) == {"jobs": 1, "hits": 0, "compiled": 1, "reanalysed": 0, "failed": 0}
    cache = Cache(tmp_path)
    assert cache.get_json("compile", entries["compile"].name)["amdgcn"]         # rewritten, valid
    assert cache.get_object("analysis", entries["analysis"].name) is not None
    assert cache.stats["corrupt"] == 0


def test_broken_variant_does_not_stop_the_others(capsys, tmp_path):
    spec = variant_spec(tmp_path, BROKEN_VARIANTS)
    code, doc, err = dump([str(STUB), "--spec", str(spec), "-k", "fp8_dequant_rows", "-t", "gfx942,gfx950",
                           "-j", "2", "--no-cache", "--format", "json"], capsys)
    assert code == 4
    by = rows(doc)
    assert {k: r["status"] for k, r in by.items()} == {("good", "gfx942"): "ok", ("good", "gfx950"): "ok",
                                                       ("broken", "gfx942"): "failed", ("broken", "gfx950"): "failed"}
    error = by[("broken", "gfx942")]["error"]
    arange_line = min(marker_lines(STUB, "cols = tl.arange(0, BLOCK)"))
    assert f"stub_imports_moe.py:{arange_line}:" in error and "power of 2" in error and "\n" not in error
    assert summary(err)["failed"] == 2


def test_missing_arguments_exit_2_with_the_names(capsys, tmp_path):
    code, _, err = dump([str(STUB), "-k", "fp8_dequant_rows", "-t", "gfx942", "--cache-dir", str(tmp_path)], capsys)
    assert code == 2
    assert "fp8_dequant_rows: 4 argument(s) need a value: x_ptr (pointer element type), scale_ptr (pointer " \
           "element type), y_ptr (pointer element type), BLOCK (constexpr value)" in err
    assert "n_cols" not in err.strip().splitlines()[-1]
    assert "[kernels.fp8_dequant_rows.variants.default]" in err
    # the snippet's guesses: scales are fp32, other pointers a placeholder element type
    assert 'signature = { x_ptr = "*fp16", scale_ptr = "*fp32", y_ptr = "*fp16" }' in err
    assert "Traceback" not in err


def test_stub_sample_autotuned_kernel_compiles_every_config(capsys, tmp_path):
    out_dir = tmp_path / "out"
    code, doc, err = dump([str(STUB), "--spec", str(STUB_SPEC), "-k", "moe_fp8_gemm_kernel", "-t", "gfx950",
                           "-j", "2", "--cache-dir", str(tmp_path / "c"), "--format", "json", "--out", str(out_dir)],
                          capsys)
    assert code == 0, err
    by = rows(doc)
    assert sorted(by) == sorted((f"{b}.config{i}", "gfx950") for b in ("native", "ocp") for i in range(3))
    r = by[("native.config2", "gfx950")]
    assert r["constexprs"]["BLOCK_SIZE_K"] == 64 and r["constexprs"]["EVEN_K"] is True
    assert r["compile"]["num_warps"] == 4 and r["compile"]["num_stages"] == 1
    k = r["analysis"]["kernels"][0]
    assert k["fp8"] == "hardware"
    assert any("f8f6f4" in m["mnemonic"] or "fp8" in m["mnemonic"] for m in k["matrix"])
    for ext in ("amdgcn", "ttgir", "llir", "json"):
        assert (out_dir / "moe_fp8_gemm_kernel" / "native.config2" / f"gfx950.{ext}").stat().st_size > 0
    # A second run may replace its own artifacts, but never a file the user put there.
    code, _, _ = dump([str(STUB), "--spec", str(STUB_SPEC), "-k", "moe_fp8_gemm_kernel", "-t", "gfx950",
                       "--cache-dir", str(tmp_path / "c"), "--out", str(out_dir)], capsys)
    assert code == 0
    mine = out_dir / "moe_fp8_gemm_kernel" / "ocp.config0" / "gfx950.llir"
    mine.write_text("my notes\n")
    code, _, err = dump([str(STUB), "--spec", str(STUB_SPEC), "-k", "moe_fp8_gemm_kernel", "-t", "gfx950",
                         "--cache-dir", str(tmp_path / "c"), "--out", str(out_dir)], capsys)
    assert code == 2 and "refusing to overwrite" in err
    assert mine.read_text() == "my notes\n"


def test_text_report_and_details(capsys, tmp_path):
    code, text, _ = dump([str(STUB), "--spec", str(STUB_SPEC), "-k", "fp8_dequant_rows", "--set", "BLOCK=32",
                          "-t", "gfx1151", "-j", "1", "--cache-dir", str(tmp_path), "--details"], capsys)
    assert code == 0
    line = min(marker_lines(STUB, "# fp8: cast"))
    assert "emulated e4m3fn" in text
    assert f"costliest source lines, fp8_dequant_rows default gfx1151:\n  stub_imports_moe.py:{line} " in text
    assert "== fp8_dequant_rows default gfx1151 ==" in text


def test_identical_jobs_compile_once_and_each_gets_its_row_and_files(capsys, tmp_path):
    """`*fp8` is e4m3fn on gfx950 and gfx1151: a variant spelling it `*fp8e4nv` is the same compile.
    On gfx942 (`*fp8` = e4m3fnuz) the two variants differ and both compile."""
    spec = variant_spec(tmp_path, "[kernels.fp8_dequant_rows.variants.native]\nsignature = { x_ptr = \"*fp8\" }\n"
                              "[kernels.fp8_dequant_rows.variants.ocp]\nsignature = { x_ptr = \"*fp8e4nv\" }\n",
                        constexprs="constexprs = { BLOCK = 32 }\n")
    out_dir = tmp_path / "out"
    args = [str(STUB), "--spec", str(spec), "-k", "fp8_dequant_rows", "-t", "gfx950,gfx1151,gfx942,strix-halo",
            "-j", "2", "--cache-dir", str(tmp_path / "cache"), "--out", str(out_dir), "--format", "json"]
    code, doc, err = dump(args, capsys)
    assert code == 0
    assert summary(err) == {"jobs": 6, "hits": 0, "compiled": 4, "reanalysed": 0, "failed": 0}
    assert ", 2 identical to another job (compiled once)" in err
    by = rows(doc)
    assert sorted(by) == sorted((v, t) for v in ("native", "ocp") for t in ("gfx950", "gfx1151", "gfx942"))
    for target in ("gfx950", "gfx1151"):
        native, ocp = (by[(v, target)]["analysis"] for v in ("native", "ocp"))
        assert native["kernels"] == ocp["kernels"]
        assert (native["path"], ocp["path"]) == (f"fp8_dequant_rows/native/{target}.amdgcn",
                                                 f"fp8_dequant_rows/ocp/{target}.amdgcn")
        for ext in ("amdgcn", "ttgir", "llir", "json"):
            twin = out_dir / "fp8_dequant_rows" / "ocp" / f"{target}.{ext}"
            assert twin.read_bytes() == (out_dir / "fp8_dequant_rows" / "native" / f"{target}.{ext}").read_bytes()
    assert by[("native", "gfx942")]["analysis"]["kernels"][0]["fp8"] == "hardware"
    assert by[("ocp", "gfx942")]["analysis"]["kernels"][0]["fp8"] == "emulated"
    # the twins' analyses were cached under their own names: the second run is all cache hits
    code, again, err = dump(args, capsys)
    assert code == 0 and summary(err)["hits"] == 6 and again == doc


WARM = """
import json, sys
from isacheck.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "triton_imported": "triton" in sys.modules}), file=sys.stderr)
"""


def test_warm_dump_never_imports_triton_even_with_a_failed_variant(tmp_path):
    import subprocess
    import sys

    spec = variant_spec(tmp_path, BROKEN_VARIANTS)
    argv = ["dump", str(STUB), "--spec", str(spec), "-k", "fp8_dequant_rows", "-t", "gfx1151", "-j", "1",
            "--cache-dir", str(tmp_path / "cache"), "--format", "json", "--progress", "never"]
    runs = []
    summaries = []
    for _ in range(2):
        p = subprocess.run([sys.executable, "-c", WARM, *argv], capture_output=True, text=True, timeout=300)
        runs.append((json.loads(p.stderr.strip().splitlines()[-1]), json.loads(p.stdout)))
        summaries.append(p.stderr)
    (cold, cold_doc), (warm, warm_doc) = runs
    # isacheck's own process never imports Triton: the kernel file is loaded in a child process
    assert cold == {"code": 4, "triton_imported": False}
    assert warm == {"code": 4, "triton_imported": False}
    assert "2 job(s): 0 from cache, 2 compiled" in summaries[0]
    assert "2 job(s): 2 from cache, 0 compiled" in summaries[1]     # answered from the manifest alone
    assert warm_doc == cold_doc
    assert {r["variant"]: r["status"] for r in warm_doc["rows"]} == {"good": "ok", "broken": "failed"}


def test_autotuned_kernel_whose_config_keys_are_all_fixed_compiles_once(capsys, tmp_path):
    """--set fixes every value the autotune configs set: one compile per variant, named after
    the spec's variant (never an upstream config it did not use), with the values it used."""
    fixed = ["BLOCK_SIZE_M=32", "BLOCK_SIZE_N=32", "BLOCK_SIZE_K=64", "num_warps=4", "num_stages=2"]
    args = [str(STUB), "--spec", str(STUB_SPEC), "-k", "moe_fp8_gemm_kernel", "-t", "gfx942", "-j", "2",
            "--cache-dir", str(tmp_path), "--format", "json"]
    for item in fixed:
        args += ["--set", item]
    code, doc, err = dump(args, capsys)
    assert code == 0, err
    by = rows(doc)
    assert sorted(by) == [("native", "gfx942"), ("ocp", "gfx942")]
    for row in by.values():
        assert row["autotune_config"] is None
        assert row["autotune_values"] == {"BLOCK_SIZE_M": 32, "BLOCK_SIZE_N": 32, "BLOCK_SIZE_K": 64,
                                          "num_warps": 4, "num_stages": 2}
        assert row["compile"]["num_warps"] == 4 and row["compile"]["num_stages"] == 2
    # gfx942: *fp8 is e4m3fnuz for "native", e4m3fn for "ocp": two different compiles, one each
    assert summary(err) == {"jobs": 2, "hits": 0, "compiled": 2, "reanalysed": 0, "failed": 0}
    # BLOCK_SIZE_K left to the configs: configs 0 and 1 (K = 32) are now the same compile and share
    # one row named after both; config 2 (K = 64) is its own
    partial = args[:args.index("--set")]
    for item in fixed:
        if not item.startswith("BLOCK_SIZE_K"):
            partial += ["--set", item]
    code, doc, err = dump(partial, capsys)
    assert code == 0, err
    by = rows(doc)
    assert sorted(by) == sorted((f"{v}.{c}", "gfx942") for v in ("native", "ocp") for c in ("config0+1", "config2"))
    assert by[("native.config2", "gfx942")]["autotune_values"]["BLOCK_SIZE_K"] == 64
    assert by[("native.config0+1", "gfx942")]["autotune_values"]["BLOCK_SIZE_K"] == 32
    assert by[("native.config0+1", "gfx942")]["autotune_values"]["num_warps"] == 4   # --set, not config 0's 2

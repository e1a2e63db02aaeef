"""``isacheck supports``: verdicts, evidence, exit codes and JSON."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from conftest import REPO
from isacheck.cli import EXIT_INPUT, EXIT_NO, EXIT_OK, EXIT_PARTIAL, main


@pytest.fixture(autouse=True)
def shipped_database(monkeypatch, tmp_path):
    # A user database from `db update` must not leak into these answers.
    monkeypatch.setenv("ISACHECK_DB_DIR", str(tmp_path / "no-user-db"))


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue()


def run_json(*argv: str) -> tuple[int, dict]:
    code, text = run(*argv, "--format", "json")
    return code, json.loads(text)


def test_gfx1151_fp8_is_no_with_alternatives():
    code, text = run("supports", "gfx1151", "fp8")
    assert code == EXIT_NO
    assert "fp8: no" in text and "no FP8 or BF8 instructions" in text
    assert "v_wmma_i32_16x16x16_iu8" in text and "v_wmma_f32_16x16x16_f16" in text
    assert "upcast once" in text


def test_json_for_a_no():
    code, doc = run_json("supports", "Radeon 8060S", "fp8")
    assert code == EXIT_NO
    assert (doc["target"], doc["feature"], doc["verdict"], doc["reason"]) == ("gfx1151", "fp8", "no", "no-fp8")
    assert doc["present"] == [] and doc["native_fp8"] == []
    missing = {m["mnemonic"]: m["targets"] for m in doc["missing"]}
    assert "gfx1201" in missing["v_cvt_f32_fp8"] and "gfx1151" not in missing["v_cvt_f32_fp8"]
    assert {"feature": "int8-matrix", "mnemonics": ["v_wmma_i32_16x16x16_iu8"]} in doc["instead"]
    assert doc["provenance"]["llvm_revision"]
    # Deterministic: same answer, same bytes; no absolute paths.
    assert run("supports", "Radeon 8060S", "fp8", "--format", "json")[1] == \
        run("supports", "gfx1151", "fp8", "--format", "json")[1]
    assert str(REPO) not in json.dumps(doc)


def test_gfx942_fp8_is_partial_fnuz_only():
    code, doc = run_json("supports", "MI300X", "fp8")
    assert (code, doc["verdict"], doc["reason"]) == (EXIT_PARTIAL, "partial", "fnuz-only")
    assert doc["native_fp8"] == ["e4m3fnuz", "e5m2fnuz"]
    present = [p["mnemonic"] for p in doc["present"]]
    assert "v_mfma_f32_32x32x16_fp8_fp8" in present and "v_cvt_pk_f32_fp8" in present
    assert all(p["llvm"] is True for p in doc["present"])
    # The closest OCP instructions are gfx950's.
    assert any("gfx950" in m["targets"] for m in doc["missing"])
    assert run("supports", "gfx942", "fp8-fnuz")[0] == EXIT_OK
    assert run("supports", "gfx942", "fp8-ocp")[0] == EXIT_NO


def test_gfx1201_conversion_dot_and_wmma():
    for feature in ("fp8", "fp8-convert", "fp8-dot", "fp8-matrix", "bf8"):
        assert run("supports", "RX 9070 XT", feature)[0] == EXIT_OK, feature
    code, doc = run_json("supports", "gfx1201", "fp8-matrix")
    assert "v_wmma_f32_16x16x16_fp8_fp8" in [p["mnemonic"] for p in doc["present"]]
    assert run("supports", "gfx1201", "f8f6f4")[0] == EXIT_NO


def test_capability_table_for_one_target():
    code, text = run("supports", "strix-halo")
    assert code == EXIT_OK
    rows = {line.split()[0]: line.split()[1] for line in text.splitlines()[1:]}
    assert rows["fp8"] == "no" and rows["int8-matrix"] == "yes" and rows["fp16-matrix"] == "yes"
    code, doc = run_json("supports", "gfx950")
    verdicts = {f["feature"]: f["verdict"] for f in doc["features"]}
    assert verdicts["fp8"] == "yes" and verdicts["f8f6f4"] == "yes" and verdicts["fp8-fnuz"] == "no"


def test_table_across_targets():
    code, doc = run_json("supports", "all", "fp8")
    assert code == EXIT_OK
    verdicts = {t["target"]: t["verdict"] for t in doc["targets"]}
    assert verdicts["gfx1151"] == "no" and verdicts["gfx942"] == "partial"
    assert verdicts["gfx950"] == verdicts["gfx1201"] == verdicts["gfx1200"] == "yes"
    assert list(verdicts)[:2] == ["gfx908", "gfx90a"]


def test_unknown_feature_and_target_get_did_you_mean(capsys):
    assert run("supports", "gfx1151", "fp9")[0] == EXIT_INPUT
    err = capsys.readouterr().err
    assert "unknown feature 'fp9'" in err and "did you mean fp8" in err and len(err.strip().splitlines()) == 1
    assert run("supports", "gfx1115", "fp8")[0] == EXIT_INPUT
    assert "did you mean gfx1151" in capsys.readouterr().err
    assert run("supports", "all")[0] == EXIT_INPUT


def test_console_entry_point_subprocess(tmp_path):
    env = {"PYTHONPATH": str(REPO), "ISACHECK_DB_DIR": str(tmp_path / "none"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "isacheck", "supports", "gfx1151", "fp8", "--format", "json"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == EXIT_NO, done.stderr
    assert json.loads(done.stdout)["verdict"] == "no"
    # The start-up promise: neither Triton, Lark nor rich is imported for this command.
    code = ("import sys, io; from isacheck.cli import main; main(['supports','gfx1151','fp8'], stdout=io.StringIO());"
            "print(sorted(m for m in ('triton','lark','rich') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr

"""``isacheck has``, ``explain``, ``targets`` and ``db diff``/``db info``."""

from __future__ import annotations

import io
import json

import pytest

from isacheck.cli import EXIT_INPUT, EXIT_NO, EXIT_OK, main


@pytest.fixture(autouse=True)
def shipped_database(monkeypatch, tmp_path):
    monkeypatch.setenv("ISACHECK_DB_DIR", str(tmp_path / "no-user-db"))


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def test_present_in_any_spelling():
    code, text = run("has", "gfx1201", "V_CVT_PK_F32_FP8_e32")
    assert code == EXIT_OK and text.startswith("v_cvt_pk_f32_fp8: present on gfx1201")
    assert "rdna4" in text and "LLVM" in text


def test_present_only_elsewhere():
    code, text = run("has", "gfx1151", "v_cvt_pk_f32_fp8")
    assert code == EXIT_NO
    assert "not on gfx1151; present only on" in text and "gfx942" in text and "gfx1201" in text
    code, doc = _json("has", "gfx1151", "v_wmma_f32_16x16x16_fp8_fp8")
    assert (code, doc["status"], doc["present"]) == (EXIT_NO, "elsewhere", False)
    assert doc["targets"] == ["gfx1170", "gfx1200", "gfx1201"]
    # What gfx1151 has instead: its own WMMA.
    assert doc["suggestions"][0]["mnemonic"] in ("v_wmma_f32_16x16x16_f16", "v_wmma_f32_16x16x16_bf16")
    assert all("gfx1151" in s["targets"] for s in doc["suggestions"])


def test_no_such_instruction_anywhere_suggests_fp8_dot4():
    code, text = run("has", "gfx1151", "v_dot2_f8_f32")
    assert code == EXIT_NO
    assert "no such instruction on any AMD GPU" in text
    code, doc = _json("has", "gfx1151", "v_dot2_f8_f32")
    assert doc["status"] == "nowhere" and doc["targets"] == [] and doc["spec"] == []
    first = doc["suggestions"][0]
    assert first["mnemonic"] == "v_dot4_f32_fp8_fp8"
    assert {"gfx1200", "gfx1201"} <= set(first["targets"])


def test_bad_input(capsys):
    assert run("has", "gfx9999", "v_add_f32")[0] == EXIT_INPUT
    assert "unknown target" in capsys.readouterr().err
    assert run("has", "gfx1151", "v add")[0] == EXIT_INPUT
    assert run("has", "gfx1151")[0] == EXIT_INPUT


def test_explain_prints_spec_description_operands_and_targets():
    code, text = run("explain", "v_wmma_f32_16x16x16_fp8_fp8")
    assert code == EXIT_OK
    assert "gfx1200, gfx1201" in text and "[rdna4]" in text and "VDST" in text and "8-bit floating point" in text
    code, doc = _json("explain", "V_CVT_PK_F32_FP8")
    assert {v_ for d in doc["descriptions"] for v_ in d["families"]} >= {"cdna3", "rdna4"}
    assert run("explain", "v_dot2_f8_f32")[0] == EXIT_NO


def test_targets_lists_every_target_with_headlines():
    code, doc = _json("targets")
    assert code == EXIT_OK
    by = {t["gfx"]: t for t in doc["targets"]}
    assert {"gfx908", "gfx90a", "gfx940", "gfx941", "gfx942", "gfx950", "gfx1030", "gfx1100", "gfx1101", "gfx1102",
            "gfx1103", "gfx1150", "gfx1151", "gfx1152", "gfx1153", "gfx1200", "gfx1201", "gfx1250", "gfx1170"} == set(by)
    assert by["gfx1151"]["fp8_instructions"] == 0 and by["gfx1151"]["native_fp8"] == []
    assert by["gfx942"]["native_fp8"] == ["e4m3fnuz", "e5m2fnuz"]
    assert by["gfx1250"]["spec_family"] is None
    code, text = run("targets")
    assert "Radeon 8060S" in text and "MI300X" in text


def test_db_diff_lists_disagreements_per_target():
    code, doc = _json("db", "diff", "gfx942")
    assert code == EXIT_OK
    (d,) = doc["targets"]
    assert d["target"] == "gfx942" and d["family"] == "cdna3"
    # The CDNA3 spec lists the cube-map instructions; LLVM refuses them on gfx942.
    assert "v_cubeid_f32" in d["spec_only"]
    # LLVM still accepts CDNA1/2 MFMA spellings the CDNA3 spec renamed.
    assert "v_mfma_f32_32x32x4bf16_1k" in d["llvm_only"]
    # ... and older spellings of what the spec lists, paired with the spec's spelling, not as noise
    assert ["v_mfma_f32_32x32x8f16", "v_mfma_f32_32x32x8_f16"] in d["llvm_spellings"]
    assert "v_mfma_f32_32x32x8f16" not in d["llvm_only"]
    code, doc = _json("db", "diff")
    targets = [t["target"] for t in doc["targets"]]
    assert "gfx1151" in targets and "gfx941" not in targets and "gfx1250" not in targets


def test_db_info_names_the_sources():
    code, doc = _json("db", "info")
    assert code == EXIT_OK and doc["database"] == "shipped"
    assert doc["sources"]["llvm"]["revision"] and doc["mnemonics"] > 2000


def _json(*argv: str):
    code, text = run(*argv, "--format", "json")
    return code, json.loads(text)

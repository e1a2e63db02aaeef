"""``isacheck db update`` against a real HTTP server on loopback serving a release zip of XML files
in AMD's schema (isa_spec_manager: Spec > Document, ISA > Architecture, Instructions > Instruction).
Failures (404, timeout, corrupt zip) must leave the current database untouched."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import threading
import time
import zipfile
from pathlib import Path

import pytest

from isacheck.cli import EXIT_INPUT, EXIT_NO, EXIT_OK, main
from isacheck.isa.database import reset_cache


def _instruction(name: str, description: str, operands: list[tuple[str, str]]) -> str:
    ops = "".join(f'<Operand Input="True" Output="False" IsImplicit="False"><FieldName>{f}</FieldName>'
                  f"<OperandType>{t}</OperandType><OperandSize>32</OperandSize></Operand>" for f, t in operands)
    return (f"<Instruction><InstructionFlags><IsBranch>False</IsBranch></InstructionFlags>"
            f"<InstructionName>{name}</InstructionName><Description>{description}</Description>"
            f"<InstructionEncodings><InstructionEncoding><EncodingName>ENC_VOP3</EncodingName>"
            f"<Opcode>1</Opcode><Operands>{ops}</Operands></InstructionEncoding></InstructionEncodings>"
            f"</Instruction>")


def _document(architecture: str, instructions: list[str]) -> bytes:
    return ("<?xml version='1.0' encoding='UTF-8'?><Spec><Document><Copyright>test</Copyright>"
            "<ReleaseDate>2031-02-03</ReleaseDate><SchemaVersion>1.1.1</SchemaVersion></Document>"
            f"<ISA><Architecture><ArchitectureName>{architecture}</ArchitectureName></Architecture>"
            f"<Instructions>{''.join(instructions)}</Instructions><Encodings/></ISA></Spec>").encode()


def release_zip() -> bytes:
    """Two architectures; V_TEST_FUTURE_OP is an instruction no LLVM knows, so the new spec alone
    decides where it exists."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("amdgpu_isa_rdna3_5.xml", _document("AMD RDNA 3.5", [
            _instruction("V_TEST_FUTURE_OP", "A future operation, for testing.", [("VDST", "OPR_VGPR")]),
            _instruction("V_WMMA_I32_16X16X16_IU8", "WMMA on 8-bit integers.", [("VDST", "OPR_VGPR")]),
        ]))
        z.writestr("amdgpu_isa_rdna4.xml", _document("AMD RDNA4", [
            _instruction("V_CVT_PK_F32_FP8", "Convert two FP8 values to F32.", [("VDST", "OPR_VGPR"), ("SRC0", "OPR_SRC")]),
        ]))
    return buf.getvalue()


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, bytes, float]] = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        status, body, delay = self.routes.get(self.path, (404, b"not found", 0.0))
        time.sleep(delay)
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, *args):  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def server():
    _Handler.routes = {
        "/isa/latest.zip": (200, release_zip(), 0.0),
        "/isa/slow.zip": (200, release_zip(), 3.0),
        "/isa/corrupt.zip": (200, b"PK\x03\x04 this is not really a zip archive", 0.0),
        "/isa/notxml.zip": (200, _zip_of({"readme.xml": b"<html>not a spec</html>"}), 0.0),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _zip_of(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.fixture
def user_db(monkeypatch, tmp_path) -> Path:
    directory = tmp_path / "user" / "isa_db"
    monkeypatch.setenv("ISACHECK_DB_DIR", str(directory))
    reset_cache()
    yield directory
    reset_cache()


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def _snapshot(directory: Path) -> dict[str, str]:
    if not directory.exists():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_update_from_url_builds_the_user_database(server, user_db):
    assert run("has", "gfx1151", "v_test_future_op")[0] == EXIT_NO          # shipped db: unknown
    code, text = run("db", "update", "--from", f"{server}/isa/latest.zip", "--no-probe", "--timeout", "5")
    assert code == EXIT_OK, text
    assert "rdna3.5, rdna4" in text and "2031-02-03" in text
    assert (user_db / "index.json").is_file() and (user_db / "descriptions.json").is_file()
    # The loader now prefers the user database.
    code, doc = _json("has", "gfx1151", "v_test_future_op")
    assert (code, doc["status"], doc["spec"]) == (EXIT_OK, "present", ["rdna3.5"])
    assert doc["llvm"] is None                              # LLVM was not asked about it
    assert doc["targets"] == ["gfx1150", "gfx1151", "gfx1152", "gfx1153"]
    # LLVM's verdicts from the previous database still decide the instructions it probed.
    assert run("has", "gfx1201", "v_cvt_pk_f32_fp8")[0] == EXIT_OK
    assert run("has", "gfx1151", "v_cvt_pk_f32_fp8")[0] == EXIT_NO
    code, doc = _json("db", "info")
    assert doc["database"] == "user"
    assert doc["sources"]["spec"]["release_date"] == "2031-02-03"
    assert doc["sources"]["spec"]["kind"] == "amd-isa-xml"
    code, doc = _json("explain", "v_test_future_op")
    assert doc["descriptions"][0]["description"] == "A future operation, for testing."
    assert doc["descriptions"][0]["args"] == ["VDST"]


def test_update_from_local_zip(tmp_path, user_db):
    archive = tmp_path / "isa.zip"
    archive.write_bytes(release_zip())
    assert run("db", "update", "--from", str(archive), "--no-probe")[0] == EXIT_OK
    assert run("has", "gfx1151", "v_test_future_op")[0] == EXIT_OK


@pytest.mark.parametrize("path, message", [
    ("/isa/missing.zip", "HTTP 404"),
    ("/isa/slow.zip", "timed out"),
    ("/isa/corrupt.zip", "not a readable zip archive"),
    ("/isa/notxml.zip", "not an AMD ISA specification"),
])
def test_failed_update_leaves_the_database_untouched(server, user_db, capsys, path, message):
    assert run("db", "update", "--from", f"{server}/isa/latest.zip", "--no-probe")[0] == EXIT_OK
    before = _snapshot(user_db)
    capsys.readouterr()
    code, _ = run("db", "update", "--from", f"{server}{path}", "--no-probe", "--timeout", "0.5")
    assert code == EXIT_INPUT
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert _snapshot(user_db) == before
    assert run("has", "gfx1151", "v_test_future_op")[0] == EXIT_OK
    # No half-written directories beside the database.
    assert sorted(p.name for p in user_db.parent.iterdir()) == ["isa_db"]


def test_failed_first_update_creates_nothing(server, user_db):
    assert run("db", "update", "--from", f"{server}/isa/corrupt.zip", "--no-probe")[0] == EXIT_INPUT
    assert not user_db.exists()
    assert run("db", "info")[1].startswith("database: shipped")


def test_shipped_package_data_is_never_written(server, user_db):
    from isacheck.isa.database import shipped_db_dir

    before = _snapshot(shipped_db_dir())
    assert run("db", "update", "--from", f"{server}/isa/latest.zip", "--no-probe")[0] == EXIT_OK
    assert _snapshot(shipped_db_dir()) == before


def test_update_reprobes_llvm(server, user_db):
    pytest.importorskip("triton.backends.amd.compiler")
    code, text = run("db", "update", "--from", f"{server}/isa/latest.zip", "--timeout", "5")
    assert code == EXIT_OK and "re-probed" in text
    # The new spec claims V_WMMA_I32_16X16X16_IU8 for rdna3.5 only; LLVM, asked again, still
    # finds it on RDNA3 and RDNA4 too, and the old LLVM-only mnemonics (gfx1250) survive.
    code, doc = _json("has", "gfx1201", "v_wmma_i32_16x16x16_iu8")
    assert code == EXIT_OK and "gfx1100" in doc["targets"]
    assert run("has", "gfx1250", "v_wmma_f32_16x16x64_fp8_fp8")[0] == EXIT_OK
    assert run("has", "gfx1151", "v_cvt_pk_f32_fp8")[0] == EXIT_NO


def _json(*argv: str):
    code, text = run(*argv, "--format", "json")
    return code, json.loads(text)

"""``isacheck db`` against hostile or broken input: each family is built here, on the fly.

Families (cases tried; resource bounds):
* database locations that are not isacheck's (9 shapes): refused before anything is fetched, the
  user's tree unchanged; an empty or marked directory is written, keeping other files;
* release zips broken every way a zip breaks (corrupt deflate/bzip2/lzma data at several
  offsets, CRC, encryption flag, unknown method, truncation at 8 lengths, a bomb): one line,
  the current database unchanged; the bomb stops at ISACHECK_MAX_MEMBER_BYTES (4 MiB here);
* malformed URLs (11) and --timeout values (8): usage or input error, one line;
* a loopback server that trickles one byte every 50 ms: `--timeout 1` ends within 1 s + 3 s
  grace; an endless body stops at ISACHECK_MAX_DOWNLOAD_BYTES (2 MiB) with the child's peak
  RSS under 200 MiB;
* corrupt and newer-schema user databases (hypothesis: 60 JSON documents and byte strings for
  the loader; 5 shapes through the CLI): commands say so in one line, `db update` repairs.
"""

from __future__ import annotations

import http.server
import io
import json
import math
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_helpers import MiB, Scratch, one_line, tree_hash
from hostile_helpers import cli as run_main
from isacheck.cli import EXIT_INPUT, EXIT_NO, EXIT_OK
from isacheck.isa.database import MARKER, DatabaseError, IsaDatabase, reset_cache, shipped_db_dir
from test_db_update import release_zip


@pytest.fixture
def scratch(tmp_path, monkeypatch) -> Scratch:
    s = Scratch(tmp_path)
    for key, value in s.env().items():
        monkeypatch.setenv(key, value)
    from isacheck import config
    config.reset()
    reset_cache()
    yield s
    config.reset()
    reset_cache()


def cli(*argv: str, capsys) -> tuple[int, str, str]:
    return run_main(argv, capsys)


def _release(scratch: Scratch) -> Path:
    path = scratch.user / "release.zip"
    path.write_bytes(release_zip())
    return path


# --- locations that are not isacheck's -----------------------------------------------------------

def _foreign_locations(user: Path):
    """(name, make(db_path) -> None): every shape of a database location isacheck did not make."""
    def subdir(p):
        (p / "projects" / "thesis").mkdir(parents=True)
        (p / "projects" / "thesis" / "chapter1.tex").write_text("precious")

    def a_file(p):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("a regular file of the user's")

    def files(p):
        p.mkdir(parents=True)
        (p / "notes.txt").write_text("mine")
        (p / "index.json").write_text("{}")

    def link_to_dir(p):
        (user / "elsewhere").mkdir()
        (user / "elsewhere" / "keep").write_text("keep")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.symlink_to(user / "elsewhere")

    def link_to_file(p):
        (user / "target.txt").write_text("keep")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.symlink_to(user / "target.txt")

    def below_file(p):
        p.parent.parent.mkdir(parents=True, exist_ok=True)
        p.parent.write_text("a file where a directory would have to be")

    def index_is_dir(p):
        (p / "index.json").mkdir(parents=True)
        (p / "descriptions.json").write_text("{}")

    def marker_is_link(p):
        p.mkdir(parents=True)
        (user / "m").write_text("x")
        (p / MARKER).symlink_to(user / "m")
        (p / "photo.jpg").write_bytes(b"\xff\xd8")

    def hidden_only(p):
        p.mkdir(parents=True)
        (p / ".git").mkdir()
        (p / ".git" / "HEAD").write_text("ref: refs/heads/main\n")

    return [("directory with subdirectories", subdir), ("regular file", a_file),
            ("directory of the user's files", files), ("symlink to a directory", link_to_dir),
            ("symlink to a file", link_to_file), ("below a regular file", below_file),
            ("index.json is a directory", index_is_dir), ("marker is a symlink", marker_is_link),
            ("a git checkout", hidden_only)]


@pytest.mark.parametrize("shape", range(len(_foreign_locations(Path("/")))),
                         ids=[n for n, _ in _foreign_locations(Path("/"))])
def test_update_refuses_a_location_that_is_not_isacheck_s(scratch, capsys, monkeypatch, shape):
    name, make = _foreign_locations(scratch.user)[shape]
    location = scratch.user / "home" / "data"
    make(location)
    monkeypatch.setenv("ISACHECK_DB_DIR", str(location))
    release = _release(scratch)
    before = tree_hash(scratch.user)
    code, out, err = cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and out == ""
    assert "refusing" in line or "not a directory" in line, line
    assert tree_hash(scratch.user) == before


def test_update_of_the_user_s_home_in_a_real_process(scratch):
    """The reported case, end to end: ISACHECK_DB_DIR=$HOME, a real CLI process."""
    (scratch.home / "Documents").mkdir()
    (scratch.home / "Documents" / "cv.pdf").write_bytes(b"%PDF-1.7")
    (scratch.home / ".bashrc").write_text("export PS1='$ '\n")
    release = _release(scratch)
    before = tree_hash(scratch.home), tree_hash(scratch.user)
    r = scratch.run("db", "update", "--from", str(release), "--no-probe", env=scratch.env(ISACHECK_DB_DIR=str(scratch.home)))
    assert r.code == EXIT_INPUT and "no .isacheck-db marker" in r.error_line()
    assert (tree_hash(scratch.home), tree_hash(scratch.user)) == before
    assert scratch.tmp_is_empty()


def test_a_marked_directory_is_updated_and_other_files_in_it_are_kept(scratch, capsys):
    release = _release(scratch)
    assert cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)[0] == EXIT_OK
    assert (scratch.db / MARKER).is_file()
    # The user puts things beside the database later: an update replaces only isacheck's files.
    (scratch.db / "my-notes.txt").write_text("mine")
    (scratch.db / "sub").mkdir()
    (scratch.db / "sub" / "x").write_text("mine too")
    assert cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)[0] == EXIT_OK
    assert (scratch.db / "my-notes.txt").read_text() == "mine" and (scratch.db / "sub" / "x").read_text() == "mine too"
    # No temporary or swapped-out copies beside it, and none inside it.
    assert sorted(p.name for p in scratch.db.parent.iterdir() if p.name.startswith(".")) == []
    assert sorted(p.name for p in scratch.db.iterdir()) == [MARKER, "descriptions.json", "index.json",
                                                             "my-notes.txt", "sub"]


def test_an_empty_directory_and_a_database_from_before_the_marker_are_isacheck_s(scratch, capsys, monkeypatch):
    release = _release(scratch)
    for location in (scratch.user / "empty", scratch.user / "legacy"):
        location.mkdir()
    (scratch.user / "legacy" / "index.json").write_text("{}")
    (scratch.user / "legacy" / "descriptions.json").write_text("{}")
    for location in (scratch.user / "empty", scratch.user / "legacy"):
        monkeypatch.setenv("ISACHECK_DB_DIR", str(location))
        reset_cache()
        code, out, err = cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)
        assert code == EXIT_OK, err
        assert sorted(p.name for p in location.iterdir()) == [MARKER, "descriptions.json", "index.json"]


# --- release zips broken every way -------------------------------------------------------------

def _zip(method: int, members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _xml_members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(release_zip())) as z:
        return {n: z.read(n) for n in z.namelist()}


def _data_offset(data: bytes) -> tuple[int, int]:
    """(start, size) of the first member's compressed data, from its local header."""
    name_len = int.from_bytes(data[26:28], "little")
    extra_len = int.from_bytes(data[28:30], "little")
    size = int.from_bytes(data[18:22], "little")
    return 30 + name_len + extra_len, size


def broken_zips():
    """(label, bytes): corrupt compressed data per method at several offsets, a bad CRC, the
    encryption flag, an unknown method, and truncations."""
    members = _xml_members()
    out = []
    for method, label in ((zipfile.ZIP_DEFLATED, "deflate"), (zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "lzma")):
        good = _zip(method, members)
        start, size = _data_offset(good)
        for frac in (0.1, 0.5, 0.9):
            bad = bytearray(good)
            at = start + int(size * frac)
            bad[at] ^= 0x55
            bad[at + 1] ^= 0xAA
            out.append((f"{label} data corrupt at {frac:.0%}", bytes(bad)))
    stored = bytearray(_zip(zipfile.ZIP_STORED, members))
    start, size = _data_offset(bytes(stored))
    stored[start + size // 2] ^= 0x01          # the CRC-32 is the only thing that can tell
    out.append(("stored data, bad CRC", bytes(stored)))
    good = _zip(zipfile.ZIP_DEFLATED, members)
    enc = bytearray(good)
    enc[6] |= 0x01                              # general purpose flag bit 0: encrypted
    central = enc.rfind(b"PK\x01\x02")
    enc[central + 8] |= 0x01
    out.append(("encrypted member", bytes(enc)))
    unk = bytearray(good)
    unk[8:10] = (99).to_bytes(2, "little")      # AES / unknown compression method
    unk[central + 10:central + 12] = (99).to_bytes(2, "little")
    out.append(("unknown compression method", bytes(unk)))
    for frac in (0.0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99):
        out.append((f"truncated at {frac:.0%}", good[:int(len(good) * frac)]))
    return out


BROKEN = broken_zips()


@pytest.mark.parametrize("index", range(len(BROKEN)), ids=[label for label, _ in BROKEN])
def test_broken_release_zip_is_one_line_and_keeps_the_database(scratch, capsys, index):
    label, data = BROKEN[index]
    release = _release(scratch)
    assert cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)[0] == EXIT_OK
    bad = scratch.user / "bad.zip"
    bad.write_bytes(data)
    before = tree_hash(scratch.root)
    code, out, err = cli("db", "update", "--from", str(bad), "--no-probe", capsys=capsys)
    line = one_line(err)
    assert code == EXIT_INPUT, (label, line)
    assert "bad.zip" in line
    assert tree_hash(scratch.root) == before


def test_zip_bomb_stops_at_the_member_limit_in_bounded_memory(scratch):
    bomb = scratch.user / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("amdgpu_isa_rdna4.xml", "w", force_zip64=True) as f:
            block = b"\0" * MiB
            for _ in range(64):
                f.write(block)
    assert bomb.stat().st_size < MiB // 4
    r = scratch.run("db", "update", "--from", str(bomb), "--no-probe",
                    env=scratch.env(ISACHECK_MAX_MEMBER_BYTES=str(4 * MiB)))
    assert r.code == EXIT_INPUT and "larger than the limit of 4,194,304 bytes" in r.error_line()
    assert r.peak_rss < 200 * MiB, r.peak_rss
    assert not scratch.db.exists()


# --- URLs and timeouts ------------------------------------------------------------------------

MALFORMED_URLS = ["http://", "https://", "http://[::1", "http://exa mple.com/x.zip", "ftp://127.0.0.1/x.zip",
                  "file:///etc/passwd", "http://" + "a" * 300 + ".invalid/", "http://127.0.0.1:99999/",
                  "://nothing", "http://127.0.0.1:1/\nInjected: header", "http://user@:80/"]


@pytest.mark.parametrize("url", MALFORMED_URLS)
def test_malformed_url_is_one_line(scratch, capsys, url):
    before = tree_hash(scratch.root)
    code, out, err = cli("db", "update", "--from", url, "--no-probe", "--timeout", "3", capsys=capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and "\n" not in line
    assert tree_hash(scratch.root) == before


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "-inf", "1e400", "-0", "0.0"])
def test_timeout_must_be_positive_and_finite(scratch, capsys, value):
    code, out, err = cli("db", "update", f"--timeout={value}", "--no-probe", capsys=capsys)
    assert code == EXIT_INPUT and "--timeout must be a positive number" in one_line(err)
    assert math.isnan(float(value)) or float(value) <= 0 or math.isinf(float(value))


class _Trickle(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        try:
            self.send_response(200)
            if self.path == "/endless":
                self.send_header("Content-Type", "application/zip")
                self.end_headers()
                block = b"PK" + b"\0" * (64 * 1024 - 2)
                while True:
                    self.wfile.write(block)
            self.send_header("Content-Length", str(10 ** 6))
            self.end_headers()
            for _ in range(10 ** 6):
                self.wfile.write(b"P")
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError, socket.timeout, OSError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def trickle():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_trickling_server_cannot_outlast_the_whole_request_deadline(scratch, trickle):
    r = scratch.run("db", "update", "--from", f"{trickle}/slow.zip", "--timeout", "1", "--no-probe", timeout=30)
    assert r.code == EXIT_INPUT and "timed out" in r.error_line()
    assert r.seconds < 1 + 3, r.seconds      # the deadline, plus the CLI's start-up
    assert not scratch.db.exists()


def test_an_endless_body_stops_at_the_download_limit(scratch, trickle):
    r = scratch.run("db", "update", "--from", f"{trickle}/endless", "--timeout", "30", "--no-probe",
                    env=scratch.env(ISACHECK_MAX_DOWNLOAD_BYTES=str(2 * MiB)), timeout=60)
    assert r.code == EXIT_INPUT and "larger than the limit of 2,097,152 bytes" in r.error_line()
    assert r.peak_rss < 200 * MiB, r.peak_rss


# --- corrupt and newer user databases ------------------------------------------------------------

def _valid_index() -> dict:
    return json.loads((shipped_db_dir() / "index.json").read_text())


def corrupt_documents():
    """(label, bytes of index.json)."""
    good = _valid_index()
    newer = dict(good, schema=good["schema"] + 1)
    bad_row = dict(good, instructions=dict(list(good["instructions"].items())[:3] + [("v_bad", [1, "x", 3])]))
    return [("newer schema", json.dumps(newer).encode()),
            ("truncated", json.dumps(good).encode()[:5000]),
            ("a list", b"[1, 2, 3]"),
            ("a malformed row", json.dumps(bad_row).encode()),
            ("deeply nested", b"[" * 100000 + b"]" * 100000)]


@pytest.mark.parametrize("index", range(5), ids=[label for label, _ in corrupt_documents()])
def test_a_corrupt_user_database_is_named_and_db_update_repairs_it(scratch, capsys, index):
    label, data = corrupt_documents()[index]
    release = _release(scratch)
    assert cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)[0] == EXIT_OK
    (scratch.db / "index.json").write_bytes(data)
    reset_cache()
    for argv in (("has", "gfx1151", "v_add_f32"), ("db", "info"), ("supports", "gfx950", "fp8")):
        code, out, err = cli(*argv, capsys=capsys)
        line = one_line(err)
        assert code == EXIT_INPUT and "isacheck db update" in line, (argv, line)
        if label == "newer schema":
            assert "newer isacheck" in line
    reset_cache()
    code, out, err = cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)
    assert code == EXIT_OK, err
    assert cli("has", "gfx1151", "v_test_future_op", capsys=capsys)[0] == EXIT_OK
    assert cli("has", "gfx1151", "v_cvt_pk_f32_fp8", capsys=capsys)[0] == EXIT_NO


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2 ** 70, 2 ** 70) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)


def _documents():
    """Whole index documents with one part replaced by something arbitrary, and raw bytes."""
    good = _valid_index()
    small = dict(good, instructions=dict(list(good["instructions"].items())[:20]))
    keys = ["schema", "sources", "targets", "families", "instructions"]
    replaced = st.builds(lambda k, v: json.dumps(dict(small, **{k: v})).encode(), st.sampled_from(keys), _json_values)
    row = st.builds(lambda v: json.dumps(dict(small, instructions={"v_x": v})).encode(), _json_values)
    return replaced | row | st.binary(max_size=200) | _json_values.map(lambda v: json.dumps(v).encode())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(_documents())
def test_the_database_loader_accepts_or_raises_database_error(tmp_path, data):
    root = tmp_path / "db"
    root.mkdir(exist_ok=True)
    (root / "index.json").write_bytes(data)
    try:
        db = IsaDatabase.load(root, check=True)
    except DatabaseError as exc:
        assert "\n" not in str(exc) and "isacheck db update" in str(exc)
        return
    # Whatever loads is usable: every row decodes and every target answers.
    for name in db.names():
        db.get(name)
    for target in db.target_order:
        db.present(target)
    db.entries


def test_an_update_interrupted_between_its_two_files_is_named_not_mixed(scratch, capsys):
    """db update replaces descriptions.json, then index.json: interrupted in between, the
    descriptions are not the ones the index was written with. ``explain`` says so in one line
    (it would otherwise describe one release's instructions with another's texts); ``has``, which
    reads the index alone, still answers; the next update repairs it."""
    release = _release(scratch)
    assert cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)[0] == EXIT_OK
    index = json.loads((scratch.db / "index.json").read_text())
    text = (scratch.db / "descriptions.json").read_bytes()
    import hashlib
    assert index["descriptions_sha256"] == hashlib.sha256(text).hexdigest()
    assert cli("explain", "v_add_f32", capsys=capsys)[0] == EXIT_OK
    other = json.loads(text)
    other["v_add_f32"] = [{"description": "from another release"}]
    (scratch.db / "descriptions.json").write_text(json.dumps(other))     # the first half of a newer update
    reset_cache()
    code, out, err = cli("explain", "v_add_f32", capsys=capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and "inconsistent" in line and "isacheck db update" in line and "from another" not in out
    assert cli("has", "gfx1151", "v_add_f32", capsys=capsys)[0] == EXIT_OK
    reset_cache()
    assert cli("db", "update", "--from", str(release), "--no-probe", capsys=capsys)[0] == EXIT_OK
    assert cli("explain", "v_add_f32", capsys=capsys)[0] == EXIT_OK

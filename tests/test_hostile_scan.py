"""``isacheck scan`` against hostile or broken archives and cache directories, built here on the fly.

The cache is Triton's layout (``<hash>/<name>.json`` with ``target: {backend, arch, warp_size}``
beside ``<name>.amdgcn``) around real dumps from samples/asm (made by samples/regen.py, which
records Triton's version): the ground truth is how many kernel entries the test put in.

Families (cases tried; resource bounds):
* corrupt compressed archives: gzip, xz and bzip2, each with bytes flipped at 3 offsets and cut
  at 3 lengths (18, in-process): exit 2 and one line, never "fewer kernels, exit 0";
* members that conflict (5 shapes) and names too long for the filesystem (3): one line;
* a decompression bomb (64 MiB of zeros in a 64 KiB .tar.gz, member limit 8 MiB; real process):
  refused with the child's peak RSS under 200 MiB and nothing left in TMPDIR; total extracted
  bytes (6 x 4 MiB against a 16 MiB archive limit) and member count (80 against 50) are capped;
* entries that cannot be read: metadata nested 100,000 deep, metadata over its 16 MiB limit, a
  FIFO as metadata or assembly, a directory as assembly (5, in-process): skipped, the good
  entries still analysed, no hang;
* hypothesis: 80 random archives of files, directories, links and hostile names: extraction
  finishes or raises InputError, and nothing is written outside the destination;
* --target values that are empty or name two targets (4), --max-member-size 0 or -1 (2), a full
  disk as stdout (1 real process).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE_ASM
from hostile_helpers import MiB, Scratch, cli, one_line, tree_hash
from isacheck.cli import EXIT_INPUT, EXIT_OK
from isacheck.errors import InputError
from isacheck.frontend.archive import extract

DUMPS = [(SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e4nv--gfx1151.s", "gfx1151", 32),
         (SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e4nv--gfx942.s", "gfx942", 64),
         (SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e5--gfx950.s", "gfx950", 64)]


@pytest.fixture
def scratch(tmp_path, monkeypatch) -> Scratch:
    s = Scratch(tmp_path)
    for key, value in s.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(tempfile, "tempdir", str(s.tmp))
    from isacheck import config
    config.reset()
    yield s
    config.reset()


def _entries() -> list[tuple[str, bytes | None]]:
    """(member name, data; None for a directory) of a small Triton cache of real dumps."""
    members: list[tuple[str, bytes | None]] = [("cache", None)]
    for i, (path, arch, wave) in enumerate(DUMPS):
        meta = {"name": "fp8_to_fp16", "target": {"backend": "hip", "arch": arch, "warp_size": wave},
                "num_warps": 4, "num_stages": 2}
        members += [(f"cache/HASH{i}", None), (f"cache/HASH{i}/fp8_to_fp16.json", json.dumps(meta).encode()),
                    (f"cache/HASH{i}/fp8_to_fp16.amdgcn", path.read_bytes())]
    return members


def _tar_bytes(members, compression: str = "") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w" + (":" + compression if compression else "")) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            if data is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_the_intact_archives_give_every_kernel(scratch, capsys):
    """The control: the same archives, unbroken, are read whole."""
    for compression, suffix in (("gz", ".tar.gz"), ("xz", ".tar.xz"), ("bz2", ".tar.bz2"), ("", ".tar")):
        path = scratch.user / f"cache{suffix}"
        path.write_bytes(_tar_bytes(_entries(), compression))
        code, out, err = cli(["scan", str(path), "--format", "json", "--progress", "never", "--no-cache", "-j", "1"],
                             capsys)
        assert code == EXIT_OK, err
        assert sorted(g["target"] for g in json.loads(out)["kernels"]) == sorted(a for _, a, _ in DUMPS)
    assert scratch.tmp_is_empty()


# --- corrupt compressed data --------------------------------------------------------------------

# Bytes a flip may change without any checksum covering them: gzip's 10-byte header (mtime,
# flags, OS), bzip2's "BZh9" and xz's 12-byte stream header magic (its flags are CRC-covered).
_HEADER = {"gz": 10, "bz2": 4, "xz": 6}


def corrupt_archives():
    out = []
    for compression, suffix in (("gz", ".tar.gz"), ("xz", ".tar.xz"), ("bz2", ".tar.bz2")):
        good = _tar_bytes(_entries(), compression)
        start = _HEADER[compression]
        for frac in (0.3, 0.7, 0.999):
            bad = bytearray(good)
            at = start + int((len(good) - start - 1) * frac)
            bad[at] ^= 0xFF
            out.append((f"{compression} flipped at {frac:.1%}", suffix, bytes(bad)))
        for frac in (0.5, 0.9, 0.999):
            out.append((f"{compression} cut at {frac:.1%}", suffix, good[:int(len(good) * frac)]))
    return out


CORRUPT = corrupt_archives()


@pytest.mark.parametrize("index", range(len(CORRUPT)), ids=[c[0] for c in CORRUPT])
def test_corrupt_compressed_archives_are_refused(scratch, capsys, index):
    label, suffix, data = CORRUPT[index]
    path = scratch.user / f"cache{suffix}"
    path.write_bytes(data)
    before = tree_hash(scratch.user)
    code, out, err = cli(["scan", str(path), "--progress", "never", "--no-cache", "-j", "1"], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and out == "", (label, line)
    assert f"cache{suffix}" in line
    assert tree_hash(scratch.user) == before and scratch.tmp_is_empty()


# --- conflicting members, long names --------------------------------------------------------------

CONFLICTS = {
    "file then a member below it": [("c/a", b"x"), ("c/a/b", b"y")],
    "directory then a file of the same name": [("c/a", None), ("c/a", b"y")],
    "file then a directory of the same name": [("c/a", b"x"), ("c/a", None)],
    "the same file twice": [("c/k.amdgcn", b"s_endpgm\n"), ("c/k.amdgcn", b"v_nop\n")],
    "same file under two spellings": [("c/./k.json", b"{}"), ("c//k.json", b"[]")],
}


@pytest.mark.parametrize("label", sorted(CONFLICTS))
def test_conflicting_members_are_refused(scratch, capsys, label):
    path = scratch.user / "conflict.tar.gz"
    path.write_bytes(_tar_bytes(_entries() + CONFLICTS[label], "gz"))
    code, out, err = cli(["scan", str(path), "--progress", "never", "--no-cache"], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and "conflict" in line or "is below" in line, line
    assert scratch.tmp_is_empty()


@pytest.mark.parametrize("name", ["c/" + "k" * 256 + ".json", "c/" + "k" * 1000,
                                  "/".join(["c"] + ["d" * 120] * 40) + "/k.json"], ids=["256", "1000", "deep"])
def test_names_too_long_for_the_filesystem_are_one_line(scratch, capsys, name):
    path = scratch.user / "long.tar"
    path.write_bytes(_tar_bytes(_entries() + [(name, b"{}")]))
    code, out, err = cli(["scan", str(path), "--progress", "never", "--no-cache"], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and "too long" in line and len(line) < 600, line
    assert scratch.tmp_is_empty()


# --- bombs and caps -------------------------------------------------------------------------------

def _gzip_bomb(path: Path, name: str, size: int) -> None:
    """A .tar.gz whose one member is ``size`` zero bytes, written without holding them."""
    header = tarfile.TarInfo(name)
    header.size = size
    with gzip.open(path, "wb", compresslevel=9) as gz:
        gz.write(header.tobuf(format=tarfile.GNU_FORMAT))
        zeros = b"\0" * MiB
        for _ in range(size // MiB):
            gz.write(zeros)
        gz.write(b"\0" * (tarfile.RECORDSIZE * 2))


def test_a_decompression_bomb_stops_at_the_member_limit(scratch):
    bomb = scratch.user / "bomb.tar.gz"
    _gzip_bomb(bomb, "cache/HASH/k.amdgcn", 64 * MiB)
    assert bomb.stat().st_size < MiB
    r = scratch.run("scan", str(bomb), "--progress", "never", "--no-cache",
                    env=scratch.env(ISACHECK_MAX_MEMBER_BYTES=str(8 * MiB)))
    assert r.code == EXIT_INPUT and "over the limit of 8,388,608" in r.error_line()
    assert r.peak_rss < 200 * MiB, r.peak_rss
    assert scratch.tmp_is_empty()


def test_a_header_that_lies_about_the_size_is_still_capped(scratch, capsys, monkeypatch):
    """Members under the member limit whose sum passes the archive limit: the total is counted
    on the bytes written."""
    monkeypatch.setenv("ISACHECK_MAX_ARCHIVE_BYTES", str(16 * MiB))
    from isacheck import config
    config.reset()
    payload = b"\0" * (4 * MiB)
    path = scratch.user / "many.tar.gz"
    path.write_bytes(_tar_bytes(_entries() + [(f"cache/big{i}", payload) for i in range(6)], "gz"))
    code, out, err = cli(["scan", str(path), "--progress", "never", "--no-cache"], capsys)
    assert code == EXIT_INPUT and "ISACHECK_MAX_ARCHIVE_BYTES" in one_line(err)
    assert scratch.tmp_is_empty()


def test_the_member_count_is_capped(scratch, capsys, monkeypatch):
    monkeypatch.setenv("ISACHECK_MAX_ARCHIVE_MEMBERS", "50")
    from isacheck import config
    config.reset()
    path = scratch.user / "inodes.tar"
    path.write_bytes(_tar_bytes([(f"c/{i}", b"") for i in range(80)]))
    code, out, err = cli(["scan", str(path), "--progress", "never", "--no-cache"], capsys)
    assert code == EXIT_INPUT and "more than 50 members" in one_line(err)
    assert scratch.tmp_is_empty()


# --- entries that cannot be read ----------------------------------------------------------------

def _directory_cache(root: Path) -> None:
    for name, data in _entries():
        p = root / name
        if data is None:
            p.mkdir(parents=True, exist_ok=True)
        else:
            p.write_bytes(data)


def _bad_entry(root: Path, kind: str) -> None:
    d = root / "cache" / "BAD"
    d.mkdir()
    meta = json.dumps({"name": "bad", "target": {"backend": "hip", "arch": "gfx1151", "warp_size": 32}})
    if kind == "deep json":
        (d / "bad.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
        (d / "bad.amdgcn").write_text("s_endpgm\n")
    elif kind == "huge json":
        with open(d / "bad.json", "wb") as f:
            f.write(b'{"pad": "')
            f.truncate(17 * MiB)
        (d / "bad.amdgcn").write_text("s_endpgm\n")
    elif kind == "fifo metadata":
        os.mkfifo(d / "bad.json")
        (d / "bad.amdgcn").write_text("s_endpgm\n")
    elif kind == "fifo assembly":
        (d / "bad.json").write_text(meta)
        os.mkfifo(d / "bad.amdgcn")
    elif kind == "directory assembly":
        (d / "bad.json").write_text(meta)
        (d / "bad.amdgcn").mkdir()


@pytest.mark.parametrize("kind", ["deep json", "huge json", "fifo metadata", "fifo assembly", "directory assembly"])
def test_unreadable_entries_are_skipped_and_the_rest_analysed(scratch, capsys, kind):
    _directory_cache(scratch.user)
    _bad_entry(scratch.user, kind)
    before = tree_hash(scratch.user)
    code, out, err = cli(["scan", str(scratch.user / "cache"), "--format", "json", "--progress", "never",
                          "--no-cache", "-j", "1"], capsys)
    assert code == EXIT_OK, err
    # A FIFO is not even a metadata file (never opened); the other bad entries are counted as skipped.
    skipped = 0 if kind == "fifo metadata" else 1
    assert "Traceback" not in err and f"{skipped} other cache entries skipped" in err, err
    assert sorted(g["target"] for g in json.loads(out)["kernels"]) == sorted(a for _, a, _ in DUMPS)
    assert tree_hash(scratch.user) == before


# --- arguments and output -------------------------------------------------------------------------

@pytest.mark.parametrize("target", ["", ",", "gfx1151,,gfx942", "gfx1151 gfx942"])
def test_scan_target_must_name_targets(scratch, capsys, target):
    _directory_cache(scratch.user)
    code, out, err = cli(["scan", str(scratch.user / "cache"), "--target", target], capsys)
    assert code == EXIT_INPUT and "--target" in one_line(err) and out == ""


@pytest.mark.parametrize("size", ["0", "-1"])
def test_scan_member_limit_must_be_positive(scratch, capsys, size):
    path = scratch.user / "cache.tar.gz"
    path.write_bytes(_tar_bytes(_entries(), "gz"))
    code, out, err = cli(["scan", str(path), f"--max-member-size={size}"], capsys)
    assert code == EXIT_INPUT and "--max-member-size must be at least 1" in one_line(err)


def test_scan_to_a_full_disk_is_one_line(scratch):
    _directory_cache(scratch.user)
    with open("/dev/full", "wb") as full:
        r = scratch.run("scan", str(scratch.user / "cache"), "--progress", "never", "-j", "2", stdout=full)
    assert r.code == EXIT_INPUT and "No space left on device" in r.error_line()


# --- property: nothing leaves the destination ------------------------------------------------------

_parts = st.sampled_from(["a", "b", "..", ".", "", "HASH", "k.json", "k.amdgcn", "x" * 300, "é", "a\nb", " "])
_names = st.lists(_parts, min_size=1, max_size=5).map("/".join) | st.sampled_from(["/etc/passwd", "/", "C:x"])
_members = st.lists(st.tuples(_names, st.sampled_from(["file", "dir", "sym", "hard"]), _names,
                              st.binary(max_size=64)), max_size=8)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(_members, st.sampled_from(["", "gz", "xz", "bz2"]))
def test_random_archives_never_write_outside_the_destination(tmp_path, members, compression):
    work = Path(tempfile.mkdtemp(dir=tmp_path))
    dest = work / "inner" / "dest"
    dest.mkdir(parents=True)
    (work / "inner" / "sentinel").write_text("keep")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w" + (":" + compression if compression else ""),
                      format=tarfile.PAX_FORMAT) as tar:
        for name, kind, link, data in members:
            info = tarfile.TarInfo(name)
            if kind == "file":
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
                continue
            info.type = {"dir": tarfile.DIRTYPE, "sym": tarfile.SYMTYPE, "hard": tarfile.LNKTYPE}[kind]
            info.linkname = link
            tar.addfile(info)
    archive = work / "a.tar"
    archive.write_bytes(buf.getvalue())
    outside = tree_hash(work)
    try:
        extract(archive, dest)
    except InputError as exc:
        assert "\n" not in str(exc)
    after = tree_hash(work)
    assert {k: v for k, v in after.items() if not k.startswith("inner/dest/")} == outside
    for p in dest.rglob("*"):
        assert not p.is_symlink() and dest.resolve() in p.resolve().parents
    shutil.rmtree(work)

"""Reading Triton cache tarballs safely: nothing escapes the temporary directory."""

from __future__ import annotations

import io
import tarfile

import pytest

from isacheck.errors import InputError
from isacheck.frontend.archive import extract


def _tar(path, members):
    with tarfile.open(path, "w:gz") as tar:
        for name, kind, payload in members:
            info = tarfile.TarInfo(name)
            if kind == "file":
                info.size = len(payload)
                tar.addfile(info, io.BytesIO(payload))
            elif kind == "sym":
                info.type = tarfile.SYMTYPE
                info.linkname = payload
                tar.addfile(info)
            elif kind == "hard":
                info.type = tarfile.LNKTYPE
                info.linkname = payload
                tar.addfile(info)
    return path


def test_regular_archive_is_extracted(tmp_path):
    a = _tar(tmp_path / "ok.tar.gz", [("HASH/k.json", "file", b"{}"), ("HASH/k.amdgcn", "file", b"s_endpgm\n"),
                                       ("HASH/link", "sym", "k.json")])
    dest = tmp_path / "out"
    dest.mkdir()
    assert extract(a, dest) == 2
    assert (dest / "HASH" / "k.amdgcn").read_bytes() == b"s_endpgm\n"
    assert not (dest / "HASH" / "link").exists()


@pytest.mark.parametrize("members, reason", [
    ([("/etc/evil", "file", b"x")], "absolute path"),
    ([("HASH/../../evil", "file", b"x")], "'..'"),
    ([("HASH/l", "sym", "../../etc/passwd")], "links outside"),
    ([("HASH/l", "sym", "/etc/passwd")], "links outside"),
    ([("HASH/h", "hard", "../outside")], "links outside"),
])
def test_escaping_members_are_refused(tmp_path, members, reason):
    a = _tar(tmp_path / "evil.tar.gz", members)
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(InputError, match=reason):
        extract(a, dest)
    assert list(dest.rglob("*")) == []
    assert not (tmp_path / "evil").exists()


def test_oversized_member_is_refused(tmp_path):
    a = _tar(tmp_path / "big.tar.gz", [("HASH/k.amdgcn", "file", b"x" * 5000)])
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(InputError, match="over the limit of 4,096"):
        extract(a, dest, max_member=4096)


def test_not_an_archive(tmp_path):
    f = tmp_path / "x.tar.gz"
    f.write_bytes(b"not a tar")
    with pytest.raises(InputError, match="not a readable tar"):
        extract(f, tmp_path)

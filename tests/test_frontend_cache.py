"""The persistent cache: round trip, corrupt and truncated entries, atomic writes."""

from __future__ import annotations

from isacheck.frontend.cache import Cache


def _entry_file(cache: Cache, kind: str, key: str):
    return cache.root / "v1" / kind / key[:2] / key


def test_round_trip(tmp_path):
    c = Cache(tmp_path)
    c.put_json("compile", "ab" * 32, {"amdgcn": "v_mov_b32 v0, 1\n", "metadata": {"name": "k"}})
    assert c.get_json("compile", "ab" * 32)["metadata"] == {"name": "k"}
    c.put_object("analysis", "cd" * 32, ("x", {"num_warps": 4}))
    assert c.get_object("analysis", "cd" * 32) == ("x", {"num_warps": 4})
    assert c.get_json("compile", "ef" * 32) is None
    # no temporary files are left behind
    assert [p.name for p in (tmp_path / "v1" / "compile" / "ab").iterdir()] == ["ab" * 32]


def test_truncated_entry_is_discarded(tmp_path):
    c = Cache(tmp_path)
    key = "12" * 32
    c.put_json("compile", key, {"amdgcn": "x" * 10000})
    f = _entry_file(c, "compile", key)
    f.write_bytes(f.read_bytes()[:-10])
    assert c.get_json("compile", key) is None
    assert c.stats["corrupt"] == 1 and not f.exists()


def test_flipped_byte_is_detected(tmp_path):
    c = Cache(tmp_path)
    key = "34" * 32
    c.put_object("analysis", key, {"fp8": "emulated"})
    f = _entry_file(c, "analysis", key)
    data = bytearray(f.read_bytes())
    data[-3] ^= 0xFF
    f.write_bytes(bytes(data))
    assert c.get_object("analysis", key) is None
    assert c.stats["corrupt"] == 1


def test_entry_of_another_kind_is_not_accepted(tmp_path):
    c = Cache(tmp_path)
    key = "56" * 32
    c.put_json("compile", key, {"a": 1})
    src = _entry_file(c, "compile", key)
    dst = _entry_file(c, "manifest", key)
    dst.parent.mkdir(parents=True)
    dst.write_bytes(src.read_bytes())
    assert c.get_json("manifest", key) is None

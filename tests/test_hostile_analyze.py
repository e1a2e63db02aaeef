"""``isacheck analyze`` against hostile or broken input: each family is built here, on the fly.

Families (cases tried; resource bounds):
* text in another language that the grammar would accept line by line (Arm, RISC-V, MIPS, x86
  Intel, C, Python, prose; 7 languages x 6 generated programs = 42, in-process): refused as not
  AMD GCN assembly; the 4 real AMD dumps used as controls still analyse;
* undecodable bytes (10 invalid UTF-8 sequences at generated offsets of a real dump, in-process,
  and one through stdin in a real process): the message names the byte and its offset;
* file names with newlines, escape sequences and 10,000 characters (6, in-process): one line,
  escaped, bounded;
* --target values that are empty, a list, or two targets in one string (9, in-process): usage error;
  so is a limit variable that is not a whole number >= 1 (6, in-process);
* negative and absurd metadata counts (4 keys x 3 values = 12, in-process): refused naming the line;
* two concatenated dumps for different targets (3 pairs): each kernel keeps its own target and
  its own dump's resources (checked against each dump's metadata);
* inputs without end: /dev/zero, a FIFO fed forever, 80 MiB on stdin (3 real processes): refused
  at ISACHECK_MAX_INPUT_BYTES (64 MiB by default) with the child's peak RSS under 300 MiB;
* output that cannot be written: /dev/full, a closed stdout (2 real processes): one line, exit 2;
  a terminal that is not UTF-8 (1 real process): the report, with escapes, exit 0.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import threading
from pathlib import Path

import pytest
import yaml

from conftest import SAMPLE_ASM, USER_EXCERPT
from hostile_helpers import MiB, Scratch, cli, one_line, tree_hash
from isacheck.cli import EXIT_INPUT, EXIT_OK

CONTROLS = [USER_EXCERPT, SAMPLE_ASM / "fp8_cast" / "fp16_to_fp8--fp8e4nv--gfx942.s",
            SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e5--gfx1151.s",
            SAMPLE_ASM / "fp8_cast" / "fp32_to_fp8--fp8e4nv--gfx950.s"]
# 300 MiB: Python, Lark and rich take ~60 MiB; the input limit is 64 MiB and is never held twice.
PEAK_RSS_BOUND = 300 * MiB


@pytest.fixture
def scratch(tmp_path, monkeypatch) -> Scratch:
    s = Scratch(tmp_path)
    for key, value in s.env().items():
        monkeypatch.setenv(key, value)
    from isacheck import config
    config.reset()
    yield s
    config.reset()


# --- other languages ---------------------------------------------------------------------------

def _program(language: str, rng: random.Random) -> str:
    """A small program in ``language`` with generated registers and constants; its lines are
    shaped like amdgcn (``mnemonic op, op``) wherever the language allows it."""
    n = rng.randint(2, 9)
    r = lambda k: rng.randint(0, k)  # noqa: E731
    if language == "arm":
        body = [f"\t{rng.choice(['add', 'sub', 'mul', 'orr', 'eor'])} w{r(28)}, w{r(28)}, w{r(28)}" for _ in range(n)]
        return "f:\n" + "\n".join(body) + "\n\tret\n"
    if language == "riscv":
        body = [f"\t{rng.choice(['add', 'sub', 'xor', 'and', 'sll'])} a{r(7)}, a{r(7)}, t{r(6)}" for _ in range(n)]
        return "main:\n" + "\n".join(body) + "\n\tret\n"
    if language == "mips":
        body = [f"\t{rng.choice(['addu', 'subu', 'and', 'or', 'nor'])} $t{r(9)}, $t{r(9)}, $s{r(7)}" for _ in range(n)]
        return "main:\n" + "\n".join(body) + "\n\tjr $ra\n\tnop\n"
    if language == "x86":
        regs = ["eax", "ebx", "ecx", "edx", "esi", "edi"]
        body = [f"\t{rng.choice(['mov', 'add', 'imul', 'xor'])} {rng.choice(regs)}, {r(1000)}" for _ in range(n)]
        return "f:\n" + "\n".join(body) + "\n\tret\n"
    if language == "c":
        body = [f"int x{i} = {r(100)};" for i in range(n)]
        return "\n".join(body) + "\n"
    if language == "python":
        body = [f"x{i} = {r(100)}" for i in range(n)]
        return "\n".join(body) + "\n"
    words = ["the", "kernel", "runs", "slowly", "on", "my", "laptop", "fp8"]
    return "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(2, 8))) for _ in range(n)) + "\n"


LANGUAGES = ["arm", "riscv", "mips", "x86", "c", "python", "prose"]
FOREIGN = [(lang, seed) for lang in LANGUAGES for seed in range(6)]


@pytest.mark.parametrize("language, seed", FOREIGN)
def test_other_languages_are_refused_not_analysed(scratch, capsys, language, seed):
    path = scratch.user / f"{language}{seed}.s"
    path.write_text(_program(language, random.Random(seed)))
    before = tree_hash(scratch.user)
    code, out, err = cli(["analyze", str(path)], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and out == ""
    assert "not AMD GCN assembly" in line or "cannot parse amdgcn line" in line, line
    assert tree_hash(scratch.user) == before


@pytest.mark.parametrize("path", CONTROLS, ids=lambda p: p.name)
def test_real_amd_dumps_are_still_analysed(capsys, path):
    code, out, err = cli(["analyze", str(path), "--format", "json"], capsys)
    assert code == EXIT_OK, err
    assert json.loads(out)["kernels"]


# --- undecodable bytes ---------------------------------------------------------------------------

BAD_SEQUENCES = [b"\xff", b"\xfe", b"\xc0\xaf", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                 b"\x80", b"\xc3", b"\xf4\x90\x80\x80", b"\xe2\x82"]


@pytest.mark.parametrize("index", range(len(BAD_SEQUENCES)))
def test_undecodable_byte_is_named_with_its_offset(scratch, capsys, index):
    data = CONTROLS[1].read_bytes()
    rng = random.Random(index)
    # Between two lines, so that the offset is where the bad sequence starts.
    starts = [i + 1 for i, b in enumerate(data) if b == 0x0A]
    at = rng.choice(starts[5:-5])
    bad = BAD_SEQUENCES[index]
    path = scratch.user / "bad.s"
    path.write_bytes(data[:at] + bad + b"\n" + data[at:])
    code, out, err = cli(["analyze", str(path)], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT
    assert f"byte 0x{bad[0]:02x} at offset {at}" in line, line
    line_number = data.count(b"\n", 0, at) + 1
    assert f"bad.s:{line_number}:1:" in line, line


def test_stdin_is_decoded_strictly_in_a_real_process(scratch):
    data = CONTROLS[0].read_bytes()
    at = data.index(b"\n", 200) + 1
    r = scratch.run("analyze", "-", stdin=data[:at] + b"\xe9t\xe9\n" + data[at:])
    assert r.code == EXIT_INPUT and f"<stdin>:" in r.error_line() and f"byte 0xe9 at offset {at}" in r.error_line()


# --- file names and targets ----------------------------------------------------------------------

NAMES = ["a\nb.s", "evil\x1b[2J\x1b[H.s", "tab\there.s", "x" * 10_000 + ".s", "bell\x07.s", "cr\rline.s"]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_file_names_are_escaped_and_bounded_in_the_message(scratch, capsys, name):
    code, out, err = cli(["analyze", str(scratch.user / name)], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT
    assert not any(ch in line for ch in "\x1b\x07\r\t"), repr(line)
    assert len(line) < 2200


TARGETS = ["", " ", ",", " , ", "gfx1151,gfx942", "gfx1151 gfx942", "gfx1151;gfx950", "gfx1151,", "x" * 5000]


@pytest.mark.parametrize("target", TARGETS, ids=range(len(TARGETS)))
def test_target_must_name_exactly_one_gpu(capsys, target):
    code, out, err = cli(["analyze", str(CONTROLS[1]), "--target", target], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and out == ""
    assert "--target" in line and len(line) < 400


@pytest.mark.parametrize("value", ["abc", "-1", "0", "1.5", "1e9", "0x10"])
def test_a_bad_limit_in_the_environment_is_one_line(capsys, monkeypatch, value):
    from isacheck import config
    monkeypatch.setenv("ISACHECK_MAX_INPUT_BYTES", value)
    config.reset()
    try:
        code, out, err = cli(["analyze", str(CONTROLS[1])], capsys)
    finally:
        config.reset()
    assert code == EXIT_INPUT and "ISACHECK_MAX_INPUT_BYTES" in one_line(err)


# --- metadata counts -----------------------------------------------------------------------------

COUNT_KEYS = [".vgpr_count", ".sgpr_count", ".private_segment_fixed_size", ".group_segment_fixed_size"]


@pytest.mark.parametrize("key", COUNT_KEYS)
@pytest.mark.parametrize("value", ["-1", "-4096", str(2 ** 40)])
def test_impossible_metadata_counts_are_refused(scratch, capsys, key, value):
    lines = CONTROLS[1].read_text().splitlines(keepends=True)
    number = next(i for i, ln in enumerate(lines) if ln.strip().startswith(key + ":"))
    lines[number] = lines[number].split(":")[0] + f": {value}\n"
    path = scratch.user / "counts.s"
    path.write_text("".join(lines))
    code, out, err = cli(["analyze", str(path)], capsys)
    line = one_line(err)
    assert code == EXIT_INPUT and key.lstrip(".") in line
    assert f"counts.s:{number + 1}:" in line, line


# --- concatenated dumps --------------------------------------------------------------------------

def _metadata(path: Path) -> dict:
    text = path.read_text()
    body = text.split(".amdgpu_metadata", 1)[1].split(".end_amdgpu_metadata", 1)[0]
    return yaml.safe_load(body.strip())


PAIRS = [("fp16_to_fp8--fp8e4nv--gfx942.s", "fp16_to_fp8--fp8e4nv--gfx1151.s"),
         ("fp8_to_fp16--fp8e5--gfx1151.s", "fp8_to_fp16--fp8e5--gfx950.s"),
         ("fp32_to_fp8--fp8e4nv--gfx1201.s", "fp8_to_bf16--fp8e4b8--gfx942.s")]


@pytest.mark.parametrize("first, second", PAIRS)
def test_each_kernel_of_concatenated_dumps_keeps_its_own_target(scratch, capsys, first, second):
    paths = [SAMPLE_ASM / "fp8_cast" / first, SAMPLE_ASM / "fp8_cast" / second]
    both = scratch.user / "both.s"
    both.write_text("".join(p.read_text() for p in paths))
    code, out, err = cli(["analyze", str(both), "--format", "json"], capsys)
    assert code == EXIT_OK, err
    kernels = json.loads(out)["kernels"]
    assert len(kernels) == 2
    for path in paths:
        meta = _metadata(path)
        target = meta["amdhsa.target"].split(":")[0].rsplit("-", 1)[-1]
        (entry,) = meta["amdhsa.kernels"]
        (k,) = [k for k in kernels if k["target"] == target]
        assert k["name"] == entry[".name"]
        assert k["resources"]["vgprs"] == entry[".vgpr_count"]
        assert k["resources"]["wave_size"] == entry[".wavefront_size"]


# --- inputs without end, in real processes -------------------------------------------------------

def test_dev_zero_is_refused_in_bounded_memory(scratch):
    r = scratch.run("analyze", "/dev/zero")
    assert r.code == EXIT_INPUT and "larger than the limit of 67,108,864 bytes" in r.error_line()
    assert r.peak_rss < PEAK_RSS_BOUND, r.peak_rss


def test_a_fifo_that_never_ends_is_refused_in_bounded_memory(scratch):
    fifo = scratch.user / "pipe.s"
    os.mkfifo(fifo)
    stop = threading.Event()

    def feed():
        try:
            with open(fifo, "wb") as f:
                line = b"v_add_f32 v0, v1, v2\n" * 4096
                while not stop.is_set():
                    f.write(line)
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        r = scratch.run("analyze", str(fifo))
    finally:
        stop.set()
        try:                              # unblock a writer still waiting for a reader
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
        writer.join(5)
    assert r.code == EXIT_INPUT and "larger than the limit" in r.error_line()
    assert r.peak_rss < PEAK_RSS_BOUND, r.peak_rss


def test_a_huge_stdin_is_refused_in_bounded_memory(scratch):
    r = scratch.run("analyze", "-", stdin=b"s_nop 0\n" * (10 * MiB))
    assert r.code == EXIT_INPUT and "standard input is larger than the limit" in r.error_line()
    assert r.peak_rss < PEAK_RSS_BOUND, r.peak_rss


# --- output that cannot be written ---------------------------------------------------------------

def test_a_full_disk_is_one_line(scratch):
    with open("/dev/full", "wb") as full:
        r = scratch.run("analyze", str(CONTROLS[0]), stdout=full)
    assert r.code == EXIT_INPUT and "No space left on device" in r.error_line()


def test_a_closed_stdout_is_one_line(scratch):
    import shlex
    import sys
    # The child starts with file descriptor 1 closed, as `isacheck ... >&-` starts it.
    command = f"exec {shlex.quote(sys.executable)} -m isacheck analyze {shlex.quote(str(CONTROLS[0]))} >&-"
    p = subprocess.run(["sh", "-c", command], env=scratch.env(), stderr=subprocess.PIPE, timeout=60)
    err = p.stderr.decode()
    assert p.returncode == EXIT_INPUT and "Traceback" not in err, err
    assert [ln for ln in err.splitlines() if ln] == ["isacheck: error: standard output is closed; nothing can be reported"]


def test_a_terminal_that_is_not_utf8_gets_escapes(scratch):
    path = scratch.user / "noyau_é.s"
    path.write_bytes(CONTROLS[0].read_bytes())
    r = scratch.run("analyze", str(path), env=scratch.env(PYTHONIOENCODING="ascii", LANG="C", LC_ALL="C"))
    assert r.code == EXIT_OK, r.err
    assert "noyau_\\xe9.s" in r.out and "Traceback" not in r.err

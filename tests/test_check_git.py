"""``isacheck check`` end to end on a real git repository with real Triton compiles.

The scenario (built once per module): a project with two kernel files and a [tool.isacheck]
configuration, committed; then one kernel is changed and committed so that it reads FP8 (e4m3fn,
upcast to bf16 for the dot) with a tile twice as wide. At the base it reads fp16 with a
128 x 64 tile. Ground truth comes from the compiler: the assembly Triton wrote (``dump --out``
answers from the same compile) with its ``.loc`` lines, ``.vgpr_spill_count`` and FP8 conversion
instructions, and Triton's own cache directory, which shows what was compiled at all.

Compiles: the changed kernel on 2 targets at 2 revisions (4), then 2 more for the moved and
annotated kernel, and 2 tiny ones for the policy-only run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import junitparser
import pytest

pytestmark = pytest.mark.compile

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif" / "sarif-schema-2.1.0.json"

GEMM = '''import triton
import triton.language as tl


@triton.jit
def scale_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(y_ptr + offs, x * 2, mask=offs < n)

{PAD}
@triton.jit
def gemm_kernel(a_ptr, b_ptr, c_ptr, M, N, K, BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):{NOTE}
    rm = tl.program_id(0) * BM + tl.arange(0, BM)
    rn = tl.program_id(1) * {WN} + tl.arange(0, {WN})
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, {WN}), dtype=tl.float32)
    for k in range(0, K, BK):
        a = tl.load({A} + rm[:, None] * K + (k + rk)[None, :]).to(tl.bfloat16)  # MARK: a-load
        b = tl.load({B} + (k + rk)[:, None] * N + rn[None, :]).to(tl.bfloat16)  # MARK: b-load
        acc += tl.dot(a, b)
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc)  # MARK: c-store
'''
SPEC = '''[kernels.scale_kernel.variants.default]
signature = { x_ptr = "*fp32", y_ptr = "*fp32", n = "i32" }
constexprs = { BLOCK = 256 }

[kernels.gemm_kernel.variants.wide]
signature = { a_ptr = "*fp16", b_ptr = "*fp16", c_ptr = "*fp32", M = "i32", N = "i32", K = "i32" }
constexprs = { BM = 128, BN = 64, BK = 32 }
num_warps = 4
'''
OTHER = '''import triton
import triton.language as tl


@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    tl.store(out_ptr + offs, tl.load(x_ptr + offs, mask=mask) + tl.load(y_ptr + offs, mask=mask), mask=mask)
'''
OTHER_SPEC = '''[kernels.add_kernel.variants.default]
signature = { x_ptr = "*fp32", y_ptr = "*fp32", out_ptr = "*fp32", n = "i32" }
constexprs = { BLOCK = 256 }
'''
PYPROJECT = '''[project]
name = "demo"
version = "0"

[tool.isacheck]
targets = ["gfx1151", "gfx1201"]
fail-on = "error"
baseline = "isacheck-baseline.json"
rules-doc-url = "https://example.invalid/demo/blob/main/docs/rules.md"

[[tool.isacheck.kernels]]
path = "kernels/gemm.py"
spec = "kernels/gemm.toml"

[[tool.isacheck.kernels]]
path = "kernels/other.py"
spec = "kernels/other.toml"
'''
FP8 = "{}.to(tl.pointer_type(tl.float8e4nv))"
SUPPRESS = "  # isacheck: ignore[spill-new] -- wide tile kept for MI300, tracked in #12"


def gemm_source(*, fp8: bool, pad: int = 0, note: str = "") -> str:
    return (GEMM.replace("{A}", FP8.format("a_ptr") if fp8 else "a_ptr")
            .replace("{B}", FP8.format("b_ptr") if fp8 else "b_ptr")
            .replace("{WN}", "(2 * BN)" if fp8 else "BN")
            .replace("{PAD}", "".join(f"# padding {i}\n" for i in range(pad)))
            .replace("{NOTE}", note))


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def run(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "isacheck", "check", *args], cwd=root, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600)


def line_of(text: str, marker: str) -> int:
    (n,) = [i for i, line in enumerate(text.splitlines(), 1) if marker in line]
    return n


def tree_state(root: Path) -> tuple:
    """Everything of the user's that a check must leave alone: files, index, HEAD, refs, worktrees."""
    files = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and ".git" not in p.relative_to(root).parts:
            files[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
    index = hashlib.sha256((root / ".git" / "index").read_bytes()).hexdigest()
    return (files, index, git(root, "status", "--porcelain", "--untracked-files=all"), git(root, "rev-parse", "HEAD"),
            git(root, "for-each-ref"), git(root, "worktree", "list", "--porcelain").count("worktree "),
            git(root, "stash", "list"))


def asm_truth(root: Path, out: Path, target: str, env: dict) -> dict:
    """Ground truth from the compiler's own assembly for the head's gemm_kernel on ``target``
    (``dump --out`` writes what Triton produced; the check's compile answers it from the cache)."""
    proc = subprocess.run([sys.executable, "-m", "isacheck", "dump", "kernels/gemm.py", "--spec", "kernels/gemm.toml",
                           "-k", "gemm_kernel", "-t", target, "--out", str(out), "--progress", "never", "-q"],
                          cwd=root, capture_output=True, text=True, env={**os.environ, **env})
    assert proc.returncode == 0, proc.stderr
    text = (out / "gemm_kernel" / "wide" / f"{target}.amdgcn").read_text()
    line, first_spill = 0, None
    for raw in text.splitlines():
        s = raw.strip()
        m = re.match(r"\.loc\s+\d+\s+(\d+)\s+\d+", s)
        if m:
            line = int(m.group(1))
        elif first_spill is None and re.match(r"(scratch|buffer)_store", s):
            first_spill = line
    spills = re.search(r"\.vgpr_spill_count:\s+(\d+)", text)
    return {"first_spill_line": first_spill, "vgpr_spill_count": int(spills.group(1)) if spills else None,
            "hw_fp8": sorted(set(re.findall(r"\bv_\w*(?:fp8|bf8)\w*", text))), "text": text}


def _build(root: Path, caches: Path) -> dict:
    (root / "kernels").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "test@example.invalid")
    git(root, "config", "user.name", "test")
    (root / "kernels" / "gemm.py").write_text(gemm_source(fp8=False))
    (root / "kernels" / "gemm.toml").write_text(SPEC)
    (root / "kernels" / "other.py").write_text(OTHER)
    (root / "kernels" / "other.toml").write_text(OTHER_SPEC)
    (root / "pyproject.toml").write_text(PYPROJECT)
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    (root / "kernels" / "gemm.py").write_text(gemm_source(fp8=True))
    git(root, "commit", "-q", "-am", "gemm reads fp8 with a wider tile")
    # Caches of this scenario's own: Triton's shows exactly what the check compiled.
    triton_cache = caches / "triton"
    env = {"TRITON_CACHE_DIR": str(triton_cache), "ISACHECK_CACHE_DIR": str(caches / "isacheck")}
    before = tree_state(root)
    reports = {}
    for fmt in ("json", "sarif", "junit", "markdown", "text"):
        proc = run(root, "--base", "HEAD~1", "--format", fmt, env=env)
        reports[fmt] = {"returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}
    after = tree_state(root)
    return {"root": str(root), "env": env, "reports": reports, "same_tree": before == after,
            "compiled": sorted(p.name for p in triton_cache.rglob("*.amdgcn")), "head": gemm_source(fp8=True)}


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """Built once per test session: under pytest-xdist the first worker builds it and the others
    read what it recorded (the compiles are the expensive part). Tests never change the shared
    repository: a test that edits a kernel works on a copy, baselines live outside it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:
        base = tmp_path_factory.mktemp("check-scenario")
        data = _build(base / "repo", base / "caches")
    else:
        import fcntl
        shared = tmp_path_factory.getbasetemp().parent / "check-scenario"
        shared.mkdir(exist_ok=True)
        with open(shared / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            record = shared / "scenario.json"
            if not record.is_file():
                record.write_text(json.dumps(_build(shared / "repo", shared / "caches")))
            data = json.loads(record.read_text())
    data["root"] = Path(data["root"])
    data["reports"] = {k: SimpleNamespace(**v) for k, v in data["reports"].items()}
    return data


def findings(proc) -> list[dict]:
    return json.loads(proc.stdout)["findings"]


def test_exactly_new_emulation_on_gfx1201_and_the_spill_on_gfx1151_at_the_right_lines(scenario, tmp_path):
    proc = scenario["reports"]["json"]
    assert proc.returncode == 1, proc.stderr
    found = findings(proc)
    by_target = {}
    for f in found:
        assert f["status"] == "new" and f["failing"]
        by_target.setdefault(f["target"], {})[f["rule"]] = f
    # gfx1201 executes e4m3fn (v_cvt_pk_f32_fp8), yet the upcast to bf16 is converted in software:
    # the new emulation, and nothing else (the VGPR growth it causes is part of that finding).
    assert set(by_target["gfx1201"]) == {"fp8-emulation-new"}
    # gfx1151 spills now; it also emulates FP8 for the first time (it has no FP8 at all).
    assert set(by_target["gfx1151"]) == {"spill-new", "fp8-emulation-new"}

    root, head = scenario["root"], scenario["head"]
    truth51 = asm_truth(root, tmp_path / "out", "gfx1151", scenario["env"])
    truth01 = asm_truth(root, tmp_path / "out", "gfx1201", scenario["env"])
    # The compiler's ground truth: gfx1151 spills VGPRs, gfx1201 does not; neither uses an FP8 instruction.
    assert truth51["vgpr_spill_count"] > 0 and truth01["vgpr_spill_count"] == 0
    assert truth51["hw_fp8"] == [] and truth01["hw_fp8"] == []
    spill = by_target["gfx1151"]["spill-new"]
    assert spill["location"]["path"] == "kernels/gemm.py"
    assert spill["location"]["line"] == truth51["first_spill_line"]
    assert spill["facts"]["vgpr_spills_after"] == truth51["vgpr_spill_count"]
    assert spill["facts"]["vgpr_spills_before"] == 0
    load_lines = {line_of(head, "# MARK: a-load"), line_of(head, "# MARK: b-load")}
    for target in ("gfx1151", "gfx1201"):
        emu = by_target[target]["fp8-emulation-new"]
        assert emu["location"]["path"] == "kernels/gemm.py"
        assert emu["location"]["line"] in load_lines
        assert emu["facts"]["formats"] == ["e4m3fn"] and emu["facts"]["before"] == "none"
    assert by_target["gfx1201"]["fp8-emulation-new"]["facts"]["kinds"] == ["missed"]
    assert by_target["gfx1151"]["fp8-emulation-new"]["facts"]["kinds"] == ["forced"]


def test_the_untouched_file_and_the_unchanged_kernel_are_not_compiled(scenario):
    doc = json.loads(scenario["reports"]["json"].stdout)
    assert {f["path"]: f["status"] for f in doc["files"]} == {"kernels/gemm.py": "compiled",
                                                              "kernels/other.py": "unchanged"}
    gemm = next(f for f in doc["files"] if f["path"] == "kernels/gemm.py")
    assert gemm["kernels_compiled"] == ["gemm_kernel"] and gemm["kernels_unchanged"] == ["scale_kernel"]
    # Triton's own cache holds what was compiled at all: gemm_kernel only (2 targets x 2 revisions).
    assert scenario["compiled"] == ["gemm_kernel.amdgcn"] * 4
    # Every later report was answered from isacheck's cache.
    for fmt in ("sarif", "junit", "markdown", "text"):
        assert "0 compiled" in scenario["reports"][fmt].stderr


def test_the_users_tree_index_head_and_worktrees_are_untouched(scenario):
    assert scenario["same_tree"]


def test_sarif_validates_against_the_official_schema(scenario):
    proc = scenario["reports"]["sarif"]
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(doc)
    (run_,) = doc["runs"]
    assert run_["automationDetails"]["id"] == "isacheck/gfx1151+gfx1201/"
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    expected = {(f["rule"], f["target"], f["location"]["line"], f["fingerprint"])
                for f in findings(scenario["reports"]["json"])}
    got = set()
    for res in run_["results"]:
        assert rules[res["ruleId"]] == run_["tool"]["driver"]["rules"][res["ruleIndex"]]
        assert rules[res["ruleId"]]["helpUri"] == \
            f"https://example.invalid/demo/blob/main/docs/rules.md#{res['ruleId']}"   # rules-doc-url
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "kernels/gemm.py", "uriBaseId": "%SRCROOT%"}
        got.add((res["ruleId"], res["properties"]["target"], loc["region"]["startLine"],
                 res["partialFingerprints"]["isacheck/v1"]))
    assert got == expected
    # Every documented rule has its section in docs/rules.md (the helpUri's anchor).
    doc_text = (REPO_ROOT / "docs" / "rules.md").read_text()
    for rid in rules:
        assert f'<a id="{rid}"></a>' in doc_text


def test_junit_parses_with_one_case_per_kernel_variant_target(scenario):
    proc = scenario["reports"]["junit"]
    assert proc.returncode == 1
    xml = junitparser.JUnitXml.fromstring(proc.stdout.split("\n", 1)[1])
    cases = {case.name: case for suite in xml for case in suite}
    assert set(cases) == {"gemm_kernel wide gfx1151", "gemm_kernel wide gfx1201", "scale_kernel (unchanged)",
                          "kernels/other.py (unchanged)"}
    failures51 = sorted(r.type for r in cases["gemm_kernel wide gfx1151"].result)
    assert failures51 == ["fp8-emulation-new", "spill-new"]
    assert [r.type for r in cases["gemm_kernel wide gfx1201"].result] == ["fp8-emulation-new"]
    assert isinstance(cases["kernels/other.py (unchanged)"].result[0], junitparser.Skipped)
    assert isinstance(cases["scale_kernel (unchanged)"].result[0], junitparser.Skipped)


def test_markdown_table_has_before_after_arrows(scenario):
    md = scenario["reports"]["markdown"].stdout
    assert md.startswith("<!-- isacheck:check -->\n")
    row = next(line for line in md.splitlines() if "| gfx1151 |" in line)
    assert "none → emulated" in row and "0 → " in row
    doc = json.loads(scenario["reports"]["json"].stdout)
    j = next(j for j in doc["jobs"] if j["target"] == "gfx1151")
    assert f"{j['base']['vgprs']} → {j['head']['vgprs']}" in row


def test_outputs_are_deterministic(scenario):
    again = run(scenario["root"], "--base", "HEAD~1", "--format", "sarif", env=scenario["env"])
    assert again.stdout == scenario["reports"]["sarif"].stdout
    assert str(scenario["root"]) not in again.stdout and str(REPO_ROOT) not in again.stdout


def test_baseline_silences_removal_restores_and_a_moved_kernel_keeps_it(scenario, tmp_path):
    root, env = scenario["root"], scenario["env"]
    accepted = tmp_path / "accepted.json"            # outside the shared repository
    proc = run(root, "--base", "HEAD~1", "--update-baseline", "--baseline", str(accepted), "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    baseline = json.loads(accepted.read_text())
    assert len(baseline["findings"]) == 3

    # An accepted finding that no longer fires on an evaluated job is reported as fixed.
    from isacheck.findings import Finding, Severity
    gone = Finding.make("vgpr-grew", Severity.WARNING, "gemm_kernel", "old", variant="wide", target="gfx1201")
    extra = {"fingerprint": gone.fingerprint, "rule": "vgpr-grew", "kernel": "gemm_kernel", "variant": "wide",
             "target": "gfx1201", "message": "old", "reason": ""}
    accepted.write_text(json.dumps({**baseline, "findings": baseline["findings"] + [extra]}))
    silenced = run(root, "--base", "HEAD~1", "--baseline", str(accepted), "--format", "json", env=env)
    assert silenced.returncode == 0, silenced.stderr
    assert {f["status"] for f in findings(silenced)} == {"baselined"}
    assert [(x["rule"], x["target"], x["source"]) for x in json.loads(silenced.stdout)["fixed"]] == [
        ("vgpr-grew", "gfx1201", "baseline")]

    dropped = next(e for e in baseline["findings"] if e["rule"] == "spill-new")
    kept = [e for e in baseline["findings"] if e is not dropped]
    accepted.write_text(json.dumps({**baseline, "findings": kept}))
    back = run(root, "--base", "HEAD~1", "--baseline", str(accepted), "--format", "json", env=env)
    assert back.returncode == 1
    assert [(f["rule"], f["target"]) for f in findings(back) if f["status"] == "new"] == [("spill-new", "gfx1151")]

    # In a copy of the repository (the shared one is never edited): move the kernel 20 lines down
    # and put a suppression on its def line, with the baseline where the configuration names it.
    # The baseline still matches (no line in the fingerprint), the findings moved with the kernel,
    # and the suppressed rule is reported with its reason.
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, symlinks=True)
    (copy / "isacheck-baseline.json").write_text(json.dumps(baseline))
    (copy / "kernels" / "gemm.py").write_text(gemm_source(fp8=True, pad=20, note=SUPPRESS))
    proc = run(copy, "--base", "HEAD~1", "--format", "json", env=env)
    text = run(copy, "--base", "HEAD~1", env=env)
    assert proc.returncode == 0, proc.stderr
    statuses = {(f["rule"], f["target"]): f for f in findings(proc)}
    assert {k: v["status"] for k, v in statuses.items()} == {
        ("fp8-emulation-new", "gfx1151"): "baselined", ("fp8-emulation-new", "gfx1201"): "baselined",
        ("spill-new", "gfx1151"): "suppressed"}
    old = {(f["rule"], f["target"]): f["location"]["line"] for f in findings(scenario["reports"]["json"])}
    for key, f in statuses.items():
        assert f["location"]["line"] == old[key] + 20
    reason = "wide tile kept for MI300, tracked in #12"
    assert statuses[("spill-new", "gfx1151")]["reason"] == reason
    assert reason in text.stdout


def test_policy_only_without_a_base(scenario):
    proc = run(scenario["root"], "--no-base", "kernels/other.py", "--format", "json", env=scenario["env"])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["base"] is None and doc["findings"] == []
    assert sorted((j["kernel"], j["target"], j["change"]) for j in doc["jobs"]) == [
        ("add_kernel", "gfx1151", "checked"), ("add_kernel", "gfx1201", "checked")]


def test_fail_on_never_passes_with_the_same_findings(scenario):
    proc = run(scenario["root"], "--base", "HEAD~1", "--fail-on", "never", "--format", "json",
               "--baseline", "missing-on-purpose.json", env=scenario["env"])
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "missing-on-purpose.json" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run(scenario["root"], "--base", "HEAD~1", "--fail-on", "never", "--format", "json", env=scenario["env"])
    assert proc.returncode == 0 and len(findings(proc)) == 3


# --- --github-comment against a loopback server that plays the GitHub API -------------------------

class FakeGitHub:
    """Issue comments of one pull request; ``mode`` makes it refuse (403), fail (500) or hang."""

    def __init__(self) -> None:
        self.comments: list[dict] = []
        self.requests: list[tuple[str, str, str | None]] = []
        self.mode = "ok"
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _reply(self, code: int, body) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                fake.requests.append((method, self.path, self.headers.get("Authorization")))
                if fake.mode == "hang":
                    time.sleep(3)
                    return
                if fake.mode == "403":
                    return self._reply(403, {"message": "Resource not accessible by integration"})
                if fake.mode == "500":
                    return self._reply(500, {"message": "boom"})
                if fake.mode == "ratelimit":
                    data = b'{"message": "API rate limit exceeded"}'
                    self.send_response(403)
                    self.send_header("x-ratelimit-remaining", "0")
                    self.send_header("x-ratelimit-reset", "1700000000")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                if method == "GET" and self.path.startswith("/repos/o/r/issues/7/comments"):
                    return self._reply(200, fake.comments)
                if method == "POST" and self.path == "/repos/o/r/issues/7/comments":
                    fake.comments.append({"id": 1000 + len(fake.comments), "body": body["body"]})
                    return self._reply(201, fake.comments[-1])
                m = re.fullmatch(r"/repos/o/r/issues/comments/(\d+)", self.path)
                if method == "PATCH" and m:
                    for c in fake.comments:
                        if c["id"] == int(m.group(1)):
                            c["body"] = body["body"]
                            return self._reply(200, c)
                return self._reply(404, {"message": "Not Found"})

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_PATCH(self):
                self._handle("PATCH")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


TOKEN = "ghs_secretTOKENvalue123"


@pytest.fixture
def github(scenario, tmp_path):
    fake = FakeGitHub()
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 7}}))
    env = {**scenario["env"], "GITHUB_TOKEN": TOKEN, "GITHUB_REPOSITORY": "o/r", "GITHUB_EVENT_PATH": str(event),
           "GITHUB_API_URL": fake.url, "GITHUB_REF": "refs/pull/7/merge", "ISACHECK_GITHUB_TIMEOUT": "1"}
    yield fake, env
    fake.close()


def test_github_comment_created_then_updated_in_place(scenario, github):
    fake, env = github
    first = run(scenario["root"], "--base", "HEAD~1", "--github-comment", env=env)
    second = run(scenario["root"], "--base", "HEAD~1", "--github-comment", env=env)
    for proc in (first, second):
        assert proc.returncode == 1
        assert TOKEN not in proc.stdout + proc.stderr
    assert "created the isacheck comment on #7" in first.stderr
    assert "updated the isacheck comment on #7" in second.stderr
    assert len(fake.comments) == 1
    assert fake.comments[0]["body"] == scenario["reports"]["markdown"].stdout
    methods = [m for m, _, _ in fake.requests]
    assert methods == ["GET", "POST", "GET", "PATCH"]
    assert {auth for _, _, auth in fake.requests} == {f"Bearer {TOKEN}"}


@pytest.mark.parametrize("mode, words", [("403", "refused"), ("500", "server error"), ("hang", "did not answer"),
                                         ("ratelimit", "rate limit")])
def test_github_failures_are_one_line_and_keep_the_checks_result(scenario, github, mode, words):
    fake, env = github
    fake.mode = mode
    proc = run(scenario["root"], "--base", "HEAD~1", "--github-comment", "--format", "json", env=env)
    assert proc.returncode == 1                       # the check's own verdict, whatever GitHub did
    assert len(findings(proc)) == 3                   # and its report
    lines = [line for line in proc.stderr.splitlines() if "GitHub" in line]
    assert len(lines) == 1 and words in lines[0], proc.stderr
    assert TOKEN not in proc.stdout + proc.stderr and "Traceback" not in proc.stderr
    assert fake.requests and fake.requests[0][2] == f"Bearer {TOKEN}"


# --- integration files: the action's own script and the pre-commit hook, run for real ------------

def test_the_actions_check_step_writes_sarif_summary_and_exit_code(scenario, tmp_path):
    import yaml
    action = yaml.safe_load((REPO_ROOT / "action.yml").read_text())
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    assert "${{" not in step["run"]
    upload = next(s for s in action["runs"]["steps"] if s.get("name") == "Upload SARIF")
    assert "github.event.pull_request.head.repo.full_name == github.repository" in upload["if"]
    cache = next(s for s in action["runs"]["steps"] if str(s.get("uses", "")).startswith("actions/cache"))
    assert "~/.cache/isacheck" in cache["with"]["path"]
    output, summary = tmp_path / "output", tmp_path / "summary.md"
    env = {**os.environ, **scenario["env"], "BASE": "HEAD~1", "BASE_REF": "", "TARGETS": "", "PATHS": "",
           "FAIL_ON": "", "COMMENT": "true", "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    root = scenario["root"]
    try:
        proc = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", step["run"]], cwd=root, env=env,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert output.read_text() == "exit-code=1\n"
        assert summary.read_text() == scenario["reports"]["markdown"].stdout
        assert json.loads((root / "isacheck.sarif").read_text()) == json.loads(scenario["reports"]["sarif"].stdout)
    finally:
        (root / "isacheck.sarif").unlink(missing_ok=True)


def test_the_pre_commit_hook_passes_when_nothing_changed_since_head(scenario):
    import shlex

    import yaml
    (hook,) = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "isacheck" and hook["pass_filenames"] is False
    argv = shlex.split(hook["entry"])
    assert argv[:2] == ["isacheck", "check"]
    proc = run(scenario["root"], *argv[2:], "--format", "json", env=scenario["env"])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert {f["status"] for f in doc["files"]} == {"unchanged"} and doc["jobs"] == []


def test_base_triton_compares_the_same_sources_under_two_tritons(scenario):
    # The Triton beside isacheck as the "other" release: the wiring end to end without a download
    # (a second release would be installed into an environment of its own first). The same
    # compiler on the same source gives the same kernel: no finding, every number equal.
    from importlib.metadata import version
    triton = version("triton")
    proc = run(scenario["root"], "--base-triton", triton, "kernels/other.py", "--format", "json", env=scenario["env"])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert (doc["base"], doc["head"]) == (f"Triton {triton}", f"Triton {triton}")
    assert doc["findings"] == [] and len(doc["jobs"]) == 2
    for job in doc["jobs"]:
        assert job["change"] == "changed" and job["base"] == job["head"] and job["head"]["status"] == "ok"


def test_update_baseline_never_replaces_a_file_that_is_not_a_baseline(scenario):
    root = scenario["root"]
    before = (root / "kernels" / "other.py").read_bytes()
    proc = run(root, "--base", "HEAD~1", "--update-baseline", "--baseline", "kernels/other.py", env=scenario["env"])
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("isacheck: error: kernels/other.py:1:1: baseline is not JSON")
    assert (root / "kernels" / "other.py").read_bytes() == before

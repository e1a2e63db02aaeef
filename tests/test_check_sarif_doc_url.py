"""SARIF ``helpUri``: present, absolute and pointing at the rule's anchor only when the project
names where its rule documentation is published (``[tool.isacheck] rules-doc-url``); absent
otherwise, never a made-up repository URL. Every variant validates against the official SARIF
2.1.0 schema (vendored under tests/data/sarif). A bad URL is a configuration error naming its key.

One tiny kernel, compiled for real for one target (policy only, no base); what is checked is the
rule metadata, which comes from the rule registry and the configuration.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

pytestmark = pytest.mark.compile

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
KERNEL = '''import triton
import triton.language as tl


@triton.jit
def scale_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(y_ptr + offs, x * 2, mask=offs < n)
'''
SPEC = '''[kernels.scale_kernel.variants.default]
signature = { x_ptr = "*fp32", y_ptr = "*fp32", n = "i32" }
constexprs = { BLOCK = 256 }
'''
CONFIG = '''[tool.isacheck]
targets = ["gfx1151"]
{EXTRA}
[[tool.isacheck.kernels]]
path = "scale.py"
spec = "scale.toml"
'''
URL = "https://docs.example.org/kernels/isacheck-rules.html"


def _check(root: Path, extra: str, caches: Path) -> subprocess.CompletedProcess:
    root.mkdir(parents=True, exist_ok=True)
    (root / "scale.py").write_text(KERNEL)
    (root / "scale.toml").write_text(SPEC)
    (root / "pyproject.toml").write_text(CONFIG.format(EXTRA=extra))
    env = {**os.environ, "TRITON_CACHE_DIR": str(caches / "triton"), "ISACHECK_CACHE_DIR": str(caches / "isacheck")}
    return subprocess.run([sys.executable, "-m", "isacheck", "check", "--no-base", "--format", "sarif"],
                          cwd=root, capture_output=True, text=True, env=env, timeout=600)


def _driver(proc) -> dict:
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(doc)
    (run,) = doc["runs"]
    return run["tool"]["driver"]


def test_help_uri_only_when_the_project_names_its_rule_docs(tmp_path):
    caches = tmp_path / "caches"
    plain = _driver(_check(tmp_path / "plain", "", caches))
    configured = _driver(_check(tmp_path / "configured", f'rules-doc-url = "{URL}"\n', caches))

    from isacheck.rules import all_rules
    registry = all_rules()
    assert plain["rules"] and [r["id"] for r in plain["rules"]] == [r["id"] for r in configured["rules"]]
    for rule in plain["rules"]:
        assert "helpUri" not in rule
        assert rule["help"]["text"].startswith(registry[rule["id"]].summary)   # the help is still there
    for rule in configured["rules"]:
        assert rule["helpUri"] == f"{URL}#{rule['id']}"
    # No home page is invented for isacheck itself either.
    assert "informationUri" not in plain and "informationUri" not in configured


@pytest.mark.parametrize("value", ["docs/rules.md", "file:///tmp/rules.md", "https://host/rules.md#top",
                                   "https:///rules.md", " https://host/rules.md", "42"])
def test_a_url_that_is_not_absolute_http_is_refused_naming_the_key(tmp_path, value):
    literal = value if value == "42" else json.dumps(value)
    proc = _check(tmp_path / "bad", f"rules-doc-url = {literal}\n", tmp_path / "caches")
    assert proc.returncode == 2
    assert proc.stderr.startswith("isacheck: error: pyproject.toml: configuration key tool.isacheck.rules-doc-url: "
                                  "expected an absolute http(s) URL")
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr

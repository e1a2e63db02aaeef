"""The HTML report, checked against the compiler's ground truth, without a browser.

A small FP8 upcast is compiled with Triton's real AMD backend for gfx1151 (no FP8 instructions:
emulated) and gfx950 (hardware). Where the conversion is comes from Triton's TTGIR (the
``tt.fp_to_fp`` op and its ``loc``); which assembly belongs to a source line comes from the
``.loc`` directives of the amdgcn text itself, read here independently of isacheck's parser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import triton
import triton.language as tl

from conftest import REPO, SAMPLE_ASM, SAMPLES, USER_EXCERPT, compile_amd
from isacheck.analysis import analyze_text
from isacheck.analysis.attribution import LEVELS, attribute_module
from isacheck.asm import parse_text
from isacheck.cli import main
from isacheck.report.html import render

pytestmark = pytest.mark.compile
HERE = Path(__file__)


@triton.jit
def fp8_upcast(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=0.0)
    y = x.to(tl.float16)
    tl.store(y_ptr + offs, y, mask=mask)


# The page shows this file up to the kernel's end (the rest is this test, whose own strings would
# otherwise be found in the page).
_LINES = HERE.read_text().split("\n")
KERNEL_SOURCE = _LINES[:_LINES.index("def ttgir_conversion_lines(ttgir: str, filename: str) -> set[int]:")]


def ttgir_conversion_lines(ttgir: str, filename: str) -> set[int]:
    """Source lines of the FP8 conversions (``tt.fp_to_fp`` from an f8 type) in Triton's TTGIR."""
    defs = dict(re.findall(r"^(#loc\d*) = (loc\(.*\))\s*$", ttgir, re.M))

    def resolve(loc: str, depth: int = 0):
        m = re.search(r'loc\("([^"]*)":(\d+):\d+\)', loc)
        if m:
            return m.group(1), int(m.group(2))
        ref = re.search(r"(#loc\d*)", loc)
        if ref and depth < 20 and ref.group(1) in defs:
            return resolve(defs[ref.group(1)], depth + 1)
        return None

    lines = set()
    for op in re.findall(r"tt\.fp_to_fp .*f8E\w+.*->.*(loc\(.*\))\s*$", ttgir, re.M):
        where = resolve(op)
        if where and where[0].endswith(filename):
            lines.add(where[1])
    return lines


def loc_lines(amdgcn: str, filename: str) -> dict[int, int]:
    """asm line number -> source line of the ``.loc`` in force, read straight from the text."""
    files = {m.group(1): m.group(2) for m in re.finditer(r'^\s*\.file\s+(\d+)\s+(?:"[^"]*"\s+)?"([^"]*)"', amdgcn, re.M)}
    out, current = {}, None
    for n, line in enumerate(amdgcn.split("\n"), 1):
        m = re.match(r"\s*\.loc\s+(\d+)\s+(\d+)\D.*?(?:;\s*(\S+?):\d+)?", line)
        if m:
            # A pasted excerpt has lost its .file lines; LLVM's comment still names the file.
            name = files.get(m.group(1)) or (re.search(r";\s*([^:\s]+):\d+", line) or [None, ""])[1]
            current = int(m.group(2)) if name.endswith(filename) else None
        elif current is not None:
            out[n] = current
    return out


class Dom(HTMLParser):
    """Just enough of the page's structure: elements with their attributes, text per element id."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag == "link":
            self.external.append(str(a))


@pytest.fixture(scope="module")
def compiled():
    sig = {"x_ptr": "*fp8e4nv", "y_ptr": "*fp16", "n": "i32", "BLOCK": "constexpr"}
    return {arch: compile_amd(fp8_upcast, sig, {"BLOCK": 256}, arch, num_warps=4) for arch in ("gfx1151", "gfx950")}


@pytest.fixture(scope="module")
def page(compiled):
    models = []
    for arch, k in compiled.items():
        text = k.asm["amdgcn"]
        module = parse_text(text, f"{arch}.amdgcn")
        analysis = analyze_text(text, f"{arch}.amdgcn")
        models += attribute_module(module, analysis, text, {HERE.name: KERNEL_SOURCE})
    return render(models, title="fp8_upcast"), models


def test_the_hottest_line_is_the_conversion_triton_emulates(compiled, page):
    html, models = page
    truth = ttgir_conversion_lines(compiled["gfx1151"].asm["ttgir"], HERE.name)
    assert truth, "Triton's TTGIR names the FP8 conversion's source line"
    emulated = models[0]
    assert emulated.analysis.fp8 == "emulated" and emulated.label[-1] == "gfx1151"
    hottest = {ln.line for ln in emulated.hottest}
    assert hottest and hottest <= truth
    # The page says so: the rows at the top shade level in the gfx1151 tab are those lines.
    dom = Dom()
    dom.feed(html)
    top_rows = {int(a["data-line"]) for t, a in dom.elements
                if t == "tr" and a.get("id", "").startswith("k0-s0-") and a.get("data-level") == str(LEVELS)}
    assert top_rows == hottest


def test_a_lines_assembly_is_what_the_loc_directives_give_it(compiled, page):
    html, models = page
    text = compiled["gfx1151"].asm["amdgcn"]
    truth = loc_lines(text, HERE.name)
    asm = text.split("\n")
    line = models[0].costliest
    assert line.asm and line.emulation > 0
    for a in line.asm:
        assert truth[a.number] == line.line
        assert " ".join(asm[a.number - 1].split()).startswith(a.text.rstrip("…"))
    # Every instruction the .loc directives give that line is counted.
    instructions = [n for n, src in truth.items() if src == line.line and re.match(r"\s*[sv]_\w+", asm[n - 1])]
    assert line.instructions == len(instructions)
    assert any(a.mark == "emulation" for a in line.asm)
    assert f'data-asm-line="{line.asm[0].number}"' in html


def test_the_hardware_target_says_so(compiled, page):
    html, models = page
    assert "llvm.amdgcn.cvt" in compiled["gfx950"].asm["llir"] and "fp8" in compiled["gfx950"].asm["llir"]
    hw = models[1]
    assert hw.analysis.fp8 == "hardware" and hw.max_cost == 0
    assert re.search(r'role="tabpanel" id="k1" [^>]*data-target="gfx950" data-fp8="hardware"', html)
    panel = html[html.index('id="k1" '):]
    assert re.search(r'<span class="badge"><span aria-hidden="true">✓</span> hardware FP8</span>', panel)


def test_page_is_self_contained_deterministic_and_names_no_local_path(compiled, page):
    html, models = page
    dom = Dom()
    dom.feed(html)
    assert dom.external == []
    assert "http://" not in html and "https://" not in html and "@import" not in html and "url(" not in html
    assert str(REPO) not in html and str(Path.home()) not in html
    assert render(models, title="fp8_upcast") == html


def test_source_text_is_escaped():
    # A source line with markup in it is shown, never interpreted.
    sample = SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx950.s"
    text = sample.read_text()
    module, analysis = parse_text(text, sample.name), analyze_text(text, sample.name)
    src = (SAMPLES / "kernels" / "fused_moe.py").read_text().split("\n")
    src[next(i for i, line in enumerate(src) if "tl.dot(" in line)] = '<script>alert("x")</script> & </td>'
    html = render(attribute_module(module, analysis, text, {"fused_moe.py": src}), title="<b>t</b>")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html and "&lt;b&gt;t&lt;/b&gt;" in html


def test_largest_sample_is_well_under_a_megabyte(tmp_path):
    largest = max(SAMPLE_ASM.glob("*/*.s"), key=lambda p: p.stat().st_size)
    out = tmp_path / "r.html"
    assert main(["analyze", str(largest), "--html", str(out), "--source-dir", str(SAMPLES / "kernels")]) == 0
    page = out.read_text()
    assert len(page.encode()) < 512 * 1024
    # The source is shown: the kernel's own lines, escaped.
    from markupsafe import escape
    source = (SAMPLES / "kernels" / "fused_moe.py").read_text().split("\n")
    dot = next(line for line in source if "tl.dot(" in line)
    assert f'class="code">{escape(dot)}</td>' in page and 'data-file="fused_moe.py"' in page


def test_excerpt_without_source_shows_the_assembly_alone(tmp_path):
    out = tmp_path / "r.html"
    assert main(["analyze", str(USER_EXCERPT), "--target", "gfx1151", "--html", str(out)]) == 0
    page = out.read_text()
    assert "source not at hand" in page
    # Each line of the excerpt with an emulation site is in the page, marked.
    truth = loc_lines(USER_EXCERPT.read_text(), "fused_moe.py")
    assert truth and all(f'data-asm-line="{n}"' in page for n in sorted(truth)[:5])
    assert "mark-emulation" in page


def test_html_never_replaces_a_file_it_did_not_write(tmp_path, capsys):
    mine = tmp_path / "notes.html"
    mine.write_text("<p>my notes</p>\n")
    code = main(["analyze", str(USER_EXCERPT), "--target", "gfx1151", "--html", str(mine)])
    assert code == 2 and mine.read_text() == "<p>my notes</p>\n"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "notes.html" in err[0] and "refusing to overwrite" in err[0]
    # A report isacheck wrote is replaced, with the same result.
    ours = tmp_path / "r.html"
    assert main(["analyze", str(USER_EXCERPT), "--target", "gfx1151", "--html", str(ours)]) == 0
    first = ours.read_bytes()
    assert main(["analyze", str(USER_EXCERPT), "--target", "gfx1151", "--html", str(ours)]) == 0
    assert ours.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.html", "r.html"]   # no temp file left


def _tabs(page: str) -> dict[str, dict]:
    dom = Dom()
    dom.feed(page)
    return {a["data-target"]: a for t, a in dom.elements if t == "section" and a.get("role") == "tabpanel"}


def _top_lines(page: str, panel_id: str) -> set[int]:
    dom = Dom()
    dom.feed(page)
    return {int(a["data-line"]) for t, a in dom.elements
            if t == "tr" and a.get("id", "").startswith(f"{panel_id}-s0-") and a.get("data-level") == str(LEVELS)}


def test_dump_html_one_tab_per_target_hottest_line_from_ttgir(tmp_path):
    kernels = SAMPLES / "kernels"
    page = tmp_path / "dump.html"
    code = main(["dump", str(kernels / "fp8_cast.py"), "--spec", str(kernels / "fp8_cast.toml"), "-k", "fp8_to_fp16",
                 "-t", "gfx1151,gfx950", "-j", "1", "--progress", "never", "-q", "--out", str(tmp_path / "out"),
                 "--html", str(page)])
    assert code == 0
    html = page.read_text()
    tabs = _tabs(html)
    assert set(tabs) == {"gfx1151", "gfx950"}
    assert tabs["gfx1151"]["data-fp8"] == "emulated" and tabs["gfx950"]["data-fp8"] == "hardware"
    ttgir = next((tmp_path / "out" / "fp8_to_fp16").glob("*/gfx1151.ttgir")).read_text()
    truth = ttgir_conversion_lines(ttgir, "fp8_cast.py")
    hot = _top_lines(html, tabs["gfx1151"]["id"])
    assert truth and hot and hot <= truth
    assert 'data-file="fp8_cast.py"' in html and "def fp8_to_fp16(" in html
    # Without the cache or --out the assembly is gone, but the costs (from the analysis) remain.
    again = tmp_path / "again.html"
    assert main(["dump", str(kernels / "fp8_cast.py"), "--spec", str(kernels / "fp8_cast.toml"), "-k", "fp8_to_fp16",
                 "-t", "gfx1151", "-j", "1", "--progress", "never", "-q", "--no-cache", "--html", str(again)]) == 0
    assert "The assembly text is not in this page" in again.read_text()
    assert _top_lines(again.read_text(), "k0") == hot


_SCAN_COMPILE = """
import sys
sys.path.insert(0, {repo!r})
import triton
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
from isacheck.frontend.loader import load_source
fn = load_source({stub!r}).kernel("fp8_dequant_rows").jit
sig = {{"x_ptr": "*fp8e4nv", "scale_ptr": "*fp32", "y_ptr": "*fp16", "n_cols": "i32", "BLOCK": "constexpr"}}
triton.compile(ASTSource(fn, sig, {{"BLOCK": 32}}), target=GPUTarget("hip", "gfx1151", 32))
"""


def test_scan_html_reads_the_source_the_cache_names(tmp_path):
    import os
    import subprocess
    import sys

    cache = tmp_path / "triton-cache"
    cache.mkdir()
    stub = SAMPLES / "kernels" / "stub_imports_moe.py"
    env = dict(os.environ, TRITON_CACHE_DIR=str(cache), TRITON_DEFAULT_FP_FUSION="1")
    subprocess.run([sys.executable, "-c", _SCAN_COMPILE.format(repo=str(REPO), stub=str(stub))], env=env,
                   check=True, cwd=str(tmp_path), capture_output=True)
    page = tmp_path / "scan.html"
    assert main(["scan", str(cache), "--progress", "never", "-q", "--html", str(page)]) == 0
    html = page.read_text()
    assert set(_tabs(html)) == {"gfx1151"}
    truth = ttgir_conversion_lines(next(cache.rglob("*.ttgir")).read_text(), stub.name)
    hot = _top_lines(html, "k0")
    assert truth and hot and hot <= truth
    # The source came from the path in the cache's .file directive, shown by its name only.
    assert f'data-file="{stub.name}"' in html and str(stub.parent) not in html


_CHECK_PYPROJECT = '''[project]
name = "demo"
version = "0"

[tool.isacheck]
targets = ["gfx1151"]

[[tool.isacheck.kernels]]
path = "kernels/k.py"
spec = "kernels/k.toml"
'''
_CHECK_KERNEL = '''import triton
import triton.language as tl


@triton.jit
def upcast(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=0.0){CAST}
    tl.store(y_ptr + offs, x.to(tl.float16), mask=mask)
'''
_CHECK_SPEC = '''[kernels.upcast.variants.default]
signature = {{ x_ptr = "{X}", y_ptr = "*fp16", n = "i32" }}
constexprs = {{ BLOCK = 256 }}
'''


def test_check_html_puts_base_beside_head(tmp_path):
    import os
    import subprocess

    def git(*args):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)

    root = tmp_path / "repo"
    (root / "kernels").mkdir(parents=True)
    git("init", "-q", "-b", "main")
    git("config", "user.email", "test@example.invalid")
    git("config", "user.name", "test")
    (root / "pyproject.toml").write_text(_CHECK_PYPROJECT)
    (root / "kernels" / "k.py").write_text(_CHECK_KERNEL.replace("{CAST}", ""))
    (root / "kernels" / "k.toml").write_text(_CHECK_SPEC.format(X="*fp16"))
    git("add", ".")
    git("commit", "-q", "-m", "base")
    head = _CHECK_KERNEL.replace("{CAST}", "\n    x = x.to(tl.float16)")
    (root / "kernels" / "k.py").write_text(head)
    (root / "kernels" / "k.toml").write_text(_CHECK_SPEC.format(X="*fp8e4nv"))
    git("commit", "-q", "-am", "fp8")
    page = tmp_path / "check.html"
    cwd = os.getcwd()
    os.chdir(root)
    try:
        code = main(["check", "--base", "HEAD~1", "--html", str(page), "-q"])
    finally:
        os.chdir(cwd)
    assert code == 1                  # the new emulation fails the check
    html = page.read_text()
    dom = Dom()
    dom.feed(html)
    tabs = [a for t, a in dom.elements if t == "button" and a.get("role") == "tab"]
    panels = {a["id"]: a for t, a in dom.elements if t == "section" and a.get("role") == "tabpanel"}
    labels = [re.search(rf'id="tab-{t["aria-controls"]}"[^>]*>([^<]*)<', html).group(1) for t in tabs]
    assert labels == ["upcast default gfx1151 base", "upcast default gfx1151 head"]
    assert [panels[t["aria-controls"]]["data-fp8"] for t in tabs] == ["none", "emulated"]
    # The head's hottest line is the upcast's conversion, on the line that loads FP8 now.
    cast_line = next(i for i, ln in enumerate(head.splitlines(), 1) if ln.strip() == "x = x.to(tl.float16)")
    assert _top_lines(html, tabs[1]["aria-controls"]) == {cast_line}
    assert _top_lines(html, tabs[0]["aria-controls"]) == set()     # the base converts nothing


def test_same_page_from_separate_runs_whatever_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    sample = SAMPLE_ASM / "fused_moe" / "fused_moe_kernel--fp8e4nv--gfx950.s"
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"r{seed}.html"
        subprocess.run([sys.executable, "-m", "isacheck", "analyze", str(sample), "--html", str(out), "--source-dir",
                        str(SAMPLES / "kernels")], check=True, capture_output=True, cwd=str(REPO),
                       env=dict(os.environ, PYTHONHASHSEED=seed))
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]

"""The grammar and the ISA database ship inside the wheel and are found by the installed package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, USER_EXCERPT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
                   check=True, capture_output=True, text=True)
    (whl,) = out.glob("isacheck-*.whl")
    return whl


def test_wheel_contains_grammar_and_isa_database(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "isacheck/_data/grammars/amdgcn.lark" in names
    assert "isacheck/asm/amdgcn_lalr.json" in names      # the parser's pre-built tables (no pickle cache)
    db = {n for n in names if n.startswith("isacheck/_data/isa_db/")}
    shipped = {f"isacheck/_data/isa_db/{p.relative_to(REPO / 'isa_db').as_posix()}"
               for p in (REPO / "isa_db").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert shipped and shipped <= db
    # Sources of tests and samples stay out of the wheel.
    assert not any(n.startswith(("tests/", "samples/")) for n in names)


def test_installed_wheel_finds_its_data_outside_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import sys, isacheck, isacheck.resources as r;"
        "from isacheck.asm import parse_file;"
        "print(isacheck.__file__); print(r.grammar_path()); print(r.isa_db_dir());"
        f"m = parse_file({str(USER_EXCERPT)!r}); print(len(m.kernels[0].instructions))"
    )
    # Run from an empty directory with only the unpacked wheel on the path (not the checkout).
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    package, grammar, db, count = done.stdout.split()
    assert package.startswith(str(site))
    assert grammar.startswith(str(site / "isacheck" / "_data"))
    assert db.startswith(str(site / "isacheck" / "_data"))
    assert int(count) > 20


def test_installed_wheel_writes_the_html_report_with_its_own_template(wheel, tmp_path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"isacheck/report/templates/{n}" for n in ("report.html.j2", "report.css", "report.js")} <= names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    import jinja2
    import markupsafe
    deps = {str(Path(m.__file__).parent.parent) for m in (jinja2, markupsafe)}
    code = ("import isacheck.report.html as h, sys; from isacheck.analysis import analyze_text;"
            "from isacheck.analysis.attribution import attribute_module; from isacheck.asm import parse_text;"
            f"t = open({str(USER_EXCERPT)!r}).read(); m = parse_text(t, 'x.s', target='gfx1151');"
            "a = analyze_text(t, 'x.s', target='gfx1151');"
            "page = h.render(attribute_module(m, a, t, {}), title='x'); print(h.__file__); print(len(page))")
    env = {"PYTHONPATH": os.pathsep.join([str(site), *sorted(deps)]), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    module, size = done.stdout.split()
    assert module.startswith(str(site)) and int(size) > 5000

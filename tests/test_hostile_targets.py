"""A target name that is empty, a list, or two targets in one string is a usage error in every
command that takes one, never an empty table or "the first match" (in-process; 6 commands x 6
values = 36 cases, less the 2 where a comma list is what the command takes). A product name with spaces stays one target (the control)."""

from __future__ import annotations

import io

import pytest

from isacheck.cli import EXIT_INPUT, EXIT_OK, main

BAD = ["", " ", ",", "gfx1151,gfx942", "gfx1151 gfx942", "gfx950/gfx942"]
COMMANDS = [
    lambda t: ["supports", t, "fp8"],
    lambda t: ["has", t, "v_add_f32"],
    lambda t: ["db", "diff", t],
    lambda t: ["analyze", "-", "--target", t],
    lambda t: ["dump", "kernel.py", "--target", t],
    lambda t: ["scan", ".", "--target", t],
]


# dump and scan take a comma-separated list of targets: "gfx1151,gfx942" is right there.
CASES = [(c, v) for c in range(len(COMMANDS)) for v in BAD if not (c >= 4 and v == "gfx1151,gfx942")]


@pytest.mark.parametrize("command, value", CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)])
def test_a_target_that_is_not_one_name_is_a_usage_error(capsys, command, value):
    argv = COMMANDS[command](value)
    out = io.StringIO()
    code = main(argv, stdout=out)
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == EXIT_INPUT and out.getvalue() == "", (argv, err)
    assert len(lines) == 1 and "Traceback" not in err and "target" in lines[0], (argv, err)
    assert "unknown target" not in lines[0] or not value.strip(), lines[0]


@pytest.mark.parametrize("name", ["Radeon 8060S", "gfx1151:xnack-", "amdgcn-amd-amdhsa--gfx942:sramecc+"])
def test_one_target_with_spaces_or_features_is_still_one(capsys, name):
    assert main(["has", name, "v_add_f32"], stdout=io.StringIO()) == EXIT_OK

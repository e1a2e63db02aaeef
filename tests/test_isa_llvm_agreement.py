"""LLVM's assembler, asked again now, agrees with the database on every FP8/BF8, matrix and dot
instruction for every target it knows (one assembler call per target)."""

from __future__ import annotations

import pytest

pytest.importorskip("triton.backends.amd.compiler")

from isacheck.isa import probe  # noqa: E402
from isacheck.isa.database import database  # noqa: E402
from isacheck.isa.mnemonic import TYPED_PREFIXES, describe_types  # noqa: E402

DB = database()
PROBED = tuple(DB.sources["llvm"]["probed_targets"])


def _checked() -> list[str]:
    """FP8/BF8 instructions, matrix instructions and dot products that LLVM knows."""
    out = []
    for name in DB.names():
        if not name.startswith(TYPED_PREFIXES):
            continue
        t = describe_types(name)
        if t.kind in ("mfma", "smfmac", "wmma", "swmmac", "dot") or t.types & {"fp8", "bf8"}:
            entry = DB.get(name)
            if entry.llvm is not None and not entry.llvm_invalid:
                out.append(name)
    return sorted(out)


CHECKED = _checked()


def test_the_checked_set_is_the_interesting_one():
    assert len(CHECKED) > 200
    assert {"v_cvt_pk_f32_fp8", "v_wmma_f32_16x16x16_fp8_fp8", "v_dot4_f32_fp8_fp8",
            "v_mfma_f32_32x32x64_f8f6f4", "v_wmma_i32_16x16x16_iu8"} <= set(CHECKED)


@pytest.mark.parametrize("gfx", PROBED)
def test_llvm_agrees_with_database(gfx):
    result = probe.probe(gfx, CHECKED)
    now = set(result.present)
    recorded = {n for n in CHECKED if gfx in DB.get(n).llvm}
    merged = {n for n in CHECKED if gfx in DB.get(n).targets}
    hint = (f"LLVM {probe.llvm_revision()} vs database {DB.sources['llvm']['revision']}: "
            f"rebuild with `python -m isacheck.isa.build`")
    assert now - recorded == set(), hint
    assert recorded - now == set(), hint
    assert merged == now   # where LLVM probed a target, its verdict is the database's


def test_llvm_revision_matches_the_database():
    assert probe.llvm_revision() == DB.sources["llvm"]["revision"]


def test_probe_reads_the_three_verdicts():
    r = probe.probe("gfx1151", ["v_cvt_f32_fp8", "v_dot2_f8_f32", "v_wmma_i32_16x16x16_iu8", "s_endpgm"])
    assert r.status("v_cvt_f32_fp8") == "elsewhere"          # not supported on this GPU
    assert r.status("v_dot2_f8_f32") == "invalid"            # no GPU has it
    assert r.status("v_wmma_i32_16x16x16_iu8") == "present"  # "too few operands"
    assert r.status("s_endpgm") == "present"                 # accepted as written


def test_probe_vopd_second_half_opcodes():
    # v_dual_add_nc_u32 exists only as the second half of a VOPD pair on RDNA3+.
    assert probe.probe("gfx1151", ["v_dual_add_nc_u32"]).status("v_dual_add_nc_u32") == "present"
    assert probe.probe("gfx942", ["v_dual_add_nc_u32"]).status("v_dual_add_nc_u32") == "elsewhere"


def test_processors_this_llvm_lacks():
    assert not probe.target_known("gfx941")
    assert probe.target_known("gfx1151")

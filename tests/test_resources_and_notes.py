"""Resource facts from three sources, and what the ISA database adds to a kernel's verdict."""

from __future__ import annotations

from conftest import SAMPLE_ASM
from isacheck.analysis import analyze_text

CAST_1201 = SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e4nv--gfx1201.s"


def _kernel(text: str, target=None):
    (k,) = analyze_text(text, "cast.s", target=target).kernels
    return k


def test_three_sources_agree_on_a_real_dump():
    k = _kernel(CAST_1201.read_text())
    r = k.resources
    assert (r.vgprs, r.scratch_bytes, r.lds_bytes, r.wave_size, r.occupancy) == (9, 0, 0, 32, 16)
    assert r.occupancy_source == "compiler" and r.disagreements == ()


def test_disagreeing_sources_are_reported_not_hidden():
    text = CAST_1201.read_text()
    edited = text.replace("; NumVgprs: 9", "; NumVgprs: 12").replace("; ScratchSize: 0", "; ScratchSize: 64")
    assert edited != text
    r = _kernel(edited).resources
    assert r.vgprs == 12  # the compiler's statistics win for VGPRs ...
    assert r.scratch_bytes == 0  # ... and the runtime's metadata for scratch
    said = "\n".join(r.disagreements)
    assert "VGPRs" in said and "12" in said and "9" in said
    assert "scratch bytes" in said and "64" in said


def test_occupancy_is_computed_from_the_isa_database_when_the_compiler_did_not_say():
    text = "\n".join(line for line in CAST_1201.read_text().splitlines() if not line.startswith("; Occupancy:"))
    r = _kernel(text, target="gfx1201").resources
    assert (r.occupancy, r.occupancy_source) == (16, "computed")
    assert _kernel(text).resources.occupancy == 16  # the target comes from .amdgcn_target


def test_missed_hardware_path_on_gfx1201():
    k = _kernel(CAST_1201.read_text())
    assert k.fp8 == "emulated" and k.formats == ("e4m3fn",)
    (note,) = k.target_notes
    assert note.startswith("gfx1201 has v_cvt_pk_f32_fp8 but this kernel converts in software")
    assert "missed hardware path" in note


def test_hardware_kernels_get_no_note():
    k = _kernel((SAMPLE_ASM / "fp8_cast" / "fp8_to_fp16--fp8e4nv--gfx950.s").read_text())
    assert k.fp8 == "hardware" and k.target_notes == ()
    assert [c.mnemonic for c in k.hardware_fp8] == ["v_cvt_scalef32_pk_f16_fp8"]

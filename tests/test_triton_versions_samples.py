"""The labelled sample matrix of other Triton releases (samples/asm/triton-<version>/, made by
``samples/regen.py --triton <version>``): every dump parses completely and the verdict agrees with
the ground truth regen.py recorded from that release's own LLVM IR, TTGIR and statistics."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from conftest import SAMPLE_ASM
from isacheck.analysis import analyze_module
from isacheck.analysis.result import TRITON_FP8 as TRITON_TO_FORMAT
from isacheck.asm import parse_file

MANIFESTS = {path.parent.name.removeprefix("triton-"): json.loads(path.read_text())
             for path in sorted(SAMPLE_ASM.glob("triton-*/MANIFEST.json"))}
DUMPS = [(version, rel) for version, m in MANIFESTS.items() for rel in sorted(m["dumps"])]


@lru_cache(maxsize=None)
def analysed(version: str, rel: str):
    entry = MANIFESTS[version]["dumps"][rel]
    return analyze_module(parse_file(SAMPLE_ASM / f"triton-{version}" / rel)).kernel(entry["kernel"])


def test_at_least_two_releases_besides_the_pinned_one():
    assert len([v for v in MANIFESTS if v != "3.9.0"]) >= 2
    for version, m in MANIFESTS.items():
        assert m["triton_version"] == version
        assert {e["target"] for e in m["dumps"].values()} >= {"gfx942", "gfx950"}


def test_triton_34_refuses_fp8e4nv_on_gfx11_in_the_matrix():
    refused = MANIFESTS["3.4.0"].get("refused", {})
    assert "fp8_cast/fp8_to_fp16--fp8e4nv--gfx1151.s" in refused
    assert all("fp8e4nv" in why for why in refused.values())
    assert not any("--fp8e4nv--gfx11" in rel for rel in MANIFESTS["3.4.0"]["dumps"])


@pytest.mark.parametrize("version, rel", DUMPS, ids=[f"{v}:{r}" for v, r in DUMPS])
def test_every_release_dump_parses_and_agrees_with_its_llvm_ir(version, rel):
    entry = MANIFESTS[version]["dumps"][rel]
    truth = entry["ground_truth"]
    parsed = parse_file(SAMPLE_ASM / f"triton-{version}" / rel)
    assert parsed.kernels and all(len(kd.instructions) > 0 for kd in parsed.kernels)
    k = analysed(version, rel)
    assert k.resources.scratch_bytes == truth["scratch_size"]
    assert k.resources.vgprs == truth["num_vgprs"]
    assert k.resources.occupancy == truth["occupancy"]
    assert (k.fp8 in ("hardware", "mixed")) == truth["hardware_fp8"], (k.fp8, truth["hardware_fp8_intrinsics"])
    expected = sorted(TRITON_TO_FORMAT[f] for f in truth["emulated_formats"])
    if k.fp8 == "cheap":
        assert expected == ["e5m2"] and {s.idiom for s in k.emulation} == {"shift"}
    else:
        # Triton 3.3/3.4 quantise to e5m2 with their own packed-rounding idiom (mask 0xfffefffe,
        # add 0x800080, keep the high byte): fp16_to_fp8/fp32_to_fp8--fp8e5--gfx1151 hold it.
        assert list(k.formats) == expected, (k.fp8, k.formats, expected)

"""Register, LDS and scratch use of a kernel, reconciled across the three places the compiler says it.

The ``.amdgpu_metadata`` block is what the runtime reads, the statistics comment block is the
compiler's own summary, the ``.amdhsa_*``/``.set`` directives are what the assembler encodes. They
normally agree; where they do not, each disagreement becomes one sentence instead of a silent pick.
"""

from __future__ import annotations

from isacheck.analysis.result import Resources
from isacheck.asm.model import Kernel

_SOURCE_NAMES = {"metadata": "metadata", "stats": "statistics comment", "amdhsa": ".amdhsa directive", "set": ".set"}


def _facts(kernel: Kernel) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for f in kernel.facts:
        if isinstance(f.value, bool):
            out[(f.source, f.key)] = int(f.value)
        elif isinstance(f.value, int):
            out[(f.source, f.key)] = f.value
    return out


def _pick(facts, label: str, disagreements: list[str], *keys: tuple[str, str]) -> int | None:
    """First available value in ``keys`` order; a differing value from another source is reported."""
    present = [(k, facts[k]) for k in keys if k in facts]
    if not present:
        return None
    values = {v for _, v in present}
    if len(values) > 1:
        said = ", ".join(f"{_SOURCE_NAMES[s]} {key} = {v}" for (s, key), v in present)
        disagreements.append(f"{label}: the sources disagree ({said})")
    return present[0][1]


def _vgprs_seen(kernel: Kernel) -> int | None:
    highest = -1
    for inst in kernel.instructions:
        for op in inst.operands:
            if op.kind == "vgpr" and op.last is not None and op.last > highest:
                highest = op.last
    return highest + 1 if highest >= 0 else None


def resources(kernel: Kernel, target: str | None = None) -> Resources:
    facts = _facts(kernel)
    dis: list[str] = []
    vgprs = _pick(facts, "VGPRs", dis, ("stats", "NumVgprs"), ("set", "num_vgpr"))
    total_vgprs = facts.get(("stats", "TotalNumVgprs"), vgprs)
    if ("metadata", "vgpr_count") in facts and total_vgprs is not None and facts[("metadata", "vgpr_count")] != total_vgprs:
        dis.append(f"VGPRs: metadata vgpr_count = {facts[('metadata', 'vgpr_count')]}, statistics comment says {total_vgprs}")
    if vgprs is None:
        vgprs = facts.get(("metadata", "vgpr_count"))
    agprs = _pick(facts, "AGPRs", dis, ("stats", "NumAgprs"), ("set", "num_agpr"), ("metadata", "agpr_count"))
    sgprs = _pick(facts, "SGPRs", dis, ("stats", "TotalNumSgprs"), ("metadata", "sgpr_count"))
    lds = _pick(facts, "LDS bytes", dis, ("metadata", "group_segment_fixed_size"),
                ("amdhsa", "group_segment_fixed_size"), ("stats", "LDSByteSize"))
    scratch = _pick(facts, "scratch bytes", dis, ("metadata", "private_segment_fixed_size"),
                    ("stats", "ScratchSize"), ("amdhsa", "private_segment_fixed_size"), ("set", "private_seg_size"))
    wave = facts.get(("metadata", "wavefront_size"))
    if wave is None and ("amdhsa", "wavefront_size32") in facts:
        wave = 32 if facts[("amdhsa", "wavefront_size32")] else 64
    occupancy = facts.get(("stats", "Occupancy"))
    source = "compiler" if occupancy is not None else None
    if occupancy is None and target and vgprs:
        from isacheck.errors import UnknownTargetError
        from isacheck.isa import waves_per_simd
        try:
            occupancy = waves_per_simd(target, vgprs, agprs or 0, wave)
            source = "computed"
        except UnknownTargetError:  # occupancy stays unknown rather than guessed
            occupancy = None
    return Resources(
        vgprs=vgprs, agprs=agprs, sgprs=sgprs, lds_bytes=lds, scratch_bytes=scratch, wave_size=wave,
        occupancy=occupancy, code_bytes=facts.get(("stats", "codeLenInByte")),
        disagreements=tuple(dis), occupancy_source=source,
        # Only a fragment without any register count needs the floor read off the instructions.
        vgprs_seen=_vgprs_seen(kernel) if vgprs is None else None,
    )

"""Spill traffic: what the register allocator pushed to scratch memory (or to AGPRs) and back."""

from __future__ import annotations

import re

from isacheck.analysis.result import SpillSite, Spills
from isacheck.asm.model import Kernel

_BYTES_RE = re.compile(r"(\d+)-byte")
_WIDTH = (("b128", 16), ("dwordx4", 16), ("b96", 12), ("dwordx3", 12), ("b64", 8), ("dwordx2", 8),
          ("b32", 4), ("dword", 4), ("b16", 2), ("short", 2), ("b8", 1), ("byte", 1))


def _bytes(mnemonic: str, comment: str | None) -> int:
    if comment:
        m = _BYTES_RE.search(comment)
        if m:
            return int(m.group(1))
    for suffix, n in _WIDTH:
        if suffix in mnemonic:
            return n
    return 4


def _kind(mnemonic: str, comment: str | None) -> str | None:
    spill_comment = bool(comment) and ("Spill" in comment or "Reload" in comment)
    if mnemonic.startswith("scratch_store"):
        return "store"
    if mnemonic.startswith("scratch_load"):
        return "reload"
    # Without flat scratch (gfx90a...) spills are buffer ops on the private segment; Triton also
    # uses buffer ops for ordinary global memory, so only the compiler's own comment makes them spills.
    if spill_comment and mnemonic.startswith("buffer_store"):
        return "store"
    if spill_comment and mnemonic.startswith("buffer_load"):
        return "reload"
    if spill_comment and mnemonic.startswith("v_accvgpr_write"):
        return "agpr-write"
    if spill_comment and mnemonic.startswith("v_accvgpr_read"):
        return "agpr-read"
    return None


def _fact(kernel: Kernel, *keys: tuple[str, str]) -> int | None:
    for source, key in keys:
        for f in kernel.facts:
            if f.source == source and f.key == key and isinstance(f.value, int) and not isinstance(f.value, bool):
                return f.value
    return None


def find_spills(kernel: Kernel) -> Spills:
    sites = []
    for inst in kernel.instructions:
        # Only scratch ops and commented instructions can be spills: skip the rest cheaply.
        if inst.comment is None and not inst.mnemonic.startswith("scratch_"):
            continue
        kind = _kind(inst.mnemonic, inst.comment)
        if kind is not None:
            sites.append(SpillSite(kind=kind, mnemonic=inst.mnemonic, loc=inst.loc, asm_line=inst.asm_line,
                                   bytes=_bytes(inst.mnemonic, inst.comment)))
    return Spills(
        vgpr_spill_count=_fact(kernel, ("metadata", "vgpr_spill_count")),
        sgpr_spill_count=_fact(kernel, ("metadata", "sgpr_spill_count")),
        scratch_bytes=_fact(kernel, ("metadata", "private_segment_fixed_size"), ("stats", "ScratchSize"),
                            ("amdhsa", "private_segment_fixed_size"), ("set", "private_seg_size")),
        stores=sum(1 for s in sites if s.kind == "store"),
        reloads=sum(1 for s in sites if s.kind == "reload"),
        agpr_copies=sum(1 for s in sites if s.kind.startswith("agpr")),
        sites=tuple(sites),
    )

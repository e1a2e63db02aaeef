"""Find software FP8 conversions in a kernel by their idioms (see fp8_signatures.py).

The method, in order:
1. Evidence: every instruction that uses a tell-tale constant (a literal, or a register known to hold
   it) in the idiom's role (a select value, a compare threshold, ...) is an event.
2. Clusters: per idiom, events less than ``GAP`` instructions apart form one cluster; a cluster counts
   when it holds ``min_distinct`` different constants (and one of the idiom's ``unique`` ones). Where
   two sibling idioms claim the same instructions (e4m3fn and e4m3fnuz share three ladder constants),
   the one with more distinct constants wins.
3. Sites, one per converted value: every instruction keeps the ``.loc`` of the value it computes, so
   the evidence is counted per (idiom, Python line) over the whole kernel, and the line's most
   repeated constant (each ladder selects each subnormal value exactly once) occurs once per value.
   Interleaved ladders of two lines (a GEMM's A and B operands) are counted apart, and a ladder the
   scheduler stretched over two clusters is counted once. A packed idiom converts two values per
   anchor. The direction is the one most of the line's evidence shows, widened to what the source
   asked for (a ladder to fp16 followed by ``v_cvt_f32_f16`` is fp8 -> fp32).
4. Cost: the instructions of the conversion vocabulary (compares, selects, masks, shifts, rebias adds,
   constant moves) inside the cluster's span, shared evenly among its sites.
5. e5m2 -> fp16 needs no ladder (same exponent width): a byte shifted into the high half, or a
   v_perm_b32 that zero-fills the low byte of each half (two values). Reported as cheap ``shift`` sites.

Ground truth for all of this is Triton's own LLVM IR (samples/ground_truth.py), compared per source
line on every sample dump by tests/test_samples.py.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from isacheck.analysis.dataflow import BYTE_LOAD_PREFIXES, ConstantTracker, reg_keys, written_operands
from isacheck.analysis.fp8_signatures import ADD, INDEX, IDIOMS, MASK, Idiom, role_of
from isacheck.analysis.result import EmulationSite
from isacheck.asm.model import Instruction, Kernel, SourceLoc

GAP = 40          # instructions between two events of one cluster (the scheduler interleaves ladders)
BACK = 8          # how far before the first event the extraction masks/shifts may start
FORWARD = 3       # sign merge / pack after the last event

_VOCABULARY = (
    "v_cmp", "v_cndmask", "v_and", "v_or", "v_xor", "v_lshl", "v_lshr", "v_ashr", "v_add", "v_sub",
    "v_bfe", "v_bfi", "v_max", "v_min", "v_med3", "v_mul_f32", "v_perm", "v_mov", "v_cvt_f32_f16",
    "v_cvt_f16_f32", "v_cvt_u32_u16", "v_pk_", "v_alignbit", "v_alignbyte", "s_movk_i32", "s_mov_b32",
)


class _Event(NamedTuple):
    # A tuple, not a frozen dataclass: a GEMM has tens of thousands of events, and a frozen
    # dataclass pays an object.__setattr__ per field on construction.
    index: int
    role: str
    value: int
    idioms: tuple[int, ...]   # positions in IDIOMS (cheaper to hash than the dataclasses)


@dataclass(slots=True)
class _Cluster:
    idiom: Idiom
    events: list[_Event]

    @property
    def start(self) -> int:
        return self.events[0].index

    @property
    def end(self) -> int:
        return self.events[-1].index

    def distinct(self) -> set[tuple[str, int]]:
        return {(e.role, e.value) for e in self.events}

    def score(self) -> tuple[int, int]:
        distinct = self.distinct()
        values = {v for _, v in distinct}
        return (len(distinct), len(values & self.idiom.unique))


# A 16-bit instruction's literal is printed sign-extended to 32 bits (0xfffffc00 for 0xfc00).
_SIXTEEN_BIT = ("_u16", "_i16", "_b16", "_f16")
_INTERESTING = frozenset(value for _, value in INDEX)
_IDIOM_NUMBER = {idiom: n for n, idiom in enumerate(IDIOMS)}
_INDEX_NUMBERS = {key: tuple(_IDIOM_NUMBER[i] for i in idioms) for key, idioms in INDEX.items()}
_KEY_NUMBER = {idiom.key: n for n, idiom in enumerate(IDIOMS)}
_WEAK_ROLES = (ADD, MASK)


def _events(instructions: tuple[Instruction, ...]) -> list[_Event]:
    # The hot loop of the analysis (one pass over ~60k instructions): lookups are inlined on
    # purpose. (Caching per instruction shape was tried: a GEMM has ~15k distinct shapes among
    # 60k instructions, and the cache cost more than it saved.)
    tracker = ConstantTracker(_INTERESTING)
    registers = tracker.registers
    step = tracker.step
    moves = tracker.moves
    roles: dict[str, str | None] = {}   # per distinct mnemonic: a kernel has a few hundred
    index_get = _INDEX_NUMBERS.get
    new = tuple.__new__                 # builds an _Event without NamedTuple.__new__'s Python frame
    events: list[_Event] = []
    append = events.append
    for i, inst in enumerate(instructions):
        # A VOPD pair (gfx11+ dual issue) holds two instructions, either may be evidence
        # (``v_dual_mul_f32 v5, 0x77800000, v5 :: v_dual_lshlrev_b32 ...``).
        for half in (inst,) if inst.dual is None else (inst, inst.dual):
            mnemonic = half.mnemonic
            role = roles.get(mnemonic, "")
            if role == "":
                role = roles[mnemonic] = role_of(mnemonic)
            if role is None:
                continue
            # Operand 0 is the destination of every instruction with a role (v_cmp writes vcc/SGPR).
            seen = 0
            for op in half.operands[1:]:
                if op.kind == "int":
                    if op.value is None or op.neg:
                        continue
                    value = op.value & 0xFFFFFFFF
                    if value >= 0xFFFF0000 and any(t in mnemonic for t in _SIXTEEN_BIT):
                        value &= 0xFFFF       # `v_pk_add_u16 v1, 0xfffffc00, v1`: the 16-bit 0xfc00
                elif registers and op.first is not None and op.first == op.last:
                    value = registers.get((op.kind, op.first, op.half))
                    if value is None:
                        continue
                else:
                    continue
                if value == seen:
                    continue
                seen = value
                idioms = index_get((role, value))
                if idioms:
                    append(new(_Event, (i, role, value, idioms)))
        if registers or inst.mnemonic in moves or inst.dual is not None:
            step(inst)
    return events


def _clusters(events: list[_Event]) -> list[_Cluster]:
    per_idiom: list[list[_Event]] = [[] for _ in IDIOMS]
    for e in events:
        for number in e.idioms:
            per_idiom[number].append(e)
    candidates: list[_Cluster] = []
    for idiom, mine in zip(IDIOMS, per_idiom):
        current: list[_Event] = []
        for e in mine:
            if current and e.index - current[-1].index > GAP:
                candidates.append(_Cluster(idiom, current))
                current = []
            current.append(e)
        if current:
            candidates.append(_Cluster(idiom, current))
    good = []
    for c in candidates:
        distinct, unique = score = c.score()
        if distinct >= c.idiom.min_distinct and (unique or not c.idiom.unique):
            good.append((score, c))
    # Siblings sharing constants compete for the same instructions: best score first.
    good.sort(key=lambda sc: (-sc[0][0], -sc[0][1], sc[1].start, sc[1].idiom.key))
    accepted: list[_Cluster] = []
    for _, c in good:
        shared = set(c.idiom.constants)
        clash = any(
            a.start <= c.end and c.start <= a.end and a.idiom is not c.idiom and shared & set(a.idiom.constants)
            for a in accepted
        )
        if not clash:
            accepted.append(c)
    accepted.sort(key=lambda c: c.start)
    return accepted


_VOCABULARY_CACHE: dict[str, bool] = {}


def _is_vocabulary(inst: Instruction) -> bool:
    known = _VOCABULARY_CACHE.get(inst.mnemonic)
    if known is None:
        known = _VOCABULARY_CACHE[inst.mnemonic] = inst.mnemonic.startswith(_VOCABULARY)
    return known


def _valu_vocabulary_prefix(instructions: tuple[Instruction, ...]) -> list[int]:
    """prefix[i] = VALU vocabulary instructions among instructions[:i] (one pass, then O(1) per span)."""
    flags: dict[str, int] = {}
    prefix = [0]
    append = prefix.append
    total = 0
    for inst in instructions:
        flag = flags.get(inst.mnemonic)
        if flag is None:
            flag = flags[inst.mnemonic] = int(inst.mnemonic[0] == "v" and _is_vocabulary(inst))
        total += flag
        append(total)
    return prefix


def _known_loc(instructions: tuple[Instruction, ...], index: int) -> SourceLoc | None:
    """The loc of an instruction, or of the nearest instruction before it with a real line."""
    for j in range(index, max(-1, index - 64), -1):
        loc = instructions[j].loc
        if loc is not None and loc.line > 0:
            return loc
    return None


def _by_line(instructions: tuple[Instruction, ...], cluster: _Cluster) -> list[tuple[SourceLoc | None, list[_Event]]]:
    """A cluster's events grouped by Python source line, in order of first appearance.

    The scheduler interleaves the ladders of two source lines (a GEMM's A and B operands) into
    one cluster, but every instruction keeps the ``.loc`` of the value it computes: counting per
    line is what makes the site count per line exact. A line whose events alone would not be
    evidence of the idiom (a constant hoisted into the prologue, the last rung of a ladder cut by
    a fragment's edge) holds no conversion of its own: its events join the cluster's main line.
    """
    groups: dict[tuple[str, int] | None, tuple[SourceLoc | None, list[_Event]]] = {}
    keys: dict[int, tuple[str, int] | None] = {}    # the parser shares one SourceLoc per .loc
    for e in cluster.events:
        loc = instructions[e.index].loc
        key = keys.get(id(loc), 0)
        if key == 0:
            # Line 0 is LLVM's "merged from several lines": such an event belongs to no line.
            key = keys[id(loc)] = (loc.file, loc.line) if loc is not None and loc.line > 0 else None
        group = groups.get(key)
        if group is None:
            groups[key] = (loc if key is not None else None, [e])
        else:
            group[1].append(e)
    if len(groups) == 1:
        ((loc, events),) = groups.values()
        return [(loc or _known_loc(instructions, events[0].index), events)]
    idiom = cluster.idiom

    def evidence(events: list[_Event]) -> bool:
        distinct = {(e.role, e.value) for e in events}
        return len(distinct) >= idiom.min_distinct and (not idiom.unique or any(v in idiom.unique for _, v in distinct))

    good = [g for key, g in groups.items() if key is not None and evidence(g[1])]
    main = max(good or groups.values(), key=lambda g: len(g[1]))
    for g in groups.values():
        if g is not main and not (good and g in good):
            main[1].extend(g[1])
    main[1].sort(key=lambda e: e.index)
    if main[0] is None:
        main = (_known_loc(instructions, main[1][0].index), main[1])
        return [main]
    return [g for g in groups.values() if g is main or g in good]


# Instructions that read fp16 and write fp32: the fp16 a ladder made is widened, so the source asked
# for fp32 (``x.to(tl.float32) * 2.0`` becomes one ``v_fma_mix_f32 v4, v4, 1.0, v4``).
_WIDENINGS = ("v_cvt_f32_f16", "v_fma_mix_f32", "v_mad_mix_f32")


def _refine(idiom: Idiom, instructions: tuple[Instruction, ...], first: int, last: int) -> tuple[str, str]:
    """Widen the idiom's direction from what surrounds the cluster (events ``first``..``last``).

    fp8 -> fp16 ladders whose result is widened (v_cvt_f32_f16, v_fma_mix_f32) are fp8 -> fp32, and fp8 -> bf16 when
    the fp32 is then truncated (v_lshrrev_b32 16) or NaN-patched with the bf16 NaN 0x7fc0;
    quantisers fed by v_cvt_f32_f16 are fp16 -> fp8.
    """
    src, dst = idiom.src, idiom.dst
    if idiom.src == "fp8" and idiom.dst == "fp16":
        window = instructions[last + 1:last + 12]
        literals = {o.value for inst in window for o in inst.operands if o.kind == "int"}
        if 0x7FC0 in literals:          # the bf16 quiet NaN patched in
            return src, "bf16"
        if 0x7FC00000 in literals:      # the fp32 quiet NaN patched in
            return src, "fp32"
        for k, inst in enumerate(window):
            if inst.mnemonic.startswith(_WIDENINGS):
                for after in window[k + 1:k + 4]:
                    if (after.mnemonic.startswith("v_lshrrev_b32") and len(after.operands) > 1
                            and after.operands[1].value == 16):   # fp32 truncated to its bf16 half
                        return src, "bf16"
                return src, "fp32"
    if idiom.dst == "fp8" and idiom.src == "fp32":
        for inst in instructions[max(0, first - BACK):first + 1]:
            if inst.mnemonic.startswith("v_cvt_f32_f16"):
                return "fp16", dst
    if idiom.dst == "fp8" and idiom.src == "fp16" and _narrowed_from_fp32(instructions, first):
        return "fp32", dst
    return src, dst


def _narrowed_from_fp32(instructions: tuple[Instruction, ...], index: int) -> bool:
    """Whether the fp16 bits instruction ``index`` works on were just rounded from fp32: then an
    fp16 quantiser is the second step of the fp32 -> fp8 the source asked for (Triton 3.4:
    ``v_fma_mixlo_f16`` multiplies in fp32 and rounds to fp16 before the quantiser). Definitions
    are followed back through the quantiser's own bit operations (masks, shifts, integer adds,
    packs, selects) to the instruction that made the value: a narrowing from fp32 says yes, fp16
    arithmetic (``x * scale`` in fp16) or anything else says no."""
    pending = [(index, k) for half in _pair(instructions[index]) for op in half.operands[1:] for k in reg_keys(op)]
    visited = 0
    while pending and visited < 24:
        at, key = pending.pop()
        visited += 1
        for j in range(at - 1, max(-1, at - 2 * GAP), -1):
            writer = next((half for half in _pair(instructions[j])
                           if any(k == key for op in written_operands(half) for k in reg_keys(op))), None)
            if writer is None:
                continue
            mnemonic = writer.mnemonic.replace("v_dual_", "v_", 1)
            if mnemonic.startswith(_NARROWINGS):
                if not _mix_reads_fp16(writer):
                    return True
            elif mnemonic.startswith(_BIT_OPS):
                pending.extend((j, k) for op in writer.operands[1:] for k in reg_keys(op))
            break
    return False


def _pair(inst: Instruction) -> tuple[Instruction, ...]:
    """An instruction, or both halves of a VOPD dual-issue pair."""
    return (inst,) if inst.dual is None else (inst, inst.dual)


# Integer and bit operations a quantiser applies to the fp16 bits (followed back by the above).
_BIT_OPS = ("v_and_", "v_or_", "v_xor_", "v_lshr", "v_lshl", "v_ashr", "v_add_u", "v_add_nc_u", "v_sub_u",
            "v_sub_nc_u", "v_bfe_", "v_bfi_", "v_perm_", "v_pack_b32_f16", "v_cndmask_", "v_mov_", "v_max_u",
            "v_min_u", "v_med3_u", "v_alignbit", "v_and_or", "v_lshl_or", "v_bitop3")


# Instructions that read fp32 and write fp16.
_NARROWINGS = ("v_cvt_f16_f32", "v_cvt_pk_rtz_f16_f32", "v_cvt_pkrtz_f16_f32", "v_cvt_pk_f16_f32",
               "v_fma_mixlo_f16", "v_fma_mixhi_f16", "v_mad_mixlo_f16", "v_mad_mixhi_f16")


def _mix_reads_fp16(inst: Instruction) -> bool:
    """``v_fma_mix*`` reads an operand as fp16 where its op_sel_hi bit is set (all three: all fp16)."""
    if "mix" not in inst.mnemonic:
        return False
    bits = dict(inst.modifiers).get("op_sel_hi")
    return bits is not None and "0" not in bits


def _ladder_sites(kernel: Kernel) -> tuple[list[EmulationSite], list[tuple[int, int]]]:
    """Sites of the ladder, rebias and quantisation idioms, and the spans their clusters cover.

    One site per converted value, counted per (idiom, source line) over the whole kernel: each
    conversion uses each of its idiom's constants once, so the most repeated constant of a line
    (its anchor) occurs once per value. Counting per cluster instead would count a ladder that
    the scheduler stretched over two clusters twice.
    """
    instructions = kernel.instructions
    clusters = _clusters(_events(instructions))
    spans: list[tuple[int, int]] = []
    if not clusters:
        return [], spans
    previous_end = -1
    valu_vocabulary = _valu_vocabulary_prefix(instructions)
    # Pass 1: spans, costs, and the evidence of each (idiom, line) over all clusters.
    groups: list[tuple[Idiom, int, int, list[tuple[tuple, SourceLoc | None, list[_Event]]]]] = []
    constants: dict[tuple, Counter] = {}
    directions: dict[tuple, Counter] = {}
    for c in clusters:
        start = c.start
        while start - 1 > previous_end and c.start - (start - 1) <= BACK and _is_vocabulary(instructions[start - 1]):
            start -= 1
        end = c.end
        while end + 1 < len(instructions) and end - c.end < FORWARD and _is_vocabulary(instructions[end + 1]):
            end += 1
        previous_end = end
        spans.append((start, end))
        # Only VALU instructions count: the cost is reported as a share of VALU work.
        cost = valu_vocabulary[end + 1] - valu_vocabulary[start]
        direction = _refine(c.idiom, instructions, c.start, c.end)
        lines = []
        for loc, events in _by_line(instructions, c):
            key = (c.idiom.key, (loc.file, loc.line) if loc is not None else None)
            constants.setdefault(key, Counter()).update((e.role, e.value) for e in events)
            directions.setdefault(key, Counter())[direction] += len(events)
            lines.append((key, loc, events))
        groups.append((c.idiom, start, cost, lines))
    anchors = {}
    for key, counts in constants.items():
        order = {k: n for n, k in enumerate(IDIOMS[_KEY_NUMBER[key[0]]].constants)}
        # Selects, compares, clamps and multiplies occur once per value; an add or a mask constant
        # may also be address arithmetic on the same line (0x2000 is an LDS offset as often as the
        # e4m3fn rebias): they anchor only an idiom that has nothing else.
        strong = {k: n for k, n in counts.items() if k[0] not in _WEAK_ROLES}
        anchors[key] = max((strong or counts).items(), key=lambda kv: (kv[1], -order.get(kv[0], 99)))[0]
    # One destination per (idiom, line): what most of its evidence says (a fp8 -> fp32 line
    # stays fp8 -> fp32 even where one stretch of it is cut before its v_cvt_f32_f16).
    chosen = {key: max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] for key, votes in directions.items()}
    # Pass 2: a site at each occurrence of its line's anchor; a cluster's cost is shared by its
    # sites (a stretch holding no anchor passes its cost on to the next site).
    sites: list[EmulationSite] = []
    carried = 0
    for idiom, start, cost, lines in groups:
        starts = [(key, loc, e.index) for key, loc, events in lines
                  for e in events if (e.role, e.value) == anchors[key]]
        if not starts:
            carried += cost
            continue
        cost += carried
        carried = 0
        # A packed idiom converts idiom.values values at each anchor: one site each.
        starts = [start_ for start_ in starts for _ in range(idiom.values)]
        total = len(starts)
        for k, (key, loc, index) in enumerate(starts):
            src, dst = chosen[key]
            sites.append(EmulationSite(
                fmt=idiom.fmt, src=src, dst=dst, idiom=idiom.name, cheap=idiom.cheap, loc=loc,
                asm_line=instructions[start if k == 0 else index].asm_line,
                instructions=cost // total + (1 if k < cost % total else 0),
            ))
    if carried and sites:
        last = sites[-1]
        sites[-1] = EmulationSite(last.fmt, last.src, last.dst, last.idiom, last.cheap, last.loc, last.asm_line,
                                  last.instructions + carried)
    return sites, spans


def _perm_selects_high_bytes(inst: Instruction) -> bool:
    """v_perm_b32 d, a, b, sel with selector bytes 0 and 2 = 0x0c (zero): two bytes into high halves."""
    if not inst.mnemonic.startswith("v_perm_b32") or len(inst.operands) != 4:
        return False
    sel = inst.operands[3]
    if sel.kind != "int" or sel.value is None:
        return False
    b = [(sel.value >> (8 * i)) & 0xFF for i in range(4)]
    return b[0] == 0x0C and b[2] == 0x0C and b[1] < 0x08 and b[3] < 0x08


class _Halves:
    """Registers tracked per 16-bit half: ``(kind, index, half)``, half ``"l"``/``"h"``, or None
    for the whole register (a zero-extending byte load fills the whole register)."""

    def __init__(self) -> None:
        self.keys: dict[tuple, object] = {}

    def set(self, op, value=0) -> None:
        self.clobber(op)
        for k in reg_keys(op):
            self.keys[(k[0], k[1], op.half)] = value

    def clobber(self, op) -> None:
        """``op`` is written: what it held is gone (writing one half keeps the other half's part)."""
        keys = self.keys
        for k in reg_keys(op):
            whole = keys.pop((k[0], k[1], None), None)
            if op.half is None:
                keys.pop((k[0], k[1], "l"), None)
                keys.pop((k[0], k[1], "h"), None)
            else:
                keys.pop((k[0], k[1], op.half), None)
                if whole is not None:            # the other half still holds its part
                    keys[(k[0], k[1], "l" if op.half == "h" else "h")] = whole

    def get(self, op) -> list:
        """Values ``op`` reads: its half (or the whole register's); a 32-bit read sees both halves."""
        keys = self.keys
        out = []
        for k in reg_keys(op):
            for half in ((op.half, None) if op.half else (None, "l", "h")):
                v = keys.get((k[0], k[1], half))
                if v is not None:
                    out.append(v)
        return out


def _or_partners(inst: Instruction) -> list[tuple[object, int]] | None:
    """For an OR that combines values: each source with the bit position it lands at; else None."""
    m = inst.mnemonic
    ops = inst.operands
    if m.startswith(("v_or_b16", "v_or_b32", "v_or3_b32", "v_bitop3_b16", "v_bitop3_b32")) and len(ops) >= 3:
        # v_bitop3 (gfx950): any 3-input bitwise function, here `a | (b & 0xff)` and its kin
        return [(op, 0) for op in ops[1:]]
    if m.startswith("v_lshl_or_b32") and len(ops) == 4 and ops[2].kind == "int" and ops[2].value is not None:
        return [(ops[1], ops[2].value), (ops[3], 0)]
    if m.startswith("v_and_or_b32") and len(ops) == 4:
        return [(ops[1], 0), (ops[3], 0)]
    return None


def _masks_to_a_byte(inst: Instruction) -> bool:
    """``v_and_b16 v1.h, 0xff, v1.h``, ``v_bfe_u32 v2, v3, 0, 8``: the result is one byte."""
    m, ops = inst.mnemonic, inst.operands
    if m.startswith(("v_and_b16", "v_and_b32")) and len(ops) == 3:
        return any(op.kind == "int" and op.value == 0xFF for op in ops[1:])
    if m.startswith("v_bfe_u32") and len(ops) == 4:
        return ops[3].kind == "int" and ops[3].value == 8 and ops[2].kind == "int" and ops[2].value == 0
    return False


def _byte_load_half(inst: Instruction):
    """The half a byte load writes: ``d16_hi`` the high half, ``d16`` the low one, else the whole."""
    m = inst.mnemonic
    if "d16_hi" in m:
        return "h"
    return "l" if "d16" in m else None


# Loads of whole words from global memory or LDS (scratch is spill traffic, not data).
_WORD_LOADS = ("global_load_b", "global_load_dword", "buffer_load_b", "buffer_load_dword", "flat_load_b",
               "flat_load_dword", "ds_load_b", "ds_read_b", "ds_read2", "ds_load_2")


# Instructions that carry a converted value on (moves, packs, byte shuffles, selects) and those
# that consume it as fp16 (arithmetic, conversions from fp16, fp16 dot and matrix instructions).
_CARRIERS = ("v_or", "v_and_or", "v_lshl_or", "v_perm", "v_cvt_u32_u16", "v_mov", "v_pack_b32_f16", "v_bitop3",
             "v_lshlrev_b32", "v_lshrrev_b32", "v_alignbit", "v_alignbyte", "v_cndmask", "v_and_b32", "v_and_b16",
             "v_bfi", "v_accvgpr_write", "v_accvgpr_read")
_NOT_FP16_CONSUMERS = ("v_pack_b32_f16", "v_cvt_f16_", "v_cvt_pk_f16", "v_cvt_pkrtz_f16", "v_cvt_pknorm")


def _fp16_consumer(m: str) -> bool:
    return ("f16" in m or "fma_mix" in m) and not m.startswith(_NOT_FP16_CONSUMERS)


def _shift_sites(kernel: Kernel, spans: list[tuple[int, int]]) -> list[EmulationSite]:
    """e5m2 -> fp16: the FP8 byte becomes the high byte of an fp16 (cheap, no ladder).

    A candidate puts a byte into the high byte of a 16-bit half with the low byte zero: a shift
    left by 8 (``v_lshlrev_b16``), a ``v_perm_b32`` that zero-fills the low bytes, or a mask with
    0xff00 (gfx9 takes byte 1 of a loaded word where it already is). It is a conversion when
    - its value is later read as fp16 (WMMA/MFMA, ``v_cvt_f32_f16``, fp16 arithmetic), followed
      through moves, packs and shuffles in registers (GEMMs convert words read from LDS); or
    - it shifts a byte just loaded from memory (an elementwise cast that stores the fp16).
    It is byte *packing*, not a conversion, when another byte is ORed into the low byte (int8 GEMM
    operands, ``(hi << 8) | lo``). Registers are followed per 16-bit half (``v1.l``/``v1.h``).
    """
    instructions = kernel.instructions
    inside = set()
    for start, end in spans:
        inside.update(range(start, end + 1))
    bytes_ = _Halves()              # registers holding one loaded/masked byte
    words = _Halves()               # registers holding bytes as loaded from memory (a word load of
                                    # 4 FP8 values, moved by whole bytes): the load's index
    taint = _Halves()               # registers holding candidates' values: frozenset of candidate numbers
    candidates: list[int] = []      # instruction indexes
    from_bytes: set[int] = set()
    packing: set[int] = set()
    confirmed: set[int] = set()
    widened: set[int] = set()       # candidates whose fp16 is widened to fp32 (v_cvt_f32_f16)
    counts: list[int] = []          # values each candidate converts (a v_perm converts two)
    sources: dict[int, list[int]] = {}
    empty: frozenset = frozenset()
    for i, inst in enumerate(instructions):
        m = inst.mnemonic
        ops = inst.operands
        if m.startswith(BYTE_LOAD_PREFIXES) and ops:
            dest = ops[0]
            loaded = dest._replace(half=_byte_load_half(inst)) if dest.half is None else dest
            bytes_.set(loaded, i)
            words.clobber(dest)
            taint.clobber(dest)
            continue
        if m.startswith(_WORD_LOADS) and ops:
            # A launch with aligned, in-bounds tensors loads the FP8 bytes 4 or 8 to a register
            # (buffer_load_b64) and converts them there: each byte is then moved into the top of a
            # half by a 16-bit shift or a 0xff000000 mask instead of coming from its own byte load.
            bytes_.clobber(ops[0])
            taint.clobber(ops[0])
            words.set(ops[0], i)
            continue
        flow = empty
        if taint.keys and len(ops) > 1:
            partners = _or_partners(inst)
            if partners is not None:
                shifted = empty.union(*(t for op, _ in partners for t in taint.get(op)))
                if shifted and any(pos % 16 == 0 and bytes_.get(op) for op, pos in partners):
                    packing.update(shifted)
            if _fp16_consumer(m):
                for op in ops[1:]:
                    for t in taint.get(op):
                        confirmed.update(t)
                        if m.startswith(_WIDENINGS):          # the source asked for fp32
                            widened.update(t)
            if m.startswith(_CARRIERS):
                flow = empty.union(*(t for op in ops[1:] for t in taint.get(op)))
        hit = byte_src = False
        values = 1
        moved = None                    # words carried by a whole-byte shift or a move
        if i not in inside and len(ops) >= 3:
            if m.startswith(("v_lshlrev_b16", "v_lshlrev_b32")) and len(ops) == 3:
                if ops[1].kind == "int" and ops[1].value == 8:
                    byte_src = bool(bytes_.get(ops[2])) or (m.startswith("v_lshlrev_b16") and bool(words.get(ops[2])))
                    hit = byte_src or m.startswith("v_lshlrev_b16")
                elif ops[1].kind == "int" and ops[1].value in (16, 24) and words.get(ops[2]):
                    moved = words.get(ops[2])
                elif m.endswith("_sdwa") and (dict(inst.modifiers).get("src1_sel") or "").startswith("BYTE"):
                    # `v_lshlrev_b32_sdwa v2, v6, v2 ... src1_sel:BYTE_3` (gfx9): one byte of a word
                    # shifted by a register (holding 8); a conversion once an fp16 instruction reads it
                    hit = True
            elif _perm_selects_high_bytes(inst):
                hit = True
                values = 2                      # one byte into the top of each half
                byte_src = any(bytes_.get(op) for op in ops[1:3])
            elif m.startswith(("v_and_b32", "v_and_b16")) and len(ops) == 3:
                hit = any(op.kind == "int" and op.value == 0xFF00 for op in ops[1:])
                # a loaded word's byte 1 kept in place, at the top of the low half
                byte_src = hit and any(words.get(op) for op in ops[1:])
                if not hit and m.startswith("v_and_b32") and any(words.get(op) for op in ops[1:]):
                    # the top byte of a loaded word, already at the top of its high half; a
                    # conversion only when its value then reaches an fp16 instruction
                    hit = any(op.kind == "int" and op.value == 0xFF000000 for op in ops[1:])
            elif (m.startswith("v_lshl_or_b32") and len(ops) == 4 and ops[2].kind == "int" and ops[2].value == 24
                  and (bytes_.get(ops[1]) or words.get(ops[1])) and any(t - packing for t in taint.get(ops[3]))):
                # `v_lshl_or_b32 v2, v4, 24, v2`: a second byte into the top of the high half,
                # beside a converted low half: the pair's second value (int8 packing ORs bytes
                # into a word that holds no converted value).
                hit = byte_src = True
            elif (m.startswith("v_and_or_b32") and len(ops) == 4 and any(t - packing for t in taint.get(ops[3]))
                  and any(op.kind == "int" and op.value == 0xFF000000 for op in ops[1:3])
                  and any(words.get(op) for op in ops[1:3])):
                # `v_and_or_b32 v0, 0xff000000, v6, v7`: a loaded byte kept in the top of the high
                # half beside a converted low half (the word-load form of the rule above).
                hit = byte_src = True
            elif m.startswith("v_lshrrev_b32") and len(ops) == 3 and ops[1].kind == "int" \
                    and ops[1].value in (8, 16, 24) and words.get(ops[2]):
                moved = words.get(ops[2])
        elif m.startswith(("v_mov_b32", "v_mov_b16")) and len(ops) == 2 and words.get(ops[1]):
            moved = words.get(ops[1])
        loads = [v for op in ops[1:] for v in bytes_.get(op) + words.get(op) if v >= 0] if byte_src else []
        written = written_operands(inst)
        for op in written:
            bytes_.clobber(op)
            words.clobber(op)
            taint.clobber(op)
        if _masks_to_a_byte(inst):
            bytes_.set(ops[0], -1)      # a byte, but not one loaded here
        if moved:
            words.set(ops[0], moved[0])
        if hit:
            n = len(candidates)
            candidates.append(i)
            counts.append(values)
            if byte_src:
                from_bytes.add(n)
                sources[n] = loads
            flow = flow | {n}
        if flow:
            for op in written:
                taint.set(op, flow)
    kept = [n for n in range(len(candidates)) if n not in packing and (n in from_bytes or n in confirmed)]
    locs = _shift_locs(instructions, [candidates[n] for n in kept], [sources.get(n, []) for n in kept],
                       [counts[n] for n in kept])
    sites = []
    for n, loc in zip(kept, locs):
        dst = "fp32" if n in widened else "fp16"
        sites.extend(EmulationSite(fmt="e5m2", src="fp8", dst=dst, idiom="shift", cheap=True, loc=loc,
                                   asm_line=instructions[candidates[n]].asm_line, instructions=1)
                     for _ in range(counts[n]))
    return sites


def _shift_locs(instructions: tuple[Instruction, ...], indexes: list[int], loads: list[list[int]],
                values: list[int]) -> list[SourceLoc | None]:
    """The line of each byte shift. LLVM sometimes tags the shift of a just-loaded byte with the
    load's line (folded into the load's extension) while the other shifts of the same loads carry
    the line of the ``.to()``: such a shift takes the line most shifts of those loads carry. (In a
    GEMM the conversion really is on the load's line, and most shifts say so.)"""
    locs = [_known_loc(instructions, i) for i in indexes]
    load_lines = [frozenset(l.line for j in js if (l := _known_loc(instructions, j)) is not None) for js in loads]
    votes: dict[frozenset, Counter] = {}
    first: dict[tuple[frozenset, int], SourceLoc] = {}
    for loc, lines, n in zip(locs, load_lines, values):
        if loc is not None and lines:
            votes.setdefault(lines, Counter())[loc.line] += n
            first.setdefault((lines, loc.line), loc)
    out = []
    for loc, lines in zip(locs, load_lines):
        if loc is not None and loc.line in lines:
            best = max(votes[lines].items(), key=lambda kv: (kv[1], -kv[0]))[0]
            if best not in lines:
                loc = first[(lines, best)]
        out.append(loc)
    return out


def find_emulation(kernel: Kernel, *, hardware_fp8: bool = False) -> tuple[EmulationSite, ...]:
    """Every software FP8 conversion in ``kernel``, in assembly order.

    ``hardware_fp8``: the kernel already uses FP8 instructions; byte shifts are then data movement
    around those instructions, not e5m2 conversions, and are not reported.
    """
    sites, spans = _ladder_sites(kernel)
    if not hardware_fp8 and not sites:
        sites.extend(_shift_sites(kernel, spans))
    sites.sort(key=lambda s: s.asm_line)
    return tuple(sites)

"""Find software FP8 conversions in a kernel by their idioms (see fp8_signatures.py).

The method, in order:
1. Evidence: every instruction that uses a tell-tale constant (a literal, or a register known to hold
   it) in the idiom's role (a select value, a compare threshold, ...) is an event.
2. Clusters: per idiom, events less than ``GAP`` instructions apart form one cluster; a cluster counts
   when it holds ``min_distinct`` different constants (and one of the idiom's ``unique`` ones). Where
   two sibling idioms claim the same instructions (e4m3fn and e4m3fnuz share three ladder constants),
   the one with more distinct constants wins.
3. Sites: a cluster holds as many conversions as its most repeated constant (each ladder selects each
   subnormal value exactly once), so an unrolled, interleaved GEMM prologue of 16 ladders is 16 sites.
   Each site gets the Python line most of its instructions carry (``.loc``).
4. Cost: the instructions of the conversion vocabulary (compares, selects, masks, shifts, rebias adds,
   constant moves) inside the cluster's span, shared evenly among its sites.
5. e5m2 -> fp16 needs no ladder (same exponent width): a byte shifted into the high half, or a
   v_perm_b32 that zero-fills the low byte of each half. Reported as cheap ``shift`` sites.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from isacheck.analysis.dataflow import BYTE_LOAD_PREFIXES, ConstantTracker, reg_keys, written_operands
from isacheck.analysis.fp8_signatures import INDEX, IDIOMS, Idiom, role_of
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


@dataclass(frozen=True, slots=True)
class _Event:
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


def _events(instructions: tuple[Instruction, ...]) -> list[_Event]:
    # The hot loop of the analysis (one pass over ~50k instructions): lookups are inlined on purpose.
    tracker = ConstantTracker(_INTERESTING)
    registers = tracker.registers
    step = tracker.step
    moves = tracker.moves
    roles: dict[str, str | None] = {}   # per distinct mnemonic: a kernel has a few hundred
    index_get = _INDEX_NUMBERS.get
    events: list[_Event] = []
    for i, inst in enumerate(instructions):
        mnemonic = inst.mnemonic
        role = roles.get(mnemonic, "")
        if role == "":
            role = roles[mnemonic] = role_of(mnemonic)
        if role is not None:
            # Operand 0 is the destination of every instruction with a role (v_cmp writes vcc/SGPR).
            seen = 0
            for op in inst.operands[1:]:
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
                    events.append(_Event(i, role, value, idioms))
        if registers or mnemonic in moves or inst.dual is not None:
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
    total = 0
    for inst in instructions:
        flag = flags.get(inst.mnemonic)
        if flag is None:
            flag = flags[inst.mnemonic] = int(inst.mnemonic[0] == "v" and _is_vocabulary(inst))
        total += flag
        prefix.append(total)
    return prefix


def _known_loc(instructions: tuple[Instruction, ...], index: int) -> SourceLoc | None:
    """The loc of an instruction, or of the nearest instruction before it with a real line."""
    for j in range(index, max(-1, index - 64), -1):
        loc = instructions[j].loc
        if loc is not None and loc.line > 0:
            return loc
    return None


def _site_loc(instructions: tuple[Instruction, ...], events: list[_Event]) -> SourceLoc | None:
    """The Python line most of the site's events carry (ties: the one seen first)."""
    counts: Counter[tuple[str, int]] = Counter()
    first: dict[tuple[str, int], SourceLoc] = {}
    for e in events:
        loc = instructions[e.index].loc
        if loc is not None and loc.line > 0:
            key = (loc.file, loc.line)
            counts[key] += 1
            first.setdefault(key, loc)
    if not counts:
        return _known_loc(instructions, events[0].index)
    # max() keeps the first of equal counts, and the Counter is in order of first appearance.
    return first[max(counts, key=counts.__getitem__)]


def _refine(idiom: Idiom, instructions: tuple[Instruction, ...], first: int, last: int) -> tuple[str, str]:
    """Widen the idiom's direction from what surrounds the cluster (events ``first``..``last``).

    fp8 -> fp16 ladders whose result goes through v_cvt_f32_f16 are fp8 -> fp32, and fp8 -> bf16 when
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
            if inst.mnemonic.startswith("v_cvt_f32_f16"):
                for after in window[k + 1:k + 4]:
                    if (after.mnemonic.startswith("v_lshrrev_b32") and len(after.operands) > 1
                            and after.operands[1].value == 16):   # fp32 truncated to its bf16 half
                        return src, "bf16"
                return src, "fp32"
    if idiom.dst == "fp8" and idiom.src == "fp32":
        for inst in instructions[max(0, first - BACK):first + 1]:
            if inst.mnemonic.startswith("v_cvt_f32_f16"):
                return "fp16", dst
    return src, dst


def _ladder_sites(kernel: Kernel) -> tuple[list[EmulationSite], list[tuple[int, int]]]:
    instructions = kernel.instructions
    clusters = _clusters(_events(instructions))
    sites: list[EmulationSite] = []
    spans: list[tuple[int, int]] = []
    previous_end = -1
    valu_vocabulary = _valu_vocabulary_prefix(instructions) if clusters else []
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
        counts = Counter((e.role, e.value) for e in c.events)
        order = {k: n for n, k in enumerate(c.idiom.constants)}
        anchor, n = max(counts.items(), key=lambda kv: (kv[1], -order.get(kv[0], 99)))
        src, dst = _refine(c.idiom, instructions, c.start, c.end)
        # Segment the cluster at each occurrence of the anchor constant: one segment, one conversion.
        cuts = [i for i, e in enumerate(c.events) if (e.role, e.value) == anchor]
        bounds = [0] + cuts[1:] + [len(c.events)]
        for k in range(n):
            segment = c.events[bounds[k]:bounds[k + 1]] or c.events
            share = cost // n + (1 if k < cost % n else 0)
            first = segment[0].index if k else start
            sites.append(EmulationSite(
                fmt=c.idiom.fmt, src=src, dst=dst, idiom=c.idiom.name, cheap=c.idiom.cheap,
                loc=_site_loc(instructions, segment), asm_line=instructions[first].asm_line,
                instructions=share,
            ))
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
    taint = _Halves()               # registers holding candidates' values: frozenset of candidate numbers
    candidates: list[int] = []      # instruction indexes
    from_bytes: set[int] = set()
    packing: set[int] = set()
    confirmed: set[int] = set()
    empty: frozenset = frozenset()
    for i, inst in enumerate(instructions):
        m = inst.mnemonic
        ops = inst.operands
        if m.startswith(BYTE_LOAD_PREFIXES) and ops:
            dest = ops[0]
            bytes_.set(dest._replace(half=_byte_load_half(inst)) if dest.half is None else dest)
            taint.clobber(dest)
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
            if m.startswith(_CARRIERS):
                flow = empty.union(*(t for op in ops[1:] for t in taint.get(op)))
        hit = byte_src = False
        if i not in inside and len(ops) >= 3:
            if m.startswith(("v_lshlrev_b16", "v_lshlrev_b32")) and len(ops) == 3:
                if ops[1].kind == "int" and ops[1].value == 8:
                    byte_src = bool(bytes_.get(ops[2]))
                    hit = byte_src or m.startswith("v_lshlrev_b16")
            elif _perm_selects_high_bytes(inst):
                hit = True
                byte_src = any(bytes_.get(op) for op in ops[1:3])
            elif m.startswith(("v_and_b32", "v_and_b16")) and len(ops) == 3:
                hit = any(op.kind == "int" and op.value == 0xFF00 for op in ops[1:])
        written = written_operands(inst)
        for op in written:
            bytes_.clobber(op)
            taint.clobber(op)
        if _masks_to_a_byte(inst):
            bytes_.set(ops[0])
        if hit:
            n = len(candidates)
            candidates.append(i)
            if byte_src:
                from_bytes.add(n)
            flow = flow | {n}
        if flow:
            for op in written:
                taint.set(op, flow)
    return [
        EmulationSite(fmt="e5m2", src="fp8", dst="fp16", idiom="shift", cheap=True,
                      loc=_known_loc(instructions, i), asm_line=instructions[i].asm_line, instructions=1)
        for n, i in enumerate(candidates) if n not in packing and (n in from_bytes or n in confirmed)
    ]


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

"""Small, conservative register facts shared by the analyses: which operand an instruction writes,
and which registers hold a known constant (gfx9 targets materialise ladder constants in a register
with ``v_mov_b32 v6, 0x1800`` / ``s_movk_i32 s4, 0x1800`` before the select that uses it).

Conservative means: a register's constant is forgotten on any write we cannot rule out, so a
constant is only ever reported where it really is; missing one costs evidence, never correctness.
"""

from __future__ import annotations

from typing import Iterator

from isacheck.asm.model import Instruction, Operand

REGISTER_KINDS = frozenset({"vgpr", "sgpr", "agpr", "ttmp", "special"})

# Instructions whose first operand is read, not written (stores, compares into SCC, control flow).
_NO_DEST_PREFIXES = (
    "global_store", "buffer_store", "scratch_store", "flat_store", "ds_write", "ds_store",
    "s_store", "s_buffer_store", "s_cmp", "s_bitcmp", "s_waitcnt", "s_wait_", "s_delay_alu",
    "s_branch", "s_cbranch", "s_nop", "s_endpgm", "s_barrier", "s_setprio", "s_sendmsg",
    "s_sleep", "s_clause", "s_set_inst_prefetch", "s_setreg", "s_trap", "s_dcache", "s_icache",
    "buffer_gl", "buffer_wbl", "buffer_inv", "s_sethalt", "s_ttrace", "exp ", "global_atomic",
    "buffer_atomic", "flat_atomic", "ds_add", "ds_gws", "s_cmpk",
)

MOVE_MNEMONICS = frozenset({
    "v_mov_b32", "v_mov_b32_e32", "v_mov_b32_e64", "v_mov_b16", "v_mov_b16_e32", "v_mov_b16_e64",
    "s_mov_b32", "s_movk_i32",
})

# Byte loads: their destination holds one FP8 value per lane (used by the e5m2 shift detector).
BYTE_LOAD_PREFIXES = (
    "global_load_u8", "global_load_ubyte", "global_load_d16_u8", "global_load_d16_hi_u8",
    "global_load_ubyte_d16", "buffer_load_u8", "buffer_load_ubyte", "buffer_load_d16_u8",
    "buffer_load_d16_hi_u8", "buffer_load_ubyte_d16", "flat_load_u8", "flat_load_ubyte",
    "ds_load_u8", "ds_read_u8",
)


def reg_keys(op: Operand) -> Iterator[tuple[str, int | str]]:
    """The registers an operand names, as (kind, index) (special registers by name)."""
    if op.kind == "special":
        yield ("special", op.text)
    elif op.kind in REGISTER_KINDS and op.first is not None:
        last = op.last if op.last is not None else op.first
        for i in range(op.first, last + 1):
            yield (op.kind, i)


def written_operands(inst: Instruction) -> tuple[Operand, ...]:
    """Operands an instruction writes (a superset is fine: it only forgets more constants)."""
    if not inst.operands or inst.mnemonic.startswith(_NO_DEST_PREFIXES):
        return ()
    ops = inst.operands
    # Carry-out forms write a second register: v_add_co_u32 v3, vcc_lo, ...; v_mad_u64_u32 v[0:1], null, ...
    if len(ops) > 1 and ("_co_" in inst.mnemonic or inst.mnemonic.startswith(("v_mad_u64", "v_mad_i64", "v_div_scale"))):
        return ops[:2]
    return ops[:1]


class ConstantTracker:
    """Which register holds which interesting literal, in program order (straight-line approximation).

    Only constants in ``interesting`` are remembered (the idiom constants): everything else would
    only cost time, and with nothing remembered a write needs no bookkeeping at all.
    """

    __slots__ = ("_values", "_interesting", "moves", "_live", "_written")

    def __init__(self, interesting: frozenset[int] | set[int]) -> None:
        self._values: dict[tuple[str, int | str, str | None], int] = {}
        self._interesting = interesting
        self.moves = MOVE_MNEMONICS
        self._live: set[tuple[str, int]] = set()   # (kind, index) of the registers in _values
        self._written: dict[str, int] = {}         # per mnemonic: how many leading operands it writes

    @property
    def registers(self) -> dict[tuple[str, int | str, str | None], int]:
        """The live (register -> constant) map itself, for hot loops that inline ``value``."""
        return self._values

    def step(self, inst: Instruction) -> None:
        """Account for what ``inst`` writes."""
        values = self._values
        if values:
            # Called for every instruction while a constant is live: the common case (a write to
            # a register holding none) is decided by one set lookup per written operand.
            ops = inst.operands
            n = self._written.get(inst.mnemonic)
            if n is None:
                n = len(written_operands(inst))
                if ops:                                  # (an operand-less first sighting says nothing)
                    self._written[inst.mnemonic] = n
            live = self._live
            for op in ops[:n]:
                first = op.first
                if first is None:
                    continue
                last = op.last if op.last is not None else first
                for index in range(first, last + 1):
                    if (op.kind, index) in live:
                        live.discard((op.kind, index))
                        for half in (None, "l", "h"):
                            values.pop((op.kind, index, half), None)
        if inst.mnemonic in MOVE_MNEMONICS and len(inst.operands) == 2 and not inst.modifiers:
            dst, src = inst.operands
            if (src.kind == "int" and src.value is not None and (src.value & 0xFFFFFFFF) in self._interesting
                    and dst.first is not None and dst.first == dst.last):
                values[(dst.kind, dst.first, dst.half)] = src.value & 0xFFFFFFFF
                self._live.add((dst.kind, dst.first))
        if inst.dual is not None:
            self.step(inst.dual)

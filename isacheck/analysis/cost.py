"""A static cost estimate of a kernel's hot loop: instruction mix per iteration, issue cycles per
unit (from ``isa_db/rates.json``), the unit that bounds the loop, and how much longer the loop
runs than its matrix work alone needs.

What the model is, and is not:

* It counts every instruction of the loop body once per iteration (both sides of a branch).
* It costs each instruction by the cycles its unit needs to issue or execute it for one wave:
  VALU passes (wave32/wave64, half/quarter rate classes, a VOPD pair as one), matrix cycles from
  AMD's matrix instruction calculator and LLVM, one issue slot for every other instruction.
* On RDNA, WMMA runs on the same SIMD as VALU and cannot overlap it (the calculator's
  ``coexec: False``), so VALU and matrix cycles add up; on CDNA, MFMA co-executes with VALU and
  the two bound the loop separately.
* No latency, no latency hiding, no memory bandwidth, no cache: ``s_waitcnt`` and friends are
  counted, never costed. Every figure it prints is therefore rounded to one significant digit.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from isacheck.analysis.loops import BackEdge, Loop, find_loops, hot_loop
from isacheck.asm.model import Kernel, SourceLoc

if TYPE_CHECKING:  # pragma: no cover
    from isacheck.analysis.mca import McaEstimate

UNITS = ("valu", "matrix", "salu", "smem", "lds", "vmem", "scratch", "branch", "wait")
# Units that are costed; "wait" is counted only (the model has no latency).
COSTED = ("valu", "matrix", "salu", "smem", "lds", "vmem", "scratch", "branch")
NOTE = "static issue-cycle estimate: no latency hiding, no memory bandwidth model"

_MATRIX = ("v_mfma", "v_smfmac", "v_wmma", "v_swmmac")
_WAIT = ("s_waitcnt", "s_wait_", "s_barrier", "s_nop", "s_delay_alu", "s_clause", "s_sleep", "s_sethalt",
         "s_setprio", "s_inst_prefetch", "s_set_inst_prefetch_distance")
_BRANCH = ("s_branch", "s_cbranch", "s_setpc", "s_swappc", "s_call", "s_getpc")
_SMEM = ("s_load", "s_buffer_load", "s_store", "s_buffer_store", "s_dcache", "s_scratch", "s_atc_probe",
         "s_memtime", "s_memrealtime", "s_prefetch")
_VMEM = ("global_", "buffer_", "flat_", "image_", "tbuffer_")
# VALU rate classes (LLVM SISchedule.td: WriteTrans32 and WriteIntMul quarter rate, Write64Bit half rate).
_TRANS = ("v_exp_", "v_log_", "v_rcp_", "v_rsq_", "v_sqrt_", "v_sin_", "v_cos_")
_INT_MUL = ("v_mul_lo_u32", "v_mul_hi_u32", "v_mul_lo_i32", "v_mul_hi_i32", "v_mad_u64_u32", "v_mad_i64_i32",
            "v_mad_u32_u24_e64")
_HALF_64 = ("v_lshlrev_b64", "v_lshrrev_b64", "v_ashrrev_i64", "v_lshl_b64", "v_lshr_b64", "v_ashr_i64",
            "v_lshl_add_u64", "v_add_u64", "v_sub_u64")


def unit_of(mnemonic: str, spill: bool = False) -> str:
    """The unit an instruction occupies (AMD's functional groups, coarsened)."""
    m = mnemonic
    if m.startswith("v_"):
        return "matrix" if m.startswith(_MATRIX) else "valu"
    if m.startswith("ds_"):
        return "lds"
    if m.startswith("scratch_") or (spill and m.startswith("buffer_")):
        return "scratch"
    if m.startswith(_VMEM):
        return "vmem"
    if m.startswith("s_"):
        if m.startswith(_WAIT):
            return "wait"
        if m.startswith(_BRANCH):
            return "branch"
        if m.startswith(_SMEM):
            return "smem"
        return "salu"
    return "salu"


def valu_rate_class(mnemonic: str, f64_full: bool) -> str:
    if mnemonic.startswith(_TRANS) or mnemonic.startswith(_INT_MUL):
        return "quarter"
    if "_f64" in mnemonic:
        return "full" if f64_full else "quarter"
    if mnemonic.startswith(_HALF_64):
        return "half"
    return "full"


@dataclass(frozen=True, slots=True)
class LoopCost:
    """The estimate for one loop, per iteration and per wave.

    mix:            instructions per unit (UNITS order), a VOPD pair counted as two VALU instructions
    cycles:         issue cycles per costed unit (COSTED order)
    loop_cycles:    the estimate: the busiest unit, with VALU and matrix summed where they share the SIMD
    bound:          the unit behind loop_cycles ("valu", "matrix", "lds", ...)
    matrix_kind:    "WMMA" | "MFMA" | "SWMMAC" | "SMFMAC" | None: the matrix instructions of the loop
    matrix_cycles:  cycles of the matrix instructions alone
    macs:           multiply-accumulates per iteration per wave (0 without matrix instructions)
    emulation_cycles: VALU cycles spent in software FP8 conversion (sites that start in the loop)
    unknown_matrix: matrix mnemonics the rate table has no entry for (their cycles are missing)
    source_lines:   the Python source lines of the loop's instructions, ``file:line``, sorted
    header_loc:     the first Python source position at the loop header (the ``for`` line or the first load)
    """

    header: str
    header_line: int
    depth: int
    back_edges: tuple[BackEdge, ...]
    llvm_header_depth: int | None
    mix: tuple[int, ...]
    cycles: tuple[int, ...]
    loop_cycles: int
    bound: str
    matrix_kind: str | None
    matrix_cycles: int
    macs: int
    emulation_cycles: int
    unknown_matrix: tuple[str, ...]
    source_lines: tuple[str, ...]
    header_loc: SourceLoc | None = None

    @property
    def is_k_loop(self) -> bool:
        return bool(self.mix[UNITS.index("matrix")])

    @property
    def overhead(self) -> float | None:
        """How many times longer the loop runs than its matrix work alone needs."""
        return self.loop_cycles / self.matrix_cycles if self.matrix_cycles else None

    @property
    def emulation_share(self) -> float:
        """Share of the loop's VALU cycles spent on FP8 emulation."""
        valu = self.cycles[COSTED.index("valu")]
        return min(1.0, self.emulation_cycles / valu) if valu else 0.0

    @property
    def cycles_per_kmac(self) -> float | None:
        """Loop cycles per 1024 multiply-accumulates: comparable across tile shapes and dtypes."""
        return self.loop_cycles * 1024 / self.macs if self.macs else None

    def mix_of(self, unit: str) -> int:
        return self.mix[UNITS.index(unit)]

    def cycles_of(self, unit: str) -> int:
        return self.cycles[COSTED.index(unit)]


@dataclass(frozen=True, slots=True)
class CostEstimate:
    """The estimate for one kernel. ``hot`` is None when the kernel has no loop or no rate table."""

    family: str | None
    wave_size: int | None
    loops: int
    hot: LoopCost | None
    note: str = NOTE
    mca: "McaEstimate | None" = None     # llvm-mca's cycles per iteration, when a usable one is at hand


def _matrix_kind(mnemonic: str) -> str:
    for prefix, kind in (("v_mfma", "MFMA"), ("v_smfmac", "SMFMAC"), ("v_wmma", "WMMA"), ("v_swmmac", "SWMMAC")):
        if mnemonic.startswith(prefix):
            return kind
    return "matrix"


def _f6f4_operands(inst) -> bool:
    # cbsz/blgp select the A/B formats of a gfx950 f8f6f4 MFMA: 0 fp8, 1 bf8, 2-4 fp6/bf6/fp4.
    mods = dict(inst.modifiers)
    return any(int(mods.get(k) or 0) >= 2 for k in ("cbsz", "blgp") if (mods.get(k) or "0").isdigit())


def cost_loop(kernel: Kernel, loop: Loop, rates, wave_size: int, emulation: Iterable = (),
              spill_lines: frozenset[int] = frozenset()) -> LoopCost:
    from isacheck.isa.mnemonic import normalize

    ins = kernel.instructions
    mix = dict.fromkeys(UNITS, 0)
    cyc = dict.fromkeys(COSTED, 0)
    issue = rates.issue(wave_size)
    vpass = rates.valu_passes(wave_size)
    vrate = rates.valu_rate
    f64_full = vrate.get("f64", 4) == 1
    vopd = rates.vopd_pair_passes.get(wave_size)
    macs = 0
    kinds: dict[str, int] = {}
    unknown: set[str] = set()
    # Count per distinct mnemonic first (a loop has ~10^2 of them among ~10^4 instructions), then
    # cost each once; only the rare instructions whose cost depends on more than the mnemonic
    # (buffer_* spills, gfx950 f8f6f4 formats) are looked at one by one.
    indices = list(loop.indices())
    counts = Counter(ins[i].mnemonic for i in indices)
    lines = {(loc.file, loc.line) for loc in {ins[i].loc for i in indices} if loc is not None and loc.line > 0}
    for written, n in counts.items():
        m = normalize(written)
        unit = unit_of(m)
        if unit == "valu":
            if m.startswith("v_dual_"):            # a VOPD pair: two VALU operations, one issue
                mix["valu"] += 2 * n
                cyc["valu"] += n * (vopd if vopd else 2 * vpass)
            else:
                mix["valu"] += n
                cyc["valu"] += n * vpass * vrate.get(valu_rate_class(m, f64_full), 1)
        elif unit == "matrix":
            mix["matrix"] += n
            kind = _matrix_kind(m)
            kinds[kind] = kinds.get(kind, 0) + n
            rate = rates.matrix_rate(m)
            if rate is None:
                unknown.add(m)
                continue
            macs += n * rate.macs
            if rate.cycles_fp6_fp4:
                cyc["matrix"] += sum(rate.cycles_fp6_fp4 if _f6f4_operands(ins[i]) else rate.cycles
                                     for i in indices if ins[i].mnemonic == written)
            else:
                cyc["matrix"] += n * rate.cycles
        elif unit == "vmem" and spill_lines and m.startswith("buffer_"):
            spilled = sum(1 for i in indices if ins[i].mnemonic == written and ins[i].asm_line in spill_lines)
            mix["scratch"] += spilled          # buffer_* spills on targets without flat scratch
            cyc["scratch"] += spilled * issue
            mix["vmem"] += n - spilled
            cyc["vmem"] += (n - spilled) * issue
        else:
            mix[unit] += n
            if unit != "wait":
                cyc[unit] += n * issue

    # Emulation sites that start inside the loop; their instructions are full-rate VALU.
    first_lines = [(ins[s].asm_line, ins[e - 1].asm_line) for s, e in loop.spans if e > s]
    emu = 0
    for site in emulation:
        if site.cheap:
            continue
        if any(a <= site.asm_line <= b for a, b in first_lines):
            emu += site.instructions * vpass
    emu = min(emu, cyc["valu"])

    if rates.matrix_coexec:
        simd = {"valu": cyc["valu"], "matrix": cyc["matrix"]}
    else:
        simd = {"valu+matrix": cyc["valu"] + cyc["matrix"]}
    busy = {**simd, **{u: cyc[u] for u in COSTED if u not in ("valu", "matrix")}}
    top = max(busy, key=lambda u: (busy[u], u == "valu+matrix" or u == "matrix"))
    total = busy[top]
    bound = top
    if top == "valu+matrix":
        bound = "matrix" if cyc["matrix"] >= cyc["valu"] else "valu"
    return LoopCost(
        header=loop.header, header_line=loop.header_line, depth=loop.depth, back_edges=loop.back_edges,
        llvm_header_depth=loop.llvm_header_depth,
        mix=tuple(mix[u] for u in UNITS), cycles=tuple(cyc[u] for u in COSTED), loop_cycles=total, bound=bound,
        matrix_kind=max(kinds, key=lambda k: (kinds[k], k)) if kinds else None, matrix_cycles=cyc["matrix"],
        macs=macs, emulation_cycles=emu, unknown_matrix=tuple(sorted(unknown)),
        source_lines=tuple(f"{f}:{n}" for f, n in sorted(lines)),
        header_loc=_header_loc(ins, loop))


def _header_loc(ins, loop: Loop) -> SourceLoc | None:
    for inst in ins[loop.header_index:loop.header_index + 64]:     # the header's first few instructions
        loc = inst.loc
        if loc is not None and loc.line > 0:
            return loc
    return None


def estimate_kernel(kernel: Kernel, target: str | None, wave_size: int | None, emulation: Iterable = (),
                    spill_lines: Iterable[int] = ()) -> CostEstimate | None:
    """The estimate of ``kernel`` on ``target``; None when the target is unknown or has no rate table."""
    from isacheck.isa.rates import family_rates

    rates = family_rates(target)
    if rates is None:
        return None
    wave = wave_size or max(rates.wave_issue)
    loops = find_loops(kernel)
    hot = hot_loop(loops)
    cost = mca = None
    if hot is not None:
        cost = cost_loop(kernel, hot, rates, wave, emulation, frozenset(spill_lines))
        from isacheck import config
        from isacheck.analysis.mca import run_mca
        from isacheck.isa import resolve_target
        mca = run_mca(kernel, hot, resolve_target(target), config.llvm_mca())
    return CostEstimate(family=rates.family, wave_size=wave, loops=len(loops), hot=cost, mca=mca)


def approx(x: float) -> str:
    """A ratio at the precision the model has: one significant digit (``~7``, ``~30``, ``~0.5``)."""
    if x <= 0:
        return "0"
    from math import floor, log10
    digits = floor(log10(x))
    r = round(x, -digits)
    if r >= 10 ** (digits + 1):      # 9.6 rounds to 10
        digits += 1
    return f"~{int(r):,}" if digits >= 0 else f"~{r:.{-digits}f}"

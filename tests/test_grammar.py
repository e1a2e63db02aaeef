"""The amdgcn grammar on small hand-written lines: each operand, modifier and directive form.

Every line here is in the syntax LLVM's AMDGPU printer uses (most were taken from real Triton
dumps; see tests/data/asm_snippets). The parser reads them through the shape cache, so each test
also checks that filling numbers back in gives the decoded values of *this* line.
"""

from __future__ import annotations

import pytest

from isacheck.asm import parse_text
from isacheck.asm.model import Operand
from isacheck.asm.parser import line_entry_both_ways
from isacheck.asm.shape import split_numbers


def ins(line: str):
    module = parse_text(line + "\n")
    (kernel,) = module.kernels
    (instruction,) = kernel.instructions
    return instruction


def op(line: str, index: int) -> Operand:
    return ins(line).operands[index]


# ---------------------------------------------------------------- registers

@pytest.mark.parametrize("text, kind, first, last", [
    ("v0", "vgpr", 0, 0), ("v255", "vgpr", 255, 255), ("s105", "sgpr", 105, 105),
    ("a3", "agpr", 3, 3), ("ttmp8", "ttmp", 8, 8),
    ("v[0:7]", "vgpr", 0, 7), ("s[4:7]", "sgpr", 4, 7), ("a[0:3]", "agpr", 0, 3),
    ("ttmp[0:1]", "ttmp", 0, 1), ("v[248:255]", "vgpr", 248, 255),
])
def test_register_operands(text, kind, first, last):
    o = op(f"v_mov_b32 v9, {text}", 1)
    assert (o.kind, o.text, o.first, o.last, o.half) == (kind, text, first, last, None)


def test_register_range_with_blanks_is_normalised():
    o = op("global_load_b128 v[0 : 3], v4, s[0:1]", 0)
    assert (o.kind, o.text, o.first, o.last) == ("vgpr", "v[0:3]", 0, 3)


@pytest.mark.parametrize("text, number, half", [("v1.l", 1, "l"), ("v37.h", 37, "h")])
def test_16bit_halves(text, number, half):
    o = op(f"v_mov_b16_e32 {text}, 0", 0)
    assert (o.kind, o.first, o.last, o.half, o.text) == ("vgpr", number, number, half, text)


@pytest.mark.parametrize("name", ["vcc", "vcc_lo", "vcc_hi", "exec", "exec_lo", "exec_hi", "m0", "scc",
                                  "flat_scratch_lo", "src_shared_base"])
def test_special_registers(name):
    o = op(f"s_mov_b32 s0, {name}", 1)
    assert (o.kind, o.text, o.first) == ("special", name, None)


def test_null_and_off():
    i = ins("scratch_store_b32 off, v0, off offset:3256")
    assert [o.kind for o in i.operands] == ["off", "vgpr", "off"]
    assert op("v_add_co_ci_u32_e64 v4, null, s5, v2, vcc_lo", 1).kind == "null"


# ---------------------------------------------------------------- literals and operand modifiers

@pytest.mark.parametrize("text, kind, value", [
    ("0x7f", "int", 127), ("0xffff8000", "int", 0xFFFF8000), ("31", "int", 31), ("0", "int", 0),
    ("-1", "int", -1), ("-0x10", "int", -16), ("1.0", "float", 1.0), ("-0.5", "float", -0.5),
    ("0.15915494", "float", 0.15915494),
])
def test_literals(text, kind, value):
    o = op(f"v_and_b32_e32 v8, {text}, v61", 1)
    assert (o.kind, o.text, o.value, o.neg, o.abs) == (kind, text, value, False, False)


def test_neg_and_abs_spellings():
    i = ins("v_fma_f32 v0, -v1, |v2|, -|v3|")
    assert [(o.kind, o.first, o.neg, o.abs, o.text) for o in i.operands[1:]] == [
        ("vgpr", 1, True, False, "-v1"), ("vgpr", 2, False, True, "|v2|"), ("vgpr", 3, True, True, "-|v3|")]
    i = ins("v_fma_f32 v0, neg(v1), abs(v2), v3")
    assert [(o.kind, o.first, o.neg, o.abs) for o in i.operands[1:3]] == [
        ("vgpr", 1, True, False), ("vgpr", 2, False, True)]


def test_lit_is_an_expression_with_its_value():
    o = op("v_mov_b32 v0, lit(0x1)", 1)
    assert (o.kind, o.text, o.value) == ("expr", "lit(0x1)", 1)


def test_sext_keeps_the_register():
    o = op("v_cmp_eq_u16_sdwa s[0:1], sext(v2), v3 src0_sel:BYTE_0 src1_sel:DWORD", 1)
    assert (o.kind, o.first, o.text) == ("vgpr", 2, "sext(v2)")


def test_branch_targets_and_expressions():
    assert op("s_cbranch_execz .LBB0_12", 0) == Operand("symbol", ".LBB0_12")
    o = op("s_add_u32 s102, s102, (.LBB0_391-.Lpost_getpc0)&4294967295", 2)
    assert (o.kind, o.text) == ("expr", "(.LBB0_391-.Lpost_getpc0)&4294967295")
    o = op("s_add_u32 s4, s4, foo@rel32@lo+4", 2)
    assert (o.kind, o.text) == ("expr", "foo@rel32@lo+4")


# ---------------------------------------------------------------- modifiers

@pytest.mark.parametrize("line, modifiers", [
    ("global_load_b32 v1, v[2:3], off offset:-16", [("offset", "-16")]),
    ("ds_read2_b32 v[0:1], v2 offset0:4 offset1:8", [("offset0", "4"), ("offset1", "8")]),
    ("global_load_b32 v1, v[2:3], off scope:SCOPE_SYS th:TH_LOAD_NT", [("scope", "SCOPE_SYS"), ("th", "TH_LOAD_NT")]),
    ("global_load_dword v1, v[2:3], off glc slc", [("glc", None), ("slc", None)]),
    ("global_load_dword v1, v[2:3], off sc0 sc1 nt", [("sc0", None), ("sc1", None), ("nt", None)]),
    ("buffer_load_dword v1, v2, s[4:7], 0 idxen offen", [("idxen", None), ("offen", None)]),
    ("v_and_b32_sdwa v2, v2, s13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD",
     [("dst_sel", "DWORD"), ("dst_unused", "UNUSED_PAD"), ("src0_sel", "BYTE_3"), ("src1_sel", "DWORD")]),
    ("v_add_f32_dpp v0, v0, v0 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1",
     [("row_shr", "1"), ("row_mask", "0xf"), ("bank_mask", "0xf"), ("bound_ctrl", "1")]),
    ("v_add_f32_dpp v0, v0, v0 quad_perm:[2,3,0,1] row_mask:0xf", [("quad_perm", "[2,3,0,1]"), ("row_mask", "0xf")]),
    ("v_mov_b32_dpp v0, v1 dpp8:[7,6,5,4,3,2,1,0]", [("dpp8", "[7,6,5,4,3,2,1,0]")]),
    ("v_cvt_pk_fp8_f32 v2, s0, v0 op_sel:[0,0,1]", [("op_sel", "[0,0,1]")]),
    ("v_pk_fma_f16 v0, v1, v2, v3 op_sel:[0,1,0] op_sel_hi:[1,0,1] neg_lo:[1,0,0] neg_hi:[0,0,1] clamp",
     [("op_sel", "[0,1,0]"), ("op_sel_hi", "[1,0,1]"), ("neg_lo", "[1,0,0]"), ("neg_hi", "[0,0,1]"), ("clamp", None)]),
    ("v_add_f32_e64 v0, v1, v2 clamp mul:2", [("clamp", None), ("mul", "2")]),
    ("v_mfma_f32_32x32x8_f16 a[0:15], v[0:1], v[2:3], a[0:15] cbsz:1 abid:2 blgp:3",
     [("cbsz", "1"), ("abid", "2"), ("blgp", "3")]),
    ("v_wmma_f32_16x16x128_f8f6f4 v[0:7], v[8:23], v[24:39], v[0:7] matrix_a_fmt:MATRIX_FMT_FP8",
     [("matrix_a_fmt", "MATRIX_FMT_FP8")]),
    ("v_dual_add_nc_u32 v10, s30, v10 :: v_dual_bitop2_b32 v15, 8, v17 bitop3:0x40", []),
    ("global_inv scope:SCOPE_SE", [("scope", "SCOPE_SE")]),
])
def test_modifiers(line, modifiers):
    assert list(ins(line).modifiers) == modifiers


def test_digits_in_mnemonics_and_names_stay_put():
    # the shape keeps every digit that is part of a name; only whole numbers become holes
    key, holes = split_numbers("v_cvt_f32_fp8_e32 v12, v3 ; x")
    assert key.startswith("v_cvt_f32_fp8_e32 v#, v#") and holes[:2] == ["12", "3"]
    key, holes = split_numbers("s_load_b128 s[4:7], s[0:1], 0x0")
    assert (key, holes) == ("s_load_b128 s[#:#], s[#:#], #", ["4", "7", "0", "1", "0x0"])
    key, holes = split_numbers("s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2)")
    assert holes == []
    key, holes = split_numbers("v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[2:3], v[4:5], m0, 1.5")
    assert key == "v_mfma_f32_32x32x16_fp8_fp8 a[#:#], v[#:#], v[#:#], m0, 1.5"
    # the same shape with other numbers gives each line its own values
    a = ins("v_cvt_f32_fp8_e32 v12, v3")
    b = ins("v_cvt_f32_fp8_e32 v7, v200")
    assert (a.mnemonic, a.operands[0].first, a.operands[1].first) == ("v_cvt_f32_fp8_e32", 12, 3)
    assert (b.mnemonic, b.operands[0].first, b.operands[1].first) == ("v_cvt_f32_fp8_e32", 7, 200)


def test_lines_of_one_shape_get_their_own_numbers():
    text = "v_cndmask_b32_e32 v7, 0x2300, v7, vcc_lo\nv_cndmask_b32_e32 v9, 12, v250, vcc_lo\n"
    a, b = parse_text(text).kernels[0].instructions
    assert [(o.text, o.first, o.value) for o in a.operands] == [
        ("v7", 7, None), ("0x2300", None, 0x2300), ("v7", 7, None), ("vcc_lo", None, None)]
    assert [(o.text, o.first, o.value) for o in b.operands] == [
        ("v9", 9, None), ("12", None, 12), ("v250", 250, None), ("vcc_lo", None, None)]


# ---------------------------------------------------------------- special instruction syntax

@pytest.mark.parametrize("line, text", [
    ("s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)",
     "instid0(VALU_DEP_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)"),
    ("s_waitcnt vmcnt(0) lgkmcnt(0)", "vmcnt(0) lgkmcnt(0)"),
    ("s_wait_alu depctr_sa_sdst(0) depctr_va_vcc(0)", "depctr_sa_sdst(0) depctr_va_vcc(0)"),
    ("s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)", "sendmsg(MSG_DEALLOC_VGPRS)"),
    ("s_sendmsg sendmsg(MSG_GS, GS_OP_EMIT, 0)", "sendmsg(MSG_GS, GS_OP_EMIT, 0)"),
])
def test_expression_operands(line, text):
    (o,) = ins(line).operands
    assert (o.kind, o.text) == ("expr", text)


def test_setreg_and_depctr():
    i = ins("s_setreg_imm32_b32 hwreg(HW_REG_MODE, 0, 2), 1")
    assert [(o.kind, o.text, o.value) for o in i.operands] == [
        ("expr", "hwreg(HW_REG_MODE, 0, 2)", None), ("int", "1", 1)]
    assert op("s_waitcnt_depctr 0xfffe", 0).value == 0xFFFE


def test_vopd_dual_issue():
    i = ins("v_dual_mov_b32 v1, v2 :: v_dual_add_f32 v3, v4, v5")
    assert i.mnemonic == "v_dual_mov_b32" and [o.first for o in i.operands] == [1, 2]
    assert i.dual.mnemonic == "v_dual_add_f32" and [o.first for o in i.dual.operands] == [3, 4, 5]
    assert i.dual.asm_line == i.asm_line and i.dual.dual is None


def test_mnemonic_is_lower_case_and_comment_stripped():
    i = ins("V_CNDMASK_B32_E32 v7, 0x7e00, v7, vcc_lo   ;   4-byte Folded Spill  ")
    assert (i.mnemonic, i.comment) == ("v_cndmask_b32_e32", "4-byte Folded Spill")


@pytest.mark.parametrize("slashed, semicolon", [
    ("v_mov_b32 v0, 0x2000 // rebias", "v_mov_b32 v0, 0x2000 ; rebias"),
    ("s_nop 0 ; a // b", "s_nop 0 ; a // b"),                 # already in a comment: kept as text
    ("v_add_f32 v1, v2, v3//x", "v_add_f32 v1, v2, v3;x"),
])
def test_double_slash_comments_as_llvm_takes_them(slashed, semicolon):
    # LLVM's AMDGPU assembler accepts `// ...` as a comment (checked in test_double_slash_is_llvm_syntax)
    assert ins(slashed) == ins(semicolon)


def test_double_slash_comment_lines_and_strings():
    m = parse_text('// pasted by hand\n.file 1 "//srv/share" "k.py" // where\nk:\n  // body\n  s_endpgm\n')
    assert [(f.directory, f.name) for f in m.files] == [("//srv/share", "k.py")]
    assert [i.mnemonic for i in m.kernels[0].instructions] == ["s_endpgm"]


@pytest.mark.compile
def test_double_slash_is_llvm_syntax():
    from triton.backends.amd.compiler import assemble_amdgcn

    code = '.amdgcn_target "amdgcn-amd-amdhsa--gfx1151"\n.text\nv_nop // a comment\n// a line\ns_endpgm\n'
    assert assemble_amdgcn(code, "gfx1151", "")


# ---------------------------------------------------------------- labels, blocks, comments

def test_labels_and_block_comments_start_blocks():
    text = """\
.type k,@function
k:
; %bb.0:
s_mov_b32 s0, 0
s_cbranch_scc1 .LBB0_2
; %bb.1:
v_mov_b32 v0, 1
.LBB0_2:                                ; %exit
s_endpgm
.Lfunc_end0:
"""
    (k,) = parse_text(text).kernels
    assert (k.name, k.asm_line) == ("k", 2)
    assert [(b.label, b.start, b.end, b.asm_line) for b in k.blocks] == [
        ("%bb.0", 0, 2, 3), ("%bb.1", 2, 3, 6), (".LBB0_2", 3, 4, 8)]


# ---------------------------------------------------------------- directives

def test_loc_forms_and_files():
    text = """\
.file 1 "/home/me/kernels" "moe.py"
.file "moe.py"
.loc 1 504 20 prologue_end ; moe.py:504:20
v_nop
.loc 1 500 12 is_stmt 0 ; moe.py:500:12
v_nop
.loc 1 0 12 is_stmt 1
v_nop
"""
    m = parse_text(text)
    assert [(f.number, f.directory, f.name) for f in m.files] == [(1, "/home/me/kernels", "moe.py")]
    locs = [str(i.loc) for i in m.kernels[0].instructions]
    assert locs == ["moe.py:504:20", "moe.py:500:12", "moe.py:0:12"]


def test_loc_without_file_takes_the_name_from_its_comment():
    m = parse_text(".loc 1 504 20 ; fused_moe.py:504:20\nv_nop\n.loc 2 7 1\nv_nop\n")
    assert [str(i.loc) for i in m.kernels[0].instructions] == ["fused_moe.py:504:20", "<file 2>:7:1"]


@pytest.mark.parametrize("line", [
    ".text", ".globl k", ".p2align 8", ".p2align 6, 0x0", ".p2align 5, , 4", ".p2alignl 7, 3214868480",
    ".fill 96, 4, 3214868480", ".type k,@function", ".size k, .Lfunc_end0-k",
    '.section .rodata,"a",@progbits', '.section ".note.GNU-stack","",@progbits',
    '.section .debug_str,"MS",@progbits,1', ".cfi_sections .debug_frame", ".cfi_startproc",
    ".cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02", ".cfi_undefined 16", ".cfi_endproc",
    ".amdhsa_code_object_version 5", ".set amdgpu.max_num_vgpr, 0",
    ".set .Lk.num_vgpr, max(6, .Lcallee.num_vgpr)", ".byte 1", ".short 4", ".long .Ldebug_info_end0-.Ldebug_info_start0",
    ".quad .Lfunc_begin0", '.asciz "triton"', '.ascii "\\341\\177"', ".uleb128 .Lx-.Ly", ".sleb128 -8",
    '.file 1 "/d" "f.py" md5 0x0123456789abcdef', '.amdgcn_target "amdgcn-amd-amdhsa--gfx942:sramecc+:xnack-"',
])
def test_directives_parse(line):
    parse_text(line + "\n")


@pytest.mark.parametrize("triple, gfx", [
    ("amdgcn-amd-amdhsa--gfx942:sramecc+:xnack-", "gfx942"),
    ("amdgpu11.51-amd-amdhsa-unknown-gfx1151", "gfx1151"),
    ("amdgcn-amd-amdhsa--gfx90a", "gfx90a"),
])
def test_target_from_amdgcn_target(triple, gfx):
    m = parse_text(f'.amdgcn_target "{triple}"\n', target="gfx1100")
    assert (m.target, m.target_triple) == (gfx, triple)


def test_target_from_caller_when_the_file_has_none():
    assert parse_text("v_nop\n", target="gfx1151").target == "gfx1151"
    assert parse_text("v_nop\n").target is None


def test_amdhsa_set_and_stats_facts():
    text = """\
.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
.text
.type k,@function
k:
s_endpgm
.Lfunc_end0:
.size k, .Lfunc_end0-k
.amdhsa_kernel k
.amdhsa_next_free_vgpr 6
.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-k)<<4)&1008)>>4
.end_amdhsa_kernel
.set .Lk.num_vgpr, 6
.set .Lk.private_seg_size, 136
; Kernel info:
; codeLenInByte = 788
; NumVgprs: 6
; ScratchSize: 136
; LDSByteSize: 0 bytes/workgroup (compile time only)
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; Occupancy: 5
.text
"""
    (k,) = parse_text(text).kernels
    facts = [(f.source, f.key, f.value, f.asm_line) for f in k.facts]
    assert facts == [
        ("amdhsa", "next_free_vgpr", 6, 9),
        ("amdhsa", "inst_pref_size", "((instprefsize(.Lfunc_end0-k)<<4)&1008)>>4", 10),
        ("set", "num_vgpr", 6, 12), ("set", "private_seg_size", 136, 13),
        ("stats", "codeLenInByte", 788, 15), ("stats", "NumVgprs", 6, 16), ("stats", "ScratchSize", 136, 17),
        ("stats", "LDSByteSize", 0, 18), ("stats", "COMPUTE_PGM_RSRC2:SCRATCH_EN", 1, 19),
        ("stats", "Occupancy", 5, 20),
    ]


def test_metadata_block_is_yaml_matched_by_name():
    text = """\
.text
.type k,@function
k:
s_endpgm
.Lfunc_end0:
.amdgpu_metadata
---
amdhsa.kernels:
  - .args:
      - .offset:         0
        .size:           8
    .name:           k
    .vgpr_count:     6
    .vgpr_spill_count: 2
    .uses_dynamic_stack: false
amdhsa.target:   amdgpu11.51-amd-amdhsa-unknown-gfx1151
...
.end_amdgpu_metadata
"""
    m = parse_text(text)
    assert m.target == "gfx1151"                      # from amdhsa.target: no .amdgcn_target here
    (k,) = m.kernels
    assert k.metadata[".vgpr_count"] == 6 and m.metadata["amdhsa.target"].endswith("gfx1151")
    facts = {f.key: (f.value, f.asm_line) for f in k.facts if f.source == "metadata"}
    assert facts["vgpr_count"] == (6, 13) and facts["vgpr_spill_count"] == (2, 14)
    assert facts["uses_dynamic_stack"] == (False, 15)
    assert "args" not in facts


@pytest.mark.parametrize("line", [
    "v_cvt_f32_fp8_e32 v12, v3",
    "v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[2:3], v[4:5], a[0:15] cbsz:1 abid:0 blgp:2",
    "s_load_b128 s[4:7], s[0:1], 0x0",
    "v_mov_b32 v0, 1.0e-5",                   # a float's exponent is not a hole
    "s_branch v1x",                           # not a register: a symbol, read literally
    ".set v12x, 3",                           # register-like names that are not registers
    ".set a1.lo, 4",
    ".quad .Ltmp10-.Lfunc_begin0",
    "s_cbranch_scc1 .LBB0_117",
    ".LBB12_3:",
    ".byte 1 -2",
    "s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1 ;  msbs: dst=0 src0=0 src1=0 src2=0",
    ".loc 1 504 20 ; fused_moe.py:504:20",
    '.file 1 "/dir/v12" "f 3.py" md5 0x12',
    'v_mov_b32 v0, 7 ; "quoted 9"',
])
def test_shape_and_grammar_agree(line):
    shaped, direct = line_entry_both_ways(line)
    assert shaped == direct


def test_one_shape_many_names():
    # mnemonics, directive names and local-label numbers are filled in per line
    text = """\
.loc 1 10 2
s_cbranch_scc1 .LBB0_12
.fill 96 4 3214868480
s_cbranch_scc0 .LBB0_7
.loc 1 11 3
v_add_f32 v1, v2, v3
v_mul_f32 v4, v5, v6
"""
    ins_ = parse_text(text).kernels[0].instructions
    assert [(i.mnemonic, i.operands[0].text) for i in ins_] == [
        ("s_cbranch_scc1", ".LBB0_12"), ("s_cbranch_scc0", ".LBB0_7"), ("v_add_f32", "v1"), ("v_mul_f32", "v4")]
    # `.fill 96 4 N` (blank-separated, as the grammar allows) has the shape of `.loc 1 10 2`, but
    # it is not a .loc: which directive a line is gets decided per line, not per shape
    assert [(i.loc.line, i.loc.column) for i in ins_] == [(10, 2), (10, 2), (11, 3), (11, 3)]

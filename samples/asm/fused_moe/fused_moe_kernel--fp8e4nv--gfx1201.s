	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	fused_moe_kernel                ; -- Begin function fused_moe_kernel
	.p2align	8
	.type	fused_moe_kernel,@function
fused_moe_kernel:                       ; @fused_moe_kernel
.Lfunc_begin0:
	.file	1 "fused_moe.py"
	.loc	1 26 0                          ; fused_moe.py:26:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b96 s[20:22], s[0:1], 0x40
	s_load_b32 s2, s[0:1], 0x50
.Ltmp0:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 prologue_end            ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_wait_kmcnt 0x0
	s_add_co_i32 s3, s22, 0x7f
.Ltmp1:
	.loc	2 43 13 is_stmt 0               ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_co_i32 s2, s2, 63
.Ltmp2:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s4, s3, 31
.Ltmp3:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s7, s2, 31
.Ltmp4:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_lshr_b32 s4, s4, 25
.Ltmp5:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s7, s7, 26
.Ltmp6:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_add_co_i32 s3, s3, s4
.Ltmp7:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_add_co_i32 s2, s2, s7
.Ltmp8:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s3, s3, 7
.Ltmp9:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s2, s2, 6
.Ltmp10:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s4, s3, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_xor_b32 s3, ttmp9, s3
	s_abs_i32 s5, s4
	s_ashr_i32 s3, s3, 31
	s_cvt_f32_u32 s6, s5
	s_sub_co_i32 s8, 0, s5
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_load_b32 s11, s[20:21], 0x0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_s_rcp_f32 s6, s6
	s_mul_f32 s6, s6, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_u32_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s8, s6
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s7, s6, s8
	s_abs_i32 s8, ttmp9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s6, s6, s7
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s6, s8, s6
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s7, s6, s5
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s7, s8, s7
	s_add_co_i32 s8, s6, 1
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s9, s7, s5
	s_cmp_ge_u32 s7, s5
	s_cselect_b32 s6, s8, s6
	s_cselect_b32 s7, s9, s7
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s8, s6, 1
	s_cmp_ge_u32 s7, s5
	s_cselect_b32 s5, s8, s6
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_xor_b32 s5, s5, s3
	s_sub_co_i32 s3, s5, s3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s5, s3, 5
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s3, s3, s4
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_co_i32 s2, s2, s5
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_sub_co_i32 s3, ttmp9, s3
	.loc	1 76 20                         ; fused_moe.py:76:20
	s_min_i32 s2, s2, 32
	.loc	1 78 13                         ; fused_moe.py:78:13
	s_abs_i32 s6, s2
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s7, s6
	s_sub_co_i32 s8, 0, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s7, s7
	s_mul_f32 s7, s7, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_u32_f32 s7, s7
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s8, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s4, s7, s8
	s_abs_i32 s8, s3
	s_add_co_i32 s7, s7, s4
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s4, s8, s7
	s_xor_b32 s7, s3, s2
	s_mul_i32 s9, s4, s6
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s7, s7, 31
	s_sub_co_i32 s8, s8, s9
	s_add_co_i32 s9, s4, 1
	s_sub_co_i32 s10, s8, s6
	s_cmp_ge_u32 s8, s6
	s_cselect_b32 s4, s9, s4
	s_cselect_b32 s8, s10, s8
	s_add_co_i32 s9, s4, 1
	s_cmp_ge_u32 s8, s6
	s_cselect_b32 s4, s9, s4
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s4, s4, s7
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_sub_co_i32 s4, s4, s7
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s2, s4, s2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_sub_co_i32 s2, s3, s2
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_co_i32 s2, s2, s5
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s26, s2, 6
	s_wait_kmcnt 0x0
	s_cmp_lt_i32 s26, s11
	s_cbranch_scc0 .LBB0_50
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_b128 s[28:31], s[0:1], 0x30
	.loc	1 94 18 is_stmt 1               ; fused_moe.py:94:18
	s_ashr_i32 s3, s2, 31
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_bfe_u32 s20, ttmp8, 0x50019
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_lshl_b64 s[2:3], s[2:3], 2
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v68, 15, v0
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_lshl_b32 s34, s4, 7
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s23, s22, 31
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s35, s34, 31
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_mov_b32 s27, 0x31027000
	s_mov_b32 s56, 0x7ffffffe
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_wait_kmcnt 0x0
	s_add_nc_u64 s[2:3], s[30:31], s[2:3]
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_and_b32 s29, s29, 0xffff
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_load_b32 s39, s[2:3], 0x0
	s_clause 0x2
	s_load_b64 s[24:25], s[0:1], 0x10
	s_load_b32 s21, s[0:1], 0x64
	s_load_b32 s33, s[0:1], 0x54
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_lshl_b32 s2, s20, 5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_or_b32 v10, v0, 31, s2
	v_and_b32_e32 v69, 0x70, v10
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_wait_kmcnt 0x0
	s_cmp_lg_u32 s39, -1
	s_cbranch_scc0 .LBB0_40
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_bfe_u32 v11, v10, 3, 4
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v1, s26, v68
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_mov_b32 s30, s56
	s_mov_b32 s31, s27
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_or_b64 s[2:3], s[34:35], s[22:23]
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_or_b32_e32 v5, 32, v11
	v_or_b32_e32 v3, 16, v11
	v_or_b32_e32 v12, 48, v11
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v1, 2, v1
	v_or_b32_e32 v2, s26, v11
	v_or_b32_e32 v6, s26, v5
	v_or_b32_e32 v4, s26, v3
	v_or_b32_e32 v7, s26, v12
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	v_or_b32_e32 v8, 64, v1
	v_or_b32_e32 v9, 0x80, v1
	v_or_b32_e32 v13, 0xc0, v1
	v_lshlrev_b32_e32 v2, 2, v2
	v_lshlrev_b32_e32 v6, 2, v6
	v_lshlrev_b32_e32 v4, 2, v4
	v_lshlrev_b32_e32 v14, 2, v7
	s_clause 0x7
	buffer_load_b32 v64, v1, s[28:31], null offen
	buffer_load_b32 v66, v8, s[28:31], null offen
	buffer_load_b32 v70, v9, s[28:31], null offen
	buffer_load_b32 v71, v13, s[28:31], null offen
	buffer_load_b32 v7, v2, s[28:31], null offen
	buffer_load_b32 v8, v4, s[28:31], null offen
	buffer_load_b32 v9, v6, s[28:31], null offen
	buffer_load_b32 v6, v14, s[28:31], null offen
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v4, s34, v11
	v_mov_b32_e32 v13, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr1_vgpr2
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_delay_alu instid0(SALU_CYCLE_1)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v17, 31, v13
	s_mov_b32 s5, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v1, vcc_lo, v4, v17
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	v_add_co_ci_u32_e64 v2, null, v13, v17, vcc_lo
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v4, v1, v17
	v_xor_b32_e32 v18, v2, v17
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v19, v4, s2
	v_mad_co_u64_u32 v[1:2], null, v4, s6, 0
	v_mad_co_u64_u32 v[13:14], null, v18, s2, 0
	v_mad_co_u64_u32 v[15:16], null, v18, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v1, vcc_lo, v19, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v1, vcc_lo, v1, v13
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v1, vcc_lo, v2, v14, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, 0, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v1, vcc_lo, v1, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v13, null, 0, v2, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v14, s5, v1
	v_mad_co_u64_u32 v[1:2], null, s4, v1, 0
	v_mul_lo_u32 v13, s4, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v1, vcc_lo, v4, v1
	v_add3_u32 v2, v2, v13, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v1
	v_sub_nc_u32_e32 v13, v18, v2
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v2, null, v18, v2, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v15, 0, -1, s2
	v_subrev_co_ci_u32_e64 v4, null, s5, v13, vcc_lo
	v_sub_co_u32 v13, vcc_lo, v1, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v14, null, 0, v4, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v13
	v_subrev_co_ci_u32_e64 v4, null, s5, v4, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v2
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v16, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v14
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v19, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v14
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v2
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v16, v18, v16, vcc_lo
	v_sub_co_u32 v18, vcc_lo, v13, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v4, null, 0, v4, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v16
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v15, v19, v15, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v13, v13, v18 :: v_dual_cndmask_b32 v4, v14, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v15
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v1, v1, v13 :: v_dual_cndmask_b32 v2, v2, v4
                                        ; implicit-def: $vgpr4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v1, v1, v17
	v_xor_b32_e32 v2, v2, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_co_u32 v1, vcc_lo, v1, v17
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v2, null, v2, v17, vcc_lo
.LBB0_4:                                ; %Flow219
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b32 s2, s8
	v_cvt_f32_u32_e32 v2, s22
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 exec_lo, exec_lo, s2
	s_cbranch_execz .LBB0_6
; %bb.5:
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(TRANS32_DEP_1)
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v1, v2
	s_sub_co_i32 s4, 0, s22
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v1, v1
	s_wait_alu depctr_sa_sdst(0)
	v_mul_lo_u32 v13, s4, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v13, v1, v13
	v_add_nc_u32_e32 v1, v1, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v1, v4, v1
	v_mul_lo_u32 v1, v1, s22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v1, v4, v1
	v_subrev_nc_u32_e32 v4, s22, v1
	v_cmp_le_u32_e32 vcc_lo, s22, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e32 v1, v1, v4, vcc_lo
	v_subrev_nc_u32_e32 v4, s22, v1
	v_cmp_le_u32_e32 vcc_lo, s22, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e32 v1, v1, v4, vcc_lo
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v13, s34, v3
	v_mov_b32_e32 v14, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr3_vgpr4
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v17, 31, v14
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v3, vcc_lo, v13, v17
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v4, null, v14, v17, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v18, v3, v17
	v_xor_b32_e32 v19, v4, v17
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v20, v18, s2
	v_mad_co_u64_u32 v[3:4], null, v18, s6, 0
	v_mad_co_u64_u32 v[13:14], null, v19, s2, 0
	v_mad_co_u64_u32 v[15:16], null, v19, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v3, vcc_lo, v20, v3
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v4, null, 0, v4, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v3, vcc_lo, v3, v13
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v3, vcc_lo, v4, v14, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v4, null, 0, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v3, vcc_lo, v3, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v13, null, 0, v4, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v14, s5, v3
	v_mad_co_u64_u32 v[3:4], null, s4, v3, 0
	v_mul_lo_u32 v13, s4, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v3, vcc_lo, v18, v3
	v_add3_u32 v4, v4, v13, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v3
	v_sub_nc_u32_e32 v13, v19, v4
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v4, null, v19, v4, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, 0, -1, s2
	v_subrev_co_ci_u32_e64 v13, null, s5, v13, vcc_lo
	v_sub_co_u32 v14, vcc_lo, v3, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v15, null, 0, v13, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v14
	v_subrev_co_ci_u32_e64 v13, null, s5, v13, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v4
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v18, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v20, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v18, v19, v18, vcc_lo
	v_sub_co_u32 v19, vcc_lo, v14, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v13, null, 0, v13, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, v20, v16, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v13, v15, v13 :: v_dual_cndmask_b32 v14, v14, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v16
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v4, v4, v13 :: v_dual_cndmask_b32 v3, v3, v14
                                        ; implicit-def: $vgpr13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v4, v4, v17
	v_xor_b32_e32 v3, v3, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_u32 v3, vcc_lo, v3, v17
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v4, null, v4, v17, vcc_lo
.LBB0_8:                                ; %Flow218
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v4, s4, v3
	v_mul_hi_u32 v4, v3, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v3, v3, v4
	v_mul_hi_u32 v3, v13, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v3, v3, s22
	v_sub_nc_u32_e32 v3, v13, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v4, s22, v3
	v_cmp_le_u32_e32 vcc_lo, s22, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v3, v3, v4, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v4, s22, v3
	v_cmp_le_u32_e32 vcc_lo, s22, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v3, v3, v4, vcc_lo
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v13, s34, v5
	v_mov_b32_e32 v14, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr4_vgpr5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v17, 31, v14
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v4, vcc_lo, v13, v17
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v5, null, v14, v17, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v18, v4, v17
	v_xor_b32_e32 v19, v5, v17
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v20, v18, s2
	v_mad_co_u64_u32 v[4:5], null, v18, s6, 0
	v_mad_co_u64_u32 v[13:14], null, v19, s2, 0
	v_mad_co_u64_u32 v[15:16], null, v19, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v4, vcc_lo, v20, v4
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v5, null, 0, v5, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v4, vcc_lo, v4, v13
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v4, vcc_lo, v5, v14, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v5, null, 0, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v4, vcc_lo, v4, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v13, null, 0, v5, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v14, s5, v4
	v_mad_co_u64_u32 v[4:5], null, s4, v4, 0
	v_mul_lo_u32 v13, s4, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v4, vcc_lo, v18, v4
	v_add3_u32 v5, v5, v13, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v4
	v_sub_nc_u32_e32 v13, v19, v5
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v5, null, v19, v5, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, 0, -1, s2
	v_subrev_co_ci_u32_e64 v13, null, s5, v13, vcc_lo
	v_sub_co_u32 v14, vcc_lo, v4, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v15, null, 0, v13, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v14
	v_subrev_co_ci_u32_e64 v13, null, s5, v13, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v5
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v18, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v20, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v5
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v18, v19, v18, vcc_lo
	v_sub_co_u32 v19, vcc_lo, v14, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v13, null, 0, v13, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, v20, v16, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v13, v15, v13 :: v_dual_cndmask_b32 v14, v14, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v16
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v4, v4, v14 :: v_dual_cndmask_b32 v5, v5, v13
                                        ; implicit-def: $vgpr13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v4, v4, v17
	v_xor_b32_e32 v5, v5, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_co_u32 v4, vcc_lo, v4, v17
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v5, null, v5, v17, vcc_lo
.LBB0_12:                               ; %Flow217
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v4, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v5, s4, v4
	v_mul_hi_u32 v5, v4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v4, v4, v5
	v_mul_hi_u32 v4, v13, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v4, v4, s22
	v_sub_nc_u32_e32 v4, v13, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v5, s22, v4
	v_cmp_le_u32_e32 vcc_lo, s22, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v4, v4, v5, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v5, s22, v4
	v_cmp_le_u32_e32 vcc_lo, s22, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v4, v4, v5, vcc_lo
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v5, s34, v12
	v_mov_b32_e32 v12, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr13_vgpr14
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v18, 31, v12
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v5, vcc_lo, v5, v18
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, v12, v18, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v5, v5, v18
	v_xor_b32_e32 v19, v12, v18
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v20, v5, s2
	v_mad_co_u64_u32 v[12:13], null, v5, s6, 0
	v_mad_co_u64_u32 v[14:15], null, v19, s2, 0
	v_mad_co_u64_u32 v[16:17], null, v19, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v12, vcc_lo, v20, v12
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v13, null, 0, v13, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v12, vcc_lo, v12, v14
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v12, vcc_lo, v13, v15, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v13, null, 0, v17, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v12, vcc_lo, v12, v16
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v14, null, 0, v13, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v15, s5, v12
	v_mad_co_u64_u32 v[12:13], null, s4, v12, 0
	v_mul_lo_u32 v14, s4, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v5, vcc_lo, v5, v12
	v_add3_u32 v13, v13, v14, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v5
	v_sub_nc_u32_e32 v14, v19, v13
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v13, null, v19, v13, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, 0, -1, s2
	v_subrev_co_ci_u32_e64 v12, null, s5, v14, vcc_lo
	v_sub_co_u32 v14, vcc_lo, v5, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v15, null, 0, v12, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v14
	v_subrev_co_ci_u32_e64 v12, null, s5, v12, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v13
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v17, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v20, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v13
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v17, v19, v17, vcc_lo
	v_sub_co_u32 v19, vcc_lo, v14, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v12, null, 0, v12, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, v20, v16, s2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v14, v14, v19, vcc_lo
	v_cndmask_b32_e32 v12, v15, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cmp_ne_u32_e32 vcc_lo, 0, v16
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v14, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v12, v13, v12, vcc_lo
	v_xor_b32_e32 v5, v5, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v12, v12, v18
	v_sub_co_u32 v13, vcc_lo, v5, v18
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_sub_co_ci_u32_e64 v5, null, v12, v18, vcc_lo
                                        ; implicit-def: $vgpr5
.LBB0_16:                               ; %Flow216
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v12, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	v_cvt_u32_f32_e32 v12, v12
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v13, s4, v12
	v_mul_hi_u32 v13, v12, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v12, v13
	v_mul_hi_u32 v12, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v12, v12, s22
	v_sub_nc_u32_e32 v5, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v13, v5, v12, vcc_lo
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v5, v11, s34, 64
	v_mov_b32_e32 v12, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v20, 31, v12
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v5, vcc_lo, v5, v20
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, v12, v20, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v5, v5, v20
	v_xor_b32_e32 v12, v12, v20
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v21, v5, s2
	v_mad_co_u64_u32 v[14:15], null, v5, s6, 0
	v_mad_co_u64_u32 v[16:17], null, v12, s2, 0
	v_mad_co_u64_u32 v[18:19], null, v12, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v14, vcc_lo, v21, v14
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v15, null, 0, v15, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v14, vcc_lo, v14, v16
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v14, vcc_lo, v15, v17, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v15, null, 0, v19, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v14, vcc_lo, v14, v18
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v16, null, 0, v15, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v17, s5, v14
	v_mad_co_u64_u32 v[14:15], null, s4, v14, 0
	v_mul_lo_u32 v16, s4, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v5, vcc_lo, v5, v14
	v_add3_u32 v15, v15, v16, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v5
	v_sub_nc_u32_e32 v16, v12, v15
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v12, null, v12, v15, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v17, 0, -1, s2
	v_subrev_co_ci_u32_e64 v14, null, s5, v16, vcc_lo
	v_sub_co_u32 v15, vcc_lo, v5, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v16, null, 0, v14, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v15
	v_subrev_co_ci_u32_e64 v14, null, s5, v14, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v12
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v18, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v16
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v21, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v16
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v18, v19, v18, vcc_lo
	v_sub_co_u32 v19, vcc_lo, v15, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v14, null, 0, v14, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v17, v21, v17, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v14, v16, v14 :: v_dual_cndmask_b32 v15, v15, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v17
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v5, v5, v15 :: v_dual_cndmask_b32 v12, v12, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v5, v5, v20
	v_xor_b32_e32 v12, v12, v20
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_co_u32 v14, vcc_lo, v5, v20
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v5, null, v12, v20, vcc_lo
                                        ; implicit-def: $vgpr5
.LBB0_20:                               ; %Flow215
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v12, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	v_cvt_u32_f32_e32 v12, v12
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v14, s4, v12
	v_mul_hi_u32 v14, v12, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v12, v14
	v_mul_hi_u32 v12, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v12, v12, s22
	v_sub_nc_u32_e32 v5, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v14, v5, v12, vcc_lo
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v5, v11, s34, 0x50
	v_mov_b32_e32 v12, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr15_vgpr16
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_24
; %bb.23:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v21, 31, v12
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v5, vcc_lo, v5, v21
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, v12, v21, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v5, v5, v21
	v_xor_b32_e32 v12, v12, v21
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v22, v5, s2
	v_mad_co_u64_u32 v[15:16], null, v5, s6, 0
	v_mad_co_u64_u32 v[17:18], null, v12, s2, 0
	v_mad_co_u64_u32 v[19:20], null, v12, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v15, vcc_lo, v22, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v16, null, 0, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v15, vcc_lo, v15, v17
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v15, vcc_lo, v16, v18, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v16, null, 0, v20, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v15, vcc_lo, v15, v19
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v17, null, 0, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v18, s5, v15
	v_mad_co_u64_u32 v[15:16], null, s4, v15, 0
	v_mul_lo_u32 v17, s4, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v5, vcc_lo, v5, v15
	v_add3_u32 v16, v16, v17, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v5
	v_sub_nc_u32_e32 v17, v12, v16
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v12, null, v12, v16, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, 0, -1, s2
	v_subrev_co_ci_u32_e64 v15, null, s5, v17, vcc_lo
	v_sub_co_u32 v16, vcc_lo, v5, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v17, null, 0, v15, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v16
	v_subrev_co_ci_u32_e64 v15, null, s5, v15, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v12
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v17
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v22, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v19, v20, v19, vcc_lo
	v_sub_co_u32 v20, vcc_lo, v16, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v15, null, 0, v15, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v19
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, v22, v18, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v15, v17, v15 :: v_dual_cndmask_b32 v16, v16, v20
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v18
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v12, v12, v15 :: v_dual_cndmask_b32 v5, v5, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v12, v12, v21
	v_xor_b32_e32 v5, v5, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_u32 v15, vcc_lo, v5, v21
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v5, null, v12, v21, vcc_lo
                                        ; implicit-def: $vgpr5
.LBB0_24:                               ; %Flow214
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v12, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	v_cvt_u32_f32_e32 v12, v12
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v15, s4, v12
	v_mul_hi_u32 v15, v12, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v12, v15
	v_mul_hi_u32 v12, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v12, v12, s22
	v_sub_nc_u32_e32 v5, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v15, v5, v12, vcc_lo
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v5, v11, s34, 0x60
	v_mov_b32_e32 v12, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_28
; %bb.27:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v22, 31, v12
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v5, vcc_lo, v5, v22
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, v12, v22, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v5, v5, v22
	v_xor_b32_e32 v12, v12, v22
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v23, v5, s2
	v_mad_co_u64_u32 v[16:17], null, v5, s6, 0
	v_mad_co_u64_u32 v[18:19], null, v12, s2, 0
	v_mad_co_u64_u32 v[20:21], null, v12, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v16, vcc_lo, v23, v16
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v17, null, 0, v17, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v16, vcc_lo, v16, v18
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v16, vcc_lo, v17, v19, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v17, null, 0, v21, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v16, vcc_lo, v16, v20
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, 0, v17, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v19, s5, v16
	v_mad_co_u64_u32 v[16:17], null, s4, v16, 0
	v_mul_lo_u32 v18, s4, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v5, vcc_lo, v5, v16
	v_add3_u32 v17, v17, v18, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v5
	v_sub_nc_u32_e32 v18, v12, v17
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v12, null, v12, v17, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_subrev_co_ci_u32_e64 v16, null, s5, v18, vcc_lo
	v_sub_co_u32 v17, vcc_lo, v5, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v18, null, 0, v16, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v17
	v_subrev_co_ci_u32_e64 v16, null, s5, v16, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v12
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v20, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v18
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v23, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v21, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v20, v21, v20, vcc_lo
	v_sub_co_u32 v21, vcc_lo, v17, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v16, null, 0, v16, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v20
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, v23, v19, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v16, v18, v16 :: v_dual_cndmask_b32 v17, v17, v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v19
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v12, v12, v16 :: v_dual_cndmask_b32 v5, v5, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v12, v12, v22
	v_xor_b32_e32 v5, v5, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_u32 v16, vcc_lo, v5, v22
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v5, null, v12, v22, vcc_lo
                                        ; implicit-def: $vgpr5
.LBB0_28:                               ; %Flow213
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v12, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	v_cvt_u32_f32_e32 v12, v12
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v16, s4, v12
	v_mul_hi_u32 v16, v12, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v12, v16
	v_mul_hi_u32 v12, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v12, v12, s22
	v_sub_nc_u32_e32 v5, v5, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v12, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v16, v5, v12, vcc_lo
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v5, v11, s34, 0x70
	v_mov_b32_e32 v11, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
                                        ; implicit-def: $vgpr17_vgpr18
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s8, exec_lo, s4
	s_cbranch_execz .LBB0_32
; %bb.31:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v21, 31, v11
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[22:23], s[4:5]
	v_add_co_u32 v5, vcc_lo, v5, v21
	s_xor_b64 s[4:5], s[10:11], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v11, null, v11, v21, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[12:13], 0, s[4:5]
	v_xor_b32_e32 v5, v5, v21
	v_xor_b32_e32 v22, v11, v21
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s10, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[12:13], s[10:11]
	s_mul_hi_u32 s17, s10, s15
	s_mul_i32 s16, s10, s15
	s_mul_hi_u32 s6, s10, s14
	s_mul_i32 s9, s11, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[6:7], s[16:17]
	s_mul_hi_u32 s2, s11, s14
	s_mul_hi_u32 s18, s11, s15
	s_add_co_u32 s6, s16, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s17, s2
	s_mul_i32 s14, s11, s15
	s_add_co_ci_u32 s15, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s10, s10, s14
	s_add_co_ci_u32 s11, s11, s15
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s10, s13
	s_mul_i32 s14, s10, s13
	s_mul_hi_u32 s6, s10, s12
	s_mul_i32 s9, s11, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s11, s12
	s_mul_hi_u32 s16, s11, s13
	s_add_co_u32 s6, s14, s9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s12, s11, s13
	s_add_co_ci_u32 s13, s16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s10, s6
	s_add_co_ci_u32 s6, s11, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v23, v5, s2
	v_mad_co_u64_u32 v[11:12], null, v5, s6, 0
	v_mad_co_u64_u32 v[17:18], null, v22, s2, 0
	v_mad_co_u64_u32 v[19:20], null, v22, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v11, vcc_lo, v23, v11
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, 0, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v11, vcc_lo, v11, v17
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v11, vcc_lo, v12, v18, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, 0, v20, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v11, vcc_lo, v11, v19
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v17, null, 0, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v18, s5, v11
	v_mad_co_u64_u32 v[11:12], null, s4, v11, 0
	v_mul_lo_u32 v17, s4, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v5, vcc_lo, v5, v11
	v_add3_u32 v12, v12, v17, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v5
	v_sub_nc_u32_e32 v17, v22, v12
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v12, null, v22, v12, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0, -1, s2
	v_subrev_co_ci_u32_e64 v11, null, s5, v17, vcc_lo
	v_sub_co_u32 v17, vcc_lo, v5, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v18, null, 0, v11, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v17
	v_subrev_co_ci_u32_e64 v11, null, s5, v11, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v12
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v20, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v18
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v23, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v22, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v20, v22, v20, vcc_lo
	v_sub_co_u32 v22, vcc_lo, v17, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v11, null, 0, v11, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v20
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, v23, v19, s2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v11, v18, v11, vcc_lo
	v_cndmask_b32_e32 v17, v17, v22, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v19
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v17, vcc_lo
	v_cndmask_b32_e32 v11, v12, v11, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v5, v5, v21
	v_xor_b32_e32 v11, v11, v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_co_u32 v17, vcc_lo, v5, v21
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v5, null, v11, v21, vcc_lo
                                        ; implicit-def: $vgpr5
.LBB0_32:                               ; %Flow212
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_and_not1_saveexec_b32 s2, s8
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v11, v2
	s_sub_co_i32 s4, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v11, 0x4f7ffffe, v11
	v_cvt_u32_f32_e32 v11, v11
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v12, s4, v11
	v_mul_hi_u32 v12, v11, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v11, v11, v12
	v_mul_hi_u32 v11, v5, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v11, v11, s22
	v_sub_nc_u32_e32 v5, v5, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v11, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v11, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v11, s22, v5
	v_cmp_le_u32_e32 vcc_lo, s22, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v17, v5, v11, vcc_lo
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	s_load_b128 s[12:15], s[0:1], 0x0
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_and_b32_e32 v65, 0x7f, v10
	.loc	1 90 15 is_stmt 0               ; fused_moe.py:90:15
	v_mov_b32_e32 v11, s35
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s7, 0
	s_cselect_b32 s2, -1, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v5, s34, v65
                                        ; implicit-def: $vgpr18_vgpr19
	s_wait_kmcnt 0x0
	s_mov_b64 s[16:17], s[14:15]
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s2
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, exec_lo, s3
	s_cbranch_execz .LBB0_36
; %bb.35:
	s_ashr_i32 s4, s23, 31
	v_ashrrev_i32_e32 v2, 31, v11
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s5, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[22:23], s[4:5]
	v_add_co_u32 v5, vcc_lo, v5, v2
	s_xor_b64 s[4:5], s[8:9], s[4:5]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v11, null, v11, v2, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s4
	s_cvt_f32_u32 s6, s5
	s_sub_nc_u64 s[10:11], 0, s[4:5]
	v_xor_b32_e32 v5, v5, v2
	v_xor_b32_e32 v22, v11, v2
	s_wait_alu depctr_sa_sdst(0)
	s_fmac_f32 s2, s6, 0x4f800000
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_mul_f32 s6, s2, 0x2f800000
	s_wait_alu depctr_sa_sdst(0)
	s_trunc_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s6, 0xcf800000
	s_cvt_u32_f32 s9, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s8, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	s_mul_hi_u32 s19, s8, s15
	s_mul_i32 s18, s8, s15
	s_mul_hi_u32 s6, s8, s14
	s_mul_i32 s30, s9, s14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[18:19], s[6:7], s[18:19]
	s_mul_hi_u32 s2, s9, s14
	s_mul_hi_u32 s31, s9, s15
	s_add_co_u32 s6, s18, s30
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s19, s2
	s_mul_i32 s14, s9, s15
	s_add_co_ci_u32 s15, s31, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s8, s8, s14
	s_add_co_ci_u32 s9, s9, s15
	s_mul_u64 s[10:11], s[10:11], s[8:9]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s15, s8, s11
	s_mul_i32 s14, s8, s11
	s_mul_hi_u32 s6, s8, s10
	s_mul_i32 s18, s9, s10
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[6:7], s[14:15]
	s_mul_hi_u32 s2, s9, s10
	s_mul_hi_u32 s19, s9, s11
	s_add_co_u32 s6, s14, s18
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s6, s15, s2
	s_mul_i32 s10, s9, s11
	s_add_co_ci_u32 s11, s19, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[6:7], s[6:7], s[10:11]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s8, s6
	s_add_co_ci_u32 s6, s9, s7
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v23, v5, s2
	v_mad_co_u64_u32 v[11:12], null, v5, s6, 0
	v_mad_co_u64_u32 v[18:19], null, v22, s2, 0
	v_mad_co_u64_u32 v[20:21], null, v22, s6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v11, vcc_lo, v23, v11
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, 0, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v11, vcc_lo, v11, v18
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v11, vcc_lo, v12, v19, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, 0, v21, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v11, vcc_lo, v11, v20
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, 0, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v19, s5, v11
	v_mad_co_u64_u32 v[11:12], null, s4, v11, 0
	v_mul_lo_u32 v18, s4, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v5, vcc_lo, v5, v11
	v_add3_u32 v12, v12, v18, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s4, v5
	v_sub_nc_u32_e32 v18, v22, v12
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v12, null, v22, v12, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, 0, -1, s2
	v_subrev_co_ci_u32_e64 v11, null, s5, v18, vcc_lo
	v_sub_co_u32 v18, vcc_lo, v5, s4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v19, null, 0, v11, vcc_lo
	v_cmp_le_u32_e64 s2, s4, v18
	v_subrev_co_ci_u32_e64 v11, null, s5, v11, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s5, v12
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v21, 0, -1, s2
	v_cmp_le_u32_e64 s2, s5, v19
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v23, 0, -1, vcc_lo
	v_cmp_eq_u32_e32 vcc_lo, s5, v19
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v22, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s5, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v21, v22, v21, vcc_lo
	v_sub_co_u32 v22, vcc_lo, v18, s4
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v11, null, 0, v11, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v21
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, v23, v20, s2
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v11, v19, v11 :: v_dual_cndmask_b32 v18, v18, v22
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v20
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v18, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v11, v12, v11, vcc_lo
	v_xor_b32_e32 v5, v5, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v11, v11, v2
	v_sub_co_u32 v18, vcc_lo, v5, v2
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_sub_co_ci_u32_e64 v2, null, v11, v2, vcc_lo
                                        ; implicit-def: $vgpr2
                                        ; implicit-def: $vgpr5
.LBB0_36:                               ; %Flow211
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_saveexec_b32 s2, s3
	s_clause 0x3
	s_load_b128 s[40:43], s[0:1], 0x18
	s_load_b64 s[10:11], s[0:1], 0x6c
	s_load_b96 s[36:38], s[0:1], 0x58
	s_load_b32 s30, s[0:1], 0x4c
	v_and_b32_e32 v19, 0x78, v10
	s_wait_kmcnt 0x0
	s_mov_b64 s[44:45], s[42:43]
	s_xor_b32 exec_lo, exec_lo, s2
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v2
	s_sub_co_i32 s3, 0, s22
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v10, s3, v2
	v_mul_hi_u32 v10, v2, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v2, v2, v10
	v_mul_hi_u32 v2, v5, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v2, v2, s22
	v_sub_nc_u32_e32 v2, v5, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v5, s22, v2
	v_cmp_le_u32_e32 vcc_lo, s22, v2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v2, v2, v5, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v5, s22, v2
	v_cmp_le_u32_e32 vcc_lo, s22, v2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v18, v2, v5, vcc_lo
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_wait_loadcnt 0x3
	v_ashrrev_i32_e32 v2, 31, v7
	.loc	1 104 66 is_stmt 0              ; fused_moe.py:104:66
	v_lshlrev_b32_e32 v12, 4, v0
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s6, s33, v7
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_wait_loadcnt 0x2
	v_ashrrev_i32_e32 v5, 31, v8
	s_wait_loadcnt 0x1
	v_ashrrev_i32_e32 v10, 31, v9
	v_lshrrev_b32_e32 v2, 29, v2
	s_wait_loadcnt 0x0
	v_ashrrev_i32_e32 v11, 31, v6
.Ltmp11:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_add_co_i32 s31, s30, 0x7f
.Ltmp12:
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_lshrrev_b32_e32 v5, 29, v5
	v_lshrrev_b32_e32 v10, 29, v10
	v_add_nc_u32_e32 v7, v7, v2
	.loc	1 104 66 is_stmt 0              ; fused_moe.py:104:66
	v_and_b32_e32 v2, 0x70, v12
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cmp_gt_i32 s31, 0x7f
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_lshrrev_b32_e32 v11, 29, v11
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cselect_b32 s5, -1, 0
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_ashrrev_i32_e32 v7, 3, v7
	.loc	1 119 57                        ; fused_moe.py:119:57
	v_cmp_gt_i32_e32 vcc_lo, s30, v2
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s7, s33, v8
	v_cmp_gt_i32_e64 s8, s33, v9
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_co_u64_u32 v[20:21], null, s39, s37, v[2:3]
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s9, s33, v6
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, vcc_lo, s5
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_add_nc_u32_e32 v5, v8, v5
	v_add_nc_u32_e32 v8, v9, v10
	v_add_nc_u32_e32 v9, v6, v11
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s2, vcc_lo, s6
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_mov_b32 s15, 0x31027000
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_ashrrev_i32_e32 v10, 3, v5
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	v_mad_co_u64_u32 v[5:6], null, v7, s36, v[2:3]
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_ashrrev_i32_e32 v8, 3, v8
	v_ashrrev_i32_e32 v9, 3, v9
	s_mov_b32 s14, 0x7ffffffe
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_mad_co_u64_u32 v[6:7], null, v10, s36, v[2:3]
	.loc	1 120 13 is_stmt 1              ; fused_moe.py:120:13
	s_and_b32 s17, s17, 0xffff
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_mad_co_u64_u32 v[7:8], null, v8, s36, v[2:3]
	v_mad_co_u64_u32 v[8:9], null, v9, s36, v[2:3]
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_co_u64_u32 v[9:10], null, s38, v1, v[20:21]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v21, 0x80000000, v5, s2
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 s18, s14
	s_mov_b32 s19, s15
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s2, vcc_lo, s7
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_b32 s13, s13, 0xffff
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_co_u64_u32 v[10:11], null, s38, v3, v[20:21]
	v_mad_co_u64_u32 v[11:12], null, s38, v4, v[20:21]
	v_mad_co_u64_u32 v[12:13], null, s38, v13, v[20:21]
	v_mad_co_u64_u32 v[13:14], null, s38, v14, v[20:21]
	v_mad_co_u64_u32 v[14:15], null, s38, v15, v[20:21]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e32 v1, 0x80000000, v9, vcc_lo
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_co_u64_u32 v[15:16], null, s38, v16, v[20:21]
	v_mad_co_u64_u32 v[16:17], null, s38, v17, v[20:21]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e32 v4, 0x80000000, v10, vcc_lo
	s_clause 0x1
	buffer_load_b128 v[23:26], v1, s[16:19], null offen
	buffer_load_b128 v[27:30], v4, s[16:19], null offen
	v_cndmask_b32_e32 v1, 0x80000000, v11, vcc_lo
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v22, 0x80000000, v6, s2
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s2, vcc_lo, s8
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_dual_cndmask_b32 v4, 0x80000000, v12 :: v_dual_cndmask_b32 v17, 0x80000000, v13
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v63, 0x80000000, v7, s2
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s2, vcc_lo, s9
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_dual_cndmask_b32 v20, 0x80000000, v14 :: v_dual_cndmask_b32 v47, 0x80000000, v15
	v_cndmask_b32_e32 v51, 0x80000000, v16, vcc_lo
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v3, 0x80000000, v8, s2
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_clause 0x5
	buffer_load_b128 v[31:34], v1, s[16:19], null offen
	buffer_load_b128 v[35:38], v4, s[16:19], null offen
	buffer_load_b128 v[39:42], v17, s[16:19], null offen
	buffer_load_b128 v[43:46], v20, s[16:19], null offen
	buffer_load_b128 v[47:50], v47, s[16:19], null offen
	buffer_load_b128 v[51:54], v51, s[16:19], null offen
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_clause 0x3
	buffer_load_b128 v[55:58], v21, s[12:15], null offen
	buffer_load_b128 v[59:62], v22, s[12:15], null offen
	buffer_load_b128 v[72:75], v63, s[12:15], null offen
	buffer_load_b128 v[76:79], v3, s[12:15], null offen
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v20, 31, v18
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v3, 31, v66
	v_ashrrev_i32_e32 v4, 31, v70
	s_load_b32 s18, s[0:1], 0x68
	v_ashrrev_i32_e32 v1, 31, v64
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v20, 25, v20
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v17, 31, v71
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b32_e32 v21, 4, v65
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v3, 29, v3
	v_lshrrev_b32_e32 v4, 29, v4
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_nc_u32_e32 v18, v18, v20
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v1, 29, v1
	v_lshrrev_b32_e32 v17, 29, v17
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v21, v21, v19
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_nc_u32_e32 v3, v66, v3
	v_add_nc_u32_e32 v4, v70, v4
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v18, 7, v18
	.loc	1 110 42 is_stmt 0              ; fused_moe.py:110:42
	s_mul_i32 s36, s39, s10
	.loc	1 109 43 is_stmt 1              ; fused_moe.py:109:43
	v_add_nc_u32_e32 v1, v64, v1
	v_add_nc_u32_e32 v20, v71, v17
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v63, 8, v21
	v_add_nc_u32_e32 v19, 0, v21
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v17, 3, v3
	v_ashrrev_i32_e32 v21, 3, v4
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_wait_alu depctr_sa_sdst(0)
	v_mad_co_u64_u32 v[3:4], null, v18, s11, s[36:37]
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s4, s33, v64
	v_cmp_gt_i32_e64 s3, s33, v66
	v_cmp_gt_i32_e64 s2, s33, v70
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v1, 3, v1
	v_ashrrev_i32_e32 v22, 3, v20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v20, 0, v63
	s_mov_b32 s10, 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_gt_i32 s31, 0xff
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e32 vcc_lo, s33, v71
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_wait_loadcnt 0xa
	ds_store_2addr_stride64_b64 v19, v[23:24], v[27:28] offset1:4
	s_wait_loadcnt 0x8
	ds_store_2addr_stride64_b64 v19, v[31:32], v[35:36] offset0:8 offset1:12
	s_wait_loadcnt 0x6
	ds_store_2addr_stride64_b64 v19, v[39:40], v[43:44] offset0:16 offset1:20
	s_wait_loadcnt 0x4
	ds_store_2addr_stride64_b64 v19, v[47:48], v[51:52] offset0:24 offset1:28
	ds_store_2addr_stride64_b64 v20, v[25:26], v[29:30] offset1:4
	ds_store_2addr_stride64_b64 v20, v[33:34], v[37:38] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v20, v[41:42], v[45:46] offset0:16 offset1:20
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x2
	ds_store_2addr_stride64_b64 v19, v[55:56], v[59:60] offset0:32 offset1:36
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v19, v[72:73], v[76:77] offset0:40 offset1:44
	ds_store_2addr_stride64_b64 v20, v[57:58], v[61:62] offset0:32 offset1:36
	ds_store_2addr_stride64_b64 v20, v[74:75], v[78:79] offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_store_2addr_stride64_b64 v20, v[49:50], v[53:54] offset0:24 offset1:28
	s_cbranch_scc1 .LBB0_41
; %bb.39:                               ; %.._crit_edge_crit_edge
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_b32 s49, s41, 0xffff
	s_mov_b32 s48, s40
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b32 s53, s45, 0xffff
	s_mov_b32 s52, s44
	s_mov_b32 s11, 0
	s_mov_b64 s[50:51], s[14:15]
	s_mov_b64 s[54:55], s[14:15]
	s_branch .LBB0_42
.LBB0_40:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	s_cbranch_execnz .LBB0_49
	s_branch .LBB0_50
.LBB0_41:
	s_mov_b32 s11, -1
                                        ; implicit-def: $sgpr48_sgpr49
                                        ; implicit-def: $sgpr52_sgpr53
.LBB0_42:                               ; %Flow209
	s_load_b64 s[36:37], s[0:1], 0x28
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v18, v1, s18
	v_mul_lo_u32 v17, v17, s18
	v_mul_lo_u32 v4, v21, s18
	v_mul_lo_u32 v1, v22, s18
	v_dual_mov_b32 v72, 0 :: v_dual_mov_b32 v73, 0
	s_and_b32 s0, s11, exec_lo
	v_lshrrev_b32_e32 v67, 1, v0
	v_mul_u32_u24_e32 v136, 0x88, v68
	v_dual_mov_b32 v74, 0 :: v_dual_mov_b32 v75, 0
	v_dual_mov_b32 v76, 0 :: v_dual_mov_b32 v77, 0
	v_dual_mov_b32 v78, 0 :: v_dual_mov_b32 v79, 0
	v_dual_mov_b32 v80, 0 :: v_dual_mov_b32 v81, 0
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v83, 0
	v_dual_mov_b32 v84, 0 :: v_dual_mov_b32 v85, 0
	v_dual_mov_b32 v86, 0 :: v_dual_mov_b32 v87, 0
	v_dual_mov_b32 v88, 0 :: v_dual_mov_b32 v91, 0
	v_dual_mov_b32 v90, 0 :: v_dual_mov_b32 v93, 0
	v_dual_mov_b32 v92, 0 :: v_dual_mov_b32 v95, 0
	v_dual_mov_b32 v94, 0 :: v_dual_mov_b32 v97, 0
	v_dual_mov_b32 v96, 0 :: v_dual_mov_b32 v99, 0
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v101, 0
	v_dual_mov_b32 v100, 0 :: v_dual_mov_b32 v103, 0
	v_dual_mov_b32 v102, 0 :: v_dual_mov_b32 v105, 0
	v_dual_mov_b32 v104, 0 :: v_dual_mov_b32 v107, 0
	v_dual_mov_b32 v106, 0 :: v_dual_mov_b32 v109, 0
	v_dual_mov_b32 v108, 0 :: v_dual_mov_b32 v111, 0
	v_dual_mov_b32 v110, 0 :: v_dual_mov_b32 v113, 0
	v_dual_mov_b32 v112, 0 :: v_dual_mov_b32 v115, 0
	v_dual_mov_b32 v114, 0 :: v_dual_mov_b32 v117, 0
	v_dual_mov_b32 v116, 0 :: v_dual_mov_b32 v119, 0
	v_dual_mov_b32 v118, 0 :: v_dual_mov_b32 v121, 0
	v_dual_mov_b32 v120, 0 :: v_dual_mov_b32 v123, 0
	v_dual_mov_b32 v122, 0 :: v_dual_mov_b32 v125, 0
	v_dual_mov_b32 v124, 0 :: v_dual_mov_b32 v127, 0
	v_dual_mov_b32 v126, 0 :: v_dual_mov_b32 v129, 0
	v_dual_mov_b32 v128, 0 :: v_dual_mov_b32 v131, 0
	v_dual_mov_b32 v130, 0 :: v_dual_mov_b32 v133, 0
	v_dual_mov_b32 v132, 0 :: v_dual_mov_b32 v135, 0
	v_dual_mov_b32 v134, 0 :: v_dual_mov_b32 v89, 0
	s_cselect_b32 s0, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_46
; %bb.43:                               ; %.lr.ph
	v_dual_mov_b32 v89, 0 :: v_dual_and_b32 v0, 8, v67
	s_lshl_b32 s0, s20, 11
	v_dual_mov_b32 v135, 0 :: v_dual_lshlrev_b32 v36, 2, v65
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v0, v136, v0
	v_dual_mov_b32 v134, 0 :: v_dual_lshlrev_b32 v37, 1, v69
	v_dual_mov_b32 v117, 0 :: v_dual_add_nc_u32 v36, 0, v36
	s_delay_alu instid0(VALU_DEP_3)
	v_and_or_b32 v28, 0x1800, s0, v0
	v_xor_b32_e32 v21, 16, v0
	v_xor_b32_e32 v22, 32, v0
	v_xor_b32_e32 v23, 48, v0
	v_xor_b32_e32 v24, 64, v0
	v_xor_b32_e32 v25, 0x50, v0
	v_xor_b32_e32 v26, 0x60, v0
	v_xor_b32_e32 v27, 0x70, v0
	v_xor_b32_e32 v29, 16, v28
	v_xor_b32_e32 v30, 32, v28
	v_xor_b32_e32 v31, 48, v28
	v_xor_b32_e32 v32, 64, v28
	v_xor_b32_e32 v33, 0x50, v28
	v_xor_b32_e32 v34, 0x60, v28
	v_xor_b32_e32 v35, 0x70, v28
	v_dual_mov_b32 v133, 0 :: v_dual_add_nc_u32 v0, 0, v0
	v_dual_mov_b32 v132, 0 :: v_dual_add_nc_u32 v21, 0, v21
	v_dual_mov_b32 v131, 0 :: v_dual_add_nc_u32 v22, 0, v22
	v_dual_mov_b32 v130, 0 :: v_dual_add_nc_u32 v23, 0, v23
	v_dual_mov_b32 v129, 0 :: v_dual_add_nc_u32 v24, 0, v24
	v_dual_mov_b32 v128, 0 :: v_dual_add_nc_u32 v25, 0, v25
	v_dual_mov_b32 v127, 0 :: v_dual_add_nc_u32 v26, 0, v26
	v_dual_mov_b32 v126, 0 :: v_dual_add_nc_u32 v27, 0, v27
	v_dual_mov_b32 v125, 0 :: v_dual_add_nc_u32 v28, 0, v28
	v_dual_mov_b32 v124, 0 :: v_dual_add_nc_u32 v29, 0, v29
	v_dual_mov_b32 v123, 0 :: v_dual_add_nc_u32 v30, 0, v30
	v_dual_mov_b32 v122, 0 :: v_dual_add_nc_u32 v31, 0, v31
	v_dual_mov_b32 v121, 0 :: v_dual_add_nc_u32 v32, 0, v32
	v_dual_mov_b32 v120, 0 :: v_dual_add_nc_u32 v33, 0, v33
	v_dual_mov_b32 v119, 0 :: v_dual_add_nc_u32 v34, 0, v34
	v_dual_mov_b32 v118, 0 :: v_dual_add_nc_u32 v35, 0, v35
	v_dual_mov_b32 v116, 0 :: v_dual_add_nc_u32 v37, 0, v37
	v_dual_mov_b32 v115, 0 :: v_dual_mov_b32 v114, 0
	v_dual_mov_b32 v113, 0 :: v_dual_mov_b32 v112, 0
	v_dual_mov_b32 v111, 0 :: v_dual_mov_b32 v110, 0
	v_dual_mov_b32 v109, 0 :: v_dual_mov_b32 v108, 0
	v_dual_mov_b32 v107, 0 :: v_dual_mov_b32 v106, 0
	v_dual_mov_b32 v105, 0 :: v_dual_mov_b32 v104, 0
	v_dual_mov_b32 v103, 0 :: v_dual_mov_b32 v102, 0
	v_dual_mov_b32 v101, 0 :: v_dual_mov_b32 v100, 0
	v_dual_mov_b32 v99, 0 :: v_dual_mov_b32 v98, 0
	v_dual_mov_b32 v97, 0 :: v_dual_mov_b32 v96, 0
	v_dual_mov_b32 v95, 0 :: v_dual_mov_b32 v94, 0
	v_dual_mov_b32 v93, 0 :: v_dual_mov_b32 v92, 0
	v_dual_mov_b32 v91, 0 :: v_dual_mov_b32 v90, 0
	v_dual_mov_b32 v88, 0 :: v_dual_mov_b32 v87, 0
	v_dual_mov_b32 v86, 0 :: v_dual_mov_b32 v85, 0
	v_dual_mov_b32 v84, 0 :: v_dual_mov_b32 v83, 0
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v81, 0
	v_dual_mov_b32 v80, 0 :: v_dual_mov_b32 v79, 0
	v_dual_mov_b32 v78, 0 :: v_dual_mov_b32 v77, 0
	v_dual_mov_b32 v76, 0 :: v_dual_mov_b32 v75, 0
	v_dual_mov_b32 v74, 0 :: v_dual_mov_b32 v73, 0
	v_mov_b32_e32 v72, 0
.Ltmp13:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_lshr_b32 s11, s31, 7
	s_and_b32 s41, s41, 0xffff
	s_mov_b32 s51, 0x31027000
	s_mov_b32 s50, 0x7ffffffe
	s_and_b32 s45, s45, 0xffff
	s_mov_b64 s[48:49], s[40:41]
	s_mov_b64 s[52:53], s[44:45]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s11, s11, -2
	s_mov_b32 s18, s14
	s_mov_b32 s19, s15
	s_mov_b32 s42, s50
	s_mov_b32 s43, s51
	s_mov_b32 s46, s50
	s_mov_b32 s47, s51
.Ltmp14:
.LBB0_44:                               ; =>This Inner Loop Header: Depth=1
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_mov_b32 s31, s10
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s10, s10, 1
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_nc_u32_e32 v5, 0x80, v5
	.loc	1 118 27                        ; fused_moe.py:118:27
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b32 s0, s10, 7
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v41, s31, v1, 2
	.loc	1 118 23                        ; fused_moe.py:118:23
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s0, s30, s0
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_nc_u32_e32 v6, 0x80, v6
	.loc	1 119 57                        ; fused_moe.py:119:57
	s_wait_alu depctr_sa_sdst(0)
	v_cmp_gt_i32_e64 s0, s0, v2
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_nc_u32_e32 v7, 0x80, v7
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e32 v226, 0x80000000, v41, vcc_lo
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_nc_u32_e32 v8, 0x80, v8
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v38, s31, v18, 2
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s1, s6, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v39, s31, v17, 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v41, 0x80000000, v5, s1
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b32 s1, s7, s0
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_add_lshl_u32 v40, s31, v4, 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v42, 0x80000000, v6, s1
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b32 s1, s8, s0
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_cndmask_b32_e64 v38, 0x80000000, v38, s4
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v43, 0x80000000, v7, s1
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b32 s1, s9, s0
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_cndmask_b32_e64 v39, 0x80000000, v39, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v44, 0x80000000, v8, s1
	s_clause 0x3
	buffer_load_b128 v[177:180], v41, s[12:15], null offen
	buffer_load_b128 v[181:184], v42, s[12:15], null offen
	buffer_load_b128 v[185:188], v43, s[12:15], null offen
	buffer_load_b128 v[189:192], v44, s[12:15], null offen
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v40, 0x80000000, v40, s2
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_nc_u32_e32 v11, 0x80, v11
	v_add_nc_u32_e32 v12, 0x80, v12
	v_add_nc_u32_e32 v9, 0x80, v9
	v_add_nc_u32_e32 v10, 0x80, v10
	v_add_nc_u32_e32 v13, 0x80, v13
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v229, 0x80000000, v11, s0
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v225, s31, v3, 2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v230, 0x80000000, v12, s0
	v_cndmask_b32_e64 v227, 0x80000000, v9, s0
	v_cndmask_b32_e64 v228, 0x80000000, v10, s0
	v_cndmask_b32_e64 v231, 0x80000000, v13, s0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s31, s11
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_clause 0x2
	buffer_load_b32 v235, v38, s[40:43], null offen
	buffer_load_b32 v236, v39, s[40:43], null offen
	buffer_load_b32 v237, v40, s[40:43], null offen
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[60:63], v0 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[193:196], v28 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[197:200], v0 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[161:164], v21 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[201:204], v29 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[205:208], v21 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[209:212], v22 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[213:216], v30 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[217:220], v22 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[221:224], v23 offset0:32 offset1:36
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[193:194], v[60:61], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[195:196], v[60:61], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[193:194], v[62:63], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[195:196], v[62:63], 0
	s_wait_dscnt 0x7
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[193:194], v[197:198], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[195:196], v[197:198], 0
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[201:202], v[161:162], v[38:45]
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[203:204], v[161:162], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[201:202], v[163:164], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[203:204], v[163:164], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[193:194], v[199:200], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[195:196], v[199:200], 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[193:196], v31 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[197:200], v23 offset0:40 offset1:44
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[201:202], v[205:206], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[203:204], v[205:206], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[201:202], v[207:208], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[203:204], v[207:208], v[169:176]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[201:204], v24 offset0:32 offset1:36
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[213:214], v[209:210], v[38:45]
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[215:216], v[209:210], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[213:214], v[211:212], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[215:216], v[211:212], v[137:144]
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[213:214], v[217:218], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[215:216], v[217:218], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[213:214], v[219:220], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[215:216], v[219:220], v[169:176]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[205:208], v32 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[209:212], v24 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[213:216], v25 offset0:32 offset1:36
	.loc	1 126 27                        ; fused_moe.py:126:27
	buffer_load_b32 v62, v226, s[40:43], null offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	buffer_load_b32 v63, v225, s[44:47], null offen
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_b128 v[217:220], v227, s[16:19], null offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[193:194], v[221:222], v[38:45]
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[195:196], v[221:222], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[193:194], v[223:224], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[195:196], v[223:224], v[137:144]
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[193:194], v[197:198], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[195:196], v[197:198], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[193:194], v[199:200], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[195:196], v[199:200], v[169:176]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[193:196], v33 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[197:200], v25 offset0:40 offset1:44
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[205:206], v[201:202], v[38:45]
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[207:208], v[201:202], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[205:206], v[203:204], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[207:208], v[203:204], v[137:144]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[201:204], v26 offset0:32 offset1:36
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[205:206], v[209:210], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[207:208], v[209:210], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[205:206], v[211:212], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[207:208], v[211:212], v[169:176]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[205:208], v34 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[209:212], v26 offset0:40 offset1:44
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[193:194], v[213:214], v[38:45]
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[195:196], v[213:214], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[193:194], v[215:216], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[195:196], v[215:216], v[137:144]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[213:216], v27 offset0:32 offset1:36
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[193:194], v[197:198], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[195:196], v[197:198], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[193:194], v[199:200], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[195:196], v[199:200], v[169:176]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[193:196], v35 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[197:200], v27 offset0:40 offset1:44
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[205:206], v[201:202], v[38:45]
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[207:208], v[201:202], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[205:206], v[203:204], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[207:208], v[203:204], v[137:144]
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[205:206], v[209:210], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[207:208], v[209:210], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[205:206], v[211:212], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[207:208], v[211:212], v[169:176]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_clause 0x3
	buffer_load_b128 v[205:208], v229, s[16:19], null offen
	buffer_load_b128 v[209:212], v230, s[16:19], null offen
	buffer_load_b128 v[221:224], v231, s[16:19], null offen
	buffer_load_b128 v[201:204], v228, s[16:19], null offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[38:45], v[193:194], v[213:214], v[38:45]
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_nc_u32_e32 v14, 0x80, v14
	v_add_nc_u32_e32 v15, 0x80, v15
	v_add_nc_u32_e32 v16, 0x80, v16
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_wmma_f32_16x16x16_fp8_fp8 v[46:53], v[195:196], v[213:214], v[46:53]
	v_wmma_f32_16x16x16_fp8_fp8 v[54:61], v[193:194], v[215:216], v[54:61]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[195:196], v[215:216], v[137:144]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[193:194], v[197:198], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[195:196], v[197:198], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[193:194], v[199:200], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[195:196], v[199:200], v[169:176]
	s_wait_loadcnt 0x9
	v_mul_f32_e32 v193, v235, v38
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v234, 0x80000000, v16, s0
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v195, v235, v40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v232, 0x80000000, v14, s0
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v196, v235, v41
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v233, 0x80000000, v15, s0
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v194, v235, v39 :: v_dual_mul_f32 v197, v235, v42
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_b128 v[213:216], v232, s[16:19], null offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v198, v235, v43 :: v_dual_mul_f32 v199, v235, v44
	v_dual_mul_f32 v200, v235, v45 :: v_dual_mul_f32 v225, v235, v46
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_clause 0x1
	buffer_load_b128 v[38:41], v233, s[16:19], null offen
	buffer_load_b128 v[42:45], v234, s[16:19], null offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v226, v235, v47 :: v_dual_mul_f32 v227, v235, v48
	v_dual_mul_f32 v228, v235, v49 :: v_dual_mul_f32 v229, v235, v50
	v_dual_mul_f32 v230, v235, v51 :: v_dual_mul_f32 v231, v235, v52
	s_wait_loadcnt 0xb
	v_dual_mul_f32 v232, v235, v53 :: v_dual_mul_f32 v233, v236, v54
	v_dual_mul_f32 v235, v236, v55 :: v_dual_mul_f32 v238, v236, v56
	v_dual_mul_f32 v239, v236, v57 :: v_dual_mul_f32 v240, v236, v58
	v_dual_mul_f32 v241, v236, v59 :: v_dual_mul_f32 v242, v236, v60
	v_dual_mul_f32 v243, v236, v61 :: v_dual_mul_f32 v138, v236, v138
	v_dual_mul_f32 v137, v236, v137 :: v_dual_mul_f32 v140, v236, v140
	v_dual_mul_f32 v139, v236, v139 :: v_dual_mul_f32 v142, v236, v142
	v_dual_mul_f32 v141, v236, v141 :: v_dual_mul_f32 v144, v236, v144
	s_wait_loadcnt 0xa
	v_dual_mul_f32 v143, v236, v143 :: v_dual_mul_f32 v146, v237, v146
	v_dual_mul_f32 v145, v237, v145 :: v_dual_mul_f32 v148, v237, v148
	v_dual_mul_f32 v147, v237, v147 :: v_dual_mul_f32 v150, v237, v150
	v_dual_mul_f32 v149, v237, v149 :: v_dual_mul_f32 v152, v237, v152
	v_dual_mul_f32 v151, v237, v151 :: v_dual_mul_f32 v154, v237, v154
	v_dual_mul_f32 v153, v237, v153 :: v_dual_mul_f32 v156, v237, v156
	v_dual_mul_f32 v155, v237, v155 :: v_dual_mul_f32 v158, v237, v158
	s_wait_loadcnt 0x8
	ds_store_b32 v36, v63 offset:24576
	v_dual_mul_f32 v157, v237, v157 :: v_dual_mul_f32 v160, v237, v160
	v_mul_f32_e32 v159, v237, v159
	v_mul_f32_e32 v63, v62, v161
	v_dual_mul_f32 v161, v62, v162 :: v_dual_mul_f32 v162, v62, v163
	v_dual_mul_f32 v163, v62, v164 :: v_dual_mul_f32 v164, v62, v165
	v_dual_mul_f32 v165, v62, v166 :: v_dual_mul_f32 v166, v62, v167
	v_dual_mul_f32 v167, v62, v168 :: v_dual_mul_f32 v168, v62, v169
	v_dual_mul_f32 v169, v62, v170 :: v_dual_mul_f32 v170, v62, v171
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_store_2addr_stride64_b64 v19, v[177:178], v[181:182] offset0:32 offset1:36
	ds_store_2addr_stride64_b64 v20, v[179:180], v[183:184] offset0:32 offset1:36
	ds_store_2addr_stride64_b64 v19, v[185:186], v[189:190] offset0:40 offset1:44
	ds_store_2addr_stride64_b64 v20, v[187:188], v[191:192] offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_store_2addr_stride64_b64 v19, v[217:218], v[201:202] offset1:4
	ds_store_2addr_stride64_b64 v20, v[219:220], v[203:204] offset1:4
	ds_store_2addr_stride64_b64 v19, v[205:206], v[209:210] offset0:8 offset1:12
	.loc	1 128 32                        ; fused_moe.py:128:32
	ds_load_b128 v[46:49], v37 offset:24576
	ds_load_b128 v[50:53], v37 offset:24592
	ds_load_b128 v[54:57], v37 offset:24832
	ds_load_b128 v[58:61], v37 offset:24848
	v_dual_mul_f32 v171, v62, v172 :: v_dual_mul_f32 v172, v62, v173
	v_dual_mul_f32 v173, v62, v174 :: v_dual_mul_f32 v174, v62, v175
	v_mul_f32_e32 v62, v62, v176
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_store_2addr_stride64_b64 v20, v[207:208], v[211:212] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v19, v[221:222], v[213:214] offset0:16 offset1:20
	ds_store_2addr_stride64_b64 v20, v[223:224], v[215:216] offset0:16 offset1:20
	ds_store_2addr_stride64_b64 v19, v[38:39], v[42:43] offset0:24 offset1:28
	ds_store_2addr_stride64_b64 v20, v[40:41], v[44:45] offset0:24 offset1:28
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_dscnt 0x8
	v_dual_fmac_f32 v89, v193, v46 :: v_dual_fmac_f32 v134, v195, v48
	v_dual_fmac_f32 v135, v194, v47 :: v_dual_fmac_f32 v104, v145, v46
	v_dual_fmac_f32 v133, v196, v49 :: v_dual_fmac_f32 v118, v238, v48
	v_dual_fmac_f32 v120, v233, v46 :: v_dual_fmac_f32 v119, v235, v47
	v_dual_fmac_f32 v86, v161, v47 :: v_dual_fmac_f32 v117, v239, v49
	s_wait_dscnt 0x7
	v_dual_fmac_f32 v132, v197, v50 :: v_dual_fmac_f32 v103, v146, v47
	v_dual_fmac_f32 v102, v147, v48 :: v_dual_fmac_f32 v101, v148, v49
	v_fmac_f32_e32 v84, v163, v49
	v_dual_fmac_f32 v87, v63, v46 :: v_dual_fmac_f32 v114, v242, v52
	v_dual_fmac_f32 v85, v162, v48 :: v_dual_fmac_f32 v116, v240, v50
	v_dual_fmac_f32 v131, v198, v51 :: v_dual_fmac_f32 v130, v199, v52
	v_dual_fmac_f32 v129, v200, v53 :: v_dual_fmac_f32 v100, v149, v50
	v_dual_fmac_f32 v115, v241, v51 :: v_dual_fmac_f32 v98, v151, v52
	v_dual_fmac_f32 v113, v243, v53 :: v_dual_fmac_f32 v82, v165, v51
	v_dual_fmac_f32 v99, v150, v51 :: v_dual_fmac_f32 v80, v167, v53
	s_wait_dscnt 0x6
	v_dual_fmac_f32 v97, v152, v53 :: v_dual_fmac_f32 v128, v225, v54
	v_dual_fmac_f32 v83, v164, v50 :: v_dual_fmac_f32 v126, v227, v56
	v_dual_fmac_f32 v81, v166, v52 :: v_dual_fmac_f32 v112, v137, v54
	v_dual_fmac_f32 v127, v226, v55 :: v_dual_fmac_f32 v110, v139, v56
	v_dual_fmac_f32 v125, v228, v57 :: v_dual_fmac_f32 v96, v153, v54
	v_dual_fmac_f32 v111, v138, v55 :: v_dual_fmac_f32 v94, v155, v56
	v_dual_fmac_f32 v109, v140, v57 :: v_dual_fmac_f32 v78, v169, v55
	v_dual_fmac_f32 v95, v154, v55 :: v_dual_fmac_f32 v76, v171, v57
	s_wait_dscnt 0x5
	v_dual_fmac_f32 v93, v156, v57 :: v_dual_fmac_f32 v124, v229, v58
	v_dual_fmac_f32 v79, v168, v54 :: v_dual_fmac_f32 v122, v231, v60
	v_dual_fmac_f32 v77, v170, v56 :: v_dual_fmac_f32 v108, v141, v58
	v_dual_fmac_f32 v123, v230, v59 :: v_dual_fmac_f32 v106, v143, v60
	v_dual_fmac_f32 v121, v232, v61 :: v_dual_fmac_f32 v92, v157, v58
	v_dual_fmac_f32 v107, v142, v59 :: v_dual_fmac_f32 v90, v159, v60
	v_dual_fmac_f32 v105, v144, v61 :: v_dual_fmac_f32 v74, v173, v59
	v_dual_fmac_f32 v91, v158, v59 :: v_dual_fmac_f32 v88, v160, v61
	v_dual_fmac_f32 v75, v172, v58 :: v_dual_fmac_f32 v72, v62, v61
	v_fmac_f32_e32 v73, v174, v60
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cbranch_scc1 .LBB0_44
; %bb.45:                               ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_mov_b64 s[54:55], s[50:51]
.LBB0_46:                               ; %._crit_edge
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v0, s10, v18, 2
	v_add_lshl_u32 v2, s10, v17, 2
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s0, s5, s4
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v4, s10, v4, 2
	v_add_lshl_u32 v1, s10, v1, 2
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s0, s5, s3
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v3, s10, v3, 2
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v2, 0x80000000, v2, s0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s0, s5, s2
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v4, 0x80000000, v4, s0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s0, s5, vcc_lo
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_cndmask_b32_e64 v3, 0x80000000, v3, s5
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_and_b32 s0, s5, exec_lo
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	v_mov_b32_e32 v5, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_clause 0x3
	buffer_load_b32 v142, v0, s[48:51], null offen
	buffer_load_b32 v141, v2, s[48:51], null offen
	buffer_load_b32 v140, v4, s[48:51], null offen
	buffer_load_b32 v138, v1, s[48:51], null offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	buffer_load_b32 v137, v3, s[52:55], null offen
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_mov_b32_e32 v4, 0
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v25, 0
	v_dual_mov_b32 v26, 0 :: v_dual_mov_b32 v27, 0
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v29, 0
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v31, 0
	v_dual_mov_b32 v32, 0 :: v_dual_mov_b32 v33, 0
	v_dual_mov_b32 v34, 0 :: v_dual_mov_b32 v35, 0
	v_dual_mov_b32 v36, 0 :: v_dual_mov_b32 v37, 0
	v_dual_mov_b32 v38, 0 :: v_dual_mov_b32 v39, 0
	v_dual_mov_b32 v40, 0 :: v_dual_mov_b32 v41, 0
	v_dual_mov_b32 v42, 0 :: v_dual_mov_b32 v43, 0
	v_dual_mov_b32 v44, 0 :: v_dual_mov_b32 v45, 0
	v_dual_mov_b32 v46, 0 :: v_dual_mov_b32 v47, 0
	v_dual_mov_b32 v48, 0 :: v_dual_mov_b32 v49, 0
	v_dual_mov_b32 v50, 0 :: v_dual_mov_b32 v51, 0
	v_dual_mov_b32 v52, 0 :: v_dual_mov_b32 v53, 0
	v_dual_mov_b32 v54, 0 :: v_dual_mov_b32 v55, 0
	v_dual_mov_b32 v56, 0 :: v_dual_mov_b32 v57, 0
	v_dual_mov_b32 v58, 0 :: v_dual_mov_b32 v59, 0
	v_dual_mov_b32 v60, 0 :: v_dual_mov_b32 v61, 0
	v_dual_mov_b32 v62, 0 :: v_dual_mov_b32 v63, 0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_cselect_b32 s0, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_48
; %bb.47:
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v0, 8, v67
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_lshl_b32 s0, s20, 11
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v0, v136, v0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_wait_alu depctr_sa_sdst(0)
	v_and_or_b32 v1, 0x1800, s0, v0
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v27, 0, v0
	v_xad_u32 v28, v0, 32, 0
	v_xad_u32 v29, v0, 16, 0
	v_xad_u32 v2, 0x70, v0, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v4, 0, v1
	v_xad_u32 v34, 0x70, v1, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v3, 0x60, v0, 0
	v_xad_u32 v24, 0x50, v0, 0
	ds_load_2addr_stride64_b64 v[30:33], v27 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[143:146], v4 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v25, v0, 64, 0
	v_xad_u32 v26, v0, 48, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v0, v1, 16, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[211:214], v27 offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[215:218], v34 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[147:150], v29 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[151:154], v0 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[227:230], v28 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[231:234], v29 offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v5, v1, 32, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[219:222], v25 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[223:226], v26 offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v35, 0x60, v1, 0
	v_xad_u32 v36, 0x50, v1, 0
	v_xad_u32 v4, v1, 64, 0
	v_xad_u32 v0, v1, 48, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[155:158], v2 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[159:162], v2 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[163:166], v28 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[167:170], v5 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[171:174], v3 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[175:178], v3 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[179:182], v25 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[183:186], v26 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[187:190], v0 offset1:16
	ds_load_2addr_stride64_b64 v[191:194], v4 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[195:198], v24 offset0:32 offset1:36
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[199:202], v36 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_load_2addr_stride64_b64 v[203:206], v24 offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[207:210], v35 offset1:16
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_dscnt 0x16
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[143:144], v[30:31], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[145:146], v[30:31], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[143:144], v[32:33], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[145:146], v[32:33], 0
	s_wait_dscnt 0x15
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[143:144], v[211:212], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[145:146], v[211:212], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[143:144], v[213:214], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[145:146], v[213:214], 0
	s_wait_dscnt 0x12
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[151:152], v[147:148], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[153:154], v[147:148], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[151:152], v[149:150], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[153:154], v[149:150], v[24:31]
	s_wait_dscnt 0x10
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[151:152], v[231:232], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[153:154], v[231:232], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[151:152], v[233:234], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[153:154], v[233:234], v[56:63]
	s_wait_dscnt 0xa
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[167:168], v[163:164], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[169:170], v[163:164], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[167:168], v[165:166], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[169:170], v[165:166], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[167:168], v[227:228], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[169:170], v[227:228], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[167:168], v[229:230], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[169:170], v[229:230], v[56:63]
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[187:188], v[183:184], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[189:190], v[183:184], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[187:188], v[185:186], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[189:190], v[185:186], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[187:188], v[223:224], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[189:190], v[223:224], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[187:188], v[225:226], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[189:190], v[225:226], v[56:63]
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[191:192], v[179:180], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[193:194], v[179:180], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[191:192], v[181:182], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[193:194], v[181:182], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[191:192], v[219:220], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[193:194], v[219:220], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[191:192], v[221:222], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[193:194], v[221:222], v[56:63]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[199:200], v[195:196], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[201:202], v[195:196], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[199:200], v[197:198], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[201:202], v[197:198], v[24:31]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[199:200], v[203:204], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[201:202], v[203:204], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[199:200], v[205:206], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[201:202], v[205:206], v[56:63]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[207:208], v[175:176], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[209:210], v[175:176], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[207:208], v[177:178], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[209:210], v[177:178], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[207:208], v[171:172], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[209:210], v[171:172], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[207:208], v[173:174], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[209:210], v[173:174], v[56:63]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[215:216], v[159:160], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[217:218], v[159:160], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[215:216], v[161:162], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[217:218], v[161:162], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[215:216], v[155:156], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[217:218], v[155:156], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[215:216], v[157:158], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[217:218], v[157:158], v[56:63]
.LBB0_48:
	v_lshl_add_u32 v65, v65, 2, 0
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s39, 0x31027000
	s_mov_b32 s38, 0x7ffffffe
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_loadcnt 0x3
	v_dual_mul_f32 v159, v142, v12 :: v_dual_mul_f32 v26, v141, v26
	s_wait_loadcnt 0x0
	ds_store_b32 v65, v137 offset:24576
	s_wait_dscnt 0x0
	s_barrier_signal -1
	v_dual_mul_f32 v148, v142, v1 :: v_dual_lshlrev_b32 v65, 2, v64
	v_lshl_add_u32 v12, v69, 1, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_dual_mov_b32 v67, s35 :: v_dual_mul_f32 v158, v142, v11
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_cndmask_b32_e64 v65, 0x80000000, v65, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v136, v70, s21
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v149, v142, v2 :: v_dual_mul_f32 v16, v141, v16
	v_dual_mul_f32 v151, v142, v4 :: v_dual_mul_f32 v18, v141, v18
	v_dual_mul_f32 v153, v142, v6 :: v_dual_mul_f32 v20, v141, v20
	v_dual_mul_f32 v155, v142, v8 :: v_dual_mul_f32 v22, v141, v22
	v_dual_mul_f32 v157, v142, v10 :: v_dual_mul_f32 v24, v141, v24
	v_dual_mul_f32 v161, v142, v14 :: v_dual_mul_f32 v28, v141, v28
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_lshrrev_b32_e32 v147, 1, v69
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v139, v64, s21
	v_mul_lo_u32 v137, v66, s21
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v17, v141, v17 :: v_dual_mul_f32 v30, v141, v30
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_or_b32_e32 v64, 64, v147
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v19, v141, v19 :: v_dual_mul_f32 v32, v140, v32
	v_dual_mul_f32 v21, v141, v21 :: v_dual_mul_f32 v34, v140, v34
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v64, s34, v64
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v23, v141, v23 :: v_dual_mul_f32 v36, v140, v36
	v_dual_mul_f32 v150, v142, v3 :: v_dual_mul_f32 v25, v141, v25
	v_mul_f32_e32 v38, v140, v38
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 137 22                        ; fused_moe.py:137:22
	buffer_load_b32 v143, v65, s[36:39], null offen
	v_lshlrev_b32_e32 v65, 2, v66
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v27, v141, v27 :: v_dual_mul_f32 v40, v140, v40
	v_mul_f32_e32 v152, v142, v5
	v_dual_mul_f32 v29, v141, v29 :: v_dual_mul_f32 v42, v140, v42
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_cndmask_b32_e64 v65, 0x80000000, v65, s3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v31, v141, v31 :: v_dual_mul_f32 v44, v140, v44
	v_dual_mul_f32 v33, v140, v33 :: v_dual_mul_f32 v46, v140, v46
	.loc	1 137 22                        ; fused_moe.py:137:22
	buffer_load_b32 v144, v65, s[36:39], null offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v156, v142, v9 :: v_dual_lshlrev_b32 v65, 2, v70
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v70, v71, s21
	.loc	1 128 32                        ; fused_moe.py:128:32
	ds_load_b128 v[8:11], v12 offset:24832
	v_dual_mul_f32 v35, v140, v35 :: v_dual_mul_f32 v48, v138, v48
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_cndmask_b32_e64 v65, 0x80000000, v65, s2
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v154, v142, v7
	ds_load_b128 v[4:7], v12 offset:24592
	v_dual_mul_f32 v37, v140, v37 :: v_dual_mul_f32 v50, v138, v50
	.loc	1 137 22                        ; fused_moe.py:137:22
	buffer_load_b32 v145, v65, s[36:39], null offen
	v_lshlrev_b32_e32 v65, 2, v71
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v71, v142, v0 :: v_dual_mul_f32 v160, v142, v13
	v_mul_f32_e32 v142, v142, v15
	ds_load_b128 v[0:3], v12 offset:24576
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_cndmask_b32_e32 v65, 0x80000000, v65, vcc_lo
	.loc	1 128 32                        ; fused_moe.py:128:32
	ds_load_b128 v[12:15], v12 offset:24848
	v_dual_mul_f32 v39, v140, v39 :: v_dual_mul_f32 v52, v138, v52
	v_dual_mul_f32 v41, v140, v41 :: v_dual_mul_f32 v54, v138, v54
	.loc	1 137 22                        ; fused_moe.py:137:22
	buffer_load_b32 v146, v65, s[36:39], null offen
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_mov_b32_e32 v65, s35
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_dual_mul_f32 v43, v140, v43 :: v_dual_mul_f32 v56, v138, v56
	v_dual_mul_f32 v45, v140, v45 :: v_dual_mul_f32 v58, v138, v58
	v_dual_mul_f32 v47, v140, v47 :: v_dual_mul_f32 v60, v138, v60
	v_dual_mul_f32 v49, v138, v49 :: v_dual_mul_f32 v62, v138, v62
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v66, s34, v147
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s0, s[22:23], v[64:65]
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	v_fma_f32 v140, v151, v4, v132
	s_wait_dscnt 0x1
	v_fma_f32 v65, v71, v0, v89
	v_fma_f32 v71, v149, v2, v134
	v_fma_f32 v149, v155, v8, v128
	s_wait_dscnt 0x0
	v_fma_f32 v155, v161, v14, v122
	v_fma_f32 v20, v20, v4, v116
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s1, s[22:23], v[66:67]
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v67, v148, v1, v135
	v_fma_f32 v141, v152, v5, v131
	v_fma_f32 v147, v153, v6, v130
	v_fma_f32 v151, v157, v10, v126
	v_fma_f32 v153, v159, v12, v124
	v_fma_f32 v16, v16, v0, v120
	v_fma_f32 v24, v24, v8, v112
	v_fma_f32 v30, v30, v14, v106
	v_fma_f32 v32, v32, v0, v104
	v_fma_f32 v36, v36, v4, v100
	v_fma_f32 v40, v40, v8, v96
	v_fma_f32 v46, v46, v14, v90
	v_fma_f32 v0, v48, v0, v87
	v_fma_f32 v4, v52, v4, v83
	v_fma_f32 v8, v56, v8, v79
	v_fma_f32 v14, v62, v14, v73
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v48, v89, v65, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v53, v138, v53
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v52, v132, v140, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v57, v138, v57
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v56, v128, v149, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v61, v138, v61
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v62, v122, v155, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v55, v138, v55
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v20, v116, v20, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v63, v138, v63
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	v_fma_f32 v148, v154, v7, v129
	v_fma_f32 v154, v160, v13, v123
	v_fma_f32 v142, v142, v15, v121
	v_fma_f32 v17, v17, v1, v119
	v_fma_f32 v18, v18, v2, v118
	v_fma_f32 v21, v21, v5, v115
	v_fma_f32 v22, v22, v6, v114
	v_fma_f32 v23, v23, v7, v113
	v_fma_f32 v25, v25, v9, v111
	v_fma_f32 v26, v26, v10, v110
	v_fma_f32 v28, v28, v12, v108
	v_fma_f32 v29, v29, v13, v107
	v_fma_f32 v31, v31, v15, v105
	v_fma_f32 v33, v33, v1, v103
	v_fma_f32 v34, v34, v2, v102
	v_fma_f32 v37, v37, v5, v99
	v_fma_f32 v38, v38, v6, v98
	v_fma_f32 v39, v39, v7, v97
	v_fma_f32 v41, v41, v9, v95
	v_fma_f32 v42, v42, v10, v94
	v_fma_f32 v43, v43, v11, v93
	v_fma_f32 v44, v44, v12, v92
	v_fma_f32 v45, v45, v13, v91
	v_fma_f32 v47, v47, v15, v88
	v_fma_f32 v1, v49, v1, v86
	v_fma_f32 v2, v50, v2, v85
	v_fma_f32 v6, v54, v6, v81
	v_fma_f32 v10, v58, v10, v77
	v_fma_f32 v12, v60, v12, v75
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e64 v49, v135, v67, s5
	v_cndmask_b32_e64 v50, v134, v71, s5
	v_cndmask_b32_e64 v58, v126, v151, s5
	v_cndmask_b32_e64 v60, v124, v153, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v51, v138, v51
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v16, v120, v16, s5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v59, v138, v59
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	v_fma_f32 v138, v150, v3, v133
	v_fma_f32 v150, v156, v9, v127
	v_fma_f32 v35, v35, v3, v101
	v_fma_f32 v152, v158, v11, v125
	v_fma_f32 v27, v27, v11, v109
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e64 v39, v97, v39, s5
	v_cndmask_b32_e64 v41, v95, v41, s5
	v_cndmask_b32_e64 v43, v93, v43, s5
	v_cndmask_b32_e64 v0, v87, v0, s5
	v_cndmask_b32_e64 v2, v85, v2, s5
	v_cndmask_b32_e64 v6, v81, v6, s5
	v_cndmask_b32_e64 v10, v77, v10, s5
	v_cndmask_b32_e64 v35, v101, v35, s5
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v19, v19, v3, v117
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v54, v130, v147, s5
	v_cndmask_b32_e64 v17, v119, v17, s5
	v_cndmask_b32_e64 v18, v118, v18, s5
	v_cndmask_b32_e64 v22, v114, v22, s5
	v_cndmask_b32_e64 v1, v86, v1, s5
	v_cndmask_b32_e64 v8, v79, v8, s5
	v_cndmask_b32_e64 v12, v75, v12, s5
	v_cndmask_b32_e64 v14, v73, v14, s5
	v_cndmask_b32_e64 v19, v117, v19, s5
	v_cndmask_b32_e64 v30, v106, v30, s5
	v_cndmask_b32_e64 v45, v91, v45, s5
	v_cndmask_b32_e64 v4, v83, v4, s5
	v_cndmask_b32_e64 v32, v104, v32, s5
	v_cndmask_b32_e64 v21, v115, v21, s5
	v_cndmask_b32_e64 v23, v113, v23, s5
	v_cndmask_b32_e64 v24, v112, v24, s5
	v_cndmask_b32_e64 v25, v111, v25, s5
	v_cndmask_b32_e64 v26, v110, v26, s5
	v_cndmask_b32_e64 v27, v109, v27, s5
	v_cndmask_b32_e64 v28, v108, v28, s5
	v_cndmask_b32_e64 v29, v107, v29, s5
	v_cndmask_b32_e64 v31, v105, v31, s5
	v_cndmask_b32_e64 v33, v103, v33, s5
	v_cndmask_b32_e64 v34, v102, v34, s5
	v_cndmask_b32_e64 v36, v100, v36, s5
	v_cndmask_b32_e64 v37, v99, v37, s5
	v_cndmask_b32_e64 v38, v98, v38, s5
	v_cndmask_b32_e64 v40, v96, v40, s5
	v_cndmask_b32_e64 v42, v94, v42, s5
	v_cndmask_b32_e64 v44, v92, v44, s5
	v_cndmask_b32_e64 v46, v90, v46, s5
	v_cndmask_b32_e64 v47, v88, v47, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s37, s25, 0xffff
	s_mov_b32 s36, s24
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_wait_loadcnt 0x3
	v_mul_f32_e32 v48, v48, v143
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v5, v53, v5, v82
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v53, v131, v141, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v52, v52, v143
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v9, v57, v9, v78
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v56, v56, v143
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v13, v61, v13, v74
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v62, v143, v62
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v7, v55, v7, v80
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v57, v127, v150, s5
	v_cndmask_b32_e64 v9, v78, v9, s5
	v_cndmask_b32_e64 v13, v74, v13, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_wait_loadcnt 0x2
	v_mul_f32_e32 v20, v20, v144
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v15, v63, v15, v72
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v7, v80, v7, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v49, v49, v143 :: v_dual_mul_f32 v50, v50, v143
	v_dual_mul_f32 v53, v53, v143 :: v_dual_mul_f32 v58, v58, v143
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v15, v72, v15, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v144
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v11, v59, v11, v76
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v5, v82, v5, s5
	v_cndmask_b32_e64 v55, v129, v148, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v57, v57, v143 :: v_dual_mul_f32 v22, v22, v144
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v11, v76, v11, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v60, v143, v60
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_fma_f32 v3, v51, v3, v84
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v51, v133, v138, s5
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v39, v39, v145
	v_mul_f32_e32 v41, v41, v145
	v_mul_f32_e32 v43, v43, v145
	v_mul_f32_e32 v35, v35, v145
	v_dual_mul_f32 v51, v51, v143 :: v_dual_mul_f32 v54, v54, v143
	s_wait_loadcnt 0x0
	v_dual_mul_f32 v65, v0, v146 :: v_dual_mul_f32 v0, v15, v146
	v_mul_f32_e32 v71, v2, v146
	v_dual_mul_f32 v75, v6, v146 :: v_dual_mul_f32 v76, v7, v146
	v_dual_mul_f32 v78, v9, v146 :: v_dual_mul_f32 v79, v10, v146
	v_mul_f32_e32 v2, v13, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v6, v49, 16, 1
	v_bfe_u32 v7, v50, 16, 1
	v_bfe_u32 v9, v52, 16, 1
	v_bfe_u32 v10, v53, 16, 1
	v_bfe_u32 v13, v56, 16, 1
	v_bfe_u32 v15, v58, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v74, v5, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v5, v48, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v55, v55, v143 :: v_dual_mul_f32 v18, v18, v144
	v_dual_mul_f32 v17, v17, v144 :: v_dual_mul_f32 v30, v30, v144
	v_mul_f32_e32 v67, v1, v146
	v_mul_f32_e32 v1, v14, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v14, v57, 16, 1
	v_add3_u32 v6, v49, v6, 0x7fff
	v_add3_u32 v7, v50, v7, 0x7fff
	v_add3_u32 v9, v52, v9, 0x7fff
	v_add3_u32 v10, v53, v10, 0x7fff
	v_add3_u32 v13, v56, v13, 0x7fff
	v_add3_u32 v15, v58, v15, 0x7fff
	v_add3_u32 v5, v48, v5, 0x7fff
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v19, v19, v144 :: v_dual_mul_f32 v32, v32, v145
	v_mul_f32_e32 v45, v45, v145
	v_dual_mul_f32 v73, v4, v146 :: v_dual_mul_f32 v4, v11, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_o_f32_e64 s6, v49, v49
	v_cmp_o_f32_e64 s7, v50, v50
	v_cmp_o_f32_e64 s9, v52, v52
	v_cmp_o_f32_e64 s10, v53, v53
	v_bfe_u32 v11, v54, 16, 1
	v_cmp_o_f32_e64 s13, v56, v56
	v_cmp_o_f32_e64 s15, v58, v58
	v_bfe_u32 v85, v16, 16, 1
	v_bfe_u32 v86, v17, 16, 1
	v_bfe_u32 v87, v18, 16, 1
	v_add3_u32 v14, v57, v14, 0x7fff
	v_lshrrev_b32_e32 v6, 16, v6
	v_lshrrev_b32_e32 v7, 16, v7
	v_lshrrev_b32_e32 v9, 16, v9
	v_lshrrev_b32_e32 v10, 16, v10
	v_lshrrev_b32_e32 v13, 16, v13
	v_lshrrev_b32_e32 v15, 16, v15
	v_lshrrev_b32_e32 v5, 16, v5
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v59, v125, v152, s5
	v_cndmask_b32_e64 v61, v123, v154, s5
	v_cndmask_b32_e64 v63, v121, v142, s5
	v_cndmask_b32_e64 v3, v84, v3, s5
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_o_f32_e64 s5, v48, v48
	v_cmp_o_f32_e64 s11, v54, v54
	v_cmp_o_f32_e64 s14, v57, v57
	v_add3_u32 v11, v54, v11, 0x7fff
	v_add3_u32 v53, v16, v85, 0x7fff
	v_add3_u32 v54, v17, v86, 0x7fff
	v_lshrrev_b32_e32 v14, 16, v14
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v5.h, 0x7fff, v6.l, s6
	v_cndmask_b16 v6.l, 0x7fff, v7.l, s7
	v_cndmask_b16 v7.l, 0x7fff, v9.l, s9
	v_cndmask_b16 v7.h, 0x7fff, v10.l, s10
	v_cndmask_b16 v9.l, 0x7fff, v13.l, s13
	v_cndmask_b16 v10.l, 0x7fff, v15.l, s15
	v_add3_u32 v13, v18, v87, 0x7fff
	v_bfe_u32 v15, v19, 16, 1
	v_cmp_o_f32_e64 s6, v17, v17
	v_bfe_u32 v17, v20, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v21, v21, v144 :: v_dual_mul_f32 v34, v34, v145
	v_dual_mul_f32 v23, v23, v144 :: v_dual_mul_f32 v36, v36, v145
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_lshrrev_b32_e32 v53, 16, v53
	v_cndmask_b16 v5.l, 0x7fff, v5.l, s5
	v_cndmask_b16 v9.h, 0x7fff, v14.l, s14
	v_cmp_o_f32_e64 s5, v16, v16
	v_lshrrev_b32_e32 v14, 16, v54
	v_lshrrev_b32_e32 v16, 16, v13
	v_cmp_o_f32_e64 s7, v18, v18
	v_add3_u32 v15, v19, v15, 0x7fff
	v_add3_u32 v17, v20, v17, 0x7fff
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v59, v59, v143 :: v_dual_mul_f32 v24, v24, v144
	.loc	1 142 22                        ; fused_moe.py:142:22
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v13.l, 0x7fff, v53.l, s5
	v_cndmask_b16 v13.h, 0x7fff, v14.l, s6
	v_cndmask_b16 v14.l, 0x7fff, v16.l, s7
	v_lshrrev_b32_e32 v15, 16, v15
	v_bfe_u32 v16, v21, 16, 1
	v_cmp_o_f32_e64 s5, v19, v19
	v_lshrrev_b32_e32 v17, 16, v17
	v_bfe_u32 v18, v22, 16, 1
	v_cmp_o_f32_e64 s6, v20, v20
	v_bfe_u32 v19, v23, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v25, v25, v144 :: v_dual_mul_f32 v38, v38, v145
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_add3_u32 v16, v21, v16, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v14.h, 0x7fff, v15.l, s5
	v_add3_u32 v18, v22, v18, 0x7fff
	v_cndmask_b16 v15.l, 0x7fff, v17.l, s6
	v_add3_u32 v17, v23, v19, 0x7fff
	v_bfe_u32 v19, v24, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v61, v143, v61 :: v_dual_mul_f32 v26, v26, v144
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_lshrrev_b32_e32 v16, 16, v16
	v_cmp_o_f32_e64 s5, v21, v21
	v_lshrrev_b32_e32 v18, 16, v18
	v_cmp_o_f32_e64 s6, v22, v22
	v_lshrrev_b32_e32 v17, 16, v17
	v_bfe_u32 v20, v25, 16, 1
	v_cmp_o_f32_e64 s7, v23, v23
	v_add3_u32 v19, v24, v19, 0x7fff
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v63, v143, v63 :: v_dual_mul_f32 v28, v28, v144
	v_dual_mul_f32 v27, v27, v144 :: v_dual_mul_f32 v40, v40, v145
	.loc	1 142 22                        ; fused_moe.py:142:22
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v15.h, 0x7fff, v16.l, s5
	v_cndmask_b16 v16.l, 0x7fff, v18.l, s6
	v_add3_u32 v18, v25, v20, 0x7fff
	v_cndmask_b16 v16.h, 0x7fff, v17.l, s7
	v_lshrrev_b32_e32 v17, 16, v19
	v_bfe_u32 v19, v26, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v29, v29, v144 :: v_dual_mul_f32 v42, v42, v145
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_lshrrev_b32_e32 v18, 16, v18
	v_bfe_u32 v20, v27, 16, 1
	v_cmp_o_f32_e64 s6, v25, v25
	v_add3_u32 v19, v26, v19, 0x7fff
	v_bfe_u32 v21, v28, 16, 1
	v_cmp_o_f32_e64 s5, v24, v24
	v_add3_u32 v20, v27, v20, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v17.h, 0x7fff, v18.l, s6
	v_lshrrev_b32_e32 v18, 16, v19
	v_add3_u32 v19, v28, v21, 0x7fff
	v_bfe_u32 v21, v29, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v31, v31, v144 :: v_dual_mul_f32 v44, v44, v145
	v_dual_mul_f32 v33, v33, v145 :: v_dual_mul_f32 v46, v46, v145
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b16 v17.l, 0x7fff, v17.l, s5
	v_cmp_o_f32_e64 s5, v26, v26
	v_lshrrev_b32_e32 v20, 16, v20
	v_cmp_o_f32_e64 s6, v27, v27
	v_bfe_u32 v22, v30, 16, 1
	v_add3_u32 v21, v29, v21, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v18.l, 0x7fff, v18.l, s5
	v_cmp_o_f32_e64 s5, v29, v29
	v_cndmask_b16 v18.h, 0x7fff, v20.l, s6
	v_add3_u32 v20, v30, v22, 0x7fff
	v_lshrrev_b32_e32 v21, 16, v21
	v_bfe_u32 v22, v31, 16, 1
	v_bfe_u32 v23, v32, 16, 1
	v_bfe_u32 v24, v33, 16, 1
	v_lshrrev_b32_e32 v19, 16, v19
	v_cmp_o_f32_e64 s7, v28, v28
	v_add3_u32 v22, v31, v22, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v19.h, 0x7fff, v21.l, s5
	v_add3_u32 v21, v32, v23, 0x7fff
	v_add3_u32 v23, v33, v24, 0x7fff
	v_bfe_u32 v24, v34, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_dual_mul_f32 v37, v37, v145 :: v_dual_mul_f32 v72, v3, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b16 v19.l, 0x7fff, v19.l, s7
	v_lshrrev_b32_e32 v20, 16, v20
	v_cmp_o_f32_e64 s6, v30, v30
	v_lshrrev_b32_e32 v22, 16, v22
	v_cmp_o_f32_e64 s5, v31, v31
	v_lshrrev_b32_e32 v23, 16, v23
	v_bfe_u32 v25, v35, 16, 1
	v_cmp_o_f32_e64 s7, v33, v33
	v_add3_u32 v24, v34, v24, 0x7fff
	v_lshrrev_b32_e32 v21, 16, v21
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v20.l, 0x7fff, v20.l, s6
	v_cmp_o_f32_e64 s6, v32, v32
	v_cndmask_b16 v20.h, 0x7fff, v22.l, s5
	v_add3_u32 v22, v35, v25, 0x7fff
	v_cndmask_b16 v21.h, 0x7fff, v23.l, s7
	v_lshrrev_b32_e32 v23, 16, v24
	v_cmp_o_f32_e64 s5, v34, v34
	v_bfe_u32 v26, v37, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v21.l, 0x7fff, v21.l, s6
	v_bfe_u32 v24, v36, 16, 1
	v_lshrrev_b32_e32 v25, 16, v22
	v_cmp_o_f32_e64 s6, v35, v35
	v_bfe_u32 v27, v38, 16, 1
	v_cndmask_b16 v22.l, 0x7fff, v23.l, s5
	v_add3_u32 v23, v37, v26, 0x7fff
	v_add3_u32 v24, v36, v24, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v22.h, 0x7fff, v25.l, s6
	v_add3_u32 v25, v38, v27, 0x7fff
	v_cmp_o_f32_e64 s6, v37, v37
	v_lshrrev_b32_e32 v26, 16, v23
	v_bfe_u32 v23, v39, 16, 1
	v_bfe_u32 v27, v40, 16, 1
	v_lshrrev_b32_e32 v24, 16, v24
	v_cmp_o_f32_e64 s5, v36, v36
	v_lshrrev_b32_e32 v25, 16, v25
	v_cmp_o_f32_e64 s7, v38, v38
	v_add3_u32 v28, v39, v23, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v23.h, 0x7fff, v26.l, s6
	v_add3_u32 v26, v40, v27, 0x7fff
	v_bfe_u32 v27, v41, 16, 1
	v_cndmask_b16 v23.l, 0x7fff, v24.l, s5
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s7
	v_lshrrev_b32_e32 v25, 16, v28
	v_cmp_o_f32_e64 s5, v39, v39
	v_lshrrev_b32_e32 v26, 16, v26
	v_bfe_u32 v28, v42, 16, 1
	v_cmp_o_f32_e64 s6, v40, v40
	v_add3_u32 v27, v41, v27, 0x7fff
	v_bfe_u32 v29, v43, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.h, 0x7fff, v25.l, s5
	v_add3_u32 v28, v42, v28, 0x7fff
	v_cndmask_b16 v25.l, 0x7fff, v26.l, s6
	v_lshrrev_b32_e32 v26, 16, v27
	v_add3_u32 v27, v43, v29, 0x7fff
	v_bfe_u32 v29, v44, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v47, v47, v145
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_o_f32_e64 s5, v41, v41
	v_lshrrev_b32_e32 v28, 16, v28
	v_cmp_o_f32_e64 s6, v42, v42
	v_lshrrev_b32_e32 v27, 16, v27
	v_bfe_u32 v30, v45, 16, 1
	v_cmp_o_f32_e64 s7, v43, v43
	v_add3_u32 v29, v44, v29, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v25.h, 0x7fff, v26.l, s5
	v_cndmask_b16 v26.l, 0x7fff, v28.l, s6
	v_add3_u32 v28, v45, v30, 0x7fff
	v_cndmask_b16 v26.h, 0x7fff, v27.l, s7
	v_lshrrev_b32_e32 v27, 16, v29
	v_bfe_u32 v29, v46, 16, 1
	v_bfe_u32 v30, v47, 16, 1
	v_lshrrev_b32_e32 v28, 16, v28
	v_cmp_o_f32_e64 s6, v45, v45
	v_bfe_u32 v31, v65, 16, 1
	v_add3_u32 v29, v46, v29, 0x7fff
	v_add3_u32 v30, v47, v30, 0x7fff
	v_cmp_o_f32_e64 s5, v44, v44
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v27.h, 0x7fff, v28.l, s6
	v_cmp_o_f32_e64 s6, v47, v47
	v_lshrrev_b32_e32 v28, 16, v29
	v_add3_u32 v29, v65, v31, 0x7fff
	v_lshrrev_b32_e32 v30, 16, v30
	v_bfe_u32 v31, v67, 16, 1
	v_bfe_u32 v32, v71, 16, 1
	v_cndmask_b16 v27.l, 0x7fff, v27.l, s5
	v_cmp_o_f32_e64 s5, v46, v46
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v28.h, 0x7fff, v30.l, s6
	v_add3_u32 v31, v67, v31, 0x7fff
	v_add3_u32 v30, v71, v32, 0x7fff
	v_bfe_u32 v32, v72, 16, 1
	v_cndmask_b16 v28.l, 0x7fff, v28.l, s5
	v_cmp_o_f32_e64 s5, v67, v67
	v_lshrrev_b32_e32 v31, 16, v31
	v_bfe_u32 v33, v73, 16, 1
	v_add3_u32 v32, v72, v32, 0x7fff
	v_bfe_u32 v34, v74, 16, 1
	v_lshrrev_b32_e32 v29, 16, v29
	v_cmp_o_f32_e64 s7, v65, v65
	v_lshrrev_b32_e32 v30, 16, v30
	v_cmp_o_f32_e64 s6, v71, v71
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v29.h, 0x7fff, v31.l, s5
	v_add3_u32 v31, v73, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v32
	v_add3_u32 v33, v74, v34, 0x7fff
	v_cmp_o_f32_e64 s5, v72, v72
	v_bfe_u32 v34, v75, 16, 1
	v_bfe_u32 v35, v76, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v77, v8, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b16 v29.l, 0x7fff, v29.l, s7
	v_cndmask_b16 v30.l, 0x7fff, v30.l, s6
	v_lshrrev_b32_e32 v31, 16, v31
	v_cmp_o_f32_e64 s6, v73, v73
	v_lshrrev_b32_e32 v33, 16, v33
	v_cmp_o_f32_e64 s7, v74, v74
	v_add3_u32 v34, v75, v34, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v30.h, 0x7fff, v32.l, s5
	v_add3_u32 v32, v76, v35, 0x7fff
	v_cndmask_b16 v31.l, 0x7fff, v31.l, s6
	v_cndmask_b16 v31.h, 0x7fff, v33.l, s7
	v_lshrrev_b32_e32 v33, 16, v34
	v_cmp_o_f32_e64 s5, v75, v75
	v_bfe_u32 v34, v77, 16, 1
	v_lshrrev_b32_e32 v35, 16, v32
	v_bfe_u32 v36, v78, 16, 1
	v_cmp_o_f32_e64 s6, v76, v76
	v_bfe_u32 v37, v79, 16, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v3, v12, v146
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_add3_u32 v34, v77, v34, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v32.l, 0x7fff, v33.l, s5
	v_add3_u32 v33, v78, v36, 0x7fff
	v_cndmask_b16 v32.h, 0x7fff, v35.l, s6
	v_add3_u32 v35, v79, v37, 0x7fff
	v_bfe_u32 v8, v51, 16, 1
	v_lshrrev_b32_e32 v34, 16, v34
	v_cmp_o_f32_e64 s5, v77, v77
	v_lshrrev_b32_e32 v36, 16, v33
	v_cmp_o_f32_e64 s6, v78, v78
	v_lshrrev_b32_e32 v35, 16, v35
	v_bfe_u32 v37, v4, 16, 1
	v_cmp_o_f32_e64 s7, v79, v79
	v_bfe_u32 v38, v3, 16, 1
	v_add3_u32 v8, v51, v8, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v33.l, 0x7fff, v34.l, s5
	v_cndmask_b16 v33.h, 0x7fff, v36.l, s6
	v_add3_u32 v36, v4, v37, 0x7fff
	v_cndmask_b16 v34.l, 0x7fff, v35.l, s7
	v_bfe_u32 v35, v2, 16, 1
	v_add3_u32 v37, v3, v38, 0x7fff
	v_bfe_u32 v38, v1, 16, 1
	v_bfe_u32 v12, v55, 16, 1
	v_cmp_o_f32_e64 s8, v51, v51
	v_lshrrev_b32_e32 v8, 16, v8
	v_cmp_o_f32_e64 s5, v4, v4
	v_add3_u32 v4, v2, v35, 0x7fff
	v_lshrrev_b32_e32 v35, 16, v37
	v_add3_u32 v37, v1, v38, 0x7fff
	v_bfe_u32 v80, v59, 16, 1
	v_bfe_u32 v81, v60, 16, 1
	v_bfe_u32 v82, v61, 16, 1
	v_bfe_u32 v83, v62, 16, 1
	v_bfe_u32 v84, v63, 16, 1
	v_add3_u32 v12, v55, v12, 0x7fff
	v_lshrrev_b32_e32 v36, 16, v36
	v_cmp_o_f32_e64 s6, v3, v3
	v_bfe_u32 v3, v0, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v6.h, 0x7fff, v8.l, s8
	v_cmp_o_f32_e64 s7, v2, v2
	v_lshrrev_b32_e32 v2, 16, v37
	v_cmp_o_f32_e64 s8, v1, v1
	v_add3_u32 v48, v59, v80, 0x7fff
	v_add3_u32 v49, v60, v81, 0x7fff
	v_add3_u32 v50, v61, v82, 0x7fff
	v_add3_u32 v51, v62, v83, 0x7fff
	v_add3_u32 v52, v63, v84, 0x7fff
	v_cmp_o_f32_e64 s12, v55, v55
	v_lshrrev_b32_e32 v11, 16, v11
	v_lshrrev_b32_e32 v12, 16, v12
	v_add3_u32 v1, v0, v3, 0x7fff
	v_cndmask_b16 v34.h, 0x7fff, v36.l, s5
	v_cmp_o_f32_e64 s5, v0, v0
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	v_add_lshl_u32 v0, v66, v139, 1
	.loc	1 142 22                        ; fused_moe.py:142:22
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v36.l, 0x7fff, v2.l, s8
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v2, v64, v139, 1
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_o_f32_e64 s16, v59, v59
	v_cmp_o_f32_e64 s17, v60, v60
	v_cmp_o_f32_e64 s18, v61, v61
	v_cmp_o_f32_e64 s19, v62, v62
	v_cmp_o_f32_e64 s20, v63, v63
	v_lshrrev_b32_e32 v48, 16, v48
	v_lshrrev_b32_e32 v49, 16, v49
	v_lshrrev_b32_e32 v50, 16, v50
	v_lshrrev_b32_e32 v51, 16, v51
	v_lshrrev_b32_e32 v52, 16, v52
	v_cndmask_b16 v35.l, 0x7fff, v35.l, s6
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s6, s4, s1
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v3, v66, v137, 1
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_cndmask_b16 v8.l, 0x7fff, v11.l, s11
	v_cndmask_b16 v8.h, 0x7fff, v12.l, s12
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s6
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s4, s0
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_lshrrev_b32_e32 v1, 16, v1
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v2, 0x80000000, v2, s4
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s3, s1
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b16 v10.h, 0x7fff, v48.l, s16
	v_cndmask_b16 v11.l, 0x7fff, v49.l, s17
	v_cndmask_b16 v11.h, 0x7fff, v50.l, s18
	v_cndmask_b16 v12.l, 0x7fff, v51.l, s19
	v_cndmask_b16 v12.h, 0x7fff, v52.l, s20
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v3, 0x80000000, v3, s4
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_lshrrev_b32_e32 v4, 16, v4
	.loc	1 142 5                         ; fused_moe.py:142:5
	buffer_store_b128 v[5:8], v0, s[36:39], null offen
	v_add_lshl_u32 v0, v64, v137, 1
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b16 v36.h, 0x7fff, v1.l, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v1, v66, v136, 1
	s_clause 0x1
	buffer_store_b128 v[9:12], v2, s[36:39], null offen
	buffer_store_b128 v[13:16], v3, s[36:39], null offen
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s3, s3, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v2, v64, v136, 1
	v_add_lshl_u32 v3, v66, v70, 1
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_cndmask_b16 v35.h, 0x7fff, v4.l, s7
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s3
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s3, s2, s1
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v4, v64, v70, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s2, s2, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s3
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s1, s1, vcc_lo
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_cndmask_b32_e64 v2, 0x80000000, v2, s2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 vcc_lo, s0, vcc_lo
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v3, 0x80000000, v3, s1
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	s_clause 0x4
	buffer_store_b128 v[17:20], v0, s[36:39], null offen
	buffer_store_b128 v[21:24], v1, s[36:39], null offen
	buffer_store_b128 v[25:28], v2, s[36:39], null offen
	buffer_store_b128 v[29:32], v3, s[36:39], null offen
	buffer_store_b128 v[33:36], v4, s[36:39], null offen
	s_branch .LBB0_50
.LBB0_49:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_lshrrev_b32_e32 v0, 4, v69
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_mov_b32 s30, s56
	s_mov_b32 s31, s27
	s_mov_b32 s0, 0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_b32 s25, s25, 0xffff
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v0, s26, v0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_mov_b32 s1, s0
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	s_mov_b32 s27, 0x31027000
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_mov_b32 s26, 0x7ffffffe
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_or_b32_e32 v1, 0xe0, v0
	v_or_b32_e32 v2, 0xc0, v0
	v_or_b32_e32 v3, 0xa0, v0
	v_or_b32_e32 v4, 0x80, v0
	v_or_b32_e32 v5, 0x60, v0
	v_or_b32_e32 v6, 64, v0
	v_or_b32_e32 v7, 32, v0
	s_clause 0x7
	buffer_load_b32 v8, v1, s[28:31], null offen
	buffer_load_b32 v9, v2, s[28:31], null offen
	buffer_load_b32 v10, v3, s[28:31], null offen
	buffer_load_b32 v11, v4, s[28:31], null offen
	buffer_load_b32 v12, v5, s[28:31], null offen
	buffer_load_b32 v6, v6, s[28:31], null offen
	buffer_load_b32 v7, v7, s[28:31], null offen
	buffer_load_b32 v13, v0, s[28:31], null offen
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_dual_mov_b32 v1, s1 :: v_dual_lshlrev_b32 v0, 3, v68
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_dual_mov_b32 v5, s35 :: v_dual_mov_b32 v2, s2
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_mov_b32_e32 v3, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v4, s34, v0
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_mov_b32_e32 v0, s0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc_lo, s[22:23], v[4:5]
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_wait_loadcnt 0x7
	v_cmp_gt_i32_e64 s0, s33, v8
	s_wait_loadcnt 0x6
	v_cmp_gt_i32_e64 s1, s33, v9
	s_wait_loadcnt 0x5
	v_cmp_gt_i32_e64 s2, s33, v10
	s_wait_loadcnt 0x4
	v_cmp_gt_i32_e64 s3, s33, v11
	s_wait_loadcnt 0x3
	v_cmp_gt_i32_e64 s4, s33, v12
	s_wait_loadcnt 0x2
	v_cmp_gt_i32_e64 s5, s33, v6
	s_wait_loadcnt 0x1
	v_cmp_gt_i32_e64 s6, s33, v7
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_loadcnt 0x0
	v_mul_lo_u32 v5, v13, s21
	v_mul_lo_u32 v7, v7, s21
	v_mul_lo_u32 v6, v6, s21
	v_mul_lo_u32 v12, v12, s21
	v_mul_lo_u32 v11, v11, s21
	v_mul_lo_u32 v10, v10, s21
	v_mul_lo_u32 v9, v9, s21
	v_mul_lo_u32 v8, v8, s21
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s7, s33, v13
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_add_lshl_u32 v5, v4, v5, 1
	v_add_lshl_u32 v7, v4, v7, 1
	v_add_lshl_u32 v6, v4, v6, 1
	v_add_lshl_u32 v12, v4, v12, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s7, vcc_lo, s7
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_add_lshl_u32 v11, v4, v11, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s6, vcc_lo, s6
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_add_lshl_u32 v10, v4, v10, 1
	v_add_lshl_u32 v9, v4, v9, 1
	v_add_lshl_u32 v4, v4, v8, 1
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v5, 0x80000000, v5, s7
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, vcc_lo, s5
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_cndmask_b32_e64 v7, 0x80000000, v7, s6
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, vcc_lo, s4
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_cndmask_b32_e64 v6, 0x80000000, v6, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s3, vcc_lo, s3
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_cndmask_b32_e64 v8, 0x80000000, v12, s4
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s2, vcc_lo, s2
	s_and_b32 s1, vcc_lo, s1
	s_and_b32 vcc_lo, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v11, 0x80000000, v11, s3
	v_cndmask_b32_e64 v10, 0x80000000, v10, s2
	v_cndmask_b32_e64 v9, 0x80000000, v9, s1
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	s_clause 0x7
	buffer_store_b128 v[0:3], v5, s[24:27], null offen
	buffer_store_b128 v[0:3], v7, s[24:27], null offen
	buffer_store_b128 v[0:3], v6, s[24:27], null offen
	buffer_store_b128 v[0:3], v8, s[24:27], null offen
	buffer_store_b128 v[0:3], v11, s[24:27], null offen
	buffer_store_b128 v[0:3], v10, s[24:27], null offen
	buffer_store_b128 v[0:3], v9, s[24:27], null offen
	buffer_store_b128 v[0:3], v4, s[24:27], null offen
.LBB0_50:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp15:
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 136
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 244
		.amdhsa_next_free_sgpr 57
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fused_moe_kernel)<<4)&4080)>>4
		.amdhsa_round_robin_scheduling 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
                                        ; -- End function
	.set .Lfused_moe_kernel.num_vgpr, 244
	.set .Lfused_moe_kernel.num_agpr, 0
	.set .Lfused_moe_kernel.numbered_sgpr, 57
	.set .Lfused_moe_kernel.num_named_barrier, 0
	.set .Lfused_moe_kernel.private_seg_size, 0
	.set .Lfused_moe_kernel.uses_vcc, 1
	.set .Lfused_moe_kernel.uses_flat_scratch, 0
	.set .Lfused_moe_kernel.has_dyn_sized_stack, 0
	.set .Lfused_moe_kernel.has_recursion, 0
	.set .Lfused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 20400
; TotalNumSgprs: 59
; NumVgprs: 244
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 30
; NumSGPRsForWavesPerEU: 59
; NumVGPRsForWavesPerEU: 244
; Occupancy: 5
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
	.text
	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
	.section	.AMDGPU.gpr_maximums,"",@progbits
	.set amdgpu.max_num_vgpr, 0
	.set amdgpu.max_num_agpr, 0
	.set amdgpu.max_num_sgpr, 0
	.set amdgpu.max_num_named_barrier, 0
	.text
	.section	.debug_abbrev,"",@progbits
	.byte	1                               ; Abbreviation Code
	.byte	17                              ; DW_TAG_compile_unit
	.byte	1                               ; DW_CHILDREN_yes
	.byte	37                              ; DW_AT_producer
	.byte	14                              ; DW_FORM_strp
	.byte	19                              ; DW_AT_language
	.byte	5                               ; DW_FORM_data2
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	16                              ; DW_AT_stmt_list
	.byte	23                              ; DW_FORM_sec_offset
	.ascii	"\341\177"                      ; DW_AT_APPLE_optimized
	.byte	25                              ; DW_FORM_flag_present
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	2                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	32                              ; DW_AT_inline
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	3                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	4                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	11                              ; DW_FORM_data1
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x58 DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x26:0x6 DW_TAG_subprogram
	.long	.Linfo_string2                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x2c:0x36 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	38                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x3d:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	72                              ; DW_AT_call_line
	.byte	17                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x49:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	17                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x55:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	117                             ; DW_AT_call_line
	.byte	23                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp0-.Lfunc_begin0
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"fused_moe.py"                  ; string offset=7 ; fused_moe.py
.Linfo_string2:
	.asciz	"fused_moe_kernel"              ; string offset=20 ; fused_moe_kernel
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .args:
      - .address_space:  global
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         8
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         16
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
      - .offset:         72
        .size:           4
        .value_kind:     by_value
      - .offset:         76
        .size:           4
        .value_kind:     by_value
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .offset:         84
        .size:           4
        .value_kind:     by_value
      - .offset:         88
        .size:           4
        .value_kind:     by_value
      - .offset:         92
        .size:           4
        .value_kind:     by_value
      - .offset:         96
        .size:           4
        .value_kind:     by_value
      - .offset:         100
        .size:           4
        .value_kind:     by_value
      - .offset:         104
        .size:           4
        .value_kind:     by_value
      - .offset:         108
        .size:           4
        .value_kind:     by_value
      - .offset:         112
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         120
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         128
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 136
    .max_flat_workgroup_size: 128
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     59
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     244
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu12.01-amd-amdhsa-unknown-gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
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
	s_clause 0x1
	s_load_b96 s[12:14], s[0:1], 0x40
	s_load_b32 s2, s[0:1], 0x50
.Ltmp0:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17 prologue_end            ; standard.py:43:17 @[ fused_moe.py:72:27 ]
	s_wait_kmcnt 0x0
	s_add_co_i32 s3, s14, 0x7f
.Ltmp1:
	.loc	2 43 17 is_stmt 0               ; standard.py:43:17 @[ fused_moe.py:71:28 ]
	s_add_co_i32 s2, s2, 63
.Ltmp2:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:72:27 ]
	s_ashr_i32 s4, s3, 31
.Ltmp3:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s6, s2, 31
.Ltmp4:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:72:27 ]
	s_lshr_b32 s4, s4, 25
.Ltmp5:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:71:28 ]
	s_lshr_b32 s6, s6, 26
.Ltmp6:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:72:27 ]
	s_add_co_i32 s3, s3, s4
.Ltmp7:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:71:28 ]
	s_add_co_i32 s2, s2, s6
.Ltmp8:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:72:27 ]
	s_ashr_i32 s3, s3, 7
.Ltmp9:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s2, s2, 6
.Ltmp10:
	.loc	1 73 38 is_stmt 1               ; fused_moe.py:73:38
	s_lshl_b32 s3, s3, 5
	.loc	1 81 37                         ; fused_moe.py:81:37
	s_load_b32 s11, s[12:13], 0x0
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_abs_i32 s4, s3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_f32_u32 s5, s4
	s_sub_co_i32 s7, 0, s4
	v_rcp_iflag_f32_e32 v1, s5
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_2)
	v_readfirstlane_b32 s5, v1
	s_mul_f32 s5, s5, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s5, s5
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_i32 s7, s7, s5
	s_mul_hi_u32 s6, s5, s7
	s_abs_i32 s7, ttmp9
	s_add_co_i32 s5, s5, s6
	s_xor_b32 s6, ttmp9, s3
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s5, s7, s5
	s_ashr_i32 s6, s6, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s5, s4
	s_delay_alu instid0(SALU_CYCLE_1)
	s_sub_co_i32 s7, s7, s8
	s_add_co_i32 s8, s5, 1
	s_sub_co_i32 s9, s7, s4
	s_cmp_ge_u32 s7, s4
	s_cselect_b32 s5, s8, s5
	s_cselect_b32 s7, s9, s7
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s8, s5, 1
	s_cmp_ge_u32 s7, s4
	s_cselect_b32 s4, s8, s5
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s4, s4, s6
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s4, s4, s6
	.loc	1 75 29                         ; fused_moe.py:75:29
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b32 s5, s4, 5
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_mul_i32 s4, s4, s3
	.loc	1 76 35                         ; fused_moe.py:76:35
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s2, s2, s5
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_sub_co_i32 s3, ttmp9, s4
	.loc	1 76 48                         ; fused_moe.py:76:48
	s_min_i32 s2, s2, 32
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 78 40                         ; fused_moe.py:78:40
	s_abs_i32 s6, s2
	s_cvt_f32_u32 s7, s6
	s_sub_co_i32 s8, 0, s6
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v1, s7
	v_readfirstlane_b32 s7, v1
	s_mul_f32 s7, s7, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_u32_f32 s7, s7
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s8, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s4, s7, s8
	s_abs_i32 s8, s3
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s7, s7, s4
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s4, s8, s7
	s_xor_b32 s7, s3, s2
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s9, s4, s6
	s_ashr_i32 s7, s7, 31
	s_sub_co_i32 s8, s8, s9
	s_add_co_i32 s9, s4, 1
	s_sub_co_i32 s10, s8, s6
	s_cmp_ge_u32 s8, s6
	s_cselect_b32 s4, s9, s4
	s_cselect_b32 s8, s10, s8
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s9, s4, 1
	s_cmp_ge_u32 s8, s6
	s_cselect_b32 s4, s9, s4
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s4, s4, s7
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s4, s4, s7
	.loc	1 77 54                         ; fused_moe.py:77:54
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s2, s4, s2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_sub_co_i32 s2, s3, s2
	.loc	1 77 27 is_stmt 0               ; fused_moe.py:77:27
	s_add_co_i32 s2, s2, s5
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 82 15 is_stmt 1               ; fused_moe.py:82:15
	s_lshl_b32 s34, s2, 6
	.loc	1 82 31 is_stmt 0               ; fused_moe.py:82:31
	s_wait_kmcnt 0x0
	s_cmp_lt_i32 s34, s11
	s_cbranch_scc0 .LBB0_14
; %bb.1:
	.loc	1 0 31                          ; fused_moe.py:0:31
	s_load_b128 s[20:23], s[0:1], 0x30
	.loc	1 94 25 is_stmt 1               ; fused_moe.py:94:25
	s_ashr_i32 s3, s2, 31
	.loc	1 128 65                        ; fused_moe.py:128:65
	s_bfe_u32 s31, ttmp8, 0x50019
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_lshl_b64 s[2:3], s[2:3], 2
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v68, 15, v0
	.loc	1 90 22                         ; fused_moe.py:90:22
	s_lshl_b32 s18, s4, 7
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s15, s14, 31
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s19, s18, 31
	s_mov_b32 s27, 0x31027000
	s_mov_b32 s26, 0x7ffffffe
	s_mov_b32 s12, -1
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_wait_kmcnt 0x0
	s_add_nc_u64 s[2:3], s[22:23], s[2:3]
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_and_b32 s21, s21, 0xffff
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_load_b32 s3, s[2:3], 0x0
	s_clause 0x2
	s_load_b64 s[16:17], s[0:1], 0x10
	s_load_b32 s13, s[0:1], 0x64
	s_load_b32 s33, s[0:1], 0x54
	.loc	1 85 56                         ; fused_moe.py:85:56
	s_lshl_b32 s2, s31, 5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_or_b32 v2, v0, 31, s2
	v_and_b32_e32 v69, 0x70, v2
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_wait_kmcnt 0x0
	s_cmp_lg_u32 s3, -1
	s_cbranch_scc0 .LBB0_4
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_bfe_u32 v1, v2, 3, 4
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_mov_b32 s22, s26
	s_mov_b32 s23, s27
	.loc	1 86 48 is_stmt 0               ; fused_moe.py:86:48
	v_or_b32_e32 v10, s34, v68
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	s_abs_i32 s35, s14
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_or_b32_e32 v3, 16, v1
	v_or_b32_e32 v4, 32, v1
	v_or_b32_e32 v5, 48, v1
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v6, s34, v1
	v_lshlrev_b32_e32 v10, 2, v10
	v_or_b32_e32 v7, s34, v3
	v_or_b32_e32 v8, s34, v4
	v_or_b32_e32 v9, s34, v5
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	v_lshlrev_b32_e32 v6, 2, v6
	v_or_b32_e32 v11, 64, v10
	v_lshlrev_b32_e32 v7, 2, v7
	v_lshlrev_b32_e32 v8, 2, v8
	v_lshlrev_b32_e32 v9, 2, v9
	v_or_b32_e32 v12, 0x80, v10
	s_clause 0x3
	buffer_load_b32 v6, v6, s[20:23], null offen
	buffer_load_b32 v7, v7, s[20:23], null offen
	buffer_load_b32 v8, v8, s[20:23], null offen
	buffer_load_b32 v9, v9, s[20:23], null offen
	v_or_b32_e32 v13, 0xc0, v10
	s_clause 0x3
	buffer_load_b32 v64, v10, s[20:23], null offen
	buffer_load_b32 v66, v11, s[20:23], null offen
	buffer_load_b32 v70, v12, s[20:23], null offen
	buffer_load_b32 v71, v13, s[20:23], null offen
	.loc	1 104 72 is_stmt 1              ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v10, 4, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_cvt_f32_u32 s2, s35
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v11, s18, v1
	s_clause 0x3
	s_load_b96 s[28:30], s[0:1], 0x58
	s_load_b32 s11, s[0:1], 0x4c
	s_load_b128 s[4:7], s[0:1], 0x0
	s_load_b128 s[52:55], s[0:1], 0x18
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v3, s18, v3
	.loc	1 104 72 is_stmt 1              ; fused_moe.py:104:72
	v_and_b32_e32 v1, 0x70, v10
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_rcp_iflag_f32_e32 v10, s2
	v_sub_nc_u32_e32 v15, 0, v11
	s_sub_co_i32 s8, 0, s35
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v12, 0x70, v11
	v_or_b32_e32 v13, 0x60, v11
	v_or_b32_e32 v14, 0x50, v11
	v_or_b32_e32 v4, s18, v4
	v_or_b32_e32 v16, 64, v11
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v11, v15, v11
	v_sub_nc_u32_e32 v15, 0, v3
	v_readfirstlane_b32 s2, v10
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v5, s18, v5
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v17, 0, v4
	v_sub_nc_u32_e32 v19, 0, v16
	v_max_i32_e32 v3, v15, v3
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_wait_kmcnt 0x0
	s_mov_b64 s[24:25], s[4:5]
	v_sub_nc_u32_e32 v18, 0, v5
	v_max_i32_e32 v4, v17, v4
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s2, s2
	v_max_i32_e32 v10, v19, v16
	v_sub_nc_u32_e32 v20, 0, v14
	v_max_i32_e32 v5, v18, v5
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s8, s2
	v_sub_nc_u32_e32 v21, 0, v13
	s_mul_hi_u32 s4, s2, s8
	v_max_i32_e32 v14, v20, v14
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s2, s4
	v_sub_nc_u32_e32 v22, 0, v12
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v15, v11, s4
	v_mul_hi_u32 v16, v3, s4
	v_mul_hi_u32 v17, v4, s4
	v_mul_hi_u32 v18, v5, s4
	v_mul_hi_u32 v19, v10, s4
	v_max_i32_e32 v13, v21, v13
	v_mul_hi_u32 v20, v14, s4
	v_max_i32_e32 v12, v22, v12
	v_mul_lo_u32 v15, v15, s35
	v_mul_lo_u32 v16, v16, s35
	v_mul_lo_u32 v17, v17, s35
	v_mul_lo_u32 v18, v18, s35
	v_mul_lo_u32 v19, v19, s35
	v_mul_hi_u32 v22, v13, s4
	v_mul_lo_u32 v20, v20, s35
	v_mul_hi_u32 v23, v12, s4
	v_sub_nc_u32_e32 v11, v11, v15
	v_sub_nc_u32_e32 v3, v3, v16
	v_sub_nc_u32_e32 v4, v4, v17
	v_sub_nc_u32_e32 v5, v5, v18
	v_sub_nc_u32_e32 v10, v10, v19
	v_subrev_nc_u32_e32 v15, s35, v11
	v_cmp_le_u32_e64 s2, s35, v11
	v_subrev_nc_u32_e32 v16, s35, v3
	v_subrev_nc_u32_e32 v17, s35, v4
	v_subrev_nc_u32_e32 v18, s35, v5
	v_mul_lo_u32 v22, v22, s35
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v11, v11, v15, s2
	v_cmp_le_u32_e64 s2, s35, v3
	v_sub_nc_u32_e32 v14, v14, v20
	v_subrev_nc_u32_e32 v19, s35, v10
	v_mul_lo_u32 v23, v23, s35
	v_subrev_nc_u32_e32 v15, s35, v11
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v3, v3, v16, s2
	v_cmp_le_u32_e64 s2, s35, v4
	v_sub_nc_u32_e32 v13, v13, v22
	v_subrev_nc_u32_e32 v20, s35, v14
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_mul_i32 s22, s3, s29
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v16, s35, v3
	v_cndmask_b32_e64 v4, v4, v17, s2
	v_cmp_le_u32_e64 s2, s35, v5
	v_sub_nc_u32_e32 v12, v12, v23
	v_subrev_nc_u32_e32 v22, s35, v13
.Ltmp11:
	.loc	2 43 17                         ; standard.py:43:17 @[ fused_moe.py:117:33 ]
	s_add_co_i32 s23, s11, 0x7f
.Ltmp12:
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v17, s35, v4
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v5, v5, v18, s2
	v_cmp_le_u32_e64 s2, s35, v10
	v_subrev_nc_u32_e32 v23, s35, v12
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc_lo, s11, v1
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_nc_u32_e32 v21, s22, v1
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v18, s35, v5
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v10, v10, v19, s2
	v_cmp_le_u32_e64 s2, s35, v14
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmp_gt_i32 s23, 0x7f
	s_mov_b64 s[36:37], s[6:7]
	s_cselect_b32 s6, -1, 0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v19, s35, v10
	v_cndmask_b32_e64 v14, v14, v20, s2
	v_cmp_le_u32_e64 s2, s35, v13
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, vcc_lo, s6
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v20, s35, v14
	v_cndmask_b32_e64 v13, v13, v22, s2
	v_cmp_le_u32_e64 s2, s35, v12
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_b32 s37, s37, 0xffff
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_b32 s25, s25, 0xffff
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v65, 0x7f, v2
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v22, s35, v13
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v12, v12, v23, s2
	v_cmp_le_u32_e64 s2, s35, v11
	s_load_b96 s[48:50], s[0:1], 0x68
	v_subrev_nc_u32_e32 v23, s35, v12
	v_cndmask_b32_e64 v11, v11, v15, s2
	v_cmp_le_u32_e64 s2, s35, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v11, s19, v11
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v3, v3, v16, s2
	v_cmp_le_u32_e64 s2, s35, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v11, s19, v11
	v_xor_b32_e32 v3, s19, v3
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v4, v4, v17, s2
	v_cmp_le_u32_e64 s2, s35, v5
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v15, s30, v11
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v3, s19, v3
	v_xor_b32_e32 v4, s19, v4
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v5, v5, v18, s2
	v_cmp_le_u32_e64 s2, s35, v10
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v16, s30, v3
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v4, s19, v4
	s_delay_alu instid0(VALU_DEP_4)
	v_xor_b32_e32 v5, s19, v5
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v10, v10, v19, s2
	v_cmp_le_u32_e64 s2, s35, v14
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v17, s30, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v5, s19, v5
	s_delay_alu instid0(VALU_DEP_4)
	v_xor_b32_e32 v10, s19, v10
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v14, v14, v20, s2
	v_cmp_le_u32_e64 s2, s35, v13
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_nc_u32_e32 v4, v21, v16
	v_mul_lo_u32 v18, s30, v5
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v10, s19, v10
	v_xor_b32_e32 v14, s19, v14
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v13, v13, v22, s2
	v_cmp_le_u32_e64 s2, s35, v12
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v19, s30, v10
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v14, s19, v14
	v_xor_b32_e32 v13, s19, v13
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v12, v12, v23, s2
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_nc_u32_e32 v10, v21, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v20, s19, v13
	v_xor_b32_e32 v12, s19, v12
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v13, s30, v14
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_dual_cndmask_b32 v10, 0x80000000, v10 :: v_dual_add_nc_u32 v11, v21, v19
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v14, s30, v20
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v12, s19, v12
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v11, 0x80000000, v11, vcc_lo
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v20, s30, v12
	v_add_nc_u32_e32 v12, v21, v13
	v_add_nc_u32_e32 v3, v21, v15
	v_add_nc_u32_e32 v22, v21, v14
	v_add_nc_u32_e32 v5, v21, v17
	s_mov_b32 s30, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v12, 0x80000000, v12, vcc_lo
	v_cndmask_b32_e32 v3, 0x80000000, v3, vcc_lo
	v_dual_cndmask_b32 v46, 0x80000000, v22 :: v_dual_add_nc_u32 v21, v21, v20
	v_cndmask_b32_e32 v5, 0x80000000, v5, vcc_lo
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e32 v21, 0x80000000, v21, vcc_lo
	s_clause 0x7
	buffer_load_b128 v[22:25], v3, s[36:39], null offen
	buffer_load_b128 v[26:29], v4, s[36:39], null offen
	buffer_load_b128 v[30:33], v5, s[36:39], null offen
	buffer_load_b128 v[34:37], v10, s[36:39], null offen
	buffer_load_b128 v[38:41], v11, s[36:39], null offen
	buffer_load_b128 v[42:45], v12, s[36:39], null offen
	buffer_load_b128 v[46:49], v46, s[36:39], null offen
	buffer_load_b128 v[50:53], v21, s[36:39], null offen
	.loc	1 104 45                        ; fused_moe.py:104:45
	s_wait_loadcnt 0xf
	v_ashrrev_i32_e32 v3, 31, v6
	s_wait_loadcnt 0xe
	v_ashrrev_i32_e32 v4, 31, v7
	s_wait_loadcnt 0xd
	v_ashrrev_i32_e32 v5, 31, v8
	s_wait_loadcnt 0xc
	v_ashrrev_i32_e32 v10, 31, v9
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s7, s33, v6
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_lshrrev_b32_e32 v3, 29, v3
	v_lshrrev_b32_e32 v4, 29, v4
	v_lshrrev_b32_e32 v5, 29, v5
	v_lshrrev_b32_e32 v10, 29, v10
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s8, s33, v7
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_add_nc_u32_e32 v3, v6, v3
	v_add_nc_u32_e32 v4, v7, v4
	v_add_nc_u32_e32 v5, v8, v5
	v_add_nc_u32_e32 v6, v9, v10
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s9, s33, v8
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v3, 3, v3
	v_ashrrev_i32_e32 v7, 3, v4
	v_ashrrev_i32_e32 v8, 3, v5
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s10, s33, v9
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v9, 3, v6
	.loc	1 104 22 is_stmt 0              ; fused_moe.py:104:22
	v_mad_co_u64_u32 v[4:5], null, v3, s28, v[1:2]
	v_mad_co_u64_u32 v[5:6], null, v7, s28, v[1:2]
	v_mad_co_u64_u32 v[6:7], null, v8, s28, v[1:2]
	s_delay_alu instid0(VALU_DEP_4)
	v_mad_co_u64_u32 v[7:8], null, v9, s28, v[1:2]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s2, vcc_lo, s7
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v2, 0x78, v2
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v3, 0x80000000, v4, s2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 s2, vcc_lo, s8
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_wait_loadcnt 0xb
	v_cmp_gt_i32_e64 s5, s33, v64
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v8, 0x80000000, v5, s2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 s2, vcc_lo, s9
	s_and_b32 vcc_lo, vcc_lo, s10
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v9, 0x80000000, v6, s2
	v_cndmask_b32_e32 v10, 0x80000000, v7, vcc_lo
	s_clause 0x3
	buffer_load_b128 v[54:57], v3, s[24:27], null offen
	buffer_load_b128 v[58:61], v8, s[24:27], null offen
	buffer_load_b128 v[72:75], v9, s[24:27], null offen
	buffer_load_b128 v[76:79], v10, s[24:27], null offen
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v3, s18, v65
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v9, 4, v65
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_wait_kmcnt 0x0
	s_mul_i32 s2, s3, s49
	.loc	1 109 56                        ; fused_moe.py:109:56
	s_wait_loadcnt 0xc
	v_ashrrev_i32_e32 v10, 31, v71
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmp_gt_i32 s23, 0xff
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v8, 0, v3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xor_b32_e32 v2, v9, v2
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v9, 31, v70
	v_lshrrev_b32_e32 v10, 29, v10
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v3, v8, v3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_nc_u32_e32 v11, 0, v2
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v9, 29, v9
	v_add_nc_u32_e32 v10, v71, v10
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mul_hi_u32 v8, v3, s4
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s4, s33, v66
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v21, v70, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mul_lo_u32 v8, v8, s35
	v_sub_nc_u32_e32 v3, v3, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v8, s35, v3
	v_cmp_le_u32_e32 vcc_lo, s35, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v3, v3, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v8, s35, v3
	v_cmp_le_u32_e32 vcc_lo, s35, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v3, v3, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v3, s19, v3
	v_subrev_nc_u32_e32 v3, s19, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v8, 31, v3
	v_lshrrev_b32_e32 v8, 25, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v3, v3, v8
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xor_b32_e32 v8, 8, v2
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v3, 7, v3
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_nc_u32_e32 v12, 0, v8
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v8, 31, v66
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_wait_loadcnt 0xa
	ds_store_2addr_stride64_b64 v11, v[22:23], v[26:27] offset1:4
	s_wait_loadcnt 0x8
	ds_store_2addr_stride64_b64 v11, v[30:31], v[34:35] offset0:8 offset1:12
	s_wait_loadcnt 0x6
	ds_store_2addr_stride64_b64 v11, v[38:39], v[42:43] offset0:16 offset1:20
	s_wait_loadcnt 0x4
	ds_store_2addr_stride64_b64 v11, v[46:47], v[50:51] offset0:24 offset1:28
	ds_store_2addr_stride64_b64 v12, v[24:25], v[28:29] offset1:4
	ds_store_2addr_stride64_b64 v12, v[32:33], v[36:37] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v12, v[40:41], v[44:45] offset0:16 offset1:20
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_loadcnt 0x2
	ds_store_2addr_stride64_b64 v11, v[54:55], v[58:59] offset0:32 offset1:36
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v11, v[72:73], v[76:77] offset0:40 offset1:44
	ds_store_2addr_stride64_b64 v12, v[56:57], v[60:61] offset0:32 offset1:36
	ds_store_2addr_stride64_b64 v12, v[74:75], v[78:79] offset0:40 offset1:44
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_2addr_stride64_b64 v12, v[48:49], v[52:53] offset0:24 offset1:28
	.loc	1 110 67                        ; fused_moe.py:110:67
	s_wait_alu depctr_sa_sdst(0)
	v_mad_co_u64_u32 v[2:3], null, v3, s50, s[2:3]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v3, 31, v64
	v_lshrrev_b32_e32 v8, 29, v8
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s3, s33, v70
	v_cmp_gt_i32_e64 s2, s33, v71
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v3, 29, v3
	v_add_nc_u32_e32 v8, v66, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v3, v64, v3
	v_ashrrev_i32_e32 v9, 3, v3
	s_delay_alu instid0(VALU_DEP_3)
	v_ashrrev_i32_e32 v3, 3, v8
	v_ashrrev_i32_e32 v8, 3, v21
	v_ashrrev_i32_e32 v21, 3, v10
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_5
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	s_mov_b32 s43, 0x31027000
	s_mov_b32 s42, 0x7ffffffe
	.loc	1 126 34 is_stmt 1              ; fused_moe.py:126:34
	s_and_b32 s41, s53, 0xffff
	s_mov_b32 s40, s52
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b32 s45, s55, 0xffff
	s_mov_b32 s44, s54
	s_mov_b32 s12, 0
	s_mov_b64 s[46:47], s[42:43]
	s_branch .LBB0_6
.LBB0_4:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	s_cbranch_execnz .LBB0_13
	s_branch .LBB0_14
.LBB0_5:
                                        ; implicit-def: $sgpr40_sgpr41
                                        ; implicit-def: $sgpr44_sgpr45
.LBB0_6:                                ; %Flow
	s_load_b64 s[28:29], s[0:1], 0x28
	v_mul_lo_u32 v9, v9, s48
	v_mul_lo_u32 v10, v3, s48
	v_mul_lo_u32 v8, v8, s48
	v_mul_lo_u32 v3, v21, s48
	v_dual_mov_b32 v72, 0 :: v_dual_mov_b32 v73, 0
	v_lshrrev_b32_e32 v67, 1, v0
	v_mul_u32_u24_e32 v136, 0x88, v68
	v_dual_mov_b32 v74, 0 :: v_dual_mov_b32 v75, 0
	v_dual_mov_b32 v76, 0 :: v_dual_mov_b32 v77, 0
	v_dual_mov_b32 v78, 0 :: v_dual_mov_b32 v79, 0
	v_dual_mov_b32 v80, 0 :: v_dual_mov_b32 v81, 0
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v83, 0
	v_dual_mov_b32 v84, 0 :: v_dual_mov_b32 v85, 0
	v_dual_mov_b32 v86, 0 :: v_dual_mov_b32 v87, 0
	v_dual_mov_b32 v88, 0 :: v_dual_mov_b32 v89, 0
	v_dual_mov_b32 v90, 0 :: v_dual_mov_b32 v91, 0
	v_dual_mov_b32 v92, 0 :: v_dual_mov_b32 v93, 0
	v_dual_mov_b32 v94, 0 :: v_dual_mov_b32 v95, 0
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
	v_dual_mov_b32 v134, 0 :: v_dual_mov_b32 v97, 0
	s_and_not1_b32 vcc_lo, exec_lo, s12
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_10
; %bb.7:                                ; %.lr.ph
	v_dual_mov_b32 v97, 0 :: v_dual_and_b32 v0, 8, v67
	s_lshl_b32 s1, s31, 11
	v_dual_mov_b32 v133, 0 :: v_dual_add_nc_u32 v14, s22, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v21, v136, v0
	v_dual_mov_b32 v135, 0 :: v_dual_add_nc_u32 v0, s22, v20
	v_dual_mov_b32 v131, 0 :: v_dual_add_nc_u32 v20, s22, v13
	v_and_or_b32 v28, 0x1800, s1, v21
	v_xor_b32_e32 v22, 16, v21
	v_xor_b32_e32 v23, 32, v21
	v_xor_b32_e32 v24, 48, v21
	v_xor_b32_e32 v25, 64, v21
	v_xor_b32_e32 v26, 0x50, v21
	v_xor_b32_e32 v27, 0x60, v21
	v_xor_b32_e32 v29, 0x70, v21
	v_xor_b32_e32 v30, 16, v28
	v_xor_b32_e32 v31, 32, v28
	v_xor_b32_e32 v32, 48, v28
	v_xor_b32_e32 v33, 64, v28
	v_xor_b32_e32 v34, 0x50, v28
	v_xor_b32_e32 v35, 0x60, v28
	v_xor_b32_e32 v36, 0x70, v28
	v_dual_mov_b32 v134, 0 :: v_dual_lshlrev_b32 v37, 2, v65
	v_dual_mov_b32 v129, 0 :: v_dual_lshlrev_b32 v38, 1, v69
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_add3_u32 v13, v14, v1, 0x80
	v_add3_u32 v14, v20, v1, 0x80
	v_dual_mov_b32 v132, 0 :: v_dual_add_nc_u32 v19, s22, v19
	v_dual_mov_b32 v127, 0 :: v_dual_add_nc_u32 v18, s22, v18
	v_dual_mov_b32 v130, 0 :: v_dual_add_nc_u32 v17, s22, v17
	v_dual_mov_b32 v125, 0 :: v_dual_add_nc_u32 v20, s22, v16
	v_dual_mov_b32 v128, 0 :: v_dual_add_nc_u32 v39, s22, v15
	v_add3_u32 v0, v0, v1, 0x80
	v_add3_u32 v15, v19, v1, 0x80
	v_add3_u32 v16, v18, v1, 0x80
	v_add3_u32 v17, v17, v1, 0x80
	v_add3_u32 v18, v20, v1, 0x80
	v_add3_u32 v19, v39, v1, 0x80
	v_dual_mov_b32 v126, 0 :: v_dual_add_nc_u32 v7, 0x80, v7
	v_dual_mov_b32 v123, 0 :: v_dual_add_nc_u32 v6, 0x80, v6
	v_dual_mov_b32 v124, 0 :: v_dual_add_nc_u32 v5, 0x80, v5
	v_dual_mov_b32 v121, 0 :: v_dual_add_nc_u32 v4, 0x80, v4
	v_dual_mov_b32 v119, 0 :: v_dual_add_nc_u32 v20, 0, v21
	v_dual_mov_b32 v122, 0 :: v_dual_add_nc_u32 v21, 0, v22
	v_dual_mov_b32 v117, 0 :: v_dual_add_nc_u32 v22, 0, v23
	v_dual_mov_b32 v120, 0 :: v_dual_add_nc_u32 v23, 0, v24
	v_dual_mov_b32 v115, 0 :: v_dual_add_nc_u32 v24, 0, v25
	v_dual_mov_b32 v118, 0 :: v_dual_add_nc_u32 v25, 0, v26
	v_dual_mov_b32 v113, 0 :: v_dual_add_nc_u32 v26, 0, v27
	v_dual_mov_b32 v116, 0 :: v_dual_add_nc_u32 v27, 0, v29
	v_dual_mov_b32 v111, 0 :: v_dual_add_nc_u32 v28, 0, v28
	v_dual_mov_b32 v114, 0 :: v_dual_add_nc_u32 v29, 0, v30
	v_dual_mov_b32 v109, 0 :: v_dual_add_nc_u32 v30, 0, v31
	v_dual_mov_b32 v112, 0 :: v_dual_add_nc_u32 v31, 0, v32
	v_dual_mov_b32 v107, 0 :: v_dual_add_nc_u32 v32, 0, v33
	v_dual_mov_b32 v110, 0 :: v_dual_add_nc_u32 v33, 0, v34
	v_dual_mov_b32 v105, 0 :: v_dual_add_nc_u32 v34, 0, v35
	v_dual_mov_b32 v108, 0 :: v_dual_add_nc_u32 v35, 0, v36
	v_dual_mov_b32 v103, 0 :: v_dual_add_nc_u32 v36, 0, v37
	v_dual_mov_b32 v106, 0 :: v_dual_add_nc_u32 v37, 0, v38
	v_dual_mov_b32 v104, 0 :: v_dual_mov_b32 v101, 0
	v_dual_mov_b32 v102, 0 :: v_dual_mov_b32 v99, 0
	v_dual_mov_b32 v100, 0 :: v_dual_mov_b32 v95, 0
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v93, 0
	v_dual_mov_b32 v96, 0 :: v_dual_mov_b32 v91, 0
	v_dual_mov_b32 v94, 0 :: v_dual_mov_b32 v89, 0
	v_dual_mov_b32 v92, 0 :: v_dual_mov_b32 v87, 0
	v_dual_mov_b32 v90, 0 :: v_dual_mov_b32 v85, 0
	v_dual_mov_b32 v88, 0 :: v_dual_mov_b32 v83, 0
	v_dual_mov_b32 v86, 0 :: v_dual_mov_b32 v81, 0
	v_dual_mov_b32 v84, 0 :: v_dual_mov_b32 v79, 0
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v77, 0
	v_dual_mov_b32 v80, 0 :: v_dual_mov_b32 v75, 0
	v_dual_mov_b32 v78, 0 :: v_dual_mov_b32 v73, 0
	v_mov_b32_e32 v76, 0
	v_mov_b32_e32 v74, 0
	v_mov_b32_e32 v72, 0
.Ltmp13:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:117:33 ]
	s_lshr_b32 s0, s23, 7
	s_and_b32 s53, s53, 0xffff
	s_mov_b32 s43, 0x31027000
	s_mov_b32 s42, 0x7ffffffe
	s_and_b32 s55, s55, 0xffff
	s_mov_b64 s[40:41], s[52:53]
	s_mov_b64 s[44:45], s[54:55]
.Ltmp14:
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s22, s0, -1
	s_add_co_i32 s23, s11, 0xffffff80
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	s_mov_b32 s48, s52
	s_mov_b32 s49, s53
	s_mov_b32 s50, s42
	s_mov_b32 s51, s43
	s_mov_b32 s52, s54
	s_mov_b32 s53, s55
	s_mov_b32 s54, s42
	s_mov_b32 s55, s43
.LBB0_8:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 119 74                        ; fused_moe.py:119:74
	s_wait_alu depctr_sa_sdst(0)
	v_cmp_gt_i32_e32 vcc_lo, s23, v1
	.loc	1 133 18                        ; fused_moe.py:133:18
	v_add_nc_u32_e32 v39, s30, v4
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_nc_u32_e32 v40, s30, v19
	.loc	1 133 18                        ; fused_moe.py:133:18
	v_add_nc_u32_e32 v41, s30, v5
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s0, s30, 7
	.loc	1 133 18                        ; fused_moe.py:133:18
	v_add_nc_u32_e32 v42, s30, v6
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_nc_u32_e32 v43, s30, v7
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_wait_alu depctr_sa_sdst(0)
	v_add_lshl_u32 v51, s0, v9, 2
	v_add_lshl_u32 v52, s0, v10, 2
	v_add_lshl_u32 v53, s0, v8, 2
	v_add_lshl_u32 v54, s0, v3, 2
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v38, s0, v2, 2
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s0, s7, vcc_lo
	s_and_b32 s1, s8, vcc_lo
	s_and_b32 s11, s9, vcc_lo
	.loc	1 119 20 is_stmt 0              ; fused_moe.py:119:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v39, 0x80000000, v39, s0
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	v_cndmask_b32_e32 v217, 0x80000000, v40, vcc_lo
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s12, s10, vcc_lo
	.loc	1 119 20 is_stmt 0              ; fused_moe.py:119:20
	v_cndmask_b32_e64 v40, 0x80000000, v41, s1
	v_cndmask_b32_e64 v41, 0x80000000, v42, s11
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v42, 0x80000000, v43, s12
	s_clause 0x3
	buffer_load_b128 v[193:196], v39, s[24:27], null offen
	buffer_load_b128 v[197:200], v40, s[24:27], null offen
	buffer_load_b128 v[201:204], v41, s[24:27], null offen
	buffer_load_b128 v[205:208], v42, s[24:27], null offen
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_add_nc_u32_e32 v44, s30, v18
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e64 v43, 0x80000000, v51, s5
	v_cndmask_b32_e64 v63, 0x80000000, v53, s3
	v_cndmask_b32_e64 v225, 0x80000000, v54, s2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_add_co_i32 s22, s22, -1
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v218, 0x80000000, v44, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e64 v44, 0x80000000, v52, s4
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_co_i32 s23, 0xff80
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_clause 0x1
	buffer_load_b32 v226, v43, s[48:51], null offen
	buffer_load_b32 v227, v44, s[48:51], null offen
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_nc_u32_e32 v47, s30, v15
	v_add_nc_u32_e32 v48, s30, v14
	v_add_nc_u32_e32 v49, s30, v13
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_nc_u32_e32 v50, s30, v0
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_nc_u32_e32 v45, s30, v17
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v221, 0x80000000, v47, vcc_lo
	v_cndmask_b32_e32 v222, 0x80000000, v48, vcc_lo
	v_cndmask_b32_e32 v223, 0x80000000, v49, vcc_lo
	v_cndmask_b32_e32 v224, 0x80000000, v50, vcc_lo
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v20 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v28 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[55:58], v20 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[59:62], v21 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[209:212], v29 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[213:216], v21 offset0:40 offset1:44
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_nc_u32_e32 v46, s30, v16
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v219, 0x80000000, v45, vcc_lo
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_co_i32 s30, 0x80
	s_cmp_lg_u32 s22, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v220, 0x80000000, v46, vcc_lo
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], 0
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[55:56], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[57:58], 0
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[209:210], v[59:60], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[209:210], v[61:62], v[145:152]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[209:210], v[213:214], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[209:210], v[215:216], v[177:184]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_clause 0x1
	buffer_load_b32 v209, v63, s[48:51], null offen
	buffer_load_b32 v210, v225, s[48:51], null offen
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[55:56], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[57:58], 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v22 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v30 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[211:212], v[59:60], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[211:212], v[61:62], v[153:160]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[211:212], v[213:214], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[211:212], v[215:216], v[185:192]
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_b32 v211, v38, s[52:55], null offen
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], v[153:160]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v22 offset0:40 offset1:44
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[47:48], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[47:48], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[49:50], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[49:50], v[185:192]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v23 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v31 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], v[153:160]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v23 offset0:40 offset1:44
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[47:48], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[47:48], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[49:50], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[49:50], v[185:192]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v24 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v32 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], v[153:160]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v24 offset0:40 offset1:44
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[47:48], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[47:48], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[49:50], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[49:50], v[185:192]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v25 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v33 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], v[153:160]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v25 offset0:40 offset1:44
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[47:48], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[47:48], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[49:50], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[49:50], v[185:192]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v26 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v34 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], v[153:160]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v26 offset0:40 offset1:44
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[47:48], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[47:48], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[49:50], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[49:50], v[185:192]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v27 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[51:54], v35 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[39:46], v[51:52], v[47:48], v[39:46]
	v_wmma_f32_16x16x16_fp8_fp8 v[137:144], v[53:54], v[47:48], v[137:144]
	v_wmma_f32_16x16x16_fp8_fp8 v[145:152], v[51:52], v[49:50], v[145:152]
	v_wmma_f32_16x16x16_fp8_fp8 v[153:160], v[53:54], v[49:50], v[153:160]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[47:50], v27 offset0:40 offset1:44
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_wait_loadcnt 0x4
	v_mul_f32_e32 v58, v226, v39
	v_mul_f32_e32 v59, v226, v40
	v_mul_f32_e32 v60, v226, v41
	v_mul_f32_e32 v61, v226, v42
	v_mul_f32_e32 v42, v226, v137
	v_mul_f32_e32 v38, v226, v141
	v_mul_f32_e32 v39, v226, v142
	v_mul_f32_e32 v40, v226, v143
	v_mul_f32_e32 v41, v226, v144
	s_wait_loadcnt 0x3
	v_mul_f32_e32 v141, v227, v147
	v_mul_f32_e32 v142, v227, v148
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[161:168], v[51:52], v[47:48], v[161:168]
	v_wmma_f32_16x16x16_fp8_fp8 v[169:176], v[53:54], v[47:48], v[169:176]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[51:52], v[49:50], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[185:192], v[53:54], v[49:50], v[185:192]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v50, v226, v43
	v_mul_f32_e32 v51, v226, v44
	v_mul_f32_e32 v52, v226, v45
	v_mul_f32_e32 v53, v226, v46
	v_mul_f32_e32 v43, v226, v138
	v_mul_f32_e32 v44, v226, v139
	v_mul_f32_e32 v45, v226, v140
	v_mul_f32_e32 v139, v227, v145
	v_mul_f32_e32 v140, v227, v146
	v_mul_f32_e32 v62, v227, v149
	v_mul_f32_e32 v63, v227, v150
	v_mul_f32_e32 v137, v227, v151
	v_mul_f32_e32 v138, v227, v152
	v_mul_f32_e32 v54, v227, v153
	v_mul_f32_e32 v55, v227, v154
	v_mul_f32_e32 v56, v227, v155
	v_mul_f32_e32 v57, v227, v156
	v_mul_f32_e32 v46, v227, v157
	v_mul_f32_e32 v47, v227, v158
	v_mul_f32_e32 v48, v227, v159
	v_mul_f32_e32 v49, v227, v160
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	buffer_load_b128 v[143:146], v217, s[36:39], null offen
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_wait_loadcnt 0x3
	v_mul_f32_e32 v212, v209, v161
	v_mul_f32_e32 v213, v209, v162
	v_mul_f32_e32 v214, v209, v163
	v_mul_f32_e32 v215, v209, v164
	v_mul_f32_e32 v216, v209, v165
	v_mul_f32_e32 v217, v209, v166
	v_mul_f32_e32 v225, v209, v167
	v_mul_f32_e32 v226, v209, v168
	v_mul_f32_e32 v227, v209, v169
	v_mul_f32_e32 v228, v209, v170
	s_wait_loadcnt 0x2
	v_dual_mul_f32 v229, v209, v171 :: v_dual_mul_f32 v234, v210, v177
	v_dual_mul_f32 v230, v209, v172 :: v_dual_mul_f32 v235, v210, v178
	v_mul_f32_e32 v231, v209, v173
	v_mul_f32_e32 v232, v209, v174
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_clause 0x6
	buffer_load_b128 v[147:150], v218, s[36:39], null offen
	buffer_load_b128 v[151:154], v219, s[36:39], null offen
	buffer_load_b128 v[155:158], v220, s[36:39], null offen
	buffer_load_b128 v[159:162], v221, s[36:39], null offen
	buffer_load_b128 v[163:166], v222, s[36:39], null offen
	buffer_load_b128 v[167:170], v223, s[36:39], null offen
	buffer_load_b128 v[171:174], v224, s[36:39], null offen
	.loc	1 128 65                        ; fused_moe.py:128:65
	s_wait_loadcnt 0x8
	ds_store_b32 v36, v211 offset:24576
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_dual_mul_f32 v233, v209, v175 :: v_dual_mul_f32 v180, v210, v180
	v_dual_mul_f32 v209, v209, v176 :: v_dual_mul_f32 v182, v210, v182
	.loc	1 128 65                        ; fused_moe.py:128:65
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_load_b128 v[175:178], v37 offset:24576
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	ds_store_2addr_stride64_b64 v11, v[193:194], v[197:198] offset0:32 offset1:36
	ds_store_2addr_stride64_b64 v12, v[195:196], v[199:200] offset0:32 offset1:36
	ds_store_2addr_stride64_b64 v11, v[201:202], v[205:206] offset0:40 offset1:44
	ds_store_2addr_stride64_b64 v12, v[203:204], v[207:208] offset0:40 offset1:44
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_2addr_stride64_b64 v11, v[143:144], v[147:148] offset1:4
	ds_store_2addr_stride64_b64 v12, v[145:146], v[149:150] offset1:4
	ds_store_2addr_stride64_b64 v11, v[151:152], v[155:156] offset0:8 offset1:12
	.loc	1 128 65                        ; fused_moe.py:128:65
	ds_load_b128 v[143:146], v37 offset:24592
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_2addr_stride64_b64 v12, v[153:154], v[157:158] offset0:8 offset1:12
	.loc	1 128 65                        ; fused_moe.py:128:65
	ds_load_b128 v[147:150], v37 offset:24832
	ds_load_b128 v[151:154], v37 offset:24848
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_mul_f32_e32 v179, v210, v179
	v_mul_f32_e32 v181, v210, v181
	v_mul_f32_e32 v183, v210, v183
	v_mul_f32_e32 v184, v210, v184
	v_mul_f32_e32 v185, v210, v185
	v_mul_f32_e32 v186, v210, v186
	v_mul_f32_e32 v187, v210, v187
	v_mul_f32_e32 v188, v210, v188
	v_mul_f32_e32 v189, v210, v189
	v_mul_f32_e32 v190, v210, v190
	v_mul_f32_e32 v191, v210, v191
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	ds_store_2addr_stride64_b64 v11, v[159:160], v[163:164] offset0:16 offset1:20
	ds_store_2addr_stride64_b64 v12, v[161:162], v[165:166] offset0:16 offset1:20
	ds_store_2addr_stride64_b64 v11, v[167:168], v[171:172] offset0:24 offset1:28
	ds_store_2addr_stride64_b64 v12, v[169:170], v[173:174] offset0:24 offset1:28
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_wait_dscnt 0xf
	v_fmac_f32_e32 v134, v60, v177
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_dual_mul_f32 v192, v210, v192 :: v_dual_fmac_f32 v85, v179, v177
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_wait_dscnt 0x7
	v_dual_fmac_f32 v97, v58, v175 :: v_dual_fmac_f32 v114, v137, v145
	v_fmac_f32_e32 v135, v59, v176
	v_dual_fmac_f32 v133, v61, v178 :: v_dual_fmac_f32 v120, v139, v175
	v_dual_fmac_f32 v119, v140, v176 :: v_dual_fmac_f32 v118, v141, v177
	v_dual_fmac_f32 v117, v142, v178 :: v_dual_fmac_f32 v100, v216, v143
	v_dual_fmac_f32 v104, v212, v175 :: v_dual_fmac_f32 v103, v213, v176
	v_dual_fmac_f32 v102, v214, v177 :: v_dual_fmac_f32 v101, v215, v178
	v_dual_fmac_f32 v87, v234, v175 :: v_dual_fmac_f32 v98, v225, v145
	v_fmac_f32_e32 v86, v235, v176
	v_fmac_f32_e32 v84, v180, v178
	v_dual_fmac_f32 v132, v50, v143 :: v_dual_fmac_f32 v131, v51, v144
	v_dual_fmac_f32 v130, v52, v145 :: v_dual_fmac_f32 v129, v53, v146
	v_dual_fmac_f32 v116, v62, v143 :: v_dual_fmac_f32 v115, v63, v144
	v_fmac_f32_e32 v96, v226, v146
	s_wait_dscnt 0x5
	v_dual_fmac_f32 v113, v138, v146 :: v_dual_fmac_f32 v126, v44, v149
	v_dual_fmac_f32 v99, v217, v144 :: v_dual_fmac_f32 v80, v184, v146
	v_dual_fmac_f32 v83, v181, v143 :: v_dual_fmac_f32 v82, v182, v144
	v_dual_fmac_f32 v81, v183, v145 :: v_dual_fmac_f32 v128, v42, v147
	v_dual_fmac_f32 v127, v43, v148 :: v_dual_fmac_f32 v112, v54, v147
	v_dual_fmac_f32 v125, v45, v150 :: v_dual_fmac_f32 v110, v56, v149
	v_dual_fmac_f32 v111, v55, v148 :: v_dual_fmac_f32 v92, v230, v150
	v_dual_fmac_f32 v109, v57, v150 :: v_dual_fmac_f32 v94, v228, v148
	v_dual_fmac_f32 v95, v227, v147 :: v_dual_fmac_f32 v78, v186, v148
	v_dual_fmac_f32 v93, v229, v149 :: v_dual_fmac_f32 v76, v188, v150
	s_wait_dscnt 0x4
	v_dual_fmac_f32 v79, v185, v147 :: v_dual_fmac_f32 v122, v40, v153
	v_dual_fmac_f32 v77, v187, v149 :: v_dual_fmac_f32 v124, v38, v151
	v_dual_fmac_f32 v123, v39, v152 :: v_dual_fmac_f32 v108, v46, v151
	v_dual_fmac_f32 v121, v41, v154 :: v_dual_fmac_f32 v106, v48, v153
	v_dual_fmac_f32 v107, v47, v152 :: v_dual_fmac_f32 v88, v209, v154
	v_dual_fmac_f32 v105, v49, v154 :: v_dual_fmac_f32 v90, v232, v152
	v_dual_fmac_f32 v91, v231, v151 :: v_dual_fmac_f32 v74, v190, v152
	v_dual_fmac_f32 v89, v233, v153 :: v_dual_fmac_f32 v72, v192, v154
	v_fmac_f32_e32 v75, v189, v151
	v_fmac_f32_e32 v73, v191, v153
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_8
; %bb.9:                                ; %._crit_edge.loopexit
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s30, s30, 7
	s_mov_b64 s[46:47], s[42:43]
.LBB0_10:                               ; %._crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_wait_alu depctr_sa_sdst(0)
	v_add_lshl_u32 v0, s30, v9, 2
	v_add_lshl_u32 v1, s30, v10, 2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 vcc_lo, s6, s5
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_add_lshl_u32 v4, s30, v8, 2
	v_add_lshl_u32 v3, s30, v3, 2
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v0, 0x80000000, v0, vcc_lo
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 vcc_lo, s6, s4
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v2, s30, v2, 2
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v1, 0x80000000, v1, vcc_lo
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 vcc_lo, s6, s3
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 vcc_lo, s6, s2
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_cndmask_b32_e64 v2, 0x80000000, v2, s6
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v3, 0x80000000, v3, vcc_lo
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_clause 0x3
	buffer_load_b32 v142, v0, s[40:43], null offen
	buffer_load_b32 v141, v1, s[40:43], null offen
	buffer_load_b32 v140, v4, s[40:43], null offen
	buffer_load_b32 v138, v3, s[40:43], null offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_b32 v137, v2, s[44:47], null offen
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
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
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_and_not1_b32 vcc_lo, exec_lo, s6
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_12
; %bb.11:
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v0, 8, v67
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_lshl_b32 s0, s31, 11
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xor_b32_e32 v0, v136, v0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_wait_alu depctr_sa_sdst(0)
	v_and_or_b32 v1, 0x1800, s0, v0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_nc_u32_e32 v27, 0, v0
	v_xad_u32 v28, v0, 32, 0
	v_xad_u32 v29, v0, 16, 0
	v_xad_u32 v2, 0x70, v0, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_nc_u32_e32 v4, 0, v1
	v_xad_u32 v34, 0x70, v1, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v3, 0x60, v0, 0
	v_xad_u32 v24, 0x50, v0, 0
	ds_load_2addr_stride64_b64 v[30:33], v27 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[143:146], v4 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v25, v0, 64, 0
	v_xad_u32 v26, v0, 48, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v0, v1, 16, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[211:214], v27 offset0:40 offset1:44
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[215:218], v34 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[147:150], v29 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[151:154], v0 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[227:230], v28 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[231:234], v29 offset0:40 offset1:44
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v5, v1, 32, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[219:222], v25 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[223:226], v26 offset0:40 offset1:44
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v35, 0x60, v1, 0
	v_xad_u32 v36, 0x50, v1, 0
	v_xad_u32 v4, v1, 64, 0
	v_xad_u32 v0, v1, 48, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[155:158], v2 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[159:162], v2 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[163:166], v28 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[167:170], v5 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[171:174], v3 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[175:178], v3 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[179:182], v25 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[183:186], v26 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[187:190], v0 offset1:16
	ds_load_2addr_stride64_b64 v[191:194], v4 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[195:198], v24 offset0:32 offset1:36
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[199:202], v36 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_load_2addr_stride64_b64 v[203:206], v24 offset0:40 offset1:44
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_load_2addr_stride64_b64 v[207:210], v35 offset1:16
	.loc	1 128 41                        ; fused_moe.py:128:41
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
.LBB0_12:
	.loc	1 128 65 is_stmt 0              ; fused_moe.py:128:65
	v_lshl_add_u32 v65, v65, 2, 0
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	s_wait_kmcnt 0x0
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x31027000
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_wait_loadcnt 0x3
	v_dual_mul_f32 v159, v142, v12 :: v_dual_mul_f32 v30, v141, v30
	.loc	1 128 65 is_stmt 0              ; fused_moe.py:128:65
	s_wait_loadcnt 0x0
	ds_store_b32 v65, v137 offset:24576
	s_wait_dscnt 0x0
	s_barrier_signal -1
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v148, v142, v1 :: v_dual_lshlrev_b32 v65, 2, v64
	.loc	1 128 65                        ; fused_moe.py:128:65
	v_lshl_add_u32 v12, v69, 1, 0
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	v_dual_mov_b32 v67, s19 :: v_dual_mul_f32 v154, v142, v7
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 137 29                        ; fused_moe.py:137:29
	v_cndmask_b32_e64 v65, 0x80000000, v65, s5
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v136, v70, s13
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v149, v142, v2 :: v_dual_mul_f32 v16, v141, v16
	v_dual_mul_f32 v151, v142, v4 :: v_dual_mul_f32 v22, v141, v22
	v_dual_mul_f32 v153, v142, v6 :: v_dual_mul_f32 v20, v141, v20
	v_mul_f32_e32 v150, v142, v3
	v_dual_mul_f32 v155, v142, v8 :: v_dual_mul_f32 v26, v141, v26
	.loc	1 128 65 is_stmt 0              ; fused_moe.py:128:65
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	buffer_load_b32 v143, v65, s[28:31], null offen
	v_lshlrev_b32_e32 v65, 2, v66
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v157, v142, v10 :: v_dual_mul_f32 v24, v141, v24
	v_mul_f32_e32 v152, v142, v5
	v_dual_mul_f32 v160, v142, v13 :: v_dual_mul_f32 v19, v141, v19
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 137 29                        ; fused_moe.py:137:29
	v_cndmask_b32_e64 v65, 0x80000000, v65, s4
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v161, v142, v14 :: v_dual_mul_f32 v28, v141, v28
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_lshrrev_b32_e32 v147, 1, v69
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v139, v64, s13
	.loc	1 137 29                        ; fused_moe.py:137:29
	buffer_load_b32 v144, v65, s[28:31], null offen
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v156, v142, v9 :: v_dual_lshlrev_b32 v65, 2, v70
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v70, v71, s13
	.loc	1 128 65                        ; fused_moe.py:128:65
	ds_load_b128 v[4:7], v12 offset:24592
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v64, 64, v147
	.loc	1 137 29                        ; fused_moe.py:137:29
	v_cndmask_b32_e64 v65, 0x80000000, v65, s3
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v18, v141, v18
	v_dual_mul_f32 v46, v140, v46 :: v_dual_mul_f32 v51, v138, v51
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v64, s18, v64
	.loc	1 137 29                        ; fused_moe.py:137:29
	buffer_load_b32 v145, v65, s[28:31], null offen
	v_lshlrev_b32_e32 v65, 2, v71
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v71, v142, v0
	v_mul_f32_e32 v158, v142, v11
	v_dual_mul_f32 v142, v142, v15 :: v_dual_mul_f32 v17, v141, v17
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 137 29                        ; fused_moe.py:137:29
	v_cndmask_b32_e64 v65, 0x80000000, v65, s2
	.loc	1 128 65                        ; fused_moe.py:128:65
	ds_load_b128 v[0:3], v12 offset:24576
	ds_load_b128 v[8:11], v12 offset:24832
	ds_load_b128 v[12:15], v12 offset:24848
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_dual_mul_f32 v47, v140, v47 :: v_dual_mul_f32 v62, v138, v62
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	buffer_load_b32 v146, v65, s[28:31], null offen
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v65, s19
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v137, v66, s13
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v21, v141, v21 :: v_dual_mul_f32 v32, v140, v32
	v_dual_mul_f32 v25, v141, v25 :: v_dual_mul_f32 v36, v140, v36
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc_lo, s[14:15], v[64:65]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v27, v141, v27 :: v_dual_mul_f32 v38, v140, v38
	v_dual_mul_f32 v33, v140, v33 :: v_dual_mul_f32 v48, v138, v48
	v_dual_mul_f32 v37, v140, v37 :: v_dual_mul_f32 v52, v138, v52
	v_dual_mul_f32 v41, v140, v41 :: v_dual_mul_f32 v56, v138, v56
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x2
	v_fma_f32 v65, v71, v0, v97
	v_fma_f32 v71, v149, v2, v134
	s_wait_dscnt 0x1
	v_fma_f32 v149, v155, v8, v128
	s_wait_dscnt 0x0
	v_fma_f32 v155, v161, v14, v122
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v43, v140, v43 :: v_dual_mul_f32 v58, v138, v58
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	v_or_b32_e32 v66, s18, v147
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v30, v30, v14, v106
	v_fma_f32 v46, v46, v14, v89
	v_fma_f32 v14, v62, v14, v73
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v62, v122, v155, s6
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v59, v138, v59
	v_dual_mul_f32 v23, v141, v23 :: v_dual_mul_f32 v34, v140, v34
	v_dual_mul_f32 v29, v141, v29 :: v_dual_mul_f32 v40, v140, v40
	v_dual_mul_f32 v31, v141, v31 :: v_dual_mul_f32 v42, v140, v42
	v_dual_mul_f32 v35, v140, v35 :: v_dual_mul_f32 v50, v138, v50
	v_dual_mul_f32 v39, v140, v39 :: v_dual_mul_f32 v54, v138, v54
	v_dual_mul_f32 v44, v140, v44 :: v_dual_mul_f32 v49, v138, v49
	v_dual_mul_f32 v45, v140, v45 :: v_dual_mul_f32 v60, v138, v60
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s0, s[14:15], v[66:67]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v67, v148, v1, v135
	v_fma_f32 v140, v151, v4, v132
	v_fma_f32 v141, v152, v5, v131
	v_fma_f32 v147, v153, v6, v130
	v_fma_f32 v152, v158, v11, v125
	v_fma_f32 v153, v159, v12, v124
	v_fma_f32 v16, v16, v0, v120
	v_fma_f32 v20, v20, v4, v116
	v_fma_f32 v27, v27, v11, v109
	v_fma_f32 v32, v32, v0, v104
	v_fma_f32 v36, v36, v4, v100
	v_fma_f32 v41, v41, v9, v94
	v_fma_f32 v43, v43, v11, v92
	v_fma_f32 v0, v48, v0, v87
	v_fma_f32 v4, v52, v4, v83
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v48, v97, v65, s6
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v53, v138, v53
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_fma_f32 v17, v17, v1, v119
	v_fma_f32 v18, v18, v2, v118
	v_fma_f32 v19, v19, v3, v117
	v_fma_f32 v24, v24, v8, v112
	v_fma_f32 v28, v28, v12, v108
	v_fma_f32 v33, v33, v1, v103
	v_fma_f32 v35, v35, v3, v101
	v_fma_f32 v40, v40, v8, v95
	v_fma_f32 v44, v44, v12, v91
	v_fma_f32 v1, v49, v1, v86
	v_fma_f32 v8, v56, v8, v79
	v_fma_f32 v12, v60, v12, v75
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v135, v67, s6
	v_cndmask_b32_e64 v52, v132, v140, s6
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v138, v57
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v56, v128, v149, s6
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v61, v138, v61
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v60, v124, v153, s6
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v55, v138, v55
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v16, v120, v16, s6
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v63, v138, v63
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_fma_f32 v138, v150, v3, v133
	v_fma_f32 v3, v51, v3, v84
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v41, v94, v41, s6
	v_cndmask_b32_e64 v4, v83, v4, s6
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v148, v154, v7, v129
	v_fma_f32 v154, v160, v13, v123
	v_fma_f32 v142, v142, v15, v121
	v_fma_f32 v29, v29, v13, v107
	v_fma_f32 v31, v31, v15, v105
	v_fma_f32 v34, v34, v2, v102
	v_fma_f32 v45, v45, v13, v90
	v_fma_f32 v47, v47, v15, v88
	v_fma_f32 v2, v50, v2, v85
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v50, v134, v71, s6
	v_cndmask_b32_e64 v18, v118, v18, s6
	v_cndmask_b32_e64 v33, v103, v33, s6
	v_cndmask_b32_e64 v3, v84, v3, s6
	v_cndmask_b32_e64 v12, v75, v12, s6
	v_cndmask_b32_e64 v14, v73, v14, s6
	v_cndmask_b32_e64 v51, v133, v138, s6
	v_cndmask_b32_e64 v43, v92, v43, s6
	v_cndmask_b32_e64 v2, v85, v2, s6
	v_cndmask_b32_e64 v20, v116, v20, s6
	v_cndmask_b32_e64 v44, v91, v44, s6
	v_cndmask_b32_e64 v1, v86, v1, s6
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v21, v21, v5, v115
	v_fma_f32 v22, v22, v6, v114
	v_fma_f32 v37, v37, v5, v99
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v45, v90, v45, s6
	v_cndmask_b32_e64 v46, v89, v46, s6
	v_cndmask_b32_e64 v0, v87, v0, s6
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v38, v38, v6, v98
	v_fma_f32 v6, v54, v6, v81
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v54, v130, v147, s6
	v_cndmask_b32_e64 v22, v114, v22, s6
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v23, v23, v7, v113
	v_fma_f32 v39, v39, v7, v96
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v119, v17, s6
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v150, v156, v9, v127
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v24, v112, v24, s6
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v151, v157, v10, v126
	v_fma_f32 v25, v25, v9, v111
	v_fma_f32 v26, v26, v10, v110
	v_fma_f32 v42, v42, v10, v93
	v_fma_f32 v10, v58, v10, v77
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v58, v126, v151, s6
	v_cndmask_b32_e64 v19, v117, v19, s6
	v_cndmask_b32_e64 v26, v110, v26, s6
	v_cndmask_b32_e64 v28, v108, v28, s6
	v_cndmask_b32_e64 v10, v77, v10, s6
	v_cndmask_b32_e64 v8, v79, v8, s6
	v_cndmask_b32_e64 v6, v81, v6, s6
	v_cndmask_b32_e64 v30, v106, v30, s6
	v_cndmask_b32_e64 v21, v115, v21, s6
	v_cndmask_b32_e64 v32, v104, v32, s6
	v_cndmask_b32_e64 v23, v113, v23, s6
	v_cndmask_b32_e64 v34, v102, v34, s6
	v_cndmask_b32_e64 v25, v111, v25, s6
	v_cndmask_b32_e64 v36, v100, v36, s6
	v_cndmask_b32_e64 v27, v109, v27, s6
	v_cndmask_b32_e64 v38, v98, v38, s6
	v_cndmask_b32_e64 v29, v107, v29, s6
	v_cndmask_b32_e64 v40, v95, v40, s6
	v_cndmask_b32_e64 v31, v105, v31, s6
	v_cndmask_b32_e64 v42, v93, v42, s6
	v_cndmask_b32_e64 v35, v101, v35, s6
	v_cndmask_b32_e64 v37, v99, v37, s6
	v_cndmask_b32_e64 v39, v96, v39, s6
	v_cndmask_b32_e64 v47, v88, v47, s6
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s29, s17, 0xffff
	s_mov_b32 s28, s16
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_wait_loadcnt 0x3
	v_mul_f32_e32 v62, v143, v62
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v11, v59, v11, v76
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v48, v48, v143
	v_mul_f32_e32 v49, v49, v143
	v_mul_f32_e32 v56, v56, v143
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v13, v61, v13, v74
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v11, v76, v11, s6
	v_cndmask_b32_e64 v61, v123, v154, s6
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v50, v50, v143
	v_mul_f32_e32 v51, v51, v143
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v13, v74, v13, s6
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cmp_o_f32_e64 s1, v48, v48
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_wait_loadcnt 0x2
	v_mul_f32_e32 v16, v16, v144
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v15, v63, v15, v72
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v18, v18, v144 :: v_dual_mul_f32 v61, v143, v61
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v5, v53, v5, v82
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v53, v131, v141, s6
	s_delay_alu instid0(VALU_DEP_4)
	v_cndmask_b32_e64 v15, v72, v15, s6
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v52, v52, v143
	v_mul_f32_e32 v20, v20, v144
	v_dual_mul_f32 v54, v54, v143 :: v_dual_mul_f32 v17, v17, v144
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v41, v41, v145
	v_mul_f32_e32 v33, v33, v145
	v_mul_f32_e32 v43, v43, v145
	v_dual_mul_f32 v44, v44, v145 :: v_dual_mul_f32 v53, v53, v143
	v_dual_mul_f32 v22, v22, v144 :: v_dual_mul_f32 v45, v45, v145
	v_mul_f32_e32 v46, v46, v145
	v_mul_f32_e32 v60, v143, v60
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v7, v55, v7, v80
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v55, v129, v148, s6
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v74, v53, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_wait_loadcnt 0x0
	v_mul_f32_e32 v73, v4, v146
	v_mul_f32_e32 v4, v11, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v11, v48, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v72, v3, v146
	v_mul_f32_e32 v3, v12, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v12, v49, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v71, v2, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_add3_u32 v11, v48, v11, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v2, v13, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v13, v50, 16, 1
	v_add3_u32 v12, v49, v12, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v67, v1, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_lshrrev_b32_e32 v11, 16, v11
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v1, v14, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v14, v51, 16, 1
	v_add3_u32 v13, v50, v13, 0x7fff
	v_lshrrev_b32_e32 v12, 16, v12
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v11, 0x7fff, v11, s1
	v_cmp_o_f32_e64 s1, v49, v49
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v65, v0, v146
	v_mul_f32_e32 v0, v15, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v15, v52, 16, 1
	v_add3_u32 v14, v51, v14, 0x7fff
	v_lshrrev_b32_e32 v13, 16, v13
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v12, 0x7fff, v12, s1
	v_cmp_o_f32_e64 s1, v50, v50
	v_add3_u32 v15, v52, v15, 0x7fff
	v_lshrrev_b32_e32 v14, 16, v14
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v55, v55, v143 :: v_dual_mul_f32 v24, v24, v144
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v13, 0x7fff, v13, s1
	v_cmp_o_f32_e64 s1, v51, v51
	v_bfe_u32 v75, v54, 16, 1
	v_add3_u32 v74, v53, v74, 0x7fff
	v_lshrrev_b32_e32 v15, 16, v15
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fma_f32 v9, v57, v9, v78
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v14, 0x7fff, v14, s1
	v_cmp_o_f32_e64 s1, v52, v52
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v127, v150, s6
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v76, v55, 16, 1
	v_add3_u32 v75, v54, v75, 0x7fff
	v_lshrrev_b32_e32 v74, 16, v74
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v15, 0x7fff, v15, s1
	v_cmp_o_f32_e64 s1, v53, v53
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v57, v57, v143 :: v_dual_mul_f32 v26, v26, v144
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v77, v56, 16, 1
	v_add3_u32 v76, v55, v76, 0x7fff
	v_lshrrev_b32_e32 v75, 16, v75
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v48, 0x7fff, v74, s1
	v_cmp_o_f32_e64 s1, v54, v54
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v59, v125, v152, s6
	v_cndmask_b32_e64 v9, v78, v9, s6
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v58, v58, v143 :: v_dual_mul_f32 v19, v19, v144
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v78, v57, 16, 1
	v_add3_u32 v77, v56, v77, 0x7fff
	v_lshrrev_b32_e32 v76, 16, v76
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v49, 0x7fff, v75, s1
	v_cmp_o_f32_e64 s1, v55, v55
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v59, v59, v143 :: v_dual_mul_f32 v28, v28, v144
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v79, v58, 16, 1
	v_add3_u32 v78, v57, v78, 0x7fff
	v_lshrrev_b32_e32 v77, 16, v77
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v50, 0x7fff, v76, s1
	v_cmp_o_f32_e64 s1, v56, v56
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v7, v80, v7, s6
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v80, v59, 16, 1
	v_add3_u32 v79, v58, v79, 0x7fff
	v_lshrrev_b32_e32 v78, 16, v78
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v51, 0x7fff, v77, s1
	v_cmp_o_f32_e64 s1, v57, v57
	v_bfe_u32 v81, v60, 16, 1
	v_add3_u32 v80, v59, v80, 0x7fff
	v_lshrrev_b32_e32 v79, 16, v79
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v63, v121, v142, s6
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v52, 0x7fff, v78, s1
	v_cmp_o_f32_e64 s1, v58, v58
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v5, v82, v5, s6
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v82, v61, 16, 1
	v_add3_u32 v81, v60, v81, 0x7fff
	v_lshrrev_b32_e32 v80, 16, v80
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v53, 0x7fff, v79, s1
	v_cmp_o_f32_e64 s1, v59, v59
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v63, v143, v63 :: v_dual_mul_f32 v30, v30, v144
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v83, v62, 16, 1
	v_add3_u32 v82, v61, v82, 0x7fff
	v_lshrrev_b32_e32 v81, 16, v81
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v54, 0x7fff, v80, s1
	v_cmp_o_f32_e64 s1, v60, v60
	v_add3_u32 v55, v62, v83, 0x7fff
	v_lshrrev_b32_e32 v82, 16, v82
	v_bfe_u32 v56, v63, 16, 1
	v_bfe_u32 v59, v16, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v57, 0x7fff, v81, s1
	v_cmp_o_f32_e64 s1, v61, v61
	v_lshrrev_b32_e32 v55, 16, v55
	v_add3_u32 v56, v63, v56, 0x7fff
	v_bfe_u32 v60, v17, 16, 1
	v_add3_u32 v59, v16, v59, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v58, 0x7fff, v82, s1
	v_cmp_o_f32_e64 s1, v62, v62
	v_lshrrev_b32_e32 v56, 16, v56
	v_add3_u32 v60, v17, v60, 0x7fff
	v_bfe_u32 v61, v18, 16, 1
	v_lshrrev_b32_e32 v59, 16, v59
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v55, 0x7fff, v55, s1
	v_cmp_o_f32_e64 s1, v63, v63
	v_lshrrev_b32_e32 v60, 16, v60
	v_add3_u32 v61, v18, v61, 0x7fff
	v_bfe_u32 v62, v19, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v21, v21, v144 :: v_dual_mul_f32 v32, v32, v145
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v56, 0x7fff, v56, s1
	v_cmp_o_f32_e64 s1, v16, v16
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v23, v23, v144 :: v_dual_mul_f32 v34, v34, v145
	v_dual_mul_f32 v25, v25, v144 :: v_dual_mul_f32 v36, v36, v145
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v16, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v17, v17
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v20, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v27, v27, v144 :: v_dual_mul_f32 v38, v38, v145
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v17, 0x7fff, v60, s1
	v_add3_u32 v60, v19, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v18, v18
	v_bfe_u32 v62, v21, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v29, v29, v144 :: v_dual_mul_f32 v40, v40, v145
	v_dual_mul_f32 v31, v31, v144 :: v_dual_mul_f32 v42, v42, v145
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v20, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v19, v19
	v_add3_u32 v61, v21, v62, 0x7fff
	v_bfe_u32 v62, v22, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v35, v35, v145 :: v_dual_mul_f32 v6, v6, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v20, v20
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v22, v62, 0x7fff
	v_bfe_u32 v62, v23, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v37, v37, v145 :: v_dual_mul_f32 v8, v8, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v21, v21
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v24, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_dual_mul_f32 v39, v39, v145 :: v_dual_mul_f32 v10, v10, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v21, 0x7fff, v60, s1
	v_add3_u32 v60, v23, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v22, v22
	v_bfe_u32 v62, v25, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v47, v47, v145
	v_mul_f32_e32 v5, v5, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v63, v73, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v22, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v24, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v23, v23
	v_add3_u32 v61, v25, v62, 0x7fff
	v_bfe_u32 v62, v26, 16, 1
	v_add3_u32 v63, v73, v63, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v7, v7, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v23, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v24, v24
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v26, v62, 0x7fff
	v_bfe_u32 v62, v27, 16, 1
	v_lshrrev_b32_e32 v63, 16, v63
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v24, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v25, v25
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v28, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v9, v9, v146
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v25, 0x7fff, v60, s1
	v_add3_u32 v60, v27, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v26, v26
	v_bfe_u32 v62, v29, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v26, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v28, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v27, v27
	v_add3_u32 v61, v29, v62, 0x7fff
	v_bfe_u32 v62, v30, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v27, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v28, v28
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v30, v62, 0x7fff
	v_bfe_u32 v62, v31, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v28, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v29, v29
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v32, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v29, 0x7fff, v60, s1
	v_add3_u32 v60, v31, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v30, v30
	v_bfe_u32 v62, v33, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v30, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v32, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v31, v31
	v_add3_u32 v61, v33, v62, 0x7fff
	v_bfe_u32 v62, v34, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v31, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v32, v32
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v34, v62, 0x7fff
	v_bfe_u32 v62, v35, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v32, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v33, v33
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v36, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v33, 0x7fff, v60, s1
	v_add3_u32 v60, v35, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v34, v34
	v_bfe_u32 v62, v37, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v34, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v36, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v35, v35
	v_add3_u32 v61, v37, v62, 0x7fff
	v_bfe_u32 v62, v38, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v35, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v36, v36
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v38, v62, 0x7fff
	v_bfe_u32 v62, v39, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v36, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v37, v37
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v40, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v37, 0x7fff, v60, s1
	v_add3_u32 v60, v39, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v38, v38
	v_bfe_u32 v62, v41, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v38, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v40, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v39, v39
	v_add3_u32 v61, v41, v62, 0x7fff
	v_bfe_u32 v62, v42, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v39, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v40, v40
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v42, v62, 0x7fff
	v_bfe_u32 v62, v43, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v40, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v41, v41
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v44, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v41, 0x7fff, v60, s1
	v_add3_u32 v60, v43, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v42, v42
	v_bfe_u32 v62, v45, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v42, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v44, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v43, v43
	v_add3_u32 v61, v45, v62, 0x7fff
	v_bfe_u32 v62, v46, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v43, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v44, v44
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v46, v62, 0x7fff
	v_bfe_u32 v62, v47, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v44, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v45, v45
	v_lshrrev_b32_e32 v59, 16, v61
	v_bfe_u32 v61, v65, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v45, 0x7fff, v60, s1
	v_add3_u32 v60, v47, v62, 0x7fff
	v_cmp_o_f32_e64 s1, v46, v46
	v_bfe_u32 v62, v67, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v46, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_add3_u32 v60, v65, v61, 0x7fff
	v_cmp_o_f32_e64 s1, v47, v47
	v_add3_u32 v61, v67, v62, 0x7fff
	v_bfe_u32 v62, v71, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v47, 0x7fff, v59, s1
	v_lshrrev_b32_e32 v59, 16, v60
	v_cmp_o_f32_e64 s1, v65, v65
	v_lshrrev_b32_e32 v60, 16, v61
	v_add3_u32 v61, v71, v62, 0x7fff
	v_bfe_u32 v62, v72, 16, 1
	v_bfe_u32 v65, v5, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v59, 0x7fff, v59, s1
	v_cmp_o_f32_e64 s1, v67, v67
	v_lshrrev_b32_e32 v61, 16, v61
	v_add3_u32 v62, v72, v62, 0x7fff
	v_add3_u32 v65, v5, v65, 0x7fff
	v_bfe_u32 v67, v6, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v60, 0x7fff, v60, s1
	v_cmp_o_f32_e64 s1, v71, v71
	v_lshrrev_b32_e32 v62, 16, v62
	v_lshrrev_b32_e32 v65, 16, v65
	v_add3_u32 v67, v6, v67, 0x7fff
	v_bfe_u32 v71, v7, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v61, 0x7fff, v61, s1
	v_cmp_o_f32_e64 s1, v72, v72
	v_bfe_u32 v72, v9, 16, 1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v62, 0x7fff, v62, s1
	v_cmp_o_f32_e64 s1, v73, v73
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v63, 0x7fff, v63, s1
	v_cmp_o_f32_e64 s1, v5, v5
	v_lshrrev_b32_e32 v5, 16, v67
	v_add3_u32 v67, v7, v71, 0x7fff
	v_bfe_u32 v71, v8, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v65, 0x7fff, v65, s1
	v_cmp_o_f32_e64 s1, v6, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_add3_u32 v6, v8, v71, 0x7fff
	v_bfe_u32 v71, v10, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v73, 0x7fff, v5, s1
	v_lshrrev_b32_e32 v5, 16, v67
	v_cmp_o_f32_e64 s1, v7, v7
	v_add3_u32 v67, v9, v72, 0x7fff
	v_add3_u32 v7, v10, v71, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v72, 0x7fff, v5, s1
	v_lshrrev_b32_e32 v5, 16, v6
	v_cmp_o_f32_e64 s1, v8, v8
	v_lshrrev_b32_e32 v6, 16, v67
	v_bfe_u32 v67, v4, 16, 1
	v_bfe_u32 v8, v2, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v71, 0x7fff, v5, s1
	v_cmp_o_f32_e64 s1, v9, v9
	v_lshrrev_b32_e32 v5, 16, v7
	v_bfe_u32 v7, v3, 16, 1
	v_add3_u32 v8, v2, v8, 0x7fff
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	v_add_lshl_u32 v9, v64, v139, 1
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v74, 0x7fff, v6, s1
	v_add3_u32 v6, v4, v67, 0x7fff
	v_cmp_o_f32_e64 s1, v10, v10
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v10, v19, v18, 0x5040100
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v67, 0x7fff, v5, s1
	v_lshrrev_b32_e32 v5, 16, v6
	v_add3_u32 v6, v3, v7, 0x7fff
	v_cmp_o_f32_e64 s1, v4, v4
	v_bfe_u32 v7, v1, 16, 1
	v_lshrrev_b32_e32 v4, 16, v6
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v75, 0x7fff, v5, s1
	v_cmp_o_f32_e64 s1, v3, v3
	v_add3_u32 v5, v1, v7, 0x7fff
	v_lshrrev_b32_e32 v7, 16, v8
	v_bfe_u32 v6, v0, 16, 1
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v8, v56, v55, 0x5040100
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v76, 0x7fff, v4, s1
	v_cmp_o_f32_e64 s1, v2, v2
	v_lshrrev_b32_e32 v3, 16, v5
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_add_lshl_u32 v5, v66, v139, 1
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_add3_u32 v4, v0, v6, 0x7fff
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v2, v14, v13, 0x5040100
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v77, 0x7fff, v7, s1
	v_cmp_o_f32_e64 s1, v1, v1
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v1, v12, v11, 0x5040100
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_lshrrev_b32_e32 v79, 16, v4
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v4, v50, v49, 0x5040100
	v_perm_b32 v7, v58, v57, 0x5040100
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v78, 0x7fff, v3, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s5, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v3, v48, v15, 0x5040100
	v_add_lshl_u32 v15, v66, v137, 1
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v13, 0x80000000, v5, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s5, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v6, v54, v53, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v14, 0x80000000, v9, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s4, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v5, v52, v51, 0x5040100
	v_perm_b32 v12, v23, v22, 0x5040100
	v_perm_b32 v11, v21, v20, 0x5040100
	v_perm_b32 v9, v17, v16, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v15, 0x80000000, v15, s1
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	v_cmp_o_f32_e64 s1, v0, v0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_clause 0x2
	buffer_store_b128 v[1:4], v13, s[28:31], null offen
	buffer_store_b128 v[5:8], v14, s[28:31], null offen
	buffer_store_b128 v[9:12], v15, s[28:31], null offen
	v_add_lshl_u32 v4, v64, v137, 1
	v_add_lshl_u32 v8, v66, v136, 1
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_e64 v16, 0x7fff, v79, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s4, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_add_lshl_u32 v12, v64, v136, 1
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v20, 0x80000000, v4, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s3, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_add_lshl_u32 v17, v66, v70, 1
	v_perm_b32 v0, v25, v24, 0x5040100
	v_add_lshl_u32 v24, v64, v70, 1
	v_perm_b32 v3, v31, v30, 0x5040100
	v_perm_b32 v2, v29, v28, 0x5040100
	v_perm_b32 v1, v27, v26, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v21, 0x80000000, v8, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s3, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v7, v39, v38, 0x5040100
	v_perm_b32 v6, v37, v36, 0x5040100
	v_perm_b32 v5, v35, v34, 0x5040100
	v_perm_b32 v4, v33, v32, 0x5040100
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, s0, s2
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v11, v47, v46, 0x5040100
	v_perm_b32 v10, v45, v44, 0x5040100
	v_perm_b32 v9, v43, v42, 0x5040100
	v_perm_b32 v8, v41, v40, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v22, 0x80000000, v12, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 vcc_lo, vcc_lo, s2
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v15, v72, v73, 0x5040100
	v_perm_b32 v14, v65, v63, 0x5040100
	v_perm_b32 v13, v62, v61, 0x5040100
	v_perm_b32 v12, v60, v59, 0x5040100
	v_cndmask_b32_e64 v23, 0x80000000, v17, s0
	v_perm_b32 v19, v16, v78, 0x5040100
	v_perm_b32 v18, v77, v76, 0x5040100
	v_perm_b32 v17, v75, v67, 0x5040100
	v_perm_b32 v16, v74, v71, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v24, 0x80000000, v24, vcc_lo
	s_clause 0x4
	buffer_store_b128 v[0:3], v20, s[28:31], null offen
	buffer_store_b128 v[4:7], v21, s[28:31], null offen
	buffer_store_b128 v[8:11], v22, s[28:31], null offen
	buffer_store_b128 v[12:15], v23, s[28:31], null offen
	buffer_store_b128 v[16:19], v24, s[28:31], null offen
	s_branch .LBB0_14
.LBB0_13:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 4, v69
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_mov_b32 s22, s26
	s_mov_b32 s23, s27
	s_mov_b32 s0, 0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_b32 s17, s17, 0xffff
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v0, s34, v0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_mov_b32 s1, s0
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	v_or_b32_e32 v1, 0xe0, v0
	v_or_b32_e32 v2, 0xc0, v0
	v_or_b32_e32 v3, 0xa0, v0
	v_or_b32_e32 v4, 0x80, v0
	v_or_b32_e32 v5, 0x60, v0
	v_or_b32_e32 v6, 64, v0
	v_or_b32_e32 v7, 32, v0
	s_clause 0x7
	buffer_load_b32 v8, v1, s[20:23], null offen
	buffer_load_b32 v9, v2, s[20:23], null offen
	buffer_load_b32 v10, v3, s[20:23], null offen
	buffer_load_b32 v11, v4, s[20:23], null offen
	buffer_load_b32 v12, v5, s[20:23], null offen
	buffer_load_b32 v6, v6, s[20:23], null offen
	buffer_load_b32 v7, v7, s[20:23], null offen
	buffer_load_b32 v13, v0, s[20:23], null offen
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	v_dual_mov_b32 v5, s19 :: v_dual_lshlrev_b32 v0, 3, v68
	s_mov_b32 s19, 0x31027000
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_or_b32_e32 v4, s18, v0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_dual_mov_b32 v0, s0 :: v_dual_mov_b32 v3, s3
	v_dual_mov_b32 v1, s1 :: v_dual_mov_b32 v2, s2
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc_lo, s[14:15], v[4:5]
	s_mov_b32 s18, 0x7ffffffe
	.loc	1 88 30                         ; fused_moe.py:88:30
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
	.loc	1 91 21                         ; fused_moe.py:91:21
	s_wait_loadcnt 0x0
	v_mul_lo_u32 v5, v13, s13
	v_mul_lo_u32 v7, v7, s13
	v_mul_lo_u32 v6, v6, s13
	v_mul_lo_u32 v12, v12, s13
	v_mul_lo_u32 v11, v11, s13
	v_mul_lo_u32 v10, v10, s13
	v_mul_lo_u32 v9, v9, s13
	v_mul_lo_u32 v8, v8, s13
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s7, s33, v13
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_add_lshl_u32 v5, v4, v5, 1
	v_add_lshl_u32 v7, v4, v7, 1
	v_add_lshl_u32 v6, v4, v6, 1
	v_add_lshl_u32 v12, v4, v12, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s7, vcc_lo, s7
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_add_lshl_u32 v11, v4, v11, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s6, vcc_lo, s6
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_add_lshl_u32 v10, v4, v10, 1
	v_add_lshl_u32 v9, v4, v9, 1
	v_add_lshl_u32 v4, v4, v8, 1
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v5, 0x80000000, v5, s7
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s5, vcc_lo, s5
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_cndmask_b32_e64 v7, 0x80000000, v7, s6
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s4, vcc_lo, s4
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s5
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s3, vcc_lo, s3
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_cndmask_b32_e64 v8, 0x80000000, v12, s4
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s2, vcc_lo, s2
	s_and_b32 s1, vcc_lo, s1
	s_and_b32 vcc_lo, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v11, 0x80000000, v11, s3
	v_cndmask_b32_e64 v10, 0x80000000, v10, s2
	v_cndmask_b32_e64 v9, 0x80000000, v9, s1
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	s_clause 0x7
	buffer_store_b128 v[0:3], v5, s[16:19], null offen
	buffer_store_b128 v[0:3], v7, s[16:19], null offen
	buffer_store_b128 v[0:3], v6, s[16:19], null offen
	buffer_store_b128 v[0:3], v8, s[16:19], null offen
	buffer_store_b128 v[0:3], v11, s[16:19], null offen
	buffer_store_b128 v[0:3], v10, s[16:19], null offen
	buffer_store_b128 v[0:3], v9, s[16:19], null offen
	buffer_store_b128 v[0:3], v4, s[16:19], null offen
.LBB0_14:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp15:
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
		.amdhsa_next_free_vgpr 236
		.amdhsa_next_free_sgpr 56
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 107
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
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
                                        ; -- End function
	.set fused_moe_kernel.num_vgpr, 236
	.set fused_moe_kernel.num_agpr, 0
	.set fused_moe_kernel.numbered_sgpr, 56
	.set fused_moe_kernel.num_named_barrier, 0
	.set fused_moe_kernel.private_seg_size, 0
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 0
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 13680
; TotalNumSgprs: 58
; NumVgprs: 236
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 29
; NumSGPRsForWavesPerEU: 58
; NumVGPRsForWavesPerEU: 236
; Occupancy: 6
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
	.byte	27                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x49:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x55:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	117                             ; DW_AT_call_line
	.byte	33                              ; DW_AT_call_column
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
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"fused_moe.py"                  ; string offset=7
.Linfo_string2:
	.asciz	"fused_moe_kernel"              ; string offset=20
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
    .sgpr_count:     58
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     236
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

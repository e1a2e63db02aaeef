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
	scratch_store_b32 off, v0, off offset:496 ; 4-byte Folded Spill
	s_clause 0x1
	s_load_b96 s[4:6], s[0:1], 0x40
	s_load_b32 s2, s[0:1], 0x50
.Ltmp0:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22 prologue_end            ; standard.py:40:22 @[ fused_moe.py:72:27 ]
	s_wait_kmcnt 0x0
	s_add_co_i32 s3, s6, 0x7f
.Ltmp1:
	.loc	2 40 22 is_stmt 0               ; standard.py:40:22 @[ fused_moe.py:71:28 ]
	s_add_co_i32 s2, s2, 63
.Ltmp2:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:72:27 ]
	s_ashr_i32 s7, s3, 31
.Ltmp3:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s9, s2, 31
.Ltmp4:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:72:27 ]
	s_lshr_b32 s7, s7, 25
.Ltmp5:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_lshr_b32 s9, s9, 26
.Ltmp6:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:72:27 ]
	s_add_co_i32 s3, s3, s7
.Ltmp7:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_add_co_i32 s2, s2, s9
.Ltmp8:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:72:27 ]
	s_ashr_i32 s3, s3, 7
.Ltmp9:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s2, s2, 6
.Ltmp10:
	.loc	1 73 38 is_stmt 1               ; fused_moe.py:73:38
	s_lshl_b32 s3, s3, 5
	.loc	1 81 37                         ; fused_moe.py:81:37
	s_load_b32 s5, s[4:5], 0x0
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_abs_i32 s7, s3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_f32_u32 s8, s7
	s_sub_co_i32 s10, 0, s7
	v_rcp_iflag_f32_e32 v0, s8
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_2)
	v_readfirstlane_b32 s8, v0
	s_mul_f32 s8, s8, 0x4f7ffffe
	s_wait_alu 0xfffe
	s_cvt_u32_f32 s8, s8
	s_wait_alu 0xfffe
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_i32 s10, s10, s8
	s_mul_hi_u32 s9, s8, s10
	s_abs_i32 s10, ttmp9
	s_wait_alu 0xfffe
	s_add_co_i32 s8, s8, s9
	s_xor_b32 s9, ttmp9, s3
	s_wait_alu 0xfffe
	s_mul_hi_u32 s8, s10, s8
	s_ashr_i32 s9, s9, 31
	s_wait_alu 0xfffe
	s_mul_i32 s11, s8, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	s_sub_co_i32 s10, s10, s11
	s_add_co_i32 s11, s8, 1
	s_sub_co_i32 s12, s10, s7
	s_cmp_ge_u32 s10, s7
	s_cselect_b32 s8, s11, s8
	s_cselect_b32 s10, s12, s10
	s_wait_alu 0xfffe
	s_add_co_i32 s11, s8, 1
	s_cmp_ge_u32 s10, s7
	s_cselect_b32 s7, s11, s8
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_xor_b32 s7, s7, s9
	s_sub_co_i32 s7, s7, s9
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 75 29                         ; fused_moe.py:75:29
	s_lshl_b32 s8, s7, 5
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_mul_i32 s7, s7, s3
	.loc	1 76 35                         ; fused_moe.py:76:35
	s_wait_alu 0xfffe
	s_sub_co_i32 s2, s2, s8
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_sub_co_i32 s3, ttmp9, s7
	.loc	1 76 48                         ; fused_moe.py:76:48
	s_min_i32 s2, s2, 32
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_2)
	.loc	1 78 40                         ; fused_moe.py:78:40
	s_abs_i32 s9, s2
	s_wait_alu 0xfffe
	s_cvt_f32_u32 s10, s9
	s_sub_co_i32 s11, 0, s9
	v_rcp_iflag_f32_e32 v0, s10
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_2)
	v_readfirstlane_b32 s10, v0
	s_mul_f32 s10, s10, 0x4f7ffffe
	s_wait_alu 0xfffe
	s_cvt_u32_f32 s10, s10
	s_wait_alu 0xfffe
	s_delay_alu instid0(SALU_CYCLE_2)
	s_mul_i32 s11, s11, s10
	s_wait_alu 0xfffe
	s_mul_hi_u32 s7, s10, s11
	s_abs_i32 s11, s3
	s_add_co_i32 s10, s10, s7
	s_wait_alu 0xfffe
	s_mul_hi_u32 s7, s11, s10
	s_xor_b32 s10, s3, s2
	s_mul_i32 s12, s7, s9
	s_wait_alu 0xfffe
	s_ashr_i32 s10, s10, 31
	s_sub_co_i32 s11, s11, s12
	s_add_co_i32 s12, s7, 1
	s_wait_alu 0xfffe
	s_sub_co_i32 s13, s11, s9
	s_cmp_ge_u32 s11, s9
	s_cselect_b32 s4, s12, s7
	s_cselect_b32 s7, s13, s11
	s_add_co_i32 s11, s4, 1
	s_cmp_ge_u32 s7, s9
	s_wait_alu 0xfffe
	s_cselect_b32 s4, s11, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_xor_b32 s4, s4, s10
	s_sub_co_i32 s7, s4, s10
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 77 54                         ; fused_moe.py:77:54
	s_mul_i32 s2, s7, s2
	s_sub_co_i32 s2, s3, s2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 77 27 is_stmt 0               ; fused_moe.py:77:27
	s_add_co_i32 s4, s2, s8
	.loc	1 82 15 is_stmt 1               ; fused_moe.py:82:15
	s_lshl_b32 s2, s4, 6
	.loc	1 82 31 is_stmt 0               ; fused_moe.py:82:31
	s_wait_kmcnt 0x0
	s_cmp_lt_i32 s2, s5
	s_cbranch_scc0 .LBB0_29
; %bb.1:
	.loc	1 0 31                          ; fused_moe.py:0:31
	s_load_b128 s[12:15], s[0:1], 0x30
	.loc	1 94 42 is_stmt 1               ; fused_moe.py:94:42
	s_ashr_i32 s5, s4, 31
	.loc	1 85 43                         ; fused_moe.py:85:43
	s_ashr_i32 s3, s2, 31
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_lshl_b64 s[4:5], s[4:5], 2
	.loc	1 90 22                         ; fused_moe.py:90:22
	s_lshl_b32 s56, s7, 7
	.loc	1 86 48                         ; fused_moe.py:86:48
	s_lshl_b64 s[2:3], s[2:3], 2
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s57, s56, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s43, s6, 31
	s_mov_b32 s42, s6
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_wait_kmcnt 0x0
	s_add_nc_u64 s[4:5], s[14:15], s[4:5]
	.loc	1 86 48                         ; fused_moe.py:86:48
	s_add_nc_u64 s[44:45], s[12:13], s[2:3]
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_load_b32 s8, s[4:5], 0x0
	s_clause 0x2
	s_load_b64 s[40:41], s[0:1], 0x10
	s_load_b32 s54, s[0:1], 0x64
	s_load_b32 s55, s[0:1], 0x54
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_wait_kmcnt 0x0
	s_cmp_lg_u32 s8, -1
	s_cbranch_scc0 .LBB0_28
; %bb.2:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v38, off, off offset:496 ; 4-byte Folded Reload
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	s_abs_i32 s5, s6
	s_load_b32 s58, s[0:1], 0x4c
	s_cvt_f32_u32 s2, s5
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v33, s2
	v_readfirstlane_b32 s2, v33
.Ltmp11:
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:117:33 ]
	s_wait_kmcnt 0x0
	s_add_co_i32 s59, s58, 0x7f
.Ltmp12:
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_wait_alu 0xfffe
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_cvt_u32_f32 s10, s2
	s_sub_co_i32 s2, 0, s5
	s_wait_alu 0xfffe
	s_mul_i32 s2, s2, s10
	s_wait_alu 0xfffe
	s_mul_hi_u32 s2, s10, s2
	s_wait_alu 0xfffe
	s_add_co_i32 s10, s10, s2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmp_gt_i32 s59, 0x7f
	s_cselect_b32 s2, -1, 0
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_wait_loadcnt 0x0
	v_or_b32_e32 v33, s56, v38
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 3, v38
	v_lshrrev_b32_e32 v97, 1, v38
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v36, 0, v33
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_lshlrev_b32_e32 v1, 2, v0
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_or_b32_e32 v55, s56, v0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b32_e32 v126, 8, v97
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v36, v33, v36
	.loc	1 86 25                         ; fused_moe.py:86:25
	global_load_b32 v37, v1, s[44:45]
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v40, 0, v55
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v41, 16, v55
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_wait_alu 0xfffe
	v_mul_hi_u32 v33, v36, s10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_max_i32_e32 v54, v55, v40
	v_sub_nc_u32_e32 v42, 0, v41
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v39, v33, s5
	.loc	1 85 73                         ; fused_moe.py:85:73
	v_mov_b32_e32 v33, 0
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_lshlrev_b32_e32 v5, 2, v126
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v39, v36, v39
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v36, 32, v55
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v40, s5, v39
	v_cmp_le_u32_e32 vcc_lo, s5, v39
	v_dual_cndmask_b32 v77, v39, v40 :: v_dual_lshlrev_b32 v38, 4, v38
	v_mov_b32_e32 v40, 0
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_clause 0xa
	global_load_b32 v35, v1, s[44:45] offset:64
	global_load_b32 v34, v1, s[44:45] offset:128
	global_load_b32 v49, v1, s[44:45] offset:192
	global_load_b128 v[25:28], v5, s[44:45] offset:16
	global_load_b128 v[29:32], v5, s[44:45]
	global_load_b128 v[17:20], v5, s[44:45] offset:80
	global_load_b128 v[21:24], v5, s[44:45] offset:64
	global_load_b128 v[9:12], v5, s[44:45] offset:144
	global_load_b128 v[13:16], v5, s[44:45] offset:128
	global_load_b128 v[1:4], v5, s[44:45] offset:208
	global_load_b128 v[5:8], v5, s[44:45] offset:192
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_and_b32_e32 v43, 0x70, v38
	s_clause 0x1
	s_load_b32 s9, s[0:1], 0x58
	s_load_b64 s[48:49], s[0:1], 0x0
	v_mov_b32_e32 v39, 0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cmp_le_u32_e32 vcc_lo, s5, v77
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e64 s3, s58, v43
	scratch_store_b32 off, v43, off offset:40 ; 4-byte Folded Spill
	.loc	1 104 45                        ; fused_moe.py:104:45
	s_wait_loadcnt 0xb
	v_ashrrev_i32_e32 v38, 31, v37
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s36, s55, v37
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_lshrrev_b32_e32 v38, 29, v38
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s4, s3, s36
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_wait_alu 0xfffe
	s_and_b32 s4, s2, s4
	v_dual_mov_b32 v37, 0 :: v_dual_add_nc_u32 v38, v37, v38
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v38, 3, v38
	.loc	1 104 53 is_stmt 0              ; fused_moe.py:104:53
	s_wait_kmcnt 0x0
	v_mad_co_i64_i32 v[81:82], null, v38, s9, 0
	v_mov_b32_e32 v38, 0
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s6, s4
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 104 22                        ; fused_moe.py:104:22
	scratch_load_b32 v39, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v37, s4, s48, v81
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v38, null, s49, v82, s4
	s_wait_loadcnt 0x0
	v_add_co_u32 v37, s4, v37, v39
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v38, null, 0, v38, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[37:40], v[37:38], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	s_wait_loadcnt 0xa
	v_ashrrev_i32_e32 v43, 31, v35
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_max_i32_e32 v61, v41, v42
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s37, s55, v35
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_mad_co_u64_u32 v[52:53], null, v54, s10, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	v_lshrrev_b32_e32 v43, 29, v43
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_sub_nc_u32_e32 v50, 0, v36
	v_dual_mov_b32 v46, 0 :: v_dual_mov_b32 v47, 0
	v_mov_b32_e32 v48, 0
	v_dual_mov_b32 v45, 0 :: v_dual_add_nc_u32 v44, v35, v43
	v_or_b32_e32 v43, 48, v55
	.loc	1 119 56 is_stmt 1              ; fused_moe.py:119:56
	s_and_b32 s4, s3, s37
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_wait_alu 0xfffe
	s_and_b32 s4, s2, s4
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v41, 3, v44
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 104 53 is_stmt 0              ; fused_moe.py:104:53
	v_mad_co_i64_i32 v[83:84], null, v41, s9, 0
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s6, s4
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 104 22                        ; fused_moe.py:104:22
	scratch_load_b32 v41, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v35, s4, s48, v83
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v42, null, s49, v84, s4
	s_wait_loadcnt 0x0
	v_add_co_u32 v41, s4, v35, v41
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v42, null, 0, v42, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[45:48], v[41:42], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	s_wait_loadcnt 0x9
	v_ashrrev_i32_e32 v35, 31, v34
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s38, s55, v34
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_mad_co_u64_u32 v[41:42], null, v61, s10, 0
	v_or_b32_e32 v58, 64, v55
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	v_lshrrev_b32_e32 v35, 29, v35
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_sub_nc_u32_e32 v44, 0, v43
	v_max_i32_e32 v56, v36, v50
	.loc	1 119 56 is_stmt 1              ; fused_moe.py:119:56
	s_and_b32 s4, s3, s38
	v_dual_mov_b32 v36, 0 :: v_dual_add_nc_u32 v35, v34, v35
	v_mov_b32_e32 v34, 0
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_wait_alu 0xfffe
	s_and_b32 s4, s2, s4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v35, 3, v35
	.loc	1 104 53 is_stmt 0              ; fused_moe.py:104:53
	v_mad_co_i64_i32 v[85:86], null, v35, s9, 0
	v_mov_b32_e32 v35, 0
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s6, s4
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 104 22                        ; fused_moe.py:104:22
	scratch_load_b32 v35, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v33, s4, s48, v85
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, s49, v86, s4
	s_wait_loadcnt 0x0
	v_add_co_u32 v33, s4, v33, v35
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, 0, v34, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[33:36], v[33:34], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	s_wait_loadcnt 0x8
	v_ashrrev_i32_e32 v41, 31, v49
	s_clause 0x1
	s_load_b64 s[50:51], s[0:1], 0x8
	s_load_b64 s[6:7], s[0:1], 0x5c
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s39, s55, v49
	v_max_i32_e32 v69, v43, v44
	v_mad_co_u64_u32 v[43:44], null, v56, s10, 0
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_lshrrev_b32_e32 v41, 29, v41
	v_sub_nc_u32_e32 v59, 0, v58
	v_dual_mov_b32 v51, 0 :: v_dual_mov_b32 v52, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_dual_mov_b32 v57, 0 :: v_dual_add_nc_u32 v50, v49, v41
	v_or_b32_e32 v41, 0x50, v55
	v_mov_b32_e32 v49, 0
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s4, s3, s39
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v50, 3, v50
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_wait_alu 0xfffe
	s_and_b32 s4, s2, s4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 104 53                        ; fused_moe.py:104:53
	v_mad_co_i64_i32 v[87:88], null, v50, s9, 0
	v_mov_b32_e32 v50, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s9, s4
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 104 22                        ; fused_moe.py:104:22
	scratch_load_b32 v49, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v43, s4, s48, v87
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, s49, v88, s4
	s_wait_loadcnt 0x0
	v_add_co_u32 v49, s4, v43, v49
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, 0, v50, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[49:52], v[49:50], off
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s9
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v43, v53, s5
	v_max_i32_e32 v70, v58, v59
	.loc	1 94 52                         ; fused_moe.py:94:52
	s_ashr_i32 s9, s8, 31
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_wait_kmcnt 0x0
	s_ashr_i32 s13, s6, 31
	s_mov_b32 s12, s6
	v_sub_nc_u32_e32 v62, 0, v41
	v_mov_b32_e32 v60, 0
	s_wait_alu 0xfffe
	s_mul_u64 s[52:53], s[8:9], s[12:13]
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v43, v54, v43
	.loc	1 105 21                        ; fused_moe.py:105:21
	s_add_nc_u64 s[14:15], s[50:51], s[52:53]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 s16, s3, s2
	v_mov_b32_e32 v59, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_nc_u32_e32 v53, s5, v43
	v_cmp_le_u32_e64 s4, s5, v43
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v43, v43, v53, s4
	v_subrev_nc_u32_e32 v53, s5, v43
	v_cmp_le_u32_e64 s4, s5, v43
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v53, v43, v53, s4
	v_or_b32_e32 v43, 0x60, v55
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v53, s57, v53
	v_subrev_nc_u32_e32 v58, s57, v53
	v_mad_co_u64_u32 v[53:54], null, v69, s10, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[89:90], null, v58, s7, 0
	v_mov_b32_e32 v58, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s4, s16
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v57, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v53, s3, s14, v89
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, s15, v90, s3
	s_wait_loadcnt 0x0
	v_add_co_u32 v57, s3, v53, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, 0, v58, s3
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[57:60], v[57:58], off
.LBB0_12:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v42, v42, s5
	v_max_i32_e32 v78, v41, v62
	v_dual_mov_b32 v65, 0 :: v_dual_mov_b32 v68, 0
	v_dual_mov_b32 v67, 0 :: v_dual_mov_b32 v66, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v42, v61, v42
	v_mov_b32_e32 v61, 0
	v_subrev_nc_u32_e32 v53, s5, v42
	v_cmp_le_u32_e64 s3, s5, v42
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v42, v42, v53, s3
	s_delay_alu instid0(VALU_DEP_1)
	v_subrev_nc_u32_e32 v53, s5, v42
	v_cmp_le_u32_e64 s3, s5, v42
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v42, v42, v53, s3
	v_or_b32_e32 v53, 0x70, v55
	v_sub_nc_u32_e32 v55, 0, v43
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v42, s57, v42
	v_subrev_nc_u32_e32 v62, s57, v42
	v_mad_co_u64_u32 v[41:42], null, v70, s10, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[91:92], null, v62, s7, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s4, s16
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v62, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v41, s3, s14, v91
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v63, null, s15, v92, s3
	s_wait_loadcnt 0x0
	v_add_co_u32 v62, s3, v41, v62
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v63, null, 0, v63, s3
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[65:68], v[62:63], off
.LBB0_14:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v41, v44, s5
	v_max_i32_e32 v98, v43, v55
	v_dual_mov_b32 v62, 0 :: v_dual_mov_b32 v63, 0
	v_mov_b32_e32 v64, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v41, v56, v41
	v_mad_co_u64_u32 v[55:56], null, v78, s10, 0
	v_subrev_nc_u32_e32 v44, s5, v41
	v_cmp_le_u32_e64 s3, s5, v41
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v41, v41, v44, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v44, s5, v41
	v_cmp_le_u32_e64 s3, s5, v41
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v41, v41, v44, s3
	v_xor_b32_e32 v44, s57, v41
	v_sub_nc_u32_e32 v41, 0, v53
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v44, s57, v44
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[93:94], null, v44, s7, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s4, s16
	s_cbranch_execz .LBB0_16
; %bb.15:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v55, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v43, s3, s14, v93
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v44, null, s15, v94, s3
	s_wait_loadcnt 0x0
	v_add_co_u32 v43, s3, v43, v55
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v44, null, 0, v44, s3
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[61:64], v[43:44], off
.LBB0_16:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v43, v54, s5
	v_max_i32_e32 v55, v53, v41
	v_dual_mov_b32 v73, 0 :: v_dual_mov_b32 v76, 0
	v_dual_mov_b32 v75, 0 :: v_dual_mov_b32 v74, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v43, v69, v43
	v_mov_b32_e32 v69, 0
	v_subrev_nc_u32_e32 v44, s5, v43
	v_cmp_le_u32_e64 s3, s5, v43
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v43, v43, v44, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v44, s5, v43
	v_cmp_le_u32_e64 s3, s5, v43
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v43, v43, v44, s3
	v_xor_b32_e32 v43, s57, v43
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v41, s57, v43
	v_mad_co_u64_u32 v[43:44], null, v98, s10, 0
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[95:96], null, v41, s7, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s4, s16
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v53, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v41, s3, s14, v95
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v43, null, s15, v96, s3
	s_wait_loadcnt 0x0
	v_add_co_u32 v53, s3, v41, v53
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v54, null, 0, v43, s3
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[73:76], v[53:54], off
.LBB0_18:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v41, v42, s5
	v_mad_co_u64_u32 v[53:54], null, v55, s10, 0
	v_dual_mov_b32 v72, 0 :: v_dual_mov_b32 v71, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v41, v70, v41
	v_mov_b32_e32 v70, 0
	v_subrev_nc_u32_e32 v42, s5, v41
	v_cmp_le_u32_e64 s3, s5, v41
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v41, v41, v42, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v42, s5, v41
	v_cmp_le_u32_e64 s3, s5, v41
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v41, v41, v42, s3
	v_xor_b32_e32 v41, s57, v41
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v42, s57, v41
	v_subrev_nc_u32_e32 v41, s5, v77
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[161:162], null, v42, s7, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s4, s16
	s_cbranch_execz .LBB0_20
; %bb.19:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v53, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v42, s3, s14, v161
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v43, null, s15, v162, s3
	s_wait_loadcnt 0x0
	v_add_co_u32 v42, s3, v42, v53
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v43, null, 0, v43, s3
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[69:72], v[42:43], off
.LBB0_20:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v42, v56, s5
	v_dual_mov_b32 v79, 0 :: v_dual_mov_b32 v80, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v42, v78, v42
	v_mov_b32_e32 v78, 0
	v_subrev_nc_u32_e32 v43, s5, v42
	v_cmp_le_u32_e64 s3, s5, v42
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v42, v42, v43, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v43, s5, v42
	v_cmp_le_u32_e64 s3, s5, v42
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v42, v42, v43, s3
	v_xor_b32_e32 v42, s57, v42
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v43, s57, v42
	v_dual_cndmask_b32 v42, v77, v41 :: v_dual_mov_b32 v41, 0
	v_mov_b32_e32 v77, 0
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[163:164], null, v43, s7, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s3, s16
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v56, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v43, vcc_lo, s14, v163
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v53, null, s15, v164, vcc_lo
	s_wait_loadcnt 0x0
	v_add_co_u32 v77, vcc_lo, v43, v56
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v78, null, 0, v53, vcc_lo
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[77:80], v[77:78], off
.LBB0_22:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v43, v44, s5
	v_xor_b32_e32 v53, s57, v42
	s_load_b64 s[10:11], s[0:1], 0x18
	v_mov_b32_e32 v42, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v43, v98, v43
	v_subrev_nc_u32_e32 v44, s5, v43
	v_cmp_le_u32_e32 vcc_lo, s5, v43
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e32 v43, v43, v44, vcc_lo
	v_subrev_nc_u32_e32 v44, s5, v43
	v_cmp_le_u32_e32 vcc_lo, s5, v43
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v43, v43, v44 :: v_dual_mov_b32 v44, 0
	v_xor_b32_e32 v43, s57, v43
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v43, s57, v43
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[165:166], null, v43, s7, 0
	v_mov_b32_e32 v43, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s3, s16
	s_cbranch_execz .LBB0_24
; %bb.23:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v43, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v41, vcc_lo, s14, v165
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v42, null, s15, v166, vcc_lo
	s_wait_loadcnt 0x0
	v_add_co_u32 v41, vcc_lo, v41, v43
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v42, null, 0, v42, vcc_lo
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[41:44], v[41:42], off
.LBB0_24:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v54, v54, s5
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_subrev_nc_u32_e32 v98, s57, v53
	v_dual_mov_b32 v56, 0 :: v_dual_mov_b32 v53, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_nc_u32_e32 v54, v55, v54
	v_subrev_nc_u32_e32 v55, s5, v54
	v_cmp_le_u32_e32 vcc_lo, s5, v54
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e32 v54, v54, v55, vcc_lo
	v_subrev_nc_u32_e32 v55, s5, v54
	v_cmp_le_u32_e32 vcc_lo, s5, v54
	s_clause 0x1
	s_load_b96 s[4:6], s[0:1], 0x68
	s_load_b64 s[12:13], s[0:1], 0x20
	v_dual_cndmask_b32 v54, v54, v55 :: v_dual_mov_b32 v55, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v54, s57, v54
	v_subrev_nc_u32_e32 v54, s57, v54
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 105 96 is_stmt 1              ; fused_moe.py:105:96
	v_mad_co_i64_i32 v[167:168], null, v54, s7, 0
	v_mov_b32_e32 v54, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s3, s16
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 105 47                        ; fused_moe.py:105:47
	scratch_load_b32 v55, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v53, vcc_lo, s14, v167
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v54, null, s15, v168, vcc_lo
	s_wait_loadcnt 0x0
	v_add_co_u32 v53, vcc_lo, v53, v55
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v54, null, 0, v54, vcc_lo
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[53:56], v[53:54], off
.LBB0_26:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	scratch_load_b32 v106, off, off offset:40 ; 4-byte Folded Reload
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_and_b32_e32 v99, 4, v97
	v_and_b32_e32 v103, 56, v97
	v_lshlrev_b32_e32 v0, 7, v0
	.loc	1 86 66                         ; fused_moe.py:86:66
	s_wait_loadcnt 0x7
	v_ashrrev_i32_e32 v231, 31, v29
	v_ashrrev_i32_e32 v125, 31, v31
	v_ashrrev_i32_e32 v133, 31, v30
	v_ashrrev_i32_e32 v122, 31, v32
	v_ashrrev_i32_e32 v117, 31, v25
	v_ashrrev_i32_e32 v114, 31, v26
	s_wait_loadcnt 0x5
	v_ashrrev_i32_e32 v229, 31, v21
	v_ashrrev_i32_e32 v123, 31, v22
	v_ashrrev_i32_e32 v245, 31, v27
	v_ashrrev_i32_e32 v120, 31, v23
	v_ashrrev_i32_e32 v112, 31, v18
	v_ashrrev_i32_e32 v110, 31, v19
	v_ashrrev_i32_e32 v242, 31, v28
	v_ashrrev_i32_e32 v118, 31, v24
	v_ashrrev_i32_e32 v108, 31, v20
	v_ashrrev_i32_e32 v115, 31, v17
	s_wait_loadcnt 0x3
	v_ashrrev_i32_e32 v105, 31, v13
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_wait_kmcnt 0x0
	s_ashr_i32 s7, s5, 31
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s35, s55, v29
	v_cmp_gt_i32_e64 s34, s55, v30
	v_cmp_gt_i32_e64 s33, s55, v31
	v_cmp_gt_i32_e64 s31, s55, v32
	v_cmp_gt_i32_e64 s30, s55, v25
	v_cmp_gt_i32_e64 s29, s55, v26
	v_cmp_gt_i32_e64 s28, s55, v27
	v_cmp_gt_i32_e64 s27, s55, v28
	v_cmp_gt_i32_e64 s26, s55, v21
	v_cmp_gt_i32_e64 s25, s55, v22
	v_cmp_gt_i32_e64 s24, s55, v23
	v_cmp_gt_i32_e64 s23, s55, v24
	v_cmp_gt_i32_e64 s22, s55, v17
	v_cmp_gt_i32_e64 s21, s55, v18
	v_cmp_gt_i32_e64 s20, s55, v19
	v_cmp_gt_i32_e64 s19, s55, v20
	v_cmp_gt_i32_e64 s18, s55, v13
	v_cmp_gt_i32_e64 s17, s55, v14
	v_cmp_gt_i32_e64 s16, s55, v15
	v_cmp_gt_i32_e64 s15, s55, v16
	v_cmp_gt_i32_e64 s14, s55, v9
	s_wait_loadcnt 0x2
	v_cmp_gt_i32_e64 s3, s55, v4
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_mov_b32 s60, 0
	s_wait_loadcnt 0x0
	v_or_b32_e32 v100, 4, v106
	v_or_b32_e32 v101, v106, v99
	v_or_b32_e32 v104, 12, v106
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v99, v100, v99
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v100, 48, v97
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v102, v101, v126
	v_or_b32_e32 v101, 8, v101
	v_and_b32_e32 v97, 60, v97
	v_or_b32_e32 v99, v99, v126
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xad_u32 v102, v100, v102, 0
	v_xad_u32 v101, v103, v101, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xad_u32 v97, v97, v104, 0
	v_xad_u32 v99, v100, v99, 0
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v103, 31, v14
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_nc_u32_e32 v102, v102, v0
	v_add_nc_u32_e32 v101, v101, v0
	v_add_nc_u32_e32 v97, v97, v0
	v_add_nc_u32_e32 v99, v99, v0
	ds_store_b32 v102, v37 offset:16384
	ds_store_b32 v99, v38 offset:16384
	ds_store_b32 v101, v39 offset:16384
	ds_store_b32 v97, v40 offset:16384
	ds_store_b32 v102, v45 offset:18432
	ds_store_b32 v99, v46 offset:18432
	ds_store_b32 v101, v47 offset:18432
	ds_store_b32 v97, v48 offset:18432
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v37, 29, v231
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v102, v33 offset:20480
	ds_store_b32 v99, v34 offset:20480
	ds_store_b32 v101, v35 offset:20480
	ds_store_b32 v97, v36 offset:20480
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v33, 29, v125
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_nc_u32_e32 v35, 0, v106
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v133
	v_add_nc_u32_e32 v34, v29, v37
	s_clause 0x2
	scratch_store_b32 off, v102, off offset:124
	scratch_store_b32 off, v99, off offset:128
	scratch_store_b32 off, v101, off offset:132
	v_add_nc_u32_e32 v33, v31, v33
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_nc_u32_e32 v159, v35, v0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v34
	v_lshrrev_b32_e32 v34, 29, v117
	v_add_nc_u32_e32 v36, v30, v38
	v_ashrrev_i32_e32 v37, 3, v33
	v_lshrrev_b32_e32 v33, 29, v122
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v102, v49 offset:22528
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v34, v25, v34
	v_ashrrev_i32_e32 v35, 3, v36
	v_lshrrev_b32_e32 v36, 29, v114
	v_add_nc_u32_e32 v33, v32, v33
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v99, v50 offset:22528
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v45, 3, v34
	v_lshrrev_b32_e32 v34, 29, v123
	v_add_nc_u32_e32 v36, v26, v36
	v_ashrrev_i32_e32 v40, 3, v33
	v_lshrrev_b32_e32 v33, 29, v229
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v101, v51 offset:22528
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_b128 v159, v[57:60]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v34, v22, v34
	v_lshrrev_b32_e32 v38, 29, v245
	v_ashrrev_i32_e32 v47, 3, v36
	v_add_nc_u32_e32 v33, v21, v33
	v_lshrrev_b32_e32 v36, 29, v120
	v_ashrrev_i32_e32 v59, 3, v34
	v_lshrrev_b32_e32 v34, 29, v110
	v_add_nc_u32_e32 v38, v27, v38
	v_ashrrev_i32_e32 v57, 3, v33
	v_lshrrev_b32_e32 v33, 29, v112
	v_add_nc_u32_e32 v36, v23, v36
	v_add_nc_u32_e32 v34, v19, v34
	v_lshrrev_b32_e32 v39, 29, v242
	v_ashrrev_i32_e32 v49, 3, v38
	v_add_nc_u32_e32 v33, v18, v33
	scratch_store_b32 off, v97, off offset:136 ; 4-byte Folded Spill
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v97, v52 offset:22528
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_b128 v159, v[65:68] offset:2048
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v118
	v_ashrrev_i32_e32 v65, 3, v36
	v_lshrrev_b32_e32 v36, 29, v108
	v_ashrrev_i32_e32 v68, 3, v33
	v_ashrrev_i32_e32 v97, 3, v34
	.loc	1 109 65 is_stmt 0              ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[33:34], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v39, v28, v39
	v_add_nc_u32_e32 v38, v24, v38
	v_add_nc_u32_e32 v36, v20, v36
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	ds_store_b128 v159, v[61:64] offset:4096
	ds_store_b128 v159, v[73:76] offset:6144
	ds_store_b128 v159, v[69:72] offset:8192
	ds_store_b128 v159, v[77:80] offset:10240
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v51, 3, v39
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[33:34]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v39, 29, v115
	v_ashrrev_i32_e32 v66, 3, v38
	v_lshrrev_b32_e32 v38, 29, v105
	v_ashrrev_i32_e32 v99, 3, v36
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v35, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v0, vcc_lo, s10, v33
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v39, v17, v39
	v_add_nc_u32_e32 v38, v13, v38
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[45:46], null, v45, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[35:36], 2, v[35:36]
	scratch_store_b32 off, v0, off offset:392 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v67, 3, v39
	v_lshrrev_b32_e32 v39, 29, v103
	v_ashrrev_i32_e32 v101, 3, v38
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[37:38], null, v37, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:396 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v39, v14, v39
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[47:48], null, v47, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[37:38]
	scratch_store_b32 off, v0, off offset:384 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v102, 3, v39
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[39:40], null, v40, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:388 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v33
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[49:50], null, v49, s4, 0
	v_mad_co_i64_i32 v[51:52], null, v51, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[35:36], 2, v[39:40]
	scratch_store_b32 off, v0, off offset:376 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[45:46]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[57:58], null, v57, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:380 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[59:60], null, v59, s4, 0
	v_mad_co_i64_i32 v[61:62], null, v65, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:368 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[47:48]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[63:64], null, v66, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:372 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v33
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[65:66], null, v67, s4, 0
	v_mad_co_i64_i32 v[67:68], null, v68, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:360 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[49:50]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[69:70], null, v97, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:364 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[71:72], null, v99, s4, 0
	v_mad_co_i64_i32 v[73:74], null, v101, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:352 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[51:52]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[75:76], null, v102, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:356 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v33
	.loc	1 86 66 is_stmt 1               ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v106, 31, v15
	v_ashrrev_i32_e32 v101, 31, v16
	v_ashrrev_i32_e32 v99, 31, v9
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:344 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[57:58]
	.loc	1 109 56 is_stmt 0              ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v37, 29, v101
	.loc	1 86 66 is_stmt 1               ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v79, 31, v10
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:348 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v77, 31, v11
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v79
	v_or_b32_e32 v40, 52, v126
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:336 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[59:60]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v39, 29, v77
	.loc	1 86 66 is_stmt 1               ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v59, 31, v4
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:340 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v33
	v_or_b32_e32 v45, 64, v126
	v_or_b32_e32 v46, 0x44, v126
	v_or_b32_e32 v47, 0x50, v126
	scratch_store_b32 off, v0, off offset:328 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[61:62]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v61, 31, v3
	v_or_b32_e32 v48, 0x54, v126
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:332 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	v_or_b32_e32 v49, 0x60, v126
	v_or_b32_e32 v50, 0x64, v126
	v_or_b32_e32 v51, 0x70, v126
	scratch_store_b32 off, v0, off offset:320 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[63:64]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v63, 31, v2
	v_or_b32_e32 v52, 0x74, v126
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:324 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v33
	scratch_store_b32 off, v0, off offset:312 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[65:66]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v65, 31, v1
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:316 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	scratch_store_b32 off, v0, off offset:304 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[67:68]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v67, 31, v8
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:308 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v33
	scratch_store_b32 off, v0, off offset:296 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[69:70]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v69, 31, v7
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:300 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s10, v35
	scratch_store_b32 off, v0, off offset:288 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v36, vcc_lo
	v_add_co_u32 v33, vcc_lo, s10, v33
	v_lshlrev_b64_e32 v[35:36], 2, v[71:72]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v71, 31, v6
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:280 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	v_add_co_u32 v35, vcc_lo, s10, v35
	scratch_store_b32 off, v33, off offset:284 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[73:74]
	scratch_store_b32 off, v35, off offset:272 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s11, v36, vcc_lo
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v73, 31, v5
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	scratch_store_b32 off, v35, off offset:276 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[35:36], 2, v[75:76]
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v75, 31, v12
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:256 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	v_add_co_u32 v35, vcc_lo, s10, v35
	.loc	1 109 65 is_stmt 0              ; fused_moe.py:109:65
	s_clause 0x1
	scratch_store_b32 off, v33, off offset:260
	scratch_store_b32 off, v0, off offset:292
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v0, 29, v106
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v35, off offset:264 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s11, v36, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v15, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_ashrrev_i32_e32 v0, 3, v0
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[33:34], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v16, v37
	v_lshrrev_b32_e32 v37, 29, v99
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_ashrrev_i32_e32 v0, 3, v0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[33:34]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v33, vcc_lo, s10, v33
	.loc	1 109 56                        ; fused_moe.py:109:56
	scratch_store_b32 off, v35, off offset:268 ; 4-byte Folded Spill
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:248 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v9, v37
	v_add_nc_u32_e32 v37, v10, v38
	scratch_store_b32 off, v33, off offset:252 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	v_ashrrev_i32_e32 v37, 3, v37
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	s_delay_alu instid0(VALU_DEP_3)
	v_mad_co_i64_i32 v[37:38], null, v37, s4, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:240 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v11, v39
	v_lshrrev_b32_e32 v39, 29, v75
	scratch_store_b32 off, v33, off offset:244 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	v_lshlrev_b64_e32 v[35:36], 2, v[37:38]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[37:38], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v12, v39
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:232 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v39, 29, v73
	v_ashrrev_i32_e32 v0, 3, v0
	scratch_store_b32 off, v33, off offset:236 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v35
	scratch_store_b32 off, v33, off offset:224 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v36, vcc_lo
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v5, v39
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:228 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[37:38]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v37, 29, v71
	v_lshrrev_b32_e32 v38, 29, v69
	v_ashrrev_i32_e32 v0, 3, v0
	v_lshrrev_b32_e32 v39, 29, v67
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	scratch_store_b32 off, v33, off offset:216 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	scratch_store_b32 off, v33, off offset:220 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v6, v37
	v_add_nc_u32_e32 v37, v7, v38
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	s_delay_alu instid0(VALU_DEP_3)
	v_ashrrev_i32_e32 v37, 3, v37
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:208 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[37:38], null, v37, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	scratch_store_b32 off, v33, off offset:212 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v8, v39
	v_lshrrev_b32_e32 v39, 29, v65
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:200 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	scratch_store_b32 off, v33, off offset:204 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	v_lshlrev_b64_e32 v[35:36], 2, v[37:38]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[37:38], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v1, v39
	v_lshrrev_b32_e32 v39, 29, v63
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:192 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 56                        ; fused_moe.py:109:56
	scratch_store_b32 off, v33, off offset:196 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v35
	scratch_store_b32 off, v33, off offset:184 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v36, vcc_lo
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v2, v39
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:188 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[37:38]
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v37, 29, v61
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v38, 31, v98
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	v_lshrrev_b32_e32 v39, 29, v59
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	scratch_store_b32 off, v33, off offset:168 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 86 66 is_stmt 1               ; fused_moe.py:86:66
	scratch_store_b32 off, v33, off offset:172 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 109 65 is_stmt 0              ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v0, v3, v37
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v37, 25, v38
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_nc_u32_e32 v38, v4, v39
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_add_co_u32 v33, vcc_lo, s10, v33
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v0, 3, v0
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_add_nc_u32_e32 v39, v98, v37
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v38, 3, v38
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	scratch_store_b32 off, v33, off offset:176 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[37:38], null, v38, s4, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	scratch_store_b32 off, v33, off offset:180 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_co_i64_i32 v[35:36], null, v0, s4, 0
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v0, 7, v39
	v_or_b32_e32 v39, 48, v126
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshlrev_b64_e32 v[37:38], 2, v[37:38]
	v_add_co_u32 v33, vcc_lo, s10, v33
	scratch_store_b32 off, v33, off offset:160 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s11, v34, vcc_lo
	scratch_store_b32 off, v33, off offset:164 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 110 90                        ; fused_moe.py:110:90
	v_mad_co_i64_i32 v[35:36], null, v0, s6, 0
	.loc	1 110 54 is_stmt 0              ; fused_moe.py:110:54
	s_mov_b32 s6, s5
	s_wait_alu 0xfffe
	s_mul_u64 s[4:5], s[8:9], s[6:7]
	.loc	1 109 41 is_stmt 1              ; fused_moe.py:109:41
	v_add_co_u32 v0, vcc_lo, s10, v33
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_wait_alu 0xfffe
	s_lshl_b64 s[4:5], s[4:5], 2
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s9, s55, v6
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_wait_alu 0xfffe
	s_add_nc_u64 s[4:5], s[12:13], s[4:5]
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:152 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v34, vcc_lo
	.loc	1 110 67                        ; fused_moe.py:110:67
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s13, s55, v10
	v_cmp_gt_i32_e64 s12, s55, v11
	.loc	1 110 67                        ; fused_moe.py:110:67
	scratch_store_b32 off, v0, off offset:156 ; 4-byte Folded Spill
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_add_co_u32 v0, vcc_lo, s10, v37
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s10, s55, v5
	v_cmp_gt_i32_e64 s8, s55, v7
	v_cmp_gt_i32_e64 s7, s55, v8
	.loc	1 109 41                        ; fused_moe.py:109:41
	scratch_store_b32 off, v0, off offset:144 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s11, v38, vcc_lo
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s11, s55, v12
	v_cmp_gt_i32_e64 s6, s55, v1
	v_or_b32_e32 v35, 16, v126
	.loc	1 110 41                        ; fused_moe.py:110:41
	scratch_store_b32 off, v0, off offset:148 ; 4-byte Folded Spill
	.loc	1 110 67 is_stmt 0              ; fused_moe.py:110:67
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, s4, v33
	scratch_load_b32 v33, off, off offset:496 ; 4-byte Folded Reload
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s4, s55, v3
	v_or_b32_e32 v36, 20, v126
	.loc	1 110 67                        ; fused_moe.py:110:67
	scratch_store_b32 off, v0, off offset:116 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, s5, v34, vcc_lo
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s5, s55, v2
	v_or_b32_e32 v37, 32, v126
	v_or_b32_e32 v38, 36, v126
	scratch_store_b32 off, v0, off offset:120 ; 4-byte Folded Spill
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmp_gt_i32 s59, 0xff
	.loc	1 90 50                         ; fused_moe.py:90:50
	s_wait_loadcnt 0x0
	v_and_b32_e32 v0, 15, v33
	v_lshlrev_b32_e32 v57, 2, v33
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v34, v100, v0
	v_lshlrev_b32_e32 v80, 7, v0
	scratch_store_b32 off, v34, off offset:500 ; 4-byte Folded Spill
	v_or_b32_e32 v34, 4, v126
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_b128 v159, v[41:44] offset:12288
	ds_store_b128 v159, v[53:56] offset:14336
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_30
; %bb.27:                               ; %.._crit_edge_crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v41, 60, v57
	v_lshlrev_b32_e32 v33, 7, v0
	s_delay_alu instid0(VALU_DEP_2)
	v_xor_b32_e32 v0, v41, v126
	scratch_store_b32 off, v0, off offset:104 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v34
	scratch_store_b32 off, v0, off offset:112 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v35
	scratch_store_b32 off, v0, off offset:108 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v36
	scratch_store_b32 off, v0, off offset:100 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v37
	scratch_store_b32 off, v0, off offset:96 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v38
	scratch_store_b32 off, v0, off offset:92 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v39
	scratch_store_b32 off, v0, off offset:88 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v40
	scratch_store_b32 off, v0, off offset:84 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v45
	scratch_store_b32 off, v0, off offset:80 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v46
	scratch_store_b32 off, v0, off offset:76 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v47
	scratch_store_b32 off, v0, off offset:72 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v48
	scratch_store_b32 off, v0, off offset:68 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v49
	scratch_store_b32 off, v0, off offset:64 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v50
	scratch_store_b32 off, v0, off offset:60 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v51
	scratch_store_b32 off, v0, off offset:56 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, v41, v52
	scratch_store_b32 off, v0, off offset:52 ; 4-byte Folded Spill
	s_branch .LBB0_31
.LBB0_28:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_cbranch_execnz .LBB0_385
.LBB0_29:
	.loc	1 83 8 is_stmt 1                ; fused_moe.py:83:8
	s_endpgm
.LBB0_30:
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_mov_b32 s60, -1
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr33
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
.LBB0_31:                               ; %Flow1208
	v_mov_b32_e32 v64, v1
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:500
	scratch_load_b32 v0, off, off offset:496
	s_load_b64 s[46:47], s[0:1], 0x28
	v_dual_mov_b32 v230, v29 :: v_dual_mov_b32 v121, v32
	v_dual_mov_b32 v132, v30 :: v_dual_mov_b32 v113, v26
	v_dual_mov_b32 v124, v31 :: v_dual_mov_b32 v241, v28
	v_dual_mov_b32 v116, v25 :: v_dual_mov_b32 v119, v23
	v_mov_b32_e32 v104, v13
	v_mov_b32_e32 v68, v7
	v_mov_b32_e32 v60, v3
	v_mov_b32_e32 v244, v27
	v_dual_mov_b32 v228, v21 :: v_dual_mov_b32 v111, v18
	s_clause 0x2
	scratch_store_b64 off, v[116:117], off offset:672
	scratch_store_b64 off, v[113:114], off offset:656
	scratch_store_b64 off, v[119:120], off offset:688
	v_dual_mov_b32 v117, v24 :: v_dual_mov_b32 v114, v17
	v_mov_b32_e32 v107, v20
	s_clause 0x3
	scratch_store_b64 off, v[124:125], off offset:712
	scratch_store_b64 off, v[121:122], off offset:696
	scratch_store_b64 off, v[117:118], off offset:680
	scratch_store_b64 off, v[114:115], off offset:664
	v_dual_mov_b32 v122, v22 :: v_dual_mov_b32 v109, v19
	v_mov_b32_e32 v102, v14
	v_mov_b32_e32 v100, v16
	v_mov_b32_e32 v98, v9
	v_mov_b32_e32 v78, v10
	v_mov_b32_e32 v76, v11
	v_mov_b32_e32 v74, v12
	v_mov_b32_e32 v72, v5
	v_mov_b32_e32 v70, v6
	s_clause 0x1
	scratch_store_b64 off, v[104:105], off offset:576
	scratch_store_b64 off, v[102:103], off offset:568
	v_dual_mov_b32 v105, v15 :: v_dual_mov_b32 v66, v8
	v_mov_b32_e32 v62, v2
	v_mov_b32_e32 v58, v4
	s_and_not1_b32 vcc_lo, exec_lo, s60
	s_clause 0xb
	scratch_store_b64 off, v[122:123], off offset:704
	scratch_store_b64 off, v[111:112], off offset:648
	scratch_store_b64 off, v[109:110], off offset:640
	scratch_store_b64 off, v[107:108], off offset:632
	scratch_store_b64 off, v[105:106], off offset:624
	scratch_store_b64 off, v[100:101], off offset:616
	scratch_store_b64 off, v[98:99], off offset:608
	scratch_store_b64 off, v[78:79], off offset:600
	scratch_store_b64 off, v[76:77], off offset:592
	scratch_store_b64 off, v[74:75], off offset:584
	scratch_store_b64 off, v[72:73], off offset:560
	scratch_store_b64 off, v[70:71], off offset:552
	s_wait_loadcnt 0x1
	v_lshlrev_b32_e32 v6, 7, v1
	s_wait_loadcnt 0x0
	v_lshl_add_u32 v0, v0, 2, 0
	s_clause 0x3
	scratch_store_b64 off, v[68:69], off offset:544
	scratch_store_b64 off, v[64:65], off offset:528
	scratch_store_b64 off, v[60:61], off offset:512
	scratch_store_b32 off, v0, off offset:48
	v_lshlrev_b32_e32 v0, 2, v1
	s_clause 0x5
	scratch_store_b64 off, v[66:67], off offset:536
	scratch_store_b64 off, v[62:63], off offset:520
	scratch_store_b64 off, v[58:59], off offset:504
	scratch_store_b32 off, v0, off offset:44
	scratch_store_b32 off, v126, off offset:720
	scratch_store_b32 off, v6, off offset:724
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_122
; %bb.32:                               ; %.lr.ph
	v_dual_mov_b32 v129, 0 :: v_dual_and_b32 v0, 60, v57
	s_clause 0x4
	scratch_store_b64 off, v[244:245], off offset:760
	scratch_store_b64 off, v[241:242], off offset:752
	scratch_store_b64 off, v[230:231], off offset:744
	scratch_store_b64 off, v[132:133], off offset:736
	scratch_store_b64 off, v[228:229], off offset:728
	v_dual_mov_b32 v130, 0 :: v_dual_add_nc_u32 v1, 0, v126
	v_xor_b32_e32 v2, v0, v126
.Ltmp13:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s59, 31
	s_mov_b32 s1, 0
	s_lshr_b32 s0, s0, 25
	v_dual_mov_b32 v123, 0 :: v_dual_add_nc_u32 v136, 0, v80
.Ltmp14:
	.loc	1 117 22                        ; fused_moe.py:117:22
	scratch_store_b32 off, v2, off offset:104 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v34
.Ltmp15:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_add_co_i32 s59, s59, s0
	v_dual_mov_b32 v124, 0 :: v_dual_mov_b32 v121, 0
	s_wait_alu 0xfffe
	s_ashr_i32 s0, s59, 7
	scratch_store_b32 off, v2, off offset:112 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v35
.Ltmp16:
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_max_i32 s0, s0, 2
	v_dual_mov_b32 v128, 0 :: v_dual_mov_b32 v115, 0
	s_lshl_b32 s0, s0, 7
	scratch_store_b32 off, v2, off offset:108 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v36
	v_dual_mov_b32 v126, 0 :: v_dual_mov_b32 v119, 0
	v_dual_mov_b32 v122, 0 :: v_dual_mov_b32 v117, 0
	scratch_store_b32 off, v2, off offset:100 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v37
	v_dual_mov_b32 v116, 0 :: v_dual_mov_b32 v113, 0
	v_dual_mov_b32 v120, 0 :: v_dual_mov_b32 v111, 0
	scratch_store_b32 off, v2, off offset:96 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v38
	v_dual_mov_b32 v118, 0 :: v_dual_mov_b32 v103, 0
	v_dual_mov_b32 v114, 0 :: v_dual_mov_b32 v109, 0
	scratch_store_b32 off, v2, off offset:92 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v39
	v_dual_mov_b32 v112, 0 :: v_dual_mov_b32 v107, 0
	v_dual_mov_b32 v104, 0 :: v_dual_mov_b32 v105, 0
	scratch_store_b32 off, v2, off offset:88 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v40
	v_dual_mov_b32 v110, 0 :: v_dual_mov_b32 v101, 0
	v_dual_mov_b32 v108, 0 :: v_dual_mov_b32 v99, 0
	scratch_store_b32 off, v2, off offset:84 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v45
	v_dual_mov_b32 v106, 0 :: v_dual_mov_b32 v97, 0
	v_dual_mov_b32 v102, 0 :: v_dual_mov_b32 v255, 0
	scratch_store_b32 off, v2, off offset:80 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v46
	v_dual_mov_b32 v100, 0 :: v_dual_mov_b32 v233, 0
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v243, 0
	scratch_store_b32 off, v2, off offset:76 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v47
	v_dual_mov_b32 v240, 0 :: v_dual_mov_b32 v225, 0
	v_dual_mov_b32 v238, 0 :: v_dual_mov_b32 v223, 0
	scratch_store_b32 off, v2, off offset:72 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v48
	v_dual_mov_b32 v236, 0 :: v_dual_mov_b32 v221, 0
	v_mov_b32_e32 v234, 0
	v_mov_b32_e32 v232, 0
	scratch_store_b32 off, v2, off offset:68 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v49
	v_mov_b32_e32 v244, 0
	v_mov_b32_e32 v226, 0
	v_mov_b32_e32 v224, 0
	v_mov_b32_e32 v222, 0
	scratch_store_b32 off, v2, off offset:64 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v50
	v_dual_mov_b32 v220, 0 :: v_dual_mov_b32 v125, 0
	v_mov_b32_e32 v235, 0
	v_mov_b32_e32 v237, 0
	scratch_store_b32 off, v2, off offset:60 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, v0, v51
	v_xor_b32_e32 v0, v0, v52
	v_mov_b32_e32 v135, 0
	v_mov_b32_e32 v127, 0
	v_mov_b32_e32 v227, 0
	s_clause 0x2
	scratch_store_b32 off, v2, off offset:56
	scratch_store_b32 off, v0, off offset:52
	scratch_store_b32 off, v80, off offset:768
	scratch_load_b32 v5, off, off offset:40 ; 4-byte Folded Reload
	v_add_co_u32 v0, vcc_lo, s52, v167
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s53, v168, vcc_lo
	v_add_co_u32 v3, vcc_lo, s52, v165
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s53, v166, vcc_lo
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, vcc_lo, v0, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, 0, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s51, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s51, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	scratch_store_b32 off, v0, off offset:400 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v2, vcc_lo
	scratch_store_b32 off, v0, off offset:404 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v3
	scratch_store_b32 off, v0, off offset:408 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v4, vcc_lo
	scratch_store_b32 off, v0, off offset:412 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s52, v163
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s53, v164, vcc_lo
	v_add_co_u32 v3, vcc_lo, s52, v161
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s53, v162, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, 0, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s51, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s51, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	scratch_store_b32 off, v0, off offset:416 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v2, vcc_lo
	scratch_store_b32 off, v0, off offset:420 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v3
	scratch_store_b32 off, v0, off offset:424 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v4, vcc_lo
	scratch_store_b32 off, v0, off offset:428 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s52, v95
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s53, v96, vcc_lo
	v_add_co_u32 v3, vcc_lo, s52, v93
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s53, v94, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, 0, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s51, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s51, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	scratch_store_b32 off, v0, off offset:432 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v2, vcc_lo
	scratch_store_b32 off, v0, off offset:436 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v3
	scratch_store_b32 off, v0, off offset:440 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v4, vcc_lo
	scratch_store_b32 off, v0, off offset:444 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, s52, v91
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s53, v92, vcc_lo
	v_add_co_u32 v3, vcc_lo, s52, v89
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s53, v90, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, 0, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s51, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, s50
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s51, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	scratch_store_b32 off, v0, off offset:448 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v2, vcc_lo
	scratch_store_b32 off, v0, off offset:452 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v3
	scratch_store_b32 off, v0, off offset:456 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v4, vcc_lo
	scratch_store_b32 off, v0, off offset:460 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, v87, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v88, vcc_lo
	v_add_co_u32 v3, vcc_lo, v85, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, 0, v86, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s48
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s49, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, s48
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s49, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	scratch_store_b32 off, v0, off offset:464 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v2, vcc_lo
	scratch_store_b32 off, v0, off offset:468 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v3
	scratch_store_b32 off, v0, off offset:472 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v4, vcc_lo
	scratch_store_b32 off, v0, off offset:476 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, v83, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v84, vcc_lo
	v_add_co_u32 v3, vcc_lo, v81, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, 0, v82, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s48
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s49, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, v3, s48
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v4, null, s49, v4, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	s_movk_i32 s48, 0xff80
	s_mov_b32 s49, -1
	scratch_store_b32 off, v0, off offset:480 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v2, vcc_lo
	s_wait_alu 0xfffe
	s_add_nc_u64 s[50:51], s[0:1], s[48:49]
	s_add_co_i32 s51, s58, 0xffffff80
	s_mov_b64 s[48:49], 0
	scratch_store_b32 off, v0, off offset:484 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v3
	scratch_store_b32 off, v0, off offset:488 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v4, vcc_lo
	scratch_store_b32 off, v0, off offset:492 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, v1, v6
	scratch_store_b32 off, v0, off offset:140 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:36 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:32 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:28 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:24 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:20 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:16 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:12 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:8 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:4 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off          ; 4-byte Folded Spill
	s_branch .LBB0_34
.LBB0_33:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 128 41 is_stmt 1              ; fused_moe.py:128:41
	s_wait_dscnt 0x25
	v_dual_mov_b32 v193, v211 :: v_dual_mov_b32 v194, v177
	s_wait_dscnt 0x21
	v_dual_mov_b32 v195, v215 :: v_dual_mov_b32 v196, v179
	s_wait_dscnt 0x1d
	v_dual_mov_b32 v197, v228 :: v_dual_mov_b32 v198, v181
	s_wait_dscnt 0x7
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[193:194], v[77:78], 0
	v_dual_mov_b32 v199, v230 :: v_dual_mov_b32 v200, v183
	v_dual_mov_b32 v201, v247 :: v_dual_mov_b32 v202, v185
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[195:196], v[79:80], v[220:227]
	v_dual_mov_b32 v203, v249 :: v_dual_mov_b32 v204, v187
	v_dual_mov_b32 v205, v251 :: v_dual_mov_b32 v206, v189
	s_wait_dscnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[197:198], v[73:74], v[220:227]
	v_dual_mov_b32 v207, v253 :: v_dual_mov_b32 v208, v191
	v_mov_b32_e32 v177, v212
	v_mov_b32_e32 v179, v216
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[199:200], v[75:76], v[220:227]
	v_mov_b32_e32 v181, v229
	v_mov_b32_e32 v183, v231
	v_mov_b32_e32 v185, v248
	v_mov_b32_e32 v187, v250
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[201:202], v[69:70], v[220:227]
	v_mov_b32_e32 v189, v252
	v_mov_b32_e32 v191, v254
	.loc	1 127 49                        ; fused_moe.py:127:49
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_add_nc_u64 s[48:49], s[48:49], 0x80
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[203:204], v[71:72], v[220:227]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_co_i32 s51, 0xff80
	s_wait_alu 0xfffe
	s_cmp_lg_u32 s50, s48
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[205:206], v[65:66], v[220:227]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[207:208], v[67:68], v[220:227]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_wait_loadcnt 0x0
	v_dual_mul_f32 v211, v144, v220 :: v_dual_mul_f32 v228, v145, v222
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_f32_e32 v215, v146, v221
	v_dual_mul_f32 v230, v138, v223 :: v_dual_mul_f32 v247, v137, v224
	v_mul_f32_e32 v249, v149, v225
	v_mul_f32_e32 v251, v147, v226
	v_mul_f32_e32 v253, v139, v227
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[193:194], v[61:62], 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[195:196], v[63:64], v[220:227]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[197:198], v[57:58], v[220:227]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[199:200], v[59:60], v[220:227]
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[177:178], v[77:78], 0
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[201:202], v[53:54], v[220:227]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[179:180], v[79:80], v[193:200]
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[203:204], v[55:56], v[220:227]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[181:182], v[73:74], v[193:200]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[205:206], v[49:50], v[220:227]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[183:184], v[75:76], v[193:200]
	v_wmma_f32_16x16x16_fp8_fp8 v[220:227], v[207:208], v[51:52], v[220:227]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[185:186], v[69:70], v[193:200]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v204, v138, v223
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mov_b32_e32 v138, v81
	s_delay_alu instid0(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[187:188], v[71:72], v[193:200]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v202, v146, v221
	v_mul_f32_e32 v206, v149, v225
	v_mul_f32_e32 v208, v139, v227
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mov_b32_e32 v139, v163
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[189:190], v[65:66], v[193:200]
	v_dual_mov_b32 v146, v167 :: v_dual_mov_b32 v149, v89
	v_mov_b32_e32 v227, v239
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[191:192], v[67:68], v[193:200]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v201, v144, v220
	v_mul_f32_e32 v203, v145, v222
	v_mul_f32_e32 v205, v137, v224
	v_dual_mul_f32 v207, v147, v226 :: v_dual_mul_f32 v222, v153, v197
	v_mul_f32_e32 v212, v148, v193
	v_mul_f32_e32 v216, v140, v194
	v_mul_f32_e32 v220, v150, v195
	v_mul_f32_e32 v221, v154, v196
	v_dual_mul_f32 v223, v155, v198 :: v_dual_mul_f32 v224, v152, v199
	v_mul_f32_e32 v225, v158, v200
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[177:178], v[61:62], 0
	v_dual_mov_b32 v137, v161 :: v_dual_mov_b32 v144, v165
	v_mov_b32_e32 v145, v85
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[179:180], v[63:64], v[193:200]
	v_mov_b32_e32 v147, v87
	v_dual_mov_b32 v81, v162 :: v_dual_mov_b32 v226, v242
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[181:182], v[57:58], v[193:200]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[183:184], v[59:60], v[193:200]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[137:138], v[77:78], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[185:186], v[53:54], v[193:200]
	v_dual_mov_b32 v185, v175 :: v_dual_mov_b32 v186, v95
	v_mov_b32_e32 v95, v176
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[187:188], v[55:56], v[193:200]
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[189:190], v[49:50], v[193:200]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[193:200], v[191:192], v[51:52], v[193:200]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v188, v140, v194
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_dual_mov_b32 v140, v83 :: v_dual_mul_f32 v187, v148, v193
	v_mov_b32_e32 v148, v169
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v191, v153, v197
	v_mul_f32_e32 v193, v152, v199
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[139:140], v[79:80], v[177:184]
	v_dual_mov_b32 v152, v171 :: v_dual_mov_b32 v153, v91
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v190, v154, v196
	v_mul_f32_e32 v192, v155, v198
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[144:145], v[73:74], v[177:184]
	v_dual_mov_b32 v154, v173 :: v_dual_mov_b32 v155, v93
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v189, v150, v195
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mov_b32_e32 v83, v164
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[146:147], v[75:76], v[177:184]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v158, v158, v200
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[148:149], v[69:70], v[177:184]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[152:153], v[71:72], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[154:155], v[65:66], v[177:184]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[185:186], v[67:68], v[177:184]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v161, v151, v177
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_f32_e32 v163, v157, v178
	v_mul_f32_e32 v165, v156, v179
	s_delay_alu instid0(VALU_DEP_4)
	v_mul_f32_e32 v167, v142, v180
	v_mul_f32_e32 v169, v141, v181
	v_mul_f32_e32 v171, v133, v182
	v_mul_f32_e32 v173, v209, v183
	v_mul_f32_e32 v175, v160, v184
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[137:138], v[61:62], 0
	v_mov_b32_e32 v85, v166
	v_mov_b32_e32 v87, v168
	v_mov_b32_e32 v89, v170
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[139:140], v[63:64], v[177:184]
	v_mov_b32_e32 v91, v172
	v_mov_b32_e32 v93, v174
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[144:145], v[57:58], v[177:184]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[146:147], v[59:60], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[148:149], v[53:54], v[177:184]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[152:153], v[55:56], v[177:184]
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[154:155], v[49:50], v[177:184]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[177:184], v[185:186], v[51:52], v[177:184]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v137, v151, v177
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[81:82], v[77:78], 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v138, v157, v178
	v_dual_mul_f32 v140, v142, v180 :: v_dual_mul_f32 v141, v141, v181
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[83:84], v[79:80], v[144:151]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v142, v209, v183
	v_mul_f32_e32 v152, v160, v184
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[85:86], v[73:74], v[144:151]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[87:88], v[75:76], v[144:151]
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[89:90], v[69:70], v[144:151]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[91:92], v[71:72], v[144:151]
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[93:94], v[65:66], v[144:151]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[144:151], v[95:96], v[67:68], v[144:151]
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[81:82], v[61:62], 0
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v76, v214, v147
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[83:84], v[63:64], v[65:72]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v78, v218, v149
	v_mul_f32_e32 v80, v219, v151
	v_mul_f32_e32 v74, v210, v145
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[85:86], v[57:58], v[65:72]
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[87:88], v[59:60], v[65:72]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[89:90], v[53:54], v[65:72]
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[91:92], v[55:56], v[65:72]
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[93:94], v[49:50], v[65:72]
	.loc	1 127 49 is_stmt 1              ; fused_moe.py:127:49
	s_clause 0x1
	scratch_load_b32 v49, off, off offset:116
	scratch_load_b32 v50, off, off offset:120
	s_wait_loadcnt 0x1
	v_add_co_u32 v49, vcc_lo, v49, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v50, null, s1, v50, vcc_lo
	.loc	1 128 65                        ; fused_moe.py:128:65
	global_load_b32 v49, v[49:50], off
	scratch_load_b32 v50, off, off offset:48 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b32 v50, v49 offset:24576
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	s_clause 0x2
	scratch_load_b32 v50, off, off offset:124
	scratch_load_b32 v59, off, off offset:128
	scratch_load_b32 v49, off, off offset:44
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_loadcnt 0x2
	ds_store_b32 v50, v1 offset:16384
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v1, 0, v49
	v_add3_u32 v49, 0x6000, 0, v49
	.loc	1 128 65                        ; fused_moe.py:128:65
	ds_load_b32 v1, v1 offset:24576
	ds_load_b32 v49, v49 offset:256
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v59, v2 offset:16384
	scratch_load_b32 v2, off, off offset:132 ; 4-byte Folded Reload
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v77, v213, v148
	v_mul_f32_e32 v79, v217, v150
	v_mul_f32_e32 v139, v156, v179
	s_wait_dscnt 0x2
	v_dual_mul_f32 v133, v133, v182 :: v_dual_fmac_f32 v110, v223, v1
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_fmac_f32_e32 v124, v228, v1
	v_fmac_f32_e32 v128, v247, v1
	v_fmac_f32_e32 v112, v216, v1
	v_fmac_f32_e32 v126, v249, v1
	v_fmac_f32_e32 v111, v220, v1
	v_fmac_f32_e32 v104, v221, v1
	v_fmac_f32_e32 v103, v222, v1
	v_fmac_f32_e32 v109, v224, v1
	v_fmac_f32_e32 v108, v225, v1
	s_wait_dscnt 0x1
	v_fmac_f32_e32 v120, v204, v49
	v_dual_fmac_f32 v118, v206, v49 :: v_dual_mov_b32 v225, v241
	v_dual_fmac_f32 v114, v208, v49 :: v_dual_mov_b32 v223, v245
	v_dual_fmac_f32 v102, v190, v49 :: v_dual_mov_b32 v221, v132
	v_mov_b32_e32 v224, v143
	v_mov_b32_e32 v222, v0
	v_fmac_f32_e32 v130, v211, v1
	v_fmac_f32_e32 v129, v215, v1
	v_fmac_f32_e32 v123, v230, v1
	v_fmac_f32_e32 v125, v251, v1
	v_fmac_f32_e32 v122, v253, v1
	v_fmac_f32_e32 v113, v212, v1
	v_fmac_f32_e32 v233, v165, v1
	v_fmac_f32_e32 v127, v74, v1
	v_fmac_f32_e32 v121, v201, v49
	v_fmac_f32_e32 v115, v203, v49
	v_fmac_f32_e32 v119, v205, v49
	v_fmac_f32_e32 v117, v207, v49
	v_fmac_f32_e32 v107, v187, v49
	v_fmac_f32_e32 v106, v188, v49
	v_fmac_f32_e32 v105, v189, v49
	v_fmac_f32_e32 v101, v191, v49
	v_fmac_f32_e32 v100, v192, v49
	v_fmac_f32_e32 v99, v193, v49
	v_fmac_f32_e32 v98, v158, v49
	v_fmac_f32_e32 v243, v137, v49
	v_fmac_f32_e32 v235, v138, v49
	v_fmac_f32_e32 v237, v139, v49
	v_fmac_f32_e32 v240, v140, v49
	v_fmac_f32_e32 v238, v141, v49
	v_fmac_f32_e32 v236, v133, v49
	v_fmac_f32_e32 v234, v142, v49
	v_fmac_f32_e32 v232, v152, v49
	v_mov_b32_e32 v220, v246
	v_fmac_f32_e32 v116, v202, v49
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	s_wait_loadcnt 0x0
	ds_store_b32 v2, v3 offset:16384
	scratch_load_b32 v3, off, off offset:136 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b32 v3, v4 offset:16384
	ds_store_b32 v50, v9 offset:18432
	ds_store_b32 v59, v10 offset:18432
	ds_store_b32 v2, v11 offset:18432
	ds_store_b32 v3, v12 offset:18432
	ds_store_b32 v50, v5 offset:20480
	ds_store_b32 v59, v6 offset:20480
	ds_store_b32 v2, v7 offset:20480
	ds_store_b32 v3, v8 offset:20480
	ds_store_b32 v50, v13 offset:22528
	ds_store_b32 v59, v14 offset:22528
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_b128 v159, v[17:20]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_store_b32 v2, v15 offset:22528
	ds_store_b32 v3, v16 offset:22528
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_store_b128 v159, v[25:28] offset:2048
	ds_store_b128 v159, v[21:24] offset:4096
	ds_store_b128 v159, v[37:40] offset:6144
	ds_store_b128 v159, v[33:36] offset:8192
	ds_store_b128 v159, v[45:48] offset:10240
	ds_store_b128 v159, v[29:32] offset:12288
	ds_store_b128 v159, v[41:44] offset:14336
	.loc	1 128 31                        ; fused_moe.py:128:31
	scratch_load_b32 v2, off, off offset:36 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v167, v1
	scratch_store_b32 off, v2, off offset:36 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:32 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v169, v1
	scratch_store_b32 off, v2, off offset:32 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:28 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v171, v1
	scratch_store_b32 off, v2, off offset:28 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:24 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v173, v1
	scratch_store_b32 off, v2, off offset:24 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:20 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v175, v1
	scratch_store_b32 off, v2, off offset:20 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:16 ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_wait_loadcnt 0x0
	v_dual_mul_f32 v73, v131, v144 :: v_dual_fmac_f32 v2, v76, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fmac_f32_e32 v135, v73, v1
	scratch_store_b32 off, v2, off offset:16 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:12 ; 4-byte Folded Reload
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_wait_loadcnt 0x0
	v_dual_mul_f32 v75, v134, v146 :: v_dual_fmac_f32 v2, v77, v1
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fmac_f32_e32 v244, v75, v1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[95:96], v[51:52], v[65:72]
	.loc	1 128 31                        ; fused_moe.py:128:31
	scratch_store_b32 off, v2, off offset:12 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:8  ; 4-byte Folded Reload
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_dual_mul_f32 v51, v131, v65 :: v_dual_mul_f32 v52, v210, v66
	v_dual_mul_f32 v54, v214, v68 :: v_dual_mul_f32 v55, v213, v69
	v_dual_mul_f32 v56, v218, v70 :: v_dual_mul_f32 v57, v217, v71
	v_dual_mul_f32 v58, v219, v72 :: v_dual_fmac_f32 v97, v161, v1
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fmac_f32_e32 v255, v163, v1
	v_fmac_f32_e32 v227, v51, v49
	v_fmac_f32_e32 v226, v52, v49
	v_fmac_f32_e32 v224, v54, v49
	v_fmac_f32_e32 v223, v55, v49
	v_fmac_f32_e32 v222, v56, v49
	v_fmac_f32_e32 v221, v57, v49
	v_fmac_f32_e32 v220, v58, v49
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v78, v1
	scratch_store_b32 off, v2, off offset:8 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off offset:4  ; 4-byte Folded Reload
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_wait_loadcnt 0x0
	v_dual_mul_f32 v53, v134, v67 :: v_dual_fmac_f32 v2, v79, v1
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_fmac_f32_e32 v225, v53, v49
	scratch_store_b32 off, v2, off offset:4 ; 4-byte Folded Spill
	scratch_load_b32 v2, off, off           ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v2, v80, v1
	scratch_store_b32 off, v2, off          ; 4-byte Folded Spill
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc0 .LBB0_123
.LBB0_34:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 119 74                        ; fused_moe.py:119:74
	scratch_load_b32 v0, off, off offset:40 ; 4-byte Folded Reload
	v_dual_mov_b32 v1, 0 :: v_dual_mov_b32 v2, 0
	v_dual_mov_b32 v3, 0 :: v_dual_mov_b32 v4, 0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_cmp_gt_i32_e32 vcc_lo, s51, v0
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b32 s0, s36, vcc_lo
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_36
; %bb.35:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 133 18 is_stmt 1              ; fused_moe.py:133:18
	scratch_load_b32 v0, off, off offset:488 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v1, s0, v0, s48
	scratch_load_b32 v0, off, off offset:492 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v2, null, s49, v0, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[1:4], v[1:2], off
.LBB0_36:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v5, 0 :: v_dual_mov_b32 v10, 0
	v_dual_mov_b32 v9, 0 :: v_dual_mov_b32 v12, 0
	v_mov_b32_e32 v11, 0
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s0, s37, vcc_lo
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_38
; %bb.37:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 133 18 is_stmt 1              ; fused_moe.py:133:18
	scratch_load_b32 v0, off, off offset:480 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v6, s0, v0, s48
	scratch_load_b32 v0, off, off offset:484 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v7, null, s49, v0, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[9:12], v[6:7], off
.LBB0_38:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	v_mov_b32_e32 v8, 0
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s0, s38, vcc_lo
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_40
; %bb.39:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 133 18 is_stmt 1              ; fused_moe.py:133:18
	scratch_load_b32 v0, off, off offset:472 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v5, s0, v0, s48
	scratch_load_b32 v0, off, off offset:476 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v6, null, s49, v0, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[5:8], v[5:6], off
.LBB0_40:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v17, 0 :: v_dual_mov_b32 v14, 0
	v_dual_mov_b32 v13, 0 :: v_dual_mov_b32 v16, 0
	v_mov_b32_e32 v15, 0
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b32 s0, s39, vcc_lo
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_42
; %bb.41:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:464 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v13, s0, v0, s48
	scratch_load_b32 v0, off, off offset:468 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v14, null, s49, v0, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_b128 v[13:16], v[13:14], off
.LBB0_42:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 119 20                        ; fused_moe.py:119:20
	scratch_load_b32 v0, off, off offset:104 ; 4-byte Folded Reload
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_wait_kmcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_add_nc_u32 v21, v136, v0
	scratch_load_b32 v0, off, off offset:112 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v22, v136, v0
	scratch_load_b32 v0, off, off offset:108 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v23, v136, v0
	scratch_load_b32 v0, off, off offset:100 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v24, v136, v0
	scratch_load_b32 v0, off, off offset:96 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v25, v136, v0
	scratch_load_b32 v0, off, off offset:92 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v26, v136, v0
	scratch_load_b32 v0, off, off offset:88 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v27, v136, v0
	scratch_load_b32 v0, off, off offset:84 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v28, v136, v0
	scratch_load_b32 v0, off, off offset:80 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v29, v136, v0
	scratch_load_b32 v0, off, off offset:76 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v30, v136, v0
	scratch_load_b32 v0, off, off offset:72 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v31, v136, v0
	scratch_load_b32 v0, off, off offset:68 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v32, v136, v0
	scratch_load_b32 v0, off, off offset:64 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v33, v136, v0
	scratch_load_b32 v0, off, off offset:60 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v34, v136, v0
	scratch_load_b32 v0, off, off offset:56 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v35, v136, v0
	scratch_load_b32 v0, off, off offset:52 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v36, v136, v0
	ds_load_2addr_stride64_b32 v[211:212], v21 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[161:162], v21 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[177:178], v22 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[81:82], v22 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[215:216], v23 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[163:164], v23 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[179:180], v24 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[83:84], v24 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[228:229], v25 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[165:166], v25 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[181:182], v26 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[85:86], v26 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[230:231], v27 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[167:168], v27 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[183:184], v28 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[87:88], v28 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[247:248], v29 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[169:170], v29 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[185:186], v30 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[89:90], v30 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[249:250], v31 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[171:172], v31 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[187:188], v32 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[91:92], v32 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[251:252], v33 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[173:174], v33 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[189:190], v34 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[93:94], v34 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[253:254], v35 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[175:176], v35 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[191:192], v36 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[95:96], v36 offset0:80 offset1:88
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_44
; %bb.43:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18                        ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:456 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v17, s0, v0, s48
	scratch_load_b32 v0, off, off offset:460 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[17:20], v[17:18], off
.LBB0_44:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v21, 0 :: v_dual_mov_b32 v26, 0
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v28, 0
	v_mov_b32_e32 v27, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_46
; %bb.45:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:448 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v22, s0, v0, s48
	scratch_load_b32 v0, off, off offset:452 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v23, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[25:28], v[22:23], off
.LBB0_46:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	v_mov_b32_e32 v24, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_48
; %bb.47:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:440 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v21, s0, v0, s48
	scratch_load_b32 v0, off, off offset:444 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v22, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[21:24], v[21:22], off
.LBB0_48:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v33, 0 :: v_dual_mov_b32 v38, 0
	v_dual_mov_b32 v37, 0 :: v_dual_mov_b32 v40, 0
	v_mov_b32_e32 v39, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_50
; %bb.49:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:432 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v29, s0, v0, s48
	scratch_load_b32 v0, off, off offset:436 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v30, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[37:40], v[29:30], off
.LBB0_50:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v34, 0 :: v_dual_mov_b32 v35, 0
	v_mov_b32_e32 v36, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_52
; %bb.51:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:424 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v29, s0, v0, s48
	scratch_load_b32 v0, off, off offset:428 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v30, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[33:36], v[29:30], off
.LBB0_52:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v46, 0
	v_dual_mov_b32 v45, 0 :: v_dual_mov_b32 v48, 0
	v_mov_b32_e32 v47, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_54
; %bb.53:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:416 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v30, s0, v0, s48
	scratch_load_b32 v0, off, off offset:420 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v31, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[45:48], v[30:31], off
.LBB0_54:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v31, 0
	v_mov_b32_e32 v32, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_56
; %bb.55:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	scratch_load_b32 v0, off, off offset:408 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v29, s0, v0, s48
	scratch_load_b32 v0, off, off offset:412 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v30, null, s49, v0, s0
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[29:32], v[29:30], off
.LBB0_56:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v144, 0 :: v_dual_mov_b32 v41, 0
	v_dual_mov_b32 v42, 0 :: v_dual_mov_b32 v43, 0
	v_mov_b32_e32 v44, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_58
; %bb.57:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	scratch_load_b32 v0, off, off offset:400 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v41, vcc_lo, v0, s48
	scratch_load_b32 v0, off, off offset:404 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v42, null, s49, v0, vcc_lo
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_b128 v[41:44], v[41:42], off
.LBB0_58:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	scratch_load_b32 v0, off, off offset:140 ; 4-byte Folded Reload
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s0, s48, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_wait_alu 0xfffe
	s_ashr_i32 s1, s0, 31
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v49, 0x2000, v0
	ds_load_2addr_b64 v[77:80], v0 offset1:2
	ds_load_2addr_b64 v[73:76], v0 offset0:4 offset1:6
	ds_load_2addr_b64 v[69:72], v0 offset0:8 offset1:10
	ds_load_2addr_b64 v[65:68], v0 offset0:12 offset1:14
	ds_load_2addr_b64 v[61:64], v49 offset1:2
	ds_load_2addr_b64 v[57:60], v49 offset0:4 offset1:6
	ds_load_2addr_b64 v[53:56], v49 offset0:8 offset1:10
	ds_load_2addr_b64 v[49:52], v49 offset0:12 offset1:14
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s35
	s_cbranch_execz .LBB0_60
; %bb.59:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	scratch_load_b32 v0, off, off offset:392 ; 4-byte Folded Reload
	s_wait_alu 0xfffe
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:396 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v144, v[133:134], off
.LBB0_60:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v145, 0 :: v_dual_mov_b32 v146, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s34
	s_cbranch_execz .LBB0_62
; %bb.61:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:384 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:388 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v146, v[133:134], off
.LBB0_62:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s33
	s_cbranch_execz .LBB0_64
; %bb.63:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:376 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:380 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v145, v[133:134], off
.LBB0_64:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v137, 0 :: v_dual_mov_b32 v138, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s31
	s_cbranch_execz .LBB0_66
; %bb.65:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:368 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:372 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v138, v[133:134], off
.LBB0_66:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s30
	s_cbranch_execz .LBB0_68
; %bb.67:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:360 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:364 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v137, v[133:134], off
.LBB0_68:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_mov_b32_e32 v147, 0
	v_mov_b32_e32 v149, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s29
	s_cbranch_execz .LBB0_70
; %bb.69:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:352 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:356 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v149, v[133:134], off
.LBB0_70:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s28
	s_cbranch_execz .LBB0_72
; %bb.71:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:344 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:348 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v147, v[133:134], off
.LBB0_72:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v148, 0 :: v_dual_mov_b32 v139, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s27
	s_cbranch_execz .LBB0_74
; %bb.73:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:336 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:340 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v139, v[133:134], off
.LBB0_74:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s26
	s_cbranch_execz .LBB0_76
; %bb.75:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:328 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:332 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v148, v[133:134], off
.LBB0_76:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_mov_b32_e32 v150, 0
	v_mov_b32_e32 v140, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s25
	s_cbranch_execz .LBB0_78
; %bb.77:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:320 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:324 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v140, v[133:134], off
.LBB0_78:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s24
	s_cbranch_execz .LBB0_80
; %bb.79:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:312 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:316 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v150, v[133:134], off
.LBB0_80:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v153, 0 :: v_dual_mov_b32 v154, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s23
	s_cbranch_execz .LBB0_82
; %bb.81:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:304 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:308 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v154, v[133:134], off
.LBB0_82:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s22
	s_cbranch_execz .LBB0_84
; %bb.83:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:296 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:300 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v153, v[133:134], off
.LBB0_84:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v152, 0 :: v_dual_mov_b32 v155, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s21
	s_cbranch_execz .LBB0_86
; %bb.85:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:288 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:292 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v155, v[133:134], off
.LBB0_86:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s20
	s_cbranch_execz .LBB0_88
; %bb.87:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:280 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:284 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v152, v[133:134], off
.LBB0_88:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v151, 0 :: v_dual_mov_b32 v158, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s19
	s_cbranch_execz .LBB0_90
; %bb.89:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:272 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:276 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v158, v[133:134], off
.LBB0_90:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s18
	s_cbranch_execz .LBB0_92
; %bb.91:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:256 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:260 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v151, v[133:134], off
.LBB0_92:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v156, 0 :: v_dual_mov_b32 v157, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s17
	s_cbranch_execz .LBB0_94
; %bb.93:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:264 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:268 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v157, v[133:134], off
.LBB0_94:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s16
	s_cbranch_execz .LBB0_96
; %bb.95:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:248 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:252 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v156, v[133:134], off
.LBB0_96:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v141, 0 :: v_dual_mov_b32 v142, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s15
	s_cbranch_execz .LBB0_98
; %bb.97:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:240 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:244 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v142, v[133:134], off
.LBB0_98:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s14
	s_cbranch_execz .LBB0_100
; %bb.99:                               ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:232 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:236 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v141, v[133:134], off
.LBB0_100:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_mov_b32_e32 v209, 0
	v_mov_b32_e32 v133, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s13
	s_cbranch_execz .LBB0_102
; %bb.101:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:224 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v133, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:228 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v134, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v133, v[133:134], off
.LBB0_102:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s12
	s_cbranch_execz .LBB0_104
; %bb.103:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:216 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v209, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:220 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v210, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v209, v[209:210], off
.LBB0_104:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v131, 0 :: v_dual_mov_b32 v160, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s11
	s_cbranch_execz .LBB0_106
; %bb.105:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:208 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v213, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:212 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v214, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v160, v[213:214], off
.LBB0_106:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s10
	s_cbranch_execz .LBB0_108
; %bb.107:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:200 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v213, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:204 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v214, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v131, v[213:214], off
.LBB0_108:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_mov_b32_e32 v134, 0
	v_mov_b32_e32 v210, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s9
	s_cbranch_execz .LBB0_110
; %bb.109:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:192 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v213, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:196 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v214, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v210, v[213:214], off
.LBB0_110:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s8
	s_cbranch_execz .LBB0_112
; %bb.111:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:184 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v213, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:188 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v214, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v134, v[213:214], off
.LBB0_112:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v213, 0 :: v_dual_mov_b32 v214, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s7
	s_cbranch_execz .LBB0_114
; %bb.113:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:168 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v217, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:172 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v218, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v214, v[217:218], off
.LBB0_114:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s6
	s_cbranch_execz .LBB0_116
; %bb.115:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:176 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v217, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:180 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v218, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v213, v[217:218], off
.LBB0_116:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v217, 0 :: v_dual_mov_b32 v218, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s5
	s_cbranch_execz .LBB0_118
; %bb.117:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:160 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v218, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:164 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v219, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v218, v[218:219], off
.LBB0_118:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_mov_b32_e32 v246, v220
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s4
	s_cbranch_execz .LBB0_120
; %bb.119:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v0, off, off offset:152 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v219, vcc_lo, v0, s58
	scratch_load_b32 v0, off, off offset:156 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v220, null, s59, v0, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v217, v[219:220], off
.LBB0_120:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s52
	v_dual_mov_b32 v239, v227 :: v_dual_mov_b32 v242, v226
	v_dual_mov_b32 v241, v225 :: v_dual_mov_b32 v0, v222
	v_dual_mov_b32 v143, v224 :: v_dual_mov_b32 v132, v221
	v_mov_b32_e32 v245, v223
	v_mov_b32_e32 v219, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s52, s3
	s_cbranch_execz .LBB0_33
; %bb.121:                              ;   in Loop: Header=BB0_34 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	scratch_load_b32 v193, off, off offset:144 ; 4-byte Folded Reload
	s_lshl_b64 s[58:59], s[0:1], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v219, vcc_lo, v193, s58
	scratch_load_b32 v193, off, off offset:148 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v220, null, s59, v193, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v219, v[219:220], off
	s_branch .LBB0_33
.LBB0_122:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_mov_b32_e32 v232, 0
	v_mov_b32_e32 v234, 0
	v_dual_mov_b32 v236, 0 :: v_dual_mov_b32 v237, 0
	scratch_store_b32 off, v1, off offset:124 ; 4-byte Folded Spill
	v_mov_b32_e32 v1, 0
	scratch_store_b32 off, v0, off          ; 4-byte Folded Spill
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v235, 0
	v_mov_b32_e32 v238, 0
	scratch_store_b32 off, v1, off offset:20 ; 4-byte Folded Spill
	v_mov_b32_e32 v1, 0
	scratch_store_b32 off, v0, off offset:4 ; 4-byte Folded Spill
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v243, 0
	v_dual_mov_b32 v220, 0 :: v_dual_mov_b32 v221, 0
	scratch_store_b32 off, v1, off offset:24 ; 4-byte Folded Spill
	v_mov_b32_e32 v1, 0
	scratch_store_b32 off, v0, off offset:8 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	v_dual_mov_b32 v222, 0 :: v_dual_mov_b32 v223, 0
	scratch_store_b32 off, v1, off offset:28 ; 4-byte Folded Spill
	v_mov_b32_e32 v1, 0
	scratch_store_b32 off, v0, off offset:12 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	v_dual_mov_b32 v224, 0 :: v_dual_mov_b32 v225, 0
	scratch_store_b32 off, v1, off offset:32 ; 4-byte Folded Spill
	v_mov_b32_e32 v1, 0
	scratch_store_b32 off, v0, off offset:16 ; 4-byte Folded Spill
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v233, 0
	v_dual_mov_b32 v226, 0 :: v_dual_mov_b32 v227, 0
	v_dual_mov_b32 v240, 0 :: v_dual_mov_b32 v97, 0
	s_clause 0x1
	scratch_store_b32 off, v0, off offset:40
	scratch_store_b32 off, v1, off offset:36
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v255, 0
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v99, 0
	v_dual_mov_b32 v100, 0 :: v_dual_mov_b32 v101, 0
	v_dual_mov_b32 v102, 0 :: v_dual_mov_b32 v105, 0
	v_dual_mov_b32 v106, 0 :: v_dual_mov_b32 v107, 0
	v_dual_mov_b32 v108, 0 :: v_dual_mov_b32 v109, 0
	v_dual_mov_b32 v110, 0 :: v_dual_mov_b32 v103, 0
	v_dual_mov_b32 v104, 0 :: v_dual_mov_b32 v111, 0
	v_dual_mov_b32 v112, 0 :: v_dual_mov_b32 v113, 0
	v_dual_mov_b32 v114, 0 :: v_dual_mov_b32 v117, 0
	v_dual_mov_b32 v118, 0 :: v_dual_mov_b32 v119, 0
	v_dual_mov_b32 v120, 0 :: v_dual_mov_b32 v115, 0
	v_dual_mov_b32 v116, 0 :: v_dual_mov_b32 v121, 0
	v_dual_mov_b32 v122, 0 :: v_dual_mov_b32 v125, 0
	v_dual_mov_b32 v126, 0 :: v_dual_mov_b32 v123, 0
	v_dual_mov_b32 v128, 0 :: v_dual_mov_b32 v129, 0
	v_mov_b32_e32 v124, 0
	v_mov_b32_e32 v130, 0
	s_mov_b64 s[0:1], 0
	s_branch .LBB0_124
.LBB0_123:                              ; %._crit_edge.loopexit
	scratch_store_b32 off, v244, off offset:40 ; 4-byte Folded Spill
	s_clause 0x2
	scratch_load_b32 v33, off, off offset:768 th:TH_LOAD_LU
	scratch_load_b64 v[228:229], off, off offset:728
	scratch_load_b64 v[132:133], off, off offset:736
	scratch_store_b32 off, v135, off offset:124 ; 4-byte Folded Spill
	s_clause 0x2
	scratch_load_b64 v[230:231], off, off offset:744
	scratch_load_b64 v[241:242], off, off offset:752
	scratch_load_b64 v[244:245], off, off offset:760
	v_mov_b32_e32 v0, v127
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s0, s48, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_wait_alu 0xfffe
	s_ashr_i32 s1, s0, 31
.LBB0_124:                              ; %._crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_wait_kmcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	s_clause 0x5
	scratch_load_b32 v2, off, off offset:104 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:112 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:108 th:TH_LOAD_LU
	scratch_load_b32 v5, off, off offset:100 th:TH_LOAD_LU
	scratch_load_b32 v6, off, off offset:96 th:TH_LOAD_LU
	scratch_load_b32 v7, off, off offset:92 th:TH_LOAD_LU
	v_add_nc_u32_e32 v1, 0, v33
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b32 s37, s2, s35
	v_mov_b32_e32 v159, 0
	s_wait_loadcnt 0x5
	s_delay_alu instid0(VALU_DEP_2)
	v_dual_mov_b32 v213, 0 :: v_dual_add_nc_u32 v2, v1, v2
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_loadcnt 0x4
	v_add_nc_u32_e32 v3, v1, v3
	s_wait_loadcnt 0x3
	v_add_nc_u32_e32 v4, v1, v4
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v5, v1, v5
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v6, v1, v6
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v7, v1, v7
	ds_load_2addr_stride64_b32 v[179:180], v2 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[183:184], v3 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[191:192], v4 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[185:186], v5 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[217:218], v6 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[167:168], v7 offset0:64 offset1:72
	s_clause 0x4
	scratch_load_b32 v8, off, off offset:88 th:TH_LOAD_LU
	scratch_load_b32 v9, off, off offset:84 th:TH_LOAD_LU
	scratch_load_b32 v10, off, off offset:80 th:TH_LOAD_LU
	scratch_load_b32 v11, off, off offset:76 th:TH_LOAD_LU
	scratch_load_b32 v12, off, off offset:72 th:TH_LOAD_LU
	s_wait_loadcnt 0x4
	v_add_nc_u32_e32 v8, v1, v8
	s_wait_loadcnt 0x3
	v_add_nc_u32_e32 v9, v1, v9
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v10, v1, v10
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v11, v1, v11
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v12, v1, v12
	ds_load_2addr_stride64_b32 v[136:137], v8 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[177:178], v9 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[252:253], v10 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[163:164], v11 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[250:251], v12 offset0:64 offset1:72
	s_clause 0x4
	scratch_load_b32 v13, off, off offset:68 th:TH_LOAD_LU
	scratch_load_b32 v14, off, off offset:64 th:TH_LOAD_LU
	scratch_load_b32 v15, off, off offset:60 th:TH_LOAD_LU
	scratch_load_b32 v16, off, off offset:56 th:TH_LOAD_LU
	scratch_load_b32 v17, off, off offset:52 th:TH_LOAD_LU
	s_wait_loadcnt 0x4
	v_add_nc_u32_e32 v13, v1, v13
	s_wait_loadcnt 0x3
	v_add_nc_u32_e32 v14, v1, v14
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v15, v1, v15
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v16, v1, v16
	ds_load_2addr_stride64_b32 v[171:172], v13 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[248:249], v14 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[161:162], v15 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[246:247], v16 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[173:174], v2 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[211:212], v3 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[175:176], v4 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[215:216], v5 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[165:166], v6 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[203:204], v7 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[169:170], v8 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[205:206], v9 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[199:200], v10 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[187:188], v11 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[201:202], v12 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[189:190], v13 offset0:80 offset1:88
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_clause 0x1
	scratch_load_b32 v2, off, off offset:720 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:724 th:TH_LOAD_LU
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v1, v1, v17
	ds_load_2addr_stride64_b32 v[197:198], v14 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[181:182], v15 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[207:208], v16 offset0:80 offset1:88
	ds_load_2addr_stride64_b32 v[195:196], v1 offset0:64 offset1:72
	ds_load_2addr_stride64_b32 v[193:194], v1 offset0:80 offset1:88
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_wait_loadcnt 0x0
	v_add3_u32 v2, 0, v2, v3
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v1, 0x2000, v2
	ds_load_2addr_b64 v[93:96], v2 offset1:2
	ds_load_2addr_b64 v[85:88], v2 offset0:4 offset1:6
	ds_load_2addr_b64 v[77:80], v2 offset0:8 offset1:10
	ds_load_2addr_b64 v[69:72], v2 offset0:12 offset1:14
	ds_load_2addr_b64 v[89:92], v1 offset1:2
	ds_load_2addr_b64 v[81:84], v1 offset0:4 offset1:6
	ds_load_2addr_b64 v[73:76], v1 offset0:8 offset1:10
	ds_load_2addr_b64 v[65:68], v1 offset0:12 offset1:14
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_126
; %bb.125:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:392 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:396 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v213, v[1:2], off
.LBB0_126:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s34
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_128
; %bb.127:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:384 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:388 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v159, v[1:2], off
.LBB0_128:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v158, 0
	v_mov_b32_e32 v210, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s33
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_130
; %bb.129:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:376 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:380 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v210, v[1:2], off
.LBB0_130:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s31
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_132
; %bb.131:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:368 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:372 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v158, v[1:2], off
.LBB0_132:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v157, 0
	v_mov_b32_e32 v209, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s30
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_134
; %bb.133:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:360 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:364 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v209, v[1:2], off
.LBB0_134:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s29
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_136
; %bb.135:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:352 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:356 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v157, v[1:2], off
.LBB0_136:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v156, 0
	v_mov_b32_e32 v160, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s28
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_138
; %bb.137:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:344 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:348 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v160, v[1:2], off
.LBB0_138:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s27
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_140
; %bb.139:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:336 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:340 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v156, v[1:2], off
.LBB0_140:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v151, 0
	v_mov_b32_e32 v155, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s26
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_142
; %bb.141:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:328 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:332 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v155, v[1:2], off
.LBB0_142:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s25
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_144
; %bb.143:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:320 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:324 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v151, v[1:2], off
.LBB0_144:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v150, 0
	v_mov_b32_e32 v154, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s24
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_146
; %bb.145:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:312 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:316 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v154, v[1:2], off
.LBB0_146:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s23
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_148
; %bb.147:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:304 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:308 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v150, v[1:2], off
.LBB0_148:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v149, 0
	v_mov_b32_e32 v153, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s22
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_150
; %bb.149:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:296 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:300 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v153, v[1:2], off
.LBB0_150:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s21
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_152
; %bb.151:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:288 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:292 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v149, v[1:2], off
.LBB0_152:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v148, 0
	v_mov_b32_e32 v152, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s20
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_154
; %bb.153:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:280 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:284 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v152, v[1:2], off
.LBB0_154:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s19
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_156
; %bb.155:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:272 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:276 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v148, v[1:2], off
.LBB0_156:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v143, 0
	v_mov_b32_e32 v147, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s18
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_158
; %bb.157:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:256 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:260 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v147, v[1:2], off
.LBB0_158:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s17
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_160
; %bb.159:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:264 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:268 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v143, v[1:2], off
.LBB0_160:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v142, 0
	v_mov_b32_e32 v146, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s16
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_162
; %bb.161:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:248 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:252 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v146, v[1:2], off
.LBB0_162:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s15
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_164
; %bb.163:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:240 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:244 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v142, v[1:2], off
.LBB0_164:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v141, 0
	v_mov_b32_e32 v145, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s14
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_166
; %bb.165:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:232 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:236 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v145, v[1:2], off
.LBB0_166:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s13
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_168
; %bb.167:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:224 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:228 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v141, v[1:2], off
.LBB0_168:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v140, 0
	v_mov_b32_e32 v144, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s12
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_170
; %bb.169:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:216 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:220 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v144, v[1:2], off
.LBB0_170:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s11
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_172
; %bb.171:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:208 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:212 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v140, v[1:2], off
.LBB0_172:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v219, 0
	v_mov_b32_e32 v139, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s10
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_174
; %bb.173:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:200 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:204 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v139, v[1:2], off
.LBB0_174:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s9
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_176
; %bb.175:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:192 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:196 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v219, v[1:2], off
.LBB0_176:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v254, 0
	v_mov_b32_e32 v138, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s8
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_178
; %bb.177:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:184 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:188 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v138, v[1:2], off
.LBB0_178:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_180
; %bb.179:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:168 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:172 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v254, v[1:2], off
.LBB0_180:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v135, 0
	v_mov_b32_e32 v239, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s6
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_182
; %bb.181:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:176 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:180 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v239, v[1:2], off
.LBB0_182:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s5
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_184
; %bb.183:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:160 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:164 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v135, v[1:2], off
.LBB0_184:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_dual_mov_b32 v127, 0 :: v_dual_mov_b32 v214, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s4
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_186
; %bb.185:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:152 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:156 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v214, v[1:2], off
.LBB0_186:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b32 s37, s2, s3
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b32 s36, s37
	s_cbranch_execz .LBB0_188
; %bb.187:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:144 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:148 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[38:39], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s38
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s39, v2, vcc_lo
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_b32 v127, v[1:2], off
.LBB0_188:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b32 exec_lo, exec_lo, s36
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v131, 0
	.loc	1 127 34 is_stmt 1              ; fused_moe.py:127:34
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_190
; %bb.189:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	s_clause 0x1
	scratch_load_b32 v1, off, off offset:116 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:120 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v1, vcc_lo, v1, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s1, v2, vcc_lo
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_b32 v131, v[1:2], off
.LBB0_190:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_dual_mov_b32 v58, 0 :: v_dual_mov_b32 v59, 0
	v_dual_mov_b32 v60, 0 :: v_dual_mov_b32 v61, 0
	v_dual_mov_b32 v62, 0 :: v_dual_mov_b32 v63, 0
	v_dual_mov_b32 v64, 0 :: v_dual_mov_b32 v49, 0
	v_dual_mov_b32 v50, 0 :: v_dual_mov_b32 v51, 0
	v_dual_mov_b32 v52, 0 :: v_dual_mov_b32 v53, 0
	v_dual_mov_b32 v54, 0 :: v_dual_mov_b32 v55, 0
	v_dual_mov_b32 v56, 0 :: v_dual_mov_b32 v41, 0
	v_dual_mov_b32 v42, 0 :: v_dual_mov_b32 v43, 0
	v_dual_mov_b32 v44, 0 :: v_dual_mov_b32 v45, 0
	v_dual_mov_b32 v46, 0 :: v_dual_mov_b32 v47, 0
	v_dual_mov_b32 v48, 0 :: v_dual_mov_b32 v33, 0
	v_dual_mov_b32 v34, 0 :: v_dual_mov_b32 v35, 0
	v_dual_mov_b32 v36, 0 :: v_dual_mov_b32 v37, 0
	v_dual_mov_b32 v38, 0 :: v_dual_mov_b32 v39, 0
	v_dual_mov_b32 v40, 0 :: v_dual_mov_b32 v25, 0
	v_dual_mov_b32 v26, 0 :: v_dual_mov_b32 v27, 0
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v29, 0
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v31, 0
	v_dual_mov_b32 v32, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	v_mov_b32_e32 v8, 0
	.loc	1 128 41 is_stmt 1              ; fused_moe.py:128:41
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_192
; %bb.191:
	s_wait_dscnt 0x26
	v_dual_mov_b32 v1, v179 :: v_dual_mov_b32 v2, v183
	s_wait_dscnt 0x17
	v_dual_mov_b32 v3, v191 :: v_dual_mov_b32 v6, v211
	v_mov_b32_e32 v5, v173
	v_dual_mov_b32 v183, v180 :: v_dual_mov_b32 v4, v185
	s_wait_dscnt 0x15
	v_dual_mov_b32 v185, v192 :: v_dual_mov_b32 v8, v215
	v_mov_b32_e32 v211, v174
	v_mov_b32_e32 v7, v175
	s_wait_dscnt 0x7
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[1:2], v[93:94], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[5:6], v[93:94], 0
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[1:2], v[89:90], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[5:6], v[89:90], 0
	v_mov_b32_e32 v215, v176
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[3:4], v[95:96], v[57:64]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[7:8], v[95:96], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[3:4], v[91:92], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[183:184], v[89:90], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[7:8], v[91:92], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[211:212], v[89:90], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[183:184], v[93:94], 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[185:186], v[91:92], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[215:216], v[91:92], v[1:8]
	v_dual_mov_b32 v89, v217 :: v_dual_mov_b32 v90, v167
	v_dual_mov_b32 v167, v218 :: v_dual_mov_b32 v92, v177
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[211:212], v[93:94], 0
	v_dual_mov_b32 v93, v165 :: v_dual_mov_b32 v94, v203
	v_mov_b32_e32 v203, v166
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[185:186], v[95:96], v[41:48]
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[215:216], v[95:96], v[9:16]
	v_mov_b32_e32 v91, v136
	v_mov_b32_e32 v177, v137
	v_dual_mov_b32 v95, v169 :: v_dual_mov_b32 v96, v205
	v_mov_b32_e32 v205, v170
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[89:90], v[81:82], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[167:168], v[81:82], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[93:94], v[81:82], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[203:204], v[81:82], v[1:8]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[93:94], v[85:86], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[203:204], v[85:86], v[9:16]
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[91:92], v[83:84], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[177:178], v[83:84], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[95:96], v[83:84], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[205:206], v[83:84], v[1:8]
	v_mov_b32_e32 v82, v163
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[89:90], v[85:86], v[57:64]
	v_mov_b32_e32 v84, v171
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[167:168], v[85:86], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[95:96], v[87:88], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[205:206], v[87:88], v[9:16]
	v_mov_b32_e32 v81, v252
	v_mov_b32_e32 v163, v253
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[177:178], v[87:88], v[41:48]
	v_dual_mov_b32 v85, v199 :: v_dual_mov_b32 v86, v187
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[91:92], v[87:88], v[57:64]
	v_mov_b32_e32 v187, v200
	v_mov_b32_e32 v83, v250
	v_mov_b32_e32 v171, v251
	v_dual_mov_b32 v87, v201 :: v_dual_mov_b32 v88, v189
	v_mov_b32_e32 v189, v202
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[81:82], v[77:78], v[57:64]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[163:164], v[77:78], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[85:86], v[77:78], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[187:188], v[77:78], v[9:16]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[81:82], v[73:74], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[163:164], v[73:74], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[85:86], v[73:74], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[187:188], v[73:74], v[1:8]
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[83:84], v[79:80], v[57:64]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[171:172], v[79:80], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[87:88], v[79:80], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[189:190], v[79:80], v[9:16]
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[83:84], v[75:76], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[171:172], v[75:76], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[87:88], v[75:76], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[189:190], v[75:76], v[1:8]
	v_dual_mov_b32 v73, v248 :: v_dual_mov_b32 v74, v161
	v_mov_b32_e32 v161, v249
	v_dual_mov_b32 v77, v197 :: v_dual_mov_b32 v78, v181
	v_mov_b32_e32 v181, v198
	v_dual_mov_b32 v75, v246 :: v_dual_mov_b32 v76, v195
	v_mov_b32_e32 v195, v247
	v_dual_mov_b32 v79, v207 :: v_dual_mov_b32 v80, v193
	v_mov_b32_e32 v193, v208
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[73:74], v[69:70], v[57:64]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[161:162], v[69:70], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[77:78], v[69:70], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[181:182], v[69:70], v[9:16]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[65:66], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[161:162], v[65:66], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[77:78], v[65:66], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[181:182], v[65:66], v[1:8]
	v_wmma_f32_16x16x16_fp8_fp8 v[57:64], v[75:76], v[71:72], v[57:64]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[195:196], v[71:72], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[79:80], v[71:72], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[193:194], v[71:72], v[9:16]
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[67:68], v[49:56]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[195:196], v[67:68], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[79:80], v[67:68], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[193:194], v[67:68], v[1:8]
.LBB0_192:
	.loc	1 128 65 is_stmt 0              ; fused_moe.py:128:65
	s_wait_dscnt 0x0
	scratch_load_b32 v65, off, off offset:48 th:TH_LOAD_LU ; 4-byte Folded Reload
	v_mov_b32_e32 v161, 0
	s_wait_loadcnt 0x0
	ds_store_b32 v65, v131 offset:24576
	s_wait_dscnt 0x0
	scratch_load_b32 v66, off, off offset:44 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	v_mov_b32_e32 v131, 0
	v_add_nc_u32_e32 v65, 0, v66
	v_add3_u32 v66, 0x6000, 0, v66
	ds_load_b32 v68, v65 offset:24576
	ds_load_b32 v67, v66 offset:256
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s35
	s_cbranch_execz .LBB0_194
; %bb.193:
	.loc	1 0 29 is_stmt 0                ; fused_moe.py:0:29
	v_lshlrev_b64_e32 v[65:66], 2, v[230:231]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v161, v[65:66], off
.LBB0_194:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s34
	s_cbranch_execz .LBB0_196
; %bb.195:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshlrev_b64_e32 v[65:66], 2, v[132:133]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v131, v[65:66], off
.LBB0_196:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v95, 0 :: v_dual_mov_b32 v134, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s33
	s_cbranch_execz .LBB0_198
; %bb.197:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:712 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v134, v[65:66], off
.LBB0_198:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s31
	s_cbranch_execz .LBB0_200
; %bb.199:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:696 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v95, v[65:66], off
.LBB0_200:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v94, 0 :: v_dual_mov_b32 v133, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s30
	s_cbranch_execz .LBB0_202
; %bb.201:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:672 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v133, v[65:66], off
.LBB0_202:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s29
	s_cbranch_execz .LBB0_204
; %bb.203:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:656 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v94, v[65:66], off
.LBB0_204:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v93, 0 :: v_dual_mov_b32 v96, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s28
	s_cbranch_execz .LBB0_206
; %bb.205:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshlrev_b64_e32 v[65:66], 2, v[244:245]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v96, v[65:66], off
.LBB0_206:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s27
	s_cbranch_execz .LBB0_208
; %bb.207:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshlrev_b64_e32 v[65:66], 2, v[241:242]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v93, v[65:66], off
.LBB0_208:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v89, 0 :: v_dual_mov_b32 v92, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s26
	s_cbranch_execz .LBB0_210
; %bb.209:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshlrev_b64_e32 v[65:66], 2, v[228:229]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v92, v[65:66], off
.LBB0_210:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s25
	s_cbranch_execz .LBB0_212
; %bb.211:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:704 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v89, v[65:66], off
.LBB0_212:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_mov_b32_e32 v87, 0
	v_mov_b32_e32 v91, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s24
	s_cbranch_execz .LBB0_214
; %bb.213:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:688 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v91, v[65:66], off
.LBB0_214:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s23
	s_cbranch_execz .LBB0_216
; %bb.215:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:680 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v87, v[65:66], off
.LBB0_216:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_mov_b32_e32 v86, 0
	v_mov_b32_e32 v90, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s22
	s_cbranch_execz .LBB0_218
; %bb.217:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:664 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v90, v[65:66], off
.LBB0_218:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s21
	s_cbranch_execz .LBB0_220
; %bb.219:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:648 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v86, v[65:66], off
.LBB0_220:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v85, 0 :: v_dual_mov_b32 v88, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s20
	s_cbranch_execz .LBB0_222
; %bb.221:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:640 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v88, v[65:66], off
.LBB0_222:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s19
	s_cbranch_execz .LBB0_224
; %bb.223:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:632 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v85, v[65:66], off
.LBB0_224:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v81, 0 :: v_dual_mov_b32 v84, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s18
	s_cbranch_execz .LBB0_226
; %bb.225:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:576 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v84, v[65:66], off
.LBB0_226:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s17
	s_cbranch_execz .LBB0_228
; %bb.227:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:568 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v81, v[65:66], off
.LBB0_228:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_mov_b32_e32 v79, 0
	v_mov_b32_e32 v83, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s16
	s_cbranch_execz .LBB0_230
; %bb.229:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:624 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v83, v[65:66], off
.LBB0_230:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s15
	s_cbranch_execz .LBB0_232
; %bb.231:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:616 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v79, v[65:66], off
.LBB0_232:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_mov_b32_e32 v78, 0
	v_mov_b32_e32 v82, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s14
	s_cbranch_execz .LBB0_234
; %bb.233:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:608 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v82, v[65:66], off
.LBB0_234:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s13
	s_cbranch_execz .LBB0_236
; %bb.235:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:600 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v78, v[65:66], off
.LBB0_236:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v77, 0 :: v_dual_mov_b32 v80, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s12
	s_cbranch_execz .LBB0_238
; %bb.237:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:592 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v80, v[65:66], off
.LBB0_238:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s11
	s_cbranch_execz .LBB0_240
; %bb.239:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:584 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v77, v[65:66], off
.LBB0_240:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v73, 0 :: v_dual_mov_b32 v76, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s10
	s_cbranch_execz .LBB0_242
; %bb.241:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:560 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v76, v[65:66], off
.LBB0_242:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s9
	s_cbranch_execz .LBB0_244
; %bb.243:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:552 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v73, v[65:66], off
.LBB0_244:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_mov_b32_e32 v71, 0
	v_mov_b32_e32 v75, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s8
	s_cbranch_execz .LBB0_246
; %bb.245:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:544 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v75, v[65:66], off
.LBB0_246:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s7
	s_cbranch_execz .LBB0_248
; %bb.247:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:536 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v71, v[65:66], off
.LBB0_248:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_mov_b32_e32 v70, 0
	v_mov_b32_e32 v74, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s6
	s_cbranch_execz .LBB0_250
; %bb.249:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:528 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v74, v[65:66], off
.LBB0_250:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s5
	s_cbranch_execz .LBB0_252
; %bb.251:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:520 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v70, v[65:66], off
.LBB0_252:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	v_dual_mov_b32 v69, 0 :: v_dual_mov_b32 v72, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s4
	s_cbranch_execz .LBB0_254
; %bb.253:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:512 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v72, v[65:66], off
.LBB0_254:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b32 s0, s3
	s_cbranch_execz .LBB0_256
; %bb.255:
	.loc	1 137 48                        ; fused_moe.py:137:48
	scratch_load_b64 v[65:66], off, off offset:504 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[65:66], 2, v[65:66]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v65, vcc_lo, s46, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v66, null, s47, v66, vcc_lo
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_b32 v69, v[65:66], off
.LBB0_256:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	scratch_load_b32 v162, off, off offset:500 ; 4-byte Folded Reload
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[65:66], null, v230, s54, 0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v163, s57
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[164:165], 1, v[65:66]
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_wait_loadcnt 0x0
	v_or_b32_e32 v162, s56, v162
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc_lo, s[42:43], v[162:163]
	v_lshlrev_b64_e32 v[65:66], 1, v[162:163]
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v162, s0, s40, v164
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v163, null, s41, v165, s0
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, s35, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_258
; %bb.257:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v213, v57
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v164, s0, v162, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v165, null, v163, v66, s0
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	v_fma_f32 v57, v57, v68, v130
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v130, v57, s2
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v161
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v130, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	v_add3_u32 v130, v57, v130, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v130, 16, v130
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v57, 0x7fff, v130, s0
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	global_store_b16 v[164:165], v57, off
.LBB0_258:
	.loc	1 0 21                          ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[164:165], null, v132, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[164:165], 1, v[164:165]
	v_add_co_u32 v130, s0, s40, v164
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v164, null, s41, v165, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s34, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_260
; %bb.259:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v159, v58
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v129
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v129, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v131
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v129, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v130, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v164, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v129, off
.LBB0_260:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[57:58], off, off offset:712 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[57:58], null, v57, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[57:58], 1, v[57:58]
	v_add_co_u32 v129, s0, s40, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v165, null, s41, v58, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s33, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_262
; %bb.261:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v210, v59
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v124
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v124, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v134
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v59, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v129, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v165, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v59, off
.LBB0_262:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[57:58], off, off offset:696 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[57:58], null, v57, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[57:58], 1, v[57:58]
	v_add_co_u32 v59, s0, s40, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v124, null, s41, v58, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s31, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_264
; %bb.263:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v158, v60
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v123
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v123, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v95
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v60, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v59, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v124, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v60, off
.LBB0_264:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[57:58], off, off offset:672 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[57:58], null, v57, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[57:58], 1, v[57:58]
	v_add_co_u32 v60, s0, s40, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v123, null, s41, v58, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s30, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_266
; %bb.265:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v209, v61
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v128
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v128, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v133
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v61, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v60, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v123, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v61, off
.LBB0_266:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[57:58], off, off offset:656 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[57:58], null, v57, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[57:58], 1, v[57:58]
	v_add_co_u32 v61, s0, s40, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v128, null, s41, v58, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s29, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_268
; %bb.267:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v157, v62
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v126
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v126, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v94
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v62, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v61, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v128, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v62, off
.LBB0_268:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[57:58], null, v244, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[57:58], 1, v[57:58]
	v_add_co_u32 v62, s0, s40, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v126, null, s41, v58, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s28, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_270
; %bb.269:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v160, v63
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v125
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v125, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v96
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v63, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v62, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v126, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v63, off
.LBB0_270:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[57:58], null, v241, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[57:58], 1, v[57:58]
	v_add_co_u32 v63, s0, s40, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v125, null, s41, v58, s0
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s27, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_272
; %bb.271:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v57, v156, v64
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v57, v57, v68, v122
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v57, v122, v57, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v57, v57, v93
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v58, v57, 16, 1
	v_cmp_o_f32_e64 s0, v57, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v58, v57, v58, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v58
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v64, 0x7fff, v58, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v57, s0, v63, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v58, null, v125, v66, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[57:58], v64, off
.LBB0_272:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b32 v64, off, off offset:500 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	v_mov_b32_e32 v58, s57
	s_wait_loadcnt 0x0
	v_or3_b32 v57, v64, s56, 64
	v_add_co_u32 v166, s0, s56, v64
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v167, null, s57, 0, s0
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s0, s[42:43], v[57:58]
	s_delay_alu instid0(VALU_DEP_2)
	v_lshlrev_b64_e32 v[57:58], 1, v[166:167]
	.loc	1 92 36 is_stmt 0               ; fused_moe.py:92:36
	s_and_b32 s1, s35, s0
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s35, s1
	s_cbranch_execz .LBB0_280
; %bb.273:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v213, v49
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v121
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v121, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v161
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v64, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v64, v49, v64, 0x7fff
	v_lshrrev_b32_e32 v64, 16, v64
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v49, 0x7fff, v64, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v121, s1, v162, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v122, null, v163, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[121:122], v49, off offset:128
	s_or_b32 exec_lo, exec_lo, s35
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s34, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s34, s1
	s_cbranch_execnz .LBB0_281
.LBB0_274:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s34
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s33, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s33, s1
	s_cbranch_execz .LBB0_282
.LBB0_275:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v210, v51
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v115
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v115, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v134
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v51, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v129, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v165, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v51, off offset:128
	s_or_b32 exec_lo, exec_lo, s33
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s31, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s31, s1
	s_cbranch_execnz .LBB0_283
.LBB0_276:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s31
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s30, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s30, s1
	s_cbranch_execz .LBB0_284
.LBB0_277:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v209, v53
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v119
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v119, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v133
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v51, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v60, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v123, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v51, off offset:128
	s_or_b32 exec_lo, exec_lo, s30
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s29, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s29, s1
	s_cbranch_execnz .LBB0_285
.LBB0_278:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s29
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s28, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s28, s1
	s_cbranch_execz .LBB0_286
.LBB0_279:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v160, v55
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v117
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v117, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v96
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v51, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v62, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v126, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v51, off offset:128
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s27, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execnz .LBB0_287
	s_branch .LBB0_288
.LBB0_280:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s35
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s34, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s34, s1
	s_cbranch_execz .LBB0_274
.LBB0_281:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v159, v50
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v116
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v116, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v131
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v64, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v130, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v164, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v64, off offset:128
	s_or_b32 exec_lo, exec_lo, s34
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s33, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s33, s1
	s_cbranch_execnz .LBB0_275
.LBB0_282:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s33
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s31, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s31, s1
	s_cbranch_execz .LBB0_276
.LBB0_283:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v158, v52
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v120
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v120, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v95
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v51, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v59, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v124, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v51, off offset:128
	s_or_b32 exec_lo, exec_lo, s31
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s30, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s30, s1
	s_cbranch_execnz .LBB0_277
.LBB0_284:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s30
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s29, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s29, s1
	s_cbranch_execz .LBB0_278
.LBB0_285:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v157, v54
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v118
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v118, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v94
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v51, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v61, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v128, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v51, off offset:128
	s_or_b32 exec_lo, exec_lo, s29
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s28, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s28, s1
	s_cbranch_execnz .LBB0_279
.LBB0_286:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s27, s0
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_288
.LBB0_287:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v49, v156, v56
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v49, v49, v67, v114
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v49, v114, v49, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v49, v49, v93
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v50, v49, 16, 1
	v_cmp_o_f32_e64 s1, v49, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v50, v49, v50, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v50
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v51, 0x7fff, v50, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v49, s1, v63, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, v125, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[49:50], v51, off offset:128
.LBB0_288:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[49:50], null, v228, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[49:50], 1, v[49:50]
	v_add_co_u32 v49, s1, s40, v49
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v50, null, s41, v50, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s26
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_290
; %bb.289:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v41, v155, v41
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v41, v41, v68, v113
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v41, v113, v41, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v41, v41, v92
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v51, v41, 16, 1
	v_cmp_o_f32_e64 s1, v41, v41
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v51, v41, v51, 0x7fff
	v_lshrrev_b32_e32 v51, 16, v51
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v41, 0x7fff, v51, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v51, s1, v49, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v52, null, v50, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[51:52], v41, off
.LBB0_290:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[51:52], off, off offset:704 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[51:52], null, v51, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[51:52], 1, v[51:52]
	v_add_co_u32 v41, s1, s40, v51
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v51, null, s41, v52, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s25
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_292
; %bb.291:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v42, v151, v42
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v42, v42, v68, v112
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v42, v112, v42, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v42, v42, v89
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v52, v42, 16, 1
	v_cmp_o_f32_e64 s1, v42, v42
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v52, v42, v52, 0x7fff
	v_lshrrev_b32_e32 v52, 16, v52
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v42, 0x7fff, v52, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v52, s1, v41, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v53, null, v51, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[52:53], v42, off
.LBB0_292:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[52:53], off, off offset:688 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[52:53], null, v52, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[52:53], 1, v[52:53]
	v_add_co_u32 v42, s1, s40, v52
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v52, null, s41, v53, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s24
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_294
; %bb.293:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v43, v154, v43
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v43, v43, v68, v111
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v43, v111, v43, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v43, v43, v91
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v53, v43, 16, 1
	v_cmp_o_f32_e64 s1, v43, v43
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v53, v43, v53, 0x7fff
	v_lshrrev_b32_e32 v53, 16, v53
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v43, 0x7fff, v53, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v53, s1, v42, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v54, null, v52, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[53:54], v43, off
.LBB0_294:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[53:54], off, off offset:680 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[53:54], null, v53, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[53:54], 1, v[53:54]
	v_add_co_u32 v43, s1, s40, v53
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v53, null, s41, v54, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s23
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_296
; %bb.295:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v44, v150, v44
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v44, v44, v68, v104
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v44, v104, v44, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v44, v44, v87
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v54, v44, 16, 1
	v_cmp_o_f32_e64 s1, v44, v44
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v54, v44, v54, 0x7fff
	v_lshrrev_b32_e32 v54, 16, v54
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v44, 0x7fff, v54, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v54, s1, v43, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v55, null, v53, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[54:55], v44, off
.LBB0_296:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[54:55], off, off offset:664 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[54:55], null, v54, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[54:55], 1, v[54:55]
	v_add_co_u32 v44, s1, s40, v54
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v54, null, s41, v55, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s22
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_298
; %bb.297:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v45, v153, v45
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v45, v45, v68, v103
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v45, v103, v45, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v45, v45, v90
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v55, v45, 16, 1
	v_cmp_o_f32_e64 s1, v45, v45
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v55, v45, v55, 0x7fff
	v_lshrrev_b32_e32 v55, 16, v55
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v45, 0x7fff, v55, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v55, s1, v44, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v56, null, v54, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[55:56], v45, off
.LBB0_298:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[55:56], off, off offset:648 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[55:56], null, v55, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[55:56], 1, v[55:56]
	v_add_co_u32 v45, s1, s40, v55
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v55, null, s41, v56, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s21
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_300
; %bb.299:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v46, v149, v46
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v46, v46, v68, v110
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v46, v110, v46, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v46, v46, v86
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v56, v46, 16, 1
	v_cmp_o_f32_e64 s1, v46, v46
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v56, v46, v56, 0x7fff
	v_lshrrev_b32_e32 v56, 16, v56
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v46, 0x7fff, v56, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v59, s1, v45, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v60, null, v55, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[59:60], v46, off
.LBB0_300:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[59:60], off, off offset:640 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[59:60], null, v59, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[59:60], 1, v[59:60]
	v_add_co_u32 v46, s1, s40, v59
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v56, null, s41, v60, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s20
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_302
; %bb.301:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v47, v152, v47
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v47, v47, v68, v109
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v47, v109, v47, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v47, v47, v88
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v59, v47, 16, 1
	v_cmp_o_f32_e64 s1, v47, v47
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v59, v47, v59, 0x7fff
	v_lshrrev_b32_e32 v59, 16, v59
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v47, 0x7fff, v59, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v59, s1, v46, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v60, null, v56, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[59:60], v47, off
.LBB0_302:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[59:60], off, off offset:632 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[59:60], null, v59, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[59:60], 1, v[59:60]
	v_add_co_u32 v47, s1, s40, v59
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v59, null, s41, v60, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s19
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s27, s1
	s_cbranch_execz .LBB0_358
; %bb.303:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v48, v148, v48
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v48, v48, v68, v108
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v48, v108, v48, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v48, v48, v85
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v60, v48, 16, 1
	v_cmp_o_f32_e64 s1, v48, v48
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v60, v48, v60, 0x7fff
	v_lshrrev_b32_e32 v60, 16, v60
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v48, 0x7fff, v60, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v60, s1, v47, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v61, null, v59, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[60:61], v48, off
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s26
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s26, s1
	s_cbranch_execnz .LBB0_359
.LBB0_304:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s26
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s25
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s25, s1
	s_cbranch_execz .LBB0_360
.LBB0_305:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v151, v34
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v106
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v106, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v89
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v48, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v41, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v51, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v48, off offset:128
	s_or_b32 exec_lo, exec_lo, s25
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s24
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s24, s1
	s_cbranch_execnz .LBB0_361
.LBB0_306:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s24
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s23
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s23, s1
	s_cbranch_execz .LBB0_362
.LBB0_307:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v150, v36
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v102
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v102, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v87
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v43, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v53, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v35, off offset:128
	s_or_b32 exec_lo, exec_lo, s23
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s22
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s22, s1
	s_cbranch_execnz .LBB0_363
.LBB0_308:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s22
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s21
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s21, s1
	s_cbranch_execz .LBB0_364
.LBB0_309:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v149, v38
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v100
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v100, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v86
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v45, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v55, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v35, off offset:128
	s_or_b32 exec_lo, exec_lo, s21
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s20
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s20, s1
	s_cbranch_execnz .LBB0_365
.LBB0_310:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s20
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s19
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_312
.LBB0_311:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v148, v40
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v98
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v98, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v85
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v47, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v59, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v35, off offset:128
.LBB0_312:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[33:34], off, off offset:576 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[33:34], null, v33, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[33:34], 1, v[33:34]
	v_add_co_u32 v33, s1, s40, v33
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, s41, v34, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s18
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_314
; %bb.313:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v25, v147, v25
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v25, v25, v68, v97
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v25, v97, v25, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v25, v25, v84
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v35, v25, 16, 1
	v_cmp_o_f32_e64 s1, v25, v25
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v35, v25, v35, 0x7fff
	v_lshrrev_b32_e32 v35, 16, v35
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v25, 0x7fff, v35, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v35, s1, v33, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v36, null, v34, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[35:36], v25, off
.LBB0_314:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[35:36], off, off offset:568 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[35:36], null, v35, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[35:36], 1, v[35:36]
	v_add_co_u32 v25, s1, s40, v35
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v35, null, s41, v36, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s17
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_316
; %bb.315:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v26, v143, v26
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v26, v26, v68, v255
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v26, v255, v26, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v26, v26, v81
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v36, v26, 16, 1
	v_cmp_o_f32_e64 s1, v26, v26
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v36, v26, v36, 0x7fff
	v_lshrrev_b32_e32 v36, 16, v36
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v26, 0x7fff, v36, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v36, s1, v25, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v37, null, v35, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[36:37], v26, off
.LBB0_316:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[36:37], off, off offset:624 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[36:37], null, v36, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[36:37], 1, v[36:37]
	v_add_co_u32 v26, s1, s40, v36
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v36, null, s41, v37, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s16
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_318
; %bb.317:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v27, v146, v27
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v27, v27, v68, v233
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v27, v233, v27, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v27, v27, v83
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v37, v27, 16, 1
	v_cmp_o_f32_e64 s1, v27, v27
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v37, v27, v37, 0x7fff
	v_lshrrev_b32_e32 v37, 16, v37
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v27, 0x7fff, v37, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v37, s1, v26, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v38, null, v36, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[37:38], v27, off
.LBB0_318:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[37:38], off, off offset:616 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[37:38], null, v37, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[37:38], 1, v[37:38]
	v_add_co_u32 v27, s1, s40, v37
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v37, null, s41, v38, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s15
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_320
; %bb.319:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v38, off, off offset:36 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v28, v142, v28
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v28, v28, v68, v38
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v28, v38, v28, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v28, v28, v79
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v38, v28, 16, 1
	v_cmp_o_f32_e64 s1, v28, v28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v38, v28, v38, 0x7fff
	v_lshrrev_b32_e32 v38, 16, v38
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v28, 0x7fff, v38, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v38, s1, v27, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v39, null, v37, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[38:39], v28, off
.LBB0_320:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[38:39], off, off offset:608 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[38:39], null, v38, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[38:39], 1, v[38:39]
	v_add_co_u32 v28, s1, s40, v38
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v38, null, s41, v39, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s14
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_322
; %bb.321:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v39, off, off offset:32 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v29, v145, v29
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v29, v29, v68, v39
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v29, v39, v29, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v29, v29, v82
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v39, v29, 16, 1
	v_cmp_o_f32_e64 s1, v29, v29
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v39, v29, v39, 0x7fff
	v_lshrrev_b32_e32 v39, 16, v39
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v29, 0x7fff, v39, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v39, s1, v28, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v40, null, v38, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[39:40], v29, off
.LBB0_322:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[39:40], off, off offset:600 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[39:40], null, v39, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[39:40], 1, v[39:40]
	v_add_co_u32 v29, s1, s40, v39
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v39, null, s41, v40, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s13
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_324
; %bb.323:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v40, off, off offset:28 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v30, v141, v30
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v30, v30, v68, v40
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v30, v40, v30, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v30, v30, v78
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v40, v30, 16, 1
	v_cmp_o_f32_e64 s1, v30, v30
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v40, v30, v40, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v40
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v30, 0x7fff, v40, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v40, s1, v29, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v41, null, v39, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[40:41], v30, off
.LBB0_324:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[40:41], off, off offset:592 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[40:41], null, v40, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[40:41], 1, v[40:41]
	v_add_co_u32 v30, s1, s40, v40
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v40, null, s41, v41, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s12
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_326
; %bb.325:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v41, off, off offset:24 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v31, v144, v31
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v31, v31, v68, v41
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v31, v41, v31, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v31, v31, v80
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v41, v31, 16, 1
	v_cmp_o_f32_e64 s1, v31, v31
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v31, v41, 0x7fff
	v_lshrrev_b32_e32 v41, 16, v41
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v31, 0x7fff, v41, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v41, s1, v30, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v42, null, v40, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[41:42], v31, off
.LBB0_326:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[41:42], off, off offset:584 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[41:42], null, v41, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[41:42], 1, v[41:42]
	v_add_co_u32 v31, s1, s40, v41
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v41, null, s41, v42, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s11
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execz .LBB0_366
; %bb.327:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v42, off, off offset:20 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v32, v140, v32
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v68, v42
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v32, v42, v32, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v32, v32, v77
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v42, v32, 16, 1
	v_cmp_o_f32_e64 s1, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v42, v32, v42, 0x7fff
	v_lshrrev_b32_e32 v42, 16, v42
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v32, 0x7fff, v42, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v42, s1, v31, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v43, null, v41, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[42:43], v32, off
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s18
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s18, s1
	s_cbranch_execnz .LBB0_367
.LBB0_328:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s18
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s17
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s17, s1
	s_cbranch_execz .LBB0_368
.LBB0_329:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v143, v18
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v235
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v235, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v81
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v32, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v25, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v35, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v32, off offset:128
	s_or_b32 exec_lo, exec_lo, s17
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s16
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s16, s1
	s_cbranch_execnz .LBB0_369
.LBB0_330:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s16
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s15
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s15, s1
	s_cbranch_execz .LBB0_370
.LBB0_331:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v142, v20
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v240
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v240, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v79
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v27, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v37, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v19, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s15
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s14
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s14, s1
	s_cbranch_execnz .LBB0_371
.LBB0_332:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s14
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s13
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s13, s1
	s_cbranch_execz .LBB0_372
.LBB0_333:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v141, v22
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v236
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v236, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v78
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v29, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v39, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v19, off offset:128
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s12
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s12, s1
	s_cbranch_execnz .LBB0_373
.LBB0_334:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s12
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s11
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_336
.LBB0_335:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v140, v24
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v232
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v232, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v77
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v31, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v41, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v19, off offset:128
.LBB0_336:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[17:18], off, off offset:560 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[17:18], null, v17, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[17:18], 1, v[17:18]
	v_add_co_u32 v17, s1, s40, v17
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, s41, v18, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s10
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_338
; %bb.337:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v19, off, off offset:124 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v9, v139, v9
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v9, v9, v68, v19
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v9, v19, v9, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v9, v9, v76
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v19, v9, 16, 1
	v_cmp_o_f32_e64 s1, v9, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v19, v9, v19, 0x7fff
	v_lshrrev_b32_e32 v19, 16, v19
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v9, 0x7fff, v19, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v19, s1, v17, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v20, null, v18, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[19:20], v9, off
.LBB0_338:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[19:20], off, off offset:552 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[19:20], null, v19, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[19:20], 1, v[19:20]
	v_add_co_u32 v9, s1, s40, v19
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v19, null, s41, v20, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s9
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_340
; %bb.339:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v10, v219, v10
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v10, v10, v68, v0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v10, v0, v10, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v10, v10, v73
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v20, v10, 16, 1
	v_cmp_o_f32_e64 s1, v10, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v20, v10, v20, 0x7fff
	v_lshrrev_b32_e32 v20, 16, v20
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v10, 0x7fff, v20, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v20, s1, v9, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v21, null, v19, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[20:21], v10, off
.LBB0_340:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[20:21], off, off offset:544 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[20:21], null, v20, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[20:21], 1, v[20:21]
	v_add_co_u32 v10, s1, s40, v20
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v20, null, s41, v21, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s8
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_342
; %bb.341:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	scratch_load_b32 v0, off, off offset:40 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_mul_f32_e32 v11, v138, v11
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v11, v11, v68, v0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v0, v11, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v75
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v11, v0, 16, 1
	v_cmp_o_f32_e64 s1, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v11, v0, v11, 0x7fff
	v_lshrrev_b32_e32 v11, 16, v11
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v0, 0x7fff, v11, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v21, s1, v10, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v22, null, v20, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[21:22], v0, off
.LBB0_342:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[21:22], off, off offset:536 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[21:22], null, v21, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[21:22], 1, v[21:22]
	v_add_co_u32 v11, s1, s40, v21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v21, null, s41, v22, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s7
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_344
; %bb.343:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v254, v12
	scratch_load_b32 v12, off, off offset:16 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	v_fma_f32 v0, v0, v68, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v12, v0, s2
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v71
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v12, v0, 16, 1
	v_cmp_o_f32_e64 s1, v0, v0
	v_add3_u32 v12, v0, v12, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v12, 16, v12
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v0, 0x7fff, v12, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v22, s1, v11, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v23, null, v21, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[22:23], v0, off
.LBB0_344:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[22:23], off, off offset:528 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[22:23], null, v22, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[22:23], 1, v[22:23]
	v_add_co_u32 v12, s1, s40, v22
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v22, null, s41, v23, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s6
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_346
; %bb.345:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v239, v13
	scratch_load_b32 v13, off, off offset:12 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	v_fma_f32 v0, v0, v68, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v13, v0, s2
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v74
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v13, v0, 16, 1
	v_cmp_o_f32_e64 s1, v0, v0
	v_add3_u32 v13, v0, v13, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v13, 16, v13
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v0, 0x7fff, v13, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v23, s1, v12, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v24, null, v22, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[23:24], v0, off
.LBB0_346:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[23:24], off, off offset:520 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[23:24], null, v23, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[23:24], 1, v[23:24]
	v_add_co_u32 v13, s1, s40, v23
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v23, null, s41, v24, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s5
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_348
; %bb.347:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v135, v14
	scratch_load_b32 v14, off, off offset:8 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	v_fma_f32 v0, v0, v68, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v14, v0, s2
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v70
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v14, v0, 16, 1
	v_cmp_o_f32_e64 s1, v0, v0
	v_add3_u32 v14, v0, v14, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v14, 16, v14
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v0, 0x7fff, v14, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v24, s1, v13, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v25, null, v23, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[24:25], v0, off
.LBB0_348:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[24:25], off, off offset:512 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[24:25], null, v24, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[24:25], 1, v[24:25]
	v_add_co_u32 v14, s1, s40, v24
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v24, null, s41, v25, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, vcc_lo, s4
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execz .LBB0_350
; %bb.349:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v214, v15
	scratch_load_b32 v15, off, off offset:4 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	v_fma_f32 v0, v0, v68, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v15, v0, s2
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v72
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v15, v0, 16, 1
	v_cmp_o_f32_e64 s1, v0, v0
	v_add3_u32 v15, v0, v15, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v15, 16, v15
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v0, 0x7fff, v15, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v25, s1, v14, v65
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v26, null, v24, v66, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[25:26], v0, off
.LBB0_350:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	scratch_load_b64 v[25:26], off, off offset:504 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s11, vcc_lo, s3
	.loc	1 91 33                         ; fused_moe.py:91:33
	s_wait_loadcnt 0x0
	v_mad_co_i64_i32 v[25:26], null, v25, s54, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[25:26], 1, v[25:26]
	v_add_co_u32 v15, s1, s40, v25
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v25, null, s41, v26, s1
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s11
	s_cbranch_execz .LBB0_374
; %bb.351:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v127, v16
	scratch_load_b32 v16, off, off th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_loadcnt_dscnt 0x1
	v_fma_f32 v0, v0, v68, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v16, v0, s2
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v69
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v16, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v16, v0, v16, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v16, 16, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v16, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v26, vcc_lo, v15, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v27, null, v25, v66, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[26:27], v0, off
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s10, s0, s10
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s10
	s_cbranch_execnz .LBB0_375
.LBB0_352:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s9, s0, s9
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s9
	s_cbranch_execz .LBB0_376
.LBB0_353:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v219, v2
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v226
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v226, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v73
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v9, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v19, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s8, s0, s8
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s8
	s_cbranch_execnz .LBB0_377
.LBB0_354:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s7, s0, s7
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s7
	s_cbranch_execz .LBB0_378
.LBB0_355:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v254, v4
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v224
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v224, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v71
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v11, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v21, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s6, s0, s6
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s6
	s_cbranch_execnz .LBB0_379
.LBB0_356:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s5, s0, s5
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s5
	s_cbranch_execz .LBB0_380
.LBB0_357:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v135, v6
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v222
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v222, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v70
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v13, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v23, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s4, s0, s4
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s4
	s_cbranch_execnz .LBB0_381
	s_branch .LBB0_382
.LBB0_358:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s27
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s26
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s26, s1
	s_cbranch_execz .LBB0_304
.LBB0_359:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v155, v33
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v107
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v107, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v92
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v48, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v48, v33, v48, 0x7fff
	v_lshrrev_b32_e32 v48, 16, v48
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v33, 0x7fff, v48, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v48, s1, v49, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v49, null, v50, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[48:49], v33, off offset:128
	s_or_b32 exec_lo, exec_lo, s26
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s25
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s25, s1
	s_cbranch_execnz .LBB0_305
.LBB0_360:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s25
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s24
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s24, s1
	s_cbranch_execz .LBB0_306
.LBB0_361:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v154, v35
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v105
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v105, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v91
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v42, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v52, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v35, off offset:128
	s_or_b32 exec_lo, exec_lo, s24
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s23
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s23, s1
	s_cbranch_execnz .LBB0_307
.LBB0_362:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s23
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s22
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s22, s1
	s_cbranch_execz .LBB0_308
.LBB0_363:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v153, v37
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v101
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v101, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v90
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v44, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v54, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v35, off offset:128
	s_or_b32 exec_lo, exec_lo, s22
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s21
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s21, s1
	s_cbranch_execnz .LBB0_309
.LBB0_364:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s21
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s20
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s20, s1
	s_cbranch_execz .LBB0_310
.LBB0_365:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v33, v152, v39
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v33, v33, v67, v99
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v33, v99, v33, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v33, v33, v88
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v34, v33, 16, 1
	v_cmp_o_f32_e64 s1, v33, v33
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v33, v34, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x7fff, v34, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v33, s1, v46, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v34, null, v56, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[33:34], v35, off offset:128
	s_or_b32 exec_lo, exec_lo, s20
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s19
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s19, s1
	s_cbranch_execnz .LBB0_311
	s_branch .LBB0_312
.LBB0_366:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s18
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s18, s1
	s_cbranch_execz .LBB0_328
.LBB0_367:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v147, v17
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v243
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v243, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v84
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v32, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v32, v17, v32, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v32
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v17, 0x7fff, v32, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v32, s1, v33, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v33, null, v34, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[32:33], v17, off offset:128
	s_or_b32 exec_lo, exec_lo, s18
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s17
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s17, s1
	s_cbranch_execnz .LBB0_329
.LBB0_368:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s17
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s16
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s16, s1
	s_cbranch_execz .LBB0_330
.LBB0_369:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v146, v19
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v237
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v237, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v83
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v26, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v36, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v19, off offset:128
	s_or_b32 exec_lo, exec_lo, s16
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s15
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s15, s1
	s_cbranch_execnz .LBB0_331
.LBB0_370:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s15
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s14
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s14, s1
	s_cbranch_execz .LBB0_332
.LBB0_371:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v145, v21
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v238
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v238, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v82
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v28, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v38, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v19, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s14
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s13
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s13, s1
	s_cbranch_execnz .LBB0_333
.LBB0_372:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s1, s0, s12
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s12, s1
	s_cbranch_execz .LBB0_334
.LBB0_373:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v17, v144, v23
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v17, v17, v67, v234
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v234, v17, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v17, v17, v80
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v18, v17, 16, 1
	v_cmp_o_f32_e64 s1, v17, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v17, v18, 0x7fff
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu 0xf1ff
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7fff, v18, s1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v17, s1, v30, v57
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v18, null, v40, v58, s1
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[17:18], v19, off offset:128
	s_or_b32 exec_lo, exec_lo, s12
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s1, s0, s11
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s11, s1
	s_cbranch_execnz .LBB0_335
	s_branch .LBB0_336
.LBB0_374:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s10, s0, s10
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s10
	s_cbranch_execz .LBB0_352
.LBB0_375:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v139, v1
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v227
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v227, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v76
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v16, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v17, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v18, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v16, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s9, s0, s9
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s9
	s_cbranch_execnz .LBB0_353
.LBB0_376:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s8, s0, s8
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s8
	s_cbranch_execz .LBB0_354
.LBB0_377:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v138, v3
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v225
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v225, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v75
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v10, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v20, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s7, s0, s7
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s7
	s_cbranch_execnz .LBB0_355
.LBB0_378:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s6, s0, s6
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_356
.LBB0_379:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v239, v5
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v223
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v223, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v74
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v12, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v22, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s5, s0, s5
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s5
	s_cbranch_execnz .LBB0_357
.LBB0_380:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s4, s0, s4
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s4
	s_cbranch_execz .LBB0_382
.LBB0_381:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v214, v7
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v221
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v221, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v72
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v14, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v24, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
.LBB0_382:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b32 s0, s0, s3
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_wait_alu 0xfffe
	s_xor_b32 s0, exec_lo, s1
	s_cbranch_execz .LBB0_384
; %bb.383:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_mul_f32_e32 v0, v127, v8
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v220
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v220, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v0, v0, v69
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v2, 0x7fff, v1, vcc_lo
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v15, v57
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v25, v58, vcc_lo
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_b16 v[0:1], v2, off offset:128
.LBB0_384:                              ; %Flow
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	s_branch .LBB0_29
.LBB0_385:
	scratch_load_b32 v10, off, off offset:496 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 85 56 is_stmt 1               ; fused_moe.py:85:56
	s_wait_loadcnt 0x0
	v_lshrrev_b32_e32 v0, 2, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v0, 28, v0
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v1, 0xe0, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	s_clause 0x7
	global_load_b32 v9, v0, s[44:45]
	global_load_b32 v8, v0, s[44:45] offset:32
	global_load_b32 v7, v0, s[44:45] offset:64
	global_load_b32 v6, v0, s[44:45] offset:96
	global_load_b32 v5, v0, s[44:45] offset:128
	global_load_b32 v4, v0, s[44:45] offset:160
	global_load_b32 v3, v0, s[44:45] offset:192
	global_load_b32 v2, v1, s[44:45]
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	v_dual_mov_b32 v1, s57 :: v_dual_lshlrev_b32 v0, 3, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_or_b32 v0, 0x78, v0, s56
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc_lo, s[42:43], v[0:1]
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_wait_loadcnt 0x7
	v_cmp_gt_i32_e64 s0, s55, v9
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_387
; %bb.386:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[10:11], null, v9, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[13:14], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v9, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[11:12], 1, v[10:11]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v10, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v15, s0, s40, v11
	v_add_co_ci_u32_e64 v12, null, s41, v12, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v11, v9
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v13, s0, v15, v13
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v14, null, v12, v14, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v12, v9
	global_store_b128 v[13:14], v[9:12], off
.LBB0_387:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x6
	v_cmp_gt_i32_e64 s0, s55, v8
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_389
; %bb.388:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[9:10], null, v8, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[12:13], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v8, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[10:11], 1, v[9:10]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v9, v8
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v14, s0, s40, v10
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v11, null, s41, v11, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v10, v8
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v12, s0, v14, v12
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v13, null, v11, v13, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v11, v8
	global_store_b128 v[12:13], v[8:11], off
.LBB0_389:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x5
	v_cmp_gt_i32_e64 s0, s55, v7
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_391
; %bb.390:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[8:9], null, v7, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[11:12], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v7, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[9:10], 1, v[8:9]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v8, v7
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v13, s0, s40, v9
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v10, null, s41, v10, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v9, v7
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v11, s0, v13, v11
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v12, null, v10, v12, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v10, v7
	global_store_b128 v[11:12], v[7:10], off
.LBB0_391:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x4
	v_cmp_gt_i32_e64 s0, s55, v6
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_393
; %bb.392:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[7:8], null, v6, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[10:11], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[8:9], 1, v[7:8]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v7, v6
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v12, s0, s40, v8
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v9, null, s41, v9, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v8, v6
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v10, s0, v12, v10
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v11, null, v9, v11, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v9, v6
	global_store_b128 v[10:11], v[6:9], off
.LBB0_393:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x3
	v_cmp_gt_i32_e64 s0, s55, v5
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_395
; %bb.394:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[6:7], null, v5, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[9:10], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v5, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[7:8], 1, v[6:7]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v6, v5
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v11, s0, s40, v7
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v8, null, s41, v8, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v7, v5
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v9, s0, v11, v9
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v10, null, v8, v10, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v8, v5
	global_store_b128 v[9:10], v[5:8], off
.LBB0_395:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x2
	v_cmp_gt_i32_e64 s0, s55, v4
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_397
; %bb.396:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[5:6], null, v4, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[8:9], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v4, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[6:7], 1, v[5:6]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v5, v4
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v10, s0, s40, v6
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v7, null, s41, v7, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v6, v4
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v8, s0, v10, v8
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v9, null, v7, v9, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v7, v4
	global_store_b128 v[8:9], v[4:7], off
.LBB0_397:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x1
	v_cmp_gt_i32_e64 s0, s55, v3
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_399
; %bb.398:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[4:5], null, v3, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[7:8], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v3, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[5:6], 1, v[4:5]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v4, v3
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v9, s0, s40, v5
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v6, null, s41, v6, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v5, v3
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v7, s0, v9, v7
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v8, null, v6, v8, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v6, v3
	global_store_b128 v[7:8], v[3:6], off
.LBB0_399:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s0, s55, v2
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_wait_alu 0xfffe
	s_xor_b32 s1, exec_lo, s1
	s_cbranch_execz .LBB0_29
; %bb.400:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_co_i64_i32 v[3:4], null, v2, s54, 0
	.loc	1 91 55 is_stmt 0               ; fused_moe.py:91:55
	v_lshlrev_b64_e32 v[0:1], 1, v[0:1]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v2, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshlrev_b64_e32 v[4:5], 1, v[3:4]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v3, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_add_co_u32 v6, vcc_lo, s40, v4
	v_add_co_ci_u32_e64 v5, null, s41, v5, vcc_lo
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v4, v2
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_co_u32 v0, vcc_lo, v6, v0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v5, v1, vcc_lo
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b32_e32 v5, v2
	global_store_b128 v[0:1], v[2:5], off
	.loc	1 83 8                          ; fused_moe.py:83:8
	s_endpgm
.Ltmp17:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 776
		.amdhsa_kernarg_size 128
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 256
		.amdhsa_next_free_sgpr 61
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 255
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
	.set fused_moe_kernel.num_vgpr, 256
	.set fused_moe_kernel.num_agpr, 0
	.set fused_moe_kernel.numbered_sgpr, 61
	.set fused_moe_kernel.private_seg_size, 776
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 1
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 37676
; TotalNumSgprs: 63
; NumVgprs: 256
; ScratchSize: 776
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 63
; NumVGPRsForWavesPerEU: 256
; Occupancy: 5
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
	.text
	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
	.section	.AMDGPU.gpr_maximums,"",@progbits
	.set amdgpu.max_num_vgpr, 0
	.set amdgpu.max_num_agpr, 0
	.set amdgpu.max_num_sgpr, 0
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
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 128
    .max_flat_workgroup_size: 128
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 776
    .sgpr_count:     63
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 233
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

	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm                            ; -- Begin function gemm
	.p2align	8
	.type	gemm,@function
gemm:                                   ; @gemm
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 186 0                         ; kernels.py:186:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b64 s[22:23], s[0:1], 0x20
	s_load_b64 s[6:7], s[0:1], 0x0
.Ltmp0:
	.loc	1 198 5 prologue_end            ; kernels.py:198:5
	v_readfirstlane_b32 s24, v0
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s19, s2, 4
	.loc	1 195 21                        ; kernels.py:195:21
	v_dual_mov_b32 v3, 0 :: v_dual_and_b32 v2, 31, v0
	.loc	1 190 23                        ; kernels.py:190:23
	s_and_b32 s2, s24, 32
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_or_b32_e32 v4, s2, v2
	.loc	1 195 29                        ; kernels.py:195:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s9, s23, s19
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s4, s9, 31
	s_add_u32 s25, s6, s9
	s_addc_u32 s26, s7, s4
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s22, 0
	s_cselect_b32 s8, -1, 0
	s_cmp_lt_i32 s22, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	v_add_co_u32 v5, s4, s25, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v6, null, s26, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v5, v[5:6], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_3:
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_add_i32 s4, s9, s23
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s27, s6, s4
	s_addc_u32 s28, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v6, s4, s27, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v7, null, s28, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v3, v[6:7], off
.LBB0_5:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl1_add_u32 s4, s23, s9
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s29, s6, s4
	s_addc_u32 s30, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v6, s4, s29, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v7, null, s30, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v9, v[6:7], off
.LBB0_7:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s4, s9, s4
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s31, s6, s4
	s_addc_u32 s33, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v6, s4, s31, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v7, null, s33, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v8, v[6:7], off
.LBB0_9:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl2_add_u32 s4, s23, s9
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s34, s6, s4
	s_addc_u32 s35, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v10, s4, s34, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v11, null, s35, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v7, v[10:11], off
.LBB0_11:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s4, s9, s4
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s36, s6, s4
	s_addc_u32 s37, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_13
; %bb.12:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v10, s4, s36, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v11, null, s37, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v6, v[10:11], off
.LBB0_13:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 6
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	s_add_i32 s4, s9, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s38, s6, s4
	s_addc_u32 s39, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_15
; %bb.14:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v11, s4, s38, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v12, null, s39, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v11, v[11:12], off
.LBB0_15:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 7
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s4, s9, s4
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s40, s6, s4
	s_addc_u32 s41, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_17
; %bb.16:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v12, s4, s40, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v13, null, s41, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v10, v[12:13], off
.LBB0_17:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl3_add_u32 s4, s23, s9
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s42, s6, s4
	s_addc_u32 s43, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_19
; %bb.18:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v13, s4, s42, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v14, null, s43, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v13, v[13:14], off
.LBB0_19:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 9
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s4, s9, s4
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s44, s6, s4
	s_addc_u32 s45, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_21
; %bb.20:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s4, s44, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v15, null, s45, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v12, v[14:15], off
.LBB0_21:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 10
	v_mov_b32_e32 v15, 0
	s_add_i32 s4, s9, s4
	v_mov_b32_e32 v17, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s46, s6, s4
	s_addc_u32 s47, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_23
; %bb.22:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v16, s4, s46, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v17, null, s47, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v17, v[16:17], off
.LBB0_23:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s4, s9, s4
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s48, s6, s4
	s_addc_u32 s49, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_25
; %bb.24:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s4, s48, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v15, null, s49, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v15, v[14:15], off
.LBB0_25:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 12
	v_mov_b32_e32 v14, 0
	s_add_i32 s4, s9, s4
	v_mov_b32_e32 v16, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s50, s6, s4
	s_addc_u32 s51, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_27
; %bb.26:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v18, s4, s50, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v19, null, s51, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v16, v[18:19], off
.LBB0_27:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 13
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s4, s9, s4
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s52, s6, s4
	s_addc_u32 s53, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_29
; %bb.28:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v18, s4, s52, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v19, null, s53, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v14, v[18:19], off
.LBB0_29:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s23, 14
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	s_add_i32 s4, s9, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_add_u32 s54, s6, s4
	s_addc_u32 s55, s7, s5
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s8, exec_lo
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_31
; %bb.30:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v19, s4, s54, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v20, null, s55, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v19, v[19:20], off
.LBB0_31:
	.loc	1 0 13                          ; kernels.py:0:13
	s_load_b64 s[4:5], s[0:1], 0x8
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s10, s23, 15
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_i32 s9, s9, s10
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s10, s9, 31
	s_add_u32 s56, s6, s9
	s_addc_u32 s57, s7, s10
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s6, s8, exec_lo
	s_cselect_b32 s6, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s6, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v20, s6, s56, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v21, null, s57, 0, s6
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v18, v[20:21], off
.LBB0_33:
	.loc	1 0 13                          ; kernels.py:0:13
	s_load_b32 s6, s[0:1], 0x28
	v_dual_mov_b32 v22, 0 :: v_dual_and_b32 v77, 15, v0
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s23, s3, 4
	.loc	1 192 10                        ; kernels.py:192:10
	v_lshrrev_b32_e32 v1, 1, v4
	v_mov_b32_e32 v23, 0
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v20, s23, v77
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	.loc	1 192 10                        ; kernels.py:192:10
	v_and_b32_e32 v24, 24, v1
	.loc	1 196 13                        ; kernels.py:196:13
	s_cmp_lg_u32 s3, 1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 196 13                        ; kernels.py:196:13
	s_cbranch_scc1 .LBB0_35
; %bb.34:
	.loc	1 0 13                          ; kernels.py:0:13
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v22, v24, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_ashrrev_i32_e32 v25, 31, v22
	v_add_co_u32 v22, vcc_lo, s4, v22
	v_add_co_ci_u32_e64 v26, null, s5, v25, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v25, vcc_lo, v22, v20
	v_add_co_ci_u32_e64 v26, null, v26, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v22, v[25:26], off
.LBB0_35:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_37
; %bb.36:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v23, 1, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v23, v23, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v25, 31, v23
	v_add_co_u32 v23, vcc_lo, s4, v23
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v26, null, s5, v25, vcc_lo
	v_add_co_u32 v25, vcc_lo, v23, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v26, null, v26, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v23, v[25:26], off
.LBB0_37:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v27, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	v_mov_b32_e32 v25, 0
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v25, 2, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v25, v25, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v26, 31, v25
	v_add_co_u32 v25, vcc_lo, s4, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v26, null, s5, v26, vcc_lo
	v_add_co_u32 v25, vcc_lo, v25, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v26, null, v26, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v25, v[25:26], off
.LBB0_39:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_41
; %bb.40:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v26, 3, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v26, v26, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_add_co_u32 v26, vcc_lo, s4, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v27, null, s5, v27, vcc_lo
	v_add_co_u32 v26, vcc_lo, v26, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v27, null, v27, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v27, v[26:27], off
.LBB0_41:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v28, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_43
; %bb.42:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v26, 4, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v26, v26, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v28, 31, v26
	v_add_co_u32 v26, vcc_lo, s4, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v28, null, s5, v28, vcc_lo
	v_add_co_u32 v30, vcc_lo, v26, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v31, null, v28, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v28, v[30:31], off
.LBB0_43:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_45
; %bb.44:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v26, 5, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v26, v26, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v29, 31, v26
	v_add_co_u32 v26, vcc_lo, s4, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v30, null, s5, v29, vcc_lo
	v_add_co_u32 v29, vcc_lo, v26, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v30, null, v30, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v29, v[29:30], off
.LBB0_45:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v31, 0 :: v_dual_mov_b32 v30, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_47
; %bb.46:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v26, 6, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v26, v26, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v30, 31, v26
	v_add_co_u32 v26, vcc_lo, s4, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v30, null, s5, v30, vcc_lo
	v_add_co_u32 v32, vcc_lo, v26, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v33, null, v30, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v30, v[32:33], off
.LBB0_47:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v26, 7, v1
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_49
; %bb.48:
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v31, v26, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v32, 31, v31
	v_add_co_u32 v31, vcc_lo, s4, v31
	v_add_co_ci_u32_e64 v32, null, s5, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v31, vcc_lo, v31, v20
	v_add_co_ci_u32_e64 v32, null, v32, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v31, v[31:32], off
.LBB0_49:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v33, 0 :: v_dual_mov_b32 v32, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_51
; %bb.50:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v32, 32, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v32, v32, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v34, 31, v32
	v_add_co_u32 v32, vcc_lo, s4, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v35, null, s5, v34, vcc_lo
	v_add_co_u32 v34, vcc_lo, v32, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v35, null, v35, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v32, v[34:35], off
.LBB0_51:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_53
; %bb.52:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v33, 33, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v33, v33, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v34, 31, v33
	v_add_co_u32 v33, vcc_lo, s4, v33
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v34, null, s5, v34, vcc_lo
	v_add_co_u32 v33, vcc_lo, v33, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v34, null, v34, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v33, v[33:34], off
.LBB0_53:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v40, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	v_mov_b32_e32 v34, 0
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_55
; %bb.54:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v34, 34, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v34, v34, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v35, 31, v34
	v_add_co_u32 v34, vcc_lo, s4, v34
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v35, null, s5, v35, vcc_lo
	v_add_co_u32 v34, vcc_lo, v34, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v35, null, v35, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v34, v[34:35], off
.LBB0_55:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_57
; %bb.56:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v35, 35, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v35, v35, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v36, 31, v35
	v_add_co_u32 v35, vcc_lo, s4, v35
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v36, null, s5, v36, vcc_lo
	v_add_co_u32 v35, vcc_lo, v35, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v36, null, v36, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v40, v[35:36], off
.LBB0_57:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v42, 0 :: v_dual_mov_b32 v41, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v35, 36, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v35, v35, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v36, 31, v35
	v_add_co_u32 v35, vcc_lo, s4, v35
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v36, null, s5, v36, vcc_lo
	v_add_co_u32 v35, vcc_lo, v35, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v36, null, v36, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v41, v[35:36], off
.LBB0_59:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_61
; %bb.60:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v35, 37, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v35, v35, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v36, 31, v35
	v_add_co_u32 v35, vcc_lo, s4, v35
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v36, null, s5, v36, vcc_lo
	v_add_co_u32 v35, vcc_lo, v35, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v36, null, v36, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v42, v[35:36], off
.LBB0_61:
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_63
; %bb.62:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v35, 38, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v35, v35, s6
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v36, 31, v35
	v_add_co_u32 v35, vcc_lo, s4, v35
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v36, null, s5, v36, vcc_lo
	v_add_co_u32 v35, vcc_lo, v35, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v36, null, v36, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v35, v[35:36], off
	s_branch .LBB0_64
.LBB0_63:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v35, 0
.LBB0_64:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v43, 39, v1
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s3, s8, exec_lo
	s_cselect_b32 s3, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_66
; %bb.65:
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, v43, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v36, 31, v1
	v_add_co_u32 v1, vcc_lo, s4, v1
	v_add_co_ci_u32_e64 v37, null, s5, v36, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v36, vcc_lo, v1, v20
	v_add_co_ci_u32_e64 v37, null, v37, v21, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_u8 v1, v[36:37], off
	s_branch .LBB0_67
.LBB0_66:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b16_e32 v1.l, 0
.LBB0_67:
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_waitcnt vmcnt(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_lshlrev_b16 v1.l, 8, v1.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b32_e32 v36, 3, v0
	v_bfe_i32 v37, v0, 3, 1
	s_load_b64 s[20:21], s[0:1], 0x10
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_i32 s59, s22, 64
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v23.h, v35.l, v1.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v44, 48, v36
	v_and_b32_e32 v1, 0x210, v37
	v_lshlrev_b32_e32 v37, 6, v0
	v_xor_b32_e32 v36, 16, v4
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v35, 0, v4
	v_lshl_or_b32 v51, v77, 6, v44
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor_b32_e32 v45, v1, v44
	v_xor_b32_e32 v1, 32, v4
	v_and_b32_e32 v46, 0x1c0, v37
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v36, 0, v36
	ds_store_b8 v35, v5
	ds_store_b8 v35, v3 offset:64
	ds_store_b8 v35, v13 offset:512
	ds_store_b8 v35, v12 offset:576
	ds_store_b8 v36, v9 offset:128
	ds_store_b8 v36, v8 offset:192
	ds_store_b8 v36, v17 offset:640
	ds_store_b8 v36, v15 offset:704
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor_b32_e32 v24, v45, v24
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v37, 0, v1
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v1.h, 8, v29.l
	v_lshlrev_b16 v1.l, 8, v31.l
	v_xor_b32_e32 v4, 48, v4
	v_or_b32_e32 v8, v24, v46
	v_lshlrev_b16 v3.l, 8, v27.l
	v_or_b16 v5.l, v28.l, v1.h
	v_lshlrev_b16 v1.h, 8, v40.l
	v_or_b16 v5.h, v30.l, v1.l
	v_lshlrev_b16 v1.l, 8, v23.l
	v_add_nc_u32_e32 v39, 0, v8
	v_xor_b32_e32 v8, 32, v8
	v_or_b16 v22.h, v34.l, v1.h
	v_or_b32_e32 v34, v45, v46
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v38, 0, v4
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v4.h, v25.l, v3.l
	v_or_b16 v4.l, v22.l, v1.l
	v_lshlrev_b16 v1.l, 8, v33.l
	v_lshlrev_b16 v3.l, 8, v42.l
	v_add_nc_u32_e32 v40, 0, v8
	v_add_nc_u32_e32 v33, 0, v34
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s58, 0
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v22.l, v32.l, v1.l
	v_or_b16 v23.l, v41.l, v3.l
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s59, 1
	.loc	1 195 13                        ; kernels.py:195:13
	ds_store_b8 v37, v7 offset:256
	ds_store_b8 v37, v6 offset:320
	ds_store_b8 v37, v16 offset:768
	ds_store_b8 v37, v14 offset:832
	ds_store_b8 v38, v11 offset:384
	ds_store_b8 v38, v10 offset:448
	ds_store_b8 v38, v19 offset:896
	ds_store_b8 v38, v18 offset:960
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v39, v[4:5] offset:1024
	ds_store_b64 v40, v[22:23] offset:1024
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_70
; %bb.68:                               ; %.lr.ph
	v_add_nc_u16 v1.l, s2, v2.l
	v_or_b32_e32 v7, 64, v43
	v_add3_u32 v43, s2, v2, 64
	v_xor_b32_e32 v3, 16, v51
	v_xor_b32_e32 v4, 32, v51
	v_lshrrev_b16 v1.l, 1, v1.l
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v44, s6, v7
	v_xor_b32_e32 v5, 48, v51
	v_xor_b32_e32 v6, 16, v34
	v_xor_b32_e32 v8, 32, v34
	v_and_b32_e32 v1, 56, v1
	v_xor_b32_e32 v9, 48, v34
	v_add_co_u32 v41, vcc_lo, s4, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_co_ci_u32_e64 v42, null, s5, v21, vcc_lo
	v_add_nc_u32_e32 v2, 0x66, v1
	v_add_nc_u32_e32 v7, 0x65, v1
	v_add_nc_u32_e32 v10, 0x64, v1
	v_add_nc_u32_e32 v11, 0x63, v1
	v_add_nc_u32_e32 v12, 0x62, v1
	v_mul_lo_u32 v45, s6, v2
	v_mul_lo_u32 v46, s6, v7
	v_mul_lo_u32 v47, s6, v10
	v_mul_lo_u32 v48, s6, v11
	v_add_nc_u32_e32 v2, 0x61, v1
	v_add_nc_u32_e32 v7, 0x60, v1
	v_or_b32_e32 v10, 64, v26
	v_or_b32_e32 v11, 0x46, v1
	v_mul_lo_u32 v49, s6, v12
	v_or_b32_e32 v12, 0x45, v1
	v_mul_lo_u32 v50, s6, v2
	v_mul_lo_u32 v52, s6, v7
	v_mul_lo_u32 v53, s6, v10
	v_mul_lo_u32 v54, s6, v11
	v_or_b32_e32 v2, 0x44, v1
	v_or_b32_e32 v7, 0x43, v1
	v_or_b32_e32 v10, 0x42, v1
	v_or_b32_e32 v11, 0x41, v1
	v_or_b32_e32 v1, 64, v1
	v_mul_lo_u32 v55, s6, v12
	v_mul_lo_u32 v56, s6, v2
	v_mul_lo_u32 v57, s6, v7
	v_mul_lo_u32 v58, s6, v10
	v_mul_lo_u32 v60, s6, v1
	v_mov_b32_e32 v1, 0
	v_mul_lo_u32 v59, s6, v11
	v_add_nc_u32_e32 v61, 0, v51
	v_add_nc_u32_e32 v62, 0, v3
	v_add_nc_u32_e32 v63, 0, v4
	v_add_nc_u32_e32 v64, 0, v5
	v_add_nc_u32_e32 v65, 0, v6
	v_add_nc_u32_e32 v66, 0, v8
	v_dual_mov_b32 v2, v1 :: v_dual_add_nc_u32 v67, 0, v9
	v_mov_b32_e32 v3, v1
	v_mov_b32_e32 v4, v1
	v_mov_b32_e32 v5, v1
	v_mov_b32_e32 v6, v1
	v_mov_b32_e32 v7, v1
	v_mov_b32_e32 v8, v1
	s_lshl_b32 s60, s6, 6
	s_mov_b32 s61, 0
.LBB0_69:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u32_e32 v10, s58, v43
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s58, s58, 64
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 195 21                        ; kernels.py:195:21
	v_ashrrev_i32_e32 v29, 31, v10
	v_add_co_u32 v25, s16, s25, v10
	v_add_co_u32 v9, vcc_lo, s27, v10
	v_add_co_u32 v11, s2, s29, v10
	v_add_co_ci_u32_e64 v26, null, s26, v29, s16
	v_add_co_u32 v13, s3, s31, v10
	v_add_co_u32 v15, s4, s34, v10
	v_add_co_u32 v17, s5, s36, v10
	v_add_co_u32 v19, s6, s38, v10
	v_add_co_u32 v21, s7, s40, v10
	v_add_co_u32 v23, s8, s42, v10
	v_add_co_u32 v27, s9, s44, v10
	v_add_co_u32 v68, s10, s46, v10
	v_add_co_u32 v70, s11, s48, v10
	v_add_co_u32 v72, s12, s50, v10
	v_add_co_u32 v74, s13, s52, v10
	v_add_co_u32 v78, s14, s54, v10
	v_add_co_u32 v80, s15, s56, v10
	v_add_co_ci_u32_e64 v10, null, s28, v29, vcc_lo
	v_add_co_ci_u32_e64 v12, null, s30, v29, s2
	v_add_co_ci_u32_e64 v14, null, s33, v29, s3
	v_add_co_ci_u32_e64 v16, null, s35, v29, s4
	v_add_co_ci_u32_e64 v28, null, s45, v29, s9
	v_add_co_ci_u32_e64 v18, null, s37, v29, s5
	v_add_co_ci_u32_e64 v20, null, s39, v29, s6
	v_add_co_ci_u32_e64 v22, null, s41, v29, s7
	v_add_co_ci_u32_e64 v24, null, s43, v29, s8
	v_add_co_ci_u32_e64 v69, null, s47, v29, s10
	v_add_co_ci_u32_e64 v71, null, s49, v29, s11
	v_add_co_ci_u32_e64 v73, null, s51, v29, s12
	v_add_co_ci_u32_e64 v75, null, s53, v29, s13
	v_add_co_ci_u32_e64 v79, null, s55, v29, s14
	v_add_co_ci_u32_e64 v81, null, s57, v29, s15
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_clause 0xf
	global_load_d16_u8 v30, v[25:26], off
	global_load_d16_hi_u8 v30, v[9:10], off
	global_load_d16_u8 v29, v[11:12], off
	global_load_d16_hi_u8 v29, v[13:14], off
	global_load_d16_u8 v26, v[15:16], off
	global_load_d16_hi_u8 v26, v[17:18], off
	global_load_d16_hi_u8 v25, v[19:20], off
	global_load_d16_u8 v25, v[21:22], off
	global_load_d16_u8 v32, v[23:24], off
	global_load_d16_hi_u8 v32, v[27:28], off
	global_load_d16_u8 v31, v[68:69], off
	global_load_d16_hi_u8 v31, v[70:71], off
	global_load_d16_u8 v28, v[72:73], off
	global_load_d16_hi_u8 v28, v[74:75], off
	global_load_d16_u8 v27, v[78:79], off
	global_load_d16_hi_u8 v27, v[80:81], off
	s_waitcnt vmcnt(0)
	s_barrier
	s_waitcnt lgkmcnt(0)
	buffer_gl0_inv
	ds_load_b128 v[9:12], v61
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v16, 16, v12
	v_lshrrev_b32_e32 v75, 8, v9
	v_lshrrev_b32_e32 v76, 16, v9
	v_lshrrev_b32_e32 v78, 24, v9
	v_lshrrev_b32_e32 v79, 8, v10
	v_lshrrev_b32_e32 v80, 16, v10
	v_lshrrev_b32_e32 v81, 24, v10
	v_lshrrev_b32_e32 v82, 8, v11
	v_lshrrev_b32_e32 v83, 16, v11
	v_lshrrev_b32_e32 v84, 24, v11
	v_lshrrev_b32_e32 v85, 8, v12
	v_lshrrev_b32_e32 v86, 24, v12
	v_lshlrev_b16 v13.l, 8, v9.l
	v_lshlrev_b16 v13.h, 7, v9.l
	v_and_b16 v14.l, 0x7f, v9.l
	v_lshlrev_b16 v14.h, 8, v10.l
	v_lshlrev_b16 v15.l, 7, v10.l
	v_and_b16 v15.h, 0x7f, v10.l
	v_lshlrev_b16 v16.h, 8, v11.l
	v_lshlrev_b16 v17.l, 7, v11.l
	v_and_b16 v17.h, 0x7f, v11.l
	v_lshlrev_b16 v19.l, 8, v12.l
	v_lshlrev_b16 v19.h, 7, v12.l
	v_and_b16 v21.l, 0x7f, v12.l
	.loc	1 196 13 is_stmt 1              ; kernels.py:196:13
	ds_load_b128 v[9:12], v33 offset:1024
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_and_b16 v13.l, 0x8000, v13.l
	v_cmp_ne_u16_e64 s10, 0x7f, v15.h
	v_cmp_ne_u16_e64 s11, 0, v15.h
	v_cmp_ne_u16_e64 s12, 1, v15.h
	v_cmp_ne_u16_e64 s13, 2, v15.h
	v_cmp_ne_u16_e64 s14, 3, v15.h
	v_cmp_ne_u16_e64 s15, 4, v15.h
	v_cmp_ne_u16_e64 s16, 5, v15.h
	v_cmp_ne_u16_e64 s17, 6, v15.h
	v_cmp_ne_u16_e64 s18, 7, v15.h
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v87, 8, v9
	v_lshrrev_b32_e32 v18, 16, v9
	v_lshrrev_b32_e32 v74, 24, v9
	v_lshrrev_b32_e32 v73, 8, v10
	v_lshrrev_b32_e32 v20, 16, v10
	v_lshrrev_b32_e32 v72, 24, v10
	v_lshrrev_b32_e32 v71, 8, v11
	v_lshrrev_b32_e32 v22, 16, v11
	v_lshrrev_b32_e32 v70, 24, v11
	v_lshlrev_b16 v9.h, 8, v9.l
	v_lshlrev_b16 v10.h, 7, v9.l
	v_and_b16 v11.h, 0x7f, v9.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.l, 0x3f80, v13.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.h, 8, v11.l
	v_lshlrev_b16 v21.h, 7, v11.l
	v_and_b16 v22.h, 0x7f, v11.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v11.l, 0x3f80, v15.l
	v_add_nc_u16 v9.l, 0x2000, v9.l
	v_and_b16 v13.h, 0x8000, v14.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v69, 8, v12
	v_lshrrev_b32_e32 v24, 16, v12
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v11.l, 0x2000, v11.l
	v_cndmask_b16 v9.l, 0x7e00, v9.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v68, 24, v12
	v_lshlrev_b16 v12.h, 8, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x7e00, v11.l, s10
	v_cndmask_b16 v9.l, 0, v9.l, s2
	v_cmp_ne_u16_e64 s2, 0, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v18.h, 7, v10.l
	v_and_b16 v10.l, 0x7f, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0, v11.l, s11
	v_cndmask_b16 v9.l, 0x1800, v9.l, s3
	v_cmp_ne_u16_e64 s3, 1, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v9.h, 0x8000, v9.h
	v_cmp_ne_u16_e64 s10, 0x7f, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x1800, v11.l, s12
	v_cndmask_b16 v9.l, 0x1c00, v9.l, s4
	v_cmp_ne_u16_e64 s4, 2, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s11, 0, v10.l
	v_cmp_ne_u16_e64 s12, 1, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x1c00, v11.l, s13
	v_cndmask_b16 v9.l, 0x1e00, v9.l, s5
	v_cmp_ne_u16_e64 s5, 3, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s13, 2, v10.l
	v_lshlrev_b16 v23.h, 7, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x1e00, v11.l, s14
	v_cndmask_b16 v9.l, 0x2000, v9.l, s6
	v_cmp_ne_u16_e64 s6, 4, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s14, 3, v10.l
	v_lshlrev_b16 v23.l, 8, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x2000, v11.l, s15
	v_cndmask_b16 v9.l, 0x2100, v9.l, s7
	v_cmp_ne_u16_e64 s7, 5, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s15, 4, v10.l
	v_and_b16 v12.l, 0x7f, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x2100, v11.l, s16
	v_cndmask_b16 v9.l, 0x2200, v9.l, s8
	v_cmp_ne_u16_e64 s8, 6, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s16, 5, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v14.l, 0x8000, v19.l
	v_cndmask_b16 v11.l, 0x2200, v11.l, s17
	v_cndmask_b16 v9.l, 0x2300, v9.l, s9
	v_cmp_ne_u16_e64 s9, 7, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s17, 6, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v14.h, 8, v84.l
	v_cndmask_b16 v11.l, 0x2300, v11.l, s18
	v_or_b16 v9.l, v9.l, v13.l
	v_and_b16 v13.l, 0x3f80, v17.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s18, 7, v10.l
	v_and_b16 v10.l, 0x3f80, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v11.l, v11.l, v13.h
	v_and_b16 v13.h, 0x8000, v16.h
	v_add_nc_u16 v13.l, 0x2000, v13.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v10.h, 0x3f80, v18.h
	v_add_nc_u16 v10.l, 0x2000, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v14.h, 0x8000, v14.h
	v_lshlrev_b16 v15.h, 8, v83.l
	v_cndmask_b16 v13.l, 0x7e00, v13.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v10.h, 0x2000, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v16.h, 8, v85.l
	v_and_b16 v15.h, 0x8000, v15.h
	v_cndmask_b16 v13.l, 0, v13.l, s2
	v_cmp_ne_u16_e64 s2, 0, v21.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x7e00, v10.h, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v16.h, 0x8000, v16.h
	v_lshlrev_b16 v17.h, 8, v86.l
	v_cndmask_b16 v13.l, 0x1800, v13.l, s3
	v_cmp_ne_u16_e64 s3, 1, v21.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0, v10.h, s11
	v_lshlrev_b16 v18.h, 8, v87.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v17.h, 0x8000, v17.h
	v_cndmask_b16 v13.l, 0x1c00, v13.l, s4
	v_cmp_ne_u16_e64 s4, 2, v21.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1800, v10.h, s12
	v_and_b16 v18.h, 0x8000, v18.h
	v_lshlrev_b16 v24.h, 8, v69.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1e00, v13.l, s5
	v_cmp_ne_u16_e64 s5, 3, v21.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1c00, v10.h, s13
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v24.h, 0x8000, v24.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2000, v13.l, s6
	v_cmp_ne_u16_e64 s6, 4, v21.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1e00, v10.h, s14
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2100, v13.l, s7
	v_cmp_ne_u16_e64 s7, 5, v21.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x2000, v10.h, s15
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2200, v13.l, s8
	v_cmp_ne_u16_e64 s8, 6, v21.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x2100, v10.h, s16
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2300, v13.l, s9
	v_cmp_ne_u16_e64 s9, 7, v21.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x2200, v10.h, s17
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v13.l, v13.l, v13.h
	v_and_b16 v13.h, 0x3f80, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x2300, v10.h, s18
	v_lshlrev_b16 v19.h, 8, v74.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v13.h, 0x2000, v13.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v19.h, 0x8000, v19.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0, v13.h, s2
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s3, 1, v11.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0, v10.l, s2
	v_cmp_ne_u16_e64 s2, 0, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s4, 2, v11.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cmp_ne_u16_e64 s3, 1, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s5, 3, v11.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	v_cmp_ne_u16_e64 s4, 2, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s6, 4, v11.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cmp_ne_u16_e64 s5, 3, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s7, 5, v11.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	v_cmp_ne_u16_e64 s6, 4, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s8, 6, v11.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cmp_ne_u16_e64 s7, 5, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s9, 7, v11.h
	s_delay_alu instid0(VALU_DEP_4)
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	v_cmp_ne_u16_e64 s8, 6, v22.h
	v_and_b16 v11.h, 0x8000, v12.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.h, 8, v81.l
	v_or_b16 v15.l, v13.h, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_cmp_ne_u16_e64 s9, 7, v22.h
	v_or_b16 v19.l, v10.h, v11.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v10.h, 8, v78.l
	v_lshlrev_b16 v11.h, 8, v76.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v17.l, v10.l, v9.h
	v_and_b16 v9.h, 0x3f80, v21.h
	v_and_b16 v10.l, 0x8000, v20.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v10.h, 0x8000, v10.h
	v_and_b16 v11.h, 0x8000, v11.h
	v_and_b16 v12.h, 0x8000, v12.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v9.h, 0x2000, v9.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v13.h, 8, v80.l
	v_lshlrev_b16 v14.l, 8, v82.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.h, 7, v18.l
	v_lshlrev_b16 v21.h, 7, v73.l
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v13.h, 0x8000, v13.h
	v_and_b16 v14.l, 0x8000, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v20.h, 0x3f80, v20.h
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v22.h, 0x7f, v72.l
	v_add_nc_u16 v20.h, 0x2000, v20.h
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_add_nc_u16 v21.h, 0x2000, v21.h
	v_cmp_ne_u16_e64 s10, 0x7f, v22.h
	v_cmp_ne_u16_e64 s11, 0, v22.h
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s12, 1, v22.h
	v_cmp_ne_u16_e64 s13, 2, v22.h
	v_cmp_ne_u16_e64 s14, 3, v22.h
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s15, 4, v22.h
	v_cmp_ne_u16_e64 s16, 5, v22.h
	v_cmp_ne_u16_e64 s17, 6, v22.h
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s18, 7, v22.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cmp_ne_u16_e64 s8, 6, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_cmp_ne_u16_e64 s9, 7, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.l, 8, v79.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v21.l, v9.h, v10.l
	v_and_b16 v9.h, 0x3f80, v23.h
	v_and_b16 v10.l, 0x8000, v23.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.l, 0x8000, v12.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v23.h, 8, v72.l
	v_add_nc_u16 v9.h, 0x2000, v9.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v22.h, 0x8000, v23.h
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v23.l, v9.h, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.h, 0x7f, v75.l
	v_lshlrev_b16 v10.l, 8, v75.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v9.h
	v_cmp_ne_u16_e64 s2, 0, v9.h
	v_cmp_ne_u16_e64 s3, 1, v9.h
	v_cmp_ne_u16_e64 s4, 2, v9.h
	v_cmp_ne_u16_e64 s5, 3, v9.h
	v_cmp_ne_u16_e64 s6, 4, v9.h
	v_cmp_ne_u16_e64 s7, 5, v9.h
	v_cmp_ne_u16_e64 s8, 6, v9.h
	v_cmp_ne_u16_e64 s9, 7, v9.h
	v_lshlrev_b16 v9.h, 7, v75.l
	v_and_b16 v10.l, 0x8000, v10.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v9.h, 0x3f80, v9.h
	v_add_nc_u16 v9.h, 0x2000, v9.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cndmask_b16 v9.h, 0, v9.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_or_b16 v9.h, v9.h, v10.l
	v_and_b16 v10.l, 0x7f, v78.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v78.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.h, v10.l, v10.h
	v_and_b16 v10.l, 0x7f, v76.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v76.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.l, v10.l, v11.h
	v_and_b16 v11.h, 0x7f, v79.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_lshlrev_b16 v11.h, 7, v79.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v11.h, 0x3f80, v11.h
	v_add_nc_u16 v11.h, 0x2000, v11.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x7e00, v11.h, vcc_lo
	v_cndmask_b16 v11.h, 0, v11.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1800, v11.h, s3
	v_cndmask_b16 v11.h, 0x1c00, v11.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1e00, v11.h, s5
	v_cndmask_b16 v11.h, 0x2000, v11.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2100, v11.h, s7
	v_cndmask_b16 v11.h, 0x2200, v11.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2300, v11.h, s9
	v_or_b16 v11.h, v11.h, v12.l
	v_and_b16 v12.l, 0x7f, v81.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v81.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.h, v12.l, v12.h
	v_and_b16 v12.l, 0x7f, v80.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v80.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.l, v12.l, v13.h
	v_and_b16 v13.h, 0x7f, v82.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v13.h
	v_cmp_ne_u16_e64 s2, 0, v13.h
	v_cmp_ne_u16_e64 s3, 1, v13.h
	v_cmp_ne_u16_e64 s4, 2, v13.h
	v_cmp_ne_u16_e64 s5, 3, v13.h
	v_cmp_ne_u16_e64 s6, 4, v13.h
	v_cmp_ne_u16_e64 s7, 5, v13.h
	v_cmp_ne_u16_e64 s8, 6, v13.h
	v_cmp_ne_u16_e64 s9, 7, v13.h
	v_lshlrev_b16 v13.h, 7, v82.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v13.h, 0x3f80, v13.h
	v_add_nc_u16 v13.h, 0x2000, v13.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	v_cndmask_b16 v13.h, 0, v13.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	v_or_b16 v13.h, v13.h, v14.l
	v_and_b16 v14.l, 0x7f, v84.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v84.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.h, v14.l, v14.h
	v_and_b16 v14.l, 0x7f, v83.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v83.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.l, v14.l, v15.h
	v_and_b16 v15.h, 0x7f, v85.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v15.h
	v_cmp_ne_u16_e64 s2, 0, v15.h
	v_cmp_ne_u16_e64 s3, 1, v15.h
	v_cmp_ne_u16_e64 s4, 2, v15.h
	v_cmp_ne_u16_e64 s5, 3, v15.h
	v_cmp_ne_u16_e64 s6, 4, v15.h
	v_cmp_ne_u16_e64 s7, 5, v15.h
	v_cmp_ne_u16_e64 s8, 6, v15.h
	v_cmp_ne_u16_e64 s9, 7, v15.h
	v_lshlrev_b16 v15.h, 7, v85.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v15.h, 0x3f80, v15.h
	v_add_nc_u16 v15.h, 0x2000, v15.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x7e00, v15.h, vcc_lo
	v_cndmask_b16 v15.h, 0, v15.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1800, v15.h, s3
	v_cndmask_b16 v15.h, 0x1c00, v15.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1e00, v15.h, s5
	v_cndmask_b16 v15.h, 0x2000, v15.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2100, v15.h, s7
	v_cndmask_b16 v15.h, 0x2200, v15.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2300, v15.h, s9
	v_or_b16 v15.h, v15.h, v16.h
	v_and_b16 v16.h, 0x7f, v86.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.h
	v_cmp_ne_u16_e64 s2, 0, v16.h
	v_cmp_ne_u16_e64 s3, 1, v16.h
	v_cmp_ne_u16_e64 s4, 2, v16.h
	v_cmp_ne_u16_e64 s5, 3, v16.h
	v_cmp_ne_u16_e64 s6, 4, v16.h
	v_cmp_ne_u16_e64 s7, 5, v16.h
	v_cmp_ne_u16_e64 s8, 6, v16.h
	v_cmp_ne_u16_e64 s9, 7, v16.h
	v_lshlrev_b16 v16.h, 7, v86.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v16.h, 0x3f80, v16.h
	v_add_nc_u16 v16.h, 0x2000, v16.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.h, 0x7e00, v16.h, vcc_lo
	v_cndmask_b16 v16.h, 0, v16.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.h, 0x1800, v16.h, s3
	v_cndmask_b16 v16.h, 0x1c00, v16.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.h, 0x1e00, v16.h, s5
	v_cndmask_b16 v16.h, 0x2000, v16.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.h, 0x2100, v16.h, s7
	v_cndmask_b16 v16.h, 0x2200, v16.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.h, 0x2300, v16.h, s9
	v_or_b16 v16.h, v16.h, v17.h
	v_and_b16 v17.h, 0x7f, v16.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.h
	v_cmp_ne_u16_e64 s2, 0, v17.h
	v_cmp_ne_u16_e64 s3, 1, v17.h
	v_cmp_ne_u16_e64 s4, 2, v17.h
	v_cmp_ne_u16_e64 s5, 3, v17.h
	v_cmp_ne_u16_e64 s6, 4, v17.h
	v_cmp_ne_u16_e64 s7, 5, v17.h
	v_cmp_ne_u16_e64 s8, 6, v17.h
	v_cmp_ne_u16_e64 s9, 7, v17.h
	v_lshlrev_b16 v17.h, 7, v16.l
	v_lshlrev_b16 v16.l, 8, v16.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v17.h, 0x3f80, v17.h
	v_and_b16 v16.l, 0x8000, v16.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v17.h, 0x2000, v17.h
	v_cndmask_b16 v17.h, 0x7e00, v17.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0, v17.h, s2
	v_cndmask_b16 v17.h, 0x1800, v17.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1c00, v17.h, s4
	v_cndmask_b16 v17.h, 0x1e00, v17.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2000, v17.h, s6
	v_cndmask_b16 v17.h, 0x2100, v17.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2200, v17.h, s8
	v_cndmask_b16 v17.h, 0x2300, v17.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v16.l, v17.h, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v17.h, 0x7f, v87.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.h
	v_cmp_ne_u16_e64 s2, 0, v17.h
	v_cmp_ne_u16_e64 s3, 1, v17.h
	v_cmp_ne_u16_e64 s4, 2, v17.h
	v_cmp_ne_u16_e64 s5, 3, v17.h
	v_cmp_ne_u16_e64 s6, 4, v17.h
	v_cmp_ne_u16_e64 s7, 5, v17.h
	v_cmp_ne_u16_e64 s8, 6, v17.h
	v_cmp_ne_u16_e64 s9, 7, v17.h
	v_lshlrev_b16 v17.h, 7, v87.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v17.h, 0x3f80, v17.h
	v_add_nc_u16 v17.h, 0x2000, v17.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x7e00, v17.h, vcc_lo
	v_cndmask_b16 v17.h, 0, v17.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1800, v17.h, s3
	v_cndmask_b16 v17.h, 0x1c00, v17.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1e00, v17.h, s5
	v_cndmask_b16 v17.h, 0x2000, v17.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2100, v17.h, s7
	v_cndmask_b16 v17.h, 0x2200, v17.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2300, v17.h, s9
	v_or_b16 v17.h, v17.h, v18.h
	v_and_b16 v18.h, 0x7f, v74.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v18.h
	v_cmp_ne_u16_e64 s2, 0, v18.h
	v_cmp_ne_u16_e64 s3, 1, v18.h
	v_cmp_ne_u16_e64 s4, 2, v18.h
	v_cmp_ne_u16_e64 s5, 3, v18.h
	v_cmp_ne_u16_e64 s6, 4, v18.h
	v_cmp_ne_u16_e64 s7, 5, v18.h
	v_cmp_ne_u16_e64 s8, 6, v18.h
	v_cmp_ne_u16_e64 s9, 7, v18.h
	v_lshlrev_b16 v18.h, 7, v74.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v18.h, 0x3f80, v18.h
	v_add_nc_u16 v18.h, 0x2000, v18.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x7e00, v18.h, vcc_lo
	v_cndmask_b16 v18.h, 0, v18.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x1800, v18.h, s3
	v_cndmask_b16 v18.h, 0x1c00, v18.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x1e00, v18.h, s5
	v_cndmask_b16 v18.h, 0x2000, v18.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x2100, v18.h, s7
	v_cndmask_b16 v18.h, 0x2200, v18.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x2300, v18.h, s9
	v_or_b16 v18.h, v18.h, v19.h
	v_and_b16 v19.h, 0x7f, v18.l
	v_lshlrev_b16 v18.l, 8, v18.l
	s_delay_alu instid0(VALU_DEP_2)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cmp_ne_u16_e64 s5, 3, v19.h
	v_cndmask_b16 v20.h, 0x7e00, v20.h, vcc_lo
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_cmp_ne_u16_e64 s7, 5, v19.h
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_cndmask_b16 v20.h, 0, v20.h, s2
	v_and_b16 v19.h, 0x7f, v73.l
	v_and_b16 v18.l, 0x8000, v18.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v20.h, 0x1800, v20.h, s3
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b16 v20.h, 0x1c00, v20.h, s4
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v20.h, 0x1e00, v20.h, s5
	v_cmp_ne_u16_e64 s5, 3, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0, v21.h, s2
	v_cndmask_b16 v20.h, 0x2000, v20.h, s6
	v_cmp_ne_u16_e64 s6, 4, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v20.h, 0x2100, v20.h, s7
	v_cmp_ne_u16_e64 s7, 5, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	v_cndmask_b16 v20.h, 0x2200, v20.h, s8
	v_cmp_ne_u16_e64 s8, 6, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v20.h, 0x2300, v20.h, s9
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_lshlrev_b16 v19.h, 7, v72.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	v_or_b16 v18.l, v20.h, v18.l
	v_lshlrev_b16 v20.h, 8, v73.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v19.h, 0x3f80, v19.h
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[72:75], v62
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v20.h, 0x8000, v20.h
	v_add_nc_u16 v19.h, 0x2000, v19.h
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v19.h, 0x7e00, v19.h, s10
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0, v19.h, s11
	v_cndmask_b16 v19.h, 0x1800, v19.h, s12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x1c00, v19.h, s13
	v_cndmask_b16 v19.h, 0x1e00, v19.h, s14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x2000, v19.h, s15
	v_cndmask_b16 v19.h, 0x2100, v19.h, s16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x2200, v19.h, s17
	v_cndmask_b16 v23.h, 0x2300, v19.h, s18
	v_or_b16 v19.h, v21.h, v20.h
	v_and_b16 v21.h, 0x7f, v20.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v20.h, v23.h, v22.h
	v_lshlrev_b16 v22.h, 8, v71.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v20.l
	v_lshlrev_b16 v20.l, 8, v20.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_lshlrev_b16 v23.h, 8, v70.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v20.l, 0x8000, v20.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v23.h, 0x8000, v23.h
	v_add_nc_u16 v21.h, 0x2000, v21.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v21.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	v_or_b16 v20.l, v21.h, v20.l
	v_and_b16 v21.h, 0x7f, v71.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v71.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_add_nc_u16 v21.h, 0x2000, v21.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v21.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	v_or_b16 v21.h, v21.h, v22.h
	v_and_b16 v22.h, 0x7f, v70.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.h
	v_cmp_ne_u16_e64 s2, 0, v22.h
	v_cmp_ne_u16_e64 s3, 1, v22.h
	v_cmp_ne_u16_e64 s4, 2, v22.h
	v_cmp_ne_u16_e64 s5, 3, v22.h
	v_cmp_ne_u16_e64 s6, 4, v22.h
	v_cmp_ne_u16_e64 s7, 5, v22.h
	v_cmp_ne_u16_e64 s8, 6, v22.h
	v_cmp_ne_u16_e64 s9, 7, v22.h
	v_lshlrev_b16 v22.h, 7, v70.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v22.h, 0x3f80, v22.h
	v_add_nc_u16 v22.h, 0x2000, v22.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x7e00, v22.h, vcc_lo
	v_cndmask_b16 v22.h, 0, v22.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x1800, v22.h, s3
	v_cndmask_b16 v22.h, 0x1c00, v22.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x1e00, v22.h, s5
	v_cndmask_b16 v22.h, 0x2000, v22.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x2100, v22.h, s7
	v_cndmask_b16 v22.h, 0x2200, v22.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x2300, v22.h, s9
	v_or_b16 v22.h, v22.h, v23.h
	v_and_b16 v23.h, 0x7f, v22.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v22.l
	v_lshlrev_b16 v22.l, 8, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v23.h, 0x3f80, v23.h
	v_and_b16 v22.l, 0x8000, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v23.h, 0x2000, v23.h
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0, v23.h, s2
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v22.l, v23.h, v22.l
	v_and_b16 v23.h, 0x7f, v69.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v69.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v23.h, 0x3f80, v23.h
	v_add_nc_u16 v23.h, 0x2000, v23.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	v_cndmask_b16 v23.h, 0, v23.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	v_or_b16 v23.h, v23.h, v24.h
	v_and_b16 v24.h, 0x7f, v68.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v24.h
	v_cmp_ne_u16_e64 s2, 0, v24.h
	v_cmp_ne_u16_e64 s3, 1, v24.h
	v_cmp_ne_u16_e64 s4, 2, v24.h
	v_cmp_ne_u16_e64 s5, 3, v24.h
	v_cmp_ne_u16_e64 s6, 4, v24.h
	v_cmp_ne_u16_e64 s7, 5, v24.h
	v_cmp_ne_u16_e64 s8, 6, v24.h
	v_cmp_ne_u16_e64 s9, 7, v24.h
	v_lshlrev_b16 v24.h, 7, v68.l
	v_lshlrev_b16 v68.l, 8, v68.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v24.h, 0x3f80, v24.h
	v_and_b16 v68.l, 0x8000, v68.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v24.h, 0x2000, v24.h
	v_cndmask_b16 v24.h, 0x7e00, v24.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0, v24.h, s2
	v_cndmask_b16 v24.h, 0x1800, v24.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x1c00, v24.h, s4
	v_cndmask_b16 v24.h, 0x1e00, v24.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x2000, v24.h, s6
	v_cndmask_b16 v24.h, 0x2100, v24.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x2200, v24.h, s8
	v_cndmask_b16 v24.h, 0x2300, v24.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v24.h, v24.h, v68.l
	v_and_b16 v68.l, 0x7f, v24.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v68.l
	v_cmp_ne_u16_e64 s2, 0, v68.l
	v_cmp_ne_u16_e64 s3, 1, v68.l
	v_cmp_ne_u16_e64 s4, 2, v68.l
	v_cmp_ne_u16_e64 s5, 3, v68.l
	v_cmp_ne_u16_e64 s6, 4, v68.l
	v_cmp_ne_u16_e64 s7, 5, v68.l
	v_cmp_ne_u16_e64 s8, 6, v68.l
	v_cmp_ne_u16_e64 s9, 7, v68.l
	v_lshlrev_b16 v68.l, 7, v24.l
	v_lshlrev_b16 v24.l, 8, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v68.l, 0x3f80, v68.l
	v_and_b16 v24.l, 0x8000, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v68.l, 0x2000, v68.l
	v_cndmask_b16 v68.l, 0x7e00, v68.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0, v68.l, s2
	v_cndmask_b16 v68.l, 0x1800, v68.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x1c00, v68.l, s4
	v_cndmask_b16 v68.l, 0x1e00, v68.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x2000, v68.l, s6
	v_cndmask_b16 v68.l, 0x2100, v68.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x2200, v68.l, s8
	v_cndmask_b16 v68.l, 0x2300, v68.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b16 v24.l, v68.l, v24.l
	.loc	1 197 16                        ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[17:24], v[9:16], v[1:8]
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[9:12], v65 offset:1024
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16 v13.h, 7, v72.l
	v_lshrrev_b32_e32 v76, 8, v72
	v_lshrrev_b32_e32 v78, 16, v72
	v_lshrrev_b32_e32 v79, 24, v72
	v_lshrrev_b32_e32 v80, 8, v73
	v_lshrrev_b32_e32 v81, 16, v73
	v_lshrrev_b32_e32 v82, 24, v73
	v_lshrrev_b32_e32 v83, 8, v74
	v_lshrrev_b32_e32 v84, 16, v74
	v_lshrrev_b32_e32 v85, 24, v74
	v_lshrrev_b32_e32 v86, 8, v75
	v_lshrrev_b32_e32 v87, 16, v75
	v_lshrrev_b32_e32 v88, 24, v75
	v_lshlrev_b16 v13.l, 8, v72.l
	v_and_b16 v14.l, 0x7f, v72.l
	v_lshlrev_b16 v14.h, 8, v73.l
	v_lshlrev_b16 v15.l, 7, v73.l
	v_and_b16 v15.h, 0x7f, v73.l
	v_lshlrev_b16 v16.l, 8, v74.l
	v_lshlrev_b16 v16.h, 7, v74.l
	v_and_b16 v17.l, 0x7f, v74.l
	v_lshlrev_b16 v17.h, 8, v75.l
	v_lshlrev_b16 v19.l, 7, v75.l
	v_and_b16 v19.h, 0x7f, v75.l
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v75, 8, v9
	v_lshrrev_b32_e32 v18, 16, v9
	v_lshrrev_b32_e32 v74, 24, v9
	v_lshrrev_b32_e32 v73, 8, v10
	v_lshrrev_b32_e32 v20, 16, v10
	v_lshrrev_b32_e32 v72, 24, v10
	v_lshrrev_b32_e32 v71, 8, v11
	v_lshrrev_b32_e32 v22, 16, v11
	v_lshrrev_b32_e32 v70, 24, v11
	v_lshlrev_b16 v9.h, 8, v9.l
	v_lshlrev_b16 v10.h, 7, v9.l
	v_and_b16 v11.h, 0x7f, v9.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.l, 0x3f80, v13.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_add_nc_u16 v9.l, 0x2000, v9.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cndmask_b16 v9.l, 0x7e00, v9.l, vcc_lo
	v_cmp_ne_u16_e64 s9, 7, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.h, 8, v11.l
	v_lshlrev_b16 v21.l, 7, v11.l
	v_and_b16 v21.h, 0x7f, v11.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v9.l, 0, v9.l, s2
	v_and_b16 v11.l, 0x3f80, v15.l
	v_and_b16 v13.l, 0x8000, v13.l
	v_cmp_ne_u16_e64 s10, 0x7f, v15.h
	v_cmp_ne_u16_e64 s11, 0, v15.h
	v_cndmask_b16 v9.l, 0x1800, v9.l, s3
	v_add_nc_u16 v11.l, 0x2000, v11.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.l
	v_cmp_ne_u16_e64 s12, 1, v15.h
	v_cmp_ne_u16_e64 s2, 0, v17.l
	v_cndmask_b16 v9.l, 0x1c00, v9.l, s4
	v_cndmask_b16 v11.l, 0x7e00, v11.l, s10
	v_cmp_ne_u16_e64 s13, 2, v15.h
	v_cmp_ne_u16_e64 s3, 1, v17.l
	v_cmp_ne_u16_e64 s14, 3, v15.h
	v_cndmask_b16 v9.l, 0x1e00, v9.l, s5
	v_cndmask_b16 v11.l, 0, v11.l, s11
	v_cmp_ne_u16_e64 s4, 2, v17.l
	v_cmp_ne_u16_e64 s15, 4, v15.h
	v_cmp_ne_u16_e64 s5, 3, v17.l
	v_cndmask_b16 v9.l, 0x2000, v9.l, s6
	v_cndmask_b16 v11.l, 0x1800, v11.l, s12
	v_cmp_ne_u16_e64 s16, 5, v15.h
	v_cmp_ne_u16_e64 s6, 4, v17.l
	v_cmp_ne_u16_e64 s17, 6, v15.h
	v_cndmask_b16 v9.l, 0x2100, v9.l, s7
	v_cndmask_b16 v11.l, 0x1c00, v11.l, s13
	v_cmp_ne_u16_e64 s7, 5, v17.l
	v_cmp_ne_u16_e64 s18, 7, v15.h
	v_and_b16 v13.h, 0x8000, v14.h
	v_cndmask_b16 v9.l, 0x2200, v9.l, s8
	v_cndmask_b16 v11.l, 0x1e00, v11.l, s14
	v_cmp_ne_u16_e64 s8, 6, v17.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v69, 8, v12
	v_lshrrev_b32_e32 v24, 16, v12
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v9.l, 0x2300, v9.l, s9
	v_cndmask_b16 v11.l, 0x2000, v11.l, s15
	v_cmp_ne_u16_e64 s9, 7, v17.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v68, 24, v12
	v_lshlrev_b16 v12.h, 8, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v9.l, v9.l, v13.l
	v_and_b16 v13.l, 0x3f80, v16.h
	v_cndmask_b16 v11.l, 0x2100, v11.l, s16
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v18.h, 7, v10.l
	v_and_b16 v10.l, 0x7f, v10.l
	v_and_b16 v9.h, 0x8000, v9.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v13.l, 0x2000, v13.l
	v_cndmask_b16 v11.l, 0x2200, v11.l, s17
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v23.l, 7, v12.l
	v_cmp_ne_u16_e64 s10, 0x7f, v10.l
	v_cmp_ne_u16_e64 s11, 0, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x7e00, v13.l, vcc_lo
	v_cndmask_b16 v11.l, 0x2300, v11.l, s18
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s12, 1, v10.l
	v_cmp_ne_u16_e64 s13, 2, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0, v13.l, s2
	v_or_b16 v11.l, v11.l, v13.h
	v_and_b16 v13.h, 0x8000, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s14, 3, v10.l
	v_cmp_ne_u16_e64 s15, 4, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1800, v13.l, s3
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s16, 5, v10.l
	v_cmp_ne_u16_e64 s17, 6, v10.l
	v_cmp_ne_u16_e64 s18, 7, v10.l
	v_and_b16 v10.l, 0x3f80, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1c00, v13.l, s4
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	v_cmp_ne_u16_e64 s4, 2, v19.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v10.l, 0x2000, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1e00, v13.l, s5
	v_cmp_ne_u16_e64 s5, 3, v19.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v22.h, 8, v12.l
	v_and_b16 v12.l, 0x7f, v12.l
	v_and_b16 v10.h, 0x3f80, v18.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2000, v13.l, s6
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_and_b16 v14.l, 0x8000, v17.h
	v_lshlrev_b16 v14.h, 8, v85.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v10.h, 0x2000, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2100, v13.l, s7
	v_cmp_ne_u16_e64 s7, 5, v19.h
	v_lshlrev_b16 v15.h, 8, v84.l
	v_and_b16 v14.h, 0x8000, v14.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x7e00, v10.h, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2200, v13.l, s8
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_and_b16 v15.h, 0x8000, v15.h
	v_lshlrev_b16 v16.l, 8, v86.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0, v10.h, s11
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2300, v13.l, s9
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_lshlrev_b16 v16.h, 8, v88.l
	v_and_b16 v16.l, 0x8000, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1800, v10.h, s12
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v13.l, v13.l, v13.h
	v_and_b16 v13.h, 0x3f80, v19.l
	v_and_b16 v16.h, 0x8000, v16.h
	v_lshlrev_b16 v17.h, 8, v87.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1c00, v10.h, s13
	v_lshlrev_b16 v18.h, 8, v75.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v13.h, 0x2000, v13.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v19.h, 8, v74.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v17.h, 0x8000, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1e00, v10.h, s14
	v_and_b16 v18.h, 0x8000, v18.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_and_b16 v19.h, 0x8000, v19.h
	v_cndmask_b16 v10.h, 0x2000, v10.h, s15
	v_lshlrev_b16 v23.h, 8, v72.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0, v13.h, s2
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cndmask_b16 v10.h, 0x2100, v10.h, s16
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cndmask_b16 v10.l, 0, v10.l, s2
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cndmask_b16 v10.h, 0x2200, v10.h, s17
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cndmask_b16 v10.h, 0x2300, v10.h, s18
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_lshlrev_b16 v24.h, 8, v69.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_and_b16 v24.h, 0x8000, v24.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	v_cmp_ne_u16_e64 s6, 4, v21.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cmp_ne_u16_e64 s7, 5, v21.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_and_b16 v11.h, 0x8000, v12.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.h, 8, v82.l
	v_or_b16 v15.l, v13.h, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_or_b16 v19.l, v10.h, v11.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v10.h, 8, v79.l
	v_lshlrev_b16 v11.h, 8, v78.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v17.l, v10.l, v9.h
	v_and_b16 v9.h, 0x3f80, v21.l
	v_and_b16 v10.l, 0x8000, v20.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v10.h, 0x8000, v10.h
	v_and_b16 v11.h, 0x8000, v11.h
	v_and_b16 v12.h, 0x8000, v12.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v9.h, 0x2000, v9.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v13.h, 8, v81.l
	v_lshlrev_b16 v14.l, 8, v83.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.h, 7, v18.l
	v_lshlrev_b16 v21.h, 7, v73.l
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v13.h, 0x8000, v13.h
	v_and_b16 v14.l, 0x8000, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v20.h, 0x3f80, v20.h
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_and_b16 v21.h, 0x3f80, v21.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_nc_u16 v20.h, 0x2000, v20.h
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cmp_ne_u16_e64 s3, 1, v12.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u16 v21.h, 0x2000, v21.h
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cmp_ne_u16_e64 s4, 2, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cmp_ne_u16_e64 s6, 4, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cmp_ne_u16_e64 s8, 6, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_cmp_ne_u16_e64 s9, 7, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.l, 8, v80.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v21.l, v9.h, v10.l
	v_and_b16 v9.h, 0x3f80, v23.l
	v_and_b16 v10.l, 0x8000, v22.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.l, 0x8000, v12.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v22.h, 0x7f, v72.l
	v_add_nc_u16 v9.h, 0x2000, v9.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cmp_ne_u16_e64 s10, 0x7f, v22.h
	v_cmp_ne_u16_e64 s11, 0, v22.h
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cmp_ne_u16_e64 s12, 1, v22.h
	v_cmp_ne_u16_e64 s13, 2, v22.h
	v_cmp_ne_u16_e64 s14, 3, v22.h
	v_cmp_ne_u16_e64 s15, 4, v22.h
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cmp_ne_u16_e64 s16, 5, v22.h
	v_cmp_ne_u16_e64 s17, 6, v22.h
	v_cmp_ne_u16_e64 s18, 7, v22.h
	v_and_b16 v22.h, 0x8000, v23.h
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v23.l, v9.h, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.h, 0x7f, v76.l
	v_lshlrev_b16 v10.l, 8, v76.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v9.h
	v_cmp_ne_u16_e64 s2, 0, v9.h
	v_cmp_ne_u16_e64 s3, 1, v9.h
	v_cmp_ne_u16_e64 s4, 2, v9.h
	v_cmp_ne_u16_e64 s5, 3, v9.h
	v_cmp_ne_u16_e64 s6, 4, v9.h
	v_cmp_ne_u16_e64 s7, 5, v9.h
	v_cmp_ne_u16_e64 s8, 6, v9.h
	v_cmp_ne_u16_e64 s9, 7, v9.h
	v_lshlrev_b16 v9.h, 7, v76.l
	v_and_b16 v10.l, 0x8000, v10.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v9.h, 0x3f80, v9.h
	v_add_nc_u16 v9.h, 0x2000, v9.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cndmask_b16 v9.h, 0, v9.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_or_b16 v9.h, v9.h, v10.l
	v_and_b16 v10.l, 0x7f, v79.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v79.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.h, v10.l, v10.h
	v_and_b16 v10.l, 0x7f, v78.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v78.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.l, v10.l, v11.h
	v_and_b16 v11.h, 0x7f, v80.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_lshlrev_b16 v11.h, 7, v80.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v11.h, 0x3f80, v11.h
	v_add_nc_u16 v11.h, 0x2000, v11.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x7e00, v11.h, vcc_lo
	v_cndmask_b16 v11.h, 0, v11.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1800, v11.h, s3
	v_cndmask_b16 v11.h, 0x1c00, v11.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1e00, v11.h, s5
	v_cndmask_b16 v11.h, 0x2000, v11.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2100, v11.h, s7
	v_cndmask_b16 v11.h, 0x2200, v11.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2300, v11.h, s9
	v_or_b16 v11.h, v11.h, v12.l
	v_and_b16 v12.l, 0x7f, v82.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v82.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.h, v12.l, v12.h
	v_and_b16 v12.l, 0x7f, v81.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v81.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.l, v12.l, v13.h
	v_and_b16 v13.h, 0x7f, v83.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v13.h
	v_cmp_ne_u16_e64 s2, 0, v13.h
	v_cmp_ne_u16_e64 s3, 1, v13.h
	v_cmp_ne_u16_e64 s4, 2, v13.h
	v_cmp_ne_u16_e64 s5, 3, v13.h
	v_cmp_ne_u16_e64 s6, 4, v13.h
	v_cmp_ne_u16_e64 s7, 5, v13.h
	v_cmp_ne_u16_e64 s8, 6, v13.h
	v_cmp_ne_u16_e64 s9, 7, v13.h
	v_lshlrev_b16 v13.h, 7, v83.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v13.h, 0x3f80, v13.h
	v_add_nc_u16 v13.h, 0x2000, v13.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	v_cndmask_b16 v13.h, 0, v13.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	v_or_b16 v13.h, v13.h, v14.l
	v_and_b16 v14.l, 0x7f, v85.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v85.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.h, v14.l, v14.h
	v_and_b16 v14.l, 0x7f, v84.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v84.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.l, v14.l, v15.h
	v_and_b16 v15.h, 0x7f, v86.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v15.h
	v_cmp_ne_u16_e64 s2, 0, v15.h
	v_cmp_ne_u16_e64 s3, 1, v15.h
	v_cmp_ne_u16_e64 s4, 2, v15.h
	v_cmp_ne_u16_e64 s5, 3, v15.h
	v_cmp_ne_u16_e64 s6, 4, v15.h
	v_cmp_ne_u16_e64 s7, 5, v15.h
	v_cmp_ne_u16_e64 s8, 6, v15.h
	v_cmp_ne_u16_e64 s9, 7, v15.h
	v_lshlrev_b16 v15.h, 7, v86.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v15.h, 0x3f80, v15.h
	v_add_nc_u16 v15.h, 0x2000, v15.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x7e00, v15.h, vcc_lo
	v_cndmask_b16 v15.h, 0, v15.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1800, v15.h, s3
	v_cndmask_b16 v15.h, 0x1c00, v15.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1e00, v15.h, s5
	v_cndmask_b16 v15.h, 0x2000, v15.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2100, v15.h, s7
	v_cndmask_b16 v15.h, 0x2200, v15.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2300, v15.h, s9
	v_or_b16 v15.h, v15.h, v16.l
	v_and_b16 v16.l, 0x7f, v88.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.l
	v_cmp_ne_u16_e64 s2, 0, v16.l
	v_cmp_ne_u16_e64 s3, 1, v16.l
	v_cmp_ne_u16_e64 s4, 2, v16.l
	v_cmp_ne_u16_e64 s5, 3, v16.l
	v_cmp_ne_u16_e64 s6, 4, v16.l
	v_cmp_ne_u16_e64 s7, 5, v16.l
	v_cmp_ne_u16_e64 s8, 6, v16.l
	v_cmp_ne_u16_e64 s9, 7, v16.l
	v_lshlrev_b16 v16.l, 7, v88.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v16.l, 0x3f80, v16.l
	v_add_nc_u16 v16.l, 0x2000, v16.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7e00, v16.l, vcc_lo
	v_cndmask_b16 v16.l, 0, v16.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1800, v16.l, s3
	v_cndmask_b16 v16.l, 0x1c00, v16.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1e00, v16.l, s5
	v_cndmask_b16 v16.l, 0x2000, v16.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2100, v16.l, s7
	v_cndmask_b16 v16.l, 0x2200, v16.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2300, v16.l, s9
	v_or_b16 v16.h, v16.l, v16.h
	v_and_b16 v16.l, 0x7f, v87.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.l
	v_cmp_ne_u16_e64 s2, 0, v16.l
	v_cmp_ne_u16_e64 s3, 1, v16.l
	v_cmp_ne_u16_e64 s4, 2, v16.l
	v_cmp_ne_u16_e64 s5, 3, v16.l
	v_cmp_ne_u16_e64 s6, 4, v16.l
	v_cmp_ne_u16_e64 s7, 5, v16.l
	v_cmp_ne_u16_e64 s8, 6, v16.l
	v_cmp_ne_u16_e64 s9, 7, v16.l
	v_lshlrev_b16 v16.l, 7, v87.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v16.l, 0x3f80, v16.l
	v_add_nc_u16 v16.l, 0x2000, v16.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7e00, v16.l, vcc_lo
	v_cndmask_b16 v16.l, 0, v16.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1800, v16.l, s3
	v_cndmask_b16 v16.l, 0x1c00, v16.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1e00, v16.l, s5
	v_cndmask_b16 v16.l, 0x2000, v16.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2100, v16.l, s7
	v_cndmask_b16 v16.l, 0x2200, v16.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2300, v16.l, s9
	v_or_b16 v16.l, v16.l, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v17.h, 0x7f, v75.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.h
	v_cmp_ne_u16_e64 s2, 0, v17.h
	v_cmp_ne_u16_e64 s3, 1, v17.h
	v_cmp_ne_u16_e64 s4, 2, v17.h
	v_cmp_ne_u16_e64 s5, 3, v17.h
	v_cmp_ne_u16_e64 s6, 4, v17.h
	v_cmp_ne_u16_e64 s7, 5, v17.h
	v_cmp_ne_u16_e64 s8, 6, v17.h
	v_cmp_ne_u16_e64 s9, 7, v17.h
	v_lshlrev_b16 v17.h, 7, v75.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v17.h, 0x3f80, v17.h
	v_add_nc_u16 v17.h, 0x2000, v17.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x7e00, v17.h, vcc_lo
	v_cndmask_b16 v17.h, 0, v17.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1800, v17.h, s3
	v_cndmask_b16 v17.h, 0x1c00, v17.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1e00, v17.h, s5
	v_cndmask_b16 v17.h, 0x2000, v17.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2100, v17.h, s7
	v_cndmask_b16 v17.h, 0x2200, v17.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2300, v17.h, s9
	v_or_b16 v17.h, v17.h, v18.h
	v_and_b16 v18.h, 0x7f, v74.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v18.h
	v_cmp_ne_u16_e64 s2, 0, v18.h
	v_cmp_ne_u16_e64 s3, 1, v18.h
	v_cmp_ne_u16_e64 s4, 2, v18.h
	v_cmp_ne_u16_e64 s5, 3, v18.h
	v_cmp_ne_u16_e64 s6, 4, v18.h
	v_cmp_ne_u16_e64 s7, 5, v18.h
	v_cmp_ne_u16_e64 s8, 6, v18.h
	v_cmp_ne_u16_e64 s9, 7, v18.h
	v_lshlrev_b16 v18.h, 7, v74.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v18.h, 0x3f80, v18.h
	v_add_nc_u16 v18.h, 0x2000, v18.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x7e00, v18.h, vcc_lo
	v_cndmask_b16 v18.h, 0, v18.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x1800, v18.h, s3
	v_cndmask_b16 v18.h, 0x1c00, v18.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x1e00, v18.h, s5
	v_cndmask_b16 v18.h, 0x2000, v18.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x2100, v18.h, s7
	v_cndmask_b16 v18.h, 0x2200, v18.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x2300, v18.h, s9
	v_or_b16 v18.h, v18.h, v19.h
	v_and_b16 v19.h, 0x7f, v18.l
	v_lshlrev_b16 v18.l, 8, v18.l
	s_delay_alu instid0(VALU_DEP_2)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cmp_ne_u16_e64 s5, 3, v19.h
	v_cndmask_b16 v20.h, 0x7e00, v20.h, vcc_lo
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_cmp_ne_u16_e64 s7, 5, v19.h
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_cndmask_b16 v20.h, 0, v20.h, s2
	v_and_b16 v19.h, 0x7f, v73.l
	v_and_b16 v18.l, 0x8000, v18.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v20.h, 0x1800, v20.h, s3
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b16 v20.h, 0x1c00, v20.h, s4
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v20.h, 0x1e00, v20.h, s5
	v_cmp_ne_u16_e64 s5, 3, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0, v21.h, s2
	v_cndmask_b16 v20.h, 0x2000, v20.h, s6
	v_cmp_ne_u16_e64 s6, 4, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v20.h, 0x2100, v20.h, s7
	v_cmp_ne_u16_e64 s7, 5, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	v_cndmask_b16 v20.h, 0x2200, v20.h, s8
	v_cmp_ne_u16_e64 s8, 6, v19.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v20.h, 0x2300, v20.h, s9
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_lshlrev_b16 v19.h, 7, v72.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	v_or_b16 v18.l, v20.h, v18.l
	v_lshlrev_b16 v20.h, 8, v73.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v19.h, 0x3f80, v19.h
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[72:75], v63
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v20.h, 0x8000, v20.h
	v_add_nc_u16 v19.h, 0x2000, v19.h
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v19.h, 0x7e00, v19.h, s10
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0, v19.h, s11
	v_cndmask_b16 v19.h, 0x1800, v19.h, s12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x1c00, v19.h, s13
	v_cndmask_b16 v19.h, 0x1e00, v19.h, s14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x2000, v19.h, s15
	v_cndmask_b16 v19.h, 0x2100, v19.h, s16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x2200, v19.h, s17
	v_cndmask_b16 v23.h, 0x2300, v19.h, s18
	v_or_b16 v19.h, v21.h, v20.h
	v_and_b16 v21.h, 0x7f, v20.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v20.h, v23.h, v22.h
	v_lshlrev_b16 v22.h, 8, v71.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v20.l
	v_lshlrev_b16 v20.l, 8, v20.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_lshlrev_b16 v23.h, 8, v70.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v20.l, 0x8000, v20.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v23.h, 0x8000, v23.h
	v_add_nc_u16 v21.h, 0x2000, v21.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v21.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	v_or_b16 v20.l, v21.h, v20.l
	v_and_b16 v21.h, 0x7f, v71.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v71.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_add_nc_u16 v21.h, 0x2000, v21.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v21.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	v_or_b16 v21.h, v21.h, v22.h
	v_and_b16 v22.h, 0x7f, v70.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.h
	v_cmp_ne_u16_e64 s2, 0, v22.h
	v_cmp_ne_u16_e64 s3, 1, v22.h
	v_cmp_ne_u16_e64 s4, 2, v22.h
	v_cmp_ne_u16_e64 s5, 3, v22.h
	v_cmp_ne_u16_e64 s6, 4, v22.h
	v_cmp_ne_u16_e64 s7, 5, v22.h
	v_cmp_ne_u16_e64 s8, 6, v22.h
	v_cmp_ne_u16_e64 s9, 7, v22.h
	v_lshlrev_b16 v22.h, 7, v70.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v22.h, 0x3f80, v22.h
	v_add_nc_u16 v22.h, 0x2000, v22.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x7e00, v22.h, vcc_lo
	v_cndmask_b16 v22.h, 0, v22.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x1800, v22.h, s3
	v_cndmask_b16 v22.h, 0x1c00, v22.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x1e00, v22.h, s5
	v_cndmask_b16 v22.h, 0x2000, v22.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x2100, v22.h, s7
	v_cndmask_b16 v22.h, 0x2200, v22.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x2300, v22.h, s9
	v_or_b16 v22.h, v22.h, v23.h
	v_and_b16 v23.h, 0x7f, v22.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v22.l
	v_lshlrev_b16 v22.l, 8, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v23.h, 0x3f80, v23.h
	v_and_b16 v22.l, 0x8000, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v23.h, 0x2000, v23.h
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0, v23.h, s2
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v22.l, v23.h, v22.l
	v_and_b16 v23.h, 0x7f, v69.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v69.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v23.h, 0x3f80, v23.h
	v_add_nc_u16 v23.h, 0x2000, v23.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	v_cndmask_b16 v23.h, 0, v23.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	v_or_b16 v23.h, v23.h, v24.h
	v_and_b16 v24.h, 0x7f, v68.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v24.h
	v_cmp_ne_u16_e64 s2, 0, v24.h
	v_cmp_ne_u16_e64 s3, 1, v24.h
	v_cmp_ne_u16_e64 s4, 2, v24.h
	v_cmp_ne_u16_e64 s5, 3, v24.h
	v_cmp_ne_u16_e64 s6, 4, v24.h
	v_cmp_ne_u16_e64 s7, 5, v24.h
	v_cmp_ne_u16_e64 s8, 6, v24.h
	v_cmp_ne_u16_e64 s9, 7, v24.h
	v_lshlrev_b16 v24.h, 7, v68.l
	v_lshlrev_b16 v68.l, 8, v68.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v24.h, 0x3f80, v24.h
	v_and_b16 v68.l, 0x8000, v68.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v24.h, 0x2000, v24.h
	v_cndmask_b16 v24.h, 0x7e00, v24.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0, v24.h, s2
	v_cndmask_b16 v24.h, 0x1800, v24.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x1c00, v24.h, s4
	v_cndmask_b16 v24.h, 0x1e00, v24.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x2000, v24.h, s6
	v_cndmask_b16 v24.h, 0x2100, v24.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x2200, v24.h, s8
	v_cndmask_b16 v24.h, 0x2300, v24.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v24.h, v24.h, v68.l
	v_and_b16 v68.l, 0x7f, v24.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v68.l
	v_cmp_ne_u16_e64 s2, 0, v68.l
	v_cmp_ne_u16_e64 s3, 1, v68.l
	v_cmp_ne_u16_e64 s4, 2, v68.l
	v_cmp_ne_u16_e64 s5, 3, v68.l
	v_cmp_ne_u16_e64 s6, 4, v68.l
	v_cmp_ne_u16_e64 s7, 5, v68.l
	v_cmp_ne_u16_e64 s8, 6, v68.l
	v_cmp_ne_u16_e64 s9, 7, v68.l
	v_lshlrev_b16 v68.l, 7, v24.l
	v_lshlrev_b16 v24.l, 8, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v68.l, 0x3f80, v68.l
	v_and_b16 v24.l, 0x8000, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v68.l, 0x2000, v68.l
	v_cndmask_b16 v68.l, 0x7e00, v68.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0, v68.l, s2
	v_cndmask_b16 v68.l, 0x1800, v68.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x1c00, v68.l, s4
	v_cndmask_b16 v68.l, 0x1e00, v68.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x2000, v68.l, s6
	v_cndmask_b16 v68.l, 0x2100, v68.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x2200, v68.l, s8
	v_cndmask_b16 v68.l, 0x2300, v68.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b16 v24.l, v68.l, v24.l
	.loc	1 197 16                        ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[17:24], v[9:16], v[1:8]
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[9:12], v66 offset:1024
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16 v13.h, 7, v72.l
	v_lshrrev_b32_e32 v76, 8, v72
	v_lshrrev_b32_e32 v78, 16, v72
	v_lshrrev_b32_e32 v79, 24, v72
	v_lshrrev_b32_e32 v80, 8, v73
	v_lshrrev_b32_e32 v81, 16, v73
	v_lshrrev_b32_e32 v82, 24, v73
	v_lshrrev_b32_e32 v83, 8, v74
	v_lshrrev_b32_e32 v84, 16, v74
	v_lshrrev_b32_e32 v85, 24, v74
	v_lshrrev_b32_e32 v86, 8, v75
	v_lshrrev_b32_e32 v87, 16, v75
	v_lshrrev_b32_e32 v88, 24, v75
	v_lshlrev_b16 v13.l, 8, v72.l
	v_and_b16 v14.l, 0x7f, v72.l
	v_lshlrev_b16 v14.h, 8, v73.l
	v_lshlrev_b16 v15.l, 7, v73.l
	v_and_b16 v15.h, 0x7f, v73.l
	v_lshlrev_b16 v16.l, 8, v74.l
	v_lshlrev_b16 v16.h, 7, v74.l
	v_and_b16 v17.l, 0x7f, v74.l
	v_lshlrev_b16 v17.h, 8, v75.l
	v_lshlrev_b16 v19.l, 7, v75.l
	v_and_b16 v19.h, 0x7f, v75.l
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v75, 8, v9
	v_lshrrev_b32_e32 v18, 16, v9
	v_lshrrev_b32_e32 v74, 24, v9
	v_lshrrev_b32_e32 v73, 8, v10
	v_lshrrev_b32_e32 v20, 16, v10
	v_lshrrev_b32_e32 v72, 24, v10
	v_lshrrev_b32_e32 v69, 8, v11
	v_lshrrev_b32_e32 v22, 16, v11
	v_lshrrev_b32_e32 v71, 24, v11
	v_lshlrev_b16 v9.h, 8, v9.l
	v_lshlrev_b16 v10.h, 7, v9.l
	v_and_b16 v11.h, 0x7f, v9.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.l, 0x3f80, v13.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_add_nc_u16 v9.l, 0x2000, v9.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cndmask_b16 v9.l, 0x7e00, v9.l, vcc_lo
	v_cmp_ne_u16_e64 s9, 7, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.h, 8, v11.l
	v_lshlrev_b16 v21.l, 7, v11.l
	v_and_b16 v21.h, 0x7f, v11.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v9.l, 0, v9.l, s2
	v_and_b16 v11.l, 0x3f80, v15.l
	v_and_b16 v13.l, 0x8000, v13.l
	v_cmp_ne_u16_e64 s10, 0x7f, v15.h
	v_cmp_ne_u16_e64 s11, 0, v15.h
	v_cndmask_b16 v9.l, 0x1800, v9.l, s3
	v_add_nc_u16 v11.l, 0x2000, v11.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.l
	v_cmp_ne_u16_e64 s12, 1, v15.h
	v_cmp_ne_u16_e64 s2, 0, v17.l
	v_cndmask_b16 v9.l, 0x1c00, v9.l, s4
	v_cndmask_b16 v11.l, 0x7e00, v11.l, s10
	v_cmp_ne_u16_e64 s13, 2, v15.h
	v_cmp_ne_u16_e64 s3, 1, v17.l
	v_cmp_ne_u16_e64 s14, 3, v15.h
	v_cndmask_b16 v9.l, 0x1e00, v9.l, s5
	v_cndmask_b16 v11.l, 0, v11.l, s11
	v_cmp_ne_u16_e64 s4, 2, v17.l
	v_cmp_ne_u16_e64 s15, 4, v15.h
	v_cmp_ne_u16_e64 s5, 3, v17.l
	v_cndmask_b16 v9.l, 0x2000, v9.l, s6
	v_cndmask_b16 v11.l, 0x1800, v11.l, s12
	v_cmp_ne_u16_e64 s16, 5, v15.h
	v_cmp_ne_u16_e64 s6, 4, v17.l
	v_cmp_ne_u16_e64 s17, 6, v15.h
	v_cndmask_b16 v9.l, 0x2100, v9.l, s7
	v_cndmask_b16 v11.l, 0x1c00, v11.l, s13
	v_cmp_ne_u16_e64 s7, 5, v17.l
	v_cmp_ne_u16_e64 s18, 7, v15.h
	v_and_b16 v13.h, 0x8000, v14.h
	v_cndmask_b16 v9.l, 0x2200, v9.l, s8
	v_cndmask_b16 v11.l, 0x1e00, v11.l, s14
	v_cmp_ne_u16_e64 s8, 6, v17.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v70, 8, v12
	v_lshrrev_b32_e32 v24, 16, v12
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v9.l, 0x2300, v9.l, s9
	v_cndmask_b16 v11.l, 0x2000, v11.l, s15
	v_cmp_ne_u16_e64 s9, 7, v17.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v68, 24, v12
	v_lshlrev_b16 v12.h, 8, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v9.l, v9.l, v13.l
	v_and_b16 v13.l, 0x3f80, v16.h
	v_cndmask_b16 v11.l, 0x2100, v11.l, s16
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v18.h, 7, v10.l
	v_and_b16 v10.l, 0x7f, v10.l
	v_and_b16 v9.h, 0x8000, v9.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v13.l, 0x2000, v13.l
	v_cndmask_b16 v11.l, 0x2200, v11.l, s17
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v23.l, 7, v12.l
	v_cmp_ne_u16_e64 s10, 0x7f, v10.l
	v_cmp_ne_u16_e64 s11, 0, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x7e00, v13.l, vcc_lo
	v_cndmask_b16 v11.l, 0x2300, v11.l, s18
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s12, 1, v10.l
	v_cmp_ne_u16_e64 s13, 2, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0, v13.l, s2
	v_or_b16 v11.l, v11.l, v13.h
	v_and_b16 v13.h, 0x8000, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s14, 3, v10.l
	v_cmp_ne_u16_e64 s15, 4, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1800, v13.l, s3
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s16, 5, v10.l
	v_cmp_ne_u16_e64 s17, 6, v10.l
	v_cmp_ne_u16_e64 s18, 7, v10.l
	v_and_b16 v10.l, 0x3f80, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1c00, v13.l, s4
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	v_cmp_ne_u16_e64 s4, 2, v19.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v10.l, 0x2000, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x1e00, v13.l, s5
	v_cmp_ne_u16_e64 s5, 3, v19.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v22.h, 8, v12.l
	v_and_b16 v12.l, 0x7f, v12.l
	v_and_b16 v10.h, 0x3f80, v18.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2000, v13.l, s6
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_and_b16 v14.l, 0x8000, v17.h
	v_lshlrev_b16 v14.h, 8, v85.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v10.h, 0x2000, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2100, v13.l, s7
	v_cmp_ne_u16_e64 s7, 5, v19.h
	v_lshlrev_b16 v15.h, 8, v84.l
	v_and_b16 v14.h, 0x8000, v14.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x7e00, v10.h, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2200, v13.l, s8
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_and_b16 v15.h, 0x8000, v15.h
	v_lshlrev_b16 v16.l, 8, v86.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0, v10.h, s11
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.l, 0x2300, v13.l, s9
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_lshlrev_b16 v16.h, 8, v88.l
	v_and_b16 v16.l, 0x8000, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1800, v10.h, s12
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v13.l, v13.l, v13.h
	v_and_b16 v13.h, 0x3f80, v19.l
	v_and_b16 v16.h, 0x8000, v16.h
	v_lshlrev_b16 v17.h, 8, v87.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1c00, v10.h, s13
	v_lshlrev_b16 v18.h, 8, v75.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v13.h, 0x2000, v13.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v19.h, 8, v74.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v17.h, 0x8000, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.h, 0x1e00, v10.h, s14
	v_and_b16 v18.h, 0x8000, v18.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_and_b16 v19.h, 0x8000, v19.h
	v_cndmask_b16 v10.h, 0x2000, v10.h, s15
	v_lshlrev_b16 v23.h, 8, v72.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0, v13.h, s2
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cndmask_b16 v10.h, 0x2100, v10.h, s16
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cndmask_b16 v10.l, 0, v10.l, s2
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cndmask_b16 v10.h, 0x2200, v10.h, s17
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cndmask_b16 v10.h, 0x2300, v10.h, s18
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_lshlrev_b16 v24.h, 8, v70.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_and_b16 v24.h, 0x8000, v24.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	v_cmp_ne_u16_e64 s6, 4, v21.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cmp_ne_u16_e64 s7, 5, v21.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_and_b16 v11.h, 0x8000, v12.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.h, 8, v82.l
	v_or_b16 v15.l, v13.h, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_or_b16 v19.l, v10.h, v11.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v10.h, 8, v79.l
	v_lshlrev_b16 v11.h, 8, v78.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v17.l, v10.l, v9.h
	v_and_b16 v9.h, 0x3f80, v21.l
	v_and_b16 v10.l, 0x8000, v20.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v10.h, 0x8000, v10.h
	v_and_b16 v11.h, 0x8000, v11.h
	v_and_b16 v12.h, 0x8000, v12.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v9.h, 0x2000, v9.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v13.h, 8, v81.l
	v_lshlrev_b16 v14.l, 8, v83.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.h, 7, v18.l
	v_lshlrev_b16 v21.h, 8, v73.l
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v13.h, 0x8000, v13.h
	v_and_b16 v14.l, 0x8000, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v20.h, 0x3f80, v20.h
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_and_b16 v21.h, 0x8000, v21.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_nc_u16 v20.h, 0x2000, v20.h
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cmp_ne_u16_e64 s3, 1, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cmp_ne_u16_e64 s5, 3, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cmp_ne_u16_e64 s7, 5, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_cmp_ne_u16_e64 s9, 7, v12.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.l, 8, v80.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v21.l, v9.h, v10.l
	v_and_b16 v9.h, 0x3f80, v23.l
	v_and_b16 v10.l, 0x8000, v22.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.l, 0x8000, v12.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v22.h, 0x7f, v72.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u16 v9.h, 0x2000, v9.h
	v_cmp_ne_u16_e64 s10, 0x7f, v22.h
	v_cmp_ne_u16_e64 s11, 0, v22.h
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cmp_ne_u16_e64 s12, 1, v22.h
	v_cmp_ne_u16_e64 s13, 2, v22.h
	v_cmp_ne_u16_e64 s14, 3, v22.h
	v_cmp_ne_u16_e64 s15, 4, v22.h
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cmp_ne_u16_e64 s16, 5, v22.h
	v_cmp_ne_u16_e64 s17, 6, v22.h
	v_cmp_ne_u16_e64 s18, 7, v22.h
	v_and_b16 v22.h, 0x8000, v23.h
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v23.l, v9.h, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.h, 0x7f, v76.l
	v_lshlrev_b16 v10.l, 8, v76.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v9.h
	v_cmp_ne_u16_e64 s2, 0, v9.h
	v_cmp_ne_u16_e64 s3, 1, v9.h
	v_cmp_ne_u16_e64 s4, 2, v9.h
	v_cmp_ne_u16_e64 s5, 3, v9.h
	v_cmp_ne_u16_e64 s6, 4, v9.h
	v_cmp_ne_u16_e64 s7, 5, v9.h
	v_cmp_ne_u16_e64 s8, 6, v9.h
	v_cmp_ne_u16_e64 s9, 7, v9.h
	v_lshlrev_b16 v9.h, 7, v76.l
	v_and_b16 v10.l, 0x8000, v10.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v9.h, 0x3f80, v9.h
	v_add_nc_u16 v9.h, 0x2000, v9.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cndmask_b16 v9.h, 0, v9.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_or_b16 v9.h, v9.h, v10.l
	v_and_b16 v10.l, 0x7f, v79.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v79.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.h, v10.l, v10.h
	v_and_b16 v10.l, 0x7f, v78.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v78.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.l, v10.l, v11.h
	v_and_b16 v11.h, 0x7f, v80.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_lshlrev_b16 v11.h, 7, v80.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v11.h, 0x3f80, v11.h
	v_add_nc_u16 v11.h, 0x2000, v11.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x7e00, v11.h, vcc_lo
	v_cndmask_b16 v11.h, 0, v11.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1800, v11.h, s3
	v_cndmask_b16 v11.h, 0x1c00, v11.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1e00, v11.h, s5
	v_cndmask_b16 v11.h, 0x2000, v11.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2100, v11.h, s7
	v_cndmask_b16 v11.h, 0x2200, v11.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2300, v11.h, s9
	v_or_b16 v11.h, v11.h, v12.l
	v_and_b16 v12.l, 0x7f, v82.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v82.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.h, v12.l, v12.h
	v_and_b16 v12.l, 0x7f, v81.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v81.l
	ds_load_b128 v[78:81], v64
	v_and_b16 v12.l, 0x3f80, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v12.l, 0x2000, v12.l
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0, v12.l, s2
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v12.l, v12.l, v13.h
	v_and_b16 v13.h, 0x7f, v83.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v13.h
	v_cmp_ne_u16_e64 s2, 0, v13.h
	v_cmp_ne_u16_e64 s3, 1, v13.h
	v_cmp_ne_u16_e64 s4, 2, v13.h
	v_cmp_ne_u16_e64 s5, 3, v13.h
	v_cmp_ne_u16_e64 s6, 4, v13.h
	v_cmp_ne_u16_e64 s7, 5, v13.h
	v_cmp_ne_u16_e64 s8, 6, v13.h
	v_cmp_ne_u16_e64 s9, 7, v13.h
	v_lshlrev_b16 v13.h, 7, v83.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v13.h, 0x3f80, v13.h
	v_add_nc_u16 v13.h, 0x2000, v13.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	v_cndmask_b16 v13.h, 0, v13.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	v_or_b16 v13.h, v13.h, v14.l
	v_and_b16 v14.l, 0x7f, v85.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v85.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.h, v14.l, v14.h
	v_and_b16 v14.l, 0x7f, v84.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v84.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.l, v14.l, v15.h
	v_and_b16 v15.h, 0x7f, v86.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v15.h
	v_cmp_ne_u16_e64 s2, 0, v15.h
	v_cmp_ne_u16_e64 s3, 1, v15.h
	v_cmp_ne_u16_e64 s4, 2, v15.h
	v_cmp_ne_u16_e64 s5, 3, v15.h
	v_cmp_ne_u16_e64 s6, 4, v15.h
	v_cmp_ne_u16_e64 s7, 5, v15.h
	v_cmp_ne_u16_e64 s8, 6, v15.h
	v_cmp_ne_u16_e64 s9, 7, v15.h
	v_lshlrev_b16 v15.h, 7, v86.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v15.h, 0x3f80, v15.h
	v_add_nc_u16 v15.h, 0x2000, v15.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x7e00, v15.h, vcc_lo
	v_cndmask_b16 v15.h, 0, v15.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1800, v15.h, s3
	v_cndmask_b16 v15.h, 0x1c00, v15.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1e00, v15.h, s5
	v_cndmask_b16 v15.h, 0x2000, v15.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2100, v15.h, s7
	v_cndmask_b16 v15.h, 0x2200, v15.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2300, v15.h, s9
	v_or_b16 v15.h, v15.h, v16.l
	v_and_b16 v16.l, 0x7f, v88.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.l
	v_cmp_ne_u16_e64 s2, 0, v16.l
	v_cmp_ne_u16_e64 s3, 1, v16.l
	v_cmp_ne_u16_e64 s4, 2, v16.l
	v_cmp_ne_u16_e64 s5, 3, v16.l
	v_cmp_ne_u16_e64 s6, 4, v16.l
	v_cmp_ne_u16_e64 s7, 5, v16.l
	v_cmp_ne_u16_e64 s8, 6, v16.l
	v_cmp_ne_u16_e64 s9, 7, v16.l
	v_lshlrev_b16 v16.l, 7, v88.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v16.l, 0x3f80, v16.l
	v_add_nc_u16 v16.l, 0x2000, v16.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7e00, v16.l, vcc_lo
	v_cndmask_b16 v16.l, 0, v16.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1800, v16.l, s3
	v_cndmask_b16 v16.l, 0x1c00, v16.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1e00, v16.l, s5
	v_cndmask_b16 v16.l, 0x2000, v16.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2100, v16.l, s7
	v_cndmask_b16 v16.l, 0x2200, v16.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2300, v16.l, s9
	v_or_b16 v16.h, v16.l, v16.h
	v_and_b16 v16.l, 0x7f, v87.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.l
	v_cmp_ne_u16_e64 s2, 0, v16.l
	v_cmp_ne_u16_e64 s3, 1, v16.l
	v_cmp_ne_u16_e64 s4, 2, v16.l
	v_cmp_ne_u16_e64 s5, 3, v16.l
	v_cmp_ne_u16_e64 s6, 4, v16.l
	v_cmp_ne_u16_e64 s7, 5, v16.l
	v_cmp_ne_u16_e64 s8, 6, v16.l
	v_cmp_ne_u16_e64 s9, 7, v16.l
	v_lshlrev_b16 v16.l, 7, v87.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v16.l, 0x3f80, v16.l
	v_add_nc_u16 v16.l, 0x2000, v16.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7e00, v16.l, vcc_lo
	v_cndmask_b16 v16.l, 0, v16.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1800, v16.l, s3
	v_cndmask_b16 v16.l, 0x1c00, v16.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1e00, v16.l, s5
	v_cndmask_b16 v16.l, 0x2000, v16.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2100, v16.l, s7
	v_cndmask_b16 v16.l, 0x2200, v16.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2300, v16.l, s9
	v_or_b16 v16.l, v16.l, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v17.h, 0x7f, v75.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.h
	v_cmp_ne_u16_e64 s2, 0, v17.h
	v_cmp_ne_u16_e64 s3, 1, v17.h
	v_cmp_ne_u16_e64 s4, 2, v17.h
	v_cmp_ne_u16_e64 s5, 3, v17.h
	v_cmp_ne_u16_e64 s6, 4, v17.h
	v_cmp_ne_u16_e64 s7, 5, v17.h
	v_cmp_ne_u16_e64 s8, 6, v17.h
	v_cmp_ne_u16_e64 s9, 7, v17.h
	v_lshlrev_b16 v17.h, 7, v75.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v17.h, 0x3f80, v17.h
	v_add_nc_u16 v17.h, 0x2000, v17.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x7e00, v17.h, vcc_lo
	v_cndmask_b16 v17.h, 0, v17.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1800, v17.h, s3
	v_cndmask_b16 v17.h, 0x1c00, v17.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1e00, v17.h, s5
	v_cndmask_b16 v17.h, 0x2000, v17.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2100, v17.h, s7
	v_cndmask_b16 v17.h, 0x2200, v17.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2300, v17.h, s9
	v_or_b16 v17.h, v17.h, v18.h
	v_and_b16 v18.h, 0x7f, v74.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v18.h
	v_cmp_ne_u16_e64 s2, 0, v18.h
	v_cmp_ne_u16_e64 s3, 1, v18.h
	v_cmp_ne_u16_e64 s4, 2, v18.h
	v_cmp_ne_u16_e64 s5, 3, v18.h
	v_cmp_ne_u16_e64 s6, 4, v18.h
	v_cmp_ne_u16_e64 s7, 5, v18.h
	v_cmp_ne_u16_e64 s8, 6, v18.h
	v_cmp_ne_u16_e64 s9, 7, v18.h
	v_lshlrev_b16 v18.h, 7, v74.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v18.h, 0x3f80, v18.h
	v_add_nc_u16 v18.h, 0x2000, v18.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x7e00, v18.h, vcc_lo
	v_cndmask_b16 v18.h, 0, v18.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x1800, v18.h, s3
	v_cndmask_b16 v18.h, 0x1c00, v18.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x1e00, v18.h, s5
	v_cndmask_b16 v18.h, 0x2000, v18.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x2100, v18.h, s7
	v_cndmask_b16 v18.h, 0x2200, v18.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.h, 0x2300, v18.h, s9
	v_or_b16 v18.h, v18.h, v19.h
	v_and_b16 v19.h, 0x7f, v18.l
	v_lshlrev_b16 v18.l, 8, v18.l
	s_delay_alu instid0(VALU_DEP_2)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cmp_ne_u16_e64 s5, 3, v19.h
	v_cndmask_b16 v20.h, 0x7e00, v20.h, vcc_lo
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_cmp_ne_u16_e64 s7, 5, v19.h
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_cndmask_b16 v20.h, 0, v20.h, s2
	v_and_b16 v18.l, 0x8000, v18.l
	v_and_b16 v19.h, 0x7f, v73.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x1800, v20.h, s3
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x1c00, v20.h, s4
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cndmask_b16 v20.h, 0x1e00, v20.h, s5
	v_cmp_ne_u16_e64 s5, 3, v19.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x2000, v20.h, s6
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_cndmask_b16 v20.h, 0x2100, v20.h, s7
	v_cmp_ne_u16_e64 s7, 5, v19.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x2200, v20.h, s8
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_cndmask_b16 v20.h, 0x2300, v20.h, s9
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_lshlrev_b16 v19.h, 7, v72.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v18.l, v20.h, v18.l
	v_lshlrev_b16 v20.h, 7, v73.l
	v_and_b16 v19.h, 0x3f80, v19.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v20.h, 0x3f80, v20.h
	v_add_nc_u16 v19.h, 0x2000, v19.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u16 v20.h, 0x2000, v20.h
	v_cndmask_b16 v19.h, 0x7e00, v19.h, s10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x7e00, v20.h, vcc_lo
	v_cndmask_b16 v19.h, 0, v19.h, s11
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0, v20.h, s2
	v_cndmask_b16 v19.h, 0x1800, v19.h, s12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x1800, v20.h, s3
	v_cndmask_b16 v19.h, 0x1c00, v19.h, s13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x1c00, v20.h, s4
	v_cndmask_b16 v19.h, 0x1e00, v19.h, s14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x1e00, v20.h, s5
	v_cndmask_b16 v19.h, 0x2000, v19.h, s15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x2000, v20.h, s6
	v_cndmask_b16 v19.h, 0x2100, v19.h, s16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x2100, v20.h, s7
	v_cndmask_b16 v19.h, 0x2200, v19.h, s17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v20.h, 0x2200, v20.h, s8
	v_cndmask_b16 v23.h, 0x2300, v19.h, s18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.h, 0x2300, v20.h, s9
	v_or_b16 v19.h, v20.h, v21.h
	v_and_b16 v21.h, 0x7f, v20.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	v_or_b16 v20.h, v23.h, v22.h
	v_lshlrev_b16 v22.h, 8, v69.l
	v_lshlrev_b16 v23.h, 8, v71.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v20.l
	v_lshlrev_b16 v20.l, 8, v20.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_and_b16 v23.h, 0x8000, v23.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v20.l, 0x8000, v20.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v21.h, 0x2000, v21.h
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0, v21.h, s2
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v20.l, v21.h, v20.l
	v_and_b16 v21.h, 0x7f, v69.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v69.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_add_nc_u16 v21.h, 0x2000, v21.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v21.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	v_or_b16 v21.h, v21.h, v22.h
	v_and_b16 v22.h, 0x7f, v71.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.h
	v_cmp_ne_u16_e64 s2, 0, v22.h
	v_cmp_ne_u16_e64 s3, 1, v22.h
	v_cmp_ne_u16_e64 s4, 2, v22.h
	v_cmp_ne_u16_e64 s5, 3, v22.h
	v_cmp_ne_u16_e64 s6, 4, v22.h
	v_cmp_ne_u16_e64 s7, 5, v22.h
	v_cmp_ne_u16_e64 s8, 6, v22.h
	v_cmp_ne_u16_e64 s9, 7, v22.h
	v_lshlrev_b16 v22.h, 7, v71.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v22.h, 0x3f80, v22.h
	v_add_nc_u16 v22.h, 0x2000, v22.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x7e00, v22.h, vcc_lo
	v_cndmask_b16 v22.h, 0, v22.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x1800, v22.h, s3
	v_cndmask_b16 v22.h, 0x1c00, v22.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x1e00, v22.h, s5
	v_cndmask_b16 v22.h, 0x2000, v22.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x2100, v22.h, s7
	v_cndmask_b16 v22.h, 0x2200, v22.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.h, 0x2300, v22.h, s9
	v_or_b16 v22.h, v22.h, v23.h
	v_and_b16 v23.h, 0x7f, v22.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v22.l
	v_lshlrev_b16 v22.l, 8, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v23.h, 0x3f80, v23.h
	v_and_b16 v22.l, 0x8000, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v23.h, 0x2000, v23.h
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0, v23.h, s2
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v22.l, v23.h, v22.l
	v_and_b16 v23.h, 0x7f, v70.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v70.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v23.h, 0x3f80, v23.h
	v_add_nc_u16 v23.h, 0x2000, v23.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	v_cndmask_b16 v23.h, 0, v23.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	v_or_b16 v23.h, v23.h, v24.h
	v_and_b16 v24.h, 0x7f, v68.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v24.h
	v_cmp_ne_u16_e64 s2, 0, v24.h
	v_cmp_ne_u16_e64 s3, 1, v24.h
	v_cmp_ne_u16_e64 s4, 2, v24.h
	v_cmp_ne_u16_e64 s5, 3, v24.h
	v_cmp_ne_u16_e64 s6, 4, v24.h
	v_cmp_ne_u16_e64 s7, 5, v24.h
	v_cmp_ne_u16_e64 s8, 6, v24.h
	v_cmp_ne_u16_e64 s9, 7, v24.h
	v_lshlrev_b16 v24.h, 7, v68.l
	v_lshlrev_b16 v68.l, 8, v68.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v24.h, 0x3f80, v24.h
	v_and_b16 v68.l, 0x8000, v68.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v24.h, 0x2000, v24.h
	v_cndmask_b16 v24.h, 0x7e00, v24.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0, v24.h, s2
	v_cndmask_b16 v24.h, 0x1800, v24.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x1c00, v24.h, s4
	v_cndmask_b16 v24.h, 0x1e00, v24.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x2000, v24.h, s6
	v_cndmask_b16 v24.h, 0x2100, v24.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.h, 0x2200, v24.h, s8
	v_cndmask_b16 v24.h, 0x2300, v24.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v24.h, v24.h, v68.l
	v_and_b16 v68.l, 0x7f, v24.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v68.l
	v_cmp_ne_u16_e64 s2, 0, v68.l
	v_cmp_ne_u16_e64 s3, 1, v68.l
	v_cmp_ne_u16_e64 s4, 2, v68.l
	v_cmp_ne_u16_e64 s5, 3, v68.l
	v_cmp_ne_u16_e64 s6, 4, v68.l
	v_cmp_ne_u16_e64 s7, 5, v68.l
	v_cmp_ne_u16_e64 s8, 6, v68.l
	v_cmp_ne_u16_e64 s9, 7, v68.l
	v_lshlrev_b16 v68.l, 7, v24.l
	v_lshlrev_b16 v24.l, 8, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v68.l, 0x3f80, v68.l
	v_and_b16 v24.l, 0x8000, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v68.l, 0x2000, v68.l
	v_cndmask_b16 v68.l, 0x7e00, v68.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0, v68.l, s2
	v_cndmask_b16 v68.l, 0x1800, v68.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x1c00, v68.l, s4
	v_cndmask_b16 v68.l, 0x1e00, v68.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x2000, v68.l, s6
	v_cndmask_b16 v68.l, 0x2100, v68.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v68.l, 0x2200, v68.l, s8
	v_cndmask_b16 v68.l, 0x2300, v68.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b16 v24.l, v68.l, v24.l
	.loc	1 197 16                        ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[17:24], v[9:16], v[1:8]
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[9:12], v67 offset:1024
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16 v17.h, 7, v79.l
	v_lshrrev_b32_e32 v20, 16, v81
	v_lshrrev_b32_e32 v24, 8, v81
	v_lshrrev_b32_e32 v22, 24, v81
	v_and_b16 v18.l, 0x7f, v79.l
	v_lshlrev_b16 v13.h, 8, v81.l
	v_lshlrev_b16 v14.l, 7, v81.l
	v_and_b16 v14.h, 0x7f, v81.l
	v_lshlrev_b16 v17.l, 7, v78.l
	v_cmp_ne_u16_e64 s10, 0x7f, v18.l
	v_cmp_ne_u16_e64 s11, 0, v18.l
	v_cmp_ne_u16_e64 s12, 1, v18.l
	v_cmp_ne_u16_e64 s13, 2, v18.l
	v_cmp_ne_u16_e64 s14, 3, v18.l
	v_cmp_ne_u16_e64 s15, 4, v18.l
	v_and_b16 v18.h, 0x7f, v78.l
	v_lshlrev_b16 v15.l, 7, v80.l
	v_cmp_ne_u16_e64 s16, 5, v18.l
	v_and_b16 v15.h, 0x7f, v80.l
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v83, 8, v11
	v_lshrrev_b32_e32 v81, 16, v11
	v_lshrrev_b32_e32 v82, 24, v11
	v_lshlrev_b16 v19.h, 8, v11.l
	v_lshlrev_b16 v20.h, 7, v11.l
	v_and_b16 v21.l, 0x7f, v11.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v11.l, 0x3f80, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v89, 8, v9
	v_lshrrev_b32_e32 v87, 16, v9
	v_lshrrev_b32_e32 v88, 24, v9
	v_lshrrev_b32_e32 v86, 8, v10
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v11.l, 0x2000, v11.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v84, 16, v10
	v_lshrrev_b32_e32 v85, 24, v10
	v_lshlrev_b16 v9.h, 8, v9.l
	v_lshlrev_b16 v10.h, 7, v9.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x7e00, v11.l, s10
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v11.h, 0x7f, v9.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.l, 0x3f80, v17.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v18.h
	v_cmp_ne_u16_e64 s17, 6, v18.l
	v_cndmask_b16 v11.l, 0, v11.l, s11
	v_and_b16 v15.l, 0x3f80, v15.l
	v_add_nc_u16 v9.l, 0x2000, v9.l
	v_lshrrev_b32_e32 v72, 8, v78
	v_lshrrev_b32_e32 v69, 16, v78
	v_cndmask_b16 v11.l, 0x1800, v11.l, s12
	v_lshrrev_b32_e32 v75, 24, v78
	v_lshrrev_b32_e32 v73, 8, v79
	v_lshrrev_b32_e32 v70, 16, v79
	v_lshrrev_b32_e32 v76, 24, v79
	v_cndmask_b16 v11.l, 0x1c00, v11.l, s13
	v_lshrrev_b32_e32 v74, 8, v80
	v_lshrrev_b32_e32 v68, 16, v80
	v_lshrrev_b32_e32 v71, 24, v80
	v_lshlrev_b16 v16.l, 8, v78.l
	v_cndmask_b16 v11.l, 0x1e00, v11.l, s14
	v_lshlrev_b16 v16.h, 8, v79.l
	v_lshlrev_b16 v13.l, 8, v80.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v80, 8, v12
	v_lshrrev_b32_e32 v78, 16, v12
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x2000, v11.l, s15
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v79, 24, v12
	v_lshlrev_b16 v12.h, 8, v10.l
	v_lshlrev_b16 v19.l, 7, v10.l
	v_and_b16 v10.l, 0x7f, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v11.l, 0x2100, v11.l, s16
	v_cmp_ne_u16_e64 s2, 0, v18.h
	v_cmp_ne_u16_e64 s18, 7, v18.l
	v_cndmask_b16 v9.l, 0x7e00, v9.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v15.h
	v_cndmask_b16 v11.l, 0x2200, v11.l, s17
	v_add_nc_u16 v15.l, 0x2000, v15.l
	v_and_b16 v14.l, 0x3f80, v14.l
	v_cmp_ne_u16_e64 s3, 1, v18.h
	v_cndmask_b16 v9.l, 0, v9.l, s2
	v_cndmask_b16 v11.l, 0x2300, v11.l, s18
	v_cmp_ne_u16_e64 s2, 0, v15.h
	v_cndmask_b16 v15.l, 0x7e00, v15.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.h
	v_add_nc_u16 v14.l, 0x2000, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s10, 0x7f, v10.l
	v_cmp_ne_u16_e64 s11, 0, v10.l
	v_cmp_ne_u16_e64 s12, 1, v10.l
	v_cmp_ne_u16_e64 s13, 2, v10.l
	v_cmp_ne_u16_e64 s14, 3, v10.l
	v_cmp_ne_u16_e64 s15, 4, v10.l
	v_cmp_ne_u16_e64 s16, 5, v10.l
	v_cmp_ne_u16_e64 s17, 6, v10.l
	v_cmp_ne_u16_e64 s18, 7, v10.l
	v_and_b16 v10.l, 0x3f80, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e64 s4, 2, v18.h
	v_cndmask_b16 v9.l, 0x1800, v9.l, s3
	v_cmp_ne_u16_e64 s3, 1, v15.h
	v_cndmask_b16 v15.l, 0, v15.l, s2
	v_cmp_ne_u16_e64 s2, 0, v14.h
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_add_nc_u16 v10.l, 0x2000, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e64 s5, 3, v18.h
	v_cndmask_b16 v9.l, 0x1c00, v9.l, s4
	v_cmp_ne_u16_e64 s4, 2, v15.h
	v_cndmask_b16 v15.l, 0x1800, v15.l, s3
	v_cmp_ne_u16_e64 s3, 1, v14.h
	v_cndmask_b16 v14.l, 0, v14.l, s2
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e64 s6, 4, v18.h
	v_cndmask_b16 v9.l, 0x1e00, v9.l, s5
	v_cmp_ne_u16_e64 s5, 3, v15.h
	v_cndmask_b16 v15.l, 0x1c00, v15.l, s4
	v_cmp_ne_u16_e64 s4, 2, v14.h
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cndmask_b16 v10.l, 0, v10.l, s2
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e64 s7, 5, v18.h
	v_cndmask_b16 v9.l, 0x2000, v9.l, s6
	v_cmp_ne_u16_e64 s6, 4, v15.h
	v_cndmask_b16 v15.l, 0x1e00, v15.l, s5
	v_cmp_ne_u16_e64 s5, 3, v14.h
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e64 s8, 6, v18.h
	v_cndmask_b16 v9.l, 0x2100, v9.l, s7
	v_cmp_ne_u16_e64 s7, 5, v15.h
	v_cndmask_b16 v15.l, 0x2000, v15.l, s6
	v_cmp_ne_u16_e64 s6, 4, v14.h
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e64 s9, 7, v18.h
	v_cndmask_b16 v9.l, 0x2200, v9.l, s8
	v_cmp_ne_u16_e64 s8, 6, v15.h
	v_cndmask_b16 v15.l, 0x2100, v15.l, s7
	v_cmp_ne_u16_e64 s7, 5, v14.h
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v9.l, 0x2300, v9.l, s9
	v_cmp_ne_u16_e64 s9, 7, v15.h
	v_cndmask_b16 v15.l, 0x2200, v15.l, s8
	v_cmp_ne_u16_e64 s8, 6, v14.h
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v15.l, 0x2300, v15.l, s9
	v_cmp_ne_u16_e64 s9, 7, v14.h
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_and_b16 v9.h, 0x8000, v9.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	v_cmp_ne_u16_e64 s2, 0, v21.l
	v_cmp_ne_u16_e64 s3, 1, v21.l
	v_cmp_ne_u16_e64 s4, 2, v21.l
	v_cmp_ne_u16_e64 s5, 3, v21.l
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_cmp_ne_u16_e64 s6, 4, v21.l
	v_cmp_ne_u16_e64 s7, 5, v21.l
	v_cmp_ne_u16_e64 s8, 6, v21.l
	v_cmp_ne_u16_e64 s9, 7, v21.l
	v_or_b16 v17.l, v10.l, v9.h
	v_and_b16 v9.h, 0x3f80, v20.h
	v_lshlrev_b16 v22.h, 7, v12.l
	v_and_b16 v10.l, 0x8000, v19.h
	v_lshlrev_b16 v21.h, 8, v12.l
	v_and_b16 v12.l, 0x7f, v12.l
	v_add_nc_u16 v9.h, 0x2000, v9.h
	v_and_b16 v10.h, 0x3f80, v19.l
	v_and_b16 v11.h, 0x8000, v12.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.h, 8, v76.l
	v_and_b16 v13.l, 0x8000, v13.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_add_nc_u16 v10.h, 0x2000, v10.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.h, 0x8000, v12.h
	v_and_b16 v13.h, 0x8000, v13.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cndmask_b16 v10.h, 0x7e00, v10.h, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v13.l, v15.l, v13.l
	v_or_b16 v15.l, v14.l, v13.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cndmask_b16 v10.h, 0, v10.h, s11
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v13.h, 8, v70.l
	v_lshlrev_b16 v14.l, 8, v74.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cndmask_b16 v10.h, 0x1800, v10.h, s12
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v13.h, 0x8000, v13.h
	v_and_b16 v14.l, 0x8000, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cndmask_b16 v10.h, 0x1c00, v10.h, s13
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v14.h, 8, v71.l
	v_lshlrev_b16 v15.h, 8, v68.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cndmask_b16 v10.h, 0x1e00, v10.h, s14
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v14.h, 0x8000, v14.h
	v_and_b16 v15.h, 0x8000, v15.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cndmask_b16 v10.h, 0x2000, v10.h, s15
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v16.l, 0x8000, v16.l
	v_and_b16 v16.h, 0x8000, v16.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cndmask_b16 v10.h, 0x2100, v10.h, s16
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v9.l, v9.l, v16.l
	v_lshlrev_b16 v16.l, 8, v24.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_cndmask_b16 v10.h, 0x2200, v10.h, s17
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v12.l, 8, v73.l
	v_and_b16 v16.l, 0x8000, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v21.l, v9.h, v10.l
	v_and_b16 v9.h, 0x3f80, v22.h
	v_and_b16 v10.l, 0x8000, v21.h
	v_cndmask_b16 v10.h, 0x2300, v10.h, s18
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.l, 0x8000, v12.l
	v_or_b16 v11.l, v11.l, v16.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u16 v9.h, 0x2000, v9.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v16.h, 8, v22.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v19.l, v10.h, v11.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v10.h, 8, v75.l
	v_lshlrev_b16 v11.h, 8, v69.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v16.h, 0x8000, v16.h
	v_lshlrev_b16 v17.h, 8, v20.l
	v_and_b16 v10.h, 0x8000, v10.h
	v_and_b16 v11.h, 0x8000, v11.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v9.h, 0, v9.h, s2
	v_lshlrev_b16 v18.l, 8, v89.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v17.h, 0x8000, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v18.h, 8, v88.l
	v_lshlrev_b16 v19.h, 8, v87.l
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_and_b16 v18.l, 0x8000, v18.l
	v_lshlrev_b16 v20.h, 8, v85.l
	v_and_b16 v18.h, 0x8000, v18.h
	v_and_b16 v19.h, 0x8000, v19.h
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	v_lshlrev_b16 v21.h, 8, v84.l
	v_and_b16 v20.h, 0x8000, v20.h
	v_lshlrev_b16 v22.h, 8, v82.l
	v_lshlrev_b16 v23.h, 8, v81.l
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_and_b16 v21.h, 0x8000, v21.h
	v_lshlrev_b16 v24.h, 8, v79.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_and_b16 v23.h, 0x8000, v23.h
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v24.h, 0x8000, v24.h
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v23.l, v9.h, v10.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.h, 0x7f, v72.l
	v_lshlrev_b16 v10.l, 8, v72.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v9.h
	v_cmp_ne_u16_e64 s2, 0, v9.h
	v_cmp_ne_u16_e64 s3, 1, v9.h
	v_cmp_ne_u16_e64 s4, 2, v9.h
	v_cmp_ne_u16_e64 s5, 3, v9.h
	v_cmp_ne_u16_e64 s6, 4, v9.h
	v_cmp_ne_u16_e64 s7, 5, v9.h
	v_cmp_ne_u16_e64 s8, 6, v9.h
	v_cmp_ne_u16_e64 s9, 7, v9.h
	v_lshlrev_b16 v9.h, 7, v72.l
	v_and_b16 v10.l, 0x8000, v10.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v72, s61, v56
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v9.h, 0x3f80, v9.h
	v_add_nc_u16 v9.h, 0x2000, v9.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x7e00, v9.h, vcc_lo
	v_cndmask_b16 v9.h, 0, v9.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1800, v9.h, s3
	v_cndmask_b16 v9.h, 0x1c00, v9.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x1e00, v9.h, s5
	v_cndmask_b16 v9.h, 0x2000, v9.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2100, v9.h, s7
	v_cndmask_b16 v9.h, 0x2200, v9.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v9.h, 0x2300, v9.h, s9
	v_or_b16 v9.h, v9.h, v10.l
	v_and_b16 v10.l, 0x7f, v75.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v75.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v75, s61, v53
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.h, v10.l, v10.h
	v_and_b16 v10.l, 0x7f, v69.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v10.l
	v_cmp_ne_u16_e64 s2, 0, v10.l
	v_cmp_ne_u16_e64 s3, 1, v10.l
	v_cmp_ne_u16_e64 s4, 2, v10.l
	v_cmp_ne_u16_e64 s5, 3, v10.l
	v_cmp_ne_u16_e64 s6, 4, v10.l
	v_cmp_ne_u16_e64 s7, 5, v10.l
	v_cmp_ne_u16_e64 s8, 6, v10.l
	v_cmp_ne_u16_e64 s9, 7, v10.l
	v_lshlrev_b16 v10.l, 7, v69.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v69, s61, v59
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v10.l, 0x3f80, v10.l
	v_add_nc_u16 v10.l, 0x2000, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x7e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0, v10.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1800, v10.l, s3
	v_cndmask_b16 v10.l, 0x1c00, v10.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x1e00, v10.l, s5
	v_cndmask_b16 v10.l, 0x2000, v10.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2100, v10.l, s7
	v_cndmask_b16 v10.l, 0x2200, v10.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v10.l, 0x2300, v10.l, s9
	v_or_b16 v10.l, v10.l, v11.h
	v_and_b16 v11.h, 0x7f, v73.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11.h
	v_cmp_ne_u16_e64 s2, 0, v11.h
	v_cmp_ne_u16_e64 s3, 1, v11.h
	v_cmp_ne_u16_e64 s4, 2, v11.h
	v_cmp_ne_u16_e64 s5, 3, v11.h
	v_cmp_ne_u16_e64 s6, 4, v11.h
	v_cmp_ne_u16_e64 s7, 5, v11.h
	v_cmp_ne_u16_e64 s8, 6, v11.h
	v_cmp_ne_u16_e64 s9, 7, v11.h
	v_lshlrev_b16 v11.h, 7, v73.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v73, s61, v55
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v11.h, 0x3f80, v11.h
	v_add_nc_u16 v11.h, 0x2000, v11.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x7e00, v11.h, vcc_lo
	v_cndmask_b16 v11.h, 0, v11.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1800, v11.h, s3
	v_cndmask_b16 v11.h, 0x1c00, v11.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x1e00, v11.h, s5
	v_cndmask_b16 v11.h, 0x2000, v11.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2100, v11.h, s7
	v_cndmask_b16 v11.h, 0x2200, v11.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v11.h, 0x2300, v11.h, s9
	v_or_b16 v11.h, v11.h, v12.l
	v_and_b16 v12.l, 0x7f, v76.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v76.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v76, s61, v52
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.h, v12.l, v12.h
	v_and_b16 v12.l, 0x7f, v70.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v12.l
	v_cmp_ne_u16_e64 s2, 0, v12.l
	v_cmp_ne_u16_e64 s3, 1, v12.l
	v_cmp_ne_u16_e64 s4, 2, v12.l
	v_cmp_ne_u16_e64 s5, 3, v12.l
	v_cmp_ne_u16_e64 s6, 4, v12.l
	v_cmp_ne_u16_e64 s7, 5, v12.l
	v_cmp_ne_u16_e64 s8, 6, v12.l
	v_cmp_ne_u16_e64 s9, 7, v12.l
	v_lshlrev_b16 v12.l, 7, v70.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v70, s61, v58
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v12.l, 0x3f80, v12.l
	v_add_nc_u16 v12.l, 0x2000, v12.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x7e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0, v12.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1800, v12.l, s3
	v_cndmask_b16 v12.l, 0x1c00, v12.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x1e00, v12.l, s5
	v_cndmask_b16 v12.l, 0x2000, v12.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2100, v12.l, s7
	v_cndmask_b16 v12.l, 0x2200, v12.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v12.l, 0x2300, v12.l, s9
	v_or_b16 v12.l, v12.l, v13.h
	v_and_b16 v13.h, 0x7f, v74.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v13.h
	v_cmp_ne_u16_e64 s2, 0, v13.h
	v_cmp_ne_u16_e64 s3, 1, v13.h
	v_cmp_ne_u16_e64 s4, 2, v13.h
	v_cmp_ne_u16_e64 s5, 3, v13.h
	v_cmp_ne_u16_e64 s6, 4, v13.h
	v_cmp_ne_u16_e64 s7, 5, v13.h
	v_cmp_ne_u16_e64 s8, 6, v13.h
	v_cmp_ne_u16_e64 s9, 7, v13.h
	v_lshlrev_b16 v13.h, 7, v74.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v74, s61, v54
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v13.h, 0x3f80, v13.h
	v_add_nc_u16 v13.h, 0x2000, v13.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	v_cndmask_b16 v13.h, 0, v13.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1800, v13.h, s3
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s5
	v_cndmask_b16 v13.h, 0x2000, v13.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2100, v13.h, s7
	v_cndmask_b16 v13.h, 0x2200, v13.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v13.h, 0x2300, v13.h, s9
	v_or_b16 v13.h, v13.h, v14.l
	v_and_b16 v14.l, 0x7f, v71.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v71.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v71, s61, v57
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.h, v14.l, v14.h
	v_and_b16 v14.l, 0x7f, v68.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14.l
	v_cmp_ne_u16_e64 s2, 0, v14.l
	v_cmp_ne_u16_e64 s3, 1, v14.l
	v_cmp_ne_u16_e64 s4, 2, v14.l
	v_cmp_ne_u16_e64 s5, 3, v14.l
	v_cmp_ne_u16_e64 s6, 4, v14.l
	v_cmp_ne_u16_e64 s7, 5, v14.l
	v_cmp_ne_u16_e64 s8, 6, v14.l
	v_cmp_ne_u16_e64 s9, 7, v14.l
	v_lshlrev_b16 v14.l, 7, v68.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v68, s61, v60
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v14.l, 0x3f80, v14.l
	v_add_nc_u16 v14.l, 0x2000, v14.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x7e00, v14.l, vcc_lo
	v_cndmask_b16 v14.l, 0, v14.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1800, v14.l, s3
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s5
	v_cndmask_b16 v14.l, 0x2000, v14.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2100, v14.l, s7
	v_cndmask_b16 v14.l, 0x2200, v14.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v14.l, 0x2300, v14.l, s9
	v_or_b16 v14.l, v14.l, v15.h
	v_and_b16 v15.h, 0x7f, v24.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v15.h
	v_cmp_ne_u16_e64 s2, 0, v15.h
	v_cmp_ne_u16_e64 s3, 1, v15.h
	v_cmp_ne_u16_e64 s4, 2, v15.h
	v_cmp_ne_u16_e64 s5, 3, v15.h
	v_cmp_ne_u16_e64 s6, 4, v15.h
	v_cmp_ne_u16_e64 s7, 5, v15.h
	v_cmp_ne_u16_e64 s8, 6, v15.h
	v_cmp_ne_u16_e64 s9, 7, v15.h
	v_lshlrev_b16 v15.h, 7, v24.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v24.l, 8, v80.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v15.h, 0x3f80, v15.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v24.l, 0x8000, v24.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v15.h, 0x2000, v15.h
	v_cndmask_b16 v15.h, 0x7e00, v15.h, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0, v15.h, s2
	v_cndmask_b16 v15.h, 0x1800, v15.h, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x1c00, v15.h, s4
	v_cndmask_b16 v15.h, 0x1e00, v15.h, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2000, v15.h, s6
	v_cndmask_b16 v15.h, 0x2100, v15.h, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v15.h, 0x2200, v15.h, s8
	v_cndmask_b16 v15.h, 0x2300, v15.h, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v15.h, v15.h, v16.l
	v_and_b16 v16.l, 0x7f, v22.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.l
	v_cmp_ne_u16_e64 s2, 0, v16.l
	v_cmp_ne_u16_e64 s3, 1, v16.l
	v_cmp_ne_u16_e64 s4, 2, v16.l
	v_cmp_ne_u16_e64 s5, 3, v16.l
	v_cmp_ne_u16_e64 s6, 4, v16.l
	v_cmp_ne_u16_e64 s7, 5, v16.l
	v_cmp_ne_u16_e64 s8, 6, v16.l
	v_cmp_ne_u16_e64 s9, 7, v16.l
	v_lshlrev_b16 v16.l, 7, v22.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v22.l, 8, v83.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v16.l, 0x3f80, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v22.l, 0x8000, v22.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v16.l, 0x2000, v16.l
	v_cndmask_b16 v16.l, 0x7e00, v16.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0, v16.l, s2
	v_cndmask_b16 v16.l, 0x1800, v16.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1c00, v16.l, s4
	v_cndmask_b16 v16.l, 0x1e00, v16.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2000, v16.l, s6
	v_cndmask_b16 v16.l, 0x2100, v16.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2200, v16.l, s8
	v_cndmask_b16 v16.l, 0x2300, v16.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v16.h, v16.l, v16.h
	v_and_b16 v16.l, 0x7f, v20.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v16.l
	v_cmp_ne_u16_e64 s2, 0, v16.l
	v_cmp_ne_u16_e64 s3, 1, v16.l
	v_cmp_ne_u16_e64 s4, 2, v16.l
	v_cmp_ne_u16_e64 s5, 3, v16.l
	v_cmp_ne_u16_e64 s6, 4, v16.l
	v_cmp_ne_u16_e64 s7, 5, v16.l
	v_cmp_ne_u16_e64 s8, 6, v16.l
	v_cmp_ne_u16_e64 s9, 7, v16.l
	v_lshlrev_b16 v16.l, 7, v20.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v20.l, 8, v86.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v16.l, 0x3f80, v16.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v20.l, 0x8000, v20.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u16 v16.l, 0x2000, v16.l
	v_cndmask_b16 v16.l, 0x7e00, v16.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0, v16.l, s2
	v_cndmask_b16 v16.l, 0x1800, v16.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x1c00, v16.l, s4
	v_cndmask_b16 v16.l, 0x1e00, v16.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2000, v16.l, s6
	v_cndmask_b16 v16.l, 0x2100, v16.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x2200, v16.l, s8
	v_cndmask_b16 v16.l, 0x2300, v16.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v16.l, v16.l, v17.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v17.h, 0x7f, v89.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v17.h
	v_cmp_ne_u16_e64 s2, 0, v17.h
	v_cmp_ne_u16_e64 s3, 1, v17.h
	v_cmp_ne_u16_e64 s4, 2, v17.h
	v_cmp_ne_u16_e64 s5, 3, v17.h
	v_cmp_ne_u16_e64 s6, 4, v17.h
	v_cmp_ne_u16_e64 s7, 5, v17.h
	v_cmp_ne_u16_e64 s8, 6, v17.h
	v_cmp_ne_u16_e64 s9, 7, v17.h
	v_lshlrev_b16 v17.h, 7, v89.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v17.h, 0x3f80, v17.h
	v_add_nc_u16 v17.h, 0x2000, v17.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x7e00, v17.h, vcc_lo
	v_cndmask_b16 v17.h, 0, v17.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1800, v17.h, s3
	v_cndmask_b16 v17.h, 0x1c00, v17.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x1e00, v17.h, s5
	v_cndmask_b16 v17.h, 0x2000, v17.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2100, v17.h, s7
	v_cndmask_b16 v17.h, 0x2200, v17.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v17.h, 0x2300, v17.h, s9
	v_or_b16 v17.h, v17.h, v18.l
	v_and_b16 v18.l, 0x7f, v88.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v18.l
	v_cmp_ne_u16_e64 s2, 0, v18.l
	v_cmp_ne_u16_e64 s3, 1, v18.l
	v_cmp_ne_u16_e64 s4, 2, v18.l
	v_cmp_ne_u16_e64 s5, 3, v18.l
	v_cmp_ne_u16_e64 s6, 4, v18.l
	v_cmp_ne_u16_e64 s7, 5, v18.l
	v_cmp_ne_u16_e64 s8, 6, v18.l
	v_cmp_ne_u16_e64 s9, 7, v18.l
	v_lshlrev_b16 v18.l, 7, v88.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v18.l, 0x3f80, v18.l
	v_add_nc_u16 v18.l, 0x2000, v18.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x7e00, v18.l, vcc_lo
	v_cndmask_b16 v18.l, 0, v18.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x1800, v18.l, s3
	v_cndmask_b16 v18.l, 0x1c00, v18.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x1e00, v18.l, s5
	v_cndmask_b16 v18.l, 0x2000, v18.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x2100, v18.l, s7
	v_cndmask_b16 v18.l, 0x2200, v18.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x2300, v18.l, s9
	v_or_b16 v18.h, v18.l, v18.h
	v_and_b16 v18.l, 0x7f, v87.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v18.l
	v_cmp_ne_u16_e64 s2, 0, v18.l
	v_cmp_ne_u16_e64 s3, 1, v18.l
	v_cmp_ne_u16_e64 s4, 2, v18.l
	v_cmp_ne_u16_e64 s5, 3, v18.l
	v_cmp_ne_u16_e64 s6, 4, v18.l
	v_cmp_ne_u16_e64 s7, 5, v18.l
	v_cmp_ne_u16_e64 s8, 6, v18.l
	v_cmp_ne_u16_e64 s9, 7, v18.l
	v_lshlrev_b16 v18.l, 7, v87.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v18.l, 0x3f80, v18.l
	v_add_nc_u16 v18.l, 0x2000, v18.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x7e00, v18.l, vcc_lo
	v_cndmask_b16 v18.l, 0, v18.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x1800, v18.l, s3
	v_cndmask_b16 v18.l, 0x1c00, v18.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x1e00, v18.l, s5
	v_cndmask_b16 v18.l, 0x2000, v18.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x2100, v18.l, s7
	v_cndmask_b16 v18.l, 0x2200, v18.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v18.l, 0x2300, v18.l, s9
	v_or_b16 v18.l, v18.l, v19.h
	v_and_b16 v19.h, 0x7f, v86.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v19.h
	v_cmp_ne_u16_e64 s2, 0, v19.h
	v_cmp_ne_u16_e64 s3, 1, v19.h
	v_cmp_ne_u16_e64 s4, 2, v19.h
	v_cmp_ne_u16_e64 s5, 3, v19.h
	v_cmp_ne_u16_e64 s6, 4, v19.h
	v_cmp_ne_u16_e64 s7, 5, v19.h
	v_cmp_ne_u16_e64 s8, 6, v19.h
	v_cmp_ne_u16_e64 s9, 7, v19.h
	v_lshlrev_b16 v19.h, 7, v86.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v19.h, 0x3f80, v19.h
	v_add_nc_u16 v19.h, 0x2000, v19.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x7e00, v19.h, vcc_lo
	v_cndmask_b16 v19.h, 0, v19.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x1800, v19.h, s3
	v_cndmask_b16 v19.h, 0x1c00, v19.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x1e00, v19.h, s5
	v_cndmask_b16 v19.h, 0x2000, v19.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x2100, v19.h, s7
	v_cndmask_b16 v19.h, 0x2200, v19.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v19.h, 0x2300, v19.h, s9
	v_or_b16 v19.h, v19.h, v20.l
	v_and_b16 v20.l, 0x7f, v85.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v20.l
	v_cmp_ne_u16_e64 s2, 0, v20.l
	v_cmp_ne_u16_e64 s3, 1, v20.l
	v_cmp_ne_u16_e64 s4, 2, v20.l
	v_cmp_ne_u16_e64 s5, 3, v20.l
	v_cmp_ne_u16_e64 s6, 4, v20.l
	v_cmp_ne_u16_e64 s7, 5, v20.l
	v_cmp_ne_u16_e64 s8, 6, v20.l
	v_cmp_ne_u16_e64 s9, 7, v20.l
	v_lshlrev_b16 v20.l, 7, v85.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v20.l, 0x3f80, v20.l
	v_add_nc_u16 v20.l, 0x2000, v20.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x7e00, v20.l, vcc_lo
	v_cndmask_b16 v20.l, 0, v20.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x1800, v20.l, s3
	v_cndmask_b16 v20.l, 0x1c00, v20.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x1e00, v20.l, s5
	v_cndmask_b16 v20.l, 0x2000, v20.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x2100, v20.l, s7
	v_cndmask_b16 v20.l, 0x2200, v20.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x2300, v20.l, s9
	v_or_b16 v20.h, v20.l, v20.h
	v_and_b16 v20.l, 0x7f, v84.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v20.l
	v_cmp_ne_u16_e64 s2, 0, v20.l
	v_cmp_ne_u16_e64 s3, 1, v20.l
	v_cmp_ne_u16_e64 s4, 2, v20.l
	v_cmp_ne_u16_e64 s5, 3, v20.l
	v_cmp_ne_u16_e64 s6, 4, v20.l
	v_cmp_ne_u16_e64 s7, 5, v20.l
	v_cmp_ne_u16_e64 s8, 6, v20.l
	v_cmp_ne_u16_e64 s9, 7, v20.l
	v_lshlrev_b16 v20.l, 7, v84.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v20.l, 0x3f80, v20.l
	v_add_nc_u16 v20.l, 0x2000, v20.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x7e00, v20.l, vcc_lo
	v_cndmask_b16 v20.l, 0, v20.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x1800, v20.l, s3
	v_cndmask_b16 v20.l, 0x1c00, v20.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x1e00, v20.l, s5
	v_cndmask_b16 v20.l, 0x2000, v20.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x2100, v20.l, s7
	v_cndmask_b16 v20.l, 0x2200, v20.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v20.l, 0x2300, v20.l, s9
	v_or_b16 v20.l, v20.l, v21.h
	v_and_b16 v21.h, 0x7f, v83.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s2, 0, v21.h
	v_cmp_ne_u16_e64 s3, 1, v21.h
	v_cmp_ne_u16_e64 s4, 2, v21.h
	v_cmp_ne_u16_e64 s5, 3, v21.h
	v_cmp_ne_u16_e64 s6, 4, v21.h
	v_cmp_ne_u16_e64 s7, 5, v21.h
	v_cmp_ne_u16_e64 s8, 6, v21.h
	v_cmp_ne_u16_e64 s9, 7, v21.h
	v_lshlrev_b16 v21.h, 7, v83.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v21.h, 0x3f80, v21.h
	v_add_nc_u16 v21.h, 0x2000, v21.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v21.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1800, v21.h, s3
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x1e00, v21.h, s5
	v_cndmask_b16 v21.h, 0x2000, v21.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2100, v21.h, s7
	v_cndmask_b16 v21.h, 0x2200, v21.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v21.h, 0x2300, v21.h, s9
	v_or_b16 v21.h, v21.h, v22.l
	v_and_b16 v22.l, 0x7f, v82.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.l
	v_cmp_ne_u16_e64 s2, 0, v22.l
	v_cmp_ne_u16_e64 s3, 1, v22.l
	v_cmp_ne_u16_e64 s4, 2, v22.l
	v_cmp_ne_u16_e64 s5, 3, v22.l
	v_cmp_ne_u16_e64 s6, 4, v22.l
	v_cmp_ne_u16_e64 s7, 5, v22.l
	v_cmp_ne_u16_e64 s8, 6, v22.l
	v_cmp_ne_u16_e64 s9, 7, v22.l
	v_lshlrev_b16 v22.l, 7, v82.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b16 v22.l, 0x3f80, v22.l
	v_add_nc_u16 v22.l, 0x2000, v22.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x7e00, v22.l, vcc_lo
	v_cndmask_b16 v22.l, 0, v22.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x1800, v22.l, s3
	v_cndmask_b16 v22.l, 0x1c00, v22.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x1e00, v22.l, s5
	v_cndmask_b16 v22.l, 0x2000, v22.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x2100, v22.l, s7
	v_cndmask_b16 v22.l, 0x2200, v22.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x2300, v22.l, s9
	v_or_b16 v22.h, v22.l, v22.h
	v_and_b16 v22.l, 0x7f, v81.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.l
	v_cmp_ne_u16_e64 s2, 0, v22.l
	v_cmp_ne_u16_e64 s3, 1, v22.l
	v_cmp_ne_u16_e64 s4, 2, v22.l
	v_cmp_ne_u16_e64 s5, 3, v22.l
	v_cmp_ne_u16_e64 s6, 4, v22.l
	v_cmp_ne_u16_e64 s7, 5, v22.l
	v_cmp_ne_u16_e64 s8, 6, v22.l
	v_cmp_ne_u16_e64 s9, 7, v22.l
	v_lshlrev_b16 v22.l, 7, v81.l
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v81, 31, v75
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v22.l, 0x3f80, v22.l
	v_add_nc_u16 v22.l, 0x2000, v22.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x7e00, v22.l, vcc_lo
	v_cndmask_b16 v22.l, 0, v22.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x1800, v22.l, s3
	v_cndmask_b16 v22.l, 0x1c00, v22.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x1e00, v22.l, s5
	v_cndmask_b16 v22.l, 0x2000, v22.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x2100, v22.l, s7
	v_cndmask_b16 v22.l, 0x2200, v22.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v22.l, 0x2300, v22.l, s9
	v_or_b16 v22.l, v22.l, v23.h
	v_and_b16 v23.h, 0x7f, v80.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0, v23.h
	v_cmp_ne_u16_e64 s3, 1, v23.h
	v_cmp_ne_u16_e64 s4, 2, v23.h
	v_cmp_ne_u16_e64 s5, 3, v23.h
	v_cmp_ne_u16_e64 s6, 4, v23.h
	v_cmp_ne_u16_e64 s7, 5, v23.h
	v_cmp_ne_u16_e64 s8, 6, v23.h
	v_cmp_ne_u16_e64 s9, 7, v23.h
	v_lshlrev_b16 v23.h, 7, v80.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v80, s61, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v23.h, 0x3f80, v23.h
	v_add_nc_u16 v23.h, 0x2000, v23.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x7e00, v23.h, vcc_lo
	v_cndmask_b16 v23.h, 0, v23.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1800, v23.h, s3
	v_cndmask_b16 v23.h, 0x1c00, v23.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x1e00, v23.h, s5
	v_cndmask_b16 v23.h, 0x2000, v23.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2100, v23.h, s7
	v_cndmask_b16 v23.h, 0x2200, v23.h, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v23.h, 0x2300, v23.h, s9
	v_or_b16 v23.h, v23.h, v24.l
	v_and_b16 v24.l, 0x7f, v79.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v24.l
	v_cmp_ne_u16_e64 s2, 0, v24.l
	v_cmp_ne_u16_e64 s3, 1, v24.l
	v_cmp_ne_u16_e64 s4, 2, v24.l
	v_cmp_ne_u16_e64 s5, 3, v24.l
	v_cmp_ne_u16_e64 s6, 4, v24.l
	v_cmp_ne_u16_e64 s7, 5, v24.l
	v_cmp_ne_u16_e64 s8, 6, v24.l
	v_cmp_ne_u16_e64 s9, 7, v24.l
	v_lshlrev_b16 v24.l, 7, v79.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v79, s61, v50
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v24.l, 0x3f80, v24.l
	v_add_nc_u16 v24.l, 0x2000, v24.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7e00, v24.l, vcc_lo
	v_cndmask_b16 v24.l, 0, v24.l, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x1800, v24.l, s3
	v_cndmask_b16 v24.l, 0x1c00, v24.l, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x1e00, v24.l, s5
	v_cndmask_b16 v24.l, 0x2000, v24.l, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x2100, v24.l, s7
	v_cndmask_b16 v24.l, 0x2200, v24.l, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x2300, v24.l, s9
	v_or_b16 v24.h, v24.l, v24.h
	v_and_b16 v24.l, 0x7f, v78.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v24.l
	v_cmp_ne_u16_e64 s2, 0, v24.l
	v_cmp_ne_u16_e64 s3, 1, v24.l
	v_cmp_ne_u16_e64 s4, 2, v24.l
	v_cmp_ne_u16_e64 s5, 3, v24.l
	v_cmp_ne_u16_e64 s6, 4, v24.l
	v_cmp_ne_u16_e64 s7, 5, v24.l
	v_cmp_ne_u16_e64 s8, 6, v24.l
	v_cmp_ne_u16_e64 s9, 7, v24.l
	v_lshlrev_b16 v24.l, 7, v78.l
	v_lshlrev_b16 v78.l, 8, v78.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_b16 v24.l, 0x3f80, v24.l
	v_and_b16 v78.l, 0x8000, v78.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v24.l, 0x2000, v24.l
	v_cndmask_b16 v24.l, 0x7e00, v24.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0, v24.l, s2
	v_cndmask_b16 v24.l, 0x1800, v24.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x1c00, v24.l, s4
	v_cndmask_b16 v24.l, 0x1e00, v24.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x2000, v24.l, s6
	v_cndmask_b16 v24.l, 0x2100, v24.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x2200, v24.l, s8
	v_cndmask_b16 v24.l, 0x2300, v24.l, s9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_or_b16 v24.l, v24.l, v78.l
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v78, s61, v48
	.loc	1 197 16 is_stmt 1              ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[17:24], v[9:16], v[1:8]
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v14, 31, v69
	v_ashrrev_i32_e32 v16, 31, v70
	v_ashrrev_i32_e32 v12, 31, v68
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	v_add_nc_u32_e32 v10, s61, v47
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v24, 31, v74
	v_add_co_u32 v13, s2, v41, v69
	v_add_co_u32 v15, s3, v41, v70
	v_add_co_u32 v11, vcc_lo, v41, v68
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v9, s61, v46
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v18, 31, v71
	v_add_co_u32 v17, s4, v41, v71
	v_add_co_ci_u32_e64 v14, null, v42, v14, s2
	v_add_co_u32 v68, s2, v41, v75
	v_add_co_ci_u32_e64 v16, null, v42, v16, s3
	v_ashrrev_i32_e32 v71, 31, v76
	v_add_co_u32 v70, s3, v41, v76
	v_ashrrev_i32_e32 v75, 31, v80
	v_ashrrev_i32_e32 v76, 31, v78
	v_add_co_ci_u32_e64 v12, null, v42, v12, vcc_lo
	v_add_co_u32 v23, vcc_lo, v41, v74
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v24, null, v42, v24, vcc_lo
	v_add_co_ci_u32_e64 v69, null, v42, v81, s2
	v_add_co_u32 v74, vcc_lo, v41, v80
	v_add_co_u32 v78, s2, v41, v78
	v_ashrrev_i32_e32 v81, 31, v10
	v_ashrrev_i32_e32 v20, 31, v72
	v_ashrrev_i32_e32 v22, 31, v73
	v_add_co_u32 v19, s5, v41, v72
	v_add_co_u32 v21, s6, v41, v73
	v_add_co_ci_u32_e64 v18, null, v42, v18, s4
	v_ashrrev_i32_e32 v73, 31, v79
	v_add_co_u32 v72, s4, v41, v79
	v_add_co_ci_u32_e64 v75, null, v42, v75, vcc_lo
	v_add_co_ci_u32_e64 v79, null, v42, v76, s2
	v_add_co_u32 v80, vcc_lo, v41, v10
	v_ashrrev_i32_e32 v10, 31, v9
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v76, s61, v45
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_ci_u32_e64 v81, null, v42, v81, vcc_lo
	v_add_co_u32 v9, vcc_lo, v41, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_co_ci_u32_e64 v10, null, v42, v10, vcc_lo
	v_ashrrev_i32_e32 v83, 31, v76
	v_add_co_u32 v82, vcc_lo, v41, v76
	v_add_nc_u32_e32 v76, s61, v44
	v_add_co_ci_u32_e64 v22, null, v42, v22, s6
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_co_ci_u32_e64 v83, null, v42, v83, vcc_lo
	v_ashrrev_i32_e32 v85, 31, v76
	v_add_co_u32 v84, vcc_lo, v41, v76
	v_add_co_ci_u32_e64 v20, null, v42, v20, s5
	v_add_co_ci_u32_e64 v71, null, v42, v71, s3
	v_add_co_ci_u32_e64 v73, null, v42, v73, s4
	v_add_co_ci_u32_e64 v85, null, v42, v85, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	s_clause 0xf
	global_load_u8 v17, v[17:18], off
	global_load_u8 v18, v[68:69], off
	global_load_u8 v23, v[23:24], off
	global_load_u8 v21, v[21:22], off
	global_load_u8 v19, v[19:20], off
	global_load_u8 v15, v[15:16], off
	global_load_u8 v13, v[13:14], off
	global_load_u8 v11, v[11:12], off
	global_load_u8 v12, v[78:79], off
	global_load_u8 v14, v[84:85], off
	global_load_u8 v16, v[82:83], off
	global_load_u8 v9, v[9:10], off
	global_load_u8 v10, v[80:81], off
	global_load_u8 v20, v[72:73], off
	global_load_u8 v22, v[70:71], off
	global_load_u8 v24, v[74:75], off
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s61, s61, s60
	s_cmp_lt_i32 s58, s59
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt vmcnt(13)
	v_perm_b32 v18, v23, v18, 0xc0c0004
	s_waitcnt vmcnt(11)
	v_perm_b32 v19, v19, v21, 0xc0c0004
	s_waitcnt vmcnt(8)
	v_perm_b32 v11, v11, v13, 0xc0c0004
	v_perm_b32 v13, v15, v17, 0xc0c0004
	s_waitcnt vmcnt(5)
	v_perm_b32 v14, v16, v14, 0xc0c0004
	s_waitcnt vmcnt(3)
	v_perm_b32 v15, v10, v9, 0xc0c0004
	v_lshl_or_b32 v10, v18, 16, v19
	s_waitcnt vmcnt(1)
	v_perm_b32 v16, v22, v20, 0xc0c0004
	s_waitcnt vmcnt(0)
	v_perm_b32 v17, v24, v12, 0xc0c0004
	v_lshl_or_b32 v9, v13, 16, v11
	v_lshl_or_b32 v12, v14, 16, v15
	s_delay_alu instid0(VALU_DEP_3)
	v_lshl_or_b32 v11, v17, 16, v16
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier
	buffer_gl0_inv
	ds_store_b8 v35, v30
	ds_store_b8_d16_hi v35, v30 offset:64
	ds_store_b8 v35, v32 offset:512
	ds_store_b8_d16_hi v35, v32 offset:576
	ds_store_b8 v36, v29 offset:128
	ds_store_b8_d16_hi v36, v29 offset:192
	ds_store_b8 v36, v31 offset:640
	ds_store_b8_d16_hi v36, v31 offset:704
	ds_store_b8 v37, v26 offset:256
	ds_store_b8_d16_hi v37, v26 offset:320
	ds_store_b8 v37, v28 offset:768
	ds_store_b8_d16_hi v37, v28 offset:832
	ds_store_b8_d16_hi v38, v25 offset:384
	ds_store_b8 v38, v25 offset:448
	ds_store_b8 v38, v27 offset:896
	ds_store_b8_d16_hi v38, v27 offset:960
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v39, v[9:10] offset:1024
	ds_store_b64 v40, v[11:12] offset:1024
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_69
	s_branch .LBB0_71
.LBB0_70:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_mov_b32_e32 v8, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_mov_b32_e32 v7, v8
	v_mov_b32_e32 v6, v8
	v_mov_b32_e32 v5, v8
	v_mov_b32_e32 v4, v8
	v_mov_b32_e32 v3, v8
	v_mov_b32_e32 v2, v8
	v_mov_b32_e32 v1, v8
.LBB0_71:                               ; %Flow370
	s_load_b32 s25, s[0:1], 0x2c
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s0, s22, 63
	s_lshr_b32 s24, s24, 5
	s_cmp_lt_i32 s0, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	s_cbranch_scc0 .LBB0_74
; %bb.72:
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s24, 0
	s_cbranch_scc0 .LBB0_75
.LBB0_73:                               ; %.critedge12
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_74:
	.loc	1 196 13                        ; kernels.py:196:13
	v_xad_u32 v9, v34, 48, 0
	v_xad_u32 v13, v34, 32, 0
	ds_load_b128 v[9:12], v9 offset:1024
	ds_load_b128 v[17:20], v13 offset:1024
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v21, 24, v12
	v_lshrrev_b32_e32 v22, 16, v12
	v_lshrrev_b32_e32 v23, 8, v12
	v_lshlrev_b16 v12.h, 7, v12.l
	v_and_b16 v13.l, 0x7f, v12.l
	v_lshlrev_b16 v13.h, 7, v21.l
	v_lshlrev_b16 v14.l, 7, v22.l
	v_lshlrev_b16 v14.h, 7, v23.l
	v_and_b16 v15.l, 0x7f, v21.l
	v_and_b16 v15.h, 0x7f, v22.l
	v_and_b16 v16.l, 0x7f, v23.l
	v_and_b16 v13.h, 0x3f80, v13.h
	v_and_b16 v14.l, 0x3f80, v14.l
	v_and_b16 v14.h, 0x3f80, v14.h
	v_and_b16 v12.h, 0x3f80, v12.h
	v_cmp_ne_u16_e64 s5, 0x7f, v15.l
	v_cmp_ne_u16_e64 s6, 0x7f, v15.h
	v_cmp_ne_u16_e64 s7, 0x7f, v16.l
	v_add_nc_u16 v13.h, 0x2000, v13.h
	v_add_nc_u16 v14.l, 0x2000, v14.l
	v_add_nc_u16 v14.h, 0x2000, v14.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v13.l
	v_add_nc_u16 v12.h, 0x2000, v12.h
	v_cmp_ne_u16_e64 s8, 0, v15.l
	v_cmp_ne_u16_e64 s9, 0, v15.h
	v_cmp_ne_u16_e64 s10, 0, v16.l
	v_cndmask_b16 v13.h, 0x7e00, v13.h, s5
	v_cndmask_b16 v14.l, 0x7e00, v14.l, s6
	v_cndmask_b16 v14.h, 0x7e00, v14.h, s7
	v_cmp_ne_u16_e64 s0, 0, v13.l
	v_cmp_ne_u16_e64 s11, 1, v15.l
	v_cmp_ne_u16_e64 s12, 1, v15.h
	v_cmp_ne_u16_e64 s13, 1, v16.l
	v_cndmask_b16 v12.h, 0x7e00, v12.h, vcc_lo
	v_cndmask_b16 v13.h, 0, v13.h, s8
	v_cndmask_b16 v14.l, 0, v14.l, s9
	v_cndmask_b16 v14.h, 0, v14.h, s10
	v_cmp_ne_u16_e64 s1, 1, v13.l
	v_cmp_ne_u16_e64 s14, 2, v15.l
	v_cmp_ne_u16_e64 s15, 2, v15.h
	v_cmp_ne_u16_e64 s16, 2, v16.l
	v_cndmask_b16 v12.h, 0, v12.h, s0
	v_cndmask_b16 v13.h, 0x1800, v13.h, s11
	v_cndmask_b16 v14.l, 0x1800, v14.l, s12
	v_cndmask_b16 v14.h, 0x1800, v14.h, s13
	v_cmp_ne_u16_e64 s2, 2, v13.l
	v_cmp_ne_u16_e64 s17, 3, v15.l
	v_cmp_ne_u16_e64 s18, 3, v15.h
	v_cmp_ne_u16_e32 vcc_lo, 3, v16.l
	v_cndmask_b16 v12.h, 0x1800, v12.h, s1
	v_cndmask_b16 v13.h, 0x1c00, v13.h, s14
	v_cndmask_b16 v14.l, 0x1c00, v14.l, s15
	v_cndmask_b16 v14.h, 0x1c00, v14.h, s16
	v_cmp_ne_u16_e64 s3, 3, v13.l
	v_cmp_ne_u16_e64 s0, 4, v15.l
	v_cmp_ne_u16_e64 s1, 4, v15.h
	v_cndmask_b16 v12.h, 0x1c00, v12.h, s2
	v_cmp_ne_u16_e64 s2, 4, v16.l
	v_cndmask_b16 v13.h, 0x1e00, v13.h, s17
	v_cndmask_b16 v14.l, 0x1e00, v14.l, s18
	v_cndmask_b16 v14.h, 0x1e00, v14.h, vcc_lo
	v_cmp_ne_u16_e64 s4, 4, v13.l
	v_cndmask_b16 v12.h, 0x1e00, v12.h, s3
	v_cndmask_b16 v13.h, 0x2000, v13.h, s0
	v_cndmask_b16 v14.l, 0x2000, v14.l, s1
	v_cndmask_b16 v14.h, 0x2000, v14.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v15.l
	v_cmp_ne_u16_e64 s0, 5, v15.h
	v_cmp_ne_u16_e64 s1, 5, v16.l
	v_cndmask_b16 v12.h, 0x2000, v12.h, s4
	v_cmp_ne_u16_e64 s2, 5, v13.l
	v_cndmask_b16 v13.h, 0x2100, v13.h, vcc_lo
	v_cndmask_b16 v14.l, 0x2100, v14.l, s0
	v_cndmask_b16 v14.h, 0x2100, v14.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 6, v15.l
	v_cmp_ne_u16_e64 s0, 6, v15.h
	v_cmp_ne_u16_e64 s1, 6, v16.l
	v_lshrrev_b32_e32 v24, 24, v11
	v_lshrrev_b32_e32 v25, 16, v11
	v_lshlrev_b16 v16.h, 8, v21.l
	v_lshlrev_b16 v21.l, 8, v22.l
	v_cndmask_b16 v12.h, 0x2100, v12.h, s2
	v_cmp_ne_u16_e64 s2, 6, v13.l
	v_lshlrev_b16 v21.h, 8, v23.l
	v_cndmask_b16 v13.h, 0x2200, v13.h, vcc_lo
	v_cndmask_b16 v14.l, 0x2200, v14.l, s0
	v_cndmask_b16 v14.h, 0x2200, v14.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 7, v15.l
	v_cmp_ne_u16_e64 s0, 7, v15.h
	v_cmp_ne_u16_e64 s1, 7, v16.l
	v_lshrrev_b32_e32 v26, 8, v11
	v_lshlrev_b16 v15.l, 7, v24.l
	v_lshlrev_b16 v15.h, 7, v25.l
	v_cndmask_b16 v12.h, 0x2200, v12.h, s2
	v_cmp_ne_u16_e64 s2, 7, v13.l
	v_cndmask_b16 v13.l, 0x2300, v13.h, vcc_lo
	v_cndmask_b16 v13.h, 0x2300, v14.l, s0
	v_cndmask_b16 v14.l, 0x2300, v14.h, s1
	v_and_b16 v11.h, 0x8000, v21.l
	v_and_b16 v14.h, 0x8000, v16.h
	v_lshlrev_b16 v16.l, 7, v26.l
	v_lshlrev_b16 v16.h, 7, v11.l
	v_and_b16 v21.l, 0x8000, v21.h
	v_and_b16 v15.l, 0x3f80, v15.l
	v_and_b16 v15.h, 0x3f80, v15.h
	v_and_b16 v21.h, 0x7f, v24.l
	v_and_b16 v22.l, 0x7f, v25.l
	v_lshlrev_b16 v12.l, 8, v12.l
	v_and_b16 v16.l, 0x3f80, v16.l
	v_and_b16 v16.h, 0x3f80, v16.h
	v_and_b16 v22.h, 0x7f, v26.l
	v_and_b16 v23.l, 0x7f, v11.l
	v_add_nc_u16 v15.l, 0x2000, v15.l
	v_add_nc_u16 v15.h, 0x2000, v15.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v21.h
	v_cmp_ne_u16_e64 s0, 0x7f, v22.l
	v_cndmask_b16 v12.h, 0x2300, v12.h, s2
	v_add_nc_u16 v16.l, 0x2000, v16.l
	v_add_nc_u16 v16.h, 0x2000, v16.h
	v_cmp_ne_u16_e64 s1, 0x7f, v22.h
	v_cmp_ne_u16_e64 s2, 0x7f, v23.l
	v_and_b16 v12.l, 0x8000, v12.l
	v_cndmask_b16 v23.h, 0x7e00, v15.l, vcc_lo
	v_cndmask_b16 v15.h, 0x7e00, v15.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v21.h
	v_cmp_ne_u16_e64 s0, 0, v22.l
	v_cndmask_b16 v16.l, 0x7e00, v16.l, s1
	v_cndmask_b16 v16.h, 0x7e00, v16.h, s2
	v_cmp_ne_u16_e64 s1, 0, v22.h
	v_cmp_ne_u16_e64 s2, 0, v23.l
	v_or_b16 v15.l, v12.h, v12.l
	v_cndmask_b16 v12.l, 0, v23.h, vcc_lo
	v_cndmask_b16 v12.h, 0, v15.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v21.h
	v_cmp_ne_u16_e64 s0, 1, v22.l
	v_cndmask_b16 v16.l, 0, v16.l, s1
	v_cndmask_b16 v16.h, 0, v16.h, s2
	v_cmp_ne_u16_e64 s1, 1, v22.h
	v_cmp_ne_u16_e64 s2, 1, v23.l
	v_cndmask_b16 v12.l, 0x1800, v12.l, vcc_lo
	v_cndmask_b16 v12.h, 0x1800, v12.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v21.h
	v_cmp_ne_u16_e64 s0, 2, v22.l
	v_or_b16 v15.h, v14.l, v21.l
	v_cndmask_b16 v14.l, 0x1800, v16.l, s1
	v_cndmask_b16 v16.l, 0x1800, v16.h, s2
	v_cmp_ne_u16_e64 s1, 2, v22.h
	v_cmp_ne_u16_e64 s2, 2, v23.l
	v_cndmask_b16 v12.l, 0x1c00, v12.l, vcc_lo
	v_cndmask_b16 v12.h, 0x1c00, v12.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v21.h
	v_cmp_ne_u16_e64 s0, 3, v22.l
	v_or_b16 v16.h, v13.l, v14.h
	v_cndmask_b16 v13.l, 0x1c00, v14.l, s1
	v_cndmask_b16 v14.l, 0x1c00, v16.l, s2
	v_cmp_ne_u16_e64 s1, 3, v22.h
	v_cmp_ne_u16_e64 s2, 3, v23.l
	v_or_b16 v16.l, v13.h, v11.h
	v_cndmask_b16 v11.h, 0x1e00, v12.l, vcc_lo
	v_cndmask_b16 v12.l, 0x1e00, v12.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v21.h
	v_cmp_ne_u16_e64 s0, 4, v22.l
	v_cndmask_b16 v12.h, 0x1e00, v13.l, s1
	v_cndmask_b16 v13.l, 0x1e00, v14.l, s2
	v_cmp_ne_u16_e64 s1, 4, v22.h
	v_cmp_ne_u16_e64 s2, 4, v23.l
	v_cndmask_b16 v11.h, 0x2000, v11.h, vcc_lo
	v_cndmask_b16 v12.l, 0x2000, v12.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v21.h
	v_cmp_ne_u16_e64 s0, 5, v22.l
	v_lshlrev_b16 v13.h, 8, v24.l
	v_cndmask_b16 v12.h, 0x2000, v12.h, s1
	v_cndmask_b16 v13.l, 0x2000, v13.l, s2
	v_cmp_ne_u16_e64 s1, 5, v22.h
	v_cmp_ne_u16_e64 s2, 5, v23.l
	v_lshlrev_b16 v14.l, 8, v25.l
	v_cndmask_b16 v11.h, 0x2100, v11.h, vcc_lo
	v_cndmask_b16 v12.l, 0x2100, v12.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v21.h
	v_cmp_ne_u16_e64 s0, 6, v22.l
	v_lshlrev_b16 v14.h, 8, v26.l
	v_lshrrev_b32_e32 v25, 24, v10
	v_lshrrev_b32_e32 v26, 16, v10
	v_lshrrev_b32_e32 v27, 8, v10
	v_cndmask_b16 v12.h, 0x2100, v12.h, s1
	v_cndmask_b16 v13.l, 0x2100, v13.l, s2
	v_cmp_ne_u16_e64 s1, 6, v22.h
	v_cmp_ne_u16_e64 s2, 6, v23.l
	v_cndmask_b16 v11.h, 0x2200, v11.h, vcc_lo
	v_cndmask_b16 v12.l, 0x2200, v12.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v21.h
	v_cmp_ne_u16_e64 s0, 7, v22.l
	v_and_b16 v10.h, 0x8000, v14.l
	v_and_b16 v14.l, 0x8000, v13.h
	v_lshlrev_b16 v13.h, 7, v25.l
	v_lshlrev_b16 v21.l, 7, v26.l
	v_lshlrev_b16 v21.h, 7, v27.l
	v_lshlrev_b16 v22.l, 7, v10.l
	v_cndmask_b16 v12.h, 0x2200, v12.h, s1
	v_cndmask_b16 v13.l, 0x2200, v13.l, s2
	v_cmp_ne_u16_e64 s1, 7, v22.h
	v_cmp_ne_u16_e64 s2, 7, v23.l
	v_and_b16 v13.h, 0x3f80, v13.h
	v_and_b16 v21.l, 0x3f80, v21.l
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v22.l, 0x3f80, v22.l
	v_and_b16 v22.h, 0x7f, v25.l
	v_and_b16 v23.l, 0x7f, v26.l
	v_and_b16 v23.h, 0x7f, v27.l
	v_and_b16 v24.l, 0x7f, v10.l
	v_lshlrev_b16 v11.l, 8, v11.l
	v_cndmask_b16 v11.h, 0x2300, v11.h, vcc_lo
	v_cndmask_b16 v12.l, 0x2300, v12.l, s0
	v_cndmask_b16 v12.h, 0x2300, v12.h, s1
	v_cndmask_b16 v13.l, 0x2300, v13.l, s2
	v_add_nc_u16 v13.h, 0x2000, v13.h
	v_add_nc_u16 v21.l, 0x2000, v21.l
	v_add_nc_u16 v21.h, 0x2000, v21.h
	v_add_nc_u16 v22.l, 0x2000, v22.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v22.h
	v_cmp_ne_u16_e64 s0, 0x7f, v23.l
	v_cmp_ne_u16_e64 s1, 0x7f, v23.h
	v_cmp_ne_u16_e64 s2, 0x7f, v24.l
	v_and_b16 v11.l, 0x8000, v11.l
	v_cndmask_b16 v13.h, 0x7e00, v13.h, vcc_lo
	v_cndmask_b16 v21.l, 0x7e00, v21.l, s0
	v_cndmask_b16 v21.h, 0x7e00, v21.h, s1
	v_cndmask_b16 v22.l, 0x7e00, v22.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v22.h
	v_cmp_ne_u16_e64 s0, 0, v23.l
	v_cmp_ne_u16_e64 s1, 0, v23.h
	v_cmp_ne_u16_e64 s2, 0, v24.l
	v_and_b16 v14.h, 0x8000, v14.h
	v_or_b16 v13.l, v13.l, v11.l
	v_cndmask_b16 v11.l, 0, v13.h, vcc_lo
	v_cndmask_b16 v21.l, 0, v21.l, s0
	v_cndmask_b16 v21.h, 0, v21.h, s1
	v_cndmask_b16 v22.l, 0, v22.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v22.h
	v_cmp_ne_u16_e64 s0, 1, v23.l
	v_cmp_ne_u16_e64 s1, 1, v23.h
	v_cmp_ne_u16_e64 s2, 1, v24.l
	v_or_b16 v13.h, v12.h, v14.h
	v_cndmask_b16 v11.l, 0x1800, v11.l, vcc_lo
	v_cndmask_b16 v12.h, 0x1800, v21.l, s0
	v_cndmask_b16 v21.l, 0x1800, v21.h, s1
	v_cndmask_b16 v21.h, 0x1800, v22.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v22.h
	v_cmp_ne_u16_e64 s0, 2, v23.l
	v_cmp_ne_u16_e64 s1, 2, v23.h
	v_cmp_ne_u16_e64 s2, 2, v24.l
	v_or_b16 v14.h, v11.h, v14.l
	v_cndmask_b16 v11.l, 0x1c00, v11.l, vcc_lo
	v_cndmask_b16 v11.h, 0x1c00, v12.h, s0
	v_cndmask_b16 v12.h, 0x1c00, v21.l, s1
	v_cndmask_b16 v21.l, 0x1c00, v21.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v22.h
	v_cmp_ne_u16_e64 s0, 3, v23.l
	v_cmp_ne_u16_e64 s2, 3, v24.l
	v_or_b16 v14.l, v12.l, v10.h
	v_cmp_ne_u16_e64 s1, 3, v23.h
	v_cndmask_b16 v10.h, 0x1e00, v11.l, vcc_lo
	v_cndmask_b16 v11.l, 0x1e00, v11.h, s0
	v_cndmask_b16 v12.l, 0x1e00, v21.l, s2
	v_cmp_ne_u16_e64 s0, 4, v23.l
	v_cmp_ne_u16_e64 s2, 4, v24.l
	v_cmp_ne_u16_e32 vcc_lo, 4, v22.h
	v_cndmask_b16 v11.h, 0x1e00, v12.h, s1
	v_cmp_ne_u16_e64 s1, 4, v23.h
	v_cndmask_b16 v11.l, 0x2000, v11.l, s0
	v_cndmask_b16 v12.l, 0x2000, v12.l, s2
	v_cmp_ne_u16_e64 s0, 5, v23.l
	v_cmp_ne_u16_e64 s2, 5, v24.l
	v_cndmask_b16 v10.h, 0x2000, v10.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v22.h
	v_lshlrev_b16 v12.h, 8, v25.l
	v_cndmask_b16 v11.l, 0x2100, v11.l, s0
	v_cndmask_b16 v12.l, 0x2100, v12.l, s2
	v_cmp_ne_u16_e64 s0, 6, v23.l
	v_cmp_ne_u16_e64 s2, 6, v24.l
	v_cndmask_b16 v11.h, 0x2000, v11.h, s1
	v_cmp_ne_u16_e64 s1, 5, v23.h
	v_lshlrev_b16 v21.l, 8, v26.l
	v_cndmask_b16 v10.h, 0x2100, v10.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v22.h
	v_lshlrev_b16 v21.h, 8, v27.l
	v_cndmask_b16 v11.l, 0x2200, v11.l, s0
	v_cndmask_b16 v12.l, 0x2200, v12.l, s2
	v_cmp_ne_u16_e64 s0, 7, v23.l
	v_cmp_ne_u16_e64 s2, 7, v24.l
	v_lshrrev_b32_e32 v26, 24, v9
	v_lshrrev_b32_e32 v27, 16, v9
	v_lshrrev_b32_e32 v28, 8, v9
	v_cndmask_b16 v11.h, 0x2100, v11.h, s1
	v_cmp_ne_u16_e64 s1, 6, v23.h
	v_cndmask_b16 v10.h, 0x2200, v10.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v22.h
	v_cndmask_b16 v22.l, 0x2300, v11.l, s0
	v_cndmask_b16 v11.l, 0x2300, v12.l, s2
	v_and_b16 v9.h, 0x8000, v21.l
	v_and_b16 v12.l, 0x8000, v12.h
	v_lshlrev_b16 v12.h, 7, v26.l
	v_lshlrev_b16 v21.l, 7, v27.l
	v_lshlrev_b16 v22.h, 7, v28.l
	v_lshlrev_b16 v23.l, 7, v9.l
	v_cndmask_b16 v11.h, 0x2200, v11.h, s1
	v_cmp_ne_u16_e64 s1, 7, v23.h
	v_and_b16 v12.h, 0x3f80, v12.h
	v_and_b16 v21.l, 0x3f80, v21.l
	v_and_b16 v22.h, 0x3f80, v22.h
	v_and_b16 v23.l, 0x3f80, v23.l
	v_and_b16 v23.h, 0x7f, v26.l
	v_and_b16 v24.l, 0x7f, v27.l
	v_and_b16 v24.h, 0x7f, v28.l
	v_and_b16 v25.l, 0x7f, v9.l
	v_lshlrev_b16 v10.l, 8, v10.l
	v_cndmask_b16 v10.h, 0x2300, v10.h, vcc_lo
	v_cndmask_b16 v11.h, 0x2300, v11.h, s1
	v_add_nc_u16 v12.h, 0x2000, v12.h
	v_add_nc_u16 v21.l, 0x2000, v21.l
	v_add_nc_u16 v22.h, 0x2000, v22.h
	v_add_nc_u16 v23.l, 0x2000, v23.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v23.h
	v_cmp_ne_u16_e64 s0, 0x7f, v24.l
	v_cmp_ne_u16_e64 s1, 0x7f, v24.h
	v_cmp_ne_u16_e64 s2, 0x7f, v25.l
	v_and_b16 v10.l, 0x8000, v10.l
	v_cndmask_b16 v12.h, 0x7e00, v12.h, vcc_lo
	v_cndmask_b16 v21.l, 0x7e00, v21.l, s0
	v_cndmask_b16 v22.h, 0x7e00, v22.h, s1
	v_cndmask_b16 v23.l, 0x7e00, v23.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v23.h
	v_cmp_ne_u16_e64 s0, 0, v24.l
	v_cmp_ne_u16_e64 s1, 0, v24.h
	v_cmp_ne_u16_e64 s2, 0, v25.l
	v_and_b16 v21.h, 0x8000, v21.h
	v_or_b16 v11.l, v11.l, v10.l
	v_cndmask_b16 v10.l, 0, v12.h, vcc_lo
	v_cndmask_b16 v12.h, 0, v21.l, s0
	v_cndmask_b16 v21.l, 0, v22.h, s1
	v_cndmask_b16 v22.h, 0, v23.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v23.h
	v_cmp_ne_u16_e64 s0, 1, v24.l
	v_cmp_ne_u16_e64 s1, 1, v24.h
	v_cmp_ne_u16_e64 s2, 1, v25.l
	v_or_b16 v11.h, v11.h, v21.h
	v_cndmask_b16 v10.l, 0x1800, v10.l, vcc_lo
	v_cndmask_b16 v21.h, 0x1800, v12.h, s0
	v_cndmask_b16 v21.l, 0x1800, v21.l, s1
	v_cndmask_b16 v22.h, 0x1800, v22.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v23.h
	v_cmp_ne_u16_e64 s0, 2, v24.l
	v_cmp_ne_u16_e64 s1, 2, v24.h
	v_cmp_ne_u16_e64 s2, 2, v25.l
	v_or_b16 v12.h, v10.h, v12.l
	v_cndmask_b16 v10.l, 0x1c00, v10.l, vcc_lo
	v_cndmask_b16 v10.h, 0x1c00, v21.h, s0
	v_cndmask_b16 v21.l, 0x1c00, v21.l, s1
	v_cndmask_b16 v21.h, 0x1c00, v22.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v23.h
	v_cmp_ne_u16_e64 s0, 3, v24.l
	v_cmp_ne_u16_e64 s1, 3, v24.h
	v_cmp_ne_u16_e64 s2, 3, v25.l
	v_or_b16 v12.l, v22.l, v9.h
	v_cndmask_b16 v9.h, 0x1e00, v10.l, vcc_lo
	v_cndmask_b16 v10.l, 0x1e00, v10.h, s0
	v_cndmask_b16 v10.h, 0x1e00, v21.l, s1
	v_cndmask_b16 v21.l, 0x1e00, v21.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v23.h
	v_cmp_ne_u16_e64 s1, 4, v24.h
	v_cmp_ne_u16_e64 s2, 4, v25.l
	v_cmp_ne_u16_e64 s0, 4, v24.l
	v_lshlrev_b16 v21.h, 8, v26.l
	v_cndmask_b16 v9.h, 0x2000, v9.h, vcc_lo
	v_cndmask_b16 v10.h, 0x2000, v10.h, s1
	v_cndmask_b16 v21.l, 0x2000, v21.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v23.h
	v_cmp_ne_u16_e64 s1, 5, v24.h
	v_cmp_ne_u16_e64 s2, 5, v25.l
	v_cndmask_b16 v10.l, 0x2000, v10.l, s0
	v_cmp_ne_u16_e64 s0, 5, v24.l
	v_cndmask_b16 v9.h, 0x2100, v9.h, vcc_lo
	v_cndmask_b16 v10.h, 0x2100, v10.h, s1
	v_cndmask_b16 v21.l, 0x2100, v21.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v23.h
	v_cmp_ne_u16_e64 s1, 6, v24.h
	v_cmp_ne_u16_e64 s2, 6, v25.l
	v_lshlrev_b16 v22.l, 8, v27.l
	v_cndmask_b16 v10.l, 0x2100, v10.l, s0
	v_cmp_ne_u16_e64 s0, 6, v24.l
	v_lshlrev_b16 v22.h, 8, v28.l
	v_cndmask_b16 v9.h, 0x2200, v9.h, vcc_lo
	v_cndmask_b16 v10.h, 0x2200, v10.h, s1
	v_cndmask_b16 v21.l, 0x2200, v21.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v23.h
	v_cmp_ne_u16_e64 s1, 7, v24.h
	v_cmp_ne_u16_e64 s2, 7, v25.l
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v27, 24, v20
	v_lshrrev_b32_e32 v28, 16, v20
	v_lshrrev_b32_e32 v29, 8, v20
	v_cndmask_b16 v10.l, 0x2200, v10.l, s0
	v_cmp_ne_u16_e64 s0, 7, v24.l
	v_cndmask_b16 v23.l, 0x2300, v9.h, vcc_lo
	v_cndmask_b16 v9.h, 0x2300, v10.h, s1
	v_cndmask_b16 v10.h, 0x2300, v21.l, s2
	v_and_b16 v20.h, 0x8000, v22.l
	v_and_b16 v21.l, 0x8000, v21.h
	v_lshlrev_b16 v21.h, 7, v27.l
	v_lshlrev_b16 v22.l, 7, v28.l
	v_lshlrev_b16 v23.h, 7, v29.l
	v_lshlrev_b16 v24.l, 7, v20.l
	v_and_b16 v24.h, 0x7f, v27.l
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v22.l, 0x3f80, v22.l
	v_and_b16 v23.h, 0x3f80, v23.h
	v_and_b16 v24.l, 0x3f80, v24.l
	v_and_b16 v25.l, 0x7f, v28.l
	v_and_b16 v25.h, 0x7f, v29.l
	v_and_b16 v26.l, 0x7f, v20.l
	v_lshlrev_b16 v9.l, 8, v9.l
	v_cndmask_b16 v10.l, 0x2300, v10.l, s0
	v_add_nc_u16 v21.h, 0x2000, v21.h
	v_add_nc_u16 v22.l, 0x2000, v22.l
	v_add_nc_u16 v23.h, 0x2000, v23.h
	v_add_nc_u16 v24.l, 0x2000, v24.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v24.h
	v_cmp_ne_u16_e64 s0, 0x7f, v25.l
	v_cmp_ne_u16_e64 s1, 0x7f, v25.h
	v_cmp_ne_u16_e64 s2, 0x7f, v26.l
	v_and_b16 v9.l, 0x8000, v9.l
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v22.l, 0x7e00, v22.l, s0
	v_cndmask_b16 v23.h, 0x7e00, v23.h, s1
	v_cndmask_b16 v24.l, 0x7e00, v24.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v24.h
	v_cmp_ne_u16_e64 s0, 0, v25.l
	v_cmp_ne_u16_e64 s1, 0, v25.h
	v_cmp_ne_u16_e64 s2, 0, v26.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_or_b16 v9.l, v10.h, v9.l
	v_cndmask_b16 v10.h, 0, v21.h, vcc_lo
	v_cndmask_b16 v21.h, 0, v22.l, s0
	v_cndmask_b16 v22.l, 0, v23.h, s1
	v_cndmask_b16 v23.h, 0, v24.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v24.h
	v_cmp_ne_u16_e64 s0, 1, v25.l
	v_cmp_ne_u16_e64 s1, 1, v25.h
	v_cmp_ne_u16_e64 s2, 1, v26.l
	v_or_b16 v9.h, v9.h, v22.h
	v_cndmask_b16 v22.h, 0x1800, v10.h, vcc_lo
	v_cndmask_b16 v21.h, 0x1800, v21.h, s0
	v_cndmask_b16 v22.l, 0x1800, v22.l, s1
	v_cndmask_b16 v23.h, 0x1800, v23.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v24.h
	v_cmp_ne_u16_e64 s0, 2, v25.l
	v_cmp_ne_u16_e64 s1, 2, v25.h
	v_cmp_ne_u16_e64 s2, 2, v26.l
	v_or_b16 v10.h, v23.l, v21.l
	v_cndmask_b16 v21.l, 0x1c00, v22.h, vcc_lo
	v_cndmask_b16 v21.h, 0x1c00, v21.h, s0
	v_cndmask_b16 v22.l, 0x1c00, v22.l, s1
	v_cndmask_b16 v22.h, 0x1c00, v23.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v24.h
	v_cmp_ne_u16_e64 s0, 3, v25.l
	v_cmp_ne_u16_e64 s1, 3, v25.h
	v_cmp_ne_u16_e64 s2, 3, v26.l
	v_or_b16 v10.l, v10.l, v20.h
	v_cndmask_b16 v20.h, 0x1e00, v21.l, vcc_lo
	v_cndmask_b16 v21.l, 0x1e00, v21.h, s0
	v_cndmask_b16 v21.h, 0x1e00, v22.l, s1
	v_cndmask_b16 v22.l, 0x1e00, v22.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v24.h
	v_cmp_ne_u16_e64 s0, 4, v25.l
	v_cmp_ne_u16_e64 s1, 4, v25.h
	v_cmp_ne_u16_e64 s2, 4, v26.l
	v_lshlrev_b16 v23.l, 8, v28.l
	v_cndmask_b16 v20.h, 0x2000, v20.h, vcc_lo
	v_cndmask_b16 v21.l, 0x2000, v21.l, s0
	v_cndmask_b16 v21.h, 0x2000, v21.h, s1
	v_cndmask_b16 v22.l, 0x2000, v22.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v24.h
	v_cmp_ne_u16_e64 s0, 5, v25.l
	v_cmp_ne_u16_e64 s1, 5, v25.h
	v_cmp_ne_u16_e64 s2, 5, v26.l
	v_lshlrev_b16 v23.h, 8, v29.l
	v_lshrrev_b32_e32 v28, 24, v19
	v_lshrrev_b32_e32 v29, 16, v19
	v_cndmask_b16 v20.h, 0x2100, v20.h, vcc_lo
	v_cndmask_b16 v21.l, 0x2100, v21.l, s0
	v_cndmask_b16 v21.h, 0x2100, v21.h, s1
	v_cndmask_b16 v22.l, 0x2100, v22.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v24.h
	v_cmp_ne_u16_e64 s0, 6, v25.l
	v_cmp_ne_u16_e64 s1, 6, v25.h
	v_cmp_ne_u16_e64 s2, 6, v26.l
	v_lshrrev_b32_e32 v30, 8, v19
	v_and_b16 v19.h, 0x8000, v23.l
	v_lshlrev_b16 v23.l, 7, v28.l
	v_lshlrev_b16 v24.l, 7, v29.l
	v_cndmask_b16 v20.h, 0x2200, v20.h, vcc_lo
	v_cndmask_b16 v21.l, 0x2200, v21.l, s0
	v_cndmask_b16 v21.h, 0x2200, v21.h, s1
	v_cndmask_b16 v22.l, 0x2200, v22.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v24.h
	v_cmp_ne_u16_e64 s0, 7, v25.l
	v_cmp_ne_u16_e64 s1, 7, v25.h
	v_cmp_ne_u16_e64 s2, 7, v26.l
	v_lshlrev_b16 v24.h, 7, v30.l
	v_lshlrev_b16 v25.l, 7, v19.l
	v_and_b16 v23.l, 0x3f80, v23.l
	v_and_b16 v24.l, 0x3f80, v24.l
	v_and_b16 v25.h, 0x7f, v28.l
	v_and_b16 v26.l, 0x7f, v29.l
	v_lshlrev_b16 v22.h, 8, v27.l
	v_lshlrev_b16 v20.l, 8, v20.l
	v_cndmask_b16 v20.h, 0x2300, v20.h, vcc_lo
	v_cndmask_b16 v21.l, 0x2300, v21.l, s0
	v_and_b16 v24.h, 0x3f80, v24.h
	v_and_b16 v25.l, 0x3f80, v25.l
	v_and_b16 v26.h, 0x7f, v30.l
	v_and_b16 v27.l, 0x7f, v19.l
	v_add_nc_u16 v23.l, 0x2000, v23.l
	v_add_nc_u16 v24.l, 0x2000, v24.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v25.h
	v_cmp_ne_u16_e64 s0, 0x7f, v26.l
	v_cndmask_b16 v21.h, 0x2300, v21.h, s1
	v_cndmask_b16 v22.l, 0x2300, v22.l, s2
	v_add_nc_u16 v24.h, 0x2000, v24.h
	v_add_nc_u16 v25.l, 0x2000, v25.l
	v_cmp_ne_u16_e64 s1, 0x7f, v26.h
	v_cmp_ne_u16_e64 s2, 0x7f, v27.l
	v_and_b16 v20.l, 0x8000, v20.l
	v_cndmask_b16 v27.h, 0x7e00, v23.l, vcc_lo
	v_cndmask_b16 v24.l, 0x7e00, v24.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v25.h
	v_cmp_ne_u16_e64 s0, 0, v26.l
	v_and_b16 v23.h, 0x8000, v23.h
	v_cndmask_b16 v24.h, 0x7e00, v24.h, s1
	v_cndmask_b16 v25.l, 0x7e00, v25.l, s2
	v_cmp_ne_u16_e64 s1, 0, v26.h
	v_cmp_ne_u16_e64 s2, 0, v27.l
	v_or_b16 v23.l, v22.l, v20.l
	v_cndmask_b16 v20.l, 0, v27.h, vcc_lo
	v_cndmask_b16 v22.l, 0, v24.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v25.h
	v_cmp_ne_u16_e64 s0, 1, v26.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_cndmask_b16 v24.l, 0, v24.h, s1
	v_cndmask_b16 v24.h, 0, v25.l, s2
	v_cmp_ne_u16_e64 s1, 1, v26.h
	v_cmp_ne_u16_e64 s2, 1, v27.l
	v_or_b16 v23.h, v21.h, v23.h
	v_cndmask_b16 v20.l, 0x1800, v20.l, vcc_lo
	v_cndmask_b16 v21.h, 0x1800, v22.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v25.h
	v_cmp_ne_u16_e64 s0, 2, v26.l
	v_cndmask_b16 v22.l, 0x1800, v24.l, s1
	v_cndmask_b16 v24.l, 0x1800, v24.h, s2
	v_cmp_ne_u16_e64 s1, 2, v26.h
	v_cmp_ne_u16_e64 s2, 2, v27.l
	v_or_b16 v24.h, v20.h, v22.h
	v_cndmask_b16 v20.l, 0x1c00, v20.l, vcc_lo
	v_cndmask_b16 v20.h, 0x1c00, v21.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v25.h
	v_cmp_ne_u16_e64 s0, 3, v26.l
	v_cndmask_b16 v21.h, 0x1c00, v22.l, s1
	v_cndmask_b16 v22.l, 0x1c00, v24.l, s2
	v_cmp_ne_u16_e64 s1, 3, v26.h
	v_cmp_ne_u16_e64 s2, 3, v27.l
	v_or_b16 v24.l, v21.l, v19.h
	v_cndmask_b16 v19.h, 0x1e00, v20.l, vcc_lo
	v_cndmask_b16 v20.l, 0x1e00, v20.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v25.h
	v_cmp_ne_u16_e64 s0, 4, v26.l
	v_cndmask_b16 v20.h, 0x1e00, v21.h, s1
	v_cndmask_b16 v21.l, 0x1e00, v22.l, s2
	v_cmp_ne_u16_e64 s1, 4, v26.h
	v_cmp_ne_u16_e64 s2, 4, v27.l
	v_cndmask_b16 v19.h, 0x2000, v19.h, vcc_lo
	v_cndmask_b16 v20.l, 0x2000, v20.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v25.h
	v_cmp_ne_u16_e64 s0, 5, v26.l
	v_lshlrev_b16 v21.h, 8, v28.l
	v_cndmask_b16 v20.h, 0x2000, v20.h, s1
	v_cndmask_b16 v21.l, 0x2000, v21.l, s2
	v_cmp_ne_u16_e64 s1, 5, v26.h
	v_cmp_ne_u16_e64 s2, 5, v27.l
	v_lshlrev_b16 v22.l, 8, v29.l
	v_cndmask_b16 v19.h, 0x2100, v19.h, vcc_lo
	v_cndmask_b16 v20.l, 0x2100, v20.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v25.h
	v_cmp_ne_u16_e64 s0, 6, v26.l
	v_lshlrev_b16 v22.h, 8, v30.l
	v_lshrrev_b32_e32 v29, 24, v18
	v_lshrrev_b32_e32 v30, 16, v18
	v_lshrrev_b32_e32 v31, 8, v18
	v_cndmask_b16 v20.h, 0x2100, v20.h, s1
	v_cndmask_b16 v21.l, 0x2100, v21.l, s2
	v_cmp_ne_u16_e64 s1, 6, v26.h
	v_cmp_ne_u16_e64 s2, 6, v27.l
	v_cndmask_b16 v19.h, 0x2200, v19.h, vcc_lo
	v_cndmask_b16 v20.l, 0x2200, v20.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v25.h
	v_cmp_ne_u16_e64 s0, 7, v26.l
	v_and_b16 v18.h, 0x8000, v22.l
	v_and_b16 v22.l, 0x8000, v21.h
	v_lshlrev_b16 v21.h, 7, v29.l
	v_lshlrev_b16 v25.l, 7, v30.l
	v_lshlrev_b16 v25.h, 7, v31.l
	v_lshlrev_b16 v26.l, 7, v18.l
	v_cndmask_b16 v20.h, 0x2200, v20.h, s1
	v_cndmask_b16 v21.l, 0x2200, v21.l, s2
	v_cmp_ne_u16_e64 s1, 7, v26.h
	v_cmp_ne_u16_e64 s2, 7, v27.l
	v_and_b16 v21.h, 0x3f80, v21.h
	v_and_b16 v25.l, 0x3f80, v25.l
	v_and_b16 v25.h, 0x3f80, v25.h
	v_and_b16 v26.l, 0x3f80, v26.l
	v_and_b16 v26.h, 0x7f, v29.l
	v_and_b16 v27.l, 0x7f, v30.l
	v_and_b16 v27.h, 0x7f, v31.l
	v_and_b16 v28.l, 0x7f, v18.l
	v_lshlrev_b16 v19.l, 8, v19.l
	v_cndmask_b16 v19.h, 0x2300, v19.h, vcc_lo
	v_cndmask_b16 v20.l, 0x2300, v20.l, s0
	v_cndmask_b16 v20.h, 0x2300, v20.h, s1
	v_cndmask_b16 v21.l, 0x2300, v21.l, s2
	v_add_nc_u16 v21.h, 0x2000, v21.h
	v_add_nc_u16 v25.l, 0x2000, v25.l
	v_add_nc_u16 v25.h, 0x2000, v25.h
	v_add_nc_u16 v26.l, 0x2000, v26.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v26.h
	v_cmp_ne_u16_e64 s0, 0x7f, v27.l
	v_cmp_ne_u16_e64 s1, 0x7f, v27.h
	v_cmp_ne_u16_e64 s2, 0x7f, v28.l
	v_and_b16 v19.l, 0x8000, v19.l
	v_cndmask_b16 v21.h, 0x7e00, v21.h, vcc_lo
	v_cndmask_b16 v25.l, 0x7e00, v25.l, s0
	v_cndmask_b16 v25.h, 0x7e00, v25.h, s1
	v_cndmask_b16 v26.l, 0x7e00, v26.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v26.h
	v_cmp_ne_u16_e64 s0, 0, v27.l
	v_cmp_ne_u16_e64 s1, 0, v27.h
	v_cmp_ne_u16_e64 s2, 0, v28.l
	v_and_b16 v22.h, 0x8000, v22.h
	v_or_b16 v21.l, v21.l, v19.l
	v_cndmask_b16 v19.l, 0, v21.h, vcc_lo
	v_cndmask_b16 v25.l, 0, v25.l, s0
	v_cndmask_b16 v25.h, 0, v25.h, s1
	v_cndmask_b16 v26.l, 0, v26.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v26.h
	v_cmp_ne_u16_e64 s0, 1, v27.l
	v_cmp_ne_u16_e64 s1, 1, v27.h
	v_cmp_ne_u16_e64 s2, 1, v28.l
	v_or_b16 v21.h, v20.h, v22.h
	v_cndmask_b16 v19.l, 0x1800, v19.l, vcc_lo
	v_cndmask_b16 v20.h, 0x1800, v25.l, s0
	v_cndmask_b16 v25.l, 0x1800, v25.h, s1
	v_cndmask_b16 v25.h, 0x1800, v26.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v26.h
	v_cmp_ne_u16_e64 s0, 2, v27.l
	v_cmp_ne_u16_e64 s1, 2, v27.h
	v_cmp_ne_u16_e64 s2, 2, v28.l
	v_or_b16 v22.h, v19.h, v22.l
	v_cndmask_b16 v19.l, 0x1c00, v19.l, vcc_lo
	v_cndmask_b16 v19.h, 0x1c00, v20.h, s0
	v_cndmask_b16 v20.h, 0x1c00, v25.l, s1
	v_cndmask_b16 v25.l, 0x1c00, v25.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v26.h
	v_cmp_ne_u16_e64 s0, 3, v27.l
	v_cmp_ne_u16_e64 s2, 3, v28.l
	v_or_b16 v22.l, v20.l, v18.h
	v_cmp_ne_u16_e64 s1, 3, v27.h
	v_cndmask_b16 v18.h, 0x1e00, v19.l, vcc_lo
	v_cndmask_b16 v19.l, 0x1e00, v19.h, s0
	v_cndmask_b16 v20.l, 0x1e00, v25.l, s2
	v_cmp_ne_u16_e64 s0, 4, v27.l
	v_cmp_ne_u16_e64 s2, 4, v28.l
	v_cmp_ne_u16_e32 vcc_lo, 4, v26.h
	v_cndmask_b16 v19.h, 0x1e00, v20.h, s1
	v_cmp_ne_u16_e64 s1, 4, v27.h
	v_cndmask_b16 v19.l, 0x2000, v19.l, s0
	v_cndmask_b16 v20.l, 0x2000, v20.l, s2
	v_cmp_ne_u16_e64 s0, 5, v27.l
	v_cmp_ne_u16_e64 s2, 5, v28.l
	v_cndmask_b16 v18.h, 0x2000, v18.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v26.h
	v_cndmask_b16 v19.h, 0x2000, v19.h, s1
	v_cndmask_b16 v19.l, 0x2100, v19.l, s0
	v_cndmask_b16 v20.l, 0x2100, v20.l, s2
	v_cmp_ne_u16_e64 s0, 6, v27.l
	v_cmp_ne_u16_e64 s2, 6, v28.l
	v_cmp_ne_u16_e64 s1, 5, v27.h
	v_lshlrev_b16 v25.l, 8, v30.l
	v_cndmask_b16 v18.h, 0x2100, v18.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v26.h
	v_lshlrev_b16 v25.h, 8, v31.l
	v_cndmask_b16 v19.l, 0x2200, v19.l, s0
	v_cndmask_b16 v20.l, 0x2200, v20.l, s2
	v_cmp_ne_u16_e64 s0, 7, v27.l
	v_cmp_ne_u16_e64 s2, 7, v28.l
	v_lshlrev_b16 v18.l, 8, v18.l
	v_lshrrev_b32_e32 v28, 24, v17
	v_lshrrev_b32_e32 v32, 16, v17
	v_lshrrev_b32_e32 v35, 8, v17
	v_cndmask_b16 v19.h, 0x2100, v19.h, s1
	v_cmp_ne_u16_e64 s1, 6, v27.h
	v_cndmask_b16 v18.h, 0x2200, v18.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v26.h
	v_cndmask_b16 v26.l, 0x2300, v19.l, s0
	v_cndmask_b16 v19.l, 0x2300, v20.l, s2
	v_and_b16 v20.l, 0x8000, v25.l
	v_and_b16 v17.h, 0x8000, v25.h
	v_and_b16 v18.l, 0x8000, v18.l
	v_lshlrev_b16 v25.l, 7, v28.l
	v_lshlrev_b16 v25.h, 7, v32.l
	v_lshlrev_b16 v26.h, 7, v35.l
	v_lshlrev_b16 v27.l, 7, v17.l
	v_lshlrev_b16 v20.h, 8, v29.l
	v_cndmask_b16 v19.h, 0x2200, v19.h, s1
	v_cmp_ne_u16_e64 s1, 7, v27.h
	v_or_b16 v19.l, v19.l, v18.l
	v_and_b16 v18.l, 0x3f80, v25.l
	v_and_b16 v25.l, 0x3f80, v25.h
	v_and_b16 v25.h, 0x3f80, v26.h
	v_and_b16 v26.h, 0x3f80, v27.l
	v_and_b16 v29.l, 0x7f, v28.l
	v_and_b16 v29.h, 0x7f, v32.l
	v_and_b16 v30.l, 0x7f, v35.l
	v_and_b16 v30.h, 0x7f, v17.l
	v_cndmask_b16 v18.h, 0x2300, v18.h, vcc_lo
	v_cndmask_b16 v19.h, 0x2300, v19.h, s1
	v_add_nc_u16 v18.l, 0x2000, v18.l
	v_add_nc_u16 v25.l, 0x2000, v25.l
	v_add_nc_u16 v25.h, 0x2000, v25.h
	v_add_nc_u16 v26.h, 0x2000, v26.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v29.l
	v_cmp_ne_u16_e64 s0, 0x7f, v29.h
	v_cmp_ne_u16_e64 s1, 0x7f, v30.l
	v_cmp_ne_u16_e64 s2, 0x7f, v30.h
	v_and_b16 v20.h, 0x8000, v20.h
	v_or_b16 v19.h, v19.h, v17.h
	v_cndmask_b16 v17.h, 0x7e00, v18.l, vcc_lo
	v_cndmask_b16 v18.l, 0x7e00, v25.l, s0
	v_cndmask_b16 v25.l, 0x7e00, v25.h, s1
	v_cndmask_b16 v25.h, 0x7e00, v26.h, s2
	v_cmp_ne_u16_e64 s1, 0, v30.l
	v_cmp_ne_u16_e64 s2, 0, v30.h
	v_or_b16 v20.h, v18.h, v20.h
	v_cmp_ne_u16_e32 vcc_lo, 0, v29.l
	v_cmp_ne_u16_e64 s0, 0, v29.h
	v_cndmask_b16 v18.h, 0, v25.l, s1
	v_cndmask_b16 v25.l, 0, v25.h, s2
	v_cmp_ne_u16_e64 s2, 1, v30.h
	v_cmp_ne_u16_e64 s1, 1, v30.l
	v_cndmask_b16 v17.h, 0, v17.h, vcc_lo
	v_cndmask_b16 v18.l, 0, v18.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v29.l
	v_cndmask_b16 v25.l, 0x1800, v25.l, s2
	v_cmp_ne_u16_e64 s2, 2, v30.h
	v_cndmask_b16 v18.h, 0x1800, v18.h, s1
	v_cmp_ne_u16_e64 s1, 2, v30.l
	v_cmp_ne_u16_e64 s0, 1, v29.h
	v_or_b16 v20.l, v26.l, v20.l
	v_cndmask_b16 v25.l, 0x1c00, v25.l, s2
	v_cmp_ne_u16_e64 s2, 3, v30.h
	v_cndmask_b16 v18.h, 0x1c00, v18.h, s1
	v_cmp_ne_u16_e64 s1, 3, v30.l
	v_xad_u32 v26, v34, 16, 0
	v_cndmask_b16 v17.h, 0x1800, v17.h, vcc_lo
	v_cndmask_b16 v25.l, 0x1e00, v25.l, s2
	v_cmp_ne_u16_e64 s2, 4, v30.h
	v_cndmask_b16 v18.l, 0x1800, v18.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v29.l
	v_cmp_ne_u16_e64 s0, 2, v29.h
	v_lshlrev_b16 v31.l, 8, v28.l
	v_cndmask_b16 v25.l, 0x2000, v25.l, s2
	v_cmp_ne_u16_e64 s2, 5, v30.h
	v_cndmask_b16 v18.h, 0x1e00, v18.h, s1
	v_cmp_ne_u16_e64 s1, 4, v30.l
	v_cndmask_b16 v17.h, 0x1c00, v17.h, vcc_lo
	v_cndmask_b16 v18.l, 0x1c00, v18.l, s0
	v_cndmask_b16 v32.h, 0x2100, v25.l, s2
	ds_load_b128 v[25:28], v26 offset:1024
	v_cmp_ne_u16_e32 vcc_lo, 3, v29.l
	v_cmp_ne_u16_e64 s0, 3, v29.h
	v_cndmask_b16 v18.h, 0x2000, v18.h, s1
	v_cmp_ne_u16_e64 s1, 5, v30.l
	v_cmp_ne_u16_e64 s2, 6, v30.h
	v_cndmask_b16 v17.h, 0x1e00, v17.h, vcc_lo
	v_cndmask_b16 v18.l, 0x1e00, v18.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v29.l
	v_cmp_ne_u16_e64 s0, 4, v29.h
	v_cndmask_b16 v18.h, 0x2100, v18.h, s1
	v_cmp_ne_u16_e64 s1, 6, v30.l
	v_cndmask_b16 v32.h, 0x2200, v32.h, s2
	v_cndmask_b16 v17.h, 0x2000, v17.h, vcc_lo
	v_cndmask_b16 v18.l, 0x2000, v18.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v29.l
	v_cmp_ne_u16_e64 s0, 5, v29.h
	v_cndmask_b16 v18.h, 0x2200, v18.h, s1
	v_cmp_ne_u16_e64 s1, 7, v30.l
	v_cmp_ne_u16_e64 s2, 7, v30.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_xad_u32 v30, v51, 48, 0
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v31.h, 8, v32.l
	v_cndmask_b16 v17.h, 0x2100, v17.h, vcc_lo
	v_cndmask_b16 v18.l, 0x2100, v18.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v29.l
	v_cmp_ne_u16_e64 s0, 6, v29.h
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[47:50], v30
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v36, 24, v28
	v_lshrrev_b32_e32 v37, 16, v28
	v_lshrrev_b32_e32 v38, 8, v28
	v_cndmask_b16 v17.h, 0x2200, v17.h, vcc_lo
	v_cndmask_b16 v18.l, 0x2200, v18.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v29.l
	v_cmp_ne_u16_e64 s0, 7, v29.h
	v_and_b16 v28.h, 0x8000, v31.h
	v_and_b16 v29.h, 0x8000, v31.l
	v_lshlrev_b16 v30.l, 7, v36.l
	v_lshlrev_b16 v30.h, 7, v37.l
	v_lshlrev_b16 v31.l, 7, v38.l
	v_lshlrev_b16 v31.h, 7, v28.l
	v_lshlrev_b16 v32.l, 8, v35.l
	v_cndmask_b16 v29.l, 0x2300, v17.h, vcc_lo
	v_cndmask_b16 v17.h, 0x2300, v18.h, s1
	v_cndmask_b16 v18.h, 0x2300, v32.h, s2
	v_and_b16 v30.l, 0x3f80, v30.l
	v_and_b16 v30.h, 0x3f80, v30.h
	v_and_b16 v31.l, 0x3f80, v31.l
	v_and_b16 v31.h, 0x3f80, v31.h
	v_and_b16 v32.h, 0x7f, v36.l
	v_and_b16 v34.l, 0x7f, v37.l
	v_and_b16 v34.h, 0x7f, v38.l
	v_and_b16 v35.l, 0x7f, v28.l
	v_lshlrev_b16 v17.l, 8, v17.l
	v_cndmask_b16 v18.l, 0x2300, v18.l, s0
	v_add_nc_u16 v30.l, 0x2000, v30.l
	v_add_nc_u16 v30.h, 0x2000, v30.h
	v_add_nc_u16 v31.l, 0x2000, v31.l
	v_add_nc_u16 v31.h, 0x2000, v31.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v32.h
	v_cmp_ne_u16_e64 s0, 0x7f, v34.l
	v_cmp_ne_u16_e64 s1, 0x7f, v34.h
	v_cmp_ne_u16_e64 s2, 0x7f, v35.l
	v_and_b16 v17.l, 0x8000, v17.l
	v_cndmask_b16 v30.l, 0x7e00, v30.l, vcc_lo
	v_cndmask_b16 v30.h, 0x7e00, v30.h, s0
	v_cndmask_b16 v31.l, 0x7e00, v31.l, s1
	v_cndmask_b16 v31.h, 0x7e00, v31.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v32.h
	v_cmp_ne_u16_e64 s0, 0, v34.l
	v_cmp_ne_u16_e64 s1, 0, v34.h
	v_cmp_ne_u16_e64 s2, 0, v35.l
	v_or_b16 v17.l, v18.h, v17.l
	v_cndmask_b16 v18.h, 0, v30.l, vcc_lo
	v_cndmask_b16 v30.l, 0, v30.h, s0
	v_cndmask_b16 v30.h, 0, v31.l, s1
	v_cndmask_b16 v31.l, 0, v31.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v32.h
	v_cmp_ne_u16_e64 s0, 1, v34.l
	v_cmp_ne_u16_e64 s1, 1, v34.h
	v_cmp_ne_u16_e64 s2, 1, v35.l
	v_or_b16 v18.l, v18.l, v28.h
	v_cndmask_b16 v31.h, 0x1800, v18.h, vcc_lo
	v_cndmask_b16 v30.l, 0x1800, v30.l, s0
	v_cndmask_b16 v30.h, 0x1800, v30.h, s1
	v_cndmask_b16 v31.l, 0x1800, v31.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v32.h
	v_cmp_ne_u16_e64 s0, 2, v34.l
	v_cmp_ne_u16_e64 s1, 2, v34.h
	v_cmp_ne_u16_e64 s2, 2, v35.l
	v_or_b16 v18.h, v29.l, v29.h
	v_cndmask_b16 v29.l, 0x1c00, v31.h, vcc_lo
	v_cndmask_b16 v29.h, 0x1c00, v30.l, s0
	v_cndmask_b16 v30.l, 0x1c00, v30.h, s1
	v_cndmask_b16 v30.h, 0x1c00, v31.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v32.h
	v_cmp_ne_u16_e64 s0, 3, v34.l
	v_cmp_ne_u16_e64 s1, 3, v34.h
	v_cmp_ne_u16_e64 s2, 3, v35.l
	v_and_b16 v32.l, 0x8000, v32.l
	v_cndmask_b16 v28.h, 0x1e00, v29.l, vcc_lo
	v_cndmask_b16 v29.l, 0x1e00, v29.h, s0
	v_cndmask_b16 v29.h, 0x1e00, v30.l, s1
	v_cndmask_b16 v30.l, 0x1e00, v30.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v32.h
	v_cmp_ne_u16_e64 s0, 4, v34.l
	v_cmp_ne_u16_e64 s1, 4, v34.h
	v_cmp_ne_u16_e64 s2, 4, v35.l
	v_lshlrev_b16 v31.l, 8, v37.l
	v_cndmask_b16 v28.h, 0x2000, v28.h, vcc_lo
	v_cndmask_b16 v29.l, 0x2000, v29.l, s0
	v_cndmask_b16 v29.h, 0x2000, v29.h, s1
	v_cndmask_b16 v30.l, 0x2000, v30.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v32.h
	v_cmp_ne_u16_e64 s0, 5, v34.l
	v_cmp_ne_u16_e64 s1, 5, v34.h
	v_cmp_ne_u16_e64 s2, 5, v35.l
	v_lshlrev_b16 v31.h, 8, v38.l
	v_lshrrev_b32_e32 v37, 24, v27
	v_lshrrev_b32_e32 v38, 16, v27
	v_or_b16 v17.h, v17.h, v32.l
	v_cndmask_b16 v28.h, 0x2100, v28.h, vcc_lo
	v_cndmask_b16 v29.l, 0x2100, v29.l, s0
	v_cndmask_b16 v29.h, 0x2100, v29.h, s1
	v_cndmask_b16 v30.l, 0x2100, v30.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v32.h
	v_cmp_ne_u16_e64 s0, 6, v34.l
	v_cmp_ne_u16_e64 s1, 6, v34.h
	v_cmp_ne_u16_e64 s2, 6, v35.l
	v_lshrrev_b32_e32 v39, 8, v27
	v_and_b16 v27.h, 0x8000, v31.l
	v_lshlrev_b16 v31.l, 7, v37.l
	v_lshlrev_b16 v32.l, 7, v38.l
	v_cndmask_b16 v28.h, 0x2200, v28.h, vcc_lo
	v_cndmask_b16 v29.l, 0x2200, v29.l, s0
	v_cndmask_b16 v29.h, 0x2200, v29.h, s1
	v_cndmask_b16 v30.l, 0x2200, v30.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v32.h
	v_cmp_ne_u16_e64 s0, 7, v34.l
	v_cmp_ne_u16_e64 s1, 7, v34.h
	v_cmp_ne_u16_e64 s2, 7, v35.l
	v_lshlrev_b16 v32.h, 7, v39.l
	v_lshlrev_b16 v34.l, 7, v27.l
	v_and_b16 v31.l, 0x3f80, v31.l
	v_and_b16 v32.l, 0x3f80, v32.l
	v_and_b16 v34.h, 0x7f, v37.l
	v_and_b16 v35.l, 0x7f, v38.l
	v_lshlrev_b16 v30.h, 8, v36.l
	v_lshlrev_b16 v28.l, 8, v28.l
	v_cndmask_b16 v28.h, 0x2300, v28.h, vcc_lo
	v_cndmask_b16 v29.l, 0x2300, v29.l, s0
	v_and_b16 v32.h, 0x3f80, v32.h
	v_and_b16 v34.l, 0x3f80, v34.l
	v_and_b16 v35.h, 0x7f, v39.l
	v_and_b16 v36.l, 0x7f, v27.l
	v_add_nc_u16 v31.l, 0x2000, v31.l
	v_add_nc_u16 v32.l, 0x2000, v32.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v34.h
	v_cmp_ne_u16_e64 s0, 0x7f, v35.l
	v_cndmask_b16 v29.h, 0x2300, v29.h, s1
	v_cndmask_b16 v30.l, 0x2300, v30.l, s2
	v_add_nc_u16 v32.h, 0x2000, v32.h
	v_add_nc_u16 v34.l, 0x2000, v34.l
	v_cmp_ne_u16_e64 s1, 0x7f, v35.h
	v_cmp_ne_u16_e64 s2, 0x7f, v36.l
	v_and_b16 v28.l, 0x8000, v28.l
	v_cndmask_b16 v36.h, 0x7e00, v31.l, vcc_lo
	v_cndmask_b16 v32.l, 0x7e00, v32.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v34.h
	v_cmp_ne_u16_e64 s0, 0, v35.l
	v_and_b16 v31.h, 0x8000, v31.h
	v_cndmask_b16 v32.h, 0x7e00, v32.h, s1
	v_cndmask_b16 v34.l, 0x7e00, v34.l, s2
	v_cmp_ne_u16_e64 s1, 0, v35.h
	v_cmp_ne_u16_e64 s2, 0, v36.l
	v_or_b16 v31.l, v30.l, v28.l
	v_cndmask_b16 v28.l, 0, v36.h, vcc_lo
	v_cndmask_b16 v30.l, 0, v32.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v34.h
	v_cmp_ne_u16_e64 s0, 1, v35.l
	v_and_b16 v30.h, 0x8000, v30.h
	v_cndmask_b16 v32.l, 0, v32.h, s1
	v_cndmask_b16 v32.h, 0, v34.l, s2
	v_cmp_ne_u16_e64 s1, 1, v35.h
	v_cmp_ne_u16_e64 s2, 1, v36.l
	v_or_b16 v31.h, v29.h, v31.h
	v_cndmask_b16 v28.l, 0x1800, v28.l, vcc_lo
	v_cndmask_b16 v29.h, 0x1800, v30.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v34.h
	v_cmp_ne_u16_e64 s0, 2, v35.l
	v_cndmask_b16 v30.l, 0x1800, v32.l, s1
	v_cndmask_b16 v32.l, 0x1800, v32.h, s2
	v_cmp_ne_u16_e64 s1, 2, v35.h
	v_cmp_ne_u16_e64 s2, 2, v36.l
	v_or_b16 v32.h, v28.h, v30.h
	v_cndmask_b16 v28.l, 0x1c00, v28.l, vcc_lo
	v_cndmask_b16 v28.h, 0x1c00, v29.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v34.h
	v_cmp_ne_u16_e64 s0, 3, v35.l
	v_cndmask_b16 v29.h, 0x1c00, v30.l, s1
	v_cndmask_b16 v30.l, 0x1c00, v32.l, s2
	v_cmp_ne_u16_e64 s1, 3, v35.h
	v_cmp_ne_u16_e64 s2, 3, v36.l
	v_or_b16 v32.l, v29.l, v27.h
	v_cndmask_b16 v27.h, 0x1e00, v28.l, vcc_lo
	v_cndmask_b16 v28.l, 0x1e00, v28.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v34.h
	v_cmp_ne_u16_e64 s0, 4, v35.l
	v_cndmask_b16 v28.h, 0x1e00, v29.h, s1
	v_cndmask_b16 v29.l, 0x1e00, v30.l, s2
	v_cmp_ne_u16_e64 s1, 4, v35.h
	v_cmp_ne_u16_e64 s2, 4, v36.l
	v_cndmask_b16 v27.h, 0x2000, v27.h, vcc_lo
	v_cndmask_b16 v28.l, 0x2000, v28.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v34.h
	v_cmp_ne_u16_e64 s0, 5, v35.l
	v_lshlrev_b16 v29.h, 8, v37.l
	v_cndmask_b16 v28.h, 0x2000, v28.h, s1
	v_cndmask_b16 v29.l, 0x2000, v29.l, s2
	v_cmp_ne_u16_e64 s1, 5, v35.h
	v_cmp_ne_u16_e64 s2, 5, v36.l
	v_lshlrev_b16 v30.l, 8, v38.l
	v_cndmask_b16 v27.h, 0x2100, v27.h, vcc_lo
	v_cndmask_b16 v28.l, 0x2100, v28.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v34.h
	v_cmp_ne_u16_e64 s0, 6, v35.l
	v_lshlrev_b16 v30.h, 8, v39.l
	v_lshrrev_b32_e32 v38, 24, v26
	v_lshrrev_b32_e32 v39, 16, v26
	v_lshrrev_b32_e32 v40, 8, v26
	v_cndmask_b16 v28.h, 0x2100, v28.h, s1
	v_cndmask_b16 v29.l, 0x2100, v29.l, s2
	v_cmp_ne_u16_e64 s1, 6, v35.h
	v_cmp_ne_u16_e64 s2, 6, v36.l
	v_cndmask_b16 v27.h, 0x2200, v27.h, vcc_lo
	v_cndmask_b16 v28.l, 0x2200, v28.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v34.h
	v_cmp_ne_u16_e64 s0, 7, v35.l
	v_and_b16 v26.h, 0x8000, v30.l
	v_and_b16 v30.l, 0x8000, v29.h
	v_lshlrev_b16 v29.h, 7, v38.l
	v_lshlrev_b16 v34.l, 7, v39.l
	v_lshlrev_b16 v34.h, 7, v40.l
	v_lshlrev_b16 v35.l, 7, v26.l
	v_cndmask_b16 v28.h, 0x2200, v28.h, s1
	v_cndmask_b16 v29.l, 0x2200, v29.l, s2
	v_cmp_ne_u16_e64 s1, 7, v35.h
	v_cmp_ne_u16_e64 s2, 7, v36.l
	v_and_b16 v29.h, 0x3f80, v29.h
	v_and_b16 v34.l, 0x3f80, v34.l
	v_and_b16 v34.h, 0x3f80, v34.h
	v_and_b16 v35.l, 0x3f80, v35.l
	v_and_b16 v35.h, 0x7f, v38.l
	v_and_b16 v36.l, 0x7f, v39.l
	v_and_b16 v36.h, 0x7f, v40.l
	v_and_b16 v37.l, 0x7f, v26.l
	v_lshlrev_b16 v27.l, 8, v27.l
	v_cndmask_b16 v27.h, 0x2300, v27.h, vcc_lo
	v_cndmask_b16 v28.l, 0x2300, v28.l, s0
	v_cndmask_b16 v28.h, 0x2300, v28.h, s1
	v_cndmask_b16 v29.l, 0x2300, v29.l, s2
	v_add_nc_u16 v29.h, 0x2000, v29.h
	v_add_nc_u16 v34.l, 0x2000, v34.l
	v_add_nc_u16 v34.h, 0x2000, v34.h
	v_add_nc_u16 v35.l, 0x2000, v35.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v35.h
	v_cmp_ne_u16_e64 s0, 0x7f, v36.l
	v_cmp_ne_u16_e64 s1, 0x7f, v36.h
	v_cmp_ne_u16_e64 s2, 0x7f, v37.l
	v_and_b16 v27.l, 0x8000, v27.l
	v_cndmask_b16 v29.h, 0x7e00, v29.h, vcc_lo
	v_cndmask_b16 v34.l, 0x7e00, v34.l, s0
	v_cndmask_b16 v34.h, 0x7e00, v34.h, s1
	v_cndmask_b16 v35.l, 0x7e00, v35.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v35.h
	v_cmp_ne_u16_e64 s0, 0, v36.l
	v_cmp_ne_u16_e64 s1, 0, v36.h
	v_cmp_ne_u16_e64 s2, 0, v37.l
	v_and_b16 v30.h, 0x8000, v30.h
	v_or_b16 v29.l, v29.l, v27.l
	v_cndmask_b16 v27.l, 0, v29.h, vcc_lo
	v_cndmask_b16 v34.l, 0, v34.l, s0
	v_cndmask_b16 v34.h, 0, v34.h, s1
	v_cndmask_b16 v35.l, 0, v35.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v35.h
	v_cmp_ne_u16_e64 s0, 1, v36.l
	v_cmp_ne_u16_e64 s1, 1, v36.h
	v_cmp_ne_u16_e64 s2, 1, v37.l
	v_or_b16 v29.h, v28.h, v30.h
	v_cndmask_b16 v27.l, 0x1800, v27.l, vcc_lo
	v_cndmask_b16 v28.h, 0x1800, v34.l, s0
	v_cndmask_b16 v34.l, 0x1800, v34.h, s1
	v_cndmask_b16 v34.h, 0x1800, v35.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v35.h
	v_cmp_ne_u16_e64 s0, 2, v36.l
	v_cmp_ne_u16_e64 s1, 2, v36.h
	v_cmp_ne_u16_e64 s2, 2, v37.l
	v_or_b16 v30.h, v27.h, v30.l
	v_cndmask_b16 v27.l, 0x1c00, v27.l, vcc_lo
	v_cndmask_b16 v27.h, 0x1c00, v28.h, s0
	v_cndmask_b16 v28.h, 0x1c00, v34.l, s1
	v_cndmask_b16 v34.l, 0x1c00, v34.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v35.h
	v_cmp_ne_u16_e64 s0, 3, v36.l
	v_cmp_ne_u16_e64 s2, 3, v37.l
	v_or_b16 v30.l, v28.l, v26.h
	v_cmp_ne_u16_e64 s1, 3, v36.h
	v_cndmask_b16 v26.h, 0x1e00, v27.l, vcc_lo
	v_cndmask_b16 v27.l, 0x1e00, v27.h, s0
	v_cndmask_b16 v28.l, 0x1e00, v34.l, s2
	v_cmp_ne_u16_e64 s0, 4, v36.l
	v_cmp_ne_u16_e64 s2, 4, v37.l
	v_cmp_ne_u16_e32 vcc_lo, 4, v35.h
	v_cndmask_b16 v27.h, 0x1e00, v28.h, s1
	v_cmp_ne_u16_e64 s1, 4, v36.h
	v_cndmask_b16 v27.l, 0x2000, v27.l, s0
	v_cndmask_b16 v28.l, 0x2000, v28.l, s2
	v_cmp_ne_u16_e64 s0, 5, v36.l
	v_cmp_ne_u16_e64 s2, 5, v37.l
	v_cndmask_b16 v26.h, 0x2000, v26.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v35.h
	v_lshlrev_b16 v28.h, 8, v38.l
	v_cndmask_b16 v27.l, 0x2100, v27.l, s0
	v_cndmask_b16 v28.l, 0x2100, v28.l, s2
	v_cmp_ne_u16_e64 s0, 6, v36.l
	v_cmp_ne_u16_e64 s2, 6, v37.l
	v_cndmask_b16 v27.h, 0x2000, v27.h, s1
	v_cmp_ne_u16_e64 s1, 5, v36.h
	v_lshlrev_b16 v34.l, 8, v39.l
	v_cndmask_b16 v26.h, 0x2100, v26.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v35.h
	v_lshlrev_b16 v34.h, 8, v40.l
	v_cndmask_b16 v27.l, 0x2200, v27.l, s0
	v_cndmask_b16 v28.l, 0x2200, v28.l, s2
	v_cmp_ne_u16_e64 s0, 7, v36.l
	v_cmp_ne_u16_e64 s2, 7, v37.l
	v_lshrrev_b32_e32 v37, 24, v25
	v_lshrrev_b32_e32 v38, 16, v25
	v_lshrrev_b32_e32 v41, 8, v25
	v_cndmask_b16 v27.h, 0x2100, v27.h, s1
	v_cmp_ne_u16_e64 s1, 6, v36.h
	v_cndmask_b16 v26.h, 0x2200, v26.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v35.h
	v_cndmask_b16 v35.l, 0x2300, v27.l, s0
	v_cndmask_b16 v27.l, 0x2300, v28.l, s2
	v_and_b16 v28.l, 0x8000, v34.l
	v_and_b16 v25.h, 0x8000, v28.h
	v_and_b16 v28.h, 0x8000, v34.h
	v_lshlrev_b16 v34.l, 7, v37.l
	v_lshlrev_b16 v34.h, 7, v38.l
	v_lshlrev_b16 v35.h, 7, v41.l
	v_lshlrev_b16 v36.l, 7, v25.l
	v_cndmask_b16 v27.h, 0x2200, v27.h, s1
	v_cmp_ne_u16_e64 s1, 7, v36.h
	v_lshlrev_b16 v26.l, 8, v26.l
	v_and_b16 v34.l, 0x3f80, v34.l
	v_and_b16 v34.h, 0x3f80, v34.h
	v_and_b16 v35.h, 0x3f80, v35.h
	v_and_b16 v36.l, 0x3f80, v36.l
	v_and_b16 v39.l, 0x7f, v37.l
	v_and_b16 v39.h, 0x7f, v38.l
	v_and_b16 v40.l, 0x7f, v41.l
	v_and_b16 v40.h, 0x7f, v25.l
	v_cndmask_b16 v26.h, 0x2300, v26.h, vcc_lo
	v_cndmask_b16 v27.h, 0x2300, v27.h, s1
	v_and_b16 v26.l, 0x8000, v26.l
	v_add_nc_u16 v34.l, 0x2000, v34.l
	v_add_nc_u16 v34.h, 0x2000, v34.h
	v_add_nc_u16 v35.h, 0x2000, v35.h
	v_add_nc_u16 v36.l, 0x2000, v36.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v39.l
	v_cmp_ne_u16_e64 s0, 0x7f, v39.h
	v_cmp_ne_u16_e64 s1, 0x7f, v40.l
	v_cmp_ne_u16_e64 s2, 0x7f, v40.h
	v_or_b16 v27.l, v27.l, v26.l
	v_cndmask_b16 v26.l, 0x7e00, v34.l, vcc_lo
	v_cndmask_b16 v34.l, 0x7e00, v34.h, s0
	v_cndmask_b16 v34.h, 0x7e00, v35.h, s1
	v_cndmask_b16 v35.h, 0x7e00, v36.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v39.l
	v_cmp_ne_u16_e64 s0, 0, v39.h
	v_cmp_ne_u16_e64 s1, 0, v40.l
	v_cmp_ne_u16_e64 s2, 0, v40.h
	v_or_b16 v27.h, v27.h, v28.h
	v_cndmask_b16 v26.l, 0, v26.l, vcc_lo
	v_cndmask_b16 v34.l, 0, v34.l, s0
	v_cndmask_b16 v34.h, 0, v34.h, s1
	v_cndmask_b16 v35.h, 0, v35.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v39.l
	v_cmp_ne_u16_e64 s0, 1, v39.h
	v_cmp_ne_u16_e64 s1, 1, v40.l
	v_cmp_ne_u16_e64 s2, 1, v40.h
	v_or_b16 v28.h, v26.h, v25.h
	v_cndmask_b16 v25.h, 0x1800, v26.l, vcc_lo
	v_cndmask_b16 v26.l, 0x1800, v34.l, s0
	v_cndmask_b16 v26.h, 0x1800, v34.h, s1
	v_cndmask_b16 v34.l, 0x1800, v35.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v39.l
	v_cmp_ne_u16_e64 s0, 2, v39.h
	v_cmp_ne_u16_e64 s1, 2, v40.l
	v_cmp_ne_u16_e64 s2, 2, v40.h
	v_or_b16 v28.l, v35.l, v28.l
	v_cndmask_b16 v34.h, 0x1c00, v25.h, vcc_lo
	v_cndmask_b16 v26.l, 0x1c00, v26.l, s0
	v_cndmask_b16 v26.h, 0x1c00, v26.h, s1
	v_cndmask_b16 v34.l, 0x1c00, v34.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v39.l
	v_cmp_ne_u16_e64 s0, 3, v39.h
	v_cmp_ne_u16_e64 s1, 3, v40.l
	v_cmp_ne_u16_e64 s2, 3, v40.h
	v_lshlrev_b16 v25.h, 8, v37.l
	v_cndmask_b16 v34.h, 0x1e00, v34.h, vcc_lo
	v_cndmask_b16 v35.l, 0x1e00, v26.l, s0
	v_cndmask_b16 v26.h, 0x1e00, v26.h, s1
	v_cndmask_b16 v34.l, 0x1e00, v34.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v39.l
	v_cmp_ne_u16_e64 s0, 4, v39.h
	v_cmp_ne_u16_e64 s1, 4, v40.l
	v_cmp_ne_u16_e64 s2, 4, v40.h
	v_lshlrev_b16 v26.l, 8, v38.l
	v_cndmask_b16 v34.h, 0x2000, v34.h, vcc_lo
	v_cndmask_b16 v35.l, 0x2000, v35.l, s0
	v_cndmask_b16 v35.h, 0x2000, v26.h, s1
	v_cndmask_b16 v34.l, 0x2000, v34.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v39.l
	v_cmp_ne_u16_e64 s0, 5, v39.h
	v_cmp_ne_u16_e64 s1, 5, v40.l
	v_cmp_ne_u16_e64 s2, 5, v40.h
	v_lshlrev_b16 v26.h, 8, v41.l
	v_cndmask_b16 v37.l, 0x2100, v34.h, vcc_lo
	v_cndmask_b16 v37.h, 0x2100, v35.l, s0
	v_cndmask_b16 v38.l, 0x2100, v35.h, s1
	v_cndmask_b16 v38.h, 0x2100, v34.l, s2
	ds_load_b128 v[33:36], v33 offset:1024
	v_cmp_ne_u16_e32 vcc_lo, 6, v39.l
	v_cmp_ne_u16_e64 s0, 6, v39.h
	v_cmp_ne_u16_e64 s1, 6, v40.l
	v_cmp_ne_u16_e64 s2, 6, v40.h
	v_lshlrev_b16 v25.l, 8, v25.l
	v_cndmask_b16 v37.l, 0x2200, v37.l, vcc_lo
	v_cndmask_b16 v37.h, 0x2200, v37.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v39.l
	v_cmp_ne_u16_e64 s0, 7, v39.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v39, 0, v51
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v38.l, 0x2200, v38.l, s1
	v_cmp_ne_u16_e64 s1, 7, v40.l
	v_cndmask_b16 v38.h, 0x2200, v38.h, s2
	v_cmp_ne_u16_e64 s2, 7, v40.h
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[63:66], v39
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v37.l, 0x2300, v37.l, vcc_lo
	v_cndmask_b16 v37.h, 0x2300, v37.h, s0
	v_cndmask_b16 v38.l, 0x2300, v38.l, s1
	v_cndmask_b16 v38.h, 0x2300, v38.h, s2
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v43, 24, v36
	v_lshrrev_b32_e32 v44, 16, v36
	v_lshrrev_b32_e32 v45, 8, v36
	v_and_b16 v36.h, 0x8000, v25.h
	v_lshlrev_b16 v40.l, 7, v36.l
	v_lshlrev_b16 v25.h, 7, v43.l
	v_lshlrev_b16 v39.l, 7, v44.l
	v_lshlrev_b16 v39.h, 7, v45.l
	v_and_b16 v40.h, 0x7f, v43.l
	v_and_b16 v40.l, 0x3f80, v40.l
	v_and_b16 v25.h, 0x3f80, v25.h
	v_and_b16 v39.l, 0x3f80, v39.l
	v_and_b16 v39.h, 0x3f80, v39.h
	v_and_b16 v41.l, 0x7f, v44.l
	v_and_b16 v41.h, 0x7f, v45.l
	v_and_b16 v42.l, 0x7f, v36.l
	v_add_nc_u16 v25.h, 0x2000, v25.h
	v_add_nc_u16 v39.l, 0x2000, v39.l
	v_add_nc_u16 v39.h, 0x2000, v39.h
	v_add_nc_u16 v40.l, 0x2000, v40.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v40.h
	v_cmp_ne_u16_e64 s0, 0x7f, v41.l
	v_cmp_ne_u16_e64 s1, 0x7f, v41.h
	v_cmp_ne_u16_e64 s2, 0x7f, v42.l
	v_and_b16 v25.l, 0x8000, v25.l
	v_cndmask_b16 v25.h, 0x7e00, v25.h, vcc_lo
	v_cndmask_b16 v39.l, 0x7e00, v39.l, s0
	v_cndmask_b16 v39.h, 0x7e00, v39.h, s1
	v_cndmask_b16 v40.l, 0x7e00, v40.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v40.h
	v_cmp_ne_u16_e64 s0, 0, v41.l
	v_cmp_ne_u16_e64 s1, 0, v41.h
	v_cmp_ne_u16_e64 s2, 0, v42.l
	v_and_b16 v26.h, 0x8000, v26.h
	v_or_b16 v25.l, v38.h, v25.l
	v_cndmask_b16 v38.h, 0, v25.h, vcc_lo
	v_cndmask_b16 v39.l, 0, v39.l, s0
	v_cndmask_b16 v39.h, 0, v39.h, s1
	v_cndmask_b16 v40.l, 0, v40.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v40.h
	v_cmp_ne_u16_e64 s0, 1, v41.l
	v_cmp_ne_u16_e64 s1, 1, v41.h
	v_cmp_ne_u16_e64 s2, 1, v42.l
	v_or_b16 v25.h, v38.l, v26.h
	v_cndmask_b16 v38.l, 0x1800, v38.h, vcc_lo
	v_cndmask_b16 v38.h, 0x1800, v39.l, s0
	v_cndmask_b16 v39.l, 0x1800, v39.h, s1
	v_cndmask_b16 v39.h, 0x1800, v40.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v40.h
	v_cmp_ne_u16_e64 s0, 2, v41.l
	v_cmp_ne_u16_e64 s1, 2, v41.h
	v_cmp_ne_u16_e64 s2, 2, v42.l
	v_and_b16 v26.l, 0x8000, v26.l
	v_or_b16 v26.h, v37.l, v36.h
	v_cndmask_b16 v36.h, 0x1c00, v38.l, vcc_lo
	v_cndmask_b16 v37.l, 0x1c00, v38.h, s0
	v_cndmask_b16 v38.l, 0x1c00, v39.l, s1
	v_cndmask_b16 v38.h, 0x1c00, v39.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v40.h
	v_cmp_ne_u16_e64 s0, 3, v41.l
	v_cmp_ne_u16_e64 s1, 3, v41.h
	v_cmp_ne_u16_e64 s2, 3, v42.l
	v_or_b16 v26.l, v37.h, v26.l
	v_cndmask_b16 v36.h, 0x1e00, v36.h, vcc_lo
	v_cndmask_b16 v37.l, 0x1e00, v37.l, s0
	v_cndmask_b16 v37.h, 0x1e00, v38.l, s1
	v_cndmask_b16 v38.l, 0x1e00, v38.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v40.h
	v_cmp_ne_u16_e64 s0, 4, v41.l
	v_cmp_ne_u16_e64 s1, 4, v41.h
	v_cmp_ne_u16_e64 s2, 4, v42.l
	v_lshlrev_b16 v39.l, 8, v44.l
	v_cndmask_b16 v36.h, 0x2000, v36.h, vcc_lo
	v_cndmask_b16 v37.l, 0x2000, v37.l, s0
	v_cndmask_b16 v37.h, 0x2000, v37.h, s1
	v_cndmask_b16 v38.l, 0x2000, v38.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v40.h
	v_cmp_ne_u16_e64 s0, 5, v41.l
	v_cmp_ne_u16_e64 s1, 5, v41.h
	v_cmp_ne_u16_e64 s2, 5, v42.l
	v_lshlrev_b16 v39.h, 8, v45.l
	v_lshrrev_b32_e32 v44, 24, v35
	v_lshrrev_b32_e32 v45, 16, v35
	v_cndmask_b16 v36.h, 0x2100, v36.h, vcc_lo
	v_cndmask_b16 v37.l, 0x2100, v37.l, s0
	v_cndmask_b16 v37.h, 0x2100, v37.h, s1
	v_cndmask_b16 v38.l, 0x2100, v38.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v40.h
	v_cmp_ne_u16_e64 s0, 6, v41.l
	v_cmp_ne_u16_e64 s1, 6, v41.h
	v_cmp_ne_u16_e64 s2, 6, v42.l
	v_lshrrev_b32_e32 v46, 8, v35
	v_and_b16 v35.h, 0x8000, v39.l
	v_lshlrev_b16 v39.l, 7, v44.l
	v_lshlrev_b16 v40.l, 7, v45.l
	v_cndmask_b16 v36.h, 0x2200, v36.h, vcc_lo
	v_cndmask_b16 v37.l, 0x2200, v37.l, s0
	v_cndmask_b16 v37.h, 0x2200, v37.h, s1
	v_cndmask_b16 v38.l, 0x2200, v38.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v40.h
	v_cmp_ne_u16_e64 s0, 7, v41.l
	v_cmp_ne_u16_e64 s1, 7, v41.h
	v_cmp_ne_u16_e64 s2, 7, v42.l
	v_lshlrev_b16 v40.h, 7, v46.l
	v_lshlrev_b16 v41.l, 7, v35.l
	v_and_b16 v39.l, 0x3f80, v39.l
	v_and_b16 v40.l, 0x3f80, v40.l
	v_and_b16 v41.h, 0x7f, v44.l
	v_and_b16 v42.l, 0x7f, v45.l
	v_lshlrev_b16 v38.h, 8, v43.l
	v_lshlrev_b16 v36.l, 8, v36.l
	v_cndmask_b16 v36.h, 0x2300, v36.h, vcc_lo
	v_cndmask_b16 v37.l, 0x2300, v37.l, s0
	v_and_b16 v40.h, 0x3f80, v40.h
	v_and_b16 v41.l, 0x3f80, v41.l
	v_and_b16 v42.h, 0x7f, v46.l
	v_and_b16 v43.l, 0x7f, v35.l
	v_add_nc_u16 v39.l, 0x2000, v39.l
	v_add_nc_u16 v40.l, 0x2000, v40.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v41.h
	v_cmp_ne_u16_e64 s0, 0x7f, v42.l
	v_cndmask_b16 v37.h, 0x2300, v37.h, s1
	v_cndmask_b16 v38.l, 0x2300, v38.l, s2
	v_add_nc_u16 v40.h, 0x2000, v40.h
	v_add_nc_u16 v41.l, 0x2000, v41.l
	v_cmp_ne_u16_e64 s1, 0x7f, v42.h
	v_cmp_ne_u16_e64 s2, 0x7f, v43.l
	v_and_b16 v36.l, 0x8000, v36.l
	v_cndmask_b16 v43.h, 0x7e00, v39.l, vcc_lo
	v_cndmask_b16 v40.l, 0x7e00, v40.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v41.h
	v_cmp_ne_u16_e64 s0, 0, v42.l
	v_and_b16 v39.h, 0x8000, v39.h
	v_cndmask_b16 v40.h, 0x7e00, v40.h, s1
	v_cndmask_b16 v41.l, 0x7e00, v41.l, s2
	v_cmp_ne_u16_e64 s1, 0, v42.h
	v_cmp_ne_u16_e64 s2, 0, v43.l
	v_or_b16 v39.l, v38.l, v36.l
	v_cndmask_b16 v36.l, 0, v43.h, vcc_lo
	v_cndmask_b16 v38.l, 0, v40.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v41.h
	v_cmp_ne_u16_e64 s0, 1, v42.l
	v_and_b16 v38.h, 0x8000, v38.h
	v_cndmask_b16 v40.l, 0, v40.h, s1
	v_cndmask_b16 v40.h, 0, v41.l, s2
	v_cmp_ne_u16_e64 s1, 1, v42.h
	v_cmp_ne_u16_e64 s2, 1, v43.l
	v_or_b16 v39.h, v37.h, v39.h
	v_cndmask_b16 v36.l, 0x1800, v36.l, vcc_lo
	v_cndmask_b16 v37.h, 0x1800, v38.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v41.h
	v_cmp_ne_u16_e64 s0, 2, v42.l
	v_cndmask_b16 v38.l, 0x1800, v40.l, s1
	v_cndmask_b16 v40.l, 0x1800, v40.h, s2
	v_cmp_ne_u16_e64 s1, 2, v42.h
	v_cmp_ne_u16_e64 s2, 2, v43.l
	v_or_b16 v40.h, v36.h, v38.h
	v_cndmask_b16 v36.l, 0x1c00, v36.l, vcc_lo
	v_cndmask_b16 v36.h, 0x1c00, v37.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v41.h
	v_cmp_ne_u16_e64 s0, 3, v42.l
	v_cndmask_b16 v37.h, 0x1c00, v38.l, s1
	v_cndmask_b16 v38.l, 0x1c00, v40.l, s2
	v_cmp_ne_u16_e64 s1, 3, v42.h
	v_cmp_ne_u16_e64 s2, 3, v43.l
	v_or_b16 v40.l, v37.l, v35.h
	v_cndmask_b16 v35.h, 0x1e00, v36.l, vcc_lo
	v_cndmask_b16 v36.l, 0x1e00, v36.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v41.h
	v_cmp_ne_u16_e64 s0, 4, v42.l
	v_cndmask_b16 v36.h, 0x1e00, v37.h, s1
	v_cndmask_b16 v37.l, 0x1e00, v38.l, s2
	v_cmp_ne_u16_e64 s1, 4, v42.h
	v_cmp_ne_u16_e64 s2, 4, v43.l
	v_cndmask_b16 v35.h, 0x2000, v35.h, vcc_lo
	v_cndmask_b16 v36.l, 0x2000, v36.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v41.h
	v_cmp_ne_u16_e64 s0, 5, v42.l
	v_lshlrev_b16 v37.h, 8, v44.l
	v_cndmask_b16 v36.h, 0x2000, v36.h, s1
	v_cndmask_b16 v37.l, 0x2000, v37.l, s2
	v_cmp_ne_u16_e64 s1, 5, v42.h
	v_cmp_ne_u16_e64 s2, 5, v43.l
	v_lshlrev_b16 v38.l, 8, v45.l
	v_cndmask_b16 v35.h, 0x2100, v35.h, vcc_lo
	v_cndmask_b16 v36.l, 0x2100, v36.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v41.h
	v_cmp_ne_u16_e64 s0, 6, v42.l
	v_lshlrev_b16 v38.h, 8, v46.l
	v_lshrrev_b32_e32 v45, 24, v34
	v_lshrrev_b32_e32 v46, 16, v34
	v_lshrrev_b32_e32 v52, 8, v34
	v_cndmask_b16 v36.h, 0x2100, v36.h, s1
	v_cndmask_b16 v37.l, 0x2100, v37.l, s2
	v_cmp_ne_u16_e64 s1, 6, v42.h
	v_cmp_ne_u16_e64 s2, 6, v43.l
	v_cndmask_b16 v35.h, 0x2200, v35.h, vcc_lo
	v_cndmask_b16 v36.l, 0x2200, v36.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v41.h
	v_cmp_ne_u16_e64 s0, 7, v42.l
	v_and_b16 v34.h, 0x8000, v38.l
	v_and_b16 v38.l, 0x8000, v37.h
	v_lshlrev_b16 v37.h, 7, v45.l
	v_lshlrev_b16 v41.l, 7, v46.l
	v_lshlrev_b16 v41.h, 7, v52.l
	v_lshlrev_b16 v42.l, 7, v34.l
	v_cndmask_b16 v36.h, 0x2200, v36.h, s1
	v_cndmask_b16 v37.l, 0x2200, v37.l, s2
	v_cmp_ne_u16_e64 s1, 7, v42.h
	v_cmp_ne_u16_e64 s2, 7, v43.l
	v_and_b16 v37.h, 0x3f80, v37.h
	v_and_b16 v41.l, 0x3f80, v41.l
	v_and_b16 v41.h, 0x3f80, v41.h
	v_and_b16 v42.l, 0x3f80, v42.l
	v_and_b16 v42.h, 0x7f, v45.l
	v_and_b16 v43.l, 0x7f, v46.l
	v_and_b16 v43.h, 0x7f, v52.l
	v_and_b16 v44.l, 0x7f, v34.l
	v_lshlrev_b16 v35.l, 8, v35.l
	v_cndmask_b16 v35.h, 0x2300, v35.h, vcc_lo
	v_cndmask_b16 v36.l, 0x2300, v36.l, s0
	v_cndmask_b16 v36.h, 0x2300, v36.h, s1
	v_cndmask_b16 v37.l, 0x2300, v37.l, s2
	v_add_nc_u16 v37.h, 0x2000, v37.h
	v_add_nc_u16 v41.l, 0x2000, v41.l
	v_add_nc_u16 v41.h, 0x2000, v41.h
	v_add_nc_u16 v42.l, 0x2000, v42.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v42.h
	v_cmp_ne_u16_e64 s0, 0x7f, v43.l
	v_cmp_ne_u16_e64 s1, 0x7f, v43.h
	v_cmp_ne_u16_e64 s2, 0x7f, v44.l
	v_and_b16 v35.l, 0x8000, v35.l
	v_cndmask_b16 v37.h, 0x7e00, v37.h, vcc_lo
	v_cndmask_b16 v41.l, 0x7e00, v41.l, s0
	v_cndmask_b16 v41.h, 0x7e00, v41.h, s1
	v_cndmask_b16 v42.l, 0x7e00, v42.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v42.h
	v_cmp_ne_u16_e64 s0, 0, v43.l
	v_cmp_ne_u16_e64 s1, 0, v43.h
	v_cmp_ne_u16_e64 s2, 0, v44.l
	v_and_b16 v38.h, 0x8000, v38.h
	v_or_b16 v37.l, v37.l, v35.l
	v_cndmask_b16 v35.l, 0, v37.h, vcc_lo
	v_cndmask_b16 v41.l, 0, v41.l, s0
	v_cndmask_b16 v41.h, 0, v41.h, s1
	v_cndmask_b16 v42.l, 0, v42.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v42.h
	v_cmp_ne_u16_e64 s0, 1, v43.l
	v_cmp_ne_u16_e64 s1, 1, v43.h
	v_cmp_ne_u16_e64 s2, 1, v44.l
	v_or_b16 v37.h, v36.h, v38.h
	v_cndmask_b16 v35.l, 0x1800, v35.l, vcc_lo
	v_cndmask_b16 v36.h, 0x1800, v41.l, s0
	v_cndmask_b16 v41.l, 0x1800, v41.h, s1
	v_cndmask_b16 v41.h, 0x1800, v42.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v42.h
	v_cmp_ne_u16_e64 s0, 2, v43.l
	v_cmp_ne_u16_e64 s1, 2, v43.h
	v_cmp_ne_u16_e64 s2, 2, v44.l
	v_or_b16 v38.h, v35.h, v38.l
	v_cndmask_b16 v35.l, 0x1c00, v35.l, vcc_lo
	v_cndmask_b16 v35.h, 0x1c00, v36.h, s0
	v_cndmask_b16 v36.h, 0x1c00, v41.l, s1
	v_cndmask_b16 v41.l, 0x1c00, v41.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v42.h
	v_cmp_ne_u16_e64 s0, 3, v43.l
	v_cmp_ne_u16_e64 s2, 3, v44.l
	v_or_b16 v38.l, v36.l, v34.h
	v_cmp_ne_u16_e64 s1, 3, v43.h
	v_cndmask_b16 v34.h, 0x1e00, v35.l, vcc_lo
	v_cndmask_b16 v35.l, 0x1e00, v35.h, s0
	v_cndmask_b16 v36.l, 0x1e00, v41.l, s2
	v_cmp_ne_u16_e64 s0, 4, v43.l
	v_cmp_ne_u16_e64 s2, 4, v44.l
	v_cmp_ne_u16_e32 vcc_lo, 4, v42.h
	v_cndmask_b16 v35.h, 0x1e00, v36.h, s1
	v_cmp_ne_u16_e64 s1, 4, v43.h
	v_cndmask_b16 v35.l, 0x2000, v35.l, s0
	v_cndmask_b16 v36.l, 0x2000, v36.l, s2
	v_cmp_ne_u16_e64 s0, 5, v43.l
	v_cmp_ne_u16_e64 s2, 5, v44.l
	v_cndmask_b16 v34.h, 0x2000, v34.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v42.h
	v_lshlrev_b16 v36.h, 8, v45.l
	v_cndmask_b16 v35.l, 0x2100, v35.l, s0
	v_cndmask_b16 v36.l, 0x2100, v36.l, s2
	v_cmp_ne_u16_e64 s0, 6, v43.l
	v_cmp_ne_u16_e64 s2, 6, v44.l
	v_cndmask_b16 v35.h, 0x2000, v35.h, s1
	v_cmp_ne_u16_e64 s1, 5, v43.h
	v_lshlrev_b16 v41.l, 8, v46.l
	v_cndmask_b16 v34.h, 0x2100, v34.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v42.h
	v_lshlrev_b16 v41.h, 8, v52.l
	v_cndmask_b16 v35.l, 0x2200, v35.l, s0
	v_cndmask_b16 v36.l, 0x2200, v36.l, s2
	v_cmp_ne_u16_e64 s0, 7, v43.l
	v_cmp_ne_u16_e64 s2, 7, v44.l
	v_lshrrev_b32_e32 v46, 24, v33
	v_lshrrev_b32_e32 v52, 16, v33
	v_lshrrev_b32_e32 v53, 8, v33
	v_cndmask_b16 v35.h, 0x2100, v35.h, s1
	v_cmp_ne_u16_e64 s1, 6, v43.h
	v_cndmask_b16 v34.h, 0x2200, v34.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v42.h
	v_cndmask_b16 v42.l, 0x2300, v35.l, s0
	v_cndmask_b16 v35.l, 0x2300, v36.l, s2
	v_and_b16 v33.h, 0x8000, v41.l
	v_and_b16 v36.l, 0x8000, v36.h
	v_lshlrev_b16 v36.h, 7, v46.l
	v_lshlrev_b16 v41.l, 7, v52.l
	v_lshlrev_b16 v42.h, 7, v53.l
	v_lshlrev_b16 v43.l, 7, v33.l
	v_cndmask_b16 v35.h, 0x2200, v35.h, s1
	v_cmp_ne_u16_e64 s1, 7, v43.h
	v_and_b16 v36.h, 0x3f80, v36.h
	v_and_b16 v41.l, 0x3f80, v41.l
	v_and_b16 v42.h, 0x3f80, v42.h
	v_and_b16 v43.l, 0x3f80, v43.l
	v_and_b16 v43.h, 0x7f, v46.l
	v_and_b16 v44.l, 0x7f, v52.l
	v_and_b16 v44.h, 0x7f, v53.l
	v_and_b16 v45.l, 0x7f, v33.l
	v_lshlrev_b16 v34.l, 8, v34.l
	v_cndmask_b16 v34.h, 0x2300, v34.h, vcc_lo
	v_cndmask_b16 v35.h, 0x2300, v35.h, s1
	v_add_nc_u16 v36.h, 0x2000, v36.h
	v_add_nc_u16 v41.l, 0x2000, v41.l
	v_add_nc_u16 v42.h, 0x2000, v42.h
	v_add_nc_u16 v43.l, 0x2000, v43.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v43.h
	v_cmp_ne_u16_e64 s0, 0x7f, v44.l
	v_cmp_ne_u16_e64 s1, 0x7f, v44.h
	v_cmp_ne_u16_e64 s2, 0x7f, v45.l
	v_and_b16 v34.l, 0x8000, v34.l
	v_cndmask_b16 v36.h, 0x7e00, v36.h, vcc_lo
	v_cndmask_b16 v41.l, 0x7e00, v41.l, s0
	v_cndmask_b16 v42.h, 0x7e00, v42.h, s1
	v_cndmask_b16 v43.l, 0x7e00, v43.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v43.h
	v_cmp_ne_u16_e64 s0, 0, v44.l
	v_cmp_ne_u16_e64 s1, 0, v44.h
	v_cmp_ne_u16_e64 s2, 0, v45.l
	v_and_b16 v41.h, 0x8000, v41.h
	v_or_b16 v35.l, v35.l, v34.l
	v_cndmask_b16 v34.l, 0, v36.h, vcc_lo
	v_cndmask_b16 v36.h, 0, v41.l, s0
	v_cndmask_b16 v41.l, 0, v42.h, s1
	v_cndmask_b16 v42.h, 0, v43.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v43.h
	v_cmp_ne_u16_e64 s0, 1, v44.l
	v_cmp_ne_u16_e64 s1, 1, v44.h
	v_cmp_ne_u16_e64 s2, 1, v45.l
	v_or_b16 v35.h, v35.h, v41.h
	v_cndmask_b16 v34.l, 0x1800, v34.l, vcc_lo
	v_cndmask_b16 v41.h, 0x1800, v36.h, s0
	v_cndmask_b16 v41.l, 0x1800, v41.l, s1
	v_cndmask_b16 v42.h, 0x1800, v42.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v43.h
	v_cmp_ne_u16_e64 s0, 2, v44.l
	v_cmp_ne_u16_e64 s1, 2, v44.h
	v_cmp_ne_u16_e64 s2, 2, v45.l
	v_or_b16 v36.h, v34.h, v36.l
	v_cndmask_b16 v34.l, 0x1c00, v34.l, vcc_lo
	v_cndmask_b16 v34.h, 0x1c00, v41.h, s0
	v_cndmask_b16 v41.l, 0x1c00, v41.l, s1
	v_cndmask_b16 v41.h, 0x1c00, v42.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v43.h
	v_cmp_ne_u16_e64 s0, 3, v44.l
	v_cmp_ne_u16_e64 s1, 3, v44.h
	v_cmp_ne_u16_e64 s2, 3, v45.l
	v_or_b16 v36.l, v42.l, v33.h
	v_cndmask_b16 v33.h, 0x1e00, v34.l, vcc_lo
	v_cndmask_b16 v34.l, 0x1e00, v34.h, s0
	v_cndmask_b16 v34.h, 0x1e00, v41.l, s1
	v_cndmask_b16 v41.l, 0x1e00, v41.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v43.h
	v_cmp_ne_u16_e64 s1, 4, v44.h
	v_cmp_ne_u16_e64 s2, 4, v45.l
	v_cmp_ne_u16_e64 s0, 4, v44.l
	v_lshlrev_b16 v42.l, 8, v52.l
	v_cndmask_b16 v33.h, 0x2000, v33.h, vcc_lo
	v_cndmask_b16 v34.h, 0x2000, v34.h, s1
	v_cndmask_b16 v41.l, 0x2000, v41.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v43.h
	v_cmp_ne_u16_e64 s1, 5, v44.h
	v_cmp_ne_u16_e64 s2, 5, v45.l
	v_cndmask_b16 v34.l, 0x2000, v34.l, s0
	v_cmp_ne_u16_e64 s0, 5, v44.l
	v_cndmask_b16 v33.h, 0x2100, v33.h, vcc_lo
	v_cndmask_b16 v34.h, 0x2100, v34.h, s1
	v_cndmask_b16 v41.l, 0x2100, v41.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v43.h
	v_cmp_ne_u16_e64 s1, 6, v44.h
	v_cmp_ne_u16_e64 s2, 6, v45.l
	v_lshlrev_b16 v42.h, 8, v53.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshrrev_b32_e32 v52, 24, v50
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v33.h, 0x2200, v33.h, vcc_lo
	v_cndmask_b16 v34.h, 0x2200, v34.h, s1
	v_cndmask_b16 v41.l, 0x2200, v41.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v43.h
	v_cmp_ne_u16_e64 s1, 7, v44.h
	v_cmp_ne_u16_e64 s2, 7, v45.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshrrev_b32_e32 v53, 16, v50
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v34.l, 0x2100, v34.l, s0
	v_cmp_ne_u16_e64 s0, 6, v44.l
	v_cndmask_b16 v43.l, 0x2300, v33.h, vcc_lo
	v_cndmask_b16 v33.h, 0x2300, v34.h, s1
	v_cndmask_b16 v34.h, 0x2300, v41.l, s2
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshrrev_b32_e32 v54, 8, v50
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v41.l, 0x8000, v42.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v42.l, 7, v52.l
	v_lshlrev_b16 v43.h, 7, v53.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b16 v34.l, 0x2200, v34.l, s0
	v_cmp_ne_u16_e64 s0, 7, v44.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16 v44.l, 7, v54.l
	v_lshlrev_b16 v44.h, 7, v50.l
	v_and_b16 v42.l, 0x3f80, v42.l
	v_and_b16 v43.h, 0x3f80, v43.h
	v_and_b16 v45.l, 0x7f, v52.l
	v_and_b16 v45.h, 0x7f, v53.l
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v41.h, 8, v46.l
	v_lshlrev_b16 v33.l, 8, v33.l
	v_cndmask_b16 v34.l, 0x2300, v34.l, s0
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b16 v44.l, 0x3f80, v44.l
	v_and_b16 v44.h, 0x3f80, v44.h
	v_and_b16 v46.l, 0x7f, v54.l
	v_and_b16 v46.h, 0x7f, v50.l
	v_add_nc_u16 v42.l, 0x2000, v42.l
	v_add_nc_u16 v43.h, 0x2000, v43.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v45.l
	v_cmp_ne_u16_e64 s0, 0x7f, v45.h
	v_add_nc_u16 v44.l, 0x2000, v44.l
	v_add_nc_u16 v44.h, 0x2000, v44.h
	v_cmp_ne_u16_e64 s1, 0x7f, v46.l
	v_cmp_ne_u16_e64 s2, 0x7f, v46.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v33.l, 0x8000, v33.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v42.l, 0x7e00, v42.l, vcc_lo
	v_cndmask_b16 v43.h, 0x7e00, v43.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v45.l
	v_cmp_ne_u16_e64 s0, 0, v45.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v42.h, 0x8000, v42.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v44.l, 0x7e00, v44.l, s1
	v_cndmask_b16 v44.h, 0x7e00, v44.h, s2
	v_cmp_ne_u16_e64 s1, 0, v46.l
	v_cmp_ne_u16_e64 s2, 0, v46.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v33.l, v34.h, v33.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v34.h, 0, v42.l, vcc_lo
	v_cndmask_b16 v42.l, 0, v43.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v45.l
	v_cmp_ne_u16_e64 s0, 1, v45.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b16 v41.h, 0x8000, v41.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v43.h, 0, v44.l, s1
	v_cndmask_b16 v44.l, 0, v44.h, s2
	v_cmp_ne_u16_e64 s1, 1, v46.l
	v_cmp_ne_u16_e64 s2, 1, v46.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v33.h, v33.h, v42.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v42.h, 0x1800, v34.h, vcc_lo
	v_cndmask_b16 v42.l, 0x1800, v42.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v45.l
	v_cmp_ne_u16_e64 s0, 2, v45.h
	v_cndmask_b16 v43.h, 0x1800, v43.h, s1
	v_cndmask_b16 v44.l, 0x1800, v44.l, s2
	v_cmp_ne_u16_e64 s1, 2, v46.l
	v_cmp_ne_u16_e64 s2, 2, v46.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v34.h, v43.l, v41.h
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v41.h, 0x1c00, v42.h, vcc_lo
	v_cndmask_b16 v42.l, 0x1c00, v42.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v45.l
	v_cmp_ne_u16_e64 s0, 3, v45.h
	v_cndmask_b16 v42.h, 0x1c00, v43.h, s1
	v_cndmask_b16 v43.l, 0x1c00, v44.l, s2
	v_cmp_ne_u16_e64 s1, 3, v46.l
	v_cmp_ne_u16_e64 s2, 3, v46.h
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v34.l, v34.l, v41.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b16 v41.l, 0x1e00, v41.h, vcc_lo
	v_cndmask_b16 v41.h, 0x1e00, v42.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v45.l
	v_cmp_ne_u16_e64 s0, 4, v45.h
	v_cndmask_b16 v42.l, 0x1e00, v42.h, s1
	v_cndmask_b16 v42.h, 0x1e00, v43.l, s2
	v_cmp_ne_u16_e64 s1, 4, v46.l
	v_cmp_ne_u16_e64 s2, 4, v46.h
	v_cndmask_b16 v41.l, 0x2000, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2000, v41.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v45.l
	v_cmp_ne_u16_e64 s0, 5, v45.h
	v_cndmask_b16 v42.l, 0x2000, v42.l, s1
	v_cndmask_b16 v42.h, 0x2000, v42.h, s2
	v_cmp_ne_u16_e64 s1, 5, v46.l
	v_cmp_ne_u16_e64 s2, 5, v46.h
	v_lshlrev_b16 v43.h, 8, v53.l
	v_cndmask_b16 v41.l, 0x2100, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2100, v41.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v45.l
	v_cmp_ne_u16_e64 s0, 6, v45.h
	v_lshlrev_b16 v44.l, 8, v54.l
	v_lshrrev_b32_e32 v53, 24, v49
	v_lshrrev_b32_e32 v54, 16, v49
	v_cndmask_b16 v42.l, 0x2100, v42.l, s1
	v_cndmask_b16 v42.h, 0x2100, v42.h, s2
	v_cmp_ne_u16_e64 s1, 6, v46.l
	v_cmp_ne_u16_e64 s2, 6, v46.h
	v_cndmask_b16 v41.l, 0x2200, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2200, v41.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v45.l
	v_cmp_ne_u16_e64 s0, 7, v45.h
	v_lshrrev_b32_e32 v55, 8, v49
	v_lshlrev_b16 v45.l, 7, v53.l
	v_lshlrev_b16 v45.h, 7, v54.l
	v_cndmask_b16 v42.l, 0x2200, v42.l, s1
	v_cndmask_b16 v42.h, 0x2200, v42.h, s2
	v_cmp_ne_u16_e64 s1, 7, v46.l
	v_cmp_ne_u16_e64 s2, 7, v46.h
	v_lshlrev_b16 v44.h, 8, v50.l
	v_lshlrev_b16 v46.l, 7, v55.l
	v_lshlrev_b16 v46.h, 7, v49.l
	v_and_b16 v45.l, 0x3f80, v45.l
	v_and_b16 v45.h, 0x3f80, v45.h
	v_and_b16 v49.h, 0x7f, v53.l
	v_and_b16 v50.l, 0x7f, v54.l
	v_lshlrev_b16 v43.l, 8, v52.l
	v_cndmask_b16 v41.l, 0x2300, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2300, v41.h, s0
	v_and_b16 v46.l, 0x3f80, v46.l
	v_and_b16 v46.h, 0x3f80, v46.h
	v_and_b16 v50.h, 0x7f, v55.l
	v_and_b16 v52.l, 0x7f, v49.l
	v_add_nc_u16 v45.l, 0x2000, v45.l
	v_add_nc_u16 v45.h, 0x2000, v45.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v49.h
	v_cmp_ne_u16_e64 s0, 0x7f, v50.l
	v_cndmask_b16 v42.l, 0x2300, v42.l, s1
	v_cndmask_b16 v42.h, 0x2300, v42.h, s2
	v_add_nc_u16 v46.l, 0x2000, v46.l
	v_add_nc_u16 v46.h, 0x2000, v46.h
	v_cmp_ne_u16_e64 s1, 0x7f, v50.h
	v_cmp_ne_u16_e64 s2, 0x7f, v52.l
	v_and_b16 v44.h, 0x8000, v44.h
	v_cndmask_b16 v52.h, 0x7e00, v45.l, vcc_lo
	v_cndmask_b16 v45.h, 0x7e00, v45.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v49.h
	v_cmp_ne_u16_e64 s0, 0, v50.l
	v_and_b16 v44.l, 0x8000, v44.l
	v_cndmask_b16 v46.l, 0x7e00, v46.l, s1
	v_cndmask_b16 v46.h, 0x7e00, v46.h, s2
	v_cmp_ne_u16_e64 s1, 0, v50.h
	v_cmp_ne_u16_e64 s2, 0, v52.l
	v_or_b16 v45.l, v42.h, v44.h
	v_cndmask_b16 v42.h, 0, v52.h, vcc_lo
	v_cndmask_b16 v44.h, 0, v45.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v49.h
	v_cmp_ne_u16_e64 s0, 1, v50.l
	v_and_b16 v43.l, 0x8000, v43.l
	v_cndmask_b16 v46.l, 0, v46.l, s1
	v_cndmask_b16 v46.h, 0, v46.h, s2
	v_cmp_ne_u16_e64 s1, 1, v50.h
	v_cmp_ne_u16_e64 s2, 1, v52.l
	v_or_b16 v45.h, v42.l, v44.l
	v_cndmask_b16 v42.l, 0x1800, v42.h, vcc_lo
	v_cndmask_b16 v42.h, 0x1800, v44.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v49.h
	v_cmp_ne_u16_e64 s0, 2, v50.l
	v_and_b16 v43.h, 0x8000, v43.h
	v_cndmask_b16 v44.l, 0x1800, v46.l, s1
	v_cndmask_b16 v44.h, 0x1800, v46.h, s2
	v_cmp_ne_u16_e64 s1, 2, v50.h
	v_cmp_ne_u16_e64 s2, 2, v52.l
	v_or_b16 v46.h, v41.l, v43.l
	v_cndmask_b16 v41.l, 0x1c00, v42.l, vcc_lo
	v_cndmask_b16 v42.l, 0x1c00, v42.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v49.h
	v_cmp_ne_u16_e64 s0, 3, v50.l
	v_cndmask_b16 v42.h, 0x1c00, v44.l, s1
	v_cndmask_b16 v43.l, 0x1c00, v44.h, s2
	v_cmp_ne_u16_e64 s1, 3, v50.h
	v_cmp_ne_u16_e64 s2, 3, v52.l
	v_or_b16 v46.l, v41.h, v43.h
	v_cndmask_b16 v41.l, 0x1e00, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x1e00, v42.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v49.h
	v_cmp_ne_u16_e64 s0, 4, v50.l
	v_cndmask_b16 v42.l, 0x1e00, v42.h, s1
	v_cndmask_b16 v42.h, 0x1e00, v43.l, s2
	v_cmp_ne_u16_e64 s1, 4, v50.h
	v_cmp_ne_u16_e64 s2, 4, v52.l
	v_cndmask_b16 v41.l, 0x2000, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2000, v41.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v49.h
	v_cmp_ne_u16_e64 s0, 5, v50.l
	v_lshlrev_b16 v43.l, 8, v53.l
	v_cndmask_b16 v42.l, 0x2000, v42.l, s1
	v_cndmask_b16 v42.h, 0x2000, v42.h, s2
	v_cmp_ne_u16_e64 s1, 5, v50.h
	v_cmp_ne_u16_e64 s2, 5, v52.l
	v_lshlrev_b16 v43.h, 8, v54.l
	v_cndmask_b16 v41.l, 0x2100, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2100, v41.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v49.h
	v_cmp_ne_u16_e64 s0, 6, v50.l
	v_lshlrev_b16 v44.l, 8, v55.l
	v_lshrrev_b32_e32 v54, 24, v48
	v_lshrrev_b32_e32 v55, 16, v48
	v_lshrrev_b32_e32 v56, 8, v48
	v_cndmask_b16 v42.l, 0x2100, v42.l, s1
	v_cndmask_b16 v42.h, 0x2100, v42.h, s2
	v_cmp_ne_u16_e64 s1, 6, v50.h
	v_cmp_ne_u16_e64 s2, 6, v52.l
	v_cndmask_b16 v41.l, 0x2200, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2200, v41.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v49.h
	v_cmp_ne_u16_e64 s0, 7, v50.l
	v_lshlrev_b16 v44.h, 8, v49.l
	v_and_b16 v48.h, 0x8000, v43.h
	v_and_b16 v49.l, 0x8000, v43.l
	v_lshlrev_b16 v43.l, 7, v54.l
	v_lshlrev_b16 v43.h, 7, v55.l
	v_lshlrev_b16 v49.h, 7, v56.l
	v_lshlrev_b16 v50.l, 7, v48.l
	v_cndmask_b16 v42.l, 0x2200, v42.l, s1
	v_cndmask_b16 v42.h, 0x2200, v42.h, s2
	v_cmp_ne_u16_e64 s1, 7, v50.h
	v_cmp_ne_u16_e64 s2, 7, v52.l
	v_and_b16 v43.l, 0x3f80, v43.l
	v_and_b16 v43.h, 0x3f80, v43.h
	v_and_b16 v49.h, 0x3f80, v49.h
	v_and_b16 v50.l, 0x3f80, v50.l
	v_and_b16 v50.h, 0x7f, v54.l
	v_and_b16 v52.l, 0x7f, v55.l
	v_and_b16 v52.h, 0x7f, v56.l
	v_and_b16 v53.l, 0x7f, v48.l
	v_cndmask_b16 v41.l, 0x2300, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2300, v41.h, s0
	v_cndmask_b16 v42.l, 0x2300, v42.l, s1
	v_cndmask_b16 v42.h, 0x2300, v42.h, s2
	v_add_nc_u16 v43.l, 0x2000, v43.l
	v_add_nc_u16 v43.h, 0x2000, v43.h
	v_add_nc_u16 v49.h, 0x2000, v49.h
	v_add_nc_u16 v50.l, 0x2000, v50.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v50.h
	v_cmp_ne_u16_e64 s0, 0x7f, v52.l
	v_cmp_ne_u16_e64 s1, 0x7f, v52.h
	v_cmp_ne_u16_e64 s2, 0x7f, v53.l
	v_and_b16 v44.h, 0x8000, v44.h
	v_cndmask_b16 v53.h, 0x7e00, v43.l, vcc_lo
	v_cndmask_b16 v43.h, 0x7e00, v43.h, s0
	v_cndmask_b16 v49.h, 0x7e00, v49.h, s1
	v_cndmask_b16 v50.l, 0x7e00, v50.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v50.h
	v_cmp_ne_u16_e64 s0, 0, v52.l
	v_cmp_ne_u16_e64 s1, 0, v52.h
	v_cmp_ne_u16_e64 s2, 0, v53.l
	v_and_b16 v44.l, 0x8000, v44.l
	v_or_b16 v43.l, v42.h, v44.h
	v_cndmask_b16 v42.h, 0, v53.h, vcc_lo
	v_cndmask_b16 v44.h, 0, v43.h, s0
	v_cndmask_b16 v49.h, 0, v49.h, s1
	v_cndmask_b16 v50.l, 0, v50.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v50.h
	v_cmp_ne_u16_e64 s0, 1, v52.l
	v_cmp_ne_u16_e64 s1, 1, v52.h
	v_cmp_ne_u16_e64 s2, 1, v53.l
	v_or_b16 v43.h, v42.l, v44.l
	v_cndmask_b16 v42.l, 0x1800, v42.h, vcc_lo
	v_cndmask_b16 v42.h, 0x1800, v44.h, s0
	v_cndmask_b16 v44.l, 0x1800, v49.h, s1
	v_cndmask_b16 v49.h, 0x1800, v50.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v50.h
	v_cmp_ne_u16_e64 s0, 2, v52.l
	v_cmp_ne_u16_e64 s1, 2, v52.h
	v_cmp_ne_u16_e64 s2, 2, v53.l
	v_or_b16 v44.h, v41.l, v49.l
	v_cndmask_b16 v41.l, 0x1c00, v42.l, vcc_lo
	v_cndmask_b16 v42.l, 0x1c00, v42.h, s0
	v_cndmask_b16 v42.h, 0x1c00, v44.l, s1
	v_cndmask_b16 v49.l, 0x1c00, v49.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v50.h
	v_cmp_ne_u16_e64 s0, 3, v52.l
	v_cmp_ne_u16_e64 s1, 3, v52.h
	v_cmp_ne_u16_e64 s2, 3, v53.l
	v_or_b16 v44.l, v41.h, v48.h
	v_cndmask_b16 v41.l, 0x1e00, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x1e00, v42.l, s0
	v_cndmask_b16 v42.l, 0x1e00, v42.h, s1
	v_cndmask_b16 v42.h, 0x1e00, v49.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v50.h
	v_cmp_ne_u16_e64 s0, 4, v52.l
	v_cmp_ne_u16_e64 s1, 4, v52.h
	v_cmp_ne_u16_e64 s2, 4, v53.l
	v_lshlrev_b16 v48.h, 8, v54.l
	v_cndmask_b16 v41.l, 0x2000, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2000, v41.h, s0
	v_cndmask_b16 v42.l, 0x2000, v42.l, s1
	v_cndmask_b16 v42.h, 0x2000, v42.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v50.h
	v_cmp_ne_u16_e64 s0, 5, v52.l
	v_cmp_ne_u16_e64 s1, 5, v52.h
	v_cmp_ne_u16_e64 s2, 5, v53.l
	v_lshlrev_b16 v49.h, 8, v56.l
	v_cndmask_b16 v41.l, 0x2100, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2100, v41.h, s0
	v_cndmask_b16 v42.l, 0x2100, v42.l, s1
	v_cndmask_b16 v42.h, 0x2100, v42.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v50.h
	v_cmp_ne_u16_e64 s0, 6, v52.l
	v_cmp_ne_u16_e64 s1, 6, v52.h
	v_cmp_ne_u16_e64 s2, 6, v53.l
	v_lshlrev_b16 v48.l, 8, v48.l
	v_cndmask_b16 v41.l, 0x2200, v41.l, vcc_lo
	v_cndmask_b16 v41.h, 0x2200, v41.h, s0
	v_cndmask_b16 v42.l, 0x2200, v42.l, s1
	v_cndmask_b16 v42.h, 0x2200, v42.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v50.h
	v_cmp_ne_u16_e64 s0, 7, v52.l
	v_cmp_ne_u16_e64 s1, 7, v52.h
	v_cmp_ne_u16_e64 s2, 7, v53.l
	v_lshlrev_b16 v49.l, 8, v55.l
	v_cndmask_b16 v50.l, 0x2300, v41.l, vcc_lo
	v_cndmask_b16 v50.h, 0x2300, v41.h, s0
	v_cndmask_b16 v41.h, 0x2300, v42.l, s1
	v_cndmask_b16 v41.l, 0x2300, v42.h, s2
	v_and_b16 v42.l, 0x8000, v48.l
	v_and_b16 v42.h, 0x8000, v49.h
	v_and_b16 v48.l, 0x8000, v48.h
	v_lshrrev_b32_e32 v54, 24, v47
	v_and_b16 v48.h, 0x8000, v49.l
	v_lshrrev_b32_e32 v55, 16, v47
	v_or_b16 v41.h, v41.h, v42.h
	v_or_b16 v42.h, v50.l, v48.l
	v_lshlrev_b16 v48.l, 7, v54.l
	v_lshrrev_b32_e32 v56, 8, v47
	v_or_b16 v41.l, v41.l, v42.l
	v_or_b16 v42.l, v50.h, v48.h
	v_lshlrev_b16 v52.l, 8, v54.l
	v_lshlrev_b16 v47.h, 7, v55.l
	v_and_b16 v48.l, 0x3f80, v48.l
	v_lshlrev_b16 v48.h, 7, v56.l
	v_and_b16 v54.l, 0x7f, v54.l
	v_lshlrev_b16 v52.h, 8, v55.l
	v_lshlrev_b16 v49.l, 7, v47.l
	v_and_b16 v47.h, 0x3f80, v47.h
	v_and_b16 v48.h, 0x3f80, v48.h
	v_lshlrev_b16 v53.h, 8, v47.l
	v_and_b16 v54.h, 0x7f, v55.l
	v_and_b16 v55.l, 0x7f, v56.l
	v_and_b16 v59.l, 0x7f, v47.l
	v_add_nc_u16 v47.l, 0x2000, v48.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v54.l
	v_and_b16 v49.l, 0x3f80, v49.l
	v_add_nc_u16 v47.h, 0x2000, v47.h
	v_add_nc_u16 v48.l, 0x2000, v48.h
	v_cmp_ne_u16_e64 s0, 0x7f, v54.h
	v_cmp_ne_u16_e64 s1, 0x7f, v55.l
	v_cndmask_b16 v47.l, 0x7e00, v47.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v54.l
	v_add_nc_u16 v48.h, 0x2000, v49.l
	v_cmp_ne_u16_e64 s2, 0x7f, v59.l
	v_cndmask_b16 v47.h, 0x7e00, v47.h, s0
	v_cndmask_b16 v48.l, 0x7e00, v48.l, s1
	v_cmp_ne_u16_e64 s0, 0, v54.h
	v_cmp_ne_u16_e64 s1, 0, v55.l
	v_cndmask_b16 v47.l, 0, v47.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v54.l
	v_cndmask_b16 v48.h, 0x7e00, v48.h, s2
	v_cmp_ne_u16_e64 s2, 0, v59.l
	v_cndmask_b16 v47.h, 0, v47.h, s0
	v_cndmask_b16 v48.l, 0, v48.l, s1
	v_cmp_ne_u16_e64 s0, 1, v54.h
	v_cndmask_b16 v47.l, 0x1800, v47.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v55.l
	v_cndmask_b16 v48.h, 0, v48.h, s2
	v_cmp_ne_u16_e64 s1, 1, v59.l
	v_cmp_ne_u16_e64 s2, 2, v54.l
	v_cndmask_b16 v47.h, 0x1800, v47.h, s0
	v_cmp_ne_u16_e64 s0, 2, v54.h
	v_cndmask_b16 v48.l, 0x1800, v48.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v55.l
	v_cndmask_b16 v48.h, 0x1800, v48.h, s1
	v_cndmask_b16 v47.l, 0x1c00, v47.l, s2
	v_cndmask_b16 v47.h, 0x1c00, v47.h, s0
	v_cmp_ne_u16_e64 s0, 2, v59.l
	v_cmp_ne_u16_e64 s1, 3, v54.l
	v_cmp_ne_u16_e64 s2, 3, v54.h
	v_cndmask_b16 v48.l, 0x1c00, v48.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v55.l
	v_cndmask_b16 v48.h, 0x1c00, v48.h, s0
	v_cndmask_b16 v47.l, 0x1e00, v47.l, s1
	v_cndmask_b16 v47.h, 0x1e00, v47.h, s2
	v_cmp_ne_u16_e64 s0, 3, v59.l
	v_cndmask_b16 v48.l, 0x1e00, v48.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v54.l
	v_cmp_ne_u16_e64 s1, 4, v54.h
	v_lshlrev_b16 v53.l, 8, v56.l
	v_cmp_ne_u16_e64 s2, 4, v55.l
	v_cndmask_b16 v48.h, 0x1e00, v48.h, s0
	v_cmp_ne_u16_e64 s0, 4, v59.l
	v_cndmask_b16 v55.h, 0x2000, v47.l, vcc_lo
	v_cndmask_b16 v56.l, 0x2000, v47.h, s1
	v_xad_u32 v47, v51, 32, 0
	v_cndmask_b16 v56.h, 0x2000, v48.l, s2
	v_cndmask_b16 v57.l, 0x2000, v48.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v54.l
	v_cmp_ne_u16_e64 s0, 5, v54.h
	ds_load_b128 v[47:50], v47
	v_cmp_ne_u16_e64 s1, 5, v55.l
	v_cmp_ne_u16_e64 s2, 5, v59.l
	v_cndmask_b16 v55.h, 0x2100, v55.h, vcc_lo
	v_cndmask_b16 v56.l, 0x2100, v56.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v54.l
	v_cndmask_b16 v56.h, 0x2100, v56.h, s1
	v_cmp_ne_u16_e64 s0, 6, v54.h
	v_cmp_ne_u16_e64 s1, 6, v55.l
	v_cndmask_b16 v57.l, 0x2100, v57.l, s2
	v_cndmask_b16 v55.h, 0x2200, v55.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v59.l
	v_cmp_ne_u16_e64 s2, 7, v54.l
	v_cndmask_b16 v54.l, 0x2200, v56.l, s0
	v_cndmask_b16 v59.h, 0x2200, v56.h, s1
	v_xad_u32 v56, v51, 16, 0
	v_cndmask_b16 v51.l, 0x2200, v57.l, vcc_lo
	v_cndmask_b16 v71.l, 0x2300, v55.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v54.h
	v_cmp_ne_u16_e64 s0, 7, v55.l
	ds_load_b128 v[55:58], v56
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v61, 24, v50
	v_lshrrev_b32_e32 v62, 16, v50
	v_lshrrev_b32_e32 v67, 8, v50
	v_cndmask_b16 v71.h, 0x2300, v54.l, vcc_lo
	v_cndmask_b16 v72.l, 0x2300, v59.h, s0
	v_lshlrev_b16 v50.h, 7, v61.l
	v_lshlrev_b16 v51.h, 7, v62.l
	v_lshlrev_b16 v54.l, 7, v67.l
	v_lshlrev_b16 v54.h, 7, v50.l
	v_cmp_ne_u16_e32 vcc_lo, 7, v59.l
	v_and_b16 v50.h, 0x3f80, v50.h
	v_and_b16 v51.h, 0x3f80, v51.h
	v_and_b16 v54.l, 0x3f80, v54.l
	v_and_b16 v59.l, 0x7f, v61.l
	v_and_b16 v59.h, 0x7f, v62.l
	v_and_b16 v60.l, 0x7f, v67.l
	v_and_b16 v54.h, 0x3f80, v54.h
	v_and_b16 v60.h, 0x7f, v50.l
	v_add_nc_u16 v50.h, 0x2000, v50.h
	v_add_nc_u16 v51.h, 0x2000, v51.h
	v_add_nc_u16 v54.l, 0x2000, v54.l
	v_cmp_ne_u16_e64 s0, 0x7f, v59.l
	v_cmp_ne_u16_e64 s1, 0x7f, v59.h
	v_cmp_ne_u16_e64 s2, 0x7f, v60.l
	v_add_nc_u16 v54.h, 0x2000, v54.h
	v_cmp_ne_u16_e64 s3, 0x7f, v60.h
	v_cndmask_b16 v72.h, 0x2300, v51.l, vcc_lo
	v_cndmask_b16 v50.h, 0x7e00, v50.h, s0
	v_cndmask_b16 v51.l, 0x7e00, v51.h, s1
	v_cndmask_b16 v51.h, 0x7e00, v54.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v59.l
	v_cmp_ne_u16_e64 s0, 0, v59.h
	v_cmp_ne_u16_e64 s1, 0, v60.l
	v_cndmask_b16 v54.l, 0x7e00, v54.h, s3
	v_cmp_ne_u16_e64 s2, 0, v60.h
	v_cndmask_b16 v50.h, 0, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0, v51.l, s0
	v_cndmask_b16 v51.h, 0, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 1, v59.l
	v_cmp_ne_u16_e64 s0, 1, v59.h
	v_cmp_ne_u16_e64 s1, 1, v60.l
	v_and_b16 v73.l, 0x8000, v52.h
	v_cndmask_b16 v52.h, 0, v54.l, s2
	v_cmp_ne_u16_e64 s2, 1, v60.h
	v_cndmask_b16 v50.h, 0x1800, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x1800, v51.l, s0
	v_cndmask_b16 v51.h, 0x1800, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 2, v59.l
	v_cmp_ne_u16_e64 s0, 2, v59.h
	v_cmp_ne_u16_e64 s1, 2, v60.l
	v_and_b16 v73.h, 0x8000, v52.l
	v_cndmask_b16 v52.l, 0x1800, v52.h, s2
	v_cmp_ne_u16_e64 s2, 2, v60.h
	v_cndmask_b16 v50.h, 0x1c00, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x1c00, v51.l, s0
	v_cndmask_b16 v51.h, 0x1c00, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 3, v59.l
	v_cmp_ne_u16_e64 s0, 3, v59.h
	v_cmp_ne_u16_e64 s1, 3, v60.l
	v_cndmask_b16 v52.l, 0x1c00, v52.l, s2
	v_cmp_ne_u16_e64 s2, 3, v60.h
	v_cndmask_b16 v50.h, 0x1e00, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x1e00, v51.l, s0
	v_cndmask_b16 v51.h, 0x1e00, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 4, v59.l
	v_cmp_ne_u16_e64 s0, 4, v59.h
	v_cmp_ne_u16_e64 s1, 4, v60.l
	v_and_b16 v74.l, 0x8000, v53.l
	v_and_b16 v74.h, 0x8000, v53.h
	v_cndmask_b16 v52.l, 0x1e00, v52.l, s2
	v_cmp_ne_u16_e64 s2, 4, v60.h
	v_cndmask_b16 v50.h, 0x2000, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x2000, v51.l, s0
	v_cndmask_b16 v51.h, 0x2000, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 5, v59.l
	v_cmp_ne_u16_e64 s0, 5, v59.h
	v_cmp_ne_u16_e64 s1, 5, v60.l
	v_lshlrev_b16 v53.l, 8, v62.l
	v_lshlrev_b16 v53.h, 8, v67.l
	v_lshrrev_b32_e32 v62, 24, v49
	v_lshrrev_b32_e32 v67, 16, v49
	v_cndmask_b16 v52.l, 0x2000, v52.l, s2
	v_cmp_ne_u16_e64 s2, 5, v60.h
	v_cndmask_b16 v50.h, 0x2100, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x2100, v51.l, s0
	v_cndmask_b16 v51.h, 0x2100, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 6, v59.l
	v_cmp_ne_u16_e64 s0, 6, v59.h
	v_cmp_ne_u16_e64 s1, 6, v60.l
	v_lshrrev_b32_e32 v68, 8, v49
	v_and_b16 v49.h, 0x8000, v53.l
	v_lshlrev_b16 v53.l, 7, v62.l
	v_lshlrev_b16 v54.l, 7, v67.l
	v_cndmask_b16 v52.l, 0x2100, v52.l, s2
	v_cmp_ne_u16_e64 s2, 6, v60.h
	v_cndmask_b16 v50.h, 0x2200, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x2200, v51.l, s0
	v_cndmask_b16 v51.h, 0x2200, v51.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 7, v59.l
	v_cmp_ne_u16_e64 s0, 7, v59.h
	v_cmp_ne_u16_e64 s1, 7, v60.l
	v_lshlrev_b16 v54.h, 7, v68.l
	v_lshlrev_b16 v59.l, 7, v49.l
	v_and_b16 v53.l, 0x3f80, v53.l
	v_and_b16 v54.l, 0x3f80, v54.l
	v_and_b16 v59.h, 0x7f, v62.l
	v_and_b16 v60.l, 0x7f, v67.l
	v_lshlrev_b16 v52.h, 8, v61.l
	v_cndmask_b16 v52.l, 0x2200, v52.l, s2
	v_cmp_ne_u16_e64 s2, 7, v60.h
	v_lshlrev_b16 v50.l, 8, v50.l
	v_cndmask_b16 v50.h, 0x2300, v50.h, vcc_lo
	v_cndmask_b16 v51.l, 0x2300, v51.l, s0
	v_and_b16 v54.h, 0x3f80, v54.h
	v_and_b16 v59.l, 0x3f80, v59.l
	v_and_b16 v60.h, 0x7f, v68.l
	v_and_b16 v61.l, 0x7f, v49.l
	v_add_nc_u16 v53.l, 0x2000, v53.l
	v_add_nc_u16 v54.l, 0x2000, v54.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v59.h
	v_cmp_ne_u16_e64 s0, 0x7f, v60.l
	v_cndmask_b16 v51.h, 0x2300, v51.h, s1
	v_cndmask_b16 v52.l, 0x2300, v52.l, s2
	v_add_nc_u16 v54.h, 0x2000, v54.h
	v_add_nc_u16 v59.l, 0x2000, v59.l
	v_cmp_ne_u16_e64 s1, 0x7f, v60.h
	v_cmp_ne_u16_e64 s2, 0x7f, v61.l
	v_and_b16 v50.l, 0x8000, v50.l
	v_cndmask_b16 v61.h, 0x7e00, v53.l, vcc_lo
	v_cndmask_b16 v54.l, 0x7e00, v54.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v59.h
	v_cmp_ne_u16_e64 s0, 0, v60.l
	v_and_b16 v53.h, 0x8000, v53.h
	v_cndmask_b16 v54.h, 0x7e00, v54.h, s1
	v_cndmask_b16 v59.l, 0x7e00, v59.l, s2
	v_cmp_ne_u16_e64 s1, 0, v60.h
	v_cmp_ne_u16_e64 s2, 0, v61.l
	v_or_b16 v53.l, v52.l, v50.l
	v_cndmask_b16 v50.l, 0, v61.h, vcc_lo
	v_cndmask_b16 v52.l, 0, v54.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v59.h
	v_cmp_ne_u16_e64 s0, 1, v60.l
	v_and_b16 v52.h, 0x8000, v52.h
	v_cndmask_b16 v54.l, 0, v54.h, s1
	v_cndmask_b16 v54.h, 0, v59.l, s2
	v_cmp_ne_u16_e64 s1, 1, v60.h
	v_cmp_ne_u16_e64 s2, 1, v61.l
	v_or_b16 v53.h, v51.h, v53.h
	v_cndmask_b16 v50.l, 0x1800, v50.l, vcc_lo
	v_cndmask_b16 v51.h, 0x1800, v52.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v59.h
	v_cmp_ne_u16_e64 s0, 2, v60.l
	v_cndmask_b16 v52.l, 0x1800, v54.l, s1
	v_cndmask_b16 v54.l, 0x1800, v54.h, s2
	v_cmp_ne_u16_e64 s1, 2, v60.h
	v_cmp_ne_u16_e64 s2, 2, v61.l
	v_or_b16 v54.h, v50.h, v52.h
	v_cndmask_b16 v50.l, 0x1c00, v50.l, vcc_lo
	v_cndmask_b16 v50.h, 0x1c00, v51.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v59.h
	v_cmp_ne_u16_e64 s0, 3, v60.l
	v_cndmask_b16 v51.h, 0x1c00, v52.l, s1
	v_cndmask_b16 v52.l, 0x1c00, v54.l, s2
	v_cmp_ne_u16_e64 s1, 3, v60.h
	v_cmp_ne_u16_e64 s2, 3, v61.l
	v_or_b16 v54.l, v51.l, v49.h
	v_cndmask_b16 v49.h, 0x1e00, v50.l, vcc_lo
	v_cndmask_b16 v50.l, 0x1e00, v50.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v59.h
	v_cmp_ne_u16_e64 s0, 4, v60.l
	v_cndmask_b16 v50.h, 0x1e00, v51.h, s1
	v_cndmask_b16 v51.l, 0x1e00, v52.l, s2
	v_cmp_ne_u16_e64 s1, 4, v60.h
	v_cmp_ne_u16_e64 s2, 4, v61.l
	v_cndmask_b16 v49.h, 0x2000, v49.h, vcc_lo
	v_cndmask_b16 v50.l, 0x2000, v50.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v59.h
	v_cmp_ne_u16_e64 s0, 5, v60.l
	v_lshlrev_b16 v51.h, 8, v62.l
	v_cndmask_b16 v50.h, 0x2000, v50.h, s1
	v_cndmask_b16 v51.l, 0x2000, v51.l, s2
	v_cmp_ne_u16_e64 s1, 5, v60.h
	v_cmp_ne_u16_e64 s2, 5, v61.l
	v_lshlrev_b16 v52.l, 8, v67.l
	v_cndmask_b16 v49.h, 0x2100, v49.h, vcc_lo
	v_cndmask_b16 v50.l, 0x2100, v50.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v59.h
	v_cmp_ne_u16_e64 s0, 6, v60.l
	v_lshlrev_b16 v52.h, 8, v68.l
	v_lshrrev_b32_e32 v67, 24, v48
	v_lshrrev_b32_e32 v68, 16, v48
	v_lshrrev_b32_e32 v69, 8, v48
	v_cndmask_b16 v50.h, 0x2100, v50.h, s1
	v_cndmask_b16 v51.l, 0x2100, v51.l, s2
	v_cmp_ne_u16_e64 s1, 6, v60.h
	v_cmp_ne_u16_e64 s2, 6, v61.l
	v_cndmask_b16 v49.h, 0x2200, v49.h, vcc_lo
	v_cndmask_b16 v50.l, 0x2200, v50.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v59.h
	v_cmp_ne_u16_e64 s0, 7, v60.l
	v_and_b16 v48.h, 0x8000, v52.l
	v_and_b16 v52.l, 0x8000, v51.h
	v_lshlrev_b16 v51.h, 7, v67.l
	v_lshlrev_b16 v59.l, 7, v68.l
	v_lshlrev_b16 v59.h, 7, v69.l
	v_lshlrev_b16 v60.l, 7, v48.l
	v_cndmask_b16 v50.h, 0x2200, v50.h, s1
	v_cndmask_b16 v51.l, 0x2200, v51.l, s2
	v_cmp_ne_u16_e64 s1, 7, v60.h
	v_cmp_ne_u16_e64 s2, 7, v61.l
	v_and_b16 v51.h, 0x3f80, v51.h
	v_and_b16 v59.l, 0x3f80, v59.l
	v_and_b16 v59.h, 0x3f80, v59.h
	v_and_b16 v60.l, 0x3f80, v60.l
	v_and_b16 v60.h, 0x7f, v67.l
	v_and_b16 v61.l, 0x7f, v68.l
	v_and_b16 v61.h, 0x7f, v69.l
	v_and_b16 v62.l, 0x7f, v48.l
	v_lshlrev_b16 v49.l, 8, v49.l
	v_cndmask_b16 v49.h, 0x2300, v49.h, vcc_lo
	v_cndmask_b16 v50.l, 0x2300, v50.l, s0
	v_cndmask_b16 v50.h, 0x2300, v50.h, s1
	v_cndmask_b16 v51.l, 0x2300, v51.l, s2
	v_add_nc_u16 v51.h, 0x2000, v51.h
	v_add_nc_u16 v59.l, 0x2000, v59.l
	v_add_nc_u16 v59.h, 0x2000, v59.h
	v_add_nc_u16 v60.l, 0x2000, v60.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v60.h
	v_cmp_ne_u16_e64 s0, 0x7f, v61.l
	v_cmp_ne_u16_e64 s1, 0x7f, v61.h
	v_cmp_ne_u16_e64 s2, 0x7f, v62.l
	v_and_b16 v49.l, 0x8000, v49.l
	v_cndmask_b16 v51.h, 0x7e00, v51.h, vcc_lo
	v_cndmask_b16 v59.l, 0x7e00, v59.l, s0
	v_cndmask_b16 v59.h, 0x7e00, v59.h, s1
	v_cndmask_b16 v60.l, 0x7e00, v60.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v60.h
	v_cmp_ne_u16_e64 s0, 0, v61.l
	v_cmp_ne_u16_e64 s1, 0, v61.h
	v_cmp_ne_u16_e64 s2, 0, v62.l
	v_and_b16 v52.h, 0x8000, v52.h
	v_or_b16 v51.l, v51.l, v49.l
	v_cndmask_b16 v49.l, 0, v51.h, vcc_lo
	v_cndmask_b16 v59.l, 0, v59.l, s0
	v_cndmask_b16 v59.h, 0, v59.h, s1
	v_cndmask_b16 v60.l, 0, v60.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v60.h
	v_cmp_ne_u16_e64 s0, 1, v61.l
	v_cmp_ne_u16_e64 s1, 1, v61.h
	v_cmp_ne_u16_e64 s2, 1, v62.l
	v_or_b16 v51.h, v50.h, v52.h
	v_cndmask_b16 v49.l, 0x1800, v49.l, vcc_lo
	v_cndmask_b16 v50.h, 0x1800, v59.l, s0
	v_cndmask_b16 v59.l, 0x1800, v59.h, s1
	v_cndmask_b16 v59.h, 0x1800, v60.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v60.h
	v_cmp_ne_u16_e64 s0, 2, v61.l
	v_cmp_ne_u16_e64 s1, 2, v61.h
	v_cmp_ne_u16_e64 s2, 2, v62.l
	v_or_b16 v52.h, v49.h, v52.l
	v_cndmask_b16 v49.l, 0x1c00, v49.l, vcc_lo
	v_cndmask_b16 v49.h, 0x1c00, v50.h, s0
	v_cndmask_b16 v50.h, 0x1c00, v59.l, s1
	v_cndmask_b16 v59.l, 0x1c00, v59.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v60.h
	v_cmp_ne_u16_e64 s0, 3, v61.l
	v_cmp_ne_u16_e64 s2, 3, v62.l
	v_or_b16 v52.l, v50.l, v48.h
	v_cmp_ne_u16_e64 s1, 3, v61.h
	v_cndmask_b16 v48.h, 0x1e00, v49.l, vcc_lo
	v_cndmask_b16 v49.l, 0x1e00, v49.h, s0
	v_cndmask_b16 v50.l, 0x1e00, v59.l, s2
	v_cmp_ne_u16_e64 s0, 4, v61.l
	v_cmp_ne_u16_e64 s2, 4, v62.l
	v_cndmask_b16 v49.h, 0x1e00, v50.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 4, v60.h
	v_cmp_ne_u16_e64 s1, 4, v61.h
	v_cndmask_b16 v49.l, 0x2000, v49.l, s0
	v_cndmask_b16 v50.l, 0x2000, v50.l, s2
	v_cmp_ne_u16_e64 s0, 5, v61.l
	v_cmp_ne_u16_e64 s2, 5, v62.l
	v_cndmask_b16 v48.h, 0x2000, v48.h, vcc_lo
	v_cndmask_b16 v49.h, 0x2000, v49.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 5, v60.h
	v_cndmask_b16 v49.l, 0x2100, v49.l, s0
	v_cndmask_b16 v50.l, 0x2100, v50.l, s2
	v_cmp_ne_u16_e64 s0, 6, v61.l
	v_cmp_ne_u16_e64 s2, 6, v62.l
	v_cmp_ne_u16_e64 s1, 5, v61.h
	v_lshlrev_b16 v59.l, 8, v68.l
	v_lshrrev_b32_e32 v68, 24, v47
	v_cndmask_b16 v49.l, 0x2200, v49.l, s0
	v_cndmask_b16 v50.l, 0x2200, v50.l, s2
	v_cmp_ne_u16_e64 s0, 7, v61.l
	v_cmp_ne_u16_e64 s2, 7, v62.l
	v_lshlrev_b16 v50.h, 8, v67.l
	v_cndmask_b16 v48.h, 0x2100, v48.h, vcc_lo
	v_cndmask_b16 v49.h, 0x2100, v49.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 6, v60.h
	v_cmp_ne_u16_e64 s1, 6, v61.h
	v_lshlrev_b16 v59.h, 8, v69.l
	v_cndmask_b16 v60.l, 0x2300, v49.l, s0
	v_cndmask_b16 v49.l, 0x2300, v50.l, s2
	v_and_b16 v50.l, 0x8000, v59.l
	v_lshrrev_b32_e32 v69, 16, v47
	v_lshlrev_b16 v59.l, 7, v68.l
	v_cndmask_b16 v48.h, 0x2200, v48.h, vcc_lo
	v_cndmask_b16 v49.h, 0x2200, v49.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 7, v60.h
	v_cmp_ne_u16_e64 s1, 7, v61.h
	v_lshrrev_b32_e32 v70, 8, v47
	v_and_b16 v47.h, 0x8000, v50.h
	v_and_b16 v50.h, 0x8000, v59.h
	v_lshlrev_b16 v59.h, 7, v69.l
	v_and_b16 v59.l, 0x3f80, v59.l
	v_and_b16 v61.h, 0x7f, v68.l
	v_lshlrev_b16 v48.l, 8, v48.l
	v_cndmask_b16 v48.h, 0x2300, v48.h, vcc_lo
	v_and_b16 v59.h, 0x3f80, v59.h
	v_and_b16 v62.l, 0x7f, v69.l
	v_add_nc_u16 v59.l, 0x2000, v59.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v61.h
	v_lshlrev_b16 v60.h, 7, v70.l
	v_and_b16 v48.l, 0x8000, v48.l
	v_add_nc_u16 v59.h, 0x2000, v59.h
	v_lshlrev_b16 v61.l, 7, v47.l
	v_cndmask_b16 v59.l, 0x7e00, v59.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v62.l
	v_and_b16 v60.h, 0x3f80, v60.h
	v_and_b16 v62.h, 0x7f, v70.l
	v_or_b16 v49.l, v49.l, v48.l
	v_cndmask_b16 v49.h, 0x2300, v49.h, s1
	v_cndmask_b16 v48.l, 0x7e00, v59.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v62.l
	v_and_b16 v61.l, 0x3f80, v61.l
	v_and_b16 v67.l, 0x7f, v47.l
	v_add_nc_u16 v60.h, 0x2000, v60.h
	v_cmp_ne_u16_e64 s0, 0x7f, v62.h
	v_cmp_ne_u16_e64 s2, 0, v61.h
	v_cndmask_b16 v48.l, 0, v48.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v62.l
	v_add_nc_u16 v61.l, 0x2000, v61.l
	v_cmp_ne_u16_e64 s1, 0x7f, v67.l
	v_cndmask_b16 v59.h, 0x7e00, v60.h, s0
	v_cndmask_b16 v59.l, 0, v59.l, s2
	v_cmp_ne_u16_e64 s0, 0, v62.h
	v_cmp_ne_u16_e64 s2, 1, v61.h
	v_or_b16 v49.h, v49.h, v50.h
	v_or_b16 v50.h, v48.h, v47.h
	v_cndmask_b16 v47.h, 0x1800, v48.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v62.l
	v_cndmask_b16 v60.h, 0x7e00, v61.l, s1
	v_cmp_ne_u16_e64 s1, 0, v67.l
	v_cndmask_b16 v59.h, 0, v59.h, s0
	v_cndmask_b16 v59.l, 0x1800, v59.l, s2
	v_cmp_ne_u16_e64 s0, 1, v62.h
	v_cmp_ne_u16_e64 s2, 2, v61.h
	v_cndmask_b16 v47.h, 0x1c00, v47.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v62.l
	v_cndmask_b16 v60.h, 0, v60.h, s1
	v_cmp_ne_u16_e64 s1, 1, v67.l
	v_cndmask_b16 v48.l, 0x1800, v59.h, s0
	v_cndmask_b16 v59.l, 0x1c00, v59.l, s2
	v_cmp_ne_u16_e64 s0, 2, v62.h
	v_cmp_ne_u16_e64 s2, 3, v61.h
	v_cndmask_b16 v47.h, 0x1e00, v47.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v62.l
	v_cndmask_b16 v48.h, 0x1800, v60.h, s1
	v_cmp_ne_u16_e64 s1, 2, v67.l
	v_cndmask_b16 v48.l, 0x1c00, v48.l, s0
	v_cndmask_b16 v59.l, 0x1e00, v59.l, s2
	v_cmp_ne_u16_e64 s0, 3, v62.h
	v_cmp_ne_u16_e64 s2, 4, v61.h
	v_cndmask_b16 v47.h, 0x2000, v47.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v62.l
	v_cndmask_b16 v48.h, 0x1c00, v48.h, s1
	v_cmp_ne_u16_e64 s1, 3, v67.l
	v_cndmask_b16 v48.l, 0x1e00, v48.l, s0
	v_cndmask_b16 v59.l, 0x2000, v59.l, s2
	v_cmp_ne_u16_e64 s0, 4, v62.h
	v_cmp_ne_u16_e64 s2, 5, v61.h
	v_cndmask_b16 v47.h, 0x2100, v47.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v62.l
	v_or_b16 v50.l, v60.l, v50.l
	v_cndmask_b16 v48.h, 0x1e00, v48.h, s1
	v_cmp_ne_u16_e64 s1, 4, v67.l
	v_lshlrev_b16 v60.l, 8, v69.l
	v_cndmask_b16 v48.l, 0x2000, v48.l, s0
	v_cndmask_b16 v59.l, 0x2100, v59.l, s2
	v_cmp_ne_u16_e64 s0, 5, v62.h
	v_cmp_ne_u16_e64 s2, 6, v61.h
	v_lshlrev_b16 v61.l, 8, v47.l
	v_cndmask_b16 v47.l, 0x2200, v47.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v62.l
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v69, 24, v58
	v_cndmask_b16 v48.h, 0x2000, v48.h, s1
	v_cmp_ne_u16_e64 s1, 5, v67.l
	v_lshlrev_b16 v60.h, 8, v70.l
	v_cndmask_b16 v48.l, 0x2100, v48.l, s0
	v_cndmask_b16 v59.l, 0x2200, v59.l, s2
	v_cmp_ne_u16_e64 s0, 6, v62.h
	v_cmp_ne_u16_e64 s2, 7, v61.h
	v_lshrrev_b32_e32 v70, 16, v58
	v_lshrrev_b32_e32 v78, 8, v58
	v_cndmask_b16 v75.l, 0x2300, v47.l, vcc_lo
	v_lshlrev_b16 v47.l, 7, v69.l
	v_cndmask_b16 v48.h, 0x2100, v48.h, s1
	v_cmp_ne_u16_e64 s1, 6, v67.l
	v_cndmask_b16 v47.h, 0x2200, v48.l, s0
	v_cndmask_b16 v48.l, 0x2300, v59.l, s2
	v_cmp_ne_u16_e64 s0, 7, v62.h
	v_lshlrev_b16 v58.h, 7, v70.l
	v_lshlrev_b16 v59.l, 7, v78.l
	v_lshlrev_b16 v61.h, 7, v58.l
	v_and_b16 v47.l, 0x3f80, v47.l
	v_and_b16 v62.l, 0x7f, v69.l
	v_lshlrev_b16 v59.h, 8, v68.l
	v_cndmask_b16 v48.h, 0x2200, v48.h, s1
	v_cndmask_b16 v47.h, 0x2300, v47.h, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v67.l
	v_and_b16 v58.h, 0x3f80, v58.h
	v_and_b16 v59.l, 0x3f80, v59.l
	v_and_b16 v61.h, 0x3f80, v61.h
	v_and_b16 v62.h, 0x7f, v70.l
	v_and_b16 v67.l, 0x7f, v78.l
	v_and_b16 v67.h, 0x7f, v58.l
	v_add_nc_u16 v68.l, 0x2000, v47.l
	v_cmp_ne_u16_e64 s0, 0x7f, v62.l
	v_add_nc_u16 v58.h, 0x2000, v58.h
	v_add_nc_u16 v59.l, 0x2000, v59.l
	v_add_nc_u16 v61.h, 0x2000, v61.h
	v_cmp_ne_u16_e64 s1, 0x7f, v62.h
	v_cmp_ne_u16_e64 s2, 0x7f, v67.l
	v_cmp_ne_u16_e64 s3, 0x7f, v67.h
	v_cndmask_b16 v47.l, 0x2300, v48.h, vcc_lo
	v_cndmask_b16 v48.h, 0x7e00, v68.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v62.l
	v_cndmask_b16 v58.h, 0x7e00, v58.h, s1
	v_cndmask_b16 v59.l, 0x7e00, v59.l, s2
	v_cndmask_b16 v61.h, 0x7e00, v61.h, s3
	v_cmp_ne_u16_e64 s0, 0, v62.h
	v_cmp_ne_u16_e64 s1, 0, v67.l
	v_cmp_ne_u16_e64 s2, 0, v67.h
	v_and_b16 v75.h, 0x8000, v60.l
	v_cndmask_b16 v60.l, 0, v48.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v62.l
	v_cndmask_b16 v58.h, 0, v58.h, s0
	v_cndmask_b16 v59.l, 0, v59.l, s1
	v_cndmask_b16 v61.h, 0, v61.h, s2
	v_cmp_ne_u16_e64 s0, 1, v62.h
	v_cmp_ne_u16_e64 s1, 1, v67.l
	v_cmp_ne_u16_e64 s2, 1, v67.h
	v_and_b16 v48.h, 0x8000, v59.h
	v_cndmask_b16 v59.h, 0x1800, v60.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v62.l
	v_cndmask_b16 v58.h, 0x1800, v58.h, s0
	v_cndmask_b16 v59.l, 0x1800, v59.l, s1
	v_cndmask_b16 v60.l, 0x1800, v61.h, s2
	v_cmp_ne_u16_e64 s0, 2, v62.h
	v_cmp_ne_u16_e64 s1, 2, v67.l
	v_cmp_ne_u16_e64 s2, 2, v67.h
	v_cndmask_b16 v59.h, 0x1c00, v59.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v62.l
	v_cndmask_b16 v58.h, 0x1c00, v58.h, s0
	v_cndmask_b16 v59.l, 0x1c00, v59.l, s1
	v_cndmask_b16 v60.l, 0x1c00, v60.l, s2
	v_cmp_ne_u16_e64 s0, 3, v62.h
	v_cmp_ne_u16_e64 s1, 3, v67.l
	v_cmp_ne_u16_e64 s2, 3, v67.h
	v_cndmask_b16 v59.h, 0x1e00, v59.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v62.l
	v_cndmask_b16 v58.h, 0x1e00, v58.h, s0
	v_cndmask_b16 v59.l, 0x1e00, v59.l, s1
	v_cndmask_b16 v60.l, 0x1e00, v60.l, s2
	v_cmp_ne_u16_e64 s0, 4, v62.h
	v_cmp_ne_u16_e64 s1, 4, v67.l
	v_cmp_ne_u16_e64 s2, 4, v67.h
	v_cndmask_b16 v59.h, 0x2000, v59.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v62.l
	v_and_b16 v76.h, 0x8000, v61.l
	v_cndmask_b16 v58.h, 0x2000, v58.h, s0
	v_cndmask_b16 v59.l, 0x2000, v59.l, s1
	v_cndmask_b16 v60.l, 0x2000, v60.l, s2
	v_cmp_ne_u16_e64 s0, 5, v62.h
	v_cmp_ne_u16_e64 s1, 5, v67.l
	v_cmp_ne_u16_e64 s2, 5, v67.h
	v_lshlrev_b16 v61.l, 8, v70.l
	v_cndmask_b16 v59.h, 0x2100, v59.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v62.l
	v_lshlrev_b16 v61.h, 8, v78.l
	v_lshrrev_b32_e32 v70, 24, v57
	v_lshrrev_b32_e32 v78, 16, v57
	v_cndmask_b16 v58.h, 0x2100, v58.h, s0
	v_cndmask_b16 v59.l, 0x2100, v59.l, s1
	v_cndmask_b16 v60.l, 0x2100, v60.l, s2
	v_cmp_ne_u16_e64 s0, 6, v62.h
	v_cmp_ne_u16_e64 s1, 6, v67.l
	v_cmp_ne_u16_e64 s2, 6, v67.h
	v_cndmask_b16 v59.h, 0x2200, v59.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v62.l
	v_lshrrev_b32_e32 v79, 8, v57
	v_and_b16 v57.h, 0x8000, v61.l
	v_lshlrev_b16 v61.l, 7, v70.l
	v_lshlrev_b16 v62.l, 7, v78.l
	v_cndmask_b16 v58.h, 0x2200, v58.h, s0
	v_cndmask_b16 v59.l, 0x2200, v59.l, s1
	v_cndmask_b16 v60.l, 0x2200, v60.l, s2
	v_cmp_ne_u16_e64 s0, 7, v62.h
	v_cmp_ne_u16_e64 s1, 7, v67.l
	v_cmp_ne_u16_e64 s2, 7, v67.h
	v_lshlrev_b16 v62.h, 7, v79.l
	v_lshlrev_b16 v67.l, 7, v57.l
	v_and_b16 v61.l, 0x3f80, v61.l
	v_and_b16 v62.l, 0x3f80, v62.l
	v_and_b16 v67.h, 0x7f, v70.l
	v_and_b16 v68.l, 0x7f, v78.l
	v_and_b16 v76.l, 0x8000, v60.h
	v_lshlrev_b16 v60.h, 8, v69.l
	v_lshlrev_b16 v58.l, 8, v58.l
	v_cndmask_b16 v59.h, 0x2300, v59.h, vcc_lo
	v_cndmask_b16 v58.h, 0x2300, v58.h, s0
	v_and_b16 v62.h, 0x3f80, v62.h
	v_and_b16 v67.l, 0x3f80, v67.l
	v_and_b16 v68.h, 0x7f, v79.l
	v_and_b16 v69.l, 0x7f, v57.l
	v_add_nc_u16 v61.l, 0x2000, v61.l
	v_add_nc_u16 v62.l, 0x2000, v62.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v67.h
	v_cmp_ne_u16_e64 s0, 0x7f, v68.l
	v_cndmask_b16 v59.l, 0x2300, v59.l, s1
	v_cndmask_b16 v60.l, 0x2300, v60.l, s2
	v_add_nc_u16 v62.h, 0x2000, v62.h
	v_add_nc_u16 v67.l, 0x2000, v67.l
	v_cmp_ne_u16_e64 s1, 0x7f, v68.h
	v_cmp_ne_u16_e64 s2, 0x7f, v69.l
	v_and_b16 v58.l, 0x8000, v58.l
	v_cndmask_b16 v69.h, 0x7e00, v61.l, vcc_lo
	v_cndmask_b16 v62.l, 0x7e00, v62.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 0, v67.h
	v_cmp_ne_u16_e64 s0, 0, v68.l
	v_and_b16 v61.h, 0x8000, v61.h
	v_cndmask_b16 v62.h, 0x7e00, v62.h, s1
	v_cndmask_b16 v67.l, 0x7e00, v67.l, s2
	v_cmp_ne_u16_e64 s1, 0, v68.h
	v_cmp_ne_u16_e64 s2, 0, v69.l
	v_or_b16 v61.l, v60.l, v58.l
	v_cndmask_b16 v58.l, 0, v69.h, vcc_lo
	v_cndmask_b16 v60.l, 0, v62.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 1, v67.h
	v_cmp_ne_u16_e64 s0, 1, v68.l
	v_cndmask_b16 v62.l, 0, v62.h, s1
	v_cndmask_b16 v62.h, 0, v67.l, s2
	v_cmp_ne_u16_e64 s1, 1, v68.h
	v_cmp_ne_u16_e64 s2, 1, v69.l
	v_or_b16 v61.h, v59.l, v61.h
	v_cndmask_b16 v58.l, 0x1800, v58.l, vcc_lo
	v_cndmask_b16 v59.l, 0x1800, v60.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 2, v67.h
	v_cmp_ne_u16_e64 s0, 2, v68.l
	v_and_b16 v60.h, 0x8000, v60.h
	v_cndmask_b16 v60.l, 0x1800, v62.l, s1
	v_cndmask_b16 v62.l, 0x1800, v62.h, s2
	v_cmp_ne_u16_e64 s1, 2, v68.h
	v_cmp_ne_u16_e64 s2, 2, v69.l
	v_cndmask_b16 v58.l, 0x1c00, v58.l, vcc_lo
	v_cndmask_b16 v59.l, 0x1c00, v59.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 3, v67.h
	v_cmp_ne_u16_e64 s0, 3, v68.l
	v_or_b16 v62.h, v59.h, v60.h
	v_cndmask_b16 v59.h, 0x1c00, v60.l, s1
	v_cndmask_b16 v60.l, 0x1c00, v62.l, s2
	v_cmp_ne_u16_e64 s1, 3, v68.h
	v_cmp_ne_u16_e64 s2, 3, v69.l
	v_or_b16 v62.l, v58.h, v57.h
	v_cndmask_b16 v57.h, 0x1e00, v58.l, vcc_lo
	v_cndmask_b16 v58.l, 0x1e00, v59.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 4, v67.h
	v_cmp_ne_u16_e64 s0, 4, v68.l
	v_cndmask_b16 v58.h, 0x1e00, v59.h, s1
	v_cndmask_b16 v59.l, 0x1e00, v60.l, s2
	v_cmp_ne_u16_e64 s1, 4, v68.h
	v_cmp_ne_u16_e64 s2, 4, v69.l
	v_cndmask_b16 v57.h, 0x2000, v57.h, vcc_lo
	v_cndmask_b16 v58.l, 0x2000, v58.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 5, v67.h
	v_cmp_ne_u16_e64 s0, 5, v68.l
	v_lshlrev_b16 v59.h, 8, v70.l
	v_cndmask_b16 v58.h, 0x2000, v58.h, s1
	v_cndmask_b16 v59.l, 0x2000, v59.l, s2
	v_cmp_ne_u16_e64 s1, 5, v68.h
	v_cmp_ne_u16_e64 s2, 5, v69.l
	v_lshlrev_b16 v60.l, 8, v78.l
	v_cndmask_b16 v57.h, 0x2100, v57.h, vcc_lo
	v_cndmask_b16 v58.l, 0x2100, v58.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 6, v67.h
	v_cmp_ne_u16_e64 s0, 6, v68.l
	v_lshlrev_b16 v60.h, 8, v79.l
	v_lshrrev_b32_e32 v78, 24, v56
	v_lshrrev_b32_e32 v79, 16, v56
	v_lshrrev_b32_e32 v80, 8, v56
	v_cndmask_b16 v58.h, 0x2100, v58.h, s1
	v_cndmask_b16 v59.l, 0x2100, v59.l, s2
	v_cmp_ne_u16_e64 s1, 6, v68.h
	v_cmp_ne_u16_e64 s2, 6, v69.l
	v_cndmask_b16 v57.h, 0x2200, v57.h, vcc_lo
	v_cndmask_b16 v58.l, 0x2200, v58.l, s0
	v_cmp_ne_u16_e32 vcc_lo, 7, v67.h
	v_cmp_ne_u16_e64 s0, 7, v68.l
	v_and_b16 v56.h, 0x8000, v60.l
	v_and_b16 v60.l, 0x8000, v59.h
	v_lshlrev_b16 v59.h, 7, v78.l
	v_lshlrev_b16 v67.l, 7, v79.l
	v_lshlrev_b16 v67.h, 7, v80.l
	v_lshlrev_b16 v68.l, 7, v56.l
	v_cndmask_b16 v58.h, 0x2200, v58.h, s1
	v_cndmask_b16 v59.l, 0x2200, v59.l, s2
	v_cmp_ne_u16_e64 s1, 7, v68.h
	v_cmp_ne_u16_e64 s2, 7, v69.l
	v_and_b16 v59.h, 0x3f80, v59.h
	v_and_b16 v67.l, 0x3f80, v67.l
	v_and_b16 v67.h, 0x3f80, v67.h
	v_and_b16 v68.l, 0x3f80, v68.l
	v_and_b16 v68.h, 0x7f, v78.l
	v_and_b16 v69.l, 0x7f, v79.l
	v_and_b16 v69.h, 0x7f, v80.l
	v_and_b16 v70.l, 0x7f, v56.l
	v_lshlrev_b16 v57.l, 8, v57.l
	v_cndmask_b16 v57.h, 0x2300, v57.h, vcc_lo
	v_cndmask_b16 v58.l, 0x2300, v58.l, s0
	v_cndmask_b16 v58.h, 0x2300, v58.h, s1
	v_cndmask_b16 v59.l, 0x2300, v59.l, s2
	v_add_nc_u16 v59.h, 0x2000, v59.h
	v_add_nc_u16 v67.l, 0x2000, v67.l
	v_add_nc_u16 v67.h, 0x2000, v67.h
	v_add_nc_u16 v68.l, 0x2000, v68.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v68.h
	v_cmp_ne_u16_e64 s0, 0x7f, v69.l
	v_cmp_ne_u16_e64 s1, 0x7f, v69.h
	v_cmp_ne_u16_e64 s2, 0x7f, v70.l
	v_and_b16 v57.l, 0x8000, v57.l
	v_cndmask_b16 v59.h, 0x7e00, v59.h, vcc_lo
	v_cndmask_b16 v67.l, 0x7e00, v67.l, s0
	v_cndmask_b16 v67.h, 0x7e00, v67.h, s1
	v_cndmask_b16 v68.l, 0x7e00, v68.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v68.h
	v_cmp_ne_u16_e64 s0, 0, v69.l
	v_cmp_ne_u16_e64 s1, 0, v69.h
	v_cmp_ne_u16_e64 s2, 0, v70.l
	v_and_b16 v60.h, 0x8000, v60.h
	v_or_b16 v59.l, v59.l, v57.l
	v_cndmask_b16 v57.l, 0, v59.h, vcc_lo
	v_cndmask_b16 v67.l, 0, v67.l, s0
	v_cndmask_b16 v67.h, 0, v67.h, s1
	v_cndmask_b16 v68.l, 0, v68.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v68.h
	v_cmp_ne_u16_e64 s0, 1, v69.l
	v_cmp_ne_u16_e64 s1, 1, v69.h
	v_cmp_ne_u16_e64 s2, 1, v70.l
	v_or_b16 v59.h, v58.h, v60.h
	v_cndmask_b16 v57.l, 0x1800, v57.l, vcc_lo
	v_cndmask_b16 v58.h, 0x1800, v67.l, s0
	v_cndmask_b16 v67.l, 0x1800, v67.h, s1
	v_cndmask_b16 v67.h, 0x1800, v68.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v68.h
	v_cmp_ne_u16_e64 s0, 2, v69.l
	v_cmp_ne_u16_e64 s1, 2, v69.h
	v_cmp_ne_u16_e64 s2, 2, v70.l
	v_or_b16 v60.h, v57.h, v60.l
	v_cndmask_b16 v57.l, 0x1c00, v57.l, vcc_lo
	v_cndmask_b16 v57.h, 0x1c00, v58.h, s0
	v_cndmask_b16 v58.h, 0x1c00, v67.l, s1
	v_cndmask_b16 v67.l, 0x1c00, v67.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v68.h
	v_cmp_ne_u16_e64 s0, 3, v69.l
	v_cmp_ne_u16_e64 s2, 3, v70.l
	v_or_b16 v60.l, v58.l, v56.h
	v_cmp_ne_u16_e64 s1, 3, v69.h
	v_cndmask_b16 v56.h, 0x1e00, v57.l, vcc_lo
	v_cndmask_b16 v57.l, 0x1e00, v57.h, s0
	v_cndmask_b16 v58.l, 0x1e00, v67.l, s2
	v_cmp_ne_u16_e64 s0, 4, v69.l
	v_cmp_ne_u16_e64 s2, 4, v70.l
	v_cmp_ne_u16_e32 vcc_lo, 4, v68.h
	v_cndmask_b16 v57.h, 0x1e00, v58.h, s1
	v_cmp_ne_u16_e64 s1, 4, v69.h
	v_cndmask_b16 v57.l, 0x2000, v57.l, s0
	v_cndmask_b16 v58.l, 0x2000, v58.l, s2
	v_cmp_ne_u16_e64 s0, 5, v69.l
	v_cmp_ne_u16_e64 s2, 5, v70.l
	v_cndmask_b16 v56.h, 0x2000, v56.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v68.h
	v_lshlrev_b16 v58.h, 8, v78.l
	v_cndmask_b16 v57.l, 0x2100, v57.l, s0
	v_cndmask_b16 v58.l, 0x2100, v58.l, s2
	v_cmp_ne_u16_e64 s0, 6, v69.l
	v_cmp_ne_u16_e64 s2, 6, v70.l
	v_cndmask_b16 v57.h, 0x2000, v57.h, s1
	v_cmp_ne_u16_e64 s1, 5, v69.h
	v_lshlrev_b16 v67.l, 8, v79.l
	v_cndmask_b16 v56.h, 0x2100, v56.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v68.h
	v_lshlrev_b16 v67.h, 8, v80.l
	v_cndmask_b16 v57.l, 0x2200, v57.l, s0
	v_cndmask_b16 v58.l, 0x2200, v58.l, s2
	v_cmp_ne_u16_e64 s0, 7, v69.l
	v_cmp_ne_u16_e64 s2, 7, v70.l
	v_lshrrev_b32_e32 v79, 24, v55
	v_lshrrev_b32_e32 v80, 16, v55
	v_lshrrev_b32_e32 v81, 8, v55
	v_cndmask_b16 v57.h, 0x2100, v57.h, s1
	v_cmp_ne_u16_e64 s1, 6, v69.h
	v_cndmask_b16 v56.h, 0x2200, v56.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v68.h
	v_cndmask_b16 v68.l, 0x2300, v57.l, s0
	v_cndmask_b16 v57.l, 0x2300, v58.l, s2
	v_and_b16 v55.h, 0x8000, v67.l
	v_and_b16 v58.l, 0x8000, v58.h
	v_lshlrev_b16 v58.h, 7, v79.l
	v_lshlrev_b16 v67.l, 7, v80.l
	v_lshlrev_b16 v68.h, 7, v81.l
	v_lshlrev_b16 v69.l, 7, v55.l
	v_cndmask_b16 v57.h, 0x2200, v57.h, s1
	v_cmp_ne_u16_e64 s1, 7, v69.h
	v_and_b16 v58.h, 0x3f80, v58.h
	v_and_b16 v67.l, 0x3f80, v67.l
	v_and_b16 v68.h, 0x3f80, v68.h
	v_and_b16 v69.l, 0x3f80, v69.l
	v_and_b16 v69.h, 0x7f, v79.l
	v_and_b16 v70.l, 0x7f, v80.l
	v_and_b16 v70.h, 0x7f, v81.l
	v_and_b16 v78.l, 0x7f, v55.l
	v_lshlrev_b16 v56.l, 8, v56.l
	v_cndmask_b16 v56.h, 0x2300, v56.h, vcc_lo
	v_cndmask_b16 v57.h, 0x2300, v57.h, s1
	v_add_nc_u16 v58.h, 0x2000, v58.h
	v_add_nc_u16 v67.l, 0x2000, v67.l
	v_add_nc_u16 v68.h, 0x2000, v68.h
	v_add_nc_u16 v69.l, 0x2000, v69.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v69.h
	v_cmp_ne_u16_e64 s0, 0x7f, v70.l
	v_cmp_ne_u16_e64 s1, 0x7f, v70.h
	v_cmp_ne_u16_e64 s2, 0x7f, v78.l
	v_and_b16 v56.l, 0x8000, v56.l
	v_cndmask_b16 v58.h, 0x7e00, v58.h, vcc_lo
	v_cndmask_b16 v67.l, 0x7e00, v67.l, s0
	v_cndmask_b16 v68.h, 0x7e00, v68.h, s1
	v_cndmask_b16 v69.l, 0x7e00, v69.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v69.h
	v_cmp_ne_u16_e64 s0, 0, v70.l
	v_cmp_ne_u16_e64 s1, 0, v70.h
	v_cmp_ne_u16_e64 s2, 0, v78.l
	v_and_b16 v67.h, 0x8000, v67.h
	v_or_b16 v57.l, v57.l, v56.l
	v_cndmask_b16 v56.l, 0, v58.h, vcc_lo
	v_cndmask_b16 v58.h, 0, v67.l, s0
	v_cndmask_b16 v67.l, 0, v68.h, s1
	v_cndmask_b16 v68.h, 0, v69.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v69.h
	v_cmp_ne_u16_e64 s0, 1, v70.l
	v_cmp_ne_u16_e64 s1, 1, v70.h
	v_cmp_ne_u16_e64 s2, 1, v78.l
	v_or_b16 v57.h, v57.h, v67.h
	v_cndmask_b16 v56.l, 0x1800, v56.l, vcc_lo
	v_cndmask_b16 v67.h, 0x1800, v58.h, s0
	v_cndmask_b16 v67.l, 0x1800, v67.l, s1
	v_cndmask_b16 v68.h, 0x1800, v68.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v69.h
	v_cmp_ne_u16_e64 s0, 2, v70.l
	v_cmp_ne_u16_e64 s1, 2, v70.h
	v_cmp_ne_u16_e64 s2, 2, v78.l
	v_or_b16 v58.h, v56.h, v58.l
	v_cndmask_b16 v56.l, 0x1c00, v56.l, vcc_lo
	v_cndmask_b16 v56.h, 0x1c00, v67.h, s0
	v_cndmask_b16 v67.l, 0x1c00, v67.l, s1
	v_cndmask_b16 v67.h, 0x1c00, v68.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v69.h
	v_cmp_ne_u16_e64 s0, 3, v70.l
	v_cmp_ne_u16_e64 s1, 3, v70.h
	v_cmp_ne_u16_e64 s2, 3, v78.l
	v_or_b16 v58.l, v68.l, v55.h
	v_cndmask_b16 v55.h, 0x1e00, v56.l, vcc_lo
	v_cndmask_b16 v56.l, 0x1e00, v56.h, s0
	v_cndmask_b16 v56.h, 0x1e00, v67.l, s1
	v_cndmask_b16 v67.l, 0x1e00, v67.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v69.h
	v_cmp_ne_u16_e64 s1, 4, v70.h
	v_cmp_ne_u16_e64 s2, 4, v78.l
	v_cmp_ne_u16_e64 s0, 4, v70.l
	v_lshlrev_b16 v68.l, 8, v80.l
	v_cndmask_b16 v55.h, 0x2000, v55.h, vcc_lo
	v_cndmask_b16 v56.h, 0x2000, v56.h, s1
	v_cndmask_b16 v67.l, 0x2000, v67.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v69.h
	v_cmp_ne_u16_e64 s1, 5, v70.h
	v_cmp_ne_u16_e64 s2, 5, v78.l
	v_lshrrev_b32_e32 v80, 24, v66
	v_lshlrev_b16 v67.h, 8, v79.l
	v_cndmask_b16 v55.h, 0x2100, v55.h, vcc_lo
	v_cndmask_b16 v56.h, 0x2100, v56.h, s1
	v_cndmask_b16 v67.l, 0x2100, v67.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v69.h
	v_cmp_ne_u16_e64 s1, 6, v70.h
	v_cmp_ne_u16_e64 s2, 6, v78.l
	v_cndmask_b16 v56.l, 0x2000, v56.l, s0
	v_cmp_ne_u16_e64 s0, 5, v70.l
	v_cndmask_b16 v55.h, 0x2200, v55.h, vcc_lo
	v_cndmask_b16 v56.h, 0x2200, v56.h, s1
	v_cndmask_b16 v67.l, 0x2200, v67.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v69.h
	v_cmp_ne_u16_e64 s1, 7, v70.h
	v_cmp_ne_u16_e64 s2, 7, v78.l
	v_lshlrev_b16 v68.h, 8, v81.l
	v_lshrrev_b32_e32 v81, 16, v66
	v_cndmask_b16 v78.l, 0x2300, v55.h, vcc_lo
	v_cndmask_b16 v55.h, 0x2300, v56.h, s1
	v_cndmask_b16 v56.h, 0x2300, v67.l, s2
	v_lshlrev_b16 v67.l, 7, v80.l
	v_lshrrev_b32_e32 v82, 8, v66
	v_cndmask_b16 v56.l, 0x2100, v56.l, s0
	v_cmp_ne_u16_e64 s0, 6, v70.l
	v_and_b16 v78.h, 0x8000, v68.l
	v_and_b16 v79.l, 0x8000, v67.h
	v_lshlrev_b16 v67.h, 7, v81.l
	v_and_b16 v67.l, 0x3f80, v67.l
	v_lshlrev_b16 v68.l, 7, v82.l
	v_lshlrev_b16 v69.l, 7, v66.l
	v_and_b16 v70.h, 0x7f, v80.l
	v_cndmask_b16 v56.l, 0x2200, v56.l, s0
	v_cmp_ne_u16_e64 s0, 7, v70.l
	v_lshlrev_b16 v66.h, 8, v80.l
	v_and_b16 v67.h, 0x3f80, v67.h
	v_and_b16 v68.l, 0x3f80, v68.l
	v_lshlrev_b16 v70.l, 8, v66.l
	v_and_b16 v69.l, 0x3f80, v69.l
	v_and_b16 v80.l, 0x7f, v81.l
	v_and_b16 v80.h, 0x7f, v82.l
	v_and_b16 v66.l, 0x7f, v66.l
	v_add_nc_u16 v67.l, 0x2000, v67.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v70.h
	v_cndmask_b16 v56.l, 0x2300, v56.l, s0
	v_add_nc_u16 v67.h, 0x2000, v67.h
	v_add_nc_u16 v68.l, 0x2000, v68.l
	v_cmp_ne_u16_e64 s0, 0x7f, v80.l
	v_add_nc_u16 v69.l, 0x2000, v69.l
	v_cmp_ne_u16_e64 s1, 0x7f, v80.h
	v_cndmask_b16 v67.l, 0x7e00, v67.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v66.l
	v_cndmask_b16 v67.h, 0x7e00, v67.h, s0
	v_cmp_ne_u16_e64 s0, 0, v70.h
	v_cndmask_b16 v68.l, 0x7e00, v68.l, s1
	v_cmp_ne_u16_e64 s1, 0, v80.l
	v_cndmask_b16 v69.l, 0x7e00, v69.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v80.h
	v_cndmask_b16 v67.l, 0, v67.l, s0
	v_cmp_ne_u16_e64 s0, 0, v66.l
	v_cndmask_b16 v67.h, 0, v67.h, s1
	v_cmp_ne_u16_e64 s1, 1, v70.h
	v_cndmask_b16 v68.l, 0, v68.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v80.l
	v_cndmask_b16 v69.l, 0, v69.l, s0
	v_cmp_ne_u16_e64 s0, 1, v80.h
	v_cndmask_b16 v67.l, 0x1800, v67.l, s1
	v_cmp_ne_u16_e64 s1, 1, v66.l
	v_cndmask_b16 v67.h, 0x1800, v67.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v70.h
	v_cndmask_b16 v68.l, 0x1800, v68.l, s0
	v_cmp_ne_u16_e64 s0, 2, v80.l
	v_cndmask_b16 v69.l, 0x1800, v69.l, s1
	v_cmp_ne_u16_e64 s1, 2, v80.h
	v_cndmask_b16 v67.l, 0x1c00, v67.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v66.l
	v_cndmask_b16 v67.h, 0x1c00, v67.h, s0
	v_cmp_ne_u16_e64 s0, 3, v70.h
	v_cndmask_b16 v68.l, 0x1c00, v68.l, s1
	v_cmp_ne_u16_e64 s1, 3, v80.l
	v_cndmask_b16 v69.l, 0x1c00, v69.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v80.h
	v_cndmask_b16 v67.l, 0x1e00, v67.l, s0
	v_cmp_ne_u16_e64 s0, 3, v66.l
	v_cndmask_b16 v67.h, 0x1e00, v67.h, s1
	v_cmp_ne_u16_e64 s1, 4, v70.h
	v_cndmask_b16 v68.l, 0x1e00, v68.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v80.l
	v_cndmask_b16 v69.l, 0x1e00, v69.l, s0
	v_cmp_ne_u16_e64 s0, 4, v80.h
	v_cndmask_b16 v67.l, 0x2000, v67.l, s1
	v_cmp_ne_u16_e64 s1, 4, v66.l
	v_cndmask_b16 v67.h, 0x2000, v67.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v70.h
	v_cndmask_b16 v68.l, 0x2000, v68.l, s0
	v_cmp_ne_u16_e64 s0, 5, v80.l
	v_cndmask_b16 v69.l, 0x2000, v69.l, s1
	v_cmp_ne_u16_e64 s1, 5, v80.h
	v_cndmask_b16 v67.l, 0x2100, v67.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v66.l
	v_cndmask_b16 v67.h, 0x2100, v67.h, s0
	v_cmp_ne_u16_e64 s0, 6, v70.h
	v_cndmask_b16 v68.l, 0x2100, v68.l, s1
	v_cmp_ne_u16_e64 s1, 6, v80.h
	v_cndmask_b16 v69.l, 0x2100, v69.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v66.l
	v_cndmask_b16 v67.l, 0x2200, v67.l, s0
	v_cmp_ne_u16_e64 s0, 6, v80.l
	v_cndmask_b16 v68.l, 0x2200, v68.l, s1
	v_cmp_ne_u16_e64 s2, 7, v66.l
	v_cndmask_b16 v69.l, 0x2200, v69.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v80.h
	v_lshlrev_b16 v69.h, 8, v82.l
	v_cndmask_b16 v66.l, 0x2200, v67.h, s0
	v_lshrrev_b32_e32 v82, 24, v65
	v_lshrrev_b32_e32 v83, 16, v65
	v_cndmask_b16 v67.h, 0x2300, v68.l, vcc_lo
	v_cndmask_b16 v68.l, 0x2300, v69.l, s2
	v_and_b16 v69.l, 0x8000, v70.l
	v_lshrrev_b32_e32 v84, 8, v65
	v_cmp_ne_u16_e64 s1, 7, v70.h
	v_cmp_ne_u16_e64 s0, 7, v80.l
	v_and_b16 v65.h, 0x8000, v69.h
	v_or_b16 v69.l, v68.l, v69.l
	v_lshlrev_b16 v68.l, 7, v82.l
	v_lshlrev_b16 v70.l, 7, v83.l
	v_lshlrev_b16 v70.h, 7, v84.l
	v_lshlrev_b16 v80.l, 7, v65.l
	v_and_b16 v79.h, 0x8000, v68.h
	v_lshlrev_b16 v68.h, 8, v81.l
	v_or_b16 v69.h, v67.h, v65.h
	v_and_b16 v65.h, 0x3f80, v68.l
	v_and_b16 v67.h, 0x3f80, v70.l
	v_and_b16 v68.l, 0x3f80, v70.h
	v_and_b16 v70.l, 0x3f80, v80.l
	v_and_b16 v80.l, 0x7f, v82.l
	v_and_b16 v80.h, 0x7f, v83.l
	v_and_b16 v81.l, 0x7f, v84.l
	v_and_b16 v81.h, 0x7f, v65.l
	v_cndmask_b16 v67.l, 0x2300, v67.l, s1
	v_add_nc_u16 v65.h, 0x2000, v65.h
	v_add_nc_u16 v67.h, 0x2000, v67.h
	v_add_nc_u16 v68.l, 0x2000, v68.l
	v_add_nc_u16 v70.l, 0x2000, v70.l
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v80.l
	v_cmp_ne_u16_e64 s1, 0x7f, v80.h
	v_cmp_ne_u16_e64 s2, 0x7f, v81.l
	v_cmp_ne_u16_e64 s3, 0x7f, v81.h
	v_cndmask_b16 v66.l, 0x2300, v66.l, s0
	v_cndmask_b16 v65.h, 0x7e00, v65.h, vcc_lo
	v_cndmask_b16 v67.h, 0x7e00, v67.h, s1
	v_cndmask_b16 v68.l, 0x7e00, v68.l, s2
	v_cndmask_b16 v70.l, 0x7e00, v70.l, s3
	v_cmp_ne_u16_e32 vcc_lo, 0, v80.l
	v_cmp_ne_u16_e64 s0, 0, v80.h
	v_cmp_ne_u16_e64 s1, 0, v81.l
	v_cmp_ne_u16_e64 s2, 0, v81.h
	v_and_b16 v66.h, 0x8000, v66.h
	v_cndmask_b16 v65.h, 0, v65.h, vcc_lo
	v_cndmask_b16 v67.h, 0, v67.h, s0
	v_cndmask_b16 v68.l, 0, v68.l, s1
	v_cndmask_b16 v70.l, 0, v70.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v80.l
	v_cmp_ne_u16_e64 s0, 1, v80.h
	v_cmp_ne_u16_e64 s1, 1, v81.l
	v_cmp_ne_u16_e64 s2, 1, v81.h
	v_and_b16 v68.h, 0x8000, v68.h
	v_cndmask_b16 v65.h, 0x1800, v65.h, vcc_lo
	v_cndmask_b16 v67.h, 0x1800, v67.h, s0
	v_cndmask_b16 v68.l, 0x1800, v68.l, s1
	v_cndmask_b16 v70.l, 0x1800, v70.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v80.l
	v_cmp_ne_u16_e64 s0, 2, v80.h
	v_cmp_ne_u16_e64 s1, 2, v81.l
	v_cmp_ne_u16_e64 s2, 2, v81.h
	v_or_b16 v70.h, v67.l, v66.h
	v_cndmask_b16 v65.h, 0x1c00, v65.h, vcc_lo
	v_cndmask_b16 v66.h, 0x1c00, v67.h, s0
	v_cndmask_b16 v67.l, 0x1c00, v68.l, s1
	v_cndmask_b16 v67.h, 0x1c00, v70.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v80.l
	v_cmp_ne_u16_e64 s0, 3, v80.h
	v_cmp_ne_u16_e64 s1, 3, v81.l
	v_cmp_ne_u16_e64 s2, 3, v81.h
	v_or_b16 v70.l, v66.l, v68.h
	v_cndmask_b16 v65.h, 0x1e00, v65.h, vcc_lo
	v_cndmask_b16 v66.l, 0x1e00, v66.h, s0
	v_cndmask_b16 v66.h, 0x1e00, v67.l, s1
	v_cndmask_b16 v67.l, 0x1e00, v67.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v80.l
	v_cmp_ne_u16_e64 s0, 4, v80.h
	v_cmp_ne_u16_e64 s1, 4, v81.l
	v_cmp_ne_u16_e64 s2, 4, v81.h
	v_lshlrev_b16 v67.h, 8, v82.l
	v_cndmask_b16 v65.h, 0x2000, v65.h, vcc_lo
	v_cndmask_b16 v66.l, 0x2000, v66.l, s0
	v_cndmask_b16 v66.h, 0x2000, v66.h, s1
	v_cndmask_b16 v67.l, 0x2000, v67.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v80.l
	v_cmp_ne_u16_e64 s0, 5, v80.h
	v_cmp_ne_u16_e64 s1, 5, v81.l
	v_cmp_ne_u16_e64 s2, 5, v81.h
	v_lshlrev_b16 v68.l, 8, v83.l
	v_cndmask_b16 v65.h, 0x2100, v65.h, vcc_lo
	v_cndmask_b16 v66.l, 0x2100, v66.l, s0
	v_cndmask_b16 v66.h, 0x2100, v66.h, s1
	v_cndmask_b16 v67.l, 0x2100, v67.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v80.l
	v_cmp_ne_u16_e64 s0, 6, v80.h
	v_cmp_ne_u16_e64 s1, 6, v81.l
	v_cmp_ne_u16_e64 s2, 6, v81.h
	v_lshlrev_b16 v68.h, 8, v84.l
	v_cndmask_b16 v65.h, 0x2200, v65.h, vcc_lo
	v_cndmask_b16 v66.l, 0x2200, v66.l, s0
	v_cndmask_b16 v66.h, 0x2200, v66.h, s1
	v_cndmask_b16 v67.l, 0x2200, v67.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v80.l
	v_cmp_ne_u16_e64 s0, 7, v80.h
	v_cmp_ne_u16_e64 s1, 7, v81.l
	v_cmp_ne_u16_e64 s2, 7, v81.h
	v_lshlrev_b16 v65.l, 8, v65.l
	v_cndmask_b16 v65.h, 0x2300, v65.h, vcc_lo
	v_cndmask_b16 v66.l, 0x2300, v66.l, s0
	v_cndmask_b16 v66.h, 0x2300, v66.h, s1
	v_cndmask_b16 v67.l, 0x2300, v67.l, s2
	v_and_b16 v65.l, 0x8000, v65.l
	v_and_b16 v68.h, 0x8000, v68.h
	v_and_b16 v80.l, 0x8000, v67.h
	v_and_b16 v68.l, 0x8000, v68.l
	v_lshrrev_b32_e32 v81, 24, v64
	v_lshrrev_b32_e32 v82, 16, v64
	v_lshrrev_b32_e32 v83, 8, v64
	v_or_b16 v67.l, v67.l, v65.l
	v_or_b16 v67.h, v66.h, v68.h
	v_or_b16 v68.h, v65.h, v80.l
	v_lshlrev_b16 v65.l, 7, v81.l
	v_or_b16 v68.l, v66.l, v68.l
	v_lshlrev_b16 v65.h, 7, v82.l
	v_lshlrev_b16 v66.l, 7, v83.l
	v_lshlrev_b16 v64.h, 8, v81.l
	v_and_b16 v65.l, 0x3f80, v65.l
	v_lshlrev_b16 v66.h, 7, v64.l
	v_lshlrev_b16 v80.l, 8, v82.l
	v_and_b16 v65.h, 0x3f80, v65.h
	v_and_b16 v66.l, 0x3f80, v66.l
	v_and_b16 v81.l, 0x7f, v81.l
	v_and_b16 v81.h, 0x7f, v82.l
	v_and_b16 v82.l, 0x7f, v83.l
	v_and_b16 v66.h, 0x3f80, v66.h
	v_and_b16 v82.h, 0x7f, v64.l
	v_add_nc_u16 v65.l, 0x2000, v65.l
	v_add_nc_u16 v65.h, 0x2000, v65.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v81.l
	v_add_nc_u16 v66.l, 0x2000, v66.l
	v_cmp_ne_u16_e64 s0, 0x7f, v81.h
	v_cmp_ne_u16_e64 s1, 0x7f, v82.l
	v_add_nc_u16 v66.h, 0x2000, v66.h
	v_cndmask_b16 v65.l, 0x7e00, v65.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v82.h
	v_cndmask_b16 v65.h, 0x7e00, v65.h, s0
	v_cmp_ne_u16_e64 s0, 0, v81.l
	v_cndmask_b16 v66.l, 0x7e00, v66.l, s1
	v_cmp_ne_u16_e64 s1, 0, v81.h
	v_cndmask_b16 v66.h, 0x7e00, v66.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v82.l
	v_cndmask_b16 v65.l, 0, v65.l, s0
	v_cmp_ne_u16_e64 s0, 0, v82.h
	v_cndmask_b16 v65.h, 0, v65.h, s1
	v_cmp_ne_u16_e64 s1, 1, v81.l
	v_cndmask_b16 v66.l, 0, v66.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v81.h
	v_cndmask_b16 v66.h, 0, v66.h, s0
	v_cmp_ne_u16_e64 s0, 1, v82.l
	v_cndmask_b16 v65.l, 0x1800, v65.l, s1
	v_cmp_ne_u16_e64 s1, 1, v82.h
	v_cndmask_b16 v65.h, 0x1800, v65.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v81.l
	v_cndmask_b16 v66.l, 0x1800, v66.l, s0
	v_cmp_ne_u16_e64 s0, 2, v81.h
	v_cndmask_b16 v66.h, 0x1800, v66.h, s1
	v_cmp_ne_u16_e64 s1, 2, v82.l
	v_cndmask_b16 v65.l, 0x1c00, v65.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v82.h
	v_cndmask_b16 v65.h, 0x1c00, v65.h, s0
	v_cmp_ne_u16_e64 s0, 3, v81.l
	v_cndmask_b16 v66.l, 0x1c00, v66.l, s1
	v_cmp_ne_u16_e64 s1, 3, v81.h
	v_cndmask_b16 v66.h, 0x1c00, v66.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v82.l
	v_cndmask_b16 v65.l, 0x1e00, v65.l, s0
	v_cmp_ne_u16_e64 s0, 3, v82.h
	v_cndmask_b16 v65.h, 0x1e00, v65.h, s1
	v_cmp_ne_u16_e64 s1, 4, v81.l
	v_cndmask_b16 v66.l, 0x1e00, v66.l, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v81.h
	v_cndmask_b16 v66.h, 0x1e00, v66.h, s0
	v_cmp_ne_u16_e64 s0, 4, v82.l
	v_cndmask_b16 v65.l, 0x2000, v65.l, s1
	v_cmp_ne_u16_e64 s1, 4, v82.h
	v_cndmask_b16 v65.h, 0x2000, v65.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v81.l
	v_cndmask_b16 v66.l, 0x2000, v66.l, s0
	v_cmp_ne_u16_e64 s0, 5, v82.l
	v_cndmask_b16 v66.h, 0x2000, v66.h, s1
	v_cmp_ne_u16_e64 s1, 5, v82.h
	v_cndmask_b16 v65.l, 0x2100, v65.l, vcc_lo
	v_cmp_ne_u16_e64 s2, 6, v82.h
	v_cndmask_b16 v66.l, 0x2100, v66.l, s0
	v_cmp_ne_u16_e64 s0, 6, v81.l
	v_cndmask_b16 v66.h, 0x2100, v66.h, s1
	v_cmp_ne_u16_e32 vcc_lo, 5, v81.h
	v_cmp_ne_u16_e64 s1, 6, v82.l
	v_lshlrev_b16 v64.l, 8, v64.l
	v_cndmask_b16 v65.l, 0x2200, v65.l, s0
	v_cndmask_b16 v66.h, 0x2200, v66.h, s2
	v_cmp_ne_u16_e64 s0, 7, v81.l
	v_cmp_ne_u16_e64 s2, 7, v82.h
	v_lshlrev_b16 v80.h, 8, v83.l
	v_cndmask_b16 v65.h, 0x2100, v65.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v81.h
	v_cndmask_b16 v66.l, 0x2200, v66.l, s1
	v_cmp_ne_u16_e64 s1, 7, v82.l
	v_cndmask_b16 v82.l, 0x2300, v65.l, s0
	v_cndmask_b16 v65.l, 0x2300, v66.h, s2
	v_and_b16 v64.l, 0x8000, v64.l
	v_lshrrev_b32_e32 v84, 24, v63
	v_lshrrev_b32_e32 v85, 16, v63
	v_lshrrev_b32_e32 v86, 8, v63
	v_cndmask_b16 v81.l, 0x2200, v65.h, vcc_lo
	v_cndmask_b16 v65.h, 0x2300, v66.l, s1
	v_and_b16 v63.h, 0x8000, v80.h
	v_or_b16 v65.l, v65.l, v64.l
	v_lshlrev_b16 v64.l, 7, v84.l
	v_lshlrev_b16 v66.l, 7, v85.l
	v_lshlrev_b16 v66.h, 7, v86.l
	v_lshlrev_b16 v80.h, 7, v63.l
	v_or_b16 v65.h, v65.h, v63.h
	v_and_b16 v63.h, 0x3f80, v64.l
	v_and_b16 v64.l, 0x3f80, v66.l
	v_and_b16 v66.l, 0x3f80, v66.h
	v_and_b16 v66.h, 0x3f80, v80.h
	v_and_b16 v80.h, 0x7f, v84.l
	v_and_b16 v82.h, 0x7f, v85.l
	v_and_b16 v83.l, 0x7f, v86.l
	v_and_b16 v83.h, 0x7f, v63.l
	v_add_nc_u16 v63.h, 0x2000, v63.h
	v_add_nc_u16 v64.l, 0x2000, v64.l
	v_add_nc_u16 v66.l, 0x2000, v66.l
	v_add_nc_u16 v66.h, 0x2000, v66.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v80.h
	v_cmp_ne_u16_e64 s0, 0x7f, v82.h
	v_cmp_ne_u16_e64 s1, 0x7f, v83.l
	v_cmp_ne_u16_e64 s2, 0x7f, v83.h
	v_cmp_ne_u16_e64 s3, 7, v81.h
	v_cndmask_b16 v63.h, 0x7e00, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x7e00, v64.l, s0
	v_cndmask_b16 v66.l, 0x7e00, v66.l, s1
	v_cndmask_b16 v66.h, 0x7e00, v66.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 0, v80.h
	v_cmp_ne_u16_e64 s0, 0, v82.h
	v_cmp_ne_u16_e64 s1, 0, v83.l
	v_cmp_ne_u16_e64 s2, 0, v83.h
	v_and_b16 v64.h, 0x8000, v64.h
	v_cndmask_b16 v63.h, 0, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0, v64.l, s0
	v_cndmask_b16 v66.l, 0, v66.l, s1
	v_cndmask_b16 v66.h, 0, v66.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 1, v80.h
	v_cmp_ne_u16_e64 s0, 1, v82.h
	v_cmp_ne_u16_e64 s1, 1, v83.l
	v_cmp_ne_u16_e64 s2, 1, v83.h
	v_lshlrev_b16 v63.l, 8, v63.l
	v_cndmask_b16 v63.h, 0x1800, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x1800, v64.l, s0
	v_cndmask_b16 v66.l, 0x1800, v66.l, s1
	v_cndmask_b16 v66.h, 0x1800, v66.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 2, v80.h
	v_cmp_ne_u16_e64 s0, 2, v82.h
	v_cmp_ne_u16_e64 s1, 2, v83.l
	v_cmp_ne_u16_e64 s2, 2, v83.h
	v_lshlrev_b16 v55.l, 8, v55.l
	v_cndmask_b16 v63.h, 0x1c00, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x1c00, v64.l, s0
	v_cndmask_b16 v66.l, 0x1c00, v66.l, s1
	v_cndmask_b16 v81.h, 0x1c00, v66.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 3, v80.h
	v_cmp_ne_u16_e64 s0, 3, v82.h
	v_cmp_ne_u16_e64 s1, 3, v83.l
	v_cmp_ne_u16_e64 s2, 3, v83.h
	v_or_b16 v66.h, v82.l, v64.h
	v_cndmask_b16 v63.h, 0x1e00, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x1e00, v64.l, s0
	v_cndmask_b16 v64.h, 0x1e00, v66.l, s1
	v_cndmask_b16 v66.l, 0x1e00, v81.h, s2
	v_cmp_ne_u16_e32 vcc_lo, 4, v80.h
	v_cmp_ne_u16_e64 s0, 4, v82.h
	v_cmp_ne_u16_e64 s1, 4, v83.l
	v_cmp_ne_u16_e64 s2, 4, v83.h
	v_lshlrev_b16 v81.h, 8, v84.l
	v_cndmask_b16 v63.h, 0x2000, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x2000, v64.l, s0
	v_cndmask_b16 v64.h, 0x2000, v64.h, s1
	v_cndmask_b16 v66.l, 0x2000, v66.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 5, v80.h
	v_cmp_ne_u16_e64 s0, 5, v82.h
	v_cmp_ne_u16_e64 s1, 5, v83.l
	v_cmp_ne_u16_e64 s2, 5, v83.h
	v_lshlrev_b16 v82.l, 8, v85.l
	v_cndmask_b16 v63.h, 0x2100, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x2100, v64.l, s0
	v_cndmask_b16 v64.h, 0x2100, v64.h, s1
	v_cndmask_b16 v66.l, 0x2100, v66.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 6, v80.h
	v_cmp_ne_u16_e64 s0, 6, v82.h
	v_cmp_ne_u16_e64 s1, 6, v83.l
	v_cmp_ne_u16_e64 s2, 6, v83.h
	v_lshlrev_b16 v84.l, 8, v86.l
	v_cndmask_b16 v63.h, 0x2200, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x2200, v64.l, s0
	v_cndmask_b16 v64.h, 0x2200, v64.h, s1
	v_cndmask_b16 v66.l, 0x2200, v66.l, s2
	v_cmp_ne_u16_e32 vcc_lo, 7, v80.h
	v_cmp_ne_u16_e64 s0, 7, v82.h
	v_cmp_ne_u16_e64 s1, 7, v83.l
	v_cmp_ne_u16_e64 s2, 7, v83.h
	v_cndmask_b16 v81.l, 0x2300, v81.l, s3
	v_and_b16 v80.l, 0x8000, v80.l
	v_cndmask_b16 v80.h, 0x2300, v63.h, vcc_lo
	v_cndmask_b16 v64.l, 0x2300, v64.l, s0
	v_cndmask_b16 v63.h, 0x2300, v64.h, s1
	v_cndmask_b16 v64.h, 0x2300, v66.l, s2
	v_and_b16 v63.l, 0x8000, v63.l
	v_and_b16 v82.h, 0x8000, v84.l
	v_and_b16 v81.h, 0x8000, v81.h
	v_and_b16 v82.l, 0x8000, v82.l
	v_and_b16 v55.l, 0x8000, v55.l
	v_or_b16 v66.l, v81.l, v80.l
	v_or_b16 v63.l, v64.h, v63.l
	v_or_b16 v63.h, v63.h, v82.h
	v_or_b16 v64.h, v80.h, v81.h
	v_or_b16 v64.l, v64.l, v82.l
	v_or_b16 v55.l, v56.h, v55.l
	v_or_b16 v55.h, v55.h, v79.h
	v_or_b16 v56.h, v78.l, v79.l
	v_or_b16 v56.l, v56.l, v78.h
	.loc	1 197 16                        ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[33:40], v[63:70], v[1:8]
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v47.l, v47.l, v76.h
	v_or_b16 v47.h, v47.h, v76.l
	v_or_b16 v48.h, v48.l, v48.h
	v_or_b16 v48.l, v75.l, v75.h
	.loc	1 197 16                        ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[25:32], v[55:62], v[1:8]
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v39.l, v72.h, v74.h
	v_or_b16 v39.h, v72.l, v74.l
	v_or_b16 v40.h, v71.l, v73.h
	v_or_b16 v40.l, v71.h, v73.l
	.loc	1 197 16                        ; kernels.py:197:16
	v_wmma_f32_16x16x16_f16 v[1:8], v[17:24], v[47:54], v[1:8]
	s_delay_alu instid0(VALU_DEP_2)
	v_wmma_f32_16x16x16_f16 v[1:8], v[9:16], v[39:46], v[1:8]
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s24, 0
	s_cbranch_scc1 .LBB0_73
.LBB0_75:                               ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v9, s19, v77
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_lshrrev_b32_e32 v0, 4, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 198 22 is_stmt 1              ; kernels.py:198:22
	v_mul_lo_u32 v9, s25, v9
	.loc	1 191 10                        ; kernels.py:191:10
	v_and_or_b32 v11, v0, 1, s23
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 198 14                        ; kernels.py:198:14
	v_ashrrev_i32_e32 v12, 31, v11
	v_ashrrev_i32_e32 v10, 31, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_lshlrev_b64 v[11:12], 2, v[11:12]
	v_lshlrev_b64 v[9:10], 2, v[9:10]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v0, vcc_lo, s20, v9
	v_add_co_ci_u32_e64 v10, null, s21, v10, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v9, vcc_lo, v0, v11
	v_add_co_ci_u32_e64 v10, null, v10, v12, vcc_lo
	.loc	1 198 5 is_stmt 0               ; kernels.py:198:5
	s_clause 0x7
	global_store_b32 v[9:10], v1, off
	global_store_b32 v[9:10], v2, off offset:8
	global_store_b32 v[9:10], v3, off offset:16
	global_store_b32 v[9:10], v4, off offset:24
	global_store_b32 v[9:10], v5, off offset:32
	global_store_b32 v[9:10], v6, off offset:40
	global_store_b32 v[9:10], v7, off offset:48
	global_store_b32 v[9:10], v8, off offset:56
	.loc	1 186 1 is_stmt 1               ; kernels.py:186:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	gemm, .Lfunc_end0-gemm
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 64
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
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 90
		.amdhsa_next_free_sgpr 62
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_shared_vgpr_count 0
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-gemm)<<4)&1008)>>4
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
	.set .Lgemm.num_vgpr, 90
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 62
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 71908
; TotalNumSgprs: 64
; NumVgprs: 90
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 11
; NumSGPRsForWavesPerEU: 64
; NumVGPRsForWavesPerEU: 90
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
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
	.byte	0                               ; DW_CHILDREN_no
	.byte	37                              ; DW_AT_producer
	.byte	14                              ; DW_FORM_strp
	.byte	19                              ; DW_AT_language
	.byte	5                               ; DW_FORM_data2
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	16                              ; DW_AT_stmt_list
	.byte	23                              ; DW_FORM_sec_offset
	.byte	27                              ; DW_AT_comp_dir
	.byte	14                              ; DW_FORM_strp
	.ascii	"\341\177"                      ; DW_AT_APPLE_optimized
	.byte	25                              ; DW_FORM_flag_present
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
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
	.byte	1                               ; Abbrev [1] 0xb:0x1f DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"kernels.py"                    ; string offset=7 ; kernels.py
.Linfo_string2:
	.asciz	"samples/corpus"     ; string offset=18 ; samples/corpus
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
      - .offset:         24
        .size:           4
        .value_kind:     by_value
      - .offset:         28
        .size:           4
        .value_kind:     by_value
      - .offset:         32
        .size:           4
        .value_kind:     by_value
      - .offset:         36
        .size:           4
        .value_kind:     by_value
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .offset:         44
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 64
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     64
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     90
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.51-amd-amdhsa-unknown-gfx1151
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

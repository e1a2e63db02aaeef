	.amdgcn_target "amdgpu11.00-amd-amdhsa-unknown-gfx1100"
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
	s_load_b64 s[18:19], s[0:1], 0x20
	s_load_b64 s[4:5], s[0:1], 0x0
.Ltmp0:
	.loc	1 196 13 prologue_end           ; kernels.py:196:13
	v_readfirstlane_b32 s6, v0
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v2, 31, v0
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_lshl_b32 s17, s14, 5
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s9, s6, 6
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_and_b32 s8, s6, 0x60
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s9, s9, s17
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_or_b32_e32 v5, s8, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_dual_mov_b32 v4, 0 :: v_dual_and_b32 v1, 63, v5
	.loc	1 195 29 is_stmt 0              ; kernels.py:195:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s2, s9, s19
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s22, s4, s2
	s_addc_u32 s23, s5, s3
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s18, 0
	s_cselect_b32 s7, -1, 0
	s_cmp_lt_i32 s18, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	v_add_co_u32 v6, s2, s22, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v7, null, s23, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v7, v[6:7], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v7, 0
.LBB0_3:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s24, s4, s2
	s_addc_u32 s25, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v3, s2, s24, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v4, null, s25, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v4, v[3:4], off
.LBB0_5:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 4
	v_dual_mov_b32 v3, 0 :: v_dual_mov_b32 v6, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s26, s4, s2
	s_addc_u32 s27, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s26, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s27, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v6, v[8:9], off
.LBB0_7:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 6
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s28, s4, s2
	s_addc_u32 s29, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s28, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s29, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v3, v[8:9], off
.LBB0_9:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 8
	v_mov_b32_e32 v10, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	v_mov_b32_e32 v12, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s30, s4, s2
	s_addc_u32 s31, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s30, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s31, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v12, v[8:9], off
.LBB0_11:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 10
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s33, s4, s2
	s_addc_u32 s34, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_13
; %bb.12:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s33, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s34, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v10, v[8:9], off
.LBB0_13:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 12
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v11, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s35, s4, s2
	s_addc_u32 s36, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_15
; %bb.14:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v13, s2, s35, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v14, null, s36, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v11, v[13:14], off
.LBB0_15:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 14
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s37, s4, s2
	s_addc_u32 s38, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_17
; %bb.16:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s37, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s38, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v8, v[8:9], off
.LBB0_17:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 16
	v_mov_b32_e32 v14, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	v_mov_b32_e32 v16, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s39, s4, s2
	s_addc_u32 s40, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_19
; %bb.18:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v15, s2, s39, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v16, null, s40, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v16, v[15:16], off
.LBB0_19:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 18
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s41, s4, s2
	s_addc_u32 s42, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_21
; %bb.20:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v13, s2, s41, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v14, null, s42, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v14, v[13:14], off
.LBB0_21:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 20
	v_mov_b32_e32 v13, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	v_mov_b32_e32 v15, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s43, s4, s2
	s_addc_u32 s44, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_23
; %bb.22:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v17, s2, s43, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s44, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v15, v[17:18], off
.LBB0_23:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 22
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s45, s4, s2
	s_addc_u32 s46, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_25
; %bb.24:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v17, s2, s45, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s46, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v13, v[17:18], off
.LBB0_25:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 24
	v_dual_mov_b32 v19, 0 :: v_dual_mov_b32 v20, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s47, s4, s2
	s_addc_u32 s48, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_27
; %bb.26:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v17, s2, s47, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s48, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v20, v[17:18], off
.LBB0_27:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 26
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s49, s4, s2
	s_addc_u32 s50, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_29
; %bb.28:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v17, s2, s49, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s50, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v19, v[17:18], off
.LBB0_29:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s2, s9, 28
	v_dual_mov_b32 v23, 0 :: v_dual_mov_b32 v24, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s19
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_add_u32 s51, s4, s2
	s_addc_u32 s52, s5, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s2, s7, exec_lo
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_31
; %bb.30:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v17, s2, s51, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s52, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v24, v[17:18], off
.LBB0_31:
	.loc	1 0 13                          ; kernels.py:0:13
	s_load_b64 s[2:3], s[0:1], 0x8
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s9, s9, 30
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s9, s9, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s10, s9, 31
	s_add_u32 s53, s4, s9
	s_addc_u32 s54, s5, s10
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s4, s7, exec_lo
	s_cselect_b32 s4, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v17, s4, s53, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s54, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v23, v[17:18], off
.LBB0_33:
	.loc	1 0 13                          ; kernels.py:0:13
	s_load_b32 s4, s[0:1], 0x28
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s19, s15, 5
	.loc	1 192 10                        ; kernels.py:192:10
	s_lshr_b32 s5, s8, 2
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v25, s19, v2
	v_dual_mov_b32 v27, 0 :: v_dual_mov_b32 v22, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v26, 31, v25
	.loc	1 196 13                        ; kernels.py:196:13
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_35
; %bb.34:
	.loc	1 0 13                          ; kernels.py:0:13
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s5, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v22, v[17:18], off
.LBB0_35:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_37
; %bb.36:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 1
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v27, v[17:18], off
.LBB0_37:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v21, 0 :: v_dual_mov_b32 v28, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 2
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v28, v[17:18], off
.LBB0_39:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_41
; %bb.40:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 3
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v21, v[17:18], off
.LBB0_41:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v29, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_43
; %bb.42:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 4
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v29, v[17:18], off
.LBB0_43:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_45
; %bb.44:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 5
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v30, v[17:18], off
.LBB0_45:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v32, 0 :: v_dual_mov_b32 v31, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_47
; %bb.46:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 6
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v31, v[17:18], off
.LBB0_47:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_49
; %bb.48:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 7
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v32, v[17:18], off
.LBB0_49:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v34, 0 :: v_dual_mov_b32 v33, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_51
; %bb.50:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 32
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v33, v[17:18], off
.LBB0_51:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_53
; %bb.52:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 33
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v34, v[17:18], off
.LBB0_53:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v36, 0 :: v_dual_mov_b32 v35, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_55
; %bb.54:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 34
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v35, v[17:18], off
.LBB0_55:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_57
; %bb.56:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 35
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v36, v[17:18], off
.LBB0_57:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v38, 0 :: v_dual_mov_b32 v37, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 36
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v37, v[17:18], off
.LBB0_59:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_61
; %bb.60:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 37
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v38, v[17:18], off
.LBB0_61:
	s_and_b32 s8, s7, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_64
; %bb.62:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s5, 38
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s8, s8, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	v_add_co_u32 v17, vcc_lo, s8, v25
	v_add_co_ci_u32_e64 v18, null, s9, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v17, v[17:18], off
	s_and_b32 s7, s7, exec_lo
	s_cselect_b32 s7, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_65
.LBB0_63:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s7, s5, 39
	.loc	1 196 29                        ; kernels.py:196:29
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s7, s7, s4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s8, s7, 31
	s_add_u32 s7, s2, s7
	s_addc_u32 s8, s3, s8
	v_add_co_u32 v39, vcc_lo, s7, v25
	v_add_co_ci_u32_e64 v40, null, s8, v26, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_u8 v1, v[39:40], off
	s_branch .LBB0_66
.LBB0_64:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v17, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s7, s7, exec_lo
	s_cselect_b32 s7, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc0 .LBB0_63
.LBB0_65:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b16_e32 v1.l, 0
.LBB0_66:
	.loc	1 196 13 is_stmt 1              ; kernels.py:196:13
	v_lshlrev_b32_e32 v39, 3, v0
	v_lshlrev_b32_e32 v18, 1, v0
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt vmcnt(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_lshlrev_b16 v1.l, 8, v1.l
	v_xor_b32_e32 v40, 16, v5
	s_load_b64 s[20:21], s[0:1], 0x10
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v9, 15, v0
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor_b32_e32 v18, v39, v18
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v28.h, v17.l, v1.l
	v_add_nc_u32_e32 v17, 0, v5
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_i32 s58, s18, 64
	s_and_b32 s55, s6, 64
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v1, 48, v18
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v18, 0, v40
	v_xor_b32_e32 v40, 32, v5
	v_xor_b32_e32 v5, 48, v5
	ds_store_b8 v17, v7
	ds_store_b8 v17, v12 offset:512
	ds_store_b8 v17, v16 offset:1024
	ds_store_b8 v17, v20 offset:1536
	ds_store_b8 v18, v4 offset:128
	ds_store_b8 v18, v10 offset:640
	ds_store_b8 v18, v14 offset:1152
	ds_store_b8 v18, v19 offset:1664
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor_b32_e32 v1, s5, v1
	v_and_b32_e32 v10, 48, v39
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v16, 0, v40
	v_add_nc_u32_e32 v19, 0, v5
	v_bfe_i32 v20, v0, 3, 1
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshl_or_b32 v7, v2, 6, v1
	v_lshlrev_b16 v1.l, 8, v32.l
	v_lshlrev_b16 v1.h, 8, v30.l
	v_lshlrev_b16 v2.l, 8, v21.l
	v_lshlrev_b16 v2.h, 8, v38.l
	v_add_nc_u32_e32 v21, 0, v7
	v_or_b16 v5.h, v31.l, v1.l
	v_lshlrev_b16 v1.l, 8, v27.l
	v_xor_b32_e32 v7, 32, v7
	v_or_b16 v5.l, v29.l, v1.h
	v_or_b16 v4.h, v28.l, v2.l
	v_lshlrev_b16 v1.h, 8, v36.l
	v_lshlrev_b16 v2.l, 8, v34.l
	v_or_b16 v4.l, v22.l, v1.l
	v_add_nc_u32_e32 v22, 0, v7
	v_lshlrev_b32_e32 v12, 6, v9
	v_lshlrev_b32_e32 v14, 6, v0
	v_or_b16 v27.h, v35.l, v1.h
	v_or_b16 v27.l, v33.l, v2.l
	v_or_b16 v28.l, v37.l, v2.h
	.loc	1 190 23                        ; kernels.py:190:23
	s_and_b32 s56, s6, 32
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s57, 0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s58, 1
	.loc	1 195 13                        ; kernels.py:195:13
	ds_store_b8 v16, v6 offset:256
	ds_store_b8 v16, v11 offset:768
	ds_store_b8 v16, v15 offset:1280
	ds_store_b8 v16, v24 offset:1792
	ds_store_b8 v19, v3 offset:384
	ds_store_b8 v19, v8 offset:896
	ds_store_b8 v19, v13 offset:1408
	ds_store_b8 v19, v23 offset:1920
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v21, v[4:5] offset:2048
	ds_store_b64 v22, v[27:28] offset:2048
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_69
; %bb.67:                               ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_lshl_b32 s6, s55, 4
	s_cmp_eq_u32 s56, 0
	.loc	1 194 5                         ; kernels.py:194:5
	v_and_b16 v1.l, v0.l, 31
	s_cselect_b32 s7, 0, 0x420
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v11, vcc_lo, s2, v25
	v_and_or_b32 v2, 0x210, v20, s7
	s_add_i32 s2, s5, 0x67
	v_or3_b32 v23, s6, v12, v10
	s_mul_i32 s59, s4, s2
	s_add_i32 s2, s5, 0x66
	v_xor_b32_e32 v2, v2, v10
	s_mul_i32 s61, s4, s2
	s_add_i32 s2, s5, 0x65
	v_or_b16 v1.l, s56, v1.l
	v_add_co_ci_u32_e64 v13, null, s3, v26, vcc_lo
	v_and_or_b32 v27, 0x1c0, v14, v2
	s_add_i32 s3, s5, 0x64
	s_mul_i32 s62, s4, s2
	s_add_i32 s2, s5, 0x63
	s_mul_i32 s63, s4, s3
	s_add_i32 s3, s5, 0x62
	s_mul_i32 s64, s4, s2
	s_add_i32 s2, s5, 0x61
	v_xor_b32_e32 v24, 16, v23
	v_xor_b32_e32 v25, 32, v23
	v_cvt_u32_u16_e32 v1, v1.l
	v_xor_b32_e32 v26, 48, v23
	v_xor_b32_e32 v28, 16, v27
	v_xor_b32_e32 v29, 32, v27
	v_xor_b32_e32 v30, 48, v27
	s_mul_i32 s65, s4, s3
	s_or_b32 s3, s5, 0x60
	s_mul_i32 s66, s4, s2
	s_add_i32 s2, s5, 0x47
	s_mul_i32 s67, s4, s3
	s_add_i32 s3, s5, 0x46
	s_mul_i32 s68, s4, s2
	s_add_i32 s2, s5, 0x45
	s_mul_i32 s69, s4, s3
	s_add_i32 s3, s5, 0x44
	s_mul_i32 s70, s4, s2
	s_add_i32 s2, s5, 0x43
	v_or_b32_e32 v15, 64, v1
	v_dual_mov_b32 v1, 0 :: v_dual_mov_b32 v2, 0
	v_dual_mov_b32 v3, 0 :: v_dual_mov_b32 v4, 0
	v_dual_mov_b32 v5, 0 :: v_dual_mov_b32 v6, 0
	v_dual_mov_b32 v7, 0 :: v_dual_mov_b32 v8, 0
	v_add_nc_u32_e32 v23, 0, v23
	v_add_nc_u32_e32 v24, 0, v24
	v_add_nc_u32_e32 v25, 0, v25
	v_add_nc_u32_e32 v26, 0, v26
	v_add_nc_u32_e32 v27, 0, v27
	v_add_nc_u32_e32 v28, 0, v28
	v_add_nc_u32_e32 v29, 0, v29
	v_add_nc_u32_e32 v30, 0, v30
	s_mul_i32 s71, s4, s3
	s_add_i32 s3, s5, 0x42
	s_mul_i32 s72, s4, s2
	s_add_i32 s2, s5, 0x41
	s_or_b32 s5, s5, 64
	s_lshl_b32 s60, s4, 6
	s_mul_i32 s73, s4, s3
	s_mul_i32 s74, s4, s2
	s_mul_i32 s75, s4, s5
	s_mov_b32 s76, 0
.LBB0_68:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_add_nc_u32_e32 v32, s57, v15
	.loc	1 196 21                        ; kernels.py:196:21
	s_add_i32 s77, s59, s76
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_ashr_i32 s93, s77, 31
	.loc	1 195 21                        ; kernels.py:195:21
	v_ashrrev_i32_e32 v60, 31, v32
	v_add_co_u32 v61, s16, s22, v32
	v_add_co_u32 v31, vcc_lo, s24, v32
	v_add_co_u32 v33, s2, s26, v32
	s_delay_alu instid0(VALU_DEP_4)
	v_add_co_ci_u32_e64 v62, null, s23, v60, s16
	v_add_co_u32 v35, s3, s28, v32
	v_add_co_u32 v37, s4, s30, v32
	v_add_co_u32 v39, s5, s33, v32
	v_add_co_u32 v41, s6, s35, v32
	v_add_co_u32 v43, s7, s37, v32
	v_add_co_u32 v45, s8, s39, v32
	v_add_co_u32 v47, s9, s41, v32
	v_add_co_u32 v49, s10, s43, v32
	v_add_co_u32 v51, s11, s45, v32
	v_add_co_u32 v53, s12, s47, v32
	v_add_co_u32 v55, s13, s49, v32
	v_add_co_u32 v57, s14, s51, v32
	v_add_co_u32 v59, s15, s53, v32
	v_add_co_ci_u32_e64 v32, null, s25, v60, vcc_lo
	v_add_co_ci_u32_e64 v34, null, s27, v60, s2
	v_add_co_ci_u32_e64 v36, null, s29, v60, s3
	v_add_co_ci_u32_e64 v38, null, s31, v60, s4
	v_add_co_ci_u32_e64 v40, null, s34, v60, s5
	v_add_co_ci_u32_e64 v42, null, s36, v60, s6
	v_add_co_ci_u32_e64 v44, null, s38, v60, s7
	v_add_co_ci_u32_e64 v46, null, s40, v60, s8
	v_add_co_ci_u32_e64 v48, null, s42, v60, s9
	v_add_co_ci_u32_e64 v50, null, s44, v60, s10
	v_add_co_ci_u32_e64 v52, null, s46, v60, s11
	v_add_co_ci_u32_e64 v54, null, s48, v60, s12
	v_add_co_ci_u32_e64 v56, null, s50, v60, s13
	v_add_co_ci_u32_e64 v58, null, s52, v60, s14
	v_add_co_ci_u32_e64 v60, null, s54, v60, s15
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_clause 0xf
	global_load_d16_u8 v63, v[61:62], off
	global_load_d16_hi_u8 v63, v[31:32], off
	global_load_d16_u8 v64, v[33:34], off
	global_load_d16_hi_u8 v64, v[35:36], off
	global_load_d16_u8 v65, v[37:38], off
	global_load_d16_hi_u8 v65, v[39:40], off
	global_load_d16_u8 v66, v[41:42], off
	global_load_d16_hi_u8 v66, v[43:44], off
	global_load_d16_u8 v67, v[45:46], off
	global_load_d16_hi_u8 v67, v[47:48], off
	global_load_d16_u8 v68, v[49:50], off
	global_load_d16_hi_u8 v68, v[51:52], off
	global_load_d16_u8 v69, v[53:54], off
	global_load_d16_hi_u8 v69, v[55:56], off
	global_load_d16_u8 v70, v[57:58], off
	global_load_d16_hi_u8 v70, v[59:60], off
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	s_add_i32 s2, s74, s76
	s_add_i32 s3, s73, s76
	s_add_i32 s4, s72, s76
	s_add_i32 s5, s71, s76
	s_add_i32 s6, s70, s76
	s_add_i32 s7, s69, s76
	s_add_i32 s8, s68, s76
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s79, s2, 31
	s_ashr_i32 s80, s3, 31
	s_ashr_i32 s81, s4, 31
	v_add_co_u32 v31, vcc_lo, v11, s2
	v_add_co_u32 v33, s2, v11, s3
	v_add_co_u32 v35, s3, v11, s4
	s_ashr_i32 s82, s5, 31
	s_ashr_i32 s83, s6, 31
	s_ashr_i32 s84, s7, 31
	s_ashr_i32 s85, s8, 31
	v_add_co_u32 v37, s4, v11, s5
	v_add_co_u32 v39, s5, v11, s6
	v_add_co_u32 v41, s6, v11, s7
	v_add_co_u32 v43, s7, v11, s8
	v_add_co_ci_u32_e64 v36, null, s81, v13, s3
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_i32 s16, s75, s76
	s_add_i32 s9, s67, s76
	s_add_i32 s10, s66, s76
	s_add_i32 s11, s65, s76
	s_add_i32 s12, s64, s76
	s_add_i32 s13, s63, s76
	s_add_i32 s14, s62, s76
	s_add_i32 s15, s61, s76
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_ci_u32_e64 v44, null, s85, v13, s7
	v_add_co_ci_u32_e64 v42, null, s84, v13, s6
	s_ashr_i32 s78, s16, 31
	s_ashr_i32 s86, s9, 31
	s_ashr_i32 s87, s10, 31
	s_ashr_i32 s88, s11, 31
	s_ashr_i32 s89, s12, 31
	s_ashr_i32 s90, s13, 31
	s_ashr_i32 s91, s14, 31
	s_ashr_i32 s92, s15, 31
	v_add_co_u32 v45, s8, v11, s9
	v_add_co_u32 v47, s9, v11, s10
	v_add_co_u32 v49, s10, v11, s11
	v_add_co_u32 v51, s11, v11, s12
	v_add_co_u32 v53, s12, v11, s13
	v_add_co_u32 v55, s13, v11, s14
	v_add_co_u32 v57, s14, v11, s15
	v_add_co_u32 v59, s15, v11, s77
	v_add_co_u32 v61, s16, v11, s16
	v_add_co_ci_u32_e64 v40, null, s83, v13, s5
	v_add_co_ci_u32_e64 v38, null, s82, v13, s4
	v_add_co_ci_u32_e64 v62, null, s78, v13, s16
	v_add_co_ci_u32_e64 v32, null, s79, v13, vcc_lo
	v_add_co_ci_u32_e64 v34, null, s80, v13, s2
	v_add_co_ci_u32_e64 v46, null, s86, v13, s8
	v_add_co_ci_u32_e64 v48, null, s87, v13, s9
	v_add_co_ci_u32_e64 v50, null, s88, v13, s10
	v_add_co_ci_u32_e64 v52, null, s89, v13, s11
	v_add_co_ci_u32_e64 v54, null, s90, v13, s12
	v_add_co_ci_u32_e64 v56, null, s91, v13, s13
	v_add_co_ci_u32_e64 v58, null, s92, v13, s14
	v_add_co_ci_u32_e64 v60, null, s93, v13, s15
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s2, s57, 64
	s_add_i32 s76, s76, s60
	s_mov_b32 s57, s2
	s_cmp_lt_i32 s2, s58
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt vmcnt(0)
	s_barrier
	s_waitcnt lgkmcnt(0)
	buffer_gl0_inv
	.loc	1 196 13                        ; kernels.py:196:13
	s_clause 0xf
	global_load_u8 v71, v[35:36], off
	global_load_u8 v72, v[43:44], off
	global_load_u8 v73, v[41:42], off
	global_load_u8 v74, v[39:40], off
	global_load_u8 v75, v[37:38], off
	global_load_u8 v76, v[33:34], off
	global_load_u8 v77, v[31:32], off
	global_load_u8 v78, v[61:62], off
	global_load_u8 v79, v[51:52], off
	global_load_u8 v80, v[59:60], off
	global_load_u8 v81, v[57:58], off
	global_load_u8 v82, v[55:56], off
	global_load_u8 v83, v[53:54], off
	global_load_u8 v84, v[49:50], off
	global_load_u8 v85, v[47:48], off
	global_load_u8 v86, v[45:46], off
	ds_load_b128 v[31:34], v27 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[35:38], v23
	ds_load_b128 v[39:42], v24
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[43:46], v28 offset:2048
	ds_load_b128 v[47:50], v29 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[51:54], v25
	ds_load_b128 v[55:58], v26
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[59:62], v30 offset:2048
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(6)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[31:34], v[35:38], v[1:8] neg_lo:[1,1,0]
	s_waitcnt lgkmcnt(4)
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[43:46], v[39:42], v[1:8] neg_lo:[1,1,0]
	s_waitcnt lgkmcnt(2)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[47:50], v[51:54], v[1:8] neg_lo:[1,1,0]
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[59:62], v[55:58], v[1:8] neg_lo:[1,1,0]
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt vmcnt(13)
	v_perm_b32 v32, v73, v72, 0xc0c0004
	s_waitcnt vmcnt(11)
	v_perm_b32 v31, v75, v74, 0xc0c0004
	s_waitcnt vmcnt(10)
	v_perm_b32 v34, v76, v71, 0xc0c0004
	s_waitcnt vmcnt(8)
	v_perm_b32 v33, v78, v77, 0xc0c0004
	v_lshl_or_b32 v32, v32, 16, v31
	s_waitcnt vmcnt(5)
	v_perm_b32 v36, v81, v80, 0xc0c0004
	s_waitcnt vmcnt(3)
	v_perm_b32 v35, v83, v82, 0xc0c0004
	s_waitcnt vmcnt(2)
	v_perm_b32 v38, v84, v79, 0xc0c0004
	v_lshl_or_b32 v31, v34, 16, v33
	s_waitcnt vmcnt(0)
	v_perm_b32 v37, v86, v85, 0xc0c0004
	v_lshl_or_b32 v34, v36, 16, v35
	s_delay_alu instid0(VALU_DEP_2)
	v_lshl_or_b32 v33, v38, 16, v37
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier
	buffer_gl0_inv
	ds_store_b8 v17, v63
	ds_store_b8 v17, v65 offset:512
	ds_store_b8 v17, v67 offset:1024
	ds_store_b8 v17, v69 offset:1536
	ds_store_b8_d16_hi v18, v63 offset:128
	ds_store_b8_d16_hi v18, v65 offset:640
	ds_store_b8_d16_hi v18, v67 offset:1152
	ds_store_b8_d16_hi v18, v69 offset:1664
	ds_store_b8 v16, v64 offset:256
	ds_store_b8 v16, v66 offset:768
	ds_store_b8 v16, v68 offset:1280
	ds_store_b8 v16, v70 offset:1792
	ds_store_b8_d16_hi v19, v64 offset:384
	ds_store_b8_d16_hi v19, v66 offset:896
	ds_store_b8_d16_hi v19, v68 offset:1408
	ds_store_b8_d16_hi v19, v70 offset:1920
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v21, v[31:32] offset:2048
	ds_store_b64 v22, v[33:34] offset:2048
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_68
	s_branch .LBB0_70
.LBB0_69:
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
.LBB0_70:                               ; %Flow242
	s_load_b32 s0, s[0:1], 0x2c
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s1, s18, 63
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt lgkmcnt(0)
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s1, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier
	buffer_gl0_inv
	s_cbranch_scc1 .LBB0_72
; %bb.71:
	.loc	1 196 13                        ; kernels.py:196:13
	s_cmp_eq_u32 s56, 0
	s_cselect_b32 s1, 0, 0x420
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	v_and_or_b32 v11, 0x210, v20, s1
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s1, s55, 4
	v_or3_b32 v26, s1, v12, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor_b32_e32 v11, v11, v10
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v10, 0, v26
	v_xad_u32 v22, v26, 16, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_or_b32 v27, 0x1c0, v14, v11
	.loc	1 195 13                        ; kernels.py:195:13
	v_xad_u32 v28, v26, 32, 0
	v_xad_u32 v38, v26, 48, 0
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u32_e32 v14, 0, v27
	v_xad_u32 v18, v27, 16, 0
	v_xad_u32 v30, v27, 32, 0
	v_xad_u32 v34, v27, 48, 0
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[10:13], v10
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[14:17], v14 offset:2048
	ds_load_b128 v[18:21], v18 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[22:25], v22
	ds_load_b128 v[26:29], v28
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[30:33], v30 offset:2048
	ds_load_b128 v[34:37], v34 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[38:41], v38
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(6)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[14:17], v[10:13], v[1:8] neg_lo:[1,1,0]
	s_waitcnt lgkmcnt(4)
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[18:21], v[22:25], v[1:8] neg_lo:[1,1,0]
	s_waitcnt lgkmcnt(2)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[30:33], v[26:29], v[1:8] neg_lo:[1,1,0]
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[1:8], v[34:37], v[38:41], v[1:8] neg_lo:[1,1,0]
.LBB0_72:                               ; %._crit_edge._crit_edge
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s1, s55, 2
	v_bfe_u32 v0, v0, 4, 1
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	v_or3_b32 v9, v9, s1, s17
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 198 22 is_stmt 1              ; kernels.py:198:22
	v_mul_lo_u32 v9, v9, s0
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s0, s56, 1
	s_delay_alu instid0(VALU_DEP_3) | instid1(SALU_CYCLE_1)
	.loc	1 191 10                        ; kernels.py:191:10
	v_or3_b32 v11, s0, v0, s19
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
		.amdhsa_user_sgpr_count 14
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
		.amdhsa_next_free_vgpr 87
		.amdhsa_next_free_sgpr 94
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
	.set .Lgemm.num_vgpr, 87
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 94
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 5204
; TotalNumSgprs: 96
; NumVgprs: 87
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 10
; NumSGPRsForWavesPerEU: 96
; NumVGPRsForWavesPerEU: 87
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 14
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
    .max_flat_workgroup_size: 128
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     96
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     87
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.00-amd-amdhsa-unknown-gfx1100
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

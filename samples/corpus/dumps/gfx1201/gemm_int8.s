	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
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
	s_load_b64 s[2:3], s[0:1], 0x0
.Ltmp0:
	.loc	1 195 21 prologue_end           ; kernels.py:195:21
	v_dual_mov_b32 v2, 0 :: v_dual_and_b32 v1, 31, v0
	.loc	1 196 13                        ; kernels.py:196:13
	s_bfe_u32 s33, ttmp8, 0x50019
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s17, ttmp9, 5
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	s_lshl_b32 s4, s33, 5
	s_bfe_u32 s6, s33, 0x10001
	v_or_b32_e32 v8, s4, v1
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s6, s6, s17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_and_b32_e32 v9, 63, v8
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_kmcnt 0x0
	s_mul_i32 s8, s19, s6
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s18, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[20:21], s[2:3], s[8:9]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s5, -1, 0
	s_cmp_lt_i32 s18, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	v_add_co_u32 v3, s7, s20, v9
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v4, null, s21, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v3, v[3:4], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v3, 0
.LBB0_3:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 2
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[22:23], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v4, s7, s22, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s23, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v2, v[4:5], off
.LBB0_5:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 4
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[24:25], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v4, s7, s24, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s25, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v7, v[4:5], off
.LBB0_7:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 6
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[26:27], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v4, s7, s26, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s27, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v6, v[4:5], off
.LBB0_9:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 8
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[28:29], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v10, s7, s28, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v11, null, s29, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v5, v[10:11], off
.LBB0_11:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 10
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[30:31], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_13
; %bb.12:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v10, s7, s30, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v11, null, s31, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v4, v[10:11], off
.LBB0_13:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 12
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[34:35], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_15
; %bb.14:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v11, s7, s34, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v12, null, s35, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v11, v[11:12], off
.LBB0_15:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 14
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[36:37], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_17
; %bb.16:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v12, s7, s36, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v13, null, s37, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v10, v[12:13], off
.LBB0_17:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 16
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[38:39], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_19
; %bb.18:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v13, s7, s38, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v14, null, s39, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v13, v[13:14], off
.LBB0_19:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 18
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[40:41], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_21
; %bb.20:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s7, s40, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s41, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v12, v[14:15], off
.LBB0_21:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 20
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[42:43], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_23
; %bb.22:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s7, s42, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s43, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v21, v[14:15], off
.LBB0_23:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 22
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[44:45], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_25
; %bb.24:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s7, s44, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s45, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v20, v[14:15], off
.LBB0_25:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 24
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[46:47], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_27
; %bb.26:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s7, s46, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s47, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v19, v[14:15], off
.LBB0_27:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 26
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[48:49], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_29
; %bb.28:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s7, s48, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s49, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v18, v[14:15], off
.LBB0_29:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s7, s6, 28
	v_dual_mov_b32 v26, 0 :: v_dual_mov_b32 v27, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s19, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s5, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[50:51], s[2:3], s[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_31
; %bb.30:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s7, s50, v9
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s51, 0, s7
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v27, v[14:15], off
.LBB0_31:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s6, s6, 30
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s6, s19, s6
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s7, s6, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[52:53], s[2:3], s[6:7]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v14, s2, s52, v9
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v15, null, s53, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v26, v[14:15], off
.LBB0_33:
	.loc	1 0 13                          ; kernels.py:0:13
	s_clause 0x1
	s_load_b64 s[2:3], s[0:1], 0x8
	s_load_b32 s6, s[0:1], 0x28
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s7, ttmp7, 5
	.loc	1 196 21                        ; kernels.py:196:21
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v23, 0
	.loc	1 191 10                        ; kernels.py:191:10
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s19, s7, 0x1fffe0
	.loc	1 192 10                        ; kernels.py:192:10
	s_lshr_b32 s7, s4, 2
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v29, s19, v1
	.loc	1 192 10                        ; kernels.py:192:10
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s7, s7, 24
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_35
; %bb.34:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s7
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_ashr_i32 s9, s8, 31
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_delay_alu instid0(SALU_CYCLE_1)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v23, v[14:15], off
.LBB0_35:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_37
; %bb.36:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 1
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v28, v[14:15], off
.LBB0_37:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v30, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 2
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v30, v[14:15], off
.LBB0_39:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_41
; %bb.40:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 3
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v25, v[14:15], off
.LBB0_41:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v32, 0 :: v_dual_mov_b32 v31, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_43
; %bb.42:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 4
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v31, v[14:15], off
.LBB0_43:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_45
; %bb.44:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 5
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v32, v[14:15], off
.LBB0_45:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v34, 0 :: v_dual_mov_b32 v33, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_47
; %bb.46:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 6
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v33, v[14:15], off
.LBB0_47:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_49
; %bb.48:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 7
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v34, v[14:15], off
.LBB0_49:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v36, 0 :: v_dual_mov_b32 v35, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_51
; %bb.50:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 32
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v35, v[14:15], off
.LBB0_51:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_53
; %bb.52:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 33
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v36, v[14:15], off
.LBB0_53:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v38, 0 :: v_dual_mov_b32 v37, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_55
; %bb.54:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 34
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v37, v[14:15], off
.LBB0_55:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_57
; %bb.56:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 35
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v38, v[14:15], off
.LBB0_57:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v40, 0 :: v_dual_mov_b32 v39, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 36
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v39, v[14:15], off
.LBB0_59:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_61
; %bb.60:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 37
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v40, v[14:15], off
.LBB0_61:
	s_and_b32 s8, s5, exec_lo
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_64
; %bb.62:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s8, s7, 38
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s8
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s8, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s9, 0, s8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v14, v[14:15], off
	s_and_b32 s5, s5, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_65
.LBB0_63:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s5, s7, 39
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s6, s5
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[2:3], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v15, s5, s8, v29
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v16, null, s9, 0, s5
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_u8 v1, v[15:16], off
	s_branch .LBB0_66
.LBB0_64:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v14, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s5, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc0 .LBB0_63
.LBB0_65:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b16_e32 v1.l, 0
.LBB0_66:
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_lshlrev_b16 v1.l, 8, v1.l
	v_and_b32_e32 v22, 0x7f, v8
	.loc	1 196 13                        ; kernels.py:196:13
	v_bfe_i32 v24, v0, 4, 1
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v9, 15, v0
	s_load_b64 s[54:55], s[0:1], 0x10
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v31.h, v14.l, v1.l
	v_xor_b32_e32 v1, 8, v22
	v_xor_b32_e32 v16, 16, v22
	v_xor_b32_e32 v17, 24, v22
	v_add_nc_u32_e32 v14, 0, v22
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_co_i32 s58, s18, 64
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v15, 0, v1
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b32_e32 v1, 2, v0
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v16, 0, v16
	v_add_nc_u32_e32 v17, 0, v17
	ds_store_b8 v14, v3
	ds_store_b8 v14, v13 offset:1024
	ds_store_b8 v15, v2 offset:128
	ds_store_b8 v15, v12 offset:1152
	ds_store_b8 v16, v7 offset:256
	ds_store_b8 v16, v21 offset:1280
	ds_store_b8 v17, v6 offset:384
	ds_store_b8 v17, v20 offset:1408
	v_xor_b32_e32 v3, 40, v22
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v13, 56, v1
	v_and_b32_e32 v1, 0x408, v24
	v_lshlrev_b32_e32 v12, 6, v9
	v_xor_b32_e32 v2, 32, v22
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v21, 0, v3
	v_xor_b32_e32 v6, 48, v22
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor3_b32 v1, s7, v1, v13
	v_xor_b32_e32 v7, 56, v22
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v20, 0, v2
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v2.l, 8, v25.l
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v22, 0, v6
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b32_e32 v3, v1, v12
	v_lshlrev_b16 v1.l, 8, v34.l
	v_lshlrev_b16 v1.h, 8, v32.l
	v_and_b32_e32 v32, 16, v0
	v_lshlrev_b16 v0.h, 8, v28.l
	v_add_nc_u32_e32 v25, 0, v3
	v_xor_b32_e32 v3, 32, v3
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v24, 0, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v7.h, v33.l, v1.l
	v_or_b16 v7.l, v31.l, v1.h
	v_or_b16 v6.h, v30.l, v2.l
	v_lshlrev_b16 v1.l, 8, v38.l
	v_lshlrev_b16 v1.h, 8, v36.l
	v_lshlrev_b16 v2.l, 8, v40.l
	v_or_b16 v6.l, v23.l, v0.h
	v_add_nc_u32_e32 v28, 0, v3
	v_lshrrev_b32_e32 v23, 1, v32
	v_or_b16 v30.h, v37.l, v1.l
	v_or_b16 v30.l, v35.l, v1.h
	v_or_b16 v31.l, v39.l, v2.l
	s_and_b32 s56, s4, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s57, 0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s58, 1
	.loc	1 195 13                        ; kernels.py:195:13
	ds_store_b8 v20, v5 offset:512
	ds_store_b8 v20, v19 offset:1536
	ds_store_b8 v21, v4 offset:640
	ds_store_b8 v21, v18 offset:1664
	ds_store_b8 v22, v11 offset:768
	ds_store_b8 v22, v27 offset:1792
	ds_store_b8 v24, v10 offset:896
	ds_store_b8 v24, v26 offset:1920
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v25, v[6:7] offset:2048
	ds_store_b64 v28, v[30:31] offset:2048
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_69
; %bb.67:                               ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_xor_b32_e32 v1, v13, v23
	s_bfe_i32 s5, s33, 0x10000
	s_lshl_b32 s8, s56, 4
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, s5, 0x408
	.loc	1 194 5                         ; kernels.py:194:5
	s_wait_kmcnt 0x0
	v_add_co_u32 v10, s2, s2, v29
	v_or3_b32 v19, s8, v12, v1
	s_wait_alu depctr_sa_sdst(0)
	v_xor_b32_e32 v1, s5, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v11, null, s3, 0, s2
	s_add_co_i32 s2, s7, 0x67
	v_and_b16 v0.l, v0.l, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s59, s6, s2
	s_add_co_i32 s2, s7, 0x66
	v_or_b32_e32 v30, v1, v12
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s61, s6, s2
	s_add_co_i32 s2, s7, 0x65
	s_add_co_i32 s3, s7, 0x64
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s62, s6, s2
	s_add_co_i32 s2, s7, 0x63
	s_mul_i32 s63, s6, s3
	s_add_co_i32 s3, s7, 0x62
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s64, s6, s2
	s_add_co_i32 s2, s7, 0x61
	v_xor_b32_e32 v26, 16, v19
	v_xor_b32_e32 v27, 32, v19
	v_xor_b32_e32 v29, 48, v19
	v_or_b16 v0.l, s4, v0.l
	v_xor_b32_e32 v31, 16, v30
	v_xor_b32_e32 v32, 32, v30
	v_xor_b32_e32 v33, 48, v30
	s_mul_i32 s65, s6, s3
	s_or_b32 s3, s7, 0x60
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s66, s6, s2
	s_add_co_i32 s2, s7, 0x47
	s_mul_i32 s67, s6, s3
	s_add_co_i32 s3, s7, 0x46
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s68, s6, s2
	s_add_co_i32 s2, s7, 0x45
	s_mul_i32 s69, s6, s3
	s_add_co_i32 s3, s7, 0x44
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s70, s6, s2
	s_add_co_i32 s2, s7, 0x43
	v_and_or_b32 v18, v0, 63, 64
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	v_add_nc_u32_e32 v19, 0, v19
	v_add_nc_u32_e32 v26, 0, v26
	v_add_nc_u32_e32 v27, 0, v27
	v_add_nc_u32_e32 v29, 0, v29
	v_add_nc_u32_e32 v30, 0, v30
	v_add_nc_u32_e32 v31, 0, v31
	v_add_nc_u32_e32 v32, 0, v32
	v_add_nc_u32_e32 v33, 0, v33
	s_mul_i32 s71, s6, s3
	s_add_co_i32 s3, s7, 0x42
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s72, s6, s2
	s_add_co_i32 s2, s7, 0x41
	s_or_b32 s7, s7, 64
	s_lshl_b32 s60, s6, 6
	s_mul_i32 s73, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s74, s6, s2
	s_mul_i32 s75, s6, s7
	s_mov_b32 s76, 0
.LBB0_68:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	v_add_nc_u32_e32 v34, s57, v18
	.loc	1 196 21                        ; kernels.py:196:21
	s_add_co_i32 s77, s59, s76
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s93, s77, 31
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 195 21                        ; kernels.py:195:21
	v_ashrrev_i32_e32 v64, 31, v34
	v_add_co_u32 v65, s16, s20, v34
	v_add_co_u32 v35, vcc_lo, s22, v34
	v_add_co_u32 v37, s2, s24, v34
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v66, null, s21, v64, s16
	v_add_co_u32 v39, s3, s26, v34
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v36, null, s23, v64, vcc_lo
	v_add_co_u32 v41, s4, s28, v34
	v_add_co_ci_u32_e64 v38, null, s25, v64, s2
	v_add_co_u32 v43, s5, s30, v34
	v_add_co_u32 v45, s6, s34, v34
	v_add_co_u32 v47, s7, s36, v34
	v_add_co_u32 v49, s8, s38, v34
	v_add_co_u32 v51, s9, s40, v34
	v_add_co_u32 v53, s10, s42, v34
	v_add_co_u32 v55, s11, s44, v34
	v_add_co_u32 v57, s12, s46, v34
	v_add_co_u32 v59, s13, s48, v34
	v_add_co_u32 v61, s14, s50, v34
	v_add_co_u32 v63, s15, s52, v34
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v40, null, s27, v64, s3
	v_add_co_ci_u32_e64 v42, null, s29, v64, s4
	v_add_co_ci_u32_e64 v44, null, s31, v64, s5
	v_add_co_ci_u32_e64 v46, null, s35, v64, s6
	v_add_co_ci_u32_e64 v48, null, s37, v64, s7
	v_add_co_ci_u32_e64 v50, null, s39, v64, s8
	v_add_co_ci_u32_e64 v52, null, s41, v64, s9
	v_add_co_ci_u32_e64 v54, null, s43, v64, s10
	v_add_co_ci_u32_e64 v56, null, s45, v64, s11
	v_add_co_ci_u32_e64 v58, null, s47, v64, s12
	v_add_co_ci_u32_e64 v60, null, s49, v64, s13
	v_add_co_ci_u32_e64 v62, null, s51, v64, s14
	v_add_co_ci_u32_e64 v64, null, s53, v64, s15
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_clause 0xf
	global_load_d16_u8 v34, v[65:66], off
	global_load_d16_hi_u8 v34, v[35:36], off
	global_load_d16_u8 v35, v[37:38], off
	global_load_d16_hi_u8 v35, v[39:40], off
	global_load_d16_u8 v36, v[41:42], off
	global_load_d16_hi_u8 v36, v[43:44], off
	global_load_d16_u8 v37, v[45:46], off
	global_load_d16_hi_u8 v37, v[47:48], off
	global_load_d16_u8 v38, v[49:50], off
	global_load_d16_hi_u8 v38, v[51:52], off
	global_load_d16_u8 v39, v[53:54], off
	global_load_d16_hi_u8 v39, v[55:56], off
	global_load_d16_u8 v40, v[57:58], off
	global_load_d16_hi_u8 v40, v[59:60], off
	global_load_d16_u8 v41, v[61:62], off
	global_load_d16_hi_u8 v41, v[63:64], off
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	s_add_co_i32 s2, s74, s76
	s_add_co_i32 s3, s73, s76
	s_add_co_i32 s4, s72, s76
	s_add_co_i32 s5, s71, s76
	s_add_co_i32 s6, s70, s76
	s_add_co_i32 s7, s69, s76
	s_add_co_i32 s8, s68, s76
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s79, s2, 31
	s_ashr_i32 s80, s3, 31
	s_ashr_i32 s81, s4, 31
	v_add_co_u32 v42, vcc_lo, v10, s2
	v_add_co_u32 v44, s2, v10, s3
	v_add_co_u32 v46, s3, v10, s4
	s_ashr_i32 s82, s5, 31
	s_ashr_i32 s83, s6, 31
	s_ashr_i32 s84, s7, 31
	s_ashr_i32 s85, s8, 31
	v_add_co_u32 v48, s4, v10, s5
	v_add_co_u32 v50, s5, v10, s6
	v_add_co_u32 v52, s6, v10, s7
	v_add_co_u32 v54, s7, v10, s8
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s9, s67, s76
	s_add_co_i32 s10, s66, s76
	s_add_co_i32 s11, s65, s76
	s_add_co_i32 s12, s64, s76
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_ci_u32_e64 v47, null, s81, v11, s3
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s16, s75, s76
	s_add_co_i32 s13, s63, s76
	s_add_co_i32 s14, s62, s76
	s_add_co_i32 s15, s61, s76
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_ci_u32_e64 v55, null, s85, v11, s7
	s_ashr_i32 s86, s9, 31
	s_ashr_i32 s87, s10, 31
	s_ashr_i32 s88, s11, 31
	s_ashr_i32 s89, s12, 31
	v_add_co_u32 v56, s8, v10, s9
	v_add_co_u32 v58, s9, v10, s10
	v_add_co_u32 v60, s10, v10, s11
	v_add_co_u32 v62, s11, v10, s12
	v_add_co_ci_u32_e64 v53, null, s84, v11, s6
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s78, s16, 31
	s_ashr_i32 s90, s13, 31
	s_ashr_i32 s91, s14, 31
	s_ashr_i32 s92, s15, 31
	v_add_co_u32 v64, s12, v10, s13
	v_add_co_u32 v66, s13, v10, s14
	v_add_co_u32 v68, s14, v10, s15
	v_add_co_u32 v70, s15, v10, s77
	v_add_co_u32 v72, s16, v10, s16
	v_add_co_ci_u32_e64 v51, null, s83, v11, s5
	v_add_co_ci_u32_e64 v49, null, s82, v11, s4
	v_add_co_ci_u32_e64 v59, null, s87, v11, s9
	v_add_co_ci_u32_e64 v63, null, s89, v11, s11
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s78, v11, s16
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v43, null, s79, v11, vcc_lo
	v_add_co_ci_u32_e64 v45, null, s80, v11, s2
	v_add_co_ci_u32_e64 v57, null, s86, v11, s8
	v_add_co_ci_u32_e64 v61, null, s88, v11, s10
	v_add_co_ci_u32_e64 v65, null, s90, v11, s12
	v_add_co_ci_u32_e64 v67, null, s91, v11, s13
	v_add_co_ci_u32_e64 v69, null, s92, v11, s14
	v_add_co_ci_u32_e64 v71, null, s93, v11, s15
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_co_i32 s2, s57, 64
	s_add_co_i32 s76, s76, s60
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s57, s2
	s_cmp_lt_i32 s2, s58
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 196 13                        ; kernels.py:196:13
	s_clause 0xf
	global_load_u8 v74, v[46:47], off
	global_load_u8 v75, v[54:55], off
	global_load_u8 v76, v[52:53], off
	global_load_u8 v77, v[50:51], off
	global_load_u8 v78, v[48:49], off
	global_load_u8 v79, v[44:45], off
	global_load_u8 v80, v[42:43], off
	global_load_u8 v72, v[72:73], off
	global_load_u8 v62, v[62:63], off
	global_load_u8 v63, v[70:71], off
	global_load_u8 v68, v[68:69], off
	global_load_u8 v66, v[66:67], off
	global_load_u8 v64, v[64:65], off
	global_load_u8 v60, v[60:61], off
	global_load_u8 v58, v[58:59], off
	global_load_u8 v59, v[56:57], off
	ds_load_b64 v[42:43], v30 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b64 v[44:45], v19
	ds_load_b64 v[46:47], v26
	ds_load_b64 v[48:49], v27
	ds_load_b64 v[50:51], v29
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b64 v[52:53], v31 offset:2048
	ds_load_b64 v[54:55], v32 offset:2048
	ds_load_b64 v[56:57], v33 offset:2048
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x6
	v_wmma_i32_16x16x16_iu8 v[0:7], v[42:43], v[44:45], v[0:7] neg_lo:[1,1,0]
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[0:7], v[52:53], v[46:47], v[0:7] neg_lo:[1,1,0]
	s_wait_dscnt 0x1
	v_wmma_i32_16x16x16_iu8 v[0:7], v[54:55], v[48:49], v[0:7] neg_lo:[1,1,0]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[0:7], v[56:57], v[50:51], v[0:7] neg_lo:[1,1,0]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_loadcnt 0xd
	v_perm_b32 v43, v76, v75, 0xc0c0004
	s_wait_loadcnt 0xb
	v_perm_b32 v42, v78, v77, 0xc0c0004
	s_wait_loadcnt 0xa
	v_perm_b32 v45, v79, v74, 0xc0c0004
	s_wait_loadcnt 0x8
	v_perm_b32 v44, v72, v80, 0xc0c0004
	v_lshl_or_b32 v43, v43, 16, v42
	s_wait_loadcnt 0x5
	v_perm_b32 v47, v68, v63, 0xc0c0004
	s_wait_loadcnt 0x3
	v_perm_b32 v46, v64, v66, 0xc0c0004
	s_wait_loadcnt 0x2
	v_perm_b32 v49, v60, v62, 0xc0c0004
	v_lshl_or_b32 v42, v45, 16, v44
	s_wait_loadcnt 0x0
	v_perm_b32 v48, v59, v58, 0xc0c0004
	v_lshl_or_b32 v45, v47, 16, v46
	s_delay_alu instid0(VALU_DEP_2)
	v_lshl_or_b32 v44, v49, 16, v48
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_b8 v14, v34
	ds_store_b8 v14, v38 offset:1024
	ds_store_b8_d16_hi v15, v34 offset:128
	ds_store_b8_d16_hi v15, v38 offset:1152
	ds_store_b8 v16, v35 offset:256
	ds_store_b8 v16, v39 offset:1280
	ds_store_b8_d16_hi v17, v35 offset:384
	ds_store_b8_d16_hi v17, v39 offset:1408
	ds_store_b8 v20, v36 offset:512
	ds_store_b8 v20, v40 offset:1536
	ds_store_b8_d16_hi v21, v36 offset:640
	ds_store_b8_d16_hi v21, v40 offset:1664
	ds_store_b8 v22, v37 offset:768
	ds_store_b8 v22, v41 offset:1792
	ds_store_b8_d16_hi v24, v37 offset:896
	ds_store_b8_d16_hi v24, v41 offset:1920
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v25, v[42:43] offset:2048
	ds_store_b64 v28, v[44:45] offset:2048
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_68
	s_branch .LBB0_70
.LBB0_69:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_mov_b32_e32 v7, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v6, v7 :: v_dual_mov_b32 v5, v7
	v_dual_mov_b32 v4, v7 :: v_dual_mov_b32 v3, v7
	v_dual_mov_b32 v2, v7 :: v_dual_mov_b32 v1, v7
	v_mov_b32_e32 v0, v7
.LBB0_70:                               ; %Flow242
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_load_b32 s0, s[0:1], 0x2c
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s1, s18, 63
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lt_i32 s1, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	s_cbranch_scc1 .LBB0_72
; %bb.71:
	v_xor_b32_e32 v10, v13, v23
	.loc	1 196 13                        ; kernels.py:196:13
	s_bfe_i32 s1, s33, 0x10000
	s_delay_alu instid0(SALU_CYCLE_1)
	s_and_b32 s1, s1, 0x408
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_xor_b32_e32 v11, s1, v10
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s1, s56, 4
	s_wait_alu depctr_sa_sdst(0)
	v_or3_b32 v21, s1, v12, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b32_e32 v20, v11, v12
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v12, 0, v21
	v_xad_u32 v16, v21, 16, 0
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u32_e32 v10, 0, v20
	v_xad_u32 v14, v20, 16, 0
	.loc	1 195 13                        ; kernels.py:195:13
	v_xad_u32 v18, v21, 32, 0
	ds_load_b64 v[16:17], v16
	ds_load_b64 v[18:19], v18
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b64 v[10:11], v10 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b64 v[12:13], v12
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b64 v[14:15], v14 offset:2048
	v_xad_u32 v22, v20, 32, 0
	v_xad_u32 v23, v20, 48, 0
	.loc	1 195 13                        ; kernels.py:195:13
	v_xad_u32 v24, v21, 48, 0
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b64 v[20:21], v22 offset:2048
	ds_load_b64 v[22:23], v23 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b64 v[24:25], v24
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x4
	v_wmma_i32_16x16x16_iu8 v[0:7], v[10:11], v[12:13], v[0:7] neg_lo:[1,1,0]
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[0:7], v[14:15], v[16:17], v[0:7] neg_lo:[1,1,0]
	s_wait_dscnt 0x2
	v_wmma_i32_16x16x16_iu8 v[0:7], v[20:21], v[18:19], v[0:7] neg_lo:[1,1,0]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_i32_16x16x16_iu8 v[0:7], v[22:23], v[24:25], v[0:7] neg_lo:[1,1,0]
.LBB0_72:                               ; %._crit_edge._crit_edge
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s1, s56, 2
	v_lshrrev_b32_e32 v8, 1, v8
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_wait_alu depctr_sa_sdst(0)
	v_or3_b32 v9, v9, s1, s17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	v_and_or_b32 v11, v8, 24, s19
	.loc	1 198 22                        ; kernels.py:198:22
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v9, s0, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 198 14 is_stmt 0              ; kernels.py:198:14
	v_ashrrev_i32_e32 v10, 31, v9
	v_lshlrev_b64_e32 v[8:9], 2, v[9:10]
	v_lshlrev_b32_e32 v10, 2, v11
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_co_u32 v8, vcc_lo, s54, v8
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v9, null, s55, v9, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v8, vcc_lo, v8, v10
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v9, null, 0, v9, vcc_lo
	.loc	1 198 5                         ; kernels.py:198:5
	s_clause 0x1
	global_store_b128 v[8:9], v[0:3], off
	global_store_b128 v[8:9], v[4:7], off offset:16
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
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 81
		.amdhsa_next_free_sgpr 94
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-gemm)<<4)&4080)>>4
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
	.set .Lgemm.num_vgpr, 81
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
; codeLenInByte = 5776
; TotalNumSgprs: 96
; NumVgprs: 81
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 10
; NumSGPRsForWavesPerEU: 96
; NumVGPRsForWavesPerEU: 81
; Occupancy: 16
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
    .vgpr_count:     81
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

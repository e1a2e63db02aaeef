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
	s_load_b64 s[4:5], s[0:1], 0x0
.Ltmp0:
	.loc	1 190 23 prologue_end           ; kernels.py:190:23
	v_and_b32_e32 v2, 31, v0
	.loc	1 198 5                         ; kernels.py:198:5
	s_bfe_u32 s33, ttmp8, 0x50019
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s17, ttmp9, 4
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	s_lshl_b32 s8, s33, 5
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_or_b32_e32 v1, s8, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_dual_mov_b32 v4, 0 :: v_dual_and_b32 v3, 63, v1
	.loc	1 195 29 is_stmt 0              ; kernels.py:195:29
	s_wait_kmcnt 0x0
	s_mul_i32 s6, s19, s17
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s7, s6, 31
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s18, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[20:21], s[4:5], s[6:7]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s9, -1, 0
	s_cmp_lt_i32 s18, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	v_add_co_u32 v5, s2, s20, v3
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v6, null, s21, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v5, v[5:6], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_3:
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_add_co_i32 s2, s6, s19
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[22:23], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v6, s2, s22, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v7, null, s23, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v4, v[6:7], off
.LBB0_5:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl1_add_u32 s2, s19, s6
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[24:25], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v7, s2, s24, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v8, null, s25, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v7, v[7:8], off
.LBB0_7:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 3
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s26, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s27, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v6, v[8:9], off
.LBB0_9:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl2_add_u32 s2, s19, s6
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[28:29], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s28, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s29, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v11, v[8:9], off
.LBB0_11:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 5
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[30:31], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_13
; %bb.12:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s30, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s31, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v10, v[8:9], off
.LBB0_13:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 6
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[34:35], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_15
; %bb.14:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s34, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s35, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v15, v[8:9], off
.LBB0_15:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 7
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[36:37], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_17
; %bb.16:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s36, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s37, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v14, v[8:9], off
.LBB0_17:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl3_add_u32 s2, s19, s6
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[38:39], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_19
; %bb.18:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s38, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s39, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v13, v[8:9], off
.LBB0_19:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[40:41], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_21
; %bb.20:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s40, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s41, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v12, v[8:9], off
.LBB0_21:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 10
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v17, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[42:43], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_23
; %bb.22:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s42, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s43, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v17, v[8:9], off
.LBB0_23:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 11
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[44:45], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_25
; %bb.24:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s44, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s45, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v16, v[8:9], off
.LBB0_25:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 12
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[46:47], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_27
; %bb.26:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s46, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s47, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v23, v[8:9], off
.LBB0_27:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 13
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[48:49], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_29
; %bb.28:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s48, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s49, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v22, v[8:9], off
.LBB0_29:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s19, 14
	v_mov_b32_e32 v26, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s6, s2
	v_mov_b32_e32 v28, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s7, s9, exec_lo
	s_cselect_b32 s7, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[50:51], s[4:5], s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s7, 1
	s_cbranch_scc1 .LBB0_31
; %bb.30:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s2, s50, v3
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s51, 0, s2
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v28, v[8:9], off
.LBB0_31:
	.loc	1 0 13                          ; kernels.py:0:13
	s_load_b64 s[2:3], s[0:1], 0x8
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s7, s19, 15
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_co_i32 s6, s6, s7
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s7, s6, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s10, s9, exec_lo
	s_cselect_b32 s10, 1, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[52:53], s[4:5], s[6:7]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cmp_lg_u32 s10, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32 v8, s4, s52, v3
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s53, 0, s4
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v26, v[8:9], off
.LBB0_33:
	.loc	1 0 13                          ; kernels.py:0:13
	s_load_b32 s4, s[0:1], 0x28
	v_dual_mov_b32 v27, 0 :: v_dual_and_b32 v8, 15, v0
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_lshrrev_b32_e32 v1, 1, v1
	.loc	1 191 10                        ; kernels.py:191:10
	s_lshl_b32 s5, ttmp7, 4
	.loc	1 196 21                        ; kernels.py:196:21
	v_mov_b32_e32 v30, 0
	.loc	1 191 10                        ; kernels.py:191:10
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s19, s5, 0xffff0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v29, s19, v8
	.loc	1 192 10                        ; kernels.py:192:10
	v_and_b32_e32 v24, 24, v1
	.loc	1 196 13                        ; kernels.py:196:13
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_35
; %bb.34:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v1, s4, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v27, v[18:19], off
.LBB0_35:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_37
; %bb.36:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 1, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v30, v[18:19], off
.LBB0_37:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v25, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	v_mov_b32_e32 v31, 0
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 2, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v31, v[18:19], off
.LBB0_39:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_41
; %bb.40:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 3, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v25, v[18:19], off
.LBB0_41:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v33, 0 :: v_dual_mov_b32 v32, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_43
; %bb.42:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 4, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v32, v[18:19], off
.LBB0_43:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_45
; %bb.44:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 5, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v33, v[18:19], off
.LBB0_45:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v35, 0 :: v_dual_mov_b32 v34, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_47
; %bb.46:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 6, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v34, v[18:19], off
.LBB0_47:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_49
; %bb.48:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 7, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v35, v[18:19], off
.LBB0_49:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v37, 0 :: v_dual_mov_b32 v36, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_51
; %bb.50:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 32, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v36, v[18:19], off
.LBB0_51:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_53
; %bb.52:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 33, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v37, v[18:19], off
.LBB0_53:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v39, 0 :: v_dual_mov_b32 v38, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_55
; %bb.54:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 34, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v38, v[18:19], off
.LBB0_55:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_57
; %bb.56:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 35, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v39, v[18:19], off
.LBB0_57:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v40, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 36, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v40, v[18:19], off
.LBB0_59:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_61
; %bb.60:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 37, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v41, v[18:19], off
.LBB0_61:
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_64
; %bb.62:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 38, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v18, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v19, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v18, v[18:19], off
	s_and_b32 s5, s9, exec_lo
	s_cselect_b32 s5, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_65
.LBB0_63:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 39, v24
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v1, s4, v1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v1
	v_add_co_u32 v1, vcc_lo, s2, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s3, v9, vcc_lo
	v_add_co_u32 v19, vcc_lo, v1, v29
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v20, null, 0, v9, vcc_lo
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_u8 v1, v[19:20], off
	s_branch .LBB0_66
.LBB0_64:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v18, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s5, s9, exec_lo
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
	v_xor_b32_e32 v19, 8, v3
	v_xor_b32_e32 v21, 24, v3
	.loc	1 190 23                        ; kernels.py:190:23
	v_lshrrev_b32_e32 v9, 1, v0
	s_load_b64 s[54:55], s[0:1], 0x10
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b16 v31.h, v18.l, v1.l
	v_xor_b32_e32 v1, 16, v3
	v_add_nc_u32_e32 v18, 0, v3
	v_add_nc_u32_e32 v19, 0, v19
	v_add_nc_u32_e32 v21, 0, v21
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v9, 8, v9
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v20, 0, v1
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b32_e32 v1, 2, v0
	.loc	1 195 13                        ; kernels.py:195:13
	ds_store_b8 v18, v5
	ds_store_b8 v18, v4 offset:64
	ds_store_b8 v19, v7 offset:128
	ds_store_b8 v19, v6 offset:192
	ds_store_b8 v20, v11 offset:256
	ds_store_b8 v20, v10 offset:320
	ds_store_b8 v21, v15 offset:384
	ds_store_b8 v21, v14 offset:448
	v_xor_b32_e32 v6, 48, v3
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b32_e32 v7, 6, v8
	v_xor_b32_e32 v4, 40, v3
	v_and_b32_e32 v5, 56, v1
	v_xor_b32_e32 v1, 32, v3
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v15, 0, v6
	v_xor_b32_e32 v3, 56, v3
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v0.h, 8, v35.l
	v_xor_b32_e32 v10, v24, v5
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v11, 0, v1
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16 v1.l, 8, v33.l
	v_lshlrev_b16 v1.h, 8, v25.l
	v_lshlrev_b16 v2.h, 8, v30.l
	v_or_b32_e32 v6, v10, v7
	v_xor_b32_e32 v5, v5, v9
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v14, 0, v4
	v_add_nc_u32_e32 v24, 0, v3
	.loc	1 196 13                        ; kernels.py:196:13
	v_or_b16 v4.h, v34.l, v0.h
	v_add_nc_u32_e32 v25, 0, v6
	v_xor_b32_e32 v6, 32, v6
	v_or_b16 v4.l, v32.l, v1.l
	v_or_b16 v3.h, v31.l, v1.h
	v_lshlrev_b16 v0.h, 8, v39.l
	v_lshlrev_b16 v1.l, 8, v37.l
	v_lshlrev_b16 v1.h, 8, v41.l
	v_or_b16 v3.l, v27.l, v2.h
	v_add_nc_u32_e32 v27, 0, v6
	v_or_b32_e32 v10, v5, v7
	v_or_b16 v30.h, v38.l, v0.h
	v_or_b16 v30.l, v36.l, v1.l
	v_or_b16 v31.l, v40.l, v1.h
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_co_i32 s57, s18, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s56, 0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s57, 1
	.loc	1 195 13                        ; kernels.py:195:13
	ds_store_b8 v11, v13 offset:512
	ds_store_b8 v11, v12 offset:576
	ds_store_b8 v14, v17 offset:640
	ds_store_b8 v14, v16 offset:704
	ds_store_b8 v15, v23 offset:768
	ds_store_b8 v15, v22 offset:832
	ds_store_b8 v24, v28 offset:896
	ds_store_b8 v24, v26 offset:960
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v25, v[3:4] offset:1024
	ds_store_b64 v27, v[30:31] offset:1024
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_69
; %bb.67:                               ; %.lr.ph
	v_add_nc_u16 v0.h, s8, v2.l
	v_and_b16 v0.l, v0.l, 31
	s_wait_kmcnt 0x0
	v_add_co_u32 v12, s2, s2, v29
	v_xor_b32_e32 v2, 16, v10
	v_lshrrev_b16 v1.l, 1, v0.h
	v_or_b16 v0.l, s8, v0.l
	v_xor_b32_e32 v3, 32, v10
	v_xor_b32_e32 v4, 48, v10
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v13, null, s3, 0, s2
	v_and_b32_e32 v1, 24, v1
	v_and_or_b32 v16, v0, 63, 64
	s_lshl_b32 s58, s4, 6
	s_mov_b32 s59, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b32_e32 v0, 0x67, v1
	v_mul_lo_u32 v17, s4, v0
	v_or_b32_e32 v0, 0x61, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v30, s4, v0
	v_or_b32_e32 v0, 0x44, v1
	v_mul_lo_u32 v35, s4, v0
	v_mov_b32_e32 v0, 0
	v_or_b32_e32 v5, 0x66, v1
	v_or_b32_e32 v6, 0x65, v1
	v_or_b32_e32 v7, 0x64, v1
	v_or_b32_e32 v28, 0x63, v1
	v_or_b32_e32 v29, 0x62, v1
	v_mul_lo_u32 v22, s4, v5
	v_mul_lo_u32 v23, s4, v6
	v_mul_lo_u32 v26, s4, v7
	v_or_b32_e32 v5, 0x60, v1
	v_or_b32_e32 v6, 0x47, v1
	v_or_b32_e32 v7, 0x46, v1
	v_or_b32_e32 v34, 0x45, v1
	v_mul_lo_u32 v28, s4, v28
	v_mul_lo_u32 v31, s4, v5
	v_mul_lo_u32 v32, s4, v6
	v_mul_lo_u32 v33, s4, v7
	v_or_b32_e32 v5, 0x43, v1
	v_or_b32_e32 v6, 0x42, v1
	v_or_b32_e32 v7, 0x41, v1
	v_or_b32_e32 v1, 64, v1
	v_mul_lo_u32 v29, s4, v29
	v_mul_lo_u32 v34, s4, v34
	v_mul_lo_u32 v36, s4, v5
	v_mul_lo_u32 v37, s4, v6
	v_mul_lo_u32 v38, s4, v7
	v_mul_lo_u32 v39, s4, v1
	v_dual_mov_b32 v1, v0 :: v_dual_add_nc_u32 v40, 0, v10
	v_dual_mov_b32 v2, v0 :: v_dual_add_nc_u32 v41, 0, v2
	v_dual_mov_b32 v3, v0 :: v_dual_add_nc_u32 v42, 0, v3
	v_dual_mov_b32 v4, v0 :: v_dual_add_nc_u32 v43, 0, v4
	v_dual_mov_b32 v5, v0 :: v_dual_mov_b32 v6, v0
	v_mov_b32_e32 v7, v0
.LBB0_68:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u32_e32 v45, s56, v16
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v80, s59, v26
	v_add_nc_u32_e32 v82, s59, v23
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s56, s56, 64
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 195 21                        ; kernels.py:195:21
	v_ashrrev_i32_e32 v62, 31, v45
	v_add_co_u32 v60, s16, s20, v45
	v_add_co_u32 v44, vcc_lo, s22, v45
	v_add_co_u32 v46, s2, s24, v45
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v61, null, s21, v62, s16
	v_add_co_u32 v48, s3, s26, v45
	v_add_co_u32 v50, s4, s28, v45
	v_add_co_u32 v52, s5, s30, v45
	v_add_co_u32 v54, s6, s34, v45
	v_add_co_u32 v56, s7, s36, v45
	v_add_co_u32 v58, s8, s38, v45
	v_add_co_u32 v65, s9, s40, v45
	v_add_co_u32 v67, s10, s42, v45
	v_add_co_u32 v69, s11, s44, v45
	v_add_co_u32 v71, s12, s46, v45
	v_add_co_u32 v73, s13, s48, v45
	v_add_co_u32 v75, s14, s50, v45
	v_add_co_u32 v77, s15, s52, v45
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v45, null, s23, v62, vcc_lo
	v_add_co_ci_u32_e64 v47, null, s25, v62, s2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v49, null, s27, v62, s3
	v_add_co_ci_u32_e64 v51, null, s29, v62, s4
	v_add_co_ci_u32_e64 v66, null, s41, v62, s9
	v_add_co_ci_u32_e64 v53, null, s31, v62, s5
	v_add_co_ci_u32_e64 v55, null, s35, v62, s6
	v_add_co_ci_u32_e64 v57, null, s37, v62, s7
	v_add_co_ci_u32_e64 v59, null, s39, v62, s8
	v_add_co_ci_u32_e64 v68, null, s43, v62, s10
	v_add_co_ci_u32_e64 v70, null, s45, v62, s11
	v_add_co_ci_u32_e64 v72, null, s47, v62, s12
	v_add_co_ci_u32_e64 v74, null, s49, v62, s13
	v_add_co_ci_u32_e64 v76, null, s51, v62, s14
	v_add_co_ci_u32_e64 v78, null, s53, v62, s15
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_clause 0xf
	global_load_d16_u8 v60, v[60:61], off
	global_load_d16_hi_u8 v60, v[44:45], off
	global_load_d16_u8 v61, v[46:47], off
	global_load_d16_hi_u8 v61, v[48:49], off
	global_load_d16_u8 v62, v[50:51], off
	global_load_d16_hi_u8 v62, v[52:53], off
	global_load_d16_u8 v63, v[54:55], off
	global_load_d16_hi_u8 v63, v[56:57], off
	global_load_d16_u8 v64, v[58:59], off
	global_load_d16_hi_u8 v64, v[65:66], off
	global_load_d16_u8 v65, v[67:68], off
	global_load_d16_hi_u8 v65, v[69:70], off
	global_load_d16_u8 v66, v[71:72], off
	global_load_d16_hi_u8 v66, v[73:74], off
	global_load_d16_u8 v67, v[75:76], off
	global_load_d16_hi_u8 v67, v[77:78], off
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	v_add_nc_u32_e32 v45, s59, v39
	v_add_nc_u32_e32 v47, s59, v38
	v_add_nc_u32_e32 v52, s59, v37
	v_add_nc_u32_e32 v54, s59, v36
	v_add_nc_u32_e32 v56, s59, v35
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v49, 31, v45
	v_ashrrev_i32_e32 v51, 31, v47
	v_add_co_u32 v48, s3, v12, v45
	v_ashrrev_i32_e32 v53, 31, v52
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v58, s59, v34
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v49, null, v13, v49, s3
	v_add_co_u32 v50, s3, v12, v47
	v_ashrrev_i32_e32 v55, 31, v54
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v68, s59, v33
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v51, null, v13, v51, s3
	v_add_co_u32 v52, s3, v12, v52
	v_ashrrev_i32_e32 v57, 31, v56
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v70, s59, v32
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v53, null, v13, v53, s3
	v_add_co_u32 v54, s3, v12, v54
	v_ashrrev_i32_e32 v59, 31, v58
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v72, s59, v31
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v55, null, v13, v55, s3
	v_add_co_u32 v56, s3, v12, v56
	v_ashrrev_i32_e32 v69, 31, v68
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v74, s59, v30
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v57, null, v13, v57, s3
	v_add_co_u32 v58, s3, v12, v58
	v_ashrrev_i32_e32 v71, 31, v70
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v76, s59, v29
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v59, null, v13, v59, s3
	v_add_co_u32 v68, s3, v12, v68
	v_ashrrev_i32_e32 v73, 31, v72
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v78, s59, v28
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v69, null, v13, v69, s3
	v_add_co_u32 v70, s3, v12, v70
	v_ashrrev_i32_e32 v75, 31, v74
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v71, null, v13, v71, s3
	v_add_co_u32 v72, s3, v12, v72
	v_ashrrev_i32_e32 v77, 31, v76
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v44, s59, v22
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u32_e32 v46, s59, v17
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, v13, v73, s3
	v_add_co_u32 v74, s3, v12, v74
	v_ashrrev_i32_e32 v79, 31, v78
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v75, null, v13, v75, s3
	v_add_co_u32 v76, s3, v12, v76
	v_ashrrev_i32_e32 v81, 31, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v77, null, v13, v77, s3
	v_add_co_u32 v78, s3, v12, v78
	v_ashrrev_i32_e32 v83, 31, v82
	v_ashrrev_i32_e32 v84, 31, v44
	v_ashrrev_i32_e32 v85, 31, v46
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v79, null, v13, v79, s3
	v_add_co_u32 v80, s3, v12, v80
	v_add_co_u32 v44, vcc_lo, v12, v44
	v_add_co_u32 v46, s2, v12, v46
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, v13, v81, s3
	v_add_co_u32 v82, s3, v12, v82
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v83, null, v13, v83, s3
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v45, null, v13, v84, vcc_lo
	v_add_co_ci_u32_e64 v47, null, v13, v85, s2
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_co_i32 s59, s59, s58
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lt_i32 s56, s57
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 196 13                        ; kernels.py:196:13
	s_clause 0xf
	global_load_u8 v84, v[54:55], off
	global_load_u8 v70, v[70:71], off
	global_load_u8 v68, v[68:69], off
	global_load_u8 v69, v[58:59], off
	global_load_u8 v71, v[56:57], off
	global_load_u8 v85, v[52:53], off
	global_load_u8 v86, v[50:51], off
	global_load_u8 v87, v[48:49], off
	global_load_u8 v78, v[78:79], off
	global_load_u8 v79, v[46:47], off
	global_load_u8 v88, v[44:45], off
	global_load_u8 v82, v[82:83], off
	global_load_u8 v80, v[80:81], off
	global_load_u8 v76, v[76:77], off
	global_load_u8 v74, v[74:75], off
	global_load_u8 v72, v[72:73], off
	.loc	1 0 0 is_stmt 0                 ; kernels.py:0
	ds_load_2addr_stride64_b64 v[44:47], v40 offset1:2
	ds_load_2addr_stride64_b64 v[48:51], v41 offset1:2
	ds_load_2addr_stride64_b64 v[52:55], v42 offset1:2
	ds_load_2addr_stride64_b64 v[56:59], v43 offset1:2
	.loc	1 197 16 is_stmt 1              ; kernels.py:197:16
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[46:47], v[44:45], v[0:7]
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[50:51], v[48:49], v[0:7]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[54:55], v[52:53], v[0:7]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[58:59], v[56:57], v[0:7]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_loadcnt 0xd
	v_perm_b32 v45, v68, v70, 0xc0c0004
	s_wait_loadcnt 0xb
	v_perm_b32 v44, v71, v69, 0xc0c0004
	s_wait_loadcnt 0xa
	v_perm_b32 v47, v85, v84, 0xc0c0004
	s_wait_loadcnt 0x8
	v_perm_b32 v46, v87, v86, 0xc0c0004
	v_lshl_or_b32 v45, v45, 16, v44
	s_wait_loadcnt 0x5
	v_perm_b32 v49, v88, v79, 0xc0c0004
	s_wait_loadcnt 0x3
	v_perm_b32 v48, v80, v82, 0xc0c0004
	s_wait_loadcnt 0x2
	v_perm_b32 v51, v76, v78, 0xc0c0004
	v_lshl_or_b32 v44, v47, 16, v46
	s_wait_loadcnt 0x0
	v_perm_b32 v50, v72, v74, 0xc0c0004
	v_lshl_or_b32 v47, v49, 16, v48
	s_delay_alu instid0(VALU_DEP_2)
	v_lshl_or_b32 v46, v51, 16, v50
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_b8 v18, v60
	ds_store_b8_d16_hi v18, v60 offset:64
	ds_store_b8 v19, v61 offset:128
	ds_store_b8_d16_hi v19, v61 offset:192
	ds_store_b8 v20, v62 offset:256
	ds_store_b8_d16_hi v20, v62 offset:320
	ds_store_b8 v21, v63 offset:384
	ds_store_b8_d16_hi v21, v63 offset:448
	ds_store_b8 v11, v64 offset:512
	ds_store_b8_d16_hi v11, v64 offset:576
	ds_store_b8 v14, v65 offset:640
	ds_store_b8_d16_hi v14, v65 offset:704
	ds_store_b8 v15, v66 offset:768
	ds_store_b8_d16_hi v15, v66 offset:832
	ds_store_b8 v24, v67 offset:896
	ds_store_b8_d16_hi v24, v67 offset:960
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v25, v[44:45] offset:1024
	ds_store_b64 v27, v[46:47] offset:1024
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
	s_cbranch_scc0 .LBB0_73
; %bb.71:
	.loc	1 198 5                         ; kernels.py:198:5
	s_bitcmp1_b32 s33, 0
	s_cselect_b32 s1, -1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_and_b32 vcc_lo, exec_lo, s1
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccz .LBB0_74
.LBB0_72:                               ; %.critedge12
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_73:
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u32_e32 v11, 0, v10
	v_xad_u32 v15, v10, 16, 0
	v_xad_u32 v19, v10, 32, 0
	v_xad_u32 v10, v10, 48, 0
	.loc	1 0 0 is_stmt 0                 ; kernels.py:0
	ds_load_2addr_stride64_b64 v[19:22], v19 offset1:2
	ds_load_2addr_stride64_b64 v[23:26], v10 offset1:2
	ds_load_2addr_stride64_b64 v[11:14], v11 offset1:2
	ds_load_2addr_stride64_b64 v[15:18], v15 offset1:2
	.loc	1 197 16 is_stmt 1              ; kernels.py:197:16
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[13:14], v[11:12], v[0:7]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[17:18], v[15:16], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[21:22], v[19:20], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[25:26], v[23:24], v[0:7]
	.loc	1 198 5                         ; kernels.py:198:5
	s_bitcmp1_b32 s33, 0
	s_cselect_b32 s1, -1, 0
	s_and_b32 vcc_lo, exec_lo, s1
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_72
.LBB0_74:                               ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v8, s17, v8
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v12, s19, v9
	.loc	1 198 22                        ; kernels.py:198:22
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v10, s0, v8
	.loc	1 198 14 is_stmt 0              ; kernels.py:198:14
	v_ashrrev_i32_e32 v11, 31, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_lshlrev_b64_e32 v[8:9], 2, v[10:11]
	v_lshlrev_b32_e32 v10, 2, v12
	v_add_co_u32 v8, vcc_lo, s54, v8
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, null, s55, v9, vcc_lo
	v_add_co_u32 v8, vcc_lo, v8, v10
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
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
		.amdhsa_next_free_vgpr 89
		.amdhsa_next_free_sgpr 60
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
	.set .Lgemm.num_vgpr, 89
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 60
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 5820
; TotalNumSgprs: 62
; NumVgprs: 89
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 11
; NumSGPRsForWavesPerEU: 62
; NumVGPRsForWavesPerEU: 89
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
    .max_flat_workgroup_size: 64
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     62
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     89
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

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
	s_load_b64 s[2:3], s[0:1], 0x20
	s_load_b64 s[18:19], s[0:1], 0x0
.Ltmp0:
	.loc	1 196 13 prologue_end           ; kernels.py:196:13
	s_bfe_u32 s25, ttmp8, 0x50019
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s24, ttmp9, 5
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	s_and_b32 s21, s25, 3
	v_mov_b16_e32 v9.l, 0
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s21, s21, s24
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v31, 31, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b16_e32 v9.h, v9.l
	v_lshlrev_b32_e32 v42, 1, v31
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_wait_kmcnt 0x0
	s_mul_i32 s4, s3, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s5, s4, 31
	s_lshl_b64 s[4:5], s[4:5], 1
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s2, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[4:5], s[18:19], s[4:5]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s20, -1, 0
	s_cmp_lt_i32 s2, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	global_load_d16_hi_b16 v9, v42, s[4:5]
.LBB0_2:
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s6, s21, 4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s6, s3, s6
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s7, s6, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_lshl_b64 s[6:7], s[6:7], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s8, s20, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[6:7], s[18:19], s[6:7]
	v_add_co_u32 v13, s8, s6, v42
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v14, null, s7, 0, s8
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s8, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s8, 1
	s_cbranch_scc1 .LBB0_4
; %bb.3:
	global_load_d16_b16 v9, v[13:14], off
.LBB0_4:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s8, s21, 8
	v_mov_b16_e32 v10.l, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s3, s8
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	v_mov_b16_e32 v10.h, v10.l
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[8:9], s[8:9], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s10, s20, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[18:19], s[8:9]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v15, s10, s8, v42
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v16, null, s9, 0, s10
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s10, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s10, 1
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	global_load_d16_hi_b16 v10, v[15:16], off
.LBB0_6:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s10, s21, 12
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s10, s3, s10
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s11, s10, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[10:11], s[10:11], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s12, s20, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[18:19], s[10:11]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v17, s12, s10, v42
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, null, s11, 0, s12
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s12, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s12, 1
	s_cbranch_scc1 .LBB0_8
; %bb.7:
	global_load_d16_b16 v10, v[17:18], off
.LBB0_8:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s12, s21, 16
	v_mov_b16_e32 v11.l, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s12, s3, s12
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	v_mov_b16_e32 v11.h, v11.l
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[12:13], s[12:13], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s14, s20, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[18:19], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v19, s14, s12, v42
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v20, null, s13, 0, s14
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s14, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s14, 1
	s_cbranch_scc1 .LBB0_10
; %bb.9:
	global_load_d16_hi_b16 v11, v[19:20], off
.LBB0_10:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s14, s21, 20
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s14, s3, s14
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s15, s14, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[14:15], s[14:15], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s16, s20, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[18:19], s[14:15]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v21, s16, s14, v42
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v22, null, s15, 0, s16
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s16, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_12
; %bb.11:
	global_load_d16_b16 v11, v[21:22], off
.LBB0_12:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s16, s21, 24
	v_mov_b16_e32 v12.l, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s16
	.loc	1 190 0                         ; kernels.py:190
	s_lshl_b32 s27, s25, 5
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	v_mov_b16_e32 v12.h, v12.l
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[16:17], s[16:17], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[18:19], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v23, s22, s16, v42
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v24, null, s17, 0, s22
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_and_b32 s22, s20, exec_lo
	s_cselect_b32 s22, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s22, 1
	s_cbranch_scc1 .LBB0_14
; %bb.13:
	global_load_d16_hi_b16 v12, v[23:24], off
.LBB0_14:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s21, s21, 28
	.loc	1 190 0 is_stmt 0               ; kernels.py:190
	s_and_b32 s30, s27, 0x60
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s22, s3, s21
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s23, s22, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[22:23], s[22:23], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s3, s20, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[18:19], s[18:19], s[22:23]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v25, s3, s18, v42
	v_add_co_ci_u32_e64 v26, null, s19, 0, s3
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_16
; %bb.15:
	global_load_d16_b16 v12, v[25:26], off
.LBB0_16:
	.loc	1 0 13                          ; kernels.py:0:13
	s_clause 0x1
	s_load_b64 s[22:23], s[0:1], 0x8
	s_load_b32 s28, s[0:1], 0x28
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s3, ttmp7, 5
	v_mov_b16_e32 v27.h, 0
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s3, s3, 0x1fffe0
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s29, s30, 3
	.loc	1 191 10                        ; kernels.py:191:10
	s_wait_alu depctr_sa_sdst(0)
	v_or_b32_e32 v1, s3, v31
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s21, s20, exec_lo
	v_mov_b16_e32 v27.l, v27.h
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(VALU_DEP_2)
	v_lshlrev_b32_e32 v43, 1, v1
	s_cmp_lg_u32 s21, 1
	s_cbranch_scc1 .LBB0_18
; %bb.17:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s29
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_b16 v27, v43, s[34:35]
.LBB0_18:
	s_and_b32 s21, s20, exec_lo
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s21, 1
	s_cbranch_scc1 .LBB0_20
; %bb.19:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s21, s29, 1
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_hi_b16 v27, v43, s[34:35]
.LBB0_20:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b16_e32 v28.h, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s21, s20, exec_lo
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_cmp_lg_u32 s21, 1
	v_mov_b16_e32 v28.l, v28.h
	s_cbranch_scc1 .LBB0_22
; %bb.21:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s21, s29, 2
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_b16 v28, v43, s[34:35]
.LBB0_22:
	s_and_b32 s21, s20, exec_lo
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s21, 1
	s_cbranch_scc1 .LBB0_24
; %bb.23:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s21, s29, 3
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_hi_b16 v28, v43, s[34:35]
.LBB0_24:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b16_e32 v29.h, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s21, s20, exec_lo
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_cmp_lg_u32 s21, 1
	v_mov_b16_e32 v29.l, v29.h
	s_cbranch_scc1 .LBB0_26
; %bb.25:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s21, s29, 16
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_b16 v29, v43, s[34:35]
.LBB0_26:
	s_and_b32 s21, s20, exec_lo
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s21, 1
	s_cbranch_scc1 .LBB0_28
; %bb.27:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s21, s29, 17
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_hi_b16 v29, v43, s[34:35]
.LBB0_28:
	s_and_b32 s21, s20, exec_lo
	s_cselect_b32 s21, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s21, 1
	s_cbranch_scc1 .LBB0_30
; %bb.29:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s21, s29, 18
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s34, s28, s21
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s35, s34, 31
	s_lshl_b64 s[34:35], s[34:35], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[34:35], s[22:23], s[34:35]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_d16_b16 v30, v43, s[34:35]
	s_branch .LBB0_31
.LBB0_30:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b16_e32 v30.l, 0
.LBB0_31:
	v_dual_mov_b32 v1, 0 :: v_dual_mov_b32 v2, 0
	.loc	1 196 13 is_stmt 1              ; kernels.py:196:13
	s_and_b32 s20, s20, exec_lo
	s_cselect_b32 s20, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s20, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 190 23                        ; kernels.py:190:23
	s_or_b32 s20, s29, 19
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_kmcnt 0x0
	s_mul_i32 s20, s28, s20
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s21, s20, 31
	s_lshl_b64 s[20:21], s[20:21], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[20:21], s[22:23], s[20:21]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u16 v2, v43, s[20:21]
.LBB0_33:
	v_lshlrev_b32_e32 v3, 3, v0
	v_lshlrev_b32_e32 v4, 1, v0
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	v_or_b32_e32 v32, s27, v31
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_loadcnt 0x0
	v_mov_b16_e32 v30.h, v2.l
	s_lshr_b32 s30, s30, 2
	s_load_b64 s[20:21], s[0:1], 0x10
	v_xor_b32_e32 v4, v3, v4
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b32_e32 v5, 1, v32
	.loc	1 190 23                        ; kernels.py:190:23
	s_bfe_i32 s31, s27, 0x10006
	v_and_b32_e32 v33, 15, v0
	v_and_b32_e32 v34, 16, v0
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v4, 48, v4
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b32_e32 v2, 0x7e, v5
	v_bfe_i32 v5, v0, 3, 1
	v_lshlrev_b32_e32 v0, 6, v0
	.loc	1 190 23                        ; kernels.py:190:23
	s_and_b32 s26, s27, 64
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_co_i32 s27, s2, 32
	s_delay_alu instid0(VALU_DEP_2)
	v_dual_mov_b32 v8, 0 :: v_dual_and_b32 v37, 0x210, v5
	v_mov_b32_e32 v5, 0
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor_b32_e32 v4, s30, v4
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s30, s31, 0x90
	.loc	1 194 5                         ; kernels.py:194:5
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lt_i32 s27, 1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshl_or_b32 v4, v31, 6, v4
	v_xor_b32_e32 v7, 32, v4
	v_add_nc_u32_e32 v40, 0, v4
	v_mov_b32_e32 v4, 0
	v_lshlrev_b32_e32 v36, 6, v33
	s_delay_alu instid0(VALU_DEP_4)
	v_add_nc_u32_e32 v41, 0, v7
	v_mov_b32_e32 v7, 0
	.loc	1 195 13                        ; kernels.py:195:13
	v_xor_b32_e32 v6, s30, v2
	v_dual_mov_b32 v2, 0 :: v_dual_and_b32 v35, 48, v3
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v40, v[27:28] offset:2048
	ds_store_b64 v41, v[29:30] offset:2048
	v_xor_b32_e32 v3, 32, v6
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v38, 0, v6
	s_delay_alu instid0(VALU_DEP_2)
	v_dual_mov_b32 v6, 0 :: v_dual_add_nc_u32 v39, 0, v3
	v_mov_b32_e32 v3, 0
	ds_store_b16_d16_hi v38, v9
	ds_store_b16_d16_hi v38, v10 offset:512
	ds_store_b16_d16_hi v38, v11 offset:1024
	ds_store_b16_d16_hi v38, v12 offset:1536
	ds_store_b16 v39, v9 offset:256
	ds_store_b16 v39, v10 offset:768
	ds_store_b16 v39, v11 offset:1280
	ds_store_b16 v39, v12 offset:1792
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_37
; %bb.34:                               ; %.lr.ph
	.loc	1 195 13                        ; kernels.py:195:13
	s_clause 0x7
	global_load_d16_b16 v42, v42, s[4:5] offset:64
	global_load_d16_hi_b16 v42, v[13:14], off offset:64
	global_load_d16_b16 v44, v[15:16], off offset:64
	global_load_d16_hi_b16 v44, v[17:18], off offset:64
	global_load_d16_b16 v45, v[19:20], off offset:64
	global_load_d16_hi_b16 v45, v[21:22], off offset:64
	global_load_d16_b16 v46, v[23:24], off offset:64
	global_load_d16_hi_b16 v46, v[25:26], off offset:64
	.loc	1 195 56 is_stmt 0              ; kernels.py:195:56
	s_or_b32 s30, s29, 32
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_wait_kmcnt 0x0
	v_add_co_u32 v9, s22, s22, v43
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, s23, 0, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s22, s30, s28
	s_mul_i32 s33, s28, 13
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s23, s22, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s30, s22, s28
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[22:23], s[22:23], 1
	s_ashr_i32 s31, s30, 31
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v1, vcc_lo, v9, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s34, s30, s28
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_ci_u32_e64 v2, null, s23, v10, vcc_lo
	s_lshl_b64 s[22:23], s[30:31], 1
	s_ashr_i32 s35, s34, 31
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v3, vcc_lo, v9, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s36, s34, s28
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v4, null, s23, v10, vcc_lo
	s_lshl_b64 s[22:23], s[34:35], 1
	s_ashr_i32 s37, s36, 31
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v5, vcc_lo, v9, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s30, s36, s33
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v6, null, s23, v10, vcc_lo
	s_lshl_b64 s[22:23], s[36:37], 1
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s31, s30, 31
	v_add_co_u32 v7, vcc_lo, v9, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s34, s30, s28
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v8, null, s23, v10, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[22:23], s[30:31], 1
	s_ashr_i32 s35, s34, 31
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v11, vcc_lo, v9, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s36, s34, s28
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v12, null, s23, v10, vcc_lo
	s_lshl_b64 s[22:23], s[34:35], 1
	s_ashr_i32 s37, s36, 31
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v13, vcc_lo, v9, s22
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s30, s36, s28
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v14, null, s23, v10, vcc_lo
	s_lshl_b64 s[22:23], s[36:37], 1
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s31, s30, 31
	v_add_co_u32 v15, vcc_lo, v9, s22
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v16, null, s23, v10, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[22:23], s[30:31], 1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v17, vcc_lo, v9, s22
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s23, v10, vcc_lo
	s_bfe_i32 s22, s25, 0x10000
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 196 13                        ; kernels.py:196:13
	s_clause 0x7
	global_load_d16_b16 v47, v[1:2], off
	global_load_d16_hi_b16 v47, v[3:4], off
	global_load_d16_b16 v48, v[5:6], off
	global_load_d16_hi_b16 v48, v[7:8], off
	global_load_d16_b16 v49, v[11:12], off
	global_load_d16_hi_b16 v49, v[13:14], off
	global_load_d16_b16 v50, v[15:16], off
	global_load_d16_hi_b16 v50, v[17:18], off
	s_wait_alu depctr_sa_sdst(0)
	v_and_or_b32 v1, 0x420, s22, v34
	v_xor_b32_e32 v2, v35, v34
	s_lshl_b32 s22, s26, 4
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_u32 s27, 33
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_xor3_b32 v1, v37, v1, v35
	s_wait_alu depctr_sa_sdst(0)
	v_or3_b32 v2, s22, v36, v2
	v_and_or_b32 v1, 0x1c0, v0, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v3, 32, v2
	v_add_nc_u32_e32 v11, 0, v2
	v_xor_b32_e32 v4, 32, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_nc_u32_e32 v12, 0, v3
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u32_e32 v13, 0, v1
	v_add_nc_u32_e32 v14, 0, v4
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[15:18], v11
	ds_load_b128 v[19:22], v12
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[23:26], v13 offset:2048
	ds_load_b128 v[27:30], v14 offset:2048
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_bf16 v[1:8], v[23:26], v[15:18], 0
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_f32_16x16x16_bf16 v[1:8], v[27:30], v[19:22], v[1:8]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_b16 v38, v42
	ds_store_b16 v38, v44 offset:512
	ds_store_b16 v38, v45 offset:1024
	ds_store_b16 v38, v46 offset:1536
	ds_store_b16_d16_hi v39, v42 offset:256
	ds_store_b16_d16_hi v39, v44 offset:768
	ds_store_b16_d16_hi v39, v45 offset:1280
	ds_store_b16_d16_hi v39, v46 offset:1792
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v40, v[47:48] offset:2048
	ds_store_b64 v41, v[49:50] offset:2048
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_37
; %bb.35:                               ; %.peel.next
	s_add_co_i32 s22, s29, 0x53
	s_add_co_i32 s30, s29, 0x52
	s_add_co_i32 s31, s29, 0x51
	s_or_b32 s33, s29, 0x50
	s_add_co_i32 s34, s29, 0x43
	s_add_co_i32 s35, s29, 0x42
	s_add_co_i32 s36, s29, 0x41
	s_or_b32 s37, s29, 64
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s22, s28, s22
	s_lshl_b32 s23, s28, 5
	s_mul_i32 s30, s28, s30
	s_mul_i32 s31, s28, s31
	s_mul_i32 s33, s28, s33
	s_mul_i32 s34, s28, s34
	s_mul_i32 s35, s28, s35
	s_mul_i32 s29, s28, s36
	s_mul_i32 s28, s28, s37
	s_mov_b32 s36, 32
	s_mov_b32 s37, 0
.LBB0_36:                               ; =>This Inner Loop Header: Depth=1
	s_add_co_i32 s36, s36, 32
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s38, s28, s37
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u32_e32 v15, s36, v31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s40, s29, s37
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s39, s38, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s42, s35, s37
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s41, s40, 31
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_ashrrev_i32_e32 v16, 31, v15
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[38:39], s[38:39], 1
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s44, s34, s37
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s43, s42, 31
	s_lshl_b64 s[40:41], s[40:41], 1
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_lshlrev_b64_e32 v[15:16], 1, v[15:16]
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s46, s33, s37
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s45, s44, 31
	s_lshl_b64 s[42:43], s[42:43], 1
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s48, s31, s37
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s47, s46, 31
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_add_co_u32 v17, vcc_lo, s4, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s5, v16, vcc_lo
	v_add_co_u32 v19, vcc_lo, s6, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v20, null, s7, v16, vcc_lo
	v_add_co_u32 v21, vcc_lo, s8, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v22, null, s9, v16, vcc_lo
	v_add_co_u32 v23, vcc_lo, s10, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v24, null, s11, v16, vcc_lo
	v_add_co_u32 v25, vcc_lo, s12, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v26, null, s13, v16, vcc_lo
	v_add_co_u32 v27, vcc_lo, s14, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v28, null, s15, v16, vcc_lo
	v_add_co_u32 v29, vcc_lo, s16, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v30, null, s17, v16, vcc_lo
	v_add_co_u32 v15, vcc_lo, s18, v15
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v16, null, s19, v16, vcc_lo
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_clause 0x7
	global_load_d16_b16 v42, v[17:18], off
	global_load_d16_hi_b16 v42, v[19:20], off
	global_load_d16_b16 v43, v[21:22], off
	global_load_d16_hi_b16 v43, v[23:24], off
	global_load_d16_b16 v44, v[25:26], off
	global_load_d16_hi_b16 v44, v[27:28], off
	global_load_d16_b16 v45, v[29:30], off
	global_load_d16_hi_b16 v45, v[15:16], off
	.loc	1 196 21 is_stmt 1              ; kernels.py:196:21
	v_add_co_u32 v15, vcc_lo, v9, s38
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v16, null, s39, v10, vcc_lo
	v_add_co_u32 v17, vcc_lo, v9, s40
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[44:45], s[44:45], 1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s41, v10, vcc_lo
	v_add_co_u32 v19, vcc_lo, v9, s42
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s50, s30, s37
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s49, s48, 31
	s_lshl_b64 s[46:47], s[46:47], 1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v20, null, s43, v10, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v21, vcc_lo, v9, s44
	s_add_co_i32 s52, s22, s37
	s_ashr_i32 s51, s50, 31
	s_lshl_b64 s[48:49], s[48:49], 1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v22, null, s45, v10, vcc_lo
	v_add_co_u32 v23, vcc_lo, v9, s46
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s53, s52, 31
	s_lshl_b64 s[50:51], s[50:51], 1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v24, null, s47, v10, vcc_lo
	v_add_co_u32 v25, vcc_lo, v9, s48
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[52:53], s[52:53], 1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v26, null, s49, v10, vcc_lo
	v_add_co_u32 v27, vcc_lo, v9, s50
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v28, null, s51, v10, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v29, vcc_lo, v9, s52
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v30, null, s53, v10, vcc_lo
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_co_i32 s37, s37, s23
	s_cmp_lt_i32 s36, s27
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 196 13                        ; kernels.py:196:13
	s_clause 0x7
	global_load_d16_b16 v46, v[15:16], off
	global_load_d16_hi_b16 v46, v[17:18], off
	global_load_d16_b16 v47, v[19:20], off
	global_load_d16_hi_b16 v47, v[21:22], off
	global_load_d16_b16 v48, v[23:24], off
	global_load_d16_hi_b16 v48, v[25:26], off
	global_load_d16_b16 v49, v[27:28], off
	global_load_d16_hi_b16 v49, v[29:30], off
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[15:18], v11
	ds_load_b128 v[19:22], v12
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[23:26], v13 offset:2048
	ds_load_b128 v[27:30], v14 offset:2048
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_bf16 v[1:8], v[23:26], v[15:18], v[1:8]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_f32_16x16x16_bf16 v[1:8], v[27:30], v[19:22], v[1:8]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_b16 v38, v42
	ds_store_b16 v38, v43 offset:512
	ds_store_b16 v38, v44 offset:1024
	ds_store_b16 v38, v45 offset:1536
	ds_store_b16_d16_hi v39, v42 offset:256
	ds_store_b16_d16_hi v39, v43 offset:768
	ds_store_b16_d16_hi v39, v44 offset:1280
	ds_store_b16_d16_hi v39, v45 offset:1792
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b64 v40, v[46:47] offset:2048
	ds_store_b64 v41, v[48:49] offset:2048
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_36
.LBB0_37:                               ; %._crit_edge
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_load_b32 s0, s[0:1], 0x2c
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s1, s2, 31
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lt_i32 s1, 32
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 197 16                        ; kernels.py:197:16
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 196 13                        ; kernels.py:196:13
	s_bfe_i32 s1, s25, 0x10000
	.loc	1 195 13                        ; kernels.py:195:13
	v_xor_b32_e32 v10, v35, v34
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_or_b32 v9, 0x420, s1, v34
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s1, s26, 4
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_or3_b32 v10, s1, v36, v10
	.loc	1 196 13                        ; kernels.py:196:13
	v_xor3_b32 v9, v37, v9, v35
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 195 13                        ; kernels.py:195:13
	v_xad_u32 v21, v10, 32, 0
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_or_b32 v0, 0x1c0, v0, v9
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v9, 0, v10
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u32_e32 v13, 0, v0
	v_xad_u32 v0, v0, 32, 0
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[9:12], v9
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_b128 v[13:16], v13 offset:2048
	ds_load_b128 v[17:20], v0 offset:2048
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b128 v[21:24], v21
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_bf16 v[1:8], v[13:16], v[9:12], v[1:8]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_f32_16x16x16_bf16 v[1:8], v[17:20], v[21:24], v[1:8]
.LBB0_39:                               ; %._crit_edge._crit_edge
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s1, s26, 2
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_wait_alu depctr_sa_sdst(0)
	v_or3_b32 v0, v33, s1, s24
	.loc	1 198 22 is_stmt 1              ; kernels.py:198:22
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v9, s0, v0
	.loc	1 190 23                        ; kernels.py:190:23
	v_lshrrev_b32_e32 v0, 1, v32
	.loc	1 191 10                        ; kernels.py:191:10
	v_and_or_b32 v0, v0, 24, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 198 14                        ; kernels.py:198:14
	v_ashrrev_i32_e32 v10, 31, v9
	v_lshlrev_b32_e32 v0, 2, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[9:10], 2, v[9:10]
	v_add_co_u32 v9, vcc_lo, s20, v9
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v10, null, s21, v10, vcc_lo
	v_add_co_u32 v9, vcc_lo, v9, v0
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v10, null, 0, v10, vcc_lo
	.loc	1 198 5 is_stmt 0               ; kernels.py:198:5
	s_clause 0x1
	global_store_b128 v[9:10], v[1:4], off
	global_store_b128 v[9:10], v[5:8], off offset:16
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
		.amdhsa_next_free_vgpr 51
		.amdhsa_next_free_sgpr 54
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
	.set .Lgemm.num_vgpr, 51
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 54
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3816
; TotalNumSgprs: 56
; NumVgprs: 51
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 6
; NumSGPRsForWavesPerEU: 56
; NumVGPRsForWavesPerEU: 51
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
    .sgpr_count:     56
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     51
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

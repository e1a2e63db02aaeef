	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
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
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 25, 1), 1 ;  msbs: dst=0 src0=0 src1=0 src2=0
	s_mov_b64 s[64:65], 0
	v_nop
	global_prefetch_b8 v0, s[64:65] scope:SCOPE_SE
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_SCHED_MODE, 0, 2), 2
.Ltmp0:
	.loc	1 196 13 prologue_end           ; kernels.py:196:13
	s_bfe_u32 s26, ttmp8, 0x50019
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s24, ttmp9, 5
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	s_and_b32 s25, s26, 3
	v_mov_b16_e32 v1.l, 0
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s2, s24, s25
	.loc	1 196 13 is_stmt 1              ; kernels.py:196:13
	s_clause 0x1
	s_load_b128 s[4:7], s[0:1], 0x20 nv
	s_load_b128 s[8:11], s[0:1], 0x0 nv
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v2, 31, v0
	v_mov_b16_e32 v3.l, v1.l
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_kmcnt 0x0
	s_mul_i32 s2, s5, s2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	s_lshl_b64 s[2:3], s[2:3], 1
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s4, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[2:3], s[8:9], s[2:3]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s27, -1, 0
	s_cmp_lt_i32 s4, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v3, v2, s[2:3] scale_offset
.LBB0_2:
	.loc	1 190 23                        ; kernels.py:190:23
	s_or_b32 s28, s25, 4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s12, s28, s24
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s12, s5, s12
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s13, s12, 31
	s_lshl_b64 s[12:13], s[12:13], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s14, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[12:13], s[8:9], s[12:13]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s14, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s14, 1
	s_cbranch_scc1 .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v1, v2, s[12:13] scale_offset
.LBB0_4:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s29, s25, 8
	v_mov_b16_e32 v4.l, 0
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s14, s29, s24
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s14, s5, s14
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s15, s14, 31
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	v_mov_b16_e32 v5.l, v4.l
	s_lshl_b64 s[14:15], s[14:15], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s16, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[14:15], s[8:9], s[14:15]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v5, v2, s[14:15] scale_offset
.LBB0_6:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s30, s25, 12
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s16, s30, s24
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s16, s5, s16
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s17, s16, 31
	s_lshl_b64 s[16:17], s[16:17], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s18, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[16:17], s[8:9], s[16:17]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s18, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s18, 1
	s_cbranch_scc1 .LBB0_8
; %bb.7:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v4, v2, s[16:17] scale_offset
.LBB0_8:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s31, s25, 16
	v_mov_b16_e32 v6.l, 0
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s18, s31, s24
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s18, s5, s18
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s19, s18, 31
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	v_mov_b16_e32 v7.l, v6.l
	s_lshl_b64 s[18:19], s[18:19], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s20, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[18:19], s[8:9], s[18:19]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s20, 1, 0
	s_cmp_lg_u32 s20, 1
	s_cbranch_scc1 .LBB0_10
; %bb.9:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v7, v2, s[18:19] scale_offset
.LBB0_10:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s33, s25, 20
	.loc	1 0 0 is_stmt 0                 ; kernels.py:0
	s_load_b64 s[0:1], s[0:1], 0x10 nv
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s20, s33, s24
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s20, s5, s20
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s21, s20, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	s_lshl_b64 s[20:21], s[20:21], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s22, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[20:21], s[8:9], s[20:21]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s22, 1, 0
	s_cmp_lg_u32 s22, 1
	s_cbranch_scc1 .LBB0_12
; %bb.11:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v6, v2, s[20:21] scale_offset
.LBB0_12:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s34, s25, 24
	v_mov_b16_e32 v9.l, 0
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s22, s34, s24
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s22, s5, s22
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s23, s22, 31
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	v_mov_b16_e32 v11.l, v9.l
	s_lshl_b64 s[22:23], s[22:23], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s35, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[22:23], s[8:9], s[22:23]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s35, 1, 0
	s_cmp_lg_u32 s35, 1
	s_cbranch_scc1 .LBB0_14
; %bb.13:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v11, v2, s[22:23] scale_offset
.LBB0_14:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_or_b32 s35, s25, 28
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s36, s35, s24
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s36, s5, s36
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s37, s36, 31
	s_lshl_b64 s[36:37], s[36:37], 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s5, s27, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[8:9], s[8:9], s[36:37]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s5, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_16
; %bb.15:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v9, v2, s[8:9] scale_offset
.LBB0_16:
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s5, ttmp7, 5
	v_mov_b16_e32 v14.l, 0
	s_and_b32 s5, s5, 0x1fffe0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s36, s27, exec_lo
	s_cselect_b32 s36, 1, 0
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v8, s5, v2
	v_mov_b16_e32 v15.l, v14.l
	.loc	1 196 13                        ; kernels.py:196:13
	s_cmp_lg_u32 s36, 1
	s_cbranch_scc1 .LBB0_18
; %bb.17:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_mul_i32 s36, s6, s25
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_ashr_i32 s37, s36, 31
	s_lshl_b64 s[36:37], s[36:37], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[36:37], s[10:11], s[36:37]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v15, v8, s[36:37] scale_offset
.LBB0_18:
	s_wait_xcnt 0x0
	s_and_b32 s36, s27, exec_lo
	s_cselect_b32 s36, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s36, 1
	s_cbranch_scc1 .LBB0_20
; %bb.19:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s36, s6, s28
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s37, s36, 31
	s_lshl_b64 s[36:37], s[36:37], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[36:37], s[10:11], s[36:37]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v14, v8, s[36:37] scale_offset
.LBB0_20:
	s_and_b32 s28, s27, exec_lo
	v_mov_b16_e32 v16.l, 0
	s_cselect_b32 s28, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_cmp_lg_u32 s28, 1
	v_mov_b16_e32 v17.l, v16.l
	s_cbranch_scc1 .LBB0_22
; %bb.21:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s28, s6, s29
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s29, s28, 31
	s_lshl_b64 s[28:29], s[28:29], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[28:29], s[10:11], s[28:29]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v17, v8, s[28:29] scale_offset
.LBB0_22:
	s_wait_xcnt 0x0
	s_and_b32 s28, s27, exec_lo
	s_cselect_b32 s28, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s28, 1
	s_cbranch_scc1 .LBB0_24
; %bb.23:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s28, s6, s30
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s29, s28, 31
	s_lshl_b64 s[28:29], s[28:29], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[28:29], s[10:11], s[28:29]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v16, v8, s[28:29] scale_offset
.LBB0_24:
	s_wait_xcnt 0x0
	s_and_b32 s28, s27, exec_lo
	v_mov_b16_e32 v18.l, 0
	s_cselect_b32 s28, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_cmp_lg_u32 s28, 1
	v_mov_b16_e32 v20.l, v18.l
	s_cbranch_scc1 .LBB0_26
; %bb.25:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s28, s6, s31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s29, s28, 31
	s_lshl_b64 s[28:29], s[28:29], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[28:29], s[10:11], s[28:29]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v20, v8, s[28:29] scale_offset
.LBB0_26:
	s_wait_xcnt 0x0
	s_and_b32 s28, s27, exec_lo
	s_cselect_b32 s28, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s28, 1
	s_cbranch_scc1 .LBB0_28
; %bb.27:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s28, s6, s33
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s29, s28, 31
	s_lshl_b64 s[28:29], s[28:29], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[28:29], s[10:11], s[28:29]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v18, v8, s[28:29] scale_offset
.LBB0_28:
	s_wait_xcnt 0x0
	s_and_b32 s28, s27, exec_lo
	v_mov_b16_e32 v22.l, 0
	s_cselect_b32 s28, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_cmp_lg_u32 s28, 1
	v_mov_b16_e32 v23.l, v22.l
	s_cbranch_scc1 .LBB0_30
; %bb.29:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s28, s6, s34
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s29, s28, 31
	s_lshl_b64 s[28:29], s[28:29], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[28:29], s[10:11], s[28:29]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v23, v8, s[28:29] scale_offset
.LBB0_30:
	s_and_b32 s27, s27, exec_lo
	s_cselect_b32 s27, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s27, 1
	s_cbranch_scc1 .LBB0_32
; %bb.31:
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s28, s6, s35
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s29, s28, 31
	s_lshl_b64 s[28:29], s[28:29], 1
	s_delay_alu instid0(SALU_CYCLE_1)
	s_add_nc_u64 s[28:29], s[10:11], s[28:29]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v22, v8, s[28:29] scale_offset
.LBB0_32:
	.loc	1 0 13                          ; kernels.py:0:13
	v_dual_lshlrev_b32 v21, 6, v0 :: v_dual_bitop2_b32 v12, 16, v0 bitop3:0x40
	v_lshlrev_b32_e32 v19, 1, v0
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_wait_xcnt 0x0
	s_lshl_b32 s29, s26, 5
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s28, 0
	.loc	1 190 23                        ; kernels.py:190:23
	v_or_b32_e32 v10, s29, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b32_e32 v13, 1, v10
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_co_i32 s27, s4, 32
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b32_e32 v13, 0xfe, v13
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_gt_i32 s27, 0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v24, 0, v13
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	ds_store_b16 v24, v3 offset:4576
	ds_store_b16 v24, v1 offset:4848
	ds_store_b16 v24, v5 offset:5120
	ds_store_b16 v24, v4 offset:5392
	ds_store_b16 v24, v7 offset:5664
	ds_store_b16 v24, v6 offset:5936
	ds_store_b16 v24, v11 offset:6208
	ds_store_b16 v24, v9 offset:6480
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b16 v24, v15
	ds_store_b16 v24, v14 offset:288
	ds_store_b16 v24, v17 offset:576
	ds_store_b16 v24, v16 offset:864
	ds_store_b16 v24, v20 offset:1152
	ds_store_b16 v24, v18 offset:1440
	ds_store_b16 v24, v23 offset:1728
	ds_store_b16 v24, v22 offset:2016
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_34
; %bb.33:                               ; %.._crit_edge_crit_edge
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_vm_vsrc(0)
	v_and_b32_e32 v9, 16, v0
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v1, 0x1c0, v21
	s_and_b32 s26, s29, 32
	s_mov_b32 s30, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b32_e32 v3, 5, v9
	v_and_or_b32 v3, v19, 16, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or3_b32 v15, v3, s26, v1
	v_lshrrev_b32_e32 v1, 3, v15
	s_delay_alu instid0(VALU_DEP_1)
	v_and_b32_e32 v16, 0x60, v1
	s_branch .LBB0_35
.LBB0_34:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_mov_b32 s30, -1
                                        ; implicit-def: $vgpr9
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr16
.LBB0_35:                               ; %Flow32
	s_and_b32 s26, s29, 64
	s_and_b32 s30, s30, exec_lo
	s_wait_alu depctr_vm_vsrc(0)
	v_and_b32_e32 v11, 15, v0
	s_cselect_b32 s30, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_cmp_lg_u32 s30, 1
	v_lshlrev_b32_e32 v14, 6, v11
	s_cbranch_scc1 .LBB0_39
; %bb.36:                               ; %.lr.ph
	s_and_b32 s30, s29, 32
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_or_b32 s31, s25, 60
	s_lshl_b32 s29, s6, 5
	v_lshlrev_b32_e32 v0, 1, v8
	s_or_b32 s34, s25, 56
	v_mov_b32_e32 v1, 0
	s_or_b32 s35, s25, 52
	v_lshl_or_b32 v17, s26, 4, v14
	v_and_b32_e32 v15, 0x1c0, v21
	v_lshlrev_b32_e32 v3, 5, v12
	v_add_nc_u64_e32 v[8:9], s[10:11], v[0:1]
	v_dual_mov_b32 v0, v1 :: v_dual_bitop2_b32 v18, 32, v2 bitop3:0x54
	v_lshrrev_b32_e32 v16, 4, v17
	s_delay_alu instid0(VALU_DEP_4)
	v_and_or_b32 v20, v19, 16, v3
	v_dual_mov_b32 v2, v1 :: v_dual_mov_b32 v3, v1
	v_dual_mov_b32 v4, v1 :: v_dual_mov_b32 v5, v1
	s_or_b32 s36, s25, 48
	s_or_b32 s37, s25, 44
	s_or_b32 s39, s25, 40
	s_or_b32 s40, s25, 36
	s_or_b32 s41, s25, 32
	s_movk_i32 s10, 0x11e0
	s_mov_b32 s11, 0
	v_mov_b32_e32 v6, v1
	s_mov_b32 s33, 0
	v_mov_b32_e32 v7, v1
	s_mov_b32 s38, 0
	v_and_b32_e32 v19, 0x70, v16
	s_mul_i32 s25, s6, s31
	v_or3_b32 v15, v20, s30, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v16, 3, v15
	s_mul_i32 s30, s6, s34
	s_mul_i32 s31, s6, s35
	s_mul_i32 s34, s6, s36
	v_and_b32_e32 v16, 0x60, v16
	s_mul_i32 s35, s6, s37
	s_mul_i32 s36, s6, s39
	s_mul_i32 s37, s6, s40
	s_mul_i32 s6, s6, s41
.LBB0_37:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	s_add_co_i32 s40, s6, s11
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s50, s38, 32
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s41, s40, 31
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s42, s37, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[36:37], s[40:41], 1, v[8:9]
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	v_nop
	v_nop
	v_nop
	v_add_nc_u32_e32 v20, s10, v17
	.loc	1 196 13                        ; kernels.py:196:13
	v_add3_u32 v32, s28, v15, v16
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u32_e32 v21, s38, v18
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	v_add3_u32 v24, v20, v12, v19
	.loc	1 196 21 is_stmt 1              ; kernels.py:196:21
	s_ashr_i32 s43, s42, 31
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s38, s36, s11
	.loc	1 196 21                        ; kernels.py:196:21
	v_lshl_add_u64 v[38:39], s[42:43], 1, v[8:9]
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(2)
	s_clause 0x4
	global_load_u16 v52, v21, s[2:3] scale_offset
	global_load_u16 v53, v21, s[12:13] scale_offset
	global_load_u16 v54, v21, s[14:15] scale_offset
	global_load_u16 v55, v21, s[16:17] scale_offset
	global_load_u16 v56, v21, s[18:19] scale_offset
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s39, s38, 31
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s40, s35, s11
	s_add_co_i32 s42, s34, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s41, s40, 31
	s_ashr_i32 s43, s42, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s44, s31, s11
	s_add_co_i32 s46, s30, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_ashr_i32 s47, s46, 31
	s_add_co_i32 s48, s25, s11
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_co_i32 s10, s33, 1
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s49, s48, 31
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s10, 2
	.loc	1 196 21                        ; kernels.py:196:21
	v_lshl_add_u64 v[40:41], s[38:39], 1, v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u16 v57, v21, s[20:21] scale_offset
	.loc	1 196 21                        ; kernels.py:196:21
	v_lshl_add_u64 v[42:43], s[40:41], 1, v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u16 v58, v21, s[22:23] scale_offset
	.loc	1 196 21                        ; kernels.py:196:21
	v_lshl_add_u64 v[44:45], s[42:43], 1, v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u16 v59, v21, s[8:9] scale_offset
	.loc	1 196 21                        ; kernels.py:196:21
	v_lshl_add_u64 v[46:47], s[44:45], 1, v[8:9]
	v_lshl_add_u64 v[48:49], s[46:47], 1, v[8:9]
	v_lshl_add_u64 v[50:51], s[48:49], 1, v[8:9]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s33, s10, 0
	s_mov_b32 s38, s50
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s10, s33, 10
	s_lshl_b32 s28, s33, 11
	s_lshr_b32 s39, s10, 3
	.loc	1 196 13                        ; kernels.py:196:13
	s_lshr_b32 s10, s10, 2
	.loc	1 195 13                        ; kernels.py:195:13
	s_add_co_i32 s39, s28, s39
	.loc	1 196 13                        ; kernels.py:196:13
	s_add_co_i32 s28, s28, s10
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_dual_add_nc_u32 v60, s39, v13 :: v_dual_add_nc_u32 v61, s28, v13
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s11, s11, s29
	.loc	1 195 13                        ; kernels.py:195:13
	s_add_co_i32 s10, s39, 0x11e0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s50, s27
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_va_vdst(8) depctr_vm_vsrc(0)
	ds_load_b128 v[20:23], v24
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b128 v[24:27], v24 offset:32
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_tr16_b128 v[28:31], v32
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_tr16_b128 v[32:35], v32 offset:1152
	global_load_u16 v62, v[36:37], off
	s_wait_alu depctr_va_vdst(7)
	global_load_u16 v63, v[38:39], off
                                        ; kill: killed $vgpr38_vgpr39
                                        ; kill: killed $vgpr36_vgpr37
	s_wait_alu depctr_va_vdst(6) depctr_vm_vsrc(0)
	global_load_u16 v36, v[40:41], off
	s_wait_alu depctr_va_vdst(5)
	global_load_u16 v37, v[42:43], off
	s_wait_alu depctr_va_vdst(4)
	global_load_u16 v38, v[44:45], off
	s_wait_alu depctr_va_vdst(3)
	global_load_u16 v39, v[46:47], off
                                        ; kill: killed $vgpr46_vgpr47
                                        ; kill: killed $vgpr42_vgpr43
                                        ; kill: killed $vgpr44_vgpr45
                                        ; kill: killed $vgpr40_vgpr41
	s_wait_alu depctr_va_vdst(2) depctr_vm_vsrc(3)
	global_load_u16 v40, v[48:49], off
	s_wait_alu depctr_va_vdst(1)
	global_load_u16 v41, v[50:51], off
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x32_f16 v[0:7], v[28:35], v[20:27], v[0:7]
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_loadcnt 0xd
	s_wait_alu depctr_va_vdst(0)
	ds_store_b16 v60, v54 offset:5120
	s_wait_loadcnt 0xb
	ds_store_b16 v60, v56 offset:5664
	s_wait_loadcnt 0x9
	ds_store_b16 v60, v58 offset:6208
	ds_store_b16 v60, v52 offset:4576
	ds_store_b16 v60, v53 offset:4848
	ds_store_b16 v60, v55 offset:5392
	ds_store_b16 v60, v57 offset:5936
	s_wait_loadcnt 0x8
	ds_store_b16 v60, v59 offset:6480
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_loadcnt 0x7
	ds_store_b16 v61, v62
	s_wait_loadcnt 0x6
	ds_store_b16 v61, v63 offset:288
	s_wait_loadcnt 0x5
	ds_store_b16 v61, v36 offset:576
	s_wait_loadcnt 0x4
	ds_store_b16 v61, v37 offset:864
	s_wait_loadcnt 0x3
	ds_store_b16 v61, v38 offset:1152
	s_wait_loadcnt 0x2
	ds_store_b16 v61, v39 offset:1440
	s_wait_loadcnt 0x1
	ds_store_b16 v61, v40 offset:1728
	s_wait_loadcnt 0x0
	ds_store_b16 v61, v41 offset:2016
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_37
; %bb.38:                               ; %Flow
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_mov_b32_e32 v9, v12
	s_branch .LBB0_40
.LBB0_39:
	v_mov_b32_e32 v7, 0
	s_movk_i32 s10, 0x11e0
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v6, v7 :: v_dual_mov_b32 v5, v7
	v_dual_mov_b32 v4, v7 :: v_dual_mov_b32 v3, v7
	v_dual_mov_b32 v2, v7 :: v_dual_mov_b32 v1, v7
	v_mov_b32_e32 v0, v7
.LBB0_40:                               ; %._crit_edge
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_dscnt 0x0
	s_barrier_signal -1
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s2, s4, 31
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lt_i32 s2, 32
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_wait -1
	.loc	1 197 16                        ; kernels.py:197:16
	s_cbranch_scc1 .LBB0_42
; %bb.41:
	.loc	1 0 16 is_stmt 0                ; kernels.py:0:16
	v_add3_u32 v8, s28, v15, v16
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	v_lshl_or_b32 v12, s26, 4, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_lshrrev_b32 v13, 4, v12 :: v_dual_add_nc_u32 v12, s10, v12
	v_and_b32_e32 v13, 0x70, v13
	s_wait_alu depctr_va_vdst(3)
	ds_load_tr16_b128 v[18:21], v8
	ds_load_tr16_b128 v[22:25], v8 offset:1152
	s_wait_alu depctr_vm_vsrc(0)
	v_add3_u32 v8, v12, v9, v13
	s_wait_alu depctr_va_vdst(0)
	ds_load_b128 v[26:29], v8
	ds_load_b128 v[30:33], v8 offset:32
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x32_f16 v[0:7], v[18:25], v[26:33], v[0:7]
.LBB0_42:                               ; %._crit_edge._crit_edge
	.loc	1 198 14                        ; kernels.py:198:14
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v9, 0 :: v_dual_lshrrev_b32 v8, 1, v10
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s2, s26, 2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	v_or3_b32 v10, v11, s2, s24
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	v_and_or_b32 v8, v8, 24, s5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 198 22                        ; kernels.py:198:22
	v_mul_lo_u32 v10, s7, v10
	.loc	1 198 14 is_stmt 0              ; kernels.py:198:14
	v_dual_lshlrev_b32 v8, 2, v8 :: v_dual_ashrrev_i32 v11, 31, v10
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshl_add_u64 v[10:11], v[10:11], 2, s[0:1]
	v_add_nc_u64_e32 v[8:9], v[10:11], v[8:9]
	.loc	1 198 5                         ; kernels.py:198:5
	s_wait_alu depctr_va_vdst(0)
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
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 64
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
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
	.set .Lgemm.num_vgpr, 64
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 66
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 0
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2736
; TotalNumSgprs: 66
; NumVgprs: 64
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 66
; NumVGPRsForWavesPerEU: 64
; NamedBarCnt: 0
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
    .sgpr_count:     66
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     64
    .vgpr_spill_count: 0
    .wavefront_size: 32
amdhsa.target:   amdgpu12.50-amd-amdhsa-unknown-gfx1250
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

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
	s_bfe_u32 s44, ttmp8, 0x50019
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s33, ttmp9, 5
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	s_lshl_b32 s42, s44, 5
	s_bfe_u32 s45, s44, 0x10001
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_mov_b32_e32 v1, 0
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s45, s45, s33
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_and_b32_e32 v4, 31, v0
	.loc	1 196 13 is_stmt 1              ; kernels.py:196:13
	s_clause 0x1
	s_load_b128 s[4:7], s[0:1], 0x20 nv
	s_load_b128 s[8:11], s[0:1], 0x0 nv
	.loc	1 195 21                        ; kernels.py:195:21
	v_mov_b32_e32 v3, v1
	.loc	1 192 10                        ; kernels.py:192:10
	v_bitop3_b32 v2, v4, 63, s42 bitop3:0xc8
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_kmcnt 0x0
	s_mul_i32 s2, s5, s45
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s3, s2, 31
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s4, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[2:3], s[8:9], s[2:3]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s43, -1, 0
	s_cmp_lt_i32 s4, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	v_add_nc_u64_e32 v[6:7], s[2:3], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v5, v[6:7], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_3:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s12, s45, 2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s12, s5, s12
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s13, s12, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s14, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[12:13], s[8:9], s[12:13]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s14, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s14, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[6:7], s[12:13], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v1, v[6:7], off
.LBB0_5:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s14, s45, 4
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v6, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s14, s5, s14
	v_mov_b32_e32 v7, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s15, s14, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s16, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[14:15], s[8:9], s[14:15]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s16, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[8:9], s[14:15], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v7, v[8:9], off
.LBB0_7:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s16, s45, 6
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s16, s5, s16
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s17, s16, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s18, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[16:17], s[8:9], s[16:17]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s18, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s18, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[8:9], s[16:17], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v6, v[8:9], off
.LBB0_9:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s18, s45, 8
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v8, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s18, s5, s18
	v_mov_b32_e32 v9, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s19, s18, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s20, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[18:19], s[8:9], s[18:19]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s20, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s20, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[10:11], s[18:19], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v9, v[10:11], off
.LBB0_11:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s20, s45, 10
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s20, s5, s20
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s21, s20, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s22, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[20:21], s[8:9], s[20:21]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s22, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s22, 1
	s_cbranch_scc1 .LBB0_13
; %bb.12:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[10:11], s[20:21], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v8, v[10:11], off
.LBB0_13:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s22, s45, 12
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v11, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s22, s5, s22
	v_mov_b32_e32 v12, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s23, s22, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s24, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[22:23], s[8:9], s[22:23]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s24, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s24, 1
	s_cbranch_scc1 .LBB0_15
; %bb.14:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[12:13], s[22:23], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v12, v[12:13], off
.LBB0_15:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s24, s45, 14
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s24, s5, s24
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s25, s24, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s26, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[24:25], s[8:9], s[24:25]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s26, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s26, 1
	s_cbranch_scc1 .LBB0_17
; %bb.16:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[10:11], s[24:25], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v11, v[10:11], off
.LBB0_17:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s26, s45, 16
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v13, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s26, s5, s26
	v_mov_b32_e32 v15, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s27, s26, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s28, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[26:27], s[8:9], s[26:27]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s28, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s28, 1
	s_cbranch_scc1 .LBB0_19
; %bb.18:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[14:15], s[26:27], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v15, v[14:15], off
.LBB0_19:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s28, s45, 18
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s28, s5, s28
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s29, s28, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s30, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[28:29], s[8:9], s[28:29]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s30, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s30, 1
	s_cbranch_scc1 .LBB0_21
; %bb.20:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[16:17], s[28:29], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v13, v[16:17], off
.LBB0_21:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s30, s45, 20
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v17, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s30, s5, s30
	v_mov_b32_e32 v18, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s31, s30, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s34, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[30:31], s[8:9], s[30:31]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s34, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s34, 1
	s_cbranch_scc1 .LBB0_23
; %bb.22:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[18:19], s[30:31], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v18, v[18:19], off
.LBB0_23:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s34, s45, 22
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s34, s5, s34
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s35, s34, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s36, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[34:35], s[8:9], s[34:35]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s36, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s36, 1
	s_cbranch_scc1 .LBB0_25
; %bb.24:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[16:17], s[34:35], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v17, v[16:17], off
.LBB0_25:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s36, s45, 24
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v19, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s36, s5, s36
	v_mov_b32_e32 v20, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s37, s36, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s38, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[36:37], s[8:9], s[36:37]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s38, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s38, 1
	s_cbranch_scc1 .LBB0_27
; %bb.26:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[20:21], s[36:37], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v20, v[20:21], off
.LBB0_27:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s38, s45, 26
	.loc	1 0 0 is_stmt 0                 ; kernels.py:0
	s_load_b64 s[0:1], s[0:1], 0x10 nv
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s38, s5, s38
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s39, s38, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s40, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[38:39], s[8:9], s[38:39]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s40, 1, 0
	s_cmp_lg_u32 s40, 1
	s_cbranch_scc1 .LBB0_29
; %bb.28:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[22:23], s[38:39], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v19, v[22:23], off
.LBB0_29:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s40, s45, 28
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v21, 0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s40, s5, s40
	s_wait_xcnt 0x0
	v_mov_b32_e32 v22, 0
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s41, s40, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s46, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[40:41], s[8:9], s[40:41]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s46, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s46, 1
	s_cbranch_scc1 .LBB0_31
; %bb.30:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[22:23], s[40:41], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v22, v[22:23], off
.LBB0_31:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s45, s45, 30
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s46, s5, s45
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s47, s46, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s5, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[8:9], s[8:9], s[46:47]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s5, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[2:3], s[8:9], v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v21, v[2:3], off
.LBB0_33:
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s5, ttmp7, 5
	.loc	1 192 10                        ; kernels.py:192:10
	s_and_b32 s46, s44, 3
	.loc	1 191 10                        ; kernels.py:191:10
	s_and_b32 s5, s5, 0x1fffe0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s44, s43, exec_lo
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v3, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v23, v3 :: v_dual_bitop2_b32 v2, s5, v4 bitop3:0x54
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_35
; %bb.34:
	.loc	1 0 13                          ; kernels.py:0:13
	s_mul_i32 s44, s6, s46
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_ashr_i32 s45, s44, 31
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	s_delay_alu instid0(SALU_CYCLE_1)
	v_add_nc_u64_e32 v[24:25], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v23, v[24:25], off
.LBB0_35:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v24, v3
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_37
; %bb.36:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[24:25], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v24, v[24:25], off
.LBB0_37:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v26, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 8
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[26:27], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v26, v[26:27], off
.LBB0_39:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_41
; %bb.40:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 12
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[28:29], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v25, v[28:29], off
.LBB0_41:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v27, 0 :: v_dual_mov_b32 v28, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_43
; %bb.42:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 16
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[28:29], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v28, v[28:29], off
.LBB0_43:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_45
; %bb.44:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 20
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[30:31], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v27, v[30:31], off
.LBB0_45:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v30, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_47
; %bb.46:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 24
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[30:31], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v30, v[30:31], off
.LBB0_47:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_49
; %bb.48:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 28
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[32:33], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v29, v[32:33], off
.LBB0_49:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v31, 0 :: v_dual_mov_b32 v32, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_51
; %bb.50:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 32
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[32:33], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v32, v[32:33], off
.LBB0_51:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_53
; %bb.52:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 36
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[34:35], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v31, v[34:35], off
.LBB0_53:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v33, 0 :: v_dual_mov_b32 v34, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_55
; %bb.54:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 40
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[34:35], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v34, v[34:35], off
.LBB0_55:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_57
; %bb.56:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 44
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[36:37], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v33, v[36:37], off
.LBB0_57:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v35, 0 :: v_dual_mov_b32 v36, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 48
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[36:37], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v36, v[36:37], off
.LBB0_59:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_61
; %bb.60:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 52
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[38:39], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v35, v[38:39], off
.LBB0_61:
	s_and_b32 s44, s43, exec_lo
	s_cselect_b32 s44, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v39, 0 :: v_dual_mov_b32 v40, 0
	s_cmp_lg_u32 s44, 1
	s_cbranch_scc1 .LBB0_63
; %bb.62:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s44, s46, 56
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s44
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[40:41], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v40, v[40:41], off
.LBB0_63:
	s_and_b32 s43, s43, exec_lo
	s_cselect_b32 s43, 1, 0
	v_or_b32_e32 v10, s42, v4
	s_cmp_lg_u32 s43, 1
	s_cbranch_scc1 .LBB0_65
; %bb.64:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	s_or_b32 s43, s46, 60
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 196 29                        ; kernels.py:196:29
	s_mul_i32 s44, s6, s43
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s45, s44, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_nc_u64 s[44:45], s[10:11], s[44:45]
	v_add_nc_u64_e32 v[38:39], s[44:45], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v39, v[38:39], off
.LBB0_65:
	.loc	1 0 13                          ; kernels.py:0:13
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	v_and_b32_e32 v16, 0x7f, v10
	s_mov_b32 s45, 0
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_co_i32 s44, s4, 64
	v_dual_lshlrev_b32 v4, 5, v0 :: v_dual_lshlrev_b32 v37, 4, v0
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u32_e32 v41, 0, v16
	s_wait_xcnt 0x0
	v_dual_lshlrev_b32 v38, 1, v0 :: v_dual_bitop2_b32 v14, 16, v0 bitop3:0x40
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_gt_i32 s44, 0
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(1)
	ds_store_b8 v41, v5
	ds_store_b8 v41, v1 offset:128
	ds_store_b8 v41, v7 offset:272
	ds_store_b8 v41, v6 offset:400
	ds_store_b8 v41, v9 offset:544
	ds_store_b8 v41, v8 offset:672
	ds_store_b8 v41, v12 offset:816
	ds_store_b8 v41, v11 offset:944
	ds_store_b8 v41, v15 offset:1088
	ds_store_b8 v41, v13 offset:1216
	ds_store_b8 v41, v18 offset:1360
	ds_store_b8 v41, v17 offset:1488
	ds_store_b8 v41, v20 offset:1632
	ds_store_b8 v41, v19 offset:1760
	ds_store_b8 v41, v22 offset:1904
	ds_store_b8 v41, v21 offset:2032
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b8 v41, v23 offset:4336
	ds_store_b8 v41, v24 offset:4464
	ds_store_b8 v41, v26 offset:4608
	ds_store_b8 v41, v25 offset:4736
	ds_store_b8 v41, v28 offset:4880
	ds_store_b8 v41, v27 offset:5008
	ds_store_b8 v41, v30 offset:5152
	ds_store_b8 v41, v29 offset:5280
	ds_store_b8 v41, v32 offset:5424
	ds_store_b8 v41, v31 offset:5552
	ds_store_b8 v41, v34 offset:5696
	ds_store_b8 v41, v33 offset:5824
	ds_store_b8 v41, v36 offset:5968
	ds_store_b8 v41, v35 offset:6096
	ds_store_b8 v41, v40 offset:6240
	ds_store_b8 v41, v39 offset:6368
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_67
; %bb.66:                               ; %.._crit_edge_crit_edge
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_vm_vsrc(6)
	v_and_b32_e32 v12, 0x60, v4
	v_and_b32_e32 v13, 0x180, v37
	v_and_b32_e32 v15, 8, v38
	s_lshr_b32 s43, s42, 1
	v_and_b32_e32 v9, 16, v0
	s_and_b32 s43, s43, 16
	s_mov_b32 s47, 0
	v_mov_b32_e32 v8, s43
	s_branch .LBB0_68
.LBB0_67:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_mov_b32 s47, -1
                                        ; implicit-def: $vgpr12
                                        ; implicit-def: $vgpr13
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr8
                                        ; implicit-def: $vgpr9
.LBB0_68:                               ; %Flow222
	s_and_b32 s43, s42, 64
	s_and_b32 s47, s47, exec_lo
	s_wait_alu depctr_vm_vsrc(6)
	v_and_b32_e32 v11, 15, v0
	s_cselect_b32 s47, 1, 0
	v_lshrrev_b32_e32 v18, 1, v0
	s_cmp_lg_u32 s47, 1
	s_delay_alu instid0(VALU_DEP_2)
	v_lshlrev_b32_e32 v17, 6, v11
	s_cbranch_scc1 .LBB0_72
; %bb.69:                               ; %.lr.ph
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_add_nc_u64_e32 v[8:9], s[10:11], v[2:3]
	v_and_b32_e32 v19, 8, v18
	v_and_b32_e32 v12, 0x60, v4
	v_and_b32_e32 v13, 0x180, v37
	v_and_b32_e32 v15, 8, v38
	v_bitop3_b16 v20.l, s42, v0.l, 31 bitop3:0xf8
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	s_lshl_b32 s57, s43, 4
	s_lshr_b32 s42, s42, 1
	s_or_b32 s47, s46, 0x7c
	s_lshl_b32 s10, s6, 6
	s_or_b32 s48, s46, 0x78
	s_or_b32 s49, s46, 0x74
	s_or_b32 s50, s46, 0x70
	s_or_b32 s51, s46, 0x6c
	s_or_b32 s52, s46, 0x68
	s_or_b32 s53, s46, 0x64
	s_or_b32 s54, s46, 0x60
	s_or_b32 s55, s46, 0x5c
	s_or_b32 s56, s46, 0x58
	s_or_b32 s59, s46, 0x54
	s_or_b32 s60, s46, 0x50
	s_or_b32 s61, s46, 0x4c
	s_or_b32 s64, s46, 0x48
	s_or_b32 s65, s46, 0x44
	s_or_b32 s66, s46, 64
	s_movk_i32 s62, 0x10f0
	s_mov_b32 s11, 0
	s_mov_b32 s58, 0
	s_mov_b32 s63, 0
	s_and_b32 s42, s42, 16
	s_mul_i32 s46, s6, s47
	s_mul_i32 s47, s6, s48
	s_mul_i32 s48, s6, s49
	s_mul_i32 s49, s6, s50
	s_mul_i32 s50, s6, s51
	s_mul_i32 s51, s6, s52
	s_mul_i32 s52, s6, s53
	s_mul_i32 s53, s6, s54
	s_mul_i32 s54, s6, s55
	s_mul_i32 s55, s6, s56
	s_mul_i32 s56, s6, s59
	v_or3_b32 v19, v17, v19, s57
	v_and_or_b32 v20, v20, 63, 64
	s_delay_alu instid0(VALU_DEP_2)
	v_lshrrev_b32_e32 v21, 4, v19
	s_mul_i32 s57, s6, s60
	s_mul_i32 s59, s6, s61
	s_mul_i32 s60, s6, s64
	s_mul_i32 s61, s6, s65
	v_and_b32_e32 v21, 0x70, v21
	s_mul_i32 s6, s6, s66
.LBB0_70:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	s_add_co_i32 s64, s6, s11
	.loc	1 196 13 is_stmt 0              ; kernels.py:196:13
	s_add_co_i32 s62, s42, s62
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s65, s64, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s66, s61, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[38:39], s[64:65], v[8:9]
	.loc	1 196 13                        ; kernels.py:196:13
	v_nop
	v_nop
	v_nop
	v_nop
	v_nop
	v_nop
	v_nop
	v_add3_u32 v22, s62, v15, v12
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	v_add3_u32 v28, s45, v19, v21
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_add_nc_u32_e32 v23, s63, v20
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 196 13 is_stmt 1              ; kernels.py:196:13
	v_add3_u32 v36, v22, v13, v14
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_ashr_i32 s67, s66, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s64, s60, s11
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[40:41], s[66:67], v[8:9]
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(2)
	s_clause 0xb
	global_load_u8 v70, v23, s[2:3]
	global_load_u8 v71, v23, s[12:13]
	global_load_u8 v72, v23, s[14:15]
	global_load_u8 v73, v23, s[16:17]
	global_load_u8 v74, v23, s[18:19]
	global_load_u8 v75, v23, s[20:21]
	global_load_u8 v76, v23, s[22:23]
	global_load_u8 v77, v23, s[24:25]
	global_load_u8 v78, v23, s[26:27]
	global_load_u8 v79, v23, s[28:29]
	global_load_u8 v80, v23, s[30:31]
	global_load_u8 v81, v23, s[34:35]
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s65, s64, 31
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s62, s59, s11
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_co_i32 s90, s63, 64
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s63, s62, 31
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_add_co_i32 s66, s57, s11
	s_add_co_i32 s68, s56, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s67, s66, 31
	s_ashr_i32 s69, s68, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s70, s55, s11
	s_add_co_i32 s72, s54, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s71, s70, 31
	s_ashr_i32 s73, s72, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s74, s53, s11
	s_add_co_i32 s76, s52, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s75, s74, 31
	s_ashr_i32 s77, s76, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s78, s51, s11
	s_add_co_i32 s80, s50, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s79, s78, 31
	s_ashr_i32 s81, s80, 31
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s82, s49, s11
	s_add_co_i32 s84, s48, s11
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s83, s82, 31
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	global_load_u8 v82, v23, s[36:37]
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s85, s84, 31
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v83, v23, s[38:39]
	.loc	1 196 29                        ; kernels.py:196:29
	s_add_co_i32 s86, s47, s11
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	s_add_co_i32 s88, s46, s11
	s_ashr_i32 s87, s86, 31
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	global_load_u8 v84, v23, s[40:41]
	.loc	1 196 21                        ; kernels.py:196:21
	s_ashr_i32 s89, s88, 31
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_u8 v85, v23, s[8:9]
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s45, s58, 1
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[42:43], s[64:65], v[8:9]
	v_add_nc_u64_e32 v[44:45], s[62:63], v[8:9]
	v_add_nc_u64_e32 v[46:47], s[66:67], v[8:9]
	v_add_nc_u64_e32 v[48:49], s[68:69], v[8:9]
	v_add_nc_u64_e32 v[50:51], s[70:71], v[8:9]
	v_add_nc_u64_e32 v[52:53], s[72:73], v[8:9]
	v_add_nc_u64_e32 v[54:55], s[74:75], v[8:9]
	v_add_nc_u64_e32 v[56:57], s[76:77], v[8:9]
	v_add_nc_u64_e32 v[58:59], s[78:79], v[8:9]
	v_add_nc_u64_e32 v[60:61], s[80:81], v[8:9]
	v_add_nc_u64_e32 v[62:63], s[82:83], v[8:9]
	v_add_nc_u64_e32 v[64:65], s[84:85], v[8:9]
	v_add_nc_u64_e32 v[66:67], s[86:87], v[8:9]
	v_add_nc_u64_e32 v[68:69], s[88:89], v[8:9]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s45, 2
	s_mov_b32 s63, s90
	s_cselect_b32 s58, s45, 0
	s_add_co_i32 s11, s11, s10
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s45, s58, 11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_lshr_b32 s62, s45, 4
	s_add_co_i32 s45, s62, s45
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 196 13                        ; kernels.py:196:13
	s_add_co_i32 s62, s45, 0x10f0
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v86, s45, v16
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s90, s44
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_va_vdst(14) depctr_vm_vsrc(0)
	ds_load_b64 v[22:23], v28
	ds_load_b64 v[24:25], v28 offset:16
	ds_load_b64 v[26:27], v28 offset:32
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b64 v[28:29], v28 offset:48
	.loc	1 196 13                        ; kernels.py:196:13
	ds_load_tr8_b64 v[30:31], v36
	ds_load_tr8_b64 v[32:33], v36 offset:544
	ds_load_tr8_b64 v[34:35], v36 offset:1088
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_tr8_b64 v[36:37], v36 offset:1632
	global_load_u8 v38, v[38:39], off
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v39, v[40:41], off
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v40, v[42:43], off
	s_wait_alu depctr_va_vdst(13)
	global_load_u8 v41, v[44:45], off
	s_wait_alu depctr_va_vdst(12) depctr_vm_vsrc(1)
	global_load_u8 v42, v[46:47], off
	s_wait_alu depctr_va_vdst(11)
	global_load_u8 v43, v[48:49], off
	s_wait_alu depctr_va_vdst(10) depctr_vm_vsrc(2)
	global_load_u8 v44, v[50:51], off
	s_wait_alu depctr_va_vdst(9)
	global_load_u8 v45, v[52:53], off
	s_wait_alu depctr_va_vdst(8) depctr_vm_vsrc(3)
	global_load_u8 v46, v[54:55], off
	s_wait_alu depctr_va_vdst(7)
	global_load_u8 v47, v[56:57], off
	s_wait_alu depctr_va_vdst(6) depctr_vm_vsrc(4)
	global_load_u8 v48, v[58:59], off
	s_wait_alu depctr_va_vdst(5)
	global_load_u8 v49, v[60:61], off
	s_wait_alu depctr_va_vdst(4) depctr_vm_vsrc(5)
	global_load_u8 v50, v[62:63], off
	s_wait_alu depctr_va_vdst(3)
	global_load_u8 v51, v[64:65], off
	s_wait_alu depctr_va_vdst(2) depctr_vm_vsrc(6)
	global_load_u8 v52, v[66:67], off
	s_wait_alu depctr_va_vdst(1)
	global_load_u8 v53, v[68:69], off
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x0
	v_wmma_i32_16x16x64_iu8 v[0:7], v[30:37], v[22:29], v[0:7] neg_lo:[1,1,0]
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_loadcnt 0x1f
	s_wait_alu depctr_va_vdst(0)
	ds_store_b8 v86, v70
	s_wait_loadcnt 0x1e
	ds_store_b8 v86, v71 offset:128
	s_wait_loadcnt 0x1d
	ds_store_b8 v86, v72 offset:272
	s_wait_loadcnt 0x1c
	ds_store_b8 v86, v73 offset:400
	s_wait_loadcnt 0x1b
	ds_store_b8 v86, v74 offset:544
	s_wait_loadcnt 0x1a
	ds_store_b8 v86, v75 offset:672
	s_wait_loadcnt 0x19
	ds_store_b8 v86, v76 offset:816
	s_wait_loadcnt 0x18
	ds_store_b8 v86, v77 offset:944
	s_wait_loadcnt 0x17
	ds_store_b8 v86, v78 offset:1088
	s_wait_loadcnt 0x16
	ds_store_b8 v86, v79 offset:1216
	s_wait_loadcnt 0x15
	ds_store_b8 v86, v80 offset:1360
	s_wait_loadcnt 0x14
	ds_store_b8 v86, v81 offset:1488
	s_wait_loadcnt 0x13
	ds_store_b8 v86, v82 offset:1632
	s_wait_loadcnt 0x12
	ds_store_b8 v86, v83 offset:1760
	s_wait_loadcnt 0x11
	ds_store_b8 v86, v84 offset:1904
	s_wait_loadcnt 0x10
	ds_store_b8 v86, v85 offset:2032
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_loadcnt 0xf
	ds_store_b8 v86, v38 offset:4336
	s_wait_loadcnt 0xe
	ds_store_b8 v86, v39 offset:4464
	s_wait_loadcnt 0xd
	ds_store_b8 v86, v40 offset:4608
	s_wait_loadcnt 0xc
	ds_store_b8 v86, v41 offset:4736
	s_wait_loadcnt 0xb
	ds_store_b8 v86, v42 offset:4880
	s_wait_loadcnt 0xa
	ds_store_b8 v86, v43 offset:5008
	s_wait_loadcnt 0x9
	ds_store_b8 v86, v44 offset:5152
	s_wait_loadcnt 0x8
	ds_store_b8 v86, v45 offset:5280
	s_wait_loadcnt 0x7
	ds_store_b8 v86, v46 offset:5424
	s_wait_loadcnt 0x6
	ds_store_b8 v86, v47 offset:5552
	s_wait_loadcnt 0x5
	ds_store_b8 v86, v48 offset:5696
	s_wait_loadcnt 0x4
	ds_store_b8 v86, v49 offset:5824
	s_wait_loadcnt 0x3
	ds_store_b8 v86, v50 offset:5968
	s_wait_loadcnt 0x2
	ds_store_b8 v86, v51 offset:6096
	s_wait_loadcnt 0x1
	ds_store_b8 v86, v52 offset:6240
	s_wait_loadcnt 0x0
	ds_store_b8 v86, v53 offset:6368
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_70
; %bb.71:                               ; %Flow
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_dual_mov_b32 v8, s42 :: v_dual_mov_b32 v9, v14
	s_branch .LBB0_73
.LBB0_72:
	v_mov_b32_e32 v7, 0
	s_movk_i32 s62, 0x10f0
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v6, v7 :: v_dual_mov_b32 v5, v7
	v_dual_mov_b32 v4, v7 :: v_dual_mov_b32 v3, v7
	v_dual_mov_b32 v2, v7 :: v_dual_mov_b32 v1, v7
	v_mov_b32_e32 v0, v7
.LBB0_73:                               ; %._crit_edge
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_dscnt 0x0
	s_barrier_signal -1
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_co_i32 s2, s4, 63
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lt_i32 s2, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_wait -1
	.loc	1 197 16                        ; kernels.py:197:16
	s_cbranch_scc1 .LBB0_75
; %bb.74:
	.loc	1 196 13                        ; kernels.py:196:13
	v_dual_add_nc_u32 v8, s62, v8 :: v_dual_bitop2_b32 v14, 8, v18 bitop3:0x40
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add3_u32 v8, v8, v15, v12
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s2, s43, 4
	.loc	1 196 13                        ; kernels.py:196:13
	v_add3_u32 v8, v8, v13, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 195 13                        ; kernels.py:195:13
	v_or3_b32 v9, v17, v14, s2
	v_lshrrev_b32_e32 v12, 4, v9
	s_delay_alu instid0(VALU_DEP_1)
	v_and_b32_e32 v12, 0x70, v12
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(3)
	ds_load_tr8_b64 v[20:21], v8
	ds_load_tr8_b64 v[22:23], v8 offset:544
	ds_load_tr8_b64 v[24:25], v8 offset:1088
	ds_load_tr8_b64 v[26:27], v8 offset:1632
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_vm_vsrc(0)
	v_add3_u32 v8, s45, v9, v12
	s_wait_alu depctr_va_vdst(0)
	ds_load_2addr_b64 v[28:31], v8 offset1:2
	ds_load_2addr_b64 v[32:35], v8 offset0:4 offset1:6
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x0
	v_wmma_i32_16x16x64_iu8 v[0:7], v[20:27], v[28:35], v[0:7] neg_lo:[1,1,0]
.LBB0_75:                               ; %._crit_edge._crit_edge
	.loc	1 198 14                        ; kernels.py:198:14
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v9, 0 :: v_dual_lshrrev_b32 v8, 1, v10
	.loc	1 190 23                        ; kernels.py:190:23
	s_lshr_b32 s2, s43, 2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	v_or3_b32 v10, v11, s2, s33
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
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
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
		.amdhsa_next_free_vgpr 87
		.amdhsa_next_free_sgpr 91
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
	.set .Lgemm.num_vgpr, 87
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 91
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 0
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4672
; TotalNumSgprs: 91
; NumVgprs: 87
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 5
; NumSGPRsForWavesPerEU: 91
; NumVGPRsForWavesPerEU: 87
; NamedBarCnt: 0
; Occupancy: 10
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
    .sgpr_count:     91
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     87
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

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
	.loc	1 198 5 prologue_end            ; kernels.py:198:5
	s_bfe_u32 s44, ttmp8, 0x50019
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s33, ttmp9, 4
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	s_lshl_b32 s45, s44, 5
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_dual_mov_b32 v4, 0 :: v_dual_bitop2_b32 v1, 31, v0 bitop3:0x40
	.loc	1 198 5                         ; kernels.py:198:5
	s_clause 0x1
	s_load_b128 s[4:7], s[0:1], 0x20 nv
	s_load_b128 s[8:11], s[0:1], 0x0 nv
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	.loc	1 195 21                        ; kernels.py:195:21
	v_mov_b32_e32 v9, v4
	.loc	1 192 10                        ; kernels.py:192:10
	v_bitop3_b32 v8, v1, 63, s45 bitop3:0xc8
	.loc	1 195 29                        ; kernels.py:195:29
	s_wait_kmcnt 0x0
	s_mul_i32 s42, s5, s33
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s43, s42, 31
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s4, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[2:3], s[8:9], s[42:43]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s43, -1, 0
	s_cmp_lt_i32 s4, 1
	.loc	1 195 13                        ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	v_add_nc_u64_e32 v[2:3], s[2:3], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v5, v[2:3], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_3:
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_add_co_i32 s12, s42, s5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s13, s12, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s14, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[12:13], s[8:9], s[12:13]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s14, 1, 0
	s_cmp_lg_u32 s14, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[12:13], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v4, v[2:3], off
.LBB0_5:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl1_add_u32 s14, s5, s42
	v_mov_b32_e32 v6, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s15, s14, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s16, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[14:15], s[8:9], s[14:15]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s16, 1, 0
	v_mov_b32_e32 v7, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[14:15], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v7, v[2:3], off
.LBB0_7:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s16, s5, 3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_co_i32 s16, s42, s16
	.loc	1 195 21                        ; kernels.py:195:21
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
	v_add_nc_u64_e32 v[2:3], s[16:17], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v6, v[2:3], off
.LBB0_9:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl2_add_u32 s18, s5, s42
	v_mov_b32_e32 v10, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s19, s18, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s20, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[18:19], s[8:9], s[18:19]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s20, 1, 0
	v_mov_b32_e32 v11, 0
	s_cmp_lg_u32 s20, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[18:19], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v11, v[2:3], off
.LBB0_11:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s20, s5, 5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_co_i32 s20, s42, s20
	.loc	1 195 21                        ; kernels.py:195:21
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
	v_add_nc_u64_e32 v[2:3], s[20:21], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v10, v[2:3], off
.LBB0_13:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s22, s5, 6
	v_mov_b32_e32 v12, 0
	s_add_co_i32 s22, s42, s22
	v_mov_b32_e32 v13, 0
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[22:23], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v13, v[2:3], off
.LBB0_15:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s24, s5, 7
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_co_i32 s24, s42, s24
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[24:25], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v12, v[2:3], off
.LBB0_17:
	.loc	1 195 29                        ; kernels.py:195:29
	s_lshl3_add_u32 s26, s5, s42
	v_mov_b32_e32 v14, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s27, s26, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s28, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[26:27], s[8:9], s[26:27]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s28, 1, 0
	v_mov_b32_e32 v15, 0
	s_cmp_lg_u32 s28, 1
	s_cbranch_scc1 .LBB0_19
; %bb.18:
	.loc	1 195 21                        ; kernels.py:195:21
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[26:27], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v15, v[2:3], off
.LBB0_19:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s28, s5, 9
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_co_i32 s28, s42, s28
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[28:29], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v14, v[2:3], off
.LBB0_21:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s30, s5, 10
	v_mov_b32_e32 v16, 0
	s_add_co_i32 s30, s42, s30
	v_mov_b32_e32 v17, 0
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[30:31], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v17, v[2:3], off
.LBB0_23:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s34, s5, 11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_add_co_i32 s34, s42, s34
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[34:35], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v16, v[2:3], off
.LBB0_25:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s36, s5, 12
	v_mov_b32_e32 v18, 0
	s_add_co_i32 s36, s42, s36
	v_mov_b32_e32 v19, 0
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[36:37], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v19, v[2:3], off
.LBB0_27:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s38, s5, 13
	.loc	1 0 0                           ; kernels.py:0
	s_load_b64 s[0:1], s[0:1], 0x10 nv
	.loc	1 195 29                        ; kernels.py:195:29
	s_add_co_i32 s38, s42, s38
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[38:39], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v18, v[2:3], off
.LBB0_29:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s40, s5, 14
	v_mov_b32_e32 v20, 0
	s_add_co_i32 s40, s42, s40
	v_mov_b32_e32 v21, 0
	.loc	1 195 21                        ; kernels.py:195:21
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
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[40:41], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v21, v[2:3], off
.LBB0_31:
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s5, s5, 15
	.loc	1 0 0                           ; kernels.py:0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_or_b32_e32 v2, s45, v1
	.loc	1 195 29                        ; kernels.py:195:29
	s_add_co_i32 s46, s42, s5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	.loc	1 195 21                        ; kernels.py:195:21
	s_ashr_i32 s47, s46, 31
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b32 s5, s43, exec_lo
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_nc_u64 s[8:9], s[8:9], s[46:47]
	.loc	1 195 13                        ; kernels.py:195:13
	s_cselect_b32 s5, 1, 0
	s_cmp_lg_u32 s5, 1
	s_cbranch_scc1 .LBB0_33
; %bb.32:
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_nc_u64_e32 v[22:23], s[8:9], v[8:9]
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v20, v[22:23], off
.LBB0_33:
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s5, ttmp7, 4
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v9, 15, v0
	.loc	1 191 10                        ; kernels.py:191:10
	s_and_b32 s5, s5, 0xffff0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b32 s42, s43, exec_lo
	.loc	1 192 10                        ; kernels.py:192:10
	v_bfe_u32 v24, v2, 4, 2
	.loc	1 196 21                        ; kernels.py:196:21
	v_mov_b32_e32 v3, 0
	.loc	1 196 13 is_stmt 0              ; kernels.py:196:13
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v22, v3 :: v_dual_bitop2_b32 v2, s5, v9 bitop3:0x54
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_35
; %bb.34:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mul_lo_u32 v26, s6, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_ashrrev_i32_e32 v27, 31, v26
	v_add_nc_u64_e32 v[26:27], s[10:11], v[26:27]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u64_e32 v[22:23], v[26:27], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v22, v[22:23], off
.LBB0_35:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_e32 v23, v3
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_37
; %bb.36:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v23, 4, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v26, s6, v23
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v27, 31, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[26:27], s[10:11], v[26:27]
	v_add_nc_u64_e32 v[26:27], v[26:27], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v23, v[26:27], off
.LBB0_37:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v26, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_39
; %bb.38:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v26, 8, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v28, s6, v26
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v29, 31, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[28:29], s[10:11], v[28:29]
	v_add_nc_u64_e32 v[26:27], v[28:29], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v26, v[26:27], off
.LBB0_39:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_41
; %bb.40:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v25, 12, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v28, s6, v25
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v29, 31, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[28:29], s[10:11], v[28:29]
	v_add_nc_u64_e32 v[28:29], v[28:29], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v25, v[28:29], off
.LBB0_41:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v27, 0 :: v_dual_mov_b32 v28, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_43
; %bb.42:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v28, 16, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v30, s6, v28
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v31, 31, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[30:31], s[10:11], v[30:31]
	v_add_nc_u64_e32 v[28:29], v[30:31], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v28, v[28:29], off
.LBB0_43:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_45
; %bb.44:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v27, 20, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v30, s6, v27
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v31, 31, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[30:31], s[10:11], v[30:31]
	v_add_nc_u64_e32 v[30:31], v[30:31], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v27, v[30:31], off
.LBB0_45:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v30, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_47
; %bb.46:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v30, 24, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v32, s6, v30
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v33, 31, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[32:33], s[10:11], v[32:33]
	v_add_nc_u64_e32 v[30:31], v[32:33], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v30, v[30:31], off
.LBB0_47:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_49
; %bb.48:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v29, 28, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v32, s6, v29
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v33, 31, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[32:33], s[10:11], v[32:33]
	v_add_nc_u64_e32 v[32:33], v[32:33], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v29, v[32:33], off
.LBB0_49:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v31, 0 :: v_dual_mov_b32 v32, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_51
; %bb.50:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v32, 32, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v34, s6, v32
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v35, 31, v34
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[34:35], s[10:11], v[34:35]
	v_add_nc_u64_e32 v[32:33], v[34:35], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v32, v[32:33], off
.LBB0_51:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_53
; %bb.52:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v31, 36, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v34, s6, v31
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v35, 31, v34
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[34:35], s[10:11], v[34:35]
	v_add_nc_u64_e32 v[34:35], v[34:35], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v31, v[34:35], off
.LBB0_53:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v33, 0 :: v_dual_mov_b32 v34, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_55
; %bb.54:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v34, 40, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v36, s6, v34
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v37, 31, v36
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[36:37], s[10:11], v[36:37]
	v_add_nc_u64_e32 v[34:35], v[36:37], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v34, v[34:35], off
.LBB0_55:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_57
; %bb.56:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v33, 44, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v36, s6, v33
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v37, 31, v36
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[36:37], s[10:11], v[36:37]
	v_add_nc_u64_e32 v[36:37], v[36:37], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v33, v[36:37], off
.LBB0_57:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v35, 0 :: v_dual_mov_b32 v36, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v36, 48, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v38, s6, v36
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v39, 31, v38
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[38:39], s[10:11], v[38:39]
	v_add_nc_u64_e32 v[36:37], v[38:39], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v36, v[36:37], off
.LBB0_59:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_61
; %bb.60:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v35, 52, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v38, s6, v35
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v39, 31, v38
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[38:39], s[10:11], v[38:39]
	v_add_nc_u64_e32 v[38:39], v[38:39], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v35, v[38:39], off
.LBB0_61:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v39, 0 :: v_dual_mov_b32 v41, 0
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_63
; %bb.62:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v37, 56, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v42, s6, v37
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v43, 31, v42
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[42:43], s[10:11], v[42:43]
	v_add_nc_u64_e32 v[40:41], v[42:43], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v41, v[40:41], off
.LBB0_63:
	s_and_b32 s42, s43, exec_lo
	s_cselect_b32 s42, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s42, 1
	s_cbranch_scc1 .LBB0_65
; %bb.64:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v24, 60, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v42, s6, v24
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v43, 31, v42
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[42:43], s[10:11], v[42:43]
	v_add_nc_u64_e32 v[38:39], v[42:43], v[2:3]
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v39, v[38:39], off
.LBB0_65:
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_mov_b32 s46, 0
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_co_i32 s42, s4, 64
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v42, 0, v8
	.loc	1 190 23                        ; kernels.py:190:23
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_lshrrev_b32 v40, 1, v0 :: v_dual_lshlrev_b32 v37, 4, v0
	s_wait_xcnt 0x0
	v_dual_lshlrev_b32 v38, 3, v0 :: v_dual_lshlrev_b32 v24, 1, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_gt_i32 s42, 0
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(2)
	ds_store_b8 v42, v5
	ds_store_b8 v42, v4 offset:64
	ds_store_b8 v42, v7 offset:128
	ds_store_b8 v42, v6 offset:192
	ds_store_b8 v42, v11 offset:272
	ds_store_b8 v42, v10 offset:336
	ds_store_b8 v42, v13 offset:400
	ds_store_b8 v42, v12 offset:464
	ds_store_b8 v42, v15 offset:544
	ds_store_b8 v42, v14 offset:608
	ds_store_b8 v42, v17 offset:672
	ds_store_b8 v42, v16 offset:736
	ds_store_b8 v42, v19 offset:816
	ds_store_b8 v42, v18 offset:880
	ds_store_b8 v42, v21 offset:944
	ds_store_b8 v42, v20 offset:1008
	.loc	1 196 13                        ; kernels.py:196:13
	ds_store_b8 v42, v22 offset:2160
	ds_store_b8 v42, v23 offset:2224
	ds_store_b8 v42, v26 offset:2288
	ds_store_b8 v42, v25 offset:2352
	ds_store_b8 v42, v28 offset:2416
	ds_store_b8 v42, v27 offset:2480
	ds_store_b8 v42, v30 offset:2544
	ds_store_b8 v42, v29 offset:2608
	ds_store_b8 v42, v32 offset:2672
	ds_store_b8 v42, v31 offset:2736
	ds_store_b8 v42, v34 offset:2800
	ds_store_b8 v42, v33 offset:2864
	ds_store_b8 v42, v36 offset:2928
	ds_store_b8 v42, v35 offset:2992
	ds_store_b8 v42, v41 offset:3056
	ds_store_b8 v42, v39 offset:3120
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_67
; %bb.66:                               ; %.._crit_edge_crit_edge
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_vm_vsrc(6)
	v_and_b32_e32 v13, 48, v37
	v_and_b32_e32 v14, 0xc0, v38
	v_and_b32_e32 v15, 8, v24
	s_mov_b32 s43, 0
	s_branch .LBB0_68
.LBB0_67:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_mov_b32 s43, -1
                                        ; implicit-def: $vgpr13
                                        ; implicit-def: $vgpr14
                                        ; implicit-def: $vgpr15
.LBB0_68:                               ; %Flow221
	s_delay_alu instid0(SALU_CYCLE_1)
	s_and_b32 s43, s43, exec_lo
	s_cselect_b32 s43, 1, 0
	s_wait_alu depctr_vm_vsrc(6)
	v_and_b32_e32 v12, 8, v40
	v_lshlrev_b32_e32 v16, 2, v0
	s_cmp_lg_u32 s43, 1
	s_cbranch_scc1 .LBB0_71
; %bb.69:                               ; %.lr.ph
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_add_nc_u64_e32 v[10:11], s[10:11], v[2:3]
	v_add_nc_u32_e32 v1, s45, v1
	v_dual_lshlrev_b32 v17, 6, v9 :: v_dual_bitop2_b32 v18, 48, v16 bitop3:0x40
	v_and_b32_e32 v13, 48, v37
	v_and_b32_e32 v14, 0xc0, v38
	s_wait_alu depctr_vm_vsrc(5)
	v_bfe_u32 v34, v1, 4, 2
	v_and_b32_e32 v15, 8, v24
	s_wait_alu depctr_vm_vsrc(2)
	v_bitop3_b16 v35.l, s45, v0.l, 31 bitop3:0xf8
	v_mov_b32_e32 v0, 0
	v_or_b32_e32 v1, 0x7c, v34
	v_or_b32_e32 v4, 0x78, v34
	v_or_b32_e32 v7, 0x74, v34
	v_or_b32_e32 v22, 0x70, v34
	v_or_b32_e32 v23, 0x6c, v34
	v_mul_lo_u32 v19, s6, v1
	v_dual_mov_b32 v1, v0 :: v_dual_mov_b32 v2, v0
	v_mov_b32_e32 v3, v0
	v_mul_lo_u32 v20, s6, v4
	v_dual_mov_b32 v4, v0 :: v_dual_mov_b32 v5, v0
	v_mov_b32_e32 v6, v0
	v_mul_lo_u32 v21, s6, v7
	v_mov_b32_e32 v7, v0
	v_mul_lo_u32 v22, s6, v22
	v_mul_lo_u32 v23, s6, v23
	v_or_b32_e32 v24, 0x68, v34
	v_or_b32_e32 v25, 0x64, v34
	v_or_b32_e32 v26, 0x60, v34
	v_or_b32_e32 v27, 0x5c, v34
	v_or_b32_e32 v28, 0x58, v34
	v_mul_lo_u32 v24, s6, v24
	v_mul_lo_u32 v25, s6, v25
	v_mul_lo_u32 v26, s6, v26
	v_mul_lo_u32 v27, s6, v27
	v_mul_lo_u32 v28, s6, v28
	v_or_b32_e32 v29, 0x54, v34
	v_or_b32_e32 v30, 0x50, v34
	v_or_b32_e32 v31, 0x4c, v34
	v_or_b32_e32 v32, 0x48, v34
	v_or_b32_e32 v33, 0x44, v34
	v_mul_lo_u32 v29, s6, v29
	v_mul_lo_u32 v30, s6, v30
	v_mul_lo_u32 v31, s6, v31
	v_mul_lo_u32 v32, s6, v32
	v_mul_lo_u32 v33, s6, v33
	v_or_b32_e32 v36, 64, v34
	v_and_or_b32 v34, v35, 63, 64
	s_delay_alu instid0(VALU_DEP_2)
	v_mul_lo_u32 v35, s6, v36
	s_lshl_b32 s6, s6, 6
	s_movk_i32 s45, 0x870
	s_mov_b32 s10, 0
	s_mov_b32 s11, 0
	s_mov_b32 s43, 0
.LBB0_70:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 196 29                        ; kernels.py:196:29
	s_wait_alu depctr_vm_vsrc(0)
	v_nop
	v_dual_add_nc_u32 v36, s10, v35 :: v_dual_add_nc_u32 v42, s43, v34
	.loc	1 195 13                        ; kernels.py:195:13
	v_dual_add_nc_u32 v38, s46, v17 :: v_dual_add_nc_u32 v39, s45, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 196 29                        ; kernels.py:196:29
	v_dual_add_nc_u32 v52, s10, v33 :: v_dual_ashrrev_i32 v37, 31, v36
	v_add_nc_u32_e32 v54, s10, v32
	.loc	1 195 13                        ; kernels.py:195:13
	v_add3_u32 v76, v38, v18, v12
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 196 13                        ; kernels.py:196:13
	v_add3_u32 v77, v39, v13, v14
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v53, 31, v52
	v_add_nc_u64_e32 v[56:57], v[10:11], v[36:37]
	v_dual_ashrrev_i32 v55, 31, v54 :: v_dual_add_nc_u32 v58, s10, v31
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_nc_u64_e32 v[38:39], v[10:11], v[52:53]
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v36, s10, v30
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[40:41], v[10:11], v[54:55]
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(11)
	s_clause 0xf
	global_load_u8 v78, v42, s[2:3]
	global_load_u8 v79, v42, s[12:13]
	global_load_u8 v80, v42, s[14:15]
	global_load_u8 v81, v42, s[16:17]
	global_load_u8 v82, v42, s[18:19]
	global_load_u8 v83, v42, s[20:21]
	global_load_u8 v84, v42, s[22:23]
	global_load_u8 v85, v42, s[24:25]
	global_load_u8 v86, v42, s[26:27]
	global_load_u8 v87, v42, s[28:29]
	global_load_u8 v88, v42, s[30:31]
	global_load_u8 v89, v42, s[34:35]
	global_load_u8 v90, v42, s[36:37]
	global_load_u8 v91, v42, s[38:39]
	global_load_u8 v92, v42, s[40:41]
	global_load_u8 v93, v42, s[8:9]
	.loc	1 196 21                        ; kernels.py:196:21
	v_dual_ashrrev_i32 v59, 31, v58 :: v_dual_ashrrev_i32 v37, 31, v36
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_add_nc_u32 v42, s10, v29 :: v_dual_add_nc_u32 v44, s10, v28
	v_add_nc_u32_e32 v46, s10, v27
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[48:49], v[10:11], v[58:59]
	v_add_nc_u64_e32 v[50:51], v[10:11], v[36:37]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_dual_ashrrev_i32 v43, 31, v42 :: v_dual_ashrrev_i32 v45, 31, v44
	v_ashrrev_i32_e32 v47, 31, v46
	.loc	1 196 29                        ; kernels.py:196:29
	v_dual_add_nc_u32 v36, s10, v26 :: v_dual_add_nc_u32 v52, s10, v25
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[54:55], v[10:11], v[42:43]
	v_add_nc_u64_e32 v[58:59], v[10:11], v[44:45]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_nc_u64_e32 v[60:61], v[10:11], v[46:47]
	v_ashrrev_i32_e32 v37, 31, v36
	v_ashrrev_i32_e32 v53, 31, v52
	.loc	1 196 29                        ; kernels.py:196:29
	v_dual_add_nc_u32 v42, s10, v24 :: v_dual_add_nc_u32 v44, s10, v23
	v_add_nc_u32_e32 v46, s10, v22
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[62:63], v[10:11], v[36:37]
	v_add_nc_u64_e32 v[52:53], v[10:11], v[52:53]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_dual_ashrrev_i32 v43, 31, v42 :: v_dual_ashrrev_i32 v45, 31, v44
	v_dual_ashrrev_i32 v47, 31, v46 :: v_dual_add_nc_u32 v36, s10, v21
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_nc_u32_e32 v64, s10, v20
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[66:67], v[10:11], v[42:43]
	v_add_nc_u64_e32 v[68:69], v[10:11], v[44:45]
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_add_nc_u64_e32 v[70:71], v[10:11], v[46:47]
	v_ashrrev_i32_e32 v37, 31, v36
	v_dual_ashrrev_i32 v65, 31, v64 :: v_dual_add_nc_u32 v72, s10, v19
	v_add_nc_u64_e32 v[74:75], v[10:11], v[36:37]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u64_e32 v[64:65], v[10:11], v[64:65]
	v_ashrrev_i32_e32 v73, 31, v72
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_co_i32 s47, s43, 64
	s_add_co_i32 s11, s11, 1
	s_mov_b32 s43, s47
	s_cmp_lt_i32 s11, 2
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_nc_u64_e32 v[72:73], v[10:11], v[72:73]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b32 s11, s11, 0
	s_add_co_i32 s10, s10, s6
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s46, s11, 10
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_nc_u32_e32 v94, s46, v8
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshr_b32 s48, s46, 4
	.loc	1 196 13                        ; kernels.py:196:13
	s_add_co_i32 s45, s46, 0x870
	.loc	1 195 13                        ; kernels.py:195:13
	s_add_co_i32 s46, s46, s48
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s47, s42
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_nc_u32_e32 v95, s46, v8
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(14)
	global_load_u8 v56, v[56:57], off
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(5)
	ds_load_b64 v[36:37], v76
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v57, v[38:39], off
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b64 v[38:39], v76 offset:16
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v96, v[40:41], off
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b64 v[40:41], v76 offset:32
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_u8 v97, v[48:49], off
	.loc	1 195 13                        ; kernels.py:195:13
	ds_load_b64 v[42:43], v76 offset:48
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v76, v[50:51], off
	ds_load_tr8_b64 v[44:45], v77
	global_load_u8 v54, v[54:55], off
	ds_load_tr8_b64 v[46:47], v77 offset:256
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v55, v[58:59], off
	ds_load_tr8_b64 v[48:49], v77 offset:512
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v58, v[60:61], off
	ds_load_tr8_b64 v[50:51], v77 offset:768
	global_load_u8 v59, v[62:63], off
	s_wait_alu depctr_vm_vsrc(0)
	global_load_u8 v60, v[52:53], off
                                        ; kill: killed $vgpr52_vgpr53
                                        ; kill: killed $vgpr62_vgpr63
	s_wait_alu depctr_vm_vsrc(0)
	s_clause 0x3
	global_load_u8 v52, v[66:67], off
	global_load_u8 v53, v[68:69], off
	global_load_u8 v61, v[70:71], off
	global_load_u8 v62, v[74:75], off
                                        ; kill: killed $vgpr70_vgpr71
                                        ; kill: killed $vgpr66_vgpr67
                                        ; kill: killed $vgpr74_vgpr75
                                        ; kill: killed $vgpr68_vgpr69
	s_wait_alu depctr_va_vdst(4)
	global_load_u8 v63, v[64:65], off
	s_wait_alu depctr_va_vdst(2) depctr_vm_vsrc(4)
	global_load_u8 v66, v[72:73], off
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x64_fp8_fp8 v[0:7], v[44:51], v[36:43], v[0:7]
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_loadcnt 0x13
	s_wait_alu depctr_va_vdst(0)
	ds_store_b8 v95, v90 offset:816
	s_wait_loadcnt 0x12
	ds_store_b8 v95, v91 offset:880
	s_wait_loadcnt 0x11
	ds_store_b8 v95, v92 offset:944
	s_wait_loadcnt 0x10
	ds_store_b8 v95, v93 offset:1008
	ds_store_b8 v95, v78
	ds_store_b8 v95, v79 offset:64
	ds_store_b8 v95, v80 offset:128
	ds_store_b8 v95, v81 offset:192
	ds_store_b8 v95, v82 offset:272
	ds_store_b8 v95, v83 offset:336
	ds_store_b8 v95, v84 offset:400
	ds_store_b8 v95, v85 offset:464
	ds_store_b8 v95, v86 offset:544
	ds_store_b8 v95, v87 offset:608
	ds_store_b8 v95, v88 offset:672
	ds_store_b8 v95, v89 offset:736
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_loadcnt 0xf
	ds_store_b8 v94, v56 offset:2160
	s_wait_loadcnt 0xe
	ds_store_b8 v94, v57 offset:2224
	s_wait_loadcnt 0xd
	ds_store_b8 v94, v96 offset:2288
	s_wait_loadcnt 0xc
	ds_store_b8 v94, v97 offset:2352
	s_wait_loadcnt 0xb
	ds_store_b8 v94, v76 offset:2416
	s_wait_loadcnt 0xa
	ds_store_b8 v94, v54 offset:2480
	s_wait_loadcnt 0x9
	ds_store_b8 v94, v55 offset:2544
	s_wait_loadcnt 0x8
	ds_store_b8 v94, v58 offset:2608
	s_wait_loadcnt 0x7
	ds_store_b8 v94, v59 offset:2672
	s_wait_loadcnt 0x6
	ds_store_b8 v94, v60 offset:2736
	s_wait_loadcnt 0x5
	ds_store_b8 v94, v52 offset:2800
	s_wait_loadcnt 0x4
	ds_store_b8 v94, v53 offset:2864
	s_wait_loadcnt 0x3
	ds_store_b8 v94, v61 offset:2928
	s_wait_loadcnt 0x2
	ds_store_b8 v94, v62 offset:2992
	s_wait_loadcnt 0x1
	ds_store_b8 v94, v63 offset:3056
	s_wait_loadcnt 0x0
	ds_store_b8 v94, v66 offset:3120
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_70
	s_branch .LBB0_72
.LBB0_71:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_mov_b32_e32 v7, 0
	s_movk_i32 s45, 0x870
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v6, v7 :: v_dual_mov_b32 v5, v7
	v_dual_mov_b32 v4, v7 :: v_dual_mov_b32 v3, v7
	v_dual_mov_b32 v2, v7 :: v_dual_mov_b32 v1, v7
	v_mov_b32_e32 v0, v7
.LBB0_72:                               ; %._crit_edge
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
	s_cbranch_scc0 .LBB0_75
; %bb.73:
	.loc	1 198 5                         ; kernels.py:198:5
	s_bitcmp1_b32 s44, 0
	s_cselect_b32 s2, -1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_and_b32 vcc_lo, exec_lo, s2
	s_cbranch_vccz .LBB0_76
.LBB0_74:                               ; %.critedge12
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_75:
	.loc	1 196 13                        ; kernels.py:196:13
	v_dual_add_nc_u32 v8, s45, v15 :: v_dual_bitop2_b32 v10, 48, v16 bitop3:0x40
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshl_add_u32 v11, v9, 6, s46
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 196 13                        ; kernels.py:196:13
	v_add3_u32 v8, v8, v13, v14
	.loc	1 195 13                        ; kernels.py:195:13
	v_add3_u32 v10, v11, v10, v12
	.loc	1 196 13                        ; kernels.py:196:13
	s_wait_alu depctr_va_vdst(1)
	ds_load_tr8_b64 v[18:19], v8
	ds_load_tr8_b64 v[20:21], v8 offset:256
	ds_load_tr8_b64 v[22:23], v8 offset:512
	ds_load_tr8_b64 v[24:25], v8 offset:768
	.loc	1 195 13                        ; kernels.py:195:13
	s_wait_alu depctr_va_vdst(0)
	ds_load_2addr_b64 v[26:29], v10 offset1:2
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_2addr_b64 v[30:33], v10 offset0:4 offset1:6
	.loc	1 197 16                        ; kernels.py:197:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x64_fp8_fp8 v[0:7], v[18:25], v[26:33], v[0:7]
	.loc	1 198 5                         ; kernels.py:198:5
	s_bitcmp1_b32 s44, 0
	s_cselect_b32 s2, -1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_and_b32 vcc_lo, exec_lo, s2
	s_cbranch_vccnz .LBB0_74
.LBB0_76:                               ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v8, s33, v9
	.loc	1 198 14                        ; kernels.py:198:14
	v_dual_mov_b32 v9, 0 :: v_dual_bitop2_b32 v11, s5, v12 bitop3:0x54
	.loc	1 198 22 is_stmt 0              ; kernels.py:198:22
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v10, s7, v8
	.loc	1 198 14                        ; kernels.py:198:14
	v_dual_lshlrev_b32 v8, 2, v11 :: v_dual_ashrrev_i32 v11, 31, v10
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
		.amdhsa_next_free_vgpr 98
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 1
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
	.set .Lgemm.num_vgpr, 98
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 66
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4720
; TotalNumSgprs: 68
; NumVgprs: 98
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 6
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 98
; NamedBarCnt: 0
; Occupancy: 9
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
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     98
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

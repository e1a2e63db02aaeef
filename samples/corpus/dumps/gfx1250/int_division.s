	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	int_division                    ; -- Begin function int_division
	.p2align	8
	.type	int_division,@function
int_division:                           ; @int_division
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 93 0                          ; kernels.py:93:0
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
	v_dual_mov_b32 v12, 1 :: v_dual_mov_b32 v13, 1
.Ltmp0:
	.loc	1 94 39 prologue_end            ; kernels.py:94:39
	s_bfe_u32 s2, ttmp8, 0x50019
	v_and_b32_e32 v0, 31, v0
	s_load_b256 s[4:11], s[0:1], 0x0 nv
	.loc	1 94 12 is_stmt 0               ; kernels.py:94:12
	s_lshl_b32 s3, ttmp9, 7
	.loc	1 94 39                         ; kernels.py:94:39
	s_load_b128 s[12:15], s[0:1], 0x20 nv
	s_lshl_b32 s2, s2, 5
	s_wait_xcnt 0x0
	s_load_b32 s1, s[0:1], 0x30 nv
	s_wait_xcnt 0x0
	s_and_b32 s0, s2, 32
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 94 12                         ; kernels.py:94:12
	v_or3_b32 v10, s0, v0, s3
	.loc	1 96 17 is_stmt 1               ; kernels.py:96:17
	v_ashrrev_i32_e32 v11, 31, v10
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_add_u64 v[0:1], v[10:11], 2, s[4:5]
	.loc	1 95 12                         ; kernels.py:95:12
	v_cmp_gt_i32_e64 s0, s1, v10
	.loc	1 96 9                          ; kernels.py:96:9
	s_and_saveexec_b32 s2, s0
	s_cbranch_execz .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(1)
	global_load_b32 v13, v[0:1], off
.LBB0_2:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 94 12 is_stmt 1               ; kernels.py:94:12
	v_or_b32_e32 v2, 64, v10
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 95 12                         ; kernels.py:95:12
	v_cmp_gt_i32_e32 vcc_lo, s1, v2
	.loc	1 96 9                          ; kernels.py:96:9
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(3)
	global_load_b32 v12, v[0:1], off offset:256
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 97 17 is_stmt 1               ; kernels.py:97:17
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[0:1], v[10:11], 2, s[6:7]
	v_dual_mov_b32 v14, 1 :: v_dual_mov_b32 v15, 1
	.loc	1 97 9 is_stmt 0                ; kernels.py:97:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_6
; %bb.5:
	s_wait_alu depctr_va_vdst(0)
	global_load_b32 v15, v[0:1], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 97 9                          ; kernels.py:97:9
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_wait_alu depctr_va_vdst(0)
	global_load_b32 v14, v[0:1], off offset:256
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 98 17 is_stmt 1               ; kernels.py:98:17
	v_lshl_add_u64 v[4:5], v[10:11], 3, s[8:9]
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b64_e32 v[0:1], 1
	v_mov_b64_e32 v[2:3], 1
	.loc	1 98 9 is_stmt 0                ; kernels.py:98:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_10
; %bb.9:
	s_wait_alu depctr_va_vdst(0)
	global_load_b64 v[2:3], v[4:5], off
.LBB0_10:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 98 9                          ; kernels.py:98:9
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_wait_alu depctr_va_vdst(1)
	global_load_b64 v[0:1], v[4:5], off offset:512
.LBB0_12:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 99 17 is_stmt 1               ; kernels.py:99:17
	v_lshl_add_u64 v[8:9], v[10:11], 3, s[10:11]
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b64_e32 v[4:5], 1
	v_mov_b64_e32 v[6:7], 1
	.loc	1 99 9 is_stmt 0                ; kernels.py:99:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_22
; %bb.13:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 99 9                          ; kernels.py:99:9
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execnz .LBB0_23
.LBB0_14:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 100 14 is_stmt 1              ; kernels.py:100:14
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[12:13]
	.loc	1 100 5 is_stmt 0               ; kernels.py:100:5
	s_and_saveexec_b32 s2, s0
	s_cbranch_execnz .LBB0_24
.LBB0_15:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 100 5                         ; kernels.py:100:5
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execz .LBB0_17
.LBB0_16:
	.loc	1 100 38                        ; kernels.py:100:38
	s_wait_loadcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mul_hi_u32 v13, 0x24924925, v12
	.loc	1 100 0                         ; kernels.py:100
	v_dual_sub_nc_u32 v15, 0, v14 :: v_dual_sub_nc_u32 v16, 0, v12
	v_dual_ashrrev_i32 v17, 31, v12 :: v_dual_ashrrev_i32 v18, 31, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 100 38                        ; kernels.py:100:38
	v_dual_sub_nc_u32 v19, v12, v13 :: v_dual_max_i32 v14, v15, v14
	.loc	1 100 0                         ; kernels.py:100
	v_max_i32_e32 v15, v16, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 100 38                        ; kernels.py:100:38
	v_dual_lshrrev_b32 v12, 1, v19 :: v_dual_bitop2_b32 v16, v17, v18 bitop3:0x14
	.loc	1 100 0                         ; kernels.py:100
	v_cvt_f32_u32_e32 v17, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_sub_nc_u32 v18, 0, v14 :: v_dual_add_nc_u32 v12, v12, v13
	v_rcp_f32_e32 v13, v17
	v_nop
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mul_f32 v12, 0x4f7ffffe, v13 :: v_dual_lshrrev_b32 v19, 2, v12
	v_cvt_u32_f32_e32 v12, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v13, v18, v12
	v_mul_hi_u32 v13, v12, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v12, v13
	v_mad_nc_u64_u32 v[12:13], v15, v12, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 100 28                        ; kernels.py:100:28
	v_mul_lo_u32 v12, v13, v14
	v_dual_add_nc_u32 v17, 1, v13 :: v_dual_sub_nc_u32 v12, v15, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_ge_u32_e64 s1, v12, v14
	v_dual_sub_nc_u32 v15, v12, v14 :: v_dual_cndmask_b32 v13, v13, v17, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v12, v12, v15, s1 :: v_dual_add_nc_u32 v15, 1, v13
	v_cmp_ge_u32_e64 s1, v12, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v12, v13, v15, s1
	v_xor_b32_e32 v12, v12, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v12, v12, v16
	v_add_nc_u32_e32 v12, v12, v19
	.loc	1 100 5                         ; kernels.py:100:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b32 v[8:9], v12, off offset:256
.LBB0_17:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	s_wait_loadcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_or_b32_e32 v9, v1, v5
	v_ashrrev_i32_e32 v8, 31, v1
                                        ; implicit-def: $vgpr12_vgpr13
	s_mov_b32 s2, exec_lo
	s_delay_alu instid0(VALU_DEP_2)
	v_cmpx_ne_u32_e32 0, v9
	s_xor_b32 s5, exec_lo, s2
	s_cbranch_execnz .LBB0_25
; %bb.18:                               ; %Flow27
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_and_not1_saveexec_b32 s2, s5
	s_cbranch_execnz .LBB0_26
.LBB0_19:                               ; %.split
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 101 14 is_stmt 1              ; kernels.py:101:14
	v_lshl_add_u64 v[10:11], v[10:11], 3, s[14:15]
	.loc	1 101 5 is_stmt 0               ; kernels.py:101:5
	s_and_saveexec_b32 s4, s0
	s_cbranch_execnz .LBB0_27
.LBB0_20:                               ; %Flow26
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 101 5                         ; kernels.py:101:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_32
.LBB0_21:
	.loc	1 93 1 is_stmt 1                ; kernels.py:93:1
	s_endpgm
.LBB0_22:
	.loc	1 99 9                          ; kernels.py:99:9
	s_wait_alu depctr_va_vdst(0)
	global_load_b64 v[6:7], v[8:9], off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_14
.LBB0_23:
	s_wait_alu depctr_va_vdst(1)
	global_load_b64 v[4:5], v[8:9], off offset:512
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 100 14                        ; kernels.py:100:14
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[12:13]
	.loc	1 100 5 is_stmt 0               ; kernels.py:100:5
	s_and_saveexec_b32 s2, s0
	s_cbranch_execz .LBB0_15
.LBB0_24:
	.loc	1 100 38                        ; kernels.py:100:38
	s_wait_loadcnt 0x0
	v_mul_hi_u32 v16, 0x24924925, v13
	.loc	1 100 28                        ; kernels.py:100:28
	v_dual_sub_nc_u32 v17, 0, v15 :: v_dual_bitop2_b32 v18, v13, v15 bitop3:0x14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_sub_nc_u32 v19, 0, v13 :: v_dual_sub_nc_u32 v20, v13, v16
	v_dual_ashrrev_i32 v17, 31, v18 :: v_dual_max_i32 v15, v17, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 100 38                        ; kernels.py:100:38
	v_dual_lshrrev_b32 v18, 1, v20 :: v_dual_max_i32 v13, v19, v13
	.loc	1 100 28                        ; kernels.py:100:28
	v_cvt_f32_u32_e32 v19, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_sub_nc_u32 v20, 0, v15 :: v_dual_add_nc_u32 v16, v18, v16
	v_rcp_f32_e32 v18, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	.loc	1 100 38                        ; kernels.py:100:38
	v_lshrrev_b32_e32 v16, 2, v16
	.loc	1 100 28                        ; kernels.py:100:28
	v_mul_f32_e32 v18, 0x4f7ffffe, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v18, v18
	v_mul_lo_u32 v19, v20, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v19, v18, v19
	v_add_nc_u32_e32 v18, v18, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v18, v13, v18
	v_mul_lo_u32 v19, v18, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_add_nc_u32 v20, 1, v18 :: v_dual_sub_nc_u32 v13, v13, v19
	v_cmp_ge_u32_e64 s1, v13, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_sub_nc_u32 v19, v13, v15 :: v_dual_cndmask_b32 v18, v18, v20, s1
	v_dual_cndmask_b32 v13, v13, v19, s1 :: v_dual_add_nc_u32 v19, 1, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_ge_u32_e64 s1, v13, v15
	v_cndmask_b32_e64 v13, v18, v19, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v13, v13, v17
	v_sub_nc_u32_e32 v13, v13, v17
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v13, v13, v16
	.loc	1 100 5                         ; kernels.py:100:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b32 v[8:9], v13, off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execnz .LBB0_16
	s_branch .LBB0_17
.LBB0_25:
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	v_dual_mov_b32 v9, v8 :: v_dual_ashrrev_i32 v12, 31, v5
	v_mov_b32_e32 v15, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u64_e32 v[16:17], v[0:1], v[8:9]
	v_mov_b32_e32 v13, v12
	v_xor_b32_e32 v18, v8, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u64_e32 v[20:21], v[4:5], v[12:13]
	v_dual_mov_b32 v19, v18 :: v_dual_bitop2_b32 v9, v17, v8 bitop3:0x14
	v_xor_b32_e32 v26, v16, v8
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v13, v21, v12
	v_xor_b32_e32 v12, v20, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cvt_f32_u32_e32 v14, v13
	v_cvt_f32_u32_e32 v20, v12
	v_sub_nc_u64_e32 v[16:17], 0, v[12:13]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v14, v14, 0x4f800000, v20
	v_rcp_f32_e32 v14, v14
	v_nop
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v20, 0x5f7ffffc, v14
	v_mul_f32_e32 v14, 0x2f800000, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_trunc_f32_e32 v14, v14
	v_fmamk_f32 v20, v14, 0xcf800000, v20
	v_cvt_u32_f32_e32 v27, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v28, v20
	v_mad_nc_u64_u32 v[20:21], v16, v28, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u32 v22, v16, v27, v21
	v_mul_hi_u32 v14, v28, v20
	v_mad_nc_u64_u32 v[20:21], v27, v20, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_u32 v24, v17, v28, v22
	v_mad_nc_u64_u32 v[22:23], v28, v24, 0
	v_mad_nc_u64_u32 v[24:25], v27, v24, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[22:23], v[14:15], v[22:23]
	v_add_co_u32 v14, s1, v22, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v14, s1, v23, v21, s1
	v_add_co_ci_u32_e64 v25, null, 0, v25, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[20:21], v[14:15], v[24:25]
	v_add_co_u32 v24, s1, v28, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v25, null, v27, v21, s1
	v_mad_nc_u64_u32 v[20:21], v16, v24, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[22:23], v25, v20, 0
	v_mad_u32 v16, v16, v25, v21
	v_mul_hi_u32 v14, v24, v20
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_u32 v20, v17, v24, v16
	v_mad_nc_u64_u32 v[16:17], v24, v20, 0
	v_mad_nc_u64_u32 v[20:21], v25, v20, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[16:17], v[14:15], v[16:17]
	v_add_co_u32 v14, s1, v16, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v14, s1, v17, v23, s1
	v_add_co_ci_u32_e64 v21, null, 0, v21, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[16:17], v[14:15], v[20:21]
	v_add_co_u32 v16, s1, v24, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v22, null, v25, v17, s1
	v_mul_hi_u32 v14, v26, v16
	v_mad_nc_u64_u32 v[16:17], v9, v16, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[20:21], v26, v22, 0
	v_mad_nc_u64_u32 v[22:23], v9, v22, 0
	v_add_nc_u64_e32 v[20:21], v[14:15], v[20:21]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v14, s1, v20, v16
	v_add_co_ci_u32_e64 v14, s1, v21, v17, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v23, null, 0, v23, s1
	v_add_nc_u64_e32 v[14:15], v[14:15], v[22:23]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[16:17], v12, v14, 0
	v_add_nc_u64_e32 v[20:21], 2, v[14:15]
	v_add_nc_u64_e32 v[22:23], 1, v[14:15]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_sub_co_u32 v16, s1, v26, v16
	v_mad_u32 v17, v12, v15, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_u32 v24, s2, v16, v12
	v_cmp_ge_u32_e64 s3, v16, v12
	v_mad_u32 v16, v13, v14, v17
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_ge_u32_e64 s4, v24, v12
	v_cndmask_b32_e64 v12, 0, -1, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_sub_co_ci_u32_e64 v17, null, v9, v16, s1
	v_sub_nc_u32_e32 v9, v9, v16
	v_cndmask_b32_e64 v16, 0, -1, s4
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cmp_ge_u32_e64 s3, v17, v13
	v_cmp_eq_u32_e64 s4, v17, v13
	v_sub_co_ci_u32_e64 v9, null, v9, v13, s1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v17, 0, -1, s3
	v_subrev_co_ci_u32_e64 v9, null, 0, v9, s2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v12, v17, v12, s4
	v_cmp_ge_u32_e64 s1, v9, v13
	v_cmp_eq_u32_e64 s2, v9, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_ne_u32_e64 s3, 0, v12
	v_cndmask_b32_e64 v9, 0, -1, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v9, v9, v16, s2
	v_cmp_ne_u32_e64 s1, 0, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v9, v23, v21, s1 :: v_dual_cndmask_b32 v12, v22, v20, s1
	v_dual_cndmask_b32 v9, v15, v9, s3 :: v_dual_cndmask_b32 v12, v14, v12, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v13, v9, v18
	v_xor_b32_e32 v12, v12, v18
	s_delay_alu instid0(VALU_DEP_1)
	v_sub_nc_u64_e32 v[12:13], v[12:13], v[18:19]
	s_and_not1_saveexec_b32 s2, s5
	s_cbranch_execz .LBB0_19
.LBB0_26:
	.loc	1 101 29                        ; kernels.py:101:29
	v_cvt_f32_u32_e32 v9, v4
	v_dual_mov_b32 v13, 0 :: v_dual_sub_nc_u32 v12, 0, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v9, v9
	v_nop
	v_mul_f32_e32 v14, 0x4f7ffffe, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v9, v14
	v_mul_lo_u32 v12, v12, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v12, v9, v12
	v_add_nc_u32_e32 v9, v9, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v9, v0, v9
	v_mul_lo_u32 v12, v9, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_add_nc_u32 v14, 1, v9 :: v_dual_sub_nc_u32 v12, v0, v12
	v_cmp_ge_u32_e64 s1, v12, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_sub_nc_u32 v15, v12, v4 :: v_dual_cndmask_b32 v9, v9, v14, s1
	v_dual_cndmask_b32 v12, v12, v15, s1 :: v_dual_add_nc_u32 v14, 1, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_ge_u32_e64 s1, v12, v4
	v_cndmask_b32_e64 v12, v9, v14, s1
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 101 14 is_stmt 0              ; kernels.py:101:14
	v_lshl_add_u64 v[10:11], v[10:11], 3, s[14:15]
	.loc	1 101 5                         ; kernels.py:101:5
	s_and_saveexec_b32 s4, s0
	s_cbranch_execz .LBB0_20
.LBB0_27:
	.loc	1 101 29                        ; kernels.py:101:29
	v_or_b32_e32 v9, v3, v7
	v_ashrrev_i32_e32 v14, 31, v3
                                        ; implicit-def: $vgpr16_vgpr17
	s_mov_b32 s1, exec_lo
	s_delay_alu instid0(VALU_DEP_2)
	v_cmpx_ne_u32_e32 0, v9
	s_xor_b32 s5, exec_lo, s1
	s_cbranch_execz .LBB0_29
; %bb.28:
	v_dual_mov_b32 v15, v14 :: v_dual_ashrrev_i32 v16, 31, v7
	v_mov_b32_e32 v19, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u64_e32 v[20:21], v[2:3], v[14:15]
	v_dual_mov_b32 v17, v16 :: v_dual_bitop2_b32 v22, v14, v16 bitop3:0x14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u64_e32 v[24:25], v[6:7], v[16:17]
	v_dual_mov_b32 v23, v22 :: v_dual_bitop2_b32 v9, v21, v14 bitop3:0x14
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v15, v20, v14
	v_xor_b32_e32 v17, v25, v16
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v16, v24, v16
	v_cvt_f32_u32_e32 v18, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cvt_f32_u32_e32 v24, v16
	v_sub_nc_u64_e32 v[20:21], 0, v[16:17]
	v_fmamk_f32 v18, v18, 0x4f800000, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(TRANS32_DEP_1)
	v_rcp_f32_e32 v18, v18
	v_nop
	v_mul_f32_e32 v24, 0x5f7ffffc, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v18, 0x2f800000, v24
	v_trunc_f32_e32 v18, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_fmamk_f32 v24, v18, 0xcf800000, v24
	v_cvt_u32_f32_e32 v30, v18
	v_cvt_u32_f32_e32 v31, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[24:25], v20, v31, 0
	v_mad_u32 v26, v20, v30, v25
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_hi_u32 v18, v31, v24
	v_mad_nc_u64_u32 v[24:25], v30, v24, 0
	v_mad_u32 v28, v21, v31, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[26:27], v31, v28, 0
	v_mad_nc_u64_u32 v[28:29], v30, v28, 0
	v_add_nc_u64_e32 v[26:27], v[18:19], v[26:27]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v18, s0, v26, v24
	v_add_co_ci_u32_e64 v18, s0, v27, v25, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v29, null, 0, v29, s0
	v_add_nc_u64_e32 v[24:25], v[18:19], v[28:29]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v28, s0, v31, v24
	v_add_co_ci_u32_e64 v29, null, v30, v25, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[24:25], v20, v28, 0
	v_mad_nc_u64_u32 v[26:27], v29, v24, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mad_u32 v20, v20, v29, v25
	v_mul_hi_u32 v18, v28, v24
	v_mad_u32 v24, v21, v28, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[20:21], v28, v24, 0
	v_mad_nc_u64_u32 v[24:25], v29, v24, 0
	v_add_nc_u64_e32 v[20:21], v[18:19], v[20:21]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v18, s0, v20, v26
	v_add_co_ci_u32_e64 v18, s0, v21, v27, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v25, null, 0, v25, s0
	v_add_nc_u64_e32 v[20:21], v[18:19], v[24:25]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v20, s0, v28, v20
	v_add_co_ci_u32_e64 v26, null, v29, v21, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_hi_u32 v18, v15, v20
	v_mad_nc_u64_u32 v[20:21], v9, v20, 0
	v_mad_nc_u64_u32 v[24:25], v15, v26, 0
	v_mad_nc_u64_u32 v[26:27], v9, v26, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[24:25], v[18:19], v[24:25]
	v_add_co_u32 v18, s0, v24, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v18, s0, v25, v21, s0
	v_add_co_ci_u32_e64 v27, null, 0, v27, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[18:19], v[18:19], v[26:27]
	v_mad_nc_u64_u32 v[20:21], v16, v18, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_nc_u64_e32 v[24:25], 2, v[18:19]
	v_add_nc_u64_e32 v[26:27], 1, v[18:19]
	v_sub_co_u32 v15, s0, v15, v20
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u32 v20, v16, v19, v21
	v_sub_co_u32 v21, s1, v15, v16
	v_cmp_ge_u32_e64 s2, v15, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u32 v15, v17, v18, v20
	v_cmp_ge_u32_e64 s3, v21, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v16, 0, -1, s2
	v_sub_co_ci_u32_e64 v20, null, v9, v15, s0
	v_sub_nc_u32_e32 v9, v9, v15
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v15, 0, -1, s3
	v_cmp_ge_u32_e64 s2, v20, v17
	v_cmp_eq_u32_e64 s3, v20, v17
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_sub_co_ci_u32_e64 v9, null, v9, v17, s0
	v_cndmask_b32_e64 v20, 0, -1, s2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v9, null, 0, v9, s1
	v_cndmask_b32_e64 v16, v20, v16, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cmp_ge_u32_e64 s0, v9, v17
	v_cmp_eq_u32_e64 s1, v9, v17
	v_cmp_ne_u32_e64 s2, 0, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v9, 0, -1, s0
	v_cndmask_b32_e64 v9, v9, v15, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_ne_u32_e64 s0, 0, v9
	v_dual_cndmask_b32 v9, v27, v25, s0 :: v_dual_cndmask_b32 v15, v26, v24, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v9, v19, v9, s2 :: v_dual_cndmask_b32 v15, v18, v15, s2
	v_xor_b32_e32 v17, v9, v22
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v16, v15, v22
	v_sub_nc_u64_e32 v[16:17], v[16:17], v[22:23]
.LBB0_29:                               ; %Flow
	.loc	1 0 29                          ; kernels.py:0:29
	s_and_not1_saveexec_b32 s1, s5
	s_cbranch_execz .LBB0_31
; %bb.30:
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	v_cvt_f32_u32_e32 v9, v6
	v_dual_sub_nc_u32 v15, 0, v6 :: v_dual_mov_b32 v17, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v9, v9
	v_nop
	v_mul_f32_e32 v16, 0x4f7ffffe, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v9, v16
	v_mul_lo_u32 v15, v15, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v15, v9, v15
	v_add_nc_u32_e32 v9, v9, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v9, v2, v9
	v_mul_lo_u32 v15, v9, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_add_nc_u32 v16, 1, v9 :: v_dual_sub_nc_u32 v15, v2, v15
	v_cmp_ge_u32_e64 s0, v15, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_sub_nc_u32 v18, v15, v6 :: v_dual_cndmask_b32 v9, v9, v16, s0
	v_dual_cndmask_b32 v15, v15, v18, s0 :: v_dual_add_nc_u32 v16, 1, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_ge_u32_e64 s0, v15, v6
	v_cndmask_b32_e64 v16, v9, v16, s0
.LBB0_31:                               ; %.split13
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_or_b32 exec_lo, exec_lo, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 101 40 is_stmt 1              ; kernels.py:101:40
	v_mad_nc_u64_u32 v[18:19], v16, v6, 0
	.loc	1 101 50 is_stmt 0              ; kernels.py:101:50
	v_mul_lo_u32 v9, 0x8637a2a2, v14
	v_mad_nc_u64_u32 v[14:15], 0x4e5ace35, v14, 0
	v_mul_hi_u32 v20, 0x4e5ace35, v2
	.loc	1 101 40                        ; kernels.py:101:40
	v_mad_u32 v7, v16, v7, v19
	.loc	1 101 50                        ; kernels.py:101:50
	v_mov_b32_e32 v21, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add3_u32 v15, v15, v9, v14
	.loc	1 101 40                        ; kernels.py:101:40
	v_mad_u32 v19, v17, v6, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 101 50                        ; kernels.py:101:50
	v_mov_b32_e32 v7, v21
	v_mad_nc_u64_u32 v[22:23], 0x4e5ace35, v3, v[20:21]
	v_mad_nc_u64_u32 v[14:15], v2, -1, v[14:15]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_dual_mov_b32 v20, v23 :: v_dual_mov_b32 v23, v21
	.loc	1 101 40                        ; kernels.py:101:40
	v_sub_nc_u64_e32 v[18:19], v[2:3], v[18:19]
	.loc	1 101 50                        ; kernels.py:101:50
	v_sub_nc_u32_e32 v6, v15, v3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[22:23], 0x8637a2a2, v2, v[22:23]
	v_dual_mov_b32 v6, v23 :: v_dual_sub_nc_u32 v15, v6, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[6:7], v[20:21], v[6:7]
	v_mad_nc_u64_u32 v[6:7], 0x8637a2a2, v3, v[6:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[6:7], v[6:7], v[14:15]
	v_mad_nc_u64_u32 v[6:7], v2, 1, v[6:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v7, v3, v7
	v_ashrrev_i64 v[14:15], 19, v[6:7]
	v_lshrrev_b32_e32 v20, 31, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u64_e32 v[6:7], v[14:15], v[20:21]
	v_mad_nc_u64_u32 v[14:15], 0xf4243, v6, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_i32_i24 v15, 0xf4243, v7, v15
	v_sub_nc_u64_e32 v[2:3], v[2:3], v[14:15]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 101 28                        ; kernels.py:101:28
	v_add_nc_u64_e32 v[2:3], v[16:17], v[2:3]
	v_add_nc_u64_e32 v[2:3], v[2:3], v[18:19]
	.loc	1 101 5                         ; kernels.py:101:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b64 v[10:11], v[2:3], off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s4
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_21
.LBB0_32:
	.loc	1 101 40                        ; kernels.py:101:40
	s_wait_alu depctr_vm_vsrc(0)
	v_mad_nc_u64_u32 v[2:3], v12, v4, 0
	.loc	1 101 50                        ; kernels.py:101:50
	v_mul_lo_u32 v14, 0x8637a2a2, v8
	v_mad_nc_u64_u32 v[6:7], 0x4e5ace35, v8, 0
	v_mul_hi_u32 v8, 0x4e5ace35, v0
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 101 40                        ; kernels.py:101:40
	v_mad_u32 v3, v12, v5, v3
	.loc	1 101 50                        ; kernels.py:101:50
	v_mov_b32_e32 v9, 0
	v_add3_u32 v7, v7, v14, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 40                        ; kernels.py:101:40
	v_mad_u32 v3, v13, v4, v3
	.loc	1 101 50                        ; kernels.py:101:50
	v_mov_b32_e32 v5, v9
	v_mad_nc_u64_u32 v[14:15], 0x4e5ace35, v1, v[8:9]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[6:7], v0, -1, v[6:7]
	v_dual_mov_b32 v8, v15 :: v_dual_mov_b32 v15, v9
	.loc	1 101 40                        ; kernels.py:101:40
	v_sub_nc_u64_e32 v[2:3], v[0:1], v[2:3]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 50                        ; kernels.py:101:50
	v_sub_nc_u32_e32 v4, v7, v1
	v_mad_nc_u64_u32 v[14:15], 0x8637a2a2, v0, v[14:15]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v4, v15 :: v_dual_sub_nc_u32 v7, v4, v0
	v_add_nc_u64_e32 v[4:5], v[8:9], v[4:5]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[4:5], 0x8637a2a2, v1, v[4:5]
	v_add_nc_u64_e32 v[4:5], v[4:5], v[6:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[4:5], v0, 1, v[4:5]
	v_add_nc_u32_e32 v5, v1, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_ashrrev_i64 v[6:7], 19, v[4:5]
	v_lshrrev_b32_e32 v8, 31, v5
	v_add_nc_u64_e32 v[4:5], v[6:7], v[8:9]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[6:7], 0xf4243, v4, 0
	v_mad_i32_i24 v7, 0xf4243, v5, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u64_e32 v[0:1], v[0:1], v[6:7]
	.loc	1 101 28                        ; kernels.py:101:28
	v_add_nc_u64_e32 v[0:1], v[12:13], v[0:1]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u64_e32 v[0:1], v[0:1], v[2:3]
	.loc	1 101 5                         ; kernels.py:101:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b64 v[10:11], v[0:1], off offset:512
	.loc	1 93 1 is_stmt 1                ; kernels.py:93:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	int_division, .Lfunc_end0-int_division
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel int_division
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 72
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
		.amdhsa_next_free_vgpr 32
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-int_division)<<4)&4080)>>4
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
	.set .Lint_division.num_vgpr, 32
	.set .Lint_division.num_agpr, 0
	.set .Lint_division.numbered_sgpr, 66
	.set .Lint_division.num_named_barrier, 0
	.set .Lint_division.private_seg_size, 0
	.set .Lint_division.uses_vcc, 1
	.set .Lint_division.uses_flat_scratch, 0
	.set .Lint_division.has_dyn_sized_stack, 0
	.set .Lint_division.has_recursion, 0
	.set .Lint_division.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3672
; TotalNumSgprs: 68
; NumVgprs: 32
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 32
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
      - .offset:         48
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 72
    .max_flat_workgroup_size: 64
    .name:           int_division
    .private_segment_fixed_size: 0
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         int_division.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     32
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

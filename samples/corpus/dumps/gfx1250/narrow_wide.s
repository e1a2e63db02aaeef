	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	narrow_wide                     ; -- Begin function narrow_wide
	.p2align	8
	.type	narrow_wide,@function
narrow_wide:                            ; @narrow_wide
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 133 0                         ; kernels.py:133:0
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
	v_mov_b16_e32 v8.l, 0
.Ltmp0:
	.loc	1 135 39 prologue_end           ; kernels.py:135:39
	s_bfe_u32 s2, ttmp8, 0x50019
	.loc	1 135 12 is_stmt 0              ; kernels.py:135:12
	s_lshl_b32 s20, ttmp9, 8
	.loc	1 135 39                        ; kernels.py:135:39
	v_and_b32_e32 v0, 31, v0
	s_load_b512 s[4:19], s[0:1], 0x0 nv
	v_mov_b16_e32 v9.l, v8.l
	s_lshl_b32 s2, s2, 5
	s_load_b32 s3, s[0:1], 0x50 nv
	s_and_b32 s2, s2, 0x60
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 135 12                        ; kernels.py:135:12
	v_or3_b32 v0, s2, v0, s20
	.loc	1 137 17 is_stmt 1              ; kernels.py:137:17
	v_ashrrev_i32_e32 v1, 31, v0
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u64_e32 v[2:3], s[4:5], v[0:1]
	.loc	1 136 12                        ; kernels.py:136:12
	v_cmp_gt_i32_e64 s2, s3, v0
	.loc	1 137 9                         ; kernels.py:137:9
	s_and_saveexec_b32 s4, s2
	s_cbranch_execz .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(1)
	global_load_u8 v9, v[2:3], off
.LBB0_2:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 135 12 is_stmt 1              ; kernels.py:135:12
	v_or_b32_e32 v4, 0x80, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 136 12                        ; kernels.py:136:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v4
	.loc	1 137 9                         ; kernels.py:137:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(3)
	global_load_u8 v8, v[2:3], off offset:128
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 138 17 is_stmt 1              ; kernels.py:138:17
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[2:3], s[6:7], v[0:1]
	v_mov_b16_e32 v14.l, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_mov_b16_e32 v15.l, v14.l
	.loc	1 138 9 is_stmt 0               ; kernels.py:138:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_6
; %bb.5:
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v15, v[2:3], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 138 9                         ; kernels.py:138:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_wait_alu depctr_va_vdst(0)
	global_load_u8 v14, v[2:3], off offset:128
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 139 17 is_stmt 1              ; kernels.py:139:17
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[8:9]
	v_mov_b16_e32 v10.l, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_mov_b16_e32 v11.l, v10.l
	.loc	1 139 9 is_stmt 0               ; kernels.py:139:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_10
; %bb.9:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v11, v[2:3], off
.LBB0_10:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 139 9                         ; kernels.py:139:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v10, v[2:3], off offset:256
.LBB0_12:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 140 17 is_stmt 1              ; kernels.py:140:17
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[10:11]
	v_mov_b16_e32 v12.l, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_mov_b16_e32 v13.l, v12.l
	.loc	1 140 9 is_stmt 0               ; kernels.py:140:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_14
; %bb.13:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v13, v[2:3], off
.LBB0_14:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 140 9                         ; kernels.py:140:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v12, v[2:3], off offset:256
.LBB0_16:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 141 17 is_stmt 1              ; kernels.py:141:17
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[12:13]
	v_mov_b16_e32 v16.l, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_mov_b16_e32 v17.l, v16.l
	.loc	1 141 9 is_stmt 0               ; kernels.py:141:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_18
; %bb.17:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v17, v[2:3], off
.LBB0_18:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 141 9                         ; kernels.py:141:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_wait_alu depctr_va_vdst(0)
	global_load_u16 v16, v[2:3], off offset:256
.LBB0_20:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 142 17 is_stmt 1              ; kernels.py:142:17
	v_lshl_add_u64 v[6:7], v[0:1], 3, s[14:15]
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b64_e32 v[2:3], 0
	v_mov_b64_e32 v[4:5], 0
	.loc	1 142 9 is_stmt 0               ; kernels.py:142:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execnz .LBB0_34
; %bb.21:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 142 9                         ; kernels.py:142:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execnz .LBB0_35
.LBB0_22:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 143 14 is_stmt 1              ; kernels.py:143:14
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[6:7], s[16:17], v[0:1]
	.loc	1 143 5 is_stmt 0               ; kernels.py:143:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execnz .LBB0_36
.LBB0_23:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 143 5                         ; kernels.py:143:5
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execnz .LBB0_37
.LBB0_24:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 144 14 is_stmt 1              ; kernels.py:144:14
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[6:7], v[0:1], 1, s[18:19]
	.loc	1 144 5 is_stmt 0               ; kernels.py:144:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execnz .LBB0_38
.LBB0_25:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 144 5                         ; kernels.py:144:5
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_27
.LBB0_26:
	.loc	1 144 39                        ; kernels.py:144:39
	s_wait_loadcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_bfe_i32 v8, v8, 0, 8
	.loc	1 144 31                        ; kernels.py:144:31
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_u16 v8.l, v10.l, 3, v8.l
	.loc	1 144 5                         ; kernels.py:144:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b16 v[6:7], v8, off offset:256
.LBB0_27:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 145 37 is_stmt 1              ; kernels.py:145:37
	s_wait_loadcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b16_e32 v6.l, v17.l
	v_mov_b16_e32 v7.l, v16.l
	.loc	1 135 39                        ; kernels.py:135:39
	s_load_b128 s[4:7], s[0:1], 0x40 nv
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 145 37                        ; kernels.py:145:37
	v_dual_lshlrev_b32 v6, 16, v6 :: v_dual_lshlrev_b32 v7, 16, v7
	v_cvt_pk_f16_f32 v14, v6, v7
	.loc	1 145 14 is_stmt 0              ; kernels.py:145:14
	s_wait_kmcnt 0x0
	v_lshl_add_u64 v[8:9], v[0:1], 1, s[4:5]
	.loc	1 145 5                         ; kernels.py:145:5
	s_and_saveexec_b32 s0, s2
	s_cbranch_execz .LBB0_29
; %bb.28:
	.loc	1 0 5                           ; kernels.py:0:5
	v_mul_f16_e32 v10.h, 0.5, v14.l
	s_delay_alu instid0(VALU_DEP_1)
	v_fmac_f16_e32 v10.h, v13.l, v13.l
	.loc	1 145 5                         ; kernels.py:145:5
	s_wait_alu depctr_va_vdst(0)
	global_store_d16_hi_b16 v[8:9], v10, off
.LBB0_29:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 145 5                         ; kernels.py:145:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_31
; %bb.30:
	.loc	1 145 37                        ; kernels.py:145:37
	v_lshrrev_b32_e32 v14, 16, v14
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f16_e32 v10.h, 0.5, v14.l
	.loc	1 145 29                        ; kernels.py:145:29
	v_fmac_f16_e32 v10.h, v12.l, v12.l
	.loc	1 145 5                         ; kernels.py:145:5
	s_wait_alu depctr_va_vdst(0)
	global_store_d16_hi_b16 v[8:9], v10, off offset:256
.LBB0_31:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 146 14 is_stmt 1              ; kernels.py:146:14
	v_lshl_add_u64 v[0:1], v[0:1], 3, s[6:7]
	.loc	1 146 67 is_stmt 0              ; kernels.py:146:67
	s_wait_alu depctr_vm_vsrc(0)
	v_cvt_f32_f16_e32 v8, v13.l
	v_cvt_f32_f16_e32 v9, v12.l
	s_delay_alu instid0(VALU_DEP_1)
	v_pk_mul_f32 v[6:7], v[8:9], v[6:7]
	.loc	1 146 5                         ; kernels.py:146:5
	s_and_saveexec_b32 s0, s2
	s_cbranch_execnz .LBB0_39
; %bb.32:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 146 5                         ; kernels.py:146:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_40
.LBB0_33:
	.loc	1 133 1 is_stmt 1               ; kernels.py:133:1
	s_endpgm
.LBB0_34:
	.loc	1 142 9                         ; kernels.py:142:9
	s_wait_alu depctr_va_vdst(0)
	global_load_b64 v[4:5], v[6:7], off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_22
.LBB0_35:
	s_wait_alu depctr_va_vdst(1)
	global_load_b64 v[2:3], v[6:7], off offset:1024
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 143 14                        ; kernels.py:143:14
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u64_e32 v[6:7], s[16:17], v[0:1]
	.loc	1 143 5 is_stmt 0               ; kernels.py:143:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_23
.LBB0_36:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_loadcnt 0x0
	v_add_nc_u16 v15.l, v15.l, v9.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_bfe_i32 v15, v15, 0, 8
	v_lshrrev_b16 v8.h, 1, v15.l
	.loc	1 143 5                         ; kernels.py:143:5
	s_wait_alu depctr_va_vdst(0)
	global_store_d16_hi_b8 v[6:7], v8, off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_24
.LBB0_37:
	.loc	1 143 30                        ; kernels.py:143:30
	s_wait_loadcnt 0x0
	v_add_nc_u16 v14.l, v14.l, v8.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_bfe_i32 v14, v14, 0, 8
	.loc	1 143 29                        ; kernels.py:143:29
	s_wait_alu depctr_vm_vsrc(0)
	v_lshrrev_b16 v8.h, 1, v14.l
	.loc	1 143 5                         ; kernels.py:143:5
	s_wait_alu depctr_va_vdst(0)
	global_store_d16_hi_b8 v[6:7], v8, off offset:128
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 144 14 is_stmt 1              ; kernels.py:144:14
	s_wait_alu depctr_vm_vsrc(0)
	v_lshl_add_u64 v[6:7], v[0:1], 1, s[18:19]
	.loc	1 144 5 is_stmt 0               ; kernels.py:144:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_25
.LBB0_38:
	.loc	1 144 39                        ; kernels.py:144:39
	s_wait_loadcnt 0x0
	v_bfe_i32 v9, v9, 0, 8
	.loc	1 144 31                        ; kernels.py:144:31
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_u16 v8.h, v11.l, 3, v9.l
	.loc	1 144 5                         ; kernels.py:144:5
	s_wait_alu depctr_va_vdst(0)
	global_store_d16_hi_b16 v[6:7], v8, off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s3
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execnz .LBB0_26
	s_branch .LBB0_27
.LBB0_39:
	.loc	1 146 39 is_stmt 1              ; kernels.py:146:39
	v_ashrrev_i64 v[8:9], 3, v[4:5]
	.loc	1 146 49 is_stmt 0              ; kernels.py:146:49
	v_mov_b16_e32 v13.l, v11.l
	v_bfe_i32 v12, v11, 0, 16
	.loc	1 146 66                        ; kernels.py:146:66
	v_trunc_f32_e32 v6, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 146 49                        ; kernels.py:146:49
	v_bfe_i32 v11, v13, 0, 16
	.loc	1 146 66                        ; kernels.py:146:66
	v_mul_f32_e64 v15, 0x2f800000, |v6|
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_ashrrev_i32 v14, 31, v6 :: v_dual_ashrrev_i32 v13, 31, v11
	v_floor_f32_e32 v11, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v15, v14
	v_cvt_u32_f32_e32 v16, v11
	v_fma_f32 v6, 0xcf800000, v11, |v6|
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v17, v16, v14
	v_cvt_u32_f32_e32 v6, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v16, v6, v14
	v_sub_nc_u64_e32 v[14:15], v[16:17], v[14:15]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 146 30                        ; kernels.py:146:30
	v_add_nc_u64_e32 v[12:13], v[14:15], v[12:13]
	v_add_nc_u64_e32 v[8:9], v[12:13], v[8:9]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[8:9], v4, 7, v[8:9]
	v_mad_u32 v9, v5, 7, v9
	.loc	1 146 5                         ; kernels.py:146:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b64 v[0:1], v[8:9], off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s0
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_33
.LBB0_40:
	.loc	1 146 39                        ; kernels.py:146:39
	v_ashrrev_i64 v[4:5], 3, v[2:3]
	.loc	1 146 49                        ; kernels.py:146:49
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b16_e32 v8.l, v10.l
	v_bfe_i32 v6, v10, 0, 16
	.loc	1 146 66                        ; kernels.py:146:66
	v_trunc_f32_e32 v10, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 146 49                        ; kernels.py:146:49
	v_bfe_i32 v7, v8, 0, 16
	.loc	1 146 66                        ; kernels.py:146:66
	v_mul_f32_e64 v9, 0x2f800000, |v10|
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_ashrrev_i32 v8, 31, v10 :: v_dual_ashrrev_i32 v7, 31, v7
	v_floor_f32_e32 v11, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v9, v8
	v_cvt_u32_f32_e32 v12, v11
	v_fma_f32 v10, 0xcf800000, v11, |v10|
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v11, v12, v8
	v_cvt_u32_f32_e32 v10, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v10, v10, v8
	v_sub_nc_u64_e32 v[8:9], v[10:11], v[8:9]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 146 30                        ; kernels.py:146:30
	v_add_nc_u64_e32 v[6:7], v[8:9], v[6:7]
	v_add_nc_u64_e32 v[4:5], v[6:7], v[4:5]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[4:5], v2, 7, v[4:5]
	v_mad_u32 v5, v3, 7, v5
	.loc	1 146 5                         ; kernels.py:146:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b64 v[0:1], v[4:5], off offset:1024
	.loc	1 133 1 is_stmt 1               ; kernels.py:133:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	narrow_wide, .Lfunc_end0-narrow_wide
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel narrow_wide
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 104
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
		.amdhsa_next_free_vgpr 18
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-narrow_wide)<<4)&4080)>>4
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
	.set .Lnarrow_wide.num_vgpr, 18
	.set .Lnarrow_wide.num_agpr, 0
	.set .Lnarrow_wide.numbered_sgpr, 66
	.set .Lnarrow_wide.num_named_barrier, 0
	.set .Lnarrow_wide.private_seg_size, 0
	.set .Lnarrow_wide.uses_vcc, 1
	.set .Lnarrow_wide.uses_flat_scratch, 0
	.set .Lnarrow_wide.has_dyn_sized_stack, 0
	.set .Lnarrow_wide.has_recursion, 0
	.set .Lnarrow_wide.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1552
; TotalNumSgprs: 68
; NumVgprs: 18
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 18
; NamedBarCnt: 0
; Occupancy: 16
; WaveLimiterHint : 1
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
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         88
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         96
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 104
    .max_flat_workgroup_size: 128
    .name:           narrow_wide
    .private_segment_fixed_size: 0
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         narrow_wide.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     18
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

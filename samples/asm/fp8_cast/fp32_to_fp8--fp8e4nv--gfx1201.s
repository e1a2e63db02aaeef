	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	fp32_to_fp8                     ; -- Begin function fp32_to_fp8
	.p2align	8
	.type	fp32_to_fp8,@function
fp32_to_fp8:                            ; @fp32_to_fp8
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 57 0                          ; fp8_cast.py:57:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b64 s[2:3], s[0:1], 0x0
	s_load_b96 s[8:10], s[0:1], 0x10
	v_mov_b32_e32 v9, 0
.Ltmp0:
	.loc	1 57 1 prologue_end             ; fp8_cast.py:57:1
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 23, 1), 1
	.loc	1 61 23                         ; fp8_cast.py:61:23
	s_wait_kmcnt 0x0
	global_load_b32 v11, v9, s[8:9]
	.loc	1 59 39                         ; fp8_cast.py:59:39
	s_bfe_u32 s4, ttmp8, 0x50019
	v_and_b32_e32 v0, 31, v0
	s_lshl_b32 s4, s4, 5
	.loc	1 59 12 is_stmt 0               ; fp8_cast.py:59:12
	s_lshl_b32 s5, ttmp9, 10
	.loc	1 59 39                         ; fp8_cast.py:59:39
	s_and_b32 s4, s4, 0x60
	v_mov_b32_e32 v12, 0
	.loc	1 59 12                         ; fp8_cast.py:59:12
	v_or3_b32 v0, s4, v0, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 62 17 is_stmt 1               ; fp8_cast.py:62:17
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s7, s10, v0
	.loc	1 62 17                         ; fp8_cast.py:62:17
	v_lshlrev_b64_e32 v[2:3], 2, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v2, vcc_lo, s2, v2
	v_add_co_ci_u32_e64 v3, null, s3, v3, vcc_lo
	.loc	1 62 9 is_stmt 0                ; fp8_cast.py:62:9
	s_and_saveexec_b32 s2, s7
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b32 v12, v[2:3], off
.LBB0_2:
	.loc	1 0 9                           ; fp8_cast.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v4, 0x80, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s6, s10, v4
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s2, s6
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_b32 v9, v[2:3], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v4, 0x100, v0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v10, 0
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s5, s10, v4
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s2, s5
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_b32 v10, v[2:3], off offset:1024
.LBB0_6:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v4, 0x180, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s4, s10, v4
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s2, s4
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_b32 v8, v[2:3], off offset:1536
.LBB0_8:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v4, 0x200, v0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s3, s10, v4
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s2, s3
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_b32 v7, v[2:3], off offset:2048
.LBB0_10:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v4, 0x280, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s2, s10, v4
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s8, s2
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_b32 v6, v[2:3], off offset:2560
.LBB0_12:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s8
	s_load_b64 s[8:9], s[0:1], 0x8
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v4, 0x300, v0
	v_mov_b32_e32 v5, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s1, s10, v4
	v_mov_b32_e32 v4, 0
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_b32 v5, v[2:3], off offset:3072
.LBB0_14:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 59 12 is_stmt 1               ; fp8_cast.py:59:12
	v_or_b32_e32 v13, 0x380, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s0, s10, v13
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_saveexec_b32 s10, s0
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_b32 v4, v[2:3], off offset:3584
.LBB0_16:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s10
	.loc	1 61 17 is_stmt 1               ; fp8_cast.py:61:17
	s_wait_loadcnt 0x0
	v_div_scale_f32 v2, null, v11, v11, 1.0
	v_div_scale_f32 v14, vcc_lo, 1.0, v11, 1.0
	s_delay_alu instid0(VALU_DEP_2)
	v_rcp_f32_e32 v3, v2
	v_xor_b32_e32 v2, 0x80000000, v2
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v13, v2, v3, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v3, v13, v3
	v_mul_f32_e32 v13, v14, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v15, v2, v13, v14
	v_fmac_f32_e32 v13, v15, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v14, v2, v13
	s_wait_alu depctr_va_vcc(0)
	v_div_fmas_f32 v2, v14, v3, v13
	.loc	1 63 14                         ; fp8_cast.py:63:14
	s_wait_kmcnt 0x0
	v_add_co_u32 v0, vcc_lo, s8, v0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s9, v1, vcc_lo
	.loc	1 61 17                         ; fp8_cast.py:61:17
	v_div_fixup_f32 v2, v2, v11, 1.0
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s8, s7
	s_cbranch_execnz .LBB0_25
; %bb.17:
	.loc	1 0 5 is_stmt 0                 ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s8
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s7, s6
	s_cbranch_execnz .LBB0_26
.LBB0_18:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s6, s5
	s_cbranch_execnz .LBB0_27
.LBB0_19:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_28
.LBB0_20:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s4, s3
	s_cbranch_execnz .LBB0_29
.LBB0_21:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execnz .LBB0_30
.LBB0_22:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s2, s1
	s_cbranch_execnz .LBB0_31
.LBB0_23:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_32
.LBB0_24:
	.loc	1 57 1 is_stmt 1                ; fp8_cast.py:57:1
	s_endpgm
.LBB0_25:
	.loc	1 0 1 is_stmt 0                 ; fp8_cast.py:0:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 29 is_stmt 1               ; fp8_cast.py:63:29
	v_mul_f32_e32 v11, v2, v12
	.loc	1 63 28 is_stmt 0               ; fp8_cast.py:63:28
	v_and_b32_e32 v12, 0x7fffffff, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_bfe_u32 v3, v12, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v12
	v_cmp_lt_u32_e64 s7, 0x3c6fffff, v12
	v_add3_u32 v3, v12, v3, 0x7ffff
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v3, 0xfff00000, v3
	v_max_u32_e32 v3, 0x3c800000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v3, 0x4000000, v3
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v12
	v_cndmask_b16 v3.l, 7, v3.l, s7
	v_cmp_lt_u32_e64 s7, 0x3c2fffff, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v12
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v3.l, 5, v3.l, s7
	v_cmp_lt_u32_e64 s7, 0x3bdfffff, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v12
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v3.l, 3, v3.l, s7
	v_cmp_lt_u32_e64 s7, 0x3b3fffff, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v12
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v3.l, 1, v3.l, s7
	v_cmp_o_f32_e64 s7, v11, v11
	v_lshrrev_b32_e32 v11, 24, v11
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_and_b16 v3.h, 0x80, v11.l
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v3.l, 0x7f, v3.l, s7
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s8
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_18
.LBB0_26:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v9, v2, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v11, 0x7fffffff, v9
	v_bfe_u32 v3, v11, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v11
	v_cmp_lt_u32_e64 s6, 0x3c6fffff, v11
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v3, v11, v3, 0x7ffff
	v_and_b32_e32 v3, 0xfff00000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v3, 0x3c800000, v3
	v_add_nc_u32_e32 v3, 0x4000000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v11
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 7, v3.l, s6
	v_cmp_lt_u32_e64 s6, 0x3c2fffff, v11
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v11
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 5, v3.l, s6
	v_cmp_lt_u32_e64 s6, 0x3bdfffff, v11
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v11
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 3, v3.l, s6
	v_cmp_lt_u32_e64 s6, 0x3b3fffff, v11
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v11
	v_lshrrev_b32_e32 v11, 24, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 1, v3.l, s6
	v_and_b16 v3.h, 0x80, v11.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v9, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7f, v3.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off offset:128
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s7
	s_and_saveexec_b32 s6, s5
	s_cbranch_execz .LBB0_19
.LBB0_27:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v9, v2, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v10, 0x7fffffff, v9
	v_bfe_u32 v3, v10, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v10
	v_cmp_lt_u32_e64 s5, 0x3c6fffff, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v3, v10, v3, 0x7ffff
	v_and_b32_e32 v3, 0xfff00000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v3, 0x3c800000, v3
	v_add_nc_u32_e32 v3, 0x4000000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v10
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 7, v3.l, s5
	v_cmp_lt_u32_e64 s5, 0x3c2fffff, v10
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v10
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 5, v3.l, s5
	v_cmp_lt_u32_e64 s5, 0x3bdfffff, v10
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v10
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 3, v3.l, s5
	v_cmp_lt_u32_e64 s5, 0x3b3fffff, v10
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v10
	v_lshrrev_b32_e32 v10, 24, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 1, v3.l, s5
	v_and_b16 v3.h, 0x80, v10.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v9, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7f, v3.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off offset:256
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s6
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_20
.LBB0_28:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v8, v2, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v9, 0x7fffffff, v8
	v_bfe_u32 v3, v9, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v9
	v_cmp_lt_u32_e64 s4, 0x3c6fffff, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v3, v9, v3, 0x7ffff
	v_and_b32_e32 v3, 0xfff00000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v3, 0x3c800000, v3
	v_add_nc_u32_e32 v3, 0x4000000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 7, v3.l, s4
	v_cmp_lt_u32_e64 s4, 0x3c2fffff, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 5, v3.l, s4
	v_cmp_lt_u32_e64 s4, 0x3bdfffff, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 3, v3.l, s4
	v_cmp_lt_u32_e64 s4, 0x3b3fffff, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v9
	v_lshrrev_b32_e32 v9, 24, v8
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 1, v3.l, s4
	v_and_b16 v3.h, 0x80, v9.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7f, v3.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off offset:384
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	s_and_saveexec_b32 s4, s3
	s_cbranch_execz .LBB0_21
.LBB0_29:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v7, v2, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v8, 0x7fffffff, v7
	v_bfe_u32 v3, v8, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v8
	v_cmp_lt_u32_e64 s3, 0x3c6fffff, v8
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v3, v8, v3, 0x7ffff
	v_and_b32_e32 v3, 0xfff00000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v3, 0x3c800000, v3
	v_add_nc_u32_e32 v3, 0x4000000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v8
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 7, v3.l, s3
	v_cmp_lt_u32_e64 s3, 0x3c2fffff, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v8
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 5, v3.l, s3
	v_cmp_lt_u32_e64 s3, 0x3bdfffff, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v8
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 3, v3.l, s3
	v_cmp_lt_u32_e64 s3, 0x3b3fffff, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v8
	v_lshrrev_b32_e32 v8, 24, v7
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 1, v3.l, s3
	v_and_b16 v3.h, 0x80, v8.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v7, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7f, v3.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off offset:512
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s4
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_22
.LBB0_30:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v6, v2, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v7, 0x7fffffff, v6
	v_bfe_u32 v3, v7, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v7
	v_cmp_lt_u32_e64 s2, 0x3c6fffff, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v3, v7, v3, 0x7ffff
	v_and_b32_e32 v3, 0xfff00000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v3, 0x3c800000, v3
	v_add_nc_u32_e32 v3, 0x4000000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v7
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 7, v3.l, s2
	v_cmp_lt_u32_e64 s2, 0x3c2fffff, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v7
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 5, v3.l, s2
	v_cmp_lt_u32_e64 s2, 0x3bdfffff, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v7
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 3, v3.l, s2
	v_cmp_lt_u32_e64 s2, 0x3b3fffff, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v7
	v_lshrrev_b32_e32 v7, 24, v6
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 1, v3.l, s2
	v_and_b16 v3.h, 0x80, v7.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v6, v6
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7f, v3.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off offset:640
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_and_saveexec_b32 s2, s1
	s_cbranch_execz .LBB0_23
.LBB0_31:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v5, v2, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v6, 0x7fffffff, v5
	v_bfe_u32 v3, v6, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v6
	v_cmp_lt_u32_e64 s1, 0x3c6fffff, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v3, v6, v3, 0x7ffff
	v_and_b32_e32 v3, 0xfff00000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v3, 0x3c800000, v3
	v_add_nc_u32_e32 v3, 0x4000000, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v3, 20, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7e, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 7, v3.l, s1
	v_cmp_lt_u32_e64 s1, 0x3c2fffff, v6
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 6, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v6
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 5, v3.l, s1
	v_cmp_lt_u32_e64 s1, 0x3bdfffff, v6
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 4, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v6
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 3, v3.l, s1
	v_cmp_lt_u32_e64 s1, 0x3b3fffff, v6
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 2, v3.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v6
	v_lshrrev_b32_e32 v6, 24, v5
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 1, v3.l, s1
	v_and_b16 v3.h, 0x80, v6.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0, v3.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v5, v5
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v3.l, 0x7f, v3.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v3.l, v3.l, v3.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v3, off offset:768
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_24
.LBB0_32:
	.loc	1 63 29                         ; fp8_cast.py:63:29
	v_mul_f32_e32 v3, v2, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 63 28                         ; fp8_cast.py:63:28
	v_and_b32_e32 v4, 0x7fffffff, v3
	v_bfe_u32 v2, v4, 20, 1
	v_cmp_gt_u32_e32 vcc_lo, 0x43e80000, v4
	v_cmp_lt_u32_e64 s0, 0x3c6fffff, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v2, v4, v2, 0x7ffff
	v_and_b32_e32 v2, 0xfff00000, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u32_e32 v2, 0x3c800000, v2
	v_add_nc_u32_e32 v2, 0x4000000, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v2, 20, v2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v2.l, 0x7e, v2.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c500000, v4
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 7, v2.l, s0
	v_cmp_lt_u32_e64 s0, 0x3c2fffff, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v2.l, 6, v2.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3c100000, v4
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 5, v2.l, s0
	v_cmp_lt_u32_e64 s0, 0x3bdfffff, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v2.l, 4, v2.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3ba00000, v4
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 3, v2.l, s0
	v_cmp_lt_u32_e64 s0, 0x3b3fffff, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v2.l, 2, v2.l, vcc_lo
	v_cmp_lt_u32_e32 vcc_lo, 0x3a800000, v4
	v_lshrrev_b32_e32 v4, 24, v3
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 1, v2.l, s0
	v_and_b16 v2.h, 0x80, v4.l
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 0, v2.l, vcc_lo
	v_cmp_o_f32_e32 vcc_lo, v3, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v2.l, 0x7f, v2.l, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v2.l, v2.l, v2.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	global_store_b8 v[0:1], v2, off offset:896
	.loc	1 57 1 is_stmt 1                ; fp8_cast.py:57:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp32_to_fp8, .Lfunc_end0-fp32_to_fp8
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp32_to_fp8
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
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
		.amdhsa_next_free_vgpr 16
		.amdhsa_next_free_sgpr 11
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp32_to_fp8)<<4)&4080)>>4
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
	.set .Lfp32_to_fp8.num_vgpr, 16
	.set .Lfp32_to_fp8.num_agpr, 0
	.set .Lfp32_to_fp8.numbered_sgpr, 11
	.set .Lfp32_to_fp8.num_named_barrier, 0
	.set .Lfp32_to_fp8.private_seg_size, 0
	.set .Lfp32_to_fp8.uses_vcc, 1
	.set .Lfp32_to_fp8.uses_flat_scratch, 0
	.set .Lfp32_to_fp8.has_dyn_sized_stack, 0
	.set .Lfp32_to_fp8.has_recursion, 0
	.set .Lfp32_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3728
; TotalNumSgprs: 13
; NumVgprs: 16
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 13
; NumVGPRsForWavesPerEU: 16
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
	.byte	1                               ; Abbrev [1] 0xb:0x1b DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"fp8_cast.py"                   ; string offset=7 ; fp8_cast.py
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
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 128
    .name:           fp32_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     13
    .sgpr_spill_count: 0
    .symbol:         fp32_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     16
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

	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	fp8_to_fp32                     ; -- Begin function fp8_to_fp32
	.p2align	8
	.type	fp8_to_fp32,@function
fp8_to_fp32:                            ; @fp8_to_fp32
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 28 0                          ; fp8_cast.py:28:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b32 s10, s[0:1], 0x10
	s_load_b64 s[4:5], s[0:1], 0x0
.Ltmp0:
	.loc	1 30 39 prologue_end            ; fp8_cast.py:30:39
	v_readfirstlane_b32 s3, v0
	v_and_b32_e32 v0, 31, v0
	.loc	1 30 12 is_stmt 0               ; fp8_cast.py:30:12
	s_lshl_b32 s2, s2, 10
	v_mov_b16_e32 v3.l, 0
	.loc	1 33 5 is_stmt 1                ; fp8_cast.py:33:5
	s_and_b32 s3, s3, 0x60
	s_delay_alu instid0(VALU_DEP_2) | instid1(SALU_CYCLE_1)
	.loc	1 30 12                         ; fp8_cast.py:30:12
	v_or3_b32 v4, s3, v0, s2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b16_e32 v3.h, v3.l
	.loc	1 32 17                         ; fp8_cast.py:32:17
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 31 12                         ; fp8_cast.py:31:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s7, s10, v4
	.loc	1 32 17                         ; fp8_cast.py:32:17
	v_add_co_u32 v6, vcc_lo, s4, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v7, null, s5, v5, vcc_lo
	.loc	1 32 9 is_stmt 0                ; fp8_cast.py:32:9
	s_and_saveexec_b32 s2, s7
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_d16_hi_u8 v3, v[6:7], off
.LBB0_2:
	.loc	1 0 9                           ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v0, 0x80, v4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e64 s6, s10, v0
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s2, s6
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_d16_u8 v3, v[6:7], off offset:128
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v0, 0x100, v4
	v_mov_b16_e32 v2.l, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e64 s5, s10, v0
	v_mov_b16_e32 v2.h, v2.l
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s2, s5
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_d16_hi_u8 v2, v[6:7], off offset:256
.LBB0_6:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v0, 0x180, v4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e64 s4, s10, v0
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s2, s4
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_d16_u8 v2, v[6:7], off offset:384
.LBB0_8:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v0, 0x200, v4
	v_mov_b16_e32 v1.l, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e64 s3, s10, v0
	v_mov_b16_e32 v1.h, v1.l
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s2, s3
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_d16_hi_u8 v1, v[6:7], off offset:512
.LBB0_10:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v0, 0x280, v4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e64 s2, s10, v0
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s8, s2
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_d16_u8 v1, v[6:7], off offset:640
.LBB0_12:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s8
	s_load_b64 s[8:9], s[0:1], 0x8
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v8, 0x300, v4
	v_mov_b16_e32 v0.l, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e64 s0, s10, v8
	v_mov_b16_e32 v0.h, v0.l
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_d16_hi_u8 v0, v[6:7], off offset:768
.LBB0_14:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v8, 0x380, v4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e32 vcc_lo, s10, v8
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_d16_u8 v0, v[6:7], off offset:896
.LBB0_16:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 33 14 is_stmt 1               ; fp8_cast.py:33:14
	v_lshlrev_b64 v[4:5], 2, v[4:5]
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v4, s1, s8, v4
	v_add_co_ci_u32_e64 v5, null, s9, v5, s1
	.loc	1 33 5 is_stmt 0                ; fp8_cast.py:33:5
	s_and_saveexec_b32 s8, s7
	s_cbranch_execnz .LBB0_25
; %bb.17:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s8
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s7, s6
	s_cbranch_execnz .LBB0_26
.LBB0_18:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s6, s5
	s_cbranch_execnz .LBB0_27
.LBB0_19:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_28
.LBB0_20:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s4, s3
	s_cbranch_execnz .LBB0_29
.LBB0_21:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execnz .LBB0_30
.LBB0_22:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s2, s0
	s_cbranch_execnz .LBB0_31
.LBB0_23:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_32
.LBB0_24:
	.loc	1 28 1 is_stmt 1                ; fp8_cast.py:28:1
	s_endpgm
.LBB0_25:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v6.l, 7, v3.h
	v_and_b16 v6.h, 0x7f, v3.h
	v_lshlrev_b16 v3.h, 8, v3.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v6.l, 0x3f80, v6.l
	v_cmp_ne_u16_e64 s1, 0x7f, v6.h
	v_cmp_ne_u16_e64 s7, 0, v6.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v3.h, 0x8000, v3.h
	v_add_nc_u16 v6.l, 0x2000, v6.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v6.l, 0x7e00, v6.l, s1
	v_cmp_ne_u16_e64 s1, 1, v6.h
	v_cndmask_b16 v6.l, 0, v6.l, s7
	v_cmp_ne_u16_e64 s7, 2, v6.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v6.l, 0x1800, v6.l, s1
	v_cmp_ne_u16_e64 s1, 3, v6.h
	v_cndmask_b16 v6.l, 0x1c00, v6.l, s7
	v_cmp_ne_u16_e64 s7, 4, v6.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v6.l, 0x1e00, v6.l, s1
	v_cmp_ne_u16_e64 s1, 5, v6.h
	v_cndmask_b16 v6.l, 0x2000, v6.l, s7
	v_cmp_ne_u16_e64 s7, 6, v6.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v6.l, 0x2100, v6.l, s1
	v_cmp_ne_u16_e64 s1, 7, v6.h
	v_cndmask_b16 v6.l, 0x2200, v6.l, s7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v6.l, 0x2300, v6.l, s1
	v_or_b16 v3.h, v6.l, v3.h
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v6, v3.h
	.loc	1 33 5 is_stmt 0                ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v6, off
	s_or_b32 exec_lo, exec_lo, s8
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_18
.LBB0_26:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v3.h, 7, v3.l
	v_and_b16 v6.l, 0x7f, v3.l
	v_lshlrev_b16 v3.l, 8, v3.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v3.h, 0x3f80, v3.h
	v_cmp_ne_u16_e64 s1, 0x7f, v6.l
	v_cmp_ne_u16_e64 s6, 0, v6.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v3.l, 0x8000, v3.l
	v_add_nc_u16 v3.h, 0x2000, v3.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.h, 0x7e00, v3.h, s1
	v_cmp_ne_u16_e64 s1, 1, v6.l
	v_cndmask_b16 v3.h, 0, v3.h, s6
	v_cmp_ne_u16_e64 s6, 2, v6.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.h, 0x1800, v3.h, s1
	v_cmp_ne_u16_e64 s1, 3, v6.l
	v_cndmask_b16 v3.h, 0x1c00, v3.h, s6
	v_cmp_ne_u16_e64 s6, 4, v6.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.h, 0x1e00, v3.h, s1
	v_cmp_ne_u16_e64 s1, 5, v6.l
	v_cndmask_b16 v3.h, 0x2000, v3.h, s6
	v_cmp_ne_u16_e64 s6, 6, v6.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.h, 0x2100, v3.h, s1
	v_cmp_ne_u16_e64 s1, 7, v6.l
	v_cndmask_b16 v3.h, 0x2200, v3.h, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v3.h, 0x2300, v3.h, s1
	v_or_b16 v3.l, v3.h, v3.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v3, v3.l
	.loc	1 33 5                          ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v3, off offset:512
	s_or_b32 exec_lo, exec_lo, s7
	s_and_saveexec_b32 s6, s5
	s_cbranch_execz .LBB0_19
.LBB0_27:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v3.l, 7, v2.h
	v_and_b16 v3.h, 0x7f, v2.h
	v_lshlrev_b16 v2.h, 8, v2.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v3.l, 0x3f80, v3.l
	v_cmp_ne_u16_e64 s1, 0x7f, v3.h
	v_cmp_ne_u16_e64 s5, 0, v3.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v2.h, 0x8000, v2.h
	v_add_nc_u16 v3.l, 0x2000, v3.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0x7e00, v3.l, s1
	v_cmp_ne_u16_e64 s1, 1, v3.h
	v_cndmask_b16 v3.l, 0, v3.l, s5
	v_cmp_ne_u16_e64 s5, 2, v3.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0x1800, v3.l, s1
	v_cmp_ne_u16_e64 s1, 3, v3.h
	v_cndmask_b16 v3.l, 0x1c00, v3.l, s5
	v_cmp_ne_u16_e64 s5, 4, v3.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0x1e00, v3.l, s1
	v_cmp_ne_u16_e64 s1, 5, v3.h
	v_cndmask_b16 v3.l, 0x2000, v3.l, s5
	v_cmp_ne_u16_e64 s5, 6, v3.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v3.l, 0x2100, v3.l, s1
	v_cmp_ne_u16_e64 s1, 7, v3.h
	v_cndmask_b16 v3.l, 0x2200, v3.l, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v3.l, 0x2300, v3.l, s1
	v_or_b16 v2.h, v3.l, v2.h
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v3, v2.h
	.loc	1 33 5                          ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v3, off offset:1024
	s_or_b32 exec_lo, exec_lo, s6
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_20
.LBB0_28:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v2.h, 7, v2.l
	v_and_b16 v3.l, 0x7f, v2.l
	v_lshlrev_b16 v2.l, 8, v2.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v2.h, 0x3f80, v2.h
	v_cmp_ne_u16_e64 s1, 0x7f, v3.l
	v_cmp_ne_u16_e64 s4, 0, v3.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v2.l, 0x8000, v2.l
	v_add_nc_u16 v2.h, 0x2000, v2.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.h, 0x7e00, v2.h, s1
	v_cmp_ne_u16_e64 s1, 1, v3.l
	v_cndmask_b16 v2.h, 0, v2.h, s4
	v_cmp_ne_u16_e64 s4, 2, v3.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.h, 0x1800, v2.h, s1
	v_cmp_ne_u16_e64 s1, 3, v3.l
	v_cndmask_b16 v2.h, 0x1c00, v2.h, s4
	v_cmp_ne_u16_e64 s4, 4, v3.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.h, 0x1e00, v2.h, s1
	v_cmp_ne_u16_e64 s1, 5, v3.l
	v_cndmask_b16 v2.h, 0x2000, v2.h, s4
	v_cmp_ne_u16_e64 s4, 6, v3.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.h, 0x2100, v2.h, s1
	v_cmp_ne_u16_e64 s1, 7, v3.l
	v_cndmask_b16 v2.h, 0x2200, v2.h, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v2.h, 0x2300, v2.h, s1
	v_or_b16 v2.l, v2.h, v2.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v2, v2.l
	.loc	1 33 5                          ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v2, off offset:1536
	s_or_b32 exec_lo, exec_lo, s5
	s_and_saveexec_b32 s4, s3
	s_cbranch_execz .LBB0_21
.LBB0_29:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v2.l, 7, v1.h
	v_and_b16 v2.h, 0x7f, v1.h
	v_lshlrev_b16 v1.h, 8, v1.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v2.l, 0x3f80, v2.l
	v_cmp_ne_u16_e64 s1, 0x7f, v2.h
	v_cmp_ne_u16_e64 s3, 0, v2.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v1.h, 0x8000, v1.h
	v_add_nc_u16 v2.l, 0x2000, v2.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 0x7e00, v2.l, s1
	v_cmp_ne_u16_e64 s1, 1, v2.h
	v_cndmask_b16 v2.l, 0, v2.l, s3
	v_cmp_ne_u16_e64 s3, 2, v2.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 0x1800, v2.l, s1
	v_cmp_ne_u16_e64 s1, 3, v2.h
	v_cndmask_b16 v2.l, 0x1c00, v2.l, s3
	v_cmp_ne_u16_e64 s3, 4, v2.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 0x1e00, v2.l, s1
	v_cmp_ne_u16_e64 s1, 5, v2.h
	v_cndmask_b16 v2.l, 0x2000, v2.l, s3
	v_cmp_ne_u16_e64 s3, 6, v2.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v2.l, 0x2100, v2.l, s1
	v_cmp_ne_u16_e64 s1, 7, v2.h
	v_cndmask_b16 v2.l, 0x2200, v2.l, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v2.l, 0x2300, v2.l, s1
	v_or_b16 v1.h, v2.l, v1.h
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v2, v1.h
	.loc	1 33 5                          ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v2, off offset:2048
	s_or_b32 exec_lo, exec_lo, s4
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_22
.LBB0_30:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v1.h, 7, v1.l
	v_and_b16 v2.l, 0x7f, v1.l
	v_lshlrev_b16 v1.l, 8, v1.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v1.h, 0x3f80, v1.h
	v_cmp_ne_u16_e64 s1, 0x7f, v2.l
	v_cmp_ne_u16_e64 s2, 0, v2.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v1.l, 0x8000, v1.l
	v_add_nc_u16 v1.h, 0x2000, v1.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.h, 0x7e00, v1.h, s1
	v_cmp_ne_u16_e64 s1, 1, v2.l
	v_cndmask_b16 v1.h, 0, v1.h, s2
	v_cmp_ne_u16_e64 s2, 2, v2.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.h, 0x1800, v1.h, s1
	v_cmp_ne_u16_e64 s1, 3, v2.l
	v_cndmask_b16 v1.h, 0x1c00, v1.h, s2
	v_cmp_ne_u16_e64 s2, 4, v2.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.h, 0x1e00, v1.h, s1
	v_cmp_ne_u16_e64 s1, 5, v2.l
	v_cndmask_b16 v1.h, 0x2000, v1.h, s2
	v_cmp_ne_u16_e64 s2, 6, v2.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.h, 0x2100, v1.h, s1
	v_cmp_ne_u16_e64 s1, 7, v2.l
	v_cndmask_b16 v1.h, 0x2200, v1.h, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v1.h, 0x2300, v1.h, s1
	v_or_b16 v1.l, v1.h, v1.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v1, v1.l
	.loc	1 33 5                          ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v1, off offset:2560
	s_or_b32 exec_lo, exec_lo, s3
	s_and_saveexec_b32 s2, s0
	s_cbranch_execz .LBB0_23
.LBB0_31:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v1.l, 7, v0.h
	v_and_b16 v1.h, 0x7f, v0.h
	v_lshlrev_b16 v0.h, 8, v0.h
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b16 v1.l, 0x3f80, v1.l
	v_cmp_ne_u16_e64 s0, 0x7f, v1.h
	v_cmp_ne_u16_e64 s1, 0, v1.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v0.h, 0x8000, v0.h
	v_add_nc_u16 v1.l, 0x2000, v1.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.l, 0x7e00, v1.l, s0
	v_cmp_ne_u16_e64 s0, 1, v1.h
	v_cndmask_b16 v1.l, 0, v1.l, s1
	v_cmp_ne_u16_e64 s1, 2, v1.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.l, 0x1800, v1.l, s0
	v_cmp_ne_u16_e64 s0, 3, v1.h
	v_cndmask_b16 v1.l, 0x1c00, v1.l, s1
	v_cmp_ne_u16_e64 s1, 4, v1.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.l, 0x1e00, v1.l, s0
	v_cmp_ne_u16_e64 s0, 5, v1.h
	v_cndmask_b16 v1.l, 0x2000, v1.l, s1
	v_cmp_ne_u16_e64 s1, 6, v1.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v1.l, 0x2100, v1.l, s0
	v_cmp_ne_u16_e64 s0, 7, v1.h
	v_cndmask_b16 v1.l, 0x2200, v1.l, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v1.l, 0x2300, v1.l, s0
	v_or_b16 v0.h, v1.l, v0.h
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v1, v0.h
	.loc	1 33 5                          ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v1, off offset:3072
	s_or_b32 exec_lo, exec_lo, s2
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_24
.LBB0_32:
	.loc	1 33 28                         ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v0.h, 7, v0.l
	v_and_b16 v1.l, 0x7f, v0.l
	.loc	1 32 9 is_stmt 1                ; fp8_cast.py:32:9
	v_lshlrev_b16 v0.l, 8, v0.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 33 28                         ; fp8_cast.py:33:28
	v_and_b16 v0.h, 0x3f80, v0.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v1.l
	v_cmp_ne_u16_e64 s0, 0, v1.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b16 v0.l, 0x8000, v0.l
	v_add_nc_u16 v0.h, 0x2000, v0.h
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v0.h, 0x7e00, v0.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v1.l
	v_cndmask_b16 v0.h, 0, v0.h, s0
	v_cmp_ne_u16_e64 s0, 2, v1.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v0.h, 0x1800, v0.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v1.l
	v_cndmask_b16 v0.h, 0x1c00, v0.h, s0
	v_cmp_ne_u16_e64 s0, 4, v1.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v0.h, 0x1e00, v0.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v1.l
	v_cndmask_b16 v0.h, 0x2000, v0.h, s0
	v_cmp_ne_u16_e64 s0, 6, v1.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b16 v0.h, 0x2100, v0.h, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v1.l
	v_cndmask_b16 v0.h, 0x2200, v0.h, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b16 v0.h, 0x2300, v0.h, vcc_lo
	v_or_b16 v0.l, v0.h, v0.l
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_f16_e32 v0, v0.l
	.loc	1 33 5 is_stmt 0                ; fp8_cast.py:33:5
	global_store_b32 v[4:5], v0, off offset:3584
	.loc	1 28 1 is_stmt 1                ; fp8_cast.py:28:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp8_to_fp32, .Lfunc_end0-fp8_to_fp32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp32
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 40
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
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 9
		.amdhsa_next_free_sgpr 11
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp8_to_fp32)<<4)&1008)>>4
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
	.set .Lfp8_to_fp32.num_vgpr, 9
	.set .Lfp8_to_fp32.num_agpr, 0
	.set .Lfp8_to_fp32.numbered_sgpr, 11
	.set .Lfp8_to_fp32.num_named_barrier, 0
	.set .Lfp8_to_fp32.private_seg_size, 0
	.set .Lfp8_to_fp32.uses_vcc, 1
	.set .Lfp8_to_fp32.uses_flat_scratch, 0
	.set .Lfp8_to_fp32.has_dyn_sized_stack, 0
	.set .Lfp8_to_fp32.has_recursion, 0
	.set .Lfp8_to_fp32.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3024
; TotalNumSgprs: 13
; NumVgprs: 9
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 13
; NumVGPRsForWavesPerEU: 9
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
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
      - .offset:         16
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 40
    .max_flat_workgroup_size: 128
    .name:           fp8_to_fp32
    .private_segment_fixed_size: 0
    .sgpr_count:     13
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp32.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     9
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.51-amd-amdhsa-unknown-gfx1151
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

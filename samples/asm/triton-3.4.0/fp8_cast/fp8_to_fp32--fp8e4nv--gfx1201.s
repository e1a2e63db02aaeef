	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
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
	s_load_b96 s[4:6], s[0:1], 0x8
	v_mov_b32_e32 v1, 0
.Ltmp0:
	.loc	1 30 51 prologue_end            ; fp8_cast.py:30:51
	v_lshlrev_b32_e32 v3, 3, v0
	.loc	1 30 30 is_stmt 0               ; fp8_cast.py:30:30
	s_lshl_b32 s2, ttmp9, 10
	.loc	1 32 16 is_stmt 1               ; fp8_cast.py:32:16
	s_mov_b32 s3, exec_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v2, v1
	.loc	1 30 38                         ; fp8_cast.py:30:38
	v_or_b32_e32 v4, s2, v3
	.loc	1 31 18                         ; fp8_cast.py:31:18
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_cmpx_gt_i32_e64 s6, v4
	.loc	1 32 16                         ; fp8_cast.py:32:16
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 0 16 is_stmt 0                ; fp8_cast.py:0:16
	s_load_b64 s[0:1], s[0:1], 0x0
	v_ashrrev_i32_e32 v2, 31, v4
	s_wait_kmcnt 0x0
	v_add_co_u32 v1, vcc_lo, s0, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v2, null, s1, v2, vcc_lo
	.loc	1 32 16                         ; fp8_cast.py:32:16
	global_load_b64 v[1:2], v[1:2], off
.LBB0_2:
	.loc	1 0 16                          ; fp8_cast.py:0:16
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 33 32 is_stmt 1               ; fp8_cast.py:33:32
	v_add_nc_u32_e32 v4, 0, v3
	.loc	1 30 51                         ; fp8_cast.py:30:51
	v_lshlrev_b32_e32 v3, 2, v0
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_mov_b32 s0, exec_lo
	.loc	1 33 32 is_stmt 0               ; fp8_cast.py:33:32
	s_wait_loadcnt 0x0
	ds_store_b64 v4, v[1:2]
	v_add_nc_u32_e32 v1, 0, v3
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_load_b32 v2, v1 offset:512
	.loc	1 30 38 is_stmt 1               ; fp8_cast.py:30:38
	v_or_b32_e32 v0, s2, v3
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 18                         ; fp8_cast.py:31:18
	v_cmpx_gt_i32_e64 s6, v0
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 33 32 is_stmt 0               ; fp8_cast.py:33:32
	ds_load_b32 v1, v1
	s_wait_dscnt 0x0
	v_lshlrev_b16 v5, 7, v1
	v_lshrrev_b32_e32 v7, 8, v1
	v_and_b32_e32 v8, 0x7f, v1
	v_lshrrev_b32_e32 v4, 16, v1
	v_lshlrev_b16 v6, 8, v1
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v9, 0x7f, v7
	v_lshlrev_b16 v10, 8, v7
	v_lshlrev_b16 v7, 7, v7
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v8
	v_add_nc_u16 v5, 0x2000, v5
	v_lshrrev_b32_e32 v1, 24, v1
	v_lshlrev_b16 v12, 7, v4
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v11, 0x7f, v4
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x7e00, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v8
	v_and_b32_e32 v6, 0xffff8000, v6
	v_lshlrev_b16 v13, 7, v1
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_nc_u16 v7, 0x2000, v7
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v9
	v_and_b32_e32 v14, 0x7f, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_add_nc_u16 v12, 0x2000, v12
	v_lshlrev_b16 v1, 8, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x7e00, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11
	v_add_nc_u16 v13, 0x2000, v13
	v_lshlrev_b16 v4, 8, v4
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x7e00, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v14
	s_delay_alu instid0(VALU_DEP_3)
	v_and_b32_e32 v4, 0xffff8000, v4
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 0x7e00, v13, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x1800, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 0, v13, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x1c00, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x1800, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x1800, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 0x1800, v13, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x1c00, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x1e00, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x1c00, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x1e00, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 0x1c00, v13, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x2000, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x2000, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x1e00, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x2100, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x2100, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 0x1e00, v13, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x2200, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v9
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x2200, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x2000, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v8
	v_and_b32_e32 v8, 0xffff8000, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x2300, v5, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_or_b32_e32 v5, v5, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x2300, v7, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v14
	v_or_b32_e32 v6, v7, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2000, v13, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x2100, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2100, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x2200, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2200, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v11
	v_and_b32_e32 v11, 0xffff8000, v1
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 33 32                         ; fp8_cast.py:33:32
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x2300, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v14
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_lshlrev_b64_e32 v[0:1], 2, v[0:1]
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_or_b32_e32 v7, v10, v4
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2300, v9, vcc_lo
	v_cvt_f32_f16_e32 v4, v5
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_add_co_u32 v0, vcc_lo, s4, v0
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_cvt_f32_f16_e32 v5, v6
	v_or_b32_e32 v8, v9, v11
	v_cvt_f32_f16_e32 v6, v7
	.loc	1 33 21                         ; fp8_cast.py:33:21
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_cvt_f32_f16_e32 v7, v8
	.loc	1 33 27                         ; fp8_cast.py:33:27
	global_store_b128 v[0:1], v[4:7], off
.LBB0_4:
	.loc	1 0 27                          ; fp8_cast.py:0:27
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 30 38 is_stmt 1               ; fp8_cast.py:30:38
	v_or3_b32 v0, v3, s2, 0x200
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_mov_b32 s0, exec_lo
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 18                         ; fp8_cast.py:31:18
	v_cmpx_gt_i32_e64 s6, v0
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 33 32 is_stmt 0               ; fp8_cast.py:33:32
	s_wait_dscnt 0x0
	v_lshlrev_b16 v0, 7, v2
	v_lshrrev_b32_e32 v4, 24, v2
	v_lshrrev_b32_e32 v5, 16, v2
	v_lshrrev_b32_e32 v6, 8, v2
	v_lshlrev_b16 v7, 8, v2
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_e32 v2, 0x7f, v2
	v_lshlrev_b16 v10, 7, v5
	v_lshlrev_b16 v9, 7, v6
	v_and_b32_e32 v11, 0x7f, v5
	v_add_nc_u16 v8, 0x2000, v0
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v2
	v_add_co_u32 v0, s1, v3, s2
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v10, 0x3f80, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x7e00, v8, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v2
	v_lshlrev_b16 v8, 8, v6
	v_and_b32_e32 v6, 0x7f, v6
	v_add_nc_u16 v9, 0x2000, v9
	v_add_nc_u16 v10, 0x2000, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v2
	v_lshlrev_b16 v12, 7, v4
	v_and_b32_e32 v13, 0x7f, v4
	.loc	1 33 21                         ; fp8_cast.py:33:21
	s_ashr_i32 s0, s2, 31
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_lshlrev_b16 v5, 8, v5
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x1800, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v2
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16 v4, 8, v4
	s_wait_alu 0xfffe
	v_add_co_ci_u32_e64 v1, null, 0, s0, s1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x1c00, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v2
	v_add_nc_u16 v12, 0x2000, v12
	v_and_b32_e32 v8, 0xffff8000, v8
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v4, 0xffff8000, v4
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x1e00, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v6
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_lshlrev_b64_e32 v[0:1], 2, v[0:1]
	.loc	1 33 32                         ; fp8_cast.py:33:32
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x7e00, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v2
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2000, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v2
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2100, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x1800, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v2
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2200, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x1c00, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x7e00, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v2
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v2, 0x2300, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x1e00, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x7e00, v12, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v11
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v10, 0, v10 :: v_dual_and_b32 v7, 0xffff8000, v7
	v_cmp_ne_u16_e32 vcc_lo, 4, v6
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v2, v2, v7
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2000, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 0, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x1800, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2100, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 1, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x1800, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x1c00, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2200, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 2, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x1c00, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x1e00, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v6
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x2300, v3, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 3, v13
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v3, v3, v8
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v6, 0x1e00, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2000, v10, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 4, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v6, 0x2000, v6, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2100, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 5, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v6, 0x2100, v6, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2200, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 6, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v6, 0x2200, v6, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v9, 0x2300, v9, vcc_lo
	v_cmp_ne_u16_e32 vcc_lo, 7, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v7, v9, v5
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v6, 0x2300, v6, vcc_lo
	v_or_b32_e32 v6, v6, v4
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_add_co_u32 v4, vcc_lo, s4, v0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v5, null, s5, v1, vcc_lo
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_cvt_f32_f16_e32 v0, v2
	v_cvt_f32_f16_e32 v1, v3
	v_cvt_f32_f16_e32 v2, v7
	v_cvt_f32_f16_e32 v3, v6
	.loc	1 33 27                         ; fp8_cast.py:33:27
	global_store_b128 v[4:5], v[0:3], off offset:2048
.LBB0_6:
	.loc	1 33 4                          ; fp8_cast.py:33:4
	s_endpgm
.Ltmp1:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp32
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 32
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
		.amdhsa_next_free_vgpr 15
		.amdhsa_next_free_sgpr 7
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 16
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
.Lfunc_end0:
	.size	fp8_to_fp32, .Lfunc_end0-fp8_to_fp32
	.cfi_endproc
                                        ; -- End function
	.set fp8_to_fp32.num_vgpr, 15
	.set fp8_to_fp32.num_agpr, 0
	.set fp8_to_fp32.numbered_sgpr, 7
	.set fp8_to_fp32.private_seg_size, 0
	.set fp8_to_fp32.uses_vcc, 1
	.set fp8_to_fp32.uses_flat_scratch, 0
	.set fp8_to_fp32.has_dyn_sized_stack, 0
	.set fp8_to_fp32.has_recursion, 0
	.set fp8_to_fp32.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2036
; TotalNumSgprs: 9
; NumVgprs: 15
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 1
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 9
; NumVGPRsForWavesPerEU: 15
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
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"fp8_cast.py"                   ; string offset=7
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 32
    .max_flat_workgroup_size: 128
    .name:           fp8_to_fp32
    .private_segment_fixed_size: 0
    .sgpr_count:     9
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp32.kd
    .uses_dynamic_stack: false
    .vgpr_count:     15
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

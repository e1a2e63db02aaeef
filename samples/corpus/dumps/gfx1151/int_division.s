	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	int_division                    ; -- Begin function int_division
	.p2align	8
	.type	int_division,@function
int_division:                           ; @int_division
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 94 39 prologue_end            ; kernels.py:94:39
	v_readfirstlane_b32 s8, v0
	v_and_b32_e32 v0, 31, v0
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x30
	s_load_b128 s[4:7], s[0:1], 0x0
	.loc	1 94 12 is_stmt 0               ; kernels.py:94:12
	s_lshl_b32 s2, s2, 7
	.loc	1 101 5 is_stmt 1               ; kernels.py:101:5
	s_and_b32 s8, s8, 32
	v_mov_b32_e32 v14, 1
	.loc	1 94 12                         ; kernels.py:94:12
	v_or3_b32 v0, s8, v0, s2
	v_mov_b32_e32 v16, 1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 96 17                         ; kernels.py:96:17
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshlrev_b64 v[10:11], 2, v[0:1]
	.loc	1 95 12                         ; kernels.py:95:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s2, s3, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 96 17                         ; kernels.py:96:17
	v_add_co_u32 v2, vcc_lo, s4, v10
	v_add_co_ci_u32_e64 v3, null, s5, v11, vcc_lo
	.loc	1 96 9 is_stmt 0                ; kernels.py:96:9
	s_and_saveexec_b32 s4, s2
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b32 v16, v[2:3], off
.LBB0_2:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 94 12 is_stmt 1               ; kernels.py:94:12
	v_or_b32_e32 v4, 64, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 95 12                         ; kernels.py:95:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v4
	.loc	1 96 9                          ; kernels.py:96:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_b32 v14, v[2:3], off offset:256
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x10
	.loc	1 97 17 is_stmt 1               ; kernels.py:97:17
	v_add_co_u32 v2, s3, s6, v10
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v3, null, s7, v11, s3
	v_mov_b32_e32 v15, 1
	v_mov_b32_e32 v17, 1
	.loc	1 97 9 is_stmt 0                ; kernels.py:97:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_b32 v17, v[2:3], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 97 9                          ; kernels.py:97:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_b32 v15, v[2:3], off offset:256
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[6:7], s[0:1], 0x18
	.loc	1 98 17 is_stmt 1               ; kernels.py:98:17
	v_lshlrev_b64 v[8:9], 3, v[0:1]
	v_dual_mov_b32 v0, 1 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v4, 1 :: v_dual_mov_b32 v5, 0
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v2, s3, s4, v8
	v_add_co_ci_u32_e64 v3, null, s5, v9, s3
	.loc	1 98 9 is_stmt 0                ; kernels.py:98:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_b64 v[4:5], v[2:3], off
.LBB0_10:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 98 9                          ; kernels.py:98:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_b64 v[0:1], v[2:3], off offset:512
.LBB0_12:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x20
	.loc	1 99 17 is_stmt 1               ; kernels.py:99:17
	v_add_co_u32 v12, s3, s6, v8
	v_dual_mov_b32 v2, 1 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v6, 1 :: v_dual_mov_b32 v7, 0
	v_add_co_ci_u32_e64 v13, null, s7, v9, s3
	.loc	1 99 9 is_stmt 0                ; kernels.py:99:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_b64 v[6:7], v[12:13], off
.LBB0_14:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 99 9                          ; kernels.py:99:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_b64 v[2:3], v[12:13], off offset:512
.LBB0_16:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 100 28 is_stmt 1              ; kernels.py:100:28
	s_waitcnt vmcnt(0)
	v_sub_nc_u32_e32 v12, 0, v15
	v_sub_nc_u32_e32 v19, 0, v14
	.loc	1 100 14 is_stmt 0              ; kernels.py:100:14
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v10, s3, s4, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v11, null, s5, v11, s3
	.loc	1 100 28                        ; kernels.py:100:28
	v_max_i32_e32 v18, v12, v15
	v_max_i32_e32 v19, v19, v14
	v_cvt_f32_u32_e32 v12, v18
	v_sub_nc_u32_e32 v13, 0, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_rcp_f32_e32 v12, v12
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v12, v12
	v_mul_lo_u32 v13, v13, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v13, v12, v13
	v_add_nc_u32_e32 v12, v12, v13
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_u64_u32 v[12:13], null, v19, v12, 0
	.loc	1 100 5                         ; kernels.py:100:5
	s_and_saveexec_b32 s4, s2
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 100 28                        ; kernels.py:100:28
	v_sub_nc_u32_e32 v12, 0, v17
	v_sub_nc_u32_e32 v22, 0, v16
	.loc	1 100 38                        ; kernels.py:100:38
	v_mul_hi_u32 v23, 0x24924925, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 100 28                        ; kernels.py:100:28
	v_max_i32_e32 v12, v12, v17
	v_max_i32_e32 v22, v22, v16
	v_xor_b32_e32 v17, v16, v17
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 100 38                        ; kernels.py:100:38
	v_sub_nc_u32_e32 v16, v16, v23
	.loc	1 100 28                        ; kernels.py:100:28
	v_cvt_f32_u32_e32 v20, v12
	v_sub_nc_u32_e32 v21, 0, v12
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_ashrrev_i32_e32 v17, 31, v17
	.loc	1 100 38                        ; kernels.py:100:38
	v_lshrrev_b32_e32 v16, 1, v16
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 100 28                        ; kernels.py:100:28
	v_rcp_f32_e32 v20, v20
	.loc	1 100 38                        ; kernels.py:100:38
	v_add_nc_u32_e32 v16, v16, v23
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_lshrrev_b32_e32 v16, 2, v16
	.loc	1 100 28                        ; kernels.py:100:28
	v_mul_f32_e32 v20, 0x4f7ffffe, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v20, v20
	v_mul_lo_u32 v21, v21, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v21, v20, v21
	v_add_nc_u32_e32 v20, v20, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v20, v22, v20
	v_mul_lo_u32 v21, v20, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v21, v22, v21
	v_add_nc_u32_e32 v22, 1, v20
	v_sub_nc_u32_e32 v24, v21, v12
	v_cmp_ge_u32_e64 s3, v21, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v20, v20, v22, s3
	v_cndmask_b32_e64 v21, v21, v24, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v22, 1, v20
	v_cmp_ge_u32_e64 s3, v21, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v12, v20, v22, s3
	v_xor_b32_e32 v12, v12, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v12, v12, v17
	v_add_nc_u32_e32 v12, v12, v16
	.loc	1 100 5                         ; kernels.py:100:5
	global_store_b32 v[10:11], v12, off
.LBB0_18:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 100 5                         ; kernels.py:100:5
	s_and_saveexec_b32 s4, vcc_lo
	s_cbranch_execz .LBB0_20
; %bb.19:
	.loc	1 100 28                        ; kernels.py:100:28
	v_mul_lo_u32 v12, v13, v18
	v_add_nc_u32_e32 v16, 1, v13
	.loc	1 100 38                        ; kernels.py:100:38
	v_mul_hi_u32 v17, 0x24924925, v14
	.loc	1 100 0                         ; kernels.py:100
	v_ashrrev_i32_e32 v15, 31, v15
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 100 28                        ; kernels.py:100:28
	v_sub_nc_u32_e32 v12, v19, v12
	v_sub_nc_u32_e32 v19, v12, v18
	v_cmp_ge_u32_e64 s3, v12, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v13, v13, v16, s3
	v_cndmask_b32_e64 v12, v12, v19, s3
	.loc	1 100 0                         ; kernels.py:100
	v_ashrrev_i32_e32 v16, 31, v14
	.loc	1 100 38                        ; kernels.py:100:38
	v_sub_nc_u32_e32 v14, v14, v17
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 100 28                        ; kernels.py:100:28
	v_add_nc_u32_e32 v19, 1, v13
	v_cmp_ge_u32_e64 s3, v12, v18
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v15, v16, v15
	v_cndmask_b32_e64 v12, v13, v19, s3
	.loc	1 100 38                        ; kernels.py:100:38
	v_lshrrev_b32_e32 v13, 1, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 100 28                        ; kernels.py:100:28
	v_xor_b32_e32 v12, v12, v15
	.loc	1 100 38                        ; kernels.py:100:38
	v_add_nc_u32_e32 v13, v13, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 100 28                        ; kernels.py:100:28
	v_sub_nc_u32_e32 v12, v12, v15
	.loc	1 100 38                        ; kernels.py:100:38
	v_lshrrev_b32_e32 v13, 2, v13
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 100 28                        ; kernels.py:100:28
	v_add_nc_u32_e32 v12, v12, v13
	.loc	1 100 5                         ; kernels.py:100:5
	global_store_b32 v[10:11], v12, off offset:256
.LBB0_20:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s4
	s_load_b64 s[4:5], s[0:1], 0x28
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	v_or_b32_e32 v10, v1, v3
	v_ashrrev_i32_e32 v14, 31, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	v_cmp_ne_u32_e64 s0, 0, v10
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b32 s1, s0
	s_xor_b32 s3, exec_lo, s1
	s_cbranch_execz .LBB0_22
; %bb.21:
	v_ashrrev_i32_e32 v19, 31, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v2, v19
	v_add_co_ci_u32_e64 v11, null, v3, v19, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v20, v10, v19
	v_xor_b32_e32 v21, v11, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cvt_f32_u32_e32 v10, v20
	v_sub_co_u32 v13, s0, 0, v20
	v_cvt_f32_u32_e32 v11, v21
	v_sub_co_ci_u32_e64 v22, null, 0, v21, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v10, v11, 0x4f800000, v10
	v_rcp_f32_e32 v10, v10
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v10, 0x5f7ffffc, v10
	v_mul_f32_e32 v11, 0x2f800000, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_trunc_f32_e32 v11, v11
	v_fmamk_f32 v10, v11, 0xcf800000, v10
	v_cvt_u32_f32_e32 v23, v11
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cvt_u32_f32_e32 v24, v10
	v_mul_lo_u32 v12, v13, v23
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v15, v22, v24
	v_mad_u64_u32 v[10:11], null, v13, v24, 0
	v_add3_u32 v17, v11, v12, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_hi_u32 v25, v24, v10
	v_mad_u64_u32 v[15:16], null, v23, v10, 0
	v_mad_u64_u32 v[11:12], null, v24, v17, 0
	v_mad_u64_u32 v[17:18], null, v23, v17, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v25, v11
	v_add_co_ci_u32_e64 v11, null, 0, v12, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v10, v15
	v_add_co_ci_u32_e64 v10, s0, v11, v16, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v11, null, 0, v18, s0
	v_add_co_u32 v10, s0, v10, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v11, null, 0, v11, s0
	v_add_co_u32 v24, s0, v24, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v23, null, v23, v11, s0
	v_mad_u64_u32 v[10:11], null, v13, v24, 0
	v_mul_lo_u32 v12, v22, v24
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v13, v13, v23
	v_mul_hi_u32 v22, v24, v10
	v_mad_u64_u32 v[15:16], null, v23, v10, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v13, v11, v13, v12
	v_mad_u64_u32 v[11:12], null, v24, v13, 0
	v_mad_u64_u32 v[17:18], null, v23, v13, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v22, v11
	v_add_co_ci_u32_e64 v11, null, 0, v12, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v10, v15
	v_add_co_ci_u32_e64 v10, s0, v11, v16, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v11, null, 0, v18, s0
	v_add_co_u32 v12, s0, v0, v14
	v_add_co_ci_u32_e64 v13, null, v1, v14, s0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v10, v17
	v_add_co_ci_u32_e64 v11, null, 0, v11, s0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v17, v12, v14
	v_add_co_u32 v12, s0, v24, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_co_ci_u32_e64 v15, null, v23, v11, s0
	v_xor_b32_e32 v18, v13, v14
	v_mul_hi_u32 v22, v17, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[10:11], null, v17, v15, 0
	v_mad_u64_u32 v[12:13], null, v18, v12, 0
	v_mad_u64_u32 v[15:16], null, v18, v15, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v22, v10
	v_add_co_ci_u32_e64 v11, null, 0, v11, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v10, s0, v10, v12
	v_add_co_ci_u32_e64 v10, s0, v11, v13, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v11, null, 0, v16, s0
	v_add_co_u32 v12, s0, v10, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v13, null, 0, v11, s0
	v_mul_lo_u32 v15, v21, v12
	v_mad_u64_u32 v[10:11], null, v20, v12, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_lo_u32 v16, v20, v13
	v_sub_co_u32 v10, s0, v17, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add3_u32 v11, v11, v16, v15
	v_add_co_u32 v16, s1, v12, 2
	v_add_co_ci_u32_e64 v17, null, 0, v13, s1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v15, v18, v11
	v_sub_co_u32 v22, s1, v10, v20
	v_sub_co_ci_u32_e64 v11, null, v18, v11, s0
	v_sub_co_ci_u32_e64 v15, null, v15, v21, s0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_ge_u32_e64 s0, v22, v20
	v_subrev_co_ci_u32_e64 v15, null, 0, v15, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v18, 0, -1, s0
	v_cmp_ge_u32_e64 s0, v15, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0, -1, s0
	v_cmp_ge_u32_e64 s0, v10, v20
	v_cndmask_b32_e64 v10, 0, -1, s0
	v_cmp_ge_u32_e64 s0, v11, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v20, 0, -1, s0
	v_cmp_eq_u32_e64 s0, v15, v21
	v_cndmask_b32_e64 v15, v22, v18, s0
	v_add_co_u32 v18, s0, v12, 1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v22, null, 0, v13, s0
	v_cmp_eq_u32_e64 s0, v11, v21
	v_cndmask_b32_e64 v10, v20, v10, s0
	v_cmp_ne_u32_e64 s0, 0, v15
	v_xor_b32_e32 v15, v14, v19
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_ne_u32_e64 s1, 0, v10
	v_cndmask_b32_e64 v10, v18, v16, s0
	v_cndmask_b32_e64 v11, v22, v17, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v10, v12, v10, s1
	v_cndmask_b32_e64 v11, v13, v11, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v10, v10, v15
	v_xor_b32_e32 v11, v11, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_co_u32 v10, s0, v10, v15
	v_sub_co_ci_u32_e64 v11, null, v11, v15, s0
.LBB0_22:                               ; %Flow8
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_and_not1_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_24
; %bb.23:
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	v_cvt_f32_u32_e32 v10, v2
	v_sub_nc_u32_e32 v11, 0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v10, v10
	v_mul_f32_e32 v10, 0x4f7ffffe, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v10, v10
	v_mul_lo_u32 v11, v11, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v11, v10, v11
	v_add_nc_u32_e32 v10, v10, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v10, v0, v10
	v_mul_lo_u32 v11, v10, v2
	v_add_nc_u32_e32 v12, 1, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v11, v0, v11
	v_sub_nc_u32_e32 v13, v11, v2
	v_cmp_ge_u32_e64 s0, v11, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v11, v11, v13, s0
	v_cndmask_b32_e64 v10, v10, v12, s0
	v_cmp_ge_u32_e64 s0, v11, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v11, 0 :: v_dual_add_nc_u32 v12, 1, v10
	v_cndmask_b32_e64 v10, v10, v12, s0
.LBB0_24:                               ; %.split
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 101 14 is_stmt 1              ; kernels.py:101:14
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v8, s0, s4, v8
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v9, null, s5, v9, s0
	.loc	1 101 5 is_stmt 0               ; kernels.py:101:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execnz .LBB0_27
; %bb.25:                               ; %Flow7
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 101 5                         ; kernels.py:101:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_32
.LBB0_26:
	.loc	1 93 1 is_stmt 1                ; kernels.py:93:1
	s_endpgm
.LBB0_27:
	.loc	1 101 29                        ; kernels.py:101:29
	v_or_b32_e32 v12, v5, v7
	v_ashrrev_i32_e32 v15, 31, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	v_cmp_ne_u32_e64 s0, 0, v12
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b32 s1, s0
	s_xor_b32 s2, exec_lo, s1
	s_cbranch_execz .LBB0_29
; %bb.28:
	v_ashrrev_i32_e32 v20, 31, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v12, s0, v6, v20
	v_add_co_ci_u32_e64 v13, null, v7, v20, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v21, v12, v20
	v_xor_b32_e32 v22, v13, v20
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cvt_f32_u32_e32 v12, v21
	v_sub_co_u32 v23, s0, 0, v21
	v_cvt_f32_u32_e32 v13, v22
	v_sub_co_ci_u32_e64 v24, null, 0, v22, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v12, v13, 0x4f800000, v12
	v_rcp_f32_e32 v12, v12
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v12, 0x5f7ffffc, v12
	v_mul_f32_e32 v13, 0x2f800000, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_trunc_f32_e32 v13, v13
	v_fmamk_f32 v12, v13, 0xcf800000, v12
	v_cvt_u32_f32_e32 v25, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cvt_u32_f32_e32 v26, v12
	v_mul_lo_u32 v16, v23, v25
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v17, v24, v26
	v_mad_u64_u32 v[12:13], null, v23, v26, 0
	v_add3_u32 v18, v13, v16, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_hi_u32 v27, v26, v12
	v_mad_u64_u32 v[12:13], null, v25, v12, 0
	v_mad_u64_u32 v[16:17], null, v26, v18, 0
	v_mad_u64_u32 v[18:19], null, v25, v18, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v16, s0, v27, v16
	v_add_co_ci_u32_e64 v17, null, 0, v17, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v12, s0, v16, v12
	v_add_co_ci_u32_e64 v12, s0, v17, v13, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v13, null, 0, v19, s0
	v_add_co_u32 v12, s0, v12, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v13, null, 0, v13, s0
	v_add_co_u32 v26, s0, v26, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v25, null, v25, v13, s0
	v_mad_u64_u32 v[12:13], null, v23, v26, 0
	v_mul_lo_u32 v16, v24, v26
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v17, v23, v25
	v_mul_hi_u32 v23, v26, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add3_u32 v18, v13, v17, v16
	v_mad_u64_u32 v[12:13], null, v25, v12, 0
	v_mad_u64_u32 v[16:17], null, v26, v18, 0
	v_mad_u64_u32 v[18:19], null, v25, v18, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v16, s0, v23, v16
	v_add_co_ci_u32_e64 v17, null, 0, v17, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v12, s0, v16, v12
	v_add_co_ci_u32_e64 v12, s0, v17, v13, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v13, null, 0, v19, s0
	v_add_co_u32 v16, s0, v4, v15
	v_add_co_ci_u32_e64 v17, null, v5, v15, s0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v12, s0, v12, v18
	v_add_co_ci_u32_e64 v13, null, 0, v13, s0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v23, v16, v15
	v_add_co_u32 v16, s0, v26, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_co_ci_u32_e64 v18, null, v25, v13, s0
	v_xor_b32_e32 v24, v17, v15
	v_mul_hi_u32 v25, v23, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[12:13], null, v23, v18, 0
	v_mad_u64_u32 v[16:17], null, v24, v16, 0
	v_mad_u64_u32 v[18:19], null, v24, v18, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v12, s0, v25, v12
	v_add_co_ci_u32_e64 v13, null, 0, v13, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v12, s0, v12, v16
	v_add_co_ci_u32_e64 v12, s0, v13, v17, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v13, null, 0, v19, s0
	v_add_co_u32 v16, s0, v12, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v17, null, 0, v13, s0
	v_mul_lo_u32 v18, v22, v16
	v_mad_u64_u32 v[12:13], null, v21, v16, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_lo_u32 v19, v21, v17
	v_sub_co_u32 v12, s0, v23, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add3_u32 v13, v13, v19, v18
	v_add_co_u32 v19, s1, v16, 2
	v_add_co_ci_u32_e64 v23, null, 0, v17, s1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v18, v24, v13
	v_sub_co_u32 v25, s1, v12, v21
	v_sub_co_ci_u32_e64 v13, null, v24, v13, s0
	v_sub_co_ci_u32_e64 v18, null, v18, v22, s0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_ge_u32_e64 s0, v25, v21
	v_subrev_co_ci_u32_e64 v18, null, 0, v18, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v24, 0, -1, s0
	v_cmp_ge_u32_e64 s0, v18, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v25, 0, -1, s0
	v_cmp_ge_u32_e64 s0, v12, v21
	v_cndmask_b32_e64 v12, 0, -1, s0
	v_cmp_ge_u32_e64 s0, v13, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v21, 0, -1, s0
	v_cmp_eq_u32_e64 s0, v18, v22
	v_cndmask_b32_e64 v18, v25, v24, s0
	v_add_co_u32 v24, s0, v16, 1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v25, null, 0, v17, s0
	v_cmp_eq_u32_e64 s0, v13, v22
	v_cndmask_b32_e64 v12, v21, v12, s0
	v_cmp_ne_u32_e64 s0, 0, v18
	v_xor_b32_e32 v18, v15, v20
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_ne_u32_e64 s1, 0, v12
	v_cndmask_b32_e64 v12, v24, v19, s0
	v_cndmask_b32_e64 v13, v25, v23, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v12, v16, v12, s1
	v_cndmask_b32_e64 v13, v17, v13, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v12, v12, v18
	v_xor_b32_e32 v13, v13, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_co_u32 v12, s0, v12, v18
	v_sub_co_ci_u32_e64 v13, null, v13, v18, s0
.LBB0_29:                               ; %Flow
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_and_not1_saveexec_b32 s1, s2
	s_cbranch_execz .LBB0_31
; %bb.30:
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	v_cvt_f32_u32_e32 v12, v6
	v_sub_nc_u32_e32 v13, 0, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v12, v12
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v12, v12
	v_mul_lo_u32 v13, v13, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v13, v12, v13
	v_add_nc_u32_e32 v12, v12, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v12, v4, v12
	v_mul_lo_u32 v13, v12, v6
	v_add_nc_u32_e32 v16, 1, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v13, v4, v13
	v_sub_nc_u32_e32 v17, v13, v6
	v_cmp_ge_u32_e64 s0, v13, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v13, v13, v17, s0
	v_cndmask_b32_e64 v12, v12, v16, s0
	v_cmp_ge_u32_e64 s0, v13, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v13, 0 :: v_dual_add_nc_u32 v16, 1, v12
	v_cndmask_b32_e64 v12, v12, v16, s0
.LBB0_31:                               ; %.split1
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 101 50 is_stmt 1              ; kernels.py:101:50
	v_mul_hi_u32 v16, 0x4e5ace35, v4
	v_mov_b32_e32 v17, 0
	v_mul_lo_u32 v22, 0x8637a2a2, v15
	v_mad_u64_u32 v[20:21], null, 0x4e5ace35, v15, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[18:19], null, 0x4e5ace35, v5, v[16:17]
	v_add3_u32 v21, v21, v22, v20
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mov_b32_e32 v16, v18
	v_mad_u64_u32 v[15:16], null, 0x8637a2a2, v4, v[16:17]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[17:18], null, v4, -1, v[20:21]
	v_add_co_u32 v15, s0, v19, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_co_ci_u32_e64 v16, null, 0, 0, s0
	v_sub_nc_u32_e32 v18, v18, v5
	.loc	1 101 40 is_stmt 0              ; kernels.py:101:40
	v_mul_lo_u32 v19, v12, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 50                        ; kernels.py:101:50
	v_mad_u64_u32 v[15:16], null, 0x8637a2a2, v5, v[15:16]
	v_sub_nc_u32_e32 v18, v18, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v15, s0, v15, v17
	v_add_co_ci_u32_e64 v16, null, v16, v18, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_u64_u32 v[15:16], null, v4, 1, v[15:16]
	v_add_nc_u32_e32 v16, v5, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_ashrrev_i64 v[17:18], 19, v[15:16]
	v_lshrrev_b32_e32 v15, 31, v16
	v_add_co_u32 v15, s0, v17, v15
	.loc	1 101 40                        ; kernels.py:101:40
	v_mul_lo_u32 v17, v13, v6
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 101 50                        ; kernels.py:101:50
	v_add_co_ci_u32_e64 v18, null, 0, v18, s0
	v_mad_u64_u32 v[15:16], null, 0xf4243, v15, 0
	.loc	1 101 40                        ; kernels.py:101:40
	v_mad_u64_u32 v[6:7], null, v12, v6, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 101 50                        ; kernels.py:101:50
	v_mad_i32_i24 v16, 0xf4243, v18, v16
	.loc	1 101 40                        ; kernels.py:101:40
	v_add3_u32 v7, v7, v19, v17
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 101 50                        ; kernels.py:101:50
	v_sub_co_u32 v15, s0, v4, v15
	v_sub_co_ci_u32_e64 v16, null, v5, v16, s0
	.loc	1 101 40                        ; kernels.py:101:40
	v_sub_co_u32 v4, s0, v4, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_sub_co_ci_u32_e64 v5, null, v5, v7, s0
	.loc	1 101 28                        ; kernels.py:101:28
	v_add_co_u32 v6, s0, v12, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v7, null, v13, v16, s0
	v_add_co_u32 v4, s0, v6, v4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v5, null, v7, v5, s0
	.loc	1 101 5                         ; kernels.py:101:5
	global_store_b64 v[8:9], v[4:5], off
	s_or_b32 exec_lo, exec_lo, s3
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_26
.LBB0_32:
	.loc	1 101 50                        ; kernels.py:101:50
	v_mul_hi_u32 v4, 0x4e5ace35, v0
	v_mov_b32_e32 v5, 0
	v_mul_lo_u32 v15, 0x8637a2a2, v14
	v_mad_u64_u32 v[12:13], null, 0x4e5ace35, v14, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[6:7], null, 0x4e5ace35, v1, v[4:5]
	v_add3_u32 v13, v13, v15, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[12:13], null, v0, -1, v[12:13]
	v_mov_b32_e32 v4, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[4:5], null, 0x8637a2a2, v0, v[4:5]
	v_sub_nc_u32_e32 v6, v13, v1
	.loc	1 101 40                        ; kernels.py:101:40
	v_mul_lo_u32 v13, v10, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 101 50                        ; kernels.py:101:50
	v_sub_nc_u32_e32 v6, v6, v0
	v_add_co_u32 v4, s0, v7, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v5, null, 0, 0, s0
	v_mad_u64_u32 v[4:5], null, 0x8637a2a2, v1, v[4:5]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v4, vcc_lo, v4, v12
	v_add_co_ci_u32_e64 v5, null, v5, v6, vcc_lo
	.loc	1 101 40                        ; kernels.py:101:40
	v_mul_lo_u32 v12, v11, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 101 50                        ; kernels.py:101:50
	v_mad_u64_u32 v[4:5], null, v0, 1, v[4:5]
	v_add_nc_u32_e32 v5, v1, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_ashrrev_i64 v[6:7], 19, v[4:5]
	v_lshrrev_b32_e32 v4, 31, v5
	v_add_co_u32 v4, vcc_lo, v6, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_co_ci_u32_e64 v7, null, 0, v7, vcc_lo
	.loc	1 101 40                        ; kernels.py:101:40
	v_mad_u64_u32 v[5:6], null, v10, v2, 0
	.loc	1 101 50                        ; kernels.py:101:50
	v_mad_u64_u32 v[3:4], null, 0xf4243, v4, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_i32_i24 v2, 0xf4243, v7, v4
	.loc	1 101 40                        ; kernels.py:101:40
	v_add3_u32 v4, v6, v13, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 101 50                        ; kernels.py:101:50
	v_sub_co_u32 v3, vcc_lo, v0, v3
	v_sub_co_ci_u32_e64 v2, null, v1, v2, vcc_lo
	.loc	1 101 40                        ; kernels.py:101:40
	v_sub_co_u32 v0, vcc_lo, v0, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_sub_co_ci_u32_e64 v1, null, v1, v4, vcc_lo
	.loc	1 101 28                        ; kernels.py:101:28
	v_add_co_u32 v3, vcc_lo, v10, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v2, null, v11, v2, vcc_lo
	v_add_co_u32 v0, vcc_lo, v3, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v1, null, v2, v1, vcc_lo
	.loc	1 101 5                         ; kernels.py:101:5
	global_store_b64 v[8:9], v[0:1], off offset:512
	.loc	1 93 1 is_stmt 1                ; kernels.py:93:1
	s_endpgm
.Ltmp0:
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
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 28
		.amdhsa_next_free_sgpr 9
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-int_division)<<4)&1008)>>4
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
	.set .Lint_division.num_vgpr, 28
	.set .Lint_division.num_agpr, 0
	.set .Lint_division.numbered_sgpr, 9
	.set .Lint_division.num_named_barrier, 0
	.set .Lint_division.private_seg_size, 0
	.set .Lint_division.uses_vcc, 1
	.set .Lint_division.uses_flat_scratch, 0
	.set .Lint_division.has_dyn_sized_stack, 0
	.set .Lint_division.has_recursion, 0
	.set .Lint_division.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3948
; TotalNumSgprs: 11
; NumVgprs: 28
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 11
; NumVGPRsForWavesPerEU: 28
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
    .sgpr_count:     11
    .sgpr_spill_count: 0
    .symbol:         int_division.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     28
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

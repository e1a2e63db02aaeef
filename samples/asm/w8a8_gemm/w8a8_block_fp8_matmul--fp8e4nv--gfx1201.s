	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	w8a8_block_fp8_matmul           ; -- Begin function w8a8_block_fp8_matmul
	.p2align	8
	.type	w8a8_block_fp8_matmul,@function
w8a8_block_fp8_matmul:                  ; @w8a8_block_fp8_matmul
.Lfunc_begin0:
	.file	1 "w8a8_gemm.py"
	.loc	1 20 0                          ; w8a8_gemm.py:20:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_b256 s[4:11], s[0:1], 0x18
.Ltmp0:
	.loc	1 32 34 prologue_end            ; w8a8_gemm.py:32:34
	v_and_b32_e32 v2, 31, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_bfe_u32 s15, ttmp8, 0x50019
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	s_lshl_b32 s2, ttmp7, 6
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshl_b32 s26, s15, 5
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	s_and_b32 s14, s2, 0x3fffc0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v7, s26, v2
	.loc	1 32 16 is_stmt 0               ; w8a8_gemm.py:32:16
	s_lshl_b32 s3, ttmp9, 6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_bfe_i32 s12, ttmp9, 0x10019
	s_clause 0x1
	s_load_b32 s27, s[0:1], 0x38
	s_load_b32 s29, s[0:1], 0x40
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v1, 3, v7
	s_load_b128 s[16:19], s[0:1], 0x0
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	v_and_b32_e32 v21, 0x7c, v7
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s33, s26, 64
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 32 16 is_stmt 0               ; w8a8_gemm.py:32:16
	v_and_or_b32 v1, v1, 15, s3
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s24, s33, 2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_kmcnt 0x0
	s_abs_i32 s28, s8
	v_add_nc_u32_e32 v1, s12, v1
	s_cvt_f32_u32 s2, s28
	s_sub_co_i32 s21, 0, s28
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_abs_i32 s13, s9
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_co_i32 s35, s10, 0x7f
.Ltmp2:
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	v_s_rcp_f32 s2, s2
	v_xor_b32_e32 v4, s12, v1
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_cvt_f32_u32 s20, s13
	s_sub_co_i32 s22, 0, s13
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_2)
	v_s_rcp_f32 s20, s20
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	s_cvt_u32_f32 s31, s2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_mul_f32 s20, s20, 0x4f7ffffe
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_i32 s21, s21, s31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s30, s20
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_hi_u32 s2, s31, s21
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s31, s31, s2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_mul_i32 s22, s22, s30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_hi_u32 v8, v4, s31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_mul_hi_u32 s20, s30, s22
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s2, s10, v21
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s30, s30, s20
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_gt_i32 s35, 0x7f
	s_mov_b64 s[20:21], s[18:19]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s19, 0x31027000
	s_mov_b32 s18, 0x7ffffffe
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v8, v8, s28
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s22, s18
	s_mov_b32 s23, s19
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_sub_nc_u32_e32 v4, v4, v8
	v_subrev_nc_u32_e32 v8, s28, v4
	v_cmp_le_u32_e32 vcc_lo, s28, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v4, v4, v8 :: v_dual_add_nc_u32 v5, 16, v1
	v_add_nc_u32_e32 v6, 32, v1
	v_xor_b32_e32 v5, s12, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v6, s12, v6
	v_mul_hi_u32 v10, v5, s31
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_hi_u32 v11, v6, s31
	v_mul_lo_u32 v10, v10, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_lo_u32 v11, v11, s28
	v_sub_nc_u32_e32 v5, v5, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_nc_u32_e32 v6, v6, v11
	v_subrev_nc_u32_e32 v10, s28, v5
	v_cmp_le_u32_e32 vcc_lo, s28, v5
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v11, s28, v6
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v10, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s28, v6
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	v_and_b32_e32 v9, 3, v0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v10, s28, v5
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v6, v6, v11 :: v_dual_add_nc_u32 v1, 48, v1
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_lshl_or_b32 v3, v9, 4, s14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v1, s12, v1
	v_subrev_nc_u32_e32 v11, s28, v6
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_hi_u32 v13, v3, s30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_hi_u32 v12, v1, s31
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v13, v13, s13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v12, v12, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v3, v3, v13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_sub_nc_u32_e32 v1, v1, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v13, s13, v3
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v12, s28, v1
	v_cmp_le_u32_e32 vcc_lo, s28, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v8, v1, v12, vcc_lo
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc_lo, s13, v3
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v12, s28, v8
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v1, v3, v13, vcc_lo
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v3, s28, v4
	v_cmp_le_u32_e32 vcc_lo, s28, v4
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v3, v4, v3, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s28, v5
	v_xor_b32_e32 v14, s12, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v4, v5, v10, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s28, v6
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v5, s13, v1
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_or_b32_e32 v10, 3, v21
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v15, s12, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v13, v6, v11, vcc_lo
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc_lo, s13, v1
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_or_b32_e32 v6, 2, v21
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v1, v1, v5, vcc_lo
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_or_b32_e32 v5, 1, v21
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cselect_b32 vcc_lo, -1, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_and_b32 s21, s21, 0xffff
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s2, s2, vcc_lo
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_mad_co_u64_u32 v[3:4], null, s27, v21, v[1:2]
	v_mad_co_u64_u32 v[4:5], null, s27, v5, v[1:2]
	v_mad_co_u64_u32 v[5:6], null, s27, v6, v[1:2]
	v_mad_co_u64_u32 v[10:11], null, s27, v10, v[1:2]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_b32 s17, s17, 0xffff
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v3, 0x80000000, v3, s2
	v_cndmask_b32_e64 v4, 0x80000000, v4, s2
	v_cndmask_b32_e64 v5, 0x80000000, v5, s2
	v_cndmask_b32_e64 v6, 0x80000000, v10, s2
	s_clause 0x3
	buffer_load_b128 v[41:44], v3, s[20:23], null offen
	buffer_load_b128 v[45:48], v4, s[20:23], null offen
	buffer_load_b128 v[49:52], v5, s[20:23], null offen
	buffer_load_b128 v[53:56], v6, s[20:23], null offen
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cmp_le_u32_e64 s2, s28, v8
	.loc	1 35 53                         ; w8a8_gemm.py:35:53
	v_lshlrev_b32_e32 v6, 4, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v5, s12, v14
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v8, v8, v12, s2
	.loc	1 35 53                         ; w8a8_gemm.py:35:53
	v_and_b32_e32 v22, 0x70, v6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v3, s12, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v4, s12, v8
	v_subrev_nc_u32_e32 v8, s12, v15
	v_subrev_nc_u32_e32 v10, s12, v3
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_mul_lo_u32 v3, v5, s11
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s2, s10, v22
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v11, s12, v4
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_mul_lo_u32 v4, v8, s11
	v_mul_lo_u32 v5, v10, s11
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_and_b32 s2, s2, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_mul_lo_u32 v6, v11, s11
	v_add_nc_u32_e32 v8, v3, v22
	s_mov_b32 s11, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_gt_i32 s35, 0xff
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_add_nc_u32_e32 v10, v4, v22
	s_delay_alu instid0(VALU_DEP_4)
	v_add_nc_u32_e32 v11, v5, v22
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s2
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_add_nc_u32_e32 v12, v6, v22
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v10, 0x80000000, v10, s2
	v_cndmask_b32_e64 v11, 0x80000000, v11, s2
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v12, 0x80000000, v12, s2
	s_clause 0x3
	buffer_load_b128 v[57:60], v8, s[16:19], null offen
	buffer_load_b128 v[61:64], v10, s[16:19], null offen
	buffer_load_b128 v[65:68], v11, s[16:19], null offen
	buffer_load_b128 v[69:72], v12, s[16:19], null offen
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v8, 15, v0
	v_lshrrev_b32_e32 v11, 1, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b32_e32 v12, 4, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b32_e32 v10, 3, v9
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v7, 0x78, v7
	v_or_b32_e32 v32, s24, v8
	v_and_b32_e32 v38, 24, v11
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v12, 0x7f0, v12
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor_b32_e32 v10, v21, v10
	s_mov_b64 s[24:25], s[6:7]
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v36, 32, v32
	.loc	1 32 16 is_stmt 0               ; w8a8_gemm.py:32:16
	v_or_b32_e32 v34, s3, v32
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v7, v12, v7
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v37, s14, v38
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshl_or_b32 v31, v9, 11, v10
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v35, s3, v36
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_add_nc_u32_e32 v11, s12, v34
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v25, 8, v7
	v_add_nc_u32_e32 v23, 0, v7
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_or_b32_e32 v10, 1, v37
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_add_nc_u32_e32 v13, s12, v35
	v_xor_b32_e32 v11, s12, v11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_hi_u32 v74, v37, s30
	v_or_b32_e32 v12, 2, v37
	v_mul_hi_u32 v75, v10, s30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v9, s12, v13
	v_mul_hi_u32 v7, v11, s31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_or_b32_e32 v13, 3, v37
	v_mul_hi_u32 v76, v12, s30
	v_or_b32_e32 v14, 4, v37
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_hi_u32 v40, v9, s31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v74, v74, s13
	v_mul_lo_u32 v75, v75, s13
	v_mul_hi_u32 v77, v13, s30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v7, v7, s28
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_or_b32_e32 v15, 5, v37
	v_mul_lo_u32 v76, v76, s13
	v_mul_hi_u32 v78, v14, s30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v40, v40, s28
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_or_b32_e32 v16, 6, v37
	v_sub_nc_u32_e32 v10, v10, v75
	v_mul_lo_u32 v77, v77, s13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_sub_nc_u32_e32 v7, v11, v7
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v11, v37, v74
	v_mul_hi_u32 v79, v15, s30
	v_sub_nc_u32_e32 v12, v12, v76
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_sub_nc_u32_e32 v9, v9, v40
	v_subrev_nc_u32_e32 v74, s28, v7
	v_cmp_le_u32_e64 s2, s28, v7
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v76, s13, v11
	v_mul_lo_u32 v78, v78, s13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v75, s28, v9
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	v_or_b32_e32 v39, 32, v38
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v7, v7, v74, s2
	v_cmp_le_u32_e64 s2, s28, v9
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_or_b32_e32 v17, 7, v37
	v_mul_hi_u32 v80, v16, s30
	v_sub_nc_u32_e32 v13, v13, v77
	v_subrev_nc_u32_e32 v77, s13, v10
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v9, v9, v75, s2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e64 s2, s13, v11
	v_mul_lo_u32 v79, v79, s13
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v33, s14, v39
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_hi_u32 v81, v17, s30
	v_sub_nc_u32_e32 v14, v14, v78
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v11, v11, v76, s2
	v_cmp_le_u32_e64 s2, s13, v10
	v_subrev_nc_u32_e32 v78, s13, v12
	v_mul_lo_u32 v80, v80, s13
	v_or_b32_e32 v18, 33, v37
	v_mul_hi_u32 v82, v33, s30
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v10, v10, v77, s2
	v_cmp_le_u32_e64 s2, s13, v12
	v_sub_nc_u32_e32 v15, v15, v79
	v_subrev_nc_u32_e32 v79, s13, v13
	v_mul_lo_u32 v81, v81, s13
	v_or_b32_e32 v19, 34, v37
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v12, v12, v78, s2
	v_cmp_le_u32_e64 s2, s13, v13
	v_mul_hi_u32 v83, v18, s30
	v_sub_nc_u32_e32 v16, v16, v80
	v_subrev_nc_u32_e32 v80, s13, v14
	v_mul_lo_u32 v82, v82, s13
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v13, v13, v79, s2
	v_cmp_le_u32_e64 s2, s13, v14
	v_or_b32_e32 v20, 35, v37
	v_mul_hi_u32 v84, v19, s30
	v_sub_nc_u32_e32 v17, v17, v81
	v_subrev_nc_u32_e32 v81, s13, v15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v14, v14, v80, s2
	v_cmp_le_u32_e64 s2, s13, v15
	v_mul_lo_u32 v83, v83, s13
	v_or_b32_e32 v27, 36, v37
	v_mul_hi_u32 v85, v20, s30
	v_sub_nc_u32_e32 v40, v33, v82
	v_subrev_nc_u32_e32 v82, s13, v16
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v15, v15, v81, s2
	v_cmp_le_u32_e64 s2, s13, v16
	v_mul_lo_u32 v84, v84, s13
	v_or_b32_e32 v28, 37, v37
	v_mul_hi_u32 v86, v27, s30
	v_sub_nc_u32_e32 v18, v18, v83
	v_subrev_nc_u32_e32 v83, s13, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, v16, v82, s2
	v_cmp_le_u32_e64 s2, s13, v17
	v_mul_lo_u32 v85, v85, s13
	v_or_b32_e32 v29, 38, v37
	v_mul_hi_u32 v87, v28, s30
	v_sub_nc_u32_e32 v19, v19, v84
	v_subrev_nc_u32_e32 v84, s13, v40
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v17, v17, v83, s2
	v_cmp_le_u32_e64 s2, s13, v40
	v_mul_lo_u32 v86, v86, s13
	v_or_b32_e32 v30, 39, v37
	v_mul_hi_u32 v88, v29, s30
	v_sub_nc_u32_e32 v20, v20, v85
	v_subrev_nc_u32_e32 v85, s13, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v40, v40, v84, s2
	v_cmp_le_u32_e64 s2, s13, v18
	v_mul_lo_u32 v87, v87, s13
	v_mul_hi_u32 v89, v30, s30
	v_sub_nc_u32_e32 v27, v27, v86
	v_subrev_nc_u32_e32 v86, s13, v19
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, v18, v85, s2
	v_cmp_le_u32_e64 s2, s13, v19
	v_mul_lo_u32 v88, v88, s13
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v74, s28, v7
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v28, v28, v87
	v_subrev_nc_u32_e32 v87, s13, v20
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, v19, v86, s2
	v_cmp_le_u32_e64 s2, s13, v20
	v_mul_lo_u32 v89, v89, s13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v75, s28, v9
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v29, v29, v88
	v_subrev_nc_u32_e32 v88, s13, v27
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, v20, v87, s2
	v_cmp_le_u32_e64 s2, s13, v27
	v_subrev_nc_u32_e32 v76, s13, v11
	v_subrev_nc_u32_e32 v90, s13, v29
	v_sub_nc_u32_e32 v30, v30, v89
	v_subrev_nc_u32_e32 v89, s13, v28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v27, v27, v88, s2
	v_cmp_le_u32_e64 s2, s13, v28
	v_subrev_nc_u32_e32 v77, s13, v10
	v_subrev_nc_u32_e32 v91, s13, v30
	v_subrev_nc_u32_e32 v78, s13, v12
	v_subrev_nc_u32_e32 v79, s13, v13
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v28, v28, v89, s2
	v_cmp_le_u32_e64 s2, s13, v29
	v_subrev_nc_u32_e32 v80, s13, v14
	v_subrev_nc_u32_e32 v81, s13, v15
	v_subrev_nc_u32_e32 v82, s13, v16
	v_subrev_nc_u32_e32 v83, s13, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v29, v29, v90, s2
	v_cmp_le_u32_e64 s2, s13, v30
	v_subrev_nc_u32_e32 v84, s13, v40
	v_subrev_nc_u32_e32 v85, s13, v18
	v_subrev_nc_u32_e32 v86, s13, v19
	v_subrev_nc_u32_e32 v87, s13, v20
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v30, v30, v91, s2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cmp_le_u32_e64 s2, s28, v7
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v88, s13, v27
	v_subrev_nc_u32_e32 v89, s13, v28
	v_subrev_nc_u32_e32 v90, s13, v29
	v_subrev_nc_u32_e32 v91, s13, v30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v7, v7, v74, s2
	v_cmp_le_u32_e64 s2, s28, v9
	v_xor_b32_e32 v26, 8, v31
	v_xor_b32_e32 v73, 16, v31
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_nc_u32_e32 v24, 0, v31
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v7, s12, v7
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v9, v9, v75, s2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e64 s2, s13, v11
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_nc_u32_e32 v26, 0, v26
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_nc_u32_e32 v25, 0, v25
	s_wait_loadcnt 0x2
	ds_store_2addr_stride64_b64 v23, v[57:58], v[61:62] offset1:4
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v23, v[65:66], v[69:70] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v25, v[59:60], v[63:64] offset1:4
	ds_store_2addr_stride64_b64 v25, v[67:68], v[71:72] offset0:8 offset1:12
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v11, v11, v76, s2
	v_cmp_le_u32_e64 s2, s13, v10
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v9, s12, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v76, 31, v11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v10, v10, v77, s2
	v_cmp_le_u32_e64 s2, s13, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v77, 31, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v12, v12, v78, s2
	v_cmp_le_u32_e64 s2, s13, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v78, 31, v12
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v13, v13, v79, s2
	v_cmp_le_u32_e64 s2, s13, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v79, 31, v13
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v14, v14, v80, s2
	v_cmp_le_u32_e64 s2, s13, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v80, 31, v14
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v15, v15, v81, s2
	v_cmp_le_u32_e64 s2, s13, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v81, 31, v15
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, v16, v82, s2
	v_cmp_le_u32_e64 s2, s13, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v82, 31, v16
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v17, v17, v83, s2
	v_cmp_le_u32_e64 s2, s13, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v83, 31, v17
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v40, v40, v84, s2
	v_cmp_le_u32_e64 s2, s13, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v84, 31, v40
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, v18, v85, s2
	v_cmp_le_u32_e64 s2, s13, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v85, 31, v18
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, v19, v86, s2
	v_cmp_le_u32_e64 s2, s13, v20
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v86, 31, v19
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, v20, v87, s2
	v_cmp_le_u32_e64 s2, s13, v27
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v87, 31, v20
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v27, v27, v88, s2
	v_cmp_le_u32_e64 s2, s13, v28
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v88, 31, v27
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v28, v28, v89, s2
	v_cmp_le_u32_e64 s2, s13, v29
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v89, 31, v28
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v74, v29, v90, s2
	v_cmp_le_u32_e64 s2, s13, v30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v29, s12, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v7, 25, v76
	v_lshrrev_b32_e32 v76, 25, v78
	v_ashrrev_i32_e32 v90, 31, v74
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v75, v30, v91, s2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v30, s12, v9
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v9, 25, v77
	v_lshrrev_b32_e32 v77, 25, v79
	v_lshrrev_b32_e32 v78, 25, v80
	v_ashrrev_i32_e32 v91, 31, v75
	v_lshrrev_b32_e32 v79, 25, v81
	v_lshrrev_b32_e32 v80, 25, v82
	v_lshrrev_b32_e32 v81, 25, v83
	v_lshrrev_b32_e32 v82, 25, v84
	v_lshrrev_b32_e32 v83, 25, v85
	v_lshrrev_b32_e32 v84, 25, v86
	v_lshrrev_b32_e32 v85, 25, v87
	v_lshrrev_b32_e32 v86, 25, v88
	v_lshrrev_b32_e32 v87, 25, v89
	v_lshrrev_b32_e32 v88, 25, v90
	v_lshrrev_b32_e32 v89, 25, v91
	v_add_nc_u32_e32 v7, v11, v7
	v_add_nc_u32_e32 v9, v10, v9
	v_add_nc_u32_e32 v10, v12, v76
	v_add_nc_u32_e32 v11, v13, v77
	v_add_nc_u32_e32 v12, v14, v78
	v_add_nc_u32_e32 v13, v15, v79
	v_add_nc_u32_e32 v14, v16, v80
	v_add_nc_u32_e32 v15, v17, v81
	v_add_nc_u32_e32 v16, v40, v82
	v_add_nc_u32_e32 v17, v18, v83
	v_add_nc_u32_e32 v18, v19, v84
	v_add_nc_u32_e32 v19, v20, v85
	v_add_nc_u32_e32 v20, v27, v86
	v_add_nc_u32_e32 v27, v28, v87
	v_add_nc_u32_e32 v28, v74, v88
	v_add_nc_u32_e32 v40, v75, v89
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_perm_b32 v74, v45, v41, 0x4000501
	v_perm_b32 v75, v53, v49, 0x4000501
	v_perm_b32 v41, v45, v41, 0x6020703
	v_perm_b32 v45, v53, v49, 0x6020703
	v_perm_b32 v49, v46, v42, 0x4000501
	v_perm_b32 v53, v54, v50, 0x4000501
	v_perm_b32 v42, v46, v42, 0x6020703
	v_perm_b32 v46, v54, v50, 0x6020703
	v_perm_b32 v50, v47, v43, 0x4000501
	v_perm_b32 v54, v55, v51, 0x4000501
	v_perm_b32 v43, v47, v43, 0x6020703
	v_perm_b32 v47, v55, v51, 0x6020703
	v_perm_b32 v51, v48, v44, 0x4000501
	v_perm_b32 v55, v56, v52, 0x4000501
	v_perm_b32 v44, v48, v44, 0x6020703
	v_perm_b32 v48, v56, v52, 0x6020703
	v_perm_b32 v52, v75, v74, 0x7060302
	v_perm_b32 v56, v75, v74, 0x5040100
	v_perm_b32 v74, v45, v41, 0x7060302
	v_perm_b32 v41, v45, v41, 0x5040100
	v_perm_b32 v45, v53, v49, 0x7060302
	v_perm_b32 v49, v53, v49, 0x5040100
	v_perm_b32 v53, v46, v42, 0x7060302
	v_perm_b32 v42, v46, v42, 0x5040100
	v_perm_b32 v46, v54, v50, 0x7060302
	v_perm_b32 v50, v54, v50, 0x5040100
	v_perm_b32 v54, v47, v43, 0x7060302
	v_perm_b32 v43, v47, v43, 0x5040100
	v_perm_b32 v47, v55, v51, 0x7060302
	v_perm_b32 v51, v55, v51, 0x5040100
	v_perm_b32 v55, v48, v44, 0x7060302
	v_perm_b32 v44, v48, v44, 0x5040100
	v_xor_b32_e32 v48, 24, v31
	v_add_nc_u32_e32 v83, 0, v73
	ds_store_b32 v24, v52 offset:8192
	ds_store_b32 v26, v56 offset:8320
	v_xor_b32_e32 v52, 32, v31
	v_add_nc_u32_e32 v85, 0, v48
	ds_store_b32 v83, v74 offset:8448
	v_xor_b32_e32 v56, 40, v31
	v_xor_b32_e32 v48, 48, v31
	v_add_nc_u32_e32 v87, 0, v52
	ds_store_b32 v85, v41 offset:8576
	v_xor_b32_e32 v41, 56, v31
	v_add_nc_u32_e32 v88, 0, v56
	v_add_nc_u32_e32 v89, 0, v48
	ds_store_b32 v87, v45 offset:8704
	ds_store_b32 v88, v49 offset:8832
	v_add_nc_u32_e32 v90, 0, v41
	v_xor_b32_e32 v41, 0x48, v31
	v_xor_b32_e32 v45, 64, v31
	ds_store_b32 v89, v53 offset:8960
	v_xor_b32_e32 v48, 0x50, v31
	ds_store_b32 v90, v42 offset:9088
	v_add_nc_u32_e32 v94, 0, v41
	v_xor_b32_e32 v41, 0x60, v31
	v_add_nc_u32_e32 v93, 0, v45
	v_xor_b32_e32 v45, 0x58, v31
	v_xor_b32_e32 v42, 0x68, v31
	v_mul_lo_u32 v91, v29, s29
	v_add_nc_u32_e32 v97, 0, v41
	v_xor_b32_e32 v41, 0x70, v31
	v_xor_b32_e32 v31, 0x78, v31
	v_mul_lo_u32 v92, v30, s29
	v_add_nc_u32_e32 v95, 0, v48
	v_add_nc_u32_e32 v96, 0, v45
	v_add_nc_u32_e32 v98, 0, v42
	v_add_nc_u32_e32 v99, 0, v41
	v_add_nc_u32_e32 v100, 0, v31
	ds_store_b32 v93, v46 offset:9216
	ds_store_b32 v94, v50 offset:9344
	ds_store_b32 v95, v54 offset:9472
	ds_store_b32 v96, v43 offset:9600
	ds_store_b32 v97, v47 offset:9728
	ds_store_b32 v98, v51 offset:9856
	ds_store_b32 v99, v55 offset:9984
	ds_store_b32 v100, v44 offset:10112
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	v_mul_lo_u32 v102, v29, s29
	v_mul_lo_u32 v101, v30, s29
	.loc	1 47 15 is_stmt 0               ; w8a8_gemm.py:47:15
	s_and_b32 s37, s5, 0xffff
	s_mov_b32 s36, s4
	.loc	1 48 15 is_stmt 1               ; w8a8_gemm.py:48:15
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s29, s25, 0xffff
	s_mov_b32 s28, s24
	s_mov_b32 s2, 0
	s_mov_b64 s[38:39], s[18:19]
	s_mov_b64 s[30:31], s[18:19]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 15 is_stmt 0                ; w8a8_gemm.py:0:15
	s_mov_b32 s2, -1
                                        ; implicit-def: $vgpr102
                                        ; implicit-def: $vgpr101
                                        ; implicit-def: $sgpr36_sgpr37
                                        ; implicit-def: $sgpr28_sgpr29
.LBB0_3:                                ; %Flow157
	s_clause 0x1
	s_load_b64 s[12:13], s[0:1], 0x10
	s_load_b32 s34, s[0:1], 0x44
	v_ashrrev_i32_e32 v86, 7, v7
	v_ashrrev_i32_e32 v84, 7, v9
	v_ashrrev_i32_e32 v82, 7, v10
	v_ashrrev_i32_e32 v81, 7, v11
	v_ashrrev_i32_e32 v80, 7, v12
	v_ashrrev_i32_e32 v79, 7, v13
	v_ashrrev_i32_e32 v78, 7, v14
	v_ashrrev_i32_e32 v77, 7, v15
	v_ashrrev_i32_e32 v76, 7, v16
	v_ashrrev_i32_e32 v75, 7, v17
	v_ashrrev_i32_e32 v74, 7, v18
	v_ashrrev_i32_e32 v31, 7, v19
	v_ashrrev_i32_e32 v30, 7, v20
	v_ashrrev_i32_e32 v29, 7, v27
	v_ashrrev_i32_e32 v28, 7, v28
	v_ashrrev_i32_e32 v27, 7, v40
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v44, 0
	s_and_b32 s2, s2, exec_lo
	v_lshrrev_b32_e32 v73, 1, v0
	v_mul_u32_u24_e32 v72, 0x88, v8
	v_dual_mov_b32 v46, 0 :: v_dual_mov_b32 v43, 0
	v_dual_mov_b32 v48, 0 :: v_dual_mov_b32 v45, 0
	v_dual_mov_b32 v50, 0 :: v_dual_mov_b32 v47, 0
	v_dual_mov_b32 v52, 0 :: v_dual_mov_b32 v49, 0
	v_dual_mov_b32 v42, 0 :: v_dual_mov_b32 v51, 0
	v_dual_mov_b32 v53, 0 :: v_dual_mov_b32 v54, 0
	v_dual_mov_b32 v55, 0 :: v_dual_mov_b32 v56, 0
	v_dual_mov_b32 v57, 0 :: v_dual_mov_b32 v58, 0
	v_dual_mov_b32 v59, 0 :: v_dual_mov_b32 v60, 0
	v_dual_mov_b32 v61, 0 :: v_dual_mov_b32 v62, 0
	v_dual_mov_b32 v63, 0 :: v_dual_mov_b32 v64, 0
	v_dual_mov_b32 v65, 0 :: v_dual_mov_b32 v66, 0
	v_dual_mov_b32 v67, 0 :: v_dual_mov_b32 v68, 0
	v_dual_mov_b32 v69, 0 :: v_dual_mov_b32 v70, 0
	v_dual_mov_b32 v71, 0 :: v_dual_mov_b32 v40, 0
	s_cselect_b32 s2, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_7
; %bb.4:                                ; %.lr.ph
	v_dual_mov_b32 v69, 0 :: v_dual_add_nc_u32 v2, s26, v2
	v_dual_mov_b32 v71, 0 :: v_dual_and_b32 v0, 8, v73
	s_bfe_i32 s2, s15, 0x10000
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_mov_b32 v67, 0 :: v_dual_and_b32 v2, 0x7c, v2
	v_xor_b32_e32 v7, v72, v0
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s2, s2, 0x808
	v_dual_mov_b32 v40, 0 :: v_dual_add_nc_u32 v101, 0x80, v5
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_or_b32_e32 v16, 0x83, v2
	v_or_b32_e32 v18, 0x82, v2
	v_or_b32_e32 v19, 0x81, v2
	v_or_b32_e32 v2, 0x80, v2
	s_wait_alu depctr_sa_sdst(0)
	v_xor3_b32 v0, v0, s2, v72
	v_lshl_or_b32 v7, s33, 5, v7
	v_dual_mov_b32 v63, 0 :: v_dual_add_nc_u32 v102, 0x80, v4
	v_mad_co_u64_u32 v[16:17], null, s27, v16, v[1:2]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v8, 16, v0
	v_xor_b32_e32 v9, 16, v7
	v_xor_b32_e32 v10, 32, v7
	v_xor_b32_e32 v11, 48, v7
	v_xor_b32_e32 v12, 64, v7
	v_xor_b32_e32 v13, 0x50, v7
	v_xor_b32_e32 v14, 0x60, v7
	v_xor_b32_e32 v15, 0x70, v7
	v_xor_b32_e32 v41, 32, v0
	v_xor_b32_e32 v42, 48, v0
	v_xor_b32_e32 v43, 64, v0
	v_xor_b32_e32 v44, 0x50, v0
	v_xor_b32_e32 v45, 0x60, v0
	v_xor_b32_e32 v46, 0x70, v0
	v_mad_co_u64_u32 v[17:18], null, s27, v18, v[1:2]
	v_mad_co_u64_u32 v[18:19], null, s27, v19, v[1:2]
	v_mad_co_u64_u32 v[19:20], null, s27, v2, v[1:2]
	v_dual_mov_b32 v65, 0 :: v_dual_add_nc_u32 v20, 0x80, v6
	v_dual_mov_b32 v70, 0 :: v_dual_add_nc_u32 v103, 0x80, v3
	v_dual_mov_b32 v61, 0 :: v_dual_lshlrev_b32 v104, 2, v84
	v_dual_mov_b32 v68, 0 :: v_dual_lshlrev_b32 v105, 2, v86
	v_dual_mov_b32 v59, 0 :: v_dual_lshlrev_b32 v106, 2, v92
	v_dual_mov_b32 v66, 0 :: v_dual_lshlrev_b32 v107, 2, v91
	v_dual_mov_b32 v57, 0 :: v_dual_add_nc_u32 v108, 0, v7
	v_dual_mov_b32 v64, 0 :: v_dual_add_nc_u32 v109, 0, v9
	v_dual_mov_b32 v55, 0 :: v_dual_add_nc_u32 v110, 0, v10
	v_dual_mov_b32 v62, 0 :: v_dual_add_nc_u32 v111, 0, v11
	v_dual_mov_b32 v53, 0 :: v_dual_add_nc_u32 v112, 0, v12
	v_dual_mov_b32 v60, 0 :: v_dual_add_nc_u32 v113, 0, v13
	v_dual_mov_b32 v51, 0 :: v_dual_add_nc_u32 v114, 0, v14
	v_dual_mov_b32 v58, 0 :: v_dual_add_nc_u32 v115, 0, v15
	v_dual_mov_b32 v49, 0 :: v_dual_add_nc_u32 v116, 0, v0
	v_dual_mov_b32 v56, 0 :: v_dual_add_nc_u32 v117, 0, v8
	v_dual_mov_b32 v47, 0 :: v_dual_add_nc_u32 v118, 0, v41
	v_dual_mov_b32 v54, 0 :: v_dual_add_nc_u32 v119, 0, v42
	v_add_nc_u32_e32 v120, 0, v43
	v_dual_mov_b32 v42, 0 :: v_dual_add_nc_u32 v121, 0, v44
	v_dual_mov_b32 v43, 0 :: v_dual_add_nc_u32 v122, 0, v45
	v_dual_mov_b32 v52, 0 :: v_dual_add_nc_u32 v123, 0, v46
	v_dual_mov_b32 v45, 0 :: v_dual_mov_b32 v50, 0
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v48, 0
	v_mov_b32_e32 v46, 0
	v_mov_b32_e32 v44, 0
.Ltmp3:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_lshr_b32 s2, s35, 7
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s39, 0x31027000
	s_mov_b32 s38, 0x7ffffffe
	s_and_b32 s25, s25, 0xffff
.Ltmp4:
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	s_lshl_b32 s30, s27, 7
	s_mov_b64 s[36:37], s[4:5]
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b64 s[28:29], s[24:25]
	s_mov_b32 s31, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_co_i32 s11, s2, -1
	s_wait_kmcnt 0x0
	s_lshl_b32 s35, s34, 2
	s_addk_co_i32 s10, 0xff80
	s_mov_b32 s22, s18
	s_mov_b32 s23, s19
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	s_mov_b32 s26, s38
	s_mov_b32 s27, s39
	s_mov_b32 s40, 0
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_add_nc_u32_e32 v0, v22, v103
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	s_wait_alu depctr_sa_sdst(0)
	v_cmp_gt_i32_e64 s2, s10, v22
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_add_nc_u32_e32 v1, v22, v102
	v_add_nc_u32_e32 v2, v22, v101
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_nc_u32_e32 v3, v22, v20
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_lshlrev_b32_e32 v124, 2, v82
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s2
	v_cndmask_b32_e64 v4, 0x80000000, v1, s2
	v_cndmask_b32_e64 v8, 0x80000000, v2, s2
	v_cndmask_b32_e64 v12, 0x80000000, v3, s2
	s_clause 0x3
	buffer_load_b128 v[0:3], v0, s[16:19], null offen
	buffer_load_b128 v[4:7], v4, s[16:19], null offen
	buffer_load_b128 v[8:11], v8, s[16:19], null offen
	buffer_load_b128 v[12:15], v12, s[16:19], null offen
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_lshlrev_b32_e32 v125, 2, v81
	v_lshlrev_b32_e32 v126, 2, v80
	v_lshlrev_b32_e32 v127, 2, v79
	v_lshlrev_b32_e32 v128, 2, v78
	v_lshlrev_b32_e32 v129, 2, v77
	v_lshlrev_b32_e32 v130, 2, v76
	v_lshlrev_b32_e32 v131, 2, v75
	v_lshlrev_b32_e32 v132, 2, v74
	v_lshlrev_b32_e32 v133, 2, v31
	v_lshlrev_b32_e32 v134, 2, v30
	v_lshlrev_b32_e32 v135, 2, v29
	v_lshlrev_b32_e32 v136, 2, v28
	v_lshlrev_b32_e32 v137, 2, v27
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_nc_u32_e32 v185, s31, v124
	v_add_nc_u32_e32 v186, s31, v125
	v_add_nc_u32_e32 v187, s31, v126
	v_add_nc_u32_e32 v188, s31, v127
	v_add_nc_u32_e32 v189, s31, v128
	v_add_nc_u32_e32 v190, s31, v129
	v_add_nc_u32_e32 v191, s31, v130
	v_add_nc_u32_e32 v192, s31, v131
	v_add_nc_u32_e32 v193, s31, v132
	v_add_nc_u32_e32 v194, s31, v133
	v_add_nc_u32_e32 v198, s31, v134
	v_add_nc_u32_e32 v199, s31, v135
	v_add_nc_u32_e32 v200, s31, v136
	v_add_nc_u32_e32 v201, s31, v137
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s2, s10, v21
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_co_i32 s40, s40, 1
	s_addk_co_i32 s10, 0xff80
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v184, 0x80000000, v19, s2
	v_cndmask_b32_e64 v196, 0x80000000, v17, s2
	v_cndmask_b32_e64 v197, 0x80000000, v16, s2
	v_cndmask_b32_e64 v195, 0x80000000, v18, s2
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_load_2addr_stride64_b64 v[154:157], v108 offset1:8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[158:161], v116 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[162:165], v117 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[166:169], v109 offset1:8
	ds_load_2addr_stride64_b64 v[170:173], v110 offset1:8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[174:177], v118 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[178:181], v119 offset0:16 offset1:24
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_b32 v202, v107, s[4:7], null offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[158:159], v[154:155], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[158:159], v[156:157], 0
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[164:165], v[154:155], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[164:165], v[156:157], 0
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[162:163], v[166:167], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[162:163], v[168:169], v[132:139]
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[160:161], v[166:167], v[140:147]
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[160:161], v[168:169], v[148:155]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[156:159], v111 offset1:8
	ds_load_2addr_stride64_b64 v[160:163], v112 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[174:175], v[170:171], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[174:175], v[172:173], v[132:139]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[180:181], v[170:171], v[140:147]
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[180:181], v[172:173], v[148:155]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[168:171], v121 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[164:167], v120 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[172:175], v114 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[178:179], v[156:157], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[178:179], v[158:159], v[132:139]
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[176:177], v[156:157], v[140:147]
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[176:177], v[158:159], v[148:155]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[156:159], v113 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[170:171], v[160:161], v[140:147]
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[170:171], v[162:163], v[148:155]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[164:165], v[160:161], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[164:165], v[162:163], v[132:139]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[160:163], v122 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[166:167], v[156:157], v[140:147]
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[166:167], v[158:159], v[148:155]
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_b32 v203, v106, s[4:7], null offen
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	buffer_load_b128 v[164:167], v184, s[20:23], null offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[168:169], v[156:157], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[168:169], v[158:159], v[132:139]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[168:171], v123 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[156:159], v115 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[160:161], v[172:173], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[160:161], v[174:175], v[132:139]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[170:171], v[174:175], v[148:155]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[132:139], v[168:169], v[158:159], v[132:139]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_nc_u32_e32 v182, s31, v105
	v_add_nc_u32_e32 v183, s31, v104
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[124:131], v[168:169], v[156:157], v[124:131]
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[170:171], v[172:173], v[140:147]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	buffer_load_b128 v[170:173], v195, s[20:23], null offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[148:155], v[162:163], v[158:159], v[148:155]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_add_nc_u32_e32 v20, 0x80, v20
	v_add_nc_u32_e32 v101, 0x80, v101
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[140:147], v[162:163], v[156:157], v[140:147]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_add_nc_u32_e32 v102, 0x80, v102
	v_add_nc_u32_e32 v103, 0x80, v103
	v_add_nc_u32_e32 v19, s30, v19
	v_add_nc_u32_e32 v16, s30, v16
	v_add_nc_u32_e32 v17, s30, v17
	v_add_nc_u32_e32 v18, s30, v18
	v_add_nc_u32_e32 v106, 4, v106
	v_add_nc_u32_e32 v107, 4, v107
	s_add_co_i32 s31, s31, s35
	s_cmp_lg_u32 s11, s40
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_loadcnt 0x3
	v_dual_mul_f32 v124, v202, v124 :: v_dual_mul_f32 v125, v202, v125
	v_dual_mul_f32 v126, v202, v126 :: v_dual_mul_f32 v127, v202, v127
	v_dual_mul_f32 v128, v202, v128 :: v_dual_mul_f32 v129, v202, v129
	v_dual_mul_f32 v130, v202, v130 :: v_dual_mul_f32 v131, v202, v131
	v_dual_mul_f32 v140, v202, v140 :: v_dual_mul_f32 v141, v202, v141
	v_dual_mul_f32 v142, v202, v142 :: v_dual_mul_f32 v143, v202, v143
	v_dual_mul_f32 v144, v202, v144 :: v_dual_mul_f32 v145, v202, v145
	v_dual_mul_f32 v146, v202, v146 :: v_dual_mul_f32 v147, v202, v147
	s_wait_loadcnt 0x2
	v_dual_mul_f32 v134, v203, v134 :: v_dual_mul_f32 v135, v203, v135
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_clause 0x1
	buffer_load_b128 v[174:177], v196, s[20:23], null offen
	buffer_load_b128 v[178:181], v197, s[20:23], null offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_clause 0xf
	buffer_load_b32 v160, v182, s[24:27], null offen
	buffer_load_b32 v161, v183, s[24:27], null offen
	buffer_load_b32 v168, v185, s[24:27], null offen
	buffer_load_b32 v169, v186, s[24:27], null offen
	buffer_load_b32 v182, v187, s[24:27], null offen
	buffer_load_b32 v183, v188, s[24:27], null offen
	buffer_load_b32 v184, v189, s[24:27], null offen
	buffer_load_b32 v185, v190, s[24:27], null offen
	buffer_load_b32 v186, v191, s[24:27], null offen
	buffer_load_b32 v187, v192, s[24:27], null offen
	buffer_load_b32 v188, v193, s[24:27], null offen
	buffer_load_b32 v189, v194, s[24:27], null offen
	buffer_load_b32 v190, v198, s[24:27], null offen
	buffer_load_b32 v191, v199, s[24:27], null offen
	buffer_load_b32 v192, v200, s[24:27], null offen
	buffer_load_b32 v193, v201, s[24:27], null offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v132, v203, v132 :: v_dual_mul_f32 v133, v203, v133
	v_dual_mul_f32 v136, v203, v136 :: v_dual_mul_f32 v137, v203, v137
	v_dual_mul_f32 v138, v203, v138 :: v_dual_mul_f32 v139, v203, v139
	v_dual_mul_f32 v148, v203, v148 :: v_dual_mul_f32 v149, v203, v149
	v_dual_mul_f32 v150, v203, v150 :: v_dual_mul_f32 v151, v203, v151
	v_dual_mul_f32 v152, v203, v152 :: v_dual_mul_f32 v153, v203, v153
	v_dual_mul_f32 v154, v203, v154 :: v_dual_mul_f32 v155, v203, v155
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_loadcnt 0x12
	v_perm_b32 v156, v170, v164, 0x4000501
	v_perm_b32 v162, v172, v166, 0x4000501
	v_perm_b32 v163, v172, v166, 0x6020703
	v_perm_b32 v157, v170, v164, 0x6020703
	v_perm_b32 v158, v171, v165, 0x4000501
	v_perm_b32 v159, v171, v165, 0x6020703
	v_perm_b32 v164, v173, v167, 0x4000501
	v_perm_b32 v165, v173, v167, 0x6020703
	s_wait_loadcnt 0x10
	v_perm_b32 v166, v178, v174, 0x4000501
	v_perm_b32 v167, v178, v174, 0x6020703
	v_perm_b32 v170, v179, v175, 0x4000501
	v_perm_b32 v171, v179, v175, 0x6020703
	v_perm_b32 v172, v180, v176, 0x4000501
	v_perm_b32 v173, v180, v176, 0x6020703
	v_perm_b32 v174, v181, v177, 0x4000501
	v_perm_b32 v175, v181, v177, 0x6020703
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0xe
	v_dual_fmac_f32 v40, v160, v124 :: v_dual_fmac_f32 v71, v161, v125
	v_dual_fmac_f32 v56, v160, v132 :: v_dual_fmac_f32 v55, v161, v133
	s_wait_loadcnt 0xc
	v_dual_fmac_f32 v70, v168, v126 :: v_dual_fmac_f32 v69, v169, v127
	v_dual_fmac_f32 v54, v168, v134 :: v_dual_fmac_f32 v53, v169, v135
	s_wait_loadcnt 0xa
	v_dual_fmac_f32 v68, v182, v128 :: v_dual_fmac_f32 v67, v183, v129
	s_wait_loadcnt 0x9
	v_dual_fmac_f32 v51, v182, v136 :: v_dual_fmac_f32 v66, v184, v130
	s_wait_loadcnt 0x7
	v_dual_fmac_f32 v49, v183, v137 :: v_dual_fmac_f32 v64, v186, v140
	s_wait_loadcnt 0x6
	v_dual_fmac_f32 v47, v184, v138 :: v_dual_fmac_f32 v42, v187, v149
	s_wait_loadcnt 0x5
	v_dual_fmac_f32 v65, v185, v131 :: v_dual_fmac_f32 v62, v188, v142
	v_dual_fmac_f32 v45, v185, v139 :: v_dual_fmac_f32 v52, v188, v150
	s_wait_loadcnt 0x1
	v_dual_fmac_f32 v43, v186, v148 :: v_dual_fmac_f32 v58, v192, v146
	v_dual_fmac_f32 v63, v187, v141 :: v_dual_fmac_f32 v60, v190, v144
	v_dual_fmac_f32 v61, v189, v143 :: v_dual_fmac_f32 v48, v190, v152
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_loadcnt 0x0
	s_barrier_signal -1
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_dual_fmac_f32 v59, v191, v145 :: v_dual_fmac_f32 v50, v189, v151
	v_dual_fmac_f32 v57, v193, v147 :: v_dual_fmac_f32 v46, v191, v153
	v_dual_fmac_f32 v44, v192, v154 :: v_dual_fmac_f32 v41, v193, v155
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_perm_b32 v124, v166, v156, 0x7060302
	v_perm_b32 v125, v166, v156, 0x5040100
	v_perm_b32 v126, v167, v157, 0x7060302
	v_perm_b32 v127, v167, v157, 0x5040100
	v_perm_b32 v128, v170, v158, 0x7060302
	v_perm_b32 v129, v170, v158, 0x5040100
	v_perm_b32 v130, v171, v159, 0x7060302
	v_perm_b32 v131, v171, v159, 0x5040100
	v_perm_b32 v132, v172, v162, 0x7060302
	v_perm_b32 v133, v172, v162, 0x5040100
	v_perm_b32 v134, v173, v163, 0x7060302
	v_perm_b32 v135, v173, v163, 0x5040100
	v_perm_b32 v136, v174, v164, 0x7060302
	v_perm_b32 v137, v174, v164, 0x5040100
	v_perm_b32 v138, v175, v165, 0x7060302
	v_perm_b32 v139, v175, v165, 0x5040100
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_2addr_stride64_b64 v23, v[0:1], v[4:5] offset1:4
	ds_store_2addr_stride64_b64 v23, v[8:9], v[12:13] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v25, v[2:3], v[6:7] offset1:4
	ds_store_2addr_stride64_b64 v25, v[10:11], v[14:15] offset0:8 offset1:12
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_store_b32 v24, v124 offset:8192
	ds_store_b32 v26, v125 offset:8320
	ds_store_b32 v83, v126 offset:8448
	ds_store_b32 v85, v127 offset:8576
	ds_store_b32 v87, v128 offset:8704
	ds_store_b32 v88, v129 offset:8832
	ds_store_b32 v89, v130 offset:8960
	ds_store_b32 v90, v131 offset:9088
	ds_store_b32 v93, v132 offset:9216
	ds_store_b32 v94, v133 offset:9344
	ds_store_b32 v95, v134 offset:9472
	ds_store_b32 v96, v135 offset:9600
	ds_store_b32 v97, v136 offset:9728
	ds_store_b32 v98, v137 offset:9856
	ds_store_b32 v99, v138 offset:9984
	ds_store_b32 v100, v139 offset:10112
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_5
; %bb.6:                                ; %Flow
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	v_dual_mov_b32 v102, v91 :: v_dual_mov_b32 v101, v92
	s_mov_b64 s[30:31], s[38:39]
.LBB0_7:                                ; %Flow158
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_load_b32 s0, s[0:1], 0x3c
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	v_add_lshl_u32 v0, s11, v102, 2
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_wait_kmcnt 0x0
	s_mul_i32 s1, s11, s34
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	v_add_lshl_u32 v1, s11, v101, 2
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_lshl_u32 v2, s1, v86, 2
	v_add_lshl_u32 v3, s1, v84, 2
	v_add_lshl_u32 v4, s1, v82, 2
	v_add_lshl_u32 v5, s1, v81, 2
	v_add_lshl_u32 v6, s1, v80, 2
	v_add_lshl_u32 v7, s1, v79, 2
	v_add_lshl_u32 v8, s1, v78, 2
	v_add_lshl_u32 v9, s1, v77, 2
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	v_dual_cndmask_b32 v0, 0x80000000, v0 :: v_dual_cndmask_b32 v1, 0x80000000, v1
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_lshl_u32 v10, s1, v76, 2
	v_dual_cndmask_b32 v2, 0x80000000, v2 :: v_dual_cndmask_b32 v3, 0x80000000, v3
	v_add_lshl_u32 v11, s1, v75, 2
	v_add_lshl_u32 v12, s1, v74, 2
	v_dual_cndmask_b32 v4, 0x80000000, v4 :: v_dual_cndmask_b32 v5, 0x80000000, v5
	v_dual_cndmask_b32 v6, 0x80000000, v6 :: v_dual_cndmask_b32 v7, 0x80000000, v7
	v_dual_cndmask_b32 v8, 0x80000000, v8 :: v_dual_cndmask_b32 v9, 0x80000000, v9
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	v_mov_b32_e32 v13, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_clause 0x1
	buffer_load_b32 v91, v0, s[36:39], null offen
	buffer_load_b32 v82, v1, s[36:39], null offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_clause 0x7
	buffer_load_b32 v74, v2, s[28:31], null offen
	buffer_load_b32 v75, v3, s[28:31], null offen
	buffer_load_b32 v76, v4, s[28:31], null offen
	buffer_load_b32 v77, v5, s[28:31], null offen
	buffer_load_b32 v78, v6, s[28:31], null offen
	buffer_load_b32 v79, v7, s[28:31], null offen
	buffer_load_b32 v80, v8, s[28:31], null offen
	buffer_load_b32 v81, v9, s[28:31], null offen
	v_add_lshl_u32 v3, s1, v31, 2
	v_add_lshl_u32 v4, s1, v30, 2
	v_dual_cndmask_b32 v0, 0x80000000, v10 :: v_dual_cndmask_b32 v1, 0x80000000, v11
	v_add_lshl_u32 v5, s1, v29, 2
	v_add_lshl_u32 v6, s1, v28, 2
	v_add_lshl_u32 v7, s1, v27, 2
	v_dual_cndmask_b32 v2, 0x80000000, v12 :: v_dual_cndmask_b32 v3, 0x80000000, v3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_cndmask_b32 v4, 0x80000000, v4 :: v_dual_cndmask_b32 v5, 0x80000000, v5
	v_dual_cndmask_b32 v6, 0x80000000, v6 :: v_dual_cndmask_b32 v7, 0x80000000, v7
	s_clause 0x7
	buffer_load_b32 v83, v0, s[28:31], null offen
	buffer_load_b32 v84, v1, s[28:31], null offen
	buffer_load_b32 v85, v2, s[28:31], null offen
	buffer_load_b32 v86, v3, s[28:31], null offen
	buffer_load_b32 v87, v4, s[28:31], null offen
	buffer_load_b32 v88, v5, s[28:31], null offen
	buffer_load_b32 v89, v6, s[28:31], null offen
	buffer_load_b32 v90, v7, s[28:31], null offen
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_and_b32 s1, vcc_lo, exec_lo
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	v_mov_b32_e32 v12, 0
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v25, 0
	v_dual_mov_b32 v26, 0 :: v_dual_mov_b32 v27, 0
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v29, 0
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v31, 0
	s_cselect_b32 s1, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s1, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v0, 8, v73
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_bfe_i32 s1, s15, 0x10000
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s1, s1, 0x808
	s_wait_alu depctr_sa_sdst(0)
	v_xor3_b32 v1, v0, s1, v72
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v0, v72, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_nc_u32_e32 v6, 0, v1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshl_or_b32 v0, s33, 5, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v2, 0x60, v1, 0
	v_xad_u32 v9, v1, 16, 0
	v_xad_u32 v3, 0x70, v1, 0
	v_xad_u32 v4, v1, 64, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_nc_u32_e32 v7, 0, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v5, 0x50, v1, 0
	v_xad_u32 v8, v1, 32, 0
	ds_load_2addr_stride64_b64 v[92:95], v6 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[96:99], v7 offset1:8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[100:103], v2 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[104:107], v9 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v2, v0, 16, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v1, v1, 48, 0
	ds_load_2addr_stride64_b64 v[108:111], v3 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[112:115], v4 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[116:119], v5 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v3, v0, 32, 0
	ds_load_2addr_stride64_b64 v[120:123], v2 offset1:8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[124:127], v8 offset0:16 offset1:24
	ds_load_2addr_stride64_b64 v[128:131], v1 offset0:16 offset1:24
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v1, v0, 64, 0
	v_xad_u32 v2, v0, 48, 0
	ds_load_2addr_stride64_b64 v[132:135], v3 offset1:8
	ds_load_2addr_stride64_b64 v[136:139], v1 offset1:8
	ds_load_2addr_stride64_b64 v[140:143], v2 offset1:8
	v_xad_u32 v72, 0x70, v0, 0
	v_xad_u32 v73, 0x60, v0, 0
	v_xad_u32 v144, 0x50, v0, 0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0xb
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[92:93], v[96:97], 0
	s_wait_dscnt 0x9
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[106:107], v[96:97], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[92:93], v[98:99], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[106:107], v[98:99], 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[96:99], v144 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[104:105], v[120:121], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[94:95], v[120:121], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[104:105], v[122:123], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[94:95], v[122:123], v[24:31]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[92:95], v73 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[124:125], v[132:133], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[130:131], v[132:133], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[124:125], v[134:135], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[130:131], v[134:135], v[24:31]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_load_2addr_stride64_b64 v[104:107], v72 offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[128:129], v[140:141], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[126:127], v[140:141], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[128:129], v[142:143], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[126:127], v[142:143], v[24:31]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[112:113], v[136:137], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[118:119], v[136:137], v[8:15]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[112:113], v[138:139], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[118:119], v[138:139], v[24:31]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[116:117], v[96:97], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[114:115], v[96:97], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[116:117], v[98:99], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[114:115], v[98:99], v[24:31]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[100:101], v[92:93], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[110:111], v[92:93], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[100:101], v[94:95], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[110:111], v[94:95], v[24:31]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[108:109], v[104:105], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[102:103], v[104:105], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[108:109], v[106:107], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[102:103], v[106:107], v[24:31]
.LBB0_9:
	s_wait_loadcnt 0x11
	v_dual_mul_f32 v0, v91, v0 :: v_dual_mul_f32 v1, v91, v1
	v_dual_mul_f32 v2, v91, v2 :: v_dual_mul_f32 v3, v91, v3
	v_dual_mul_f32 v4, v91, v4 :: v_dual_mul_f32 v5, v91, v5
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0xf
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_3)
	v_fma_f32 v0, v74, v0, v40
	s_wait_loadcnt 0xe
	v_fma_f32 v1, v75, v1, v71
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v6, v91, v6 :: v_dual_mul_f32 v7, v91, v7
	v_dual_mul_f32 v8, v91, v8 :: v_dual_mul_f32 v9, v91, v9
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_dual_cndmask_b32 v0, v40, v0 :: v_dual_cndmask_b32 v1, v71, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v10, v91, v10 :: v_dual_mul_f32 v11, v91, v11
	v_dual_mul_f32 v12, v91, v12 :: v_dual_mul_f32 v13, v91, v13
	v_dual_mul_f32 v14, v91, v14 :: v_dual_mul_f32 v15, v91, v15
	v_dual_mul_f32 v16, v82, v16 :: v_dual_mul_f32 v17, v82, v17
	v_dual_mul_f32 v18, v82, v18 :: v_dual_mul_f32 v19, v82, v19
	v_dual_mul_f32 v20, v82, v20 :: v_dual_mul_f32 v21, v82, v21
	v_dual_mul_f32 v22, v82, v22 :: v_dual_mul_f32 v23, v82, v23
	v_dual_mul_f32 v24, v82, v24 :: v_dual_mul_f32 v25, v82, v25
	v_dual_mul_f32 v26, v82, v26 :: v_dual_mul_f32 v27, v82, v27
	v_dual_mul_f32 v28, v82, v28 :: v_dual_mul_f32 v29, v82, v29
	v_dual_mul_f32 v30, v82, v30 :: v_dual_mul_f32 v31, v82, v31
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0xd
	v_fma_f32 v2, v76, v2, v70
	s_wait_loadcnt 0xc
	v_fma_f32 v3, v77, v3, v69
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_bfe_u32 v40, v0, 16, 1
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0xb
	v_fma_f32 v4, v78, v4, v68
	s_wait_loadcnt 0xa
	v_fma_f32 v5, v79, v5, v67
	s_wait_loadcnt 0x9
	v_fma_f32 v6, v80, v6, v66
	s_wait_loadcnt 0x8
	v_fma_f32 v7, v81, v7, v65
	s_wait_loadcnt 0x7
	v_fma_f32 v8, v83, v8, v64
	s_wait_loadcnt 0x6
	v_fma_f32 v9, v84, v9, v63
	s_wait_loadcnt 0x5
	v_fma_f32 v10, v85, v10, v62
	s_wait_loadcnt 0x4
	v_fma_f32 v11, v86, v11, v61
	s_wait_loadcnt 0x3
	v_fma_f32 v12, v87, v12, v60
	s_wait_loadcnt 0x2
	v_fma_f32 v13, v88, v13, v59
	s_wait_loadcnt 0x1
	v_fma_f32 v14, v89, v14, v58
	s_wait_loadcnt 0x0
	v_fma_f32 v15, v90, v15, v57
	v_fma_f32 v16, v74, v16, v56
	v_fma_f32 v17, v75, v17, v55
	v_fma_f32 v18, v76, v18, v54
	v_fma_f32 v19, v77, v19, v53
	v_fma_f32 v20, v78, v20, v51
	v_fma_f32 v21, v79, v21, v49
	v_fma_f32 v22, v80, v22, v47
	v_fma_f32 v23, v81, v23, v45
	v_fma_f32 v24, v83, v24, v43
	v_fma_f32 v25, v84, v25, v42
	v_fma_f32 v26, v85, v26, v52
	v_fma_f32 v27, v86, v27, v50
	v_fma_f32 v28, v87, v28, v48
	v_fma_f32 v29, v88, v29, v46
	v_fma_f32 v30, v89, v30, v44
	v_fma_f32 v31, v90, v31, v41
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_dual_cndmask_b32 v2, v70, v2 :: v_dual_cndmask_b32 v3, v69, v3
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v40, v0, v40, 0x7fff
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_dual_cndmask_b32 v4, v68, v4 :: v_dual_cndmask_b32 v5, v67, v5
	v_dual_cndmask_b32 v6, v66, v6 :: v_dual_cndmask_b32 v7, v65, v7
	v_dual_cndmask_b32 v8, v64, v8 :: v_dual_cndmask_b32 v9, v63, v9
	v_dual_cndmask_b32 v10, v62, v10 :: v_dual_cndmask_b32 v11, v61, v11
	v_dual_cndmask_b32 v12, v60, v12 :: v_dual_cndmask_b32 v13, v59, v13
	v_dual_cndmask_b32 v14, v58, v14 :: v_dual_cndmask_b32 v15, v57, v15
	v_dual_cndmask_b32 v16, v56, v16 :: v_dual_cndmask_b32 v17, v55, v17
	v_dual_cndmask_b32 v18, v54, v18 :: v_dual_cndmask_b32 v19, v53, v19
	v_dual_cndmask_b32 v20, v51, v20 :: v_dual_cndmask_b32 v21, v49, v21
	v_dual_cndmask_b32 v22, v47, v22 :: v_dual_cndmask_b32 v23, v45, v23
	v_dual_cndmask_b32 v24, v43, v24 :: v_dual_cndmask_b32 v25, v42, v25
	v_dual_cndmask_b32 v26, v52, v26 :: v_dual_cndmask_b32 v27, v50, v27
	v_dual_cndmask_b32 v28, v48, v28 :: v_dual_cndmask_b32 v29, v46, v29
	v_dual_cndmask_b32 v30, v44, v30 :: v_dual_cndmask_b32 v31, v41, v31
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v41, v1, 16, 1
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e32 vcc_lo, s8, v35
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_lshrrev_b32_e32 v35, 16, v40
	v_bfe_u32 v40, v3, 16, 1
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	s_mul_i32 s1, s0, s3
	v_mul_lo_u32 v32, s0, v32
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s1, s1, s14
	v_mul_lo_u32 v36, s0, v36
	s_wait_alu depctr_sa_sdst(0)
	v_or_b32_e32 v38, s1, v38
	v_or_b32_e32 v39, s1, v39
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e64 s0, s8, v34
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v34, v1, v41, 0x7fff
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s1, s9, v37
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v37, v2, 16, 1
	v_cmp_o_f32_e64 s3, v0, v0
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s2, s9, v33
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v33, v3, v40, 0x7fff
	v_lshrrev_b32_e32 v34, 16, v34
	v_cmp_o_f32_e64 s4, v1, v1
	v_add3_u32 v1, v2, v37, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v0.l, 0x7fff, v35.l, s3
	v_cmp_o_f32_e64 s3, v2, v2
	v_lshrrev_b32_e32 v2, 16, v33
	v_bfe_u32 v33, v5, 16, 1
	v_cndmask_b16 v0.h, 0x7fff, v34.l, s4
	v_lshrrev_b32_e32 v1, 16, v1
	v_bfe_u32 v34, v4, 16, 1
	v_cmp_o_f32_e64 s4, v3, v3
	v_add3_u32 v33, v5, v33, 0x7fff
	v_cmp_o_f32_e64 s5, v6, v6
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v1.l, 0x7fff, v1.l, s3
	v_add3_u32 v3, v4, v34, 0x7fff
	v_bfe_u32 v34, v6, 16, 1
	v_cmp_o_f32_e64 s3, v4, v4
	v_lshrrev_b32_e32 v4, 16, v33
	v_bfe_u32 v33, v7, 16, 1
	v_cndmask_b16 v1.h, 0x7fff, v2.l, s4
	v_lshrrev_b32_e32 v2, 16, v3
	v_add3_u32 v3, v6, v34, 0x7fff
	v_cmp_o_f32_e64 s4, v5, v5
	v_bfe_u32 v5, v8, 16, 1
	v_add3_u32 v6, v7, v33, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v2.l, 0x7fff, v2.l, s3
	v_cmp_o_f32_e64 s3, v7, v7
	v_cndmask_b16 v2.h, 0x7fff, v4.l, s4
	v_add3_u32 v4, v8, v5, 0x7fff
	v_lshrrev_b32_e32 v5, 16, v6
	v_bfe_u32 v6, v9, 16, 1
	v_bfe_u32 v7, v10, 16, 1
	v_cmp_o_f32_e64 s4, v8, v8
	v_bfe_u32 v8, v11, 16, 1
	v_lshrrev_b32_e32 v3, 16, v3
	v_add3_u32 v6, v9, v6, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v3.h, 0x7fff, v5.l, s3
	v_add3_u32 v5, v10, v7, 0x7fff
	v_add3_u32 v7, v11, v8, 0x7fff
	v_bfe_u32 v8, v12, 16, 1
	v_cndmask_b16 v3.l, 0x7fff, v3.l, s5
	v_lshrrev_b32_e32 v4, 16, v4
	v_lshrrev_b32_e32 v6, 16, v6
	v_cmp_o_f32_e64 s3, v9, v9
	v_lshrrev_b32_e32 v7, 16, v7
	v_bfe_u32 v9, v13, 16, 1
	v_cmp_o_f32_e64 s5, v11, v11
	v_add3_u32 v8, v12, v8, 0x7fff
	v_lshrrev_b32_e32 v5, 16, v5
	v_cndmask_b16 v4.l, 0x7fff, v4.l, s4
	v_cmp_o_f32_e64 s4, v10, v10
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v4.h, 0x7fff, v6.l, s3
	v_add3_u32 v6, v13, v9, 0x7fff
	v_cndmask_b16 v5.h, 0x7fff, v7.l, s5
	v_lshrrev_b32_e32 v7, 16, v8
	v_cmp_o_f32_e64 s3, v12, v12
	v_bfe_u32 v10, v15, 16, 1
	v_cndmask_b16 v5.l, 0x7fff, v5.l, s4
	v_bfe_u32 v8, v14, 16, 1
	v_lshrrev_b32_e32 v9, 16, v6
	v_cmp_o_f32_e64 s4, v13, v13
	v_bfe_u32 v11, v16, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v6.l, 0x7fff, v7.l, s3
	v_add3_u32 v7, v15, v10, 0x7fff
	v_add3_u32 v8, v14, v8, 0x7fff
	v_cndmask_b16 v6.h, 0x7fff, v9.l, s4
	v_add3_u32 v9, v16, v11, 0x7fff
	v_cmp_o_f32_e64 s3, v14, v14
	v_lshrrev_b32_e32 v10, 16, v7
	v_bfe_u32 v7, v17, 16, 1
	v_lshrrev_b32_e32 v8, 16, v8
	v_cmp_o_f32_e64 s4, v15, v15
	v_lshrrev_b32_e32 v9, 16, v9
	v_bfe_u32 v11, v18, 16, 1
	v_cmp_o_f32_e64 s5, v16, v16
	v_add3_u32 v12, v17, v7, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v7.l, 0x7fff, v8.l, s3
	v_cndmask_b16 v7.h, 0x7fff, v10.l, s4
	v_add3_u32 v10, v18, v11, 0x7fff
	v_cndmask_b16 v8.l, 0x7fff, v9.l, s5
	v_lshrrev_b32_e32 v9, 16, v12
	v_bfe_u32 v11, v19, 16, 1
	v_bfe_u32 v12, v20, 16, 1
	v_cmp_o_f32_e64 s3, v17, v17
	v_lshrrev_b32_e32 v10, 16, v10
	v_cmp_o_f32_e64 s4, v18, v18
	v_add3_u32 v11, v19, v11, 0x7fff
	v_bfe_u32 v13, v21, 16, 1
	v_add3_u32 v12, v20, v12, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v8.h, 0x7fff, v9.l, s3
	v_cndmask_b16 v9.l, 0x7fff, v10.l, s4
	v_lshrrev_b32_e32 v10, 16, v11
	v_add3_u32 v11, v21, v13, 0x7fff
	v_cmp_o_f32_e64 s3, v19, v19
	v_lshrrev_b32_e32 v12, 16, v12
	v_bfe_u32 v13, v22, 16, 1
	v_cmp_o_f32_e64 s4, v20, v20
	v_bfe_u32 v14, v23, 16, 1
	v_lshrrev_b32_e32 v11, 16, v11
	v_cmp_o_f32_e64 s5, v21, v21
	v_add3_u32 v13, v22, v13, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v9.h, 0x7fff, v10.l, s3
	v_cndmask_b16 v10.l, 0x7fff, v12.l, s4
	v_add3_u32 v12, v23, v14, 0x7fff
	v_cndmask_b16 v10.h, 0x7fff, v11.l, s5
	v_lshrrev_b32_e32 v11, 16, v13
	v_bfe_u32 v13, v24, 16, 1
	v_cmp_o_f32_e64 s4, v23, v23
	v_lshrrev_b32_e32 v12, 16, v12
	v_bfe_u32 v14, v25, 16, 1
	v_bfe_u32 v15, v26, 16, 1
	v_cmp_o_f32_e64 s3, v22, v22
	v_add3_u32 v13, v24, v13, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v11.h, 0x7fff, v12.l, s4
	v_add3_u32 v12, v25, v14, 0x7fff
	v_add3_u32 v14, v26, v15, 0x7fff
	v_bfe_u32 v15, v27, 16, 1
	v_cndmask_b16 v11.l, 0x7fff, v11.l, s3
	v_lshrrev_b32_e32 v13, 16, v13
	v_cmp_o_f32_e64 s3, v24, v24
	v_lshrrev_b32_e32 v16, 16, v12
	v_cmp_o_f32_e64 s4, v25, v25
	v_lshrrev_b32_e32 v14, 16, v14
	v_cmp_o_f32_e64 s5, v26, v26
	v_add3_u32 v15, v27, v15, 0x7fff
	v_bfe_u32 v17, v28, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v12.l, 0x7fff, v13.l, s3
	v_cndmask_b16 v12.h, 0x7fff, v16.l, s4
	v_cndmask_b16 v13.l, 0x7fff, v14.l, s5
	v_lshrrev_b32_e32 v14, 16, v15
	v_bfe_u32 v15, v29, 16, 1
	v_add3_u32 v16, v28, v17, 0x7fff
	v_bfe_u32 v17, v30, 16, 1
	v_bfe_u32 v18, v31, 16, 1
	v_cmp_o_f32_e64 s3, v27, v27
	v_add3_u32 v15, v29, v15, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v16
	v_add3_u32 v17, v30, v17, 0x7fff
	v_add3_u32 v18, v31, v18, 0x7fff
	v_cmp_o_f32_e64 s4, v28, v28
	v_lshrrev_b32_e32 v15, 16, v15
	v_cmp_o_f32_e64 s5, v29, v29
	v_lshrrev_b32_e32 v17, 16, v17
	v_cmp_o_f32_e64 s6, v30, v30
	v_lshrrev_b32_e32 v18, 16, v18
	v_cmp_o_f32_e64 s7, v31, v31
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v13.h, 0x7fff, v14.l, s3
	v_cndmask_b16 v14.l, 0x7fff, v16.l, s4
	v_cndmask_b16 v14.h, 0x7fff, v15.l, s5
	v_cndmask_b16 v15.l, 0x7fff, v17.l, s6
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	v_add_lshl_u32 v16, v38, v32, 1
	v_add_lshl_u32 v17, v39, v32, 1
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_cndmask_b16 v15.h, 0x7fff, v18.l, s7
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_add_lshl_u32 v18, v38, v36, 1
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s3, s0, s1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_add_lshl_u32 v19, v39, v36, 1
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b32 s0, s0, s2
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v16, 0x80000000, v16, s3
	v_cndmask_b32_e64 v17, 0x80000000, v17, s0
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b32 s0, vcc_lo, s1
	s_and_b32 vcc_lo, vcc_lo, s2
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v18, 0x80000000, v18, s0
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x31027000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e32 v19, 0x80000000, v19, vcc_lo
	s_clause 0x3
	buffer_store_b128 v[0:3], v16, s[12:15], null offen
	buffer_store_b128 v[4:7], v17, s[12:15], null offen
	buffer_store_b128 v[8:11], v18, s[12:15], null offen
	buffer_store_b128 v[12:15], v19, s[12:15], null offen
	.loc	1 20 1                          ; w8a8_gemm.py:20:1
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp5:
.Lfunc_end0:
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel w8a8_block_fp8_matmul
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 88
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
		.amdhsa_next_free_vgpr 204
		.amdhsa_next_free_sgpr 41
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-w8a8_block_fp8_matmul)<<4)&4080)>>4
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
	.set .Lw8a8_block_fp8_matmul.num_vgpr, 204
	.set .Lw8a8_block_fp8_matmul.num_agpr, 0
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 41
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 0
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 9908
; TotalNumSgprs: 43
; NumVgprs: 204
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 25
; NumSGPRsForWavesPerEU: 43
; NumVGPRsForWavesPerEU: 204
; Occupancy: 7
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
	.byte	1                               ; DW_CHILDREN_yes
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
	.byte	2                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	32                              ; DW_AT_inline
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	3                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	4                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	11                              ; DW_FORM_data1
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
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
	.byte	1                               ; Abbrev [1] 0xb:0x40 DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x26:0x6 DW_TAG_subprogram
	.long	.Linfo_string2                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x2c:0x1e DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	38                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x3d:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	42                              ; DW_AT_call_line
	.byte	23                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"w8a8_gemm.py"                  ; string offset=7 ; w8a8_gemm.py
.Linfo_string2:
	.asciz	"w8a8_block_fp8_matmul"         ; string offset=20 ; w8a8_block_fp8_matmul
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
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .offset:         44
        .size:           4
        .value_kind:     by_value
      - .offset:         48
        .size:           4
        .value_kind:     by_value
      - .offset:         52
        .size:           4
        .value_kind:     by_value
      - .offset:         56
        .size:           4
        .value_kind:     by_value
      - .offset:         60
        .size:           4
        .value_kind:     by_value
      - .offset:         64
        .size:           4
        .value_kind:     by_value
      - .offset:         68
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 88
    .max_flat_workgroup_size: 128
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     43
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     204
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

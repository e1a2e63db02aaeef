	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
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
	s_clause 0x1
	s_load_b256 s[8:15], s[0:1], 0x18
	s_load_b128 s[20:23], s[0:1], 0x0
.Ltmp0:
	.loc	1 33 23 prologue_end            ; w8a8_gemm.py:33:23
	s_lshl_b32 s2, ttmp7, 6
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshlrev_b32_e32 v1, 4, v0
	.loc	1 33 23                         ; w8a8_gemm.py:33:23
	s_and_b32 s18, s2, 0x3fffc0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_bfe_u32 s19, ttmp8, 0x50019
	.loc	1 32 23                         ; w8a8_gemm.py:32:23
	s_lshl_b32 s7, ttmp9, 6
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_bfe_i32 s16, ttmp9, 0x10019
	.loc	1 35 59 is_stmt 1               ; w8a8_gemm.py:35:59
	v_and_b32_e32 v64, 0x70, v1
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	s_lshl_b32 s6, s19, 5
	s_and_b32 s33, s19, 2
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_and_or_b32 v4, v1, 48, s18
	s_load_b32 s5, s[0:1], 0x38
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v109, 15, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_or_b32 v72, s33, 3, v109
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_wait_kmcnt 0x0
	s_abs_i32 s28, s12
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s17, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_cvt_f32_u32 s2, s28
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_cvt_f32_u32 s3, s17
	s_mov_b64 s[24:25], s[22:23]
	s_sub_co_i32 s4, 0, s17
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_rcp_iflag_f32_e32 v3, s2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_rcp_iflag_f32_e32 v5, s3
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_sub_co_i32 s3, 0, s28
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17                         ; standard.py:43:17 @[ w8a8_gemm.py:42:33 ]
	s_add_co_i32 s34, s14, 0x7f
.Ltmp2:
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v64
	s_mov_b32 s23, 0x31027000
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v71, 32, v72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_mov_b32 s27, s23
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v70, s7, v72
	s_delay_alu instid0(TRANS32_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_readfirstlane_b32 s2, v3
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_readfirstlane_b32 s22, v5
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v73, s7, v71
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_cvt_u32_f32 s30, s2
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_mul_f32 s2, s22, 0x4f7ffffe
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_mov_b32 s26, s22
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s29, s2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_mul_i32 s3, s3, s30
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s2, s30, s3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_mul_i32 s4, s4, s29
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s30, s30, s2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_mul_hi_u32 s2, s29, s4
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s29, s29, s2
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_gt_i32 s34, 0x7f
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_hi_u32 v11, v4, s29
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cselect_b32 s2, -1, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_b32 s21, s21, 0xffff
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, vcc_lo, s2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v6, 31, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_b32 s25, s25, 0xffff
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v12, s6, v6
	v_lshrrev_b32_e32 v2, 3, v12
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_bfe_u32 v110, v12, 2, 5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_and_or_b32 v2, v2, 15, s7
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_or_b32_e32 v111, 32, v110
	v_or_b32_e32 v112, 64, v110
	v_or_b32_e32 v113, 0x60, v110
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_nc_u32_e32 v1, s16, v2
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s4, s14, v112
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v2, s16, v1
	v_add_nc_u32_e32 v3, 16, v1
	v_add_nc_u32_e32 v5, 32, v1
	v_add_nc_u32_e32 v1, 48, v1
	v_mul_hi_u32 v7, v2, s30
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v3, s16, v3
	v_xor_b32_e32 v5, s16, v5
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v1, s16, v1
	v_mul_hi_u32 v8, v3, s30
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_mul_hi_u32 v9, v5, s30
	v_mul_lo_u32 v7, v7, s28
	v_mul_hi_u32 v10, v1, s30
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_mul_lo_u32 v8, v8, s28
	v_mul_lo_u32 v9, v9, s28
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_sub_nc_u32_e32 v2, v2, v7
	v_mul_lo_u32 v10, v10, s28
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v7, v11, s17
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cmp_le_u32_e64 s3, s28, v2
	v_sub_nc_u32_e32 v3, v3, v8
	v_subrev_nc_u32_e32 v8, s28, v2
	v_sub_nc_u32_e32 v5, v5, v9
	v_sub_nc_u32_e32 v1, v1, v10
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_nc_u32_e32 v4, v4, v7
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v9, s28, v3
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v2, v2, v8, s3
	v_cmp_le_u32_e64 s3, s28, v3
	v_subrev_nc_u32_e32 v10, s28, v5
	v_subrev_nc_u32_e32 v11, s28, v1
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v7, s28, v2
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v3, v3, v9, s3
	v_cmp_le_u32_e64 s3, s28, v5
	v_subrev_nc_u32_e32 v8, s28, v3
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v5, v5, v10, s3
	v_cmp_le_u32_e64 s3, s28, v1
	v_subrev_nc_u32_e32 v9, s28, v5
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v1, v1, v11, s3
	v_cmp_le_u32_e64 s3, s28, v2
	v_subrev_nc_u32_e32 v10, s28, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v2, v2, v7, s3
	v_cmp_le_u32_e64 s3, s28, v3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v7, s17, v4
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v2, s16, v2
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v3, v3, v8, s3
	v_cmp_le_u32_e64 s3, s28, v5
	v_subrev_nc_u32_e32 v2, s16, v2
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v3, s16, v3
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v5, v5, v9, s3
	v_cmp_le_u32_e64 s3, s28, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v3, s16, v3
	v_xor_b32_e32 v5, s16, v5
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v1, v1, v10, s3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cmp_le_u32_e64 s3, s17, v4
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v1, s16, v1
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v7, v4, v7, s3
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v4, s16, v5
	v_subrev_nc_u32_e32 v5, s16, v1
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	v_mad_co_u64_u32 v[1:2], null, v2, s15, v[64:65]
	v_mad_co_u64_u32 v[2:3], null, v3, s15, v[64:65]
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v8, s17, v7
	v_cmp_le_u32_e64 s3, s17, v7
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	v_mad_co_u64_u32 v[3:4], null, v4, s15, v[64:65]
	v_mad_co_u64_u32 v[4:5], null, v5, s15, v[64:65]
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v5, v7, v8, s3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v9, 0x80000000, v1, vcc_lo
	v_cndmask_b32_e32 v10, 0x80000000, v2, vcc_lo
	s_load_b32 s15, s[0:1], 0x40
	v_cndmask_b32_e32 v13, 0x80000000, v3, vcc_lo
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_mad_co_u64_u32 v[7:8], null, s5, v110, v[5:6]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v14, 0x80000000, v4, vcc_lo
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v110
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_clause 0x1
	buffer_load_b128 v[26:29], v9, s[20:23], null offen
	buffer_load_b128 v[30:33], v10, s[20:23], null offen
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_mad_co_u64_u32 v[8:9], null, s5, v111, v[5:6]
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s3, s14, v111
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 vcc_lo, vcc_lo, s2
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_mad_co_u64_u32 v[9:10], null, s5, v112, v[5:6]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v7, 0x80000000, v7, vcc_lo
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 vcc_lo, s3, s2
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_mad_co_u64_u32 v[10:11], null, s5, v113, v[5:6]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v8, 0x80000000, v8, vcc_lo
	.loc	1 45 51 is_stmt 0               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v113
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b32 s3, s4, s2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_clause 0x1
	buffer_load_b128 v[34:37], v7, s[24:27], null offen
	buffer_load_b128 v[38:41], v8, s[24:27], null offen
	v_cndmask_b32_e64 v7, 0x80000000, v9, s3
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 vcc_lo, vcc_lo, s2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v9, 0x78, v12
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e32 v8, 0x80000000, v10, vcc_lo
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_clause 0x1
	buffer_load_b128 v[42:45], v13, s[20:23], null offen
	buffer_load_b128 v[46:49], v14, s[20:23], null offen
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_clause 0x1
	buffer_load_b128 v[50:53], v7, s[24:27], null offen
	buffer_load_b128 v[54:57], v8, s[24:27], null offen
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v7, 1, v12
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v8, 4, v12
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_nc_u32_e32 v10, s16, v73
	s_mov_b32 s3, 0
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_gt_i32 s34, 0xff
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v76, 24, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v74, s18, v76
	.loc	1 33 58 is_stmt 0               ; w8a8_gemm.py:33:58
	v_or_b32_e32 v13, 4, v74
	v_or_b32_e32 v14, 5, v74
	v_or_b32_e32 v15, 6, v74
	v_or_b32_e32 v16, 7, v74
	v_or_b32_e32 v17, 33, v74
	v_mul_hi_u32 v61, v13, s29
	v_mul_hi_u32 v62, v14, s29
	v_mul_hi_u32 v63, v15, s29
	v_mul_hi_u32 v65, v16, s29
	v_mul_hi_u32 v67, v17, s29
	v_or_b32_e32 v11, 2, v74
	v_mul_hi_u32 v25, v74, s29
	v_or_b32_e32 v12, 3, v74
	v_mul_lo_u32 v61, v61, s17
	v_mul_lo_u32 v62, v62, s17
	v_mul_lo_u32 v63, v63, s17
	v_mul_lo_u32 v65, v65, s17
	v_mul_lo_u32 v67, v67, s17
	v_mul_hi_u32 v59, v11, s29
	v_mul_lo_u32 v25, v25, s17
	v_mul_hi_u32 v60, v12, s29
	v_sub_nc_u32_e32 v13, v13, v61
	v_sub_nc_u32_e32 v14, v14, v62
	v_sub_nc_u32_e32 v15, v15, v63
	v_sub_nc_u32_e32 v16, v16, v65
	v_sub_nc_u32_e32 v17, v17, v67
	v_subrev_nc_u32_e32 v63, s17, v13
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	v_and_b32_e32 v8, 0x7f0, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v65, s17, v14
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_nc_u32_e32 v7, s16, v70
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v67, s17, v16
	v_mul_lo_u32 v59, v59, s17
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v9, v8, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_nc_u32_e32 v114, 0, v8
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v7, s16, v7
	v_xor_b32_e32 v8, s16, v10
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_or_b32_e32 v10, 1, v74
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v21, 8, v9
	v_add_nc_u32_e32 v115, 0, v9
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_hi_u32 v9, v7, s30
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v60, v60, s17
	v_mul_hi_u32 v58, v10, s29
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_nc_u32_e32 v116, 0, v21
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_hi_u32 v21, v8, s30
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_or_b32_e32 v18, 34, v74
	v_or_b32_e32 v19, 35, v74
	v_or_b32_e32 v20, 36, v74
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v9, v9, s28
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_nc_u32_e32 v12, v12, v60
	v_mul_lo_u32 v58, v58, s17
	v_mul_hi_u32 v68, v18, s29
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v21, v21, s28
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_or_b32_e32 v23, 38, v74
	v_subrev_nc_u32_e32 v62, s17, v12
	v_mul_hi_u32 v69, v19, s29
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_sub_nc_u32_e32 v7, v7, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_hi_u32 v78, v20, s29
	v_sub_nc_u32_e32 v9, v10, v58
	v_sub_nc_u32_e32 v10, v11, v59
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_sub_nc_u32_e32 v8, v8, v21
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_nc_u32_e32 v11, v74, v25
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v25, s28, v7
	v_cmp_le_u32_e32 vcc_lo, s28, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v60, s17, v9
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v58, s28, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v59, s17, v11
	v_subrev_nc_u32_e32 v61, s17, v10
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v7, v7, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s28, v8
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_or_b32_e32 v75, 32, v76
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v68, v68, s17
	v_or_b32_e32 v22, 37, v74
	v_mul_hi_u32 v80, v23, s29
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v8, v8, v58, vcc_lo
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cmp_le_u32_e32 vcc_lo, s17, v11
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v77, s18, v75
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v69, v69, s17
	v_mul_lo_u32 v78, v78, s17
	v_or_b32_e32 v24, 39, v74
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v11, v11, v59, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v9
	v_mul_hi_u32 v66, v77, s29
	v_mul_hi_u32 v79, v22, s29
	v_sub_nc_u32_e32 v18, v18, v68
	v_mul_lo_u32 v80, v80, s17
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v9, v9, v60, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v10
	v_mul_hi_u32 v81, v24, s29
	v_sub_nc_u32_e32 v19, v19, v69
	v_mul_lo_u32 v66, v66, s17
	v_sub_nc_u32_e32 v20, v20, v78
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v10, v10, v61, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v12
	v_subrev_nc_u32_e32 v69, s17, v17
	v_subrev_nc_u32_e32 v78, s17, v18
	v_mul_lo_u32 v79, v79, s17
	v_sub_nc_u32_e32 v23, v23, v80
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v12, v12, v62, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v13
	v_sub_nc_u32_e32 v21, v77, v66
	v_subrev_nc_u32_e32 v66, s17, v15
	v_subrev_nc_u32_e32 v80, s17, v20
	v_mul_lo_u32 v81, v81, s17
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v13, v13, v63, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v14
	v_subrev_nc_u32_e32 v68, s17, v21
	v_sub_nc_u32_e32 v22, v22, v79
	v_subrev_nc_u32_e32 v79, s17, v19
	v_subrev_nc_u32_e32 v82, s17, v23
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v14, v14, v65, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v15
	v_sub_nc_u32_e32 v24, v24, v81
	v_subrev_nc_u32_e32 v81, s17, v22
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v25, s28, v7
	v_subrev_nc_u32_e32 v58, s28, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v15, v15, v66, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v16
	v_subrev_nc_u32_e32 v83, s17, v24
	v_subrev_nc_u32_e32 v59, s17, v11
	v_subrev_nc_u32_e32 v60, s17, v9
	v_subrev_nc_u32_e32 v61, s17, v10
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v16, v16, v67, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v21
	v_subrev_nc_u32_e32 v62, s17, v12
	v_subrev_nc_u32_e32 v63, s17, v13
	v_subrev_nc_u32_e32 v65, s17, v14
	v_subrev_nc_u32_e32 v66, s17, v15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v21, v21, v68, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v17
	v_subrev_nc_u32_e32 v67, s17, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_loadcnt 0x5
	ds_store_b128 v114, v[34:37] offset:8192
	s_wait_loadcnt 0x4
	ds_store_b128 v114, v[38:41] offset:10240
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_store_2addr_stride64_b64 v115, v[26:27], v[30:31] offset1:4
	s_wait_loadcnt 0x2
	ds_store_2addr_stride64_b64 v115, v[42:43], v[46:47] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v116, v[28:29], v[32:33] offset1:4
	ds_store_2addr_stride64_b64 v116, v[44:45], v[48:49] offset0:8 offset1:12
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_loadcnt 0x1
	ds_store_b128 v114, v[50:53] offset:12288
	s_wait_loadcnt 0x0
	ds_store_b128 v114, v[54:57] offset:14336
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v17, v17, v69, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v18
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v18, v18, v78, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v19
	v_subrev_nc_u32_e32 v68, s17, v21
	s_delay_alu instid0(VALU_DEP_3)
	v_subrev_nc_u32_e32 v78, s17, v18
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v19, v19, v79, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v20
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v20, v20, v80, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v22
	v_subrev_nc_u32_e32 v69, s17, v17
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v80, s17, v20
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v22, v22, v81, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v23
	v_subrev_nc_u32_e32 v79, s17, v19
	v_subrev_nc_u32_e32 v81, s17, v22
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v23, v23, v82, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v24
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v24, v24, v83, vcc_lo
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cmp_le_u32_e32 vcc_lo, s28, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v82, s17, v23
	s_delay_alu instid0(VALU_DEP_3)
	v_subrev_nc_u32_e32 v83, s17, v24
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v7, v7, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s28, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v8, v8, v58, vcc_lo
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cmp_le_u32_e32 vcc_lo, s17, v11
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v7, s16, v7
	s_delay_alu instid0(VALU_DEP_3)
	v_xor_b32_e32 v8, s16, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v11, v11, v59, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v9
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v7, s16, v7
	v_subrev_nc_u32_e32 v25, s16, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v9, v9, v60, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v10
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v135, v7, s15
	v_mul_lo_u32 v136, v25, s15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v10, v10, v61, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v12
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v58, v12, v62, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v13
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v12, 31, v11
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v59, v13, v63, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v14
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v12, 25, v12
	v_ashrrev_i32_e32 v13, 31, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v60, v14, v65, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v15
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v14, 31, v10
	v_add_nc_u32_e32 v12, v11, v12
	v_lshrrev_b32_e32 v13, 25, v13
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v61, v15, v66, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v16
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v15, 31, v58
	v_lshrrev_b32_e32 v14, 25, v14
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v62, v16, v67 :: v_dual_add_nc_u32 v13, v9, v13
	v_cmp_le_u32_e32 vcc_lo, s17, v21
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v16, 31, v59
	v_lshrrev_b32_e32 v15, 25, v15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v21, v21, v68 :: v_dual_add_nc_u32 v14, v10, v14
	v_cmp_le_u32_e32 vcc_lo, s17, v17
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v8, 25, v16
	v_add_nc_u32_e32 v15, v58, v15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v63, v17, v69, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v18
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v17, 31, v60
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v65, v18, v78 :: v_dual_add_nc_u32 v16, v59, v8
	v_cmp_le_u32_e32 vcc_lo, s17, v19
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v18, 31, v61
	v_lshrrev_b32_e32 v17, 25, v17
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v66, v19, v79, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v20
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v19, 31, v62
	v_lshrrev_b32_e32 v18, 25, v18
	v_add_nc_u32_e32 v17, v60, v17
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v67, v20, v80, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v22
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v20, 31, v21
	v_lshrrev_b32_e32 v19, 25, v19
	v_add_nc_u32_e32 v18, v61, v18
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v68, v22, v81, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s17, v23
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v20, 25, v20
	v_ashrrev_i32_e32 v79, 31, v67
	v_add_nc_u32_e32 v19, v62, v19
	v_ashrrev_i32_e32 v80, 31, v68
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v69, v23, v82 :: v_dual_add_nc_u32 v20, v21, v20
	v_cmp_le_u32_e32 vcc_lo, s17, v24
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v23, 31, v65
	v_lshrrev_b32_e32 v79, 25, v79
	s_delay_alu instid0(VALU_DEP_4)
	v_ashrrev_i32_e32 v81, 31, v69
	v_lshrrev_b32_e32 v80, 25, v80
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v78, v24, v83, vcc_lo
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v22, 31, v63
	v_ashrrev_i32_e32 v24, 31, v66
	v_lshrrev_b32_e32 v23, 25, v23
	v_lshrrev_b32_e32 v81, 25, v81
	v_ashrrev_i32_e32 v82, 31, v78
	v_lshrrev_b32_e32 v22, 25, v22
	v_lshrrev_b32_e32 v24, 25, v24
	v_add_nc_u32_e32 v9, v68, v80
	v_add_nc_u32_e32 v10, v69, v81
	v_lshrrev_b32_e32 v82, 25, v82
	v_add_nc_u32_e32 v21, v63, v22
	v_add_nc_u32_e32 v22, v65, v23
	v_add_nc_u32_e32 v23, v66, v24
	v_add_nc_u32_e32 v24, v67, v79
	v_add_nc_u32_e32 v11, v78, v82
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_mul_lo_u32 v8, v7, s15
	v_mul_lo_u32 v7, v25, s15
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	s_and_b32 s37, s9, 0xffff
	s_mov_b32 s36, s8
	.loc	1 48 22 is_stmt 1               ; w8a8_gemm.py:48:22
	s_and_b32 s29, s11, 0xffff
	s_mov_b32 s28, s10
	s_mov_b32 s4, 0
	s_mov_b64 s[38:39], s[22:23]
	s_mov_b64 s[30:31], s[22:23]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_mov_b32 s4, -1
                                        ; implicit-def: $vgpr8
                                        ; implicit-def: $vgpr7
                                        ; implicit-def: $sgpr36_sgpr37
                                        ; implicit-def: $sgpr28_sgpr29
.LBB0_3:                                ; %Flow
	s_clause 0x1
	s_load_b64 s[16:17], s[0:1], 0x10
	s_load_b32 s15, s[0:1], 0x44
	v_ashrrev_i32_e32 v134, 7, v12
	v_ashrrev_i32_e32 v133, 7, v13
	v_ashrrev_i32_e32 v132, 7, v14
	v_ashrrev_i32_e32 v131, 7, v15
	v_ashrrev_i32_e32 v130, 7, v16
	v_ashrrev_i32_e32 v129, 7, v17
	v_ashrrev_i32_e32 v128, 7, v18
	v_ashrrev_i32_e32 v127, 7, v19
	v_ashrrev_i32_e32 v126, 7, v20
	v_ashrrev_i32_e32 v125, 7, v21
	v_ashrrev_i32_e32 v124, 7, v22
	v_ashrrev_i32_e32 v121, 7, v23
	v_ashrrev_i32_e32 v119, 7, v24
	v_ashrrev_i32_e32 v123, 7, v9
	v_ashrrev_i32_e32 v122, 7, v10
	v_ashrrev_i32_e32 v120, 7, v11
	v_dual_mov_b32 v69, 0 :: v_dual_and_b32 v118, 16, v0
	v_mul_u32_u24_e32 v117, 0x88, v109
	v_dual_mov_b32 v78, 0 :: v_dual_mov_b32 v79, 0
	v_dual_mov_b32 v81, 0 :: v_dual_mov_b32 v82, 0
	v_dual_mov_b32 v83, 0 :: v_dual_mov_b32 v84, 0
	v_dual_mov_b32 v85, 0 :: v_dual_mov_b32 v86, 0
	v_dual_mov_b32 v87, 0 :: v_dual_mov_b32 v88, 0
	v_dual_mov_b32 v89, 0 :: v_dual_mov_b32 v90, 0
	v_dual_mov_b32 v91, 0 :: v_dual_mov_b32 v92, 0
	v_dual_mov_b32 v93, 0 :: v_dual_mov_b32 v94, 0
	v_dual_mov_b32 v95, 0 :: v_dual_mov_b32 v96, 0
	v_dual_mov_b32 v97, 0 :: v_dual_mov_b32 v98, 0
	v_dual_mov_b32 v99, 0 :: v_dual_mov_b32 v100, 0
	v_dual_mov_b32 v101, 0 :: v_dual_mov_b32 v102, 0
	v_dual_mov_b32 v103, 0 :: v_dual_mov_b32 v104, 0
	v_dual_mov_b32 v105, 0 :: v_dual_mov_b32 v106, 0
	v_dual_mov_b32 v107, 0 :: v_dual_mov_b32 v108, 0
	v_mov_b32_e32 v80, 0
	s_and_not1_b32 vcc_lo, exec_lo, s4
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	v_dual_mov_b32 v107, 0 :: v_dual_add_nc_u32 v6, s6, v6
	v_lshrrev_b32_e32 v0, 1, v118
	s_lshl_b32 s4, s19, 4
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_dual_mov_b32 v138, 0 :: v_dual_lshlrev_b32 v7, 5, v118
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_bfe_u32 v6, v6, 2, 5
	v_xor_b32_e32 v0, v117, v0
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s4, s4, 16
	v_dual_mov_b32 v80, 0 :: v_dual_add_nc_u32 v139, 0x80, v4
	v_or_b32_e32 v15, 0xe0, v6
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s4, 0
	v_lshl_or_b32 v0, s33, 10, v0
	s_wait_alu depctr_sa_sdst(0)
	v_add3_u32 v137, s4, v7, v109
	v_or_b32_e32 v7, 0xc0, v6
	v_mad_co_u64_u32 v[65:66], null, s5, v15, v[5:6]
	v_or_b32_e32 v15, 0xa0, v6
	v_or_b32_e32 v6, 0x80, v6
	v_xor_b32_e32 v8, 16, v0
	v_xor_b32_e32 v9, 32, v0
	v_xor_b32_e32 v10, 48, v0
	v_xor_b32_e32 v11, 64, v0
	v_xor_b32_e32 v12, 0x50, v0
	v_xor_b32_e32 v13, 0x60, v0
	v_xor_b32_e32 v14, 0x70, v0
	v_mad_co_u64_u32 v[66:67], null, s5, v7, v[5:6]
	v_mad_co_u64_u32 v[67:68], null, s5, v15, v[5:6]
	v_mad_co_u64_u32 v[68:69], null, s5, v6, v[5:6]
	v_dual_mov_b32 v105, 0 :: v_dual_add_nc_u32 v140, 0x80, v3
	v_dual_mov_b32 v108, 0 :: v_dual_add_nc_u32 v141, 0x80, v2
	v_dual_mov_b32 v103, 0 :: v_dual_add_nc_u32 v142, 0x80, v1
	v_dual_mov_b32 v106, 0 :: v_dual_add_nc_u32 v143, 0, v0
	v_dual_mov_b32 v101, 0 :: v_dual_add_nc_u32 v144, 0, v8
	v_dual_mov_b32 v104, 0 :: v_dual_add_nc_u32 v145, 0, v9
	v_dual_mov_b32 v99, 0 :: v_dual_add_nc_u32 v146, 0, v10
	v_dual_mov_b32 v102, 0 :: v_dual_add_nc_u32 v147, 0, v11
	v_dual_mov_b32 v97, 0 :: v_dual_add_nc_u32 v148, 0, v12
	v_dual_mov_b32 v100, 0 :: v_dual_add_nc_u32 v149, 0, v13
	v_dual_mov_b32 v95, 0 :: v_dual_add_nc_u32 v150, 0, v14
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v93, 0
	v_dual_mov_b32 v96, 0 :: v_dual_mov_b32 v91, 0
	v_dual_mov_b32 v94, 0 :: v_dual_mov_b32 v89, 0
	v_dual_mov_b32 v92, 0 :: v_dual_mov_b32 v87, 0
	v_dual_mov_b32 v90, 0 :: v_dual_mov_b32 v85, 0
	v_dual_mov_b32 v88, 0 :: v_dual_mov_b32 v83, 0
	v_dual_mov_b32 v86, 0 :: v_dual_mov_b32 v81, 0
	v_dual_mov_b32 v84, 0 :: v_dual_mov_b32 v79, 0
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v69, 0
	v_mov_b32_e32 v78, 0
.Ltmp3:
	.loc	2 43 30                         ; standard.py:43:30 @[ w8a8_gemm.py:42:33 ]
	s_lshr_b32 s3, s34, 7
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s39, 0x31027000
	s_mov_b32 s38, 0x7ffffffe
	s_and_b32 s11, s11, 0xffff
.Ltmp4:
	.loc	1 52 28                         ; w8a8_gemm.py:52:28
	s_lshl_b32 s30, s5, 7
	s_mov_b64 s[36:37], s[8:9]
	s_mov_b64 s[28:29], s[10:11]
	s_mov_b32 s31, 0
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s34, s3, -1
	s_addk_co_i32 s14, 0xff80
	s_mov_b32 s26, s22
	s_mov_b32 s27, s23
	s_mov_b32 s40, s8
	s_mov_b32 s41, s9
	s_mov_b32 s42, s38
	s_mov_b32 s43, s39
	s_mov_b32 s8, s10
	s_mov_b32 s9, s11
	s_mov_b32 s10, s38
	s_mov_b32 s11, s39
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 51 18                         ; w8a8_gemm.py:51:18
	v_add_nc_u32_e32 v18, s31, v142
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	s_wait_alu depctr_sa_sdst(0)
	v_cmp_gt_i32_e32 vcc_lo, s14, v64
	.loc	1 51 18                         ; w8a8_gemm.py:51:18
	v_add_nc_u32_e32 v19, s31, v141
	v_add_nc_u32_e32 v20, s31, v140
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_nc_u32_e32 v21, s31, v139
	v_add_nc_u32_e32 v22, v68, v138
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v18, 0x80000000, v18, vcc_lo
	v_cndmask_b32_e32 v19, 0x80000000, v19, vcc_lo
	v_dual_cndmask_b32 v20, 0x80000000, v20 :: v_dual_add_nc_u32 v23, v67, v138
	v_dual_cndmask_b32 v21, 0x80000000, v21 :: v_dual_add_nc_u32 v24, v66, v138
	s_clause 0x3
	buffer_load_b128 v[48:51], v18, s[20:23], null offen
	buffer_load_b128 v[52:55], v19, s[20:23], null offen
	buffer_load_b128 v[56:59], v20, s[20:23], null offen
	buffer_load_b128 v[60:63], v21, s[20:23], null offen
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s3, s14, v110
	v_cmp_gt_i32_e64 s4, s14, v111
	v_cmp_gt_i32_e64 s5, s14, v112
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_nc_u32_e32 v25, v65, v138
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s6, s14, v113
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s35, s31, 7
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v22, 0x80000000, v22, s3
	v_cndmask_b32_e64 v23, 0x80000000, v23, s4
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_wait_alu depctr_sa_sdst(0)
	v_add_lshl_u32 v0, s35, v135, 2
	v_add_lshl_u32 v1, s35, v136, 2
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_wait_kmcnt 0x0
	s_mul_i32 s35, s35, s15
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v24, 0x80000000, v24, s5
	v_cndmask_b32_e64 v25, 0x80000000, v25, s6
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_wait_alu depctr_sa_sdst(0)
	v_add_lshl_u32 v2, s35, v134, 2
	v_add_lshl_u32 v3, s35, v133, 2
	v_add_lshl_u32 v4, s35, v132, 2
	v_add_lshl_u32 v5, s35, v131, 2
	v_add_lshl_u32 v6, s35, v130, 2
	v_add_lshl_u32 v7, s35, v129, 2
	v_add_lshl_u32 v8, s35, v128, 2
	v_add_lshl_u32 v9, s35, v127, 2
	v_add_lshl_u32 v10, s35, v126, 2
	v_add_lshl_u32 v11, s35, v125, 2
	v_add_lshl_u32 v12, s35, v124, 2
	v_add_lshl_u32 v13, s35, v121, 2
	v_add_lshl_u32 v14, s35, v119, 2
	v_add_lshl_u32 v15, s35, v123, 2
	v_add_lshl_u32 v16, s35, v122, 2
	v_add_lshl_u32 v17, s35, v120, 2
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_co_i32 s34, s34, -1
	s_addk_co_i32 s31, 0x80
	s_addk_co_i32 s14, 0xff80
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s34, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_clause 0x3
	buffer_load_b128 v[32:35], v22, s[24:27], null offen
	buffer_load_b128 v[36:39], v23, s[24:27], null offen
	buffer_load_b128 v[40:43], v24, s[24:27], null offen
	buffer_load_b128 v[44:47], v25, s[24:27], null offen
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_clause 0x1
	buffer_load_b32 v168, v0, s[40:43], null offen
	buffer_load_b32 v167, v1, s[40:43], null offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_clause 0xf
	buffer_load_b32 v157, v2, s[8:11], null offen
	buffer_load_b32 v158, v3, s[8:11], null offen
	buffer_load_b32 v159, v4, s[8:11], null offen
	buffer_load_b32 v160, v5, s[8:11], null offen
	buffer_load_b32 v161, v6, s[8:11], null offen
	buffer_load_b32 v162, v7, s[8:11], null offen
	buffer_load_b32 v163, v8, s[8:11], null offen
	buffer_load_b32 v164, v9, s[8:11], null offen
	buffer_load_b32 v165, v10, s[8:11], null offen
	buffer_load_b32 v166, v11, s[8:11], null offen
	buffer_load_b32 v151, v12, s[8:11], null offen
	buffer_load_b32 v152, v13, s[8:11], null offen
	buffer_load_b32 v153, v14, s[8:11], null offen
	buffer_load_b32 v154, v15, s[8:11], null offen
	buffer_load_b32 v155, v16, s[8:11], null offen
	buffer_load_b32 v156, v17, s[8:11], null offen
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	ds_load_u8 v0, v137 offset:8512
	ds_load_u8 v1, v137 offset:8448
	ds_load_u8 v2, v137 offset:8640
	ds_load_u8 v3, v137 offset:8576
	ds_load_u8 v4, v137 offset:8256
	ds_load_u8 v5, v137 offset:8192
	ds_load_u8 v6, v137 offset:8224
	ds_load_u8 v7, v137 offset:8384
	ds_load_u8 v8, v137 offset:8320
	ds_load_u8 v9, v137 offset:9536
	ds_load_u8 v10, v137 offset:9472
	ds_load_u8 v11, v137 offset:9664
	ds_load_u8 v12, v137 offset:9600
	ds_load_u8 v13, v137 offset:9280
	ds_load_u8 v14, v137 offset:9216
	ds_load_u8 v15, v137 offset:9408
	ds_load_u8 v16, v137 offset:9344
	ds_load_u8 v181, v137 offset:10560
	ds_load_u8 v182, v137 offset:10496
	ds_load_u8 v183, v137 offset:10688
	ds_load_u8 v184, v137 offset:10624
	ds_load_u8 v185, v137 offset:10304
	ds_load_u8 v186, v137 offset:10240
	ds_load_u8 v187, v137 offset:10432
	ds_load_u8 v188, v137 offset:10368
	ds_load_u8 v17, v137 offset:8544
	ds_load_u8 v18, v137 offset:8480
	ds_load_u8 v19, v137 offset:8672
	ds_load_u8 v20, v137 offset:8608
	ds_load_u8 v21, v137 offset:8288
	ds_load_u8 v22, v137 offset:8416
	ds_load_u8 v23, v137 offset:8352
	ds_load_u8 v24, v137 offset:9568
	ds_load_u8 v25, v137 offset:9504
	ds_load_u8 v26, v137 offset:9696
	ds_load_u8 v27, v137 offset:9632
	ds_load_u8 v28, v137 offset:9312
	ds_load_u8 v29, v137 offset:9248
	ds_load_u8 v30, v137 offset:9440
	ds_load_u8 v31, v137 offset:9376
	ds_load_u8 v189, v137 offset:10592
	ds_load_u8 v190, v137 offset:10528
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[169:172], v143 offset1:8
	ds_load_2addr_stride64_b64 v[173:176], v144 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2a
	v_perm_b32 v0, v1, v0, 0xc0c0004
	s_wait_dscnt 0x28
	v_perm_b32 v1, v3, v2, 0xc0c0004
	s_wait_dscnt 0x26
	v_perm_b32 v2, v5, v4, 0xc0c0004
	s_wait_dscnt 0x23
	v_perm_b32 v3, v8, v7, 0xc0c0004
	s_wait_dscnt 0x21
	v_perm_b32 v4, v10, v9, 0xc0c0004
	s_wait_dscnt 0x1f
	v_perm_b32 v5, v12, v11, 0xc0c0004
	s_wait_dscnt 0x1d
	v_perm_b32 v7, v14, v13, 0xc0c0004
	s_wait_dscnt 0x1b
	v_perm_b32 v8, v16, v15, 0xc0c0004
	s_wait_dscnt 0x11
	v_perm_b32 v9, v18, v17, 0xc0c0004
	s_wait_dscnt 0xf
	v_perm_b32 v10, v20, v19, 0xc0c0004
	s_wait_dscnt 0xe
	v_perm_b32 v6, v6, v21, 0xc0c0004
	s_wait_dscnt 0xc
	v_perm_b32 v11, v23, v22, 0xc0c0004
	s_wait_dscnt 0xa
	v_perm_b32 v12, v25, v24, 0xc0c0004
	s_wait_dscnt 0x8
	v_perm_b32 v13, v27, v26, 0xc0c0004
	s_wait_dscnt 0x6
	v_perm_b32 v14, v29, v28, 0xc0c0004
	v_lshl_or_b32 v1, v1, 16, v0
	s_wait_dscnt 0x4
	v_perm_b32 v15, v31, v30, 0xc0c0004
	v_lshl_or_b32 v0, v3, 16, v2
	v_lshl_or_b32 v3, v5, 16, v4
	v_lshl_or_b32 v2, v8, 16, v7
	v_lshl_or_b32 v178, v10, 16, v9
	v_lshl_or_b32 v177, v11, 16, v6
	v_lshl_or_b32 v180, v13, 16, v12
	v_lshl_or_b32 v179, v15, 16, v14
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[0:1], v[169:170], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[0:1], v[171:172], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[177:178], v[169:170], 0
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[2:3], v[173:174], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[2:3], v[175:176], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[177:178], v[171:172], 0
	ds_load_u8 v191, v137 offset:10720
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[179:180], v[173:174], v[16:23]
	v_perm_b32 v173, v182, v181, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[179:180], v[175:176], v[0:7]
	ds_load_u8 v175, v137 offset:10336
	ds_load_u8 v176, v137 offset:10272
	ds_load_u8 v177, v137 offset:10464
	ds_load_u8 v178, v137 offset:10400
	v_perm_b32 v174, v184, v183, 0xc0c0004
	v_perm_b32 v179, v186, v185, 0xc0c0004
	ds_load_u8 v180, v137 offset:11584
	ds_load_u8 v182, v137 offset:11520
	ds_load_u8 v184, v137 offset:11328
	v_perm_b32 v181, v188, v187, 0xc0c0004
	ds_load_u8 v187, v137 offset:11456
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[169:172], v145 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v183, v190, v189, 0xc0c0004
	v_lshl_or_b32 v174, v174, 16, v173
	v_lshl_or_b32 v173, v181, 16, v179
	ds_load_u8 v179, v137 offset:11712
	ds_load_u8 v181, v137 offset:11648
	s_wait_dscnt 0x9
	v_perm_b32 v175, v176, v175, 0xc0c0004
	s_wait_dscnt 0x7
	v_perm_b32 v177, v178, v177, 0xc0c0004
	ds_load_u8 v178, v137 offset:11392
	ds_load_u8 v186, v137 offset:11264
	ds_load_u8 v192, v137 offset:10656
	v_lshl_or_b32 v175, v177, 16, v175
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[173:174], v[169:170], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[173:174], v[171:172], v[8:15]
	v_perm_b32 v173, v182, v180, 0xc0c0004
	ds_load_u8 v180, v137 offset:12608
	ds_load_u8 v182, v137 offset:12352
	s_wait_dscnt 0x5
	v_perm_b32 v174, v181, v179, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_or_b32 v174, v174, 16, v173
	s_wait_dscnt 0x4
	v_perm_b32 v178, v178, v187, 0xc0c0004
	s_wait_dscnt 0x3
	v_perm_b32 v179, v186, v184, 0xc0c0004
	s_wait_dscnt 0x2
	v_perm_b32 v185, v192, v191, 0xc0c0004
	ds_load_u8 v187, v137 offset:12416
	ds_load_u8 v184, v137 offset:12288
	v_lshl_or_b32 v173, v178, 16, v179
	v_lshl_or_b32 v176, v185, 16, v183
	ds_load_u8 v177, v137 offset:11616
	ds_load_u8 v183, v137 offset:11552
	ds_load_u8 v185, v137 offset:11744
	ds_load_u8 v188, v137 offset:11680
	ds_load_u8 v178, v137 offset:12736
	ds_load_u8 v179, v137 offset:12672
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[175:176], v[169:170], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[175:176], v[171:172], v[0:7]
	ds_load_u8 v175, v137 offset:11360
	ds_load_u8 v176, v137 offset:11296
	ds_load_u8 v189, v137 offset:11488
	ds_load_u8 v190, v137 offset:11424
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[169:172], v146 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x9
	v_perm_b32 v177, v183, v177, 0xc0c0004
	s_wait_dscnt 0x7
	v_perm_b32 v183, v188, v185, 0xc0c0004
	ds_load_u8 v185, v137 offset:12480
	s_wait_dscnt 0x4
	v_perm_b32 v175, v176, v175, 0xc0c0004
	s_wait_dscnt 0x2
	v_perm_b32 v186, v190, v189, 0xc0c0004
	v_lshl_or_b32 v176, v183, 16, v177
	ds_load_u8 v177, v137 offset:12640
	ds_load_u8 v183, v137 offset:12576
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[173:174], v[169:170], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[173:174], v[171:172], v[8:15]
	v_lshl_or_b32 v175, v186, 16, v175
	ds_load_u8 v186, v137 offset:12768
	ds_load_u8 v188, v137 offset:12704
	v_perm_b32 v174, v179, v178, 0xc0c0004
	ds_load_u8 v179, v137 offset:13632
	v_perm_b32 v178, v184, v182, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[175:176], v[169:170], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[175:176], v[171:172], v[0:7]
	ds_load_u8 v175, v137 offset:12384
	ds_load_u8 v176, v137 offset:12320
	ds_load_u8 v189, v137 offset:12512
	ds_load_u8 v190, v137 offset:12448
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[169:172], v147 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	ds_load_u8 v182, v137 offset:13376
	s_wait_dscnt 0x9
	v_perm_b32 v177, v183, v177, 0xc0c0004
	s_wait_dscnt 0x7
	v_perm_b32 v183, v188, v186, 0xc0c0004
	s_wait_dscnt 0x4
	v_perm_b32 v175, v176, v175, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_2)
	v_lshl_or_b32 v176, v183, 16, v177
	s_wait_dscnt 0x2
	v_perm_b32 v186, v190, v189, 0xc0c0004
	ds_load_u8 v177, v137 offset:13664
	ds_load_u8 v183, v137 offset:13600
	v_lshl_or_b32 v175, v186, 16, v175
	ds_load_u8 v186, v137 offset:13792
	ds_load_u8 v188, v137 offset:13728
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[175:176], v[169:170], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[175:176], v[171:172], v[0:7]
	ds_load_u8 v175, v137 offset:13408
	ds_load_u8 v176, v137 offset:13344
	ds_load_u8 v189, v137 offset:13536
	ds_load_u8 v190, v137 offset:13472
	s_wait_dscnt 0x6
	v_perm_b32 v177, v183, v177, 0xc0c0004
	s_wait_dscnt 0x4
	v_perm_b32 v183, v188, v186, 0xc0c0004
	s_wait_dscnt 0x2
	v_perm_b32 v175, v176, v175, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_lshl_or_b32 v176, v183, 16, v177
	ds_load_u8 v177, v137 offset:15680
	ds_load_u8 v183, v137 offset:15616
	s_wait_dscnt 0x2
	v_perm_b32 v186, v190, v189, 0xc0c0004
	v_lshl_or_b32 v175, v186, 16, v175
	ds_load_u8 v186, v137 offset:14368
	s_wait_dscnt 0x1
	v_perm_b32 v183, v183, v177, 0xc0c0004
	ds_load_u8 v177, v137 offset:14560
	ds_load_u8 v181, v137 offset:12544
	s_wait_dscnt 0x0
	v_perm_b32 v173, v181, v180, 0xc0c0004
	v_perm_b32 v180, v187, v185, 0xc0c0004
	ds_load_u8 v181, v137 offset:13568
	ds_load_u8 v185, v137 offset:13504
	ds_load_u8 v187, v137 offset:13440
	ds_load_u8 v184, v137 offset:13312
	v_lshl_or_b32 v174, v174, 16, v173
	v_lshl_or_b32 v173, v180, 16, v178
	ds_load_u8 v178, v137 offset:13760
	ds_load_u8 v180, v137 offset:13696
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[173:174], v[169:170], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[173:174], v[171:172], v[8:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[169:172], v148 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x6
	v_perm_b32 v173, v181, v179, 0xc0c0004
	ds_load_u8 v179, v137 offset:14656
	ds_load_u8 v181, v137 offset:14592
	s_wait_dscnt 0x3
	v_perm_b32 v174, v180, v178, 0xc0c0004
	v_perm_b32 v178, v184, v182, 0xc0c0004
	v_perm_b32 v180, v187, v185, 0xc0c0004
	ds_load_u8 v182, v137 offset:14400
	ds_load_u8 v187, v137 offset:14464
	ds_load_u8 v184, v137 offset:14336
	v_lshl_or_b32 v174, v174, 16, v173
	v_lshl_or_b32 v173, v180, 16, v178
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[175:176], v[169:170], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[175:176], v[171:172], v[0:7]
	ds_load_u8 v178, v137 offset:14784
	ds_load_u8 v180, v137 offset:14720
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[173:174], v[169:170], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[173:174], v[171:172], v[8:15]
	ds_load_u8 v169, v137 offset:15424
	ds_load_u8 v170, v137 offset:15360
	ds_load_u8 v171, v137 offset:15552
	ds_load_u8 v172, v137 offset:15488
	ds_load_u8 v175, v137 offset:14688
	ds_load_u8 v176, v137 offset:14624
	ds_load_u8 v173, v137 offset:15808
	ds_load_u8 v174, v137 offset:15744
	s_wait_dscnt 0xa
	v_perm_b32 v182, v184, v182, 0xc0c0004
	ds_load_u8 v184, v137 offset:14432
	s_wait_dscnt 0x9
	v_perm_b32 v178, v180, v178, 0xc0c0004
	ds_load_u8 v180, v137 offset:14752
	s_wait_dscnt 0x6
	v_perm_b32 v188, v172, v171, 0xc0c0004
	ds_load_u8 v172, v137 offset:15776
	ds_load_u8 v185, v137 offset:14528
	s_wait_dscnt 0x4
	v_perm_b32 v173, v174, v173, 0xc0c0004
	v_perm_b32 v175, v176, v175, 0xc0c0004
	ds_load_u8 v171, v137 offset:15840
	s_wait_dscnt 0x1
	v_perm_b32 v185, v187, v185, 0xc0c0004
	v_perm_b32 v187, v170, v169, 0xc0c0004
	ds_load_u8 v169, v137 offset:15712
	ds_load_u8 v170, v137 offset:15648
	ds_load_u8 v174, v137 offset:14496
	v_perm_b32 v179, v181, v179, 0xc0c0004
	ds_load_u8 v181, v137 offset:14816
	v_lshl_or_b32 v178, v178, 16, v179
	v_lshl_or_b32 v179, v188, 16, v187
	s_wait_dscnt 0x1
	v_perm_b32 v174, v174, v177, 0xc0c0004
	ds_load_u8 v177, v137 offset:15392
	s_wait_dscnt 0x1
	v_perm_b32 v176, v180, v181, 0xc0c0004
	v_perm_b32 v181, v186, v184, 0xc0c0004
	ds_load_u8 v180, v137 offset:15456
	v_perm_b32 v184, v170, v169, 0xc0c0004
	ds_load_u8 v169, v137 offset:15584
	ds_load_u8 v170, v137 offset:15520
	v_perm_b32 v186, v172, v171, 0xc0c0004
	v_lshl_or_b32 v181, v174, 16, v181
	s_delay_alu instid0(VALU_DEP_2)
	v_lshl_or_b32 v184, v186, 16, v184
	s_wait_dscnt 0x2
	v_perm_b32 v189, v177, v180, 0xc0c0004
	v_lshl_or_b32 v177, v185, 16, v182
	v_lshl_or_b32 v180, v173, 16, v183
	s_wait_dscnt 0x0
	v_perm_b32 v190, v170, v169, 0xc0c0004
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[169:172], v149 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshl_or_b32 v182, v176, 16, v175
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[173:176], v150 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshl_or_b32 v183, v190, 16, v189
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[177:178], v[169:170], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[181:182], v[169:170], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[177:178], v[171:172], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[181:182], v[171:172], v[0:7]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[179:180], v[173:174], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[183:184], v[173:174], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[179:180], v[175:176], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[183:184], v[175:176], v[0:7]
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x11
	v_dual_mul_f32 v29, v168, v29 :: v_dual_add_nc_u32 v138, s30, v138
	v_mul_f32_e32 v25, v168, v25
	v_mul_f32_e32 v27, v168, v27
	v_mul_f32_e32 v24, v168, v24
	v_mul_f32_e32 v26, v168, v26
	v_mul_f32_e32 v28, v168, v28
	s_wait_loadcnt 0x10
	v_dual_mul_f32 v30, v168, v30 :: v_dual_mul_f32 v9, v167, v9
	v_mul_f32_e32 v31, v168, v31
	v_dual_mul_f32 v16, v168, v16 :: v_dual_mul_f32 v11, v167, v11
	v_dual_mul_f32 v17, v168, v17 :: v_dual_mul_f32 v8, v167, v8
	v_dual_mul_f32 v18, v168, v18 :: v_dual_mul_f32 v13, v167, v13
	v_dual_mul_f32 v19, v168, v19 :: v_dual_mul_f32 v10, v167, v10
	v_dual_mul_f32 v20, v168, v20 :: v_dual_mul_f32 v15, v167, v15
	v_dual_mul_f32 v21, v168, v21 :: v_dual_mul_f32 v12, v167, v12
	v_dual_mul_f32 v22, v168, v22 :: v_dual_mul_f32 v1, v167, v1
	v_dual_mul_f32 v23, v168, v23 :: v_dual_mul_f32 v14, v167, v14
	s_wait_loadcnt 0xb
	v_dual_mul_f32 v2, v167, v2 :: v_dual_fmac_f32 v105, v161, v28
	v_dual_mul_f32 v3, v167, v3 :: v_dual_fmac_f32 v80, v157, v24
	v_dual_mul_f32 v5, v167, v5 :: v_dual_fmac_f32 v106, v160, v27
	v_mul_f32_e32 v0, v167, v0
	s_wait_loadcnt 0x7
	v_dual_mul_f32 v6, v167, v6 :: v_dual_fmac_f32 v101, v165, v16
	v_dual_mul_f32 v7, v167, v7 :: v_dual_fmac_f32 v108, v158, v25
	v_mul_f32_e32 v4, v167, v4
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_dual_fmac_f32 v107, v159, v26 :: v_dual_fmac_f32 v104, v162, v29
	v_dual_fmac_f32 v103, v163, v30 :: v_dual_fmac_f32 v102, v164, v31
	s_wait_loadcnt 0x5
	v_dual_fmac_f32 v100, v166, v17 :: v_dual_fmac_f32 v99, v151, v18
	s_wait_loadcnt 0x3
	v_dual_fmac_f32 v98, v152, v19 :: v_dual_fmac_f32 v97, v153, v20
	s_wait_loadcnt 0x1
	v_dual_fmac_f32 v96, v154, v21 :: v_dual_fmac_f32 v95, v155, v22
	s_wait_loadcnt 0x0
	v_dual_fmac_f32 v94, v156, v23 :: v_dual_fmac_f32 v93, v157, v8
	v_dual_fmac_f32 v92, v158, v9 :: v_dual_fmac_f32 v91, v159, v10
	v_dual_fmac_f32 v90, v160, v11 :: v_dual_fmac_f32 v89, v161, v12
	v_dual_fmac_f32 v88, v162, v13 :: v_dual_fmac_f32 v87, v163, v14
	v_dual_fmac_f32 v84, v166, v1 :: v_dual_fmac_f32 v83, v151, v2
	v_dual_fmac_f32 v79, v154, v5 :: v_dual_fmac_f32 v86, v164, v15
	v_dual_fmac_f32 v85, v165, v0 :: v_dual_fmac_f32 v78, v155, v6
	v_fmac_f32_e32 v69, v156, v7
	v_dual_fmac_f32 v82, v152, v3 :: v_dual_fmac_f32 v81, v153, v4
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_2addr_stride64_b64 v115, v[48:49], v[52:53] offset1:4
	ds_store_2addr_stride64_b64 v115, v[56:57], v[60:61] offset0:8 offset1:12
	ds_store_2addr_stride64_b64 v116, v[50:51], v[54:55] offset1:4
	ds_store_2addr_stride64_b64 v116, v[58:59], v[62:63] offset0:8 offset1:12
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_store_b128 v114, v[32:35] offset:8192
	ds_store_b128 v114, v[36:39] offset:10240
	ds_store_b128 v114, v[40:43] offset:12288
	ds_store_b128 v114, v[44:47] offset:14336
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_5
; %bb.6:                                ; %._crit_edge.loopexit
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	v_dual_mov_b32 v8, v135 :: v_dual_mov_b32 v7, v136
	.loc	1 46 35 is_stmt 1               ; w8a8_gemm.py:46:35
	s_ashr_i32 s3, s31, 7
	s_mov_b64 s[30:31], s[38:39]
.LBB0_7:                                ; %Flow213
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_wait_alu depctr_sa_sdst(0)
	v_add_lshl_u32 v0, s3, v8, 2
	v_add_lshl_u32 v1, s3, v7, 2
	s_load_b32 s0, s[0:1], 0x3c
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_wait_kmcnt 0x0
	s_mul_i32 s1, s3, s15
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_cndmask_b32_e64 v0, 0x80000000, v0, s2
	v_cndmask_b32_e64 v1, 0x80000000, v1, s2
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v2, s1, v134, 2
	v_add_lshl_u32 v3, s1, v133, 2
	v_add_lshl_u32 v4, s1, v132, 2
	v_add_lshl_u32 v5, s1, v129, 2
	v_add_lshl_u32 v6, s1, v128, 2
	v_cndmask_b32_e64 v2, 0x80000000, v2, s2
	v_add_lshl_u32 v7, s1, v127, 2
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_clause 0x1
	buffer_load_b32 v41, v0, s[36:39], null offen
	buffer_load_b32 v32, v1, s[36:39], null offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v0, s1, v131, 2
	v_add_lshl_u32 v1, s1, v130, 2
	v_cndmask_b32_e64 v3, 0x80000000, v3, s2
	v_cndmask_b32_e64 v4, 0x80000000, v4, s2
	v_add_lshl_u32 v8, s1, v126, 2
	v_cndmask_b32_e64 v0, 0x80000000, v0, s2
	v_add_lshl_u32 v9, s1, v125, 2
	v_cndmask_b32_e64 v1, 0x80000000, v1, s2
	v_add_lshl_u32 v10, s1, v124, 2
	v_cndmask_b32_e64 v5, 0x80000000, v5, s2
	v_cndmask_b32_e64 v6, 0x80000000, v6, s2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s2
	s_clause 0x7
	buffer_load_b32 v33, v2, s[28:31], null offen
	buffer_load_b32 v34, v3, s[28:31], null offen
	buffer_load_b32 v35, v4, s[28:31], null offen
	buffer_load_b32 v36, v0, s[28:31], null offen
	buffer_load_b32 v37, v1, s[28:31], null offen
	buffer_load_b32 v38, v5, s[28:31], null offen
	buffer_load_b32 v39, v6, s[28:31], null offen
	buffer_load_b32 v40, v7, s[28:31], null offen
	v_add_lshl_u32 v3, s1, v121, 2
	v_add_lshl_u32 v4, s1, v119, 2
	v_cndmask_b32_e64 v0, 0x80000000, v8, s2
	v_add_lshl_u32 v5, s1, v123, 2
	v_add_lshl_u32 v6, s1, v122, 2
	v_add_lshl_u32 v7, s1, v120, 2
	v_cndmask_b32_e64 v1, 0x80000000, v9, s2
	v_cndmask_b32_e64 v2, 0x80000000, v10, s2
	v_cndmask_b32_e64 v3, 0x80000000, v3, s2
	v_cndmask_b32_e64 v4, 0x80000000, v4, s2
	v_cndmask_b32_e64 v5, 0x80000000, v5, s2
	v_cndmask_b32_e64 v6, 0x80000000, v6, s2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s2
	s_clause 0x7
	buffer_load_b32 v42, v0, s[28:31], null offen
	buffer_load_b32 v43, v1, s[28:31], null offen
	buffer_load_b32 v44, v2, s[28:31], null offen
	buffer_load_b32 v45, v3, s[28:31], null offen
	buffer_load_b32 v46, v4, s[28:31], null offen
	buffer_load_b32 v47, v5, s[28:31], null offen
	buffer_load_b32 v48, v6, s[28:31], null offen
	buffer_load_b32 v49, v7, s[28:31], null offen
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v25, 0
	v_dual_mov_b32 v26, 0 :: v_dual_mov_b32 v27, 0
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v29, 0
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v31, 0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_9
; %bb.8:
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_lshl_b32 s1, s19, 4
	v_lshlrev_b32_e32 v0, 5, v118
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v1, 1, v118
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s1, s1, 16
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s1, s1, 0
	s_wait_alu depctr_sa_sdst(0)
	v_add3_u32 v16, s1, v0, v109
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v0, v117, v1
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	ds_load_u8 v1, v16 offset:8512
	ds_load_u8 v2, v16 offset:8448
	ds_load_u8 v3, v16 offset:8640
	ds_load_u8 v4, v16 offset:8576
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshl_or_b32 v8, s33, 10, v0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	ds_load_u8 v0, v16 offset:8256
	ds_load_u8 v5, v16 offset:8192
	ds_load_u8 v6, v16 offset:8384
	ds_load_u8 v7, v16 offset:8320
	ds_load_u8 v9, v16 offset:8672
	ds_load_u8 v10, v16 offset:8608
	ds_load_u8 v11, v16 offset:8544
	ds_load_u8 v12, v16 offset:8480
	ds_load_u8 v109, v16 offset:11584
	ds_load_u8 v110, v16 offset:11520
	ds_load_u8 v111, v16 offset:11712
	ds_load_u8 v112, v16 offset:11648
	ds_load_u8 v143, v16 offset:10464
	ds_load_u8 v144, v16 offset:10400
	ds_load_u8 v145, v16 offset:10336
	ds_load_u8 v146, v16 offset:10272
	ds_load_u8 v122, v16 offset:13632
	ds_load_u8 v123, v16 offset:13568
	ds_load_u8 v124, v16 offset:13760
	ds_load_u8 v131, v16 offset:13696
	ds_load_u8 v155, v16 offset:12512
	ds_load_u8 v156, v16 offset:12448
	ds_load_u8 v157, v16 offset:12384
	ds_load_u8 v158, v16 offset:12320
	ds_load_u8 v169, v16 offset:14816
	ds_load_u8 v170, v16 offset:14752
	ds_load_u8 v171, v16 offset:14688
	ds_load_u8 v172, v16 offset:14624
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v19, v8, 16, 0
	v_add_nc_u32_e32 v20, 0, v8
	v_xad_u32 v18, v8, 32, 0
	v_xad_u32 v17, v8, 48, 0
	v_xad_u32 v14, 0x50, v8, 0
	v_xad_u32 v15, v8, 64, 0
	v_xad_u32 v13, 0x60, v8, 0
	v_xad_u32 v8, 0x70, v8, 0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	ds_load_u8 v173, v16 offset:14560
	ds_load_u8 v174, v16 offset:14496
	ds_load_u8 v175, v16 offset:14432
	ds_load_u8 v176, v16 offset:14368
	s_wait_dscnt 0x1e
	v_perm_b32 v0, v5, v0, 0xc0c0004
	s_wait_dscnt 0x16
	v_perm_b32 v109, v110, v109, 0xc0c0004
	v_perm_b32 v5, v7, v6, 0xc0c0004
	ds_load_u8 v6, v16 offset:9280
	ds_load_u8 v7, v16 offset:9216
	ds_load_u8 v29, v16 offset:9408
	ds_load_u8 v30, v16 offset:9344
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[50:53], v19 offset1:8
	ds_load_2addr_stride64_b64 v[54:57], v20 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v1, v2, v1, 0xc0c0004
	v_perm_b32 v2, v4, v3, 0xc0c0004
	ds_load_u8 v3, v16 offset:9536
	ds_load_u8 v4, v16 offset:9472
	ds_load_u8 v21, v16 offset:9664
	ds_load_u8 v22, v16 offset:9600
	ds_load_u8 v23, v16 offset:8416
	ds_load_u8 v26, v16 offset:8352
	ds_load_u8 v27, v16 offset:8288
	ds_load_u8 v28, v16 offset:8224
	s_wait_dscnt 0x22
	v_perm_b32 v110, v112, v111, 0xc0c0004
	ds_load_u8 v111, v16 offset:12608
	ds_load_u8 v112, v16 offset:12544
	ds_load_u8 v115, v16 offset:12736
	ds_load_u8 v116, v16 offset:12672
	ds_load_u8 v148, v16 offset:11488
	ds_load_u8 v149, v16 offset:11424
	ds_load_u8 v150, v16 offset:11360
	ds_load_u8 v151, v16 offset:11296
	ds_load_u8 v19, v16 offset:9696
	ds_load_u8 v20, v16 offset:9632
	ds_load_u8 v31, v16 offset:9568
	ds_load_u8 v68, v16 offset:9504
	v_perm_b32 v9, v10, v9, 0xc0c0004
	v_lshl_or_b32 v25, v2, 16, v1
	v_lshl_or_b32 v128, v110, 16, v109
	v_lshl_or_b32 v24, v5, 16, v0
	s_wait_dscnt 0x18
	v_perm_b32 v62, v7, v6, 0xc0c0004
	s_wait_dscnt 0x12
	v_perm_b32 v58, v4, v3, 0xc0c0004
	v_perm_b32 v29, v30, v29, 0xc0c0004
	ds_load_u8 v30, v16 offset:10304
	ds_load_u8 v63, v16 offset:10240
	ds_load_u8 v64, v16 offset:10432
	ds_load_u8 v65, v16 offset:10368
	s_wait_dscnt 0x14
	v_perm_b32 v21, v22, v21, 0xc0c0004
	ds_load_u8 v22, v16 offset:10560
	ds_load_u8 v59, v16 offset:10496
	ds_load_u8 v60, v16 offset:10688
	ds_load_u8 v61, v16 offset:10624
	ds_load_u8 v137, v16 offset:9440
	ds_load_u8 v138, v16 offset:9376
	ds_load_u8 v139, v16 offset:9312
	ds_load_u8 v140, v16 offset:9248
	s_wait_dscnt 0x14
	v_perm_b32 v121, v116, v115, 0xc0c0004
	v_lshl_or_b32 v66, v29, 16, v62
	v_perm_b32 v10, v28, v27, 0xc0c0004
	v_lshl_or_b32 v67, v21, 16, v58
	ds_load_u8 v21, v16 offset:10720
	ds_load_u8 v29, v16 offset:10656
	ds_load_u8 v141, v16 offset:10592
	ds_load_u8 v142, v16 offset:10528
	s_wait_dscnt 0x10
	v_perm_b32 v31, v68, v31, 0xc0c0004
	v_perm_b32 v19, v20, v19, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[24:25], v[54:55], 0
	s_delay_alu instid0(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[66:67], v[50:51], v[0:7]
	s_wait_dscnt 0xa
	v_perm_b32 v22, v59, v22, 0xc0c0004
	s_wait_dscnt 0x8
	v_perm_b32 v62, v61, v60, 0xc0c0004
	v_perm_b32 v30, v63, v30, 0xc0c0004
	v_perm_b32 v63, v65, v64, 0xc0c0004
	ds_load_u8 v64, v16 offset:11328
	ds_load_u8 v65, v16 offset:11264
	ds_load_u8 v113, v16 offset:11456
	ds_load_u8 v114, v16 offset:11392
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[58:61], v18 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x9
	v_perm_b32 v20, v140, v139, 0xc0c0004
	v_lshl_or_b32 v126, v62, 16, v22
	v_perm_b32 v68, v138, v137, 0xc0c0004
	v_lshl_or_b32 v125, v63, 16, v30
	ds_load_u8 v18, v16 offset:11744
	ds_load_u8 v22, v16 offset:11680
	ds_load_u8 v30, v16 offset:11616
	ds_load_u8 v147, v16 offset:11552
	ds_load_u8 v137, v16 offset:15424
	ds_load_u8 v138, v16 offset:15360
	ds_load_u8 v139, v16 offset:15552
	ds_load_u8 v140, v16 offset:15488
	s_wait_dscnt 0xb
	v_perm_b32 v117, v65, v64, 0xc0c0004
	s_wait_dscnt 0x9
	v_perm_b32 v113, v114, v113, 0xc0c0004
	ds_load_u8 v114, v16 offset:12352
	ds_load_u8 v118, v16 offset:12288
	ds_load_u8 v119, v16 offset:12480
	ds_load_u8 v120, v16 offset:12416
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[62:65], v17 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	ds_load_u8 v17, v16 offset:12768
	ds_load_u8 v152, v16 offset:12704
	ds_load_u8 v153, v16 offset:12640
	ds_load_u8 v154, v16 offset:12576
	s_wait_dscnt 0x11
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[125:126], v[58:59], v[0:7]
	s_wait_dscnt 0xf
	v_perm_b32 v18, v22, v18, 0xc0c0004
	v_lshl_or_b32 v127, v113, 16, v117
	v_perm_b32 v117, v112, v111, 0xc0c0004
	s_wait_dscnt 0x9
	v_perm_b32 v22, v140, v139, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_2)
	v_lshl_or_b32 v130, v121, 16, v117
	v_perm_b32 v121, v123, v122, 0xc0c0004
	v_perm_b32 v122, v131, v124, 0xc0c0004
	ds_load_u8 v123, v16 offset:14656
	ds_load_u8 v124, v16 offset:14592
	ds_load_u8 v133, v16 offset:14784
	ds_load_u8 v134, v16 offset:14720
	ds_load_u8 v135, v16 offset:14400
	ds_load_u8 v136, v16 offset:14336
	ds_load_u8 v163, v16 offset:14528
	ds_load_u8 v164, v16 offset:14464
	ds_load_u8 v165, v16 offset:13536
	ds_load_u8 v166, v16 offset:13472
	ds_load_u8 v167, v16 offset:13408
	ds_load_u8 v168, v16 offset:13344
	s_wait_dscnt 0x13
	v_perm_b32 v118, v118, v114, 0xc0c0004
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[109:112], v14 offset1:8
	ds_load_2addr_stride64_b64 v[113:116], v15 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x13
	v_perm_b32 v119, v120, v119, 0xc0c0004
	v_lshl_or_b32 v132, v122, 16, v121
	s_wait_dscnt 0x10
	v_perm_b32 v17, v152, v17, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[127:128], v[62:63], v[0:7]
	v_lshl_or_b32 v129, v119, 16, v118
	ds_load_u8 v14, v16 offset:13376
	ds_load_u8 v15, v16 offset:13312
	ds_load_u8 v117, v16 offset:13504
	ds_load_u8 v118, v16 offset:13440
	ds_load_u8 v159, v16 offset:13792
	ds_load_u8 v160, v16 offset:13728
	ds_load_u8 v161, v16 offset:13664
	ds_load_u8 v162, v16 offset:13600
	s_wait_dscnt 0xe
	v_perm_b32 v121, v164, v163, 0xc0c0004
	s_wait_dscnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[129:130], v[113:114], v[0:7]
	s_wait_dscnt 0x6
	v_perm_b32 v14, v15, v14, 0xc0c0004
	s_wait_dscnt 0x4
	v_perm_b32 v15, v118, v117, 0xc0c0004
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[117:120], v13 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v13, v124, v123, 0xc0c0004
	s_wait_dscnt 0x3
	v_perm_b32 v140, v160, v159, 0xc0c0004
	s_wait_dscnt 0x1
	v_perm_b32 v139, v162, v161, 0xc0c0004
	v_lshl_or_b32 v131, v15, 16, v14
	v_perm_b32 v15, v136, v135, 0xc0c0004
	v_perm_b32 v14, v134, v133, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[131:132], v[109:110], v[0:7]
	v_lshl_or_b32 v133, v121, 16, v15
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_load_2addr_stride64_b64 v[121:124], v8 offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v8, v12, v11, 0xc0c0004
	v_perm_b32 v11, v26, v23, 0xc0c0004
	ds_load_u8 v23, v16 offset:15680
	ds_load_u8 v26, v16 offset:15616
	ds_load_u8 v27, v16 offset:15808
	ds_load_u8 v28, v16 offset:15744
	v_lshl_or_b32 v134, v14, 16, v13
	v_lshl_or_b32 v136, v9, 16, v8
	v_lshl_or_b32 v135, v11, 16, v10
	s_wait_dscnt 0x5
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[133:134], v[117:118], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[135:136], v[54:55], 0
	v_lshl_or_b32 v55, v19, 16, v31
	v_lshl_or_b32 v54, v68, 16, v20
	v_perm_b32 v19, v142, v141, 0xc0c0004
	v_perm_b32 v20, v29, v21, 0xc0c0004
	v_perm_b32 v21, v146, v145, 0xc0c0004
	v_perm_b32 v29, v144, v143, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[54:55], v[50:51], v[8:15]
	ds_load_u8 v68, v16 offset:15840
	ds_load_u8 v141, v16 offset:15776
	ds_load_u8 v142, v16 offset:15712
	ds_load_u8 v143, v16 offset:15648
	v_lshl_or_b32 v51, v20, 16, v19
	v_perm_b32 v19, v147, v30, 0xc0c0004
	v_lshl_or_b32 v50, v29, 16, v21
	v_perm_b32 v20, v151, v150, 0xc0c0004
	v_perm_b32 v21, v149, v148, 0xc0c0004
	s_wait_dscnt 0x6
	v_perm_b32 v23, v26, v23, 0xc0c0004
	s_wait_dscnt 0x4
	v_perm_b32 v26, v28, v27, 0xc0c0004
	ds_load_u8 v144, v16 offset:15584
	ds_load_u8 v145, v16 offset:15520
	ds_load_u8 v146, v16 offset:15456
	ds_load_u8 v147, v16 offset:15392
	v_perm_b32 v16, v138, v137, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[50:51], v[58:59], v[8:15]
	v_lshl_or_b32 v59, v18, 16, v19
	v_lshl_or_b32 v58, v21, 16, v20
	v_perm_b32 v18, v154, v153, 0xc0c0004
	v_perm_b32 v19, v158, v157, 0xc0c0004
	v_perm_b32 v20, v156, v155, 0xc0c0004
	v_lshl_or_b32 v138, v26, 16, v23
	v_lshl_or_b32 v137, v22, 16, v16
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[58:59], v[62:63], v[8:15]
	v_lshl_or_b32 v63, v17, 16, v18
	v_lshl_or_b32 v62, v20, 16, v19
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[24:25], v[56:57], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[135:136], v[56:57], 0
	v_perm_b32 v148, v168, v167, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[66:67], v[52:53], v[16:23]
	v_perm_b32 v57, v166, v165, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[54:55], v[52:53], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[62:63], v[113:114], v[8:15]
	v_lshl_or_b32 v56, v140, 16, v139
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[125:126], v[60:61], v[16:23]
	v_lshl_or_b32 v55, v57, 16, v148
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[50:51], v[60:61], v[24:31]
	v_perm_b32 v52, v172, v171, 0xc0c0004
	v_perm_b32 v53, v170, v169, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[127:128], v[64:65], v[16:23]
	v_perm_b32 v50, v176, v175, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[58:59], v[64:65], v[24:31]
	v_perm_b32 v54, v174, v173, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[55:56], v[109:110], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[129:130], v[115:116], v[16:23]
	v_lshl_or_b32 v51, v53, 16, v52
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[62:63], v[115:116], v[24:31]
	v_lshl_or_b32 v50, v54, 16, v50
	s_wait_dscnt 0x4
	v_perm_b32 v52, v143, v142, 0xc0c0004
	v_perm_b32 v53, v141, v68, 0xc0c0004
	s_wait_dscnt 0x0
	v_perm_b32 v54, v147, v146, 0xc0c0004
	v_perm_b32 v57, v145, v144, 0xc0c0004
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[131:132], v[111:112], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[55:56], v[111:112], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[50:51], v[117:118], v[8:15]
	v_lshl_or_b32 v53, v53, 16, v52
	v_lshl_or_b32 v52, v57, 16, v54
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[133:134], v[119:120], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[50:51], v[119:120], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[137:138], v[121:122], v[0:7]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[52:53], v[121:122], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[137:138], v[123:124], v[16:23]
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[52:53], v[123:124], v[24:31]
.LBB0_9:
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_mul_f32 v0, v41, v0 :: v_dual_mul_f32 v17, v32, v17
	v_dual_mul_f32 v1, v41, v1 :: v_dual_mul_f32 v16, v32, v16
	v_dual_mul_f32 v2, v41, v2 :: v_dual_mul_f32 v19, v32, v19
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0xf
	s_delay_alu instid0(VALU_DEP_3)
	v_fma_f32 v0, v33, v0, v80
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v3, v41, v3 :: v_dual_mul_f32 v18, v32, v18
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0xe
	v_fma_f32 v1, v34, v1, v108
	s_wait_loadcnt 0xd
	v_fma_f32 v2, v35, v2, v107
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v80, v0, s2
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v4, v41, v4 :: v_dual_mul_f32 v21, v32, v21
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v18, v35, v18, v91
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v1, v108, v1, s2
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v35, v0, 16, 1
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v5, v41, v5 :: v_dual_mul_f32 v20, v32, v20
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0xc
	v_fma_f32 v3, v36, v3, v106
	v_fma_f32 v19, v36, v19, v90
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v2, v107, v2, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v36, v1, 16, 1
	v_add3_u32 v35, v0, v35, 0x7fff
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v6, v41, v6 :: v_dual_mul_f32 v23, v32, v23
	v_dual_mul_f32 v7, v41, v7 :: v_dual_mul_f32 v22, v32, v22
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0xb
	v_fma_f32 v4, v37, v4, v105
	s_wait_loadcnt 0xa
	v_fma_f32 v5, v38, v5, v104
	v_fma_f32 v21, v38, v21, v88
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v3, v106, v3, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v36, v1, v36, 0x7fff
	v_bfe_u32 v38, v2, 16, 1
	v_lshrrev_b32_e32 v35, 16, v35
	v_cmp_o_f32_e64 s3, v0, v0
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x9
	v_fma_f32 v6, v39, v6, v103
	v_fma_f32 v22, v39, v22, v87
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v4, v105, v4, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v36, 16, v36
	v_add3_u32 v38, v2, v38, 0x7fff
	v_bfe_u32 v39, v3, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v0, 0x7fff, v35, s3
	v_cmp_o_f32_e64 s3, v1, v1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v5, v104, v5, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v1, 16, v38
	v_bfe_u32 v38, v4, 16, 1
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v8, v41, v8 :: v_dual_mul_f32 v25, v32, v25
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v35, 0x7fff, v36, s3
	v_add3_u32 v36, v3, v39, 0x7fff
	v_cmp_o_f32_e64 s3, v2, v2
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x8
	v_fma_f32 v7, v40, v7, v102
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v6, v103, v6, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v39, v5, 16, 1
	v_lshrrev_b32_e32 v2, 16, v36
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v1, 0x7fff, v1, s3
	v_add3_u32 v36, v4, v38, 0x7fff
	v_cmp_o_f32_e64 s3, v3, v3
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v9, v41, v9 :: v_dual_mul_f32 v24, v32, v24
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x7
	v_fma_f32 v8, v42, v8, v101
	v_fma_f32 v23, v40, v23, v86
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v7, v102, v7, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v38, v5, v39, 0x7fff
	v_bfe_u32 v39, v6, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v40, 0x7fff, v2, s3
	v_lshrrev_b32_e32 v2, 16, v36
	v_cmp_o_f32_e64 s3, v4, v4
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v10, v41, v10 :: v_dual_mul_f32 v27, v32, v27
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x6
	v_fma_f32 v9, v43, v9, v100
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v101, v8, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v3, 16, v38
	v_add3_u32 v36, v6, v39, 0x7fff
	v_bfe_u32 v38, v7, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v2, 0x7fff, v2, s3
	v_cmp_o_f32_e64 s3, v5, v5
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v11, v41, v11 :: v_dual_mul_f32 v26, v32, v26
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x5
	v_fma_f32 v10, v44, v10, v99
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v9, v100, v9, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v4, 0x7fff, v3, s3
	v_lshrrev_b32_e32 v3, 16, v36
	v_add3_u32 v5, v7, v38, 0x7fff
	v_bfe_u32 v36, v8, 16, 1
	v_cmp_o_f32_e64 s3, v6, v6
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v12, v41, v12 :: v_dual_mul_f32 v29, v32, v29
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x4
	v_fma_f32 v11, v45, v11, v98
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v99, v10, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v38, v9, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v3, 0x7fff, v3, s3
	v_lshrrev_b32_e32 v5, 16, v5
	v_add3_u32 v6, v8, v36, 0x7fff
	v_cmp_o_f32_e64 s3, v7, v7
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v13, v41, v13 :: v_dual_mul_f32 v28, v32, v28
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x3
	v_fma_f32 v12, v46, v12, v97
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v11, v98, v11, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v36, v9, v38, 0x7fff
	v_bfe_u32 v38, v10, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v5, 0x7fff, v5, s3
	v_lshrrev_b32_e32 v6, 16, v6
	v_cmp_o_f32_e64 s3, v8, v8
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v14, v41, v14 :: v_dual_mul_f32 v31, v32, v31
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x2
	v_fma_f32 v13, v47, v13, v96
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v97, v12, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v7, 16, v36
	v_add3_u32 v36, v10, v38, 0x7fff
	v_bfe_u32 v38, v11, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v8, 0x7fff, v6, s3
	v_cmp_o_f32_e64 s3, v9, v9
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v15, v41, v15 :: v_dual_mul_f32 v30, v32, v30
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x1
	v_fma_f32 v14, v48, v14, v95
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v13, v96, v13, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v9, 0x7fff, v7, s3
	v_lshrrev_b32_e32 v6, 16, v36
	v_add3_u32 v7, v11, v38, 0x7fff
	v_bfe_u32 v36, v12, 16, 1
	v_cmp_o_f32_e64 s3, v10, v10
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x0
	v_fma_f32 v15, v49, v15, v94
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v95, v14, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v38, v13, 16, 1
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v33, v16, v93
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v10, 0x7fff, v6, s3
	v_lshrrev_b32_e32 v6, 16, v7
	v_add3_u32 v7, v12, v36, 0x7fff
	v_cmp_o_f32_e64 s3, v11, v11
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v15, v94, v15, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v36, v13, v38, 0x7fff
	v_bfe_u32 v38, v14, 16, 1
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v17, v34, v17, v92
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v11, 0x7fff, v6, s3
	v_lshrrev_b32_e32 v6, 16, v7
	v_cmp_o_f32_e64 s3, v12, v12
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v93, v16, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v7, 16, v36
	v_add3_u32 v36, v14, v38, 0x7fff
	v_bfe_u32 v38, v15, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v6, 0x7fff, v6, s3
	v_cmp_o_f32_e64 s3, v13, v13
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v17, v92, v17, s2
	v_cndmask_b32_e64 v18, v91, v18, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v13, v15, v38, 0x7fff
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v20, v37, v20, v89
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v12, 0x7fff, v7, s3
	v_lshrrev_b32_e32 v7, 16, v36
	v_bfe_u32 v36, v16, 16, 1
	v_cmp_o_f32_e64 s3, v14, v14
	v_bfe_u32 v38, v17, 16, 1
	v_lshrrev_b32_e32 v13, 16, v13
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v19, v90, v19, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v14, v16, v36, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v7, 0x7fff, v7, s3
	v_cmp_o_f32_e64 s3, v15, v15
	v_add3_u32 v36, v17, v38, 0x7fff
	v_bfe_u32 v38, v18, 16, 1
	v_lshrrev_b32_e32 v14, 16, v14
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v20, v89, v20, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v13, 0x7fff, v13, s3
	v_cmp_o_f32_e64 s3, v16, v16
	v_lshrrev_b32_e32 v15, 16, v36
	v_add3_u32 v36, v18, v38, 0x7fff
	v_bfe_u32 v38, v19, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v21, v88, v21, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v14, 0x7fff, v14, s3
	v_cmp_o_f32_e64 s3, v17, v17
	v_lshrrev_b32_e32 v16, 16, v36
	v_add3_u32 v17, v19, v38, 0x7fff
	v_bfe_u32 v36, v20, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v22, v87, v22, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v15, 0x7fff, v15, s3
	v_cmp_o_f32_e64 s3, v18, v18
	v_bfe_u32 v38, v21, 16, 1
	v_lshrrev_b32_e32 v17, 16, v17
	v_add3_u32 v18, v20, v36, 0x7fff
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v24, v42, v24, v85
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v16, 0x7fff, v16, s3
	v_cmp_o_f32_e64 s3, v19, v19
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v23, v86, v23, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v36, v21, v38, 0x7fff
	v_bfe_u32 v38, v22, 16, 1
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v17, 0x7fff, v17, s3
	v_cmp_o_f32_e64 s3, v20, v20
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v25, v43, v25, v84
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v24, v85, v24, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v19, 16, v36
	v_add3_u32 v36, v22, v38, 0x7fff
	v_bfe_u32 v38, v23, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v18, 0x7fff, v18, s3
	v_cmp_o_f32_e64 s3, v21, v21
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v26, v44, v26, v83
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v25, v84, v25, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v20, 16, v36
	v_add3_u32 v21, v23, v38, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v19, 0x7fff, v19, s3
	v_bfe_u32 v36, v24, 16, 1
	v_cmp_o_f32_e64 s3, v22, v22
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v27, v45, v27, v82
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v26, v83, v26, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v38, v25, 16, 1
	v_lshrrev_b32_e32 v21, 16, v21
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v20, 0x7fff, v20, s3
	v_add3_u32 v22, v24, v36, 0x7fff
	v_cmp_o_f32_e64 s3, v23, v23
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v28, v46, v28, v81
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v27, v82, v27, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v36, v25, v38, 0x7fff
	v_bfe_u32 v38, v26, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v21, 0x7fff, v21, s3
	v_lshrrev_b32_e32 v22, 16, v22
	v_cmp_o_f32_e64 s3, v24, v24
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v29, v47, v29, v79
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v28, v81, v28, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v23, 16, v36
	v_add3_u32 v36, v26, v38, 0x7fff
	v_bfe_u32 v38, v27, 16, 1
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v22, 0x7fff, v22, s3
	v_cmp_o_f32_e64 s3, v25, v25
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v30, v48, v30, v78
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v29, v79, v29, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v24, 16, v36
	v_add3_u32 v25, v27, v38, 0x7fff
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v23, 0x7fff, v23, s3
	v_bfe_u32 v36, v28, 16, 1
	v_cmp_o_f32_e64 s3, v26, v26
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fma_f32 v31, v49, v31, v69
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v30, v78, v30, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v38, v29, 16, 1
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v24, 0x7fff, v24, s3
	v_add3_u32 v26, v28, v36, 0x7fff
	v_cmp_o_f32_e64 s3, v27, v27
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v31, v69, v31, s2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v36, v29, v38, 0x7fff
	v_bfe_u32 v38, v30, 16, 1
	v_lshrrev_b32_e32 v26, 16, v26
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v25, 0x7fff, v25, s3
	v_cmp_o_f32_e64 s3, v28, v28
	v_bfe_u32 v39, v31, 16, 1
	v_add3_u32 v27, v30, v38, 0x7fff
	v_lshrrev_b32_e32 v36, 16, v36
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_mul_i32 s1, s0, s7
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_e64 v26, 0x7fff, v26, s3
	v_cmp_o_f32_e64 s3, v29, v29
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_mul_lo_u32 v32, s0, v72
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s1, s1, s18
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v38, v31, v39, 0x7fff
	v_lshrrev_b32_e32 v27, 16, v27
	v_cndmask_b32_e64 v29, 0x7fff, v36, s3
	v_cmp_o_f32_e64 s3, v30, v30
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_mul_lo_u32 v33, s0, v71
	s_wait_alu depctr_sa_sdst(0)
	v_or_b32_e32 v34, s1, v76
	v_or_b32_e32 v37, s1, v75
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s2, s12, v70
	.loc	1 57 58 is_stmt 0               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s1, s13, v74
	.loc	1 58 28 is_stmt 1               ; w8a8_gemm.py:58:28
	v_lshrrev_b32_e32 v28, 16, v38
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v27, 0x7fff, v27, s3
	v_cmp_o_f32_e64 s3, v31, v31
	.loc	1 57 58                         ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s0, s13, v77
	.loc	1 57 33 is_stmt 0               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc_lo, s12, v73
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_perm_b32 v3, v5, v3, 0x5040100
	v_add_lshl_u32 v5, v34, v32, 1
	v_perm_b32 v7, v13, v7, 0x5040100
	v_add_lshl_u32 v13, v37, v32, 1
	v_perm_b32 v6, v12, v6, 0x5040100
	v_add_lshl_u32 v12, v34, v33, 1
	.loc	1 58 28 is_stmt 0               ; w8a8_gemm.py:58:28
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v28, 0x7fff, v28, s3
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_perm_b32 v2, v4, v2, 0x5040100
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s2, s1
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_perm_b32 v4, v9, v8, 0x5040100
	v_perm_b32 v9, v17, v16, 0x5040100
	v_add_lshl_u32 v17, v37, v33, 1
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s2, s2, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_perm_b32 v1, v40, v1, 0x5040100
	v_perm_b32 v0, v35, v0, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v30, 0x80000000, v5, s3
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s1, vcc_lo, s1
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_perm_b32 v5, v11, v10, 0x5040100
	v_cndmask_b32_e64 v31, 0x80000000, v13, s2
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 vcc_lo, vcc_lo, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_perm_b32 v11, v21, v20, 0x5040100
	v_perm_b32 v10, v19, v18, 0x5040100
	v_perm_b32 v8, v15, v14, 0x5040100
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v16, 0x80000000, v12, s1
	s_and_b32 s17, s17, 0xffff
	s_mov_b32 s19, 0x31027000
	s_mov_b32 s18, 0x7ffffffe
	v_perm_b32 v15, v28, v27, 0x5040100
	v_perm_b32 v14, v29, v26, 0x5040100
	v_perm_b32 v13, v25, v24, 0x5040100
	v_perm_b32 v12, v23, v22, 0x5040100
	v_cndmask_b32_e32 v17, 0x80000000, v17, vcc_lo
	s_clause 0x3
	buffer_store_b128 v[0:3], v30, s[16:19], null offen
	buffer_store_b128 v[4:7], v31, s[16:19], null offen
	buffer_store_b128 v[8:11], v16, s[16:19], null offen
	buffer_store_b128 v[12:15], v17, s[16:19], null offen
	.loc	1 58 4 is_stmt 0                ; w8a8_gemm.py:58:4
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp5:
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
		.amdhsa_next_free_vgpr 193
		.amdhsa_next_free_sgpr 44
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 103
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
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
                                        ; -- End function
	.set w8a8_block_fp8_matmul.num_vgpr, 193
	.set w8a8_block_fp8_matmul.num_agpr, 0
	.set w8a8_block_fp8_matmul.numbered_sgpr, 44
	.set w8a8_block_fp8_matmul.num_named_barrier, 0
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 13140
; TotalNumSgprs: 46
; NumVgprs: 193
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 24
; NumSGPRsForWavesPerEU: 46
; NumVGPRsForWavesPerEU: 193
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
	.byte	33                              ; DW_AT_call_column
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
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"w8a8_gemm.py"                  ; string offset=7
.Linfo_string2:
	.asciz	"w8a8_block_fp8_matmul"         ; string offset=20
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
    .sgpr_count:     46
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     193
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

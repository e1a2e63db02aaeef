	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	w8a8_block_fp8_matmul           ; -- Begin function w8a8_block_fp8_matmul
	.p2align	8
	.type	w8a8_block_fp8_matmul,@function
w8a8_block_fp8_matmul:                  ; @w8a8_block_fp8_matmul
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.12:
	.file	1 "w8a8_gemm.py"
	.loc	1 20 0 prologue_end             ; w8a8_gemm.py:20:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.13:
.LBB0_0:
	s_mov_b64 s[28:29], s[2:3]
.Ltmp1:
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_readfirstlane_b32 s2, v0
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	s_and_b32 s34, s2, 0x80
	v_and_b32_e32 v6, 31, v0
	s_lshr_b32 s3, s34, 2
	v_or_b32_e32 v17, s3, v6
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_abs_i32 s3, s12
	v_cvt_f32_u32_e32 v5, s3
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_and_b32 s27, s2, 0xc0
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v1, 63, v0
	v_or_b32_e32 v20, s27, v1
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_rcp_iflag_f32_e32 v5, v5
	s_mov_b64 s[20:21], s[6:7]
	.loc	1 32 23                         ; w8a8_gemm.py:32:23
	s_lshl_b32 s22, s16, 6
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v2, 3, v20
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	s_lshr_b32 s2, s2, 1
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_sub_i32 s6, 0, s3
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	s_and_b32 s23, s2, 32
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v2, s22, v2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s2, s16, 0x10019
	v_mul_lo_u32 v8, s6, v5
	v_add_u32_e32 v2, s2, v2
	v_mul_hi_u32 v8, v5, v8
	v_xor_b32_e32 v7, s2, v2
	v_add_u32_e32 v5, v5, v8
	v_mul_hi_u32 v8, v7, v5
	v_mul_lo_u32 v8, v8, s3
	v_sub_u32_e32 v7, v7, v8
	v_subrev_u32_e32 v8, s3, v7
	v_cmp_le_u32_e32 vcc, s3, v7
	v_add_u32_e32 v2, 32, v2
	v_xor_b32_e32 v2, s2, v2
	v_cndmask_b32_e32 v7, v7, v8, vcc
	v_subrev_u32_e32 v8, s3, v7
	v_cmp_le_u32_e32 vcc, s3, v7
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v50, s22, v17
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s16, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v7, v7, v8, vcc
	v_mul_hi_u32 v8, v2, v5
	v_mul_lo_u32 v8, v8, s3
	v_sub_u32_e32 v2, v2, v8
	v_subrev_u32_e32 v8, s3, v2
	v_cmp_le_u32_e32 vcc, s3, v2
	v_xor_b32_e32 v7, s2, v7
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_lshlrev_b32_e32 v3, 4, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v8, vcc
	v_subrev_u32_e32 v8, s3, v2
	v_cmp_le_u32_e32 vcc, s3, v2
	v_subrev_u32_e32 v7, s2, v7
	.loc	1 33 23 is_stmt 1               ; w8a8_gemm.py:33:23
	s_lshl_b32 s33, s17, 6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v8, vcc
	v_xor_b32_e32 v2, s2, v2
	v_subrev_u32_e32 v8, s2, v2
	v_add_u32_e32 v2, s2, v50
	v_xor_b32_e32 v2, s2, v2
	v_mul_hi_u32 v5, v2, v5
	v_mul_lo_u32 v5, v5, s3
	v_sub_u32_e32 v2, v2, v5
	v_subrev_u32_e32 v5, s3, v2
	v_cmp_le_u32_e32 vcc, s3, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_bfe_i32 s17, s17, 0x10019
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v51, 32, v0
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s3, v2
	v_cmp_le_u32_e32 vcc, s3, v2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v4, 3, v51
	v_or_b32_e32 v4, s23, v4
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_cvt_f32_u32_e32 v5, s16
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v2, s2, v2
	v_subrev_u32_e32 v24, s2, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_sub_i32 s2, 0, s16
	v_rcp_iflag_f32_e32 v2, v5
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_and_or_b32 v5, v3, 48, s33
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v5, s17, v5
	v_xor_b32_e32 v5, s17, v5
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v4, s33, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v13, s17, v4
	.loc	1 35 59 is_stmt 1               ; w8a8_gemm.py:35:59
	v_and_b32_e32 v34, 0x70, v3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v9, s2, v2
	v_mul_hi_u32 v9, v2, v9
	v_add_u32_e32 v12, v2, v9
	v_mul_hi_u32 v2, v5, v12
	v_mul_lo_u32 v2, v2, s16
	v_sub_u32_e32 v2, v5, v2
	v_subrev_u32_e32 v5, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_load_dword s26, s[0:1], 0x38
	s_load_dword s18, s[0:1], 0x40
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v36, 2, v20
	v_or_b32_e32 v37, 64, v36
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v16, s17, v2
	v_xor_b32_e32 v2, s17, v13
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_mov_b64 s[24:25], s[10:11]
	s_mov_b32 s31, 0x27000
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	s_waitcnt lgkmcnt(0)
	v_mad_u64_u32 v[10:11], s[6:7], v37, s26, v[16:17]
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v14, s17, v2
	v_add_u32_e32 v2, 1, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s[10:11], s14, v37
	s_mov_b32 s19, 0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v15, s17, v2
	v_add_u32_e32 v2, 2, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v18, s17, v2
	v_add_u32_e32 v2, 3, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v19, s17, v2
	v_add_u32_e32 v2, 8, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v21, s17, v2
	v_add_u32_e32 v2, 9, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v22, s17, v2
	v_add_u32_e32 v2, 10, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v23, s17, v2
	v_add_u32_e32 v2, 11, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v11, 31, v23
	v_lshrrev_b32_e32 v11, 25, v11
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v11, v23, v11
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_nop 0
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v25, s17, v2
	v_add_u32_e32 v2, 16, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v26, s17, v2
	v_add_u32_e32 v2, 17, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v27, s17, v2
	v_add_u32_e32 v2, 18, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v28, s17, v2
	v_add_u32_e32 v2, 19, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v29, s17, v2
	v_add_u32_e32 v2, 24, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v30, s17, v2
	v_add_u32_e32 v2, 25, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v4, v2, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v31, s17, v2
	v_add_u32_e32 v2, 26, v13
	v_xor_b32_e32 v32, s17, v2
	v_mul_hi_u32 v2, v32, v12
	v_mul_lo_u32 v33, v2, s16
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	v_mad_u64_u32 v[2:3], s[2:3], v7, s15, v[34:35]
	v_mad_u64_u32 v[4:5], s[2:3], v8, s15, v[34:35]
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17                         ; standard.py:43:17 @[ w8a8_gemm.py:42:33 ]
	s_add_i32 s15, s14, 0x7f
.Ltmp3:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s15, 0x7f
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s14, v34
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	v_bfrev_b32_e32 v3, 1
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b64 vcc, vcc, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v5, v3, v2, vcc
	v_cndmask_b32_e32 v7, v3, v4, vcc
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v36
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_b32 s29, s29, 0xffff
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_mad_u64_u32 v[8:9], s[6:7], v36, s26, v[16:17]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 vcc, s[2:3], vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	buffer_load_dwordx4 v[38:41], v5, s[28:31], 0 offen
	buffer_load_dwordx4 v[42:45], v7, s[28:31], 0 offen
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v5, v3, v8, vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 vcc, s[2:3], s[10:11]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v3, v3, v10, vcc
	buffer_load_dwordx4 v[46:49], v5, s[4:7], 0 offen
	buffer_load_dwordx4 v[52:55], v3, s[4:7], 0 offen
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_u32_e32 v3, v32, v33
	v_subrev_u32_e32 v5, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_movk_i32 s6, 0x70
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v7, 31, v18
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v8, 31, v19
	v_ashrrev_i32_e32 v9, 31, v21
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_xor_b32_e32 v3, s17, v3
	v_subrev_u32_e32 v32, s17, v3
	v_add_u32_e32 v3, 27, v13
	v_xor_b32_e32 v3, s17, v3
	v_mul_hi_u32 v5, v3, v12
	v_mul_lo_u32 v5, v5, s16
	v_sub_u32_e32 v3, v3, v5
	v_subrev_u32_e32 v5, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v12, 31, v25
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v12, v25, v12
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v25, 4, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_xor_b32_e32 v3, s17, v3
	v_subrev_u32_e32 v33, s17, v3
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v3, 31, v14
	v_ashrrev_i32_e32 v5, 31, v15
	v_ashrrev_i32_e32 v10, 31, v22
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_bitop3_b32 v20, v25, v20, s6 bitop3:0x78
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v3, 25, v3
	v_lshrrev_b32_e32 v5, 25, v5
	v_lshrrev_b32_e32 v7, 25, v7
	v_lshrrev_b32_e32 v8, 25, v8
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v10, 25, v10
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u32_e32 v63, 0, v20
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_bitop3_b32 v20, v25, v0, 48 bitop3:0x78
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v3, v14, v3
	v_add_u32_e32 v5, v15, v5
	v_add_u32_e32 v7, v18, v7
	v_add_u32_e32 v8, v19, v8
	v_add_u32_e32 v9, v21, v9
	v_add_u32_e32 v10, v22, v10
	v_ashrrev_i32_e32 v13, 31, v26
	v_ashrrev_i32_e32 v14, 31, v27
	v_ashrrev_i32_e32 v15, 31, v28
	v_ashrrev_i32_e32 v18, 31, v29
	v_ashrrev_i32_e32 v19, 31, v30
	v_ashrrev_i32_e32 v21, 31, v31
	v_ashrrev_i32_e32 v22, 31, v32
	v_ashrrev_i32_e32 v23, 31, v33
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v64, 0, v20
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_lshrrev_b32_e32 v18, 25, v18
	v_lshrrev_b32_e32 v19, 25, v19
	v_lshrrev_b32_e32 v21, 25, v21
	v_lshrrev_b32_e32 v22, 25, v22
	v_lshrrev_b32_e32 v23, 25, v23
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v64, v[46:49] offset:8192
	s_waitcnt vmcnt(0)
	ds_write_b128 v64, v[52:55] offset:12288
	v_lshlrev_b32_e32 v52, 3, v0
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v13, v26, v13
	v_add_u32_e32 v14, v27, v14
	v_add_u32_e32 v15, v28, v15
	v_add_u32_e32 v18, v29, v18
	v_add_u32_e32 v19, v30, v19
	v_add_u32_e32 v21, v31, v21
	v_add_u32_e32 v22, v32, v22
	v_add_u32_e32 v23, v33, v23
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s15, 0xff
	v_mul_lo_u32 v35, v24, s18
	v_lshlrev_b32_e32 v20, 5, v0
	v_and_b32_e32 v53, 8, v52
	v_and_b32_e32 v55, 8, v0
	v_and_b32_e32 v54, 16, v0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_write_b128 v63, v[38:41]
	ds_write_b128 v63, v[42:45] offset:4096
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v56, 0x4c0, v20
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b32 s37, s9, 0xffff
	s_mov_b32 s36, s8
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b32 s17, s25, 0xffff
	s_mov_b32 s16, s24
	s_mov_b64 s[6:7], 0
	s_mov_b64 s[38:39], s[30:31]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $vgpr56
                                        ; implicit-def: $sgpr36_sgpr37
                                        ; implicit-def: $sgpr16_sgpr17
.LBB0_3:                                ; %Flow
	s_load_dword s18, s[0:1], 0x44
	v_ashrrev_i32_e32 v62, 7, v3
	v_ashrrev_i32_e32 v61, 7, v5
	v_ashrrev_i32_e32 v60, 7, v7
	v_ashrrev_i32_e32 v59, 7, v8
	v_ashrrev_i32_e32 v41, 7, v9
	v_ashrrev_i32_e32 v40, 7, v10
	v_ashrrev_i32_e32 v39, 7, v11
	v_ashrrev_i32_e32 v38, 7, v12
	v_ashrrev_i32_e32 v49, 7, v13
	v_ashrrev_i32_e32 v48, 7, v14
	v_ashrrev_i32_e32 v47, 7, v15
	v_ashrrev_i32_e32 v46, 7, v18
	v_ashrrev_i32_e32 v45, 7, v19
	v_ashrrev_i32_e32 v44, 7, v21
	v_ashrrev_i32_e32 v43, 7, v22
	v_ashrrev_i32_e32 v42, 7, v23
	s_andn2_b64 vcc, exec, s[6:7]
	v_lshlrev_b32_e32 v58, 7, v6
	v_lshrrev_b32_e32 v57, 1, v51
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	v_bfe_i32 v0, v0, 3, 1
	v_and_b32_e32 v56, 0x4c0, v20
	v_and_b32_e32 v0, 0x110, v0
	s_movk_i32 s7, 0x70
	v_bitop3_b32 v0, v0, v54, v56 bitop3:0x36
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_add_u32_e32 v1, s27, v1
	v_lshl_or_b32 v3, s34, 5, v58
	v_bitop3_b32 v5, v52, v57, s7 bitop3:0x6c
	s_movk_i32 s7, 0x60
	v_or_b32_e32 v0, v0, v53
	v_lshrrev_b32_e32 v1, 2, v1
.Ltmp4:
	.loc	2 43 30                         ; standard.py:43:30 @[ w8a8_gemm.py:42:33 ]
	s_lshr_b32 s6, s15, 7
	v_or_b32_e32 v6, v3, v5
	v_bitop3_b32 v7, v3, 32, v5 bitop3:0x36
	v_bitop3_b32 v8, v3, 64, v5 bitop3:0x36
	v_bitop3_b32 v3, v3, s7, v5 bitop3:0x36
	v_or_b32_e32 v5, s23, v0
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	s_and_b32 s25, s25, 0xffff
	v_bitop3_b32 v0, v0, 32, s23 bitop3:0x36
.Ltmp5:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_u32_e32 v9, 0xc0, v1
	v_or_b32_e32 v1, 0x80, v1
	v_mov_b32_e32 v24, 0
	.loc	1 52 28                         ; w8a8_gemm.py:52:28
	s_lshl_b32 s19, s26, 7
	s_mov_b64 s[36:37], s[8:9]
	s_mov_b64 s[16:17], s[24:25]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_mul_lo_u32 v65, s26, v9
	v_mul_lo_u32 v66, s26, v1
	v_add_u32_e32 v67, 0x80, v4
	v_add_u32_e32 v68, 0x80, v2
	s_add_i32 s35, s6, -1
	s_add_i32 s40, s14, 0xffffff80
	s_mov_b32 s41, 0
	v_bfrev_b32_e32 v69, 1
	v_add_u32_e32 v70, 0, v6
	v_add_u32_e32 v71, 0, v7
	v_add_u32_e32 v72, 0, v8
	v_add_u32_e32 v73, 0, v3
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_add_u32_e32 v74, 0, v5
	v_add_u32_e32 v75, 0, v0
	s_mov_b32 s10, s38
	s_mov_b32 s11, s39
	s_mov_b32 s26, s38
	s_mov_b32 s27, s39
	v_mov_b32_e32 v25, v24
	v_mov_b32_e32 v32, v24
	v_mov_b32_e32 v33, v24
	v_mov_b32_e32 v30, v24
	v_mov_b32_e32 v31, v24
	v_mov_b32_e32 v28, v24
	v_mov_b32_e32 v29, v24
	v_mov_b32_e32 v26, v24
	v_mov_b32_e32 v27, v24
	v_mov_b32_e32 v22, v24
	v_mov_b32_e32 v23, v24
	v_mov_b32_e32 v20, v24
	v_mov_b32_e32 v21, v24
	v_mov_b32_e32 v18, v24
	v_mov_b32_e32 v19, v24
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 51 18                         ; w8a8_gemm.py:51:18
	v_add_u32_e32 v0, s41, v68
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s40, v34
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s42, s41, 7
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_u32_e32 v1, s41, v67
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v0, v69, v0, vcc
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_add_lshl_u32 v76, s42, v35, 2
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v1, v69, v1, vcc
	buffer_load_dwordx4 v[108:111], v0, s[28:31], 0 offen
	buffer_load_dwordx4 v[112:115], v1, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	buffer_load_dword v76, v76, s[8:11], 0 offen
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64_tr_b8 v[78:79], v74 offset:8192
	ds_read_b64_tr_b8 v[82:83], v74 offset:10240
	ds_read_b64_tr_b8 v[80:81], v75 offset:8704
	ds_read_b64_tr_b8 v[84:85], v75 offset:10752
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b128 v[86:89], v70
	ds_read_b128 v[90:93], v71
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[78:85], v[86:93], 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64_tr_b8 v[78:79], v74 offset:12288
	ds_read_b64_tr_b8 v[82:83], v74 offset:14336
	ds_read_b64_tr_b8 v[80:81], v75 offset:12800
	ds_read_b64_tr_b8 v[84:85], v75 offset:14848
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b128 v[86:89], v72
	ds_read_b128 v[90:93], v73
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_u32_e32 v77, v66, v16
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s[14:15], s40, v36
	v_cmp_gt_i32_e32 vcc, s40, v37
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s42, s42, s18
	.loc	1 48 22 is_stmt 0               ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v94, s42, v59, 2
	v_add_lshl_u32 v95, s42, v41, 2
	v_add_lshl_u32 v96, s42, v40, 2
	v_add_lshl_u32 v97, s42, v39, 2
	v_add_lshl_u32 v98, s42, v38, 2
	v_add_lshl_u32 v99, s42, v49, 2
	v_add_lshl_u32 v100, s42, v48, 2
	v_add_lshl_u32 v101, s42, v47, 2
	v_add_lshl_u32 v102, s42, v46, 2
	v_add_lshl_u32 v103, s42, v45, 2
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[78:85], v[86:93], v[0:15]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v91, s42, v62, 2
	v_add_lshl_u32 v92, s42, v61, 2
	v_add_lshl_u32 v93, s42, v60, 2
	v_add_lshl_u32 v104, s42, v44, 2
	v_add_lshl_u32 v105, s42, v43, 2
	v_add_lshl_u32 v106, s42, v42, 2
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addk_i32 s41, 0x80
	s_add_i32 s35, s35, -1
	s_addk_i32 s40, 0xff80
	s_cmp_lg_u32 s35, 0
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	s_nop 8
	v_pk_mul_f32 v[0:1], v[76:77], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[76:77], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[76:77], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[76:77], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[76:77], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[76:77], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[76:77], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[76:77], v[14:15] op_sel_hi:[0,1]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_u32_e32 v76, v65, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v77, v69, v77, s[14:15]
	v_cndmask_b32_e32 v90, v69, v76, vcc
	buffer_load_dwordx4 v[116:119], v77, s[4:7], 0 offen
	buffer_load_dwordx4 v[120:123], v90, s[4:7], 0 offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	buffer_load_dword v76, v91, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v77, v92, s[24:27], 0 offen
	buffer_load_dword v78, v93, s[24:27], 0 offen
	buffer_load_dword v79, v94, s[24:27], 0 offen
	buffer_load_dword v80, v95, s[24:27], 0 offen
	buffer_load_dword v81, v96, s[24:27], 0 offen
	buffer_load_dword v82, v97, s[24:27], 0 offen
	buffer_load_dword v83, v98, s[24:27], 0 offen
	buffer_load_dword v84, v99, s[24:27], 0 offen
	buffer_load_dword v85, v100, s[24:27], 0 offen
	buffer_load_dword v86, v101, s[24:27], 0 offen
	buffer_load_dword v87, v102, s[24:27], 0 offen
	buffer_load_dword v88, v103, s[24:27], 0 offen
	buffer_load_dword v89, v104, s[24:27], 0 offen
                                        ; kill: killed $vgpr95
                                        ; kill: killed $vgpr99
                                        ; kill: killed $vgpr103
                                        ; kill: killed $vgpr92
                                        ; kill: killed $vgpr96
                                        ; kill: killed $vgpr100
                                        ; kill: killed $vgpr104
                                        ; kill: killed $vgpr93
                                        ; kill: killed $vgpr97
                                        ; kill: killed $vgpr90
                                        ; kill: killed $vgpr101
                                        ; kill: killed $vgpr94
                                        ; kill: killed $vgpr98
                                        ; kill: killed $vgpr91
                                        ; kill: killed $vgpr102
	buffer_load_dword v90, v105, s[24:27], 0 offen
	buffer_load_dword v91, v106, s[24:27], 0 offen
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_u32_e32 v16, s19, v16
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v63, v[108:111]
	ds_write_b128 v63, v[112:115] offset:4096
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(17)
	ds_write_b128 v64, v[116:119] offset:8192
	s_waitcnt vmcnt(16)
	ds_write_b128 v64, v[120:123] offset:12288
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[24:25], v[76:77], v[0:1], v[24:25]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[32:33], v[78:79], v[2:3], v[32:33]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[30:31], v[80:81], v[4:5], v[30:31]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[28:29], v[82:83], v[6:7], v[28:29]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[26:27], v[84:85], v[8:9], v[26:27]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[22:23], v[86:87], v[10:11], v[22:23]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[20:21], v[88:89], v[12:13], v[20:21]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[18:19], v[90:91], v[14:15], v[18:19]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_5
; %bb.6:                                ; %._crit_edge.loopexit
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s19, s41, 7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v28, 0
	v_mov_b32_e32 v31, 0
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v24, 0
.LBB0_8:                                ; %Flow132
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	v_add_lshl_u32 v0, s19, v35, 2
	v_bfrev_b32_e32 v1, 1
	s_load_dword s0, s[0:1], 0x3c
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s1, s19, s18
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	buffer_load_dword v16, v0, s[36:39], 0 offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v0, s1, v62, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	s_mov_b32 s18, s38
	s_mov_b32 s19, s39
	v_add_lshl_u32 v2, s1, v61, 2
	v_add_lshl_u32 v3, s1, v60, 2
	v_add_lshl_u32 v4, s1, v59, 2
	v_add_lshl_u32 v5, s1, v41, 2
	v_add_lshl_u32 v6, s1, v40, 2
	v_add_lshl_u32 v7, s1, v39, 2
	v_add_lshl_u32 v8, s1, v38, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	v_cndmask_b32_e64 v3, v1, v3, s[2:3]
	v_cndmask_b32_e64 v4, v1, v4, s[2:3]
	v_cndmask_b32_e64 v5, v1, v5, s[2:3]
	v_cndmask_b32_e64 v6, v1, v6, s[2:3]
	v_cndmask_b32_e64 v7, v1, v7, s[2:3]
	v_cndmask_b32_e64 v8, v1, v8, s[2:3]
	buffer_load_dword v40, v0, s[16:19], 0 offen
	buffer_load_dword v41, v2, s[16:19], 0 offen
	buffer_load_dword v38, v3, s[16:19], 0 offen
	buffer_load_dword v39, v4, s[16:19], 0 offen
	buffer_load_dword v36, v5, s[16:19], 0 offen
	buffer_load_dword v37, v6, s[16:19], 0 offen
	buffer_load_dword v34, v7, s[16:19], 0 offen
	buffer_load_dword v35, v8, s[16:19], 0 offen
	v_add_lshl_u32 v0, s1, v49, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	v_add_lshl_u32 v2, s1, v48, 2
	v_add_lshl_u32 v3, s1, v47, 2
	v_add_lshl_u32 v4, s1, v46, 2
	v_add_lshl_u32 v5, s1, v45, 2
	v_add_lshl_u32 v6, s1, v44, 2
	v_add_lshl_u32 v7, s1, v43, 2
	v_add_lshl_u32 v8, s1, v42, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	v_cndmask_b32_e64 v3, v1, v3, s[2:3]
	v_cndmask_b32_e64 v4, v1, v4, s[2:3]
	v_cndmask_b32_e64 v5, v1, v5, s[2:3]
	v_cndmask_b32_e64 v6, v1, v6, s[2:3]
	v_cndmask_b32_e64 v7, v1, v7, s[2:3]
	v_cndmask_b32_e64 v1, v1, v8, s[2:3]
	buffer_load_dword v48, v0, s[16:19], 0 offen
	buffer_load_dword v49, v2, s[16:19], 0 offen
	buffer_load_dword v46, v3, s[16:19], 0 offen
	buffer_load_dword v47, v4, s[16:19], 0 offen
	buffer_load_dword v44, v5, s[16:19], 0 offen
	buffer_load_dword v45, v6, s[16:19], 0 offen
	buffer_load_dword v42, v7, s[16:19], 0 offen
	buffer_load_dword v43, v1, s[16:19], 0 offen
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_andn2_b64 vcc, exec, s[2:3]
	s_cbranch_vccnz .LBB0_10
; %bb.9:
	.loc	1 0 25 is_stmt 0                ; w8a8_gemm.py:0:25
	v_mov_b32_e32 v0, 0x110
	v_cmp_eq_u32_e32 vcc, 0, v55
	s_movk_i32 s1, 0x70
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	v_bitop3_b32 v52, v52, v57, s1 bitop3:0x6c
	v_cndmask_b32_e64 v0, v0, 0, vcc
	v_bitop3_b32 v0, v0, v54, v56 bitop3:0x36
	v_or3_b32 v0, v0, v53, s23
	v_add_u32_e32 v1, 0, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xad_u32 v0, v0, 32, 0
	ds_read_b64_tr_b8 v[60:61], v1 offset:8192
	ds_read_b64_tr_b8 v[64:65], v1 offset:10240
	ds_read_b64_tr_b8 v[62:63], v0 offset:8704
	ds_read_b64_tr_b8 v[66:67], v0 offset:10752
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshl_or_b32 v53, s34, 5, v58
	v_or_b32_e32 v54, v53, v52
	v_xad_u32 v2, v54, 32, 0
	v_add_u32_e32 v3, 0, v54
	ds_read_b128 v[72:75], v2
	ds_read_b128 v[68:71], v3
	ds_read_b64_tr_b8 v[76:77], v1 offset:12288
	ds_read_b64_tr_b8 v[80:81], v1 offset:14336
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64_tr_b8 v[78:79], v0 offset:12800
	ds_read_b64_tr_b8 v[82:83], v0 offset:14848
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[60:67], v[68:75], 0
	s_movk_i32 s1, 0x60
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_bitop3_b32 v52, v53, s1, v52 bitop3:0x36
	v_add_u32_e32 v52, 0, v52
	v_xad_u32 v53, v54, 64, 0
	ds_read_b128 v[56:59], v52
	ds_read_b128 v[52:55], v53
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[76:83], v[52:59], v[0:15]
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 25 is_stmt 0                ; w8a8_gemm.py:0:25
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
.LBB0_11:
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(16)
	s_nop 15
	s_nop 1
	v_pk_mul_f32 v[0:1], v[16:17], v[0:1] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[0:1], v[40:41], v[0:1], v[24:25]
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v51, 2, v51
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v25, v25, v1, s[2:3]
	v_cndmask_b32_e64 v24, v24, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[2:3] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[0:1], v[38:39], v[0:1], v[32:33]
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_or_b32_e32 v51, s23, v51
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v2, v33, v1, s[2:3]
	v_cndmask_b32_e64 v3, v32, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[4:5] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[0:1], v[36:37], v[0:1], v[30:31]
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	s_mul_i32 s1, s0, s22
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v4, v31, v1, s[2:3]
	v_cndmask_b32_e64 v5, v30, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[6:7] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[0:1], v[34:35], v[0:1], v[28:29]
	.loc	1 33 33 is_stmt 1               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v54, s33, v51
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v6, v29, v1, s[2:3]
	v_cndmask_b32_e64 v7, v28, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[8:9] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[0:1], v[48:49], v[0:1], v[26:27]
	.loc	1 56 52 is_stmt 1               ; w8a8_gemm.py:56:52
	s_add_i32 s1, s1, s33
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v27, v1, s[2:3]
	v_cndmask_b32_e64 v9, v26, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[10:11] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[0:1], v[46:47], v[0:1], v[22:23]
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_or_b32_e32 v52, 16, v51
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v23, v1, s[2:3]
	v_cndmask_b32_e64 v11, v22, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[20:21]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v50
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v21, v1, s[2:3]
	v_cndmask_b32_e64 v13, v20, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[42:43], v[0:1], v[18:19]
	.loc	1 33 33 is_stmt 1               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v53, s33, v52
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v15, v18, v0, s[2:3]
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_mul_lo_u32 v0, v17, s0
	v_add_u32_e32 v16, s1, v0
	.loc	1 57 58                         ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[0:1], s13, v54
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v19, v1, s[2:3]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v0, v24, v25
	v_cvt_pk_bf16_f32 v1, v3, v2
	v_cvt_pk_bf16_f32 v2, v5, v4
	v_cvt_pk_bf16_f32 v3, v7, v6
	v_cvt_pk_bf16_f32 v4, v9, v8
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	v_add_lshl_u32 v8, v16, v51, 1
	v_bfrev_b32_e32 v9, 1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 57 58 is_stmt 0               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[2:3], s13, v53
	.loc	1 58 28 is_stmt 1               ; w8a8_gemm.py:58:28
	v_permlane32_swap_b32_e32 v0, v2
	v_permlane32_swap_b32_e32 v1, v3
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e64 v8, v9, v8, s[0:1]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v5, v11, v10
	v_cvt_pk_bf16_f32 v6, v13, v12
	v_cvt_pk_bf16_f32 v7, v15, v14
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	buffer_store_dwordx4 v[0:3], v8, s[20:23], 0 offen
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b64 vcc, vcc, s[2:3]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_permlane32_swap_b32_e32 v4, v6
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	v_add_lshl_u32 v0, v16, v52, 1
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_permlane32_swap_b32_e32 v5, v7
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e32 v0, v9, v0, vcc
	buffer_store_dwordx4 v[4:7], v0, s[20:23], 0 offen
	.loc	1 58 4                          ; w8a8_gemm.py:58:4
	s_endpgm
.Ltmp6:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel w8a8_block_fp8_matmul
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 88
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 14
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 124
		.amdhsa_next_free_sgpr 43
		.amdhsa_accum_offset 124
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
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
	.set w8a8_block_fp8_matmul.num_vgpr, 124
	.set w8a8_block_fp8_matmul.num_agpr, 0
	.set w8a8_block_fp8_matmul.numbered_sgpr, 43
	.set w8a8_block_fp8_matmul.num_named_barrier, 0
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4832
; TotalNumSgprs: 49
; NumVgprs: 124
; NumAgprs: 0
; TotalNumVgprs: 124
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 15
; NumSGPRsForWavesPerEU: 49
; NumVGPRsForWavesPerEU: 124
; AccumOffset: 124
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 30
; COMPUTE_PGM_RSRC3_GFX90A:TG_SPLIT: 0
	.text
	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
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
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
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
  - .agpr_count:     0
    .args:
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
    .max_flat_workgroup_size: 256
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     49
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     124
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

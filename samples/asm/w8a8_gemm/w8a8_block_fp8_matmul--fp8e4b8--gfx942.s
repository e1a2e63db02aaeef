	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	w8a8_block_fp8_matmul           ; -- Begin function w8a8_block_fp8_matmul
	.p2align	8
	.type	w8a8_block_fp8_matmul,@function
w8a8_block_fp8_matmul:                  ; @w8a8_block_fp8_matmul
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.11:
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
; %bb.12:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_mov_b64 s[28:29], s[2:3]
.Ltmp1:
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_readfirstlane_b32 s2, v0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v9, 32, v0
	s_and_b32 s34, s2, 64
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_and_b32 s27, s2, 0xc0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s33, s2, 0x80
	v_lshrrev_b32_e32 v4, 3, v9
	s_lshr_b32 s2, s34, 1
	v_or_b32_e32 v50, s2, v4
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	s_abs_i32 s2, s12
	v_cvt_f32_u32_e32 v4, s2
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v1, 63, v0
	v_or_b32_e32 v25, s27, v1
	s_mov_b64 s[20:21], s[6:7]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_rcp_f32_e32 v4, v4
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	s_lshl_b32 s22, s16, 6
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v2, 3, v25
	v_and_b32_e32 v3, 31, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s3, s33, 2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s6, 0, s2
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v31, s3, v3
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v2, s22, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_bfe_i32 s3, s16, 0x10019
	v_mul_lo_u32 v6, s6, v4
	v_add_u32_e32 v2, s3, v2
	v_mul_hi_u32 v6, v4, v6
	v_xor_b32_e32 v5, s3, v2
	v_add_u32_e32 v4, v4, v6
	v_mul_hi_u32 v6, v5, v4
	v_mul_lo_u32 v6, v6, s2
	v_sub_u32_e32 v5, v5, v6
	v_subrev_u32_e32 v6, s2, v5
	v_cmp_le_u32_e32 vcc, s2, v5
	v_add_u32_e32 v2, 32, v2
	v_xor_b32_e32 v2, s3, v2
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s2, v5
	v_cmp_le_u32_e32 vcc, s2, v5
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v54, s22, v31
	s_mov_b64 s[24:25], s[10:11]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_mul_hi_u32 v6, v2, v4
	v_mul_lo_u32 v6, v6, s2
	v_sub_u32_e32 v2, v2, v6
	v_subrev_u32_e32 v6, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_abs_i32 s11, s13
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v32, 3, v0
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_subrev_u32_e32 v6, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	s_lshl_b32 s23, s17, 6
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_bfe_i32 s41, s17, 0x10019
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_xor_b32_e32 v2, s3, v2
	v_subrev_u32_e32 v6, s3, v2
	v_add_u32_e32 v2, s3, v54
	v_xor_b32_e32 v2, s3, v2
	v_mul_hi_u32 v4, v2, v4
	v_mul_lo_u32 v4, v4, s2
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v55, s23, v50
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	v_add_u32_e32 v17, s41, v55
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_sub_i32 s2, 0, s11
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v51, 8, v50
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s3, v2
	v_subrev_u32_e32 v10, s3, v2
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cvt_f32_u32_e32 v2, s11
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_lshl_or_b32 v4, v32, 4, s23
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v4, s41, v4
	v_xor_b32_e32 v4, s41, v4
	v_rcp_f32_e32 v2, v2
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v7, s23, v51
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_or_b32_e32 v52, 16, v50
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v56, s23, v52
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_or_b32_e32 v53, 24, v50
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v11, s23, v53
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v5, s3, v5
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v8, s2, v2
	v_mul_hi_u32 v8, v2, v8
	v_add_u32_e32 v16, v2, v8
	v_mul_hi_u32 v2, v4, v16
	v_mul_lo_u32 v2, v2, s11
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s11, v2
	v_cmp_le_u32_e32 vcc, s11, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_u32_e32 v5, s3, v5
	s_load_dword s26, s[0:1], 0x38
	s_load_dword s10, s[0:1], 0x40
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s11, v2
	v_cmp_le_u32_e32 vcc, s11, v2
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v4, s41, v17
	v_mul_hi_u32 v12, v4, v16
	v_mul_lo_u32 v12, v12, s11
	v_sub_u32_e32 v4, v4, v12
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	v_xor_b32_e32 v2, s41, v2
	v_subrev_u32_e32 v8, s41, v2
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v18, s41, v4
	v_add_u32_e32 v4, 1, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v12, v4, v16
	v_mul_lo_u32 v12, v12, s11
	v_sub_u32_e32 v4, v4, v12
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_mov_b32 s18, 0
	s_nop 0
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v19, s41, v4
	v_add_u32_e32 v4, 2, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v12, v4, v16
	v_mul_lo_u32 v12, v12, s11
	v_sub_u32_e32 v4, v4, v12
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v20, s41, v4
	v_add_u32_e32 v4, 3, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v12, v4, v16
	v_mul_lo_u32 v12, v12, s11
	v_sub_u32_e32 v4, v4, v12
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_subrev_u32_e32 v12, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v21, s41, v4
	v_add_u32_e32 v4, s41, v7
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v22, s41, v4
	v_add_u32_e32 v4, 9, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v23, s41, v4
	v_add_u32_e32 v4, 10, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v24, s41, v4
	v_add_u32_e32 v4, 11, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v33, s41, v4
	v_add_u32_e32 v4, s41, v56
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v35, s41, v4
	v_add_u32_e32 v4, 17, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v36, s41, v4
	v_add_u32_e32 v4, 18, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v37, s41, v4
	v_add_u32_e32 v4, 19, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v38, s41, v4
	v_add_u32_e32 v4, s41, v11
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v39, s41, v4
	v_add_u32_e32 v4, 25, v17
	v_xor_b32_e32 v4, s41, v4
	v_mul_hi_u32 v7, v4, v16
	v_mul_lo_u32 v7, v7, s11
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s11, v4
	v_cmp_le_u32_e32 vcc, s11, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s41, v4
	v_subrev_u32_e32 v48, s41, v4
	v_add_u32_e32 v4, 26, v17
	v_xor_b32_e32 v11, s41, v4
	v_mul_hi_u32 v4, v11, v16
	v_mul_lo_u32 v49, v4, s11
	.loc	1 35 53                         ; w8a8_gemm.py:35:53
	v_lshlrev_b32_e32 v4, 4, v0
	v_and_b32_e32 v30, 0x70, v4
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	v_mad_u64_u32 v[4:5], s[2:3], v5, s15, v[30:31]
	v_mad_u64_u32 v[6:7], s[2:3], v6, s15, v[30:31]
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s15, s14, 0x7f
.Ltmp3:
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s15, 0x7f
	s_cselect_b64 vcc, -1, 0
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s[2:3], s14, v30
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	v_bfrev_b32_e32 v7, 1
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_b32 s29, s29, 0xffff
	v_cndmask_b32_e64 v5, v7, v4, s[2:3]
	v_cndmask_b32_e64 v12, v7, v6, s[2:3]
	buffer_load_dwordx4 v[26:29], v5, s[28:31], 0 offen
	buffer_load_dwordx4 v[40:43], v12, s[28:31], 0 offen
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_lshrrev_b32_e32 v5, 1, v25
	v_and_b32_e32 v34, 0x7e, v5
	v_or_b32_e32 v5, 1, v5
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_waitcnt lgkmcnt(0)
	v_mad_u64_u32 v[12:13], s[2:3], v34, s26, v[8:9]
	v_mad_u64_u32 v[14:15], s[2:3], v5, s26, v[8:9]
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[2:3], s14, v34
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_and_b32 s5, s5, 0xffff
	v_cndmask_b32_e64 v8, v7, v12, s[2:3]
	v_cndmask_b32_e64 v7, v7, v14, s[2:3]
	buffer_load_dwordx4 v[44:47], v8, s[4:7], 0 offen
	buffer_load_dwordx4 v[58:61], v7, s[4:7], 0 offen
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v7, v11, v49
	v_subrev_u32_e32 v8, s11, v7
	v_cmp_le_u32_e64 s[2:3], s11, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v11, 31, v20
	v_lshrrev_b32_e32 v11, 25, v11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	v_subrev_u32_e32 v8, s11, v7
	v_cmp_le_u32_e64 s[2:3], s11, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v12, 31, v21
	v_add_u32_e32 v11, v20, v11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	v_xor_b32_e32 v7, s41, v7
	v_subrev_u32_e32 v49, s41, v7
	v_add_u32_e32 v7, 27, v17
	v_xor_b32_e32 v7, s41, v7
	v_mul_hi_u32 v8, v7, v16
	v_mul_lo_u32 v8, v8, s11
	v_sub_u32_e32 v7, v7, v8
	v_subrev_u32_e32 v8, s11, v7
	v_cmp_le_u32_e64 s[2:3], s11, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v16, 31, v33
	v_lshrrev_b32_e32 v16, 25, v16
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	v_subrev_u32_e32 v8, s11, v7
	v_cmp_le_u32_e64 s[2:3], s11, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	v_add_u32_e32 v16, v33, v16
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v8, 31, v19
	v_lshrrev_b32_e32 v8, 25, v8
	v_add_u32_e32 v8, v19, v8
	v_ashrrev_i32_e32 v19, 31, v37
	v_lshrrev_b32_e32 v19, 25, v19
	v_ashrrev_i32_e32 v20, 31, v38
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b32_e32 v33, 4, v25
	v_and_b32_e32 v25, 0x78, v25
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v12, v21, v12
	v_ashrrev_i32_e32 v13, 31, v22
	v_add_u32_e32 v19, v37, v19
	v_lshrrev_b32_e32 v20, 25, v20
	v_ashrrev_i32_e32 v21, 31, v39
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v25, v33, v25
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b32_e32 v37, 3, v32
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v13, 25, v13
	v_add_u32_e32 v20, v38, v20
	v_lshrrev_b32_e32 v21, 25, v21
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v38, 0, v25
	v_xor_b32_e32 v25, 8, v25
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s2, 0x5010400
	v_xor_b32_e32 v37, v34, v37
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v13, v22, v13
	v_add_u32_e32 v21, v39, v21
	v_ashrrev_i32_e32 v22, 31, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v39, 0, v25
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshl_or_b32 v32, v32, 11, v37
	v_mov_b32_e32 v37, 8
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v22, 25, v22
	v_ashrrev_i32_e32 v17, 31, v35
	v_add_u32_e32 v22, v48, v22
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u32_e32 v48, 0, v32
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v17, 25, v17
	v_add_u32_e32 v17, v35, v17
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s3, 0x7030602
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v7, s41, v7
	v_subrev_u32_e32 v57, s41, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v7, 31, v18
	v_lshrrev_b32_e32 v7, 25, v7
	v_add_u32_e32 v7, v18, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v38, v[26:27], v[40:41] offset1:8
	ds_write2st64_b64 v39, v[28:29], v[42:43] offset1:8
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v18, 31, v36
	v_lshrrev_b32_e32 v18, 25, v18
	v_add_u32_e32 v18, v36, v18
	v_ashrrev_i32_e32 v14, 31, v23
	v_ashrrev_i32_e32 v15, 31, v24
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_add_u32_e32 v14, v23, v14
	v_add_u32_e32 v15, v24, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt vmcnt(0)
	v_perm_b32 v25, v58, v44, s2
	v_lshrrev_b32_sdwa v40, v37, v25 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v27, v59, v45, s2
	v_or_b32_sdwa v40, v25, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v48, v40 offset:8192
	v_xor_b32_e32 v40, 8, v32
	v_perm_b32 v29, v60, v46, s2
	v_perm_b32 v35, v61, v47, s2
	s_movk_i32 s2, 0xff
	v_add_u32_e32 v64, 0, v40
	v_lshrrev_b32_e32 v40, 24, v25
	v_lshlrev_b16_e32 v40, 8, v40
	v_and_b32_sdwa v25, v25, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v25, v25, v40
	v_perm_b32 v26, v58, v44, s3
	ds_write_b16 v64, v25 offset:8320
	v_xor_b32_e32 v25, 16, v32
	v_add_u32_e32 v67, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v26 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v28, v59, v45, s3
	v_or_b32_sdwa v25, v26, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v67, v25 offset:8448
	v_xor_b32_e32 v25, 24, v32
	v_add_u32_e32 v68, 0, v25
	v_lshrrev_b32_e32 v25, 24, v26
	v_lshlrev_b16_e32 v25, 8, v25
	v_and_b32_sdwa v26, v26, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v25, v26, v25
	ds_write_b16 v68, v25 offset:8576
	v_xor_b32_e32 v25, 32, v32
	v_add_u32_e32 v69, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v27 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v26, v27, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v25, v27, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v69, v25 offset:8704
	v_xor_b32_e32 v25, 40, v32
	v_add_u32_e32 v70, 0, v25
	v_lshrrev_b32_e32 v25, 24, v27
	v_lshlrev_b16_e32 v25, 8, v25
	v_or_b32_e32 v25, v26, v25
	ds_write_b16 v70, v25 offset:8832
	v_xor_b32_e32 v25, 48, v32
	v_add_u32_e32 v71, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v28 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v26, v28, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v25, v28, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v71, v25 offset:8960
	v_xor_b32_e32 v25, 56, v32
	v_add_u32_e32 v72, 0, v25
	v_lshrrev_b32_e32 v25, 24, v28
	v_lshlrev_b16_e32 v25, 8, v25
	v_or_b32_e32 v25, v26, v25
	ds_write_b16 v72, v25 offset:9088
	v_xor_b32_e32 v25, 64, v32
	v_add_u32_e32 v73, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v29 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v26, v29, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v25, v29, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v73, v25 offset:9216
	v_xor_b32_e32 v25, 0x48, v32
	v_add_u32_e32 v74, 0, v25
	v_lshrrev_b32_e32 v25, 24, v29
	v_lshlrev_b16_e32 v25, 8, v25
	v_or_b32_e32 v25, v26, v25
	v_perm_b32 v33, v60, v46, s3
	ds_write_b16 v74, v25 offset:9344
	v_xor_b32_e32 v25, 0x50, v32
	v_add_u32_e32 v75, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v33 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v26, v33, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v25, v33, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v75, v25 offset:9472
	v_xor_b32_e32 v25, 0x58, v32
	v_add_u32_e32 v76, 0, v25
	v_lshrrev_b32_e32 v25, 24, v33
	v_lshlrev_b16_e32 v25, 8, v25
	v_or_b32_e32 v25, v26, v25
	ds_write_b16 v76, v25 offset:9600
	v_xor_b32_e32 v25, 0x60, v32
	v_add_u32_e32 v77, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v35 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v26, v35, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v25, v35, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v77, v25 offset:9728
	v_xor_b32_e32 v25, 0x68, v32
	v_add_u32_e32 v78, 0, v25
	v_lshrrev_b32_e32 v25, 24, v35
	v_lshlrev_b16_e32 v25, 8, v25
	v_or_b32_e32 v25, v26, v25
	v_perm_b32 v36, v61, v47, s3
	ds_write_b16 v78, v25 offset:9856
	v_xor_b32_e32 v25, 0x70, v32
	v_add_u32_e32 v79, 0, v25
	v_lshrrev_b32_sdwa v25, v37, v36 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v23, 31, v49
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_sdwa v25, v36, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v79, v25 offset:9984
	v_xor_b32_e32 v25, 0x78, v32
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v24, 31, v57
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u32_e32 v80, 0, v25
	v_lshrrev_b32_e32 v25, 24, v36
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v23, 25, v23
	v_lshrrev_b32_e32 v24, 25, v24
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v25, 8, v25
	v_and_b32_sdwa v26, v36, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v23, v49, v23
	v_add_u32_e32 v24, v57, v24
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v25, v26, v25
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s15, 0xff
	v_mul_lo_u32 v42, v10, s10
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write_b16 v80, v25 offset:10112
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_and_b32 s37, s9, 0xffff
	s_mov_b32 s36, s8
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s17, s25, 0xffff
	s_mov_b32 s16, s24
	s_mov_b64 s[2:3], 0
	s_mov_b64 s[38:39], s[30:31]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 15 is_stmt 0                ; w8a8_gemm.py:0:15
	s_mov_b64 s[2:3], -1
                                        ; implicit-def: $sgpr36_sgpr37
                                        ; implicit-def: $sgpr16_sgpr17
.LBB0_3:                                ; %Flow181
	s_load_dword s19, s[0:1], 0x44
	s_and_b64 s[2:3], s[2:3], exec
	s_cselect_b32 s2, 1, 0
	v_ashrrev_i32_e32 v66, 7, v7
	v_ashrrev_i32_e32 v65, 7, v8
	v_ashrrev_i32_e32 v63, 7, v11
	v_ashrrev_i32_e32 v62, 7, v12
	v_ashrrev_i32_e32 v49, 7, v13
	v_ashrrev_i32_e32 v47, 7, v14
	v_ashrrev_i32_e32 v46, 7, v15
	v_ashrrev_i32_e32 v43, 7, v16
	v_ashrrev_i32_e32 v61, 7, v17
	v_ashrrev_i32_e32 v45, 7, v18
	v_ashrrev_i32_e32 v44, 7, v19
	v_ashrrev_i32_e32 v41, 7, v20
	v_ashrrev_i32_e32 v40, 7, v21
	v_ashrrev_i32_e32 v37, 7, v22
	v_ashrrev_i32_e32 v36, 7, v23
	v_ashrrev_i32_e32 v35, 7, v24
	s_cmp_lg_u32 s2, 1
	v_bfe_i32 v60, v0, 4, 1
	v_lshlrev_b32_e32 v57, 7, v3
	v_and_b32_e32 v59, 15, v0
	v_lshrrev_b32_e32 v58, 2, v9
	s_cbranch_scc1 .LBB0_6
; %bb.4:                                ; %.lr.ph
	.loc	1 52 19 is_stmt 1               ; w8a8_gemm.py:52:19
	s_lshl_b32 s35, s26, 7
.Ltmp4:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_lshr_b32 s6, s15, 7
	v_lshlrev_b32_e32 v0, 3, v59
	s_lshl_b32 s2, s33, 5
	v_xor_b32_e32 v3, v0, v58
	s_cmp_eq_u32 s34, 0
	v_or3_b32 v3, s2, v57, v3
	s_cselect_b32 s2, 0, 0x1010
	v_and_b32_e32 v8, 0x808, v60
	v_or_b32_e32 v9, s2, v58
	v_xor_b32_e32 v8, v8, v9
	v_xor_b32_e32 v0, v8, v0
	v_lshl_or_b32 v17, v59, 7, v0
.Ltmp5:
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_or_b32_e32 v0, 0x80, v5
	v_mad_u64_u32 v[8:9], s[2:3], s26, v0, v[2:3]
	v_add_u16_e32 v0, s27, v1
	v_lshrrev_b16_e32 v0, 1, v0
	v_and_b32_e32 v0, 0xfe, v0
	v_add_u32_e32 v0, 0x80, v0
	v_xor_b32_e32 v7, 16, v3
	v_xor_b32_e32 v10, 32, v3
	v_xor_b32_e32 v11, 48, v3
	v_xor_b32_e32 v12, 64, v3
	v_xor_b32_e32 v13, 0x50, v3
	v_xor_b32_e32 v14, 0x60, v3
	v_xor_b32_e32 v15, 0x70, v3
	v_xor_b32_e32 v18, 16, v17
	v_xor_b32_e32 v19, 32, v17
	v_xor_b32_e32 v20, 48, v17
	v_xor_b32_e32 v21, 64, v17
	v_xor_b32_e32 v22, 0x50, v17
	v_xor_b32_e32 v23, 0x60, v17
	v_xor_b32_e32 v24, 0x70, v17
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	s_and_b32 s25, s25, 0xffff
	v_mad_u64_u32 v[0:1], s[2:3], s26, v0, v[2:3]
	v_mov_b32_e32 v16, 0
	s_mov_b32 s40, 0
	s_mov_b64 s[38:39], s[10:11]
	s_mov_b64 s[36:37], s[8:9]
	s_mov_b64 s[16:17], s[24:25]
	v_subrev_u32_e32 v81, s41, v8
	v_subrev_u32_e32 v82, s41, v0
	v_add_u32_e32 v83, 0x80, v6
	v_add_u32_e32 v84, 0x80, v4
	s_add_i32 s18, s6, -1
	s_waitcnt lgkmcnt(0)
	s_lshl_b32 s41, s19, 2
	s_add_i32 s42, s14, 0xffffff80
	v_add_u32_e32 v85, 0, v3
	v_add_u32_e32 v86, 0, v7
	v_add_u32_e32 v87, 0, v10
	v_add_u32_e32 v88, 0, v11
	v_add_u32_e32 v89, 0, v12
	v_add_u32_e32 v90, 0, v13
	v_add_u32_e32 v91, 0, v14
	v_add_u32_e32 v92, 0, v15
	v_add_u32_e32 v93, 0, v17
	v_add_u32_e32 v94, 0, v18
	v_add_u32_e32 v95, 0, v19
	v_add_u32_e32 v96, 0, v20
	v_add_u32_e32 v97, 0, v21
	v_add_u32_e32 v98, 0, v22
	v_add_u32_e32 v99, 0, v23
	v_add_u32_e32 v100, 0, v24
	s_mov_b32 s43, 0x5010400
	s_mov_b32 s44, 0x7030602
	s_movk_i32 s45, 0xff
	s_mov_b32 s46, 0
	v_mov_b32_e32 v17, v16
	v_mov_b32_e32 v18, v16
	v_mov_b32_e32 v19, v16
	v_mov_b32_e32 v20, v16
	v_mov_b32_e32 v21, v16
	v_mov_b32_e32 v22, v16
	v_mov_b32_e32 v23, v16
	v_mov_b32_e32 v24, v16
	v_mov_b32_e32 v25, v16
	v_mov_b32_e32 v26, v16
	v_mov_b32_e32 v27, v16
	v_mov_b32_e32 v28, v16
	v_mov_b32_e32 v29, v16
	v_mov_b32_e32 v32, v16
	v_mov_b32_e32 v33, v16
	v_lshlrev_b32_e32 v101, 2, v40
	v_lshlrev_b32_e32 v102, 2, v41
	v_lshlrev_b32_e32 v103, 2, v44
	v_lshlrev_b32_e32 v104, 2, v45
	v_lshlrev_b32_e32 v105, 2, v61
	v_lshlrev_b32_e32 v106, 2, v43
	v_lshlrev_b32_e32 v107, 2, v46
	v_lshlrev_b32_e32 v108, 2, v47
	v_lshlrev_b32_e32 v109, 2, v49
	v_lshlrev_b32_e32 v110, 2, v62
	v_lshlrev_b32_e32 v111, 2, v63
	v_lshlrev_b32_e32 v112, 2, v65
	v_lshlrev_b32_e32 v113, 2, v66
	v_lshlrev_b32_e32 v114, 2, v42
	v_bfrev_b32_e32 v115, 1
	v_mov_b32_e32 v116, 8
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s[14:15], s42, v30
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[2:3], s42, v34
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_mov_b32 s6, s30
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v0, v115, v84, s[14:15]
	v_cndmask_b32_e64 v1, v115, v83, s[14:15]
	buffer_load_dwordx4 v[118:121], v0, s[28:31], 0 offen
	buffer_load_dwordx4 v[122:125], v1, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[126:127], v93 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b64 v[128:129], v85
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[130:131], v94 offset:8192
	ds_read_b64 v[132:133], v95 offset:8192
	ds_read_b64 v[152:153], v96 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b64 v[136:137], v86
	ds_read_b64 v[154:155], v87
	ds_read_b64 v[156:157], v88
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(6)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[126:127], v[128:129], 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_lshlrev_b32_e32 v126, 2, v37
	v_lshlrev_b32_e32 v127, 2, v36
	v_lshlrev_b32_e32 v128, 2, v35
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v129, v115, v82, s[2:3]
	s_mov_b32 s7, s31
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v117, s40, v113
	s_mov_b32 s26, s10
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[130:131], v[136:137], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v130, v115, v81, s[2:3]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_mov_b32 s27, s11
	v_add_u32_e32 v149, s40, v126
	v_add_u32_e32 v150, s40, v127
	v_add_u32_e32 v151, s40, v128
	v_add_u32_e32 v135, s40, v112
	v_add_u32_e32 v138, s40, v111
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[132:133], v[154:155], v[0:15]
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_dword v134, v114, s[8:11], 0 offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	buffer_load_dword v136, v117, s[24:27], 0 offen
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_nop 0
	buffer_load_dwordx4 v[126:129], v129, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[130:133], v130, s[4:7], 0 offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v139, s40, v110
	v_add_u32_e32 v140, s40, v109
	v_add_u32_e32 v141, s40, v108
	v_add_u32_e32 v142, s40, v107
	v_add_u32_e32 v143, s40, v106
	v_add_u32_e32 v144, s40, v105
	v_add_u32_e32 v145, s40, v104
	v_add_u32_e32 v146, s40, v103
	v_add_u32_e32 v147, s40, v102
	v_add_u32_e32 v148, s40, v101
	buffer_load_dword v137, v135, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v138, v138, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v139, v139, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v140, v140, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v141, v141, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v142, v142, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v143, v143, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v144, v144, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v145, v145, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v146, v146, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v147, v147, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v148, v148, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v149, v149, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v150, v150, s[24:27], 0 offen
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[154:155], v97 offset:8192
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	buffer_load_dword v151, v151, s[24:27], 0 offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[152:153], v[156:157], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b64 v[152:153], v89
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[156:157], v98 offset:8192
	ds_read_b64 v[158:159], v99 offset:8192
	ds_read_b64 v[160:161], v100 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b64 v[162:163], v90
	ds_read_b64 v[164:165], v91
	ds_read_b64 v[166:167], v92
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s46, s46, 1
	s_addk_i32 s42, 0xff80
	s_add_i32 s40, s40, s41
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[154:155], v[152:153], v[0:15]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_add_u32_e32 v82, s35, v82
	v_add_u32_e32 v84, 0x80, v84
	v_add_u32_e32 v81, s35, v81
	v_add_u32_e32 v83, 0x80, v83
	s_cmp_lg_u32 s18, s46
	v_add_u32_e32 v114, 4, v114
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt vmcnt(19)
	ds_write2st64_b64 v38, v[118:119], v[122:123] offset1:8
	ds_write2st64_b64 v39, v[120:121], v[124:125] offset1:8
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[156:157], v[162:163], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt vmcnt(15)
	v_perm_b32 v117, v130, v126, s43
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[158:159], v[164:165], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_perm_b32 v118, v130, v126, s44
	v_perm_b32 v119, v131, v127, s43
	v_perm_b32 v120, v131, v127, s44
	v_perm_b32 v121, v132, v128, s43
	v_perm_b32 v122, v132, v128, s44
	v_perm_b32 v123, v133, v129, s43
	v_perm_b32 v124, v133, v129, s44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[160:161], v[166:167], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v125, 24, v122
	v_lshrrev_b32_e32 v128, 24, v123
	v_lshrrev_b32_e32 v131, 24, v124
	v_and_b32_sdwa v126, v122, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v127, v116, v123 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v129, v123, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v130, v116, v124 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_nop 3
	v_pk_mul_f32 v[0:1], v[134:135], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[134:135], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[134:135], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[134:135], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[134:135], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[134:135], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[32:33], v[136:137], v[0:1], v[32:33]
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_lshrrev_b32_sdwa v0, v116, v117 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v1, 24, v117
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[8:9], v[134:135], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[134:135], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[28:29], v[138:139], v[2:3], v[28:29]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[26:27], v[140:141], v[4:5], v[26:27]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[24:25], v[142:143], v[6:7], v[24:25]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[20:21], v[146:147], v[10:11], v[20:21]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[18:19], v[148:149], v[12:13], v[18:19]
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v2, v117, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v4, 24, v118
	v_lshrrev_b32_sdwa v6, v116, v119 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v7, 24, v119
	v_lshrrev_b32_e32 v10, 24, v120
	v_lshrrev_b32_sdwa v12, v116, v121 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v13, 24, v121
	v_or_b32_sdwa v0, v117, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v1, 8, v1
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[22:23], v[144:145], v[8:9], v[22:23]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[16:17], v[150:151], v[14:15], v[16:17]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_sdwa v3, v116, v118 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v5, v118, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v8, v119, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v9, v116, v120 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v11, v120, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v14, v121, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v15, v116, v122 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v132, v124, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v4, 8, v4
	v_or_b32_sdwa v6, v119, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v7, 8, v7
	v_lshlrev_b16_e32 v10, 8, v10
	v_or_b32_sdwa v12, v121, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v13, 8, v13
	v_lshlrev_b16_e32 v117, 8, v125
	v_lshlrev_b16_e32 v119, 8, v128
	v_lshlrev_b16_e32 v121, 8, v131
	ds_write_b16 v48, v0 offset:8192
	v_or_b32_e32 v0, v2, v1
	v_or_b32_sdwa v3, v118, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v9, v120, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v15, v122, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v118, v123, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v120, v124, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_e32 v1, v5, v4
	v_or_b32_e32 v2, v8, v7
	v_or_b32_e32 v4, v11, v10
	v_or_b32_e32 v5, v14, v13
	v_or_b32_e32 v7, v126, v117
	v_or_b32_e32 v8, v129, v119
	v_or_b32_e32 v10, v132, v121
	ds_write_b16 v64, v0 offset:8320
	ds_write_b16 v67, v3 offset:8448
	ds_write_b16 v68, v1 offset:8576
	ds_write_b16 v69, v6 offset:8704
	ds_write_b16 v70, v2 offset:8832
	ds_write_b16 v71, v9 offset:8960
	ds_write_b16 v72, v4 offset:9088
	ds_write_b16 v73, v12 offset:9216
	ds_write_b16 v74, v5 offset:9344
	ds_write_b16 v75, v15 offset:9472
	ds_write_b16 v76, v7 offset:9600
	ds_write_b16 v77, v118 offset:9728
	ds_write_b16 v78, v8 offset:9856
	ds_write_b16 v79, v120 offset:9984
	ds_write_b16 v80, v10 offset:10112
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_5
	s_branch .LBB0_7
.LBB0_6:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v28, 0
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v16, 0
.LBB0_7:                                ; %Flow182
	.loc	1 47 15 is_stmt 1               ; w8a8_gemm.py:47:15
	v_add_lshl_u32 v0, s18, v42, 2
	v_bfrev_b32_e32 v1, 1
	s_load_dword s0, s[0:1], 0x3c
	v_cndmask_b32_e32 v0, v1, v0, vcc
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s1, s18, s19
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_dword v30, v0, s[36:39], 0 offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_lshl_u32 v0, s1, v66, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	s_mov_b32 s18, s38
	s_mov_b32 s19, s39
	v_add_lshl_u32 v2, s1, v65, 2
	v_add_lshl_u32 v3, s1, v63, 2
	v_add_lshl_u32 v4, s1, v62, 2
	v_add_lshl_u32 v5, s1, v49, 2
	v_add_lshl_u32 v6, s1, v47, 2
	v_add_lshl_u32 v7, s1, v46, 2
	v_add_lshl_u32 v8, s1, v43, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v8, v1, v8, vcc
	buffer_load_dword v48, v0, s[16:19], 0 offen
	buffer_load_dword v49, v2, s[16:19], 0 offen
	buffer_load_dword v46, v3, s[16:19], 0 offen
	buffer_load_dword v47, v4, s[16:19], 0 offen
	buffer_load_dword v42, v5, s[16:19], 0 offen
	buffer_load_dword v43, v6, s[16:19], 0 offen
	buffer_load_dword v38, v7, s[16:19], 0 offen
	buffer_load_dword v39, v8, s[16:19], 0 offen
	v_add_lshl_u32 v0, s1, v61, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s1, v45, 2
	v_add_lshl_u32 v3, s1, v44, 2
	v_add_lshl_u32 v4, s1, v41, 2
	v_add_lshl_u32 v5, s1, v40, 2
	v_add_lshl_u32 v6, s1, v37, 2
	v_add_lshl_u32 v7, s1, v36, 2
	v_add_lshl_u32 v8, s1, v35, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v1, v1, v8, vcc
	buffer_load_dword v44, v0, s[16:19], 0 offen
	buffer_load_dword v45, v2, s[16:19], 0 offen
	buffer_load_dword v40, v3, s[16:19], 0 offen
	buffer_load_dword v41, v4, s[16:19], 0 offen
	buffer_load_dword v36, v5, s[16:19], 0 offen
	buffer_load_dword v37, v6, s[16:19], 0 offen
	buffer_load_dword v34, v7, s[16:19], 0 offen
	buffer_load_dword v35, v1, s[16:19], 0 offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_and_b64 s[2:3], vcc, exec
	s_cselect_b32 s1, 1, 0
	s_cmp_lg_u32 s1, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cmp_eq_u32 s34, 0
	s_cselect_b32 s1, 0, 0x1010
	v_and_b32_e32 v0, 0x808, v60
	v_or_b32_e32 v1, s1, v58
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b32_e32 v2, 3, v59
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor_b32_e32 v0, v0, v1
	v_xor_b32_e32 v0, v0, v2
	v_lshl_or_b32 v59, v59, 7, v0
	v_add_u32_e32 v0, 0, v59
	ds_read_b64 v[60:61], v0 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_lshl_b32 s1, s33, 5
	v_xor_b32_e32 v0, v2, v58
	v_or3_b32 v57, s1, v57, v0
	v_add_u32_e32 v0, 0, v57
	ds_read_b64 v[62:63], v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v58, v59, 16, 0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v58, v57, 16, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v58, v59, 32, 0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v58, v57, 32, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v58, v59, 48, 0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v58, v57, 48, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xad_u32 v58, v59, 64, 0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xad_u32 v58, v57, 64, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor_b32_e32 v58, 0x50, v59
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[64:65], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v58, 0x50, v57
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[60:61], v58
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor_b32_e32 v58, 0x60, v59
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[62:63], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v58, 0x60, v57
	v_add_u32_e32 v58, 0, v58
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[64:65], v[60:61], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b64 v[60:61], v58
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor_b32_e32 v58, 0x70, v59
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[58:59], v58 offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v57, 0x70, v57
	v_add_u32_e32 v57, 0, v57
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[62:63], v[60:61], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b64 v[60:61], v57
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[58:59], v[60:61], v[0:15]
	s_branch .LBB0_10
.LBB0_9:
	.loc	1 0 16 is_stmt 0                ; w8a8_gemm.py:0:16
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, 0
.LBB0_10:
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	v_mul_lo_u32 v31, v31, s0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(16)
	s_nop 7
	v_pk_mul_f32 v[0:1], v[30:31], v[0:1] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[0:1], v[48:49], v[0:1], v[32:33]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	s_movk_i32 s8, 0x7fff
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v32, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_mov_b32_e32 v32, 1
	v_and_b32_sdwa v48, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v33, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v48, v0, v48, s8
	v_and_b32_sdwa v33, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v48, 16, v48
	v_mov_b32_e32 v49, 0x7fff
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v33, v1, v33, s8
	v_lshrrev_b32_e32 v33, 16, v33
	v_cndmask_b32_e64 v48, v49, v48, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[2:3] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[0:1], v[46:47], v[0:1], v[28:29]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v33, v49, v33, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v28, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v3, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v29, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v3, v0, v3, s8
	v_and_b32_sdwa v2, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v3, 16, v3
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v2, v1, v2, s8
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v3, v49, v3, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[4:5] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[0:1], v[42:43], v[0:1], v[26:27]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v2, v49, v2, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v26, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v5, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v27, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v5, v0, v5, s8
	v_and_b32_sdwa v4, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v5, 16, v5
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v4, v1, v4, s8
	v_lshrrev_b32_e32 v4, 16, v4
	v_cndmask_b32_e64 v5, v49, v5, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[6:7] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[0:1], v[38:39], v[0:1], v[24:25]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v4, v49, v4, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v24, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v7, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v25, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v7, v0, v7, s8
	v_and_b32_sdwa v6, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v7, 16, v7
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v6, v1, v6, s8
	v_lshrrev_b32_e32 v6, 16, v6
	v_cndmask_b32_e64 v7, v49, v7, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[8:9] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[22:23]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v6, v49, v6, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v22, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v9, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v23, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v9, v0, v9, s8
	v_and_b32_sdwa v8, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v9, 16, v9
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v8, v1, v8, s8
	v_lshrrev_b32_e32 v8, 16, v8
	v_cndmask_b32_e64 v9, v49, v9, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[10:11] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[0:1], v[40:41], v[0:1], v[20:21]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v8, v49, v8, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v20, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v11, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v21, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v11, v0, v11, s8
	v_and_b32_sdwa v10, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v11, 16, v11
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v10, v1, v10, s8
	v_lshrrev_b32_e32 v10, 16, v10
	v_cndmask_b32_e64 v11, v49, v11, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[36:37], v[0:1], v[18:19]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v10, v49, v10, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v18, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v13, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v19, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v13, v0, v13, s8
	v_and_b32_sdwa v12, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v13, 16, v13
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v12, v1, v12, s8
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	s_mul_i32 s1, s0, s22
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v13, v49, v13, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[30:31], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[34:35], v[0:1], v[16:17]
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	s_add_i32 s1, s1, s23
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_cndmask_b32_e32 v1, v17, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v15, v0, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v14, v1, v32 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v15, v0, v15, s8
	v_lshrrev_b32_e32 v12, 16, v12
	v_add3_u32 v14, v1, v14, s8
	v_lshrrev_b32_e32 v15, 16, v15
	v_cmp_o_f32_e32 vcc, v0, v0
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_or_b32_e32 v50, s1, v50
	v_or_b32_e32 v51, s1, v51
	v_or_b32_e32 v52, s1, v52
	v_or_b32_e32 v53, s1, v53
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e64 s[0:1], s12, v54
	.loc	1 57 40 is_stmt 0               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[4:5], s13, v55
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v12, v49, v12, s[6:7]
	v_lshrrev_b32_e32 v14, 16, v14
	v_cndmask_b32_e32 v15, v49, v15, vcc
	v_cmp_o_f32_e32 vcc, v1, v1
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	s_mov_b32 s6, 0x5040100
	v_perm_b32 v1, v2, v3, s6
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_cndmask_b32_e32 v14, v49, v14, vcc
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_add_lshl_u32 v2, v50, v31, 1
	v_bfrev_b32_e32 v3, 1
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b64 vcc, s[0:1], s[4:5]
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_perm_b32 v0, v33, v48, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
	v_add_lshl_u32 v2, v51, v31, 1
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[2:3], s13, v56
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_perm_b32 v1, v6, v7, s6
	v_perm_b32 v0, v4, v5, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
	v_add_lshl_u32 v2, v52, v31, 1
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b64 vcc, s[0:1], s[2:3]
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_perm_b32 v1, v10, v11, s6
	v_perm_b32 v0, v8, v9, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
	v_add_lshl_u32 v2, v53, v31, 1
	v_perm_b32 v1, v14, v15, s6
	v_perm_b32 v0, v12, v13, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
	.loc	1 20 1                          ; w8a8_gemm.py:20:1
	s_endpgm
.Ltmp6:
.Lfunc_end0:
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
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
		.amdhsa_next_free_vgpr 168
		.amdhsa_next_free_sgpr 47
		.amdhsa_accum_offset 168
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
                                        ; -- End function
	.set .Lw8a8_block_fp8_matmul.num_vgpr, 168
	.set .Lw8a8_block_fp8_matmul.num_agpr, 0
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 47
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 0
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 6964
; TotalNumSgprs: 53
; NumVgprs: 168
; NumAgprs: 0
; TotalNumVgprs: 168
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 20
; NumSGPRsForWavesPerEU: 53
; NumVGPRsForWavesPerEU: 168
; AccumOffset: 168
; Occupancy: 3
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 41
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
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
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
    .sgpr_count:     53
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     168
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

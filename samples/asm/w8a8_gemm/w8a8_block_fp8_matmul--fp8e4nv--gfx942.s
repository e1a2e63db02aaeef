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
	s_mov_b64 s[52:53], s[2:3]
.Ltmp1:
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_readfirstlane_b32 s2, v0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v4, 3, v0
	s_and_b32 s64, s2, 64
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_and_b32 s19, s2, 0xc0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s47, s2, 0x80
	v_and_b32_e32 v82, 4, v4
	s_lshr_b32 s2, s64, 1
	v_or_b32_e32 v75, s2, v82
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	s_abs_i32 s2, s12
	v_cvt_f32_u32_e32 v4, s2
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v1, 63, v0
	v_or_b32_e32 v42, s19, v1
	v_and_b32_e32 v3, 31, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_rcp_f32_e32 v4, v4
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s3, s47, 2
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	s_lshl_b32 s33, s16, 6
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v2, 3, v42
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v74, s3, v3
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s3, 0, s2
	s_mov_b64 s[48:49], s[10:11]
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v2, s33, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_bfe_i32 s11, s16, 0x10019
	v_mul_lo_u32 v6, s3, v4
	v_add_u32_e32 v2, s11, v2
	v_mul_hi_u32 v6, v4, v6
	v_xor_b32_e32 v5, s11, v2
	v_add_u32_e32 v4, v4, v6
	v_mul_hi_u32 v6, v5, v4
	v_mul_lo_u32 v6, v6, s2
	v_sub_u32_e32 v5, v5, v6
	v_subrev_u32_e32 v6, s2, v5
	v_cmp_le_u32_e32 vcc, s2, v5
	v_add_u32_e32 v2, 32, v2
	v_xor_b32_e32 v2, s11, v2
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s2, v5
	v_cmp_le_u32_e32 vcc, s2, v5
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v79, s33, v74
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_abs_i32 s20, s13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_mul_hi_u32 v6, v2, v4
	v_mul_lo_u32 v6, v6, s2
	v_sub_u32_e32 v2, v2, v6
	v_subrev_u32_e32 v6, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	v_and_b32_e32 v43, 3, v0
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	s_lshl_b32 s46, s17, 6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_subrev_u32_e32 v6, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_bfe_i32 s16, s17, 0x10019
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v80, s46, v75
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_xor_b32_e32 v2, s11, v2
	v_subrev_u32_e32 v6, s11, v2
	v_add_u32_e32 v2, s11, v79
	v_xor_b32_e32 v2, s11, v2
	v_mul_hi_u32 v4, v2, v4
	v_mul_lo_u32 v4, v4, s2
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v15, s16, v80
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v76, 8, v75
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_sub_i32 s2, 0, s20
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v7, s46, v76
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v9, v2, v4, vcc
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cvt_f32_u32_e32 v2, s20
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_lshl_or_b32 v4, v43, 4, s46
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v4, s16, v4
	v_xor_b32_e32 v4, s16, v4
	v_rcp_f32_e32 v2, v2
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_or_b32_e32 v77, 16, v75
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v81, s46, v77
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v78, 24, v75
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v10, s46, v78
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v5, s11, v5
	v_subrev_u32_e32 v5, s11, v5
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v8, s2, v2
	v_mul_hi_u32 v8, v2, v8
	v_add_u32_e32 v14, v2, v8
	v_mul_hi_u32 v2, v4, v14
	v_mul_lo_u32 v2, v2, s20
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s20, v2
	v_cmp_le_u32_e32 vcc, s20, v2
	s_load_dword s18, s[0:1], 0x38
	s_load_dword s10, s[0:1], 0x40
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s20, v2
	v_cmp_le_u32_e32 vcc, s20, v2
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s55, 0x27000
	s_mov_b32 s54, 0x7ffffffe
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v4, s16, v15
	v_mul_hi_u32 v11, v4, v14
	v_mul_lo_u32 v11, v11, s20
	v_sub_u32_e32 v4, v4, v11
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	v_xor_b32_e32 v2, s16, v2
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_lshrrev_b32_e32 v52, 1, v42
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	v_subrev_u32_e32 v8, s16, v2
	s_mov_b64 s[44:45], s[6:7]
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v16, s16, v4
	v_add_u32_e32 v4, 1, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v11, v4, v14
	v_mul_lo_u32 v11, v11, s20
	v_sub_u32_e32 v4, v4, v11
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s6, s54
	s_mov_b32 s7, s55
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b32_e32 v42, 4, v42
	s_mov_b32 s59, 0
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v17, s16, v4
	v_add_u32_e32 v4, 2, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v11, v4, v14
	v_mul_lo_u32 v11, v11, s20
	v_sub_u32_e32 v4, v4, v11
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v18, s16, v4
	v_add_u32_e32 v4, 3, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v11, v4, v14
	v_mul_lo_u32 v11, v11, s20
	v_sub_u32_e32 v4, v4, v11
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_subrev_u32_e32 v11, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v19, s16, v4
	v_add_u32_e32 v4, s16, v7
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v20, s16, v4
	v_add_u32_e32 v4, 9, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v21, s16, v4
	v_add_u32_e32 v4, 10, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v22, s16, v4
	v_add_u32_e32 v4, 11, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v23, s16, v4
	v_add_u32_e32 v4, s16, v81
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v44, s16, v4
	v_add_u32_e32 v4, 17, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v45, s16, v4
	v_add_u32_e32 v4, 18, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v46, s16, v4
	v_add_u32_e32 v4, 19, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v47, s16, v4
	v_add_u32_e32 v4, s16, v10
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v48, s16, v4
	v_add_u32_e32 v4, 25, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v49, s16, v4
	v_add_u32_e32 v4, 26, v15
	v_xor_b32_e32 v4, s16, v4
	v_mul_hi_u32 v7, v4, v14
	v_mul_lo_u32 v7, v7, s20
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s20, v4
	v_cmp_le_u32_e32 vcc, s20, v4
	s_nop 1
	v_cndmask_b32_e32 v50, v4, v7, vcc
	.loc	1 35 53                         ; w8a8_gemm.py:35:53
	v_lshlrev_b32_e32 v4, 4, v0
	v_and_b32_e32 v40, 0x70, v4
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	v_mad_u64_u32 v[4:5], s[2:3], v5, s15, v[40:41]
	v_mad_u64_u32 v[6:7], s[2:3], v6, s15, v[40:41]
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s15, s14, 0x7f
.Ltmp3:
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s15, 0x7f
	s_cselect_b64 vcc, -1, 0
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s[2:3], s14, v40
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	v_bfrev_b32_e32 v7, 1
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_b32 s53, s53, 0xffff
	v_cndmask_b32_e64 v5, v7, v4, s[2:3]
	v_cndmask_b32_e64 v10, v7, v6, s[2:3]
	buffer_load_dwordx4 v[24:27], v5, s[52:55], 0 offen
	buffer_load_dwordx4 v[28:31], v10, s[52:55], 0 offen
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_and_b32_e32 v41, 0x7e, v52
	v_or_b32_e32 v5, 1, v52
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_waitcnt lgkmcnt(0)
	v_mad_u64_u32 v[10:11], s[2:3], v41, s18, v[8:9]
	v_mad_u64_u32 v[12:13], s[2:3], v5, s18, v[8:9]
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[2:3], s14, v41
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_and_b32 s5, s5, 0xffff
	v_cndmask_b32_e64 v8, v7, v10, s[2:3]
	v_cndmask_b32_e64 v7, v7, v12, s[2:3]
	buffer_load_dwordx4 v[32:35], v8, s[4:7], 0 offen
	buffer_load_dwordx4 v[36:39], v7, s[4:7], 0 offen
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v51, s20, v50
	v_cmp_le_u32_e64 s[2:3], s20, v50
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v10, 31, v18
	v_ashrrev_i32_e32 v11, 31, v19
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v50, v51, s[2:3]
	v_xor_b32_e32 v7, s16, v7
	v_subrev_u32_e32 v50, s16, v7
	v_add_u32_e32 v7, 27, v15
	v_xor_b32_e32 v7, s16, v7
	v_mul_hi_u32 v8, v7, v14
	v_mul_lo_u32 v8, v8, s20
	v_sub_u32_e32 v7, v7, v8
	v_subrev_u32_e32 v8, s20, v7
	v_cmp_le_u32_e64 s[2:3], s20, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v12, 31, v20
	v_ashrrev_i32_e32 v13, 31, v21
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	v_subrev_u32_e32 v8, s20, v7
	v_cmp_le_u32_e64 s[2:3], s20, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v14, 31, v22
	v_ashrrev_i32_e32 v15, 31, v23
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	v_xor_b32_e32 v7, s16, v7
	v_subrev_u32_e32 v51, s16, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v7, 31, v16
	v_lshrrev_b32_e32 v7, 25, v7
	v_add_u32_e32 v7, v16, v7
	v_ashrrev_i32_e32 v16, 31, v44
	v_lshrrev_b32_e32 v16, 25, v16
	v_add_u32_e32 v16, v44, v16
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v44, 60, v52
	v_xor_b32_e32 v42, v44, v42
	v_add_u32_e32 v88, 0, v42
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s2, 0x5010400
	s_mov_b32 s3, 0x7030602
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v8, 31, v17
	v_lshrrev_b32_e32 v8, 25, v8
	v_lshrrev_b32_e32 v10, 25, v10
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_add_u32_e32 v8, v17, v8
	v_add_u32_e32 v10, v18, v10
	v_add_u32_e32 v11, v19, v11
	v_add_u32_e32 v12, v20, v12
	v_add_u32_e32 v13, v21, v13
	v_add_u32_e32 v14, v22, v14
	v_add_u32_e32 v15, v23, v15
	v_ashrrev_i32_e32 v17, 31, v45
	v_ashrrev_i32_e32 v18, 31, v46
	v_ashrrev_i32_e32 v19, 31, v47
	v_ashrrev_i32_e32 v20, 31, v48
	v_ashrrev_i32_e32 v21, 31, v49
	v_ashrrev_i32_e32 v22, 31, v50
	v_ashrrev_i32_e32 v23, 31, v51
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v9, s11, v9
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v17, 25, v17
	v_lshrrev_b32_e32 v18, 25, v18
	v_lshrrev_b32_e32 v19, 25, v19
	v_lshrrev_b32_e32 v20, 25, v20
	v_lshrrev_b32_e32 v21, 25, v21
	v_lshrrev_b32_e32 v22, 25, v22
	v_lshrrev_b32_e32 v23, 25, v23
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_u32_e32 v9, s11, v9
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v17, v45, v17
	v_add_u32_e32 v18, v46, v18
	v_add_u32_e32 v19, v47, v19
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v88, v24, v28 offset1:16
	v_xor_b32_e32 v24, 4, v42
	v_add_u32_e32 v90, 0, v24
	v_xor_b32_e32 v24, 8, v42
	v_add_u32_e32 v93, 0, v24
	v_xor_b32_e32 v24, 12, v42
	ds_write2st64_b32 v90, v25, v29 offset1:16
	v_add_u32_e32 v95, 0, v24
	ds_write2st64_b32 v93, v26, v30 offset1:16
	ds_write2st64_b32 v95, v27, v31 offset1:16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt vmcnt(0)
	v_perm_b32 v24, v36, v32, s2
	v_perm_b32 v25, v36, v32, s3
	v_lshlrev_b32_e32 v32, 2, v43
	v_perm_b32 v26, v37, v33, s2
	v_perm_b32 v27, v37, v33, s3
	v_xor_b32_e32 v32, v41, v32
	v_mov_b32_e32 v33, 8
	v_perm_b32 v28, v38, v34, s2
	v_perm_b32 v29, v38, v34, s3
	v_lshl_or_b32 v32, v43, 11, v32
	v_lshrrev_b32_sdwa v34, v33, v24 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_add_u32_e32 v99, 0, v32
	v_or_b32_sdwa v34, v24, v34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v99, v34 offset:8192
	v_xor_b32_e32 v34, 4, v32
	v_perm_b32 v30, v39, v35, s2
	s_movk_i32 s2, 0xff
	v_add_u32_e32 v102, 0, v34
	v_lshrrev_b32_e32 v34, 24, v24
	v_lshlrev_b16_e32 v34, 8, v34
	v_and_b32_sdwa v24, v24, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v24, v24, v34
	ds_write_b16 v102, v24 offset:8320
	v_xor_b32_e32 v24, 8, v32
	v_add_u32_e32 v106, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v25 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v31, v39, v35, s3
	v_or_b32_sdwa v24, v25, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v106, v24 offset:8448
	v_xor_b32_e32 v24, 12, v32
	v_add_u32_e32 v109, 0, v24
	v_lshrrev_b32_e32 v24, 24, v25
	v_lshlrev_b16_e32 v24, 8, v24
	v_and_b32_sdwa v25, v25, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v24, v25, v24
	ds_write_b16 v109, v24 offset:8576
	v_xor_b32_e32 v24, 16, v32
	v_add_u32_e32 v111, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v26 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v25, v26, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v24, v26, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v111, v24 offset:8704
	v_xor_b32_e32 v24, 20, v32
	v_add_u32_e32 v112, 0, v24
	v_lshrrev_b32_e32 v24, 24, v26
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v24, v25, v24
	ds_write_b16 v112, v24 offset:8832
	v_xor_b32_e32 v24, 24, v32
	v_add_u32_e32 v113, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v27 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v25, v27, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v24, v27, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v113, v24 offset:8960
	v_xor_b32_e32 v24, 28, v32
	v_add_u32_e32 v114, 0, v24
	v_lshrrev_b32_e32 v24, 24, v27
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v24, v25, v24
	ds_write_b16 v114, v24 offset:9088
	v_xor_b32_e32 v24, 32, v32
	v_add_u32_e32 v115, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v28 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v25, v28, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v24, v28, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v115, v24 offset:9216
	v_xor_b32_e32 v24, 36, v32
	v_add_u32_e32 v116, 0, v24
	v_lshrrev_b32_e32 v24, 24, v28
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v24, v25, v24
	ds_write_b16 v116, v24 offset:9344
	v_xor_b32_e32 v24, 40, v32
	v_add_u32_e32 v117, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v29 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v25, v29, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v24, v29, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v117, v24 offset:9472
	v_lshrrev_b32_e32 v24, 24, v29
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v24, v25, v24
	v_xor_b32_e32 v25, 44, v32
	v_add_u32_e32 v118, 0, v25
	ds_write_b16 v118, v24 offset:9600
	v_xor_b32_e32 v24, 48, v32
	v_add_u32_e32 v119, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v30 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v25, v30, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v24, v30, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v119, v24 offset:9728
	v_lshrrev_b32_e32 v24, 24, v30
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v24, v25, v24
	v_xor_b32_e32 v25, 52, v32
	v_add_u32_e32 v120, 0, v25
	ds_write_b16 v120, v24 offset:9856
	v_xor_b32_e32 v24, 56, v32
	v_add_u32_e32 v121, 0, v24
	v_lshrrev_b32_sdwa v24, v33, v31 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v25, v31, s2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v24, v31, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v121, v24 offset:9984
	v_lshrrev_b32_e32 v24, 24, v31
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v24, v25, v24
	v_xor_b32_e32 v25, 60, v32
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v20, v48, v20
	v_add_u32_e32 v21, v49, v21
	v_add_u32_e32 v22, v50, v22
	v_add_u32_e32 v23, v51, v23
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u32_e32 v122, 0, v25
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s15, 0xff
	v_mul_lo_u32 v98, v9, s10
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write_b16 v122, v24 offset:10112
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_and_b32 s61, s9, 0xffff
	s_mov_b32 s60, s8
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s57, s49, 0xffff
	s_mov_b32 s56, s48
	s_mov_b64 s[2:3], 0
	s_mov_b64 s[62:63], s[54:55]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 15 is_stmt 0                ; w8a8_gemm.py:0:15
	s_mov_b64 s[2:3], -1
                                        ; implicit-def: $sgpr60_sgpr61
                                        ; implicit-def: $sgpr56_sgpr57
.LBB0_3:                                ; %Flow219
	s_load_dword s58, s[0:1], 0x44
	s_and_b64 s[2:3], s[2:3], exec
	s_cselect_b32 s2, 1, 0
	v_ashrrev_i32_e32 v110, 7, v7
	v_ashrrev_i32_e32 v108, 7, v8
	v_ashrrev_i32_e32 v107, 7, v10
	v_ashrrev_i32_e32 v105, 7, v11
	v_ashrrev_i32_e32 v104, 7, v12
	v_ashrrev_i32_e32 v103, 7, v13
	v_ashrrev_i32_e32 v101, 7, v14
	v_ashrrev_i32_e32 v100, 7, v15
	v_ashrrev_i32_e32 v97, 7, v16
	v_ashrrev_i32_e32 v96, 7, v17
	v_ashrrev_i32_e32 v94, 7, v18
	v_ashrrev_i32_e32 v92, 7, v19
	v_ashrrev_i32_e32 v91, 7, v20
	v_ashrrev_i32_e32 v89, 7, v21
	v_ashrrev_i32_e32 v87, 7, v22
	v_ashrrev_i32_e32 v86, 7, v23
	s_cmp_lg_u32 s2, 1
	v_bfe_i32 v85, v0, 4, 1
	v_lshlrev_b32_e32 v83, 7, v3
	v_and_b32_e32 v84, 15, v0
	s_cbranch_scc1 .LBB0_6
; %bb.4:                                ; %.lr.ph
	.loc	1 52 19 is_stmt 1               ; w8a8_gemm.py:52:19
	s_lshl_b32 s65, s18, 7
.Ltmp4:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_lshr_b32 s6, s15, 7
	v_lshlrev_b32_e32 v0, 2, v84
	s_lshl_b32 s2, s47, 5
	v_xor_b32_e32 v3, v0, v82
	s_cmp_eq_u32 s64, 0
	v_or3_b32 v3, s2, v83, v3
	s_cselect_b32 s2, 0, 0x1008
	v_and_b32_e32 v8, 0x804, v85
	v_or_b32_e32 v9, s2, v82
	v_xor_b32_e32 v8, v8, v9
	v_xor_b32_e32 v0, v8, v0
	v_lshl_or_b32 v16, v84, 7, v0
.Ltmp5:
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_or_b32_e32 v0, 0x80, v5
	v_mad_u64_u32 v[8:9], s[2:3], s18, v0, v[2:3]
	v_add_u16_e32 v0, s19, v1
	v_lshrrev_b16_e32 v0, 1, v0
	v_and_b32_e32 v0, 0xfe, v0
	v_add_u32_e32 v0, 0x80, v0
	v_xor_b32_e32 v7, 8, v3
	v_xor_b32_e32 v17, 8, v16
	v_xor_b32_e32 v18, 16, v16
	v_xor_b32_e32 v19, 24, v16
	v_xor_b32_e32 v20, 32, v16
	v_xor_b32_e32 v21, 40, v16
	v_xor_b32_e32 v22, 48, v16
	v_xor_b32_e32 v23, 56, v16
	v_mad_u64_u32 v[0:1], s[2:3], s18, v0, v[2:3]
	v_xor_b32_e32 v10, 16, v3
	v_xor_b32_e32 v11, 24, v3
	v_xor_b32_e32 v12, 32, v3
	v_xor_b32_e32 v13, 40, v3
	v_xor_b32_e32 v14, 48, v3
	v_xor_b32_e32 v15, 56, v3
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	s_and_b32 s49, s49, 0xffff
	v_subrev_u32_e32 v124, s16, v0
	v_add_u32_e32 v125, 0x80, v6
	v_add_u32_e32 v126, 0x80, v4
	v_mov_b32_e32 v24, 0
	v_add_u32_e32 v130, 0, v3
	v_add_u32_e32 v131, 0, v7
	v_add_u32_e32 v0, 0, v16
	v_add_u32_e32 v1, 0, v17
	v_add_u32_e32 v2, 0, v18
	v_add_u32_e32 v3, 0, v19
	v_add_u32_e32 v4, 0, v20
	v_add_u32_e32 v5, 0, v21
	v_add_u32_e32 v6, 0, v22
	v_add_u32_e32 v7, 0, v23
	s_mov_b32 s66, 0
	s_mov_b64 s[62:63], s[10:11]
	s_mov_b64 s[60:61], s[8:9]
	s_mov_b64 s[56:57], s[48:49]
	v_subrev_u32_e32 v123, s16, v8
	s_add_i32 s59, s6, -1
	v_lshlrev_b32_e32 v127, 2, v86
	s_waitcnt lgkmcnt(0)
	s_lshl_b32 s67, s58, 2
	v_lshlrev_b32_e32 v128, 2, v87
	v_lshlrev_b32_e32 v129, 2, v89
	s_add_i32 s68, s14, 0xffffff80
	v_add_u32_e32 v132, 0, v10
	v_add_u32_e32 v133, 0, v11
	v_add_u32_e32 v134, 0, v12
	v_add_u32_e32 v135, 0, v13
	v_add_u32_e32 v136, 0, v14
	v_add_u32_e32 v137, 0, v15
	s_movk_i32 s69, 0x7f
	s_mov_b32 s70, 0x5040100
	s_mov_b32 s71, 0x5010400
	s_mov_b32 s72, 0x7030602
	s_movk_i32 s73, 0xff
	v_add_u32_e32 v138, 0x2000, v0
	v_add_u32_e32 v139, 0x2000, v1
	v_add_u32_e32 v140, 0x2000, v2
	v_add_u32_e32 v141, 0x2000, v3
	v_add_u32_e32 v142, 0x2000, v4
	v_add_u32_e32 v143, 0x2000, v5
	v_add_u32_e32 v144, 0x2000, v6
	v_add_u32_e32 v145, 0x2000, v7
	s_mov_b32 s74, 0
	v_mov_b32_e32 v25, v24
	v_mov_b32_e32 v26, v24
	v_mov_b32_e32 v27, v24
	v_mov_b32_e32 v28, v24
	v_mov_b32_e32 v29, v24
	v_mov_b32_e32 v30, v24
	v_mov_b32_e32 v31, v24
	v_mov_b32_e32 v32, v24
	v_mov_b32_e32 v33, v24
	v_mov_b32_e32 v34, v24
	v_mov_b32_e32 v35, v24
	v_mov_b32_e32 v36, v24
	v_mov_b32_e32 v37, v24
	v_mov_b32_e32 v38, v24
	v_mov_b32_e32 v39, v24
	v_lshlrev_b32_e32 v146, 2, v91
	v_lshlrev_b32_e32 v147, 2, v92
	v_lshlrev_b32_e32 v148, 2, v94
	v_lshlrev_b32_e32 v149, 2, v96
	v_lshlrev_b32_e32 v150, 2, v97
	v_lshlrev_b32_e32 v151, 2, v100
	v_lshlrev_b32_e32 v152, 2, v101
	v_lshlrev_b32_e32 v153, 2, v103
	v_lshlrev_b32_e32 v154, 2, v104
	v_lshlrev_b32_e32 v155, 2, v105
	v_lshlrev_b32_e32 v156, 2, v107
	v_lshlrev_b32_e32 v157, 2, v108
	v_lshlrev_b32_e32 v158, 2, v110
	v_lshlrev_b32_e32 v159, 2, v98
	v_bfrev_b32_e32 v160, 1
	v_mov_b32_e32 v161, 8
	v_mov_b32_e32 v162, 7
	v_mov_b32_e32 v163, 0x7e00
	v_mov_b32_e32 v164, 0x1800
	v_mov_b32_e32 v165, 0x1c00
	v_mov_b32_e32 v166, 0x1e00
	v_mov_b32_e32 v167, 0x2000
	v_mov_b32_e32 v168, 0x2100
	v_mov_b32_e32 v169, 0x2200
	v_mov_b32_e32 v170, 0x2300
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s[2:3], s68, v40
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_mov_b32 s50, s10
	s_mov_b32 s51, s11
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v0, v160, v126, s[2:3]
	v_cndmask_b32_e64 v1, v160, v125, s[2:3]
	buffer_load_dwordx4 v[16:19], v0, s[52:55], 0 offen
	buffer_load_dwordx4 v[20:23], v1, s[52:55], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[46:47], v130 offset1:16
	ds_read2_b32 v[42:43], v131 offset1:16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[48:49], v138 offset1:16
	ds_read2_b32 v[44:45], v139 offset1:16
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read2_b32 v[58:59], v133 offset1:16
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v4, 7, v46
	v_lshlrev_b16_sdwa v6, v162, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v9, 0x7f, v46
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_sdwa v7, v46, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[14:15], s69, v9
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s69, v7
	v_cndmask_b32_e64 v4, v163, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v9
	v_cndmask_b32_e64 v6, v163, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	v_cndmask_b32_e64 v4, 0, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v9
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	v_cndmask_b32_e64 v4, v164, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v9
	v_cndmask_b32_e64 v6, v164, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	v_cndmask_b32_e64 v4, v165, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v9
	v_cndmask_b32_e64 v6, v165, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	v_cndmask_b32_e64 v4, v166, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v9
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_sdwa v12, v162, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v6, v166, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	v_cndmask_b32_e64 v4, v167, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v9
	v_lshlrev_b16_sdwa v5, v162, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v11, v162, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v42, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v6, v167, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	v_cndmask_b32_e64 v4, v168, v4, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v9
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_sdwa v8, v46, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v10, 7, v42
	v_and_b32_sdwa v14, v42, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v50, 7, v48
	v_lshlrev_b16_sdwa v51, v162, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v52, v162, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v6, v168, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	v_and_b32_e32 v5, 0x3f80, v5
	v_cndmask_b32_e64 v4, v169, v4, s[14:15]
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[14:15], s69, v13
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v15, 0x7f, v42
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v53, v48, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v54, v48, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v6, v169, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v7, 0x7f, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[6:7], s69, v8
	v_cndmask_b32_e64 v12, v163, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v13
	v_add_u16_e32 v11, 0x2000, v11
	v_cmp_ne_u16_e64 s[16:17], s69, v14
	v_and_b32_e32 v10, 0x3f80, v10
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v50, 0x3f80, v50
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v163, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v8
	v_cndmask_b32_e64 v12, 0, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v13
	v_cndmask_b32_e64 v11, v163, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v14
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[18:19], s69, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[20:21], s69, v53
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[22:23], s69, v54
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[24:25], s69, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, 0, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v8
	v_cndmask_b32_e64 v12, v164, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v13
	v_cndmask_b32_e64 v11, 0, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v14
	v_cndmask_b32_e64 v10, v163, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, v163, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v53
	v_cndmask_b32_e64 v51, v163, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v54
	v_cndmask_b32_e64 v50, v163, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v164, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v8
	v_cndmask_b32_e64 v12, v165, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v13
	v_cndmask_b32_e64 v11, v164, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v14
	v_cndmask_b32_e64 v10, 0, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, 0, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v53
	v_cndmask_b32_e64 v51, 0, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v54
	v_cndmask_b32_e64 v50, 0, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v165, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v8
	v_cndmask_b32_e64 v12, v166, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v13
	v_cndmask_b32_e64 v11, v165, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v14
	v_cndmask_b32_e64 v10, v164, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, v164, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v53
	v_cndmask_b32_e64 v51, v164, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v54
	v_cndmask_b32_e64 v50, v164, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v166, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v8
	v_cndmask_b32_e64 v12, v167, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v13
	v_cndmask_b32_e64 v11, v166, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v14
	v_cndmask_b32_e64 v10, v165, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, v165, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v53
	v_cndmask_b32_e64 v51, v165, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v54
	v_cndmask_b32_e64 v50, v165, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v167, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v8
	v_cndmask_b32_e64 v12, v168, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v13
	v_cndmask_b32_e64 v11, v167, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v14
	v_cndmask_b32_e64 v10, v166, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, v166, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v53
	v_cndmask_b32_e64 v51, v166, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v54
	v_cndmask_b32_e64 v50, v166, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v168, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v8
	v_cndmask_b32_e64 v12, v169, v12, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v13
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v13, v162, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v11, v168, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v14
	v_cndmask_b32_e64 v10, v167, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, v167, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v53
	v_cndmask_b32_e64 v51, v167, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v54
	v_cndmask_b32_e64 v50, v167, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v0, 8, v46
	v_cndmask_b32_e64 v5, v169, v5, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v8, 7, v44
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[36:37], 7, v9
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v9, v162, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v11, v169, v11, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v14
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v14, v44, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v10, v168, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v52, v168, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v53
	v_cndmask_b32_e64 v51, v168, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v54
	v_cndmask_b32_e64 v50, v168, v50, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v7
	v_and_b32_e32 v13, 0x3f80, v13
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v10, v169, v10, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v15, v44, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v52, v169, v52, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v53
	v_and_b32_e32 v53, 0x7f, v44
	v_cndmask_b32_e64 v51, v169, v51, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v54
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v54, 7, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v169, v50, s[24:25]
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[24:25], s69, v14
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v8, 0x3f80, v8
	v_cmp_ne_u16_e64 s[26:27], 7, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v7, 0x7f, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, v163, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v14
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[28:29], s69, v15
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[30:31], s69, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v54, 0x3f80, v54
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, 0, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v14
	v_cndmask_b32_e64 v9, v163, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 0, v15
	v_cndmask_b32_e64 v8, v163, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 0, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u16_e32 v54, 0x2000, v54
	v_cmp_ne_u16_e64 s[34:35], s69, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, v164, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v14
	v_cndmask_b32_e64 v9, 0, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 1, v15
	v_cndmask_b32_e64 v8, 0, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 1, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, v163, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 0, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, v165, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v14
	v_cndmask_b32_e64 v9, v164, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 2, v15
	v_cndmask_b32_e64 v8, v164, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 2, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, 0, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 1, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, v166, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v14
	v_cndmask_b32_e64 v9, v165, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 3, v15
	v_cndmask_b32_e64 v8, v165, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 3, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, v164, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 2, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, v167, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v14
	v_cndmask_b32_e64 v9, v166, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 4, v15
	v_cndmask_b32_e64 v8, v166, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 4, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, v165, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 3, v7
	v_lshrrev_b32_e32 v1, 8, v42
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v13, v168, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v14
	v_cndmask_b32_e64 v9, v167, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 5, v15
	v_cndmask_b32_e64 v8, v167, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 5, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, v166, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 4, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v2, 8, v48
	v_cndmask_b32_e64 v13, v169, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v14
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v14, 7, v1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v9, v168, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 6, v15
	v_cndmask_b32_e64 v8, v168, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 6, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, v167, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 5, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v9, v169, v9, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 7, v15
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v15, 0x7f, v1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v8, v169, v8, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v53
	v_lshlrev_b16_e32 v53, 7, v2
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v54, v168, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v7
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e64 v54, v169, v54, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 7, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v7, 0x7f, v2
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[38:39], s69, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v53, 0x3f80, v53
	v_add_u16_e32 v53, 0x2000, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v163, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 0, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[40:41], s69, v7
	v_lshrrev_b32_e32 v3, 8, v44
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, 0, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 1, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, v163, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 0, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v164, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 2, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, 0, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 1, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v165, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 3, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, v164, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 2, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v166, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, v165, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v167, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 5, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, v166, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 4, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v168, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 6, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, v167, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 5, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v169, v14, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 7, v15
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v15, 7, v3
	v_cndmask_b32_e64 v53, v168, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 6, v7
	v_and_b32_e32 v15, 0x3f80, v15
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e64 v53, v169, v53, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 7, v7
	v_and_b32_e32 v7, 0x7f, v3
	v_cmp_ne_u16_e64 s[42:43], s69, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v4, v170, v4, s[36:37]
	v_cndmask_b32_e64 v5, v170, v5, s[6:7]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v15, v163, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 0, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v6, v170, v6, s[2:3]
	v_cndmask_b32_e64 v10, v170, v10, s[18:19]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v15, 0, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 1, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v11, v170, v11, s[16:17]
	v_cndmask_b32_e64 v12, v170, v12, s[14:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v15, v164, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v7
	v_cndmask_b32_e64 v8, v170, v8, s[30:31]
	v_lshlrev_b16_e32 v2, 8, v2
	v_cndmask_b32_e64 v15, v165, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 3, v7
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v9, v170, v9, s[28:29]
	v_cndmask_b32_e64 v15, v166, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 4, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v0, 8, v0
	v_lshlrev_b16_e32 v1, 8, v1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v15, v167, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 5, v7
	v_lshlrev_b16_e32 v3, 8, v3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v0, 0xffff8000, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v15, v168, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 6, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v1, 0xffff8000, v1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e64 v15, v169, v15, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 7, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v7, 8, v46
	v_and_b32_e32 v7, 0xffff8000, v7
	v_or_b32_e32 v4, v4, v7
	v_lshlrev_b16_sdwa v7, v161, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v7, 0xffff8000, v7
	v_or_b32_e32 v5, v5, v7
	v_lshlrev_b16_sdwa v7, v161, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v7, 0xffff8000, v7
	v_or_b32_e32 v6, v6, v7
	v_lshlrev_b16_e32 v7, 8, v42
	v_and_b32_e32 v7, 0xffff8000, v7
	v_or_b32_e32 v7, v10, v7
	v_lshlrev_b16_sdwa v10, v161, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v10, v11, v10
	v_lshlrev_b16_sdwa v11, v161, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v11, 0xffff8000, v11
	v_or_b32_e32 v11, v12, v11
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v12, 8, v48
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v42, v170, v50, s[26:27]
	v_or_b32_e32 v12, v42, v12
	v_lshlrev_b16_sdwa v42, v161, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v46, v170, v51, s[22:23]
	v_or_b32_e32 v42, v46, v42
	v_lshlrev_b16_sdwa v46, v161, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v48, v170, v52, s[20:21]
	v_or_b32_e32 v46, v48, v46
	v_lshlrev_b16_e32 v48, 8, v44
	v_and_b32_e32 v48, 0xffff8000, v48
	v_or_b32_e32 v8, v8, v48
	v_lshlrev_b16_sdwa v48, v161, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v50, v170, v53, s[40:41]
	v_and_b32_e32 v48, 0xffff8000, v48
	v_or_b32_e32 v2, v50, v2
	v_or_b32_e32 v9, v9, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v48, v170, v54, s[34:35]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v55, v46, v42, s70
	v_perm_b32 v54, v2, v12, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v44, v161, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v13, v170, v13, s[24:25]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v14, v170, v14, s[38:39]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v15, v170, v15, s[42:43]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v0, v48, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v13, v13, v44
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v1, v14, v1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v3, v15, v3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v51, v6, v5, s70
	v_perm_b32 v50, v0, v4, s70
	v_perm_b32 v53, v11, v10, s70
	v_perm_b32 v57, v13, v9, s70
	v_perm_b32 v52, v1, v7, s70
	v_perm_b32 v56, v3, v8, s70
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[50:51], 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[50:51], v140 offset1:16
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read2_b32 v[54:55], v132 offset1:16
	ds_read2_b32 v[62:63], v134 offset1:16
	ds_read2_b32 v[66:67], v135 offset1:16
	ds_read2_b32 v[70:71], v136 offset1:16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_sdwa v44, v162, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v46, v50, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[2:3], s69, v46
	v_lshlrev_b16_sdwa v42, v162, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v42, 0x3f80, v42
	v_cndmask_b32_e64 v44, v163, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v46
	v_add_u16_e32 v42, 0x2000, v42
	v_and_b32_e32 v48, 0x7f, v50
	v_cndmask_b32_e64 v44, 0, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[56:57], v[52:53], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v44, v164, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v46
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s74, s74, 1
	v_add_u32_e32 v126, 0x80, v126
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v44, v165, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v46
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_add_u32_e32 v125, 0x80, v125
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_nop 0
	v_cndmask_b32_e64 v44, v166, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v46
	v_and_b32_sdwa v46, v50, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_cndmask_b32_e64 v44, v170, v44, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v42, v163, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	s_nop 1
	v_cndmask_b32_e64 v42, 0, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v42, v164, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v42, v165, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v50
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v42, v170, v42, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v50
	v_lshlrev_b16_e32 v52, 7, v48
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v53, 0x7f, v48
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[16:17], s69, v53
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v52, v163, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v53
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v53
	s_nop 1
	v_cndmask_b32_e64 v52, v164, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v53
	s_nop 1
	v_cndmask_b32_e64 v52, v165, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v53
	s_nop 1
	v_cndmask_b32_e64 v52, v166, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v53
	s_nop 1
	v_cndmask_b32_e64 v52, v167, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v53
	s_nop 1
	v_cndmask_b32_e64 v52, v168, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v53
	s_nop 1
	v_cndmask_b32_e64 v52, v169, v52, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v53
	v_lshlrev_b16_e32 v53, 8, v50
	v_and_b32_e32 v53, 0xffff8000, v53
	v_or_b32_e32 v46, v46, v53
	v_lshlrev_b16_sdwa v53, v161, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v50, v161, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v53, 0xffff8000, v53
	v_and_b32_e32 v50, 0xffff8000, v50
	v_or_b32_e32 v42, v42, v53
	v_or_b32_e32 v44, v44, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v44, v42, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_sdwa v42, v162, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v54, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v52, s[16:17]
	v_or_b32_e32 v48, v50, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v52, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v46, v54, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_and_b32_e32 v48, 0x7f, v54
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	s_nop 0
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v54
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v54
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v56, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v56
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_lshlrev_b16_e32 v56, 8, v54
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v46, v46, v56
	v_lshlrev_b16_sdwa v56, v161, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v54, v161, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0xffff8000, v56
	v_and_b32_e32 v54, 0xffff8000, v54
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v44, v44, v56
	v_or_b32_e32 v42, v42, v54
	v_or_b32_e32 v48, v50, v48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v57, v42, v44, s70
	v_perm_b32 v56, v48, v46, s70
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[56:57], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[56:57], v141 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v42, v162, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v56, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	v_and_b32_sdwa v46, v56, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_and_b32_e32 v48, 0x7f, v56
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v56
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v56
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v52, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_lshlrev_b16_e32 v52, 8, v56
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v46, v46, v52
	v_lshlrev_b16_sdwa v52, v161, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v44, v44, v52
	v_lshlrev_b16_sdwa v52, v161, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v42, v42, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v42, v162, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v58, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v48, v50, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v52, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v46, v58, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_and_b32_e32 v48, 0x7f, v58
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v56, v49, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v58
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v58
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v54, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v54
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v54
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v54
	v_lshlrev_b16_e32 v54, 8, v58
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v161, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	v_lshlrev_b16_sdwa v54, v161, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v42, v42, v54
	v_or_b32_e32 v48, v50, v48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v61, v42, v44, s70
	v_perm_b32 v60, v48, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v58, v49, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[60:61], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[60:61], v142 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v42, v162, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v60, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	v_and_b32_sdwa v46, v60, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_and_b32_e32 v48, 0x7f, v60
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v60
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v60
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v52, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_lshlrev_b16_e32 v52, 8, v60
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v46, v46, v52
	v_lshlrev_b16_sdwa v52, v161, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v44, v44, v52
	v_lshlrev_b16_sdwa v52, v161, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v42, v42, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v42, v162, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v62, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v48, v50, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v52, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v46, v62, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_and_b32_e32 v48, 0x7f, v62
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	v_and_b32_sdwa v60, v47, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v62
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v62
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v54, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v54
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v54
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v54
	v_lshlrev_b16_e32 v54, 8, v62
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v161, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	v_lshlrev_b16_sdwa v54, v161, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v42, v42, v54
	v_or_b32_e32 v48, v50, v48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v65, v42, v44, s70
	v_perm_b32 v64, v48, v46, s70
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[64:65], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[64:65], v143 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v42, v162, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v64, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	v_and_b32_sdwa v46, v64, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_and_b32_e32 v48, 0x7f, v64
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v64
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v64
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v52, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_lshlrev_b16_e32 v52, 8, v64
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v46, v46, v52
	v_lshlrev_b16_sdwa v52, v161, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v44, v44, v52
	v_lshlrev_b16_sdwa v52, v161, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v42, v42, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v42, v162, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v66, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v48, v50, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v52, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v46, v66, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_and_b32_e32 v48, 0x7f, v66
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	s_nop 0
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v66
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v66
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v54, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v54
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v54
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v54
	v_lshlrev_b16_e32 v54, 8, v66
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v161, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	v_lshlrev_b16_sdwa v54, v161, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v42, v42, v54
	v_or_b32_e32 v48, v50, v48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v69, v42, v44, s70
	v_perm_b32 v68, v48, v46, s70
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[68:69], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[68:69], v144 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v42, v162, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v68, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	v_and_b32_sdwa v46, v68, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_and_b32_e32 v48, 0x7f, v68
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v68
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v68
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v52, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_lshlrev_b16_e32 v52, 8, v68
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v46, v46, v52
	v_lshlrev_b16_sdwa v52, v161, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v44, v44, v52
	v_lshlrev_b16_sdwa v52, v161, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v42, v42, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v42, v162, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v70, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v48, v50, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v52, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v46, v70, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_and_b32_e32 v48, 0x7f, v70
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	s_nop 0
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v70
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v70
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v54, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v54
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v54
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v54
	v_lshlrev_b16_e32 v54, 8, v70
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v161, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	v_lshlrev_b16_sdwa v54, v161, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v42, v42, v54
	v_or_b32_e32 v48, v50, v48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v73, v42, v44, s70
	v_perm_b32 v72, v48, v46, s70
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[72:73], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[52:53], v145 offset1:16
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read2_b32 v[72:73], v137 offset1:16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v42, v162, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v52, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	v_and_b32_sdwa v46, v52, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_and_b32_e32 v48, 0x7f, v52
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	s_nop 0
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	s_nop 1
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v52
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v52
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v54, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v54
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v54
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v54
	v_lshlrev_b16_e32 v54, 8, v52
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v161, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v52, v161, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v44, v44, v54
	v_or_b32_e32 v42, v42, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v173, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v42, v162, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_and_b32_sdwa v44, v72, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v42, 0x2000, v42
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_or_b32_e32 v48, v50, v48
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v163, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v172, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v46, v72, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	v_cmp_ne_u16_e64 s[6:7], s69, v46
	v_and_b32_e32 v48, 0x7f, v72
	v_cndmask_b32_e64 v42, v164, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v48
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v54, v162, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v165, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v54, 0x3f80, v54
	v_add_u16_e32 v54, 0x2000, v54
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v42, v166, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v167, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v168, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	s_nop 1
	v_cndmask_b32_e64 v42, v169, v42, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_lshlrev_b16_sdwa v44, v162, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0x3f80, v44
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v46
	v_cndmask_b32_e64 v42, v170, v42, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[2:3], s69, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v163, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, 0, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v164, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v165, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v166, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v167, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v46
	v_lshlrev_b16_e32 v46, 7, v72
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v168, v54, s[2:3]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[2:3], 6, v56
	v_cmp_ne_u16_e64 s[6:7], s69, v58
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v54, v169, v54, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v56
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshrrev_b32_e32 v48, 8, v72
	v_lshlrev_b16_e32 v50, 7, v48
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v52, 0x7f, v48
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_e32 v48, 8, v48
	v_cndmask_b32_e64 v50, v163, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_and_b32_e32 v48, 0xffff8000, v48
	s_nop 0
	v_cndmask_b32_e64 v50, 0, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v164, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v165, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v166, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v167, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v168, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v50, v169, v50, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_lshlrev_b16_e32 v52, 8, v72
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v46, v46, v52
	v_lshlrev_b16_sdwa v52, v161, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v44, v44, v52
	v_lshlrev_b16_sdwa v52, v161, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v50, v170, v50, s[16:17]
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v48, v50, v48
	v_or_b32_e32 v42, v42, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v174, v48, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v46, 7, v49
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v175, v42, v44, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v42, 8, v49
	v_lshlrev_b16_e32 v44, 8, v49
	v_lshlrev_b16_sdwa v48, v161, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v50, v162, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v52, v161, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v49, 0x7f, v49
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v49
	v_and_b32_e32 v50, 0x3f80, v50
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v49
	v_cndmask_b32_e64 v50, v163, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v58
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v49
	v_and_b32_e32 v56, 0x7f, v42
	v_cndmask_b32_e64 v50, 0, v50, s[6:7]
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v49
	v_cmp_ne_u16_e64 s[6:7], 1, v58
	v_cmp_ne_u16_e64 s[16:17], s69, v56
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v49
	v_cndmask_b32_e64 v50, v164, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v58
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v49
	v_cndmask_b32_e64 v50, v165, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v58
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v49
	v_cndmask_b32_e64 v50, v166, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v58
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v49
	v_cndmask_b32_e64 v50, v167, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v58
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v49
	v_lshlrev_b16_e32 v49, 7, v42
	v_and_b32_e32 v49, 0x3f80, v49
	v_add_u16_e32 v49, 0x2000, v49
	v_cndmask_b32_e64 v49, v163, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_cndmask_b32_e64 v50, v168, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v58
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	v_cndmask_b32_e64 v50, v169, v50, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v58
	v_cndmask_b32_e64 v49, v164, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_cndmask_b32_e64 v49, v165, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	v_or_b32_e32 v44, v46, v44
	v_and_b32_e32 v46, 0xffff8000, v48
	v_cndmask_b32_e64 v49, v166, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	v_cndmask_b32_e64 v48, v170, v50, s[6:7]
	v_or_b32_e32 v46, v48, v46
	v_cndmask_b32_e64 v49, v167, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	v_and_b32_e32 v48, 0xffff8000, v52
	v_cndmask_b32_e64 v50, v170, v54, s[2:3]
	v_cndmask_b32_e64 v49, v168, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	v_lshlrev_b16_e32 v42, 8, v42
	v_or_b32_e32 v48, v50, v48
	v_cndmask_b32_e64 v49, v169, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_and_b32_e32 v42, 0xffff8000, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v50, v161, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v49, v170, v49, s[16:17]
	v_or_b32_e32 v42, v49, v42
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v49, v48, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v46, 7, v47
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v48, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v42, 8, v47
	v_lshlrev_b16_e32 v44, 8, v47
	v_lshlrev_b16_sdwa v52, v162, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v54, v161, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v56, v162, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v58, v47, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v47, 0x7f, v47
	v_and_b32_e32 v46, 0x3f80, v46
	v_and_b32_e32 v56, 0x3f80, v56
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v47
	v_add_u16_e32 v56, 0x2000, v56
	v_cmp_ne_u16_e64 s[2:3], s69, v58
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v47
	v_cndmask_b32_e64 v56, v163, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v58
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v47
	v_cndmask_b32_e64 v56, 0, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v58
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v47
	v_cndmask_b32_e64 v56, v164, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v58
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v47
	v_cndmask_b32_e64 v56, v165, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v58
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v47
	v_cndmask_b32_e64 v56, v166, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v58
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v47
	v_cndmask_b32_e64 v56, v167, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v58
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v47
	v_cndmask_b32_e64 v56, v168, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v58
	v_and_b32_e32 v52, 0x3f80, v52
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v47
	v_lshlrev_b16_e32 v47, 7, v42
	v_cndmask_b32_e64 v56, v169, v56, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v58
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[6:7], s69, v60
	v_and_b32_e32 v47, 0x3f80, v47
	v_and_b32_e32 v58, 0x7f, v42
	v_cndmask_b32_e64 v52, v163, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v60
	v_add_u16_e32 v47, 0x2000, v47
	v_cmp_ne_u16_e64 s[16:17], s69, v58
	v_cndmask_b32_e64 v52, 0, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v60
	v_cndmask_b32_e64 v47, v163, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v58
	v_cndmask_b32_e64 v52, v164, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v60
	v_cndmask_b32_e64 v47, 0, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v58
	v_cndmask_b32_e64 v52, v165, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v60
	v_cndmask_b32_e64 v47, v164, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v58
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[172:173], v[174:175], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v52, v166, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v60
	v_cndmask_b32_e64 v47, v165, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v58
	v_cndmask_b32_e64 v52, v167, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v60
	v_cndmask_b32_e64 v47, v166, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v58
	v_cndmask_b32_e64 v52, v168, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v60
	v_cndmask_b32_e64 v47, v167, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v58
	v_cndmask_b32_e64 v52, v169, v52, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v60
	v_cndmask_b32_e64 v47, v168, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v58
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_cndmask_b32_e64 v47, v169, v47, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v58
	v_or_b32_e32 v44, v46, v44
	v_and_b32_e32 v46, 0xffff8000, v50
	v_cndmask_b32_e64 v50, v170, v52, s[6:7]
	v_lshlrev_b16_e32 v42, 8, v42
	v_or_b32_e32 v46, v50, v46
	v_and_b32_e32 v50, 0xffff8000, v54
	v_cndmask_b32_e64 v52, v170, v56, s[2:3]
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v47, v170, v47, s[16:17]
	v_or_b32_e32 v50, v52, v50
	v_or_b32_e32 v42, v47, v42
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v47, v50, v46, s70
	v_perm_b32 v46, v42, v44, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v42, 8, v45
	v_lshlrev_b16_e32 v44, 8, v45
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[48:49], v[46:47], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v46, 7, v45
	v_lshlrev_b16_sdwa v47, v161, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v48, v162, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v49, v161, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v50, v162, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v52, v45, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v54, v45, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v45, 0x7f, v45
	v_and_b32_e32 v46, 0x3f80, v46
	v_and_b32_e32 v50, 0x3f80, v50
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v45
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[2:3], s69, v52
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v45
	v_cndmask_b32_e64 v50, v163, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v52
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v45
	v_cndmask_b32_e64 v50, 0, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v52
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v45
	v_cndmask_b32_e64 v50, v164, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v52
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v45
	v_cndmask_b32_e64 v50, v165, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v52
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v45
	v_cndmask_b32_e64 v50, v166, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v52
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v45
	v_cndmask_b32_e64 v50, v167, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v52
	v_and_b32_e32 v48, 0x3f80, v48
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v45
	v_cndmask_b32_e64 v50, v168, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v52
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[6:7], s69, v54
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v45
	v_lshlrev_b16_e32 v45, 7, v42
	v_cndmask_b32_e64 v50, v169, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v52
	v_cndmask_b32_e64 v48, v163, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v54
	v_and_b32_e32 v45, 0x3f80, v45
	v_and_b32_e32 v52, 0x7f, v42
	v_cndmask_b32_e64 v48, 0, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v54
	v_add_u16_e32 v45, 0x2000, v45
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v48, v164, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v54
	v_cndmask_b32_e64 v45, v163, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_cndmask_b32_e64 v48, v165, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v54
	v_cndmask_b32_e64 v45, 0, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	v_cndmask_b32_e64 v48, v166, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v54
	v_cndmask_b32_e64 v45, v164, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	v_cndmask_b32_e64 v48, v167, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v54
	v_cndmask_b32_e64 v45, v165, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	v_cndmask_b32_e64 v48, v168, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v54
	v_cndmask_b32_e64 v45, v166, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	v_cndmask_b32_e64 v48, v169, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v54
	v_cndmask_b32_e64 v45, v167, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_cndmask_b32_e64 v45, v168, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	v_or_b32_e32 v44, v46, v44
	v_and_b32_e32 v46, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v170, v48, s[6:7]
	v_cndmask_b32_e64 v45, v169, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_or_b32_e32 v46, v47, v46
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v48, v170, v50, s[2:3]
	v_lshlrev_b16_e32 v42, 8, v42
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v45, v170, v45, s[16:17]
	v_or_b32_e32 v42, v45, v42
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v47, v46, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v47, 7, v43
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v44, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v42, 8, v43
	v_lshlrev_b16_e32 v46, 8, v43
	v_lshlrev_b16_sdwa v48, v161, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v49, v162, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v50, v161, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v52, v162, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v54, v43, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v56, v43, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v43, 0x7f, v43
	v_and_b32_e32 v47, 0x3f80, v47
	v_and_b32_e32 v52, 0x3f80, v52
	v_add_u16_e32 v47, 0x2000, v47
	v_cmp_ne_u16_e64 s[14:15], s69, v43
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[2:3], s69, v54
	v_cndmask_b32_e64 v47, v163, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v43
	v_cndmask_b32_e64 v52, v163, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v54
	v_cndmask_b32_e64 v47, 0, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v43
	v_cndmask_b32_e64 v52, 0, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v54
	v_cndmask_b32_e64 v47, v164, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v43
	v_cndmask_b32_e64 v52, v164, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v54
	v_cndmask_b32_e64 v47, v165, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v43
	v_cndmask_b32_e64 v52, v165, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v54
	v_cndmask_b32_e64 v47, v166, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v43
	v_cndmask_b32_e64 v52, v166, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v54
	v_cndmask_b32_e64 v47, v167, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v43
	v_cndmask_b32_e64 v52, v167, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v54
	v_and_b32_e32 v49, 0x3f80, v49
	v_cndmask_b32_e64 v47, v168, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v43
	v_cndmask_b32_e64 v52, v168, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v54
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[6:7], s69, v56
	v_cndmask_b32_e64 v47, v169, v47, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v43
	v_lshlrev_b16_e32 v43, 7, v42
	v_cndmask_b32_e64 v52, v169, v52, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v54
	v_cndmask_b32_e64 v49, v163, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v56
	v_and_b32_e32 v43, 0x3f80, v43
	v_and_b32_e32 v54, 0x7f, v42
	v_cndmask_b32_e64 v49, 0, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v56
	v_add_u16_e32 v43, 0x2000, v43
	v_cmp_ne_u16_e64 s[16:17], s69, v54
	v_cndmask_b32_e64 v49, v164, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v56
	v_cndmask_b32_e64 v43, v163, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v54
	v_cndmask_b32_e64 v49, v165, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v56
	v_cndmask_b32_e64 v43, 0, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v54
	v_cndmask_b32_e64 v49, v166, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v56
	v_cndmask_b32_e64 v43, v164, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v54
	v_cndmask_b32_e64 v49, v167, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v56
	v_cndmask_b32_e64 v43, v165, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v54
	v_cndmask_b32_e64 v49, v168, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v56
	v_cndmask_b32_e64 v43, v166, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v54
	v_cndmask_b32_e64 v49, v169, v49, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v56
	v_cndmask_b32_e64 v43, v167, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v54
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v47, v170, v47, s[14:15]
	v_cndmask_b32_e64 v43, v168, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v54
	v_or_b32_e32 v46, v47, v46
	v_and_b32_e32 v47, 0xffff8000, v48
	v_cndmask_b32_e64 v48, v170, v49, s[6:7]
	v_cndmask_b32_e64 v43, v169, v43, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v54
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v48, 0xffff8000, v50
	v_cndmask_b32_e64 v49, v170, v52, s[2:3]
	v_lshlrev_b16_e32 v42, 8, v42
	v_or_b32_e32 v48, v49, v48
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v43, v170, v43, s[16:17]
	v_or_b32_e32 v42, v43, v42
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v43, v48, v47, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v48, v162, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v42, v42, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v46, v162, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v49, v51, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_sdwa v50, v51, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[2:3], s69, v49
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v48, v163, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v49
	v_cmp_ne_u16_e64 s[6:7], s69, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[44:45], v[42:43], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v48, 0, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v49
	v_cndmask_b32_e64 v46, v163, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v50
	v_cndmask_b32_e64 v48, v164, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v49
	v_cndmask_b32_e64 v46, 0, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v50
	v_cndmask_b32_e64 v48, v165, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v49
	v_cndmask_b32_e64 v46, v164, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v50
	v_cndmask_b32_e64 v48, v166, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v49
	v_cndmask_b32_e64 v46, v165, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v50
	v_cndmask_b32_e64 v48, v167, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v49
	v_cndmask_b32_e64 v46, v166, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v50
	v_lshrrev_b32_e32 v42, 8, v51
	v_lshlrev_b16_e32 v44, 7, v51
	v_cndmask_b32_e64 v48, v168, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v49
	v_cndmask_b32_e64 v46, v167, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v50
	v_lshlrev_b16_e32 v43, 8, v51
	v_lshlrev_b16_sdwa v45, v161, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v47, v161, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v51, 0x7f, v51
	v_cndmask_b32_e64 v48, v169, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v49
	v_cndmask_b32_e64 v46, v168, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v50
	v_and_b32_e32 v44, 0x3f80, v44
	v_lshlrev_b16_e32 v49, 7, v42
	v_cndmask_b32_e64 v46, v169, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v50
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v51
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v50, 0x7f, v42
	v_cndmask_b32_e64 v44, v163, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v51
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[16:17], s69, v50
	v_cndmask_b32_e64 v44, 0, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v51
	v_cndmask_b32_e64 v49, v163, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v44, v164, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v51
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	v_cndmask_b32_e64 v44, v165, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v51
	v_cndmask_b32_e64 v49, v164, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	v_cndmask_b32_e64 v44, v166, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v51
	v_cndmask_b32_e64 v49, v165, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	v_cndmask_b32_e64 v44, v167, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v51
	v_cndmask_b32_e64 v49, v166, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	v_cndmask_b32_e64 v44, v168, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v51
	v_cndmask_b32_e64 v49, v167, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	v_cndmask_b32_e64 v44, v169, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v51
	v_cndmask_b32_e64 v49, v168, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	v_and_b32_e32 v43, 0xffff8000, v43
	v_cndmask_b32_e64 v44, v170, v44, s[14:15]
	v_cndmask_b32_e64 v49, v169, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v50, v162, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v44, v44, v43
	v_and_b32_e32 v43, 0xffff8000, v45
	v_cndmask_b32_e64 v45, v170, v46, s[6:7]
	v_cndmask_b32_e64 v46, v170, v48, s[2:3]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v48, v162, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v55, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v55, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[2:3], s69, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v50, v163, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v51
	v_cmp_ne_u16_e64 s[6:7], s69, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v43, v45, v43
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, 0, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v51
	v_cndmask_b32_e64 v48, v163, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v45, 0xffff8000, v47
	v_lshlrev_b16_e32 v42, 8, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v164, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v45, v46, v45
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v46, v170, v49, s[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v165, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v51
	v_cndmask_b32_e64 v48, v164, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v42, v46, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v46, 7, v55
	v_cndmask_b32_e64 v50, v166, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v51
	v_cndmask_b32_e64 v48, v165, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v52
	v_and_b32_e32 v54, 0x7f, v55
	v_cndmask_b32_e64 v50, v167, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v51
	v_cndmask_b32_e64 v48, v166, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v52
	v_and_b32_e32 v46, 0x3f80, v46
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v42, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v44, 8, v55
	v_cndmask_b32_e64 v50, v168, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v51
	v_cndmask_b32_e64 v48, v167, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v54
	v_cndmask_b32_e64 v50, v169, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v51
	v_cndmask_b32_e64 v48, v168, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v52
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v169, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v52
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_cndmask_b32_e64 v51, v163, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_cndmask_b32_e64 v51, 0, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_cndmask_b32_e64 v51, v164, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v51, v165, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v43, v45, v43, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v45, 8, v55
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v51, v166, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	v_lshlrev_b16_sdwa v47, v161, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v167, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_sdwa v49, v161, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v51, v168, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v170, v48, s[6:7]
	v_cndmask_b32_e64 v51, v169, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v48, v170, v50, s[2:3]
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v170, v51, s[16:17]
	v_or_b32_e32 v44, v48, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v48, v162, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v44, v44, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v46, v162, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v49, v57, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_sdwa v50, v57, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[2:3], s69, v49
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v48, v163, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v49
	v_cmp_ne_u16_e64 s[6:7], s69, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v47, v45, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v48, 0, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v49
	v_cndmask_b32_e64 v46, v163, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v50
	v_cndmask_b32_e64 v48, v164, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v49
	v_cndmask_b32_e64 v46, 0, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v50
	v_cndmask_b32_e64 v48, v165, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v49
	v_cndmask_b32_e64 v46, v164, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v50
	v_cndmask_b32_e64 v48, v166, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v49
	v_cndmask_b32_e64 v46, v165, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v50
	v_cndmask_b32_e64 v48, v167, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v49
	v_cndmask_b32_e64 v46, v166, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[42:43], v[44:45], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v42, 8, v57
	v_lshlrev_b16_e32 v44, 7, v57
	v_cndmask_b32_e64 v48, v168, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v49
	v_cndmask_b32_e64 v46, v167, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v50
	v_and_b32_e32 v51, 0x7f, v57
	v_cndmask_b32_e64 v48, v169, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v49
	v_cndmask_b32_e64 v46, v168, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v50
	v_and_b32_e32 v44, 0x3f80, v44
	v_lshlrev_b16_e32 v49, 7, v42
	v_cndmask_b32_e64 v46, v169, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v50
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v51
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v50, 0x7f, v42
	v_cndmask_b32_e64 v44, v163, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v51
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[16:17], s69, v50
	v_cndmask_b32_e64 v44, 0, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v51
	v_cndmask_b32_e64 v49, v163, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v44, v164, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v51
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	v_cndmask_b32_e64 v44, v165, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v51
	v_cndmask_b32_e64 v49, v164, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	v_cndmask_b32_e64 v44, v166, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v51
	v_cndmask_b32_e64 v49, v165, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	v_cndmask_b32_e64 v44, v167, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v51
	v_cndmask_b32_e64 v49, v166, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	v_cndmask_b32_e64 v44, v168, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v51
	v_cndmask_b32_e64 v49, v167, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	v_lshlrev_b16_e32 v43, 8, v57
	v_cndmask_b32_e64 v44, v169, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v51
	v_cndmask_b32_e64 v49, v168, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	v_lshlrev_b16_sdwa v45, v161, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v43, 0xffff8000, v43
	v_cndmask_b32_e64 v49, v169, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_cndmask_b32_e64 v44, v170, v44, s[14:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v50, v162, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v44, v44, v43
	v_and_b32_e32 v43, 0xffff8000, v45
	v_cndmask_b32_e64 v45, v170, v46, s[6:7]
	v_cndmask_b32_e64 v46, v170, v48, s[2:3]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v48, v162, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v59, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v59, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[2:3], s69, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v50, v163, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v51
	v_cmp_ne_u16_e64 s[6:7], s69, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v47, v161, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, 0, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v51
	v_cndmask_b32_e64 v48, v163, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v43, v45, v43
	v_and_b32_e32 v45, 0xffff8000, v47
	v_lshlrev_b16_e32 v42, 8, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v164, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v45, v46, v45
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v46, v170, v49, s[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v165, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v51
	v_cndmask_b32_e64 v48, v164, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v42, v46, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v46, 7, v59
	v_cndmask_b32_e64 v50, v166, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v51
	v_cndmask_b32_e64 v48, v165, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v52
	v_and_b32_e32 v54, 0x7f, v59
	v_cndmask_b32_e64 v50, v167, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v51
	v_cndmask_b32_e64 v48, v166, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v52
	v_and_b32_e32 v46, 0x3f80, v46
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v42, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v44, 8, v59
	v_cndmask_b32_e64 v50, v168, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v51
	v_cndmask_b32_e64 v48, v167, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v54
	v_cndmask_b32_e64 v50, v169, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v51
	v_cndmask_b32_e64 v48, v168, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v52
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v169, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v52
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_cndmask_b32_e64 v51, v163, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_cndmask_b32_e64 v51, 0, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_cndmask_b32_e64 v51, v164, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v51, v165, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v43, v45, v43, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v45, 8, v59
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v51, v166, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	v_lshlrev_b16_sdwa v47, v161, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v167, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_sdwa v49, v161, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v51, v168, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v170, v48, s[6:7]
	v_cndmask_b32_e64 v51, v169, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v48, v170, v50, s[2:3]
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v170, v51, s[16:17]
	v_or_b32_e32 v44, v48, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v48, v162, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v44, v44, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v46, v162, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v49, v61, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_sdwa v50, v61, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[2:3], s69, v49
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v48, v163, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v49
	v_cmp_ne_u16_e64 s[6:7], s69, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v47, v45, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v48, 0, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v49
	v_cndmask_b32_e64 v46, v163, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v50
	v_cndmask_b32_e64 v48, v164, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v49
	v_cndmask_b32_e64 v46, 0, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v50
	v_cndmask_b32_e64 v48, v165, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v49
	v_cndmask_b32_e64 v46, v164, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v50
	v_cndmask_b32_e64 v48, v166, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v49
	v_cndmask_b32_e64 v46, v165, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v50
	v_cndmask_b32_e64 v48, v167, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v49
	v_cndmask_b32_e64 v46, v166, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[42:43], v[44:45], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v42, 8, v61
	v_lshlrev_b16_e32 v44, 7, v61
	v_cndmask_b32_e64 v48, v168, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v49
	v_cndmask_b32_e64 v46, v167, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v50
	v_and_b32_e32 v51, 0x7f, v61
	v_cndmask_b32_e64 v48, v169, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v49
	v_cndmask_b32_e64 v46, v168, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v50
	v_and_b32_e32 v44, 0x3f80, v44
	v_lshlrev_b16_e32 v49, 7, v42
	v_cndmask_b32_e64 v46, v169, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v50
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v51
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v50, 0x7f, v42
	v_cndmask_b32_e64 v44, v163, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v51
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[16:17], s69, v50
	v_cndmask_b32_e64 v44, 0, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v51
	v_cndmask_b32_e64 v49, v163, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v44, v164, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v51
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	v_cndmask_b32_e64 v44, v165, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v51
	v_cndmask_b32_e64 v49, v164, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	v_cndmask_b32_e64 v44, v166, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v51
	v_cndmask_b32_e64 v49, v165, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	v_cndmask_b32_e64 v44, v167, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v51
	v_cndmask_b32_e64 v49, v166, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	v_cndmask_b32_e64 v44, v168, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v51
	v_cndmask_b32_e64 v49, v167, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	v_lshlrev_b16_e32 v43, 8, v61
	v_cndmask_b32_e64 v44, v169, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v51
	v_cndmask_b32_e64 v49, v168, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	v_lshlrev_b16_sdwa v45, v161, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v43, 0xffff8000, v43
	v_cndmask_b32_e64 v49, v169, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_cndmask_b32_e64 v44, v170, v44, s[14:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v50, v162, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v44, v44, v43
	v_and_b32_e32 v43, 0xffff8000, v45
	v_cndmask_b32_e64 v45, v170, v46, s[6:7]
	v_cndmask_b32_e64 v46, v170, v48, s[2:3]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v48, v162, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v63, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v63, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[2:3], s69, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v50, v163, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v51
	v_cmp_ne_u16_e64 s[6:7], s69, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v47, v161, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, 0, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v51
	v_cndmask_b32_e64 v48, v163, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v43, v45, v43
	v_and_b32_e32 v45, 0xffff8000, v47
	v_lshlrev_b16_e32 v42, 8, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v164, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v45, v46, v45
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v46, v170, v49, s[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v165, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v51
	v_cndmask_b32_e64 v48, v164, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v42, v46, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v46, 7, v63
	v_cndmask_b32_e64 v50, v166, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v51
	v_cndmask_b32_e64 v48, v165, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v52
	v_and_b32_e32 v54, 0x7f, v63
	v_cndmask_b32_e64 v50, v167, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v51
	v_cndmask_b32_e64 v48, v166, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v52
	v_and_b32_e32 v46, 0x3f80, v46
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v42, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v44, 8, v63
	v_cndmask_b32_e64 v50, v168, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v51
	v_cndmask_b32_e64 v48, v167, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v54
	v_cndmask_b32_e64 v50, v169, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v51
	v_cndmask_b32_e64 v48, v168, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v52
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v169, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v52
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_cndmask_b32_e64 v51, v163, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_cndmask_b32_e64 v51, 0, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_cndmask_b32_e64 v51, v164, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v51, v165, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v43, v45, v43, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v45, 8, v63
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v51, v166, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	v_lshlrev_b16_sdwa v47, v161, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v167, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_sdwa v49, v161, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v51, v168, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v170, v48, s[6:7]
	v_cndmask_b32_e64 v51, v169, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v48, v170, v50, s[2:3]
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v170, v51, s[16:17]
	v_or_b32_e32 v44, v48, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v48, v162, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v44, v44, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v46, v162, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v49, v65, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_sdwa v50, v65, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[2:3], s69, v49
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v48, v163, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v49
	v_cmp_ne_u16_e64 s[6:7], s69, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v47, v45, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v48, 0, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v49
	v_cndmask_b32_e64 v46, v163, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v50
	v_cndmask_b32_e64 v48, v164, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v49
	v_cndmask_b32_e64 v46, 0, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v50
	v_cndmask_b32_e64 v48, v165, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v49
	v_cndmask_b32_e64 v46, v164, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v50
	v_cndmask_b32_e64 v48, v166, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v49
	v_cndmask_b32_e64 v46, v165, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v50
	v_cndmask_b32_e64 v48, v167, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v49
	v_cndmask_b32_e64 v46, v166, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[42:43], v[44:45], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v42, 8, v65
	v_lshlrev_b16_e32 v44, 7, v65
	v_cndmask_b32_e64 v48, v168, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v49
	v_cndmask_b32_e64 v46, v167, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v50
	v_and_b32_e32 v51, 0x7f, v65
	v_cndmask_b32_e64 v48, v169, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v49
	v_cndmask_b32_e64 v46, v168, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v50
	v_and_b32_e32 v44, 0x3f80, v44
	v_lshlrev_b16_e32 v49, 7, v42
	v_cndmask_b32_e64 v46, v169, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v50
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[14:15], s69, v51
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v50, 0x7f, v42
	v_cndmask_b32_e64 v44, v163, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v51
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[16:17], s69, v50
	v_cndmask_b32_e64 v44, 0, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v51
	v_cndmask_b32_e64 v49, v163, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v44, v164, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v51
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	v_cndmask_b32_e64 v44, v165, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v51
	v_cndmask_b32_e64 v49, v164, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	v_cndmask_b32_e64 v44, v166, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v51
	v_cndmask_b32_e64 v49, v165, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	v_cndmask_b32_e64 v44, v167, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v51
	v_cndmask_b32_e64 v49, v166, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	v_cndmask_b32_e64 v44, v168, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v51
	v_cndmask_b32_e64 v49, v167, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	v_lshlrev_b16_e32 v43, 8, v65
	v_cndmask_b32_e64 v44, v169, v44, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v51
	v_cndmask_b32_e64 v49, v168, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	v_lshlrev_b16_sdwa v45, v161, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v43, 0xffff8000, v43
	v_cndmask_b32_e64 v49, v169, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_cndmask_b32_e64 v44, v170, v44, s[14:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v50, v162, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v44, v44, v43
	v_and_b32_e32 v43, 0xffff8000, v45
	v_cndmask_b32_e64 v45, v170, v46, s[6:7]
	v_cndmask_b32_e64 v46, v170, v48, s[2:3]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v48, v162, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v67, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v67, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[2:3], s69, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v50, v163, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v51
	v_cmp_ne_u16_e64 s[6:7], s69, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v47, v161, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, 0, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v51
	v_cndmask_b32_e64 v48, v163, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v43, v45, v43
	v_and_b32_e32 v45, 0xffff8000, v47
	v_lshlrev_b16_e32 v42, 8, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v164, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v45, v46, v45
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v46, v170, v49, s[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, v165, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v51
	v_cndmask_b32_e64 v48, v164, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v42, v46, v42
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v46, 7, v67
	v_cndmask_b32_e64 v50, v166, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v51
	v_cndmask_b32_e64 v48, v165, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v52
	v_and_b32_e32 v54, 0x7f, v67
	v_cndmask_b32_e64 v50, v167, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v51
	v_cndmask_b32_e64 v48, v166, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v52
	v_and_b32_e32 v46, 0x3f80, v46
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v42, v42, v44, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v44, 8, v67
	v_cndmask_b32_e64 v50, v168, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v51
	v_cndmask_b32_e64 v48, v167, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[14:15], s69, v54
	v_cndmask_b32_e64 v50, v169, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v51
	v_cndmask_b32_e64 v48, v168, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v52
	v_cndmask_b32_e64 v46, v163, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v169, v48, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v52
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v164, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v46, v165, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_cndmask_b32_e64 v51, v163, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_cndmask_b32_e64 v46, v166, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_cndmask_b32_e64 v51, 0, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	v_cndmask_b32_e64 v46, v167, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_cndmask_b32_e64 v51, v164, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	v_cndmask_b32_e64 v46, v168, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v51, v165, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v43, v45, v43, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v45, 8, v67
	v_cndmask_b32_e64 v46, v169, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v51, v166, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	v_lshlrev_b16_sdwa v47, v161, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v167, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	v_cndmask_b32_e64 v46, v170, v46, s[14:15]
	v_lshlrev_b16_sdwa v49, v161, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v51, v168, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v170, v48, s[6:7]
	v_cndmask_b32_e64 v51, v169, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v48, v170, v50, s[2:3]
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v170, v51, s[16:17]
	v_or_b32_e32 v44, v48, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v47, v45, s70
	v_perm_b32 v44, v44, v46, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v48, v162, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v49, v69, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[42:43], v[44:45], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v45, v162, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_sdwa v50, v69, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[2:3], s69, v49
	v_and_b32_e32 v45, 0x3f80, v45
	v_add_u16_e32 v45, 0x2000, v45
	v_cndmask_b32_e64 v48, v163, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v49
	v_cmp_ne_u16_e64 s[6:7], s69, v50
	v_lshrrev_b32_e32 v46, 8, v69
	v_cndmask_b32_e64 v48, 0, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v49
	v_cndmask_b32_e64 v45, v163, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v50
	v_cndmask_b32_e64 v48, v164, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v49
	v_cndmask_b32_e64 v45, 0, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v50
	v_cndmask_b32_e64 v48, v165, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v49
	v_cndmask_b32_e64 v45, v164, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v50
	v_cndmask_b32_e64 v48, v166, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v49
	v_cndmask_b32_e64 v45, v165, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v50
	v_cndmask_b32_e64 v48, v167, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v49
	v_cndmask_b32_e64 v45, v166, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v50
	v_lshlrev_b16_e32 v43, 7, v69
	v_cndmask_b32_e64 v48, v168, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v49
	v_cndmask_b32_e64 v45, v167, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v50
	v_and_b32_e32 v51, 0x7f, v69
	v_cndmask_b32_e64 v48, v169, v48, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v49
	v_cndmask_b32_e64 v45, v168, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v50
	v_and_b32_e32 v43, 0x3f80, v43
	v_lshlrev_b16_e32 v49, 7, v46
	v_cndmask_b32_e64 v45, v169, v45, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v50
	v_add_u16_e32 v43, 0x2000, v43
	v_cmp_ne_u16_e64 s[14:15], s69, v51
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v50, 0x7f, v46
	v_cndmask_b32_e64 v43, v163, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v51
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[16:17], s69, v50
	v_cndmask_b32_e64 v43, 0, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v51
	v_cndmask_b32_e64 v49, v163, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v43, v164, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v51
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	v_cndmask_b32_e64 v43, v165, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v51
	v_cndmask_b32_e64 v49, v164, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	v_cndmask_b32_e64 v43, v166, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v51
	v_cndmask_b32_e64 v49, v165, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	v_cndmask_b32_e64 v43, v167, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v51
	v_cndmask_b32_e64 v49, v166, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	v_cndmask_b32_e64 v43, v168, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v51
	v_cndmask_b32_e64 v49, v167, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	v_lshlrev_b16_e32 v42, 8, v69
	v_cndmask_b32_e64 v43, v169, v43, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v51
	v_cndmask_b32_e64 v49, v168, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	v_lshlrev_b16_sdwa v44, v161, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v47, v161, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v49, v169, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v43, v170, v43, s[14:15]
	v_lshlrev_b16_e32 v46, 8, v46
	v_or_b32_e32 v42, v43, v42
	v_and_b32_e32 v43, 0xffff8000, v44
	v_cndmask_b32_e64 v44, v170, v45, s[6:7]
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v170, v48, s[2:3]
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v48, v170, v49, s[16:17]
	v_or_b32_e32 v46, v48, v46
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v50, v162, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v42, v46, v42, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v46, v162, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v71, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v71, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[2:3], s69, v51
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v50, v163, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v51
	v_cmp_ne_u16_e64 s[6:7], s69, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v43, v44, v43
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v50, 0, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v51
	v_cndmask_b32_e64 v46, v163, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v52
	v_cndmask_b32_e64 v50, v164, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v51
	v_cndmask_b32_e64 v46, 0, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v52
	v_cndmask_b32_e64 v50, v165, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v51
	v_cndmask_b32_e64 v46, v164, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v52
	v_cndmask_b32_e64 v50, v166, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v51
	v_cndmask_b32_e64 v46, v165, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v52
	v_cndmask_b32_e64 v50, v167, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v51
	v_cndmask_b32_e64 v46, v166, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v52
	v_lshrrev_b32_e32 v44, 8, v71
	v_lshlrev_b16_e32 v48, 7, v71
	v_cndmask_b32_e64 v50, v168, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v51
	v_cndmask_b32_e64 v46, v167, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v52
	v_and_b32_e32 v54, 0x7f, v71
	v_cndmask_b32_e64 v50, v169, v50, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v51
	v_cndmask_b32_e64 v46, v168, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v52
	v_and_b32_e32 v48, 0x3f80, v48
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v46, v169, v46, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v52
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[14:15], s69, v54
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v48, v163, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[16:17], s69, v52
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	v_cndmask_b32_e64 v51, v163, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v52
	v_cndmask_b32_e64 v48, v164, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	v_cndmask_b32_e64 v51, 0, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v52
	v_cndmask_b32_e64 v48, v165, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_cndmask_b32_e64 v51, v164, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v52
	v_cndmask_b32_e64 v48, v166, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_cndmask_b32_e64 v51, v165, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v52
	v_cndmask_b32_e64 v48, v167, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_cndmask_b32_e64 v51, v166, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v52
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v45, v47, v45
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v48, v168, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v51, v167, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v52
	v_lshlrev_b16_e32 v47, 8, v71
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v43, v45, v43, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v48, v169, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v51, v168, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v52
	v_lshlrev_b16_sdwa v45, v161, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v49, v161, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v51, v169, v51, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v52
	v_and_b32_e32 v47, 0xffff8000, v47
	v_cndmask_b32_e64 v48, v170, v48, s[14:15]
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v46, v170, v46, s[6:7]
	v_and_b32_e32 v48, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v170, v50, s[2:3]
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v50, v170, v51, s[16:17]
	v_or_b32_e32 v45, v46, v45
	v_or_b32_e32 v48, v49, v48
	v_or_b32_e32 v44, v50, v44
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v48, v45, s70
	v_perm_b32 v44, v44, v47, s70
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v48, v162, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v50, 7, v73
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[42:43], v[44:45], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v43, v162, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v44, v73, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_cmp_ne_u16_e64 s[2:3], s69, v44
	v_and_b32_sdwa v45, v73, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[6:7], s69, v45
	v_cndmask_b32_e64 v43, v163, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_and_b32_e32 v51, 0x7f, v73
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v57, v162, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v61, v53, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[14:15], s69, v51
	v_cndmask_b32_e64 v43, v164, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[18:19], s69, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v49, 8, v73
	v_cndmask_b32_e64 v43, v165, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v44
	v_lshlrev_b16_sdwa v42, v161, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v47, v161, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v43, v166, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v56, v161, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v49, 0xffff8000, v49
	v_cndmask_b32_e64 v43, v167, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v44
	v_and_b32_e32 v42, 0xffff8000, v42
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v55, 7, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v43, v168, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v52, 8, v53
	v_lshlrev_b16_e32 v54, 8, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v43, v169, v43, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v44
	v_and_b32_e32 v44, 0x3f80, v48
	v_add_u16_e32 v44, 0x2000, v44
	v_cndmask_b32_e64 v44, v163, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v45
	v_cndmask_b32_e64 v43, v170, v43, s[2:3]
	v_or_b32_e32 v43, v43, v42
	v_cndmask_b32_e64 v44, 0, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v42, 0xffff8000, v56
	v_lshlrev_b16_sdwa v58, v161, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v164, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v59, v162, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v60, v53, s69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v165, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v53, 0x7f, v53
	v_cmp_ne_u16_e64 s[20:21], s69, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v166, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v45
	v_lshrrev_b32_e32 v46, 8, v73
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v48, 0x3f80, v59
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v167, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s69, v60
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v168, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v48, v163, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v60
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v44, v169, v44, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v45
	v_and_b32_e32 v45, 0x3f80, v50
	v_add_u16_e32 v45, 0x2000, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v50, 0x3f80, v57
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v163, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e64 v50, v163, v50, s[18:19]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, 0, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[18:19], 0, v61
	v_and_b32_e32 v57, 0x7f, v52
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v164, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, 0, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v165, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v164, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v166, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v165, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v167, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v166, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v168, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v167, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v169, v45, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v51
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v168, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v45, v170, v45, s[14:15]
	v_or_b32_e32 v49, v45, v49
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v169, v50, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v61
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v45, 0xffff8000, v47
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v51, 0x3f80, v55
	v_cndmask_b32_e64 v47, v170, v50, s[18:19]
	v_or_b32_e32 v47, v47, v42
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_dword v42, v159, s[8:11], 0 offen
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v51, 0x2000, v51
	v_cndmask_b32_e64 v51, v163, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v53
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v55, 0x7f, v46
	v_cmp_ne_u16_e64 s[22:23], s69, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v51, 0, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v53
	v_cmp_ne_u16_e64 s[24:25], s69, v57
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cndmask_b32_e64 v51, v164, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v53
	v_cmp_ne_u16_e64 s[16:17], 1, v60
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[2:3], s68, v41
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v51, v165, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v53
	v_cndmask_b32_e64 v48, v164, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v60
	v_cndmask_b32_e64 v51, v166, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v53
	v_cndmask_b32_e64 v48, v165, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v60
	v_cndmask_b32_e64 v51, v167, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v53
	v_cndmask_b32_e64 v48, v166, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v60
	v_cndmask_b32_e64 v51, v168, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v53
	v_cndmask_b32_e64 v48, v167, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v60
	v_cndmask_b32_e64 v51, v169, v51, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v53
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v53, 7, v46
	v_and_b32_e32 v53, 0x3f80, v53
	v_add_u16_e32 v53, 0x2000, v53
	v_cndmask_b32_e64 v53, v163, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v48, v168, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v60
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v53, 0, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v55
	v_cndmask_b32_e64 v44, v170, v44, s[6:7]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v50, v170, v51, s[20:21]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v53, v164, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v51, 0xffff8000, v58
	s_mov_b32 s6, s54
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v53, v165, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s7, s55
	v_cndmask_b32_e64 v58, v160, v124, s[2:3]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v53, v166, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v62, v160, v123, s[2:3]
	v_cndmask_b32_e64 v48, v169, v48, s[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v53, v167, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[16:17], 7, v60
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v44, v44, v45
	v_cndmask_b32_e64 v53, v168, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v45, 0xffff8000, v54
	buffer_load_dwordx4 v[58:61], v58, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[62:65], v62, s[4:7], 0 offen
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v53, v169, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v55
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v55, 7, v52
	v_and_b32_e32 v55, 0x3f80, v55
	v_add_u16_e32 v55, 0x2000, v55
	v_cndmask_b32_e64 v55, v163, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v57
	v_or_b32_e32 v50, v50, v45
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v45, 8, v46
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v55, 0, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v57
	v_lshlrev_b16_e32 v46, 8, v52
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v55, v164, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v57
	v_cndmask_b32_e64 v48, v170, v48, s[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v52, v170, v53, s[22:23]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v55, v165, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v57
	v_or_b32_e32 v48, v48, v51
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v47, v48, v47, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v55, v166, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v57
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v45, 0xffff8000, v45
	v_or_b32_e32 v51, v52, v45
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v55, v167, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v57
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v45, v43, v44, s70
	v_perm_b32 v44, v51, v49, s70
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v55, v168, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v57
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v48, s66, v152
	v_add_u32_e32 v49, s66, v151
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v55, v169, v55, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v57
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v51, s66, v149
	v_add_u32_e32 v52, s66, v148
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v53, v170, v55, s[24:25]
	v_or_b32_e32 v46, v53, v46
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v46, v46, v50, s70
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v50, s66, v150
	v_add_u32_e32 v53, s66, v147
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[46:47], v[44:45], v[0:15]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v44, s66, v156
	v_add_u32_e32 v45, s66, v155
	v_add_u32_e32 v46, s66, v154
	v_add_u32_e32 v47, s66, v153
	v_add_u32_e32 v54, s66, v146
	v_add_u32_e32 v55, s66, v129
	v_add_u32_e32 v56, s66, v128
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(2)
	s_nop 2
	v_pk_mul_f32 v[0:1], v[42:43], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[42:43], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[42:43], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[42:43], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[42:43], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[42:43], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[42:43], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[42:43], v[14:15] op_sel_hi:[0,1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v42, s66, v158
	v_add_u32_e32 v43, s66, v157
	v_add_u32_e32 v57, s66, v127
	buffer_load_dword v42, v42, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v43, v43, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v44, v44, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v45, v45, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v46, v46, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v47, v47, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v48, v48, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v49, v49, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v50, v50, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v51, v51, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v52, v52, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v53, v53, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v54, v54, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v55, v55, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v56, v56, s[48:51], 0 offen
	s_nop 0
	buffer_load_dword v57, v57, s[48:51], 0 offen
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier
	ds_write2st64_b32 v88, v16, v20 offset1:16
	ds_write2st64_b32 v90, v17, v21 offset1:16
	ds_write2st64_b32 v93, v18, v22 offset1:16
	ds_write2st64_b32 v95, v19, v23 offset1:16
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s66, s66, s67
	s_addk_i32 s68, 0xff80
	v_add_u32_e32 v124, s65, v124
	v_add_u32_e32 v123, s65, v123
	s_cmp_lg_u32 s59, s74
	v_add_u32_e32 v159, 4, v159
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt vmcnt(16)
	v_perm_b32 v16, v62, v58, s71
	v_perm_b32 v17, v62, v58, s72
	v_lshrrev_b32_sdwa v58, v161, v16 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v18, v63, v59, s71
	v_or_b32_sdwa v58, v16, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v99, v58 offset:8192
	v_lshrrev_b32_e32 v58, 24, v16
	v_and_b32_sdwa v16, v16, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v58, 8, v58
	v_perm_b32 v19, v63, v59, s72
	v_or_b32_e32 v16, v16, v58
	v_lshrrev_b32_sdwa v58, v161, v17 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v59, 24, v17
	v_or_b32_sdwa v58, v17, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v17, v17, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v59, 8, v59
	v_perm_b32 v20, v64, v60, s71
	v_perm_b32 v21, v64, v60, s72
	v_or_b32_e32 v17, v17, v59
	v_lshrrev_b32_sdwa v59, v161, v18 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v60, 24, v18
	v_or_b32_sdwa v59, v18, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v18, v18, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v60, 8, v60
	v_perm_b32 v22, v65, v61, s71
	v_perm_b32 v23, v65, v61, s72
	v_or_b32_e32 v18, v18, v60
	v_lshrrev_b32_sdwa v60, v161, v19 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v61, 24, v19
	v_or_b32_sdwa v60, v19, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v19, v19, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v61, 8, v61
	v_or_b32_e32 v19, v19, v61
	v_lshrrev_b32_sdwa v61, v161, v20 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v62, 24, v20
	v_or_b32_sdwa v61, v20, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v20, v20, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v62, 8, v62
	v_or_b32_e32 v20, v20, v62
	v_lshrrev_b32_sdwa v62, v161, v21 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v63, 24, v21
	v_or_b32_sdwa v62, v21, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v21, v21, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v63, 8, v63
	v_or_b32_e32 v21, v21, v63
	v_lshrrev_b32_sdwa v63, v161, v22 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v64, 24, v22
	v_or_b32_sdwa v63, v22, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v22, v22, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v64, 8, v64
	v_or_b32_e32 v22, v22, v64
	v_lshrrev_b32_sdwa v64, v161, v23 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v65, 24, v23
	v_or_b32_sdwa v64, v23, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v23, v23, s73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v65, 8, v65
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[38:39], v[42:43], v[0:1], v[38:39]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[36:37], v[44:45], v[2:3], v[36:37]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[34:35], v[46:47], v[4:5], v[34:35]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v23, v23, v65
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[32:33], v[48:49], v[6:7], v[32:33]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write_b16 v102, v16 offset:8320
	ds_write_b16 v106, v58 offset:8448
	ds_write_b16 v109, v17 offset:8576
	ds_write_b16 v111, v59 offset:8704
	ds_write_b16 v112, v18 offset:8832
	ds_write_b16 v113, v60 offset:8960
	ds_write_b16 v114, v19 offset:9088
	ds_write_b16 v115, v61 offset:9216
	ds_write_b16 v116, v20 offset:9344
	ds_write_b16 v117, v62 offset:9472
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[30:31], v[50:51], v[8:9], v[30:31]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write_b16 v118, v21 offset:9600
	ds_write_b16 v119, v63 offset:9728
	ds_write_b16 v120, v22 offset:9856
	ds_write_b16 v121, v64 offset:9984
	ds_write_b16 v122, v23 offset:10112
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[28:29], v[52:53], v[10:11], v[28:29]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[26:27], v[54:55], v[12:13], v[26:27]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[24:25], v[56:57], v[14:15], v[24:25]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_5
	s_branch .LBB0_7
.LBB0_6:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v36, 0
	v_mov_b32_e32 v35, 0
	v_mov_b32_e32 v34, 0
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v31, 0
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v28, 0
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v24, 0
.LBB0_7:                                ; %Flow220
	.loc	1 47 15 is_stmt 1               ; w8a8_gemm.py:47:15
	v_add_lshl_u32 v0, s59, v98, 2
	v_bfrev_b32_e32 v1, 1
	s_load_dword s2, s[0:1], 0x3c
	v_cndmask_b32_e32 v0, v1, v0, vcc
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s0, s59, s58
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_dword v16, v0, s[60:63], 0 offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_lshl_u32 v0, s0, v110, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	s_mov_b32 s58, s62
	s_mov_b32 s59, s63
	v_add_lshl_u32 v2, s0, v108, 2
	v_add_lshl_u32 v3, s0, v107, 2
	v_add_lshl_u32 v4, s0, v105, 2
	v_add_lshl_u32 v5, s0, v104, 2
	v_add_lshl_u32 v6, s0, v103, 2
	v_add_lshl_u32 v7, s0, v101, 2
	v_add_lshl_u32 v8, s0, v100, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v8, v1, v8, vcc
	buffer_load_dword v48, v0, s[56:59], 0 offen
	buffer_load_dword v49, v2, s[56:59], 0 offen
	buffer_load_dword v46, v3, s[56:59], 0 offen
	buffer_load_dword v47, v4, s[56:59], 0 offen
	buffer_load_dword v42, v5, s[56:59], 0 offen
	buffer_load_dword v43, v6, s[56:59], 0 offen
	buffer_load_dword v22, v7, s[56:59], 0 offen
	buffer_load_dword v23, v8, s[56:59], 0 offen
	v_add_lshl_u32 v0, s0, v97, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s0, v96, 2
	v_add_lshl_u32 v3, s0, v94, 2
	v_add_lshl_u32 v4, s0, v92, 2
	v_add_lshl_u32 v5, s0, v91, 2
	v_add_lshl_u32 v6, s0, v89, 2
	v_add_lshl_u32 v7, s0, v87, 2
	v_add_lshl_u32 v8, s0, v86, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v1, v1, v8, vcc
	buffer_load_dword v44, v0, s[56:59], 0 offen
	buffer_load_dword v45, v2, s[56:59], 0 offen
	buffer_load_dword v40, v3, s[56:59], 0 offen
	buffer_load_dword v41, v4, s[56:59], 0 offen
	buffer_load_dword v20, v5, s[56:59], 0 offen
	buffer_load_dword v21, v6, s[56:59], 0 offen
	buffer_load_dword v18, v7, s[56:59], 0 offen
	buffer_load_dword v19, v1, s[56:59], 0 offen
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_and_b64 s[0:1], vcc, exec
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cmp_eq_u32 s64, 0
	s_cselect_b32 s0, 0, 0x1008
	v_and_b32_e32 v0, 0x804, v85
	v_or_b32_e32 v1, s0, v82
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b32_e32 v50, 2, v84
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor_b32_e32 v0, v0, v1
	v_xor_b32_e32 v0, v0, v50
	v_lshl_or_b32 v14, v84, 7, v0
	v_xad_u32 v0, v14, 56, 0
	v_add_u32_e32 v0, 0x2000, v0
	ds_read2_b32 v[0:1], v0 offset1:16
	v_mov_b32_e32 v113, 7
	s_movk_i32 s3, 0x7f
	v_mov_b32_e32 v104, 0x7e00
	v_mov_b32_e32 v114, 8
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v5, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v6, 8, v1
	v_and_b32_sdwa v11, v1, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_sdwa v12, v1, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v11
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v12
	v_lshlrev_b16_sdwa v2, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v4, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v5, v104, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_mov_b32_e32 v99, 0x1800
	v_cndmask_b32_e64 v8, v104, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v1
	v_mov_b32_e32 v94, 0x1c00
	v_mov_b32_e32 v93, 0x1e00
	v_cndmask_b32_e64 v10, v104, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v11
	v_mov_b32_e32 v88, 0x2000
	v_mov_b32_e32 v73, 0x2100
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v12
	v_mov_b32_e32 v68, 0x2200
	v_mov_b32_e32 v67, 0x2300
	v_cndmask_b32_e64 v5, 0, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v8, 0, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v1
	v_and_b32_e32 v9, 0xffff8000, v9
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_mov_b32 s4, 0x5040100
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v10, 0, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v99, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v99, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v99, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v94, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v94, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v94, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v93, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v93, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v93, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v88, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v88, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v88, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v73, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v73, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v73, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v68, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v68, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v68, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v67, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v6
	v_or_b32_e32 v61, v5, v4
	s_nop 0
	v_cndmask_b32_e64 v6, v67, v8, s[0:1]
	v_and_b32_e32 v8, 0xffff8000, v2
	v_xad_u32 v2, v14, 48, 0
	v_add_u32_e32 v2, 0x2000, v2
	ds_read2_b32 v[2:3], v2 offset1:16
	v_cmp_ne_u16_e64 s[0:1], 7, v1
	v_or_b32_e32 v60, v6, v7
	v_or_b32_e32 v62, v11, v8
	v_cndmask_b32_e64 v1, v67, v10, s[0:1]
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v7, 8, v3
	v_and_b32_sdwa v12, v3, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v17, v1, v9
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v7
	v_and_b32_sdwa v13, v3, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[0:1], s3, v12
	v_lshlrev_b16_e32 v8, 8, v7
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v3
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v4, v104, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v13
	v_lshlrev_b16_sdwa v1, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v3
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v6, v104, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v9, v104, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v3
	v_and_b32_e32 v8, 0xffff8000, v8
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v11, v104, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v3
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v99, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v99, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v99, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v99, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v94, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v94, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v94, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v94, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v93, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v93, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v93, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v93, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v88, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v88, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v88, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v88, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v73, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v73, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v73, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v73, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v68, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v68, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v68, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v68, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v12, v67, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v13
	v_xad_u32 v4, v14, 40, 0
	v_add_u32_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v6, v67, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v7
	v_or_b32_e32 v66, v12, v1
	s_nop 0
	v_cndmask_b32_e64 v7, v67, v9, s[0:1]
	v_and_b32_e32 v9, 0xffff8000, v5
	ds_read2_b32 v[4:5], v4 offset1:16
	v_cmp_ne_u16_e64 s[0:1], 7, v3
	v_or_b32_e32 v64, v7, v8
	v_or_b32_e32 v65, v6, v9
	v_cndmask_b32_e64 v3, v67, v11, s[0:1]
	v_or_b32_e32 v63, v3, v10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v8, 8, v5
	v_and_b32_sdwa v13, v5, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v10, 7, v8
	v_and_b32_sdwa v15, v5, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v13
	v_lshlrev_b16_e32 v9, 8, v8
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v5
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v15
	v_lshlrev_b16_sdwa v1, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v5
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v8
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v10, v104, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v5
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v12, v104, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v99, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v99, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v94, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v94, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v93, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v93, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v88, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v88, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v73, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v73, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v68, v10, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v68, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v15
	v_or_b32_e32 v72, v3, v1
	s_nop 0
	v_cndmask_b32_e64 v13, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v67, v10, s[0:1]
	v_and_b32_e32 v10, 0xffff8000, v6
	v_xad_u32 v6, v14, 32, 0
	v_add_u32_e32 v6, 0x2000, v6
	ds_read2_b32 v[6:7], v6 offset1:16
	v_cmp_ne_u16_e64 s[0:1], 7, v5
	v_or_b32_e32 v70, v8, v9
	v_or_b32_e32 v71, v13, v10
	v_cndmask_b32_e64 v5, v67, v12, s[0:1]
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v8, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v7
	v_and_b32_sdwa v15, v7, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v69, v5, v11
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v11, 7, v9
	v_and_b32_sdwa v51, v7, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v15
	v_lshlrev_b16_e32 v10, 8, v9
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v7
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v51
	v_lshlrev_b16_sdwa v1, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v12, 8, v7
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v8, v104, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v11, v104, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v7
	v_and_b32_e32 v10, 0xffff8000, v10
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v13, v104, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v15
	v_and_b32_e32 v5, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v51
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v51
	s_nop 1
	v_cndmask_b32_e64 v8, v99, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v99, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v99, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v51
	s_nop 1
	v_cndmask_b32_e64 v8, v94, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v94, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v94, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v51
	s_nop 1
	v_cndmask_b32_e64 v8, v93, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v93, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v93, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v51
	s_nop 1
	v_cndmask_b32_e64 v8, v88, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v88, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v88, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v51
	s_nop 1
	v_cndmask_b32_e64 v8, v73, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v73, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v73, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v51
	s_nop 1
	v_cndmask_b32_e64 v8, v68, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v68, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v68, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v51
	v_or_b32_e32 v87, v3, v1
	s_nop 0
	v_cndmask_b32_e64 v15, v67, v8, s[0:1]
	v_xad_u32 v8, v14, 24, 0
	v_add_u32_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	ds_read2_b32 v[8:9], v8 offset1:16
	v_or_b32_e32 v86, v15, v5
	v_cndmask_b32_e64 v11, v67, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v7
	v_or_b32_e32 v85, v11, v10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v67, v13, s[0:1]
	v_or_b32_e32 v84, v7, v12
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v113, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v10, 8, v9
	v_and_b32_sdwa v51, v9, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v12, 7, v10
	v_and_b32_sdwa v52, v9, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v51
	v_lshlrev_b16_e32 v11, 8, v10
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v15, 7, v9
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v52
	v_lshlrev_b16_sdwa v1, v114, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v9
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v10
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v12, v104, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e64 v15, v104, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v51
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v52
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v99, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v99, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v94, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v94, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v93, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v93, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v88, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v88, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v73, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v73, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v68, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v68, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v52
	v_or_b32_e32 v92, v3, v1
	s_nop 0
	v_cndmask_b32_e64 v7, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v10
	v_xad_u32 v10, v14, 16, 0
	v_add_u32_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v12, v67, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	v_or_b32_e32 v91, v7, v5
	s_nop 0
	v_cndmask_b32_e64 v9, v67, v15, s[0:1]
	v_and_b32_e32 v15, 0xffff8000, v11
	ds_read2_b32 v[10:11], v10 offset1:16
	v_or_b32_e32 v89, v9, v13
	v_or_b32_e32 v90, v12, v15
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v113, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v11
	v_and_b32_sdwa v52, v11, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_and_b32_sdwa v53, v11, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v52
	v_lshlrev_b16_e32 v12, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v51, 7, v11
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v53
	v_lshlrev_b16_sdwa v1, v114, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v11
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_add_u16_e32 v51, 0x2000, v51
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v104, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v11
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v51, v104, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v52
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v53
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v51, 0, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v99, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v51, v99, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v94, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v51, v94, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v93, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v51, v93, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v88, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v51, v88, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v73, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v51, v73, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v68, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v51, v68, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v53
	v_or_b32_e32 v98, v3, v1
	s_nop 0
	v_cndmask_b32_e64 v7, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	v_or_b32_e32 v97, v7, v5
	s_nop 0
	v_cndmask_b32_e64 v9, v67, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v67, v51, s[0:1]
	v_and_b32_e32 v51, 0xffff8000, v12
	v_xad_u32 v12, v14, 8, 0
	v_add_u32_e32 v12, 0x2000, v12
	ds_read2_b32 v[12:13], v12 offset1:16
	v_or_b32_e32 v96, v9, v51
	v_or_b32_e32 v95, v11, v15
	v_add_u32_e32 v14, 0, v14
	v_add_u32_e32 v14, 0x2000, v14
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v113, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v13
	v_and_b32_sdwa v53, v13, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v15, 7, v9
	v_and_b32_sdwa v54, v13, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v53
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v52, 7, v13
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v54
	v_lshlrev_b16_sdwa v1, v114, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v51, 8, v13
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_add_u16_e32 v52, 0x2000, v52
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v15, v104, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v13
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v52, v104, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v53
	v_and_b32_e32 v51, 0xffff8000, v51
	s_nop 0
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v54
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v52, 0, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v99, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v52, v99, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v94, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v52, v94, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v93, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v52, v93, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v88, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v52, v88, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v73, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v52, v73, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v68, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v52, v68, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v54
	v_or_b32_e32 v103, v3, v1
	s_nop 0
	v_cndmask_b32_e64 v7, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	v_or_b32_e32 v102, v7, v5
	s_nop 0
	v_cndmask_b32_e64 v9, v67, v15, s[0:1]
	ds_read2_b32 v[14:15], v14 offset1:16
	v_cmp_ne_u16_e64 s[0:1], 7, v13
	v_or_b32_e32 v101, v9, v11
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v113, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v13, v67, v52, s[0:1]
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v113, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v15
	v_and_b32_sdwa v53, v15, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v100, v13, v51
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_and_b32_sdwa v54, v15, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v53
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v52, 7, v15
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v54
	v_lshlrev_b16_sdwa v1, v114, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v51, 8, v15
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_add_u16_e32 v52, 0x2000, v52
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v104, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v15
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v52, v104, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v53
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v54
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v52, 0, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v99, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v52, v99, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v94, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v52, v94, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v93, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v52, v93, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v88, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v52, v88, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v73, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v52, v73, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v53
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v68, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v52, v68, v52, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v53
	v_and_b32_sdwa v53, v0, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v54
	v_or_b32_e32 v108, v3, v1
	v_lshlrev_b16_sdwa v3, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	v_or_b32_e32 v107, v7, v5
	v_and_b32_e32 v3, 0x3f80, v3
	v_cndmask_b32_e64 v9, v67, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v15
	v_and_b32_e32 v15, 0xffff8000, v51
	v_or_b32_e32 v106, v9, v11
	v_cndmask_b32_e64 v13, v67, v52, s[0:1]
	v_lshlrev_b16_sdwa v7, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v0
	v_and_b32_sdwa v52, v0, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v105, v13, v15
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v52
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v51, 7, v0
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v53
	v_lshlrev_b16_sdwa v1, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v0
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_add_u16_e32 v51, 0x2000, v51
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v104, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v0
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v51, v104, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v52
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v53
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v0
	s_nop 1
	v_cndmask_b32_e64 v51, 0, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v99, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v0
	s_nop 1
	v_cndmask_b32_e64 v51, v99, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v94, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v0
	s_nop 1
	v_cndmask_b32_e64 v51, v94, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v93, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v0
	s_nop 1
	v_cndmask_b32_e64 v51, v93, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v88, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v0
	s_nop 1
	v_cndmask_b32_e64 v51, v88, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v73, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v0
	s_nop 1
	v_cndmask_b32_e64 v51, v73, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v53
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v68, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v0
	s_nop 1
	v_cndmask_b32_e64 v51, v68, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v52
	v_and_b32_sdwa v52, v2, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v53
	v_or_b32_e32 v112, v3, v1
	v_lshlrev_b16_sdwa v1, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	v_or_b32_e32 v111, v7, v5
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v9, v67, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v0
	v_lshlrev_b16_sdwa v5, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v7, 8, v2
	v_cndmask_b32_e64 v0, v67, v51, s[0:1]
	v_and_b32_sdwa v51, v2, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v110, v9, v11
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v11, 7, v7
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v51
	v_and_b32_e32 v13, 0xffff8000, v15
	v_lshlrev_b16_e32 v9, 8, v7
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v15, 7, v2
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v52
	v_or_b32_e32 v109, v0, v13
	v_lshlrev_b16_sdwa v0, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v2
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v5, v104, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v7
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v11, v104, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v2
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v15, v104, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v51
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v52
	s_nop 1
	v_cndmask_b32_e64 v5, 0, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v2
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v51
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v5, v99, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v99, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v99, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v51
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v5, v94, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v94, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v94, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v51
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v5, v93, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v93, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v93, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v51
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v5, v88, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v88, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v88, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v51
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v5, v73, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v73, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v73, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v51
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v5, v68, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v68, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v68, v15, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v51
	v_and_b32_sdwa v51, v4, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v52
	v_or_b32_e32 v118, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v5, v67, v5, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v7
	v_or_b32_e32 v117, v5, v3
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v7, v67, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v2
	v_lshlrev_b16_sdwa v3, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v5, 8, v4
	v_cndmask_b32_e64 v2, v67, v15, s[0:1]
	v_and_b32_sdwa v15, v4, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v116, v7, v9
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v9, 7, v5
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v15
	v_and_b32_e32 v11, 0xffff8000, v13
	v_lshlrev_b16_e32 v7, 8, v5
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v4
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v51
	v_or_b32_e32 v115, v2, v11
	v_lshlrev_b16_sdwa v0, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v4
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v5
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v9, v104, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v13, v104, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v51
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v99, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v99, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v94, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v94, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v93, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v93, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v88, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v88, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v73, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v73, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v51
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v68, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v68, v13, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v15
	v_and_b32_sdwa v15, v6, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v51
	v_or_b32_e32 v122, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v5
	v_or_b32_e32 v121, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v5, v67, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_and_b32_e32 v9, 0xffff8000, v11
	v_lshlrev_b16_sdwa v3, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v4, v67, v13, s[0:1]
	v_or_b32_e32 v119, v4, v9
	v_lshrrev_b32_e32 v4, 8, v6
	v_and_b32_sdwa v13, v6, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v120, v5, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v7, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v13
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v6
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v15
	v_lshlrev_b16_sdwa v0, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v6
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v6
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v11, v104, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v99, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v94, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v93, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v88, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v73, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v68, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v13
	v_and_b32_sdwa v13, v8, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v15
	v_or_b32_e32 v126, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_or_b32_e32 v125, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v6
	v_and_b32_e32 v7, 0xffff8000, v9
	v_or_b32_e32 v124, v4, v5
	v_cndmask_b32_e64 v6, v67, v11, s[0:1]
	v_lshlrev_b16_sdwa v3, v113, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v4, 8, v8
	v_and_b32_sdwa v11, v8, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v123, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v11
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v8
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v13
	v_lshlrev_b16_sdwa v0, v114, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v114, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v8
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_add_u16_e32 v9, 0x2000, v9
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v6, v104, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v8
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v9, v104, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v11
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_sdwa v15, v14, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v99, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v99, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v94, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v94, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v93, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v93, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v88, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v88, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v73, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v73, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v68, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v68, v9, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v11
	v_and_b32_sdwa v11, v10, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v13
	v_or_b32_e32 v156, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_or_b32_e32 v155, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v67, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v8
	v_or_b32_e32 v154, v4, v5
	v_lshlrev_b16_sdwa v3, v113, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v67, v9, s[0:1]
	v_lshrrev_b32_e32 v4, 8, v10
	v_and_b32_sdwa v9, v10, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v152, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v10
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v11
	v_lshlrev_b16_sdwa v0, v114, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v114, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v6, v104, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v10
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v8, v104, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_sdwa v13, v14, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v99, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v99, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v94, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v94, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v93, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v93, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v88, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v88, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v73, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v73, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v68, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v68, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	v_and_b32_sdwa v9, v12, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v11
	v_or_b32_e32 v182, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_or_b32_e32 v181, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v67, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v10
	v_or_b32_e32 v59, v4, v5
	v_lshlrev_b16_sdwa v3, v113, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v67, v8, s[0:1]
	v_lshrrev_b32_e32 v4, 8, v12
	v_or_b32_e32 v58, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_and_b32_sdwa v10, v12, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v9
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v12
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v11, 0x7f, v12
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v0, v114, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v6, v104, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v11
	v_lshlrev_b16_sdwa v2, v114, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v8, v104, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	v_lshlrev_b16_e32 v7, 8, v12
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v10
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	v_lshlrev_b16_e32 v12, 7, v14
	v_and_b32_e32 v12, 0x3f80, v12
	v_cndmask_b32_e64 v6, 0, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v11
	v_add_u16_e32 v12, 0x2000, v12
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v99, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v99, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v94, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v94, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v93, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v93, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v88, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v88, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v73, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v73, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v68, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v68, v8, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_or_b32_e32 v10, v3, v2
	v_lshlrev_b16_sdwa v3, v113, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v4, v67, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v11
	v_or_b32_e32 v11, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v6, v67, v8, s[0:1]
	v_or_b32_e32 v9, v4, v5
	v_and_b32_e32 v1, 0x3f80, v1
	v_lshrrev_b32_e32 v4, 8, v14
	v_or_b32_e32 v8, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v13
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v15
	v_lshlrev_b16_sdwa v0, v114, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v114, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v14
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v6, v104, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v14
	v_and_b32_e32 v7, 0xffff8000, v7
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v201, v11, v10, s4
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v12, v104, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v13
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v200, v9, v8, s4
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v14
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v99, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v99, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v94, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v94, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v93, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v93, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v88, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v88, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v73, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v73, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v68, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v68, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v13
	s_nop 1
	v_cndmask_b32_e64 v51, v67, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v15
	v_and_b32_e32 v15, 0xffff8000, v0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v0, v50, v82
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_or_b32_e32 v15, v51, v15
	s_nop 0
	v_cndmask_b32_e64 v4, v67, v6, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v14
	v_or_b32_e32 v14, v3, v2
	v_or_b32_e32 v13, v4, v5
	v_cndmask_b32_e64 v12, v67, v12, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_lshl_b32 s0, s47, 5
	v_or3_b32 v6, s0, v83, v0
	v_xad_u32 v0, v6, 56, 0
	ds_read2_b32 v[0:1], v0 offset1:16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v12, v12, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v2, 7, v1
	v_lshlrev_b16_sdwa v83, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v161, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v127, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v173, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v128, 8, v1
	v_lshlrev_b16_e32 v4, 8, v1
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_sdwa v132, v1, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v131, v1, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[0:1], s3, v1
	v_and_b32_e32 v4, 0xffff8000, v4
	v_lshlrev_b16_sdwa v164, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v2, v104, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v1
	v_lshlrev_b16_sdwa v189, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v165, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v2, 0, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v1
	v_lshlrev_b16_sdwa v190, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v166, 8, v0
	v_cndmask_b32_e64 v2, v99, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v1
	v_and_b32_sdwa v169, v0, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v168, v0, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v2, v94, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v1
	v_and_b32_e32 v173, 0x3f80, v173
	v_lshlrev_b16_e32 v222, 7, v128
	v_cndmask_b32_e64 v2, v93, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v1
	v_and_b32_e32 v130, 0x7f, v128
	v_and_b32_e32 v222, 0x3f80, v222
	v_cndmask_b32_e64 v2, v88, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v1
	v_add_u16_e32 v223, 0x2000, v173
	v_add_u16_e32 v222, 0x2000, v222
	v_cndmask_b32_e64 v2, v73, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v1
	v_and_b32_e32 v161, 0x3f80, v161
	v_add_u16_e32 v161, 0x2000, v161
	v_cndmask_b32_e64 v5, v68, v2, s[0:1]
	v_xad_u32 v2, v6, 48, 0
	ds_read2_b32 v[2:3], v2 offset1:16
	v_cmp_ne_u16_e64 s[0:1], 7, v1
	v_and_b32_e32 v164, 0xffff8000, v164
	v_and_b32_e32 v165, 0xffff8000, v165
	v_cndmask_b32_e64 v1, v67, v5, s[0:1]
	v_or_b32_e32 v82, v1, v4
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v4, 7, v3
	v_lshlrev_b16_sdwa v133, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v177, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v134, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v178, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v135, 8, v3
	v_lshlrev_b16_e32 v1, 8, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_sdwa v138, v3, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v137, v3, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[0:1], s3, v3
	v_xad_u32 v5, v6, 40, 0
	ds_read2_b32 v[50:51], v5 offset1:16
	v_cndmask_b32_e64 v4, v104, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_xad_u32 v5, v6, 32, 0
	v_cndmask_b32_e64 v4, 0, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v3
	ds_read2_b32 v[52:53], v5 offset1:16
	v_xad_u32 v5, v6, 24, 0
	v_cndmask_b32_e64 v4, v99, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v3
	ds_read2_b32 v[54:55], v5 offset1:16
	v_xad_u32 v5, v6, 16, 0
	v_cndmask_b32_e64 v4, v94, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v3
	ds_read2_b32 v[56:57], v5 offset1:16
	v_lshlrev_b16_sdwa v170, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v4, v93, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v3
	v_lshlrev_b16_sdwa v191, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	s_waitcnt lgkmcnt(0)
	v_and_b32_e32 v7, 0x7f, v57
	v_cndmask_b32_e64 v4, v88, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v3
	v_lshlrev_b16_sdwa v171, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v192, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v4, v73, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v3
	v_lshrrev_b32_e32 v172, 8, v2
	v_and_b32_sdwa v176, v2, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v4, v68, v4, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v3
	v_and_b32_sdwa v175, v2, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v141, v114, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v67, v4, s[0:1]
	v_or_b32_e32 v129, v3, v1
	v_lshlrev_b16_e32 v3, 7, v51
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v4, 0x7f, v51
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_lshlrev_b16_e32 v1, 8, v51
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	v_lshlrev_b16_sdwa v183, v113, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v142, v114, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	v_lshlrev_b16_sdwa v184, v113, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v143, 8, v57
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	v_and_b32_sdwa v146, v57, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v145, v57, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	v_lshlrev_b16_sdwa v203, v113, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v198, v114, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	v_lshlrev_b16_sdwa v179, v113, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v180, v113, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	v_and_b32_e32 v198, 0xffff8000, v198
	v_lshlrev_b16_sdwa v211, v113, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	v_lshlrev_b16_sdwa v214, v113, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v212, v113, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_and_b32_e32 v4, 0x7f, v53
	v_lshlrev_b16_sdwa v213, v113, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_or_b32_e32 v136, v3, v1
	v_lshlrev_b16_e32 v3, 7, v53
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_lshlrev_b16_e32 v1, 8, v53
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	v_and_b32_sdwa v205, v53, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v215, v113, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	v_lshlrev_b16_sdwa v216, v113, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v177, 0x3f80, v177
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	v_and_b32_e32 v178, 0x3f80, v178
	v_lshlrev_b16_e32 v224, 7, v135
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	v_add_u16_e32 v177, 0x2000, v177
	v_and_b32_e32 v173, 0x7f, v135
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	v_and_b32_e32 v224, 0x3f80, v224
	v_add_u16_e32 v178, 0x2000, v178
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	v_add_u16_e32 v224, 0x2000, v224
	v_lshlrev_b16_sdwa v217, v113, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	v_lshlrev_b16_sdwa v218, v113, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v219, v113, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_and_b32_e32 v4, 0x7f, v55
	v_lshlrev_b16_sdwa v220, v113, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_or_b32_e32 v139, v3, v1
	v_lshlrev_b16_e32 v3, 7, v55
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	v_lshlrev_b16_e32 v1, 8, v55
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	v_and_b32_sdwa v210, v55, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v209, v55, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	v_and_b32_sdwa v208, v54, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v207, v54, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	v_lshlrev_b16_e32 v221, 7, v54
	v_lshlrev_b16_e32 v206, 8, v54
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	v_and_b32_e32 v221, 0x3f80, v221
	v_add_u16_e32 v221, 0x2000, v221
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	v_and_b32_e32 v170, 0xffff8000, v170
	v_and_b32_e32 v171, 0xffff8000, v171
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	v_and_b32_e32 v141, 0xffff8000, v141
	v_and_b32_e32 v142, 0xffff8000, v142
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_xad_u32 v4, v6, 8, 0
	ds_read2_b32 v[4:5], v4 offset1:16
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_or_b32_e32 v140, v3, v1
	v_lshlrev_b16_e32 v3, 7, v57
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v7
	v_lshlrev_b16_e32 v1, 8, v57
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v7
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v147, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v185, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v7
	v_lshlrev_b16_sdwa v148, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v186, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v7
	v_lshrrev_b32_e32 v149, 8, v5
	v_and_b32_sdwa v153, v5, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v7
	v_and_b32_sdwa v151, v5, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u32_e32 v6, 0, v6
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v7
	v_and_b32_sdwa v195, v4, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v196, v4, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v7
	v_lshlrev_b16_e32 v194, 7, v4
	v_lshlrev_b16_sdwa v57, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v7
	v_lshlrev_b16_e32 v193, 8, v4
	v_and_b32_e32 v194, 0x3f80, v194
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v7
	ds_read2_b32 v[6:7], v6 offset1:16
	v_add_u16_e32 v194, 0x2000, v194
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_or_b32_e32 v144, v3, v1
	v_lshlrev_b16_e32 v3, 7, v5
	v_lshlrev_b16_e32 v1, 8, v5
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v5
	v_and_b32_e32 v1, 0xffff8000, v1
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v157, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v5
	v_lshlrev_b16_sdwa v187, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v158, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v5
	v_lshlrev_b16_sdwa v188, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v159, 8, v7
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v5
	v_and_b32_sdwa v163, v7, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v162, v7, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v5
	v_and_b32_sdwa v197, v6, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v57, 0xffff8000, v57
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v5
	v_and_b32_e32 v157, 0xffff8000, v157
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v5
	v_and_b32_e32 v147, 0xffff8000, v147
	v_and_b32_e32 v148, 0xffff8000, v148
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v5
	v_and_b32_e32 v5, 0x7f, v7
	s_nop 0
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_or_b32_e32 v150, v3, v1
	v_lshlrev_b16_e32 v3, 7, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v5
	v_lshlrev_b16_e32 v1, 8, v7
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v5
	s_nop 1
	v_cndmask_b32_e64 v3, v67, v3, s[0:1]
	v_or_b32_e32 v160, v3, v1
	v_lshlrev_b16_e32 v3, 7, v0
	v_lshlrev_b16_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[0:1], s3, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e64 v3, v104, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v0
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v0
	s_nop 1
	v_cndmask_b32_e64 v3, v99, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v0
	s_nop 1
	v_cndmask_b32_e64 v3, v94, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v0
	s_nop 1
	v_cndmask_b32_e64 v3, v93, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v0
	s_nop 1
	v_cndmask_b32_e64 v3, v88, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v0
	s_nop 1
	v_cndmask_b32_e64 v3, v73, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v0
	s_nop 1
	v_cndmask_b32_e64 v3, v68, v3, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v0
	s_nop 1
	v_cndmask_b32_e64 v0, v67, v3, s[0:1]
	v_or_b32_e32 v167, v0, v1
	v_lshlrev_b16_e32 v1, 7, v2
	v_lshlrev_b16_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[0:1], s3, v2
	v_and_b32_e32 v0, 0xffff8000, v0
	v_lshrrev_b32_e32 v3, 8, v4
	v_cndmask_b32_e64 v1, v104, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v2
	v_lshlrev_b16_e32 v7, 7, v3
	v_lshlrev_b16_e32 v5, 8, v3
	v_cndmask_b32_e64 v1, 0, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v2
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v3, 0x7f, v3
	v_cndmask_b32_e64 v1, v99, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v2
	v_add_u16_e32 v7, 0x2000, v7
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v1, v94, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v93, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v88, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v73, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v68, v1, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v2
	v_lshlrev_b16_sdwa v2, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e64 v1, v67, v1, s[0:1]
	v_or_b32_e32 v174, v1, v0
	v_lshlrev_b16_sdwa v0, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[0:1], s3, v195
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v1, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v0, v104, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v196
	v_and_b32_e32 v4, 0x7f, v4
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v2, v104, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v104, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v104, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v195
	s_nop 1
	v_cndmask_b32_e64 v0, 0, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v196
	s_nop 1
	v_cndmask_b32_e64 v2, 0, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v3
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v194, 0, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v195
	s_nop 1
	v_cndmask_b32_e64 v0, v99, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v196
	s_nop 1
	v_cndmask_b32_e64 v2, v99, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v99, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v99, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v195
	s_nop 1
	v_cndmask_b32_e64 v0, v94, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v196
	s_nop 1
	v_cndmask_b32_e64 v2, v94, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v94, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v94, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v195
	s_nop 1
	v_cndmask_b32_e64 v0, v93, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v196
	s_nop 1
	v_cndmask_b32_e64 v2, v93, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v93, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v93, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v195
	s_nop 1
	v_cndmask_b32_e64 v0, v88, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v196
	s_nop 1
	v_cndmask_b32_e64 v2, v88, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v88, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v88, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v195
	s_nop 1
	v_cndmask_b32_e64 v0, v73, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v196
	s_nop 1
	v_cndmask_b32_e64 v2, v73, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v73, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v73, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v195
	s_nop 1
	v_cndmask_b32_e64 v0, v68, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v196
	s_nop 1
	v_cndmask_b32_e64 v2, v68, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v7, v68, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v194, v68, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v196
	v_and_b32_sdwa v196, v6, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v2, v67, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v3
	v_or_b32_e32 v202, v2, v1
	v_lshlrev_b16_sdwa v2, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v67, v7, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v4
	v_and_b32_e32 v7, 0xffff8000, v193
	v_or_b32_e32 v199, v3, v5
	v_cndmask_b32_e64 v4, v67, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v195
	v_or_b32_e32 v193, v4, v7
	v_lshlrev_b16_sdwa v4, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v204, v67, v0, s[0:1]
	v_and_b32_e32 v0, 0x3f80, v2
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[0:1], s3, v196
	v_and_b32_e32 v2, 0x3f80, v4
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v0, v104, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v196
	v_lshrrev_b32_e32 v5, 8, v6
	v_lshlrev_b16_e32 v195, 7, v5
	v_cndmask_b32_e64 v0, 0, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v196
	v_lshlrev_b16_e32 v194, 7, v6
	v_lshlrev_b16_e32 v4, 8, v5
	v_cndmask_b32_e64 v0, v99, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v196
	v_and_b32_e32 v195, 0x3f80, v195
	v_and_b32_e32 v5, 0x7f, v5
	v_cndmask_b32_e64 v0, v94, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v196
	v_lshlrev_b16_sdwa v1, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v0, v93, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v196
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v6, 0x7f, v6
	v_cndmask_b32_e64 v0, v88, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v196
	v_and_b32_e32 v194, 0x3f80, v194
	v_add_u16_e32 v195, 0x2000, v195
	v_cndmask_b32_e64 v0, v73, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v196
	v_add_u16_e32 v194, 0x2000, v194
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v0, v68, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v197
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v2, v104, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v197
	v_and_b32_e32 v7, 0xffff8000, v7
	v_or_b32_e32 v57, v204, v57
	v_cndmask_b32_e64 v2, 0, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v197
	v_and_b32_e32 v204, 0x7f, v56
	s_nop 0
	v_cndmask_b32_e64 v2, v99, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v197
	s_nop 1
	v_cndmask_b32_e64 v2, v94, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v197
	s_nop 1
	v_cndmask_b32_e64 v2, v93, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v197
	s_nop 1
	v_cndmask_b32_e64 v2, v88, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v197
	s_nop 1
	v_cndmask_b32_e64 v2, v73, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v197
	s_nop 1
	v_cndmask_b32_e64 v2, v68, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v104, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v104, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v195, 0, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v194, 0, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v99, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v99, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v94, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v94, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v93, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v93, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v88, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v88, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v73, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v73, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v195, v68, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v194, v68, v194, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v196
	s_nop 1
	v_cndmask_b32_e64 v0, v67, v0, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v197
	v_or_b32_e32 v0, v0, v1
	s_nop 0
	v_cndmask_b32_e64 v2, v67, v2, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v5
	v_or_b32_e32 v2, v2, v3
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v197, v0, v2, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v5, v67, v195, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v6
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v195, v15, v14, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v4, v5, v4
	v_cndmask_b32_e64 v6, v67, v194, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v194, v13, v12, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v6, v6, v7
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v196, v4, v6, s4
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[194:195], v[196:197], 0
	v_perm_b32 v195, v57, v202, s4
	v_perm_b32 v194, v199, v193, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v196, v114, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v57, v113, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v199, 8, v56
	v_and_b32_sdwa v202, v56, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v197, 0x3f80, v57
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[200:201], v[194:195], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v195, 8, v56
	v_lshlrev_b16_e32 v200, 7, v56
	v_and_b32_sdwa v201, v56, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v56, 0x3f80, v203
	v_add_u16_e32 v56, 0x2000, v56
	v_cmp_ne_u16_e64 s[0:1], s3, v201
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v57, v182, v181, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v181, 0x7f, v199
	v_cndmask_b32_e64 v56, v104, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v201
	v_and_b32_e32 v182, 0x3f80, v200
	v_add_u16_e32 v182, 0x2000, v182
	v_cndmask_b32_e64 v56, 0, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v201
	v_and_b32_e32 v196, 0xffff8000, v196
	v_lshrrev_b32_e32 v193, 8, v51
	v_cndmask_b32_e64 v56, v99, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v201
	v_and_b32_sdwa v194, v51, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v200, v52, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v56, v94, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v201
	v_lshrrev_b32_e32 v113, 8, v55
	s_nop 0
	v_cndmask_b32_e64 v56, v93, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v201
	s_nop 1
	v_cndmask_b32_e64 v56, v88, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v201
	s_nop 1
	v_cndmask_b32_e64 v56, v73, v56, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v201
	s_nop 1
	v_cndmask_b32_e64 v203, v68, v56, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v56, v59, v58, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v58, 7, v199
	v_add_u16_e32 v59, 0x2000, v197
	v_cmp_ne_u16_e64 s[0:1], s3, v202
	v_and_b32_e32 v58, 0x3f80, v58
	v_add_u16_e32 v58, 0x2000, v58
	v_cndmask_b32_e64 v59, v104, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v202
	v_and_b32_sdwa v197, v51, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v59, 0, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v104, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v181
	s_nop 1
	v_cndmask_b32_e64 v58, 0, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v99, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v94, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v93, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v88, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v73, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v181
	s_nop 1
	v_cndmask_b32_e64 v58, v68, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v104, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v204
	s_nop 1
	v_cndmask_b32_e64 v182, 0, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v99, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v94, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v93, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v88, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v73, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v204
	s_nop 1
	v_cndmask_b32_e64 v182, v68, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v204
	v_and_b32_sdwa v204, v53, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v182, v67, v182, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v181
	v_and_b32_e32 v181, 0xffff8000, v195
	v_lshlrev_b16_e32 v195, 8, v199
	v_cndmask_b32_e64 v58, v67, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v202
	v_and_b32_e32 v195, 0xffff8000, v195
	v_or_b32_e32 v58, v58, v195
	v_cndmask_b32_e64 v59, v99, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v202
	v_lshlrev_b16_sdwa v195, v114, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v182, v182, v181
	v_cndmask_b32_e64 v59, v94, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v202
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v58, v58, v182, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v199, 7, v50
	v_cndmask_b32_e64 v59, v93, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v202
	v_lshlrev_b16_sdwa v182, v114, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v181, 8, v53
	v_cndmask_b32_e64 v59, v88, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v202
	v_and_b32_e32 v182, 0xffff8000, v182
	s_nop 0
	v_cndmask_b32_e64 v59, v73, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v202
	s_nop 1
	v_cndmask_b32_e64 v59, v68, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v202
	v_lshlrev_b16_sdwa v202, v114, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	s_nop 0
	v_cndmask_b32_e64 v59, v67, v59, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v201
	v_or_b32_e32 v59, v59, v196
	v_lshlrev_b16_sdwa v196, v114, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v51, v67, v203, s[0:1]
	v_or_b32_e32 v198, v51, v198
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v59, v198, v59, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v51, v114, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v198, v50, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[56:57], v[58:59], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v58, 8, v50
	v_lshlrev_b16_e32 v59, 8, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v56, v154, v152, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v154, v50, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v50, 0x7f, v50
	v_and_b32_e32 v152, 0x3f80, v199
	v_add_u16_e32 v152, 0x2000, v152
	v_cmp_ne_u16_e64 s[0:1], s3, v50
	v_and_b32_e32 v59, 0xffff8000, v59
	v_lshlrev_b16_e32 v201, 7, v52
	v_cndmask_b32_e64 v152, v104, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v50
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v57, v156, v155, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v155, v114, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v152, 0, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v50
	v_lshlrev_b16_sdwa v156, v114, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v53, v114, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v152, v99, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v50
	v_lshlrev_b16_e32 v199, 8, v52
	v_and_b32_sdwa v203, v52, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v152, v94, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v50
	v_and_b32_e32 v201, 0x3f80, v201
	v_add_u16_e32 v201, 0x2000, v201
	v_cndmask_b32_e64 v152, v93, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v50
	v_and_b32_e32 v199, 0xffff8000, v199
	v_and_b32_e32 v53, 0xffff8000, v53
	v_cndmask_b32_e64 v152, v88, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v50
	v_and_b32_e32 v51, 0xffff8000, v51
	v_and_b32_e32 v155, 0xffff8000, v155
	v_cndmask_b32_e64 v152, v73, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v50
	v_and_b32_e32 v156, 0xffff8000, v156
	s_nop 0
	v_cndmask_b32_e64 v152, v68, v152, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v50
	s_nop 1
	v_cndmask_b32_e64 v50, v67, v152, s[0:1]
	v_or_b32_e32 v50, v50, v59
	v_lshlrev_b16_sdwa v59, v114, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v152, 8, v52
	v_and_b32_e32 v52, 0x7f, v52
	v_cmp_ne_u16_e64 s[0:1], s3, v52
	v_and_b32_e32 v59, 0xffff8000, v59
	s_nop 0
	v_cndmask_b32_e64 v201, v104, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v52
	s_nop 1
	v_cndmask_b32_e64 v201, 0, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v52
	s_nop 1
	v_cndmask_b32_e64 v201, v99, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v52
	s_nop 1
	v_cndmask_b32_e64 v201, v94, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v52
	s_nop 1
	v_cndmask_b32_e64 v201, v93, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v52
	s_nop 1
	v_cndmask_b32_e64 v201, v88, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v52
	s_nop 1
	v_cndmask_b32_e64 v201, v73, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v52
	s_nop 1
	v_cndmask_b32_e64 v201, v68, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v52
	s_nop 1
	v_cndmask_b32_e64 v52, v67, v201, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v131
	v_lshlrev_b16_sdwa v201, v114, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v55, 8, v54
	v_cndmask_b32_e64 v223, v104, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v130
	v_or_b32_e32 v52, v52, v199
	v_lshlrev_b16_sdwa v199, v114, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v222, v104, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v138
	v_lshlrev_b16_sdwa v114, v114, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0x7f, v54
	v_cndmask_b32_e64 v225, v104, v177, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v137
	v_and_b32_e32 v177, 0x3f80, v179
	v_lshlrev_b16_e32 v179, 7, v193
	v_cndmask_b32_e64 v226, v104, v178, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v173
	v_and_b32_e32 v178, 0x3f80, v180
	v_add_u16_e32 v177, 0x2000, v177
	v_cndmask_b32_e64 v224, v104, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v194
	v_and_b32_e32 v179, 0x3f80, v179
	v_add_u16_e32 v178, 0x2000, v178
	v_cndmask_b32_e64 v227, v104, v177, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v197
	v_and_b32_e32 v177, 0x7f, v193
	v_add_u16_e32 v179, 0x2000, v179
	v_cndmask_b32_e64 v228, v104, v178, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v177
	v_and_b32_e32 v178, 0x3f80, v212
	v_lshlrev_b16_e32 v180, 7, v181
	v_cndmask_b32_e64 v229, v104, v179, s[0:1]
	v_and_b32_e32 v179, 0x3f80, v213
	v_add_u16_e32 v178, 0x2000, v178
	v_cmp_ne_u16_e64 s[0:1], s3, v204
	v_and_b32_e32 v180, 0x3f80, v180
	v_add_u16_e32 v179, 0x2000, v179
	v_cndmask_b32_e64 v212, v104, v178, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v205
	v_and_b32_e32 v178, 0x7f, v181
	v_add_u16_e32 v180, 0x2000, v180
	v_cndmask_b32_e64 v213, v104, v179, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v178
	v_and_b32_e32 v179, 0x3f80, v217
	v_lshlrev_b16_e32 v217, 7, v113
	v_cndmask_b32_e64 v230, v104, v180, s[0:1]
	v_and_b32_e32 v180, 0x3f80, v218
	v_add_u16_e32 v179, 0x2000, v179
	v_cmp_ne_u16_e64 s[0:1], s3, v210
	v_and_b32_e32 v217, 0x3f80, v217
	v_add_u16_e32 v180, 0x2000, v180
	v_cndmask_b32_e64 v218, v104, v179, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v209
	v_and_b32_e32 v179, 0x7f, v113
	v_add_u16_e32 v217, 0x2000, v217
	v_cndmask_b32_e64 v231, v104, v180, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v179
	v_and_b32_e32 v180, 0x3f80, v183
	v_and_b32_e32 v183, 0x3f80, v184
	v_cndmask_b32_e64 v217, v104, v217, s[0:1]
	v_lshlrev_b16_e32 v184, 7, v143
	v_add_u16_e32 v180, 0x2000, v180
	v_cmp_ne_u16_e64 s[0:1], s3, v146
	v_and_b32_e32 v184, 0x3f80, v184
	v_add_u16_e32 v183, 0x2000, v183
	v_cndmask_b32_e64 v232, v104, v180, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v145
	v_and_b32_e32 v180, 0x7f, v143
	v_add_u16_e32 v184, 0x2000, v184
	v_cndmask_b32_e64 v233, v104, v183, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v180
	v_and_b32_e32 v183, 0x3f80, v185
	v_lshlrev_b16_e32 v185, 7, v149
	v_cndmask_b32_e64 v234, v104, v184, s[0:1]
	v_and_b32_e32 v184, 0x3f80, v186
	v_add_u16_e32 v183, 0x2000, v183
	v_cmp_ne_u16_e64 s[0:1], s3, v153
	v_and_b32_e32 v185, 0x3f80, v185
	v_add_u16_e32 v184, 0x2000, v184
	v_cndmask_b32_e64 v235, v104, v183, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v151
	v_and_b32_e32 v183, 0x7f, v149
	v_add_u16_e32 v185, 0x2000, v185
	v_cndmask_b32_e64 v236, v104, v184, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v183
	v_and_b32_e32 v184, 0x3f80, v187
	v_lshlrev_b16_e32 v186, 7, v159
	v_cndmask_b32_e64 v237, v104, v185, s[0:1]
	v_and_b32_e32 v185, 0x3f80, v188
	v_add_u16_e32 v184, 0x2000, v184
	v_cmp_ne_u16_e64 s[0:1], s3, v163
	v_and_b32_e32 v186, 0x3f80, v186
	v_add_u16_e32 v185, 0x2000, v185
	v_cndmask_b32_e64 v238, v104, v184, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v162
	v_and_b32_e32 v184, 0x7f, v159
	v_add_u16_e32 v186, 0x2000, v186
	v_cndmask_b32_e64 v239, v104, v185, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v184
	v_and_b32_e32 v185, 0x3f80, v189
	v_lshlrev_b16_e32 v187, 7, v166
	v_cndmask_b32_e64 v240, v104, v186, s[0:1]
	v_and_b32_e32 v186, 0x3f80, v190
	v_add_u16_e32 v185, 0x2000, v185
	v_cmp_ne_u16_e64 s[0:1], s3, v169
	v_and_b32_e32 v187, 0x3f80, v187
	v_add_u16_e32 v186, 0x2000, v186
	v_cndmask_b32_e64 v189, v104, v185, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v168
	v_and_b32_e32 v185, 0x7f, v166
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e64 v190, v104, v186, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v185
	v_and_b32_e32 v186, 0x3f80, v191
	v_lshlrev_b16_e32 v188, 7, v172
	v_cndmask_b32_e64 v241, v104, v187, s[0:1]
	v_and_b32_e32 v187, 0x3f80, v192
	v_add_u16_e32 v186, 0x2000, v186
	v_cmp_ne_u16_e64 s[0:1], s3, v176
	v_and_b32_e32 v188, 0x3f80, v188
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e64 v191, v104, v186, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v175
	v_and_b32_e32 v186, 0x7f, v172
	v_add_u16_e32 v188, 0x2000, v188
	v_cndmask_b32_e64 v192, v104, v187, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v186
	v_and_b32_e32 v187, 0x3f80, v211
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e64 v242, v104, v188, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v198
	v_and_b32_e32 v114, 0xffff8000, v114
	v_lshlrev_b16_e32 v172, 8, v172
	v_cndmask_b32_e64 v211, v104, v187, s[0:1]
	v_and_b32_e32 v187, 0x3f80, v214
	v_add_u16_e32 v187, 0x2000, v187
	v_cmp_ne_u16_e64 s[0:1], s3, v154
	v_and_b32_e32 v172, 0xffff8000, v172
	v_lshlrev_b16_e32 v166, 8, v166
	v_cndmask_b32_e64 v214, v104, v187, s[0:1]
	v_lshlrev_b16_e32 v187, 7, v58
	v_and_b32_e32 v187, 0x3f80, v187
	v_add_u16_e32 v188, 0x2000, v187
	v_and_b32_e32 v187, 0x7f, v58
	v_cmp_ne_u16_e64 s[0:1], s3, v187
	v_lshlrev_b16_e32 v58, 8, v58
	v_and_b32_e32 v58, 0xffff8000, v58
	v_cndmask_b32_e64 v243, v104, v188, s[0:1]
	v_and_b32_e32 v188, 0x3f80, v215
	v_add_u16_e32 v188, 0x2000, v188
	v_cmp_ne_u16_e64 s[0:1], s3, v203
	v_and_b32_e32 v166, 0xffff8000, v166
	v_lshlrev_b16_e32 v159, 8, v159
	v_cndmask_b32_e64 v215, v104, v188, s[0:1]
	v_and_b32_e32 v188, 0x3f80, v216
	v_add_u16_e32 v188, 0x2000, v188
	v_cmp_ne_u16_e64 s[0:1], s3, v200
	v_and_b32_e32 v159, 0xffff8000, v159
	v_lshlrev_b16_e32 v149, 8, v149
	v_cndmask_b32_e64 v216, v104, v188, s[0:1]
	v_lshlrev_b16_e32 v188, 7, v152
	v_and_b32_e32 v188, 0x3f80, v188
	v_add_u16_e32 v244, 0x2000, v188
	v_and_b32_e32 v188, 0x7f, v152
	v_cmp_ne_u16_e64 s[0:1], s3, v188
	v_lshlrev_b16_e32 v152, 8, v152
	v_and_b32_e32 v152, 0xffff8000, v152
	v_cndmask_b32_e64 v244, v104, v244, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v132
	v_and_b32_e32 v149, 0xffff8000, v149
	v_lshlrev_b16_e32 v143, 8, v143
	v_cndmask_b32_e64 v245, v104, v161, s[0:1]
	v_and_b32_e32 v161, 0x3f80, v219
	v_and_b32_e32 v219, 0x3f80, v220
	v_lshlrev_b16_e32 v220, 7, v55
	v_add_u16_e32 v161, 0x2000, v161
	v_cmp_ne_u16_e64 s[0:1], s3, v208
	v_and_b32_e32 v220, 0x3f80, v220
	v_add_u16_e32 v219, 0x2000, v219
	v_cndmask_b32_e64 v246, v104, v161, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v207
	v_and_b32_e32 v161, 0x7f, v55
	v_add_u16_e32 v220, 0x2000, v220
	v_cndmask_b32_e64 v219, v104, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v161
	v_lshlrev_b16_e32 v55, 8, v55
	v_and_b32_e32 v55, 0xffff8000, v55
	v_cndmask_b32_e64 v220, v104, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s3, v54
	v_and_b32_e32 v143, 0xffff8000, v143
	v_lshlrev_b16_e32 v113, 8, v113
	v_cndmask_b32_e64 v104, v104, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v131
	v_and_b32_e32 v113, 0xffff8000, v113
	v_lshlrev_b16_e32 v181, 8, v181
	v_cndmask_b32_e64 v221, 0, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v130
	v_and_b32_e32 v181, 0xffff8000, v181
	s_nop 0
	v_cndmask_b32_e64 v222, 0, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v131
	s_nop 1
	v_cndmask_b32_e64 v221, v99, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v130
	s_nop 1
	v_cndmask_b32_e64 v222, v99, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v138
	s_nop 1
	v_cndmask_b32_e64 v223, 0, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v137
	s_nop 1
	v_cndmask_b32_e64 v225, 0, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v173
	s_nop 1
	v_cndmask_b32_e64 v224, 0, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v138
	s_nop 1
	v_cndmask_b32_e64 v223, v99, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v137
	s_nop 1
	v_cndmask_b32_e64 v225, v99, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v173
	s_nop 1
	v_cndmask_b32_e64 v224, v99, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v194
	s_nop 1
	v_cndmask_b32_e64 v226, 0, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v197
	s_nop 1
	v_cndmask_b32_e64 v227, 0, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v177
	s_nop 1
	v_cndmask_b32_e64 v228, 0, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v194
	s_nop 1
	v_cndmask_b32_e64 v226, v99, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v197
	s_nop 1
	v_cndmask_b32_e64 v227, v99, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v177
	s_nop 1
	v_cndmask_b32_e64 v228, v99, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v204
	s_nop 1
	v_cndmask_b32_e64 v212, 0, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v205
	s_nop 1
	v_cndmask_b32_e64 v213, 0, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v178
	s_nop 1
	v_cndmask_b32_e64 v229, 0, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v204
	s_nop 1
	v_cndmask_b32_e64 v212, v99, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v205
	s_nop 1
	v_cndmask_b32_e64 v213, v99, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v178
	s_nop 1
	v_cndmask_b32_e64 v229, v99, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v210
	s_nop 1
	v_cndmask_b32_e64 v218, 0, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v209
	s_nop 1
	v_cndmask_b32_e64 v230, 0, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v179
	s_nop 1
	v_cndmask_b32_e64 v217, 0, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v210
	s_nop 1
	v_cndmask_b32_e64 v218, v99, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v209
	s_nop 1
	v_cndmask_b32_e64 v230, v99, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v179
	s_nop 1
	v_cndmask_b32_e64 v217, v99, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v146
	s_nop 1
	v_cndmask_b32_e64 v231, 0, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v145
	s_nop 1
	v_cndmask_b32_e64 v232, 0, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v180
	s_nop 1
	v_cndmask_b32_e64 v233, 0, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v146
	s_nop 1
	v_cndmask_b32_e64 v231, v99, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v145
	s_nop 1
	v_cndmask_b32_e64 v232, v99, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v180
	s_nop 1
	v_cndmask_b32_e64 v233, v99, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v153
	s_nop 1
	v_cndmask_b32_e64 v234, 0, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v151
	s_nop 1
	v_cndmask_b32_e64 v235, 0, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v183
	s_nop 1
	v_cndmask_b32_e64 v236, 0, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v153
	s_nop 1
	v_cndmask_b32_e64 v234, v99, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v151
	s_nop 1
	v_cndmask_b32_e64 v235, v99, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v183
	s_nop 1
	v_cndmask_b32_e64 v236, v99, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v163
	s_nop 1
	v_cndmask_b32_e64 v237, 0, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v162
	s_nop 1
	v_cndmask_b32_e64 v238, 0, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v184
	s_nop 1
	v_cndmask_b32_e64 v239, 0, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v163
	s_nop 1
	v_cndmask_b32_e64 v237, v99, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v162
	s_nop 1
	v_cndmask_b32_e64 v238, v99, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v184
	s_nop 1
	v_cndmask_b32_e64 v239, v99, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v169
	s_nop 1
	v_cndmask_b32_e64 v189, 0, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v168
	s_nop 1
	v_cndmask_b32_e64 v190, 0, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v185
	s_nop 1
	v_cndmask_b32_e64 v240, 0, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v169
	s_nop 1
	v_cndmask_b32_e64 v189, v99, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v168
	s_nop 1
	v_cndmask_b32_e64 v190, v99, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v185
	s_nop 1
	v_cndmask_b32_e64 v240, v99, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v176
	s_nop 1
	v_cndmask_b32_e64 v191, 0, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v175
	s_nop 1
	v_cndmask_b32_e64 v192, 0, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v186
	s_nop 1
	v_cndmask_b32_e64 v241, 0, v242, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v176
	s_nop 1
	v_cndmask_b32_e64 v191, v99, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v175
	s_nop 1
	v_cndmask_b32_e64 v192, v99, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v186
	s_nop 1
	v_cndmask_b32_e64 v241, v99, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v198
	s_nop 1
	v_cndmask_b32_e64 v211, 0, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v198
	s_nop 1
	v_cndmask_b32_e64 v211, v99, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v154
	s_nop 1
	v_cndmask_b32_e64 v214, 0, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v154
	s_nop 1
	v_cndmask_b32_e64 v214, v99, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v187
	s_nop 1
	v_cndmask_b32_e64 v242, 0, v243, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v187
	s_nop 1
	v_cndmask_b32_e64 v242, v99, v242, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v203
	s_nop 1
	v_cndmask_b32_e64 v215, 0, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v203
	s_nop 1
	v_cndmask_b32_e64 v215, v99, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v200
	s_nop 1
	v_cndmask_b32_e64 v216, 0, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v200
	s_nop 1
	v_cndmask_b32_e64 v216, v99, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v188
	s_nop 1
	v_cndmask_b32_e64 v243, 0, v244, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v188
	s_nop 1
	v_cndmask_b32_e64 v243, v99, v243, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v132
	s_nop 1
	v_cndmask_b32_e64 v244, 0, v245, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v132
	s_nop 1
	v_cndmask_b32_e64 v244, v99, v244, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v208
	s_nop 1
	v_cndmask_b32_e64 v245, 0, v246, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v207
	s_nop 1
	v_cndmask_b32_e64 v219, 0, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v161
	s_nop 1
	v_cndmask_b32_e64 v220, 0, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v54
	s_nop 1
	v_cndmask_b32_e64 v104, 0, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v208
	s_nop 1
	v_cndmask_b32_e64 v245, v99, v245, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v207
	s_nop 1
	v_cndmask_b32_e64 v219, v99, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v161
	s_nop 1
	v_cndmask_b32_e64 v220, v99, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v99, v99, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v131
	s_nop 1
	v_cndmask_b32_e64 v104, v94, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v130
	s_nop 1
	v_cndmask_b32_e64 v221, v94, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v138
	s_nop 1
	v_cndmask_b32_e64 v222, v94, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v137
	s_nop 1
	v_cndmask_b32_e64 v223, v94, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v173
	s_nop 1
	v_cndmask_b32_e64 v224, v94, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v194
	s_nop 1
	v_cndmask_b32_e64 v225, v94, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v197
	s_nop 1
	v_cndmask_b32_e64 v226, v94, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v177
	s_nop 1
	v_cndmask_b32_e64 v227, v94, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v204
	s_nop 1
	v_cndmask_b32_e64 v212, v94, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v205
	s_nop 1
	v_cndmask_b32_e64 v213, v94, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v178
	s_nop 1
	v_cndmask_b32_e64 v228, v94, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v210
	s_nop 1
	v_cndmask_b32_e64 v218, v94, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v209
	s_nop 1
	v_cndmask_b32_e64 v229, v94, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v179
	s_nop 1
	v_cndmask_b32_e64 v217, v94, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v146
	s_nop 1
	v_cndmask_b32_e64 v230, v94, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v145
	s_nop 1
	v_cndmask_b32_e64 v231, v94, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v180
	s_nop 1
	v_cndmask_b32_e64 v232, v94, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v153
	s_nop 1
	v_cndmask_b32_e64 v233, v94, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v151
	s_nop 1
	v_cndmask_b32_e64 v234, v94, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v183
	s_nop 1
	v_cndmask_b32_e64 v235, v94, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v163
	s_nop 1
	v_cndmask_b32_e64 v236, v94, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v162
	s_nop 1
	v_cndmask_b32_e64 v237, v94, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v184
	s_nop 1
	v_cndmask_b32_e64 v238, v94, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v169
	s_nop 1
	v_cndmask_b32_e64 v189, v94, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v168
	s_nop 1
	v_cndmask_b32_e64 v190, v94, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v185
	s_nop 1
	v_cndmask_b32_e64 v239, v94, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v176
	s_nop 1
	v_cndmask_b32_e64 v191, v94, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v175
	s_nop 1
	v_cndmask_b32_e64 v192, v94, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v186
	s_nop 1
	v_cndmask_b32_e64 v240, v94, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v198
	s_nop 1
	v_cndmask_b32_e64 v211, v94, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v154
	s_nop 1
	v_cndmask_b32_e64 v214, v94, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v187
	s_nop 1
	v_cndmask_b32_e64 v241, v94, v242, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v203
	s_nop 1
	v_cndmask_b32_e64 v215, v94, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v200
	s_nop 1
	v_cndmask_b32_e64 v216, v94, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v188
	s_nop 1
	v_cndmask_b32_e64 v242, v94, v243, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v132
	s_nop 1
	v_cndmask_b32_e64 v243, v94, v244, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v208
	s_nop 1
	v_cndmask_b32_e64 v244, v94, v245, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v207
	s_nop 1
	v_cndmask_b32_e64 v219, v94, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v161
	s_nop 1
	v_cndmask_b32_e64 v220, v94, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v94, v94, v99, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v131
	s_nop 1
	v_cndmask_b32_e64 v99, v93, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v130
	s_nop 1
	v_cndmask_b32_e64 v104, v93, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v138
	s_nop 1
	v_cndmask_b32_e64 v221, v93, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v137
	s_nop 1
	v_cndmask_b32_e64 v222, v93, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v173
	s_nop 1
	v_cndmask_b32_e64 v223, v93, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v194
	s_nop 1
	v_cndmask_b32_e64 v224, v93, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v197
	s_nop 1
	v_cndmask_b32_e64 v225, v93, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v177
	s_nop 1
	v_cndmask_b32_e64 v226, v93, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v204
	s_nop 1
	v_cndmask_b32_e64 v212, v93, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v205
	s_nop 1
	v_cndmask_b32_e64 v213, v93, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v178
	s_nop 1
	v_cndmask_b32_e64 v227, v93, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v210
	s_nop 1
	v_cndmask_b32_e64 v218, v93, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v209
	s_nop 1
	v_cndmask_b32_e64 v228, v93, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v179
	s_nop 1
	v_cndmask_b32_e64 v217, v93, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v146
	s_nop 1
	v_cndmask_b32_e64 v229, v93, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v145
	s_nop 1
	v_cndmask_b32_e64 v230, v93, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v180
	s_nop 1
	v_cndmask_b32_e64 v231, v93, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v153
	s_nop 1
	v_cndmask_b32_e64 v232, v93, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v151
	s_nop 1
	v_cndmask_b32_e64 v233, v93, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v183
	s_nop 1
	v_cndmask_b32_e64 v234, v93, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v163
	s_nop 1
	v_cndmask_b32_e64 v235, v93, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v162
	s_nop 1
	v_cndmask_b32_e64 v236, v93, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v184
	s_nop 1
	v_cndmask_b32_e64 v237, v93, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v169
	s_nop 1
	v_cndmask_b32_e64 v189, v93, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v168
	s_nop 1
	v_cndmask_b32_e64 v190, v93, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v185
	s_nop 1
	v_cndmask_b32_e64 v238, v93, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v176
	s_nop 1
	v_cndmask_b32_e64 v191, v93, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v175
	s_nop 1
	v_cndmask_b32_e64 v192, v93, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v186
	s_nop 1
	v_cndmask_b32_e64 v239, v93, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v198
	s_nop 1
	v_cndmask_b32_e64 v211, v93, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v154
	s_nop 1
	v_cndmask_b32_e64 v214, v93, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v187
	s_nop 1
	v_cndmask_b32_e64 v240, v93, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v203
	s_nop 1
	v_cndmask_b32_e64 v215, v93, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v200
	s_nop 1
	v_cndmask_b32_e64 v216, v93, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v188
	s_nop 1
	v_cndmask_b32_e64 v241, v93, v242, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v132
	s_nop 1
	v_cndmask_b32_e64 v242, v93, v243, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v208
	s_nop 1
	v_cndmask_b32_e64 v243, v93, v244, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v207
	s_nop 1
	v_cndmask_b32_e64 v219, v93, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v161
	s_nop 1
	v_cndmask_b32_e64 v220, v93, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v93, v93, v94, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v131
	s_nop 1
	v_cndmask_b32_e64 v94, v88, v99, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v130
	s_nop 1
	v_cndmask_b32_e64 v99, v88, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v138
	s_nop 1
	v_cndmask_b32_e64 v104, v88, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v137
	s_nop 1
	v_cndmask_b32_e64 v221, v88, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v173
	s_nop 1
	v_cndmask_b32_e64 v222, v88, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v194
	s_nop 1
	v_cndmask_b32_e64 v223, v88, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v197
	s_nop 1
	v_cndmask_b32_e64 v224, v88, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v177
	s_nop 1
	v_cndmask_b32_e64 v225, v88, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v204
	s_nop 1
	v_cndmask_b32_e64 v212, v88, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v205
	s_nop 1
	v_cndmask_b32_e64 v213, v88, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v178
	s_nop 1
	v_cndmask_b32_e64 v226, v88, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v210
	s_nop 1
	v_cndmask_b32_e64 v218, v88, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v209
	s_nop 1
	v_cndmask_b32_e64 v227, v88, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v179
	s_nop 1
	v_cndmask_b32_e64 v217, v88, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v146
	s_nop 1
	v_cndmask_b32_e64 v228, v88, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v145
	s_nop 1
	v_cndmask_b32_e64 v229, v88, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v180
	s_nop 1
	v_cndmask_b32_e64 v230, v88, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v153
	s_nop 1
	v_cndmask_b32_e64 v231, v88, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v151
	s_nop 1
	v_cndmask_b32_e64 v232, v88, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v183
	s_nop 1
	v_cndmask_b32_e64 v233, v88, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v163
	s_nop 1
	v_cndmask_b32_e64 v234, v88, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v162
	s_nop 1
	v_cndmask_b32_e64 v235, v88, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v184
	s_nop 1
	v_cndmask_b32_e64 v236, v88, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v169
	s_nop 1
	v_cndmask_b32_e64 v189, v88, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v168
	s_nop 1
	v_cndmask_b32_e64 v190, v88, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v185
	s_nop 1
	v_cndmask_b32_e64 v237, v88, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v176
	s_nop 1
	v_cndmask_b32_e64 v191, v88, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v175
	s_nop 1
	v_cndmask_b32_e64 v192, v88, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v186
	s_nop 1
	v_cndmask_b32_e64 v238, v88, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v198
	s_nop 1
	v_cndmask_b32_e64 v211, v88, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v154
	s_nop 1
	v_cndmask_b32_e64 v214, v88, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v187
	s_nop 1
	v_cndmask_b32_e64 v239, v88, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v203
	s_nop 1
	v_cndmask_b32_e64 v215, v88, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v200
	s_nop 1
	v_cndmask_b32_e64 v216, v88, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v188
	s_nop 1
	v_cndmask_b32_e64 v240, v88, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v132
	s_nop 1
	v_cndmask_b32_e64 v241, v88, v242, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v208
	s_nop 1
	v_cndmask_b32_e64 v242, v88, v243, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v207
	s_nop 1
	v_cndmask_b32_e64 v219, v88, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v161
	s_nop 1
	v_cndmask_b32_e64 v220, v88, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v88, v88, v93, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v131
	s_nop 1
	v_cndmask_b32_e64 v93, v73, v94, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v130
	s_nop 1
	v_cndmask_b32_e64 v94, v73, v99, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v138
	s_nop 1
	v_cndmask_b32_e64 v99, v73, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v137
	s_nop 1
	v_cndmask_b32_e64 v104, v73, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v173
	s_nop 1
	v_cndmask_b32_e64 v221, v73, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v194
	s_nop 1
	v_cndmask_b32_e64 v222, v73, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v197
	s_nop 1
	v_cndmask_b32_e64 v223, v73, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v177
	s_nop 1
	v_cndmask_b32_e64 v224, v73, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v204
	s_nop 1
	v_cndmask_b32_e64 v212, v73, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v205
	s_nop 1
	v_cndmask_b32_e64 v213, v73, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v178
	s_nop 1
	v_cndmask_b32_e64 v225, v73, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v210
	s_nop 1
	v_cndmask_b32_e64 v218, v73, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v209
	s_nop 1
	v_cndmask_b32_e64 v226, v73, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v179
	s_nop 1
	v_cndmask_b32_e64 v217, v73, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v146
	s_nop 1
	v_cndmask_b32_e64 v227, v73, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v145
	s_nop 1
	v_cndmask_b32_e64 v228, v73, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v180
	s_nop 1
	v_cndmask_b32_e64 v229, v73, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v153
	s_nop 1
	v_cndmask_b32_e64 v230, v73, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v151
	s_nop 1
	v_cndmask_b32_e64 v231, v73, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v183
	s_nop 1
	v_cndmask_b32_e64 v232, v73, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v163
	s_nop 1
	v_cndmask_b32_e64 v233, v73, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v162
	s_nop 1
	v_cndmask_b32_e64 v234, v73, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v184
	s_nop 1
	v_cndmask_b32_e64 v235, v73, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v169
	s_nop 1
	v_cndmask_b32_e64 v189, v73, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v168
	s_nop 1
	v_cndmask_b32_e64 v190, v73, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v185
	s_nop 1
	v_cndmask_b32_e64 v236, v73, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v176
	s_nop 1
	v_cndmask_b32_e64 v191, v73, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v175
	s_nop 1
	v_cndmask_b32_e64 v192, v73, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v186
	s_nop 1
	v_cndmask_b32_e64 v237, v73, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v198
	s_nop 1
	v_cndmask_b32_e64 v211, v73, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v154
	s_nop 1
	v_cndmask_b32_e64 v214, v73, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v187
	s_nop 1
	v_cndmask_b32_e64 v238, v73, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v203
	s_nop 1
	v_cndmask_b32_e64 v215, v73, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v200
	s_nop 1
	v_cndmask_b32_e64 v216, v73, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v188
	s_nop 1
	v_cndmask_b32_e64 v239, v73, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v132
	s_nop 1
	v_cndmask_b32_e64 v240, v73, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v208
	s_nop 1
	v_cndmask_b32_e64 v241, v73, v242, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v207
	s_nop 1
	v_cndmask_b32_e64 v219, v73, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v161
	s_nop 1
	v_cndmask_b32_e64 v220, v73, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v73, v73, v88, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v131
	s_nop 1
	v_cndmask_b32_e64 v88, v68, v93, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v130
	s_nop 1
	v_cndmask_b32_e64 v93, v68, v94, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v138
	s_nop 1
	v_cndmask_b32_e64 v94, v68, v99, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v137
	s_nop 1
	v_cndmask_b32_e64 v99, v68, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v173
	s_nop 1
	v_cndmask_b32_e64 v104, v68, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v194
	s_nop 1
	v_cndmask_b32_e64 v221, v68, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v197
	s_nop 1
	v_cndmask_b32_e64 v222, v68, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v177
	s_nop 1
	v_cndmask_b32_e64 v223, v68, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v204
	s_nop 1
	v_cndmask_b32_e64 v212, v68, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v205
	s_nop 1
	v_cndmask_b32_e64 v213, v68, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v178
	s_nop 1
	v_cndmask_b32_e64 v224, v68, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v210
	s_nop 1
	v_cndmask_b32_e64 v218, v68, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v209
	s_nop 1
	v_cndmask_b32_e64 v225, v68, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v179
	s_nop 1
	v_cndmask_b32_e64 v217, v68, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v146
	s_nop 1
	v_cndmask_b32_e64 v226, v68, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v145
	s_nop 1
	v_cndmask_b32_e64 v227, v68, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v180
	s_nop 1
	v_cndmask_b32_e64 v228, v68, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v153
	s_nop 1
	v_cndmask_b32_e64 v229, v68, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v151
	s_nop 1
	v_cndmask_b32_e64 v230, v68, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v183
	s_nop 1
	v_cndmask_b32_e64 v231, v68, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v163
	s_nop 1
	v_cndmask_b32_e64 v232, v68, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v162
	s_nop 1
	v_cndmask_b32_e64 v233, v68, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v184
	s_nop 1
	v_cndmask_b32_e64 v234, v68, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v169
	s_nop 1
	v_cndmask_b32_e64 v189, v68, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v168
	s_nop 1
	v_cndmask_b32_e64 v190, v68, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v185
	s_nop 1
	v_cndmask_b32_e64 v235, v68, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v176
	s_nop 1
	v_cndmask_b32_e64 v191, v68, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v175
	s_nop 1
	v_cndmask_b32_e64 v192, v68, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v186
	s_nop 1
	v_cndmask_b32_e64 v236, v68, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v198
	s_nop 1
	v_cndmask_b32_e64 v211, v68, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v154
	s_nop 1
	v_cndmask_b32_e64 v214, v68, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v187
	s_nop 1
	v_cndmask_b32_e64 v237, v68, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v203
	s_nop 1
	v_cndmask_b32_e64 v215, v68, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v200
	s_nop 1
	v_cndmask_b32_e64 v216, v68, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v188
	s_nop 1
	v_cndmask_b32_e64 v238, v68, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v132
	s_nop 1
	v_cndmask_b32_e64 v239, v68, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v208
	s_nop 1
	v_cndmask_b32_e64 v240, v68, v241, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v207
	s_nop 1
	v_cndmask_b32_e64 v219, v68, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v161
	s_nop 1
	v_cndmask_b32_e64 v220, v68, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v68, v68, v73, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v132
	s_nop 1
	v_cndmask_b32_e64 v73, v67, v239, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v131
	s_nop 1
	v_cndmask_b32_e64 v88, v67, v88, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v130
	s_nop 1
	v_cndmask_b32_e64 v93, v67, v93, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v138
	s_nop 1
	v_cndmask_b32_e64 v94, v67, v94, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v137
	s_nop 1
	v_cndmask_b32_e64 v99, v67, v99, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v173
	s_nop 1
	v_cndmask_b32_e64 v104, v67, v104, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v194
	s_nop 1
	v_cndmask_b32_e64 v130, v67, v221, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v197
	v_and_b32_e32 v197, 0xffff8000, v199
	s_nop 0
	v_cndmask_b32_e64 v131, v67, v222, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v177
	s_nop 1
	v_cndmask_b32_e64 v132, v67, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v204
	s_nop 1
	v_cndmask_b32_e64 v137, v67, v212, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v205
	s_nop 1
	v_cndmask_b32_e64 v138, v67, v213, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v178
	s_nop 1
	v_cndmask_b32_e64 v173, v67, v224, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v210
	s_nop 1
	v_cndmask_b32_e64 v177, v67, v218, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v209
	s_nop 1
	v_cndmask_b32_e64 v178, v67, v225, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v179
	s_nop 1
	v_cndmask_b32_e64 v179, v67, v217, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v146
	s_nop 1
	v_cndmask_b32_e64 v146, v67, v226, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v145
	s_nop 1
	v_cndmask_b32_e64 v145, v67, v227, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v180
	s_nop 1
	v_cndmask_b32_e64 v180, v67, v228, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v153
	s_nop 1
	v_cndmask_b32_e64 v153, v67, v229, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v151
	s_nop 1
	v_cndmask_b32_e64 v151, v67, v230, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v183
	s_nop 1
	v_cndmask_b32_e64 v183, v67, v231, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v163
	s_nop 1
	v_cndmask_b32_e64 v163, v67, v232, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v162
	s_nop 1
	v_cndmask_b32_e64 v162, v67, v233, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v184
	s_nop 1
	v_cndmask_b32_e64 v184, v67, v234, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v169
	s_nop 1
	v_cndmask_b32_e64 v169, v67, v189, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v168
	s_nop 1
	v_cndmask_b32_e64 v168, v67, v190, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v185
	s_nop 1
	v_cndmask_b32_e64 v185, v67, v235, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v176
	s_nop 1
	v_cndmask_b32_e64 v176, v67, v191, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v175
	s_nop 1
	v_cndmask_b32_e64 v175, v67, v192, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v186
	s_nop 1
	v_cndmask_b32_e64 v186, v67, v236, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v198
	s_nop 1
	v_cndmask_b32_e64 v189, v67, v211, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v154
	v_or_b32_e32 v51, v189, v51
	s_nop 0
	v_cndmask_b32_e64 v154, v67, v214, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v187
	s_nop 1
	v_cndmask_b32_e64 v187, v67, v237, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v203
	s_nop 1
	v_cndmask_b32_e64 v190, v67, v215, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v200
	v_or_b32_e32 v53, v190, v53
	s_nop 0
	v_cndmask_b32_e64 v191, v67, v216, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v188
	s_nop 1
	v_cndmask_b32_e64 v188, v67, v238, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v208
	s_nop 1
	v_cndmask_b32_e64 v192, v67, v240, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v207
	s_nop 1
	v_cndmask_b32_e64 v194, v67, v219, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v161
	s_nop 1
	v_cndmask_b32_e64 v161, v67, v220, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v54
	v_or_b32_e32 v161, v161, v55
	v_or_b32_e32 v55, v194, v114
	v_cndmask_b32_e64 v54, v67, v68, s[0:1]
	v_and_b32_e32 v67, 0xffff8000, v206
	v_or_b32_e32 v54, v54, v67
	v_or_b32_e32 v114, v192, v197
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v55, v114, v55, s4
	v_perm_b32 v54, v161, v54, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v67, 8, v128
	v_and_b32_e32 v68, 0xffff8000, v83
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[56:57], v[54:55], v[0:15]
	v_perm_b32 v55, v126, v125, s4
	v_perm_b32 v54, v124, v123, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v56, v188, v152
	v_or_b32_e32 v57, v191, v59
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v53, v57, s4
	v_perm_b32 v52, v56, v52, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v83, 0xffff8000, v127
	v_lshlrev_b16_e32 v127, 8, v135
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[52:53], v[0:15]
	v_perm_b32 v53, v122, v121, s4
	v_perm_b32 v52, v120, v119, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v187, v58
	v_or_b32_e32 v55, v154, v182
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v51, v51, v55, s4
	v_perm_b32 v50, v54, v50, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v176, v170
	v_and_b32_e32 v128, 0xffff8000, v133
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[50:51], v[0:15]
	v_perm_b32 v51, v118, v117, s4
	v_perm_b32 v50, v116, v115, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v186, v172
	v_or_b32_e32 v53, v175, v171
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v174, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v169, v164
	v_and_b32_e32 v133, 0xffff8000, v134
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v112, v111, s4
	v_perm_b32 v50, v110, v109, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v185, v166
	v_or_b32_e32 v53, v168, v165
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v167, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v163, v157
	v_lshlrev_b16_e32 v134, 8, v193
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v108, v107, s4
	v_perm_b32 v50, v106, v105, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v184, v159
	v_or_b32_e32 v53, v162, v158
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v160, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v153, v147
	v_and_b32_e32 v135, 0xffff8000, v195
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v103, v102, s4
	v_perm_b32 v50, v101, v100, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v183, v149
	v_or_b32_e32 v53, v151, v148
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v150, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v146, v141
	v_and_b32_e32 v193, 0xffff8000, v196
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v98, v97, s4
	v_perm_b32 v50, v96, v95, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v180, v143
	v_or_b32_e32 v53, v145, v142
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v144, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v195, 0xffff8000, v201
	v_and_b32_e32 v196, 0xffff8000, v202
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v92, v91, s4
	v_perm_b32 v50, v90, v89, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v179, v113
	v_or_b32_e32 v53, v178, v196
	v_or_b32_e32 v54, v177, v195
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v140, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v137, v155
	v_and_b32_e32 v134, 0xffff8000, v134
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v87, v86, s4
	v_perm_b32 v50, v85, v84, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v173, v181
	v_or_b32_e32 v53, v138, v156
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v139, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v130, v135
	v_and_b32_e32 v127, 0xffff8000, v127
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v72, v71, s4
	v_perm_b32 v50, v70, v69, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v132, v134
	v_or_b32_e32 v53, v131, v193
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v136, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v54, v94, v128
	v_and_b32_e32 v67, 0xffff8000, v67
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v66, v65, s4
	v_perm_b32 v50, v64, v63, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v104, v127
	v_or_b32_e32 v53, v99, v133
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v129, s4
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v62, v61, s4
	v_perm_b32 v50, v60, v17, s4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_or_b32_e32 v52, v93, v67
	v_or_b32_e32 v17, v88, v83
	v_or_b32_e32 v53, v73, v68
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v53, v53, v17, s4
	v_perm_b32 v52, v52, v82, s4
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
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
	v_mul_lo_u32 v17, v74, s2
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(16)
	s_nop 7
	v_pk_mul_f32 v[0:1], v[16:17], v[0:1] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[0:1], v[48:49], v[0:1], v[38:39]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	s_movk_i32 s8, 0x7fff
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v38, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_mov_b32_e32 v38, 1
	v_and_b32_sdwa v48, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v39, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v48, v0, v48, s8
	v_and_b32_sdwa v39, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v48, 16, v48
	v_mov_b32_e32 v49, 0x7fff
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v39, v1, v39, s8
	v_lshrrev_b32_e32 v39, 16, v39
	v_cndmask_b32_e64 v48, v49, v48, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[2:3] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[0:1], v[46:47], v[0:1], v[36:37]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v39, v49, v39, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v36, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v3, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v37, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v3, v0, v3, s8
	v_and_b32_sdwa v2, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v3, 16, v3
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v2, v1, v2, s8
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v3, v49, v3, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[4:5] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[0:1], v[42:43], v[0:1], v[34:35]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v2, v49, v2, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v34, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v5, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v35, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v5, v0, v5, s8
	v_and_b32_sdwa v4, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v5, 16, v5
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v4, v1, v4, s8
	v_lshrrev_b32_e32 v4, 16, v4
	v_cndmask_b32_e64 v5, v49, v5, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[6:7] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[0:1], v[22:23], v[0:1], v[32:33]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v4, v49, v4, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v32, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v7, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v33, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v7, v0, v7, s8
	v_and_b32_sdwa v6, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v7, 16, v7
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v6, v1, v6, s8
	v_lshrrev_b32_e32 v6, 16, v6
	v_cndmask_b32_e64 v7, v49, v7, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[8:9] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[30:31]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v6, v49, v6, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v30, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v9, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v31, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v9, v0, v9, s8
	v_and_b32_sdwa v8, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v9, 16, v9
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v8, v1, v8, s8
	v_lshrrev_b32_e32 v8, 16, v8
	v_cndmask_b32_e64 v9, v49, v9, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[10:11] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[0:1], v[40:41], v[0:1], v[28:29]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v8, v49, v8, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v28, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v11, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v29, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v11, v0, v11, s8
	v_and_b32_sdwa v10, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v11, 16, v11
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v10, v1, v10, s8
	v_lshrrev_b32_e32 v10, 16, v10
	v_cndmask_b32_e64 v11, v49, v11, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[20:21], v[0:1], v[26:27]
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v10, v49, v10, s[6:7]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v26, v0, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v13, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v1, v27, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_add3_u32 v13, v0, v13, s8
	v_and_b32_sdwa v12, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v13, 16, v13
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_add3_u32 v12, v1, v12, s8
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	s_mul_i32 s0, s2, s33
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_cndmask_b32_e64 v13, v49, v13, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[16:17], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[18:19], v[0:1], v[24:25]
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	s_add_i32 s0, s0, s46
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v0, v24, v0, vcc
	v_cndmask_b32_e32 v1, v25, v1, vcc
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_and_b32_sdwa v15, v0, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v14, v1, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v15, v0, v15, s8
	v_lshrrev_b32_e32 v12, 16, v12
	v_add3_u32 v14, v1, v14, s8
	v_lshrrev_b32_e32 v15, 16, v15
	v_cmp_o_f32_e32 vcc, v0, v0
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_or_b32_e32 v50, s0, v75
	v_or_b32_e32 v51, s0, v76
	v_or_b32_e32 v52, s0, v77
	v_or_b32_e32 v53, s0, v78
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e64 s[0:1], s12, v79
	.loc	1 57 40 is_stmt 0               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[4:5], s13, v80
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
	v_add_lshl_u32 v2, v50, v17, 1
	v_bfrev_b32_e32 v3, 1
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b64 vcc, s[0:1], s[4:5]
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_and_b32 s45, s45, 0xffff
	s_mov_b32 s47, 0x27000
	s_mov_b32 s46, 0x7ffffffe
	v_perm_b32 v0, v39, v48, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[44:47], 0 offen
	v_add_lshl_u32 v2, v51, v17, 1
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[2:3], s13, v81
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_perm_b32 v1, v6, v7, s6
	v_perm_b32 v0, v4, v5, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[44:47], 0 offen
	v_add_lshl_u32 v2, v52, v17, 1
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b64 vcc, s[0:1], s[2:3]
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_perm_b32 v1, v10, v11, s6
	v_perm_b32 v0, v8, v9, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[44:47], 0 offen
	v_add_lshl_u32 v2, v53, v17, 1
	v_perm_b32 v1, v14, v15, s6
	v_perm_b32 v0, v12, v13, s6
	v_cndmask_b32_e32 v2, v3, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[44:47], 0 offen
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
		.amdhsa_next_free_vgpr 247
		.amdhsa_next_free_sgpr 75
		.amdhsa_accum_offset 248
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
	.set .Lw8a8_block_fp8_matmul.num_vgpr, 247
	.set .Lw8a8_block_fp8_matmul.num_agpr, 0
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 75
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 0
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 62680
; TotalNumSgprs: 81
; NumVgprs: 247
; NumAgprs: 0
; TotalNumVgprs: 247
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 10
; VGPRBlocks: 30
; NumSGPRsForWavesPerEU: 81
; NumVGPRsForWavesPerEU: 247
; AccumOffset: 248
; Occupancy: 2
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 61
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
    .sgpr_count:     81
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     247
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

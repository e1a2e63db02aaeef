	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
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
	s_mov_b64 s[56:57], s[2:3]
.Ltmp1:
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_readfirstlane_b32 s2, v0
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	s_and_b32 s51, s2, 0x80
	s_mov_b64 s[52:53], s[10:11]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_b32 s11, s2, 0xc0
	.loc	1 32 23                         ; w8a8_gemm.py:32:23
	s_lshl_b32 s33, s16, 6
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	s_lshr_b32 s3, s51, 2
	v_lshrrev_b32_e32 v3, 3, v0
	s_and_b32 s2, s2, 64
	v_and_b32_e32 v84, 4, v3
	s_cselect_b64 s[46:47], 0, -1
	s_lshr_b32 s2, s2, 1
	v_or_b32_e32 v77, s2, v84
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_abs_i32 s2, s12
	v_cvt_f32_u32_e32 v3, s2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v1, 63, v0
	v_or_b32_e32 v23, s11, v1
	v_and_b32_e32 v6, 31, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_rcp_iflag_f32_e32 v3, v3
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v2, 3, v23
	v_or_b32_e32 v76, s3, v6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_sub_i32 s3, 0, s2
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v2, s33, v2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s16, s16, 0x10019
	v_add_u32_e32 v2, s16, v2
	v_mul_lo_u32 v5, s3, v3
	v_mul_hi_u32 v5, v3, v5
	v_xor_b32_e32 v4, s16, v2
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v5, v4, v3
	v_mul_lo_u32 v5, v5, s2
	v_sub_u32_e32 v4, v4, v5
	v_subrev_u32_e32 v5, s2, v4
	v_cmp_le_u32_e32 vcc, s2, v4
	v_add_u32_e32 v2, 32, v2
	v_xor_b32_e32 v2, s16, v2
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s2, v4
	v_cmp_le_u32_e32 vcc, s2, v4
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v81, s33, v76
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s19, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_mul_hi_u32 v5, v2, v3
	v_mul_lo_u32 v5, v5, s2
	v_sub_u32_e32 v2, v2, v5
	v_subrev_u32_e32 v5, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v43, 3, v0
	.loc	1 33 23 is_stmt 1               ; w8a8_gemm.py:33:23
	s_lshl_b32 s50, s17, 6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_bfe_i32 s17, s17, 0x10019
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v82, s50, v77
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_xor_b32_e32 v2, s16, v2
	v_subrev_u32_e32 v5, s16, v2
	v_add_u32_e32 v2, s16, v81
	v_xor_b32_e32 v2, s16, v2
	v_mul_hi_u32 v3, v2, v3
	v_mul_lo_u32 v3, v3, s2
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v13, s17, v82
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v78, 8, v77
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_sub_i32 s2, 0, s19
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v8, s50, v78
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v7, v2, v3, vcc
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cvt_f32_u32_e32 v2, s19
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_lshl_or_b32 v3, v43, 4, s50
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v3, s17, v3
	v_xor_b32_e32 v3, s17, v3
	v_rcp_iflag_f32_e32 v2, v2
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_or_b32_e32 v79, 16, v77
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v83, s50, v79
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v80, 24, v77
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v9, s50, v80
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v4, s16, v4
	v_subrev_u32_e32 v4, s16, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v10, s2, v2
	v_mul_hi_u32 v10, v2, v10
	v_add_u32_e32 v12, v2, v10
	v_mul_hi_u32 v2, v3, v12
	v_mul_lo_u32 v2, v2, s19
	v_sub_u32_e32 v2, v3, v2
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_load_dword s10, s[0:1], 0x38
	s_load_dword s18, s[0:1], 0x40
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_mov_b32 s59, 0x27000
	s_mov_b32 s58, 0x7ffffffe
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v40, s17, v2
	v_xor_b32_e32 v2, s17, v13
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v51, 1, v23
	v_and_b32_e32 v41, 0x7e, v51
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_mov_b64 s[48:49], s[6:7]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v23, 4, v23
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v14, s17, v2
	v_add_u32_e32 v2, 1, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v7, s16, v7
	v_subrev_u32_e32 v7, s16, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v99, v7, s18
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v15, s17, v2
	v_add_u32_e32 v2, 2, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v16, s17, v2
	v_add_u32_e32 v2, 3, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v17, s17, v2
	v_add_u32_e32 v2, s17, v8
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v18, s17, v2
	v_add_u32_e32 v2, 9, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v19, s17, v2
	v_add_u32_e32 v2, 10, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v20, s17, v2
	v_add_u32_e32 v2, 11, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v21, s17, v2
	v_add_u32_e32 v2, s17, v83
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v22, s17, v2
	v_add_u32_e32 v2, 17, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v44, s17, v2
	v_add_u32_e32 v2, 18, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v45, s17, v2
	v_add_u32_e32 v2, 19, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v46, s17, v2
	v_add_u32_e32 v2, s17, v9
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v47, s17, v2
	v_add_u32_e32 v2, 25, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v48, s17, v2
	v_add_u32_e32 v2, 26, v13
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v12
	v_mul_lo_u32 v3, v3, s19
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s19, v2
	v_cmp_le_u32_e32 vcc, s19, v2
	s_nop 1
	v_cndmask_b32_e32 v49, v2, v3, vcc
	.loc	1 35 59                         ; w8a8_gemm.py:35:59
	v_lshlrev_b32_e32 v2, 4, v0
	v_and_b32_e32 v42, 0x70, v2
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mad_u64_u32 v[2:3], s[2:3], v4, s15, v[42:43]
	v_mad_u64_u32 v[4:5], s[2:3], v5, s15, v[42:43]
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17 is_stmt 1               ; standard.py:43:17 @[ w8a8_gemm.py:42:33 ]
	s_add_i32 s15, s14, 0x7f
.Ltmp3:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s15, 0x7f
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s14, v42
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	v_bfrev_b32_e32 v5, 1
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b64 vcc, vcc, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_b32 s57, s57, 0xffff
	v_cndmask_b32_e32 v3, v5, v2, vcc
	v_cndmask_b32_e32 v8, v5, v4, vcc
	buffer_load_dwordx4 v[24:27], v3, s[56:59], 0 offen
	buffer_load_dwordx4 v[28:31], v8, s[56:59], 0 offen
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_or_b32_e32 v3, 1, v51
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v41
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_mad_u64_u32 v[8:9], s[6:7], v41, s10, v[40:41]
	v_mad_u64_u32 v[10:11], s[6:7], v3, s10, v[40:41]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 vcc, s[2:3], vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s58
	s_mov_b32 s7, s59
	v_cndmask_b32_e32 v8, v5, v8, vcc
	v_cndmask_b32_e32 v5, v5, v10, vcc
	buffer_load_dwordx4 v[32:35], v8, s[4:7], 0 offen
	buffer_load_dwordx4 v[36:39], v5, s[4:7], 0 offen
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v9, 31, v16
	v_lshrrev_b32_e32 v9, 25, v9
	v_add_u32_e32 v9, v16, v9
	v_ashrrev_i32_e32 v16, 31, v44
	v_lshrrev_b32_e32 v16, 25, v16
	v_add_u32_e32 v16, v44, v16
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v44, 60, v51
	v_xor_b32_e32 v23, v44, v23
	v_add_u32_e32 v88, 0, v23
	s_mov_b32 s6, 0x5010400
	s_mov_b32 s7, 0x7030602
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v50, s19, v49
	v_cmp_le_u32_e32 vcc, s19, v49
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v10, 31, v17
	v_ashrrev_i32_e32 v11, 31, v18
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v5, v49, v50, vcc
	v_xor_b32_e32 v5, s17, v5
	v_subrev_u32_e32 v49, s17, v5
	v_add_u32_e32 v5, 27, v13
	v_xor_b32_e32 v5, s17, v5
	v_mul_hi_u32 v8, v5, v12
	v_mul_lo_u32 v8, v8, s19
	v_sub_u32_e32 v5, v5, v8
	v_subrev_u32_e32 v8, s19, v5
	v_cmp_le_u32_e32 vcc, s19, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v12, 31, v19
	v_ashrrev_i32_e32 v13, 31, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v5, v5, v8, vcc
	v_subrev_u32_e32 v8, s19, v5
	v_cmp_le_u32_e32 vcc, s19, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v10, 25, v10
	v_lshrrev_b32_e32 v11, 25, v11
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v5, v5, v8, vcc
	v_xor_b32_e32 v5, s17, v5
	v_subrev_u32_e32 v50, s17, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v5, 31, v14
	v_ashrrev_i32_e32 v8, 31, v15
	v_lshrrev_b32_e32 v5, 25, v5
	v_lshrrev_b32_e32 v8, 25, v8
	v_add_u32_e32 v5, v14, v5
	v_add_u32_e32 v8, v15, v8
	v_ashrrev_i32_e32 v14, 31, v21
	v_ashrrev_i32_e32 v15, 31, v22
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_add_u32_e32 v10, v17, v10
	v_add_u32_e32 v11, v18, v11
	v_add_u32_e32 v12, v19, v12
	v_add_u32_e32 v13, v20, v13
	v_add_u32_e32 v14, v21, v14
	v_add_u32_e32 v15, v22, v15
	v_ashrrev_i32_e32 v17, 31, v45
	v_ashrrev_i32_e32 v18, 31, v46
	v_ashrrev_i32_e32 v19, 31, v47
	v_ashrrev_i32_e32 v20, 31, v48
	v_ashrrev_i32_e32 v21, 31, v49
	v_ashrrev_i32_e32 v22, 31, v50
	v_lshrrev_b32_e32 v17, 25, v17
	v_lshrrev_b32_e32 v18, 25, v18
	v_lshrrev_b32_e32 v19, 25, v19
	v_lshrrev_b32_e32 v20, 25, v20
	v_lshrrev_b32_e32 v21, 25, v21
	v_lshrrev_b32_e32 v22, 25, v22
	v_add_u32_e32 v17, v45, v17
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v88, v24, v28 offset1:16
	v_xor_b32_e32 v24, 4, v23
	v_add_u32_e32 v91, 0, v24
	v_xor_b32_e32 v24, 8, v23
	v_xor_b32_e32 v23, 12, v23
	v_add_u32_e32 v93, 0, v24
	v_add_u32_e32 v96, 0, v23
	ds_write2st64_b32 v91, v25, v29 offset1:16
	ds_write2st64_b32 v93, v26, v30 offset1:16
	ds_write2st64_b32 v96, v27, v31 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b32_e32 v31, 2, v43
	v_xor_b32_e32 v31, v41, v31
	v_lshl_or_b32 v31, v43, 11, v31
	s_waitcnt vmcnt(0)
	v_perm_b32 v23, v36, v32, s6
	v_perm_b32 v24, v36, v32, s7
	v_mov_b32_e32 v32, 8
	v_perm_b32 v25, v37, v33, s6
	v_perm_b32 v26, v37, v33, s7
	v_lshrrev_b32_sdwa v33, v32, v23 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_add_u32_e32 v100, 0, v31
	v_or_b32_sdwa v33, v23, v33 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v100, v33 offset:8192
	v_xor_b32_e32 v33, 4, v31
	v_perm_b32 v27, v38, v34, s6
	v_perm_b32 v29, v39, v35, s6
	s_movk_i32 s6, 0xff
	v_add_u32_e32 v102, 0, v33
	v_lshrrev_b32_e32 v33, 24, v23
	v_lshlrev_b16_e32 v33, 8, v33
	v_and_b32_sdwa v23, v23, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v23, v23, v33
	ds_write_b16 v102, v23 offset:8320
	v_xor_b32_e32 v23, 8, v31
	v_add_u32_e32 v107, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v24 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v28, v38, v34, s7
	v_or_b32_sdwa v23, v24, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v107, v23 offset:8448
	v_xor_b32_e32 v23, 12, v31
	v_add_u32_e32 v110, 0, v23
	v_lshrrev_b32_e32 v23, 24, v24
	v_lshlrev_b16_e32 v23, 8, v23
	v_and_b32_sdwa v24, v24, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v23, v24, v23
	ds_write_b16 v110, v23 offset:8576
	v_xor_b32_e32 v23, 16, v31
	v_add_u32_e32 v112, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v25 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v24, v25, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v23, v25, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v112, v23 offset:8704
	v_xor_b32_e32 v23, 20, v31
	v_add_u32_e32 v113, 0, v23
	v_lshrrev_b32_e32 v23, 24, v25
	v_lshlrev_b16_e32 v23, 8, v23
	v_or_b32_e32 v23, v24, v23
	ds_write_b16 v113, v23 offset:8832
	v_xor_b32_e32 v23, 24, v31
	v_add_u32_e32 v114, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v26 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v24, v26, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v23, v26, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v114, v23 offset:8960
	v_xor_b32_e32 v23, 28, v31
	v_add_u32_e32 v115, 0, v23
	v_lshrrev_b32_e32 v23, 24, v26
	v_lshlrev_b16_e32 v23, 8, v23
	v_or_b32_e32 v23, v24, v23
	ds_write_b16 v115, v23 offset:9088
	v_xor_b32_e32 v23, 32, v31
	v_add_u32_e32 v116, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v27 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v24, v27, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v23, v27, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v116, v23 offset:9216
	v_xor_b32_e32 v23, 36, v31
	v_add_u32_e32 v117, 0, v23
	v_lshrrev_b32_e32 v23, 24, v27
	v_lshlrev_b16_e32 v23, 8, v23
	v_or_b32_e32 v23, v24, v23
	ds_write_b16 v117, v23 offset:9344
	v_xor_b32_e32 v23, 40, v31
	v_add_u32_e32 v118, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v28 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v24, v28, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v23, v28, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v118, v23 offset:9472
	v_lshrrev_b32_e32 v23, 24, v28
	v_lshlrev_b16_e32 v23, 8, v23
	v_or_b32_e32 v23, v24, v23
	v_xor_b32_e32 v24, 44, v31
	v_add_u32_e32 v119, 0, v24
	ds_write_b16 v119, v23 offset:9600
	v_xor_b32_e32 v23, 48, v31
	v_add_u32_e32 v120, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v29 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v24, v29, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v23, v29, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v120, v23 offset:9728
	v_lshrrev_b32_e32 v23, 24, v29
	v_lshlrev_b16_e32 v23, 8, v23
	v_or_b32_e32 v23, v24, v23
	v_xor_b32_e32 v24, 52, v31
	v_add_u32_e32 v121, 0, v24
	v_perm_b32 v30, v39, v35, s7
	ds_write_b16 v121, v23 offset:9856
	v_xor_b32_e32 v23, 56, v31
	v_add_u32_e32 v122, 0, v23
	v_lshrrev_b32_sdwa v23, v32, v30 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v24, v30, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v23, v30, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v122, v23 offset:9984
	v_lshrrev_b32_e32 v23, 24, v30
	v_lshlrev_b16_e32 v23, 8, v23
	v_or_b32_e32 v23, v24, v23
	v_xor_b32_e32 v24, 60, v31
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v18, v46, v18
	v_add_u32_e32 v19, v47, v19
	v_add_u32_e32 v20, v48, v20
	v_add_u32_e32 v21, v49, v21
	v_add_u32_e32 v22, v50, v22
	s_mov_b32 s17, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v123, 0, v24
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s15, 0xff
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v123, v23 offset:10112
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b32 s65, s9, 0xffff
	s_mov_b32 s64, s8
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b32 s61, s53, 0xffff
	s_mov_b32 s60, s52
	s_mov_b64 s[6:7], 0
	s_mov_b64 s[66:67], s[58:59]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $sgpr64_sgpr65
                                        ; implicit-def: $sgpr60_sgpr61
.LBB0_3:                                ; %Flow
	s_load_dword s62, s[0:1], 0x44
	v_ashrrev_i32_e32 v111, 7, v5
	v_ashrrev_i32_e32 v109, 7, v8
	v_ashrrev_i32_e32 v108, 7, v9
	v_ashrrev_i32_e32 v106, 7, v10
	v_ashrrev_i32_e32 v105, 7, v11
	v_ashrrev_i32_e32 v104, 7, v12
	v_ashrrev_i32_e32 v103, 7, v13
	v_ashrrev_i32_e32 v101, 7, v14
	v_ashrrev_i32_e32 v98, 7, v15
	v_ashrrev_i32_e32 v97, 7, v16
	v_ashrrev_i32_e32 v95, 7, v17
	v_ashrrev_i32_e32 v94, 7, v18
	v_ashrrev_i32_e32 v92, 7, v19
	v_ashrrev_i32_e32 v90, 7, v20
	v_ashrrev_i32_e32 v89, 7, v21
	v_ashrrev_i32_e32 v43, 7, v22
	s_andn2_b64 vcc, exec, s[6:7]
	v_bfe_i32 v87, v0, 4, 1
	v_lshlrev_b32_e32 v85, 7, v6
	v_and_b32_e32 v86, 15, v0
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	v_lshlrev_b32_e32 v0, 2, v86
	.loc	1 52 28 is_stmt 1               ; w8a8_gemm.py:52:28
	s_lshl_b32 s63, s10, 7
.Ltmp4:
	.loc	2 43 30                         ; standard.py:43:30 @[ w8a8_gemm.py:42:33 ]
	s_lshr_b32 s15, s15, 7
	s_lshl_b32 s6, s51, 5
	v_xor_b32_e32 v5, v0, v84
	v_or3_b32 v5, s6, v85, v5
	s_and_b64 s[6:7], s[46:47], exec
	s_cselect_b32 s6, 0, 0x1008
	v_and_b32_e32 v13, 0x804, v87
	v_or_b32_e32 v14, s6, v84
	v_xor_b32_e32 v13, v13, v14
.Ltmp5:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_u16_e32 v1, s11, v1
	v_xor_b32_e32 v0, v13, v0
	v_lshrrev_b16_e32 v1, 1, v1
	v_lshl_or_b32 v0, v86, 7, v0
	v_and_b32_e32 v1, 0xfe, v1
	v_xor_b32_e32 v6, 8, v5
	v_xor_b32_e32 v7, 16, v5
	v_xor_b32_e32 v13, 8, v0
	v_xor_b32_e32 v14, 16, v0
	v_xor_b32_e32 v15, 24, v0
	v_xor_b32_e32 v16, 32, v0
	v_xor_b32_e32 v17, 40, v0
	v_xor_b32_e32 v18, 48, v0
	v_xor_b32_e32 v19, 56, v0
	v_or_b32_e32 v3, 0x80, v3
	v_add_u32_e32 v1, 0x80, v1
	v_xor_b32_e32 v8, 24, v5
	v_xor_b32_e32 v9, 32, v5
	v_xor_b32_e32 v10, 40, v5
	v_xor_b32_e32 v11, 48, v5
	v_xor_b32_e32 v12, 56, v5
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s67, 0x27000
	s_mov_b32 s66, 0x7ffffffe
	s_and_b32 s53, s53, 0xffff
	v_mul_lo_u32 v124, s10, v3
	v_mul_lo_u32 v125, s10, v1
	v_add_u32_e32 v126, 0x80, v4
	v_add_u32_e32 v127, 0x80, v2
	v_mov_b32_e32 v24, 0
	v_add_u32_e32 v129, 0, v5
	v_add_u32_e32 v138, 0, v6
	v_add_u32_e32 v139, 0, v7
	v_add_u32_e32 v0, 0, v0
	v_add_u32_e32 v1, 0, v13
	v_add_u32_e32 v2, 0, v14
	v_add_u32_e32 v3, 0, v15
	v_add_u32_e32 v4, 0, v16
	v_add_u32_e32 v5, 0, v17
	v_add_u32_e32 v6, 0, v18
	v_add_u32_e32 v7, 0, v19
	s_mov_b32 s68, 0
	s_mov_b64 s[64:65], s[8:9]
	s_mov_b64 s[60:61], s[52:53]
	s_add_i32 s69, s15, -1
	s_add_i32 s70, s14, 0xffffff80
	v_bfrev_b32_e32 v128, 1
	s_mov_b32 s6, s58
	s_mov_b32 s7, s59
	s_mov_b32 s10, s66
	s_mov_b32 s11, s67
	s_mov_b32 s54, s66
	s_mov_b32 s55, s67
	s_movk_i32 s71, 0x7f
	v_mov_b32_e32 v130, 0x7e00
	v_mov_b32_e32 v131, 0x1800
	v_mov_b32_e32 v132, 0x1c00
	v_mov_b32_e32 v133, 0x1e00
	v_mov_b32_e32 v134, 0x2000
	v_mov_b32_e32 v135, 0x2100
	v_mov_b32_e32 v136, 0x2200
	v_mov_b32_e32 v137, 0x2300
	v_add_u32_e32 v140, 0, v8
	v_add_u32_e32 v141, 0, v9
	v_add_u32_e32 v142, 0, v10
	v_add_u32_e32 v143, 0, v11
	v_add_u32_e32 v144, 0, v12
	s_mov_b32 s72, 0x5040100
	s_mov_b32 s73, 0x5010400
	s_mov_b32 s74, 0x7030602
	s_movk_i32 s75, 0xff
	v_mov_b32_e32 v145, 8
	v_mov_b32_e32 v146, 7
	v_add_u32_e32 v147, 0x2000, v0
	v_add_u32_e32 v148, 0x2000, v1
	v_add_u32_e32 v149, 0x2000, v2
	v_add_u32_e32 v150, 0x2000, v3
	v_add_u32_e32 v151, 0x2000, v4
	v_add_u32_e32 v152, 0x2000, v5
	v_add_u32_e32 v153, 0x2000, v6
	v_add_u32_e32 v154, 0x2000, v7
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
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 51 18                         ; w8a8_gemm.py:51:18
	v_add_u32_e32 v0, s68, v127
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s70, v42
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_u32_e32 v1, s68, v126
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_i32 s69, s69, -1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v0, v128, v0, vcc
	v_cndmask_b32_e32 v1, v128, v1, vcc
	buffer_load_dwordx4 v[16:19], v0, s[56:59], 0 offen
	buffer_load_dwordx4 v[20:23], v1, s[56:59], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[48:49], v129 offset1:16
	ds_read2_b32 v[44:45], v138 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[50:51], v147 offset1:16
	ds_read2_b32 v[46:47], v148 offset1:16
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read2_b32 v[60:61], v140 offset1:16
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_sdwa v2, v146, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v3, v146, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v4, v48, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v5, v48, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s71, v4
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[14:15], s71, v5
	v_cndmask_b32_e32 v3, v130, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	v_cndmask_b32_e64 v2, v130, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v5
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	v_cndmask_b32_e64 v2, 0, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v5
	v_cndmask_b32_e32 v3, v131, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	v_cndmask_b32_e64 v2, v131, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v5
	v_cndmask_b32_e32 v3, v132, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	v_cndmask_b32_e64 v2, v132, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v5
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_sdwa v9, v146, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v146, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v133, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	v_cndmask_b32_e64 v2, v133, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v5
	v_lshlrev_b16_e32 v1, 7, v48
	v_lshlrev_b16_e32 v8, 7, v44
	v_and_b32_sdwa v11, v44, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v12, v44, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_sdwa v53, v146, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v3, v134, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	v_cndmask_b32_e64 v2, v134, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v5
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v6, 0x7f, v48
	v_and_b32_e32 v13, 0x7f, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v52, v146, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v54, v50, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v3, v135, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	v_cndmask_b32_e64 v2, v135, v2, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v5
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[16:17], s71, v11
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[18:19], s71, v12
	v_and_b32_e32 v8, 0x3f80, v8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v53, 0x3f80, v53
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v3, v136, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v4, v50, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v2, v136, v2, s[14:15]
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[14:15], s71, v6
	v_cndmask_b32_e64 v10, v130, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v11
	v_cndmask_b32_e64 v9, v130, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v12
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[20:21], s71, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e64 s[22:23], s71, v54
	v_and_b32_e32 v52, 0x3f80, v52
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v130, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v6
	v_cndmask_b32_e64 v10, 0, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v11
	v_cndmask_b32_e64 v9, 0, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v12
	v_cndmask_b32_e64 v8, v130, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, v130, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v54
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[24:25], s71, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, 0, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v6
	v_cndmask_b32_e64 v10, v131, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v11
	v_cndmask_b32_e64 v9, v131, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v12
	v_cndmask_b32_e64 v8, 0, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, 0, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v54
	v_cndmask_b32_e64 v52, v130, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v131, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v6
	v_cndmask_b32_e64 v10, v132, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v11
	v_cndmask_b32_e64 v9, v132, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v12
	v_cndmask_b32_e64 v8, v131, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, v131, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v54
	v_cndmask_b32_e64 v52, 0, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v132, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v6
	v_cndmask_b32_e64 v10, v133, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v11
	v_cndmask_b32_e64 v9, v133, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v12
	v_cndmask_b32_e64 v8, v132, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, v132, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v54
	v_cndmask_b32_e64 v52, v131, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v133, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v6
	v_cndmask_b32_e64 v10, v134, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v11
	v_cndmask_b32_e64 v9, v134, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v12
	v_cndmask_b32_e64 v8, v133, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, v133, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v54
	v_cndmask_b32_e64 v52, v132, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v4
	v_lshlrev_b16_e32 v15, 7, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v134, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v6
	v_cndmask_b32_e64 v10, v135, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v11
	v_cndmask_b32_e64 v9, v135, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v12
	v_cndmask_b32_e64 v8, v134, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, v134, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v54
	v_cndmask_b32_e64 v52, v133, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e64 s[40:41], 7, v5
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v5, 0x7f, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v135, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v6
	v_cndmask_b32_e64 v10, v136, v10, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v11
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v11, v146, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v9, v136, v9, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v12
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v12, v146, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v8, v135, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v53, v135, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v54
	v_cndmask_b32_e64 v52, v134, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v4
	v_and_b32_e32 v15, 0x3f80, v15
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v136, v1, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v6
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v6, 7, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v8, v136, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v13, v46, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v53, v136, v53, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v54
	v_and_b32_sdwa v54, v46, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v52, v135, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v4
	v_add_u16_e32 v15, 0x2000, v15
	v_cmp_ne_u16_e64 s[26:27], s71, v5
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v11, 0x3f80, v11
	v_cndmask_b32_e64 v52, v136, v52, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v4
	v_and_b32_e32 v4, 0x7f, v46
	v_cndmask_b32_e64 v15, v130, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v5
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[28:29], s71, v13
	v_add_u16_e32 v11, 0x2000, v11
	v_cmp_ne_u16_e64 s[30:31], s71, v54
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v15, 0, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v5
	v_cndmask_b32_e64 v12, v130, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 0, v13
	v_cndmask_b32_e64 v11, v130, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 0, v54
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[34:35], s71, v4
	v_cndmask_b32_e64 v15, v131, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v5
	v_cndmask_b32_e64 v12, 0, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 1, v13
	v_cndmask_b32_e64 v11, 0, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 1, v54
	v_cndmask_b32_e64 v6, v130, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 0, v4
	v_cndmask_b32_e64 v15, v132, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v5
	v_cndmask_b32_e64 v12, v131, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 2, v13
	v_cndmask_b32_e64 v11, v131, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 2, v54
	v_cndmask_b32_e64 v6, 0, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 1, v4
	v_cndmask_b32_e64 v15, v133, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v5
	v_cndmask_b32_e64 v12, v132, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 3, v13
	v_cndmask_b32_e64 v11, v132, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 3, v54
	v_cndmask_b32_e64 v6, v131, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 2, v4
	v_cndmask_b32_e64 v15, v134, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v5
	v_cndmask_b32_e64 v12, v133, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 4, v13
	v_cndmask_b32_e64 v11, v133, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 4, v54
	v_cndmask_b32_e64 v6, v132, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 3, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v0, 8, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v15, v135, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v5
	v_cndmask_b32_e64 v12, v134, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 5, v13
	v_cndmask_b32_e64 v11, v134, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 5, v54
	v_cndmask_b32_e64 v6, v133, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 4, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v7, 8, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v15, v136, v15, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v5
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v5, 7, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v12, v135, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 6, v13
	v_cndmask_b32_e64 v11, v135, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 6, v54
	v_cndmask_b32_e64 v6, v134, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 5, v4
	v_cndmask_b32_e64 v12, v136, v12, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 7, v13
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v13, 0x7f, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v11, v136, v11, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v54
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v54, 7, v7
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v6, v135, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v6, v136, v6, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 7, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v4, 0x7f, v7
	v_cmp_ne_u16_e64 s[36:37], s71, v13
	v_and_b32_e32 v54, 0x3f80, v54
	v_add_u16_e32 v54, 0x2000, v54
	v_cndmask_b32_e64 v5, v130, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 0, v13
	v_cmp_ne_u16_e64 s[38:39], s71, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v14, 8, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v5, 0, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 1, v13
	v_cndmask_b32_e64 v54, v130, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 0, v4
	v_cndmask_b32_e64 v5, v131, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 2, v13
	v_cndmask_b32_e64 v54, 0, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 1, v4
	v_cndmask_b32_e64 v5, v132, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 3, v13
	v_cndmask_b32_e64 v54, v131, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 2, v4
	v_cndmask_b32_e64 v5, v133, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 4, v13
	v_cndmask_b32_e64 v54, v132, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 3, v4
	v_cndmask_b32_e64 v5, v134, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v13
	v_cndmask_b32_e64 v54, v133, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v4
	v_cndmask_b32_e64 v5, v135, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 6, v13
	v_cndmask_b32_e64 v54, v134, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 5, v4
	v_cndmask_b32_e64 v5, v136, v5, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 7, v13
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v13, 7, v14
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v54, v135, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 6, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v13, 0x3f80, v13
	v_add_u16_e32 v13, 0x2000, v13
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v54, v136, v54, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 7, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v4, 0x7f, v14
	v_cmp_ne_u16_e64 s[42:43], s71, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v1, v137, v1, s[14:15]
	v_cndmask_b32_e32 v3, v137, v3, vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v13, v130, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 0, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v8, v137, v8, s[20:21]
	v_cndmask_b32_e64 v10, v137, v10, s[16:17]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v13, 0, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 1, v4
	v_cndmask_b32_e64 v15, v137, v15, s[26:27]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v9, v137, v9, s[18:19]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v13, v131, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v0, 8, v0
	v_and_b32_e32 v0, 0xffff8000, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v13, v132, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 3, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v5, v137, v5, s[36:37]
	v_or_b32_e32 v0, v5, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v13, v133, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 4, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v5, 8, v7
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v7, 8, v14
	v_cndmask_b32_e64 v13, v134, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 5, v4
	v_and_b32_e32 v7, 0xffff8000, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v2, v137, v2, s[40:41]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v13, v135, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 6, v4
	v_cndmask_b32_e64 v6, v137, v6, s[34:35]
	v_cndmask_b32_e64 v12, v137, v12, s[28:29]
	v_cndmask_b32_e64 v13, v136, v13, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 7, v4
	v_lshrrev_b32_e32 v4, 8, v46
	v_lshlrev_b16_e32 v55, 7, v4
	v_and_b32_e32 v55, 0x3f80, v55
	v_and_b32_e32 v56, 0x7f, v4
	v_add_u16_e32 v55, 0x2000, v55
	v_cmp_ne_u16_e64 s[44:45], s71, v56
	v_cndmask_b32_e64 v13, v137, v13, s[42:43]
	v_or_b32_e32 v7, v13, v7
	v_cndmask_b32_e64 v55, v130, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 0, v56
	v_lshlrev_b16_e32 v4, 8, v4
	v_cndmask_b32_e64 v11, v137, v11, s[30:31]
	v_cndmask_b32_e64 v55, 0, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v5, 0xffff8000, v5
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v55, v131, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 2, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v14, v137, v54, s[38:39]
	v_or_b32_e32 v5, v14, v5
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v55, v132, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 3, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read2_b32 v[64:65], v141 offset1:16
	ds_read2_b32 v[68:69], v142 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v55, v133, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 4, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read2_b32 v[72:73], v143 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_nop 0
	v_cndmask_b32_e64 v55, v134, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v55, v135, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v55, v136, v55, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 7, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v56, 8, v48
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v1, v1, v56
	v_lshlrev_b16_sdwa v56, v145, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v48, v145, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v48, 0xffff8000, v48
	v_or_b32_e32 v3, v3, v48
	v_lshlrev_b16_e32 v48, 8, v44
	v_and_b32_e32 v48, 0xffff8000, v48
	v_or_b32_e32 v8, v8, v48
	v_lshlrev_b16_sdwa v48, v145, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v44, v145, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0xffff8000, v44
	v_or_b32_e32 v10, v10, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v44, 8, v50
	v_and_b32_e32 v44, 0xffff8000, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v48, 0xffff8000, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v15, v15, v44
	v_lshlrev_b16_sdwa v44, v145, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v9, v9, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v52, s[24:25]
	v_or_b32_e32 v44, v48, v44
	v_lshlrev_b16_sdwa v48, v145, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v48, 0xffff8000, v48
	v_cndmask_b32_e64 v50, v137, v53, s[22:23]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v56, 0xffff8000, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v48, v50, v48
	v_lshlrev_b16_e32 v50, 8, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v2, v2, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v50, 0xffff8000, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v57, v48, v44, s72
	v_perm_b32 v56, v7, v15, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v6, v6, v50
	v_lshlrev_b16_sdwa v50, v145, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v46, v145, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v46, 0xffff8000, v46
	v_and_b32_e32 v50, 0xffff8000, v50
	v_or_b32_e32 v12, v12, v46
	v_cndmask_b32_e64 v46, v137, v55, s[44:45]
	v_or_b32_e32 v11, v11, v50
	v_or_b32_e32 v4, v46, v4
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v3, v2, s72
	v_perm_b32 v52, v0, v1, s72
	v_perm_b32 v55, v10, v9, s72
	v_perm_b32 v59, v12, v11, s72
	v_perm_b32 v54, v5, v8, s72
	v_perm_b32 v58, v4, v6, s72
	v_mfma_f32_32x32x8_f16 v[0:15], v[56:57], v[52:53], 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[52:53], v149 offset1:16
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read2_b32 v[56:57], v139 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v44, v146, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v52, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	v_and_b32_sdwa v48, v52, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	v_and_b32_e32 v50, 0x7f, v52
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[58:59], v[54:55], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_nop 0
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v52
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v52
	v_lshlrev_b16_e32 v54, 7, v50
	v_and_b32_e32 v54, 0x3f80, v54
	v_and_b32_e32 v55, 0x7f, v50
	v_add_u16_e32 v54, 0x2000, v54
	v_cmp_ne_u16_e64 s[18:19], s71, v55
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v54, v130, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v55
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v54, 0, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v55
	s_nop 1
	v_cndmask_b32_e64 v54, v131, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v55
	s_nop 1
	v_cndmask_b32_e64 v54, v132, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v55
	s_nop 1
	v_cndmask_b32_e64 v54, v133, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v55
	s_nop 1
	v_cndmask_b32_e64 v54, v134, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v55
	s_nop 1
	v_cndmask_b32_e64 v54, v135, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v55
	s_nop 1
	v_cndmask_b32_e64 v54, v136, v54, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v55
	v_lshlrev_b16_e32 v55, 8, v52
	v_and_b32_e32 v55, 0xffff8000, v55
	v_or_b32_e32 v48, v48, v55
	v_lshlrev_b16_sdwa v55, v145, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v52, v145, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v55, 0xffff8000, v55
	v_and_b32_e32 v52, 0xffff8000, v52
	v_or_b32_e32 v46, v46, v55
	v_or_b32_e32 v44, v44, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v55, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v44, v146, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v56, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v52, v137, v54, s[18:19]
	v_or_b32_e32 v50, v52, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v54, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v48, v56, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_and_b32_e32 v50, 0x7f, v56
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	s_nop 0
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v56
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v56
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v58, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v58
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v58
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v58
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v58
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v58
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v58
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v58
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v58
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v58
	v_lshlrev_b16_e32 v58, 8, v56
	v_and_b32_e32 v58, 0xffff8000, v58
	v_or_b32_e32 v48, v48, v58
	v_lshlrev_b16_sdwa v58, v145, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v56, v145, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v58, 0xffff8000, v58
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v46, v46, v58
	v_or_b32_e32 v44, v44, v56
	v_or_b32_e32 v50, v52, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v59, v44, v46, s72
	v_perm_b32 v58, v50, v48, s72
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[58:59], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[58:59], v150 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v44, v146, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v58, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	v_and_b32_sdwa v48, v58, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	v_and_b32_e32 v50, 0x7f, v58
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v58
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v58
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v54, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_lshlrev_b16_e32 v54, 8, v58
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v48, v48, v54
	v_lshlrev_b16_sdwa v54, v145, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v145, v58 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v55, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v44, v146, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v60, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v50, v52, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v54, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v48, v60, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_and_b32_e32 v50, 0x7f, v60
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v58, v51, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v60
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v60
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v56, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v56
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v56
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v56
	v_lshlrev_b16_e32 v56, 8, v60
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v48, v48, v56
	v_lshlrev_b16_sdwa v56, v145, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v46, v46, v56
	v_lshlrev_b16_sdwa v56, v145, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v44, v44, v56
	v_or_b32_e32 v50, v52, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v63, v44, v46, s72
	v_perm_b32 v62, v50, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v60, v51, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[62:63], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[62:63], v151 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v44, v146, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v62, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	v_and_b32_sdwa v48, v62, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	v_and_b32_e32 v50, 0x7f, v62
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v62
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v62
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v54, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_lshlrev_b16_e32 v54, 8, v62
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v48, v48, v54
	v_lshlrev_b16_sdwa v54, v145, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v145, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v55, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v44, v146, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v64, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v50, v52, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v54, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v48, v64, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_and_b32_e32 v50, 0x7f, v64
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_and_b32_sdwa v62, v49, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v64
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v64
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v56, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v56
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v56
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v56
	v_lshlrev_b16_e32 v56, 8, v64
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v48, v48, v56
	v_lshlrev_b16_sdwa v56, v145, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v46, v46, v56
	v_lshlrev_b16_sdwa v56, v145, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v44, v44, v56
	v_or_b32_e32 v50, v52, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v67, v44, v46, s72
	v_perm_b32 v66, v50, v48, s72
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[66:67], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[66:67], v152 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v44, v146, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v66, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	v_and_b32_sdwa v48, v66, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	v_and_b32_e32 v50, 0x7f, v66
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v66
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v66
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v54, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_lshlrev_b16_e32 v54, 8, v66
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v48, v48, v54
	v_lshlrev_b16_sdwa v54, v145, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v145, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v55, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v44, v146, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v68, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v50, v52, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v54, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v48, v68, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_and_b32_e32 v50, 0x7f, v68
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	s_nop 0
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v68
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v68
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v56, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v56
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v56
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v56
	v_lshlrev_b16_e32 v56, 8, v68
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v48, v48, v56
	v_lshlrev_b16_sdwa v56, v145, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v46, v46, v56
	v_lshlrev_b16_sdwa v56, v145, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v44, v44, v56
	v_or_b32_e32 v50, v52, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v71, v44, v46, s72
	v_perm_b32 v70, v50, v48, s72
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[70:71], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[70:71], v153 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v44, v146, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v70, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	v_and_b32_sdwa v48, v70, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	v_and_b32_e32 v50, 0x7f, v70
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v70
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v70
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v54, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_lshlrev_b16_e32 v54, 8, v70
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v48, v48, v54
	v_lshlrev_b16_sdwa v54, v145, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v145, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v44, v44, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v55, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v44, v146, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v72, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v50, v52, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v54, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v48, v72, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_and_b32_e32 v50, 0x7f, v72
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	s_nop 0
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v72
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v72
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v56, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v56
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v56
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v56
	v_lshlrev_b16_e32 v56, 8, v72
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v48, v48, v56
	v_lshlrev_b16_sdwa v56, v145, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v46, v46, v56
	v_lshlrev_b16_sdwa v56, v145, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v44, v44, v56
	v_or_b32_e32 v50, v52, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v75, v44, v46, s72
	v_perm_b32 v74, v50, v48, s72
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[74:75], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read2_b32 v[54:55], v154 offset1:16
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read2_b32 v[74:75], v144 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v44, v146, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v54, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	v_and_b32_sdwa v48, v54, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	v_and_b32_e32 v50, 0x7f, v54
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	s_nop 0
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	s_nop 1
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v54
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v54
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v56, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v56
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v56
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v56
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v56
	v_lshlrev_b16_e32 v56, 8, v54
	v_and_b32_e32 v56, 0xffff8000, v56
	v_or_b32_e32 v48, v48, v56
	v_lshlrev_b16_sdwa v56, v145, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v54, v145, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0xffff8000, v56
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v56
	v_or_b32_e32 v44, v44, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v157, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v44, v146, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_sdwa v46, v74, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e32 vcc, s71, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_or_b32_e32 v50, v52, v50
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v130, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v156, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v48, v74, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_cmp_ne_u16_e64 s[14:15], s71, v48
	v_and_b32_e32 v50, 0x7f, v74
	v_cndmask_b32_e32 v44, v131, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v56, v146, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v132, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v56, 0x3f80, v56
	v_add_u16_e32 v56, 0x2000, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v44, v133, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v134, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v135, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	s_nop 1
	v_cndmask_b32_e32 v44, v136, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_lshlrev_b16_sdwa v46, v146, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v46, v130, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v48
	v_cndmask_b32_e32 v44, v137, v44, vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, s71, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, 0, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v130, v56, vcc
	v_cmp_ne_u16_e32 vcc, 0, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, v131, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, 0, v56, vcc
	v_cmp_ne_u16_e32 vcc, 1, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, v132, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v131, v56, vcc
	v_cmp_ne_u16_e32 vcc, 2, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, v133, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v132, v56, vcc
	v_cmp_ne_u16_e32 vcc, 3, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, v134, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v133, v56, vcc
	v_cmp_ne_u16_e32 vcc, 4, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, v135, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v48
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v134, v56, vcc
	v_cmp_ne_u16_e32 vcc, 5, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v46, v136, v46, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v48
	v_lshlrev_b16_e32 v48, 7, v74
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v50
	v_cndmask_b32_e64 v46, v137, v46, s[14:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v135, v56, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, 6, v58
	v_cmp_ne_u16_e64 s[14:15], s71, v60
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v136, v56, vcc
	v_cmp_ne_u16_e32 vcc, 7, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v50
	s_nop 1
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v50
	v_lshrrev_b32_e32 v50, 8, v74
	v_lshlrev_b16_e32 v52, 7, v50
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v54, 0x7f, v50
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_e32 v50, 8, v50
	v_cndmask_b32_e64 v52, v130, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_and_b32_e32 v50, 0xffff8000, v50
	s_nop 0
	v_cndmask_b32_e64 v52, 0, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v131, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v132, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v133, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v134, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v135, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	s_nop 1
	v_cndmask_b32_e64 v52, v136, v52, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_lshlrev_b16_e32 v54, 8, v74
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v48, v48, v54
	v_lshlrev_b16_sdwa v54, v145, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v46, v46, v54
	v_lshlrev_b16_sdwa v54, v145, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v52, v137, v52, s[18:19]
	v_and_b32_e32 v54, 0xffff8000, v54
	v_or_b32_e32 v50, v52, v50
	v_or_b32_e32 v44, v44, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v158, v50, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v48, 7, v51
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v159, v44, v46, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v44, 8, v51
	v_lshlrev_b16_e32 v46, 8, v51
	v_lshlrev_b16_sdwa v50, v145, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v52, v146, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v54, v145, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v51, 0x7f, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v51
	v_and_b32_e32 v52, 0x3f80, v52
	v_add_u16_e32 v52, 0x2000, v52
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v51
	v_cndmask_b32_e64 v52, v130, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v60
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v51
	v_and_b32_e32 v58, 0x7f, v44
	v_cndmask_b32_e64 v52, 0, v52, s[14:15]
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v51
	v_cmp_ne_u16_e64 s[14:15], 1, v60
	v_cmp_ne_u16_e64 s[18:19], s71, v58
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v51
	v_cndmask_b32_e64 v52, v131, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v60
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v51
	v_cndmask_b32_e64 v52, v132, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v60
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v51
	v_cndmask_b32_e64 v52, v133, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v60
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v51
	v_cndmask_b32_e64 v52, v134, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v60
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v51
	v_lshlrev_b16_e32 v51, 7, v44
	v_and_b32_e32 v51, 0x3f80, v51
	v_add_u16_e32 v51, 0x2000, v51
	v_cndmask_b32_e64 v51, v130, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v58
	v_cndmask_b32_e64 v52, v135, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v60
	v_cndmask_b32_e64 v51, 0, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v58
	v_cndmask_b32_e64 v52, v136, v52, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v60
	v_cndmask_b32_e64 v51, v131, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v58
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_cndmask_b32_e64 v51, v132, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v58
	v_or_b32_e32 v46, v48, v46
	v_and_b32_e32 v48, 0xffff8000, v50
	v_cndmask_b32_e64 v51, v133, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v58
	v_cndmask_b32_e64 v50, v137, v52, s[14:15]
	v_or_b32_e32 v48, v50, v48
	v_cndmask_b32_e64 v51, v134, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v58
	v_and_b32_e32 v50, 0xffff8000, v54
	v_cndmask_b32_e32 v52, v137, v56, vcc
	v_cndmask_b32_e64 v51, v135, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v58
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v50, v52, v50
	v_cndmask_b32_e64 v51, v136, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v58
	v_and_b32_e32 v44, 0xffff8000, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v52, v145, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v51, v137, v51, s[18:19]
	v_or_b32_e32 v44, v51, v44
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v51, v50, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v48, 7, v49
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v44, 8, v49
	v_lshlrev_b16_e32 v46, 8, v49
	v_lshlrev_b16_sdwa v54, v146, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v56, v145, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v58, v146, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v60, v49, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v49, 0x7f, v49
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_e32 v58, 0x3f80, v58
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v49
	v_add_u16_e32 v58, 0x2000, v58
	v_cmp_ne_u16_e32 vcc, s71, v60
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v49
	v_cndmask_b32_e32 v58, v130, v58, vcc
	v_cmp_ne_u16_e32 vcc, 0, v60
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v49
	v_cndmask_b32_e32 v58, 0, v58, vcc
	v_cmp_ne_u16_e32 vcc, 1, v60
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v49
	v_cndmask_b32_e32 v58, v131, v58, vcc
	v_cmp_ne_u16_e32 vcc, 2, v60
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v49
	v_cndmask_b32_e32 v58, v132, v58, vcc
	v_cmp_ne_u16_e32 vcc, 3, v60
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v49
	v_cndmask_b32_e32 v58, v133, v58, vcc
	v_cmp_ne_u16_e32 vcc, 4, v60
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v49
	v_cndmask_b32_e32 v58, v134, v58, vcc
	v_cmp_ne_u16_e32 vcc, 5, v60
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v49
	v_cndmask_b32_e32 v58, v135, v58, vcc
	v_cmp_ne_u16_e32 vcc, 6, v60
	v_and_b32_e32 v54, 0x3f80, v54
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v49
	v_lshlrev_b16_e32 v49, 7, v44
	v_cndmask_b32_e32 v58, v136, v58, vcc
	v_cmp_ne_u16_e32 vcc, 7, v60
	v_add_u16_e32 v54, 0x2000, v54
	v_cmp_ne_u16_e64 s[14:15], s71, v62
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v60, 0x7f, v44
	v_cndmask_b32_e64 v54, v130, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v62
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[18:19], s71, v60
	v_cndmask_b32_e64 v54, 0, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v62
	v_cndmask_b32_e64 v49, v130, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v60
	v_cndmask_b32_e64 v54, v131, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v62
	v_cndmask_b32_e64 v49, 0, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v60
	v_cndmask_b32_e64 v54, v132, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v62
	v_cndmask_b32_e64 v49, v131, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v60
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[156:157], v[158:159], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v54, v133, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v62
	v_cndmask_b32_e64 v49, v132, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v60
	v_cndmask_b32_e64 v54, v134, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v62
	v_cndmask_b32_e64 v49, v133, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v60
	v_cndmask_b32_e64 v54, v135, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v62
	v_cndmask_b32_e64 v49, v134, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v60
	v_cndmask_b32_e64 v54, v136, v54, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v62
	v_cndmask_b32_e64 v49, v135, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v60
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_cndmask_b32_e64 v49, v136, v49, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v60
	v_or_b32_e32 v46, v48, v46
	v_and_b32_e32 v48, 0xffff8000, v52
	v_cndmask_b32_e64 v52, v137, v54, s[14:15]
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v48, v52, v48
	v_and_b32_e32 v52, 0xffff8000, v56
	v_cndmask_b32_e32 v54, v137, v58, vcc
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v49, v137, v49, s[18:19]
	v_or_b32_e32 v52, v54, v52
	v_or_b32_e32 v44, v49, v44
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v49, v52, v48, s72
	v_perm_b32 v48, v44, v46, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v44, 8, v47
	v_lshlrev_b16_e32 v46, 8, v47
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[48:49], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v48, 7, v47
	v_lshlrev_b16_sdwa v49, v145, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v50, v146, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v51, v145, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v52, v146, v47 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v54, v47, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v56, v47, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v47, 0x7f, v47
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_e32 v52, 0x3f80, v52
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v47
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e32 vcc, s71, v54
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v47
	v_cndmask_b32_e32 v52, v130, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v54
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v47
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v54
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v47
	v_cndmask_b32_e32 v52, v131, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v54
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v47
	v_cndmask_b32_e32 v52, v132, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v54
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v47
	v_cndmask_b32_e32 v52, v133, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v54
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v47
	v_cndmask_b32_e32 v52, v134, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v54
	v_and_b32_e32 v50, 0x3f80, v50
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v47
	v_cndmask_b32_e32 v52, v135, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v54
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[14:15], s71, v56
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v47
	v_lshlrev_b16_e32 v47, 7, v44
	v_cndmask_b32_e32 v52, v136, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v54
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v56
	v_and_b32_e32 v47, 0x3f80, v47
	v_and_b32_e32 v54, 0x7f, v44
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v56
	v_add_u16_e32 v47, 0x2000, v47
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v56
	v_cndmask_b32_e64 v47, v130, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v56
	v_cndmask_b32_e64 v47, 0, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v56
	v_cndmask_b32_e64 v47, v131, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v56
	v_cndmask_b32_e64 v47, v132, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v56
	v_cndmask_b32_e64 v47, v133, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v56
	v_cndmask_b32_e64 v47, v134, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_cndmask_b32_e64 v47, v135, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	v_or_b32_e32 v46, v48, v46
	v_and_b32_e32 v48, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v137, v50, s[14:15]
	v_cndmask_b32_e64 v47, v136, v47, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_or_b32_e32 v48, v49, v48
	v_and_b32_e32 v49, 0xffff8000, v51
	v_cndmask_b32_e32 v50, v137, v52, vcc
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v49, v50, v49
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v47, v137, v47, s[18:19]
	v_or_b32_e32 v44, v47, v44
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v49, v48, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v49, 7, v45
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v46, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v44, 8, v45
	v_lshlrev_b16_e32 v48, 8, v45
	v_lshlrev_b16_sdwa v50, v145, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v51, v146, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v52, v145, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v54, v146, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v56, v45, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v58, v45, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v45, 0x7f, v45
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v54, 0x3f80, v54
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[16:17], s71, v45
	v_add_u16_e32 v54, 0x2000, v54
	v_cmp_ne_u16_e32 vcc, s71, v56
	v_cndmask_b32_e64 v49, v130, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v45
	v_cndmask_b32_e32 v54, v130, v54, vcc
	v_cmp_ne_u16_e32 vcc, 0, v56
	v_cndmask_b32_e64 v49, 0, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v45
	v_cndmask_b32_e32 v54, 0, v54, vcc
	v_cmp_ne_u16_e32 vcc, 1, v56
	v_cndmask_b32_e64 v49, v131, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v45
	v_cndmask_b32_e32 v54, v131, v54, vcc
	v_cmp_ne_u16_e32 vcc, 2, v56
	v_cndmask_b32_e64 v49, v132, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v45
	v_cndmask_b32_e32 v54, v132, v54, vcc
	v_cmp_ne_u16_e32 vcc, 3, v56
	v_cndmask_b32_e64 v49, v133, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v45
	v_cndmask_b32_e32 v54, v133, v54, vcc
	v_cmp_ne_u16_e32 vcc, 4, v56
	v_cndmask_b32_e64 v49, v134, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v45
	v_cndmask_b32_e32 v54, v134, v54, vcc
	v_cmp_ne_u16_e32 vcc, 5, v56
	v_and_b32_e32 v51, 0x3f80, v51
	v_cndmask_b32_e64 v49, v135, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v45
	v_cndmask_b32_e32 v54, v135, v54, vcc
	v_cmp_ne_u16_e32 vcc, 6, v56
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[14:15], s71, v58
	v_cndmask_b32_e64 v49, v136, v49, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v45
	v_lshlrev_b16_e32 v45, 7, v44
	v_cndmask_b32_e32 v54, v136, v54, vcc
	v_cmp_ne_u16_e32 vcc, 7, v56
	v_cndmask_b32_e64 v51, v130, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v58
	v_and_b32_e32 v45, 0x3f80, v45
	v_and_b32_e32 v56, 0x7f, v44
	v_cndmask_b32_e64 v51, 0, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v58
	v_add_u16_e32 v45, 0x2000, v45
	v_cmp_ne_u16_e64 s[18:19], s71, v56
	v_cndmask_b32_e64 v51, v131, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v58
	v_cndmask_b32_e64 v45, v130, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v56
	v_cndmask_b32_e64 v51, v132, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v58
	v_cndmask_b32_e64 v45, 0, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v56
	v_cndmask_b32_e64 v51, v133, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v58
	v_cndmask_b32_e64 v45, v131, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v56
	v_cndmask_b32_e64 v51, v134, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v58
	v_cndmask_b32_e64 v45, v132, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v56
	v_cndmask_b32_e64 v51, v135, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v58
	v_cndmask_b32_e64 v45, v133, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v56
	v_cndmask_b32_e64 v51, v136, v51, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v58
	v_cndmask_b32_e64 v45, v134, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v56
	v_and_b32_e32 v48, 0xffff8000, v48
	v_cndmask_b32_e64 v49, v137, v49, s[16:17]
	v_cndmask_b32_e64 v45, v135, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v56
	v_or_b32_e32 v48, v49, v48
	v_and_b32_e32 v49, 0xffff8000, v50
	v_cndmask_b32_e64 v50, v137, v51, s[14:15]
	v_cndmask_b32_e64 v45, v136, v45, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v56
	v_or_b32_e32 v49, v50, v49
	v_and_b32_e32 v50, 0xffff8000, v52
	v_cndmask_b32_e32 v51, v137, v54, vcc
	v_lshlrev_b16_e32 v44, 8, v44
	v_or_b32_e32 v50, v51, v50
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v45, v137, v45, s[18:19]
	v_or_b32_e32 v44, v45, v44
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v45, v50, v49, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v50, v146, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v44, v44, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v48, v146, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v53, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v53, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e32 vcc, s71, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e32 v50, v130, v50, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	v_cmp_ne_u16_e64 s[14:15], s71, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[46:47], v[44:45], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v50, 0, v50, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v52
	v_cndmask_b32_e32 v50, v131, v50, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v52
	v_cndmask_b32_e32 v50, v132, v50, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v52
	v_cndmask_b32_e32 v50, v133, v50, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v52
	v_cndmask_b32_e32 v50, v134, v50, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v52
	v_lshrrev_b32_e32 v44, 8, v53
	v_lshlrev_b16_e32 v46, 7, v53
	v_cndmask_b32_e32 v50, v135, v50, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v52
	v_lshlrev_b16_e32 v45, 8, v53
	v_lshlrev_b16_sdwa v47, v145, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v49, v145, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v53, 0x7f, v53
	v_cndmask_b32_e32 v50, v136, v50, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v52
	v_and_b32_e32 v46, 0x3f80, v46
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v136, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v53
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v130, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v53
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[18:19], s71, v52
	v_cndmask_b32_e64 v46, 0, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v53
	v_cndmask_b32_e64 v51, v130, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v52
	v_cndmask_b32_e64 v46, v131, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v53
	v_cndmask_b32_e64 v51, 0, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v52
	v_cndmask_b32_e64 v46, v132, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v53
	v_cndmask_b32_e64 v51, v131, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v52
	v_cndmask_b32_e64 v46, v133, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v53
	v_cndmask_b32_e64 v51, v132, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v52
	v_cndmask_b32_e64 v46, v134, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v53
	v_cndmask_b32_e64 v51, v133, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v52
	v_cndmask_b32_e64 v46, v135, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v53
	v_cndmask_b32_e64 v51, v134, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v52
	v_cndmask_b32_e64 v46, v136, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v53
	v_cndmask_b32_e64 v51, v135, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v52
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v46, v137, v46, s[16:17]
	v_cndmask_b32_e64 v51, v136, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v52
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v52, v146, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v137, v48, s[14:15]
	v_cndmask_b32_e32 v48, v137, v50, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v50, v146, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v57, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_sdwa v54, v57, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e32 vcc, s71, v53
	v_and_b32_e32 v50, 0x3f80, v50
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e32 v52, v130, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_cmp_ne_u16_e64 s[14:15], s71, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v45, v47, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v47, 0xffff8000, v49
	v_lshlrev_b16_e32 v44, 8, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v131, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v51, s[18:19]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v132, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v44, v48, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v48, 7, v57
	v_cndmask_b32_e32 v52, v133, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_and_b32_e32 v56, 0x7f, v57
	v_cndmask_b32_e32 v52, v134, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_and_b32_e32 v48, 0x3f80, v48
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v44, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v46, 8, v57
	v_cndmask_b32_e32 v52, v135, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v56
	v_cndmask_b32_e32 v52, v136, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_lshlrev_b16_e32 v53, 7, v46
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	v_and_b32_e32 v53, 0x3f80, v53
	v_and_b32_e32 v54, 0x7f, v46
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	v_cndmask_b32_e64 v53, v130, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	v_cndmask_b32_e64 v53, 0, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	v_cndmask_b32_e64 v53, v131, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	v_cndmask_b32_e64 v53, v132, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v45, v47, v45, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v47, 8, v57
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_cndmask_b32_e64 v53, v133, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	v_lshlrev_b16_sdwa v49, v145, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v47, 0xffff8000, v47
	v_cndmask_b32_e64 v53, v134, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_sdwa v51, v145, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v53, v135, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	v_or_b32_e32 v48, v48, v47
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v137, v50, s[14:15]
	v_cndmask_b32_e64 v53, v136, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_or_b32_e32 v47, v49, v47
	v_and_b32_e32 v49, 0xffff8000, v51
	v_cndmask_b32_e32 v50, v137, v52, vcc
	v_lshlrev_b16_e32 v46, 8, v46
	v_or_b32_e32 v49, v50, v49
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v50, v137, v53, s[18:19]
	v_or_b32_e32 v46, v50, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v50, v146, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v46, v46, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v48, v146, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v59, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v59, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e32 vcc, s71, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e32 v50, v130, v50, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	v_cmp_ne_u16_e64 s[14:15], s71, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v49, v47, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v50, 0, v50, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v52
	v_cndmask_b32_e32 v50, v131, v50, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v52
	v_cndmask_b32_e32 v50, v132, v50, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v52
	v_cndmask_b32_e32 v50, v133, v50, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v52
	v_cndmask_b32_e32 v50, v134, v50, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[44:45], v[46:47], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v44, 8, v59
	v_lshlrev_b16_e32 v46, 7, v59
	v_cndmask_b32_e32 v50, v135, v50, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v52
	v_and_b32_e32 v53, 0x7f, v59
	v_cndmask_b32_e32 v50, v136, v50, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v52
	v_and_b32_e32 v46, 0x3f80, v46
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v136, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v53
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v130, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v53
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[18:19], s71, v52
	v_cndmask_b32_e64 v46, 0, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v53
	v_cndmask_b32_e64 v51, v130, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v52
	v_cndmask_b32_e64 v46, v131, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v53
	v_cndmask_b32_e64 v51, 0, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v52
	v_cndmask_b32_e64 v46, v132, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v53
	v_cndmask_b32_e64 v51, v131, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v52
	v_cndmask_b32_e64 v46, v133, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v53
	v_cndmask_b32_e64 v51, v132, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v52
	v_cndmask_b32_e64 v46, v134, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v53
	v_cndmask_b32_e64 v51, v133, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v52
	v_cndmask_b32_e64 v46, v135, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v53
	v_cndmask_b32_e64 v51, v134, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v52
	v_lshlrev_b16_e32 v45, 8, v59
	v_cndmask_b32_e64 v46, v136, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v53
	v_cndmask_b32_e64 v51, v135, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v52
	v_lshlrev_b16_sdwa v47, v145, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v136, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v52
	v_cndmask_b32_e64 v46, v137, v46, s[16:17]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v52, v146, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v137, v48, s[14:15]
	v_cndmask_b32_e32 v48, v137, v50, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v50, v146, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v61, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_sdwa v54, v61, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e32 vcc, s71, v53
	v_and_b32_e32 v50, 0x3f80, v50
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e32 v52, v130, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_cmp_ne_u16_e64 s[14:15], s71, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v49, v145, v59 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_lshlrev_b16_e32 v44, 8, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v131, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v51, s[18:19]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v132, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v44, v48, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v48, 7, v61
	v_cndmask_b32_e32 v52, v133, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_and_b32_e32 v56, 0x7f, v61
	v_cndmask_b32_e32 v52, v134, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_and_b32_e32 v48, 0x3f80, v48
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v44, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v46, 8, v61
	v_cndmask_b32_e32 v52, v135, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v56
	v_cndmask_b32_e32 v52, v136, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_lshlrev_b16_e32 v53, 7, v46
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	v_and_b32_e32 v53, 0x3f80, v53
	v_and_b32_e32 v54, 0x7f, v46
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	v_cndmask_b32_e64 v53, v130, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	v_cndmask_b32_e64 v53, 0, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	v_cndmask_b32_e64 v53, v131, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	v_cndmask_b32_e64 v53, v132, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v45, v47, v45, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v47, 8, v61
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_cndmask_b32_e64 v53, v133, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	v_lshlrev_b16_sdwa v49, v145, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v47, 0xffff8000, v47
	v_cndmask_b32_e64 v53, v134, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_sdwa v51, v145, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v53, v135, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	v_or_b32_e32 v48, v48, v47
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v137, v50, s[14:15]
	v_cndmask_b32_e64 v53, v136, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_or_b32_e32 v47, v49, v47
	v_and_b32_e32 v49, 0xffff8000, v51
	v_cndmask_b32_e32 v50, v137, v52, vcc
	v_lshlrev_b16_e32 v46, 8, v46
	v_or_b32_e32 v49, v50, v49
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v50, v137, v53, s[18:19]
	v_or_b32_e32 v46, v50, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v50, v146, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v46, v46, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v48, v146, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v63, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v63, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e32 vcc, s71, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e32 v50, v130, v50, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	v_cmp_ne_u16_e64 s[14:15], s71, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v49, v47, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v50, 0, v50, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v52
	v_cndmask_b32_e32 v50, v131, v50, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v52
	v_cndmask_b32_e32 v50, v132, v50, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v52
	v_cndmask_b32_e32 v50, v133, v50, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v52
	v_cndmask_b32_e32 v50, v134, v50, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[44:45], v[46:47], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v44, 8, v63
	v_lshlrev_b16_e32 v46, 7, v63
	v_cndmask_b32_e32 v50, v135, v50, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v52
	v_and_b32_e32 v53, 0x7f, v63
	v_cndmask_b32_e32 v50, v136, v50, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v52
	v_and_b32_e32 v46, 0x3f80, v46
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v136, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v53
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v130, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v53
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[18:19], s71, v52
	v_cndmask_b32_e64 v46, 0, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v53
	v_cndmask_b32_e64 v51, v130, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v52
	v_cndmask_b32_e64 v46, v131, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v53
	v_cndmask_b32_e64 v51, 0, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v52
	v_cndmask_b32_e64 v46, v132, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v53
	v_cndmask_b32_e64 v51, v131, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v52
	v_cndmask_b32_e64 v46, v133, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v53
	v_cndmask_b32_e64 v51, v132, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v52
	v_cndmask_b32_e64 v46, v134, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v53
	v_cndmask_b32_e64 v51, v133, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v52
	v_cndmask_b32_e64 v46, v135, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v53
	v_cndmask_b32_e64 v51, v134, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v52
	v_lshlrev_b16_e32 v45, 8, v63
	v_cndmask_b32_e64 v46, v136, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v53
	v_cndmask_b32_e64 v51, v135, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v52
	v_lshlrev_b16_sdwa v47, v145, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v136, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v52
	v_cndmask_b32_e64 v46, v137, v46, s[16:17]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v52, v146, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v137, v48, s[14:15]
	v_cndmask_b32_e32 v48, v137, v50, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v50, v146, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v65, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_sdwa v54, v65, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e32 vcc, s71, v53
	v_and_b32_e32 v50, 0x3f80, v50
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e32 v52, v130, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_cmp_ne_u16_e64 s[14:15], s71, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v49, v145, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_lshlrev_b16_e32 v44, 8, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v131, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v51, s[18:19]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v132, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v44, v48, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v48, 7, v65
	v_cndmask_b32_e32 v52, v133, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_and_b32_e32 v56, 0x7f, v65
	v_cndmask_b32_e32 v52, v134, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_and_b32_e32 v48, 0x3f80, v48
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v44, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v46, 8, v65
	v_cndmask_b32_e32 v52, v135, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v56
	v_cndmask_b32_e32 v52, v136, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_lshlrev_b16_e32 v53, 7, v46
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	v_and_b32_e32 v53, 0x3f80, v53
	v_and_b32_e32 v54, 0x7f, v46
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	v_cndmask_b32_e64 v53, v130, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	v_cndmask_b32_e64 v53, 0, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	v_cndmask_b32_e64 v53, v131, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	v_cndmask_b32_e64 v53, v132, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v45, v47, v45, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v47, 8, v65
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_cndmask_b32_e64 v53, v133, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	v_lshlrev_b16_sdwa v49, v145, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v47, 0xffff8000, v47
	v_cndmask_b32_e64 v53, v134, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_sdwa v51, v145, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v53, v135, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	v_or_b32_e32 v48, v48, v47
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v137, v50, s[14:15]
	v_cndmask_b32_e64 v53, v136, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_or_b32_e32 v47, v49, v47
	v_and_b32_e32 v49, 0xffff8000, v51
	v_cndmask_b32_e32 v50, v137, v52, vcc
	v_lshlrev_b16_e32 v46, 8, v46
	v_or_b32_e32 v49, v50, v49
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v50, v137, v53, s[18:19]
	v_or_b32_e32 v46, v50, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v50, v146, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v46, v46, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v48, v146, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v67, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v67, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e32 vcc, s71, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e32 v50, v130, v50, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	v_cmp_ne_u16_e64 s[14:15], s71, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v49, v47, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v50, 0, v50, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v52
	v_cndmask_b32_e32 v50, v131, v50, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v52
	v_cndmask_b32_e32 v50, v132, v50, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v52
	v_cndmask_b32_e32 v50, v133, v50, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v52
	v_cndmask_b32_e32 v50, v134, v50, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[44:45], v[46:47], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v44, 8, v67
	v_lshlrev_b16_e32 v46, 7, v67
	v_cndmask_b32_e32 v50, v135, v50, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v52
	v_and_b32_e32 v53, 0x7f, v67
	v_cndmask_b32_e32 v50, v136, v50, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v52
	v_and_b32_e32 v46, 0x3f80, v46
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v136, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v53
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v130, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v53
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[18:19], s71, v52
	v_cndmask_b32_e64 v46, 0, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v53
	v_cndmask_b32_e64 v51, v130, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v52
	v_cndmask_b32_e64 v46, v131, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v53
	v_cndmask_b32_e64 v51, 0, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v52
	v_cndmask_b32_e64 v46, v132, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v53
	v_cndmask_b32_e64 v51, v131, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v52
	v_cndmask_b32_e64 v46, v133, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v53
	v_cndmask_b32_e64 v51, v132, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v52
	v_cndmask_b32_e64 v46, v134, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v53
	v_cndmask_b32_e64 v51, v133, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v52
	v_cndmask_b32_e64 v46, v135, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v53
	v_cndmask_b32_e64 v51, v134, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v52
	v_lshlrev_b16_e32 v45, 8, v67
	v_cndmask_b32_e64 v46, v136, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v53
	v_cndmask_b32_e64 v51, v135, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v52
	v_lshlrev_b16_sdwa v47, v145, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v136, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v52
	v_cndmask_b32_e64 v46, v137, v46, s[16:17]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v52, v146, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v46, v46, v45
	v_and_b32_e32 v45, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v137, v48, s[14:15]
	v_cndmask_b32_e32 v48, v137, v50, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v50, v146, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v69, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_sdwa v54, v69, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e32 vcc, s71, v53
	v_and_b32_e32 v50, 0x3f80, v50
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e32 v52, v130, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_cmp_ne_u16_e64 s[14:15], s71, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v49, v145, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v45, v47, v45
	v_and_b32_e32 v47, 0xffff8000, v49
	v_lshlrev_b16_e32 v44, 8, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v131, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v51, s[18:19]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v132, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v44, v48, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v48, 7, v69
	v_cndmask_b32_e32 v52, v133, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_and_b32_e32 v56, 0x7f, v69
	v_cndmask_b32_e32 v52, v134, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_and_b32_e32 v48, 0x3f80, v48
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v44, v44, v46, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v46, 8, v69
	v_cndmask_b32_e32 v52, v135, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[16:17], s71, v56
	v_cndmask_b32_e32 v52, v136, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v48, v130, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_lshlrev_b16_e32 v53, 7, v46
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v48, 0, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	v_and_b32_e32 v53, 0x3f80, v53
	v_and_b32_e32 v54, 0x7f, v46
	v_cndmask_b32_e64 v48, v131, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v48, v132, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	v_cndmask_b32_e64 v53, v130, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_cndmask_b32_e64 v48, v133, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	v_cndmask_b32_e64 v53, 0, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	v_cndmask_b32_e64 v48, v134, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	v_cndmask_b32_e64 v53, v131, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	v_cndmask_b32_e64 v48, v135, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	v_cndmask_b32_e64 v53, v132, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v45, v47, v45, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v47, 8, v69
	v_cndmask_b32_e64 v48, v136, v48, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_cndmask_b32_e64 v53, v133, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	v_lshlrev_b16_sdwa v49, v145, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v47, 0xffff8000, v47
	v_cndmask_b32_e64 v53, v134, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	v_cndmask_b32_e64 v48, v137, v48, s[16:17]
	v_lshlrev_b16_sdwa v51, v145, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v53, v135, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	v_or_b32_e32 v48, v48, v47
	v_and_b32_e32 v47, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v137, v50, s[14:15]
	v_cndmask_b32_e64 v53, v136, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_or_b32_e32 v47, v49, v47
	v_and_b32_e32 v49, 0xffff8000, v51
	v_cndmask_b32_e32 v50, v137, v52, vcc
	v_lshlrev_b16_e32 v46, 8, v46
	v_or_b32_e32 v49, v50, v49
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e64 v50, v137, v53, s[18:19]
	v_or_b32_e32 v46, v50, v46
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v50, v146, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v46, v46, v48, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v48, v146, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v71, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_sdwa v52, v71, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e32 vcc, s71, v51
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e32 v50, v130, v50, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	v_cmp_ne_u16_e64 s[14:15], s71, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v49, v47, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v50, 0, v50, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v52
	v_cndmask_b32_e32 v50, v131, v50, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v52
	v_cndmask_b32_e32 v50, v132, v50, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v52
	v_cndmask_b32_e32 v50, v133, v50, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v52
	v_cndmask_b32_e32 v50, v134, v50, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v52
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[44:45], v[46:47], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v44, 8, v71
	v_lshlrev_b16_e32 v46, 7, v71
	v_cndmask_b32_e32 v50, v135, v50, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v52
	v_and_b32_e32 v53, 0x7f, v71
	v_cndmask_b32_e32 v50, v136, v50, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v52
	v_and_b32_e32 v46, 0x3f80, v46
	v_lshlrev_b16_e32 v51, 7, v44
	v_cndmask_b32_e64 v48, v136, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v52
	v_add_u16_e32 v46, 0x2000, v46
	v_cmp_ne_u16_e64 s[16:17], s71, v53
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v52, 0x7f, v44
	v_cndmask_b32_e64 v46, v130, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v53
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[18:19], s71, v52
	v_cndmask_b32_e64 v46, 0, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v53
	v_cndmask_b32_e64 v51, v130, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v52
	v_cndmask_b32_e64 v46, v131, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v53
	v_cndmask_b32_e64 v51, 0, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v52
	v_cndmask_b32_e64 v46, v132, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v53
	v_cndmask_b32_e64 v51, v131, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v52
	v_cndmask_b32_e64 v46, v133, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v53
	v_cndmask_b32_e64 v51, v132, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v52
	v_cndmask_b32_e64 v46, v134, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v53
	v_cndmask_b32_e64 v51, v133, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v52
	v_cndmask_b32_e64 v46, v135, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v53
	v_cndmask_b32_e64 v51, v134, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v52
	v_lshlrev_b16_e32 v45, 8, v71
	v_cndmask_b32_e64 v46, v136, v46, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v53
	v_cndmask_b32_e64 v51, v135, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v52
	v_lshlrev_b16_sdwa v47, v145, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v45, 0xffff8000, v45
	v_cndmask_b32_e64 v51, v136, v51, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v52
	v_cndmask_b32_e64 v46, v137, v46, s[16:17]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v52, v146, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v45, v46, v45
	v_and_b32_e32 v46, 0xffff8000, v47
	v_cndmask_b32_e64 v47, v137, v48, s[14:15]
	v_cndmask_b32_e32 v48, v137, v50, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v50, v146, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v73, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v52, 0x3f80, v52
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v49, v145, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v54, v73, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v52, 0x2000, v52
	v_cmp_ne_u16_e32 vcc, s71, v53
	v_and_b32_e32 v50, 0x3f80, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v46, v47, v46
	v_and_b32_e32 v47, 0xffff8000, v49
	v_lshlrev_b16_e32 v44, 8, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v130, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[14:15], s71, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v47, v48, v47
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v51, s[18:19]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v44, v48, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v52, v131, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v54
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v47, v46, s72
	v_perm_b32 v46, v44, v45, s72
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v45, 7, v73
	v_cndmask_b32_e32 v52, v132, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v54
	v_and_b32_e32 v56, 0x7f, v73
	v_cndmask_b32_e32 v52, v133, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v54
	v_and_b32_e32 v45, 0x3f80, v45
	v_cndmask_b32_e32 v52, v134, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v54
	v_add_u16_e32 v45, 0x2000, v45
	v_cmp_ne_u16_e64 s[16:17], s71, v56
	v_lshrrev_b32_e32 v48, 8, v73
	v_cndmask_b32_e32 v52, v135, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v54
	v_cndmask_b32_e64 v45, v130, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v56
	v_cndmask_b32_e32 v52, v136, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v54
	v_cndmask_b32_e64 v45, 0, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 1, v56
	v_lshlrev_b16_e32 v53, 7, v48
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v54
	v_cndmask_b32_e64 v45, v131, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 2, v56
	v_and_b32_e32 v53, 0x3f80, v53
	v_and_b32_e32 v54, 0x7f, v48
	v_cndmask_b32_e64 v45, v132, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 3, v56
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e64 s[18:19], s71, v54
	v_cndmask_b32_e64 v45, v133, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 4, v56
	v_cndmask_b32_e64 v53, v130, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 0, v54
	v_cndmask_b32_e64 v45, v134, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 5, v56
	v_cndmask_b32_e64 v53, 0, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v54
	v_cndmask_b32_e64 v45, v135, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 6, v56
	v_cndmask_b32_e64 v53, v131, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 2, v54
	v_lshlrev_b16_e32 v44, 8, v73
	v_cndmask_b32_e64 v45, v136, v45, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v56
	v_cndmask_b32_e64 v53, v132, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 3, v54
	v_lshlrev_b16_sdwa v49, v145, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v53, v133, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 4, v54
	v_cndmask_b32_e64 v45, v137, v45, s[16:17]
	v_lshlrev_b16_sdwa v51, v145, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v53, v134, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 5, v54
	v_or_b32_e32 v45, v45, v44
	v_and_b32_e32 v44, 0xffff8000, v49
	v_cndmask_b32_e64 v49, v137, v50, s[14:15]
	v_cndmask_b32_e64 v53, v135, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 6, v54
	v_or_b32_e32 v49, v49, v44
	v_and_b32_e32 v44, 0xffff8000, v51
	v_cndmask_b32_e32 v50, v137, v52, vcc
	v_cndmask_b32_e64 v53, v136, v53, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_or_b32_e32 v50, v50, v44
	v_lshlrev_b16_e32 v44, 8, v48
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v53, s[18:19]
	v_or_b32_e32 v48, v48, v44
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v49, v50, v49, s72
	v_perm_b32 v48, v48, v45, s72
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v60, v146, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v54, v75, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[46:47], v[48:49], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v48, v146, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v49, v75, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v48, 0x3f80, v48
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e32 vcc, s71, v49
	v_lshlrev_b16_sdwa v47, v146, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v63, v55, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v48, v130, v48, vcc
	v_cmp_ne_u16_e32 vcc, 0, v49
	v_and_b32_e32 v47, 0x3f80, v47
	v_add_u16_e32 v47, 0x2000, v47
	v_cndmask_b32_e32 v48, 0, v48, vcc
	v_cmp_ne_u16_e32 vcc, 1, v49
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e64 s[14:15], s71, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v50, 7, v75
	v_cndmask_b32_e32 v48, v131, v48, vcc
	v_cmp_ne_u16_e32 vcc, 2, v49
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v58, 7, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v56, 0x7f, v75
	v_cndmask_b32_e32 v48, v132, v48, vcc
	v_cmp_ne_u16_e32 vcc, 3, v49
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v45, 8, v55
	v_lshlrev_b16_e32 v57, 8, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v48, v133, v48, vcc
	v_cmp_ne_u16_e32 vcc, 4, v49
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v59, v145, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v46, v145, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v48, v134, v48, vcc
	v_cmp_ne_u16_e32 vcc, 5, v49
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v61, v146, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v62, v55, s71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v48, v135, v48, vcc
	v_cmp_ne_u16_e32 vcc, 6, v49
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v55, 0x7f, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e64 s[18:19], 7, v54
	v_cndmask_b32_e32 v64, v136, v48, vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v48, 0x3f80, v60
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, s71, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u16_e32 v48, 0x2000, v48
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v130, v47, vcc
	v_cmp_ne_u16_e32 vcc, 0, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e64 s[14:15], 0, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v44, 8, v75
	v_cndmask_b32_e32 v47, 0, v47, vcc
	v_cmp_ne_u16_e32 vcc, 1, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v131, v47, vcc
	v_cmp_ne_u16_e32 vcc, 2, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v132, v47, vcc
	v_cmp_ne_u16_e32 vcc, 3, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v133, v47, vcc
	v_cmp_ne_u16_e32 vcc, 4, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v134, v47, vcc
	v_cmp_ne_u16_e32 vcc, 5, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v135, v47, vcc
	v_cmp_ne_u16_e32 vcc, 6, v54
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v65, v136, v47, vcc
	v_and_b32_e32 v47, 0x3f80, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v54, v136, v48, s[14:15]
	v_and_b32_e32 v48, 0x3f80, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v47, 0x2000, v47
	v_cmp_ne_u16_e32 vcc, s71, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[14:15], s71, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v130, v47, vcc
	v_cmp_ne_u16_e32 vcc, 0, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, 0, v47, vcc
	v_cmp_ne_u16_e32 vcc, 1, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v131, v47, vcc
	v_cmp_ne_u16_e32 vcc, 2, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v132, v47, vcc
	v_cmp_ne_u16_e32 vcc, 3, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v133, v47, vcc
	v_cmp_ne_u16_e32 vcc, 4, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v134, v47, vcc
	v_cmp_ne_u16_e32 vcc, 5, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v47, v135, v47, vcc
	v_cmp_ne_u16_e32 vcc, 6, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e64 s[16:17], 7, v49
	v_cndmask_b32_e32 v49, v136, v47, vcc
	v_cmp_ne_u16_e64 s[20:21], 7, v56
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v47, 0x3f80, v61
	v_cndmask_b32_e64 v56, v136, v48, s[14:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v48, 7, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u16_e32 v47, 0x2000, v47
	v_cmp_ne_u16_e32 vcc, s71, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v48, 0x3f80, v48
	v_and_b32_e32 v50, 0x7f, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v130, v47, vcc
	v_cmp_ne_u16_e32 vcc, 0, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v48, 0x2000, v48
	v_cmp_ne_u16_e64 s[14:15], s71, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, 0, v47, vcc
	v_cmp_ne_u16_e32 vcc, 1, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v130, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v131, v47, vcc
	v_cmp_ne_u16_e32 vcc, 2, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, 0, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v132, v47, vcc
	v_cmp_ne_u16_e32 vcc, 3, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v131, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v50
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v133, v47, vcc
	v_cmp_ne_u16_e32 vcc, 4, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v132, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v50
	v_lshlrev_b16_e32 v51, 8, v75
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v134, v47, vcc
	v_cmp_ne_u16_e32 vcc, 5, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v133, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v50
	v_lshlrev_b16_sdwa v52, v145, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v135, v47, vcc
	v_cmp_ne_u16_e32 vcc, 6, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v134, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v50
	v_and_b32_e32 v51, 0xffff8000, v51
	v_cndmask_b32_e64 v49, v137, v49, s[20:21]
	v_lshlrev_b16_sdwa v53, v145, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v47, v136, v47, vcc
	v_cmp_ne_u16_e32 vcc, 7, v62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e64 v48, v135, v48, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v50
	v_or_b32_e32 v49, v49, v51
	v_and_b32_e32 v51, 0xffff8000, v52
	v_cndmask_b32_e64 v52, v137, v65, s[18:19]
	v_cndmask_b32_e64 v48, v136, v48, s[14:15]
	v_cmp_ne_u16_e64 s[22:23], 7, v50
	v_or_b32_e32 v51, v52, v51
	v_and_b32_e32 v52, 0xffff8000, v53
	v_cndmask_b32_e64 v53, v137, v64, s[16:17]
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s16, s68, 7
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e32 v47, v137, v47, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v44, 8, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v46, v47, v46
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_add_lshl_u32 v47, s16, v99, 2
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e64 v48, v137, v48, s[22:23]
	v_or_b32_e32 v48, v48, v44
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	buffer_load_dword v44, v47, s[8:11], 0 offen
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v50, 7, v45
	v_cmp_ne_u16_e64 s[26:27], 7, v55
	v_and_b32_e32 v50, 0x3f80, v50
	v_and_b32_e32 v55, 0x7f, v45
	v_add_u16_e32 v50, 0x2000, v50
	v_cmp_ne_u16_e64 s[14:15], s71, v55
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_u32_e32 v60, v125, v40
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s70, v41
	.loc	1 45 20 is_stmt 0               ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v50, v130, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 0, v55
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_add_u32_e32 v61, v124, v40
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v60, v128, v60, vcc
	v_cndmask_b32_e64 v50, 0, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 1, v55
	v_cndmask_b32_e32 v64, v128, v61, vcc
	v_cmp_ne_u16_e64 s[24:25], 7, v63
	v_cndmask_b32_e64 v50, v131, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 2, v55
	buffer_load_dwordx4 v[60:63], v60, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[64:67], v64, s[4:7], 0 offen
	v_cndmask_b32_e64 v50, v132, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 3, v55
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v53, v52
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v53, 0xffff8000, v57
	v_cndmask_b32_e64 v50, v133, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 4, v55
	v_lshlrev_b16_e32 v45, 8, v45
	v_cndmask_b32_e64 v54, v137, v54, s[24:25]
	v_cndmask_b32_e64 v50, v134, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v55
	v_and_b32_e32 v45, 0xffff8000, v45
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s16, s16, s62
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v50, v135, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v55
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v57, s16, v90, 2
	v_add_lshl_u32 v58, s16, v89, 2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v50, v136, v50, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 7, v55
	v_cndmask_b32_e64 v55, v137, v56, s[26:27]
	v_or_b32_e32 v53, v55, v53
	v_and_b32_e32 v55, 0xffff8000, v59
	v_cndmask_b32_e64 v47, v137, v50, s[14:15]
	v_or_b32_e32 v54, v54, v55
	v_or_b32_e32 v45, v47, v45
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v52, v51, s72
	v_perm_b32 v51, v46, v54, s72
	v_perm_b32 v50, v45, v53, s72
	v_perm_b32 v46, v48, v49, s72
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v48, s16, v105, 2
	v_add_lshl_u32 v49, s16, v104, 2
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[46:47], v[0:15]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v46, s16, v108, 2
	v_add_lshl_u32 v47, s16, v106, 2
	v_add_lshl_u32 v50, s16, v103, 2
	v_add_lshl_u32 v51, s16, v101, 2
	v_add_lshl_u32 v52, s16, v98, 2
	v_add_lshl_u32 v53, s16, v97, 2
	v_add_lshl_u32 v54, s16, v95, 2
	v_add_lshl_u32 v55, s16, v94, 2
	v_add_lshl_u32 v56, s16, v92, 2
	v_add_lshl_u32 v59, s16, v43, 2
	buffer_load_dword v54, v54, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v55, v55, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v56, v56, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v57, v57, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v58, v58, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v59, v59, s[52:55], 0 offen
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addk_i32 s68, 0x80
	s_addk_i32 s70, 0xff80
	v_add_u32_e32 v40, s63, v40
	s_cmp_lg_u32 s69, 0
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(8)
	v_pk_mul_f32 v[0:1], v[44:45], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[44:45], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[44:45], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[44:45], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[44:45], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[44:45], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[44:45], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[44:45], v[14:15] op_sel_hi:[0,1]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v44, s16, v111, 2
	v_add_lshl_u32 v45, s16, v109, 2
	buffer_load_dword v44, v44, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v45, v45, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v46, v46, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v47, v47, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v48, v48, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v49, v49, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v50, v50, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v51, v51, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v52, v52, s[52:55], 0 offen
	s_nop 0
	buffer_load_dword v53, v53, s[52:55], 0 offen
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2st64_b32 v88, v16, v20 offset1:16
	ds_write2st64_b32 v91, v17, v21 offset1:16
	ds_write2st64_b32 v93, v18, v22 offset1:16
	ds_write2st64_b32 v96, v19, v23 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(16)
	v_perm_b32 v16, v64, v60, s73
	v_perm_b32 v17, v64, v60, s74
	v_lshrrev_b32_sdwa v60, v145, v16 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v18, v65, v61, s73
	v_or_b32_sdwa v60, v16, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v100, v60 offset:8192
	v_lshrrev_b32_e32 v60, 24, v16
	v_and_b32_sdwa v16, v16, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v60, 8, v60
	v_perm_b32 v19, v65, v61, s74
	v_or_b32_e32 v16, v16, v60
	v_lshrrev_b32_sdwa v60, v145, v17 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v61, 24, v17
	v_or_b32_sdwa v60, v17, v60 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v17, v17, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v61, 8, v61
	v_perm_b32 v20, v66, v62, s73
	v_perm_b32 v21, v66, v62, s74
	v_or_b32_e32 v17, v17, v61
	v_lshrrev_b32_sdwa v61, v145, v18 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v62, 24, v18
	v_or_b32_sdwa v61, v18, v61 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v18, v18, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v62, 8, v62
	v_perm_b32 v22, v67, v63, s73
	v_perm_b32 v23, v67, v63, s74
	v_or_b32_e32 v18, v18, v62
	v_lshrrev_b32_sdwa v62, v145, v19 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v63, 24, v19
	v_or_b32_sdwa v62, v19, v62 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v19, v19, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v63, 8, v63
	v_or_b32_e32 v19, v19, v63
	v_lshrrev_b32_sdwa v63, v145, v20 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v64, 24, v20
	v_or_b32_sdwa v63, v20, v63 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v20, v20, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v64, 8, v64
	v_or_b32_e32 v20, v20, v64
	v_lshrrev_b32_sdwa v64, v145, v21 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v65, 24, v21
	v_or_b32_sdwa v64, v21, v64 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v21, v21, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v65, 8, v65
	v_or_b32_e32 v21, v21, v65
	v_lshrrev_b32_sdwa v65, v145, v22 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v66, 24, v22
	v_or_b32_sdwa v65, v22, v65 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v22, v22, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v66, 8, v66
	v_or_b32_e32 v22, v22, v66
	v_lshrrev_b32_sdwa v66, v145, v23 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v67, 24, v23
	v_or_b32_sdwa v66, v23, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_sdwa v23, v23, s75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v67, 8, v67
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[28:29], v[54:55], v[10:11], v[28:29]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[26:27], v[56:57], v[12:13], v[26:27]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[24:25], v[58:59], v[14:15], v[24:25]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v23, v23, v67
	ds_write_b16 v102, v16 offset:8320
	ds_write_b16 v107, v60 offset:8448
	ds_write_b16 v110, v17 offset:8576
	ds_write_b16 v112, v61 offset:8704
	ds_write_b16 v113, v18 offset:8832
	ds_write_b16 v114, v62 offset:8960
	ds_write_b16 v115, v19 offset:9088
	ds_write_b16 v116, v63 offset:9216
	ds_write_b16 v117, v20 offset:9344
	ds_write_b16 v118, v64 offset:9472
	ds_write_b16 v119, v21 offset:9600
	ds_write_b16 v120, v65 offset:9728
	ds_write_b16 v121, v22 offset:9856
	ds_write_b16 v122, v66 offset:9984
	ds_write_b16 v123, v23 offset:10112
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[38:39], v[44:45], v[0:1], v[38:39]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[36:37], v[46:47], v[2:3], v[36:37]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[34:35], v[48:49], v[4:5], v[34:35]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[32:33], v[50:51], v[6:7], v[32:33]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[30:31], v[52:53], v[8:9], v[30:31]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_5
; %bb.6:                                ; %._crit_edge.loopexit
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s17, s68, 7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
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
.LBB0_8:                                ; %Flow397
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	v_add_lshl_u32 v0, s17, v99, 2
	v_bfrev_b32_e32 v1, 1
	s_load_dword s0, s[0:1], 0x3c
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s1, s17, s62
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	buffer_load_dword v16, v0, s[64:67], 0 offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v0, s1, v111, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	s_mov_b32 s62, s66
	s_mov_b32 s63, s67
	v_add_lshl_u32 v2, s1, v109, 2
	v_add_lshl_u32 v3, s1, v108, 2
	v_add_lshl_u32 v4, s1, v106, 2
	v_add_lshl_u32 v5, s1, v105, 2
	v_add_lshl_u32 v6, s1, v104, 2
	v_add_lshl_u32 v7, s1, v103, 2
	v_add_lshl_u32 v8, s1, v101, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	v_cndmask_b32_e64 v3, v1, v3, s[2:3]
	v_cndmask_b32_e64 v4, v1, v4, s[2:3]
	v_cndmask_b32_e64 v5, v1, v5, s[2:3]
	v_cndmask_b32_e64 v6, v1, v6, s[2:3]
	v_cndmask_b32_e64 v7, v1, v7, s[2:3]
	v_cndmask_b32_e64 v8, v1, v8, s[2:3]
	buffer_load_dword v40, v0, s[60:63], 0 offen
	buffer_load_dword v41, v2, s[60:63], 0 offen
	buffer_load_dword v22, v3, s[60:63], 0 offen
	buffer_load_dword v23, v4, s[60:63], 0 offen
	buffer_load_dword v20, v5, s[60:63], 0 offen
	buffer_load_dword v21, v6, s[60:63], 0 offen
	buffer_load_dword v18, v7, s[60:63], 0 offen
	buffer_load_dword v19, v8, s[60:63], 0 offen
	v_add_lshl_u32 v0, s1, v98, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	v_add_lshl_u32 v2, s1, v97, 2
	v_add_lshl_u32 v3, s1, v95, 2
	v_add_lshl_u32 v4, s1, v94, 2
	v_add_lshl_u32 v5, s1, v92, 2
	v_add_lshl_u32 v6, s1, v90, 2
	v_add_lshl_u32 v7, s1, v89, 2
	v_add_lshl_u32 v8, s1, v43, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	v_cndmask_b32_e64 v3, v1, v3, s[2:3]
	v_cndmask_b32_e64 v4, v1, v4, s[2:3]
	v_cndmask_b32_e64 v5, v1, v5, s[2:3]
	v_cndmask_b32_e64 v6, v1, v6, s[2:3]
	v_cndmask_b32_e64 v7, v1, v7, s[2:3]
	v_cndmask_b32_e64 v1, v1, v8, s[2:3]
	buffer_load_dword v48, v0, s[60:63], 0 offen
	buffer_load_dword v49, v2, s[60:63], 0 offen
	buffer_load_dword v46, v3, s[60:63], 0 offen
	buffer_load_dword v47, v4, s[60:63], 0 offen
	buffer_load_dword v44, v5, s[60:63], 0 offen
	buffer_load_dword v45, v6, s[60:63], 0 offen
	buffer_load_dword v42, v7, s[60:63], 0 offen
	buffer_load_dword v43, v1, s[60:63], 0 offen
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_andn2_b64 vcc, exec, s[2:3]
	s_cbranch_vccnz .LBB0_10
; %bb.9:
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_b64 s[4:5], s[46:47], exec
	s_cselect_b32 s1, 0, 0x1008
	v_and_b32_e32 v0, 0x804, v87
	v_or_b32_e32 v1, s1, v84
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v50, 2, v86
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v0, v0, v1
	v_xor_b32_e32 v0, v0, v50
	v_lshl_or_b32 v14, v86, 7, v0
	v_xad_u32 v0, v14, 56, 0
	v_add_u32_e32 v0, 0x2000, v0
	ds_read2_b32 v[0:1], v0 offset1:16
	v_mov_b32_e32 v113, 7
	s_movk_i32 s1, 0x7f
	v_mov_b32_e32 v104, 0x7e00
	v_mov_b32_e32 v114, 8
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v11, v1, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v2
	v_and_b32_sdwa v12, v1, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s1, v11
	v_lshlrev_b16_e32 v7, 8, v2
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, s1, v12
	v_lshlrev_b16_sdwa v3, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v104, v6, vcc
	v_cmp_ne_u16_e32 vcc, s1, v2
	v_add_u16_e32 v10, 0x2000, v10
	v_mov_b32_e32 v99, 0x1800
	v_cndmask_b32_e32 v8, v104, v8, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_mov_b32_e32 v94, 0x1c00
	v_mov_b32_e32 v93, 0x1e00
	v_cndmask_b32_e32 v10, v104, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	v_mov_b32_e32 v88, 0x2000
	v_mov_b32_e32 v73, 0x2100
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	v_mov_b32_e32 v68, 0x2200
	v_mov_b32_e32 v67, 0x2300
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	v_and_b32_e32 v9, 0xffff8000, v9
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_lshl_b32 s4, s51, 5
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v99, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v99, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v99, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v94, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v94, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v94, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v93, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v93, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v93, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v88, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v88, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v88, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v73, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v73, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v73, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v68, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v68, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v68, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v67, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v67, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_xad_u32 v2, v14, 48, 0
	v_add_u32_e32 v2, 0x2000, v2
	v_cndmask_b32_e32 v8, v67, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v61, v6, v5
	v_or_b32_e32 v60, v8, v7
	v_cndmask_b32_e32 v1, v67, v10, vcc
	v_and_b32_e32 v10, 0xffff8000, v3
	ds_read2_b32 v[2:3], v2 offset1:16
	v_or_b32_e32 v17, v1, v9
	v_or_b32_e32 v62, v4, v10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v7, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v12, v3, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v9, 7, v1
	v_and_b32_sdwa v13, v3, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v12
	v_lshlrev_b16_e32 v8, 8, v1
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v3
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v13
	v_lshlrev_b16_sdwa v4, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v3
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v7, v104, v7, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v3
	v_and_b32_e32 v8, 0xffff8000, v8
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v11, v104, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v99, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v99, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v94, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v94, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v93, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v93, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v88, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v88, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v73, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v73, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v68, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v68, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v12, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v67, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v65, v7, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v67, v9, vcc
	v_and_b32_e32 v9, 0xffff8000, v4
	v_xad_u32 v4, v14, 40, 0
	v_add_u32_e32 v4, 0x2000, v4
	ds_read2_b32 v[4:5], v4 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_or_b32_e32 v64, v1, v8
	v_or_b32_e32 v66, v12, v9
	v_cndmask_b32_e32 v3, v67, v11, vcc
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v5
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_sdwa v8, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v5, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v63, v3, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_sdwa v15, v5, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s1, v13
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v5
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v104, v6, vcc
	v_cmp_ne_u16_e32 vcc, s1, v15
	v_lshlrev_b16_sdwa v3, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v5
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e32 v8, v104, v8, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v10, v104, v10, vcc
	v_cmp_ne_u16_e32 vcc, s1, v5
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v12, v104, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v99, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v99, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v99, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v99, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v94, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v94, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v94, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v94, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v93, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v93, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v93, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v93, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v88, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v88, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v88, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v88, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v73, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v73, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v73, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v73, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v68, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v68, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v68, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v68, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v13, v67, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_xad_u32 v6, v14, 32, 0
	v_add_u32_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v8, v67, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v72, v13, v3
	s_nop 0
	v_cndmask_b32_e32 v1, v67, v10, vcc
	v_and_b32_e32 v10, 0xffff8000, v7
	ds_read2_b32 v[6:7], v6 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_or_b32_e32 v70, v1, v9
	v_or_b32_e32 v71, v8, v10
	v_cndmask_b32_e32 v5, v67, v12, vcc
	v_or_b32_e32 v69, v5, v11
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v7
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v15, v7, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v1
	v_and_b32_sdwa v51, v7, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v15
	v_lshlrev_b16_e32 v10, 8, v1
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v7
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v51
	v_lshlrev_b16_sdwa v3, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v8, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v12, 8, v7
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v11, v104, v11, vcc
	v_cmp_ne_u16_e32 vcc, s1, v7
	v_and_b32_e32 v10, 0xffff8000, v10
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e32 v13, v104, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v99, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v99, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v94, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v94, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v93, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v93, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v88, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v88, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v73, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v73, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v68, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v68, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_or_b32_e32 v87, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v15, v67, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v67, v11, vcc
	v_and_b32_e32 v11, 0xffff8000, v8
	v_xad_u32 v8, v14, 24, 0
	v_add_u32_e32 v8, 0x2000, v8
	ds_read2_b32 v[8:9], v8 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_or_b32_e32 v75, v1, v10
	v_or_b32_e32 v86, v15, v11
	v_cndmask_b32_e32 v7, v67, v13, vcc
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v113, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v9
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v10, v113, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v51, v9, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v74, v7, v12
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v1
	v_and_b32_sdwa v52, v9, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v51
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v15, 7, v9
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v52
	v_lshlrev_b16_sdwa v3, v114, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v114, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v9
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e32 v10, v104, v10, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v12, v104, v12, vcc
	v_cmp_ne_u16_e32 vcc, s1, v9
	v_and_b32_e32 v13, 0xffff8000, v13
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v15, v104, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v52
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v52
	s_nop 1
	v_cndmask_b32_e32 v10, v99, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v99, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v99, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v52
	s_nop 1
	v_cndmask_b32_e32 v10, v94, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v94, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v94, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v52
	s_nop 1
	v_cndmask_b32_e32 v10, v93, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v93, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v93, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v52
	s_nop 1
	v_cndmask_b32_e32 v10, v88, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v88, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v88, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v52
	s_nop 1
	v_cndmask_b32_e32 v10, v73, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v73, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v73, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v52
	s_nop 1
	v_cndmask_b32_e32 v10, v68, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v68, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v68, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v52
	v_or_b32_e32 v92, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v51, v67, v10, vcc
	v_xad_u32 v10, v14, 16, 0
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_add_u32_e32 v10, 0x2000, v10
	v_or_b32_e32 v91, v51, v7
	v_cndmask_b32_e32 v1, v67, v12, vcc
	v_and_b32_e32 v12, 0xffff8000, v11
	ds_read2_b32 v[10:11], v10 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_or_b32_e32 v90, v1, v12
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v113, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v67, v15, vcc
	v_or_b32_e32 v89, v9, v13
	v_lshrrev_b32_e32 v1, 8, v11
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v113, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v52, v11, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v1
	v_and_b32_sdwa v53, v11, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v52
	v_lshlrev_b16_e32 v12, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v51, 7, v11
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v53
	v_lshlrev_b16_sdwa v3, v114, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v114, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v11
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v51, 0x2000, v51
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v104, v13, vcc
	v_cmp_ne_u16_e32 vcc, s1, v11
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e32 v51, v104, v51, vcc
	v_cmp_ne_u16_e32 vcc, 0, v52
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v51, 0, v51, vcc
	v_cmp_ne_u16_e32 vcc, 1, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v99, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v51, v99, v51, vcc
	v_cmp_ne_u16_e32 vcc, 2, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v94, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v51, v94, v51, vcc
	v_cmp_ne_u16_e32 vcc, 3, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v93, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v51, v93, v51, vcc
	v_cmp_ne_u16_e32 vcc, 4, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v88, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v51, v88, v51, vcc
	v_cmp_ne_u16_e32 vcc, 5, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v73, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v51, v73, v51, vcc
	v_cmp_ne_u16_e32 vcc, 6, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v68, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v51, v68, v51, vcc
	v_cmp_ne_u16_e32 vcc, 7, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_or_b32_e32 v98, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v9, v67, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v97, v9, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v67, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	s_nop 1
	v_cndmask_b32_e32 v11, v67, v51, vcc
	v_and_b32_e32 v51, 0xffff8000, v12
	v_xad_u32 v12, v14, 8, 0
	v_add_u32_e32 v12, 0x2000, v12
	ds_read2_b32 v[12:13], v12 offset1:16
	v_or_b32_e32 v96, v1, v51
	v_or_b32_e32 v95, v11, v15
	v_add_u32_e32 v14, 0, v14
	v_add_u32_e32 v14, 0x2000, v14
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v113, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v13
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v113, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v13, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v15, 7, v1
	v_and_b32_sdwa v54, v13, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v53
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v52, 7, v13
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v54
	v_lshlrev_b16_sdwa v3, v114, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v114, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v51, 8, v13
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v52, 0x2000, v52
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v15, v104, v15, vcc
	v_cmp_ne_u16_e32 vcc, s1, v13
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v52, v104, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_and_b32_e32 v51, 0xffff8000, v51
	s_nop 0
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v54
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v99, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v52, v99, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v94, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v52, v94, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v93, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v52, v93, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v88, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v52, v88, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v73, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v52, v73, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v68, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v52, v68, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v54
	v_or_b32_e32 v103, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v9, v67, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v102, v9, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v67, v15, vcc
	ds_read2_b32 v[14:15], v14 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_or_b32_e32 v101, v1, v11
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v113, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v13, v67, v52, vcc
	v_lshrrev_b32_e32 v1, 8, v15
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v113, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v53, v15, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v100, v13, v51
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v1
	v_and_b32_sdwa v54, v15, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v53
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v52, 7, v15
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v54
	v_lshlrev_b16_sdwa v3, v114, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v114, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v51, 8, v15
	v_and_b32_e32 v52, 0x3f80, v52
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v52, 0x2000, v52
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v104, v13, vcc
	v_cmp_ne_u16_e32 vcc, s1, v15
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v52, v104, v52, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v54
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v52, 0, v52, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v99, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v52, v99, v52, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v94, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v52, v94, v52, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v93, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v52, v93, v52, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v88, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v52, v88, v52, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v73, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v52, v73, v52, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v54
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v68, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v52, v68, v52, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_and_b32_sdwa v53, v0, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v54
	v_or_b32_e32 v108, v5, v3
	v_lshlrev_b16_sdwa v5, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v67, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v107, v9, v7
	v_and_b32_e32 v5, 0x3f80, v5
	v_cndmask_b32_e32 v1, v67, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_e32 v15, 0xffff8000, v51
	v_or_b32_e32 v106, v1, v11
	v_cndmask_b32_e32 v13, v67, v52, vcc
	v_lshrrev_b32_e32 v1, 8, v0
	v_lshlrev_b16_sdwa v9, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v52, v0, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v105, v13, v15
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v1
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s1, v52
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v51, 7, v0
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v53
	v_lshlrev_b16_sdwa v3, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v0
	v_and_b32_e32 v51, 0x3f80, v51
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_add_u16_e32 v51, 0x2000, v51
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v104, v13, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v51, v104, v51, vcc
	v_cmp_ne_u16_e32 vcc, 0, v52
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v51, 0, v51, vcc
	v_cmp_ne_u16_e32 vcc, 1, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v99, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v51, v99, v51, vcc
	v_cmp_ne_u16_e32 vcc, 2, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v94, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v51, v94, v51, vcc
	v_cmp_ne_u16_e32 vcc, 3, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v93, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v51, v93, v51, vcc
	v_cmp_ne_u16_e32 vcc, 4, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v88, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v51, v88, v51, vcc
	v_cmp_ne_u16_e32 vcc, 5, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v73, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v51, v73, v51, vcc
	v_cmp_ne_u16_e32 vcc, 6, v52
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v68, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v51, v68, v51, vcc
	v_cmp_ne_u16_e32 vcc, 7, v52
	v_and_b32_sdwa v52, v2, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v53
	v_or_b32_e32 v112, v5, v3
	v_lshlrev_b16_sdwa v3, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v67, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v111, v9, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_cndmask_b32_e32 v1, v67, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v13, 0xffff8000, v15
	v_lshlrev_b16_sdwa v7, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v67, v51, vcc
	v_or_b32_e32 v109, v0, v13
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_sdwa v51, v2, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v110, v1, v11
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v0
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v51
	v_lshlrev_b16_e32 v9, 8, v0
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v15, 7, v2
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, s1, v52
	v_lshlrev_b16_sdwa v1, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v2
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v7, v104, v7, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v11, v104, v11, vcc
	v_cmp_ne_u16_e32 vcc, s1, v2
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v15, v104, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v52
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	s_nop 1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v52
	s_nop 1
	v_cndmask_b32_e32 v7, v99, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v99, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v99, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	s_nop 1
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v52
	s_nop 1
	v_cndmask_b32_e32 v7, v94, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v94, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v94, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	s_nop 1
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v52
	s_nop 1
	v_cndmask_b32_e32 v7, v93, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v93, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v93, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	s_nop 1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v52
	s_nop 1
	v_cndmask_b32_e32 v7, v88, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v88, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v88, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	s_nop 1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v52
	s_nop 1
	v_cndmask_b32_e32 v7, v73, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v73, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v73, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	s_nop 1
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v52
	s_nop 1
	v_cndmask_b32_e32 v7, v68, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v68, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v68, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_and_b32_sdwa v51, v4, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v52
	v_or_b32_e32 v118, v3, v1
	v_lshlrev_b16_sdwa v1, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v7, v67, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v117, v7, v5
	v_lshlrev_b16_sdwa v5, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v67, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v11, 0xffff8000, v13
	v_or_b32_e32 v116, v0, v9
	v_cndmask_b32_e32 v2, v67, v15, vcc
	v_or_b32_e32 v115, v2, v11
	v_lshlrev_b16_sdwa v2, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v0, 8, v4
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_sdwa v15, v4, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v9, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s1, v15
	v_lshlrev_b16_e32 v7, 8, v0
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v4
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, s1, v51
	v_lshlrev_b16_sdwa v3, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v4
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v104, v5, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, s1, v4
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v104, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v99, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v99, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v94, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v94, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v93, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v93, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v88, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v88, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v73, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v73, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v68, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	s_nop 1
	v_cndmask_b32_e32 v5, v68, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v68, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_sdwa v15, v6, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v67, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v51
	v_or_b32_e32 v122, v2, v1
	v_lshlrev_b16_sdwa v2, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v5, v67, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e32 v0, v67, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v9, 0xffff8000, v11
	v_or_b32_e32 v120, v0, v7
	v_cndmask_b32_e32 v4, v67, v13, vcc
	v_or_b32_e32 v119, v4, v9
	v_lshrrev_b32_e32 v0, 8, v6
	v_lshlrev_b16_sdwa v4, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v6, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v7, 7, v0
	v_cmp_ne_u16_e32 vcc, s1, v13
	v_or_b32_e32 v121, v5, v3
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v6
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, s1, v15
	v_lshlrev_b16_sdwa v1, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v6
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v7, v104, v7, vcc
	v_cmp_ne_u16_e32 vcc, s1, v6
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v11, v104, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v99, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v99, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v94, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v94, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v93, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v93, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v88, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v88, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v73, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v73, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v68, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v68, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v68, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_and_b32_sdwa v13, v8, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v67, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_or_b32_e32 v126, v2, v1
	v_lshlrev_b16_sdwa v2, v113, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v67, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v125, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v67, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v7, 0xffff8000, v9
	v_or_b32_e32 v124, v0, v5
	v_cndmask_b32_e32 v6, v67, v11, vcc
	v_lshrrev_b32_e32 v0, 8, v8
	v_lshlrev_b16_sdwa v4, v113, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v11, v8, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v123, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s1, v11
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v8
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, s1, v13
	v_lshlrev_b16_sdwa v1, v114, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v114, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v8
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_add_u16_e32 v9, 0x2000, v9
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v6, v104, v6, vcc
	v_cmp_ne_u16_e32 vcc, s1, v8
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v9, v104, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_sdwa v15, v14, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v99, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v99, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v94, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v94, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v93, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v93, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v88, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v88, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v73, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v68, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v68, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v68, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_and_b32_sdwa v11, v10, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v67, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_or_b32_e32 v157, v2, v1
	v_lshlrev_b16_sdwa v2, v113, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v67, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v156, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v67, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_or_b32_e32 v153, v0, v5
	v_lshrrev_b32_e32 v0, 8, v10
	v_cndmask_b32_e32 v6, v67, v9, vcc
	v_lshlrev_b16_sdwa v4, v113, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v9, v10, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v152, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s1, v9
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v10
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, s1, v11
	v_lshlrev_b16_sdwa v1, v114, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v114, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v6, v104, v6, vcc
	v_cmp_ne_u16_e32 vcc, s1, v10
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v8, v104, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_sdwa v13, v14, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v99, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v99, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v94, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v94, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v93, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v93, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v88, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v88, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v73, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v73, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v68, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v68, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v68, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_sdwa v9, v12, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v67, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_or_b32_e32 v182, v2, v1
	v_lshlrev_b16_sdwa v2, v113, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v67, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v181, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v67, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v59, v0, v5
	v_lshrrev_b32_e32 v0, 8, v12
	v_cndmask_b32_e32 v6, v67, v8, vcc
	v_lshlrev_b16_sdwa v4, v113, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v58, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_and_b32_sdwa v10, v12, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s1, v9
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v12
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, s1, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v11, 0x7f, v12
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v1, v114, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v104, v6, vcc
	v_cmp_ne_u16_e32 vcc, s1, v11
	v_lshlrev_b16_sdwa v3, v114, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v8, v104, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	v_lshlrev_b16_e32 v7, 8, v12
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_e32 v12, 7, v14
	v_and_b32_e32 v12, 0x3f80, v12
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	v_add_u16_e32 v12, 0x2000, v12
	s_nop 0
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v99, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v99, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v94, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v94, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v93, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v93, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v88, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v88, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v73, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v73, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v68, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v68, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v68, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v67, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v67, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v10, v4, v3
	v_lshlrev_b16_sdwa v4, v113, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v67, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_or_b32_e32 v11, v2, v1
	v_lshlrev_b16_sdwa v2, v113, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v67, v8, vcc
	v_or_b32_e32 v9, v0, v5
	v_lshrrev_b32_e32 v0, 8, v14
	v_and_b32_e32 v2, 0x3f80, v2
	v_or_b32_e32 v8, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s1, v13
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, s1, v15
	v_lshlrev_b16_sdwa v1, v114, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v114, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v14
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v104, v6, vcc
	v_cmp_ne_u16_e32 vcc, s1, v14
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v12, v104, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v99, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v99, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v94, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v94, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v93, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v93, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v88, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v88, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v73, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v73, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v68, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v68, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v68, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v67, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_e32 v15, 0xffff8000, v1
	v_or_b32_e32 v15, v2, v15
	v_cndmask_b32_e32 v4, v67, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v0, v50, v84
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_nop 0
	v_cndmask_b32_e32 v13, v67, v6, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or3_b32 v6, s4, v85, v0
	v_xad_u32 v0, v6, 56, 0
	ds_read2_b32 v[0:1], v0 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_or_b32_e32 v14, v4, v3
	v_or_b32_e32 v13, v13, v5
	v_cndmask_b32_e32 v12, v67, v12, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v2, 7, v1
	v_lshrrev_b32_e32 v85, 8, v1
	v_lshlrev_b16_sdwa v127, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v162, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v128, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v174, v113, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v4, 8, v1
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_sdwa v132, v1, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v131, v1, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s1, v1
	v_and_b32_e32 v4, 0xffff8000, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v12, v12, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v2, v104, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	v_lshrrev_b32_e32 v165, 8, v0
	v_lshlrev_b16_sdwa v166, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	v_lshlrev_b16_sdwa v189, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v167, v114, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v2, v99, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	v_lshlrev_b16_sdwa v190, v113, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v170, v0, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v2, v94, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	v_and_b32_sdwa v169, v0, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_mov_b32 s4, 0x5040100
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v2, v93, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v203, v11, v10, s4
	v_perm_b32 v202, v9, v8, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v2, v88, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	v_and_b32_e32 v174, 0x3f80, v174
	v_lshlrev_b16_e32 v222, 7, v85
	v_cndmask_b32_e32 v2, v73, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	v_and_b32_e32 v130, 0x7f, v85
	v_and_b32_e32 v222, 0x3f80, v222
	v_cndmask_b32_e32 v5, v68, v2, vcc
	v_xad_u32 v2, v6, 48, 0
	ds_read2_b32 v[2:3], v2 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_add_u16_e32 v174, 0x2000, v174
	v_add_u16_e32 v222, 0x2000, v222
	v_cndmask_b32_e32 v1, v67, v5, vcc
	v_or_b32_e32 v84, v1, v4
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v4, 7, v3
	v_lshrrev_b32_e32 v133, 8, v3
	v_lshlrev_b16_sdwa v134, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v178, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v135, v114, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v179, v113, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v1, 8, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_sdwa v138, v3, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v137, v3, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s1, v3
	v_xad_u32 v5, v6, 40, 0
	ds_read2_b32 v[50:51], v5 offset1:16
	v_cndmask_b32_e32 v4, v104, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_xad_u32 v5, v6, 32, 0
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	ds_read2_b32 v[52:53], v5 offset1:16
	v_xad_u32 v5, v6, 24, 0
	v_cndmask_b32_e32 v4, v99, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	ds_read2_b32 v[54:55], v5 offset1:16
	v_xad_u32 v5, v6, 16, 0
	v_cndmask_b32_e32 v4, v94, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	ds_read2_b32 v[56:57], v5 offset1:16
	v_lshrrev_b32_e32 v171, 8, v2
	v_cndmask_b32_e32 v4, v93, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	v_lshlrev_b16_sdwa v172, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	s_waitcnt lgkmcnt(0)
	v_and_b32_e32 v7, 0x7f, v57
	v_cndmask_b32_e32 v4, v88, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	v_lshlrev_b16_sdwa v191, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v173, v114, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v4, v73, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	v_lshlrev_b16_sdwa v192, v113, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v177, v2, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v4, v68, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_sdwa v176, v2, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v142, 8, v57
	v_cndmask_b32_e32 v3, v67, v4, vcc
	v_or_b32_e32 v129, v3, v1
	v_lshlrev_b16_e32 v3, 7, v51
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v4, 0x7f, v51
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v4
	v_lshlrev_b16_e32 v1, 8, v51
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	v_lshlrev_b16_sdwa v143, v114, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v183, v113, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	v_lshlrev_b16_sdwa v144, v114, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v184, v113, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	v_and_b32_sdwa v147, v57, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v146, v57, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	v_lshrrev_b32_e32 v194, 8, v56
	v_lshrrev_b32_e32 v139, 8, v51
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	v_lshlrev_b16_sdwa v180, v113, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v210, v113, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	v_lshlrev_b16_sdwa v211, v113, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v214, v113, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	v_lshlrev_b16_sdwa v212, v113, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v213, v113, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v53
	v_lshlrev_b16_sdwa v215, v113, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_or_b32_e32 v136, v3, v1
	v_lshlrev_b16_e32 v3, 7, v53
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v4
	v_lshlrev_b16_e32 v1, 8, v53
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	v_lshlrev_b16_sdwa v216, v113, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v178, 0x3f80, v178
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	v_and_b32_e32 v179, 0x3f80, v179
	v_lshlrev_b16_e32 v224, 7, v133
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	v_add_u16_e32 v178, 0x2000, v178
	v_and_b32_e32 v224, 0x3f80, v224
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	v_add_u16_e32 v179, 0x2000, v179
	v_add_u16_e32 v224, 0x2000, v224
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	v_lshlrev_b16_sdwa v217, v113, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v218, v113, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	v_lshlrev_b16_sdwa v219, v113, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v220, v113, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	v_and_b32_sdwa v209, v55, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v208, v55, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v55
	v_and_b32_e32 v183, 0x3f80, v183
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_or_b32_e32 v140, v3, v1
	v_lshlrev_b16_e32 v3, 7, v55
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v4
	v_lshlrev_b16_e32 v1, 8, v55
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	v_and_b32_e32 v184, 0x3f80, v184
	v_lshlrev_b16_e32 v231, 7, v142
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	v_add_u16_e32 v183, 0x2000, v183
	v_and_b32_e32 v231, 0x3f80, v231
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	v_add_u16_e32 v184, 0x2000, v184
	v_add_u16_e32 v231, 0x2000, v231
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	v_and_b32_e32 v162, 0x3f80, v162
	v_add_u16_e32 v162, 0x2000, v162
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	v_and_b32_sdwa v207, v54, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v206, v54, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	v_lshlrev_b16_e32 v221, 7, v54
	v_lshlrev_b16_e32 v205, 8, v54
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	v_and_b32_e32 v221, 0x3f80, v221
	v_add_u16_e32 v221, 0x2000, v221
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_xad_u32 v4, v6, 8, 0
	ds_read2_b32 v[4:5], v4 offset1:16
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_or_b32_e32 v141, v3, v1
	v_lshlrev_b16_e32 v3, 7, v57
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v7
	v_lshlrev_b16_e32 v1, 8, v57
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v148, 8, v5
	v_lshlrev_b16_sdwa v149, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	v_lshlrev_b16_sdwa v185, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v150, v114, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	v_lshlrev_b16_sdwa v186, v113, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v155, v5, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	v_and_b32_sdwa v154, v5, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u32_e32 v6, 0, v6
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	v_and_b32_sdwa v196, v4, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v197, v4, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	v_lshlrev_b16_e32 v195, 7, v4
	v_lshlrev_b16_sdwa v57, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	v_lshlrev_b16_e32 v193, 8, v4
	v_and_b32_e32 v195, 0x3f80, v195
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v7
	ds_read2_b32 v[6:7], v6 offset1:16
	v_add_u16_e32 v195, 0x2000, v195
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_or_b32_e32 v145, v3, v1
	v_lshlrev_b16_e32 v3, 7, v5
	v_lshlrev_b16_e32 v1, 8, v5
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v5
	v_and_b32_e32 v1, 0xffff8000, v1
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v158, 8, v7
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	v_lshlrev_b16_sdwa v159, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v187, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	v_lshlrev_b16_sdwa v160, v114, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v188, v113, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	v_and_b32_sdwa v164, v7, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v163, v7, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	v_and_b32_sdwa v199, v6, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v200, v6, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	v_lshlrev_b16_e32 v198, 7, v6
	v_and_b32_e32 v198, 0x3f80, v198
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	v_add_u16_e32 v198, 0x2000, v198
	v_and_b32_e32 v57, 0xffff8000, v57
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	v_and_b32_e32 v172, 0xffff8000, v172
	v_and_b32_e32 v173, 0xffff8000, v173
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0x7f, v7
	v_and_b32_e32 v166, 0xffff8000, v166
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_or_b32_e32 v151, v3, v1
	v_lshlrev_b16_e32 v3, 7, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v5
	v_lshlrev_b16_e32 v1, 8, v7
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	v_and_b32_e32 v167, 0xffff8000, v167
	v_and_b32_e32 v159, 0xffff8000, v159
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	v_and_b32_e32 v160, 0xffff8000, v160
	v_and_b32_e32 v149, 0xffff8000, v149
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	v_and_b32_e32 v150, 0xffff8000, v150
	v_and_b32_e32 v143, 0xffff8000, v143
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	v_and_b32_e32 v144, 0xffff8000, v144
	s_nop 0
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_or_b32_e32 v161, v3, v1
	v_lshlrev_b16_e32 v3, 7, v0
	v_lshlrev_b16_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v67, v3, vcc
	v_or_b32_e32 v168, v0, v1
	v_lshlrev_b16_e32 v1, 7, v2
	v_lshlrev_b16_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s1, v2
	v_and_b32_e32 v0, 0xffff8000, v0
	v_lshlrev_b16_sdwa v3, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v1, v104, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v99, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v94, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v93, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v88, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v73, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v68, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_lshlrev_b16_sdwa v2, v114, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e32 v1, v67, v1, vcc
	v_or_b32_e32 v175, v1, v0
	v_lshlrev_b16_sdwa v1, v113, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v0, 8, v4
	v_and_b32_e32 v1, 0x3f80, v1
	v_lshlrev_b16_e32 v7, 7, v0
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s1, v196
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v0, 0x7f, v0
	v_cndmask_b32_e32 v1, v104, v1, vcc
	v_cmp_ne_u16_e32 vcc, s1, v197
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	v_and_b32_e32 v5, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v7, v104, v7, vcc
	v_cmp_ne_u16_e32 vcc, s1, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v104, v195, vcc
	v_cmp_ne_u16_e32 vcc, 0, v196
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v197
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v195, 0, v195, vcc
	v_cmp_ne_u16_e32 vcc, 1, v196
	s_nop 1
	v_cndmask_b32_e32 v1, v99, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v197
	s_nop 1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v99, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v99, v195, vcc
	v_cmp_ne_u16_e32 vcc, 2, v196
	s_nop 1
	v_cndmask_b32_e32 v1, v94, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v197
	s_nop 1
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v94, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v94, v195, vcc
	v_cmp_ne_u16_e32 vcc, 3, v196
	s_nop 1
	v_cndmask_b32_e32 v1, v93, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v197
	s_nop 1
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v93, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v93, v195, vcc
	v_cmp_ne_u16_e32 vcc, 4, v196
	s_nop 1
	v_cndmask_b32_e32 v1, v88, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v197
	s_nop 1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v88, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v88, v195, vcc
	v_cmp_ne_u16_e32 vcc, 5, v196
	s_nop 1
	v_cndmask_b32_e32 v1, v73, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v197
	s_nop 1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v73, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v73, v195, vcc
	v_cmp_ne_u16_e32 vcc, 6, v196
	s_nop 1
	v_cndmask_b32_e32 v1, v68, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v197
	s_nop 1
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v68, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v195, v68, v195, vcc
	v_cmp_ne_u16_e32 vcc, 7, v197
	v_lshlrev_b16_sdwa v197, v114, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v197, 0xffff8000, v197
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v204, v3, v2
	v_lshlrev_b16_sdwa v3, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v67, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v7, 0xffff8000, v193
	v_lshlrev_b16_sdwa v2, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v67, v195, vcc
	v_cmp_ne_u16_e32 vcc, 7, v196
	v_or_b32_e32 v195, v0, v5
	v_lshlrev_b16_sdwa v5, v113, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v196, v67, v1, vcc
	v_and_b32_e32 v1, 0x3f80, v3
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s1, v199
	v_and_b32_e32 v3, 0x3f80, v5
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e32 v1, v104, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v199
	v_lshrrev_b32_e32 v0, 8, v6
	v_lshlrev_b16_e32 v201, 7, v0
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v199
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v201, 0x3f80, v201
	v_cndmask_b32_e32 v1, v99, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v199
	v_and_b32_e32 v0, 0x7f, v0
	v_or_b32_e32 v193, v4, v7
	v_cndmask_b32_e32 v1, v94, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v199
	v_lshlrev_b16_sdwa v4, v114, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v6
	v_cndmask_b32_e32 v1, v93, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v199
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v201, 0x2000, v201
	v_cndmask_b32_e32 v1, v88, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v199
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e32 v1, v73, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v199
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v1, v68, v1, vcc
	v_cmp_ne_u16_e32 vcc, s1, v200
	v_or_b32_e32 v57, v196, v57
	v_lshlrev_b16_sdwa v196, v113, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v104, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v200
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v200
	s_nop 1
	v_cndmask_b32_e32 v3, v99, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v200
	s_nop 1
	v_cndmask_b32_e32 v3, v94, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v200
	s_nop 1
	v_cndmask_b32_e32 v3, v93, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v200
	s_nop 1
	v_cndmask_b32_e32 v3, v88, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v200
	s_nop 1
	v_cndmask_b32_e32 v3, v73, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v200
	s_nop 1
	v_cndmask_b32_e32 v3, v68, v3, vcc
	v_cmp_ne_u16_e32 vcc, s1, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v104, v201, vcc
	v_cmp_ne_u16_e32 vcc, s1, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v104, v198, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v201, 0, v201, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v198, 0, v198, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v99, v201, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v99, v198, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v94, v201, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v94, v198, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v93, v201, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v93, v198, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v88, v201, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v88, v198, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v73, v201, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v73, v198, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v201, v68, v201, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v198, v68, v198, vcc
	v_cmp_ne_u16_e32 vcc, 7, v199
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v199, v15, v14, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v1, v67, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v200
	v_or_b32_e32 v1, v1, v2
	s_nop 0
	v_cndmask_b32_e32 v3, v67, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v3, v3, v4
	s_nop 0
	v_cndmask_b32_e32 v0, v67, v201, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_or_b32_e32 v0, v0, v5
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v201, v1, v3, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v6, v67, v198, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v198, v13, v12, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v6, v6, v7
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v200, v0, v6, s4
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[198:199], v[200:201], 0
	v_perm_b32 v199, v57, v204, s4
	v_perm_b32 v198, v195, v193, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v195, v114, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v57, v113, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v200, v56, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v201, v56, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s1, v200
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[202:203], v[198:199], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v198, 8, v56
	v_lshlrev_b16_e32 v199, 7, v56
	v_and_b32_e32 v202, 0x7f, v56
	v_and_b32_e32 v56, 0x3f80, v196
	v_add_u16_e32 v56, 0x2000, v56
	v_cndmask_b32_e32 v56, v104, v56, vcc
	v_cmp_ne_u16_e32 vcc, 0, v200
	v_and_b32_e32 v196, 0x3f80, v57
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v57, v182, v181, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v56, 0, v56, vcc
	v_cmp_ne_u16_e32 vcc, 1, v200
	v_and_b32_e32 v182, 0x7f, v194
	v_and_b32_e32 v181, 0x3f80, v199
	v_cndmask_b32_e32 v56, v99, v56, vcc
	v_cmp_ne_u16_e32 vcc, 2, v200
	v_add_u16_e32 v181, 0x2000, v181
	v_and_b32_e32 v195, 0xffff8000, v195
	v_cndmask_b32_e32 v56, v94, v56, vcc
	v_cmp_ne_u16_e32 vcc, 3, v200
	v_and_b32_sdwa v193, v51, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v204, v53, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v56, v93, v56, vcc
	v_cmp_ne_u16_e32 vcc, 4, v200
	v_lshrrev_b32_e32 v113, 8, v55
	s_nop 0
	v_cndmask_b32_e32 v56, v88, v56, vcc
	v_cmp_ne_u16_e32 vcc, 5, v200
	s_nop 1
	v_cndmask_b32_e32 v56, v73, v56, vcc
	v_cmp_ne_u16_e32 vcc, 6, v200
	s_nop 1
	v_cndmask_b32_e32 v203, v68, v56, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v56, v59, v58, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v59, 0x2000, v196
	v_cmp_ne_u16_e32 vcc, s1, v201
	v_lshlrev_b16_e32 v58, 7, v194
	v_and_b32_e32 v58, 0x3f80, v58
	v_cndmask_b32_e32 v59, v104, v59, vcc
	v_cmp_ne_u16_e32 vcc, 0, v201
	v_add_u16_e32 v58, 0x2000, v58
	v_lshlrev_b16_e32 v194, 8, v194
	v_cndmask_b32_e32 v59, 0, v59, vcc
	v_cmp_ne_u16_e32 vcc, 1, v201
	v_and_b32_e32 v194, 0xffff8000, v194
	v_and_b32_sdwa v196, v51, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v59, v99, v59, vcc
	v_cmp_ne_u16_e32 vcc, s1, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v104, v58, vcc
	v_cmp_ne_u16_e32 vcc, 0, v182
	s_nop 1
	v_cndmask_b32_e32 v58, 0, v58, vcc
	v_cmp_ne_u16_e32 vcc, 1, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v99, v58, vcc
	v_cmp_ne_u16_e32 vcc, 2, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v94, v58, vcc
	v_cmp_ne_u16_e32 vcc, 3, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v93, v58, vcc
	v_cmp_ne_u16_e32 vcc, 4, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v88, v58, vcc
	v_cmp_ne_u16_e32 vcc, 5, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v73, v58, vcc
	v_cmp_ne_u16_e32 vcc, 6, v182
	s_nop 1
	v_cndmask_b32_e32 v58, v68, v58, vcc
	v_cmp_ne_u16_e32 vcc, s1, v202
	s_nop 1
	v_cndmask_b32_e32 v181, v104, v181, vcc
	v_cmp_ne_u16_e32 vcc, 0, v202
	s_nop 1
	v_cndmask_b32_e32 v181, 0, v181, vcc
	v_cmp_ne_u16_e32 vcc, 1, v202
	s_nop 1
	v_cndmask_b32_e32 v181, v99, v181, vcc
	v_cmp_ne_u16_e32 vcc, 2, v202
	s_nop 1
	v_cndmask_b32_e32 v199, v94, v181, vcc
	v_cmp_ne_u16_e32 vcc, 3, v202
	v_lshrrev_b32_e32 v181, 8, v53
	s_nop 0
	v_cndmask_b32_e32 v199, v93, v199, vcc
	v_cmp_ne_u16_e32 vcc, 4, v202
	s_nop 1
	v_cndmask_b32_e32 v199, v88, v199, vcc
	v_cmp_ne_u16_e32 vcc, 5, v202
	s_nop 1
	v_cndmask_b32_e32 v199, v73, v199, vcc
	v_cmp_ne_u16_e32 vcc, 6, v202
	s_nop 1
	v_cndmask_b32_e32 v199, v68, v199, vcc
	v_cmp_ne_u16_e32 vcc, 7, v202
	v_and_b32_sdwa v202, v52, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v199, v67, v199, vcc
	v_cmp_ne_u16_e32 vcc, 7, v182
	v_and_b32_e32 v182, 0xffff8000, v198
	v_or_b32_e32 v182, v199, v182
	v_cndmask_b32_e32 v58, v67, v58, vcc
	v_cmp_ne_u16_e32 vcc, 2, v201
	v_or_b32_e32 v58, v58, v194
	v_lshlrev_b16_sdwa v194, v114, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v59, v94, v59, vcc
	v_cmp_ne_u16_e32 vcc, 3, v201
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v58, v58, v182, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v198, 7, v50
	v_cndmask_b32_e32 v59, v93, v59, vcc
	v_cmp_ne_u16_e32 vcc, 4, v201
	v_lshlrev_b16_sdwa v182, v114, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_e32 v199, 7, v52
	v_cndmask_b32_e32 v59, v88, v59, vcc
	v_cmp_ne_u16_e32 vcc, 5, v201
	v_and_b32_e32 v199, 0x3f80, v199
	v_add_u16_e32 v199, 0x2000, v199
	v_cndmask_b32_e32 v59, v73, v59, vcc
	v_cmp_ne_u16_e32 vcc, 6, v201
	v_and_b32_e32 v182, 0xffff8000, v182
	s_nop 0
	v_cndmask_b32_e32 v59, v68, v59, vcc
	v_cmp_ne_u16_e32 vcc, 7, v201
	v_and_b32_sdwa v201, v52, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v59, v67, v59, vcc
	v_cmp_ne_u16_e32 vcc, 7, v200
	v_or_b32_e32 v59, v59, v195
	v_lshlrev_b16_sdwa v195, v114, v51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v51, v67, v203, vcc
	v_or_b32_e32 v197, v51, v197
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v59, v197, v59, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v51, 8, v50
	v_and_b32_sdwa v197, v50, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[56:57], v[58:59], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v58, v114, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v59, 8, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v57, v157, v156, s4
	v_perm_b32 v56, v153, v152, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v157, v50, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v50, 0x7f, v50
	v_and_b32_e32 v152, 0x3f80, v198
	v_add_u16_e32 v152, 0x2000, v152
	v_cmp_ne_u16_e32 vcc, s1, v50
	v_and_b32_e32 v59, 0xffff8000, v59
	v_and_b32_sdwa v203, v53, s1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v152, v104, v152, vcc
	v_cmp_ne_u16_e32 vcc, 0, v50
	v_lshlrev_b16_sdwa v153, v114, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v156, v114, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v152, 0, v152, vcc
	v_cmp_ne_u16_e32 vcc, 1, v50
	v_lshrrev_b32_e32 v53, 8, v52
	v_lshlrev_b16_e32 v198, 8, v52
	v_cndmask_b32_e32 v152, v99, v152, vcc
	v_cmp_ne_u16_e32 vcc, 2, v50
	v_lshlrev_b16_sdwa v200, v114, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v198, 0xffff8000, v198
	v_cndmask_b32_e32 v152, v94, v152, vcc
	v_cmp_ne_u16_e32 vcc, 3, v50
	v_and_b32_e32 v58, 0xffff8000, v58
	v_and_b32_e32 v153, 0xffff8000, v153
	v_cndmask_b32_e32 v152, v93, v152, vcc
	v_cmp_ne_u16_e32 vcc, 4, v50
	v_and_b32_e32 v156, 0xffff8000, v156
	s_nop 0
	v_cndmask_b32_e32 v152, v88, v152, vcc
	v_cmp_ne_u16_e32 vcc, 5, v50
	s_nop 1
	v_cndmask_b32_e32 v152, v73, v152, vcc
	v_cmp_ne_u16_e32 vcc, 6, v50
	s_nop 1
	v_cndmask_b32_e32 v152, v68, v152, vcc
	v_cmp_ne_u16_e32 vcc, 7, v50
	s_nop 1
	v_cndmask_b32_e32 v50, v67, v152, vcc
	v_or_b32_e32 v50, v50, v59
	v_lshlrev_b16_sdwa v59, v114, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v152, v114, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v52, 0x7f, v52
	v_cmp_ne_u16_e32 vcc, s1, v52
	v_and_b32_e32 v59, 0xffff8000, v59
	v_and_b32_e32 v152, 0xffff8000, v152
	v_cndmask_b32_e32 v199, v104, v199, vcc
	v_cmp_ne_u16_e32 vcc, 0, v52
	s_nop 1
	v_cndmask_b32_e32 v199, 0, v199, vcc
	v_cmp_ne_u16_e32 vcc, 1, v52
	s_nop 1
	v_cndmask_b32_e32 v199, v99, v199, vcc
	v_cmp_ne_u16_e32 vcc, 2, v52
	s_nop 1
	v_cndmask_b32_e32 v199, v94, v199, vcc
	v_cmp_ne_u16_e32 vcc, 3, v52
	s_nop 1
	v_cndmask_b32_e32 v199, v93, v199, vcc
	v_cmp_ne_u16_e32 vcc, 4, v52
	s_nop 1
	v_cndmask_b32_e32 v199, v88, v199, vcc
	v_cmp_ne_u16_e32 vcc, 5, v52
	s_nop 1
	v_cndmask_b32_e32 v199, v73, v199, vcc
	v_cmp_ne_u16_e32 vcc, 6, v52
	s_nop 1
	v_cndmask_b32_e32 v199, v68, v199, vcc
	v_cmp_ne_u16_e32 vcc, 7, v52
	s_nop 1
	v_cndmask_b32_e32 v52, v67, v199, vcc
	v_cmp_ne_u16_e32 vcc, s1, v131
	v_lshlrev_b16_sdwa v199, v114, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v55, 8, v54
	v_cndmask_b32_e32 v223, v104, v174, vcc
	v_cmp_ne_u16_e32 vcc, s1, v130
	v_and_b32_e32 v174, 0x7f, v133
	v_or_b32_e32 v52, v52, v198
	v_cndmask_b32_e32 v222, v104, v222, vcc
	v_cmp_ne_u16_e32 vcc, s1, v138
	v_lshlrev_b16_sdwa v198, v114, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v114, v114, v54 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v225, v104, v178, vcc
	v_cmp_ne_u16_e32 vcc, s1, v137
	v_and_b32_e32 v178, 0x3f80, v180
	v_lshlrev_b16_e32 v180, 7, v139
	v_cndmask_b32_e32 v226, v104, v179, vcc
	v_cmp_ne_u16_e32 vcc, s1, v174
	v_and_b32_e32 v179, 0x3f80, v210
	v_add_u16_e32 v178, 0x2000, v178
	v_cndmask_b32_e32 v224, v104, v224, vcc
	v_cmp_ne_u16_e32 vcc, s1, v193
	v_and_b32_e32 v180, 0x3f80, v180
	v_add_u16_e32 v179, 0x2000, v179
	v_cndmask_b32_e32 v210, v104, v178, vcc
	v_cmp_ne_u16_e32 vcc, s1, v196
	v_and_b32_e32 v178, 0x7f, v139
	v_add_u16_e32 v180, 0x2000, v180
	v_cndmask_b32_e32 v227, v104, v179, vcc
	v_cmp_ne_u16_e32 vcc, s1, v178
	v_and_b32_e32 v179, 0x3f80, v212
	v_lshlrev_b16_e32 v212, 7, v181
	v_cndmask_b32_e32 v228, v104, v180, vcc
	v_and_b32_e32 v180, 0x3f80, v213
	v_add_u16_e32 v179, 0x2000, v179
	v_cmp_ne_u16_e32 vcc, s1, v203
	v_and_b32_e32 v212, 0x3f80, v212
	v_add_u16_e32 v180, 0x2000, v180
	v_cndmask_b32_e32 v213, v104, v179, vcc
	v_cmp_ne_u16_e32 vcc, s1, v204
	v_and_b32_e32 v179, 0x7f, v181
	v_add_u16_e32 v212, 0x2000, v212
	v_cndmask_b32_e32 v229, v104, v180, vcc
	v_cmp_ne_u16_e32 vcc, s1, v179
	v_and_b32_e32 v180, 0x3f80, v217
	v_and_b32_e32 v217, 0x3f80, v218
	v_cndmask_b32_e32 v212, v104, v212, vcc
	v_lshlrev_b16_e32 v218, 7, v113
	v_add_u16_e32 v180, 0x2000, v180
	v_cmp_ne_u16_e32 vcc, s1, v209
	v_and_b32_e32 v218, 0x3f80, v218
	v_add_u16_e32 v217, 0x2000, v217
	v_cndmask_b32_e32 v230, v104, v180, vcc
	v_cmp_ne_u16_e32 vcc, s1, v208
	v_and_b32_e32 v180, 0x7f, v113
	v_add_u16_e32 v218, 0x2000, v218
	v_cndmask_b32_e32 v217, v104, v217, vcc
	v_cmp_ne_u16_e32 vcc, s1, v180
	v_and_b32_e32 v54, 0x7f, v54
	v_and_b32_e32 v114, 0xffff8000, v114
	v_cndmask_b32_e32 v218, v104, v218, vcc
	v_cmp_ne_u16_e32 vcc, s1, v147
	v_lshlrev_b16_e32 v113, 8, v113
	v_and_b32_e32 v113, 0xffff8000, v113
	v_cndmask_b32_e32 v232, v104, v183, vcc
	v_cmp_ne_u16_e32 vcc, s1, v146
	v_and_b32_e32 v183, 0x7f, v142
	v_lshlrev_b16_e32 v142, 8, v142
	v_cndmask_b32_e32 v233, v104, v184, vcc
	v_cmp_ne_u16_e32 vcc, s1, v183
	v_and_b32_e32 v184, 0x3f80, v185
	v_and_b32_e32 v185, 0x3f80, v186
	v_cndmask_b32_e32 v231, v104, v231, vcc
	v_lshlrev_b16_e32 v186, 7, v148
	v_add_u16_e32 v184, 0x2000, v184
	v_cmp_ne_u16_e32 vcc, s1, v155
	v_and_b32_e32 v186, 0x3f80, v186
	v_add_u16_e32 v185, 0x2000, v185
	v_cndmask_b32_e32 v234, v104, v184, vcc
	v_cmp_ne_u16_e32 vcc, s1, v154
	v_and_b32_e32 v184, 0x7f, v148
	v_add_u16_e32 v186, 0x2000, v186
	v_cndmask_b32_e32 v235, v104, v185, vcc
	v_cmp_ne_u16_e32 vcc, s1, v184
	v_and_b32_e32 v185, 0x3f80, v187
	v_lshlrev_b16_e32 v187, 7, v158
	v_cndmask_b32_e32 v236, v104, v186, vcc
	v_and_b32_e32 v186, 0x3f80, v188
	v_add_u16_e32 v185, 0x2000, v185
	v_cmp_ne_u16_e32 vcc, s1, v164
	v_and_b32_e32 v187, 0x3f80, v187
	v_add_u16_e32 v186, 0x2000, v186
	v_cndmask_b32_e32 v237, v104, v185, vcc
	v_cmp_ne_u16_e32 vcc, s1, v163
	v_and_b32_e32 v185, 0x7f, v158
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e32 v238, v104, v186, vcc
	v_cmp_ne_u16_e32 vcc, s1, v185
	v_and_b32_e32 v186, 0x3f80, v189
	v_lshlrev_b16_e32 v188, 7, v165
	v_cndmask_b32_e32 v239, v104, v187, vcc
	v_and_b32_e32 v187, 0x3f80, v190
	v_add_u16_e32 v186, 0x2000, v186
	v_cmp_ne_u16_e32 vcc, s1, v170
	v_and_b32_e32 v188, 0x3f80, v188
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e32 v190, v104, v186, vcc
	v_cmp_ne_u16_e32 vcc, s1, v169
	v_and_b32_e32 v186, 0x7f, v165
	v_add_u16_e32 v188, 0x2000, v188
	v_cndmask_b32_e32 v240, v104, v187, vcc
	v_cmp_ne_u16_e32 vcc, s1, v186
	v_and_b32_e32 v187, 0x3f80, v191
	v_lshlrev_b16_e32 v189, 7, v171
	v_cndmask_b32_e32 v241, v104, v188, vcc
	v_and_b32_e32 v188, 0x3f80, v192
	v_add_u16_e32 v187, 0x2000, v187
	v_cmp_ne_u16_e32 vcc, s1, v177
	v_and_b32_e32 v189, 0x3f80, v189
	v_add_u16_e32 v188, 0x2000, v188
	v_cndmask_b32_e32 v191, v104, v187, vcc
	v_cmp_ne_u16_e32 vcc, s1, v176
	v_and_b32_e32 v187, 0x7f, v171
	v_add_u16_e32 v189, 0x2000, v189
	v_cndmask_b32_e32 v192, v104, v188, vcc
	v_cmp_ne_u16_e32 vcc, s1, v187
	v_and_b32_e32 v188, 0x3f80, v211
	v_add_u16_e32 v188, 0x2000, v188
	v_cndmask_b32_e32 v242, v104, v189, vcc
	v_cmp_ne_u16_e32 vcc, s1, v197
	v_lshlrev_b16_e32 v171, 8, v171
	v_and_b32_e32 v171, 0xffff8000, v171
	v_cndmask_b32_e32 v211, v104, v188, vcc
	v_and_b32_e32 v188, 0x3f80, v214
	v_add_u16_e32 v188, 0x2000, v188
	v_cmp_ne_u16_e32 vcc, s1, v157
	v_lshlrev_b16_e32 v165, 8, v165
	v_and_b32_e32 v165, 0xffff8000, v165
	v_cndmask_b32_e32 v214, v104, v188, vcc
	v_lshlrev_b16_e32 v188, 7, v51
	v_and_b32_e32 v188, 0x3f80, v188
	v_add_u16_e32 v189, 0x2000, v188
	v_and_b32_e32 v188, 0x7f, v51
	v_cmp_ne_u16_e32 vcc, s1, v188
	v_lshlrev_b16_e32 v51, 8, v51
	v_and_b32_e32 v51, 0xffff8000, v51
	v_cndmask_b32_e32 v243, v104, v189, vcc
	v_and_b32_e32 v189, 0x3f80, v215
	v_add_u16_e32 v189, 0x2000, v189
	v_cmp_ne_u16_e32 vcc, s1, v202
	v_lshlrev_b16_e32 v158, 8, v158
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v215, v104, v189, vcc
	v_and_b32_e32 v189, 0x3f80, v216
	v_add_u16_e32 v189, 0x2000, v189
	v_cmp_ne_u16_e32 vcc, s1, v201
	v_lshlrev_b16_e32 v148, 8, v148
	v_and_b32_e32 v148, 0xffff8000, v148
	v_cndmask_b32_e32 v216, v104, v189, vcc
	v_lshlrev_b16_e32 v189, 7, v53
	v_and_b32_e32 v189, 0x3f80, v189
	v_add_u16_e32 v244, 0x2000, v189
	v_and_b32_e32 v189, 0x7f, v53
	v_cmp_ne_u16_e32 vcc, s1, v189
	v_lshlrev_b16_e32 v53, 8, v53
	v_and_b32_e32 v53, 0xffff8000, v53
	v_cndmask_b32_e32 v244, v104, v244, vcc
	v_cmp_ne_u16_e32 vcc, s1, v132
	v_and_b32_e32 v142, 0xffff8000, v142
	v_lshlrev_b16_e32 v181, 8, v181
	v_cndmask_b32_e32 v245, v104, v162, vcc
	v_and_b32_e32 v162, 0x3f80, v219
	v_and_b32_e32 v219, 0x3f80, v220
	v_lshlrev_b16_e32 v220, 7, v55
	v_add_u16_e32 v162, 0x2000, v162
	v_cmp_ne_u16_e32 vcc, s1, v207
	v_and_b32_e32 v220, 0x3f80, v220
	v_add_u16_e32 v219, 0x2000, v219
	v_cndmask_b32_e32 v246, v104, v162, vcc
	v_cmp_ne_u16_e32 vcc, s1, v206
	v_and_b32_e32 v162, 0x7f, v55
	v_add_u16_e32 v220, 0x2000, v220
	v_cndmask_b32_e32 v219, v104, v219, vcc
	v_cmp_ne_u16_e32 vcc, s1, v162
	v_lshlrev_b16_e32 v55, 8, v55
	v_and_b32_e32 v55, 0xffff8000, v55
	v_cndmask_b32_e32 v220, v104, v220, vcc
	v_cmp_ne_u16_e32 vcc, s1, v54
	v_and_b32_e32 v181, 0xffff8000, v181
	s_nop 0
	v_cndmask_b32_e32 v104, v104, v221, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	s_nop 1
	v_cndmask_b32_e32 v221, 0, v223, vcc
	v_cmp_ne_u16_e32 vcc, 0, v130
	s_nop 1
	v_cndmask_b32_e32 v222, 0, v222, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v221, v99, v221, vcc
	v_cmp_ne_u16_e32 vcc, 1, v130
	s_nop 1
	v_cndmask_b32_e32 v222, v99, v222, vcc
	v_cmp_ne_u16_e32 vcc, 0, v138
	s_nop 1
	v_cndmask_b32_e32 v223, 0, v225, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v225, 0, v226, vcc
	v_cmp_ne_u16_e32 vcc, 0, v174
	s_nop 1
	v_cndmask_b32_e32 v224, 0, v224, vcc
	v_cmp_ne_u16_e32 vcc, 1, v138
	s_nop 1
	v_cndmask_b32_e32 v223, v99, v223, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v225, v99, v225, vcc
	v_cmp_ne_u16_e32 vcc, 1, v174
	s_nop 1
	v_cndmask_b32_e32 v224, v99, v224, vcc
	v_cmp_ne_u16_e32 vcc, 0, v193
	s_nop 1
	v_cndmask_b32_e32 v210, 0, v210, vcc
	v_cmp_ne_u16_e32 vcc, 0, v196
	s_nop 1
	v_cndmask_b32_e32 v226, 0, v227, vcc
	v_cmp_ne_u16_e32 vcc, 0, v178
	s_nop 1
	v_cndmask_b32_e32 v227, 0, v228, vcc
	v_cmp_ne_u16_e32 vcc, 1, v193
	s_nop 1
	v_cndmask_b32_e32 v210, v99, v210, vcc
	v_cmp_ne_u16_e32 vcc, 1, v196
	s_nop 1
	v_cndmask_b32_e32 v226, v99, v226, vcc
	v_cmp_ne_u16_e32 vcc, 1, v178
	s_nop 1
	v_cndmask_b32_e32 v227, v99, v227, vcc
	v_cmp_ne_u16_e32 vcc, 0, v203
	s_nop 1
	v_cndmask_b32_e32 v213, 0, v213, vcc
	v_cmp_ne_u16_e32 vcc, 0, v204
	s_nop 1
	v_cndmask_b32_e32 v228, 0, v229, vcc
	v_cmp_ne_u16_e32 vcc, 0, v179
	s_nop 1
	v_cndmask_b32_e32 v212, 0, v212, vcc
	v_cmp_ne_u16_e32 vcc, 1, v203
	s_nop 1
	v_cndmask_b32_e32 v213, v99, v213, vcc
	v_cmp_ne_u16_e32 vcc, 1, v204
	s_nop 1
	v_cndmask_b32_e32 v228, v99, v228, vcc
	v_cmp_ne_u16_e32 vcc, 1, v179
	s_nop 1
	v_cndmask_b32_e32 v212, v99, v212, vcc
	v_cmp_ne_u16_e32 vcc, 0, v209
	s_nop 1
	v_cndmask_b32_e32 v229, 0, v230, vcc
	v_cmp_ne_u16_e32 vcc, 0, v208
	s_nop 1
	v_cndmask_b32_e32 v217, 0, v217, vcc
	v_cmp_ne_u16_e32 vcc, 0, v180
	s_nop 1
	v_cndmask_b32_e32 v218, 0, v218, vcc
	v_cmp_ne_u16_e32 vcc, 1, v209
	s_nop 1
	v_cndmask_b32_e32 v229, v99, v229, vcc
	v_cmp_ne_u16_e32 vcc, 1, v208
	s_nop 1
	v_cndmask_b32_e32 v217, v99, v217, vcc
	v_cmp_ne_u16_e32 vcc, 1, v180
	s_nop 1
	v_cndmask_b32_e32 v218, v99, v218, vcc
	v_cmp_ne_u16_e32 vcc, 0, v147
	s_nop 1
	v_cndmask_b32_e32 v230, 0, v232, vcc
	v_cmp_ne_u16_e32 vcc, 0, v146
	s_nop 1
	v_cndmask_b32_e32 v232, 0, v233, vcc
	v_cmp_ne_u16_e32 vcc, 0, v183
	s_nop 1
	v_cndmask_b32_e32 v231, 0, v231, vcc
	v_cmp_ne_u16_e32 vcc, 1, v147
	s_nop 1
	v_cndmask_b32_e32 v230, v99, v230, vcc
	v_cmp_ne_u16_e32 vcc, 1, v146
	s_nop 1
	v_cndmask_b32_e32 v232, v99, v232, vcc
	v_cmp_ne_u16_e32 vcc, 1, v183
	s_nop 1
	v_cndmask_b32_e32 v231, v99, v231, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	s_nop 1
	v_cndmask_b32_e32 v233, 0, v234, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v234, 0, v235, vcc
	v_cmp_ne_u16_e32 vcc, 0, v184
	s_nop 1
	v_cndmask_b32_e32 v235, 0, v236, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v233, v99, v233, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v234, v99, v234, vcc
	v_cmp_ne_u16_e32 vcc, 1, v184
	s_nop 1
	v_cndmask_b32_e32 v235, v99, v235, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v236, 0, v237, vcc
	v_cmp_ne_u16_e32 vcc, 0, v163
	s_nop 1
	v_cndmask_b32_e32 v237, 0, v238, vcc
	v_cmp_ne_u16_e32 vcc, 0, v185
	s_nop 1
	v_cndmask_b32_e32 v238, 0, v239, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v236, v99, v236, vcc
	v_cmp_ne_u16_e32 vcc, 1, v163
	s_nop 1
	v_cndmask_b32_e32 v237, v99, v237, vcc
	v_cmp_ne_u16_e32 vcc, 1, v185
	s_nop 1
	v_cndmask_b32_e32 v238, v99, v238, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	s_nop 1
	v_cndmask_b32_e32 v190, 0, v190, vcc
	v_cmp_ne_u16_e32 vcc, 0, v169
	s_nop 1
	v_cndmask_b32_e32 v239, 0, v240, vcc
	v_cmp_ne_u16_e32 vcc, 0, v186
	s_nop 1
	v_cndmask_b32_e32 v240, 0, v241, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v190, v99, v190, vcc
	v_cmp_ne_u16_e32 vcc, 1, v169
	s_nop 1
	v_cndmask_b32_e32 v239, v99, v239, vcc
	v_cmp_ne_u16_e32 vcc, 1, v186
	s_nop 1
	v_cndmask_b32_e32 v240, v99, v240, vcc
	v_cmp_ne_u16_e32 vcc, 0, v177
	s_nop 1
	v_cndmask_b32_e32 v191, 0, v191, vcc
	v_cmp_ne_u16_e32 vcc, 0, v176
	s_nop 1
	v_cndmask_b32_e32 v192, 0, v192, vcc
	v_cmp_ne_u16_e32 vcc, 0, v187
	s_nop 1
	v_cndmask_b32_e32 v241, 0, v242, vcc
	v_cmp_ne_u16_e32 vcc, 1, v177
	s_nop 1
	v_cndmask_b32_e32 v191, v99, v191, vcc
	v_cmp_ne_u16_e32 vcc, 1, v176
	s_nop 1
	v_cndmask_b32_e32 v192, v99, v192, vcc
	v_cmp_ne_u16_e32 vcc, 1, v187
	s_nop 1
	v_cndmask_b32_e32 v241, v99, v241, vcc
	v_cmp_ne_u16_e32 vcc, 0, v197
	s_nop 1
	v_cndmask_b32_e32 v211, 0, v211, vcc
	v_cmp_ne_u16_e32 vcc, 1, v197
	s_nop 1
	v_cndmask_b32_e32 v211, v99, v211, vcc
	v_cmp_ne_u16_e32 vcc, 0, v157
	s_nop 1
	v_cndmask_b32_e32 v214, 0, v214, vcc
	v_cmp_ne_u16_e32 vcc, 1, v157
	s_nop 1
	v_cndmask_b32_e32 v214, v99, v214, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	s_nop 1
	v_cndmask_b32_e32 v242, 0, v243, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	s_nop 1
	v_cndmask_b32_e32 v242, v99, v242, vcc
	v_cmp_ne_u16_e32 vcc, 0, v202
	s_nop 1
	v_cndmask_b32_e32 v215, 0, v215, vcc
	v_cmp_ne_u16_e32 vcc, 1, v202
	s_nop 1
	v_cndmask_b32_e32 v215, v99, v215, vcc
	v_cmp_ne_u16_e32 vcc, 0, v201
	s_nop 1
	v_cndmask_b32_e32 v216, 0, v216, vcc
	v_cmp_ne_u16_e32 vcc, 1, v201
	s_nop 1
	v_cndmask_b32_e32 v216, v99, v216, vcc
	v_cmp_ne_u16_e32 vcc, 0, v189
	s_nop 1
	v_cndmask_b32_e32 v243, 0, v244, vcc
	v_cmp_ne_u16_e32 vcc, 1, v189
	s_nop 1
	v_cndmask_b32_e32 v243, v99, v243, vcc
	v_cmp_ne_u16_e32 vcc, 0, v132
	s_nop 1
	v_cndmask_b32_e32 v244, 0, v245, vcc
	v_cmp_ne_u16_e32 vcc, 1, v132
	s_nop 1
	v_cndmask_b32_e32 v244, v99, v244, vcc
	v_cmp_ne_u16_e32 vcc, 0, v207
	s_nop 1
	v_cndmask_b32_e32 v245, 0, v246, vcc
	v_cmp_ne_u16_e32 vcc, 0, v206
	s_nop 1
	v_cndmask_b32_e32 v219, 0, v219, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v220, 0, v220, vcc
	v_cmp_ne_u16_e32 vcc, 0, v54
	s_nop 1
	v_cndmask_b32_e32 v104, 0, v104, vcc
	v_cmp_ne_u16_e32 vcc, 1, v207
	s_nop 1
	v_cndmask_b32_e32 v245, v99, v245, vcc
	v_cmp_ne_u16_e32 vcc, 1, v206
	s_nop 1
	v_cndmask_b32_e32 v219, v99, v219, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v220, v99, v220, vcc
	v_cmp_ne_u16_e32 vcc, 1, v54
	s_nop 1
	v_cndmask_b32_e32 v99, v99, v104, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v104, v94, v221, vcc
	v_cmp_ne_u16_e32 vcc, 2, v130
	s_nop 1
	v_cndmask_b32_e32 v221, v94, v222, vcc
	v_cmp_ne_u16_e32 vcc, 2, v138
	s_nop 1
	v_cndmask_b32_e32 v222, v94, v223, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v223, v94, v225, vcc
	v_cmp_ne_u16_e32 vcc, 2, v174
	s_nop 1
	v_cndmask_b32_e32 v224, v94, v224, vcc
	v_cmp_ne_u16_e32 vcc, 2, v193
	s_nop 1
	v_cndmask_b32_e32 v210, v94, v210, vcc
	v_cmp_ne_u16_e32 vcc, 2, v196
	s_nop 1
	v_cndmask_b32_e32 v225, v94, v226, vcc
	v_cmp_ne_u16_e32 vcc, 2, v178
	s_nop 1
	v_cndmask_b32_e32 v226, v94, v227, vcc
	v_cmp_ne_u16_e32 vcc, 2, v203
	s_nop 1
	v_cndmask_b32_e32 v213, v94, v213, vcc
	v_cmp_ne_u16_e32 vcc, 2, v204
	s_nop 1
	v_cndmask_b32_e32 v227, v94, v228, vcc
	v_cmp_ne_u16_e32 vcc, 2, v179
	s_nop 1
	v_cndmask_b32_e32 v212, v94, v212, vcc
	v_cmp_ne_u16_e32 vcc, 2, v209
	s_nop 1
	v_cndmask_b32_e32 v228, v94, v229, vcc
	v_cmp_ne_u16_e32 vcc, 2, v208
	s_nop 1
	v_cndmask_b32_e32 v217, v94, v217, vcc
	v_cmp_ne_u16_e32 vcc, 2, v180
	s_nop 1
	v_cndmask_b32_e32 v218, v94, v218, vcc
	v_cmp_ne_u16_e32 vcc, 2, v147
	s_nop 1
	v_cndmask_b32_e32 v229, v94, v230, vcc
	v_cmp_ne_u16_e32 vcc, 2, v146
	s_nop 1
	v_cndmask_b32_e32 v230, v94, v232, vcc
	v_cmp_ne_u16_e32 vcc, 2, v183
	s_nop 1
	v_cndmask_b32_e32 v231, v94, v231, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v232, v94, v233, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v233, v94, v234, vcc
	v_cmp_ne_u16_e32 vcc, 2, v184
	s_nop 1
	v_cndmask_b32_e32 v234, v94, v235, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v235, v94, v236, vcc
	v_cmp_ne_u16_e32 vcc, 2, v163
	s_nop 1
	v_cndmask_b32_e32 v236, v94, v237, vcc
	v_cmp_ne_u16_e32 vcc, 2, v185
	s_nop 1
	v_cndmask_b32_e32 v237, v94, v238, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v190, v94, v190, vcc
	v_cmp_ne_u16_e32 vcc, 2, v169
	s_nop 1
	v_cndmask_b32_e32 v238, v94, v239, vcc
	v_cmp_ne_u16_e32 vcc, 2, v186
	s_nop 1
	v_cndmask_b32_e32 v239, v94, v240, vcc
	v_cmp_ne_u16_e32 vcc, 2, v177
	s_nop 1
	v_cndmask_b32_e32 v191, v94, v191, vcc
	v_cmp_ne_u16_e32 vcc, 2, v176
	s_nop 1
	v_cndmask_b32_e32 v192, v94, v192, vcc
	v_cmp_ne_u16_e32 vcc, 2, v187
	s_nop 1
	v_cndmask_b32_e32 v240, v94, v241, vcc
	v_cmp_ne_u16_e32 vcc, 2, v197
	s_nop 1
	v_cndmask_b32_e32 v211, v94, v211, vcc
	v_cmp_ne_u16_e32 vcc, 2, v157
	s_nop 1
	v_cndmask_b32_e32 v214, v94, v214, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	s_nop 1
	v_cndmask_b32_e32 v241, v94, v242, vcc
	v_cmp_ne_u16_e32 vcc, 2, v202
	s_nop 1
	v_cndmask_b32_e32 v215, v94, v215, vcc
	v_cmp_ne_u16_e32 vcc, 2, v201
	s_nop 1
	v_cndmask_b32_e32 v216, v94, v216, vcc
	v_cmp_ne_u16_e32 vcc, 2, v189
	s_nop 1
	v_cndmask_b32_e32 v242, v94, v243, vcc
	v_cmp_ne_u16_e32 vcc, 2, v132
	s_nop 1
	v_cndmask_b32_e32 v243, v94, v244, vcc
	v_cmp_ne_u16_e32 vcc, 2, v207
	s_nop 1
	v_cndmask_b32_e32 v244, v94, v245, vcc
	v_cmp_ne_u16_e32 vcc, 2, v206
	s_nop 1
	v_cndmask_b32_e32 v219, v94, v219, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v220, v94, v220, vcc
	v_cmp_ne_u16_e32 vcc, 2, v54
	s_nop 1
	v_cndmask_b32_e32 v94, v94, v99, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v99, v93, v104, vcc
	v_cmp_ne_u16_e32 vcc, 3, v130
	s_nop 1
	v_cndmask_b32_e32 v104, v93, v221, vcc
	v_cmp_ne_u16_e32 vcc, 3, v138
	s_nop 1
	v_cndmask_b32_e32 v221, v93, v222, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v222, v93, v223, vcc
	v_cmp_ne_u16_e32 vcc, 3, v174
	s_nop 1
	v_cndmask_b32_e32 v223, v93, v224, vcc
	v_cmp_ne_u16_e32 vcc, 3, v193
	s_nop 1
	v_cndmask_b32_e32 v210, v93, v210, vcc
	v_cmp_ne_u16_e32 vcc, 3, v196
	s_nop 1
	v_cndmask_b32_e32 v224, v93, v225, vcc
	v_cmp_ne_u16_e32 vcc, 3, v178
	s_nop 1
	v_cndmask_b32_e32 v225, v93, v226, vcc
	v_cmp_ne_u16_e32 vcc, 3, v203
	s_nop 1
	v_cndmask_b32_e32 v213, v93, v213, vcc
	v_cmp_ne_u16_e32 vcc, 3, v204
	s_nop 1
	v_cndmask_b32_e32 v226, v93, v227, vcc
	v_cmp_ne_u16_e32 vcc, 3, v179
	s_nop 1
	v_cndmask_b32_e32 v212, v93, v212, vcc
	v_cmp_ne_u16_e32 vcc, 3, v209
	s_nop 1
	v_cndmask_b32_e32 v227, v93, v228, vcc
	v_cmp_ne_u16_e32 vcc, 3, v208
	s_nop 1
	v_cndmask_b32_e32 v217, v93, v217, vcc
	v_cmp_ne_u16_e32 vcc, 3, v180
	s_nop 1
	v_cndmask_b32_e32 v218, v93, v218, vcc
	v_cmp_ne_u16_e32 vcc, 3, v147
	s_nop 1
	v_cndmask_b32_e32 v228, v93, v229, vcc
	v_cmp_ne_u16_e32 vcc, 3, v146
	s_nop 1
	v_cndmask_b32_e32 v229, v93, v230, vcc
	v_cmp_ne_u16_e32 vcc, 3, v183
	s_nop 1
	v_cndmask_b32_e32 v230, v93, v231, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v231, v93, v232, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v232, v93, v233, vcc
	v_cmp_ne_u16_e32 vcc, 3, v184
	s_nop 1
	v_cndmask_b32_e32 v233, v93, v234, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v234, v93, v235, vcc
	v_cmp_ne_u16_e32 vcc, 3, v163
	s_nop 1
	v_cndmask_b32_e32 v235, v93, v236, vcc
	v_cmp_ne_u16_e32 vcc, 3, v185
	s_nop 1
	v_cndmask_b32_e32 v236, v93, v237, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v190, v93, v190, vcc
	v_cmp_ne_u16_e32 vcc, 3, v169
	s_nop 1
	v_cndmask_b32_e32 v237, v93, v238, vcc
	v_cmp_ne_u16_e32 vcc, 3, v186
	s_nop 1
	v_cndmask_b32_e32 v238, v93, v239, vcc
	v_cmp_ne_u16_e32 vcc, 3, v177
	s_nop 1
	v_cndmask_b32_e32 v191, v93, v191, vcc
	v_cmp_ne_u16_e32 vcc, 3, v176
	s_nop 1
	v_cndmask_b32_e32 v192, v93, v192, vcc
	v_cmp_ne_u16_e32 vcc, 3, v187
	s_nop 1
	v_cndmask_b32_e32 v239, v93, v240, vcc
	v_cmp_ne_u16_e32 vcc, 3, v197
	s_nop 1
	v_cndmask_b32_e32 v211, v93, v211, vcc
	v_cmp_ne_u16_e32 vcc, 3, v157
	s_nop 1
	v_cndmask_b32_e32 v214, v93, v214, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	s_nop 1
	v_cndmask_b32_e32 v240, v93, v241, vcc
	v_cmp_ne_u16_e32 vcc, 3, v202
	s_nop 1
	v_cndmask_b32_e32 v215, v93, v215, vcc
	v_cmp_ne_u16_e32 vcc, 3, v201
	s_nop 1
	v_cndmask_b32_e32 v216, v93, v216, vcc
	v_cmp_ne_u16_e32 vcc, 3, v189
	s_nop 1
	v_cndmask_b32_e32 v241, v93, v242, vcc
	v_cmp_ne_u16_e32 vcc, 3, v132
	s_nop 1
	v_cndmask_b32_e32 v242, v93, v243, vcc
	v_cmp_ne_u16_e32 vcc, 3, v207
	s_nop 1
	v_cndmask_b32_e32 v243, v93, v244, vcc
	v_cmp_ne_u16_e32 vcc, 3, v206
	s_nop 1
	v_cndmask_b32_e32 v219, v93, v219, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v220, v93, v220, vcc
	v_cmp_ne_u16_e32 vcc, 3, v54
	s_nop 1
	v_cndmask_b32_e32 v93, v93, v94, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v94, v88, v99, vcc
	v_cmp_ne_u16_e32 vcc, 4, v130
	s_nop 1
	v_cndmask_b32_e32 v99, v88, v104, vcc
	v_cmp_ne_u16_e32 vcc, 4, v138
	s_nop 1
	v_cndmask_b32_e32 v104, v88, v221, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v221, v88, v222, vcc
	v_cmp_ne_u16_e32 vcc, 4, v174
	s_nop 1
	v_cndmask_b32_e32 v222, v88, v223, vcc
	v_cmp_ne_u16_e32 vcc, 4, v193
	s_nop 1
	v_cndmask_b32_e32 v210, v88, v210, vcc
	v_cmp_ne_u16_e32 vcc, 4, v196
	s_nop 1
	v_cndmask_b32_e32 v223, v88, v224, vcc
	v_cmp_ne_u16_e32 vcc, 4, v178
	s_nop 1
	v_cndmask_b32_e32 v224, v88, v225, vcc
	v_cmp_ne_u16_e32 vcc, 4, v203
	s_nop 1
	v_cndmask_b32_e32 v213, v88, v213, vcc
	v_cmp_ne_u16_e32 vcc, 4, v204
	s_nop 1
	v_cndmask_b32_e32 v225, v88, v226, vcc
	v_cmp_ne_u16_e32 vcc, 4, v179
	s_nop 1
	v_cndmask_b32_e32 v212, v88, v212, vcc
	v_cmp_ne_u16_e32 vcc, 4, v209
	s_nop 1
	v_cndmask_b32_e32 v226, v88, v227, vcc
	v_cmp_ne_u16_e32 vcc, 4, v208
	s_nop 1
	v_cndmask_b32_e32 v217, v88, v217, vcc
	v_cmp_ne_u16_e32 vcc, 4, v180
	s_nop 1
	v_cndmask_b32_e32 v218, v88, v218, vcc
	v_cmp_ne_u16_e32 vcc, 4, v147
	s_nop 1
	v_cndmask_b32_e32 v227, v88, v228, vcc
	v_cmp_ne_u16_e32 vcc, 4, v146
	s_nop 1
	v_cndmask_b32_e32 v228, v88, v229, vcc
	v_cmp_ne_u16_e32 vcc, 4, v183
	s_nop 1
	v_cndmask_b32_e32 v229, v88, v230, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v230, v88, v231, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v231, v88, v232, vcc
	v_cmp_ne_u16_e32 vcc, 4, v184
	s_nop 1
	v_cndmask_b32_e32 v232, v88, v233, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v233, v88, v234, vcc
	v_cmp_ne_u16_e32 vcc, 4, v163
	s_nop 1
	v_cndmask_b32_e32 v234, v88, v235, vcc
	v_cmp_ne_u16_e32 vcc, 4, v185
	s_nop 1
	v_cndmask_b32_e32 v235, v88, v236, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v190, v88, v190, vcc
	v_cmp_ne_u16_e32 vcc, 4, v169
	s_nop 1
	v_cndmask_b32_e32 v236, v88, v237, vcc
	v_cmp_ne_u16_e32 vcc, 4, v186
	s_nop 1
	v_cndmask_b32_e32 v237, v88, v238, vcc
	v_cmp_ne_u16_e32 vcc, 4, v177
	s_nop 1
	v_cndmask_b32_e32 v191, v88, v191, vcc
	v_cmp_ne_u16_e32 vcc, 4, v176
	s_nop 1
	v_cndmask_b32_e32 v192, v88, v192, vcc
	v_cmp_ne_u16_e32 vcc, 4, v187
	s_nop 1
	v_cndmask_b32_e32 v238, v88, v239, vcc
	v_cmp_ne_u16_e32 vcc, 4, v197
	s_nop 1
	v_cndmask_b32_e32 v211, v88, v211, vcc
	v_cmp_ne_u16_e32 vcc, 4, v157
	s_nop 1
	v_cndmask_b32_e32 v214, v88, v214, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	s_nop 1
	v_cndmask_b32_e32 v239, v88, v240, vcc
	v_cmp_ne_u16_e32 vcc, 4, v202
	s_nop 1
	v_cndmask_b32_e32 v215, v88, v215, vcc
	v_cmp_ne_u16_e32 vcc, 4, v201
	s_nop 1
	v_cndmask_b32_e32 v216, v88, v216, vcc
	v_cmp_ne_u16_e32 vcc, 4, v189
	s_nop 1
	v_cndmask_b32_e32 v240, v88, v241, vcc
	v_cmp_ne_u16_e32 vcc, 4, v132
	s_nop 1
	v_cndmask_b32_e32 v241, v88, v242, vcc
	v_cmp_ne_u16_e32 vcc, 4, v207
	s_nop 1
	v_cndmask_b32_e32 v242, v88, v243, vcc
	v_cmp_ne_u16_e32 vcc, 4, v206
	s_nop 1
	v_cndmask_b32_e32 v219, v88, v219, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v220, v88, v220, vcc
	v_cmp_ne_u16_e32 vcc, 4, v54
	s_nop 1
	v_cndmask_b32_e32 v88, v88, v93, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v93, v73, v94, vcc
	v_cmp_ne_u16_e32 vcc, 5, v130
	s_nop 1
	v_cndmask_b32_e32 v94, v73, v99, vcc
	v_cmp_ne_u16_e32 vcc, 5, v138
	s_nop 1
	v_cndmask_b32_e32 v99, v73, v104, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v104, v73, v221, vcc
	v_cmp_ne_u16_e32 vcc, 5, v174
	s_nop 1
	v_cndmask_b32_e32 v221, v73, v222, vcc
	v_cmp_ne_u16_e32 vcc, 5, v193
	s_nop 1
	v_cndmask_b32_e32 v210, v73, v210, vcc
	v_cmp_ne_u16_e32 vcc, 5, v196
	s_nop 1
	v_cndmask_b32_e32 v222, v73, v223, vcc
	v_cmp_ne_u16_e32 vcc, 5, v178
	s_nop 1
	v_cndmask_b32_e32 v223, v73, v224, vcc
	v_cmp_ne_u16_e32 vcc, 5, v203
	s_nop 1
	v_cndmask_b32_e32 v213, v73, v213, vcc
	v_cmp_ne_u16_e32 vcc, 5, v204
	s_nop 1
	v_cndmask_b32_e32 v224, v73, v225, vcc
	v_cmp_ne_u16_e32 vcc, 5, v179
	s_nop 1
	v_cndmask_b32_e32 v212, v73, v212, vcc
	v_cmp_ne_u16_e32 vcc, 5, v209
	s_nop 1
	v_cndmask_b32_e32 v225, v73, v226, vcc
	v_cmp_ne_u16_e32 vcc, 5, v208
	s_nop 1
	v_cndmask_b32_e32 v217, v73, v217, vcc
	v_cmp_ne_u16_e32 vcc, 5, v180
	s_nop 1
	v_cndmask_b32_e32 v218, v73, v218, vcc
	v_cmp_ne_u16_e32 vcc, 5, v147
	s_nop 1
	v_cndmask_b32_e32 v226, v73, v227, vcc
	v_cmp_ne_u16_e32 vcc, 5, v146
	s_nop 1
	v_cndmask_b32_e32 v227, v73, v228, vcc
	v_cmp_ne_u16_e32 vcc, 5, v183
	s_nop 1
	v_cndmask_b32_e32 v228, v73, v229, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v229, v73, v230, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v230, v73, v231, vcc
	v_cmp_ne_u16_e32 vcc, 5, v184
	s_nop 1
	v_cndmask_b32_e32 v231, v73, v232, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v232, v73, v233, vcc
	v_cmp_ne_u16_e32 vcc, 5, v163
	s_nop 1
	v_cndmask_b32_e32 v233, v73, v234, vcc
	v_cmp_ne_u16_e32 vcc, 5, v185
	s_nop 1
	v_cndmask_b32_e32 v234, v73, v235, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v190, v73, v190, vcc
	v_cmp_ne_u16_e32 vcc, 5, v169
	s_nop 1
	v_cndmask_b32_e32 v235, v73, v236, vcc
	v_cmp_ne_u16_e32 vcc, 5, v186
	s_nop 1
	v_cndmask_b32_e32 v236, v73, v237, vcc
	v_cmp_ne_u16_e32 vcc, 5, v177
	s_nop 1
	v_cndmask_b32_e32 v191, v73, v191, vcc
	v_cmp_ne_u16_e32 vcc, 5, v176
	s_nop 1
	v_cndmask_b32_e32 v192, v73, v192, vcc
	v_cmp_ne_u16_e32 vcc, 5, v187
	s_nop 1
	v_cndmask_b32_e32 v237, v73, v238, vcc
	v_cmp_ne_u16_e32 vcc, 5, v197
	s_nop 1
	v_cndmask_b32_e32 v211, v73, v211, vcc
	v_cmp_ne_u16_e32 vcc, 5, v157
	s_nop 1
	v_cndmask_b32_e32 v214, v73, v214, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	s_nop 1
	v_cndmask_b32_e32 v238, v73, v239, vcc
	v_cmp_ne_u16_e32 vcc, 5, v202
	s_nop 1
	v_cndmask_b32_e32 v215, v73, v215, vcc
	v_cmp_ne_u16_e32 vcc, 5, v201
	s_nop 1
	v_cndmask_b32_e32 v216, v73, v216, vcc
	v_cmp_ne_u16_e32 vcc, 5, v189
	s_nop 1
	v_cndmask_b32_e32 v239, v73, v240, vcc
	v_cmp_ne_u16_e32 vcc, 5, v132
	s_nop 1
	v_cndmask_b32_e32 v240, v73, v241, vcc
	v_cmp_ne_u16_e32 vcc, 5, v207
	s_nop 1
	v_cndmask_b32_e32 v241, v73, v242, vcc
	v_cmp_ne_u16_e32 vcc, 5, v206
	s_nop 1
	v_cndmask_b32_e32 v219, v73, v219, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v220, v73, v220, vcc
	v_cmp_ne_u16_e32 vcc, 5, v54
	s_nop 1
	v_cndmask_b32_e32 v73, v73, v88, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v88, v68, v93, vcc
	v_cmp_ne_u16_e32 vcc, 6, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v68, v94, vcc
	v_cmp_ne_u16_e32 vcc, 6, v138
	s_nop 1
	v_cndmask_b32_e32 v94, v68, v99, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v99, v68, v104, vcc
	v_cmp_ne_u16_e32 vcc, 6, v174
	s_nop 1
	v_cndmask_b32_e32 v104, v68, v221, vcc
	v_cmp_ne_u16_e32 vcc, 6, v193
	s_nop 1
	v_cndmask_b32_e32 v210, v68, v210, vcc
	v_cmp_ne_u16_e32 vcc, 6, v196
	s_nop 1
	v_cndmask_b32_e32 v221, v68, v222, vcc
	v_cmp_ne_u16_e32 vcc, 6, v178
	s_nop 1
	v_cndmask_b32_e32 v222, v68, v223, vcc
	v_cmp_ne_u16_e32 vcc, 6, v203
	s_nop 1
	v_cndmask_b32_e32 v213, v68, v213, vcc
	v_cmp_ne_u16_e32 vcc, 6, v204
	s_nop 1
	v_cndmask_b32_e32 v223, v68, v224, vcc
	v_cmp_ne_u16_e32 vcc, 6, v179
	s_nop 1
	v_cndmask_b32_e32 v212, v68, v212, vcc
	v_cmp_ne_u16_e32 vcc, 6, v209
	s_nop 1
	v_cndmask_b32_e32 v224, v68, v225, vcc
	v_cmp_ne_u16_e32 vcc, 6, v208
	s_nop 1
	v_cndmask_b32_e32 v217, v68, v217, vcc
	v_cmp_ne_u16_e32 vcc, 6, v180
	s_nop 1
	v_cndmask_b32_e32 v218, v68, v218, vcc
	v_cmp_ne_u16_e32 vcc, 6, v147
	s_nop 1
	v_cndmask_b32_e32 v225, v68, v226, vcc
	v_cmp_ne_u16_e32 vcc, 6, v146
	s_nop 1
	v_cndmask_b32_e32 v226, v68, v227, vcc
	v_cmp_ne_u16_e32 vcc, 6, v183
	s_nop 1
	v_cndmask_b32_e32 v227, v68, v228, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v228, v68, v229, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v229, v68, v230, vcc
	v_cmp_ne_u16_e32 vcc, 6, v184
	s_nop 1
	v_cndmask_b32_e32 v230, v68, v231, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v231, v68, v232, vcc
	v_cmp_ne_u16_e32 vcc, 6, v163
	s_nop 1
	v_cndmask_b32_e32 v232, v68, v233, vcc
	v_cmp_ne_u16_e32 vcc, 6, v185
	s_nop 1
	v_cndmask_b32_e32 v233, v68, v234, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v190, v68, v190, vcc
	v_cmp_ne_u16_e32 vcc, 6, v169
	s_nop 1
	v_cndmask_b32_e32 v234, v68, v235, vcc
	v_cmp_ne_u16_e32 vcc, 6, v186
	s_nop 1
	v_cndmask_b32_e32 v235, v68, v236, vcc
	v_cmp_ne_u16_e32 vcc, 6, v177
	s_nop 1
	v_cndmask_b32_e32 v191, v68, v191, vcc
	v_cmp_ne_u16_e32 vcc, 6, v176
	s_nop 1
	v_cndmask_b32_e32 v192, v68, v192, vcc
	v_cmp_ne_u16_e32 vcc, 6, v187
	s_nop 1
	v_cndmask_b32_e32 v236, v68, v237, vcc
	v_cmp_ne_u16_e32 vcc, 6, v197
	s_nop 1
	v_cndmask_b32_e32 v211, v68, v211, vcc
	v_cmp_ne_u16_e32 vcc, 6, v157
	s_nop 1
	v_cndmask_b32_e32 v214, v68, v214, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	s_nop 1
	v_cndmask_b32_e32 v237, v68, v238, vcc
	v_cmp_ne_u16_e32 vcc, 6, v202
	s_nop 1
	v_cndmask_b32_e32 v215, v68, v215, vcc
	v_cmp_ne_u16_e32 vcc, 6, v201
	s_nop 1
	v_cndmask_b32_e32 v216, v68, v216, vcc
	v_cmp_ne_u16_e32 vcc, 6, v189
	s_nop 1
	v_cndmask_b32_e32 v238, v68, v239, vcc
	v_cmp_ne_u16_e32 vcc, 6, v132
	s_nop 1
	v_cndmask_b32_e32 v239, v68, v240, vcc
	v_cmp_ne_u16_e32 vcc, 6, v207
	s_nop 1
	v_cndmask_b32_e32 v240, v68, v241, vcc
	v_cmp_ne_u16_e32 vcc, 6, v206
	s_nop 1
	v_cndmask_b32_e32 v219, v68, v219, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v220, v68, v220, vcc
	v_cmp_ne_u16_e32 vcc, 6, v54
	s_nop 1
	v_cndmask_b32_e32 v68, v68, v73, vcc
	v_cmp_ne_u16_e32 vcc, 7, v132
	s_nop 1
	v_cndmask_b32_e32 v73, v67, v239, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v88, v67, v88, vcc
	v_cmp_ne_u16_e32 vcc, 7, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v67, v93, vcc
	v_cmp_ne_u16_e32 vcc, 7, v138
	s_nop 1
	v_cndmask_b32_e32 v94, v67, v94, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	s_nop 1
	v_cndmask_b32_e32 v99, v67, v99, vcc
	v_cmp_ne_u16_e32 vcc, 7, v174
	s_nop 1
	v_cndmask_b32_e32 v104, v67, v104, vcc
	v_cmp_ne_u16_e32 vcc, 7, v193
	s_nop 1
	v_cndmask_b32_e32 v130, v67, v210, vcc
	v_cmp_ne_u16_e32 vcc, 7, v196
	s_nop 1
	v_cndmask_b32_e32 v131, v67, v221, vcc
	v_cmp_ne_u16_e32 vcc, 7, v178
	s_nop 1
	v_cndmask_b32_e32 v132, v67, v222, vcc
	v_cmp_ne_u16_e32 vcc, 7, v203
	s_nop 1
	v_cndmask_b32_e32 v137, v67, v213, vcc
	v_cmp_ne_u16_e32 vcc, 7, v204
	s_nop 1
	v_cndmask_b32_e32 v138, v67, v223, vcc
	v_cmp_ne_u16_e32 vcc, 7, v179
	s_nop 1
	v_cndmask_b32_e32 v174, v67, v212, vcc
	v_cmp_ne_u16_e32 vcc, 7, v209
	s_nop 1
	v_cndmask_b32_e32 v178, v67, v224, vcc
	v_cmp_ne_u16_e32 vcc, 7, v208
	s_nop 1
	v_cndmask_b32_e32 v179, v67, v217, vcc
	v_cmp_ne_u16_e32 vcc, 7, v180
	s_nop 1
	v_cndmask_b32_e32 v180, v67, v218, vcc
	v_cmp_ne_u16_e32 vcc, 7, v147
	s_nop 1
	v_cndmask_b32_e32 v147, v67, v225, vcc
	v_cmp_ne_u16_e32 vcc, 7, v146
	s_nop 1
	v_cndmask_b32_e32 v146, v67, v226, vcc
	v_cmp_ne_u16_e32 vcc, 7, v183
	s_nop 1
	v_cndmask_b32_e32 v183, v67, v227, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v67, v228, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	s_nop 1
	v_cndmask_b32_e32 v154, v67, v229, vcc
	v_cmp_ne_u16_e32 vcc, 7, v184
	s_nop 1
	v_cndmask_b32_e32 v184, v67, v230, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	s_nop 1
	v_cndmask_b32_e32 v164, v67, v231, vcc
	v_cmp_ne_u16_e32 vcc, 7, v163
	s_nop 1
	v_cndmask_b32_e32 v163, v67, v232, vcc
	v_cmp_ne_u16_e32 vcc, 7, v185
	s_nop 1
	v_cndmask_b32_e32 v185, v67, v233, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	s_nop 1
	v_cndmask_b32_e32 v170, v67, v190, vcc
	v_cmp_ne_u16_e32 vcc, 7, v169
	s_nop 1
	v_cndmask_b32_e32 v169, v67, v234, vcc
	v_cmp_ne_u16_e32 vcc, 7, v186
	s_nop 1
	v_cndmask_b32_e32 v186, v67, v235, vcc
	v_cmp_ne_u16_e32 vcc, 7, v177
	s_nop 1
	v_cndmask_b32_e32 v177, v67, v191, vcc
	v_cmp_ne_u16_e32 vcc, 7, v176
	s_nop 1
	v_cndmask_b32_e32 v176, v67, v192, vcc
	v_cmp_ne_u16_e32 vcc, 7, v187
	s_nop 1
	v_cndmask_b32_e32 v187, v67, v236, vcc
	v_cmp_ne_u16_e32 vcc, 7, v197
	v_and_b32_e32 v197, 0xffff8000, v198
	s_nop 0
	v_cndmask_b32_e32 v190, v67, v211, vcc
	v_cmp_ne_u16_e32 vcc, 7, v157
	s_nop 1
	v_cndmask_b32_e32 v157, v67, v214, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	s_nop 1
	v_cndmask_b32_e32 v188, v67, v237, vcc
	v_cmp_ne_u16_e32 vcc, 7, v202
	s_nop 1
	v_cndmask_b32_e32 v191, v67, v215, vcc
	v_cmp_ne_u16_e32 vcc, 7, v201
	s_nop 1
	v_cndmask_b32_e32 v192, v67, v216, vcc
	v_cmp_ne_u16_e32 vcc, 7, v189
	s_nop 1
	v_cndmask_b32_e32 v189, v67, v238, vcc
	v_cmp_ne_u16_e32 vcc, 7, v207
	s_nop 1
	v_cndmask_b32_e32 v193, v67, v240, vcc
	v_cmp_ne_u16_e32 vcc, 7, v206
	s_nop 1
	v_cndmask_b32_e32 v196, v67, v219, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	s_nop 1
	v_cndmask_b32_e32 v162, v67, v220, vcc
	v_cmp_ne_u16_e32 vcc, 7, v54
	v_or_b32_e32 v162, v162, v55
	v_or_b32_e32 v55, v196, v114
	v_cndmask_b32_e32 v54, v67, v68, vcc
	v_and_b32_e32 v67, 0xffff8000, v205
	v_or_b32_e32 v54, v54, v67
	v_or_b32_e32 v114, v193, v197
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v55, v114, v55, s4
	v_perm_b32 v54, v162, v54, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v67, 8, v85
	v_and_b32_e32 v68, 0xffff8000, v127
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[56:57], v[54:55], v[0:15]
	v_perm_b32 v55, v126, v125, s4
	v_perm_b32 v54, v124, v123, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v56, v189, v53
	v_or_b32_e32 v53, v192, v152
	v_or_b32_e32 v57, v191, v59
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v57, v53, s4
	v_perm_b32 v52, v56, v52, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v85, 0xffff8000, v128
	v_lshlrev_b16_e32 v127, 8, v133
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[54:55], v[52:53], v[0:15]
	v_perm_b32 v53, v122, v121, s4
	v_perm_b32 v52, v120, v119, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v188, v51
	v_or_b32_e32 v51, v157, v58
	v_or_b32_e32 v55, v190, v182
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v51, v55, v51, s4
	v_perm_b32 v50, v54, v50, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v177, v172
	v_and_b32_e32 v128, 0xffff8000, v134
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[52:53], v[50:51], v[0:15]
	v_perm_b32 v51, v118, v117, s4
	v_perm_b32 v50, v116, v115, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v187, v171
	v_or_b32_e32 v53, v176, v173
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v175, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v170, v166
	v_and_b32_e32 v133, 0xffff8000, v135
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v112, v111, s4
	v_perm_b32 v50, v110, v109, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v186, v165
	v_or_b32_e32 v53, v169, v167
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v168, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v164, v159
	v_lshlrev_b16_e32 v134, 8, v139
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v108, v107, s4
	v_perm_b32 v50, v106, v105, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v185, v158
	v_or_b32_e32 v53, v163, v160
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v161, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v155, v149
	v_and_b32_e32 v135, 0xffff8000, v194
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v103, v102, s4
	v_perm_b32 v50, v101, v100, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v184, v148
	v_or_b32_e32 v53, v154, v150
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v151, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v147, v143
	v_and_b32_e32 v139, 0xffff8000, v195
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v98, v97, s4
	v_perm_b32 v50, v96, v95, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v183, v142
	v_or_b32_e32 v53, v146, v144
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v145, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v194, 0xffff8000, v199
	v_and_b32_e32 v195, 0xffff8000, v200
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v92, v91, s4
	v_perm_b32 v50, v90, v89, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v180, v113
	v_or_b32_e32 v53, v179, v195
	v_or_b32_e32 v54, v178, v194
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v141, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v137, v153
	v_and_b32_e32 v134, 0xffff8000, v134
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v87, v86, s4
	v_perm_b32 v50, v75, v74, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v174, v181
	v_or_b32_e32 v53, v138, v156
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v140, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v130, v135
	v_and_b32_e32 v127, 0xffff8000, v127
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v72, v71, s4
	v_perm_b32 v50, v70, v69, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v132, v134
	v_or_b32_e32 v53, v131, v139
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v136, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v54, v94, v128
	v_and_b32_e32 v67, 0xffff8000, v67
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v66, v65, s4
	v_perm_b32 v50, v64, v63, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v104, v127
	v_or_b32_e32 v53, v99, v133
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v54, v53, s4
	v_perm_b32 v52, v52, v129, s4
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	v_perm_b32 v51, v62, v61, s4
	v_perm_b32 v50, v60, v17, s4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v52, v93, v67
	v_or_b32_e32 v17, v88, v85
	v_or_b32_e32 v53, v73, v68
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v53, v53, v17, s4
	v_perm_b32 v52, v52, v84, s4
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[50:51], v[52:53], v[0:15]
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 25 is_stmt 0                ; w8a8_gemm.py:0:25
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
.LBB0_11:
	.loc	1 56 52 is_stmt 1               ; w8a8_gemm.py:56:52
	v_mul_lo_u32 v17, v76, s0
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(16)
	s_nop 7
	v_pk_mul_f32 v[0:1], v[16:17], v[0:1] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[0:1], v[40:41], v[0:1], v[38:39]
	s_movk_i32 s6, 0x7fff
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v39, v39, v1, s[2:3]
	v_cndmask_b32_e64 v38, v38, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[2:3] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[0:1], v[22:23], v[0:1], v[36:37]
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	s_mul_i32 s1, s0, s33
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v2, v37, v1, s[2:3]
	v_cndmask_b32_e64 v3, v36, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[4:5] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[0:1], v[20:21], v[0:1], v[34:35]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_mov_b32 s7, 0x5040100
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v4, v35, v1, s[2:3]
	v_cndmask_b32_e64 v5, v34, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[6:7] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[0:1], v[18:19], v[0:1], v[32:33]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_mov_b32_e32 v19, 0x7fff
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v6, v33, v1, s[2:3]
	v_cndmask_b32_e64 v7, v32, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[8:9] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[0:1], v[48:49], v[0:1], v[30:31]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_bfe_u32 v18, v39, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v31, v1, s[2:3]
	v_cndmask_b32_e64 v9, v30, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[10:11] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[0:1], v[46:47], v[0:1], v[28:29]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_add3_u32 v18, v39, v18, s6
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v29, v1, s[2:3]
	v_cndmask_b32_e64 v11, v28, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[26:27]
	.loc	1 56 52 is_stmt 1               ; w8a8_gemm.py:56:52
	s_add_i32 s1, s1, s50
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v27, v1, s[2:3]
	v_cndmask_b32_e64 v13, v26, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[42:43], v[0:1], v[24:25]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_bfe_u32 v16, v38, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v15, v24, v0, s[2:3]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v0, v3, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v25, v1, s[2:3]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v1, v2, 16, 1
	v_add3_u32 v0, v3, v0, s6
	v_add3_u32 v1, v2, v1, s6
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[2:3], v3, v3
	v_add3_u32 v16, v38, v16, s6
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v19, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v2, v2
	v_lshrrev_b32_e32 v16, 16, v16
	v_lshrrev_b32_e32 v18, 16, v18
	v_cndmask_b32_e64 v1, v19, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v38, v38
	v_perm_b32 v1, v1, v0, s7
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_or_b32_e32 v50, s1, v77
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v0, v19, v16, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v39, v39
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v81
	.loc	1 57 58 is_stmt 0               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[4:5], s13, v82
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v2, v19, v18, s[2:3]
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v50, v17, 1
	v_bfrev_b32_e32 v3, 1
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_b32 s49, s49, 0xffff
	s_mov_b32 s51, 0x27000
	s_mov_b32 s50, 0x7ffffffe
	v_cndmask_b32_e64 v2, v3, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[48:51], 0 offen
	v_bfe_u32 v0, v7, 16, 1
	v_bfe_u32 v1, v6, 16, 1
	v_add3_u32 v0, v7, v0, s6
	v_bfe_u32 v2, v5, 16, 1
	v_add3_u32 v1, v6, v1, s6
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[4:5], v7, v7
	v_bfe_u32 v16, v4, 16, 1
	v_add3_u32 v2, v5, v2, s6
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v19, v0, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v6, v6
	v_add3_u32 v16, v4, v16, s6
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v5, v5
	v_lshrrev_b32_e32 v16, 16, v16
	v_perm_b32 v1, v1, v0, s7
	v_cndmask_b32_e64 v0, v19, v2, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v4, v4
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_or_b32_e32 v51, s1, v78
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v4, v8, 16, 1
	v_cndmask_b32_e64 v2, v19, v16, s[4:5]
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v51, v17, 1
	v_cndmask_b32_e64 v2, v3, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[48:51], 0 offen
	v_bfe_u32 v0, v11, 16, 1
	v_bfe_u32 v1, v10, 16, 1
	v_add3_u32 v0, v11, v0, s6
	v_bfe_u32 v2, v9, 16, 1
	v_add3_u32 v1, v10, v1, s6
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[2:3], v11, v11
	v_add3_u32 v2, v9, v2, s6
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v19, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v10, v10
	v_add3_u32 v4, v8, v4, s6
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v19, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v9, v9
	v_lshrrev_b32_e32 v4, 16, v4
	v_perm_b32 v1, v1, v0, s7
	v_cndmask_b32_e64 v0, v19, v2, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v8, v8
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_or_b32_e32 v52, s1, v79
	v_or_b32_e32 v53, s1, v80
	.loc	1 57 58                         ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[0:1], s13, v83
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v2, v19, v4, s[2:3]
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v52, v17, 1
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[48:51], 0 offen
	v_bfe_u32 v0, v15, 16, 1
	v_bfe_u32 v1, v14, 16, 1
	v_add3_u32 v0, v15, v0, s6
	v_cmp_o_f32_e32 vcc, v15, v15
	v_bfe_u32 v2, v13, 16, 1
	v_add3_u32 v1, v14, v1, s6
	v_cndmask_b32_sdwa v0, v19, v0, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v14, v14
	v_bfe_u32 v4, v12, 16, 1
	v_add3_u32 v2, v13, v2, s6
	v_cndmask_b32_sdwa v1, v19, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v13, v13
	v_add3_u32 v4, v12, v4, s6
	v_perm_b32 v1, v1, v0, s7
	v_cndmask_b32_sdwa v0, v19, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v12, v12
	s_nop 1
	v_cndmask_b32_sdwa v2, v19, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v53, v17, 1
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[48:51], 0 offen
	.loc	1 58 4 is_stmt 0                ; w8a8_gemm.py:58:4
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
		.amdhsa_next_free_vgpr 247
		.amdhsa_next_free_sgpr 76
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
.Lfunc_end0:
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
                                        ; -- End function
	.set w8a8_block_fp8_matmul.num_vgpr, 247
	.set w8a8_block_fp8_matmul.num_agpr, 0
	.set w8a8_block_fp8_matmul.numbered_sgpr, 76
	.set w8a8_block_fp8_matmul.num_named_barrier, 0
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 51296
; TotalNumSgprs: 82
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
; NumSGPRsForWavesPerEU: 82
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
    .sgpr_count:     82
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     247
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

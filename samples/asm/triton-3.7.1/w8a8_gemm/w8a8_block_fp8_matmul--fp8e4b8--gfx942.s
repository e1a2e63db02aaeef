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
	s_mov_b64 s[28:29], s[2:3]
.Ltmp1:
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_readfirstlane_b32 s2, v0
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	s_and_b32 s35, s2, 0x80
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_b32 s19, s2, 0xc0
	.loc	1 32 23                         ; w8a8_gemm.py:32:23
	s_lshl_b32 s33, s16, 6
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	s_lshr_b32 s3, s35, 2
	v_and_b32_e32 v7, 32, v0
	s_and_b32 s2, s2, 64
	v_lshrrev_b32_e32 v3, 3, v7
	s_cselect_b64 s[22:23], 0, -1
	s_lshr_b32 s2, s2, 1
	v_or_b32_e32 v50, s2, v3
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_abs_i32 s2, s12
	v_cvt_f32_u32_e32 v3, s2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v1, 63, v0
	v_or_b32_e32 v36, s19, v1
	s_mov_b64 s[20:21], s[6:7]
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_rcp_iflag_f32_e32 v3, v3
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v2, 3, v36
	v_and_b32_e32 v6, 31, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_sub_i32 s6, 0, s2
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v17, s3, v6
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v2, s33, v2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s3, s16, 0x10019
	v_mul_lo_u32 v5, s6, v3
	v_add_u32_e32 v2, s3, v2
	v_mul_hi_u32 v5, v3, v5
	v_xor_b32_e32 v4, s3, v2
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v5, v4, v3
	v_mul_lo_u32 v5, v5, s2
	v_sub_u32_e32 v4, v4, v5
	v_subrev_u32_e32 v5, s2, v4
	v_cmp_le_u32_e32 vcc, s2, v4
	v_add_u32_e32 v2, 32, v2
	v_xor_b32_e32 v2, s3, v2
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s2, v4
	v_cmp_le_u32_e32 vcc, s2, v4
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v54, s33, v17
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s16, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_mul_hi_u32 v5, v2, v3
	v_mul_lo_u32 v5, v5, s2
	v_sub_u32_e32 v2, v2, v5
	v_subrev_u32_e32 v5, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v46, 3, v0
	.loc	1 33 23 is_stmt 1               ; w8a8_gemm.py:33:23
	s_lshl_b32 s34, s17, 6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_bfe_i32 s17, s17, 0x10019
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v55, s34, v50
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_xor_b32_e32 v2, s3, v2
	v_subrev_u32_e32 v5, s3, v2
	v_add_u32_e32 v2, s3, v54
	v_xor_b32_e32 v2, s3, v2
	v_mul_hi_u32 v3, v2, v3
	v_mul_lo_u32 v3, v3, s2
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v15, s17, v55
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v51, 8, v50
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_sub_i32 s2, 0, s16
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v9, s34, v51
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s3, v2
	v_subrev_u32_e32 v8, s3, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cvt_f32_u32_e32 v2, s16
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_lshl_or_b32 v3, v46, 4, s34
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v3, s17, v3
	v_xor_b32_e32 v3, s17, v3
	v_rcp_iflag_f32_e32 v2, v2
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_or_b32_e32 v52, 16, v50
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v56, s34, v52
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or_b32_e32 v53, 24, v50
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 33 33 is_stmt 0               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v10, s34, v53
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v4, s3, v4
	v_subrev_u32_e32 v4, s3, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v11, s2, v2
	v_mul_hi_u32 v11, v2, v11
	v_add_u32_e32 v14, v2, v11
	v_mul_hi_u32 v2, v3, v14
	v_mul_lo_u32 v2, v2, s16
	v_sub_u32_e32 v2, v3, v2
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_mov_b64 s[24:25], s[10:11]
	s_load_dword s11, s[0:1], 0x38
	s_load_dword s18, s[0:1], 0x40
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v16, s17, v2
	v_xor_b32_e32 v2, s17, v15
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_mov_b32 s10, 0
	s_nop 0
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v18, s17, v2
	v_add_u32_e32 v2, 1, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v19, s17, v2
	v_add_u32_e32 v2, 2, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v20, s17, v2
	v_add_u32_e32 v2, 3, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v21, s17, v2
	v_add_u32_e32 v2, s17, v9
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v22, s17, v2
	v_add_u32_e32 v2, 9, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v23, s17, v2
	v_add_u32_e32 v2, 10, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v24, s17, v2
	v_add_u32_e32 v2, 11, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v25, s17, v2
	v_add_u32_e32 v2, s17, v56
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v37, s17, v2
	v_add_u32_e32 v2, 17, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v47, s17, v2
	v_add_u32_e32 v2, 18, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v48, s17, v2
	v_add_u32_e32 v2, 19, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v49, s17, v2
	v_add_u32_e32 v2, s17, v10
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v57, s17, v2
	v_add_u32_e32 v2, 25, v15
	v_xor_b32_e32 v2, s17, v2
	v_mul_hi_u32 v3, v2, v14
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s17, v2
	v_subrev_u32_e32 v58, s17, v2
	v_add_u32_e32 v2, 26, v15
	v_xor_b32_e32 v9, s17, v2
	v_mul_hi_u32 v2, v9, v14
	v_mul_lo_u32 v59, v2, s16
	.loc	1 35 59                         ; w8a8_gemm.py:35:59
	v_lshlrev_b32_e32 v2, 4, v0
	v_and_b32_e32 v34, 0x70, v2
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mad_u64_u32 v[2:3], s[2:3], v4, s15, v[34:35]
	v_mad_u64_u32 v[4:5], s[2:3], v5, s15, v[34:35]
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17 is_stmt 1               ; standard.py:43:17 @[ w8a8_gemm.py:42:33 ]
	s_add_i32 s15, s14, 0x7f
.Ltmp3:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s15, 0x7f
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s14, v34
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	v_bfrev_b32_e32 v5, 1
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b64 vcc, vcc, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_b32 s29, s29, 0xffff
	v_cndmask_b32_e32 v3, v5, v2, vcc
	v_cndmask_b32_e32 v10, v5, v4, vcc
	buffer_load_dwordx4 v[26:29], v3, s[28:31], 0 offen
	buffer_load_dwordx4 v[30:33], v10, s[28:31], 0 offen
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v3, 1, v36
	v_and_b32_e32 v35, 0x7e, v3
	v_or_b32_e32 v3, 1, v3
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v35
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	s_waitcnt lgkmcnt(0)
	v_mad_u64_u32 v[10:11], s[6:7], v35, s11, v[16:17]
	v_mad_u64_u32 v[12:13], s[6:7], v3, s11, v[16:17]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 vcc, s[2:3], vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v10, v5, v10, vcc
	v_cndmask_b32_e32 v5, v5, v12, vcc
	buffer_load_dwordx4 v[38:41], v10, s[4:7], 0 offen
	buffer_load_dwordx4 v[42:45], v5, s[4:7], 0 offen
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_u32_e32 v5, v9, v59
	v_subrev_u32_e32 v9, s16, v5
	v_cmp_le_u32_e32 vcc, s16, v5
	s_mov_b32 s6, 0x5010400
	s_mov_b32 s7, 0x7030602
	v_cndmask_b32_e32 v5, v5, v9, vcc
	v_subrev_u32_e32 v9, s16, v5
	v_cmp_le_u32_e32 vcc, s16, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v10, 31, v20
	v_ashrrev_i32_e32 v11, 31, v21
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v5, v5, v9, vcc
	v_xor_b32_e32 v5, s17, v5
	v_subrev_u32_e32 v59, s17, v5
	v_add_u32_e32 v5, 27, v15
	v_xor_b32_e32 v5, s17, v5
	v_mul_hi_u32 v9, v5, v14
	v_mul_lo_u32 v9, v9, s16
	v_sub_u32_e32 v5, v5, v9
	v_subrev_u32_e32 v9, s16, v5
	v_cmp_le_u32_e32 vcc, s16, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v12, 31, v22
	v_ashrrev_i32_e32 v13, 31, v23
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v5, v5, v9, vcc
	v_subrev_u32_e32 v9, s16, v5
	v_cmp_le_u32_e32 vcc, s16, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v14, 31, v24
	v_ashrrev_i32_e32 v15, 31, v25
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v5, v5, v9, vcc
	v_xor_b32_e32 v5, s17, v5
	v_subrev_u32_e32 v60, s17, v5
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v5, 31, v18
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v18, v5
	v_ashrrev_i32_e32 v18, 31, v37
	v_lshrrev_b32_e32 v18, 25, v18
	v_add_u32_e32 v18, v37, v18
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v37, 4, v36
	v_and_b32_e32 v36, 0x78, v36
	v_xor_b32_e32 v37, v37, v36
	v_add_u32_e32 v36, 0, v37
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v9, 31, v19
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v10, 25, v10
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_add_u32_e32 v9, v19, v9
	v_add_u32_e32 v10, v20, v10
	v_add_u32_e32 v11, v21, v11
	v_add_u32_e32 v12, v22, v12
	v_add_u32_e32 v13, v23, v13
	v_add_u32_e32 v14, v24, v14
	v_add_u32_e32 v15, v25, v15
	v_ashrrev_i32_e32 v19, 31, v47
	v_ashrrev_i32_e32 v20, 31, v48
	v_ashrrev_i32_e32 v21, 31, v49
	v_ashrrev_i32_e32 v22, 31, v57
	v_ashrrev_i32_e32 v23, 31, v58
	v_ashrrev_i32_e32 v24, 31, v59
	v_ashrrev_i32_e32 v25, 31, v60
	v_lshrrev_b32_e32 v19, 25, v19
	v_lshrrev_b32_e32 v20, 25, v20
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v36, v[26:27], v[30:31] offset1:8
	v_xor_b32_e32 v26, 8, v37
	v_add_u32_e32 v37, 0, v26
	ds_write2st64_b64 v37, v[28:29], v[32:33] offset1:8
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v21, 25, v21
	v_lshrrev_b32_e32 v22, 25, v22
	v_lshrrev_b32_e32 v23, 25, v23
	v_lshrrev_b32_e32 v24, 25, v24
	v_lshrrev_b32_e32 v25, 25, v25
	v_add_u32_e32 v19, v47, v19
	v_add_u32_e32 v20, v48, v20
	v_add_u32_e32 v21, v49, v21
	v_add_u32_e32 v22, v57, v22
	v_add_u32_e32 v23, v58, v23
	v_add_u32_e32 v24, v59, v24
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(0)
	v_perm_b32 v26, v42, v38, s6
	v_perm_b32 v27, v42, v38, s7
	v_lshlrev_b32_e32 v38, 3, v46
	v_perm_b32 v28, v43, v39, s6
	v_perm_b32 v29, v43, v39, s7
	v_xor_b32_e32 v38, v35, v38
	v_mov_b32_e32 v39, 8
	v_perm_b32 v30, v44, v40, s6
	v_perm_b32 v31, v44, v40, s7
	v_lshl_or_b32 v38, v46, 11, v38
	v_lshrrev_b32_sdwa v40, v39, v26 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_perm_b32 v32, v45, v41, s6
	v_perm_b32 v33, v45, v41, s7
	v_add_u32_e32 v41, 0, v38
	v_or_b32_sdwa v40, v26, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v41, v40 offset:8192
	v_xor_b32_e32 v40, 8, v38
	s_movk_i32 s6, 0xff
	v_add_u32_e32 v65, 0, v40
	v_lshrrev_b32_e32 v40, 24, v26
	v_lshlrev_b16_e32 v40, 8, v40
	v_and_b32_sdwa v26, v26, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v26, v26, v40
	ds_write_b16 v65, v26 offset:8320
	v_xor_b32_e32 v26, 16, v38
	v_add_u32_e32 v67, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v27 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v25, v60, v25
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v26, v27, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v67, v26 offset:8448
	v_xor_b32_e32 v26, 24, v38
	v_add_u32_e32 v69, 0, v26
	v_lshrrev_b32_e32 v26, 24, v27
	v_lshlrev_b16_e32 v26, 8, v26
	v_and_b32_sdwa v27, v27, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v26, v27, v26
	ds_write_b16 v69, v26 offset:8576
	v_xor_b32_e32 v26, 32, v38
	v_add_u32_e32 v70, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v28 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v27, v28, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v26, v28, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v70, v26 offset:8704
	v_xor_b32_e32 v26, 40, v38
	v_add_u32_e32 v71, 0, v26
	v_lshrrev_b32_e32 v26, 24, v28
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v26, v27, v26
	ds_write_b16 v71, v26 offset:8832
	v_xor_b32_e32 v26, 48, v38
	v_add_u32_e32 v72, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v29 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v27, v29, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v26, v29, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v72, v26 offset:8960
	v_xor_b32_e32 v26, 56, v38
	v_add_u32_e32 v73, 0, v26
	v_lshrrev_b32_e32 v26, 24, v29
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v26, v27, v26
	ds_write_b16 v73, v26 offset:9088
	v_xor_b32_e32 v26, 64, v38
	v_add_u32_e32 v74, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v30 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v27, v30, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v26, v30, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v74, v26 offset:9216
	v_xor_b32_e32 v26, 0x48, v38
	v_add_u32_e32 v75, 0, v26
	v_lshrrev_b32_e32 v26, 24, v30
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v26, v27, v26
	ds_write_b16 v75, v26 offset:9344
	v_xor_b32_e32 v26, 0x50, v38
	v_add_u32_e32 v76, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v31 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v27, v31, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v26, v31, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v76, v26 offset:9472
	v_xor_b32_e32 v26, 0x58, v38
	v_add_u32_e32 v77, 0, v26
	v_lshrrev_b32_e32 v26, 24, v31
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v26, v27, v26
	ds_write_b16 v77, v26 offset:9600
	v_xor_b32_e32 v26, 0x60, v38
	v_add_u32_e32 v78, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v32 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v27, v32, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v26, v32, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v78, v26 offset:9728
	v_xor_b32_e32 v26, 0x68, v38
	v_add_u32_e32 v79, 0, v26
	v_lshrrev_b32_e32 v26, 24, v32
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v26, v27, v26
	ds_write_b16 v79, v26 offset:9856
	v_xor_b32_e32 v26, 0x70, v38
	v_add_u32_e32 v80, 0, v26
	v_lshrrev_b32_sdwa v26, v39, v33 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v27, v33, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v26, v33, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v80, v26 offset:9984
	v_xor_b32_e32 v26, 0x78, v38
	v_add_u32_e32 v81, 0, v26
	v_lshrrev_b32_e32 v26, 24, v33
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v26, v27, v26
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s15, 0xff
	v_mul_lo_u32 v38, v8, s18
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v81, v26 offset:10112
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
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
                                        ; implicit-def: $sgpr36_sgpr37
                                        ; implicit-def: $sgpr16_sgpr17
.LBB0_3:                                ; %Flow
	s_load_dword s18, s[0:1], 0x44
	v_ashrrev_i32_e32 v68, 7, v5
	v_ashrrev_i32_e32 v66, 7, v9
	v_ashrrev_i32_e32 v64, 7, v10
	v_ashrrev_i32_e32 v63, 7, v11
	v_ashrrev_i32_e32 v62, 7, v12
	v_ashrrev_i32_e32 v61, 7, v13
	v_ashrrev_i32_e32 v40, 7, v14
	v_ashrrev_i32_e32 v39, 7, v15
	v_ashrrev_i32_e32 v49, 7, v18
	v_ashrrev_i32_e32 v48, 7, v19
	v_ashrrev_i32_e32 v47, 7, v20
	v_ashrrev_i32_e32 v46, 7, v21
	v_ashrrev_i32_e32 v45, 7, v22
	v_ashrrev_i32_e32 v44, 7, v23
	v_ashrrev_i32_e32 v43, 7, v24
	v_ashrrev_i32_e32 v42, 7, v25
	s_andn2_b64 vcc, exec, s[6:7]
	v_bfe_i32 v60, v0, 4, 1
	v_lshlrev_b32_e32 v57, 7, v6
	v_and_b32_e32 v59, 15, v0
	v_lshrrev_b32_e32 v58, 2, v7
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	v_lshlrev_b32_e32 v0, 3, v59
	.loc	1 52 28 is_stmt 1               ; w8a8_gemm.py:52:28
	s_lshl_b32 s40, s11, 7
.Ltmp4:
	.loc	2 43 30                         ; standard.py:43:30 @[ w8a8_gemm.py:42:33 ]
	s_lshr_b32 s10, s15, 7
	s_lshl_b32 s6, s35, 5
	v_xor_b32_e32 v5, v0, v58
	v_or3_b32 v5, s6, v57, v5
	s_and_b64 s[6:7], s[22:23], exec
	s_cselect_b32 s6, 0, 0x1010
	v_and_b32_e32 v13, 0x808, v60
	v_or_b32_e32 v14, s6, v58
	v_xor_b32_e32 v13, v13, v14
.Ltmp5:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_u16_e32 v1, s19, v1
	v_xor_b32_e32 v0, v13, v0
	v_lshrrev_b16_e32 v1, 1, v1
	v_lshl_or_b32 v0, v59, 7, v0
	v_and_b32_e32 v1, 0xfe, v1
	v_xor_b32_e32 v6, 16, v5
	v_xor_b32_e32 v7, 32, v5
	v_xor_b32_e32 v8, 48, v5
	v_xor_b32_e32 v9, 64, v5
	v_xor_b32_e32 v10, 0x50, v5
	v_xor_b32_e32 v11, 0x60, v5
	v_xor_b32_e32 v12, 0x70, v5
	v_xor_b32_e32 v13, 16, v0
	v_xor_b32_e32 v14, 32, v0
	v_xor_b32_e32 v15, 48, v0
	v_xor_b32_e32 v19, 64, v0
	v_xor_b32_e32 v20, 0x50, v0
	v_xor_b32_e32 v21, 0x60, v0
	v_xor_b32_e32 v22, 0x70, v0
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	s_and_b32 s25, s25, 0xffff
	v_or_b32_e32 v3, 0x80, v3
	v_add_u32_e32 v1, 0x80, v1
	v_mov_b32_e32 v18, 0
	s_mov_b32 s41, 0
	s_mov_b64 s[36:37], s[8:9]
	s_mov_b64 s[16:17], s[24:25]
	v_mul_lo_u32 v82, s11, v3
	v_mul_lo_u32 v83, s11, v1
	v_add_u32_e32 v84, 0x80, v4
	v_add_u32_e32 v85, 0x80, v2
	s_add_i32 s19, s10, -1
	s_add_i32 s42, s14, 0xffffff80
	v_bfrev_b32_e32 v86, 1
	v_add_u32_e32 v87, 0, v5
	v_add_u32_e32 v88, 0, v6
	v_add_u32_e32 v89, 0, v7
	v_add_u32_e32 v90, 0, v8
	v_add_u32_e32 v91, 0, v9
	v_add_u32_e32 v92, 0, v10
	v_add_u32_e32 v93, 0, v11
	v_add_u32_e32 v94, 0, v12
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_add_u32_e32 v95, 0, v0
	v_add_u32_e32 v96, 0, v13
	v_add_u32_e32 v97, 0, v14
	v_add_u32_e32 v98, 0, v15
	v_add_u32_e32 v99, 0, v19
	v_add_u32_e32 v100, 0, v20
	v_add_u32_e32 v101, 0, v21
	v_add_u32_e32 v102, 0, v22
	s_mov_b32 s10, s38
	s_mov_b32 s11, s39
	s_mov_b32 s26, s38
	s_mov_b32 s27, s39
	s_mov_b32 s43, 0x5010400
	s_mov_b32 s44, 0x7030602
	s_movk_i32 s45, 0xff
	v_mov_b32_e32 v103, 8
	v_mov_b32_e32 v19, v18
	v_mov_b32_e32 v20, v18
	v_mov_b32_e32 v21, v18
	v_mov_b32_e32 v22, v18
	v_mov_b32_e32 v23, v18
	v_mov_b32_e32 v24, v18
	v_mov_b32_e32 v25, v18
	v_mov_b32_e32 v26, v18
	v_mov_b32_e32 v27, v18
	v_mov_b32_e32 v28, v18
	v_mov_b32_e32 v29, v18
	v_mov_b32_e32 v30, v18
	v_mov_b32_e32 v31, v18
	v_mov_b32_e32 v32, v18
	v_mov_b32_e32 v33, v18
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 51 18                         ; w8a8_gemm.py:51:18
	v_add_u32_e32 v0, s41, v85
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_u32_e32 v1, s41, v84
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s42, v34
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_u32_e32 v2, v83, v16
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e64 s[14:15], s42, v35
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_u32_e32 v3, v82, v16
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v0, v86, v0, vcc
	v_cndmask_b32_e32 v1, v86, v1, vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v113, v86, v2, s[14:15]
	v_cndmask_b32_e64 v116, v86, v3, s[14:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	buffer_load_dwordx4 v[104:107], v0, s[28:31], 0 offen
	buffer_load_dwordx4 v[108:111], v1, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[114:115], v95 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[118:119], v87
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[122:123], v96 offset:8192
	ds_read_b64 v[128:129], v97 offset:8192
	ds_read_b64 v[134:135], v98 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[124:125], v88
	ds_read_b64 v[130:131], v89
	ds_read_b64 v[136:137], v90
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(6)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[114:115], v[118:119], 0
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s46, s41, 7
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_add_lshl_u32 v112, s46, v38, 2
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s46, s46, s18
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	buffer_load_dword v120, v112, s[8:11], 0 offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v121, s46, v68, 2
	v_add_lshl_u32 v126, s46, v62, 2
	v_add_lshl_u32 v127, s46, v61, 2
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[122:123], v[124:125], v[0:15]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v123, s46, v66, 2
	v_add_lshl_u32 v124, s46, v64, 2
	v_add_lshl_u32 v125, s46, v63, 2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	buffer_load_dwordx4 v[112:115], v113, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[116:119], v116, s[4:7], 0 offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_nop 0
	buffer_load_dword v122, v121, s[24:27], 0 offen
	v_add_lshl_u32 v132, s46, v47, 2
	v_add_lshl_u32 v133, s46, v46, 2
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[138:139], v91
	ds_read_b64 v[140:141], v92
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[142:143], v99 offset:8192
	ds_read_b64 v[144:145], v100 offset:8192
	ds_read_b64 v[146:147], v101 offset:8192
	ds_read_b64 v[148:149], v102 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(7)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[128:129], v[130:131], v[0:15]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v128, s46, v40, 2
	v_add_lshl_u32 v129, s46, v39, 2
	v_add_lshl_u32 v130, s46, v49, 2
	v_add_lshl_u32 v131, s46, v48, 2
	buffer_load_dword v123, v123, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v124, v124, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v125, v125, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v126, v126, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v127, v127, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v128, v128, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v129, v129, s[24:27], 0 offen
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[150:151], v93
	ds_read_b64 v[152:153], v94
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addk_i32 s41, 0x80
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(8)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[134:135], v[136:137], v[0:15]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v134, s46, v45, 2
	v_add_lshl_u32 v135, s46, v44, 2
	v_add_lshl_u32 v136, s46, v43, 2
	v_add_lshl_u32 v137, s46, v42, 2
	buffer_load_dword v130, v130, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v131, v131, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v132, v132, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v133, v133, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v134, v134, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v135, v135, s[24:27], 0 offen
	s_nop 0
	buffer_load_dword v136, v136, s[24:27], 0 offen
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_i32 s19, s19, -1
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	buffer_load_dword v137, v137, s[24:27], 0 offen
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[142:143], v[138:139], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addk_i32 s42, 0xff80
	v_add_u32_e32 v16, s40, v16
	s_cmp_lg_u32 s19, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt vmcnt(19)
	ds_write2st64_b64 v36, v[104:105], v[108:109] offset1:8
	ds_write2st64_b64 v37, v[106:107], v[110:111] offset1:8
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[144:145], v[140:141], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(16)
	v_perm_b32 v104, v116, v112, s43
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[146:147], v[150:151], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_perm_b32 v105, v116, v112, s44
	v_perm_b32 v106, v117, v113, s43
	v_perm_b32 v107, v117, v113, s44
	v_perm_b32 v108, v118, v114, s43
	v_perm_b32 v109, v118, v114, s44
	v_perm_b32 v110, v119, v115, s43
	v_perm_b32 v111, v119, v115, s44
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[148:149], v[152:153], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v112, 24, v109
	v_lshrrev_b32_e32 v115, 24, v110
	v_lshrrev_b32_e32 v118, 24, v111
	v_and_b32_sdwa v113, v109, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v114, v103, v110 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v116, v110, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v117, v103, v111 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_nop 3
	v_pk_mul_f32 v[0:1], v[120:121], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[120:121], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[120:121], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[120:121], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[120:121], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[120:121], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[32:33], v[122:123], v[0:1], v[32:33]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_lshrrev_b32_sdwa v0, v103, v104 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v1, 24, v104
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[8:9], v[120:121], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[120:121], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[30:31], v[124:125], v[2:3], v[30:31]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[28:29], v[126:127], v[4:5], v[28:29]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[26:27], v[128:129], v[6:7], v[26:27]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[22:23], v[132:133], v[10:11], v[22:23]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[20:21], v[134:135], v[12:13], v[20:21]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v2, v104, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v4, 24, v105
	v_lshrrev_b32_sdwa v6, v103, v106 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v7, 24, v106
	v_lshrrev_b32_e32 v10, 24, v107
	v_lshrrev_b32_sdwa v12, v103, v108 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v13, 24, v108
	v_or_b32_sdwa v0, v104, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v1, 8, v1
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[24:25], v[130:131], v[8:9], v[24:25]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[18:19], v[136:137], v[14:15], v[18:19]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_sdwa v3, v103, v105 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v5, v105, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v8, v106, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v9, v103, v107 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v11, v107, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v14, v108, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_sdwa v15, v103, v109 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_and_b32_sdwa v119, v111, s45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_sdwa v6, v106, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v4, 8, v4
	v_lshlrev_b16_e32 v7, 8, v7
	v_or_b32_sdwa v12, v108, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v10, 8, v10
	v_lshlrev_b16_e32 v13, 8, v13
	v_lshlrev_b16_e32 v104, 8, v112
	v_lshlrev_b16_e32 v106, 8, v115
	v_lshlrev_b16_e32 v108, 8, v118
	ds_write_b16 v41, v0 offset:8192
	v_or_b32_e32 v0, v2, v1
	v_or_b32_sdwa v3, v105, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v9, v107, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v15, v109, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v105, v110, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v107, v111, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_e32 v1, v5, v4
	v_or_b32_e32 v2, v8, v7
	v_or_b32_e32 v4, v11, v10
	v_or_b32_e32 v5, v14, v13
	v_or_b32_e32 v7, v113, v104
	v_or_b32_e32 v8, v116, v106
	v_or_b32_e32 v10, v119, v108
	ds_write_b16 v65, v0 offset:8320
	ds_write_b16 v67, v3 offset:8448
	ds_write_b16 v69, v1 offset:8576
	ds_write_b16 v70, v6 offset:8704
	ds_write_b16 v71, v2 offset:8832
	ds_write_b16 v72, v9 offset:8960
	ds_write_b16 v73, v4 offset:9088
	ds_write_b16 v74, v12 offset:9216
	ds_write_b16 v75, v5 offset:9344
	ds_write_b16 v76, v15 offset:9472
	ds_write_b16 v77, v7 offset:9600
	ds_write_b16 v78, v105 offset:9728
	ds_write_b16 v79, v8 offset:9856
	ds_write_b16 v80, v107 offset:9984
	ds_write_b16 v81, v10 offset:10112
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_5
; %bb.6:                                ; %._crit_edge.loopexit
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s10, s41, 7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
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
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v18, 0
.LBB0_8:                                ; %Flow167
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	v_add_lshl_u32 v0, s10, v38, 2
	v_bfrev_b32_e32 v1, 1
	s_load_dword s0, s[0:1], 0x3c
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s1, s10, s18
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	buffer_load_dword v16, v0, s[36:39], 0 offen
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	v_add_lshl_u32 v0, s1, v68, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	s_mov_b32 s18, s38
	s_mov_b32 s19, s39
	v_add_lshl_u32 v2, s1, v66, 2
	v_add_lshl_u32 v3, s1, v64, 2
	v_add_lshl_u32 v4, s1, v63, 2
	v_add_lshl_u32 v5, s1, v62, 2
	v_add_lshl_u32 v6, s1, v61, 2
	v_add_lshl_u32 v7, s1, v40, 2
	v_add_lshl_u32 v8, s1, v39, 2
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
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_b64 s[4:5], s[22:23], exec
	s_cselect_b32 s1, 0, 0x1010
	v_and_b32_e32 v0, 0x808, v60
	v_or_b32_e32 v1, s1, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v2, 3, v59
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v0, v0, v1
	v_xor_b32_e32 v0, v0, v2
	v_lshl_or_b32 v59, v59, 7, v0
	v_add_u32_e32 v0, 0, v59
	ds_read_b64 v[60:61], v0 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_lshl_b32 s1, s35, 5
	v_xor_b32_e32 v0, v2, v58
	v_or3_b32 v57, s1, v57, v0
	v_add_u32_e32 v0, 0, v57
	ds_read_b64 v[62:63], v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xad_u32 v58, v59, 16, 0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v58, v57, 16, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xad_u32 v58, v59, 32, 0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v58, v57, 32, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xad_u32 v58, v59, 48, 0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v58, v57, 48, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xad_u32 v58, v59, 64, 0
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[60:61], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v58, v57, 64, 0
	ds_read_b64 v[62:63], v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v58, 0x50, v59
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[64:65], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v58, 0x50, v57
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[60:61], v[62:63], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[60:61], v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v58, 0x60, v59
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[62:63], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v58, 0x60, v57
	v_add_u32_e32 v58, 0, v58
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[64:65], v[60:61], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[60:61], v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v58, 0x70, v59
	v_add_u32_e32 v58, 0, v58
	ds_read_b64 v[58:59], v58 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v57, 0x70, v57
	v_add_u32_e32 v57, 0, v57
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[62:63], v[60:61], v[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[60:61], v57
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[58:59], v[60:61], v[0:15]
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
	v_mul_lo_u32 v17, v17, s0
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(16)
	s_nop 7
	v_pk_mul_f32 v[0:1], v[16:17], v[0:1] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[0:1], v[40:41], v[0:1], v[32:33]
	s_movk_i32 s6, 0x7fff
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v33, v33, v1, s[2:3]
	v_cndmask_b32_e64 v32, v32, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[2:3] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[0:1], v[38:39], v[0:1], v[30:31]
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	s_mul_i32 s1, s0, s33
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v2, v31, v1, s[2:3]
	v_cndmask_b32_e64 v3, v30, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[4:5] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[0:1], v[36:37], v[0:1], v[28:29]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_mov_b32 s7, 0x5040100
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v4, v29, v1, s[2:3]
	v_cndmask_b32_e64 v5, v28, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[6:7] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[0:1], v[34:35], v[0:1], v[26:27]
	.loc	1 56 52 is_stmt 1               ; w8a8_gemm.py:56:52
	s_add_i32 s1, s1, s34
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v6, v27, v1, s[2:3]
	v_cndmask_b32_e64 v7, v26, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[8:9] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[0:1], v[48:49], v[0:1], v[24:25]
	.loc	1 56 52 is_stmt 1               ; w8a8_gemm.py:56:52
	v_or_b32_e32 v50, s1, v50
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v25, v1, s[2:3]
	v_cndmask_b32_e64 v9, v24, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[10:11] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[0:1], v[46:47], v[0:1], v[22:23]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v54
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v23, v1, s[2:3]
	v_cndmask_b32_e64 v11, v22, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[20:21]
	.loc	1 57 58 is_stmt 1               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[4:5], s13, v55
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v21, v1, s[2:3]
	v_cndmask_b32_e64 v13, v20, v0, s[2:3]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[16:17], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[42:43], v[0:1], v[18:19]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	v_bfe_u32 v16, v32, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v15, v18, v0, s[2:3]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v0, v3, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v19, v1, s[2:3]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v1, v2, 16, 1
	v_add3_u32 v0, v3, v0, s6
	v_add3_u32 v1, v2, v1, s6
	v_lshrrev_b32_e32 v0, 16, v0
	v_mov_b32_e32 v19, 0x7fff
	v_cmp_o_f32_e64 s[2:3], v3, v3
	v_bfe_u32 v18, v33, 16, 1
	v_add3_u32 v16, v32, v16, s6
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v19, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v2, v2
	v_add3_u32 v18, v33, v18, s6
	v_lshrrev_b32_e32 v16, 16, v16
	v_cndmask_b32_e64 v1, v19, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v32, v32
	v_lshrrev_b32_e32 v18, 16, v18
	v_perm_b32 v1, v1, v0, s7
	v_cndmask_b32_e64 v0, v19, v16, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v33, v33
	v_bfrev_b32_e32 v3, 1
	s_and_b32 s21, s21, 0xffff
	v_cndmask_b32_e64 v2, v19, v18, s[2:3]
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v50, v17, 1
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[2:3], vcc, s[4:5]
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v2, v3, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
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
	v_or_b32_e32 v51, s1, v51
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v4, v8, 16, 1
	v_cndmask_b32_e64 v2, v19, v16, s[4:5]
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v51, v17, 1
	v_cndmask_b32_e64 v2, v3, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
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
	v_or_b32_e32 v52, s1, v52
	v_or_b32_e32 v53, s1, v53
	.loc	1 57 58                         ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[0:1], s13, v56
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v2, v19, v4, s[2:3]
	v_perm_b32 v0, v2, v0, s7
	v_add_lshl_u32 v2, v52, v17, 1
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
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
	buffer_store_dwordx2 v[0:1], v2, s[20:23], 0 offen
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
		.amdhsa_next_free_vgpr 154
		.amdhsa_next_free_sgpr 47
		.amdhsa_accum_offset 156
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
	.set w8a8_block_fp8_matmul.num_vgpr, 154
	.set w8a8_block_fp8_matmul.num_agpr, 0
	.set w8a8_block_fp8_matmul.numbered_sgpr, 47
	.set w8a8_block_fp8_matmul.num_named_barrier, 0
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 7016
; TotalNumSgprs: 53
; NumVgprs: 154
; NumAgprs: 0
; TotalNumVgprs: 154
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 19
; NumSGPRsForWavesPerEU: 53
; NumVGPRsForWavesPerEU: 154
; AccumOffset: 156
; Occupancy: 3
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 38
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
    .sgpr_count:     53
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     154
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

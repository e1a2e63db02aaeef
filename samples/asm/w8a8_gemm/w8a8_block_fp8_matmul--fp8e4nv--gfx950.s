	.amdgcn_target "amdgpu9.50-amd-amdhsa-unknown-gfx950"
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
	s_load_dwordx8 s[8:15], s[4:5], 0x0
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.12:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_dwordx4 s[28:31], s[4:5], 0x20
	s_load_dwordx2 s[6:7], s[4:5], 0x30
	s_mov_b64 s[20:21], s[14:15]
	v_and_b32_e32 v1, 0x3ff, v0
.Ltmp1:
	.loc	1 32 16 is_stmt 1               ; w8a8_gemm.py:32:16
	s_lshl_b32 s33, s16, 6
	s_waitcnt lgkmcnt(0)
	s_mov_b64 s[14:15], s[30:31]
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	s_abs_i32 s2, s14
	v_cvt_f32_u32_e32 v4, s2
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_readfirstlane_b32 s0, v1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_bfe_u32 s41, s0, 0x20006
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshl_b32 s1, s41, 6
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_rcp_f32_e32 v4, v4
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_or_b32 v2, v0, 56, s41
	s_and_b32 s40, s1, 0x80
	s_and_b32 s1, s1, 64
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	s_sub_i32 s3, 0, s2
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s34, s1, 1
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v2, s33, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_bfe_i32 s1, s16, 0x10019
	v_mul_lo_u32 v6, s3, v4
	v_add_u32_e32 v2, s1, v2
	v_mul_hi_u32 v6, v4, v6
	v_xor_b32_e32 v5, s1, v2
	v_add_u32_e32 v4, v4, v6
	v_mul_hi_u32 v6, v5, v4
	v_mul_lo_u32 v6, v6, s2
	v_sub_u32_e32 v5, v5, v6
	v_subrev_u32_e32 v6, s2, v5
	v_cmp_le_u32_e32 vcc, s2, v5
	v_add_u32_e32 v2, 4, v2
	v_xor_b32_e32 v2, s1, v2
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s2, v5
	v_cmp_le_u32_e32 vcc, s2, v5
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s31, s40, 2
	v_and_or_b32 v17, v0, 31, s31
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_mul_hi_u32 v6, v2, v4
	v_mul_lo_u32 v6, v6, s2
	v_sub_u32_e32 v2, v2, v6
	v_subrev_u32_e32 v6, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v35, s33, v17
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_abs_i32 s16, s15
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_subrev_u32_e32 v6, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	v_xor_b32_e32 v5, s1, v5
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	v_lshlrev_b32_e32 v53, 4, v1
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_xor_b32_e32 v2, s1, v2
	v_subrev_u32_e32 v6, s1, v2
	v_add_u32_e32 v2, s1, v35
	v_xor_b32_e32 v2, s1, v2
	v_mul_hi_u32 v4, v2, v4
	v_mul_lo_u32 v4, v4, s2
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	v_subrev_u32_e32 v5, s1, v5
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	s_lshl_b32 s35, s17, 6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_bfe_i32 s45, s17, 0x10019
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v52, 32, v0
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cvt_f32_u32_e32 v4, s16
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v2, s1, v2
	v_subrev_u32_e32 v15, s1, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_sub_i32 s1, 0, s16
	v_rcp_f32_e32 v2, v4
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_and_or_b32 v4, v53, 48, s35
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v4, s45, v4
	v_xor_b32_e32 v4, s45, v4
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v3, 3, v52
	v_or_b32_e32 v3, s34, v3
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v3, s35, v3
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v7, s1, v2
	v_mul_hi_u32 v7, v2, v7
	v_add_u32_e32 v12, v2, v7
	v_mul_hi_u32 v2, v4, v12
	v_mul_lo_u32 v2, v2, s16
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	v_add_u32_e32 v13, s45, v3
	v_xor_b32_e32 v3, s45, v13
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_load_dword s30, s[4:5], 0x38
	s_load_dword s22, s[4:5], 0x40
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	v_xor_b32_e32 v2, s45, v2
	v_subrev_u32_e32 v8, s45, v2
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s23, s6, 0x7f
.Ltmp3:
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mul_i32 s19, s41, 0x410
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v14, s45, v3
	v_add_u32_e32 v3, 1, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_mov_b64 s[24:25], s[10:11]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s11, 0x27000
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_mov_b32 s10, 0x7ffffffe
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mulk_i32 s41, 0x420
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v18, s45, v3
	v_add_u32_e32 v3, 2, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s26, s10
	s_mov_b32 s27, s11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	v_add_u32_e32 v31, 26, v13
	s_mov_b32 s18, 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v19, s45, v3
	v_add_u32_e32 v3, 3, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v37, v15, s22
	v_lshlrev_b32_e32 v15, 9, v1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	v_and_b32_e32 v54, 16, v1
	s_nop 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v20, s45, v3
	v_add_u32_e32 v3, 8, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v21, s45, v3
	v_add_u32_e32 v3, 9, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v22, s45, v3
	v_add_u32_e32 v3, 10, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v23, s45, v3
	v_add_u32_e32 v3, 11, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v24, s45, v3
	v_add_u32_e32 v3, 16, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v25, s45, v3
	v_add_u32_e32 v3, 17, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v26, s45, v3
	v_add_u32_e32 v3, 18, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v27, s45, v3
	v_add_u32_e32 v3, 19, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v28, s45, v3
	v_add_u32_e32 v3, 24, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v29, s45, v3
	v_add_u32_e32 v3, 25, v13
	v_xor_b32_e32 v3, s45, v3
	v_mul_hi_u32 v4, v3, v12
	v_mul_lo_u32 v4, v4, s16
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s16, v3
	v_cmp_le_u32_e32 vcc, s16, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s45, v3
	v_subrev_u32_e32 v30, s45, v3
	.loc	1 35 53                         ; w8a8_gemm.py:35:53
	v_and_b32_e32 v3, 7, v0
	v_lshlrev_b32_e32 v16, 4, v3
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_lshrrev_b32_e32 v0, 1, v0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_mad_u64_u32 v[4:5], s[2:3], v5, s7, v[16:17]
	v_mad_u64_u32 v[6:7], s[2:3], v6, s7, v[16:17]
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	v_and_b32_e32 v0, 30, v0
	s_bfe_u32 s7, s0, 0x10006
	v_or_b32_e32 v5, s7, v0
	v_or_b32_e32 v34, s31, v5
	v_or_b32_e32 v36, 64, v34
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	v_mad_u64_u32 v[10:11], s[0:1], v34, s30, v[8:9]
	v_mad_u64_u32 v[8:9], s[0:1], v36, s30, v[8:9]
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s23, 0x7f
	s_cselect_b64 vcc, -1, 0
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s[0:1], s6, v16
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	v_bfrev_b32_e32 v5, 1
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_b32 s9, s9, 0xffff
	s_add_i32 m0, s19, 0x41e0
	v_cndmask_b32_e64 v7, v5, v4, s[0:1]
	buffer_load_dwordx4 v7, s[8:11], 0 offen lds
	v_cndmask_b32_e64 v7, v5, v6, s[0:1]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[0:1], s6, v34
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_add_i32 m0, s19, 0x5220
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[2:3], s6, v36
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	buffer_load_dwordx4 v7, s[8:11], 0 offen lds
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_and_b32 s25, s25, 0xffff
	v_cndmask_b32_e64 v7, v5, v10, s[0:1]
	s_mov_b32 m0, s41
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_and_b64 s[0:1], vcc, s[2:3]
	; asyncmark
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	buffer_load_dwordx4 v7, s[24:27], 0 offen lds
	s_add_i32 m0, s41, 0x1080
	v_cndmask_b32_e64 v5, v5, v8, s[0:1]
	buffer_load_dwordx4 v5, s[24:27], 0 offen lds
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v5, s45, v31
	v_mul_hi_u32 v7, v5, v12
	v_mul_lo_u32 v7, v7, s16
	v_sub_u32_e32 v5, v5, v7
	v_subrev_u32_e32 v7, s16, v5
	v_cmp_le_u32_e64 s[0:1], s16, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v8, 31, v19
	v_lshrrev_b32_e32 v8, 25, v8
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v5, v5, v7, s[0:1]
	v_subrev_u32_e32 v7, s16, v5
	v_cmp_le_u32_e64 s[0:1], s16, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v8, v19, v8
	v_ashrrev_i32_e32 v9, 31, v20
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v5, v5, v7, s[0:1]
	v_xor_b32_e32 v5, s45, v5
	v_subrev_u32_e32 v31, s45, v5
	v_add_u32_e32 v5, 27, v13
	v_xor_b32_e32 v5, s45, v5
	v_mul_hi_u32 v7, v5, v12
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v19, 31, v27
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v7, v7, s16
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v19, 25, v19
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v5, v5, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v9, v20, v9
	v_ashrrev_i32_e32 v10, 31, v21
	v_add_u32_e32 v20, v27, v19
	v_ashrrev_i32_e32 v19, 31, v28
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v7, s16, v5
	v_cmp_le_u32_e64 s[0:1], s16, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v10, 25, v10
	v_lshrrev_b32_e32 v19, 25, v19
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v5, v5, v7, s[0:1]
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v10, v21, v10
	v_ashrrev_i32_e32 v11, 31, v22
	v_add_u32_e32 v21, v28, v19
	v_ashrrev_i32_e32 v19, 31, v29
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v7, s16, v5
	v_cmp_le_u32_e64 s[0:1], s16, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v19, 25, v19
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e64 v5, v5, v7, s[0:1]
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v22, v11
	v_ashrrev_i32_e32 v12, 31, v23
	v_add_u32_e32 v22, v29, v19
	v_ashrrev_i32_e32 v19, 31, v30
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v5, s45, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v19, 25, v19
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v32, s45, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v5, 31, v14
	v_ashrrev_i32_e32 v7, 31, v18
	v_add_u32_e32 v12, v23, v12
	v_ashrrev_i32_e32 v13, 31, v24
	v_add_u32_e32 v23, v30, v19
	v_ashrrev_i32_e32 v19, 31, v31
	v_lshrrev_b32_e32 v5, 25, v5
	v_lshrrev_b32_e32 v7, 25, v7
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v19, 25, v19
	v_add_u32_e32 v5, v14, v5
	v_add_u32_e32 v7, v18, v7
	v_add_u32_e32 v13, v24, v13
	v_ashrrev_i32_e32 v14, 31, v25
	v_ashrrev_i32_e32 v18, 31, v26
	v_add_u32_e32 v24, v31, v19
	v_ashrrev_i32_e32 v19, 31, v32
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v18, 25, v18
	v_lshrrev_b32_e32 v19, 25, v19
	v_add_u32_e32 v14, v25, v14
	v_add_u32_e32 v18, v26, v18
	v_add_u32_e32 v25, v32, v19
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s23, 0xff
	v_lshlrev_b32_e32 v19, 3, v1
	; asyncmark
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v57, 0x400, v15
	v_and_b32_e32 v55, 0x2c0, v53
	v_and_b32_e32 v56, 8, v19
	v_lshrrev_b32_e32 v58, 5, v57
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_and_b32 s37, s21, 0xffff
	s_mov_b32 s36, s20
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s17, s29, 0xffff
	s_mov_b32 s16, s28
	s_mov_b64 s[0:1], 0
	s_mov_b64 s[38:39], s[10:11]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 15 is_stmt 0                ; w8a8_gemm.py:0:15
	s_mov_b64 s[0:1], -1
                                        ; implicit-def: $vgpr55
                                        ; implicit-def: $vgpr56
                                        ; implicit-def: $vgpr57
                                        ; implicit-def: $vgpr58
                                        ; implicit-def: $sgpr36_sgpr37
                                        ; implicit-def: $sgpr16_sgpr17
.LBB0_3:                                ; %Flow122
	s_load_dword s42, s[4:5], 0x44
	s_and_b64 s[0:1], s[0:1], exec
	s_cselect_b32 s0, 1, 0
	v_ashrrev_i32_e32 v62, 7, v5
	v_ashrrev_i32_e32 v61, 7, v7
	v_ashrrev_i32_e32 v43, 7, v8
	v_ashrrev_i32_e32 v42, 7, v9
	v_ashrrev_i32_e32 v41, 7, v10
	v_ashrrev_i32_e32 v40, 7, v11
	v_ashrrev_i32_e32 v39, 7, v12
	v_ashrrev_i32_e32 v38, 7, v13
	v_ashrrev_i32_e32 v51, 7, v14
	v_ashrrev_i32_e32 v50, 7, v18
	v_ashrrev_i32_e32 v49, 7, v20
	v_ashrrev_i32_e32 v48, 7, v21
	v_ashrrev_i32_e32 v47, 7, v22
	v_ashrrev_i32_e32 v46, 7, v23
	v_ashrrev_i32_e32 v45, 7, v24
	v_ashrrev_i32_e32 v44, 7, v25
	s_cmp_lg_u32 s0, 1
	v_lshlrev_b32_e32 v59, 10, v3
	v_lshrrev_b32_e32 v60, 1, v52
	s_cbranch_scc1 .LBB0_6
; %bb.4:                                ; %.lr.ph
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	s_add_i32 s7, s7, s31
	v_add_u32_e32 v3, s7, v0
	v_add_u32_e32 v0, 0xc0, v3
	v_mad_u64_u32 v[0:1], s[0:1], s30, v0, v[2:3]
	v_subrev_u32_e32 v64, s45, v0
	v_add_u32_e32 v0, 0x80, v3
.Ltmp4:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_lshr_b32 s2, s23, 7
	v_and_b32_e32 v57, 0x400, v15
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	s_and_b32 s29, s29, 0xffff
.Ltmp5:
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_mad_u64_u32 v[0:1], s[0:1], s30, v0, v[2:3]
	v_mov_b32_e32 v28, 0
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	s_lshl_b32 s43, s30, 7
	v_and_b32_e32 v63, 0x180, v53
	s_lshl_b32 s44, s40, 2
	v_and_b32_e32 v55, 0x2c0, v53
	v_and_b32_e32 v56, 8, v19
	v_lshrrev_b32_e32 v58, 5, v57
	s_mov_b64 s[38:39], s[22:23]
	s_mov_b64 s[36:37], s[20:21]
	s_mov_b64 s[16:17], s[28:29]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_subrev_u32_e32 v65, s45, v0
	v_add_u32_e32 v66, 0x80, v6
	v_add_u32_e32 v67, 0x80, v4
	s_add_i32 s18, s2, -1
	v_lshlrev_b32_e32 v68, 2, v44
	s_waitcnt lgkmcnt(0)
	s_lshl_b32 s45, s42, 2
	v_lshlrev_b32_e32 v69, 2, v45
	v_lshlrev_b32_e32 v70, 2, v46
	v_lshlrev_b32_e32 v71, 2, v47
	v_lshlrev_b32_e32 v72, 2, v48
	v_lshlrev_b32_e32 v73, 2, v49
	v_lshlrev_b32_e32 v74, 2, v50
	v_lshlrev_b32_e32 v75, 2, v51
	v_lshlrev_b32_e32 v76, 2, v38
	v_lshlrev_b32_e32 v77, 2, v39
	v_lshlrev_b32_e32 v78, 2, v40
	v_lshlrev_b32_e32 v79, 2, v41
	v_lshlrev_b32_e32 v80, 2, v42
	v_lshlrev_b32_e32 v81, 2, v43
	v_lshlrev_b32_e32 v82, 2, v61
	v_lshlrev_b32_e32 v83, 2, v62
	v_lshlrev_b32_e32 v84, 2, v37
	s_mov_b32 s0, 0
	s_movk_i32 s2, 0x41e0
	s_add_i32 s46, s6, 0xffffff80
	s_mov_b32 s47, 0
	s_mov_b32 s1, 0
	s_mov_b32 s48, 0
	v_mov_b32_e32 v29, v28
	v_mov_b32_e32 v32, v28
	v_mov_b32_e32 v33, v28
	v_mov_b32_e32 v30, v28
	v_mov_b32_e32 v31, v28
	v_mov_b32_e32 v26, v28
	v_mov_b32_e32 v27, v28
	v_mov_b32_e32 v24, v28
	v_mov_b32_e32 v25, v28
	v_mov_b32_e32 v22, v28
	v_mov_b32_e32 v23, v28
	v_mov_b32_e32 v20, v28
	v_mov_b32_e32 v21, v28
	v_mov_b32_e32 v18, v28
	v_mov_b32_e32 v19, v28
	v_bfrev_b32_e32 v85, 1
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	s_add_i32 s51, s1, 1
	s_mov_b32 s50, s0
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e64 s[0:1], s46, v16
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_lt_i32 s51, 2
	s_mov_b32 s49, s2
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v0, v85, v67, s[0:1]
	v_cndmask_b32_e64 v3, v85, v66, s[0:1]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cselect_b32 s1, s51, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[2:3], s46, v34
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_lshl_b32 s0, s1, 13
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	v_cmp_gt_i32_e64 s[6:7], s46, v36
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v1, v85, v65, s[2:3]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_lshr_b32 s2, s0, 6
	s_lshr_b32 s3, s0, 5
	s_add_i32 s2, s0, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_add_i32 s0, s0, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_add_i32 s3, s2, s19
	s_add_i32 m0, s3, 0x41e0
	; wait_asyncmark(0)
	s_waitcnt vmcnt(0)
	s_barrier
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v2, v85, v64, s[6:7]
	v_add3_u32 v4, s50, v54, v55
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_add_i32 s49, s49, s44
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_add_i32 s6, s0, s41
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	buffer_load_dwordx4 v0, s[8:11], 0 offen lds
	s_add_i32 m0, s3, 0x5220
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 s26, s10
	s_mov_b32 s27, s11
	v_add3_u32 v4, v4, v56, v57
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add3_u32 v5, s49, v63, v59
	buffer_load_dwordx4 v3, s[8:11], 0 offen lds
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_mov_b32 m0, s6
	v_add3_u32 v89, v4, s34, v58
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add3_u32 v4, v5, v60, v16
	; asyncmark
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	buffer_load_dwordx4 v1, s[24:27], 0 offen lds
	s_add_i32 m0, s6, 0x1080
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b128 v[90:93], v4
	ds_read_b128 v[94:97], v4 offset:32
	ds_read_b128 v[98:101], v4 offset:64
	ds_read_b128 v[102:105], v4 offset:96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	buffer_load_dwordx4 v2, s[24:27], 0 offen lds
	; asyncmark
	ds_read_b64_tr_b8 v[106:107], v89
	ds_read_b64_tr_b8 v[108:109], v89 offset:256
	ds_read_b64_tr_b8 v[110:111], v89 offset:2112
	ds_read_b64_tr_b8 v[112:113], v89 offset:2368
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[106:113], v[90:97], 0
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_dword v90, v84, s[20:23], 0 offen
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64_tr_b8 v[106:107], v89 offset:4224
	ds_read_b64_tr_b8 v[108:109], v89 offset:4480
	ds_read_b64_tr_b8 v[110:111], v89 offset:6336
	ds_read_b64_tr_b8 v[112:113], v89 offset:6592
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v86, s47, v83
	s_mov_b32 s30, s22
	s_mov_b32 s31, s23
	v_add_u32_e32 v87, s47, v82
	v_add_u32_e32 v88, s47, v81
	v_add_u32_e32 v89, s47, v80
	v_add_u32_e32 v114, s47, v70
	v_add_u32_e32 v115, s47, v69
	v_add_u32_e32 v116, s47, v68
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s48, s48, 1
	s_addk_i32 s46, 0xff80
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_addk_i32 s2, 0x41e0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_add_u32_e32 v64, s43, v64
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[106:113], v[98:105], v[0:15]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_u32_e32 v105, s47, v79
	v_add_u32_e32 v106, s47, v78
	v_add_u32_e32 v107, s47, v77
	v_add_u32_e32 v108, s47, v76
	v_add_u32_e32 v109, s47, v75
	v_add_u32_e32 v110, s47, v74
	v_add_u32_e32 v111, s47, v73
	v_add_u32_e32 v112, s47, v72
	v_add_u32_e32 v113, s47, v71
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s47, s47, s45
	v_add_u32_e32 v65, s43, v65
	v_add_u32_e32 v67, 0x80, v67
	v_add_u32_e32 v66, 0x80, v66
	v_add_u32_e32 v84, 4, v84
	s_cmp_lg_u32 s18, s48
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(0)
	s_nop 3
	v_pk_mul_f32 v[0:1], v[90:91], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[90:91], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[90:91], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[90:91], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[90:91], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[90:91], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[90:91], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[90:91], v[14:15] op_sel_hi:[0,1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	buffer_load_dword v90, v86, s[28:31], 0 offen
	buffer_load_dword v91, v87, s[28:31], 0 offen
	buffer_load_dword v92, v88, s[28:31], 0 offen
	buffer_load_dword v93, v89, s[28:31], 0 offen
	buffer_load_dword v94, v105, s[28:31], 0 offen
	buffer_load_dword v95, v106, s[28:31], 0 offen
	buffer_load_dword v96, v107, s[28:31], 0 offen
	buffer_load_dword v97, v108, s[28:31], 0 offen
	buffer_load_dword v98, v109, s[28:31], 0 offen
	buffer_load_dword v99, v110, s[28:31], 0 offen
	buffer_load_dword v100, v111, s[28:31], 0 offen
	buffer_load_dword v101, v112, s[28:31], 0 offen
	buffer_load_dword v102, v113, s[28:31], 0 offen
	buffer_load_dword v103, v114, s[28:31], 0 offen
	buffer_load_dword v104, v115, s[28:31], 0 offen
                                        ; kill: killed $vgpr88
                                        ; kill: killed $vgpr109
                                        ; kill: killed $vgpr115
                                        ; kill: killed $vgpr87
                                        ; kill: killed $vgpr86
                                        ; kill: killed $vgpr108
                                        ; kill: killed $vgpr114
                                        ; kill: killed $vgpr107
                                        ; kill: killed $vgpr113
                                        ; kill: killed $vgpr106
                                        ; kill: killed $vgpr112
                                        ; kill: killed $vgpr105
                                        ; kill: killed $vgpr111
                                        ; kill: killed $vgpr89
                                        ; kill: killed $vgpr110
	buffer_load_dword v105, v116, s[28:31], 0 offen
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[28:29], v[90:91], v[0:1], v[28:29]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[32:33], v[92:93], v[2:3], v[32:33]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[30:31], v[94:95], v[4:5], v[30:31]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[26:27], v[96:97], v[6:7], v[26:27]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[24:25], v[98:99], v[8:9], v[24:25]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[22:23], v[100:101], v[10:11], v[22:23]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[20:21], v[102:103], v[12:13], v[20:21]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[18:19], v[104:105], v[14:15], v[18:19]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_5
	s_branch .LBB0_7
.LBB0_6:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_movk_i32 s2, 0x41e0
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v31, 0
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v28, 0
	s_mov_b32 s0, 0
.LBB0_7:                                ; %Flow123
	.loc	1 47 15 is_stmt 1               ; w8a8_gemm.py:47:15
	v_add_lshl_u32 v0, s18, v37, 2
	v_bfrev_b32_e32 v1, 1
	v_cndmask_b32_e32 v0, v1, v0, vcc
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s3, s18, s42
	; wait_asyncmark(0)
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt vmcnt(0)
	s_barrier
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	buffer_load_dword v34, v0, s[36:39], 0 offen
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	v_add_lshl_u32 v0, s3, v62, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	s_mov_b32 s18, s38
	s_mov_b32 s19, s39
	v_add_lshl_u32 v2, s3, v61, 2
	v_add_lshl_u32 v3, s3, v43, 2
	v_add_lshl_u32 v4, s3, v42, 2
	v_add_lshl_u32 v5, s3, v41, 2
	v_add_lshl_u32 v6, s3, v40, 2
	v_add_lshl_u32 v7, s3, v39, 2
	v_add_lshl_u32 v8, s3, v38, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v8, v1, v8, vcc
	buffer_load_dword v42, v0, s[16:19], 0 offen
	buffer_load_dword v43, v2, s[16:19], 0 offen
	buffer_load_dword v40, v3, s[16:19], 0 offen
	buffer_load_dword v41, v4, s[16:19], 0 offen
	buffer_load_dword v38, v5, s[16:19], 0 offen
	buffer_load_dword v39, v6, s[16:19], 0 offen
	buffer_load_dword v36, v7, s[16:19], 0 offen
	buffer_load_dword v37, v8, s[16:19], 0 offen
	v_add_lshl_u32 v0, s3, v51, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s3, v50, 2
	v_add_lshl_u32 v3, s3, v49, 2
	v_add_lshl_u32 v4, s3, v48, 2
	v_add_lshl_u32 v5, s3, v47, 2
	v_add_lshl_u32 v6, s3, v46, 2
	v_add_lshl_u32 v7, s3, v45, 2
	v_add_lshl_u32 v8, s3, v44, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v1, v1, v8, vcc
	buffer_load_dword v50, v0, s[16:19], 0 offen
	buffer_load_dword v51, v2, s[16:19], 0 offen
	buffer_load_dword v48, v3, s[16:19], 0 offen
	buffer_load_dword v49, v4, s[16:19], 0 offen
	buffer_load_dword v46, v5, s[16:19], 0 offen
	buffer_load_dword v47, v6, s[16:19], 0 offen
	buffer_load_dword v44, v7, s[16:19], 0 offen
	buffer_load_dword v45, v1, s[16:19], 0 offen
	s_load_dword s1, s[4:5], 0x3c
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_and_b64 s[4:5], vcc, exec
	s_cselect_b32 s3, 1, 0
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add3_u32 v0, s0, v54, v55
	v_add3_u32 v0, v0, v56, v57
	v_add3_u32 v54, v0, s34, v58
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v0, 0x180, v53
	s_lshl2_add_u32 s0, s40, s2
	v_add3_u32 v0, s0, v0, v59
	v_add3_u32 v16, v0, v60, v16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64_tr_b8 v[62:63], v54
	ds_read_b64_tr_b8 v[64:65], v54 offset:256
	ds_read_b64_tr_b8 v[66:67], v54 offset:2112
	ds_read_b64_tr_b8 v[68:69], v54 offset:2368
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b128 v[70:73], v16
	ds_read_b128 v[74:77], v16 offset:32
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[62:69], v[70:77], 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64_tr_b8 v[56:57], v54 offset:4224
	ds_read_b64_tr_b8 v[58:59], v54 offset:4480
	ds_read_b64_tr_b8 v[60:61], v54 offset:6336
	ds_read_b64_tr_b8 v[62:63], v54 offset:6592
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_read_b128 v[68:71], v16 offset:96
	ds_read_b128 v[64:67], v16 offset:64
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[56:63], v[64:71], v[0:15]
	s_branch .LBB0_10
.LBB0_9:
	.loc	1 0 16 is_stmt 0                ; w8a8_gemm.py:0:16
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
.LBB0_10:
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(16)
	s_nop 15
	s_nop 1
	v_pk_mul_f32 v[0:1], v[34:35], v[0:1] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[0:1], v[42:43], v[0:1], v[28:29]
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v16, 2, v52
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v29, v29, v1, vcc
	v_cndmask_b32_e32 v28, v28, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[2:3] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[0:1], v[40:41], v[0:1], v[32:33]
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_or_b32_e32 v16, s34, v16
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v2, v33, v1, vcc
	v_cndmask_b32_e32 v3, v32, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[4:5] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[0:1], v[38:39], v[0:1], v[30:31]
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s0, s1, s33
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v4, v31, v1, vcc
	v_cndmask_b32_e32 v5, v30, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[6:7] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[0:1], v[36:37], v[0:1], v[26:27]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v54, s35, v16
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v6, v27, v1, vcc
	v_cndmask_b32_e32 v7, v26, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[8:9] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[0:1], v[50:51], v[0:1], v[24:25]
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	s_add_i32 s0, s0, s35
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v8, v25, v1, vcc
	v_cndmask_b32_e32 v9, v24, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[10:11] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[0:1], v[48:49], v[0:1], v[22:23]
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_or_b32_e32 v52, 16, v16
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v10, v23, v1, vcc
	v_cndmask_b32_e32 v11, v22, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[12:13] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[46:47], v[0:1], v[20:21]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v53, s35, v52
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v12, v21, v1, vcc
	v_cndmask_b32_e32 v13, v20, v0, vcc
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[0:1], v[34:35], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[18:19]
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[2:3], s15, v53
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v15, v18, v0, vcc
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_mul_lo_u32 v0, v17, s1
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e32 v14, v19, v1, vcc
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_add_u32_e32 v17, s0, v0
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e32 vcc, s14, v35
	.loc	1 57 40 is_stmt 0               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s15, v54
	.loc	1 58 22 is_stmt 1               ; w8a8_gemm.py:58:22
	v_cvt_pk_bf16_f32 v0, v28, v29
	v_cvt_pk_bf16_f32 v1, v3, v2
	v_cvt_pk_bf16_f32 v2, v5, v4
	v_cvt_pk_bf16_f32 v3, v7, v6
	v_cvt_pk_bf16_f32 v4, v9, v8
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	v_add_lshl_u32 v8, v17, v16, 1
	v_bfrev_b32_e32 v9, 1
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_permlane32_swap_b32_e32 v0, v2
	v_permlane32_swap_b32_e32 v1, v3
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v8, v9, v8, s[0:1]
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_cvt_pk_bf16_f32 v5, v11, v10
	v_cvt_pk_bf16_f32 v6, v13, v12
	v_cvt_pk_bf16_f32 v7, v15, v14
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	buffer_store_dwordx4 v[0:3], v8, s[12:15], 0 offen
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b64 vcc, vcc, s[2:3]
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_permlane32_swap_b32_e32 v4, v6
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	v_add_lshl_u32 v0, v17, v52, 1
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_permlane32_swap_b32_e32 v5, v7
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	v_cndmask_b32_e32 v0, v9, v0, vcc
	buffer_store_dwordx4 v[4:7], v0, s[12:15], 0 offen
	.loc	1 20 1 is_stmt 1                ; w8a8_gemm.py:20:1
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
		.amdhsa_kernarg_size 344
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 1
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 1
		.amdhsa_user_sgpr_kernarg_preload_length 8
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 2
		.amdhsa_next_free_vgpr 117
		.amdhsa_next_free_sgpr 52
		.amdhsa_accum_offset 120
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
	.set .Lw8a8_block_fp8_matmul.num_vgpr, 117
	.set .Lw8a8_block_fp8_matmul.num_agpr, 0
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 52
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 0
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4764
; TotalNumSgprs: 58
; NumVgprs: 117
; NumAgprs: 0
; TotalNumVgprs: 117
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 14
; NumSGPRsForWavesPerEU: 58
; NumVGPRsForWavesPerEU: 117
; AccumOffset: 120
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 2
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 29
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
      - .offset:         88
        .size:           4
        .value_kind:     hidden_block_count_x
      - .offset:         92
        .size:           4
        .value_kind:     hidden_block_count_y
      - .offset:         96
        .size:           4
        .value_kind:     hidden_block_count_z
      - .offset:         100
        .size:           2
        .value_kind:     hidden_group_size_x
      - .offset:         102
        .size:           2
        .value_kind:     hidden_group_size_y
      - .offset:         104
        .size:           2
        .value_kind:     hidden_group_size_z
      - .offset:         106
        .size:           2
        .value_kind:     hidden_remainder_x
      - .offset:         108
        .size:           2
        .value_kind:     hidden_remainder_y
      - .offset:         110
        .size:           2
        .value_kind:     hidden_remainder_z
      - .offset:         128
        .size:           8
        .value_kind:     hidden_global_offset_x
      - .offset:         136
        .size:           8
        .value_kind:     hidden_global_offset_y
      - .offset:         144
        .size:           8
        .value_kind:     hidden_global_offset_z
      - .offset:         152
        .size:           2
        .value_kind:     hidden_grid_dims
      - .offset:         168
        .size:           8
        .value_kind:     hidden_hostcall_buffer
      - .offset:         176
        .size:           8
        .value_kind:     hidden_multigrid_sync_arg
      - .offset:         184
        .size:           8
        .value_kind:     hidden_heap_v1
      - .offset:         192
        .size:           8
        .value_kind:     hidden_default_queue
      - .offset:         200
        .size:           8
        .value_kind:     hidden_completion_action
      - .offset:         208
        .size:           4
        .value_kind:     hidden_dynamic_lds_size
      - .offset:         288
        .size:           8
        .value_kind:     hidden_queue_ptr
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 344
    .max_flat_workgroup_size: 256
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     58
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     117
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.50-amd-amdhsa-unknown-gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

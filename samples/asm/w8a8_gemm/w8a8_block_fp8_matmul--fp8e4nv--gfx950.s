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
; %bb.368:
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
; %bb.369:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_abs_i32 s56, s12
	v_cvt_f32_u32_e32 v3, s56
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_readfirstlane_b32 s18, v0
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_and_b32 s53, s18, 0xc0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s35, s18, 0x80
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_rcp_f32_e32 v3, v3
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s20, s18, 7
	s_lshr_b32 s18, s18, 1
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	s_lshl_b32 s19, s16, 6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s22, s18, 32
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s18, 0, s56
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	s_or_b32 s25, s20, s19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_readfirstlane_b32 s24, v3
	s_bfe_i32 s57, s16, 0x10019
	s_mul_i32 s18, s18, s24
	s_add_i32 s25, s25, s57
	s_mul_hi_u32 s18, s24, s18
	s_xor_b32 s16, s25, s57
	s_add_i32 s24, s24, s18
	s_mul_hi_u32 s18, s16, s24
	s_mul_i32 s18, s18, s56
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s21, s35, 2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s16, s16, s18
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_or_b32 s21, s21, s19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s18, s16, s56
	s_cmp_ge_u32 s16, s56
	s_cselect_b32 s16, s18, s16
	s_sub_i32 s18, s16, s56
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v1, 31, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cmp_ge_u32 s16, s56
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v4, s21, v1
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cselect_b32 s16, s18, s16
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_abs_i32 s54, s13
	v_accvgpr_write_b32 a39, v4
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_add_u32_e32 v3, s57, v4
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cvt_f32_u32_e32 v4, s54
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v168, s57, v3
	s_xor_b32 s16, s16, s57
	s_sub_i32 s20, s16, s57
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_rcp_f32_e32 v3, v4
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s16, s25, 2
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	v_and_b32_e32 v2, 32, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s29, s16, s57
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s16, s25, 4
	v_accvgpr_write_b32 a56, v2
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v2, 3, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s27, s16, s57
	s_add_i32 s16, s25, 6
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v2, s22, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s26, s16, s57
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	s_lshl_b32 s23, s17, 6
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_sub_i32 s16, 0, s54
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v2, s23, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_bfe_i32 s55, s17, 0x10019
	v_mul_lo_u32 v4, s16, v3
	v_add_u32_e32 v2, s55, v2
	v_mul_hi_u32 v4, v3, v4
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_mad_u64_u32 v[162:163], s[18:19], v168, s24, 0
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v18, v3, v4
	v_add_u32_e32 v3, 1, v2
	v_xor_b32_e32 v162, s55, v3
	v_mad_u64_u32 v[160:161], s[16:17], v162, v18, 0
	v_add_u32_e32 v3, 2, v2
	v_xor_b32_e32 v160, s55, v3
	v_mad_u64_u32 v[158:159], s[16:17], v160, v18, 0
	v_add_u32_e32 v3, 3, v2
	v_xor_b32_e32 v158, s55, v3
	v_mad_u64_u32 v[156:157], s[16:17], v158, v18, 0
	v_add_u32_e32 v3, 8, v2
	v_xor_b32_e32 v156, s55, v3
	v_mad_u64_u32 v[154:155], s[16:17], v156, v18, 0
	v_add_u32_e32 v3, 9, v2
	v_xor_b32_e32 v154, s55, v3
	v_mad_u64_u32 v[152:153], s[16:17], v154, v18, 0
	v_add_u32_e32 v3, 10, v2
	v_xor_b32_e32 v152, s55, v3
	v_mad_u64_u32 v[150:151], s[16:17], v152, v18, 0
	v_add_u32_e32 v3, 11, v2
	v_xor_b32_e32 v150, s55, v3
	v_mad_u64_u32 v[148:149], s[16:17], v150, v18, 0
	v_add_u32_e32 v3, 16, v2
	v_xor_b32_e32 v148, s55, v3
	v_mad_u64_u32 v[146:147], s[16:17], v148, v18, 0
	v_add_u32_e32 v3, 17, v2
	v_xor_b32_e32 v146, s55, v3
	v_mad_u64_u32 v[14:15], s[16:17], v146, v18, 0
	v_add_u32_e32 v3, 18, v2
	v_xor_b32_e32 v14, s55, v3
	v_mad_u64_u32 v[12:13], s[16:17], v14, v18, 0
	v_add_u32_e32 v3, 19, v2
	v_xor_b32_e32 v12, s55, v3
	v_mad_u64_u32 v[10:11], s[16:17], v12, v18, 0
	v_add_u32_e32 v3, 24, v2
	v_xor_b32_e32 v10, s55, v3
	v_mad_u64_u32 v[8:9], s[16:17], v10, v18, 0
	v_add_u32_e32 v3, 25, v2
	v_xor_b32_e32 v8, s55, v3
	v_mad_u64_u32 v[6:7], s[16:17], v8, v18, 0
	v_add_u32_e32 v3, 26, v2
	v_xor_b32_e32 v6, s55, v3
	v_xor_b32_e32 v167, s55, v2
	v_mad_u64_u32 v[4:5], s[16:17], v6, v18, 0
	v_add_u32_e32 v2, 27, v2
	v_xor_b32_e32 v4, s55, v2
	v_mad_u64_u32 v[164:165], s[16:17], v167, v18, 0
	v_mad_u64_u32 v[2:3], s[16:17], v4, v18, 0
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v166, 63, v0
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	s_add_i32 s31, s25, 8
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	s_ashr_i32 s16, s20, 31
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v16, s23, v166
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_add_u32 s20, s2, s20
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v2, s55, v16
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_addc_u32 s21, s3, s16
	.loc	1 35 53 is_stmt 0               ; w8a8_gemm.py:35:53
	v_mov_b32_e32 v16, 0x7f
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s42, s14, 0x7f
.Ltmp3:
	.loc	1 35 53                         ; w8a8_gemm.py:35:53
	v_bitop3_b32 v16, s53, v16, v166 bitop3:0xc8
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	v_mov_b32_e32 v164, 0
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s42, 0x7f
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v2, s55, v2
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_mov_b32_e32 v17, v164
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e32 vcc, s14, v16
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_hi_u32 s30, s29, s24
	s_mul_hi_u32 s28, s27, s24
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_and_b64 s[18:19], s[16:17], vcc
	v_mov_b32_e32 v169, 0
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_u64_u32 v[82:83], s[36:37], v2, v18, 0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[18:19], s[20:21], 0, v[16:17]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_ubyte v169, v[18:19], off
.LBB0_2:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s29, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 10
	s_xor_b32 s31, s31, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[20:21], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_ubyte v164, v[20:21], off
.LBB0_4:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s28, s28, s56
	s_sub_i32 s20, s27, s28
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 12
	s_xor_b32 s29, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s31, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[22:23], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v170, 0
	v_mov_b32_e32 v171, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_ubyte v171, v[22:23], off
.LBB0_6:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s26, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 14
	s_xor_b32 s28, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s27, s29, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[24:25], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_ubyte v170, v[24:25], off
.LBB0_8:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s31, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 16
	s_xor_b32 s26, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s28, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[26:27], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v172, 0
	v_mov_b32_e32 v173, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_ubyte v173, v[26:27], off
.LBB0_10:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s27, s27, s56
	s_sub_i32 s20, s29, s27
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 18
	s_xor_b32 s30, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[28:29], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_ubyte v172, v[28:29], off
.LBB0_12:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s28, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 20
	s_xor_b32 s27, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s29, s30, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[30:31], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v174, 0
	v_mov_b32_e32 v175, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_ubyte v175, v[30:31], off
.LBB0_14:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s26, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 22
	s_xor_b32 s28, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s27, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[32:33], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_ubyte v174, v[32:33], off
.LBB0_16:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s29, s29, s56
	s_sub_i32 s20, s30, s29
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 24
	s_xor_b32 s26, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s28, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[34:35], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v176, 0
	v_mov_b32_e32 v177, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_18
; %bb.17:
	global_load_ubyte v177, v[34:35], off
.LBB0_18:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s27, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 26
	s_xor_b32 s29, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[36:37], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_20
; %bb.19:
	global_load_ubyte v176, v[36:37], off
.LBB0_20:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s28, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 28
	s_xor_b32 s27, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s29, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[38:39], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v178, 0
	v_mov_b32_e32 v179, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_22
; %bb.21:
	global_load_ubyte v179, v[38:39], off
.LBB0_22:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s26, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 30
	s_xor_b32 s28, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s27, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[40:41], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_24
; %bb.23:
	global_load_ubyte v178, v[40:41], off
.LBB0_24:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s29, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 32
	s_xor_b32 s26, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s28, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[42:43], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v180, 0
	v_mov_b32_e32 v181, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_26
; %bb.25:
	global_load_ubyte v181, v[42:43], off
.LBB0_26:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s27, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 34
	s_xor_b32 s29, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[44:45], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_28
; %bb.27:
	global_load_ubyte v180, v[44:45], off
.LBB0_28:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s28, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 36
	s_xor_b32 s27, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s29, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[46:47], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v182, 0
	v_mov_b32_e32 v183, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_30
; %bb.29:
	global_load_ubyte v183, v[46:47], off
.LBB0_30:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s26, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 38
	s_xor_b32 s28, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s27, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[48:49], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_32
; %bb.31:
	global_load_ubyte v182, v[48:49], off
.LBB0_32:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s29, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 40
	s_xor_b32 s26, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s28, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[50:51], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v184, 0
	v_mov_b32_e32 v185, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_34
; %bb.33:
	global_load_ubyte v185, v[50:51], off
.LBB0_34:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s27, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 42
	s_xor_b32 s29, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[52:53], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_36
; %bb.35:
	global_load_ubyte v184, v[52:53], off
.LBB0_36:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s28, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 44
	s_xor_b32 s27, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s29, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[54:55], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v186, 0
	v_mov_b32_e32 v187, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_38
; %bb.37:
	global_load_ubyte v187, v[54:55], off
.LBB0_38:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s26, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 46
	s_xor_b32 s28, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s27, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[56:57], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_40
; %bb.39:
	global_load_ubyte v186, v[56:57], off
.LBB0_40:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s29, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 48
	s_xor_b32 s26, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s28, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[58:59], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v188, 0
	v_mov_b32_e32 v189, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_42
; %bb.41:
	global_load_ubyte v189, v[58:59], off
.LBB0_42:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s27, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 50
	s_xor_b32 s29, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[60:61], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_44
; %bb.43:
	global_load_ubyte v188, v[60:61], off
.LBB0_44:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s28, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 52
	s_xor_b32 s27, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s29, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[62:63], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v190, 0
	v_mov_b32_e32 v191, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_46
; %bb.45:
	global_load_ubyte v191, v[62:63], off
.LBB0_46:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s26, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 54
	s_xor_b32 s28, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s27, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[64:65], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_48
; %bb.47:
	global_load_ubyte v190, v[64:65], off
.LBB0_48:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s29, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 56
	s_xor_b32 s26, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s28, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[66:67], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v192, 0
	v_mov_b32_e32 v193, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_50
; %bb.49:
	global_load_ubyte v193, v[66:67], off
.LBB0_50:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s27, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s36, s25, 58
	s_xor_b32 s29, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s33, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[68:69], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_52
; %bb.51:
	global_load_ubyte v192, v[68:69], off
.LBB0_52:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s28, s30
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s34, s25, 60
	s_xor_b32 s27, s36, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s31, s29, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[70:71], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v194, 0
	v_mov_b32_e32 v195, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_54
; %bb.53:
	global_load_ubyte v195, v[70:71], off
.LBB0_54:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s33, s33, s56
	s_sub_i32 s20, s26, s33
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_i32 s30, s25, 62
	s_xor_b32 s25, s34, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s28, s27, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[72:73], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_56
; %bb.55:
	global_load_ubyte v194, v[72:73], off
.LBB0_56:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s31, s31, s56
	s_sub_i32 s20, s29, s31
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_xor_b32 s26, s30, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s30, s25, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[74:75], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v200, 0
	v_mov_b32_e32 v201, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_58
; %bb.57:
	global_load_ubyte v201, v[74:75], off
.LBB0_58:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s28, s28, s56
	s_sub_i32 s20, s27, s28
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_hi_u32 s24, s26, s24
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[76:77], s[20:21], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_60
; %bb.59:
	global_load_ubyte v200, v[76:77], off
.LBB0_60:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s30, s30, s56
	s_sub_i32 s20, s25, s30
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	v_lshl_add_u64 v[78:79], s[20:21], 0, v[16:17]
	v_mov_b32_e32 v202, 0
	v_mov_b32_e32 v203, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_62
; %bb.61:
	global_load_ubyte v203, v[78:79], off
.LBB0_62:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s24, s24, s56
	s_sub_i32 s20, s26, s24
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_sub_i32 s21, s20, s56
	s_cmp_ge_u32 s20, s56
	s_cselect_b32 s20, s21, s20
	s_xor_b32 s20, s20, s57
	s_sub_i32 s20, s20, s57
	s_load_dword s58, s[0:1], 0x38
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s20, s20, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s15, s20, 31
	s_add_u32 s2, s2, s20
	s_addc_u32 s3, s3, s15
	v_lshl_add_u64 v[80:81], s[2:3], 0, v[16:17]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[2:3], s[18:19]
	s_cbranch_execz .LBB0_64
; %bb.63:
	global_load_ubyte v202, v[80:81], off
.LBB0_64:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[2:3]
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v17, v83, s54
	v_sub_u32_e32 v2, v2, v17
	v_subrev_u32_e32 v17, s54, v2
	v_cmp_le_u32_e32 vcc, s54, v2
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshr_b32 s15, s53, 6
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s59, s15, s58
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v17, vcc
	v_subrev_u32_e32 v17, s54, v2
	v_cmp_le_u32_e32 vcc, s54, v2
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s3, s59, 31
	s_add_u32 s2, s4, s59
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v17, vcc
	v_xor_b32_e32 v2, s55, v2
	v_subrev_u32_e32 v144, s55, v2
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s3, s5, s3
	v_ashrrev_i32_e32 v145, 31, v144
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s15, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[82:83], s[2:3], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_xor_b64 s[2:3], s[16:17], -1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b64 s[18:19], s[2:3], s[18:19]
	s_and_b64 vcc, exec, s[18:19]
	s_cbranch_vccnz .LBB0_66
; %bb.65:
	global_load_ubyte v204, v[82:83], off
	s_branch .LBB0_67
.LBB0_66:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v204, 0
.LBB0_67:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_lshl2_add_u32 s19, s58, s59
	s_or_b32 s18, s15, 4
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s21, s19, 31
	s_add_u32 s20, s4, s19
	s_addc_u32 s21, s5, s21
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s18, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[84:85], s[20:21], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[20:21], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[20:21], s[2:3], s[20:21]
	s_and_b64 vcc, exec, s[20:21]
	s_cbranch_vccnz .LBB0_69
; %bb.68:
	global_load_ubyte v198, v[84:85], off
	s_branch .LBB0_70
.LBB0_69:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v198, 0
.LBB0_70:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_lshl3_add_u32 s20, s58, s59
	s_or_b32 s19, s15, 8
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s4, s20
	s_addc_u32 s21, s5, s21
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s19, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[86:87], s[20:21], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[20:21], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[20:21], s[2:3], s[20:21]
	s_and_b64 vcc, exec, s[20:21]
	s_cbranch_vccnz .LBB0_72
; %bb.71:
	global_load_ubyte v206, v[86:87], off
	s_branch .LBB0_73
.LBB0_72:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v206, 0
.LBB0_73:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s21, s58, 12
	s_add_i32 s21, s59, s21
	s_or_b32 s20, s15, 12
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s25, s21, 31
	s_add_u32 s24, s4, s21
	s_addc_u32 s25, s5, s25
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s20, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[88:89], s[24:25], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[24:25], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[24:25], s[2:3], s[24:25]
	s_and_b64 vcc, exec, s[24:25]
	s_cbranch_vccnz .LBB0_75
; %bb.74:
	global_load_ubyte v208, v[88:89], off
	s_branch .LBB0_76
.LBB0_75:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v208, 0
.LBB0_76:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_lshl4_add_u32 s24, s58, s59
	s_or_b32 s21, s15, 16
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s25, s24, 31
	s_add_u32 s24, s4, s24
	s_addc_u32 s25, s5, s25
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s21, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[90:91], s[24:25], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[24:25], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[24:25], s[2:3], s[24:25]
	s_and_b64 vcc, exec, s[24:25]
	s_cbranch_vccnz .LBB0_78
; %bb.77:
	global_load_ubyte v215, v[90:91], off
	s_branch .LBB0_79
.LBB0_78:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v215, 0
.LBB0_79:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s25, s58, 20
	s_add_i32 s25, s59, s25
	s_or_b32 s24, s15, 20
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s27, s25, 31
	s_add_u32 s26, s4, s25
	s_addc_u32 s27, s5, s27
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s24, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[92:93], s[26:27], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[26:27], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[26:27], s[2:3], s[26:27]
	s_and_b64 vcc, exec, s[26:27]
	s_cbranch_vccnz .LBB0_81
; %bb.80:
	global_load_ubyte v216, v[92:93], off
	s_branch .LBB0_82
.LBB0_81:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v216, 0
.LBB0_82:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s26, s58, 24
	s_add_i32 s26, s59, s26
	s_or_b32 s25, s15, 24
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s27, s26, 31
	s_add_u32 s26, s4, s26
	s_addc_u32 s27, s5, s27
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s25, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[94:95], s[26:27], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[26:27], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[26:27], s[2:3], s[26:27]
	s_and_b64 vcc, exec, s[26:27]
	s_cbranch_vccnz .LBB0_84
; %bb.83:
	global_load_ubyte v217, v[94:95], off
	s_branch .LBB0_85
.LBB0_84:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v217, 0
.LBB0_85:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s27, s58, 28
	s_add_i32 s27, s59, s27
	s_or_b32 s26, s15, 28
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s29, s27, 31
	s_add_u32 s28, s4, s27
	s_addc_u32 s29, s5, s29
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s26, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[96:97], s[28:29], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[28:29], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[28:29], s[2:3], s[28:29]
	s_and_b64 vcc, exec, s[28:29]
	s_cbranch_vccnz .LBB0_87
; %bb.86:
	global_load_ubyte v218, v[96:97], off
	s_branch .LBB0_88
.LBB0_87:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v218, 0
.LBB0_88:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_lshl_b32 s28, s58, 5
	s_add_i32 s28, s59, s28
	s_or_b32 s27, s15, 32
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s29, s28, 31
	s_add_u32 s28, s4, s28
	s_addc_u32 s29, s5, s29
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s27, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[98:99], s[28:29], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[28:29], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[28:29], s[2:3], s[28:29]
	s_and_b64 vcc, exec, s[28:29]
	s_cbranch_vccnz .LBB0_90
; %bb.89:
	global_load_ubyte v219, v[98:99], off
	s_branch .LBB0_91
.LBB0_90:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v219, 0
.LBB0_91:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s29, s58, 36
	s_add_i32 s29, s59, s29
	s_or_b32 s28, s15, 36
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s31, s29, 31
	s_add_u32 s30, s4, s29
	s_addc_u32 s31, s5, s31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s28, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[100:101], s[30:31], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[30:31], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[30:31], s[2:3], s[30:31]
	s_and_b64 vcc, exec, s[30:31]
	s_cbranch_vccnz .LBB0_93
; %bb.92:
	global_load_ubyte v220, v[100:101], off
	s_branch .LBB0_94
.LBB0_93:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v220, 0
.LBB0_94:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s30, s58, 40
	s_add_i32 s30, s59, s30
	s_or_b32 s29, s15, 40
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s31, s30, 31
	s_add_u32 s30, s4, s30
	s_addc_u32 s31, s5, s31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s29, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[102:103], s[30:31], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[30:31], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[30:31], s[2:3], s[30:31]
	s_and_b64 vcc, exec, s[30:31]
	s_cbranch_vccnz .LBB0_96
; %bb.95:
	global_load_ubyte v221, v[102:103], off
	s_branch .LBB0_97
.LBB0_96:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v221, 0
.LBB0_97:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s31, s58, 44
	s_add_i32 s31, s59, s31
	s_or_b32 s30, s15, 44
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s33, s31, 31
	s_add_u32 s36, s4, s31
	s_addc_u32 s37, s5, s33
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s30, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[104:105], s[36:37], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[36:37], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[36:37], s[2:3], s[36:37]
	s_and_b64 vcc, exec, s[36:37]
	s_cbranch_vccnz .LBB0_99
; %bb.98:
	global_load_ubyte v222, v[104:105], off
	s_branch .LBB0_100
.LBB0_99:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v222, 0
.LBB0_100:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s33, s58, 48
	s_add_i32 s33, s59, s33
	s_or_b32 s31, s15, 48
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s34, s33, 31
	s_add_u32 s36, s4, s33
	s_addc_u32 s37, s5, s34
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s31, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[106:107], s[36:37], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[36:37], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[36:37], s[2:3], s[36:37]
	s_and_b64 vcc, exec, s[36:37]
	s_cbranch_vccnz .LBB0_102
; %bb.101:
	global_load_ubyte v223, v[106:107], off
	s_branch .LBB0_103
.LBB0_102:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v223, 0
.LBB0_103:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s34, s58, 52
	s_add_i32 s34, s59, s34
	s_or_b32 s33, s15, 52
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s37, s34, 31
	s_add_u32 s36, s4, s34
	s_addc_u32 s37, s5, s37
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s33, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[108:109], s[36:37], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[36:37], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[36:37], s[2:3], s[36:37]
	s_and_b64 vcc, exec, s[36:37]
	s_cbranch_vccnz .LBB0_105
; %bb.104:
	global_load_ubyte v224, v[108:109], off
	s_branch .LBB0_106
.LBB0_105:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v224, 0
.LBB0_106:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s36, s58, 56
	s_add_i32 s36, s59, s36
	s_or_b32 s34, s15, 56
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s37, s36, 31
	s_add_u32 s36, s4, s36
	s_addc_u32 s37, s5, s37
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s34, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[110:111], s[36:37], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[36:37], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[36:37], s[2:3], s[36:37]
	s_and_b64 vcc, exec, s[36:37]
	s_cbranch_vccnz .LBB0_108
; %bb.107:
	global_load_ubyte v225, v[110:111], off
	s_branch .LBB0_109
.LBB0_108:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v225, 0
.LBB0_109:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s37, s58, 60
	s_add_i32 s37, s59, s37
	s_or_b32 s36, s15, 60
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s39, s37, 31
	s_add_u32 s38, s4, s37
	s_addc_u32 s39, s5, s39
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s36, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[112:113], s[38:39], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[38:39], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[38:39], s[2:3], s[38:39]
	s_and_b64 vcc, exec, s[38:39]
	s_cbranch_vccnz .LBB0_111
; %bb.110:
	global_load_ubyte v226, v[112:113], off
	s_branch .LBB0_112
.LBB0_111:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v226, 0
.LBB0_112:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_lshl_b32 s38, s58, 6
	s_add_i32 s38, s59, s38
	s_or_b32 s37, s15, 64
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s39, s38, 31
	s_add_u32 s38, s4, s38
	s_addc_u32 s39, s5, s39
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s37, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[114:115], s[38:39], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[38:39], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[38:39], s[2:3], s[38:39]
	s_and_b64 vcc, exec, s[38:39]
	s_cbranch_vccnz .LBB0_114
; %bb.113:
	global_load_ubyte v227, v[114:115], off
	s_branch .LBB0_115
.LBB0_114:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v227, 0
.LBB0_115:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s39, s58, 0x44
	s_add_i32 s39, s59, s39
	s_or_b32 s38, s15, 0x44
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s41, s39, 31
	s_add_u32 s40, s4, s39
	s_addc_u32 s41, s5, s41
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s38, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[116:117], s[40:41], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[40:41], s[2:3], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_117
; %bb.116:
	global_load_ubyte v228, v[116:117], off
	s_branch .LBB0_118
.LBB0_117:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v228, 0
.LBB0_118:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s40, s58, 0x48
	s_add_i32 s40, s59, s40
	s_or_b32 s39, s15, 0x48
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s41, s40, 31
	s_add_u32 s40, s4, s40
	s_addc_u32 s41, s5, s41
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s39, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[118:119], s[40:41], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[40:41], s[2:3], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_120
; %bb.119:
	global_load_ubyte v229, v[118:119], off
	s_branch .LBB0_121
.LBB0_120:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v229, 0
.LBB0_121:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s41, s58, 0x4c
	s_add_i32 s41, s59, s41
	s_or_b32 s40, s15, 0x4c
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s43, s41, 31
	s_add_u32 s44, s4, s41
	s_addc_u32 s45, s5, s43
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s40, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[120:121], s[44:45], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[44:45], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[44:45], s[2:3], s[44:45]
	s_and_b64 vcc, exec, s[44:45]
	s_cbranch_vccnz .LBB0_123
; %bb.122:
	global_load_ubyte v230, v[120:121], off
	s_branch .LBB0_124
.LBB0_123:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v230, 0
.LBB0_124:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s43, s58, 0x50
	s_add_i32 s43, s59, s43
	s_or_b32 s41, s15, 0x50
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s45, s43, 31
	s_add_u32 s44, s4, s43
	s_addc_u32 s45, s5, s45
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s41, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[122:123], s[44:45], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[44:45], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[44:45], s[2:3], s[44:45]
	s_and_b64 vcc, exec, s[44:45]
	s_cbranch_vccnz .LBB0_126
; %bb.125:
	global_load_ubyte v231, v[122:123], off
	s_branch .LBB0_127
.LBB0_126:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v231, 0
.LBB0_127:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s44, s58, 0x54
	s_add_i32 s44, s59, s44
	s_or_b32 s43, s15, 0x54
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s45, s44, 31
	s_add_u32 s44, s4, s44
	s_addc_u32 s45, s5, s45
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s43, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[124:125], s[44:45], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[44:45], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[44:45], s[2:3], s[44:45]
	s_and_b64 vcc, exec, s[44:45]
	s_cbranch_vccnz .LBB0_129
; %bb.128:
	global_load_ubyte v232, v[124:125], off
	s_branch .LBB0_130
.LBB0_129:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v232, 0
.LBB0_130:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s45, s58, 0x58
	s_add_i32 s45, s59, s45
	s_or_b32 s44, s15, 0x58
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s47, s45, 31
	s_add_u32 s46, s4, s45
	s_addc_u32 s47, s5, s47
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s44, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[126:127], s[46:47], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[46:47], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[46:47], s[2:3], s[46:47]
	s_and_b64 vcc, exec, s[46:47]
	s_cbranch_vccnz .LBB0_132
; %bb.131:
	global_load_ubyte v233, v[126:127], off
	s_branch .LBB0_133
.LBB0_132:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v233, 0
.LBB0_133:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s46, s58, 0x5c
	s_add_i32 s46, s59, s46
	s_or_b32 s45, s15, 0x5c
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s47, s46, 31
	s_add_u32 s46, s4, s46
	s_addc_u32 s47, s5, s47
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s45, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[128:129], s[46:47], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[46:47], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[46:47], s[2:3], s[46:47]
	s_and_b64 vcc, exec, s[46:47]
	s_cbranch_vccnz .LBB0_135
; %bb.134:
	global_load_ubyte v234, v[128:129], off
	s_branch .LBB0_136
.LBB0_135:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v234, 0
.LBB0_136:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s47, s58, 0x60
	s_add_i32 s47, s59, s47
	s_or_b32 s46, s15, 0x60
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s49, s47, 31
	s_add_u32 s48, s4, s47
	s_addc_u32 s49, s5, s49
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s46, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[130:131], s[48:49], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[48:49], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[48:49], s[2:3], s[48:49]
	s_and_b64 vcc, exec, s[48:49]
	s_cbranch_vccnz .LBB0_138
; %bb.137:
	global_load_ubyte v235, v[130:131], off
	s_branch .LBB0_139
.LBB0_138:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v235, 0
.LBB0_139:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s48, s58, 0x64
	s_add_i32 s48, s59, s48
	s_or_b32 s47, s15, 0x64
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s49, s48, 31
	s_add_u32 s48, s4, s48
	s_addc_u32 s49, s5, s49
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s47, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[132:133], s[48:49], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[48:49], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[48:49], s[2:3], s[48:49]
	s_and_b64 vcc, exec, s[48:49]
	s_cbranch_vccnz .LBB0_141
; %bb.140:
	global_load_ubyte v236, v[132:133], off
	s_branch .LBB0_142
.LBB0_141:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v236, 0
.LBB0_142:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s49, s58, 0x68
	s_add_i32 s49, s59, s49
	s_or_b32 s48, s15, 0x68
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s51, s49, 31
	s_add_u32 s50, s4, s49
	s_addc_u32 s51, s5, s51
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s48, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[134:135], s[50:51], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[50:51], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[50:51], s[2:3], s[50:51]
	s_and_b64 vcc, exec, s[50:51]
	s_cbranch_vccnz .LBB0_144
; %bb.143:
	global_load_ubyte v237, v[134:135], off
	s_branch .LBB0_145
.LBB0_144:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v237, 0
.LBB0_145:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s50, s58, 0x6c
	s_add_i32 s50, s59, s50
	s_or_b32 s49, s15, 0x6c
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s51, s50, 31
	s_add_u32 s50, s4, s50
	s_addc_u32 s51, s5, s51
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s49, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[136:137], s[50:51], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[50:51], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[50:51], s[2:3], s[50:51]
	s_and_b64 vcc, exec, s[50:51]
	s_cbranch_vccnz .LBB0_147
; %bb.146:
	global_load_ubyte v238, v[136:137], off
	s_branch .LBB0_148
.LBB0_147:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v238, 0
.LBB0_148:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s51, s58, 0x70
	s_add_i32 s51, s59, s51
	s_or_b32 s50, s15, 0x70
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s52, s51, 31
	s_add_u32 s60, s4, s51
	s_addc_u32 s61, s5, s52
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s50, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[138:139], s[60:61], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[60:61], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[60:61], s[2:3], s[60:61]
	s_and_b64 vcc, exec, s[60:61]
	s_cbranch_vccnz .LBB0_150
; %bb.149:
	global_load_ubyte v239, v[138:139], off
	s_branch .LBB0_151
.LBB0_150:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v239, 0
.LBB0_151:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s52, s58, 0x74
	s_add_i32 s52, s59, s52
	s_or_b32 s51, s15, 0x74
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s61, s52, 31
	s_add_u32 s60, s4, s52
	s_addc_u32 s61, s5, s61
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s51, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[140:141], s[60:61], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[60:61], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[60:61], s[2:3], s[60:61]
	s_and_b64 vcc, exec, s[60:61]
	s_cbranch_vccnz .LBB0_153
; %bb.152:
	global_load_ubyte v240, v[140:141], off
	s_branch .LBB0_154
.LBB0_153:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v240, 0
.LBB0_154:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s60, s58, 0x78
	s_add_i32 s60, s59, s60
	s_or_b32 s52, s15, 0x78
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s61, s60, 31
	s_add_u32 s60, s4, s60
	s_addc_u32 s61, s5, s61
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s52, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[142:143], s[60:61], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[60:61], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[60:61], s[2:3], s[60:61]
	s_and_b64 vcc, exec, s[60:61]
	s_cbranch_vccnz .LBB0_156
; %bb.155:
	global_load_ubyte v241, v[142:143], off
	s_branch .LBB0_157
.LBB0_156:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v241, 0
.LBB0_157:
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s62, s58, 0x7c
	s_add_i32 s59, s59, s62
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	v_or_b32_e32 v17, s53, v166
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_or_b32 s53, s15, 0x7c
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s62, s59, 31
	s_add_u32 s4, s4, s59
	s_load_dword s61, s[0:1], 0x40
	s_load_dword s60, s[0:1], 0x4c
	s_addc_u32 s5, s5, s62
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s53, s14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[144:145], s[4:5], 0, v[144:145]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b64 s[4:5], -1, 0
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_or_b64 s[2:3], s[2:3], s[4:5]
	s_and_b64 vcc, exec, s[2:3]
	s_cbranch_vccnz .LBB0_159
; %bb.158:
	global_load_ubyte v166, v[144:145], off
	s_branch .LBB0_160
.LBB0_159:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v166, 0
.LBB0_160:
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v2, v163, s56
	v_sub_u32_e32 v2, v168, v2
	v_subrev_u32_e32 v163, s56, v2
	v_cmp_le_u32_e32 vcc, s56, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v161, v161, s54
	v_sub_u32_e32 v161, v162, v161
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v163, vcc
	v_subrev_u32_e32 v163, s56, v2
	v_cmp_le_u32_e32 vcc, s56, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v162, s54, v161
	v_mul_lo_u32 v159, v159, s54
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v163, vcc
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v163, v165, s54
	v_sub_u32_e32 v163, v167, v163
	v_subrev_u32_e32 v165, s54, v163
	v_cmp_le_u32_e32 vcc, s54, v163
	v_sub_u32_e32 v159, v160, v159
	v_subrev_u32_e32 v160, s54, v159
	v_cndmask_b32_e32 v163, v163, v165, vcc
	v_subrev_u32_e32 v165, s54, v163
	v_cmp_le_u32_e32 vcc, s54, v163
	v_mul_lo_u32 v157, v157, s54
	v_sub_u32_e32 v157, v158, v157
	v_cndmask_b32_e32 v163, v163, v165, vcc
	v_cmp_le_u32_e32 vcc, s54, v161
	v_subrev_u32_e32 v158, s54, v157
	v_mul_lo_u32 v155, v155, s54
	v_cndmask_b32_e32 v161, v161, v162, vcc
	v_subrev_u32_e32 v162, s54, v161
	v_cmp_le_u32_e32 vcc, s54, v161
	v_sub_u32_e32 v155, v156, v155
	v_subrev_u32_e32 v156, s54, v155
	v_cndmask_b32_e32 v161, v161, v162, vcc
	v_cmp_le_u32_e32 vcc, s54, v159
	v_mul_lo_u32 v153, v153, s54
	v_sub_u32_e32 v153, v154, v153
	v_cndmask_b32_e32 v159, v159, v160, vcc
	v_subrev_u32_e32 v160, s54, v159
	v_cmp_le_u32_e32 vcc, s54, v159
	v_subrev_u32_e32 v154, s54, v153
	v_mul_lo_u32 v151, v151, s54
	v_cndmask_b32_e32 v159, v159, v160, vcc
	v_cmp_le_u32_e32 vcc, s54, v157
	v_sub_u32_e32 v151, v152, v151
	v_subrev_u32_e32 v152, s54, v151
	v_cndmask_b32_e32 v157, v157, v158, vcc
	v_subrev_u32_e32 v158, s54, v157
	v_cmp_le_u32_e32 vcc, s54, v157
	v_mul_lo_u32 v149, v149, s54
	v_sub_u32_e32 v149, v150, v149
	v_cndmask_b32_e32 v157, v157, v158, vcc
	v_cmp_le_u32_e32 vcc, s54, v155
	v_subrev_u32_e32 v150, s54, v149
	v_mul_lo_u32 v147, v147, s54
	v_cndmask_b32_e32 v155, v155, v156, vcc
	v_subrev_u32_e32 v156, s54, v155
	v_cmp_le_u32_e32 vcc, s54, v155
	v_sub_u32_e32 v147, v148, v147
	v_subrev_u32_e32 v148, s54, v147
	v_cndmask_b32_e32 v155, v155, v156, vcc
	v_cmp_le_u32_e32 vcc, s54, v153
	v_mul_lo_u32 v15, v15, s54
	v_sub_u32_e32 v15, v146, v15
	v_cndmask_b32_e32 v153, v153, v154, vcc
	v_subrev_u32_e32 v154, s54, v153
	v_cmp_le_u32_e32 vcc, s54, v153
	v_subrev_u32_e32 v146, s54, v15
	v_mul_lo_u32 v13, v13, s54
	v_cndmask_b32_e32 v153, v153, v154, vcc
	v_cmp_le_u32_e32 vcc, s54, v151
	v_sub_u32_e32 v13, v14, v13
	v_subrev_u32_e32 v14, s54, v13
	v_cndmask_b32_e32 v151, v151, v152, vcc
	v_subrev_u32_e32 v152, s54, v151
	v_cmp_le_u32_e32 vcc, s54, v151
	v_mul_lo_u32 v11, v11, s54
	v_sub_u32_e32 v11, v12, v11
	v_cndmask_b32_e32 v151, v151, v152, vcc
	v_cmp_le_u32_e32 vcc, s54, v149
	v_subrev_u32_e32 v12, s54, v11
	v_mul_lo_u32 v9, v9, s54
	v_cndmask_b32_e32 v149, v149, v150, vcc
	v_subrev_u32_e32 v150, s54, v149
	v_cmp_le_u32_e32 vcc, s54, v149
	v_sub_u32_e32 v9, v10, v9
	v_subrev_u32_e32 v10, s54, v9
	v_cndmask_b32_e32 v149, v149, v150, vcc
	v_cmp_le_u32_e32 vcc, s54, v147
	v_xor_b32_e32 v149, s55, v149
	v_subrev_u32_e32 v149, s55, v149
	v_cndmask_b32_e32 v147, v147, v148, vcc
	v_subrev_u32_e32 v148, s54, v147
	v_cmp_le_u32_e32 vcc, s54, v147
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v150, 31, v149
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v147, v147, v148, vcc
	v_cmp_le_u32_e32 vcc, s54, v15
	v_xor_b32_e32 v147, s55, v147
	v_subrev_u32_e32 v147, s55, v147
	v_cndmask_b32_e32 v15, v15, v146, vcc
	v_subrev_u32_e32 v146, s54, v15
	v_cmp_le_u32_e32 vcc, s54, v15
	v_mul_lo_u32 v7, v7, s54
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v149, v149, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v15, v15, v146, vcc
	v_cmp_le_u32_e32 vcc, s54, v13
	v_xor_b32_e32 v15, s55, v15
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v150, 31, v147
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v13, v13, v14, vcc
	v_subrev_u32_e32 v14, s54, v13
	v_cmp_le_u32_e32 vcc, s54, v13
	v_subrev_u32_e32 v15, s55, v15
	v_sub_u32_e32 v7, v8, v7
	v_cndmask_b32_e32 v13, v13, v14, vcc
	v_cmp_le_u32_e32 vcc, s54, v11
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v13, s55, v13
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_subrev_u32_e32 v12, s54, v11
	v_cmp_le_u32_e32 vcc, s54, v11
	v_subrev_u32_e32 v8, s54, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v147, v147, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_cmp_le_u32_e32 vcc, s54, v9
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v150, 31, v15
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v13, s55, v13
	v_cndmask_b32_e32 v9, v9, v10, vcc
	v_subrev_u32_e32 v10, s54, v9
	v_cmp_le_u32_e32 vcc, s54, v9
	v_mul_lo_u32 v5, v5, s54
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v9, v9, v10, vcc
	v_cmp_le_u32_e32 vcc, s54, v7
	v_xor_b32_e32 v11, s55, v11
	v_sub_u32_e32 v5, v6, v5
	v_cndmask_b32_e32 v7, v7, v8, vcc
	v_subrev_u32_e32 v8, s54, v7
	v_cmp_le_u32_e32 vcc, s54, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v15, v15, v150
	v_ashrrev_i32_e32 v150, 31, v13
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v11, s55, v11
	v_cndmask_b32_e32 v7, v7, v8, vcc
	v_subrev_u32_e32 v6, s54, v5
	v_cmp_le_u32_e32 vcc, s54, v5
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v9, s55, v9
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_mul_lo_u32 v3, v3, s54
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v13, v13, v150
	v_ashrrev_i32_e32 v150, 31, v11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v9, s55, v9
	v_subrev_u32_e32 v6, s54, v5
	v_cmp_le_u32_e32 vcc, s54, v5
	v_sub_u32_e32 v3, v4, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v7, s55, v7
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v4, s54, v3
	v_cmp_le_u32_e32 vcc, s54, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v11, v150
	v_ashrrev_i32_e32 v150, 31, v9
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v7, s55, v7
	v_cndmask_b32_e32 v3, v3, v4, vcc
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v5, s55, v5
	v_subrev_u32_e32 v4, s54, v3
	v_cmp_le_u32_e32 vcc, s54, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v9, v9, v150
	v_ashrrev_i32_e32 v150, 31, v7
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v5, s55, v5
	v_cndmask_b32_e32 v3, v3, v4, vcc
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v163, s55, v163
	v_xor_b32_e32 v161, s55, v161
	v_xor_b32_e32 v159, s55, v159
	v_xor_b32_e32 v157, s55, v157
	v_xor_b32_e32 v155, s55, v155
	v_xor_b32_e32 v153, s55, v153
	v_xor_b32_e32 v151, s55, v151
	v_xor_b32_e32 v3, s55, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v7, v7, v150
	v_ashrrev_i32_e32 v150, 31, v5
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v163, s55, v163
	v_subrev_u32_e32 v161, s55, v161
	v_subrev_u32_e32 v159, s55, v159
	v_subrev_u32_e32 v157, s55, v157
	v_subrev_u32_e32 v155, s55, v155
	v_subrev_u32_e32 v153, s55, v153
	v_subrev_u32_e32 v151, s55, v151
	v_subrev_u32_e32 v4, s55, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v150, 25, v150
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v165, 0, v17
	v_xor_b32_e32 v199, 64, v17
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v6, 31, v163
	v_ashrrev_i32_e32 v8, 31, v161
	v_ashrrev_i32_e32 v10, 31, v159
	v_ashrrev_i32_e32 v12, 31, v157
	v_ashrrev_i32_e32 v14, 31, v155
	v_ashrrev_i32_e32 v146, 31, v153
	v_ashrrev_i32_e32 v148, 31, v151
	v_add_u32_e32 v5, v5, v150
	v_ashrrev_i32_e32 v150, 31, v4
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_waitcnt vmcnt(0)
	ds_write_b8 v165, v169
	ds_write_b8 v165, v177 offset:2048
	ds_write_b8 v165, v185 offset:4096
	ds_write_b8 v165, v193 offset:6144
	v_xor_b32_e32 v167, 16, v17
	v_add_u32_e32 v169, 0, v199
	v_xor_b32_e32 v205, 0x50, v17
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v6, 25, v6
	v_lshrrev_b32_e32 v8, 25, v8
	v_lshrrev_b32_e32 v10, 25, v10
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v146, 25, v146
	v_lshrrev_b32_e32 v148, 25, v148
	v_lshrrev_b32_e32 v150, 25, v150
	v_accvgpr_write_b32 a77, v167
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v167, 0, v167
	ds_write_b8 v169, v173 offset:1024
	ds_write_b8 v169, v181 offset:3072
	ds_write_b8 v169, v189 offset:5120
	ds_write_b8 v169, v201 offset:7168
	v_add_u32_e32 v169, 0, v205
	v_xor_b32_e32 v207, 0x60, v17
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v2, s57, v2
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v6, v163, v6
	v_add_u32_e32 v8, v161, v8
	v_add_u32_e32 v10, v159, v10
	v_add_u32_e32 v12, v157, v12
	v_add_u32_e32 v14, v155, v14
	v_add_u32_e32 v146, v153, v146
	v_add_u32_e32 v148, v151, v148
	v_add_u32_e32 v4, v4, v150
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_write_b8 v167, v164 offset:256
	ds_write_b8 v167, v176 offset:2304
	ds_write_b8 v167, v184 offset:4352
	ds_write_b8 v167, v192 offset:6400
	v_xor_b32_e32 v164, 32, v17
	v_xor_b32_e32 v168, 48, v17
	ds_write_b8 v169, v172 offset:1280
	ds_write_b8 v169, v180 offset:3328
	ds_write_b8 v169, v188 offset:5376
	ds_write_b8 v169, v200 offset:7424
	v_add_u32_e32 v169, 0, v207
	v_xor_b32_e32 v214, 0x70, v17
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_u32_e32 v2, s57, v2
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v6, 7, v6
	v_ashrrev_i32_e32 v8, 7, v8
	v_ashrrev_i32_e32 v10, 7, v10
	v_ashrrev_i32_e32 v12, 7, v12
	v_ashrrev_i32_e32 v14, 7, v14
	v_ashrrev_i32_e32 v146, 7, v146
	v_ashrrev_i32_e32 v148, 7, v148
	v_ashrrev_i32_e32 v149, 7, v149
	v_ashrrev_i32_e32 v147, 7, v147
	v_ashrrev_i32_e32 v15, 7, v15
	v_ashrrev_i32_e32 v13, 7, v13
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v9, 7, v9
	v_ashrrev_i32_e32 v7, 7, v7
	v_ashrrev_i32_e32 v5, 7, v5
	v_ashrrev_i32_e32 v151, 7, v4
	v_accvgpr_write_b32 a78, v164
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v164, 0, v164
	v_accvgpr_write_b32 a79, v168
	v_add_u32_e32 v168, 0, v168
	ds_write_b8 v169, v175 offset:1536
	ds_write_b8 v169, v183 offset:3584
	ds_write_b8 v169, v191 offset:5632
	ds_write_b8 v169, v203 offset:7680
	v_add_u32_e32 v169, 0, v214
	.loc	1 38 34                         ; w8a8_gemm.py:38:34
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v2, v2, s61
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v4, v6, s60
	v_mul_lo_u32 v6, v8, s60
	v_mul_lo_u32 v8, v10, s60
	v_mul_lo_u32 v10, v12, s60
	v_mul_lo_u32 v12, v14, s60
	v_mul_lo_u32 v14, v146, s60
	v_mul_lo_u32 v146, v148, s60
	v_mul_lo_u32 v148, v149, s60
	v_mul_lo_u32 v150, v147, s60
	v_mul_lo_u32 v152, v15, s60
	v_mul_lo_u32 v154, v13, s60
	v_mul_lo_u32 v156, v11, s60
	v_mul_lo_u32 v158, v9, s60
	v_mul_lo_u32 v160, v7, s60
	v_mul_lo_u32 v162, v5, s60
	v_mul_lo_u32 v196, v151, s60
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	ds_write_b8 v164, v171 offset:512
	ds_write_b8 v164, v179 offset:2560
	ds_write_b8 v164, v187 offset:4608
	ds_write_b8 v164, v195 offset:6656
	ds_write_b8 v168, v170 offset:768
	ds_write_b8 v168, v178 offset:2816
	ds_write_b8 v168, v186 offset:4864
	ds_write_b8 v168, v194 offset:6912
	ds_write_b8 v169, v174 offset:1792
	ds_write_b8 v169, v182 offset:3840
	ds_write_b8 v169, v190 offset:5888
	ds_write_b8 v169, v202 offset:7936
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write_b8 v165, v204 offset:16384
	ds_write_b8 v165, v215 offset:17408
	ds_write_b8 v165, v219 offset:18432
	ds_write_b8 v165, v223 offset:19456
	ds_write_b8 v165, v227 offset:20480
	ds_write_b8 v165, v231 offset:21504
	ds_write_b8 v165, v235 offset:22528
	ds_write_b8 v165, v239 offset:23552
	ds_write_b8 v167, v198 offset:16640
	ds_write_b8 v167, v216 offset:17664
	ds_write_b8 v167, v220 offset:18688
	ds_write_b8 v167, v224 offset:19712
	ds_write_b8 v167, v228 offset:20736
	ds_write_b8 v167, v232 offset:21760
	ds_write_b8 v167, v236 offset:22784
	ds_write_b8 v167, v240 offset:23808
	ds_write_b8 v164, v206 offset:16896
	ds_write_b8 v164, v217 offset:17920
	ds_write_b8 v164, v221 offset:18944
	ds_write_b8 v164, v225 offset:19968
	ds_write_b8 v164, v229 offset:20992
	ds_write_b8 v164, v233 offset:22016
	ds_write_b8 v164, v237 offset:23040
	ds_write_b8 v164, v241 offset:24064
	ds_write_b8 v168, v208 offset:17152
	ds_write_b8 v168, v218 offset:18176
	ds_write_b8 v168, v222 offset:19200
	ds_write_b8 v168, v226 offset:20224
	ds_write_b8 v168, v230 offset:21248
	ds_write_b8 v168, v234 offset:22272
	ds_write_b8 v168, v238 offset:23296
	ds_write_b8 v168, v166 offset:24320
	v_accvgpr_read_b32 v164, a56
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v5, 31, v4
	v_ashrrev_i32_e32 v7, 31, v6
	v_ashrrev_i32_e32 v9, 31, v8
	v_ashrrev_i32_e32 v11, 31, v10
	v_ashrrev_i32_e32 v13, 31, v12
	v_ashrrev_i32_e32 v15, 31, v14
	v_ashrrev_i32_e32 v147, 31, v146
	v_ashrrev_i32_e32 v149, 31, v148
	v_ashrrev_i32_e32 v151, 31, v150
	v_ashrrev_i32_e32 v153, 31, v152
	v_ashrrev_i32_e32 v155, 31, v154
	v_ashrrev_i32_e32 v157, 31, v156
	v_ashrrev_i32_e32 v159, 31, v158
	v_ashrrev_i32_e32 v161, 31, v160
	v_ashrrev_i32_e32 v163, 31, v162
	v_ashrrev_i32_e32 v197, 31, v196
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s54, 0
	s_movk_i32 s2, 0x60
	s_movk_i32 s3, 0x70
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_gt_i32 s42, 0xff
	v_lshlrev_b32_e32 v216, 7, v1
	v_lshlrev_b32_e32 v1, 3, v0
	v_lshrrev_b32_e32 v217, 1, v164
	v_lshlrev_b32_e32 v215, 5, v0
	v_and_b32_e32 v167, 8, v0
	v_and_b32_e32 v166, 16, v0
	s_cbranch_scc1 .LBB0_162
; %bb.161:                              ; %.._crit_edge_crit_edge
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshl_or_b32 v164, s35, 5, v216
	v_bitop3_b32 v165, v1, v217, s3 bitop3:0x6c
	v_or_b32_e32 v202, v164, v165
	v_bitop3_b32 v203, v164, 32, v165 bitop3:0x36
	v_bitop3_b32 v204, v164, 64, v165 bitop3:0x36
	v_bitop3_b32 v206, v164, s2, v165 bitop3:0x36
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v164, 0x4c0, v215
	v_and_b32_e32 v165, 8, v1
	s_mov_b64 s[4:5], 0
	s_branch .LBB0_163
.LBB0_162:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_mov_b64 s[4:5], -1
                                        ; implicit-def: $vgpr202
                                        ; implicit-def: $vgpr203
                                        ; implicit-def: $vgpr204
                                        ; implicit-def: $vgpr206
                                        ; implicit-def: $vgpr164
                                        ; implicit-def: $vgpr165
.LBB0_163:                              ; %Flow601
	v_lshl_add_u64 v[194:195], v[2:3], 2, s[8:9]
	v_lshl_add_u64 v[2:3], v[150:151], 2, s[10:11]
	v_accvgpr_write_b32 a73, v3
	v_accvgpr_write_b32 a72, v2
	v_lshl_add_u64 v[2:3], v[152:153], 2, s[10:11]
	v_accvgpr_write_b32 a71, v3
	v_accvgpr_write_b32 a70, v2
	v_lshl_add_u64 v[2:3], v[154:155], 2, s[10:11]
	v_accvgpr_write_b32 a69, v3
	v_accvgpr_write_b32 a68, v2
	v_lshl_add_u64 v[2:3], v[156:157], 2, s[10:11]
	s_load_dwordx2 s[2:3], s[0:1], 0x44
	v_accvgpr_write_b32 a67, v3
	v_accvgpr_write_b32 a66, v2
	v_lshl_add_u64 v[2:3], v[158:159], 2, s[10:11]
	v_accvgpr_write_b32 a65, v3
	v_accvgpr_write_b32 a64, v2
	v_lshl_add_u64 v[2:3], v[160:161], 2, s[10:11]
	v_accvgpr_write_b32 a63, v3
	v_accvgpr_write_b32 a62, v2
	v_lshl_add_u64 v[2:3], v[162:163], 2, s[10:11]
	s_and_b64 s[4:5], s[4:5], exec
	v_accvgpr_write_b32 a61, v3
	v_accvgpr_write_b32 a60, v2
	v_lshl_add_u64 v[2:3], v[196:197], 2, s[10:11]
	s_cselect_b32 s4, 1, 0
	v_lshl_add_u64 v[192:193], v[4:5], 2, s[10:11]
	v_lshl_add_u64 v[190:191], v[6:7], 2, s[10:11]
	v_lshl_add_u64 v[188:189], v[8:9], 2, s[10:11]
	v_lshl_add_u64 v[186:187], v[10:11], 2, s[10:11]
	v_lshl_add_u64 v[184:185], v[12:13], 2, s[10:11]
	v_lshl_add_u64 v[182:183], v[14:15], 2, s[10:11]
	v_lshl_add_u64 v[180:181], v[146:147], 2, s[10:11]
	v_lshl_add_u64 v[178:179], v[148:149], 2, s[10:11]
	v_accvgpr_write_b32 a59, v3
	v_accvgpr_write_b32 a58, v2
	s_cmp_lg_u32 s4, 1
	v_mov_b32_e32 v149, 0
	v_mov_b32_e32 v148, 0
	v_mov_b32_e32 v151, 0
	v_mov_b32_e32 v150, 0
	v_mov_b32_e32 v153, 0
	v_mov_b32_e32 v152, 0
	v_mov_b32_e32 v155, 0
	v_mov_b32_e32 v154, 0
	v_mov_b32_e32 v157, 0
	v_mov_b32_e32 v156, 0
	v_mov_b32_e32 v159, 0
	v_mov_b32_e32 v158, 0
	v_mov_b32_e32 v161, 0
	v_mov_b32_e32 v160, 0
	v_mov_b32_e32 v147, 0
	v_mov_b32_e32 v146, 0
	s_cbranch_scc1 .LBB0_295
; %bb.164:                              ; %.lr.ph
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_ashr_i32 s4, s42, 31
	s_movk_i32 s9, 0x70
	s_lshr_b32 s4, s4, 25
	v_lshl_or_b32 v2, s35, 5, v216
	v_bitop3_b32 v3, v1, v217, s9 bitop3:0x6c
	s_movk_i32 s9, 0x60
	v_bfe_i32 v0, v0, 3, 1
	s_add_i32 s42, s42, s4
	v_or_b32_e32 v202, v2, v3
	v_bitop3_b32 v203, v2, 32, v3 bitop3:0x36
	v_bitop3_b32 v204, v2, 64, v3 bitop3:0x36
	v_bitop3_b32 v206, v2, s9, v3 bitop3:0x36
	v_and_b32_e32 v2, 0x4c0, v215
	v_and_b32_e32 v0, 0x110, v0
	s_ashr_i32 s8, s42, 7
	v_and_b32_e32 v1, 8, v1
	v_bitop3_b32 v0, v0, v166, v2 bitop3:0x36
.Ltmp5:
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	s_lshl_b32 s4, s58, 7
	v_or_b32_e32 v0, v1, v0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_max_i32 s8, s8, 2
	v_mov_b32_e32 v146, 0
	v_accvgpr_write_b32 a74, v167
	s_ashr_i32 s5, s4, 31
	v_accvgpr_write_b32 a57, v166
	v_accvgpr_write_b32 a75, v2
	v_accvgpr_write_b32 a76, v1
	v_or_b32_e32 v196, s22, v0
	s_add_i32 s54, s8, -1
	v_bitop3_b32 v197, v0, 32, s22 bitop3:0x36
	s_mov_b32 s57, 0
	s_movk_i32 s55, 0x4000
	s_mov_b64 s[8:9], 0x80
	s_mov_b32 s35, 0
	s_mov_b32 s56, 0
	v_mov_b32_e32 v147, v146
	v_mov_b32_e32 v160, v146
	v_mov_b32_e32 v161, v146
	v_mov_b32_e32 v158, v146
	v_mov_b32_e32 v159, v146
	v_mov_b32_e32 v156, v146
	v_mov_b32_e32 v157, v146
	v_mov_b32_e32 v154, v146
	v_mov_b32_e32 v155, v146
	v_mov_b32_e32 v152, v146
	v_mov_b32_e32 v153, v146
	v_mov_b32_e32 v150, v146
	v_mov_b32_e32 v151, v146
	v_mov_b32_e32 v148, v146
	v_mov_b32_e32 v149, v146
	s_branch .LBB0_167
.LBB0_165:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	global_load_ubyte a38, v[144:145], off
.LBB0_166:                              ;   in Loop: Header=BB0_167 Depth=1
	v_add_u32_e32 v0, s55, v196
	.loc	1 47 38                         ; w8a8_gemm.py:47:38
	s_mul_i32 s10, s56, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64_tr_b8 a[40:41], v0
	ds_read_b64_tr_b8 a[44:45], v0 offset:2048
	ds_read_b64_tr_b8 a[48:49], v0 offset:4096
	ds_read_b64_tr_b8 a[52:53], v0 offset:6144
	v_add_u32_e32 v0, s55, v197
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_ashr_i32 s11, s10, 31
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64_tr_b8 a[42:43], v0 offset:512
	ds_read_b64_tr_b8 a[46:47], v0 offset:2560
	ds_read_b64_tr_b8 a[50:51], v0 offset:4608
	ds_read_b64_tr_b8 a[54:55], v0 offset:6656
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	v_lshl_add_u64 v[0:1], s[10:11], 2, v[194:195]
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_mul_i32 s10, s56, s3
	.loc	1 48 23 is_stmt 0               ; w8a8_gemm.py:48:23
	s_ashr_i32 s11, s10, 31
	s_lshl_b64 s[10:11], s[10:11], 2
	v_accvgpr_read_b32 v163, a73
	v_accvgpr_read_b32 v162, a72
	v_lshl_add_u64 v[200:201], v[162:163], 0, s[10:11]
	v_accvgpr_read_b32 v163, a71
	v_accvgpr_read_b32 v162, a70
	.loc	1 47 15 is_stmt 1               ; w8a8_gemm.py:47:15
	global_load_dword v198, v[0:1], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[208:209], v[162:163], 0, s[10:11]
	v_accvgpr_read_b32 v163, a69
	v_accvgpr_read_b32 v162, a68
	v_lshl_add_u64 v[210:211], v[162:163], 0, s[10:11]
	v_accvgpr_read_b32 v163, a67
	v_accvgpr_read_b32 v162, a66
	v_lshl_add_u64 v[212:213], v[162:163], 0, s[10:11]
	v_accvgpr_read_b32 v163, a65
	v_accvgpr_read_b32 v162, a64
	v_accvgpr_read_b32 v165, a63
	v_accvgpr_read_b32 v164, a62
	v_lshl_add_u64 v[0:1], v[192:193], 0, s[10:11]
	v_lshl_add_u64 v[162:163], v[162:163], 0, s[10:11]
	v_lshl_add_u64 v[164:165], v[164:165], 0, s[10:11]
	v_accvgpr_read_b32 v167, a61
	v_accvgpr_read_b32 v166, a60
	v_accvgpr_read_b32 v169, a59
	v_accvgpr_read_b32 v168, a58
	v_lshl_add_u64 v[2:3], v[190:191], 0, s[10:11]
	v_lshl_add_u64 v[4:5], v[188:189], 0, s[10:11]
	v_lshl_add_u64 v[6:7], v[186:187], 0, s[10:11]
	v_lshl_add_u64 v[8:9], v[184:185], 0, s[10:11]
	v_lshl_add_u64 v[10:11], v[182:183], 0, s[10:11]
	v_lshl_add_u64 v[12:13], v[180:181], 0, s[10:11]
	v_lshl_add_u64 v[14:15], v[178:179], 0, s[10:11]
	v_lshl_add_u64 v[166:167], v[166:167], 0, s[10:11]
	v_lshl_add_u64 v[168:169], v[168:169], 0, s[10:11]
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_dword v170, v[0:1], off
	global_load_dword v171, v[2:3], off
	global_load_dword v172, v[4:5], off
	global_load_dword v173, v[6:7], off
	global_load_dword v174, v[8:9], off
	global_load_dword v175, v[10:11], off
	global_load_dword v176, v[12:13], off
	global_load_dword v177, v[14:15], off
	s_nop 0
	global_load_dword v200, v[200:201], off
	s_nop 0
	global_load_dword v201, v[208:209], off
	s_nop 0
	global_load_dword v208, v[210:211], off
	global_load_dword v209, v[212:213], off
	s_nop 0
	global_load_dword v162, v[162:163], off
	s_nop 0
	global_load_dword v163, v[164:165], off
	s_nop 0
	global_load_dword v164, v[166:167], off
	global_load_dword v165, v[168:169], off
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], a[40:47], v[216:223], 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s10, s35, 1
	s_cmp_lt_i32 s10, 2
	s_cselect_b32 s35, s10, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_lshl_b32 s57, s35, 13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_add_i32 s55, s57, 0x4000
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_lg_u32 s42, s54
	s_mov_b32 s56, s42
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], a[48:55], v[224:231], v[0:15]
	s_waitcnt vmcnt(16)
	s_nop 15
	s_nop 2
	v_pk_mul_f32 v[4:5], v[198:199], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[0:1], v[198:199], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[198:199], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[198:199], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[198:199], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[198:199], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[198:199], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[198:199], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[146:147], v[170:171], v[0:1], v[146:147]
	v_accvgpr_read_b32 v1, a77
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[160:161], v[172:173], v[2:3], v[160:161]
	v_accvgpr_read_b32 v2, a78
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[158:159], v[174:175], v[4:5], v[158:159]
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_add_u32_e32 v4, s57, v199
	ds_write_b8 v4, v232 offset:1024
	ds_write_b8 v4, v240 offset:3072
	ds_write_b8 v4, v248 offset:5120
	ds_write_b8 v4, a0 offset:7168
	v_add_u32_e32 v4, s57, v205
	v_accvgpr_read_b32 v3, a79
	ds_write_b8 v4, v235 offset:1280
	ds_write_b8 v4, v244 offset:3328
	ds_write_b8 v4, v252 offset:5376
	ds_write_b8 v4, a4 offset:7424
	v_add_u32_e32 v4, s57, v207
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[156:157], v[176:177], v[6:7], v[156:157]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[154:155], v[200:201], v[8:9], v[154:155]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[152:153], v[208:209], v[10:11], v[152:153]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[150:151], v[162:163], v[12:13], v[150:151]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[148:149], v[164:165], v[14:15], v[148:149]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v0, s57, v17
	v_add_u32_e32 v1, s57, v1
	v_add_u32_e32 v2, s57, v2
	v_add_u32_e32 v3, s57, v3
	ds_write_b8 v4, v234 offset:1536
	ds_write_b8 v4, v243 offset:3584
	ds_write_b8 v4, v251 offset:5632
	ds_write_b8 v4, a3 offset:7680
	v_add_u32_e32 v4, s57, v214
	ds_write_b8 v0, v236
	ds_write_b8 v0, v242 offset:2048
	ds_write_b8 v0, v250 offset:4096
	ds_write_b8 v0, a2 offset:6144
	ds_write_b8 v1, v237 offset:256
	ds_write_b8 v1, v245 offset:2304
	ds_write_b8 v1, v253 offset:4352
	ds_write_b8 v1, a6 offset:6400
	ds_write_b8 v2, v215 offset:512
	ds_write_b8 v2, v239 offset:2560
	ds_write_b8 v2, v247 offset:4608
	ds_write_b8 v2, v255 offset:6656
	ds_write_b8 v3, v233 offset:768
	ds_write_b8 v3, v241 offset:2816
	ds_write_b8 v3, v249 offset:4864
	ds_write_b8 v3, a1 offset:6912
	ds_write_b8 v4, v238 offset:1792
	ds_write_b8 v4, v246 offset:3840
	ds_write_b8 v4, v254 offset:5888
	ds_write_b8 v4, a5 offset:7936
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write_b8 v0, a7 offset:16384
	ds_write_b8 v0, a11 offset:17408
	ds_write_b8 v0, a15 offset:18432
	ds_write_b8 v0, a19 offset:19456
	ds_write_b8 v0, a23 offset:20480
	ds_write_b8 v0, a27 offset:21504
	ds_write_b8 v0, a31 offset:22528
	ds_write_b8 v0, a35 offset:23552
	ds_write_b8 v1, a8 offset:16640
	ds_write_b8 v1, a12 offset:17664
	ds_write_b8 v1, a16 offset:18688
	ds_write_b8 v1, a20 offset:19712
	ds_write_b8 v1, a24 offset:20736
	ds_write_b8 v1, a28 offset:21760
	ds_write_b8 v1, a32 offset:22784
	ds_write_b8 v1, a36 offset:23808
	ds_write_b8 v2, a9 offset:16896
	ds_write_b8 v2, a13 offset:17920
	ds_write_b8 v2, a17 offset:18944
	ds_write_b8 v2, a21 offset:19968
	ds_write_b8 v2, a25 offset:20992
	ds_write_b8 v2, a29 offset:22016
	ds_write_b8 v2, a33 offset:23040
	ds_write_b8 v2, a37 offset:24064
	ds_write_b8 v3, a10 offset:17152
	ds_write_b8 v3, a14 offset:18176
	ds_write_b8 v3, a18 offset:19200
	ds_write_b8 v3, a22 offset:20224
	ds_write_b8 v3, a26 offset:21248
	ds_write_b8 v3, a30 offset:22272
	ds_write_b8 v3, a34 offset:23296
	ds_write_b8 v3, a38 offset:24320
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc0 .LBB0_296
.LBB0_167:                              ; =>This Inner Loop Header: Depth=1
	s_add_i32 s42, s56, 1
	.loc	1 43 27                         ; w8a8_gemm.py:43:27
	s_lshl_b32 s10, s42, 7
	.loc	1 43 23 is_stmt 0               ; w8a8_gemm.py:43:23
	s_sub_i32 s58, s14, s10
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[18:19], v[18:19], 0, s[8:9]
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e32 vcc, s58, v16
	v_mov_b32_e32 v236, 0
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_169
; %bb.168:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v236, v[18:19], off
.LBB0_169:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[20:21], v[20:21], 0, s[8:9]
	v_mov_b32_e32 v215, 0
	v_mov_b32_e32 v237, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_171
; %bb.170:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v237, v[20:21], off
.LBB0_171:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[22:23], v[22:23], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_173
; %bb.172:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v215, v[22:23], off
.LBB0_173:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[24:25], v[24:25], 0, s[8:9]
	v_mov_b32_e32 v232, 0
	v_mov_b32_e32 v233, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_175
; %bb.174:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v233, v[24:25], off
.LBB0_175:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[26:27], v[26:27], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_177
; %bb.176:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v232, v[26:27], off
.LBB0_177:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[28:29], v[28:29], 0, s[8:9]
	v_mov_b32_e32 v234, 0
	v_mov_b32_e32 v235, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_179
; %bb.178:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v235, v[28:29], off
.LBB0_179:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[30:31], v[30:31], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_181
; %bb.180:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v234, v[30:31], off
.LBB0_181:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, s[8:9]
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v238, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_183
; %bb.182:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v238, v[32:33], off
.LBB0_183:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[34:35], v[34:35], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_185
; %bb.184:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v242, v[34:35], off
.LBB0_185:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[36:37], v[36:37], 0, s[8:9]
	v_mov_b32_e32 v239, 0
	v_mov_b32_e32 v245, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_187
; %bb.186:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v245, v[36:37], off
.LBB0_187:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[38:39], v[38:39], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_189
; %bb.188:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v239, v[38:39], off
.LBB0_189:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[40:41], v[40:41], 0, s[8:9]
	v_mov_b32_e32 v240, 0
	v_mov_b32_e32 v241, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_191
; %bb.190:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v241, v[40:41], off
.LBB0_191:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[42:43], v[42:43], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_193
; %bb.192:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v240, v[42:43], off
.LBB0_193:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[44:45], v[44:45], 0, s[8:9]
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v244, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_195
; %bb.194:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v244, v[44:45], off
.LBB0_195:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[46:47], v[46:47], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_197
; %bb.196:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v243, v[46:47], off
.LBB0_197:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[48:49], v[48:49], 0, s[8:9]
	v_mov_b32_e32 v250, 0
	v_mov_b32_e32 v246, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_199
; %bb.198:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v246, v[48:49], off
.LBB0_199:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[50:51], v[50:51], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_201
; %bb.200:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v250, v[50:51], off
.LBB0_201:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[52:53], v[52:53], 0, s[8:9]
	v_mov_b32_e32 v247, 0
	v_mov_b32_e32 v253, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_203
; %bb.202:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v253, v[52:53], off
.LBB0_203:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[54:55], v[54:55], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_205
; %bb.204:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v247, v[54:55], off
.LBB0_205:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[56:57], v[56:57], 0, s[8:9]
	v_mov_b32_e32 v248, 0
	v_mov_b32_e32 v249, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_207
; %bb.206:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v249, v[56:57], off
.LBB0_207:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[58:59], v[58:59], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_209
; %bb.208:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v248, v[58:59], off
.LBB0_209:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[60:61], v[60:61], 0, s[8:9]
	v_mov_b32_e32 v251, 0
	v_mov_b32_e32 v252, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_211
; %bb.210:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v252, v[60:61], off
.LBB0_211:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[62:63], v[62:63], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_213
; %bb.212:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v251, v[62:63], off
.LBB0_213:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[64:65], v[64:65], 0, s[8:9]
	v_accvgpr_write_b32 a2, 0
	v_mov_b32_e32 v254, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_215
; %bb.214:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v254, v[64:65], off
.LBB0_215:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[66:67], v[66:67], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_217
; %bb.216:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a2, v[66:67], off
.LBB0_217:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[68:69], v[68:69], 0, s[8:9]
	v_mov_b32_e32 v255, 0
	v_accvgpr_write_b32 a6, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_219
; %bb.218:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a6, v[68:69], off
.LBB0_219:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[70:71], v[70:71], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_221
; %bb.220:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte v255, v[70:71], off
.LBB0_221:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[72:73], v[72:73], 0, s[8:9]
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_223
; %bb.222:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a1, v[72:73], off
.LBB0_223:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[74:75], v[74:75], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_225
; %bb.224:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a0, v[74:75], off
.LBB0_225:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[76:77], v[76:77], 0, s[8:9]
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_227
; %bb.226:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a4, v[76:77], off
.LBB0_227:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[78:79], v[78:79], 0, s[8:9]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_229
; %bb.228:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a3, v[78:79], off
.LBB0_229:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[80:81], v[80:81], 0, s[8:9]
	v_accvgpr_write_b32 a5, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_231
; %bb.230:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a5, v[80:81], off
.LBB0_231:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u32_e32 v0, s57, v202
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v1, s57, v203
	ds_read_b128 v[216:219], v0
	ds_read_b128 v[220:223], v1
	v_add_u32_e32 v0, s57, v204
	v_add_u32_e32 v1, s57, v206
	ds_read_b128 v[224:227], v0
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	ds_read_b128 v[228:231], v1
	s_cmp_ge_i32 s15, s58
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[82:83], v[82:83], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_263
; %bb.232:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a7, v[82:83], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s18, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[84:85], v[84:85], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_264
.LBB0_233:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a8, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s19, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[86:87], v[86:87], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_265
.LBB0_234:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a9, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s20, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[88:89], v[88:89], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_266
.LBB0_235:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a10, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s21, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[90:91], v[90:91], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_267
.LBB0_236:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a11, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s24, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[92:93], v[92:93], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_268
.LBB0_237:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a12, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s25, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[94:95], v[94:95], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_269
.LBB0_238:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a13, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s26, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[96:97], v[96:97], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_270
.LBB0_239:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a14, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s27, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[98:99], v[98:99], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_271
.LBB0_240:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a15, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s28, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[100:101], v[100:101], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_272
.LBB0_241:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a16, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s29, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[102:103], v[102:103], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_273
.LBB0_242:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a17, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s30, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[104:105], v[104:105], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_274
.LBB0_243:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a18, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s31, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[106:107], v[106:107], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_275
.LBB0_244:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a19, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s33, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[108:109], v[108:109], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_276
.LBB0_245:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a20, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s34, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[110:111], v[110:111], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_277
.LBB0_246:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a21, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s36, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[112:113], v[112:113], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_278
.LBB0_247:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a22, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s37, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[114:115], v[114:115], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_279
.LBB0_248:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a23, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s38, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[116:117], v[116:117], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_280
.LBB0_249:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a24, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s39, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[118:119], v[118:119], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_281
.LBB0_250:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a25, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s40, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[120:121], v[120:121], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_282
.LBB0_251:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a26, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s41, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[122:123], v[122:123], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_283
.LBB0_252:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a27, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s43, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[124:125], v[124:125], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_284
.LBB0_253:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a28, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s44, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[126:127], v[126:127], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_285
.LBB0_254:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a29, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s45, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[128:129], v[128:129], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_286
.LBB0_255:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a30, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s46, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[130:131], v[130:131], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_287
.LBB0_256:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a31, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s47, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[132:133], v[132:133], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_288
.LBB0_257:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a32, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s48, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[134:135], v[134:135], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_289
.LBB0_258:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a33, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s49, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[136:137], v[136:137], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_290
.LBB0_259:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a34, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s50, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[138:139], v[138:139], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_291
.LBB0_260:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a35, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s51, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[140:141], v[140:141], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_292
.LBB0_261:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a36, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s52, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[142:143], v[142:143], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_293
.LBB0_262:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a37, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s53, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[144:145], v[144:145], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_165
	s_branch .LBB0_294
.LBB0_263:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a7, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s18, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[84:85], v[84:85], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_233
.LBB0_264:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a8, v[84:85], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s19, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[86:87], v[86:87], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_234
.LBB0_265:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a9, v[86:87], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s20, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[88:89], v[88:89], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_235
.LBB0_266:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a10, v[88:89], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s21, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[90:91], v[90:91], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_236
.LBB0_267:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a11, v[90:91], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s24, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[92:93], v[92:93], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_237
.LBB0_268:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a12, v[92:93], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s25, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[94:95], v[94:95], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_238
.LBB0_269:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a13, v[94:95], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s26, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[96:97], v[96:97], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_239
.LBB0_270:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a14, v[96:97], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s27, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[98:99], v[98:99], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_240
.LBB0_271:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a15, v[98:99], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s28, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[100:101], v[100:101], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_241
.LBB0_272:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a16, v[100:101], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s29, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[102:103], v[102:103], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_242
.LBB0_273:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a17, v[102:103], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s30, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[104:105], v[104:105], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_243
.LBB0_274:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a18, v[104:105], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s31, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[106:107], v[106:107], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_244
.LBB0_275:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a19, v[106:107], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s33, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[108:109], v[108:109], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_245
.LBB0_276:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a20, v[108:109], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s34, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[110:111], v[110:111], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_246
.LBB0_277:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a21, v[110:111], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s36, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[112:113], v[112:113], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_247
.LBB0_278:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a22, v[112:113], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s37, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[114:115], v[114:115], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_248
.LBB0_279:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a23, v[114:115], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s38, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[116:117], v[116:117], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_249
.LBB0_280:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a24, v[116:117], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s39, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[118:119], v[118:119], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_250
.LBB0_281:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a25, v[118:119], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s40, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[120:121], v[120:121], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_251
.LBB0_282:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a26, v[120:121], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s41, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[122:123], v[122:123], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_252
.LBB0_283:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a27, v[122:123], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s43, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[124:125], v[124:125], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_253
.LBB0_284:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a28, v[124:125], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s44, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[126:127], v[126:127], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_254
.LBB0_285:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a29, v[126:127], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s45, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[128:129], v[128:129], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_255
.LBB0_286:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a30, v[128:129], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s46, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[130:131], v[130:131], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_256
.LBB0_287:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a31, v[130:131], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s47, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[132:133], v[132:133], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_257
.LBB0_288:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a32, v[132:133], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s48, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[134:135], v[134:135], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_258
.LBB0_289:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a33, v[134:135], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s49, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[136:137], v[136:137], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_259
.LBB0_290:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a34, v[136:137], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s50, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[138:139], v[138:139], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_260
.LBB0_291:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a35, v[138:139], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s51, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[140:141], v[140:141], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_261
.LBB0_292:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a36, v[140:141], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s52, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[142:143], v[142:143], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_262
.LBB0_293:                              ;   in Loop: Header=BB0_167 Depth=1
	global_load_ubyte a37, v[142:143], off
	.loc	1 45 34 is_stmt 0               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s53, s58
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[144:145], v[144:145], 0, s[4:5]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_165
.LBB0_294:                              ;   in Loop: Header=BB0_167 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_accvgpr_write_b32 a38, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_branch .LBB0_166
.LBB0_295:
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_movk_i32 s55, 0x4000
	s_mov_b32 s57, 0
	s_branch .LBB0_297
.LBB0_296:                              ; %Flow
	v_accvgpr_read_b32 v166, a57
	v_accvgpr_read_b32 v167, a74
	v_accvgpr_read_b32 v164, a75
	v_accvgpr_read_b32 v165, a76
.LBB0_297:                              ; %Flow602
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_add_u32_e32 v0, s57, v202
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v1, s57, v203
	ds_read_b128 v[36:39], v0
	ds_read_b128 v[40:43], v1
	v_add_u32_e32 v0, s57, v204
	v_add_u32_e32 v1, s57, v206
	ds_read_b128 v[44:47], v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b128 v[48:51], v1
	v_mov_b32_e32 v0, 0x110
	v_cmp_eq_u32_e32 vcc, 0, v167
	s_load_dword s4, s[0:1], 0x3c
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_and_b64 s[0:1], s[16:17], exec
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v0, v0, 0, vcc
	v_bitop3_b32 v0, v0, v166, v164 bitop3:0x36
	v_or3_b32 v0, v165, v0, s22
	v_add_u32_e32 v1, s55, v0
	v_xad_u32 v0, v0, 32, s55
	ds_read_b64_tr_b8 v[52:53], v1
	ds_read_b64_tr_b8 v[56:57], v1 offset:2048
	ds_read_b64_tr_b8 v[60:61], v1 offset:4096
	ds_read_b64_tr_b8 v[64:65], v1 offset:6144
	ds_read_b64_tr_b8 v[54:55], v0 offset:512
	ds_read_b64_tr_b8 v[58:59], v0 offset:2560
	ds_read_b64_tr_b8 v[62:63], v0 offset:4608
	ds_read_b64_tr_b8 v[66:67], v0 offset:6656
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_299
; %bb.298:
	.loc	1 0 15 is_stmt 0                ; w8a8_gemm.py:0:15
	s_mul_i32 s0, s54, s2
	s_ashr_i32 s1, s0, 31
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[194:195]
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	global_load_dword v16, v[0:1], off
	s_branch .LBB0_300
.LBB0_299:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v16, 0
.LBB0_300:
	.loc	1 48 38 is_stmt 1               ; w8a8_gemm.py:48:38
	s_mul_i32 s0, s54, s3
	.loc	1 48 23 is_stmt 0               ; w8a8_gemm.py:48:23
	s_ashr_i32 s1, s0, 31
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v17, v16
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_318
; %bb.301:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[192:193]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v18, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_319
.LBB0_302:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v19, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_320
.LBB0_303:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v20, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_321
.LBB0_304:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v21, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_322
.LBB0_305:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v22, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_323
.LBB0_306:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v23, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_324
.LBB0_307:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v24, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_325
.LBB0_308:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v25, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_326
.LBB0_309:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v26, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_327
.LBB0_310:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v27, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_328
.LBB0_311:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v30, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_329
.LBB0_312:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v31, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_330
.LBB0_313:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v32, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_331
.LBB0_314:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v33, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_332
.LBB0_315:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v34, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc0 .LBB0_333
.LBB0_316:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v35, 0
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_and_b64 s[0:1], s[16:17], exec
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc0 .LBB0_334
.LBB0_317:
	.loc	1 0 16 is_stmt 0                ; w8a8_gemm.py:0:16
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	v_mov_b32_e32 v4, v0
	v_mov_b32_e32 v5, v0
	v_mov_b32_e32 v6, v0
	v_mov_b32_e32 v7, v0
	v_mov_b32_e32 v8, v0
	v_mov_b32_e32 v9, v0
	v_mov_b32_e32 v10, v0
	v_mov_b32_e32 v11, v0
	v_mov_b32_e32 v12, v0
	v_mov_b32_e32 v13, v0
	v_mov_b32_e32 v14, v0
	v_mov_b32_e32 v15, v0
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_branch .LBB0_335
.LBB0_318:
	.loc	1 0 16                          ; w8a8_gemm.py:0:16
	v_mov_b32_e32 v18, 0
	.loc	1 48 15 is_stmt 1               ; w8a8_gemm.py:48:15
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_302
.LBB0_319:
	.loc	1 48 23 is_stmt 0               ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[190:191]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v19, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_303
.LBB0_320:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[188:189]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v20, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_304
.LBB0_321:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[186:187]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v21, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_305
.LBB0_322:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[184:185]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v22, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_306
.LBB0_323:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[182:183]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v23, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_307
.LBB0_324:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[180:181]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v24, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_308
.LBB0_325:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[178:179]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v25, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_309
.LBB0_326:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a72
	v_accvgpr_read_b32 v1, a73
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v26, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_310
.LBB0_327:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a70
	v_accvgpr_read_b32 v1, a71
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v27, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_311
.LBB0_328:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a68
	v_accvgpr_read_b32 v1, a69
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v30, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_312
.LBB0_329:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a66
	v_accvgpr_read_b32 v1, a67
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v31, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_313
.LBB0_330:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a64
	v_accvgpr_read_b32 v1, a65
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v32, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_314
.LBB0_331:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a62
	v_accvgpr_read_b32 v1, a63
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v33, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_315
.LBB0_332:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a60
	v_accvgpr_read_b32 v1, a61
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v34, v[0:1], off
	s_and_b64 s[2:3], s[16:17], exec
	s_cselect_b32 s2, 1, 0
	s_cmp_lg_u32 s2, 1
	s_cbranch_scc1 .LBB0_316
.LBB0_333:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_accvgpr_read_b32 v0, a58
	v_accvgpr_read_b32 v1, a59
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v35, v[0:1], off
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_and_b64 s[0:1], s[16:17], exec
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_317
.LBB0_334:
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[52:59], v[36:43], 0
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[60:67], v[44:51], v[0:15]
.LBB0_335:
	s_nop 15
	s_nop 3
	v_pk_mul_f32 v[0:1], v[16:17], v[0:1]
	v_pk_mul_f32 v[2:3], v[16:17], v[2:3]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[18:19], v[0:1], v[146:147]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_pk_mul_f32 v[4:5], v[16:17], v[4:5]
	v_pk_mul_f32 v[6:7], v[16:17], v[6:7]
	v_pk_mul_f32 v[8:9], v[16:17], v[8:9]
	v_pk_mul_f32 v[10:11], v[16:17], v[10:11]
	v_pk_mul_f32 v[12:13], v[16:17], v[12:13]
	v_pk_mul_f32 v[14:15], v[16:17], v[14:15]
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v147, v1, s[16:17]
	v_cndmask_b32_e64 v17, v146, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[20:21], v[2:3], v[160:161]
	v_accvgpr_read_b32 v28, a56
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v2, v161, v1, s[16:17]
	v_cndmask_b32_e64 v3, v160, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[22:23], v[4:5], v[158:159]
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v28, 2, v28
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v4, v159, v1, s[16:17]
	v_cndmask_b32_e64 v5, v158, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[24:25], v[6:7], v[156:157]
	v_accvgpr_read_b32 v7, a39
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v6, v157, v1, s[16:17]
	v_cndmask_b32_e64 v18, v156, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[26:27], v[8:9], v[154:155]
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v28, s22, v28
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v19, v155, v1, s[16:17]
	v_cndmask_b32_e64 v20, v154, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[30:31], v[10:11], v[152:153]
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v28, s23, v28
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v10, v153, v1, s[16:17]
	v_cndmask_b32_e64 v11, v152, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[32:33], v[12:13], v[150:151]
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v29, 31, v28
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v12, v151, v1, s[16:17]
	v_cndmask_b32_e64 v13, v150, v0, s[16:17]
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[0:1], v[34:35], v[14:15], v[148:149]
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e32 vcc, s12, v7
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v15, v148, v0, s[16:17]
	.loc	1 56 22                         ; w8a8_gemm.py:56:22
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v0, v7, s4
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v14, v149, v1, s[16:17]
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[6:7]
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v28
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_cvt_pk_bf16_f32 v9, v17, v16
	v_cvt_pk_bf16_f32 v8, v3, v2
	v_cvt_pk_bf16_f32 v7, v5, v4
	v_cvt_pk_bf16_f32 v6, v18, v6
	v_cvt_pk_bf16_f32 v5, v20, v19
	v_cvt_pk_bf16_f32 v4, v11, v10
	v_cvt_pk_bf16_f32 v3, v13, v12
	v_cvt_pk_bf16_f32 v2, v15, v14
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_lshl_add_u64 v[0:1], v[28:29], 1, v[0:1]
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_permlane32_swap_b32_e32 v9, v7
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_permlane32_swap_b32_e32 v8, v6
	v_permlane32_swap_b32_e32 v5, v3
	v_permlane32_swap_b32_e32 v4, v2
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_337
; %bb.336:
	global_store_short v[0:1], v9, off
.LBB0_337:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v10, 1, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v10
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_339
; %bb.338:
	global_store_short_d16_hi v[0:1], v9, off offset:2
.LBB0_339:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v9, 2, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v9
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_341
; %bb.340:
	global_store_short v[0:1], v8, off offset:4
.LBB0_341:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v9, 3, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v9
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_343
; %bb.342:
	global_store_short_d16_hi v[0:1], v8, off offset:6
.LBB0_343:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v8, 4, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v8
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_345
; %bb.344:
	global_store_short v[0:1], v7, off offset:8
.LBB0_345:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v8, 5, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v8
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_347
; %bb.346:
	global_store_short_d16_hi v[0:1], v7, off offset:10
.LBB0_347:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v7, 6, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v7
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_349
; %bb.348:
	global_store_short v[0:1], v6, off offset:12
.LBB0_349:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v7, 7, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v7
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_351
; %bb.350:
	global_store_short_d16_hi v[0:1], v6, off offset:14
.LBB0_351:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v6, 16, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v6
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_353
; %bb.352:
	global_store_short v[0:1], v5, off offset:32
.LBB0_353:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v6, 17, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v6
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_355
; %bb.354:
	global_store_short_d16_hi v[0:1], v5, off offset:34
.LBB0_355:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v5, 18, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v5
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_357
; %bb.356:
	global_store_short v[0:1], v4, off offset:36
.LBB0_357:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v5, 19, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v5
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_359
; %bb.358:
	global_store_short_d16_hi v[0:1], v4, off offset:38
.LBB0_359:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v4, 20, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v4
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_361
; %bb.360:
	global_store_short v[0:1], v3, off offset:40
.LBB0_361:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v4, 21, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v4
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_363
; %bb.362:
	global_store_short_d16_hi v[0:1], v3, off offset:42
.LBB0_363:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v3, 22, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_365
; %bb.364:
	global_store_short v[0:1], v2, off offset:44
.LBB0_365:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v3, 23, v28
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s[0:1], s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_367
; %bb.366:
	global_store_short_d16_hi v[0:1], v2, off offset:46
.LBB0_367:
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
		.amdhsa_kernarg_size 96
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
		.amdhsa_next_free_vgpr 336
		.amdhsa_next_free_sgpr 63
		.amdhsa_accum_offset 256
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
	.set .Lw8a8_block_fp8_matmul.num_vgpr, 256
	.set .Lw8a8_block_fp8_matmul.num_agpr, 80
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 63
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 0
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 15224
; TotalNumSgprs: 69
; NumVgprs: 256
; NumAgprs: 80
; TotalNumVgprs: 336
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 8
; VGPRBlocks: 41
; NumSGPRsForWavesPerEU: 69
; NumVGPRsForWavesPerEU: 336
; AccumOffset: 256
; Occupancy: 1
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 63
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
  - .agpr_count:     80
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
      - .offset:         72
        .size:           4
        .value_kind:     by_value
      - .offset:         76
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         88
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 96
    .max_flat_workgroup_size: 256
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     69
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     336
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

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
; %bb.196:
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
; %bb.197:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_abs_i32 s96, s12
	v_cvt_f32_u32_e32 v2, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_abs_i32 s57, s13
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
	s_mov_b64 s[18:19], s[0:1]
	v_writelane_b32 v254, s6, 0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_rcp_f32_e32 v2, v2
	.loc	1 32 16 is_stmt 0               ; w8a8_gemm.py:32:16
	s_lshl_b32 s40, s16, 6
	v_writelane_b32 v254, s7, 1
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_readfirstlane_b32 s7, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 32 34 is_stmt 0               ; w8a8_gemm.py:32:34
	s_and_b32 s62, s7, 0x80
	s_lshr_b32 s0, s62, 2
	v_and_b32_e32 v18, 31, v0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_readfirstlane_b32 s97, v2
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cvt_f32_u32_e32 v2, s57
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v1, 3, v0
	s_and_b32 s33, s7, 64
	s_or_b32 s0, s0, s40
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_rcp_f32_e32 v2, v2
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v1, 4, v1
	s_lshr_b32 s1, s33, 1
	.loc	1 32 16 is_stmt 0               ; w8a8_gemm.py:32:16
	v_or_b32_e32 v4, s0, v18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s0, 0, s96
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v3, s1, v1
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_bfe_i32 s1, s16, 0x10019
	s_mul_i32 s0, s0, s97
	v_accvgpr_write_b32 a14, v4
	v_add_u32_e32 v4, s1, v4
	s_mul_hi_u32 s0, s97, s0
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v19, s1, v4
	s_add_i32 s97, s97, s0
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cvt_u32_f32_e32 v2, v2
	s_mov_b64 s[20:21], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mad_u64_u32 v[10:11], s[8:9], v19, s97, 0
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	s_lshl_b32 s56, s17, 6
	v_or_b32_e32 v10, s56, v3
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_bfe_i32 s95, s17, 0x10019
	v_add_u32_e32 v3, s95, v10
	s_sub_i32 s0, 0, s57
	v_xor_b32_e32 v45, s95, v3
	v_mul_lo_u32 v3, s0, v2
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v22, 1, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_hi_u32 v3, v2, v3
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v21, 2, v10
	v_or_b32_e32 v20, 3, v10
	v_or_b32_e32 v17, 8, v10
	v_or_b32_e32 v15, 9, v10
	v_or_b32_e32 v14, 10, v10
	v_or_b32_e32 v13, 11, v10
	v_or_b32_e32 v12, 16, v10
	v_or_b32_e32 v9, 17, v10
	v_or_b32_e32 v7, 18, v10
	v_or_b32_e32 v8, 19, v10
	v_or_b32_e32 v6, 24, v10
	v_or_b32_e32 v5, 25, v10
	v_or_b32_e32 v4, 26, v10
	v_or_b32_e32 v16, 27, v10
	v_accvgpr_write_b32 a16, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v10, v2, v3
	v_add_u32_e32 v2, s95, v22
	v_xor_b32_e32 v46, s95, v2
	v_add_u32_e32 v2, s95, v21
	v_xor_b32_e32 v44, s95, v2
	v_add_u32_e32 v2, s95, v20
	v_xor_b32_e32 v43, s95, v2
	v_add_u32_e32 v2, s95, v17
	v_xor_b32_e32 v42, s95, v2
	v_add_u32_e32 v2, s95, v15
	v_xor_b32_e32 v41, s95, v2
	v_add_u32_e32 v2, s95, v14
	v_mad_u64_u32 v[38:39], s[8:9], v45, v10, 0
	v_xor_b32_e32 v40, s95, v2
	v_add_u32_e32 v2, s95, v13
	v_mad_u64_u32 v[36:37], s[8:9], v46, v10, 0
	v_xor_b32_e32 v38, s95, v2
	v_add_u32_e32 v2, s95, v12
	v_mad_u64_u32 v[34:35], s[8:9], v44, v10, 0
	v_xor_b32_e32 v36, s95, v2
	v_add_u32_e32 v2, s95, v9
	v_mad_u64_u32 v[32:33], s[8:9], v43, v10, 0
	v_xor_b32_e32 v34, s95, v2
	v_add_u32_e32 v2, s95, v7
	v_mad_u64_u32 v[30:31], s[8:9], v42, v10, 0
	v_xor_b32_e32 v32, s95, v2
	v_add_u32_e32 v2, s95, v8
	v_mad_u64_u32 v[28:29], s[8:9], v41, v10, 0
	v_xor_b32_e32 v30, s95, v2
	v_add_u32_e32 v2, s95, v6
	v_mad_u64_u32 v[26:27], s[8:9], v40, v10, 0
	v_xor_b32_e32 v28, s95, v2
	v_add_u32_e32 v2, s95, v5
	v_mad_u64_u32 v[24:25], s[8:9], v38, v10, 0
	v_xor_b32_e32 v26, s95, v2
	v_add_u32_e32 v2, s95, v4
	v_accvgpr_write_b32 a15, v22
	v_mad_u64_u32 v[22:23], s[8:9], v36, v10, 0
	v_xor_b32_e32 v24, s95, v2
	v_add_u32_e32 v2, s95, v16
	v_xor_b32_e32 v22, s95, v2
	v_writelane_b32 v254, s12, 2
	v_mad_u64_u32 v[2:3], s[8:9], v22, v10, 0
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s0, s14, 0x7f
	s_mov_b32 s6, 0
	v_accvgpr_write_b32 a13, v21
	v_accvgpr_write_b32 a12, v20
	v_accvgpr_write_b32 a11, v17
	v_accvgpr_write_b32 a10, v15
	v_accvgpr_write_b32 a9, v14
	v_accvgpr_write_b32 a8, v13
	v_accvgpr_write_b32 a7, v12
	v_accvgpr_write_b32 a6, v9
.Ltmp3:
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_u64_u32 v[20:21], s[8:9], v34, v10, 0
	v_accvgpr_write_b32 a4, v7
	v_mad_u64_u32 v[14:15], s[8:9], v32, v10, 0
	v_accvgpr_write_b32 a5, v8
	v_mad_u64_u32 v[12:13], s[8:9], v30, v10, 0
	v_accvgpr_write_b32 a3, v6
	v_mad_u64_u32 v[8:9], s[8:9], v28, v10, 0
	v_accvgpr_write_b32 a2, v5
	v_mad_u64_u32 v[6:7], s[8:9], v26, v10, 0
	v_accvgpr_write_b32 a1, v4
	v_mad_u64_u32 v[4:5], s[8:9], v24, v10, 0
	v_accvgpr_write_b32 a0, v16
	v_writelane_b32 v254, s14, 3
	v_mov_b32_e32 v16, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_lt_i32 s0, 0x80
	v_mov_b32_e32 v139, 0
	v_mov_b32_e32 v138, 0
	v_mov_b32_e32 v137, 0
	v_mov_b32_e32 v136, 0
	v_mov_b32_e32 v135, 0
	v_mov_b32_e32 v134, 0
	v_mov_b32_e32 v133, 0
	v_mov_b32_e32 v132, 0
	v_mov_b32_e32 v131, 0
	v_mov_b32_e32 v130, 0
	v_mov_b32_e32 v129, 0
	v_mov_b32_e32 v128, 0
	v_mov_b32_e32 v127, 0
	v_mov_b32_e32 v126, 0
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v2, 0
	s_cbranch_scc1 .LBB0_163
; %bb.1:                                ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_load_dword s41, s[18:19], 0x38
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_ashr_i32 s8, s0, 31
	v_writelane_b32 v254, s13, 4
.Ltmp5:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshr_b32 s7, s7, 3
.Ltmp6:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_lshr_b32 s8, s8, 25
.Ltmp7:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_and_b32 s7, s7, 24
	v_writelane_b32 v254, s20, 5
.Ltmp8:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s0, s0, s8
.Ltmp9:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_or_b32 s44, s7, 0x67
	v_writelane_b32 v254, s21, 6
.Ltmp10:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_ashr_i32 s0, s0, 7
.Ltmp11:
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	v_writelane_b32 v254, s0, 7
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s0, s44, s41
	s_or_b32 s14, s7, 1
	s_or_b32 s63, s7, 2
	s_or_b32 s64, s7, 3
	s_or_b32 s52, s7, 4
	s_or_b32 s53, s7, 5
	s_or_b32 s12, s7, 6
	s_or_b32 s13, s7, 7
	s_or_b32 s16, s7, 32
	s_or_b32 s17, s7, 33
	s_or_b32 s20, s7, 34
	s_or_b32 s21, s7, 35
	s_or_b32 s22, s7, 36
	s_or_b32 s23, s7, 37
	s_or_b32 s24, s7, 38
	s_or_b32 s25, s7, 39
	s_or_b32 s26, s7, 64
	s_or_b32 s27, s7, 0x41
	s_or_b32 s28, s7, 0x42
	s_or_b32 s29, s7, 0x43
	s_or_b32 s30, s7, 0x44
	s_or_b32 s31, s7, 0x45
	s_or_b32 s34, s7, 0x46
	s_or_b32 s35, s7, 0x47
	s_or_b32 s36, s7, 0x60
	s_or_b32 s37, s7, 0x61
	s_or_b32 s38, s7, 0x62
	s_or_b32 s39, s7, 0x63
	s_or_b32 s42, s7, 0x64
	s_or_b32 s43, s7, 0x65
	s_or_b32 s9, s7, 0x66
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	s_lshl_b32 s94, s41, 7
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s8, s0, 31
	s_add_u32 s76, s4, s0
	v_writelane_b32 v254, s44, 8
	s_addc_u32 s77, s5, s8
	.loc	1 36 22 is_stmt 0               ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s9, s41
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	s_ashr_i32 s0, s56, 31
	v_writelane_b32 v254, s9, 9
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s9, s8, 31
	s_add_u32 s80, s4, s8
	.loc	1 36 22 is_stmt 0               ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s43, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s81, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s82, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s42, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s83, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s84, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s39, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s85, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s88, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s38, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s89, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s90, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s37, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s91, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s92, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s36, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s93, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s60, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s35, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s61, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s58, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s34, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s59, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s54, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s31, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s55, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s50, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s30, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s51, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s48, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s29, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s49, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s46, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s28, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s47, s5, s9
	s_ashr_i32 s9, s8, 31
	s_add_u32 s44, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s27, s41
	v_writelane_b32 v254, s43, 10
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s45, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s42, 11
	s_add_u32 s42, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s26, s41
	v_writelane_b32 v254, s39, 12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s43, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s38, 13
	s_add_u32 s38, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s25, s41
	v_writelane_b32 v254, s37, 14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s39, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s36, 15
	s_add_u32 s36, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s24, s41
	v_writelane_b32 v254, s35, 16
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s37, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s34, 17
	s_add_u32 s34, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s23, s41
	v_writelane_b32 v254, s31, 18
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s35, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s30, 19
	s_add_u32 s30, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s22, s41
	v_writelane_b32 v254, s29, 20
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s31, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s28, 21
	s_add_u32 s28, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s21, s41
	v_writelane_b32 v254, s27, 22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s29, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s26, 23
	s_add_u32 s26, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s20, s41
	v_writelane_b32 v254, s25, 24
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s27, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s24, 25
	s_add_u32 s24, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s17, s41
	v_writelane_b32 v254, s23, 26
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s25, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s22, 27
	s_add_u32 s22, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s16, s41
	v_writelane_b32 v254, s21, 28
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s23, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s20, 29
	s_add_u32 s20, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s13, s41
	v_writelane_b32 v254, s17, 30
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s21, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s16, 31
	s_add_u32 s16, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s12, s41
	v_writelane_b32 v254, s13, 32
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s17, s5, s9
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s12, 33
	s_add_u32 s12, s4, s8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s8, s53, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s13, s5, s9
	v_writelane_b32 v254, s53, 34
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s4, s8
	v_writelane_b32 v254, s52, 35
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s52, s52, s41
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s9, s5, s9
	s_ashr_i32 s53, s52, 31
	s_add_u32 s52, s4, s52
	s_addc_u32 s53, s5, s53
	v_writelane_b32 v254, s52, 36
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v2, v11, s96
	v_sub_u32_e32 v2, v19, v2
	v_writelane_b32 v254, s53, 37
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s52, s64, s41
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s53, s52, 31
	s_add_u32 s52, s4, s52
	v_writelane_b32 v254, s64, 38
	s_addc_u32 s53, s5, s53
	v_writelane_b32 v254, s52, 39
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_subrev_u32_e32 v4, s96, v2
	v_cmp_le_u32_e32 vcc, s96, v2
	v_writelane_b32 v254, s53, 40
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s52, s63, s41
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s53, s52, 31
	s_add_u32 s52, s4, s52
	v_writelane_b32 v254, s63, 41
	s_addc_u32 s53, s5, s53
	v_writelane_b32 v254, s52, 42
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s96, v2
	v_writelane_b32 v254, s53, 43
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s52, s14, s41
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s53, s52, 31
	s_add_u32 s52, s4, s52
	v_writelane_b32 v254, s14, 44
	s_addc_u32 s53, s5, s53
	v_writelane_b32 v254, s52, 45
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s41, s7, s41
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cmp_le_u32_e32 vcc, s96, v2
	v_writelane_b32 v254, s53, 46
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s52, s41, 31
	s_add_u32 s64, s4, s41
	s_addc_u32 s65, s5, s52
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s4, s62, 7
	s_or_b32 s99, s4, s40
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	s_ashr_i32 s98, s40, 31
	s_add_i32 s99, s99, s98
	s_add_i32 s4, s99, 62
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s68, s2, s4
	s_addc_u32 s69, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 60
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s72, s2, s4
	s_addc_u32 s73, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 58
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s78, s2, s4
	s_addc_u32 s79, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 56
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 47
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v47, v2, v4, vcc
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v2, v39, s57
	v_writelane_b32 v254, s5, 48
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 54
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 49
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v2, v45, v2
	v_subrev_u32_e32 v4, s57, v2
	v_writelane_b32 v254, s5, 50
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 52
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 51
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v2
	v_mul_lo_u32 v15, v15, s57
	v_writelane_b32 v254, s5, 52
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 50
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 53
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s57, v2
	v_writelane_b32 v254, s5, 54
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 48
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 55
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v2
	v_sub_u32_e32 v15, v32, v15
	v_writelane_b32 v254, s5, 56
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 46
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 57
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_mul_lo_u32 v4, v37, s57
	v_writelane_b32 v254, s5, 58
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 44
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 59
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v4, v46, v4
	v_subrev_u32_e32 v6, s57, v4
	v_writelane_b32 v254, s5, 60
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 42
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 61
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v4
	v_mul_lo_u32 v13, v13, s57
	v_writelane_b32 v254, s5, 62
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 40
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v254, s4, 63
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v4, v4, v6, vcc
	v_subrev_u32_e32 v6, s57, v4
	v_writelane_b32 v255, s5, 0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 38
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 1
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v4
	v_sub_u32_e32 v13, v30, v13
	v_writelane_b32 v255, s5, 2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 36
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 3
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v4, v4, v6, vcc
	v_mul_lo_u32 v6, v35, s57
	v_writelane_b32 v255, s5, 4
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 34
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 5
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v6, v44, v6
	v_subrev_u32_e32 v8, s57, v6
	v_writelane_b32 v255, s5, 6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 32
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 7
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v6
	v_mul_lo_u32 v9, v9, s57
	v_writelane_b32 v255, s5, 8
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 30
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 9
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v6, v6, v8, vcc
	v_subrev_u32_e32 v8, s57, v6
	v_writelane_b32 v255, s5, 10
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 28
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 11
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v6
	v_sub_u32_e32 v9, v28, v9
	v_writelane_b32 v255, s5, 12
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 26
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 13
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v6, v6, v8, vcc
	v_mul_lo_u32 v8, v33, s57
	v_writelane_b32 v255, s5, 14
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 24
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 15
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v8, v43, v8
	v_subrev_u32_e32 v11, s57, v8
	v_writelane_b32 v255, s5, 16
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 22
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 17
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v8
	v_mul_lo_u32 v7, v7, s57
	v_writelane_b32 v255, s5, 18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 20
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 19
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v8, v8, v11, vcc
	v_subrev_u32_e32 v11, s57, v8
	v_writelane_b32 v255, s5, 20
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 18
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 21
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc, s57, v8
	v_sub_u32_e32 v7, v26, v7
	v_writelane_b32 v255, s5, 22
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 16
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	v_writelane_b32 v255, s4, 23
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v8, v8, v11, vcc
	v_mul_lo_u32 v11, v31, s57
	v_writelane_b32 v255, s5, 24
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 14
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s66, s2, s4
	s_addc_u32 s67, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 12
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s70, s2, s4
	s_addc_u32 s71, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 10
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s74, s2, s4
	s_addc_u32 s75, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 8
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s86, s2, s4
	s_addc_u32 s87, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 6
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s52, s2, s4
	s_addc_u32 s53, s3, s5
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 4
	s_xor_b32 s4, s4, s98
	s_mul_hi_u32 s5, s4, s97
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v11, v42, v11
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_i32 s5, s5, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v12, s57, v11
	v_cmp_le_u32_e32 vcc, s57, v11
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s4, s4, s5
	s_sub_i32 s5, s4, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_subrev_u32_e32 v12, s57, v11
	v_cmp_le_u32_e32 vcc, s57, v11
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_mul_lo_u32 v12, v29, s57
	v_sub_u32_e32 v12, v41, v12
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s5, s4, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v14, s57, v12
	v_cmp_le_u32_e32 vcc, s57, v12
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cmp_ge_u32 s4, s96
	s_cselect_b32 s4, s5, s4
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v12, v12, v14, vcc
	v_subrev_u32_e32 v14, s57, v12
	v_cmp_le_u32_e32 vcc, s57, v12
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s4, s4, s98
	s_sub_i32 s4, s4, s98
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v12, v12, v14, vcc
	v_mul_lo_u32 v14, v27, s57
	v_sub_u32_e32 v14, v40, v14
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v17, s57, v14
	v_cmp_le_u32_e32 vcc, s57, v14
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	s_add_u32 s40, s2, s4
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v14, v14, v17, vcc
	v_subrev_u32_e32 v17, s57, v14
	v_cmp_le_u32_e32 vcc, s57, v14
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_addc_u32 s41, s3, s5
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_i32 s4, s99, 2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v14, v14, v17, vcc
	v_mul_lo_u32 v17, v25, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s4, s4, s98
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v17, v38, v17
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_hi_u32 s5, s4, s97
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v19, s57, v17
	v_cmp_le_u32_e32 vcc, s57, v17
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_i32 s5, s5, s96
	s_sub_i32 s4, s4, s5
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v17, v17, v19, vcc
	v_subrev_u32_e32 v19, s57, v17
	v_cmp_le_u32_e32 vcc, s57, v17
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v17, v17, v19, vcc
	v_mul_lo_u32 v19, v23, s57
	v_sub_u32_e32 v19, v36, v19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cselect_b32 s4, s5, s4
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v20, s57, v19
	v_cmp_le_u32_e32 vcc, s57, v19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s5, s4, s96
	s_cmp_ge_u32 s4, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v19, v19, v20, vcc
	v_subrev_u32_e32 v20, s57, v19
	v_cmp_le_u32_e32 vcc, s57, v19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cselect_b32 s4, s5, s4
	s_xor_b32 s4, s4, s98
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v19, v19, v20, vcc
	v_mul_lo_u32 v20, v21, s57
	v_sub_u32_e32 v20, v34, v20
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s4, s4, s98
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v21, s57, v20
	v_cmp_le_u32_e32 vcc, s57, v20
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s4, s4, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s5, s4, 31
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v20, v20, v21, vcc
	v_subrev_u32_e32 v21, s57, v20
	v_cmp_le_u32_e32 vcc, s57, v20
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_add_u32 s4, s2, s4
	s_addc_u32 s5, s3, s5
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v20, v20, v21, vcc
	v_subrev_u32_e32 v21, s57, v15
	v_cmp_le_u32_e32 vcc, s57, v15
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s99, s99, s98
	s_mul_hi_u32 s97, s99, s97
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v15, v15, v21, vcc
	v_subrev_u32_e32 v21, s57, v15
	v_cmp_le_u32_e32 vcc, s57, v15
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_i32 s97, s97, s96
	s_sub_i32 s97, s99, s97
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v15, v15, v21, vcc
	v_subrev_u32_e32 v21, s57, v13
	v_cmp_le_u32_e32 vcc, s57, v13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s99, s97, s96
	s_cmp_ge_u32 s97, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v13, v13, v21, vcc
	v_subrev_u32_e32 v21, s57, v13
	v_cmp_le_u32_e32 vcc, s57, v13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cselect_b32 s97, s99, s97
	s_sub_i32 s99, s97, s96
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v13, v13, v21, vcc
	v_subrev_u32_e32 v21, s57, v9
	v_cmp_le_u32_e32 vcc, s57, v9
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cmp_ge_u32 s97, s96
	s_cselect_b32 s97, s99, s97
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v9, v9, v21, vcc
	v_subrev_u32_e32 v21, s57, v9
	v_cmp_le_u32_e32 vcc, s57, v9
	v_mul_lo_u32 v5, v5, s57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s97, s97, s98
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v9, v9, v21, vcc
	v_subrev_u32_e32 v21, s57, v7
	v_cmp_le_u32_e32 vcc, s57, v7
	v_sub_u32_e32 v5, v24, v5
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s97, s97, s98
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v7, v7, v21, vcc
	v_subrev_u32_e32 v21, s57, v7
	v_cmp_le_u32_e32 vcc, s57, v7
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s97, s97, s15
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v3, v3, s57
	v_cndmask_b32_e32 v7, v7, v21, vcc
	v_subrev_u32_e32 v21, s57, v5
	v_cmp_le_u32_e32 vcc, s57, v5
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_ashr_i32 s15, s97, 31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v3, v22, v3
	v_cndmask_b32_e32 v5, v5, v21, vcc
	v_subrev_u32_e32 v21, s57, v5
	v_cmp_le_u32_e32 vcc, s57, v5
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_add_u32 s2, s2, s97
	v_writelane_b32 v255, s18, 25
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v5, v5, v21, vcc
	v_subrev_u32_e32 v21, s57, v3
	v_cmp_le_u32_e32 vcc, s57, v3
	s_load_dwordx4 s[96:99], s[18:19], 0x40
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_addc_u32 s3, s3, s15
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v3, v3, v21, vcc
	v_subrev_u32_e32 v21, s57, v3
	v_cmp_le_u32_e32 vcc, s57, v3
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_readlane_b32 s14, v254, 5
	v_readlane_b32 s15, v254, 6
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v3, v3, v21, vcc
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v21, s1, v47
	v_subrev_u32_e32 v21, s1, v21
	.loc	1 38 34                         ; w8a8_gemm.py:38:34
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v22, v21, s96
	.loc	1 38 20 is_stmt 0               ; w8a8_gemm.py:38:20
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[14:15]
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_and_b32_e32 v21, 63, v0
	v_accvgpr_write_b32 a18, v22
	v_accvgpr_write_b32 a19, v23
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v22, s56, v21
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	v_add_u32_e32 v22, s0, v22
	v_xor_b32_e32 v22, s0, v22
	v_mul_hi_u32 v10, v22, v10
	v_mul_lo_u32 v10, v10, s57
	v_sub_u32_e32 v10, v22, v10
	v_subrev_u32_e32 v22, s57, v10
	v_cmp_le_u32_e32 vcc, s57, v10
	v_xor_b32_e32 v2, s95, v2
	v_subrev_u32_e32 v2, s95, v2
	v_cndmask_b32_e32 v10, v10, v22, vcc
	v_subrev_u32_e32 v22, s57, v10
	v_cmp_le_u32_e32 vcc, s57, v10
	v_xor_b32_e32 v4, s95, v4
	v_subrev_u32_e32 v4, s95, v4
	v_cndmask_b32_e32 v10, v10, v22, vcc
	v_xor_b32_e32 v10, s0, v10
	v_subrev_u32_e32 v76, s0, v10
	v_xor_b32_e32 v10, s95, v11
	v_xor_b32_e32 v11, s95, v12
	v_xor_b32_e32 v12, s95, v14
	v_subrev_u32_e32 v14, s95, v12
	v_xor_b32_e32 v12, s95, v17
	v_subrev_u32_e32 v17, s95, v12
	v_xor_b32_e32 v12, s95, v19
	v_subrev_u32_e32 v19, s95, v12
	v_xor_b32_e32 v12, s95, v20
	v_subrev_u32_e32 v20, s95, v12
	v_xor_b32_e32 v12, s95, v15
	v_subrev_u32_e32 v15, s95, v12
	v_xor_b32_e32 v12, s95, v13
	v_xor_b32_e32 v6, s95, v6
	v_subrev_u32_e32 v13, s95, v12
	.loc	1 39 35 is_stmt 1               ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v12, 31, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v6, s95, v6
	v_xor_b32_e32 v8, s95, v8
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v78, 31, v4
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v8, s95, v8
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v79, 31, v6
	v_add_u32_e32 v2, v2, v12
	v_lshrrev_b32_e32 v12, 25, v78
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v10, s95, v10
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v80, 31, v8
	v_add_u32_e32 v4, v4, v12
	v_lshrrev_b32_e32 v12, 25, v79
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v11, s95, v11
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v81, 31, v10
	v_add_u32_e32 v6, v6, v12
	v_lshrrev_b32_e32 v12, 25, v80
	v_ashrrev_i32_e32 v82, 31, v11
	v_add_u32_e32 v8, v8, v12
	v_lshrrev_b32_e32 v12, 25, v81
	v_add_u32_e32 v10, v10, v12
	v_lshrrev_b32_e32 v12, 25, v82
	v_ashrrev_i32_e32 v83, 31, v14
	v_add_u32_e32 v11, v11, v12
	v_ashrrev_i32_e32 v11, 7, v11
	v_lshrrev_b32_e32 v78, 25, v83
	v_ashrrev_i32_e32 v84, 31, v17
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v12, v11, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v14, v78
	v_ashrrev_i32_e32 v11, 7, v11
	v_lshrrev_b32_e32 v78, 25, v84
	v_ashrrev_i32_e32 v85, 31, v19
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v14, v11, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v17, v78
	v_ashrrev_i32_e32 v11, 7, v11
	v_lshrrev_b32_e32 v17, 25, v85
	v_ashrrev_i32_e32 v86, 31, v20
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v78, v11, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v19, v17
	v_ashrrev_i32_e32 v11, 7, v11
	v_lshrrev_b32_e32 v17, 25, v86
	v_ashrrev_i32_e32 v87, 31, v15
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v80, v11, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v20, v17
	v_ashrrev_i32_e32 v11, 7, v11
	v_lshrrev_b32_e32 v17, 25, v87
	v_ashrrev_i32_e32 v88, 31, v13
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v82, v11, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v15, v17
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v9, s95, v9
	v_xor_b32_e32 v7, s95, v7
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v11, 7, v11
	v_lshrrev_b32_e32 v15, 25, v88
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v9, s95, v9
	v_subrev_u32_e32 v7, s95, v7
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v84, v11, s99
	.loc	1 39 35 is_stmt 0               ; w8a8_gemm.py:39:35
	v_add_u32_e32 v11, v13, v15
	.loc	1 36 14 is_stmt 1               ; w8a8_gemm.py:36:14
	v_readlane_b32 s0, v254, 36
	v_ashrrev_i32_e32 v77, 31, v76
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v89, 31, v9
	v_ashrrev_i32_e32 v90, 31, v7
	v_ashrrev_i32_e32 v11, 7, v11
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s1, v254, 37
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v5, s95, v5
	v_xor_b32_e32 v3, s95, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v13, 25, v89
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v86, v11, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v11, 25, v90
	.loc	1 36 14 is_stmt 1               ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[108:109], s[0:1], 0, v[76:77]
	v_readlane_b32 s0, v254, 39
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v5, s95, v5
	v_subrev_u32_e32 v3, s95, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v9, v9, v13
	v_add_u32_e32 v7, v7, v11
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s1, v254, 40
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v91, 31, v5
	v_ashrrev_i32_e32 v92, 31, v3
	v_ashrrev_i32_e32 v9, 7, v9
	v_ashrrev_i32_e32 v7, 7, v7
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[110:111], s[0:1], 0, v[76:77]
	v_readlane_b32 s0, v254, 42
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v2, 7, v2
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v100, v9, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v9, 25, v91
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v102, v7, s99
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v7, 25, v92
	.loc	1 36 14 is_stmt 1               ; w8a8_gemm.py:36:14
	v_readlane_b32 s1, v254, 43
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v2, v2, s99
	.loc	1 39 35 is_stmt 0               ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v4, 7, v4
	v_add_u32_e32 v5, v5, v9
	v_add_u32_e32 v3, v3, v7
	.loc	1 36 14 is_stmt 1               ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[112:113], s[0:1], 0, v[76:77]
	v_readlane_b32 s0, v254, 45
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v4, v4, s99
	.loc	1 39 35 is_stmt 0               ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v6, 7, v6
	v_ashrrev_i32_e32 v5, 7, v5
	v_ashrrev_i32_e32 v17, 7, v3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 36 14 is_stmt 1               ; w8a8_gemm.py:36:14
	v_readlane_b32 s1, v254, 46
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v6, v6, s99
	.loc	1 39 35 is_stmt 0               ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v8, 7, v8
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v104, v5, s99
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[10:11]
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 36 14 is_stmt 1               ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[114:115], s[0:1], 0, v[76:77]
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s0, v254, 47
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v8, v8, s99
	.loc	1 39 35 is_stmt 0               ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v10, 7, v10
	v_accvgpr_write_b32 a21, v3
	v_accvgpr_write_b32 a20, v2
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[10:11]
	v_ashrrev_i32_e32 v7, 31, v6
	.loc	1 35 53 is_stmt 1               ; w8a8_gemm.py:35:53
	v_or_b32_e32 v118, s33, v21
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	v_mov_b32_e32 v119, v16
	v_readlane_b32 s1, v254, 48
	.loc	1 39 34 is_stmt 1               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v10, v10, s99
	v_accvgpr_write_b32 a23, v3
	v_accvgpr_write_b32 a22, v2
	.loc	1 39 20 is_stmt 0               ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[6:7], 2, s[10:11]
	v_ashrrev_i32_e32 v9, 31, v8
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[140:141], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 49
	v_accvgpr_write_b32 a25, v3
	v_accvgpr_write_b32 a24, v2
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[8:9], 2, s[10:11]
	v_ashrrev_i32_e32 v11, 31, v10
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s1, v254, 50
	v_accvgpr_write_b32 a27, v3
	v_accvgpr_write_b32 a26, v2
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[10:11], 2, s[10:11]
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[142:143], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 51
	v_accvgpr_write_b32 a29, v3
	v_accvgpr_write_b32 a28, v2
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[12:13], 2, s[10:11]
	v_ashrrev_i32_e32 v15, 31, v14
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s1, v254, 52
	v_accvgpr_write_b32 a31, v3
	v_accvgpr_write_b32 a30, v2
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[14:15], 2, s[10:11]
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[144:145], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 53
	v_accvgpr_write_b32 a33, v3
	v_accvgpr_write_b32 a32, v2
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v2, v17, s99
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s1, v254, 54
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[106:107], v[2:3], 2, s[10:11]
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[146:147], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 55
	v_readlane_b32 s1, v254, 56
	s_cmp_eq_u32 s62, 0
	v_and_b32_e32 v3, 15, v0
	v_lshl_add_u64 v[148:149], s[0:1], 0, v[118:119]
	s_cselect_b32 s0, 0, 0x84
	s_lshl_b32 s1, s62, 5
	v_lshlrev_b32_e32 v4, 2, v3
	v_lshlrev_b32_e32 v2, 7, v18
	v_xor_b32_e32 v5, v4, v1
	s_cmp_eq_u32 s33, 0
	v_or3_b32 v2, s1, v2, v5
	s_cselect_b32 s1, 0, 0x1008
	v_or_b32_e32 v1, s1, v1
	v_xor_b32_e32 v5, s0, v118
	v_readlane_b32 s0, v254, 57
	v_readlane_b32 s1, v254, 58
	v_writelane_b32 v255, s19, 26
	v_lshrrev_b32_e32 v6, 2, v0
	v_lshl_add_u64 v[150:151], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 59
	v_readlane_b32 s1, v254, 60
	v_bfe_i32 v0, v0, 4, 1
	v_and_b32_e32 v0, 0x804, v0
	v_lshl_add_u64 v[152:153], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 61
	v_readlane_b32 s1, v254, 62
	v_and_b32_e32 v6, 12, v6
	v_xor_b32_e32 v0, v0, v1
	v_lshl_add_u64 v[154:155], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v254, 63
	v_readlane_b32 s1, v255, 0
	v_xor_b32_e32 v6, s7, v6
	v_xor_b32_e32 v0, v0, v4
	v_lshl_add_u64 v[156:157], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 1
	v_readlane_b32 s1, v255, 2
	v_xor_b32_e32 v6, v6, v4
	v_lshl_or_b32 v0, v3, 7, v0
	v_lshl_add_u64 v[158:159], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 3
	v_readlane_b32 s1, v255, 4
	v_xor_b32_e32 v1, 8, v5
	v_xor_b32_e32 v3, 16, v5
	v_lshl_add_u64 v[160:161], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 5
	v_readlane_b32 s1, v255, 6
	v_lshl_or_b32 v6, v21, 7, v6
	v_xor_b32_e32 v4, 24, v5
	v_lshl_add_u64 v[162:163], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 7
	v_readlane_b32 s1, v255, 8
	v_xor_b32_e32 v7, 32, v5
	v_xor_b32_e32 v8, 40, v5
	v_lshl_add_u64 v[164:165], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 9
	v_readlane_b32 s1, v255, 10
	v_xor_b32_e32 v9, 48, v5
	v_add_u32_e32 v248, 0, v1
	v_lshl_add_u64 v[166:167], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 11
	v_readlane_b32 s1, v255, 12
	v_add_u32_e32 v249, 0, v3
	v_xor_b32_e32 v1, 8, v2
	v_lshl_add_u64 v[168:169], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 13
	v_readlane_b32 s1, v255, 14
	v_xor_b32_e32 v3, 16, v2
	v_xor_b32_e32 v10, 56, v5
	v_lshl_add_u64 v[170:171], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 15
	v_readlane_b32 s1, v255, 16
	v_add_u32_e32 v19, 0, v5
	v_add_u32_e32 v250, 0, v4
	v_lshl_add_u64 v[172:173], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 17
	v_readlane_b32 s1, v255, 18
	v_add_u32_e32 v251, 0, v7
	v_add_u32_e32 v252, 0, v8
	v_lshl_add_u64 v[174:175], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 19
	v_readlane_b32 s1, v255, 20
	v_add_u32_e32 v253, 0, v9
	v_xor_b32_e32 v4, 24, v2
	v_lshl_add_u64 v[176:177], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 21
	v_readlane_b32 s1, v255, 22
	v_xor_b32_e32 v5, 32, v2
	v_xor_b32_e32 v7, 40, v2
	v_xor_b32_e32 v8, 48, v2
	v_xor_b32_e32 v9, 56, v2
	v_add_u32_e32 v233, 0, v2
	v_add_u32_e32 v234, 0, v1
	v_add_u32_e32 v235, 0, v3
	v_xor_b32_e32 v1, 4, v6
	v_xor_b32_e32 v2, 32, v6
	v_xor_b32_e32 v3, 36, v6
	v_lshl_add_u64 v[178:179], s[0:1], 0, v[118:119]
	v_readlane_b32 s0, v255, 23
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v79, 31, v78
	v_ashrrev_i32_e32 v81, 31, v80
	v_ashrrev_i32_e32 v83, 31, v82
	v_ashrrev_i32_e32 v85, 31, v84
	v_ashrrev_i32_e32 v87, 31, v86
	v_ashrrev_i32_e32 v101, 31, v100
	v_ashrrev_i32_e32 v103, 31, v102
	v_ashrrev_i32_e32 v105, 31, v104
	v_add_u32_e32 v236, 0, v4
	v_add_u32_e32 v237, 0, v5
	v_add_u32_e32 v238, 0, v7
	v_add_u32_e32 v241, 0, v6
	v_add_u32_e32 v242, 0, v1
	v_add_u32_e32 v243, 0, v2
	v_add_u32_e32 v244, 0, v3
	v_xor_b32_e32 v1, 8, v0
	v_xor_b32_e32 v2, 16, v0
	v_xor_b32_e32 v3, 24, v0
	v_xor_b32_e32 v4, 32, v0
	v_xor_b32_e32 v5, 40, v0
	v_xor_b32_e32 v6, 48, v0
	v_xor_b32_e32 v7, 56, v0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s1, v255, 24
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[22:23], s[76:77], 0, v[76:77]
	v_lshl_add_u64 v[24:25], s[80:81], 0, v[76:77]
	v_lshl_add_u64 v[26:27], s[82:83], 0, v[76:77]
	v_lshl_add_u64 v[28:29], s[84:85], 0, v[76:77]
	v_lshl_add_u64 v[30:31], s[88:89], 0, v[76:77]
	v_lshl_add_u64 v[32:33], s[90:91], 0, v[76:77]
	v_lshl_add_u64 v[34:35], s[92:93], 0, v[76:77]
	v_lshl_add_u64 v[36:37], s[60:61], 0, v[76:77]
	v_lshl_add_u64 v[38:39], s[58:59], 0, v[76:77]
	v_lshl_add_u64 v[40:41], s[54:55], 0, v[76:77]
	v_lshl_add_u64 v[42:43], s[50:51], 0, v[76:77]
	v_lshl_add_u64 v[44:45], s[48:49], 0, v[76:77]
	v_lshl_add_u64 v[46:47], s[46:47], 0, v[76:77]
	v_lshl_add_u64 v[48:49], s[44:45], 0, v[76:77]
	v_lshl_add_u64 v[50:51], s[42:43], 0, v[76:77]
	v_lshl_add_u64 v[52:53], s[38:39], 0, v[76:77]
	v_lshl_add_u64 v[54:55], s[36:37], 0, v[76:77]
	v_lshl_add_u64 v[56:57], s[34:35], 0, v[76:77]
	v_lshl_add_u64 v[58:59], s[30:31], 0, v[76:77]
	v_lshl_add_u64 v[60:61], s[28:29], 0, v[76:77]
	v_lshl_add_u64 v[62:63], s[26:27], 0, v[76:77]
	v_lshl_add_u64 v[64:65], s[24:25], 0, v[76:77]
	v_lshl_add_u64 v[66:67], s[22:23], 0, v[76:77]
	v_lshl_add_u64 v[68:69], s[20:21], 0, v[76:77]
	v_lshl_add_u64 v[70:71], s[16:17], 0, v[76:77]
	v_lshl_add_u64 v[72:73], s[12:13], 0, v[76:77]
	v_lshl_add_u64 v[74:75], s[8:9], 0, v[76:77]
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[90:91], v[78:79], 2, s[10:11]
	v_lshl_add_u64 v[92:93], v[80:81], 2, s[10:11]
	v_lshl_add_u64 v[94:95], v[82:83], 2, s[10:11]
	v_lshl_add_u64 v[96:97], v[84:85], 2, s[10:11]
	v_lshl_add_u64 v[98:99], v[86:87], 2, s[10:11]
	v_lshl_add_u64 v[100:101], v[100:101], 2, s[10:11]
	v_lshl_add_u64 v[102:103], v[102:103], 2, s[10:11]
	v_lshl_add_u64 v[104:105], v[104:105], 2, s[10:11]
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[116:117], s[64:65], 0, v[76:77]
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[120:121], s[68:69], 0, v[118:119]
	v_lshl_add_u64 v[122:123], s[72:73], 0, v[118:119]
	v_lshl_add_u64 v[124:125], s[78:79], 0, v[118:119]
	s_ashr_i32 s95, s94, 31
	v_add_u32_e32 v232, 0, v10
	v_add_u32_e32 v239, 0, v8
	v_add_u32_e32 v240, 0, v9
	v_add_u32_e32 v245, 0, v0
	v_add_u32_e32 v247, 0, v1
	v_add_u32_e32 v246, 0, v2
	v_add_u32_e32 v18, 0, v3
	v_add_u32_e32 v20, 0, v4
	v_add_u32_e32 v21, 0, v5
	v_add_u32_e32 v76, 0, v6
	v_add_u32_e32 v77, 0, v7
	v_mov_b32_e32 v17, v16
	v_mov_b32_e32 v126, v16
	v_mov_b32_e32 v127, v16
	v_mov_b32_e32 v128, v16
	v_mov_b32_e32 v129, v16
	v_mov_b32_e32 v130, v16
	v_mov_b32_e32 v131, v16
	v_mov_b32_e32 v132, v16
	v_mov_b32_e32 v133, v16
	v_mov_b32_e32 v134, v16
	v_mov_b32_e32 v135, v16
	v_mov_b32_e32 v136, v16
	v_mov_b32_e32 v137, v16
	v_mov_b32_e32 v138, v16
	v_mov_b32_e32 v139, v16
	v_lshl_add_u64 v[180:181], s[0:1], 0, v[118:119]
	v_lshl_add_u64 v[182:183], s[66:67], 0, v[118:119]
	v_lshl_add_u64 v[184:185], s[70:71], 0, v[118:119]
	v_lshl_add_u64 v[186:187], s[74:75], 0, v[118:119]
	v_lshl_add_u64 v[188:189], s[86:87], 0, v[118:119]
	v_lshl_add_u64 v[190:191], s[52:53], 0, v[118:119]
	v_lshl_add_u64 v[192:193], s[40:41], 0, v[118:119]
	v_lshl_add_u64 v[194:195], s[4:5], 0, v[118:119]
	v_lshl_add_u64 v[196:197], s[2:3], 0, v[118:119]
	s_mov_b32 s33, 0x80008000
	s_branch .LBB0_3
.LBB0_2:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v4, 8, v4
	v_lshlrev_b16_e32 v1, 8, v1
	v_or_b32_sdwa v2, v2, v4 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v0, v0, v1
	v_or_b32_sdwa v0, v2, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v82
	v_lshlrev_b16_e32 v2, 8, v79
	v_or_b32_sdwa v1, v80, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v78, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2_b32 v241, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v8
	v_lshlrev_b16_e32 v1, 8, v5
	v_or_b32_sdwa v0, v6, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v3, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v86
	v_lshlrev_b16_e32 v2, 8, v83
	v_or_b32_sdwa v1, v84, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v81, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v242, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v12
	v_lshlrev_b16_e32 v1, 8, v9
	v_or_b32_sdwa v0, v10, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v7, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v214
	v_lshlrev_b16_e32 v2, 8, v87
	v_or_b32_sdwa v1, v119, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v85, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v243, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v15
	v_lshlrev_b16_e32 v1, 8, v13
	v_or_b32_sdwa v0, v14, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v11, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v216
	v_lshlrev_b16_e32 v2, 8, v218
	v_or_b32_e32 v1, v215, v1
	v_or_b32_sdwa v2, v217, v2 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v5, 8, v212
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_sdwa v1, v2, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v2, 8, v212
	v_lshlrev_b16_e32 v9, 7, v2
	v_lshlrev_b16_e32 v6, 7, v212
	v_lshlrev_b16_e32 v8, 8, v2
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v2, 0x7f, v2
	s_mov_b32 s96, 0x5040100
.Ltmp12:
	.loc	2 43 13                         ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_movk_i32 s99, 0x7f
.Ltmp13:
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v7, 0x7f, v212
	v_perm_b32 v5, v8, v5, s96
	v_add_u16_e32 v8, 0x2000, v9
	v_cmp_ne_u16_e32 vcc, s99, v2
	v_mov_b32_e32 v119, 0x7e00
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v8, v119, v8, vcc
	v_cmp_ne_u16_e32 vcc, s99, v7
	v_mov_b32_e32 v78, 0x1800
	v_mov_b32_e32 v79, 0x1c00
	v_cndmask_b32_e32 v6, v119, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	v_mov_b32_e32 v80, 0x1e00
	v_mov_b32_e32 v81, 0x2000
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	v_mov_b32_e32 v82, 0x2100
	v_mov_b32_e32 v84, 0x2200
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	v_mov_b32_e32 v83, 0x2300
	v_mov_b32_e32 v86, 7
	v_cndmask_b32_e32 v8, v78, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	v_mov_b32_e32 v85, 8
	v_and_b32_sdwa v9, v212, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v6, v78, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	v_lshrrev_b32_e32 v3, 8, v210
	v_lshrrev_b32_e32 v4, 8, v208
	v_cndmask_b32_e32 v8, v79, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_write2_b32 v244, v0, v1 offset1:16
	s_waitcnt lgkmcnt(0)
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v6, v79, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_barrier
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_nop 0
	v_cndmask_b32_e32 v8, v80, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[216:217], v245 offset1:16
	ds_read2_b32 v[214:215], v247 offset1:16
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v6, v80, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_mul_i32 s0, s6, s98
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v1, 8, v216
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v8, v81, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v10, v216, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v11, v216, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v6, v81, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v12, 0x7f, v216
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v0, 8, v214
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v8, v82, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v14, v214, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v15, 0x7f, v0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v6, v82, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v87, 0x7f, v214
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_ashr_i32 s1, s0, 31
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v8, v84, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[116:117], v[116:117], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v6, v84, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[114:115], v[114:115], 0, s[94:95]
	v_lshl_add_u64 v[112:113], v[112:113], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v2, v83, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_lshlrev_b16_sdwa v8, v86, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v85, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v83, v6, vcc
	v_perm_b32 v2, v2, v6, s96
	v_and_or_b32 v220, v5, s33, v2
	v_lshlrev_b16_sdwa v2, v85, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v5, v86, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_sdwa v6, v212, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v2, v7, v2, s96
	v_add_u16_e32 v7, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s99, v9
	v_add_u16_e32 v5, 0x2000, v5
	v_lshlrev_b16_e32 v8, 7, v3
	v_cndmask_b32_e32 v7, v119, v7, vcc
	v_cmp_ne_u16_e32 vcc, s99, v6
	v_and_b32_e32 v8, 0x3f80, v8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v212, 0x7f, v215
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v119, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[110:111], v[110:111], 0, s[94:95]
	v_lshl_add_u64 v[108:109], v[108:109], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[74:75], v[74:75], 0, s[94:95]
	v_lshl_add_u64 v[72:73], v[72:73], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[70:71], v[70:71], 0, s[94:95]
	v_lshl_add_u64 v[68:69], v[68:69], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v78, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[66:67], v[66:67], 0, s[94:95]
	v_lshl_add_u64 v[64:65], v[64:65], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v78, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[62:63], v[62:63], 0, s[94:95]
	v_lshl_add_u64 v[60:61], v[60:61], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v79, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[58:59], v[58:59], 0, s[94:95]
	v_lshl_add_u64 v[56:57], v[56:57], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v79, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[54:55], v[54:55], 0, s[94:95]
	v_lshl_add_u64 v[52:53], v[52:53], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v80, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[50:51], v[50:51], 0, s[94:95]
	v_lshl_add_u64 v[48:49], v[48:49], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v80, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[46:47], v[46:47], 0, s[94:95]
	v_lshl_add_u64 v[44:45], v[44:45], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v81, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[42:43], v[42:43], 0, s[94:95]
	v_lshl_add_u64 v[40:41], v[40:41], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v81, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[38:39], v[38:39], 0, s[94:95]
	v_lshl_add_u64 v[36:37], v[36:37], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v82, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[34:35], v[34:35], 0, s[94:95]
	v_lshl_add_u64 v[32:33], v[32:33], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v82, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[30:31], v[30:31], 0, s[94:95]
	v_lshl_add_u64 v[28:29], v[28:29], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v84, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[26:27], v[26:27], 0, s[94:95]
	v_lshl_add_u64 v[24:25], v[24:25], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v84, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v9, v86, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v9, 0x3f80, v9
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v7, v83, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0x7f, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v9, 0x2000, v9
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v83, v5, vcc
	v_perm_b32 v5, v7, v5, s96
	v_and_or_b32 v221, v2, s33, v5
	v_lshlrev_b16_e32 v2, 8, v210
	v_lshlrev_b16_e32 v5, 7, v210
	v_lshlrev_b16_e32 v7, 8, v3
	v_and_b32_e32 v3, 0x7f, v3
	v_and_b32_e32 v5, 0x3f80, v5
	v_perm_b32 v2, v7, v2, s96
	v_add_u16_e32 v7, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s99, v3
	v_add_u16_e32 v5, 0x2000, v5
	v_and_b32_sdwa v8, v210, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v7, v119, v7, vcc
	v_cmp_ne_u16_e32 vcc, s99, v6
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[22:23], v[22:23], 0, s[94:95]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_nop 0
	v_cndmask_b32_e32 v5, v119, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v78, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v78, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v79, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v79, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v80, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v80, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v81, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v81, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v82, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v82, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v84, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v84, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v83, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_lshlrev_b16_sdwa v7, v86, v210 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v85, v210 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v5, v83, v5, vcc
	v_perm_b32 v3, v3, v5, s96
	v_and_or_b32 v224, v2, s33, v3
	v_lshlrev_b16_sdwa v2, v85, v210 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v3, v86, v210 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_sdwa v5, v210, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v2, v6, v2, s96
	v_add_u16_e32 v6, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s99, v8
	v_add_u16_e32 v3, 0x2000, v3
	v_lshlrev_b16_e32 v7, 7, v4
	v_cndmask_b32_e32 v6, v119, v6, vcc
	v_cmp_ne_u16_e32 vcc, s99, v5
	v_and_b32_e32 v7, 0x3f80, v7
	s_nop 0
	v_cndmask_b32_e32 v3, v119, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v78, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v78, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v79, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v79, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v80, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v80, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v81, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v81, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v82, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v82, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v84, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v84, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v8, v85, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v8, 0xffff8000, v8
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v6, v83, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0x7f, v208
	s_nop 0
	v_cndmask_b32_e32 v3, v83, v3, vcc
	v_perm_b32 v3, v6, v3, s96
	v_and_or_b32 v225, v2, s33, v3
	v_lshlrev_b16_e32 v2, 8, v208
	v_lshlrev_b16_e32 v3, 7, v208
	v_lshlrev_b16_e32 v6, 8, v4
	v_and_b32_e32 v4, 0x7f, v4
	v_and_b32_e32 v3, 0x3f80, v3
	v_perm_b32 v2, v6, v2, s96
	v_add_u16_e32 v6, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s99, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_and_b32_sdwa v7, v208, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v6, v119, v6, vcc
	v_cmp_ne_u16_e32 vcc, s99, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v119, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v6, v78, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v78, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v6, v79, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v79, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v6, v80, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v80, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v6, v81, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v81, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v6, v82, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v82, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v6, v84, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v3, v84, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v83, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_lshlrev_b16_sdwa v6, v86, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v85, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v83, v3, vcc
	v_perm_b32 v3, v4, v3, s96
	v_and_or_b32 v218, v2, s33, v3
	v_lshlrev_b16_sdwa v2, v85, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v3, v86, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_sdwa v4, v208, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v2, v5, v2, s96
	v_add_u16_e32 v5, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s99, v7
	v_add_u16_e32 v3, 0x2000, v3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v6, v85, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v119, v5, vcc
	v_cmp_ne_u16_e32 vcc, s99, v4
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v6, 0xffff8000, v6
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_nop 0
	v_cndmask_b32_e32 v3, v119, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v78, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v78, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v79, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v79, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v80, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v80, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v81, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v81, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v82, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v82, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v84, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v84, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v7, v86, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v7, 0x3f80, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v5, v83, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v4, 8, v1
	v_add_u16_e32 v7, 0x2000, v7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v3, v83, v3, vcc
	v_perm_b32 v3, v5, v3, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v5, 7, v1
	v_cmp_ne_u16_e32 vcc, s99, v10
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_or_b32 v219, v2, s33, v3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v3, 7, v216
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v1, 0x7f, v1
	v_cndmask_b32_e32 v9, v119, v9, vcc
	v_cmp_ne_u16_e32 vcc, s99, v11
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e32 v7, v119, v7, vcc
	v_cmp_ne_u16_e32 vcc, s99, v1
	v_add_u16_e32 v3, 0x2000, v3
	v_lshlrev_b16_e32 v2, 8, v216
	v_cndmask_b32_e32 v5, v119, v5, vcc
	v_cmp_ne_u16_e32 vcc, s99, v12
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e32 v3, v119, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v78, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v78, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v78, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v3, v78, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v79, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v79, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v79, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v3, v79, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v80, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v80, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v80, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v3, v80, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v81, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v81, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v81, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v3, v81, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v82, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v82, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v82, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v3, v82, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v84, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v84, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v84, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v3, v84, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v83, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	s_nop 1
	v_cndmask_b32_e32 v7, v83, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v83, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_lshlrev_b16_sdwa v12, v86, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v12, 0x3f80, v12
	v_cndmask_b32_e32 v1, v83, v3, vcc
	v_or_b32_e32 v1, v1, v2
	v_or_b32_e32 v2, v5, v4
	v_lshlrev_b16_e32 v5, 7, v214
	v_or_b32_e32 v4, v9, v8
	v_lshlrev_b16_e32 v8, 8, v214
	v_and_b32_e32 v9, 0x3f80, v5
	v_lshlrev_b16_e32 v5, 7, v0
	v_and_b32_e32 v10, 0x3f80, v5
	v_lshlrev_b16_sdwa v5, v86, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v13, 0xffff8000, v8
	v_add_u16_e32 v8, 0x2000, v12
	v_and_b32_sdwa v12, v214, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v11, 0x3f80, v5
	v_cmp_ne_u16_e32 vcc, s99, v12
	v_or_b32_e32 v3, v7, v6
	v_lshlrev_b16_e32 v7, 8, v0
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v0, v119, v8, vcc
	v_cmp_ne_u16_e32 vcc, s99, v14
	v_add_u16_e32 v10, 0x2000, v10
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v8, v119, v11, vcc
	v_cmp_ne_u16_e32 vcc, s99, v15
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v223, v4, v3, s96
	v_perm_b32 v222, v2, v1, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e32 v10, v119, v10, vcc
	v_cmp_ne_u16_e32 vcc, s99, v87
	v_lshlrev_b16_sdwa v6, v85, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v5, v85, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v119, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v87
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v78, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v8, v78, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v10, v78, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v87
	s_nop 1
	v_cndmask_b32_e32 v9, v78, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v79, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v8, v79, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v10, v79, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v87
	s_nop 1
	v_cndmask_b32_e32 v9, v79, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v80, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v8, v80, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v10, v80, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v87
	s_nop 1
	v_cndmask_b32_e32 v9, v80, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v81, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v8, v81, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v10, v81, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v87
	s_nop 1
	v_cndmask_b32_e32 v9, v81, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v82, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v8, v82, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v10, v82, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v87
	s_nop 1
	v_cndmask_b32_e32 v9, v82, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v84, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v8, v84, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v10, v84, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v87
	s_nop 1
	v_cndmask_b32_e32 v11, v84, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v0, v83, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_or_b32_e32 v0, v0, v5
	s_nop 0
	v_cndmask_b32_e32 v8, v83, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_or_b32_e32 v1, v8, v6
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v227, v0, v1, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e32 v9, v83, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_or_b32_e32 v88, v9, v7
	s_nop 0
	v_cndmask_b32_e32 v10, v83, v11, vcc
	v_or_b32_e32 v87, v10, v13
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[222:223], v[220:221], 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[222:223], v246 offset1:16
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v226, v88, v87, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[220:221], v18 offset1:16
	s_waitcnt lgkmcnt(1)
	v_and_b32_sdwa v210, v222, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshrrev_b32_e32 v87, 8, v222
	v_cmp_ne_u16_e64 s[22:23], s99, v210
	v_cmp_ne_u16_e64 s[18:19], 0, v210
	v_cmp_ne_u16_e64 s[16:17], 1, v210
	v_cmp_ne_u16_e64 s[14:15], 2, v210
	v_cmp_ne_u16_e64 s[12:13], 3, v210
	v_cmp_ne_u16_e64 s[10:11], 4, v210
	v_cmp_ne_u16_e64 s[8:9], 5, v210
	v_cmp_ne_u16_e64 s[4:5], 6, v210
	v_cmp_ne_u16_e32 vcc, 7, v210
	v_and_b32_sdwa v210, v222, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v88, 7, v222
	v_cmp_ne_u16_e64 s[42:43], s99, v210
	v_cmp_ne_u16_e64 s[38:39], 0, v210
	v_cmp_ne_u16_e64 s[36:37], 1, v210
	v_cmp_ne_u16_e64 s[34:35], 2, v210
	v_cmp_ne_u16_e64 s[28:29], 3, v210
	v_cmp_ne_u16_e64 s[26:27], 4, v210
	v_cmp_ne_u16_e64 s[24:25], 5, v210
	v_cmp_ne_u16_e64 s[20:21], 6, v210
	v_cmp_ne_u16_e64 s[2:3], 7, v210
	v_and_b32_e32 v210, 0x7f, v87
	v_and_b32_e32 v88, 0x3f80, v88
	v_cmp_ne_u16_e64 s[56:57], s99, v210
	v_cmp_ne_u16_e64 s[54:55], 0, v210
	v_cmp_ne_u16_e64 s[52:53], 1, v210
	v_cmp_ne_u16_e64 s[50:51], 2, v210
	v_cmp_ne_u16_e64 s[48:49], 3, v210
	v_cmp_ne_u16_e64 s[46:47], 4, v210
	v_cmp_ne_u16_e64 s[44:45], 5, v210
	v_cmp_ne_u16_e64 s[40:41], 6, v210
	v_cmp_ne_u16_e64 s[30:31], 7, v210
	v_and_b32_e32 v210, 0x7f, v222
	v_add_u16_e32 v88, 0x2000, v88
	v_cmp_ne_u16_e64 s[58:59], s99, v210
	v_lshlrev_b16_e32 v89, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_cndmask_b32_e64 v88, v119, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 0, v210
	v_lshlrev_b16_sdwa v208, v86, v222 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v88, 0, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 1, v210
	v_and_b32_e32 v208, 0x3f80, v208
	v_cndmask_b32_e64 v89, v119, v89, s[56:57]
	v_cndmask_b32_e64 v88, v78, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 2, v210
	v_add_u16_e32 v208, 0x2000, v208
	v_cndmask_b32_e64 v89, 0, v89, s[54:55]
	v_cndmask_b32_e64 v88, v79, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 3, v210
	v_cndmask_b32_e64 v208, v119, v208, s[42:43]
	v_cndmask_b32_e64 v89, v78, v89, s[52:53]
	v_cndmask_b32_e64 v88, v80, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 4, v210
	v_cndmask_b32_e64 v208, 0, v208, s[38:39]
	v_cndmask_b32_e64 v89, v79, v89, s[50:51]
	v_cndmask_b32_e64 v88, v81, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 5, v210
	v_cndmask_b32_e64 v208, v78, v208, s[36:37]
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cndmask_b32_e64 v88, v82, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 6, v210
	v_cndmask_b32_e64 v208, v79, v208, s[34:35]
	v_cndmask_b32_e64 v89, v81, v89, s[46:47]
	v_cndmask_b32_e64 v88, v84, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 7, v210
	v_lshlrev_b16_e32 v210, 8, v222
	v_and_b32_e32 v210, 0xffff8000, v210
	v_cndmask_b32_e64 v88, v83, v88, s[58:59]
	v_or_b32_e32 v88, v88, v210
	v_lshlrev_b16_sdwa v210, v86, v222 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v210, 0x3f80, v210
	v_add_u16_e32 v210, 0x2000, v210
	v_cndmask_b32_e64 v210, v119, v210, s[22:23]
	v_cndmask_b32_e64 v210, 0, v210, s[18:19]
	v_cndmask_b32_e64 v210, v78, v210, s[16:17]
	v_cndmask_b32_e64 v208, v80, v208, s[28:29]
	v_cndmask_b32_e64 v89, v82, v89, s[44:45]
	v_cndmask_b32_e64 v210, v79, v210, s[14:15]
	v_cndmask_b32_e64 v208, v81, v208, s[26:27]
	v_cndmask_b32_e64 v89, v84, v89, s[40:41]
	v_lshlrev_b16_e32 v87, 8, v87
	v_cndmask_b32_e64 v210, v80, v210, s[12:13]
	v_cndmask_b32_e64 v208, v82, v208, s[24:25]
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[30:31]
	v_cndmask_b32_e64 v210, v81, v210, s[10:11]
	v_cndmask_b32_e64 v208, v84, v208, s[20:21]
	v_or_b32_e32 v87, v89, v87
	v_lshlrev_b16_sdwa v89, v85, v222 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v210, v82, v210, s[8:9]
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v208, v83, v208, s[2:3]
	v_cndmask_b32_e64 v210, v84, v210, s[4:5]
	v_or_b32_e32 v89, v208, v89
	v_lshlrev_b16_sdwa v208, v85, v222 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v208, 0xffff8000, v208
	v_cndmask_b32_e32 v210, v83, v210, vcc
	v_or_b32_e32 v208, v210, v208
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v210, v220, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[226:227], v[224:225], v[0:15]
	v_perm_b32 v224, v87, v88, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v87, 8, v220
	v_cmp_ne_u16_e64 s[22:23], s99, v210
	v_cmp_ne_u16_e64 s[18:19], 0, v210
	v_cmp_ne_u16_e64 s[16:17], 1, v210
	v_cmp_ne_u16_e64 s[14:15], 2, v210
	v_cmp_ne_u16_e64 s[12:13], 3, v210
	v_cmp_ne_u16_e64 s[10:11], 4, v210
	v_cmp_ne_u16_e64 s[8:9], 5, v210
	v_cmp_ne_u16_e64 s[4:5], 6, v210
	v_cmp_ne_u16_e32 vcc, 7, v210
	v_and_b32_sdwa v210, v220, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v225, v208, v89, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v89, 7, v220
	v_cmp_ne_u16_e64 s[42:43], s99, v210
	v_cmp_ne_u16_e64 s[38:39], 0, v210
	v_cmp_ne_u16_e64 s[36:37], 1, v210
	v_cmp_ne_u16_e64 s[34:35], 2, v210
	v_cmp_ne_u16_e64 s[28:29], 3, v210
	v_cmp_ne_u16_e64 s[26:27], 4, v210
	v_cmp_ne_u16_e64 s[24:25], 5, v210
	v_cmp_ne_u16_e64 s[20:21], 6, v210
	v_cmp_ne_u16_e64 s[2:3], 7, v210
	v_and_b32_e32 v210, 0x7f, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_cmp_ne_u16_e64 s[56:57], s99, v210
	v_cmp_ne_u16_e64 s[54:55], 0, v210
	v_cmp_ne_u16_e64 s[52:53], 1, v210
	v_cmp_ne_u16_e64 s[50:51], 2, v210
	v_cmp_ne_u16_e64 s[48:49], 3, v210
	v_cmp_ne_u16_e64 s[46:47], 4, v210
	v_cmp_ne_u16_e64 s[44:45], 5, v210
	v_cmp_ne_u16_e64 s[40:41], 6, v210
	v_cmp_ne_u16_e64 s[30:31], 7, v210
	v_and_b32_e32 v210, 0x7f, v220
	v_cmp_ne_u16_e64 s[58:59], s99, v210
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[60:61], 0, v210
	v_cndmask_b32_e64 v89, v119, v89, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 1, v210
	v_cndmask_b32_e64 v89, 0, v89, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 2, v210
	v_cndmask_b32_e64 v89, v78, v89, s[62:63]
	v_cmp_ne_u16_e64 s[66:67], 3, v210
	v_cndmask_b32_e64 v89, v79, v89, s[64:65]
	v_cmp_ne_u16_e64 s[68:69], 4, v210
	v_cndmask_b32_e64 v89, v80, v89, s[66:67]
	v_lshlrev_b16_e32 v208, 7, v87
	v_cmp_ne_u16_e64 s[70:71], 5, v210
	v_cndmask_b32_e64 v89, v81, v89, s[68:69]
	v_and_b32_e32 v208, 0x3f80, v208
	v_cmp_ne_u16_e64 s[72:73], 6, v210
	v_cndmask_b32_e64 v89, v82, v89, s[70:71]
	v_lshlrev_b16_e32 v88, 8, v220
	v_cmp_ne_u16_e64 s[74:75], 7, v210
	v_lshlrev_b16_sdwa v210, v86, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v89, v84, v89, s[72:73]
	v_add_u16_e32 v208, 0x2000, v208
	v_and_b32_e32 v210, 0x3f80, v210
	v_and_b32_e32 v88, 0xffff8000, v88
	v_cndmask_b32_e64 v89, v83, v89, s[74:75]
	v_cndmask_b32_e64 v208, v119, v208, s[56:57]
	v_or_b32_e32 v88, v89, v88
	v_lshlrev_b16_sdwa v89, v86, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_add_u16_e32 v210, 0x2000, v210
	v_cndmask_b32_e64 v208, 0, v208, s[54:55]
	v_and_b32_e32 v89, 0x3f80, v89
	v_cndmask_b32_e64 v210, v119, v210, s[42:43]
	v_cndmask_b32_e64 v208, v78, v208, s[52:53]
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v210, 0, v210, s[38:39]
	v_cndmask_b32_e64 v208, v79, v208, s[50:51]
	v_cndmask_b32_e64 v89, v119, v89, s[22:23]
	v_cndmask_b32_e64 v210, v78, v210, s[36:37]
	v_cndmask_b32_e64 v208, v80, v208, s[48:49]
	v_cndmask_b32_e64 v89, 0, v89, s[18:19]
	v_cndmask_b32_e64 v210, v79, v210, s[34:35]
	v_cndmask_b32_e64 v208, v81, v208, s[46:47]
	v_cndmask_b32_e64 v89, v78, v89, s[16:17]
	v_cndmask_b32_e64 v210, v80, v210, s[28:29]
	v_cndmask_b32_e64 v208, v82, v208, s[44:45]
	v_cndmask_b32_e64 v89, v79, v89, s[14:15]
	v_cndmask_b32_e64 v210, v81, v210, s[26:27]
	v_cndmask_b32_e64 v208, v84, v208, s[40:41]
	v_lshlrev_b16_e32 v87, 8, v87
	v_cndmask_b32_e64 v89, v80, v89, s[12:13]
	v_cndmask_b32_e64 v210, v82, v210, s[24:25]
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v208, v83, v208, s[30:31]
	v_cndmask_b32_e64 v89, v81, v89, s[10:11]
	v_cndmask_b32_e64 v210, v84, v210, s[20:21]
	v_or_b32_e32 v87, v208, v87
	v_lshlrev_b16_sdwa v208, v85, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v89, v82, v89, s[8:9]
	v_and_b32_e32 v208, 0xffff8000, v208
	v_cndmask_b32_e64 v210, v83, v210, s[2:3]
	v_cndmask_b32_e64 v89, v84, v89, s[4:5]
	v_or_b32_e32 v208, v210, v208
	v_lshlrev_b16_sdwa v210, v85, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v210, 0xffff8000, v210
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_or_b32_e32 v89, v89, v210
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v210, 8, v206
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[224:225], v[218:219], v[0:15]
	v_perm_b32 v218, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v87, 8, v206
	v_lshlrev_b16_e32 v88, 8, v210
	v_perm_b32 v87, v88, v87, s96
	v_and_b32_e32 v88, 0x7f, v210
	v_cmp_ne_u16_e64 s[2:3], s99, v88
	v_cmp_ne_u16_e64 s[4:5], 0, v88
	v_cmp_ne_u16_e64 s[8:9], 1, v88
	v_cmp_ne_u16_e64 s[10:11], 2, v88
	v_cmp_ne_u16_e64 s[12:13], 3, v88
	v_cmp_ne_u16_e64 s[14:15], 4, v88
	v_cmp_ne_u16_e64 s[16:17], 5, v88
	v_cmp_ne_u16_e64 s[18:19], 6, v88
	v_cmp_ne_u16_e32 vcc, 7, v88
	v_and_b32_e32 v88, 0x7f, v206
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v219, v89, v208, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[20:21], s99, v88
	v_cmp_ne_u16_e64 s[22:23], 0, v88
	v_cmp_ne_u16_e64 s[24:25], 1, v88
	v_cmp_ne_u16_e64 s[26:27], 2, v88
	v_cmp_ne_u16_e64 s[28:29], 3, v88
	v_cmp_ne_u16_e64 s[30:31], 4, v88
	v_cmp_ne_u16_e64 s[34:35], 5, v88
	v_cmp_ne_u16_e64 s[36:37], 6, v88
	v_cmp_ne_u16_e64 s[38:39], 7, v88
	v_lshlrev_b16_e32 v88, 7, v206
	v_lshlrev_b16_e32 v89, 7, v210
	v_and_b32_e32 v88, 0x3f80, v88
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_add_u16_e32 v88, 0x2000, v88
	v_cndmask_b32_e64 v89, v119, v89, s[2:3]
	v_cndmask_b32_e64 v88, v119, v88, s[20:21]
	v_cndmask_b32_e64 v89, 0, v89, s[4:5]
	v_cndmask_b32_e64 v88, 0, v88, s[22:23]
	v_cndmask_b32_e64 v89, v78, v89, s[8:9]
	v_cndmask_b32_e64 v88, v78, v88, s[24:25]
	v_cndmask_b32_e64 v89, v79, v89, s[10:11]
	v_cndmask_b32_e64 v88, v79, v88, s[26:27]
	v_cndmask_b32_e64 v89, v80, v89, s[12:13]
	v_cndmask_b32_e64 v88, v80, v88, s[28:29]
	v_cndmask_b32_e64 v89, v81, v89, s[14:15]
	v_cndmask_b32_e64 v88, v81, v88, s[30:31]
	v_cndmask_b32_e64 v89, v82, v89, s[16:17]
	v_cndmask_b32_e64 v88, v82, v88, s[34:35]
	v_cndmask_b32_e64 v89, v84, v89, s[18:19]
	v_cndmask_b32_e64 v88, v84, v88, s[36:37]
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_cndmask_b32_e64 v88, v83, v88, s[38:39]
	v_perm_b32 v88, v89, v88, s96
	v_lshlrev_b16_sdwa v89, v85, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v208, v85, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v89, v208, v89, s96
	v_and_b32_sdwa v208, v206, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[2:3], s99, v208
	v_cmp_ne_u16_e64 s[4:5], 0, v208
	v_cmp_ne_u16_e64 s[8:9], 1, v208
	v_cmp_ne_u16_e64 s[10:11], 2, v208
	v_cmp_ne_u16_e64 s[12:13], 3, v208
	v_cmp_ne_u16_e64 s[14:15], 4, v208
	v_cmp_ne_u16_e64 s[16:17], 5, v208
	v_cmp_ne_u16_e64 s[18:19], 6, v208
	v_cmp_ne_u16_e32 vcc, 7, v208
	v_and_b32_sdwa v208, v206, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s99, v208
	v_cmp_ne_u16_e64 s[22:23], 0, v208
	v_cmp_ne_u16_e64 s[24:25], 1, v208
	v_cmp_ne_u16_e64 s[26:27], 2, v208
	v_cmp_ne_u16_e64 s[28:29], 3, v208
	v_cmp_ne_u16_e64 s[30:31], 4, v208
	v_cmp_ne_u16_e64 s[34:35], 5, v208
	v_cmp_ne_u16_e64 s[36:37], 6, v208
	v_cmp_ne_u16_e64 s[38:39], 7, v208
	v_lshlrev_b16_sdwa v208, v86, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v206, v86, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v208, 0x3f80, v208
	v_and_b32_e32 v206, 0x3f80, v206
	v_add_u16_e32 v206, 0x2000, v206
	v_add_u16_e32 v208, 0x2000, v208
	v_cndmask_b32_e64 v206, v119, v206, s[2:3]
	v_cndmask_b32_e64 v208, v119, v208, s[20:21]
	v_cndmask_b32_e64 v206, 0, v206, s[4:5]
	v_cndmask_b32_e64 v208, 0, v208, s[22:23]
	v_cndmask_b32_e64 v206, v78, v206, s[8:9]
	v_cndmask_b32_e64 v208, v78, v208, s[24:25]
	v_cndmask_b32_e64 v206, v79, v206, s[10:11]
	v_cndmask_b32_e64 v208, v79, v208, s[26:27]
	v_cndmask_b32_e64 v206, v80, v206, s[12:13]
	v_cndmask_b32_e64 v208, v80, v208, s[28:29]
	v_cndmask_b32_e64 v206, v81, v206, s[14:15]
	v_cndmask_b32_e64 v208, v81, v208, s[30:31]
	v_cndmask_b32_e64 v206, v82, v206, s[16:17]
	v_cndmask_b32_e64 v208, v82, v208, s[34:35]
	v_cndmask_b32_e64 v206, v84, v206, s[18:19]
	v_cndmask_b32_e64 v208, v84, v208, s[36:37]
	v_cndmask_b32_e32 v206, v83, v206, vcc
	v_cndmask_b32_e64 v208, v83, v208, s[38:39]
	v_perm_b32 v206, v206, v208, s96
	v_and_or_b32 v224, v87, s33, v88
	v_and_or_b32 v225, v89, s33, v206
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v210, 0x7f, v217
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[218:219], v[224:225], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[218:219], v20 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v88, v218, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshrrev_b32_e32 v87, 8, v218
	v_cmp_ne_u16_e64 s[18:19], s99, v88
	v_cmp_ne_u16_e64 s[16:17], 0, v88
	v_cmp_ne_u16_e64 s[14:15], 1, v88
	v_cmp_ne_u16_e64 s[12:13], 2, v88
	v_cmp_ne_u16_e64 s[10:11], 3, v88
	v_cmp_ne_u16_e64 s[8:9], 4, v88
	v_cmp_ne_u16_e64 s[4:5], 5, v88
	v_cmp_ne_u16_e64 s[2:3], 6, v88
	v_cmp_ne_u16_e32 vcc, 7, v88
	v_and_b32_sdwa v88, v218, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[38:39], s99, v88
	v_cmp_ne_u16_e64 s[36:37], 0, v88
	v_cmp_ne_u16_e64 s[34:35], 1, v88
	v_cmp_ne_u16_e64 s[30:31], 2, v88
	v_cmp_ne_u16_e64 s[28:29], 3, v88
	v_cmp_ne_u16_e64 s[26:27], 4, v88
	v_cmp_ne_u16_e64 s[24:25], 5, v88
	v_cmp_ne_u16_e64 s[22:23], 6, v88
	v_cmp_ne_u16_e64 s[20:21], 7, v88
	v_and_b32_e32 v88, 0x7f, v87
	v_cmp_ne_u16_e64 s[40:41], s99, v88
	v_cmp_ne_u16_e64 s[42:43], 0, v88
	v_cmp_ne_u16_e64 s[44:45], 1, v88
	v_cmp_ne_u16_e64 s[46:47], 2, v88
	v_cmp_ne_u16_e64 s[48:49], 3, v88
	v_cmp_ne_u16_e64 s[50:51], 4, v88
	v_cmp_ne_u16_e64 s[52:53], 5, v88
	v_cmp_ne_u16_e64 s[54:55], 6, v88
	v_cmp_ne_u16_e64 s[56:57], 7, v88
	v_lshlrev_b16_e32 v88, 7, v218
	v_and_b32_e32 v88, 0x3f80, v88
	v_and_b32_e32 v89, 0x7f, v218
	v_add_u16_e32 v88, 0x2000, v88
	v_cmp_ne_u16_e64 s[58:59], s99, v89
	v_lshlrev_b16_sdwa v206, v85, v218 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v206, 0xffff8000, v206
	v_cndmask_b32_e64 v88, v119, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 0, v89
	v_lshlrev_b16_sdwa v208, v85, v218 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v208, 0xffff8000, v208
	v_cndmask_b32_e64 v88, 0, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 1, v89
	v_and_b32_sdwa v214, v219, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v88, v78, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 2, v89
	s_nop 1
	v_cndmask_b32_e64 v88, v79, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 3, v89
	s_nop 1
	v_cndmask_b32_e64 v88, v80, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 4, v89
	s_nop 1
	v_cndmask_b32_e64 v88, v81, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 5, v89
	s_nop 1
	v_cndmask_b32_e64 v88, v82, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 6, v89
	s_nop 1
	v_cndmask_b32_e64 v88, v84, v88, s[58:59]
	v_cmp_ne_u16_e64 s[58:59], 7, v89
	v_lshlrev_b16_e32 v89, 8, v218
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v88, v83, v88, s[58:59]
	v_or_b32_e32 v88, v88, v89
	v_lshlrev_b16_e32 v89, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[40:41]
	v_cndmask_b32_e64 v89, 0, v89, s[42:43]
	v_cndmask_b32_e64 v89, v78, v89, s[44:45]
	v_cndmask_b32_e64 v89, v79, v89, s[46:47]
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cndmask_b32_e64 v89, v81, v89, s[50:51]
	v_cndmask_b32_e64 v89, v82, v89, s[52:53]
	v_cndmask_b32_e64 v89, v84, v89, s[54:55]
	v_lshlrev_b16_e32 v87, 8, v87
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[56:57]
	v_or_b32_e32 v87, v89, v87
	v_lshlrev_b16_sdwa v89, v86, v218 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[38:39]
	v_cndmask_b32_e64 v89, 0, v89, s[36:37]
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cndmask_b32_e64 v89, v82, v89, s[24:25]
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_cndmask_b32_e64 v89, v83, v89, s[20:21]
	v_or_b32_e32 v89, v89, v206
	v_lshlrev_b16_sdwa v206, v86, v218 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v206, 0x3f80, v206
	v_add_u16_e32 v206, 0x2000, v206
	v_cndmask_b32_e64 v206, v119, v206, s[18:19]
	v_cndmask_b32_e64 v206, 0, v206, s[16:17]
	v_cndmask_b32_e64 v206, v78, v206, s[14:15]
	v_cndmask_b32_e64 v206, v79, v206, s[12:13]
	v_cndmask_b32_e64 v206, v80, v206, s[10:11]
	v_cndmask_b32_e64 v206, v81, v206, s[8:9]
	v_cndmask_b32_e64 v206, v82, v206, s[4:5]
	v_cndmask_b32_e64 v206, v84, v206, s[2:3]
	v_cndmask_b32_e32 v206, v83, v206, vcc
	v_or_b32_e32 v206, v206, v208
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v224, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v87, 8, v204
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v225, v206, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v88, 8, v204
	v_lshlrev_b16_e32 v89, 8, v87
	v_perm_b32 v88, v89, v88, s96
	v_and_b32_e32 v89, 0x7f, v87
	v_cmp_ne_u16_e64 s[2:3], s99, v89
	v_cmp_ne_u16_e64 s[4:5], 0, v89
	v_cmp_ne_u16_e64 s[8:9], 1, v89
	v_cmp_ne_u16_e64 s[10:11], 2, v89
	v_cmp_ne_u16_e64 s[12:13], 3, v89
	v_cmp_ne_u16_e64 s[14:15], 4, v89
	v_cmp_ne_u16_e64 s[16:17], 5, v89
	v_cmp_ne_u16_e64 s[18:19], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_and_b32_e32 v89, 0x7f, v204
	v_cmp_ne_u16_e64 s[20:21], s99, v89
	v_cmp_ne_u16_e64 s[22:23], 0, v89
	v_cmp_ne_u16_e64 s[24:25], 1, v89
	v_cmp_ne_u16_e64 s[26:27], 2, v89
	v_cmp_ne_u16_e64 s[28:29], 3, v89
	v_cmp_ne_u16_e64 s[30:31], 4, v89
	v_cmp_ne_u16_e64 s[34:35], 5, v89
	v_cmp_ne_u16_e64 s[36:37], 6, v89
	v_cmp_ne_u16_e64 s[38:39], 7, v89
	v_lshlrev_b16_e32 v89, 7, v204
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v87, 0x2000, v87
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v87, v119, v87, s[2:3]
	v_cndmask_b32_e64 v89, v119, v89, s[20:21]
	v_cndmask_b32_e64 v87, 0, v87, s[4:5]
	v_cndmask_b32_e64 v89, 0, v89, s[22:23]
	v_cndmask_b32_e64 v87, v78, v87, s[8:9]
	v_cndmask_b32_e64 v89, v78, v89, s[24:25]
	v_cndmask_b32_e64 v87, v79, v87, s[10:11]
	v_cndmask_b32_e64 v89, v79, v89, s[26:27]
	v_cndmask_b32_e64 v87, v80, v87, s[12:13]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v87, v81, v87, s[14:15]
	v_cndmask_b32_e64 v89, v81, v89, s[30:31]
	v_cndmask_b32_e64 v87, v82, v87, s[16:17]
	v_cndmask_b32_e64 v89, v82, v89, s[34:35]
	v_cndmask_b32_e64 v87, v84, v87, s[18:19]
	v_cndmask_b32_e64 v89, v84, v89, s[36:37]
	v_cndmask_b32_e32 v87, v83, v87, vcc
	v_cndmask_b32_e64 v89, v83, v89, s[38:39]
	v_perm_b32 v87, v87, v89, s96
	v_lshlrev_b16_sdwa v89, v85, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v206, v85, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v89, v206, v89, s96
	v_and_b32_sdwa v206, v204, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[2:3], s99, v206
	v_cmp_ne_u16_e64 s[4:5], 0, v206
	v_cmp_ne_u16_e64 s[8:9], 1, v206
	v_cmp_ne_u16_e64 s[10:11], 2, v206
	v_cmp_ne_u16_e64 s[12:13], 3, v206
	v_cmp_ne_u16_e64 s[14:15], 4, v206
	v_cmp_ne_u16_e64 s[16:17], 5, v206
	v_cmp_ne_u16_e64 s[18:19], 6, v206
	v_cmp_ne_u16_e32 vcc, 7, v206
	v_and_b32_sdwa v206, v204, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s99, v206
	v_cmp_ne_u16_e64 s[22:23], 0, v206
	v_cmp_ne_u16_e64 s[24:25], 1, v206
	v_cmp_ne_u16_e64 s[26:27], 2, v206
	v_cmp_ne_u16_e64 s[28:29], 3, v206
	v_cmp_ne_u16_e64 s[30:31], 4, v206
	v_cmp_ne_u16_e64 s[34:35], 5, v206
	v_cmp_ne_u16_e64 s[36:37], 6, v206
	v_cmp_ne_u16_e64 s[38:39], 7, v206
	v_lshlrev_b16_sdwa v206, v86, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v204, v86, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v206, 0x3f80, v206
	v_and_b32_e32 v204, 0x3f80, v204
	v_add_u16_e32 v204, 0x2000, v204
	v_add_u16_e32 v206, 0x2000, v206
	v_cndmask_b32_e64 v204, v119, v204, s[2:3]
	v_cndmask_b32_e64 v206, v119, v206, s[20:21]
	v_cndmask_b32_e64 v204, 0, v204, s[4:5]
	v_cndmask_b32_e64 v206, 0, v206, s[22:23]
	v_cndmask_b32_e64 v204, v78, v204, s[8:9]
	v_cndmask_b32_e64 v206, v78, v206, s[24:25]
	v_cndmask_b32_e64 v204, v79, v204, s[10:11]
	v_cndmask_b32_e64 v206, v79, v206, s[26:27]
	v_cndmask_b32_e64 v204, v80, v204, s[12:13]
	v_cndmask_b32_e64 v206, v80, v206, s[28:29]
	v_cndmask_b32_e64 v204, v81, v204, s[14:15]
	v_cndmask_b32_e64 v206, v81, v206, s[30:31]
	v_cndmask_b32_e64 v204, v82, v204, s[16:17]
	v_cndmask_b32_e64 v206, v82, v206, s[34:35]
	v_cndmask_b32_e64 v204, v84, v204, s[18:19]
	v_cndmask_b32_e64 v206, v84, v206, s[36:37]
	v_cndmask_b32_e32 v204, v83, v204, vcc
	v_cndmask_b32_e64 v206, v83, v206, s[38:39]
	v_perm_b32 v204, v204, v206, s96
	v_and_or_b32 v226, v88, s33, v87
	v_and_or_b32 v227, v89, s33, v204
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v208, v217, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[224:225], v[226:227], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[224:225], v21 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v87, v224, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[18:19], s99, v87
	v_cmp_ne_u16_e64 s[16:17], 0, v87
	v_cmp_ne_u16_e64 s[14:15], 1, v87
	v_cmp_ne_u16_e64 s[12:13], 2, v87
	v_cmp_ne_u16_e64 s[10:11], 3, v87
	v_cmp_ne_u16_e64 s[8:9], 4, v87
	v_cmp_ne_u16_e64 s[4:5], 5, v87
	v_cmp_ne_u16_e64 s[2:3], 6, v87
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_and_b32_sdwa v87, v224, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[38:39], s99, v87
	v_cmp_ne_u16_e64 s[36:37], 0, v87
	v_cmp_ne_u16_e64 s[34:35], 1, v87
	v_cmp_ne_u16_e64 s[30:31], 2, v87
	v_cmp_ne_u16_e64 s[28:29], 3, v87
	v_cmp_ne_u16_e64 s[26:27], 4, v87
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cmp_ne_u16_e64 s[22:23], 6, v87
	v_cmp_ne_u16_e64 s[20:21], 7, v87
	v_lshrrev_b32_e32 v87, 8, v224
	v_and_b32_e32 v88, 0x7f, v87
	v_cmp_ne_u16_e64 s[56:57], s99, v88
	v_cmp_ne_u16_e64 s[54:55], 0, v88
	v_cmp_ne_u16_e64 s[52:53], 1, v88
	v_cmp_ne_u16_e64 s[50:51], 2, v88
	v_cmp_ne_u16_e64 s[48:49], 3, v88
	v_cmp_ne_u16_e64 s[46:47], 4, v88
	v_cmp_ne_u16_e64 s[44:45], 5, v88
	v_cmp_ne_u16_e64 s[42:43], 6, v88
	v_cmp_ne_u16_e64 s[40:41], 7, v88
	v_and_b32_e32 v88, 0x7f, v224
	v_cmp_ne_u16_e64 s[58:59], s99, v88
	v_cmp_ne_u16_e64 s[60:61], 0, v88
	v_cmp_ne_u16_e64 s[62:63], 1, v88
	v_cmp_ne_u16_e64 s[64:65], 2, v88
	v_cmp_ne_u16_e64 s[66:67], 3, v88
	v_cmp_ne_u16_e64 s[68:69], 4, v88
	v_cmp_ne_u16_e64 s[70:71], 5, v88
	v_cmp_ne_u16_e64 s[72:73], 6, v88
	v_cmp_ne_u16_e64 s[74:75], 7, v88
	v_lshlrev_b16_e32 v88, 7, v224
	v_and_b32_e32 v88, 0x3f80, v88
	v_add_u16_e32 v88, 0x2000, v88
	v_cndmask_b32_e64 v88, v119, v88, s[58:59]
	v_cndmask_b32_e64 v88, 0, v88, s[60:61]
	v_cndmask_b32_e64 v88, v78, v88, s[62:63]
	v_cndmask_b32_e64 v88, v79, v88, s[64:65]
	v_cndmask_b32_e64 v88, v80, v88, s[66:67]
	v_cndmask_b32_e64 v88, v81, v88, s[68:69]
	v_cndmask_b32_e64 v88, v82, v88, s[70:71]
	v_cndmask_b32_e64 v88, v84, v88, s[72:73]
	v_lshlrev_b16_e32 v89, 8, v224
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v88, v83, v88, s[74:75]
	v_or_b32_e32 v88, v88, v89
	v_lshlrev_b16_e32 v89, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[56:57]
	v_cndmask_b32_e64 v89, 0, v89, s[54:55]
	v_cndmask_b32_e64 v89, v78, v89, s[52:53]
	v_cndmask_b32_e64 v89, v79, v89, s[50:51]
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cndmask_b32_e64 v89, v81, v89, s[46:47]
	v_cndmask_b32_e64 v89, v82, v89, s[44:45]
	v_cndmask_b32_e64 v89, v84, v89, s[42:43]
	v_lshlrev_b16_e32 v87, 8, v87
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[40:41]
	v_or_b32_e32 v87, v89, v87
	v_lshlrev_b16_sdwa v89, v86, v224 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[38:39]
	v_cndmask_b32_e64 v89, 0, v89, s[36:37]
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cndmask_b32_e64 v89, v82, v89, s[24:25]
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_lshlrev_b16_sdwa v204, v85, v224 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v204, 0xffff8000, v204
	v_cndmask_b32_e64 v89, v83, v89, s[20:21]
	v_or_b32_e32 v89, v89, v204
	v_lshlrev_b16_sdwa v204, v86, v224 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v204, 0x3f80, v204
	v_add_u16_e32 v204, 0x2000, v204
	v_cndmask_b32_e64 v204, v119, v204, s[18:19]
	v_cndmask_b32_e64 v204, 0, v204, s[16:17]
	v_cndmask_b32_e64 v204, v78, v204, s[14:15]
	v_cndmask_b32_e64 v204, v79, v204, s[12:13]
	v_cndmask_b32_e64 v204, v80, v204, s[10:11]
	v_cndmask_b32_e64 v204, v81, v204, s[8:9]
	v_cndmask_b32_e64 v204, v82, v204, s[4:5]
	v_cndmask_b32_e64 v204, v84, v204, s[2:3]
	v_lshlrev_b16_sdwa v206, v85, v224 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v206, 0xffff8000, v206
	v_cndmask_b32_e32 v204, v83, v204, vcc
	v_or_b32_e32 v204, v204, v206
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v226, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v87, 8, v202
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v227, v204, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v88, 8, v202
	v_lshlrev_b16_e32 v89, 8, v87
	v_perm_b32 v88, v89, v88, s96
	v_and_b32_e32 v89, 0x7f, v87
	v_cmp_ne_u16_e64 s[2:3], s99, v89
	v_cmp_ne_u16_e64 s[4:5], 0, v89
	v_cmp_ne_u16_e64 s[8:9], 1, v89
	v_cmp_ne_u16_e64 s[10:11], 2, v89
	v_cmp_ne_u16_e64 s[12:13], 3, v89
	v_cmp_ne_u16_e64 s[14:15], 4, v89
	v_cmp_ne_u16_e64 s[16:17], 5, v89
	v_cmp_ne_u16_e64 s[18:19], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_and_b32_e32 v89, 0x7f, v202
	v_cmp_ne_u16_e64 s[20:21], s99, v89
	v_cmp_ne_u16_e64 s[22:23], 0, v89
	v_cmp_ne_u16_e64 s[24:25], 1, v89
	v_cmp_ne_u16_e64 s[26:27], 2, v89
	v_cmp_ne_u16_e64 s[28:29], 3, v89
	v_cmp_ne_u16_e64 s[30:31], 4, v89
	v_cmp_ne_u16_e64 s[34:35], 5, v89
	v_cmp_ne_u16_e64 s[36:37], 6, v89
	v_cmp_ne_u16_e64 s[38:39], 7, v89
	v_lshlrev_b16_e32 v89, 7, v202
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v87, 0x2000, v87
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v87, v119, v87, s[2:3]
	v_cndmask_b32_e64 v89, v119, v89, s[20:21]
	v_cndmask_b32_e64 v87, 0, v87, s[4:5]
	v_cndmask_b32_e64 v89, 0, v89, s[22:23]
	v_cndmask_b32_e64 v87, v78, v87, s[8:9]
	v_cndmask_b32_e64 v89, v78, v89, s[24:25]
	v_cndmask_b32_e64 v87, v79, v87, s[10:11]
	v_cndmask_b32_e64 v89, v79, v89, s[26:27]
	v_cndmask_b32_e64 v87, v80, v87, s[12:13]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v87, v81, v87, s[14:15]
	v_cndmask_b32_e64 v89, v81, v89, s[30:31]
	v_cndmask_b32_e64 v87, v82, v87, s[16:17]
	v_cndmask_b32_e64 v89, v82, v89, s[34:35]
	v_cndmask_b32_e64 v87, v84, v87, s[18:19]
	v_cndmask_b32_e64 v89, v84, v89, s[36:37]
	v_cndmask_b32_e32 v87, v83, v87, vcc
	v_cndmask_b32_e64 v89, v83, v89, s[38:39]
	v_perm_b32 v87, v87, v89, s96
	v_lshlrev_b16_sdwa v89, v85, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v204, v85, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v89, v204, v89, s96
	v_and_b32_sdwa v204, v202, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[12:13], s99, v204
	v_cmp_ne_u16_e64 s[14:15], 0, v204
	v_cmp_ne_u16_e64 s[16:17], 1, v204
	v_cmp_ne_u16_e64 s[18:19], 2, v204
	v_cmp_ne_u16_e64 s[20:21], 3, v204
	v_cmp_ne_u16_e64 s[22:23], 4, v204
	v_cmp_ne_u16_e64 s[10:11], 5, v204
	v_cmp_ne_u16_e64 s[8:9], 6, v204
	v_cmp_ne_u16_e32 vcc, 7, v204
	v_and_b32_sdwa v204, v202, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[24:25], s99, v204
	v_cmp_ne_u16_e64 s[26:27], 0, v204
	v_cmp_ne_u16_e64 s[28:29], 1, v204
	v_cmp_ne_u16_e64 s[30:31], 2, v204
	v_cmp_ne_u16_e64 s[34:35], 3, v204
	v_cmp_ne_u16_e64 s[36:37], 4, v204
	v_cmp_ne_u16_e64 s[38:39], 5, v204
	v_cmp_ne_u16_e64 s[4:5], 6, v204
	v_cmp_ne_u16_e64 s[2:3], 7, v204
	v_lshlrev_b16_sdwa v204, v86, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v202, v86, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v204, 0x3f80, v204
	v_and_b32_e32 v202, 0x3f80, v202
	v_add_u16_e32 v202, 0x2000, v202
	v_add_u16_e32 v204, 0x2000, v204
	v_cndmask_b32_e64 v202, v119, v202, s[12:13]
	v_cndmask_b32_e64 v204, v119, v204, s[24:25]
	v_cndmask_b32_e64 v202, 0, v202, s[14:15]
	v_cndmask_b32_e64 v204, 0, v204, s[26:27]
	v_cndmask_b32_e64 v202, v78, v202, s[16:17]
	v_cndmask_b32_e64 v204, v78, v204, s[28:29]
	v_cndmask_b32_e64 v202, v79, v202, s[18:19]
	v_cndmask_b32_e64 v204, v79, v204, s[30:31]
	v_cndmask_b32_e64 v202, v80, v202, s[20:21]
	v_cndmask_b32_e64 v204, v80, v204, s[34:35]
	v_cndmask_b32_e64 v202, v81, v202, s[22:23]
	v_cndmask_b32_e64 v204, v81, v204, s[36:37]
	v_cndmask_b32_e64 v202, v82, v202, s[10:11]
	v_cndmask_b32_e64 v204, v82, v204, s[38:39]
	v_cndmask_b32_e64 v202, v84, v202, s[8:9]
	v_cndmask_b32_e64 v204, v84, v204, s[4:5]
	v_cndmask_b32_e32 v202, v83, v202, vcc
	v_cndmask_b32_e64 v204, v83, v204, s[2:3]
	v_perm_b32 v202, v202, v204, s96
	v_and_or_b32 v228, v88, s33, v87
	v_and_or_b32 v229, v89, s33, v202
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v206, v217, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v218, 0x7f, v225
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[226:227], v[228:229], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[226:227], v76 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v87, v226, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[18:19], s99, v87
	v_cmp_ne_u16_e64 s[16:17], 0, v87
	v_cmp_ne_u16_e64 s[14:15], 1, v87
	v_cmp_ne_u16_e64 s[12:13], 2, v87
	v_cmp_ne_u16_e64 s[10:11], 3, v87
	v_cmp_ne_u16_e64 s[8:9], 4, v87
	v_cmp_ne_u16_e64 s[4:5], 5, v87
	v_cmp_ne_u16_e64 s[2:3], 6, v87
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_and_b32_sdwa v87, v226, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[38:39], s99, v87
	v_cmp_ne_u16_e64 s[36:37], 0, v87
	v_cmp_ne_u16_e64 s[34:35], 1, v87
	v_cmp_ne_u16_e64 s[30:31], 2, v87
	v_cmp_ne_u16_e64 s[28:29], 3, v87
	v_cmp_ne_u16_e64 s[26:27], 4, v87
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cmp_ne_u16_e64 s[22:23], 6, v87
	v_cmp_ne_u16_e64 s[20:21], 7, v87
	v_lshrrev_b32_e32 v87, 8, v226
	v_and_b32_e32 v88, 0x7f, v87
	v_cmp_ne_u16_e64 s[56:57], s99, v88
	v_cmp_ne_u16_e64 s[54:55], 0, v88
	v_cmp_ne_u16_e64 s[52:53], 1, v88
	v_cmp_ne_u16_e64 s[50:51], 2, v88
	v_cmp_ne_u16_e64 s[48:49], 3, v88
	v_cmp_ne_u16_e64 s[46:47], 4, v88
	v_cmp_ne_u16_e64 s[44:45], 5, v88
	v_cmp_ne_u16_e64 s[42:43], 6, v88
	v_cmp_ne_u16_e64 s[40:41], 7, v88
	v_and_b32_e32 v88, 0x7f, v226
	v_cmp_ne_u16_e64 s[58:59], s99, v88
	v_cmp_ne_u16_e64 s[60:61], 0, v88
	v_cmp_ne_u16_e64 s[62:63], 1, v88
	v_cmp_ne_u16_e64 s[64:65], 2, v88
	v_cmp_ne_u16_e64 s[66:67], 3, v88
	v_cmp_ne_u16_e64 s[68:69], 4, v88
	v_cmp_ne_u16_e64 s[70:71], 5, v88
	v_cmp_ne_u16_e64 s[72:73], 6, v88
	v_cmp_ne_u16_e64 s[74:75], 7, v88
	v_lshlrev_b16_e32 v88, 7, v226
	v_and_b32_e32 v88, 0x3f80, v88
	v_add_u16_e32 v88, 0x2000, v88
	v_cndmask_b32_e64 v88, v119, v88, s[58:59]
	v_cndmask_b32_e64 v88, 0, v88, s[60:61]
	v_cndmask_b32_e64 v88, v78, v88, s[62:63]
	v_cndmask_b32_e64 v88, v79, v88, s[64:65]
	v_cndmask_b32_e64 v88, v80, v88, s[66:67]
	v_cndmask_b32_e64 v88, v81, v88, s[68:69]
	v_cndmask_b32_e64 v88, v82, v88, s[70:71]
	v_cndmask_b32_e64 v88, v84, v88, s[72:73]
	v_lshlrev_b16_e32 v89, 8, v226
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v88, v83, v88, s[74:75]
	v_or_b32_e32 v88, v88, v89
	v_lshlrev_b16_e32 v89, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[56:57]
	v_cndmask_b32_e64 v89, 0, v89, s[54:55]
	v_cndmask_b32_e64 v89, v78, v89, s[52:53]
	v_cndmask_b32_e64 v89, v79, v89, s[50:51]
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cndmask_b32_e64 v89, v81, v89, s[46:47]
	v_cndmask_b32_e64 v89, v82, v89, s[44:45]
	v_cndmask_b32_e64 v89, v84, v89, s[42:43]
	v_lshlrev_b16_e32 v87, 8, v87
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[40:41]
	v_or_b32_e32 v87, v89, v87
	v_lshlrev_b16_sdwa v89, v86, v226 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[38:39]
	v_cndmask_b32_e64 v89, 0, v89, s[36:37]
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cndmask_b32_e64 v89, v82, v89, s[24:25]
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_lshlrev_b16_sdwa v202, v85, v226 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v202, 0xffff8000, v202
	v_cndmask_b32_e64 v89, v83, v89, s[20:21]
	v_or_b32_e32 v89, v89, v202
	v_lshlrev_b16_sdwa v202, v86, v226 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v202, 0x3f80, v202
	v_add_u16_e32 v202, 0x2000, v202
	v_cndmask_b32_e64 v202, v119, v202, s[18:19]
	v_cndmask_b32_e64 v202, 0, v202, s[16:17]
	v_cndmask_b32_e64 v202, v78, v202, s[14:15]
	v_cndmask_b32_e64 v202, v79, v202, s[12:13]
	v_cndmask_b32_e64 v202, v80, v202, s[10:11]
	v_cndmask_b32_e64 v202, v81, v202, s[8:9]
	v_cndmask_b32_e64 v202, v82, v202, s[4:5]
	v_cndmask_b32_e64 v202, v84, v202, s[2:3]
	v_lshlrev_b16_sdwa v204, v85, v226 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v204, 0xffff8000, v204
	v_cndmask_b32_e32 v202, v83, v202, vcc
	v_or_b32_e32 v202, v202, v204
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v228, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v87, 8, v200
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v229, v202, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v88, 8, v200
	v_lshlrev_b16_e32 v89, 8, v87
	v_perm_b32 v88, v89, v88, s96
	v_and_b32_e32 v89, 0x7f, v87
	v_cmp_ne_u16_e64 s[12:13], s99, v89
	v_cmp_ne_u16_e64 s[14:15], 0, v89
	v_cmp_ne_u16_e64 s[16:17], 1, v89
	v_cmp_ne_u16_e64 s[18:19], 2, v89
	v_cmp_ne_u16_e64 s[20:21], 3, v89
	v_cmp_ne_u16_e64 s[22:23], 4, v89
	v_cmp_ne_u16_e64 s[24:25], 5, v89
	v_cmp_ne_u16_e64 s[26:27], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_and_b32_e32 v89, 0x7f, v200
	v_cmp_ne_u16_e64 s[28:29], s99, v89
	v_cmp_ne_u16_e64 s[30:31], 0, v89
	v_cmp_ne_u16_e64 s[34:35], 1, v89
	v_cmp_ne_u16_e64 s[36:37], 2, v89
	v_cmp_ne_u16_e64 s[38:39], 3, v89
	v_cmp_ne_u16_e64 s[10:11], 4, v89
	v_cmp_ne_u16_e64 s[8:9], 5, v89
	v_cmp_ne_u16_e64 s[4:5], 6, v89
	v_cmp_ne_u16_e64 s[2:3], 7, v89
	v_lshlrev_b16_e32 v89, 7, v200
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v87, 0x2000, v87
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v87, v119, v87, s[12:13]
	v_cndmask_b32_e64 v89, v119, v89, s[28:29]
	v_cndmask_b32_e64 v87, 0, v87, s[14:15]
	v_cndmask_b32_e64 v89, 0, v89, s[30:31]
	v_cndmask_b32_e64 v87, v78, v87, s[16:17]
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cndmask_b32_e64 v87, v79, v87, s[18:19]
	v_cndmask_b32_e64 v89, v79, v89, s[36:37]
	v_cndmask_b32_e64 v87, v80, v87, s[20:21]
	v_cndmask_b32_e64 v89, v80, v89, s[38:39]
	v_cndmask_b32_e64 v87, v81, v87, s[22:23]
	v_cndmask_b32_e64 v89, v81, v89, s[10:11]
	v_cndmask_b32_e64 v87, v82, v87, s[24:25]
	v_cndmask_b32_e64 v89, v82, v89, s[8:9]
	v_cndmask_b32_e64 v87, v84, v87, s[26:27]
	v_cndmask_b32_e64 v89, v84, v89, s[4:5]
	v_cndmask_b32_e32 v87, v83, v87, vcc
	v_cndmask_b32_e64 v89, v83, v89, s[2:3]
	v_perm_b32 v87, v87, v89, s96
	v_lshlrev_b16_sdwa v89, v85, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v202, v85, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v89, v202, v89, s96
	v_and_b32_sdwa v202, v200, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[10:11], s99, v202
	v_cmp_ne_u16_e64 s[12:13], 0, v202
	v_cmp_ne_u16_e64 s[14:15], 1, v202
	v_cmp_ne_u16_e64 s[16:17], 2, v202
	v_cmp_ne_u16_e64 s[18:19], 3, v202
	v_cmp_ne_u16_e64 s[20:21], 4, v202
	v_cmp_ne_u16_e64 s[22:23], 5, v202
	v_cmp_ne_u16_e64 s[24:25], 6, v202
	v_cmp_ne_u16_e32 vcc, 7, v202
	v_and_b32_sdwa v202, v200, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[26:27], s99, v202
	v_cmp_ne_u16_e64 s[28:29], 0, v202
	v_cmp_ne_u16_e64 s[30:31], 1, v202
	v_cmp_ne_u16_e64 s[34:35], 2, v202
	v_cmp_ne_u16_e64 s[36:37], 3, v202
	v_cmp_ne_u16_e64 s[38:39], 4, v202
	v_cmp_ne_u16_e64 s[8:9], 5, v202
	v_cmp_ne_u16_e64 s[4:5], 6, v202
	v_cmp_ne_u16_e64 s[2:3], 7, v202
	v_lshlrev_b16_sdwa v202, v86, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v200, v86, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v202, 0x3f80, v202
	v_and_b32_e32 v200, 0x3f80, v200
	v_add_u16_e32 v200, 0x2000, v200
	v_add_u16_e32 v202, 0x2000, v202
	v_cndmask_b32_e64 v200, v119, v200, s[10:11]
	v_cndmask_b32_e64 v202, v119, v202, s[26:27]
	v_cndmask_b32_e64 v200, 0, v200, s[12:13]
	v_cndmask_b32_e64 v202, 0, v202, s[28:29]
	v_cndmask_b32_e64 v200, v78, v200, s[14:15]
	v_cndmask_b32_e64 v202, v78, v202, s[30:31]
	v_cndmask_b32_e64 v200, v79, v200, s[16:17]
	v_cndmask_b32_e64 v202, v79, v202, s[34:35]
	v_cndmask_b32_e64 v200, v80, v200, s[18:19]
	v_cndmask_b32_e64 v202, v80, v202, s[36:37]
	v_cndmask_b32_e64 v200, v81, v200, s[20:21]
	v_cndmask_b32_e64 v202, v81, v202, s[38:39]
	v_cndmask_b32_e64 v200, v82, v200, s[22:23]
	v_cndmask_b32_e64 v202, v82, v202, s[8:9]
	v_cndmask_b32_e64 v200, v84, v200, s[24:25]
	v_cndmask_b32_e64 v202, v84, v202, s[4:5]
	v_cndmask_b32_e32 v200, v83, v200, vcc
	v_cndmask_b32_e64 v202, v83, v202, s[2:3]
	v_perm_b32 v200, v200, v202, s96
	v_and_or_b32 v230, v88, s33, v87
	v_and_or_b32 v231, v89, s33, v200
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v204, v86, v217 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v220, v227, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[228:229], v[230:231], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read2_b32 v[228:229], v77 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v87, v228, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[18:19], s99, v87
	v_cmp_ne_u16_e64 s[16:17], 0, v87
	v_cmp_ne_u16_e64 s[14:15], 1, v87
	v_cmp_ne_u16_e64 s[12:13], 2, v87
	v_cmp_ne_u16_e64 s[10:11], 3, v87
	v_cmp_ne_u16_e64 s[8:9], 4, v87
	v_cmp_ne_u16_e64 s[4:5], 5, v87
	v_cmp_ne_u16_e64 s[2:3], 6, v87
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_and_b32_sdwa v87, v228, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s99, v87
	v_cmp_ne_u16_e64 s[22:23], 0, v87
	v_cmp_ne_u16_e64 s[24:25], 1, v87
	v_cmp_ne_u16_e64 s[26:27], 2, v87
	v_cmp_ne_u16_e64 s[28:29], 3, v87
	v_cmp_ne_u16_e64 s[30:31], 4, v87
	v_cmp_ne_u16_e64 s[34:35], 5, v87
	v_cmp_ne_u16_e64 s[36:37], 6, v87
	v_cmp_ne_u16_e64 s[38:39], 7, v87
	v_lshrrev_b32_e32 v87, 8, v228
	v_and_b32_e32 v88, 0x7f, v87
	v_cmp_ne_u16_e64 s[40:41], s99, v88
	v_cmp_ne_u16_e64 s[42:43], 0, v88
	v_cmp_ne_u16_e64 s[44:45], 1, v88
	v_cmp_ne_u16_e64 s[46:47], 2, v88
	v_cmp_ne_u16_e64 s[48:49], 3, v88
	v_cmp_ne_u16_e64 s[50:51], 4, v88
	v_cmp_ne_u16_e64 s[52:53], 5, v88
	v_cmp_ne_u16_e64 s[54:55], 6, v88
	v_cmp_ne_u16_e64 s[56:57], 7, v88
	v_and_b32_e32 v88, 0x7f, v228
	v_cmp_ne_u16_e64 s[58:59], s99, v88
	v_cmp_ne_u16_e64 s[60:61], 0, v88
	v_cmp_ne_u16_e64 s[62:63], 1, v88
	v_cmp_ne_u16_e64 s[64:65], 2, v88
	v_cmp_ne_u16_e64 s[66:67], 3, v88
	v_cmp_ne_u16_e64 s[68:69], 4, v88
	v_cmp_ne_u16_e64 s[70:71], 5, v88
	v_cmp_ne_u16_e64 s[72:73], 6, v88
	v_cmp_ne_u16_e64 s[74:75], 7, v88
	v_lshlrev_b16_e32 v88, 7, v228
	v_and_b32_e32 v88, 0x3f80, v88
	v_add_u16_e32 v88, 0x2000, v88
	v_cndmask_b32_e64 v88, v119, v88, s[58:59]
	v_cndmask_b32_e64 v88, 0, v88, s[60:61]
	v_cndmask_b32_e64 v88, v78, v88, s[62:63]
	v_cndmask_b32_e64 v88, v79, v88, s[64:65]
	v_cndmask_b32_e64 v88, v80, v88, s[66:67]
	v_cndmask_b32_e64 v88, v81, v88, s[68:69]
	v_cndmask_b32_e64 v88, v82, v88, s[70:71]
	v_cndmask_b32_e64 v88, v84, v88, s[72:73]
	v_lshlrev_b16_e32 v89, 8, v228
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v88, v83, v88, s[74:75]
	v_or_b32_e32 v88, v88, v89
	v_lshlrev_b16_e32 v89, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[40:41]
	v_cndmask_b32_e64 v89, 0, v89, s[42:43]
	v_cndmask_b32_e64 v89, v78, v89, s[44:45]
	v_cndmask_b32_e64 v89, v79, v89, s[46:47]
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cndmask_b32_e64 v89, v81, v89, s[50:51]
	v_cndmask_b32_e64 v89, v82, v89, s[52:53]
	v_cndmask_b32_e64 v89, v84, v89, s[54:55]
	v_lshlrev_b16_e32 v87, 8, v87
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[56:57]
	v_or_b32_e32 v87, v89, v87
	v_lshlrev_b16_sdwa v89, v86, v228 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[20:21]
	v_cndmask_b32_e64 v89, 0, v89, s[22:23]
	v_cndmask_b32_e64 v89, v78, v89, s[24:25]
	v_cndmask_b32_e64 v89, v79, v89, s[26:27]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v89, v81, v89, s[30:31]
	v_cndmask_b32_e64 v89, v82, v89, s[34:35]
	v_cndmask_b32_e64 v89, v84, v89, s[36:37]
	v_lshlrev_b16_sdwa v200, v85, v228 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v200, 0xffff8000, v200
	v_cndmask_b32_e64 v89, v83, v89, s[38:39]
	v_or_b32_e32 v89, v89, v200
	v_lshlrev_b16_sdwa v200, v86, v228 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v200, 0x3f80, v200
	v_add_u16_e32 v200, 0x2000, v200
	v_cndmask_b32_e64 v200, v119, v200, s[18:19]
	v_cndmask_b32_e64 v200, 0, v200, s[16:17]
	v_cndmask_b32_e64 v200, v78, v200, s[14:15]
	v_cndmask_b32_e64 v200, v79, v200, s[12:13]
	v_cndmask_b32_e64 v200, v80, v200, s[10:11]
	v_cndmask_b32_e64 v200, v81, v200, s[8:9]
	v_cndmask_b32_e64 v200, v82, v200, s[4:5]
	v_cndmask_b32_e64 v200, v84, v200, s[2:3]
	v_lshlrev_b16_sdwa v202, v85, v228 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v202, 0xffff8000, v202
	v_cndmask_b32_e32 v200, v83, v200, vcc
	v_or_b32_e32 v200, v200, v202
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v230, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v87, 8, v198
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v231, v200, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v88, 8, v198
	v_lshlrev_b16_e32 v89, 8, v87
	v_perm_b32 v88, v89, v88, s96
	v_and_b32_e32 v89, 0x7f, v198
	v_cmp_ne_u16_e64 s[24:25], s99, v89
	v_cmp_ne_u16_e64 s[26:27], 0, v89
	v_cmp_ne_u16_e64 s[28:29], 1, v89
	v_cmp_ne_u16_e64 s[30:31], 2, v89
	v_cmp_ne_u16_e64 s[34:35], 3, v89
	v_cmp_ne_u16_e64 s[36:37], 4, v89
	v_cmp_ne_u16_e64 s[38:39], 5, v89
	v_cmp_ne_u16_e64 s[22:23], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_and_b32_e32 v89, 0x7f, v87
	v_cmp_ne_u16_e64 s[20:21], s99, v89
	v_cmp_ne_u16_e64 s[18:19], 0, v89
	v_cmp_ne_u16_e64 s[16:17], 1, v89
	v_cmp_ne_u16_e64 s[14:15], 2, v89
	v_cmp_ne_u16_e64 s[12:13], 3, v89
	v_cmp_ne_u16_e64 s[10:11], 4, v89
	v_cmp_ne_u16_e64 s[8:9], 5, v89
	v_cmp_ne_u16_e64 s[4:5], 6, v89
	v_cmp_ne_u16_e64 s[2:3], 7, v89
	v_lshlrev_b16_e32 v89, 7, v198
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v89, 0x2000, v89
	v_add_u16_e32 v87, 0x2000, v87
	v_cndmask_b32_e64 v89, v119, v89, s[24:25]
	v_cndmask_b32_e64 v87, v119, v87, s[20:21]
	v_cndmask_b32_e64 v89, 0, v89, s[26:27]
	v_cndmask_b32_e64 v87, 0, v87, s[18:19]
	v_cndmask_b32_e64 v89, v78, v89, s[28:29]
	v_cndmask_b32_e64 v87, v78, v87, s[16:17]
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cndmask_b32_e64 v87, v79, v87, s[14:15]
	v_cndmask_b32_e64 v89, v80, v89, s[34:35]
	v_cndmask_b32_e64 v87, v80, v87, s[12:13]
	v_cndmask_b32_e64 v89, v81, v89, s[36:37]
	v_cndmask_b32_e64 v87, v81, v87, s[10:11]
	v_cndmask_b32_e64 v89, v82, v89, s[38:39]
	v_cndmask_b32_e64 v87, v82, v87, s[8:9]
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_cndmask_b32_e64 v87, v84, v87, s[4:5]
	v_cndmask_b32_e64 v87, v83, v87, s[2:3]
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_perm_b32 v87, v87, v89, s96
	v_lshlrev_b16_sdwa v89, v85, v198 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v200, v85, v198 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v89, v200, v89, s96
	v_and_b32_sdwa v200, v198, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[24:25], s99, v200
	v_cmp_ne_u16_e64 s[26:27], 0, v200
	v_cmp_ne_u16_e64 s[28:29], 1, v200
	v_cmp_ne_u16_e64 s[30:31], 2, v200
	v_cmp_ne_u16_e64 s[34:35], 3, v200
	v_cmp_ne_u16_e64 s[36:37], 4, v200
	v_cmp_ne_u16_e64 s[38:39], 5, v200
	v_cmp_ne_u16_e64 s[22:23], 6, v200
	v_cmp_ne_u16_e32 vcc, 7, v200
	v_and_b32_sdwa v200, v198, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s99, v200
	v_cmp_ne_u16_e64 s[18:19], 0, v200
	v_cmp_ne_u16_e64 s[16:17], 1, v200
	v_cmp_ne_u16_e64 s[14:15], 2, v200
	v_cmp_ne_u16_e64 s[12:13], 3, v200
	v_cmp_ne_u16_e64 s[10:11], 4, v200
	v_cmp_ne_u16_e64 s[8:9], 5, v200
	v_cmp_ne_u16_e64 s[4:5], 6, v200
	v_cmp_ne_u16_e64 s[2:3], 7, v200
	v_lshlrev_b16_sdwa v200, v86, v198 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v198, v86, v198 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v200, 0x3f80, v200
	v_and_b32_e32 v198, 0x3f80, v198
	v_add_u16_e32 v200, 0x2000, v200
	v_add_u16_e32 v198, 0x2000, v198
	v_cndmask_b32_e64 v200, v119, v200, s[24:25]
	v_cndmask_b32_e64 v198, v119, v198, s[20:21]
	v_cndmask_b32_e64 v200, 0, v200, s[26:27]
	v_cndmask_b32_e64 v198, 0, v198, s[18:19]
	v_cndmask_b32_e64 v200, v78, v200, s[28:29]
	v_cndmask_b32_e64 v198, v78, v198, s[16:17]
	v_cndmask_b32_e64 v200, v79, v200, s[30:31]
	v_cndmask_b32_e64 v198, v79, v198, s[14:15]
	v_cndmask_b32_e64 v200, v80, v200, s[34:35]
	v_cndmask_b32_e64 v198, v80, v198, s[12:13]
	v_cndmask_b32_e64 v200, v81, v200, s[36:37]
	v_cndmask_b32_e64 v198, v81, v198, s[10:11]
	v_cndmask_b32_e64 v200, v82, v200, s[38:39]
	v_cndmask_b32_e64 v198, v82, v198, s[8:9]
	v_cndmask_b32_e64 v200, v84, v200, s[22:23]
	v_cndmask_b32_e64 v198, v84, v198, s[4:5]
	v_cndmask_b32_e64 v198, v83, v198, s[2:3]
	v_cndmask_b32_e32 v200, v83, v200, vcc
	v_perm_b32 v198, v198, v200, s96
	v_and_or_b32 v88, v88, s33, v87
	v_and_or_b32 v89, v89, s33, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[58:59], s99, v210
	v_cmp_ne_u16_e64 s[60:61], 0, v210
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[230:231], v[88:89], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v89, 7, v217
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v89, v119, v89, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 1, v210
	v_cndmask_b32_e64 v89, 0, v89, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 2, v210
	v_cndmask_b32_e64 v89, v78, v89, s[62:63]
	v_cmp_ne_u16_e64 s[66:67], 3, v210
	v_cndmask_b32_e64 v89, v79, v89, s[64:65]
	v_cmp_ne_u16_e64 s[68:69], 4, v210
	v_cndmask_b32_e64 v89, v80, v89, s[66:67]
	v_cmp_ne_u16_e64 s[70:71], 5, v210
	v_cndmask_b32_e64 v89, v81, v89, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 6, v210
	v_cndmask_b32_e64 v89, v82, v89, s[70:71]
	v_lshlrev_b16_e32 v88, 8, v217
	v_cmp_ne_u16_e64 s[74:75], 7, v210
	v_cndmask_b32_e64 v89, v84, v89, s[72:73]
	v_lshrrev_b32_e32 v87, 8, v217
	v_and_b32_e32 v88, 0xffff8000, v88
	v_cndmask_b32_e64 v89, v83, v89, s[74:75]
	v_or_b32_e32 v88, v89, v88
	v_lshlrev_b16_e32 v89, 7, v87
	v_cmp_ne_u16_e64 s[18:19], s99, v206
	v_cmp_ne_u16_e64 s[16:17], 0, v206
	v_cmp_ne_u16_e64 s[14:15], 1, v206
	v_cmp_ne_u16_e64 s[12:13], 2, v206
	v_cmp_ne_u16_e64 s[10:11], 3, v206
	v_cmp_ne_u16_e64 s[8:9], 4, v206
	v_cmp_ne_u16_e64 s[4:5], 5, v206
	v_cmp_ne_u16_e64 s[2:3], 6, v206
	v_cmp_ne_u16_e32 vcc, 7, v206
	v_and_b32_e32 v206, 0x7f, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_cmp_ne_u16_e64 s[40:41], s99, v206
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[42:43], 0, v206
	v_cndmask_b32_e64 v89, v119, v89, s[40:41]
	v_cmp_ne_u16_e64 s[44:45], 1, v206
	v_cndmask_b32_e64 v89, 0, v89, s[42:43]
	v_cmp_ne_u16_e64 s[46:47], 2, v206
	v_cndmask_b32_e64 v89, v78, v89, s[44:45]
	v_cmp_ne_u16_e64 s[48:49], 3, v206
	v_cndmask_b32_e64 v89, v79, v89, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 4, v206
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 5, v206
	v_cndmask_b32_e64 v89, v81, v89, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 6, v206
	v_cndmask_b32_e64 v89, v82, v89, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 7, v206
	v_cndmask_b32_e64 v89, v84, v89, s[54:55]
	v_lshlrev_b16_e32 v87, 8, v87
	v_lshlrev_b16_sdwa v200, v86, v217 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[56:57]
	v_or_b32_e32 v87, v89, v87
	v_and_b32_e32 v89, 0x3f80, v200
	v_cmp_ne_u16_e64 s[38:39], s99, v208
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[36:37], 0, v208
	v_cndmask_b32_e64 v89, v119, v89, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 1, v208
	v_cndmask_b32_e64 v89, 0, v89, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 2, v208
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cmp_ne_u16_e64 s[28:29], 3, v208
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cmp_ne_u16_e64 s[26:27], 4, v208
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cmp_ne_u16_e64 s[24:25], 5, v208
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 6, v208
	v_cndmask_b32_e64 v89, v82, v89, s[24:25]
	v_lshlrev_b16_sdwa v198, v85, v217 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[20:21], 7, v208
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_and_b32_e32 v198, 0xffff8000, v198
	v_cndmask_b32_e64 v89, v83, v89, s[20:21]
	v_or_b32_e32 v89, v89, v198
	v_and_b32_e32 v198, 0x3f80, v204
	v_add_u16_e32 v198, 0x2000, v198
	v_cndmask_b32_e64 v198, v119, v198, s[18:19]
	v_cndmask_b32_e64 v198, 0, v198, s[16:17]
	v_cndmask_b32_e64 v198, v78, v198, s[14:15]
	v_cndmask_b32_e64 v198, v79, v198, s[12:13]
	v_cndmask_b32_e64 v198, v80, v198, s[10:11]
	v_cndmask_b32_e64 v198, v81, v198, s[8:9]
	v_cndmask_b32_e64 v198, v82, v198, s[4:5]
	v_lshlrev_b16_sdwa v202, v85, v217 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v198, v84, v198, s[2:3]
	v_and_b32_e32 v200, 0xffff8000, v202
	v_cndmask_b32_e32 v198, v83, v198, vcc
	v_or_b32_e32 v198, v198, v200
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v216, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v87, 8, v213
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v217, v198, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v88, 8, v213
	v_lshlrev_b16_e32 v89, 8, v87
	v_perm_b32 v88, v89, v88, s96
	v_and_b32_e32 v89, 0x7f, v87
	v_cmp_ne_u16_e64 s[12:13], s99, v89
	v_cmp_ne_u16_e64 s[14:15], 0, v89
	v_cmp_ne_u16_e64 s[16:17], 1, v89
	v_cmp_ne_u16_e64 s[18:19], 2, v89
	v_cmp_ne_u16_e64 s[20:21], 3, v89
	v_cmp_ne_u16_e64 s[22:23], 4, v89
	v_cmp_ne_u16_e64 s[24:25], 5, v89
	v_cmp_ne_u16_e64 s[26:27], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_and_b32_e32 v89, 0x7f, v213
	v_lshlrev_b16_e32 v87, 7, v87
	v_cmp_ne_u16_e64 s[28:29], s99, v89
	v_cmp_ne_u16_e64 s[30:31], 0, v89
	v_cmp_ne_u16_e64 s[34:35], 1, v89
	v_cmp_ne_u16_e64 s[36:37], 2, v89
	v_cmp_ne_u16_e64 s[38:39], 3, v89
	v_cmp_ne_u16_e64 s[10:11], 4, v89
	v_cmp_ne_u16_e64 s[8:9], 5, v89
	v_cmp_ne_u16_e64 s[4:5], 6, v89
	v_cmp_ne_u16_e64 s[2:3], 7, v89
	v_lshlrev_b16_e32 v89, 7, v213
	v_and_b32_e32 v87, 0x3f80, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v87, 0x2000, v87
	v_cndmask_b32_e64 v87, v119, v87, s[12:13]
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v87, 0, v87, s[14:15]
	v_cndmask_b32_e64 v89, v119, v89, s[28:29]
	v_cndmask_b32_e64 v87, v78, v87, s[16:17]
	v_cndmask_b32_e64 v89, 0, v89, s[30:31]
	v_cndmask_b32_e64 v87, v79, v87, s[18:19]
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cndmask_b32_e64 v87, v80, v87, s[20:21]
	v_cndmask_b32_e64 v89, v79, v89, s[36:37]
	v_cndmask_b32_e64 v87, v81, v87, s[22:23]
	v_cndmask_b32_e64 v89, v80, v89, s[38:39]
	v_cndmask_b32_e64 v87, v82, v87, s[24:25]
	v_cndmask_b32_e64 v89, v81, v89, s[10:11]
	v_lshlrev_b16_sdwa v198, v86, v213 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v200, v213, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v204, v86, v213 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v87, v84, v87, s[26:27]
	v_cndmask_b32_e64 v89, v82, v89, s[8:9]
	v_and_b32_sdwa v206, v213, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s99, v200
	v_cmp_ne_u16_e64 s[22:23], 0, v200
	v_cmp_ne_u16_e64 s[24:25], 1, v200
	v_cmp_ne_u16_e64 s[26:27], 2, v200
	v_cmp_ne_u16_e64 s[28:29], 3, v200
	v_cmp_ne_u16_e64 s[30:31], 4, v200
	v_cmp_ne_u16_e64 s[34:35], 5, v200
	v_cmp_ne_u16_e64 s[36:37], 6, v200
	v_cmp_ne_u16_e64 s[38:39], 7, v200
	v_and_b32_e32 v200, 0x3f80, v204
	v_and_b32_e32 v198, 0x3f80, v198
	v_cndmask_b32_e64 v89, v84, v89, s[4:5]
	v_cndmask_b32_e32 v87, v83, v87, vcc
	v_cmp_ne_u16_e32 vcc, s99, v206
	v_add_u16_e32 v200, 0x2000, v200
	v_add_u16_e32 v198, 0x2000, v198
	v_cndmask_b32_e64 v89, v83, v89, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v206
	v_cndmask_b32_e32 v200, v119, v200, vcc
	v_cndmask_b32_e64 v198, v119, v198, s[20:21]
	v_cmp_ne_u16_e64 s[4:5], 1, v206
	v_cndmask_b32_e64 v200, 0, v200, s[2:3]
	v_cndmask_b32_e64 v198, 0, v198, s[22:23]
	v_cmp_ne_u16_e64 s[8:9], 2, v206
	v_cndmask_b32_e64 v200, v78, v200, s[4:5]
	v_cndmask_b32_e64 v198, v78, v198, s[24:25]
	v_cmp_ne_u16_e64 s[10:11], 3, v206
	v_cndmask_b32_e64 v200, v79, v200, s[8:9]
	v_cndmask_b32_e64 v198, v79, v198, s[26:27]
	v_cmp_ne_u16_e64 s[12:13], 4, v206
	v_cndmask_b32_e64 v200, v80, v200, s[10:11]
	v_cndmask_b32_e64 v198, v80, v198, s[28:29]
	v_cmp_ne_u16_e64 s[14:15], 5, v206
	v_cndmask_b32_e64 v200, v81, v200, s[12:13]
	v_cndmask_b32_e64 v198, v81, v198, s[30:31]
	v_cmp_ne_u16_e64 s[16:17], 6, v206
	v_cndmask_b32_e64 v200, v82, v200, s[14:15]
	v_cndmask_b32_e64 v198, v82, v198, s[34:35]
	v_cmp_ne_u16_e64 s[18:19], 7, v206
	v_cndmask_b32_e64 v200, v84, v200, s[16:17]
	v_cndmask_b32_e64 v198, v84, v198, s[36:37]
	v_perm_b32 v87, v87, v89, s96
	v_lshlrev_b16_sdwa v89, v85, v213 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v202, v85, v213 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v200, v83, v200, s[18:19]
	v_cndmask_b32_e64 v198, v83, v198, s[38:39]
	v_perm_b32 v89, v202, v89, s96
	v_perm_b32 v198, v200, v198, s96
	v_and_or_b32 v88, v88, s33, v87
	v_and_or_b32 v89, v89, s33, v198
	v_lshrrev_b32_e32 v87, 8, v211
	v_lshlrev_b16_sdwa v198, v86, v211 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[216:217], v[88:89], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v88, 8, v211
	v_lshlrev_b16_e32 v89, 8, v87
	v_perm_b32 v88, v89, v88, s96
	v_and_b32_e32 v89, 0x7f, v87
	v_cmp_ne_u16_e64 s[2:3], s99, v89
	v_cmp_ne_u16_e64 s[4:5], 0, v89
	v_cmp_ne_u16_e64 s[8:9], 1, v89
	v_cmp_ne_u16_e64 s[10:11], 2, v89
	v_cmp_ne_u16_e64 s[12:13], 3, v89
	v_cmp_ne_u16_e64 s[14:15], 4, v89
	v_cmp_ne_u16_e64 s[16:17], 5, v89
	v_cmp_ne_u16_e64 s[18:19], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_and_b32_e32 v89, 0x7f, v211
	v_cmp_ne_u16_e64 s[20:21], s99, v89
	v_cmp_ne_u16_e64 s[22:23], 0, v89
	v_cmp_ne_u16_e64 s[24:25], 1, v89
	v_cmp_ne_u16_e64 s[26:27], 2, v89
	v_cmp_ne_u16_e64 s[28:29], 3, v89
	v_cmp_ne_u16_e64 s[30:31], 4, v89
	v_cmp_ne_u16_e64 s[34:35], 5, v89
	v_cmp_ne_u16_e64 s[36:37], 6, v89
	v_cmp_ne_u16_e64 s[38:39], 7, v89
	v_lshlrev_b16_e32 v89, 7, v211
	v_and_b32_e32 v89, 0x3f80, v89
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v89, 0x2000, v89
	v_add_u16_e32 v87, 0x2000, v87
	v_cndmask_b32_e64 v89, v119, v89, s[20:21]
	v_cndmask_b32_e64 v87, v119, v87, s[2:3]
	v_cndmask_b32_e64 v89, 0, v89, s[22:23]
	v_cndmask_b32_e64 v87, 0, v87, s[4:5]
	v_cndmask_b32_e64 v89, v78, v89, s[24:25]
	v_cndmask_b32_e64 v87, v78, v87, s[8:9]
	v_cndmask_b32_e64 v89, v79, v89, s[26:27]
	v_cndmask_b32_e64 v87, v79, v87, s[10:11]
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cndmask_b32_e64 v87, v80, v87, s[12:13]
	v_cndmask_b32_e64 v89, v81, v89, s[30:31]
	v_cndmask_b32_e64 v87, v81, v87, s[14:15]
	v_cndmask_b32_e64 v89, v82, v89, s[34:35]
	v_cndmask_b32_e64 v87, v82, v87, s[16:17]
	v_cndmask_b32_e64 v89, v84, v89, s[36:37]
	v_and_b32_sdwa v200, v211, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v204, v86, v211 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v87, v84, v87, s[18:19]
	v_cndmask_b32_e64 v89, v83, v89, s[38:39]
	v_and_b32_sdwa v206, v211, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s99, v200
	v_cmp_ne_u16_e64 s[22:23], 0, v200
	v_cmp_ne_u16_e64 s[24:25], 1, v200
	v_cmp_ne_u16_e64 s[26:27], 2, v200
	v_cmp_ne_u16_e64 s[28:29], 3, v200
	v_cmp_ne_u16_e64 s[30:31], 4, v200
	v_cmp_ne_u16_e64 s[34:35], 5, v200
	v_cmp_ne_u16_e64 s[36:37], 6, v200
	v_cmp_ne_u16_e64 s[38:39], 7, v200
	v_and_b32_e32 v200, 0x3f80, v204
	v_and_b32_e32 v198, 0x3f80, v198
	v_cndmask_b32_e32 v87, v83, v87, vcc
	v_cmp_ne_u16_e32 vcc, s99, v206
	v_add_u16_e32 v200, 0x2000, v200
	v_add_u16_e32 v198, 0x2000, v198
	v_cmp_ne_u16_e64 s[2:3], 0, v206
	v_cndmask_b32_e32 v200, v119, v200, vcc
	v_cndmask_b32_e64 v198, v119, v198, s[20:21]
	v_cmp_ne_u16_e64 s[4:5], 1, v206
	v_cndmask_b32_e64 v200, 0, v200, s[2:3]
	v_cndmask_b32_e64 v198, 0, v198, s[22:23]
	v_cmp_ne_u16_e64 s[8:9], 2, v206
	v_cndmask_b32_e64 v200, v78, v200, s[4:5]
	v_cndmask_b32_e64 v198, v78, v198, s[24:25]
	v_cmp_ne_u16_e64 s[10:11], 3, v206
	v_cndmask_b32_e64 v200, v79, v200, s[8:9]
	v_cndmask_b32_e64 v198, v79, v198, s[26:27]
	v_cmp_ne_u16_e64 s[12:13], 4, v206
	v_cndmask_b32_e64 v200, v80, v200, s[10:11]
	v_cndmask_b32_e64 v198, v80, v198, s[28:29]
	v_cmp_ne_u16_e64 s[14:15], 5, v206
	v_cndmask_b32_e64 v200, v81, v200, s[12:13]
	v_cndmask_b32_e64 v198, v81, v198, s[30:31]
	v_cmp_ne_u16_e64 s[16:17], 6, v206
	v_cndmask_b32_e64 v200, v82, v200, s[14:15]
	v_cndmask_b32_e64 v198, v82, v198, s[34:35]
	v_cmp_ne_u16_e64 s[18:19], 7, v206
	v_cndmask_b32_e64 v200, v84, v200, s[16:17]
	v_cndmask_b32_e64 v198, v84, v198, s[36:37]
	v_perm_b32 v87, v87, v89, s96
	v_lshlrev_b16_sdwa v89, v85, v211 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v202, v85, v211 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v200, v83, v200, s[18:19]
	v_cndmask_b32_e64 v198, v83, v198, s[38:39]
	v_perm_b32 v89, v202, v89, s96
	v_perm_b32 v198, v200, v198, s96
	v_and_or_b32 v211, v89, s33, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v89, 7, v215
	v_and_b32_e32 v89, 0x3f80, v89
	v_cmp_ne_u16_e64 s[74:75], s99, v212
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[72:73], 0, v212
	v_cndmask_b32_e64 v89, v119, v89, s[74:75]
	v_cmp_ne_u16_e64 s[70:71], 1, v212
	v_cndmask_b32_e64 v89, 0, v89, s[72:73]
	v_cmp_ne_u16_e64 s[68:69], 2, v212
	v_cndmask_b32_e64 v89, v78, v89, s[70:71]
	v_cmp_ne_u16_e64 s[66:67], 3, v212
	v_cndmask_b32_e64 v89, v79, v89, s[68:69]
	v_cmp_ne_u16_e64 s[64:65], 4, v212
	v_cndmask_b32_e64 v89, v80, v89, s[66:67]
	v_cmp_ne_u16_e64 s[62:63], 5, v212
	v_cndmask_b32_e64 v89, v81, v89, s[64:65]
	v_cmp_ne_u16_e64 s[60:61], 6, v212
	v_cndmask_b32_e64 v89, v82, v89, s[62:63]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_or_b32 v210, v88, s33, v87
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v88, 8, v215
	v_cmp_ne_u16_e64 s[58:59], 7, v212
	v_cndmask_b32_e64 v89, v84, v89, s[60:61]
	v_lshrrev_b32_e32 v87, 8, v215
	v_and_b32_e32 v88, 0xffff8000, v88
	v_cndmask_b32_e64 v89, v83, v89, s[58:59]
	v_and_b32_sdwa v206, v215, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v88, v89, v88
	v_lshlrev_b16_e32 v89, 7, v87
	v_cmp_ne_u16_e64 s[18:19], s99, v206
	v_cmp_ne_u16_e64 s[16:17], 0, v206
	v_cmp_ne_u16_e64 s[14:15], 1, v206
	v_cmp_ne_u16_e64 s[12:13], 2, v206
	v_cmp_ne_u16_e64 s[10:11], 3, v206
	v_cmp_ne_u16_e64 s[8:9], 4, v206
	v_cmp_ne_u16_e64 s[4:5], 5, v206
	v_cmp_ne_u16_e64 s[2:3], 6, v206
	v_cmp_ne_u16_e32 vcc, 7, v206
	v_and_b32_e32 v206, 0x7f, v87
	v_and_b32_e32 v89, 0x3f80, v89
	v_cmp_ne_u16_e64 s[56:57], s99, v206
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[54:55], 0, v206
	v_cndmask_b32_e64 v89, v119, v89, s[56:57]
	v_cmp_ne_u16_e64 s[52:53], 1, v206
	v_cndmask_b32_e64 v89, 0, v89, s[54:55]
	v_cmp_ne_u16_e64 s[50:51], 2, v206
	v_cndmask_b32_e64 v89, v78, v89, s[52:53]
	v_cmp_ne_u16_e64 s[48:49], 3, v206
	v_cndmask_b32_e64 v89, v79, v89, s[50:51]
	v_cmp_ne_u16_e64 s[46:47], 4, v206
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cmp_ne_u16_e64 s[44:45], 5, v206
	v_cndmask_b32_e64 v89, v81, v89, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 6, v206
	v_cndmask_b32_e64 v89, v82, v89, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 7, v206
	v_cndmask_b32_e64 v89, v84, v89, s[42:43]
	v_lshlrev_b16_e32 v87, 8, v87
	v_lshlrev_b16_sdwa v200, v86, v215 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v89, v83, v89, s[40:41]
	v_and_b32_sdwa v208, v215, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v87, v89, v87
	v_and_b32_e32 v89, 0x3f80, v200
	v_cmp_ne_u16_e64 s[38:39], s99, v208
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[36:37], 0, v208
	v_cndmask_b32_e64 v89, v119, v89, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 1, v208
	v_cndmask_b32_e64 v89, 0, v89, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 2, v208
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cmp_ne_u16_e64 s[28:29], 3, v208
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cmp_ne_u16_e64 s[26:27], 4, v208
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cmp_ne_u16_e64 s[24:25], 5, v208
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 6, v208
	v_cndmask_b32_e64 v89, v82, v89, s[24:25]
	v_lshlrev_b16_sdwa v198, v85, v215 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[20:21], 7, v208
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_lshlrev_b16_sdwa v204, v86, v215 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v198, 0xffff8000, v198
	v_cndmask_b32_e64 v89, v83, v89, s[20:21]
	v_or_b32_e32 v89, v89, v198
	v_and_b32_e32 v198, 0x3f80, v204
	v_add_u16_e32 v198, 0x2000, v198
	v_cndmask_b32_e64 v198, v119, v198, s[18:19]
	v_cndmask_b32_e64 v198, 0, v198, s[16:17]
	v_cndmask_b32_e64 v198, v78, v198, s[14:15]
	v_cndmask_b32_e64 v198, v79, v198, s[12:13]
	v_cndmask_b32_e64 v198, v80, v198, s[10:11]
	v_cndmask_b32_e64 v198, v81, v198, s[8:9]
	v_cndmask_b32_e64 v198, v82, v198, s[4:5]
	v_lshlrev_b16_sdwa v202, v85, v215 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v198, v84, v198, s[2:3]
	v_and_b32_e32 v200, 0xffff8000, v202
	v_cndmask_b32_e32 v198, v83, v198, vcc
	v_or_b32_e32 v198, v198, v200
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v88, v87, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v87, 8, v209
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v89, v198, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v198, 8, v209
	v_lshlrev_b16_e32 v200, 8, v87
	v_perm_b32 v198, v200, v198, s96
	v_and_b32_e32 v200, 0x7f, v87
	v_cmp_ne_u16_e64 s[2:3], s99, v200
	v_cmp_ne_u16_e64 s[4:5], 0, v200
	v_cmp_ne_u16_e64 s[8:9], 1, v200
	v_cmp_ne_u16_e64 s[10:11], 2, v200
	v_cmp_ne_u16_e64 s[12:13], 3, v200
	v_cmp_ne_u16_e64 s[14:15], 4, v200
	v_cmp_ne_u16_e64 s[16:17], 5, v200
	v_cmp_ne_u16_e64 s[18:19], 6, v200
	v_cmp_ne_u16_e32 vcc, 7, v200
	v_and_b32_e32 v200, 0x7f, v209
	v_cmp_ne_u16_e64 s[20:21], s99, v200
	v_cmp_ne_u16_e64 s[22:23], 0, v200
	v_cmp_ne_u16_e64 s[24:25], 1, v200
	v_cmp_ne_u16_e64 s[26:27], 2, v200
	v_cmp_ne_u16_e64 s[28:29], 3, v200
	v_cmp_ne_u16_e64 s[30:31], 4, v200
	v_cmp_ne_u16_e64 s[34:35], 5, v200
	v_cmp_ne_u16_e64 s[36:37], 6, v200
	v_cmp_ne_u16_e64 s[38:39], 7, v200
	v_lshlrev_b16_e32 v200, 7, v209
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v200, 0x3f80, v200
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v87, 0x2000, v87
	v_add_u16_e32 v200, 0x2000, v200
	v_cndmask_b32_e64 v87, v119, v87, s[2:3]
	v_cndmask_b32_e64 v200, v119, v200, s[20:21]
	v_cndmask_b32_e64 v87, 0, v87, s[4:5]
	v_cndmask_b32_e64 v200, 0, v200, s[22:23]
	v_cndmask_b32_e64 v87, v78, v87, s[8:9]
	v_cndmask_b32_e64 v200, v78, v200, s[24:25]
	v_cndmask_b32_e64 v87, v79, v87, s[10:11]
	v_cndmask_b32_e64 v200, v79, v200, s[26:27]
	v_cndmask_b32_e64 v87, v80, v87, s[12:13]
	v_cndmask_b32_e64 v200, v80, v200, s[28:29]
	v_cndmask_b32_e64 v87, v81, v87, s[14:15]
	v_cndmask_b32_e64 v200, v81, v200, s[30:31]
	v_cndmask_b32_e64 v87, v82, v87, s[16:17]
	v_cndmask_b32_e64 v200, v82, v200, s[34:35]
	v_cndmask_b32_e64 v87, v84, v87, s[18:19]
	v_cndmask_b32_e64 v200, v84, v200, s[36:37]
	v_cndmask_b32_e32 v87, v83, v87, vcc
	v_cndmask_b32_e64 v200, v83, v200, s[38:39]
	v_perm_b32 v87, v87, v200, s96
	v_and_b32_sdwa v204, v209, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v208, v86, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v202, v86, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[20:21], s99, v204
	v_cmp_ne_u16_e64 s[22:23], 0, v204
	v_cmp_ne_u16_e64 s[24:25], 1, v204
	v_cmp_ne_u16_e64 s[26:27], 2, v204
	v_cmp_ne_u16_e64 s[28:29], 3, v204
	v_cmp_ne_u16_e64 s[30:31], 4, v204
	v_cmp_ne_u16_e64 s[34:35], 5, v204
	v_cmp_ne_u16_e64 s[36:37], 6, v204
	v_cmp_ne_u16_e64 s[38:39], 7, v204
	v_and_b32_e32 v204, 0x3f80, v208
	v_and_or_b32 v208, v198, s33, v87
	v_lshrrev_b32_e32 v198, 8, v207
	v_lshlrev_b16_sdwa v200, v85, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v206, v85, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v209, v209, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v202, 0x3f80, v202
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[210:211], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v87, 8, v207
	v_lshlrev_b16_e32 v89, 8, v198
	v_cmp_ne_u16_e32 vcc, s99, v209
	v_add_u16_e32 v204, 0x2000, v204
	v_add_u16_e32 v202, 0x2000, v202
	v_perm_b32 v87, v89, v87, s96
	v_lshlrev_b16_e32 v89, 7, v198
	v_cmp_ne_u16_e64 s[2:3], 0, v209
	v_cndmask_b32_e32 v204, v119, v204, vcc
	v_cndmask_b32_e64 v202, v119, v202, s[20:21]
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v198, 0x7f, v198
	v_cmp_ne_u16_e64 s[4:5], 1, v209
	v_cndmask_b32_e64 v204, 0, v204, s[2:3]
	v_cndmask_b32_e64 v202, 0, v202, s[22:23]
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e32 vcc, s99, v198
	v_cmp_ne_u16_e64 s[8:9], 2, v209
	v_cndmask_b32_e64 v204, v78, v204, s[4:5]
	v_cndmask_b32_e64 v202, v78, v202, s[24:25]
	v_cndmask_b32_e32 v89, v119, v89, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	v_cmp_ne_u16_e64 s[10:11], 3, v209
	v_cndmask_b32_e64 v204, v79, v204, s[8:9]
	v_cndmask_b32_e64 v202, v79, v202, s[26:27]
	v_cndmask_b32_e32 v89, 0, v89, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	v_cmp_ne_u16_e64 s[12:13], 4, v209
	v_cndmask_b32_e64 v204, v80, v204, s[10:11]
	v_cndmask_b32_e64 v202, v80, v202, s[28:29]
	v_cndmask_b32_e32 v89, v78, v89, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	v_cmp_ne_u16_e64 s[14:15], 5, v209
	v_cndmask_b32_e64 v204, v81, v204, s[12:13]
	v_cndmask_b32_e64 v202, v81, v202, s[30:31]
	v_cndmask_b32_e32 v89, v79, v89, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	v_cmp_ne_u16_e64 s[16:17], 6, v209
	v_cndmask_b32_e64 v204, v82, v204, s[14:15]
	v_cndmask_b32_e64 v202, v82, v202, s[34:35]
	v_cndmask_b32_e32 v89, v80, v89, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	v_cmp_ne_u16_e64 s[18:19], 7, v209
	v_cndmask_b32_e64 v204, v84, v204, s[16:17]
	v_cndmask_b32_e64 v202, v84, v202, s[36:37]
	v_cndmask_b32_e32 v89, v81, v89, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	v_cndmask_b32_e64 v204, v83, v204, s[18:19]
	v_cndmask_b32_e64 v202, v83, v202, s[38:39]
	v_lshlrev_b16_e32 v88, 7, v207
	v_cndmask_b32_e32 v89, v82, v89, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	v_perm_b32 v200, v206, v200, s96
	v_perm_b32 v202, v204, v202, s96
	v_and_b32_e32 v88, 0x3f80, v88
	v_cndmask_b32_e32 v89, v84, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_and_b32_e32 v198, 0x7f, v207
	v_and_or_b32 v209, v200, s33, v202
	v_add_u16_e32 v88, 0x2000, v88
	v_cmp_ne_u16_e64 s[2:3], s99, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v200, 7, v223
	v_and_b32_e32 v213, 0x7f, v223
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v119, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v200, 0x3f80, v200
	v_cmp_ne_u16_e64 s[58:59], s99, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, 0, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v200, 0x2000, v200
	v_cmp_ne_u16_e64 s[60:61], 0, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v78, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v200, v119, v200, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 1, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v79, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v200, 0, v200, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 2, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v80, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v200, v78, v200, s[62:63]
	v_cmp_ne_u16_e64 s[66:67], 3, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v81, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v200, v79, v200, s[64:65]
	v_cmp_ne_u16_e64 s[68:69], 4, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v82, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v200, v80, v200, s[66:67]
	v_cmp_ne_u16_e64 s[70:71], 5, v213
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v84, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v200, v81, v200, s[68:69]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_cndmask_b32_e64 v88, v83, v88, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[72:73], 6, v213
	v_cndmask_b32_e64 v200, v82, v200, s[70:71]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_perm_b32 v198, v89, v88, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v89, 8, v223
	v_cmp_ne_u16_e64 s[74:75], 7, v213
	v_cndmask_b32_e64 v200, v84, v200, s[72:73]
	v_lshrrev_b32_e32 v88, 8, v223
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v200, v83, v200, s[74:75]
	v_and_b32_sdwa v211, v223, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v200, v200, v89
	v_lshlrev_b16_e32 v89, 7, v88
	v_cmp_ne_u16_e64 s[18:19], s99, v211
	v_cmp_ne_u16_e64 s[16:17], 0, v211
	v_cmp_ne_u16_e64 s[14:15], 1, v211
	v_cmp_ne_u16_e64 s[12:13], 2, v211
	v_cmp_ne_u16_e64 s[10:11], 3, v211
	v_cmp_ne_u16_e64 s[8:9], 4, v211
	v_cmp_ne_u16_e64 s[4:5], 5, v211
	v_cmp_ne_u16_e64 s[2:3], 6, v211
	v_cmp_ne_u16_e32 vcc, 7, v211
	v_and_b32_e32 v211, 0x7f, v88
	v_and_b32_e32 v89, 0x3f80, v89
	v_cmp_ne_u16_e64 s[56:57], s99, v211
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[54:55], 0, v211
	v_cndmask_b32_e64 v89, v119, v89, s[56:57]
	v_cmp_ne_u16_e64 s[52:53], 1, v211
	v_cndmask_b32_e64 v89, 0, v89, s[54:55]
	v_cmp_ne_u16_e64 s[50:51], 2, v211
	v_cndmask_b32_e64 v89, v78, v89, s[52:53]
	v_cmp_ne_u16_e64 s[48:49], 3, v211
	v_cndmask_b32_e64 v89, v79, v89, s[50:51]
	v_cmp_ne_u16_e64 s[46:47], 4, v211
	v_cndmask_b32_e64 v89, v80, v89, s[48:49]
	v_cmp_ne_u16_e64 s[44:45], 5, v211
	v_cndmask_b32_e64 v89, v81, v89, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 6, v211
	v_cndmask_b32_e64 v89, v82, v89, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 7, v211
	v_cndmask_b32_e64 v89, v84, v89, s[42:43]
	v_lshlrev_b16_e32 v88, 8, v88
	v_lshlrev_b16_sdwa v204, v86, v223 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v88, 0xffff8000, v88
	v_cndmask_b32_e64 v89, v83, v89, s[40:41]
	v_and_b32_sdwa v212, v223, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v88, v89, v88
	v_and_b32_e32 v89, 0x3f80, v204
	v_cmp_ne_u16_e64 s[38:39], s99, v212
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e64 s[36:37], 0, v212
	v_cndmask_b32_e64 v89, v119, v89, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 1, v212
	v_cndmask_b32_e64 v89, 0, v89, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 2, v212
	v_cndmask_b32_e64 v89, v78, v89, s[34:35]
	v_cmp_ne_u16_e64 s[28:29], 3, v212
	v_cndmask_b32_e64 v89, v79, v89, s[30:31]
	v_cmp_ne_u16_e64 s[26:27], 4, v212
	v_cndmask_b32_e64 v89, v80, v89, s[28:29]
	v_cmp_ne_u16_e64 s[24:25], 5, v212
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 6, v212
	v_cndmask_b32_e64 v89, v82, v89, s[24:25]
	v_lshlrev_b16_sdwa v202, v85, v223 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[20:21], 7, v212
	v_cndmask_b32_e64 v89, v84, v89, s[22:23]
	v_lshlrev_b16_sdwa v210, v86, v223 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v202, 0xffff8000, v202
	v_cndmask_b32_e64 v89, v83, v89, s[20:21]
	v_or_b32_e32 v89, v89, v202
	v_and_b32_e32 v202, 0x3f80, v210
	v_add_u16_e32 v202, 0x2000, v202
	v_cndmask_b32_e64 v202, v119, v202, s[18:19]
	v_cndmask_b32_e64 v202, 0, v202, s[16:17]
	v_cndmask_b32_e64 v202, v78, v202, s[14:15]
	v_cndmask_b32_e64 v202, v79, v202, s[12:13]
	v_cndmask_b32_e64 v202, v80, v202, s[10:11]
	v_cndmask_b32_e64 v202, v81, v202, s[8:9]
	v_cndmask_b32_e64 v202, v82, v202, s[4:5]
	v_lshlrev_b16_sdwa v206, v85, v223 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v202, v84, v202, s[2:3]
	v_and_b32_e32 v204, 0xffff8000, v206
	v_cndmask_b32_e32 v202, v83, v202, vcc
	v_or_b32_e32 v202, v202, v204
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v88, v88, v200, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v200, v86, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v89, v202, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_sdwa v202, v207, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v200, 0x3f80, v200
	v_cmp_ne_u16_e64 s[58:59], s99, v202
	v_add_u16_e32 v200, 0x2000, v200
	v_cmp_ne_u16_e64 s[56:57], 0, v202
	v_cndmask_b32_e64 v200, v119, v200, s[58:59]
	v_cmp_ne_u16_e64 s[54:55], 1, v202
	v_cndmask_b32_e64 v200, 0, v200, s[56:57]
	v_cmp_ne_u16_e64 s[52:53], 2, v202
	v_cndmask_b32_e64 v200, v78, v200, s[54:55]
	v_cmp_ne_u16_e64 s[50:51], 3, v202
	v_cndmask_b32_e64 v200, v79, v200, s[52:53]
	v_cmp_ne_u16_e64 s[48:49], 4, v202
	v_cndmask_b32_e64 v200, v80, v200, s[50:51]
	v_lshlrev_b16_sdwa v210, v86, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[46:47], 5, v202
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[208:209], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v88, 7, v221
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v200, v81, v200, s[48:49]
	v_lshlrev_b16_sdwa v204, v85, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v206, v85, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v207, v207, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], 6, v202
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v213, 0x7f, v221
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v210, 0x3f80, v210
	v_cndmask_b32_e64 v200, v82, v200, s[46:47]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v88, 0x3f80, v88
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[84:85], s99, v207
	v_add_u16_e32 v210, 0x2000, v210
	v_cndmask_b32_e64 v200, v84, v200, s[44:45]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[44:45], s99, v213
	v_add_u16_e32 v88, 0x2000, v88
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[80:81], 0, v207
	v_cndmask_b32_e64 v210, v119, v210, s[84:85]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[46:47], 0, v213
	v_cndmask_b32_e64 v88, v119, v88, s[44:45]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[76:77], 1, v207
	v_cndmask_b32_e64 v210, 0, v210, s[80:81]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[48:49], 1, v213
	v_cndmask_b32_e64 v88, 0, v88, s[46:47]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[72:73], 2, v207
	v_cndmask_b32_e64 v210, v78, v210, s[76:77]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[50:51], 2, v213
	v_cndmask_b32_e64 v88, v78, v88, s[48:49]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[68:69], 3, v207
	v_cndmask_b32_e64 v210, v79, v210, s[72:73]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[52:53], 3, v213
	v_cndmask_b32_e64 v88, v79, v88, s[50:51]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[66:67], 4, v207
	v_cndmask_b32_e64 v210, v80, v210, s[68:69]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[54:55], 4, v213
	v_cndmask_b32_e64 v88, v80, v88, s[52:53]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[62:63], 5, v207
	v_cmp_ne_u16_e64 s[2:3], 7, v202
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshrrev_b32_e32 v202, 8, v221
	v_and_b32_sdwa v211, v221, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, v81, v210, s[66:67]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[56:57], 5, v213
	v_cndmask_b32_e64 v88, v81, v88, s[54:55]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e64 s[60:61], 6, v207
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[22:23], s99, v211
	v_cmp_ne_u16_e64 s[20:21], 0, v211
	v_cmp_ne_u16_e64 s[18:19], 1, v211
	v_cmp_ne_u16_e64 s[16:17], 2, v211
	v_cmp_ne_u16_e64 s[14:15], 3, v211
	v_cmp_ne_u16_e64 s[12:13], 4, v211
	v_cmp_ne_u16_e64 s[10:11], 5, v211
	v_cmp_ne_u16_e64 s[8:9], 6, v211
	v_cmp_ne_u16_e64 s[4:5], 7, v211
	v_and_b32_e32 v211, 0x7f, v202
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, v82, v210, s[62:63]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[58:59], 6, v213
	v_cndmask_b32_e64 v88, v82, v88, s[56:57]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_perm_b32 v204, v206, v204, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v206, 8, v221
	v_cmp_ne_u16_e64 s[92:93], s99, v211
	v_cmp_ne_u16_e64 s[90:91], 0, v211
	v_cmp_ne_u16_e64 s[88:89], 1, v211
	v_cmp_ne_u16_e64 s[86:87], 2, v211
	v_cmp_ne_u16_e64 s[82:83], 3, v211
	v_cmp_ne_u16_e64 s[78:79], 4, v211
	v_cmp_ne_u16_e64 s[74:75], 5, v211
	v_cmp_ne_u16_e64 s[70:71], 6, v211
	v_cmp_ne_u16_e64 s[64:65], 7, v211
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v211, v84, v210, s[60:61]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[60:61], 7, v213
	v_cndmask_b32_e64 v88, v84, v88, s[58:59]
	v_and_b32_e32 v206, 0xffff8000, v206
	v_cndmask_b32_e64 v88, v83, v88, s[60:61]
	v_or_b32_e32 v88, v88, v206
	v_lshlrev_b16_e32 v206, 7, v202
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cmp_ne_u16_e32 vcc, 7, v207
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v207, v86, v221 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v209, v86, v221 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v206, 0x3f80, v206
	v_and_b32_sdwa v212, v221, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v207, 0x3f80, v207
	v_add_u16_e32 v206, 0x2000, v206
	v_and_b32_e32 v209, 0x3f80, v209
	v_cmp_ne_u16_e64 s[42:43], s99, v212
	v_add_u16_e32 v207, 0x2000, v207
	v_cndmask_b32_e64 v206, v119, v206, s[92:93]
	v_add_u16_e32 v209, 0x2000, v209
	v_cmp_ne_u16_e64 s[40:41], 0, v212
	v_cndmask_b32_e64 v207, v119, v207, s[42:43]
	v_cndmask_b32_e64 v206, 0, v206, s[90:91]
	v_cndmask_b32_e64 v209, v119, v209, s[22:23]
	v_cmp_ne_u16_e64 s[38:39], 1, v212
	v_cndmask_b32_e64 v207, 0, v207, s[40:41]
	v_cndmask_b32_e64 v206, v78, v206, s[88:89]
	v_cndmask_b32_e64 v209, 0, v209, s[20:21]
	v_cmp_ne_u16_e64 s[36:37], 2, v212
	v_cndmask_b32_e64 v207, v78, v207, s[38:39]
	v_cndmask_b32_e64 v206, v79, v206, s[86:87]
	v_cndmask_b32_e64 v209, v78, v209, s[18:19]
	v_cmp_ne_u16_e64 s[34:35], 3, v212
	v_cndmask_b32_e64 v207, v79, v207, s[36:37]
	v_cndmask_b32_e64 v206, v80, v206, s[82:83]
	v_cndmask_b32_e64 v209, v79, v209, s[16:17]
	v_cmp_ne_u16_e64 s[30:31], 4, v212
	v_cndmask_b32_e64 v207, v80, v207, s[34:35]
	v_cndmask_b32_e64 v206, v81, v206, s[78:79]
	v_cndmask_b32_e64 v209, v80, v209, s[14:15]
	v_cmp_ne_u16_e64 s[28:29], 5, v212
	v_cndmask_b32_e64 v207, v81, v207, s[30:31]
	v_cndmask_b32_e64 v206, v82, v206, s[74:75]
	v_cndmask_b32_e64 v209, v81, v209, s[12:13]
	v_cmp_ne_u16_e64 s[26:27], 6, v212
	v_cndmask_b32_e64 v207, v82, v207, s[28:29]
	v_cndmask_b32_e64 v206, v84, v206, s[70:71]
	v_lshlrev_b16_e32 v202, 8, v202
	v_cndmask_b32_e64 v209, v82, v209, s[10:11]
	v_lshlrev_b16_sdwa v89, v85, v221 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v208, v85, v221 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[24:25], 7, v212
	v_cndmask_b32_e64 v207, v84, v207, s[26:27]
	v_and_b32_e32 v202, 0xffff8000, v202
	v_cndmask_b32_e64 v206, v83, v206, s[64:65]
	v_cndmask_b32_e64 v209, v84, v209, s[8:9]
	v_or_b32_e32 v202, v206, v202
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v206, v83, v207, s[24:25]
	v_and_b32_e32 v208, 0xffff8000, v208
	v_cndmask_b32_e64 v209, v83, v209, s[4:5]
	v_or_b32_e32 v89, v206, v89
	v_or_b32_e32 v208, v209, v208
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v89, v208, v89, s96
	v_perm_b32 v88, v202, v88, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_or_b32 v210, v87, s33, v198
	v_cndmask_b32_e32 v87, v83, v211, vcc
	v_cndmask_b32_e64 v198, v83, v200, s[2:3]
	v_perm_b32 v87, v87, v198, s96
	v_lshrrev_b32_e32 v212, 8, v205
	v_and_or_b32 v211, v204, s33, v87
	v_lshlrev_b16_e32 v87, 8, v205
	v_and_b32_e32 v198, 0x7f, v212
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[210:211], v[0:15]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v89, 8, v212
	v_perm_b32 v87, v89, v87, s96
	v_lshlrev_b16_e32 v89, 7, v212
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e32 vcc, s99, v198
	v_lshlrev_b16_e32 v88, 7, v205
	v_and_b32_e32 v88, 0x3f80, v88
	v_cndmask_b32_e32 v89, v119, v89, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	v_add_u16_e32 v88, 0x2000, v88
	v_lshlrev_b16_sdwa v202, v85, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v89, 0, v89, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	v_lshlrev_b16_sdwa v204, v86, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v200, v205, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v89, v78, v89, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	v_lshlrev_b16_sdwa v210, v86, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v211, v86, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v89, v79, v89, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v212, v86, v219 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v213, v219, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v89, v80, v89, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v212, 0x3f80, v212
	v_add_u16_e32 v212, 0x2000, v212
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v89, v81, v89, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v215, 0x7f, v219
	v_cmp_ne_u16_e64 s[8:9], s99, v215
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v89, v82, v89, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_sdwa v216, v225, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v217, v225, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v89, v84, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_and_b32_e32 v198, 0x7f, v205
	v_cmp_ne_u16_e64 s[2:3], s99, v198
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_cndmask_b32_e64 v88, v119, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[20:21], s99, v216
	v_cmp_ne_u16_e64 s[22:23], s99, v217
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, 0, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[26:27], s99, v218
	v_and_b32_e32 v221, 0x7f, v227
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v78, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v222, v86, v229 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_read_b32 v207, a21
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v79, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v198
	v_accvgpr_read_b32 v206, a20
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[206:207], v[206:207], 0, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v88, v80, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v198
	v_accvgpr_read_b32 v209, a23
	v_accvgpr_read_b32 v208, a22
	v_cndmask_b32_e64 v88, v81, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v198
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[208:209], v[208:209], 0, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_nop 0
	v_cndmask_b32_e64 v88, v82, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v198
	v_lshlrev_b16_sdwa v198, v86, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v198, 0x3f80, v198
	v_cndmask_b32_e64 v88, v84, v88, s[2:3]
	v_cndmask_b32_e32 v88, v83, v88, vcc
	v_perm_b32 v88, v89, v88, s96
	v_lshlrev_b16_sdwa v89, v85, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v205, v205, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_perm_b32 v89, v202, v89, s96
	v_and_b32_e32 v202, 0x3f80, v204
	v_add_u16_e32 v202, 0x2000, v202
	v_cmp_ne_u16_e32 vcc, s99, v205
	v_add_u16_e32 v198, 0x2000, v198
	v_cmp_ne_u16_e64 s[2:3], s99, v200
	v_cndmask_b32_e32 v202, v119, v202, vcc
	v_cmp_ne_u16_e32 vcc, 0, v205
	v_cndmask_b32_e64 v198, v119, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v200
	v_cndmask_b32_e32 v202, 0, v202, vcc
	v_cmp_ne_u16_e32 vcc, 1, v205
	v_cndmask_b32_e64 v198, 0, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v200
	v_cndmask_b32_e32 v202, v78, v202, vcc
	v_cmp_ne_u16_e32 vcc, 2, v205
	v_cndmask_b32_e64 v198, v78, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v200
	v_cndmask_b32_e32 v202, v79, v202, vcc
	v_cmp_ne_u16_e32 vcc, 3, v205
	v_cndmask_b32_e64 v198, v79, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v200
	v_cndmask_b32_e32 v202, v80, v202, vcc
	v_cmp_ne_u16_e32 vcc, 4, v205
	v_cndmask_b32_e64 v198, v80, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v200
	v_cndmask_b32_e32 v202, v81, v202, vcc
	v_cmp_ne_u16_e32 vcc, 5, v205
	v_cndmask_b32_e64 v198, v81, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v200
	v_cndmask_b32_e32 v202, v82, v202, vcc
	v_cmp_ne_u16_e32 vcc, 6, v205
	v_cndmask_b32_e64 v198, v82, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v200
	v_cndmask_b32_e32 v202, v84, v202, vcc
	v_cmp_ne_u16_e32 vcc, 7, v205
	v_cndmask_b32_e64 v198, v84, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v200
	v_and_or_b32 v204, v87, s33, v88
	v_cndmask_b32_e32 v87, v83, v202, vcc
	v_cndmask_b32_e64 v88, v83, v198, s[2:3]
	v_lshrrev_b32_e32 v200, 8, v203
	v_perm_b32 v87, v87, v88, s96
	v_and_or_b32 v205, v89, s33, v87
	v_lshlrev_b16_e32 v87, 8, v203
	v_lshlrev_b16_e32 v89, 8, v200
	v_perm_b32 v87, v89, v87, s96
	v_lshlrev_b16_e32 v89, 7, v200
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v198, 0x7f, v200
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e32 vcc, s99, v198
	v_lshlrev_b16_e32 v88, 7, v203
	v_and_b32_e32 v88, 0x3f80, v88
	v_cndmask_b32_e32 v89, v119, v89, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	v_add_u16_e32 v88, 0x2000, v88
	v_lshlrev_b16_sdwa v202, v85, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v89, 0, v89, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	v_and_b32_sdwa v200, v203, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v89, v78, v89, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v79, v89, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v80, v89, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v81, v89, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v82, v89, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v84, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_and_b32_e32 v198, 0x7f, v203
	v_cmp_ne_u16_e64 s[2:3], s99, v198
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_cndmask_b32_e64 v88, v119, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v198
	s_nop 1
	v_cndmask_b32_e64 v88, 0, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v78, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v79, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v80, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v81, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v82, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v198
	v_lshlrev_b16_sdwa v198, v86, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v198, 0x3f80, v198
	v_cndmask_b32_e64 v88, v84, v88, s[2:3]
	v_cndmask_b32_e32 v88, v83, v88, vcc
	v_perm_b32 v88, v89, v88, s96
	v_lshlrev_b16_sdwa v89, v85, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v203, v203, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_perm_b32 v89, v202, v89, s96
	v_and_b32_e32 v202, 0x3f80, v210
	v_add_u16_e32 v202, 0x2000, v202
	v_cmp_ne_u16_e32 vcc, s99, v203
	v_add_u16_e32 v198, 0x2000, v198
	v_cmp_ne_u16_e64 s[2:3], s99, v200
	v_cndmask_b32_e32 v202, v119, v202, vcc
	v_cmp_ne_u16_e32 vcc, 0, v203
	v_cndmask_b32_e64 v198, v119, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v200
	v_cndmask_b32_e32 v202, 0, v202, vcc
	v_cmp_ne_u16_e32 vcc, 1, v203
	v_cndmask_b32_e64 v198, 0, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v200
	v_cndmask_b32_e32 v202, v78, v202, vcc
	v_cmp_ne_u16_e32 vcc, 2, v203
	v_cndmask_b32_e64 v198, v78, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v200
	v_cndmask_b32_e32 v202, v79, v202, vcc
	v_cmp_ne_u16_e32 vcc, 3, v203
	v_cndmask_b32_e64 v198, v79, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v200
	v_cndmask_b32_e32 v202, v80, v202, vcc
	v_cmp_ne_u16_e32 vcc, 4, v203
	v_cndmask_b32_e64 v198, v80, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v200
	v_cndmask_b32_e32 v202, v81, v202, vcc
	v_cmp_ne_u16_e32 vcc, 5, v203
	v_cndmask_b32_e64 v198, v81, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v200
	v_cndmask_b32_e32 v202, v82, v202, vcc
	v_cmp_ne_u16_e32 vcc, 6, v203
	v_cndmask_b32_e64 v198, v82, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v200
	v_cndmask_b32_e32 v210, v84, v202, vcc
	v_cmp_ne_u16_e32 vcc, 7, v203
	v_cndmask_b32_e64 v198, v84, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v200
	v_and_or_b32 v202, v87, s33, v88
	v_cndmask_b32_e32 v87, v83, v210, vcc
	v_cndmask_b32_e64 v88, v83, v198, s[2:3]
	v_lshrrev_b32_e32 v200, 8, v201
	v_perm_b32 v87, v87, v88, s96
	v_and_or_b32 v203, v89, s33, v87
	v_lshlrev_b16_e32 v87, 8, v201
	v_lshlrev_b16_e32 v89, 8, v200
	v_perm_b32 v87, v89, v87, s96
	v_lshlrev_b16_e32 v89, 7, v200
	v_and_b32_e32 v89, 0x3f80, v89
	v_and_b32_e32 v198, 0x7f, v200
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e32 vcc, s99, v198
	v_lshlrev_b16_e32 v88, 7, v201
	v_and_b32_e32 v88, 0x3f80, v88
	v_cndmask_b32_e32 v89, v119, v89, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	v_add_u16_e32 v88, 0x2000, v88
	v_and_b32_sdwa v200, v201, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v89, 0, v89, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	v_lshlrev_b16_sdwa v210, v85, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	s_nop 0
	v_cndmask_b32_e32 v89, v78, v89, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v79, v89, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v80, v89, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v81, v89, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v82, v89, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	s_nop 1
	v_cndmask_b32_e32 v89, v84, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_and_b32_e32 v198, 0x7f, v201
	v_cmp_ne_u16_e64 s[2:3], s99, v198
	v_cndmask_b32_e32 v89, v83, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_cndmask_b32_e64 v88, v119, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v198
	s_nop 1
	v_cndmask_b32_e64 v88, 0, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v78, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v79, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v80, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v81, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v198
	s_nop 1
	v_cndmask_b32_e64 v88, v82, v88, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v198
	v_lshlrev_b16_sdwa v198, v86, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v198, 0x3f80, v198
	v_cndmask_b32_e64 v88, v84, v88, s[2:3]
	v_cndmask_b32_e32 v88, v83, v88, vcc
	v_perm_b32 v88, v89, v88, s96
	v_lshlrev_b16_sdwa v89, v85, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v201, v201, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_perm_b32 v89, v210, v89, s96
	v_and_b32_e32 v210, 0x3f80, v211
	v_add_u16_e32 v198, 0x2000, v198
	v_cmp_ne_u16_e64 s[2:3], s99, v200
	v_add_u16_e32 v210, 0x2000, v210
	v_cmp_ne_u16_e32 vcc, s99, v201
	v_cndmask_b32_e64 v198, v119, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v200
	v_cndmask_b32_e32 v210, v119, v210, vcc
	v_cmp_ne_u16_e32 vcc, 0, v201
	v_cndmask_b32_e64 v198, 0, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v200
	v_cndmask_b32_e32 v210, 0, v210, vcc
	v_cmp_ne_u16_e32 vcc, 1, v201
	v_cndmask_b32_e64 v198, v78, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v200
	v_cndmask_b32_e32 v210, v78, v210, vcc
	v_cmp_ne_u16_e32 vcc, 2, v201
	v_cndmask_b32_e64 v198, v79, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v200
	v_cndmask_b32_e32 v210, v79, v210, vcc
	v_cmp_ne_u16_e32 vcc, 3, v201
	v_cndmask_b32_e64 v198, v80, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v200
	v_cndmask_b32_e32 v210, v80, v210, vcc
	v_cmp_ne_u16_e32 vcc, 4, v201
	v_cndmask_b32_e64 v198, v81, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v200
	v_cndmask_b32_e32 v210, v81, v210, vcc
	v_cmp_ne_u16_e32 vcc, 5, v201
	v_cndmask_b32_e64 v198, v82, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v200
	v_cndmask_b32_e32 v210, v82, v210, vcc
	v_cmp_ne_u16_e32 vcc, 6, v201
	v_cndmask_b32_e64 v198, v84, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v200
	v_cndmask_b32_e32 v210, v84, v210, vcc
	v_cmp_ne_u16_e32 vcc, 7, v201
	v_and_or_b32 v200, v87, s33, v88
	v_cndmask_b32_e64 v88, v83, v198, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v198, v86, v219 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v87, v83, v210, vcc
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e32 vcc, s99, v213
	v_and_b32_e32 v198, 0x3f80, v198
	v_add_u16_e32 v198, 0x2000, v198
	v_cndmask_b32_e32 v212, v119, v212, vcc
	v_cmp_ne_u16_e32 vcc, 0, v213
	v_cmp_ne_u16_e64 s[2:3], s99, v214
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_perm_b32 v87, v87, v88, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e32 v212, 0, v212, vcc
	v_cmp_ne_u16_e32 vcc, 1, v213
	v_cndmask_b32_e64 v198, v119, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v214
	v_cndmask_b32_e32 v212, v78, v212, vcc
	v_cmp_ne_u16_e32 vcc, 2, v213
	v_cndmask_b32_e64 v198, 0, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v214
	v_cndmask_b32_e32 v212, v79, v212, vcc
	v_cmp_ne_u16_e32 vcc, 3, v213
	v_cndmask_b32_e64 v198, v78, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v214
	v_cndmask_b32_e32 v212, v80, v212, vcc
	v_cmp_ne_u16_e32 vcc, 4, v213
	v_cndmask_b32_e64 v198, v79, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v214
	v_lshlrev_b16_e32 v88, 7, v219
	v_cndmask_b32_e32 v212, v81, v212, vcc
	v_cmp_ne_u16_e32 vcc, 5, v213
	v_cndmask_b32_e64 v198, v80, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v214
	v_lshrrev_b32_e32 v211, 8, v219
	v_cndmask_b32_e32 v212, v82, v212, vcc
	v_cmp_ne_u16_e32 vcc, 6, v213
	v_cndmask_b32_e64 v198, v81, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v214
	v_and_b32_e32 v88, 0x3f80, v88
	v_cndmask_b32_e32 v212, v84, v212, vcc
	v_cmp_ne_u16_e32 vcc, 7, v213
	v_cndmask_b32_e64 v198, v82, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v214
	v_lshlrev_b16_e32 v213, 7, v211
	v_add_u16_e32 v88, 0x2000, v88
	v_cndmask_b32_e64 v198, v84, v198, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v214
	v_and_b32_e32 v213, 0x3f80, v213
	v_and_b32_e32 v214, 0x7f, v211
	v_cndmask_b32_e64 v88, v119, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 0, v215
	v_add_u16_e32 v213, 0x2000, v213
	v_cmp_ne_u16_e64 s[4:5], s99, v214
	v_cndmask_b32_e64 v88, 0, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 1, v215
	v_cndmask_b32_e64 v213, v119, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v214
	v_cndmask_b32_e64 v88, v78, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 2, v215
	v_cndmask_b32_e64 v213, 0, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v214
	v_cndmask_b32_e64 v88, v79, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 3, v215
	v_cndmask_b32_e64 v213, v78, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v214
	v_cndmask_b32_e64 v88, v80, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 4, v215
	v_cndmask_b32_e64 v213, v79, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v214
	v_cndmask_b32_e64 v88, v81, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 5, v215
	v_cndmask_b32_e64 v213, v80, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v214
	v_cndmask_b32_e64 v88, v82, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 6, v215
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_or_b32 v201, v89, s33, v87
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v87, 8, v219
	v_cndmask_b32_e64 v213, v81, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v214
	v_cndmask_b32_e64 v88, v84, v88, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 7, v215
	v_cndmask_b32_e64 v213, v82, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v214
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e64 v88, v83, v88, s[8:9]
	v_cndmask_b32_e64 v213, v84, v213, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v214
	v_or_b32_e32 v87, v88, v87
	v_lshlrev_b16_e32 v88, 8, v211
	v_lshlrev_b16_sdwa v89, v85, v219 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v210, v85, v219 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v88, 0xffff8000, v88
	v_cndmask_b32_e64 v211, v83, v213, s[4:5]
	v_or_b32_e32 v88, v211, v88
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v198, v83, v198, s[2:3]
	v_and_b32_e32 v210, 0xffff8000, v210
	v_cndmask_b32_e32 v211, v83, v212, vcc
	v_or_b32_e32 v89, v198, v89
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshrrev_b32_e32 v198, 8, v199
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v210, v211, v210
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v88, v88, v87, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_e32 v87, 7, v199
	v_lshlrev_b16_e32 v211, 8, v199
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v89, v210, v89, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v210, 0x3f80, v87
	v_lshlrev_b16_e32 v87, 8, v198
	v_perm_b32 v87, v87, v211, s96
	v_lshlrev_b16_e32 v211, 7, v198
	v_and_b32_e32 v211, 0x3f80, v211
	v_and_b32_e32 v198, 0x7f, v198
	v_add_u16_e32 v211, 0x2000, v211
	v_cmp_ne_u16_e32 vcc, s99, v198
	v_add_u16_e32 v210, 0x2000, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v215, v86, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v119, v211, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[204:205], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v204, v86, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, 0, v211, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v215, 0x3f80, v215
	v_add_u16_e32 v215, 0x2000, v215
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v78, v211, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v204, 0x3f80, v204
	v_cndmask_b32_e64 v215, v119, v215, s[20:21]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v79, v211, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[20:21], 0, v216
	v_add_u16_e32 v204, 0x2000, v204
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v80, v211, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v215, 0, v215, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v216
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v81, v211, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v204, v119, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v217
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v82, v211, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v215, v78, v215, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v216
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v84, v211, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_and_b32_e32 v198, 0x7f, v199
	v_cmp_ne_u16_e64 s[2:3], s99, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v204, 0, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v217
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, v119, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v215, v79, v215, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v216
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, 0, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v204, v78, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v217
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, v78, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v198
	v_and_b32_sdwa v89, v199, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v215, v80, v215, s[20:21]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, v79, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[20:21], 4, v216
	v_cndmask_b32_e64 v204, v79, v204, s[22:23]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v210, v80, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v198
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[22:23], 3, v217
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v211, v83, v211, vcc
	v_cndmask_b32_e64 v210, v81, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v198
	v_cmp_ne_u16_e64 s[18:19], s99, v89
	v_cmp_ne_u16_e64 s[16:17], 0, v89
	v_cndmask_b32_e64 v210, v82, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v198
	v_cmp_ne_u16_e64 s[14:15], 1, v89
	v_cmp_ne_u16_e64 s[12:13], 2, v89
	v_cndmask_b32_e64 v210, v84, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v198
	v_cmp_ne_u16_e64 s[4:5], 4, v89
	v_cmp_ne_u16_e64 s[8:9], 5, v89
	v_cndmask_b32_e64 v210, v83, v210, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v89
	v_cmp_ne_u16_e64 s[10:11], 6, v89
	v_cmp_ne_u16_e32 vcc, 7, v89
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v89, 7, v225
	v_cndmask_b32_e64 v215, v81, v215, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v216
	v_cndmask_b32_e64 v204, v80, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v217
	v_lshrrev_b32_e32 v198, 8, v225
	v_cndmask_b32_e64 v215, v82, v215, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v216
	v_cndmask_b32_e64 v204, v81, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v217
	v_and_b32_e32 v89, 0x3f80, v89
	v_cndmask_b32_e64 v215, v84, v215, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v216
	v_cndmask_b32_e64 v204, v82, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v217
	v_lshlrev_b16_e32 v216, 7, v198
	v_add_u16_e32 v89, 0x2000, v89
	v_cndmask_b32_e64 v204, v84, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v217
	v_and_b32_e32 v216, 0x3f80, v216
	v_and_b32_e32 v217, 0x7f, v198
	v_cndmask_b32_e64 v89, v119, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v218
	v_add_u16_e32 v216, 0x2000, v216
	v_cmp_ne_u16_e64 s[24:25], s99, v217
	v_cndmask_b32_e64 v89, 0, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v218
	v_cndmask_b32_e64 v216, v119, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v217
	v_cndmask_b32_e64 v89, v78, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v218
	v_cndmask_b32_e64 v216, 0, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v217
	v_cndmask_b32_e64 v89, v79, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v218
	v_cndmask_b32_e64 v216, v78, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v217
	v_cndmask_b32_e64 v89, v80, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v218
	v_cndmask_b32_e64 v216, v79, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v217
	v_cndmask_b32_e64 v89, v81, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v218
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_perm_b32 v212, v211, v210, s96
	v_lshlrev_b16_sdwa v211, v85, v199 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v88, v85, v199 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v80, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v217
	v_cndmask_b32_e64 v89, v82, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v218
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_perm_b32 v211, v88, v211, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v88, 8, v225
	v_cndmask_b32_e64 v216, v81, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v217
	v_cndmask_b32_e64 v89, v84, v89, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v218
	v_cndmask_b32_e64 v216, v82, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v217
	v_and_b32_e32 v88, 0xffff8000, v88
	v_cndmask_b32_e64 v89, v83, v89, s[26:27]
	v_cndmask_b32_e64 v216, v84, v216, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v217
	v_or_b32_e32 v88, v89, v88
	v_lshlrev_b16_e32 v89, 8, v198
	v_and_b32_e32 v89, 0xffff8000, v89
	v_cndmask_b32_e64 v198, v83, v216, s[24:25]
	v_or_b32_e32 v198, v198, v89
	v_lshlrev_b16_sdwa v219, v86, v227 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_lshlrev_b16_sdwa v213, v86, v199 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v210, v199, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v214, v86, v199 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v199, v85, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v88, v198, v88, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v217, v86, v227 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v198, v227, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v219, 0x3f80, v219
	v_and_b32_e32 v89, 0xffff8000, v199
	v_cndmask_b32_e64 v199, v83, v204, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], s99, v198
	v_add_u16_e32 v219, 0x2000, v219
	v_and_b32_e32 v217, 0x3f80, v217
	v_cndmask_b32_e64 v219, v119, v219, s[22:23]
	v_add_u16_e32 v217, 0x2000, v217
	v_cmp_ne_u16_e64 s[22:23], s99, v220
	v_cmp_ne_u16_e64 s[24:25], 0, v198
	v_cmp_ne_u16_e64 s[26:27], 1, v198
	v_cndmask_b32_e64 v217, v119, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v220
	v_cndmask_b32_e64 v219, 0, v219, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 2, v198
	v_cndmask_b32_e64 v217, 0, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v220
	v_cndmask_b32_e64 v219, v78, v219, s[26:27]
	v_cmp_ne_u16_e64 s[30:31], 3, v198
	v_cndmask_b32_e64 v217, v78, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v220
	v_cndmask_b32_e64 v219, v79, v219, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 4, v198
	v_cndmask_b32_e64 v217, v79, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v220
	v_cndmask_b32_e64 v219, v80, v219, s[30:31]
	v_lshrrev_b32_e32 v204, 8, v227
	v_cndmask_b32_e64 v217, v80, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v220
	v_cmp_ne_u16_e64 s[36:37], 5, v198
	v_cndmask_b32_e64 v219, v81, v219, s[34:35]
	v_cndmask_b32_e64 v217, v81, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v220
	v_cmp_ne_u16_e64 s[38:39], 6, v198
	v_cndmask_b32_e64 v219, v82, v219, s[36:37]
	v_cndmask_b32_e64 v217, v82, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v220
	v_lshlrev_b16_sdwa v205, v85, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v219, v84, v219, s[38:39]
	v_cndmask_b32_e64 v217, v84, v217, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v220
	v_and_b32_e32 v220, 0x7f, v204
	v_cmp_ne_u16_e64 s[24:25], s99, v220
	v_cmp_ne_u16_e64 s[26:27], 0, v220
	v_cmp_ne_u16_e64 s[28:29], 1, v220
	v_cmp_ne_u16_e64 s[30:31], 2, v220
	v_cmp_ne_u16_e64 s[34:35], 3, v220
	v_cmp_ne_u16_e64 s[36:37], 4, v220
	v_cmp_ne_u16_e64 s[38:39], 5, v220
	v_cmp_ne_u16_e64 s[40:41], 6, v220
	v_cmp_ne_u16_e64 s[42:43], 7, v220
	v_lshlrev_b16_e32 v220, 7, v204
	v_or_b32_e32 v89, v199, v89
	v_and_b32_e32 v199, 0xffff8000, v205
	v_cndmask_b32_e64 v205, v83, v215, s[20:21]
	v_lshlrev_b16_e32 v215, 7, v227
	v_and_b32_e32 v220, 0x3f80, v220
	v_add_u16_e32 v220, 0x2000, v220
	v_and_b32_e32 v215, 0x3f80, v215
	v_cndmask_b32_e64 v220, v119, v220, s[24:25]
	v_add_u16_e32 v215, 0x2000, v215
	v_cmp_ne_u16_e64 s[24:25], s99, v221
	v_cndmask_b32_e64 v220, 0, v220, s[26:27]
	v_cndmask_b32_e64 v220, v78, v220, s[28:29]
	v_cndmask_b32_e64 v215, v119, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v221
	v_cndmask_b32_e64 v220, v79, v220, s[30:31]
	v_or_b32_e32 v199, v205, v199
	v_cndmask_b32_e64 v215, 0, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v221
	v_cndmask_b32_e64 v220, v80, v220, s[34:35]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v89, v199, v89, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v215, v78, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v221
	v_cndmask_b32_e64 v220, v81, v220, s[36:37]
	v_lshlrev_b16_e32 v205, 8, v227
	v_cndmask_b32_e64 v215, v79, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v221
	v_cndmask_b32_e64 v220, v82, v220, s[38:39]
	v_cndmask_b32_e64 v220, v84, v220, s[40:41]
	v_cndmask_b32_e64 v215, v80, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v221
	v_and_b32_e32 v205, 0xffff8000, v205
	v_lshlrev_b16_e32 v204, 8, v204
	v_cndmask_b32_e64 v215, v81, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v221
	v_lshlrev_b16_sdwa v216, v85, v227 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v204, 0xffff8000, v204
	v_cndmask_b32_e64 v215, v82, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v221
	v_lshlrev_b16_sdwa v218, v85, v227 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[20:21], 7, v198
	v_cndmask_b32_e64 v215, v84, v215, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v221
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[202:203], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v89, v86, v229 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v215, v83, v215, s[24:25]
	v_or_b32_e32 v215, v215, v205
	v_cndmask_b32_e64 v205, v83, v220, s[42:43]
	v_or_b32_e32 v220, v205, v204
	v_and_b32_e32 v204, 0xffff8000, v216
	v_cndmask_b32_e64 v205, v83, v217, s[22:23]
	v_or_b32_e32 v216, v205, v204
	v_and_b32_e32 v204, 0xffff8000, v218
	v_cndmask_b32_e64 v205, v83, v219, s[20:21]
	v_and_b32_sdwa v86, v229, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v217, v205, v204
	v_and_b32_sdwa v204, v229, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s99, v86
	v_cmp_ne_u16_e64 s[24:25], 0, v86
	v_cmp_ne_u16_e64 s[26:27], 1, v86
	v_cmp_ne_u16_e64 s[28:29], 2, v86
	v_cmp_ne_u16_e64 s[30:31], 3, v86
	v_cmp_ne_u16_e64 s[34:35], 4, v86
	v_cmp_ne_u16_e64 s[36:37], 5, v86
	v_cmp_ne_u16_e64 s[38:39], 6, v86
	v_cmp_ne_u16_e64 s[20:21], 7, v86
	v_and_b32_e32 v86, 0x3f80, v89
	v_add_u16_e32 v86, 0x2000, v86
	v_cmp_ne_u16_e64 s[40:41], s99, v204
	v_lshrrev_b32_e32 v221, 8, v229
	v_lshlrev_b16_e32 v88, 7, v229
	v_cndmask_b32_e64 v86, v119, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 0, v204
	v_and_b32_e32 v205, 0x7f, v229
	v_cmp_ne_u16_e64 s[62:63], s99, v205
	v_cndmask_b32_e64 v86, 0, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 1, v204
	v_cmp_ne_u16_e64 s[64:65], 0, v205
	v_cmp_ne_u16_e64 s[66:67], 1, v205
	v_cndmask_b32_e64 v86, v78, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 2, v204
	v_cmp_ne_u16_e64 s[68:69], 2, v205
	v_cmp_ne_u16_e64 s[70:71], 3, v205
	v_cndmask_b32_e64 v86, v79, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v204
	v_cmp_ne_u16_e64 s[72:73], 4, v205
	v_cmp_ne_u16_e64 s[74:75], 5, v205
	v_cndmask_b32_e64 v86, v80, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 4, v204
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v89, v217, v216, s96
	v_accvgpr_read_b32 v217, a19
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v86, v81, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 5, v204
	v_accvgpr_read_b32 v216, a18
	v_cmp_ne_u16_e64 s[76:77], 6, v205
	v_cndmask_b32_e64 v86, v82, v86, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 6, v204
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_b32_e32 v214, 0x3f80, v214
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v218, 8, v229
	v_cndmask_b32_e64 v223, v84, v86, s[40:41]
	v_and_b32_e32 v86, 0x7f, v221
	v_cmp_ne_u16_e64 s[58:59], s99, v86
	v_cmp_ne_u16_e64 s[56:57], 0, v86
	v_cmp_ne_u16_e64 s[54:55], 1, v86
	v_cmp_ne_u16_e64 s[52:53], 2, v86
	v_cmp_ne_u16_e64 s[50:51], 3, v86
	v_cmp_ne_u16_e64 s[48:49], 4, v86
	v_cmp_ne_u16_e64 s[46:47], 5, v86
	v_cmp_ne_u16_e64 s[44:45], 6, v86
	v_cmp_ne_u16_e64 s[42:43], 7, v86
	v_and_b32_e32 v86, 0x3f80, v88
	v_add_u16_e32 v86, 0x2000, v86
	v_cndmask_b32_e64 v86, v119, v86, s[62:63]
	v_cndmask_b32_e64 v86, 0, v86, s[64:65]
	v_cndmask_b32_e64 v86, v78, v86, s[66:67]
	v_cndmask_b32_e64 v86, v79, v86, s[68:69]
	v_cndmask_b32_e64 v86, v80, v86, s[70:71]
	.loc	1 47 38                         ; w8a8_gemm.py:47:38
	s_mul_i32 s62, s6, s97
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v86, v81, v86, s[72:73]
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_ashr_i32 s63, s62, 31
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v86, v82, v86, s[74:75]
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	v_lshl_add_u64 v[216:217], s[62:63], 2, v[216:217]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v224, v84, v86, s[76:77]
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	global_load_dword v86, v[216:217], off
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cmp_ne_u16_e64 s[60:61], 7, v205
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u16_e32 v214, 0x2000, v214
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v219, v85, v229 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[40:41], 7, v204
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v88, v220, v215, s96
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v215, 0xffff8000, v218
	v_cndmask_b32_e64 v216, v83, v224, s[60:61]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v119, v214, s[18:19]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v215, v216, v215
	v_lshlrev_b16_e32 v216, 7, v221
	v_and_b32_e32 v218, 0xffff8000, v219
	v_cndmask_b32_e64 v219, v83, v223, s[40:41]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, 0, v214, s[16:17]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v216, 0x3f80, v216
	v_or_b32_e32 v218, v219, v218
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v78, v214, s[14:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v219, 0x3f80, v222
	v_add_u16_e32 v216, 0x2000, v216
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v79, v214, s[12:13]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_u16_e32 v219, 0x2000, v219
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_and_or_b32 v212, v87, s33, v212
	v_and_b32_e32 v87, 0x3f80, v213
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v119, v216, s[58:59]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v80, v214, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v219, v119, v219, s[22:23]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_add_u16_e32 v87, 0x2000, v87
	v_cmp_ne_u16_e64 s[2:3], s99, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, 0, v216, s[56:57]
	v_cndmask_b32_e64 v219, 0, v219, s[24:25]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v87, v119, v87, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v78, v216, s[54:55]
	v_cndmask_b32_e64 v219, v78, v219, s[26:27]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v87, 0, v87, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v79, v216, s[52:53]
	v_cndmask_b32_e64 v219, v79, v219, s[28:29]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v78, v78, v87, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v80, v216, s[50:51]
	v_cndmask_b32_e64 v219, v80, v219, s[30:31]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v78, v79, v78, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v81, v216, s[48:49]
	v_cndmask_b32_e64 v219, v81, v219, s[34:35]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v78, v80, v78, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_cndmask_b32_e64 v216, v82, v216, s[46:47]
	v_cndmask_b32_e64 v219, v82, v219, s[36:37]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v78, v81, v78, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v210
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_sdwa v85, v85, v229 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v216, v84, v216, s[44:45]
	v_lshlrev_b16_e32 v217, 8, v221
	v_cndmask_b32_e64 v219, v84, v219, s[38:39]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v78, v82, v78, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v210
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[200:201], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v217, 0xffff8000, v217
	v_cndmask_b32_e64 v216, v83, v216, s[42:43]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v81, v214, s[4:5]
	v_cndmask_b32_e64 v80, v84, v78, s[2:3]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_and_b32_e32 v78, 0xffff8000, v85
	v_cndmask_b32_e64 v79, v83, v219, s[20:21]
	v_or_b32_e32 v220, v216, v217
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v82, v214, s[8:9]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_e32 v78, v79, v78
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e64 v214, v84, v214, s[10:11]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_perm_b32 v79, v78, v218, s96
	v_perm_b32 v78, v220, v215, s96
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_cndmask_b32_e32 v81, v83, v214, vcc
	v_cmp_ne_u16_e32 vcc, 7, v210
	v_accvgpr_read_b32 v199, a25
	v_accvgpr_read_b32 v198, a24
	v_cndmask_b32_e32 v80, v83, v80, vcc
	v_perm_b32 v80, v81, v80, s96
	v_and_or_b32 v213, v211, s33, v80
	v_accvgpr_read_b32 v203, a27
	v_accvgpr_read_b32 v202, a26
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mfma_f32_32x32x8_f16 v[0:15], v[78:79], v[212:213], v[0:15]
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[198:199], v[198:199], 0, s[0:1]
	v_lshl_add_u64 v[202:203], v[202:203], 0, s[0:1]
	v_accvgpr_read_b32 v79, a33
	v_accvgpr_read_b32 v78, a32
	v_accvgpr_read_b32 v205, a29
	v_accvgpr_read_b32 v204, a28
	v_lshl_add_u64 v[78:79], v[78:79], 0, s[0:1]
	v_lshl_add_u64 v[80:81], v[90:91], 0, s[0:1]
	v_lshl_add_u64 v[82:83], v[92:93], 0, s[0:1]
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_dword v88, v[198:199], off
	global_load_dword v89, v[202:203], off
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(2)
	v_pk_mul_f32 v[0:1], v[86:87], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[86:87], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[86:87], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[86:87], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[86:87], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[86:87], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[86:87], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[86:87], v[14:15] op_sel_hi:[0,1]
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[86:87], v[94:95], 0, s[0:1]
	v_lshl_add_u64 v[198:199], v[96:97], 0, s[0:1]
	v_lshl_add_u64 v[202:203], v[98:99], 0, s[0:1]
	v_lshl_add_u64 v[204:205], v[204:205], 0, s[0:1]
	v_accvgpr_read_b32 v217, a31
	v_accvgpr_read_b32 v216, a30
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_dword v78, v[78:79], off
	s_nop 0
	global_load_dword v79, v[80:81], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[80:81], v[100:101], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v82, v[82:83], off
	s_nop 0
	global_load_dword v83, v[86:87], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[86:87], v[102:103], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v198, v[198:199], off
	s_nop 0
	global_load_dword v199, v[202:203], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[202:203], v[104:105], 0, s[0:1]
	v_lshl_add_u64 v[216:217], v[216:217], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v84, v[206:207], off
	global_load_dword v85, v[208:209], off
	global_load_dword v200, v[204:205], off
	global_load_dword v201, v[216:217], off
	s_nop 0
	global_load_dword v80, v[80:81], off
	s_nop 0
	global_load_dword v81, v[86:87], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[86:87], v[106:107], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v202, v[202:203], off
	s_nop 0
	global_load_dword v203, v[86:87], off
	s_mov_b64 s[0:1], 0x80
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[196:197], v[196:197], 0, s[0:1]
	v_lshl_add_u64 v[194:195], v[194:195], 0, s[0:1]
	v_lshl_add_u64 v[192:193], v[192:193], 0, s[0:1]
	v_lshl_add_u64 v[190:191], v[190:191], 0, s[0:1]
	v_lshl_add_u64 v[188:189], v[188:189], 0, s[0:1]
	v_lshl_add_u64 v[186:187], v[186:187], 0, s[0:1]
	v_lshl_add_u64 v[184:185], v[184:185], 0, s[0:1]
	v_lshl_add_u64 v[182:183], v[182:183], 0, s[0:1]
	v_lshl_add_u64 v[180:181], v[180:181], 0, s[0:1]
	v_lshl_add_u64 v[178:179], v[178:179], 0, s[0:1]
	v_lshl_add_u64 v[176:177], v[176:177], 0, s[0:1]
	v_lshl_add_u64 v[174:175], v[174:175], 0, s[0:1]
	v_lshl_add_u64 v[172:173], v[172:173], 0, s[0:1]
	v_lshl_add_u64 v[170:171], v[170:171], 0, s[0:1]
	v_lshl_add_u64 v[168:169], v[168:169], 0, s[0:1]
	v_lshl_add_u64 v[166:167], v[166:167], 0, s[0:1]
	v_lshl_add_u64 v[164:165], v[164:165], 0, s[0:1]
	v_lshl_add_u64 v[162:163], v[162:163], 0, s[0:1]
	v_lshl_add_u64 v[160:161], v[160:161], 0, s[0:1]
	v_lshl_add_u64 v[158:159], v[158:159], 0, s[0:1]
	v_lshl_add_u64 v[156:157], v[156:157], 0, s[0:1]
	v_lshl_add_u64 v[154:155], v[154:155], 0, s[0:1]
	v_lshl_add_u64 v[152:153], v[152:153], 0, s[0:1]
	v_lshl_add_u64 v[150:151], v[150:151], 0, s[0:1]
	v_lshl_add_u64 v[148:149], v[148:149], 0, s[0:1]
	v_lshl_add_u64 v[146:147], v[146:147], 0, s[0:1]
	v_lshl_add_u64 v[144:145], v[144:145], 0, s[0:1]
	v_lshl_add_u64 v[142:143], v[142:143], 0, s[0:1]
	v_lshl_add_u64 v[140:141], v[140:141], 0, s[0:1]
	v_lshl_add_u64 v[124:125], v[124:125], 0, s[0:1]
	v_lshl_add_u64 v[122:123], v[122:123], 0, s[0:1]
	v_lshl_add_u64 v[120:121], v[120:121], 0, s[0:1]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s6, s6, 1
	v_readlane_b32 s0, v254, 7
	s_cmp_lg_u32 s6, s0
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[136:137], v[88:89], v[2:3], v[136:137]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[132:133], v[78:79], v[6:7], v[132:133]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[130:131], v[82:83], v[8:9], v[130:131]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[128:129], v[198:199], v[10:11], v[128:129]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[138:139], v[84:85], v[0:1], v[138:139]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[134:135], v[200:201], v[4:5], v[134:135]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[126:127], v[80:81], v[12:13], v[126:127]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[16:17], v[202:203], v[14:15], v[16:17]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc0 .LBB0_162
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 43 27                         ; w8a8_gemm.py:43:27
	s_lshl_b32 s0, s6, 7
	.loc	1 43 23 is_stmt 0               ; w8a8_gemm.py:43:23
	v_readlane_b32 s1, v254, 3
	s_sub_i32 s2, s1, s0
	.loc	1 44 34 is_stmt 1               ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e32 vcc, s2, v118
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, 0
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_5
; %bb.4:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v1, v[196:197], off
.LBB0_5:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_7
; %bb.6:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v0, v[194:195], off
.LBB0_7:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_9
; %bb.8:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v3, v[192:193], off
.LBB0_9:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_11
; %bb.10:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v2, v[190:191], off
.LBB0_11:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_13
; %bb.12:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v5, v[188:189], off
.LBB0_13:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_15
; %bb.14:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v4, v[186:187], off
.LBB0_15:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_17
; %bb.16:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v7, v[184:185], off
.LBB0_17:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_19
; %bb.18:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v6, v[182:183], off
.LBB0_19:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_21
; %bb.20:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v9, v[180:181], off
.LBB0_21:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_23
; %bb.22:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v8, v[178:179], off
.LBB0_23:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_25
; %bb.24:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v11, v[176:177], off
.LBB0_25:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_27
; %bb.26:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v10, v[174:175], off
.LBB0_27:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_29
; %bb.28:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v13, v[172:173], off
.LBB0_29:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_31
; %bb.30:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v12, v[170:171], off
.LBB0_31:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_33
; %bb.32:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v15, v[168:169], off
.LBB0_33:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_35
; %bb.34:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v14, v[166:167], off
.LBB0_35:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v78, 0
	v_mov_b32_e32 v79, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_37
; %bb.36:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v79, v[164:165], off
.LBB0_37:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_39
; %bb.38:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v78, v[162:163], off
.LBB0_39:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v80, 0
	v_mov_b32_e32 v81, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_41
; %bb.40:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v81, v[160:161], off
.LBB0_41:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_43
; %bb.42:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v80, v[158:159], off
.LBB0_43:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v82, 0
	v_mov_b32_e32 v83, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_45
; %bb.44:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v83, v[156:157], off
.LBB0_45:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_47
; %bb.46:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v82, v[154:155], off
.LBB0_47:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v84, 0
	v_mov_b32_e32 v85, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_49
; %bb.48:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v85, v[152:153], off
.LBB0_49:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_51
; %bb.50:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v84, v[150:151], off
.LBB0_51:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v86, 0
	v_mov_b32_e32 v87, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_53
; %bb.52:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v87, v[148:149], off
.LBB0_53:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_55
; %bb.54:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v86, v[146:147], off
.LBB0_55:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v119, 0
	v_mov_b32_e32 v198, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_57
; %bb.56:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v198, v[144:145], off
.LBB0_57:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_59
; %bb.58:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v119, v[142:143], off
.LBB0_59:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v199, 0
	v_mov_b32_e32 v200, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_61
; %bb.60:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v200, v[140:141], off
.LBB0_61:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_63
; %bb.62:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v199, v[124:125], off
.LBB0_63:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v201, 0
	v_mov_b32_e32 v202, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_65
; %bb.64:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v202, v[122:123], off
.LBB0_65:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_67
; %bb.66:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v201, v[120:121], off
.LBB0_67:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b8 v19, v1
	ds_write_b8 v19, v9 offset:2048
	ds_write_b8 v19, v79 offset:4096
	ds_write_b8 v19, v87 offset:6144
	ds_write_b8 v248, v0 offset:256
	ds_write_b8 v248, v8 offset:2304
	ds_write_b8 v248, v78 offset:4352
	ds_write_b8 v248, v86 offset:6400
	ds_write_b8 v249, v3 offset:512
	ds_write_b8 v249, v11 offset:2560
	ds_write_b8 v249, v81 offset:4608
	ds_write_b8 v249, v198 offset:6656
	ds_write_b8 v250, v2 offset:768
	ds_write_b8 v250, v10 offset:2816
	ds_write_b8 v250, v80 offset:4864
	ds_write_b8 v250, v119 offset:6912
	ds_write_b8 v251, v5 offset:1024
	ds_write_b8 v251, v13 offset:3072
	ds_write_b8 v251, v83 offset:5120
	ds_write_b8 v251, v200 offset:7168
	ds_write_b8 v252, v4 offset:1280
	ds_write_b8 v252, v12 offset:3328
	ds_write_b8 v252, v82 offset:5376
	ds_write_b8 v252, v199 offset:7424
	ds_write_b8 v253, v7 offset:1536
	ds_write_b8 v253, v15 offset:3584
	ds_write_b8 v253, v85 offset:5632
	ds_write_b8 v253, v202 offset:7680
	ds_write_b8 v232, v6 offset:1792
	ds_write_b8 v232, v14 offset:3840
	ds_write_b8 v232, v84 offset:5888
	ds_write_b8 v232, v201 offset:7936
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[212:213], v233 offset1:16
	ds_read2_b32 v[210:211], v234 offset1:16
	ds_read2_b32 v[208:209], v235 offset1:16
	ds_read2_b32 v[206:207], v236 offset1:16
	ds_read2_b32 v[204:205], v237 offset1:16
	ds_read2_b32 v[202:203], v238 offset1:16
	ds_read2_b32 v[200:201], v239 offset1:16
	.loc	1 0 0                           ; w8a8_gemm.py:0
	ds_read2_b32 v[198:199], v240 offset1:16
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s7, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_69
; %bb.68:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v0, v[116:117], off
	s_branch .LBB0_70
.LBB0_69:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v0, 0
.LBB0_70:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 44
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_72
; %bb.71:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v1, v[114:115], off
	s_branch .LBB0_73
.LBB0_72:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v1, 0
.LBB0_73:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 41
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_75
; %bb.74:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v2, v[112:113], off
	s_branch .LBB0_76
.LBB0_75:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v2, 0
.LBB0_76:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 38
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_78
; %bb.77:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v4, v[110:111], off
	s_branch .LBB0_79
.LBB0_78:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v4, 0
.LBB0_79:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 35
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_81
; %bb.80:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v3, v[108:109], off
	s_branch .LBB0_82
.LBB0_81:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v3, 0
.LBB0_82:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 34
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_84
; %bb.83:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v5, v[74:75], off
	s_branch .LBB0_85
.LBB0_84:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_85:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 33
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_87
; %bb.86:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v6, v[72:73], off
	s_branch .LBB0_88
.LBB0_87:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v6, 0
.LBB0_88:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 32
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_90
; %bb.89:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v8, v[70:71], off
	s_branch .LBB0_91
.LBB0_90:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v8, 0
.LBB0_91:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 31
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_93
; %bb.92:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v7, v[68:69], off
	s_branch .LBB0_94
.LBB0_93:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v7, 0
.LBB0_94:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 30
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_96
; %bb.95:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v9, v[66:67], off
	s_branch .LBB0_97
.LBB0_96:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v9, 0
.LBB0_97:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 29
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_99
; %bb.98:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v10, v[64:65], off
	s_branch .LBB0_100
.LBB0_99:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v10, 0
.LBB0_100:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 28
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_102
; %bb.101:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v12, v[62:63], off
	s_branch .LBB0_103
.LBB0_102:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v12, 0
.LBB0_103:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 27
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_105
; %bb.104:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v11, v[60:61], off
	s_branch .LBB0_106
.LBB0_105:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v11, 0
.LBB0_106:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 26
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_108
; %bb.107:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v13, v[58:59], off
	s_branch .LBB0_109
.LBB0_108:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v13, 0
.LBB0_109:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 25
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_111
; %bb.110:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v14, v[56:57], off
	s_branch .LBB0_112
.LBB0_111:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v14, 0
.LBB0_112:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 24
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_114
; %bb.113:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v15, v[54:55], off
	s_branch .LBB0_115
.LBB0_114:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v15, 0
.LBB0_115:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 23
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_117
; %bb.116:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v78, v[52:53], off
	s_branch .LBB0_118
.LBB0_117:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v78, 0
.LBB0_118:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 22
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_120
; %bb.119:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v79, v[50:51], off
	s_branch .LBB0_121
.LBB0_120:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v79, 0
.LBB0_121:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 21
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_123
; %bb.122:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v80, v[48:49], off
	s_branch .LBB0_124
.LBB0_123:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v80, 0
.LBB0_124:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 20
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_126
; %bb.125:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v82, v[46:47], off
	s_branch .LBB0_127
.LBB0_126:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v82, 0
.LBB0_127:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 19
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_129
; %bb.128:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v81, v[44:45], off
	s_branch .LBB0_130
.LBB0_129:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v81, 0
.LBB0_130:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 18
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_132
; %bb.131:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v83, v[42:43], off
	s_branch .LBB0_133
.LBB0_132:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v83, 0
.LBB0_133:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 17
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_135
; %bb.134:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v84, v[40:41], off
	s_branch .LBB0_136
.LBB0_135:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v84, 0
.LBB0_136:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 16
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_138
; %bb.137:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v86, v[38:39], off
	s_branch .LBB0_139
.LBB0_138:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v86, 0
.LBB0_139:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 15
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_141
; %bb.140:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v85, v[36:37], off
	s_branch .LBB0_142
.LBB0_141:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v85, 0
.LBB0_142:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 14
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_144
; %bb.143:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v87, v[34:35], off
	s_branch .LBB0_145
.LBB0_144:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v87, 0
.LBB0_145:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 13
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_147
; %bb.146:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v119, v[32:33], off
	s_branch .LBB0_148
.LBB0_147:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v119, 0
.LBB0_148:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 12
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_150
; %bb.149:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v214, v[30:31], off
	s_branch .LBB0_151
.LBB0_150:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v214, 0
.LBB0_151:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 11
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_153
; %bb.152:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v215, v[28:29], off
	s_branch .LBB0_154
.LBB0_153:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v215, 0
.LBB0_154:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 10
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_156
; %bb.155:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v216, v[26:27], off
	s_branch .LBB0_157
.LBB0_156:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v216, 0
.LBB0_157:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 9
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_159
; %bb.158:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v217, v[24:25], off
	s_branch .LBB0_160
.LBB0_159:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v217, 0
.LBB0_160:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	v_readlane_b32 s0, v254, 8
	s_cmp_ge_i32 s0, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	v_mov_b32_e32 v218, 0
	s_cbranch_scc1 .LBB0_2
; %bb.161:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v218, v[22:23], off
	s_branch .LBB0_2
.LBB0_162:                              ; %Flow
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_readlane_b32 s18, v255, 25
	v_mov_b32_e32 v2, v16
	v_readlane_b32 s13, v254, 4
	v_readlane_b32 s19, v255, 26
.LBB0_163:                              ; %Flow609
	s_load_dword s0, s[18:19], 0x3c
	v_accvgpr_read_b32 v3, a14
	v_accvgpr_read_b32 v4, a16
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v4
	.loc	1 56 22                         ; w8a8_gemm.py:56:22
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v0, v3, s0
	.loc	1 56 14 is_stmt 0               ; w8a8_gemm.py:56:14
	v_readlane_b32 s0, v254, 0
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s1, v254, 1
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[0:1]
	.loc	1 57 15 is_stmt 1               ; w8a8_gemm.py:57:15
	v_readlane_b32 s0, v254, 2
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_lshl_add_u64 v[0:1], v[4:5], 1, v[0:1]
	.loc	1 57 15                         ; w8a8_gemm.py:57:15
	s_nop 0
	v_cmp_gt_i32_e64 s[0:1], s0, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_165
; %bb.164:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v138, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v138, v3, s4
	v_cmp_o_f32_e32 vcc, v138, v138
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off
.LBB0_165:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a15
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_167
; %bb.166:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v139, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v139, v3, s4
	v_cmp_o_f32_e32 vcc, v139, v139
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:2
.LBB0_167:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a13
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_169
; %bb.168:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v136, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v136, v3, s4
	v_cmp_o_f32_e32 vcc, v136, v136
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:4
.LBB0_169:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a12
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_171
; %bb.170:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v137, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v137, v3, s4
	v_cmp_o_f32_e32 vcc, v137, v137
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:6
.LBB0_171:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a11
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_173
; %bb.172:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v134, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v134, v3, s4
	v_cmp_o_f32_e32 vcc, v134, v134
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:16
.LBB0_173:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a10
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_175
; %bb.174:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v135, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v135, v3, s4
	v_cmp_o_f32_e32 vcc, v135, v135
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:18
.LBB0_175:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a9
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_177
; %bb.176:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v132, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v132, v3, s4
	v_cmp_o_f32_e32 vcc, v132, v132
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:20
.LBB0_177:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a8
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_179
; %bb.178:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v133, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v133, v3, s4
	v_cmp_o_f32_e32 vcc, v133, v133
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:22
.LBB0_179:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a7
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_181
; %bb.180:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v130, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v130, v3, s4
	v_cmp_o_f32_e32 vcc, v130, v130
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:32
.LBB0_181:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a6
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_183
; %bb.182:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v131, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v131, v3, s4
	v_cmp_o_f32_e32 vcc, v131, v131
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:34
.LBB0_183:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a4
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_185
; %bb.184:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v128, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v128, v3, s4
	v_cmp_o_f32_e32 vcc, v128, v128
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:36
.LBB0_185:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a5
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_187
; %bb.186:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v129, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v129, v3, s4
	v_cmp_o_f32_e32 vcc, v129, v129
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:38
.LBB0_187:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a3
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_189
; %bb.188:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v126, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v126, v3, s4
	v_cmp_o_f32_e32 vcc, v126, v126
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:48
.LBB0_189:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a2
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_191
; %bb.190:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v127, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v127, v3, s4
	v_cmp_o_f32_e32 vcc, v127, v127
	v_mov_b32_e32 v4, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v3, v4, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v3, off offset:50
.LBB0_191:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a1
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_193
; %bb.192:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v3, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v3, v2, v3, s4
	v_cmp_o_f32_e32 vcc, v2, v2
	v_mov_b32_e32 v2, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v2, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v2, off offset:52
.LBB0_193:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v2, a0
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v2
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_195
; %bb.194:
	.loc	1 58 22 is_stmt 0               ; w8a8_gemm.py:58:22
	v_bfe_u32 v2, v17, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v17, v2, s0
	v_cmp_o_f32_e32 vcc, v17, v17
	v_mov_b32_e32 v3, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v2, v3, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	global_store_short v[0:1], v2, off offset:54
.LBB0_195:
	.loc	1 20 1 is_stmt 1                ; w8a8_gemm.py:20:1
	s_endpgm
.Ltmp14:
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
		.amdhsa_next_free_vgpr 290
		.amdhsa_next_free_sgpr 100
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
	.set .Lw8a8_block_fp8_matmul.num_agpr, 34
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 100
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 0
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 36064
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 34
; TotalNumVgprs: 290
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 36
; NumSGPRsForWavesPerEU: 106
; NumVGPRsForWavesPerEU: 290
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
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
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
  - .agpr_count:     34
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
    .sgpr_count:     106
    .sgpr_spill_count: 91
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     290
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

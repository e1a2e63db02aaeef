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
; %bb.165:
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
; %bb.166:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_abs_i32 s18, s12
	v_cvt_f32_u32_e32 v3, s18
	s_mov_b64 s[22:23], s[6:7]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_readfirstlane_b32 s7, v0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s97, s7, 0x80
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	v_rcp_f32_e32 v3, v3
	s_mov_b64 s[24:25], s[0:1]
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	s_lshl_b32 s0, s16, 6
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_lshr_b32 s1, s97, 2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v1, 31, v0
	s_or_b32 s1, s1, s0
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v4, s1, v1
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_i32 s1, 0, s18
	v_readfirstlane_b32 s19, v3
	s_bfe_i32 s16, s16, 0x10019
	s_mul_i32 s1, s1, s19
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v19, 32, v0
	s_and_b32 s21, s7, 64
	v_accvgpr_write_b32 a45, v4
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_add_u32_e32 v4, s16, v4
	s_mul_hi_u32 s1, s19, s1
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v2, 3, v19
	s_lshr_b32 s6, s21, 1
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v40, s16, v4
	s_add_i32 s19, s19, s1
	s_mov_b64 s[26:27], s[8:9]
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_or_b32_e32 v2, s6, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mad_u64_u32 v[10:11], s[8:9], v40, s19, 0
	.loc	1 33 16 is_stmt 1               ; w8a8_gemm.py:33:16
	s_lshl_b32 s99, s17, 6
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_abs_i32 s62, s13
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v10, s99, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cvt_f32_u32_e32 v2, s62
	s_bfe_i32 s98, s17, 0x10019
	v_add_u32_e32 v3, s98, v10
	s_sub_i32 s1, 0, s62
	v_rcp_f32_e32 v2, v2
	v_xor_b32_e32 v45, s98, v3
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v21, 1, v10
	v_or_b32_e32 v20, 2, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v18, 3, v10
	v_or_b32_e32 v17, 8, v10
	v_or_b32_e32 v15, 9, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v3, s1, v2
	v_mul_hi_u32 v3, v2, v3
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
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
	v_accvgpr_write_b32 a48, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_add_u32_e32 v10, v2, v3
	v_add_u32_e32 v2, s98, v21
	v_xor_b32_e32 v46, s98, v2
	v_add_u32_e32 v2, s98, v20
	v_xor_b32_e32 v44, s98, v2
	v_add_u32_e32 v2, s98, v18
	v_xor_b32_e32 v43, s98, v2
	v_add_u32_e32 v2, s98, v17
	v_xor_b32_e32 v42, s98, v2
	v_add_u32_e32 v2, s98, v15
	v_mad_u64_u32 v[38:39], s[8:9], v45, v10, 0
	v_xor_b32_e32 v41, s98, v2
	v_add_u32_e32 v2, s98, v14
	v_mad_u64_u32 v[36:37], s[8:9], v46, v10, 0
	v_xor_b32_e32 v38, s98, v2
	v_add_u32_e32 v2, s98, v13
	v_mad_u64_u32 v[34:35], s[8:9], v44, v10, 0
	v_xor_b32_e32 v36, s98, v2
	v_add_u32_e32 v2, s98, v12
	v_mad_u64_u32 v[32:33], s[8:9], v43, v10, 0
	v_xor_b32_e32 v34, s98, v2
	v_add_u32_e32 v2, s98, v9
	v_mad_u64_u32 v[30:31], s[8:9], v42, v10, 0
	v_xor_b32_e32 v32, s98, v2
	v_add_u32_e32 v2, s98, v7
	v_mad_u64_u32 v[28:29], s[8:9], v41, v10, 0
	v_xor_b32_e32 v30, s98, v2
	v_add_u32_e32 v2, s98, v8
	v_mad_u64_u32 v[26:27], s[8:9], v38, v10, 0
	v_xor_b32_e32 v28, s98, v2
	v_add_u32_e32 v2, s98, v6
	v_mad_u64_u32 v[24:25], s[8:9], v36, v10, 0
	v_xor_b32_e32 v26, s98, v2
	v_add_u32_e32 v2, s98, v5
	v_mad_u64_u32 v[22:23], s[8:9], v34, v10, 0
	v_xor_b32_e32 v24, s98, v2
	v_add_u32_e32 v2, s98, v4
	v_accvgpr_write_b32 a46, v21
	v_accvgpr_write_b32 a44, v20
	v_mad_u64_u32 v[20:21], s[8:9], v32, v10, 0
	v_xor_b32_e32 v22, s98, v2
	v_add_u32_e32 v2, s98, v16
	v_xor_b32_e32 v20, s98, v2
	v_mad_u64_u32 v[2:3], s[8:9], v20, v10, 0
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s6, s14, 0x7f
	s_mov_b32 s33, 0
	v_accvgpr_write_b32 a43, v18
	v_accvgpr_write_b32 a42, v17
	v_accvgpr_write_b32 a41, v15
	v_accvgpr_write_b32 a40, v14
	v_accvgpr_write_b32 a39, v13
	v_accvgpr_write_b32 a38, v12
	v_accvgpr_write_b32 a37, v9
	v_accvgpr_write_b32 a35, v7
.Ltmp3:
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_u64_u32 v[14:15], s[8:9], v30, v10, 0
	v_accvgpr_write_b32 a36, v8
	v_mad_u64_u32 v[12:13], s[8:9], v28, v10, 0
	v_accvgpr_write_b32 a34, v6
	v_mad_u64_u32 v[8:9], s[8:9], v26, v10, 0
	v_accvgpr_write_b32 a33, v5
	v_mad_u64_u32 v[6:7], s[8:9], v24, v10, 0
	v_accvgpr_write_b32 a32, v4
	v_mad_u64_u32 v[4:5], s[8:9], v22, v10, 0
	v_accvgpr_write_b32 a31, v16
	v_mov_b32_e32 v16, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmpk_lt_i32 s6, 0x80
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
	s_cbranch_scc1 .LBB0_132
; %bb.1:                                ; %.lr.ph
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_load_dword s1, s[24:25], 0x38
	v_writelane_b32 v254, s22, 0
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_lshr_b32 s7, s7, 3
	s_and_b32 s64, s7, 24
	v_writelane_b32 v254, s23, 1
	v_writelane_b32 v254, s7, 2
.Ltmp4:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_ashr_i32 s7, s6, 31
	s_lshr_b32 s7, s7, 25
.Ltmp5:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_or_b32 s95, s64, 0x67
.Ltmp6:
	.loc	2 43 12                         ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_add_i32 s6, s6, s7
	s_ashr_i32 s96, s6, 7
.Ltmp7:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s6, s95, s1
	s_or_b32 s65, s64, 1
	s_or_b32 s66, s64, 2
	s_or_b32 s67, s64, 3
	s_or_b32 s68, s64, 4
	s_or_b32 s69, s64, 5
	s_or_b32 s70, s64, 6
	s_or_b32 s71, s64, 7
	s_or_b32 s72, s64, 32
	s_or_b32 s73, s64, 33
	s_or_b32 s74, s64, 34
	s_or_b32 s75, s64, 35
	s_or_b32 s76, s64, 36
	s_or_b32 s77, s64, 37
	s_or_b32 s78, s64, 38
	s_or_b32 s79, s64, 39
	s_or_b32 s80, s64, 64
	s_or_b32 s81, s64, 0x41
	s_or_b32 s82, s64, 0x42
	s_or_b32 s83, s64, 0x43
	s_or_b32 s84, s64, 0x44
	s_or_b32 s85, s64, 0x45
	s_or_b32 s86, s64, 0x46
	s_or_b32 s87, s64, 0x47
	s_or_b32 s88, s64, 0x60
	s_or_b32 s89, s64, 0x61
	s_or_b32 s90, s64, 0x62
	s_or_b32 s91, s64, 0x63
	s_or_b32 s92, s64, 0x64
	s_or_b32 s93, s64, 0x65
	s_or_b32 s94, s64, 0x66
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	s_lshl_b32 s20, s1, 7
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 3
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_ashr_i32 s63, s99, 31
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s17, s68, s1
	v_writelane_b32 v254, s7, 4
	s_mul_i32 s6, s94, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 5
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v2, v11, s18
	v_sub_u32_e32 v2, v40, v2
	v_writelane_b32 v254, s7, 6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s93, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 7
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_subrev_u32_e32 v4, s18, v2
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v23, v23, s62
	v_writelane_b32 v254, s7, 8
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s92, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 9
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v23, v34, v23
	v_mul_lo_u32 v21, v21, s62
	v_writelane_b32 v254, s7, 10
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s91, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 11
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v21, v32, v21
	v_mul_lo_u32 v15, v15, s62
	v_writelane_b32 v254, s7, 12
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s90, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 13
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v15, v30, v15
	v_mul_lo_u32 v13, v13, s62
	v_writelane_b32 v254, s7, 14
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s89, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 15
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v13, v28, v13
	v_mul_lo_u32 v9, v9, s62
	v_writelane_b32 v254, s7, 16
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s88, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 17
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v9, v26, v9
	v_mul_lo_u32 v7, v7, s62
	v_writelane_b32 v254, s7, 18
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s87, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 19
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v7, v24, v7
	v_mul_lo_u32 v5, v5, s62
	v_writelane_b32 v254, s7, 20
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s86, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	v_writelane_b32 v254, s6, 21
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v5, v22, v5
	v_mul_lo_u32 v3, v3, s62
	v_writelane_b32 v254, s7, 22
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s85, s1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s7, s6, 31
	s_add_u32 s58, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s84, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s59, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s56, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s83, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s57, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s54, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s82, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s55, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s52, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s81, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s53, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s50, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s80, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s51, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s48, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s79, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s49, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s44, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s78, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s45, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s42, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s77, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s43, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s40, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s76, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s41, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s38, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s75, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s39, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s36, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s74, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s37, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s34, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s73, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s35, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s28, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s72, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s29, s5, s7
	s_ashr_i32 s7, s6, 31
	v_writelane_b32 v254, s26, 23
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_sub_u32_e32 v3, v20, v3
	v_subrev_u32_e32 v20, s62, v3
	v_writelane_b32 v254, s27, 24
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_add_u32 s26, s4, s6
	.loc	1 36 22 is_stmt 0               ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s71, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s27, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s22, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s70, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s23, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s8, s4, s6
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s6, s69, s1
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_addc_u32 s9, s5, s7
	s_ashr_i32 s7, s6, 31
	s_add_u32 s6, s4, s6
	s_addc_u32 s7, s5, s7
	s_ashr_i32 s30, s17, 31
	s_add_u32 s46, s4, s17
	s_addc_u32 s47, s5, s30
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s17, s67, s1
	v_writelane_b32 v254, s46, 25
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s30, s17, 31
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	v_and_b32_e32 v126, 63, v0
	v_writelane_b32 v254, s47, 26
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_add_u32 s46, s4, s17
	s_addc_u32 s47, s5, s30
	.loc	1 36 22 is_stmt 0               ; w8a8_gemm.py:36:22
	s_mul_i32 s17, s66, s1
	v_writelane_b32 v254, s46, 27
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s30, s17, 31
	.loc	1 35 53 is_stmt 1               ; w8a8_gemm.py:35:53
	v_or_b32_e32 v118, s21, v126
	v_writelane_b32 v254, s47, 28
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_add_u32 s46, s4, s17
	s_addc_u32 s47, s5, s30
	.loc	1 36 22 is_stmt 0               ; w8a8_gemm.py:36:22
	s_mul_i32 s17, s65, s1
	v_writelane_b32 v254, s46, 29
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_ashr_i32 s30, s17, 31
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s1, s64, s1
	v_writelane_b32 v254, s47, 30
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_add_u32 s46, s4, s17
	s_addc_u32 s47, s5, s30
	s_ashr_i32 s17, s1, 31
	s_add_u32 s4, s4, s1
	s_addc_u32 s5, s5, s17
	.loc	1 32 34 is_stmt 1               ; w8a8_gemm.py:32:34
	s_lshr_b32 s1, s97, 7
	s_or_b32 vcc_lo, s1, s0
	.loc	1 32 15 is_stmt 0               ; w8a8_gemm.py:32:15
	s_ashr_i32 s17, s0, 31
	s_add_i32 vcc_lo, vcc_lo, s17
	s_add_i32 s0, vcc_lo, 62
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	v_writelane_b32 v254, s46, 31
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s47, 32
	v_writelane_b32 v254, s4, 33
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s5, 34
	v_writelane_b32 v254, s0, 35
	v_mov_b32_e32 v119, v16
	v_lshlrev_b32_e32 v1, 7, v1
	v_writelane_b32 v254, s1, 36
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 60
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 37
	v_mov_b32_e32 v127, v16
	v_mov_b32_e32 v128, v16
	v_writelane_b32 v254, s1, 38
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 58
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 39
	v_mov_b32_e32 v129, v16
	v_mov_b32_e32 v130, v16
	v_writelane_b32 v254, s1, 40
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 56
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 41
	v_mov_b32_e32 v131, v16
	v_mov_b32_e32 v132, v16
	v_writelane_b32 v254, s1, 42
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 54
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 43
	v_mov_b32_e32 v133, v16
	v_mov_b32_e32 v134, v16
	v_writelane_b32 v254, s1, 44
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 52
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 45
	v_mov_b32_e32 v135, v16
	v_mov_b32_e32 v136, v16
	v_writelane_b32 v254, s1, 46
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 50
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 47
	v_mov_b32_e32 v137, v16
	v_mov_b32_e32 v138, v16
	v_writelane_b32 v254, s1, 48
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 48
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 49
	v_mov_b32_e32 v139, v16
	s_nop 0
	v_writelane_b32 v254, s1, 50
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 46
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 51
	s_nop 1
	v_writelane_b32 v254, s1, 52
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 44
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 53
	s_nop 1
	v_writelane_b32 v254, s1, 54
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 42
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 55
	s_nop 1
	v_writelane_b32 v254, s1, 56
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 40
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 57
	s_nop 1
	v_writelane_b32 v254, s1, 58
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 38
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 59
	s_nop 1
	v_writelane_b32 v254, s1, 60
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 36
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 61
	s_nop 1
	v_writelane_b32 v254, s1, 62
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 34
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v254, s0, 63
	s_nop 1
	v_writelane_b32 v255, s1, 0
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 32
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 1
	s_nop 1
	v_writelane_b32 v255, s1, 2
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 30
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 3
	s_nop 1
	v_writelane_b32 v255, s1, 4
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 28
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 5
	s_nop 1
	v_writelane_b32 v255, s1, 6
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 26
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 7
	s_nop 1
	v_writelane_b32 v255, s1, 8
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 24
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 9
	s_nop 1
	v_writelane_b32 v255, s1, 10
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 22
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 11
	s_nop 1
	v_writelane_b32 v255, s1, 12
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 20
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 13
	s_nop 1
	v_writelane_b32 v255, s1, 14
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 18
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 15
	s_nop 1
	v_writelane_b32 v255, s1, 16
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 16
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 17
	s_nop 1
	v_writelane_b32 v255, s1, 18
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 14
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 19
	s_nop 1
	v_writelane_b32 v255, s1, 20
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 12
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	v_writelane_b32 v255, s0, 21
	s_nop 1
	v_writelane_b32 v255, s1, 22
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 10
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s60, s2, s0
	s_addc_u32 s61, s3, s1
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 8
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s46, s2, s0
	s_addc_u32 s47, s3, s1
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 6
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s30, s2, s0
	s_addc_u32 s31, s3, s1
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 4
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s4, s2, s0
	s_addc_u32 s5, s3, s1
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_i32 s0, vcc_lo, 2
	s_xor_b32 s0, s0, s17
	s_mul_hi_u32 s1, s0, s19
	s_mul_i32 s1, s1, s18
	s_sub_i32 s0, s0, s1
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_sub_i32 s1, s0, s18
	s_cmp_ge_u32 s0, s18
	s_cselect_b32 s0, s1, s0
	s_xor_b32 s0, s0, s17
	s_sub_i32 s0, s0, s17
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s0, s0, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_xor_b32 vcc_lo, vcc_lo, s17
	s_mul_hi_u32 s19, vcc_lo, s19
	s_mul_i32 s19, s19, s18
	s_sub_i32 s19, vcc_lo, s19
	s_sub_i32 vcc_lo, s19, s18
	s_cmp_ge_u32 s19, s18
	s_cselect_b32 s19, vcc_lo, s19
	s_sub_i32 vcc_lo, s19, s18
	s_cmp_ge_u32 s19, s18
	s_cselect_b32 s19, vcc_lo, s19
	v_cmp_le_u32_e32 vcc, s18, v2
	s_xor_b32 s19, s19, s17
	s_sub_i32 s17, s19, s17
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s18, v2
	v_cmp_le_u32_e32 vcc, s18, v2
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s17, s17, s15
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s15, s17, 31
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_cndmask_b32_e32 v18, v2, v4, vcc
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v2, v39, s62
	v_sub_u32_e32 v2, v45, v2
	v_subrev_u32_e32 v4, s62, v2
	v_cmp_le_u32_e32 vcc, s62, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v18, s16, v18
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_add_u32 s2, s2, s17
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s62, v2
	v_cmp_le_u32_e32 vcc, s62, v2
	v_writelane_b32 v255, s24, 23
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_addc_u32 s3, s3, s15
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_mul_lo_u32 v4, v37, s62
	v_sub_u32_e32 v4, v46, v4
	v_subrev_u32_e32 v6, s62, v4
	v_cmp_le_u32_e32 vcc, s62, v4
	v_writelane_b32 v255, s25, 24
	v_xor_b32_e32 v2, s98, v2
	v_cndmask_b32_e32 v4, v4, v6, vcc
	v_subrev_u32_e32 v6, s62, v4
	v_cmp_le_u32_e32 vcc, s62, v4
	v_subrev_u32_e32 v2, s98, v2
	s_cmp_eq_u32 s97, 0
	v_cndmask_b32_e32 v4, v4, v6, vcc
	v_mul_lo_u32 v6, v35, s62
	v_sub_u32_e32 v6, v44, v6
	v_subrev_u32_e32 v8, s62, v6
	v_cmp_le_u32_e32 vcc, s62, v6
	v_xor_b32_e32 v4, s98, v4
	v_subrev_u32_e32 v4, s98, v4
	v_cndmask_b32_e32 v6, v6, v8, vcc
	v_subrev_u32_e32 v8, s62, v6
	v_cmp_le_u32_e32 vcc, s62, v6
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[186:187], s[60:61], 0, v[118:119]
	v_lshl_add_u64 v[188:189], s[46:47], 0, v[118:119]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v6, v6, v8, vcc
	v_mul_lo_u32 v8, v33, s62
	v_sub_u32_e32 v8, v43, v8
	v_subrev_u32_e32 v11, s62, v8
	v_cmp_le_u32_e32 vcc, s62, v8
	v_xor_b32_e32 v6, s98, v6
	v_subrev_u32_e32 v6, s98, v6
	v_cndmask_b32_e32 v8, v8, v11, vcc
	v_subrev_u32_e32 v11, s62, v8
	v_cmp_le_u32_e32 vcc, s62, v8
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[190:191], s[30:31], 0, v[118:119]
	v_lshl_add_u64 v[192:193], s[4:5], 0, v[118:119]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v8, v8, v11, vcc
	v_mul_lo_u32 v11, v31, s62
	v_sub_u32_e32 v11, v42, v11
	v_subrev_u32_e32 v12, s62, v11
	v_cmp_le_u32_e32 vcc, s62, v11
	v_xor_b32_e32 v8, s98, v8
	v_subrev_u32_e32 v8, s98, v8
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_subrev_u32_e32 v12, s62, v11
	v_cmp_le_u32_e32 vcc, s62, v11
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[194:195], s[0:1], 0, v[118:119]
	v_lshl_add_u64 v[196:197], s[2:3], 0, v[118:119]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_mul_lo_u32 v12, v29, s62
	v_sub_u32_e32 v12, v41, v12
	v_subrev_u32_e32 v14, s62, v12
	v_cmp_le_u32_e32 vcc, s62, v12
	s_nop 1
	v_cndmask_b32_e32 v12, v12, v14, vcc
	v_subrev_u32_e32 v14, s62, v12
	v_cmp_le_u32_e32 vcc, s62, v12
	s_nop 1
	v_cndmask_b32_e32 v12, v12, v14, vcc
	v_mul_lo_u32 v14, v27, s62
	v_sub_u32_e32 v14, v38, v14
	v_subrev_u32_e32 v17, s62, v14
	v_cmp_le_u32_e32 vcc, s62, v14
	s_nop 1
	v_cndmask_b32_e32 v14, v14, v17, vcc
	v_subrev_u32_e32 v17, s62, v14
	v_cmp_le_u32_e32 vcc, s62, v14
	s_nop 1
	v_cndmask_b32_e32 v14, v14, v17, vcc
	v_mul_lo_u32 v17, v25, s62
	v_sub_u32_e32 v17, v36, v17
	v_subrev_u32_e32 v25, s62, v17
	v_cmp_le_u32_e32 vcc, s62, v17
	s_nop 1
	v_cndmask_b32_e32 v17, v17, v25, vcc
	v_subrev_u32_e32 v25, s62, v17
	v_cmp_le_u32_e32 vcc, s62, v17
	s_nop 1
	v_cndmask_b32_e32 v17, v17, v25, vcc
	v_subrev_u32_e32 v25, s62, v23
	v_cmp_le_u32_e32 vcc, s62, v23
	s_nop 1
	v_cndmask_b32_e32 v23, v23, v25, vcc
	v_subrev_u32_e32 v25, s62, v23
	v_cmp_le_u32_e32 vcc, s62, v23
	s_nop 1
	v_cndmask_b32_e32 v76, v23, v25, vcc
	v_subrev_u32_e32 v23, s62, v21
	v_cmp_le_u32_e32 vcc, s62, v21
	s_nop 1
	v_cndmask_b32_e32 v21, v21, v23, vcc
	v_subrev_u32_e32 v23, s62, v21
	v_cmp_le_u32_e32 vcc, s62, v21
	s_nop 1
	v_cndmask_b32_e32 v77, v21, v23, vcc
	v_subrev_u32_e32 v21, s62, v15
	v_cmp_le_u32_e32 vcc, s62, v15
	s_nop 1
	v_cndmask_b32_e32 v15, v15, v21, vcc
	v_subrev_u32_e32 v21, s62, v15
	v_cmp_le_u32_e32 vcc, s62, v15
	s_nop 1
	v_cndmask_b32_e32 v15, v15, v21, vcc
	v_subrev_u32_e32 v21, s62, v13
	v_cmp_le_u32_e32 vcc, s62, v13
	v_xor_b32_e32 v15, s98, v15
	v_subrev_u32_e32 v15, s98, v15
	v_cndmask_b32_e32 v13, v13, v21, vcc
	v_subrev_u32_e32 v21, s62, v13
	v_cmp_le_u32_e32 vcc, s62, v13
	s_nop 1
	v_cndmask_b32_e32 v13, v13, v21, vcc
	v_subrev_u32_e32 v21, s62, v9
	v_cmp_le_u32_e32 vcc, s62, v9
	v_xor_b32_e32 v13, s98, v13
	v_subrev_u32_e32 v13, s98, v13
	v_cndmask_b32_e32 v9, v9, v21, vcc
	v_subrev_u32_e32 v21, s62, v9
	v_cmp_le_u32_e32 vcc, s62, v9
	s_nop 1
	v_cndmask_b32_e32 v9, v9, v21, vcc
	v_subrev_u32_e32 v21, s62, v7
	v_cmp_le_u32_e32 vcc, s62, v7
	v_xor_b32_e32 v9, s98, v9
	v_subrev_u32_e32 v9, s98, v9
	v_cndmask_b32_e32 v7, v7, v21, vcc
	v_subrev_u32_e32 v21, s62, v7
	v_cmp_le_u32_e32 vcc, s62, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v21, vcc
	v_subrev_u32_e32 v21, s62, v5
	v_cmp_le_u32_e32 vcc, s62, v5
	v_xor_b32_e32 v7, s98, v7
	v_subrev_u32_e32 v7, s98, v7
	v_cndmask_b32_e32 v5, v5, v21, vcc
	v_subrev_u32_e32 v21, s62, v5
	v_cmp_le_u32_e32 vcc, s62, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v21, vcc
	v_cmp_le_u32_e32 vcc, s62, v3
	v_xor_b32_e32 v5, s98, v5
	v_subrev_u32_e32 v5, s98, v5
	v_cndmask_b32_e32 v3, v3, v20, vcc
	v_subrev_u32_e32 v20, s62, v3
	v_cmp_le_u32_e32 vcc, s62, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v20, vcc
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_u32_e32 v20, s16, v18
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v18, s99, v126
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	v_add_u32_e32 v18, s63, v18
	v_xor_b32_e32 v18, s63, v18
	s_load_dwordx4 s[16:19], s[24:25], 0x40
	v_mul_hi_u32 v10, v18, v10
	v_mul_lo_u32 v10, v10, s62
	v_sub_u32_e32 v10, v18, v10
	v_subrev_u32_e32 v18, s62, v10
	v_cmp_le_u32_e32 vcc, s62, v10
	.loc	1 38 34 is_stmt 1               ; w8a8_gemm.py:38:34
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v20, v20, s16
	.loc	1 38 20 is_stmt 0               ; w8a8_gemm.py:38:20
	v_readlane_b32 s24, v254, 23
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v10, v10, v18, vcc
	v_subrev_u32_e32 v18, s62, v10
	v_cmp_le_u32_e32 vcc, s62, v10
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_ashrrev_i32_e32 v21, 31, v20
	v_readlane_b32 s25, v254, 24
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cndmask_b32_e32 v10, v10, v18, vcc
	v_xor_b32_e32 v10, s63, v10
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_lshl_add_u64 v[20:21], v[20:21], 2, s[24:25]
	v_accvgpr_write_b32 a51, v21
	v_accvgpr_write_b32 a50, v20
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v20, s63, v10
	v_xor_b32_e32 v10, s98, v11
	v_xor_b32_e32 v11, s98, v12
	v_xor_b32_e32 v12, s98, v14
	v_xor_b32_e32 v14, s98, v17
	v_xor_b32_e32 v17, s98, v76
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v76, 31, v2
	v_lshrrev_b32_e32 v76, 25, v76
	v_add_u32_e32 v2, v2, v76
	v_ashrrev_i32_e32 v76, 31, v4
	v_lshrrev_b32_e32 v76, 25, v76
	v_add_u32_e32 v4, v4, v76
	v_ashrrev_i32_e32 v76, 31, v6
	v_lshrrev_b32_e32 v76, 25, v76
	v_add_u32_e32 v6, v6, v76
	v_ashrrev_i32_e32 v76, 31, v8
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v10, s98, v10
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v76, 25, v76
	v_add_u32_e32 v8, v8, v76
	v_ashrrev_i32_e32 v76, 31, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v11, s98, v11
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v76, 25, v76
	v_add_u32_e32 v10, v10, v76
	v_ashrrev_i32_e32 v76, 31, v11
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v12, s98, v12
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v76, 25, v76
	v_add_u32_e32 v11, v11, v76
	v_ashrrev_i32_e32 v76, 31, v12
	v_lshrrev_b32_e32 v76, 25, v76
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v14, s98, v14
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v12, v12, v76
	v_ashrrev_i32_e32 v76, 7, v12
	v_ashrrev_i32_e32 v12, 31, v14
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v17, s98, v17
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v12, v14, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[74:75], s[6:7], 0, v[20:21]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v18, s98, v77
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v77, 7, v12
	v_ashrrev_i32_e32 v12, 31, v17
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s6, v254, 25
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s7, v254, 26
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v18, s98, v18
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v12, v17, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[108:109], s[6:7], 0, v[20:21]
	v_readlane_b32 s6, v254, 27
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v17, 7, v12
	v_ashrrev_i32_e32 v12, 31, v18
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s7, v254, 28
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	v_add_u32_e32 v12, v18, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[110:111], s[6:7], 0, v[20:21]
	v_readlane_b32 s6, v254, 29
	v_readlane_b32 s7, v254, 30
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v18, 7, v12
	v_ashrrev_i32_e32 v12, 31, v15
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[112:113], s[6:7], 0, v[20:21]
	v_readlane_b32 s6, v254, 31
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s7, v254, 32
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v12, v15, v12
	v_ashrrev_i32_e32 v15, 7, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[114:115], s[6:7], 0, v[20:21]
	v_readlane_b32 s6, v254, 33
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v12, 31, v13
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s7, v254, 34
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	v_add_u32_e32 v12, v13, v12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[116:117], s[6:7], 0, v[20:21]
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s6, v254, 35
	v_readlane_b32 s7, v254, 36
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v13, 7, v12
	v_ashrrev_i32_e32 v12, 31, v9
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[120:121], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 37
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 38
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v9, v9, v12
	v_ashrrev_i32_e32 v12, 31, v7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[122:123], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 39
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 40
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_xor_b32_e32 v3, s98, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v7, v7, v12
	v_ashrrev_i32_e32 v12, 31, v5
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[124:125], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 41
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_u32_e32 v3, s98, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 42
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_u32_e32 v5, v5, v12
	v_ashrrev_i32_e32 v12, 31, v3
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[140:141], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 43
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 44
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v2, 7, v2
	v_add_u32_e32 v3, v3, v12
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[142:143], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 45
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v3, 7, v3
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v2, v2, s19
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 46
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v4, 7, v4
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v106, v3, s19
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[144:145], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 47
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v5, 7, v5
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v4, v4, s19
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[10:11]
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 48
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v104, v5, s19
	v_accvgpr_write_b32 a53, v3
	v_accvgpr_write_b32 a52, v2
	.loc	1 39 20 is_stmt 0               ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[146:147], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 49
	v_and_b32_e32 v3, 15, v0
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[78:79], v[4:5], 2, s[10:11]
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v254, 50
	v_lshrrev_b32_e32 v2, 2, v19
	v_lshlrev_b32_e32 v4, 3, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v6, 7, v6
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[148:149], s[6:7], 0, v[118:119]
	s_cselect_b32 s6, 0, 0x88
	s_lshl_b32 s7, s97, 5
	v_xor_b32_e32 v5, v4, v2
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v7, 7, v7
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v6, v6, s19
	v_or3_b32 v1, s7, v1, v5
	v_lshrrev_b32_e32 v5, 1, v0
	v_readlane_b32 s7, v254, 2
	s_cmp_eq_u32 s21, 0
	v_mul_lo_u32 v102, v7, s19
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v7, 31, v6
	v_xor_b32_e32 v5, s7, v5
	s_cselect_b32 s7, 0, 0x1010
	v_lshl_add_u64 v[80:81], v[6:7], 2, s[10:11]
	v_or_b32_e32 v2, s7, v2
	v_xor_b32_e32 v6, s6, v118
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_readlane_b32 s6, v254, 51
	v_readlane_b32 s7, v254, 52
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s24, v254, 3
	v_readlane_b32 s25, v254, 4
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[150:151], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 53
	v_readlane_b32 s7, v254, 54
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[22:23], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 5
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[152:153], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 55
	v_readlane_b32 s7, v254, 56
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 6
	v_bfe_i32 v0, v0, 4, 1
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[154:155], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 57
	v_readlane_b32 s7, v254, 58
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[24:25], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[156:157], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 59
	v_readlane_b32 s7, v254, 60
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 8
	v_and_b32_e32 v0, 0x808, v0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[158:159], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 61
	v_readlane_b32 s7, v254, 62
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[26:27], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 9
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[160:161], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v254, 63
	v_readlane_b32 s7, v255, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 10
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v8, 7, v8
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[162:163], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 1
	v_readlane_b32 s7, v255, 2
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[28:29], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 11
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[164:165], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 3
	v_readlane_b32 s7, v255, 4
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 12
	v_xor_b32_e32 v0, v0, v2
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[166:167], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 5
	v_readlane_b32 s7, v255, 6
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[30:31], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 13
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[168:169], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 7
	v_readlane_b32 s7, v255, 8
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 14
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v10, 7, v10
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[170:171], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 9
	v_readlane_b32 s7, v255, 10
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[32:33], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 15
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[172:173], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 11
	v_readlane_b32 s7, v255, 12
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 16
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v9, 7, v9
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[174:175], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 13
	v_readlane_b32 s7, v255, 14
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[34:35], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 17
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[176:177], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 15
	v_readlane_b32 s7, v255, 16
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 18
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v8, v8, s19
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[178:179], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 17
	v_and_b32_e32 v5, 24, v5
	v_xor_b32_e32 v0, v0, v4
	v_readlane_b32 s7, v255, 18
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[36:37], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 19
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v11, 7, v11
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v10, v10, s19
	v_mul_lo_u32 v100, v9, s19
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v9, 31, v8
	v_xor_b32_e32 v5, v5, v4
	v_lshl_or_b32 v0, v3, 7, v0
	v_xor_b32_e32 v2, 16, v6
	v_xor_b32_e32 v3, 32, v6
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[180:181], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 19
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 20
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v12, v11, s19
	.loc	1 39 20 is_stmt 0               ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[82:83], v[8:9], 2, s[10:11]
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_or_b32 v5, v126, 7, v5
	v_xor_b32_e32 v4, 48, v6
	v_xor_b32_e32 v7, 64, v6
	v_xor_b32_e32 v8, 0x50, v6
	v_xor_b32_e32 v9, 0x60, v6
	v_add_u32_e32 v230, 0, v2
	v_add_u32_e32 v231, 0, v3
	v_xor_b32_e32 v2, 16, v1
	v_xor_b32_e32 v3, 32, v1
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v255, 20
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[38:39], s[24:25], 0, v[20:21]
	v_readlane_b32 s24, v254, 21
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v14, v76, s19
	v_mul_lo_u32 v90, v77, s19
	v_mul_lo_u32 v92, v17, s19
	v_mul_lo_u32 v94, v18, s19
	v_mul_lo_u32 v96, v15, s19
	v_mul_lo_u32 v98, v13, s19
	.loc	1 39 20 is_stmt 0               ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[84:85], v[10:11], 2, s[10:11]
	v_xor_b32_e32 v10, 0x70, v6
	v_add_u32_e32 v19, 0, v6
	v_add_u32_e32 v232, 0, v4
	v_add_u32_e32 v233, 0, v7
	v_add_u32_e32 v234, 0, v8
	v_add_u32_e32 v235, 0, v9
	v_xor_b32_e32 v4, 48, v1
	v_xor_b32_e32 v6, 64, v1
	v_xor_b32_e32 v7, 0x50, v1
	v_xor_b32_e32 v8, 0x60, v1
	v_xor_b32_e32 v9, 0x70, v1
	v_add_u32_e32 v237, 0, v1
	v_add_u32_e32 v238, 0, v2
	v_add_u32_e32 v239, 0, v3
	v_xor_b32_e32 v1, 32, v5
	v_xor_b32_e32 v2, 64, v5
	v_xor_b32_e32 v3, 0x60, v5
	.loc	1 35 14 is_stmt 1               ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[182:183], s[6:7], 0, v[118:119]
	v_readlane_b32 s6, v255, 21
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_readlane_b32 s25, v254, 22
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v13, 31, v12
	v_ashrrev_i32_e32 v15, 31, v14
	v_ashrrev_i32_e32 v91, 31, v90
	v_ashrrev_i32_e32 v93, 31, v92
	v_ashrrev_i32_e32 v95, 31, v94
	v_ashrrev_i32_e32 v97, 31, v96
	v_ashrrev_i32_e32 v99, 31, v98
	v_ashrrev_i32_e32 v101, 31, v100
	v_ashrrev_i32_e32 v103, 31, v102
	v_ashrrev_i32_e32 v105, 31, v104
	v_ashrrev_i32_e32 v107, 31, v106
	v_add_u32_e32 v240, 0, v4
	v_add_u32_e32 v241, 0, v6
	v_add_u32_e32 v242, 0, v7
	v_add_u32_e32 v245, 0, v5
	v_add_u32_e32 v246, 0, v1
	v_add_u32_e32 v247, 0, v2
	v_add_u32_e32 v248, 0, v3
	v_xor_b32_e32 v1, 16, v0
	v_xor_b32_e32 v2, 32, v0
	v_xor_b32_e32 v3, 48, v0
	v_xor_b32_e32 v4, 64, v0
	v_xor_b32_e32 v5, 0x50, v0
	v_xor_b32_e32 v6, 0x60, v0
	v_xor_b32_e32 v7, 0x70, v0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_readlane_b32 s7, v255, 22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_lshl_add_u64 v[40:41], s[24:25], 0, v[20:21]
	v_lshl_add_u64 v[42:43], s[58:59], 0, v[20:21]
	v_lshl_add_u64 v[44:45], s[56:57], 0, v[20:21]
	v_lshl_add_u64 v[46:47], s[54:55], 0, v[20:21]
	v_lshl_add_u64 v[48:49], s[52:53], 0, v[20:21]
	v_lshl_add_u64 v[50:51], s[50:51], 0, v[20:21]
	v_lshl_add_u64 v[52:53], s[48:49], 0, v[20:21]
	v_lshl_add_u64 v[54:55], s[44:45], 0, v[20:21]
	v_lshl_add_u64 v[56:57], s[42:43], 0, v[20:21]
	v_lshl_add_u64 v[58:59], s[40:41], 0, v[20:21]
	v_lshl_add_u64 v[60:61], s[38:39], 0, v[20:21]
	v_lshl_add_u64 v[62:63], s[36:37], 0, v[20:21]
	v_lshl_add_u64 v[64:65], s[34:35], 0, v[20:21]
	v_lshl_add_u64 v[66:67], s[28:29], 0, v[20:21]
	v_lshl_add_u64 v[68:69], s[26:27], 0, v[20:21]
	v_lshl_add_u64 v[70:71], s[22:23], 0, v[20:21]
	v_lshl_add_u64 v[72:73], s[8:9], 0, v[20:21]
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshl_add_u64 v[86:87], v[12:13], 2, s[10:11]
	v_lshl_add_u64 v[88:89], v[14:15], 2, s[10:11]
	v_lshl_add_u64 v[90:91], v[90:91], 2, s[10:11]
	v_lshl_add_u64 v[92:93], v[92:93], 2, s[10:11]
	v_lshl_add_u64 v[94:95], v[94:95], 2, s[10:11]
	v_lshl_add_u64 v[96:97], v[96:97], 2, s[10:11]
	v_lshl_add_u64 v[98:99], v[98:99], 2, s[10:11]
	v_lshl_add_u64 v[100:101], v[100:101], 2, s[10:11]
	v_lshl_add_u64 v[102:103], v[102:103], 2, s[10:11]
	v_lshl_add_u64 v[104:105], v[104:105], 2, s[10:11]
	v_lshl_add_u64 v[106:107], v[106:107], 2, s[10:11]
	s_ashr_i32 s21, s20, 31
	v_add_u32_e32 v236, 0, v10
	v_add_u32_e32 v243, 0, v8
	v_add_u32_e32 v244, 0, v9
	v_add_u32_e32 v249, 0, v0
	v_add_u32_e32 v250, 0, v1
	v_add_u32_e32 v251, 0, v2
	v_add_u32_e32 v252, 0, v3
	v_add_u32_e32 v253, 0, v4
	v_add_u32_e32 v214, 0, v5
	v_add_u32_e32 v215, 0, v6
	v_add_u32_e32 v216, 0, v7
	v_mov_b32_e32 v17, v16
	v_mov_b32_e32 v126, v16
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_lshl_add_u64 v[184:185], s[6:7], 0, v[118:119]
	s_branch .LBB0_3
.LBB0_2:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_mul_i32 s0, s33, s18
	.loc	1 48 23 is_stmt 0               ; w8a8_gemm.py:48:23
	s_ashr_i32 s1, s0, 31
	s_lshl_b64 s[0:1], s[0:1], 2
	v_accvgpr_read_b32 v77, a53
	v_accvgpr_read_b32 v76, a52
	v_lshl_add_u64 v[198:199], v[76:77], 0, s[0:1]
	v_lshl_add_u64 v[200:201], v[78:79], 0, s[0:1]
	v_lshl_add_u64 v[202:203], v[80:81], 0, s[0:1]
	v_lshl_add_u64 v[204:205], v[82:83], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v198, v[198:199], off
	s_nop 0
	global_load_dword v199, v[200:201], off
	s_nop 0
	global_load_dword v200, v[202:203], off
	global_load_dword v201, v[204:205], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[202:203], v[84:85], 0, s[0:1]
	v_lshl_add_u64 v[204:205], v[86:87], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v202, v[202:203], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[206:207], v[90:91], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v203, v[204:205], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[204:205], v[88:89], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v204, v[204:205], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[208:209], v[94:95], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v205, v[206:207], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[206:207], v[92:93], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v206, v[206:207], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[210:211], v[98:99], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v207, v[208:209], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[208:209], v[96:97], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v208, v[208:209], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[212:213], v[102:103], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v209, v[210:211], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[210:211], v[100:101], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v210, v[210:211], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[76:77], v[106:107], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v211, v[212:213], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_lshl_add_u64 v[212:213], v[104:105], 0, s[0:1]
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v212, v[212:213], off
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	s_waitcnt vmcnt(15)
	v_lshlrev_b16_e32 v15, 8, v15
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_dword v213, v[76:77], off
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v76, 8, v219
	v_or_b32_sdwa v76, v217, v76 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v12, v12, v15
	v_lshlrev_b16_e32 v9, 8, v9
	v_lshlrev_b16_e32 v1, 8, v1
	.loc	1 47 38                         ; w8a8_gemm.py:47:38
	s_mul_i32 s0, s33, s17
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_sdwa v7, v7, v9 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v0, v0, v1
	v_or_b32_sdwa v1, v76, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_ashr_i32 s1, s0, 31
	v_accvgpr_read_b32 v77, a51
	v_accvgpr_read_b32 v76, a50
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b32_sdwa v0, v7, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	v_lshl_add_u64 v[76:77], s[0:1], 2, v[76:77]
	.loc	1 47 15 is_stmt 0               ; w8a8_gemm.py:47:15
	global_load_dword v76, v[76:77], off
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_barrier
	ds_write_b8 v19, a0
	ds_write_b8 v19, a8 offset:2048
	ds_write_b8 v19, a16 offset:4096
	ds_write_b8 v19, a24 offset:6144
	ds_write_b8 v230, v21 offset:256
	ds_write_b8 v230, a7 offset:2304
	ds_write_b8 v230, a15 offset:4352
	ds_write_b8 v230, a23 offset:6400
	ds_write_b8 v231, a2 offset:512
	ds_write_b8 v231, a10 offset:2560
	ds_write_b8 v231, a18 offset:4608
	ds_write_b8 v231, a26 offset:6656
	ds_write_b8 v232, a1 offset:768
	ds_write_b8 v232, a9 offset:2816
	ds_write_b8 v232, a17 offset:4864
	ds_write_b8 v232, a25 offset:6912
	ds_write_b8 v233, a4 offset:1024
	ds_write_b8 v233, a12 offset:3072
	ds_write_b8 v233, a20 offset:5120
	ds_write_b8 v233, a28 offset:7168
	ds_write_b8 v234, a3 offset:1280
	ds_write_b8 v234, a11 offset:3328
	ds_write_b8 v234, a19 offset:5376
	ds_write_b8 v234, a27 offset:7424
	ds_write_b8 v235, a6 offset:1536
	ds_write_b8 v235, a14 offset:3584
	ds_write_b8 v235, a22 offset:5632
	ds_write_b8 v235, a30 offset:7680
	ds_write_b8 v236, a5 offset:1792
	ds_write_b8 v236, a13 offset:3840
	ds_write_b8 v236, a21 offset:5888
	ds_write_b8 v236, a29 offset:7936
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 a[0:1], v237
	ds_read_b64 a[2:3], v238
	ds_read_b64 a[4:5], v239
	ds_read_b64 a[6:7], v240
	ds_read_b64 a[8:9], v241
	ds_read_b64 a[10:11], v242
	ds_read_b64 a[12:13], v243
	ds_read_b64 a[14:15], v244
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b64 v245, v[0:1]
	.loc	1 47 38                         ; w8a8_gemm.py:47:38
	v_lshlrev_b16_e32 v0, 8, v20
	v_or_b32_sdwa v7, v18, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16_e32 v0, 8, v13
	v_lshlrev_b16_e32 v1, 8, v8
	v_or_b32_sdwa v0, v10, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v6, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v5
	v_lshlrev_b16_e32 v3, 8, v3
	v_or_b32_sdwa v0, v4, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v2, v3
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v246, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v224
	v_lshlrev_b16_e32 v1, 8, v221
	v_or_b32_sdwa v0, v222, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v220, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v218
	v_lshlrev_b16_e32 v2, 8, v14
	v_or_b32_sdwa v0, v119, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v11, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v247, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v227
	v_lshlrev_b16_e32 v1, 8, v225
	v_or_b32_sdwa v0, v226, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v223, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v228
	v_or_b32_e32 v1, v229, v1
	v_or_b32_sdwa v1, v7, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v248, v[0:1]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[20:21], v249
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[0:1], 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v250
	s_mov_b64 s[0:1], 0x80
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_add_i32 s33, s33, 1
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[196:197], v[196:197], 0, s[0:1]
	v_lshl_add_u64 v[194:195], v[194:195], 0, s[0:1]
	v_lshl_add_u64 v[192:193], v[192:193], 0, s[0:1]
	v_lshl_add_u64 v[190:191], v[190:191], 0, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[2:3], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v251
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[188:189], v[188:189], 0, s[0:1]
	v_lshl_add_u64 v[186:187], v[186:187], 0, s[0:1]
	v_lshl_add_u64 v[184:185], v[184:185], 0, s[0:1]
	v_lshl_add_u64 v[182:183], v[182:183], 0, s[0:1]
	v_lshl_add_u64 v[180:181], v[180:181], 0, s[0:1]
	v_lshl_add_u64 v[178:179], v[178:179], 0, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[4:5], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v252
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[176:177], v[176:177], 0, s[0:1]
	v_lshl_add_u64 v[174:175], v[174:175], 0, s[0:1]
	v_lshl_add_u64 v[172:173], v[172:173], 0, s[0:1]
	v_lshl_add_u64 v[170:171], v[170:171], 0, s[0:1]
	v_lshl_add_u64 v[168:169], v[168:169], 0, s[0:1]
	v_lshl_add_u64 v[166:167], v[166:167], 0, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[6:7], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v253
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[164:165], v[164:165], 0, s[0:1]
	v_lshl_add_u64 v[162:163], v[162:163], 0, s[0:1]
	v_lshl_add_u64 v[160:161], v[160:161], 0, s[0:1]
	v_lshl_add_u64 v[158:159], v[158:159], 0, s[0:1]
	v_lshl_add_u64 v[156:157], v[156:157], 0, s[0:1]
	v_lshl_add_u64 v[154:155], v[154:155], 0, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[8:9], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v214
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[152:153], v[152:153], 0, s[0:1]
	v_lshl_add_u64 v[150:151], v[150:151], 0, s[0:1]
	v_lshl_add_u64 v[148:149], v[148:149], 0, s[0:1]
	v_lshl_add_u64 v[146:147], v[146:147], 0, s[0:1]
	v_lshl_add_u64 v[144:145], v[144:145], 0, s[0:1]
	v_lshl_add_u64 v[142:143], v[142:143], 0, s[0:1]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[10:11], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v215
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_lshl_add_u64 v[140:141], v[140:141], 0, s[0:1]
	v_lshl_add_u64 v[124:125], v[124:125], 0, s[0:1]
	v_lshl_add_u64 v[122:123], v[122:123], 0, s[0:1]
	v_lshl_add_u64 v[120:121], v[120:121], 0, s[0:1]
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[116:117], v[116:117], 0, s[20:21]
	v_lshl_add_u64 v[114:115], v[114:115], 0, s[20:21]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[12:13], v[0:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_read_b64 v[20:21], v216
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[112:113], v[112:113], 0, s[20:21]
	v_lshl_add_u64 v[110:111], v[110:111], 0, s[20:21]
	v_lshl_add_u64 v[108:109], v[108:109], 0, s[20:21]
	v_lshl_add_u64 v[74:75], v[74:75], 0, s[20:21]
	v_lshl_add_u64 v[72:73], v[72:73], 0, s[20:21]
	v_lshl_add_u64 v[70:71], v[70:71], 0, s[20:21]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[20:21], a[14:15], v[0:15]
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[68:69], v[68:69], 0, s[20:21]
	v_lshl_add_u64 v[66:67], v[66:67], 0, s[20:21]
	v_lshl_add_u64 v[64:65], v[64:65], 0, s[20:21]
	v_lshl_add_u64 v[62:63], v[62:63], 0, s[20:21]
	v_lshl_add_u64 v[60:61], v[60:61], 0, s[20:21]
	v_lshl_add_u64 v[58:59], v[58:59], 0, s[20:21]
	v_lshl_add_u64 v[56:57], v[56:57], 0, s[20:21]
	v_lshl_add_u64 v[54:55], v[54:55], 0, s[20:21]
	v_lshl_add_u64 v[52:53], v[52:53], 0, s[20:21]
	v_lshl_add_u64 v[50:51], v[50:51], 0, s[20:21]
	v_lshl_add_u64 v[48:49], v[48:49], 0, s[20:21]
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[0:1], v[76:77], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[76:77], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[76:77], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[76:77], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[76:77], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[76:77], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[76:77], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[76:77], v[14:15] op_sel_hi:[0,1]
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_pk_fma_f32 v[138:139], v[198:199], v[0:1], v[138:139]
	v_pk_fma_f32 v[136:137], v[200:201], v[2:3], v[136:137]
	v_pk_fma_f32 v[134:135], v[202:203], v[4:5], v[134:135]
	v_pk_fma_f32 v[132:133], v[204:205], v[6:7], v[132:133]
	v_pk_fma_f32 v[130:131], v[206:207], v[8:9], v[130:131]
	v_pk_fma_f32 v[128:129], v[208:209], v[10:11], v[128:129]
	v_pk_fma_f32 v[126:127], v[210:211], v[12:13], v[126:127]
	v_pk_fma_f32 v[16:17], v[212:213], v[14:15], v[16:17]
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[46:47], v[46:47], 0, s[20:21]
	v_lshl_add_u64 v[44:45], v[44:45], 0, s[20:21]
	v_lshl_add_u64 v[42:43], v[42:43], 0, s[20:21]
	v_lshl_add_u64 v[40:41], v[40:41], 0, s[20:21]
	v_lshl_add_u64 v[38:39], v[38:39], 0, s[20:21]
	v_lshl_add_u64 v[36:37], v[36:37], 0, s[20:21]
	v_lshl_add_u64 v[34:35], v[34:35], 0, s[20:21]
	v_lshl_add_u64 v[32:33], v[32:33], 0, s[20:21]
	v_lshl_add_u64 v[30:31], v[30:31], 0, s[20:21]
	v_lshl_add_u64 v[28:29], v[28:29], 0, s[20:21]
	v_lshl_add_u64 v[26:27], v[26:27], 0, s[20:21]
	v_lshl_add_u64 v[24:25], v[24:25], 0, s[20:21]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_lg_u32 s33, s96
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_lshl_add_u64 v[22:23], v[22:23], 0, s[20:21]
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc0 .LBB0_131
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 43 27                         ; w8a8_gemm.py:43:27
	s_lshl_b32 s0, s33, 7
	.loc	1 43 23 is_stmt 0               ; w8a8_gemm.py:43:23
	s_sub_i32 s2, s14, s0
	.loc	1 44 34 is_stmt 1               ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e32 vcc, s2, v118
	v_mov_b32_e32 v21, 0
	v_accvgpr_write_b32 a0, 0
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_5
; %bb.4:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a0, v[196:197], off
.LBB0_5:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_7
; %bb.6:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v21, v[194:195], off
.LBB0_7:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_9
; %bb.8:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a2, v[192:193], off
.LBB0_9:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_11
; %bb.10:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a1, v[190:191], off
.LBB0_11:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_13
; %bb.12:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a4, v[188:189], off
.LBB0_13:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_15
; %bb.14:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a3, v[186:187], off
.LBB0_15:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_17
; %bb.16:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a6, v[184:185], off
.LBB0_17:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_19
; %bb.18:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a5, v[182:183], off
.LBB0_19:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_21
; %bb.20:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a8, v[180:181], off
.LBB0_21:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_23
; %bb.22:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a7, v[178:179], off
.LBB0_23:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_25
; %bb.24:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a10, v[176:177], off
.LBB0_25:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_27
; %bb.26:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a9, v[174:175], off
.LBB0_27:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_29
; %bb.28:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a12, v[172:173], off
.LBB0_29:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_31
; %bb.30:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a11, v[170:171], off
.LBB0_31:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_33
; %bb.32:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a14, v[168:169], off
.LBB0_33:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_35
; %bb.34:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a13, v[166:167], off
.LBB0_35:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a16, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_37
; %bb.36:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a16, v[164:165], off
.LBB0_37:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_39
; %bb.38:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a15, v[162:163], off
.LBB0_39:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a18, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_41
; %bb.40:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a18, v[160:161], off
.LBB0_41:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_43
; %bb.42:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a17, v[158:159], off
.LBB0_43:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a20, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_45
; %bb.44:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a20, v[156:157], off
.LBB0_45:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_47
; %bb.46:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a19, v[154:155], off
.LBB0_47:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a22, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_49
; %bb.48:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a22, v[152:153], off
.LBB0_49:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_51
; %bb.50:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a21, v[150:151], off
.LBB0_51:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a24, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_53
; %bb.52:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a24, v[148:149], off
.LBB0_53:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_55
; %bb.54:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a23, v[146:147], off
.LBB0_55:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a26, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_57
; %bb.56:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a26, v[144:145], off
.LBB0_57:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_59
; %bb.58:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a25, v[142:143], off
.LBB0_59:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a28, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_61
; %bb.60:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a28, v[140:141], off
.LBB0_61:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_63
; %bb.62:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a27, v[124:125], off
.LBB0_63:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a30, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_97
; %bb.64:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_98
.LBB0_65:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s64, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_99
.LBB0_66:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v0, v[116:117], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s65, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_100
.LBB0_67:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v1, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s66, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_101
.LBB0_68:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v7, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s67, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_102
.LBB0_69:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v9, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s68, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_103
.LBB0_70:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v12, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s69, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_104
.LBB0_71:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v15, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s70, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_105
.LBB0_72:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v217, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s71, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_106
.LBB0_73:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v219, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s72, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_107
.LBB0_74:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v2, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s73, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_108
.LBB0_75:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v3, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s74, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_109
.LBB0_76:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v4, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s75, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_110
.LBB0_77:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v5, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s76, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_111
.LBB0_78:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v6, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s77, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_112
.LBB0_79:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v8, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s78, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_113
.LBB0_80:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v10, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s79, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_114
.LBB0_81:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v13, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s80, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_115
.LBB0_82:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v11, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s81, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_116
.LBB0_83:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v14, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s82, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_117
.LBB0_84:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v119, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s83, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_118
.LBB0_85:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v218, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s84, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_119
.LBB0_86:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v220, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s85, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_120
.LBB0_87:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v221, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s86, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_121
.LBB0_88:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v222, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s87, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_122
.LBB0_89:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v224, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s88, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_123
.LBB0_90:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v223, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s89, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_124
.LBB0_91:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v225, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s90, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_125
.LBB0_92:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v226, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s91, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_126
.LBB0_93:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v227, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s92, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_127
.LBB0_94:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v229, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s93, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_128
.LBB0_95:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v228, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s94, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_129
.LBB0_96:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v18, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s95, s2
	.loc	1 47 38 is_stmt 1               ; w8a8_gemm.py:47:38
	v_mov_b32_e32 v20, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_2
	s_branch .LBB0_130
.LBB0_97:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	global_load_ubyte a30, v[122:123], off
	s_or_b64 exec, exec, s[0:1]
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_65
.LBB0_98:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a29, v[120:121], off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s64, s2
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc0 .LBB0_66
.LBB0_99:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_mov_b32_e32 v0, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s65, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_67
.LBB0_100:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v1, v[114:115], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s66, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_68
.LBB0_101:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v7, v[112:113], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s67, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_69
.LBB0_102:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v9, v[110:111], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s68, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_70
.LBB0_103:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v12, v[108:109], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s69, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_71
.LBB0_104:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v15, v[74:75], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s70, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_72
.LBB0_105:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v217, v[72:73], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s71, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_73
.LBB0_106:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v219, v[70:71], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s72, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_74
.LBB0_107:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v2, v[68:69], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s73, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_75
.LBB0_108:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v3, v[66:67], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s74, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_76
.LBB0_109:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v4, v[64:65], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s75, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_77
.LBB0_110:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v5, v[62:63], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s76, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_78
.LBB0_111:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v6, v[60:61], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s77, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_79
.LBB0_112:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v8, v[58:59], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s78, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_80
.LBB0_113:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v10, v[56:57], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s79, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_81
.LBB0_114:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v13, v[54:55], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s80, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_82
.LBB0_115:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v11, v[52:53], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s81, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_83
.LBB0_116:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v14, v[50:51], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s82, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_84
.LBB0_117:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v119, v[48:49], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s83, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_85
.LBB0_118:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v218, v[46:47], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s84, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_86
.LBB0_119:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v220, v[44:45], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s85, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_87
.LBB0_120:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v221, v[42:43], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s86, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_88
.LBB0_121:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v222, v[40:41], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s87, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_89
.LBB0_122:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v224, v[38:39], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s88, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_90
.LBB0_123:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v223, v[36:37], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s89, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_91
.LBB0_124:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v225, v[34:35], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s90, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_92
.LBB0_125:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v226, v[32:33], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s91, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_93
.LBB0_126:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v227, v[30:31], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s92, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_94
.LBB0_127:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v229, v[28:29], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s93, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_95
.LBB0_128:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v228, v[26:27], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s94, s2
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_96
.LBB0_129:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v18, v[24:25], off
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s95, s2
	.loc	1 47 38 is_stmt 1               ; w8a8_gemm.py:47:38
	v_mov_b32_e32 v20, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_2
.LBB0_130:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v20, v[22:23], off
	s_branch .LBB0_2
.LBB0_131:                              ; %Flow
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_readlane_b32 s22, v254, 0
	v_readlane_b32 s24, v255, 23
	v_mov_b32_e32 v2, v16
	v_readlane_b32 s23, v254, 1
	v_readlane_b32 s25, v255, 24
.LBB0_132:                              ; %Flow555
	s_load_dword s0, s[24:25], 0x3c
	v_accvgpr_read_b32 v3, a45
	v_accvgpr_read_b32 v4, a48
	.loc	1 56 14 is_stmt 1               ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v4
	.loc	1 56 22                         ; w8a8_gemm.py:56:22
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v0, v3, s0
	.loc	1 56 14 is_stmt 0               ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[22:23]
	.loc	1 57 15 is_stmt 1               ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e64 s[0:1], s12, v3
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_lshl_add_u64 v[0:1], v[4:5], 1, v[0:1]
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_134
; %bb.133:
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
.LBB0_134:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a46
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_136
; %bb.135:
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
.LBB0_136:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a44
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_138
; %bb.137:
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
.LBB0_138:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a43
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_140
; %bb.139:
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
.LBB0_140:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a42
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_142
; %bb.141:
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
.LBB0_142:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a41
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_144
; %bb.143:
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
.LBB0_144:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a40
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_146
; %bb.145:
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
.LBB0_146:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a39
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_148
; %bb.147:
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
.LBB0_148:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a38
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_150
; %bb.149:
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
.LBB0_150:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a37
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_152
; %bb.151:
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
.LBB0_152:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a35
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_154
; %bb.153:
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
.LBB0_154:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a36
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_156
; %bb.155:
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
.LBB0_156:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a34
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_158
; %bb.157:
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
.LBB0_158:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a33
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_160
; %bb.159:
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
.LBB0_160:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v3, a32
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v3
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_162
; %bb.161:
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
.LBB0_162:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v2, a31
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc, s13, v2
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_164
; %bb.163:
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
.LBB0_164:
	.loc	1 20 1 is_stmt 1                ; w8a8_gemm.py:20:1
	s_endpgm
.Ltmp8:
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
		.amdhsa_next_free_vgpr 310
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
	.set .Lw8a8_block_fp8_matmul.num_agpr, 54
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
; codeLenInByte = 12840
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 54
; TotalNumVgprs: 310
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 38
; NumSGPRsForWavesPerEU: 106
; NumVGPRsForWavesPerEU: 310
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
  - .agpr_count:     54
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
    .sgpr_spill_count: 89
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     310
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

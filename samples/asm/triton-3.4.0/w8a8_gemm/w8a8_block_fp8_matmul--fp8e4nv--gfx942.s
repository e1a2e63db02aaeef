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
; %bb.68:
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
; %bb.69:
.LBB0_0:
.Ltmp1:
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v12, 32, v0
	v_lshrrev_b32_e32 v36, 3, v0
	v_and_b32_e32 v13, 0x80, v0
	v_lshrrev_b32_e32 v1, 3, v12
	v_and_b32_e32 v2, 11, v36
	v_lshrrev_b32_e32 v3, 3, v13
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_abs_i32 s35, s12
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_or3_b32 v37, v2, v3, v1
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cvt_f32_u32_e32 v2, s35
	.loc	1 32 23                         ; w8a8_gemm.py:32:23
	s_lshl_b32 s18, s16, 6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s37, s16, 0x10019
	s_sub_i32 s16, 0, s35
	v_rcp_iflag_f32_e32 v2, v2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v18, 31, v0
	v_lshrrev_b32_e32 v3, 2, v13
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v4, s18, v37
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or3_b32 v8, v18, v3, s18
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_u32_e32 v3, s37, v4
	v_xor_b32_e32 v4, s37, v3
	v_mul_lo_u32 v5, s16, v2
	v_mul_hi_u32 v5, v2, v5
	v_add_u32_e32 v5, v2, v5
	v_mul_hi_u32 v2, v4, v5
	v_mul_lo_u32 v2, v2, s35
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s35, v2
	v_cmp_le_u32_e32 vcc, s35, v2
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s33, s13
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v70, 64, v0
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s35, v2
	v_cmp_le_u32_e32 vcc, s35, v2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshlrev_b32_e32 v6, 4, v0
	.loc	1 33 23 is_stmt 1               ; w8a8_gemm.py:33:23
	s_lshl_b32 s16, s17, 6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s37, v2
	v_subrev_u32_e32 v7, s37, v2
	v_add_u32_e32 v2, 32, v3
	v_xor_b32_e32 v4, s37, v2
	v_mad_u64_u32 v[2:3], s[18:19], v4, v5, 0
	v_sub_u32_e32 v2, 0, v8
	v_max_i32_e32 v81, v8, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cvt_f32_u32_e32 v2, s33
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v38, 1, v70
	v_accvgpr_write_b32 a19, v8
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_and_or_b32 v8, v6, 48, s16
	.loc	1 33 58 is_stmt 0               ; w8a8_gemm.py:33:58
	v_rcp_iflag_f32_e32 v2, v2
	s_bfe_i32 s34, s17, 0x10019
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or3_b32 v20, v1, v38, s16
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v8, s34, v8
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	s_sub_i32 s16, 0, s33
	v_xor_b32_e32 v14, s34, v8
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v17, 8, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v8, s16, v2
	v_mul_hi_u32 v8, v2, v8
	v_add_u32_e32 v15, v2, v8
	v_add_u32_e32 v2, s34, v20
	v_add_u32_e32 v8, 1, v2
	v_xor_b32_e32 v82, s34, v8
	v_add_u32_e32 v8, 2, v2
	v_xor_b32_e32 v80, s34, v8
	v_add_u32_e32 v8, 3, v2
	v_xor_b32_e32 v73, s34, v8
	v_add_u32_e32 v8, s34, v17
	v_xor_b32_e32 v72, s34, v8
	v_add_u32_e32 v8, 9, v2
	v_xor_b32_e32 v71, s34, v8
	v_add_u32_e32 v8, 10, v2
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v16, 16, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v69, s34, v8
	v_add_u32_e32 v8, 11, v2
	v_xor_b32_e32 v68, s34, v8
	v_add_u32_e32 v8, s34, v16
	v_xor_b32_e32 v67, s34, v8
	v_add_u32_e32 v8, 17, v2
	v_xor_b32_e32 v66, s34, v8
	v_add_u32_e32 v8, 18, v2
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or_b32_e32 v9, 24, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v65, s34, v8
	v_add_u32_e32 v8, 19, v2
	v_xor_b32_e32 v64, s34, v8
	v_add_u32_e32 v8, s34, v9
	v_xor_b32_e32 v63, s34, v8
	v_add_u32_e32 v8, 25, v2
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22 is_stmt 1               ; standard.py:40:22 @[ w8a8_gemm.py:42:33 ]
	s_add_i32 s31, s14, 0x7f
.Ltmp3:
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v83, s34, v2
	v_xor_b32_e32 v62, s34, v8
	v_add_u32_e32 v8, 26, v2
	v_add_u32_e32 v2, 27, v2
	.loc	1 35 59                         ; w8a8_gemm.py:35:59
	v_and_b32_e32 v34, 0x70, v6
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s31, 0x7f
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mad_u64_u32 v[10:11], s[16:17], v14, v15, 0
	v_xor_b32_e32 v60, s34, v2
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v78, v7, s15
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mov_b32_e32 v2, 0
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_cselect_b64 s[26:27], -1, 0
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s14, v34
	v_accvgpr_write_b32 a20, v20
	v_accvgpr_write_b32 a18, v17
	v_accvgpr_write_b32 a17, v16
	v_accvgpr_write_b32 a16, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v61, s34, v8
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v79, 31, v78
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mov_b32_e32 v35, v2
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b64 s[16:17], vcc, s[26:27]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[78:79]
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[34:35]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[6:9], v[6:7], off
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v3, v3, s35
	v_sub_u32_e32 v3, v4, v3
	v_subrev_u32_e32 v4, s35, v3
	v_cmp_le_u32_e32 vcc, s35, v3
	s_load_dword s36, s[0:1], 0x38
	v_mad_u64_u32 v[58:59], s[18:19], v81, v5, 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s35, v3
	v_cmp_le_u32_e32 vcc, s35, v3
	v_mad_u64_u32 v[56:57], s[18:19], v83, v15, 0
	s_nop 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s37, v3
	v_subrev_u32_e32 v3, s37, v3
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v76, v3, s15
	v_mad_u64_u32 v[54:55], s[18:19], v82, v15, 0
	v_mad_u64_u32 v[52:53], s[18:19], v80, v15, 0
	v_mad_u64_u32 v[50:51], s[18:19], v73, v15, 0
	v_mad_u64_u32 v[48:49], s[18:19], v72, v15, 0
	v_mad_u64_u32 v[46:47], s[18:19], v71, v15, 0
	v_mad_u64_u32 v[44:45], s[18:19], v69, v15, 0
	v_mad_u64_u32 v[42:43], s[18:19], v68, v15, 0
	v_mad_u64_u32 v[40:41], s[18:19], v67, v15, 0
	v_mad_u64_u32 v[32:33], s[18:19], v66, v15, 0
	v_mad_u64_u32 v[30:31], s[18:19], v65, v15, 0
	v_mad_u64_u32 v[28:29], s[18:19], v64, v15, 0
	v_mad_u64_u32 v[26:27], s[18:19], v63, v15, 0
	v_mad_u64_u32 v[24:25], s[18:19], v62, v15, 0
	v_mad_u64_u32 v[22:23], s[18:19], v61, v15, 0
	v_mad_u64_u32 v[20:21], s[18:19], v60, v15, 0
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v77, 31, v76
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[76:77]
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[34:35]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v10, v11, s33
	v_sub_u32_e32 v10, v14, v10
	v_subrev_u32_e32 v11, s33, v10
	v_cmp_le_u32_e32 vcc, s33, v10
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v22, 8, v0
	v_and_b32_e32 v24, 16, v0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_subrev_u32_e32 v11, s33, v10
	v_cmp_le_u32_e32 vcc, s33, v10
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v20, 4, v0
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v39, 1, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_xor_b32_e32 v10, s34, v10
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v52, 1, v22
	v_lshrrev_b32_e32 v54, 1, v24
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v74, s34, v10
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_or3_b32 v10, v39, v52, v54
	v_lshrrev_b32_e32 v56, 1, v12
	v_or3_b32 v10, v10, v56, v38
	v_lshrrev_b32_e32 v50, 1, v13
	v_xor_b32_e32 v19, v10, v50
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v10, s36, v19
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_accvgpr_write_b32 a23, v11
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v19
	v_accvgpr_write_b32 a22, v10
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_ashrrev_i32_e32 v75, 31, v74
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 s[16:17], vcc, s[26:27]
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	v_accvgpr_read_b32 v10, a22
	v_accvgpr_read_b32 v11, a23
	.loc	1 36 21 is_stmt 1               ; w8a8_gemm.py:36:21
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[10:11]
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[74:75]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	s_load_dword s15, s[0:1], 0x40
	.loc	1 36 28 is_stmt 1               ; w8a8_gemm.py:36:28
	v_xor_b32_e32 v15, 1, v19
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	v_mul_lo_u32 v16, s36, v15
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_accvgpr_write_b32 a25, v17
	v_accvgpr_write_b32 a21, v15
	v_accvgpr_write_b32 a24, v16
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	v_accvgpr_read_b32 v14, a24
	v_accvgpr_read_b32 v15, a25
	.loc	1 36 21 is_stmt 1               ; w8a8_gemm.py:36:21
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[14:15]
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[74:75]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[18:19], 0, v22
	v_and_b32_e32 v22, 1, v0
	v_cmp_eq_u32_e64 s[20:21], 0, v20
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v20, v59, s35
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[22:23], 0, v22
	v_and_b32_e32 v22, 2, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_sub_u32_e32 v20, v81, v20
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[24:25], 0, v22
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_u32_e32 v22, s35, v20
	v_cmp_le_u32_e32 vcc, s35, v20
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[16:17], 0, v24
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v37, 7, v37
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v20, v20, v22, vcc
	v_subrev_u32_e32 v22, s35, v20
	v_cmp_le_u32_e32 vcc, s35, v20
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mov_b32_e32 v93, 8
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[28:29], 0, v70
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v20, v20, v22, vcc
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v22, v57, s33
	v_sub_u32_e32 v22, v83, v22
	v_subrev_u32_e32 v24, s33, v22
	v_cmp_le_u32_e32 vcc, s33, v22
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_bfe_i32 v70, v0, 0, 1
	v_bfe_i32 v98, v0, 1, 1
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v22, v22, v24, vcc
	v_subrev_u32_e32 v24, s33, v22
	v_cmp_le_u32_e32 vcc, s33, v22
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v20, s37, v20
	v_subrev_u32_e32 v20, s37, v20
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v22, v22, v24, vcc
	v_mul_lo_u32 v24, v55, s33
	v_sub_u32_e32 v24, v82, v24
	v_subrev_u32_e32 v26, s33, v24
	v_cmp_le_u32_e32 vcc, s33, v24
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v55, v38, v56
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v22, s34, v22
	v_cndmask_b32_e32 v24, v24, v26, vcc
	v_subrev_u32_e32 v26, s33, v24
	v_cmp_le_u32_e32 vcc, s33, v24
	v_subrev_u32_e32 v22, s34, v22
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v44, 31, v22
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v24, v24, v26, vcc
	v_mul_lo_u32 v26, v53, s33
	v_sub_u32_e32 v26, v80, v26
	v_subrev_u32_e32 v28, s33, v26
	v_cmp_le_u32_e32 vcc, s33, v26
	v_xor_b32_e32 v24, s34, v24
	v_subrev_u32_e32 v24, s34, v24
	v_cndmask_b32_e32 v26, v26, v28, vcc
	v_subrev_u32_e32 v28, s33, v26
	v_cmp_le_u32_e32 vcc, s33, v26
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v20, v20, s15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v26, v26, v28, vcc
	v_mul_lo_u32 v28, v51, s33
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v51, v34, v52
	v_or_b32_e32 v53, v51, v54
	v_xad_u32 v53, v55, v53, 0
	v_add_u32_e32 v105, v53, v37
	s_waitcnt vmcnt(0)
	ds_write_b32 v105, v6
	v_or_b32_e32 v6, 4, v34
	v_xor_b32_e32 v6, v6, v52
	v_or_b32_e32 v6, v6, v54
	v_xad_u32 v6, v55, v6, 0
	v_add_u32_e32 v106, v6, v37
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_u32_e32 v28, v73, v28
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_write_b32 v106, v7
	v_or_b32_e32 v6, 8, v51
	v_or3_b32 v7, v56, v54, v38
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v30, s33, v28
	v_cmp_le_u32_e32 vcc, s33, v28
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v6, v7, v6, 0
	v_add_u32_e32 v107, v6, v37
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v28, v28, v30, vcc
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v6, 12, v34
	v_or_b32_e32 v7, v7, v52
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v30, s33, v28
	v_cmp_le_u32_e32 vcc, s33, v28
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v6, v7, v6, 0
	ds_write_b32 v107, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v28, v28, v30, vcc
	v_mul_lo_u32 v30, v49, s33
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u32_e32 v6, v6, v37
	ds_write_b32 v105, v2 offset:4096
	ds_write_b32 v106, v3 offset:4096
	ds_write_b32 v107, v4 offset:4096
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v2, 3, v0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_u32_e32 v30, v72, v30
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_write2st64_b32 v6, v9, v5 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mul_u32_u24_e32 v5, 0x804, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v32, s33, v30
	v_cmp_le_u32_e32 vcc, s33, v30
	v_accvgpr_write_b32 a26, v6
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v5, v5, v39
	v_or_b32_e32 v6, v7, v50
	v_lshrrev_b32_sdwa v8, v93, v14 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v9, 8, v10
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v30, v30, v32, vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v7, v6, v5
	v_or_b32_sdwa v8, v9, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v9, 8, v14
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v32, s33, v30
	v_cmp_le_u32_e32 vcc, s33, v30
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v37, 0, v7
	v_or_b32_sdwa v9, v10, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v30, v30, v32, vcc
	v_mul_lo_u32 v32, v47, s33
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v37, v9 offset:8192
	v_xor_b32_e32 v9, 0x84, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_u32_e32 v32, v71, v32
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v3, 0x804, v70
	v_add_u32_e32 v9, 0, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v40, s33, v32
	v_cmp_le_u32_e32 vcc, s33, v32
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v4, 0x1008, v98
	ds_write_b16 v9, v8 offset:8192
	v_or_b32_e32 v8, 0x108, v3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v32, v32, v40, vcc
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v8, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v40, s33, v32
	v_cmp_le_u32_e32 vcc, s33, v32
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v8, v8, v39
	v_xor_b32_e32 v8, v6, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v32, v32, v40, vcc
	v_mul_lo_u32 v40, v45, s33
	v_sub_u32_e32 v40, v69, v40
	v_accvgpr_write_b32 a27, v37
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v37, 0, v8
	v_lshrrev_b32_e32 v8, 24, v14
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v26, s34, v26
	v_subrev_u32_e32 v42, s33, v40
	v_cmp_le_u32_e32 vcc, s33, v40
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v22, v22, v44
	v_ashrrev_i32_e32 v44, 31, v24
	s_movk_i32 s15, 0xff
	v_accvgpr_write_b32 a28, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v8, 8, v8
	v_lshrrev_b32_e32 v9, 16, v14
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v26, s34, v26
	v_cndmask_b32_e32 v40, v40, v42, vcc
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v8, v10, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v9, 8, v9
	v_and_b32_sdwa v10, v10, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v28, s34, v28
	v_subrev_u32_e32 v42, s33, v40
	v_cmp_le_u32_e32 vcc, s33, v40
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v24, v24, v44
	v_ashrrev_i32_e32 v44, 31, v26
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v9, v10, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v28, s34, v28
	v_cndmask_b32_e32 v40, v40, v42, vcc
	v_mul_lo_u32 v42, v43, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v37, v9 offset:8192
	v_xor_b32_e32 v9, 0x18c, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v30, s34, v30
	v_sub_u32_e32 v42, v68, v42
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v26, v26, v44
	v_ashrrev_i32_e32 v44, 31, v28
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v9, 0, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v30, s34, v30
	v_subrev_u32_e32 v43, s33, v42
	v_cmp_le_u32_e32 vcc, s33, v42
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v9, v8 offset:8192
	v_or_b32_e32 v8, 0x210, v5
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v32, s34, v32
	v_cndmask_b32_e32 v42, v42, v43, vcc
	v_mul_lo_u32 v41, v41, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v28, v28, v44
	v_ashrrev_i32_e32 v44, 31, v30
	v_accvgpr_write_b32 a30, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v6, v8
	v_lshlrev_b16_e32 v9, 8, v15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v32, s34, v32
	v_subrev_u32_e32 v43, s33, v42
	v_cmp_le_u32_e32 vcc, s33, v42
	v_sub_u32_e32 v41, v67, v41
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v10, 0, v8
	v_or_b32_sdwa v9, v11, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshrrev_b32_e32 v58, 8, v11
	v_lshrrev_b32_sdwa v94, v93, v15 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v40, s34, v40
	v_cndmask_b32_e32 v42, v42, v43, vcc
	v_subrev_u32_e32 v43, s33, v41
	v_cmp_le_u32_e32 vcc, s33, v41
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v30, v30, v44
	v_ashrrev_i32_e32 v44, 31, v32
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v10, v9 offset:8192
	v_xor_b32_e32 v9, 0x294, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v40, s34, v40
	v_cndmask_b32_e32 v41, v41, v43, vcc
	v_mul_lo_u32 v33, v33, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v8, v58, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_add_u32_e32 v9, 0, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v42, s34, v42
	v_subrev_u32_e32 v43, s33, v41
	v_cmp_le_u32_e32 vcc, s33, v41
	v_sub_u32_e32 v33, v66, v33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v32, v32, v44
	v_ashrrev_i32_e32 v44, 31, v40
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v9, v8 offset:8192
	v_or_b32_e32 v8, 0x318, v3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v42, s34, v42
	v_cndmask_b32_e32 v41, v41, v43, vcc
	v_subrev_u32_e32 v43, s33, v33
	v_cmp_le_u32_e32 vcc, s33, v33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v8, v4
	v_lshrrev_b32_e32 v91, 16, v15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v41, s34, v41
	v_cndmask_b32_e32 v33, v33, v43, vcc
	v_mul_lo_u32 v31, v31, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v40, v40, v44
	v_ashrrev_i32_e32 v44, 31, v42
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v8, v8, v39
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v41, s34, v41
	v_subrev_u32_e32 v43, s33, v33
	v_cmp_le_u32_e32 vcc, s33, v33
	v_sub_u32_e32 v31, v65, v31
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	v_accvgpr_write_b32 a31, v10
	v_accvgpr_write_b32 a32, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v6, v8
	v_lshlrev_b16_e32 v9, 8, v91
	v_and_b32_sdwa v10, v11, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v92, 24, v15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v33, v33, v43, vcc
	v_subrev_u32_e32 v43, s33, v31
	v_cmp_le_u32_e32 vcc, s33, v31
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v42, v42, v44
	v_ashrrev_i32_e32 v44, 31, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v14, 0, v8
	v_or_b32_e32 v9, v10, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v33, s34, v33
	v_cndmask_b32_e32 v31, v31, v43, vcc
	v_mul_lo_u32 v29, v29, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v44, 25, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v8, 8, v92
	ds_write_b16 v14, v9 offset:8192
	v_xor_b32_e32 v9, 0x39c, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v33, s34, v33
	v_subrev_u32_e32 v43, s33, v31
	v_cmp_le_u32_e32 vcc, s33, v31
	v_sub_u32_e32 v29, v64, v29
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v41, v41, v44
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v8, v11, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u32_e32 v9, 0, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v31, v31, v43, vcc
	v_subrev_u32_e32 v43, s33, v29
	v_cmp_le_u32_e32 vcc, s33, v29
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v44, 7, v41
	v_ashrrev_i32_e32 v41, 31, v33
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v9, v8 offset:8192
	v_or_b32_e32 v8, 0x420, v5
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v31, s34, v31
	v_cndmask_b32_e32 v29, v29, v43, vcc
	v_mul_lo_u32 v27, v27, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v41, 25, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v6, v8
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v31, s34, v31
	v_subrev_u32_e32 v43, s33, v29
	v_cmp_le_u32_e32 vcc, s33, v29
	v_sub_u32_e32 v27, v63, v27
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v33, v33, v41
	v_accvgpr_write_b32 a34, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v10, 0, v8
	v_lshrrev_b32_sdwa v8, v93, v16 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v9, 8, v12
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v29, v29, v43, vcc
	v_subrev_u32_e32 v43, s33, v27
	v_cmp_le_u32_e32 vcc, s33, v27
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v46, 7, v33
	v_ashrrev_i32_e32 v33, 31, v31
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v8, v9, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v9, 8, v16
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v29, s34, v29
	v_cndmask_b32_e32 v27, v27, v43, vcc
	v_mul_lo_u32 v25, v25, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v33, 25, v33
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v9, v12, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v29, s34, v29
	v_subrev_u32_e32 v43, s33, v27
	v_cmp_le_u32_e32 vcc, s33, v27
	v_sub_u32_e32 v25, v62, v25
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v31, v31, v33
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v10, v9 offset:8192
	v_xor_b32_e32 v9, 0x4a4, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v27, v27, v43, vcc
	v_subrev_u32_e32 v43, s33, v25
	v_cmp_le_u32_e32 vcc, s33, v25
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v48, 7, v31
	v_ashrrev_i32_e32 v31, 31, v29
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v9, 0, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v27, s34, v27
	v_cndmask_b32_e32 v25, v25, v43, vcc
	v_mul_lo_u32 v23, v23, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v31, 25, v31
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v9, v8 offset:8192
	v_or_b32_e32 v8, 0x528, v3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v27, s34, v27
	v_subrev_u32_e32 v43, s33, v25
	v_cmp_le_u32_e32 vcc, s33, v25
	v_sub_u32_e32 v23, v61, v23
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v29, v29, v31
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v8, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v25, v25, v43, vcc
	v_subrev_u32_e32 v43, s33, v23
	v_cmp_le_u32_e32 vcc, s33, v23
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v80, 7, v29
	v_ashrrev_i32_e32 v29, 31, v27
	v_accvgpr_write_b32 a37, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v8, v8, v39
	v_lshrrev_b32_e32 v9, 16, v16
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v25, s34, v25
	v_cndmask_b32_e32 v23, v23, v43, vcc
	v_mul_lo_u32 v21, v21, s33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v29, 25, v29
	v_accvgpr_write_b32 a36, v10
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v6, v8
	v_lshlrev_b16_e32 v9, 8, v9
	v_and_b32_sdwa v10, v12, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v25, s34, v25
	v_subrev_u32_e32 v43, s33, v23
	v_cmp_le_u32_e32 vcc, s33, v23
	v_sub_u32_e32 v21, v60, v21
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v27, v27, v29
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v11, 0, v8
	v_lshrrev_b32_e32 v8, 24, v16
	v_or_b32_e32 v9, v10, v9
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v23, v23, v43, vcc
	v_subrev_u32_e32 v43, s33, v21
	v_cmp_le_u32_e32 vcc, s33, v21
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v82, 7, v27
	v_ashrrev_i32_e32 v27, 31, v25
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v8, 8, v8
	ds_write_b16 v11, v9 offset:8192
	v_xor_b32_e32 v9, 0x5ac, v7
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v23, s34, v23
	v_cndmask_b32_e32 v21, v21, v43, vcc
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v27, 25, v27
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v8, v12, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u32_e32 v9, 0, v9
	v_or_b32_e32 v5, 0x630, v5
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v23, s34, v23
	v_subrev_u32_e32 v43, s33, v21
	v_cmp_le_u32_e32 vcc, s33, v21
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v25, v25, v27
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v9, v8 offset:8192
	v_xor_b32_e32 v5, v6, v5
	v_lshlrev_b16_e32 v8, 8, v17
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v21, v21, v43, vcc
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v84, 7, v25
	v_ashrrev_i32_e32 v25, 31, v23
	v_accvgpr_write_b32 a39, v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v9, 0, v5
	v_or_b32_sdwa v8, v13, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_e32 v3, 0x738, v3
	v_lshrrev_b32_e32 v90, 8, v13
	v_lshrrev_b32_sdwa v97, v93, v17 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v21, s34, v21
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v25, 25, v25
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v9, v8 offset:8192
	v_xor_b32_e32 v8, 0x6b4, v7
	v_xor_b32_e32 v3, v3, v4
	v_lshrrev_b32_e32 v95, 16, v17
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v43, s34, v21
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v23, v23, v25
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v5, v90, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_add_u32_e32 v8, 0, v8
	v_or_b32_e32 v3, v3, v39
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v86, 7, v23
	v_ashrrev_i32_e32 v23, 31, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v8, v5 offset:8192
	v_xor_b32_e32 v3, v6, v3
	v_lshlrev_b16_e32 v4, 8, v95
	v_and_b32_sdwa v5, v13, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v96, 24, v17
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v23, 25, v23
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v135, 0, v3
	v_or_b32_e32 v4, v5, v4
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_u32_e32 v23, v43, v23
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v3, 8, v96
	ds_write_b16 v135, v4 offset:8192
	v_xor_b32_e32 v4, 0x7bc, v7
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v22, 7, v22
	v_ashrrev_i32_e32 v24, 7, v24
	v_ashrrev_i32_e32 v26, 7, v26
	v_ashrrev_i32_e32 v28, 7, v28
	v_ashrrev_i32_e32 v30, 7, v30
	v_ashrrev_i32_e32 v32, 7, v32
	v_ashrrev_i32_e32 v40, 7, v40
	v_ashrrev_i32_e32 v42, 7, v42
	v_ashrrev_i32_e32 v88, 7, v23
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v3, v13, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u32_e32 v143, 0, v4
	s_mov_b32 s30, 0
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_ashrrev_i32_e32 v23, 31, v22
	v_ashrrev_i32_e32 v25, 31, v24
	v_ashrrev_i32_e32 v27, 31, v26
	v_ashrrev_i32_e32 v29, 31, v28
	v_ashrrev_i32_e32 v31, 31, v30
	v_ashrrev_i32_e32 v33, 31, v32
	v_ashrrev_i32_e32 v41, 31, v40
	v_ashrrev_i32_e32 v43, 31, v42
	v_ashrrev_i32_e32 v45, 31, v44
	v_ashrrev_i32_e32 v47, 31, v46
	v_ashrrev_i32_e32 v49, 31, v48
	v_ashrrev_i32_e32 v81, 31, v80
	v_ashrrev_i32_e32 v83, 31, v82
	v_ashrrev_i32_e32 v85, 31, v84
	v_ashrrev_i32_e32 v87, 31, v86
	v_ashrrev_i32_e32 v89, 31, v88
	v_accvgpr_write_b32 a29, v37
	v_accvgpr_write_b32 a33, v14
	v_accvgpr_write_b32 a38, v11
	v_accvgpr_write_b32 a40, v9
	v_accvgpr_write_b32 a41, v8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v143, v3 offset:8192
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s31, 0xff
	v_lshrrev_b32_e32 v6, 2, v0
	v_and_b32_e32 v4, 4, v36
	v_lshlrev_b32_e32 v5, 2, v0
	v_and_b32_e32 v3, 12, v0
	v_and_b32_e32 v0, 6, v0
	s_cbranch_scc1 .LBB0_10
; %bb.9:                                ; %.._crit_edge_crit_edge
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v9, 16, v4
	v_or_b32_e32 v10, 24, v4
	v_and_b32_e32 v51, 60, v5
	v_or_b32_e32 v11, 32, v4
	v_or_b32_e32 v14, 56, v4
	v_xor_b32_e32 v121, v9, v51
	v_xor_b32_e32 v123, v10, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mul_u32_u24_e32 v9, 0x84, v2
	v_mov_b32_e32 v10, 0x210
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_or_b32 v7, v6, 32, v18
	v_or_b32_e32 v12, 40, v4
	v_xor_b32_e32 v125, v11, v51
	v_xor_b32_e32 v132, v14, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v10, v10, 0, s[20:21]
	v_mov_b32_e32 v11, 0x420
	v_xor_b32_e32 v14, v1, v9
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v13, 48, v4
	v_lshlrev_b32_e32 v7, 7, v7
	v_xor_b32_e32 v128, v12, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v11, v11, 0, s[18:19]
	v_mov_b32_e32 v12, 0x804
	v_xor_b32_e32 v14, v14, v10
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v8, 8, v4
	v_accvgpr_write_b32 a35, v7
	v_xor_b32_e32 v130, v13, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mov_b32_e32 v7, 0x84
	v_cndmask_b32_e64 v12, v12, 0, s[16:17]
	v_mov_b32_e32 v13, 0x1008
	v_xor_b32_e32 v14, v14, v11
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v119, v8, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v7, v7, 0, s[22:23]
	v_mov_b32_e32 v8, 0x108
	v_cndmask_b32_e64 v13, v13, 0, s[28:29]
	v_xor_b32_e32 v14, v14, v12
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v15, 64, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v8, v8, 0, s[24:25]
	v_xor_b32_e32 v139, v14, v13
	v_or_b32_e32 v14, 8, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v16, 0x48, v4
	v_xor_b32_e32 v120, v15, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v14, v14, v8
	v_mul_u32_u24_e32 v15, 0x84, v3
	v_xor_b32_e32 v12, v12, v1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v122, v16, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v14, v15, v14
	v_or_b32_e32 v16, v12, v13
	v_xor_b32_e32 v142, v16, v14
	v_or_b32_e32 v14, 16, v9
	v_or_b32_e32 v12, v12, v10
	v_xor_b32_e32 v14, v12, v14
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v17, 0x50, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v14, v14, v11
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v124, v17, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v144, v14, v13
	v_or_b32_e32 v14, 24, v7
	v_mul_u32_u24_e32 v17, 0x84, v0
	v_xor_b32_e32 v14, v17, v14
	v_or_b32_e32 v14, v14, v11
	v_xor_b32_e32 v145, v16, v14
	v_or_b32_e32 v14, 32, v9
	v_xor_b32_e32 v14, v12, v14
	v_xor_b32_e32 v14, v14, v11
	v_xor_b32_e32 v146, v14, v13
	v_or_b32_e32 v14, 40, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v36, 0x58, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v14, v14, v8
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v126, v36, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v14, v14, v10
	v_or_b32_e32 v36, v16, v11
	v_xor_b32_e32 v147, v36, v14
	v_or_b32_e32 v14, 48, v9
	v_xor_b32_e32 v14, v12, v14
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v37, 0x60, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v14, v14, v11
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v129, v37, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v148, v14, v13
	v_or_b32_e32 v14, 56, v7
	v_or3_b32 v37, v12, v8, v11
	v_xor_b32_e32 v14, v37, v14
	v_xor_b32_e32 v149, v14, v13
	v_or_b32_e32 v14, 64, v9
	v_xor_b32_e32 v14, v12, v14
	v_xor_b32_e32 v14, v14, v11
	v_xor_b32_e32 v150, v14, v13
	v_or_b32_e32 v14, 0x48, v7
	v_xor_b32_e32 v14, v14, v8
	v_or_b32_e32 v14, v15, v14
	v_xor_b32_e32 v151, v16, v14
	v_or_b32_e32 v14, 0x50, v9
	v_xor_b32_e32 v14, v12, v14
	v_xor_b32_e32 v14, v14, v11
	v_xor_b32_e32 v152, v14, v13
	v_or_b32_e32 v14, 0x58, v7
	v_xor_b32_e32 v14, v17, v14
	v_or_b32_e32 v14, v14, v11
	v_xor_b32_e32 v153, v16, v14
	v_or_b32_e32 v14, 0x60, v9
	v_xor_b32_e32 v14, v12, v14
	v_xor_b32_e32 v14, v14, v11
	v_xor_b32_e32 v154, v14, v13
	v_or_b32_e32 v14, 0x68, v7
	v_xor_b32_e32 v8, v14, v8
	v_or_b32_e32 v8, v8, v10
	v_xor_b32_e32 v155, v36, v8
	v_or_b32_e32 v8, 0x70, v9
	v_xor_b32_e32 v8, v12, v8
	v_or_b32_e32 v7, 0x78, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v38, 0x68, v4
	v_or_b32_e32 v39, 0x70, v4
	v_or_b32_e32 v50, 0x78, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v8, v8, v11
	v_xor_b32_e32 v7, v37, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v116, v4, v51
	v_xor_b32_e32 v131, v38, v51
	v_xor_b32_e32 v133, v39, v51
	v_xor_b32_e32 v134, v50, v51
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v156, v8, v13
	v_xor_b32_e32 v157, v7, v13
	s_mov_b64 s[34:35], 0
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_mov_b64 s[34:35], -1
                                        ; implicit-def: $vgpr116
                                        ; implicit-def: $agpr35
                                        ; implicit-def: $vgpr119
                                        ; implicit-def: $vgpr121
                                        ; implicit-def: $vgpr123
                                        ; implicit-def: $vgpr125
                                        ; implicit-def: $vgpr128
                                        ; implicit-def: $vgpr130
                                        ; implicit-def: $vgpr132
                                        ; implicit-def: $vgpr120
                                        ; implicit-def: $vgpr122
                                        ; implicit-def: $vgpr124
                                        ; implicit-def: $vgpr126
                                        ; implicit-def: $vgpr129
                                        ; implicit-def: $vgpr131
                                        ; implicit-def: $vgpr133
                                        ; implicit-def: $vgpr134
                                        ; implicit-def: $vgpr139
                                        ; implicit-def: $vgpr142
                                        ; implicit-def: $vgpr144
                                        ; implicit-def: $vgpr145
                                        ; implicit-def: $vgpr146
                                        ; implicit-def: $vgpr147
                                        ; implicit-def: $vgpr148
                                        ; implicit-def: $vgpr149
                                        ; implicit-def: $vgpr150
                                        ; implicit-def: $vgpr151
                                        ; implicit-def: $vgpr152
                                        ; implicit-def: $vgpr153
                                        ; implicit-def: $vgpr154
                                        ; implicit-def: $vgpr155
                                        ; implicit-def: $vgpr156
                                        ; implicit-def: $vgpr157
.LBB0_11:                               ; %Flow
	s_load_dword s33, s[0:1], 0x44
	v_lshl_add_u64 v[62:63], v[30:31], 2, s[10:11]
	v_mov_b32_e32 v31, 0
	v_lshl_add_u64 v[72:73], v[20:21], 2, s[8:9]
	v_lshl_add_u64 v[70:71], v[22:23], 2, s[10:11]
	v_lshl_add_u64 v[68:69], v[24:25], 2, s[10:11]
	v_lshl_add_u64 v[66:67], v[26:27], 2, s[10:11]
	v_lshl_add_u64 v[64:65], v[28:29], 2, s[10:11]
	v_lshl_add_u64 v[60:61], v[32:33], 2, s[10:11]
	v_lshl_add_u64 v[58:59], v[40:41], 2, s[10:11]
	v_lshl_add_u64 v[56:57], v[42:43], 2, s[10:11]
	v_lshl_add_u64 v[54:55], v[44:45], 2, s[10:11]
	v_lshl_add_u64 v[52:53], v[46:47], 2, s[10:11]
	v_lshl_add_u64 v[50:51], v[48:49], 2, s[10:11]
	v_lshl_add_u64 v[48:49], v[80:81], 2, s[10:11]
	v_lshl_add_u64 v[46:47], v[82:83], 2, s[10:11]
	v_lshl_add_u64 v[44:45], v[84:85], 2, s[10:11]
	v_lshl_add_u64 v[42:43], v[86:87], 2, s[10:11]
	v_lshl_add_u64 v[40:41], v[88:89], 2, s[10:11]
	s_andn2_b64 vcc, exec, s[34:35]
	v_mov_b32_e32 v30, v31
	v_mov_b32_e32 v33, v31
	v_mov_b32_e32 v32, v31
	v_mov_b32_e32 v27, v31
	v_mov_b32_e32 v26, v31
	v_mov_b32_e32 v29, v31
	v_mov_b32_e32 v28, v31
	v_mov_b32_e32 v23, v31
	v_mov_b32_e32 v22, v31
	v_mov_b32_e32 v25, v31
	v_mov_b32_e32 v24, v31
	v_mov_b32_e32 v21, v31
	v_mov_b32_e32 v20, v31
	v_mov_b32_e32 v17, v31
	v_mov_b32_e32 v16, v31
	s_cbranch_vccnz .LBB0_23
; %bb.12:                               ; %.lr.ph
	v_and_or_b32 v6, v6, 32, v18
	v_and_b32_e32 v5, 60, v5
	v_or_b32_e32 v7, 8, v4
	v_or_b32_e32 v8, 16, v4
	v_or_b32_e32 v9, 24, v4
	v_or_b32_e32 v10, 32, v4
	v_or_b32_e32 v11, 40, v4
	v_or_b32_e32 v12, 48, v4
	v_or_b32_e32 v13, 56, v4
	v_or_b32_e32 v14, 64, v4
	v_or_b32_e32 v15, 0x48, v4
	v_or_b32_e32 v16, 0x50, v4
	v_or_b32_e32 v17, 0x58, v4
	v_or_b32_e32 v18, 0x60, v4
	v_or_b32_e32 v20, 0x68, v4
	v_or_b32_e32 v21, 0x70, v4
	v_or_b32_e32 v22, 0x78, v4
	v_xor_b32_e32 v116, v4, v5
	v_lshlrev_b32_e32 v4, 7, v6
	v_mul_u32_u24_e32 v2, 0x84, v2
	v_mov_b32_e32 v6, 0x210
	v_xor_b32_e32 v119, v7, v5
	v_xor_b32_e32 v125, v10, v5
	v_cndmask_b32_e64 v6, v6, 0, s[20:21]
	v_mov_b32_e32 v7, 0x420
	v_xor_b32_e32 v10, v1, v2
	v_xor_b32_e32 v121, v8, v5
	v_cndmask_b32_e64 v7, v7, 0, s[18:19]
	v_mov_b32_e32 v8, 0x804
	v_xor_b32_e32 v10, v10, v6
	v_xor_b32_e32 v123, v9, v5
	v_accvgpr_write_b32 a35, v4
	v_add_u32_e32 v158, 0, v4
	v_mov_b32_e32 v4, 0x84
	v_cndmask_b32_e64 v8, v8, 0, s[16:17]
	v_mov_b32_e32 v9, 0x1008
	v_xor_b32_e32 v10, v10, v7
	v_xor_b32_e32 v128, v11, v5
	v_xor_b32_e32 v130, v12, v5
	v_xor_b32_e32 v132, v13, v5
	v_xor_b32_e32 v120, v14, v5
	v_xor_b32_e32 v122, v15, v5
	v_xor_b32_e32 v124, v16, v5
	v_xor_b32_e32 v126, v17, v5
	v_xor_b32_e32 v129, v18, v5
	v_xor_b32_e32 v131, v20, v5
	v_xor_b32_e32 v133, v21, v5
	v_xor_b32_e32 v134, v22, v5
	v_cndmask_b32_e64 v4, v4, 0, s[22:23]
	v_mov_b32_e32 v5, 0x108
	v_cndmask_b32_e64 v9, v9, 0, s[28:29]
	v_xor_b32_e32 v10, v10, v8
	v_cndmask_b32_e64 v5, v5, 0, s[24:25]
	v_xor_b32_e32 v139, v10, v9
	v_or_b32_e32 v10, 8, v4
	v_xor_b32_e32 v10, v10, v5
	v_mul_u32_u24_e32 v3, 0x84, v3
	v_xor_b32_e32 v1, v8, v1
	v_or_b32_e32 v10, v3, v10
	v_or_b32_e32 v8, v1, v9
	v_xor_b32_e32 v142, v8, v10
	v_or_b32_e32 v10, 16, v2
	v_or_b32_e32 v1, v1, v6
	v_xor_b32_e32 v10, v1, v10
	v_xor_b32_e32 v10, v10, v7
	v_xor_b32_e32 v144, v10, v9
	v_or_b32_e32 v10, 24, v4
	v_mul_u32_u24_e32 v0, 0x84, v0
	v_xor_b32_e32 v10, v0, v10
	v_or_b32_e32 v10, v10, v7
	v_xor_b32_e32 v145, v8, v10
	v_or_b32_e32 v10, 32, v2
	v_xor_b32_e32 v10, v1, v10
	v_xor_b32_e32 v10, v10, v7
	v_xor_b32_e32 v146, v10, v9
	v_or_b32_e32 v10, 40, v4
	v_xor_b32_e32 v10, v10, v5
	v_or_b32_e32 v10, v10, v6
	v_or_b32_e32 v11, v8, v7
	v_xor_b32_e32 v147, v11, v10
	v_or_b32_e32 v10, 48, v2
	v_xor_b32_e32 v10, v1, v10
	v_xor_b32_e32 v10, v10, v7
	v_xor_b32_e32 v148, v10, v9
	v_or_b32_e32 v10, 56, v4
	v_or3_b32 v12, v1, v5, v7
	v_xor_b32_e32 v10, v12, v10
	v_xor_b32_e32 v149, v10, v9
	v_or_b32_e32 v10, 64, v2
	v_xor_b32_e32 v10, v1, v10
	v_xor_b32_e32 v10, v10, v7
	v_xor_b32_e32 v150, v10, v9
	v_or_b32_e32 v10, 0x48, v4
	v_xor_b32_e32 v10, v10, v5
	v_or_b32_e32 v3, v3, v10
	v_xor_b32_e32 v151, v8, v3
	v_or_b32_e32 v3, 0x50, v2
	v_xor_b32_e32 v3, v1, v3
	v_xor_b32_e32 v3, v3, v7
	v_xor_b32_e32 v152, v3, v9
	v_or_b32_e32 v3, 0x58, v4
	v_xor_b32_e32 v0, v0, v3
	v_or_b32_e32 v0, v0, v7
	v_xor_b32_e32 v153, v8, v0
	v_or_b32_e32 v0, 0x60, v2
	v_xor_b32_e32 v0, v1, v0
	v_xor_b32_e32 v0, v0, v7
	v_xor_b32_e32 v154, v0, v9
	v_or_b32_e32 v0, 0x68, v4
	v_xor_b32_e32 v0, v0, v5
.Ltmp4:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ w8a8_gemm.py:42:33 ]
	s_ashr_i32 s8, s31, 31
	v_or_b32_e32 v0, v0, v6
	s_lshr_b32 s8, s8, 25
	v_xor_b32_e32 v155, v11, v0
	v_or_b32_e32 v0, 0x70, v2
	s_add_i32 s31, s31, s8
	v_xor_b32_e32 v0, v1, v0
	s_ashr_i32 s8, s31, 7
.Ltmp5:
	.loc	1 52 28                         ; w8a8_gemm.py:52:28
	s_lshl_b32 s30, s36, 7
	v_xor_b32_e32 v0, v0, v7
	s_ashr_i32 s31, s30, 31
	v_xor_b32_e32 v156, v0, v9
	v_or_b32_e32 v0, 0x78, v4
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_max_i32 s8, s8, 2
	v_xor_b32_e32 v0, v12, v0
	s_add_u32 s4, s4, s30
	v_xor_b32_e32 v157, v0, v9
	s_addc_u32 s5, s5, s31
	v_lshl_add_u64 v[0:1], v[34:35], 0, v[76:77]
	v_lshl_add_u64 v[74:75], s[4:5], 0, v[74:75]
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
	s_mov_b64 s[4:5], 0x80
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[4:5]
	v_accvgpr_write_b32 a43, v1
	v_accvgpr_write_b32 a42, v0
	v_lshl_add_u64 v[0:1], v[34:35], 0, v[78:79]
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[4:5]
	v_accvgpr_write_b32 a45, v1
	s_lshl_b32 s2, s8, 7
	v_mov_b32_e32 v16, 0
	v_accvgpr_write_b32 a44, v0
	s_add_u32 s28, s2, 0xffffff80
	s_add_i32 s29, s14, 0xffffff80
	s_mov_b64 s[22:23], 0
	s_movk_i32 s34, 0x7f
	s_mov_b32 s35, 0x5040100
	s_movk_i32 s36, 0xff
	v_mov_b32_e32 v35, 8
	v_mov_b32_e32 v159, 0x7e00
	v_mov_b32_e32 v160, 0x1800
	v_mov_b32_e32 v161, 0x1c00
	v_mov_b32_e32 v162, 0x1e00
	v_mov_b32_e32 v163, 0x2000
	v_mov_b32_e32 v164, 0x2100
	v_mov_b32_e32 v165, 0x2200
	v_mov_b32_e32 v166, 0x2300
	v_mov_b32_e32 v167, 7
	v_mov_b32_e32 v17, v16
	v_mov_b32_e32 v20, v16
	v_mov_b32_e32 v21, v16
	v_mov_b32_e32 v24, v16
	v_mov_b32_e32 v25, v16
	v_mov_b32_e32 v22, v16
	v_mov_b32_e32 v23, v16
	v_mov_b32_e32 v28, v16
	v_mov_b32_e32 v29, v16
	v_mov_b32_e32 v26, v16
	v_mov_b32_e32 v27, v16
	v_mov_b32_e32 v32, v16
	v_mov_b32_e32 v33, v16
	v_mov_b32_e32 v30, v16
	v_mov_b32_e32 v31, v16
	s_branch .LBB0_14
.LBB0_13:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_or_b64 exec, exec, s[2:3]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	v_lshlrev_b16_e32 v109, 7, v110
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_e32 v136, 0x7f, v110
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e32 vcc, s34, v136
	v_lshlrev_b16_e32 v97, 8, v110
	v_and_b32_e32 v97, 0xffff8000, v97
	v_cndmask_b32_e32 v109, v159, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v136
	v_and_b32_sdwa v137, v110, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v140, 0x7f, v175
	v_cndmask_b32_e32 v109, 0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 1, v136
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s24, s22, 7
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s2, s24, s33
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v109, v160, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v136
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_ashr_i32 s3, s2, 31
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v18, 0, v139
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v109, v161, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v77, 0, v147
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_lshl_b64 s[2:3], s[2:3], 2
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v109, v162, v109, vcc
	v_cmp_ne_u16_e32 vcc, 4, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v36, 0, v142
	v_add_u32_e32 v37, 0, v144
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v109, v163, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v39, 0, v145
	v_add_u32_e32 v76, 0, v146
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v109, v164, v109, vcc
	v_cmp_ne_u16_e32 vcc, 6, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v78, 0, v148
	v_add_u32_e32 v79, 0, v149
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v109, v165, v109, vcc
	v_cmp_ne_u16_e32 vcc, 7, v136
	v_lshlrev_b16_e32 v136, 7, v99
	v_and_b32_e32 v136, 0x3f80, v136
	v_cndmask_b32_e32 v109, v166, v109, vcc
	v_or_b32_e32 v97, v109, v97
	v_lshlrev_b16_e32 v109, 8, v99
	v_and_b32_e32 v99, 0x7f, v99
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v99
	v_and_b32_e32 v109, 0xffff8000, v109
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b32 v38, v18 offset:8192
	ds_read_b32 v104, v36 offset:8192
	ds_read_b32 v232, v37 offset:8192
	ds_read_b32 v235, v39 offset:8192
	ds_read_b32 v240, v76 offset:8192
	ds_read_b32 v113, v77 offset:8192
	ds_read_b32 v101, v78 offset:8192
	ds_read_b32 v77, v79 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v99
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v18, 0, v150
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[80:81], v[70:71], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v99
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[82:83], v[68:69], 0, s[2:3]
	v_lshl_add_u64 v[84:85], v[66:67], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v99
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[86:87], v[64:65], 0, s[2:3]
	v_lshl_add_u64 v[88:89], v[62:63], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v99
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[90:91], v[60:61], 0, s[2:3]
	v_lshl_add_u64 v[92:93], v[58:59], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v99
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[94:95], v[56:57], 0, s[2:3]
	v_lshl_add_u64 v[198:199], v[50:51], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v99
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v37, 0, v151
	v_add_u32_e32 v39, 0, v152
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v99
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b32 v18, v18 offset:8192
	ds_read_b32 v76, v37 offset:8192
	ds_read_b32 v98, v39 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v99
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[182:183], v[54:55], 0, s[2:3]
	v_lshl_add_u64 v[192:193], v[52:53], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v99, v166, v136, vcc
	v_lshlrev_b16_sdwa v136, v167, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_or_b32_e32 v99, v99, v109
	v_lshlrev_b16_sdwa v109, v35, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	v_and_b32_e32 v109, 0xffff8000, v109
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[202:203], v[48:49], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[224:225], v[46:47], 0, s[2:3]
	v_lshl_add_u64 v[226:227], v[44:45], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[228:229], v[42:43], 0, s[2:3]
	v_lshl_add_u64 v[230:231], v[40:41], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v80, v[80:81], off
	s_nop 0
	global_load_dword v81, v[82:83], off
	s_nop 0
	global_load_dword v82, v[84:85], off
	global_load_dword v83, v[86:87], off
	s_nop 0
	global_load_dword v84, v[88:89], off
	global_load_dword v85, v[90:91], off
	global_load_dword v86, v[92:93], off
	global_load_dword v87, v[94:95], off
	s_nop 0
	global_load_dword v88, v[182:183], off
	global_load_dword v89, v[192:193], off
	global_load_dword v90, v[198:199], off
	global_load_dword v91, v[202:203], off
	global_load_dword v92, v[224:225], off
	global_load_dword v93, v[226:227], off
	global_load_dword v94, v[228:229], off
	global_load_dword v95, v[230:231], off
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(10)
	v_lshrrev_b32_e32 v112, 8, v38
	s_waitcnt lgkmcnt(9)
	v_lshrrev_b32_e32 v36, 8, v104
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(8)
	v_lshrrev_b32_e32 v234, 8, v232
	s_waitcnt lgkmcnt(7)
	v_lshrrev_b32_e32 v233, 8, v235
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(6)
	v_lshrrev_b32_e32 v237, 8, v240
	s_waitcnt lgkmcnt(5)
	v_lshrrev_b32_e32 v118, 8, v113
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_lshlrev_b16_sdwa v137, v167, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v109, v136, v109
	v_lshlrev_b16_sdwa v136, v35, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v110, v110, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v110
	v_and_b32_e32 v136, 0xffff8000, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(4)
	v_lshrrev_b32_e32 v102, 8, v101
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v110
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v100, 8, v77
	s_waitcnt lgkmcnt(2)
	v_lshrrev_b32_e32 v39, 8, v18
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v110
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v37, 8, v76
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v78, 8, v98
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v110
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v96, 0, v153
	v_add_u32_e32 v79, 0, v154
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v110
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v108, 0, v155
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_ashr_i32 s25, s24, 31
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v110
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[168:169], s[24:25], 2, v[72:73]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(16)
	v_lshrrev_b32_e32 v171, 8, v1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v110
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v170, 24, v13
	v_lshrrev_b32_e32 v127, 16, v13
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v110
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v138, 8, v3
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_u32 s22, s22, 0x80
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v110
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addc_u32 s23, s23, 0
	s_addk_i32 s29, 0xff80
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v110, v166, v137, vcc
	v_lshlrev_b16_e32 v137, 7, v175
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_or_b32_e32 v110, v110, v136
	v_lshlrev_b16_e32 v136, 8, v175
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	v_and_b32_e32 v136, 0xffff8000, v136
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_lg_u32 s28, s22
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_lshl_add_u64 v[74:75], v[74:75], 0, s[30:31]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v176
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v197, v137, v136
	v_lshlrev_b16_e32 v137, 7, v176
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v176
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v175, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v199, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v175, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v201, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v173
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v203, v137, v136
	v_lshlrev_b16_e32 v137, 7, v173
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v173
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v141, v203, v201, s35
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v178
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v176, v137, v136
	v_lshlrev_b16_e32 v137, 7, v178
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v178
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v173, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v179, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v173, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v181, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v177
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v183, v137, v136
	v_lshlrev_b16_e32 v137, 7, v177
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v177
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v174
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v173, v137, v136
	v_lshlrev_b16_e32 v137, 7, v174
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v174
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v177, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v174, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v177, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v175, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v184
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v177, v137, v136
	v_lshlrev_b16_e32 v137, 7, v184
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v184
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v180
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v178, v137, v136
	v_lshlrev_b16_e32 v137, 7, v180
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v180
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v184, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v180, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v184, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v182, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v188
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v184, v137, v136
	v_lshlrev_b16_e32 v137, 7, v188
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v188
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v186
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v185, v137, v136
	v_lshlrev_b16_e32 v137, 7, v186
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v186
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v188, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v186, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v188 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v188 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v188, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v187, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v188 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v188 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v117
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v188, v137, v136
	v_lshlrev_b16_e32 v137, 7, v117
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v117
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_e32 v140, 0x7f, v190
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v189, v137, v136
	v_lshlrev_b16_e32 v137, 7, v190
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_e32 v136, 8, v190
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_and_b32_sdwa v140, v117, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v190, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v199, v197, s35
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v191, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v136, v35, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_and_b32_sdwa v117, v117, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v117
	v_and_b32_e32 v136, 0xffff8000, v136
	s_nop 0
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	s_nop 1
	v_cndmask_b32_e32 v117, v166, v137, vcc
	v_or_b32_e32 v192, v117, v136
	v_lshlrev_b16_e32 v136, 7, v196
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_e32 v137, 0x7f, v196
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v196
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v194
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v193, v136, v117
	v_lshlrev_b16_e32 v136, 7, v194
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v194
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v196, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v194, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v196, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v195, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v204
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v196, v136, v117
	v_lshlrev_b16_e32 v136, 7, v204
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v204
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v200
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v198, v136, v117
	v_lshlrev_b16_e32 v136, 7, v200
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v200
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v204, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v200, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v204, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v202, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v208
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v204, v136, v117
	v_lshlrev_b16_e32 v136, 7, v208
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v208
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v206
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v205, v136, v117
	v_lshlrev_b16_e32 v136, 7, v206
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v206
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v208, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v206, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v208, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v207, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v212
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v208, v136, v117
	v_lshlrev_b16_e32 v136, 7, v212
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v212
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v210
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v209, v136, v117
	v_lshlrev_b16_e32 v136, 7, v210
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v210
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v212, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v210, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v212, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v211, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v216
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v212, v136, v117
	v_lshlrev_b16_e32 v136, 7, v216
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v216
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v214
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v213, v136, v117
	v_lshlrev_b16_e32 v136, 7, v214
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v214
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v216, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v214, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v216, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v215, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v216 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v220
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v216, v136, v117
	v_lshlrev_b16_e32 v136, 7, v220
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v220
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v218
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v217, v136, v117
	v_lshlrev_b16_e32 v136, 7, v218
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v218
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v220, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v218, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v220, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v219, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v220 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v115
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v220, v136, v117
	v_lshlrev_b16_e32 v136, 7, v115
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v115
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v222
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v221, v136, v117
	v_lshlrev_b16_e32 v136, 7, v222
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v222
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v115, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v222, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v137, 0x7f, v232
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v223, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v117, v35, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_sdwa v115, v115, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v115
	v_and_b32_e32 v117, 0xffff8000, v117
	s_nop 0
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v115
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v115
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v115
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v115
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v115
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v115
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v115
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v115
	s_nop 1
	v_cndmask_b32_e32 v115, v166, v136, vcc
	v_or_b32_e32 v224, v115, v117
	v_lshlrev_b16_e32 v117, 7, v111
	v_and_b32_e32 v117, 0x3f80, v117
	v_and_b32_e32 v136, 0x7f, v111
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s34, v136
	v_lshlrev_b16_e32 v115, 8, v111
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e32 v117, v159, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v136
	s_nop 1
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v160, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v161, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v162, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v163, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v164, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v165, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v136, v104, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v117, v166, v117, vcc
	v_or_b32_e32 v225, v117, v115
	v_lshlrev_b16_e32 v117, 7, v114
	v_lshlrev_b16_e32 v115, 8, v114
	v_and_b32_e32 v117, 0x3f80, v117
	v_and_b32_e32 v114, 0x7f, v114
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s34, v114
	v_and_b32_e32 v115, 0xffff8000, v115
	s_nop 0
	v_cndmask_b32_e32 v117, v159, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v114
	s_nop 1
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v114
	s_nop 1
	v_cndmask_b32_e32 v117, v160, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v114
	s_nop 1
	v_cndmask_b32_e32 v117, v161, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v114
	s_nop 1
	v_cndmask_b32_e32 v117, v162, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v114
	s_nop 1
	v_cndmask_b32_e32 v117, v163, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v114
	s_nop 1
	v_cndmask_b32_e32 v117, v164, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v114
	s_nop 1
	v_cndmask_b32_e32 v117, v165, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v114
	s_nop 1
	v_cndmask_b32_e32 v114, v166, v117, vcc
	v_or_b32_e32 v226, v114, v115
	v_lshlrev_b16_sdwa v115, v167, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v115, 0x3f80, v115
	v_and_b32_sdwa v117, v111, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v115, 0x2000, v115
	v_cmp_ne_u16_e32 vcc, s34, v117
	v_lshlrev_b16_sdwa v114, v35, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v114, 0xffff8000, v114
	v_cndmask_b32_e32 v115, v159, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v160, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v161, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v162, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v163, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v164, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v165, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v117, 0x7f, v104
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v115, v166, v115, vcc
	v_or_b32_e32 v227, v115, v114
	v_lshlrev_b16_sdwa v115, v167, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v114, v35, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v115, 0x3f80, v115
	v_and_b32_sdwa v111, v111, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v115, 0x2000, v115
	v_cmp_ne_u16_e32 vcc, s34, v111
	v_and_b32_e32 v114, 0xffff8000, v114
	s_nop 0
	v_cndmask_b32_e32 v115, v159, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v111
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v111
	s_nop 1
	v_cndmask_b32_e32 v115, v160, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v111
	s_nop 1
	v_cndmask_b32_e32 v115, v161, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v111
	s_nop 1
	v_cndmask_b32_e32 v115, v162, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v111
	s_nop 1
	v_cndmask_b32_e32 v115, v163, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v111
	s_nop 1
	v_cndmask_b32_e32 v115, v164, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v111
	s_nop 1
	v_cndmask_b32_e32 v115, v165, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v111
	s_nop 1
	v_cndmask_b32_e32 v111, v166, v115, vcc
	v_or_b32_e32 v228, v111, v114
	v_lshlrev_b16_e32 v114, 7, v172
	v_and_b32_e32 v114, 0x3f80, v114
	v_and_b32_e32 v115, 0x7f, v172
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e32 vcc, s34, v115
	v_lshlrev_b16_e32 v111, 8, v172
	v_and_b32_e32 v111, 0xffff8000, v111
	v_cndmask_b32_e32 v114, v159, v114, vcc
	v_cmp_ne_u16_e32 vcc, 0, v115
	s_nop 1
	v_cndmask_b32_e32 v114, 0, v114, vcc
	v_cmp_ne_u16_e32 vcc, 1, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v160, v114, vcc
	v_cmp_ne_u16_e32 vcc, 2, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v161, v114, vcc
	v_cmp_ne_u16_e32 vcc, 3, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v162, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v163, v114, vcc
	v_cmp_ne_u16_e32 vcc, 5, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v164, v114, vcc
	v_cmp_ne_u16_e32 vcc, 6, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v165, v114, vcc
	v_cmp_ne_u16_e32 vcc, 7, v115
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v115, v38, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v114, v166, v114, vcc
	v_or_b32_e32 v229, v114, v111
	v_lshlrev_b16_e32 v114, 7, v103
	v_lshlrev_b16_e32 v111, 8, v103
	v_and_b32_e32 v114, 0x3f80, v114
	v_and_b32_e32 v103, 0x7f, v103
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e32 vcc, s34, v103
	v_and_b32_e32 v111, 0xffff8000, v111
	s_nop 0
	v_cndmask_b32_e32 v114, v159, v114, vcc
	v_cmp_ne_u16_e32 vcc, 0, v103
	s_nop 1
	v_cndmask_b32_e32 v114, 0, v114, vcc
	v_cmp_ne_u16_e32 vcc, 1, v103
	s_nop 1
	v_cndmask_b32_e32 v114, v160, v114, vcc
	v_cmp_ne_u16_e32 vcc, 2, v103
	s_nop 1
	v_cndmask_b32_e32 v114, v161, v114, vcc
	v_cmp_ne_u16_e32 vcc, 3, v103
	s_nop 1
	v_cndmask_b32_e32 v114, v162, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v103
	s_nop 1
	v_cndmask_b32_e32 v114, v163, v114, vcc
	v_cmp_ne_u16_e32 vcc, 5, v103
	s_nop 1
	v_cndmask_b32_e32 v114, v164, v114, vcc
	v_cmp_ne_u16_e32 vcc, 6, v103
	s_nop 1
	v_cndmask_b32_e32 v114, v165, v114, vcc
	v_cmp_ne_u16_e32 vcc, 7, v103
	s_nop 1
	v_cndmask_b32_e32 v103, v166, v114, vcc
	v_or_b32_e32 v230, v103, v111
	v_lshlrev_b16_sdwa v111, v167, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v111, 0x3f80, v111
	v_and_b32_sdwa v114, v172, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v111, 0x2000, v111
	v_cmp_ne_u16_e32 vcc, s34, v114
	v_lshlrev_b16_sdwa v103, v35, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v103, 0xffff8000, v103
	v_cndmask_b32_e32 v111, v159, v111, vcc
	v_cmp_ne_u16_e32 vcc, 0, v114
	s_nop 1
	v_cndmask_b32_e32 v111, 0, v111, vcc
	v_cmp_ne_u16_e32 vcc, 1, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v160, v111, vcc
	v_cmp_ne_u16_e32 vcc, 2, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v161, v111, vcc
	v_cmp_ne_u16_e32 vcc, 3, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v162, v111, vcc
	v_cmp_ne_u16_e32 vcc, 4, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v163, v111, vcc
	v_cmp_ne_u16_e32 vcc, 5, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v164, v111, vcc
	v_cmp_ne_u16_e32 vcc, 6, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v165, v111, vcc
	v_cmp_ne_u16_e32 vcc, 7, v114
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v114, 0x7f, v38
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v111, v166, v111, vcc
	v_or_b32_e32 v231, v111, v103
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v111, 7, v38
	v_and_b32_e32 v111, 0x3f80, v111
	v_add_u16_e32 v111, 0x2000, v111
	v_cmp_ne_u16_e32 vcc, s34, v114
	v_lshlrev_b16_e32 v103, 8, v38
	v_and_b32_e32 v103, 0xffff8000, v103
	v_cndmask_b32_e32 v111, v159, v111, vcc
	v_cmp_ne_u16_e32 vcc, 0, v114
	s_nop 1
	v_cndmask_b32_e32 v111, 0, v111, vcc
	v_cmp_ne_u16_e32 vcc, 1, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v160, v111, vcc
	v_cmp_ne_u16_e32 vcc, 2, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v161, v111, vcc
	v_cmp_ne_u16_e32 vcc, 3, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v162, v111, vcc
	v_cmp_ne_u16_e32 vcc, 4, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v163, v111, vcc
	v_cmp_ne_u16_e32 vcc, 5, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v164, v111, vcc
	v_cmp_ne_u16_e32 vcc, 6, v114
	s_nop 1
	v_cndmask_b32_e32 v111, v165, v111, vcc
	v_cmp_ne_u16_e32 vcc, 7, v114
	v_lshlrev_b16_e32 v114, 7, v112
	v_and_b32_e32 v114, 0x3f80, v114
	v_cndmask_b32_e32 v111, v166, v111, vcc
	v_or_b32_e32 v111, v111, v103
	v_lshlrev_b16_e32 v103, 8, v112
	v_and_b32_e32 v112, 0x7f, v112
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e32 vcc, s34, v112
	v_and_b32_e32 v103, 0xffff8000, v103
	s_nop 0
	v_cndmask_b32_e32 v114, v159, v114, vcc
	v_cmp_ne_u16_e32 vcc, 0, v112
	s_nop 1
	v_cndmask_b32_e32 v114, 0, v114, vcc
	v_cmp_ne_u16_e32 vcc, 1, v112
	s_nop 1
	v_cndmask_b32_e32 v114, v160, v114, vcc
	v_cmp_ne_u16_e32 vcc, 2, v112
	s_nop 1
	v_cndmask_b32_e32 v114, v161, v114, vcc
	v_cmp_ne_u16_e32 vcc, 3, v112
	s_nop 1
	v_cndmask_b32_e32 v114, v162, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v112
	s_nop 1
	v_cndmask_b32_e32 v114, v163, v114, vcc
	v_cmp_ne_u16_e32 vcc, 5, v112
	s_nop 1
	v_cndmask_b32_e32 v114, v164, v114, vcc
	v_cmp_ne_u16_e32 vcc, 6, v112
	s_nop 1
	v_cndmask_b32_e32 v114, v165, v114, vcc
	v_cmp_ne_u16_e32 vcc, 7, v112
	s_nop 1
	v_cndmask_b32_e32 v112, v166, v114, vcc
	v_lshlrev_b16_sdwa v114, v167, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v114, 0x3f80, v114
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e32 vcc, s34, v115
	v_or_b32_e32 v112, v112, v103
	v_lshlrev_b16_sdwa v103, v35, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v114, v159, v114, vcc
	v_cmp_ne_u16_e32 vcc, 0, v115
	v_and_b32_e32 v103, 0xffff8000, v103
	s_nop 0
	v_cndmask_b32_e32 v114, 0, v114, vcc
	v_cmp_ne_u16_e32 vcc, 1, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v160, v114, vcc
	v_cmp_ne_u16_e32 vcc, 2, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v161, v114, vcc
	v_cmp_ne_u16_e32 vcc, 3, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v162, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v163, v114, vcc
	v_cmp_ne_u16_e32 vcc, 5, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v164, v114, vcc
	v_cmp_ne_u16_e32 vcc, 6, v115
	s_nop 1
	v_cndmask_b32_e32 v114, v165, v114, vcc
	v_cmp_ne_u16_e32 vcc, 7, v115
	v_lshlrev_b16_sdwa v115, v167, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v115, 0x3f80, v115
	v_cndmask_b32_e32 v114, v166, v114, vcc
	v_or_b32_e32 v114, v114, v103
	v_lshlrev_b16_sdwa v103, v35, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v38, v38, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v115, 0x2000, v115
	v_cmp_ne_u16_e32 vcc, s34, v38
	v_and_b32_e32 v103, 0xffff8000, v103
	s_nop 0
	v_cndmask_b32_e32 v115, v159, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v38
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v38
	s_nop 1
	v_cndmask_b32_e32 v115, v160, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v38
	s_nop 1
	v_cndmask_b32_e32 v115, v161, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v38
	s_nop 1
	v_cndmask_b32_e32 v115, v162, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v38
	s_nop 1
	v_cndmask_b32_e32 v115, v163, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v38
	s_nop 1
	v_cndmask_b32_e32 v115, v164, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v38
	s_nop 1
	v_cndmask_b32_e32 v115, v165, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v38
	s_nop 1
	v_cndmask_b32_e32 v38, v166, v115, vcc
	v_or_b32_e32 v115, v38, v103
	v_lshlrev_b16_e32 v103, 7, v104
	v_and_b32_e32 v103, 0x3f80, v103
	v_add_u16_e32 v103, 0x2000, v103
	v_cmp_ne_u16_e32 vcc, s34, v117
	v_lshlrev_b16_e32 v38, 8, v104
	v_and_b32_e32 v38, 0xffff8000, v38
	v_cndmask_b32_e32 v103, v159, v103, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v103, 0, v103, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v103, v160, v103, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v103, v161, v103, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v103, v162, v103, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v103, v163, v103, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v103, v164, v103, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v103, v165, v103, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	v_lshlrev_b16_e32 v117, 7, v36
	v_and_b32_e32 v117, 0x3f80, v117
	v_cndmask_b32_e32 v103, v166, v103, vcc
	v_or_b32_e32 v103, v103, v38
	v_lshlrev_b16_e32 v38, 8, v36
	v_and_b32_e32 v36, 0x7f, v36
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s34, v36
	v_and_b32_e32 v38, 0xffff8000, v38
	s_nop 0
	v_cndmask_b32_e32 v117, v159, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v36
	s_nop 1
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v36
	s_nop 1
	v_cndmask_b32_e32 v117, v160, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v36
	s_nop 1
	v_cndmask_b32_e32 v117, v161, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v36
	s_nop 1
	v_cndmask_b32_e32 v117, v162, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v36
	s_nop 1
	v_cndmask_b32_e32 v117, v163, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v36
	s_nop 1
	v_cndmask_b32_e32 v117, v164, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v36
	s_nop 1
	v_cndmask_b32_e32 v117, v165, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v36
	s_nop 1
	v_cndmask_b32_e32 v36, v166, v117, vcc
	v_lshlrev_b16_sdwa v117, v167, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0x3f80, v117
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s34, v136
	v_or_b32_e32 v36, v36, v38
	v_lshlrev_b16_sdwa v38, v35, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v117, v159, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v136
	v_and_b32_e32 v38, 0xffff8000, v38
	s_nop 0
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v160, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v161, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v162, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v163, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v164, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v136
	s_nop 1
	v_cndmask_b32_e32 v117, v165, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v136
	v_lshlrev_b16_sdwa v136, v167, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_cndmask_b32_e32 v117, v166, v117, vcc
	v_or_b32_e32 v38, v117, v38
	v_lshlrev_b16_sdwa v117, v35, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v104, v104, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v104
	v_and_b32_e32 v117, 0xffff8000, v117
	s_nop 0
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v104
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v104
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v104
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v104
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v104
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v104
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v104
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v104
	s_nop 1
	v_cndmask_b32_e32 v104, v166, v136, vcc
	v_lshlrev_b16_e32 v136, 7, v232
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_or_b32_e32 v104, v104, v117
	v_lshlrev_b16_e32 v117, 8, v232
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	v_and_b32_e32 v117, 0xffff8000, v117
	s_nop 0
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v234
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v239, v136, v117
	v_lshlrev_b16_e32 v136, 7, v234
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v234
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v232, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v241, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v232 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v232 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v232, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v243, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v232 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v232 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v235
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v245, v136, v117
	v_lshlrev_b16_e32 v136, 7, v235
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v235
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v233
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v232, v136, v117
	v_lshlrev_b16_e32 v136, 7, v233
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v233
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v235, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v233, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v235 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v235 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v235, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v234, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v235 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v235 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v240
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v235, v136, v117
	v_lshlrev_b16_e32 v136, 7, v240
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v240
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v237
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v236, v136, v117
	v_lshlrev_b16_e32 v136, 7, v237
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v237
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v240, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v237, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v240 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v240 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_sdwa v137, v240, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v238, v136, v117
	v_lshlrev_b16_sdwa v136, v167, v240 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_sdwa v117, v35, v240 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0x7f, v113
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v240, v136, v117
	v_lshlrev_b16_e32 v136, 7, v113
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_lshlrev_b16_e32 v117, 8, v113
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v137, v104, v38, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_nop 0
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v242, v136, v117
	v_lshlrev_b16_e32 v136, 7, v118
	v_lshlrev_b16_e32 v117, 8, v118
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_e32 v118, 0x7f, v118
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v118
	v_and_b32_e32 v117, 0xffff8000, v117
	s_nop 0
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v118
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v118
	s_nop 1
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v118
	s_nop 1
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v118
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v118
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v118
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v118
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v118
	s_nop 1
	v_cndmask_b32_e32 v118, v166, v136, vcc
	v_or_b32_e32 v244, v118, v117
	v_lshlrev_b16_sdwa v118, v167, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v118, 0x3f80, v118
	v_and_b32_sdwa v136, v113, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v118, 0x2000, v118
	v_cmp_ne_u16_e32 vcc, s34, v136
	v_lshlrev_b16_sdwa v117, v35, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v118, v159, v118, vcc
	v_cmp_ne_u16_e32 vcc, 0, v136
	s_nop 1
	v_cndmask_b32_e32 v118, 0, v118, vcc
	v_cmp_ne_u16_e32 vcc, 1, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v160, v118, vcc
	v_cmp_ne_u16_e32 vcc, 2, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v161, v118, vcc
	v_cmp_ne_u16_e32 vcc, 3, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v162, v118, vcc
	v_cmp_ne_u16_e32 vcc, 4, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v163, v118, vcc
	v_cmp_ne_u16_e32 vcc, 5, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v164, v118, vcc
	v_cmp_ne_u16_e32 vcc, 6, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v165, v118, vcc
	v_cmp_ne_u16_e32 vcc, 7, v136
	s_nop 1
	v_cndmask_b32_e32 v118, v166, v118, vcc
	v_or_b32_e32 v246, v118, v117
	v_lshlrev_b16_sdwa v118, v167, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v117, v35, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v118, 0x3f80, v118
	v_and_b32_sdwa v113, v113, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v118, 0x2000, v118
	v_cmp_ne_u16_e32 vcc, s34, v113
	v_and_b32_e32 v117, 0xffff8000, v117
	s_nop 0
	v_cndmask_b32_e32 v118, v159, v118, vcc
	v_cmp_ne_u16_e32 vcc, 0, v113
	s_nop 1
	v_cndmask_b32_e32 v118, 0, v118, vcc
	v_cmp_ne_u16_e32 vcc, 1, v113
	s_nop 1
	v_cndmask_b32_e32 v118, v160, v118, vcc
	v_cmp_ne_u16_e32 vcc, 2, v113
	s_nop 1
	v_cndmask_b32_e32 v118, v161, v118, vcc
	v_cmp_ne_u16_e32 vcc, 3, v113
	s_nop 1
	v_cndmask_b32_e32 v118, v162, v118, vcc
	v_cmp_ne_u16_e32 vcc, 4, v113
	s_nop 1
	v_cndmask_b32_e32 v118, v163, v118, vcc
	v_cmp_ne_u16_e32 vcc, 5, v113
	s_nop 1
	v_cndmask_b32_e32 v118, v164, v118, vcc
	v_cmp_ne_u16_e32 vcc, 6, v113
	s_nop 1
	v_cndmask_b32_e32 v118, v165, v118, vcc
	v_cmp_ne_u16_e32 vcc, 7, v113
	s_nop 1
	v_cndmask_b32_e32 v113, v166, v118, vcc
	v_or_b32_e32 v247, v113, v117
	v_lshlrev_b16_e32 v117, 7, v101
	v_and_b32_e32 v117, 0x3f80, v117
	v_and_b32_e32 v118, 0x7f, v101
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s34, v118
	v_lshlrev_b16_e32 v113, 8, v101
	v_and_b32_e32 v113, 0xffff8000, v113
	v_cndmask_b32_e32 v117, v159, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v118
	s_nop 1
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v160, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v161, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v162, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v163, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v164, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v165, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v118
	s_nop 1
	v_cndmask_b32_e32 v117, v166, v117, vcc
	v_or_b32_e32 v248, v117, v113
	v_lshlrev_b16_e32 v117, 7, v102
	v_lshlrev_b16_e32 v113, 8, v102
	v_and_b32_e32 v117, 0x3f80, v117
	v_and_b32_e32 v102, 0x7f, v102
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s34, v102
	v_and_b32_e32 v113, 0xffff8000, v113
	s_nop 0
	v_cndmask_b32_e32 v117, v159, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v102
	s_nop 1
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v102
	s_nop 1
	v_cndmask_b32_e32 v117, v160, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v102
	s_nop 1
	v_cndmask_b32_e32 v117, v161, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v102
	s_nop 1
	v_cndmask_b32_e32 v117, v162, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v102
	s_nop 1
	v_cndmask_b32_e32 v117, v163, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v102
	s_nop 1
	v_cndmask_b32_e32 v117, v164, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v102
	s_nop 1
	v_cndmask_b32_e32 v117, v165, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v102
	s_nop 1
	v_cndmask_b32_e32 v102, v166, v117, vcc
	v_or_b32_e32 v249, v102, v113
	v_lshlrev_b16_sdwa v113, v167, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v113, 0x3f80, v113
	v_and_b32_sdwa v117, v101, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v113, 0x2000, v113
	v_cmp_ne_u16_e32 vcc, s34, v117
	v_lshlrev_b16_sdwa v102, v35, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v102, 0xffff8000, v102
	v_cndmask_b32_e32 v113, v159, v113, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v113, 0, v113, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v113, v160, v113, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v113, v161, v113, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v113, v162, v113, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v113, v163, v113, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v113, v164, v113, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v113, v165, v113, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	v_add_u32_e32 v117, 0, v156
	s_nop 0
	v_cndmask_b32_e32 v113, v166, v113, vcc
	v_or_b32_e32 v250, v113, v102
	v_lshlrev_b16_sdwa v113, v167, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v102, v35, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v113, 0x3f80, v113
	v_and_b32_sdwa v101, v101, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v113, 0x2000, v113
	v_cmp_ne_u16_e32 vcc, s34, v101
	v_and_b32_e32 v102, 0xffff8000, v102
	s_nop 0
	v_cndmask_b32_e32 v113, v159, v113, vcc
	v_cmp_ne_u16_e32 vcc, 0, v101
	s_nop 1
	v_cndmask_b32_e32 v113, 0, v113, vcc
	v_cmp_ne_u16_e32 vcc, 1, v101
	s_nop 1
	v_cndmask_b32_e32 v113, v160, v113, vcc
	v_cmp_ne_u16_e32 vcc, 2, v101
	s_nop 1
	v_cndmask_b32_e32 v113, v161, v113, vcc
	v_cmp_ne_u16_e32 vcc, 3, v101
	s_nop 1
	v_cndmask_b32_e32 v113, v162, v113, vcc
	v_cmp_ne_u16_e32 vcc, 4, v101
	s_nop 1
	v_cndmask_b32_e32 v113, v163, v113, vcc
	v_cmp_ne_u16_e32 vcc, 5, v101
	s_nop 1
	v_cndmask_b32_e32 v113, v164, v113, vcc
	v_cmp_ne_u16_e32 vcc, 6, v101
	s_nop 1
	v_cndmask_b32_e32 v113, v165, v113, vcc
	v_cmp_ne_u16_e32 vcc, 7, v101
	s_nop 1
	v_cndmask_b32_e32 v101, v166, v113, vcc
	v_or_b32_e32 v251, v101, v102
	v_lshlrev_b16_e32 v102, 7, v77
	v_and_b32_e32 v102, 0x3f80, v102
	v_and_b32_e32 v113, 0x7f, v77
	v_add_u16_e32 v102, 0x2000, v102
	v_cmp_ne_u16_e32 vcc, s34, v113
	v_lshlrev_b16_e32 v101, 8, v77
	v_and_b32_e32 v101, 0xffff8000, v101
	v_cndmask_b32_e32 v102, v159, v102, vcc
	v_cmp_ne_u16_e32 vcc, 0, v113
	s_nop 1
	v_cndmask_b32_e32 v102, 0, v102, vcc
	v_cmp_ne_u16_e32 vcc, 1, v113
	s_nop 1
	v_cndmask_b32_e32 v102, v160, v102, vcc
	v_cmp_ne_u16_e32 vcc, 2, v113
	s_nop 1
	v_cndmask_b32_e32 v102, v161, v102, vcc
	v_cmp_ne_u16_e32 vcc, 3, v113
	s_nop 1
	v_cndmask_b32_e32 v102, v162, v102, vcc
	v_cmp_ne_u16_e32 vcc, 4, v113
	s_nop 1
	v_cndmask_b32_e32 v102, v163, v102, vcc
	v_cmp_ne_u16_e32 vcc, 5, v113
	s_nop 1
	v_cndmask_b32_e32 v102, v164, v102, vcc
	v_cmp_ne_u16_e32 vcc, 6, v113
	s_nop 1
	v_cndmask_b32_e32 v102, v165, v102, vcc
	v_cmp_ne_u16_e32 vcc, 7, v113
	v_and_b32_sdwa v113, v76, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v102, v166, v102, vcc
	v_or_b32_e32 v252, v102, v101
	v_lshlrev_b16_e32 v102, 7, v100
	v_lshlrev_b16_e32 v101, 8, v100
	v_and_b32_e32 v102, 0x3f80, v102
	v_and_b32_e32 v100, 0x7f, v100
	v_add_u16_e32 v102, 0x2000, v102
	v_cmp_ne_u16_e32 vcc, s34, v100
	v_and_b32_e32 v101, 0xffff8000, v101
	s_nop 0
	v_cndmask_b32_e32 v102, v159, v102, vcc
	v_cmp_ne_u16_e32 vcc, 0, v100
	s_nop 1
	v_cndmask_b32_e32 v102, 0, v102, vcc
	v_cmp_ne_u16_e32 vcc, 1, v100
	s_nop 1
	v_cndmask_b32_e32 v102, v160, v102, vcc
	v_cmp_ne_u16_e32 vcc, 2, v100
	s_nop 1
	v_cndmask_b32_e32 v102, v161, v102, vcc
	v_cmp_ne_u16_e32 vcc, 3, v100
	s_nop 1
	v_cndmask_b32_e32 v102, v162, v102, vcc
	v_cmp_ne_u16_e32 vcc, 4, v100
	s_nop 1
	v_cndmask_b32_e32 v102, v163, v102, vcc
	v_cmp_ne_u16_e32 vcc, 5, v100
	s_nop 1
	v_cndmask_b32_e32 v102, v164, v102, vcc
	v_cmp_ne_u16_e32 vcc, 6, v100
	s_nop 1
	v_cndmask_b32_e32 v102, v165, v102, vcc
	v_cmp_ne_u16_e32 vcc, 7, v100
	s_nop 1
	v_cndmask_b32_e32 v100, v166, v102, vcc
	v_or_b32_e32 v253, v100, v101
	v_lshlrev_b16_sdwa v101, v167, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v101, 0x3f80, v101
	v_and_b32_sdwa v102, v77, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v101, 0x2000, v101
	v_cmp_ne_u16_e32 vcc, s34, v102
	v_lshlrev_b16_sdwa v100, v35, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v100, 0xffff8000, v100
	v_cndmask_b32_e32 v101, v159, v101, vcc
	v_cmp_ne_u16_e32 vcc, 0, v102
	s_nop 1
	v_cndmask_b32_e32 v101, 0, v101, vcc
	v_cmp_ne_u16_e32 vcc, 1, v102
	s_nop 1
	v_cndmask_b32_e32 v101, v160, v101, vcc
	v_cmp_ne_u16_e32 vcc, 2, v102
	s_nop 1
	v_cndmask_b32_e32 v101, v161, v101, vcc
	v_cmp_ne_u16_e32 vcc, 3, v102
	s_nop 1
	v_cndmask_b32_e32 v101, v162, v101, vcc
	v_cmp_ne_u16_e32 vcc, 4, v102
	s_nop 1
	v_cndmask_b32_e32 v101, v163, v101, vcc
	v_cmp_ne_u16_e32 vcc, 5, v102
	s_nop 1
	v_cndmask_b32_e32 v101, v164, v101, vcc
	v_cmp_ne_u16_e32 vcc, 6, v102
	s_nop 1
	v_cndmask_b32_e32 v101, v165, v101, vcc
	v_cmp_ne_u16_e32 vcc, 7, v102
	v_and_b32_sdwa v102, v18, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v101, v166, v101, vcc
	v_or_b32_e32 v254, v101, v100
	v_lshlrev_b16_sdwa v101, v167, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v100, v35, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v101, 0x3f80, v101
	v_and_b32_sdwa v77, v77, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v101, 0x2000, v101
	v_cmp_ne_u16_e32 vcc, s34, v77
	v_and_b32_e32 v100, 0xffff8000, v100
	s_nop 0
	v_cndmask_b32_e32 v101, v159, v101, vcc
	v_cmp_ne_u16_e32 vcc, 0, v77
	s_nop 1
	v_cndmask_b32_e32 v101, 0, v101, vcc
	v_cmp_ne_u16_e32 vcc, 1, v77
	s_nop 1
	v_cndmask_b32_e32 v101, v160, v101, vcc
	v_cmp_ne_u16_e32 vcc, 2, v77
	s_nop 1
	v_cndmask_b32_e32 v101, v161, v101, vcc
	v_cmp_ne_u16_e32 vcc, 3, v77
	s_nop 1
	v_cndmask_b32_e32 v101, v162, v101, vcc
	v_cmp_ne_u16_e32 vcc, 4, v77
	s_nop 1
	v_cndmask_b32_e32 v101, v163, v101, vcc
	v_cmp_ne_u16_e32 vcc, 5, v77
	s_nop 1
	v_cndmask_b32_e32 v101, v164, v101, vcc
	v_cmp_ne_u16_e32 vcc, 6, v77
	s_nop 1
	v_cndmask_b32_e32 v101, v165, v101, vcc
	v_cmp_ne_u16_e32 vcc, 7, v77
	s_nop 1
	v_cndmask_b32_e32 v77, v166, v101, vcc
	v_or_b32_e32 v255, v77, v100
	v_lshlrev_b16_e32 v100, 7, v18
	v_and_b32_e32 v100, 0x3f80, v100
	v_and_b32_e32 v101, 0x7f, v18
	v_add_u16_e32 v100, 0x2000, v100
	v_cmp_ne_u16_e32 vcc, s34, v101
	v_lshlrev_b16_e32 v77, 8, v18
	v_and_b32_e32 v77, 0xffff8000, v77
	v_cndmask_b32_e32 v100, v159, v100, vcc
	v_cmp_ne_u16_e32 vcc, 0, v101
	s_nop 1
	v_cndmask_b32_e32 v100, 0, v100, vcc
	v_cmp_ne_u16_e32 vcc, 1, v101
	s_nop 1
	v_cndmask_b32_e32 v100, v160, v100, vcc
	v_cmp_ne_u16_e32 vcc, 2, v101
	s_nop 1
	v_cndmask_b32_e32 v100, v161, v100, vcc
	v_cmp_ne_u16_e32 vcc, 3, v101
	s_nop 1
	v_cndmask_b32_e32 v100, v162, v100, vcc
	v_cmp_ne_u16_e32 vcc, 4, v101
	s_nop 1
	v_cndmask_b32_e32 v100, v163, v100, vcc
	v_cmp_ne_u16_e32 vcc, 5, v101
	s_nop 1
	v_cndmask_b32_e32 v100, v164, v100, vcc
	v_cmp_ne_u16_e32 vcc, 6, v101
	s_nop 1
	v_cndmask_b32_e32 v100, v165, v100, vcc
	v_cmp_ne_u16_e32 vcc, 7, v101
	v_lshlrev_b16_e32 v101, 7, v39
	v_and_b32_e32 v101, 0x3f80, v101
	v_cndmask_b32_e32 v100, v166, v100, vcc
	v_or_b32_e32 v100, v100, v77
	v_lshlrev_b16_e32 v77, 8, v39
	v_and_b32_e32 v39, 0x7f, v39
	v_add_u16_e32 v101, 0x2000, v101
	v_cmp_ne_u16_e32 vcc, s34, v39
	v_and_b32_e32 v77, 0xffff8000, v77
	s_nop 0
	v_cndmask_b32_e32 v101, v159, v101, vcc
	v_cmp_ne_u16_e32 vcc, 0, v39
	s_nop 1
	v_cndmask_b32_e32 v101, 0, v101, vcc
	v_cmp_ne_u16_e32 vcc, 1, v39
	s_nop 1
	v_cndmask_b32_e32 v101, v160, v101, vcc
	v_cmp_ne_u16_e32 vcc, 2, v39
	s_nop 1
	v_cndmask_b32_e32 v101, v161, v101, vcc
	v_cmp_ne_u16_e32 vcc, 3, v39
	s_nop 1
	v_cndmask_b32_e32 v101, v162, v101, vcc
	v_cmp_ne_u16_e32 vcc, 4, v39
	s_nop 1
	v_cndmask_b32_e32 v101, v163, v101, vcc
	v_cmp_ne_u16_e32 vcc, 5, v39
	s_nop 1
	v_cndmask_b32_e32 v101, v164, v101, vcc
	v_cmp_ne_u16_e32 vcc, 6, v39
	s_nop 1
	v_cndmask_b32_e32 v101, v165, v101, vcc
	v_cmp_ne_u16_e32 vcc, 7, v39
	s_nop 1
	v_cndmask_b32_e32 v39, v166, v101, vcc
	v_or_b32_e32 v101, v39, v77
	v_lshlrev_b16_sdwa v77, v167, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v77, 0x3f80, v77
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e32 vcc, s34, v102
	v_lshlrev_b16_sdwa v39, v35, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v39, 0xffff8000, v39
	v_cndmask_b32_e32 v77, v159, v77, vcc
	v_cmp_ne_u16_e32 vcc, 0, v102
	s_nop 1
	v_cndmask_b32_e32 v77, 0, v77, vcc
	v_cmp_ne_u16_e32 vcc, 1, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v160, v77, vcc
	v_cmp_ne_u16_e32 vcc, 2, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v161, v77, vcc
	v_cmp_ne_u16_e32 vcc, 3, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v162, v77, vcc
	v_cmp_ne_u16_e32 vcc, 4, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v163, v77, vcc
	v_cmp_ne_u16_e32 vcc, 5, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v164, v77, vcc
	v_cmp_ne_u16_e32 vcc, 6, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v165, v77, vcc
	v_cmp_ne_u16_e32 vcc, 7, v102
	s_nop 1
	v_cndmask_b32_e32 v77, v166, v77, vcc
	v_or_b32_e32 v102, v77, v39
	v_lshlrev_b16_sdwa v77, v167, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v39, v35, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v77, 0x3f80, v77
	v_and_b32_sdwa v18, v18, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e32 vcc, s34, v18
	v_and_b32_e32 v39, 0xffff8000, v39
	s_nop 0
	v_cndmask_b32_e32 v77, v159, v77, vcc
	v_cmp_ne_u16_e32 vcc, 0, v18
	s_nop 1
	v_cndmask_b32_e32 v77, 0, v77, vcc
	v_cmp_ne_u16_e32 vcc, 1, v18
	s_nop 1
	v_cndmask_b32_e32 v77, v160, v77, vcc
	v_cmp_ne_u16_e32 vcc, 2, v18
	s_nop 1
	v_cndmask_b32_e32 v77, v161, v77, vcc
	v_cmp_ne_u16_e32 vcc, 3, v18
	s_nop 1
	v_cndmask_b32_e32 v77, v162, v77, vcc
	v_cmp_ne_u16_e32 vcc, 4, v18
	s_nop 1
	v_cndmask_b32_e32 v77, v163, v77, vcc
	v_cmp_ne_u16_e32 vcc, 5, v18
	s_nop 1
	v_cndmask_b32_e32 v77, v164, v77, vcc
	v_cmp_ne_u16_e32 vcc, 6, v18
	s_nop 1
	v_cndmask_b32_e32 v77, v165, v77, vcc
	v_cmp_ne_u16_e32 vcc, 7, v18
	s_nop 1
	v_cndmask_b32_e32 v18, v166, v77, vcc
	v_or_b32_e32 v118, v18, v39
	v_lshlrev_b16_e32 v39, 7, v76
	v_and_b32_e32 v39, 0x3f80, v39
	v_and_b32_e32 v77, 0x7f, v76
	v_add_u16_e32 v39, 0x2000, v39
	v_cmp_ne_u16_e32 vcc, s34, v77
	v_lshlrev_b16_e32 v18, 8, v76
	v_and_b32_e32 v18, 0xffff8000, v18
	v_cndmask_b32_e32 v39, v159, v39, vcc
	v_cmp_ne_u16_e32 vcc, 0, v77
	s_nop 1
	v_cndmask_b32_e32 v39, 0, v39, vcc
	v_cmp_ne_u16_e32 vcc, 1, v77
	s_nop 1
	v_cndmask_b32_e32 v39, v160, v39, vcc
	v_cmp_ne_u16_e32 vcc, 2, v77
	s_nop 1
	v_cndmask_b32_e32 v39, v161, v39, vcc
	v_cmp_ne_u16_e32 vcc, 3, v77
	s_nop 1
	v_cndmask_b32_e32 v39, v162, v39, vcc
	v_cmp_ne_u16_e32 vcc, 4, v77
	s_nop 1
	v_cndmask_b32_e32 v39, v163, v39, vcc
	v_cmp_ne_u16_e32 vcc, 5, v77
	s_nop 1
	v_cndmask_b32_e32 v39, v164, v39, vcc
	v_cmp_ne_u16_e32 vcc, 6, v77
	s_nop 1
	v_cndmask_b32_e32 v39, v165, v39, vcc
	v_cmp_ne_u16_e32 vcc, 7, v77
	v_lshlrev_b16_e32 v77, 7, v37
	v_and_b32_e32 v77, 0x3f80, v77
	v_cndmask_b32_e32 v39, v166, v39, vcc
	v_or_b32_e32 v18, v39, v18
	v_lshlrev_b16_e32 v39, 8, v37
	v_and_b32_e32 v37, 0x7f, v37
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e32 vcc, s34, v37
	v_and_b32_e32 v39, 0xffff8000, v39
	s_nop 0
	v_cndmask_b32_e32 v77, v159, v77, vcc
	v_cmp_ne_u16_e32 vcc, 0, v37
	s_nop 1
	v_cndmask_b32_e32 v77, 0, v77, vcc
	v_cmp_ne_u16_e32 vcc, 1, v37
	s_nop 1
	v_cndmask_b32_e32 v77, v160, v77, vcc
	v_cmp_ne_u16_e32 vcc, 2, v37
	s_nop 1
	v_cndmask_b32_e32 v77, v161, v77, vcc
	v_cmp_ne_u16_e32 vcc, 3, v37
	s_nop 1
	v_cndmask_b32_e32 v77, v162, v77, vcc
	v_cmp_ne_u16_e32 vcc, 4, v37
	s_nop 1
	v_cndmask_b32_e32 v77, v163, v77, vcc
	v_cmp_ne_u16_e32 vcc, 5, v37
	s_nop 1
	v_cndmask_b32_e32 v77, v164, v77, vcc
	v_cmp_ne_u16_e32 vcc, 6, v37
	s_nop 1
	v_cndmask_b32_e32 v77, v165, v77, vcc
	v_cmp_ne_u16_e32 vcc, 7, v37
	s_nop 1
	v_cndmask_b32_e32 v37, v166, v77, vcc
	v_lshlrev_b16_sdwa v77, v167, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v77, 0x3f80, v77
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e32 vcc, s34, v113
	v_or_b32_e32 v37, v37, v39
	v_lshlrev_b16_sdwa v39, v35, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v77, v159, v77, vcc
	v_cmp_ne_u16_e32 vcc, 0, v113
	v_and_b32_e32 v39, 0xffff8000, v39
	s_nop 0
	v_cndmask_b32_e32 v77, 0, v77, vcc
	v_cmp_ne_u16_e32 vcc, 1, v113
	s_nop 1
	v_cndmask_b32_e32 v77, v160, v77, vcc
	v_cmp_ne_u16_e32 vcc, 2, v113
	s_nop 1
	v_cndmask_b32_e32 v77, v161, v77, vcc
	v_cmp_ne_u16_e32 vcc, 3, v113
	s_nop 1
	v_cndmask_b32_e32 v77, v162, v77, vcc
	v_cmp_ne_u16_e32 vcc, 4, v113
	s_nop 1
	v_cndmask_b32_e32 v77, v163, v77, vcc
	v_cmp_ne_u16_e32 vcc, 5, v113
	s_nop 1
	v_cndmask_b32_e32 v77, v164, v77, vcc
	v_cmp_ne_u16_e32 vcc, 6, v113
	s_nop 1
	v_cndmask_b32_e32 v77, v165, v77, vcc
	v_cmp_ne_u16_e32 vcc, 7, v113
	v_lshlrev_b16_sdwa v113, v167, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v113, 0x3f80, v113
	v_cndmask_b32_e32 v77, v166, v77, vcc
	v_or_b32_e32 v39, v77, v39
	v_lshlrev_b16_sdwa v77, v35, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v76, v76, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v113, 0x2000, v113
	v_cmp_ne_u16_e32 vcc, s34, v76
	v_and_b32_e32 v77, 0xffff8000, v77
	s_nop 0
	v_cndmask_b32_e32 v113, v159, v113, vcc
	v_cmp_ne_u16_e32 vcc, 0, v76
	s_nop 1
	v_cndmask_b32_e32 v113, 0, v113, vcc
	v_cmp_ne_u16_e32 vcc, 1, v76
	s_nop 1
	v_cndmask_b32_e32 v113, v160, v113, vcc
	v_cmp_ne_u16_e32 vcc, 2, v76
	s_nop 1
	v_cndmask_b32_e32 v113, v161, v113, vcc
	v_cmp_ne_u16_e32 vcc, 3, v76
	s_nop 1
	v_cndmask_b32_e32 v113, v162, v113, vcc
	v_cmp_ne_u16_e32 vcc, 4, v76
	s_nop 1
	v_cndmask_b32_e32 v113, v163, v113, vcc
	v_cmp_ne_u16_e32 vcc, 5, v76
	s_nop 1
	v_cndmask_b32_e32 v113, v164, v113, vcc
	v_cmp_ne_u16_e32 vcc, 6, v76
	s_nop 1
	v_cndmask_b32_e32 v113, v165, v113, vcc
	v_cmp_ne_u16_e32 vcc, 7, v76
	s_nop 1
	v_cndmask_b32_e32 v76, v166, v113, vcc
	v_and_b32_e32 v113, 0x7f, v98
	v_cmp_ne_u16_e32 vcc, s34, v113
	v_cmp_ne_u16_e64 s[2:3], 0, v113
	v_cmp_ne_u16_e64 s[4:5], 1, v113
	v_cmp_ne_u16_e64 s[8:9], 2, v113
	v_cmp_ne_u16_e64 s[10:11], 3, v113
	v_cmp_ne_u16_e64 s[14:15], 4, v113
	v_cmp_ne_u16_e64 s[16:17], 5, v113
	v_cmp_ne_u16_e64 s[18:19], 6, v113
	v_cmp_ne_u16_e64 s[20:21], 7, v113
	v_lshlrev_b16_e32 v113, 7, v98
	v_and_b32_e32 v113, 0x3f80, v113
	v_add_u16_e32 v113, 0x2000, v113
	v_cndmask_b32_e32 v113, v159, v113, vcc
	v_cndmask_b32_e64 v113, 0, v113, s[2:3]
	v_cndmask_b32_e64 v113, v160, v113, s[4:5]
	v_cndmask_b32_e64 v113, v161, v113, s[8:9]
	v_cndmask_b32_e64 v113, v162, v113, s[10:11]
	v_cndmask_b32_e64 v113, v163, v113, s[14:15]
	v_cndmask_b32_e64 v113, v164, v113, s[16:17]
	v_or_b32_e32 v76, v76, v77
	v_lshlrev_b16_e32 v77, 8, v98
	v_cndmask_b32_e64 v113, v165, v113, s[18:19]
	v_and_b32_e32 v77, 0xffff8000, v77
	v_cndmask_b32_e64 v113, v166, v113, s[20:21]
	v_or_b32_e32 v77, v113, v77
	v_and_b32_e32 v113, 0x7f, v78
	v_cmp_ne_u16_e32 vcc, s34, v113
	v_cmp_ne_u16_e64 s[2:3], 0, v113
	v_cmp_ne_u16_e64 s[4:5], 1, v113
	v_cmp_ne_u16_e64 s[8:9], 2, v113
	v_cmp_ne_u16_e64 s[10:11], 3, v113
	v_cmp_ne_u16_e64 s[14:15], 4, v113
	v_cmp_ne_u16_e64 s[16:17], 5, v113
	v_cmp_ne_u16_e64 s[18:19], 6, v113
	v_cmp_ne_u16_e64 s[20:21], 7, v113
	v_lshlrev_b16_e32 v113, 8, v78
	v_lshlrev_b16_e32 v78, 7, v78
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e32 v78, v159, v78, vcc
	v_cndmask_b32_e64 v78, 0, v78, s[2:3]
	v_cndmask_b32_e64 v78, v160, v78, s[4:5]
	v_cndmask_b32_e64 v78, v161, v78, s[8:9]
	v_cndmask_b32_e64 v78, v162, v78, s[10:11]
	v_cndmask_b32_e64 v78, v163, v78, s[14:15]
	v_cndmask_b32_e64 v78, v164, v78, s[16:17]
	v_cndmask_b32_e64 v78, v165, v78, s[18:19]
	v_and_b32_e32 v113, 0xffff8000, v113
	v_cndmask_b32_e64 v78, v166, v78, s[20:21]
	v_or_b32_e32 v78, v78, v113
	ds_read_b32 v113, v96 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v96, v99, v97, s35
	v_perm_b32 v97, v110, v109, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v109, v98, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s34, v109
	v_cmp_ne_u16_e64 s[2:3], 0, v109
	v_cmp_ne_u16_e64 s[4:5], 1, v109
	v_cmp_ne_u16_e64 s[8:9], 2, v109
	v_cmp_ne_u16_e64 s[10:11], 3, v109
	v_cmp_ne_u16_e64 s[14:15], 4, v109
	v_cmp_ne_u16_e64 s[16:17], 5, v109
	v_cmp_ne_u16_e64 s[18:19], 6, v109
	v_cmp_ne_u16_e64 s[20:21], 7, v109
	v_lshlrev_b16_sdwa v109, v167, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e32 v109, v159, v109, vcc
	v_cndmask_b32_e64 v109, 0, v109, s[2:3]
	v_cndmask_b32_e64 v109, v160, v109, s[4:5]
	v_cndmask_b32_e64 v109, v161, v109, s[8:9]
	v_cndmask_b32_e64 v109, v162, v109, s[10:11]
	v_cndmask_b32_e64 v109, v163, v109, s[14:15]
	v_cndmask_b32_e64 v109, v164, v109, s[16:17]
	v_lshlrev_b16_sdwa v99, v35, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v109, v165, v109, s[18:19]
	v_and_b32_e32 v99, 0xffff8000, v99
	v_cndmask_b32_e64 v109, v166, v109, s[20:21]
	v_or_b32_e32 v109, v109, v99
	v_and_b32_sdwa v99, v98, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s34, v99
	v_cmp_ne_u16_e64 s[2:3], 0, v99
	v_cmp_ne_u16_e64 s[4:5], 1, v99
	v_cmp_ne_u16_e64 s[8:9], 2, v99
	v_cmp_ne_u16_e64 s[10:11], 3, v99
	v_cmp_ne_u16_e64 s[14:15], 4, v99
	v_cmp_ne_u16_e64 s[16:17], 5, v99
	v_cmp_ne_u16_e64 s[18:19], 6, v99
	v_cmp_ne_u16_e64 s[20:21], 7, v99
	v_lshlrev_b16_sdwa v99, v35, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v98, v167, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v98, 0x3f80, v98
	v_add_u16_e32 v98, 0x2000, v98
	v_cndmask_b32_e32 v98, v159, v98, vcc
	v_cndmask_b32_e64 v98, 0, v98, s[2:3]
	v_cndmask_b32_e64 v98, v160, v98, s[4:5]
	v_cndmask_b32_e64 v98, v161, v98, s[8:9]
	v_cndmask_b32_e64 v98, v162, v98, s[10:11]
	v_cndmask_b32_e64 v98, v163, v98, s[14:15]
	v_cndmask_b32_e64 v98, v164, v98, s[16:17]
	v_cndmask_b32_e64 v98, v165, v98, s[18:19]
	v_and_b32_e32 v99, 0xffff8000, v99
	v_cndmask_b32_e64 v98, v166, v98, s[20:21]
	v_or_b32_e32 v110, v98, v99
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v98, v112, v111, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_e32 v112, 0x7f, v113
	v_cmp_ne_u16_e32 vcc, s34, v112
	v_cmp_ne_u16_e64 s[2:3], 0, v112
	v_cmp_ne_u16_e64 s[4:5], 1, v112
	v_cmp_ne_u16_e64 s[8:9], 2, v112
	v_cmp_ne_u16_e64 s[10:11], 3, v112
	v_cmp_ne_u16_e64 s[14:15], 4, v112
	v_cmp_ne_u16_e64 s[16:17], 5, v112
	v_cmp_ne_u16_e64 s[18:19], 6, v112
	v_cmp_ne_u16_e64 s[20:21], 7, v112
	v_lshlrev_b16_e32 v112, 7, v113
	v_and_b32_e32 v112, 0x3f80, v112
	v_add_u16_e32 v112, 0x2000, v112
	v_cndmask_b32_e32 v112, v159, v112, vcc
	v_cndmask_b32_e64 v112, 0, v112, s[2:3]
	v_cndmask_b32_e64 v112, v160, v112, s[4:5]
	v_cndmask_b32_e64 v112, v161, v112, s[8:9]
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v99, v115, v114, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v112, v162, v112, s[10:11]
	v_cndmask_b32_e64 v112, v163, v112, s[14:15]
	v_cndmask_b32_e64 v112, v164, v112, s[16:17]
	v_lshrrev_b32_e32 v136, 8, v113
	v_lshlrev_b16_e32 v111, 8, v113
	v_cndmask_b32_e64 v112, v165, v112, s[18:19]
	v_and_b32_e32 v111, 0xffff8000, v111
	v_cndmask_b32_e64 v112, v166, v112, s[20:21]
	v_lshlrev_b16_e32 v114, 7, v136
	v_or_b32_e32 v111, v112, v111
	v_and_b32_e32 v112, 0x7f, v136
	v_and_b32_e32 v114, 0x3f80, v114
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[98:99], v[96:97], 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v97, v167, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e32 vcc, s34, v112
	v_add_u16_e32 v114, 0x2000, v114
	v_and_b32_e32 v97, 0x3f80, v97
	v_and_b32_sdwa v98, v113, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v114, v159, v114, vcc
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e32 vcc, s34, v98
	v_lshlrev_b16_sdwa v96, v35, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v96, 0xffff8000, v96
	v_cndmask_b32_e32 v97, v159, v97, vcc
	v_cmp_ne_u16_e32 vcc, 0, v98
	v_cmp_ne_u16_e64 s[2:3], 0, v112
	v_cmp_ne_u16_e64 s[4:5], 1, v112
	v_cndmask_b32_e32 v97, 0, v97, vcc
	v_cmp_ne_u16_e32 vcc, 1, v98
	v_cndmask_b32_e64 v114, 0, v114, s[2:3]
	v_cmp_ne_u16_e64 s[8:9], 2, v112
	v_cndmask_b32_e32 v97, v160, v97, vcc
	v_cmp_ne_u16_e32 vcc, 2, v98
	v_cndmask_b32_e64 v114, v160, v114, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v112
	v_cndmask_b32_e32 v97, v161, v97, vcc
	v_cmp_ne_u16_e32 vcc, 3, v98
	v_cndmask_b32_e64 v114, v161, v114, s[8:9]
	v_cmp_ne_u16_e64 s[14:15], 4, v112
	v_cndmask_b32_e32 v97, v162, v97, vcc
	v_cmp_ne_u16_e32 vcc, 4, v98
	v_cndmask_b32_e64 v114, v162, v114, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 5, v112
	v_cndmask_b32_e32 v97, v163, v97, vcc
	v_cmp_ne_u16_e32 vcc, 5, v98
	v_cndmask_b32_e64 v114, v163, v114, s[14:15]
	v_cmp_ne_u16_e64 s[18:19], 6, v112
	v_cndmask_b32_e32 v97, v164, v97, vcc
	v_cmp_ne_u16_e32 vcc, 6, v98
	v_cndmask_b32_e64 v114, v164, v114, s[16:17]
	v_cmp_ne_u16_e64 s[20:21], 7, v112
	v_cndmask_b32_e32 v97, v165, v97, vcc
	v_cmp_ne_u16_e32 vcc, 7, v98
	v_lshlrev_b16_e32 v112, 8, v136
	v_cndmask_b32_e64 v114, v165, v114, s[18:19]
	v_cndmask_b32_e32 v97, v166, v97, vcc
	v_or_b32_e32 v99, v97, v96
	v_lshlrev_b16_sdwa v96, v167, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_sdwa v97, v113, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e32 vcc, s34, v97
	v_and_b32_e32 v112, 0xffff8000, v112
	v_cndmask_b32_e64 v114, v166, v114, s[20:21]
	v_cndmask_b32_e32 v96, v159, v96, vcc
	v_cmp_ne_u16_e32 vcc, 0, v97
	v_or_b32_e32 v112, v114, v112
	v_add_u32_e32 v136, 0, v157
	v_cndmask_b32_e32 v96, 0, v96, vcc
	v_cmp_ne_u16_e32 vcc, 1, v97
	ds_read_b32 v115, v79 offset:8192
	ds_read_b32 v114, v108 offset:8192
	ds_read_b32 v108, v117 offset:8192
	ds_read_b32 v79, v136 offset:8192
	v_cndmask_b32_e32 v96, v160, v96, vcc
	v_cmp_ne_u16_e32 vcc, 2, v97
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v136, v36, v103, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v36, 8, v115
	v_cndmask_b32_e32 v96, v161, v96, vcc
	v_cmp_ne_u16_e32 vcc, 3, v97
	v_and_b32_e32 v38, 0x7f, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cndmask_b32_e32 v96, v162, v96, vcc
	v_cmp_ne_u16_e32 vcc, 4, v97
	v_cmp_ne_u16_e64 s[4:5], 1, v38
	v_cmp_ne_u16_e64 s[8:9], 2, v38
	v_cndmask_b32_e32 v96, v163, v96, vcc
	v_cmp_ne_u16_e32 vcc, 5, v97
	v_cmp_ne_u16_e64 s[10:11], 3, v38
	v_cmp_ne_u16_e64 s[14:15], 4, v38
	v_cndmask_b32_e32 v96, v164, v96, vcc
	v_cmp_ne_u16_e32 vcc, 6, v97
	v_cmp_ne_u16_e64 s[16:17], 5, v38
	v_cmp_ne_u16_e64 s[18:19], 6, v38
	v_cndmask_b32_e32 v96, v165, v96, vcc
	v_cmp_ne_u16_e32 vcc, 7, v97
	v_lshlrev_b16_sdwa v97, v35, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v97, 0xffff8000, v97
	v_cndmask_b32_e32 v96, v166, v96, vcc
	v_or_b32_e32 v113, v96, v97
	v_lshlrev_b16_e32 v96, 7, v115
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_e32 v97, 0x7f, v115
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e32 vcc, s34, v97
	v_cmp_ne_u16_e64 s[20:21], 7, v38
	v_and_b32_sdwa v103, v115, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v96, v159, v96, vcc
	v_cmp_ne_u16_e32 vcc, 0, v97
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v136, 7, v114
	v_cndmask_b32_e32 v96, 0, v96, vcc
	v_cmp_ne_u16_e32 vcc, 1, v97
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_e32 v137, 0x7f, v114
	v_cndmask_b32_e32 v96, v160, v96, vcc
	v_cmp_ne_u16_e32 vcc, 2, v97
	v_add_u16_e32 v136, 0x2000, v136
	s_waitcnt lgkmcnt(1)
	v_and_b32_e32 v141, 0x7f, v108
	v_cndmask_b32_e32 v96, v161, v96, vcc
	v_cmp_ne_u16_e32 vcc, 3, v97
	v_lshlrev_b16_e32 v140, 8, v108
	v_and_b32_e32 v140, 0xffff8000, v140
	v_cndmask_b32_e32 v96, v162, v96, vcc
	v_cmp_ne_u16_e32 vcc, 4, v97
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v78, v78, v77, s35
	v_perm_b32 v77, v212, v211, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v96, v163, v96, vcc
	v_cmp_ne_u16_e32 vcc, 5, v97
	v_lshrrev_b32_sdwa v98, v35, v13 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v96, v164, v96, vcc
	v_cmp_ne_u16_e32 vcc, 6, v97
	s_nop 1
	v_cndmask_b32_e32 v96, v165, v96, vcc
	v_cmp_ne_u16_e32 vcc, 7, v97
	v_lshlrev_b16_e32 v97, 8, v115
	v_and_b32_e32 v97, 0xffff8000, v97
	v_cndmask_b32_e32 v96, v166, v96, vcc
	v_cmp_ne_u16_e32 vcc, s34, v38
	v_lshlrev_b16_e32 v38, 7, v36
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e32 v38, v159, v38, vcc
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v38, v160, v38, s[4:5]
	v_cndmask_b32_e64 v38, v161, v38, s[8:9]
	v_cndmask_b32_e64 v38, v162, v38, s[10:11]
	v_cndmask_b32_e64 v38, v163, v38, s[14:15]
	v_cndmask_b32_e64 v38, v164, v38, s[16:17]
	v_cndmask_b32_e64 v38, v165, v38, s[18:19]
	v_cndmask_b32_e64 v38, v166, v38, s[20:21]
	v_cmp_ne_u16_e32 vcc, s34, v103
	v_cmp_ne_u16_e64 s[2:3], 0, v103
	v_cmp_ne_u16_e64 s[4:5], 1, v103
	v_cmp_ne_u16_e64 s[8:9], 2, v103
	v_cmp_ne_u16_e64 s[10:11], 3, v103
	v_cmp_ne_u16_e64 s[14:15], 4, v103
	v_cmp_ne_u16_e64 s[16:17], 5, v103
	v_cmp_ne_u16_e64 s[18:19], 6, v103
	v_cmp_ne_u16_e64 s[20:21], 7, v103
	v_lshlrev_b16_sdwa v103, v167, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v103, 0x3f80, v103
	v_add_u16_e32 v103, 0x2000, v103
	v_cndmask_b32_e32 v103, v159, v103, vcc
	v_cndmask_b32_e64 v103, 0, v103, s[2:3]
	v_cndmask_b32_e64 v103, v160, v103, s[4:5]
	v_cndmask_b32_e64 v103, v161, v103, s[8:9]
	v_cndmask_b32_e64 v103, v162, v103, s[10:11]
	v_cndmask_b32_e64 v103, v163, v103, s[14:15]
	v_cndmask_b32_e64 v103, v164, v103, s[16:17]
	v_or_b32_e32 v117, v96, v97
	v_lshlrev_b16_sdwa v96, v35, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v103, v165, v103, s[18:19]
	v_and_b32_e32 v96, 0xffff8000, v96
	v_cndmask_b32_e64 v103, v166, v103, s[20:21]
	v_or_b32_e32 v104, v103, v96
	v_lshlrev_b16_sdwa v103, v167, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v96, v115, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v103, 0x3f80, v103
	v_cmp_ne_u16_e32 vcc, s34, v96
	v_add_u16_e32 v103, 0x2000, v103
	v_cmp_ne_u16_e64 s[2:3], 0, v96
	v_cndmask_b32_e32 v103, v159, v103, vcc
	v_cmp_ne_u16_e64 s[4:5], 1, v96
	v_cndmask_b32_e64 v103, 0, v103, s[2:3]
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_cmp_ne_u16_e64 s[8:9], 2, v96
	v_cndmask_b32_e64 v103, v160, v103, s[4:5]
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	v_cmp_ne_u16_e64 s[10:11], 3, v96
	v_cndmask_b32_e64 v103, v161, v103, s[8:9]
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	v_cmp_ne_u16_e64 s[14:15], 4, v96
	v_cndmask_b32_e64 v103, v162, v103, s[10:11]
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	v_cmp_ne_u16_e64 s[16:17], 5, v96
	v_cndmask_b32_e64 v103, v163, v103, s[14:15]
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	v_cmp_ne_u16_e64 s[18:19], 6, v96
	v_cndmask_b32_e64 v103, v164, v103, s[16:17]
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	v_cmp_ne_u16_e64 s[20:21], 7, v96
	v_lshlrev_b16_sdwa v96, v35, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v103, v165, v103, s[18:19]
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	v_and_b32_e32 v96, 0xffff8000, v96
	v_cndmask_b32_e64 v103, v166, v103, s[20:21]
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	v_or_b32_e32 v115, v103, v96
	v_lshlrev_b16_e32 v103, 8, v114
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_lshrrev_b32_e32 v96, 8, v114
	v_and_b32_e32 v103, 0xffff8000, v103
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v197, v136, v103
	v_lshlrev_b16_e32 v136, 7, v96
	v_lshlrev_b16_e32 v103, 8, v96
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_e32 v96, 0x7f, v96
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v96
	v_and_b32_e32 v103, 0xffff8000, v103
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v137, v245, v243, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v96
	v_lshlrev_b16_e32 v36, 8, v36
	v_and_b32_e32 v36, 0xffff8000, v36
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v96
	v_or_b32_e32 v38, v38, v36
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v38, v38, v117, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v96
	v_lshrrev_b32_e32 v97, 16, v15
	v_lshrrev_b32_e32 v36, 24, v15
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v96
	s_nop 1
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v96
	s_nop 1
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v96
	s_nop 1
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v96
	s_nop 1
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v96
	s_nop 1
	v_cndmask_b32_e32 v96, v166, v136, vcc
	v_or_b32_e32 v199, v96, v103
	v_lshlrev_b16_sdwa v96, v167, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_sdwa v103, v114, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e32 vcc, s34, v103
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v136, v241, v239, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v241, 8, v79
	v_cndmask_b32_e32 v96, v159, v96, vcc
	v_cmp_ne_u16_e32 vcc, 0, v103
	s_nop 1
	v_cndmask_b32_e32 v96, 0, v96, vcc
	v_cmp_ne_u16_e32 vcc, 1, v103
	s_nop 1
	v_cndmask_b32_e32 v96, v160, v96, vcc
	v_cmp_ne_u16_e32 vcc, 2, v103
	s_nop 1
	v_cndmask_b32_e32 v96, v161, v96, vcc
	v_cmp_ne_u16_e32 vcc, 3, v103
	s_nop 1
	v_cndmask_b32_e32 v96, v162, v96, vcc
	v_cmp_ne_u16_e32 vcc, 4, v103
	s_nop 1
	v_cndmask_b32_e32 v96, v163, v96, vcc
	v_cmp_ne_u16_e32 vcc, 5, v103
	s_nop 1
	v_cndmask_b32_e32 v96, v164, v96, vcc
	v_cmp_ne_u16_e32 vcc, 6, v103
	s_nop 1
	v_cndmask_b32_e32 v96, v165, v96, vcc
	v_cmp_ne_u16_e32 vcc, 7, v103
	v_lshlrev_b16_sdwa v103, v35, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v103, 0xffff8000, v103
	v_cndmask_b32_e32 v96, v166, v96, vcc
	v_or_b32_e32 v201, v96, v103
	v_and_b32_sdwa v96, v114, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s34, v96
	v_cmp_ne_u16_e64 s[2:3], 0, v96
	v_cmp_ne_u16_e64 s[4:5], 1, v96
	v_cmp_ne_u16_e64 s[8:9], 2, v96
	v_cmp_ne_u16_e64 s[10:11], 3, v96
	v_cmp_ne_u16_e64 s[14:15], 4, v96
	v_cmp_ne_u16_e64 s[16:17], 5, v96
	v_cmp_ne_u16_e64 s[18:19], 6, v96
	v_cmp_ne_u16_e64 s[20:21], 7, v96
	v_lshlrev_b16_sdwa v96, v167, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v96, 0x3f80, v96
	v_add_u16_e32 v96, 0x2000, v96
	v_cndmask_b32_e32 v96, v159, v96, vcc
	v_cndmask_b32_e64 v96, 0, v96, s[2:3]
	v_cndmask_b32_e64 v96, v160, v96, s[4:5]
	v_cndmask_b32_e64 v96, v161, v96, s[8:9]
	v_cndmask_b32_e64 v96, v162, v96, s[10:11]
	v_cndmask_b32_e64 v96, v163, v96, s[14:15]
	v_cndmask_b32_e64 v96, v164, v96, s[16:17]
	v_cndmask_b32_e64 v96, v165, v96, s[18:19]
	v_cndmask_b32_e64 v96, v166, v96, s[20:21]
	v_cmp_ne_u16_e32 vcc, s34, v141
	v_cmp_ne_u16_e64 s[2:3], 0, v141
	v_cmp_ne_u16_e64 s[4:5], 1, v141
	v_cmp_ne_u16_e64 s[8:9], 2, v141
	v_cmp_ne_u16_e64 s[10:11], 3, v141
	v_cmp_ne_u16_e64 s[14:15], 4, v141
	v_cmp_ne_u16_e64 s[16:17], 5, v141
	v_cmp_ne_u16_e64 s[18:19], 6, v141
	v_cmp_ne_u16_e64 s[20:21], 7, v141
	v_lshlrev_b16_e32 v141, 7, v108
	v_and_b32_e32 v141, 0x3f80, v141
	v_add_u16_e32 v141, 0x2000, v141
	v_cndmask_b32_e32 v141, v159, v141, vcc
	v_cndmask_b32_e64 v141, 0, v141, s[2:3]
	v_cndmask_b32_e64 v141, v160, v141, s[4:5]
	v_cndmask_b32_e64 v141, v161, v141, s[8:9]
	v_cndmask_b32_e64 v141, v162, v141, s[10:11]
	v_cndmask_b32_e64 v141, v163, v141, s[14:15]
	v_lshlrev_b16_sdwa v114, v35, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v141, v164, v141, s[16:17]
	v_and_b32_e32 v114, 0xffff8000, v114
	v_cndmask_b32_e64 v141, v165, v141, s[18:19]
	v_or_b32_e32 v114, v96, v114
	v_lshrrev_b32_e32 v96, 8, v108
	v_cndmask_b32_e64 v141, v166, v141, s[20:21]
	v_or_b32_e32 v203, v141, v140
	v_and_b32_e32 v140, 0x7f, v96
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_cmp_ne_u16_e64 s[2:3], 0, v140
	v_cmp_ne_u16_e64 s[4:5], 1, v140
	v_cmp_ne_u16_e64 s[8:9], 2, v140
	v_cmp_ne_u16_e64 s[10:11], 3, v140
	v_cmp_ne_u16_e64 s[14:15], 4, v140
	v_cmp_ne_u16_e64 s[16:17], 5, v140
	v_cmp_ne_u16_e64 s[18:19], 6, v140
	v_cmp_ne_u16_e64 s[20:21], 7, v140
	v_lshlrev_b16_e32 v140, 8, v96
	v_lshlrev_b16_e32 v96, 7, v96
	v_and_b32_e32 v96, 0x3f80, v96
	v_add_u16_e32 v96, 0x2000, v96
	v_cndmask_b32_e32 v96, v159, v96, vcc
	v_cndmask_b32_e64 v96, 0, v96, s[2:3]
	v_cndmask_b32_e64 v96, v160, v96, s[4:5]
	v_cndmask_b32_e64 v96, v161, v96, s[8:9]
	v_cndmask_b32_e64 v96, v162, v96, s[10:11]
	v_cndmask_b32_e64 v96, v163, v96, s[14:15]
	v_cndmask_b32_e64 v96, v164, v96, s[16:17]
	v_cndmask_b32_e64 v96, v165, v96, s[18:19]
	v_and_b32_e32 v140, 0xffff8000, v140
	v_cndmask_b32_e64 v96, v166, v96, s[20:21]
	v_or_b32_e32 v239, v96, v140
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v179, v176, s35
	v_perm_b32 v141, v183, v181, s35
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v96, v[168:169], off
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v137, v167, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0x3f80, v137
	v_and_b32_sdwa v140, v108, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v140
	v_lshlrev_b16_sdwa v136, v35, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v136, 0xffff8000, v136
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v141, v177, v175, s35
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_barrier
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_write_b32 v105, v4
	ds_write_b32 v106, v5
	ds_write_b32 v107, v6
	ds_write_b32 v105, v8 offset:4096
	ds_write_b32 v106, v9 offset:4096
	ds_write_b32 v107, v10 offset:4096
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	v_accvgpr_read_b32 v4, a26
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_write2st64_b32 v4, v7, v11 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	v_lshrrev_b32_sdwa v4, v35, v12 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v5, 8, v0
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	v_or_b32_sdwa v4, v5, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v5, 8, v12
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	v_or_b32_sdwa v5, v0, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_accvgpr_read_b32 v6, a27
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	ds_write_b16 v6, v5 offset:8192
	v_accvgpr_read_b32 v5, a28
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	v_lshlrev_b16_sdwa v140, v35, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v183, 0xffff8000, v140
	v_cndmask_b32_e32 v137, v166, v137, vcc
	v_or_b32_e32 v168, v137, v136
	v_lshlrev_b16_sdwa v137, v167, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v136, v35, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_and_b32_sdwa v108, v108, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s34, v108
	v_and_b32_e32 v136, 0xffff8000, v136
	v_lshlrev_b16_sdwa v140, v167, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v137, v159, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v108
	v_and_b32_e32 v140, 0x3f80, v140
	ds_write_b16 v5, v4 offset:8192
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v108
	v_lshrrev_b32_e32 v4, 24, v12
	v_lshlrev_b16_e32 v4, 8, v4
	v_cndmask_b32_e32 v137, v160, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v108
	v_lshrrev_b32_e32 v5, 16, v12
	v_or_b32_sdwa v4, v0, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v137, v161, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v108
	v_lshlrev_b16_e32 v5, 8, v5
	v_and_b32_sdwa v0, v0, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v137, v162, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v108
	v_or_b32_e32 v0, v0, v5
	v_accvgpr_read_b32 v5, a29
	v_cndmask_b32_e32 v137, v163, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v108
	ds_write_b16 v5, v0 offset:8192
	v_accvgpr_read_b32 v0, a30
	v_cndmask_b32_e32 v137, v164, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v108
	ds_write_b16 v0, v4 offset:8192
	v_lshlrev_b16_e32 v4, 8, v13
	v_cndmask_b32_e32 v137, v165, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v108
	v_or_b32_sdwa v4, v1, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_accvgpr_read_b32 v5, a31
	v_cndmask_b32_e32 v108, v166, v137, vcc
	v_or_b32_e32 v108, v108, v136
	v_lshlrev_b16_e32 v136, 7, v79
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_e32 v137, 0x7f, v79
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v137
	v_or_b32_sdwa v0, v171, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v5, v4 offset:8192
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	v_accvgpr_read_b32 v4, a32
	ds_write_b16 v4, v0 offset:8192
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	v_lshlrev_b16_e32 v0, 8, v170
	v_or_b32_sdwa v0, v1, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	v_lshlrev_b16_e32 v4, 8, v127
	v_and_b32_sdwa v1, v1, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	v_or_b32_e32 v1, v1, v4
	v_accvgpr_read_b32 v4, a33
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	ds_write_b16 v4, v1 offset:8192
	v_accvgpr_read_b32 v1, a34
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	ds_write_b16 v1, v0 offset:8192
	v_lshrrev_b32_sdwa v0, v35, v14 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	v_lshrrev_b32_e32 v1, 8, v2
	v_or_b32_sdwa v0, v1, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_cndmask_b32_e32 v136, v165, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_lshlrev_b16_e32 v137, 8, v79
	v_and_b32_e32 v137, 0xffff8000, v137
	v_cndmask_b32_e32 v136, v166, v136, vcc
	v_or_b32_e32 v169, v136, v137
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v136, v35, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v176, 0xffff8000, v136
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v136, 0x7f, v241
	v_cmp_ne_u16_e32 vcc, s34, v136
	v_cmp_ne_u16_e64 s[2:3], 0, v136
	v_cmp_ne_u16_e64 s[4:5], 1, v136
	v_cmp_ne_u16_e64 s[8:9], 2, v136
	v_cmp_ne_u16_e64 s[10:11], 3, v136
	v_cmp_ne_u16_e64 s[14:15], 4, v136
	v_cmp_ne_u16_e64 s[16:17], 5, v136
	v_cmp_ne_u16_e64 s[18:19], 6, v136
	v_cmp_ne_u16_e64 s[20:21], 7, v136
	v_lshlrev_b16_e32 v136, 7, v241
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cndmask_b32_e64 v136, 0, v136, s[2:3]
	v_cndmask_b32_e64 v136, v160, v136, s[4:5]
	v_cndmask_b32_e64 v136, v161, v136, s[8:9]
	v_cndmask_b32_e64 v136, v162, v136, s[10:11]
	v_cndmask_b32_e64 v136, v163, v136, s[14:15]
	v_cndmask_b32_e64 v136, v164, v136, s[16:17]
	v_cndmask_b32_e64 v136, v165, v136, s[18:19]
	v_lshlrev_b16_e32 v137, 8, v241
	v_and_b32_e32 v137, 0xffff8000, v137
	v_cndmask_b32_e64 v136, v166, v136, s[20:21]
	v_or_b32_e32 v179, v136, v137
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v136, v167, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v136, 0x3f80, v136
	v_and_b32_sdwa v172, v172, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s34, v172
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v137, v235, v234, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v1, 8, v14
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v159, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v1, v2, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_accvgpr_read_b32 v4, a36
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v4, v1 offset:8192
	v_accvgpr_read_b32 v1, a37
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v160, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v1, v0 offset:8192
	v_lshrrev_b32_e32 v0, 24, v14
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v161, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v0, 8, v0
	v_lshrrev_b32_e32 v1, 16, v14
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v162, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v0, v2, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v1, 8, v1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v163, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v2, v2, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v1, v2, v1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v136, v164, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	v_accvgpr_read_b32 v2, a38
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v2, v1 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v181, v165, v136, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v136, v233, v232, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u16_e32 v232, 0x2000, v140
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v174, v173, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v173, v79, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s34, v173
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	v_perm_b32 v137, v240, v238, s35
	v_perm_b32 v136, v237, v236, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v174, v159, v232, vcc
	v_cmp_ne_u16_e32 vcc, 0, v173
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v141, v184, v182, s35
	v_accvgpr_read_b32 v1, a39
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v174, 0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 1, v173
	ds_write_b16 v1, v0 offset:8192
	v_lshlrev_b16_e32 v1, 8, v15
	v_cndmask_b32_e32 v140, v160, v174, vcc
	v_cmp_ne_u16_e32 vcc, 2, v173
	v_lshrrev_b32_sdwa v103, v35, v15 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v1, v3, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_cndmask_b32_e32 v174, v161, v140, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v180, v178, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, 3, v173
	v_accvgpr_read_b32 v2, a40
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	v_perm_b32 v137, v247, v246, s35
	v_perm_b32 v136, v244, v242, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v140, v162, v174, vcc
	v_cmp_ne_u16_e32 vcc, 4, v173
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v141, v188, v187, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v0, v138, v103 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_cndmask_b32_e32 v174, v163, v140, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v186, v185, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, 5, v173
	ds_write_b16 v2, v1 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	v_perm_b32 v137, v251, v250, s35
	v_perm_b32 v136, v249, v248, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v140, v164, v174, vcc
	v_cmp_ne_u16_e32 vcc, 6, v173
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v141, v192, v191, s35
	v_accvgpr_read_b32 v1, a41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v174, v165, v140, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v190, v189, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, 7, v173
	ds_write_b16 v1, v0 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	v_perm_b32 v137, v255, v254, s35
	v_perm_b32 v136, v253, v252, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v140, v166, v174, vcc
	v_or_b32_e32 v173, v140, v183
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v140, v194, v193, s35
	v_perm_b32 v141, v196, v195, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v1, 8, v97
	v_and_b32_sdwa v2, v3, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[140:141], a[0:15]
	v_perm_b32 v137, v118, v102, s35
	v_perm_b32 v136, v101, v100, s35
	v_perm_b32 v100, v200, v198, s35
	v_perm_b32 v101, v204, v202, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_sdwa v140, v35, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v118, v167, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v118, 0x3f80, v118
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[100:101], a[0:15]
	v_perm_b32 v101, v76, v39, s35
	v_perm_b32 v100, v37, v18, s35
	v_perm_b32 v136, v206, v205, s35
	v_perm_b32 v137, v208, v207, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_sdwa v37, v79, s34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v79, v110, v109, s35
	v_perm_b32 v76, v210, v209, s35
	v_mfma_f32_32x32x8_f16 a[0:15], v[100:101], v[136:137], a[0:15]
	v_perm_b32 v39, v115, v104, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u16_e32 v18, 0x2000, v118
	v_cmp_ne_u16_e32 vcc, s34, v37
	v_and_b32_e32 v102, 0xffff8000, v140
	v_lshlrev_b16_e32 v0, 8, v36
	v_cndmask_b32_e32 v18, v159, v18, vcc
	v_cmp_ne_u16_e32 vcc, 0, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[78:79], v[76:77], a[0:15]
	v_perm_b32 v77, v113, v99, s35
	v_perm_b32 v76, v112, v111, s35
	v_perm_b32 v78, v214, v213, s35
	v_perm_b32 v79, v216, v215, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v18, 0, v18, vcc
	v_cmp_ne_u16_e32 vcc, 1, v37
	v_or_b32_e32 v1, v2, v1
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[76:77], v[78:79], a[0:15]
	v_perm_b32 v76, v218, v217, s35
	v_perm_b32 v77, v220, v219, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v18, v160, v18, vcc
	v_cmp_ne_u16_e32 vcc, 2, v37
	v_or_b32_sdwa v0, v3, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	ds_write_b16 v135, v1 offset:8192
	ds_write_b16 v143, v0 offset:8192
	v_cndmask_b32_e32 v18, v161, v18, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[76:77], a[0:15]
	v_perm_b32 v39, v114, v201, s35
	v_perm_b32 v38, v199, v197, s35
	v_perm_b32 v76, v222, v221, s35
	v_perm_b32 v77, v224, v223, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cmp_ne_u16_e32 vcc, 3, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[76:77], a[0:15]
	v_perm_b32 v39, v108, v168, s35
	v_perm_b32 v38, v239, v203, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v18, v162, v18, vcc
	v_cmp_ne_u16_e32 vcc, 4, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v76, v226, v225, s35
	v_perm_b32 v77, v228, v227, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v18, v163, v18, vcc
	v_cmp_ne_u16_e32 vcc, 5, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[76:77], a[0:15]
	v_perm_b32 v38, v179, v169, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v18, v164, v18, vcc
	v_cmp_ne_u16_e32 vcc, 6, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v76, v230, v229, s35
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_nop 0
	v_cndmask_b32_e32 v18, v165, v18, vcc
	v_cmp_ne_u16_e32 vcc, 7, v37
	s_nop 1
	v_cndmask_b32_e32 v18, v166, v18, vcc
	v_or_b32_e32 v18, v18, v102
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v39, v18, v173, s35
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v172
	s_nop 1
	v_cndmask_b32_e32 v18, v166, v181, vcc
	v_or_b32_e32 v18, v18, v176
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v77, v18, v231, s35
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[76:77], a[0:15]
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	s_nop 7
	s_nop 2
	v_accvgpr_read_b32 v115, a1
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_accvgpr_read_b32 v39, a15
	v_accvgpr_read_b32 v38, a14
	v_accvgpr_read_b32 v77, a13
	v_accvgpr_read_b32 v76, a12
	v_accvgpr_read_b32 v79, a11
	v_accvgpr_read_b32 v78, a10
	v_accvgpr_read_b32 v101, a9
	v_accvgpr_read_b32 v100, a8
	v_accvgpr_read_b32 v109, a7
	v_accvgpr_read_b32 v108, a6
	v_accvgpr_read_b32 v111, a5
	v_accvgpr_read_b32 v110, a4
	v_accvgpr_read_b32 v113, a3
	v_accvgpr_read_b32 v112, a2
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_accvgpr_read_b32 v114, a0
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[114:115], v[96:97], v[114:115] op_sel_hi:[0,1]
	v_pk_mul_f32 v[112:113], v[96:97], v[112:113] op_sel_hi:[0,1]
	v_pk_mul_f32 v[110:111], v[96:97], v[110:111] op_sel_hi:[0,1]
	v_pk_mul_f32 v[108:109], v[96:97], v[108:109] op_sel_hi:[0,1]
	v_pk_mul_f32 v[100:101], v[96:97], v[100:101] op_sel_hi:[0,1]
	v_pk_mul_f32 v[78:79], v[96:97], v[78:79] op_sel_hi:[0,1]
	v_pk_mul_f32 v[76:77], v[96:97], v[76:77] op_sel_hi:[0,1]
	v_pk_mul_f32 v[38:39], v[96:97], v[38:39] op_sel_hi:[0,1]
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[32:33], v[80:81], v[114:115], v[32:33]
	v_pk_fma_f32 v[30:31], v[82:83], v[112:113], v[30:31]
	v_pk_fma_f32 v[28:29], v[84:85], v[110:111], v[28:29]
	v_pk_fma_f32 v[26:27], v[86:87], v[108:109], v[26:27]
	v_pk_fma_f32 v[24:25], v[88:89], v[100:101], v[24:25]
	v_pk_fma_f32 v[22:23], v[90:91], v[78:79], v[22:23]
	v_pk_fma_f32 v[16:17], v[92:93], v[76:77], v[16:17]
	v_pk_fma_f32 v[20:21], v[94:95], v[38:39], v[20:21]
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_cbranch_scc0 .LBB0_22
.LBB0_14:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s29, v34
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_16
; %bb.15:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20                          ; w8a8_gemm.py:0:20
	v_accvgpr_read_b32 v0, a44
	v_accvgpr_read_b32 v1, a45
	.loc	1 51 18 is_stmt 1               ; w8a8_gemm.py:51:18
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[22:23]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[4:7], v[0:1], off
.LBB0_16:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[2:3]
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_18
; %bb.17:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20                          ; w8a8_gemm.py:0:20
	v_accvgpr_read_b32 v2, a42
	v_accvgpr_read_b32 v3, a43
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[22:23]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[8:11], v[2:3], off
.LBB0_18:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u32_e32 v1, v158, v116
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v2, v158, v119
	v_add_u32_e32 v3, v158, v121
	v_add_u32_e32 v12, v158, v123
	v_add_u32_e32 v13, v158, v125
	v_add_u32_e32 v14, v158, v128
	v_add_u32_e32 v15, v158, v130
	v_add_u32_e32 v18, v158, v132
	ds_read_b32 v110, v1
	ds_read_b32 v175, v2
	ds_read_b32 v173, v3
	ds_read_b32 v177, v12
	ds_read_b32 v184, v13
	ds_read_b32 v188, v14
	ds_read_b32 v117, v15
	ds_read_b32 v196, v18
	v_add_u32_e32 v1, v158, v120
	v_add_u32_e32 v2, v158, v122
	v_add_u32_e32 v3, v158, v124
	v_add_u32_e32 v12, v158, v126
	v_add_u32_e32 v13, v158, v129
	v_add_u32_e32 v14, v158, v131
	v_add_u32_e32 v15, v158, v133
	v_add_u32_e32 v18, v158, v134
	ds_read_b32 v204, v1
	ds_read_b32 v208, v2
	ds_read_b32 v212, v3
	ds_read_b32 v216, v12
	ds_read_b32 v220, v13
	ds_read_b32 v115, v14
	ds_read_b32 v111, v15
	ds_read_b32 v172, v18
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s29, v19
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	.loc	1 45 20 is_stmt 0               ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_20
; %bb.19:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20                          ; w8a8_gemm.py:0:20
	v_accvgpr_read_b32 v0, a22
	v_accvgpr_read_b32 v1, a23
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_lshl_add_u64 v[0:1], v[74:75], 0, v[0:1]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[0:3], v[0:1], off
.LBB0_20:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v12, a21
	s_waitcnt lgkmcnt(14)
	v_lshrrev_b32_e32 v99, 8, v110
	v_lshrrev_b32_e32 v176, 8, v175
	s_waitcnt lgkmcnt(13)
	v_lshrrev_b32_e32 v178, 8, v173
	s_waitcnt lgkmcnt(12)
	v_lshrrev_b32_e32 v174, 8, v177
	s_waitcnt lgkmcnt(11)
	v_lshrrev_b32_e32 v180, 8, v184
	s_waitcnt lgkmcnt(10)
	v_lshrrev_b32_e32 v186, 8, v188
	s_waitcnt lgkmcnt(9)
	v_lshrrev_b32_e32 v190, 8, v117
	s_waitcnt lgkmcnt(8)
	v_lshrrev_b32_e32 v194, 8, v196
	s_waitcnt lgkmcnt(7)
	v_lshrrev_b32_e32 v200, 8, v204
	s_waitcnt lgkmcnt(6)
	v_lshrrev_b32_e32 v206, 8, v208
	s_waitcnt lgkmcnt(5)
	v_lshrrev_b32_e32 v210, 8, v212
	s_waitcnt lgkmcnt(4)
	v_lshrrev_b32_e32 v214, 8, v216
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v218, 8, v220
	s_waitcnt lgkmcnt(2)
	v_lshrrev_b32_e32 v222, 8, v115
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v114, 8, v111
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v103, 8, v172
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s29, v12
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_13
; %bb.21:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20                          ; w8a8_gemm.py:0:20
	v_accvgpr_read_b32 v12, a24
	v_accvgpr_read_b32 v13, a25
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_lshl_add_u64 v[12:13], v[74:75], 0, v[12:13]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[12:15], v[12:13], off
	s_branch .LBB0_13
.LBB0_22:                               ; %._crit_edge.loopexit
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s30, s22, 7
.LBB0_23:                               ; %Flow554
	.loc	1 0 35 is_stmt 0                ; w8a8_gemm.py:0:35
	v_accvgpr_read_b32 v0, a35
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	v_add_u32_e32 v0, 0, v0
	v_add_u32_e32 v1, v0, v116
	v_add_u32_e32 v2, v0, v119
	v_add_u32_e32 v3, v0, v121
	v_add_u32_e32 v4, v0, v123
	v_add_u32_e32 v5, v0, v125
	v_add_u32_e32 v6, v0, v128
	v_add_u32_e32 v7, v0, v130
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v8, v0, v132
	ds_read_b32 v18, v1
	ds_read_b32 v37, v2
	ds_read_b32 v74, v3
	ds_read_b32 v75, v4
	ds_read_b32 v76, v5
	ds_read_b32 v77, v6
	ds_read_b32 v78, v7
	ds_read_b32 v79, v8
	v_add_u32_e32 v1, v0, v120
	v_add_u32_e32 v2, v0, v122
	v_add_u32_e32 v3, v0, v124
	v_add_u32_e32 v4, v0, v126
	v_add_u32_e32 v5, v0, v129
	v_add_u32_e32 v6, v0, v131
	v_add_u32_e32 v7, v0, v133
	v_add_u32_e32 v0, v0, v134
	ds_read_b32 v85, v1
	ds_read_b32 v90, v2
	ds_read_b32 v96, v3
	ds_read_b32 v102, v4
	ds_read_b32 v107, v5
	ds_read_b32 v113, v6
	ds_read_b32 v119, v7
	ds_read_b32 v124, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v0, 0, v139
	v_add_u32_e32 v1, 0, v142
	v_add_u32_e32 v2, 0, v144
	v_add_u32_e32 v3, 0, v145
	v_add_u32_e32 v4, 0, v146
	v_add_u32_e32 v5, 0, v147
	v_add_u32_e32 v6, 0, v148
	v_add_u32_e32 v7, 0, v149
	ds_read_b32 v131, v0 offset:8192
	ds_read_b32 v134, v1 offset:8192
	ds_read_b32 v128, v2 offset:8192
	ds_read_b32 v122, v3 offset:8192
	ds_read_b32 v116, v4 offset:8192
	ds_read_b32 v110, v5 offset:8192
	ds_read_b32 v104, v6 offset:8192
	ds_read_b32 v97, v7 offset:8192
	v_add_u32_e32 v0, 0, v150
	v_add_u32_e32 v1, 0, v151
	v_add_u32_e32 v2, 0, v152
	v_add_u32_e32 v3, 0, v153
	v_add_u32_e32 v4, 0, v154
	v_add_u32_e32 v5, 0, v155
	v_add_u32_e32 v6, 0, v156
	v_add_u32_e32 v7, 0, v157
	ds_read_b32 v91, v0 offset:8192
	ds_read_b32 v84, v1 offset:8192
	ds_read_b32 v81, v2 offset:8192
	ds_read_b32 v82, v3 offset:8192
	ds_read_b32 v87, v4 offset:8192
	ds_read_b32 v88, v5 offset:8192
	ds_read_b32 v93, v6 offset:8192
	ds_read_b32 v94, v7 offset:8192
	s_load_dword s4, s[0:1], 0x3c
	v_mov_b32_e32 v12, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_cndmask_b32_e64 v0, 0, 1, s[26:27]
	v_cmp_ne_u32_e64 s[0:1], 1, v0
	s_andn2_b64 vcc, exec, s[26:27]
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, v12
	s_cbranch_vccz .LBB0_53
; %bb.24:
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s2, s30, s33
	.loc	1 48 22 is_stmt 0               ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_ashr_i32 s3, s2, 31
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_cbranch_vccz .LBB0_54
.LBB0_25:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v34, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v13, 0
	s_cbranch_vccz .LBB0_55
.LBB0_26:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_56
.LBB0_27:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v10, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v35, 0
	s_cbranch_vccz .LBB0_57
.LBB0_28:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_58
.LBB0_29:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v14, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v11, 0
	s_cbranch_vccz .LBB0_59
.LBB0_30:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_60
.LBB0_31:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v6, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v15, 0
	s_cbranch_vccz .LBB0_61
.LBB0_32:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_62
.LBB0_33:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v8, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v7, 0
	s_cbranch_vccz .LBB0_63
.LBB0_34:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_64
.LBB0_35:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v2, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v9, 0
	s_cbranch_vccz .LBB0_65
.LBB0_36:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_66
.LBB0_37:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v4, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v3, 0
	s_cbranch_vccz .LBB0_67
.LBB0_38:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_40
.LBB0_39:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[4:5], s[2:3], 2, v[42:43]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v4, v[4:5], off
.LBB0_40:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v5, 0
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_accvgpr_write_b32 a12, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_cbranch_vccnz .LBB0_42
; %bb.41:
	.loc	1 48 37 is_stmt 0               ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[38:39], s[2:3], 2, v[40:41]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v5, v[38:39], off
.LBB0_42:
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_44
; %bb.43:
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mov_b32_e32 v58, 7
	s_movk_i32 s0, 0x7f
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v19, v58, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v36, v94, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v19, 0x3f80, v19
	v_add_u16_e32 v19, 0x2000, v19
	v_mov_b32_e32 v48, 0x7e00
	v_cmp_ne_u16_e32 vcc, s0, v36
	v_mov_b32_e32 v49, 0x1800
	v_mov_b32_e32 v50, 0x1c00
	v_cndmask_b32_e32 v19, v48, v19, vcc
	v_cmp_ne_u16_e32 vcc, 0, v36
	v_mov_b32_e32 v51, 0x1e00
	v_mov_b32_e32 v52, 0x2000
	v_cndmask_b32_e32 v19, 0, v19, vcc
	v_cmp_ne_u16_e32 vcc, 1, v36
	v_mov_b32_e32 v54, 0x2100
	v_mov_b32_e32 v57, 8
	v_cndmask_b32_e32 v19, v49, v19, vcc
	v_cmp_ne_u16_e32 vcc, 2, v36
	v_mov_b32_e32 v55, 0x2200
	v_lshlrev_b16_sdwa v38, v57, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v19, v50, v19, vcc
	v_cmp_ne_u16_e32 vcc, 3, v36
	v_and_b32_e32 v38, 0xffff8000, v38
	v_lshlrev_b16_sdwa v41, v58, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v19, v51, v19, vcc
	v_cmp_ne_u16_e32 vcc, 4, v36
	v_and_b32_e32 v41, 0x3f80, v41
	v_add_u16_e32 v41, 0x2000, v41
	v_cndmask_b32_e32 v19, v52, v19, vcc
	v_cmp_ne_u16_e32 vcc, 5, v36
	v_lshrrev_b32_e32 v39, 8, v94
	v_lshlrev_b16_e32 v42, 7, v94
	v_cndmask_b32_e32 v19, v54, v19, vcc
	v_cmp_ne_u16_e32 vcc, 6, v36
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e32 v40, v55, v19, vcc
	v_mov_b32_e32 v19, 0x2300
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_lshlrev_b16_sdwa v44, v58, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v44, 0x3f80, v44
	v_cndmask_b32_e32 v36, v19, v40, vcc
	v_or_b32_e32 v36, v36, v38
	v_and_b32_sdwa v38, v94, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v38
	v_lshlrev_b16_sdwa v40, v57, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v40, 0xffff8000, v40
	v_cndmask_b32_e32 v41, v48, v41, vcc
	v_cmp_ne_u16_e32 vcc, 0, v38
	v_add_u16_e32 v44, 0x2000, v44
	v_lshlrev_b16_sdwa v45, v58, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v41, 0, v41, vcc
	v_cmp_ne_u16_e32 vcc, 1, v38
	v_and_b32_e32 v45, 0x3f80, v45
	v_add_u16_e32 v45, 0x2000, v45
	v_cndmask_b32_e32 v41, v49, v41, vcc
	v_cmp_ne_u16_e32 vcc, 2, v38
	v_lshrrev_b32_e32 v43, 8, v93
	v_lshlrev_b16_e32 v46, 7, v93
	v_cndmask_b32_e32 v41, v50, v41, vcc
	v_cmp_ne_u16_e32 vcc, 3, v38
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e32 v41, v51, v41, vcc
	v_cmp_ne_u16_e32 vcc, 4, v38
	v_lshlrev_b16_sdwa v56, v58, v88 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v56, 0x3f80, v56
	v_cndmask_b32_e32 v41, v52, v41, vcc
	v_cmp_ne_u16_e32 vcc, 5, v38
	v_add_u16_e32 v56, 0x2000, v56
	v_lshlrev_b16_sdwa v59, v58, v88 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v41, v54, v41, vcc
	v_cmp_ne_u16_e32 vcc, 6, v38
	v_and_b32_e32 v59, 0x3f80, v59
	v_add_u16_e32 v59, 0x2000, v59
	v_cndmask_b32_e32 v41, v55, v41, vcc
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_lshrrev_b32_e32 v53, 8, v88
	v_lshlrev_b16_e32 v61, 7, v88
	v_cndmask_b32_e32 v38, v19, v41, vcc
	v_or_b32_e32 v38, v38, v40
	v_and_b32_e32 v40, 0x7f, v39
	v_lshlrev_b16_e32 v41, 8, v39
	v_lshlrev_b16_e32 v39, 7, v39
	v_and_b32_e32 v39, 0x3f80, v39
	v_add_u16_e32 v39, 0x2000, v39
	v_cmp_ne_u16_e32 vcc, s0, v40
	v_and_b32_e32 v61, 0x3f80, v61
	v_add_u16_e32 v61, 0x2000, v61
	v_cndmask_b32_e32 v39, v48, v39, vcc
	v_cmp_ne_u16_e32 vcc, 0, v40
	v_lshlrev_b16_sdwa v63, v58, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v63, 0x3f80, v63
	v_cndmask_b32_e32 v39, 0, v39, vcc
	v_cmp_ne_u16_e32 vcc, 1, v40
	v_add_u16_e32 v63, 0x2000, v63
	v_lshlrev_b16_sdwa v64, v58, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v39, v49, v39, vcc
	v_cmp_ne_u16_e32 vcc, 2, v40
	v_and_b32_e32 v64, 0x3f80, v64
	v_add_u16_e32 v64, 0x2000, v64
	v_cndmask_b32_e32 v39, v50, v39, vcc
	v_cmp_ne_u16_e32 vcc, 3, v40
	v_lshrrev_b32_e32 v62, 8, v87
	v_lshlrev_b16_e32 v66, 7, v87
	v_cndmask_b32_e32 v39, v51, v39, vcc
	v_cmp_ne_u16_e32 vcc, 4, v40
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e32 v39, v52, v39, vcc
	v_cmp_ne_u16_e32 vcc, 5, v40
	v_lshlrev_b16_sdwa v68, v58, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v68, 0x3f80, v68
	v_cndmask_b32_e32 v39, v54, v39, vcc
	v_cmp_ne_u16_e32 vcc, 6, v40
	v_add_u16_e32 v68, 0x2000, v68
	v_lshlrev_b16_sdwa v69, v58, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v39, v55, v39, vcc
	v_cmp_ne_u16_e32 vcc, 7, v40
	v_and_b32_e32 v40, 0xffff8000, v41
	v_lshlrev_b16_e32 v41, 8, v94
	v_cndmask_b32_e32 v39, v19, v39, vcc
	v_or_b32_e32 v39, v39, v40
	v_and_b32_e32 v40, 0x7f, v94
	v_cmp_ne_u16_e32 vcc, s0, v40
	v_and_b32_e32 v41, 0xffff8000, v41
	v_and_b32_e32 v69, 0x3f80, v69
	v_cndmask_b32_e32 v42, v48, v42, vcc
	v_cmp_ne_u16_e32 vcc, 0, v40
	v_add_u16_e32 v69, 0x2000, v69
	v_lshrrev_b32_e32 v67, 8, v82
	v_cndmask_b32_e32 v42, 0, v42, vcc
	v_cmp_ne_u16_e32 vcc, 1, v40
	v_lshlrev_b16_e32 v71, 7, v82
	v_and_b32_e32 v71, 0x3f80, v71
	v_cndmask_b32_e32 v42, v49, v42, vcc
	v_cmp_ne_u16_e32 vcc, 2, v40
	v_add_u16_e32 v71, 0x2000, v71
	v_lshlrev_b16_sdwa v73, v58, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v42, v50, v42, vcc
	v_cmp_ne_u16_e32 vcc, 3, v40
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e32 v42, v51, v42, vcc
	v_cmp_ne_u16_e32 vcc, 4, v40
	v_lshrrev_b32_e32 v72, 8, v81
	v_lshrrev_b32_e32 v83, 8, v84
	v_cndmask_b32_e32 v42, v52, v42, vcc
	v_cmp_ne_u16_e32 vcc, 5, v40
	v_lshlrev_b16_sdwa v94, v58, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v94, 0x3f80, v94
	v_cndmask_b32_e32 v42, v54, v42, vcc
	v_cmp_ne_u16_e32 vcc, 6, v40
	v_add_u16_e32 v94, 0x2000, v94
	v_lshrrev_b32_e32 v89, 8, v91
	v_cndmask_b32_e32 v42, v55, v42, vcc
	v_cmp_ne_u16_e32 vcc, 7, v40
	v_lshlrev_b16_sdwa v99, v58, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v99, 0x3f80, v99
	v_cndmask_b32_e32 v40, v19, v42, vcc
	v_or_b32_e32 v40, v40, v41
	v_and_b32_sdwa v41, v93, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v41
	v_lshlrev_b16_sdwa v42, v57, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e32 v44, v48, v44, vcc
	v_cmp_ne_u16_e32 vcc, 0, v41
	v_add_u16_e32 v99, 0x2000, v99
	v_lshlrev_b16_sdwa v100, v58, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v44, 0, v44, vcc
	v_cmp_ne_u16_e32 vcc, 1, v41
	v_and_b32_e32 v100, 0x3f80, v100
	v_add_u16_e32 v100, 0x2000, v100
	v_cndmask_b32_e32 v44, v49, v44, vcc
	v_cmp_ne_u16_e32 vcc, 2, v41
	v_lshrrev_b32_e32 v95, 8, v97
	v_lshlrev_b16_sdwa v105, v58, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v44, v50, v44, vcc
	v_cmp_ne_u16_e32 vcc, 3, v41
	v_and_b32_e32 v105, 0x3f80, v105
	v_add_u16_e32 v105, 0x2000, v105
	v_cndmask_b32_e32 v44, v51, v44, vcc
	v_cmp_ne_u16_e32 vcc, 4, v41
	v_lshlrev_b16_sdwa v106, v58, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0x3f80, v106
	v_cndmask_b32_e32 v44, v52, v44, vcc
	v_cmp_ne_u16_e32 vcc, 5, v41
	v_add_u16_e32 v106, 0x2000, v106
	v_lshrrev_b32_e32 v101, 8, v104
	v_cndmask_b32_e32 v44, v54, v44, vcc
	v_cmp_ne_u16_e32 vcc, 6, v41
	v_lshlrev_b16_sdwa v111, v58, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v111, 0x3f80, v111
	v_cndmask_b32_e32 v44, v55, v44, vcc
	v_cmp_ne_u16_e32 vcc, 7, v41
	v_add_u16_e32 v111, 0x2000, v111
	v_lshlrev_b16_sdwa v112, v58, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v41, v19, v44, vcc
	v_or_b32_e32 v41, v41, v42
	v_and_b32_sdwa v42, v93, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v42
	v_lshlrev_b16_sdwa v44, v57, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v44, 0xffff8000, v44
	v_cndmask_b32_e32 v45, v48, v45, vcc
	v_cmp_ne_u16_e32 vcc, 0, v42
	v_and_b32_e32 v112, 0x3f80, v112
	v_add_u16_e32 v112, 0x2000, v112
	v_cndmask_b32_e32 v45, 0, v45, vcc
	v_cmp_ne_u16_e32 vcc, 1, v42
	v_lshrrev_b32_e32 v108, 8, v110
	v_lshlrev_b16_sdwa v117, v58, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v45, v49, v45, vcc
	v_cmp_ne_u16_e32 vcc, 2, v42
	v_and_b32_e32 v117, 0x3f80, v117
	v_add_u16_e32 v117, 0x2000, v117
	v_cndmask_b32_e32 v45, v50, v45, vcc
	v_cmp_ne_u16_e32 vcc, 3, v42
	v_lshlrev_b16_sdwa v118, v58, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v118, 0x3f80, v118
	v_cndmask_b32_e32 v45, v51, v45, vcc
	v_cmp_ne_u16_e32 vcc, 4, v42
	v_add_u16_e32 v118, 0x2000, v118
	v_lshrrev_b32_e32 v115, 8, v116
	v_cndmask_b32_e32 v45, v52, v45, vcc
	v_cmp_ne_u16_e32 vcc, 5, v42
	v_lshlrev_b16_sdwa v123, v58, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v123, 0x3f80, v123
	v_cndmask_b32_e32 v45, v54, v45, vcc
	v_cmp_ne_u16_e32 vcc, 6, v42
	v_add_u16_e32 v123, 0x2000, v123
	v_lshlrev_b16_sdwa v125, v58, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v45, v55, v45, vcc
	v_cmp_ne_u16_e32 vcc, 7, v42
	v_and_b32_e32 v125, 0x3f80, v125
	v_add_u16_e32 v125, 0x2000, v125
	v_cndmask_b32_e32 v42, v19, v45, vcc
	v_or_b32_e32 v42, v42, v44
	v_and_b32_e32 v44, 0x7f, v43
	v_lshlrev_b16_e32 v45, 8, v43
	v_lshlrev_b16_e32 v43, 7, v43
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_cmp_ne_u16_e32 vcc, s0, v44
	v_lshrrev_b32_e32 v121, 8, v122
	v_lshlrev_b16_sdwa v129, v58, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v43, v48, v43, vcc
	v_cmp_ne_u16_e32 vcc, 0, v44
	v_and_b32_e32 v129, 0x3f80, v129
	v_add_u16_e32 v129, 0x2000, v129
	v_cndmask_b32_e32 v43, 0, v43, vcc
	v_cmp_ne_u16_e32 vcc, 1, v44
	v_lshlrev_b16_sdwa v132, v58, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v132, 0x3f80, v132
	v_cndmask_b32_e32 v43, v49, v43, vcc
	v_cmp_ne_u16_e32 vcc, 2, v44
	v_add_u16_e32 v132, 0x2000, v132
	v_lshrrev_b32_e32 v127, 8, v128
	v_cndmask_b32_e32 v43, v50, v43, vcc
	v_cmp_ne_u16_e32 vcc, 3, v44
	v_lshlrev_b16_sdwa v137, v58, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v137, 0x3f80, v137
	v_cndmask_b32_e32 v43, v51, v43, vcc
	v_cmp_ne_u16_e32 vcc, 4, v44
	v_add_u16_e32 v137, 0x2000, v137
	v_lshlrev_b16_sdwa v138, v58, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v43, v52, v43, vcc
	v_cmp_ne_u16_e32 vcc, 5, v44
	v_and_b32_e32 v138, 0x3f80, v138
	v_add_u16_e32 v138, 0x2000, v138
	v_cndmask_b32_e32 v43, v54, v43, vcc
	v_cmp_ne_u16_e32 vcc, 6, v44
	v_lshrrev_b32_e32 v133, 8, v134
	v_lshlrev_b16_sdwa v140, v58, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v43, v55, v43, vcc
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_and_b32_e32 v44, 0xffff8000, v45
	v_lshlrev_b16_e32 v45, 8, v93
	v_cndmask_b32_e32 v43, v19, v43, vcc
	v_or_b32_e32 v43, v43, v44
	v_and_b32_e32 v44, 0x7f, v93
	v_cmp_ne_u16_e32 vcc, s0, v44
	v_and_b32_e32 v45, 0xffff8000, v45
	v_lshlrev_b16_sdwa v93, v58, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v46, v48, v46, vcc
	v_cmp_ne_u16_e32 vcc, 0, v44
	v_and_b32_e32 v93, 0x3f80, v93
	v_add_u16_e32 v93, 0x2000, v93
	v_cndmask_b32_e32 v46, 0, v46, vcc
	v_cmp_ne_u16_e32 vcc, 1, v44
	v_and_b32_e32 v140, 0x3f80, v140
	v_add_u16_e32 v140, 0x2000, v140
	v_cndmask_b32_e32 v46, v49, v46, vcc
	v_cmp_ne_u16_e32 vcc, 2, v44
	v_lshrrev_b32_e32 v135, 8, v131
	v_lshrrev_b32_e32 v136, 8, v124
	v_cndmask_b32_e32 v46, v50, v46, vcc
	v_cmp_ne_u16_e32 vcc, 3, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v144, v58, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v144, 0x3f80, v144
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v46, v51, v46, vcc
	v_cmp_ne_u16_e32 vcc, 4, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v144, 0x2000, v144
	v_lshlrev_b16_sdwa v142, v57, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v46, v52, v46, vcc
	v_cmp_ne_u16_e32 vcc, 5, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v142, 0xffff8000, v142
	v_lshlrev_b16_sdwa v146, v58, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v46, v54, v46, vcc
	v_cmp_ne_u16_e32 vcc, 6, v44
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v146, 0x3f80, v146
	v_add_u16_e32 v146, 0x2000, v146
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v46, v55, v46, vcc
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_lshrrev_b32_e32 v139, 8, v119
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v150, v58, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v44, v19, v46, vcc
	v_or_b32_e32 v44, v44, v45
	v_and_b32_sdwa v45, v88, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v45
	v_lshlrev_b16_sdwa v46, v57, v88 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v46, 0xffff8000, v46
	v_cndmask_b32_e32 v56, v48, v56, vcc
	v_cmp_ne_u16_e32 vcc, 0, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v148, v113, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v150, 0x3f80, v150
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, 0, v56, vcc
	v_cmp_ne_u16_e32 vcc, 1, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v150, 0x2000, v150
	v_lshlrev_b16_sdwa v149, v57, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v49, v56, vcc
	v_cmp_ne_u16_e32 vcc, 2, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v149, 0xffff8000, v149
	v_lshlrev_b16_sdwa v151, v58, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v50, v56, vcc
	v_cmp_ne_u16_e32 vcc, 3, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v151, 0x3f80, v151
	v_add_u16_e32 v151, 0x2000, v151
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v51, v56, vcc
	v_cmp_ne_u16_e32 vcc, 4, v45
	v_lshrrev_b32_e32 v130, 8, v113
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v154, v58, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v52, v56, vcc
	v_cmp_ne_u16_e32 vcc, 5, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v152, v107, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v154, 0x3f80, v154
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v54, v56, vcc
	v_cmp_ne_u16_e32 vcc, 6, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v154, 0x2000, v154
	v_lshlrev_b16_sdwa v153, v57, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v55, v56, vcc
	v_cmp_ne_u16_e32 vcc, 7, v45
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v153, 0xffff8000, v153
	v_lshlrev_b16_sdwa v155, v58, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v45, v19, v56, vcc
	v_or_b32_e32 v45, v45, v46
	v_and_b32_sdwa v46, v88, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v46
	v_lshlrev_b16_sdwa v56, v57, v88 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e32 v59, v48, v59, vcc
	v_cmp_ne_u16_e32 vcc, 0, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v155, 0x3f80, v155
	v_add_u16_e32 v155, 0x2000, v155
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, 0, v59, vcc
	v_cmp_ne_u16_e32 vcc, 1, v46
	v_lshrrev_b32_e32 v126, 8, v107
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v158, v58, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v49, v59, vcc
	v_cmp_ne_u16_e32 vcc, 2, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v156, v102, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v158, 0x3f80, v158
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v50, v59, vcc
	v_cmp_ne_u16_e32 vcc, 3, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v158, 0x2000, v158
	v_lshlrev_b16_sdwa v157, v57, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v51, v59, vcc
	v_cmp_ne_u16_e32 vcc, 4, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v157, 0xffff8000, v157
	v_lshlrev_b16_sdwa v159, v58, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v52, v59, vcc
	v_cmp_ne_u16_e32 vcc, 5, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v159, 0x3f80, v159
	v_add_u16_e32 v159, 0x2000, v159
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v54, v59, vcc
	v_cmp_ne_u16_e32 vcc, 6, v46
	v_lshrrev_b32_e32 v120, 8, v102
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v162, v58, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v55, v59, vcc
	v_cmp_ne_u16_e32 vcc, 7, v46
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v160, v96, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v162, 0x3f80, v162
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v46, v19, v59, vcc
	v_or_b32_e32 v46, v46, v56
	v_and_b32_e32 v56, 0x7f, v53
	v_lshlrev_b16_e32 v59, 8, v53
	v_lshlrev_b16_e32 v53, 7, v53
	v_and_b32_e32 v53, 0x3f80, v53
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e32 vcc, s0, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v162, 0x2000, v162
	v_lshlrev_b16_sdwa v161, v57, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v48, v53, vcc
	v_cmp_ne_u16_e32 vcc, 0, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v161, 0xffff8000, v161
	v_lshlrev_b16_sdwa v163, v58, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, 0, v53, vcc
	v_cmp_ne_u16_e32 vcc, 1, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v49, v53, vcc
	v_cmp_ne_u16_e32 vcc, 2, v56
	v_lshrrev_b32_e32 v114, 8, v96
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v166, v58, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v50, v53, vcc
	v_cmp_ne_u16_e32 vcc, 3, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v164, v90, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v166, 0x3f80, v166
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v51, v53, vcc
	v_cmp_ne_u16_e32 vcc, 4, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v166, 0x2000, v166
	v_lshlrev_b16_sdwa v165, v57, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v52, v53, vcc
	v_cmp_ne_u16_e32 vcc, 5, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v165, 0xffff8000, v165
	v_lshlrev_b16_sdwa v167, v58, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v54, v53, vcc
	v_cmp_ne_u16_e32 vcc, 6, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v167, 0x3f80, v167
	v_add_u16_e32 v167, 0x2000, v167
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v53, v55, v53, vcc
	v_cmp_ne_u16_e32 vcc, 7, v56
	v_and_b32_e32 v56, 0xffff8000, v59
	v_lshlrev_b16_e32 v59, 8, v88
	v_cndmask_b32_e32 v53, v19, v53, vcc
	v_or_b32_e32 v53, v53, v56
	v_and_b32_e32 v56, 0x7f, v88
	v_cmp_ne_u16_e32 vcc, s0, v56
	v_and_b32_e32 v59, 0xffff8000, v59
	v_lshlrev_b16_sdwa v88, v58, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v61, v48, v61, vcc
	v_cmp_ne_u16_e32 vcc, 0, v56
	v_and_b32_e32 v88, 0x3f80, v88
	v_add_u16_e32 v88, 0x2000, v88
	v_cndmask_b32_e32 v61, 0, v61, vcc
	v_cmp_ne_u16_e32 vcc, 1, v56
	v_lshrrev_b32_e32 v109, 8, v90
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v170, v58, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v49, v61, vcc
	v_cmp_ne_u16_e32 vcc, 2, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v168, v85, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v170, 0x3f80, v170
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v50, v61, vcc
	v_cmp_ne_u16_e32 vcc, 3, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v170, 0x2000, v170
	v_lshlrev_b16_sdwa v169, v57, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v51, v61, vcc
	v_cmp_ne_u16_e32 vcc, 4, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v169, 0xffff8000, v169
	v_lshlrev_b16_sdwa v171, v58, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v52, v61, vcc
	v_cmp_ne_u16_e32 vcc, 5, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v171, 0x3f80, v171
	v_add_u16_e32 v171, 0x2000, v171
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v54, v61, vcc
	v_cmp_ne_u16_e32 vcc, 6, v56
	v_lshrrev_b32_e32 v103, 8, v85
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v174, v58, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v55, v61, vcc
	v_cmp_ne_u16_e32 vcc, 7, v56
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v172, v79, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v174, 0x3f80, v174
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v56, v19, v61, vcc
	v_or_b32_e32 v56, v56, v59
	v_and_b32_sdwa v59, v87, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v59
	v_lshlrev_b16_sdwa v61, v57, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v61, 0xffff8000, v61
	v_cndmask_b32_e32 v63, v48, v63, vcc
	v_cmp_ne_u16_e32 vcc, 0, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v174, 0x2000, v174
	v_lshlrev_b16_sdwa v173, v57, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, 0, v63, vcc
	v_cmp_ne_u16_e32 vcc, 1, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v173, 0xffff8000, v173
	v_lshlrev_b16_sdwa v175, v58, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v49, v63, vcc
	v_cmp_ne_u16_e32 vcc, 2, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v175, 0x3f80, v175
	v_add_u16_e32 v175, 0x2000, v175
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v50, v63, vcc
	v_cmp_ne_u16_e32 vcc, 3, v59
	v_lshrrev_b32_e32 v98, 8, v79
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v178, v58, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v51, v63, vcc
	v_cmp_ne_u16_e32 vcc, 4, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v176, v78, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v178, 0x3f80, v178
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v52, v63, vcc
	v_cmp_ne_u16_e32 vcc, 5, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v178, 0x2000, v178
	v_lshlrev_b16_sdwa v177, v57, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v54, v63, vcc
	v_cmp_ne_u16_e32 vcc, 6, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v177, 0xffff8000, v177
	v_lshlrev_b16_sdwa v179, v58, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v55, v63, vcc
	v_cmp_ne_u16_e32 vcc, 7, v59
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v179, 0x3f80, v179
	v_add_u16_e32 v179, 0x2000, v179
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v59, v19, v63, vcc
	v_or_b32_e32 v59, v59, v61
	v_and_b32_sdwa v61, v87, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v61
	v_lshlrev_b16_sdwa v63, v57, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v63, 0xffff8000, v63
	v_cndmask_b32_e32 v64, v48, v64, vcc
	v_cmp_ne_u16_e32 vcc, 0, v61
	v_lshrrev_b32_e32 v92, 8, v78
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v182, v58, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, 0, v64, vcc
	v_cmp_ne_u16_e32 vcc, 1, v61
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v180, v77, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v182, 0x3f80, v182
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, v49, v64, vcc
	v_cmp_ne_u16_e32 vcc, 2, v61
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v182, 0x2000, v182
	v_lshlrev_b16_sdwa v181, v57, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, v50, v64, vcc
	v_cmp_ne_u16_e32 vcc, 3, v61
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v181, 0xffff8000, v181
	v_lshlrev_b16_sdwa v183, v58, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, v51, v64, vcc
	v_cmp_ne_u16_e32 vcc, 4, v61
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v183, 0x3f80, v183
	v_add_u16_e32 v183, 0x2000, v183
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, v52, v64, vcc
	v_cmp_ne_u16_e32 vcc, 5, v61
	v_lshrrev_b32_e32 v86, 8, v77
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v186, v58, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, v54, v64, vcc
	v_cmp_ne_u16_e32 vcc, 6, v61
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v184, v76, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v186, 0x3f80, v186
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v64, v55, v64, vcc
	v_cmp_ne_u16_e32 vcc, 7, v61
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v186, 0x2000, v186
	v_lshlrev_b16_sdwa v185, v57, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v61, v19, v64, vcc
	v_or_b32_e32 v61, v61, v63
	v_and_b32_e32 v63, 0x7f, v62
	v_lshlrev_b16_e32 v64, 8, v62
	v_lshlrev_b16_e32 v62, 7, v62
	v_and_b32_e32 v62, 0x3f80, v62
	v_add_u16_e32 v62, 0x2000, v62
	v_cmp_ne_u16_e32 vcc, s0, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v185, 0xffff8000, v185
	v_lshlrev_b16_sdwa v187, v58, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v48, v62, vcc
	v_cmp_ne_u16_e32 vcc, 0, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v187, 0x3f80, v187
	v_add_u16_e32 v187, 0x2000, v187
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, 0, v62, vcc
	v_cmp_ne_u16_e32 vcc, 1, v63
	v_lshrrev_b32_e32 v80, 8, v76
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v190, v58, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v49, v62, vcc
	v_cmp_ne_u16_e32 vcc, 2, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v188, v75, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v190, 0x3f80, v190
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v50, v62, vcc
	v_cmp_ne_u16_e32 vcc, 3, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v190, 0x2000, v190
	v_lshlrev_b16_sdwa v189, v57, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v51, v62, vcc
	v_cmp_ne_u16_e32 vcc, 4, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v189, 0xffff8000, v189
	v_lshlrev_b16_sdwa v191, v58, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v52, v62, vcc
	v_cmp_ne_u16_e32 vcc, 5, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v191, 0x3f80, v191
	v_add_u16_e32 v191, 0x2000, v191
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v54, v62, vcc
	v_cmp_ne_u16_e32 vcc, 6, v63
	v_lshrrev_b32_e32 v70, 8, v75
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v194, v58, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v62, v55, v62, vcc
	v_cmp_ne_u16_e32 vcc, 7, v63
	v_and_b32_e32 v63, 0xffff8000, v64
	v_lshlrev_b16_e32 v64, 8, v87
	v_cndmask_b32_e32 v62, v19, v62, vcc
	v_or_b32_e32 v62, v62, v63
	v_and_b32_e32 v63, 0x7f, v87
	v_cmp_ne_u16_e32 vcc, s0, v63
	v_and_b32_e32 v64, 0xffff8000, v64
	v_lshlrev_b16_sdwa v87, v58, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v66, v48, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v63
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v87, 0x2000, v87
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v192, v74, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v194, 0x3f80, v194
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v66, v49, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v194, 0x2000, v194
	v_lshlrev_b16_sdwa v193, v57, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v66, v50, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v193, 0xffff8000, v193
	v_lshlrev_b16_sdwa v195, v58, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v66, v51, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v195, 0x3f80, v195
	v_add_u16_e32 v195, 0x2000, v195
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v66, v52, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v63
	v_lshrrev_b32_e32 v65, 8, v74
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v198, v58, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v66, v54, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v196, v37, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v198, 0x3f80, v198
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v66, v55, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v198, 0x2000, v198
	v_lshlrev_b16_sdwa v197, v57, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v63, v19, v66, vcc
	v_or_b32_e32 v63, v63, v64
	v_and_b32_sdwa v64, v82, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v64
	v_lshlrev_b16_sdwa v66, v57, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e32 v68, v48, v68, vcc
	v_cmp_ne_u16_e32 vcc, 0, v64
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v197, 0xffff8000, v197
	v_lshlrev_b16_sdwa v199, v58, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v68, 0, v68, vcc
	v_cmp_ne_u16_e32 vcc, 1, v64
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v199, 0x3f80, v199
	v_add_u16_e32 v199, 0x2000, v199
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v68, v49, v68, vcc
	v_cmp_ne_u16_e32 vcc, 2, v64
	v_lshrrev_b32_e32 v60, 8, v37
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v202, v58, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v68, v50, v68, vcc
	v_cmp_ne_u16_e32 vcc, 3, v64
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v200, v18, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v202, 0x3f80, v202
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v68, v51, v68, vcc
	v_cmp_ne_u16_e32 vcc, 4, v64
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u16_e32 v202, 0x2000, v202
	v_lshlrev_b16_sdwa v201, v57, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v68, v52, v68, vcc
	v_cmp_ne_u16_e32 vcc, 5, v64
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v201, 0xffff8000, v201
	v_lshrrev_b32_e32 v47, 8, v18
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v68, v54, v68, vcc
	v_cmp_ne_u16_e32 vcc, 6, v64
	s_nop 1
	v_cndmask_b32_e32 v68, v55, v68, vcc
	v_cmp_ne_u16_e32 vcc, 7, v64
	s_nop 1
	v_cndmask_b32_e32 v64, v19, v68, vcc
	v_or_b32_e32 v64, v64, v66
	v_and_b32_sdwa v66, v82, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v66
	v_lshlrev_b16_sdwa v68, v57, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e32 v69, v48, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v69, v49, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v69, v50, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v69, v51, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v69, v52, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v69, v54, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v69, v55, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	s_nop 1
	v_cndmask_b32_e32 v66, v19, v69, vcc
	v_or_b32_e32 v66, v66, v68
	v_and_b32_e32 v68, 0x7f, v67
	v_lshlrev_b16_e32 v69, 8, v67
	v_lshlrev_b16_e32 v67, 7, v67
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e32 vcc, s0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v48, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v49, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v50, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v51, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v52, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v54, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v55, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0xffff8000, v69
	v_lshlrev_b16_e32 v69, 8, v82
	v_cndmask_b32_e32 v67, v19, v67, vcc
	v_or_b32_e32 v67, v67, v68
	v_and_b32_e32 v68, 0x7f, v82
	v_cmp_ne_u16_e32 vcc, s0, v68
	v_and_b32_e32 v69, 0xffff8000, v69
	v_lshlrev_b16_sdwa v82, v58, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v71, v48, v71, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e32 v71, 0, v71, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v71, v49, v71, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v71, v50, v71, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v71, v51, v71, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v71, v52, v71, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v71, v54, v71, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v71, v55, v71, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	s_nop 1
	v_cndmask_b32_e32 v68, v19, v71, vcc
	v_or_b32_e32 v68, v68, v69
	v_and_b32_sdwa v69, v81, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v69
	v_lshlrev_b16_sdwa v71, v57, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e32 v73, v48, v73, vcc
	v_cmp_ne_u16_e32 vcc, 0, v69
	s_nop 1
	v_cndmask_b32_e32 v73, 0, v73, vcc
	v_cmp_ne_u16_e32 vcc, 1, v69
	s_nop 1
	v_cndmask_b32_e32 v73, v49, v73, vcc
	v_cmp_ne_u16_e32 vcc, 2, v69
	s_nop 1
	v_cndmask_b32_e32 v73, v50, v73, vcc
	v_cmp_ne_u16_e32 vcc, 3, v69
	s_nop 1
	v_cndmask_b32_e32 v73, v51, v73, vcc
	v_cmp_ne_u16_e32 vcc, 4, v69
	s_nop 1
	v_cndmask_b32_e32 v73, v52, v73, vcc
	v_cmp_ne_u16_e32 vcc, 5, v69
	s_nop 1
	v_cndmask_b32_e32 v73, v54, v73, vcc
	v_cmp_ne_u16_e32 vcc, 6, v69
	s_nop 1
	v_cndmask_b32_e32 v73, v55, v73, vcc
	v_cmp_ne_u16_e32 vcc, 7, v69
	s_nop 1
	v_cndmask_b32_e32 v69, v19, v73, vcc
	v_or_b32_e32 v69, v69, v71
	v_and_b32_sdwa v71, v81, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v71
	v_lshlrev_b16_sdwa v73, v57, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e32 v82, v48, v82, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v82, 0, v82, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v82, v49, v82, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v82, v50, v82, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v82, v51, v82, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v82, v52, v82, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v82, v54, v82, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v82, v55, v82, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	s_nop 1
	v_cndmask_b32_e32 v71, v19, v82, vcc
	v_or_b32_e32 v71, v71, v73
	v_and_b32_e32 v73, 0x7f, v72
	v_lshlrev_b16_e32 v82, 8, v72
	v_lshlrev_b16_e32 v72, 7, v72
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e32 vcc, s0, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v48, v72, vcc
	v_cmp_ne_u16_e32 vcc, 0, v73
	s_nop 1
	v_cndmask_b32_e32 v72, 0, v72, vcc
	v_cmp_ne_u16_e32 vcc, 1, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v49, v72, vcc
	v_cmp_ne_u16_e32 vcc, 2, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v50, v72, vcc
	v_cmp_ne_u16_e32 vcc, 3, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v51, v72, vcc
	v_cmp_ne_u16_e32 vcc, 4, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v52, v72, vcc
	v_cmp_ne_u16_e32 vcc, 5, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v54, v72, vcc
	v_cmp_ne_u16_e32 vcc, 6, v73
	s_nop 1
	v_cndmask_b32_e32 v72, v55, v72, vcc
	v_cmp_ne_u16_e32 vcc, 7, v73
	v_and_b32_e32 v73, 0xffff8000, v82
	v_lshlrev_b16_e32 v82, 8, v81
	v_cndmask_b32_e32 v72, v19, v72, vcc
	v_or_b32_e32 v72, v72, v73
	v_and_b32_e32 v73, 0x7f, v81
	v_lshlrev_b16_e32 v81, 7, v81
	v_and_b32_e32 v81, 0x3f80, v81
	v_add_u16_e32 v81, 0x2000, v81
	v_cmp_ne_u16_e32 vcc, s0, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v48, v81, vcc
	v_cmp_ne_u16_e32 vcc, 0, v73
	s_nop 1
	v_cndmask_b32_e32 v81, 0, v81, vcc
	v_cmp_ne_u16_e32 vcc, 1, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v49, v81, vcc
	v_cmp_ne_u16_e32 vcc, 2, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v50, v81, vcc
	v_cmp_ne_u16_e32 vcc, 3, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v51, v81, vcc
	v_cmp_ne_u16_e32 vcc, 4, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v52, v81, vcc
	v_cmp_ne_u16_e32 vcc, 5, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v54, v81, vcc
	v_cmp_ne_u16_e32 vcc, 6, v73
	s_nop 1
	v_cndmask_b32_e32 v81, v55, v81, vcc
	v_cmp_ne_u16_e32 vcc, 7, v73
	s_nop 1
	v_cndmask_b32_e32 v73, v19, v81, vcc
	v_and_b32_e32 v81, 0xffff8000, v82
	v_or_b32_e32 v73, v73, v81
	v_and_b32_sdwa v81, v84, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v81
	v_lshlrev_b16_sdwa v82, v57, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v82, 0xffff8000, v82
	v_cndmask_b32_e32 v87, v48, v87, vcc
	v_cmp_ne_u16_e32 vcc, 0, v81
	s_nop 1
	v_cndmask_b32_e32 v87, 0, v87, vcc
	v_cmp_ne_u16_e32 vcc, 1, v81
	s_nop 1
	v_cndmask_b32_e32 v87, v49, v87, vcc
	v_cmp_ne_u16_e32 vcc, 2, v81
	s_nop 1
	v_cndmask_b32_e32 v87, v50, v87, vcc
	v_cmp_ne_u16_e32 vcc, 3, v81
	s_nop 1
	v_cndmask_b32_e32 v87, v51, v87, vcc
	v_cmp_ne_u16_e32 vcc, 4, v81
	s_nop 1
	v_cndmask_b32_e32 v87, v52, v87, vcc
	v_cmp_ne_u16_e32 vcc, 5, v81
	s_nop 1
	v_cndmask_b32_e32 v87, v54, v87, vcc
	v_cmp_ne_u16_e32 vcc, 6, v81
	s_nop 1
	v_cndmask_b32_e32 v87, v55, v87, vcc
	v_cmp_ne_u16_e32 vcc, 7, v81
	s_nop 1
	v_cndmask_b32_e32 v81, v19, v87, vcc
	v_or_b32_e32 v81, v81, v82
	v_and_b32_sdwa v82, v84, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v82
	v_lshlrev_b16_sdwa v87, v57, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v87, 0xffff8000, v87
	v_cndmask_b32_e32 v88, v48, v88, vcc
	v_cmp_ne_u16_e32 vcc, 0, v82
	s_nop 1
	v_cndmask_b32_e32 v88, 0, v88, vcc
	v_cmp_ne_u16_e32 vcc, 1, v82
	s_nop 1
	v_cndmask_b32_e32 v88, v49, v88, vcc
	v_cmp_ne_u16_e32 vcc, 2, v82
	s_nop 1
	v_cndmask_b32_e32 v88, v50, v88, vcc
	v_cmp_ne_u16_e32 vcc, 3, v82
	s_nop 1
	v_cndmask_b32_e32 v88, v51, v88, vcc
	v_cmp_ne_u16_e32 vcc, 4, v82
	s_nop 1
	v_cndmask_b32_e32 v88, v52, v88, vcc
	v_cmp_ne_u16_e32 vcc, 5, v82
	s_nop 1
	v_cndmask_b32_e32 v88, v54, v88, vcc
	v_cmp_ne_u16_e32 vcc, 6, v82
	s_nop 1
	v_cndmask_b32_e32 v88, v55, v88, vcc
	v_cmp_ne_u16_e32 vcc, 7, v82
	s_nop 1
	v_cndmask_b32_e32 v82, v19, v88, vcc
	v_or_b32_e32 v82, v82, v87
	v_and_b32_e32 v87, 0x7f, v83
	v_lshlrev_b16_e32 v88, 8, v83
	v_lshlrev_b16_e32 v83, 7, v83
	v_and_b32_e32 v83, 0x3f80, v83
	v_add_u16_e32 v83, 0x2000, v83
	v_cmp_ne_u16_e32 vcc, s0, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v48, v83, vcc
	v_cmp_ne_u16_e32 vcc, 0, v87
	s_nop 1
	v_cndmask_b32_e32 v83, 0, v83, vcc
	v_cmp_ne_u16_e32 vcc, 1, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v49, v83, vcc
	v_cmp_ne_u16_e32 vcc, 2, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v50, v83, vcc
	v_cmp_ne_u16_e32 vcc, 3, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v51, v83, vcc
	v_cmp_ne_u16_e32 vcc, 4, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v52, v83, vcc
	v_cmp_ne_u16_e32 vcc, 5, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v54, v83, vcc
	v_cmp_ne_u16_e32 vcc, 6, v87
	s_nop 1
	v_cndmask_b32_e32 v83, v55, v83, vcc
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_and_b32_e32 v87, 0xffff8000, v88
	v_lshlrev_b16_e32 v88, 8, v84
	v_cndmask_b32_e32 v83, v19, v83, vcc
	v_or_b32_e32 v83, v83, v87
	v_and_b32_e32 v87, 0x7f, v84
	v_lshlrev_b16_e32 v84, 7, v84
	v_and_b32_e32 v84, 0x3f80, v84
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e32 vcc, s0, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v48, v84, vcc
	v_cmp_ne_u16_e32 vcc, 0, v87
	s_nop 1
	v_cndmask_b32_e32 v84, 0, v84, vcc
	v_cmp_ne_u16_e32 vcc, 1, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v49, v84, vcc
	v_cmp_ne_u16_e32 vcc, 2, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v50, v84, vcc
	v_cmp_ne_u16_e32 vcc, 3, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v51, v84, vcc
	v_cmp_ne_u16_e32 vcc, 4, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v52, v84, vcc
	v_cmp_ne_u16_e32 vcc, 5, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v54, v84, vcc
	v_cmp_ne_u16_e32 vcc, 6, v87
	s_nop 1
	v_cndmask_b32_e32 v84, v55, v84, vcc
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_and_b32_e32 v87, 0xffff8000, v88
	v_lshlrev_b16_sdwa v88, v57, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v84, v19, v84, vcc
	v_or_b32_e32 v84, v84, v87
	v_and_b32_sdwa v87, v91, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v87
	v_and_b32_e32 v88, 0xffff8000, v88
	s_nop 0
	v_cndmask_b32_e32 v93, v48, v93, vcc
	v_cmp_ne_u16_e32 vcc, 0, v87
	s_nop 1
	v_cndmask_b32_e32 v93, 0, v93, vcc
	v_cmp_ne_u16_e32 vcc, 1, v87
	s_nop 1
	v_cndmask_b32_e32 v93, v49, v93, vcc
	v_cmp_ne_u16_e32 vcc, 2, v87
	s_nop 1
	v_cndmask_b32_e32 v93, v50, v93, vcc
	v_cmp_ne_u16_e32 vcc, 3, v87
	s_nop 1
	v_cndmask_b32_e32 v93, v51, v93, vcc
	v_cmp_ne_u16_e32 vcc, 4, v87
	s_nop 1
	v_cndmask_b32_e32 v93, v52, v93, vcc
	v_cmp_ne_u16_e32 vcc, 5, v87
	s_nop 1
	v_cndmask_b32_e32 v93, v54, v93, vcc
	v_cmp_ne_u16_e32 vcc, 6, v87
	s_nop 1
	v_cndmask_b32_e32 v93, v55, v93, vcc
	v_cmp_ne_u16_e32 vcc, 7, v87
	s_nop 1
	v_cndmask_b32_e32 v87, v19, v93, vcc
	v_or_b32_e32 v87, v87, v88
	v_and_b32_sdwa v88, v91, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v88
	v_lshlrev_b16_sdwa v93, v57, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v93, 0xffff8000, v93
	v_cndmask_b32_e32 v94, v48, v94, vcc
	v_cmp_ne_u16_e32 vcc, 0, v88
	s_nop 1
	v_cndmask_b32_e32 v94, 0, v94, vcc
	v_cmp_ne_u16_e32 vcc, 1, v88
	s_nop 1
	v_cndmask_b32_e32 v94, v49, v94, vcc
	v_cmp_ne_u16_e32 vcc, 2, v88
	s_nop 1
	v_cndmask_b32_e32 v94, v50, v94, vcc
	v_cmp_ne_u16_e32 vcc, 3, v88
	s_nop 1
	v_cndmask_b32_e32 v94, v51, v94, vcc
	v_cmp_ne_u16_e32 vcc, 4, v88
	s_nop 1
	v_cndmask_b32_e32 v94, v52, v94, vcc
	v_cmp_ne_u16_e32 vcc, 5, v88
	s_nop 1
	v_cndmask_b32_e32 v94, v54, v94, vcc
	v_cmp_ne_u16_e32 vcc, 6, v88
	s_nop 1
	v_cndmask_b32_e32 v94, v55, v94, vcc
	v_cmp_ne_u16_e32 vcc, 7, v88
	s_nop 1
	v_cndmask_b32_e32 v88, v19, v94, vcc
	v_or_b32_e32 v88, v88, v93
	v_and_b32_e32 v93, 0x7f, v89
	v_lshlrev_b16_e32 v94, 8, v89
	v_lshlrev_b16_e32 v89, 7, v89
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e32 vcc, s0, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v48, v89, vcc
	v_cmp_ne_u16_e32 vcc, 0, v93
	s_nop 1
	v_cndmask_b32_e32 v89, 0, v89, vcc
	v_cmp_ne_u16_e32 vcc, 1, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v49, v89, vcc
	v_cmp_ne_u16_e32 vcc, 2, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v50, v89, vcc
	v_cmp_ne_u16_e32 vcc, 3, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v51, v89, vcc
	v_cmp_ne_u16_e32 vcc, 4, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v52, v89, vcc
	v_cmp_ne_u16_e32 vcc, 5, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v54, v89, vcc
	v_cmp_ne_u16_e32 vcc, 6, v93
	s_nop 1
	v_cndmask_b32_e32 v89, v55, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v93
	v_and_b32_e32 v93, 0xffff8000, v94
	v_lshlrev_b16_e32 v94, 8, v91
	v_cndmask_b32_e32 v89, v19, v89, vcc
	v_or_b32_e32 v89, v89, v93
	v_and_b32_e32 v93, 0x7f, v91
	v_lshlrev_b16_e32 v91, 7, v91
	v_and_b32_e32 v91, 0x3f80, v91
	v_add_u16_e32 v91, 0x2000, v91
	v_cmp_ne_u16_e32 vcc, s0, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v48, v91, vcc
	v_cmp_ne_u16_e32 vcc, 0, v93
	s_nop 1
	v_cndmask_b32_e32 v91, 0, v91, vcc
	v_cmp_ne_u16_e32 vcc, 1, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v49, v91, vcc
	v_cmp_ne_u16_e32 vcc, 2, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v50, v91, vcc
	v_cmp_ne_u16_e32 vcc, 3, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v51, v91, vcc
	v_cmp_ne_u16_e32 vcc, 4, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v52, v91, vcc
	v_cmp_ne_u16_e32 vcc, 5, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v54, v91, vcc
	v_cmp_ne_u16_e32 vcc, 6, v93
	s_nop 1
	v_cndmask_b32_e32 v91, v55, v91, vcc
	v_cmp_ne_u16_e32 vcc, 7, v93
	v_and_b32_e32 v93, 0xffff8000, v94
	v_lshlrev_b16_sdwa v94, v57, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v91, v19, v91, vcc
	v_or_b32_e32 v91, v91, v93
	v_and_b32_sdwa v93, v97, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v93
	v_and_b32_e32 v94, 0xffff8000, v94
	s_nop 0
	v_cndmask_b32_e32 v99, v48, v99, vcc
	v_cmp_ne_u16_e32 vcc, 0, v93
	s_nop 1
	v_cndmask_b32_e32 v99, 0, v99, vcc
	v_cmp_ne_u16_e32 vcc, 1, v93
	s_nop 1
	v_cndmask_b32_e32 v99, v49, v99, vcc
	v_cmp_ne_u16_e32 vcc, 2, v93
	s_nop 1
	v_cndmask_b32_e32 v99, v50, v99, vcc
	v_cmp_ne_u16_e32 vcc, 3, v93
	s_nop 1
	v_cndmask_b32_e32 v99, v51, v99, vcc
	v_cmp_ne_u16_e32 vcc, 4, v93
	s_nop 1
	v_cndmask_b32_e32 v99, v52, v99, vcc
	v_cmp_ne_u16_e32 vcc, 5, v93
	s_nop 1
	v_cndmask_b32_e32 v99, v54, v99, vcc
	v_cmp_ne_u16_e32 vcc, 6, v93
	s_nop 1
	v_cndmask_b32_e32 v99, v55, v99, vcc
	v_cmp_ne_u16_e32 vcc, 7, v93
	s_nop 1
	v_cndmask_b32_e32 v93, v19, v99, vcc
	v_or_b32_e32 v93, v93, v94
	v_and_b32_sdwa v94, v97, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v94
	v_lshlrev_b16_sdwa v99, v57, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v99, 0xffff8000, v99
	v_cndmask_b32_e32 v100, v48, v100, vcc
	v_cmp_ne_u16_e32 vcc, 0, v94
	s_nop 1
	v_cndmask_b32_e32 v100, 0, v100, vcc
	v_cmp_ne_u16_e32 vcc, 1, v94
	s_nop 1
	v_cndmask_b32_e32 v100, v49, v100, vcc
	v_cmp_ne_u16_e32 vcc, 2, v94
	s_nop 1
	v_cndmask_b32_e32 v100, v50, v100, vcc
	v_cmp_ne_u16_e32 vcc, 3, v94
	s_nop 1
	v_cndmask_b32_e32 v100, v51, v100, vcc
	v_cmp_ne_u16_e32 vcc, 4, v94
	s_nop 1
	v_cndmask_b32_e32 v100, v52, v100, vcc
	v_cmp_ne_u16_e32 vcc, 5, v94
	s_nop 1
	v_cndmask_b32_e32 v100, v54, v100, vcc
	v_cmp_ne_u16_e32 vcc, 6, v94
	s_nop 1
	v_cndmask_b32_e32 v100, v55, v100, vcc
	v_cmp_ne_u16_e32 vcc, 7, v94
	s_nop 1
	v_cndmask_b32_e32 v94, v19, v100, vcc
	v_or_b32_e32 v94, v94, v99
	v_and_b32_e32 v99, 0x7f, v95
	v_lshlrev_b16_e32 v100, 8, v95
	v_lshlrev_b16_e32 v95, 7, v95
	v_and_b32_e32 v95, 0x3f80, v95
	v_add_u16_e32 v95, 0x2000, v95
	v_cmp_ne_u16_e32 vcc, s0, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v48, v95, vcc
	v_cmp_ne_u16_e32 vcc, 0, v99
	s_nop 1
	v_cndmask_b32_e32 v95, 0, v95, vcc
	v_cmp_ne_u16_e32 vcc, 1, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v49, v95, vcc
	v_cmp_ne_u16_e32 vcc, 2, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v50, v95, vcc
	v_cmp_ne_u16_e32 vcc, 3, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v51, v95, vcc
	v_cmp_ne_u16_e32 vcc, 4, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v52, v95, vcc
	v_cmp_ne_u16_e32 vcc, 5, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v54, v95, vcc
	v_cmp_ne_u16_e32 vcc, 6, v99
	s_nop 1
	v_cndmask_b32_e32 v95, v55, v95, vcc
	v_cmp_ne_u16_e32 vcc, 7, v99
	v_and_b32_e32 v99, 0xffff8000, v100
	v_lshlrev_b16_e32 v100, 8, v97
	v_cndmask_b32_e32 v95, v19, v95, vcc
	v_or_b32_e32 v95, v95, v99
	v_and_b32_e32 v99, 0x7f, v97
	v_lshlrev_b16_e32 v97, 7, v97
	v_and_b32_e32 v97, 0x3f80, v97
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e32 vcc, s0, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v48, v97, vcc
	v_cmp_ne_u16_e32 vcc, 0, v99
	s_nop 1
	v_cndmask_b32_e32 v97, 0, v97, vcc
	v_cmp_ne_u16_e32 vcc, 1, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v49, v97, vcc
	v_cmp_ne_u16_e32 vcc, 2, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v50, v97, vcc
	v_cmp_ne_u16_e32 vcc, 3, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v51, v97, vcc
	v_cmp_ne_u16_e32 vcc, 4, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v52, v97, vcc
	v_cmp_ne_u16_e32 vcc, 5, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v54, v97, vcc
	v_cmp_ne_u16_e32 vcc, 6, v99
	s_nop 1
	v_cndmask_b32_e32 v97, v55, v97, vcc
	v_cmp_ne_u16_e32 vcc, 7, v99
	v_and_b32_e32 v99, 0xffff8000, v100
	v_lshlrev_b16_sdwa v100, v57, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v97, v19, v97, vcc
	v_or_b32_e32 v97, v97, v99
	v_and_b32_sdwa v99, v104, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v99
	v_and_b32_e32 v100, 0xffff8000, v100
	s_nop 0
	v_cndmask_b32_e32 v105, v48, v105, vcc
	v_cmp_ne_u16_e32 vcc, 0, v99
	s_nop 1
	v_cndmask_b32_e32 v105, 0, v105, vcc
	v_cmp_ne_u16_e32 vcc, 1, v99
	s_nop 1
	v_cndmask_b32_e32 v105, v49, v105, vcc
	v_cmp_ne_u16_e32 vcc, 2, v99
	s_nop 1
	v_cndmask_b32_e32 v105, v50, v105, vcc
	v_cmp_ne_u16_e32 vcc, 3, v99
	s_nop 1
	v_cndmask_b32_e32 v105, v51, v105, vcc
	v_cmp_ne_u16_e32 vcc, 4, v99
	s_nop 1
	v_cndmask_b32_e32 v105, v52, v105, vcc
	v_cmp_ne_u16_e32 vcc, 5, v99
	s_nop 1
	v_cndmask_b32_e32 v105, v54, v105, vcc
	v_cmp_ne_u16_e32 vcc, 6, v99
	s_nop 1
	v_cndmask_b32_e32 v105, v55, v105, vcc
	v_cmp_ne_u16_e32 vcc, 7, v99
	s_nop 1
	v_cndmask_b32_e32 v99, v19, v105, vcc
	v_or_b32_e32 v99, v99, v100
	v_and_b32_sdwa v100, v104, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v100
	v_lshlrev_b16_sdwa v105, v57, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v105, 0xffff8000, v105
	v_cndmask_b32_e32 v106, v48, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v100
	s_nop 1
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v100
	s_nop 1
	v_cndmask_b32_e32 v106, v49, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v100
	s_nop 1
	v_cndmask_b32_e32 v106, v50, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v100
	s_nop 1
	v_cndmask_b32_e32 v106, v51, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v100
	s_nop 1
	v_cndmask_b32_e32 v106, v52, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v100
	s_nop 1
	v_cndmask_b32_e32 v106, v54, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v100
	s_nop 1
	v_cndmask_b32_e32 v106, v55, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v100
	s_nop 1
	v_cndmask_b32_e32 v100, v19, v106, vcc
	v_or_b32_e32 v100, v100, v105
	v_and_b32_e32 v105, 0x7f, v101
	v_lshlrev_b16_e32 v106, 8, v101
	v_lshlrev_b16_e32 v101, 7, v101
	v_and_b32_e32 v101, 0x3f80, v101
	v_add_u16_e32 v101, 0x2000, v101
	v_cmp_ne_u16_e32 vcc, s0, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v48, v101, vcc
	v_cmp_ne_u16_e32 vcc, 0, v105
	s_nop 1
	v_cndmask_b32_e32 v101, 0, v101, vcc
	v_cmp_ne_u16_e32 vcc, 1, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v49, v101, vcc
	v_cmp_ne_u16_e32 vcc, 2, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v50, v101, vcc
	v_cmp_ne_u16_e32 vcc, 3, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v51, v101, vcc
	v_cmp_ne_u16_e32 vcc, 4, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v52, v101, vcc
	v_cmp_ne_u16_e32 vcc, 5, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v54, v101, vcc
	v_cmp_ne_u16_e32 vcc, 6, v105
	s_nop 1
	v_cndmask_b32_e32 v101, v55, v101, vcc
	v_cmp_ne_u16_e32 vcc, 7, v105
	v_and_b32_e32 v105, 0xffff8000, v106
	v_lshlrev_b16_e32 v106, 8, v104
	v_cndmask_b32_e32 v101, v19, v101, vcc
	v_or_b32_e32 v101, v101, v105
	v_and_b32_e32 v105, 0x7f, v104
	v_lshlrev_b16_e32 v104, 7, v104
	v_and_b32_e32 v104, 0x3f80, v104
	v_add_u16_e32 v104, 0x2000, v104
	v_cmp_ne_u16_e32 vcc, s0, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v48, v104, vcc
	v_cmp_ne_u16_e32 vcc, 0, v105
	s_nop 1
	v_cndmask_b32_e32 v104, 0, v104, vcc
	v_cmp_ne_u16_e32 vcc, 1, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v49, v104, vcc
	v_cmp_ne_u16_e32 vcc, 2, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v50, v104, vcc
	v_cmp_ne_u16_e32 vcc, 3, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v51, v104, vcc
	v_cmp_ne_u16_e32 vcc, 4, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v52, v104, vcc
	v_cmp_ne_u16_e32 vcc, 5, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v54, v104, vcc
	v_cmp_ne_u16_e32 vcc, 6, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v55, v104, vcc
	v_cmp_ne_u16_e32 vcc, 7, v105
	v_and_b32_e32 v105, 0xffff8000, v106
	v_lshlrev_b16_sdwa v106, v57, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v104, v19, v104, vcc
	v_or_b32_e32 v104, v104, v105
	v_and_b32_sdwa v105, v110, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v105
	v_and_b32_e32 v106, 0xffff8000, v106
	s_nop 0
	v_cndmask_b32_e32 v111, v48, v111, vcc
	v_cmp_ne_u16_e32 vcc, 0, v105
	s_nop 1
	v_cndmask_b32_e32 v111, 0, v111, vcc
	v_cmp_ne_u16_e32 vcc, 1, v105
	s_nop 1
	v_cndmask_b32_e32 v111, v49, v111, vcc
	v_cmp_ne_u16_e32 vcc, 2, v105
	s_nop 1
	v_cndmask_b32_e32 v111, v50, v111, vcc
	v_cmp_ne_u16_e32 vcc, 3, v105
	s_nop 1
	v_cndmask_b32_e32 v111, v51, v111, vcc
	v_cmp_ne_u16_e32 vcc, 4, v105
	s_nop 1
	v_cndmask_b32_e32 v111, v52, v111, vcc
	v_cmp_ne_u16_e32 vcc, 5, v105
	s_nop 1
	v_cndmask_b32_e32 v111, v54, v111, vcc
	v_cmp_ne_u16_e32 vcc, 6, v105
	s_nop 1
	v_cndmask_b32_e32 v111, v55, v111, vcc
	v_cmp_ne_u16_e32 vcc, 7, v105
	s_nop 1
	v_cndmask_b32_e32 v105, v19, v111, vcc
	v_or_b32_e32 v105, v105, v106
	v_and_b32_sdwa v106, v110, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v106
	v_lshlrev_b16_sdwa v111, v57, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v111, 0xffff8000, v111
	v_cndmask_b32_e32 v112, v48, v112, vcc
	v_cmp_ne_u16_e32 vcc, 0, v106
	s_nop 1
	v_cndmask_b32_e32 v112, 0, v112, vcc
	v_cmp_ne_u16_e32 vcc, 1, v106
	s_nop 1
	v_cndmask_b32_e32 v112, v49, v112, vcc
	v_cmp_ne_u16_e32 vcc, 2, v106
	s_nop 1
	v_cndmask_b32_e32 v112, v50, v112, vcc
	v_cmp_ne_u16_e32 vcc, 3, v106
	s_nop 1
	v_cndmask_b32_e32 v112, v51, v112, vcc
	v_cmp_ne_u16_e32 vcc, 4, v106
	s_nop 1
	v_cndmask_b32_e32 v112, v52, v112, vcc
	v_cmp_ne_u16_e32 vcc, 5, v106
	s_nop 1
	v_cndmask_b32_e32 v112, v54, v112, vcc
	v_cmp_ne_u16_e32 vcc, 6, v106
	s_nop 1
	v_cndmask_b32_e32 v112, v55, v112, vcc
	v_cmp_ne_u16_e32 vcc, 7, v106
	s_nop 1
	v_cndmask_b32_e32 v106, v19, v112, vcc
	v_or_b32_e32 v106, v106, v111
	v_and_b32_e32 v111, 0x7f, v108
	v_lshlrev_b16_e32 v112, 8, v108
	v_lshlrev_b16_e32 v108, 7, v108
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cmp_ne_u16_e32 vcc, s0, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v48, v108, vcc
	v_cmp_ne_u16_e32 vcc, 0, v111
	s_nop 1
	v_cndmask_b32_e32 v108, 0, v108, vcc
	v_cmp_ne_u16_e32 vcc, 1, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v49, v108, vcc
	v_cmp_ne_u16_e32 vcc, 2, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v50, v108, vcc
	v_cmp_ne_u16_e32 vcc, 3, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v51, v108, vcc
	v_cmp_ne_u16_e32 vcc, 4, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v52, v108, vcc
	v_cmp_ne_u16_e32 vcc, 5, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v54, v108, vcc
	v_cmp_ne_u16_e32 vcc, 6, v111
	s_nop 1
	v_cndmask_b32_e32 v108, v55, v108, vcc
	v_cmp_ne_u16_e32 vcc, 7, v111
	v_and_b32_e32 v111, 0xffff8000, v112
	v_lshlrev_b16_e32 v112, 8, v110
	v_cndmask_b32_e32 v108, v19, v108, vcc
	v_or_b32_e32 v108, v108, v111
	v_and_b32_e32 v111, 0x7f, v110
	v_lshlrev_b16_e32 v110, 7, v110
	v_and_b32_e32 v110, 0x3f80, v110
	v_add_u16_e32 v110, 0x2000, v110
	v_cmp_ne_u16_e32 vcc, s0, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v48, v110, vcc
	v_cmp_ne_u16_e32 vcc, 0, v111
	s_nop 1
	v_cndmask_b32_e32 v110, 0, v110, vcc
	v_cmp_ne_u16_e32 vcc, 1, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v49, v110, vcc
	v_cmp_ne_u16_e32 vcc, 2, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v50, v110, vcc
	v_cmp_ne_u16_e32 vcc, 3, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v51, v110, vcc
	v_cmp_ne_u16_e32 vcc, 4, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v52, v110, vcc
	v_cmp_ne_u16_e32 vcc, 5, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v54, v110, vcc
	v_cmp_ne_u16_e32 vcc, 6, v111
	s_nop 1
	v_cndmask_b32_e32 v110, v55, v110, vcc
	v_cmp_ne_u16_e32 vcc, 7, v111
	v_and_b32_e32 v111, 0xffff8000, v112
	v_lshlrev_b16_sdwa v112, v57, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v110, v19, v110, vcc
	v_or_b32_e32 v110, v110, v111
	v_and_b32_sdwa v111, v116, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v111
	v_and_b32_e32 v112, 0xffff8000, v112
	s_nop 0
	v_cndmask_b32_e32 v117, v48, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v111
	s_nop 1
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v111
	s_nop 1
	v_cndmask_b32_e32 v117, v49, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v111
	s_nop 1
	v_cndmask_b32_e32 v117, v50, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v111
	s_nop 1
	v_cndmask_b32_e32 v117, v51, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v111
	s_nop 1
	v_cndmask_b32_e32 v117, v52, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v111
	s_nop 1
	v_cndmask_b32_e32 v117, v54, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v111
	s_nop 1
	v_cndmask_b32_e32 v117, v55, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v111
	s_nop 1
	v_cndmask_b32_e32 v111, v19, v117, vcc
	v_or_b32_e32 v111, v111, v112
	v_and_b32_sdwa v112, v116, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v112
	v_lshlrev_b16_sdwa v117, v57, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e32 v118, v48, v118, vcc
	v_cmp_ne_u16_e32 vcc, 0, v112
	s_nop 1
	v_cndmask_b32_e32 v118, 0, v118, vcc
	v_cmp_ne_u16_e32 vcc, 1, v112
	s_nop 1
	v_cndmask_b32_e32 v118, v49, v118, vcc
	v_cmp_ne_u16_e32 vcc, 2, v112
	s_nop 1
	v_cndmask_b32_e32 v118, v50, v118, vcc
	v_cmp_ne_u16_e32 vcc, 3, v112
	s_nop 1
	v_cndmask_b32_e32 v118, v51, v118, vcc
	v_cmp_ne_u16_e32 vcc, 4, v112
	s_nop 1
	v_cndmask_b32_e32 v118, v52, v118, vcc
	v_cmp_ne_u16_e32 vcc, 5, v112
	s_nop 1
	v_cndmask_b32_e32 v118, v54, v118, vcc
	v_cmp_ne_u16_e32 vcc, 6, v112
	s_nop 1
	v_cndmask_b32_e32 v118, v55, v118, vcc
	v_cmp_ne_u16_e32 vcc, 7, v112
	s_nop 1
	v_cndmask_b32_e32 v112, v19, v118, vcc
	v_or_b32_e32 v112, v112, v117
	v_and_b32_e32 v117, 0x7f, v115
	v_lshlrev_b16_e32 v118, 8, v115
	v_lshlrev_b16_e32 v115, 7, v115
	v_and_b32_e32 v115, 0x3f80, v115
	v_add_u16_e32 v115, 0x2000, v115
	v_cmp_ne_u16_e32 vcc, s0, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v48, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v49, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v50, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v51, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v52, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v54, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v115, v55, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	v_and_b32_e32 v117, 0xffff8000, v118
	v_lshlrev_b16_e32 v118, 8, v116
	v_cndmask_b32_e32 v115, v19, v115, vcc
	v_or_b32_e32 v115, v115, v117
	v_and_b32_e32 v117, 0x7f, v116
	v_lshlrev_b16_e32 v116, 7, v116
	v_and_b32_e32 v116, 0x3f80, v116
	v_add_u16_e32 v116, 0x2000, v116
	v_cmp_ne_u16_e32 vcc, s0, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v48, v116, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v116, 0, v116, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v49, v116, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v50, v116, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v51, v116, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v52, v116, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v54, v116, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v116, v55, v116, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	v_and_b32_e32 v117, 0xffff8000, v118
	v_lshlrev_b16_sdwa v118, v57, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v116, v19, v116, vcc
	v_or_b32_e32 v116, v116, v117
	v_and_b32_sdwa v117, v122, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v117
	v_and_b32_e32 v118, 0xffff8000, v118
	s_nop 0
	v_cndmask_b32_e32 v123, v48, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v117
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v117
	s_nop 1
	v_cndmask_b32_e32 v123, v49, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v117
	s_nop 1
	v_cndmask_b32_e32 v123, v50, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v117
	s_nop 1
	v_cndmask_b32_e32 v123, v51, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v117
	s_nop 1
	v_cndmask_b32_e32 v123, v52, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v117
	s_nop 1
	v_cndmask_b32_e32 v123, v54, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v117
	s_nop 1
	v_cndmask_b32_e32 v123, v55, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v117
	s_nop 1
	v_cndmask_b32_e32 v117, v19, v123, vcc
	v_or_b32_e32 v117, v117, v118
	v_and_b32_sdwa v118, v122, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v118
	v_lshlrev_b16_sdwa v123, v57, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v125, v48, v125, vcc
	v_cmp_ne_u16_e32 vcc, 0, v118
	s_nop 1
	v_cndmask_b32_e32 v125, 0, v125, vcc
	v_cmp_ne_u16_e32 vcc, 1, v118
	s_nop 1
	v_cndmask_b32_e32 v125, v49, v125, vcc
	v_cmp_ne_u16_e32 vcc, 2, v118
	s_nop 1
	v_cndmask_b32_e32 v125, v50, v125, vcc
	v_cmp_ne_u16_e32 vcc, 3, v118
	s_nop 1
	v_cndmask_b32_e32 v125, v51, v125, vcc
	v_cmp_ne_u16_e32 vcc, 4, v118
	s_nop 1
	v_cndmask_b32_e32 v125, v52, v125, vcc
	v_cmp_ne_u16_e32 vcc, 5, v118
	s_nop 1
	v_cndmask_b32_e32 v125, v54, v125, vcc
	v_cmp_ne_u16_e32 vcc, 6, v118
	s_nop 1
	v_cndmask_b32_e32 v125, v55, v125, vcc
	v_cmp_ne_u16_e32 vcc, 7, v118
	s_nop 1
	v_cndmask_b32_e32 v118, v19, v125, vcc
	v_or_b32_e32 v118, v118, v123
	v_and_b32_e32 v123, 0x7f, v121
	v_lshlrev_b16_e32 v125, 8, v121
	v_lshlrev_b16_e32 v121, 7, v121
	v_and_b32_e32 v121, 0x3f80, v121
	v_add_u16_e32 v121, 0x2000, v121
	v_cmp_ne_u16_e32 vcc, s0, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v48, v121, vcc
	v_cmp_ne_u16_e32 vcc, 0, v123
	s_nop 1
	v_cndmask_b32_e32 v121, 0, v121, vcc
	v_cmp_ne_u16_e32 vcc, 1, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v49, v121, vcc
	v_cmp_ne_u16_e32 vcc, 2, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v50, v121, vcc
	v_cmp_ne_u16_e32 vcc, 3, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v51, v121, vcc
	v_cmp_ne_u16_e32 vcc, 4, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v52, v121, vcc
	v_cmp_ne_u16_e32 vcc, 5, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v54, v121, vcc
	v_cmp_ne_u16_e32 vcc, 6, v123
	s_nop 1
	v_cndmask_b32_e32 v121, v55, v121, vcc
	v_cmp_ne_u16_e32 vcc, 7, v123
	v_and_b32_e32 v123, 0xffff8000, v125
	v_lshlrev_b16_e32 v125, 8, v122
	v_cndmask_b32_e32 v121, v19, v121, vcc
	v_or_b32_e32 v121, v121, v123
	v_and_b32_e32 v123, 0x7f, v122
	v_lshlrev_b16_e32 v122, 7, v122
	v_and_b32_e32 v122, 0x3f80, v122
	v_add_u16_e32 v122, 0x2000, v122
	v_cmp_ne_u16_e32 vcc, s0, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v48, v122, vcc
	v_cmp_ne_u16_e32 vcc, 0, v123
	s_nop 1
	v_cndmask_b32_e32 v122, 0, v122, vcc
	v_cmp_ne_u16_e32 vcc, 1, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v49, v122, vcc
	v_cmp_ne_u16_e32 vcc, 2, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v50, v122, vcc
	v_cmp_ne_u16_e32 vcc, 3, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v51, v122, vcc
	v_cmp_ne_u16_e32 vcc, 4, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v52, v122, vcc
	v_cmp_ne_u16_e32 vcc, 5, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v54, v122, vcc
	v_cmp_ne_u16_e32 vcc, 6, v123
	s_nop 1
	v_cndmask_b32_e32 v122, v55, v122, vcc
	v_cmp_ne_u16_e32 vcc, 7, v123
	v_and_b32_e32 v123, 0xffff8000, v125
	v_lshlrev_b16_sdwa v125, v57, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v122, v19, v122, vcc
	v_or_b32_e32 v122, v122, v123
	v_and_b32_sdwa v123, v128, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v123
	v_and_b32_e32 v125, 0xffff8000, v125
	s_nop 0
	v_cndmask_b32_e32 v129, v48, v129, vcc
	v_cmp_ne_u16_e32 vcc, 0, v123
	s_nop 1
	v_cndmask_b32_e32 v129, 0, v129, vcc
	v_cmp_ne_u16_e32 vcc, 1, v123
	s_nop 1
	v_cndmask_b32_e32 v129, v49, v129, vcc
	v_cmp_ne_u16_e32 vcc, 2, v123
	s_nop 1
	v_cndmask_b32_e32 v129, v50, v129, vcc
	v_cmp_ne_u16_e32 vcc, 3, v123
	s_nop 1
	v_cndmask_b32_e32 v129, v51, v129, vcc
	v_cmp_ne_u16_e32 vcc, 4, v123
	s_nop 1
	v_cndmask_b32_e32 v129, v52, v129, vcc
	v_cmp_ne_u16_e32 vcc, 5, v123
	s_nop 1
	v_cndmask_b32_e32 v129, v54, v129, vcc
	v_cmp_ne_u16_e32 vcc, 6, v123
	s_nop 1
	v_cndmask_b32_e32 v129, v55, v129, vcc
	v_cmp_ne_u16_e32 vcc, 7, v123
	s_nop 1
	v_cndmask_b32_e32 v123, v19, v129, vcc
	v_or_b32_e32 v123, v123, v125
	v_and_b32_sdwa v125, v128, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v125
	v_lshlrev_b16_sdwa v129, v57, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v129, 0xffff8000, v129
	v_cndmask_b32_e32 v132, v48, v132, vcc
	v_cmp_ne_u16_e32 vcc, 0, v125
	s_nop 1
	v_cndmask_b32_e32 v132, 0, v132, vcc
	v_cmp_ne_u16_e32 vcc, 1, v125
	s_nop 1
	v_cndmask_b32_e32 v132, v49, v132, vcc
	v_cmp_ne_u16_e32 vcc, 2, v125
	s_nop 1
	v_cndmask_b32_e32 v132, v50, v132, vcc
	v_cmp_ne_u16_e32 vcc, 3, v125
	s_nop 1
	v_cndmask_b32_e32 v132, v51, v132, vcc
	v_cmp_ne_u16_e32 vcc, 4, v125
	s_nop 1
	v_cndmask_b32_e32 v132, v52, v132, vcc
	v_cmp_ne_u16_e32 vcc, 5, v125
	s_nop 1
	v_cndmask_b32_e32 v132, v54, v132, vcc
	v_cmp_ne_u16_e32 vcc, 6, v125
	s_nop 1
	v_cndmask_b32_e32 v132, v55, v132, vcc
	v_cmp_ne_u16_e32 vcc, 7, v125
	s_nop 1
	v_cndmask_b32_e32 v125, v19, v132, vcc
	v_or_b32_e32 v125, v125, v129
	v_and_b32_e32 v129, 0x7f, v127
	v_lshlrev_b16_e32 v132, 8, v127
	v_lshlrev_b16_e32 v127, 7, v127
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v48, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v129
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v49, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v50, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v51, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v52, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v54, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v129
	s_nop 1
	v_cndmask_b32_e32 v127, v55, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v129
	v_and_b32_e32 v129, 0xffff8000, v132
	v_lshlrev_b16_e32 v132, 8, v128
	v_cndmask_b32_e32 v127, v19, v127, vcc
	v_or_b32_e32 v127, v127, v129
	v_and_b32_e32 v129, 0x7f, v128
	v_lshlrev_b16_e32 v128, 7, v128
	v_and_b32_e32 v128, 0x3f80, v128
	v_add_u16_e32 v128, 0x2000, v128
	v_cmp_ne_u16_e32 vcc, s0, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v48, v128, vcc
	v_cmp_ne_u16_e32 vcc, 0, v129
	s_nop 1
	v_cndmask_b32_e32 v128, 0, v128, vcc
	v_cmp_ne_u16_e32 vcc, 1, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v49, v128, vcc
	v_cmp_ne_u16_e32 vcc, 2, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v50, v128, vcc
	v_cmp_ne_u16_e32 vcc, 3, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v51, v128, vcc
	v_cmp_ne_u16_e32 vcc, 4, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v52, v128, vcc
	v_cmp_ne_u16_e32 vcc, 5, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v54, v128, vcc
	v_cmp_ne_u16_e32 vcc, 6, v129
	s_nop 1
	v_cndmask_b32_e32 v128, v55, v128, vcc
	v_cmp_ne_u16_e32 vcc, 7, v129
	v_and_b32_e32 v129, 0xffff8000, v132
	v_lshlrev_b16_sdwa v132, v57, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v128, v19, v128, vcc
	v_or_b32_e32 v128, v128, v129
	v_and_b32_sdwa v129, v134, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v129
	v_and_b32_e32 v132, 0xffff8000, v132
	s_nop 0
	v_cndmask_b32_e32 v137, v48, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v129
	s_nop 1
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v129
	s_nop 1
	v_cndmask_b32_e32 v137, v49, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v129
	s_nop 1
	v_cndmask_b32_e32 v137, v50, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v129
	s_nop 1
	v_cndmask_b32_e32 v137, v51, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v129
	s_nop 1
	v_cndmask_b32_e32 v137, v52, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v129
	s_nop 1
	v_cndmask_b32_e32 v137, v54, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v129
	s_nop 1
	v_cndmask_b32_e32 v137, v55, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v129
	s_nop 1
	v_cndmask_b32_e32 v129, v19, v137, vcc
	v_or_b32_e32 v129, v129, v132
	v_and_b32_sdwa v132, v134, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v132
	v_lshlrev_b16_sdwa v137, v57, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0xffff8000, v137
	v_cndmask_b32_e32 v138, v48, v138, vcc
	v_cmp_ne_u16_e32 vcc, 0, v132
	s_nop 1
	v_cndmask_b32_e32 v138, 0, v138, vcc
	v_cmp_ne_u16_e32 vcc, 1, v132
	s_nop 1
	v_cndmask_b32_e32 v138, v49, v138, vcc
	v_cmp_ne_u16_e32 vcc, 2, v132
	s_nop 1
	v_cndmask_b32_e32 v138, v50, v138, vcc
	v_cmp_ne_u16_e32 vcc, 3, v132
	s_nop 1
	v_cndmask_b32_e32 v138, v51, v138, vcc
	v_cmp_ne_u16_e32 vcc, 4, v132
	s_nop 1
	v_cndmask_b32_e32 v138, v52, v138, vcc
	v_cmp_ne_u16_e32 vcc, 5, v132
	s_nop 1
	v_cndmask_b32_e32 v138, v54, v138, vcc
	v_cmp_ne_u16_e32 vcc, 6, v132
	s_nop 1
	v_cndmask_b32_e32 v138, v55, v138, vcc
	v_cmp_ne_u16_e32 vcc, 7, v132
	s_nop 1
	v_cndmask_b32_e32 v132, v19, v138, vcc
	v_or_b32_e32 v132, v132, v137
	v_and_b32_e32 v137, 0x7f, v133
	v_lshlrev_b16_e32 v138, 8, v133
	v_lshlrev_b16_e32 v133, 7, v133
	v_and_b32_e32 v133, 0x3f80, v133
	v_add_u16_e32 v133, 0x2000, v133
	v_cmp_ne_u16_e32 vcc, s0, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v48, v133, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v133, 0, v133, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v49, v133, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v50, v133, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v51, v133, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v52, v133, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v54, v133, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v133, v55, v133, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0xffff8000, v138
	v_lshlrev_b16_e32 v138, 8, v134
	v_cndmask_b32_e32 v133, v19, v133, vcc
	v_or_b32_e32 v133, v133, v137
	v_and_b32_e32 v137, 0x7f, v134
	v_lshlrev_b16_e32 v134, 7, v134
	v_and_b32_e32 v134, 0x3f80, v134
	v_add_u16_e32 v134, 0x2000, v134
	v_cmp_ne_u16_e32 vcc, s0, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v48, v134, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v134, 0, v134, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v49, v134, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v50, v134, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v51, v134, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v52, v134, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v54, v134, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v134, v55, v134, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0xffff8000, v138
	v_lshlrev_b16_sdwa v138, v57, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v134, v19, v134, vcc
	v_or_b32_e32 v134, v134, v137
	v_and_b32_sdwa v137, v131, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v137
	v_and_b32_e32 v138, 0xffff8000, v138
	s_nop 0
	v_cndmask_b32_e32 v140, v48, v140, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v140, 0, v140, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v49, v140, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v50, v140, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v51, v140, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v52, v140, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v54, v140, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v55, v140, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	s_nop 1
	v_cndmask_b32_e32 v137, v19, v140, vcc
	v_lshlrev_b16_sdwa v140, v58, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v141, v137, v138
	v_and_b32_sdwa v137, v131, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v140, 0x3f80, v140
	v_add_u16_e32 v140, 0x2000, v140
	v_cmp_ne_u16_e32 vcc, s0, v137
	v_lshlrev_b16_sdwa v138, v57, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v138, 0xffff8000, v138
	v_cndmask_b32_e32 v140, v48, v140, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v140, 0, v140, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v49, v140, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v50, v140, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v51, v140, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v52, v140, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v54, v140, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v140, v55, v140, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	s_nop 1
	v_cndmask_b32_e32 v137, v19, v140, vcc
	v_or_b32_e32 v143, v137, v138
	v_and_b32_e32 v137, 0x7f, v135
	v_lshlrev_b16_e32 v138, 8, v135
	v_lshlrev_b16_e32 v135, 7, v135
	v_and_b32_e32 v135, 0x3f80, v135
	v_add_u16_e32 v135, 0x2000, v135
	v_cmp_ne_u16_e32 vcc, s0, v137
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v140, v119, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_nop 0
	v_cndmask_b32_e32 v135, v48, v135, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v135, 0, v135, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v135, v49, v135, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v135, v50, v135, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v135, v51, v135, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v135, v52, v135, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v135, v54, v135, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v135, v55, v135, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0xffff8000, v138
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v138, v58, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v135, v19, v135, vcc
	v_or_b32_e32 v145, v135, v137
	v_and_b32_e32 v135, 0x7f, v131
	v_lshlrev_b16_e32 v137, 8, v131
	v_lshlrev_b16_e32 v131, 7, v131
	v_and_b32_e32 v131, 0x3f80, v131
	v_add_u16_e32 v131, 0x2000, v131
	v_cmp_ne_u16_e32 vcc, s0, v135
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v138, 0x3f80, v138
	v_add_u16_e32 v138, 0x2000, v138
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v131, v48, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	s_nop 1
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v49, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v50, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v51, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v52, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v54, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v55, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	v_and_b32_e32 v135, 0xffff8000, v137
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b16_sdwa v137, v58, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e32 v131, v19, v131, vcc
	v_or_b32_e32 v147, v131, v135
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_sdwa v131, v124, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_lshlrev_b16_sdwa v135, v57, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v135, 0xffff8000, v135
	v_cndmask_b32_e32 v137, v48, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	v_lshlrev_b16_sdwa v58, v58, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v58, 0x3f80, v58
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	v_add_u16_e32 v58, 0x2000, v58
	s_nop 0
	v_cndmask_b32_e32 v137, v49, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v137, v50, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v137, v51, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v137, v52, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v137, v54, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v137, v55, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v19, v137, vcc
	v_or_b32_e32 v131, v131, v135
	v_and_b32_sdwa v135, v124, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v137, v57, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v137, 0xffff8000, v137
	v_cndmask_b32_e32 v138, v48, v138, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	s_nop 1
	v_cndmask_b32_e32 v138, 0, v138, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v138, v49, v138, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v138, v50, v138, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v138, v51, v138, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v138, v52, v138, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v138, v54, v138, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v138, v55, v138, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v19, v138, vcc
	v_or_b32_e32 v135, v135, v137
	v_and_b32_e32 v137, 0x7f, v136
	v_lshlrev_b16_e32 v138, 8, v136
	v_lshlrev_b16_e32 v136, 7, v136
	v_and_b32_e32 v136, 0x3f80, v136
	v_add_u16_e32 v136, 0x2000, v136
	v_cmp_ne_u16_e32 vcc, s0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v48, v136, vcc
	v_cmp_ne_u16_e32 vcc, 0, v137
	s_nop 1
	v_cndmask_b32_e32 v136, 0, v136, vcc
	v_cmp_ne_u16_e32 vcc, 1, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v49, v136, vcc
	v_cmp_ne_u16_e32 vcc, 2, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v50, v136, vcc
	v_cmp_ne_u16_e32 vcc, 3, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v51, v136, vcc
	v_cmp_ne_u16_e32 vcc, 4, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v52, v136, vcc
	v_cmp_ne_u16_e32 vcc, 5, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v54, v136, vcc
	v_cmp_ne_u16_e32 vcc, 6, v137
	s_nop 1
	v_cndmask_b32_e32 v136, v55, v136, vcc
	v_cmp_ne_u16_e32 vcc, 7, v137
	v_and_b32_e32 v137, 0xffff8000, v138
	v_and_b32_e32 v138, 0x7f, v124
	v_cndmask_b32_e32 v136, v19, v136, vcc
	v_or_b32_e32 v136, v136, v137
	v_lshlrev_b16_e32 v137, 8, v124
	v_lshlrev_b16_e32 v124, 7, v124
	v_and_b32_e32 v124, 0x3f80, v124
	v_add_u16_e32 v124, 0x2000, v124
	v_cmp_ne_u16_e32 vcc, s0, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v48, v124, vcc
	v_cmp_ne_u16_e32 vcc, 0, v138
	s_nop 1
	v_cndmask_b32_e32 v124, 0, v124, vcc
	v_cmp_ne_u16_e32 vcc, 1, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v49, v124, vcc
	v_cmp_ne_u16_e32 vcc, 2, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v50, v124, vcc
	v_cmp_ne_u16_e32 vcc, 3, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v51, v124, vcc
	v_cmp_ne_u16_e32 vcc, 4, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v52, v124, vcc
	v_cmp_ne_u16_e32 vcc, 5, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v54, v124, vcc
	v_cmp_ne_u16_e32 vcc, 6, v138
	s_nop 1
	v_cndmask_b32_e32 v124, v55, v124, vcc
	v_cmp_ne_u16_e32 vcc, s0, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v48, v144, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v144, 0, v144, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v49, v144, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v50, v144, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v51, v144, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v52, v144, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v54, v144, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v144, v55, v144, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	s_nop 1
	v_cndmask_b32_e32 v140, v19, v144, vcc
	v_or_b32_e32 v140, v140, v142
	v_and_b32_sdwa v142, v119, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v142
	v_lshlrev_b16_sdwa v144, v57, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v144, 0xffff8000, v144
	v_cndmask_b32_e32 v146, v48, v146, vcc
	v_cmp_ne_u16_e32 vcc, 0, v142
	s_nop 1
	v_cndmask_b32_e32 v146, 0, v146, vcc
	v_cmp_ne_u16_e32 vcc, 1, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v49, v146, vcc
	v_cmp_ne_u16_e32 vcc, 2, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v50, v146, vcc
	v_cmp_ne_u16_e32 vcc, 3, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v51, v146, vcc
	v_cmp_ne_u16_e32 vcc, 4, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v52, v146, vcc
	v_cmp_ne_u16_e32 vcc, 5, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v54, v146, vcc
	v_cmp_ne_u16_e32 vcc, 6, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v55, v146, vcc
	v_cmp_ne_u16_e32 vcc, 7, v142
	s_nop 1
	v_cndmask_b32_e32 v142, v19, v146, vcc
	v_or_b32_e32 v142, v142, v144
	v_and_b32_e32 v144, 0x7f, v139
	v_lshlrev_b16_e32 v146, 8, v139
	v_lshlrev_b16_e32 v139, 7, v139
	v_and_b32_e32 v139, 0x3f80, v139
	v_add_u16_e32 v139, 0x2000, v139
	v_cmp_ne_u16_e32 vcc, s0, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v48, v139, vcc
	v_cmp_ne_u16_e32 vcc, 0, v144
	s_nop 1
	v_cndmask_b32_e32 v139, 0, v139, vcc
	v_cmp_ne_u16_e32 vcc, 1, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v49, v139, vcc
	v_cmp_ne_u16_e32 vcc, 2, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v50, v139, vcc
	v_cmp_ne_u16_e32 vcc, 3, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v51, v139, vcc
	v_cmp_ne_u16_e32 vcc, 4, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v52, v139, vcc
	v_cmp_ne_u16_e32 vcc, 5, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v54, v139, vcc
	v_cmp_ne_u16_e32 vcc, 6, v144
	s_nop 1
	v_cndmask_b32_e32 v139, v55, v139, vcc
	v_cmp_ne_u16_e32 vcc, 7, v144
	v_and_b32_e32 v144, 0xffff8000, v146
	v_and_b32_e32 v146, 0x7f, v119
	v_cndmask_b32_e32 v139, v19, v139, vcc
	v_or_b32_e32 v139, v139, v144
	v_lshlrev_b16_e32 v144, 8, v119
	v_lshlrev_b16_e32 v119, 7, v119
	v_and_b32_e32 v119, 0x3f80, v119
	v_add_u16_e32 v119, 0x2000, v119
	v_cmp_ne_u16_e32 vcc, s0, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v48, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v146
	s_nop 1
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v49, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v50, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v51, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v52, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v54, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v146
	s_nop 1
	v_cndmask_b32_e32 v119, v55, v119, vcc
	v_cmp_ne_u16_e32 vcc, s0, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v48, v150, vcc
	v_cmp_ne_u16_e32 vcc, 0, v148
	s_nop 1
	v_cndmask_b32_e32 v150, 0, v150, vcc
	v_cmp_ne_u16_e32 vcc, 1, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v49, v150, vcc
	v_cmp_ne_u16_e32 vcc, 2, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v50, v150, vcc
	v_cmp_ne_u16_e32 vcc, 3, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v51, v150, vcc
	v_cmp_ne_u16_e32 vcc, 4, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v52, v150, vcc
	v_cmp_ne_u16_e32 vcc, 5, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v54, v150, vcc
	v_cmp_ne_u16_e32 vcc, 6, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v55, v150, vcc
	v_cmp_ne_u16_e32 vcc, 7, v148
	s_nop 1
	v_cndmask_b32_e32 v148, v19, v150, vcc
	v_or_b32_e32 v148, v148, v149
	v_and_b32_sdwa v149, v113, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v149
	v_lshlrev_b16_sdwa v150, v57, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v150, 0xffff8000, v150
	v_cndmask_b32_e32 v151, v48, v151, vcc
	v_cmp_ne_u16_e32 vcc, 0, v149
	s_nop 1
	v_cndmask_b32_e32 v151, 0, v151, vcc
	v_cmp_ne_u16_e32 vcc, 1, v149
	s_nop 1
	v_cndmask_b32_e32 v151, v49, v151, vcc
	v_cmp_ne_u16_e32 vcc, 2, v149
	s_nop 1
	v_cndmask_b32_e32 v151, v50, v151, vcc
	v_cmp_ne_u16_e32 vcc, 3, v149
	s_nop 1
	v_cndmask_b32_e32 v151, v51, v151, vcc
	v_cmp_ne_u16_e32 vcc, 4, v149
	s_nop 1
	v_cndmask_b32_e32 v151, v52, v151, vcc
	v_cmp_ne_u16_e32 vcc, 5, v149
	s_nop 1
	v_cndmask_b32_e32 v151, v54, v151, vcc
	v_cmp_ne_u16_e32 vcc, 6, v149
	s_nop 1
	v_cndmask_b32_e32 v151, v55, v151, vcc
	v_cmp_ne_u16_e32 vcc, 7, v149
	s_nop 1
	v_cndmask_b32_e32 v149, v19, v151, vcc
	v_or_b32_e32 v149, v149, v150
	v_and_b32_e32 v150, 0x7f, v130
	v_lshlrev_b16_e32 v151, 8, v130
	v_lshlrev_b16_e32 v130, 7, v130
	v_and_b32_e32 v130, 0x3f80, v130
	v_add_u16_e32 v130, 0x2000, v130
	v_cmp_ne_u16_e32 vcc, s0, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v48, v130, vcc
	v_cmp_ne_u16_e32 vcc, 0, v150
	s_nop 1
	v_cndmask_b32_e32 v130, 0, v130, vcc
	v_cmp_ne_u16_e32 vcc, 1, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v49, v130, vcc
	v_cmp_ne_u16_e32 vcc, 2, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v50, v130, vcc
	v_cmp_ne_u16_e32 vcc, 3, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v51, v130, vcc
	v_cmp_ne_u16_e32 vcc, 4, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v52, v130, vcc
	v_cmp_ne_u16_e32 vcc, 5, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v54, v130, vcc
	v_cmp_ne_u16_e32 vcc, 6, v150
	s_nop 1
	v_cndmask_b32_e32 v130, v55, v130, vcc
	v_cmp_ne_u16_e32 vcc, 7, v150
	v_and_b32_e32 v150, 0xffff8000, v151
	v_and_b32_e32 v151, 0x7f, v113
	v_cndmask_b32_e32 v130, v19, v130, vcc
	v_or_b32_e32 v130, v130, v150
	v_lshlrev_b16_e32 v150, 8, v113
	v_lshlrev_b16_e32 v113, 7, v113
	v_and_b32_e32 v113, 0x3f80, v113
	v_add_u16_e32 v113, 0x2000, v113
	v_cmp_ne_u16_e32 vcc, s0, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v48, v113, vcc
	v_cmp_ne_u16_e32 vcc, 0, v151
	s_nop 1
	v_cndmask_b32_e32 v113, 0, v113, vcc
	v_cmp_ne_u16_e32 vcc, 1, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v49, v113, vcc
	v_cmp_ne_u16_e32 vcc, 2, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v50, v113, vcc
	v_cmp_ne_u16_e32 vcc, 3, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v51, v113, vcc
	v_cmp_ne_u16_e32 vcc, 4, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v52, v113, vcc
	v_cmp_ne_u16_e32 vcc, 5, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v54, v113, vcc
	v_cmp_ne_u16_e32 vcc, 6, v151
	s_nop 1
	v_cndmask_b32_e32 v113, v55, v113, vcc
	v_cmp_ne_u16_e32 vcc, s0, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v48, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	s_nop 1
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v49, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v50, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v51, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v52, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v54, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v154, v55, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	s_nop 1
	v_cndmask_b32_e32 v152, v19, v154, vcc
	v_or_b32_e32 v152, v152, v153
	v_and_b32_sdwa v153, v107, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v153
	v_lshlrev_b16_sdwa v154, v57, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v154, 0xffff8000, v154
	v_cndmask_b32_e32 v155, v48, v155, vcc
	v_cmp_ne_u16_e32 vcc, 0, v153
	s_nop 1
	v_cndmask_b32_e32 v155, 0, v155, vcc
	v_cmp_ne_u16_e32 vcc, 1, v153
	s_nop 1
	v_cndmask_b32_e32 v155, v49, v155, vcc
	v_cmp_ne_u16_e32 vcc, 2, v153
	s_nop 1
	v_cndmask_b32_e32 v155, v50, v155, vcc
	v_cmp_ne_u16_e32 vcc, 3, v153
	s_nop 1
	v_cndmask_b32_e32 v155, v51, v155, vcc
	v_cmp_ne_u16_e32 vcc, 4, v153
	s_nop 1
	v_cndmask_b32_e32 v155, v52, v155, vcc
	v_cmp_ne_u16_e32 vcc, 5, v153
	s_nop 1
	v_cndmask_b32_e32 v155, v54, v155, vcc
	v_cmp_ne_u16_e32 vcc, 6, v153
	s_nop 1
	v_cndmask_b32_e32 v155, v55, v155, vcc
	v_cmp_ne_u16_e32 vcc, 7, v153
	s_nop 1
	v_cndmask_b32_e32 v153, v19, v155, vcc
	v_or_b32_e32 v153, v153, v154
	v_and_b32_e32 v154, 0x7f, v126
	v_lshlrev_b16_e32 v155, 8, v126
	v_lshlrev_b16_e32 v126, 7, v126
	v_and_b32_e32 v126, 0x3f80, v126
	v_add_u16_e32 v126, 0x2000, v126
	v_cmp_ne_u16_e32 vcc, s0, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v48, v126, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v126, 0, v126, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v49, v126, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v50, v126, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v51, v126, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v52, v126, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v54, v126, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v126, v55, v126, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_and_b32_e32 v154, 0xffff8000, v155
	v_and_b32_e32 v155, 0x7f, v107
	v_cndmask_b32_e32 v126, v19, v126, vcc
	v_or_b32_e32 v126, v126, v154
	v_lshlrev_b16_e32 v154, 8, v107
	v_lshlrev_b16_e32 v107, 7, v107
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s0, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v48, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	s_nop 1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v49, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v50, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v51, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v52, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v54, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v107, v55, v107, vcc
	v_cmp_ne_u16_e32 vcc, s0, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v48, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v49, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v50, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v51, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v52, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v54, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v158, v55, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	s_nop 1
	v_cndmask_b32_e32 v156, v19, v158, vcc
	v_or_b32_e32 v156, v156, v157
	v_and_b32_sdwa v157, v102, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v157
	v_lshlrev_b16_sdwa v158, v57, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v159, v48, v159, vcc
	v_cmp_ne_u16_e32 vcc, 0, v157
	s_nop 1
	v_cndmask_b32_e32 v159, 0, v159, vcc
	v_cmp_ne_u16_e32 vcc, 1, v157
	s_nop 1
	v_cndmask_b32_e32 v159, v49, v159, vcc
	v_cmp_ne_u16_e32 vcc, 2, v157
	s_nop 1
	v_cndmask_b32_e32 v159, v50, v159, vcc
	v_cmp_ne_u16_e32 vcc, 3, v157
	s_nop 1
	v_cndmask_b32_e32 v159, v51, v159, vcc
	v_cmp_ne_u16_e32 vcc, 4, v157
	s_nop 1
	v_cndmask_b32_e32 v159, v52, v159, vcc
	v_cmp_ne_u16_e32 vcc, 5, v157
	s_nop 1
	v_cndmask_b32_e32 v159, v54, v159, vcc
	v_cmp_ne_u16_e32 vcc, 6, v157
	s_nop 1
	v_cndmask_b32_e32 v159, v55, v159, vcc
	v_cmp_ne_u16_e32 vcc, 7, v157
	s_nop 1
	v_cndmask_b32_e32 v157, v19, v159, vcc
	v_or_b32_e32 v157, v157, v158
	v_and_b32_e32 v158, 0x7f, v120
	v_lshlrev_b16_e32 v159, 8, v120
	v_lshlrev_b16_e32 v120, 7, v120
	v_and_b32_e32 v120, 0x3f80, v120
	v_add_u16_e32 v120, 0x2000, v120
	v_cmp_ne_u16_e32 vcc, s0, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v48, v120, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v120, 0, v120, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v49, v120, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v50, v120, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v51, v120, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v52, v120, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v54, v120, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v120, v55, v120, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_and_b32_e32 v158, 0xffff8000, v159
	v_and_b32_e32 v159, 0x7f, v102
	v_cndmask_b32_e32 v120, v19, v120, vcc
	v_or_b32_e32 v120, v120, v158
	v_lshlrev_b16_e32 v158, 8, v102
	v_lshlrev_b16_e32 v102, 7, v102
	v_and_b32_e32 v102, 0x3f80, v102
	v_add_u16_e32 v102, 0x2000, v102
	v_cmp_ne_u16_e32 vcc, s0, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v48, v102, vcc
	v_cmp_ne_u16_e32 vcc, 0, v159
	s_nop 1
	v_cndmask_b32_e32 v102, 0, v102, vcc
	v_cmp_ne_u16_e32 vcc, 1, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v49, v102, vcc
	v_cmp_ne_u16_e32 vcc, 2, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v50, v102, vcc
	v_cmp_ne_u16_e32 vcc, 3, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v51, v102, vcc
	v_cmp_ne_u16_e32 vcc, 4, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v52, v102, vcc
	v_cmp_ne_u16_e32 vcc, 5, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v54, v102, vcc
	v_cmp_ne_u16_e32 vcc, 6, v159
	s_nop 1
	v_cndmask_b32_e32 v102, v55, v102, vcc
	v_cmp_ne_u16_e32 vcc, s0, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v48, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v160
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v49, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v50, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v51, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v52, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v54, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v160
	s_nop 1
	v_cndmask_b32_e32 v162, v55, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v160
	s_nop 1
	v_cndmask_b32_e32 v160, v19, v162, vcc
	v_or_b32_e32 v160, v160, v161
	v_and_b32_sdwa v161, v96, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v161
	v_lshlrev_b16_sdwa v162, v57, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v162, 0xffff8000, v162
	v_cndmask_b32_e32 v163, v48, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v161
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v161
	s_nop 1
	v_cndmask_b32_e32 v163, v49, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v161
	s_nop 1
	v_cndmask_b32_e32 v163, v50, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v161
	s_nop 1
	v_cndmask_b32_e32 v163, v51, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v161
	s_nop 1
	v_cndmask_b32_e32 v163, v52, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v161
	s_nop 1
	v_cndmask_b32_e32 v163, v54, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v161
	s_nop 1
	v_cndmask_b32_e32 v163, v55, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v161
	s_nop 1
	v_cndmask_b32_e32 v161, v19, v163, vcc
	v_or_b32_e32 v161, v161, v162
	v_and_b32_e32 v162, 0x7f, v114
	v_lshlrev_b16_e32 v163, 8, v114
	v_lshlrev_b16_e32 v114, 7, v114
	v_and_b32_e32 v114, 0x3f80, v114
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e32 vcc, s0, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v48, v114, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v114, 0, v114, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v49, v114, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v50, v114, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v51, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v52, v114, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v54, v114, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v114, v55, v114, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	v_and_b32_e32 v162, 0xffff8000, v163
	v_and_b32_e32 v163, 0x7f, v96
	v_cndmask_b32_e32 v114, v19, v114, vcc
	v_or_b32_e32 v114, v114, v162
	v_lshlrev_b16_e32 v162, 8, v96
	v_lshlrev_b16_e32 v96, 7, v96
	v_and_b32_e32 v96, 0x3f80, v96
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e32 vcc, s0, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v48, v96, vcc
	v_cmp_ne_u16_e32 vcc, 0, v163
	s_nop 1
	v_cndmask_b32_e32 v96, 0, v96, vcc
	v_cmp_ne_u16_e32 vcc, 1, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v49, v96, vcc
	v_cmp_ne_u16_e32 vcc, 2, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v50, v96, vcc
	v_cmp_ne_u16_e32 vcc, 3, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v51, v96, vcc
	v_cmp_ne_u16_e32 vcc, 4, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v52, v96, vcc
	v_cmp_ne_u16_e32 vcc, 5, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v54, v96, vcc
	v_cmp_ne_u16_e32 vcc, 6, v163
	s_nop 1
	v_cndmask_b32_e32 v96, v55, v96, vcc
	v_cmp_ne_u16_e32 vcc, s0, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v48, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v49, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v50, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v51, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v52, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v54, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v166, v55, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	s_nop 1
	v_cndmask_b32_e32 v164, v19, v166, vcc
	v_or_b32_e32 v164, v164, v165
	v_and_b32_sdwa v165, v90, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v165
	v_lshlrev_b16_sdwa v166, v57, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v166, 0xffff8000, v166
	v_cndmask_b32_e32 v167, v48, v167, vcc
	v_cmp_ne_u16_e32 vcc, 0, v165
	s_nop 1
	v_cndmask_b32_e32 v167, 0, v167, vcc
	v_cmp_ne_u16_e32 vcc, 1, v165
	s_nop 1
	v_cndmask_b32_e32 v167, v49, v167, vcc
	v_cmp_ne_u16_e32 vcc, 2, v165
	s_nop 1
	v_cndmask_b32_e32 v167, v50, v167, vcc
	v_cmp_ne_u16_e32 vcc, 3, v165
	s_nop 1
	v_cndmask_b32_e32 v167, v51, v167, vcc
	v_cmp_ne_u16_e32 vcc, 4, v165
	s_nop 1
	v_cndmask_b32_e32 v167, v52, v167, vcc
	v_cmp_ne_u16_e32 vcc, 5, v165
	s_nop 1
	v_cndmask_b32_e32 v167, v54, v167, vcc
	v_cmp_ne_u16_e32 vcc, 6, v165
	s_nop 1
	v_cndmask_b32_e32 v167, v55, v167, vcc
	v_cmp_ne_u16_e32 vcc, 7, v165
	s_nop 1
	v_cndmask_b32_e32 v165, v19, v167, vcc
	v_or_b32_e32 v165, v165, v166
	v_and_b32_e32 v166, 0x7f, v109
	v_lshlrev_b16_e32 v167, 8, v109
	v_lshlrev_b16_e32 v109, 7, v109
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e32 vcc, s0, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v48, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v166
	s_nop 1
	v_cndmask_b32_e32 v109, 0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 1, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v49, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v50, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v51, v109, vcc
	v_cmp_ne_u16_e32 vcc, 4, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v52, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v54, v109, vcc
	v_cmp_ne_u16_e32 vcc, 6, v166
	s_nop 1
	v_cndmask_b32_e32 v109, v55, v109, vcc
	v_cmp_ne_u16_e32 vcc, 7, v166
	v_and_b32_e32 v166, 0xffff8000, v167
	v_and_b32_e32 v167, 0x7f, v90
	v_cndmask_b32_e32 v109, v19, v109, vcc
	v_or_b32_e32 v109, v109, v166
	v_lshlrev_b16_e32 v166, 8, v90
	v_lshlrev_b16_e32 v90, 7, v90
	v_and_b32_e32 v90, 0x3f80, v90
	v_add_u16_e32 v90, 0x2000, v90
	v_cmp_ne_u16_e32 vcc, s0, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v48, v90, vcc
	v_cmp_ne_u16_e32 vcc, 0, v167
	s_nop 1
	v_cndmask_b32_e32 v90, 0, v90, vcc
	v_cmp_ne_u16_e32 vcc, 1, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v49, v90, vcc
	v_cmp_ne_u16_e32 vcc, 2, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v50, v90, vcc
	v_cmp_ne_u16_e32 vcc, 3, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v51, v90, vcc
	v_cmp_ne_u16_e32 vcc, 4, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v52, v90, vcc
	v_cmp_ne_u16_e32 vcc, 5, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v54, v90, vcc
	v_cmp_ne_u16_e32 vcc, 6, v167
	s_nop 1
	v_cndmask_b32_e32 v90, v55, v90, vcc
	v_cmp_ne_u16_e32 vcc, s0, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v48, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	s_nop 1
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v49, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v50, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v51, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v52, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v54, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v55, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	s_nop 1
	v_cndmask_b32_e32 v168, v19, v170, vcc
	v_or_b32_e32 v168, v168, v169
	v_and_b32_sdwa v169, v85, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v169
	v_lshlrev_b16_sdwa v170, v57, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v170, 0xffff8000, v170
	v_cndmask_b32_e32 v171, v48, v171, vcc
	v_cmp_ne_u16_e32 vcc, 0, v169
	s_nop 1
	v_cndmask_b32_e32 v171, 0, v171, vcc
	v_cmp_ne_u16_e32 vcc, 1, v169
	s_nop 1
	v_cndmask_b32_e32 v171, v49, v171, vcc
	v_cmp_ne_u16_e32 vcc, 2, v169
	s_nop 1
	v_cndmask_b32_e32 v171, v50, v171, vcc
	v_cmp_ne_u16_e32 vcc, 3, v169
	s_nop 1
	v_cndmask_b32_e32 v171, v51, v171, vcc
	v_cmp_ne_u16_e32 vcc, 4, v169
	s_nop 1
	v_cndmask_b32_e32 v171, v52, v171, vcc
	v_cmp_ne_u16_e32 vcc, 5, v169
	s_nop 1
	v_cndmask_b32_e32 v171, v54, v171, vcc
	v_cmp_ne_u16_e32 vcc, 6, v169
	s_nop 1
	v_cndmask_b32_e32 v171, v55, v171, vcc
	v_cmp_ne_u16_e32 vcc, 7, v169
	s_nop 1
	v_cndmask_b32_e32 v169, v19, v171, vcc
	v_or_b32_e32 v169, v169, v170
	v_and_b32_e32 v170, 0x7f, v103
	v_lshlrev_b16_e32 v171, 8, v103
	v_lshlrev_b16_e32 v103, 7, v103
	v_and_b32_e32 v103, 0x3f80, v103
	v_add_u16_e32 v103, 0x2000, v103
	v_cmp_ne_u16_e32 vcc, s0, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v48, v103, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	s_nop 1
	v_cndmask_b32_e32 v103, 0, v103, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v49, v103, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v50, v103, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v51, v103, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v52, v103, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v54, v103, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v103, v55, v103, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	v_and_b32_e32 v170, 0xffff8000, v171
	v_and_b32_e32 v171, 0x7f, v85
	v_cndmask_b32_e32 v103, v19, v103, vcc
	v_or_b32_e32 v103, v103, v170
	v_lshlrev_b16_e32 v170, 8, v85
	v_lshlrev_b16_e32 v85, 7, v85
	v_and_b32_e32 v85, 0x3f80, v85
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e32 vcc, s0, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v48, v85, vcc
	v_cmp_ne_u16_e32 vcc, 0, v171
	s_nop 1
	v_cndmask_b32_e32 v85, 0, v85, vcc
	v_cmp_ne_u16_e32 vcc, 1, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v49, v85, vcc
	v_cmp_ne_u16_e32 vcc, 2, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v50, v85, vcc
	v_cmp_ne_u16_e32 vcc, 3, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v51, v85, vcc
	v_cmp_ne_u16_e32 vcc, 4, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v52, v85, vcc
	v_cmp_ne_u16_e32 vcc, 5, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v54, v85, vcc
	v_cmp_ne_u16_e32 vcc, 6, v171
	s_nop 1
	v_cndmask_b32_e32 v85, v55, v85, vcc
	v_cmp_ne_u16_e32 vcc, s0, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v48, v174, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	s_nop 1
	v_cndmask_b32_e32 v174, 0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v49, v174, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v50, v174, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v51, v174, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v52, v174, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v54, v174, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	s_nop 1
	v_cndmask_b32_e32 v174, v55, v174, vcc
	v_cmp_ne_u16_e32 vcc, 7, v172
	s_nop 1
	v_cndmask_b32_e32 v172, v19, v174, vcc
	v_or_b32_e32 v172, v172, v173
	v_and_b32_sdwa v173, v79, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v173
	v_lshlrev_b16_sdwa v174, v57, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v174, 0xffff8000, v174
	v_cndmask_b32_e32 v175, v48, v175, vcc
	v_cmp_ne_u16_e32 vcc, 0, v173
	s_nop 1
	v_cndmask_b32_e32 v175, 0, v175, vcc
	v_cmp_ne_u16_e32 vcc, 1, v173
	s_nop 1
	v_cndmask_b32_e32 v175, v49, v175, vcc
	v_cmp_ne_u16_e32 vcc, 2, v173
	s_nop 1
	v_cndmask_b32_e32 v175, v50, v175, vcc
	v_cmp_ne_u16_e32 vcc, 3, v173
	s_nop 1
	v_cndmask_b32_e32 v175, v51, v175, vcc
	v_cmp_ne_u16_e32 vcc, 4, v173
	s_nop 1
	v_cndmask_b32_e32 v175, v52, v175, vcc
	v_cmp_ne_u16_e32 vcc, 5, v173
	s_nop 1
	v_cndmask_b32_e32 v175, v54, v175, vcc
	v_cmp_ne_u16_e32 vcc, 6, v173
	s_nop 1
	v_cndmask_b32_e32 v175, v55, v175, vcc
	v_cmp_ne_u16_e32 vcc, 7, v173
	s_nop 1
	v_cndmask_b32_e32 v173, v19, v175, vcc
	v_or_b32_e32 v173, v173, v174
	v_and_b32_e32 v174, 0x7f, v98
	v_lshlrev_b16_e32 v175, 8, v98
	v_lshlrev_b16_e32 v98, 7, v98
	v_and_b32_e32 v98, 0x3f80, v98
	v_add_u16_e32 v98, 0x2000, v98
	v_cmp_ne_u16_e32 vcc, s0, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v48, v98, vcc
	v_cmp_ne_u16_e32 vcc, 0, v174
	s_nop 1
	v_cndmask_b32_e32 v98, 0, v98, vcc
	v_cmp_ne_u16_e32 vcc, 1, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v49, v98, vcc
	v_cmp_ne_u16_e32 vcc, 2, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v50, v98, vcc
	v_cmp_ne_u16_e32 vcc, 3, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v51, v98, vcc
	v_cmp_ne_u16_e32 vcc, 4, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v52, v98, vcc
	v_cmp_ne_u16_e32 vcc, 5, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v54, v98, vcc
	v_cmp_ne_u16_e32 vcc, 6, v174
	s_nop 1
	v_cndmask_b32_e32 v98, v55, v98, vcc
	v_cmp_ne_u16_e32 vcc, 7, v174
	v_and_b32_e32 v174, 0xffff8000, v175
	v_and_b32_e32 v175, 0x7f, v79
	v_cndmask_b32_e32 v98, v19, v98, vcc
	v_or_b32_e32 v98, v98, v174
	v_lshlrev_b16_e32 v174, 8, v79
	v_lshlrev_b16_e32 v79, 7, v79
	v_and_b32_e32 v79, 0x3f80, v79
	v_add_u16_e32 v79, 0x2000, v79
	v_cmp_ne_u16_e32 vcc, s0, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v48, v79, vcc
	v_cmp_ne_u16_e32 vcc, 0, v175
	s_nop 1
	v_cndmask_b32_e32 v79, 0, v79, vcc
	v_cmp_ne_u16_e32 vcc, 1, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v49, v79, vcc
	v_cmp_ne_u16_e32 vcc, 2, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v50, v79, vcc
	v_cmp_ne_u16_e32 vcc, 3, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v51, v79, vcc
	v_cmp_ne_u16_e32 vcc, 4, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v52, v79, vcc
	v_cmp_ne_u16_e32 vcc, 5, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v54, v79, vcc
	v_cmp_ne_u16_e32 vcc, 6, v175
	s_nop 1
	v_cndmask_b32_e32 v79, v55, v79, vcc
	v_cmp_ne_u16_e32 vcc, s0, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v48, v178, vcc
	v_cmp_ne_u16_e32 vcc, 0, v176
	s_nop 1
	v_cndmask_b32_e32 v178, 0, v178, vcc
	v_cmp_ne_u16_e32 vcc, 1, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v49, v178, vcc
	v_cmp_ne_u16_e32 vcc, 2, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v50, v178, vcc
	v_cmp_ne_u16_e32 vcc, 3, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v51, v178, vcc
	v_cmp_ne_u16_e32 vcc, 4, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v52, v178, vcc
	v_cmp_ne_u16_e32 vcc, 5, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v54, v178, vcc
	v_cmp_ne_u16_e32 vcc, 6, v176
	s_nop 1
	v_cndmask_b32_e32 v178, v55, v178, vcc
	v_cmp_ne_u16_e32 vcc, 7, v176
	s_nop 1
	v_cndmask_b32_e32 v176, v19, v178, vcc
	v_or_b32_e32 v176, v176, v177
	v_and_b32_sdwa v177, v78, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v177
	v_lshlrev_b16_sdwa v178, v57, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v178, 0xffff8000, v178
	v_cndmask_b32_e32 v179, v48, v179, vcc
	v_cmp_ne_u16_e32 vcc, 0, v177
	s_nop 1
	v_cndmask_b32_e32 v179, 0, v179, vcc
	v_cmp_ne_u16_e32 vcc, 1, v177
	s_nop 1
	v_cndmask_b32_e32 v179, v49, v179, vcc
	v_cmp_ne_u16_e32 vcc, 2, v177
	s_nop 1
	v_cndmask_b32_e32 v179, v50, v179, vcc
	v_cmp_ne_u16_e32 vcc, 3, v177
	s_nop 1
	v_cndmask_b32_e32 v179, v51, v179, vcc
	v_cmp_ne_u16_e32 vcc, 4, v177
	s_nop 1
	v_cndmask_b32_e32 v179, v52, v179, vcc
	v_cmp_ne_u16_e32 vcc, 5, v177
	s_nop 1
	v_cndmask_b32_e32 v179, v54, v179, vcc
	v_cmp_ne_u16_e32 vcc, 6, v177
	s_nop 1
	v_cndmask_b32_e32 v179, v55, v179, vcc
	v_cmp_ne_u16_e32 vcc, 7, v177
	s_nop 1
	v_cndmask_b32_e32 v177, v19, v179, vcc
	v_or_b32_e32 v177, v177, v178
	v_and_b32_e32 v178, 0x7f, v92
	v_lshlrev_b16_e32 v179, 8, v92
	v_lshlrev_b16_e32 v92, 7, v92
	v_and_b32_e32 v92, 0x3f80, v92
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e32 vcc, s0, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v48, v92, vcc
	v_cmp_ne_u16_e32 vcc, 0, v178
	s_nop 1
	v_cndmask_b32_e32 v92, 0, v92, vcc
	v_cmp_ne_u16_e32 vcc, 1, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v49, v92, vcc
	v_cmp_ne_u16_e32 vcc, 2, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v50, v92, vcc
	v_cmp_ne_u16_e32 vcc, 3, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v51, v92, vcc
	v_cmp_ne_u16_e32 vcc, 4, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v52, v92, vcc
	v_cmp_ne_u16_e32 vcc, 5, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v54, v92, vcc
	v_cmp_ne_u16_e32 vcc, 6, v178
	s_nop 1
	v_cndmask_b32_e32 v92, v55, v92, vcc
	v_cmp_ne_u16_e32 vcc, 7, v178
	v_and_b32_e32 v178, 0xffff8000, v179
	v_and_b32_e32 v179, 0x7f, v78
	v_cndmask_b32_e32 v92, v19, v92, vcc
	v_or_b32_e32 v92, v92, v178
	v_lshlrev_b16_e32 v178, 8, v78
	v_lshlrev_b16_e32 v78, 7, v78
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e32 vcc, s0, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v48, v78, vcc
	v_cmp_ne_u16_e32 vcc, 0, v179
	s_nop 1
	v_cndmask_b32_e32 v78, 0, v78, vcc
	v_cmp_ne_u16_e32 vcc, 1, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v49, v78, vcc
	v_cmp_ne_u16_e32 vcc, 2, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v50, v78, vcc
	v_cmp_ne_u16_e32 vcc, 3, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v51, v78, vcc
	v_cmp_ne_u16_e32 vcc, 4, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v52, v78, vcc
	v_cmp_ne_u16_e32 vcc, 5, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v54, v78, vcc
	v_cmp_ne_u16_e32 vcc, 6, v179
	s_nop 1
	v_cndmask_b32_e32 v78, v55, v78, vcc
	v_cmp_ne_u16_e32 vcc, s0, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v48, v182, vcc
	v_cmp_ne_u16_e32 vcc, 0, v180
	s_nop 1
	v_cndmask_b32_e32 v182, 0, v182, vcc
	v_cmp_ne_u16_e32 vcc, 1, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v49, v182, vcc
	v_cmp_ne_u16_e32 vcc, 2, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v50, v182, vcc
	v_cmp_ne_u16_e32 vcc, 3, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v51, v182, vcc
	v_cmp_ne_u16_e32 vcc, 4, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v52, v182, vcc
	v_cmp_ne_u16_e32 vcc, 5, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v54, v182, vcc
	v_cmp_ne_u16_e32 vcc, 6, v180
	s_nop 1
	v_cndmask_b32_e32 v182, v55, v182, vcc
	v_cmp_ne_u16_e32 vcc, 7, v180
	s_nop 1
	v_cndmask_b32_e32 v180, v19, v182, vcc
	v_or_b32_e32 v180, v180, v181
	v_and_b32_sdwa v181, v77, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v181
	v_lshlrev_b16_sdwa v182, v57, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v182, 0xffff8000, v182
	v_cndmask_b32_e32 v183, v48, v183, vcc
	v_cmp_ne_u16_e32 vcc, 0, v181
	s_nop 1
	v_cndmask_b32_e32 v183, 0, v183, vcc
	v_cmp_ne_u16_e32 vcc, 1, v181
	s_nop 1
	v_cndmask_b32_e32 v183, v49, v183, vcc
	v_cmp_ne_u16_e32 vcc, 2, v181
	s_nop 1
	v_cndmask_b32_e32 v183, v50, v183, vcc
	v_cmp_ne_u16_e32 vcc, 3, v181
	s_nop 1
	v_cndmask_b32_e32 v183, v51, v183, vcc
	v_cmp_ne_u16_e32 vcc, 4, v181
	s_nop 1
	v_cndmask_b32_e32 v183, v52, v183, vcc
	v_cmp_ne_u16_e32 vcc, 5, v181
	s_nop 1
	v_cndmask_b32_e32 v183, v54, v183, vcc
	v_cmp_ne_u16_e32 vcc, 6, v181
	s_nop 1
	v_cndmask_b32_e32 v183, v55, v183, vcc
	v_cmp_ne_u16_e32 vcc, 7, v181
	s_nop 1
	v_cndmask_b32_e32 v181, v19, v183, vcc
	v_or_b32_e32 v181, v181, v182
	v_and_b32_e32 v182, 0x7f, v86
	v_lshlrev_b16_e32 v183, 8, v86
	v_lshlrev_b16_e32 v86, 7, v86
	v_and_b32_e32 v86, 0x3f80, v86
	v_add_u16_e32 v86, 0x2000, v86
	v_cmp_ne_u16_e32 vcc, s0, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v48, v86, vcc
	v_cmp_ne_u16_e32 vcc, 0, v182
	s_nop 1
	v_cndmask_b32_e32 v86, 0, v86, vcc
	v_cmp_ne_u16_e32 vcc, 1, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v49, v86, vcc
	v_cmp_ne_u16_e32 vcc, 2, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v50, v86, vcc
	v_cmp_ne_u16_e32 vcc, 3, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v51, v86, vcc
	v_cmp_ne_u16_e32 vcc, 4, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v52, v86, vcc
	v_cmp_ne_u16_e32 vcc, 5, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v54, v86, vcc
	v_cmp_ne_u16_e32 vcc, 6, v182
	s_nop 1
	v_cndmask_b32_e32 v86, v55, v86, vcc
	v_cmp_ne_u16_e32 vcc, 7, v182
	v_and_b32_e32 v182, 0xffff8000, v183
	v_and_b32_e32 v183, 0x7f, v77
	v_cndmask_b32_e32 v86, v19, v86, vcc
	v_or_b32_e32 v86, v86, v182
	v_lshlrev_b16_e32 v182, 8, v77
	v_lshlrev_b16_e32 v77, 7, v77
	v_and_b32_e32 v77, 0x3f80, v77
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e32 vcc, s0, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v48, v77, vcc
	v_cmp_ne_u16_e32 vcc, 0, v183
	s_nop 1
	v_cndmask_b32_e32 v77, 0, v77, vcc
	v_cmp_ne_u16_e32 vcc, 1, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v49, v77, vcc
	v_cmp_ne_u16_e32 vcc, 2, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v50, v77, vcc
	v_cmp_ne_u16_e32 vcc, 3, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v51, v77, vcc
	v_cmp_ne_u16_e32 vcc, 4, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v52, v77, vcc
	v_cmp_ne_u16_e32 vcc, 5, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v54, v77, vcc
	v_cmp_ne_u16_e32 vcc, 6, v183
	s_nop 1
	v_cndmask_b32_e32 v77, v55, v77, vcc
	v_cmp_ne_u16_e32 vcc, s0, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v48, v186, vcc
	v_cmp_ne_u16_e32 vcc, 0, v184
	s_nop 1
	v_cndmask_b32_e32 v186, 0, v186, vcc
	v_cmp_ne_u16_e32 vcc, 1, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v49, v186, vcc
	v_cmp_ne_u16_e32 vcc, 2, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v50, v186, vcc
	v_cmp_ne_u16_e32 vcc, 3, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v51, v186, vcc
	v_cmp_ne_u16_e32 vcc, 4, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v52, v186, vcc
	v_cmp_ne_u16_e32 vcc, 5, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v54, v186, vcc
	v_cmp_ne_u16_e32 vcc, 6, v184
	s_nop 1
	v_cndmask_b32_e32 v186, v55, v186, vcc
	v_cmp_ne_u16_e32 vcc, 7, v184
	s_nop 1
	v_cndmask_b32_e32 v184, v19, v186, vcc
	v_or_b32_e32 v184, v184, v185
	v_and_b32_sdwa v185, v76, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v185
	v_lshlrev_b16_sdwa v186, v57, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v186, 0xffff8000, v186
	v_cndmask_b32_e32 v187, v48, v187, vcc
	v_cmp_ne_u16_e32 vcc, 0, v185
	s_nop 1
	v_cndmask_b32_e32 v187, 0, v187, vcc
	v_cmp_ne_u16_e32 vcc, 1, v185
	s_nop 1
	v_cndmask_b32_e32 v187, v49, v187, vcc
	v_cmp_ne_u16_e32 vcc, 2, v185
	s_nop 1
	v_cndmask_b32_e32 v187, v50, v187, vcc
	v_cmp_ne_u16_e32 vcc, 3, v185
	s_nop 1
	v_cndmask_b32_e32 v187, v51, v187, vcc
	v_cmp_ne_u16_e32 vcc, 4, v185
	s_nop 1
	v_cndmask_b32_e32 v187, v52, v187, vcc
	v_cmp_ne_u16_e32 vcc, 5, v185
	s_nop 1
	v_cndmask_b32_e32 v187, v54, v187, vcc
	v_cmp_ne_u16_e32 vcc, 6, v185
	s_nop 1
	v_cndmask_b32_e32 v187, v55, v187, vcc
	v_cmp_ne_u16_e32 vcc, 7, v185
	s_nop 1
	v_cndmask_b32_e32 v185, v19, v187, vcc
	v_or_b32_e32 v185, v185, v186
	v_and_b32_e32 v186, 0x7f, v80
	v_lshlrev_b16_e32 v187, 8, v80
	v_lshlrev_b16_e32 v80, 7, v80
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e32 vcc, s0, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v48, v80, vcc
	v_cmp_ne_u16_e32 vcc, 0, v186
	s_nop 1
	v_cndmask_b32_e32 v80, 0, v80, vcc
	v_cmp_ne_u16_e32 vcc, 1, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v49, v80, vcc
	v_cmp_ne_u16_e32 vcc, 2, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v50, v80, vcc
	v_cmp_ne_u16_e32 vcc, 3, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v51, v80, vcc
	v_cmp_ne_u16_e32 vcc, 4, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v52, v80, vcc
	v_cmp_ne_u16_e32 vcc, 5, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v54, v80, vcc
	v_cmp_ne_u16_e32 vcc, 6, v186
	s_nop 1
	v_cndmask_b32_e32 v80, v55, v80, vcc
	v_cmp_ne_u16_e32 vcc, 7, v186
	v_and_b32_e32 v186, 0xffff8000, v187
	v_and_b32_e32 v187, 0x7f, v76
	v_cndmask_b32_e32 v80, v19, v80, vcc
	v_or_b32_e32 v80, v80, v186
	v_lshlrev_b16_e32 v186, 8, v76
	v_lshlrev_b16_e32 v76, 7, v76
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e32 vcc, s0, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v48, v76, vcc
	v_cmp_ne_u16_e32 vcc, 0, v187
	s_nop 1
	v_cndmask_b32_e32 v76, 0, v76, vcc
	v_cmp_ne_u16_e32 vcc, 1, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v49, v76, vcc
	v_cmp_ne_u16_e32 vcc, 2, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v50, v76, vcc
	v_cmp_ne_u16_e32 vcc, 3, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v51, v76, vcc
	v_cmp_ne_u16_e32 vcc, 4, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v52, v76, vcc
	v_cmp_ne_u16_e32 vcc, 5, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v54, v76, vcc
	v_cmp_ne_u16_e32 vcc, 6, v187
	s_nop 1
	v_cndmask_b32_e32 v76, v55, v76, vcc
	v_cmp_ne_u16_e32 vcc, s0, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v48, v190, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	s_nop 1
	v_cndmask_b32_e32 v190, 0, v190, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v49, v190, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v50, v190, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v51, v190, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v52, v190, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v54, v190, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	s_nop 1
	v_cndmask_b32_e32 v190, v55, v190, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	s_nop 1
	v_cndmask_b32_e32 v188, v19, v190, vcc
	v_or_b32_e32 v188, v188, v189
	v_and_b32_sdwa v189, v75, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v189
	v_lshlrev_b16_sdwa v190, v57, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v190, 0xffff8000, v190
	v_cndmask_b32_e32 v191, v48, v191, vcc
	v_cmp_ne_u16_e32 vcc, 0, v189
	s_nop 1
	v_cndmask_b32_e32 v191, 0, v191, vcc
	v_cmp_ne_u16_e32 vcc, 1, v189
	s_nop 1
	v_cndmask_b32_e32 v191, v49, v191, vcc
	v_cmp_ne_u16_e32 vcc, 2, v189
	s_nop 1
	v_cndmask_b32_e32 v191, v50, v191, vcc
	v_cmp_ne_u16_e32 vcc, 3, v189
	s_nop 1
	v_cndmask_b32_e32 v191, v51, v191, vcc
	v_cmp_ne_u16_e32 vcc, 4, v189
	s_nop 1
	v_cndmask_b32_e32 v191, v52, v191, vcc
	v_cmp_ne_u16_e32 vcc, 5, v189
	s_nop 1
	v_cndmask_b32_e32 v191, v54, v191, vcc
	v_cmp_ne_u16_e32 vcc, 6, v189
	s_nop 1
	v_cndmask_b32_e32 v191, v55, v191, vcc
	v_cmp_ne_u16_e32 vcc, 7, v189
	s_nop 1
	v_cndmask_b32_e32 v189, v19, v191, vcc
	v_or_b32_e32 v189, v189, v190
	v_and_b32_e32 v190, 0x7f, v70
	v_lshlrev_b16_e32 v191, 8, v70
	v_lshlrev_b16_e32 v70, 7, v70
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s0, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v48, v70, vcc
	v_cmp_ne_u16_e32 vcc, 0, v190
	s_nop 1
	v_cndmask_b32_e32 v70, 0, v70, vcc
	v_cmp_ne_u16_e32 vcc, 1, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v49, v70, vcc
	v_cmp_ne_u16_e32 vcc, 2, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v50, v70, vcc
	v_cmp_ne_u16_e32 vcc, 3, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v51, v70, vcc
	v_cmp_ne_u16_e32 vcc, 4, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v52, v70, vcc
	v_cmp_ne_u16_e32 vcc, 5, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v54, v70, vcc
	v_cmp_ne_u16_e32 vcc, 6, v190
	s_nop 1
	v_cndmask_b32_e32 v70, v55, v70, vcc
	v_cmp_ne_u16_e32 vcc, 7, v190
	v_and_b32_e32 v190, 0xffff8000, v191
	v_lshlrev_b16_e32 v191, 8, v75
	v_cndmask_b32_e32 v70, v19, v70, vcc
	v_or_b32_e32 v70, v70, v190
	v_and_b32_e32 v190, 0x7f, v75
	v_lshlrev_b16_e32 v75, 7, v75
	v_and_b32_e32 v75, 0x3f80, v75
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e32 vcc, s0, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v48, v75, vcc
	v_cmp_ne_u16_e32 vcc, 0, v190
	s_nop 1
	v_cndmask_b32_e32 v75, 0, v75, vcc
	v_cmp_ne_u16_e32 vcc, 1, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v49, v75, vcc
	v_cmp_ne_u16_e32 vcc, 2, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v50, v75, vcc
	v_cmp_ne_u16_e32 vcc, 3, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v51, v75, vcc
	v_cmp_ne_u16_e32 vcc, 4, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v52, v75, vcc
	v_cmp_ne_u16_e32 vcc, 5, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v54, v75, vcc
	v_cmp_ne_u16_e32 vcc, 6, v190
	s_nop 1
	v_cndmask_b32_e32 v75, v55, v75, vcc
	v_cmp_ne_u16_e32 vcc, s0, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v48, v194, vcc
	v_cmp_ne_u16_e32 vcc, 0, v192
	s_nop 1
	v_cndmask_b32_e32 v194, 0, v194, vcc
	v_cmp_ne_u16_e32 vcc, 1, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v49, v194, vcc
	v_cmp_ne_u16_e32 vcc, 2, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v50, v194, vcc
	v_cmp_ne_u16_e32 vcc, 3, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v51, v194, vcc
	v_cmp_ne_u16_e32 vcc, 4, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v52, v194, vcc
	v_cmp_ne_u16_e32 vcc, 5, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v54, v194, vcc
	v_cmp_ne_u16_e32 vcc, 6, v192
	s_nop 1
	v_cndmask_b32_e32 v194, v55, v194, vcc
	v_cmp_ne_u16_e32 vcc, 7, v192
	s_nop 1
	v_cndmask_b32_e32 v192, v19, v194, vcc
	v_or_b32_e32 v192, v192, v193
	v_and_b32_sdwa v193, v74, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v193
	v_lshlrev_b16_sdwa v194, v57, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v194, 0xffff8000, v194
	v_cndmask_b32_e32 v195, v48, v195, vcc
	v_cmp_ne_u16_e32 vcc, 0, v193
	s_nop 1
	v_cndmask_b32_e32 v195, 0, v195, vcc
	v_cmp_ne_u16_e32 vcc, 1, v193
	s_nop 1
	v_cndmask_b32_e32 v195, v49, v195, vcc
	v_cmp_ne_u16_e32 vcc, 2, v193
	s_nop 1
	v_cndmask_b32_e32 v195, v50, v195, vcc
	v_cmp_ne_u16_e32 vcc, 3, v193
	s_nop 1
	v_cndmask_b32_e32 v195, v51, v195, vcc
	v_cmp_ne_u16_e32 vcc, 4, v193
	s_nop 1
	v_cndmask_b32_e32 v195, v52, v195, vcc
	v_cmp_ne_u16_e32 vcc, 5, v193
	s_nop 1
	v_cndmask_b32_e32 v195, v54, v195, vcc
	v_cmp_ne_u16_e32 vcc, 6, v193
	s_nop 1
	v_cndmask_b32_e32 v195, v55, v195, vcc
	v_cmp_ne_u16_e32 vcc, 7, v193
	s_nop 1
	v_cndmask_b32_e32 v193, v19, v195, vcc
	v_or_b32_e32 v193, v193, v194
	v_and_b32_e32 v194, 0x7f, v65
	v_lshlrev_b16_e32 v195, 8, v65
	v_lshlrev_b16_e32 v65, 7, v65
	v_and_b32_e32 v65, 0x3f80, v65
	v_add_u16_e32 v65, 0x2000, v65
	v_cmp_ne_u16_e32 vcc, s0, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v48, v65, vcc
	v_cmp_ne_u16_e32 vcc, 0, v194
	s_nop 1
	v_cndmask_b32_e32 v65, 0, v65, vcc
	v_cmp_ne_u16_e32 vcc, 1, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v49, v65, vcc
	v_cmp_ne_u16_e32 vcc, 2, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v50, v65, vcc
	v_cmp_ne_u16_e32 vcc, 3, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v51, v65, vcc
	v_cmp_ne_u16_e32 vcc, 4, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v52, v65, vcc
	v_cmp_ne_u16_e32 vcc, 5, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v54, v65, vcc
	v_cmp_ne_u16_e32 vcc, 6, v194
	s_nop 1
	v_cndmask_b32_e32 v65, v55, v65, vcc
	v_cmp_ne_u16_e32 vcc, 7, v194
	v_and_b32_e32 v194, 0xffff8000, v195
	v_lshlrev_b16_e32 v195, 8, v74
	v_cndmask_b32_e32 v65, v19, v65, vcc
	v_or_b32_e32 v65, v65, v194
	v_and_b32_e32 v194, 0x7f, v74
	v_lshlrev_b16_e32 v74, 7, v74
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e32 vcc, s0, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v48, v74, vcc
	v_cmp_ne_u16_e32 vcc, 0, v194
	s_nop 1
	v_cndmask_b32_e32 v74, 0, v74, vcc
	v_cmp_ne_u16_e32 vcc, 1, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v49, v74, vcc
	v_cmp_ne_u16_e32 vcc, 2, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v50, v74, vcc
	v_cmp_ne_u16_e32 vcc, 3, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v51, v74, vcc
	v_cmp_ne_u16_e32 vcc, 4, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v52, v74, vcc
	v_cmp_ne_u16_e32 vcc, 5, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v54, v74, vcc
	v_cmp_ne_u16_e32 vcc, 6, v194
	s_nop 1
	v_cndmask_b32_e32 v74, v55, v74, vcc
	v_cmp_ne_u16_e32 vcc, s0, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v48, v198, vcc
	v_cmp_ne_u16_e32 vcc, 0, v196
	s_nop 1
	v_cndmask_b32_e32 v198, 0, v198, vcc
	v_cmp_ne_u16_e32 vcc, 1, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v49, v198, vcc
	v_cmp_ne_u16_e32 vcc, 2, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v50, v198, vcc
	v_cmp_ne_u16_e32 vcc, 3, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v51, v198, vcc
	v_cmp_ne_u16_e32 vcc, 4, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v52, v198, vcc
	v_cmp_ne_u16_e32 vcc, 5, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v54, v198, vcc
	v_cmp_ne_u16_e32 vcc, 6, v196
	s_nop 1
	v_cndmask_b32_e32 v198, v55, v198, vcc
	v_cmp_ne_u16_e32 vcc, 7, v196
	s_nop 1
	v_cndmask_b32_e32 v196, v19, v198, vcc
	v_or_b32_e32 v196, v196, v197
	v_and_b32_sdwa v197, v37, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v197
	v_lshlrev_b16_sdwa v198, v57, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v198, 0xffff8000, v198
	v_cndmask_b32_e32 v199, v48, v199, vcc
	v_cmp_ne_u16_e32 vcc, 0, v197
	v_lshlrev_b16_sdwa v57, v57, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v57, 0xffff8000, v57
	v_cndmask_b32_e32 v199, 0, v199, vcc
	v_cmp_ne_u16_e32 vcc, 1, v197
	s_nop 1
	v_cndmask_b32_e32 v199, v49, v199, vcc
	v_cmp_ne_u16_e32 vcc, 2, v197
	s_nop 1
	v_cndmask_b32_e32 v199, v50, v199, vcc
	v_cmp_ne_u16_e32 vcc, 3, v197
	s_nop 1
	v_cndmask_b32_e32 v199, v51, v199, vcc
	v_cmp_ne_u16_e32 vcc, 4, v197
	s_nop 1
	v_cndmask_b32_e32 v199, v52, v199, vcc
	v_cmp_ne_u16_e32 vcc, 5, v197
	s_nop 1
	v_cndmask_b32_e32 v199, v54, v199, vcc
	v_cmp_ne_u16_e32 vcc, 6, v197
	s_nop 1
	v_cndmask_b32_e32 v199, v55, v199, vcc
	v_cmp_ne_u16_e32 vcc, 7, v197
	s_nop 1
	v_cndmask_b32_e32 v197, v19, v199, vcc
	v_or_b32_e32 v197, v197, v198
	v_and_b32_e32 v198, 0x7f, v60
	v_lshlrev_b16_e32 v199, 8, v60
	v_lshlrev_b16_e32 v60, 7, v60
	v_and_b32_e32 v60, 0x3f80, v60
	v_add_u16_e32 v60, 0x2000, v60
	v_cmp_ne_u16_e32 vcc, s0, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v48, v60, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	s_nop 1
	v_cndmask_b32_e32 v60, 0, v60, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v49, v60, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v50, v60, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v51, v60, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v52, v60, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v54, v60, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	s_nop 1
	v_cndmask_b32_e32 v60, v55, v60, vcc
	v_cmp_ne_u16_e32 vcc, 7, v198
	v_and_b32_e32 v198, 0xffff8000, v199
	v_lshlrev_b16_e32 v199, 8, v37
	v_cndmask_b32_e32 v60, v19, v60, vcc
	v_or_b32_e32 v60, v60, v198
	v_and_b32_e32 v198, 0x7f, v37
	v_lshlrev_b16_e32 v37, 7, v37
	v_and_b32_e32 v37, 0x3f80, v37
	v_add_u16_e32 v37, 0x2000, v37
	v_cmp_ne_u16_e32 vcc, s0, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v48, v37, vcc
	v_cmp_ne_u16_e32 vcc, 0, v198
	s_nop 1
	v_cndmask_b32_e32 v37, 0, v37, vcc
	v_cmp_ne_u16_e32 vcc, 1, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v49, v37, vcc
	v_cmp_ne_u16_e32 vcc, 2, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v50, v37, vcc
	v_cmp_ne_u16_e32 vcc, 3, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v51, v37, vcc
	v_cmp_ne_u16_e32 vcc, 4, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v52, v37, vcc
	v_cmp_ne_u16_e32 vcc, 5, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v54, v37, vcc
	v_cmp_ne_u16_e32 vcc, 6, v198
	s_nop 1
	v_cndmask_b32_e32 v37, v55, v37, vcc
	v_cmp_ne_u16_e32 vcc, s0, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v48, v202, vcc
	v_cmp_ne_u16_e32 vcc, 0, v200
	s_nop 1
	v_cndmask_b32_e32 v202, 0, v202, vcc
	v_cmp_ne_u16_e32 vcc, 1, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v49, v202, vcc
	v_cmp_ne_u16_e32 vcc, 2, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v50, v202, vcc
	v_cmp_ne_u16_e32 vcc, 3, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v51, v202, vcc
	v_cmp_ne_u16_e32 vcc, 4, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v52, v202, vcc
	v_cmp_ne_u16_e32 vcc, 5, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v54, v202, vcc
	v_cmp_ne_u16_e32 vcc, 6, v200
	s_nop 1
	v_cndmask_b32_e32 v202, v55, v202, vcc
	v_cmp_ne_u16_e32 vcc, 7, v200
	s_nop 1
	v_cndmask_b32_e32 v200, v19, v202, vcc
	v_or_b32_e32 v200, v200, v201
	v_and_b32_sdwa v201, v18, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v48, v58, vcc
	v_cmp_ne_u16_e32 vcc, 0, v201
	s_nop 1
	v_cndmask_b32_e32 v58, 0, v58, vcc
	v_cmp_ne_u16_e32 vcc, 1, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v49, v58, vcc
	v_cmp_ne_u16_e32 vcc, 2, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v50, v58, vcc
	v_cmp_ne_u16_e32 vcc, 3, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v51, v58, vcc
	v_cmp_ne_u16_e32 vcc, 4, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v52, v58, vcc
	v_cmp_ne_u16_e32 vcc, 5, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v54, v58, vcc
	v_cmp_ne_u16_e32 vcc, 6, v201
	s_nop 1
	v_cndmask_b32_e32 v58, v55, v58, vcc
	v_cmp_ne_u16_e32 vcc, 7, v201
	v_lshlrev_b16_e32 v201, 8, v47
	s_nop 0
	v_cndmask_b32_e32 v58, v19, v58, vcc
	v_or_b32_e32 v57, v58, v57
	v_and_b32_e32 v58, 0x7f, v47
	v_lshlrev_b16_e32 v47, 7, v47
	v_and_b32_e32 v47, 0x3f80, v47
	v_add_u16_e32 v47, 0x2000, v47
	v_cmp_ne_u16_e32 vcc, s0, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v48, v47, vcc
	v_cmp_ne_u16_e32 vcc, 0, v58
	s_nop 1
	v_cndmask_b32_e32 v47, 0, v47, vcc
	v_cmp_ne_u16_e32 vcc, 1, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v49, v47, vcc
	v_cmp_ne_u16_e32 vcc, 2, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v50, v47, vcc
	v_cmp_ne_u16_e32 vcc, 3, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v51, v47, vcc
	v_cmp_ne_u16_e32 vcc, 4, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v52, v47, vcc
	v_cmp_ne_u16_e32 vcc, 5, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v54, v47, vcc
	v_cmp_ne_u16_e32 vcc, 6, v58
	s_nop 1
	v_cndmask_b32_e32 v47, v55, v47, vcc
	v_cmp_ne_u16_e32 vcc, 7, v58
	v_and_b32_e32 v58, 0xffff8000, v201
	v_lshlrev_b16_e32 v201, 8, v18
	v_cndmask_b32_e32 v47, v19, v47, vcc
	v_or_b32_e32 v47, v47, v58
	v_and_b32_e32 v58, 0x7f, v18
	v_lshlrev_b16_e32 v18, 7, v18
	v_and_b32_e32 v18, 0x3f80, v18
	v_add_u16_e32 v18, 0x2000, v18
	v_cmp_ne_u16_e32 vcc, s0, v58
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_mov_b32 s0, 0x5040100
	v_perm_b32 v44, v43, v44, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v48, v18, vcc
	v_cmp_ne_u16_e32 vcc, 0, v58
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v48, v145, v147, s0
	v_perm_b32 v43, v140, v142, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, 0, v18, vcc
	v_cmp_ne_u16_e32 vcc, 1, v58
	s_nop 1
	v_cndmask_b32_e32 v18, v49, v18, vcc
	v_cmp_ne_u16_e32 vcc, 2, v58
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v49, v141, v143, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v18, v50, v18, vcc
	v_cmp_ne_u16_e32 vcc, 3, v58
	v_and_b32_e32 v50, 0xffff8000, v201
	s_nop 0
	v_cndmask_b32_e32 v18, v51, v18, vcc
	v_cmp_ne_u16_e32 vcc, 4, v58
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v51, v200, v57, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_nop 0
	v_cndmask_b32_e32 v18, v52, v18, vcc
	v_cmp_ne_u16_e32 vcc, 5, v58
	s_nop 1
	v_cndmask_b32_e32 v18, v54, v18, vcc
	v_cmp_ne_u16_e32 vcc, 6, v58
	s_nop 1
	v_cndmask_b32_e32 v18, v55, v18, vcc
	v_cmp_ne_u16_e32 vcc, 7, v58
	s_nop 1
	v_cndmask_b32_e32 v18, v19, v18, vcc
	v_or_b32_e32 v18, v18, v50
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v47, v18, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v198
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v47, v148, v149, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], 0
	v_perm_b32 v48, v133, v134, s0
	v_perm_b32 v49, v129, v132, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v37, vcc
	v_and_b32_e32 v37, 0xffff8000, v199
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v60, v18, s0
	v_perm_b32 v51, v196, v197, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v194
	v_and_b32_e32 v37, 0xffff8000, v195
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v127, v128, s0
	v_perm_b32 v49, v123, v125, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v74, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v65, v18, s0
	v_perm_b32 v51, v192, v193, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v190
	v_and_b32_e32 v37, 0xffff8000, v191
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v121, v122, s0
	v_perm_b32 v49, v117, v118, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v75, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v70, v18, s0
	v_perm_b32 v51, v188, v189, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v187
	v_and_b32_e32 v37, 0xffff8000, v186
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v115, v116, s0
	v_perm_b32 v49, v111, v112, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v76, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v80, v18, s0
	v_perm_b32 v51, v184, v185, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v183
	v_and_b32_e32 v37, 0xffff8000, v182
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v108, v110, s0
	v_perm_b32 v49, v105, v106, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v77, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v86, v18, s0
	v_perm_b32 v51, v180, v181, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v179
	v_and_b32_e32 v37, 0xffff8000, v178
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v101, v104, s0
	v_perm_b32 v49, v99, v100, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v78, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v92, v18, s0
	v_perm_b32 v51, v176, v177, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v175
	v_and_b32_e32 v37, 0xffff8000, v174
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v95, v97, s0
	v_perm_b32 v49, v93, v94, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v79, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v98, v18, s0
	v_perm_b32 v51, v172, v173, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v171
	v_and_b32_e32 v37, 0xffff8000, v170
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v89, v91, s0
	v_perm_b32 v49, v87, v88, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v85, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v103, v18, s0
	v_perm_b32 v51, v168, v169, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v167
	v_and_b32_e32 v37, 0xffff8000, v166
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v83, v84, s0
	v_perm_b32 v49, v81, v82, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v90, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v109, v18, s0
	v_perm_b32 v51, v164, v165, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v163
	v_and_b32_e32 v37, 0xffff8000, v162
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v72, v73, s0
	v_perm_b32 v49, v69, v71, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v96, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v114, v18, s0
	v_perm_b32 v51, v160, v161, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v159
	v_and_b32_e32 v37, 0xffff8000, v158
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v67, v68, s0
	v_perm_b32 v49, v64, v66, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v102, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v120, v18, s0
	v_perm_b32 v51, v156, v157, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v155
	v_and_b32_e32 v37, 0xffff8000, v154
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v62, v63, s0
	v_perm_b32 v49, v59, v61, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v107, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v50, v126, v18, s0
	v_perm_b32 v51, v152, v153, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v151
	v_and_b32_e32 v37, 0xffff8000, v150
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[50:51], a[0:15]
	v_perm_b32 v48, v53, v56, s0
	v_perm_b32 v49, v45, v46, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v18, v19, v113, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v46, v130, v18, s0
	v_perm_b32 v45, v41, v42, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v146
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[46:47], a[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v37, 0xffff8000, v144
	v_cndmask_b32_e32 v18, v19, v119, vcc
	v_or_b32_e32 v18, v18, v37
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v42, v139, v18, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cmp_ne_u16_e32 vcc, 7, v138
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v18, v39, v40, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[44:45], v[42:43], a[0:15]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_cndmask_b32_e32 v37, v19, v124, vcc
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v19, v36, v38, s0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v36, 0xffff8000, v137
	v_or_b32_e32 v36, v37, v36
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_perm_b32 v36, v136, v36, s0
	v_perm_b32 v37, v131, v135, s0
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[18:19], v[36:37], a[0:15]
.LBB0_44:
	.loc	1 0 25 is_stmt 0                ; w8a8_gemm.py:0:25
	v_accvgpr_read_b32 v54, a19
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v18, s4, v54
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_accvgpr_read_b32 v56, a20
	v_lshl_add_u64 v[18:19], v[18:19], 1, s[6:7]
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_ashrrev_i32_e32 v57, 31, v56
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v54
	.loc	1 57 58 is_stmt 0               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e32 vcc, s13, v56
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_nop 1
	v_accvgpr_read_b32 v51, a3
	v_accvgpr_read_b32 v50, a2
	v_accvgpr_read_b32 v53, a1
	v_accvgpr_read_b32 v52, a0
	v_accvgpr_read_b32 v47, a7
	v_accvgpr_read_b32 v46, a6
	v_accvgpr_read_b32 v49, a5
	v_accvgpr_read_b32 v48, a4
	v_accvgpr_read_b32 v43, a11
	v_accvgpr_read_b32 v42, a10
	v_accvgpr_read_b32 v45, a9
	v_accvgpr_read_b32 v44, a8
	v_accvgpr_read_b32 v39, a15
	v_accvgpr_read_b32 v38, a14
	v_accvgpr_read_b32 v41, a13
	v_accvgpr_read_b32 v40, a12
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[36:37], v[56:57], 1, v[18:19]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[18:19], v[0:1], v[52:53]
	s_movk_i32 s4, 0x7fff
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[12:13], v[12:13], v[18:19], v[32:33]
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_nop 0
	v_cndmask_b32_e64 v18, v33, v13, s[26:27]
	v_cndmask_b32_e64 v19, v32, v12, s[26:27]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[12:13], v[0:1], v[50:51]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v32, v19, 16, 1
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[12:13], v[34:35], v[12:13], v[30:31]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v33, v18, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v30, v12, s[26:27]
	v_cndmask_b32_e64 v13, v31, v13, s[26:27]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	v_bfe_u32 v30, v12, 16, 1
	v_bfe_u32 v31, v13, 16, 1
	v_add3_u32 v30, v12, v30, s4
	v_cmp_o_f32_e32 vcc, v12, v12
	v_mov_b32_e32 v12, 0x7fff
	v_add3_u32 v31, v13, v31, s4
	v_cndmask_b32_sdwa v30, v12, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v13, v13
	v_add3_u32 v32, v19, v32, s4
	v_add3_u32 v33, v18, v33, s4
	v_cndmask_b32_sdwa v13, v12, v31, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v19, v19
	s_mov_b32 s4, 0x5040100
	v_perm_b32 v13, v13, v30, s4
	v_cndmask_b32_sdwa v19, v12, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v18, v18
	s_nop 1
	v_cndmask_b32_sdwa v12, v12, v33, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v12, v12, v19, s4
	global_store_dwordx2 v[36:37], v[12:13], off
.LBB0_46:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v12, a18
	.loc	1 57 58 is_stmt 1               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e32 vcc, s13, v12
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_48
; %bb.47:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[12:13], v[0:1], v[48:49]
	v_pk_mul_f32 v[18:19], v[0:1], v[46:47]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[10:11], v[10:11], v[12:13], v[28:29]
	s_movk_i32 s4, 0x7fff
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v29, v11, s[26:27]
	v_cndmask_b32_e64 v13, v28, v10, s[26:27]
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[10:11], v[14:15], v[18:19], v[26:27]
	v_bfe_u32 v18, v13, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v26, v10, s[26:27]
	v_cndmask_b32_e64 v11, v27, v11, s[26:27]
	v_bfe_u32 v14, v10, 16, 1
	v_bfe_u32 v15, v11, 16, 1
	v_add3_u32 v14, v10, v14, s4
	v_cmp_o_f32_e32 vcc, v10, v10
	v_mov_b32_e32 v10, 0x7fff
	v_add3_u32 v15, v11, v15, s4
	v_cndmask_b32_sdwa v14, v10, v14, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v11, v11
	v_bfe_u32 v19, v12, 16, 1
	v_add3_u32 v18, v13, v18, s4
	v_cndmask_b32_sdwa v11, v10, v15, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v13, v13
	v_add3_u32 v19, v12, v19, s4
	s_mov_b32 s4, 0x5040100
	v_cndmask_b32_sdwa v13, v10, v18, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v12, v12
	v_perm_b32 v11, v11, v14, s4
	s_nop 0
	v_cndmask_b32_sdwa v10, v10, v19, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v10, v10, v13, s4
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	global_store_dwordx2 v[36:37], v[10:11], off offset:16
.LBB0_48:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v10, a17
	.loc	1 57 58 is_stmt 1               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e32 vcc, s13, v10
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[10:11], v[0:1], v[44:45]
	v_pk_mul_f32 v[12:13], v[0:1], v[42:43]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[6:7], v[6:7], v[10:11], v[24:25]
	s_movk_i32 s4, 0x7fff
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v25, v7, s[26:27]
	v_cndmask_b32_e64 v11, v24, v6, s[26:27]
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[6:7], v[8:9], v[12:13], v[22:23]
	v_bfe_u32 v12, v11, 16, 1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v6, v22, v6, s[26:27]
	v_cndmask_b32_e64 v7, v23, v7, s[26:27]
	v_bfe_u32 v8, v6, 16, 1
	v_bfe_u32 v9, v7, 16, 1
	v_add3_u32 v8, v6, v8, s4
	v_cmp_o_f32_e32 vcc, v6, v6
	v_mov_b32_e32 v6, 0x7fff
	v_bfe_u32 v13, v10, 16, 1
	v_add3_u32 v9, v7, v9, s4
	v_cndmask_b32_sdwa v8, v6, v8, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v7, v7
	v_add3_u32 v13, v10, v13, s4
	v_add3_u32 v12, v11, v12, s4
	v_cndmask_b32_sdwa v7, v6, v9, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	s_mov_b32 s4, 0x5040100
	v_cmp_o_f32_e32 vcc, v11, v11
	v_perm_b32 v7, v7, v8, s4
	s_nop 0
	v_cndmask_b32_sdwa v8, v6, v12, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v10, v10
	s_nop 1
	v_cndmask_b32_sdwa v6, v6, v13, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v6, v6, v8, s4
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	global_store_dwordx2 v[36:37], v[6:7], off offset:32
.LBB0_50:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v6, a16
	.loc	1 57 58 is_stmt 1               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e32 vcc, s13, v6
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_52
; %bb.51:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[6:7], v[0:1], v[40:41]
	v_pk_mul_f32 v[0:1], v[0:1], v[38:39]
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[2:3], v[2:3], v[6:7], v[16:17]
	v_pk_fma_f32 v[0:1], v[4:5], v[0:1], v[20:21]
	s_movk_i32 s0, 0x7fff
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v20, v0, s[26:27]
	v_cndmask_b32_e64 v1, v21, v1, s[26:27]
	v_bfe_u32 v4, v0, 16, 1
	v_cndmask_b32_e64 v2, v16, v2, s[26:27]
	v_bfe_u32 v5, v1, 16, 1
	v_add3_u32 v4, v0, v4, s0
	v_cmp_o_f32_e32 vcc, v0, v0
	v_mov_b32_e32 v0, 0x7fff
	v_cndmask_b32_e64 v3, v17, v3, s[26:27]
	v_bfe_u32 v6, v2, 16, 1
	v_add3_u32 v5, v1, v5, s0
	v_cndmask_b32_sdwa v4, v0, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_bfe_u32 v7, v3, 16, 1
	v_add3_u32 v6, v2, v6, s0
	v_cndmask_b32_sdwa v1, v0, v5, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v2, v2
	v_add3_u32 v7, v3, v7, s0
	s_mov_b32 s0, 0x5040100
	v_cndmask_b32_sdwa v2, v0, v6, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v3, v3
	v_perm_b32 v1, v1, v4, s0
	s_nop 0
	v_cndmask_b32_sdwa v0, v0, v7, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v0, v0, v2, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	global_store_dwordx2 v[36:37], v[0:1], off offset:48
.LBB0_52:
	.loc	1 58 4 is_stmt 0                ; w8a8_gemm.py:58:4
	s_endpgm
.LBB0_53:
	.loc	1 0 4                           ; w8a8_gemm.py:0:4
	s_ashr_i32 s31, s30, 31
	v_lshl_add_u64 v[0:1], s[30:31], 2, v[72:73]
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	global_load_dword v0, v[0:1], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v1, v0
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s2, s30, s33
	.loc	1 48 22 is_stmt 0               ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_ashr_i32 s3, s2, 31
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_cbranch_vccnz .LBB0_25
.LBB0_54:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[70:71]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v12, v[2:3], off
	v_mov_b32_e32 v34, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v13, 0
	s_cbranch_vccnz .LBB0_26
.LBB0_55:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[68:69]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v13, v[2:3], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_27
.LBB0_56:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[66:67]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v34, v[2:3], off
	v_mov_b32_e32 v10, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v35, 0
	s_cbranch_vccnz .LBB0_28
.LBB0_57:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[64:65]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v35, v[2:3], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_29
.LBB0_58:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[62:63]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v10, v[2:3], off
	v_mov_b32_e32 v14, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v11, 0
	s_cbranch_vccnz .LBB0_30
.LBB0_59:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[60:61]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v11, v[2:3], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_31
.LBB0_60:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[58:59]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v14, v[2:3], off
	v_mov_b32_e32 v6, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v15, 0
	s_cbranch_vccnz .LBB0_32
.LBB0_61:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[56:57]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v15, v[2:3], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_33
.LBB0_62:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[54:55]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v6, v[2:3], off
	v_mov_b32_e32 v8, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v7, 0
	s_cbranch_vccnz .LBB0_34
.LBB0_63:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[52:53]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v7, v[2:3], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_35
.LBB0_64:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[50:51]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v8, v[2:3], off
	v_mov_b32_e32 v2, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v9, 0
	s_cbranch_vccnz .LBB0_36
.LBB0_65:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[4:5], s[2:3], 2, v[48:49]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v9, v[4:5], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_37
.LBB0_66:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[2:3], s[2:3], 2, v[46:47]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v2, v[2:3], off
	v_mov_b32_e32 v4, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v3, 0
	s_cbranch_vccnz .LBB0_38
.LBB0_67:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[38:39], s[2:3], 2, v[44:45]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v3, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_39
	s_branch .LBB0_40
.Ltmp6:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel w8a8_block_fp8_matmul
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 80
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
		.amdhsa_next_free_vgpr 302
		.amdhsa_next_free_sgpr 38
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
.Lfunc_end0:
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
                                        ; -- End function
	.set w8a8_block_fp8_matmul.num_vgpr, 256
	.set w8a8_block_fp8_matmul.num_agpr, 46
	.set w8a8_block_fp8_matmul.numbered_sgpr, 38
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 49872
; TotalNumSgprs: 44
; NumVgprs: 256
; NumAgprs: 46
; TotalNumVgprs: 302
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 37
; NumSGPRsForWavesPerEU: 44
; NumVGPRsForWavesPerEU: 302
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
  - .agpr_count:     46
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 80
    .max_flat_workgroup_size: 256
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     44
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uses_dynamic_stack: false
    .vgpr_count:     302
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

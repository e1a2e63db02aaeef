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
; %bb.92:
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
; %bb.93:
.LBB0_0:
.Ltmp1:
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v62, 32, v0
	v_and_b32_e32 v12, 0x80, v0
	.loc	1 32 23 is_stmt 0               ; w8a8_gemm.py:32:23
	s_lshl_b32 s18, s16, 6
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v2, 3, v62
	v_lshrrev_b32_e32 v1, 3, v0
	v_lshrrev_b32_e32 v3, 2, v12
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_abs_i32 s34, s12
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_or_b32 v64, v1, 27, v2
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or3_b32 v111, v2, v3, s18
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cvt_f32_u32_e32 v2, s34
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v4, s18, v64
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s35, s16, 0x10019
	s_sub_i32 s16, 0, s34
	v_rcp_iflag_f32_e32 v2, v2
	v_add_u32_e32 v3, s35, v4
	v_xor_b32_e32 v5, s35, v3
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v110, 1, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v109, 2, v111
	v_or_b32_e32 v108, 3, v111
	v_or_b32_e32 v107, 8, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v4, s16, v2
	v_mul_hi_u32 v4, v2, v4
	v_add_u32_e32 v4, v2, v4
	v_mul_hi_u32 v2, v5, v4
	v_mul_lo_u32 v2, v2, s34
	v_sub_u32_e32 v2, v5, v2
	v_subrev_u32_e32 v5, s34, v2
	v_cmp_le_u32_e32 vcc, s34, v2
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v106, 9, v111
	v_or_b32_e32 v105, 10, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s34, v2
	v_cmp_le_u32_e32 vcc, s34, v2
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v104, 11, v111
	v_or_b32_e32 v103, 16, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_xor_b32_e32 v2, s35, v2
	v_subrev_u32_e32 v7, s35, v2
	v_add_u32_e32 v2, 32, v3
	v_xor_b32_e32 v5, s35, v2
	v_mad_u64_u32 v[2:3], s[18:19], v5, v4, 0
	v_add_u32_e32 v2, s35, v111
	v_xor_b32_e32 v87, s35, v2
	v_add_u32_e32 v2, s35, v110
	v_xor_b32_e32 v86, s35, v2
	v_add_u32_e32 v2, s35, v109
	v_xor_b32_e32 v85, s35, v2
	v_add_u32_e32 v2, s35, v108
	v_xor_b32_e32 v84, s35, v2
	v_add_u32_e32 v2, s35, v107
	v_xor_b32_e32 v83, s35, v2
	v_add_u32_e32 v2, s35, v106
	v_xor_b32_e32 v82, s35, v2
	v_add_u32_e32 v2, s35, v105
	v_xor_b32_e32 v80, s35, v2
	v_add_u32_e32 v2, s35, v104
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v102, 17, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v77, s35, v2
	v_add_u32_e32 v2, s35, v103
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v101, 18, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v76, s35, v2
	v_add_u32_e32 v2, s35, v102
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v100, 19, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v75, s35, v2
	v_add_u32_e32 v2, s35, v101
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v99, 24, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v74, s35, v2
	v_add_u32_e32 v2, s35, v100
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v98, 25, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v73, s35, v2
	v_add_u32_e32 v2, s35, v99
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v97, 26, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v71, s35, v2
	v_add_u32_e32 v2, s35, v98
	v_xor_b32_e32 v70, s35, v2
	v_add_u32_e32 v2, s35, v97
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s36, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v65, s35, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cvt_f32_u32_e32 v2, s36
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v96, 27, v111
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v81, 64, v0
	v_lshlrev_b32_e32 v6, 4, v0
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_rcp_iflag_f32_e32 v2, v2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_u32_e32 v8, s35, v96
	.loc	1 33 23                         ; w8a8_gemm.py:33:23
	s_lshl_b32 s16, s17, 6
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v1, 31, v0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v63, 1, v81
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v66, s35, v8
	.loc	1 33 33 is_stmt 1               ; w8a8_gemm.py:33:33
	v_and_or_b32 v8, v6, 48, s16
	.loc	1 33 58 is_stmt 0               ; w8a8_gemm.py:33:58
	s_bfe_i32 s37, s17, 0x10019
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or3_b32 v18, s16, v1, v63
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v8, s37, v8
	s_sub_i32 s16, 0, s36
	v_xor_b32_e32 v13, s37, v8
	v_mul_lo_u32 v8, s16, v2
	v_mul_hi_u32 v8, v2, v8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22 is_stmt 1               ; standard.py:40:22 @[ w8a8_gemm.py:42:33 ]
	s_add_i32 s31, s14, 0x7f
.Ltmp3:
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v14, v2, v8
	v_add_u32_e32 v2, s37, v18
	.loc	1 35 59                         ; w8a8_gemm.py:35:59
	v_and_b32_e32 v20, 0x70, v6
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s31, 0x7f
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v67, s37, v2
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v50, v7, s15
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mov_b32_e32 v2, 0
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_cselect_b64 s[26:27], -1, 0
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s14, v20
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v51, 31, v50
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mov_b32_e32 v21, v2
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b64 s[16:17], vcc, s[26:27]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mad_u64_u32 v[10:11], s[18:19], v13, v14, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[50:51]
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[20:21]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[6:9], v[6:7], off
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v3, v3, s34
	v_sub_u32_e32 v3, v5, v3
	v_mad_u64_u32 v[60:61], s[18:19], v87, v4, 0
	v_mad_u64_u32 v[58:59], s[18:19], v86, v4, 0
	v_mad_u64_u32 v[56:57], s[18:19], v85, v4, 0
	v_mad_u64_u32 v[54:55], s[18:19], v84, v4, 0
	v_mad_u64_u32 v[52:53], s[18:19], v83, v4, 0
	v_mad_u64_u32 v[48:49], s[18:19], v82, v4, 0
	v_mad_u64_u32 v[46:47], s[18:19], v80, v4, 0
	v_mad_u64_u32 v[44:45], s[18:19], v77, v4, 0
	v_mad_u64_u32 v[42:43], s[18:19], v76, v4, 0
	v_mad_u64_u32 v[40:41], s[18:19], v75, v4, 0
	v_mad_u64_u32 v[38:39], s[18:19], v74, v4, 0
	v_mad_u64_u32 v[36:37], s[18:19], v73, v4, 0
	v_mad_u64_u32 v[34:35], s[18:19], v71, v4, 0
	v_mad_u64_u32 v[32:33], s[18:19], v70, v4, 0
	v_mad_u64_u32 v[30:31], s[18:19], v65, v4, 0
	v_mad_u64_u32 v[28:29], s[18:19], v66, v4, 0
	v_subrev_u32_e32 v4, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_load_dword s33, s[0:1], 0x38
	v_mad_u64_u32 v[22:23], s[18:19], v67, v14, 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	v_mov_b32_e32 v5, 0
	s_nop 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s35, v3
	v_subrev_u32_e32 v3, s35, v3
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v68, v3, s15
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v69, 31, v68
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[68:69]
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[20:21]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v10, v11, s36
	v_sub_u32_e32 v10, v13, v10
	v_subrev_u32_e32 v11, s36, v10
	v_cmp_le_u32_e32 vcc, s36, v10
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v72, 8, v0
	v_and_b32_e32 v28, 16, v0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_subrev_u32_e32 v11, s36, v10
	v_cmp_le_u32_e32 vcc, s36, v10
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v22, 4, v0
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v52, 1, v22
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_xor_b32_e32 v10, s37, v10
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v54, 1, v72
	v_lshrrev_b32_e32 v56, 1, v28
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v78, s37, v10
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_or3_b32 v10, v52, v54, v56
	v_lshrrev_b32_e32 v58, 1, v62
	v_or3_b32 v10, v10, v58, v63
	v_lshrrev_b32_e32 v60, 1, v12
	v_xor_b32_e32 v19, v10, v60
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v24, s33, v19
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v19
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v25, 31, v24
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_ashrrev_i32_e32 v79, 31, v78
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
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
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[24:25]
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[78:79]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	s_load_dword s15, s[0:1], 0x40
	.loc	1 36 28 is_stmt 1               ; w8a8_gemm.py:36:28
	v_xor_b32_e32 v112, 1, v19
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	v_mul_lo_u32 v26, s33, v112
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[18:19], s[16:17]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[26:27]
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[78:79]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[16:17], 0, v28
	v_and_b32_e32 v28, 1, v0
	v_cmp_eq_u32_e64 s[20:21], 0, v22
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v22, v61, s34
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[22:23], 0, v28
	v_and_b32_e32 v28, 2, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_sub_u32_e32 v22, v87, v22
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[24:25], 0, v28
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_u32_e32 v28, s34, v22
	v_cmp_le_u32_e32 vcc, s34, v22
	v_mul_lo_u32 v41, v41, s34
	v_sub_u32_e32 v41, v75, v41
	v_cndmask_b32_e32 v22, v22, v28, vcc
	v_subrev_u32_e32 v28, s34, v22
	v_cmp_le_u32_e32 vcc, s34, v22
	v_mul_lo_u32 v39, v39, s34
	v_sub_u32_e32 v39, v74, v39
	v_cndmask_b32_e32 v22, v22, v28, vcc
	v_mul_lo_u32 v28, v59, s34
	v_sub_u32_e32 v28, v86, v28
	v_subrev_u32_e32 v30, s34, v28
	v_cmp_le_u32_e32 vcc, s34, v28
	v_mul_lo_u32 v37, v37, s34
	v_sub_u32_e32 v37, v73, v37
	v_cndmask_b32_e32 v28, v28, v30, vcc
	v_subrev_u32_e32 v30, s34, v28
	v_cmp_le_u32_e32 vcc, s34, v28
	v_mul_lo_u32 v35, v35, s34
	v_sub_u32_e32 v35, v71, v35
	v_cndmask_b32_e32 v28, v28, v30, vcc
	v_mul_lo_u32 v30, v57, s34
	v_sub_u32_e32 v30, v85, v30
	v_subrev_u32_e32 v32, s34, v30
	v_cmp_le_u32_e32 vcc, s34, v30
	v_mul_lo_u32 v33, v33, s34
	v_sub_u32_e32 v33, v70, v33
	v_cndmask_b32_e32 v30, v30, v32, vcc
	v_subrev_u32_e32 v32, s34, v30
	v_cmp_le_u32_e32 vcc, s34, v30
	v_mul_lo_u32 v31, v31, s34
	v_sub_u32_e32 v31, v65, v31
	v_cndmask_b32_e32 v30, v30, v32, vcc
	v_mul_lo_u32 v32, v55, s34
	v_sub_u32_e32 v32, v84, v32
	v_subrev_u32_e32 v34, s34, v32
	v_cmp_le_u32_e32 vcc, s34, v32
	v_mul_lo_u32 v29, v29, s34
	v_sub_u32_e32 v29, v66, v29
	v_cndmask_b32_e32 v32, v32, v34, vcc
	v_subrev_u32_e32 v34, s34, v32
	v_cmp_le_u32_e32 vcc, s34, v32
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v23, v23, s36
	v_sub_u32_e32 v23, v67, v23
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v32, v32, v34, vcc
	v_mul_lo_u32 v34, v53, s34
	v_sub_u32_e32 v34, v83, v34
	v_subrev_u32_e32 v36, s34, v34
	v_cmp_le_u32_e32 vcc, s34, v34
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v57, 7, v64
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mov_b32_e32 v94, 8
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v34, v34, v36, vcc
	v_subrev_u32_e32 v36, s34, v34
	v_cmp_le_u32_e32 vcc, s34, v34
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_bfe_i32 v115, v0, 0, 1
	v_bfe_i32 v116, v0, 1, 1
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v34, v34, v36, vcc
	v_mul_lo_u32 v36, v49, s34
	v_sub_u32_e32 v36, v82, v36
	v_subrev_u32_e32 v38, s34, v36
	v_cmp_le_u32_e32 vcc, s34, v36
	v_xor_b32_e32 v22, s35, v22
	v_xor_b32_e32 v28, s35, v28
	v_cndmask_b32_e32 v36, v36, v38, vcc
	v_subrev_u32_e32 v38, s34, v36
	v_cmp_le_u32_e32 vcc, s34, v36
	v_xor_b32_e32 v30, s35, v30
	v_xor_b32_e32 v32, s35, v32
	v_cndmask_b32_e32 v36, v36, v38, vcc
	v_mul_lo_u32 v38, v47, s34
	v_sub_u32_e32 v38, v80, v38
	v_subrev_u32_e32 v40, s34, v38
	v_cmp_le_u32_e32 vcc, s34, v38
	v_xor_b32_e32 v34, s35, v34
	v_xor_b32_e32 v36, s35, v36
	v_cndmask_b32_e32 v38, v38, v40, vcc
	v_subrev_u32_e32 v40, s34, v38
	v_cmp_le_u32_e32 vcc, s34, v38
	v_subrev_u32_e32 v22, s35, v22
	v_subrev_u32_e32 v28, s35, v28
	v_cndmask_b32_e32 v38, v38, v40, vcc
	v_mul_lo_u32 v40, v45, s34
	v_sub_u32_e32 v40, v77, v40
	v_subrev_u32_e32 v42, s34, v40
	v_cmp_le_u32_e32 vcc, s34, v40
	v_xor_b32_e32 v38, s35, v38
	v_subrev_u32_e32 v30, s35, v30
	v_cndmask_b32_e32 v40, v40, v42, vcc
	v_subrev_u32_e32 v42, s34, v40
	v_cmp_le_u32_e32 vcc, s34, v40
	v_subrev_u32_e32 v32, s35, v32
	v_subrev_u32_e32 v34, s35, v34
	v_cndmask_b32_e32 v40, v40, v42, vcc
	v_mul_lo_u32 v42, v43, s34
	v_sub_u32_e32 v42, v76, v42
	v_subrev_u32_e32 v43, s34, v42
	v_cmp_le_u32_e32 vcc, s34, v42
	v_xor_b32_e32 v40, s35, v40
	v_subrev_u32_e32 v36, s35, v36
	v_cndmask_b32_e32 v42, v42, v43, vcc
	v_subrev_u32_e32 v43, s34, v42
	v_cmp_le_u32_e32 vcc, s34, v42
	v_subrev_u32_e32 v38, s35, v38
	v_subrev_u32_e32 v40, s35, v40
	v_cndmask_b32_e32 v42, v42, v43, vcc
	v_subrev_u32_e32 v43, s34, v41
	v_cmp_le_u32_e32 vcc, s34, v41
	v_xor_b32_e32 v42, s35, v42
	v_subrev_u32_e32 v42, s35, v42
	v_cndmask_b32_e32 v41, v41, v43, vcc
	v_subrev_u32_e32 v43, s34, v41
	v_cmp_le_u32_e32 vcc, s34, v41
	.loc	1 38 43 is_stmt 1               ; w8a8_gemm.py:38:43
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v22, v22, s15
	v_mul_lo_u32 v28, v28, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v41, v41, v43, vcc
	v_subrev_u32_e32 v43, s34, v39
	v_cmp_le_u32_e32 vcc, s34, v39
	v_xor_b32_e32 v41, s35, v41
	v_subrev_u32_e32 v41, s35, v41
	v_cndmask_b32_e32 v39, v39, v43, vcc
	v_subrev_u32_e32 v43, s34, v39
	v_cmp_le_u32_e32 vcc, s34, v39
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v30, v30, s15
	v_mul_lo_u32 v32, v32, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v39, v39, v43, vcc
	v_subrev_u32_e32 v43, s34, v37
	v_cmp_le_u32_e32 vcc, s34, v37
	v_xor_b32_e32 v39, s35, v39
	v_subrev_u32_e32 v39, s35, v39
	v_cndmask_b32_e32 v37, v37, v43, vcc
	v_subrev_u32_e32 v43, s34, v37
	v_cmp_le_u32_e32 vcc, s34, v37
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v34, v34, s15
	v_mul_lo_u32 v36, v36, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v37, v37, v43, vcc
	v_subrev_u32_e32 v43, s34, v35
	v_cmp_le_u32_e32 vcc, s34, v35
	v_xor_b32_e32 v37, s35, v37
	v_subrev_u32_e32 v37, s35, v37
	v_cndmask_b32_e32 v35, v35, v43, vcc
	v_subrev_u32_e32 v43, s34, v35
	v_cmp_le_u32_e32 vcc, s34, v35
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v38, v38, s15
	v_mul_lo_u32 v40, v40, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v35, v35, v43, vcc
	v_subrev_u32_e32 v43, s34, v33
	v_cmp_le_u32_e32 vcc, s34, v33
	v_xor_b32_e32 v35, s35, v35
	v_subrev_u32_e32 v35, s35, v35
	v_cndmask_b32_e32 v33, v33, v43, vcc
	v_subrev_u32_e32 v43, s34, v33
	v_cmp_le_u32_e32 vcc, s34, v33
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v42, v42, s15
	v_mul_lo_u32 v44, v41, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v33, v33, v43, vcc
	v_subrev_u32_e32 v43, s34, v31
	v_cmp_le_u32_e32 vcc, s34, v31
	v_xor_b32_e32 v33, s35, v33
	v_subrev_u32_e32 v33, s35, v33
	v_cndmask_b32_e32 v31, v31, v43, vcc
	v_subrev_u32_e32 v43, s34, v31
	v_cmp_le_u32_e32 vcc, s34, v31
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v46, v39, s15
	v_mul_lo_u32 v48, v37, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v31, v31, v43, vcc
	v_subrev_u32_e32 v43, s34, v29
	v_cmp_le_u32_e32 vcc, s34, v29
	v_xor_b32_e32 v31, s35, v31
	v_subrev_u32_e32 v31, s35, v31
	v_cndmask_b32_e32 v29, v29, v43, vcc
	v_subrev_u32_e32 v43, s34, v29
	v_cmp_le_u32_e32 vcc, s34, v29
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v80, v35, s15
	v_mul_lo_u32 v82, v33, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v29, v29, v43, vcc
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v43, s36, v23
	v_cmp_le_u32_e32 vcc, s36, v23
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v29, s35, v29
	v_subrev_u32_e32 v29, s35, v29
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v23, v23, v43, vcc
	v_subrev_u32_e32 v43, s36, v23
	v_cmp_le_u32_e32 vcc, s36, v23
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v84, v31, s15
	v_mul_lo_u32 v86, v29, s15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v23, v23, v43, vcc
	v_xor_b32_e32 v23, s37, v23
	v_subrev_u32_e32 v53, s37, v23
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v55, 31, v53
	v_lshrrev_b32_e32 v55, 25, v55
	v_add_u32_e32 v53, v53, v55
	v_ashrrev_i32_e32 v88, 7, v53
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v53, v20, v72
	v_and_b32_e32 v55, 0x70, v0
	v_xad_u32 v53, v53, v55, 0
	v_add_u32_e32 v113, v53, v57
	s_waitcnt vmcnt(0)
	ds_write_b64 v113, v[6:7]
	v_or_b32_e32 v6, 8, v20
	v_and_b32_e32 v7, 0x78, v0
	v_xad_u32 v6, v6, v7, 0
	v_add_u32_e32 v114, v6, v57
	ds_write_b64 v113, v[2:3] offset:4096
	ds_write2st64_b64 v114, v[8:9], v[4:5] offset1:8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_b32_e32 v2, 3, v0
	v_mul_u32_u24_e32 v5, 0x808, v2
	v_or_b32_e32 v6, v58, v56
	v_or3_b32 v5, v5, v52, v54
	v_or3_b32 v6, v6, v63, v60
	v_lshrrev_b32_sdwa v8, v94, v14 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v9, 8, v10
	v_xor_b32_e32 v7, v6, v5
	v_or_b32_sdwa v8, v9, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v9, 8, v14
	v_and_b32_e32 v3, 0x808, v115
	v_add_u32_e32 v115, 0, v7
	v_or_b32_sdwa v9, v10, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v115, v9 offset:8192
	v_xor_b32_e32 v9, 0x88, v7
	v_and_b32_e32 v4, 0x1010, v116
	v_add_u32_e32 v116, 0, v9
	ds_write_b16 v116, v8 offset:8192
	v_or_b32_e32 v8, 0x110, v3
	v_xor_b32_e32 v8, v8, v4
	v_or3_b32 v8, v52, v8, v54
	v_xor_b32_e32 v8, v6, v8
	v_add_u32_e32 v117, 0, v8
	v_lshrrev_b32_e32 v8, 24, v14
	s_movk_i32 s15, 0xff
	v_lshlrev_b16_e32 v8, 8, v8
	v_lshrrev_b32_e32 v9, 16, v14
	v_or_b32_sdwa v8, v10, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v9, 8, v9
	v_and_b32_sdwa v10, v10, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v9, v10, v9
	ds_write_b16 v117, v9 offset:8192
	v_xor_b32_e32 v9, 0x198, v7
	v_add_u32_e32 v118, 0, v9
	ds_write_b16 v118, v8 offset:8192
	v_or_b32_e32 v8, 0x220, v5
	v_xor_b32_e32 v8, v6, v8
	v_lshlrev_b16_e32 v9, 8, v15
	v_add_u32_e32 v119, 0, v8
	v_or_b32_sdwa v9, v11, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshrrev_b32_e32 v90, 8, v11
	v_lshrrev_b32_sdwa v95, v94, v15 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	ds_write_b16 v119, v9 offset:8192
	v_xor_b32_e32 v9, 0x2a8, v7
	v_or_b32_sdwa v8, v90, v95 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_add_u32_e32 v120, 0, v9
	ds_write_b16 v120, v8 offset:8192
	v_or_b32_e32 v8, 0x330, v3
	v_xor_b32_e32 v8, v8, v4
	v_lshrrev_b32_e32 v92, 16, v15
	v_or3_b32 v8, v52, v8, v54
	v_xor_b32_e32 v8, v6, v8
	v_lshlrev_b16_e32 v9, 8, v92
	v_and_b32_sdwa v10, v11, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v93, 24, v15
	v_add_u32_e32 v121, 0, v8
	v_or_b32_e32 v9, v10, v9
	v_lshlrev_b16_e32 v8, 8, v93
	ds_write_b16 v121, v9 offset:8192
	v_xor_b32_e32 v9, 0x3b8, v7
	v_or_b32_sdwa v8, v11, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u32_e32 v122, 0, v9
	ds_write_b16 v122, v8 offset:8192
	v_or_b32_e32 v8, 0x440, v5
	v_xor_b32_e32 v8, v6, v8
	v_add_u32_e32 v123, 0, v8
	v_lshrrev_b32_sdwa v8, v94, v16 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v9, 8, v12
	v_or_b32_sdwa v8, v9, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v9, 8, v16
	v_or_b32_sdwa v9, v12, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v123, v9 offset:8192
	v_xor_b32_e32 v9, 0x4c8, v7
	v_add_u32_e32 v124, 0, v9
	ds_write_b16 v124, v8 offset:8192
	v_or_b32_e32 v8, 0x550, v3
	v_xor_b32_e32 v8, v8, v4
	v_or3_b32 v8, v52, v8, v54
	v_lshrrev_b32_e32 v9, 16, v16
	v_xor_b32_e32 v8, v6, v8
	v_lshlrev_b16_e32 v9, 8, v9
	v_and_b32_sdwa v10, v12, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u32_e32 v126, 0, v8
	v_lshrrev_b32_e32 v8, 24, v16
	v_or_b32_e32 v9, v10, v9
	v_lshlrev_b16_e32 v8, 8, v8
	ds_write_b16 v126, v9 offset:8192
	v_xor_b32_e32 v9, 0x5d8, v7
	v_or_b32_sdwa v8, v12, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u32_e32 v135, 0, v9
	v_or_b32_e32 v5, 0x660, v5
	ds_write_b16 v135, v8 offset:8192
	v_xor_b32_e32 v5, v6, v5
	v_lshlrev_b16_e32 v8, 8, v17
	v_add_u32_e32 v136, 0, v5
	v_or_b32_sdwa v8, v13, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_e32 v3, 0x770, v3
	v_lshrrev_b32_e32 v91, 8, v13
	v_lshrrev_b32_sdwa v128, v94, v17 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	ds_write_b16 v136, v8 offset:8192
	v_xor_b32_e32 v8, 0x6e8, v7
	v_xor_b32_e32 v3, v3, v4
	v_lshrrev_b32_e32 v125, 16, v17
	v_or_b32_sdwa v5, v91, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_add_u32_e32 v137, 0, v8
	v_or3_b32 v3, v52, v3, v54
	ds_write_b16 v137, v5 offset:8192
	v_xor_b32_e32 v3, v6, v3
	v_lshlrev_b16_e32 v4, 8, v125
	v_and_b32_sdwa v5, v13, s15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v127, 24, v17
	v_add_u32_e32 v138, 0, v3
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_e32 v3, 8, v127
	ds_write_b16 v138, v4 offset:8192
	v_xor_b32_e32 v4, 0x7f8, v7
	v_or_b32_sdwa v3, v13, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u32_e32 v139, 0, v4
	s_mov_b32 s30, 0
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_cmp_eq_u32_e64 s[18:19], 0, v72
	v_cmp_eq_u32_e64 s[28:29], 0, v81
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v23, 31, v22
	v_ashrrev_i32_e32 v29, 31, v28
	v_ashrrev_i32_e32 v31, 31, v30
	v_ashrrev_i32_e32 v33, 31, v32
	v_ashrrev_i32_e32 v35, 31, v34
	v_ashrrev_i32_e32 v37, 31, v36
	v_ashrrev_i32_e32 v39, 31, v38
	v_ashrrev_i32_e32 v41, 31, v40
	v_ashrrev_i32_e32 v43, 31, v42
	v_ashrrev_i32_e32 v45, 31, v44
	v_ashrrev_i32_e32 v47, 31, v46
	v_ashrrev_i32_e32 v49, 31, v48
	v_ashrrev_i32_e32 v81, 31, v80
	v_ashrrev_i32_e32 v83, 31, v82
	v_ashrrev_i32_e32 v85, 31, v84
	v_ashrrev_i32_e32 v87, 31, v86
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_ashrrev_i32_e32 v89, 31, v88
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v139, v3 offset:8192
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s31, 0xff
	v_lshrrev_b32_e32 v6, 2, v0
	v_lshlrev_b32_e32 v5, 3, v0
	v_lshrrev_b32_e32 v4, 2, v62
	v_and_b32_e32 v3, 12, v0
	v_and_b32_e32 v0, 6, v0
	s_cbranch_scc1 .LBB0_10
; %bb.9:                                ; %.._crit_edge_crit_edge
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v7, 8, v6
	v_or_b32_e32 v12, 64, v7
	v_and_b32_e32 v16, 0x78, v5
	v_xor_b32_e32 v129, v12, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mov_b32_e32 v12, 0x808
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v9, 16, v7
	v_or_b32_e32 v10, 32, v7
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v12, v12, 0, s[16:17]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v11, 48, v7
	v_or_b32_e32 v14, 0x60, v7
	v_xor_b32_e32 v128, v9, v16
	v_xor_b32_e32 v130, v10, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mul_u32_u24_e32 v9, 0x88, v2
	v_mov_b32_e32 v10, 0x220
	v_xor_b32_e32 v12, v12, v4
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v13, 0x50, v7
	v_xor_b32_e32 v132, v11, v16
	v_xor_b32_e32 v133, v14, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v10, v10, 0, s[20:21]
	v_mov_b32_e32 v11, 0x440
	v_xor_b32_e32 v14, v12, v9
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_or_b32 v8, v6, 32, v1
	v_or_b32_e32 v15, 0x70, v7
	v_xor_b32_e32 v125, v7, v16
	v_xor_b32_e32 v131, v13, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_mov_b32_e32 v7, 0x88
	v_cndmask_b32_e64 v11, v11, 0, s[18:19]
	v_mov_b32_e32 v13, 0x1010
	v_xor_b32_e32 v14, v14, v10
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v127, 7, v8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_cndmask_b32_e64 v7, v7, 0, s[22:23]
	v_mov_b32_e32 v8, 0x110
	v_cndmask_b32_e64 v13, v13, 0, s[28:29]
	v_xor_b32_e32 v14, v14, v11
	v_cndmask_b32_e64 v8, v8, 0, s[24:25]
	v_xor_b32_e32 v140, v14, v13
	v_or_b32_e32 v14, 16, v7
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v134, v15, v16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_xor_b32_e32 v14, v14, v8
	v_mul_u32_u24_e32 v15, 0x88, v3
	v_or_b32_e32 v14, v15, v14
	v_or_b32_e32 v15, v12, v13
	v_xor_b32_e32 v141, v15, v14
	v_or_b32_e32 v14, 32, v9
	v_or_b32_e32 v12, v12, v10
	v_xor_b32_e32 v14, v12, v14
	v_xor_b32_e32 v14, v14, v11
	v_xor_b32_e32 v142, v14, v13
	v_or_b32_e32 v14, 48, v7
	v_mul_u32_u24_e32 v16, 0x88, v0
	v_xor_b32_e32 v14, v16, v14
	v_or_b32_e32 v14, v14, v11
	v_xor_b32_e32 v143, v15, v14
	v_or_b32_e32 v14, 64, v9
	v_xor_b32_e32 v14, v12, v14
	v_xor_b32_e32 v14, v14, v11
	v_xor_b32_e32 v144, v14, v13
	v_or_b32_e32 v14, 0x50, v7
	v_or_b32_e32 v9, 0x60, v9
	v_xor_b32_e32 v14, v14, v8
	v_xor_b32_e32 v9, v12, v9
	v_or_b32_e32 v7, 0x70, v7
	v_or3_b32 v8, v12, v8, v11
	v_or_b32_e32 v10, v14, v10
	v_or_b32_e32 v14, v15, v11
	v_xor_b32_e32 v9, v9, v11
	v_xor_b32_e32 v7, v8, v7
	v_xor_b32_e32 v145, v14, v10
	v_xor_b32_e32 v146, v9, v13
	v_xor_b32_e32 v147, v7, v13
	s_mov_b64 s[34:35], 0
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_mov_b64 s[34:35], -1
                                        ; implicit-def: $vgpr125
                                        ; implicit-def: $vgpr127
                                        ; implicit-def: $vgpr128
                                        ; implicit-def: $vgpr130
                                        ; implicit-def: $vgpr132
                                        ; implicit-def: $vgpr129
                                        ; implicit-def: $vgpr131
                                        ; implicit-def: $vgpr133
                                        ; implicit-def: $vgpr134
                                        ; implicit-def: $vgpr140
                                        ; implicit-def: $vgpr141
                                        ; implicit-def: $vgpr142
                                        ; implicit-def: $vgpr143
                                        ; implicit-def: $vgpr144
                                        ; implicit-def: $vgpr145
                                        ; implicit-def: $vgpr146
                                        ; implicit-def: $vgpr147
.LBB0_11:                               ; %Flow
	s_load_dword s15, s[0:1], 0x44
	v_mov_b32_e32 v17, 0
	v_lshl_add_u64 v[76:77], v[22:23], 2, s[8:9]
	v_lshl_add_u64 v[74:75], v[28:29], 2, s[8:9]
	v_lshl_add_u64 v[72:73], v[30:31], 2, s[8:9]
	v_lshl_add_u64 v[70:71], v[32:33], 2, s[8:9]
	v_lshl_add_u64 v[66:67], v[34:35], 2, s[8:9]
	v_lshl_add_u64 v[64:65], v[36:37], 2, s[8:9]
	v_lshl_add_u64 v[62:63], v[38:39], 2, s[8:9]
	v_lshl_add_u64 v[60:61], v[40:41], 2, s[8:9]
	v_lshl_add_u64 v[58:59], v[42:43], 2, s[8:9]
	v_lshl_add_u64 v[56:57], v[44:45], 2, s[8:9]
	v_lshl_add_u64 v[54:55], v[46:47], 2, s[8:9]
	v_lshl_add_u64 v[52:53], v[48:49], 2, s[8:9]
	v_lshl_add_u64 v[48:49], v[80:81], 2, s[8:9]
	v_lshl_add_u64 v[46:47], v[82:83], 2, s[8:9]
	v_lshl_add_u64 v[44:45], v[84:85], 2, s[8:9]
	v_lshl_add_u64 v[42:43], v[86:87], 2, s[8:9]
	v_lshl_add_u64 v[40:41], v[88:89], 2, s[10:11]
	s_andn2_b64 vcc, exec, s[34:35]
	v_mov_b32_e32 v16, v17
	v_mov_b32_e32 v23, v17
	v_mov_b32_e32 v22, v17
	v_mov_b32_e32 v29, v17
	v_mov_b32_e32 v28, v17
	v_mov_b32_e32 v31, v17
	v_mov_b32_e32 v30, v17
	v_mov_b32_e32 v33, v17
	v_mov_b32_e32 v32, v17
	v_mov_b32_e32 v35, v17
	v_mov_b32_e32 v34, v17
	v_mov_b32_e32 v37, v17
	v_mov_b32_e32 v36, v17
	v_mov_b32_e32 v39, v17
	v_mov_b32_e32 v38, v17
	s_cbranch_vccnz .LBB0_23
; %bb.12:                               ; %.lr.ph
	v_and_b32_e32 v7, 8, v6
	v_or_b32_e32 v8, 32, v7
	v_and_b32_e32 v5, 0x78, v5
	v_xor_b32_e32 v130, v8, v5
	v_mov_b32_e32 v8, 0x808
	v_and_or_b32 v1, v6, 32, v1
	v_or_b32_e32 v6, 16, v7
	v_cndmask_b32_e64 v8, v8, 0, s[16:17]
	v_xor_b32_e32 v128, v6, v5
	v_mul_u32_u24_e32 v2, 0x88, v2
	v_mov_b32_e32 v6, 0x220
	v_xor_b32_e32 v4, v8, v4
	v_or_b32_e32 v9, 48, v7
	v_or_b32_e32 v10, 64, v7
	v_or_b32_e32 v11, 0x50, v7
	v_or_b32_e32 v12, 0x60, v7
	v_or_b32_e32 v13, 0x70, v7
	v_xor_b32_e32 v125, v7, v5
	v_cndmask_b32_e64 v6, v6, 0, s[20:21]
	v_mov_b32_e32 v7, 0x440
	v_xor_b32_e32 v8, v4, v2
	v_lshlrev_b32_e32 v127, 7, v1
	v_xor_b32_e32 v132, v9, v5
	v_mov_b32_e32 v1, 0x88
	v_cndmask_b32_e64 v7, v7, 0, s[18:19]
	v_mov_b32_e32 v9, 0x1010
	v_xor_b32_e32 v8, v8, v6
	v_xor_b32_e32 v129, v10, v5
	v_xor_b32_e32 v131, v11, v5
	v_xor_b32_e32 v133, v12, v5
	v_xor_b32_e32 v134, v13, v5
	v_cndmask_b32_e64 v1, v1, 0, s[22:23]
	v_mov_b32_e32 v5, 0x110
	v_cndmask_b32_e64 v9, v9, 0, s[28:29]
	v_xor_b32_e32 v8, v8, v7
	v_cndmask_b32_e64 v5, v5, 0, s[24:25]
	v_xor_b32_e32 v140, v8, v9
	v_or_b32_e32 v8, 16, v1
	v_xor_b32_e32 v8, v8, v5
	v_mul_u32_u24_e32 v3, 0x88, v3
	v_or_b32_e32 v3, v3, v8
	v_or_b32_e32 v8, v4, v9
	v_xor_b32_e32 v141, v8, v3
	v_or_b32_e32 v3, 32, v2
	v_or_b32_e32 v4, v4, v6
	v_xor_b32_e32 v3, v4, v3
	v_xor_b32_e32 v3, v3, v7
	v_xor_b32_e32 v142, v3, v9
	v_or_b32_e32 v3, 48, v1
	v_mul_u32_u24_e32 v0, 0x88, v0
	v_xor_b32_e32 v0, v0, v3
	v_or_b32_e32 v0, v0, v7
	v_xor_b32_e32 v143, v8, v0
	v_or_b32_e32 v0, 64, v2
	v_xor_b32_e32 v0, v4, v0
	v_xor_b32_e32 v0, v0, v7
	v_xor_b32_e32 v144, v0, v9
	v_or_b32_e32 v0, 0x50, v1
	v_xor_b32_e32 v0, v0, v5
.Ltmp4:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ w8a8_gemm.py:42:33 ]
	s_ashr_i32 s8, s31, 31
	v_or_b32_e32 v0, v0, v6
	v_or_b32_e32 v3, v8, v7
	s_lshr_b32 s8, s8, 25
	v_xor_b32_e32 v145, v3, v0
	v_or_b32_e32 v0, 0x60, v2
	s_add_i32 s31, s31, s8
	v_xor_b32_e32 v0, v4, v0
	s_ashr_i32 s10, s31, 7
.Ltmp5:
	.loc	1 52 28                         ; w8a8_gemm.py:52:28
	s_lshl_b32 s8, s33, 7
	v_xor_b32_e32 v0, v0, v7
	s_ashr_i32 s9, s8, 31
	v_xor_b32_e32 v146, v0, v9
	v_or_b32_e32 v0, 0x70, v1
	v_or3_b32 v1, v4, v5, v7
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_max_i32 s10, s10, 2
	v_xor_b32_e32 v0, v1, v0
	s_add_u32 s4, s4, s8
	v_xor_b32_e32 v147, v0, v9
	s_addc_u32 s5, s5, s9
	v_lshl_add_u64 v[0:1], v[20:21], 0, v[68:69]
	v_lshl_add_u64 v[78:79], s[4:5], 0, v[78:79]
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
	s_mov_b64 s[4:5], 0x80
	v_lshl_add_u64 v[68:69], v[0:1], 0, s[4:5]
	v_lshl_add_u64 v[0:1], v[20:21], 0, v[50:51]
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
	s_lshl_b32 s2, s10, 7
	v_mov_b32_e32 v38, 0
	v_add_u32_e32 v148, 0, v127
	v_lshl_add_u64 v[50:51], v[0:1], 0, s[4:5]
	s_add_u32 s10, s2, 0xffffff80
	s_add_i32 s11, s14, 0xffffff80
	s_mov_b64 s[2:3], 0
	s_movk_i32 s14, 0xff
	v_mov_b32_e32 v21, 8
	v_mov_b32_e32 v39, v38
	v_mov_b32_e32 v36, v38
	v_mov_b32_e32 v37, v38
	v_mov_b32_e32 v34, v38
	v_mov_b32_e32 v35, v38
	v_mov_b32_e32 v32, v38
	v_mov_b32_e32 v33, v38
	v_mov_b32_e32 v30, v38
	v_mov_b32_e32 v31, v38
	v_mov_b32_e32 v28, v38
	v_mov_b32_e32 v29, v38
	v_mov_b32_e32 v22, v38
	v_mov_b32_e32 v23, v38
	v_mov_b32_e32 v16, v38
	v_mov_b32_e32 v17, v38
	s_branch .LBB0_14
.LBB0_13:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_or_b64 exec, exec, s[4:5]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_add_u32_e32 v149, 0, v140
	v_add_u32_e32 v152, 0, v141
	v_add_u32_e32 v154, 0, v142
	v_add_u32_e32 v156, 0, v143
	ds_read_b64 v[150:151], v149 offset:8192
	ds_read_b64 v[152:153], v152 offset:8192
	ds_read_b64 v[154:155], v154 offset:8192
	ds_read_b64 v[156:157], v156 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[94:95], v[150:151], 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v149, 0, v144
	v_add_u32_e32 v158, 0, v145
	ds_read_b64 v[94:95], v149 offset:8192
	ds_read_b64 v[150:151], v158 offset:8192
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s4, s2, 7
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_ashr_i32 s5, s4, 31
	s_lshl_b64 s[16:17], s[4:5], 2
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s4, s4, s15
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[92:93], v[152:153], a[0:15]
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[158:159], v[76:77], 0, s[16:17]
	v_lshl_add_u64 v[92:93], v[72:73], 0, s[16:17]
	v_lshl_add_u64 v[152:153], v[70:71], 0, s[16:17]
	v_lshl_add_u64 v[170:171], v[58:59], 0, s[16:17]
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_ashr_i32 s5, s4, 31
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[160:161], v[74:75], 0, s[16:17]
	v_lshl_add_u64 v[162:163], v[66:67], 0, s[16:17]
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[90:91], v[154:155], a[0:15]
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[90:91], v[56:57], 0, s[16:17]
	v_lshl_add_u64 v[154:155], v[54:55], 0, s[16:17]
	v_lshl_add_u64 v[164:165], v[64:65], 0, s[16:17]
	v_lshl_add_u64 v[166:167], v[62:63], 0, s[16:17]
	v_lshl_add_u64 v[168:169], v[60:61], 0, s[16:17]
	v_lshl_add_u64 v[172:173], v[52:53], 0, s[16:17]
	v_lshl_add_u64 v[174:175], v[48:49], 0, s[16:17]
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[88:89], v[156:157], a[0:15]
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[176:177], v[46:47], 0, s[16:17]
	v_lshl_add_u64 v[178:179], v[44:45], 0, s[16:17]
	v_lshl_add_u64 v[180:181], v[42:43], 0, s[16:17]
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_dword v88, v[158:159], off
	global_load_dword v89, v[160:161], off
	s_nop 0
	global_load_dword v92, v[92:93], off
	s_nop 0
	global_load_dword v93, v[152:153], off
	s_nop 0
	global_load_dword v152, v[162:163], off
	global_load_dword v153, v[164:165], off
	global_load_dword v156, v[166:167], off
	global_load_dword v157, v[168:169], off
	.loc	1 48 37 is_stmt 1               ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[158:159], s[4:5], 2, v[40:41]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_waitcnt vmcnt(8)
	v_lshrrev_b32_e32 v169, 24, v13
	v_lshrrev_b32_e32 v168, 16, v13
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[86:87], v[94:95], a[0:15]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v86, v[170:171], off
	global_load_dword v87, v[90:91], off
	s_nop 0
	global_load_dword v90, v[154:155], off
	global_load_dword v91, v[172:173], off
	global_load_dword v94, v[174:175], off
	global_load_dword v95, v[176:177], off
	s_nop 0
	global_load_dword v154, v[178:179], off
	global_load_dword v155, v[180:181], off
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_sdwa v170, v21, v13 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v149, 8, v3
	v_lshrrev_b32_e32 v171, 16, v15
	v_lshrrev_b32_sdwa v173, v21, v15 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_u32 s2, s2, 0x80
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_e32 v172, 24, v15
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[84:85], v[150:151], a[0:15]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v84, v[158:159], off
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v85, 0, v146
	ds_read_b64 v[150:151], v85 offset:8192
	v_add_u32_e32 v85, 0, v147
	ds_read_b64 v[158:159], v85 offset:8192
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b64 v113, v[4:5]
	ds_write_b64 v113, v[8:9] offset:4096
	ds_write2st64_b64 v114, v[6:7], v[10:11] offset1:8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshrrev_b32_sdwa v4, v21, v12 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v5, 8, v0
	v_or_b32_sdwa v4, v5, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v5, 8, v12
	v_or_b32_sdwa v5, v0, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[82:83], v[150:151], a[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v115, v5 offset:8192
	ds_write_b16 v116, v4 offset:8192
	v_lshrrev_b32_e32 v4, 24, v12
	v_lshlrev_b16_e32 v4, 8, v4
	v_lshrrev_b32_e32 v5, 16, v12
	v_or_b32_sdwa v4, v0, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v5, 8, v5
	v_and_b32_sdwa v0, v0, s14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v0, v0, v5
	v_lshrrev_b32_e32 v85, 8, v1
	ds_write_b16 v117, v0 offset:8192
	ds_write_b16 v118, v4 offset:8192
	v_lshlrev_b16_e32 v4, 8, v13
	v_or_b32_sdwa v0, v85, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_or_b32_sdwa v4, v1, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v119, v4 offset:8192
	ds_write_b16 v120, v0 offset:8192
	v_lshlrev_b16_e32 v0, 8, v169
	v_or_b32_sdwa v0, v1, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v4, 8, v168
	v_and_b32_sdwa v1, v1, s14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[80:81], v[158:159], a[0:15]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v1, v1, v4
	ds_write_b16 v121, v1 offset:8192
	ds_write_b16 v122, v0 offset:8192
	v_lshrrev_b32_sdwa v0, v21, v14 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_lshrrev_b32_e32 v1, 8, v2
	v_or_b32_sdwa v0, v1, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v1, 8, v14
	v_or_b32_sdwa v1, v2, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v123, v1 offset:8192
	ds_write_b16 v124, v0 offset:8192
	v_lshrrev_b32_e32 v0, 24, v14
	v_lshlrev_b16_e32 v0, 8, v0
	v_lshrrev_b32_e32 v1, 16, v14
	v_or_b32_sdwa v0, v2, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v1, 8, v1
	v_and_b32_sdwa v2, v2, s14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v1, v2, v1
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_accvgpr_read_b32 v167, a1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b16 v126, v1 offset:8192
	ds_write_b16 v135, v0 offset:8192
	v_lshlrev_b16_e32 v1, 8, v15
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_accvgpr_read_b32 v81, a15
	v_accvgpr_read_b32 v80, a14
	v_accvgpr_read_b32 v83, a13
	v_accvgpr_read_b32 v82, a12
	v_accvgpr_read_b32 v151, a11
	v_accvgpr_read_b32 v150, a10
	v_accvgpr_read_b32 v159, a9
	v_accvgpr_read_b32 v158, a8
	v_accvgpr_read_b32 v161, a7
	v_accvgpr_read_b32 v160, a6
	v_accvgpr_read_b32 v163, a5
	v_accvgpr_read_b32 v162, a4
	v_accvgpr_read_b32 v165, a3
	v_accvgpr_read_b32 v164, a2
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	v_accvgpr_read_b32 v166, a0
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v1, v3, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(15)
	v_pk_mul_f32 v[88:89], v[88:89], v[166:167]
	s_waitcnt vmcnt(13)
	v_pk_mul_f32 v[92:93], v[92:93], v[164:165]
	s_waitcnt vmcnt(11)
	v_pk_mul_f32 v[152:153], v[152:153], v[162:163]
	s_waitcnt vmcnt(9)
	v_pk_mul_f32 v[156:157], v[156:157], v[160:161]
	s_waitcnt vmcnt(7)
	v_pk_mul_f32 v[86:87], v[86:87], v[158:159]
	s_waitcnt vmcnt(5)
	v_pk_mul_f32 v[90:91], v[90:91], v[150:151]
	s_waitcnt vmcnt(3)
	v_pk_mul_f32 v[82:83], v[94:95], v[82:83]
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[80:81], v[154:155], v[80:81]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v0, v149, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	ds_write_b16 v136, v1 offset:8192
	ds_write_b16 v137, v0 offset:8192
	v_lshlrev_b16_e32 v1, 8, v171
	v_and_b32_sdwa v2, v3, s14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addc_u32 s3, s3, 0
	s_addk_i32 s11, 0xff80
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[38:39], v[84:85], v[88:89], v[38:39] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[36:37], v[84:85], v[92:93], v[36:37] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[34:35], v[84:85], v[152:153], v[34:35] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[32:33], v[84:85], v[156:157], v[32:33] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[30:31], v[84:85], v[86:87], v[30:31] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[28:29], v[84:85], v[90:91], v[28:29] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[22:23], v[84:85], v[82:83], v[22:23] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[16:17], v[84:85], v[80:81], v[16:17] op_sel_hi:[0,1,1]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b16_e32 v0, 8, v172
	v_or_b32_e32 v1, v2, v1
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_lg_u32 s10, s2
	v_lshl_add_u64 v[78:79], v[78:79], 0, s[8:9]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_sdwa v0, v3, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	ds_write_b16 v138, v1 offset:8192
	ds_write_b16 v139, v0 offset:8192
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc0 .LBB0_22
.LBB0_14:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s11, v20
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[4:5], vcc
	s_cbranch_execz .LBB0_16
; %bb.15:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 51 18 is_stmt 1               ; w8a8_gemm.py:51:18
	v_lshl_add_u64 v[0:1], v[50:51], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[4:7], v[0:1], off
.LBB0_16:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[4:5], vcc
	s_cbranch_execz .LBB0_18
; %bb.17:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_lshl_add_u64 v[2:3], v[68:69], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[8:11], v[2:3], off
.LBB0_18:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u32_e32 v1, v148, v125
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v2, v148, v128
	v_add_u32_e32 v3, v148, v130
	v_add_u32_e32 v12, v148, v132
	ds_read_b64 v[94:95], v1
	ds_read_b64 v[92:93], v2
	ds_read_b64 v[90:91], v3
	ds_read_b64 v[88:89], v12
	v_add_u32_e32 v1, v148, v129
	v_add_u32_e32 v2, v148, v131
	v_add_u32_e32 v3, v148, v133
	v_add_u32_e32 v12, v148, v134
	ds_read_b64 v[86:87], v1
	ds_read_b64 v[84:85], v2
	ds_read_b64 v[82:83], v3
	ds_read_b64 v[80:81], v12
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s11, v19
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	.loc	1 45 20 is_stmt 0               ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[4:5], vcc
	s_cbranch_execz .LBB0_20
; %bb.19:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_lshl_add_u64 v[0:1], v[78:79], 0, v[24:25]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[0:3], v[0:1], off
.LBB0_20:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s11, v112
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[4:5], vcc
	s_cbranch_execz .LBB0_13
; %bb.21:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_lshl_add_u64 v[12:13], v[78:79], 0, v[26:27]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[12:15], v[12:13], off
	s_branch .LBB0_13
.LBB0_22:                               ; %._crit_edge.loopexit
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s30, s2, 7
.LBB0_23:                               ; %Flow281
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_u32_e32 v8, 0, v127
	v_add_u32_e32 v0, v8, v125
	v_add_u32_e32 v1, v8, v128
	v_add_u32_e32 v2, v8, v130
	v_add_u32_e32 v9, v8, v132
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[6:7], v0
	ds_read_b64 v[4:5], v1
	ds_read_b64 v[2:3], v2
	ds_read_b64 v[0:1], v9
	v_add_u32_e32 v9, v8, v129
	v_add_u32_e32 v10, v8, v131
	v_add_u32_e32 v11, v8, v133
	v_add_u32_e32 v8, v8, v134
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v19, 0, v140
	v_add_u32_e32 v20, 0, v141
	v_add_u32_e32 v21, 0, v142
	v_add_u32_e32 v68, 0, v143
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_read_b64 v[14:15], v9
	ds_read_b64 v[12:13], v10
	ds_read_b64 v[10:11], v11
	ds_read_b64 v[8:9], v8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64 v[50:51], v19 offset:8192
	ds_read_b64 v[26:27], v20 offset:8192
	ds_read_b64 v[24:25], v21 offset:8192
	ds_read_b64 v[20:21], v68 offset:8192
	v_add_u32_e32 v19, 0, v144
	v_add_u32_e32 v68, 0, v145
	v_add_u32_e32 v69, 0, v146
	v_add_u32_e32 v84, 0, v147
	ds_read_b64 v[82:83], v19 offset:8192
	ds_read_b64 v[80:81], v68 offset:8192
	ds_read_b64 v[78:79], v69 offset:8192
	ds_read_b64 v[68:69], v84 offset:8192
	s_load_dword s4, s[0:1], 0x3c
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_cndmask_b32_e64 v19, 0, 1, s[26:27]
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	s_ashr_i32 s31, s30, 31
	v_mov_b32_e32 v84, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_cmp_ne_u32_e64 s[0:1], 1, v19
	s_andn2_b64 vcc, exec, s[26:27]
	v_mov_b32_e32 v85, 0
	s_cbranch_vccz .LBB0_77
; %bb.24:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_78
.LBB0_25:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v74, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v75, 0
	s_cbranch_vccz .LBB0_79
.LBB0_26:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_80
.LBB0_27:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v70, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v71, 0
	s_cbranch_vccz .LBB0_81
.LBB0_28:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_82
.LBB0_29:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v64, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v65, 0
	s_cbranch_vccz .LBB0_83
.LBB0_30:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_84
.LBB0_31:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v60, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v61, 0
	s_cbranch_vccz .LBB0_85
.LBB0_32:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_86
.LBB0_33:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v56, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v57, 0
	s_cbranch_vccz .LBB0_87
.LBB0_34:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_88
.LBB0_35:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v52, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v53, 0
	s_cbranch_vccz .LBB0_89
.LBB0_36:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_90
.LBB0_37:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v46, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v47, 0
	s_cbranch_vccz .LBB0_91
.LBB0_38:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_40
.LBB0_39:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[42:43], s[30:31], 2, v[42:43]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v46, v[42:43], off
.LBB0_40:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v42, 0
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_accvgpr_write_b32 a0, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_cbranch_vccnz .LBB0_42
; %bb.41:
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_mul_i32 s2, s30, s15
	s_ashr_i32 s3, s2, 31
	v_lshl_add_u64 v[40:41], s[2:3], 2, v[40:41]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v42, v[40:41], off
.LBB0_42:
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_44
; %bb.43:
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[6:7], v[50:51], 0
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[4:5], v[26:27], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[2:3], v[24:25], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[0:1], v[20:21], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[14:15], v[82:83], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[12:13], v[80:81], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[10:11], v[78:79], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[8:9], v[68:69], a[0:15]
.LBB0_44:
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v111
	.loc	1 57 58 is_stmt 0               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s[0:1], s13, v18
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	s_nop 7
	v_accvgpr_read_b32 v2, a15
	v_accvgpr_read_b32 v3, a14
	v_accvgpr_read_b32 v4, a13
	v_accvgpr_read_b32 v5, a12
	v_accvgpr_read_b32 v6, a11
	v_accvgpr_read_b32 v7, a10
	v_accvgpr_read_b32 v8, a9
	v_accvgpr_read_b32 v9, a8
	v_accvgpr_read_b32 v10, a7
	v_accvgpr_read_b32 v11, a6
	v_accvgpr_read_b32 v12, a5
	v_accvgpr_read_b32 v13, a4
	v_accvgpr_read_b32 v14, a3
	v_accvgpr_read_b32 v15, a2
	v_accvgpr_read_b32 v1, a1
	v_accvgpr_read_b32 v0, a0
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_ashrrev_i32_e32 v19, 31, v18
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v0, v85, v0
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v42, v0, v38
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v38, v0, s[26:27]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v20, v0, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v20, v0, v20, s5
	v_cmp_o_f32_e32 vcc, v0, v0
	v_mov_b32_e32 v0, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v0, v0, v20, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_mul_lo_u32 v20, s4, v111
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[20:21], v[20:21], 1, s[6:7]
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[20:21], v[18:19], 1, v[20:21]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[20:21], v0, off
.LBB0_46:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v110
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_mul_lo_u32 v0, s4, v110
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_48
; %bb.47:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v84, v1
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v39
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v24, v39, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[20:21], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v24, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v1, v24, v1, s5
	v_cmp_o_f32_e32 vcc, v24, v24
	v_mov_b32_e32 v24, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[20:21], v[18:19], 1, v[20:21]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v24, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[20:21], v1, off
.LBB0_48:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v109
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v75, v15
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v36
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v15, v36, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[20:21], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v15, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v1, v15, v1, s5
	v_cmp_o_f32_e32 vcc, v15, v15
	v_mov_b32_e32 v15, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[20:21], v[18:19], 1, v[20:21]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v15, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[20:21], v1, off
.LBB0_50:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v108
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_52
; %bb.51:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v74, v14
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v37
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v20, v37, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[14:15], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v20, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v1, v20, v1, s5
	v_cmp_o_f32_e32 vcc, v20, v20
	v_mov_b32_e32 v20, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[14:15], v[18:19], 1, v[14:15]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v20, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[14:15], v1, off
.LBB0_52:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	s_mul_i32 s5, s4, 5
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v107
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s5, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v71, v13
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v34
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v13, v34, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[14:15], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v13, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v13, v1, s8
	v_cmp_o_f32_e32 vcc, v13, v13
	v_mov_b32_e32 v13, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[14:15], v[18:19], 1, v[14:15]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v13, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[14:15], v1, off
.LBB0_54:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v106
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_56
; %bb.55:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v70, v12
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v35
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v35, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[12:13], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v14, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v14, v1, s8
	v_cmp_o_f32_e32 vcc, v14, v14
	v_mov_b32_e32 v14, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[12:13], v[18:19], 1, v[12:13]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v14, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[12:13], v1, off
.LBB0_56:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v105
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v65, v11
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v32
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v11, v32, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[12:13], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v11, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v11, v1, s8
	v_cmp_o_f32_e32 vcc, v11, v11
	v_mov_b32_e32 v11, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[12:13], v[18:19], 1, v[12:13]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v11, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[12:13], v1, off
.LBB0_58:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v104
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_60
; %bb.59:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v64, v10
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v33
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v33, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[10:11], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v12, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v12, v1, s8
	v_cmp_o_f32_e32 vcc, v12, v12
	v_mov_b32_e32 v12, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[10:11], v[18:19], 1, v[10:11]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v12, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[10:11], v1, off
.LBB0_60:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v103
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s5, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v61, v9
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v30
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v9, v30, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[10:11], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v9, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v9, v1, s8
	v_cmp_o_f32_e32 vcc, v9, v9
	v_mov_b32_e32 v9, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[10:11], v[18:19], 1, v[10:11]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v9, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[10:11], v1, off
.LBB0_62:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v102
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_64
; %bb.63:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v60, v8
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v31
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v31, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[8:9], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v10, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v10, v1, s8
	v_cmp_o_f32_e32 vcc, v10, v10
	v_mov_b32_e32 v10, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[8:9], v[18:19], 1, v[8:9]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v10, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[8:9], v1, off
.LBB0_64:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v101
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v57, v7
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v28
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v7, v28, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[8:9], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v7, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v7, v1, s8
	v_cmp_o_f32_e32 vcc, v7, v7
	v_mov_b32_e32 v7, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[8:9], v[18:19], 1, v[8:9]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v7, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[8:9], v1, off
.LBB0_66:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v100
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_68
; %bb.67:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v56, v6
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v29
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v29, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[6:7], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v8, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v8, v1, s8
	v_cmp_o_f32_e32 vcc, v8, v8
	v_mov_b32_e32 v8, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[6:7], v[18:19], 1, v[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v8, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[6:7], v1, off
.LBB0_68:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v99
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s5, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v53, v5
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v22
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v5, v22, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[6:7], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v5, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v1, v5, v1, s5
	v_cmp_o_f32_e32 vcc, v5, v5
	v_mov_b32_e32 v5, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[6:7], v[18:19], 1, v[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v5, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[6:7], v1, off
.LBB0_70:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v98
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_72
; %bb.71:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v52, v4
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v23
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v6, v23, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[4:5], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v6, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v1, v6, v1, s5
	v_cmp_o_f32_e32 vcc, v6, v6
	v_mov_b32_e32 v6, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[4:5], v[18:19], 1, v[4:5]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v6, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[4:5], v1, off
.LBB0_72:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v97
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[8:9]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v47, v3
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v16
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v3, v16, v1, s[26:27]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[4:5], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v3, 16, 1
	s_movk_i32 s5, 0x7fff
	v_add3_u32 v1, v3, v1, s5
	v_cmp_o_f32_e32 vcc, v3, v3
	v_mov_b32_e32 v3, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[4:5], v[18:19], 1, v[4:5]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v1, v3, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[4:5], v1, off
.LBB0_74:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e32 vcc, s12, v96
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_76
; %bb.75:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v46, v2
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v1, v42, v1, v17
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v2, v17, v1, s[26:27]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s4, v0
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 58 28 is_stmt 1               ; w8a8_gemm.py:58:28
	v_bfe_u32 v3, v2, 16, 1
	s_movk_i32 s0, 0x7fff
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[6:7]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_add3_u32 v3, v2, v3, s0
	v_cmp_o_f32_e32 vcc, v2, v2
	v_mov_b32_e32 v2, 0x7fff
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[0:1], v[18:19], 1, v[0:1]
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cndmask_b32_sdwa v2, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_short v[0:1], v2, off
.LBB0_76:
	.loc	1 58 4                          ; w8a8_gemm.py:58:4
	s_endpgm
.LBB0_77:
	.loc	1 0 4                           ; w8a8_gemm.py:0:4
	v_lshl_add_u64 v[76:77], s[30:31], 2, v[76:77]
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	global_load_dword v85, v[76:77], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_25
.LBB0_78:
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[74:75], s[30:31], 2, v[74:75]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v84, v[74:75], off
	v_mov_b32_e32 v74, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v75, 0
	s_cbranch_vccnz .LBB0_26
.LBB0_79:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[72:73], s[30:31], 2, v[72:73]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v75, v[72:73], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_27
.LBB0_80:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[70:71], s[30:31], 2, v[70:71]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v74, v[70:71], off
	v_mov_b32_e32 v70, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v71, 0
	s_cbranch_vccnz .LBB0_28
.LBB0_81:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[66:67], s[30:31], 2, v[66:67]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v71, v[66:67], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_29
.LBB0_82:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[64:65], s[30:31], 2, v[64:65]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v70, v[64:65], off
	v_mov_b32_e32 v64, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v65, 0
	s_cbranch_vccnz .LBB0_30
.LBB0_83:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[62:63], s[30:31], 2, v[62:63]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v65, v[62:63], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_31
.LBB0_84:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[60:61], s[30:31], 2, v[60:61]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v64, v[60:61], off
	v_mov_b32_e32 v60, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v61, 0
	s_cbranch_vccnz .LBB0_32
.LBB0_85:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[58:59], s[30:31], 2, v[58:59]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v61, v[58:59], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_33
.LBB0_86:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[56:57], s[30:31], 2, v[56:57]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v60, v[56:57], off
	v_mov_b32_e32 v56, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v57, 0
	s_cbranch_vccnz .LBB0_34
.LBB0_87:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[54:55], s[30:31], 2, v[54:55]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v57, v[54:55], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_35
.LBB0_88:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[52:53], s[30:31], 2, v[52:53]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v56, v[52:53], off
	v_mov_b32_e32 v52, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v53, 0
	s_cbranch_vccnz .LBB0_36
.LBB0_89:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[48:49], s[30:31], 2, v[48:49]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v53, v[48:49], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_37
.LBB0_90:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[46:47], s[30:31], 2, v[46:47]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v52, v[46:47], off
	v_mov_b32_e32 v46, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v47, 0
	s_cbranch_vccnz .LBB0_38
.LBB0_91:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[44:45], s[30:31], 2, v[44:45]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v47, v[44:45], off
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
		.amdhsa_next_free_vgpr 200
		.amdhsa_next_free_sgpr 38
		.amdhsa_accum_offset 184
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
	.set w8a8_block_fp8_matmul.num_vgpr, 182
	.set w8a8_block_fp8_matmul.num_agpr, 16
	.set w8a8_block_fp8_matmul.numbered_sgpr, 38
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 9076
; TotalNumSgprs: 44
; NumVgprs: 182
; NumAgprs: 16
; TotalNumVgprs: 200
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 24
; NumSGPRsForWavesPerEU: 44
; NumVGPRsForWavesPerEU: 200
; AccumOffset: 184
; Occupancy: 2
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 45
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
  - .agpr_count:     16
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
    .vgpr_count:     200
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

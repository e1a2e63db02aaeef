	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
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
	v_and_b32_e32 v66, 32, v0
	v_lshrrev_b32_e32 v2, 3, v66
	v_lshrrev_b32_e32 v1, 3, v0
	.loc	1 32 23 is_stmt 0               ; w8a8_gemm.py:32:23
	s_lshl_b32 s18, s16, 6
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_or_b32 v70, v1, 27, v2
	v_lshrrev_b32_e32 v12, 2, v0
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v3, s18, v70
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s25, s16, 0x10019
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v67, 32, v12
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_u32_e32 v4, s25, v3
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or3_b32 v111, v2, v67, s18
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v5, s25, v4
	v_add_u32_e32 v4, 32, v4
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v110, 1, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v13, s25, v4
	v_add_u32_e32 v4, s25, v111
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v109, 2, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v87, s25, v4
	v_add_u32_e32 v4, s25, v110
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v108, 3, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_abs_i32 s24, s12
	v_xor_b32_e32 v86, s25, v4
	v_add_u32_e32 v4, s25, v109
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v107, 8, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cvt_f32_u32_e32 v2, s24
	v_xor_b32_e32 v85, s25, v4
	v_add_u32_e32 v4, s25, v108
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v106, 9, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v84, s25, v4
	v_add_u32_e32 v4, s25, v107
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v105, 10, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v83, s25, v4
	v_add_u32_e32 v4, s25, v106
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v104, 11, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v82, s25, v4
	v_add_u32_e32 v4, s25, v105
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v103, 16, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_rcp_iflag_f32_e32 v2, v2
	v_xor_b32_e32 v81, s25, v4
	v_add_u32_e32 v4, s25, v104
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v102, 17, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v80, s25, v4
	v_add_u32_e32 v4, s25, v103
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v101, 18, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v79, s25, v4
	v_add_u32_e32 v4, s25, v102
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v100, 19, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v78, s25, v4
	v_add_u32_e32 v4, s25, v101
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v99, 24, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_xor_b32_e32 v77, s25, v4
	v_add_u32_e32 v4, s25, v100
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v98, 25, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cvt_u32_f32_e32 v2, v2
	v_xor_b32_e32 v76, s25, v4
	v_add_u32_e32 v4, s25, v99
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v97, 26, v111
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v75, s25, v4
	v_add_u32_e32 v4, s25, v98
	v_xor_b32_e32 v74, s25, v4
	v_add_u32_e32 v4, s25, v97
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s26, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_sub_i32 s16, 0, s24
	v_xor_b32_e32 v71, s25, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cvt_f32_u32_e32 v4, s26
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v3, s16, v2
	v_mul_hi_u32 v3, v2, v3
	v_add_u32_e32 v3, v2, v3
	v_mul_hi_u32 v2, v5, v3
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_rcp_iflag_f32_e32 v4, v4
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v2, v2, s24
	v_sub_u32_e32 v2, v5, v2
	v_subrev_u32_e32 v5, s24, v2
	v_cmp_le_u32_e32 vcc, s24, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	.loc	1 32 33                         ; w8a8_gemm.py:32:33
	v_or_b32_e32 v96, 27, v111
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s24, v2
	v_cmp_le_u32_e32 vcc, s24, v2
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_cvt_u32_f32_e32 v4, v4
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshlrev_b32_e32 v69, 4, v0
	v_lshrrev_b32_e32 v1, 1, v0
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_add_u32_e32 v5, s25, v96
	.loc	1 33 23 is_stmt 1               ; w8a8_gemm.py:33:23
	s_lshl_b32 s16, s17, 6
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v68, 31, v0
	v_and_b32_e32 v33, 32, v1
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v72, s25, v5
	.loc	1 33 33 is_stmt 1               ; w8a8_gemm.py:33:33
	v_and_or_b32 v5, v69, 48, s16
	.loc	1 33 58 is_stmt 0               ; w8a8_gemm.py:33:58
	s_bfe_i32 s27, s17, 0x10019
	.loc	1 33 33                         ; w8a8_gemm.py:33:33
	v_or3_b32 v32, s16, v68, v33
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v5, s27, v5
	s_sub_i32 s16, 0, s26
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v2, s25, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v14, s27, v5
	v_mul_lo_u32 v5, s16, v4
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ w8a8_gemm.py:42:33 ]
	s_add_i32 s22, s14, 0x7f
.Ltmp3:
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_u32_e32 v2, s25, v2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_hi_u32 v5, v4, v5
	.loc	1 35 59                         ; w8a8_gemm.py:35:59
	v_and_b32_e32 v38, 0x70, v69
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s22, 0x7f
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_u32_e32 v15, v4, v5
	v_add_u32_e32 v4, s27, v32
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v18, v2, s15
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mov_b32_e32 v2, 0
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s14, v38
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v73, s27, v4
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_mov_b32_e32 v39, v2
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_and_b64 s[18:19], vcc, s[16:17]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mad_u64_u32 v[4:5], s[20:21], v13, v3, 0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mad_u64_u32 v[10:11], s[20:21], v14, v15, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[18:19]
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[38:39]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[6:9], v[6:7], off
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[20:21]
	v_mad_u64_u32 v[64:65], s[20:21], v87, v3, 0
	v_mad_u64_u32 v[62:63], s[20:21], v86, v3, 0
	v_mad_u64_u32 v[60:61], s[20:21], v85, v3, 0
	v_mad_u64_u32 v[58:59], s[20:21], v84, v3, 0
	v_mad_u64_u32 v[56:57], s[20:21], v83, v3, 0
	v_mad_u64_u32 v[54:55], s[20:21], v82, v3, 0
	v_mad_u64_u32 v[52:53], s[20:21], v81, v3, 0
	v_mad_u64_u32 v[48:49], s[20:21], v80, v3, 0
	v_mad_u64_u32 v[44:45], s[20:21], v79, v3, 0
	v_mad_u64_u32 v[42:43], s[20:21], v78, v3, 0
	v_mad_u64_u32 v[40:41], s[20:21], v77, v3, 0
	v_mad_u64_u32 v[36:37], s[20:21], v76, v3, 0
	v_mad_u64_u32 v[34:35], s[20:21], v75, v3, 0
	v_mad_u64_u32 v[30:31], s[20:21], v74, v3, 0
	v_mad_u64_u32 v[28:29], s[20:21], v71, v3, 0
	v_mad_u64_u32 v[26:27], s[20:21], v72, v3, 0
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v3, v5, s24
	v_sub_u32_e32 v3, v13, v3
	v_subrev_u32_e32 v4, s24, v3
	v_cmp_le_u32_e32 vcc, s24, v3
	s_load_dword s23, s[0:1], 0x38
	v_mad_u64_u32 v[24:25], s[20:21], v73, v15, 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s24, v3
	v_cmp_le_u32_e32 vcc, s24, v3
	v_mov_b32_e32 v5, 0
	s_nop 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v3, s25, v3
	v_subrev_u32_e32 v3, s25, v3
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v20, v3, s15
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[20:21], s[18:19]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[20:21]
	.loc	1 35 52 is_stmt 0               ; w8a8_gemm.py:35:52
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[38:39]
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[20:21]
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v10, v11, s26
	v_sub_u32_e32 v10, v14, v10
	v_subrev_u32_e32 v11, s26, v10
	v_cmp_le_u32_e32 vcc, s26, v10
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_and_or_b32 v112, v12, 31, v67
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v12, s23, v112
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_subrev_u32_e32 v11, s26, v10
	v_cmp_le_u32_e32 vcc, s26, v10
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[46:47], s[4:5], 0, v[12:13]
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_xor_b32_e32 v10, s27, v10
	v_subrev_u32_e32 v22, s27, v10
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v112
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_ashrrev_i32_e32 v23, 31, v22
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 s[20:21], vcc, s[16:17]
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_lshl_add_u64 v[14:15], v[46:47], 0, v[22:23]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[18:19]
	s_load_dword s15, s[0:1], 0x40
	.loc	1 36 28 is_stmt 1               ; w8a8_gemm.py:36:28
	v_or_b32_e32 v113, 64, v112
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	v_lshl_add_u32 v12, s23, 6, v12
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s14, v113
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_lshl_add_u64 v[50:51], s[4:5], 0, v[12:13]
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b64 s[18:19], vcc, s[16:17]
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[4:5], s[18:19]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 36 51                         ; w8a8_gemm.py:36:51
	v_lshl_add_u64 v[10:11], v[50:51], 0, v[22:23]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v24, v65, s24
	v_sub_u32_e32 v24, v87, v24
	v_subrev_u32_e32 v26, s24, v24
	v_cmp_le_u32_e32 vcc, s24, v24
	v_mul_lo_u32 v43, v43, s24
	v_sub_u32_e32 v43, v78, v43
	v_cndmask_b32_e32 v24, v24, v26, vcc
	v_subrev_u32_e32 v26, s24, v24
	v_cmp_le_u32_e32 vcc, s24, v24
	v_mul_lo_u32 v41, v41, s24
	v_sub_u32_e32 v41, v77, v41
	v_cndmask_b32_e32 v24, v24, v26, vcc
	v_mul_lo_u32 v26, v63, s24
	v_sub_u32_e32 v26, v86, v26
	v_subrev_u32_e32 v28, s24, v26
	v_cmp_le_u32_e32 vcc, s24, v26
	v_mul_lo_u32 v37, v37, s24
	v_sub_u32_e32 v37, v76, v37
	v_cndmask_b32_e32 v26, v26, v28, vcc
	v_subrev_u32_e32 v28, s24, v26
	v_cmp_le_u32_e32 vcc, s24, v26
	v_mul_lo_u32 v35, v35, s24
	v_sub_u32_e32 v35, v75, v35
	v_cndmask_b32_e32 v26, v26, v28, vcc
	v_mul_lo_u32 v28, v61, s24
	v_sub_u32_e32 v28, v85, v28
	v_subrev_u32_e32 v30, s24, v28
	v_cmp_le_u32_e32 vcc, s24, v28
	v_mul_lo_u32 v31, v31, s24
	v_sub_u32_e32 v31, v74, v31
	v_cndmask_b32_e32 v28, v28, v30, vcc
	v_subrev_u32_e32 v30, s24, v28
	v_cmp_le_u32_e32 vcc, s24, v28
	v_mul_lo_u32 v29, v29, s24
	v_sub_u32_e32 v29, v71, v29
	v_cndmask_b32_e32 v28, v28, v30, vcc
	v_mul_lo_u32 v30, v59, s24
	v_sub_u32_e32 v30, v84, v30
	v_subrev_u32_e32 v34, s24, v30
	v_cmp_le_u32_e32 vcc, s24, v30
	v_mul_lo_u32 v27, v27, s24
	v_sub_u32_e32 v27, v72, v27
	v_cndmask_b32_e32 v30, v30, v34, vcc
	v_subrev_u32_e32 v34, s24, v30
	v_cmp_le_u32_e32 vcc, s24, v30
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v25, v25, s26
	v_sub_u32_e32 v25, v73, v25
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v30, v30, v34, vcc
	v_mul_lo_u32 v34, v57, s24
	v_sub_u32_e32 v34, v83, v34
	v_subrev_u32_e32 v36, s24, v34
	v_cmp_le_u32_e32 vcc, s24, v34
	s_movk_i32 s4, 0x70
	v_xor_b32_e32 v24, s25, v24
	v_cndmask_b32_e32 v34, v34, v36, vcc
	v_subrev_u32_e32 v36, s24, v34
	v_cmp_le_u32_e32 vcc, s24, v34
	v_xor_b32_e32 v26, s25, v26
	v_xor_b32_e32 v28, s25, v28
	v_cndmask_b32_e32 v34, v34, v36, vcc
	v_mul_lo_u32 v36, v55, s24
	v_sub_u32_e32 v36, v82, v36
	v_subrev_u32_e32 v40, s24, v36
	v_cmp_le_u32_e32 vcc, s24, v36
	v_xor_b32_e32 v30, s25, v30
	v_xor_b32_e32 v34, s25, v34
	v_cndmask_b32_e32 v36, v36, v40, vcc
	v_subrev_u32_e32 v40, s24, v36
	v_cmp_le_u32_e32 vcc, s24, v36
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v62, 8, v0
	v_and_b32_e32 v94, 16, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v36, v36, v40, vcc
	v_mul_lo_u32 v40, v53, s24
	v_sub_u32_e32 v40, v81, v40
	v_subrev_u32_e32 v42, s24, v40
	v_cmp_le_u32_e32 vcc, s24, v40
	v_xor_b32_e32 v36, s25, v36
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v64, 1, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v40, v40, v42, vcc
	v_subrev_u32_e32 v42, s24, v40
	v_cmp_le_u32_e32 vcc, s24, v40
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_and_b32_e32 v88, 2, v0
	v_and_b32_e32 v89, 4, v0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v40, v40, v42, vcc
	v_mul_lo_u32 v42, v49, s24
	v_sub_u32_e32 v42, v80, v42
	v_subrev_u32_e32 v44, s24, v42
	v_cmp_le_u32_e32 vcc, s24, v42
	v_xor_b32_e32 v40, s25, v40
	v_subrev_u32_e32 v24, s25, v24
	v_cndmask_b32_e32 v42, v42, v44, vcc
	v_subrev_u32_e32 v44, s24, v42
	v_cmp_le_u32_e32 vcc, s24, v42
	v_subrev_u32_e32 v26, s25, v26
	v_subrev_u32_e32 v28, s25, v28
	v_cndmask_b32_e32 v42, v42, v44, vcc
	v_mul_lo_u32 v44, v45, s24
	v_sub_u32_e32 v44, v79, v44
	v_subrev_u32_e32 v45, s24, v44
	v_cmp_le_u32_e32 vcc, s24, v44
	v_xor_b32_e32 v42, s25, v42
	v_subrev_u32_e32 v30, s25, v30
	v_cndmask_b32_e32 v44, v44, v45, vcc
	v_subrev_u32_e32 v45, s24, v44
	v_cmp_le_u32_e32 vcc, s24, v44
	v_subrev_u32_e32 v34, s25, v34
	v_subrev_u32_e32 v36, s25, v36
	v_cndmask_b32_e32 v44, v44, v45, vcc
	v_subrev_u32_e32 v45, s24, v43
	v_cmp_le_u32_e32 vcc, s24, v43
	v_xor_b32_e32 v44, s25, v44
	v_subrev_u32_e32 v40, s25, v40
	v_cndmask_b32_e32 v43, v43, v45, vcc
	v_subrev_u32_e32 v45, s24, v43
	v_cmp_le_u32_e32 vcc, s24, v43
	v_subrev_u32_e32 v42, s25, v42
	v_subrev_u32_e32 v44, s25, v44
	v_cndmask_b32_e32 v43, v43, v45, vcc
	v_subrev_u32_e32 v45, s24, v41
	v_cmp_le_u32_e32 vcc, s24, v41
	v_xor_b32_e32 v43, s25, v43
	v_subrev_u32_e32 v43, s25, v43
	v_cndmask_b32_e32 v41, v41, v45, vcc
	v_subrev_u32_e32 v45, s24, v41
	v_cmp_le_u32_e32 vcc, s24, v41
	.loc	1 38 43 is_stmt 1               ; w8a8_gemm.py:38:43
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v24, v24, s15
	v_mul_lo_u32 v26, v26, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v41, v41, v45, vcc
	v_subrev_u32_e32 v45, s24, v37
	v_cmp_le_u32_e32 vcc, s24, v37
	v_xor_b32_e32 v41, s25, v41
	v_subrev_u32_e32 v41, s25, v41
	v_cndmask_b32_e32 v37, v37, v45, vcc
	v_subrev_u32_e32 v45, s24, v37
	v_cmp_le_u32_e32 vcc, s24, v37
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v28, v28, s15
	v_mul_lo_u32 v30, v30, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v37, v37, v45, vcc
	v_subrev_u32_e32 v45, s24, v35
	v_cmp_le_u32_e32 vcc, s24, v35
	v_xor_b32_e32 v37, s25, v37
	v_subrev_u32_e32 v37, s25, v37
	v_cndmask_b32_e32 v35, v35, v45, vcc
	v_subrev_u32_e32 v45, s24, v35
	v_cmp_le_u32_e32 vcc, s24, v35
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v34, v34, s15
	v_mul_lo_u32 v36, v36, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v35, v35, v45, vcc
	v_subrev_u32_e32 v45, s24, v31
	v_cmp_le_u32_e32 vcc, s24, v31
	v_xor_b32_e32 v35, s25, v35
	v_subrev_u32_e32 v35, s25, v35
	v_cndmask_b32_e32 v31, v31, v45, vcc
	v_subrev_u32_e32 v45, s24, v31
	v_cmp_le_u32_e32 vcc, s24, v31
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v40, v40, s15
	v_mul_lo_u32 v42, v42, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v31, v31, v45, vcc
	v_subrev_u32_e32 v45, s24, v29
	v_cmp_le_u32_e32 vcc, s24, v29
	v_xor_b32_e32 v31, s25, v31
	v_subrev_u32_e32 v31, s25, v31
	v_cndmask_b32_e32 v29, v29, v45, vcc
	v_subrev_u32_e32 v45, s24, v29
	v_cmp_le_u32_e32 vcc, s24, v29
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v44, v44, s15
	v_mul_lo_u32 v48, v43, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v29, v29, v45, vcc
	v_subrev_u32_e32 v45, s24, v27
	v_cmp_le_u32_e32 vcc, s24, v27
	v_xor_b32_e32 v29, s25, v29
	v_subrev_u32_e32 v29, s25, v29
	v_cndmask_b32_e32 v27, v27, v45, vcc
	v_subrev_u32_e32 v45, s24, v27
	v_cmp_le_u32_e32 vcc, s24, v27
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v52, v41, s15
	v_mul_lo_u32 v54, v37, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cndmask_b32_e32 v27, v27, v45, vcc
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_u32_e32 v45, s26, v25
	v_cmp_le_u32_e32 vcc, s26, v25
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v27, s25, v27
	v_subrev_u32_e32 v27, s25, v27
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v25, v25, v45, vcc
	v_subrev_u32_e32 v45, s26, v25
	v_cmp_le_u32_e32 vcc, s26, v25
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v56, v35, s15
	v_mul_lo_u32 v58, v31, s15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cndmask_b32_e32 v25, v25, v45, vcc
	v_xor_b32_e32 v25, s27, v25
	v_subrev_u32_e32 v63, s27, v25
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v65, 31, v63
	v_lshrrev_b32_e32 v65, 25, v65
	v_add_u32_e32 v63, v63, v65
	v_ashrrev_i32_e32 v92, 7, v63
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_bitop3_b32 v63, v69, s4, v0 bitop3:0x48
	v_lshlrev_b32_e32 v65, 7, v70
	v_add_u32_e32 v63, 0, v63
	v_add_u32_e32 v116, v63, v65
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_bitop3_b32 v0, v69, 48, v0 bitop3:0x48
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v60, v29, s15
	v_mul_lo_u32 v90, v27, s15
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v116, v[6:9]
	ds_write_b128 v116, v[2:5] offset:4096
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b32_e32 v2, 6, v112
	v_add_u32_e32 v0, 0, v0
	v_or_b32_e32 v7, v67, v68
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v25, 31, v24
	v_ashrrev_i32_e32 v27, 31, v26
	v_ashrrev_i32_e32 v29, 31, v28
	v_ashrrev_i32_e32 v31, 31, v30
	v_ashrrev_i32_e32 v35, 31, v34
	v_ashrrev_i32_e32 v37, 31, v36
	v_ashrrev_i32_e32 v41, 31, v40
	v_ashrrev_i32_e32 v43, 31, v42
	v_ashrrev_i32_e32 v45, 31, v44
	v_ashrrev_i32_e32 v49, 31, v48
	v_ashrrev_i32_e32 v53, 31, v52
	v_ashrrev_i32_e32 v55, 31, v54
	v_ashrrev_i32_e32 v57, 31, v56
	v_ashrrev_i32_e32 v59, 31, v58
	v_ashrrev_i32_e32 v61, 31, v60
	v_ashrrev_i32_e32 v91, 31, v90
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_ashrrev_i32_e32 v93, 31, v92
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_mov_b32 s4, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v123, v0, v2
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmpk_gt_i32 s22, 0xff
	v_lshlrev_b32_e32 v3, 3, v88
	v_lshlrev_b32_e32 v4, 3, v89
	v_lshlrev_b32_e32 v6, 3, v62
	v_lshrrev_b32_e32 v0, 1, v66
	v_lshlrev_b32_e32 v121, 7, v7
	v_lshlrev_b32_e32 v2, 3, v64
	v_lshlrev_b32_e32 v5, 1, v62
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b128 v123, v[14:17] offset:8192
	ds_write_b128 v123, v[10:13] offset:12288
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_10
; %bb.9:                                ; %.._crit_edge_crit_edge
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v9, v3, v4
	v_lshlrev_b32_e32 v8, 7, v7
	v_bitop3_b32 v7, v3, v4, 32 bitop3:0x36
	v_bitop3_b32 v115, v7, v0, v6 bitop3:0x36
	v_or_b32_e32 v7, 64, v9
	v_bitop3_b32 v114, v9, v0, v6 bitop3:0x36
	v_or_b32_e32 v9, v0, v6
	v_bitop3_b32 v117, v0, v7, v6 bitop3:0x36
	v_or_b32_e32 v7, 0x60, v3
	v_bitop3_b32 v118, v9, v7, v4 bitop3:0x36
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_and_or_b32 v7, v1, 7, v0
	v_lshlrev_b32_e32 v120, 6, v7
	v_or3_b32 v7, v2, v5, 32
	v_bitop3_b32 v119, v2, v94, v5 bitop3:0x36
	v_bitop3_b32 v122, v33, v7, v94 bitop3:0x36
	s_mov_b64 s[18:19], 0
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_mov_b64 s[18:19], -1
                                        ; implicit-def: $vgpr114
                                        ; implicit-def: $vgpr8
                                        ; implicit-def: $vgpr115
                                        ; implicit-def: $vgpr117
                                        ; implicit-def: $vgpr118
                                        ; implicit-def: $vgpr119
                                        ; implicit-def: $vgpr120
                                        ; implicit-def: $vgpr122
.LBB0_11:                               ; %Flow
	s_load_dword s15, s[0:1], 0x44
	v_lshl_add_u64 v[66:67], v[54:55], 2, s[8:9]
	v_mov_b32_e32 v55, 0
	v_lshl_add_u64 v[88:89], v[24:25], 2, s[8:9]
	v_lshl_add_u64 v[86:87], v[26:27], 2, s[8:9]
	v_lshl_add_u64 v[84:85], v[28:29], 2, s[8:9]
	v_lshl_add_u64 v[82:83], v[30:31], 2, s[8:9]
	v_lshl_add_u64 v[80:81], v[34:35], 2, s[8:9]
	v_lshl_add_u64 v[78:79], v[36:37], 2, s[8:9]
	v_lshl_add_u64 v[76:77], v[40:41], 2, s[8:9]
	v_lshl_add_u64 v[74:75], v[42:43], 2, s[8:9]
	v_lshl_add_u64 v[72:73], v[44:45], 2, s[8:9]
	v_lshl_add_u64 v[70:71], v[48:49], 2, s[8:9]
	v_lshl_add_u64 v[68:69], v[52:53], 2, s[8:9]
	v_lshl_add_u64 v[64:65], v[56:57], 2, s[8:9]
	v_lshl_add_u64 v[62:63], v[58:59], 2, s[8:9]
	v_lshl_add_u64 v[60:61], v[60:61], 2, s[8:9]
	v_lshl_add_u64 v[58:59], v[90:91], 2, s[8:9]
	v_lshl_add_u64 v[56:57], v[92:93], 2, s[10:11]
	s_andn2_b64 vcc, exec, s[18:19]
	v_mov_b32_e32 v54, v55
	v_mov_b32_e32 v53, v55
	v_mov_b32_e32 v52, v55
	v_mov_b32_e32 v49, v55
	v_mov_b32_e32 v48, v55
	v_mov_b32_e32 v45, v55
	v_mov_b32_e32 v44, v55
	v_mov_b32_e32 v43, v55
	v_mov_b32_e32 v42, v55
	v_mov_b32_e32 v41, v55
	v_mov_b32_e32 v40, v55
	v_mov_b32_e32 v37, v55
	v_mov_b32_e32 v36, v55
	v_mov_b32_e32 v35, v55
	v_mov_b32_e32 v34, v55
	s_cbranch_vccnz .LBB0_23
; %bb.12:                               ; %.lr.ph
.Ltmp4:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ w8a8_gemm.py:42:33 ]
	s_ashr_i32 s4, s22, 31
	v_or_b32_e32 v7, v3, v4
	s_lshr_b32 s4, s4, 25
	v_bitop3_b32 v114, v7, v0, v6 bitop3:0x36
	v_bitop3_b32 v9, v3, v4, 32 bitop3:0x36
	v_or_b32_e32 v7, 64, v7
	s_add_i32 s22, s22, s4
	v_bitop3_b32 v115, v9, v0, v6 bitop3:0x36
	v_or_b32_e32 v10, v0, v6
	v_bitop3_b32 v117, v0, v7, v6 bitop3:0x36
	v_and_or_b32 v0, v1, 7, v0
	s_ashr_i32 s8, s22, 7
	v_bitop3_b32 v119, v2, v94, v5 bitop3:0x36
	v_lshlrev_b32_e32 v120, 6, v0
	v_or3_b32 v0, v2, v5, 32
	v_bitop3_b32 v122, v33, v0, v94 bitop3:0x36
.Ltmp5:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_max_i32 s10, s8, 2
	v_add3_u32 v0, 0, v119, v33
	s_movk_i32 s8, 0x2000
	v_add3_u32 v124, v0, v120, s8
	v_add_u32_e32 v0, 0, v122
	v_add3_u32 v125, v0, v120, s8
	v_lshl_add_u64 v[0:1], v[38:39], 0, v[20:21]
	v_or_b32_e32 v3, 0x60, v3
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
	s_mov_b64 s[8:9], 0x80
	.loc	1 52 28                         ; w8a8_gemm.py:52:28
	s_lshl_b32 s4, s23, 7
	v_bitop3_b32 v118, v10, v3, v4 bitop3:0x36
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_lshl_add_u64 v[92:93], v[0:1], 0, s[8:9]
	v_lshl_add_u64 v[0:1], v[38:39], 0, v[18:19]
	s_ashr_i32 s5, s4, 31
	v_add_u32_e32 v8, 0, v114
	v_add_u32_e32 v9, 0, v115
	v_add_u32_e32 v6, 0, v117
	v_add_u32_e32 v3, 0, v118
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
	s_lshl_b32 s2, s10, 7
	v_mov_b32_e32 v34, 0
	v_lshl_add_u64 v[90:91], s[4:5], 0, v[22:23]
	v_lshl_add_u64 v[94:95], v[0:1], 0, s[8:9]
	s_add_u32 s10, s2, 0xffffff80
	s_add_i32 s11, s14, 0xffffff80
	s_mov_b64 s[2:3], 0
	v_add_u32_e32 v39, v8, v121
	v_add_u32_e32 v126, v9, v121
	v_add_u32_e32 v127, v6, v121
	v_add_u32_e32 v128, v3, v121
	v_mov_b32_e32 v35, v34
	v_mov_b32_e32 v36, v34
	v_mov_b32_e32 v37, v34
	v_mov_b32_e32 v40, v34
	v_mov_b32_e32 v41, v34
	v_mov_b32_e32 v42, v34
	v_mov_b32_e32 v43, v34
	v_mov_b32_e32 v44, v34
	v_mov_b32_e32 v45, v34
	v_mov_b32_e32 v48, v34
	v_mov_b32_e32 v49, v34
	v_mov_b32_e32 v52, v34
	v_mov_b32_e32 v53, v34
	v_mov_b32_e32 v54, v34
	v_mov_b32_e32 v55, v34
	s_branch .LBB0_14
.LBB0_13:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_or_b64 exec, exec, s[8:9]
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	ds_read_b64_tr_b8 v[130:131], v124
	ds_read_b64_tr_b8 v[134:135], v124 offset:2048
	ds_read_b64_tr_b8 v[132:133], v125 offset:512
	ds_read_b64_tr_b8 v[136:137], v125 offset:2560
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s8, s2, 7
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_ashr_i32 s9, s8, 31
	s_lshl_b64 s[18:19], s[8:9], 2
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s8, s8, s15
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[138:139], v[88:89], 0, s[18:19]
	v_lshl_add_u64 v[140:141], v[86:87], 0, s[18:19]
	v_lshl_add_u64 v[142:143], v[84:85], 0, s[18:19]
	v_lshl_add_u64 v[144:145], v[82:83], 0, s[18:19]
	v_lshl_add_u64 v[146:147], v[80:81], 0, s[18:19]
	v_lshl_add_u64 v[148:149], v[78:79], 0, s[18:19]
	v_lshl_add_u64 v[150:151], v[76:77], 0, s[18:19]
	v_lshl_add_u64 v[152:153], v[74:75], 0, s[18:19]
	v_lshl_add_u64 v[154:155], v[72:73], 0, s[18:19]
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_ashr_i32 s9, s8, 31
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[156:157], v[70:71], 0, s[18:19]
	v_lshl_add_u64 v[158:159], v[68:69], 0, s[18:19]
	v_lshl_add_u64 v[160:161], v[66:67], 0, s[18:19]
	v_lshl_add_u64 v[162:163], v[64:65], 0, s[18:19]
	v_lshl_add_u64 v[164:165], v[62:63], 0, s[18:19]
	v_lshl_add_u64 v[166:167], v[60:61], 0, s[18:19]
	v_lshl_add_u64 v[168:169], v[58:59], 0, s[18:19]
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_dword v138, v[138:139], off
	s_nop 0
	global_load_dword v139, v[140:141], off
	s_nop 0
	global_load_dword v140, v[142:143], off
	global_load_dword v141, v[144:145], off
	s_nop 0
	global_load_dword v142, v[146:147], off
	global_load_dword v143, v[148:149], off
	global_load_dword v144, v[150:151], off
	global_load_dword v145, v[152:153], off
	s_nop 0
	global_load_dword v146, v[154:155], off
	global_load_dword v147, v[156:157], off
	global_load_dword v148, v[158:159], off
	global_load_dword v149, v[160:161], off
	global_load_dword v150, v[162:163], off
	global_load_dword v151, v[164:165], off
	global_load_dword v152, v[166:167], off
	global_load_dword v153, v[168:169], off
	.loc	1 48 37 is_stmt 1               ; w8a8_gemm.py:48:37
	v_lshl_add_u64 v[154:155], s[8:9], 2, v[56:57]
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[8:15], v[130:137], 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v130, v[154:155], off
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b64_tr_b8 v[8:9], v124 offset:4096
	ds_read_b64_tr_b8 v[12:13], v124 offset:6144
	ds_read_b64_tr_b8 v[10:11], v125 offset:4608
	ds_read_b64_tr_b8 v[14:15], v125 offset:6656
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_u32 s2, s2, 0x80
	s_addc_u32 s3, s3, 0
	s_addk_i32 s11, 0xff80
	s_cmp_lg_u32 s10, s2
	v_lshl_add_u64 v[90:91], v[90:91], 0, s[4:5]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(17)
	ds_write_b128 v116, v[16:19]
	ds_write_b128 v116, v[24:27] offset:4096
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_write_b128 v123, v[20:23] offset:8192
	ds_write_b128 v123, v[28:31] offset:12288
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[0:7], v[8:15], a[0:15]
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	s_nop 7
	s_nop 7
	s_nop 3
	v_accvgpr_read_b32 v15, a1
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_accvgpr_read_b32 v1, a15
	v_accvgpr_read_b32 v0, a14
	v_accvgpr_read_b32 v3, a13
	v_accvgpr_read_b32 v2, a12
	v_accvgpr_read_b32 v5, a11
	v_accvgpr_read_b32 v4, a10
	v_accvgpr_read_b32 v7, a9
	v_accvgpr_read_b32 v6, a8
	v_accvgpr_read_b32 v9, a7
	v_accvgpr_read_b32 v8, a6
	v_accvgpr_read_b32 v11, a5
	v_accvgpr_read_b32 v10, a4
	v_accvgpr_read_b32 v13, a3
	v_accvgpr_read_b32 v12, a2
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_accvgpr_read_b32 v14, a0
	s_waitcnt vmcnt(15)
	v_pk_mul_f32 v[14:15], v[138:139], v[14:15]
	s_waitcnt vmcnt(13)
	v_pk_mul_f32 v[12:13], v[140:141], v[12:13]
	s_waitcnt vmcnt(11)
	v_pk_mul_f32 v[10:11], v[142:143], v[10:11]
	s_waitcnt vmcnt(9)
	v_pk_mul_f32 v[8:9], v[144:145], v[8:9]
	s_waitcnt vmcnt(7)
	v_pk_mul_f32 v[6:7], v[146:147], v[6:7]
	s_waitcnt vmcnt(5)
	v_pk_mul_f32 v[4:5], v[148:149], v[4:5]
	s_waitcnt vmcnt(3)
	v_pk_mul_f32 v[2:3], v[150:151], v[2:3]
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[0:1], v[152:153], v[0:1]
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[54:55], v[130:131], v[14:15], v[54:55] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[52:53], v[130:131], v[12:13], v[52:53] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[48:49], v[130:131], v[10:11], v[48:49] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[44:45], v[130:131], v[8:9], v[44:45] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[42:43], v[130:131], v[6:7], v[42:43] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[40:41], v[130:131], v[4:5], v[40:41] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[36:37], v[130:131], v[2:3], v[36:37] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[34:35], v[130:131], v[0:1], v[34:35] op_sel_hi:[0,1,1]
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	s_cbranch_scc0 .LBB0_22
.LBB0_14:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc, s11, v38
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v19, 0
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[8:9], vcc
	s_cbranch_execz .LBB0_16
; %bb.15:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 51 18 is_stmt 1               ; w8a8_gemm.py:51:18
	v_lshl_add_u64 v[0:1], v[94:95], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[16:19], v[0:1], off
.LBB0_16:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[8:9]
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v27, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b64 s[8:9], vcc
	s_cbranch_execz .LBB0_18
; %bb.17:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_lshl_add_u64 v[0:1], v[92:93], 0, s[2:3]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_dwordx4 v[24:27], v[0:1], off
.LBB0_18:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[8:9]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[8:11], v39
	ds_read_b128 v[12:15], v126
	ds_read_b128 v[0:3], v127
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	ds_read_b128 v[4:7], v128
	v_cmp_gt_i32_e32 vcc, s11, v112
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v23, 0
	.loc	1 45 20 is_stmt 0               ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[8:9], vcc
	s_cbranch_execz .LBB0_20
; %bb.19:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_lshl_add_u64 v[20:21], v[46:47], 0, v[90:91]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[20:23], v[20:21], off
.LBB0_20:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_or_b64 exec, exec, s[8:9]
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc, s11, v113
	v_mov_b32_e32 v28, 0
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v31, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b64 s[8:9], vcc
	s_cbranch_execz .LBB0_13
; %bb.21:                               ;   in Loop: Header=BB0_14 Depth=1
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_lshl_add_u64 v[28:29], v[50:51], 0, v[90:91]
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_dwordx4 v[28:31], v[28:29], off
	s_branch .LBB0_13
.LBB0_22:                               ; %._crit_edge.loopexit
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s4, s2, 7
	v_mov_b32_e32 v8, v121
.LBB0_23:                               ; %Flow375
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_u32_e32 v16, 0, v119
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add3_u32 v0, 0, v114, v8
	v_add3_u32 v4, 0, v115, v8
	v_add3_u32 v9, 0, v117, v8
	v_add3_u32 v12, 0, v118, v8
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add3_u32 v18, v16, v33, v120
	v_add3_u32 v30, 0, v122, v120
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[0:3], v0
	ds_read_b128 v[4:7], v4
	ds_read_b128 v[8:11], v9
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_read_b128 v[12:15], v12
	ds_read_b64_tr_b8 v[16:17], v18 offset:8192
	ds_read_b64_tr_b8 v[20:21], v18 offset:10240
	ds_read_b64_tr_b8 v[24:25], v18 offset:12288
	ds_read_b64_tr_b8 v[28:29], v18 offset:14336
	ds_read_b64_tr_b8 v[18:19], v30 offset:8704
	ds_read_b64_tr_b8 v[22:23], v30 offset:10752
	ds_read_b64_tr_b8 v[26:27], v30 offset:12800
	ds_read_b64_tr_b8 v[30:31], v30 offset:14848
	s_load_dword s2, s[0:1], 0x3c
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_cndmask_b32_e64 v33, 0, 1, s[16:17]
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	s_ashr_i32 s5, s4, 31
	v_mov_b32_e32 v91, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	v_cmp_ne_u32_e64 s[0:1], 1, v33
	s_andn2_b64 vcc, exec, s[16:17]
	v_mov_b32_e32 v90, 0
	s_cbranch_vccz .LBB0_77
; %bb.24:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_78
.LBB0_25:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v87, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v86, 0
	s_cbranch_vccz .LBB0_79
.LBB0_26:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_80
.LBB0_27:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v83, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v82, 0
	s_cbranch_vccz .LBB0_81
.LBB0_28:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_82
.LBB0_29:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v79, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v78, 0
	s_cbranch_vccz .LBB0_83
.LBB0_30:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_84
.LBB0_31:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v75, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v74, 0
	s_cbranch_vccz .LBB0_85
.LBB0_32:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_86
.LBB0_33:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v71, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v70, 0
	s_cbranch_vccz .LBB0_87
.LBB0_34:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_88
.LBB0_35:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v47, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v46, 0
	s_cbranch_vccz .LBB0_89
.LBB0_36:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_90
.LBB0_37:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v39, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v38, 0
	s_cbranch_vccz .LBB0_91
.LBB0_38:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_40
.LBB0_39:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[50:51], s[4:5], 2, v[58:59]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v39, v[50:51], off
.LBB0_40:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v50, 0
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v51, v50
	s_cbranch_vccnz .LBB0_42
; %bb.41:
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_mul_i32 s4, s4, s15
	s_ashr_i32 s5, s4, 31
	v_lshl_add_u64 v[50:51], s[4:5], 2, v[56:57]
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_dword v50, v[50:51], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v51, v50
.LBB0_42:
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_44
; %bb.43:
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[0:7], v[16:23], 0
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[8:15], v[24:31], a[0:15]
.LBB0_44:
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	s_waitcnt lgkmcnt(0)
	s_nop 7
	s_nop 7
	s_nop 2
	v_accvgpr_read_b32 v15, a1
	v_accvgpr_read_b32 v14, a0
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[14:15], v[90:91], v[14:15]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v111
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[14:15], v[50:51], v[14:15], v[54:55]
	.loc	1 57 58                         ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e32 vcc, s13, v32
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v15, v55, v15, s[16:17]
	v_cndmask_b32_e64 v14, v54, v14, s[16:17]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_accvgpr_read_b32 v13, a3
	v_accvgpr_read_b32 v12, a2
	v_accvgpr_read_b32 v11, a5
	v_accvgpr_read_b32 v10, a4
	v_accvgpr_read_b32 v9, a7
	v_accvgpr_read_b32 v8, a6
	v_accvgpr_read_b32 v7, a9
	v_accvgpr_read_b32 v6, a8
	v_accvgpr_read_b32 v5, a11
	v_accvgpr_read_b32 v4, a10
	v_accvgpr_read_b32 v3, a13
	v_accvgpr_read_b32 v2, a12
	v_accvgpr_read_b32 v1, a15
	v_accvgpr_read_b32 v0, a14
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_ashrrev_i32_e32 v33, 31, v32
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v16, v14, v15
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	v_mul_lo_u32 v14, s2, v111
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[14:15], v[14:15], 1, s[6:7]
	v_lshl_add_u64 v[14:15], v[32:33], 1, v[14:15]
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	global_store_short v[14:15], v16, off
.LBB0_46:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v110
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_mul_lo_u32 v14, s2, v110
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_48
; %bb.47:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[18:19], v[14:15], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[18:19], v[32:33], 1, v[18:19]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[18:19], v16, off
.LBB0_48:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[12:13], v[86:87], v[12:13]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v109
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[12:13], v[50:51], v[12:13], v[52:53]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v13, v53, v13, s[16:17]
	v_cndmask_b32_e64 v15, v52, v12, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v12, s2, v14
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v14, v15, v13
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[16:17], v[12:13], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[16:17], v[32:33], 1, v[16:17]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[16:17], v14, off
.LBB0_50:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v108
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v12, s2, v12
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_52
; %bb.51:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[16:17], v[12:13], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[16:17], v[32:33], 1, v[16:17]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[16:17], v14, off
.LBB0_52:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[10:11], v[82:83], v[10:11]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	s_mul_i32 s3, s2, 5
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[10:11], v[50:51], v[10:11], v[48:49]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v107
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v11, v49, v11, s[16:17]
	v_cndmask_b32_e64 v13, v48, v10, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v10, s3, v12
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v12, v13, v11
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[14:15], v[10:11], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[14:15], v[32:33], 1, v[14:15]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[14:15], v12, off
.LBB0_54:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v106
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v10, s2, v10
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_56
; %bb.55:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[14:15], v[10:11], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[14:15], v[32:33], 1, v[14:15]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[14:15], v12, off
.LBB0_56:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[8:9], v[78:79], v[8:9]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v105
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[8:9], v[50:51], v[8:9], v[44:45]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v9, v45, v9, s[16:17]
	v_cndmask_b32_e64 v11, v44, v8, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v8, s2, v10
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v10, v11, v9
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[12:13], v[8:9], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[12:13], v[32:33], 1, v[12:13]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[12:13], v10, off
.LBB0_58:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v104
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v8, s2, v8
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_60
; %bb.59:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[12:13], v[8:9], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[12:13], v[32:33], 1, v[12:13]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[12:13], v10, off
.LBB0_60:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[6:7], v[74:75], v[6:7]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v103
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[6:7], v[50:51], v[6:7], v[42:43]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v7, v43, v7, s[16:17]
	v_cndmask_b32_e64 v9, v42, v6, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v6, s3, v8
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v8, v9, v7
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[10:11], v[6:7], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[10:11], v[32:33], 1, v[10:11]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[10:11], v8, off
.LBB0_62:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v102
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v6, s2, v6
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_64
; %bb.63:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[10:11], v[6:7], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[10:11], v[32:33], 1, v[10:11]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[10:11], v8, off
.LBB0_64:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[4:5], v[70:71], v[4:5]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v101
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[4:5], v[50:51], v[4:5], v[40:41]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v5, v41, v5, s[16:17]
	v_cndmask_b32_e64 v7, v40, v4, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v4, s2, v6
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v6, v7, v5
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[8:9], v[4:5], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[8:9], v[32:33], 1, v[8:9]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[8:9], v6, off
.LBB0_66:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v100
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v4, s2, v4
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_68
; %bb.67:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[8:9], v[4:5], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[8:9], v[32:33], 1, v[8:9]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[8:9], v6, off
.LBB0_68:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[2:3], v[46:47], v[2:3]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v99
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[2:3], v[50:51], v[2:3], v[36:37]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v3, v37, v3, s[16:17]
	v_cndmask_b32_e64 v5, v36, v2, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v2, s3, v4
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v4, v5, v3
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[6:7], v[2:3], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[6:7], v[32:33], 1, v[6:7]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[6:7], v4, off
.LBB0_70:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v98
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v2, s2, v2
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_72
; %bb.71:
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[6:7], v[2:3], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[6:7], v[32:33], 1, v[6:7]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[6:7], v4, off
.LBB0_72:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_pk_mul_f32 v[0:1], v[38:39], v[0:1]
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v97
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_pk_fma_f32 v[0:1], v[50:51], v[0:1], v[34:35]
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b64 s[4:5], s[0:1], vcc
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v1, v35, v1, s[16:17]
	v_cndmask_b32_e64 v3, v34, v0, s[16:17]
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s2, v2
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_cvt_pk_bf16_f32 v2, v3, v1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 56 21 is_stmt 1               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[4:5], v[0:1], 1, s[6:7]
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[4:5], v[32:33], 1, v[4:5]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short v[4:5], v2, off
.LBB0_74:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s[0:1], s12, v96
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_76
; %bb.75:
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_u32_e32 v0, s2, v0
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[6:7]
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshl_add_u64 v[0:1], v[32:33], 1, v[0:1]
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	global_store_short_d16_hi v[0:1], v2, off
.LBB0_76:
	.loc	1 58 4 is_stmt 0                ; w8a8_gemm.py:58:4
	s_endpgm
.LBB0_77:
	.loc	1 0 4                           ; w8a8_gemm.py:0:4
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[88:89]
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	global_load_dword v90, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_25
.LBB0_78:
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[86:87]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v91, v[38:39], off
	v_mov_b32_e32 v87, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v86, 0
	s_cbranch_vccnz .LBB0_26
.LBB0_79:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[84:85]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v86, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_27
.LBB0_80:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[82:83]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v87, v[38:39], off
	v_mov_b32_e32 v83, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v82, 0
	s_cbranch_vccnz .LBB0_28
.LBB0_81:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[80:81]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v82, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_29
.LBB0_82:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[78:79]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v83, v[38:39], off
	v_mov_b32_e32 v79, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v78, 0
	s_cbranch_vccnz .LBB0_30
.LBB0_83:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[76:77]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v78, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_31
.LBB0_84:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[74:75]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v79, v[38:39], off
	v_mov_b32_e32 v75, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v74, 0
	s_cbranch_vccnz .LBB0_32
.LBB0_85:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[72:73]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v74, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_33
.LBB0_86:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[70:71]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v75, v[38:39], off
	v_mov_b32_e32 v71, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v70, 0
	s_cbranch_vccnz .LBB0_34
.LBB0_87:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[68:69]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v70, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_35
.LBB0_88:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[66:67]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v71, v[38:39], off
	v_mov_b32_e32 v47, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v46, 0
	s_cbranch_vccnz .LBB0_36
.LBB0_89:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[64:65]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v46, v[38:39], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_37
.LBB0_90:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[38:39], s[4:5], 2, v[62:63]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v47, v[38:39], off
	v_mov_b32_e32 v39, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v38, 0
	s_cbranch_vccnz .LBB0_38
.LBB0_91:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_lshl_add_u64 v[50:51], s[4:5], 2, v[60:61]
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_dword v38, v[50:51], off
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
		.amdhsa_next_free_vgpr 188
		.amdhsa_next_free_sgpr 28
		.amdhsa_accum_offset 172
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
	.set w8a8_block_fp8_matmul.num_vgpr, 170
	.set w8a8_block_fp8_matmul.num_agpr, 16
	.set w8a8_block_fp8_matmul.numbered_sgpr, 28
	.set w8a8_block_fp8_matmul.private_seg_size, 0
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 0
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 6500
; TotalNumSgprs: 34
; NumVgprs: 170
; NumAgprs: 16
; TotalNumVgprs: 188
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 23
; NumSGPRsForWavesPerEU: 34
; NumVGPRsForWavesPerEU: 188
; AccumOffset: 172
; Occupancy: 2
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 42
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
    .sgpr_count:     34
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uses_dynamic_stack: false
    .vgpr_count:     188
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

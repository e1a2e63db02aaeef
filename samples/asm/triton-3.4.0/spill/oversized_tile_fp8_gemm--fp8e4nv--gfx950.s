	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	oversized_tile_fp8_gemm         ; -- Begin function oversized_tile_fp8_gemm
	.p2align	8
	.type	oversized_tile_fp8_gemm,@function
oversized_tile_fp8_gemm:                ; @oversized_tile_fp8_gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1047:
	.file	1 "spill.py"
	.loc	1 16 0 prologue_end             ; spill.py:16:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.1048:
.LBB0_0:
.Ltmp1:
	.loc	1 22 21 is_stmt 1               ; spill.py:22:21
	s_lshl_b32 s33, s16, 8
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s0, s10, -1
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v1, s33, v0
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_u32 s0, 0x7ffffff0
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e32 vcc, s8, v1
	.loc	1 29 22                         ; spill.py:29:22
	s_cselect_b64 s[18:19], -1, 0
	s_and_b64 s[14:15], vcc, s[18:19]
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[0:1], s[14:15]
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 25 39                         ; spill.py:25:39
	v_mul_lo_u32 v4, s11, v1
	.loc	1 25 21 is_stmt 0               ; spill.py:25:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[4:5], s[2:3], 0, v[4:5]
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	global_load_dwordx4 v[6:9], v[4:5], off
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v11, 0x80, v0
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v1, s33, v11
	.loc	1 30 52 is_stmt 1               ; spill.py:30:52
	v_cmp_gt_i32_e64 s[0:1], s8, v1
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[20:21], s[0:1], s[18:19]
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[14:15], s[20:21]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 25 39                         ; spill.py:25:39
	v_mul_lo_u32 v2, s11, v1
	.loc	1 25 21 is_stmt 0               ; spill.py:25:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[2:3]
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 21 is_stmt 1               ; spill.py:23:21
	s_lshl_b32 s20, s17, 8
	.loc	1 23 31 is_stmt 0               ; spill.py:23:31
	v_or_b32_e32 v1, s20, v0
	.loc	1 31 52 is_stmt 1               ; spill.py:31:52
	v_cmp_gt_i32_e64 s[14:15], s9, v1
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[22:23], s[14:15], s[18:19]
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[16:17], s[22:23]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 26 39                         ; spill.py:26:39
	v_mul_lo_u32 v12, s12, v1
	.loc	1 26 21 is_stmt 0               ; spill.py:26:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[12:13], s[4:5], 0, v[12:13]
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	global_load_dwordx4 v[14:17], v[12:13], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v1, s20, v11
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[16:17], s9, v1
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[22:23], s[16:17], s[18:19]
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[18:19], s[22:23]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 26 39                         ; spill.py:26:39
	v_mul_lo_u32 v10, s12, v1
	.loc	1 26 21 is_stmt 0               ; spill.py:26:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[10:11]
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[18:19]
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v225, a15
	v_accvgpr_read_b32 v221, a11
	v_accvgpr_read_b32 v222, a12
	v_accvgpr_read_b32 v224, a14
	v_accvgpr_read_b32 v223, a13
	v_accvgpr_read_b32 v220, a10
	v_accvgpr_read_b32 v219, a9
	v_accvgpr_read_b32 v218, a8
	v_accvgpr_read_b32 v217, a7
	v_accvgpr_read_b32 v216, a6
	v_accvgpr_read_b32 v215, a5
	v_accvgpr_read_b32 v214, a4
	v_accvgpr_read_b32 v213, a3
	v_accvgpr_read_b32 v212, a2
	v_accvgpr_read_b32 v211, a1
	v_accvgpr_read_b32 v210, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v49, a15
	v_accvgpr_read_b32 v45, a11
	v_accvgpr_read_b32 v46, a12
	v_accvgpr_read_b32 v48, a14
	v_accvgpr_read_b32 v47, a13
	v_accvgpr_read_b32 v44, a10
	v_accvgpr_read_b32 v43, a9
	v_accvgpr_read_b32 v42, a8
	v_accvgpr_read_b32 v41, a7
	v_accvgpr_read_b32 v40, a6
	v_accvgpr_read_b32 v39, a5
	v_accvgpr_read_b32 v38, a4
	v_accvgpr_read_b32 v37, a3
	v_accvgpr_read_b32 v36, a2
	v_accvgpr_read_b32 v35, a1
	v_accvgpr_read_b32 v34, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v65, a15
	v_accvgpr_read_b32 v61, a11
	v_accvgpr_read_b32 v62, a12
	v_accvgpr_read_b32 v64, a14
	v_accvgpr_read_b32 v63, a13
	v_accvgpr_read_b32 v60, a10
	v_accvgpr_read_b32 v59, a9
	v_accvgpr_read_b32 v58, a8
	v_accvgpr_read_b32 v57, a7
	v_accvgpr_read_b32 v56, a6
	v_accvgpr_read_b32 v55, a5
	v_accvgpr_read_b32 v54, a4
	v_accvgpr_read_b32 v53, a3
	v_accvgpr_read_b32 v52, a2
	v_accvgpr_read_b32 v51, a1
	v_accvgpr_read_b32 v50, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v81, a15
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_lshrrev_b32_e32 v1, 6, v0
	v_accvgpr_read_b32 v77, a11
	v_accvgpr_read_b32 v78, a12
	v_accvgpr_read_b32 v80, a14
	v_accvgpr_read_b32 v79, a13
	v_accvgpr_read_b32 v76, a10
	v_accvgpr_read_b32 v75, a9
	v_accvgpr_read_b32 v74, a8
	v_accvgpr_read_b32 v73, a7
	v_accvgpr_read_b32 v72, a6
	v_accvgpr_read_b32 v71, a5
	v_accvgpr_read_b32 v70, a4
	v_accvgpr_read_b32 v69, a3
	v_accvgpr_read_b32 v68, a2
	v_accvgpr_read_b32 v67, a1
	v_accvgpr_read_b32 v66, a0
	scratch_store_dword off, v1, off offset:1928 ; 4-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b32_e32 v1, 4, v0
	.loc	1 31 20                         ; spill.py:31:20
	s_add_i32 s19, 0, 0x1000
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v177, a15
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v19, 0, v1
	v_accvgpr_read_b32 v174, a12
	v_accvgpr_read_b32 v175, a13
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v1, s19, v1
	v_accvgpr_read_b32 v176, a14
	v_accvgpr_read_b32 v173, a11
	v_accvgpr_read_b32 v172, a10
	v_accvgpr_read_b32 v171, a9
	v_accvgpr_read_b32 v170, a8
	v_accvgpr_read_b32 v169, a7
	v_accvgpr_read_b32 v168, a6
	v_accvgpr_read_b32 v167, a5
	v_accvgpr_read_b32 v166, a4
	v_accvgpr_read_b32 v165, a3
	v_accvgpr_read_b32 v164, a2
	v_accvgpr_read_b32 v163, a1
	v_accvgpr_read_b32 v162, a0
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v19, v[6:9]
	ds_write_b128 v19, v[2:5] offset:2048
	.loc	1 31 20                         ; spill.py:31:20
	ds_write_b128 v1, v[10:13] offset:2048
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	ds_write_b128 v19, v[14:17] offset:4096
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v17, a15
	v_accvgpr_read_b32 v14, a12
	v_accvgpr_read_b32 v15, a13
	v_accvgpr_read_b32 v16, a14
	v_accvgpr_read_b32 v13, a11
	v_accvgpr_read_b32 v12, a10
	v_accvgpr_read_b32 v11, a9
	v_accvgpr_read_b32 v10, a8
	v_accvgpr_read_b32 v9, a7
	v_accvgpr_read_b32 v8, a6
	v_accvgpr_read_b32 v7, a5
	v_accvgpr_read_b32 v6, a4
	v_accvgpr_read_b32 v5, a3
	v_accvgpr_read_b32 v4, a2
	v_accvgpr_read_b32 v3, a1
	v_accvgpr_read_b32 v2, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v209, a15
	v_accvgpr_read_b32 v206, a12
	v_accvgpr_read_b32 v207, a13
	v_accvgpr_read_b32 v208, a14
	v_accvgpr_read_b32 v205, a11
	v_accvgpr_read_b32 v204, a10
	v_accvgpr_read_b32 v203, a9
	v_accvgpr_read_b32 v202, a8
	v_accvgpr_read_b32 v201, a7
	v_accvgpr_read_b32 v200, a6
	v_accvgpr_read_b32 v199, a5
	v_accvgpr_read_b32 v198, a4
	v_accvgpr_read_b32 v197, a3
	v_accvgpr_read_b32 v196, a2
	v_accvgpr_read_b32 v195, a1
	v_accvgpr_read_b32 v194, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v145, a15
	v_accvgpr_read_b32 v142, a12
	v_accvgpr_read_b32 v143, a13
	v_accvgpr_read_b32 v144, a14
	v_accvgpr_read_b32 v141, a11
	v_accvgpr_read_b32 v140, a10
	v_accvgpr_read_b32 v139, a9
	v_accvgpr_read_b32 v138, a8
	v_accvgpr_read_b32 v137, a7
	v_accvgpr_read_b32 v136, a6
	v_accvgpr_read_b32 v135, a5
	v_accvgpr_read_b32 v134, a4
	v_accvgpr_read_b32 v133, a3
	v_accvgpr_read_b32 v132, a2
	v_accvgpr_read_b32 v131, a1
	v_accvgpr_read_b32 v130, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v193, a15
	v_accvgpr_read_b32 v190, a12
	v_accvgpr_read_b32 v191, a13
	v_accvgpr_read_b32 v192, a14
	v_accvgpr_read_b32 v189, a11
	v_accvgpr_read_b32 v188, a10
	v_accvgpr_read_b32 v187, a9
	v_accvgpr_read_b32 v186, a8
	v_accvgpr_read_b32 v185, a7
	v_accvgpr_read_b32 v184, a6
	v_accvgpr_read_b32 v183, a5
	v_accvgpr_read_b32 v182, a4
	v_accvgpr_read_b32 v181, a3
	v_accvgpr_read_b32 v180, a2
	v_accvgpr_read_b32 v179, a1
	v_accvgpr_read_b32 v178, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v129, a15
	v_accvgpr_read_b32 v126, a12
	v_accvgpr_read_b32 v127, a13
	v_accvgpr_read_b32 v128, a14
	v_accvgpr_read_b32 v125, a11
	v_accvgpr_read_b32 v124, a10
	v_accvgpr_read_b32 v123, a9
	v_accvgpr_read_b32 v122, a8
	v_accvgpr_read_b32 v121, a7
	v_accvgpr_read_b32 v120, a6
	v_accvgpr_read_b32 v119, a5
	v_accvgpr_read_b32 v118, a4
	v_accvgpr_read_b32 v117, a3
	v_accvgpr_read_b32 v116, a2
	v_accvgpr_read_b32 v115, a1
	v_accvgpr_read_b32 v114, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v161, a15
	v_accvgpr_read_b32 v158, a12
	v_accvgpr_read_b32 v159, a13
	v_accvgpr_read_b32 v160, a14
	v_accvgpr_read_b32 v157, a11
	v_accvgpr_read_b32 v156, a10
	v_accvgpr_read_b32 v155, a9
	v_accvgpr_read_b32 v154, a8
	v_accvgpr_read_b32 v153, a7
	v_accvgpr_read_b32 v152, a6
	v_accvgpr_read_b32 v151, a5
	v_accvgpr_read_b32 v150, a4
	v_accvgpr_read_b32 v149, a3
	v_accvgpr_read_b32 v148, a2
	v_accvgpr_read_b32 v147, a1
	v_accvgpr_read_b32 v146, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v113, a15
	v_accvgpr_read_b32 v110, a12
	v_accvgpr_read_b32 v111, a13
	v_accvgpr_read_b32 v112, a14
	v_accvgpr_read_b32 v109, a11
	v_accvgpr_read_b32 v108, a10
	v_accvgpr_read_b32 v107, a9
	v_accvgpr_read_b32 v106, a8
	v_accvgpr_read_b32 v105, a7
	v_accvgpr_read_b32 v104, a6
	v_accvgpr_read_b32 v103, a5
	v_accvgpr_read_b32 v102, a4
	v_accvgpr_read_b32 v101, a3
	v_accvgpr_read_b32 v100, a2
	v_accvgpr_read_b32 v99, a1
	v_accvgpr_read_b32 v98, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dword off, v19, off offset:1728 ; 4-byte Folded Spill
	scratch_store_dwordx4 off, a[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:96 ; 16-byte Folded Spill
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v18, 31, v0
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ spill.py:29:33 ]
	s_add_i32 s18, s10, 15
	v_accvgpr_write_b32 a240, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a224, 0
	v_accvgpr_write_b32 a225, 0
	v_accvgpr_write_b32 a226, 0
	v_accvgpr_write_b32 a227, 0
	v_accvgpr_write_b32 a228, 0
	v_accvgpr_write_b32 a229, 0
	v_accvgpr_write_b32 a230, 0
	v_accvgpr_write_b32 a231, 0
	v_accvgpr_write_b32 a232, 0
	v_accvgpr_write_b32 a233, 0
	v_accvgpr_write_b32 a234, 0
	v_accvgpr_write_b32 a235, 0
	v_accvgpr_write_b32 a236, 0
	v_accvgpr_write_b32 a237, 0
	v_accvgpr_write_b32 a238, 0
	v_accvgpr_write_b32 a239, 0
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a192, 0
	v_accvgpr_write_b32 a193, 0
	v_accvgpr_write_b32 a194, 0
	v_accvgpr_write_b32 a195, 0
	v_accvgpr_write_b32 a196, 0
	v_accvgpr_write_b32 a197, 0
	v_accvgpr_write_b32 a198, 0
	v_accvgpr_write_b32 a199, 0
	v_accvgpr_write_b32 a200, 0
	v_accvgpr_write_b32 a201, 0
	v_accvgpr_write_b32 a202, 0
	v_accvgpr_write_b32 a203, 0
	v_accvgpr_write_b32 a204, 0
	v_accvgpr_write_b32 a205, 0
	v_accvgpr_write_b32 a206, 0
	v_accvgpr_write_b32 a207, 0
	v_accvgpr_write_b32 a176, 0
	v_accvgpr_write_b32 a177, 0
	v_accvgpr_write_b32 a178, 0
	v_accvgpr_write_b32 a179, 0
	v_accvgpr_write_b32 a180, 0
	v_accvgpr_write_b32 a181, 0
	v_accvgpr_write_b32 a182, 0
	v_accvgpr_write_b32 a183, 0
	v_accvgpr_write_b32 a184, 0
	v_accvgpr_write_b32 a185, 0
	v_accvgpr_write_b32 a186, 0
	v_accvgpr_read_b32 v255, a15            ;  Reload Reuse
	scratch_store_dwordx3 off, a[12:14], off offset:112 ; 12-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:48 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v97, a15
	v_accvgpr_read_b32 v96, a14
	v_accvgpr_read_b32 v95, a13
	v_accvgpr_read_b32 v94, a12
	v_accvgpr_read_b32 v93, a11
	v_accvgpr_read_b32 v92, a10
	v_accvgpr_read_b32 v91, a9
	v_accvgpr_read_b32 v90, a8
	v_accvgpr_read_b32 v89, a7
	v_accvgpr_read_b32 v88, a6
	v_accvgpr_read_b32 v87, a5
	v_accvgpr_read_b32 v86, a4
	v_accvgpr_read_b32 v85, a3
	v_accvgpr_read_b32 v84, a2
	v_accvgpr_read_b32 v83, a1
	v_accvgpr_read_b32 v82, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1072 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:176 ; 16-byte Folded Spill
	scratch_store_dword off, v0, off offset:1920 ; 4-byte Folded Spill
	v_lshrrev_b32_e32 v0, 2, v0
	v_accvgpr_write_b32 a187, 0
	v_accvgpr_write_b32 a188, 0
	v_accvgpr_write_b32 a189, 0
	v_accvgpr_write_b32 a190, 0
	v_accvgpr_write_b32 a191, 0
	v_accvgpr_write_b32 a160, 0
	v_accvgpr_write_b32 a161, 0
	v_accvgpr_write_b32 a162, 0
	v_accvgpr_write_b32 a163, 0
	v_accvgpr_write_b32 a164, 0
	v_accvgpr_write_b32 a165, 0
	v_accvgpr_write_b32 a166, 0
	v_accvgpr_write_b32 a167, 0
	v_accvgpr_write_b32 a168, 0
	v_accvgpr_write_b32 a169, 0
	v_accvgpr_write_b32 a170, 0
	v_accvgpr_write_b32 a171, 0
	v_accvgpr_write_b32 a172, 0
	v_accvgpr_write_b32 a173, 0
	v_accvgpr_write_b32 a174, 0
	v_accvgpr_write_b32 a175, 0
	v_accvgpr_write_b32 a144, 0
	v_accvgpr_write_b32 a145, 0
	v_accvgpr_write_b32 a146, 0
	v_accvgpr_write_b32 a147, 0
	v_accvgpr_write_b32 a148, 0
	v_accvgpr_write_b32 a149, 0
	v_accvgpr_write_b32 a150, 0
	v_accvgpr_write_b32 a151, 0
	v_accvgpr_write_b32 a152, 0
	v_accvgpr_write_b32 a153, 0
	v_accvgpr_write_b32 a154, 0
	v_accvgpr_write_b32 a155, 0
	v_accvgpr_write_b32 a156, 0
	v_accvgpr_write_b32 a157, 0
	v_accvgpr_write_b32 a158, 0
	v_accvgpr_write_b32 a159, 0
	v_accvgpr_write_b32 a128, 0
	v_accvgpr_write_b32 a129, 0
	v_accvgpr_write_b32 a130, 0
	v_accvgpr_write_b32 a131, 0
	v_accvgpr_write_b32 a132, 0
	v_accvgpr_write_b32 a133, 0
	v_accvgpr_write_b32 a134, 0
	v_accvgpr_write_b32 a135, 0
	v_accvgpr_write_b32 a136, 0
	v_accvgpr_write_b32 a137, 0
	v_accvgpr_write_b32 a138, 0
	v_accvgpr_write_b32 a139, 0
	v_accvgpr_write_b32 a140, 0
	v_accvgpr_write_b32 a141, 0
	v_accvgpr_write_b32 a142, 0
	v_accvgpr_write_b32 a143, 0
	v_accvgpr_write_b32 a112, 0
	v_accvgpr_write_b32 a113, 0
	v_accvgpr_write_b32 a114, 0
	v_accvgpr_write_b32 a115, 0
	v_accvgpr_write_b32 a116, 0
	v_accvgpr_write_b32 a117, 0
	v_accvgpr_write_b32 a118, 0
	v_accvgpr_write_b32 a119, 0
	v_accvgpr_write_b32 a120, 0
	v_accvgpr_write_b32 a121, 0
	v_accvgpr_write_b32 a122, 0
	v_accvgpr_write_b32 a123, 0
	v_accvgpr_write_b32 a124, 0
	v_accvgpr_write_b32 a125, 0
	v_accvgpr_write_b32 a126, 0
	v_accvgpr_write_b32 a127, 0
	v_accvgpr_write_b32 a96, 0
	v_accvgpr_write_b32 a97, 0
	v_accvgpr_write_b32 a98, 0
	v_accvgpr_write_b32 a99, 0
	v_accvgpr_write_b32 a100, 0
	v_accvgpr_write_b32 a101, 0
	v_accvgpr_write_b32 a102, 0
	v_accvgpr_write_b32 a103, 0
	v_accvgpr_write_b32 a104, 0
	v_accvgpr_write_b32 a105, 0
	v_accvgpr_write_b32 a106, 0
	v_accvgpr_write_b32 a107, 0
	v_accvgpr_write_b32 a108, 0
	v_accvgpr_write_b32 a109, 0
	v_accvgpr_write_b32 a110, 0
	v_accvgpr_write_b32 a111, 0
	v_accvgpr_write_b32 a80, 0
	v_accvgpr_write_b32 a81, 0
	v_accvgpr_write_b32 a82, 0
	v_accvgpr_write_b32 a83, 0
	v_accvgpr_write_b32 a84, 0
	v_accvgpr_write_b32 a85, 0
	v_accvgpr_write_b32 a86, 0
	v_accvgpr_write_b32 a87, 0
	v_accvgpr_write_b32 a88, 0
	v_accvgpr_write_b32 a89, 0
	v_accvgpr_write_b32 a90, 0
	v_accvgpr_write_b32 a91, 0
	v_accvgpr_write_b32 a92, 0
	v_accvgpr_write_b32 a93, 0
	v_accvgpr_write_b32 a94, 0
	v_accvgpr_write_b32 a95, 0
	v_accvgpr_write_b32 a64, 0
	v_accvgpr_write_b32 a65, 0
	v_accvgpr_write_b32 a66, 0
	v_accvgpr_write_b32 a67, 0
	v_accvgpr_write_b32 a68, 0
	v_accvgpr_write_b32 a69, 0
	v_accvgpr_write_b32 a70, 0
	v_accvgpr_write_b32 a71, 0
	v_accvgpr_write_b32 a72, 0
	v_accvgpr_write_b32 a73, 0
	v_accvgpr_write_b32 a74, 0
	v_accvgpr_write_b32 a75, 0
	v_accvgpr_write_b32 a76, 0
	v_accvgpr_write_b32 a77, 0
	v_accvgpr_write_b32 a78, 0
	v_accvgpr_write_b32 a79, 0
	v_accvgpr_write_b32 a48, 0
	v_accvgpr_write_b32 a49, 0
	v_accvgpr_write_b32 a50, 0
	v_accvgpr_write_b32 a51, 0
	v_accvgpr_write_b32 a52, 0
	v_accvgpr_write_b32 a53, 0
	v_accvgpr_write_b32 a54, 0
	v_accvgpr_write_b32 a55, 0
	v_accvgpr_write_b32 a56, 0
	v_accvgpr_write_b32 a57, 0
	v_accvgpr_write_b32 a58, 0
	v_accvgpr_write_b32 a59, 0
	v_accvgpr_write_b32 a60, 0
	v_accvgpr_write_b32 a61, 0
	v_accvgpr_write_b32 a62, 0
	v_accvgpr_write_b32 a63, 0
	v_accvgpr_write_b32 a32, 0
	v_accvgpr_write_b32 a33, 0
	v_accvgpr_write_b32 a34, 0
	v_accvgpr_write_b32 a35, 0
	v_accvgpr_write_b32 a36, 0
	v_accvgpr_write_b32 a37, 0
	v_accvgpr_write_b32 a38, 0
	v_accvgpr_write_b32 a39, 0
	v_accvgpr_write_b32 a40, 0
	v_accvgpr_write_b32 a41, 0
	v_accvgpr_write_b32 a42, 0
	v_accvgpr_write_b32 a43, 0
	v_accvgpr_write_b32 a44, 0
	v_accvgpr_write_b32 a45, 0
	v_accvgpr_write_b32 a46, 0
	v_accvgpr_write_b32 a47, 0
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a31, 0
.Ltmp3:
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s18, 32
	scratch_store_dword off, v0, off offset:1936 ; 4-byte Folded Spill
	scratch_store_dword off, v18, off offset:1924 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v0, 4, v18
	scratch_store_dword off, v0, off offset:1932 ; 4-byte Folded Spill
	s_cbranch_scc1 .LBB0_20
; %bb.9:                                ; %.lr.ph
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	scratch_load_dword v0, off, off offset:1936 ; 4-byte Folded Reload
	scratch_load_dword v1, off, off offset:1932 ; 4-byte Folded Reload
	scratch_load_dword v7, off, off offset:1920 ; 4-byte Folded Reload
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
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
.Ltmp4:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ spill.py:29:33 ]
	s_ashr_i32 s19, s18, 31
	s_lshr_b32 s19, s19, 28
	s_add_i32 s19, s18, s19
	s_ashr_i32 s19, s19, 4
	v_accvgpr_write_b32 a239, 0
.Ltmp5:
	.loc	1 29 22                         ; spill.py:29:22
	s_max_i32 s19, s19, 2
	v_accvgpr_write_b32 a238, 0
	v_accvgpr_write_b32 a237, 0
	v_accvgpr_write_b32 a236, 0
	v_accvgpr_write_b32 a235, 0
	v_accvgpr_write_b32 a234, 0
	v_accvgpr_write_b32 a233, 0
	v_accvgpr_write_b32 a232, 0
	v_accvgpr_write_b32 a231, 0
	v_accvgpr_write_b32 a230, 0
	v_accvgpr_write_b32 a229, 0
	v_accvgpr_write_b32 a228, 0
	v_accvgpr_write_b32 a227, 0
	v_accvgpr_write_b32 a226, 0
	v_accvgpr_write_b32 a225, 0
	v_accvgpr_write_b32 a224, 0
	v_accvgpr_read_b32 v241, a239
	s_add_i32 s10, s10, -16
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a47, 0
	v_accvgpr_write_b32 a46, 0
	v_accvgpr_write_b32 a45, 0
	v_accvgpr_write_b32 a44, 0
	v_accvgpr_write_b32 a43, 0
	v_accvgpr_write_b32 a42, 0
	s_waitcnt vmcnt(2)
	v_and_b32_e32 v2, 8, v0
	scratch_load_dword v0, off, off offset:1928 ; 4-byte Folded Reload
	s_waitcnt vmcnt(2)
	v_add_u32_e32 v3, 0, v1
	v_add_u32_e32 v5, 0, v2
	v_add_u32_e32 v2, v3, v2
	v_accvgpr_write_b32 a41, 0
	v_accvgpr_write_b32 a40, 0
	v_accvgpr_write_b32 a39, 0
	v_accvgpr_write_b32 a38, 0
	v_accvgpr_write_b32 a37, 0
	v_accvgpr_write_b32 a36, 0
	v_accvgpr_write_b32 a35, 0
	v_accvgpr_write_b32 a34, 0
	v_accvgpr_write_b32 a33, 0
	v_accvgpr_write_b32 a32, 0
	v_accvgpr_write_b32 a63, 0
	v_accvgpr_write_b32 a62, 0
	v_accvgpr_write_b32 a61, 0
	v_accvgpr_write_b32 a60, 0
	v_accvgpr_write_b32 a59, 0
	v_accvgpr_write_b32 a58, 0
	v_accvgpr_write_b32 a57, 0
	v_accvgpr_write_b32 a56, 0
	v_accvgpr_write_b32 a55, 0
	v_accvgpr_write_b32 a54, 0
	v_accvgpr_write_b32 a53, 0
	v_accvgpr_write_b32 a52, 0
	v_accvgpr_write_b32 a51, 0
	v_accvgpr_write_b32 a50, 0
	v_accvgpr_write_b32 a49, 0
	v_accvgpr_write_b32 a48, 0
	v_accvgpr_write_b32 a79, 0
	v_accvgpr_write_b32 a78, 0
	v_accvgpr_write_b32 a77, 0
	v_accvgpr_write_b32 a76, 0
	v_accvgpr_write_b32 a75, 0
	v_accvgpr_write_b32 a74, 0
	v_accvgpr_write_b32 a73, 0
	v_accvgpr_write_b32 a72, 0
	v_accvgpr_write_b32 a71, 0
	v_accvgpr_write_b32 a70, 0
	v_accvgpr_write_b32 a69, 0
	v_accvgpr_write_b32 a68, 0
	v_accvgpr_write_b32 a67, 0
	v_accvgpr_write_b32 a66, 0
	v_accvgpr_write_b32 a65, 0
	v_accvgpr_write_b32 a64, 0
	v_accvgpr_write_b32 a95, 0
	v_accvgpr_write_b32 a94, 0
	v_accvgpr_write_b32 a93, 0
	v_accvgpr_write_b32 a92, 0
	v_accvgpr_write_b32 a91, 0
	v_accvgpr_write_b32 a90, 0
	v_accvgpr_write_b32 a89, 0
	v_accvgpr_write_b32 a88, 0
	v_accvgpr_write_b32 a87, 0
	v_accvgpr_write_b32 a86, 0
	v_accvgpr_write_b32 a85, 0
	v_accvgpr_write_b32 a84, 0
	v_accvgpr_write_b32 a83, 0
	v_accvgpr_write_b32 a82, 0
	v_accvgpr_write_b32 a81, 0
	v_accvgpr_write_b32 a80, 0
	v_accvgpr_write_b32 a111, 0
	v_accvgpr_write_b32 a110, 0
	v_accvgpr_write_b32 a109, 0
	v_accvgpr_write_b32 a108, 0
	v_accvgpr_write_b32 a107, 0
	v_accvgpr_write_b32 a106, 0
	v_accvgpr_write_b32 a105, 0
	v_accvgpr_write_b32 a104, 0
	v_accvgpr_write_b32 a103, 0
	v_accvgpr_write_b32 a102, 0
	v_accvgpr_write_b32 a101, 0
	v_accvgpr_write_b32 a100, 0
	v_accvgpr_write_b32 a99, 0
	v_accvgpr_write_b32 a98, 0
	v_accvgpr_write_b32 a97, 0
	v_accvgpr_write_b32 a96, 0
	v_accvgpr_write_b32 a127, 0
	s_waitcnt vmcnt(1)
	v_add_u32_e32 v6, s20, v7
	s_waitcnt vmcnt(0)
	v_lshl_or_b32 v4, v0, 9, v1
	v_add_u32_e32 v0, 0x80, v6
	v_mul_lo_u32 v0, s12, v0
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[4:5]
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1152 ; 8-byte Folded Spill
	v_mul_lo_u32 v0, s12, v6
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[4:5]
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	v_add_u32_e32 v6, s33, v7
	scratch_store_dwordx2 off, v[0:1], off offset:1088 ; 8-byte Folded Spill
	v_add_u32_e32 v0, 0x80, v6
	v_mul_lo_u32 v6, s11, v6
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[6:7], v[6:7], 0, s[2:3]
	v_lshl_add_u64 v[6:7], v[6:7], 0, 16
	scratch_store_dwordx2 off, v[6:7], off offset:1024 ; 8-byte Folded Spill
	scratch_store_dwordx4 off, a[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[240:243], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:240 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:48 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:96 ; 16-byte Folded Spill
	v_mul_lo_u32 v0, s11, v0
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[2:3]
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
	v_accvgpr_write_b32 a0, 0
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	s_add_i32 s11, s19, -1
	v_accvgpr_write_b32 a126, 0
	v_accvgpr_write_b32 a125, 0
	v_accvgpr_write_b32 a124, 0
	v_accvgpr_write_b32 a123, 0
	v_accvgpr_write_b32 a122, 0
	v_accvgpr_write_b32 a121, 0
	v_accvgpr_write_b32 a120, 0
	v_accvgpr_write_b32 a119, 0
	v_accvgpr_write_b32 a118, 0
	v_accvgpr_write_b32 a117, 0
	v_accvgpr_write_b32 a116, 0
	v_accvgpr_write_b32 a115, 0
	v_accvgpr_write_b32 a114, 0
	v_accvgpr_write_b32 a113, 0
	v_accvgpr_write_b32 a112, 0
	v_accvgpr_write_b32 a143, 0
	v_accvgpr_write_b32 a142, 0
	v_accvgpr_write_b32 a141, 0
	v_accvgpr_write_b32 a140, 0
	v_accvgpr_write_b32 a139, 0
	v_accvgpr_write_b32 a138, 0
	v_accvgpr_write_b32 a137, 0
	v_accvgpr_write_b32 a136, 0
	v_accvgpr_write_b32 a135, 0
	v_accvgpr_write_b32 a134, 0
	v_accvgpr_write_b32 a133, 0
	v_accvgpr_write_b32 a132, 0
	v_accvgpr_write_b32 a131, 0
	v_accvgpr_write_b32 a130, 0
	v_accvgpr_write_b32 a129, 0
	v_accvgpr_write_b32 a128, 0
	v_accvgpr_write_b32 a159, 0
	v_accvgpr_write_b32 a158, 0
	v_accvgpr_write_b32 a157, 0
	v_accvgpr_write_b32 a156, 0
	v_accvgpr_write_b32 a155, 0
	v_accvgpr_write_b32 a154, 0
	v_accvgpr_write_b32 a153, 0
	v_accvgpr_write_b32 a152, 0
	v_accvgpr_write_b32 a151, 0
	v_accvgpr_write_b32 a150, 0
	v_accvgpr_write_b32 a149, 0
	v_accvgpr_write_b32 a148, 0
	v_accvgpr_write_b32 a147, 0
	v_accvgpr_write_b32 a146, 0
	v_accvgpr_write_b32 a145, 0
	v_accvgpr_write_b32 a144, 0
	v_accvgpr_write_b32 a175, 0
	v_accvgpr_write_b32 a174, 0
	v_accvgpr_write_b32 a173, 0
	v_accvgpr_write_b32 a172, 0
	v_accvgpr_write_b32 a171, 0
	v_accvgpr_write_b32 a170, 0
	v_accvgpr_write_b32 a169, 0
	v_accvgpr_write_b32 a168, 0
	v_accvgpr_write_b32 a167, 0
	v_accvgpr_read_b32 v255, a255           ;  Reload Reuse
	scratch_store_dwordx3 off, a[252:254], off offset:112 ; 12-byte Folded Spill
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:304 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:368 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:432 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:496 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:560 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:624 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:688 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:752 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:816 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:880 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[240:243], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:944 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a166, 0
	v_accvgpr_write_b32 a165, 0
	v_accvgpr_write_b32 a164, 0
	v_accvgpr_write_b32 a163, 0
	v_accvgpr_write_b32 a162, 0
	v_accvgpr_write_b32 a161, 0
	v_accvgpr_write_b32 a160, 0
	v_accvgpr_write_b32 a191, 0
	v_accvgpr_write_b32 a190, 0
	v_accvgpr_write_b32 a189, 0
	v_accvgpr_write_b32 a188, 0
	v_accvgpr_write_b32 a187, 0
	v_accvgpr_write_b32 a186, 0
	v_accvgpr_write_b32 a185, 0
	v_accvgpr_write_b32 a184, 0
	v_accvgpr_write_b32 a183, 0
	v_accvgpr_write_b32 a182, 0
	v_accvgpr_write_b32 a181, 0
	v_accvgpr_write_b32 a180, 0
	v_accvgpr_write_b32 a179, 0
	v_accvgpr_write_b32 a178, 0
	v_accvgpr_write_b32 a177, 0
	v_accvgpr_write_b32 a176, 0
	v_accvgpr_write_b32 a207, 0
	v_accvgpr_write_b32 a206, 0
	v_accvgpr_write_b32 a205, 0
	v_accvgpr_write_b32 a204, 0
	v_accvgpr_write_b32 a203, 0
	v_accvgpr_write_b32 a202, 0
	v_accvgpr_write_b32 a201, 0
	v_accvgpr_write_b32 a200, 0
	v_accvgpr_write_b32 a199, 0
	v_accvgpr_write_b32 a198, 0
	v_accvgpr_write_b32 a197, 0
	v_accvgpr_write_b32 a196, 0
	v_accvgpr_write_b32 a195, 0
	v_accvgpr_write_b32 a194, 0
	v_accvgpr_write_b32 a193, 0
	v_accvgpr_write_b32 a192, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_read_b32 v240, a238
	v_accvgpr_read_b32 v239, a237
	v_accvgpr_read_b32 v238, a236
	v_accvgpr_read_b32 v237, a235
	v_accvgpr_read_b32 v236, a234
	v_accvgpr_read_b32 v235, a233
	v_accvgpr_read_b32 v234, a232
	v_accvgpr_read_b32 v233, a231
	v_accvgpr_read_b32 v232, a230
	v_accvgpr_read_b32 v231, a229
	v_accvgpr_read_b32 v230, a228
	v_accvgpr_read_b32 v229, a227
	v_accvgpr_read_b32 v228, a226
	v_accvgpr_read_b32 v227, a225
	v_accvgpr_read_b32 v226, a224
	v_accvgpr_write_b32 a239, 0
	v_accvgpr_write_b32 a238, 0
	v_accvgpr_write_b32 a237, 0
	v_accvgpr_write_b32 a236, 0
	v_accvgpr_write_b32 a235, 0
	v_accvgpr_write_b32 a234, 0
	v_accvgpr_write_b32 a233, 0
	v_accvgpr_write_b32 a232, 0
	v_accvgpr_write_b32 a231, 0
	v_accvgpr_write_b32 a230, 0
	v_accvgpr_write_b32 a229, 0
	v_accvgpr_write_b32 a228, 0
	v_accvgpr_write_b32 a227, 0
	v_accvgpr_write_b32 a226, 0
	v_accvgpr_write_b32 a225, 0
	v_accvgpr_write_b32 a224, 0
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	scratch_store_dwordx4 off, a[0:3], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1008 ; 16-byte Folded Spill
	scratch_store_dword off, v2, off offset:1792 ; 4-byte Folded Spill
	v_add_u32_e32 v2, v5, v4
	scratch_store_dword off, v2, off offset:1856 ; 4-byte Folded Spill
	s_branch .LBB0_11
.LBB0_10:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	s_or_b64 exec, exec, s[2:3]
	scratch_load_dword v254, off, off offset:1856 ; 4-byte Folded Reload
	.loc	1 32 24 is_stmt 1               ; spill.py:32:24
	v_accvgpr_write_b32 a0, v2
	s_waitcnt vmcnt(1)
	scratch_store_dwordx4 off, v[250:253], off offset:1600 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a1, v3
	v_accvgpr_write_b32 a2, v4
	v_accvgpr_write_b32 a3, v5
	v_accvgpr_write_b32 a4, v6
	v_accvgpr_write_b32 a5, v7
	v_accvgpr_write_b32 a6, v8
	v_accvgpr_write_b32 a7, v9
	v_accvgpr_write_b32 a8, v10
	v_accvgpr_write_b32 a9, v11
	v_accvgpr_write_b32 a10, v12
	v_accvgpr_write_b32 a11, v13
	v_accvgpr_write_b32 a12, v14
	v_accvgpr_write_b32 a13, v15
	v_accvgpr_write_b32 a14, v16
	v_accvgpr_write_b32 a15, v17
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s11, s11, -1
	s_add_i32 s10, s10, -16
	s_cmp_lg_u32 s11, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(1)
	ds_read2st64_b64 v[250:253], v254 offset0:8 offset1:10
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[242:243], v[250:251], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1008 ; 16-byte Folded Spill
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2st64_b64 v[2:5], v254 offset0:12 offset1:14
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[244:245], v[250:251], a[192:207]
	v_accvgpr_write_b32 a0, v226
	v_accvgpr_write_b32 a1, v227
	v_accvgpr_write_b32 a2, v228
	v_accvgpr_write_b32 a3, v229
	v_accvgpr_write_b32 a4, v230
	v_accvgpr_write_b32 a5, v231
	v_accvgpr_write_b32 a6, v232
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[242:243], v[2:3], a[224:239]
	v_accvgpr_write_b32 a7, v233
	v_accvgpr_write_b32 a8, v234
	v_accvgpr_write_b32 a9, v235
	s_nop 7
	s_nop 0
	scratch_store_dwordx4 off, a[224:227], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:944 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[242:243], v[4:5], a[208:223]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[208:211], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:880 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[244:245], v[252:253], a[176:191]
	scratch_store_dwordx4 off, a[192:195], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[196:199], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[200:203], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[204:207], off offset:816 ; 16-byte Folded Spill
	s_nop 6
	scratch_store_dwordx4 off, a[176:179], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[180:183], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[184:187], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[188:191], off offset:752 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[244:245], v[2:3], a[160:175]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[160:163], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[164:167], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[168:171], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[172:175], off offset:688 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[244:245], v[4:5], a[144:159]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[144:147], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[148:151], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[152:155], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[156:159], off offset:624 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[246:247], v[250:251], a[128:143]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[128:131], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[132:135], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[136:139], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[140:143], off offset:560 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[246:247], v[252:253], a[112:127]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[112:115], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[116:119], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[120:123], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[124:127], off offset:496 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[246:247], v[2:3], a[96:111]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[96:99], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[100:103], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[104:107], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[108:111], off offset:432 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[246:247], v[4:5], a[80:95]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[80:83], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[84:87], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[88:91], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[92:95], off offset:368 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[248:249], v[250:251], a[64:79]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[64:67], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[68:71], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[72:75], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[76:79], off offset:304 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[248:249], v[252:253], a[48:63]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[48:51], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[52:55], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[56:59], off offset:96 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[248:249], v[2:3], a[32:47]
	v_accvgpr_write_b32 a10, v236
	v_accvgpr_write_b32 a11, v237
	v_accvgpr_write_b32 a12, v238
	v_accvgpr_write_b32 a13, v239
	v_accvgpr_write_b32 a14, v240
	v_accvgpr_write_b32 a15, v241
	v_accvgpr_write_b32 a239, v33
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[248:249], v[4:5], a[16:31]
	v_accvgpr_write_b32 a208, v210
	v_accvgpr_write_b32 a192, v194
	v_accvgpr_write_b32 a176, v178
	v_accvgpr_write_b32 a160, v162
	v_accvgpr_write_b32 a144, v146
	v_accvgpr_write_b32 a128, v130
	v_accvgpr_write_b32 a112, v114
	v_accvgpr_write_b32 a96, v98
	v_accvgpr_write_b32 a80, v82
	v_accvgpr_write_b32 a64, v66
	v_accvgpr_write_b32 a238, v32
	v_accvgpr_write_b32 a237, v31
	v_accvgpr_write_b32 a236, v30
	v_accvgpr_write_b32 a235, v29
	v_accvgpr_write_b32 a234, v28
	v_accvgpr_write_b32 a233, v27
	v_accvgpr_write_b32 a232, v26
	v_accvgpr_write_b32 a231, v25
	v_accvgpr_write_b32 a230, v24
	v_accvgpr_write_b32 a229, v23
	v_accvgpr_write_b32 a228, v22
	v_accvgpr_write_b32 a227, v21
	v_accvgpr_write_b32 a226, v20
	v_accvgpr_write_b32 a225, v19
	v_accvgpr_write_b32 a224, v18
	v_accvgpr_write_b32 a209, v211
	v_accvgpr_write_b32 a210, v212
	v_accvgpr_write_b32 a211, v213
	v_accvgpr_write_b32 a212, v214
	v_accvgpr_write_b32 a213, v215
	v_accvgpr_write_b32 a214, v216
	v_accvgpr_write_b32 a215, v217
	v_accvgpr_write_b32 a216, v218
	v_accvgpr_write_b32 a217, v219
	v_accvgpr_write_b32 a218, v220
	v_accvgpr_write_b32 a219, v221
	v_accvgpr_write_b32 a220, v222
	v_accvgpr_write_b32 a221, v223
	v_accvgpr_write_b32 a222, v224
	v_accvgpr_write_b32 a223, v225
	v_accvgpr_write_b32 a193, v195
	v_accvgpr_write_b32 a194, v196
	v_accvgpr_write_b32 a195, v197
	v_accvgpr_write_b32 a196, v198
	v_accvgpr_write_b32 a197, v199
	v_accvgpr_write_b32 a198, v200
	v_accvgpr_write_b32 a199, v201
	v_accvgpr_write_b32 a200, v202
	v_accvgpr_write_b32 a201, v203
	v_accvgpr_write_b32 a202, v204
	v_accvgpr_write_b32 a203, v205
	v_accvgpr_write_b32 a204, v206
	v_accvgpr_write_b32 a205, v207
	v_accvgpr_write_b32 a206, v208
	v_accvgpr_write_b32 a207, v209
	v_accvgpr_write_b32 a177, v179
	v_accvgpr_write_b32 a178, v180
	v_accvgpr_write_b32 a179, v181
	v_accvgpr_write_b32 a180, v182
	v_accvgpr_write_b32 a181, v183
	v_accvgpr_write_b32 a182, v184
	v_accvgpr_write_b32 a183, v185
	v_accvgpr_write_b32 a184, v186
	v_accvgpr_write_b32 a185, v187
	v_accvgpr_write_b32 a186, v188
	v_accvgpr_write_b32 a187, v189
	v_accvgpr_write_b32 a188, v190
	v_accvgpr_write_b32 a189, v191
	scratch_store_dwordx3 off, a[60:62], off offset:112 ; 12-byte Folded Spill
	scratch_store_dwordx4 off, a[32:35], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[36:39], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[40:43], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[44:47], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[16:19], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[6:9], off, off offset:1664 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:1536 ; 16-byte Folded Reload
	scratch_load_dwordx2 v[0:1], off, off offset:1152 ; 8-byte Folded Reload
	s_waitcnt vmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[6:7], v[252:253], a[0:15]
	v_accvgpr_write_b32 a190, v192
	v_accvgpr_write_b32 a191, v193
	v_accvgpr_write_b32 a161, v163
	v_accvgpr_write_b32 a162, v164
	v_accvgpr_write_b32 a163, v165
	v_accvgpr_write_b32 a164, v166
	v_accvgpr_write_b32 a165, v167
	s_nop 4
	v_accvgpr_read_b32 v241, a15
	v_accvgpr_write_b32 a166, v168
	v_accvgpr_write_b32 a167, v169
	v_accvgpr_write_b32 a168, v170
	v_accvgpr_write_b32 a169, v171
	v_accvgpr_write_b32 a170, v172
	v_accvgpr_write_b32 a171, v173
	v_accvgpr_write_b32 a172, v174
	v_accvgpr_write_b32 a173, v175
	v_accvgpr_write_b32 a174, v176
	v_accvgpr_write_b32 a175, v177
	v_accvgpr_write_b32 a145, v147
	v_accvgpr_write_b32 a146, v148
	v_accvgpr_write_b32 a147, v149
	v_accvgpr_write_b32 a148, v150
	v_accvgpr_write_b32 a149, v151
	v_accvgpr_write_b32 a150, v152
	v_accvgpr_write_b32 a151, v153
	v_accvgpr_write_b32 a152, v154
	v_accvgpr_write_b32 a153, v155
	v_accvgpr_write_b32 a154, v156
	v_accvgpr_write_b32 a155, v157
	v_accvgpr_write_b32 a156, v158
	v_accvgpr_write_b32 a157, v159
	v_accvgpr_write_b32 a158, v160
	v_accvgpr_write_b32 a159, v161
	v_accvgpr_write_b32 a129, v131
	v_accvgpr_write_b32 a130, v132
	v_accvgpr_write_b32 a131, v133
	v_accvgpr_write_b32 a132, v134
	v_accvgpr_write_b32 a133, v135
	v_accvgpr_write_b32 a134, v136
	v_accvgpr_write_b32 a135, v137
	v_accvgpr_write_b32 a136, v138
	v_accvgpr_write_b32 a137, v139
	v_accvgpr_write_b32 a138, v140
	v_accvgpr_write_b32 a139, v141
	v_accvgpr_write_b32 a140, v142
	v_accvgpr_write_b32 a141, v143
	v_accvgpr_write_b32 a142, v144
	v_accvgpr_write_b32 a143, v145
	v_accvgpr_write_b32 a113, v115
	v_accvgpr_write_b32 a114, v116
	v_accvgpr_write_b32 a115, v117
	v_accvgpr_write_b32 a116, v118
	v_accvgpr_write_b32 a117, v119
	v_accvgpr_write_b32 a118, v120
	v_accvgpr_write_b32 a119, v121
	v_accvgpr_write_b32 a120, v122
	v_accvgpr_write_b32 a121, v123
	v_accvgpr_write_b32 a122, v124
	v_accvgpr_write_b32 a123, v125
	v_accvgpr_write_b32 a124, v126
	v_accvgpr_write_b32 a125, v127
	v_accvgpr_write_b32 a126, v128
	v_accvgpr_write_b32 a127, v129
	v_accvgpr_write_b32 a97, v99
	v_accvgpr_write_b32 a98, v100
	v_accvgpr_write_b32 a99, v101
	v_accvgpr_write_b32 a100, v102
	v_accvgpr_write_b32 a101, v103
	v_accvgpr_write_b32 a102, v104
	v_accvgpr_write_b32 a103, v105
	v_accvgpr_write_b32 a104, v106
	v_accvgpr_write_b32 a105, v107
	v_accvgpr_write_b32 a106, v108
	v_accvgpr_write_b32 a107, v109
	v_accvgpr_write_b32 a108, v110
	v_accvgpr_write_b32 a109, v111
	v_accvgpr_write_b32 a110, v112
	v_accvgpr_write_b32 a111, v113
	v_accvgpr_write_b32 a81, v83
	v_accvgpr_write_b32 a82, v84
	v_accvgpr_write_b32 a83, v85
	v_accvgpr_write_b32 a84, v86
	v_accvgpr_write_b32 a85, v87
	v_accvgpr_write_b32 a86, v88
	v_accvgpr_write_b32 a87, v89
	v_accvgpr_write_b32 a88, v90
	v_accvgpr_write_b32 a89, v91
	v_accvgpr_write_b32 a90, v92
	v_accvgpr_write_b32 a91, v93
	v_accvgpr_write_b32 a92, v94
	v_accvgpr_write_b32 a93, v95
	v_accvgpr_write_b32 a94, v96
	v_accvgpr_write_b32 a95, v97
	v_accvgpr_write_b32 a65, v67
	v_accvgpr_write_b32 a66, v68
	v_accvgpr_write_b32 a67, v69
	v_accvgpr_write_b32 a68, v70
	v_accvgpr_write_b32 a69, v71
	v_accvgpr_write_b32 a70, v72
	v_accvgpr_write_b32 a71, v73
	v_accvgpr_write_b32 a72, v74
	v_accvgpr_write_b32 a73, v75
	v_accvgpr_write_b32 a74, v76
	v_accvgpr_write_b32 a75, v77
	v_accvgpr_write_b32 a76, v78
	v_accvgpr_write_b32 a77, v79
	v_accvgpr_write_b32 a78, v80
	v_accvgpr_write_b32 a79, v81
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[6:7], v[250:251], a[224:239]
	v_accvgpr_read_b32 v240, a14
	v_accvgpr_read_b32 v239, a13
	v_accvgpr_read_b32 v238, a12
	v_accvgpr_read_b32 v237, a11
	v_accvgpr_read_b32 v236, a10
	v_accvgpr_read_b32 v235, a9
	v_accvgpr_read_b32 v234, a8
	v_accvgpr_read_b32 v233, a7
	v_accvgpr_read_b32 v232, a6
	v_accvgpr_read_b32 v231, a5
	v_accvgpr_read_b32 v230, a4
	v_accvgpr_read_b32 v229, a3
	v_accvgpr_read_b32 v228, a2
	v_accvgpr_read_b32 v227, a1
	v_accvgpr_read_b32 v226, a0
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[6:7], v[2:3], a[208:223]
	scratch_load_dwordx4 a[16:19], off, off offset:1472 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[20:23], off, off offset:1488 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:1504 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:1520 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[0:3], off, off offset:1408 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:1424 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:1440 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:1456 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	s_barrier
	s_waitcnt vmcnt(8)
	.loc	1 29 22                         ; spill.py:29:22
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	v_accvgpr_read_b32 v255, a63            ;  Reload Reuse
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[6:7], v[4:5], a[192:207]
	v_accvgpr_write_b32 a48, v50
	v_accvgpr_write_b32 a32, v34
	v_accvgpr_write_b32 a49, v51
	v_accvgpr_write_b32 a50, v52
	v_accvgpr_write_b32 a51, v53
	v_accvgpr_write_b32 a52, v54
	v_accvgpr_write_b32 a53, v55
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[8:9], v[250:251], a[176:191]
	v_accvgpr_write_b32 a54, v56
	v_accvgpr_write_b32 a55, v57
	v_accvgpr_write_b32 a56, v58
	v_accvgpr_write_b32 a57, v59
	v_accvgpr_write_b32 a58, v60
	v_accvgpr_write_b32 a59, v61
	v_accvgpr_write_b32 a60, v62
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[8:9], v[252:253], a[160:175]
	v_accvgpr_write_b32 a61, v63
	v_accvgpr_write_b32 a62, v64
	v_accvgpr_write_b32 a63, v65
	v_accvgpr_write_b32 a33, v35
	v_accvgpr_write_b32 a34, v36
	v_accvgpr_write_b32 a35, v37
	v_accvgpr_write_b32 a36, v38
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[8:9], v[2:3], a[144:159]
	v_accvgpr_write_b32 a37, v39
	v_accvgpr_write_b32 a38, v40
	v_accvgpr_write_b32 a39, v41
	v_accvgpr_write_b32 a40, v42
	v_accvgpr_write_b32 a41, v43
	v_accvgpr_write_b32 a42, v44
	v_accvgpr_write_b32 a43, v45
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[8:9], v[4:5], a[128:143]
	v_accvgpr_write_b32 a44, v46
	v_accvgpr_write_b32 a45, v47
	v_accvgpr_write_b32 a46, v48
	v_accvgpr_write_b32 a47, v49
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[10:11], v[250:251], a[112:127]
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[10:11], v[252:253], a[96:111]
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[10:11], v[2:3], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[10:11], v[4:5], a[64:79]
	scratch_load_dword v6, off, off offset:1728 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	scratch_load_dwordx4 v[8:11], off, off offset:128 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	ds_write_b128 v6, v[8:11]
	scratch_load_dwordx4 v[8:11], off, off offset:1280 ; 16-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[12:13], v[2:3], a[16:31]
	scratch_store_dwordx2 off, v[0:1], off offset:1152 ; 8-byte Folded Spill
	.loc	1 29 22                         ; spill.py:29:22
	scratch_load_dwordx2 v[0:1], off, off offset:1088 ; 8-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(2)
	ds_write_b128 v6, v[8:11] offset:2048
	.loc	1 31 20                         ; spill.py:31:20
	scratch_load_dwordx4 v[8:11], off, off offset:1216 ; 16-byte Folded Reload
	.loc	1 29 22                         ; spill.py:29:22
	scratch_load_dwordx2 v[2:3], off, off offset:1024 ; 8-byte Folded Reload
	s_waitcnt vmcnt(2)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1088 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1344 ; 8-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[242:243], v[252:253], a[240:255]
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v6, v[8:11] offset:4096
	scratch_load_dwordx4 v[8:11], off, off offset:1600 ; 16-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[12:13], v[250:251], a[48:63]
	.loc	1 29 22                         ; spill.py:29:22
	s_waitcnt vmcnt(3)
	v_lshl_add_u64 v[2:3], v[2:3], 0, 16
	s_waitcnt vmcnt(1)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[2:3], off offset:1024 ; 8-byte Folded Spill
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v6, v[8:11] offset:6144
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[12:13], v[252:253], a[32:47]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[12:13], v[4:5], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:176 ; 16-byte Folded Spill
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc0 .LBB0_19
.LBB0_11:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v49, a47
	v_accvgpr_read_b32 v48, a46
	v_accvgpr_read_b32 v47, a45
	v_accvgpr_read_b32 v46, a44
	v_accvgpr_read_b32 v45, a43
	v_accvgpr_read_b32 v44, a42
	v_accvgpr_read_b32 v43, a41
	v_accvgpr_read_b32 v42, a40
	v_accvgpr_read_b32 v41, a39
	v_accvgpr_read_b32 v40, a38
	v_accvgpr_read_b32 v39, a37
	v_accvgpr_read_b32 v38, a36
	v_accvgpr_read_b32 v37, a35
	v_accvgpr_read_b32 v36, a34
	v_accvgpr_read_b32 v35, a33
	v_accvgpr_read_b32 v34, a32
	v_accvgpr_read_b32 v65, a63
	v_accvgpr_read_b32 v64, a62
	v_accvgpr_read_b32 v63, a61
	v_accvgpr_read_b32 v62, a60
	v_accvgpr_read_b32 v61, a59
	v_accvgpr_read_b32 v60, a58
	v_accvgpr_read_b32 v59, a57
	v_accvgpr_read_b32 v58, a56
	v_accvgpr_read_b32 v57, a55
	v_accvgpr_read_b32 v56, a54
	v_accvgpr_read_b32 v55, a53
	v_accvgpr_read_b32 v54, a52
	v_accvgpr_read_b32 v53, a51
	v_accvgpr_read_b32 v52, a50
	v_accvgpr_read_b32 v51, a49
	v_accvgpr_read_b32 v50, a48
	v_accvgpr_read_b32 v81, a79
	v_accvgpr_read_b32 v80, a78
	v_accvgpr_read_b32 v79, a77
	v_accvgpr_read_b32 v78, a76
	v_accvgpr_read_b32 v77, a75
	v_accvgpr_read_b32 v76, a74
	v_accvgpr_read_b32 v75, a73
	v_accvgpr_read_b32 v74, a72
	v_accvgpr_read_b32 v73, a71
	v_accvgpr_read_b32 v72, a70
	v_accvgpr_read_b32 v71, a69
	v_accvgpr_read_b32 v70, a68
	v_accvgpr_read_b32 v69, a67
	v_accvgpr_read_b32 v68, a66
	v_accvgpr_read_b32 v67, a65
	v_accvgpr_read_b32 v66, a64
	v_accvgpr_read_b32 v97, a95
	v_accvgpr_read_b32 v96, a94
	v_accvgpr_read_b32 v95, a93
	v_accvgpr_read_b32 v94, a92
	v_accvgpr_read_b32 v93, a91
	v_accvgpr_read_b32 v92, a90
	v_accvgpr_read_b32 v91, a89
	v_accvgpr_read_b32 v90, a88
	v_accvgpr_read_b32 v89, a87
	v_accvgpr_read_b32 v88, a86
	v_accvgpr_read_b32 v87, a85
	v_accvgpr_read_b32 v86, a84
	v_accvgpr_read_b32 v85, a83
	v_accvgpr_read_b32 v84, a82
	v_accvgpr_read_b32 v83, a81
	v_accvgpr_read_b32 v82, a80
	v_accvgpr_read_b32 v113, a111
	v_accvgpr_read_b32 v112, a110
	v_accvgpr_read_b32 v111, a109
	v_accvgpr_read_b32 v110, a108
	v_accvgpr_read_b32 v109, a107
	v_accvgpr_read_b32 v108, a106
	v_accvgpr_read_b32 v107, a105
	v_accvgpr_read_b32 v106, a104
	v_accvgpr_read_b32 v105, a103
	v_accvgpr_read_b32 v104, a102
	v_accvgpr_read_b32 v103, a101
	v_accvgpr_read_b32 v102, a100
	v_accvgpr_read_b32 v101, a99
	v_accvgpr_read_b32 v100, a98
	v_accvgpr_read_b32 v99, a97
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[0:3], off offset:1408 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[4:7], off offset:1424 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[8:11], off offset:1440 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[12:15], off offset:1456 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[16:19], off offset:1472 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:1488 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:1504 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:1520 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[16:19], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[20:23], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[32:35], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 a[36:39], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[40:43], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[44:47], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[48:51], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:96 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v98, a96
	v_accvgpr_read_b32 v129, a127
	v_accvgpr_read_b32 v128, a126
	v_accvgpr_read_b32 v127, a125
	v_accvgpr_read_b32 v126, a124
	v_accvgpr_read_b32 v125, a123
	v_accvgpr_read_b32 v124, a122
	v_accvgpr_read_b32 v123, a121
	v_accvgpr_read_b32 v122, a120
	v_accvgpr_read_b32 v121, a119
	v_accvgpr_read_b32 v120, a118
	v_accvgpr_read_b32 v119, a117
	v_accvgpr_read_b32 v118, a116
	v_accvgpr_read_b32 v117, a115
	v_accvgpr_read_b32 v116, a114
	v_accvgpr_read_b32 v115, a113
	v_accvgpr_read_b32 v114, a112
	v_accvgpr_read_b32 v145, a143
	v_accvgpr_read_b32 v144, a142
	v_accvgpr_read_b32 v143, a141
	v_accvgpr_read_b32 v142, a140
	v_accvgpr_read_b32 v141, a139
	v_accvgpr_read_b32 v140, a138
	v_accvgpr_read_b32 v139, a137
	v_accvgpr_read_b32 v138, a136
	v_accvgpr_read_b32 v137, a135
	v_accvgpr_read_b32 v136, a134
	v_accvgpr_read_b32 v135, a133
	v_accvgpr_read_b32 v134, a132
	v_accvgpr_read_b32 v133, a131
	v_accvgpr_read_b32 v132, a130
	v_accvgpr_read_b32 v131, a129
	v_accvgpr_read_b32 v130, a128
	v_accvgpr_read_b32 v161, a159
	v_accvgpr_read_b32 v160, a158
	v_accvgpr_read_b32 v159, a157
	v_accvgpr_read_b32 v158, a156
	v_accvgpr_read_b32 v157, a155
	v_accvgpr_read_b32 v156, a154
	v_accvgpr_read_b32 v155, a153
	v_accvgpr_read_b32 v154, a152
	v_accvgpr_read_b32 v153, a151
	v_accvgpr_read_b32 v152, a150
	v_accvgpr_read_b32 v151, a149
	v_accvgpr_read_b32 v150, a148
	v_accvgpr_read_b32 v149, a147
	v_accvgpr_read_b32 v148, a146
	v_accvgpr_read_b32 v147, a145
	v_accvgpr_read_b32 v146, a144
	v_accvgpr_read_b32 v177, a175
	v_accvgpr_read_b32 v176, a174
	v_accvgpr_read_b32 v175, a173
	v_accvgpr_read_b32 v174, a172
	v_accvgpr_read_b32 v173, a171
	v_accvgpr_read_b32 v172, a170
	v_accvgpr_read_b32 v171, a169
	v_accvgpr_read_b32 v170, a168
	v_accvgpr_read_b32 v169, a167
	v_accvgpr_read_b32 v168, a166
	v_accvgpr_read_b32 v167, a165
	v_accvgpr_read_b32 v166, a164
	v_accvgpr_read_b32 v165, a163
	v_accvgpr_read_b32 v164, a162
	v_accvgpr_read_b32 v163, a161
	v_accvgpr_read_b32 v162, a160
	v_accvgpr_read_b32 v193, a191
	v_accvgpr_read_b32 v192, a190
	v_accvgpr_read_b32 v191, a189
	v_accvgpr_read_b32 v190, a188
	v_accvgpr_read_b32 v189, a187
	v_accvgpr_read_b32 v188, a186
	v_accvgpr_read_b32 v187, a185
	v_accvgpr_read_b32 v186, a184
	v_accvgpr_read_b32 v185, a183
	v_accvgpr_read_b32 v184, a182
	v_accvgpr_read_b32 v183, a181
	v_accvgpr_read_b32 v182, a180
	v_accvgpr_read_b32 v181, a179
	v_accvgpr_read_b32 v180, a178
	v_accvgpr_read_b32 v179, a177
	v_accvgpr_read_b32 v178, a176
	v_accvgpr_read_b32 v209, a207
	v_accvgpr_read_b32 v208, a206
	v_accvgpr_read_b32 v207, a205
	v_accvgpr_read_b32 v206, a204
	v_accvgpr_read_b32 v205, a203
	v_accvgpr_read_b32 v204, a202
	v_accvgpr_read_b32 v203, a201
	v_accvgpr_read_b32 v202, a200
	v_accvgpr_read_b32 v201, a199
	v_accvgpr_read_b32 v200, a198
	v_accvgpr_read_b32 v199, a197
	v_accvgpr_read_b32 v198, a196
	v_accvgpr_read_b32 v197, a195
	v_accvgpr_read_b32 v196, a194
	v_accvgpr_read_b32 v195, a193
	v_accvgpr_read_b32 v194, a192
	v_accvgpr_read_b32 v225, a223
	v_accvgpr_read_b32 v224, a222
	v_accvgpr_read_b32 v223, a221
	v_accvgpr_read_b32 v222, a220
	v_accvgpr_read_b32 v221, a219
	v_accvgpr_read_b32 v220, a218
	v_accvgpr_read_b32 v219, a217
	v_accvgpr_read_b32 v218, a216
	v_accvgpr_read_b32 v217, a215
	v_accvgpr_read_b32 v216, a214
	v_accvgpr_read_b32 v215, a213
	v_accvgpr_read_b32 v214, a212
	v_accvgpr_read_b32 v213, a211
	v_accvgpr_read_b32 v212, a210
	v_accvgpr_read_b32 v211, a209
	v_accvgpr_read_b32 v210, a208
	v_accvgpr_read_b32 v33, a239
	v_accvgpr_read_b32 v32, a238
	v_accvgpr_read_b32 v31, a237
	v_accvgpr_read_b32 v30, a236
	v_accvgpr_read_b32 v29, a235
	v_accvgpr_read_b32 v28, a234
	v_accvgpr_read_b32 v27, a233
	v_accvgpr_read_b32 v26, a232
	v_accvgpr_read_b32 v25, a231
	v_accvgpr_read_b32 v24, a230
	v_accvgpr_read_b32 v23, a229
	v_accvgpr_read_b32 v22, a228
	v_accvgpr_read_b32 v21, a227
	v_accvgpr_read_b32 v20, a226
	v_accvgpr_read_b32 v19, a225
	v_accvgpr_read_b32 v18, a224
	s_waitcnt vmcnt(0)
	v_accvgpr_write_b32 a63, v255           ;  Reload Reuse
	scratch_load_dwordx3 a[60:62], off, off offset:112 ; 12-byte Folded Reload
	scratch_load_dwordx4 a[64:67], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[68:71], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[72:75], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[76:79], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[80:83], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[84:87], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[88:91], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[92:95], off, off offset:368 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[96:99], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[100:103], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[104:107], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[108:111], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[112:115], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[116:119], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[120:123], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[124:127], off, off offset:496 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[128:131], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:560 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[144:147], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:624 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:688 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[176:179], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[180:183], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[184:187], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[188:191], off, off offset:752 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[192:195], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:816 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[208:211], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:880 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:944 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[2:5], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:1008 ; 16-byte Folded Reload
	.loc	1 30 76 is_stmt 1               ; spill.py:30:76
	s_cmp_gt_i32 s10, 0
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 30 58 is_stmt 0               ; spill.py:30:58
	s_and_b64 s[22:23], vcc, s[2:3]
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v244, 0
	v_mov_b32_e32 v245, 0
	scratch_store_dwordx4 off, v[242:245], off offset:128 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_13
; %bb.12:                               ;   in Loop: Header=BB0_11 Depth=1
	scratch_load_dwordx2 v[242:243], off, off offset:1024 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_dwordx4 v[242:245], v[242:243], off
	s_waitcnt vmcnt(0)
	scratch_store_dwordx4 off, v[242:245], off offset:128 ; 16-byte Folded Spill
.LBB0_13:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 20                          ; spill.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 58                         ; spill.py:30:58
	s_and_b64 s[22:23], s[0:1], s[2:3]
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v244, 0
	v_mov_b32_e32 v245, 0
	scratch_store_dwordx4 off, v[242:245], off offset:1280 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_15
; %bb.14:                               ;   in Loop: Header=BB0_11 Depth=1
	global_load_dwordx4 v[242:245], v[0:1], off
	s_waitcnt vmcnt(0)
	scratch_store_dwordx4 off, v[242:245], off offset:1280 ; 16-byte Folded Spill
.LBB0_15:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 20                          ; spill.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	scratch_load_dword v254, off, off offset:1792 ; 4-byte Folded Reload
	.loc	1 31 58 is_stmt 1               ; spill.py:31:58
	s_and_b64 s[22:23], s[14:15], s[2:3]
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(0)
	ds_read2st64_b64 v[242:245], v254 offset1:1
	ds_read2st64_b64 v[246:249], v254 offset0:2 offset1:3
	ds_read2st64_b64 v[250:253], v254 offset0:4 offset1:5
	s_waitcnt lgkmcnt(0)
	scratch_store_dwordx4 off, v[250:253], off offset:1664 ; 16-byte Folded Spill
	ds_read2st64_b64 v[250:253], v254 offset0:6 offset1:7
	s_waitcnt lgkmcnt(0)
	scratch_store_dwordx4 off, v[250:253], off offset:1536 ; 16-byte Folded Spill
	s_nop 1
	v_mov_b32_e32 v250, 0
	v_mov_b32_e32 v251, 0
	v_mov_b32_e32 v252, 0
	v_mov_b32_e32 v253, 0
	scratch_store_dwordx4 off, v[250:253], off offset:1216 ; 16-byte Folded Spill
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_17
; %bb.16:                               ;   in Loop: Header=BB0_11 Depth=1
	scratch_load_dwordx2 v[250:251], off, off offset:1088 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_dwordx4 a[0:3], v[250:251], off
	s_waitcnt vmcnt(0)
	scratch_store_dwordx4 off, a[0:3], off offset:1216 ; 16-byte Folded Spill
.LBB0_17:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 31 58                         ; spill.py:31:58
	s_and_b64 s[4:5], s[16:17], s[2:3]
	v_mov_b32_e32 v250, 0
	v_mov_b32_e32 v251, 0
	v_mov_b32_e32 v252, 0
	v_mov_b32_e32 v253, 0
	scratch_store_dwordx2 off, v[0:1], off offset:1344 ; 8-byte Folded Spill
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_10
; %bb.18:                               ;   in Loop: Header=BB0_11 Depth=1
	scratch_load_dwordx2 v[0:1], off, off offset:1152 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_dwordx4 v[250:253], v[0:1], off
	s_branch .LBB0_10
.LBB0_19:                               ; %Flow
	.loc	1 0 20                          ; spill.py:0:20
	scratch_store_dwordx4 off, v[226:229], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:1072 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[82:85], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[102:105], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[146:149], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[158:161], off, off offset:368 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[114:117], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[118:121], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[122:125], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[126:129], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[178:181], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[182:185], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[186:189], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[190:193], off, off offset:496 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[130:133], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[134:137], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[138:141], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[142:145], off, off offset:560 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[194:197], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[198:201], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[202:205], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[206:209], off, off offset:624 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[2:5], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:688 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[162:165], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[170:173], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[174:177], off, off offset:752 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[66:69], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[70:73], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:816 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:880 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[34:37], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:944 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[210:213], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[214:217], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[218:221], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[222:225], off, off offset:1008 ; 16-byte Folded Reload
.LBB0_20:                               ; %Flow1025
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v18, v210
	v_mov_b32_e32 v19, v211
	v_mov_b32_e32 v20, v212
	v_mov_b32_e32 v21, v213
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v22, v214
	v_mov_b32_e32 v23, v215
	v_mov_b32_e32 v24, v216
	v_mov_b32_e32 v25, v217
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v26, v218
	v_mov_b32_e32 v27, v219
	v_mov_b32_e32 v28, v220
	v_mov_b32_e32 v29, v221
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v30, v222
	v_mov_b32_e32 v31, v223
	v_mov_b32_e32 v32, v224
	scratch_store_dwordx4 off, v[210:213], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[214:217], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:1008 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v210, a240
	v_accvgpr_read_b32 v211, a241
	v_accvgpr_read_b32 v212, a242
	v_accvgpr_read_b32 v213, a243
	v_accvgpr_read_b32 v214, a244
	v_accvgpr_read_b32 v215, a245
	v_accvgpr_read_b32 v216, a246
	v_accvgpr_read_b32 v217, a247
	v_accvgpr_read_b32 v218, a248
	v_accvgpr_read_b32 v219, a249
	v_accvgpr_read_b32 v220, a250
	v_accvgpr_read_b32 v221, a251
	v_accvgpr_read_b32 v222, a252
	v_accvgpr_read_b32 v223, a253
	v_accvgpr_read_b32 v224, a254
	v_mov_b64_e32 v[0:1], v[2:3]
	v_mov_b64_e32 v[2:3], v[4:5]
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b32_e32 v16, v208
	v_mov_b32_e32 v226, v130
	v_mov_b32_e32 v227, v131
	v_mov_b32_e32 v228, v132
	v_mov_b32_e32 v229, v133
	v_mov_b32_e32 v230, v134
	v_mov_b32_e32 v231, v135
	v_mov_b32_e32 v232, v136
	v_mov_b32_e32 v233, v137
	v_mov_b32_e32 v234, v138
	v_mov_b32_e32 v235, v139
	v_mov_b32_e32 v236, v140
	v_mov_b32_e32 v237, v141
	v_mov_b32_e32 v238, v142
	v_mov_b32_e32 v239, v143
	v_mov_b32_e32 v240, v144
	v_accvgpr_mov_b32 a0, a144
	v_accvgpr_mov_b32 a1, a145
	v_accvgpr_mov_b32 a2, a146
	v_accvgpr_mov_b32 a3, a147
	v_accvgpr_mov_b32 a4, a148
	v_accvgpr_mov_b32 a5, a149
	v_accvgpr_mov_b32 a6, a150
	v_accvgpr_mov_b32 a7, a151
	v_accvgpr_mov_b32 a8, a152
	v_accvgpr_mov_b32 a9, a153
	v_accvgpr_mov_b32 a10, a154
	v_accvgpr_mov_b32 a11, a155
	v_accvgpr_mov_b32 a12, a156
	v_accvgpr_mov_b32 a13, a157
	v_accvgpr_mov_b32 a14, a158
	v_accvgpr_mov_b32 a15, a159
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_i32 s18, 16
	v_mov_b32_e32 v33, v225
	v_accvgpr_read_b32 v225, a255
	scratch_store_dwordx4 off, v[210:213], off offset:1472 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[214:217], off offset:1488 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:1504 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:1520 ; 16-byte Folded Spill
	v_mov_b32_e32 v210, v34
	v_mov_b32_e32 v211, v35
	v_mov_b32_e32 v212, v36
	v_mov_b32_e32 v213, v37
	v_mov_b32_e32 v214, v38
	v_mov_b32_e32 v215, v39
	v_mov_b32_e32 v216, v40
	v_mov_b32_e32 v217, v41
	v_mov_b32_e32 v218, v42
	v_mov_b32_e32 v219, v43
	v_mov_b32_e32 v220, v44
	v_mov_b32_e32 v221, v45
	v_mov_b32_e32 v222, v46
	v_mov_b32_e32 v223, v47
	v_mov_b32_e32 v224, v48
	scratch_store_dwordx4 off, v[34:37], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:944 ; 16-byte Folded Spill
	v_mov_b32_e32 v34, v50
	v_mov_b32_e32 v35, v51
	v_mov_b32_e32 v36, v52
	v_mov_b32_e32 v37, v53
	v_mov_b32_e32 v38, v54
	v_mov_b32_e32 v39, v55
	v_mov_b32_e32 v40, v56
	v_mov_b32_e32 v41, v57
	v_mov_b32_e32 v42, v58
	v_mov_b32_e32 v43, v59
	v_mov_b32_e32 v44, v60
	v_mov_b32_e32 v45, v61
	v_mov_b32_e32 v46, v62
	v_mov_b32_e32 v47, v63
	v_mov_b32_e32 v48, v64
	v_mov_b32_e32 v225, v49
	scratch_store_dwordx4 off, v[210:213], off offset:1940 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[214:217], off offset:1956 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:1972 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:1988 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:880 ; 16-byte Folded Spill
	v_mov_b32_e32 v52, v68
	v_mov_b32_e32 v53, v69
	v_mov_b32_e32 v54, v70
	v_mov_b32_e32 v55, v71
	v_mov_b32_e32 v56, v72
	v_mov_b32_e32 v57, v73
	v_mov_b32_e32 v58, v74
	v_mov_b32_e32 v59, v75
	v_mov_b32_e32 v60, v76
	v_mov_b32_e32 v61, v77
	v_mov_b32_e32 v62, v78
	v_mov_b32_e32 v63, v79
	v_mov_b32_e32 v64, v80
	v_mov_b32_e32 v49, v65
	scratch_store_dwordx4 off, v[34:37], off offset:2132 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:2148 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:2164 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:2180 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[66:69], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[70:73], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[74:77], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:816 ; 16-byte Folded Spill
	v_mov_b32_e32 v68, v164
	v_mov_b32_e32 v69, v165
	v_mov_b32_e32 v70, v166
	v_mov_b32_e32 v71, v167
	v_mov_b32_e32 v72, v168
	v_mov_b32_e32 v73, v169
	v_mov_b32_e32 v74, v170
	v_mov_b32_e32 v75, v171
	v_mov_b32_e32 v76, v172
	v_mov_b32_e32 v77, v173
	v_mov_b32_e32 v78, v174
	v_mov_b32_e32 v79, v175
	v_mov_b32_e32 v80, v176
	scratch_store_dwordx4 off, v[162:165], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[166:169], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[170:173], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[174:177], off offset:752 ; 16-byte Folded Spill
	v_mov_b32_e32 v164, v2
	v_mov_b32_e32 v165, v3
	v_mov_b32_e32 v166, v4
	v_mov_b32_e32 v167, v5
	v_mov_b32_e32 v168, v6
	v_mov_b32_e32 v169, v7
	v_mov_b32_e32 v170, v8
	v_mov_b32_e32 v171, v9
	v_mov_b32_e32 v172, v10
	v_mov_b32_e32 v173, v11
	v_mov_b32_e32 v174, v12
	v_mov_b32_e32 v175, v13
	v_mov_b32_e32 v176, v14
	scratch_store_dwordx4 off, v[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:688 ; 16-byte Folded Spill
	v_mov_b32_e32 v2, v194
	v_mov_b32_e32 v3, v195
	v_mov_b32_e32 v4, v196
	v_mov_b32_e32 v5, v197
	v_mov_b32_e32 v6, v198
	v_mov_b32_e32 v7, v199
	v_mov_b32_e32 v8, v200
	v_mov_b32_e32 v9, v201
	v_mov_b32_e32 v10, v202
	v_mov_b32_e32 v11, v203
	v_mov_b32_e32 v12, v204
	v_mov_b32_e32 v13, v205
	v_mov_b32_e32 v14, v206
	v_mov_b32_e32 v65, v81
	v_mov_b32_e32 v81, v177
	v_mov_b32_e32 v177, v15
	v_mov_b32_e32 v15, v207
	scratch_store_dwordx4 off, v[194:197], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[198:201], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[202:205], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[206:209], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[130:133], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[134:137], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[138:141], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[142:145], off offset:560 ; 16-byte Folded Spill
	v_mov_b32_e32 v194, v114
	v_mov_b32_e32 v195, v115
	v_mov_b32_e32 v196, v116
	v_mov_b32_e32 v197, v117
	v_mov_b32_e32 v198, v118
	v_mov_b32_e32 v199, v119
	v_mov_b32_e32 v200, v120
	v_mov_b32_e32 v201, v121
	v_mov_b32_e32 v202, v122
	v_mov_b32_e32 v203, v123
	v_mov_b32_e32 v204, v124
	v_mov_b32_e32 v205, v125
	v_mov_b32_e32 v206, v126
	v_mov_b32_e32 v207, v127
	v_mov_b32_e32 v208, v128
	v_mov_b32_e32 v17, v209
	v_mov_b32_e32 v241, v145
	v_mov_b64_e32 v[130:131], v[178:179]
	v_mov_b64_e32 v[132:133], v[180:181]
	v_mov_b64_e32 v[134:135], v[182:183]
	v_mov_b64_e32 v[136:137], v[184:185]
	v_mov_b64_e32 v[138:139], v[186:187]
	v_mov_b64_e32 v[140:141], v[188:189]
	v_mov_b64_e32 v[142:143], v[190:191]
	v_mov_b64_e32 v[144:145], v[192:193]
	v_mov_b32_e32 v210, v130
	v_mov_b32_e32 v211, v131
	v_mov_b32_e32 v212, v132
	v_mov_b32_e32 v213, v133
	v_mov_b32_e32 v214, v134
	v_mov_b32_e32 v215, v135
	v_mov_b32_e32 v216, v136
	v_mov_b32_e32 v217, v137
	v_mov_b32_e32 v218, v138
	v_mov_b32_e32 v219, v139
	v_mov_b32_e32 v220, v140
	v_mov_b32_e32 v221, v141
	v_mov_b32_e32 v222, v142
	v_mov_b32_e32 v223, v143
	v_mov_b32_e32 v224, v144
	scratch_store_dwordx4 off, v[130:133], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[134:137], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[138:141], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[142:145], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[114:117], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[118:121], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[122:125], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[126:129], off offset:432 ; 16-byte Folded Spill
	v_mov_b32_e32 v225, v145
	v_mov_b32_e32 v209, v129
	v_mov_b64_e32 v[114:115], v[146:147]
	v_mov_b64_e32 v[116:117], v[148:149]
	v_mov_b64_e32 v[118:119], v[150:151]
	v_mov_b64_e32 v[120:121], v[152:153]
	v_mov_b64_e32 v[122:123], v[154:155]
	v_mov_b64_e32 v[124:125], v[156:157]
	v_mov_b64_e32 v[126:127], v[158:159]
	v_mov_b64_e32 v[128:129], v[160:161]
	v_mov_b32_e32 v178, v114
	v_mov_b32_e32 v179, v115
	v_mov_b32_e32 v180, v116
	v_mov_b32_e32 v181, v117
	v_mov_b32_e32 v182, v118
	v_mov_b32_e32 v183, v119
	v_mov_b32_e32 v184, v120
	v_mov_b32_e32 v185, v121
	v_mov_b32_e32 v186, v122
	v_mov_b32_e32 v187, v123
	v_mov_b32_e32 v188, v124
	v_mov_b32_e32 v189, v125
	v_mov_b32_e32 v190, v126
	v_mov_b32_e32 v191, v127
	v_mov_b32_e32 v192, v128
	scratch_store_dwordx4 off, v[114:117], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[118:121], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[122:125], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[126:129], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[98:101], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[130:133], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[134:137], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[138:141], off, off offset:96 ; 16-byte Folded Reload
	v_mov_b32_e32 v193, v129
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v145, v255
	scratch_load_dwordx3 v[142:144], off, off offset:112 ; 12-byte Folded Reload
	scratch_load_dwordx4 v[114:117], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[118:121], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[122:125], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[126:129], off, off offset:48 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[86:89], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[94:97], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[34:37], off offset:1216 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[38:41], off offset:1232 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[42:45], off offset:1248 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[46:49], off offset:1264 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v34, a208
	v_accvgpr_read_b32 v35, a209
	v_accvgpr_read_b32 v36, a210
	v_accvgpr_read_b32 v37, a211
	v_accvgpr_read_b32 v38, a212
	v_accvgpr_read_b32 v39, a213
	v_accvgpr_read_b32 v40, a214
	v_accvgpr_read_b32 v41, a215
	v_accvgpr_read_b32 v42, a216
	v_accvgpr_read_b32 v43, a217
	v_accvgpr_read_b32 v44, a218
	v_accvgpr_read_b32 v45, a219
	v_accvgpr_read_b32 v46, a220
	v_accvgpr_read_b32 v47, a221
	v_accvgpr_read_b32 v48, a222
	v_accvgpr_read_b32 v49, a223
	scratch_store_dwordx4 off, v[34:37], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:1136 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[208:211], off offset:1280 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:1296 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:1312 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:1328 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v34, a192
	v_accvgpr_read_b32 v35, a193
	v_accvgpr_read_b32 v36, a194
	v_accvgpr_read_b32 v37, a195
	v_accvgpr_read_b32 v38, a196
	v_accvgpr_read_b32 v39, a197
	v_accvgpr_read_b32 v40, a198
	v_accvgpr_read_b32 v41, a199
	v_accvgpr_read_b32 v42, a200
	v_accvgpr_read_b32 v43, a201
	v_accvgpr_read_b32 v44, a202
	v_accvgpr_read_b32 v45, a203
	v_accvgpr_read_b32 v46, a204
	v_accvgpr_read_b32 v47, a205
	v_accvgpr_read_b32 v48, a206
	v_accvgpr_read_b32 v49, a207
	scratch_store_dwordx4 off, v[34:37], off offset:1344 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:1360 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:1376 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:1392 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v34, a176
	v_accvgpr_read_b32 v35, a177
	v_accvgpr_read_b32 v36, a178
	v_accvgpr_read_b32 v37, a179
	v_accvgpr_read_b32 v38, a180
	v_accvgpr_read_b32 v39, a181
	v_accvgpr_read_b32 v40, a182
	v_accvgpr_read_b32 v41, a183
	v_accvgpr_read_b32 v42, a184
	v_accvgpr_read_b32 v43, a185
	v_accvgpr_read_b32 v44, a186
	v_accvgpr_read_b32 v45, a187
	v_accvgpr_read_b32 v46, a188
	v_accvgpr_read_b32 v47, a189
	v_accvgpr_read_b32 v48, a190
	v_accvgpr_read_b32 v49, a191
	scratch_store_dwordx4 off, v[34:37], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:1200 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[0:3], off offset:1664 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1680 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1696 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1712 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a128
	v_accvgpr_mov_b32 a1, a129
	v_accvgpr_mov_b32 a2, a130
	v_accvgpr_mov_b32 a3, a131
	v_accvgpr_mov_b32 a4, a132
	v_accvgpr_mov_b32 a5, a133
	v_accvgpr_mov_b32 a6, a134
	v_accvgpr_mov_b32 a7, a135
	v_accvgpr_mov_b32 a8, a136
	v_accvgpr_mov_b32 a9, a137
	v_accvgpr_mov_b32 a10, a138
	v_accvgpr_mov_b32 a11, a139
	v_accvgpr_mov_b32 a12, a140
	v_accvgpr_mov_b32 a13, a141
	v_accvgpr_mov_b32 a14, a142
	v_accvgpr_mov_b32 a15, a143
	scratch_store_dwordx4 off, a[0:3], off offset:2068 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:2084 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:2100 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:2116 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a112
	v_accvgpr_mov_b32 a1, a113
	v_accvgpr_mov_b32 a2, a114
	v_accvgpr_mov_b32 a3, a115
	v_accvgpr_mov_b32 a4, a116
	v_accvgpr_mov_b32 a5, a117
	v_accvgpr_mov_b32 a6, a118
	v_accvgpr_mov_b32 a7, a119
	v_accvgpr_mov_b32 a8, a120
	v_accvgpr_mov_b32 a9, a121
	v_accvgpr_mov_b32 a10, a122
	v_accvgpr_mov_b32 a11, a123
	v_accvgpr_mov_b32 a12, a124
	v_accvgpr_mov_b32 a13, a125
	v_accvgpr_mov_b32 a14, a126
	v_accvgpr_mov_b32 a15, a127
	scratch_store_dwordx4 off, a[0:3], off offset:2004 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:2020 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:2036 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:2052 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a96
	v_accvgpr_mov_b32 a1, a97
	v_accvgpr_mov_b32 a2, a98
	v_accvgpr_mov_b32 a3, a99
	v_accvgpr_mov_b32 a4, a100
	v_accvgpr_mov_b32 a5, a101
	v_accvgpr_mov_b32 a6, a102
	v_accvgpr_mov_b32 a7, a103
	v_accvgpr_mov_b32 a8, a104
	v_accvgpr_mov_b32 a9, a105
	v_accvgpr_mov_b32 a10, a106
	v_accvgpr_mov_b32 a11, a107
	v_accvgpr_mov_b32 a12, a108
	v_accvgpr_mov_b32 a13, a109
	v_accvgpr_mov_b32 a14, a110
	v_accvgpr_mov_b32 a15, a111
	scratch_store_dwordx4 off, a[0:3], off offset:1856 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1872 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1888 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1904 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a80
	v_accvgpr_mov_b32 a1, a81
	v_accvgpr_mov_b32 a2, a82
	v_accvgpr_mov_b32 a3, a83
	v_accvgpr_mov_b32 a4, a84
	v_accvgpr_mov_b32 a5, a85
	v_accvgpr_mov_b32 a6, a86
	v_accvgpr_mov_b32 a7, a87
	v_accvgpr_mov_b32 a8, a88
	v_accvgpr_mov_b32 a9, a89
	v_accvgpr_mov_b32 a10, a90
	v_accvgpr_mov_b32 a11, a91
	v_accvgpr_mov_b32 a12, a92
	v_accvgpr_mov_b32 a13, a93
	v_accvgpr_mov_b32 a14, a94
	v_accvgpr_mov_b32 a15, a95
	scratch_store_dwordx4 off, a[0:3], off offset:1792 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1808 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1824 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1840 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a64
	v_accvgpr_mov_b32 a1, a65
	v_accvgpr_mov_b32 a2, a66
	v_accvgpr_mov_b32 a3, a67
	v_accvgpr_mov_b32 a4, a68
	v_accvgpr_mov_b32 a5, a69
	v_accvgpr_mov_b32 a6, a70
	v_accvgpr_mov_b32 a7, a71
	v_accvgpr_mov_b32 a8, a72
	v_accvgpr_mov_b32 a9, a73
	v_accvgpr_mov_b32 a10, a74
	v_accvgpr_mov_b32 a11, a75
	v_accvgpr_mov_b32 a12, a76
	v_accvgpr_mov_b32 a13, a77
	v_accvgpr_mov_b32 a14, a78
	v_accvgpr_mov_b32 a15, a79
	scratch_store_dwordx4 off, a[0:3], off offset:1728 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1744 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1760 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1776 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a48
	v_accvgpr_mov_b32 a1, a49
	v_accvgpr_mov_b32 a2, a50
	v_accvgpr_mov_b32 a3, a51
	v_accvgpr_mov_b32 a4, a52
	v_accvgpr_mov_b32 a5, a53
	v_accvgpr_mov_b32 a6, a54
	v_accvgpr_mov_b32 a7, a55
	v_accvgpr_mov_b32 a8, a56
	v_accvgpr_mov_b32 a9, a57
	v_accvgpr_mov_b32 a10, a58
	v_accvgpr_mov_b32 a11, a59
	v_accvgpr_mov_b32 a12, a60
	v_accvgpr_mov_b32 a13, a61
	v_accvgpr_mov_b32 a14, a62
	v_accvgpr_mov_b32 a15, a63
	scratch_store_dwordx4 off, a[0:3], off offset:1600 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1616 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1632 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1648 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a32
	v_accvgpr_mov_b32 a1, a33
	v_accvgpr_mov_b32 a2, a34
	v_accvgpr_mov_b32 a3, a35
	v_accvgpr_mov_b32 a4, a36
	v_accvgpr_mov_b32 a5, a37
	v_accvgpr_mov_b32 a6, a38
	v_accvgpr_mov_b32 a7, a39
	v_accvgpr_mov_b32 a8, a40
	v_accvgpr_mov_b32 a9, a41
	v_accvgpr_mov_b32 a10, a42
	v_accvgpr_mov_b32 a11, a43
	v_accvgpr_mov_b32 a12, a44
	v_accvgpr_mov_b32 a13, a45
	v_accvgpr_mov_b32 a14, a46
	v_accvgpr_mov_b32 a15, a47
	scratch_store_dwordx4 off, a[0:3], off offset:1536 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1552 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1568 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1584 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a223, a31
	v_accvgpr_mov_b32 a0, a16
	v_accvgpr_mov_b32 a15, a31
	v_accvgpr_mov_b32 a1, a17
	v_accvgpr_mov_b32 a2, a18
	v_accvgpr_mov_b32 a3, a19
	v_accvgpr_mov_b32 a4, a20
	v_accvgpr_mov_b32 a5, a21
	v_accvgpr_mov_b32 a6, a22
	v_accvgpr_mov_b32 a7, a23
	v_accvgpr_mov_b32 a8, a24
	v_accvgpr_mov_b32 a9, a25
	v_accvgpr_mov_b32 a10, a26
	v_accvgpr_mov_b32 a11, a27
	v_accvgpr_mov_b32 a12, a28
	v_accvgpr_mov_b32 a13, a29
	v_accvgpr_mov_b32 a14, a30
	v_accvgpr_mov_b32 a222, a30
	v_accvgpr_mov_b32 a221, a29
	v_accvgpr_mov_b32 a220, a28
	v_accvgpr_mov_b32 a219, a27
	v_accvgpr_mov_b32 a218, a26
	v_accvgpr_mov_b32 a217, a25
	v_accvgpr_mov_b32 a216, a24
	v_accvgpr_mov_b32 a215, a23
	v_accvgpr_mov_b32 a214, a22
	v_accvgpr_mov_b32 a213, a21
	v_accvgpr_mov_b32 a212, a20
	v_accvgpr_mov_b32 a211, a19
	v_accvgpr_mov_b32 a210, a18
	v_accvgpr_mov_b32 a209, a17
	v_accvgpr_mov_b32 a208, a16
	v_accvgpr_mov_b32 a31, a15
	v_accvgpr_mov_b32 a30, a14
	v_accvgpr_mov_b32 a29, a13
	v_accvgpr_mov_b32 a28, a12
	v_accvgpr_mov_b32 a27, a11
	v_accvgpr_mov_b32 a26, a10
	v_accvgpr_mov_b32 a25, a9
	v_accvgpr_mov_b32 a24, a8
	v_accvgpr_mov_b32 a23, a7
	v_accvgpr_mov_b32 a22, a6
	v_accvgpr_mov_b32 a21, a5
	v_accvgpr_mov_b32 a20, a4
	v_accvgpr_mov_b32 a19, a3
	v_accvgpr_mov_b32 a18, a2
	v_accvgpr_mov_b32 a17, a1
	v_accvgpr_mov_b32 a16, a0
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[0:3], off offset:1408 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[4:7], off offset:1424 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[8:11], off offset:1440 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, a[12:15], off offset:1456 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24                         ; spill.py:32:24
	s_cbranch_scc1 .LBB0_22
; %bb.21:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	v_mov_b32_e32 v50, v66
	v_mov_b32_e32 v66, v162
	v_mov_b32_e32 v162, v0
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	scratch_load_dword v0, off, off offset:1936 ; 4-byte Folded Reload
	scratch_load_dword v242, off, off offset:1932 ; 4-byte Folded Reload
	v_mov_b32_e32 v51, v67
	v_mov_b32_e32 v67, v163
	v_mov_b32_e32 v163, v1
	.loc	1 31 20                         ; spill.py:31:20
	scratch_load_dword v1, off, off offset:1928 ; 4-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a0, v18
	v_accvgpr_write_b32 a1, v19
	v_accvgpr_write_b32 a2, v20
	v_accvgpr_write_b32 a3, v21
	v_accvgpr_write_b32 a4, v22
	v_accvgpr_write_b32 a5, v23
	v_accvgpr_write_b32 a6, v24
	v_accvgpr_write_b32 a7, v25
	v_accvgpr_write_b32 a8, v26
	v_accvgpr_write_b32 a9, v27
	v_accvgpr_write_b32 a10, v28
	v_accvgpr_write_b32 a11, v29
	v_accvgpr_write_b32 a12, v30
	v_accvgpr_write_b32 a13, v31
	v_accvgpr_write_b32 a14, v32
	v_accvgpr_write_b32 a15, v33
	v_mov_b32_e32 v146, v98
	v_mov_b32_e32 v147, v99
	v_mov_b32_e32 v148, v100
	v_mov_b32_e32 v149, v101
	v_mov_b32_e32 v150, v102
	v_mov_b32_e32 v151, v103
	v_mov_b32_e32 v152, v104
	v_mov_b32_e32 v153, v105
	v_mov_b32_e32 v154, v106
	v_mov_b32_e32 v155, v107
	v_mov_b32_e32 v156, v108
	v_mov_b32_e32 v157, v109
	v_mov_b32_e32 v158, v110
	v_mov_b32_e32 v159, v111
	v_mov_b32_e32 v160, v112
	v_mov_b32_e32 v161, v113
	v_mov_b32_e32 v98, v82
	v_mov_b32_e32 v99, v83
	v_mov_b32_e32 v100, v84
	v_mov_b32_e32 v101, v85
	v_mov_b32_e32 v102, v86
	v_mov_b32_e32 v103, v87
	v_mov_b32_e32 v104, v88
	v_mov_b32_e32 v105, v89
	v_mov_b32_e32 v106, v90
	v_mov_b32_e32 v107, v91
	v_mov_b32_e32 v108, v92
	v_mov_b32_e32 v109, v93
	v_mov_b32_e32 v110, v94
	v_mov_b32_e32 v111, v95
	v_mov_b32_e32 v112, v96
	v_mov_b32_e32 v113, v97
	v_accvgpr_read_b32 v97, a239
	v_accvgpr_read_b32 v49, a175
	v_accvgpr_read_b32 v82, a224
	v_accvgpr_read_b32 v83, a225
	v_accvgpr_read_b32 v84, a226
	v_accvgpr_read_b32 v85, a227
	v_accvgpr_read_b32 v86, a228
	v_accvgpr_read_b32 v87, a229
	v_accvgpr_read_b32 v88, a230
	v_accvgpr_read_b32 v89, a231
	v_accvgpr_read_b32 v90, a232
	v_accvgpr_read_b32 v91, a233
	v_accvgpr_read_b32 v92, a234
	v_accvgpr_read_b32 v93, a235
	v_accvgpr_read_b32 v94, a236
	v_accvgpr_read_b32 v95, a237
	v_accvgpr_read_b32 v96, a238
	v_accvgpr_read_b32 v34, a160
	v_accvgpr_read_b32 v35, a161
	v_accvgpr_read_b32 v36, a162
	v_accvgpr_read_b32 v37, a163
	v_accvgpr_read_b32 v38, a164
	v_accvgpr_read_b32 v39, a165
	v_accvgpr_read_b32 v40, a166
	v_accvgpr_read_b32 v41, a167
	v_accvgpr_read_b32 v42, a168
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(2)
	v_and_b32_e32 v0, 8, v0
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v0, 0, v0
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(1)
	v_add_u32_e32 v250, v0, v242
	ds_read2st64_b64 v[246:249], v250 offset1:1
	ds_read2st64_b64 v[22:25], v250 offset0:2 offset1:3
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(0)
	v_lshl_or_b32 v1, v1, 9, v242
	v_add_u32_e32 v0, v0, v1
	ds_read2st64_b64 v[242:245], v0 offset0:8 offset1:10
	v_accvgpr_read_b32 v43, a169
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[246:247], v[242:243], a[0:15]
	v_accvgpr_read_b32 v44, a170
	v_accvgpr_read_b32 v45, a171
	v_accvgpr_read_b32 v46, a172
	v_accvgpr_read_b32 v47, a173
	s_nop 7
	scratch_store_dwordx4 off, a[0:3], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1008 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[240:243], off, off offset:1472 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[244:247], off, off offset:1488 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[248:251], off, off offset:1504 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[252:255], off, off offset:1520 ; 16-byte Folded Reload
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2st64_b64 v[18:21], v0 offset0:12 offset1:14
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 a[0:3], off, off offset:1940 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:1956 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:1972 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:1988 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v48, a174
	v_accvgpr_write_b32 a239, v97
	v_accvgpr_write_b32 a175, v49
	v_accvgpr_write_b32 a238, v96
	v_accvgpr_write_b32 a237, v95
	v_accvgpr_write_b32 a236, v94
	v_accvgpr_write_b32 a235, v93
	v_accvgpr_write_b32 a234, v92
	v_accvgpr_write_b32 a233, v91
	v_accvgpr_write_b32 a232, v90
	v_accvgpr_write_b32 a231, v89
	v_accvgpr_write_b32 a230, v88
	v_accvgpr_write_b32 a229, v87
	v_accvgpr_write_b32 a228, v86
	v_accvgpr_write_b32 a227, v85
	v_accvgpr_write_b32 a226, v84
	v_accvgpr_write_b32 a225, v83
	v_accvgpr_write_b32 a224, v82
	v_accvgpr_write_b32 a174, v48
	v_accvgpr_write_b32 a173, v47
	v_accvgpr_write_b32 a172, v46
	v_accvgpr_write_b32 a171, v45
	v_accvgpr_write_b32 a170, v44
	v_accvgpr_write_b32 a169, v43
	v_accvgpr_write_b32 a168, v42
	v_accvgpr_write_b32 a167, v41
	v_accvgpr_write_b32 a166, v40
	v_accvgpr_write_b32 a165, v39
	v_accvgpr_write_b32 a164, v38
	v_accvgpr_write_b32 a163, v37
	v_accvgpr_write_b32 a162, v36
	v_accvgpr_write_b32 a161, v35
	v_accvgpr_write_b32 a160, v34
	s_waitcnt vmcnt(0) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[246:247], v[18:19], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:944 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[0:3], off, off offset:2132 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:2148 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:2164 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:2180 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[246:247], v[244:245], a[240:255]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[246:247], v[20:21], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:880 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v50
	v_accvgpr_write_b32 a1, v51
	v_accvgpr_write_b32 a2, v52
	v_accvgpr_write_b32 a3, v53
	v_accvgpr_write_b32 a4, v54
	v_accvgpr_write_b32 a5, v55
	v_accvgpr_write_b32 a6, v56
	v_accvgpr_write_b32 a7, v57
	v_accvgpr_write_b32 a8, v58
	v_accvgpr_write_b32 a9, v59
	v_accvgpr_write_b32 a10, v60
	v_accvgpr_write_b32 a11, v61
	v_accvgpr_write_b32 a12, v62
	v_accvgpr_write_b32 a13, v63
	v_accvgpr_write_b32 a14, v64
	v_accvgpr_write_b32 a15, v65
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[248:249], v[242:243], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:816 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v66
	v_accvgpr_write_b32 a1, v67
	v_accvgpr_write_b32 a2, v68
	v_accvgpr_write_b32 a3, v69
	v_accvgpr_write_b32 a4, v70
	v_accvgpr_write_b32 a5, v71
	v_accvgpr_write_b32 a6, v72
	v_accvgpr_write_b32 a7, v73
	v_accvgpr_write_b32 a8, v74
	v_accvgpr_write_b32 a9, v75
	v_accvgpr_write_b32 a10, v76
	v_accvgpr_write_b32 a11, v77
	v_accvgpr_write_b32 a12, v78
	v_accvgpr_write_b32 a13, v79
	v_accvgpr_write_b32 a14, v80
	v_accvgpr_write_b32 a15, v81
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[248:249], v[244:245], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:752 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v162
	v_accvgpr_write_b32 a1, v163
	v_accvgpr_write_b32 a2, v164
	v_accvgpr_write_b32 a3, v165
	v_accvgpr_write_b32 a4, v166
	v_accvgpr_write_b32 a5, v167
	v_accvgpr_write_b32 a6, v168
	v_accvgpr_write_b32 a7, v169
	v_accvgpr_write_b32 a8, v170
	v_accvgpr_write_b32 a9, v171
	v_accvgpr_write_b32 a10, v172
	v_accvgpr_write_b32 a11, v173
	v_accvgpr_write_b32 a12, v174
	v_accvgpr_write_b32 a13, v175
	v_accvgpr_write_b32 a14, v176
	v_accvgpr_write_b32 a15, v177
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[248:249], v[18:19], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:688 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v2
	v_accvgpr_write_b32 a1, v3
	v_accvgpr_write_b32 a2, v4
	v_accvgpr_write_b32 a3, v5
	v_accvgpr_write_b32 a4, v6
	v_accvgpr_write_b32 a5, v7
	v_accvgpr_write_b32 a6, v8
	v_accvgpr_write_b32 a7, v9
	v_accvgpr_write_b32 a8, v10
	v_accvgpr_write_b32 a9, v11
	v_accvgpr_write_b32 a10, v12
	v_accvgpr_write_b32 a11, v13
	v_accvgpr_write_b32 a12, v14
	v_accvgpr_write_b32 a13, v15
	v_accvgpr_write_b32 a14, v16
	v_accvgpr_write_b32 a15, v17
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[248:249], v[20:21], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:624 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v226
	v_accvgpr_write_b32 a1, v227
	v_accvgpr_write_b32 a2, v228
	v_accvgpr_write_b32 a3, v229
	v_accvgpr_write_b32 a4, v230
	v_accvgpr_write_b32 a5, v231
	v_accvgpr_write_b32 a6, v232
	v_accvgpr_write_b32 a7, v233
	v_accvgpr_write_b32 a8, v234
	v_accvgpr_write_b32 a9, v235
	v_accvgpr_write_b32 a10, v236
	v_accvgpr_write_b32 a11, v237
	v_accvgpr_write_b32 a12, v238
	v_accvgpr_write_b32 a13, v239
	v_accvgpr_write_b32 a14, v240
	v_accvgpr_write_b32 a15, v241
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[22:23], v[242:243], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:560 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v210
	v_accvgpr_write_b32 a1, v211
	v_accvgpr_write_b32 a2, v212
	v_accvgpr_write_b32 a3, v213
	v_accvgpr_write_b32 a4, v214
	v_accvgpr_write_b32 a5, v215
	v_accvgpr_write_b32 a6, v216
	v_accvgpr_write_b32 a7, v217
	v_accvgpr_write_b32 a8, v218
	v_accvgpr_write_b32 a9, v219
	v_accvgpr_write_b32 a10, v220
	v_accvgpr_write_b32 a11, v221
	v_accvgpr_write_b32 a12, v222
	v_accvgpr_write_b32 a13, v223
	v_accvgpr_write_b32 a14, v224
	v_accvgpr_write_b32 a15, v225
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[22:23], v[244:245], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:496 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v194
	v_accvgpr_write_b32 a1, v195
	v_accvgpr_write_b32 a2, v196
	v_accvgpr_write_b32 a3, v197
	v_accvgpr_write_b32 a4, v198
	v_accvgpr_write_b32 a5, v199
	v_accvgpr_write_b32 a6, v200
	v_accvgpr_write_b32 a7, v201
	v_accvgpr_write_b32 a8, v202
	v_accvgpr_write_b32 a9, v203
	v_accvgpr_write_b32 a10, v204
	v_accvgpr_write_b32 a11, v205
	v_accvgpr_write_b32 a12, v206
	v_accvgpr_write_b32 a13, v207
	v_accvgpr_write_b32 a14, v208
	v_accvgpr_write_b32 a15, v209
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[22:23], v[18:19], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:432 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v178
	v_accvgpr_write_b32 a1, v179
	v_accvgpr_write_b32 a2, v180
	v_accvgpr_write_b32 a3, v181
	v_accvgpr_write_b32 a4, v182
	v_accvgpr_write_b32 a5, v183
	v_accvgpr_write_b32 a6, v184
	v_accvgpr_write_b32 a7, v185
	v_accvgpr_write_b32 a8, v186
	v_accvgpr_write_b32 a9, v187
	v_accvgpr_write_b32 a10, v188
	v_accvgpr_write_b32 a11, v189
	v_accvgpr_write_b32 a12, v190
	v_accvgpr_write_b32 a13, v191
	v_accvgpr_write_b32 a14, v192
	v_accvgpr_write_b32 a15, v193
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[22:23], v[20:21], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:368 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v146
	v_accvgpr_write_b32 a1, v147
	v_accvgpr_write_b32 a2, v148
	v_accvgpr_write_b32 a3, v149
	v_accvgpr_write_b32 a4, v150
	v_accvgpr_write_b32 a5, v151
	v_accvgpr_write_b32 a6, v152
	v_accvgpr_write_b32 a7, v153
	v_accvgpr_write_b32 a8, v154
	v_accvgpr_write_b32 a9, v155
	v_accvgpr_write_b32 a10, v156
	v_accvgpr_write_b32 a11, v157
	v_accvgpr_write_b32 a12, v158
	v_accvgpr_write_b32 a13, v159
	v_accvgpr_write_b32 a14, v160
	v_accvgpr_write_b32 a15, v161
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[24:25], v[242:243], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:304 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v130
	v_accvgpr_write_b32 a1, v131
	v_accvgpr_write_b32 a2, v132
	v_accvgpr_write_b32 a3, v133
	v_accvgpr_write_b32 a4, v134
	v_accvgpr_write_b32 a5, v135
	v_accvgpr_write_b32 a6, v136
	v_accvgpr_write_b32 a7, v137
	v_accvgpr_write_b32 a8, v138
	v_accvgpr_write_b32 a9, v139
	v_accvgpr_write_b32 a10, v140
	v_accvgpr_write_b32 a11, v141
	v_accvgpr_write_b32 a12, v142
	v_accvgpr_write_b32 a13, v143
	v_accvgpr_write_b32 a14, v144
	v_accvgpr_write_b32 a15, v145
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[24:25], v[244:245], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:96 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v255, a15            ;  Reload Reuse
	scratch_store_dwordx3 off, a[12:14], off offset:112 ; 12-byte Folded Spill
	v_accvgpr_write_b32 a0, v114
	v_accvgpr_write_b32 a1, v115
	v_accvgpr_write_b32 a2, v116
	v_accvgpr_write_b32 a3, v117
	v_accvgpr_write_b32 a4, v118
	v_accvgpr_write_b32 a5, v119
	v_accvgpr_write_b32 a6, v120
	v_accvgpr_write_b32 a7, v121
	v_accvgpr_write_b32 a8, v122
	v_accvgpr_write_b32 a9, v123
	v_accvgpr_write_b32 a10, v124
	v_accvgpr_write_b32 a11, v125
	v_accvgpr_write_b32 a12, v126
	v_accvgpr_write_b32 a13, v127
	v_accvgpr_write_b32 a14, v128
	v_accvgpr_write_b32 a15, v129
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[24:25], v[18:19], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:48 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v98
	v_accvgpr_write_b32 a1, v99
	v_accvgpr_write_b32 a2, v100
	v_accvgpr_write_b32 a3, v101
	v_accvgpr_write_b32 a4, v102
	v_accvgpr_write_b32 a5, v103
	v_accvgpr_write_b32 a6, v104
	v_accvgpr_write_b32 a7, v105
	v_accvgpr_write_b32 a8, v106
	v_accvgpr_write_b32 a9, v107
	v_accvgpr_write_b32 a10, v108
	v_accvgpr_write_b32 a11, v109
	v_accvgpr_write_b32 a12, v110
	v_accvgpr_write_b32 a13, v111
	v_accvgpr_write_b32 a14, v112
	v_accvgpr_write_b32 a15, v113
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[24:25], v[20:21], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:240 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[0:3], v250 offset0:4 offset1:5
	ds_read2st64_b64 v[4:7], v250 offset0:6 offset1:7
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 a[0:3], off, off offset:1216 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:1232 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:1248 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:1264 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0) lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[0:1], v[244:245], a[0:15]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[0:3], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1072 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[208:211], off, off offset:1280 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:1296 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:1312 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:1328 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[0:1], v[18:19], a[208:223]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[208:211], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:1136 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[2:3], v[242:243], a[176:191]
	scratch_load_dwordx4 a[192:195], off, off offset:1344 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:1360 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:1376 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:1392 ; 16-byte Folded Reload
	s_nop 7
	scratch_store_dwordx4 off, a[176:179], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[180:183], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[184:187], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[188:191], off offset:1200 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a223, a31
	scratch_load_dwordx4 a[144:147], off, off offset:1664 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:1680 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:1696 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:1712 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[128:131], off, off offset:2068 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:2084 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:2100 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:2116 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[112:115], off, off offset:2004 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[116:119], off, off offset:2020 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[120:123], off, off offset:2036 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[124:127], off, off offset:2052 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[96:99], off, off offset:1856 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[100:103], off, off offset:1872 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[104:107], off, off offset:1888 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[108:111], off, off offset:1904 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[80:83], off, off offset:1792 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[84:87], off, off offset:1808 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[88:91], off, off offset:1824 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[92:95], off, off offset:1840 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[64:67], off, off offset:1728 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[68:71], off, off offset:1744 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[72:75], off, off offset:1760 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[76:79], off, off offset:1776 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[48:51], off, off offset:1600 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:1616 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:1632 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[60:63], off, off offset:1648 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[32:35], off, off offset:1536 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[36:39], off, off offset:1552 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[40:43], off, off offset:1568 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[44:47], off, off offset:1584 ; 16-byte Folded Reload
	v_accvgpr_mov_b32 a222, a30
	v_accvgpr_mov_b32 a221, a29
	v_accvgpr_mov_b32 a220, a28
	v_accvgpr_mov_b32 a219, a27
	v_accvgpr_mov_b32 a218, a26
	v_accvgpr_mov_b32 a217, a25
	v_accvgpr_mov_b32 a216, a24
	v_accvgpr_mov_b32 a215, a23
	v_accvgpr_mov_b32 a214, a22
	v_accvgpr_mov_b32 a213, a21
	v_accvgpr_mov_b32 a212, a20
	v_accvgpr_mov_b32 a211, a19
	v_accvgpr_mov_b32 a210, a18
	v_accvgpr_mov_b32 a209, a17
	v_accvgpr_mov_b32 a208, a16
	scratch_load_dwordx4 a[16:19], off, off offset:1408 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[20:23], off, off offset:1424 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:1440 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:1456 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[0:1], v[242:243], a[224:239]
	s_waitcnt vmcnt(40)
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[0:1], v[20:21], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[2:3], v[244:245], a[160:175]
	s_waitcnt vmcnt(32)
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[2:3], v[18:19], a[144:159]
	s_waitcnt vmcnt(28)
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[2:3], v[20:21], a[128:143]
	s_waitcnt vmcnt(24) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[4:5], v[242:243], a[112:127]
	s_waitcnt vmcnt(20)
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[4:5], v[244:245], a[96:111]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[4:5], v[18:19], a[80:95]
	s_waitcnt vmcnt(12)
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[4:5], v[20:21], a[64:79]
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[6:7], v[242:243], a[48:63]
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[6:7], v[244:245], a[32:47]
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[6:7], v[18:19], a[208:223]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[6:7], v[20:21], a[16:31]
	s_nop 7
	s_nop 3
	scratch_store_dwordx4 off, a[16:19], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:176 ; 16-byte Folded Spill
.LBB0_22:                               ; %._crit_edge._crit_edge
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	scratch_load_dword v0, off, off offset:1920 ; 4-byte Folded Reload
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	scratch_load_dword v1, off, off offset:1924 ; 4-byte Folded Reload
	.loc	1 22 44                         ; spill.py:22:44
	s_waitcnt vmcnt(1)
	v_lshrrev_b32_e32 v37, 3, v0
	v_lshrrev_b32_e32 v0, 1, v0
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_and_or_b32 v36, v37, 4, s33
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v0, 32, v0
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_mul_lo_u32 v4, s13, v36
	.loc	1 23 31                         ; spill.py:23:31
	s_waitcnt vmcnt(0)
	v_or3_b32 v0, v0, v1, s20
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 35 51 is_stmt 0               ; spill.py:35:51
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v36
	.loc	1 36 74 is_stmt 0               ; spill.py:36:74
	v_cmp_gt_i32_e32 vcc, s9, v0
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_24
; %bb.23:
	scratch_load_dwordx4 v[6:9], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v6, off
.LBB0_24:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[8:11], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v7, v9
	v_mov_b32_e32 v8, v10
	v_mov_b32_e32 v9, v11
	v_mov_b32_e32 v10, v12
	v_mov_b32_e32 v11, v13
	v_mov_b32_e32 v12, v14
	v_mov_b32_e32 v13, v15
	v_mov_b32_e32 v14, v16
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v16, v18
	v_mov_b32_e32 v17, v19
	v_mov_b32_e32 v18, v20
	v_mov_b32_e32 v19, v21
	v_mov_b32_e32 v20, v22
	v_mov_b32_e32 v21, v23
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[4:5], v7, off
.LBB0_26:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(3)
	v_or_b32_e32 v10, 2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_28
; %bb.27:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[10:13], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	v_mov_b64_e32 v[18:19], v[20:21]
	v_mov_b64_e32 v[20:21], v[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v10, off
.LBB0_28:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 35 21 is_stmt 0               ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v12, 3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 35 51 is_stmt 0               ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	s_mov_b64 s[0:1], exec
	scratch_load_dwordx4 v[54:57], off, off offset:1088 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:1104 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:1120 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[66:69], off, off offset:1136 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[70:73], off, off offset:1152 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:1168 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:1184 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:1200 ; 16-byte Folded Reload
	s_and_b64 s[2:3], s[0:1], s[2:3]
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[12:15], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v11, v15
	v_mov_b32_e32 v12, v16
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v14, v18
	v_mov_b32_e32 v15, v19
	v_mov_b32_e32 v16, v20
	v_mov_b32_e32 v17, v21
	v_mov_b32_e32 v18, v22
	v_mov_b32_e32 v19, v23
	v_mov_b32_e32 v20, v24
	v_mov_b32_e32 v21, v25
	v_mov_b32_e32 v22, v26
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v11, off
.LBB0_30:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	s_mul_i32 s12, s13, 5
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(10)
	v_or_b32_e32 v14, 8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_32
; %bb.31:
	scratch_load_dwordx4 v[14:17], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v18, off
.LBB0_32:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_34
; %bb.33:
	scratch_load_dwordx4 v[16:19], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v21, off
.LBB0_34:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(9)
	v_or_b32_e32 v18, 10, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_36
; %bb.35:
	scratch_load_dwordx4 v[18:21], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v24, off
.LBB0_36:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 11, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_38
; %bb.37:
	scratch_load_dwordx4 v[20:23], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v27, off
.LBB0_38:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(2)
	v_or_b32_e32 v22, 16, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_40
; %bb.39:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off
.LBB0_40:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 17, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_42
; %bb.41:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off
.LBB0_42:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v26, 18, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_44
; %bb.43:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off
.LBB0_44:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 19, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_46
; %bb.45:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off
.LBB0_46:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 24, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_48
; %bb.47:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off
.LBB0_48:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 25, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_50
; %bb.49:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off
.LBB0_50:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 26, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[32:33], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_52
; %bb.51:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off
.LBB0_52:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v38, 27, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[34:35], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v38
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_54
; %bb.53:
	scratch_load_dwordx4 v[38:41], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off
.LBB0_54:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v31, 64, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[0:1], s9, v31
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[4:5], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_665
; %bb.55:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_666
.LBB0_56:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_667
.LBB0_57:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_668
.LBB0_58:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_669
.LBB0_59:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_670
.LBB0_60:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_671
.LBB0_61:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_672
.LBB0_62:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_673
.LBB0_63:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_674
.LBB0_64:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_675
.LBB0_65:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_676
.LBB0_66:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_677
.LBB0_67:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_678
.LBB0_68:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_679
.LBB0_69:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_71
.LBB0_70:
	global_store_dword v[34:35], a255, off offset:256
.LBB0_71:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v31, 0x80, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[2:3], s9, v31
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_680
; %bb.72:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_681
.LBB0_73:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_682
.LBB0_74:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_683
.LBB0_75:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_684
.LBB0_76:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_685
.LBB0_77:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_686
.LBB0_78:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_687
.LBB0_79:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_688
.LBB0_80:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_689
.LBB0_81:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_690
.LBB0_82:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_691
.LBB0_83:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_692
.LBB0_84:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_693
.LBB0_85:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_694
.LBB0_86:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_88
.LBB0_87:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:512
.LBB0_88:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v31, 0xc0, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[4:5], s9, v31
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_695
; %bb.89:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_696
.LBB0_90:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_697
.LBB0_91:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_698
.LBB0_92:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_699
.LBB0_93:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_700
.LBB0_94:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_701
.LBB0_95:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_702
.LBB0_96:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_703
.LBB0_97:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_704
.LBB0_98:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_705
.LBB0_99:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_706
.LBB0_100:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_707
.LBB0_101:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_708
.LBB0_102:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_709
.LBB0_103:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_105
.LBB0_104:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:768
.LBB0_105:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v4, s12, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 32, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_107
; %bb.106:
	scratch_load_dwordx4 v[6:9], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v6, off
.LBB0_107:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 33, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_109
; %bb.108:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[8:11], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v7, v9
	v_mov_b32_e32 v8, v10
	v_mov_b32_e32 v9, v11
	v_mov_b32_e32 v10, v12
	v_mov_b32_e32 v11, v13
	v_mov_b32_e32 v12, v14
	v_mov_b32_e32 v13, v15
	v_mov_b32_e32 v14, v16
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v16, v18
	v_mov_b32_e32 v17, v19
	v_mov_b32_e32 v18, v20
	v_mov_b32_e32 v19, v21
	v_mov_b32_e32 v20, v22
	v_mov_b32_e32 v21, v23
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[4:5], v7, off
.LBB0_109:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(3)
	v_or_b32_e32 v10, 34, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_111
; %bb.110:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[10:13], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	v_mov_b64_e32 v[18:19], v[20:21]
	v_mov_b64_e32 v[20:21], v[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v10, off
.LBB0_111:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 35, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_113
; %bb.112:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[12:15], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v11, v15
	v_mov_b32_e32 v12, v16
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v14, v18
	v_mov_b32_e32 v15, v19
	v_mov_b32_e32 v16, v20
	v_mov_b32_e32 v17, v21
	v_mov_b32_e32 v18, v22
	v_mov_b32_e32 v19, v23
	v_mov_b32_e32 v20, v24
	v_mov_b32_e32 v21, v25
	v_mov_b32_e32 v22, v26
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v11, off
.LBB0_113:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v14, 40, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_115
; %bb.114:
	scratch_load_dwordx4 v[14:17], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v18, off
.LBB0_115:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 41, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_117
; %bb.116:
	scratch_load_dwordx4 v[16:19], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v21, off
.LBB0_117:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 42, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_119
; %bb.118:
	scratch_load_dwordx4 v[18:21], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v24, off
.LBB0_119:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 43, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_121
; %bb.120:
	scratch_load_dwordx4 v[20:23], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v27, off
.LBB0_121:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(2)
	v_or_b32_e32 v22, 48, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_123
; %bb.122:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off
.LBB0_123:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 49, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_125
; %bb.124:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off
.LBB0_125:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v26, 50, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_127
; %bb.126:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off
.LBB0_127:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 51, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_129
; %bb.128:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off
.LBB0_129:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 56, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_131
; %bb.130:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off
.LBB0_131:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 57, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_133
; %bb.132:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off
.LBB0_133:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 58, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[32:33], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[40:41], s[46:47]
	s_cbranch_execz .LBB0_135
; %bb.134:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off
.LBB0_135:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[40:41]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v38, 59, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[34:35], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v38
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_710
; %bb.136:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_711
.LBB0_137:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_712
.LBB0_138:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_713
.LBB0_139:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_714
.LBB0_140:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_715
.LBB0_141:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_716
.LBB0_142:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_717
.LBB0_143:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_718
.LBB0_144:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_719
.LBB0_145:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_720
.LBB0_146:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_721
.LBB0_147:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_722
.LBB0_148:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_723
.LBB0_149:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_724
.LBB0_150:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_725
.LBB0_151:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_726
.LBB0_152:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_727
.LBB0_153:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_728
.LBB0_154:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_729
.LBB0_155:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_730
.LBB0_156:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_731
.LBB0_157:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_732
.LBB0_158:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_733
.LBB0_159:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_734
.LBB0_160:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_735
.LBB0_161:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_736
.LBB0_162:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_737
.LBB0_163:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_738
.LBB0_164:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_739
.LBB0_165:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_740
.LBB0_166:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_741
.LBB0_167:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_742
.LBB0_168:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_743
.LBB0_169:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_744
.LBB0_170:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_745
.LBB0_171:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_746
.LBB0_172:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_747
.LBB0_173:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_748
.LBB0_174:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_749
.LBB0_175:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_750
.LBB0_176:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_751
.LBB0_177:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_752
.LBB0_178:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_753
.LBB0_179:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_754
.LBB0_180:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_755
.LBB0_181:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_756
.LBB0_182:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_757
.LBB0_183:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_185
.LBB0_184:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:768
.LBB0_185:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v4, s12, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 64, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_187
; %bb.186:
	scratch_load_dwordx4 v[6:9], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v6, off
.LBB0_187:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 0x41, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_189
; %bb.188:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[8:11], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v7, v9
	v_mov_b32_e32 v8, v10
	v_mov_b32_e32 v9, v11
	v_mov_b32_e32 v10, v12
	v_mov_b32_e32 v11, v13
	v_mov_b32_e32 v12, v14
	v_mov_b32_e32 v13, v15
	v_mov_b32_e32 v14, v16
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v16, v18
	v_mov_b32_e32 v17, v19
	v_mov_b32_e32 v18, v20
	v_mov_b32_e32 v19, v21
	v_mov_b32_e32 v20, v22
	v_mov_b32_e32 v21, v23
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[4:5], v7, off
.LBB0_189:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(3)
	v_or_b32_e32 v10, 0x42, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_191
; %bb.190:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[10:13], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	v_mov_b64_e32 v[18:19], v[20:21]
	v_mov_b64_e32 v[20:21], v[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v10, off
.LBB0_191:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 0x43, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_193
; %bb.192:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[12:15], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v11, v15
	v_mov_b32_e32 v12, v16
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v14, v18
	v_mov_b32_e32 v15, v19
	v_mov_b32_e32 v16, v20
	v_mov_b32_e32 v17, v21
	v_mov_b32_e32 v18, v22
	v_mov_b32_e32 v19, v23
	v_mov_b32_e32 v20, v24
	v_mov_b32_e32 v21, v25
	v_mov_b32_e32 v22, v26
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v11, off
.LBB0_193:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v14, 0x48, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_195
; %bb.194:
	scratch_load_dwordx4 v[14:17], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v18, off
.LBB0_195:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 0x49, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_197
; %bb.196:
	scratch_load_dwordx4 v[16:19], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v21, off
.LBB0_197:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 0x4a, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_199
; %bb.198:
	scratch_load_dwordx4 v[18:21], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v24, off
.LBB0_199:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 0x4b, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_201
; %bb.200:
	scratch_load_dwordx4 v[20:23], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v27, off
.LBB0_201:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(2)
	v_or_b32_e32 v22, 0x50, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_203
; %bb.202:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off
.LBB0_203:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 0x51, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_205
; %bb.204:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off
.LBB0_205:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v26, 0x52, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_207
; %bb.206:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off
.LBB0_207:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 0x53, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_209
; %bb.208:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off
.LBB0_209:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 0x58, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_211
; %bb.210:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off
.LBB0_211:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0x59, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_213
; %bb.212:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off
.LBB0_213:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 0x5a, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[32:33], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[40:41], s[46:47]
	s_cbranch_execz .LBB0_215
; %bb.214:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off
.LBB0_215:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[40:41]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v38, 0x5b, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[34:35], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v38
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_758
; %bb.216:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_759
.LBB0_217:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_760
.LBB0_218:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_761
.LBB0_219:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_762
.LBB0_220:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_763
.LBB0_221:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_764
.LBB0_222:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_765
.LBB0_223:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_766
.LBB0_224:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_767
.LBB0_225:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_768
.LBB0_226:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_769
.LBB0_227:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_770
.LBB0_228:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_771
.LBB0_229:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_772
.LBB0_230:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_773
.LBB0_231:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_774
.LBB0_232:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_775
.LBB0_233:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_776
.LBB0_234:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_777
.LBB0_235:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_778
.LBB0_236:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_779
.LBB0_237:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_780
.LBB0_238:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_781
.LBB0_239:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_782
.LBB0_240:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_783
.LBB0_241:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_784
.LBB0_242:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_785
.LBB0_243:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_786
.LBB0_244:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_787
.LBB0_245:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_788
.LBB0_246:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_789
.LBB0_247:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_790
.LBB0_248:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_791
.LBB0_249:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_792
.LBB0_250:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_793
.LBB0_251:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_794
.LBB0_252:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_795
.LBB0_253:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_796
.LBB0_254:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_797
.LBB0_255:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_798
.LBB0_256:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_799
.LBB0_257:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_800
.LBB0_258:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_801
.LBB0_259:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_802
.LBB0_260:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_803
.LBB0_261:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_804
.LBB0_262:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_805
.LBB0_263:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_265
.LBB0_264:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:768
.LBB0_265:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v4, s12, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 0x60, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_267
; %bb.266:
	scratch_load_dwordx4 v[6:9], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v6, off
.LBB0_267:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 0x61, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_269
; %bb.268:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[8:11], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v7, v9
	v_mov_b32_e32 v8, v10
	v_mov_b32_e32 v9, v11
	v_mov_b32_e32 v10, v12
	v_mov_b32_e32 v11, v13
	v_mov_b32_e32 v12, v14
	v_mov_b32_e32 v13, v15
	v_mov_b32_e32 v14, v16
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v16, v18
	v_mov_b32_e32 v17, v19
	v_mov_b32_e32 v18, v20
	v_mov_b32_e32 v19, v21
	v_mov_b32_e32 v20, v22
	v_mov_b32_e32 v21, v23
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[4:5], v7, off
.LBB0_269:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(3)
	v_or_b32_e32 v10, 0x62, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_271
; %bb.270:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[10:13], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	v_mov_b64_e32 v[18:19], v[20:21]
	v_mov_b64_e32 v[20:21], v[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v10, off
.LBB0_271:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 0x63, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_273
; %bb.272:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[12:15], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v11, v15
	v_mov_b32_e32 v12, v16
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v14, v18
	v_mov_b32_e32 v15, v19
	v_mov_b32_e32 v16, v20
	v_mov_b32_e32 v17, v21
	v_mov_b32_e32 v18, v22
	v_mov_b32_e32 v19, v23
	v_mov_b32_e32 v20, v24
	v_mov_b32_e32 v21, v25
	v_mov_b32_e32 v22, v26
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v11, off
.LBB0_273:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v14, 0x68, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_275
; %bb.274:
	scratch_load_dwordx4 v[14:17], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v18, off
.LBB0_275:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 0x69, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_277
; %bb.276:
	scratch_load_dwordx4 v[16:19], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v21, off
.LBB0_277:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 0x6a, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_279
; %bb.278:
	scratch_load_dwordx4 v[18:21], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v24, off
.LBB0_279:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 0x6b, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_281
; %bb.280:
	scratch_load_dwordx4 v[20:23], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v27, off
.LBB0_281:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(2)
	v_or_b32_e32 v22, 0x70, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_283
; %bb.282:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off
.LBB0_283:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 0x71, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_285
; %bb.284:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off
.LBB0_285:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v26, 0x72, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_287
; %bb.286:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off
.LBB0_287:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 0x73, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_289
; %bb.288:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off
.LBB0_289:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 0x78, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[28:29], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_291
; %bb.290:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v50, off
.LBB0_291:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0x79, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[30:31], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[30:31], v[0:1], 2, v[30:31]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_293
; %bb.292:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[30:31], v51, off
.LBB0_293:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 0x7a, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[32:33], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[40:41], s[46:47]
	s_cbranch_execz .LBB0_295
; %bb.294:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off
.LBB0_295:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[40:41]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v37, s33, v37
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v27, 0x7b, v37
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_mul_lo_u32 v34, s13, v27
	.loc	1 35 21 is_stmt 0               ; spill.py:35:21
	v_ashrrev_i32_e32 v35, 31, v34
	v_lshl_add_u64 v[34:35], v[34:35], 2, s[6:7]
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v27
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_806
; %bb.296:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_807
.LBB0_297:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_808
.LBB0_298:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_809
.LBB0_299:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_810
.LBB0_300:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_811
.LBB0_301:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_812
.LBB0_302:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_813
.LBB0_303:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_814
.LBB0_304:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_815
.LBB0_305:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_816
.LBB0_306:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_817
.LBB0_307:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_818
.LBB0_308:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_819
.LBB0_309:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_820
.LBB0_310:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_821
.LBB0_311:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_822
.LBB0_312:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_823
.LBB0_313:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_824
.LBB0_314:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_825
.LBB0_315:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_826
.LBB0_316:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_827
.LBB0_317:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_828
.LBB0_318:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_829
.LBB0_319:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_830
.LBB0_320:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_831
.LBB0_321:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_832
.LBB0_322:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_833
.LBB0_323:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_834
.LBB0_324:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_835
.LBB0_325:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_836
.LBB0_326:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_837
.LBB0_327:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_838
.LBB0_328:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_839
.LBB0_329:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_840
.LBB0_330:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_841
.LBB0_331:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_842
.LBB0_332:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_843
.LBB0_333:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_844
.LBB0_334:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_845
.LBB0_335:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_846
.LBB0_336:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_847
.LBB0_337:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_848
.LBB0_338:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_849
.LBB0_339:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_850
.LBB0_340:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_851
.LBB0_341:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_852
.LBB0_342:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_853
.LBB0_343:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_345
.LBB0_344:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:768
.LBB0_345:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_mad_u64_u32 v[4:5], s[10:11], s13, 6, v[26:27]
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 0x80, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_347
; %bb.346:
	global_store_dword v[2:3], a224, off
.LBB0_347:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 0x81, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_349
; %bb.348:
	global_store_dword v[4:5], a225, off
.LBB0_349:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v10, 0x82, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_351
; %bb.350:
	global_store_dword v[6:7], a226, off
.LBB0_351:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 0x83, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_353
; %bb.352:
	global_store_dword v[8:9], a227, off
.LBB0_353:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v14, 0x88, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_355
; %bb.354:
	global_store_dword v[10:11], a228, off
.LBB0_355:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 0x89, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_357
; %bb.356:
	global_store_dword v[12:13], a229, off
.LBB0_357:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 0x8a, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_359
; %bb.358:
	global_store_dword v[14:15], a230, off
.LBB0_359:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 0x8b, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_361
; %bb.360:
	global_store_dword v[16:17], a231, off
.LBB0_361:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v22, 0x90, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_363
; %bb.362:
	global_store_dword v[18:19], a232, off
.LBB0_363:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 0x91, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_365
; %bb.364:
	global_store_dword v[20:21], a233, off
.LBB0_365:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v26, 0x92, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_367
; %bb.366:
	global_store_dword v[22:23], a234, off
.LBB0_367:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 0x93, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_369
; %bb.368:
	global_store_dword v[24:25], a235, off
.LBB0_369:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 0x98, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_371
; %bb.370:
	global_store_dword v[26:27], a236, off
.LBB0_371:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0x99, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_373
; %bb.372:
	global_store_dword v[28:29], a237, off
.LBB0_373:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 0x9a, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[32:33], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[40:41], s[46:47]
	s_cbranch_execz .LBB0_375
; %bb.374:
	global_store_dword v[32:33], a238, off
.LBB0_375:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[40:41]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v38, 0x9b, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[34:35], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v38
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_854
; %bb.376:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_855
.LBB0_377:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_856
.LBB0_378:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_857
.LBB0_379:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_858
.LBB0_380:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_859
.LBB0_381:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_860
.LBB0_382:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_861
.LBB0_383:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_862
.LBB0_384:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_863
.LBB0_385:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_864
.LBB0_386:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_865
.LBB0_387:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_866
.LBB0_388:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_867
.LBB0_389:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_868
.LBB0_390:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_869
.LBB0_391:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_870
.LBB0_392:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_871
.LBB0_393:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_872
.LBB0_394:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_873
.LBB0_395:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_874
.LBB0_396:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_875
.LBB0_397:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_876
.LBB0_398:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_877
.LBB0_399:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_878
.LBB0_400:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_879
.LBB0_401:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_880
.LBB0_402:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_881
.LBB0_403:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_882
.LBB0_404:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_883
.LBB0_405:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_884
.LBB0_406:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_885
.LBB0_407:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_886
.LBB0_408:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_887
.LBB0_409:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_888
.LBB0_410:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_889
.LBB0_411:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_890
.LBB0_412:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_891
.LBB0_413:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_892
.LBB0_414:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_893
.LBB0_415:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_894
.LBB0_416:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_895
.LBB0_417:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_896
.LBB0_418:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_897
.LBB0_419:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_898
.LBB0_420:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_899
.LBB0_421:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_900
.LBB0_422:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_901
.LBB0_423:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_425
.LBB0_424:
	global_store_dword v[34:35], a207, off offset:768
.LBB0_425:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v4, s12, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 0xa0, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_427
; %bb.426:
	global_store_dword v[2:3], v70, off
.LBB0_427:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 0xa1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_429
; %bb.428:
	global_store_dword v[4:5], v71, off
.LBB0_429:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v10, 0xa2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_431
; %bb.430:
	global_store_dword v[6:7], v72, off
.LBB0_431:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 0xa3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_433
; %bb.432:
	global_store_dword v[8:9], v73, off
.LBB0_433:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v14, 0xa8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_435
; %bb.434:
	global_store_dword v[10:11], v74, off
.LBB0_435:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 0xa9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_437
; %bb.436:
	global_store_dword v[12:13], v75, off
.LBB0_437:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 0xaa, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_439
; %bb.438:
	global_store_dword v[14:15], v76, off
.LBB0_439:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 0xab, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_441
; %bb.440:
	global_store_dword v[16:17], v77, off
.LBB0_441:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v22, 0xb0, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_443
; %bb.442:
	global_store_dword v[18:19], v78, off
.LBB0_443:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 0xb1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_445
; %bb.444:
	global_store_dword v[20:21], v79, off
.LBB0_445:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v26, 0xb2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_447
; %bb.446:
	global_store_dword v[22:23], v80, off
.LBB0_447:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 0xb3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_449
; %bb.448:
	global_store_dword v[24:25], v81, off
.LBB0_449:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 0xb8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_451
; %bb.450:
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v82, off
.LBB0_451:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0xb9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_453
; %bb.452:
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v83, off
.LBB0_453:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 0xba, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[32:33], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[40:41], s[46:47]
	s_cbranch_execz .LBB0_455
; %bb.454:
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v84, off
.LBB0_455:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[40:41]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v38, 0xbb, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[34:35], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v38
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_902
; %bb.456:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_903
.LBB0_457:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_904
.LBB0_458:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_905
.LBB0_459:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_906
.LBB0_460:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_907
.LBB0_461:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_908
.LBB0_462:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_909
.LBB0_463:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_910
.LBB0_464:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_911
.LBB0_465:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_912
.LBB0_466:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_913
.LBB0_467:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_914
.LBB0_468:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_915
.LBB0_469:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_916
.LBB0_470:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_917
.LBB0_471:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_918
.LBB0_472:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_919
.LBB0_473:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_920
.LBB0_474:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_921
.LBB0_475:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_922
.LBB0_476:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_923
.LBB0_477:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_924
.LBB0_478:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_925
.LBB0_479:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_926
.LBB0_480:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_927
.LBB0_481:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_928
.LBB0_482:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_929
.LBB0_483:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_930
.LBB0_484:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_931
.LBB0_485:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_932
.LBB0_486:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_933
.LBB0_487:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_934
.LBB0_488:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_935
.LBB0_489:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_936
.LBB0_490:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_937
.LBB0_491:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_938
.LBB0_492:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_939
.LBB0_493:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_940
.LBB0_494:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_941
.LBB0_495:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_942
.LBB0_496:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_943
.LBB0_497:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_944
.LBB0_498:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_945
.LBB0_499:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_946
.LBB0_500:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_947
.LBB0_501:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_948
.LBB0_502:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_949
.LBB0_503:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_505
.LBB0_504:
	global_store_dword v[34:35], a143, off offset:768
.LBB0_505:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v4, s12, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 0xc0, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_507
; %bb.506:
	global_store_dword v[2:3], a112, off
.LBB0_507:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 0xc1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_509
; %bb.508:
	global_store_dword v[4:5], a113, off
.LBB0_509:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v10, 0xc2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[44:45], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[44:45], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_511
; %bb.510:
	global_store_dword v[6:7], a114, off
.LBB0_511:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 0xc3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_513
; %bb.512:
	global_store_dword v[8:9], a115, off
.LBB0_513:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v14, 0xc8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_515
; %bb.514:
	global_store_dword v[10:11], a116, off
.LBB0_515:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 0xc9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_517
; %bb.516:
	global_store_dword v[12:13], a117, off
.LBB0_517:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 0xca, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_519
; %bb.518:
	global_store_dword v[14:15], a118, off
.LBB0_519:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 0xcb, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_521
; %bb.520:
	global_store_dword v[16:17], a119, off
.LBB0_521:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v22, 0xd0, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_523
; %bb.522:
	global_store_dword v[18:19], a120, off
.LBB0_523:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 0xd1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_525
; %bb.524:
	global_store_dword v[20:21], a121, off
.LBB0_525:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v26, 0xd2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_527
; %bb.526:
	global_store_dword v[22:23], a122, off
.LBB0_527:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 0xd3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_529
; %bb.528:
	global_store_dword v[24:25], a123, off
.LBB0_529:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 0xd8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_531
; %bb.530:
	global_store_dword v[26:27], a124, off
.LBB0_531:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0xd9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_533
; %bb.532:
	global_store_dword v[28:29], a125, off
.LBB0_533:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v34, 0xda, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[32:33], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[32:33], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[40:41], s[46:47]
	s_cbranch_execz .LBB0_535
; %bb.534:
	global_store_dword v[32:33], a126, off
.LBB0_535:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[40:41]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v38, 0xdb, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[34:35], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v38
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_950
; %bb.536:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_951
.LBB0_537:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_952
.LBB0_538:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_953
.LBB0_539:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_954
.LBB0_540:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_955
.LBB0_541:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_956
.LBB0_542:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_957
.LBB0_543:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_958
.LBB0_544:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_959
.LBB0_545:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_960
.LBB0_546:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_961
.LBB0_547:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_962
.LBB0_548:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_963
.LBB0_549:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_964
.LBB0_550:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_965
.LBB0_551:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_966
.LBB0_552:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_967
.LBB0_553:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_968
.LBB0_554:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_969
.LBB0_555:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_970
.LBB0_556:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_971
.LBB0_557:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_972
.LBB0_558:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_973
.LBB0_559:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_974
.LBB0_560:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_975
.LBB0_561:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_976
.LBB0_562:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_977
.LBB0_563:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_978
.LBB0_564:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_979
.LBB0_565:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_980
.LBB0_566:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_981
.LBB0_567:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execnz .LBB0_982
.LBB0_568:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execnz .LBB0_983
.LBB0_569:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_984
.LBB0_570:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execnz .LBB0_985
.LBB0_571:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_986
.LBB0_572:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_987
.LBB0_573:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_988
.LBB0_574:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_989
.LBB0_575:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_990
.LBB0_576:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_991
.LBB0_577:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_992
.LBB0_578:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_993
.LBB0_579:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_994
.LBB0_580:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_995
.LBB0_581:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_996
.LBB0_582:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_997
.LBB0_583:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_585
.LBB0_584:
	global_store_dword v[34:35], a79, off offset:768
.LBB0_585:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v4, s12, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, 0xe0, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[2:3], v[4:5], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[40:41], s8, v6
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_587
; %bb.586:
	global_store_dword v[2:3], a48, off
.LBB0_587:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v6, s13, v4
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v8, 0xe1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[10:11], s8, v8
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[10:11], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_589
; %bb.588:
	global_store_dword v[4:5], a49, off
.LBB0_589:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v8, s13, v6
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v10, 0xe2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[6:7], v[8:9], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[42:43], s8, v10
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[6:7], v[0:1], 2, v[6:7]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[42:43], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_591
; %bb.590:
	global_store_dword v[6:7], a50, off
.LBB0_591:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v10, s13, v8
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v12, 0xe3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[8:9], v[10:11], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v12
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[8:9], v[0:1], 2, v[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[18:19], s[14:15], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_593
; %bb.592:
	global_store_dword v[8:9], a51, off
.LBB0_593:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v12, s12, v10
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v14, 0xe8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[10:11], v[12:13], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[10:11], v[0:1], 2, v[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[20:21], s[16:17], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_595
; %bb.594:
	global_store_dword v[10:11], a52, off
.LBB0_595:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v14, s13, v12
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 0xe9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[12:13], v[14:15], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[12:13], v[0:1], 2, v[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[22:23], s[18:19], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_597
; %bb.596:
	global_store_dword v[12:13], a53, off
.LBB0_597:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v16, s13, v14
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v18, 0xea, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[14:15], v[16:17], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v18
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[14:15], v[0:1], 2, v[14:15]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_599
; %bb.598:
	global_store_dword v[14:15], a54, off
.LBB0_599:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v18, s13, v16
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v20, 0xeb, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[16:17], v[18:19], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[22:23], s8, v20
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[16:17], v[0:1], 2, v[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[26:27], s[22:23], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_601
; %bb.600:
	global_store_dword v[16:17], a55, off
.LBB0_601:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v20, s12, v18
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v22, 0xf0, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[18:19], v[20:21], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[24:25], s8, v22
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[18:19], v[0:1], 2, v[18:19]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[28:29], s[24:25], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_603
; %bb.602:
	global_store_dword v[18:19], a56, off
.LBB0_603:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v22, s13, v20
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v24, 0xf1, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[20:21], v[22:23], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[26:27], s8, v24
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[20:21], v[0:1], 2, v[20:21]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[30:31], s[26:27], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_605
; %bb.604:
	global_store_dword v[20:21], a57, off
.LBB0_605:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v24, s13, v22
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v26, 0xf2, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[22:23], v[24:25], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[28:29], s8, v26
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[22:23], v[0:1], 2, v[22:23]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[28:29], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_607
; %bb.606:
	global_store_dword v[22:23], a58, off
.LBB0_607:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v26, s13, v24
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v28, 0xf3, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[24:25], v[26:27], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[30:31], s8, v28
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[24:25], v[0:1], 2, v[24:25]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[36:37], s[30:31], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_609
; %bb.608:
	global_store_dword v[24:25], a59, off
.LBB0_609:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v28, s12, v26
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v30, 0xf8, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[26:27], v[28:29], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v30
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[26:27], v[0:1], 2, v[26:27]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[36:37], s[38:39]
	s_cbranch_execz .LBB0_611
; %bb.610:
	global_store_dword v[26:27], a60, off
.LBB0_611:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[36:37]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v28
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0xf9, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[28:29], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[36:37], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[28:29], v[0:1], 2, v[28:29]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[44:45], s[36:37], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[38:39], s[44:45]
	s_cbranch_execz .LBB0_613
; %bb.612:
	global_store_dword v[28:29], a61, off
.LBB0_613:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[38:39]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v30, s13, v30
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v32, 0xfa, v36
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[30:31], v[30:31], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[38:39], s8, v32
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[30:31], v[0:1], 2, v[30:31]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[44:45], s[46:47]
	s_cbranch_execz .LBB0_615
; %bb.614:
	global_store_dword v[30:31], a62, off
.LBB0_615:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[44:45]
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v34, 0xfb, v37
	.loc	1 35 39                         ; spill.py:35:39
	v_mul_lo_u32 v32, s13, v34
	.loc	1 35 21 is_stmt 0               ; spill.py:35:21
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshl_add_u64 v[32:33], v[32:33], 2, s[6:7]
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s[6:7], s8, v34
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[0:1], v[0:1], 2, v[32:33]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[6:7], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_998
; %bb.616:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_999
.LBB0_617:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1000
.LBB0_618:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1001
.LBB0_619:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1002
.LBB0_620:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1003
.LBB0_621:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1004
.LBB0_622:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1005
.LBB0_623:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1006
.LBB0_624:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1007
.LBB0_625:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1008
.LBB0_626:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1009
.LBB0_627:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1010
.LBB0_628:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1011
.LBB0_629:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1012
.LBB0_630:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1013
.LBB0_631:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[6:7], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1014
.LBB0_632:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1015
.LBB0_633:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1016
.LBB0_634:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1017
.LBB0_635:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1018
.LBB0_636:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1019
.LBB0_637:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1020
.LBB0_638:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1021
.LBB0_639:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1022
.LBB0_640:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1023
.LBB0_641:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1024
.LBB0_642:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1025
.LBB0_643:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1026
.LBB0_644:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1027
.LBB0_645:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1028
.LBB0_646:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1029
.LBB0_647:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1030
.LBB0_648:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1031
.LBB0_649:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1032
.LBB0_650:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1033
.LBB0_651:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1034
.LBB0_652:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1035
.LBB0_653:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1036
.LBB0_654:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1037
.LBB0_655:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1038
.LBB0_656:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1039
.LBB0_657:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1040
.LBB0_658:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1041
.LBB0_659:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1042
.LBB0_660:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1043
.LBB0_661:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1044
.LBB0_662:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1045
.LBB0_663:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[0:1], s[6:7], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execnz .LBB0_1046
.LBB0_664:
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.LBB0_665:
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[2:3], a240, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_56
.LBB0_666:
	global_store_dword v[4:5], a241, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_57
.LBB0_667:
	global_store_dword v[6:7], a242, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_58
.LBB0_668:
	global_store_dword v[8:9], a243, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_59
.LBB0_669:
	global_store_dword v[10:11], a244, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_60
.LBB0_670:
	global_store_dword v[12:13], a245, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_61
.LBB0_671:
	global_store_dword v[14:15], a246, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_62
.LBB0_672:
	global_store_dword v[16:17], a247, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_63
.LBB0_673:
	global_store_dword v[18:19], a248, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_64
.LBB0_674:
	global_store_dword v[20:21], a249, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_65
.LBB0_675:
	global_store_dword v[22:23], a250, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_66
.LBB0_676:
	global_store_dword v[24:25], a251, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_67
.LBB0_677:
	global_store_dword v[26:27], a252, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_68
.LBB0_678:
	global_store_dword v[28:29], a253, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_69
.LBB0_679:
	global_store_dword v[32:33], a254, off offset:256
	s_or_b64 exec, exec, s[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[4:5], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execnz .LBB0_70
	s_branch .LBB0_71
.LBB0_680:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_73
.LBB0_681:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_74
.LBB0_682:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_75
.LBB0_683:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_76
.LBB0_684:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_77
.LBB0_685:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_78
.LBB0_686:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_79
.LBB0_687:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_80
.LBB0_688:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_81
.LBB0_689:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_82
.LBB0_690:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_83
.LBB0_691:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_84
.LBB0_692:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_85
.LBB0_693:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_86
.LBB0_694:
	scratch_load_dwordx4 v[38:41], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:512
	s_or_b64 exec, exec, s[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execnz .LBB0_87
	s_branch .LBB0_88
.LBB0_695:
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_90
.LBB0_696:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_91
.LBB0_697:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_92
.LBB0_698:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_93
.LBB0_699:
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_94
.LBB0_700:
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_95
.LBB0_701:
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_96
.LBB0_702:
	scratch_load_dwordx4 v[38:41], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_97
.LBB0_703:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v10, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_98
.LBB0_704:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v11, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_99
.LBB0_705:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v12, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_100
.LBB0_706:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v13, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_101
.LBB0_707:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v14, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_102
.LBB0_708:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v15, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_103
.LBB0_709:
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v16, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_104
	s_branch .LBB0_105
.LBB0_710:
	scratch_load_dwordx4 v[38:41], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_137
.LBB0_711:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_138
.LBB0_712:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_139
.LBB0_713:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_140
.LBB0_714:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_141
.LBB0_715:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_142
.LBB0_716:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_143
.LBB0_717:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_144
.LBB0_718:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_145
.LBB0_719:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_146
.LBB0_720:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_147
.LBB0_721:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_148
.LBB0_722:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_149
.LBB0_723:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_150
.LBB0_724:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_151
.LBB0_725:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_152
.LBB0_726:
	scratch_load_dwordx4 v[38:41], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_153
.LBB0_727:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_154
.LBB0_728:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_155
.LBB0_729:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_156
.LBB0_730:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_157
.LBB0_731:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_158
.LBB0_732:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_159
.LBB0_733:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_160
.LBB0_734:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_161
.LBB0_735:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_162
.LBB0_736:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_163
.LBB0_737:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_164
.LBB0_738:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_165
.LBB0_739:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_166
.LBB0_740:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_167
.LBB0_741:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_168
.LBB0_742:
	scratch_load_dwordx4 v[38:41], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execz .LBB0_169
.LBB0_743:
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_170
.LBB0_744:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_171
.LBB0_745:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_172
.LBB0_746:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_173
.LBB0_747:
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_174
.LBB0_748:
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_175
.LBB0_749:
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_176
.LBB0_750:
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_177
.LBB0_751:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v10, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_178
.LBB0_752:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v11, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_179
.LBB0_753:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v12, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_180
.LBB0_754:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v13, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_181
.LBB0_755:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v14, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_182
.LBB0_756:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v15, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_183
.LBB0_757:
	scratch_load_dwordx4 v[2:5], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v16, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_184
	s_branch .LBB0_185
.LBB0_758:
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_217
.LBB0_759:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_218
.LBB0_760:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_219
.LBB0_761:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_220
.LBB0_762:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_221
.LBB0_763:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_222
.LBB0_764:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_223
.LBB0_765:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_224
.LBB0_766:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_225
.LBB0_767:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_226
.LBB0_768:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_227
.LBB0_769:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_228
.LBB0_770:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_229
.LBB0_771:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_230
.LBB0_772:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_231
.LBB0_773:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_232
.LBB0_774:
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_233
.LBB0_775:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_234
.LBB0_776:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_235
.LBB0_777:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_236
.LBB0_778:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_237
.LBB0_779:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_238
.LBB0_780:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_239
.LBB0_781:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_240
.LBB0_782:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_241
.LBB0_783:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_242
.LBB0_784:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_243
.LBB0_785:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_244
.LBB0_786:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_245
.LBB0_787:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_246
.LBB0_788:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_247
.LBB0_789:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_248
.LBB0_790:
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execz .LBB0_249
.LBB0_791:
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_250
.LBB0_792:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_251
.LBB0_793:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_252
.LBB0_794:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_253
.LBB0_795:
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_254
.LBB0_796:
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_255
.LBB0_797:
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_256
.LBB0_798:
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_257
.LBB0_799:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v10, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_258
.LBB0_800:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v11, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_259
.LBB0_801:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v12, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_260
.LBB0_802:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v13, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_261
.LBB0_803:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v14, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_262
.LBB0_804:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v15, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_263
.LBB0_805:
	scratch_load_dwordx4 v[2:5], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v16, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_264
	s_branch .LBB0_265
.LBB0_806:
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_297
.LBB0_807:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_298
.LBB0_808:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_299
.LBB0_809:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_300
.LBB0_810:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_301
.LBB0_811:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_302
.LBB0_812:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_303
.LBB0_813:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_304
.LBB0_814:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_305
.LBB0_815:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_306
.LBB0_816:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_307
.LBB0_817:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_308
.LBB0_818:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_309
.LBB0_819:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v50, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_310
.LBB0_820:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[30:31], v51, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_311
.LBB0_821:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_312
.LBB0_822:
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v53, v255
	scratch_load_dwordx3 v[50:52], off, off offset:112 ; 12-byte Folded Reload
	s_nop 0
	global_store_dword v[34:35], v53, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_313
.LBB0_823:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_314
.LBB0_824:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_315
.LBB0_825:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_316
.LBB0_826:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_317
.LBB0_827:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_318
.LBB0_828:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_319
.LBB0_829:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_320
.LBB0_830:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_321
.LBB0_831:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_322
.LBB0_832:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_323
.LBB0_833:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_324
.LBB0_834:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_325
.LBB0_835:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v50, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_326
.LBB0_836:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[30:31], v51, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_327
.LBB0_837:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_328
.LBB0_838:
	scratch_load_dwordx4 v[38:41], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execz .LBB0_329
.LBB0_839:
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_330
.LBB0_840:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_331
.LBB0_841:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_332
.LBB0_842:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_333
.LBB0_843:
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_334
.LBB0_844:
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_335
.LBB0_845:
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_336
.LBB0_846:
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_337
.LBB0_847:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v10, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_338
.LBB0_848:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v11, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_339
.LBB0_849:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v12, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_340
.LBB0_850:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v13, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_341
.LBB0_851:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v14, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_342
.LBB0_852:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[30:31], v15, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_343
.LBB0_853:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v16, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_344
	s_branch .LBB0_345
.LBB0_854:
	global_store_dword v[34:35], a239, off
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_377
.LBB0_855:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_378
.LBB0_856:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_379
.LBB0_857:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	v_mov_b64_e32 v[44:45], v[46:47]
	v_mov_b64_e32 v[46:47], v[48:49]
	v_mov_b64_e32 v[48:49], v[50:51]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v38, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_380
.LBB0_858:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	v_mov_b32_e32 v45, v47
	v_mov_b32_e32 v46, v48
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v51
	v_mov_b32_e32 v50, v52
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v39, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_381
.LBB0_859:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v42, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_382
.LBB0_860:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v43, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_383
.LBB0_861:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v44, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_384
.LBB0_862:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v45, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_385
.LBB0_863:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v46, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_386
.LBB0_864:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v47, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_387
.LBB0_865:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v48, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_388
.LBB0_866:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v49, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_389
.LBB0_867:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v50, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_390
.LBB0_868:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v51, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_391
.LBB0_869:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[32:33], v52, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_392
.LBB0_870:
	scratch_load_dwordx4 v[38:41], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v53, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_393
.LBB0_871:
	global_store_dword v[2:3], v54, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_394
.LBB0_872:
	global_store_dword v[4:5], v55, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_395
.LBB0_873:
	global_store_dword v[6:7], v56, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_396
.LBB0_874:
	global_store_dword v[8:9], v57, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_397
.LBB0_875:
	global_store_dword v[10:11], v58, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_398
.LBB0_876:
	global_store_dword v[12:13], v59, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_399
.LBB0_877:
	global_store_dword v[14:15], v60, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_400
.LBB0_878:
	global_store_dword v[16:17], v61, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_401
.LBB0_879:
	global_store_dword v[18:19], v62, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_402
.LBB0_880:
	global_store_dword v[20:21], v63, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_403
.LBB0_881:
	global_store_dword v[22:23], v64, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_404
.LBB0_882:
	global_store_dword v[24:25], v65, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_405
.LBB0_883:
	global_store_dword v[26:27], v66, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_406
.LBB0_884:
	global_store_dword v[28:29], v67, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_407
.LBB0_885:
	global_store_dword v[32:33], v68, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_408
.LBB0_886:
	global_store_dword v[34:35], v69, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execz .LBB0_409
.LBB0_887:
	global_store_dword v[2:3], a192, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_410
.LBB0_888:
	global_store_dword v[4:5], a193, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_411
.LBB0_889:
	global_store_dword v[6:7], a194, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_412
.LBB0_890:
	global_store_dword v[8:9], a195, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_413
.LBB0_891:
	global_store_dword v[10:11], a196, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_414
.LBB0_892:
	global_store_dword v[12:13], a197, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_415
.LBB0_893:
	global_store_dword v[14:15], a198, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_416
.LBB0_894:
	global_store_dword v[16:17], a199, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_417
.LBB0_895:
	global_store_dword v[18:19], a200, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_418
.LBB0_896:
	global_store_dword v[20:21], a201, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_419
.LBB0_897:
	global_store_dword v[22:23], a202, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_420
.LBB0_898:
	global_store_dword v[24:25], a203, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_421
.LBB0_899:
	global_store_dword v[26:27], a204, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_422
.LBB0_900:
	global_store_dword v[28:29], a205, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_423
.LBB0_901:
	global_store_dword v[32:33], a206, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_424
	s_branch .LBB0_425
.LBB0_902:
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v85, off
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_457
.LBB0_903:
	global_store_dword v[2:3], a160, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_458
.LBB0_904:
	global_store_dword v[4:5], a161, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_459
.LBB0_905:
	global_store_dword v[6:7], a162, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_460
.LBB0_906:
	global_store_dword v[8:9], a163, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_461
.LBB0_907:
	global_store_dword v[10:11], a164, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_462
.LBB0_908:
	global_store_dword v[12:13], a165, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_463
.LBB0_909:
	global_store_dword v[14:15], a166, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_464
.LBB0_910:
	global_store_dword v[16:17], a167, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_465
.LBB0_911:
	global_store_dword v[18:19], a168, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_466
.LBB0_912:
	global_store_dword v[20:21], a169, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_467
.LBB0_913:
	global_store_dword v[22:23], a170, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_468
.LBB0_914:
	global_store_dword v[24:25], a171, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_469
.LBB0_915:
	global_store_dword v[26:27], a172, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_470
.LBB0_916:
	global_store_dword v[28:29], a173, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_471
.LBB0_917:
	global_store_dword v[32:33], a174, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_472
.LBB0_918:
	global_store_dword v[34:35], a175, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_473
.LBB0_919:
	global_store_dword v[2:3], a144, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_474
.LBB0_920:
	global_store_dword v[4:5], a145, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_475
.LBB0_921:
	global_store_dword v[6:7], a146, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_476
.LBB0_922:
	global_store_dword v[8:9], a147, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_477
.LBB0_923:
	global_store_dword v[10:11], a148, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_478
.LBB0_924:
	global_store_dword v[12:13], a149, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_479
.LBB0_925:
	global_store_dword v[14:15], a150, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_480
.LBB0_926:
	global_store_dword v[16:17], a151, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_481
.LBB0_927:
	global_store_dword v[18:19], a152, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_482
.LBB0_928:
	global_store_dword v[20:21], a153, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_483
.LBB0_929:
	global_store_dword v[22:23], a154, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_484
.LBB0_930:
	global_store_dword v[24:25], a155, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_485
.LBB0_931:
	global_store_dword v[26:27], a156, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_486
.LBB0_932:
	global_store_dword v[28:29], a157, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_487
.LBB0_933:
	global_store_dword v[32:33], a158, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_488
.LBB0_934:
	global_store_dword v[34:35], a159, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execz .LBB0_489
.LBB0_935:
	global_store_dword v[2:3], a128, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_490
.LBB0_936:
	global_store_dword v[4:5], a129, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_491
.LBB0_937:
	global_store_dword v[6:7], a130, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_492
.LBB0_938:
	global_store_dword v[8:9], a131, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_493
.LBB0_939:
	global_store_dword v[10:11], a132, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_494
.LBB0_940:
	global_store_dword v[12:13], a133, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_495
.LBB0_941:
	global_store_dword v[14:15], a134, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_496
.LBB0_942:
	global_store_dword v[16:17], a135, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_497
.LBB0_943:
	global_store_dword v[18:19], a136, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_498
.LBB0_944:
	global_store_dword v[20:21], a137, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_499
.LBB0_945:
	global_store_dword v[22:23], a138, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_500
.LBB0_946:
	global_store_dword v[24:25], a139, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_501
.LBB0_947:
	global_store_dword v[26:27], a140, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_502
.LBB0_948:
	global_store_dword v[28:29], a141, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_503
.LBB0_949:
	global_store_dword v[32:33], a142, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_504
	s_branch .LBB0_505
.LBB0_950:
	global_store_dword v[34:35], a127, off
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_537
.LBB0_951:
	global_store_dword v[2:3], a96, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_538
.LBB0_952:
	global_store_dword v[4:5], a97, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_539
.LBB0_953:
	global_store_dword v[6:7], a98, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_540
.LBB0_954:
	global_store_dword v[8:9], a99, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_541
.LBB0_955:
	global_store_dword v[10:11], a100, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_542
.LBB0_956:
	global_store_dword v[12:13], a101, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_543
.LBB0_957:
	global_store_dword v[14:15], a102, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_544
.LBB0_958:
	global_store_dword v[16:17], a103, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_545
.LBB0_959:
	global_store_dword v[18:19], a104, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_546
.LBB0_960:
	global_store_dword v[20:21], a105, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_547
.LBB0_961:
	global_store_dword v[22:23], a106, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_548
.LBB0_962:
	global_store_dword v[24:25], a107, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_549
.LBB0_963:
	global_store_dword v[26:27], a108, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_550
.LBB0_964:
	global_store_dword v[28:29], a109, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_551
.LBB0_965:
	global_store_dword v[32:33], a110, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_552
.LBB0_966:
	global_store_dword v[34:35], a111, off offset:256
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_553
.LBB0_967:
	global_store_dword v[2:3], a80, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_554
.LBB0_968:
	global_store_dword v[4:5], a81, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[44:45], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_555
.LBB0_969:
	global_store_dword v[6:7], a82, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_556
.LBB0_970:
	global_store_dword v[8:9], a83, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_557
.LBB0_971:
	global_store_dword v[10:11], a84, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_558
.LBB0_972:
	global_store_dword v[12:13], a85, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_559
.LBB0_973:
	global_store_dword v[14:15], a86, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_560
.LBB0_974:
	global_store_dword v[16:17], a87, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_561
.LBB0_975:
	global_store_dword v[18:19], a88, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_562
.LBB0_976:
	global_store_dword v[20:21], a89, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_563
.LBB0_977:
	global_store_dword v[22:23], a90, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_564
.LBB0_978:
	global_store_dword v[24:25], a91, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_565
.LBB0_979:
	global_store_dword v[26:27], a92, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_566
.LBB0_980:
	global_store_dword v[28:29], a93, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_567
.LBB0_981:
	global_store_dword v[32:33], a94, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[48:49], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[46:47], s[48:49]
	s_cbranch_execz .LBB0_568
.LBB0_982:
	global_store_dword v[34:35], a95, off offset:512
	s_or_b64 exec, exec, s[46:47]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[46:47], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[42:43], s[46:47]
	s_cbranch_execz .LBB0_569
.LBB0_983:
	global_store_dword v[2:3], a64, off offset:768
	s_or_b64 exec, exec, s[42:43]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_570
.LBB0_984:
	global_store_dword v[4:5], a65, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[42:43], s[44:45], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_571
.LBB0_985:
	global_store_dword v[6:7], a66, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_572
.LBB0_986:
	global_store_dword v[8:9], a67, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_573
.LBB0_987:
	global_store_dword v[10:11], a68, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_574
.LBB0_988:
	global_store_dword v[12:13], a69, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_575
.LBB0_989:
	global_store_dword v[14:15], a70, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_576
.LBB0_990:
	global_store_dword v[16:17], a71, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_577
.LBB0_991:
	global_store_dword v[18:19], a72, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_578
.LBB0_992:
	global_store_dword v[20:21], a73, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_579
.LBB0_993:
	global_store_dword v[22:23], a74, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_580
.LBB0_994:
	global_store_dword v[24:25], a75, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_581
.LBB0_995:
	global_store_dword v[26:27], a76, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_582
.LBB0_996:
	global_store_dword v[28:29], a77, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_583
.LBB0_997:
	global_store_dword v[32:33], a78, off offset:768
	s_or_b64 exec, exec, s[10:11]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execnz .LBB0_584
	s_branch .LBB0_585
.LBB0_998:
	global_store_dword v[0:1], a63, off
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[40:41], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_617
.LBB0_999:
	global_store_dword v[2:3], a32, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[10:11], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_618
.LBB0_1000:
	global_store_dword v[4:5], a33, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[42:43], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_619
.LBB0_1001:
	global_store_dword v[6:7], a34, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_620
.LBB0_1002:
	global_store_dword v[8:9], a35, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_621
.LBB0_1003:
	global_store_dword v[10:11], a36, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_622
.LBB0_1004:
	global_store_dword v[12:13], a37, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_623
.LBB0_1005:
	global_store_dword v[14:15], a38, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[22:23], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_624
.LBB0_1006:
	global_store_dword v[16:17], a39, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[24:25], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_625
.LBB0_1007:
	global_store_dword v[18:19], a40, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[26:27], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_626
.LBB0_1008:
	global_store_dword v[20:21], a41, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[28:29], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_627
.LBB0_1009:
	global_store_dword v[22:23], a42, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[30:31], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_628
.LBB0_1010:
	global_store_dword v[24:25], a43, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_629
.LBB0_1011:
	global_store_dword v[26:27], a44, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[36:37], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_630
.LBB0_1012:
	global_store_dword v[28:29], a45, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[38:39], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_631
.LBB0_1013:
	global_store_dword v[30:31], a46, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[6:7], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_632
.LBB0_1014:
	global_store_dword v[0:1], a47, off offset:256
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[40:41], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_633
.LBB0_1015:
	global_store_dword v[2:3], a208, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[10:11], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_634
.LBB0_1016:
	global_store_dword v[4:5], a209, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[42:43], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_635
.LBB0_1017:
	global_store_dword v[6:7], a210, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_636
.LBB0_1018:
	global_store_dword v[8:9], a211, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_637
.LBB0_1019:
	global_store_dword v[10:11], a212, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_638
.LBB0_1020:
	global_store_dword v[12:13], a213, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_639
.LBB0_1021:
	global_store_dword v[14:15], a214, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[22:23], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_640
.LBB0_1022:
	global_store_dword v[16:17], a215, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[24:25], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_641
.LBB0_1023:
	global_store_dword v[18:19], a216, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[26:27], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_642
.LBB0_1024:
	global_store_dword v[20:21], a217, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[28:29], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_643
.LBB0_1025:
	global_store_dword v[22:23], a218, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[30:31], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_644
.LBB0_1026:
	global_store_dword v[24:25], a219, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_645
.LBB0_1027:
	global_store_dword v[26:27], a220, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[36:37], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_646
.LBB0_1028:
	global_store_dword v[28:29], a221, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[38:39], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_647
.LBB0_1029:
	global_store_dword v[30:31], a222, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_648
.LBB0_1030:
	global_store_dword v[0:1], a223, off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[40:41], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_649
.LBB0_1031:
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v32, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[10:11], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_650
.LBB0_1032:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	global_store_dword v[4:5], v33, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[42:43], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_651
.LBB0_1033:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b64_e32 v[32:33], v[34:35]
	v_mov_b64_e32 v[34:35], v[36:37]
	v_mov_b64_e32 v[36:37], v[38:39]
	v_mov_b64_e32 v[38:39], v[40:41]
	v_mov_b64_e32 v[40:41], v[42:43]
	v_mov_b64_e32 v[42:43], v[44:45]
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[6:7], v32, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_652
.LBB0_1034:
	.loc	1 0 21                          ; spill.py:0:21
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v33, v35
	v_mov_b32_e32 v34, v36
	v_mov_b32_e32 v35, v37
	v_mov_b32_e32 v36, v38
	v_mov_b32_e32 v37, v39
	v_mov_b32_e32 v38, v40
	v_mov_b32_e32 v39, v41
	v_mov_b32_e32 v40, v42
	v_mov_b32_e32 v41, v43
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v45
	v_mov_b32_e32 v44, v46
	.loc	1 36 21                         ; spill.py:36:21
	global_store_dword v[8:9], v33, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_653
.LBB0_1035:
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[10:11], v36, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_654
.LBB0_1036:
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[12:13], v37, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_655
.LBB0_1037:
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[14:15], v38, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[22:23], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_656
.LBB0_1038:
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[16:17], v39, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[24:25], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_657
.LBB0_1039:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[18:19], v10, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[26:27], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_658
.LBB0_1040:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[20:21], v11, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[28:29], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_659
.LBB0_1041:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[22:23], v12, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[30:31], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_660
.LBB0_1042:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[24:25], v13, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_661
.LBB0_1043:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[26:27], v14, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[36:37], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_662
.LBB0_1044:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[28:29], v15, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[38:39], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_663
.LBB0_1045:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[30:31], v16, off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[0:1], s[6:7], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_664
.LBB0_1046:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], v17, off offset:768
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.Ltmp6:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 2200
		.amdhsa_kernarg_size 56
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 14
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 512
		.amdhsa_next_free_sgpr 50
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
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
                                        ; -- End function
	.set oversized_tile_fp8_gemm.num_vgpr, 256
	.set oversized_tile_fp8_gemm.num_agpr, 256
	.set oversized_tile_fp8_gemm.numbered_sgpr, 50
	.set oversized_tile_fp8_gemm.private_seg_size, 2200
	.set oversized_tile_fp8_gemm.uses_vcc, 1
	.set oversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set oversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set oversized_tile_fp8_gemm.has_recursion, 0
	.set oversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 60540
; TotalNumSgprs: 56
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 2200
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 63
; NumSGPRsForWavesPerEU: 56
; NumVGPRsForWavesPerEU: 512
; AccumOffset: 256
; Occupancy: 1
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
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
	.byte	29                              ; DW_AT_call_line
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
	.asciz	"spill.py"                      ; string offset=7
.Linfo_string2:
	.asciz	"oversized_tile_fp8_gemm"       ; string offset=16
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     256
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
      - .offset:         24
        .size:           4
        .value_kind:     by_value
      - .offset:         28
        .size:           4
        .value_kind:     by_value
      - .offset:         32
        .size:           4
        .value_kind:     by_value
      - .offset:         36
        .size:           4
        .value_kind:     by_value
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .offset:         44
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 128
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 2200
    .sgpr_count:     56
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 1466
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	oversized_tile_fp8_gemm         ; -- Begin function oversized_tile_fp8_gemm
	.p2align	8
	.type	oversized_tile_fp8_gemm,@function
oversized_tile_fp8_gemm:                ; @oversized_tile_fp8_gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1158:
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
; %bb.1159:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
	v_mov_b32_e32 v16, v0
	v_writelane_b32 v254, s6, 0
.Ltmp1:
	.loc	1 31 13 is_stmt 1               ; spill.py:31:13
	v_readfirstlane_b32 s0, v16
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s67, s0, 64
	v_writelane_b32 v254, s7, 1
	.loc	1 22 14                         ; spill.py:22:14
	s_lshl_b32 s1, s16, 8
	.loc	1 22 32 is_stmt 0               ; spill.py:22:32
	v_lshrrev_b32_e32 v0, 3, v16
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	s_lshl_b32 s6, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ spill.py:29:23 ]
	s_add_i32 s0, s10, 15
	s_mov_b32 s33, s13
.Ltmp3:
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v17, 4, v0
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s0, 16
	v_mov_b32_e32 v82, 0
	s_cbranch_scc1 .LBB0_131
; %bb.1:                                ; %.lr.ph
	.loc	1 22 32                         ; spill.py:22:32
	v_and_or_b32 v152, v16, 63, s67
	v_lshrrev_b32_e32 v0, 4, v152
	v_writelane_b32 v254, s33, 2
	v_or_b32_e32 v1, 8, v0
	v_or_b32_e32 v2, 16, v0
	v_or_b32_e32 v3, 24, v0
	v_or_b32_e32 v4, 32, v0
	v_or_b32_e32 v5, 40, v0
	v_or_b32_e32 v6, 48, v0
	v_or_b32_e32 v7, 56, v0
	v_or_b32_e32 v8, 64, v0
	v_or_b32_e32 v9, 0x48, v0
	v_or_b32_e32 v10, 0x50, v0
	v_or_b32_e32 v11, 0x58, v0
	v_or_b32_e32 v12, 0x60, v0
	v_or_b32_e32 v13, 0x68, v0
	v_or_b32_e32 v14, 0x70, v0
	v_or_b32_e32 v15, 0x78, v0
	v_mov_b32_e32 v150, v16
	v_or_b32_e32 v16, 0x80, v0
	v_mov_b32_e32 v151, v17
	v_or_b32_e32 v17, 0x88, v0
	v_or_b32_e32 v18, 0x90, v0
	v_or_b32_e32 v19, 0x98, v0
	v_or_b32_e32 v20, 0xa0, v0
	v_or_b32_e32 v21, 0xa8, v0
	v_or_b32_e32 v22, 0xb0, v0
	v_or_b32_e32 v23, 0xb8, v0
	v_or_b32_e32 v24, 0xc0, v0
	v_or_b32_e32 v25, 0xc8, v0
	v_or_b32_e32 v26, 0xd0, v0
	v_or_b32_e32 v27, 0xd8, v0
	v_or_b32_e32 v28, 0xe0, v0
	v_or_b32_e32 v29, 0xe8, v0
	v_or_b32_e32 v30, 0xf0, v0
	v_or_b32_e32 v31, 0xf8, v0
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v94, s1, v0
	v_or_b32_e32 v95, s1, v1
	v_or_b32_e32 v96, s1, v2
	v_or_b32_e32 v97, s1, v3
	v_or_b32_e32 v117, s1, v4
	v_or_b32_e32 v118, s1, v5
	v_or_b32_e32 v119, s1, v6
	v_or_b32_e32 v120, s1, v7
	v_or_b32_e32 v121, s1, v8
	v_or_b32_e32 v122, s1, v9
	v_or_b32_e32 v123, s1, v10
	v_or_b32_e32 v124, s1, v11
	v_or_b32_e32 v125, s1, v12
	v_or_b32_e32 v126, s1, v13
	v_or_b32_e32 v127, s1, v14
	v_or_b32_e32 v128, s1, v15
	v_or_b32_e32 v129, s1, v16
	v_or_b32_e32 v130, s1, v17
	v_or_b32_e32 v92, s1, v18
	v_or_b32_e32 v90, s1, v19
	v_or_b32_e32 v88, s1, v20
	v_or_b32_e32 v86, s1, v21
	v_or_b32_e32 v84, s1, v22
	v_or_b32_e32 v80, s1, v23
	v_or_b32_e32 v78, s1, v24
	v_or_b32_e32 v76, s1, v25
	v_or_b32_e32 v74, s1, v26
	v_or_b32_e32 v72, s1, v27
	v_or_b32_e32 v70, s1, v28
	v_or_b32_e32 v68, s1, v29
	v_or_b32_e32 v66, s1, v30
	v_writelane_b32 v254, s1, 3
	v_or_b32_e32 v64, s1, v31
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_ashr_i32 s1, s0, 31
	s_lshr_b32 s1, s1, 28
	s_add_i32 s0, s0, s1
	v_writelane_b32 v254, s6, 4
	s_ashr_i32 s0, s0, 4
.Ltmp5:
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 5
	v_cmp_gt_i32_e64 s[0:1], s8, v94
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v33, s6, v0
	v_or_b32_e32 v1, s6, v1
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 7
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v35, s6, v2
	v_or_b32_e32 v3, s6, v3
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 8
	v_cmp_gt_i32_e64 s[0:1], s8, v95
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v37, s6, v4
	v_or_b32_e32 v5, s6, v5
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 9
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v39, s6, v6
	v_or_b32_e32 v113, s6, v16
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 10
	v_cmp_gt_i32_e64 s[0:1], s8, v96
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v102, s6, v31
	v_or_b32_e32 v7, s6, v7
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 11
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v114, s6, v15
	v_or_b32_e32 v101, s6, v30
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 12
	v_cmp_gt_i32_e64 s[0:1], s8, v97
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v0, v102, s12
	v_mul_lo_u32 v30, v113, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 13
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v115, s6, v14
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v32, v114, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 14
	v_cmp_gt_i32_e64 s[0:1], s8, v117
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v60, v1, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v31, 31, v30
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 15
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v41, s6, v8
	v_or_b32_e32 v116, s6, v13
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 16
	v_cmp_gt_i32_e64 s[0:1], s8, v118
	.loc	1 25 52                         ; spill.py:25:52
	v_and_b32_e32 v154, 15, v150
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_mov_b32_e32 v155, v82
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 17
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v34, v115, s12
	v_mul_lo_u32 v62, v33, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 18
	v_cmp_gt_i32_e64 s[0:1], s8, v119
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[30:31], s[4:5], 0, v[30:31]
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v83, s6, v12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 19
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v36, v116, s12
	v_mul_lo_u32 v58, v35, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 20
	v_cmp_gt_i32_e64 s[0:1], s8, v120
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v9, s6, v9
	v_or_b32_e32 v65, s6, v11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 21
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v38, v83, s12
	v_mul_lo_u32 v54, v37, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 22
	v_cmp_gt_i32_e64 s[0:1], s8, v121
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v43, s6, v10
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v40, v65, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 23
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v50, v39, s12
	v_mul_lo_u32 v42, v43, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 24
	v_cmp_gt_i32_e64 s[0:1], s8, v122
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v46, v41, s12
	v_mul_lo_u32 v44, v9, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 25
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v45, 31, v44
	.loc	1 26 22 is_stmt 0               ; spill.py:26:22
	v_mul_lo_u32 v48, v7, s12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 26
	v_cmp_gt_i32_e64 s[0:1], s8, v123
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[44:45], s[4:5], 0, v[44:45]
	v_ashrrev_i32_e32 v47, 31, v46
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 27
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[46:47], s[4:5], 0, v[46:47]
	v_ashrrev_i32_e32 v49, 31, v48
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 28
	v_cmp_gt_i32_e64 s[0:1], s8, v124
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v52, v5, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_lshl_add_u64 v[48:49], s[4:5], 0, v[48:49]
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 29
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v51, 31, v50
	v_lshl_add_u64 v[50:51], s[4:5], 0, v[50:51]
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 30
	v_cmp_gt_i32_e64 s[0:1], s8, v125
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v53, 31, v52
	.loc	1 26 22 is_stmt 0               ; spill.py:26:22
	v_mul_lo_u32 v56, v3, s12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 31
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[52:53], s[4:5], 0, v[52:53]
	v_ashrrev_i32_e32 v55, 31, v54
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 32
	v_cmp_gt_i32_e64 s[0:1], s8, v126
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[54:55], s[4:5], 0, v[54:55]
	v_ashrrev_i32_e32 v57, 31, v56
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 33
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[56:57], s[4:5], 0, v[56:57]
	v_ashrrev_i32_e32 v59, 31, v58
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 34
	v_cmp_gt_i32_e64 s[0:1], s8, v127
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[58:59], s[4:5], 0, v[58:59]
	v_ashrrev_i32_e32 v61, 31, v60
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 35
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[60:61], s[4:5], 0, v[60:61]
	v_ashrrev_i32_e32 v63, 31, v62
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 36
	v_cmp_gt_i32_e64 s[0:1], s8, v128
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[62:63], s[4:5], 0, v[62:63]
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v132, v129, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 37
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v133, 31, v132
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v128, v128, s11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 38
	v_cmp_gt_i32_e64 s[0:1], s8, v129
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[132:133], s[2:3], 0, v[132:133]
	v_ashrrev_i32_e32 v129, 31, v128
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s0, 39
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v134, v127, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_lshl_add_u64 v[128:129], s[2:3], 0, v[128:129]
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 40
	v_cmp_gt_i32_e64 s[0:1], s8, v130
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v130, v130, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v131, 31, v130
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 41
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[130:131], s[2:3], 0, v[130:131]
	v_ashrrev_i32_e32 v135, 31, v134
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 42
	v_cmp_gt_i32_e64 s[0:1], s8, v92
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v92, v92, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v93, 31, v92
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 43
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[92:93], s[2:3], 0, v[92:93]
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v126, v126, s11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 44
	v_cmp_gt_i32_e64 s[0:1], s8, v90
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v90, v90, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v91, 31, v90
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 45
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[90:91], s[2:3], 0, v[90:91]
	v_lshl_add_u64 v[134:135], s[2:3], 0, v[134:135]
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 46
	v_cmp_gt_i32_e64 s[0:1], s8, v88
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v88, v88, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v89, 31, v88
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 47
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[88:89], s[2:3], 0, v[88:89]
	v_ashrrev_i32_e32 v127, 31, v126
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 48
	v_cmp_gt_i32_e64 s[0:1], s8, v86
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v86, v86, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v87, 31, v86
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 49
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[86:87], s[2:3], 0, v[86:87]
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v136, v125, s11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 50
	v_cmp_gt_i32_e64 s[0:1], s8, v84
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v84, v84, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v85, 31, v84
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 51
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[84:85], s[2:3], 0, v[84:85]
	v_lshl_add_u64 v[126:127], s[2:3], 0, v[126:127]
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 52
	v_cmp_gt_i32_e64 s[0:1], s8, v80
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v80, v80, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v81, 31, v80
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 53
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[80:81], s[2:3], 0, v[80:81]
	v_ashrrev_i32_e32 v137, 31, v136
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 54
	v_cmp_gt_i32_e64 s[0:1], s8, v78
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v78, v78, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v79, 31, v78
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 55
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[78:79], s[2:3], 0, v[78:79]
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v124, v124, s11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 56
	v_cmp_gt_i32_e64 s[0:1], s8, v76
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v76, v76, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v77, 31, v76
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 57
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[76:77], s[2:3], 0, v[76:77]
	v_lshl_add_u64 v[136:137], s[2:3], 0, v[136:137]
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 58
	v_cmp_gt_i32_e64 s[0:1], s8, v74
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v74, v74, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v75, 31, v74
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 59
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[74:75], s[2:3], 0, v[74:75]
	v_ashrrev_i32_e32 v125, 31, v124
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v254, s1, 60
	v_cmp_gt_i32_e64 s[0:1], s8, v72
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v72, v72, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v73, 31, v72
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 61
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[72:73], s[2:3], 0, v[72:73]
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v138, v123, s11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s1, 62
	v_cmp_gt_i32_e64 s[0:1], s8, v70
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v70, v70, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v71, 31, v70
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v254, s0, 63
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[70:71], s[2:3], 0, v[70:71]
	v_lshl_add_u64 v[124:125], s[2:3], 0, v[124:125]
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s1, 0
	v_cmp_gt_i32_e64 s[0:1], s8, v68
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v68, v68, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v69, 31, v68
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s0, 1
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[68:69], s[2:3], 0, v[68:69]
	v_ashrrev_i32_e32 v139, 31, v138
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s1, 2
	v_cmp_gt_i32_e64 s[0:1], s8, v66
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v66, v66, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v67, 31, v66
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s0, 3
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[66:67], s[2:3], 0, v[66:67]
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v122, v122, s11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s1, 4
	v_cmp_gt_i32_e64 s[0:1], s8, v64
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v64, v64, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_lshl_add_u64 v[138:139], s[2:3], 0, v[138:139]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_writelane_b32 v255, s0, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v123, 31, v122
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v140, v121, s11
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_writelane_b32 v255, s1, 6
	v_cmp_gt_i32_e64 s[0:1], s9, v33
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshl_add_u64 v[32:33], s[4:5], 0, v[32:33]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 7
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[122:123], s[2:3], 0, v[122:123]
	v_ashrrev_i32_e32 v141, 31, v140
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 8
	v_cmp_gt_i32_e64 s[0:1], s9, v1
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], s[4:5], 0, v[0:1]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 9
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[156:157], v[0:1], 0, v[154:155]
	v_lshl_add_u64 v[0:1], v[30:31], 0, v[154:155]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 10
	v_cmp_gt_i32_e64 s[0:1], s9, v35
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v35, 31, v34
	v_lshl_add_u64 v[34:35], s[4:5], 0, v[34:35]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 11
	scratch_store_dwordx2 off, v[0:1], off offset:832 ; 8-byte Folded Spill
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[32:33], 0, v[154:155]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 12
	v_cmp_gt_i32_e64 s[0:1], s9, v3
	scratch_store_dwordx2 off, v[0:1], off offset:840 ; 8-byte Folded Spill
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[34:35], 0, v[154:155]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 13
	scratch_store_dwordx2 off, v[0:1], off offset:848 ; 8-byte Folded Spill
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v120, v120, s11
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 14
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v37, 31, v36
	v_lshl_add_u64 v[36:37], s[4:5], 0, v[36:37]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 15
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[36:37], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:856 ; 8-byte Folded Spill
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 16
	v_cmp_gt_i32_e64 s[0:1], s9, v5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[140:141], s[2:3], 0, v[140:141]
	v_ashrrev_i32_e32 v121, 31, v120
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 17
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v142, v119, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_lshl_add_u64 v[120:121], s[2:3], 0, v[120:121]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_writelane_b32 v255, s1, 18
	v_cmp_gt_i32_e64 s[0:1], s9, v39
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v39, 31, v38
	v_lshl_add_u64 v[38:39], s[4:5], 0, v[38:39]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 19
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[38:39], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:864 ; 8-byte Folded Spill
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 20
	v_cmp_gt_i32_e64 s[0:1], s9, v7
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v143, 31, v142
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v118, v118, s11
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_writelane_b32 v255, s0, 21
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[142:143], s[2:3], 0, v[142:143]
	v_ashrrev_i32_e32 v119, 31, v118
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 22
	v_cmp_gt_i32_e64 s[0:1], s9, v41
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v41, 31, v40
	v_lshl_add_u64 v[40:41], s[4:5], 0, v[40:41]
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s0, 23
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[40:41], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:872 ; 8-byte Folded Spill
	.loc	1 31 35                         ; spill.py:31:35
	v_writelane_b32 v255, s1, 24
	v_cmp_gt_i32_e64 s[0:1], s9, v9
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v144, v117, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_lshl_add_u64 v[118:119], s[2:3], 0, v[118:119]
	.loc	1 26 22 is_stmt 1               ; spill.py:26:22
	v_writelane_b32 v255, s0, 25
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v145, 31, v144
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v146, v97, s11
	.loc	1 26 22 is_stmt 1               ; spill.py:26:22
	v_writelane_b32 v255, s1, 26
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[0:1], s9, v43
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v43, 31, v42
	v_lshl_add_u64 v[42:43], s[4:5], 0, v[42:43]
	v_lshl_add_u64 v[0:1], v[42:43], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:880 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[44:45], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:888 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[46:47], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:896 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[48:49], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:904 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[50:51], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:912 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[52:53], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:920 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[54:55], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:928 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[56:57], 0, v[154:155]
	v_writelane_b32 v255, s0, 27
	scratch_store_dwordx2 off, v[0:1], off offset:936 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[58:59], 0, v[154:155]
	v_writelane_b32 v255, s1, 28
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[0:1], s9, v65
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v65, 31, v64
	scratch_store_dwordx2 off, v[0:1], off offset:944 ; 8-byte Folded Spill
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[60:61], 0, v[154:155]
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[64:65], s[2:3], 0, v[64:65]
	scratch_store_dwordx2 off, v[0:1], off offset:952 ; 8-byte Folded Spill
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], v[62:63], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:960 ; 8-byte Folded Spill
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[0:1], v[64:65], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:968 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[66:67], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:976 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[68:69], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:984 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[70:71], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:992 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[72:73], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1000 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[74:75], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1008 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[76:77], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1016 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[78:79], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1024 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[80:81], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1032 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[84:85], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1040 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[86:87], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1048 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[88:89], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1056 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[90:91], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1064 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[92:93], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1072 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[130:131], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1080 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[132:133], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1088 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[128:129], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1096 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[134:135], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1104 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[126:127], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1112 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[136:137], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1120 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[124:125], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1128 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[138:139], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1136 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[122:123], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1144 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[140:141], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1152 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[120:121], 0, v[154:155]
	scratch_store_dwordx2 off, v[0:1], off offset:1160 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[142:143], 0, v[154:155]
	v_lshl_add_u64 v[144:145], s[2:3], 0, v[144:145]
	v_ashrrev_i32_e32 v147, 31, v146
	.loc	1 25 22 is_stmt 0               ; spill.py:25:22
	v_mul_lo_u32 v96, v96, s11
	scratch_store_dwordx2 off, v[0:1], off offset:1168 ; 8-byte Folded Spill
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[0:1], v[118:119], 0, v[154:155]
	v_lshl_add_u64 v[146:147], s[2:3], 0, v[146:147]
	v_ashrrev_i32_e32 v97, 31, v96
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v148, v95, s11
	scratch_store_dwordx2 off, v[0:1], off offset:1176 ; 8-byte Folded Spill
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[0:1], v[144:145], 0, v[154:155]
	v_lshl_add_u64 v[96:97], s[2:3], 0, v[96:97]
	v_ashrrev_i32_e32 v149, 31, v148
	scratch_store_dwordx2 off, v[0:1], off offset:1184 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[146:147], 0, v[154:155]
	v_lshl_add_u64 v[148:149], s[2:3], 0, v[148:149]
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v94, v94, s11
	scratch_store_dwordx2 off, v[0:1], off offset:1192 ; 8-byte Folded Spill
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[0:1], v[96:97], 0, v[154:155]
	v_ashrrev_i32_e32 v95, 31, v94
	scratch_store_dwordx2 off, v[0:1], off offset:1200 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[148:149], 0, v[154:155]
	.loc	1 26 22 is_stmt 1               ; spill.py:26:22
	v_mul_lo_u32 v2, v101, s12
	.loc	1 25 22                         ; spill.py:25:22
	v_writelane_b32 v255, s0, 29
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_lshl_add_u64 v[94:95], s[2:3], 0, v[94:95]
	scratch_store_dwordx2 off, v[0:1], off offset:1208 ; 8-byte Folded Spill
	v_mov_b32_e32 v0, v154
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v105, s6, v24
	v_or_b32_e32 v106, s6, v25
	v_or_b32_e32 v107, s6, v26
	v_or_b32_e32 v98, s6, v27
	v_or_b32_e32 v99, s6, v28
	v_or_b32_e32 v100, s6, v29
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 25 22                         ; spill.py:25:22
	v_writelane_b32 v255, s1, 30
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[0:1], s9, v83
	.loc	1 25 14                         ; spill.py:25:14
	scratch_store_dwordx2 off, v[0:1], off offset:1392 ; 8-byte Folded Spill
	v_lshl_add_u64 v[0:1], v[94:95], 0, v[154:155]
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v4, v100, s12
	v_mul_lo_u32 v6, v99, s12
	v_mul_lo_u32 v8, v98, s12
	v_mul_lo_u32 v10, v107, s12
	v_mul_lo_u32 v12, v106, s12
	v_mul_lo_u32 v14, v105, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_lshl_add_u64 v[2:3], s[4:5], 0, v[2:3]
	v_writelane_b32 v255, s0, 31
	v_accvgpr_write_b32 a223, v1
	v_accvgpr_write_b32 a222, v0
	v_lshlrev_b32_e32 v1, 4, v150
	v_ashrrev_i32_e32 v5, 31, v4
	v_ashrrev_i32_e32 v7, 31, v6
	v_ashrrev_i32_e32 v9, 31, v8
	v_ashrrev_i32_e32 v11, 31, v10
	v_ashrrev_i32_e32 v13, 31, v12
	v_ashrrev_i32_e32 v15, 31, v14
	v_writelane_b32 v255, s1, 32
	v_lshl_add_u64 v[158:159], v[2:3], 0, v[154:155]
	v_and_b32_e32 v1, 0x170, v1
	v_bfe_i32 v2, v150, 3, 1
	s_movk_i32 s0, 0x84
	v_lshl_add_u64 v[4:5], s[4:5], 0, v[4:5]
	v_lshl_add_u64 v[6:7], s[4:5], 0, v[6:7]
	v_lshl_add_u64 v[8:9], s[4:5], 0, v[8:9]
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[10:11]
	v_lshl_add_u64 v[12:13], s[4:5], 0, v[12:13]
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[14:15]
	v_xor_b32_e32 v0, 4, v152
	v_and_or_b32 v1, v2, s0, v1
	v_lshl_add_u64 v[160:161], v[4:5], 0, v[154:155]
	v_lshl_add_u64 v[162:163], v[6:7], 0, v[154:155]
	v_lshl_add_u64 v[164:165], v[8:9], 0, v[154:155]
	v_lshl_add_u64 v[166:167], v[10:11], 0, v[154:155]
	v_lshl_add_u64 v[168:169], v[12:13], 0, v[154:155]
	v_lshl_add_u64 v[170:171], v[14:15], 0, v[154:155]
	v_xor_b32_e32 v54, v1, v151
	v_add_u32_e32 v55, 0, v0
	v_mov_b32_e32 v0, v82
	v_mov_b32_e32 v1, v82
	v_mov_b32_e32 v2, v82
	v_mov_b32_e32 v3, v82
	v_mov_b32_e32 v4, v82
	v_mov_b32_e32 v5, v82
	v_mov_b32_e32 v6, v82
	v_mov_b32_e32 v7, v82
	v_mov_b32_e32 v8, v82
	v_mov_b32_e32 v9, v82
	v_mov_b32_e32 v10, v82
	v_mov_b32_e32 v11, v82
	v_mov_b32_e32 v12, v82
	v_mov_b32_e32 v13, v82
	v_mov_b32_e32 v14, v82
	v_mov_b32_e32 v15, v82
	scratch_store_dwordx4 off, v[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:816 ; 16-byte Folded Spill
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v112, s6, v17
	v_or_b32_e32 v111, s6, v18
	v_or_b32_e32 v109, s6, v20
	v_or_b32_e32 v108, s6, v21
	v_or_b32_e32 v104, s6, v23
	v_or_b32_e32 v110, s6, v19
	v_or_b32_e32 v103, s6, v22
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v16, v104, s12
	v_mul_lo_u32 v20, v108, s12
	v_mul_lo_u32 v22, v109, s12
	v_mul_lo_u32 v26, v111, s12
	v_mul_lo_u32 v28, v112, s12
	v_mul_lo_u32 v18, v103, s12
	v_mul_lo_u32 v24, v110, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v17, 31, v16
	v_ashrrev_i32_e32 v21, 31, v20
	v_ashrrev_i32_e32 v23, 31, v22
	v_ashrrev_i32_e32 v27, 31, v26
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[16:17], s[4:5], 0, v[16:17]
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[26:27], s[4:5], 0, v[26:27]
	v_lshl_add_u64 v[28:29], s[4:5], 0, v[28:29]
	v_lshl_add_u64 v[18:19], s[4:5], 0, v[18:19]
	v_lshl_add_u64 v[24:25], s[4:5], 0, v[24:25]
	v_lshl_add_u64 v[172:173], v[16:17], 0, v[154:155]
	v_lshl_add_u64 v[176:177], v[20:21], 0, v[154:155]
	v_lshl_add_u64 v[16:17], v[22:23], 0, v[154:155]
	v_lshl_add_u64 v[20:21], v[26:27], 0, v[154:155]
	v_lshl_add_u64 v[22:23], v[28:29], 0, v[154:155]
	v_mov_b32_e32 v26, v82
	v_mov_b32_e32 v27, v82
	v_mov_b32_e32 v28, v82
	v_mov_b32_e32 v29, v82
	v_mov_b32_e32 v30, v82
	v_mov_b32_e32 v31, v82
	v_mov_b32_e32 v32, v82
	v_mov_b32_e32 v33, v82
	v_mov_b32_e32 v34, v82
	v_mov_b32_e32 v35, v82
	v_mov_b32_e32 v36, v82
	v_mov_b32_e32 v37, v82
	v_mov_b32_e32 v38, v82
	v_mov_b32_e32 v39, v82
	v_mov_b32_e32 v40, v82
	v_mov_b32_e32 v41, v82
	v_lshl_add_u64 v[174:175], v[18:19], 0, v[154:155]
	v_lshl_add_u64 v[18:19], v[24:25], 0, v[154:155]
	v_accvgpr_write_b32 a250, v36
	v_accvgpr_write_b32 a251, v37
	v_accvgpr_write_b32 a249, v35
	v_accvgpr_write_b32 a248, v34
	v_accvgpr_write_b32 a255, v41
	v_accvgpr_write_b32 a254, v40
	v_accvgpr_write_b32 a253, v39
	v_accvgpr_write_b32 a252, v38
	v_accvgpr_write_b32 a247, v33
	v_accvgpr_write_b32 a246, v32
	v_accvgpr_write_b32 a245, v31
	v_accvgpr_write_b32 a244, v30
	v_accvgpr_write_b32 a243, v29
	v_accvgpr_write_b32 a242, v28
	v_accvgpr_write_b32 a241, v27
	v_accvgpr_write_b32 a240, v26
	v_accvgpr_write_b32 a239, v41
	v_accvgpr_write_b32 a238, v40
	v_accvgpr_write_b32 a237, v39
	v_accvgpr_write_b32 a236, v38
	v_accvgpr_write_b32 a235, v37
	v_accvgpr_write_b32 a234, v36
	v_accvgpr_write_b32 a233, v35
	v_accvgpr_write_b32 a232, v34
	v_accvgpr_write_b32 a231, v33
	v_accvgpr_write_b32 a230, v32
	v_accvgpr_write_b32 a229, v31
	v_accvgpr_write_b32 a228, v30
	v_accvgpr_write_b32 a227, v29
	v_accvgpr_write_b32 a226, v28
	v_accvgpr_write_b32 a225, v27
	v_accvgpr_write_b32 a224, v26
	v_accvgpr_write_b32 a221, v41
	v_accvgpr_write_b32 a220, v40
	v_accvgpr_write_b32 a219, v39
	v_accvgpr_write_b32 a218, v38
	v_accvgpr_write_b32 a217, v37
	v_accvgpr_write_b32 a216, v36
	v_accvgpr_write_b32 a215, v35
	v_accvgpr_write_b32 a214, v34
	v_accvgpr_write_b32 a213, v33
	v_accvgpr_write_b32 a212, v32
	v_accvgpr_write_b32 a211, v31
	v_accvgpr_write_b32 a210, v30
	v_accvgpr_write_b32 a209, v29
	v_accvgpr_write_b32 a208, v28
	v_accvgpr_write_b32 a207, v27
	v_accvgpr_write_b32 a206, v26
	v_accvgpr_write_b32 a205, v41
	v_accvgpr_write_b32 a204, v40
	v_accvgpr_write_b32 a203, v39
	v_accvgpr_write_b32 a202, v38
	v_accvgpr_write_b32 a201, v37
	v_accvgpr_write_b32 a200, v36
	v_accvgpr_write_b32 a199, v35
	v_accvgpr_write_b32 a198, v34
	v_accvgpr_write_b32 a197, v33
	v_accvgpr_write_b32 a196, v32
	v_accvgpr_write_b32 a195, v31
	v_accvgpr_write_b32 a194, v30
	v_accvgpr_write_b32 a193, v29
	v_accvgpr_write_b32 a192, v28
	v_accvgpr_write_b32 a191, v27
	v_accvgpr_write_b32 a190, v26
	v_accvgpr_write_b32 a189, v41
	v_accvgpr_write_b32 a188, v40
	v_accvgpr_write_b32 a187, v39
	v_accvgpr_write_b32 a186, v38
	v_accvgpr_write_b32 a185, v37
	v_accvgpr_write_b32 a184, v36
	v_accvgpr_write_b32 a183, v35
	v_accvgpr_write_b32 a182, v34
	v_accvgpr_write_b32 a181, v33
	v_accvgpr_write_b32 a180, v32
	v_accvgpr_write_b32 a179, v31
	v_accvgpr_write_b32 a178, v30
	v_accvgpr_write_b32 a177, v29
	v_accvgpr_write_b32 a176, v28
	v_accvgpr_write_b32 a175, v27
	v_accvgpr_write_b32 a174, v26
	v_accvgpr_write_b32 a157, v41
	v_accvgpr_write_b32 a156, v40
	v_accvgpr_write_b32 a155, v39
	v_accvgpr_write_b32 a154, v38
	v_accvgpr_write_b32 a153, v37
	v_accvgpr_write_b32 a152, v36
	v_accvgpr_write_b32 a151, v35
	v_accvgpr_write_b32 a150, v34
	v_accvgpr_write_b32 a149, v33
	v_accvgpr_write_b32 a148, v32
	v_accvgpr_write_b32 a147, v31
	v_accvgpr_write_b32 a146, v30
	v_accvgpr_write_b32 a145, v29
	v_accvgpr_write_b32 a144, v28
	v_accvgpr_write_b32 a143, v27
	v_accvgpr_write_b32 a142, v26
	scratch_store_dwordx4 off, v[26:29], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[30:33], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[38:41], off offset:560 ; 16-byte Folded Spill
	v_mov_b32_e32 v25, v82
	v_mov_b64_e32 v[32:33], v[22:23]
	v_mov_b64_e32 v[30:31], v[20:21]
	v_mov_b64_e32 v[28:29], v[18:19]
	v_mov_b64_e32 v[26:27], v[16:17]
	v_mov_b32_e32 v16, v82
	v_mov_b32_e32 v17, v82
	v_mov_b32_e32 v18, v82
	v_mov_b32_e32 v19, v82
	v_mov_b32_e32 v20, v82
	v_mov_b32_e32 v21, v82
	v_mov_b32_e32 v22, v82
	v_mov_b32_e32 v23, v82
	v_mov_b32_e32 v24, v82
	v_accvgpr_write_b32 a93, v25
	v_accvgpr_write_b32 a92, v24
	v_accvgpr_write_b32 a91, v23
	v_accvgpr_write_b32 a90, v22
	v_accvgpr_write_b32 a89, v21
	v_accvgpr_write_b32 a88, v20
	v_accvgpr_write_b32 a87, v19
	v_accvgpr_write_b32 a86, v18
	v_accvgpr_write_b32 a85, v17
	v_accvgpr_write_b32 a84, v16
	v_accvgpr_write_b32 a83, v15
	v_accvgpr_write_b32 a82, v14
	v_accvgpr_write_b32 a81, v13
	v_accvgpr_write_b32 a80, v12
	v_accvgpr_write_b32 a79, v11
	v_accvgpr_write_b32 a78, v10
	scratch_store_dwordx4 off, v[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:688 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[0:1], s9, v116
	scratch_store_dword off, v152, off offset:1400 ; 4-byte Folded Spill
	scratch_store_dword off, v150, off offset:1404 ; 4-byte Folded Spill
	v_writelane_b32 v255, s0, 33
	scratch_store_dword off, v151, off offset:1408 ; 4-byte Folded Spill
	v_mov_b32_e32 v83, v82
	v_writelane_b32 v255, s1, 34
	v_cmp_gt_i32_e64 s[0:1], s9, v115
	v_mov_b32_e32 v84, v82
	v_mov_b32_e32 v85, v82
	v_writelane_b32 v255, s0, 35
	v_mov_b32_e32 v86, v82
	v_mov_b32_e32 v87, v82
	v_writelane_b32 v255, s1, 36
	v_cmp_gt_i32_e64 s[0:1], s9, v114
	v_mov_b32_e32 v88, v82
	v_mov_b32_e32 v89, v82
	v_writelane_b32 v255, s0, 37
	v_mov_b32_e32 v90, v82
	v_mov_b32_e32 v91, v82
	v_writelane_b32 v255, s1, 38
	v_cmp_gt_i32_e64 s[0:1], s9, v113
	v_mov_b32_e32 v92, v82
	v_mov_b32_e32 v93, v82
	v_writelane_b32 v255, s0, 39
	v_mov_b32_e32 v94, v82
	v_mov_b32_e32 v95, v82
	v_writelane_b32 v255, s1, 40
	v_cmp_gt_i32_e64 s[0:1], s9, v112
	v_mov_b32_e32 v96, v82
	v_mov_b32_e32 v97, v82
	v_writelane_b32 v255, s0, 41
	v_cmp_gt_i32_e64 s[12:13], s9, v103
	v_cmp_gt_i32_e64 s[68:69], s9, v104
	v_writelane_b32 v255, s1, 42
	v_cmp_gt_i32_e64 s[0:1], s9, v111
	v_cmp_gt_i32_e64 s[14:15], s9, v105
	v_cmp_gt_i32_e64 s[16:17], s9, v106
	v_writelane_b32 v255, s0, 43
	v_cmp_gt_i32_e64 s[18:19], s9, v107
	v_cmp_gt_i32_e64 s[20:21], s9, v98
	v_writelane_b32 v255, s1, 44
	v_cmp_gt_i32_e64 s[0:1], s9, v110
	v_cmp_gt_i32_e64 s[22:23], s9, v99
	v_cmp_gt_i32_e64 s[24:25], s9, v100
	v_writelane_b32 v255, s0, 45
	v_cmp_gt_i32_e64 s[26:27], s9, v101
	v_cmp_gt_i32_e64 s[28:29], s9, v102
	v_writelane_b32 v255, s1, 46
	v_cmp_gt_i32_e64 s[0:1], s9, v109
	v_accvgpr_write_b32 a126, v82
	v_accvgpr_write_b32 a127, v82
	v_writelane_b32 v255, s0, 47
	v_accvgpr_write_b32 a128, v82
	v_accvgpr_write_b32 a129, v82
	v_writelane_b32 v255, s1, 48
	v_cmp_gt_i32_e64 s[0:1], s9, v108
	v_accvgpr_write_b32 a130, v82
	v_accvgpr_write_b32 a131, v82
	v_writelane_b32 v255, s0, 49
	v_accvgpr_write_b32 a132, v82
	v_accvgpr_write_b32 a133, v82
	v_writelane_b32 v255, s1, 50
	v_accvgpr_write_b32 a134, v82
	v_accvgpr_write_b32 a135, v82
	v_accvgpr_write_b32 a136, v82
	v_accvgpr_write_b32 a137, v82
	v_accvgpr_write_b32 a138, v82
	v_accvgpr_write_b32 a139, v82
	v_accvgpr_write_b32 a140, v82
	v_accvgpr_write_b32 a141, v82
	s_lshl3_add_u32 s11, s67, 0
	s_mov_b32 s33, 0
	v_mov_b64_e32 v[24:25], v[176:177]
	v_mov_b64_e32 v[22:23], v[174:175]
	v_mov_b64_e32 v[20:21], v[172:173]
	v_mov_b64_e32 v[18:19], v[170:171]
	v_mov_b64_e32 v[16:17], v[168:169]
	v_mov_b32_e32 v226, v82
	v_accvgpr_write_b32 a74, v7             ;  Reload Reuse
	v_accvgpr_write_b32 a75, v6             ;  Reload Reuse
	v_accvgpr_write_b32 a76, v5             ;  Reload Reuse
	v_accvgpr_write_b32 a77, v4             ;  Reload Reuse
	v_accvgpr_write_b32 a70, v11            ;  Reload Reuse
	v_accvgpr_write_b32 a71, v10            ;  Reload Reuse
	v_accvgpr_write_b32 a72, v9             ;  Reload Reuse
	v_accvgpr_write_b32 a73, v8             ;  Reload Reuse
	v_accvgpr_write_b32 a66, v15            ;  Reload Reuse
	v_accvgpr_write_b32 a67, v14            ;  Reload Reuse
	v_accvgpr_write_b32 a68, v13            ;  Reload Reuse
	v_accvgpr_write_b32 a69, v12            ;  Reload Reuse
	v_mov_b64_e32 v[14:15], v[166:167]
	v_mov_b64_e32 v[12:13], v[164:165]
	v_mov_b64_e32 v[10:11], v[162:163]
	v_mov_b64_e32 v[8:9], v[160:161]
	v_mov_b64_e32 v[6:7], v[158:159]
	v_mov_b64_e32 v[4:5], v[156:157]
	v_mov_b32_e32 v227, v82
	v_mov_b32_e32 v228, v82
	v_mov_b32_e32 v229, v82
	v_mov_b32_e32 v230, v82
	v_mov_b32_e32 v231, v82
	v_mov_b32_e32 v232, v82
	v_mov_b32_e32 v233, v82
	v_mov_b32_e32 v234, v82
	v_mov_b32_e32 v235, v82
	v_mov_b32_e32 v236, v82
	v_mov_b32_e32 v237, v82
	v_mov_b32_e32 v238, v82
	v_mov_b32_e32 v239, v82
	v_mov_b32_e32 v240, v82
	v_mov_b32_e32 v241, v82
	v_mov_b32_e32 v210, v82
	v_mov_b32_e32 v211, v82
	v_mov_b32_e32 v212, v82
	v_mov_b32_e32 v213, v82
	v_mov_b32_e32 v214, v82
	v_mov_b32_e32 v215, v82
	v_mov_b32_e32 v216, v82
	v_mov_b32_e32 v217, v82
	v_mov_b32_e32 v218, v82
	v_mov_b32_e32 v219, v82
	v_mov_b32_e32 v220, v82
	v_mov_b32_e32 v221, v82
	v_mov_b32_e32 v222, v82
	v_mov_b32_e32 v223, v82
	v_mov_b32_e32 v224, v82
	v_mov_b32_e32 v225, v82
	v_mov_b32_e32 v194, v82
	v_mov_b32_e32 v195, v82
	v_mov_b32_e32 v196, v82
	v_mov_b32_e32 v197, v82
	v_mov_b32_e32 v198, v82
	v_mov_b32_e32 v199, v82
	v_mov_b32_e32 v200, v82
	v_mov_b32_e32 v201, v82
	v_mov_b32_e32 v202, v82
	v_mov_b32_e32 v203, v82
	v_mov_b32_e32 v204, v82
	v_mov_b32_e32 v205, v82
	v_mov_b32_e32 v206, v82
	v_mov_b32_e32 v207, v82
	v_mov_b32_e32 v208, v82
	v_mov_b32_e32 v209, v82
	v_mov_b32_e32 v178, v82
	v_mov_b32_e32 v179, v82
	v_mov_b32_e32 v180, v82
	v_mov_b32_e32 v181, v82
	v_mov_b32_e32 v182, v82
	v_mov_b32_e32 v183, v82
	v_mov_b32_e32 v184, v82
	v_mov_b32_e32 v185, v82
	v_mov_b32_e32 v186, v82
	v_mov_b32_e32 v187, v82
	v_mov_b32_e32 v188, v82
	v_mov_b32_e32 v189, v82
	v_mov_b32_e32 v190, v82
	v_mov_b32_e32 v191, v82
	v_mov_b32_e32 v192, v82
	v_mov_b32_e32 v193, v82
	v_mov_b32_e32 v162, v82
	v_mov_b32_e32 v163, v82
	v_mov_b32_e32 v164, v82
	v_mov_b32_e32 v165, v82
	v_mov_b32_e32 v166, v82
	v_mov_b32_e32 v167, v82
	v_mov_b32_e32 v168, v82
	v_mov_b32_e32 v169, v82
	v_mov_b32_e32 v170, v82
	v_mov_b32_e32 v171, v82
	v_mov_b32_e32 v172, v82
	v_mov_b32_e32 v173, v82
	v_mov_b32_e32 v174, v82
	v_mov_b32_e32 v175, v82
	v_mov_b32_e32 v176, v82
	v_mov_b32_e32 v177, v82
	v_mov_b32_e32 v146, v82
	v_mov_b32_e32 v147, v82
	v_mov_b32_e32 v148, v82
	v_mov_b32_e32 v149, v82
	v_mov_b32_e32 v150, v82
	v_mov_b32_e32 v151, v82
	v_mov_b32_e32 v152, v82
	v_mov_b32_e32 v153, v82
	v_mov_b32_e32 v154, v82
	v_mov_b32_e32 v156, v82
	v_mov_b32_e32 v157, v82
	v_mov_b32_e32 v158, v82
	v_mov_b32_e32 v159, v82
	v_mov_b32_e32 v160, v82
	v_mov_b32_e32 v161, v82
	v_mov_b32_e32 v130, v82
	v_mov_b32_e32 v131, v82
	v_mov_b32_e32 v132, v82
	v_mov_b32_e32 v133, v82
	v_mov_b32_e32 v134, v82
	v_mov_b32_e32 v135, v82
	v_mov_b32_e32 v136, v82
	v_mov_b32_e32 v137, v82
	v_mov_b32_e32 v138, v82
	v_mov_b32_e32 v139, v82
	v_mov_b32_e32 v140, v82
	v_mov_b32_e32 v141, v82
	v_mov_b32_e32 v142, v82
	v_mov_b32_e32 v143, v82
	v_mov_b32_e32 v144, v82
	v_mov_b32_e32 v145, v82
	v_mov_b32_e32 v114, v82
	v_mov_b32_e32 v115, v82
	v_mov_b32_e32 v116, v82
	v_mov_b32_e32 v117, v82
	v_mov_b32_e32 v118, v82
	v_mov_b32_e32 v119, v82
	v_mov_b32_e32 v120, v82
	v_mov_b32_e32 v121, v82
	v_mov_b32_e32 v122, v82
	v_mov_b32_e32 v123, v82
	v_mov_b32_e32 v124, v82
	v_mov_b32_e32 v125, v82
	v_mov_b32_e32 v126, v82
	v_mov_b32_e32 v127, v82
	v_mov_b32_e32 v128, v82
	v_mov_b32_e32 v129, v82
	v_mov_b32_e32 v98, v82
	v_mov_b32_e32 v99, v82
	v_mov_b32_e32 v100, v82
	v_mov_b32_e32 v101, v82
	v_mov_b32_e32 v102, v82
	v_mov_b32_e32 v103, v82
	v_mov_b32_e32 v104, v82
	v_mov_b32_e32 v105, v82
	v_mov_b32_e32 v106, v82
	v_mov_b32_e32 v107, v82
	v_mov_b32_e32 v108, v82
	v_mov_b32_e32 v109, v82
	v_mov_b32_e32 v110, v82
	v_mov_b32_e32 v111, v82
	v_mov_b32_e32 v112, v82
	v_mov_b32_e32 v113, v82
	v_mov_b32_e32 v66, v82
	v_mov_b32_e32 v67, v82
	v_mov_b32_e32 v68, v82
	v_mov_b32_e32 v69, v82
	v_mov_b32_e32 v70, v82
	v_mov_b32_e32 v71, v82
	v_mov_b32_e32 v72, v82
	v_mov_b32_e32 v73, v82
	v_mov_b32_e32 v74, v82
	v_mov_b32_e32 v75, v82
	v_mov_b32_e32 v76, v82
	v_mov_b32_e32 v77, v82
	v_mov_b32_e32 v78, v82
	v_mov_b32_e32 v79, v82
	v_mov_b32_e32 v80, v82
	v_mov_b32_e32 v81, v82
	s_mov_b32 s4, 0x5040100
	s_movk_i32 s5, 0x7f
	s_mov_b32 s66, 0x80008000
	s_branch .LBB0_3
.LBB0_2:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 35 is_stmt 0                ; spill.py:0:35
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(18)
	ds_write_b8 v36, v46
	ds_write_b8 v36, v47 offset:256
	ds_write_b8 v36, v56 offset:512
	.loc	1 30 13 is_stmt 1               ; spill.py:30:13
	v_lshrrev_b32_e32 v46, 8, v34
	v_lshlrev_b16_e32 v47, 8, v34
	v_lshlrev_b16_e32 v56, 8, v46
	v_perm_b32 v47, v56, v47, s4
	v_and_b32_e32 v56, 0x7f, v34
	v_cmp_ne_u16_e64 s[64:65], s5, v56
	v_cmp_ne_u16_e64 s[62:63], 0, v56
	v_cmp_ne_u16_e32 vcc, 1, v56
	v_cmp_ne_u16_e64 s[60:61], 2, v56
	v_cmp_ne_u16_e64 s[58:59], 3, v56
	v_cmp_ne_u16_e64 s[56:57], 4, v56
	v_cmp_ne_u16_e64 s[54:55], 5, v56
	v_cmp_ne_u16_e64 s[52:53], 6, v56
	v_cmp_ne_u16_e64 s[50:51], 7, v56
	v_and_b32_e32 v56, 0x7f, v46
	v_cmp_ne_u16_e64 s[34:35], s5, v56
	v_cmp_ne_u16_e64 s[36:37], 0, v56
	v_cmp_ne_u16_e64 s[38:39], 1, v56
	v_cmp_ne_u16_e64 s[40:41], 2, v56
	v_cmp_ne_u16_e64 s[42:43], 3, v56
	v_cmp_ne_u16_e64 s[44:45], 4, v56
	v_cmp_ne_u16_e64 s[46:47], 5, v56
	v_cmp_ne_u16_e64 s[48:49], 6, v56
	v_cmp_ne_u16_e64 s[30:31], 7, v56
	v_lshlrev_b16_e32 v56, 7, v34
	v_lshlrev_b16_e32 v46, 7, v46
	v_and_b32_e32 v56, 0x3f80, v56
	v_and_b32_e32 v46, 0x3f80, v46
	v_add_u16_e32 v57, 0x2000, v56
	v_mov_b32_e32 v56, 0x7e00
	v_add_u16_e32 v46, 0x2000, v46
	v_cndmask_b32_e64 v57, v56, v57, s[64:65]
	v_cndmask_b32_e64 v46, v56, v46, s[34:35]
	v_cndmask_b32_e64 v58, 0, v57, s[62:63]
	v_mov_b32_e32 v57, 0x1800
	v_cndmask_b32_e64 v46, 0, v46, s[36:37]
	v_cndmask_b32_e32 v59, v57, v58, vcc
	v_mov_b32_e32 v58, 0x1c00
	v_cndmask_b32_e64 v46, v57, v46, s[38:39]
	v_cndmask_b32_e64 v60, v58, v59, s[60:61]
	v_mov_b32_e32 v59, 0x1e00
	v_cndmask_b32_e64 v46, v58, v46, s[40:41]
	v_cndmask_b32_e64 v61, v59, v60, s[58:59]
	v_mov_b32_e32 v60, 0x2000
	v_cndmask_b32_e64 v46, v59, v46, s[42:43]
	v_cndmask_b32_e64 v62, v60, v61, s[56:57]
	v_mov_b32_e32 v61, 0x2100
	v_cndmask_b32_e64 v46, v60, v46, s[44:45]
	v_cndmask_b32_e64 v63, v61, v62, s[54:55]
	v_mov_b32_e32 v62, 0x2200
	v_cndmask_b32_e64 v46, v61, v46, s[46:47]
	v_cndmask_b32_e64 v64, v62, v63, s[52:53]
	v_cndmask_b32_e64 v46, v62, v46, s[48:49]
	v_mov_b32_e32 v63, 0x2300
	v_cndmask_b32_e64 v46, v63, v46, s[30:31]
	v_cndmask_b32_e64 v64, v63, v64, s[50:51]
	v_perm_b32 v46, v46, v64, s4
	v_mov_b32_e32 v64, 8
	v_lshlrev_b16_sdwa v65, v64, v34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v54, v64, v34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v54, v54, v65, s4
	v_and_b32_sdwa v65, v34, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s5, v65
	v_cmp_ne_u16_e64 s[64:65], 0, v65
	v_cmp_ne_u16_e64 s[60:61], 1, v65
	v_cmp_ne_u16_e64 s[58:59], 2, v65
	v_cmp_ne_u16_e64 s[56:57], 3, v65
	v_cmp_ne_u16_e64 s[54:55], 4, v65
	v_cmp_ne_u16_e64 s[52:53], 5, v65
	v_cmp_ne_u16_e64 s[50:51], 6, v65
	v_cmp_ne_u16_e64 s[48:49], 7, v65
	v_and_b32_sdwa v65, v34, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[62:63], s5, v65
	v_cmp_ne_u16_e64 s[46:47], 0, v65
	v_cmp_ne_u16_e64 s[44:45], 1, v65
	v_cmp_ne_u16_e64 s[42:43], 2, v65
	v_cmp_ne_u16_e64 s[40:41], 3, v65
	v_cmp_ne_u16_e64 s[38:39], 4, v65
	v_cmp_ne_u16_e64 s[36:37], 5, v65
	v_cmp_ne_u16_e64 s[34:35], 6, v65
	v_cmp_ne_u16_e64 s[30:31], 7, v65
	v_mov_b32_e32 v65, 7
	v_lshlrev_b16_sdwa v66, v65, v34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v34, v65, v34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v66, 0x3f80, v66
	v_and_b32_e32 v34, 0x3f80, v34
	v_add_u16_e32 v66, 0x2000, v66
	v_add_u16_e32 v34, 0x2000, v34
	v_cndmask_b32_e32 v66, v56, v66, vcc
	v_cndmask_b32_e64 v34, v56, v34, s[62:63]
	v_cndmask_b32_e64 v66, 0, v66, s[64:65]
	v_cndmask_b32_e64 v34, 0, v34, s[46:47]
	v_cndmask_b32_e64 v66, v57, v66, s[60:61]
	v_cndmask_b32_e64 v34, v57, v34, s[44:45]
	v_cndmask_b32_e64 v66, v58, v66, s[58:59]
	v_cndmask_b32_e64 v34, v58, v34, s[42:43]
	v_cndmask_b32_e64 v66, v59, v66, s[56:57]
	v_cndmask_b32_e64 v34, v59, v34, s[40:41]
	v_cndmask_b32_e64 v66, v60, v66, s[54:55]
	v_cndmask_b32_e64 v34, v60, v34, s[38:39]
	v_cndmask_b32_e64 v66, v61, v66, s[52:53]
	v_cndmask_b32_e64 v34, v61, v34, s[36:37]
	v_cndmask_b32_e64 v66, v62, v66, s[50:51]
	v_cndmask_b32_e64 v34, v62, v34, s[34:35]
	v_cndmask_b32_e64 v34, v63, v34, s[30:31]
	v_cndmask_b32_e64 v66, v63, v66, s[48:49]
	v_perm_b32 v34, v34, v66, s4
	v_and_or_b32 v46, v47, s66, v46
	v_and_or_b32 v47, v54, s66, v34
	v_mov_b32_e32 v54, v2
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v34, s11, v54
	ds_write_b8 v36, v41 offset:768
	ds_write_b8 v36, v43 offset:1024
	ds_write_b8 v36, v45 offset:1280
	ds_write_b8 v36, v49 offset:1536
	ds_write_b8 v36, v51 offset:1792
	ds_write_b8 v36, v53 offset:2048
	ds_write_b8 v36, a1 offset:2304
	ds_write_b8 v36, a3 offset:2560
	ds_write_b8 v36, a5 offset:2816
	ds_write_b8 v36, a7 offset:3072
	ds_write_b8 v36, a9 offset:3328
	ds_write_b8 v36, a11 offset:3584
	ds_write_b8 v36, a13 offset:3840
	ds_write_b8 v55, v37 offset:128
	ds_write_b8 v55, v38 offset:384
	ds_write_b8 v55, v39 offset:640
	ds_write_b8 v55, v40 offset:896
	ds_write_b8 v55, v42 offset:1152
	ds_write_b8 v55, v44 offset:1408
	ds_write_b8 v55, v48 offset:1664
	ds_write_b8 v55, v50 offset:1920
	ds_write_b8 v55, v52 offset:2176
	ds_write_b8 v55, a0 offset:2432
	ds_write_b8 v55, a2 offset:2688
	ds_write_b8 v55, a4 offset:2944
	ds_write_b8 v55, a6 offset:3200
	ds_write_b8 v55, a8 offset:3456
	ds_write_b8 v55, a10 offset:3712
	s_waitcnt vmcnt(0)
	ds_write_b8 v55, a12 offset:3968
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[36:37], v34 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[6:9], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[66:69], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[70:73], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[158:161], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[162:165], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[166:169], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[170:173], off, off offset:816 ; 16-byte Folded Reload
	v_accvgpr_mov_b32 a0, a126
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v38, v36, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[70:71], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_and_b32_sdwa v38, v36, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v39, 8, v36
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[50:51], 0, v38
	v_cmp_ne_u16_e64 s[52:53], 1, v38
	v_cmp_ne_u16_e64 s[54:55], 2, v38
	v_cmp_ne_u16_e64 s[56:57], 3, v38
	v_cmp_ne_u16_e64 s[58:59], 4, v38
	v_cmp_ne_u16_e64 s[60:61], 5, v38
	v_cmp_ne_u16_e64 s[62:63], 6, v38
	v_cmp_ne_u16_e64 s[64:65], 7, v38
	v_and_b32_e32 v38, 0x7f, v39
	v_cmp_ne_u16_e64 s[88:89], s5, v38
	v_cmp_ne_u16_e64 s[72:73], 0, v38
	v_cmp_ne_u16_e64 s[74:75], 1, v38
	v_cmp_ne_u16_e64 s[76:77], 2, v38
	v_cmp_ne_u16_e64 s[78:79], 3, v38
	v_cmp_ne_u16_e64 s[80:81], 4, v38
	v_cmp_ne_u16_e64 s[82:83], 5, v38
	v_cmp_ne_u16_e64 s[84:85], 6, v38
	v_cmp_ne_u16_e64 s[86:87], 7, v38
	v_and_b32_e32 v38, 0x7f, v36
	v_cmp_ne_u16_e32 vcc, s5, v38
	v_cmp_ne_u16_e64 s[90:91], 0, v38
	v_cmp_ne_u16_e64 s[92:93], 1, v38
	v_cmp_ne_u16_e64 s[94:95], 2, v38
	v_cmp_ne_u16_e64 s[96:97], 3, v38
	v_cmp_ne_u16_e64 s[98:99], 4, v38
	v_cmp_ne_u16_e64 s[6:7], 5, v38
	v_cmp_ne_u16_e64 s[0:1], 6, v38
	v_cmp_ne_u16_e64 s[2:3], 7, v38
	v_lshlrev_b16_e32 v38, 7, v36
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e32 v38, v56, v38, vcc
	v_cndmask_b32_e64 v38, 0, v38, s[90:91]
	v_cndmask_b32_e64 v38, v57, v38, s[92:93]
	v_cndmask_b32_e64 v38, v58, v38, s[94:95]
	v_cndmask_b32_e64 v38, v59, v38, s[96:97]
	v_cndmask_b32_e64 v38, v60, v38, s[98:99]
	v_cndmask_b32_e64 v38, v61, v38, s[6:7]
	v_cndmask_b32_e64 v38, v62, v38, s[0:1]
	v_lshlrev_b16_e32 v40, 8, v36
	v_and_b32_e32 v40, 0xffff8000, v40
	v_cndmask_b32_e64 v38, v63, v38, s[2:3]
	v_or_b32_e32 v38, v38, v40
	v_lshlrev_b16_e32 v40, 7, v39
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v40, v56, v40, s[88:89]
	v_cndmask_b32_e64 v40, 0, v40, s[72:73]
	v_cndmask_b32_e64 v40, v57, v40, s[74:75]
	v_cndmask_b32_e64 v40, v58, v40, s[76:77]
	v_cndmask_b32_e64 v40, v59, v40, s[78:79]
	v_cndmask_b32_e64 v40, v60, v40, s[80:81]
	v_cndmask_b32_e64 v40, v61, v40, s[82:83]
	v_cndmask_b32_e64 v40, v62, v40, s[84:85]
	v_lshlrev_b16_e32 v39, 8, v39
	v_and_b32_e32 v39, 0xffff8000, v39
	v_cndmask_b32_e64 v40, v63, v40, s[86:87]
	v_or_b32_e32 v39, v40, v39
	v_lshlrev_b16_sdwa v40, v65, v36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v40, v56, v40, s[48:49]
	v_cndmask_b32_e64 v40, 0, v40, s[50:51]
	v_cndmask_b32_e64 v40, v57, v40, s[52:53]
	v_cndmask_b32_e64 v40, v58, v40, s[54:55]
	v_cndmask_b32_e64 v40, v59, v40, s[56:57]
	v_cndmask_b32_e64 v40, v60, v40, s[58:59]
	v_cndmask_b32_e64 v40, v61, v40, s[60:61]
	v_cndmask_b32_e64 v40, v62, v40, s[62:63]
	v_lshlrev_b16_sdwa v41, v64, v36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v41, 0xffff8000, v41
	v_cndmask_b32_e64 v40, v63, v40, s[64:65]
	v_or_b32_e32 v40, v40, v41
	v_lshlrev_b16_sdwa v41, v65, v36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v41, 0x3f80, v41
	v_add_u16_e32 v41, 0x2000, v41
	v_cndmask_b32_e64 v41, v56, v41, s[70:71]
	v_cndmask_b32_e64 v41, 0, v41, s[46:47]
	v_cndmask_b32_e64 v41, v57, v41, s[44:45]
	v_cndmask_b32_e64 v41, v58, v41, s[42:43]
	v_cndmask_b32_e64 v41, v59, v41, s[40:41]
	v_cndmask_b32_e64 v41, v60, v41, s[38:39]
	v_cndmask_b32_e64 v41, v61, v41, s[36:37]
	v_cndmask_b32_e64 v41, v62, v41, s[34:35]
	v_lshlrev_b16_sdwa v36, v64, v36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v36, 0xffff8000, v36
	v_cndmask_b32_e64 v41, v63, v41, s[30:31]
	v_or_b32_e32 v36, v41, v36
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v45, v36, v40, s4
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v36, 0x400, v34
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v44, v39, v38, s4
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[38:39], v36 offset1:2
	v_accvgpr_mov_b32 a1, a127
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[82:97], v[44:45], v[46:47], v[82:97]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v36, v38, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s5, v36
	v_cmp_ne_u16_e64 s[44:45], 0, v36
	v_cmp_ne_u16_e64 s[42:43], 1, v36
	v_cmp_ne_u16_e64 s[40:41], 2, v36
	v_cmp_ne_u16_e64 s[38:39], 3, v36
	v_cmp_ne_u16_e64 s[36:37], 4, v36
	v_cmp_ne_u16_e64 s[34:35], 5, v36
	v_cmp_ne_u16_e64 s[30:31], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_sdwa v36, v38, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[48:49], 2, v36
	v_cmp_ne_u16_e64 s[50:51], 3, v36
	v_cmp_ne_u16_e64 s[52:53], 4, v36
	v_cmp_ne_u16_e64 s[54:55], 5, v36
	v_cmp_ne_u16_e64 s[56:57], 6, v36
	v_cmp_ne_u16_e64 s[58:59], 7, v36
	v_lshrrev_b32_e32 v36, 8, v38
	v_and_b32_e32 v40, 0x7f, v36
	v_cmp_ne_u16_e64 s[60:61], s5, v40
	v_cmp_ne_u16_e64 s[62:63], 0, v40
	v_cmp_ne_u16_e64 s[64:65], 1, v40
	v_cmp_ne_u16_e64 s[70:71], 2, v40
	v_cmp_ne_u16_e64 s[72:73], 3, v40
	v_cmp_ne_u16_e64 s[74:75], 4, v40
	v_cmp_ne_u16_e64 s[76:77], 5, v40
	v_cmp_ne_u16_e64 s[78:79], 6, v40
	v_cmp_ne_u16_e64 s[80:81], 7, v40
	v_and_b32_e32 v40, 0x7f, v38
	v_cmp_ne_u16_e64 s[82:83], s5, v40
	v_cmp_ne_u16_e64 s[84:85], 0, v40
	v_cmp_ne_u16_e64 s[86:87], 1, v40
	v_cmp_ne_u16_e64 s[88:89], 2, v40
	v_cmp_ne_u16_e64 s[90:91], 3, v40
	v_cmp_ne_u16_e64 s[92:93], 4, v40
	v_cmp_ne_u16_e64 s[94:95], 5, v40
	v_cmp_ne_u16_e64 s[96:97], 6, v40
	v_cmp_ne_u16_e64 s[98:99], 7, v40
	v_lshlrev_b16_e32 v40, 7, v38
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v40, v56, v40, s[82:83]
	v_cndmask_b32_e64 v40, 0, v40, s[84:85]
	v_cndmask_b32_e64 v40, v57, v40, s[86:87]
	v_cndmask_b32_e64 v40, v58, v40, s[88:89]
	v_cndmask_b32_e64 v40, v59, v40, s[90:91]
	v_cndmask_b32_e64 v40, v60, v40, s[92:93]
	v_cndmask_b32_e64 v40, v61, v40, s[94:95]
	v_cndmask_b32_e64 v40, v62, v40, s[96:97]
	v_lshlrev_b16_e32 v41, 8, v38
	v_and_b32_e32 v41, 0xffff8000, v41
	v_cndmask_b32_e64 v40, v63, v40, s[98:99]
	v_or_b32_e32 v40, v40, v41
	v_lshlrev_b16_e32 v41, 7, v36
	v_and_b32_e32 v41, 0x3f80, v41
	v_add_u16_e32 v41, 0x2000, v41
	v_cndmask_b32_e64 v41, v56, v41, s[60:61]
	v_cndmask_b32_e64 v41, 0, v41, s[62:63]
	v_cndmask_b32_e64 v41, v57, v41, s[64:65]
	v_cndmask_b32_e64 v41, v58, v41, s[70:71]
	v_cndmask_b32_e64 v41, v59, v41, s[72:73]
	v_cndmask_b32_e64 v41, v60, v41, s[74:75]
	v_cndmask_b32_e64 v41, v61, v41, s[76:77]
	v_cndmask_b32_e64 v41, v62, v41, s[78:79]
	v_lshlrev_b16_e32 v36, 8, v36
	v_and_b32_e32 v36, 0xffff8000, v36
	v_cndmask_b32_e64 v41, v63, v41, s[80:81]
	v_or_b32_e32 v36, v41, v36
	v_lshlrev_b16_sdwa v41, v65, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v41, 0x3f80, v41
	v_add_u16_e32 v41, 0x2000, v41
	v_cndmask_b32_e64 v41, v56, v41, s[0:1]
	v_cndmask_b32_e64 v41, 0, v41, s[2:3]
	v_cndmask_b32_e64 v41, v57, v41, s[6:7]
	v_cndmask_b32_e64 v41, v58, v41, s[48:49]
	v_cndmask_b32_e64 v41, v59, v41, s[50:51]
	v_cndmask_b32_e64 v41, v60, v41, s[52:53]
	v_cndmask_b32_e64 v41, v61, v41, s[54:55]
	v_cndmask_b32_e64 v41, v62, v41, s[56:57]
	v_lshlrev_b16_sdwa v42, v64, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v41, v63, v41, s[58:59]
	v_or_b32_e32 v41, v41, v42
	v_lshlrev_b16_sdwa v42, v65, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[46:47]
	v_cndmask_b32_e64 v42, 0, v42, s[44:45]
	v_cndmask_b32_e64 v42, v57, v42, s[42:43]
	v_cndmask_b32_e64 v42, v58, v42, s[40:41]
	v_cndmask_b32_e64 v42, v59, v42, s[38:39]
	v_cndmask_b32_e64 v42, v60, v42, s[36:37]
	v_cndmask_b32_e64 v42, v61, v42, s[34:35]
	v_cndmask_b32_e64 v42, v62, v42, s[30:31]
	v_lshlrev_b16_sdwa v38, v64, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v38, 0xffff8000, v38
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_or_b32_e32 v38, v42, v38
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v48, v36, v40, s4
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v36, 0x800, v34
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v49, v38, v41, s4
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[40:41], v36 offset1:2
	v_add_u32_e32 v34, 0xc00, v34
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[6:21], v[48:49], v[46:47], v[6:21]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v36, v40, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s5, v36
	v_cmp_ne_u16_e64 s[44:45], 0, v36
	v_cmp_ne_u16_e64 s[42:43], 1, v36
	v_cmp_ne_u16_e64 s[40:41], 2, v36
	v_cmp_ne_u16_e64 s[38:39], 3, v36
	v_cmp_ne_u16_e64 s[36:37], 4, v36
	v_cmp_ne_u16_e64 s[34:35], 5, v36
	v_cmp_ne_u16_e64 s[30:31], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_sdwa v36, v40, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[48:49], 2, v36
	v_cmp_ne_u16_e64 s[50:51], 3, v36
	v_cmp_ne_u16_e64 s[52:53], 4, v36
	v_cmp_ne_u16_e64 s[54:55], 5, v36
	v_cmp_ne_u16_e64 s[56:57], 6, v36
	v_cmp_ne_u16_e64 s[58:59], 7, v36
	v_lshrrev_b32_e32 v36, 8, v40
	v_and_b32_e32 v38, 0x7f, v36
	v_cmp_ne_u16_e64 s[60:61], s5, v38
	v_cmp_ne_u16_e64 s[62:63], 0, v38
	v_cmp_ne_u16_e64 s[64:65], 1, v38
	v_cmp_ne_u16_e64 s[70:71], 2, v38
	v_cmp_ne_u16_e64 s[72:73], 3, v38
	v_cmp_ne_u16_e64 s[74:75], 4, v38
	v_cmp_ne_u16_e64 s[76:77], 5, v38
	v_cmp_ne_u16_e64 s[78:79], 6, v38
	v_cmp_ne_u16_e64 s[80:81], 7, v38
	v_and_b32_e32 v38, 0x7f, v40
	v_cmp_ne_u16_e64 s[82:83], s5, v38
	v_cmp_ne_u16_e64 s[84:85], 0, v38
	v_cmp_ne_u16_e64 s[86:87], 1, v38
	v_cmp_ne_u16_e64 s[88:89], 2, v38
	v_cmp_ne_u16_e64 s[90:91], 3, v38
	v_cmp_ne_u16_e64 s[92:93], 4, v38
	v_cmp_ne_u16_e64 s[94:95], 5, v38
	v_cmp_ne_u16_e64 s[96:97], 6, v38
	v_cmp_ne_u16_e64 s[98:99], 7, v38
	v_lshlrev_b16_e32 v38, 7, v40
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e64 v38, v56, v38, s[82:83]
	v_cndmask_b32_e64 v38, 0, v38, s[84:85]
	v_cndmask_b32_e64 v38, v57, v38, s[86:87]
	v_cndmask_b32_e64 v38, v58, v38, s[88:89]
	v_cndmask_b32_e64 v38, v59, v38, s[90:91]
	v_cndmask_b32_e64 v38, v60, v38, s[92:93]
	v_cndmask_b32_e64 v38, v61, v38, s[94:95]
	v_cndmask_b32_e64 v38, v62, v38, s[96:97]
	v_lshlrev_b16_e32 v42, 8, v40
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v38, v63, v38, s[98:99]
	v_or_b32_e32 v38, v38, v42
	v_lshlrev_b16_e32 v42, 7, v36
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[60:61]
	v_cndmask_b32_e64 v42, 0, v42, s[62:63]
	v_cndmask_b32_e64 v42, v57, v42, s[64:65]
	v_cndmask_b32_e64 v42, v58, v42, s[70:71]
	v_cndmask_b32_e64 v42, v59, v42, s[72:73]
	v_cndmask_b32_e64 v42, v60, v42, s[74:75]
	v_cndmask_b32_e64 v42, v61, v42, s[76:77]
	v_cndmask_b32_e64 v42, v62, v42, s[78:79]
	v_lshlrev_b16_e32 v36, 8, v36
	v_and_b32_e32 v36, 0xffff8000, v36
	v_cndmask_b32_e64 v42, v63, v42, s[80:81]
	v_or_b32_e32 v36, v42, v36
	v_lshlrev_b16_sdwa v42, v65, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[0:1]
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cndmask_b32_e64 v42, v57, v42, s[6:7]
	v_cndmask_b32_e64 v42, v58, v42, s[48:49]
	v_cndmask_b32_e64 v42, v59, v42, s[50:51]
	v_cndmask_b32_e64 v42, v60, v42, s[52:53]
	v_cndmask_b32_e64 v42, v61, v42, s[54:55]
	v_cndmask_b32_e64 v42, v62, v42, s[56:57]
	v_lshlrev_b16_sdwa v43, v64, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v43, 0xffff8000, v43
	v_cndmask_b32_e64 v42, v63, v42, s[58:59]
	v_or_b32_e32 v42, v42, v43
	v_lshlrev_b16_sdwa v43, v65, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_cndmask_b32_e64 v43, v56, v43, s[46:47]
	v_cndmask_b32_e64 v43, 0, v43, s[44:45]
	v_cndmask_b32_e64 v43, v57, v43, s[42:43]
	v_cndmask_b32_e64 v43, v58, v43, s[40:41]
	v_cndmask_b32_e64 v43, v59, v43, s[38:39]
	v_cndmask_b32_e64 v43, v60, v43, s[36:37]
	v_cndmask_b32_e64 v43, v61, v43, s[34:35]
	v_cndmask_b32_e64 v43, v62, v43, s[30:31]
	v_lshlrev_b16_sdwa v40, v64, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v40, 0xffff8000, v40
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_or_b32_e32 v40, v43, v40
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v51, v40, v42, s4
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[42:43], v34 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v50, v36, v38, s4
	scratch_store_dwordx4 off, v[6:9], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[10:13], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[18:21], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:704 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[50:51], v[46:47], v[18:33]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v34, v42, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s5, v34
	v_cmp_ne_u16_e64 s[44:45], 0, v34
	v_cmp_ne_u16_e64 s[42:43], 1, v34
	v_cmp_ne_u16_e64 s[40:41], 2, v34
	v_cmp_ne_u16_e64 s[38:39], 3, v34
	v_cmp_ne_u16_e64 s[36:37], 4, v34
	v_cmp_ne_u16_e64 s[34:35], 5, v34
	v_cmp_ne_u16_e64 s[30:31], 6, v34
	v_cmp_ne_u16_e32 vcc, 7, v34
	v_and_b32_sdwa v34, v42, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v34
	v_cmp_ne_u16_e64 s[2:3], 0, v34
	v_cmp_ne_u16_e64 s[6:7], 1, v34
	v_cmp_ne_u16_e64 s[48:49], 2, v34
	v_cmp_ne_u16_e64 s[50:51], 3, v34
	v_cmp_ne_u16_e64 s[52:53], 4, v34
	v_cmp_ne_u16_e64 s[54:55], 5, v34
	v_cmp_ne_u16_e64 s[56:57], 6, v34
	v_cmp_ne_u16_e64 s[58:59], 7, v34
	v_lshrrev_b32_e32 v34, 8, v42
	v_and_b32_e32 v36, 0x7f, v34
	v_cmp_ne_u16_e64 s[60:61], s5, v36
	v_cmp_ne_u16_e64 s[62:63], 0, v36
	v_cmp_ne_u16_e64 s[64:65], 1, v36
	v_cmp_ne_u16_e64 s[70:71], 2, v36
	v_cmp_ne_u16_e64 s[72:73], 3, v36
	v_cmp_ne_u16_e64 s[74:75], 4, v36
	v_cmp_ne_u16_e64 s[76:77], 5, v36
	v_cmp_ne_u16_e64 s[78:79], 6, v36
	v_cmp_ne_u16_e64 s[80:81], 7, v36
	v_and_b32_e32 v36, 0x7f, v42
	v_cmp_ne_u16_e64 s[82:83], s5, v36
	v_cmp_ne_u16_e64 s[84:85], 0, v36
	v_cmp_ne_u16_e64 s[86:87], 1, v36
	v_cmp_ne_u16_e64 s[88:89], 2, v36
	v_cmp_ne_u16_e64 s[90:91], 3, v36
	v_cmp_ne_u16_e64 s[92:93], 4, v36
	v_cmp_ne_u16_e64 s[94:95], 5, v36
	v_cmp_ne_u16_e64 s[96:97], 6, v36
	v_cmp_ne_u16_e64 s[98:99], 7, v36
	v_lshlrev_b16_e32 v36, 7, v42
	v_and_b32_e32 v36, 0x3f80, v36
	v_add_u16_e32 v36, 0x2000, v36
	v_cndmask_b32_e64 v36, v56, v36, s[82:83]
	v_cndmask_b32_e64 v36, 0, v36, s[84:85]
	v_cndmask_b32_e64 v36, v57, v36, s[86:87]
	v_cndmask_b32_e64 v36, v58, v36, s[88:89]
	v_cndmask_b32_e64 v36, v59, v36, s[90:91]
	v_cndmask_b32_e64 v36, v60, v36, s[92:93]
	v_cndmask_b32_e64 v36, v61, v36, s[94:95]
	v_cndmask_b32_e64 v36, v62, v36, s[96:97]
	v_lshlrev_b16_e32 v38, 8, v42
	v_and_b32_e32 v38, 0xffff8000, v38
	v_cndmask_b32_e64 v36, v63, v36, s[98:99]
	v_or_b32_e32 v36, v36, v38
	v_lshlrev_b16_e32 v38, 7, v34
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e64 v38, v56, v38, s[60:61]
	v_cndmask_b32_e64 v38, 0, v38, s[62:63]
	v_cndmask_b32_e64 v38, v57, v38, s[64:65]
	v_cndmask_b32_e64 v38, v58, v38, s[70:71]
	v_cndmask_b32_e64 v38, v59, v38, s[72:73]
	v_cndmask_b32_e64 v38, v60, v38, s[74:75]
	v_cndmask_b32_e64 v38, v61, v38, s[76:77]
	v_cndmask_b32_e64 v38, v62, v38, s[78:79]
	v_lshlrev_b16_e32 v34, 8, v34
	v_and_b32_e32 v34, 0xffff8000, v34
	v_cndmask_b32_e64 v38, v63, v38, s[80:81]
	v_or_b32_e32 v34, v38, v34
	v_lshlrev_b16_sdwa v38, v65, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v38, v58, v38, s[48:49]
	v_cndmask_b32_e64 v38, v59, v38, s[50:51]
	v_cndmask_b32_e64 v38, v60, v38, s[52:53]
	v_cndmask_b32_e64 v38, v61, v38, s[54:55]
	v_cndmask_b32_e64 v38, v62, v38, s[56:57]
	v_lshlrev_b16_sdwa v40, v64, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v40, 0xffff8000, v40
	v_cndmask_b32_e64 v38, v63, v38, s[58:59]
	v_or_b32_e32 v38, v38, v40
	v_lshlrev_b16_sdwa v40, v65, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v40, v56, v40, s[46:47]
	v_cndmask_b32_e64 v40, 0, v40, s[44:45]
	v_cndmask_b32_e64 v40, v57, v40, s[42:43]
	v_cndmask_b32_e64 v40, v58, v40, s[40:41]
	v_cndmask_b32_e64 v40, v59, v40, s[38:39]
	v_cndmask_b32_e64 v40, v60, v40, s[36:37]
	v_cndmask_b32_e64 v40, v61, v40, s[34:35]
	v_cndmask_b32_e64 v40, v62, v40, s[30:31]
	v_lshlrev_b16_sdwa v42, v64, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e32 v40, v63, v40, vcc
	v_or_b32_e32 v40, v40, v42
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v53, v40, v38, s4
	v_perm_b32 v52, v34, v36, s4
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v34, 8, v244
	v_lshlrev_b16_e32 v36, 8, v244
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[66:81], v[52:53], v[46:47], v[66:81]
	s_nop 10
	scratch_store_dwordx4 off, v[66:69], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[70:73], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[74:77], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[66:69], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[70:73], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v38, 8, v34
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_e32 v38, 0x7f, v244
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_e32 v38, 0x7f, v34
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_e32 v38, 7, v244
	v_lshlrev_b16_e32 v34, 7, v34
	v_and_b32_e32 v38, 0x3f80, v38
	v_and_b32_e32 v34, 0x3f80, v34
	v_add_u16_e32 v38, 0x2000, v38
	v_add_u16_e32 v34, 0x2000, v34
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v34, v56, v34, s[48:49]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v34, 0, v34, s[46:47]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v34, v57, v34, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v34, v58, v34, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v34, v59, v34, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v34, v60, v34, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v34, v61, v34, s[36:37]
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v34, v62, v34, s[34:35]
	v_cndmask_b32_e64 v34, v63, v34, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	v_perm_b32 v34, v34, v38, s4
	v_lshlrev_b16_sdwa v38, v64, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v64, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v38, v40, v38, s4
	v_and_b32_sdwa v40, v244, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v40
	v_cmp_ne_u16_e64 s[2:3], 0, v40
	v_cmp_ne_u16_e64 s[6:7], 1, v40
	v_cmp_ne_u16_e64 s[52:53], 2, v40
	v_cmp_ne_u16_e64 s[54:55], 3, v40
	v_cmp_ne_u16_e64 s[56:57], 4, v40
	v_cmp_ne_u16_e64 s[58:59], 5, v40
	v_cmp_ne_u16_e64 s[50:51], 6, v40
	v_cmp_ne_u16_e32 vcc, 7, v40
	v_and_b32_sdwa v40, v244, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v40
	v_cmp_ne_u16_e64 s[46:47], 0, v40
	v_cmp_ne_u16_e64 s[44:45], 1, v40
	v_cmp_ne_u16_e64 s[42:43], 2, v40
	v_cmp_ne_u16_e64 s[40:41], 3, v40
	v_cmp_ne_u16_e64 s[38:39], 4, v40
	v_cmp_ne_u16_e64 s[36:37], 5, v40
	v_cmp_ne_u16_e64 s[34:35], 6, v40
	v_cmp_ne_u16_e64 s[30:31], 7, v40
	v_lshlrev_b16_sdwa v40, v65, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v42, v65, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v40, 0x3f80, v40
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v40, 0x2000, v40
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v40, v56, v40, s[0:1]
	v_cndmask_b32_e64 v42, v56, v42, s[48:49]
	v_cndmask_b32_e64 v40, 0, v40, s[2:3]
	v_cndmask_b32_e64 v42, 0, v42, s[46:47]
	v_cndmask_b32_e64 v40, v57, v40, s[6:7]
	v_cndmask_b32_e64 v42, v57, v42, s[44:45]
	v_cndmask_b32_e64 v40, v58, v40, s[52:53]
	v_cndmask_b32_e64 v42, v58, v42, s[42:43]
	v_cndmask_b32_e64 v40, v59, v40, s[54:55]
	v_cndmask_b32_e64 v42, v59, v42, s[40:41]
	v_cndmask_b32_e64 v40, v60, v40, s[56:57]
	v_cndmask_b32_e64 v42, v60, v42, s[38:39]
	v_cndmask_b32_e64 v40, v61, v40, s[58:59]
	v_cndmask_b32_e64 v42, v61, v42, s[36:37]
	v_cndmask_b32_e64 v40, v62, v40, s[50:51]
	v_cndmask_b32_e64 v42, v62, v42, s[34:35]
	v_cndmask_b32_e64 v42, v63, v42, s[30:31]
	v_cndmask_b32_e32 v40, v63, v40, vcc
	v_perm_b32 v40, v42, v40, s4
	v_and_or_b32 v46, v36, s66, v34
	v_and_or_b32 v47, v38, s66, v40
	v_lshrrev_b32_e32 v34, 8, v0
	v_lshlrev_b16_e32 v36, 8, v0
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[66:81], v[44:45], v[46:47], v[66:81]
	s_nop 10
	scratch_store_dwordx4 off, v[66:69], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[70:73], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[74:77], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[66:69], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[70:73], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v38, 8, v34
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_e32 v38, 0x7f, v0
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_e32 v38, 0x7f, v34
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_e32 v38, 7, v0
	v_lshlrev_b16_e32 v34, 7, v34
	v_and_b32_e32 v38, 0x3f80, v38
	v_and_b32_e32 v34, 0x3f80, v34
	v_add_u16_e32 v38, 0x2000, v38
	v_add_u16_e32 v34, 0x2000, v34
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v34, v56, v34, s[48:49]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v34, 0, v34, s[46:47]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v34, v57, v34, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v34, v58, v34, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v34, v59, v34, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v34, v60, v34, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v34, v61, v34, s[36:37]
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v34, v62, v34, s[34:35]
	v_cndmask_b32_e64 v34, v63, v34, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	v_perm_b32 v34, v34, v38, s4
	v_lshlrev_b16_sdwa v38, v64, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v64, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v38, v40, v38, s4
	v_and_b32_sdwa v40, v0, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v40
	v_cmp_ne_u16_e64 s[2:3], 0, v40
	v_cmp_ne_u16_e64 s[6:7], 1, v40
	v_cmp_ne_u16_e64 s[52:53], 2, v40
	v_cmp_ne_u16_e64 s[54:55], 3, v40
	v_cmp_ne_u16_e64 s[56:57], 4, v40
	v_cmp_ne_u16_e64 s[58:59], 5, v40
	v_cmp_ne_u16_e64 s[50:51], 6, v40
	v_cmp_ne_u16_e32 vcc, 7, v40
	v_and_b32_sdwa v40, v0, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v40
	v_cmp_ne_u16_e64 s[46:47], 0, v40
	v_cmp_ne_u16_e64 s[44:45], 1, v40
	v_cmp_ne_u16_e64 s[42:43], 2, v40
	v_cmp_ne_u16_e64 s[40:41], 3, v40
	v_cmp_ne_u16_e64 s[38:39], 4, v40
	v_cmp_ne_u16_e64 s[36:37], 5, v40
	v_cmp_ne_u16_e64 s[34:35], 6, v40
	v_cmp_ne_u16_e64 s[30:31], 7, v40
	v_lshlrev_b16_sdwa v40, v65, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v0, v65, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v40, 0x3f80, v40
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v40, 0x2000, v40
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v40, v56, v40, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_accvgpr_mov_b32 a2, a128
	v_accvgpr_mov_b32 a3, a129
	v_accvgpr_mov_b32 a4, a130
	v_accvgpr_mov_b32 a5, a131
	v_accvgpr_mov_b32 a6, a132
	v_accvgpr_mov_b32 a7, a133
	v_accvgpr_mov_b32 a8, a134
	v_accvgpr_mov_b32 a9, a135
	v_accvgpr_mov_b32 a10, a136
	v_accvgpr_mov_b32 a11, a137
	v_accvgpr_mov_b32 a12, a138
	v_accvgpr_mov_b32 a13, a139
	v_accvgpr_mov_b32 a14, a140
	v_accvgpr_mov_b32 a15, a141
	v_cndmask_b32_e64 v40, 0, v40, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[52:53], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v40, v57, v40, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v40, v58, v40, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v40, v59, v40, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v40, v60, v40, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v40, v61, v40, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cndmask_b32_e64 v40, v62, v40, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v40, v63, v40, vcc
	v_perm_b32 v0, v0, v40, s4
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[66:81], v[48:49], v[46:47], v[66:81]
	v_accvgpr_mov_b32 a141, a15
	v_accvgpr_mov_b32 a140, a14
	v_accvgpr_mov_b32 a139, a13
	v_accvgpr_mov_b32 a138, a12
	v_accvgpr_mov_b32 a137, a11
	v_accvgpr_mov_b32 a136, a10
	v_accvgpr_mov_b32 a135, a9
	v_mfma_f32_32x32x8_f16 a[158:173], v[50:51], v[46:47], a[158:173]
	v_accvgpr_mov_b32 a134, a8
	v_accvgpr_mov_b32 a133, a7
	v_accvgpr_mov_b32 a132, a6
	v_accvgpr_mov_b32 a131, a5
	v_accvgpr_mov_b32 a130, a4
	v_accvgpr_mov_b32 a129, a3
	v_accvgpr_mov_b32 a128, a2
	v_accvgpr_mov_b32 a127, a1
	v_accvgpr_mov_b32 a126, a0
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v46, v36, s66, v34
	v_and_or_b32 v47, v38, s66, v0
	v_accvgpr_mov_b32 a0, a240
	v_accvgpr_mov_b32 a1, a241
	v_accvgpr_mov_b32 a2, a242
	v_accvgpr_mov_b32 a3, a243
	v_accvgpr_mov_b32 a4, a244
	v_accvgpr_mov_b32 a5, a245
	v_accvgpr_mov_b32 a6, a246
	v_accvgpr_mov_b32 a7, a247
	v_accvgpr_mov_b32 a8, a248
	v_accvgpr_mov_b32 a9, a249
	v_accvgpr_mov_b32 a10, a250
	v_accvgpr_mov_b32 a11, a251
	v_accvgpr_mov_b32 a12, a252
	v_accvgpr_mov_b32 a13, a253
	v_accvgpr_mov_b32 a14, a254
	v_accvgpr_mov_b32 a15, a255
	scratch_load_dwordx4 a[94:97], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[98:101], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[102:105], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[106:109], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[44:45], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v242
	v_lshlrev_b16_e32 v34, 8, v242
	v_lshlrev_b16_e32 v36, 8, v0
	v_perm_b32 v34, v36, v34, s4
	v_and_b32_e32 v36, 0x7f, v242
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[52:53], 2, v36
	v_cmp_ne_u16_e64 s[54:55], 3, v36
	v_cmp_ne_u16_e64 s[56:57], 4, v36
	v_cmp_ne_u16_e64 s[58:59], 5, v36
	v_cmp_ne_u16_e64 s[50:51], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v36
	v_cmp_ne_u16_e64 s[46:47], 0, v36
	v_cmp_ne_u16_e64 s[44:45], 1, v36
	v_cmp_ne_u16_e64 s[42:43], 2, v36
	v_cmp_ne_u16_e64 s[40:41], 3, v36
	v_cmp_ne_u16_e64 s[38:39], 4, v36
	v_cmp_ne_u16_e64 s[36:37], 5, v36
	v_cmp_ne_u16_e64 s[34:35], 6, v36
	v_cmp_ne_u16_e64 s[30:31], 7, v36
	v_lshlrev_b16_e32 v36, 7, v242
	v_lshlrev_b16_e32 v0, 7, v0
	v_accvgpr_mov_b32 a255, a15
	v_accvgpr_mov_b32 a254, a14
	v_accvgpr_mov_b32 a253, a13
	v_accvgpr_mov_b32 a252, a12
	v_accvgpr_mov_b32 a251, a11
	v_accvgpr_mov_b32 a250, a10
	v_accvgpr_mov_b32 a249, a9
	v_accvgpr_mov_b32 a248, a8
	v_accvgpr_mov_b32 a247, a7
	v_accvgpr_mov_b32 a246, a6
	v_accvgpr_mov_b32 a245, a5
	v_accvgpr_mov_b32 a244, a4
	v_accvgpr_mov_b32 a243, a3
	v_accvgpr_mov_b32 a242, a2
	v_accvgpr_mov_b32 a241, a1
	v_accvgpr_mov_b32 a240, a0
	v_accvgpr_mov_b32 a0, a224
	v_accvgpr_mov_b32 a1, a225
	v_accvgpr_mov_b32 a2, a226
	v_accvgpr_mov_b32 a3, a227
	v_accvgpr_mov_b32 a4, a228
	v_accvgpr_mov_b32 a5, a229
	v_accvgpr_mov_b32 a6, a230
	v_accvgpr_mov_b32 a7, a231
	v_accvgpr_mov_b32 a8, a232
	v_accvgpr_mov_b32 a9, a233
	v_accvgpr_mov_b32 a10, a234
	v_accvgpr_mov_b32 a11, a235
	v_accvgpr_mov_b32 a12, a236
	v_accvgpr_mov_b32 a13, a237
	v_accvgpr_mov_b32 a14, a238
	v_accvgpr_mov_b32 a15, a239
	v_and_b32_e32 v36, 0x3f80, v36
	v_and_b32_e32 v0, 0x3f80, v0
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u16_e32 v36, 0x2000, v36
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v36, v56, v36, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v36, 0, v36, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v36, v57, v36, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v36, v58, v36, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v36, v59, v36, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v36, v60, v36, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v36, v61, v36, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_accvgpr_mov_b32 a239, a15
	v_accvgpr_mov_b32 a238, a14
	v_accvgpr_mov_b32 a237, a13
	v_accvgpr_mov_b32 a236, a12
	v_accvgpr_mov_b32 a235, a11
	v_accvgpr_mov_b32 a234, a10
	v_accvgpr_mov_b32 a233, a9
	v_accvgpr_mov_b32 a232, a8
	v_accvgpr_mov_b32 a231, a7
	v_accvgpr_mov_b32 a230, a6
	v_accvgpr_mov_b32 a229, a5
	v_accvgpr_mov_b32 a228, a4
	v_accvgpr_mov_b32 a227, a3
	v_accvgpr_mov_b32 a226, a2
	v_accvgpr_mov_b32 a225, a1
	v_accvgpr_mov_b32 a224, a0
	v_accvgpr_mov_b32 a0, a206
	v_accvgpr_mov_b32 a1, a207
	v_accvgpr_mov_b32 a2, a208
	v_accvgpr_mov_b32 a3, a209
	v_accvgpr_mov_b32 a4, a210
	v_accvgpr_mov_b32 a5, a211
	v_accvgpr_mov_b32 a6, a212
	v_accvgpr_mov_b32 a7, a213
	v_accvgpr_mov_b32 a8, a214
	v_accvgpr_mov_b32 a9, a215
	v_accvgpr_mov_b32 a10, a216
	v_accvgpr_mov_b32 a11, a217
	v_accvgpr_mov_b32 a12, a218
	v_accvgpr_mov_b32 a13, a219
	v_accvgpr_mov_b32 a14, a220
	v_accvgpr_mov_b32 a15, a221
	v_cndmask_b32_e64 v36, v62, v36, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[50:51], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	v_perm_b32 v0, v0, v36, s4
	v_lshlrev_b16_sdwa v36, v64, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v64, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_sdwa v38, v242, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_sdwa v38, v242, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_sdwa v38, v65, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v65, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v38, 0x3f80, v38
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v38, 0x2000, v38
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v40, v56, v40, s[48:49]
	v_accvgpr_mov_b32 a221, a15
	v_accvgpr_mov_b32 a220, a14
	v_accvgpr_mov_b32 a219, a13
	v_accvgpr_mov_b32 a218, a12
	v_accvgpr_mov_b32 a217, a11
	v_accvgpr_mov_b32 a216, a10
	v_accvgpr_mov_b32 a215, a9
	v_accvgpr_mov_b32 a214, a8
	v_accvgpr_mov_b32 a213, a7
	v_accvgpr_mov_b32 a212, a6
	v_accvgpr_mov_b32 a211, a5
	v_accvgpr_mov_b32 a210, a4
	v_accvgpr_mov_b32 a209, a3
	v_accvgpr_mov_b32 a208, a2
	v_accvgpr_mov_b32 a207, a1
	v_accvgpr_mov_b32 a206, a0
	v_accvgpr_mov_b32 a0, a190
	v_accvgpr_mov_b32 a1, a191
	v_accvgpr_mov_b32 a2, a192
	v_accvgpr_mov_b32 a3, a193
	v_accvgpr_mov_b32 a4, a194
	v_accvgpr_mov_b32 a5, a195
	v_accvgpr_mov_b32 a6, a196
	v_accvgpr_mov_b32 a7, a197
	v_accvgpr_mov_b32 a8, a198
	v_accvgpr_mov_b32 a9, a199
	v_accvgpr_mov_b32 a10, a200
	v_accvgpr_mov_b32 a11, a201
	v_accvgpr_mov_b32 a12, a202
	v_accvgpr_mov_b32 a13, a203
	v_accvgpr_mov_b32 a14, a204
	v_accvgpr_mov_b32 a15, a205
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v40, 0, v40, s[46:47]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[52:53], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v40, v57, v40, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v40, v58, v40, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v40, v59, v40, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v40, v60, v40, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v40, v61, v40, s[36:37]
	scratch_load_dwordx4 a[110:113], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[114:117], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[118:121], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[122:125], off, off offset:688 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[48:51], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[60:63], off, off offset:624 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[32:35], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[36:39], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[40:43], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[44:47], off, off offset:496 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[16:19], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[20:23], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:432 ; 16-byte Folded Reload
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v40, v62, v40, s[34:35]
	v_cndmask_b32_e64 v40, v63, v40, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	v_perm_b32 v38, v40, v38, s4
	v_accvgpr_mov_b32 a205, a15
	v_accvgpr_mov_b32 a204, a14
	v_accvgpr_mov_b32 a203, a13
	v_accvgpr_mov_b32 a202, a12
	v_accvgpr_mov_b32 a201, a11
	v_accvgpr_mov_b32 a200, a10
	v_accvgpr_mov_b32 a199, a9
	v_accvgpr_mov_b32 a198, a8
	v_accvgpr_mov_b32 a197, a7
	v_accvgpr_mov_b32 a196, a6
	v_accvgpr_mov_b32 a195, a5
	v_accvgpr_mov_b32 a194, a4
	v_accvgpr_mov_b32 a193, a3
	v_accvgpr_mov_b32 a192, a2
	v_accvgpr_mov_b32 a191, a1
	v_accvgpr_mov_b32 a190, a0
	v_and_or_b32 v46, v34, s66, v0
	v_and_or_b32 v47, v36, s66, v38
	v_accvgpr_mov_b32 a0, a174
	v_accvgpr_mov_b32 a1, a175
	v_accvgpr_mov_b32 a2, a176
	v_accvgpr_mov_b32 a3, a177
	v_accvgpr_mov_b32 a4, a178
	v_accvgpr_mov_b32 a5, a179
	v_accvgpr_mov_b32 a6, a180
	v_accvgpr_mov_b32 a7, a181
	v_accvgpr_mov_b32 a8, a182
	v_accvgpr_mov_b32 a9, a183
	v_accvgpr_mov_b32 a10, a184
	v_accvgpr_mov_b32 a11, a185
	v_accvgpr_mov_b32 a12, a186
	v_accvgpr_mov_b32 a13, a187
	v_accvgpr_mov_b32 a14, a188
	v_accvgpr_mov_b32 a15, a189
	v_lshrrev_b32_e32 v0, 8, v252
	v_lshlrev_b16_e32 v34, 8, v252
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[44:45], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v36, 8, v0
	v_perm_b32 v34, v36, v34, s4
	v_and_b32_e32 v36, 0x7f, v252
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[52:53], 2, v36
	v_cmp_ne_u16_e64 s[54:55], 3, v36
	v_cmp_ne_u16_e64 s[56:57], 4, v36
	v_cmp_ne_u16_e64 s[58:59], 5, v36
	v_cmp_ne_u16_e64 s[50:51], 6, v36
	v_accvgpr_mov_b32 a189, a15
	v_accvgpr_mov_b32 a188, a14
	v_accvgpr_mov_b32 a187, a13
	v_accvgpr_mov_b32 a186, a12
	v_accvgpr_mov_b32 a185, a11
	v_accvgpr_mov_b32 a184, a10
	v_accvgpr_mov_b32 a183, a9
	v_accvgpr_mov_b32 a182, a8
	v_accvgpr_mov_b32 a181, a7
	v_accvgpr_mov_b32 a180, a6
	v_accvgpr_mov_b32 a179, a5
	v_accvgpr_mov_b32 a178, a4
	v_accvgpr_mov_b32 a177, a3
	v_accvgpr_mov_b32 a176, a2
	v_accvgpr_mov_b32 a175, a1
	v_accvgpr_mov_b32 a174, a0
	v_accvgpr_mov_b32 a0, a142
	v_accvgpr_mov_b32 a1, a143
	v_accvgpr_mov_b32 a2, a144
	v_accvgpr_mov_b32 a3, a145
	v_accvgpr_mov_b32 a4, a146
	v_accvgpr_mov_b32 a5, a147
	v_accvgpr_mov_b32 a6, a148
	v_accvgpr_mov_b32 a7, a149
	v_accvgpr_mov_b32 a8, a150
	v_accvgpr_mov_b32 a9, a151
	v_accvgpr_mov_b32 a10, a152
	v_accvgpr_mov_b32 a11, a153
	v_accvgpr_mov_b32 a12, a154
	v_accvgpr_mov_b32 a13, a155
	v_accvgpr_mov_b32 a14, a156
	v_accvgpr_mov_b32 a15, a157
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0x7f, v0
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[48:49], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[48:49], s5, v36
	v_cmp_ne_u16_e64 s[46:47], 0, v36
	v_cmp_ne_u16_e64 s[44:45], 1, v36
	v_cmp_ne_u16_e64 s[42:43], 2, v36
	v_cmp_ne_u16_e64 s[40:41], 3, v36
	v_cmp_ne_u16_e64 s[38:39], 4, v36
	v_cmp_ne_u16_e64 s[36:37], 5, v36
	v_cmp_ne_u16_e64 s[34:35], 6, v36
	v_cmp_ne_u16_e64 s[30:31], 7, v36
	v_lshlrev_b16_e32 v36, 7, v252
	v_lshlrev_b16_e32 v0, 7, v0
	v_accvgpr_mov_b32 a157, a15
	v_accvgpr_mov_b32 a156, a14
	v_accvgpr_mov_b32 a155, a13
	v_accvgpr_mov_b32 a154, a12
	v_accvgpr_mov_b32 a153, a11
	v_accvgpr_mov_b32 a152, a10
	v_accvgpr_mov_b32 a151, a9
	v_accvgpr_mov_b32 a150, a8
	v_accvgpr_mov_b32 a149, a7
	v_accvgpr_mov_b32 a148, a6
	v_accvgpr_mov_b32 a147, a5
	v_accvgpr_mov_b32 a146, a4
	v_accvgpr_mov_b32 a145, a3
	v_accvgpr_mov_b32 a144, a2
	v_accvgpr_mov_b32 a143, a1
	v_accvgpr_mov_b32 a142, a0
	v_accvgpr_mov_b32 a0, a78
	v_accvgpr_mov_b32 a1, a79
	v_accvgpr_mov_b32 a2, a80
	v_accvgpr_mov_b32 a3, a81
	v_accvgpr_mov_b32 a4, a82
	v_accvgpr_mov_b32 a5, a83
	v_accvgpr_mov_b32 a6, a84
	v_accvgpr_mov_b32 a7, a85
	v_accvgpr_mov_b32 a8, a86
	v_accvgpr_mov_b32 a9, a87
	v_accvgpr_mov_b32 a10, a88
	v_accvgpr_mov_b32 a11, a89
	v_accvgpr_mov_b32 a12, a90
	v_accvgpr_mov_b32 a13, a91
	v_accvgpr_mov_b32 a14, a92
	v_accvgpr_mov_b32 a15, a93
	v_and_b32_e32 v36, 0x3f80, v36
	v_and_b32_e32 v0, 0x3f80, v0
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[52:53], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u16_e32 v36, 0x2000, v36
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v36, v56, v36, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v36, 0, v36, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v36, v57, v36, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v36, v58, v36, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v36, v59, v36, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v36, v60, v36, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_accvgpr_mov_b32 a93, a15
	v_accvgpr_mov_b32 a92, a14
	v_accvgpr_mov_b32 a91, a13
	v_accvgpr_mov_b32 a90, a12
	v_accvgpr_mov_b32 a89, a11
	v_accvgpr_mov_b32 a88, a10
	v_accvgpr_mov_b32 a87, a9
	v_accvgpr_mov_b32 a86, a8
	v_accvgpr_mov_b32 a85, a7
	v_accvgpr_mov_b32 a84, a6
	v_accvgpr_mov_b32 a83, a5
	v_accvgpr_mov_b32 a82, a4
	v_accvgpr_mov_b32 a81, a3
	v_accvgpr_mov_b32 a80, a2
	v_accvgpr_mov_b32 a79, a1
	v_accvgpr_mov_b32 a78, a0
	v_cndmask_b32_e64 v36, v61, v36, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	v_accvgpr_write_b32 a65, v5
	v_accvgpr_write_b32 a64, v4
	scratch_load_dwordx4 v[2:5], off, off offset:256 ; 16-byte Folded Reload
	v_cndmask_b32_e64 v36, v62, v36, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	v_perm_b32 v0, v0, v36, s4
	v_lshlrev_b16_sdwa v36, v64, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v64, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_sdwa v38, v252, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_sdwa v38, v252, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_sdwa v38, v65, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v65, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v38, 0x3f80, v38
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v38, 0x2000, v38
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v40, v56, v40, s[48:49]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v40, 0, v40, s[46:47]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v40, v57, v40, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v40, v58, v40, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v40, v59, v40, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v40, v60, v40, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v40, v61, v40, s[36:37]
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v40, v62, v40, s[34:35]
	v_cndmask_b32_e64 v40, v63, v40, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(21)
	v_mfma_f32_32x32x8_f16 a[94:109], v[50:51], v[46:47], a[94:109]
	.loc	1 30 13                         ; spill.py:30:13
	v_perm_b32 v38, v40, v38, s4
	v_and_or_b32 v46, v34, s66, v0
	v_lshrrev_b32_e32 v0, 8, v250
	v_and_or_b32 v47, v36, s66, v38
	v_lshlrev_b16_e32 v34, 8, v250
	v_lshlrev_b16_e32 v36, 8, v0
	v_perm_b32 v34, v36, v34, s4
	v_and_b32_e32 v36, 0x7f, v250
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[52:53], 2, v36
	v_cmp_ne_u16_e64 s[54:55], 3, v36
	v_cmp_ne_u16_e64 s[56:57], 4, v36
	v_cmp_ne_u16_e64 s[58:59], 5, v36
	v_cmp_ne_u16_e64 s[50:51], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v36
	v_cmp_ne_u16_e64 s[46:47], 0, v36
	v_cmp_ne_u16_e64 s[44:45], 1, v36
	v_cmp_ne_u16_e64 s[42:43], 2, v36
	v_cmp_ne_u16_e64 s[40:41], 3, v36
	v_cmp_ne_u16_e64 s[38:39], 4, v36
	v_cmp_ne_u16_e64 s[36:37], 5, v36
	v_cmp_ne_u16_e64 s[34:35], 6, v36
	v_cmp_ne_u16_e64 s[30:31], 7, v36
	v_lshlrev_b16_e32 v36, 7, v250
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v36, 0x3f80, v36
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v36, 0x2000, v36
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v36, v56, v36, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v36, 0, v36, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v36, v57, v36, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v36, v58, v36, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v36, v59, v36, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v36, v60, v36, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v36, v61, v36, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cndmask_b32_e64 v36, v62, v36, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	v_perm_b32 v0, v0, v36, s4
	v_lshlrev_b16_sdwa v36, v64, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v64, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_sdwa v38, v250, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_sdwa v38, v250, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_sdwa v38, v65, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v65, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v38, 0x3f80, v38
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v38, 0x2000, v38
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v40, v56, v40, s[48:49]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v40, 0, v40, s[46:47]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v40, v57, v40, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v40, v58, v40, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v40, v59, v40, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v40, v60, v40, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v40, v61, v40, s[36:37]
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v40, v62, v40, s[34:35]
	v_cndmask_b32_e64 v40, v63, v40, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(17)
	v_mfma_f32_32x32x8_f16 a[110:125], v[44:45], v[46:47], a[110:125]
	.loc	1 30 13                         ; spill.py:30:13
	v_perm_b32 v38, v40, v38, s4
	scratch_store_dwordx4 off, v[66:69], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[70:73], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[74:77], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[66:69], off, off offset:1216 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[70:73], off, off offset:1232 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:1248 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:1264 ; 16-byte Folded Reload
	v_lshlrev_b16_sdwa v40, v65, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	v_accvgpr_read_b32 v9, a74              ;  Reload Reuse
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(21)
	v_mfma_f32_32x32x8_f16 a[48:63], v[48:49], v[46:47], a[48:63]
	v_accvgpr_read_b32 v8, a75              ;  Reload Reuse
	v_accvgpr_read_b32 v7, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v6, a77              ;  Reload Reuse
	v_accvgpr_read_b32 v13, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a73             ;  Reload Reuse
	s_waitcnt vmcnt(17)
	v_mfma_f32_32x32x8_f16 a[32:47], v[50:51], v[46:47], a[32:47]
	s_waitcnt vmcnt(8)
	v_accvgpr_read_b32 v17, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a69             ;  Reload Reuse
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v42, v64, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s33, s33, 1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[16:31], v[52:53], v[46:47], a[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v46, v34, s66, v0
	v_lshrrev_b32_e32 v0, 8, v248
	v_and_or_b32 v47, v36, s66, v38
	v_lshlrev_b16_e32 v34, 8, v248
	v_lshlrev_b16_e32 v36, 8, v0
	v_perm_b32 v34, v36, v34, s4
	v_and_b32_e32 v36, 0x7f, v248
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[52:53], 2, v36
	v_cmp_ne_u16_e64 s[54:55], 3, v36
	v_cmp_ne_u16_e64 s[56:57], 4, v36
	v_cmp_ne_u16_e64 s[58:59], 5, v36
	v_cmp_ne_u16_e64 s[50:51], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v36
	v_cmp_ne_u16_e64 s[46:47], 0, v36
	v_cmp_ne_u16_e64 s[44:45], 1, v36
	v_cmp_ne_u16_e64 s[42:43], 2, v36
	v_cmp_ne_u16_e64 s[40:41], 3, v36
	v_cmp_ne_u16_e64 s[38:39], 4, v36
	v_cmp_ne_u16_e64 s[36:37], 5, v36
	v_cmp_ne_u16_e64 s[34:35], 6, v36
	v_cmp_ne_u16_e64 s[30:31], 7, v36
	v_lshlrev_b16_e32 v36, 7, v248
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v36, 0x3f80, v36
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v36, 0x2000, v36
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v36, v56, v36, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v36, 0, v36, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v36, v57, v36, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v36, v58, v36, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v36, v59, v36, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v36, v60, v36, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v36, v61, v36, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cndmask_b32_e64 v36, v62, v36, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	v_perm_b32 v0, v0, v36, s4
	v_lshlrev_b16_sdwa v36, v64, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v64, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_sdwa v38, v248, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_sdwa v38, v248, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_sdwa v38, v65, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v40, v56, v40, s[48:49]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v40, 0, v40, s[46:47]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v40, v57, v40, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v40, v58, v40, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v40, v59, v40, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v40, v60, v40, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v40, v61, v40, s[36:37]
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v40, v62, v40, s[34:35]
	v_cndmask_b32_e64 v40, v63, v40, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[44:45], v[46:47], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_perm_b32 v38, v40, v38, s4
	v_lshlrev_b16_sdwa v40, v65, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[2:17], v[48:49], v[46:47], v[2:17]
	v_mfma_f32_32x32x8_f16 v[226:241], v[50:51], v[46:47], v[226:241]
	v_mfma_f32_32x32x8_f16 v[210:225], v[52:53], v[46:47], v[210:225]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v46, v34, s66, v0
	v_lshrrev_b32_e32 v0, 8, v246
	v_and_or_b32 v47, v36, s66, v38
	v_lshlrev_b16_e32 v34, 8, v246
	v_lshlrev_b16_e32 v36, 8, v0
	v_perm_b32 v34, v36, v34, s4
	v_and_b32_e32 v36, 0x7f, v246
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[52:53], 2, v36
	v_cmp_ne_u16_e64 s[54:55], 3, v36
	v_cmp_ne_u16_e64 s[56:57], 4, v36
	v_cmp_ne_u16_e64 s[58:59], 5, v36
	v_cmp_ne_u16_e64 s[50:51], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v36
	v_cmp_ne_u16_e64 s[46:47], 0, v36
	v_cmp_ne_u16_e64 s[44:45], 1, v36
	v_cmp_ne_u16_e64 s[42:43], 2, v36
	v_cmp_ne_u16_e64 s[40:41], 3, v36
	v_cmp_ne_u16_e64 s[38:39], 4, v36
	v_cmp_ne_u16_e64 s[36:37], 5, v36
	v_cmp_ne_u16_e64 s[34:35], 6, v36
	v_cmp_ne_u16_e64 s[30:31], 7, v36
	v_lshlrev_b16_e32 v36, 7, v246
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v36, 0x3f80, v36
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v36, 0x2000, v36
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v36, v56, v36, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v36, 0, v36, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v36, v57, v36, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v36, v58, v36, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v36, v59, v36, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v36, v60, v36, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v36, v61, v36, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cndmask_b32_e64 v36, v62, v36, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	v_perm_b32 v0, v0, v36, s4
	v_lshlrev_b16_sdwa v36, v64, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v64, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_perm_b32 v36, v38, v36, s4
	v_and_b32_sdwa v38, v246, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v38
	v_cmp_ne_u16_e64 s[6:7], 1, v38
	v_cmp_ne_u16_e64 s[52:53], 2, v38
	v_cmp_ne_u16_e64 s[54:55], 3, v38
	v_cmp_ne_u16_e64 s[56:57], 4, v38
	v_cmp_ne_u16_e64 s[58:59], 5, v38
	v_cmp_ne_u16_e64 s[50:51], 6, v38
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_sdwa v38, v246, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[48:49], s5, v38
	v_cmp_ne_u16_e64 s[46:47], 0, v38
	v_cmp_ne_u16_e64 s[44:45], 1, v38
	v_cmp_ne_u16_e64 s[42:43], 2, v38
	v_cmp_ne_u16_e64 s[40:41], 3, v38
	v_cmp_ne_u16_e64 s[38:39], 4, v38
	v_cmp_ne_u16_e64 s[36:37], 5, v38
	v_cmp_ne_u16_e64 s[34:35], 6, v38
	v_cmp_ne_u16_e64 s[30:31], 7, v38
	v_lshlrev_b16_sdwa v38, v65, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e64 v38, v56, v38, s[0:1]
	v_cndmask_b32_e64 v40, v56, v40, s[48:49]
	v_cndmask_b32_e64 v38, 0, v38, s[2:3]
	v_cndmask_b32_e64 v40, 0, v40, s[46:47]
	v_cndmask_b32_e64 v38, v57, v38, s[6:7]
	v_cndmask_b32_e64 v40, v57, v40, s[44:45]
	v_cndmask_b32_e64 v38, v58, v38, s[52:53]
	v_cndmask_b32_e64 v40, v58, v40, s[42:43]
	v_cndmask_b32_e64 v38, v59, v38, s[54:55]
	v_cndmask_b32_e64 v40, v59, v40, s[40:41]
	v_cndmask_b32_e64 v38, v60, v38, s[56:57]
	v_cndmask_b32_e64 v40, v60, v40, s[38:39]
	v_cndmask_b32_e64 v38, v61, v38, s[58:59]
	v_cndmask_b32_e64 v40, v61, v40, s[36:37]
	v_cndmask_b32_e64 v38, v62, v38, s[50:51]
	v_cndmask_b32_e64 v40, v62, v40, s[34:35]
	v_cndmask_b32_e64 v40, v63, v40, s[30:31]
	v_cndmask_b32_e32 v38, v63, v38, vcc
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[194:209], v[44:45], v[46:47], v[194:209]
	.loc	1 30 13                         ; spill.py:30:13
	v_perm_b32 v38, v40, v38, s4
	v_and_b32_sdwa v40, v35, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[178:193], v[48:49], v[46:47], v[178:193]
	v_mfma_f32_32x32x8_f16 v[162:177], v[50:51], v[46:47], v[162:177]
	v_mfma_f32_32x32x8_f16 v[146:161], v[52:53], v[46:47], v[146:161]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v46, v34, s66, v0
	v_lshrrev_b32_e32 v0, 8, v35
	v_and_or_b32 v47, v36, s66, v38
	v_lshlrev_b16_e32 v34, 8, v35
	v_lshlrev_b16_e32 v36, 8, v0
	v_perm_b32 v34, v36, v34, s4
	v_and_b32_e32 v36, 0x7f, v35
	v_cmp_ne_u16_e64 s[0:1], s5, v36
	v_cmp_ne_u16_e64 s[2:3], 0, v36
	v_cmp_ne_u16_e64 s[6:7], 1, v36
	v_cmp_ne_u16_e64 s[52:53], 2, v36
	v_cmp_ne_u16_e64 s[54:55], 3, v36
	v_cmp_ne_u16_e64 s[56:57], 4, v36
	v_cmp_ne_u16_e64 s[58:59], 5, v36
	v_cmp_ne_u16_e64 s[50:51], 6, v36
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v36
	v_cmp_ne_u16_e64 s[46:47], 0, v36
	v_cmp_ne_u16_e64 s[44:45], 1, v36
	v_cmp_ne_u16_e64 s[42:43], 2, v36
	v_cmp_ne_u16_e64 s[40:41], 3, v36
	v_cmp_ne_u16_e64 s[38:39], 4, v36
	v_cmp_ne_u16_e64 s[36:37], 5, v36
	v_cmp_ne_u16_e64 s[34:35], 6, v36
	v_cmp_ne_u16_e64 s[30:31], 7, v36
	v_lshlrev_b16_e32 v36, 7, v35
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v36, 0x3f80, v36
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v36, 0x2000, v36
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v36, v56, v36, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v36, 0, v36, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v36, v57, v36, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v36, v58, v36, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v36, v59, v36, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v36, v60, v36, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v36, v61, v36, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cndmask_b32_e64 v36, v62, v36, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[130:145], v[44:45], v[46:47], v[130:145]
	.loc	1 30 13                         ; spill.py:30:13
	v_perm_b32 v0, v0, v36, s4
	v_lshlrev_b16_sdwa v36, v64, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v65, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v44, v65, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v35, v35, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[56:57], s5, v35
	v_cmp_ne_u16_e64 s[58:59], 0, v35
	v_cmp_ne_u16_e64 s[44:45], 1, v35
	v_cmp_ne_u16_e64 s[42:43], 2, v35
	v_cmp_ne_u16_e64 s[40:41], 3, v35
	v_cmp_ne_u16_e64 s[38:39], 4, v35
	v_cmp_ne_u16_e64 s[36:37], 5, v35
	v_cmp_ne_u16_e64 s[34:35], 6, v35
	v_cmp_ne_u16_e64 s[30:31], 7, v35
	v_and_b32_e32 v35, 0x3f80, v38
	v_and_b32_e32 v38, 0x3f80, v44
	v_cmp_ne_u16_e64 s[0:1], s5, v40
	v_add_u16_e32 v35, 0x2000, v35
	v_add_u16_e32 v38, 0x2000, v38
	v_cmp_ne_u16_e64 s[2:3], 0, v40
	v_cndmask_b32_e64 v35, v56, v35, s[0:1]
	v_cndmask_b32_e64 v38, v56, v38, s[56:57]
	v_cmp_ne_u16_e64 s[6:7], 1, v40
	v_cndmask_b32_e64 v35, 0, v35, s[2:3]
	v_cndmask_b32_e64 v38, 0, v38, s[58:59]
	v_cmp_ne_u16_e64 s[46:47], 2, v40
	v_cndmask_b32_e64 v35, v57, v35, s[6:7]
	v_cndmask_b32_e64 v38, v57, v38, s[44:45]
	v_cmp_ne_u16_e64 s[48:49], 3, v40
	v_cndmask_b32_e64 v35, v58, v35, s[46:47]
	v_cndmask_b32_e64 v38, v58, v38, s[42:43]
	v_cmp_ne_u16_e64 s[50:51], 4, v40
	v_cndmask_b32_e64 v35, v59, v35, s[48:49]
	v_cndmask_b32_e64 v38, v59, v38, s[40:41]
	v_cmp_ne_u16_e64 s[52:53], 5, v40
	v_cndmask_b32_e64 v35, v60, v35, s[50:51]
	v_cndmask_b32_e64 v38, v60, v38, s[38:39]
	v_cmp_ne_u16_e64 s[54:55], 6, v40
	v_cndmask_b32_e64 v35, v61, v35, s[52:53]
	v_cndmask_b32_e64 v38, v61, v38, s[36:37]
	v_cmp_ne_u16_e32 vcc, 7, v40
	v_cndmask_b32_e64 v35, v62, v35, s[54:55]
	v_cndmask_b32_e64 v38, v62, v38, s[34:35]
	v_cndmask_b32_e64 v38, v63, v38, s[30:31]
	v_cndmask_b32_e32 v35, v63, v35, vcc
	v_perm_b32 v36, v42, v36, s4
	v_perm_b32 v35, v38, v35, s4
	v_and_or_b32 v45, v36, s66, v35
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_e32 v35, 7, v37
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[114:129], v[48:49], v[46:47], v[114:129]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v44, v34, s66, v0
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v0, 8, v37
	v_lshlrev_b16_e32 v34, 8, v37
	v_lshlrev_b16_sdwa v36, v64, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v38, v65, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v64, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v42, v65, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[98:113], v[50:51], v[46:47], v[98:113]
	.loc	1 31 13                         ; spill.py:31:13
	v_and_b32_e32 v35, 0x3f80, v35
	v_add_u16_e32 v35, 0x2000, v35
	v_and_b32_e32 v34, 0xffff8000, v34
	v_and_b32_e32 v36, 0xffff8000, v36
	v_and_b32_sdwa v48, v39, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v49, v41, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v50, v43, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[66:81], v[52:53], v[46:47], v[66:81]
	.loc	1 31 13                         ; spill.py:31:13
	v_and_b32_sdwa v46, v37, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v47, v37, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v37, 0x7f, v37
	v_cmp_ne_u16_e64 s[82:83], s5, v37
	v_cmp_ne_u16_e64 s[84:85], 0, v37
	v_cmp_ne_u16_e64 s[86:87], 1, v37
	v_cndmask_b32_e64 v35, v56, v35, s[82:83]
	v_cndmask_b32_e64 v35, 0, v35, s[84:85]
	v_cmp_ne_u16_e64 s[88:89], 2, v37
	v_cndmask_b32_e64 v35, v57, v35, s[86:87]
	v_cmp_ne_u16_e64 s[90:91], 3, v37
	v_cndmask_b32_e64 v35, v58, v35, s[88:89]
	v_cmp_ne_u16_e64 s[92:93], 4, v37
	v_cndmask_b32_e64 v35, v59, v35, s[90:91]
	v_cmp_ne_u16_e64 s[94:95], 5, v37
	v_cndmask_b32_e64 v35, v60, v35, s[92:93]
	v_cmp_ne_u16_e64 s[96:97], 6, v37
	v_cndmask_b32_e64 v35, v61, v35, s[94:95]
	v_cmp_ne_u16_e64 s[98:99], 7, v37
	v_cndmask_b32_e64 v35, v62, v35, s[96:97]
	v_cmp_ne_u16_e64 s[46:47], s5, v46
	v_cndmask_b32_e64 v35, v63, v35, s[98:99]
	v_or_b32_e32 v34, v35, v34
	v_lshlrev_b16_e32 v35, 7, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v46
	v_cmp_ne_u16_e64 s[42:43], 1, v46
	v_cmp_ne_u16_e64 s[40:41], 2, v46
	v_cmp_ne_u16_e64 s[38:39], 3, v46
	v_cmp_ne_u16_e64 s[36:37], 4, v46
	v_cmp_ne_u16_e64 s[34:35], 5, v46
	v_cmp_ne_u16_e64 s[30:31], 6, v46
	v_cmp_ne_u16_e32 vcc, 7, v46
	v_and_b32_e32 v46, 0x7f, v0
	v_and_b32_e32 v35, 0x3f80, v35
	v_cmp_ne_u16_e64 s[60:61], s5, v46
	v_add_u16_e32 v35, 0x2000, v35
	v_cmp_ne_u16_e64 s[62:63], 0, v46
	v_cndmask_b32_e64 v35, v56, v35, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 1, v46
	v_cndmask_b32_e64 v35, 0, v35, s[62:63]
	v_cmp_ne_u16_e64 s[70:71], 2, v46
	v_cndmask_b32_e64 v35, v57, v35, s[64:65]
	v_cmp_ne_u16_e64 s[72:73], 3, v46
	v_cndmask_b32_e64 v35, v58, v35, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 4, v46
	v_cndmask_b32_e64 v35, v59, v35, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 5, v46
	v_cndmask_b32_e64 v35, v60, v35, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 6, v46
	v_cndmask_b32_e64 v35, v61, v35, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 7, v46
	v_cndmask_b32_e64 v35, v62, v35, s[78:79]
	v_lshlrev_b16_e32 v0, 8, v0
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v35, v63, v35, s[80:81]
	v_or_b32_e32 v0, v35, v0
	v_and_b32_e32 v35, 0x3f80, v38
	v_cmp_ne_u16_e64 s[0:1], s5, v47
	v_add_u16_e32 v35, 0x2000, v35
	v_cmp_ne_u16_e64 s[2:3], 0, v47
	v_cndmask_b32_e64 v35, v56, v35, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 1, v47
	v_cndmask_b32_e64 v35, 0, v35, s[2:3]
	v_cmp_ne_u16_e64 s[48:49], 2, v47
	v_cndmask_b32_e64 v35, v57, v35, s[6:7]
	v_cmp_ne_u16_e64 s[50:51], 3, v47
	v_cndmask_b32_e64 v35, v58, v35, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 4, v47
	v_cndmask_b32_e64 v35, v59, v35, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 5, v47
	v_cndmask_b32_e64 v35, v60, v35, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 6, v47
	v_cndmask_b32_e64 v35, v61, v35, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 7, v47
	v_cndmask_b32_e64 v35, v62, v35, s[56:57]
	v_and_b32_e32 v37, 0xffff8000, v40
	v_cndmask_b32_e64 v35, v63, v35, s[58:59]
	v_or_b32_e32 v35, v35, v36
	v_and_b32_e32 v36, 0x3f80, v42
	v_add_u16_e32 v36, 0x2000, v36
	v_cndmask_b32_e64 v36, v56, v36, s[46:47]
	v_cndmask_b32_e64 v36, 0, v36, s[44:45]
	v_cndmask_b32_e64 v36, v57, v36, s[42:43]
	v_cndmask_b32_e64 v36, v58, v36, s[40:41]
	v_cndmask_b32_e64 v36, v59, v36, s[38:39]
	v_cndmask_b32_e64 v36, v60, v36, s[36:37]
	v_cndmask_b32_e64 v36, v61, v36, s[34:35]
	v_cndmask_b32_e64 v36, v62, v36, s[30:31]
	v_cndmask_b32_e32 v36, v63, v36, vcc
	v_or_b32_e32 v36, v36, v37
	v_lshlrev_b16_e32 v37, 7, v39
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v35, v36, v35, s4
	v_perm_b32 v34, v0, v34, s4
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v0, 8, v39
	v_lshlrev_b16_e32 v36, 8, v39
	v_lshlrev_b16_sdwa v38, v64, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v40, v65, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v42, v64, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v46, v65, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v47, v39, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v39, 0x7f, v39
	v_and_b32_e32 v37, 0x3f80, v37
	v_cmp_ne_u16_e64 s[82:83], s5, v39
	v_add_u16_e32 v37, 0x2000, v37
	v_cmp_ne_u16_e64 s[84:85], 0, v39
	v_cndmask_b32_e64 v37, v56, v37, s[82:83]
	v_cmp_ne_u16_e64 s[86:87], 1, v39
	v_cndmask_b32_e64 v37, 0, v37, s[84:85]
	v_cmp_ne_u16_e64 s[88:89], 2, v39
	v_cndmask_b32_e64 v37, v57, v37, s[86:87]
	v_cmp_ne_u16_e64 s[90:91], 3, v39
	v_cndmask_b32_e64 v37, v58, v37, s[88:89]
	v_cmp_ne_u16_e64 s[92:93], 4, v39
	v_cndmask_b32_e64 v37, v59, v37, s[90:91]
	v_cmp_ne_u16_e64 s[94:95], 5, v39
	v_cndmask_b32_e64 v37, v60, v37, s[92:93]
	v_cmp_ne_u16_e64 s[96:97], 6, v39
	v_cndmask_b32_e64 v37, v61, v37, s[94:95]
	v_cmp_ne_u16_e64 s[98:99], 7, v39
	v_cndmask_b32_e64 v37, v62, v37, s[96:97]
	v_and_b32_e32 v36, 0xffff8000, v36
	v_cndmask_b32_e64 v37, v63, v37, s[98:99]
	v_or_b32_e32 v36, v37, v36
	v_lshlrev_b16_e32 v37, 7, v0
	v_cmp_ne_u16_e64 s[46:47], s5, v47
	v_cmp_ne_u16_e64 s[44:45], 0, v47
	v_cmp_ne_u16_e64 s[42:43], 1, v47
	v_cmp_ne_u16_e64 s[40:41], 2, v47
	v_cmp_ne_u16_e64 s[38:39], 3, v47
	v_cmp_ne_u16_e64 s[36:37], 4, v47
	v_cmp_ne_u16_e64 s[34:35], 5, v47
	v_cmp_ne_u16_e64 s[30:31], 6, v47
	v_cmp_ne_u16_e32 vcc, 7, v47
	v_and_b32_e32 v47, 0x7f, v0
	v_and_b32_e32 v37, 0x3f80, v37
	v_cmp_ne_u16_e64 s[60:61], s5, v47
	v_add_u16_e32 v37, 0x2000, v37
	v_cmp_ne_u16_e64 s[62:63], 0, v47
	v_cndmask_b32_e64 v37, v56, v37, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 1, v47
	v_cndmask_b32_e64 v37, 0, v37, s[62:63]
	v_cmp_ne_u16_e64 s[70:71], 2, v47
	v_cndmask_b32_e64 v37, v57, v37, s[64:65]
	v_cmp_ne_u16_e64 s[72:73], 3, v47
	v_cndmask_b32_e64 v37, v58, v37, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 4, v47
	v_cndmask_b32_e64 v37, v59, v37, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 5, v47
	v_cndmask_b32_e64 v37, v60, v37, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 6, v47
	v_cndmask_b32_e64 v37, v61, v37, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 7, v47
	v_cndmask_b32_e64 v37, v62, v37, s[78:79]
	v_lshlrev_b16_e32 v0, 8, v0
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v37, v63, v37, s[80:81]
	v_or_b32_e32 v0, v37, v0
	v_and_b32_e32 v37, 0x3f80, v40
	v_cmp_ne_u16_e64 s[0:1], s5, v48
	v_add_u16_e32 v37, 0x2000, v37
	v_cmp_ne_u16_e64 s[2:3], 0, v48
	v_cndmask_b32_e64 v37, v56, v37, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 1, v48
	v_cndmask_b32_e64 v37, 0, v37, s[2:3]
	v_cmp_ne_u16_e64 s[48:49], 2, v48
	v_cndmask_b32_e64 v37, v57, v37, s[6:7]
	v_cmp_ne_u16_e64 s[50:51], 3, v48
	v_cndmask_b32_e64 v37, v58, v37, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 4, v48
	v_cndmask_b32_e64 v37, v59, v37, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 5, v48
	v_cndmask_b32_e64 v37, v60, v37, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 6, v48
	v_cndmask_b32_e64 v37, v61, v37, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 7, v48
	v_cndmask_b32_e64 v37, v62, v37, s[56:57]
	v_and_b32_e32 v38, 0xffff8000, v38
	v_cndmask_b32_e64 v37, v63, v37, s[58:59]
	v_or_b32_e32 v37, v37, v38
	v_and_b32_e32 v38, 0x3f80, v46
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e64 v38, v56, v38, s[46:47]
	v_cndmask_b32_e64 v38, 0, v38, s[44:45]
	v_cndmask_b32_e64 v38, v57, v38, s[42:43]
	v_cndmask_b32_e64 v38, v58, v38, s[40:41]
	v_cndmask_b32_e64 v38, v59, v38, s[38:39]
	v_cndmask_b32_e64 v38, v60, v38, s[36:37]
	v_cndmask_b32_e64 v38, v61, v38, s[34:35]
	v_cndmask_b32_e64 v38, v62, v38, s[30:31]
	v_and_b32_e32 v39, 0xffff8000, v42
	v_cndmask_b32_e32 v38, v63, v38, vcc
	v_or_b32_e32 v38, v38, v39
	v_lshlrev_b16_e32 v39, 7, v41
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v37, v38, v37, s4
	v_perm_b32 v36, v0, v36, s4
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v0, 8, v41
	v_lshlrev_b16_e32 v38, 8, v41
	v_lshlrev_b16_sdwa v40, v64, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v42, v65, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v46, v64, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v47, v65, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v48, v41, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v41, 0x7f, v41
	v_and_b32_e32 v39, 0x3f80, v39
	v_cmp_ne_u16_e64 s[82:83], s5, v41
	v_add_u16_e32 v39, 0x2000, v39
	v_cmp_ne_u16_e64 s[84:85], 0, v41
	v_cndmask_b32_e64 v39, v56, v39, s[82:83]
	v_cmp_ne_u16_e64 s[86:87], 1, v41
	v_cndmask_b32_e64 v39, 0, v39, s[84:85]
	v_cmp_ne_u16_e64 s[88:89], 2, v41
	v_cndmask_b32_e64 v39, v57, v39, s[86:87]
	v_cmp_ne_u16_e64 s[90:91], 3, v41
	v_cndmask_b32_e64 v39, v58, v39, s[88:89]
	v_cmp_ne_u16_e64 s[92:93], 4, v41
	v_cndmask_b32_e64 v39, v59, v39, s[90:91]
	v_cmp_ne_u16_e64 s[94:95], 5, v41
	v_cndmask_b32_e64 v39, v60, v39, s[92:93]
	v_cmp_ne_u16_e64 s[96:97], 6, v41
	v_cndmask_b32_e64 v39, v61, v39, s[94:95]
	v_cmp_ne_u16_e64 s[98:99], 7, v41
	v_cndmask_b32_e64 v39, v62, v39, s[96:97]
	v_and_b32_e32 v38, 0xffff8000, v38
	v_cndmask_b32_e64 v39, v63, v39, s[98:99]
	v_or_b32_e32 v38, v39, v38
	v_lshlrev_b16_e32 v39, 7, v0
	v_cmp_ne_u16_e64 s[46:47], s5, v48
	v_cmp_ne_u16_e64 s[44:45], 0, v48
	v_cmp_ne_u16_e64 s[42:43], 1, v48
	v_cmp_ne_u16_e64 s[40:41], 2, v48
	v_cmp_ne_u16_e64 s[38:39], 3, v48
	v_cmp_ne_u16_e64 s[36:37], 4, v48
	v_cmp_ne_u16_e64 s[34:35], 5, v48
	v_cmp_ne_u16_e64 s[30:31], 6, v48
	v_cmp_ne_u16_e32 vcc, 7, v48
	v_and_b32_e32 v48, 0x7f, v0
	v_and_b32_e32 v39, 0x3f80, v39
	v_cmp_ne_u16_e64 s[60:61], s5, v48
	v_add_u16_e32 v39, 0x2000, v39
	v_cmp_ne_u16_e64 s[62:63], 0, v48
	v_cndmask_b32_e64 v39, v56, v39, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 1, v48
	v_cndmask_b32_e64 v39, 0, v39, s[62:63]
	v_cmp_ne_u16_e64 s[70:71], 2, v48
	v_cndmask_b32_e64 v39, v57, v39, s[64:65]
	v_cmp_ne_u16_e64 s[72:73], 3, v48
	v_cndmask_b32_e64 v39, v58, v39, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 4, v48
	v_cndmask_b32_e64 v39, v59, v39, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 5, v48
	v_cndmask_b32_e64 v39, v60, v39, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 6, v48
	v_cndmask_b32_e64 v39, v61, v39, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 7, v48
	v_cndmask_b32_e64 v39, v62, v39, s[78:79]
	v_lshlrev_b16_e32 v0, 8, v0
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v39, v63, v39, s[80:81]
	v_or_b32_e32 v0, v39, v0
	v_and_b32_e32 v39, 0x3f80, v42
	v_cmp_ne_u16_e64 s[0:1], s5, v49
	v_add_u16_e32 v39, 0x2000, v39
	v_cmp_ne_u16_e64 s[2:3], 0, v49
	v_cndmask_b32_e64 v39, v56, v39, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 1, v49
	v_cndmask_b32_e64 v39, 0, v39, s[2:3]
	v_cmp_ne_u16_e64 s[48:49], 2, v49
	v_cndmask_b32_e64 v39, v57, v39, s[6:7]
	v_cmp_ne_u16_e64 s[50:51], 3, v49
	v_cndmask_b32_e64 v39, v58, v39, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 4, v49
	v_cndmask_b32_e64 v39, v59, v39, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 5, v49
	v_cndmask_b32_e64 v39, v60, v39, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 6, v49
	v_cndmask_b32_e64 v39, v61, v39, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 7, v49
	v_cndmask_b32_e64 v39, v62, v39, s[56:57]
	v_and_b32_e32 v40, 0xffff8000, v40
	v_cndmask_b32_e64 v39, v63, v39, s[58:59]
	v_or_b32_e32 v39, v39, v40
	v_and_b32_e32 v40, 0x3f80, v47
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e64 v40, v56, v40, s[46:47]
	v_cndmask_b32_e64 v40, 0, v40, s[44:45]
	v_cndmask_b32_e64 v40, v57, v40, s[42:43]
	v_cndmask_b32_e64 v40, v58, v40, s[40:41]
	v_cndmask_b32_e64 v40, v59, v40, s[38:39]
	v_cndmask_b32_e64 v40, v60, v40, s[36:37]
	v_cndmask_b32_e64 v40, v61, v40, s[34:35]
	v_cndmask_b32_e64 v40, v62, v40, s[30:31]
	v_and_b32_e32 v41, 0xffff8000, v46
	v_cndmask_b32_e32 v40, v63, v40, vcc
	v_or_b32_e32 v40, v40, v41
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v39, v40, v39, s4
	v_perm_b32 v38, v0, v38, s4
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_e32 v41, 7, v43
	v_lshrrev_b32_e32 v0, 8, v43
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[18:33], v[38:39], v[44:45], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:752 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[36:37], v[44:45], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_e32 v40, 8, v43
	v_lshlrev_b16_sdwa v42, v64, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v46, v65, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v47, v64, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v48, v65, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v49, v43, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x7f, v43
	v_and_b32_e32 v41, 0x3f80, v41
	v_cmp_ne_u16_e64 s[82:83], s5, v43
	v_add_u16_e32 v41, 0x2000, v41
	v_cmp_ne_u16_e64 s[84:85], 0, v43
	v_cndmask_b32_e64 v41, v56, v41, s[82:83]
	v_cmp_ne_u16_e64 s[86:87], 1, v43
	v_cndmask_b32_e64 v41, 0, v41, s[84:85]
	v_cmp_ne_u16_e64 s[88:89], 2, v43
	v_cndmask_b32_e64 v41, v57, v41, s[86:87]
	v_cmp_ne_u16_e64 s[90:91], 3, v43
	v_cndmask_b32_e64 v41, v58, v41, s[88:89]
	v_cmp_ne_u16_e64 s[92:93], 4, v43
	v_cndmask_b32_e64 v41, v59, v41, s[90:91]
	v_cmp_ne_u16_e64 s[94:95], 5, v43
	v_cndmask_b32_e64 v41, v60, v41, s[92:93]
	v_cmp_ne_u16_e64 s[96:97], 6, v43
	v_cndmask_b32_e64 v41, v61, v41, s[94:95]
	v_cmp_ne_u16_e64 s[98:99], 7, v43
	v_cndmask_b32_e64 v41, v62, v41, s[96:97]
	v_and_b32_e32 v40, 0xffff8000, v40
	v_cndmask_b32_e64 v41, v63, v41, s[98:99]
	v_or_b32_e32 v40, v41, v40
	v_lshlrev_b16_e32 v41, 7, v0
	v_cmp_ne_u16_e64 s[46:47], s5, v49
	v_cmp_ne_u16_e64 s[44:45], 0, v49
	v_cmp_ne_u16_e64 s[42:43], 1, v49
	v_cmp_ne_u16_e64 s[40:41], 2, v49
	v_cmp_ne_u16_e64 s[38:39], 3, v49
	v_cmp_ne_u16_e64 s[36:37], 4, v49
	v_cmp_ne_u16_e64 s[34:35], 5, v49
	v_cmp_ne_u16_e64 s[30:31], 6, v49
	v_cmp_ne_u16_e32 vcc, 7, v49
	v_and_b32_e32 v49, 0x7f, v0
	v_and_b32_e32 v41, 0x3f80, v41
	v_cmp_ne_u16_e64 s[60:61], s5, v49
	v_add_u16_e32 v41, 0x2000, v41
	v_cmp_ne_u16_e64 s[62:63], 0, v49
	v_cndmask_b32_e64 v41, v56, v41, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 1, v49
	v_cndmask_b32_e64 v41, 0, v41, s[62:63]
	v_cmp_ne_u16_e64 s[70:71], 2, v49
	v_cndmask_b32_e64 v41, v57, v41, s[64:65]
	v_cmp_ne_u16_e64 s[72:73], 3, v49
	v_cndmask_b32_e64 v41, v58, v41, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 4, v49
	v_cndmask_b32_e64 v41, v59, v41, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 5, v49
	v_cndmask_b32_e64 v41, v60, v41, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 6, v49
	v_cndmask_b32_e64 v41, v61, v41, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 7, v49
	v_cndmask_b32_e64 v41, v62, v41, s[78:79]
	v_lshlrev_b16_e32 v0, 8, v0
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v41, v63, v41, s[80:81]
	v_or_b32_e32 v0, v41, v0
	v_and_b32_e32 v41, 0x3f80, v46
	v_cmp_ne_u16_e64 s[0:1], s5, v50
	v_add_u16_e32 v41, 0x2000, v41
	v_cmp_ne_u16_e64 s[2:3], 0, v50
	v_cndmask_b32_e64 v41, v56, v41, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 1, v50
	v_cndmask_b32_e64 v41, 0, v41, s[2:3]
	v_cmp_ne_u16_e64 s[48:49], 2, v50
	v_cndmask_b32_e64 v41, v57, v41, s[6:7]
	v_cmp_ne_u16_e64 s[50:51], 3, v50
	v_cndmask_b32_e64 v41, v58, v41, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 4, v50
	v_cndmask_b32_e64 v41, v59, v41, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 5, v50
	v_cndmask_b32_e64 v41, v60, v41, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 6, v50
	v_cndmask_b32_e64 v41, v61, v41, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 7, v50
	v_cndmask_b32_e64 v41, v62, v41, s[56:57]
	v_and_b32_e32 v42, 0xffff8000, v42
	v_cndmask_b32_e64 v41, v63, v41, s[58:59]
	v_or_b32_e32 v41, v41, v42
	v_and_b32_e32 v42, 0x3f80, v48
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[46:47]
	v_cndmask_b32_e64 v42, 0, v42, s[44:45]
	v_cndmask_b32_e64 v42, v57, v42, s[42:43]
	v_cndmask_b32_e64 v42, v58, v42, s[40:41]
	v_cndmask_b32_e64 v42, v59, v42, s[38:39]
	v_cndmask_b32_e64 v42, v60, v42, s[36:37]
	v_cndmask_b32_e64 v42, v61, v42, s[34:35]
	v_cndmask_b32_e64 v42, v62, v42, s[30:31]
	v_and_b32_e32 v43, 0xffff8000, v47
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_or_b32_e32 v42, v42, v43
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v41, v42, v41, s4
	v_perm_b32 v40, v0, v40, s4
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v245
	v_lshlrev_b16_e32 v42, 8, v245
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[40:41], v[44:45], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v43, 8, v0
	v_perm_b32 v42, v43, v42, s4
	v_and_b32_e32 v43, 0x7f, v245
	v_cmp_ne_u16_e64 s[0:1], s5, v43
	v_cmp_ne_u16_e64 s[2:3], 0, v43
	v_cmp_ne_u16_e64 s[6:7], 1, v43
	v_cmp_ne_u16_e64 s[52:53], 2, v43
	v_cmp_ne_u16_e64 s[54:55], 3, v43
	v_cmp_ne_u16_e64 s[56:57], 4, v43
	v_cmp_ne_u16_e64 s[58:59], 5, v43
	v_cmp_ne_u16_e64 s[50:51], 6, v43
	v_cmp_ne_u16_e32 vcc, 7, v43
	v_and_b32_e32 v43, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v43
	v_cmp_ne_u16_e64 s[46:47], 0, v43
	v_cmp_ne_u16_e64 s[44:45], 1, v43
	v_cmp_ne_u16_e64 s[42:43], 2, v43
	v_cmp_ne_u16_e64 s[40:41], 3, v43
	v_cmp_ne_u16_e64 s[38:39], 4, v43
	v_cmp_ne_u16_e64 s[36:37], 5, v43
	v_cmp_ne_u16_e64 s[34:35], 6, v43
	v_cmp_ne_u16_e64 s[30:31], 7, v43
	v_lshlrev_b16_e32 v43, 7, v245
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v43, v58, v43, s[52:53]
	v_cndmask_b32_e64 v43, v59, v43, s[54:55]
	v_lshlrev_b16_e32 v0, 7, v0
	v_cndmask_b32_e64 v43, v60, v43, s[56:57]
	v_and_b32_e32 v0, 0x3f80, v0
	v_cndmask_b32_e64 v43, v61, v43, s[58:59]
	v_add_u16_e32 v0, 0x2000, v0
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[82:97], v[34:35], v[44:45], v[82:97]
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v43, v62, v43, s[50:51]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_lshlrev_b16_sdwa v44, v65, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v45, v245, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v47, v65, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_and_b32_sdwa v48, v245, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[0:1], s5, v45
	v_cmp_ne_u16_e64 s[2:3], 0, v45
	v_cmp_ne_u16_e64 s[6:7], 1, v45
	v_cmp_ne_u16_e64 s[46:47], 2, v45
	v_cmp_ne_u16_e64 s[48:49], 3, v45
	v_cmp_ne_u16_e64 s[50:51], 4, v45
	v_cmp_ne_u16_e64 s[52:53], 5, v45
	v_cmp_ne_u16_e64 s[54:55], 6, v45
	v_cmp_ne_u16_e32 vcc, 7, v45
	v_and_b32_e32 v44, 0x3f80, v44
	v_and_b32_e32 v45, 0x3f80, v47
	v_cmp_ne_u16_e64 s[56:57], s5, v48
	v_add_u16_e32 v44, 0x2000, v44
	v_add_u16_e32 v45, 0x2000, v45
	v_cmp_ne_u16_e64 s[58:59], 0, v48
	v_cndmask_b32_e64 v44, v56, v44, s[0:1]
	v_cndmask_b32_e64 v45, v56, v45, s[56:57]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v48
	v_cndmask_b32_e64 v44, 0, v44, s[2:3]
	v_cndmask_b32_e64 v45, 0, v45, s[58:59]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v48
	v_cndmask_b32_e64 v44, v57, v44, s[6:7]
	v_cndmask_b32_e64 v45, v57, v45, s[44:45]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v48
	v_cndmask_b32_e64 v44, v58, v44, s[46:47]
	v_cndmask_b32_e64 v45, v58, v45, s[42:43]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v48
	v_cndmask_b32_e64 v44, v59, v44, s[48:49]
	v_cndmask_b32_e64 v45, v59, v45, s[40:41]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v48
	v_cndmask_b32_e64 v44, v60, v44, s[50:51]
	v_cndmask_b32_e64 v45, v60, v45, s[38:39]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v48
	v_cndmask_b32_e64 v44, v61, v44, s[52:53]
	v_cndmask_b32_e64 v45, v61, v45, s[36:37]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v48
	v_cndmask_b32_e64 v44, v62, v44, s[54:55]
	v_cndmask_b32_e64 v45, v62, v45, s[34:35]
	v_perm_b32 v0, v0, v43, s4
	v_lshlrev_b16_sdwa v43, v64, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v46, v64, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v45, v63, v45, s[30:31]
	v_cndmask_b32_e32 v44, v63, v44, vcc
	v_perm_b32 v43, v46, v43, s4
	v_perm_b32 v44, v45, v44, s4
	v_and_or_b32 v42, v42, s66, v0
	v_and_or_b32 v43, v43, s66, v44
	v_lshrrev_b32_e32 v0, 8, v1
	v_lshlrev_b16_sdwa v44, v65, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[34:35], v[42:43], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[36:37], v[42:43], v[18:33]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_sdwa v45, v1, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v46, v64, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v47, v65, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	s_nop 7
	scratch_store_dwordx4 off, v[18:21], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:48 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[158:173], v[38:39], v[42:43], a[158:173]
	s_nop 10
	scratch_store_dwordx4 off, a[158:161], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[162:165], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[166:169], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[170:173], off offset:816 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 a[126:141], v[40:41], v[42:43], a[126:141]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v42, 8, v1
	v_lshlrev_b16_e32 v43, 8, v0
	v_perm_b32 v42, v43, v42, s4
	v_and_b32_e32 v43, 0x7f, v1
	v_cmp_ne_u16_e64 s[0:1], s5, v43
	v_cmp_ne_u16_e64 s[2:3], 0, v43
	v_cmp_ne_u16_e64 s[6:7], 1, v43
	v_cmp_ne_u16_e64 s[52:53], 2, v43
	v_cmp_ne_u16_e64 s[54:55], 3, v43
	v_cmp_ne_u16_e64 s[56:57], 4, v43
	v_cmp_ne_u16_e64 s[58:59], 5, v43
	v_cmp_ne_u16_e64 s[50:51], 6, v43
	v_cmp_ne_u16_e32 vcc, 7, v43
	v_and_b32_e32 v43, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v43
	v_cmp_ne_u16_e64 s[46:47], 0, v43
	v_cmp_ne_u16_e64 s[44:45], 1, v43
	v_cmp_ne_u16_e64 s[42:43], 2, v43
	v_cmp_ne_u16_e64 s[40:41], 3, v43
	v_cmp_ne_u16_e64 s[38:39], 4, v43
	v_cmp_ne_u16_e64 s[36:37], 5, v43
	v_cmp_ne_u16_e64 s[34:35], 6, v43
	v_cmp_ne_u16_e64 s[30:31], 7, v43
	v_lshlrev_b16_e32 v43, 7, v1
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v43, 0x3f80, v43
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v43, 0x2000, v43
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cndmask_b32_e64 v43, v58, v43, s[52:53]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cndmask_b32_e64 v43, v59, v43, s[54:55]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cndmask_b32_e64 v43, v60, v43, s[56:57]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cndmask_b32_e64 v43, v61, v43, s[58:59]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cndmask_b32_e64 v43, v62, v43, s[50:51]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_perm_b32 v0, v0, v43, s4
	v_lshlrev_b16_sdwa v43, v64, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v1, v1, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[56:57], s5, v1
	v_cmp_ne_u16_e64 s[58:59], 0, v1
	v_cmp_ne_u16_e64 s[44:45], 1, v1
	v_cmp_ne_u16_e64 s[42:43], 2, v1
	v_cmp_ne_u16_e64 s[40:41], 3, v1
	v_cmp_ne_u16_e64 s[38:39], 4, v1
	v_cmp_ne_u16_e64 s[36:37], 5, v1
	v_cmp_ne_u16_e64 s[34:35], 6, v1
	v_cmp_ne_u16_e64 s[30:31], 7, v1
	v_and_b32_e32 v1, 0x3f80, v44
	v_and_b32_e32 v44, 0x3f80, v47
	v_cmp_ne_u16_e64 s[0:1], s5, v45
	v_add_u16_e32 v1, 0x2000, v1
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[2:3], 0, v45
	v_cndmask_b32_e64 v1, v56, v1, s[0:1]
	v_cndmask_b32_e64 v44, v56, v44, s[56:57]
	v_cmp_ne_u16_e64 s[6:7], 1, v45
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cndmask_b32_e64 v44, 0, v44, s[58:59]
	v_cmp_ne_u16_e64 s[46:47], 2, v45
	v_cndmask_b32_e64 v1, v57, v1, s[6:7]
	v_cndmask_b32_e64 v44, v57, v44, s[44:45]
	v_cmp_ne_u16_e64 s[48:49], 3, v45
	v_cndmask_b32_e64 v1, v58, v1, s[46:47]
	v_cndmask_b32_e64 v44, v58, v44, s[42:43]
	v_cmp_ne_u16_e64 s[50:51], 4, v45
	v_cndmask_b32_e64 v1, v59, v1, s[48:49]
	v_cndmask_b32_e64 v44, v59, v44, s[40:41]
	v_cmp_ne_u16_e64 s[52:53], 5, v45
	v_cndmask_b32_e64 v1, v60, v1, s[50:51]
	v_cndmask_b32_e64 v44, v60, v44, s[38:39]
	v_cmp_ne_u16_e64 s[54:55], 6, v45
	v_cndmask_b32_e64 v1, v61, v1, s[52:53]
	v_cndmask_b32_e64 v44, v61, v44, s[36:37]
	v_cmp_ne_u16_e32 vcc, 7, v45
	v_cndmask_b32_e64 v1, v62, v1, s[54:55]
	v_cndmask_b32_e64 v44, v62, v44, s[34:35]
	v_cndmask_b32_e64 v44, v63, v44, s[30:31]
	v_cndmask_b32_e32 v1, v63, v1, vcc
	v_perm_b32 v43, v46, v43, s4
	v_perm_b32 v1, v44, v1, s4
	v_and_or_b32 v0, v42, s66, v0
	v_and_or_b32 v1, v43, s66, v1
	v_lshlrev_b16_sdwa v43, v65, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v44, v243, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[240:255], v[34:35], v[0:1], a[240:255]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v46, v65, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v47, v243, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_lshlrev_b16_sdwa v45, v64, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_load_dwordx2 v[32:33], off, off offset:1384 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[30:31], off, off offset:1376 ; 8-byte Folded Reload
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[224:239], v[36:37], v[0:1], a[224:239]
	scratch_load_dwordx2 v[28:29], off, off offset:1368 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[26:27], off, off offset:1360 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[24:25], off, off offset:1352 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[22:23], off, off offset:1344 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[20:21], off, off offset:1336 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[18:19], off, off offset:1328 ; 8-byte Folded Reload
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(7)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[206:221], v[38:39], v[0:1], a[206:221]
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(6)
	v_lshl_add_u64 v[30:31], v[30:31], 0, 16
	s_waitcnt vmcnt(5)
	v_lshl_add_u64 v[28:29], v[28:29], 0, 16
	s_waitcnt vmcnt(4)
	v_lshl_add_u64 v[26:27], v[26:27], 0, 16
	s_waitcnt vmcnt(3)
	v_lshl_add_u64 v[24:25], v[24:25], 0, 16
	s_waitcnt vmcnt(2)
	v_lshl_add_u64 v[22:23], v[22:23], 0, 16
	s_waitcnt vmcnt(1)
	v_lshl_add_u64 v[20:21], v[20:21], 0, 16
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[18:19], v[18:19], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[190:205], v[40:41], v[0:1], a[190:205]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v243
	v_lshlrev_b16_e32 v1, 8, v243
	v_lshlrev_b16_e32 v42, 8, v0
	v_perm_b32 v1, v42, v1, s4
	v_and_b32_e32 v42, 0x7f, v243
	v_cmp_ne_u16_e64 s[0:1], s5, v42
	v_cmp_ne_u16_e64 s[2:3], 0, v42
	v_cmp_ne_u16_e64 s[6:7], 1, v42
	v_cmp_ne_u16_e64 s[52:53], 2, v42
	v_cmp_ne_u16_e64 s[54:55], 3, v42
	v_cmp_ne_u16_e64 s[56:57], 4, v42
	v_cmp_ne_u16_e64 s[58:59], 5, v42
	v_cmp_ne_u16_e64 s[50:51], 6, v42
	v_cmp_ne_u16_e32 vcc, 7, v42
	v_and_b32_e32 v42, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v42
	v_cmp_ne_u16_e64 s[46:47], 0, v42
	v_cmp_ne_u16_e64 s[44:45], 1, v42
	v_cmp_ne_u16_e64 s[42:43], 2, v42
	v_cmp_ne_u16_e64 s[40:41], 3, v42
	v_cmp_ne_u16_e64 s[38:39], 4, v42
	v_cmp_ne_u16_e64 s[36:37], 5, v42
	v_cmp_ne_u16_e64 s[34:35], 6, v42
	v_cmp_ne_u16_e64 s[30:31], 7, v42
	v_lshlrev_b16_e32 v42, 7, v243
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[0:1]
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cndmask_b32_e64 v42, v57, v42, s[6:7]
	v_cndmask_b32_e64 v42, v58, v42, s[52:53]
	v_cndmask_b32_e64 v42, v59, v42, s[54:55]
	v_lshlrev_b16_e32 v0, 7, v0
	v_cndmask_b32_e64 v42, v60, v42, s[56:57]
	v_and_b32_e32 v0, 0x3f80, v0
	v_cndmask_b32_e64 v42, v61, v42, s[58:59]
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v42, v62, v42, s[50:51]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_cmp_ne_u16_e64 s[0:1], s5, v44
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_cmp_ne_u16_e64 s[6:7], 1, v44
	v_cmp_ne_u16_e64 s[46:47], 2, v44
	v_cmp_ne_u16_e64 s[48:49], 3, v44
	v_cmp_ne_u16_e64 s[50:51], 4, v44
	v_cmp_ne_u16_e64 s[52:53], 5, v44
	v_cmp_ne_u16_e64 s[54:55], 6, v44
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_and_b32_e32 v44, 0x3f80, v46
	v_cmp_ne_u16_e64 s[56:57], s5, v47
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[58:59], 0, v47
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v44, v56, v44, s[56:57]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v47
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v44, 0, v44, s[58:59]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v47
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v44, v57, v44, s[44:45]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v47
	v_cndmask_b32_e64 v43, v58, v43, s[46:47]
	v_cndmask_b32_e64 v44, v58, v44, s[42:43]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v47
	v_cndmask_b32_e64 v43, v59, v43, s[48:49]
	v_cndmask_b32_e64 v44, v59, v44, s[40:41]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v47
	v_cndmask_b32_e64 v43, v60, v43, s[50:51]
	v_cndmask_b32_e64 v44, v60, v44, s[38:39]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v47
	v_cndmask_b32_e64 v43, v61, v43, s[52:53]
	v_cndmask_b32_e64 v44, v61, v44, s[36:37]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v47
	v_cndmask_b32_e64 v43, v62, v43, s[54:55]
	v_cndmask_b32_e64 v44, v62, v44, s[34:35]
	v_perm_b32 v0, v0, v42, s4
	v_lshlrev_b16_sdwa v42, v64, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v44, v63, v44, s[30:31]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_perm_b32 v42, v45, v42, s4
	v_perm_b32 v43, v44, v43, s4
	v_and_or_b32 v0, v1, s66, v0
	v_and_or_b32 v1, v42, s66, v43
	v_lshlrev_b16_sdwa v43, v65, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v44, v253, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[174:189], v[34:35], v[0:1], a[174:189]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v46, v65, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v47, v253, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_lshlrev_b16_sdwa v45, v64, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[142:157], v[36:37], v[0:1], a[142:157]
	v_mfma_f32_32x32x8_f16 a[94:109], v[38:39], v[0:1], a[94:109]
	s_nop 10
	scratch_store_dwordx4 off, a[94:97], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[98:101], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[102:105], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[106:109], off offset:560 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 a[78:93], v[40:41], v[0:1], a[78:93]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v253
	v_lshlrev_b16_e32 v1, 8, v253
	v_lshlrev_b16_e32 v42, 8, v0
	v_perm_b32 v1, v42, v1, s4
	v_and_b32_e32 v42, 0x7f, v253
	v_cmp_ne_u16_e64 s[0:1], s5, v42
	v_cmp_ne_u16_e64 s[2:3], 0, v42
	v_cmp_ne_u16_e64 s[6:7], 1, v42
	v_cmp_ne_u16_e64 s[52:53], 2, v42
	v_cmp_ne_u16_e64 s[54:55], 3, v42
	v_cmp_ne_u16_e64 s[56:57], 4, v42
	v_cmp_ne_u16_e64 s[58:59], 5, v42
	v_cmp_ne_u16_e64 s[50:51], 6, v42
	v_cmp_ne_u16_e32 vcc, 7, v42
	v_and_b32_e32 v42, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v42
	v_cmp_ne_u16_e64 s[46:47], 0, v42
	v_cmp_ne_u16_e64 s[44:45], 1, v42
	v_cmp_ne_u16_e64 s[42:43], 2, v42
	v_cmp_ne_u16_e64 s[40:41], 3, v42
	v_cmp_ne_u16_e64 s[38:39], 4, v42
	v_cmp_ne_u16_e64 s[36:37], 5, v42
	v_cmp_ne_u16_e64 s[34:35], 6, v42
	v_cmp_ne_u16_e64 s[30:31], 7, v42
	v_lshlrev_b16_e32 v42, 7, v253
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[0:1]
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cndmask_b32_e64 v42, v57, v42, s[6:7]
	v_cndmask_b32_e64 v42, v58, v42, s[52:53]
	v_cndmask_b32_e64 v42, v59, v42, s[54:55]
	v_lshlrev_b16_e32 v0, 7, v0
	v_cndmask_b32_e64 v42, v60, v42, s[56:57]
	v_and_b32_e32 v0, 0x3f80, v0
	v_cndmask_b32_e64 v42, v61, v42, s[58:59]
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v42, v62, v42, s[50:51]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_cmp_ne_u16_e64 s[0:1], s5, v44
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_cmp_ne_u16_e64 s[6:7], 1, v44
	v_cmp_ne_u16_e64 s[46:47], 2, v44
	v_cmp_ne_u16_e64 s[48:49], 3, v44
	v_cmp_ne_u16_e64 s[50:51], 4, v44
	v_cmp_ne_u16_e64 s[52:53], 5, v44
	v_cmp_ne_u16_e64 s[54:55], 6, v44
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_and_b32_e32 v44, 0x3f80, v46
	v_cmp_ne_u16_e64 s[56:57], s5, v47
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[58:59], 0, v47
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v44, v56, v44, s[56:57]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v47
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v44, 0, v44, s[58:59]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v47
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v44, v57, v44, s[44:45]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v47
	v_cndmask_b32_e64 v43, v58, v43, s[46:47]
	v_cndmask_b32_e64 v44, v58, v44, s[42:43]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v47
	v_cndmask_b32_e64 v43, v59, v43, s[48:49]
	v_cndmask_b32_e64 v44, v59, v44, s[40:41]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v47
	v_cndmask_b32_e64 v43, v60, v43, s[50:51]
	v_cndmask_b32_e64 v44, v60, v44, s[38:39]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v47
	v_cndmask_b32_e64 v43, v61, v43, s[52:53]
	v_cndmask_b32_e64 v44, v61, v44, s[36:37]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v47
	v_cndmask_b32_e64 v43, v62, v43, s[54:55]
	v_cndmask_b32_e64 v44, v62, v44, s[34:35]
	v_perm_b32 v0, v0, v42, s4
	v_lshlrev_b16_sdwa v42, v64, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v44, v63, v44, s[30:31]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_perm_b32 v42, v45, v42, s4
	v_perm_b32 v43, v44, v43, s4
	v_and_or_b32 v0, v1, s66, v0
	v_and_or_b32 v1, v42, s66, v43
	v_accvgpr_mov_b32 a94, a110
	v_accvgpr_mov_b32 a95, a111
	v_accvgpr_mov_b32 a96, a112
	v_accvgpr_mov_b32 a97, a113
	v_accvgpr_mov_b32 a98, a114
	v_accvgpr_mov_b32 a99, a115
	v_accvgpr_mov_b32 a100, a116
	v_accvgpr_mov_b32 a101, a117
	v_accvgpr_mov_b32 a102, a118
	v_accvgpr_mov_b32 a103, a119
	v_accvgpr_mov_b32 a104, a120
	v_accvgpr_mov_b32 a105, a121
	v_accvgpr_mov_b32 a106, a122
	v_accvgpr_mov_b32 a107, a123
	v_accvgpr_mov_b32 a108, a124
	v_accvgpr_mov_b32 a109, a125
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[48:63], v[36:37], v[0:1], a[48:63]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v43, v65, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v44, v251, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v46, v65, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v47, v251, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_lshlrev_b16_sdwa v45, v64, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[94:109], v[34:35], v[0:1], a[94:109]
	s_nop 10
	scratch_store_dwordx4 off, a[94:97], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[98:101], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[102:105], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[106:109], off offset:688 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 a[32:47], v[38:39], v[0:1], a[32:47]
	scratch_store_dwordx4 off, a[48:51], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[52:55], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[56:59], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[60:63], off offset:624 ; 16-byte Folded Spill
	s_nop 5
	scratch_store_dwordx4 off, a[32:35], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[36:39], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[40:43], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[44:47], off offset:496 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 a[16:31], v[40:41], v[0:1], a[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v251
	v_lshlrev_b16_e32 v1, 8, v251
	v_lshlrev_b16_e32 v42, 8, v0
	v_perm_b32 v1, v42, v1, s4
	v_and_b32_e32 v42, 0x7f, v251
	v_cmp_ne_u16_e64 s[0:1], s5, v42
	v_cmp_ne_u16_e64 s[2:3], 0, v42
	v_cmp_ne_u16_e64 s[6:7], 1, v42
	v_cmp_ne_u16_e64 s[52:53], 2, v42
	v_cmp_ne_u16_e64 s[54:55], 3, v42
	v_cmp_ne_u16_e64 s[56:57], 4, v42
	v_cmp_ne_u16_e64 s[58:59], 5, v42
	v_cmp_ne_u16_e64 s[50:51], 6, v42
	v_cmp_ne_u16_e32 vcc, 7, v42
	v_and_b32_e32 v42, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v42
	v_cmp_ne_u16_e64 s[46:47], 0, v42
	v_cmp_ne_u16_e64 s[44:45], 1, v42
	v_cmp_ne_u16_e64 s[42:43], 2, v42
	v_cmp_ne_u16_e64 s[40:41], 3, v42
	v_cmp_ne_u16_e64 s[38:39], 4, v42
	v_cmp_ne_u16_e64 s[36:37], 5, v42
	v_cmp_ne_u16_e64 s[34:35], 6, v42
	v_cmp_ne_u16_e64 s[30:31], 7, v42
	v_lshlrev_b16_e32 v42, 7, v251
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[0:1]
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cndmask_b32_e64 v42, v57, v42, s[6:7]
	v_cndmask_b32_e64 v42, v58, v42, s[52:53]
	v_cndmask_b32_e64 v42, v59, v42, s[54:55]
	v_lshlrev_b16_e32 v0, 7, v0
	v_cndmask_b32_e64 v42, v60, v42, s[56:57]
	v_and_b32_e32 v0, 0x3f80, v0
	v_cndmask_b32_e64 v42, v61, v42, s[58:59]
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v42, v62, v42, s[50:51]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_cmp_ne_u16_e64 s[0:1], s5, v44
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_cmp_ne_u16_e64 s[6:7], 1, v44
	v_cmp_ne_u16_e64 s[46:47], 2, v44
	v_cmp_ne_u16_e64 s[48:49], 3, v44
	v_cmp_ne_u16_e64 s[50:51], 4, v44
	v_cmp_ne_u16_e64 s[52:53], 5, v44
	v_cmp_ne_u16_e64 s[54:55], 6, v44
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_and_b32_e32 v44, 0x3f80, v46
	v_cmp_ne_u16_e64 s[56:57], s5, v47
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[58:59], 0, v47
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v44, v56, v44, s[56:57]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v47
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v44, 0, v44, s[58:59]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v47
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v44, v57, v44, s[44:45]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v47
	v_cndmask_b32_e64 v43, v58, v43, s[46:47]
	v_cndmask_b32_e64 v44, v58, v44, s[42:43]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v47
	v_cndmask_b32_e64 v43, v59, v43, s[48:49]
	v_cndmask_b32_e64 v44, v59, v44, s[40:41]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v47
	v_cndmask_b32_e64 v43, v60, v43, s[50:51]
	v_cndmask_b32_e64 v44, v60, v44, s[38:39]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v47
	v_cndmask_b32_e64 v43, v61, v43, s[52:53]
	v_cndmask_b32_e64 v44, v61, v44, s[36:37]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v47
	v_cndmask_b32_e64 v43, v62, v43, s[54:55]
	v_cndmask_b32_e64 v44, v62, v44, s[34:35]
	v_perm_b32 v0, v0, v42, s4
	v_lshlrev_b16_sdwa v42, v64, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v44, v63, v44, s[30:31]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_perm_b32 v42, v45, v42, s4
	v_perm_b32 v43, v44, v43, s4
	v_and_or_b32 v0, v1, s66, v0
	v_and_or_b32 v1, v42, s66, v43
	v_lshlrev_b16_sdwa v43, v65, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v44, v249, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[34:35], v[0:1], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v46, v65, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v47, v249, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_lshlrev_b16_sdwa v45, v64, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dwordx4 off, a[16:19], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:432 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:368 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[2:17], v[36:37], v[0:1], v[2:17]
	v_mfma_f32_32x32x8_f16 v[226:241], v[38:39], v[0:1], v[226:241]
	s_nop 9
	scratch_store_dwordx4 off, v[2:5], off offset:256 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a66, v17            ;  Reload Reuse
	v_accvgpr_write_b32 a67, v16            ;  Reload Reuse
	v_accvgpr_write_b32 a68, v15            ;  Reload Reuse
	v_mfma_f32_32x32x8_f16 v[210:225], v[40:41], v[0:1], v[210:225]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v249
	v_lshlrev_b16_e32 v1, 8, v249
	v_lshlrev_b16_e32 v42, 8, v0
	v_perm_b32 v1, v42, v1, s4
	v_and_b32_e32 v42, 0x7f, v249
	v_cmp_ne_u16_e64 s[0:1], s5, v42
	v_cmp_ne_u16_e64 s[2:3], 0, v42
	v_cmp_ne_u16_e64 s[6:7], 1, v42
	v_cmp_ne_u16_e64 s[52:53], 2, v42
	v_cmp_ne_u16_e64 s[54:55], 3, v42
	v_cmp_ne_u16_e64 s[56:57], 4, v42
	v_cmp_ne_u16_e64 s[58:59], 5, v42
	v_cmp_ne_u16_e64 s[50:51], 6, v42
	v_cmp_ne_u16_e32 vcc, 7, v42
	v_and_b32_e32 v42, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v42
	v_cmp_ne_u16_e64 s[46:47], 0, v42
	v_cmp_ne_u16_e64 s[44:45], 1, v42
	v_cmp_ne_u16_e64 s[42:43], 2, v42
	v_cmp_ne_u16_e64 s[40:41], 3, v42
	v_cmp_ne_u16_e64 s[38:39], 4, v42
	v_cmp_ne_u16_e64 s[36:37], 5, v42
	v_cmp_ne_u16_e64 s[34:35], 6, v42
	v_cmp_ne_u16_e64 s[30:31], 7, v42
	v_lshlrev_b16_e32 v42, 7, v249
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[0:1]
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cndmask_b32_e64 v42, v57, v42, s[6:7]
	v_cndmask_b32_e64 v42, v58, v42, s[52:53]
	v_cndmask_b32_e64 v42, v59, v42, s[54:55]
	v_lshlrev_b16_e32 v0, 7, v0
	v_cndmask_b32_e64 v42, v60, v42, s[56:57]
	v_and_b32_e32 v0, 0x3f80, v0
	v_cndmask_b32_e64 v42, v61, v42, s[58:59]
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v42, v62, v42, s[50:51]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_cmp_ne_u16_e64 s[0:1], s5, v44
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_cmp_ne_u16_e64 s[6:7], 1, v44
	v_cmp_ne_u16_e64 s[46:47], 2, v44
	v_cmp_ne_u16_e64 s[48:49], 3, v44
	v_cmp_ne_u16_e64 s[50:51], 4, v44
	v_cmp_ne_u16_e64 s[52:53], 5, v44
	v_cmp_ne_u16_e64 s[54:55], 6, v44
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_and_b32_e32 v44, 0x3f80, v46
	v_cmp_ne_u16_e64 s[56:57], s5, v47
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[58:59], 0, v47
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v44, v56, v44, s[56:57]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v47
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v44, 0, v44, s[58:59]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v47
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v44, v57, v44, s[44:45]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v47
	v_cndmask_b32_e64 v43, v58, v43, s[46:47]
	v_cndmask_b32_e64 v44, v58, v44, s[42:43]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v47
	v_cndmask_b32_e64 v43, v59, v43, s[48:49]
	v_cndmask_b32_e64 v44, v59, v44, s[40:41]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v47
	v_cndmask_b32_e64 v43, v60, v43, s[50:51]
	v_cndmask_b32_e64 v44, v60, v44, s[38:39]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v47
	v_cndmask_b32_e64 v43, v61, v43, s[52:53]
	v_cndmask_b32_e64 v44, v61, v44, s[36:37]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v47
	v_cndmask_b32_e64 v43, v62, v43, s[54:55]
	v_cndmask_b32_e64 v44, v62, v44, s[34:35]
	v_perm_b32 v0, v0, v42, s4
	v_lshlrev_b16_sdwa v42, v64, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v44, v63, v44, s[30:31]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_perm_b32 v42, v45, v42, s4
	v_perm_b32 v43, v44, v43, s4
	v_and_or_b32 v0, v1, s66, v0
	v_and_or_b32 v1, v42, s66, v43
	v_lshlrev_b16_sdwa v43, v65, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v44, v247, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[194:209], v[34:35], v[0:1], v[194:209]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v46, v65, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v47, v247, s5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v43, 0x3f80, v43
	v_add_u16_e32 v43, 0x2000, v43
	v_lshlrev_b16_sdwa v45, v64, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_write_b32 a69, v14            ;  Reload Reuse
	v_accvgpr_write_b32 a70, v13            ;  Reload Reuse
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[178:193], v[36:37], v[0:1], v[178:193]
	v_accvgpr_write_b32 a71, v12            ;  Reload Reuse
	v_accvgpr_write_b32 a72, v11            ;  Reload Reuse
	v_accvgpr_write_b32 a73, v10            ;  Reload Reuse
	v_accvgpr_write_b32 a74, v9             ;  Reload Reuse
	v_accvgpr_write_b32 a75, v8             ;  Reload Reuse
	v_accvgpr_write_b32 a76, v7             ;  Reload Reuse
	v_accvgpr_write_b32 a77, v6             ;  Reload Reuse
	v_mfma_f32_32x32x8_f16 v[162:177], v[38:39], v[0:1], v[162:177]
	v_accvgpr_read_b32 v4, a64
	v_accvgpr_read_b32 v5, a65
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[4:5], v[4:5], 0, 16
	scratch_load_dwordx2 v[16:17], off, off offset:1320 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[14:15], off, off offset:1312 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[12:13], off, off offset:1304 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[10:11], off, off offset:1296 ; 8-byte Folded Reload
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[146:161], v[40:41], v[0:1], v[146:161]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v0, 8, v247
	v_lshlrev_b16_e32 v1, 8, v247
	v_lshlrev_b16_e32 v42, 8, v0
	v_perm_b32 v1, v42, v1, s4
	v_and_b32_e32 v42, 0x7f, v247
	v_cmp_ne_u16_e64 s[0:1], s5, v42
	v_cmp_ne_u16_e64 s[2:3], 0, v42
	v_cmp_ne_u16_e64 s[6:7], 1, v42
	v_cmp_ne_u16_e64 s[52:53], 2, v42
	v_cmp_ne_u16_e64 s[54:55], 3, v42
	v_cmp_ne_u16_e64 s[56:57], 4, v42
	v_cmp_ne_u16_e64 s[58:59], 5, v42
	v_cmp_ne_u16_e64 s[50:51], 6, v42
	v_cmp_ne_u16_e32 vcc, 7, v42
	v_and_b32_e32 v42, 0x7f, v0
	v_cmp_ne_u16_e64 s[48:49], s5, v42
	v_cmp_ne_u16_e64 s[46:47], 0, v42
	v_cmp_ne_u16_e64 s[44:45], 1, v42
	v_cmp_ne_u16_e64 s[42:43], 2, v42
	v_cmp_ne_u16_e64 s[40:41], 3, v42
	v_cmp_ne_u16_e64 s[38:39], 4, v42
	v_cmp_ne_u16_e64 s[36:37], 5, v42
	v_cmp_ne_u16_e64 s[34:35], 6, v42
	v_cmp_ne_u16_e64 s[30:31], 7, v42
	v_lshlrev_b16_e32 v42, 7, v247
	v_and_b32_e32 v42, 0x3f80, v42
	v_add_u16_e32 v42, 0x2000, v42
	v_cndmask_b32_e64 v42, v56, v42, s[0:1]
	v_cndmask_b32_e64 v42, 0, v42, s[2:3]
	v_cndmask_b32_e64 v42, v57, v42, s[6:7]
	v_cndmask_b32_e64 v42, v58, v42, s[52:53]
	v_cndmask_b32_e64 v42, v59, v42, s[54:55]
	v_lshlrev_b16_e32 v0, 7, v0
	v_cndmask_b32_e64 v42, v60, v42, s[56:57]
	v_and_b32_e32 v0, 0x3f80, v0
	v_cndmask_b32_e64 v42, v61, v42, s[58:59]
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v42, v62, v42, s[50:51]
	v_cndmask_b32_e64 v0, v56, v0, s[48:49]
	v_cndmask_b32_e64 v0, 0, v0, s[46:47]
	v_cndmask_b32_e32 v42, v63, v42, vcc
	v_cmp_ne_u16_e64 s[0:1], s5, v44
	v_cmp_ne_u16_e64 s[2:3], 0, v44
	v_cmp_ne_u16_e64 s[6:7], 1, v44
	v_cmp_ne_u16_e64 s[46:47], 2, v44
	v_cmp_ne_u16_e64 s[48:49], 3, v44
	v_cmp_ne_u16_e64 s[50:51], 4, v44
	v_cmp_ne_u16_e64 s[52:53], 5, v44
	v_cmp_ne_u16_e64 s[54:55], 6, v44
	v_cmp_ne_u16_e32 vcc, 7, v44
	v_and_b32_e32 v44, 0x3f80, v46
	v_cmp_ne_u16_e64 s[56:57], s5, v47
	v_add_u16_e32 v44, 0x2000, v44
	v_cmp_ne_u16_e64 s[58:59], 0, v47
	v_cndmask_b32_e64 v43, v56, v43, s[0:1]
	v_cndmask_b32_e64 v44, v56, v44, s[56:57]
	v_cndmask_b32_e64 v0, v57, v0, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], 1, v47
	v_cndmask_b32_e64 v43, 0, v43, s[2:3]
	v_cndmask_b32_e64 v44, 0, v44, s[58:59]
	v_cndmask_b32_e64 v0, v58, v0, s[42:43]
	v_cmp_ne_u16_e64 s[42:43], 2, v47
	v_cndmask_b32_e64 v43, v57, v43, s[6:7]
	v_cndmask_b32_e64 v44, v57, v44, s[44:45]
	v_cndmask_b32_e64 v0, v59, v0, s[40:41]
	v_cmp_ne_u16_e64 s[40:41], 3, v47
	v_cndmask_b32_e64 v43, v58, v43, s[46:47]
	v_cndmask_b32_e64 v44, v58, v44, s[42:43]
	v_cndmask_b32_e64 v0, v60, v0, s[38:39]
	v_cmp_ne_u16_e64 s[38:39], 4, v47
	v_cndmask_b32_e64 v43, v59, v43, s[48:49]
	v_cndmask_b32_e64 v44, v59, v44, s[40:41]
	v_cndmask_b32_e64 v0, v61, v0, s[36:37]
	v_cmp_ne_u16_e64 s[36:37], 5, v47
	v_cndmask_b32_e64 v43, v60, v43, s[50:51]
	v_cndmask_b32_e64 v44, v60, v44, s[38:39]
	v_cndmask_b32_e64 v0, v62, v0, s[34:35]
	v_cmp_ne_u16_e64 s[34:35], 6, v47
	v_cndmask_b32_e64 v43, v61, v43, s[52:53]
	v_cndmask_b32_e64 v44, v61, v44, s[36:37]
	v_cndmask_b32_e64 v0, v63, v0, s[30:31]
	v_cmp_ne_u16_e64 s[30:31], 7, v47
	v_cndmask_b32_e64 v43, v62, v43, s[54:55]
	v_cndmask_b32_e64 v44, v62, v44, s[34:35]
	v_perm_b32 v0, v0, v42, s4
	v_lshlrev_b16_sdwa v42, v64, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v44, v63, v44, s[30:31]
	v_cndmask_b32_e32 v43, v63, v43, vcc
	v_perm_b32 v42, v45, v42, s4
	v_perm_b32 v43, v44, v43, s4
	v_and_or_b32 v0, v1, s66, v0
	v_and_or_b32 v1, v42, s66, v43
	.loc	1 29 5                          ; spill.py:29:5
	v_readlane_b32 s0, v254, 5
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(3)
	v_lshl_add_u64 v[16:17], v[16:17], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[130:145], v[34:35], v[0:1], v[130:145]
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(2)
	v_lshl_add_u64 v[14:15], v[14:15], 0, 16
	s_waitcnt vmcnt(1)
	v_lshl_add_u64 v[12:13], v[12:13], 0, 16
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lg_u32 s33, s0
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[10:11], v[10:11], 0, 16
	scratch_load_dwordx2 v[8:9], off, off offset:1288 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[6:7], off, off offset:1280 ; 8-byte Folded Reload
	s_waitcnt vmcnt(1)
	v_lshl_add_u64 v[8:9], v[8:9], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[114:129], v[36:37], v[0:1], v[114:129]
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[6:7], v[6:7], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[98:113], v[38:39], v[0:1], v[98:113]
	v_mfma_f32_32x32x8_f16 v[66:81], v[40:41], v[0:1], v[66:81]
	v_accvgpr_read_b32 v0, a222
	v_accvgpr_read_b32 v1, a223
	.loc	1 33 9                          ; spill.py:33:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	v_accvgpr_write_b32 a223, v1
	v_accvgpr_write_b32 a222, v0
	scratch_load_dwordx2 v[0:1], off, off offset:1208 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1208 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1200 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1200 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1192 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1192 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1184 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1184 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1176 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1176 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1168 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1168 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1160 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1160 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1152 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1152 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1144 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1144 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1136 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1136 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1128 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1128 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1120 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1120 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1112 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1112 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1104 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1104 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1096 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1096 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1088 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1088 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1080 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1080 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1072 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1072 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1064 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1064 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1056 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1056 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1048 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1048 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1040 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1040 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1032 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1032 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1024 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1024 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1016 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1016 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1008 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1008 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:1000 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:1000 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:992 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:992 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:984 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:984 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:976 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:976 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:968 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:968 ; 8-byte Folded Spill
	.loc	1 34 9                          ; spill.py:34:9
	scratch_load_dwordx2 v[0:1], off, off offset:960 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:960 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:952 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:952 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:944 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:944 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:936 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:936 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:928 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:928 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:920 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:920 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:912 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:912 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:904 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:904 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:896 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:896 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:888 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:888 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:880 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:880 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:872 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:872 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:864 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:864 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:856 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:856 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:848 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:848 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:840 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:840 ; 8-byte Folded Spill
	scratch_load_dwordx2 v[0:1], off, off offset:832 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	scratch_store_dwordx2 off, v[0:1], off offset:832 ; 8-byte Folded Spill
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc0 .LBB0_132
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 59                         ; spill.py:30:59
	scratch_load_dwordx2 v[0:1], off, off offset:1392 ; 8-byte Folded Reload
	.loc	1 30 81 is_stmt 0               ; spill.py:30:81
	s_lshl_b32 s0, s33, 4
	.loc	1 30 77                         ; spill.py:30:77
	s_sub_i32 s0, s10, s0
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v1, 0
	.loc	1 30 59                         ; spill.py:30:59
	v_cmp_gt_i32_e32 vcc, s0, v0
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 7
	v_readlane_b32 s1, v254, 8
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v0, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_5
; %bb.4:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v2, a222
	v_accvgpr_read_b32 v3, a223
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v1, v[2:3], off
.LBB0_5:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 9
	v_readlane_b32 s1, v254, 10
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_7
; %bb.6:                                ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1208 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v0, v[2:3], off
.LBB0_7:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 11
	v_readlane_b32 s1, v254, 12
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v34, 0
	v_mov_b32_e32 v35, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_9
; %bb.8:                                ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1200 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v35, v[2:3], off
.LBB0_9:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 13
	v_readlane_b32 s1, v254, 14
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_11
; %bb.10:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1192 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v34, v[2:3], off
.LBB0_11:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 15
	v_readlane_b32 s1, v254, 16
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v38, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_13
; %bb.12:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1184 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v38, v[2:3], off
.LBB0_13:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 17
	v_readlane_b32 s1, v254, 18
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_15
; %bb.14:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1176 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v37, v[2:3], off
.LBB0_15:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 19
	v_readlane_b32 s1, v254, 20
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v40, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_17
; %bb.16:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1168 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v40, v[2:3], off
.LBB0_17:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 21
	v_readlane_b32 s1, v254, 22
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_19
; %bb.18:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1160 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v39, v[2:3], off
.LBB0_19:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 23
	v_readlane_b32 s1, v254, 24
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v41, 0
	v_mov_b32_e32 v42, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_21
; %bb.20:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1152 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v42, v[2:3], off
.LBB0_21:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 25
	v_readlane_b32 s1, v254, 26
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_23
; %bb.22:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1144 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v41, v[2:3], off
.LBB0_23:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 27
	v_readlane_b32 s1, v254, 28
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v44, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_25
; %bb.24:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1136 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v44, v[2:3], off
.LBB0_25:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 29
	v_readlane_b32 s1, v254, 30
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_27
; %bb.26:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1128 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v43, v[2:3], off
.LBB0_27:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 31
	v_readlane_b32 s1, v254, 32
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v46, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_29
; %bb.28:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1120 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v46, v[2:3], off
.LBB0_29:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 33
	v_readlane_b32 s1, v254, 34
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_31
; %bb.30:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1112 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v45, v[2:3], off
.LBB0_31:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 35
	v_readlane_b32 s1, v254, 36
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v48, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_33
; %bb.32:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1104 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v48, v[2:3], off
.LBB0_33:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 37
	v_readlane_b32 s1, v254, 38
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_35
; %bb.34:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1096 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v47, v[2:3], off
.LBB0_35:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 39
	v_readlane_b32 s1, v254, 40
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v50, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_37
; %bb.36:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1088 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v50, v[2:3], off
.LBB0_37:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 41
	v_readlane_b32 s1, v254, 42
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_39
; %bb.38:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1080 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v49, v[2:3], off
.LBB0_39:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 43
	v_readlane_b32 s1, v254, 44
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v52, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_41
; %bb.40:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1072 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v52, v[2:3], off
.LBB0_41:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 45
	v_readlane_b32 s1, v254, 46
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_43
; %bb.42:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1064 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v51, v[2:3], off
.LBB0_43:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 47
	v_readlane_b32 s1, v254, 48
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v53, 0
	v_mov_b32_e32 v56, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_45
; %bb.44:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1056 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v56, v[2:3], off
.LBB0_45:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 49
	v_readlane_b32 s1, v254, 50
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_47
; %bb.46:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1048 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v53, v[2:3], off
.LBB0_47:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 51
	v_readlane_b32 s1, v254, 52
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v58, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_49
; %bb.48:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1040 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v58, v[2:3], off
.LBB0_49:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 53
	v_readlane_b32 s1, v254, 54
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_51
; %bb.50:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1032 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v57, v[2:3], off
.LBB0_51:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 55
	v_readlane_b32 s1, v254, 56
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v59, 0
	v_mov_b32_e32 v60, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_53
; %bb.52:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1024 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v60, v[2:3], off
.LBB0_53:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 57
	v_readlane_b32 s1, v254, 58
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_55
; %bb.54:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1016 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v59, v[2:3], off
.LBB0_55:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 59
	v_readlane_b32 s1, v254, 60
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v62, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_57
; %bb.56:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1008 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v62, v[2:3], off
.LBB0_57:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 61
	v_readlane_b32 s1, v254, 62
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_59
; %bb.58:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:1000 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v61, v[2:3], off
.LBB0_59:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v254, 63
	v_readlane_b32 s1, v255, 0
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v64, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_61
; %bb.60:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:992 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v64, v[2:3], off
.LBB0_61:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v255, 1
	v_readlane_b32 s1, v255, 2
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_63
; %bb.62:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:984 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v63, v[2:3], off
.LBB0_63:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v255, 3
	v_readlane_b32 s1, v255, 4
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v65, 0
	v_mov_b32_e32 v242, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_65
; %bb.64:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:976 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v242, v[2:3], off
.LBB0_65:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s0, v255, 5
	v_readlane_b32 s1, v255, 6
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_67
; %bb.66:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:968 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v65, v[2:3], off
.LBB0_67:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_barrier
	scratch_load_dword v2, off, off offset:1400 ; 4-byte Folded Reload
	.loc	1 31 34 is_stmt 1               ; spill.py:31:34
	v_readlane_b32 s0, v255, 7
	v_readlane_b32 s1, v255, 8
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt vmcnt(0)
	v_add_u32_e32 v36, 0, v2
	ds_write_b8 v36, v1
	ds_write_b8 v36, v35 offset:256
	ds_write_b8 v36, v38 offset:512
	ds_write_b8 v36, v40 offset:768
	ds_write_b8 v36, v42 offset:1024
	ds_write_b8 v36, v44 offset:1280
	ds_write_b8 v36, v46 offset:1536
	ds_write_b8 v36, v48 offset:1792
	ds_write_b8 v36, v50 offset:2048
	ds_write_b8 v36, v52 offset:2304
	ds_write_b8 v36, v56 offset:2560
	ds_write_b8 v36, v58 offset:2816
	ds_write_b8 v36, v60 offset:3072
	ds_write_b8 v36, v62 offset:3328
	ds_write_b8 v36, v64 offset:3584
	ds_write_b8 v36, v242 offset:3840
	ds_write_b8 v55, v0 offset:128
	ds_write_b8 v55, v34 offset:384
	ds_write_b8 v55, v37 offset:640
	ds_write_b8 v55, v39 offset:896
	ds_write_b8 v55, v41 offset:1152
	ds_write_b8 v55, v43 offset:1408
	ds_write_b8 v55, v45 offset:1664
	ds_write_b8 v55, v47 offset:1920
	ds_write_b8 v55, v49 offset:2176
	ds_write_b8 v55, v51 offset:2432
	ds_write_b8 v55, v53 offset:2688
	ds_write_b8 v55, v57 offset:2944
	ds_write_b8 v55, v59 offset:3200
	ds_write_b8 v55, v61 offset:3456
	ds_write_b8 v55, v63 offset:3712
	ds_write_b8 v55, v65 offset:3968
	v_add_u32_e32 v37, 0, v54
	v_add_u32_e32 v38, 0x400, v37
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[34:35], v37 offset1:2
	ds_read2_b32 v[244:245], v37 offset0:128 offset1:130
	ds_read2_b32 v[0:1], v38 offset1:2
	ds_read2_b32 v[242:243], v38 offset0:128 offset1:130
	v_add_u32_e32 v38, 0x800, v37
	v_add_u32_e32 v37, 0xc00, v37
	ds_read2_b32 v[252:253], v38 offset1:2
	ds_read2_b32 v[250:251], v38 offset0:128 offset1:130
	ds_read2_b32 v[248:249], v37 offset1:2
	.loc	1 0 0 is_stmt 0                 ; spill.py:0
	ds_read2_b32 v[246:247], v37 offset0:128 offset1:130
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v46, 0
	.loc	1 31 13 is_stmt 1               ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_69
; %bb.68:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:960 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v46, v[2:3], off
.LBB0_69:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 9
	v_readlane_b32 s1, v255, 10
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_71
; %bb.70:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:952 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v37, v[2:3], off
.LBB0_71:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 11
	v_readlane_b32 s1, v255, 12
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v47, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_73
; %bb.72:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:944 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v47, v[2:3], off
.LBB0_73:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 13
	v_readlane_b32 s1, v255, 14
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_75
; %bb.74:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:936 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v38, v[2:3], off
.LBB0_75:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 15
	v_readlane_b32 s1, v255, 16
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v56, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_77
; %bb.76:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:928 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v56, v[2:3], off
.LBB0_77:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 17
	v_readlane_b32 s1, v255, 18
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_79
; %bb.78:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:920 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v39, v[2:3], off
.LBB0_79:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 19
	v_readlane_b32 s1, v255, 20
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v41, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_81
; %bb.80:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:912 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v41, v[2:3], off
.LBB0_81:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 21
	v_readlane_b32 s1, v255, 22
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_83
; %bb.82:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:904 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v40, v[2:3], off
.LBB0_83:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 23
	v_readlane_b32 s1, v255, 24
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v43, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_85
; %bb.84:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:896 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v43, v[2:3], off
.LBB0_85:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 25
	v_readlane_b32 s1, v255, 26
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_87
; %bb.86:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:888 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v42, v[2:3], off
.LBB0_87:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 27
	v_readlane_b32 s1, v255, 28
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v44, 0
	v_mov_b32_e32 v45, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_89
; %bb.88:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:880 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v45, v[2:3], off
.LBB0_89:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 29
	v_readlane_b32 s1, v255, 30
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_91
; %bb.90:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:872 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v44, v[2:3], off
.LBB0_91:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 31
	v_readlane_b32 s1, v255, 32
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v48, 0
	v_mov_b32_e32 v49, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_93
; %bb.92:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:864 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v49, v[2:3], off
.LBB0_93:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 33
	v_readlane_b32 s1, v255, 34
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_95
; %bb.94:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:856 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v48, v[2:3], off
.LBB0_95:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 35
	v_readlane_b32 s1, v255, 36
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v50, 0
	v_mov_b32_e32 v51, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_97
; %bb.96:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:848 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v51, v[2:3], off
.LBB0_97:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 37
	v_readlane_b32 s1, v255, 38
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_99
; %bb.98:                               ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:840 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v50, v[2:3], off
.LBB0_99:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 39
	v_readlane_b32 s1, v255, 40
	s_and_b64 s[2:3], s[0:1], vcc
	v_mov_b32_e32 v52, 0
	v_mov_b32_e32 v53, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_101
; %bb.100:                              ;   in Loop: Header=BB0_3 Depth=1
	scratch_load_dwordx2 v[2:3], off, off offset:832 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v53, v[2:3], off
.LBB0_101:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 41
	v_readlane_b32 s1, v255, 42
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_103
; %bb.102:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v52, v[32:33], off
.LBB0_103:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 43
	v_readlane_b32 s1, v255, 44
	s_and_b64 s[2:3], s[0:1], vcc
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_105
; %bb.104:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a1, v[30:31], off
.LBB0_105:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 45
	v_readlane_b32 s1, v255, 46
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_107
; %bb.106:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a0, v[28:29], off
.LBB0_107:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 47
	v_readlane_b32 s1, v255, 48
	s_and_b64 s[2:3], s[0:1], vcc
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_109
; %bb.108:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a3, v[26:27], off
.LBB0_109:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	v_readlane_b32 s0, v255, 49
	v_readlane_b32 s1, v255, 50
	s_and_b64 s[2:3], s[0:1], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_111
; %bb.110:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a2, v[24:25], off
.LBB0_111:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[12:13], vcc
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_113
; %bb.112:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a5, v[22:23], off
.LBB0_113:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[68:69], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_115
; %bb.114:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a4, v[20:21], off
.LBB0_115:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[14:15], vcc
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_117
; %bb.116:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a7, v[18:19], off
.LBB0_117:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[16:17], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_119
; %bb.118:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a6, v[16:17], off
.LBB0_119:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[18:19], vcc
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_121
; %bb.120:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a9, v[14:15], off
.LBB0_121:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[20:21], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_123
; %bb.122:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a8, v[12:13], off
.LBB0_123:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[22:23], vcc
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_125
; %bb.124:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a11, v[10:11], off
.LBB0_125:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[24:25], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_127
; %bb.126:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a10, v[8:9], off
.LBB0_127:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[26:27], vcc
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_129
; %bb.128:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a13, v[6:7], off
.LBB0_129:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v2, v54
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], s[28:29], vcc
	scratch_store_dwordx2 off, v[32:33], off offset:1384 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[30:31], off offset:1376 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[28:29], off offset:1368 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[26:27], off offset:1360 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[24:25], off offset:1352 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[22:23], off offset:1344 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[20:21], off offset:1336 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[18:19], off offset:1328 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[16:17], off offset:1320 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[14:15], off offset:1312 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[12:13], off offset:1304 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[10:11], off offset:1296 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[8:9], off offset:1288 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[6:7], off offset:1280 ; 8-byte Folded Spill
	scratch_store_dwordx4 off, v[66:69], off offset:1216 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[70:73], off offset:1232 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[74:77], off offset:1248 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:1264 ; 16-byte Folded Spill
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_2
; %bb.130:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a12, v[4:5], off
	s_branch .LBB0_2
.LBB0_131:
	.loc	1 0 13                          ; spill.py:0:13
	v_mov_b32_e32 v15, v82
	v_mov_b32_e32 v14, v82
	v_mov_b32_e32 v13, v82
	v_mov_b32_e32 v12, v82
	v_mov_b32_e32 v11, v82
	v_mov_b32_e32 v10, v82
	v_mov_b32_e32 v9, v82
	v_mov_b32_e32 v8, v82
	v_mov_b32_e32 v7, v82
	v_mov_b32_e32 v6, v82
	v_mov_b32_e32 v5, v82
	v_mov_b32_e32 v4, v82
	v_mov_b32_e32 v3, v82
	v_mov_b32_e32 v2, v82
	v_mov_b32_e32 v1, v82
	v_mov_b32_e32 v0, v82
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a74, v7             ;  Reload Reuse
	v_accvgpr_write_b32 a75, v6             ;  Reload Reuse
	v_accvgpr_write_b32 a76, v5             ;  Reload Reuse
	v_accvgpr_write_b32 a77, v4             ;  Reload Reuse
	v_accvgpr_write_b32 a70, v11            ;  Reload Reuse
	v_accvgpr_write_b32 a71, v10            ;  Reload Reuse
	v_accvgpr_write_b32 a72, v9             ;  Reload Reuse
	v_accvgpr_write_b32 a73, v8             ;  Reload Reuse
	v_accvgpr_write_b32 a66, v15            ;  Reload Reuse
	v_accvgpr_write_b32 a67, v14            ;  Reload Reuse
	v_accvgpr_write_b32 a68, v13            ;  Reload Reuse
	v_accvgpr_write_b32 a69, v12            ;  Reload Reuse
	v_mov_b32_e32 v81, v82
	v_mov_b32_e32 v80, v82
	v_mov_b32_e32 v79, v82
	v_mov_b32_e32 v78, v82
	v_mov_b32_e32 v77, v82
	v_mov_b32_e32 v76, v82
	v_mov_b32_e32 v75, v82
	v_mov_b32_e32 v74, v82
	v_mov_b32_e32 v73, v82
	v_mov_b32_e32 v72, v82
	v_mov_b32_e32 v71, v82
	v_mov_b32_e32 v70, v82
	v_mov_b32_e32 v69, v82
	v_mov_b32_e32 v68, v82
	v_mov_b32_e32 v67, v82
	v_mov_b32_e32 v66, v82
	v_mov_b32_e32 v113, v82
	v_mov_b32_e32 v112, v82
	v_mov_b32_e32 v111, v82
	v_mov_b32_e32 v110, v82
	v_mov_b32_e32 v109, v82
	v_mov_b32_e32 v108, v82
	v_mov_b32_e32 v107, v82
	v_mov_b32_e32 v106, v82
	v_mov_b32_e32 v105, v82
	v_mov_b32_e32 v104, v82
	v_mov_b32_e32 v103, v82
	v_mov_b32_e32 v102, v82
	v_mov_b32_e32 v101, v82
	v_mov_b32_e32 v100, v82
	v_mov_b32_e32 v99, v82
	v_mov_b32_e32 v98, v82
	v_mov_b32_e32 v129, v82
	v_mov_b32_e32 v128, v82
	v_mov_b32_e32 v127, v82
	v_mov_b32_e32 v126, v82
	v_mov_b32_e32 v125, v82
	v_mov_b32_e32 v124, v82
	v_mov_b32_e32 v123, v82
	v_mov_b32_e32 v122, v82
	v_mov_b32_e32 v121, v82
	v_mov_b32_e32 v120, v82
	v_mov_b32_e32 v119, v82
	v_mov_b32_e32 v118, v82
	v_mov_b32_e32 v117, v82
	v_mov_b32_e32 v116, v82
	v_mov_b32_e32 v115, v82
	v_mov_b32_e32 v114, v82
	v_mov_b32_e32 v145, v82
	v_mov_b32_e32 v144, v82
	v_mov_b32_e32 v143, v82
	v_mov_b32_e32 v142, v82
	scratch_store_dwordx4 off, v[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:688 ; 16-byte Folded Spill
	v_mov_b32_e32 v141, v82
	v_mov_b32_e32 v140, v82
	v_mov_b32_e32 v139, v82
	v_mov_b32_e32 v138, v82
	v_mov_b32_e32 v137, v82
	v_mov_b32_e32 v136, v82
	v_mov_b32_e32 v135, v82
	v_mov_b32_e32 v134, v82
	v_mov_b32_e32 v133, v82
	v_mov_b32_e32 v132, v82
	v_mov_b32_e32 v131, v82
	v_mov_b32_e32 v130, v82
	v_mov_b32_e32 v161, v82
	v_mov_b32_e32 v160, v82
	v_mov_b32_e32 v159, v82
	v_mov_b32_e32 v158, v82
	v_mov_b32_e32 v157, v82
	v_mov_b32_e32 v156, v82
	v_mov_b32_e32 v155, v82
	v_mov_b32_e32 v154, v82
	v_mov_b32_e32 v153, v82
	v_mov_b32_e32 v152, v82
	v_mov_b32_e32 v151, v82
	v_mov_b32_e32 v150, v82
	v_mov_b32_e32 v149, v82
	v_mov_b32_e32 v148, v82
	v_mov_b32_e32 v147, v82
	v_mov_b32_e32 v146, v82
	v_mov_b32_e32 v177, v82
	v_mov_b32_e32 v176, v82
	v_mov_b32_e32 v175, v82
	v_mov_b32_e32 v174, v82
	v_mov_b32_e32 v173, v82
	v_mov_b32_e32 v172, v82
	v_mov_b32_e32 v171, v82
	v_mov_b32_e32 v170, v82
	v_mov_b32_e32 v169, v82
	v_mov_b32_e32 v168, v82
	v_mov_b32_e32 v167, v82
	v_mov_b32_e32 v166, v82
	v_mov_b32_e32 v165, v82
	v_mov_b32_e32 v164, v82
	v_mov_b32_e32 v163, v82
	v_mov_b32_e32 v162, v82
	v_mov_b32_e32 v193, v82
	v_mov_b32_e32 v192, v82
	v_mov_b32_e32 v191, v82
	v_mov_b32_e32 v190, v82
	v_mov_b32_e32 v189, v82
	v_mov_b32_e32 v188, v82
	v_mov_b32_e32 v187, v82
	v_mov_b32_e32 v186, v82
	v_mov_b32_e32 v185, v82
	v_mov_b32_e32 v184, v82
	v_mov_b32_e32 v183, v82
	v_mov_b32_e32 v182, v82
	v_mov_b32_e32 v181, v82
	v_mov_b32_e32 v180, v82
	v_mov_b32_e32 v179, v82
	v_mov_b32_e32 v178, v82
	v_mov_b32_e32 v209, v82
	v_mov_b32_e32 v208, v82
	v_mov_b32_e32 v207, v82
	v_mov_b32_e32 v206, v82
	v_mov_b32_e32 v205, v82
	v_mov_b32_e32 v204, v82
	v_mov_b32_e32 v203, v82
	v_mov_b32_e32 v202, v82
	v_mov_b32_e32 v201, v82
	v_mov_b32_e32 v200, v82
	v_mov_b32_e32 v199, v82
	v_mov_b32_e32 v198, v82
	v_mov_b32_e32 v197, v82
	v_mov_b32_e32 v196, v82
	v_mov_b32_e32 v195, v82
	v_mov_b32_e32 v194, v82
	v_accvgpr_write_b32 a93, v15
	v_accvgpr_write_b32 a92, v14
	v_accvgpr_write_b32 a91, v13
	v_accvgpr_write_b32 a90, v12
	v_accvgpr_write_b32 a89, v11
	v_accvgpr_write_b32 a88, v10
	v_accvgpr_write_b32 a87, v9
	v_accvgpr_write_b32 a86, v8
	v_accvgpr_write_b32 a85, v7
	v_accvgpr_write_b32 a84, v6
	v_accvgpr_write_b32 a83, v5
	v_accvgpr_write_b32 a82, v4
	v_accvgpr_write_b32 a81, v3
	v_accvgpr_write_b32 a80, v2
	v_accvgpr_write_b32 a79, v1
	v_accvgpr_write_b32 a78, v0
	scratch_store_dwordx4 off, v[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:560 ; 16-byte Folded Spill
	v_mov_b32_e32 v225, v82
	v_mov_b32_e32 v224, v82
	v_mov_b32_e32 v223, v82
	v_mov_b32_e32 v222, v82
	v_mov_b32_e32 v221, v82
	v_mov_b32_e32 v220, v82
	v_mov_b32_e32 v219, v82
	v_mov_b32_e32 v218, v82
	v_mov_b32_e32 v217, v82
	v_mov_b32_e32 v216, v82
	v_mov_b32_e32 v215, v82
	v_mov_b32_e32 v214, v82
	v_mov_b32_e32 v213, v82
	v_mov_b32_e32 v212, v82
	v_mov_b32_e32 v211, v82
	v_mov_b32_e32 v210, v82
	v_mov_b32_e32 v241, v82
	v_mov_b32_e32 v240, v82
	v_mov_b32_e32 v239, v82
	v_mov_b32_e32 v238, v82
	v_mov_b32_e32 v237, v82
	v_mov_b32_e32 v236, v82
	v_mov_b32_e32 v235, v82
	v_mov_b32_e32 v234, v82
	v_mov_b32_e32 v233, v82
	v_mov_b32_e32 v232, v82
	v_mov_b32_e32 v231, v82
	v_mov_b32_e32 v230, v82
	v_mov_b32_e32 v229, v82
	v_mov_b32_e32 v228, v82
	v_mov_b32_e32 v227, v82
	v_mov_b32_e32 v226, v82
	v_accvgpr_write_b32 a141, v82
	v_accvgpr_write_b32 a140, v82
	v_accvgpr_write_b32 a139, v82
	v_accvgpr_write_b32 a138, v82
	v_accvgpr_write_b32 a137, v82
	v_accvgpr_write_b32 a136, v82
	v_accvgpr_write_b32 a135, v82
	v_accvgpr_write_b32 a134, v82
	v_accvgpr_write_b32 a133, v82
	v_accvgpr_write_b32 a132, v82
	v_accvgpr_write_b32 a131, v82
	v_accvgpr_write_b32 a130, v82
	v_accvgpr_write_b32 a129, v82
	v_accvgpr_write_b32 a128, v82
	v_accvgpr_write_b32 a127, v82
	v_accvgpr_write_b32 a126, v82
	v_mov_b32_e32 v97, v82
	v_mov_b32_e32 v96, v82
	v_mov_b32_e32 v95, v82
	v_mov_b32_e32 v94, v82
	v_mov_b32_e32 v93, v82
	v_mov_b32_e32 v92, v82
	v_mov_b32_e32 v91, v82
	v_mov_b32_e32 v90, v82
	v_mov_b32_e32 v89, v82
	v_mov_b32_e32 v88, v82
	v_mov_b32_e32 v87, v82
	v_mov_b32_e32 v86, v82
	v_mov_b32_e32 v85, v82
	v_mov_b32_e32 v84, v82
	v_mov_b32_e32 v83, v82
	v_accvgpr_write_b32 a157, v15
	v_accvgpr_write_b32 a156, v14
	v_accvgpr_write_b32 a155, v13
	v_accvgpr_write_b32 a154, v12
	v_accvgpr_write_b32 a153, v11
	v_accvgpr_write_b32 a152, v10
	v_accvgpr_write_b32 a151, v9
	v_accvgpr_write_b32 a150, v8
	v_accvgpr_write_b32 a149, v7
	v_accvgpr_write_b32 a148, v6
	v_accvgpr_write_b32 a147, v5
	v_accvgpr_write_b32 a146, v4
	v_accvgpr_write_b32 a145, v3
	v_accvgpr_write_b32 a144, v2
	v_accvgpr_write_b32 a143, v1
	v_accvgpr_write_b32 a142, v0
	v_accvgpr_write_b32 a189, v15
	v_accvgpr_write_b32 a188, v14
	v_accvgpr_write_b32 a187, v13
	v_accvgpr_write_b32 a186, v12
	v_accvgpr_write_b32 a185, v11
	v_accvgpr_write_b32 a184, v10
	v_accvgpr_write_b32 a183, v9
	v_accvgpr_write_b32 a182, v8
	v_accvgpr_write_b32 a181, v7
	v_accvgpr_write_b32 a180, v6
	v_accvgpr_write_b32 a179, v5
	v_accvgpr_write_b32 a178, v4
	v_accvgpr_write_b32 a177, v3
	v_accvgpr_write_b32 a176, v2
	v_accvgpr_write_b32 a175, v1
	v_accvgpr_write_b32 a174, v0
	v_accvgpr_write_b32 a205, v15
	v_accvgpr_write_b32 a204, v14
	v_accvgpr_write_b32 a203, v13
	v_accvgpr_write_b32 a202, v12
	v_accvgpr_write_b32 a201, v11
	v_accvgpr_write_b32 a200, v10
	v_accvgpr_write_b32 a199, v9
	v_accvgpr_write_b32 a198, v8
	v_accvgpr_write_b32 a197, v7
	v_accvgpr_write_b32 a196, v6
	v_accvgpr_write_b32 a195, v5
	v_accvgpr_write_b32 a194, v4
	v_accvgpr_write_b32 a193, v3
	v_accvgpr_write_b32 a192, v2
	v_accvgpr_write_b32 a191, v1
	v_accvgpr_write_b32 a190, v0
	v_accvgpr_write_b32 a221, v15
	v_accvgpr_write_b32 a220, v14
	v_accvgpr_write_b32 a219, v13
	v_accvgpr_write_b32 a218, v12
	v_accvgpr_write_b32 a217, v11
	v_accvgpr_write_b32 a216, v10
	v_accvgpr_write_b32 a215, v9
	v_accvgpr_write_b32 a214, v8
	v_accvgpr_write_b32 a213, v7
	v_accvgpr_write_b32 a212, v6
	v_accvgpr_write_b32 a211, v5
	v_accvgpr_write_b32 a210, v4
	v_accvgpr_write_b32 a209, v3
	v_accvgpr_write_b32 a208, v2
	v_accvgpr_write_b32 a207, v1
	v_accvgpr_write_b32 a206, v0
	v_accvgpr_write_b32 a239, v15
	v_accvgpr_write_b32 a238, v14
	v_accvgpr_write_b32 a237, v13
	v_accvgpr_write_b32 a236, v12
	v_accvgpr_write_b32 a235, v11
	v_accvgpr_write_b32 a234, v10
	v_accvgpr_write_b32 a233, v9
	v_accvgpr_write_b32 a232, v8
	v_accvgpr_write_b32 a231, v7
	v_accvgpr_write_b32 a230, v6
	v_accvgpr_write_b32 a229, v5
	v_accvgpr_write_b32 a228, v4
	v_accvgpr_write_b32 a227, v3
	v_accvgpr_write_b32 a226, v2
	v_accvgpr_write_b32 a225, v1
	v_accvgpr_write_b32 a224, v0
	v_accvgpr_write_b32 a255, v15
	v_accvgpr_write_b32 a254, v14
	v_accvgpr_write_b32 a253, v13
	v_accvgpr_write_b32 a252, v12
	v_accvgpr_write_b32 a251, v11
	v_accvgpr_write_b32 a250, v10
	v_accvgpr_write_b32 a249, v9
	v_accvgpr_write_b32 a248, v8
	v_accvgpr_write_b32 a247, v7
	v_accvgpr_write_b32 a246, v6
	v_accvgpr_write_b32 a245, v5
	v_accvgpr_write_b32 a244, v4
	v_accvgpr_write_b32 a243, v3
	v_accvgpr_write_b32 a242, v2
	v_accvgpr_write_b32 a241, v1
	v_accvgpr_write_b32 a240, v0
	scratch_store_dwordx4 off, v[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:816 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:240 ; 16-byte Folded Spill
	s_branch .LBB0_133
.LBB0_132:                              ; %Flow
	scratch_load_dword v16, off, off offset:1404 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:1408 ; 4-byte Folded Reload
	v_readlane_b32 s33, v254, 2
	v_readlane_b32 s1, v254, 3
	v_readlane_b32 s6, v254, 4
.LBB0_133:                              ; %._crit_edge
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	s_lshr_b32 s0, s67, 1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	s_waitcnt vmcnt(1)
	v_and_or_b32 v36, v16, 31, s1
	.loc	1 22 32                         ; spill.py:22:32
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v0, s0, v17
	.loc	1 35 22 is_stmt 1               ; spill.py:35:22
	v_mul_lo_u32 v34, s33, v36
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s0, v254, 0
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, s6, v0
	.loc	1 35 14                         ; spill.py:35:14
	v_ashrrev_i32_e32 v35, 31, v34
	v_readlane_b32 s1, v254, 1
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v36
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[34:35], v[34:35], 2, s[0:1]
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	s_nop 0
	v_writelane_b32 v254, s0, 5
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 6
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_135
; %bb.134:
	global_store_dword v[34:35], v82, off
.LBB0_135:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 1, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 7
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 8
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_137
; %bb.136:
	global_store_dword v[34:35], v83, off offset:4
.LBB0_137:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 2, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 9
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 10
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_139
; %bb.138:
	global_store_dword v[34:35], v84, off offset:8
.LBB0_139:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 3, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 11
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 12
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_141
; %bb.140:
	global_store_dword v[34:35], v85, off offset:12
.LBB0_141:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 8, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 13
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 14
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_143
; %bb.142:
	global_store_dword v[34:35], v86, off offset:32
.LBB0_143:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 9, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 15
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 16
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_145
; %bb.144:
	global_store_dword v[34:35], v87, off offset:36
.LBB0_145:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 10, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 17
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 18
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_147
; %bb.146:
	global_store_dword v[34:35], v88, off offset:40
.LBB0_147:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 11, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 19
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 20
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_149
; %bb.148:
	global_store_dword v[34:35], v89, off offset:44
.LBB0_149:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 16, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 21
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 22
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_151
; %bb.150:
	global_store_dword v[34:35], v90, off offset:64
.LBB0_151:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 17, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 24
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_153
; %bb.152:
	global_store_dword v[34:35], v91, off offset:68
.LBB0_153:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 18, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 25
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 26
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_155
; %bb.154:
	global_store_dword v[34:35], v92, off offset:72
.LBB0_155:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 19, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 27
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 28
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_157
; %bb.156:
	global_store_dword v[34:35], v93, off offset:76
.LBB0_157:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 24, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 29
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 30
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_159
; %bb.158:
	global_store_dword v[34:35], v94, off offset:96
.LBB0_159:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 25, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 31
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 32
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_161
; %bb.160:
	global_store_dword v[34:35], v95, off offset:100
.LBB0_161:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 26, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 33
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 34
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_163
; %bb.162:
	global_store_dword v[34:35], v96, off offset:104
.LBB0_163:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 27, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 35
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 36
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_165
; %bb.164:
	global_store_dword v[34:35], v97, off offset:108
.LBB0_165:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 64, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v254, s0, 37
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 38
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_167
; %bb.166:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[34:35], v2, off offset:256
.LBB0_167:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x41, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v18
	s_nop 1
	v_writelane_b32 v254, s0, 39
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v254, s1, 40
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_169
; %bb.168:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[34:35], v3, off offset:260
.LBB0_169:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x42, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[36:37], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_171
; %bb.170:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[2:3], v[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v2, off offset:264
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
.LBB0_171:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x43, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[38:39], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_173
; %bb.172:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v3, v5
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v3, off offset:268
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
.LBB0_173:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x48, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[40:41], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_175
; %bb.174:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v6, off offset:288
.LBB0_175:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x49, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[42:43], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_177
; %bb.176:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v7, off offset:292
.LBB0_177:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x4a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[44:45], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_179
; %bb.178:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v8, off offset:296
.LBB0_179:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x4b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[46:47], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_181
; %bb.180:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v9, off offset:300
.LBB0_181:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x50, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[48:49], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_183
; %bb.182:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v10, off offset:320
.LBB0_183:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x51, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[50:51], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_185
; %bb.184:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v11, off offset:324
.LBB0_185:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x52, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[52:53], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_187
; %bb.186:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v12, off offset:328
.LBB0_187:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x53, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[54:55], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_189
; %bb.188:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v13, off offset:332
.LBB0_189:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x58, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[56:57], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_191
; %bb.190:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v14, off offset:352
.LBB0_191:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x59, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[58:59], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_193
; %bb.192:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v15, off offset:356
.LBB0_193:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x5a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[60:61], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_195
; %bb.194:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v16, off offset:360
.LBB0_195:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x5b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[62:63], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_197
; %bb.196:
	scratch_load_dwordx4 v[2:5], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:364
.LBB0_197:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x80, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[64:65], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_199
; %bb.198:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[34:35], v2, off offset:512
.LBB0_199:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x81, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[66:67], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_201
; %bb.200:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[34:35], v3, off offset:516
.LBB0_201:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x82, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[68:69], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_203
; %bb.202:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[2:3], v[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v2, off offset:520
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
.LBB0_203:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x83, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[70:71], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_205
; %bb.204:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v3, v5
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v3, off offset:524
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
.LBB0_205:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x88, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[72:73], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_207
; %bb.206:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v6, off offset:544
.LBB0_207:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x89, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[74:75], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_209
; %bb.208:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v7, off offset:548
.LBB0_209:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x8a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[76:77], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_211
; %bb.210:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v8, off offset:552
.LBB0_211:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x8b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[78:79], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_213
; %bb.212:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v9, off offset:556
.LBB0_213:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x90, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[80:81], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_215
; %bb.214:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v10, off offset:576
.LBB0_215:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x91, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[82:83], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_217
; %bb.216:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v11, off offset:580
.LBB0_217:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x92, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[84:85], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_219
; %bb.218:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v12, off offset:584
.LBB0_219:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x93, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[86:87], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_221
; %bb.220:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v13, off offset:588
.LBB0_221:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x98, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[88:89], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_223
; %bb.222:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v14, off offset:608
.LBB0_223:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x99, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[90:91], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_225
; %bb.224:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v15, off offset:612
.LBB0_225:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x9a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[92:93], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_227
; %bb.226:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v16, off offset:616
.LBB0_227:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x9b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[94:95], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_229
; %bb.228:
	scratch_load_dwordx4 v[2:5], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:620
.LBB0_229:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc0, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[96:97], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_231
; %bb.230:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[34:35], v2, off offset:768
.LBB0_231:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc1, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[98:99], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_233
; %bb.232:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[34:35], v3, off offset:772
.LBB0_233:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc2, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[4:5], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_235
; %bb.234:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[2:3], v[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v2, off offset:776
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
.LBB0_235:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc3, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[2:3], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[6:7], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[4:5], s[6:7]
	s_cbranch_execz .LBB0_237
; %bb.236:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v3, v5
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v3, off offset:780
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
.LBB0_237:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[4:5]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc8, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[4:5], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[10:11], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[6:7], s[10:11]
	s_cbranch_execz .LBB0_239
; %bb.238:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v6, off offset:800
.LBB0_239:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[6:7]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc9, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[6:7], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_241
; %bb.240:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v7, off offset:804
.LBB0_241:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xca, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[28:29], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_243
; %bb.242:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v8, off offset:808
.LBB0_243:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xcb, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[10:11], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_cbranch_execz .LBB0_245
; %bb.244:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[34:35], v9, off offset:812
.LBB0_245:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd0, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[30:31], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_cbranch_execz .LBB0_247
; %bb.246:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v10, off offset:832
.LBB0_247:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd1, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[14:15], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[16:17], s[12:13]
	s_cbranch_execz .LBB0_249
; %bb.248:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v11, off offset:836
.LBB0_249:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[16:17]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd2, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[16:17], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_251
; %bb.250:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v12, off offset:840
.LBB0_251:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[18:19]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd3, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[18:19], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[20:21], s[12:13]
	s_cbranch_execz .LBB0_253
; %bb.252:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[34:35], v13, off offset:844
.LBB0_253:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[20:21]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd8, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[20:21], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[22:23], s[12:13]
	s_cbranch_execz .LBB0_255
; %bb.254:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v14, off offset:864
.LBB0_255:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[22:23]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd9, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[22:23], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[24:25], s[12:13]
	s_cbranch_execz .LBB0_257
; %bb.256:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v15, off offset:868
.LBB0_257:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[24:25]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xda, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[24:25], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[26:27], s[12:13]
	s_cbranch_execz .LBB0_259
; %bb.258:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v16, off offset:872
.LBB0_259:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[26:27]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xdb, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[26:27], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 vcc, s[12:13]
	s_cbranch_execz .LBB0_261
; %bb.260:
	scratch_load_dwordx4 v[2:5], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[34:35], v17, off offset:876
.LBB0_261:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, vcc
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 32, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 35 14                         ; spill.py:35:14
	s_nop 0
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 5
	v_readlane_b32 s13, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_263
; %bb.262:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off
.LBB0_263:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_265
; %bb.264:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:4
.LBB0_265:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 9
	v_readlane_b32 s13, v254, 10
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_267
; %bb.266:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
.LBB0_267:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 11
	v_readlane_b32 s13, v254, 12
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_269
; %bb.268:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:12
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
.LBB0_269:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_271
; %bb.270:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:32
.LBB0_271:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 15
	v_readlane_b32 s13, v254, 16
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_273
; %bb.272:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:36
.LBB0_273:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 17
	v_readlane_b32 s13, v254, 18
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_275
; %bb.274:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:40
.LBB0_275:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_277
; %bb.276:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:44
.LBB0_277:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 21
	v_readlane_b32 s13, v254, 22
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_279
; %bb.278:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:64
.LBB0_279:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 23
	v_readlane_b32 s13, v254, 24
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_281
; %bb.280:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:68
.LBB0_281:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_283
; %bb.282:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:72
.LBB0_283:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 27
	v_readlane_b32 s13, v254, 28
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_285
; %bb.284:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:76
.LBB0_285:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 29
	v_readlane_b32 s13, v254, 30
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_287
; %bb.286:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:96
.LBB0_287:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_289
; %bb.288:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:100
.LBB0_289:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 33
	v_readlane_b32 s13, v254, 34
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_291
; %bb.290:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:104
.LBB0_291:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 35
	v_readlane_b32 s13, v254, 36
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_293
; %bb.292:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:108
.LBB0_293:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_295
; %bb.294:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:256
.LBB0_295:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 39
	v_readlane_b32 s13, v254, 40
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_835
; %bb.296:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_836
.LBB0_297:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_837
.LBB0_298:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_838
.LBB0_299:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_839
.LBB0_300:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_840
.LBB0_301:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_841
.LBB0_302:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_842
.LBB0_303:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_843
.LBB0_304:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_844
.LBB0_305:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_845
.LBB0_306:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_846
.LBB0_307:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_847
.LBB0_308:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_848
.LBB0_309:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_849
.LBB0_310:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_850
.LBB0_311:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_851
.LBB0_312:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_852
.LBB0_313:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_853
.LBB0_314:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_854
.LBB0_315:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_855
.LBB0_316:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_856
.LBB0_317:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_857
.LBB0_318:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_858
.LBB0_319:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_859
.LBB0_320:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_860
.LBB0_321:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_861
.LBB0_322:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_862
.LBB0_323:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_863
.LBB0_324:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_864
.LBB0_325:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_865
.LBB0_326:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_866
.LBB0_327:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_867
.LBB0_328:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_868
.LBB0_329:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_869
.LBB0_330:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_870
.LBB0_331:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_871
.LBB0_332:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_872
.LBB0_333:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_873
.LBB0_334:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_874
.LBB0_335:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_875
.LBB0_336:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_876
.LBB0_337:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_877
.LBB0_338:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_878
.LBB0_339:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_879
.LBB0_340:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_880
.LBB0_341:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_343
.LBB0_342:
	global_store_dword v[2:3], a141, off offset:876
.LBB0_343:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 64, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 35 14                         ; spill.py:35:14
	s_nop 0
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 5
	v_readlane_b32 s13, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_345
; %bb.344:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a240
	v_accvgpr_read_b32 v5, a241
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a242
	v_accvgpr_read_b32 v7, a243
	v_accvgpr_read_b32 v8, a244
	v_accvgpr_read_b32 v9, a245
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a246
	v_accvgpr_read_b32 v11, a247
	v_accvgpr_read_b32 v12, a248
	v_accvgpr_read_b32 v13, a249
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a250
	v_accvgpr_read_b32 v15, a251
	v_accvgpr_read_b32 v16, a252
	v_accvgpr_read_b32 v17, a253
	v_accvgpr_read_b32 v18, a254
	v_accvgpr_read_b32 v19, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off
.LBB0_345:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_347
; %bb.346:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a241
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a242
	v_accvgpr_read_b32 v7, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:4
.LBB0_347:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 9
	v_readlane_b32 s13, v254, 10
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_349
; %bb.348:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a242
	v_accvgpr_read_b32 v5, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
.LBB0_349:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 11
	v_readlane_b32 s13, v254, 12
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_351
; %bb.350:
	global_store_dword v[2:3], a243, off offset:12
.LBB0_351:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_353
; %bb.352:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a244
	v_accvgpr_read_b32 v5, a245
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a246
	v_accvgpr_read_b32 v7, a247
	v_accvgpr_read_b32 v8, a248
	v_accvgpr_read_b32 v9, a249
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:32
.LBB0_353:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 15
	v_readlane_b32 s13, v254, 16
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_355
; %bb.354:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a245
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a246
	v_accvgpr_read_b32 v7, a247
	v_accvgpr_read_b32 v8, a248
	v_accvgpr_read_b32 v9, a249
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:36
.LBB0_355:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 17
	v_readlane_b32 s13, v254, 18
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_357
; %bb.356:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a246
	v_accvgpr_read_b32 v7, a247
	v_accvgpr_read_b32 v8, a248
	v_accvgpr_read_b32 v9, a249
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:40
.LBB0_357:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_359
; %bb.358:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a247
	v_accvgpr_read_b32 v8, a248
	v_accvgpr_read_b32 v9, a249
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:44
.LBB0_359:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 21
	v_readlane_b32 s13, v254, 22
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_361
; %bb.360:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a248
	v_accvgpr_read_b32 v9, a249
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:64
.LBB0_361:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 23
	v_readlane_b32 s13, v254, 24
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_363
; %bb.362:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a249
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:68
.LBB0_363:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_365
; %bb.364:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a250
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:72
.LBB0_365:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 27
	v_readlane_b32 s13, v254, 28
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_367
; %bb.366:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a251
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:76
.LBB0_367:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 29
	v_readlane_b32 s13, v254, 30
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_369
; %bb.368:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a252
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:96
.LBB0_369:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_371
; %bb.370:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a253
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:100
.LBB0_371:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 33
	v_readlane_b32 s13, v254, 34
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_373
; %bb.372:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a254
	v_accvgpr_read_b32 v15, a255
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:104
.LBB0_373:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 35
	v_readlane_b32 s13, v254, 36
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_375
; %bb.374:
	global_store_dword v[2:3], a255, off offset:108
.LBB0_375:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_377
; %bb.376:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a224
	v_accvgpr_read_b32 v5, a225
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a226
	v_accvgpr_read_b32 v7, a227
	v_accvgpr_read_b32 v8, a228
	v_accvgpr_read_b32 v9, a229
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a230
	v_accvgpr_read_b32 v11, a231
	v_accvgpr_read_b32 v12, a232
	v_accvgpr_read_b32 v13, a233
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a234
	v_accvgpr_read_b32 v15, a235
	v_accvgpr_read_b32 v16, a236
	v_accvgpr_read_b32 v17, a237
	v_accvgpr_read_b32 v18, a238
	v_accvgpr_read_b32 v19, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:256
.LBB0_377:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 39
	v_readlane_b32 s13, v254, 40
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_881
; %bb.378:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_882
.LBB0_379:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_883
.LBB0_380:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_884
.LBB0_381:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_885
.LBB0_382:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_886
.LBB0_383:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_887
.LBB0_384:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_888
.LBB0_385:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_889
.LBB0_386:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_890
.LBB0_387:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_891
.LBB0_388:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_892
.LBB0_389:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_893
.LBB0_390:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_894
.LBB0_391:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_895
.LBB0_392:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_896
.LBB0_393:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_897
.LBB0_394:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_898
.LBB0_395:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_899
.LBB0_396:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_900
.LBB0_397:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_901
.LBB0_398:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_902
.LBB0_399:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_903
.LBB0_400:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_904
.LBB0_401:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_905
.LBB0_402:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_906
.LBB0_403:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_907
.LBB0_404:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_908
.LBB0_405:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_909
.LBB0_406:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_910
.LBB0_407:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_911
.LBB0_408:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_912
.LBB0_409:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_913
.LBB0_410:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_914
.LBB0_411:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_915
.LBB0_412:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_916
.LBB0_413:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_917
.LBB0_414:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_918
.LBB0_415:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_919
.LBB0_416:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_920
.LBB0_417:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_921
.LBB0_418:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_922
.LBB0_419:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_923
.LBB0_420:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_924
.LBB0_421:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_925
.LBB0_422:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_926
.LBB0_423:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_425
.LBB0_424:
	global_store_dword v[2:3], a205, off offset:876
.LBB0_425:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0x60, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 35 14                         ; spill.py:35:14
	s_nop 0
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 5
	v_readlane_b32 s13, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_427
; %bb.426:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a174
	v_accvgpr_read_b32 v5, a175
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a176
	v_accvgpr_read_b32 v7, a177
	v_accvgpr_read_b32 v8, a178
	v_accvgpr_read_b32 v9, a179
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a180
	v_accvgpr_read_b32 v11, a181
	v_accvgpr_read_b32 v12, a182
	v_accvgpr_read_b32 v13, a183
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a184
	v_accvgpr_read_b32 v15, a185
	v_accvgpr_read_b32 v16, a186
	v_accvgpr_read_b32 v17, a187
	v_accvgpr_read_b32 v18, a188
	v_accvgpr_read_b32 v19, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off
.LBB0_427:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_429
; %bb.428:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a175
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a176
	v_accvgpr_read_b32 v7, a177
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:4
.LBB0_429:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 9
	v_readlane_b32 s13, v254, 10
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_431
; %bb.430:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a176
	v_accvgpr_read_b32 v5, a177
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
.LBB0_431:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 11
	v_readlane_b32 s13, v254, 12
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_433
; %bb.432:
	global_store_dword v[2:3], a177, off offset:12
.LBB0_433:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_435
; %bb.434:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a178
	v_accvgpr_read_b32 v5, a179
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a180
	v_accvgpr_read_b32 v7, a181
	v_accvgpr_read_b32 v8, a182
	v_accvgpr_read_b32 v9, a183
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:32
.LBB0_435:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 15
	v_readlane_b32 s13, v254, 16
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_437
; %bb.436:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a179
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a180
	v_accvgpr_read_b32 v7, a181
	v_accvgpr_read_b32 v8, a182
	v_accvgpr_read_b32 v9, a183
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:36
.LBB0_437:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 17
	v_readlane_b32 s13, v254, 18
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_439
; %bb.438:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a180
	v_accvgpr_read_b32 v7, a181
	v_accvgpr_read_b32 v8, a182
	v_accvgpr_read_b32 v9, a183
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:40
.LBB0_439:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_441
; %bb.440:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a181
	v_accvgpr_read_b32 v8, a182
	v_accvgpr_read_b32 v9, a183
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:44
.LBB0_441:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 21
	v_readlane_b32 s13, v254, 22
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_443
; %bb.442:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a182
	v_accvgpr_read_b32 v9, a183
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:64
.LBB0_443:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 23
	v_readlane_b32 s13, v254, 24
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_445
; %bb.444:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a183
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:68
.LBB0_445:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_447
; %bb.446:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a184
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:72
.LBB0_447:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 27
	v_readlane_b32 s13, v254, 28
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_449
; %bb.448:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a185
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:76
.LBB0_449:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 29
	v_readlane_b32 s13, v254, 30
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_451
; %bb.450:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a186
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:96
.LBB0_451:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_453
; %bb.452:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a187
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:100
.LBB0_453:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 33
	v_readlane_b32 s13, v254, 34
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_455
; %bb.454:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a188
	v_accvgpr_read_b32 v15, a189
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:104
.LBB0_455:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 35
	v_readlane_b32 s13, v254, 36
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_457
; %bb.456:
	global_store_dword v[2:3], a189, off offset:108
.LBB0_457:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_459
; %bb.458:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a142
	v_accvgpr_read_b32 v5, a143
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a144
	v_accvgpr_read_b32 v7, a145
	v_accvgpr_read_b32 v8, a146
	v_accvgpr_read_b32 v9, a147
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a148
	v_accvgpr_read_b32 v11, a149
	v_accvgpr_read_b32 v12, a150
	v_accvgpr_read_b32 v13, a151
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a152
	v_accvgpr_read_b32 v15, a153
	v_accvgpr_read_b32 v16, a154
	v_accvgpr_read_b32 v17, a155
	v_accvgpr_read_b32 v18, a156
	v_accvgpr_read_b32 v19, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:256
.LBB0_459:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 39
	v_readlane_b32 s13, v254, 40
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_927
; %bb.460:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_928
.LBB0_461:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_929
.LBB0_462:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_930
.LBB0_463:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_931
.LBB0_464:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_932
.LBB0_465:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_933
.LBB0_466:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_934
.LBB0_467:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_935
.LBB0_468:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_936
.LBB0_469:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_937
.LBB0_470:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_938
.LBB0_471:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_939
.LBB0_472:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_940
.LBB0_473:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_941
.LBB0_474:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_942
.LBB0_475:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_943
.LBB0_476:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_944
.LBB0_477:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_945
.LBB0_478:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_946
.LBB0_479:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_947
.LBB0_480:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_948
.LBB0_481:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_949
.LBB0_482:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_950
.LBB0_483:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_951
.LBB0_484:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_952
.LBB0_485:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_953
.LBB0_486:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_954
.LBB0_487:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_955
.LBB0_488:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_956
.LBB0_489:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_957
.LBB0_490:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_958
.LBB0_491:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_959
.LBB0_492:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_960
.LBB0_493:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_961
.LBB0_494:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_962
.LBB0_495:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_963
.LBB0_496:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_964
.LBB0_497:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_965
.LBB0_498:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_966
.LBB0_499:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_967
.LBB0_500:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_968
.LBB0_501:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_969
.LBB0_502:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_970
.LBB0_503:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_971
.LBB0_504:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_972
.LBB0_505:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_507
.LBB0_506:
	global_store_dword v[2:3], a93, off offset:876
.LBB0_507:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0x80, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 35 14                         ; spill.py:35:14
	s_nop 0
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 5
	v_readlane_b32 s13, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_509
; %bb.508:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off
.LBB0_509:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_511
; %bb.510:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:4
.LBB0_511:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 9
	v_readlane_b32 s13, v254, 10
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_513
; %bb.512:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
.LBB0_513:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 11
	v_readlane_b32 s13, v254, 12
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_515
; %bb.514:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:12
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
.LBB0_515:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_517
; %bb.516:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:32
.LBB0_517:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 15
	v_readlane_b32 s13, v254, 16
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_519
; %bb.518:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:36
.LBB0_519:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 17
	v_readlane_b32 s13, v254, 18
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_521
; %bb.520:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:40
.LBB0_521:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_523
; %bb.522:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:44
.LBB0_523:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 21
	v_readlane_b32 s13, v254, 22
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_525
; %bb.524:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:64
.LBB0_525:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 23
	v_readlane_b32 s13, v254, 24
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_527
; %bb.526:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:68
.LBB0_527:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_529
; %bb.528:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:72
.LBB0_529:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 27
	v_readlane_b32 s13, v254, 28
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_531
; %bb.530:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:76
.LBB0_531:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 29
	v_readlane_b32 s13, v254, 30
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_533
; %bb.532:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:96
.LBB0_533:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_535
; %bb.534:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:100
.LBB0_535:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 33
	v_readlane_b32 s13, v254, 34
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_537
; %bb.536:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:104
.LBB0_537:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 35
	v_readlane_b32 s13, v254, 36
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_539
; %bb.538:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:108
.LBB0_539:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_541
; %bb.540:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:256
.LBB0_541:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 39
	v_readlane_b32 s13, v254, 40
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_973
; %bb.542:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_974
.LBB0_543:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_975
.LBB0_544:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_976
.LBB0_545:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_977
.LBB0_546:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_978
.LBB0_547:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_979
.LBB0_548:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_980
.LBB0_549:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_981
.LBB0_550:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_982
.LBB0_551:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_983
.LBB0_552:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_984
.LBB0_553:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_985
.LBB0_554:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_986
.LBB0_555:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_987
.LBB0_556:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_988
.LBB0_557:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_989
.LBB0_558:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_990
.LBB0_559:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_991
.LBB0_560:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_992
.LBB0_561:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_993
.LBB0_562:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_994
.LBB0_563:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_995
.LBB0_564:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_996
.LBB0_565:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_997
.LBB0_566:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_998
.LBB0_567:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_999
.LBB0_568:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1000
.LBB0_569:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1001
.LBB0_570:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1002
.LBB0_571:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1003
.LBB0_572:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1004
.LBB0_573:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1005
.LBB0_574:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1006
.LBB0_575:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1007
.LBB0_576:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1008
.LBB0_577:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1009
.LBB0_578:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1010
.LBB0_579:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1011
.LBB0_580:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1012
.LBB0_581:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1013
.LBB0_582:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1014
.LBB0_583:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1015
.LBB0_584:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1016
.LBB0_585:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1017
.LBB0_586:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1018
.LBB0_587:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_589
.LBB0_588:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:876
.LBB0_589:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0xa0, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 35 14                         ; spill.py:35:14
	s_nop 0
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 5
	v_readlane_b32 s13, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_591
; %bb.590:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off
.LBB0_591:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_593
; %bb.592:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:4
.LBB0_593:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 9
	v_readlane_b32 s13, v254, 10
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_595
; %bb.594:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
.LBB0_595:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 11
	v_readlane_b32 s13, v254, 12
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_597
; %bb.596:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:12
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
.LBB0_597:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_599
; %bb.598:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:32
.LBB0_599:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 15
	v_readlane_b32 s13, v254, 16
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_601
; %bb.600:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:36
.LBB0_601:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 17
	v_readlane_b32 s13, v254, 18
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_603
; %bb.602:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:40
.LBB0_603:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_605
; %bb.604:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:44
.LBB0_605:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 21
	v_readlane_b32 s13, v254, 22
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_607
; %bb.606:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:64
.LBB0_607:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 23
	v_readlane_b32 s13, v254, 24
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_609
; %bb.608:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:68
.LBB0_609:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_611
; %bb.610:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:72
.LBB0_611:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 27
	v_readlane_b32 s13, v254, 28
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_613
; %bb.612:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:76
.LBB0_613:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 29
	v_readlane_b32 s13, v254, 30
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_615
; %bb.614:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:96
.LBB0_615:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_617
; %bb.616:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:100
.LBB0_617:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 33
	v_readlane_b32 s13, v254, 34
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_619
; %bb.618:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:104
.LBB0_619:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 35
	v_readlane_b32 s13, v254, 36
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_621
; %bb.620:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:108
.LBB0_621:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_623
; %bb.622:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v4, off offset:256
.LBB0_623:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 39
	v_readlane_b32 s13, v254, 40
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1019
; %bb.624:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1020
.LBB0_625:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1021
.LBB0_626:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1022
.LBB0_627:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1023
.LBB0_628:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1024
.LBB0_629:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1025
.LBB0_630:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1026
.LBB0_631:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1027
.LBB0_632:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1028
.LBB0_633:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1029
.LBB0_634:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1030
.LBB0_635:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1031
.LBB0_636:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1032
.LBB0_637:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1033
.LBB0_638:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1034
.LBB0_639:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1035
.LBB0_640:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1036
.LBB0_641:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1037
.LBB0_642:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1038
.LBB0_643:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1039
.LBB0_644:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1040
.LBB0_645:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1041
.LBB0_646:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1042
.LBB0_647:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1043
.LBB0_648:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1044
.LBB0_649:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1045
.LBB0_650:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1046
.LBB0_651:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1047
.LBB0_652:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1048
.LBB0_653:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1049
.LBB0_654:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1050
.LBB0_655:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1051
.LBB0_656:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1052
.LBB0_657:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1053
.LBB0_658:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1054
.LBB0_659:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1055
.LBB0_660:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1056
.LBB0_661:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1057
.LBB0_662:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1058
.LBB0_663:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1059
.LBB0_664:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1060
.LBB0_665:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1061
.LBB0_666:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1062
.LBB0_667:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1063
.LBB0_668:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1064
.LBB0_669:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_671
.LBB0_670:
	global_store_dword v[2:3], v225, off offset:876
.LBB0_671:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0xc0, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 35 14                         ; spill.py:35:14
	s_nop 0
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 5
	v_readlane_b32 s13, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_673
; %bb.672:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[194:195]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[196:197]
	v_mov_b64_e32 v[8:9], v[198:199]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[204:205]
	v_mov_b64_e32 v[16:17], v[206:207]
	v_mov_b64_e32 v[18:19], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off
.LBB0_673:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_675
; %bb.674:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v195
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[196:197]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:4
.LBB0_675:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 9
	v_readlane_b32 s13, v254, 10
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_677
; %bb.676:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[196:197]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
.LBB0_677:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 11
	v_readlane_b32 s13, v254, 12
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_679
; %bb.678:
	global_store_dword v[2:3], v197, off offset:12
.LBB0_679:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_681
; %bb.680:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[198:199]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[200:201]
	v_mov_b64_e32 v[8:9], v[202:203]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:32
.LBB0_681:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 15
	v_readlane_b32 s13, v254, 16
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_683
; %bb.682:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v199
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[200:201]
	v_mov_b64_e32 v[8:9], v[202:203]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:36
.LBB0_683:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 17
	v_readlane_b32 s13, v254, 18
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_685
; %bb.684:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[200:201]
	v_mov_b64_e32 v[8:9], v[202:203]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:40
.LBB0_685:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_687
; %bb.686:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v201
	v_mov_b64_e32 v[8:9], v[202:203]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:44
.LBB0_687:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 21
	v_readlane_b32 s13, v254, 22
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_689
; %bb.688:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[202:203]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:64
.LBB0_689:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 23
	v_readlane_b32 s13, v254, 24
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_691
; %bb.690:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v203
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:68
.LBB0_691:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_693
; %bb.692:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[204:205]
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:72
.LBB0_693:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 27
	v_readlane_b32 s13, v254, 28
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_695
; %bb.694:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v205
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:76
.LBB0_695:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 29
	v_readlane_b32 s13, v254, 30
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_697
; %bb.696:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[206:207]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:96
.LBB0_697:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_699
; %bb.698:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v207
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:100
.LBB0_699:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 33
	v_readlane_b32 s13, v254, 34
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_701
; %bb.700:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:104
.LBB0_701:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 35
	v_readlane_b32 s13, v254, 36
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_703
; %bb.702:
	global_store_dword v[2:3], v209, off offset:108
.LBB0_703:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_705
; %bb.704:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[178:179]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[180:181]
	v_mov_b64_e32 v[8:9], v[182:183]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[188:189]
	v_mov_b64_e32 v[16:17], v[190:191]
	v_mov_b64_e32 v[18:19], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:256
.LBB0_705:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s12, v254, 39
	v_readlane_b32 s13, v254, 40
	s_and_b64 s[34:35], vcc, s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1065
; %bb.706:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1066
.LBB0_707:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1067
.LBB0_708:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1068
.LBB0_709:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1069
.LBB0_710:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1070
.LBB0_711:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1071
.LBB0_712:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1072
.LBB0_713:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1073
.LBB0_714:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1074
.LBB0_715:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1075
.LBB0_716:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1076
.LBB0_717:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1077
.LBB0_718:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1078
.LBB0_719:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1079
.LBB0_720:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1080
.LBB0_721:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1081
.LBB0_722:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1082
.LBB0_723:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1083
.LBB0_724:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1084
.LBB0_725:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1085
.LBB0_726:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1086
.LBB0_727:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1087
.LBB0_728:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1088
.LBB0_729:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1089
.LBB0_730:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1090
.LBB0_731:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1091
.LBB0_732:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1092
.LBB0_733:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1093
.LBB0_734:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1094
.LBB0_735:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1095
.LBB0_736:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1096
.LBB0_737:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1097
.LBB0_738:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1098
.LBB0_739:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1099
.LBB0_740:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1100
.LBB0_741:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1101
.LBB0_742:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1102
.LBB0_743:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1103
.LBB0_744:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1104
.LBB0_745:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1105
.LBB0_746:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1106
.LBB0_747:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1107
.LBB0_748:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1108
.LBB0_749:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1109
.LBB0_750:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_1110
.LBB0_751:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_753
.LBB0_752:
	global_store_dword v[2:3], v161, off offset:876
.LBB0_753:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0xe0, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v2, s33, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s12, v254, 0
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s13, v254, 1
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v254, 5
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s9, v254, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_755
; %bb.754:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[130:131]
	v_mov_b64_e32 v[4:5], v[132:133]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[134:135]
	v_mov_b64_e32 v[8:9], v[136:137]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[138:139]
	v_mov_b64_e32 v[12:13], v[140:141]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[142:143]
	v_mov_b64_e32 v[16:17], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off
.LBB0_755:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 7
	v_readlane_b32 s9, v254, 8
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_757
; %bb.756:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v131
	v_mov_b64_e32 v[4:5], v[132:133]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:4
.LBB0_757:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 9
	v_readlane_b32 s9, v254, 10
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_759
; %bb.758:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[132:133]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_759:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 11
	v_readlane_b32 s9, v254, 12
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_761
; %bb.760:
	global_store_dword v[0:1], v133, off offset:12
.LBB0_761:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 13
	v_readlane_b32 s9, v254, 14
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_763
; %bb.762:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[134:135]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[136:137]
	v_mov_b64_e32 v[8:9], v[138:139]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:32
.LBB0_763:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 15
	v_readlane_b32 s9, v254, 16
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_765
; %bb.764:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v135
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[136:137]
	v_mov_b64_e32 v[8:9], v[138:139]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:36
.LBB0_765:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 17
	v_readlane_b32 s9, v254, 18
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_767
; %bb.766:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[136:137]
	v_mov_b64_e32 v[8:9], v[138:139]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:40
.LBB0_767:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 19
	v_readlane_b32 s9, v254, 20
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_769
; %bb.768:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v137
	v_mov_b64_e32 v[8:9], v[138:139]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:44
.LBB0_769:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 21
	v_readlane_b32 s9, v254, 22
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_771
; %bb.770:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[138:139]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:64
.LBB0_771:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 23
	v_readlane_b32 s9, v254, 24
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_773
; %bb.772:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v139
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:68
.LBB0_773:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 25
	v_readlane_b32 s9, v254, 26
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_775
; %bb.774:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[140:141]
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:72
.LBB0_775:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 27
	v_readlane_b32 s9, v254, 28
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_777
; %bb.776:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v141
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:76
.LBB0_777:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 29
	v_readlane_b32 s9, v254, 30
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_779
; %bb.778:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[142:143]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:96
.LBB0_779:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 31
	v_readlane_b32 s9, v254, 32
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_781
; %bb.780:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v143
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:100
.LBB0_781:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 33
	v_readlane_b32 s9, v254, 34
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_783
; %bb.782:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:104
.LBB0_783:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 35
	v_readlane_b32 s9, v254, 36
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_785
; %bb.784:
	global_store_dword v[0:1], v145, off offset:108
.LBB0_785:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 37
	v_readlane_b32 s9, v254, 38
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_787
; %bb.786:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[114:115]
	v_mov_b64_e32 v[4:5], v[116:117]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[118:119]
	v_mov_b64_e32 v[8:9], v[120:121]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[122:123]
	v_mov_b64_e32 v[12:13], v[124:125]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[126:127]
	v_mov_b64_e32 v[16:17], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:256
.LBB0_787:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v254, 39
	v_readlane_b32 s9, v254, 40
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1111
; %bb.788:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1112
.LBB0_789:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1113
.LBB0_790:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1114
.LBB0_791:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1115
.LBB0_792:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1116
.LBB0_793:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1117
.LBB0_794:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1118
.LBB0_795:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1119
.LBB0_796:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1120
.LBB0_797:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1121
.LBB0_798:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1122
.LBB0_799:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1123
.LBB0_800:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1124
.LBB0_801:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1125
.LBB0_802:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1126
.LBB0_803:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1127
.LBB0_804:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1128
.LBB0_805:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1129
.LBB0_806:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1130
.LBB0_807:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1131
.LBB0_808:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1132
.LBB0_809:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1133
.LBB0_810:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1134
.LBB0_811:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1135
.LBB0_812:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1136
.LBB0_813:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1137
.LBB0_814:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1138
.LBB0_815:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1139
.LBB0_816:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1140
.LBB0_817:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1141
.LBB0_818:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1142
.LBB0_819:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1143
.LBB0_820:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_1144
.LBB0_821:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1145
.LBB0_822:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1146
.LBB0_823:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1147
.LBB0_824:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1148
.LBB0_825:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1149
.LBB0_826:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1150
.LBB0_827:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1151
.LBB0_828:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1152
.LBB0_829:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1153
.LBB0_830:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1154
.LBB0_831:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1155
.LBB0_832:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1156
.LBB0_833:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execnz .LBB0_1157
.LBB0_834:
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.LBB0_835:
	.loc	1 0 1 is_stmt 0                 ; spill.py:0:1
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 36 5 is_stmt 1                ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_297
.LBB0_836:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_298
.LBB0_837:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:268
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_299
.LBB0_838:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_300
.LBB0_839:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_301
.LBB0_840:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_302
.LBB0_841:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_303
.LBB0_842:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_304
.LBB0_843:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_305
.LBB0_844:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_306
.LBB0_845:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_307
.LBB0_846:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_308
.LBB0_847:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_309
.LBB0_848:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_310
.LBB0_849:
	scratch_load_dwordx4 v[4:7], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_311
.LBB0_850:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_312
.LBB0_851:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_313
.LBB0_852:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_314
.LBB0_853:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:524
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_315
.LBB0_854:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_316
.LBB0_855:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_317
.LBB0_856:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_318
.LBB0_857:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_319
.LBB0_858:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_320
.LBB0_859:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_321
.LBB0_860:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_322
.LBB0_861:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_323
.LBB0_862:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_324
.LBB0_863:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_325
.LBB0_864:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_326
.LBB0_865:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_327
.LBB0_866:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a126
	v_accvgpr_read_b32 v5, a127
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a128
	v_accvgpr_read_b32 v7, a129
	v_accvgpr_read_b32 v8, a130
	v_accvgpr_read_b32 v9, a131
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a132
	v_accvgpr_read_b32 v11, a133
	v_accvgpr_read_b32 v12, a134
	v_accvgpr_read_b32 v13, a135
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a136
	v_accvgpr_read_b32 v15, a137
	v_accvgpr_read_b32 v16, a138
	v_accvgpr_read_b32 v17, a139
	v_accvgpr_read_b32 v18, a140
	v_accvgpr_read_b32 v19, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_328
.LBB0_867:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a127
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a128
	v_accvgpr_read_b32 v7, a129
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_329
.LBB0_868:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a128
	v_accvgpr_read_b32 v5, a129
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_330
.LBB0_869:
	global_store_dword v[2:3], a129, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_331
.LBB0_870:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a130
	v_accvgpr_read_b32 v5, a131
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a132
	v_accvgpr_read_b32 v7, a133
	v_accvgpr_read_b32 v8, a134
	v_accvgpr_read_b32 v9, a135
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_332
.LBB0_871:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a131
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a132
	v_accvgpr_read_b32 v7, a133
	v_accvgpr_read_b32 v8, a134
	v_accvgpr_read_b32 v9, a135
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_333
.LBB0_872:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a132
	v_accvgpr_read_b32 v7, a133
	v_accvgpr_read_b32 v8, a134
	v_accvgpr_read_b32 v9, a135
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_334
.LBB0_873:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a133
	v_accvgpr_read_b32 v8, a134
	v_accvgpr_read_b32 v9, a135
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_335
.LBB0_874:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a134
	v_accvgpr_read_b32 v9, a135
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_336
.LBB0_875:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a135
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_337
.LBB0_876:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a136
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_338
.LBB0_877:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a137
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_339
.LBB0_878:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a138
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_340
.LBB0_879:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a139
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_341
.LBB0_880:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a140
	v_accvgpr_read_b32 v15, a141
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_342
	s_branch .LBB0_343
.LBB0_881:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a225
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a226
	v_accvgpr_read_b32 v7, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_379
.LBB0_882:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a226
	v_accvgpr_read_b32 v5, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_380
.LBB0_883:
	global_store_dword v[2:3], a227, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_381
.LBB0_884:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a228
	v_accvgpr_read_b32 v5, a229
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a230
	v_accvgpr_read_b32 v7, a231
	v_accvgpr_read_b32 v8, a232
	v_accvgpr_read_b32 v9, a233
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_382
.LBB0_885:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a229
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a230
	v_accvgpr_read_b32 v7, a231
	v_accvgpr_read_b32 v8, a232
	v_accvgpr_read_b32 v9, a233
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_383
.LBB0_886:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a230
	v_accvgpr_read_b32 v7, a231
	v_accvgpr_read_b32 v8, a232
	v_accvgpr_read_b32 v9, a233
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_384
.LBB0_887:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a231
	v_accvgpr_read_b32 v8, a232
	v_accvgpr_read_b32 v9, a233
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_385
.LBB0_888:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a232
	v_accvgpr_read_b32 v9, a233
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_386
.LBB0_889:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a233
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_387
.LBB0_890:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a234
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_388
.LBB0_891:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a235
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_389
.LBB0_892:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a236
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_390
.LBB0_893:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a237
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_391
.LBB0_894:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a238
	v_accvgpr_read_b32 v15, a239
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_392
.LBB0_895:
	global_store_dword v[2:3], a239, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_393
.LBB0_896:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a206
	v_accvgpr_read_b32 v5, a207
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a208
	v_accvgpr_read_b32 v7, a209
	v_accvgpr_read_b32 v8, a210
	v_accvgpr_read_b32 v9, a211
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a212
	v_accvgpr_read_b32 v11, a213
	v_accvgpr_read_b32 v12, a214
	v_accvgpr_read_b32 v13, a215
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a216
	v_accvgpr_read_b32 v15, a217
	v_accvgpr_read_b32 v16, a218
	v_accvgpr_read_b32 v17, a219
	v_accvgpr_read_b32 v18, a220
	v_accvgpr_read_b32 v19, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_394
.LBB0_897:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a207
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a208
	v_accvgpr_read_b32 v7, a209
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_395
.LBB0_898:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a208
	v_accvgpr_read_b32 v5, a209
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_396
.LBB0_899:
	global_store_dword v[2:3], a209, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_397
.LBB0_900:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a210
	v_accvgpr_read_b32 v5, a211
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a212
	v_accvgpr_read_b32 v7, a213
	v_accvgpr_read_b32 v8, a214
	v_accvgpr_read_b32 v9, a215
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_398
.LBB0_901:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a211
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a212
	v_accvgpr_read_b32 v7, a213
	v_accvgpr_read_b32 v8, a214
	v_accvgpr_read_b32 v9, a215
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_399
.LBB0_902:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a212
	v_accvgpr_read_b32 v7, a213
	v_accvgpr_read_b32 v8, a214
	v_accvgpr_read_b32 v9, a215
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_400
.LBB0_903:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a213
	v_accvgpr_read_b32 v8, a214
	v_accvgpr_read_b32 v9, a215
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_401
.LBB0_904:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a214
	v_accvgpr_read_b32 v9, a215
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_402
.LBB0_905:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a215
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_403
.LBB0_906:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a216
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_404
.LBB0_907:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a217
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_405
.LBB0_908:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a218
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_406
.LBB0_909:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a219
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_407
.LBB0_910:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a220
	v_accvgpr_read_b32 v15, a221
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_408
.LBB0_911:
	global_store_dword v[2:3], a221, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_409
.LBB0_912:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a190
	v_accvgpr_read_b32 v5, a191
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a192
	v_accvgpr_read_b32 v7, a193
	v_accvgpr_read_b32 v8, a194
	v_accvgpr_read_b32 v9, a195
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a196
	v_accvgpr_read_b32 v11, a197
	v_accvgpr_read_b32 v12, a198
	v_accvgpr_read_b32 v13, a199
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a200
	v_accvgpr_read_b32 v15, a201
	v_accvgpr_read_b32 v16, a202
	v_accvgpr_read_b32 v17, a203
	v_accvgpr_read_b32 v18, a204
	v_accvgpr_read_b32 v19, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_410
.LBB0_913:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a191
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a192
	v_accvgpr_read_b32 v7, a193
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_411
.LBB0_914:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a192
	v_accvgpr_read_b32 v5, a193
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_412
.LBB0_915:
	global_store_dword v[2:3], a193, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_413
.LBB0_916:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a194
	v_accvgpr_read_b32 v5, a195
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a196
	v_accvgpr_read_b32 v7, a197
	v_accvgpr_read_b32 v8, a198
	v_accvgpr_read_b32 v9, a199
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_414
.LBB0_917:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a195
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a196
	v_accvgpr_read_b32 v7, a197
	v_accvgpr_read_b32 v8, a198
	v_accvgpr_read_b32 v9, a199
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_415
.LBB0_918:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a196
	v_accvgpr_read_b32 v7, a197
	v_accvgpr_read_b32 v8, a198
	v_accvgpr_read_b32 v9, a199
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_416
.LBB0_919:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a197
	v_accvgpr_read_b32 v8, a198
	v_accvgpr_read_b32 v9, a199
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_417
.LBB0_920:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a198
	v_accvgpr_read_b32 v9, a199
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_418
.LBB0_921:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a199
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_419
.LBB0_922:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a200
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_420
.LBB0_923:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a201
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_421
.LBB0_924:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a202
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_422
.LBB0_925:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a203
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_423
.LBB0_926:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a204
	v_accvgpr_read_b32 v15, a205
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_424
	s_branch .LBB0_425
.LBB0_927:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a143
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a144
	v_accvgpr_read_b32 v7, a145
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_461
.LBB0_928:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a144
	v_accvgpr_read_b32 v5, a145
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_462
.LBB0_929:
	global_store_dword v[2:3], a145, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_463
.LBB0_930:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a146
	v_accvgpr_read_b32 v5, a147
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a148
	v_accvgpr_read_b32 v7, a149
	v_accvgpr_read_b32 v8, a150
	v_accvgpr_read_b32 v9, a151
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_464
.LBB0_931:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a147
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a148
	v_accvgpr_read_b32 v7, a149
	v_accvgpr_read_b32 v8, a150
	v_accvgpr_read_b32 v9, a151
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_465
.LBB0_932:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a148
	v_accvgpr_read_b32 v7, a149
	v_accvgpr_read_b32 v8, a150
	v_accvgpr_read_b32 v9, a151
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_466
.LBB0_933:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a149
	v_accvgpr_read_b32 v8, a150
	v_accvgpr_read_b32 v9, a151
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_467
.LBB0_934:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a150
	v_accvgpr_read_b32 v9, a151
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_468
.LBB0_935:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a151
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_469
.LBB0_936:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a152
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_470
.LBB0_937:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a153
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_471
.LBB0_938:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a154
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_472
.LBB0_939:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a155
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_473
.LBB0_940:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a156
	v_accvgpr_read_b32 v15, a157
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_474
.LBB0_941:
	global_store_dword v[2:3], a157, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_475
.LBB0_942:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_476
.LBB0_943:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_477
.LBB0_944:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_478
.LBB0_945:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:524
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_479
.LBB0_946:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_480
.LBB0_947:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_481
.LBB0_948:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_482
.LBB0_949:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_483
.LBB0_950:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_484
.LBB0_951:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_485
.LBB0_952:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_486
.LBB0_953:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_487
.LBB0_954:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_488
.LBB0_955:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_489
.LBB0_956:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_490
.LBB0_957:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_491
.LBB0_958:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a78
	v_accvgpr_read_b32 v5, a79
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a80
	v_accvgpr_read_b32 v7, a81
	v_accvgpr_read_b32 v8, a82
	v_accvgpr_read_b32 v9, a83
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a84
	v_accvgpr_read_b32 v11, a85
	v_accvgpr_read_b32 v12, a86
	v_accvgpr_read_b32 v13, a87
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a88
	v_accvgpr_read_b32 v15, a89
	v_accvgpr_read_b32 v16, a90
	v_accvgpr_read_b32 v17, a91
	v_accvgpr_read_b32 v18, a92
	v_accvgpr_read_b32 v19, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_492
.LBB0_959:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a79
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a80
	v_accvgpr_read_b32 v7, a81
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_493
.LBB0_960:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a80
	v_accvgpr_read_b32 v5, a81
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_494
.LBB0_961:
	global_store_dword v[2:3], a81, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_495
.LBB0_962:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a82
	v_accvgpr_read_b32 v5, a83
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a84
	v_accvgpr_read_b32 v7, a85
	v_accvgpr_read_b32 v8, a86
	v_accvgpr_read_b32 v9, a87
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_496
.LBB0_963:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a83
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a84
	v_accvgpr_read_b32 v7, a85
	v_accvgpr_read_b32 v8, a86
	v_accvgpr_read_b32 v9, a87
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_497
.LBB0_964:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v6, a84
	v_accvgpr_read_b32 v7, a85
	v_accvgpr_read_b32 v8, a86
	v_accvgpr_read_b32 v9, a87
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_498
.LBB0_965:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v7, a85
	v_accvgpr_read_b32 v8, a86
	v_accvgpr_read_b32 v9, a87
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_499
.LBB0_966:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a86
	v_accvgpr_read_b32 v9, a87
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_500
.LBB0_967:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a87
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_501
.LBB0_968:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v10, a88
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_502
.LBB0_969:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v11, a89
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_503
.LBB0_970:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a90
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_504
.LBB0_971:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a91
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_505
.LBB0_972:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v14, a92
	v_accvgpr_read_b32 v15, a93
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_506
	s_branch .LBB0_507
.LBB0_973:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_543
.LBB0_974:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_544
.LBB0_975:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:268
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_545
.LBB0_976:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_546
.LBB0_977:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_547
.LBB0_978:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_548
.LBB0_979:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_549
.LBB0_980:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_550
.LBB0_981:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_551
.LBB0_982:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_552
.LBB0_983:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_553
.LBB0_984:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_554
.LBB0_985:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_555
.LBB0_986:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_556
.LBB0_987:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_557
.LBB0_988:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_558
.LBB0_989:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_559
.LBB0_990:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_560
.LBB0_991:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:524
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_561
.LBB0_992:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_562
.LBB0_993:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_563
.LBB0_994:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_564
.LBB0_995:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_565
.LBB0_996:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_566
.LBB0_997:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_567
.LBB0_998:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_568
.LBB0_999:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_569
.LBB0_1000:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_570
.LBB0_1001:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_571
.LBB0_1002:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_572
.LBB0_1003:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_573
.LBB0_1004:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_574
.LBB0_1005:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_575
.LBB0_1006:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[4:5], v[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_576
.LBB0_1007:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v5, v7
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:780
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_577
.LBB0_1008:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_578
.LBB0_1009:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_579
.LBB0_1010:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_580
.LBB0_1011:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_581
.LBB0_1012:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_582
.LBB0_1013:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_583
.LBB0_1014:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_584
.LBB0_1015:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_585
.LBB0_1016:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_586
.LBB0_1017:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_587
.LBB0_1018:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_588
	s_branch .LBB0_589
.LBB0_1019:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_625
.LBB0_1020:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_626
.LBB0_1021:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	v_mov_b32_e32 v5, v7
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_627
.LBB0_1022:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(4)
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v8, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_628
.LBB0_1023:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(4)
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v9, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_629
.LBB0_1024:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v10, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_630
.LBB0_1025:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v11, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_631
.LBB0_1026:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v12, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_632
.LBB0_1027:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v13, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_633
.LBB0_1028:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v14, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_634
.LBB0_1029:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v15, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_635
.LBB0_1030:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v16, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_636
.LBB0_1031:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v17, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_637
.LBB0_1032:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v18, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_638
.LBB0_1033:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a74             ;  Reload Reuse
	v_accvgpr_read_b32 v10, a75             ;  Reload Reuse
	v_accvgpr_read_b32 v9, a76              ;  Reload Reuse
	v_accvgpr_read_b32 v8, a77              ;  Reload Reuse
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v15, a70             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a71             ;  Reload Reuse
	v_accvgpr_read_b32 v13, a72             ;  Reload Reuse
	v_accvgpr_read_b32 v12, a73             ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a66             ;  Reload Reuse
	v_accvgpr_read_b32 v18, a67             ;  Reload Reuse
	v_accvgpr_read_b32 v17, a68             ;  Reload Reuse
	v_accvgpr_read_b32 v16, a69             ;  Reload Reuse
	global_store_dword v[2:3], v19, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_639
.LBB0_1034:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[226:227]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[228:229]
	v_mov_b64_e32 v[8:9], v[230:231]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[236:237]
	v_mov_b64_e32 v[16:17], v[238:239]
	v_mov_b64_e32 v[18:19], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_640
.LBB0_1035:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v227
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[228:229]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_641
.LBB0_1036:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[228:229]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_642
.LBB0_1037:
	global_store_dword v[2:3], v229, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_643
.LBB0_1038:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[230:231]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[232:233]
	v_mov_b64_e32 v[8:9], v[234:235]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_644
.LBB0_1039:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v231
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[232:233]
	v_mov_b64_e32 v[8:9], v[234:235]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_645
.LBB0_1040:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[232:233]
	v_mov_b64_e32 v[8:9], v[234:235]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_646
.LBB0_1041:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v233
	v_mov_b64_e32 v[8:9], v[234:235]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_647
.LBB0_1042:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[234:235]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_648
.LBB0_1043:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v235
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_649
.LBB0_1044:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[236:237]
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_650
.LBB0_1045:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v237
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_651
.LBB0_1046:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_652
.LBB0_1047:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v239
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_653
.LBB0_1048:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_654
.LBB0_1049:
	global_store_dword v[2:3], v241, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_655
.LBB0_1050:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[210:211]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[212:213]
	v_mov_b64_e32 v[8:9], v[214:215]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[220:221]
	v_mov_b64_e32 v[16:17], v[222:223]
	v_mov_b64_e32 v[18:19], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_656
.LBB0_1051:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v211
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[212:213]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_657
.LBB0_1052:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[212:213]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_658
.LBB0_1053:
	global_store_dword v[2:3], v213, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_659
.LBB0_1054:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[214:215]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[216:217]
	v_mov_b64_e32 v[8:9], v[218:219]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_660
.LBB0_1055:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v215
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[216:217]
	v_mov_b64_e32 v[8:9], v[218:219]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_661
.LBB0_1056:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[216:217]
	v_mov_b64_e32 v[8:9], v[218:219]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_662
.LBB0_1057:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v217
	v_mov_b64_e32 v[8:9], v[218:219]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_663
.LBB0_1058:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[218:219]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_664
.LBB0_1059:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v219
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_665
.LBB0_1060:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[220:221]
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_666
.LBB0_1061:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v221
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_667
.LBB0_1062:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_668
.LBB0_1063:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v223
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_669
.LBB0_1064:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_670
	s_branch .LBB0_671
.LBB0_1065:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v179
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[180:181]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_707
.LBB0_1066:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[180:181]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_708
.LBB0_1067:
	global_store_dword v[2:3], v181, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_709
.LBB0_1068:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[182:183]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[184:185]
	v_mov_b64_e32 v[8:9], v[186:187]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_710
.LBB0_1069:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v183
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[184:185]
	v_mov_b64_e32 v[8:9], v[186:187]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_711
.LBB0_1070:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[184:185]
	v_mov_b64_e32 v[8:9], v[186:187]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_712
.LBB0_1071:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v185
	v_mov_b64_e32 v[8:9], v[186:187]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_713
.LBB0_1072:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[186:187]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_714
.LBB0_1073:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v187
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_715
.LBB0_1074:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[188:189]
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_716
.LBB0_1075:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v189
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_717
.LBB0_1076:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[190:191]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_718
.LBB0_1077:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v191
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_719
.LBB0_1078:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_720
.LBB0_1079:
	global_store_dword v[2:3], v193, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_721
.LBB0_1080:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[162:163]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[164:165]
	v_mov_b64_e32 v[8:9], v[166:167]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[172:173]
	v_mov_b64_e32 v[16:17], v[174:175]
	v_mov_b64_e32 v[18:19], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_722
.LBB0_1081:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v163
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[164:165]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_723
.LBB0_1082:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[164:165]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_724
.LBB0_1083:
	global_store_dword v[2:3], v165, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_725
.LBB0_1084:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[166:167]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[168:169]
	v_mov_b64_e32 v[8:9], v[170:171]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_726
.LBB0_1085:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v167
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[168:169]
	v_mov_b64_e32 v[8:9], v[170:171]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_727
.LBB0_1086:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[168:169]
	v_mov_b64_e32 v[8:9], v[170:171]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_728
.LBB0_1087:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v169
	v_mov_b64_e32 v[8:9], v[170:171]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_729
.LBB0_1088:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[170:171]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_730
.LBB0_1089:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v171
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_731
.LBB0_1090:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[172:173]
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_732
.LBB0_1091:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v173
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_733
.LBB0_1092:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[174:175]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_734
.LBB0_1093:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v175
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_735
.LBB0_1094:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_736
.LBB0_1095:
	global_store_dword v[2:3], v177, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_737
.LBB0_1096:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[146:147]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[148:149]
	v_mov_b64_e32 v[8:9], v[150:151]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[156:157]
	v_mov_b64_e32 v[16:17], v[158:159]
	v_mov_b64_e32 v[18:19], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_738
.LBB0_1097:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v147
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[148:149]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_739
.LBB0_1098:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[148:149]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_740
.LBB0_1099:
	global_store_dword v[2:3], v149, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_741
.LBB0_1100:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[150:151]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[152:153]
	v_mov_b64_e32 v[8:9], v[154:155]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_742
.LBB0_1101:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v151
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[152:153]
	v_mov_b64_e32 v[8:9], v[154:155]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_743
.LBB0_1102:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[152:153]
	v_mov_b64_e32 v[8:9], v[154:155]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_744
.LBB0_1103:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v153
	v_mov_b64_e32 v[8:9], v[154:155]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_745
.LBB0_1104:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[154:155]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_746
.LBB0_1105:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v155
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_747
.LBB0_1106:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[156:157]
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_748
.LBB0_1107:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v157
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_749
.LBB0_1108:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[158:159]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_750
.LBB0_1109:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v159
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_751
.LBB0_1110:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[34:35], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_752
	s_branch .LBB0_753
.LBB0_1111:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v115
	v_mov_b64_e32 v[4:5], v[116:117]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:260
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_789
.LBB0_1112:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[116:117]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_790
.LBB0_1113:
	global_store_dword v[0:1], v117, off offset:268
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_791
.LBB0_1114:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[118:119]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[120:121]
	v_mov_b64_e32 v[8:9], v[122:123]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:288
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_792
.LBB0_1115:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v119
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[120:121]
	v_mov_b64_e32 v[8:9], v[122:123]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:292
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_793
.LBB0_1116:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[6:7], v[120:121]
	v_mov_b64_e32 v[8:9], v[122:123]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:296
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_794
.LBB0_1117:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v7, v121
	v_mov_b64_e32 v[8:9], v[122:123]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:300
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_795
.LBB0_1118:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[122:123]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:320
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_796
.LBB0_1119:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v123
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:324
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_797
.LBB0_1120:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[10:11], v[124:125]
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:328
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_798
.LBB0_1121:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v11, v125
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:332
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_799
.LBB0_1122:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[126:127]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:352
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_800
.LBB0_1123:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v127
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:356
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_801
.LBB0_1124:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[14:15], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:360
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_802
.LBB0_1125:
	global_store_dword v[0:1], v129, off offset:364
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_803
.LBB0_1126:
	global_store_dword v[0:1], v98, off offset:512
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_804
.LBB0_1127:
	global_store_dword v[0:1], v99, off offset:516
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_805
.LBB0_1128:
	global_store_dword v[0:1], v100, off offset:520
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_806
.LBB0_1129:
	global_store_dword v[0:1], v101, off offset:524
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_807
.LBB0_1130:
	global_store_dword v[0:1], v102, off offset:544
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_808
.LBB0_1131:
	global_store_dword v[0:1], v103, off offset:548
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_809
.LBB0_1132:
	global_store_dword v[0:1], v104, off offset:552
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_810
.LBB0_1133:
	global_store_dword v[0:1], v105, off offset:556
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_811
.LBB0_1134:
	global_store_dword v[0:1], v106, off offset:576
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_812
.LBB0_1135:
	global_store_dword v[0:1], v107, off offset:580
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_813
.LBB0_1136:
	global_store_dword v[0:1], v108, off offset:584
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_814
.LBB0_1137:
	global_store_dword v[0:1], v109, off offset:588
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_815
.LBB0_1138:
	global_store_dword v[0:1], v110, off offset:608
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_816
.LBB0_1139:
	global_store_dword v[0:1], v111, off offset:612
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_817
.LBB0_1140:
	global_store_dword v[0:1], v112, off offset:616
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_818
.LBB0_1141:
	global_store_dword v[0:1], v113, off offset:620
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_819
.LBB0_1142:
	global_store_dword v[0:1], v66, off offset:768
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_820
.LBB0_1143:
	global_store_dword v[0:1], v67, off offset:772
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_821
.LBB0_1144:
	global_store_dword v[0:1], v68, off offset:776
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_822
.LBB0_1145:
	global_store_dword v[0:1], v69, off offset:780
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_823
.LBB0_1146:
	global_store_dword v[0:1], v70, off offset:800
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_824
.LBB0_1147:
	global_store_dword v[0:1], v71, off offset:804
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_825
.LBB0_1148:
	global_store_dword v[0:1], v72, off offset:808
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_826
.LBB0_1149:
	global_store_dword v[0:1], v73, off offset:812
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_827
.LBB0_1150:
	global_store_dword v[0:1], v74, off offset:832
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_828
.LBB0_1151:
	global_store_dword v[0:1], v75, off offset:836
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_829
.LBB0_1152:
	global_store_dword v[0:1], v76, off offset:840
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_830
.LBB0_1153:
	global_store_dword v[0:1], v77, off offset:844
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_831
.LBB0_1154:
	global_store_dword v[0:1], v78, off offset:864
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_832
.LBB0_1155:
	global_store_dword v[0:1], v79, off offset:868
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_833
.LBB0_1156:
	global_store_dword v[0:1], v80, off offset:872
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_834
.LBB0_1157:
	global_store_dword v[0:1], v81, off offset:876
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.Ltmp6:
.Lfunc_end0:
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 1416
		.amdhsa_kernarg_size 64
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
	.set .Loversized_tile_fp8_gemm.num_vgpr, 256
	.set .Loversized_tile_fp8_gemm.num_agpr, 256
	.set .Loversized_tile_fp8_gemm.numbered_sgpr, 100
	.set .Loversized_tile_fp8_gemm.num_named_barrier, 0
	.set .Loversized_tile_fp8_gemm.private_seg_size, 1416
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 77680
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 1416
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 63
; NumSGPRsForWavesPerEU: 106
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
	.byte	29                              ; DW_AT_call_line
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
	.asciz	"spill.py"                      ; string offset=7 ; spill.py
.Linfo_string2:
	.asciz	"oversized_tile_fp8_gemm"       ; string offset=16 ; oversized_tile_fp8_gemm
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
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 128
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 1416
    .sgpr_count:     106
    .sgpr_spill_count: 150
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 929
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

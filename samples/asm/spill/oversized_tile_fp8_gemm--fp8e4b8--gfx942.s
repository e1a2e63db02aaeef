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
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	v_mov_b32_e32 v34, v0
	v_writelane_b32 v255, s13, 0
	v_writelane_b32 v255, s6, 1
.Ltmp1:
	.loc	1 31 13 is_stmt 1               ; spill.py:31:13
	v_readfirstlane_b32 s0, v34
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s13, s0, 64
	v_writelane_b32 v255, s7, 2
	.loc	1 22 14                         ; spill.py:22:14
	s_lshl_b32 s6, s16, 8
	.loc	1 23 14                         ; spill.py:23:14
	s_lshl_b32 s7, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ spill.py:29:23 ]
	s_add_i32 s1, s10, 15
.Ltmp3:
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v35, 32, v34
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s1, 16
	v_mov_b32_e32 v66, 0
	s_cbranch_scc1 .LBB0_131
; %bb.1:                                ; %.lr.ph
	.loc	1 22 32                         ; spill.py:22:32
	v_and_or_b32 v67, v34, 63, s13
	v_lshrrev_b32_e32 v0, 4, v67
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
	v_or_b32_e32 v16, 0x80, v0
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
	v_or_b32_e32 v47, s6, v0
	v_or_b32_e32 v48, s6, v1
	v_or_b32_e32 v49, s6, v2
	v_or_b32_e32 v50, s6, v3
	v_or_b32_e32 v51, s6, v4
	v_or_b32_e32 v52, s6, v5
	v_or_b32_e32 v53, s6, v6
	v_or_b32_e32 v55, s6, v7
	v_or_b32_e32 v56, s6, v8
	v_or_b32_e32 v57, s6, v9
	v_or_b32_e32 v58, s6, v10
	v_or_b32_e32 v59, s6, v11
	v_or_b32_e32 v60, s6, v12
	v_or_b32_e32 v61, s6, v13
	v_or_b32_e32 v62, s6, v14
	v_or_b32_e32 v63, s6, v15
	v_or_b32_e32 v64, s6, v16
	v_or_b32_e32 v65, s6, v17
	v_or_b32_e32 v82, s6, v18
	v_or_b32_e32 v83, s6, v19
	v_or_b32_e32 v84, s6, v20
	v_or_b32_e32 v85, s6, v21
	v_or_b32_e32 v86, s6, v22
	v_or_b32_e32 v87, s6, v23
	v_or_b32_e32 v88, s6, v24
	v_or_b32_e32 v89, s6, v25
	v_or_b32_e32 v93, s6, v26
	v_or_b32_e32 v95, s6, v27
	v_or_b32_e32 v96, s6, v28
	v_or_b32_e32 v94, s6, v29
	v_or_b32_e32 v92, s6, v30
	v_writelane_b32 v255, s6, 3
	v_or_b32_e32 v97, s6, v31
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_ashr_i32 s6, s1, 31
	s_lshr_b32 s6, s6, 28
	s_add_i32 s1, s1, s6
.Ltmp5:
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v90, s7, v1
	v_writelane_b32 v255, s7, 4
.Ltmp6:
	.loc	2 43 12                         ; standard.py:43:12 @[ spill.py:29:23 ]
	s_ashr_i32 s1, s1, 4
.Ltmp7:
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v98, s7, v0
	v_or_b32_e32 v80, s7, v2
	v_or_b32_e32 v78, s7, v3
	v_or_b32_e32 v76, s7, v4
	v_or_b32_e32 v74, s7, v5
	v_or_b32_e32 v72, s7, v6
	v_or_b32_e32 v70, s7, v7
	v_or_b32_e32 v68, s7, v8
	v_or_b32_e32 v44, s7, v9
	v_or_b32_e32 v99, s7, v10
	v_or_b32_e32 v54, s7, v11
	v_or_b32_e32 v46, s7, v12
	v_or_b32_e32 v188, s7, v13
	v_or_b32_e32 v254, s7, v14
	v_or_b32_e32 v192, s7, v15
	v_or_b32_e32 v193, s7, v16
	v_or_b32_e32 v242, s7, v17
	v_or_b32_e32 v245, s7, v18
	v_or_b32_e32 v246, s7, v19
	v_or_b32_e32 v247, s7, v20
	v_or_b32_e32 v248, s7, v21
	v_or_b32_e32 v249, s7, v22
	v_or_b32_e32 v250, s7, v23
	v_or_b32_e32 v251, s7, v24
	v_or_b32_e32 v252, s7, v25
	v_or_b32_e32 v253, s7, v26
	v_or_b32_e32 v203, s7, v27
	v_or_b32_e32 v212, s7, v28
	v_or_b32_e32 v213, s7, v29
	v_or_b32_e32 v243, s7, v30
	v_or_b32_e32 v244, s7, v31
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s1, 5
	v_cmp_gt_i32_e64 s[6:7], s8, v47
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[68:69], s9, v90
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v90, v90, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 7
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v91, 31, v90
	.loc	1 25 52                         ; spill.py:25:52
	v_and_b32_e32 v204, 15, v34
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 8
	v_cmp_gt_i32_e64 s[6:7], s8, v48
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[84:85], s9, v44
	v_mov_b32_e32 v189, v34
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v34, v254, s12
	v_mul_lo_u32 v36, v188, s12
	v_mul_lo_u32 v38, v46, s12
	v_mul_lo_u32 v40, v54, s12
	v_mul_lo_u32 v42, v99, s12
	v_mul_lo_u32 v44, v44, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_lshl_add_u64 v[120:121], s[4:5], 0, v[90:91]
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v90, v98, s12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s6, 9
	v_cmp_gt_i32_e64 s[58:59], s8, v96
	v_cmp_gt_i32_e64 s[60:61], s8, v94
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[66:67], s9, v98
	v_mov_b32_e32 v202, v35
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v35, 31, v34
	v_ashrrev_i32_e32 v37, 31, v36
	v_ashrrev_i32_e32 v39, 31, v38
	v_ashrrev_i32_e32 v41, 31, v40
	v_ashrrev_i32_e32 v43, 31, v42
	v_ashrrev_i32_e32 v45, 31, v44
	v_ashrrev_i32_e32 v91, 31, v90
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v94, v94, s11
	v_mul_lo_u32 v96, v96, s11
	v_mul_lo_u32 v98, v95, s11
	v_mul_lo_u32 v100, v93, s11
	v_mul_lo_u32 v102, v89, s11
	v_mul_lo_u32 v104, v87, s11
	v_mul_lo_u32 v48, v48, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_mov_b32_e32 v205, v66
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s7, 10
	v_cmp_gt_i32_e64 s[6:7], s8, v49
	v_cmp_gt_i32_e64 s[56:57], s8, v95
	v_cmp_gt_i32_e64 s[64:65], s8, v97
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[34:35], s[4:5], 0, v[34:35]
	v_lshl_add_u64 v[36:37], s[4:5], 0, v[36:37]
	v_lshl_add_u64 v[38:39], s[4:5], 0, v[38:39]
	v_lshl_add_u64 v[40:41], s[4:5], 0, v[40:41]
	v_lshl_add_u64 v[42:43], s[4:5], 0, v[42:43]
	v_lshl_add_u64 v[44:45], s[4:5], 0, v[44:45]
	v_lshl_add_u64 v[122:123], s[4:5], 0, v[90:91]
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[86:87], s9, v99
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v90, v97, s11
	v_mul_lo_u32 v130, v49, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v95, 31, v94
	v_ashrrev_i32_e32 v97, 31, v96
	v_ashrrev_i32_e32 v99, 31, v98
	v_ashrrev_i32_e32 v101, 31, v100
	v_ashrrev_i32_e32 v103, 31, v102
	v_ashrrev_i32_e32 v105, 31, v104
	v_ashrrev_i32_e32 v49, 31, v48
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v132, v47, s11
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[138:139], s[2:3], 0, v[94:95]
	v_lshl_add_u64 v[140:141], s[2:3], 0, v[96:97]
	v_lshl_add_u64 v[142:143], s[2:3], 0, v[98:99]
	v_lshl_add_u64 v[144:145], s[2:3], 0, v[100:101]
	v_lshl_add_u64 v[146:147], s[2:3], 0, v[102:103]
	v_lshl_add_u64 v[150:151], s[2:3], 0, v[104:105]
	v_lshl_add_u64 v[198:199], s[2:3], 0, v[48:49]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[90:91], s9, v46
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[94:95], v[34:35], 0, v[204:205]
	v_lshl_add_u64 v[96:97], v[36:37], 0, v[204:205]
	v_lshl_add_u64 v[98:99], v[38:39], 0, v[204:205]
	v_lshl_add_u64 v[100:101], v[40:41], 0, v[204:205]
	v_lshl_add_u64 v[102:103], v[42:43], 0, v[204:205]
	v_lshl_add_u64 v[104:105], v[44:45], 0, v[204:205]
	v_mov_b32_e32 v34, v66
	v_mov_b32_e32 v35, v66
	v_mov_b32_e32 v36, v66
	v_mov_b32_e32 v37, v66
	v_mov_b32_e32 v38, v66
	v_mov_b32_e32 v39, v66
	v_mov_b32_e32 v40, v66
	v_mov_b32_e32 v41, v66
	v_mov_b32_e32 v42, v66
	v_mov_b32_e32 v43, v66
	v_mov_b32_e32 v44, v66
	v_mov_b32_e32 v45, v66
	v_mov_b32_e32 v46, v66
	v_mov_b32_e32 v47, v66
	v_mov_b32_e32 v48, v66
	v_mov_b32_e32 v49, v66
	scratch_store_dwordx4 off, v[34:37], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:816 ; 16-byte Folded Spill
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 11
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v128, v51, s11
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v2, v243, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 12
	v_cmp_gt_i32_e64 s[6:7], s8, v50
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v50, v50, s11
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 13
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[2:3], s[4:5], 0, v[2:3]
	.loc	1 26 22 is_stmt 0               ; spill.py:26:22
	v_mul_lo_u32 v4, v213, s12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s7, 14
	v_cmp_gt_i32_e64 s[6:7], s8, v51
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v51, 31, v50
	v_lshl_add_u64 v[194:195], s[2:3], 0, v[50:51]
	v_mov_b32_e32 v50, v66
	v_mov_b32_e32 v51, v66
	scratch_store_dwordx4 off, v[36:39], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:880 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:688 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[40:43], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[48:51], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:112 ; 16-byte Folded Spill
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 15
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v10, v253, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[42:43], s8, v84
	v_writelane_b32 v255, s7, 16
	v_cmp_gt_i32_e64 s[6:7], s8, v52
	v_cmp_gt_i32_e64 s[46:47], s8, v86
	v_cmp_gt_i32_e64 s[50:51], s8, v88
	v_writelane_b32 v255, s6, 17
	v_cmp_gt_i32_e64 s[62:63], s8, v92
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[70:71], s9, v80
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 18
	v_cmp_gt_i32_e64 s[6:7], s8, v53
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[72:73], s9, v78
	v_cmp_gt_i32_e64 s[74:75], s9, v76
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 19
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[76:77], s9, v74
	v_cmp_gt_i32_e64 s[78:79], s9, v72
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 20
	v_cmp_gt_i32_e64 s[6:7], s8, v55
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[80:81], s9, v70
	v_cmp_gt_i32_e64 s[82:83], s9, v68
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 21
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v0, v244, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s7, 22
	v_cmp_gt_i32_e64 s[6:7], s8, v56
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v6, v212, s12
	v_mul_lo_u32 v8, v203, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 23
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v11, 31, v10
	.loc	1 26 22 is_stmt 0               ; spill.py:26:22
	v_mul_lo_u32 v12, v252, s12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_writelane_b32 v255, s7, 24
	v_cmp_gt_i32_e64 s[6:7], s8, v57
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v14, v251, s12
	v_mul_lo_u32 v16, v250, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 25
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v18, v249, s12
	v_mul_lo_u32 v20, v248, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 26
	v_cmp_gt_i32_e64 s[6:7], s8, v58
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v22, v247, s12
	v_mul_lo_u32 v24, v246, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 27
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v26, v245, s12
	v_mul_lo_u32 v28, v242, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 28
	v_cmp_gt_i32_e64 s[6:7], s8, v59
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v30, v193, s12
	v_mul_lo_u32 v32, v192, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 29
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v68, v68, s12
	v_mul_lo_u32 v70, v70, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 30
	v_cmp_gt_i32_e64 s[6:7], s8, v60
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v72, v72, s12
	v_mul_lo_u32 v74, v74, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 31
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v76, v76, s12
	v_mul_lo_u32 v78, v78, s12
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 32
	v_cmp_gt_i32_e64 s[6:7], s8, v61
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v80, v80, s12
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v92, v92, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 33
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v88, v88, s11
	v_mul_lo_u32 v86, v86, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 34
	v_cmp_gt_i32_e64 s[6:7], s8, v62
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v106, v85, s11
	v_mul_lo_u32 v84, v84, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 35
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v108, v83, s11
	v_mul_lo_u32 v110, v65, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 36
	v_cmp_gt_i32_e64 s[6:7], s8, v63
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v112, v63, s11
	v_mul_lo_u32 v62, v62, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 37
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v114, v61, s11
	v_mul_lo_u32 v60, v60, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 38
	v_cmp_gt_i32_e64 s[6:7], s8, v64
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v64, v64, s11
	v_mul_lo_u32 v116, v59, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 39
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v58, v58, s11
	v_mul_lo_u32 v118, v57, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 40
	v_cmp_gt_i32_e64 s[6:7], s8, v65
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v56, v56, s11
	v_mul_lo_u32 v124, v55, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 41
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v126, v53, s11
	v_mul_lo_u32 v52, v52, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 42
	v_cmp_gt_i32_e64 s[6:7], s8, v82
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v82, v82, s11
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[88:89], s9, v54
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[54:55], v[2:3], 0, v[204:205]
	v_mov_b32_e32 v2, v204
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[40:41], s8, v83
	v_cmp_gt_i32_e64 s[44:45], s8, v85
	v_cmp_gt_i32_e64 s[48:49], s8, v87
	v_cmp_gt_i32_e64 s[52:53], s8, v89
	v_cmp_gt_i32_e64 s[54:55], s8, v93
	.loc	1 26 14                         ; spill.py:26:14
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[4:5], s[4:5], 0, v[4:5]
	v_ashrrev_i32_e32 v7, 31, v6
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[10:11]
	v_ashrrev_i32_e32 v13, 31, v12
	v_ashrrev_i32_e32 v15, 31, v14
	v_ashrrev_i32_e32 v17, 31, v16
	v_ashrrev_i32_e32 v19, 31, v18
	v_ashrrev_i32_e32 v21, 31, v20
	v_ashrrev_i32_e32 v23, 31, v22
	v_ashrrev_i32_e32 v25, 31, v24
	v_ashrrev_i32_e32 v27, 31, v26
	v_ashrrev_i32_e32 v29, 31, v28
	v_ashrrev_i32_e32 v31, 31, v30
	v_ashrrev_i32_e32 v33, 31, v32
	v_ashrrev_i32_e32 v69, 31, v68
	v_ashrrev_i32_e32 v71, 31, v70
	v_ashrrev_i32_e32 v73, 31, v72
	v_ashrrev_i32_e32 v75, 31, v74
	v_ashrrev_i32_e32 v77, 31, v76
	v_ashrrev_i32_e32 v79, 31, v78
	v_ashrrev_i32_e32 v81, 31, v80
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v91, 31, v90
	v_ashrrev_i32_e32 v93, 31, v92
	v_ashrrev_i32_e32 v89, 31, v88
	v_ashrrev_i32_e32 v87, 31, v86
	v_ashrrev_i32_e32 v107, 31, v106
	v_ashrrev_i32_e32 v85, 31, v84
	v_ashrrev_i32_e32 v109, 31, v108
	v_ashrrev_i32_e32 v83, 31, v82
	v_ashrrev_i32_e32 v111, 31, v110
	v_ashrrev_i32_e32 v65, 31, v64
	v_ashrrev_i32_e32 v113, 31, v112
	v_ashrrev_i32_e32 v63, 31, v62
	v_ashrrev_i32_e32 v115, 31, v114
	v_ashrrev_i32_e32 v61, 31, v60
	v_ashrrev_i32_e32 v117, 31, v116
	v_ashrrev_i32_e32 v59, 31, v58
	v_ashrrev_i32_e32 v119, 31, v118
	v_ashrrev_i32_e32 v57, 31, v56
	v_ashrrev_i32_e32 v125, 31, v124
	v_ashrrev_i32_e32 v127, 31, v126
	v_ashrrev_i32_e32 v53, 31, v52
	v_ashrrev_i32_e32 v129, 31, v128
	v_ashrrev_i32_e32 v131, 31, v130
	v_ashrrev_i32_e32 v133, 31, v132
	scratch_store_dwordx2 off, v[2:3], off offset:896 ; 8-byte Folded Spill
	v_lshlrev_b32_e32 v3, 4, v189
	.loc	1 22 32                         ; spill.py:22:32
	s_movk_i32 s0, 0x88
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s6, 43
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[0:1], s[4:5], 0, v[0:1]
	v_lshl_add_u64 v[6:7], s[4:5], 0, v[6:7]
	v_lshl_add_u64 v[8:9], s[4:5], 0, v[8:9]
	v_lshl_add_u64 v[12:13], s[4:5], 0, v[12:13]
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[14:15]
	v_lshl_add_u64 v[16:17], s[4:5], 0, v[16:17]
	v_lshl_add_u64 v[18:19], s[4:5], 0, v[18:19]
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	v_lshl_add_u64 v[24:25], s[4:5], 0, v[24:25]
	v_lshl_add_u64 v[26:27], s[4:5], 0, v[26:27]
	v_lshl_add_u64 v[28:29], s[4:5], 0, v[28:29]
	v_lshl_add_u64 v[30:31], s[4:5], 0, v[30:31]
	v_lshl_add_u64 v[32:33], s[4:5], 0, v[32:33]
	v_lshl_add_u64 v[68:69], s[4:5], 0, v[68:69]
	v_lshl_add_u64 v[70:71], s[4:5], 0, v[70:71]
	v_lshl_add_u64 v[72:73], s[4:5], 0, v[72:73]
	v_lshl_add_u64 v[74:75], s[4:5], 0, v[74:75]
	v_lshl_add_u64 v[76:77], s[4:5], 0, v[76:77]
	v_lshl_add_u64 v[78:79], s[4:5], 0, v[78:79]
	v_lshl_add_u64 v[80:81], s[4:5], 0, v[80:81]
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[134:135], s[2:3], 0, v[90:91]
	v_lshl_add_u64 v[136:137], s[2:3], 0, v[92:93]
	v_lshl_add_u64 v[148:149], s[2:3], 0, v[88:89]
	v_lshl_add_u64 v[152:153], s[2:3], 0, v[86:87]
	v_lshl_add_u64 v[154:155], s[2:3], 0, v[106:107]
	v_lshl_add_u64 v[156:157], s[2:3], 0, v[84:85]
	v_lshl_add_u64 v[158:159], s[2:3], 0, v[108:109]
	v_lshl_add_u64 v[160:161], s[2:3], 0, v[82:83]
	v_lshl_add_u64 v[162:163], s[2:3], 0, v[110:111]
	v_lshl_add_u64 v[164:165], s[2:3], 0, v[64:65]
	v_lshl_add_u64 v[166:167], s[2:3], 0, v[112:113]
	v_lshl_add_u64 v[168:169], s[2:3], 0, v[62:63]
	v_lshl_add_u64 v[170:171], s[2:3], 0, v[114:115]
	v_lshl_add_u64 v[172:173], s[2:3], 0, v[60:61]
	v_lshl_add_u64 v[174:175], s[2:3], 0, v[116:117]
	v_lshl_add_u64 v[176:177], s[2:3], 0, v[58:59]
	v_lshl_add_u64 v[178:179], s[2:3], 0, v[118:119]
	v_lshl_add_u64 v[180:181], s[2:3], 0, v[56:57]
	v_lshl_add_u64 v[182:183], s[2:3], 0, v[124:125]
	v_lshl_add_u64 v[184:185], s[2:3], 0, v[126:127]
	v_lshl_add_u64 v[186:187], s[2:3], 0, v[52:53]
	v_lshl_add_u64 v[190:191], s[2:3], 0, v[128:129]
	v_lshl_add_u64 v[196:197], s[2:3], 0, v[130:131]
	v_lshl_add_u64 v[200:201], s[2:3], 0, v[132:133]
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[56:57], v[4:5], 0, v[204:205]
	v_lshl_add_u64 v[206:207], v[10:11], 0, v[204:205]
	v_and_b32_e32 v3, 0x170, v3
	v_bfe_i32 v4, v189, 3, 1
	v_accvgpr_write_b32 a178, v37           ;  Reload Reuse
	.loc	1 30 35                         ; spill.py:30:35
	v_writelane_b32 v255, s7, 44
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[52:53], v[0:1], 0, v[204:205]
	v_lshl_add_u64 v[58:59], v[6:7], 0, v[204:205]
	v_lshl_add_u64 v[60:61], v[8:9], 0, v[204:205]
	v_lshl_add_u64 v[208:209], v[12:13], 0, v[204:205]
	v_lshl_add_u64 v[0:1], v[14:15], 0, v[204:205]
	v_lshl_add_u64 v[210:211], v[16:17], 0, v[204:205]
	v_lshl_add_u64 v[62:63], v[18:19], 0, v[204:205]
	v_lshl_add_u64 v[64:65], v[20:21], 0, v[204:205]
	v_lshl_add_u64 v[82:83], v[22:23], 0, v[204:205]
	v_lshl_add_u64 v[84:85], v[24:25], 0, v[204:205]
	v_lshl_add_u64 v[86:87], v[26:27], 0, v[204:205]
	v_lshl_add_u64 v[88:89], v[28:29], 0, v[204:205]
	v_lshl_add_u64 v[90:91], v[30:31], 0, v[204:205]
	v_lshl_add_u64 v[92:93], v[32:33], 0, v[204:205]
	v_lshl_add_u64 v[106:107], v[68:69], 0, v[204:205]
	v_lshl_add_u64 v[108:109], v[70:71], 0, v[204:205]
	v_lshl_add_u64 v[110:111], v[72:73], 0, v[204:205]
	v_lshl_add_u64 v[112:113], v[74:75], 0, v[204:205]
	v_lshl_add_u64 v[114:115], v[76:77], 0, v[204:205]
	v_lshl_add_u64 v[116:117], v[78:79], 0, v[204:205]
	v_lshl_add_u64 v[118:119], v[80:81], 0, v[204:205]
	v_lshl_add_u64 v[120:121], v[120:121], 0, v[204:205]
	v_lshl_add_u64 v[122:123], v[122:123], 0, v[204:205]
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[124:125], v[134:135], 0, v[204:205]
	v_lshl_add_u64 v[126:127], v[136:137], 0, v[204:205]
	v_lshl_add_u64 v[128:129], v[138:139], 0, v[204:205]
	v_lshl_add_u64 v[130:131], v[140:141], 0, v[204:205]
	v_lshl_add_u64 v[132:133], v[142:143], 0, v[204:205]
	v_lshl_add_u64 v[134:135], v[144:145], 0, v[204:205]
	v_lshl_add_u64 v[136:137], v[146:147], 0, v[204:205]
	v_lshl_add_u64 v[138:139], v[148:149], 0, v[204:205]
	v_lshl_add_u64 v[140:141], v[150:151], 0, v[204:205]
	v_lshl_add_u64 v[142:143], v[152:153], 0, v[204:205]
	v_lshl_add_u64 v[144:145], v[154:155], 0, v[204:205]
	v_lshl_add_u64 v[146:147], v[156:157], 0, v[204:205]
	v_lshl_add_u64 v[148:149], v[158:159], 0, v[204:205]
	v_lshl_add_u64 v[150:151], v[160:161], 0, v[204:205]
	v_lshl_add_u64 v[152:153], v[162:163], 0, v[204:205]
	v_lshl_add_u64 v[154:155], v[164:165], 0, v[204:205]
	v_lshl_add_u64 v[156:157], v[166:167], 0, v[204:205]
	v_lshl_add_u64 v[158:159], v[168:169], 0, v[204:205]
	v_lshl_add_u64 v[160:161], v[170:171], 0, v[204:205]
	v_lshl_add_u64 v[162:163], v[172:173], 0, v[204:205]
	v_lshl_add_u64 v[164:165], v[174:175], 0, v[204:205]
	v_lshl_add_u64 v[166:167], v[176:177], 0, v[204:205]
	v_lshl_add_u64 v[168:169], v[178:179], 0, v[204:205]
	v_lshl_add_u64 v[170:171], v[180:181], 0, v[204:205]
	v_lshl_add_u64 v[172:173], v[182:183], 0, v[204:205]
	v_lshl_add_u64 v[174:175], v[184:185], 0, v[204:205]
	v_lshl_add_u64 v[176:177], v[186:187], 0, v[204:205]
	v_lshl_add_u64 v[178:179], v[190:191], 0, v[204:205]
	v_lshl_add_u64 v[180:181], v[194:195], 0, v[204:205]
	v_lshl_add_u64 v[182:183], v[196:197], 0, v[204:205]
	v_lshl_add_u64 v[184:185], v[198:199], 0, v[204:205]
	v_lshl_add_u64 v[186:187], v[200:201], 0, v[204:205]
	v_xor_b32_e32 v2, 8, v67
	scratch_store_dword off, v202, off offset:904 ; 4-byte Folded Spill
	v_lshrrev_b32_e32 v5, 2, v202
	v_and_or_b32 v3, v4, s0, v3
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[94:95], s9, v192
	v_cmp_gt_i32_e64 s[96:97], s9, v193
	v_cmp_gt_i32_e64 s[20:21], s9, v203
	v_accvgpr_write_b32 a179, v36           ;  Reload Reuse
	scratch_store_dwordx2 off, v[34:35], off ; 8-byte Folded Spill
	v_accvgpr_write_b32 a166, v49           ;  Reload Reuse
	v_accvgpr_write_b32 a167, v48           ;  Reload Reuse
	v_accvgpr_write_b32 a168, v47           ;  Reload Reuse
	v_accvgpr_write_b32 a169, v46           ;  Reload Reuse
	v_mov_b64_e32 v[46:47], v[206:207]
	v_mov_b32_e32 v192, v66
	v_mov_b32_e32 v193, v66
	v_mov_b32_e32 v194, v66
	v_mov_b32_e32 v195, v66
	v_mov_b32_e32 v196, v66
	v_mov_b32_e32 v197, v66
	v_mov_b32_e32 v198, v66
	v_mov_b32_e32 v199, v66
	v_mov_b32_e32 v200, v66
	v_mov_b32_e32 v201, v66
	v_mov_b32_e32 v202, v66
	v_mov_b32_e32 v203, v66
	v_mov_b32_e32 v204, v66
	v_mov_b32_e32 v206, v66
	v_mov_b32_e32 v207, v66
	v_accvgpr_write_b32 a0, v66
	v_accvgpr_write_b32 a1, v66
	v_accvgpr_write_b32 a2, v66
	v_accvgpr_write_b32 a3, v66
	v_accvgpr_write_b32 a4, v66
	v_accvgpr_write_b32 a5, v66
	v_accvgpr_write_b32 a6, v66
	v_accvgpr_write_b32 a7, v66
	v_accvgpr_write_b32 a8, v66
	v_accvgpr_write_b32 a9, v66
	v_accvgpr_write_b32 a10, v66
	v_accvgpr_write_b32 a11, v66
	v_accvgpr_write_b32 a12, v66
	v_accvgpr_write_b32 a13, v66
	v_accvgpr_write_b32 a14, v66
	v_accvgpr_write_b32 a15, v66
	s_mov_b32 s33, s10
	s_mov_b32 s37, s8
	scratch_store_dword off, v189, off offset:908 ; 4-byte Folded Spill
	v_xor_b32_e32 v189, v3, v5
	v_add_u32_e32 v190, 0, v67
	v_add_u32_e32 v191, 0, v2
	v_mov_b32_e32 v67, v66
	v_mov_b32_e32 v68, v66
	v_mov_b32_e32 v69, v66
	v_mov_b32_e32 v70, v66
	v_mov_b32_e32 v71, v66
	v_mov_b32_e32 v72, v66
	v_mov_b32_e32 v73, v66
	v_mov_b32_e32 v74, v66
	v_mov_b32_e32 v75, v66
	v_mov_b32_e32 v76, v66
	v_mov_b32_e32 v77, v66
	v_mov_b32_e32 v78, v66
	v_mov_b32_e32 v79, v66
	v_mov_b32_e32 v80, v66
	v_mov_b32_e32 v81, v66
	v_mov_b32_e32 v18, v66
	v_mov_b32_e32 v19, v66
	v_mov_b32_e32 v20, v66
	v_mov_b32_e32 v21, v66
	v_mov_b32_e32 v22, v66
	v_mov_b32_e32 v23, v66
	v_mov_b32_e32 v24, v66
	v_mov_b32_e32 v25, v66
	v_mov_b32_e32 v26, v66
	v_mov_b32_e32 v27, v66
	v_mov_b32_e32 v28, v66
	v_mov_b32_e32 v29, v66
	v_mov_b32_e32 v30, v66
	v_mov_b32_e32 v31, v66
	v_mov_b32_e32 v32, v66
	v_mov_b32_e32 v33, v66
	v_mov_b32_e32 v2, v66
	v_mov_b32_e32 v3, v66
	v_mov_b32_e32 v4, v66
	v_mov_b32_e32 v5, v66
	v_mov_b32_e32 v6, v66
	v_mov_b32_e32 v7, v66
	v_mov_b32_e32 v8, v66
	v_mov_b32_e32 v9, v66
	v_mov_b32_e32 v10, v66
	v_mov_b32_e32 v11, v66
	v_mov_b32_e32 v12, v66
	v_mov_b32_e32 v13, v66
	v_mov_b32_e32 v14, v66
	v_mov_b32_e32 v15, v66
	v_mov_b32_e32 v16, v66
	v_mov_b32_e32 v17, v66
	v_accvgpr_write_b32 a228, v66
	v_accvgpr_write_b32 a229, v66
	v_accvgpr_write_b32 a230, v66
	v_accvgpr_write_b32 a231, v66
	v_accvgpr_write_b32 a232, v66
	v_accvgpr_write_b32 a233, v66
	v_accvgpr_write_b32 a234, v66
	v_accvgpr_write_b32 a235, v66
	v_accvgpr_write_b32 a236, v66
	v_accvgpr_write_b32 a237, v66
	v_accvgpr_write_b32 a238, v66
	v_accvgpr_write_b32 a239, v66
	v_accvgpr_write_b32 a240, v66
	v_accvgpr_write_b32 a241, v66
	v_accvgpr_write_b32 a242, v66
	v_accvgpr_write_b32 a243, v66
	v_accvgpr_write_b32 a212, v66
	v_accvgpr_write_b32 a213, v66
	v_accvgpr_write_b32 a214, v66
	v_accvgpr_write_b32 a215, v66
	v_accvgpr_write_b32 a216, v66
	v_accvgpr_write_b32 a217, v66
	v_accvgpr_write_b32 a218, v66
	v_accvgpr_write_b32 a219, v66
	v_accvgpr_write_b32 a220, v66
	v_accvgpr_write_b32 a221, v66
	v_accvgpr_write_b32 a222, v66
	v_accvgpr_write_b32 a223, v66
	v_accvgpr_write_b32 a224, v66
	v_accvgpr_write_b32 a225, v66
	v_accvgpr_write_b32 a226, v66
	v_accvgpr_write_b32 a227, v66
	v_accvgpr_write_b32 a196, v66
	v_accvgpr_write_b32 a197, v66
	v_accvgpr_write_b32 a198, v66
	v_accvgpr_write_b32 a199, v66
	v_accvgpr_write_b32 a200, v66
	v_accvgpr_write_b32 a201, v66
	v_accvgpr_write_b32 a202, v66
	v_accvgpr_write_b32 a203, v66
	v_accvgpr_write_b32 a204, v66
	v_accvgpr_write_b32 a205, v66
	v_accvgpr_write_b32 a206, v66
	v_accvgpr_write_b32 a207, v66
	v_accvgpr_write_b32 a208, v66
	v_accvgpr_write_b32 a209, v66
	v_accvgpr_write_b32 a210, v66
	v_accvgpr_write_b32 a211, v66
	v_cmp_gt_i32_e64 s[6:7], s9, v188
	v_cmp_gt_i32_e64 s[92:93], s9, v254
	v_cmp_gt_i32_e64 s[98:99], s9, v242
	v_cmp_gt_i32_e64 s[0:1], s9, v245
	v_cmp_gt_i32_e64 s[2:3], s9, v246
	v_cmp_gt_i32_e64 s[4:5], s9, v247
	v_cmp_gt_i32_e64 s[30:31], s9, v248
	v_cmp_gt_i32_e64 s[10:11], s9, v249
	v_cmp_gt_i32_e64 s[34:35], s9, v250
	v_cmp_gt_i32_e64 s[14:15], s9, v251
	v_cmp_gt_i32_e64 s[16:17], s9, v252
	v_cmp_gt_i32_e64 s[18:19], s9, v253
	v_cmp_gt_i32_e64 s[22:23], s9, v212
	v_cmp_gt_i32_e64 s[24:25], s9, v213
	v_cmp_gt_i32_e64 s[26:27], s9, v243
	v_cmp_gt_i32_e64 s[28:29], s9, v244
	v_accvgpr_write_b32 a180, v66
	v_accvgpr_write_b32 a181, v66
	v_accvgpr_write_b32 a182, v66
	v_accvgpr_write_b32 a183, v66
	v_accvgpr_write_b32 a184, v66
	v_accvgpr_write_b32 a185, v66
	v_accvgpr_write_b32 a186, v66
	v_accvgpr_write_b32 a187, v66
	v_accvgpr_write_b32 a188, v66
	v_accvgpr_write_b32 a189, v66
	v_accvgpr_write_b32 a190, v66
	v_accvgpr_write_b32 a191, v66
	v_accvgpr_write_b32 a192, v66
	v_accvgpr_write_b32 a193, v66
	v_accvgpr_write_b32 a194, v66
	v_accvgpr_write_b32 a195, v66
	v_mov_b64_e32 v[50:51], v[210:211]
	v_writelane_b32 v255, s13, 45
	s_lshl3_add_u32 s8, s13, 0
	s_mov_b32 s36, 0
	v_accvgpr_write_b32 a174, v41           ;  Reload Reuse
	v_accvgpr_write_b32 a175, v40           ;  Reload Reuse
	v_accvgpr_write_b32 a176, v39           ;  Reload Reuse
	v_accvgpr_write_b32 a177, v38           ;  Reload Reuse
	v_accvgpr_write_b32 a170, v45           ;  Reload Reuse
	v_accvgpr_write_b32 a171, v44           ;  Reload Reuse
	v_accvgpr_write_b32 a172, v43           ;  Reload Reuse
	v_accvgpr_write_b32 a173, v42           ;  Reload Reuse
	v_mov_b64_e32 v[48:49], v[208:209]
	v_mov_b32_e32 v226, v66
	v_mov_b32_e32 v227, v66
	v_mov_b32_e32 v228, v66
	v_mov_b32_e32 v229, v66
	v_mov_b32_e32 v230, v66
	v_mov_b32_e32 v231, v66
	v_mov_b32_e32 v232, v66
	v_mov_b32_e32 v233, v66
	v_mov_b32_e32 v234, v66
	v_mov_b32_e32 v235, v66
	v_mov_b32_e32 v236, v66
	v_mov_b32_e32 v237, v66
	v_mov_b32_e32 v238, v66
	v_mov_b32_e32 v239, v66
	v_mov_b32_e32 v240, v66
	v_mov_b32_e32 v241, v66
	v_mov_b32_e32 v210, v66
	v_mov_b32_e32 v211, v66
	v_mov_b32_e32 v212, v66
	v_mov_b32_e32 v213, v66
	v_mov_b32_e32 v214, v66
	v_mov_b32_e32 v215, v66
	v_mov_b32_e32 v216, v66
	v_mov_b32_e32 v217, v66
	v_mov_b32_e32 v218, v66
	v_mov_b32_e32 v219, v66
	v_mov_b32_e32 v220, v66
	v_mov_b32_e32 v221, v66
	v_mov_b32_e32 v222, v66
	v_mov_b32_e32 v223, v66
	v_mov_b32_e32 v224, v66
	v_mov_b32_e32 v225, v66
	v_accvgpr_write_b32 a16, v192
	v_accvgpr_write_b32 a17, v193
	v_accvgpr_write_b32 a18, v194
	v_accvgpr_write_b32 a19, v195
	v_accvgpr_write_b32 a20, v196
	v_accvgpr_write_b32 a21, v197
	v_accvgpr_write_b32 a22, v198
	v_accvgpr_write_b32 a23, v199
	v_accvgpr_write_b32 a24, v200
	v_accvgpr_write_b32 a25, v201
	v_accvgpr_write_b32 a26, v202
	v_accvgpr_write_b32 a27, v203
	v_accvgpr_write_b32 a28, v204
	v_accvgpr_write_b32 a29, v205
	v_accvgpr_write_b32 a30, v206
	v_accvgpr_write_b32 a31, v207
	v_accvgpr_write_b32 a148, v192
	v_accvgpr_write_b32 a149, v193
	v_accvgpr_write_b32 a150, v194
	v_accvgpr_write_b32 a151, v195
	v_accvgpr_write_b32 a152, v196
	v_accvgpr_write_b32 a153, v197
	v_accvgpr_write_b32 a154, v198
	v_accvgpr_write_b32 a155, v199
	v_accvgpr_write_b32 a156, v200
	v_accvgpr_write_b32 a157, v201
	v_accvgpr_write_b32 a158, v202
	v_accvgpr_write_b32 a159, v203
	v_accvgpr_write_b32 a160, v204
	v_accvgpr_write_b32 a161, v205
	v_accvgpr_write_b32 a162, v206
	v_accvgpr_write_b32 a163, v207
	v_accvgpr_write_b32 a132, v192
	v_accvgpr_write_b32 a133, v193
	v_accvgpr_write_b32 a134, v194
	v_accvgpr_write_b32 a135, v195
	v_accvgpr_write_b32 a136, v196
	v_accvgpr_write_b32 a137, v197
	v_accvgpr_write_b32 a138, v198
	v_accvgpr_write_b32 a139, v199
	v_accvgpr_write_b32 a140, v200
	v_accvgpr_write_b32 a141, v201
	v_accvgpr_write_b32 a142, v202
	v_accvgpr_write_b32 a143, v203
	v_accvgpr_write_b32 a144, v204
	v_accvgpr_write_b32 a145, v205
	v_accvgpr_write_b32 a146, v206
	v_accvgpr_write_b32 a147, v207
	v_accvgpr_write_b32 a116, v192
	v_accvgpr_write_b32 a117, v193
	v_accvgpr_write_b32 a118, v194
	v_accvgpr_write_b32 a119, v195
	v_accvgpr_write_b32 a120, v196
	v_accvgpr_write_b32 a121, v197
	v_accvgpr_write_b32 a122, v198
	v_accvgpr_write_b32 a123, v199
	v_accvgpr_write_b32 a124, v200
	v_accvgpr_write_b32 a125, v201
	v_accvgpr_write_b32 a126, v202
	v_accvgpr_write_b32 a127, v203
	v_accvgpr_write_b32 a128, v204
	v_accvgpr_write_b32 a129, v205
	v_accvgpr_write_b32 a130, v206
	v_accvgpr_write_b32 a131, v207
	v_accvgpr_write_b32 a100, v192
	v_accvgpr_write_b32 a101, v193
	v_accvgpr_write_b32 a102, v194
	v_accvgpr_write_b32 a103, v195
	v_accvgpr_write_b32 a104, v196
	v_accvgpr_write_b32 a105, v197
	v_accvgpr_write_b32 a106, v198
	v_accvgpr_write_b32 a107, v199
	v_accvgpr_write_b32 a108, v200
	v_accvgpr_write_b32 a109, v201
	v_accvgpr_write_b32 a110, v202
	v_accvgpr_write_b32 a111, v203
	v_accvgpr_write_b32 a112, v204
	v_accvgpr_write_b32 a113, v205
	v_accvgpr_write_b32 a114, v206
	v_accvgpr_write_b32 a115, v207
	v_accvgpr_write_b32 a84, v192
	v_accvgpr_write_b32 a85, v193
	v_accvgpr_write_b32 a86, v194
	v_accvgpr_write_b32 a87, v195
	v_accvgpr_write_b32 a88, v196
	v_accvgpr_write_b32 a89, v197
	v_accvgpr_write_b32 a90, v198
	v_accvgpr_write_b32 a91, v199
	v_accvgpr_write_b32 a92, v200
	v_accvgpr_write_b32 a93, v201
	v_accvgpr_write_b32 a94, v202
	v_accvgpr_write_b32 a95, v203
	v_accvgpr_write_b32 a96, v204
	v_accvgpr_write_b32 a97, v205
	v_accvgpr_write_b32 a98, v206
	v_accvgpr_write_b32 a99, v207
	v_accvgpr_write_b32 a68, v192
	v_accvgpr_write_b32 a69, v193
	v_accvgpr_write_b32 a70, v194
	v_accvgpr_write_b32 a71, v195
	v_accvgpr_write_b32 a72, v196
	v_accvgpr_write_b32 a73, v197
	v_accvgpr_write_b32 a74, v198
	v_accvgpr_write_b32 a75, v199
	v_accvgpr_write_b32 a76, v200
	v_accvgpr_write_b32 a77, v201
	v_accvgpr_write_b32 a78, v202
	v_accvgpr_write_b32 a79, v203
	v_accvgpr_write_b32 a80, v204
	v_accvgpr_write_b32 a81, v205
	v_accvgpr_write_b32 a82, v206
	v_accvgpr_write_b32 a83, v207
	v_accvgpr_write_b32 a52, v192
	v_accvgpr_write_b32 a53, v193
	v_accvgpr_write_b32 a54, v194
	v_accvgpr_write_b32 a55, v195
	v_accvgpr_write_b32 a56, v196
	v_accvgpr_write_b32 a57, v197
	v_accvgpr_write_b32 a58, v198
	v_accvgpr_write_b32 a59, v199
	v_accvgpr_write_b32 a60, v200
	v_accvgpr_write_b32 a61, v201
	v_accvgpr_write_b32 a62, v202
	v_accvgpr_write_b32 a63, v203
	v_accvgpr_write_b32 a64, v204
	v_accvgpr_write_b32 a65, v205
	v_accvgpr_write_b32 a66, v206
	v_accvgpr_write_b32 a67, v207
	v_accvgpr_mov_b32 a51, a15
	v_accvgpr_mov_b32 a50, a14
	v_accvgpr_mov_b32 a49, a13
	v_accvgpr_mov_b32 a48, a12
	v_accvgpr_mov_b32 a47, a11
	v_accvgpr_mov_b32 a46, a10
	v_accvgpr_mov_b32 a45, a9
	v_accvgpr_mov_b32 a44, a8
	v_accvgpr_mov_b32 a43, a7
	v_accvgpr_mov_b32 a42, a6
	v_accvgpr_mov_b32 a41, a5
	v_accvgpr_mov_b32 a40, a4
	v_accvgpr_mov_b32 a39, a3
	v_accvgpr_mov_b32 a38, a2
	v_accvgpr_mov_b32 a37, a1
	v_accvgpr_mov_b32 a36, a0
	s_branch .LBB0_3
.LBB0_2:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 35 is_stmt 0                ; spill.py:0:35
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 13 is_stmt 1               ; spill.py:30:13
	s_waitcnt vmcnt(63) expcnt(7) lgkmcnt(15)
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b8 v190, v35
	ds_write_b8 v190, v37 offset:256
	ds_write_b8 v190, v39 offset:512
	ds_write_b8 v190, v41 offset:768
	ds_write_b8 v190, v43 offset:1024
	ds_write_b8 v190, v45 offset:1280
	ds_write_b8 v190, v192 offset:1536
	ds_write_b8 v190, v242 offset:1792
	ds_write_b8 v190, v244 offset:2048
	ds_write_b8 v190, v246 offset:2304
	ds_write_b8 v190, v248 offset:2560
	ds_write_b8 v190, v250 offset:2816
	ds_write_b8 v190, v252 offset:3072
	ds_write_b8 v190, v254 offset:3328
	ds_write_b8 v190, a1 offset:3584
	ds_write_b8 v190, a5 offset:3840
	ds_write_b8 v191, v34 offset:128
	ds_write_b8 v191, v36 offset:384
	ds_write_b8 v191, v38 offset:640
	ds_write_b8 v191, v40 offset:896
	ds_write_b8 v191, v42 offset:1152
	ds_write_b8 v191, v44 offset:1408
	ds_write_b8 v191, v188 offset:1664
	ds_write_b8 v191, v193 offset:1920
	ds_write_b8 v191, v243 offset:2176
	ds_write_b8 v191, v245 offset:2432
	ds_write_b8 v191, v247 offset:2688
	ds_write_b8 v191, v249 offset:2944
	ds_write_b8 v191, v251 offset:3200
	ds_write_b8 v191, v253 offset:3456
	ds_write_b8 v191, a0 offset:3712
	ds_write_b8 v191, a3 offset:3968
	v_add_u32_e32 v188, 0, v189
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b64 v[42:45], v188 offset1:1
	ds_read2st64_b64 v[38:41], v188 offset0:2 offset1:3
	ds_read2st64_b64 v[34:37], v188 offset0:4 offset1:5
	ds_read2st64_b64 v[242:245], v188 offset0:6 offset1:7
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b8 v190, a4
	ds_write_b8 v190, a7 offset:256
	ds_write_b8 v190, a9 offset:512
	ds_write_b8 v190, a11 offset:768
	ds_write_b8 v190, a13 offset:1024
	ds_write_b8 v190, a15 offset:1280
	ds_write_b8 v190, a17 offset:1536
	ds_write_b8 v190, a19 offset:1792
	ds_write_b8 v190, a21 offset:2048
	ds_write_b8 v190, a23 offset:2304
	ds_write_b8 v190, a25 offset:2560
	ds_write_b8 v190, a27 offset:2816
	ds_write_b8 v190, a29 offset:3072
	ds_write_b8 v190, a31 offset:3328
	ds_write_b8 v190, a33 offset:3584
	ds_write_b8 v190, a35 offset:3840
	ds_write_b8 v191, a2 offset:128
	ds_write_b8 v191, a6 offset:384
	ds_write_b8 v191, a8 offset:640
	ds_write_b8 v191, a10 offset:896
	ds_write_b8 v191, a12 offset:1152
	ds_write_b8 v191, a14 offset:1408
	ds_write_b8 v191, a16 offset:1664
	ds_write_b8 v191, a18 offset:1920
	ds_write_b8 v191, a20 offset:2176
	ds_write_b8 v191, a22 offset:2432
	ds_write_b8 v191, a24 offset:2688
	ds_write_b8 v191, a26 offset:2944
	ds_write_b8 v191, a28 offset:3200
	ds_write_b8 v191, a30 offset:3456
	ds_write_b8 v191, a32 offset:3712
	ds_write_b8 v191, a34 offset:3968
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_mov_b64_e32 v[192:193], v[52:53]
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[46:49], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:816 ; 16-byte Folded Reload
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v188, s8, v189
	ds_read2st64_b64 v[246:249], v188 offset0:4 offset1:6
	ds_read2st64_b64 v[250:253], v188 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[66:81], v[250:251], v[42:43], v[66:81]
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s36, s36, 1
	v_readlane_b32 s12, v255, 5
	.loc	1 33 9                          ; spill.py:33:9
	v_lshl_add_u64 v[186:187], v[186:187], 0, 16
	v_lshl_add_u64 v[184:185], v[184:185], 0, 16
	v_lshl_add_u64 v[182:183], v[182:183], 0, 16
	v_lshl_add_u64 v[180:181], v[180:181], 0, 16
	v_lshl_add_u64 v[178:179], v[178:179], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[252:253], v[42:43], v[18:33]
	.loc	1 33 9                          ; spill.py:33:9
	v_lshl_add_u64 v[176:177], v[176:177], 0, 16
	v_lshl_add_u64 v[174:175], v[174:175], 0, 16
	v_lshl_add_u64 v[172:173], v[172:173], 0, 16
	v_lshl_add_u64 v[170:171], v[170:171], 0, 16
	v_lshl_add_u64 v[168:169], v[168:169], 0, 16
	v_lshl_add_u64 v[166:167], v[166:167], 0, 16
	v_lshl_add_u64 v[164:165], v[164:165], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 v[2:17], v[246:247], v[42:43], v[2:17]
	.loc	1 33 9                          ; spill.py:33:9
	v_lshl_add_u64 v[162:163], v[162:163], 0, 16
	v_lshl_add_u64 v[160:161], v[160:161], 0, 16
	v_lshl_add_u64 v[158:159], v[158:159], 0, 16
	v_lshl_add_u64 v[156:157], v[156:157], 0, 16
	v_lshl_add_u64 v[154:155], v[154:155], 0, 16
	v_lshl_add_u64 v[152:153], v[152:153], 0, 16
	v_lshl_add_u64 v[150:151], v[150:151], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[228:243], v[248:249], v[42:43], a[228:243]
	.loc	1 33 9                          ; spill.py:33:9
	v_lshl_add_u64 v[148:149], v[148:149], 0, 16
	v_lshl_add_u64 v[146:147], v[146:147], 0, 16
	v_lshl_add_u64 v[144:145], v[144:145], 0, 16
	v_lshl_add_u64 v[142:143], v[142:143], 0, 16
	v_lshl_add_u64 v[140:141], v[140:141], 0, 16
	v_lshl_add_u64 v[138:139], v[138:139], 0, 16
	v_lshl_add_u64 v[136:137], v[136:137], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[212:227], v[250:251], v[44:45], a[212:227]
	.loc	1 33 9                          ; spill.py:33:9
	v_lshl_add_u64 v[134:135], v[134:135], 0, 16
	v_lshl_add_u64 v[132:133], v[132:133], 0, 16
	v_lshl_add_u64 v[130:131], v[130:131], 0, 16
	v_lshl_add_u64 v[128:129], v[128:129], 0, 16
	v_lshl_add_u64 v[126:127], v[126:127], 0, 16
	v_lshl_add_u64 v[124:125], v[124:125], 0, 16
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[122:123], v[122:123], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[196:211], v[252:253], v[44:45], a[196:211]
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[120:121], v[120:121], 0, 16
	v_lshl_add_u64 v[118:119], v[118:119], 0, 16
	v_lshl_add_u64 v[116:117], v[116:117], 0, 16
	v_lshl_add_u64 v[114:115], v[114:115], 0, 16
	v_lshl_add_u64 v[112:113], v[112:113], 0, 16
	v_lshl_add_u64 v[110:111], v[110:111], 0, 16
	v_lshl_add_u64 v[108:109], v[108:109], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[180:195], v[248:249], v[44:45], a[180:195]
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[106:107], v[106:107], 0, 16
	v_lshl_add_u64 v[104:105], v[104:105], 0, 16
	v_lshl_add_u64 v[102:103], v[102:103], 0, 16
	v_lshl_add_u64 v[100:101], v[100:101], 0, 16
	v_lshl_add_u64 v[98:99], v[98:99], 0, 16
	v_lshl_add_u64 v[96:97], v[96:97], 0, 16
	v_lshl_add_u64 v[94:95], v[94:95], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[46:61], v[246:247], v[44:45], v[46:61]
	s_nop 10
	scratch_store_dwordx4 off, v[46:49], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[50:53], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:816 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:832 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:880 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 v[194:209], v[248:249], v[36:37], v[194:209]
	v_accvgpr_read_b32 v60, a254
	v_accvgpr_read_b32 v61, a255
	v_accvgpr_read_b32 v58, a252
	v_accvgpr_read_b32 v59, a253
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[92:93], v[92:93], 0, 16
	v_lshl_add_u64 v[90:91], v[90:91], 0, 16
	v_lshl_add_u64 v[88:89], v[88:89], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 v[226:241], v[252:253], v[36:37], v[226:241]
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[86:87], v[86:87], 0, 16
	v_lshl_add_u64 v[84:85], v[84:85], 0, 16
	v_lshl_add_u64 v[82:83], v[82:83], 0, 16
	v_accvgpr_write_b32 a16, v194
	v_accvgpr_write_b32 a17, v195
	v_accvgpr_write_b32 a18, v196
	v_accvgpr_write_b32 a19, v197
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 v[210:225], v[246:247], v[36:37], v[210:225]
	v_accvgpr_write_b32 a20, v198
	v_accvgpr_write_b32 a21, v199
	v_accvgpr_write_b32 a22, v200
	v_accvgpr_write_b32 a23, v201
	v_accvgpr_write_b32 a24, v202
	v_accvgpr_write_b32 a25, v203
	v_accvgpr_write_b32 a26, v204
	v_mfma_f32_32x32x16_fp8_fp8 a[148:163], v[250:251], v[242:243], a[148:163]
	v_accvgpr_write_b32 a27, v205
	v_accvgpr_write_b32 a28, v206
	v_accvgpr_write_b32 a29, v207
	v_accvgpr_write_b32 a30, v208
	v_accvgpr_write_b32 a31, v209
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[64:65], v[64:65], 0, 16
	v_lshl_add_u64 v[62:63], v[62:63], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[132:147], v[252:253], v[242:243], a[132:147]
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, 16
	v_lshl_add_u64 v[60:61], v[60:61], 0, 16
	v_lshl_add_u64 v[58:59], v[58:59], 0, 16
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lg_u32 s36, s12
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[84:99], v[250:251], v[244:245], a[84:99]
	v_mfma_f32_32x32x16_fp8_fp8 a[68:83], v[252:253], v[244:245], a[68:83]
	v_mfma_f32_32x32x16_fp8_fp8 a[116:131], v[246:247], v[242:243], a[116:131]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[250:251], v[38:39], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:880 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:704 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:752 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[100:115], v[248:249], v[242:243], a[100:115]
	v_mfma_f32_32x32x16_fp8_fp8 a[52:67], v[246:247], v[244:245], a[52:67]
	v_mfma_f32_32x32x16_fp8_fp8 a[36:51], v[248:249], v[244:245], a[36:51]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[252:253], v[38:39], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:752 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:640 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[246:247], v[38:39], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:688 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:576 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[248:249], v[38:39], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:624 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[250:251], v[40:41], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[252:253], v[40:41], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[246:247], v[40:41], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:432 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[42:45], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[46:49], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[42:57], v[248:249], v[40:41], v[42:57]
	s_nop 10
	scratch_store_dwordx4 off, v[42:45], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[46:49], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[54:57], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v56, a250
	v_accvgpr_read_b32 v57, a251
	v_accvgpr_read_b32 v54, a248
	v_accvgpr_read_b32 v55, a249
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[56:57], v[56:57], 0, 16
	v_lshl_add_u64 v[54:55], v[54:55], 0, 16
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[38:53], v[250:251], v[34:35], v[38:53]
	s_nop 10
	scratch_store_dwordx4 off, v[38:41], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[42:45], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[38:41], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[38:53], v[252:253], v[34:35], v[38:53]
	s_nop 10
	scratch_store_dwordx4 off, v[38:41], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[42:45], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[38:41], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[38:53], v[246:247], v[34:35], v[38:53]
	s_nop 10
	scratch_store_dwordx4 off, v[38:41], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[42:45], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[38:41], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[38:53], v[248:249], v[34:35], v[38:53]
	s_nop 10
	scratch_store_dwordx4 off, v[38:41], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[42:45], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:112 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v41, a178            ;  Reload Reuse
	v_accvgpr_read_b32 v40, a179            ;  Reload Reuse
	scratch_load_dwordx2 v[38:39], off, off ; 8-byte Folded Reload
	v_accvgpr_read_b32 v45, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v44, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v43, a176            ;  Reload Reuse
	v_accvgpr_read_b32 v42, a177            ;  Reload Reuse
	v_accvgpr_read_b32 v49, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v48, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v47, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v46, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v53, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v52, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v51, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v50, a169            ;  Reload Reuse
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 v[38:53], v[250:251], v[36:37], v[38:53]
	s_nop 10
	v_accvgpr_write_b32 a178, v41           ;  Reload Reuse
	v_accvgpr_write_b32 a179, v40           ;  Reload Reuse
	scratch_store_dwordx2 off, v[38:39], off ; 8-byte Folded Spill
	v_accvgpr_write_b32 a170, v49           ;  Reload Reuse
	v_accvgpr_write_b32 a171, v48           ;  Reload Reuse
	v_accvgpr_write_b32 a172, v47           ;  Reload Reuse
	v_accvgpr_write_b32 a173, v46           ;  Reload Reuse
	v_accvgpr_write_b32 a166, v53           ;  Reload Reuse
	v_accvgpr_write_b32 a167, v52           ;  Reload Reuse
	v_accvgpr_write_b32 a168, v51           ;  Reload Reuse
	v_accvgpr_write_b32 a169, v50           ;  Reload Reuse
	v_mov_b64_e32 v[52:53], v[192:193]
	v_accvgpr_read_b32 v50, a164
	v_accvgpr_read_b32 v51, a165
	v_accvgpr_read_b32 v48, a246
	v_accvgpr_read_b32 v49, a247
	v_accvgpr_read_b32 v46, a244
	v_accvgpr_read_b32 v47, a245
	v_accvgpr_write_b32 a174, v45           ;  Reload Reuse
	v_accvgpr_write_b32 a175, v44           ;  Reload Reuse
	v_accvgpr_write_b32 a176, v43           ;  Reload Reuse
	v_accvgpr_write_b32 a177, v42           ;  Reload Reuse
	.loc	1 34 9                          ; spill.py:34:9
	v_lshl_add_u64 v[50:51], v[50:51], 0, 16
	v_lshl_add_u64 v[48:49], v[48:49], 0, 16
	v_lshl_add_u64 v[46:47], v[46:47], 0, 16
	v_lshl_add_u64 v[52:53], v[52:53], 0, 16
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc0 .LBB0_132
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 59                         ; spill.py:30:59
	scratch_load_dwordx2 v[34:35], off, off offset:896 ; 8-byte Folded Reload
	.loc	1 30 81 is_stmt 0               ; spill.py:30:81
	s_lshl_b32 s12, s36, 4
	.loc	1 30 77                         ; spill.py:30:77
	s_sub_i32 s12, s33, s12
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v35, 0
	.loc	1 30 59                         ; spill.py:30:59
	v_cmp_gt_i32_e32 vcc, s12, v34
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 7
	v_readlane_b32 s13, v255, 8
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v34, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_5
; %bb.4:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v35, v[186:187], off
.LBB0_5:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 9
	v_readlane_b32 s13, v255, 10
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_mov_b64 s[12:13], exec
	s_and_b64 s[38:39], s[12:13], s[38:39]
	v_accvgpr_read_b32 v209, a31
	v_accvgpr_read_b32 v208, a30
	v_accvgpr_read_b32 v207, a29
	v_accvgpr_read_b32 v206, a28
	v_accvgpr_read_b32 v205, a27
	v_accvgpr_read_b32 v204, a26
	v_accvgpr_read_b32 v203, a25
	v_accvgpr_read_b32 v202, a24
	v_accvgpr_read_b32 v201, a23
	v_accvgpr_read_b32 v200, a22
	v_accvgpr_read_b32 v199, a21
	v_accvgpr_read_b32 v198, a20
	v_accvgpr_read_b32 v197, a19
	v_accvgpr_read_b32 v196, a18
	v_accvgpr_read_b32 v195, a17
	v_accvgpr_read_b32 v194, a16
	s_mov_b64 exec, s[38:39]
	s_cbranch_execz .LBB0_7
; %bb.6:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v34, v[184:185], off
.LBB0_7:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 11
	v_readlane_b32 s13, v255, 12
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v36, 0
	v_mov_b32_e32 v37, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_9
; %bb.8:                                ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v37, v[182:183], off
.LBB0_9:                                ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 13
	v_readlane_b32 s13, v255, 14
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_11
; %bb.10:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v36, v[180:181], off
.LBB0_11:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 15
	v_readlane_b32 s13, v255, 16
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v39, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_13
; %bb.12:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v39, v[178:179], off
.LBB0_13:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 17
	v_readlane_b32 s13, v255, 18
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_15
; %bb.14:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v38, v[176:177], off
.LBB0_15:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 19
	v_readlane_b32 s13, v255, 20
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v41, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_17
; %bb.16:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v41, v[174:175], off
.LBB0_17:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 21
	v_readlane_b32 s13, v255, 22
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_19
; %bb.18:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v40, v[172:173], off
.LBB0_19:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 23
	v_readlane_b32 s13, v255, 24
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v43, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_21
; %bb.20:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v43, v[170:171], off
.LBB0_21:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 25
	v_readlane_b32 s13, v255, 26
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_23
; %bb.22:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v42, v[168:169], off
.LBB0_23:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 27
	v_readlane_b32 s13, v255, 28
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v44, 0
	v_mov_b32_e32 v45, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_25
; %bb.24:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v45, v[166:167], off
.LBB0_25:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 29
	v_readlane_b32 s13, v255, 30
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_27
; %bb.26:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v44, v[164:165], off
.LBB0_27:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 31
	v_readlane_b32 s13, v255, 32
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v188, 0
	v_mov_b32_e32 v192, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_29
; %bb.28:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v192, v[162:163], off
.LBB0_29:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 33
	v_readlane_b32 s13, v255, 34
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_31
; %bb.30:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v188, v[160:161], off
.LBB0_31:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 35
	v_readlane_b32 s13, v255, 36
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v193, 0
	v_mov_b32_e32 v242, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_33
; %bb.32:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v242, v[158:159], off
.LBB0_33:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 37
	v_readlane_b32 s13, v255, 38
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_35
; %bb.34:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v193, v[156:157], off
.LBB0_35:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 39
	v_readlane_b32 s13, v255, 40
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v244, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_37
; %bb.36:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v244, v[154:155], off
.LBB0_37:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 41
	v_readlane_b32 s13, v255, 42
	s_and_b64 s[38:39], s[12:13], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_39
; %bb.38:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v243, v[152:153], off
.LBB0_39:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 43
	v_readlane_b32 s13, v255, 44
	s_and_b64 s[38:39], s[12:13], vcc
	v_mov_b32_e32 v245, 0
	v_mov_b32_e32 v246, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_41
; %bb.40:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v246, v[150:151], off
.LBB0_41:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[40:41], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_43
; %bb.42:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v245, v[148:149], off
.LBB0_43:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[42:43], vcc
	v_mov_b32_e32 v247, 0
	v_mov_b32_e32 v248, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_45
; %bb.44:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v248, v[146:147], off
.LBB0_45:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[44:45], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_47
; %bb.46:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v247, v[144:145], off
.LBB0_47:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[46:47], vcc
	v_mov_b32_e32 v249, 0
	v_mov_b32_e32 v250, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_49
; %bb.48:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v250, v[142:143], off
.LBB0_49:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[48:49], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_51
; %bb.50:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v249, v[140:141], off
.LBB0_51:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[50:51], vcc
	v_mov_b32_e32 v251, 0
	v_mov_b32_e32 v252, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_53
; %bb.52:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v252, v[138:139], off
.LBB0_53:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[52:53], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_55
; %bb.54:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v251, v[136:137], off
.LBB0_55:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[54:55], vcc
	v_mov_b32_e32 v253, 0
	v_mov_b32_e32 v254, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_57
; %bb.56:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v254, v[134:135], off
.LBB0_57:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[56:57], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_59
; %bb.58:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte v253, v[132:133], off
.LBB0_59:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[58:59], vcc
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_61
; %bb.60:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a1, v[130:131], off
.LBB0_61:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[60:61], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_63
; %bb.62:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a0, v[128:129], off
.LBB0_63:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[62:63], vcc
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a5, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_65
; %bb.64:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a5, v[126:127], off
.LBB0_65:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[38:39], s[64:65], vcc
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_67
; %bb.66:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a3, v[124:125], off
.LBB0_67:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34 is_stmt 1               ; spill.py:31:34
	s_and_b64 s[38:39], s[66:67], vcc
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a4, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_69
; %bb.68:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a4, v[122:123], off
.LBB0_69:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[68:69], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_71
; %bb.70:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a2, v[120:121], off
.LBB0_71:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[70:71], vcc
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_73
; %bb.72:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a7, v[118:119], off
.LBB0_73:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[72:73], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_75
; %bb.74:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a6, v[116:117], off
.LBB0_75:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[74:75], vcc
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_77
; %bb.76:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a9, v[114:115], off
.LBB0_77:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[76:77], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_79
; %bb.78:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a8, v[112:113], off
.LBB0_79:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[78:79], vcc
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_81
; %bb.80:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a11, v[110:111], off
.LBB0_81:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[80:81], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_83
; %bb.82:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a10, v[108:109], off
.LBB0_83:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[82:83], vcc
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_85
; %bb.84:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a13, v[106:107], off
.LBB0_85:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[84:85], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_87
; %bb.86:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a12, v[104:105], off
.LBB0_87:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[86:87], vcc
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_89
; %bb.88:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a15, v[102:103], off
.LBB0_89:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[88:89], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_91
; %bb.90:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a14, v[100:101], off
.LBB0_91:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[90:91], vcc
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a17, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_93
; %bb.92:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a17, v[98:99], off
.LBB0_93:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[6:7], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_95
; %bb.94:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a16, v[96:97], off
.LBB0_95:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[92:93], vcc
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a19, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_97
; %bb.96:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a19, v[94:95], off
.LBB0_97:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[94:95], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_99
; %bb.98:                               ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a18, v[92:93], off
.LBB0_99:                               ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[96:97], vcc
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a21, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_101
; %bb.100:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a21, v[90:91], off
.LBB0_101:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[98:99], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_103
; %bb.102:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a20, v[88:89], off
.LBB0_103:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[0:1], vcc
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a23, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_105
; %bb.104:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a23, v[86:87], off
.LBB0_105:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[2:3], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_107
; %bb.106:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a22, v[84:85], off
.LBB0_107:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[4:5], vcc
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a25, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_109
; %bb.108:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a25, v[82:83], off
.LBB0_109:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[30:31], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_111
; %bb.110:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a24, v[64:65], off
.LBB0_111:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[10:11], vcc
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a27, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_113
; %bb.112:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a27, v[62:63], off
.LBB0_113:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[34:35], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_115
; %bb.114:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a26, v[50:51], off
.LBB0_115:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[14:15], vcc
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a29, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_117
; %bb.116:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a29, v[0:1], off
.LBB0_117:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[16:17], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_119
; %bb.118:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a28, v[48:49], off
.LBB0_119:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[18:19], vcc
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a31, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_121
; %bb.120:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a31, v[46:47], off
.LBB0_121:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[20:21], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_123
; %bb.122:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a30, v[60:61], off
.LBB0_123:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[22:23], vcc
	v_accvgpr_write_b32 a32, 0
	v_accvgpr_write_b32 a33, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_125
; %bb.124:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a33, v[58:59], off
.LBB0_125:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[24:25], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_127
; %bb.126:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a32, v[56:57], off
.LBB0_127:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[26:27], vcc
	v_accvgpr_write_b32 a34, 0
	v_accvgpr_write_b32 a35, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_129
; %bb.128:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a35, v[54:55], off
.LBB0_129:                              ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_write_b32 a165, v51
	v_accvgpr_write_b32 a164, v50
	v_accvgpr_write_b32 a247, v49
	v_accvgpr_write_b32 a246, v48
	v_accvgpr_write_b32 a245, v47
	v_accvgpr_write_b32 a244, v46
	v_accvgpr_write_b32 a255, v61
	v_accvgpr_write_b32 a254, v60
	v_accvgpr_write_b32 a253, v59
	v_accvgpr_write_b32 a252, v58
	v_accvgpr_write_b32 a251, v57
	v_accvgpr_write_b32 a250, v56
	v_accvgpr_write_b32 a249, v55
	v_accvgpr_write_b32 a248, v54
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], s[28:29], vcc
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_2
; %bb.130:                              ;   in Loop: Header=BB0_3 Depth=1
	global_load_ubyte a34, v[52:53], off
	s_branch .LBB0_2
.LBB0_131:
	.loc	1 0 13                          ; spill.py:0:13
	v_mov_b32_e32 v15, v66
	v_mov_b32_e32 v14, v66
	v_mov_b32_e32 v13, v66
	v_mov_b32_e32 v12, v66
	v_mov_b32_e32 v11, v66
	v_mov_b32_e32 v10, v66
	v_mov_b32_e32 v9, v66
	v_mov_b32_e32 v8, v66
	v_mov_b32_e32 v7, v66
	v_mov_b32_e32 v6, v66
	v_mov_b32_e32 v5, v66
	v_mov_b32_e32 v4, v66
	v_mov_b32_e32 v3, v66
	v_mov_b32_e32 v2, v66
	v_mov_b32_e32 v1, v66
	v_mov_b32_e32 v0, v66
	v_accvgpr_write_b32 a178, v3            ;  Reload Reuse
	scratch_store_dwordx2 off, v[0:1], off  ; 8-byte Folded Spill
	s_mov_b32 s37, s8
	v_accvgpr_write_b32 a166, v15           ;  Reload Reuse
	v_accvgpr_write_b32 a167, v14           ;  Reload Reuse
	v_accvgpr_write_b32 a168, v13           ;  Reload Reuse
	v_accvgpr_write_b32 a169, v12           ;  Reload Reuse
	v_accvgpr_write_b32 a170, v11           ;  Reload Reuse
	v_accvgpr_write_b32 a171, v10           ;  Reload Reuse
	v_accvgpr_write_b32 a172, v9            ;  Reload Reuse
	v_accvgpr_write_b32 a173, v8            ;  Reload Reuse
	v_accvgpr_write_b32 a174, v7            ;  Reload Reuse
	v_accvgpr_write_b32 a175, v6            ;  Reload Reuse
	v_accvgpr_write_b32 a176, v5            ;  Reload Reuse
	v_accvgpr_write_b32 a177, v4            ;  Reload Reuse
	v_accvgpr_write_b32 a179, v2            ;  Reload Reuse
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
	scratch_store_dwordx4 off, v[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:304 ; 16-byte Folded Spill
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
	scratch_store_dwordx4 off, v[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:560 ; 16-byte Folded Spill
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
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:880 ; 16-byte Folded Spill
	v_mov_b32_e32 v53, v66
	v_mov_b32_e32 v52, v66
	v_mov_b32_e32 v51, v66
	v_mov_b32_e32 v50, v66
	v_mov_b32_e32 v49, v66
	v_mov_b32_e32 v48, v66
	v_mov_b32_e32 v47, v66
	v_mov_b32_e32 v46, v66
	v_mov_b32_e32 v45, v66
	v_mov_b32_e32 v44, v66
	v_mov_b32_e32 v43, v66
	v_mov_b32_e32 v42, v66
	v_mov_b32_e32 v41, v66
	v_mov_b32_e32 v40, v66
	v_mov_b32_e32 v39, v66
	v_mov_b32_e32 v38, v66
	v_mov_b32_e32 v97, v66
	v_mov_b32_e32 v96, v66
	v_mov_b32_e32 v95, v66
	v_mov_b32_e32 v94, v66
	v_mov_b32_e32 v93, v66
	v_mov_b32_e32 v92, v66
	v_mov_b32_e32 v91, v66
	v_mov_b32_e32 v90, v66
	v_mov_b32_e32 v89, v66
	v_mov_b32_e32 v88, v66
	v_mov_b32_e32 v87, v66
	v_mov_b32_e32 v86, v66
	v_mov_b32_e32 v85, v66
	v_mov_b32_e32 v84, v66
	v_mov_b32_e32 v83, v66
	v_mov_b32_e32 v82, v66
	v_mov_b32_e32 v113, v66
	v_mov_b32_e32 v112, v66
	v_mov_b32_e32 v111, v66
	v_mov_b32_e32 v110, v66
	v_mov_b32_e32 v109, v66
	v_mov_b32_e32 v108, v66
	v_mov_b32_e32 v107, v66
	v_mov_b32_e32 v106, v66
	v_mov_b32_e32 v105, v66
	v_mov_b32_e32 v104, v66
	v_mov_b32_e32 v103, v66
	v_mov_b32_e32 v102, v66
	v_mov_b32_e32 v101, v66
	v_mov_b32_e32 v100, v66
	v_mov_b32_e32 v99, v66
	v_mov_b32_e32 v98, v66
	v_mov_b32_e32 v129, v66
	v_mov_b32_e32 v128, v66
	v_mov_b32_e32 v127, v66
	v_mov_b32_e32 v126, v66
	v_mov_b32_e32 v125, v66
	v_mov_b32_e32 v124, v66
	v_mov_b32_e32 v123, v66
	v_mov_b32_e32 v122, v66
	v_mov_b32_e32 v121, v66
	v_mov_b32_e32 v120, v66
	v_mov_b32_e32 v119, v66
	v_mov_b32_e32 v118, v66
	v_mov_b32_e32 v117, v66
	v_mov_b32_e32 v116, v66
	v_mov_b32_e32 v115, v66
	v_mov_b32_e32 v114, v66
	v_mov_b32_e32 v145, v66
	v_mov_b32_e32 v144, v66
	v_mov_b32_e32 v143, v66
	v_mov_b32_e32 v142, v66
	v_mov_b32_e32 v141, v66
	v_mov_b32_e32 v140, v66
	v_mov_b32_e32 v139, v66
	v_mov_b32_e32 v138, v66
	v_mov_b32_e32 v137, v66
	v_mov_b32_e32 v136, v66
	v_mov_b32_e32 v135, v66
	v_mov_b32_e32 v134, v66
	v_mov_b32_e32 v133, v66
	v_mov_b32_e32 v132, v66
	v_mov_b32_e32 v131, v66
	v_mov_b32_e32 v130, v66
	v_mov_b32_e32 v161, v66
	v_mov_b32_e32 v160, v66
	v_mov_b32_e32 v159, v66
	v_mov_b32_e32 v158, v66
	v_mov_b32_e32 v157, v66
	v_mov_b32_e32 v156, v66
	v_mov_b32_e32 v155, v66
	v_mov_b32_e32 v154, v66
	v_mov_b32_e32 v153, v66
	v_mov_b32_e32 v152, v66
	v_mov_b32_e32 v151, v66
	v_mov_b32_e32 v150, v66
	v_mov_b32_e32 v149, v66
	v_mov_b32_e32 v148, v66
	v_mov_b32_e32 v147, v66
	v_mov_b32_e32 v146, v66
	v_mov_b32_e32 v177, v66
	v_mov_b32_e32 v176, v66
	v_mov_b32_e32 v175, v66
	v_mov_b32_e32 v174, v66
	v_mov_b32_e32 v173, v66
	v_mov_b32_e32 v172, v66
	v_mov_b32_e32 v171, v66
	v_mov_b32_e32 v170, v66
	v_mov_b32_e32 v169, v66
	v_mov_b32_e32 v168, v66
	v_mov_b32_e32 v167, v66
	v_mov_b32_e32 v166, v66
	v_mov_b32_e32 v165, v66
	v_mov_b32_e32 v164, v66
	v_mov_b32_e32 v163, v66
	v_mov_b32_e32 v162, v66
	v_mov_b32_e32 v193, v66
	v_mov_b32_e32 v192, v66
	v_mov_b32_e32 v191, v66
	v_mov_b32_e32 v190, v66
	v_mov_b32_e32 v189, v66
	v_mov_b32_e32 v188, v66
	v_mov_b32_e32 v187, v66
	v_mov_b32_e32 v186, v66
	v_mov_b32_e32 v185, v66
	v_mov_b32_e32 v184, v66
	v_mov_b32_e32 v183, v66
	v_mov_b32_e32 v182, v66
	v_mov_b32_e32 v181, v66
	v_mov_b32_e32 v180, v66
	v_mov_b32_e32 v179, v66
	v_mov_b32_e32 v178, v66
	v_mov_b32_e32 v209, v66
	v_mov_b32_e32 v208, v66
	v_mov_b32_e32 v207, v66
	v_mov_b32_e32 v206, v66
	v_mov_b32_e32 v205, v66
	v_mov_b32_e32 v204, v66
	v_mov_b32_e32 v203, v66
	v_mov_b32_e32 v202, v66
	v_mov_b32_e32 v201, v66
	v_mov_b32_e32 v200, v66
	v_mov_b32_e32 v199, v66
	v_mov_b32_e32 v198, v66
	v_mov_b32_e32 v197, v66
	v_mov_b32_e32 v196, v66
	v_mov_b32_e32 v195, v66
	v_mov_b32_e32 v194, v66
	v_mov_b32_e32 v225, v66
	v_mov_b32_e32 v224, v66
	v_mov_b32_e32 v223, v66
	v_mov_b32_e32 v222, v66
	v_mov_b32_e32 v221, v66
	v_mov_b32_e32 v220, v66
	v_mov_b32_e32 v219, v66
	v_mov_b32_e32 v218, v66
	v_mov_b32_e32 v217, v66
	v_mov_b32_e32 v216, v66
	v_mov_b32_e32 v215, v66
	v_mov_b32_e32 v214, v66
	v_mov_b32_e32 v213, v66
	v_mov_b32_e32 v212, v66
	v_mov_b32_e32 v211, v66
	v_mov_b32_e32 v210, v66
	v_mov_b32_e32 v241, v66
	v_mov_b32_e32 v240, v66
	v_mov_b32_e32 v239, v66
	v_mov_b32_e32 v238, v66
	v_mov_b32_e32 v237, v66
	v_mov_b32_e32 v236, v66
	v_mov_b32_e32 v235, v66
	v_mov_b32_e32 v234, v66
	v_mov_b32_e32 v233, v66
	v_mov_b32_e32 v232, v66
	v_mov_b32_e32 v231, v66
	v_mov_b32_e32 v230, v66
	v_mov_b32_e32 v229, v66
	v_mov_b32_e32 v228, v66
	v_mov_b32_e32 v227, v66
	v_mov_b32_e32 v226, v66
	v_accvgpr_write_b32 a195, v66
	v_accvgpr_write_b32 a194, v66
	v_accvgpr_write_b32 a193, v66
	v_accvgpr_write_b32 a192, v66
	v_accvgpr_write_b32 a191, v66
	v_accvgpr_write_b32 a190, v66
	v_accvgpr_write_b32 a189, v66
	v_accvgpr_write_b32 a188, v66
	v_accvgpr_write_b32 a187, v66
	v_accvgpr_write_b32 a186, v66
	v_accvgpr_write_b32 a185, v66
	v_accvgpr_write_b32 a184, v66
	v_accvgpr_write_b32 a183, v66
	v_accvgpr_write_b32 a182, v66
	v_accvgpr_write_b32 a181, v66
	v_accvgpr_write_b32 a180, v66
	scratch_store_dwordx4 off, v[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:816 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a211, v66
	v_accvgpr_write_b32 a210, v66
	v_accvgpr_write_b32 a209, v66
	v_accvgpr_write_b32 a208, v66
	v_accvgpr_write_b32 a207, v66
	v_accvgpr_write_b32 a206, v66
	v_accvgpr_write_b32 a205, v66
	v_accvgpr_write_b32 a204, v66
	v_accvgpr_write_b32 a203, v66
	v_accvgpr_write_b32 a202, v66
	v_accvgpr_write_b32 a201, v66
	v_accvgpr_write_b32 a200, v66
	v_accvgpr_write_b32 a199, v66
	v_accvgpr_write_b32 a198, v66
	v_accvgpr_write_b32 a197, v66
	v_accvgpr_write_b32 a196, v66
	v_accvgpr_write_b32 a227, v66
	v_accvgpr_write_b32 a226, v66
	v_accvgpr_write_b32 a225, v66
	v_accvgpr_write_b32 a224, v66
	v_accvgpr_write_b32 a223, v66
	v_accvgpr_write_b32 a222, v66
	v_accvgpr_write_b32 a221, v66
	v_accvgpr_write_b32 a220, v66
	v_accvgpr_write_b32 a219, v66
	v_accvgpr_write_b32 a218, v66
	v_accvgpr_write_b32 a217, v66
	v_accvgpr_write_b32 a216, v66
	v_accvgpr_write_b32 a215, v66
	v_accvgpr_write_b32 a214, v66
	v_accvgpr_write_b32 a213, v66
	v_accvgpr_write_b32 a212, v66
	v_accvgpr_write_b32 a243, v66
	v_accvgpr_write_b32 a242, v66
	v_accvgpr_write_b32 a241, v66
	v_accvgpr_write_b32 a240, v66
	v_accvgpr_write_b32 a239, v66
	v_accvgpr_write_b32 a238, v66
	v_accvgpr_write_b32 a237, v66
	v_accvgpr_write_b32 a236, v66
	v_accvgpr_write_b32 a235, v66
	v_accvgpr_write_b32 a234, v66
	v_accvgpr_write_b32 a233, v66
	v_accvgpr_write_b32 a232, v66
	v_accvgpr_write_b32 a231, v66
	v_accvgpr_write_b32 a230, v66
	v_accvgpr_write_b32 a229, v66
	v_accvgpr_write_b32 a228, v66
	v_mov_b32_e32 v17, v66
	v_mov_b32_e32 v16, v66
	v_mov_b32_e32 v33, v66
	v_mov_b32_e32 v32, v66
	v_mov_b32_e32 v31, v66
	v_mov_b32_e32 v30, v66
	v_mov_b32_e32 v29, v66
	v_mov_b32_e32 v28, v66
	v_mov_b32_e32 v27, v66
	v_mov_b32_e32 v26, v66
	v_mov_b32_e32 v25, v66
	v_mov_b32_e32 v24, v66
	v_mov_b32_e32 v23, v66
	v_mov_b32_e32 v22, v66
	v_mov_b32_e32 v21, v66
	v_mov_b32_e32 v20, v66
	v_mov_b32_e32 v19, v66
	v_mov_b32_e32 v18, v66
	v_mov_b32_e32 v81, v66
	v_mov_b32_e32 v80, v66
	v_mov_b32_e32 v79, v66
	v_mov_b32_e32 v78, v66
	v_mov_b32_e32 v77, v66
	v_mov_b32_e32 v76, v66
	v_mov_b32_e32 v75, v66
	v_mov_b32_e32 v74, v66
	v_mov_b32_e32 v73, v66
	v_mov_b32_e32 v72, v66
	v_mov_b32_e32 v71, v66
	v_mov_b32_e32 v70, v66
	v_mov_b32_e32 v69, v66
	v_mov_b32_e32 v68, v66
	v_mov_b32_e32 v67, v66
	s_branch .LBB0_133
.LBB0_132:                              ; %Flow
	scratch_load_dword v34, off, off offset:908 ; 4-byte Folded Reload
	scratch_load_dword v35, off, off offset:904 ; 4-byte Folded Reload
	v_readlane_b32 s6, v255, 3
	v_readlane_b32 s13, v255, 45
	v_readlane_b32 s7, v255, 4
	v_accvgpr_read_b32 v53, a51
	v_accvgpr_read_b32 v52, a50
	v_accvgpr_read_b32 v51, a49
	v_accvgpr_read_b32 v50, a48
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
	v_accvgpr_read_b32 v97, a67
	v_accvgpr_read_b32 v96, a66
	v_accvgpr_read_b32 v95, a65
	v_accvgpr_read_b32 v94, a64
	v_accvgpr_read_b32 v93, a63
	v_accvgpr_read_b32 v92, a62
	v_accvgpr_read_b32 v91, a61
	v_accvgpr_read_b32 v90, a60
	v_accvgpr_read_b32 v89, a59
	v_accvgpr_read_b32 v88, a58
	v_accvgpr_read_b32 v87, a57
	v_accvgpr_read_b32 v86, a56
	v_accvgpr_read_b32 v85, a55
	v_accvgpr_read_b32 v84, a54
	v_accvgpr_read_b32 v83, a53
	v_accvgpr_read_b32 v82, a52
	v_accvgpr_read_b32 v113, a83
	v_accvgpr_read_b32 v112, a82
	v_accvgpr_read_b32 v111, a81
	v_accvgpr_read_b32 v110, a80
	v_accvgpr_read_b32 v109, a79
	v_accvgpr_read_b32 v108, a78
	v_accvgpr_read_b32 v107, a77
	v_accvgpr_read_b32 v106, a76
	v_accvgpr_read_b32 v105, a75
	v_accvgpr_read_b32 v104, a74
	v_accvgpr_read_b32 v103, a73
	v_accvgpr_read_b32 v102, a72
	v_accvgpr_read_b32 v101, a71
	v_accvgpr_read_b32 v100, a70
	v_accvgpr_read_b32 v99, a69
	v_accvgpr_read_b32 v98, a68
	v_accvgpr_read_b32 v129, a99
	v_accvgpr_read_b32 v128, a98
	v_accvgpr_read_b32 v127, a97
	v_accvgpr_read_b32 v126, a96
	v_accvgpr_read_b32 v125, a95
	v_accvgpr_read_b32 v124, a94
	v_accvgpr_read_b32 v123, a93
	v_accvgpr_read_b32 v122, a92
	v_accvgpr_read_b32 v121, a91
	v_accvgpr_read_b32 v120, a90
	v_accvgpr_read_b32 v119, a89
	v_accvgpr_read_b32 v118, a88
	v_accvgpr_read_b32 v117, a87
	v_accvgpr_read_b32 v116, a86
	v_accvgpr_read_b32 v115, a85
	v_accvgpr_read_b32 v114, a84
	v_accvgpr_read_b32 v145, a115
	v_accvgpr_read_b32 v144, a114
	v_accvgpr_read_b32 v143, a113
	v_accvgpr_read_b32 v142, a112
	v_accvgpr_read_b32 v141, a111
	v_accvgpr_read_b32 v140, a110
	v_accvgpr_read_b32 v139, a109
	v_accvgpr_read_b32 v138, a108
	v_accvgpr_read_b32 v137, a107
	v_accvgpr_read_b32 v136, a106
	v_accvgpr_read_b32 v135, a105
	v_accvgpr_read_b32 v134, a104
	v_accvgpr_read_b32 v133, a103
	v_accvgpr_read_b32 v132, a102
	v_accvgpr_read_b32 v131, a101
	v_accvgpr_read_b32 v130, a100
	v_accvgpr_read_b32 v161, a131
	v_accvgpr_read_b32 v160, a130
	v_accvgpr_read_b32 v159, a129
	v_accvgpr_read_b32 v158, a128
	v_accvgpr_read_b32 v157, a127
	v_accvgpr_read_b32 v156, a126
	v_accvgpr_read_b32 v155, a125
	v_accvgpr_read_b32 v154, a124
	v_accvgpr_read_b32 v153, a123
	v_accvgpr_read_b32 v152, a122
	v_accvgpr_read_b32 v151, a121
	v_accvgpr_read_b32 v150, a120
	v_accvgpr_read_b32 v149, a119
	v_accvgpr_read_b32 v148, a118
	v_accvgpr_read_b32 v147, a117
	v_accvgpr_read_b32 v146, a116
	v_accvgpr_read_b32 v177, a147
	v_accvgpr_read_b32 v176, a146
	v_accvgpr_read_b32 v175, a145
	v_accvgpr_read_b32 v174, a144
	v_accvgpr_read_b32 v173, a143
	v_accvgpr_read_b32 v172, a142
	v_accvgpr_read_b32 v171, a141
	v_accvgpr_read_b32 v170, a140
	v_accvgpr_read_b32 v169, a139
	v_accvgpr_read_b32 v168, a138
	v_accvgpr_read_b32 v167, a137
	v_accvgpr_read_b32 v166, a136
	v_accvgpr_read_b32 v165, a135
	v_accvgpr_read_b32 v164, a134
	v_accvgpr_read_b32 v163, a133
	v_accvgpr_read_b32 v162, a132
	v_accvgpr_read_b32 v193, a163
	v_accvgpr_read_b32 v192, a162
	v_accvgpr_read_b32 v191, a161
	v_accvgpr_read_b32 v190, a160
	v_accvgpr_read_b32 v189, a159
	v_accvgpr_read_b32 v188, a158
	v_accvgpr_read_b32 v187, a157
	v_accvgpr_read_b32 v186, a156
	v_accvgpr_read_b32 v185, a155
	v_accvgpr_read_b32 v184, a154
	v_accvgpr_read_b32 v183, a153
	v_accvgpr_read_b32 v182, a152
	v_accvgpr_read_b32 v181, a151
	v_accvgpr_read_b32 v180, a150
	v_accvgpr_read_b32 v179, a149
	v_accvgpr_read_b32 v178, a148
	v_accvgpr_read_b32 v209, a31
	v_accvgpr_read_b32 v208, a30
	v_accvgpr_read_b32 v207, a29
	v_accvgpr_read_b32 v206, a28
	v_accvgpr_read_b32 v205, a27
	v_accvgpr_read_b32 v204, a26
	v_accvgpr_read_b32 v203, a25
	v_accvgpr_read_b32 v202, a24
	v_accvgpr_read_b32 v201, a23
	v_accvgpr_read_b32 v200, a22
	v_accvgpr_read_b32 v199, a21
	v_accvgpr_read_b32 v198, a20
	v_accvgpr_read_b32 v197, a19
	v_accvgpr_read_b32 v196, a18
	v_accvgpr_read_b32 v195, a17
	v_accvgpr_read_b32 v194, a16
.LBB0_133:                              ; %._crit_edge
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	s_waitcnt vmcnt(0)
	v_lshrrev_b32_e32 v0, 3, v35
	s_lshr_b32 s0, s13, 1
	v_or_b32_e32 v0, s0, v0
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_and_or_b32 v36, v34, 31, s6
	.loc	1 35 22 is_stmt 1               ; spill.py:35:22
	v_readlane_b32 s0, v255, 0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v0, s7, v0
	s_mov_b32 s33, s37
	.loc	1 35 22                         ; spill.py:35:22
	v_mul_lo_u32 v34, s0, v36
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s0, v255, 1
	v_ashrrev_i32_e32 v35, 31, v34
	v_readlane_b32 s1, v255, 2
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v36
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[34:35], v[34:35], 2, s[0:1]
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[34:35], v[0:1], 2, v[34:35]
	s_nop 0
	v_writelane_b32 v255, s0, 5
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 6
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_135
; %bb.134:
	global_store_dword v[34:35], v66, off
.LBB0_135:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 1, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 7
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 8
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_137
; %bb.136:
	global_store_dword v[34:35], v67, off offset:4
.LBB0_137:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 2, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 9
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 10
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_139
; %bb.138:
	global_store_dword v[34:35], v68, off offset:8
.LBB0_139:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 3, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 11
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 12
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_141
; %bb.140:
	global_store_dword v[34:35], v69, off offset:12
.LBB0_141:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 8, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 13
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 14
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_143
; %bb.142:
	global_store_dword v[34:35], v70, off offset:32
.LBB0_143:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 9, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 15
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 16
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_145
; %bb.144:
	global_store_dword v[34:35], v71, off offset:36
.LBB0_145:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 10, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 17
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 18
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_147
; %bb.146:
	global_store_dword v[34:35], v72, off offset:40
.LBB0_147:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 11, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 19
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 20
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_149
; %bb.148:
	global_store_dword v[34:35], v73, off offset:44
.LBB0_149:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 16, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 21
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 22
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_151
; %bb.150:
	global_store_dword v[34:35], v74, off offset:64
.LBB0_151:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 17, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 24
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_153
; %bb.152:
	global_store_dword v[34:35], v75, off offset:68
.LBB0_153:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 18, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 25
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 26
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_155
; %bb.154:
	global_store_dword v[34:35], v76, off offset:72
.LBB0_155:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 19, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 27
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 28
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_157
; %bb.156:
	global_store_dword v[34:35], v77, off offset:76
.LBB0_157:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 24, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 29
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 30
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_159
; %bb.158:
	global_store_dword v[34:35], v78, off offset:96
.LBB0_159:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 25, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 31
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 32
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_161
; %bb.160:
	global_store_dword v[34:35], v79, off offset:100
.LBB0_161:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 26, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 33
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 34
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_163
; %bb.162:
	global_store_dword v[34:35], v80, off offset:104
.LBB0_163:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 27, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 35
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 36
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_165
; %bb.164:
	global_store_dword v[34:35], v81, off offset:108
.LBB0_165:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v37, 64, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v37
	s_nop 1
	v_writelane_b32 v255, s0, 37
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 38
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_167
; %bb.166:
	global_store_dword v[34:35], v18, off offset:256
.LBB0_167:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x41, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[36:37], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_169
; %bb.168:
	global_store_dword v[34:35], v19, off offset:260
.LBB0_169:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x42, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[38:39], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_171
; %bb.170:
	global_store_dword v[34:35], v20, off offset:264
.LBB0_171:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x43, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[40:41], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_173
; %bb.172:
	global_store_dword v[34:35], v21, off offset:268
.LBB0_173:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x48, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[42:43], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_175
; %bb.174:
	global_store_dword v[34:35], v22, off offset:288
.LBB0_175:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x49, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[44:45], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_177
; %bb.176:
	global_store_dword v[34:35], v23, off offset:292
.LBB0_177:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x4a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[46:47], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_179
; %bb.178:
	global_store_dword v[34:35], v24, off offset:296
.LBB0_179:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x4b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[48:49], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_181
; %bb.180:
	global_store_dword v[34:35], v25, off offset:300
.LBB0_181:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x50, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[50:51], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_183
; %bb.182:
	global_store_dword v[34:35], v26, off offset:320
.LBB0_183:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x51, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[52:53], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_185
; %bb.184:
	global_store_dword v[34:35], v27, off offset:324
.LBB0_185:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x52, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[54:55], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_187
; %bb.186:
	global_store_dword v[34:35], v28, off offset:328
.LBB0_187:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x53, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[56:57], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_189
; %bb.188:
	global_store_dword v[34:35], v29, off offset:332
.LBB0_189:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x58, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[58:59], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_191
; %bb.190:
	global_store_dword v[34:35], v30, off offset:352
.LBB0_191:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x59, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[60:61], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_193
; %bb.192:
	global_store_dword v[34:35], v31, off offset:356
.LBB0_193:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x5a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[62:63], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_195
; %bb.194:
	global_store_dword v[34:35], v32, off offset:360
.LBB0_195:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x5b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[64:65], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_197
; %bb.196:
	global_store_dword v[34:35], v33, off offset:364
.LBB0_197:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, 0x80, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[66:67], s9, v18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_199
; %bb.198:
	global_store_dword v[34:35], v2, off offset:512
.LBB0_199:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x81, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[68:69], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_201
; %bb.200:
	global_store_dword v[34:35], v3, off offset:516
.LBB0_201:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x82, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[70:71], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_203
; %bb.202:
	global_store_dword v[34:35], v4, off offset:520
.LBB0_203:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x83, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[72:73], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_205
; %bb.204:
	global_store_dword v[34:35], v5, off offset:524
.LBB0_205:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x88, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[74:75], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_207
; %bb.206:
	global_store_dword v[34:35], v6, off offset:544
.LBB0_207:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x89, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[76:77], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_209
; %bb.208:
	global_store_dword v[34:35], v7, off offset:548
.LBB0_209:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x8a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[78:79], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_211
; %bb.210:
	global_store_dword v[34:35], v8, off offset:552
.LBB0_211:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x8b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[80:81], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_213
; %bb.212:
	global_store_dword v[34:35], v9, off offset:556
.LBB0_213:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x90, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[82:83], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_215
; %bb.214:
	global_store_dword v[34:35], v10, off offset:576
.LBB0_215:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x91, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[84:85], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_217
; %bb.216:
	global_store_dword v[34:35], v11, off offset:580
.LBB0_217:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x92, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[86:87], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_219
; %bb.218:
	global_store_dword v[34:35], v12, off offset:584
.LBB0_219:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x93, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[88:89], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_221
; %bb.220:
	global_store_dword v[34:35], v13, off offset:588
.LBB0_221:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x98, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[90:91], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_223
; %bb.222:
	global_store_dword v[34:35], v14, off offset:608
.LBB0_223:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x99, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[92:93], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_225
; %bb.224:
	global_store_dword v[34:35], v15, off offset:612
.LBB0_225:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x9a, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[94:95], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_227
; %bb.226:
	global_store_dword v[34:35], v16, off offset:616
.LBB0_227:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0x9b, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[96:97], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_229
; %bb.228:
	global_store_dword v[34:35], v17, off offset:620
.LBB0_229:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc0, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[98:99], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_231
; %bb.230:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v2, a228
	v_accvgpr_read_b32 v3, a229
	v_accvgpr_read_b32 v4, a230
	v_accvgpr_read_b32 v5, a231
	v_accvgpr_read_b32 v6, a232
	v_accvgpr_read_b32 v7, a233
	v_accvgpr_read_b32 v8, a234
	v_accvgpr_read_b32 v9, a235
	v_accvgpr_read_b32 v10, a236
	v_accvgpr_read_b32 v11, a237
	v_accvgpr_read_b32 v12, a238
	v_accvgpr_read_b32 v13, a239
	v_accvgpr_read_b32 v14, a240
	v_accvgpr_read_b32 v15, a241
	v_accvgpr_read_b32 v16, a242
	v_accvgpr_read_b32 v17, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v2, off offset:768
.LBB0_231:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc1, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[6:7], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_233
; %bb.232:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v3, a229
	v_accvgpr_read_b32 v4, a230
	v_accvgpr_read_b32 v5, a231
	.loc	1 36 5                          ; spill.py:36:5
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
	v_accvgpr_read_b32 v2, a230
	v_accvgpr_read_b32 v3, a231
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v2, off offset:776
.LBB0_235:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc3, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[2:3], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[10:11], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_237
; %bb.236:
	global_store_dword v[34:35], a231, off offset:780
.LBB0_237:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[4:5]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc8, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[4:5], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_239
; %bb.238:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a232
	v_accvgpr_read_b32 v5, a233
	v_accvgpr_read_b32 v6, a234
	v_accvgpr_read_b32 v7, a235
	v_accvgpr_read_b32 v8, a236
	v_accvgpr_read_b32 v9, a237
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v4, off offset:800
.LBB0_239:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xc9, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[30:31], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_241
; %bb.240:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a233
	v_accvgpr_read_b32 v6, a234
	v_accvgpr_read_b32 v7, a235
	v_accvgpr_read_b32 v8, a236
	v_accvgpr_read_b32 v9, a237
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v5, off offset:804
.LBB0_241:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xca, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[10:11], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_243
; %bb.242:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a234
	v_accvgpr_read_b32 v7, a235
	v_accvgpr_read_b32 v8, a236
	v_accvgpr_read_b32 v9, a237
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v6, off offset:808
.LBB0_243:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xcb, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[34:35], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_245
; %bb.244:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a235
	v_accvgpr_read_b32 v8, a236
	v_accvgpr_read_b32 v9, a237
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v7, off offset:812
.LBB0_245:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd0, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[14:15], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[16:17]
	s_cbranch_execz .LBB0_247
; %bb.246:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a236
	v_accvgpr_read_b32 v9, a237
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v8, off offset:832
.LBB0_247:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd1, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[16:17], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[18:19], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[18:19]
	s_cbranch_execz .LBB0_249
; %bb.248:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a237
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v9, off offset:836
.LBB0_249:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd2, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[18:19], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[20:21], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[20:21]
	s_cbranch_execz .LBB0_251
; %bb.250:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a238
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v10, off offset:840
.LBB0_251:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd3, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[20:21], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[22:23], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[22:23]
	s_cbranch_execz .LBB0_253
; %bb.252:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a239
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v11, off offset:844
.LBB0_253:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd8, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[22:23], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[24:25], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[24:25]
	s_cbranch_execz .LBB0_255
; %bb.254:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a240
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v12, off offset:864
.LBB0_255:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xd9, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[24:25], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[26:27], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[26:27]
	s_cbranch_execz .LBB0_257
; %bb.256:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a241
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v13, off offset:868
.LBB0_257:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xda, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[26:27], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[28:29], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[28:29]
	s_cbranch_execz .LBB0_259
; %bb.258:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a242
	v_accvgpr_read_b32 v15, a243
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[34:35], v14, off offset:872
.LBB0_259:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, 0xdb, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[28:29], s9, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_261
; %bb.260:
	global_store_dword v[34:35], a243, off offset:876
.LBB0_261:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 32, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_263
; %bb.262:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a212
	v_accvgpr_read_b32 v5, a213
	v_accvgpr_read_b32 v6, a214
	v_accvgpr_read_b32 v7, a215
	v_accvgpr_read_b32 v8, a216
	v_accvgpr_read_b32 v9, a217
	v_accvgpr_read_b32 v10, a218
	v_accvgpr_read_b32 v11, a219
	v_accvgpr_read_b32 v12, a220
	v_accvgpr_read_b32 v13, a221
	v_accvgpr_read_b32 v14, a222
	v_accvgpr_read_b32 v15, a223
	v_accvgpr_read_b32 v16, a224
	v_accvgpr_read_b32 v17, a225
	v_accvgpr_read_b32 v18, a226
	v_accvgpr_read_b32 v19, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off
.LBB0_263:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_265
; %bb.264:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a213
	v_accvgpr_read_b32 v6, a214
	v_accvgpr_read_b32 v7, a215
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:4
.LBB0_265:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_267
; %bb.266:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a214
	v_accvgpr_read_b32 v5, a215
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
.LBB0_267:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_269
; %bb.268:
	global_store_dword v[2:3], a215, off offset:12
.LBB0_269:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_271
; %bb.270:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a216
	v_accvgpr_read_b32 v5, a217
	v_accvgpr_read_b32 v6, a218
	v_accvgpr_read_b32 v7, a219
	v_accvgpr_read_b32 v8, a220
	v_accvgpr_read_b32 v9, a221
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:32
.LBB0_271:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_273
; %bb.272:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a217
	v_accvgpr_read_b32 v6, a218
	v_accvgpr_read_b32 v7, a219
	v_accvgpr_read_b32 v8, a220
	v_accvgpr_read_b32 v9, a221
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:36
.LBB0_273:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_275
; %bb.274:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a218
	v_accvgpr_read_b32 v7, a219
	v_accvgpr_read_b32 v8, a220
	v_accvgpr_read_b32 v9, a221
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:40
.LBB0_275:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_277
; %bb.276:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a219
	v_accvgpr_read_b32 v8, a220
	v_accvgpr_read_b32 v9, a221
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:44
.LBB0_277:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_279
; %bb.278:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a220
	v_accvgpr_read_b32 v9, a221
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:64
.LBB0_279:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_281
; %bb.280:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a221
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:68
.LBB0_281:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_283
; %bb.282:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a222
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:72
.LBB0_283:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_285
; %bb.284:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a223
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:76
.LBB0_285:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_287
; %bb.286:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a224
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:96
.LBB0_287:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_289
; %bb.288:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a225
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:100
.LBB0_289:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_291
; %bb.290:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a226
	v_accvgpr_read_b32 v15, a227
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:104
.LBB0_291:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_293
; %bb.292:
	global_store_dword v[2:3], a227, off offset:108
.LBB0_293:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_828
; %bb.294:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_829
.LBB0_295:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_830
.LBB0_296:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_831
.LBB0_297:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_832
.LBB0_298:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_833
.LBB0_299:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_834
.LBB0_300:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_835
.LBB0_301:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_836
.LBB0_302:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_837
.LBB0_303:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_838
.LBB0_304:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_839
.LBB0_305:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_840
.LBB0_306:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_841
.LBB0_307:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_842
.LBB0_308:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_843
.LBB0_309:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_844
.LBB0_310:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_845
.LBB0_311:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_846
.LBB0_312:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_847
.LBB0_313:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_848
.LBB0_314:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_849
.LBB0_315:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_850
.LBB0_316:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_851
.LBB0_317:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_852
.LBB0_318:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_853
.LBB0_319:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_854
.LBB0_320:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_855
.LBB0_321:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_856
.LBB0_322:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_857
.LBB0_323:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_858
.LBB0_324:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_859
.LBB0_325:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_860
.LBB0_326:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_861
.LBB0_327:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_862
.LBB0_328:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_863
.LBB0_329:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_864
.LBB0_330:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_865
.LBB0_331:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_866
.LBB0_332:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_867
.LBB0_333:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_868
.LBB0_334:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_869
.LBB0_335:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_870
.LBB0_336:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_871
.LBB0_337:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_872
.LBB0_338:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_873
.LBB0_339:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_874
.LBB0_340:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_342
.LBB0_341:
	global_store_dword v[2:3], a195, off offset:876
.LBB0_342:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 64, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_344
; %bb.343:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off
.LBB0_344:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_346
; %bb.345:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:4
.LBB0_346:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_348
; %bb.347:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
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
.LBB0_348:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_350
; %bb.349:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
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
.LBB0_350:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_352
; %bb.351:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:32
.LBB0_352:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_354
; %bb.353:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:36
.LBB0_354:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_356
; %bb.355:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:40
.LBB0_356:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_358
; %bb.357:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:44
.LBB0_358:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_360
; %bb.359:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:64
.LBB0_360:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_362
; %bb.361:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:68
.LBB0_362:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_364
; %bb.363:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:72
.LBB0_364:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_366
; %bb.365:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:76
.LBB0_366:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_368
; %bb.367:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:96
.LBB0_368:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_370
; %bb.369:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:100
.LBB0_370:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_372
; %bb.371:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:104
.LBB0_372:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_374
; %bb.373:
	scratch_load_dwordx4 v[4:7], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:108
.LBB0_374:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_875
; %bb.375:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_876
.LBB0_376:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_877
.LBB0_377:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_878
.LBB0_378:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_879
.LBB0_379:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_880
.LBB0_380:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_881
.LBB0_381:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_882
.LBB0_382:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_883
.LBB0_383:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_884
.LBB0_384:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_885
.LBB0_385:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_886
.LBB0_386:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_887
.LBB0_387:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_888
.LBB0_388:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_889
.LBB0_389:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_890
.LBB0_390:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_891
.LBB0_391:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_892
.LBB0_392:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_893
.LBB0_393:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_894
.LBB0_394:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_895
.LBB0_395:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_896
.LBB0_396:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_897
.LBB0_397:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_898
.LBB0_398:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_899
.LBB0_399:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_900
.LBB0_400:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_901
.LBB0_401:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_902
.LBB0_402:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_903
.LBB0_403:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_904
.LBB0_404:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_905
.LBB0_405:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_906
.LBB0_406:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_907
.LBB0_407:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_908
.LBB0_408:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_909
.LBB0_409:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_910
.LBB0_410:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_911
.LBB0_411:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_912
.LBB0_412:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_913
.LBB0_413:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_914
.LBB0_414:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_915
.LBB0_415:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_916
.LBB0_416:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_917
.LBB0_417:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_918
.LBB0_418:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_919
.LBB0_419:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_920
.LBB0_420:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_921
.LBB0_421:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_423
.LBB0_422:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:876
.LBB0_423:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0x60, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_425
; %bb.424:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off
.LBB0_425:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_427
; %bb.426:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:4
.LBB0_427:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_429
; %bb.428:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
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
.LBB0_429:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_431
; %bb.430:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
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
.LBB0_431:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_433
; %bb.432:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:32
.LBB0_433:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_435
; %bb.434:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:36
.LBB0_435:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_437
; %bb.436:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:40
.LBB0_437:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_439
; %bb.438:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:44
.LBB0_439:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_441
; %bb.440:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:64
.LBB0_441:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_443
; %bb.442:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:68
.LBB0_443:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_445
; %bb.444:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:72
.LBB0_445:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_447
; %bb.446:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:76
.LBB0_447:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_449
; %bb.448:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:96
.LBB0_449:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_451
; %bb.450:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:100
.LBB0_451:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_453
; %bb.452:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:104
.LBB0_453:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_455
; %bb.454:
	scratch_load_dwordx4 v[4:7], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:108
.LBB0_455:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_922
; %bb.456:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_923
.LBB0_457:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_924
.LBB0_458:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_925
.LBB0_459:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_926
.LBB0_460:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_927
.LBB0_461:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_928
.LBB0_462:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_929
.LBB0_463:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_930
.LBB0_464:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_931
.LBB0_465:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_932
.LBB0_466:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_933
.LBB0_467:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_934
.LBB0_468:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_935
.LBB0_469:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_936
.LBB0_470:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_937
.LBB0_471:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_938
.LBB0_472:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_939
.LBB0_473:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_940
.LBB0_474:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_941
.LBB0_475:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_942
.LBB0_476:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_943
.LBB0_477:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_944
.LBB0_478:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_945
.LBB0_479:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_946
.LBB0_480:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_947
.LBB0_481:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_948
.LBB0_482:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_949
.LBB0_483:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_950
.LBB0_484:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_951
.LBB0_485:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_952
.LBB0_486:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_953
.LBB0_487:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_954
.LBB0_488:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_955
.LBB0_489:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_956
.LBB0_490:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_957
.LBB0_491:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_958
.LBB0_492:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_959
.LBB0_493:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_960
.LBB0_494:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_961
.LBB0_495:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_962
.LBB0_496:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_963
.LBB0_497:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_964
.LBB0_498:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_965
.LBB0_499:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_966
.LBB0_500:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_967
.LBB0_501:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_968
.LBB0_502:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_504
.LBB0_503:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:876
.LBB0_504:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0x80, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_506
; %bb.505:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off
.LBB0_506:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_508
; %bb.507:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:4
.LBB0_508:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_510
; %bb.509:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
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
.LBB0_510:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_512
; %bb.511:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
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
.LBB0_512:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_514
; %bb.513:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:32
.LBB0_514:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_516
; %bb.515:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:36
.LBB0_516:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_518
; %bb.517:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:40
.LBB0_518:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_520
; %bb.519:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:44
.LBB0_520:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_522
; %bb.521:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:64
.LBB0_522:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_524
; %bb.523:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:68
.LBB0_524:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_526
; %bb.525:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:72
.LBB0_526:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_528
; %bb.527:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:76
.LBB0_528:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_530
; %bb.529:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:96
.LBB0_530:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_532
; %bb.531:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:100
.LBB0_532:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_534
; %bb.533:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:104
.LBB0_534:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_536
; %bb.535:
	scratch_load_dwordx4 v[4:7], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:108
.LBB0_536:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_969
; %bb.537:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_970
.LBB0_538:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_971
.LBB0_539:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_972
.LBB0_540:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_973
.LBB0_541:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_974
.LBB0_542:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_975
.LBB0_543:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_976
.LBB0_544:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_977
.LBB0_545:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_978
.LBB0_546:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_979
.LBB0_547:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_980
.LBB0_548:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_981
.LBB0_549:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_982
.LBB0_550:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_983
.LBB0_551:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_984
.LBB0_552:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_985
.LBB0_553:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_986
.LBB0_554:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_987
.LBB0_555:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_988
.LBB0_556:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_989
.LBB0_557:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_990
.LBB0_558:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_991
.LBB0_559:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_992
.LBB0_560:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_993
.LBB0_561:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_994
.LBB0_562:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_995
.LBB0_563:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_996
.LBB0_564:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_997
.LBB0_565:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_998
.LBB0_566:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_999
.LBB0_567:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1000
.LBB0_568:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1001
.LBB0_569:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1002
.LBB0_570:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1003
.LBB0_571:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1004
.LBB0_572:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1005
.LBB0_573:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1006
.LBB0_574:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1007
.LBB0_575:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1008
.LBB0_576:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1009
.LBB0_577:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1010
.LBB0_578:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1011
.LBB0_579:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1012
.LBB0_580:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1013
.LBB0_581:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1014
.LBB0_582:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1015
.LBB0_583:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_585
.LBB0_584:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:876
.LBB0_585:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0xa0, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_587
; %bb.586:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v4, off
.LBB0_587:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_589
; %bb.588:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:4
.LBB0_589:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_591
; %bb.590:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	v_mov_b64_e32 v[4:5], v[6:7]
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:8
.LBB0_591:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_593
; %bb.592:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	v_mov_b32_e32 v5, v7
	v_mov_b64_e32 v[6:7], v[8:9]
	v_mov_b64_e32 v[8:9], v[10:11]
	v_mov_b64_e32 v[10:11], v[12:13]
	v_mov_b64_e32 v[12:13], v[14:15]
	v_mov_b64_e32 v[14:15], v[16:17]
	v_mov_b64_e32 v[16:17], v[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:12
.LBB0_593:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_595
; %bb.594:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v8, off offset:32
.LBB0_595:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_597
; %bb.596:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v9, off offset:36
.LBB0_597:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_599
; %bb.598:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v10, off offset:40
.LBB0_599:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_601
; %bb.600:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v11, off offset:44
.LBB0_601:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_603
; %bb.602:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v12, off offset:64
.LBB0_603:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_605
; %bb.604:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v13, off offset:68
.LBB0_605:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_607
; %bb.606:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v14, off offset:72
.LBB0_607:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_609
; %bb.608:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v15, off offset:76
.LBB0_609:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_611
; %bb.610:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v16, off offset:96
.LBB0_611:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_613
; %bb.612:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v17, off offset:100
.LBB0_613:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_615
; %bb.614:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v18, off offset:104
.LBB0_615:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_617
; %bb.616:
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v7, a178             ;  Reload Reuse
	v_accvgpr_read_b32 v6, a179             ;  Reload Reuse
	scratch_load_dwordx2 v[4:5], off, off   ; 8-byte Folded Reload
	v_accvgpr_read_b32 v11, a174            ;  Reload Reuse
	v_accvgpr_read_b32 v10, a175            ;  Reload Reuse
	v_accvgpr_read_b32 v9, a176             ;  Reload Reuse
	v_accvgpr_read_b32 v8, a177             ;  Reload Reuse
	v_accvgpr_read_b32 v15, a170            ;  Reload Reuse
	v_accvgpr_read_b32 v14, a171            ;  Reload Reuse
	v_accvgpr_read_b32 v13, a172            ;  Reload Reuse
	v_accvgpr_read_b32 v12, a173            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v19, a166            ;  Reload Reuse
	v_accvgpr_read_b32 v18, a167            ;  Reload Reuse
	v_accvgpr_read_b32 v17, a168            ;  Reload Reuse
	v_accvgpr_read_b32 v16, a169            ;  Reload Reuse
	global_store_dword v[2:3], v19, off offset:108
.LBB0_617:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1016
; %bb.618:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1017
.LBB0_619:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1018
.LBB0_620:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1019
.LBB0_621:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1020
.LBB0_622:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1021
.LBB0_623:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1022
.LBB0_624:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1023
.LBB0_625:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1024
.LBB0_626:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1025
.LBB0_627:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1026
.LBB0_628:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1027
.LBB0_629:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1028
.LBB0_630:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1029
.LBB0_631:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1030
.LBB0_632:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1031
.LBB0_633:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1032
.LBB0_634:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1033
.LBB0_635:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1034
.LBB0_636:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1035
.LBB0_637:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1036
.LBB0_638:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1037
.LBB0_639:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1038
.LBB0_640:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1039
.LBB0_641:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1040
.LBB0_642:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1041
.LBB0_643:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1042
.LBB0_644:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1043
.LBB0_645:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1044
.LBB0_646:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1045
.LBB0_647:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1046
.LBB0_648:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1047
.LBB0_649:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1048
.LBB0_650:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1049
.LBB0_651:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1050
.LBB0_652:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1051
.LBB0_653:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1052
.LBB0_654:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1053
.LBB0_655:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1054
.LBB0_656:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1055
.LBB0_657:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1056
.LBB0_658:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1057
.LBB0_659:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1058
.LBB0_660:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1059
.LBB0_661:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1060
.LBB0_662:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1061
.LBB0_663:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1062
.LBB0_664:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_666
.LBB0_665:
	global_store_dword v[2:3], v209, off offset:876
.LBB0_666:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0xc0, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[2:3], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_668
; %bb.667:
	global_store_dword v[2:3], v178, off
.LBB0_668:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_670
; %bb.669:
	global_store_dword v[2:3], v179, off offset:4
.LBB0_670:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_672
; %bb.671:
	global_store_dword v[2:3], v180, off offset:8
.LBB0_672:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_674
; %bb.673:
	global_store_dword v[2:3], v181, off offset:12
.LBB0_674:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_676
; %bb.675:
	global_store_dword v[2:3], v182, off offset:32
.LBB0_676:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_678
; %bb.677:
	global_store_dword v[2:3], v183, off offset:36
.LBB0_678:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_680
; %bb.679:
	global_store_dword v[2:3], v184, off offset:40
.LBB0_680:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_682
; %bb.681:
	global_store_dword v[2:3], v185, off offset:44
.LBB0_682:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_684
; %bb.683:
	global_store_dword v[2:3], v186, off offset:64
.LBB0_684:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_686
; %bb.685:
	global_store_dword v[2:3], v187, off offset:68
.LBB0_686:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_688
; %bb.687:
	global_store_dword v[2:3], v188, off offset:72
.LBB0_688:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_690
; %bb.689:
	global_store_dword v[2:3], v189, off offset:76
.LBB0_690:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_692
; %bb.691:
	global_store_dword v[2:3], v190, off offset:96
.LBB0_692:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_694
; %bb.693:
	global_store_dword v[2:3], v191, off offset:100
.LBB0_694:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_696
; %bb.695:
	global_store_dword v[2:3], v192, off offset:104
.LBB0_696:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_698
; %bb.697:
	global_store_dword v[2:3], v193, off offset:108
.LBB0_698:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1063
; %bb.699:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1064
.LBB0_700:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1065
.LBB0_701:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1066
.LBB0_702:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1067
.LBB0_703:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1068
.LBB0_704:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1069
.LBB0_705:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1070
.LBB0_706:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1071
.LBB0_707:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1072
.LBB0_708:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1073
.LBB0_709:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1074
.LBB0_710:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1075
.LBB0_711:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1076
.LBB0_712:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1077
.LBB0_713:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1078
.LBB0_714:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1079
.LBB0_715:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1080
.LBB0_716:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1081
.LBB0_717:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1082
.LBB0_718:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1083
.LBB0_719:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1084
.LBB0_720:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1085
.LBB0_721:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1086
.LBB0_722:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1087
.LBB0_723:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1088
.LBB0_724:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1089
.LBB0_725:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1090
.LBB0_726:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1091
.LBB0_727:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1092
.LBB0_728:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1093
.LBB0_729:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1094
.LBB0_730:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1095
.LBB0_731:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1096
.LBB0_732:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1097
.LBB0_733:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1098
.LBB0_734:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1099
.LBB0_735:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1100
.LBB0_736:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1101
.LBB0_737:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1102
.LBB0_738:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1103
.LBB0_739:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1104
.LBB0_740:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1105
.LBB0_741:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1106
.LBB0_742:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1107
.LBB0_743:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1108
.LBB0_744:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1109
.LBB0_745:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_747
.LBB0_746:
	global_store_dword v[2:3], v145, off offset:876
.LBB0_747:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v4, 0xe0, v36
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc, s33, v4
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v2, s8, v4
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v3, 31, v2
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[8:9]
	.loc	1 36 32 is_stmt 1               ; spill.py:36:32
	v_readlane_b32 s8, v255, 5
	v_readlane_b32 s9, v255, 6
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[0:1], 2, v[2:3]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_749
; %bb.748:
	global_store_dword v[0:1], v114, off
.LBB0_749:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 7
	v_readlane_b32 s9, v255, 8
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_751
; %bb.750:
	global_store_dword v[0:1], v115, off offset:4
.LBB0_751:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 9
	v_readlane_b32 s9, v255, 10
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_753
; %bb.752:
	global_store_dword v[0:1], v116, off offset:8
.LBB0_753:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 11
	v_readlane_b32 s9, v255, 12
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_755
; %bb.754:
	global_store_dword v[0:1], v117, off offset:12
.LBB0_755:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 13
	v_readlane_b32 s9, v255, 14
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_757
; %bb.756:
	global_store_dword v[0:1], v118, off offset:32
.LBB0_757:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 15
	v_readlane_b32 s9, v255, 16
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_759
; %bb.758:
	global_store_dword v[0:1], v119, off offset:36
.LBB0_759:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 17
	v_readlane_b32 s9, v255, 18
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_761
; %bb.760:
	global_store_dword v[0:1], v120, off offset:40
.LBB0_761:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 19
	v_readlane_b32 s9, v255, 20
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_763
; %bb.762:
	global_store_dword v[0:1], v121, off offset:44
.LBB0_763:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 21
	v_readlane_b32 s9, v255, 22
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_765
; %bb.764:
	global_store_dword v[0:1], v122, off offset:64
.LBB0_765:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 23
	v_readlane_b32 s9, v255, 24
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_767
; %bb.766:
	global_store_dword v[0:1], v123, off offset:68
.LBB0_767:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 25
	v_readlane_b32 s9, v255, 26
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_769
; %bb.768:
	global_store_dword v[0:1], v124, off offset:72
.LBB0_769:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 27
	v_readlane_b32 s9, v255, 28
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_771
; %bb.770:
	global_store_dword v[0:1], v125, off offset:76
.LBB0_771:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 29
	v_readlane_b32 s9, v255, 30
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_773
; %bb.772:
	global_store_dword v[0:1], v126, off offset:96
.LBB0_773:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 31
	v_readlane_b32 s9, v255, 32
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_775
; %bb.774:
	global_store_dword v[0:1], v127, off offset:100
.LBB0_775:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 33
	v_readlane_b32 s9, v255, 34
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_777
; %bb.776:
	global_store_dword v[0:1], v128, off offset:104
.LBB0_777:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 35
	v_readlane_b32 s9, v255, 36
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_779
; %bb.778:
	global_store_dword v[0:1], v129, off offset:108
.LBB0_779:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 37
	v_readlane_b32 s9, v255, 38
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1110
; %bb.780:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1111
.LBB0_781:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1112
.LBB0_782:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1113
.LBB0_783:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1114
.LBB0_784:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1115
.LBB0_785:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1116
.LBB0_786:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1117
.LBB0_787:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1118
.LBB0_788:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1119
.LBB0_789:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1120
.LBB0_790:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1121
.LBB0_791:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1122
.LBB0_792:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1123
.LBB0_793:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1124
.LBB0_794:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1125
.LBB0_795:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1126
.LBB0_796:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1127
.LBB0_797:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1128
.LBB0_798:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1129
.LBB0_799:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1130
.LBB0_800:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1131
.LBB0_801:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1132
.LBB0_802:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1133
.LBB0_803:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1134
.LBB0_804:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1135
.LBB0_805:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1136
.LBB0_806:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1137
.LBB0_807:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1138
.LBB0_808:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1139
.LBB0_809:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1140
.LBB0_810:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1141
.LBB0_811:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1142
.LBB0_812:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[6:7], s[8:9]
	s_cbranch_execnz .LBB0_1143
.LBB0_813:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[6:7]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execnz .LBB0_1144
.LBB0_814:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1145
.LBB0_815:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1146
.LBB0_816:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1147
.LBB0_817:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1148
.LBB0_818:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1149
.LBB0_819:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1150
.LBB0_820:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1151
.LBB0_821:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1152
.LBB0_822:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1153
.LBB0_823:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1154
.LBB0_824:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1155
.LBB0_825:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1156
.LBB0_826:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execnz .LBB0_1157
.LBB0_827:
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.LBB0_828:
	.loc	1 0 1 is_stmt 0                 ; spill.py:0:1
	v_accvgpr_read_b32 v4, a196
	v_accvgpr_read_b32 v5, a197
	v_accvgpr_read_b32 v6, a198
	v_accvgpr_read_b32 v7, a199
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	v_accvgpr_read_b32 v16, a208
	v_accvgpr_read_b32 v17, a209
	v_accvgpr_read_b32 v18, a210
	v_accvgpr_read_b32 v19, a211
	.loc	1 36 5 is_stmt 1                ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_295
.LBB0_829:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a197
	v_accvgpr_read_b32 v6, a198
	v_accvgpr_read_b32 v7, a199
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_296
.LBB0_830:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a198
	v_accvgpr_read_b32 v5, a199
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_297
.LBB0_831:
	global_store_dword v[2:3], a199, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_298
.LBB0_832:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a200
	v_accvgpr_read_b32 v5, a201
	v_accvgpr_read_b32 v6, a202
	v_accvgpr_read_b32 v7, a203
	v_accvgpr_read_b32 v8, a204
	v_accvgpr_read_b32 v9, a205
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_299
.LBB0_833:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a201
	v_accvgpr_read_b32 v6, a202
	v_accvgpr_read_b32 v7, a203
	v_accvgpr_read_b32 v8, a204
	v_accvgpr_read_b32 v9, a205
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_300
.LBB0_834:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a202
	v_accvgpr_read_b32 v7, a203
	v_accvgpr_read_b32 v8, a204
	v_accvgpr_read_b32 v9, a205
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_301
.LBB0_835:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a203
	v_accvgpr_read_b32 v8, a204
	v_accvgpr_read_b32 v9, a205
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_302
.LBB0_836:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a204
	v_accvgpr_read_b32 v9, a205
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_303
.LBB0_837:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a205
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_304
.LBB0_838:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a206
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_305
.LBB0_839:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a207
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_306
.LBB0_840:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a208
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_307
.LBB0_841:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a209
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_308
.LBB0_842:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a210
	v_accvgpr_read_b32 v15, a211
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_309
.LBB0_843:
	global_store_dword v[2:3], a211, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_310
.LBB0_844:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_311
.LBB0_845:
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
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_312
.LBB0_846:
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
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_313
.LBB0_847:
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
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_314
.LBB0_848:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_315
.LBB0_849:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_316
.LBB0_850:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_317
.LBB0_851:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_318
.LBB0_852:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_319
.LBB0_853:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_320
.LBB0_854:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_321
.LBB0_855:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_322
.LBB0_856:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_323
.LBB0_857:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_324
.LBB0_858:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_325
.LBB0_859:
	scratch_load_dwordx4 v[4:7], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_326
.LBB0_860:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a180
	v_accvgpr_read_b32 v5, a181
	v_accvgpr_read_b32 v6, a182
	v_accvgpr_read_b32 v7, a183
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	s_waitcnt vmcnt(1)
	v_accvgpr_read_b32 v16, a192
	v_accvgpr_read_b32 v17, a193
	v_accvgpr_read_b32 v18, a194
	v_accvgpr_read_b32 v19, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_327
.LBB0_861:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a181
	v_accvgpr_read_b32 v6, a182
	v_accvgpr_read_b32 v7, a183
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_328
.LBB0_862:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a182
	v_accvgpr_read_b32 v5, a183
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_329
.LBB0_863:
	global_store_dword v[2:3], a183, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_330
.LBB0_864:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a184
	v_accvgpr_read_b32 v5, a185
	v_accvgpr_read_b32 v6, a186
	v_accvgpr_read_b32 v7, a187
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a188
	v_accvgpr_read_b32 v9, a189
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_331
.LBB0_865:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a185
	v_accvgpr_read_b32 v6, a186
	v_accvgpr_read_b32 v7, a187
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a188
	v_accvgpr_read_b32 v9, a189
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_332
.LBB0_866:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a186
	v_accvgpr_read_b32 v7, a187
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a188
	v_accvgpr_read_b32 v9, a189
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_333
.LBB0_867:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a187
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a188
	v_accvgpr_read_b32 v9, a189
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_334
.LBB0_868:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v8, a188
	v_accvgpr_read_b32 v9, a189
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_335
.LBB0_869:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v9, a189
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_336
.LBB0_870:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v10, a190
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_337
.LBB0_871:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v11, a191
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_338
.LBB0_872:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v12, a192
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_339
.LBB0_873:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v13, a193
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_340
.LBB0_874:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_accvgpr_read_b32 v14, a194
	v_accvgpr_read_b32 v15, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_341
	s_branch .LBB0_342
.LBB0_875:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_376
.LBB0_876:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_377
.LBB0_877:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_378
.LBB0_878:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_379
.LBB0_879:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_380
.LBB0_880:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_381
.LBB0_881:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_382
.LBB0_882:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_383
.LBB0_883:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_384
.LBB0_884:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_385
.LBB0_885:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_386
.LBB0_886:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_387
.LBB0_887:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_388
.LBB0_888:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_389
.LBB0_889:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_390
.LBB0_890:
	scratch_load_dwordx4 v[4:7], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_391
.LBB0_891:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_392
.LBB0_892:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_393
.LBB0_893:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_394
.LBB0_894:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_395
.LBB0_895:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_396
.LBB0_896:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_397
.LBB0_897:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_398
.LBB0_898:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_399
.LBB0_899:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_400
.LBB0_900:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_401
.LBB0_901:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_402
.LBB0_902:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_403
.LBB0_903:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_404
.LBB0_904:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_405
.LBB0_905:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_406
.LBB0_906:
	scratch_load_dwordx4 v[4:7], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_407
.LBB0_907:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_408
.LBB0_908:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_409
.LBB0_909:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_410
.LBB0_910:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_411
.LBB0_911:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_412
.LBB0_912:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_413
.LBB0_913:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_414
.LBB0_914:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_415
.LBB0_915:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_416
.LBB0_916:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_417
.LBB0_917:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_418
.LBB0_918:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_419
.LBB0_919:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_420
.LBB0_920:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_421
.LBB0_921:
	scratch_load_dwordx4 v[4:7], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_422
	s_branch .LBB0_423
.LBB0_922:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_457
.LBB0_923:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_458
.LBB0_924:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_459
.LBB0_925:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_460
.LBB0_926:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_461
.LBB0_927:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_462
.LBB0_928:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_463
.LBB0_929:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_464
.LBB0_930:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_465
.LBB0_931:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_466
.LBB0_932:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_467
.LBB0_933:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_468
.LBB0_934:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_469
.LBB0_935:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_470
.LBB0_936:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_471
.LBB0_937:
	scratch_load_dwordx4 v[4:7], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_472
.LBB0_938:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_473
.LBB0_939:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_474
.LBB0_940:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_475
.LBB0_941:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_476
.LBB0_942:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_477
.LBB0_943:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_478
.LBB0_944:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_479
.LBB0_945:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_480
.LBB0_946:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_481
.LBB0_947:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_482
.LBB0_948:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_483
.LBB0_949:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_484
.LBB0_950:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_485
.LBB0_951:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_486
.LBB0_952:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_487
.LBB0_953:
	scratch_load_dwordx4 v[4:7], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_488
.LBB0_954:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_489
.LBB0_955:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_490
.LBB0_956:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_491
.LBB0_957:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_492
.LBB0_958:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_493
.LBB0_959:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_494
.LBB0_960:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_495
.LBB0_961:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_496
.LBB0_962:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_497
.LBB0_963:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_498
.LBB0_964:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_499
.LBB0_965:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_500
.LBB0_966:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_501
.LBB0_967:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_502
.LBB0_968:
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_503
	s_branch .LBB0_504
.LBB0_969:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_538
.LBB0_970:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_539
.LBB0_971:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_540
.LBB0_972:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_541
.LBB0_973:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_542
.LBB0_974:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_543
.LBB0_975:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_544
.LBB0_976:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_545
.LBB0_977:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_546
.LBB0_978:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_547
.LBB0_979:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_548
.LBB0_980:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_549
.LBB0_981:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_550
.LBB0_982:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_551
.LBB0_983:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_552
.LBB0_984:
	scratch_load_dwordx4 v[4:7], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_553
.LBB0_985:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_554
.LBB0_986:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_555
.LBB0_987:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_556
.LBB0_988:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_557
.LBB0_989:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_558
.LBB0_990:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_559
.LBB0_991:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_560
.LBB0_992:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_561
.LBB0_993:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_562
.LBB0_994:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_563
.LBB0_995:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_564
.LBB0_996:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_565
.LBB0_997:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_566
.LBB0_998:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_567
.LBB0_999:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_568
.LBB0_1000:
	scratch_load_dwordx4 v[4:7], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v19, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_569
.LBB0_1001:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v4, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_570
.LBB0_1002:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[2:3], v5, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_571
.LBB0_1003:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_572
.LBB0_1004:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
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
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_573
.LBB0_1005:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v8, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_574
.LBB0_1006:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v9, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_575
.LBB0_1007:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v10, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_576
.LBB0_1008:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[2:3], v11, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_577
.LBB0_1009:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v12, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_578
.LBB0_1010:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v13, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_579
.LBB0_1011:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v14, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_580
.LBB0_1012:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[2:3], v15, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_581
.LBB0_1013:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v16, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_582
.LBB0_1014:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v17, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_583
.LBB0_1015:
	scratch_load_dwordx4 v[4:7], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[2:3], v18, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_584
	s_branch .LBB0_585
.LBB0_1016:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[226:227]
	v_mov_b64_e32 v[6:7], v[228:229]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[230:231]
	v_mov_b64_e32 v[10:11], v[232:233]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[16:17], v[238:239]
	v_mov_b64_e32 v[18:19], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_619
.LBB0_1017:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v227
	v_mov_b64_e32 v[6:7], v[228:229]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_620
.LBB0_1018:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[228:229]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_621
.LBB0_1019:
	global_store_dword v[2:3], v229, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_622
.LBB0_1020:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[230:231]
	v_mov_b64_e32 v[6:7], v[232:233]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[234:235]
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_623
.LBB0_1021:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v231
	v_mov_b64_e32 v[6:7], v[232:233]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[234:235]
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_624
.LBB0_1022:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[232:233]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[234:235]
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_625
.LBB0_1023:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v233
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[234:235]
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_626
.LBB0_1024:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[234:235]
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_627
.LBB0_1025:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v235
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_628
.LBB0_1026:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[10:11], v[236:237]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_629
.LBB0_1027:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v11, v237
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_630
.LBB0_1028:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[238:239]
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_631
.LBB0_1029:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v239
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_632
.LBB0_1030:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[14:15], v[240:241]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_633
.LBB0_1031:
	global_store_dword v[2:3], v241, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_634
.LBB0_1032:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[210:211]
	v_mov_b64_e32 v[6:7], v[212:213]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[214:215]
	v_mov_b64_e32 v[10:11], v[216:217]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	s_waitcnt vmcnt(1)
	v_mov_b64_e32 v[16:17], v[222:223]
	v_mov_b64_e32 v[18:19], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_635
.LBB0_1033:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v211
	v_mov_b64_e32 v[6:7], v[212:213]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_636
.LBB0_1034:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[212:213]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_637
.LBB0_1035:
	global_store_dword v[2:3], v213, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_638
.LBB0_1036:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[214:215]
	v_mov_b64_e32 v[6:7], v[216:217]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[218:219]
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_639
.LBB0_1037:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v215
	v_mov_b64_e32 v[6:7], v[216:217]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[218:219]
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_640
.LBB0_1038:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[216:217]
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[218:219]
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_641
.LBB0_1039:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v217
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[218:219]
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_642
.LBB0_1040:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[8:9], v[218:219]
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_643
.LBB0_1041:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v9, v219
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_644
.LBB0_1042:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b64_e32 v[10:11], v[220:221]
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_645
.LBB0_1043:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v11, v221
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_646
.LBB0_1044:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[12:13], v[222:223]
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_647
.LBB0_1045:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v13, v223
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_648
.LBB0_1046:
	.loc	1 0 5                           ; spill.py:0:5
	s_waitcnt vmcnt(2)
	v_mov_b64_e32 v[14:15], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[2:3], v14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_649
.LBB0_1047:
	global_store_dword v[2:3], v225, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_650
.LBB0_1048:
	global_store_dword v[2:3], v194, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_651
.LBB0_1049:
	global_store_dword v[2:3], v195, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_652
.LBB0_1050:
	global_store_dword v[2:3], v196, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_653
.LBB0_1051:
	global_store_dword v[2:3], v197, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_654
.LBB0_1052:
	global_store_dword v[2:3], v198, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_655
.LBB0_1053:
	global_store_dword v[2:3], v199, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_656
.LBB0_1054:
	global_store_dword v[2:3], v200, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_657
.LBB0_1055:
	global_store_dword v[2:3], v201, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_658
.LBB0_1056:
	global_store_dword v[2:3], v202, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_659
.LBB0_1057:
	global_store_dword v[2:3], v203, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_660
.LBB0_1058:
	global_store_dword v[2:3], v204, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_661
.LBB0_1059:
	global_store_dword v[2:3], v205, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_662
.LBB0_1060:
	global_store_dword v[2:3], v206, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_663
.LBB0_1061:
	global_store_dword v[2:3], v207, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_664
.LBB0_1062:
	global_store_dword v[2:3], v208, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_665
	s_branch .LBB0_666
.LBB0_1063:
	global_store_dword v[2:3], v162, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_700
.LBB0_1064:
	global_store_dword v[2:3], v163, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_701
.LBB0_1065:
	global_store_dword v[2:3], v164, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_702
.LBB0_1066:
	global_store_dword v[2:3], v165, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_703
.LBB0_1067:
	global_store_dword v[2:3], v166, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_704
.LBB0_1068:
	global_store_dword v[2:3], v167, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_705
.LBB0_1069:
	global_store_dword v[2:3], v168, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_706
.LBB0_1070:
	global_store_dword v[2:3], v169, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_707
.LBB0_1071:
	global_store_dword v[2:3], v170, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_708
.LBB0_1072:
	global_store_dword v[2:3], v171, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_709
.LBB0_1073:
	global_store_dword v[2:3], v172, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_710
.LBB0_1074:
	global_store_dword v[2:3], v173, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_711
.LBB0_1075:
	global_store_dword v[2:3], v174, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_712
.LBB0_1076:
	global_store_dword v[2:3], v175, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_713
.LBB0_1077:
	global_store_dword v[2:3], v176, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_714
.LBB0_1078:
	global_store_dword v[2:3], v177, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_715
.LBB0_1079:
	global_store_dword v[2:3], v146, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_716
.LBB0_1080:
	global_store_dword v[2:3], v147, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_717
.LBB0_1081:
	global_store_dword v[2:3], v148, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_718
.LBB0_1082:
	global_store_dword v[2:3], v149, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_719
.LBB0_1083:
	global_store_dword v[2:3], v150, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_720
.LBB0_1084:
	global_store_dword v[2:3], v151, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_721
.LBB0_1085:
	global_store_dword v[2:3], v152, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_722
.LBB0_1086:
	global_store_dword v[2:3], v153, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_723
.LBB0_1087:
	global_store_dword v[2:3], v154, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_724
.LBB0_1088:
	global_store_dword v[2:3], v155, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_725
.LBB0_1089:
	global_store_dword v[2:3], v156, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_726
.LBB0_1090:
	global_store_dword v[2:3], v157, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_727
.LBB0_1091:
	global_store_dword v[2:3], v158, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_728
.LBB0_1092:
	global_store_dword v[2:3], v159, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_729
.LBB0_1093:
	global_store_dword v[2:3], v160, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_730
.LBB0_1094:
	global_store_dword v[2:3], v161, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_731
.LBB0_1095:
	global_store_dword v[2:3], v130, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_732
.LBB0_1096:
	global_store_dword v[2:3], v131, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_733
.LBB0_1097:
	global_store_dword v[2:3], v132, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_734
.LBB0_1098:
	global_store_dword v[2:3], v133, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_735
.LBB0_1099:
	global_store_dword v[2:3], v134, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_736
.LBB0_1100:
	global_store_dword v[2:3], v135, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_737
.LBB0_1101:
	global_store_dword v[2:3], v136, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_738
.LBB0_1102:
	global_store_dword v[2:3], v137, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_739
.LBB0_1103:
	global_store_dword v[2:3], v138, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_740
.LBB0_1104:
	global_store_dword v[2:3], v139, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_741
.LBB0_1105:
	global_store_dword v[2:3], v140, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_742
.LBB0_1106:
	global_store_dword v[2:3], v141, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_743
.LBB0_1107:
	global_store_dword v[2:3], v142, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_744
.LBB0_1108:
	global_store_dword v[2:3], v143, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_745
.LBB0_1109:
	global_store_dword v[2:3], v144, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_746
	s_branch .LBB0_747
.LBB0_1110:
	global_store_dword v[0:1], v98, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_781
.LBB0_1111:
	global_store_dword v[0:1], v99, off offset:260
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_782
.LBB0_1112:
	global_store_dword v[0:1], v100, off offset:264
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_783
.LBB0_1113:
	global_store_dword v[0:1], v101, off offset:268
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_784
.LBB0_1114:
	global_store_dword v[0:1], v102, off offset:288
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_785
.LBB0_1115:
	global_store_dword v[0:1], v103, off offset:292
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_786
.LBB0_1116:
	global_store_dword v[0:1], v104, off offset:296
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_787
.LBB0_1117:
	global_store_dword v[0:1], v105, off offset:300
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_788
.LBB0_1118:
	global_store_dword v[0:1], v106, off offset:320
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_789
.LBB0_1119:
	global_store_dword v[0:1], v107, off offset:324
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_790
.LBB0_1120:
	global_store_dword v[0:1], v108, off offset:328
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_791
.LBB0_1121:
	global_store_dword v[0:1], v109, off offset:332
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_792
.LBB0_1122:
	global_store_dword v[0:1], v110, off offset:352
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_793
.LBB0_1123:
	global_store_dword v[0:1], v111, off offset:356
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_794
.LBB0_1124:
	global_store_dword v[0:1], v112, off offset:360
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_795
.LBB0_1125:
	global_store_dword v[0:1], v113, off offset:364
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_796
.LBB0_1126:
	global_store_dword v[0:1], v82, off offset:512
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_797
.LBB0_1127:
	global_store_dword v[0:1], v83, off offset:516
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_798
.LBB0_1128:
	global_store_dword v[0:1], v84, off offset:520
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_799
.LBB0_1129:
	global_store_dword v[0:1], v85, off offset:524
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_800
.LBB0_1130:
	global_store_dword v[0:1], v86, off offset:544
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_801
.LBB0_1131:
	global_store_dword v[0:1], v87, off offset:548
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_802
.LBB0_1132:
	global_store_dword v[0:1], v88, off offset:552
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_803
.LBB0_1133:
	global_store_dword v[0:1], v89, off offset:556
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_804
.LBB0_1134:
	global_store_dword v[0:1], v90, off offset:576
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_805
.LBB0_1135:
	global_store_dword v[0:1], v91, off offset:580
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_806
.LBB0_1136:
	global_store_dword v[0:1], v92, off offset:584
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_807
.LBB0_1137:
	global_store_dword v[0:1], v93, off offset:588
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_808
.LBB0_1138:
	global_store_dword v[0:1], v94, off offset:608
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_809
.LBB0_1139:
	global_store_dword v[0:1], v95, off offset:612
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_810
.LBB0_1140:
	global_store_dword v[0:1], v96, off offset:616
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_811
.LBB0_1141:
	global_store_dword v[0:1], v97, off offset:620
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_812
.LBB0_1142:
	global_store_dword v[0:1], v38, off offset:768
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[6:7], s[8:9]
	s_cbranch_execz .LBB0_813
.LBB0_1143:
	global_store_dword v[0:1], v39, off offset:772
	s_or_b64 exec, exec, s[6:7]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_814
.LBB0_1144:
	global_store_dword v[0:1], v40, off offset:776
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_815
.LBB0_1145:
	global_store_dword v[0:1], v41, off offset:780
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_816
.LBB0_1146:
	global_store_dword v[0:1], v42, off offset:800
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_817
.LBB0_1147:
	global_store_dword v[0:1], v43, off offset:804
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_818
.LBB0_1148:
	global_store_dword v[0:1], v44, off offset:808
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_819
.LBB0_1149:
	global_store_dword v[0:1], v45, off offset:812
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_820
.LBB0_1150:
	global_store_dword v[0:1], v46, off offset:832
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_821
.LBB0_1151:
	global_store_dword v[0:1], v47, off offset:836
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_822
.LBB0_1152:
	global_store_dword v[0:1], v48, off offset:840
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_823
.LBB0_1153:
	global_store_dword v[0:1], v49, off offset:844
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_824
.LBB0_1154:
	global_store_dword v[0:1], v50, off offset:864
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_825
.LBB0_1155:
	global_store_dword v[0:1], v51, off offset:868
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_826
.LBB0_1156:
	global_store_dword v[0:1], v52, off offset:872
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_827
.LBB0_1157:
	global_store_dword v[0:1], v53, off offset:876
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.Ltmp8:
.Lfunc_end0:
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 916
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
	.set .Loversized_tile_fp8_gemm.private_seg_size, 916
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 50672
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 916
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
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
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
    .private_segment_fixed_size: 916
    .sgpr_count:     106
    .sgpr_spill_count: 79
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 676
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

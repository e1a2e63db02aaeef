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
; %bb.9:
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
; %bb.10:
.LBB0_0:
.Ltmp1:
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	v_readfirstlane_b32 s0, v0
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s24, s0, 64
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v1, 63, v0
	s_mov_b64 s[20:21], s[2:3]
	.loc	1 22 21 is_stmt 0               ; spill.py:22:21
	s_lshl_b32 s19, s16, 8
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v2, s24, v1
	.loc	1 23 21 is_stmt 1               ; spill.py:23:21
	s_lshl_b32 s18, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17                         ; standard.py:43:17 @[ spill.py:29:33 ]
	s_add_i32 s25, s10, 15
.Ltmp3:
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s2, s10, -1
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v3, 0x80, v2
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v4, s19, v2
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_u32 s2, 0x7ffffff0
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v5, s19, v3
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 29 22                         ; spill.py:29:22
	s_cselect_b64 s[26:27], -1, 0
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v7, v4, s11
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e64 s[0:1], s8, v5
	.loc	1 30 20 is_stmt 0               ; spill.py:30:20
	v_bfrev_b32_e32 v55, 1
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_and_b64 s[2:3], s[26:27], vcc
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v6, s18, v2
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v8, v5, s11
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v4, v55, v7, s[2:3]
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[2:3], s[26:27], s[0:1]
	.loc	1 30 20                         ; spill.py:30:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e64 v5, v55, v8, s[2:3]
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[2:3], s9, v6
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v3, s18, v3
	.loc	1 30 20                         ; spill.py:30:20
	buffer_load_dwordx4 v[8:11], v4, s[20:23], 0 offen
	buffer_load_dwordx4 v[12:15], v5, s[20:23], 0 offen
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v4, v6, s12
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[16:17], s[26:27], s[2:3]
	s_mov_b64 s[28:29], s[6:7]
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v5, v3, s12
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[14:15], s9, v3
	.loc	1 31 20 is_stmt 0               ; spill.py:31:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	v_cndmask_b32_e64 v3, v55, v4, s[16:17]
	buffer_load_dwordx4 v[16:19], v3, s[4:7], 0 offen
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_and_b64 s[16:17], s[26:27], s[14:15]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v3, v55, v5, s[16:17]
	buffer_load_dwordx4 v[4:7], v3, s[4:7], 0 offen
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v52, 31, v0
	v_and_b32_e32 v53, 32, v0
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b32_e32 v0, 4, v2
	v_add_u32_e32 v56, 0, v0
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s25, 32
	v_lshrrev_b32_e32 v54, 2, v53
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v56, v[8:11]
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v56, v[16:19] offset:4096
	.loc	1 30 20                         ; spill.py:30:20
	ds_write_b128 v56, v[12:15] offset:2048
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v56, v[4:7] offset:6144
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	s_add_i32 s6, s18, s24
	v_add_u32_e32 v0, s6, v1
	v_add_u32_e32 v5, 0x80, v0
	v_mad_u64_u32 v[44:45], s[6:7], s12, v5, 16
	v_mad_u64_u32 v[46:47], s[6:7], s12, v0, 16
	s_add_i32 s6, s19, s24
	s_nop 0
	v_add_u32_e32 v0, s6, v1
	v_add_u32_e32 v1, 0x80, v0
	v_mad_u64_u32 v[50:51], s[6:7], s11, v0, 16
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v58, v0
	v_mov_b32_e32 v59, v0
	v_mov_b32_e32 v60, v0
	v_mov_b32_e32 v61, v0
	v_mov_b32_e32 v62, v0
	v_mov_b32_e32 v63, v0
	v_mov_b32_e32 v64, v0
	v_mov_b32_e32 v65, v0
	v_mov_b32_e32 v66, v0
	v_mov_b32_e32 v67, v0
	v_mov_b32_e32 v68, v0
	v_mov_b32_e32 v69, v0
	v_mov_b32_e32 v70, v0
	v_mov_b32_e32 v71, v0
	v_mov_b32_e32 v72, v0
	v_mov_b32_e32 v73, v0
	scratch_store_dwordx4 off, v[58:61], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[62:65], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[66:69], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[70:73], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[62:65], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[66:69], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[70:73], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[62:65], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[66:69], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[70:73], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[62:65], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[66:69], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[70:73], off offset:240 ; 16-byte Folded Spill
	v_add_u32_e32 v3, 0, v54
.Ltmp4:
	.loc	2 43 30                         ; standard.py:43:30 @[ spill.py:29:33 ]
	s_lshr_b32 s16, s25, 4
	v_lshlrev_b32_e32 v2, 4, v52
	v_lshl_add_u32 v4, s24, 3, v3
.Ltmp5:
	.loc	1 29 22                         ; spill.py:29:22
	v_mad_u64_u32 v[48:49], s[6:7], s11, v1, 16
	s_add_i32 s12, s16, -1
	s_add_i32 s26, s10, -16
	v_add_u32_e32 v45, v3, v2
	v_add_u32_e32 v47, v4, v2
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
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
	v_mov_b32_e32 v158, v0
	v_mov_b32_e32 v159, v0
	v_mov_b32_e32 v160, v0
	v_mov_b32_e32 v161, v0
	v_mov_b32_e32 v162, v0
	v_mov_b32_e32 v163, v0
	v_mov_b32_e32 v164, v0
	v_mov_b32_e32 v165, v0
	v_mov_b32_e32 v166, v0
	v_mov_b32_e32 v167, v0
	v_mov_b32_e32 v168, v0
	v_mov_b32_e32 v169, v0
	v_mov_b32_e32 v170, v0
	v_mov_b32_e32 v171, v0
	v_mov_b32_e32 v172, v0
	v_mov_b32_e32 v173, v0
	v_mov_b32_e32 v174, v0
	v_mov_b32_e32 v175, v0
	v_mov_b32_e32 v176, v0
	v_mov_b32_e32 v177, v0
	v_mov_b32_e32 v178, v0
	v_mov_b32_e32 v179, v0
	v_mov_b32_e32 v180, v0
	v_mov_b32_e32 v181, v0
	v_mov_b32_e32 v182, v0
	v_mov_b32_e32 v183, v0
	v_mov_b32_e32 v184, v0
	v_mov_b32_e32 v185, v0
	v_mov_b32_e32 v186, v0
	v_mov_b32_e32 v187, v0
	v_mov_b32_e32 v188, v0
	v_mov_b32_e32 v189, v0
	v_mov_b32_e32 v190, v0
	v_mov_b32_e32 v191, v0
	v_mov_b32_e32 v192, v0
	v_mov_b32_e32 v193, v0
	v_mov_b32_e32 v194, v0
	v_mov_b32_e32 v195, v0
	v_mov_b32_e32 v196, v0
	v_mov_b32_e32 v197, v0
	v_mov_b32_e32 v198, v0
	v_mov_b32_e32 v199, v0
	v_mov_b32_e32 v200, v0
	v_mov_b32_e32 v201, v0
	v_mov_b32_e32 v202, v0
	v_mov_b32_e32 v203, v0
	v_mov_b32_e32 v204, v0
	v_mov_b32_e32 v205, v0
	v_mov_b32_e32 v206, v0
	v_accvgpr_write_b32 a207, v73
	v_accvgpr_write_b32 a191, v73
	v_accvgpr_write_b32 a159, v73
	v_accvgpr_write_b32 a143, v73
	v_accvgpr_write_b32 a127, v73
	v_accvgpr_write_b32 a111, v73
	v_accvgpr_write_b32 a20, v58
	v_accvgpr_write_b32 a79, v73
	v_accvgpr_write_b32 a48, v58
	v_accvgpr_write_b32 a95, v73
	v_accvgpr_write_b32 a175, v73
	v_mov_b32_e32 v207, v0
	v_mov_b32_e32 v208, v0
	v_mov_b32_e32 v209, v0
	v_mov_b32_e32 v210, v0
	v_mov_b32_e32 v211, v0
	v_mov_b32_e32 v212, v0
	v_mov_b32_e32 v213, v0
	v_mov_b32_e32 v214, v0
	v_mov_b32_e32 v215, v0
	v_mov_b32_e32 v216, v0
	v_mov_b32_e32 v217, v0
	v_mov_b32_e32 v218, v0
	v_mov_b32_e32 v219, v0
	v_mov_b32_e32 v220, v0
	v_mov_b32_e32 v221, v0
	v_mov_b32_e32 v222, v0
	v_mov_b32_e32 v223, v0
	v_mov_b32_e32 v224, v0
	v_mov_b32_e32 v225, v0
	v_mov_b32_e32 v226, v0
	v_mov_b32_e32 v227, v0
	v_mov_b32_e32 v228, v0
	v_mov_b32_e32 v229, v0
	v_mov_b32_e32 v230, v0
	v_mov_b32_e32 v231, v0
	v_mov_b32_e32 v232, v0
	v_mov_b32_e32 v233, v0
	v_mov_b32_e32 v234, v0
	v_mov_b32_e32 v235, v0
	v_mov_b32_e32 v236, v0
	v_mov_b32_e32 v237, v0
	v_mov_b32_e32 v16, v0
	v_mov_b32_e32 v17, v0
	v_mov_b32_e32 v18, v0
	v_mov_b32_e32 v19, v0
	v_mov_b32_e32 v20, v0
	v_mov_b32_e32 v21, v0
	v_mov_b32_e32 v22, v0
	v_mov_b32_e32 v23, v0
	v_mov_b32_e32 v24, v0
	v_mov_b32_e32 v25, v0
	v_mov_b32_e32 v26, v0
	v_mov_b32_e32 v27, v0
	v_mov_b32_e32 v28, v0
	v_mov_b32_e32 v29, v0
	v_mov_b32_e32 v30, v0
	v_mov_b32_e32 v31, v0
	v_accvgpr_write_b32 a206, v72
	v_accvgpr_write_b32 a205, v71
	v_accvgpr_write_b32 a204, v70
	v_accvgpr_write_b32 a203, v69
	v_accvgpr_write_b32 a202, v68
	v_accvgpr_write_b32 a201, v67
	v_accvgpr_write_b32 a200, v66
	v_accvgpr_write_b32 a199, v65
	v_accvgpr_write_b32 a198, v64
	v_accvgpr_write_b32 a197, v63
	v_accvgpr_write_b32 a196, v62
	v_accvgpr_write_b32 a195, v61
	v_accvgpr_write_b32 a194, v60
	v_accvgpr_write_b32 a193, v59
	v_accvgpr_write_b32 a192, v58
	v_accvgpr_write_b32 a190, v72
	v_accvgpr_write_b32 a189, v71
	v_accvgpr_write_b32 a188, v70
	v_accvgpr_write_b32 a187, v69
	v_accvgpr_write_b32 a186, v68
	v_accvgpr_write_b32 a185, v67
	v_accvgpr_write_b32 a184, v66
	v_accvgpr_write_b32 a183, v65
	v_accvgpr_write_b32 a182, v64
	v_accvgpr_write_b32 a181, v63
	v_accvgpr_write_b32 a180, v62
	v_accvgpr_write_b32 a179, v61
	v_accvgpr_write_b32 a178, v60
	v_accvgpr_write_b32 a177, v59
	v_accvgpr_write_b32 a176, v58
	v_accvgpr_write_b32 a158, v72
	v_accvgpr_write_b32 a157, v71
	v_accvgpr_write_b32 a156, v70
	v_accvgpr_write_b32 a155, v69
	v_accvgpr_write_b32 a154, v68
	v_accvgpr_write_b32 a153, v67
	v_accvgpr_write_b32 a152, v66
	v_accvgpr_write_b32 a151, v65
	v_accvgpr_write_b32 a150, v64
	v_accvgpr_write_b32 a149, v63
	v_accvgpr_write_b32 a148, v62
	v_accvgpr_write_b32 a147, v61
	v_accvgpr_write_b32 a146, v60
	v_accvgpr_write_b32 a145, v59
	v_accvgpr_write_b32 a144, v58
	v_accvgpr_write_b32 a137, v67
	v_accvgpr_write_b32 a136, v66
	v_accvgpr_write_b32 a135, v65
	v_accvgpr_write_b32 a134, v64
	v_accvgpr_write_b32 a133, v63
	v_accvgpr_write_b32 a132, v62
	v_accvgpr_write_b32 a131, v61
	v_accvgpr_write_b32 a130, v60
	v_accvgpr_write_b32 a142, v72
	v_accvgpr_write_b32 a141, v71
	v_accvgpr_write_b32 a140, v70
	v_accvgpr_write_b32 a139, v69
	v_accvgpr_write_b32 a138, v68
	v_accvgpr_write_b32 a129, v59
	v_accvgpr_write_b32 a128, v58
	v_accvgpr_write_b32 a126, v72
	v_accvgpr_write_b32 a125, v71
	v_accvgpr_write_b32 a124, v70
	v_accvgpr_write_b32 a123, v69
	v_accvgpr_write_b32 a122, v68
	v_accvgpr_write_b32 a121, v67
	v_accvgpr_write_b32 a120, v66
	v_accvgpr_write_b32 a119, v65
	v_accvgpr_write_b32 a118, v64
	v_accvgpr_write_b32 a117, v63
	v_accvgpr_write_b32 a116, v62
	v_accvgpr_write_b32 a115, v61
	v_accvgpr_write_b32 a114, v60
	v_accvgpr_write_b32 a113, v59
	v_accvgpr_write_b32 a112, v58
	v_accvgpr_write_b32 a110, v72
	v_accvgpr_write_b32 a109, v71
	v_accvgpr_write_b32 a108, v70
	v_accvgpr_write_b32 a107, v69
	v_accvgpr_write_b32 a106, v68
	v_accvgpr_write_b32 a105, v67
	v_accvgpr_write_b32 a104, v66
	v_accvgpr_write_b32 a103, v65
	v_accvgpr_write_b32 a102, v64
	v_accvgpr_write_b32 a101, v63
	v_accvgpr_write_b32 a100, v62
	v_accvgpr_write_b32 a99, v61
	v_accvgpr_write_b32 a98, v60
	v_accvgpr_write_b32 a97, v59
	v_accvgpr_write_b32 a96, v58
	v_accvgpr_write_b32 a21, v59
	v_accvgpr_write_b32 a22, v60
	v_accvgpr_write_b32 a23, v61
	v_accvgpr_write_b32 a24, v62
	v_accvgpr_write_b32 a25, v63
	v_accvgpr_write_b32 a26, v64
	v_accvgpr_write_b32 a27, v65
	v_accvgpr_write_b32 a28, v66
	v_accvgpr_write_b32 a29, v67
	v_accvgpr_write_b32 a30, v68
	v_accvgpr_write_b32 a31, v69
	v_accvgpr_write_b32 a32, v70
	v_accvgpr_write_b32 a33, v71
	v_accvgpr_write_b32 a34, v72
	v_accvgpr_write_b32 a35, v73
	v_accvgpr_write_b32 a78, v72
	v_accvgpr_write_b32 a77, v71
	v_accvgpr_write_b32 a76, v70
	v_accvgpr_write_b32 a75, v69
	v_accvgpr_write_b32 a74, v68
	v_accvgpr_write_b32 a73, v67
	v_accvgpr_write_b32 a72, v66
	v_accvgpr_write_b32 a71, v65
	v_accvgpr_write_b32 a70, v64
	v_accvgpr_write_b32 a69, v63
	v_accvgpr_write_b32 a68, v62
	v_accvgpr_write_b32 a67, v61
	v_accvgpr_write_b32 a66, v60
	v_accvgpr_write_b32 a65, v59
	v_accvgpr_write_b32 a64, v58
	v_accvgpr_write_b32 a49, v59
	v_accvgpr_write_b32 a50, v60
	v_accvgpr_write_b32 a51, v61
	v_accvgpr_write_b32 a52, v62
	v_accvgpr_write_b32 a53, v63
	v_accvgpr_write_b32 a54, v64
	v_accvgpr_write_b32 a55, v65
	v_accvgpr_write_b32 a56, v66
	v_accvgpr_write_b32 a57, v67
	v_accvgpr_write_b32 a58, v68
	v_accvgpr_write_b32 a59, v69
	v_accvgpr_write_b32 a60, v70
	v_accvgpr_write_b32 a61, v71
	v_accvgpr_write_b32 a62, v72
	v_accvgpr_write_b32 a63, v73
	v_accvgpr_write_b32 a94, v72
	v_accvgpr_write_b32 a93, v71
	v_accvgpr_write_b32 a92, v70
	v_accvgpr_write_b32 a91, v69
	v_accvgpr_write_b32 a90, v68
	v_accvgpr_write_b32 a89, v67
	v_accvgpr_write_b32 a88, v66
	v_accvgpr_write_b32 a87, v65
	v_accvgpr_write_b32 a86, v64
	v_accvgpr_write_b32 a85, v63
	v_accvgpr_write_b32 a84, v62
	v_accvgpr_write_b32 a83, v61
	v_accvgpr_write_b32 a82, v60
	v_accvgpr_write_b32 a81, v59
	v_accvgpr_write_b32 a80, v58
	v_accvgpr_write_b32 a174, v72
	v_accvgpr_write_b32 a173, v71
	v_accvgpr_write_b32 a172, v70
	v_accvgpr_write_b32 a171, v69
	v_accvgpr_write_b32 a170, v68
	v_accvgpr_write_b32 a169, v67
	v_accvgpr_write_b32 a168, v66
	v_accvgpr_write_b32 a167, v65
	v_accvgpr_write_b32 a166, v64
	v_accvgpr_write_b32 a165, v63
	v_accvgpr_write_b32 a164, v62
	v_accvgpr_write_b32 a163, v61
	v_accvgpr_write_b32 a162, v60
	v_accvgpr_write_b32 a161, v59
	v_accvgpr_write_b32 a160, v58
	v_accvgpr_write_b32 a4, v0
	v_accvgpr_write_b32 a5, v0
	v_accvgpr_write_b32 a6, v0
	v_accvgpr_write_b32 a7, v0
	v_accvgpr_write_b32 a8, v0
	v_accvgpr_write_b32 a9, v0
	v_accvgpr_write_b32 a10, v0
	v_accvgpr_write_b32 a11, v0
	v_accvgpr_write_b32 a12, v0
	v_accvgpr_write_b32 a13, v0
	v_accvgpr_write_b32 a14, v0
	v_accvgpr_write_b32 a15, v0
	v_accvgpr_write_b32 a16, v0
	v_accvgpr_write_b32 a17, v0
	v_accvgpr_write_b32 a18, v0
	v_accvgpr_write_b32 a19, v0
	v_accvgpr_write_b32 a240, v0
	v_accvgpr_write_b32 a241, v0
	v_accvgpr_write_b32 a242, v0
	v_accvgpr_write_b32 a243, v0
	v_accvgpr_write_b32 a244, v0
	v_accvgpr_write_b32 a245, v0
	v_accvgpr_write_b32 a246, v0
	v_accvgpr_write_b32 a247, v0
	v_accvgpr_write_b32 a248, v0
	v_accvgpr_write_b32 a249, v0
	v_accvgpr_write_b32 a250, v0
	v_accvgpr_write_b32 a251, v0
	v_accvgpr_write_b32 a252, v0
	v_accvgpr_write_b32 a253, v0
	v_accvgpr_write_b32 a254, v0
	v_accvgpr_write_b32 a255, v0
	v_accvgpr_write_b32 a224, v0
	v_accvgpr_write_b32 a225, v0
	v_accvgpr_write_b32 a226, v0
	v_accvgpr_write_b32 a227, v0
	v_accvgpr_write_b32 a228, v0
	v_accvgpr_write_b32 a229, v0
	v_accvgpr_write_b32 a230, v0
	v_accvgpr_write_b32 a231, v0
	v_accvgpr_write_b32 a232, v0
	v_accvgpr_write_b32 a233, v0
	v_accvgpr_write_b32 a234, v0
	v_accvgpr_write_b32 a235, v0
	v_accvgpr_write_b32 a236, v0
	v_accvgpr_write_b32 a237, v0
	v_accvgpr_write_b32 a238, v0
	v_accvgpr_write_b32 a239, v0
	v_accvgpr_write_b32 a208, v0
	v_accvgpr_write_b32 a209, v0
	v_accvgpr_write_b32 a210, v0
	v_accvgpr_write_b32 a211, v0
	v_accvgpr_write_b32 a212, v0
	v_accvgpr_write_b32 a213, v0
	v_accvgpr_write_b32 a214, v0
	v_accvgpr_write_b32 a215, v0
	v_accvgpr_write_b32 a216, v0
	v_accvgpr_write_b32 a217, v0
	v_accvgpr_write_b32 a218, v0
	v_accvgpr_write_b32 a219, v0
	v_accvgpr_write_b32 a220, v0
	v_accvgpr_write_b32 a221, v0
	v_accvgpr_write_b32 a222, v0
	v_accvgpr_write_b32 a223, v0
	v_mov_b32_e32 v126, v0
	v_mov_b32_e32 v127, v0
	v_mov_b32_e32 v128, v0
	v_mov_b32_e32 v129, v0
	v_mov_b32_e32 v130, v0
	v_mov_b32_e32 v131, v0
	v_mov_b32_e32 v132, v0
	v_mov_b32_e32 v133, v0
	v_mov_b32_e32 v134, v0
	v_mov_b32_e32 v135, v0
	v_mov_b32_e32 v136, v0
	v_mov_b32_e32 v137, v0
	v_mov_b32_e32 v138, v0
	v_mov_b32_e32 v139, v0
	v_mov_b32_e32 v140, v0
	v_mov_b32_e32 v141, v0
	v_mov_b32_e32 v110, v0
	v_mov_b32_e32 v111, v0
	v_mov_b32_e32 v112, v0
	v_mov_b32_e32 v113, v0
	v_mov_b32_e32 v114, v0
	v_mov_b32_e32 v115, v0
	v_mov_b32_e32 v116, v0
	v_mov_b32_e32 v117, v0
	v_mov_b32_e32 v118, v0
	v_mov_b32_e32 v119, v0
	v_mov_b32_e32 v120, v0
	v_mov_b32_e32 v121, v0
	v_mov_b32_e32 v122, v0
	v_mov_b32_e32 v123, v0
	v_mov_b32_e32 v124, v0
	v_mov_b32_e32 v125, v0
	v_mov_b32_e32 v94, v0
	v_mov_b32_e32 v95, v0
	v_mov_b32_e32 v96, v0
	v_mov_b32_e32 v97, v0
	v_mov_b32_e32 v98, v0
	v_mov_b32_e32 v99, v0
	v_mov_b32_e32 v100, v0
	v_mov_b32_e32 v101, v0
	v_mov_b32_e32 v102, v0
	v_mov_b32_e32 v103, v0
	v_mov_b32_e32 v104, v0
	v_mov_b32_e32 v105, v0
	v_mov_b32_e32 v106, v0
	v_mov_b32_e32 v107, v0
	v_mov_b32_e32 v108, v0
	v_mov_b32_e32 v109, v0
	v_mov_b32_e32 v78, v0
	v_mov_b32_e32 v79, v0
	v_mov_b32_e32 v80, v0
	v_mov_b32_e32 v81, v0
	v_mov_b32_e32 v82, v0
	v_mov_b32_e32 v83, v0
	v_mov_b32_e32 v84, v0
	v_mov_b32_e32 v85, v0
	v_mov_b32_e32 v86, v0
	v_mov_b32_e32 v87, v0
	v_mov_b32_e32 v88, v0
	v_mov_b32_e32 v89, v0
	v_mov_b32_e32 v90, v0
	v_mov_b32_e32 v91, v0
	v_mov_b32_e32 v92, v0
	v_mov_b32_e32 v93, v0
	v_mov_b32_e32 v74, v0
	v_mov_b32_e32 v75, v0
	v_mov_b32_e32 v76, v0
	v_mov_b32_e32 v77, v0
	v_mov_b32_e32 v240, v0
	v_mov_b32_e32 v241, v0
	v_mov_b32_e32 v242, v0
	v_mov_b32_e32 v243, v0
	v_mov_b32_e32 v244, v0
	v_mov_b32_e32 v245, v0
	v_mov_b32_e32 v246, v0
	v_mov_b32_e32 v247, v0
	v_mov_b32_e32 v248, v0
	v_mov_b32_e32 v249, v0
	v_mov_b32_e32 v250, v0
	v_mov_b32_e32 v251, v0
	v_mov_b32_e32 v252, v0
	v_mov_b32_e32 v253, v0
	v_mov_b32_e32 v254, v0
	v_mov_b32_e32 v255, v0
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 76                         ; spill.py:30:76
	s_cmp_gt_i32 s26, 0
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 30 58 is_stmt 0               ; spill.py:30:58
	s_and_b64 s[10:11], vcc, s[16:17]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v32, v55, v50, s[10:11]
	.loc	1 30 58                         ; spill.py:30:58
	s_and_b64 s[10:11], s[0:1], s[16:17]
	.loc	1 30 20                         ; spill.py:30:20
	buffer_load_dwordx4 v[58:61], v32, s[20:23], 0 offen
	v_cndmask_b32_e64 v32, v55, v48, s[10:11]
	buffer_load_dwordx4 a[0:3], v32, s[20:23], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24 is_stmt 1               ; spill.py:32:24
	scratch_load_dwordx4 v[142:145], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[146:149], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2st64_b64 v[32:35], v47 offset0:12 offset1:14
	ds_read2st64_b64 v[36:39], v47 offset0:8 offset1:10
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v45 offset1:1
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[36:37], v[40:41], v[0:15]
	.loc	1 31 58                         ; spill.py:31:58
	s_and_b64 s[10:11], s[2:3], s[16:17]
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s12, s12, -1
	s_add_i32 s26, s26, -16
	v_add_u32_e32 v48, 16, v48
	v_add_u32_e32 v50, 16, v50
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 v[158:173], v[38:39], v[40:41], v[158:173]
	v_mfma_f32_32x32x16_fp8_fp8 v[174:189], v[32:33], v[40:41], v[174:189]
	v_mfma_f32_32x32x16_fp8_fp8 v[190:205], v[34:35], v[40:41], v[190:205]
	v_mfma_f32_32x32x16_fp8_fp8 v[206:221], v[36:37], v[42:43], v[206:221]
	v_mfma_f32_32x32x16_fp8_fp8 v[222:237], v[38:39], v[42:43], v[222:237]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[32:33], v[42:43], v[16:31]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[142:157], v[34:35], v[42:43], v[142:157]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v45 offset0:2 offset1:3
	s_nop 10
	scratch_store_dwordx4 off, v[142:145], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[146:149], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[150:153], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[154:157], off offset:48 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[142:145], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[146:149], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[34:35], v[40:41], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[36:37], v[42:43], a[176:191]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[38:39], v[42:43], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[32:33], v[42:43], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[34:35], v[42:43], a[112:127]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[142:157], v[36:37], v[40:41], v[142:157]
	s_nop 11
	scratch_store_dwordx4 off, v[142:145], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[146:149], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[150:153], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[154:157], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[142:145], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[146:149], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[142:157], v[38:39], v[40:41], v[142:157]
	s_nop 11
	scratch_store_dwordx4 off, v[142:145], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[146:149], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[150:153], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[154:157], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[142:145], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[146:149], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[142:157], v[32:33], v[40:41], v[142:157]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v45 offset0:4 offset1:5
	s_nop 10
	scratch_store_dwordx4 off, v[142:145], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[146:149], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[150:153], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[154:157], off offset:240 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[36:37], v[40:41], a[96:111]
	v_mfma_f32_32x32x16_fp8_fp8 a[20:35], v[38:39], v[40:41], a[20:35]
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[32:33], v[40:41], a[64:79]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[34:35], v[40:41], a[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[36:37], v[42:43], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[38:39], v[42:43], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[4:19], v[32:33], v[42:43], a[4:19]
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[34:35], v[42:43], a[240:255]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v45 offset0:6 offset1:7
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[126:141], v[32:33], v[40:41], v[126:141]
	v_mfma_f32_32x32x16_fp8_fp8 v[62:77], v[32:33], v[42:43], v[62:77]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v32, v55, v46, s[10:11]
	.loc	1 31 58 is_stmt 0               ; spill.py:31:58
	s_and_b64 s[10:11], s[14:15], s[16:17]
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	v_add_u32_e32 v46, 16, v46
	s_cmp_lg_u32 s12, 0
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[36:37], v[40:41], a[224:239]
	v_mfma_f32_32x32x16_fp8_fp8 v[94:109], v[36:37], v[42:43], v[94:109]
	v_mfma_f32_32x32x16_fp8_fp8 v[110:125], v[34:35], v[40:41], v[110:125]
	v_mfma_f32_32x32x16_fp8_fp8 v[240:255], v[34:35], v[42:43], v[240:255]
	.loc	1 31 20                         ; spill.py:31:20
	buffer_load_dwordx4 v[34:37], v32, s[4:7], 0 offen
	v_cndmask_b32_e64 v32, v55, v44, s[10:11]
	.loc	1 29 22                         ; spill.py:29:22
	v_add_u32_e32 v44, 16, v44
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[38:39], v[40:41], a[208:223]
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[38:39], v[42:43], v[78:93]
	.loc	1 31 20                         ; spill.py:31:20
	buffer_load_dwordx4 v[38:41], v32, s[4:7], 0 offen
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v56, v[58:61]
	ds_write_b128 v56, a[0:3] offset:2048
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v56, v[34:37] offset:4096
	s_waitcnt vmcnt(0)
	ds_write_b128 v56, v[38:41] offset:6144
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	v_mov_b64_e32 v[56:57], v[62:63]
	v_mov_b64_e32 v[58:59], v[64:65]
	v_mov_b64_e32 v[60:61], v[66:67]
	v_mov_b64_e32 v[62:63], v[68:69]
	v_mov_b64_e32 v[64:65], v[70:71]
	v_mov_b64_e32 v[66:67], v[72:73]
	v_mov_b64_e32 v[68:69], v[74:75]
	v_mov_b64_e32 v[70:71], v[76:77]
	v_mov_b64_e32 v[72:73], v[78:79]
	v_mov_b64_e32 v[74:75], v[80:81]
	v_mov_b64_e32 v[76:77], v[82:83]
	v_mov_b64_e32 v[78:79], v[84:85]
	v_mov_b64_e32 v[80:81], v[86:87]
	v_mov_b64_e32 v[82:83], v[88:89]
	v_mov_b64_e32 v[84:85], v[90:91]
	v_mov_b64_e32 v[86:87], v[92:93]
	v_mov_b64_e32 v[88:89], v[94:95]
	v_mov_b64_e32 v[90:91], v[96:97]
	v_mov_b64_e32 v[92:93], v[98:99]
	v_mov_b64_e32 v[94:95], v[100:101]
	v_mov_b64_e32 v[96:97], v[102:103]
	v_mov_b64_e32 v[98:99], v[104:105]
	v_mov_b64_e32 v[100:101], v[106:107]
	v_mov_b64_e32 v[102:103], v[108:109]
	v_mov_b64_e32 v[104:105], v[110:111]
	scratch_store_dwordx4 off, v[158:161], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[162:165], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[166:169], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[170:173], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[174:177], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[178:181], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[182:185], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[186:189], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[190:193], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[194:197], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[198:201], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[202:205], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[206:209], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[210:213], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[214:217], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[226:229], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[230:233], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[16:19], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:304 ; 16-byte Folded Spill
	v_mov_b64_e32 v[106:107], v[112:113]
	v_mov_b64_e32 v[108:109], v[114:115]
	v_mov_b64_e32 v[110:111], v[116:117]
	v_mov_b64_e32 v[112:113], v[118:119]
	v_mov_b64_e32 v[114:115], v[120:121]
	v_mov_b64_e32 v[116:117], v[122:123]
	v_mov_b64_e32 v[118:119], v[124:125]
	v_mov_b64_e32 v[120:121], v[126:127]
	v_mov_b64_e32 v[122:123], v[128:129]
	v_mov_b64_e32 v[124:125], v[130:131]
	v_mov_b64_e32 v[126:127], v[132:133]
	v_mov_b64_e32 v[128:129], v[134:135]
	v_mov_b64_e32 v[130:131], v[136:137]
	v_mov_b64_e32 v[132:133], v[138:139]
	v_mov_b64_e32 v[134:135], v[140:141]
	v_accvgpr_read_b32 v136, a208
	v_accvgpr_read_b32 v152, a224
	v_accvgpr_read_b32 v168, a240
	v_accvgpr_read_b32 v16, a20
	v_accvgpr_read_b32 v137, a209
	v_accvgpr_read_b32 v138, a210
	v_accvgpr_read_b32 v139, a211
	v_accvgpr_read_b32 v140, a212
	v_accvgpr_read_b32 v141, a213
	v_accvgpr_read_b32 v142, a214
	v_accvgpr_read_b32 v143, a215
	v_accvgpr_read_b32 v144, a216
	v_accvgpr_read_b32 v145, a217
	v_accvgpr_read_b32 v146, a218
	v_accvgpr_read_b32 v147, a219
	v_accvgpr_read_b32 v148, a220
	v_accvgpr_read_b32 v149, a221
	v_accvgpr_read_b32 v150, a222
	v_accvgpr_read_b32 v151, a223
	v_accvgpr_read_b32 v153, a225
	v_accvgpr_read_b32 v154, a226
	v_accvgpr_read_b32 v155, a227
	v_accvgpr_read_b32 v156, a228
	v_accvgpr_read_b32 v157, a229
	v_accvgpr_read_b32 v158, a230
	v_accvgpr_read_b32 v159, a231
	v_accvgpr_read_b32 v160, a232
	v_accvgpr_read_b32 v161, a233
	v_accvgpr_read_b32 v162, a234
	v_accvgpr_read_b32 v163, a235
	v_accvgpr_read_b32 v164, a236
	v_accvgpr_read_b32 v165, a237
	v_accvgpr_read_b32 v166, a238
	v_accvgpr_read_b32 v167, a239
	v_accvgpr_read_b32 v169, a241
	v_accvgpr_read_b32 v170, a242
	v_accvgpr_read_b32 v171, a243
	v_accvgpr_read_b32 v172, a244
	v_accvgpr_read_b32 v173, a245
	v_accvgpr_read_b32 v174, a246
	v_accvgpr_read_b32 v175, a247
	v_accvgpr_read_b32 v176, a248
	v_accvgpr_read_b32 v177, a249
	v_accvgpr_read_b32 v178, a250
	v_accvgpr_read_b32 v179, a251
	v_accvgpr_read_b32 v180, a252
	v_accvgpr_read_b32 v181, a253
	v_accvgpr_read_b32 v182, a254
	v_accvgpr_read_b32 v183, a255
	v_accvgpr_read_b32 v17, a21
	v_accvgpr_read_b32 v18, a22
	v_accvgpr_read_b32 v19, a23
	v_accvgpr_read_b32 v20, a24
	v_accvgpr_read_b32 v21, a25
	v_accvgpr_read_b32 v22, a26
	v_accvgpr_read_b32 v23, a27
	v_accvgpr_read_b32 v24, a28
	v_accvgpr_read_b32 v25, a29
	v_accvgpr_read_b32 v26, a30
	v_accvgpr_read_b32 v27, a31
	v_accvgpr_read_b32 v28, a32
	v_accvgpr_read_b32 v29, a33
	v_accvgpr_read_b32 v30, a34
	v_accvgpr_read_b32 v31, a35
	scratch_load_dwordx4 a[208:211], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[240:243], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[244:247], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[248:251], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[252:255], off, off offset:112 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[32:35], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 a[36:39], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[40:43], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[44:47], off, off offset:48 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v199, a19
	v_accvgpr_read_b32 v215, a175
	v_accvgpr_read_b32 v231, a95
	v_accvgpr_read_b32 v198, a18
	v_accvgpr_read_b32 v197, a17
	v_accvgpr_read_b32 v196, a16
	v_accvgpr_read_b32 v195, a15
	v_accvgpr_read_b32 v194, a14
	v_accvgpr_read_b32 v193, a13
	v_accvgpr_read_b32 v192, a12
	v_accvgpr_read_b32 v191, a11
	v_accvgpr_read_b32 v190, a10
	v_accvgpr_read_b32 v189, a9
	v_accvgpr_read_b32 v188, a8
	v_accvgpr_read_b32 v187, a7
	v_accvgpr_read_b32 v186, a6
	v_accvgpr_read_b32 v185, a5
	v_accvgpr_read_b32 v184, a4
	v_accvgpr_read_b32 v214, a174
	v_accvgpr_read_b32 v213, a173
	v_accvgpr_read_b32 v212, a172
	v_accvgpr_read_b32 v211, a171
	v_accvgpr_read_b32 v210, a170
	v_accvgpr_read_b32 v209, a169
	v_accvgpr_read_b32 v208, a168
	v_accvgpr_read_b32 v207, a167
	v_accvgpr_read_b32 v206, a166
	v_accvgpr_read_b32 v205, a165
	v_accvgpr_read_b32 v204, a164
	v_accvgpr_read_b32 v203, a163
	v_accvgpr_read_b32 v202, a162
	v_accvgpr_read_b32 v201, a161
	v_accvgpr_read_b32 v200, a160
	v_accvgpr_read_b32 v230, a94
	v_accvgpr_read_b32 v229, a93
	v_accvgpr_read_b32 v228, a92
	v_accvgpr_read_b32 v227, a91
	v_accvgpr_read_b32 v226, a90
	v_accvgpr_read_b32 v225, a89
	v_accvgpr_read_b32 v224, a88
	v_accvgpr_read_b32 v223, a87
	v_accvgpr_read_b32 v222, a86
	v_accvgpr_read_b32 v221, a85
	v_accvgpr_read_b32 v220, a84
	v_accvgpr_read_b32 v219, a83
	v_accvgpr_read_b32 v218, a82
	v_accvgpr_read_b32 v217, a81
	v_accvgpr_read_b32 v216, a80
	s_branch .LBB0_5
.LBB0_4:
	v_mov_b32_e32 v255, 0
	v_mov_b32_e32 v15, v255
	v_mov_b32_e32 v14, v255
	v_mov_b32_e32 v13, v255
	v_mov_b32_e32 v12, v255
	v_mov_b32_e32 v11, v255
	v_mov_b32_e32 v10, v255
	v_mov_b32_e32 v9, v255
	v_mov_b32_e32 v8, v255
	v_mov_b32_e32 v7, v255
	v_mov_b32_e32 v6, v255
	v_mov_b32_e32 v5, v255
	v_mov_b32_e32 v4, v255
	v_mov_b32_e32 v3, v255
	v_mov_b32_e32 v2, v255
	v_mov_b32_e32 v1, v255
	v_mov_b32_e32 v0, v255
	v_mov_b32_e32 v254, v255
	v_mov_b32_e32 v253, v255
	v_mov_b32_e32 v252, v255
	v_mov_b32_e32 v251, v255
	v_mov_b32_e32 v250, v255
	v_mov_b32_e32 v249, v255
	v_mov_b32_e32 v248, v255
	v_mov_b32_e32 v247, v255
	v_mov_b32_e32 v246, v255
	v_mov_b32_e32 v245, v255
	v_mov_b32_e32 v244, v255
	v_mov_b32_e32 v243, v255
	v_mov_b32_e32 v242, v255
	v_mov_b32_e32 v241, v255
	v_mov_b32_e32 v240, v255
	v_mov_b32_e32 v71, v255
	v_mov_b32_e32 v70, v255
	v_mov_b32_e32 v69, v255
	v_mov_b32_e32 v68, v255
	v_mov_b32_e32 v67, v255
	v_mov_b32_e32 v66, v255
	v_mov_b32_e32 v65, v255
	v_mov_b32_e32 v64, v255
	v_mov_b32_e32 v63, v255
	v_mov_b32_e32 v62, v255
	v_mov_b32_e32 v61, v255
	v_mov_b32_e32 v60, v255
	v_mov_b32_e32 v59, v255
	v_mov_b32_e32 v58, v255
	v_mov_b32_e32 v57, v255
	v_mov_b32_e32 v56, v255
	v_mov_b32_e32 v87, v255
	v_mov_b32_e32 v86, v255
	v_mov_b32_e32 v85, v255
	v_mov_b32_e32 v84, v255
	v_mov_b32_e32 v83, v255
	v_mov_b32_e32 v82, v255
	v_mov_b32_e32 v81, v255
	v_mov_b32_e32 v80, v255
	v_mov_b32_e32 v79, v255
	v_mov_b32_e32 v78, v255
	v_mov_b32_e32 v77, v255
	v_mov_b32_e32 v76, v255
	v_mov_b32_e32 v75, v255
	v_mov_b32_e32 v74, v255
	v_mov_b32_e32 v73, v255
	v_mov_b32_e32 v72, v255
	v_mov_b32_e32 v103, v255
	v_mov_b32_e32 v102, v255
	v_mov_b32_e32 v101, v255
	v_mov_b32_e32 v100, v255
	v_mov_b32_e32 v99, v255
	v_mov_b32_e32 v98, v255
	v_mov_b32_e32 v97, v255
	v_mov_b32_e32 v96, v255
	v_mov_b32_e32 v95, v255
	v_mov_b32_e32 v94, v255
	v_mov_b32_e32 v93, v255
	v_mov_b32_e32 v92, v255
	v_mov_b32_e32 v91, v255
	v_mov_b32_e32 v90, v255
	v_mov_b32_e32 v89, v255
	v_mov_b32_e32 v88, v255
	v_mov_b32_e32 v119, v255
	v_mov_b32_e32 v118, v255
	v_mov_b32_e32 v117, v255
	v_mov_b32_e32 v116, v255
	v_mov_b32_e32 v115, v255
	v_mov_b32_e32 v114, v255
	v_mov_b32_e32 v113, v255
	v_mov_b32_e32 v112, v255
	v_mov_b32_e32 v111, v255
	v_mov_b32_e32 v110, v255
	v_mov_b32_e32 v109, v255
	v_mov_b32_e32 v108, v255
	v_mov_b32_e32 v107, v255
	v_mov_b32_e32 v106, v255
	v_mov_b32_e32 v105, v255
	v_mov_b32_e32 v104, v255
	v_mov_b32_e32 v135, v255
	v_mov_b32_e32 v134, v255
	v_mov_b32_e32 v133, v255
	v_mov_b32_e32 v132, v255
	v_mov_b32_e32 v131, v255
	v_mov_b32_e32 v130, v255
	v_mov_b32_e32 v129, v255
	v_mov_b32_e32 v128, v255
	v_mov_b32_e32 v127, v255
	v_mov_b32_e32 v126, v255
	v_mov_b32_e32 v125, v255
	v_mov_b32_e32 v124, v255
	v_mov_b32_e32 v123, v255
	v_mov_b32_e32 v122, v255
	v_mov_b32_e32 v121, v255
	v_mov_b32_e32 v120, v255
	v_mov_b32_e32 v151, v255
	v_mov_b32_e32 v150, v255
	v_mov_b32_e32 v149, v255
	v_mov_b32_e32 v148, v255
	v_mov_b32_e32 v147, v255
	v_mov_b32_e32 v146, v255
	v_mov_b32_e32 v145, v255
	v_mov_b32_e32 v144, v255
	v_mov_b32_e32 v143, v255
	v_mov_b32_e32 v142, v255
	v_mov_b32_e32 v141, v255
	v_mov_b32_e32 v140, v255
	v_mov_b32_e32 v139, v255
	v_mov_b32_e32 v138, v255
	v_mov_b32_e32 v137, v255
	v_mov_b32_e32 v136, v255
	v_mov_b32_e32 v167, v255
	v_mov_b32_e32 v166, v255
	v_mov_b32_e32 v165, v255
	v_mov_b32_e32 v164, v255
	v_mov_b32_e32 v163, v255
	v_mov_b32_e32 v162, v255
	v_mov_b32_e32 v161, v255
	v_mov_b32_e32 v160, v255
	v_mov_b32_e32 v159, v255
	v_mov_b32_e32 v158, v255
	v_mov_b32_e32 v157, v255
	v_mov_b32_e32 v156, v255
	v_mov_b32_e32 v155, v255
	v_mov_b32_e32 v154, v255
	v_mov_b32_e32 v153, v255
	v_mov_b32_e32 v152, v255
	v_mov_b32_e32 v183, v255
	v_mov_b32_e32 v182, v255
	v_mov_b32_e32 v181, v255
	v_mov_b32_e32 v180, v255
	v_mov_b32_e32 v179, v255
	v_mov_b32_e32 v178, v255
	v_mov_b32_e32 v177, v255
	v_mov_b32_e32 v176, v255
	v_mov_b32_e32 v175, v255
	v_mov_b32_e32 v174, v255
	v_mov_b32_e32 v173, v255
	v_mov_b32_e32 v172, v255
	v_mov_b32_e32 v171, v255
	v_mov_b32_e32 v170, v255
	v_mov_b32_e32 v169, v255
	v_mov_b32_e32 v168, v255
	v_mov_b32_e32 v199, v255
	v_mov_b32_e32 v198, v255
	v_mov_b32_e32 v197, v255
	v_mov_b32_e32 v196, v255
	v_mov_b32_e32 v195, v255
	v_mov_b32_e32 v194, v255
	v_mov_b32_e32 v193, v255
	v_mov_b32_e32 v192, v255
	v_mov_b32_e32 v191, v255
	v_mov_b32_e32 v190, v255
	v_mov_b32_e32 v189, v255
	v_mov_b32_e32 v188, v255
	v_mov_b32_e32 v187, v255
	v_mov_b32_e32 v186, v255
	v_mov_b32_e32 v185, v255
	v_mov_b32_e32 v184, v255
	v_mov_b32_e32 v215, v255
	v_mov_b32_e32 v214, v255
	v_mov_b32_e32 v213, v255
	v_mov_b32_e32 v212, v255
	v_mov_b32_e32 v211, v255
	v_mov_b32_e32 v210, v255
	v_mov_b32_e32 v209, v255
	v_mov_b32_e32 v208, v255
	v_mov_b32_e32 v207, v255
	v_mov_b32_e32 v206, v255
	v_mov_b32_e32 v205, v255
	v_mov_b32_e32 v204, v255
	v_mov_b32_e32 v203, v255
	v_mov_b32_e32 v202, v255
	v_mov_b32_e32 v201, v255
	v_mov_b32_e32 v200, v255
	v_mov_b32_e32 v231, v255
	v_mov_b32_e32 v230, v255
	v_mov_b32_e32 v229, v255
	v_mov_b32_e32 v228, v255
	v_mov_b32_e32 v227, v255
	v_mov_b32_e32 v226, v255
	v_mov_b32_e32 v225, v255
	v_mov_b32_e32 v224, v255
	v_mov_b32_e32 v223, v255
	v_mov_b32_e32 v222, v255
	v_mov_b32_e32 v221, v255
	v_mov_b32_e32 v220, v255
	v_mov_b32_e32 v219, v255
	v_mov_b32_e32 v218, v255
	v_mov_b32_e32 v217, v255
	v_mov_b32_e32 v216, v255
	v_accvgpr_write_b32 a63, v255
	v_accvgpr_write_b32 a62, v255
	v_accvgpr_write_b32 a61, v255
	v_accvgpr_write_b32 a60, v255
	v_accvgpr_write_b32 a59, v255
	v_accvgpr_write_b32 a58, v255
	v_accvgpr_write_b32 a57, v255
	v_accvgpr_write_b32 a56, v255
	v_accvgpr_write_b32 a55, v255
	v_accvgpr_write_b32 a54, v255
	v_accvgpr_write_b32 a53, v255
	v_accvgpr_write_b32 a52, v255
	v_accvgpr_write_b32 a51, v255
	v_accvgpr_write_b32 a50, v255
	v_accvgpr_write_b32 a49, v255
	v_accvgpr_write_b32 a48, v255
	v_accvgpr_write_b32 a79, v255
	v_accvgpr_write_b32 a78, v255
	v_accvgpr_write_b32 a77, v255
	v_accvgpr_write_b32 a76, v255
	v_accvgpr_write_b32 a75, v255
	v_accvgpr_write_b32 a74, v255
	v_accvgpr_write_b32 a73, v255
	v_accvgpr_write_b32 a72, v255
	v_accvgpr_write_b32 a71, v255
	v_accvgpr_write_b32 a70, v255
	v_accvgpr_write_b32 a69, v255
	v_accvgpr_write_b32 a68, v255
	v_accvgpr_write_b32 a67, v255
	v_accvgpr_write_b32 a66, v255
	v_accvgpr_write_b32 a65, v255
	v_accvgpr_write_b32 a64, v255
	v_mov_b32_e32 v31, v255
	v_mov_b32_e32 v30, v255
	v_mov_b32_e32 v29, v255
	v_mov_b32_e32 v28, v255
	v_mov_b32_e32 v27, v255
	v_mov_b32_e32 v26, v255
	v_mov_b32_e32 v25, v255
	v_mov_b32_e32 v24, v255
	v_mov_b32_e32 v23, v255
	v_mov_b32_e32 v22, v255
	v_mov_b32_e32 v21, v255
	v_mov_b32_e32 v20, v255
	v_mov_b32_e32 v19, v255
	v_mov_b32_e32 v18, v255
	v_mov_b32_e32 v17, v255
	v_mov_b32_e32 v16, v255
	v_accvgpr_write_b32 a111, v255
	v_accvgpr_write_b32 a110, v255
	v_accvgpr_write_b32 a109, v255
	v_accvgpr_write_b32 a108, v255
	v_accvgpr_write_b32 a107, v255
	v_accvgpr_write_b32 a106, v255
	v_accvgpr_write_b32 a105, v255
	v_accvgpr_write_b32 a104, v255
	v_accvgpr_write_b32 a103, v255
	v_accvgpr_write_b32 a102, v255
	v_accvgpr_write_b32 a101, v255
	v_accvgpr_write_b32 a100, v255
	v_accvgpr_write_b32 a99, v255
	v_accvgpr_write_b32 a98, v255
	v_accvgpr_write_b32 a97, v255
	v_accvgpr_write_b32 a96, v255
	v_accvgpr_write_b32 a127, v255
	v_accvgpr_write_b32 a126, v255
	v_accvgpr_write_b32 a125, v255
	v_accvgpr_write_b32 a124, v255
	v_accvgpr_write_b32 a123, v255
	v_accvgpr_write_b32 a122, v255
	v_accvgpr_write_b32 a121, v255
	v_accvgpr_write_b32 a120, v255
	v_accvgpr_write_b32 a119, v255
	v_accvgpr_write_b32 a118, v255
	v_accvgpr_write_b32 a117, v255
	v_accvgpr_write_b32 a116, v255
	v_accvgpr_write_b32 a115, v255
	v_accvgpr_write_b32 a114, v255
	v_accvgpr_write_b32 a113, v255
	v_accvgpr_write_b32 a112, v255
	v_accvgpr_write_b32 a143, v255
	v_accvgpr_write_b32 a142, v255
	v_accvgpr_write_b32 a141, v255
	v_accvgpr_write_b32 a140, v255
	v_accvgpr_write_b32 a139, v255
	v_accvgpr_write_b32 a138, v255
	v_accvgpr_write_b32 a137, v255
	v_accvgpr_write_b32 a136, v255
	v_accvgpr_write_b32 a135, v255
	v_accvgpr_write_b32 a134, v255
	v_accvgpr_write_b32 a133, v255
	v_accvgpr_write_b32 a132, v255
	v_accvgpr_write_b32 a131, v255
	v_accvgpr_write_b32 a130, v255
	v_accvgpr_write_b32 a129, v255
	v_accvgpr_write_b32 a128, v255
	v_accvgpr_write_b32 a159, v255
	v_accvgpr_write_b32 a158, v255
	v_accvgpr_write_b32 a157, v255
	v_accvgpr_write_b32 a156, v255
	v_accvgpr_write_b32 a155, v255
	v_accvgpr_write_b32 a154, v255
	v_accvgpr_write_b32 a153, v255
	v_accvgpr_write_b32 a152, v255
	v_accvgpr_write_b32 a151, v255
	v_accvgpr_write_b32 a150, v255
	v_accvgpr_write_b32 a149, v255
	v_accvgpr_write_b32 a148, v255
	v_accvgpr_write_b32 a147, v255
	v_accvgpr_write_b32 a146, v255
	v_accvgpr_write_b32 a145, v255
	v_accvgpr_write_b32 a144, v255
	v_accvgpr_write_b32 a191, v255
	v_accvgpr_write_b32 a190, v255
	v_accvgpr_write_b32 a189, v255
	v_accvgpr_write_b32 a188, v255
	v_accvgpr_write_b32 a187, v255
	v_accvgpr_write_b32 a186, v255
	v_accvgpr_write_b32 a185, v255
	v_accvgpr_write_b32 a184, v255
	v_accvgpr_write_b32 a183, v255
	v_accvgpr_write_b32 a182, v255
	v_accvgpr_write_b32 a181, v255
	v_accvgpr_write_b32 a180, v255
	v_accvgpr_write_b32 a179, v255
	v_accvgpr_write_b32 a178, v255
	v_accvgpr_write_b32 a177, v255
	v_accvgpr_write_b32 a176, v255
	v_accvgpr_write_b32 a207, v255
	v_accvgpr_write_b32 a206, v255
	v_accvgpr_write_b32 a205, v255
	v_accvgpr_write_b32 a204, v255
	v_accvgpr_write_b32 a203, v255
	v_accvgpr_write_b32 a202, v255
	v_accvgpr_write_b32 a201, v255
	v_accvgpr_write_b32 a200, v255
	v_accvgpr_write_b32 a199, v255
	v_accvgpr_write_b32 a198, v255
	v_accvgpr_write_b32 a197, v255
	v_accvgpr_write_b32 a196, v255
	v_accvgpr_write_b32 a195, v255
	v_accvgpr_write_b32 a194, v255
	v_accvgpr_write_b32 a193, v255
	v_accvgpr_write_b32 a192, v255
	v_accvgpr_write_b32 a223, v255
	v_accvgpr_write_b32 a222, v255
	v_accvgpr_write_b32 a221, v255
	v_accvgpr_write_b32 a220, v255
	v_accvgpr_write_b32 a219, v255
	v_accvgpr_write_b32 a218, v255
	v_accvgpr_write_b32 a217, v255
	v_accvgpr_write_b32 a216, v255
	v_accvgpr_write_b32 a215, v255
	v_accvgpr_write_b32 a214, v255
	v_accvgpr_write_b32 a213, v255
	v_accvgpr_write_b32 a212, v255
	v_accvgpr_write_b32 a211, v255
	v_accvgpr_write_b32 a210, v255
	v_accvgpr_write_b32 a209, v255
	v_accvgpr_write_b32 a208, v255
	v_accvgpr_write_b32 a239, v255
	v_accvgpr_write_b32 a238, v255
	v_accvgpr_write_b32 a237, v255
	v_accvgpr_write_b32 a236, v255
	v_accvgpr_write_b32 a235, v255
	v_accvgpr_write_b32 a234, v255
	v_accvgpr_write_b32 a233, v255
	v_accvgpr_write_b32 a232, v255
	v_accvgpr_write_b32 a231, v255
	v_accvgpr_write_b32 a230, v255
	v_accvgpr_write_b32 a229, v255
	v_accvgpr_write_b32 a228, v255
	v_accvgpr_write_b32 a227, v255
	v_accvgpr_write_b32 a226, v255
	v_accvgpr_write_b32 a225, v255
	v_accvgpr_write_b32 a224, v255
	v_accvgpr_write_b32 a255, v255
	v_accvgpr_write_b32 a254, v255
	v_accvgpr_write_b32 a253, v255
	v_accvgpr_write_b32 a252, v255
	v_accvgpr_write_b32 a251, v255
	v_accvgpr_write_b32 a250, v255
	v_accvgpr_write_b32 a249, v255
	v_accvgpr_write_b32 a248, v255
	v_accvgpr_write_b32 a247, v255
	v_accvgpr_write_b32 a246, v255
	v_accvgpr_write_b32 a245, v255
	v_accvgpr_write_b32 a244, v255
	v_accvgpr_write_b32 a243, v255
	v_accvgpr_write_b32 a242, v255
	v_accvgpr_write_b32 a241, v255
	v_accvgpr_write_b32 a240, v255
	v_accvgpr_write_b32 a47, v255
	v_accvgpr_write_b32 a46, v255
	v_accvgpr_write_b32 a45, v255
	v_accvgpr_write_b32 a44, v255
	v_accvgpr_write_b32 a43, v255
	v_accvgpr_write_b32 a42, v255
	v_accvgpr_write_b32 a41, v255
	v_accvgpr_write_b32 a40, v255
	v_accvgpr_write_b32 a39, v255
	v_accvgpr_write_b32 a38, v255
	v_accvgpr_write_b32 a37, v255
	v_accvgpr_write_b32 a36, v255
	v_accvgpr_write_b32 a35, v255
	v_accvgpr_write_b32 a34, v255
	v_accvgpr_write_b32 a33, v255
	v_accvgpr_write_b32 a32, v255
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
.LBB0_5:                                ; %._crit_edge
	v_accvgpr_write_b32 a175, v31
	v_accvgpr_write_b32 a80, v216
	v_accvgpr_write_b32 a0, v200
	v_accvgpr_write_b32 a16, v184
	v_accvgpr_write_b32 a174, v30
	v_accvgpr_write_b32 a173, v29
	v_accvgpr_write_b32 a172, v28
	v_accvgpr_write_b32 a171, v27
	v_accvgpr_write_b32 a170, v26
	v_accvgpr_write_b32 a169, v25
	v_accvgpr_write_b32 a168, v24
	v_accvgpr_write_b32 a167, v23
	v_accvgpr_write_b32 a166, v22
	v_accvgpr_write_b32 a165, v21
	v_accvgpr_write_b32 a164, v20
	v_accvgpr_write_b32 a163, v19
	v_accvgpr_write_b32 a162, v18
	v_accvgpr_write_b32 a161, v17
	v_accvgpr_write_b32 a160, v16
	v_accvgpr_write_b32 a81, v217
	v_accvgpr_write_b32 a82, v218
	v_accvgpr_write_b32 a83, v219
	v_accvgpr_write_b32 a84, v220
	v_accvgpr_write_b32 a85, v221
	v_accvgpr_write_b32 a86, v222
	v_accvgpr_write_b32 a87, v223
	v_accvgpr_write_b32 a88, v224
	v_accvgpr_write_b32 a89, v225
	v_accvgpr_write_b32 a90, v226
	v_accvgpr_write_b32 a91, v227
	v_accvgpr_write_b32 a92, v228
	v_accvgpr_write_b32 a93, v229
	v_accvgpr_write_b32 a94, v230
	v_accvgpr_write_b32 a95, v231
	v_accvgpr_write_b32 a1, v201
	v_accvgpr_write_b32 a2, v202
	v_accvgpr_write_b32 a3, v203
	v_accvgpr_write_b32 a4, v204
	v_accvgpr_write_b32 a5, v205
	v_accvgpr_write_b32 a6, v206
	v_accvgpr_write_b32 a7, v207
	v_accvgpr_write_b32 a8, v208
	v_accvgpr_write_b32 a9, v209
	v_accvgpr_write_b32 a10, v210
	v_accvgpr_write_b32 a11, v211
	v_accvgpr_write_b32 a12, v212
	v_accvgpr_write_b32 a13, v213
	v_accvgpr_write_b32 a14, v214
	v_accvgpr_write_b32 a15, v215
	v_accvgpr_write_b32 a17, v185
	v_accvgpr_write_b32 a18, v186
	v_accvgpr_write_b32 a19, v187
	v_accvgpr_write_b32 a20, v188
	v_accvgpr_write_b32 a21, v189
	v_accvgpr_write_b32 a22, v190
	v_accvgpr_write_b32 a23, v191
	v_accvgpr_write_b32 a24, v192
	v_accvgpr_write_b32 a25, v193
	v_accvgpr_write_b32 a26, v194
	v_accvgpr_write_b32 a27, v195
	v_accvgpr_write_b32 a28, v196
	v_accvgpr_write_b32 a29, v197
	v_accvgpr_write_b32 a30, v198
	v_accvgpr_write_b32 a31, v199
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_i32 s25, 16
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24                         ; spill.py:32:24
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	scratch_load_dwordx4 v[16:19], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v32, 0, v54
	.loc	1 30 20                         ; spill.py:30:20
	v_lshl_add_u32 v44, v52, 4, v32
	.loc	1 31 20                         ; spill.py:31:20
	v_lshl_add_u32 v32, s24, 3, v44
	ds_read2st64_b64 v[36:39], v32 offset0:8 offset1:10
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v44 offset1:1
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2st64_b64 v[32:35], v32 offset0:12 offset1:14
	v_mov_b64_e32 v[214:215], v[182:183]
	v_mov_b64_e32 v[212:213], v[180:181]
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[36:37], v[40:41], v[0:15]
	v_mov_b64_e32 v[210:211], v[178:179]
	v_mov_b64_e32 v[208:209], v[176:177]
	v_mov_b64_e32 v[206:207], v[174:175]
	v_mov_b64_e32 v[204:205], v[172:173]
	v_mov_b64_e32 v[202:203], v[170:171]
	v_mov_b64_e32 v[200:201], v[168:169]
	v_mov_b64_e32 v[54:55], v[56:57]
	s_waitcnt vmcnt(4) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[34:35], v[42:43], a[32:47]
	v_mov_b64_e32 v[56:57], v[58:59]
	v_mov_b64_e32 v[58:59], v[60:61]
	v_mov_b64_e32 v[60:61], v[62:63]
	v_mov_b64_e32 v[62:63], v[64:65]
	v_mov_b64_e32 v[64:65], v[66:67]
	v_mov_b64_e32 v[66:67], v[68:69]
	v_mov_b64_e32 v[68:69], v[70:71]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[38:39], v[40:41], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:624 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[32:33], v[40:41], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[34:35], v[40:41], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[36:37], v[42:43], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:432 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[38:39], v[42:43], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[32:33], v[42:43], v[16:31]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v44 offset0:2 offset1:3
	s_nop 10
	scratch_store_dwordx4 off, v[16:19], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:304 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[36:37], v[40:41], a[240:255]
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[38:39], v[40:41], a[224:239]
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[32:33], v[40:41], a[208:223]
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[34:35], v[40:41], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[36:37], v[42:43], a[176:191]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[38:39], v[42:43], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[32:33], v[42:43], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[34:35], v[42:43], a[112:127]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v44 offset0:4 offset1:5
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[36:37], v[40:41], a[96:111]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[38:39], v[40:41], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[32:33], v[40:41], a[64:79]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[34:35], v[40:41], a[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[36:37], v[42:43], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[38:39], v[42:43], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[32:33], v[42:43], a[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[200:215], v[34:35], v[42:43], v[200:215]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[40:43], v44 offset0:6 offset1:7
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[152:167], v[36:37], v[40:41], v[152:167]
	v_mfma_f32_32x32x16_fp8_fp8 v[136:151], v[38:39], v[40:41], v[136:151]
	v_mfma_f32_32x32x16_fp8_fp8 v[88:103], v[36:37], v[42:43], v[88:103]
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[38:39], v[42:43], v[72:87]
	v_mfma_f32_32x32x16_fp8_fp8 v[120:135], v[32:33], v[40:41], v[120:135]
	v_mfma_f32_32x32x16_fp8_fp8 v[104:119], v[34:35], v[40:41], v[104:119]
	v_mfma_f32_32x32x16_fp8_fp8 v[54:69], v[32:33], v[42:43], v[54:69]
	v_mfma_f32_32x32x16_fp8_fp8 v[240:255], v[34:35], v[42:43], v[240:255]
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	v_mov_b64_e32 v[54:55], v[56:57]
	v_mov_b64_e32 v[214:215], v[182:183]
	v_mov_b64_e32 v[56:57], v[58:59]
	v_mov_b64_e32 v[58:59], v[60:61]
	v_mov_b64_e32 v[60:61], v[62:63]
	v_mov_b64_e32 v[62:63], v[64:65]
	v_mov_b64_e32 v[64:65], v[66:67]
	v_mov_b64_e32 v[66:67], v[68:69]
	v_mov_b64_e32 v[68:69], v[70:71]
	v_mov_b64_e32 v[212:213], v[180:181]
	v_mov_b64_e32 v[210:211], v[178:179]
	v_mov_b64_e32 v[208:209], v[176:177]
	v_mov_b64_e32 v[206:207], v[174:175]
	v_mov_b64_e32 v[204:205], v[172:173]
	v_mov_b64_e32 v[202:203], v[170:171]
	v_mov_b64_e32 v[200:201], v[168:169]
.LBB0_8:                                ; %._crit_edge._crit_edge
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_lshrrev_b32_e32 v32, 3, v53
	s_lshr_b32 s0, s24, 1
	v_or_b32_e32 v32, s0, v32
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v33, s18, v32
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v34, 16, v32
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[0:1], s9, v33
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v33, s18, v34
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e32 vcc, s9, v33
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v36, s19, v52
	.loc	1 35 51                         ; spill.py:35:51
	v_mul_lo_u32 v33, s13, v52
	scratch_load_dwordx4 v[38:41], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 35 21 is_stmt 0               ; spill.py:35:21
	s_mul_i32 s2, s13, s19
	.loc	1 35 51                         ; spill.py:35:51
	s_add_i32 s2, s2, s18
	v_add_u32_e32 v35, s2, v33
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v36
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v37, v35, v32, 2
	v_bfrev_b32_e32 v33, 1
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e64 v37, v33, v37, s[2:3]
	buffer_store_dwordx4 v[0:3], v37, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v16, 0xc0, v36
	v_or_b32_e32 v17, 0xa0, v36
	.loc	1 22 44 is_stmt 0               ; spill.py:22:44
	v_or_b32_e32 v1, 8, v32
	.loc	1 36 21 is_stmt 1               ; spill.py:36:21
	v_add_lshl_u32 v0, v35, v1, 2
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	buffer_store_dwordx4 v[4:7], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v35, v34, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v2, 24, v32
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 v[8:11], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v35, v2, 2
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v4, 64, v32
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 v[12:15], v0, s[28:31], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v0, s18, v4
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[4:5], s9, v0
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v0, 0x50, v32
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v3, s18, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[2:3], s9, v3
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v3, v35, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[6:7], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v5, 0x48, v32
	v_or_b32_e32 v6, 0x58, v32
	v_or_b32_e32 v8, 0x80, v32
	v_or_b32_e32 v9, 0x88, v32
	v_or_b32_e32 v10, 0x98, v32
	v_or_b32_e32 v11, 0xc0, v32
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s12, s13, 0xc0
	v_add_u32_e32 v19, s12, v35
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 v[38:41], v3, s[28:31], 0 offen
	v_add_lshl_u32 v3, v35, v5, 2
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 v[42:45], v3, s[28:31], 0 offen
	v_add_lshl_u32 v3, v35, v0, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[6:7], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 v[46:49], v3, s[28:31], 0 offen
	v_add_lshl_u32 v3, v35, v6, 2
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 v[50:53], v3, s[28:31], 0 offen
	scratch_load_dwordx4 v[38:41], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, s18, v8
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[22:23], s9, v3
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v3, 0x90, v32
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v7, s18, v3
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[6:7], s9, v7
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v7, v35, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[10:11], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[38:41], v7, s[28:31], 0 offen
	v_add_lshl_u32 v7, v35, v9, 2
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[42:45], v7, s[28:31], 0 offen
	v_add_lshl_u32 v7, v35, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[10:11], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[46:49], v7, s[28:31], 0 offen
	v_add_lshl_u32 v7, v35, v10, 2
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[50:53], v7, s[28:31], 0 offen
	scratch_load_dwordx4 v[38:41], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v7, s18, v11
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[24:25], s9, v7
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v7, 0xd0, v32
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v12, s18, v7
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[10:11], s9, v12
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v12, v35, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v12, v33, v12, s[16:17]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	s_mul_i32 s9, s13, 0x60
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v17
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[38:41], v12, s[28:31], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v12, 0xc8, v32
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v13, v35, v12, 2
	v_cndmask_b32_e64 v13, v33, v13, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[42:45], v13, s[28:31], 0 offen
	v_add_lshl_u32 v13, v35, v7, 2
	v_cndmask_b32_e64 v13, v33, v13, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[46:49], v13, s[28:31], 0 offen
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v13, 0xd8, v32
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v14, v35, v13, 2
	v_cndmask_b32_e64 v14, v33, v14, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[50:53], v14, s[28:31], 0 offen
	scratch_load_dwordx4 v[38:41], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v14, 32, v36
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v14, s13, 5, v35
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[38:41], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[42:45], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[46:49], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[50:53], v15, s[28:31], 0 offen
	scratch_load_dwordx4 v[38:41], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:368 ; 16-byte Folded Reload
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[38:41], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[42:45], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[46:49], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[50:53], v15, s[28:31], 0 offen
	scratch_load_dwordx4 v[38:41], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[42:45], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:304 ; 16-byte Folded Reload
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[38:41], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[42:45], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[46:49], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[50:53], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[32:35], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[36:39], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	v_cndmask_b32_e64 v14, v33, v14, s[14:15]
	buffer_store_dwordx4 a[40:43], v15, s[28:31], 0 offen
	buffer_store_dwordx4 a[44:47], v14, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v14, 64, v36
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v14, s13, 6, v35
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[240:243], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[244:247], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[248:251], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[252:255], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[224:227], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[228:231], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[232:235], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[236:239], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[208:211], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[212:215], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[216:219], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[220:223], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[192:195], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[196:199], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	v_cndmask_b32_e64 v14, v33, v14, s[14:15]
	buffer_store_dwordx4 a[200:203], v15, s[28:31], 0 offen
	buffer_store_dwordx4 a[204:207], v14, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v14, 0x60, v36
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_add_u32_e32 v14, s9, v35
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[176:179], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[180:183], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[184:187], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[188:191], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[144:147], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[148:151], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[152:155], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[156:159], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[128:131], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[132:135], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[136:139], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[140:143], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[112:115], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[16:17]
	buffer_store_dwordx4 a[116:119], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	v_cndmask_b32_e64 v14, v33, v14, s[14:15]
	buffer_store_dwordx4 a[120:123], v15, s[28:31], 0 offen
	buffer_store_dwordx4 a[124:127], v14, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v14, 0x80, v36
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v14
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v14, s13, 7, v35
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[96:99], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[100:103], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[104:107], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[108:111], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[160:163], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[164:167], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[168:171], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[14:15]
	buffer_store_dwordx4 a[172:175], v15, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v15, 0xe0, v36
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s9, s13, 0xa0
	v_add_u32_e32 v18, s9, v35
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v16
	v_cmp_gt_i32_e64 s[14:15], s8, v15
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	buffer_store_dwordx4 a[64:67], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	buffer_store_dwordx4 a[68:71], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	buffer_store_dwordx4 a[72:75], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	buffer_store_dwordx4 a[76:79], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	buffer_store_dwordx4 a[48:51], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	buffer_store_dwordx4 a[52:55], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[8:9]
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[56:59], v15, s[28:31], 0 offen
	buffer_store_dwordx4 a[60:63], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v32, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[80:83], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v1, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[84:87], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[88:91], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v2, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[92:95], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[0:3], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v5, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[4:7], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[8:11], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v6, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[12:15], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[16:19], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v9, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[20:23], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[24:27], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v10, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 a[28:31], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[200:203], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v12, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[204:207], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[208:211], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v18, v13, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[212:215], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v32, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[152:155], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v1, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[156:159], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[160:163], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v2, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[164:167], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[136:139], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v5, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[140:143], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[144:147], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v6, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[148:151], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[120:123], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v9, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[124:127], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[128:131], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v10, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[132:135], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[104:107], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v12, 2
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[108:111], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	s_mulk_i32 s13, 0xe0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 v[112:115], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v19, v13, 2
	.loc	1 35 51                         ; spill.py:35:51
	v_add_u32_e32 v20, s13, v35
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v33, v14, s[8:9]
	buffer_store_dwordx4 v[116:119], v14, s[28:31], 0 offen
	v_add_lshl_u32 v14, v20, v32, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[0:1], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v1, v20, v1, 2
	v_cndmask_b32_e64 v14, v33, v14, s[0:1]
	v_cndmask_b32_e64 v1, v33, v1, s[0:1]
	buffer_store_dwordx4 v[88:91], v14, s[28:31], 0 offen
	buffer_store_dwordx4 v[92:95], v1, s[28:31], 0 offen
	v_add_lshl_u32 v1, v20, v34, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v1, v33, v1, vcc
	buffer_store_dwordx4 v[96:99], v1, s[28:31], 0 offen
	v_add_lshl_u32 v1, v20, v2, 2
	v_cndmask_b32_e32 v1, v33, v1, vcc
	buffer_store_dwordx4 v[100:103], v1, s[28:31], 0 offen
	v_add_lshl_u32 v1, v20, v4, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v1, v33, v1, vcc
	buffer_store_dwordx4 v[72:75], v1, s[28:31], 0 offen
	v_add_lshl_u32 v1, v20, v5, 2
	v_cndmask_b32_e32 v1, v33, v1, vcc
	v_add_lshl_u32 v0, v20, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[76:79], v1, s[28:31], 0 offen
	buffer_store_dwordx4 v[80:83], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v6, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[84:87], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v8, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[54:57], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v9, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[58:61], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v3, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[62:65], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v10, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[66:69], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v11, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[240:243], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v12, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[244:247], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v7, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[248:251], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v13, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[252:255], v0, s[28:31], 0 offen
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.Ltmp6:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 644
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
		.amdhsa_next_free_sgpr 32
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
	.set oversized_tile_fp8_gemm.numbered_sgpr, 32
	.set oversized_tile_fp8_gemm.num_named_barrier, 0
	.set oversized_tile_fp8_gemm.private_seg_size, 644
	.set oversized_tile_fp8_gemm.uses_vcc, 1
	.set oversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set oversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set oversized_tile_fp8_gemm.has_recursion, 0
	.set oversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 13980
; TotalNumSgprs: 38
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 644
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 63
; NumSGPRsForWavesPerEU: 38
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
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 128
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 644
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 416
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

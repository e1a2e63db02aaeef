	.amdgcn_target "amdgpu9.50-amd-amdhsa-unknown-gfx950"
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
	s_load_dwordx8 s[8:15], s[4:5], 0x0
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.10:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_dwordx2 s[18:19], s[4:5], 0x20
	s_load_dword s27, s[4:5], 0x28
	v_and_b32_e32 v238, 0x3ff, v0
.Ltmp1:
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_lshlrev_b32_e32 v1, 1, v238
	.loc	1 31 13                         ; spill.py:31:13
	v_readfirstlane_b32 s0, v238
	.loc	1 36 5                          ; spill.py:36:5
	s_bfe_u32 s22, s0, 0x10006
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v1, 0x7e, v1
	s_mov_b64 s[28:29], s[10:11]
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	s_lshl_b32 s16, s16, 8
	.loc	1 22 32                         ; spill.py:22:32
	s_lshl_b32 s23, s22, 8
	v_or_b32_e32 v2, s22, v1
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	s_lshl_b32 s21, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ spill.py:29:23 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s17, s18, 15
.Ltmp3:
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s10, s18, -1
	s_mov_b32 s26, s14
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v3, 0x80, v2
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v4, s16, v2
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_cmp_lt_u32 s10, 0x7ffffff0
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v5, s16, v3
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e32 vcc, s26, v4
	.loc	1 29 5                          ; spill.py:29:5
	s_cselect_b64 s[34:35], -1, 0
	s_mov_b32 s20, s15
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v2, s21, v2
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v6, v4, s19
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s26, v5
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_mul_i32 s25, s22, 0x408
	v_bfrev_b32_e32 v233, 1
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[14:15], s[34:35], vcc
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v3, s21, v3
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v7, v5, s19
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v8, v2, s27
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[2:3], s20, v2
	.loc	1 30 13                         ; spill.py:30:13
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_cndmask_b32_e64 v2, v233, v6, s[14:15]
	s_mov_b32 m0, s25
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[34:35], s[0:1]
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[6:7], s20, v3
	.loc	1 30 13                         ; spill.py:30:13
	buffer_load_dwordx4 v2, s[8:11], 0 offen lds
	s_add_i32 m0, s25, 0x810
	v_cndmask_b32_e64 v2, v233, v7, s[14:15]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[34:35], s[2:3]
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v9, v3, s27
	.loc	1 30 13                         ; spill.py:30:13
	buffer_load_dwordx4 v2, s[8:11], 0 offen lds
	.loc	1 31 13                         ; spill.py:31:13
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s30, s10
	s_mov_b32 s31, s11
	s_add_i32 m0, s25, 0x2040
	v_cndmask_b32_e64 v2, v233, v8, s[14:15]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[34:35], s[6:7]
	; asyncmark
	.loc	1 31 13                         ; spill.py:31:13
	buffer_load_dwordx4 v2, s[28:31], 0 offen lds
	s_add_i32 m0, s25, 0x2850
	v_cndmask_b32_e64 v2, v233, v9, s[14:15]
	buffer_load_dwordx4 v2, s[28:31], 0 offen lds
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v239, 32, v0
	.loc	1 30 13                         ; spill.py:30:13
	s_mov_b32 s24, 0
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s17, 32
	v_lshlrev_b32_e32 v232, 3, v238
	v_lshlrev_b32_e32 v32, 10, v238
	v_lshrrev_b32_e32 v33, 2, v239
	; asyncmark
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	v_and_b32_e32 v0, 0x400, v32
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s15, s22, s21
	v_or_b32_e32 v234, v0, v33
	v_lshrrev_b32_e32 v235, 7, v0
	v_add_u32_e32 v0, s15, v1
	s_add_i32 s15, s22, s16
	v_add_u32_e32 v2, 0x80, v0
	v_mul_lo_u32 v237, s27, v0
	v_add_u32_e32 v0, s15, v1
	v_accvgpr_write_b32 a96, v239
	v_add_u32_e32 v1, 0x80, v0
	v_mul_lo_u32 v239, s19, v0
	v_mov_b32_e32 v0, 0
	v_accvgpr_write_b32 a98, v32
	v_accvgpr_write_b32 a99, v33
	v_mov_b32_e32 v32, v0
	v_mov_b32_e32 v33, v0
	v_mov_b32_e32 v34, v0
	v_mov_b32_e32 v35, v0
	v_mov_b32_e32 v36, v0
	v_mov_b32_e32 v47, v0
	v_mov_b32_e32 v37, v0
	v_mov_b32_e32 v38, v0
	v_mov_b32_e32 v39, v0
	v_mov_b32_e32 v40, v0
	v_mov_b32_e32 v41, v0
	v_mov_b32_e32 v42, v0
	v_mov_b32_e32 v43, v0
	v_mov_b32_e32 v44, v0
	v_mov_b32_e32 v45, v0
	v_mov_b32_e32 v46, v0
	scratch_store_dwordx4 off, v[32:35], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:304 ; 16-byte Folded Spill
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_lshr_b32 s14, s17, 4
	v_accvgpr_write_b32 a97, v238
.Ltmp5:
	.loc	1 29 5                          ; spill.py:29:5
	v_mul_lo_u32 v236, s27, v2
	v_mul_lo_u32 v238, s19, v1
	s_movk_i32 s19, 0x2040
	s_add_i32 s27, s14, -1
	s_mov_b32 s33, 16
	s_mov_b32 s34, 0
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
	v_accvgpr_write_b32 a64, v0
	v_accvgpr_write_b32 a65, v0
	v_accvgpr_write_b32 a66, v0
	v_accvgpr_write_b32 a67, v0
	v_accvgpr_write_b32 a68, v0
	v_accvgpr_write_b32 a69, v0
	v_accvgpr_write_b32 a70, v0
	v_accvgpr_write_b32 a71, v0
	v_accvgpr_write_b32 a72, v0
	v_accvgpr_write_b32 a73, v0
	v_accvgpr_write_b32 a74, v0
	v_accvgpr_write_b32 a75, v0
	v_accvgpr_write_b32 a76, v0
	v_accvgpr_write_b32 a77, v0
	v_accvgpr_write_b32 a78, v0
	v_accvgpr_write_b32 a79, v0
	v_accvgpr_write_b32 a80, v0
	v_accvgpr_write_b32 a81, v0
	v_accvgpr_write_b32 a82, v0
	v_accvgpr_write_b32 a83, v0
	v_accvgpr_write_b32 a84, v0
	v_accvgpr_write_b32 a85, v0
	v_accvgpr_write_b32 a86, v0
	v_accvgpr_write_b32 a87, v0
	v_accvgpr_write_b32 a88, v0
	v_accvgpr_write_b32 a89, v0
	v_accvgpr_write_b32 a90, v0
	v_accvgpr_write_b32 a91, v0
	v_accvgpr_write_b32 a92, v0
	v_accvgpr_write_b32 a93, v0
	v_accvgpr_write_b32 a94, v0
	v_accvgpr_write_b32 a95, v0
	v_accvgpr_write_b32 a164, v0
	v_accvgpr_write_b32 a165, v0
	v_accvgpr_write_b32 a166, v0
	v_accvgpr_write_b32 a167, v0
	v_accvgpr_write_b32 a168, v0
	v_accvgpr_write_b32 a169, v0
	v_accvgpr_write_b32 a170, v0
	v_accvgpr_write_b32 a171, v0
	v_accvgpr_write_b32 a172, v0
	v_accvgpr_write_b32 a173, v0
	v_accvgpr_write_b32 a174, v0
	v_accvgpr_write_b32 a175, v0
	v_accvgpr_write_b32 a176, v0
	v_accvgpr_write_b32 a177, v0
	v_accvgpr_write_b32 a178, v0
	v_accvgpr_write_b32 a179, v0
	v_accvgpr_write_b32 a180, v0
	v_accvgpr_write_b32 a181, v0
	v_accvgpr_write_b32 a182, v0
	v_accvgpr_write_b32 a183, v0
	v_accvgpr_write_b32 a184, v0
	v_accvgpr_write_b32 a185, v0
	v_accvgpr_write_b32 a186, v0
	v_accvgpr_write_b32 a187, v0
	v_accvgpr_write_b32 a188, v0
	v_accvgpr_write_b32 a189, v0
	v_accvgpr_write_b32 a190, v0
	v_accvgpr_write_b32 a191, v0
	v_accvgpr_write_b32 a192, v0
	v_accvgpr_write_b32 a193, v0
	v_accvgpr_write_b32 a194, v0
	v_accvgpr_write_b32 a195, v0
	v_accvgpr_write_b32 a196, v0
	v_accvgpr_write_b32 a197, v0
	v_accvgpr_write_b32 a198, v0
	v_accvgpr_write_b32 a199, v0
	v_accvgpr_write_b32 a200, v0
	v_accvgpr_write_b32 a201, v0
	v_accvgpr_write_b32 a202, v0
	v_accvgpr_write_b32 a203, v0
	v_accvgpr_write_b32 a204, v0
	v_accvgpr_write_b32 a205, v0
	v_accvgpr_write_b32 a206, v0
	v_accvgpr_write_b32 a207, v0
	v_accvgpr_write_b32 a208, v0
	v_accvgpr_write_b32 a209, v0
	v_accvgpr_write_b32 a210, v0
	v_accvgpr_write_b32 a211, v0
	v_mov_b32_e32 v104, v0
	v_mov_b32_e32 v105, v0
	v_mov_b32_e32 v106, v0
	v_mov_b32_e32 v107, v0
	v_mov_b32_e32 v108, v0
	v_mov_b32_e32 v109, v0
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
	v_mov_b32_e32 v142, v0
	v_mov_b32_e32 v143, v0
	v_mov_b32_e32 v144, v0
	v_mov_b32_e32 v145, v0
	v_mov_b32_e32 v146, v0
	v_mov_b32_e32 v147, v0
	v_mov_b32_e32 v148, v0
	v_mov_b32_e32 v149, v0
	v_mov_b32_e32 v150, v0
	v_mov_b32_e32 v151, v0
	v_mov_b32_e32 v152, v0
	v_mov_b32_e32 v153, v0
	v_mov_b32_e32 v154, v0
	v_mov_b32_e32 v155, v0
	v_mov_b32_e32 v156, v0
	v_mov_b32_e32 v157, v0
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
	v_accvgpr_write_b32 a100, v0
	v_accvgpr_write_b32 a101, v0
	v_accvgpr_write_b32 a102, v0
	v_accvgpr_write_b32 a103, v0
	v_accvgpr_write_b32 a104, v0
	v_accvgpr_write_b32 a105, v0
	v_accvgpr_write_b32 a106, v0
	v_accvgpr_write_b32 a107, v0
	v_accvgpr_write_b32 a108, v0
	v_accvgpr_write_b32 a109, v0
	v_accvgpr_write_b32 a110, v0
	v_accvgpr_write_b32 a111, v0
	v_accvgpr_write_b32 a112, v0
	v_accvgpr_write_b32 a113, v0
	v_accvgpr_write_b32 a114, v0
	v_accvgpr_write_b32 a115, v0
	v_accvgpr_write_b32 a116, v0
	v_accvgpr_write_b32 a117, v0
	v_accvgpr_write_b32 a118, v0
	v_accvgpr_write_b32 a119, v0
	v_accvgpr_write_b32 a120, v0
	v_accvgpr_write_b32 a121, v0
	v_accvgpr_write_b32 a122, v0
	v_accvgpr_write_b32 a123, v0
	v_accvgpr_write_b32 a124, v0
	v_accvgpr_write_b32 a125, v0
	v_accvgpr_write_b32 a126, v0
	v_accvgpr_write_b32 a127, v0
	v_accvgpr_write_b32 a128, v0
	v_accvgpr_write_b32 a129, v0
	v_accvgpr_write_b32 a130, v0
	v_accvgpr_write_b32 a131, v0
	v_mov_b32_e32 v72, v0
	v_mov_b32_e32 v73, v0
	v_mov_b32_e32 v74, v0
	v_mov_b32_e32 v75, v0
	v_mov_b32_e32 v76, v0
	v_mov_b32_e32 v77, v0
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
	v_accvgpr_write_b32 a132, v0
	v_accvgpr_write_b32 a133, v0
	v_accvgpr_write_b32 a134, v0
	v_accvgpr_write_b32 a135, v0
	v_accvgpr_write_b32 a136, v0
	v_accvgpr_write_b32 a137, v0
	v_accvgpr_write_b32 a138, v0
	v_accvgpr_write_b32 a139, v0
	v_accvgpr_write_b32 a140, v0
	v_accvgpr_write_b32 a141, v0
	v_accvgpr_write_b32 a142, v0
	v_accvgpr_write_b32 a143, v0
	v_accvgpr_write_b32 a144, v0
	v_accvgpr_write_b32 a145, v0
	v_accvgpr_write_b32 a146, v0
	v_accvgpr_write_b32 a147, v0
	v_accvgpr_write_b32 a63, v47
	v_accvgpr_write_b32 a62, v46
	v_accvgpr_write_b32 a61, v45
	v_accvgpr_write_b32 a60, v44
	v_accvgpr_write_b32 a59, v43
	v_accvgpr_write_b32 a58, v42
	v_accvgpr_write_b32 a57, v41
	v_accvgpr_write_b32 a56, v40
	v_accvgpr_write_b32 a55, v39
	v_accvgpr_write_b32 a54, v38
	v_accvgpr_write_b32 a53, v37
	v_accvgpr_write_b32 a52, v36
	v_accvgpr_write_b32 a51, v35
	v_accvgpr_write_b32 a50, v34
	v_accvgpr_write_b32 a49, v33
	v_accvgpr_write_b32 a48, v32
	v_accvgpr_write_b32 a32, v0
	v_accvgpr_write_b32 a33, v0
	v_accvgpr_write_b32 a34, v0
	v_accvgpr_write_b32 a35, v0
	v_accvgpr_write_b32 a36, v0
	v_accvgpr_write_b32 a37, v0
	v_accvgpr_write_b32 a38, v0
	v_accvgpr_write_b32 a39, v0
	v_accvgpr_write_b32 a40, v0
	v_accvgpr_write_b32 a41, v0
	v_accvgpr_write_b32 a42, v0
	v_accvgpr_write_b32 a43, v0
	v_accvgpr_write_b32 a44, v0
	v_accvgpr_write_b32 a45, v0
	v_accvgpr_write_b32 a46, v0
	v_accvgpr_write_b32 a47, v0
	v_accvgpr_write_b32 a148, v0
	v_accvgpr_write_b32 a149, v0
	v_accvgpr_write_b32 a150, v0
	v_accvgpr_write_b32 a151, v0
	v_accvgpr_write_b32 a152, v0
	v_accvgpr_write_b32 a153, v0
	v_accvgpr_write_b32 a154, v0
	v_accvgpr_write_b32 a155, v0
	v_accvgpr_write_b32 a156, v0
	v_accvgpr_write_b32 a157, v0
	v_accvgpr_write_b32 a158, v0
	v_accvgpr_write_b32 a159, v0
	v_accvgpr_write_b32 a160, v0
	v_accvgpr_write_b32 a161, v0
	v_accvgpr_write_b32 a162, v0
	v_accvgpr_write_b32 a163, v0
	v_mov_b32_e32 v56, v0
	v_mov_b32_e32 v57, v0
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
	v_mov_b32_e32 v88, v0
	v_mov_b32_e32 v89, v0
	v_mov_b32_e32 v90, v0
	v_mov_b32_e32 v91, v0
	v_mov_b32_e32 v92, v0
	v_mov_b32_e32 v93, v0
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
	s_add_i32 s14, s34, 1
	s_cmp_lt_i32 s14, 2
	s_cselect_b32 s34, s14, 0
	.loc	1 30 59                         ; spill.py:30:59
	s_cmp_gt_i32 s18, s33
	s_mov_b32 s35, s24
	s_cselect_b64 s[36:37], -1, 0
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_lshl_b32 s24, s34, 12
	s_lshr_b32 s30, s24, 7
	s_add_i32 s24, s30, s24
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_add_u32_e32 v32, s33, v239
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[14:15], vcc, s[36:37]
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_add_i32 s38, s24, s25
	v_cndmask_b32_e64 v32, v233, v32, s[14:15]
	s_mov_b32 m0, s38
	; wait_asyncmark(0)
	s_waitcnt vmcnt(20)
	s_barrier
	buffer_load_dwordx4 v32, s[8:11], 0 offen lds
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_add_u32_e32 v32, s33, v238
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[14:15], s[0:1], s[36:37]
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	v_cndmask_b32_e64 v32, v233, v32, s[14:15]
	s_add_i32 m0, s38, 0x810
	.loc	1 31 34 is_stmt 1               ; spill.py:31:34
	s_and_b64 s[14:15], s[2:3], s[36:37]
	.loc	1 30 13                         ; spill.py:30:13
	buffer_load_dwordx4 v32, s[8:11], 0 offen lds
	.loc	1 34 9                          ; spill.py:34:9
	v_add_u32_e32 v32, s33, v237
	.loc	1 31 13                         ; spill.py:31:13
	s_mov_b32 s30, s10
	s_mov_b32 s31, s11
	v_cndmask_b32_e64 v32, v233, v32, s[14:15]
	s_add_i32 m0, s38, 0x2040
	; asyncmark
	.loc	1 31 34 is_stmt 0               ; spill.py:31:34
	s_and_b64 s[14:15], s[6:7], s[36:37]
	.loc	1 31 13                         ; spill.py:31:13
	buffer_load_dwordx4 v32, s[28:31], 0 offen lds
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	v_add_u32_e32 v32, s33, v236
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v32, v233, v32, s[14:15]
	s_add_i32 m0, s38, 0x2850
	v_and_b32_e32 v33, 0xf0, v232
	buffer_load_dwordx4 v32, s[28:31], 0 offen lds
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v32, s35, v234
	.loc	1 31 13                         ; spill.py:31:13
	s_add_i32 s14, s23, s19
	.loc	1 30 13                         ; spill.py:30:13
	v_add3_u32 v32, v32, v33, v235
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v34, s14, v234
	v_add3_u32 v36, v34, v33, v235
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v33, 0x800, v32
	ds_read2_b64 v[52:55], v32 offset1:32
	ds_read2_b64 v[48:51], v32 offset0:64 offset1:96
	ds_read2_b64 v[44:47], v33 offset0:2 offset1:34
	ds_read2_b64 v[32:35], v33 offset0:66 offset1:98
	; asyncmark
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2st64_b64 v[40:43], v36 offset1:1
	v_accvgpr_write_b32 a16, v72
	v_accvgpr_write_b32 a17, v73
	v_accvgpr_write_b32 a18, v74
	v_accvgpr_write_b32 a19, v75
	v_accvgpr_write_b32 a20, v76
	v_accvgpr_write_b32 a21, v77
	v_accvgpr_write_b32 a22, v78
	v_accvgpr_write_b32 a23, v79
	v_accvgpr_write_b32 a24, v80
	v_accvgpr_write_b32 a25, v81
	v_accvgpr_write_b32 a26, v82
	v_accvgpr_write_b32 a27, v83
	v_accvgpr_write_b32 a28, v84
	v_accvgpr_write_b32 a29, v85
	v_accvgpr_write_b32 a30, v86
	v_accvgpr_write_b32 a31, v87
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[72:75], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[76:79], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[80:83], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[84:87], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v36, 16, v36
	ds_read2st64_b64 v[36:39], v36 offset0:4 offset1:5
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[40:41], v[52:53], v[0:15]
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s33, s33, 16
	s_add_i32 s27, s27, -1
	.loc	1 31 13                         ; spill.py:31:13
	s_add_i32 s19, s24, 0x2040
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lg_u32 s27, 0
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[42:43], v[52:53], a[64:79]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[36:37], v[52:53], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[164:179], v[38:39], v[52:53], a[164:179]
	v_mfma_f32_32x32x16_fp8_fp8 a[180:195], v[40:41], v[54:55], a[180:195]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[38:39], v[50:51], v[72:87]
	s_nop 11
	scratch_store_dwordx4 off, v[72:75], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[76:79], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[80:83], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[84:87], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[72:75], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[76:79], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[80:83], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[84:87], off, off offset:112 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[196:211], v[42:43], v[54:55], a[196:211]
	v_mfma_f32_32x32x16_fp8_fp8 v[104:119], v[36:37], v[54:55], v[104:119]
	v_mfma_f32_32x32x16_fp8_fp8 v[120:135], v[38:39], v[54:55], v[120:135]
	v_mfma_f32_32x32x16_fp8_fp8 v[136:151], v[40:41], v[48:49], v[136:151]
	v_mfma_f32_32x32x16_fp8_fp8 v[152:167], v[42:43], v[48:49], v[152:167]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[40:41], v[44:45], v[72:87]
	s_nop 11
	scratch_store_dwordx4 off, v[72:75], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[76:79], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[80:83], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[84:87], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[72:75], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[76:79], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[80:83], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[84:87], off, off offset:176 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 v[168:183], v[36:37], v[48:49], v[168:183]
	v_mfma_f32_32x32x16_fp8_fp8 v[184:199], v[38:39], v[48:49], v[184:199]
	v_mfma_f32_32x32x16_fp8_fp8 v[200:215], v[40:41], v[50:51], v[200:215]
	v_mfma_f32_32x32x16_fp8_fp8 v[216:231], v[42:43], v[50:51], v[216:231]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[36:37], v[50:51], v[16:31]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[42:43], v[44:45], v[72:87]
	s_nop 11
	scratch_store_dwordx4 off, v[72:75], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[76:79], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[80:83], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[84:87], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[72:75], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[76:79], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[80:83], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[84:87], off, off offset:240 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[40:41], v[46:47], a[224:239]
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[42:43], v[46:47], a[240:255]
	v_mfma_f32_32x32x16_fp8_fp8 a[100:115], v[36:37], v[46:47], a[100:115]
	v_mfma_f32_32x32x16_fp8_fp8 a[116:131], v[38:39], v[46:47], a[116:131]
	v_mfma_f32_32x32x16_fp8_fp8 a[132:147], v[42:43], v[32:33], a[132:147]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[36:37], v[44:45], v[72:87]
	s_nop 11
	scratch_store_dwordx4 off, v[72:75], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[76:79], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[80:83], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[84:87], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[72:75], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[76:79], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[80:83], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[84:87], off, off offset:304 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[148:163], v[40:41], v[34:35], a[148:163]
	v_mfma_f32_32x32x16_fp8_fp8 v[56:71], v[42:43], v[34:35], v[56:71]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[36:37], v[32:33], a[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[38:39], v[32:33], a[32:47]
	v_mfma_f32_32x32x16_fp8_fp8 v[88:103], v[36:37], v[34:35], v[88:103]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[38:39], v[44:45], v[72:87]
	s_nop 11
	scratch_store_dwordx4 off, v[72:75], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[76:79], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[80:83], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[84:87], off offset:304 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v79, a23
	v_accvgpr_read_b32 v83, a27
	v_accvgpr_read_b32 v87, a31
	v_accvgpr_read_b32 v86, a30
	v_accvgpr_read_b32 v85, a29
	v_accvgpr_read_b32 v84, a28
	v_accvgpr_read_b32 v82, a26
	v_accvgpr_read_b32 v81, a25
	v_accvgpr_read_b32 v80, a24
	v_accvgpr_read_b32 v78, a22
	v_accvgpr_read_b32 v77, a21
	v_accvgpr_read_b32 v76, a20
	v_accvgpr_read_b32 v75, a19
	v_accvgpr_read_b32 v74, a18
	v_accvgpr_read_b32 v73, a17
	v_accvgpr_read_b32 v72, a16
	v_mfma_f32_32x32x16_fp8_fp8 v[240:255], v[38:39], v[34:35], v[240:255]
	s_nop 0
	v_mfma_f32_32x32x16_fp8_fp8 v[72:87], v[40:41], v[32:33], v[72:87]
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	scratch_store_dwordx4 off, a[80:83], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[84:87], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[88:91], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[92:95], off offset:1200 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[164:167], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[168:171], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[172:175], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[176:179], off offset:1136 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[180:183], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[184:187], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[188:191], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[192:195], off offset:1072 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[196:199], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[200:203], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[204:207], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[208:211], off offset:1008 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[104:107], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[108:111], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[112:115], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[116:119], off offset:944 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[120:123], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[124:127], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[128:131], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[132:135], off offset:880 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[136:139], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[140:143], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[144:147], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[148:151], off offset:688 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[152:155], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[156:159], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[160:163], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[164:167], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[168:171], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[172:175], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[176:179], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[180:183], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[184:187], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[188:191], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[192:195], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[196:199], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[200:203], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[204:207], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[208:211], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[212:215], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[216:219], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[220:223], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[228:231], off offset:816 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[16:19], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[56:59], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[60:63], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[64:67], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[68:71], off offset:752 ; 16-byte Folded Spill
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
	v_accvgpr_read_b32 v46, a100
	v_accvgpr_read_b32 v47, a101
	v_accvgpr_read_b32 v48, a102
	v_accvgpr_read_b32 v49, a103
	v_accvgpr_read_b32 v50, a104
	v_accvgpr_read_b32 v51, a105
	v_accvgpr_read_b32 v52, a106
	v_accvgpr_read_b32 v53, a107
	v_accvgpr_read_b32 v54, a108
	v_accvgpr_read_b32 v55, a109
	v_accvgpr_read_b32 v56, a110
	v_accvgpr_read_b32 v57, a111
	v_accvgpr_read_b32 v58, a112
	v_accvgpr_read_b32 v59, a113
	v_accvgpr_read_b32 v60, a114
	v_accvgpr_read_b32 v61, a115
	scratch_load_dwordx4 v[152:155], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[156:159], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[160:163], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[164:167], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[64:67], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[68:71], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[72:75], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[76:79], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[168:171], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[172:175], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[176:179], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[180:183], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[80:83], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 a[84:87], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[88:91], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[92:95], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[100:103], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[104:107], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[108:111], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[112:115], off, off offset:112 ; 16-byte Folded Reload
	v_accvgpr_mov_b32 a16, a148
	v_accvgpr_mov_b32 a17, a149
	v_accvgpr_mov_b32 a18, a150
	v_accvgpr_mov_b32 a19, a151
	v_accvgpr_mov_b32 a20, a152
	v_accvgpr_mov_b32 a21, a153
	v_accvgpr_mov_b32 a22, a154
	v_accvgpr_mov_b32 a23, a155
	v_accvgpr_mov_b32 a24, a156
	v_accvgpr_mov_b32 a25, a157
	v_accvgpr_mov_b32 a26, a158
	v_accvgpr_mov_b32 a27, a159
	v_accvgpr_mov_b32 a28, a160
	v_accvgpr_mov_b32 a29, a161
	v_accvgpr_mov_b32 a30, a162
	v_accvgpr_mov_b32 a31, a163
	v_mov_b64_e32 v[62:63], v[72:73]
	v_mov_b64_e32 v[64:65], v[74:75]
	v_mov_b64_e32 v[66:67], v[76:77]
	v_mov_b64_e32 v[68:69], v[78:79]
	v_mov_b64_e32 v[70:71], v[80:81]
	v_mov_b64_e32 v[72:73], v[82:83]
	v_mov_b64_e32 v[74:75], v[84:85]
	v_mov_b64_e32 v[76:77], v[86:87]
	v_accvgpr_read_b32 v104, a116
	v_accvgpr_read_b32 v105, a117
	v_accvgpr_read_b32 v106, a118
	v_accvgpr_read_b32 v107, a119
	v_accvgpr_read_b32 v108, a120
	v_accvgpr_read_b32 v109, a121
	v_accvgpr_read_b32 v110, a122
	v_accvgpr_read_b32 v111, a123
	v_accvgpr_read_b32 v112, a124
	v_accvgpr_read_b32 v113, a125
	v_accvgpr_read_b32 v114, a126
	v_accvgpr_read_b32 v115, a127
	v_accvgpr_read_b32 v116, a128
	v_accvgpr_read_b32 v117, a129
	v_accvgpr_read_b32 v118, a130
	v_accvgpr_read_b32 v119, a131
	v_accvgpr_read_b32 v184, a240
	v_accvgpr_read_b32 v185, a241
	v_accvgpr_read_b32 v186, a242
	v_accvgpr_read_b32 v187, a243
	v_accvgpr_read_b32 v188, a244
	v_accvgpr_read_b32 v189, a245
	v_accvgpr_read_b32 v190, a246
	v_accvgpr_read_b32 v191, a247
	v_accvgpr_read_b32 v192, a248
	v_accvgpr_read_b32 v193, a249
	v_accvgpr_read_b32 v194, a250
	v_accvgpr_read_b32 v195, a251
	v_accvgpr_read_b32 v196, a252
	v_accvgpr_read_b32 v197, a253
	v_accvgpr_read_b32 v198, a254
	v_accvgpr_read_b32 v199, a255
	v_accvgpr_read_b32 v136, a224
	v_accvgpr_read_b32 v137, a225
	v_accvgpr_read_b32 v138, a226
	v_accvgpr_read_b32 v139, a227
	v_accvgpr_read_b32 v140, a228
	v_accvgpr_read_b32 v141, a229
	v_accvgpr_read_b32 v142, a230
	v_accvgpr_read_b32 v143, a231
	v_accvgpr_read_b32 v144, a232
	v_accvgpr_read_b32 v145, a233
	v_accvgpr_read_b32 v146, a234
	v_accvgpr_read_b32 v147, a235
	v_accvgpr_read_b32 v148, a236
	v_accvgpr_read_b32 v149, a237
	v_accvgpr_read_b32 v150, a238
	v_accvgpr_read_b32 v151, a239
	v_accvgpr_read_b32 v238, a97
	v_accvgpr_read_b32 v239, a96
	v_accvgpr_read_b32 v32, a98
	v_accvgpr_read_b32 v33, a99
	s_branch .LBB0_5
.LBB0_4:
	v_mov_b32_e32 v255, 0
	v_mov_b32_e32 v14, v255
	v_mov_b32_e32 v15, v255
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
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	s_movk_i32 s19, 0x2040
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
	v_accvgpr_write_b32 a31, v255
	v_accvgpr_write_b32 a30, v255
	v_accvgpr_write_b32 a29, v255
	v_accvgpr_write_b32 a28, v255
	v_accvgpr_write_b32 a27, v255
	v_accvgpr_write_b32 a26, v255
	v_accvgpr_write_b32 a25, v255
	v_accvgpr_write_b32 a24, v255
	v_accvgpr_write_b32 a23, v255
	v_accvgpr_write_b32 a22, v255
	v_accvgpr_write_b32 a21, v255
	v_accvgpr_write_b32 a20, v255
	v_accvgpr_write_b32 a19, v255
	v_accvgpr_write_b32 a18, v255
	v_accvgpr_write_b32 a17, v255
	v_accvgpr_write_b32 a16, v255
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
	v_accvgpr_write_b32 a147, v255
	v_accvgpr_write_b32 a146, v255
	v_accvgpr_write_b32 a145, v255
	v_accvgpr_write_b32 a144, v255
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
	v_mov_b32_e32 v77, v255
	v_mov_b32_e32 v76, v255
	v_mov_b32_e32 v75, v255
	v_mov_b32_e32 v74, v255
	v_mov_b32_e32 v73, v255
	v_mov_b32_e32 v72, v255
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
	v_mov_b32_e32 v61, v255
	v_mov_b32_e32 v60, v255
	v_mov_b32_e32 v59, v255
	v_mov_b32_e32 v58, v255
	v_mov_b32_e32 v57, v255
	v_mov_b32_e32 v56, v255
	v_mov_b32_e32 v55, v255
	v_mov_b32_e32 v54, v255
	v_mov_b32_e32 v53, v255
	v_mov_b32_e32 v52, v255
	v_mov_b32_e32 v51, v255
	v_mov_b32_e32 v50, v255
	v_mov_b32_e32 v49, v255
	v_mov_b32_e32 v48, v255
	v_mov_b32_e32 v47, v255
	v_mov_b32_e32 v46, v255
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
	v_accvgpr_write_b32 a115, v255
	v_accvgpr_write_b32 a114, v255
	v_accvgpr_write_b32 a113, v255
	v_accvgpr_write_b32 a112, v255
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
	v_accvgpr_write_b32 a95, v255
	v_accvgpr_write_b32 a94, v255
	v_accvgpr_write_b32 a93, v255
	v_accvgpr_write_b32 a92, v255
	v_accvgpr_write_b32 a91, v255
	v_accvgpr_write_b32 a90, v255
	v_accvgpr_write_b32 a89, v255
	v_accvgpr_write_b32 a88, v255
	v_accvgpr_write_b32 a87, v255
	v_accvgpr_write_b32 a86, v255
	v_accvgpr_write_b32 a85, v255
	v_accvgpr_write_b32 a84, v255
	v_accvgpr_write_b32 a83, v255
	v_accvgpr_write_b32 a82, v255
	v_accvgpr_write_b32 a81, v255
	v_accvgpr_write_b32 a80, v255
	v_accvgpr_write_b32 a15, v255
	v_accvgpr_write_b32 a14, v255
	v_accvgpr_write_b32 a13, v255
	v_accvgpr_write_b32 a12, v255
	v_accvgpr_write_b32 a11, v255
	v_accvgpr_write_b32 a10, v255
	v_accvgpr_write_b32 a9, v255
	v_accvgpr_write_b32 a8, v255
	v_accvgpr_write_b32 a7, v255
	v_accvgpr_write_b32 a6, v255
	v_accvgpr_write_b32 a5, v255
	v_accvgpr_write_b32 a4, v255
	v_accvgpr_write_b32 a3, v255
	v_accvgpr_write_b32 a2, v255
	v_accvgpr_write_b32 a1, v255
	v_accvgpr_write_b32 a0, v255
	scratch_store_dwordx4 off, v[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:816 ; 16-byte Folded Spill
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
	scratch_store_dwordx4 off, v[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:880 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:944 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1008 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1072 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1136 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1200 ; 16-byte Folded Spill
.LBB0_5:                                ; %Flow518
	s_load_dword s27, s[4:5], 0x2c
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_cmp_lt_i32 s17, 16
	; wait_asyncmark(0)
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt vmcnt(56) lgkmcnt(0)
	s_barrier
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	scratch_load_dwordx4 a[212:215], off, off offset:1152 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:1168 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:1184 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:1200 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:1088 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:1104 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:1120 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[208:211], off, off offset:1136 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[180:183], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[184:187], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[188:191], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[192:195], off, off offset:1072 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:1008 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[176:179], off, off offset:944 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[240:243], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[244:247], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[248:251], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[252:255], off, off offset:880 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, v[88:91], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[92:95], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[96:99], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[100:103], off offset:48 ; 16-byte Folded Spill
	.loc	1 32 15 is_stmt 1               ; spill.py:32:15
	scratch_load_dwordx4 v[78:81], off, off offset:640 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[82:85], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v32, 0x400, v32
	v_or_b32_e32 v33, v32, v33
	.loc	1 31 13                         ; spill.py:31:13
	s_add_i32 s23, s23, s19
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v34, 0xf0, v232
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v32, 7, v32
	v_add_u32_e32 v35, s23, v33
	v_add3_u32 v35, v35, v34, v32
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v33, s24, v33
	v_add3_u32 v44, v33, v34, v32
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v32, 16, v35
	ds_read2st64_b64 v[36:39], v35 offset1:1
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b64 v[40:43], v44 offset1:32
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2st64_b64 v[32:35], v32 offset0:4 offset1:5
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[36:37], v[40:41], v[0:15]
	scratch_load_dwordx4 v[120:123], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[124:127], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[128:131], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[132:135], off, off offset:368 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[38:39], v[40:41], a[0:15]
	s_waitcnt vmcnt(32) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[212:227], v[32:33], v[40:41], a[212:227]
	s_waitcnt vmcnt(28)
	v_mfma_f32_32x32x16_fp8_fp8 a[196:211], v[34:35], v[40:41], a[196:211]
	s_waitcnt vmcnt(24)
	v_mfma_f32_32x32x16_fp8_fp8 a[180:195], v[36:37], v[42:43], a[180:195]
	s_waitcnt vmcnt(20)
	v_mfma_f32_32x32x16_fp8_fp8 a[148:163], v[38:39], v[42:43], a[148:163]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x16_fp8_fp8 a[164:179], v[32:33], v[42:43], a[164:179]
	s_waitcnt vmcnt(12)
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[34:35], v[42:43], a[240:255]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b64 v[40:43], v44 offset0:64 offset1:96
	v_add_u32_e32 v44, 0x800, v44
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(4) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[36:37], v[40:41], v[78:93]
	s_nop 11
	scratch_store_dwordx4 off, v[78:81], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:688 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[78:81], off, off offset:576 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[82:85], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x16_fp8_fp8 v[120:135], v[32:33], v[42:43], v[120:135]
	s_nop 11
	scratch_store_dwordx4 off, v[120:123], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[124:127], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[128:131], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[132:135], off offset:368 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[34:35], v[42:43], a[80:95]
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[38:39], v[40:41], v[78:93]
	s_nop 11
	scratch_store_dwordx4 off, v[78:81], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:624 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[78:81], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[82:85], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[32:33], v[40:41], v[78:93]
	s_nop 11
	scratch_store_dwordx4 off, v[78:81], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[78:81], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[82:85], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[34:35], v[40:41], v[78:93]
	s_nop 11
	scratch_store_dwordx4 off, v[78:81], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[78:81], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[82:85], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[36:37], v[42:43], v[78:93]
	s_nop 11
	scratch_store_dwordx4 off, v[78:81], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:432 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v78, a132
	v_accvgpr_read_b32 v79, a133
	v_accvgpr_read_b32 v80, a134
	v_accvgpr_read_b32 v81, a135
	v_accvgpr_read_b32 v82, a136
	v_accvgpr_read_b32 v83, a137
	v_accvgpr_read_b32 v84, a138
	v_accvgpr_read_b32 v85, a139
	v_accvgpr_read_b32 v86, a140
	v_accvgpr_read_b32 v87, a141
	v_accvgpr_read_b32 v88, a142
	v_accvgpr_read_b32 v89, a143
	v_accvgpr_read_b32 v90, a144
	v_accvgpr_read_b32 v91, a145
	v_accvgpr_read_b32 v92, a146
	v_accvgpr_read_b32 v93, a147
	scratch_load_dwordx4 a[128:131], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[38:39], v[42:43], a[128:143]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b64 v[40:43], v44 offset0:2 offset1:34
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[100:115], v[36:37], v[40:41], a[100:115]
	v_mfma_f32_32x32x16_fp8_fp8 v[168:183], v[38:39], v[40:41], v[168:183]
	s_nop 10
	v_accvgpr_mov_b32 a96, a100
	v_accvgpr_mov_b32 a97, a101
	v_accvgpr_mov_b32 a98, a102
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[32:33], v[40:41], a[64:79]
	v_accvgpr_mov_b32 a99, a103
	v_accvgpr_mov_b32 a100, a104
	v_accvgpr_mov_b32 a101, a105
	v_accvgpr_mov_b32 a102, a106
	v_accvgpr_mov_b32 a103, a107
	v_accvgpr_mov_b32 a104, a108
	v_accvgpr_mov_b32 a105, a109
	v_mfma_f32_32x32x16_fp8_fp8 v[152:167], v[34:35], v[40:41], v[152:167]
	v_accvgpr_mov_b32 a106, a110
	v_accvgpr_mov_b32 a107, a111
	v_accvgpr_mov_b32 a108, a112
	v_accvgpr_mov_b32 a109, a113
	v_accvgpr_mov_b32 a110, a114
	v_accvgpr_mov_b32 a111, a115
	v_mov_b64_e32 v[16:17], v[168:169]
	v_mfma_f32_32x32x16_fp8_fp8 v[136:151], v[36:37], v[42:43], v[136:151]
	v_mov_b64_e32 v[18:19], v[170:171]
	v_mov_b64_e32 v[20:21], v[172:173]
	v_mov_b64_e32 v[22:23], v[174:175]
	v_mov_b64_e32 v[24:25], v[176:177]
	v_mov_b64_e32 v[236:237], v[166:167]
	v_mov_b64_e32 v[234:235], v[164:165]
	v_mov_b64_e32 v[232:233], v[162:163]
	v_mfma_f32_32x32x16_fp8_fp8 v[184:199], v[38:39], v[42:43], v[184:199]
	v_mov_b64_e32 v[230:231], v[160:161]
	v_mov_b64_e32 v[228:229], v[158:159]
	v_mov_b64_e32 v[226:227], v[156:157]
	v_mov_b64_e32 v[224:225], v[154:155]
	v_mov_b64_e32 v[220:221], v[150:151]
	v_mov_b64_e32 v[218:219], v[148:149]
	v_mov_b64_e32 v[216:217], v[146:147]
	v_mfma_f32_32x32x16_fp8_fp8 v[46:61], v[32:33], v[42:43], v[46:61]
	v_mov_b64_e32 v[214:215], v[144:145]
	v_mov_b64_e32 v[212:213], v[142:143]
	v_mov_b64_e32 v[210:211], v[140:141]
	v_mov_b64_e32 v[208:209], v[138:139]
	v_mov_b64_e32 v[206:207], v[136:137]
	v_mov_b64_e32 v[222:223], v[152:153]
	v_mov_b64_e32 v[26:27], v[178:179]
	v_mfma_f32_32x32x16_fp8_fp8 v[104:119], v[34:35], v[42:43], v[104:119]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b64 v[40:43], v44 offset0:66 offset1:98
	v_mov_b64_e32 v[28:29], v[180:181]
	v_mov_b64_e32 v[30:31], v[182:183]
	v_mov_b64_e32 v[204:205], v[198:199]
	v_mov_b64_e32 v[202:203], v[196:197]
	v_mov_b64_e32 v[200:201], v[194:195]
	v_mov_b64_e32 v[198:199], v[192:193]
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[38:39], v[40:41], v[78:93]
	v_mov_b64_e32 v[196:197], v[190:191]
	v_mov_b64_e32 v[194:195], v[188:189]
	v_mov_b64_e32 v[192:193], v[186:187]
	v_mov_b64_e32 v[190:191], v[184:185]
	v_accvgpr_write_b32 a127, v119
	v_accvgpr_write_b32 a126, v118
	v_accvgpr_write_b32 a125, v117
	v_mfma_f32_32x32x16_fp8_fp8 v[62:77], v[36:37], v[40:41], v[62:77]
	v_accvgpr_write_b32 a124, v116
	v_accvgpr_write_b32 a123, v115
	v_accvgpr_write_b32 a122, v114
	v_accvgpr_write_b32 a121, v113
	v_mov_b64_e32 v[140:141], v[92:93]
	v_mov_b64_e32 v[138:139], v[90:91]
	v_mov_b64_e32 v[136:137], v[88:89]
	v_mov_b64_e32 v[134:135], v[86:87]
	v_mov_b64_e32 v[132:133], v[84:85]
	v_mov_b64_e32 v[130:131], v[82:83]
	v_mov_b64_e32 v[128:129], v[80:81]
	v_mov_b64_e32 v[126:127], v[78:79]
	scratch_load_dwordx4 v[78:81], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[32:33], v[42:43], v[78:93]
	v_mov_b64_e32 v[156:157], v[76:77]
	v_mov_b64_e32 v[154:155], v[74:75]
	v_mov_b64_e32 v[152:153], v[72:73]
	v_mov_b64_e32 v[150:151], v[70:71]
	v_mov_b64_e32 v[148:149], v[68:69]
	v_mov_b64_e32 v[146:147], v[66:67]
	v_mov_b64_e32 v[144:145], v[64:65]
	v_mov_b64_e32 v[142:143], v[62:63]
	scratch_load_dwordx4 v[62:65], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[66:69], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[70:73], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:752 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, v[78:81], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[82:85], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[88:91], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[92:95], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[96:99], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[100:103], off, off offset:48 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[36:37], v[42:43], a[16:31]
	v_accvgpr_write_b32 a120, v112
	v_accvgpr_write_b32 a119, v111
	v_accvgpr_write_b32 a118, v110
	v_accvgpr_write_b32 a117, v109
	v_accvgpr_write_b32 a116, v108
	v_accvgpr_write_b32 a115, v107
	v_accvgpr_write_b32 a114, v106
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x16_fp8_fp8 v[62:77], v[38:39], v[42:43], v[62:77]
	v_accvgpr_write_b32 a113, v105
	v_accvgpr_write_b32 a112, v104
	v_mov_b64_e32 v[188:189], v[60:61]
	v_mov_b64_e32 v[186:187], v[58:59]
	v_mov_b64_e32 v[184:185], v[56:57]
	v_mov_b64_e32 v[182:183], v[54:55]
	v_mov_b64_e32 v[180:181], v[52:53]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[32:33], v[40:41], a[48:63]
	v_mov_b64_e32 v[178:179], v[50:51]
	v_mov_b64_e32 v[176:177], v[48:49]
	v_mov_b64_e32 v[174:175], v[46:47]
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[34:35], v[40:41], a[32:47]
	v_mfma_f32_32x32x16_fp8_fp8 v[240:255], v[34:35], v[42:43], v[240:255]
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 15 is_stmt 0                ; spill.py:0:15
	v_mov_b64_e32 v[220:221], v[150:151]
	v_mov_b64_e32 v[218:219], v[148:149]
	v_mov_b64_e32 v[216:217], v[146:147]
	v_mov_b64_e32 v[214:215], v[144:145]
	v_mov_b64_e32 v[212:213], v[142:143]
	v_mov_b64_e32 v[210:211], v[140:141]
	v_mov_b64_e32 v[208:209], v[138:139]
	v_mov_b64_e32 v[206:207], v[136:137]
	v_accvgpr_read_b32 v126, a132
	v_accvgpr_read_b32 v127, a133
	v_accvgpr_read_b32 v128, a134
	v_accvgpr_read_b32 v129, a135
	v_accvgpr_read_b32 v130, a136
	v_accvgpr_read_b32 v131, a137
	v_accvgpr_read_b32 v132, a138
	v_accvgpr_read_b32 v133, a139
	v_accvgpr_read_b32 v134, a140
	v_accvgpr_read_b32 v135, a141
	v_accvgpr_read_b32 v136, a142
	v_accvgpr_read_b32 v137, a143
	v_accvgpr_read_b32 v138, a144
	v_accvgpr_read_b32 v139, a145
	v_accvgpr_read_b32 v140, a146
	v_accvgpr_read_b32 v141, a147
	scratch_load_dwordx4 a[128:131], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:816 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[240:243], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[244:247], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[248:251], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[252:255], off, off offset:880 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[176:179], off, off offset:944 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:1008 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[180:183], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[184:187], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[188:191], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[192:195], off, off offset:1072 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:1088 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:1104 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:1120 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[208:211], off, off offset:1136 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:1152 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:1168 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:1184 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:1200 ; 16-byte Folded Reload
	s_waitcnt vmcnt(44)
	v_mov_b64_e32 v[236:237], v[166:167]
	v_mov_b64_e32 v[234:235], v[164:165]
	v_mov_b64_e32 v[232:233], v[162:163]
	v_mov_b64_e32 v[230:231], v[160:161]
	v_mov_b64_e32 v[228:229], v[158:159]
	v_mov_b64_e32 v[226:227], v[156:157]
	v_mov_b64_e32 v[224:225], v[154:155]
	v_mov_b64_e32 v[222:223], v[152:153]
	v_mov_b64_e32 v[156:157], v[76:77]
	v_mov_b64_e32 v[154:155], v[74:75]
	v_mov_b64_e32 v[152:153], v[72:73]
	v_mov_b64_e32 v[150:151], v[70:71]
	v_mov_b64_e32 v[148:149], v[68:69]
	v_mov_b64_e32 v[146:147], v[66:67]
	v_mov_b64_e32 v[144:145], v[64:65]
	v_mov_b64_e32 v[142:143], v[62:63]
	scratch_load_dwordx4 v[62:65], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[66:69], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[70:73], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:752 ; 16-byte Folded Reload
	v_mov_b64_e32 v[204:205], v[198:199]
	v_mov_b64_e32 v[202:203], v[196:197]
	v_mov_b64_e32 v[200:201], v[194:195]
	v_mov_b64_e32 v[198:199], v[192:193]
	v_mov_b64_e32 v[196:197], v[190:191]
	v_mov_b64_e32 v[194:195], v[188:189]
	v_mov_b64_e32 v[192:193], v[186:187]
	v_mov_b64_e32 v[190:191], v[184:185]
	s_waitcnt vmcnt(32)
	v_accvgpr_mov_b32 a96, a100
	v_accvgpr_mov_b32 a97, a101
	v_accvgpr_mov_b32 a98, a102
	v_accvgpr_mov_b32 a99, a103
	v_accvgpr_mov_b32 a100, a104
	v_accvgpr_mov_b32 a101, a105
	v_accvgpr_mov_b32 a102, a106
	v_accvgpr_mov_b32 a103, a107
	v_accvgpr_mov_b32 a104, a108
	v_accvgpr_mov_b32 a105, a109
	v_accvgpr_mov_b32 a106, a110
	v_accvgpr_mov_b32 a107, a111
	v_accvgpr_mov_b32 a108, a112
	v_accvgpr_mov_b32 a109, a113
	v_accvgpr_mov_b32 a110, a114
	v_accvgpr_mov_b32 a111, a115
	v_mov_b64_e32 v[16:17], v[168:169]
	v_mov_b64_e32 v[18:19], v[170:171]
	v_mov_b64_e32 v[20:21], v[172:173]
	v_mov_b64_e32 v[22:23], v[174:175]
	v_mov_b64_e32 v[24:25], v[176:177]
	v_mov_b64_e32 v[26:27], v[178:179]
	v_mov_b64_e32 v[28:29], v[180:181]
	v_mov_b64_e32 v[30:31], v[182:183]
	v_accvgpr_write_b32 a127, v119
	v_accvgpr_write_b32 a126, v118
	v_accvgpr_write_b32 a125, v117
	v_accvgpr_write_b32 a124, v116
	v_accvgpr_write_b32 a123, v115
	v_accvgpr_write_b32 a122, v114
	v_accvgpr_write_b32 a121, v113
	v_accvgpr_write_b32 a120, v112
	v_accvgpr_write_b32 a119, v111
	v_accvgpr_write_b32 a118, v110
	v_accvgpr_write_b32 a117, v109
	v_accvgpr_write_b32 a116, v108
	v_accvgpr_write_b32 a115, v107
	v_accvgpr_write_b32 a114, v106
	v_accvgpr_write_b32 a113, v105
	v_accvgpr_write_b32 a112, v104
	v_mov_b64_e32 v[188:189], v[60:61]
	v_mov_b64_e32 v[186:187], v[58:59]
	v_mov_b64_e32 v[184:185], v[56:57]
	v_mov_b64_e32 v[182:183], v[54:55]
	v_mov_b64_e32 v[180:181], v[52:53]
	v_mov_b64_e32 v[178:179], v[50:51]
	v_mov_b64_e32 v[176:177], v[48:49]
	v_mov_b64_e32 v[174:175], v[46:47]
.LBB0_8:                                ; %._crit_edge._crit_edge
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_lshrrev_b32_e32 v32, 3, v239
	v_lshl_or_b32 v32, s22, 5, v32
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v33, s21, v32
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v34, 16, v32
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s20, v33
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v33, s21, v34
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e32 vcc, s20, v33
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v33, 31, v238
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s2, s27, s16
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v36, s16, v33
	.loc	1 35 14                         ; spill.py:35:14
	v_mul_lo_u32 v33, s27, v33
	s_add_i32 s2, s2, s21
	v_add_u32_e32 v35, s2, v33
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[18:19], s26, v36
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v37, v35, v32, 2
	v_bfrev_b32_e32 v33, 1
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], s[18:19], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v37, v33, v37, s[2:3]
	buffer_store_dwordx4 v[0:3], v37, s[12:15], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	s_nop 1
	v_or_b32_e32 v1, 8, v32
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v0, v35, v1, 2
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	buffer_store_dwordx4 v[4:7], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v35, v34, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v2, 24, v32
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[8:11], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v35, v2, 2
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v4, 64, v32
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[12:15], v0, s[12:15], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v0, s21, v4
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[4:5], s20, v0
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v0, 0x50, v32
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v3, s21, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[2:3], s20, v3
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v3, v35, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], s[18:19], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v5, 0x48, v32
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[0:3], v3, s[12:15], 0 offen
	v_add_lshl_u32 v3, v35, v5, 2
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	buffer_store_dwordx4 a[4:7], v3, s[12:15], 0 offen
	v_add_lshl_u32 v3, v35, v0, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[6:7], s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v6, 0x58, v32
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[8:11], v3, s[12:15], 0 offen
	v_add_lshl_u32 v3, v35, v6, 2
	v_cndmask_b32_e64 v3, v33, v3, s[6:7]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v8, 0x80, v32
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[12:15], v3, s[12:15], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v3, s21, v8
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[8:9], s20, v3
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v3, 0x90, v32
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v7, s21, v3
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[6:7], s20, v7
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v7, v35, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[10:11], s[18:19], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v9, 0x88, v32
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(15)
	buffer_store_dwordx4 a[212:215], v7, s[12:15], 0 offen
	v_add_lshl_u32 v7, v35, v9, 2
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	s_waitcnt vmcnt(15)
	buffer_store_dwordx4 a[216:219], v7, s[12:15], 0 offen
	v_add_lshl_u32 v7, v35, v3, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[10:11], s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v10, 0x98, v32
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(15)
	buffer_store_dwordx4 a[220:223], v7, s[12:15], 0 offen
	v_add_lshl_u32 v7, v35, v10, 2
	v_cndmask_b32_e64 v7, v33, v7, s[10:11]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v11, 0xc0, v32
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(15)
	buffer_store_dwordx4 a[224:227], v7, s[12:15], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v7, s21, v11
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[16:17], s20, v7
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v7, 0xd0, v32
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v12, s21, v7
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[10:11], s20, v12
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v12, v35, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v12, v33, v12, s[20:21]
	buffer_store_dwordx4 a[196:199], v12, s[12:15], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v12, 0xc8, v32
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v13, v35, v12, 2
	v_cndmask_b32_e64 v13, v33, v13, s[20:21]
	buffer_store_dwordx4 a[200:203], v13, s[12:15], 0 offen
	v_add_lshl_u32 v13, v35, v7, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[18:19], s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v13, v33, v13, s[18:19]
	buffer_store_dwordx4 a[204:207], v13, s[12:15], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v13, 0xd8, v32
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v14, v35, v13, 2
	v_cndmask_b32_e64 v14, v33, v14, s[18:19]
	buffer_store_dwordx4 a[208:211], v14, s[12:15], 0 offen
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v14, 32, v36
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[18:19], s26, v14
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v14, s27, 5, v35
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[0:1]
	scratch_load_dwordx4 a[224:227], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[180:183], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[184:187], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[188:191], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[192:195], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[4:5]
	scratch_load_dwordx4 a[192:195], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[148:151], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[152:155], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[156:159], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[160:163], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[8:9]
	scratch_load_dwordx4 a[208:211], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[164:167], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[168:171], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[172:175], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[176:179], v15, s[12:15], 0 offen
	scratch_load_dwordx4 a[176:179], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[180:183], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[184:187], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[188:191], off, off offset:496 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[144:147], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:368 ; 16-byte Folded Reload
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[240:243], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[244:247], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[18:19], s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	v_cndmask_b32_e64 v14, v33, v14, s[18:19]
	buffer_store_dwordx4 a[248:251], v15, s[12:15], 0 offen
	buffer_store_dwordx4 a[252:255], v14, s[12:15], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v14, 64, v36
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[18:19], s26, v14
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v14, s27, 6, v35
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(39)
	buffer_store_dwordx4 a[224:227], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(39)
	buffer_store_dwordx4 a[228:231], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(39)
	buffer_store_dwordx4 a[232:235], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(39)
	buffer_store_dwordx4 a[236:239], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(35)
	buffer_store_dwordx4 a[192:195], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(35)
	buffer_store_dwordx4 a[196:199], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(35)
	buffer_store_dwordx4 a[200:203], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(35)
	buffer_store_dwordx4 a[204:207], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[208:211], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[212:215], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[216:219], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[220:223], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[176:179], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[180:183], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[18:19], s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	v_cndmask_b32_e64 v14, v33, v14, s[18:19]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[184:187], v15, s[12:15], 0 offen
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[188:191], v14, s[12:15], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v14, 0x60, v36
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s20, s27, 0x60
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[18:19], s26, v14
	.loc	1 35 14                         ; spill.py:35:14
	v_add_u32_e32 v14, s20, v35
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[160:163], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[164:167], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[168:171], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 a[172:175], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[128:131], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[132:135], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[136:139], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[140:143], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[144:147], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[148:151], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[152:155], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	s_waitcnt vmcnt(31)
	buffer_store_dwordx4 a[156:159], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[18:19], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[80:83], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[20:21]
	buffer_store_dwordx4 a[84:87], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[18:19], s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	v_cndmask_b32_e64 v14, v33, v14, s[18:19]
	buffer_store_dwordx4 a[88:91], v15, s[12:15], 0 offen
	buffer_store_dwordx4 a[92:95], v14, s[12:15], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v14, 0x80, v36
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[24:25], s26, v14
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v14, s27, 7, v35
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v15, v14, v32, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[18:19], s[24:25], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 a[96:99], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v1, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 a[100:103], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[18:19], s[24:25], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 a[104:107], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v2, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 a[108:111], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[18:19], s[24:25], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 v[16:19], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v5, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 v[20:23], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[18:19], s[24:25], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 v[24:27], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v6, 2
	v_cndmask_b32_e64 v15, v33, v15, s[18:19]
	buffer_store_dwordx4 v[28:31], v15, s[12:15], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v15, 0xe0, v36
	v_or_b32_e32 v16, 0xc0, v36
	v_or_b32_e32 v17, 0xa0, v36
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s18, s27, 0xa0
	s_mul_i32 s19, s27, 0xc0
	s_mulk_i32 s27, 0xe0
	v_add_u32_e32 v18, s18, v35
	v_add_u32_e32 v19, s19, v35
	v_add_u32_e32 v20, s27, v35
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[22:23], s26, v17
	v_cmp_gt_i32_e64 s[20:21], s26, v16
	v_cmp_gt_i32_e64 s[18:19], s26, v15
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v15, v14, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[26:27], s[24:25], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[26:27]
	buffer_store_dwordx4 a[64:67], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v9, 2
	v_cndmask_b32_e64 v15, v33, v15, s[26:27]
	buffer_store_dwordx4 a[68:71], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[26:27], s[24:25], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[26:27]
	buffer_store_dwordx4 a[72:75], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v10, 2
	v_cndmask_b32_e64 v15, v33, v15, s[26:27]
	buffer_store_dwordx4 a[76:79], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[26:27], s[24:25], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v33, v15, s[26:27]
	buffer_store_dwordx4 v[222:225], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v12, 2
	v_cndmask_b32_e64 v15, v33, v15, s[26:27]
	buffer_store_dwordx4 v[226:229], v15, s[12:15], 0 offen
	v_add_lshl_u32 v15, v14, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[24:25], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v14, v14, v13, 2
	v_cndmask_b32_e64 v15, v33, v15, s[24:25]
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[230:233], v15, s[12:15], 0 offen
	buffer_store_dwordx4 v[234:237], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v32, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[206:209], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v1, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[210:213], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[214:217], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v2, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[218:221], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[190:193], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v5, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[194:197], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[198:201], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v6, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[202:205], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[174:177], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v9, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[178:181], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[182:185], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v10, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 v[186:189], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[24:25], s[22:23], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 a[112:115], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v12, 2
	v_cndmask_b32_e64 v14, v33, v14, s[24:25]
	buffer_store_dwordx4 a[116:119], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[22:23], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[120:123], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v18, v13, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[124:127], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v32, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[142:145], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v1, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[146:149], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[150:153], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v2, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[154:157], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[126:129], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v5, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[130:133], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[134:137], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v6, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 v[138:141], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[48:51], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v9, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[52:55], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[56:59], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v10, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[60:63], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[22:23], s[20:21], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[32:35], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v12, 2
	v_cndmask_b32_e64 v14, v33, v14, s[22:23]
	buffer_store_dwordx4 a[36:39], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[20:21], s[20:21], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v33, v14, s[20:21]
	buffer_store_dwordx4 a[40:43], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v19, v13, 2
	v_cndmask_b32_e64 v14, v33, v14, s[20:21]
	buffer_store_dwordx4 a[44:47], v14, s[12:15], 0 offen
	v_add_lshl_u32 v14, v20, v32, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], s[18:19], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v1, v20, v1, 2
	v_cndmask_b32_e64 v14, v33, v14, s[0:1]
	v_cndmask_b32_e64 v1, v33, v1, s[0:1]
	buffer_store_dwordx4 a[16:19], v14, s[12:15], 0 offen
	buffer_store_dwordx4 a[20:23], v1, s[12:15], 0 offen
	v_add_lshl_u32 v1, v20, v34, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v1, v33, v1, vcc
	buffer_store_dwordx4 a[24:27], v1, s[12:15], 0 offen
	v_add_lshl_u32 v1, v20, v2, 2
	v_cndmask_b32_e32 v1, v33, v1, vcc
	buffer_store_dwordx4 a[28:31], v1, s[12:15], 0 offen
	v_add_lshl_u32 v1, v20, v4, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v1, v33, v1, vcc
	buffer_store_dwordx4 v[62:65], v1, s[12:15], 0 offen
	v_add_lshl_u32 v1, v20, v5, 2
	v_cndmask_b32_e32 v1, v33, v1, vcc
	v_add_lshl_u32 v0, v20, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[66:69], v1, s[12:15], 0 offen
	buffer_store_dwordx4 v[70:73], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v6, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[74:77], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v8, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[88:91], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v9, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[92:95], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v3, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[96:99], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v10, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[100:103], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v11, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[240:243], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v12, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[244:247], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v7, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[248:251], v0, s[12:15], 0 offen
	v_add_lshl_u32 v0, v20, v13, 2
	v_cndmask_b32_e32 v0, v33, v0, vcc
	buffer_store_dwordx4 v[252:255], v0, s[12:15], 0 offen
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
		.amdhsa_private_segment_fixed_size 1220
		.amdhsa_kernarg_size 320
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 1
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 1
		.amdhsa_user_sgpr_kernarg_preload_length 8
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 2
		.amdhsa_next_free_vgpr 512
		.amdhsa_next_free_sgpr 39
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
	.set .Loversized_tile_fp8_gemm.numbered_sgpr, 39
	.set .Loversized_tile_fp8_gemm.num_named_barrier, 0
	.set .Loversized_tile_fp8_gemm.private_seg_size, 1220
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 15008
; TotalNumSgprs: 45
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 1220
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 63
; NumSGPRsForWavesPerEU: 45
; NumVGPRsForWavesPerEU: 512
; AccumOffset: 256
; Occupancy: 1
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 2
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
      - .offset:         64
        .size:           4
        .value_kind:     hidden_block_count_x
      - .offset:         68
        .size:           4
        .value_kind:     hidden_block_count_y
      - .offset:         72
        .size:           4
        .value_kind:     hidden_block_count_z
      - .offset:         76
        .size:           2
        .value_kind:     hidden_group_size_x
      - .offset:         78
        .size:           2
        .value_kind:     hidden_group_size_y
      - .offset:         80
        .size:           2
        .value_kind:     hidden_group_size_z
      - .offset:         82
        .size:           2
        .value_kind:     hidden_remainder_x
      - .offset:         84
        .size:           2
        .value_kind:     hidden_remainder_y
      - .offset:         86
        .size:           2
        .value_kind:     hidden_remainder_z
      - .offset:         104
        .size:           8
        .value_kind:     hidden_global_offset_x
      - .offset:         112
        .size:           8
        .value_kind:     hidden_global_offset_y
      - .offset:         120
        .size:           8
        .value_kind:     hidden_global_offset_z
      - .offset:         128
        .size:           2
        .value_kind:     hidden_grid_dims
      - .offset:         144
        .size:           8
        .value_kind:     hidden_hostcall_buffer
      - .offset:         152
        .size:           8
        .value_kind:     hidden_multigrid_sync_arg
      - .offset:         160
        .size:           8
        .value_kind:     hidden_heap_v1
      - .offset:         168
        .size:           8
        .value_kind:     hidden_default_queue
      - .offset:         176
        .size:           8
        .value_kind:     hidden_completion_action
      - .offset:         184
        .size:           4
        .value_kind:     hidden_dynamic_lds_size
      - .offset:         264
        .size:           8
        .value_kind:     hidden_queue_ptr
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 320
    .max_flat_workgroup_size: 128
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 1220
    .sgpr_count:     45
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 736
    .wavefront_size: 64
amdhsa.target:   amdgpu9.50-amd-amdhsa-unknown-gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

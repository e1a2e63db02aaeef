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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 31 13 is_stmt 1               ; spill.py:31:13
	v_readfirstlane_b32 s0, v0
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s24, s0, 64
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v1, 63, v0
	s_mov_b64 s[20:21], s[2:3]
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	s_lshl_b32 s26, s16, 8
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v18, s24, v1
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	s_lshl_b32 s27, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ spill.py:29:23 ]
	s_add_i32 s25, s10, 15
.Ltmp3:
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s2, s10, -1
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v2, 0x80, v18
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v3, s26, v18
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_cmp_lt_u32 s2, 0x7ffffff0
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v4, s26, v2
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e32 vcc, s8, v3
	.loc	1 29 5                          ; spill.py:29:5
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v11, s27, v2
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v2, v3, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s8, v4
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	v_bfrev_b32_e32 v236, 1
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[2:3], s[18:19], vcc
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v10, s27, v18
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v5, v4, s11
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v12, v236, v2, s[2:3]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[18:19], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e64 v13, v236, v5, s[2:3]
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[2:3], s9, v10
	.loc	1 30 13                         ; spill.py:30:13
	buffer_load_dwordx4 v[2:5], v12, s[20:23], 0 offen
	buffer_load_dwordx4 v[6:9], v13, s[20:23], 0 offen
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v12, v10, s12
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[14:15], s9, v11
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[16:17], s[18:19], s[2:3]
	s_mov_b64 s[28:29], s[6:7]
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v13, v11, s12
	.loc	1 31 13                         ; spill.py:31:13
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	v_cndmask_b32_e64 v19, v236, v12, s[16:17]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[16:17], s[18:19], s[14:15]
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v20, v236, v13, s[16:17]
	buffer_load_dwordx4 v[10:13], v19, s[4:7], 0 offen
	buffer_load_dwordx4 v[14:17], v20, s[4:7], 0 offen
	.loc	1 30 13                         ; spill.py:30:13
	v_bfe_i32 v19, v0, 3, 1
	s_movk_i32 s6, 0x770
	v_and_b32_e32 v234, 0x88, v19
	v_lshlrev_b32_e32 v18, 4, v18
	v_and_or_b32 v18, v18, s6, v234
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v252, 32, v0
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v237, 0, v18
	v_xor_b32_e32 v18, 8, v18
	v_lshlrev_b32_e32 v82, 4, v0
	v_add_u32_e32 v238, 0, v18
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s25, 32
	v_lshrrev_b32_e32 v235, 2, v252
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v237, v[2:3], v[6:7] offset1:4
	ds_write2st64_b64 v238, v[4:5], v[8:9] offset1:4
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v237, v[10:11], v[14:15] offset0:8 offset1:12
	ds_write2st64_b64 v238, v[12:13], v[16:17] offset0:8 offset1:12
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	s_movk_i32 s7, 0x170
	v_and_or_b32 v2, v82, s7, v234
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s16, s27, s24
	v_xor_b32_e32 v3, v2, v235
	v_add_u32_e32 v2, s16, v1
	v_add_u32_e32 v4, 0x80, v2
	v_mul_lo_u32 v239, s12, v4
	v_mul_lo_u32 v240, s12, v2
	s_add_i32 s12, s26, s24
	v_add_u32_e32 v1, s12, v1
	v_add_u32_e32 v2, 0x80, v1
	v_mul_lo_u32 v254, s11, v2
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v34, v2
	v_mov_b32_e32 v35, v2
	v_mov_b32_e32 v36, v2
	v_mov_b32_e32 v37, v2
	v_mov_b32_e32 v38, v2
	v_mov_b32_e32 v39, v2
	v_mov_b32_e32 v40, v2
	v_mov_b32_e32 v41, v2
	v_mov_b32_e32 v42, v2
	v_mov_b32_e32 v43, v2
	v_mov_b32_e32 v44, v2
	v_mov_b32_e32 v45, v2
	v_mov_b32_e32 v46, v2
	v_mov_b32_e32 v47, v2
	v_mov_b32_e32 v48, v2
	v_mov_b32_e32 v49, v2
	scratch_store_dwordx4 off, v[34:37], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:240 ; 16-byte Folded Spill
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_lshr_b32 s6, s25, 4
	s_lshl3_add_u32 s7, s24, 0
	v_accvgpr_write_b32 a32, v252
	v_accvgpr_write_b32 a33, v82
.Ltmp5:
	.loc	1 29 5                          ; spill.py:29:5
	v_mul_lo_u32 v255, s11, v1
	s_add_i32 s11, s6, -1
	s_mov_b32 s12, 16
	v_add_u32_e32 v1, 0, v3
	v_add_u32_e32 v241, s7, v3
	v_mov_b32_e32 v3, v2
	v_mov_b32_e32 v4, v2
	v_mov_b32_e32 v5, v2
	v_mov_b32_e32 v6, v2
	v_mov_b32_e32 v7, v2
	v_mov_b32_e32 v8, v2
	v_mov_b32_e32 v9, v2
	v_mov_b32_e32 v10, v2
	v_mov_b32_e32 v11, v2
	v_mov_b32_e32 v12, v2
	v_mov_b32_e32 v13, v2
	v_mov_b32_e32 v14, v2
	v_mov_b32_e32 v15, v2
	v_mov_b32_e32 v16, v2
	v_mov_b32_e32 v17, v2
	v_mov_b32_e32 v170, v2
	v_mov_b32_e32 v190, v2
	v_mov_b32_e32 v191, v2
	v_mov_b32_e32 v192, v2
	v_mov_b32_e32 v193, v2
	v_mov_b32_e32 v194, v2
	v_mov_b32_e32 v195, v2
	v_mov_b32_e32 v196, v2
	v_mov_b32_e32 v197, v2
	v_mov_b32_e32 v198, v2
	v_mov_b32_e32 v199, v2
	v_mov_b32_e32 v200, v2
	v_mov_b32_e32 v201, v2
	v_mov_b32_e32 v202, v2
	v_mov_b32_e32 v203, v2
	v_mov_b32_e32 v204, v2
	v_mov_b32_e32 v205, v2
	v_mov_b32_e32 v206, v2
	v_mov_b32_e32 v207, v2
	v_mov_b32_e32 v208, v2
	v_mov_b32_e32 v209, v2
	v_mov_b32_e32 v210, v2
	v_mov_b32_e32 v211, v2
	v_mov_b32_e32 v212, v2
	v_mov_b32_e32 v213, v2
	v_mov_b32_e32 v214, v2
	v_mov_b32_e32 v215, v2
	v_mov_b32_e32 v216, v2
	v_mov_b32_e32 v217, v2
	v_mov_b32_e32 v218, v2
	v_mov_b32_e32 v219, v2
	v_mov_b32_e32 v220, v2
	v_mov_b32_e32 v221, v2
	v_mov_b32_e32 v222, v2
	v_mov_b32_e32 v223, v2
	v_mov_b32_e32 v224, v2
	v_mov_b32_e32 v225, v2
	v_mov_b32_e32 v226, v2
	v_mov_b32_e32 v227, v2
	v_mov_b32_e32 v228, v2
	v_mov_b32_e32 v229, v2
	v_mov_b32_e32 v230, v2
	v_mov_b32_e32 v231, v2
	v_mov_b32_e32 v232, v2
	v_mov_b32_e32 v233, v2
	v_mov_b32_e32 v18, v2
	v_mov_b32_e32 v19, v2
	v_mov_b32_e32 v20, v2
	v_mov_b32_e32 v21, v2
	v_mov_b32_e32 v22, v2
	v_mov_b32_e32 v23, v2
	v_mov_b32_e32 v24, v2
	v_mov_b32_e32 v25, v2
	v_mov_b32_e32 v26, v2
	v_mov_b32_e32 v27, v2
	v_mov_b32_e32 v28, v2
	v_mov_b32_e32 v29, v2
	v_mov_b32_e32 v30, v2
	v_mov_b32_e32 v31, v2
	v_mov_b32_e32 v32, v2
	v_mov_b32_e32 v33, v2
	v_mov_b32_e32 v50, v2
	v_mov_b32_e32 v51, v2
	v_mov_b32_e32 v52, v2
	v_mov_b32_e32 v53, v2
	v_mov_b32_e32 v54, v2
	v_mov_b32_e32 v55, v2
	v_mov_b32_e32 v56, v2
	v_mov_b32_e32 v57, v2
	v_mov_b32_e32 v58, v2
	v_mov_b32_e32 v59, v2
	v_mov_b32_e32 v60, v2
	v_mov_b32_e32 v61, v2
	v_mov_b32_e32 v62, v2
	v_mov_b32_e32 v63, v2
	v_mov_b32_e32 v64, v2
	v_mov_b32_e32 v65, v2
	v_accvgpr_write_b32 a191, v49
	v_accvgpr_write_b32 a190, v48
	v_accvgpr_write_b32 a189, v47
	v_accvgpr_write_b32 a188, v46
	v_accvgpr_write_b32 a187, v45
	v_accvgpr_write_b32 a186, v44
	v_accvgpr_write_b32 a185, v43
	v_accvgpr_write_b32 a184, v42
	v_accvgpr_write_b32 a183, v41
	v_accvgpr_write_b32 a182, v40
	v_accvgpr_write_b32 a181, v39
	v_accvgpr_write_b32 a175, v49
	v_accvgpr_write_b32 a174, v48
	v_accvgpr_write_b32 a173, v47
	v_accvgpr_write_b32 a172, v46
	v_accvgpr_write_b32 a171, v45
	v_accvgpr_write_b32 a180, v38
	v_accvgpr_write_b32 a170, v44
	v_accvgpr_write_b32 a169, v43
	v_accvgpr_write_b32 a168, v42
	v_accvgpr_write_b32 a167, v41
	v_accvgpr_write_b32 a166, v40
	v_accvgpr_write_b32 a165, v39
	v_accvgpr_write_b32 a164, v38
	v_accvgpr_write_b32 a159, v49
	v_accvgpr_write_b32 a158, v48
	v_accvgpr_write_b32 a179, v37
	v_accvgpr_write_b32 a163, v37
	v_accvgpr_write_b32 a157, v47
	v_accvgpr_write_b32 a156, v46
	v_accvgpr_write_b32 a155, v45
	v_accvgpr_write_b32 a154, v44
	v_accvgpr_write_b32 a153, v43
	v_accvgpr_write_b32 a152, v42
	v_accvgpr_write_b32 a151, v41
	v_accvgpr_write_b32 a150, v40
	v_accvgpr_write_b32 a178, v36
	v_accvgpr_write_b32 a162, v36
	v_accvgpr_write_b32 a149, v39
	v_accvgpr_write_b32 a148, v38
	v_accvgpr_write_b32 a147, v37
	v_accvgpr_write_b32 a146, v36
	v_accvgpr_write_b32 a143, v49
	v_accvgpr_write_b32 a142, v48
	v_accvgpr_write_b32 a141, v47
	v_accvgpr_write_b32 a140, v46
	v_accvgpr_write_b32 a177, v35
	v_accvgpr_write_b32 a161, v35
	v_accvgpr_write_b32 a145, v35
	v_accvgpr_write_b32 a139, v45
	v_accvgpr_write_b32 a138, v44
	v_accvgpr_write_b32 a137, v43
	v_accvgpr_write_b32 a136, v42
	v_accvgpr_write_b32 a135, v41
	v_accvgpr_write_b32 a134, v40
	v_accvgpr_write_b32 a133, v39
	v_accvgpr_write_b32 a176, v34
	v_accvgpr_write_b32 a160, v34
	v_accvgpr_write_b32 a144, v34
	v_accvgpr_write_b32 a132, v38
	v_accvgpr_write_b32 a131, v37
	v_accvgpr_write_b32 a130, v36
	v_accvgpr_write_b32 a129, v35
	v_accvgpr_write_b32 a128, v34
	v_accvgpr_write_b32 a111, v49
	v_mov_b32_e32 v171, v2
	v_mov_b32_e32 v172, v2
	v_mov_b32_e32 v173, v2
	v_mov_b32_e32 v174, v2
	v_mov_b32_e32 v175, v2
	v_mov_b32_e32 v176, v2
	v_mov_b32_e32 v177, v2
	v_mov_b32_e32 v178, v2
	v_mov_b32_e32 v179, v2
	v_mov_b32_e32 v180, v2
	v_mov_b32_e32 v181, v2
	v_mov_b32_e32 v182, v2
	v_mov_b32_e32 v183, v2
	v_mov_b32_e32 v184, v2
	v_mov_b32_e32 v185, v2
	v_mov_b32_e32 v186, v2
	v_mov_b32_e32 v187, v2
	v_mov_b32_e32 v188, v2
	v_mov_b32_e32 v189, v2
	v_accvgpr_write_b32 a110, v48
	v_accvgpr_write_b32 a109, v47
	v_accvgpr_write_b32 a108, v46
	v_accvgpr_write_b32 a107, v45
	v_accvgpr_write_b32 a106, v44
	v_accvgpr_write_b32 a105, v43
	v_accvgpr_write_b32 a104, v42
	v_accvgpr_write_b32 a103, v41
	v_accvgpr_write_b32 a102, v40
	v_accvgpr_write_b32 a101, v39
	v_accvgpr_write_b32 a100, v38
	v_accvgpr_write_b32 a99, v37
	v_accvgpr_write_b32 a98, v36
	v_accvgpr_write_b32 a97, v35
	v_accvgpr_write_b32 a96, v34
	v_accvgpr_write_b32 a95, v49
	v_accvgpr_write_b32 a94, v48
	v_accvgpr_write_b32 a93, v47
	v_accvgpr_write_b32 a92, v46
	v_accvgpr_write_b32 a91, v45
	v_accvgpr_write_b32 a90, v44
	v_accvgpr_write_b32 a89, v43
	v_accvgpr_write_b32 a88, v42
	v_accvgpr_write_b32 a87, v41
	v_accvgpr_write_b32 a86, v40
	v_accvgpr_write_b32 a85, v39
	v_accvgpr_write_b32 a84, v38
	v_accvgpr_write_b32 a83, v37
	v_accvgpr_write_b32 a82, v36
	v_accvgpr_write_b32 a81, v35
	v_accvgpr_write_b32 a80, v34
	v_accvgpr_write_b32 a34, v34
	v_accvgpr_write_b32 a35, v35
	v_accvgpr_write_b32 a36, v36
	v_accvgpr_write_b32 a37, v37
	v_accvgpr_write_b32 a38, v38
	v_accvgpr_write_b32 a39, v39
	v_accvgpr_write_b32 a40, v40
	v_accvgpr_write_b32 a41, v41
	v_accvgpr_write_b32 a42, v42
	v_accvgpr_write_b32 a43, v43
	v_accvgpr_write_b32 a44, v44
	v_accvgpr_write_b32 a45, v45
	v_accvgpr_write_b32 a46, v46
	v_accvgpr_write_b32 a47, v47
	v_accvgpr_write_b32 a48, v48
	v_accvgpr_write_b32 a49, v49
	v_accvgpr_write_b32 a79, v49
	v_accvgpr_write_b32 a78, v48
	v_accvgpr_write_b32 a77, v47
	v_accvgpr_write_b32 a76, v46
	v_accvgpr_write_b32 a75, v45
	v_accvgpr_write_b32 a74, v44
	v_accvgpr_write_b32 a73, v43
	v_accvgpr_write_b32 a72, v42
	v_accvgpr_write_b32 a71, v41
	v_accvgpr_write_b32 a70, v40
	v_accvgpr_write_b32 a69, v39
	v_accvgpr_write_b32 a68, v38
	v_accvgpr_write_b32 a67, v37
	v_accvgpr_write_b32 a66, v36
	v_accvgpr_write_b32 a65, v35
	v_accvgpr_write_b32 a64, v34
	v_accvgpr_write_b32 a127, v49
	v_accvgpr_write_b32 a126, v48
	v_accvgpr_write_b32 a125, v47
	v_accvgpr_write_b32 a124, v46
	v_accvgpr_write_b32 a123, v45
	v_accvgpr_write_b32 a122, v44
	v_accvgpr_write_b32 a121, v43
	v_accvgpr_write_b32 a120, v42
	v_accvgpr_write_b32 a119, v41
	v_accvgpr_write_b32 a118, v40
	v_accvgpr_write_b32 a117, v39
	v_accvgpr_write_b32 a116, v38
	v_accvgpr_write_b32 a115, v37
	v_accvgpr_write_b32 a114, v36
	v_accvgpr_write_b32 a113, v35
	v_accvgpr_write_b32 a112, v34
	v_accvgpr_write_b32 a255, v49
	v_accvgpr_write_b32 a254, v48
	v_accvgpr_write_b32 a253, v47
	v_accvgpr_write_b32 a252, v46
	v_accvgpr_write_b32 a251, v45
	v_accvgpr_write_b32 a250, v44
	v_accvgpr_write_b32 a249, v43
	v_accvgpr_write_b32 a248, v42
	v_accvgpr_write_b32 a247, v41
	v_accvgpr_write_b32 a246, v40
	v_accvgpr_write_b32 a245, v39
	v_accvgpr_write_b32 a244, v38
	v_accvgpr_write_b32 a243, v37
	v_accvgpr_write_b32 a242, v36
	v_accvgpr_write_b32 a241, v35
	v_accvgpr_write_b32 a240, v34
	v_accvgpr_write_b32 a0, v2
	v_accvgpr_write_b32 a1, v2
	v_accvgpr_write_b32 a2, v2
	v_accvgpr_write_b32 a3, v2
	v_accvgpr_write_b32 a4, v2
	v_accvgpr_write_b32 a5, v2
	v_accvgpr_write_b32 a6, v2
	v_accvgpr_write_b32 a7, v2
	v_accvgpr_write_b32 a8, v2
	v_accvgpr_write_b32 a9, v2
	v_accvgpr_write_b32 a10, v2
	v_accvgpr_write_b32 a11, v2
	v_accvgpr_write_b32 a12, v2
	v_accvgpr_write_b32 a13, v2
	v_accvgpr_write_b32 a14, v2
	v_accvgpr_write_b32 a15, v2
	v_accvgpr_write_b32 a16, v2
	v_accvgpr_write_b32 a17, v2
	v_accvgpr_write_b32 a18, v2
	v_accvgpr_write_b32 a19, v2
	v_accvgpr_write_b32 a20, v2
	v_accvgpr_write_b32 a21, v2
	v_accvgpr_write_b32 a22, v2
	v_accvgpr_write_b32 a23, v2
	v_accvgpr_write_b32 a24, v2
	v_accvgpr_write_b32 a25, v2
	v_accvgpr_write_b32 a26, v2
	v_accvgpr_write_b32 a27, v2
	v_accvgpr_write_b32 a28, v2
	v_accvgpr_write_b32 a29, v2
	v_accvgpr_write_b32 a30, v2
	v_accvgpr_write_b32 a31, v2
	v_accvgpr_write_b32 a224, v2
	v_accvgpr_write_b32 a225, v2
	v_accvgpr_write_b32 a226, v2
	v_accvgpr_write_b32 a227, v2
	v_accvgpr_write_b32 a228, v2
	v_accvgpr_write_b32 a229, v2
	v_accvgpr_write_b32 a230, v2
	v_accvgpr_write_b32 a231, v2
	v_accvgpr_write_b32 a232, v2
	v_accvgpr_write_b32 a233, v2
	v_accvgpr_write_b32 a234, v2
	v_accvgpr_write_b32 a235, v2
	v_accvgpr_write_b32 a236, v2
	v_accvgpr_write_b32 a237, v2
	v_accvgpr_write_b32 a238, v2
	v_accvgpr_write_b32 a239, v2
	v_accvgpr_write_b32 a208, v2
	v_accvgpr_write_b32 a209, v2
	v_accvgpr_write_b32 a210, v2
	v_accvgpr_write_b32 a211, v2
	v_accvgpr_write_b32 a212, v2
	v_accvgpr_write_b32 a213, v2
	v_accvgpr_write_b32 a214, v2
	v_accvgpr_write_b32 a215, v2
	v_accvgpr_write_b32 a216, v2
	v_accvgpr_write_b32 a217, v2
	v_accvgpr_write_b32 a218, v2
	v_accvgpr_write_b32 a219, v2
	v_accvgpr_write_b32 a220, v2
	v_accvgpr_write_b32 a221, v2
	v_accvgpr_write_b32 a222, v2
	v_accvgpr_write_b32 a223, v2
	v_accvgpr_write_b32 a192, v2
	v_accvgpr_write_b32 a193, v2
	v_accvgpr_write_b32 a194, v2
	v_accvgpr_write_b32 a195, v2
	v_accvgpr_write_b32 a196, v2
	v_accvgpr_write_b32 a197, v2
	v_accvgpr_write_b32 a198, v2
	v_accvgpr_write_b32 a199, v2
	v_accvgpr_write_b32 a200, v2
	v_accvgpr_write_b32 a201, v2
	v_accvgpr_write_b32 a202, v2
	v_accvgpr_write_b32 a203, v2
	v_accvgpr_write_b32 a204, v2
	v_accvgpr_write_b32 a205, v2
	v_accvgpr_write_b32 a206, v2
	v_accvgpr_write_b32 a207, v2
	v_mov_b32_e32 v138, v2
	v_mov_b32_e32 v139, v2
	v_mov_b32_e32 v140, v2
	v_mov_b32_e32 v141, v2
	v_mov_b32_e32 v142, v2
	v_mov_b32_e32 v143, v2
	v_mov_b32_e32 v144, v2
	v_mov_b32_e32 v145, v2
	v_mov_b32_e32 v146, v2
	v_mov_b32_e32 v147, v2
	v_mov_b32_e32 v148, v2
	v_mov_b32_e32 v149, v2
	v_mov_b32_e32 v150, v2
	v_mov_b32_e32 v151, v2
	v_mov_b32_e32 v152, v2
	v_mov_b32_e32 v153, v2
	v_mov_b32_e32 v122, v2
	v_mov_b32_e32 v123, v2
	v_mov_b32_e32 v124, v2
	v_mov_b32_e32 v125, v2
	v_mov_b32_e32 v126, v2
	v_mov_b32_e32 v127, v2
	v_mov_b32_e32 v128, v2
	v_mov_b32_e32 v129, v2
	v_mov_b32_e32 v130, v2
	v_mov_b32_e32 v131, v2
	v_mov_b32_e32 v132, v2
	v_mov_b32_e32 v133, v2
	v_mov_b32_e32 v134, v2
	v_mov_b32_e32 v135, v2
	v_mov_b32_e32 v136, v2
	v_mov_b32_e32 v137, v2
	v_mov_b32_e32 v106, v2
	v_mov_b32_e32 v107, v2
	v_mov_b32_e32 v108, v2
	v_mov_b32_e32 v109, v2
	v_mov_b32_e32 v110, v2
	v_mov_b32_e32 v111, v2
	v_mov_b32_e32 v112, v2
	v_mov_b32_e32 v113, v2
	v_mov_b32_e32 v114, v2
	v_mov_b32_e32 v115, v2
	v_mov_b32_e32 v116, v2
	v_mov_b32_e32 v117, v2
	v_mov_b32_e32 v118, v2
	v_mov_b32_e32 v119, v2
	v_mov_b32_e32 v120, v2
	v_mov_b32_e32 v121, v2
	v_mov_b32_e32 v90, v2
	v_mov_b32_e32 v91, v2
	v_mov_b32_e32 v92, v2
	v_mov_b32_e32 v93, v2
	v_mov_b32_e32 v94, v2
	v_mov_b32_e32 v95, v2
	v_mov_b32_e32 v96, v2
	v_mov_b32_e32 v97, v2
	v_mov_b32_e32 v98, v2
	v_mov_b32_e32 v99, v2
	v_mov_b32_e32 v100, v2
	v_mov_b32_e32 v101, v2
	v_mov_b32_e32 v102, v2
	v_mov_b32_e32 v103, v2
	v_mov_b32_e32 v104, v2
	v_mov_b32_e32 v105, v2
	v_mov_b32_e32 v74, v2
	v_mov_b32_e32 v75, v2
	v_mov_b32_e32 v76, v2
	v_mov_b32_e32 v77, v2
	v_mov_b32_e32 v78, v2
	v_mov_b32_e32 v79, v2
	v_mov_b32_e32 v80, v2
	v_mov_b32_e32 v81, v2
	v_mov_b32_e32 v82, v2
	v_mov_b32_e32 v83, v2
	v_mov_b32_e32 v84, v2
	v_mov_b32_e32 v85, v2
	v_mov_b32_e32 v86, v2
	v_mov_b32_e32 v87, v2
	v_mov_b32_e32 v88, v2
	v_mov_b32_e32 v89, v2
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 59                         ; spill.py:30:59
	s_cmp_gt_i32 s10, s12
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[6:7], vcc, s[18:19]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_add_u32_e32 v66, s12, v255
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[16:17], s[0:1], s[18:19]
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	v_cndmask_b32_e64 v66, v236, v66, s[6:7]
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_add_u32_e32 v67, s12, v254
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v67, v236, v67, s[16:17]
	buffer_load_dwordx4 v[242:245], v66, s[20:23], 0 offen
	buffer_load_dwordx4 v[246:249], v67, s[20:23], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[154:157], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[158:161], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[162:165], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2st64_b64 v[250:253], v241 offset0:12 offset1:14
	ds_read2st64_b64 v[66:69], v241 offset0:8 offset1:10
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset1:1
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[2:17], v[66:67], v[70:71], v[2:17]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[16:17], s[2:3], s[18:19]
	s_and_b64 s[18:19], s[14:15], s[18:19]
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_add_i32 s11, s11, -1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 v[170:185], v[68:69], v[70:71], v[170:185]
	v_mfma_f32_32x32x16_fp8_fp8 v[186:201], v[250:251], v[70:71], v[186:201]
	v_mfma_f32_32x32x16_fp8_fp8 v[202:217], v[252:253], v[70:71], v[202:217]
	v_mfma_f32_32x32x16_fp8_fp8 v[218:233], v[66:67], v[72:73], v[218:233]
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[68:69], v[72:73], v[18:33]
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[250:251], v[72:73], v[50:65]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[154:169], v[252:253], v[72:73], v[154:169]
	s_nop 10
	scratch_store_dwordx4 off, v[154:157], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[158:161], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[162:165], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[166:169], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[154:157], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[158:161], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[162:165], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset0:2 offset1:3
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[252:253], v[70:71], a[176:191]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[66:67], v[72:73], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[68:69], v[72:73], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[250:251], v[72:73], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[252:253], v[72:73], a[96:111]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[154:169], v[66:67], v[70:71], v[154:169]
	s_nop 10
	scratch_store_dwordx4 off, v[154:157], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[158:161], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[162:165], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[166:169], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[154:157], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[158:161], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[162:165], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[154:169], v[68:69], v[70:71], v[154:169]
	s_nop 10
	scratch_store_dwordx4 off, v[154:157], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[158:161], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[162:165], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[166:169], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[154:157], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[158:161], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[162:165], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[154:169], v[250:251], v[70:71], v[154:169]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset0:4 offset1:5
	s_nop 9
	scratch_store_dwordx4 off, v[154:157], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[158:161], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[162:165], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[166:169], off offset:240 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[66:67], v[70:71], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[34:49], v[68:69], v[70:71], a[34:49]
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[250:251], v[70:71], a[64:79]
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[252:253], v[70:71], a[112:127]
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[66:67], v[72:73], a[240:255]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[68:69], v[72:73], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[250:251], v[72:73], a[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[252:253], v[72:73], a[224:239]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset0:6 offset1:7
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[66:67], v[70:71], a[208:223]
	v_mfma_f32_32x32x16_fp8_fp8 v[106:121], v[66:67], v[72:73], v[106:121]
	.loc	1 34 9                          ; spill.py:34:9
	v_add_u32_e32 v66, s12, v240
	.loc	1 29 5                          ; spill.py:29:5
	v_add_u32_e32 v67, s12, v239
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v66, v236, v66, s[16:17]
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s12, s12, 16
	s_cmp_lg_u32 s11, 0
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[68:69], v[70:71], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 v[138:153], v[250:251], v[70:71], v[138:153]
	v_mfma_f32_32x32x16_fp8_fp8 v[122:137], v[252:253], v[70:71], v[122:137]
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v70, v236, v67, s[18:19]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x16_fp8_fp8 v[90:105], v[68:69], v[72:73], v[90:105]
	v_mfma_f32_32x32x16_fp8_fp8 v[74:89], v[250:251], v[72:73], v[74:89]
	v_mfma_f32_32x32x16_fp8_fp8 v[34:49], v[252:253], v[72:73], v[34:49]
	.loc	1 31 13                         ; spill.py:31:13
	buffer_load_dwordx4 v[66:69], v66, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[70:73], v70, s[4:7], 0 offen
	.loc	1 30 13                         ; spill.py:30:13
	s_barrier
	ds_write2st64_b64 v237, v[242:243], v[246:247] offset1:4
	ds_write2st64_b64 v238, v[244:245], v[248:249] offset1:4
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v237, v[66:67], v[70:71] offset0:8 offset1:12
	ds_write2st64_b64 v238, v[68:69], v[72:73] offset0:8 offset1:12
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	scratch_store_dwordx4 off, v[170:173], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[174:177], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[178:181], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[182:185], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[186:189], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[190:193], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[194:197], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[198:201], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[202:205], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[206:209], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[210:213], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[214:217], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[222:225], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[226:229], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[230:233], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[18:21], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[74:77], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[78:81], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[82:85], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[86:89], off offset:560 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v154, a192
	v_accvgpr_read_b32 v155, a193
	v_accvgpr_read_b32 v156, a194
	v_accvgpr_read_b32 v157, a195
	v_accvgpr_read_b32 v158, a196
	v_accvgpr_read_b32 v159, a197
	v_accvgpr_read_b32 v160, a198
	v_accvgpr_read_b32 v161, a199
	v_accvgpr_read_b32 v162, a200
	v_accvgpr_read_b32 v163, a201
	v_accvgpr_read_b32 v164, a202
	v_accvgpr_read_b32 v165, a203
	v_accvgpr_read_b32 v166, a204
	v_accvgpr_read_b32 v167, a205
	v_accvgpr_read_b32 v168, a206
	v_accvgpr_read_b32 v169, a207
	v_accvgpr_read_b32 v170, a208
	v_accvgpr_read_b32 v171, a209
	v_accvgpr_read_b32 v172, a210
	v_accvgpr_read_b32 v173, a211
	v_accvgpr_read_b32 v174, a212
	v_accvgpr_read_b32 v175, a213
	v_accvgpr_read_b32 v176, a214
	v_accvgpr_read_b32 v177, a215
	v_accvgpr_read_b32 v178, a216
	v_accvgpr_read_b32 v179, a217
	v_accvgpr_read_b32 v180, a218
	v_accvgpr_read_b32 v181, a219
	v_accvgpr_read_b32 v182, a220
	v_accvgpr_read_b32 v183, a221
	v_accvgpr_read_b32 v184, a222
	v_accvgpr_read_b32 v185, a223
	v_accvgpr_read_b32 v186, a224
	v_accvgpr_read_b32 v187, a225
	v_accvgpr_read_b32 v188, a226
	v_accvgpr_read_b32 v189, a227
	v_accvgpr_read_b32 v190, a228
	v_accvgpr_read_b32 v191, a229
	v_accvgpr_read_b32 v192, a230
	v_accvgpr_read_b32 v193, a231
	v_accvgpr_read_b32 v194, a232
	v_accvgpr_read_b32 v195, a233
	v_accvgpr_read_b32 v196, a234
	v_accvgpr_read_b32 v197, a235
	v_accvgpr_read_b32 v198, a236
	v_accvgpr_read_b32 v199, a237
	v_accvgpr_read_b32 v200, a238
	v_accvgpr_read_b32 v201, a239
	scratch_load_dwordx4 a[192:195], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[208:211], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:112 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[66:69], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[70:73], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:48 ; 16-byte Folded Reload
	v_mov_b64_e32 v[232:233], v[64:65]
	v_mov_b64_e32 v[230:231], v[62:63]
	v_mov_b64_e32 v[228:229], v[60:61]
	v_mov_b64_e32 v[226:227], v[58:59]
	v_mov_b64_e32 v[224:225], v[56:57]
	v_mov_b64_e32 v[222:223], v[54:55]
	v_mov_b64_e32 v[220:221], v[52:53]
	v_mov_b64_e32 v[218:219], v[50:51]
	v_accvgpr_read_b32 v217, a31
	v_accvgpr_read_b32 v216, a30
	v_accvgpr_read_b32 v215, a29
	v_accvgpr_read_b32 v214, a28
	v_accvgpr_read_b32 v213, a27
	v_accvgpr_read_b32 v212, a26
	v_accvgpr_read_b32 v211, a25
	v_accvgpr_read_b32 v210, a24
	v_accvgpr_read_b32 v209, a23
	v_accvgpr_read_b32 v208, a22
	v_accvgpr_read_b32 v207, a21
	v_accvgpr_read_b32 v206, a20
	v_accvgpr_read_b32 v205, a19
	v_accvgpr_read_b32 v204, a18
	v_accvgpr_read_b32 v203, a17
	v_accvgpr_read_b32 v202, a16
	v_accvgpr_read_b32 v236, a240
	v_accvgpr_read_b32 v237, a241
	v_accvgpr_read_b32 v238, a242
	v_accvgpr_read_b32 v239, a243
	v_accvgpr_read_b32 v240, a244
	v_accvgpr_read_b32 v241, a245
	v_accvgpr_read_b32 v242, a246
	v_accvgpr_read_b32 v243, a247
	v_accvgpr_read_b32 v244, a248
	v_accvgpr_read_b32 v245, a249
	v_accvgpr_read_b32 v246, a250
	v_accvgpr_read_b32 v247, a251
	v_accvgpr_read_b32 v248, a252
	v_accvgpr_read_b32 v249, a253
	v_accvgpr_read_b32 v250, a254
	v_accvgpr_read_b32 v251, a255
	v_accvgpr_read_b32 v50, a112
	v_accvgpr_read_b32 v51, a113
	v_accvgpr_read_b32 v52, a114
	v_accvgpr_read_b32 v53, a115
	v_accvgpr_read_b32 v54, a116
	v_accvgpr_read_b32 v55, a117
	v_accvgpr_read_b32 v56, a118
	v_accvgpr_read_b32 v57, a119
	v_accvgpr_read_b32 v58, a120
	v_accvgpr_read_b32 v59, a121
	v_accvgpr_read_b32 v60, a122
	v_accvgpr_read_b32 v61, a123
	v_accvgpr_read_b32 v62, a124
	v_accvgpr_read_b32 v63, a125
	v_accvgpr_read_b32 v64, a126
	v_accvgpr_read_b32 v65, a127
	v_accvgpr_read_b32 v18, a34
	v_accvgpr_read_b32 v19, a35
	v_accvgpr_read_b32 v20, a36
	v_accvgpr_read_b32 v21, a37
	v_accvgpr_read_b32 v22, a38
	v_accvgpr_read_b32 v23, a39
	v_accvgpr_read_b32 v24, a40
	v_accvgpr_read_b32 v25, a41
	v_accvgpr_read_b32 v26, a42
	v_accvgpr_read_b32 v27, a43
	v_accvgpr_read_b32 v28, a44
	v_accvgpr_read_b32 v29, a45
	v_accvgpr_read_b32 v30, a46
	v_accvgpr_read_b32 v31, a47
	v_accvgpr_read_b32 v32, a48
	v_accvgpr_read_b32 v33, a49
	v_accvgpr_read_b32 v252, a32
	v_accvgpr_read_b32 v82, a33
	s_branch .LBB0_5
.LBB0_4:
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v217, v49
	v_mov_b32_e32 v186, v49
	v_mov_b32_e32 v48, v49
	v_mov_b32_e32 v47, v49
	v_mov_b32_e32 v46, v49
	v_mov_b32_e32 v45, v49
	v_mov_b32_e32 v44, v49
	v_mov_b32_e32 v43, v49
	v_mov_b32_e32 v42, v49
	v_mov_b32_e32 v41, v49
	v_mov_b32_e32 v40, v49
	v_mov_b32_e32 v39, v49
	v_mov_b32_e32 v38, v49
	v_mov_b32_e32 v37, v49
	v_mov_b32_e32 v36, v49
	v_mov_b32_e32 v35, v49
	v_mov_b32_e32 v34, v49
	v_mov_b32_e32 v17, v49
	v_mov_b32_e32 v16, v49
	v_mov_b32_e32 v15, v49
	v_mov_b32_e32 v14, v49
	v_mov_b32_e32 v13, v49
	v_mov_b32_e32 v12, v49
	v_mov_b32_e32 v11, v49
	v_mov_b32_e32 v10, v49
	v_mov_b32_e32 v9, v49
	v_mov_b32_e32 v8, v49
	v_mov_b32_e32 v7, v49
	v_mov_b32_e32 v6, v49
	v_mov_b32_e32 v5, v49
	v_mov_b32_e32 v4, v49
	v_mov_b32_e32 v3, v49
	v_mov_b32_e32 v2, v49
	scratch_store_dwordx4 off, v[2:5], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:560 ; 16-byte Folded Spill
	v_mov_b32_e32 v216, v49
	v_mov_b32_e32 v105, v49
	v_mov_b32_e32 v215, v49
	v_mov_b32_e32 v214, v49
	v_mov_b32_e32 v213, v49
	v_mov_b32_e32 v212, v49
	v_mov_b32_e32 v211, v49
	v_mov_b32_e32 v210, v49
	v_mov_b32_e32 v209, v49
	v_mov_b32_e32 v104, v49
	v_mov_b32_e32 v103, v49
	v_mov_b32_e32 v102, v49
	v_mov_b32_e32 v101, v49
	v_mov_b32_e32 v100, v49
	v_mov_b32_e32 v99, v49
	v_mov_b32_e32 v98, v49
	v_mov_b32_e32 v97, v49
	v_mov_b32_e32 v96, v49
	v_mov_b32_e32 v95, v49
	v_mov_b32_e32 v94, v49
	v_mov_b32_e32 v93, v49
	v_mov_b32_e32 v92, v49
	v_mov_b32_e32 v91, v49
	v_mov_b32_e32 v90, v49
	v_mov_b32_e32 v121, v49
	v_mov_b32_e32 v120, v49
	v_mov_b32_e32 v119, v49
	v_mov_b32_e32 v118, v49
	v_mov_b32_e32 v117, v49
	v_mov_b32_e32 v116, v49
	v_mov_b32_e32 v115, v49
	v_mov_b32_e32 v114, v49
	v_mov_b32_e32 v113, v49
	v_mov_b32_e32 v112, v49
	v_mov_b32_e32 v111, v49
	v_mov_b32_e32 v110, v49
	v_mov_b32_e32 v109, v49
	v_mov_b32_e32 v108, v49
	v_mov_b32_e32 v107, v49
	v_mov_b32_e32 v106, v49
	v_mov_b32_e32 v137, v49
	v_mov_b32_e32 v136, v49
	v_mov_b32_e32 v135, v49
	v_mov_b32_e32 v134, v49
	v_mov_b32_e32 v133, v49
	v_mov_b32_e32 v132, v49
	v_mov_b32_e32 v131, v49
	v_mov_b32_e32 v130, v49
	v_mov_b32_e32 v129, v49
	v_mov_b32_e32 v128, v49
	v_mov_b32_e32 v127, v49
	v_mov_b32_e32 v126, v49
	v_mov_b32_e32 v125, v49
	v_mov_b32_e32 v124, v49
	v_mov_b32_e32 v123, v49
	v_mov_b32_e32 v122, v49
	v_mov_b32_e32 v153, v49
	v_mov_b32_e32 v152, v49
	v_mov_b32_e32 v151, v49
	v_mov_b32_e32 v150, v49
	v_mov_b32_e32 v149, v49
	v_mov_b32_e32 v148, v49
	v_mov_b32_e32 v147, v49
	v_mov_b32_e32 v146, v49
	v_mov_b32_e32 v145, v49
	v_mov_b32_e32 v144, v49
	v_mov_b32_e32 v143, v49
	v_mov_b32_e32 v142, v49
	v_mov_b32_e32 v141, v49
	v_mov_b32_e32 v140, v49
	v_mov_b32_e32 v139, v49
	v_mov_b32_e32 v138, v49
	v_mov_b32_e32 v169, v49
	v_mov_b32_e32 v168, v49
	v_mov_b32_e32 v167, v49
	v_mov_b32_e32 v166, v49
	v_mov_b32_e32 v165, v49
	v_mov_b32_e32 v164, v49
	v_mov_b32_e32 v163, v49
	v_mov_b32_e32 v162, v49
	v_mov_b32_e32 v161, v49
	v_mov_b32_e32 v160, v49
	v_mov_b32_e32 v159, v49
	v_mov_b32_e32 v158, v49
	v_mov_b32_e32 v157, v49
	v_mov_b32_e32 v156, v49
	v_mov_b32_e32 v155, v49
	v_mov_b32_e32 v154, v49
	v_mov_b32_e32 v185, v49
	v_mov_b32_e32 v184, v49
	v_mov_b32_e32 v183, v49
	v_mov_b32_e32 v182, v49
	v_mov_b32_e32 v181, v49
	v_mov_b32_e32 v180, v49
	v_mov_b32_e32 v179, v49
	v_mov_b32_e32 v178, v49
	v_mov_b32_e32 v177, v49
	v_mov_b32_e32 v176, v49
	v_mov_b32_e32 v175, v49
	v_mov_b32_e32 v174, v49
	v_mov_b32_e32 v173, v49
	v_mov_b32_e32 v172, v49
	v_mov_b32_e32 v171, v49
	v_mov_b32_e32 v170, v49
	v_mov_b32_e32 v201, v49
	v_mov_b32_e32 v200, v49
	v_mov_b32_e32 v199, v49
	v_mov_b32_e32 v198, v49
	v_mov_b32_e32 v197, v49
	v_mov_b32_e32 v196, v49
	v_mov_b32_e32 v195, v49
	v_mov_b32_e32 v194, v49
	v_mov_b32_e32 v193, v49
	v_mov_b32_e32 v192, v49
	v_mov_b32_e32 v191, v49
	v_mov_b32_e32 v190, v49
	v_mov_b32_e32 v189, v49
	v_mov_b32_e32 v188, v49
	v_mov_b32_e32 v187, v49
	v_mov_b32_e32 v208, v49
	v_mov_b32_e32 v207, v49
	v_mov_b32_e32 v206, v49
	v_mov_b32_e32 v205, v49
	v_mov_b32_e32 v204, v49
	v_mov_b32_e32 v203, v49
	v_mov_b32_e32 v202, v49
	v_accvgpr_write_b32 a15, v49
	v_accvgpr_write_b32 a14, v49
	v_accvgpr_write_b32 a13, v49
	v_accvgpr_write_b32 a12, v49
	v_accvgpr_write_b32 a11, v49
	v_accvgpr_write_b32 a10, v49
	v_accvgpr_write_b32 a9, v49
	v_accvgpr_write_b32 a8, v49
	v_accvgpr_write_b32 a7, v49
	v_accvgpr_write_b32 a6, v49
	v_accvgpr_write_b32 a5, v49
	v_accvgpr_write_b32 a4, v49
	v_accvgpr_write_b32 a3, v49
	v_accvgpr_write_b32 a2, v49
	v_accvgpr_write_b32 a1, v49
	v_accvgpr_write_b32 a0, v49
	v_mov_b32_e32 v251, v49
	v_mov_b32_e32 v250, v49
	v_mov_b32_e32 v249, v49
	v_mov_b32_e32 v248, v49
	v_mov_b32_e32 v247, v49
	v_mov_b32_e32 v246, v49
	v_mov_b32_e32 v245, v49
	v_mov_b32_e32 v244, v49
	v_mov_b32_e32 v243, v49
	v_mov_b32_e32 v242, v49
	v_mov_b32_e32 v241, v49
	v_mov_b32_e32 v240, v49
	v_mov_b32_e32 v239, v49
	v_mov_b32_e32 v238, v49
	v_mov_b32_e32 v237, v49
	v_mov_b32_e32 v236, v49
	v_mov_b32_e32 v65, v49
	v_mov_b32_e32 v64, v49
	v_mov_b32_e32 v63, v49
	v_mov_b32_e32 v62, v49
	v_mov_b32_e32 v61, v49
	v_mov_b32_e32 v60, v49
	v_mov_b32_e32 v59, v49
	v_mov_b32_e32 v58, v49
	v_mov_b32_e32 v57, v49
	v_mov_b32_e32 v56, v49
	v_mov_b32_e32 v55, v49
	v_mov_b32_e32 v54, v49
	v_mov_b32_e32 v53, v49
	v_mov_b32_e32 v52, v49
	v_mov_b32_e32 v51, v49
	v_mov_b32_e32 v50, v49
	v_accvgpr_write_b32 a79, v49
	v_accvgpr_write_b32 a78, v49
	v_accvgpr_write_b32 a77, v49
	v_accvgpr_write_b32 a76, v49
	v_accvgpr_write_b32 a75, v49
	v_accvgpr_write_b32 a74, v49
	v_accvgpr_write_b32 a73, v49
	v_accvgpr_write_b32 a72, v49
	v_accvgpr_write_b32 a71, v49
	v_accvgpr_write_b32 a70, v49
	v_accvgpr_write_b32 a69, v49
	v_accvgpr_write_b32 a68, v49
	v_accvgpr_write_b32 a67, v49
	v_accvgpr_write_b32 a66, v49
	v_accvgpr_write_b32 a65, v49
	v_accvgpr_write_b32 a64, v49
	v_mov_b32_e32 v33, v49
	v_mov_b32_e32 v32, v49
	v_mov_b32_e32 v31, v49
	v_mov_b32_e32 v30, v49
	v_mov_b32_e32 v29, v49
	v_mov_b32_e32 v28, v49
	v_mov_b32_e32 v27, v49
	v_mov_b32_e32 v26, v49
	v_mov_b32_e32 v25, v49
	v_mov_b32_e32 v24, v49
	v_mov_b32_e32 v23, v49
	v_mov_b32_e32 v22, v49
	v_mov_b32_e32 v21, v49
	v_mov_b32_e32 v20, v49
	v_mov_b32_e32 v19, v49
	v_mov_b32_e32 v18, v49
	v_accvgpr_write_b32 a95, v49
	v_accvgpr_write_b32 a94, v49
	v_accvgpr_write_b32 a93, v49
	v_accvgpr_write_b32 a92, v49
	v_accvgpr_write_b32 a91, v49
	v_accvgpr_write_b32 a90, v49
	v_accvgpr_write_b32 a89, v49
	v_accvgpr_write_b32 a88, v49
	v_accvgpr_write_b32 a87, v49
	v_accvgpr_write_b32 a86, v49
	v_accvgpr_write_b32 a85, v49
	v_accvgpr_write_b32 a84, v49
	v_accvgpr_write_b32 a83, v49
	v_accvgpr_write_b32 a82, v49
	v_accvgpr_write_b32 a81, v49
	v_accvgpr_write_b32 a80, v49
	v_accvgpr_write_b32 a111, v49
	v_accvgpr_write_b32 a110, v49
	v_accvgpr_write_b32 a109, v49
	v_accvgpr_write_b32 a108, v49
	v_accvgpr_write_b32 a107, v49
	v_accvgpr_write_b32 a106, v49
	v_accvgpr_write_b32 a105, v49
	v_accvgpr_write_b32 a104, v49
	v_accvgpr_write_b32 a103, v49
	v_accvgpr_write_b32 a102, v49
	v_accvgpr_write_b32 a101, v49
	v_accvgpr_write_b32 a100, v49
	v_accvgpr_write_b32 a99, v49
	v_accvgpr_write_b32 a98, v49
	v_accvgpr_write_b32 a97, v49
	v_accvgpr_write_b32 a96, v49
	v_accvgpr_write_b32 a143, v49
	v_accvgpr_write_b32 a142, v49
	v_accvgpr_write_b32 a141, v49
	v_accvgpr_write_b32 a140, v49
	v_accvgpr_write_b32 a139, v49
	v_accvgpr_write_b32 a138, v49
	v_accvgpr_write_b32 a137, v49
	v_accvgpr_write_b32 a136, v49
	v_accvgpr_write_b32 a135, v49
	v_accvgpr_write_b32 a134, v49
	v_accvgpr_write_b32 a133, v49
	v_accvgpr_write_b32 a132, v49
	v_accvgpr_write_b32 a131, v49
	v_accvgpr_write_b32 a130, v49
	v_accvgpr_write_b32 a129, v49
	v_accvgpr_write_b32 a128, v49
	v_accvgpr_write_b32 a159, v49
	v_accvgpr_write_b32 a158, v49
	v_accvgpr_write_b32 a157, v49
	v_accvgpr_write_b32 a156, v49
	v_accvgpr_write_b32 a155, v49
	v_accvgpr_write_b32 a154, v49
	v_accvgpr_write_b32 a153, v49
	v_accvgpr_write_b32 a152, v49
	v_accvgpr_write_b32 a151, v49
	v_accvgpr_write_b32 a150, v49
	v_accvgpr_write_b32 a149, v49
	v_accvgpr_write_b32 a148, v49
	v_accvgpr_write_b32 a147, v49
	v_accvgpr_write_b32 a146, v49
	v_accvgpr_write_b32 a145, v49
	v_accvgpr_write_b32 a144, v49
	v_accvgpr_write_b32 a175, v49
	v_accvgpr_write_b32 a174, v49
	v_accvgpr_write_b32 a173, v49
	v_accvgpr_write_b32 a172, v49
	v_accvgpr_write_b32 a171, v49
	v_accvgpr_write_b32 a170, v49
	v_accvgpr_write_b32 a169, v49
	v_accvgpr_write_b32 a168, v49
	v_accvgpr_write_b32 a167, v49
	v_accvgpr_write_b32 a166, v49
	v_accvgpr_write_b32 a165, v49
	v_accvgpr_write_b32 a164, v49
	v_accvgpr_write_b32 a163, v49
	v_accvgpr_write_b32 a162, v49
	v_accvgpr_write_b32 a161, v49
	v_accvgpr_write_b32 a160, v49
	v_accvgpr_write_b32 a191, v49
	v_accvgpr_write_b32 a190, v49
	v_accvgpr_write_b32 a189, v49
	v_accvgpr_write_b32 a188, v49
	v_accvgpr_write_b32 a187, v49
	v_accvgpr_write_b32 a186, v49
	v_accvgpr_write_b32 a185, v49
	v_accvgpr_write_b32 a184, v49
	v_accvgpr_write_b32 a183, v49
	v_accvgpr_write_b32 a182, v49
	v_accvgpr_write_b32 a181, v49
	v_accvgpr_write_b32 a180, v49
	v_accvgpr_write_b32 a179, v49
	v_accvgpr_write_b32 a178, v49
	v_accvgpr_write_b32 a177, v49
	v_accvgpr_write_b32 a176, v49
	v_accvgpr_write_b32 a207, v49
	v_accvgpr_write_b32 a206, v49
	v_accvgpr_write_b32 a205, v49
	v_accvgpr_write_b32 a204, v49
	v_accvgpr_write_b32 a203, v49
	v_accvgpr_write_b32 a202, v49
	v_accvgpr_write_b32 a201, v49
	v_accvgpr_write_b32 a200, v49
	v_accvgpr_write_b32 a199, v49
	v_accvgpr_write_b32 a198, v49
	v_accvgpr_write_b32 a197, v49
	v_accvgpr_write_b32 a196, v49
	v_accvgpr_write_b32 a195, v49
	v_accvgpr_write_b32 a194, v49
	v_accvgpr_write_b32 a193, v49
	v_accvgpr_write_b32 a192, v49
	v_accvgpr_write_b32 a223, v49
	v_accvgpr_write_b32 a222, v49
	v_accvgpr_write_b32 a221, v49
	v_accvgpr_write_b32 a220, v49
	v_accvgpr_write_b32 a219, v49
	v_accvgpr_write_b32 a218, v49
	v_accvgpr_write_b32 a217, v49
	v_accvgpr_write_b32 a216, v49
	v_accvgpr_write_b32 a215, v49
	v_accvgpr_write_b32 a214, v49
	v_accvgpr_write_b32 a213, v49
	v_accvgpr_write_b32 a212, v49
	v_accvgpr_write_b32 a211, v49
	v_accvgpr_write_b32 a210, v49
	v_accvgpr_write_b32 a209, v49
	v_accvgpr_write_b32 a208, v49
	v_accvgpr_write_b32 a239, v49
	v_accvgpr_write_b32 a238, v49
	v_accvgpr_write_b32 a237, v49
	v_accvgpr_write_b32 a236, v49
	v_accvgpr_write_b32 a235, v49
	v_accvgpr_write_b32 a234, v49
	v_accvgpr_write_b32 a233, v49
	v_accvgpr_write_b32 a232, v49
	v_accvgpr_write_b32 a231, v49
	v_accvgpr_write_b32 a230, v49
	v_accvgpr_write_b32 a229, v49
	v_accvgpr_write_b32 a228, v49
	v_accvgpr_write_b32 a227, v49
	v_accvgpr_write_b32 a226, v49
	v_accvgpr_write_b32 a225, v49
	v_accvgpr_write_b32 a224, v49
	v_mov_b32_e32 v81, v49
	v_mov_b32_e32 v80, v49
	v_mov_b32_e32 v79, v49
	v_mov_b32_e32 v78, v49
	v_mov_b32_e32 v77, v49
	v_mov_b32_e32 v76, v49
	v_mov_b32_e32 v75, v49
	v_mov_b32_e32 v74, v49
	v_mov_b32_e32 v73, v49
	v_mov_b32_e32 v72, v49
	v_mov_b32_e32 v71, v49
	v_mov_b32_e32 v70, v49
	v_mov_b32_e32 v69, v49
	v_mov_b32_e32 v68, v49
	v_mov_b32_e32 v67, v49
	v_mov_b32_e32 v66, v49
	v_mov_b64_e32 v[232:233], v[16:17]
	v_mov_b64_e32 v[230:231], v[14:15]
	v_mov_b64_e32 v[228:229], v[12:13]
	v_mov_b64_e32 v[226:227], v[10:11]
	v_mov_b64_e32 v[224:225], v[8:9]
	v_mov_b64_e32 v[222:223], v[6:7]
	v_mov_b64_e32 v[220:221], v[4:5]
	v_mov_b64_e32 v[218:219], v[2:3]
	scratch_store_dwordx4 off, v[2:5], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[2:5], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[2:5], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[2:5], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[2:5], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:624 ; 16-byte Folded Spill
.LBB0_5:                                ; %._crit_edge
	s_waitcnt vmcnt(0)
	v_accvgpr_write_b32 a255, v81
	v_accvgpr_write_b32 a254, v80
	v_accvgpr_write_b32 a253, v79
	v_accvgpr_write_b32 a252, v78
	v_accvgpr_write_b32 a251, v77
	v_accvgpr_write_b32 a250, v76
	v_accvgpr_write_b32 a249, v75
	v_accvgpr_write_b32 a248, v74
	v_accvgpr_write_b32 a247, v73
	v_accvgpr_write_b32 a246, v72
	v_accvgpr_write_b32 a245, v71
	v_accvgpr_write_b32 a244, v70
	v_accvgpr_write_b32 a243, v69
	v_accvgpr_write_b32 a242, v68
	v_accvgpr_write_b32 a241, v67
	v_accvgpr_write_b32 a240, v66
	v_accvgpr_write_b32 a127, v65
	v_accvgpr_write_b32 a126, v64
	v_accvgpr_write_b32 a125, v63
	v_accvgpr_write_b32 a124, v62
	v_accvgpr_write_b32 a123, v61
	v_accvgpr_write_b32 a122, v60
	v_accvgpr_write_b32 a121, v59
	v_accvgpr_write_b32 a120, v58
	v_accvgpr_write_b32 a119, v57
	v_accvgpr_write_b32 a118, v56
	v_accvgpr_write_b32 a117, v55
	v_accvgpr_write_b32 a116, v54
	v_accvgpr_write_b32 a115, v53
	v_accvgpr_write_b32 a114, v52
	v_accvgpr_write_b32 a113, v51
	v_accvgpr_write_b32 a112, v50
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
	v_accvgpr_write_b32 a32, v202
	v_accvgpr_write_b32 a33, v203
	v_accvgpr_write_b32 a34, v204
	v_accvgpr_write_b32 a35, v205
	v_accvgpr_write_b32 a36, v206
	v_accvgpr_write_b32 a37, v207
	v_accvgpr_write_b32 a38, v208
	v_accvgpr_write_b32 a39, v209
	v_accvgpr_write_b32 a40, v210
	v_accvgpr_write_b32 a41, v211
	v_accvgpr_write_b32 a42, v212
	v_accvgpr_write_b32 a43, v213
	v_accvgpr_write_b32 a44, v214
	v_accvgpr_write_b32 a45, v215
	v_accvgpr_write_b32 a46, v216
	v_accvgpr_write_b32 a47, v217
	v_accvgpr_write_b32 a48, v186
	v_accvgpr_write_b32 a49, v187
	v_accvgpr_write_b32 a50, v188
	v_accvgpr_write_b32 a51, v189
	v_accvgpr_write_b32 a52, v190
	v_accvgpr_write_b32 a53, v191
	v_accvgpr_write_b32 a54, v192
	v_accvgpr_write_b32 a55, v193
	v_accvgpr_write_b32 a56, v194
	v_accvgpr_write_b32 a57, v195
	v_accvgpr_write_b32 a58, v196
	v_accvgpr_write_b32 a59, v197
	v_accvgpr_write_b32 a60, v198
	v_accvgpr_write_b32 a61, v199
	v_accvgpr_write_b32 a62, v200
	v_accvgpr_write_b32 a63, v201
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_cmp_lt_i32 s25, 16
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 15                         ; spill.py:32:15
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	scratch_load_dwordx4 v[50:53], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	s_movk_i32 s0, 0x170
	v_and_or_b32 v1, v82, s0, v234
	v_xor_b32_e32 v1, v1, v235
	.loc	1 31 13                         ; spill.py:31:13
	s_lshl3_add_u32 s0, s24, 0
	v_add_u32_e32 v74, s0, v1
	v_mov_b64_e32 v[200:201], v[32:33]
	v_mov_b64_e32 v[198:199], v[30:31]
	v_mov_b64_e32 v[196:197], v[28:29]
	v_mov_b64_e32 v[194:195], v[26:27]
	v_mov_b64_e32 v[192:193], v[24:25]
	v_mov_b64_e32 v[190:191], v[22:23]
	v_mov_b64_e32 v[188:189], v[20:21]
	v_mov_b64_e32 v[186:187], v[18:19]
	v_mov_b64_e32 v[18:19], v[236:237]
	v_mov_b64_e32 v[20:21], v[238:239]
	v_mov_b64_e32 v[22:23], v[240:241]
	v_mov_b64_e32 v[24:25], v[242:243]
	v_mov_b64_e32 v[26:27], v[244:245]
	v_mov_b64_e32 v[28:29], v[246:247]
	v_mov_b64_e32 v[30:31], v[248:249]
	v_mov_b64_e32 v[32:33], v[250:251]
	ds_read2st64_b64 v[242:245], v74 offset0:12 offset1:14
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v1, 0, v1
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2st64_b64 v[66:69], v74 offset0:8 offset1:10
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset1:1
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[2:17], v[66:67], v[70:71], v[2:17]
	v_mov_b64_e32 v[74:75], v[186:187]
	v_mov_b64_e32 v[76:77], v[188:189]
	v_mov_b64_e32 v[78:79], v[190:191]
	v_mov_b64_e32 v[80:81], v[192:193]
	v_mov_b64_e32 v[82:83], v[194:195]
	v_mov_b64_e32 v[84:85], v[196:197]
	v_mov_b64_e32 v[86:87], v[198:199]
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[244:245], v[72:73], a[240:255]
	v_mov_b64_e32 v[88:89], v[200:201]
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[242:243], v[70:71], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[68:69], v[70:71], a[0:15]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[244:245], v[70:71], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:432 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[66:67], v[72:73], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[68:69], v[72:73], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:304 ; 16-byte Folded Spill
	v_mov_b64_e32 v[50:51], v[218:219]
	v_mov_b64_e32 v[52:53], v[220:221]
	v_mov_b64_e32 v[54:55], v[222:223]
	v_mov_b64_e32 v[56:57], v[224:225]
	v_mov_b64_e32 v[58:59], v[226:227]
	v_mov_b64_e32 v[60:61], v[228:229]
	v_mov_b64_e32 v[62:63], v[230:231]
	v_mov_b64_e32 v[64:65], v[232:233]
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[242:243], v[72:73], v[50:65]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset0:2 offset1:3
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[66:67], v[70:71], a[224:239]
	s_nop 7
	v_mov_b64_e32 v[232:233], v[64:65]
	v_mov_b64_e32 v[230:231], v[62:63]
	v_mov_b64_e32 v[228:229], v[60:61]
	v_mov_b64_e32 v[226:227], v[58:59]
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[68:69], v[70:71], a[208:223]
	v_mov_b64_e32 v[224:225], v[56:57]
	v_mov_b64_e32 v[222:223], v[54:55]
	v_mov_b64_e32 v[220:221], v[52:53]
	v_mov_b64_e32 v[218:219], v[50:51]
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[242:243], v[70:71], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[244:245], v[70:71], a[176:191]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[66:67], v[72:73], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[68:69], v[72:73], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[242:243], v[72:73], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[244:245], v[72:73], a[96:111]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset0:4 offset1:5
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[74:89], v[68:69], v[70:71], v[74:89]
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[66:67], v[70:71], a[80:95]
	s_nop 9
	v_mov_b64_e32 v[200:201], v[88:89]
	v_mov_b64_e32 v[198:199], v[86:87]
	v_mov_b64_e32 v[196:197], v[84:85]
	v_mov_b64_e32 v[194:195], v[82:83]
	v_mov_b64_e32 v[192:193], v[80:81]
	v_mov_b64_e32 v[190:191], v[78:79]
	v_mov_b64_e32 v[188:189], v[76:77]
	v_mov_b64_e32 v[186:187], v[74:75]
	scratch_load_dwordx4 v[74:77], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:560 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[242:243], v[70:71], a[64:79]
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[244:245], v[70:71], a[112:127]
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[66:67], v[72:73], v[18:33]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[68:69], v[72:73], a[16:31]
	s_nop 9
	v_mov_b64_e32 v[250:251], v[32:33]
	v_mov_b64_e32 v[248:249], v[30:31]
	v_mov_b64_e32 v[246:247], v[28:29]
	v_mov_b64_e32 v[240:241], v[22:23]
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[242:243], v[72:73], a[32:47]
	v_mov_b64_e32 v[238:239], v[20:21]
	v_mov_b64_e32 v[236:237], v[18:19]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[244:245], v[72:73], a[48:63]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[70:73], v1 offset0:6 offset1:7
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[170:185], v[66:67], v[70:71], v[170:185]
	v_mfma_f32_32x32x16_fp8_fp8 v[154:169], v[68:69], v[70:71], v[154:169]
	v_mfma_f32_32x32x16_fp8_fp8 v[106:121], v[66:67], v[72:73], v[106:121]
	v_mfma_f32_32x32x16_fp8_fp8 v[90:105], v[68:69], v[72:73], v[90:105]
	v_mfma_f32_32x32x16_fp8_fp8 v[138:153], v[242:243], v[70:71], v[138:153]
	v_mfma_f32_32x32x16_fp8_fp8 v[122:137], v[244:245], v[70:71], v[122:137]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[74:89], v[242:243], v[72:73], v[74:89]
	v_mov_b64_e32 v[242:243], v[24:25]
	v_mfma_f32_32x32x16_fp8_fp8 v[34:49], v[244:245], v[72:73], v[34:49]
	v_mov_b64_e32 v[244:245], v[26:27]
	v_mov_b64_e32 v[18:19], v[186:187]
	v_mov_b64_e32 v[20:21], v[188:189]
	v_mov_b64_e32 v[22:23], v[190:191]
	v_mov_b64_e32 v[24:25], v[192:193]
	v_mov_b64_e32 v[26:27], v[194:195]
	v_mov_b64_e32 v[28:29], v[196:197]
	v_mov_b64_e32 v[30:31], v[198:199]
	v_mov_b64_e32 v[32:33], v[200:201]
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 15 is_stmt 0                ; spill.py:0:15
	scratch_load_dwordx4 v[74:77], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:560 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
.LBB0_8:                                ; %._crit_edge._crit_edge
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_lshrrev_b32_e32 v1, 3, v252
	s_lshr_b32 s0, s24, 1
	v_or_b32_e32 v1, s0, v1
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v66, s27, v1
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v67, 16, v1
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v66
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v66, s27, v67
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e32 vcc, s9, v66
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s2, s13, s26
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v66, 31, v0
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v69, s26, v66
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mul_lo_u32 v66, s13, v66
	s_add_i32 s2, s2, s27
	v_add_u32_e32 v68, s2, v66
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v69
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v70, v68, v1, 2
	v_bfrev_b32_e32 v66, 1
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e64 v70, v66, v70, s[2:3]
	buffer_store_dwordx4 v[2:5], v70, s[28:31], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v0, s26, v0
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s12, s13, 0xc0
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v3, 8, v1
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v2, v68, v3, 2
	v_cndmask_b32_e64 v2, v66, v2, s[2:3]
	buffer_store_dwordx4 v[6:9], v2, s[28:31], 0 offen
	v_add_lshl_u32 v2, v68, v67, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v2, v66, v2, s[2:3]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v4, 24, v1
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[10:13], v2, s[28:31], 0 offen
	v_add_lshl_u32 v2, v68, v4, 2
	v_cndmask_b32_e64 v2, v66, v2, s[2:3]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v6, 64, v1
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[14:17], v2, s[28:31], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v2, s27, v6
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[4:5], s9, v2
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v2, 0x50, v1
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v5, s27, v2
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[2:3], s9, v5
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v5, v68, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v7, 0x48, v1
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 a[0:3], v5, s[28:31], 0 offen
	v_add_lshl_u32 v5, v68, v7, 2
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 a[4:7], v5, s[28:31], 0 offen
	v_add_lshl_u32 v5, v68, v2, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[6:7], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v8, 0x58, v1
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 a[8:11], v5, s[28:31], 0 offen
	v_add_lshl_u32 v5, v68, v8, 2
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	s_waitcnt vmcnt(7)
	buffer_store_dwordx4 a[12:15], v5, s[28:31], 0 offen
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v10, 0x80, v1
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v5, s27, v10
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[22:23], s9, v5
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v5, 0x90, v1
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v9, s27, v5
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[6:7], s9, v9
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v9, v68, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[10:11], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v11, 0x88, v1
	v_or_b32_e32 v12, 0x98, v1
	v_or_b32_e32 v13, 0xc0, v1
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[0:3], v9, s[28:31], 0 offen
	v_add_lshl_u32 v9, v68, v11, 2
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[4:7], v9, s[28:31], 0 offen
	v_add_lshl_u32 v9, v68, v5, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[10:11], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[8:11], v9, s[28:31], 0 offen
	v_add_lshl_u32 v9, v68, v12, 2
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[12:15], v9, s[28:31], 0 offen
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v9, s27, v13
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[24:25], s9, v9
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v9, 0xd0, v1
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v14, s27, v9
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[10:11], s9, v14
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v14, v68, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v66, v14, s[16:17]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	s_mul_i32 s9, s13, 0x60
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[0:3], v14, s[28:31], 0 offen
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v14, 0xc8, v1
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v15, v68, v14, 2
	v_cndmask_b32_e64 v15, v66, v15, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[4:7], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v68, v9, 2
	v_cndmask_b32_e64 v15, v66, v15, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[8:11], v15, s[28:31], 0 offen
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v15, 0xd8, v1
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v68, v15, 2
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[12:15], v16, s[28:31], 0 offen
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v16, 32, v69
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v16, s13, 5, v68
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[0:3], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[4:7], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[8:11], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[12:15], v17, s[28:31], 0 offen
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[0:3], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[4:7], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[8:11], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[12:15], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	v_accvgpr_write_b32 a0, v218
	v_accvgpr_write_b32 a1, v219
	v_accvgpr_write_b32 a2, v220
	v_accvgpr_write_b32 a3, v221
	buffer_store_dwordx4 a[0:3], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_accvgpr_write_b32 a4, v222
	v_accvgpr_write_b32 a5, v223
	v_accvgpr_write_b32 a6, v224
	v_accvgpr_write_b32 a7, v225
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[4:7], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[6:7]
	v_accvgpr_write_b32 a8, v226
	v_accvgpr_write_b32 a9, v227
	v_accvgpr_write_b32 a10, v228
	v_accvgpr_write_b32 a11, v229
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[8:11], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_accvgpr_write_b32 a12, v230
	v_accvgpr_write_b32 a13, v231
	v_accvgpr_write_b32 a14, v232
	v_accvgpr_write_b32 a15, v233
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[12:15], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[240:243], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[244:247], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 a[248:251], v17, s[28:31], 0 offen
	buffer_store_dwordx4 a[252:255], v16, s[28:31], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v16, 64, v69
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v16, s13, 6, v68
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[224:227], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[228:231], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[232:235], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[236:239], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[208:211], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[212:215], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[216:219], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[220:223], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[192:195], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[196:199], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[200:203], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[204:207], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[176:179], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[180:183], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 a[184:187], v17, s[28:31], 0 offen
	buffer_store_dwordx4 a[188:191], v16, s[28:31], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v16, 0x60, v0
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 14                         ; spill.py:35:14
	v_add_u32_e32 v16, s9, v68
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[160:163], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[164:167], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[168:171], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[172:175], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[144:147], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[148:151], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[152:155], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[156:159], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[128:131], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[132:135], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[136:139], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[140:143], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[96:99], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[100:103], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 a[104:107], v17, s[28:31], 0 offen
	buffer_store_dwordx4 a[108:111], v16, s[28:31], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v16, 0x80, v69
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[20:21], s8, v16
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v16, s13, 7, v68
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[80:83], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[84:87], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[88:91], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[92:95], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[18:21], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[22:25], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[26:29], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[30:33], v17, s[28:31], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v0, 0xe0, v0
	v_or_b32_e32 v17, 0xc0, v69
	v_or_b32_e32 v18, 0xa0, v69
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s9, s13, 0xa0
	v_add_u32_e32 v19, s9, v68
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[18:19], s8, v18
	v_cmp_gt_i32_e64 s[16:17], s8, v17
	v_cmp_gt_i32_e64 s[14:15], s8, v0
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v0, v16, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[64:67], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v11, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[68:71], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[72:75], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v12, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[76:79], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[112:115], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v14, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[116:119], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[120:123], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v15, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[124:127], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v1, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[236:239], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v3, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[240:243], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[244:247], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v4, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[248:251], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[16:19], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v7, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[20:23], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[24:27], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v8, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[28:31], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[32:35], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v11, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[36:39], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[40:43], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v12, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[44:47], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[48:51], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v14, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[52:55], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[56:59], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v15, 2
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_add_u32_e32 v20, s12, v68
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[60:63], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v1, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[170:173], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v3, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[174:177], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[178:181], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v4, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[182:185], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[154:157], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v7, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[158:161], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[162:165], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v8, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[166:169], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[138:141], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v11, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[142:145], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[146:149], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v12, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[150:153], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[122:125], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v14, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[126:129], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	s_mulk_i32 s13, 0xe0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[130:133], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v15, 2
	.loc	1 35 14                         ; spill.py:35:14
	v_add_u32_e32 v21, s13, v68
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[134:137], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v1, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[0:1], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v0, v66, v0, s[0:1]
	buffer_store_dwordx4 v[106:109], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v3, 2
	v_cndmask_b32_e64 v0, v66, v0, s[0:1]
	buffer_store_dwordx4 v[110:113], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v67, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[114:117], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v4, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[118:121], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[90:93], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v7, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[94:97], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[98:101], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v8, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[102:105], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[74:77], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v11, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[78:81], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[82:85], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v12, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[86:89], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[34:37], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v14, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[38:41], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[42:45], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v15, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[46:49], v0, s[28:31], 0 offen
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
                                        ; -- End function
	.set .Loversized_tile_fp8_gemm.num_vgpr, 256
	.set .Loversized_tile_fp8_gemm.num_agpr, 256
	.set .Loversized_tile_fp8_gemm.numbered_sgpr, 32
	.set .Loversized_tile_fp8_gemm.num_named_barrier, 0
	.set .Loversized_tile_fp8_gemm.private_seg_size, 644
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 14044
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
    .private_segment_fixed_size: 644
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 384
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

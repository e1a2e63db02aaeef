	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	oversized_tile_fp8_gemm         ; -- Begin function oversized_tile_fp8_gemm
	.p2align	8
	.type	oversized_tile_fp8_gemm,@function
oversized_tile_fp8_gemm:                ; @oversized_tile_fp8_gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.file	1 "spill.py"
	.loc	1 31 20 prologue_end            ; spill.py:31:20
	s_bfe_u32 s13, ttmp8, 0x50019
	s_load_b96 s[28:30], s[0:1], 0x20
	.loc	1 22 44                         ; spill.py:22:44
	s_lshl_b32 s15, s13, 5
	s_load_b256 s[20:27], s[0:1], 0x0
	v_and_or_b32 v249, v0, 31, s15
	.loc	1 22 21 is_stmt 0               ; spill.py:22:21
	s_lshl_b32 s31, ttmp9, 8
	.loc	1 23 21 is_stmt 1               ; spill.py:23:21
	s_lshl_b32 s2, ttmp7, 8
	.loc	1 30 20                         ; spill.py:30:20
	v_bfe_i32 v34, v0, 3, 1
	.loc	1 23 21                         ; spill.py:23:21
	s_and_b32 s33, s2, 0xffff00
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v1, 63, v249
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b32_e32 v33, 4, v249
	v_lshrrev_b32_e32 v67, 1, v0
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v2, 64, v1
	v_or_b32_e32 v3, 0x80, v1
	v_or_b32_e32 v4, 0xc0, v1
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v5, s31, v1
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v17, s33, v1
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v6, s31, v2
	v_or_b32_e32 v7, s31, v3
	v_or_b32_e32 v8, s31, v4
	.loc	1 25 51                         ; spill.py:25:51
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v1, s29, v5
	.loc	1 29 22                         ; spill.py:29:22
	s_add_co_i32 s5, s28, -1
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v9, s29, v6
	v_mul_lo_u32 v10, s29, v7
	v_mul_lo_u32 v13, s29, v8
.Ltmp0:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17                         ; standard.py:43:17 @[ spill.py:29:33 ]
	s_add_co_i32 s14, s28, 15
.Ltmp1:
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e32 vcc_lo, s26, v5
	v_cmp_gt_i32_e64 s2, s26, v6
	v_cmp_gt_i32_e64 s3, s26, v7
	v_cmp_gt_i32_e64 s4, s26, v8
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_u32 s5, 0x7ffffff0
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v18, s33, v2
	.loc	1 29 22                         ; spill.py:29:22
	s_cselect_b32 s12, -1, 0
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v19, s33, v3
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b32 s5, vcc_lo, s12
	s_and_b32 s6, s2, s12
	s_and_b32 s7, s3, s12
	s_and_b32 s8, s4, s12
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v20, s33, v4
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v1, 0x80000000, v1, s5
	v_cndmask_b32_e64 v5, 0x80000000, v9, s6
	v_cndmask_b32_e64 v9, 0x80000000, v10, s7
	v_cndmask_b32_e64 v13, 0x80000000, v13, s8
	s_mov_b64 s[16:17], s[22:23]
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x31027000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v21, s30, v17
	v_mul_lo_u32 v22, s30, v18
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1
	buffer_load_b128 v[1:4], v1, s[20:23], null offen
	buffer_load_b128 v[5:8], v5, s[20:23], null offen
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v25, s30, v19
	v_mul_lo_u32 v29, s30, v20
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s5, s27, v17
	v_cmp_gt_i32_e64 s6, s27, v18
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1
	buffer_load_b128 v[9:12], v9, s[20:23], null offen
	buffer_load_b128 v[13:16], v13, s[20:23], null offen
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s7, s27, v19
	v_cmp_gt_i32_e64 s8, s27, v20
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b32 s9, s5, s12
	s_and_b32 s10, s6, s12
	.loc	1 31 20                         ; spill.py:31:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v17, 0x80000000, v21, s9
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b32 s11, s7, s12
	s_and_b32 s12, s8, s12
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v21, 0x80000000, v22, s10
	v_cndmask_b32_e64 v25, 0x80000000, v25, s11
	v_cndmask_b32_e64 v29, 0x80000000, v29, s12
	s_and_b32 s17, s17, 0xffff
	s_mov_b32 s18, s22
	s_mov_b32 s19, s23
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s14, 32
	.loc	1 31 20                         ; spill.py:31:20
	s_clause 0x3
	buffer_load_b128 v[17:20], v17, s[16:19], null offen
	buffer_load_b128 v[21:24], v21, s[16:19], null offen
	buffer_load_b128 v[25:28], v25, s[16:19], null offen
	buffer_load_b128 v[29:32], v29, s[16:19], null offen
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v65, 0x88, v34
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_or_b32 v33, 0x370, v33, v65
	v_add_nc_u32_e32 v69, 0, v33
	s_wait_loadcnt 0x6
	ds_store_2addr_stride64_b64 v69, v[1:2], v[5:6] offset1:2
	s_wait_loadcnt 0x4
	ds_store_2addr_stride64_b64 v69, v[9:10], v[13:14] offset0:4 offset1:6
	v_xor_b32_e32 v1, 8, v33
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v68, 0, v1
	ds_store_2addr_stride64_b64 v68, v[3:4], v[7:8] offset1:2
	ds_store_2addr_stride64_b64 v68, v[11:12], v[15:16] offset0:4 offset1:6
	.loc	1 31 20                         ; spill.py:31:20
	s_wait_loadcnt 0x2
	ds_store_2addr_stride64_b64 v69, v[17:18], v[21:22] offset0:8 offset1:10
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v69, v[25:26], v[29:30] offset0:12 offset1:14
	ds_store_2addr_stride64_b64 v68, v[19:20], v[23:24] offset0:8 offset1:10
	ds_store_2addr_stride64_b64 v68, v[27:28], v[31:32] offset0:12 offset1:14
	v_mov_b32_e32 v24, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v21, v24 :: v_dual_lshlrev_b32 v66, 4, v0
	v_dual_mov_b32 v23, v24 :: v_dual_mov_b32 v22, v24
	v_dual_mov_b32 v20, v24 :: v_dual_mov_b32 v19, v24
	v_mov_b32_e32 v8, v24
	v_dual_mov_b32 v18, v24 :: v_dual_mov_b32 v17, v24
	v_dual_mov_b32 v6, v24 :: v_dual_mov_b32 v7, v24
	v_dual_mov_b32 v4, v24 :: v_dual_mov_b32 v5, v24
	v_dual_mov_b32 v2, v24 :: v_dual_mov_b32 v3, v24
	v_dual_mov_b32 v84, v24 :: v_dual_mov_b32 v1, v24
	v_dual_mov_b32 v82, v24 :: v_dual_mov_b32 v85, v24
	v_dual_mov_b32 v80, v24 :: v_dual_mov_b32 v83, v24
	v_dual_mov_b32 v78, v24 :: v_dual_mov_b32 v81, v24
	v_dual_mov_b32 v76, v24 :: v_dual_mov_b32 v79, v24
	v_dual_mov_b32 v74, v24 :: v_dual_mov_b32 v77, v24
	v_dual_mov_b32 v72, v24 :: v_dual_mov_b32 v75, v24
	v_dual_mov_b32 v70, v24 :: v_dual_mov_b32 v73, v24
	v_dual_mov_b32 v196, v24 :: v_dual_mov_b32 v71, v24
	v_dual_mov_b32 v194, v24 :: v_dual_mov_b32 v195, v24
	v_dual_mov_b32 v192, v24 :: v_dual_mov_b32 v193, v24
	v_dual_mov_b32 v190, v24 :: v_dual_mov_b32 v191, v24
	v_dual_mov_b32 v56, v24 :: v_dual_mov_b32 v189, v24
	v_dual_mov_b32 v54, v24 :: v_dual_mov_b32 v55, v24
	v_dual_mov_b32 v52, v24 :: v_dual_mov_b32 v53, v24
	v_dual_mov_b32 v50, v24 :: v_dual_mov_b32 v51, v24
	v_dual_mov_b32 v64, v24 :: v_dual_mov_b32 v49, v24
	v_dual_mov_b32 v62, v24 :: v_dual_mov_b32 v63, v24
	v_dual_mov_b32 v60, v24 :: v_dual_mov_b32 v61, v24
	v_dual_mov_b32 v58, v24 :: v_dual_mov_b32 v59, v24
	v_dual_mov_b32 v116, v24 :: v_dual_mov_b32 v57, v24
	v_dual_mov_b32 v114, v24 :: v_dual_mov_b32 v115, v24
	v_dual_mov_b32 v112, v24 :: v_dual_mov_b32 v113, v24
	v_dual_mov_b32 v110, v24 :: v_dual_mov_b32 v111, v24
	v_dual_mov_b32 v124, v24 :: v_dual_mov_b32 v109, v24
	v_dual_mov_b32 v122, v24 :: v_dual_mov_b32 v123, v24
	v_dual_mov_b32 v120, v24 :: v_dual_mov_b32 v121, v24
	v_dual_mov_b32 v118, v24 :: v_dual_mov_b32 v119, v24
	v_dual_mov_b32 v132, v24 :: v_dual_mov_b32 v117, v24
	v_dual_mov_b32 v130, v24 :: v_dual_mov_b32 v131, v24
	v_dual_mov_b32 v128, v24 :: v_dual_mov_b32 v129, v24
	v_dual_mov_b32 v126, v24 :: v_dual_mov_b32 v127, v24
	v_dual_mov_b32 v140, v24 :: v_dual_mov_b32 v125, v24
	v_dual_mov_b32 v138, v24 :: v_dual_mov_b32 v139, v24
	v_dual_mov_b32 v136, v24 :: v_dual_mov_b32 v137, v24
	v_dual_mov_b32 v134, v24 :: v_dual_mov_b32 v135, v24
	v_dual_mov_b32 v148, v24 :: v_dual_mov_b32 v133, v24
	v_dual_mov_b32 v146, v24 :: v_dual_mov_b32 v147, v24
	v_dual_mov_b32 v144, v24 :: v_dual_mov_b32 v145, v24
	v_dual_mov_b32 v142, v24 :: v_dual_mov_b32 v143, v24
	v_dual_mov_b32 v156, v24 :: v_dual_mov_b32 v141, v24
	v_dual_mov_b32 v154, v24 :: v_dual_mov_b32 v155, v24
	v_dual_mov_b32 v152, v24 :: v_dual_mov_b32 v153, v24
	v_dual_mov_b32 v150, v24 :: v_dual_mov_b32 v151, v24
	v_dual_mov_b32 v164, v24 :: v_dual_mov_b32 v149, v24
	v_dual_mov_b32 v162, v24 :: v_dual_mov_b32 v163, v24
	v_dual_mov_b32 v160, v24 :: v_dual_mov_b32 v161, v24
	v_dual_mov_b32 v158, v24 :: v_dual_mov_b32 v159, v24
	v_dual_mov_b32 v172, v24 :: v_dual_mov_b32 v157, v24
	v_dual_mov_b32 v170, v24 :: v_dual_mov_b32 v171, v24
	v_dual_mov_b32 v168, v24 :: v_dual_mov_b32 v169, v24
	v_dual_mov_b32 v166, v24 :: v_dual_mov_b32 v167, v24
	v_dual_mov_b32 v180, v24 :: v_dual_mov_b32 v165, v24
	v_dual_mov_b32 v178, v24 :: v_dual_mov_b32 v179, v24
	v_dual_mov_b32 v176, v24 :: v_dual_mov_b32 v177, v24
	v_dual_mov_b32 v174, v24 :: v_dual_mov_b32 v175, v24
	v_dual_mov_b32 v188, v24 :: v_dual_mov_b32 v173, v24
	v_dual_mov_b32 v186, v24 :: v_dual_mov_b32 v187, v24
	v_dual_mov_b32 v184, v24 :: v_dual_mov_b32 v185, v24
	v_dual_mov_b32 v182, v24 :: v_dual_mov_b32 v183, v24
	v_dual_mov_b32 v208, v24 :: v_dual_mov_b32 v181, v24
	v_dual_mov_b32 v206, v24 :: v_dual_mov_b32 v207, v24
	v_dual_mov_b32 v204, v24 :: v_dual_mov_b32 v205, v24
	v_dual_mov_b32 v202, v24 :: v_dual_mov_b32 v203, v24
	v_dual_mov_b32 v216, v24 :: v_dual_mov_b32 v201, v24
	v_dual_mov_b32 v214, v24 :: v_dual_mov_b32 v215, v24
	v_dual_mov_b32 v212, v24 :: v_dual_mov_b32 v213, v24
	v_dual_mov_b32 v210, v24 :: v_dual_mov_b32 v211, v24
	v_dual_mov_b32 v224, v24 :: v_dual_mov_b32 v209, v24
	v_dual_mov_b32 v222, v24 :: v_dual_mov_b32 v223, v24
	v_dual_mov_b32 v220, v24 :: v_dual_mov_b32 v221, v24
	v_dual_mov_b32 v218, v24 :: v_dual_mov_b32 v219, v24
	v_dual_mov_b32 v232, v24 :: v_dual_mov_b32 v217, v24
	v_dual_mov_b32 v230, v24 :: v_dual_mov_b32 v231, v24
	v_dual_mov_b32 v228, v24 :: v_dual_mov_b32 v229, v24
	v_dual_mov_b32 v226, v24 :: v_dual_mov_b32 v227, v24
	v_dual_mov_b32 v240, v24 :: v_dual_mov_b32 v225, v24
	v_dual_mov_b32 v238, v24 :: v_dual_mov_b32 v239, v24
	v_dual_mov_b32 v236, v24 :: v_dual_mov_b32 v237, v24
	v_dual_mov_b32 v234, v24 :: v_dual_mov_b32 v235, v24
	v_dual_mov_b32 v248, v24 :: v_dual_mov_b32 v233, v24
	v_dual_mov_b32 v246, v24 :: v_dual_mov_b32 v247, v24
	v_dual_mov_b32 v244, v24 :: v_dual_mov_b32 v245, v24
	v_dual_mov_b32 v242, v24 :: v_dual_mov_b32 v243, v24
	v_dual_mov_b32 v40, v24 :: v_dual_mov_b32 v241, v24
	v_dual_mov_b32 v38, v24 :: v_dual_mov_b32 v39, v24
	v_dual_mov_b32 v36, v24 :: v_dual_mov_b32 v37, v24
	v_dual_mov_b32 v34, v24 :: v_dual_mov_b32 v35, v24
	v_dual_mov_b32 v48, v24 :: v_dual_mov_b32 v33, v24
	v_dual_mov_b32 v46, v24 :: v_dual_mov_b32 v47, v24
	v_dual_mov_b32 v44, v24 :: v_dual_mov_b32 v45, v24
	v_dual_mov_b32 v42, v24 :: v_dual_mov_b32 v43, v24
	v_dual_mov_b32 v16, v24 :: v_dual_mov_b32 v41, v24
	v_dual_mov_b32 v14, v24 :: v_dual_mov_b32 v15, v24
	v_dual_mov_b32 v12, v24 :: v_dual_mov_b32 v13, v24
	v_dual_mov_b32 v10, v24 :: v_dual_mov_b32 v11, v24
	v_dual_mov_b32 v100, v24 :: v_dual_mov_b32 v9, v24
	v_dual_mov_b32 v98, v24 :: v_dual_mov_b32 v99, v24
	v_dual_mov_b32 v96, v24 :: v_dual_mov_b32 v97, v24
	v_dual_mov_b32 v94, v24 :: v_dual_mov_b32 v95, v24
	v_dual_mov_b32 v108, v24 :: v_dual_mov_b32 v93, v24
	v_dual_mov_b32 v106, v24 :: v_dual_mov_b32 v107, v24
	v_dual_mov_b32 v104, v24 :: v_dual_mov_b32 v105, v24
	v_dual_mov_b32 v102, v24 :: v_dual_mov_b32 v103, v24
	v_dual_mov_b32 v32, v24 :: v_dual_mov_b32 v101, v24
	v_dual_mov_b32 v30, v24 :: v_dual_mov_b32 v31, v24
	v_dual_mov_b32 v28, v24 :: v_dual_mov_b32 v29, v24
	v_dual_mov_b32 v26, v24 :: v_dual_mov_b32 v27, v24
	v_mov_b32_e32 v25, v24
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:672
	scratch_store_b128 off, v[5:8], off offset:688
	scratch_store_b128 off, v[1:4], off offset:704
	scratch_store_b128 off, v[5:8], off offset:720
	scratch_store_b128 off, v[1:4], off offset:736
	scratch_store_b128 off, v[5:8], off offset:752
	scratch_store_b128 off, v[1:4], off offset:768
	scratch_store_b128 off, v[5:8], off offset:784
	scratch_store_b128 off, v[1:4], off offset:800
	scratch_store_b128 off, v[5:8], off offset:816
	scratch_store_b128 off, v[1:4], off offset:832
	scratch_store_b128 off, v[5:8], off offset:848
	scratch_store_b128 off, v[1:4], off offset:3328
	scratch_store_b128 off, v[5:8], off offset:3344
	scratch_store_b128 off, v[1:4], off offset:3360
	scratch_store_b128 off, v[5:8], off offset:3376
	scratch_store_b128 off, v[1:4], off offset:3872
	scratch_store_b128 off, v[5:8], off offset:3888
	scratch_store_b128 off, v[1:4], off offset:3392
	scratch_store_b128 off, v[5:8], off offset:3408
	scratch_store_b128 off, v[1:4], off offset:3904
	scratch_store_b128 off, v[5:8], off offset:3920
	scratch_store_b128 off, v[1:4], off offset:3936
	scratch_store_b128 off, v[5:8], off offset:3952
	scratch_store_b128 off, v[1:4], off offset:3968
	scratch_store_b128 off, v[5:8], off offset:3984
	scratch_store_b128 off, v[1:4], off offset:3424
	scratch_store_b128 off, v[5:8], off offset:3440
	scratch_store_b128 off, v[1:4], off offset:3456
	scratch_store_b128 off, v[5:8], off offset:3472
	scratch_store_b128 off, v[1:4], off offset:3488
	scratch_store_b128 off, v[5:8], off offset:3504
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3520
	scratch_store_b128 off, v[5:8], off offset:3536
	scratch_store_b128 off, v[1:4], off offset:3552
	scratch_store_b128 off, v[5:8], off offset:3568
	scratch_store_b128 off, v[1:4], off offset:3584
	scratch_store_b128 off, v[5:8], off offset:3600
	scratch_store_b128 off, v[1:4], off offset:3616
	scratch_store_b128 off, v[5:8], off offset:3632
	scratch_store_b128 off, v[1:4], off offset:3648
	scratch_store_b128 off, v[5:8], off offset:3664
	scratch_store_b128 off, v[1:4], off offset:3680
	scratch_store_b128 off, v[5:8], off offset:3696
	scratch_store_b128 off, v[1:4], off offset:3712
	scratch_store_b128 off, v[5:8], off offset:3728
	scratch_store_b128 off, v[1:4], off offset:3744
	scratch_store_b128 off, v[5:8], off offset:3760
	scratch_store_b128 off, v[1:4], off offset:3776
	scratch_store_b128 off, v[5:8], off offset:3792
	scratch_store_b128 off, v[1:4], off offset:3808
	scratch_store_b128 off, v[5:8], off offset:3824
	scratch_store_b128 off, v[1:4], off offset:3840
	scratch_store_b128 off, v[5:8], off offset:3856
	scratch_store_b128 off, v[1:4], off offset:4000
	scratch_store_b128 off, v[5:8], off offset:4016
	scratch_store_b128 off, v[1:4], off offset:2720
	scratch_store_b128 off, v[5:8], off offset:2736
	scratch_store_b128 off, v[1:4], off offset:2752
	scratch_store_b128 off, v[5:8], off offset:2768
	scratch_store_b128 off, v[1:4], off offset:2848
	scratch_store_b128 off, v[5:8], off offset:2864
	scratch_store_b128 off, v[1:4], off offset:2880
	scratch_store_b128 off, v[5:8], off offset:2896
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2912
	scratch_store_b128 off, v[5:8], off offset:2928
	scratch_store_b128 off, v[1:4], off offset:2944
	scratch_store_b128 off, v[5:8], off offset:2960
	scratch_store_b128 off, v[1:4], off offset:2976
	scratch_store_b128 off, v[5:8], off offset:2992
	scratch_store_b128 off, v[1:4], off offset:3008
	scratch_store_b128 off, v[5:8], off offset:3024
	scratch_store_b128 off, v[1:4], off offset:3040
	scratch_store_b128 off, v[5:8], off offset:3056
	scratch_store_b128 off, v[1:4], off offset:3072
	scratch_store_b128 off, v[5:8], off offset:3088
	scratch_store_b128 off, v[1:4], off offset:1792
	scratch_store_b128 off, v[5:8], off offset:1808
	scratch_store_b128 off, v[1:4], off offset:3104
	scratch_store_b128 off, v[5:8], off offset:3120
	scratch_store_b128 off, v[1:4], off offset:3136
	scratch_store_b128 off, v[5:8], off offset:3152
	scratch_store_b128 off, v[1:4], off offset:3168
	scratch_store_b128 off, v[5:8], off offset:3184
	scratch_store_b128 off, v[1:4], off offset:1824
	scratch_store_b128 off, v[5:8], off offset:1840
	scratch_store_b128 off, v[1:4], off offset:1856
	scratch_store_b128 off, v[5:8], off offset:1872
	scratch_store_b128 off, v[1:4], off offset:1888
	scratch_store_b128 off, v[5:8], off offset:1904
	scratch_store_b128 off, v[1:4], off offset:1920
	scratch_store_b128 off, v[5:8], off offset:1936
	scratch_store_b128 off, v[1:4], off offset:1952
	scratch_store_b128 off, v[5:8], off offset:1968
	scratch_store_b128 off, v[1:4], off offset:1984
	scratch_store_b128 off, v[5:8], off offset:2000
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2016
	scratch_store_b128 off, v[5:8], off offset:2032
	scratch_store_b128 off, v[1:4], off offset:2048
	scratch_store_b128 off, v[5:8], off offset:2064
	scratch_store_b128 off, v[1:4], off offset:2080
	scratch_store_b128 off, v[5:8], off offset:2096
	scratch_store_b128 off, v[1:4], off offset:2112
	scratch_store_b128 off, v[5:8], off offset:2128
	scratch_store_b128 off, v[1:4], off offset:2144
	scratch_store_b128 off, v[5:8], off offset:2160
	scratch_store_b128 off, v[25:28], off offset:192
	scratch_store_b128 off, v[29:32], off offset:208
	scratch_store_b128 off, v[25:28], off offset:224
	scratch_store_b128 off, v[29:32], off offset:240
	scratch_store_b128 off, v[25:28], off offset:256
	scratch_store_b128 off, v[29:32], off offset:272
	scratch_store_b128 off, v[25:28], off offset:288
	scratch_store_b128 off, v[29:32], off offset:304
	scratch_store_b128 off, v[25:28], off offset:320
	scratch_store_b128 off, v[29:32], off offset:336
	scratch_store_b128 off, v[25:28], off offset:352
	scratch_store_b128 off, v[29:32], off offset:368
	scratch_store_b128 off, v[25:28], off offset:384
	scratch_store_b128 off, v[29:32], off offset:400
	scratch_store_b128 off, v[25:28], off offset:416
	scratch_store_b128 off, v[29:32], off offset:432
	scratch_store_b128 off, v[25:28], off offset:448
	scratch_store_b128 off, v[29:32], off offset:464
	scratch_store_b128 off, v[25:28], off offset:480
	scratch_store_b128 off, v[29:32], off offset:496
	scratch_store_b128 off, v[25:28], off offset:512
	scratch_store_b128 off, v[29:32], off offset:528
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:544
	scratch_store_b128 off, v[29:32], off offset:560
	scratch_store_b128 off, v[25:28], off offset:576
	scratch_store_b128 off, v[29:32], off offset:592
	scratch_store_b128 off, v[25:28], off offset:608
	scratch_store_b128 off, v[29:32], off offset:624
	scratch_store_b128 off, v[25:28], off offset:640
	scratch_store_b128 off, v[29:32], off offset:656
	scratch_store_b128 off, v[25:28], off offset:864
	scratch_store_b128 off, v[29:32], off offset:880
	scratch_store_b128 off, v[25:28], off offset:896
	scratch_store_b128 off, v[29:32], off offset:912
	scratch_store_b128 off, v[25:28], off offset:928
	scratch_store_b128 off, v[29:32], off offset:944
	scratch_store_b128 off, v[25:28], off offset:960
	scratch_store_b128 off, v[29:32], off offset:976
	scratch_store_b128 off, v[25:28], off offset:992
	scratch_store_b128 off, v[29:32], off offset:1008
	scratch_store_b128 off, v[25:28], off offset:1024
	scratch_store_b128 off, v[29:32], off offset:1040
	scratch_store_b128 off, v[25:28], off offset:1056
	scratch_store_b128 off, v[29:32], off offset:1072
	scratch_store_b128 off, v[25:28], off offset:1088
	scratch_store_b128 off, v[29:32], off offset:1104
	scratch_store_b128 off, v[25:28], off offset:1120
	scratch_store_b128 off, v[29:32], off offset:1136
	scratch_store_b128 off, v[25:28], off offset:1152
	scratch_store_b128 off, v[29:32], off offset:1168
	scratch_store_b128 off, v[25:28], off offset:1184
	scratch_store_b128 off, v[29:32], off offset:1200
	scratch_store_b128 off, v[25:28], off offset:1216
	scratch_store_b128 off, v[29:32], off offset:1232
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1248
	scratch_store_b128 off, v[29:32], off offset:1264
	scratch_store_b128 off, v[25:28], off offset:1280
	scratch_store_b128 off, v[29:32], off offset:1296
	scratch_store_b128 off, v[25:28], off offset:1312
	scratch_store_b128 off, v[29:32], off offset:1328
	scratch_store_b128 off, v[25:28], off offset:1344
	scratch_store_b128 off, v[29:32], off offset:1360
	scratch_store_b128 off, v[25:28], off offset:1376
	scratch_store_b128 off, v[29:32], off offset:1392
	scratch_store_b128 off, v[25:28], off offset:1408
	scratch_store_b128 off, v[29:32], off offset:1424
	scratch_store_b128 off, v[25:28], off offset:1440
	scratch_store_b128 off, v[29:32], off offset:1456
	scratch_store_b128 off, v[25:28], off offset:1472
	scratch_store_b128 off, v[29:32], off offset:1488
	scratch_store_b128 off, v[25:28], off offset:1504
	scratch_store_b128 off, v[29:32], off offset:1520
	scratch_store_b128 off, v[25:28], off offset:1536
	scratch_store_b128 off, v[29:32], off offset:1552
	scratch_store_b128 off, v[25:28], off offset:1568
	scratch_store_b128 off, v[29:32], off offset:1584
	scratch_store_b128 off, v[25:28], off offset:1600
	scratch_store_b128 off, v[29:32], off offset:1616
	scratch_store_b128 off, v[25:28], off offset:1632
	scratch_store_b128 off, v[29:32], off offset:1648
	scratch_store_b128 off, v[25:28], off offset:1664
	scratch_store_b128 off, v[29:32], off offset:1680
	scratch_store_b128 off, v[25:28], off offset:1696
	scratch_store_b128 off, v[29:32], off offset:1712
	scratch_store_b128 off, v[25:28], off offset:1728
	scratch_store_b128 off, v[29:32], off offset:1744
	s_clause 0x5                            ; 96-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:2784
	scratch_store_b128 off, v[29:32], off offset:2800
	scratch_store_b128 off, v[25:28], off offset:2816
	scratch_store_b128 off, v[29:32], off offset:2832
	scratch_store_b128 off, v[25:28], off offset:1760
	scratch_store_b128 off, v[29:32], off offset:1776
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	v_dual_mov_b32 v25, 0 :: v_dual_and_b32 v2, 8, v67
	.loc	1 29 22                         ; spill.py:29:22
	v_and_b32_e32 v1, 31, v0
	v_and_or_b32 v3, 0x70, v66, v65
	s_lshl_b32 s10, s13, 8
.Ltmp2:
	.loc	2 43 30 is_stmt 1               ; standard.py:43:30 @[ spill.py:29:33 ]
	s_lshr_b32 s9, s14, 4
	v_mov_b32_e32 v26, v25
.Ltmp3:
	.loc	1 29 22                         ; spill.py:29:22
	v_or_b32_e32 v1, s15, v1
	v_xor_b32_e32 v2, v3, v2
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s10, s10, 0x100
	s_add_co_i32 s15, s28, -16
	s_add_co_i32 s28, s9, -1
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s9, s10, 0
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v249, off offset:4032
	scratch_store_b32 off, v0, off offset:4036
	v_dual_mov_b32 v28, v25 :: v_dual_and_b32 v1, 63, v1
	s_wait_alu depctr_sa_sdst(0)
	v_dual_mov_b32 v29, v25 :: v_dual_add_nc_u32 v0, s9, v2
	v_dual_mov_b32 v57, v25 :: v_dual_mov_b32 v58, v25
	v_dual_mov_b32 v59, v25 :: v_dual_mov_b32 v60, v25
	v_dual_mov_b32 v61, v25 :: v_dual_mov_b32 v62, v25
	v_dual_mov_b32 v63, v25 :: v_dual_mov_b32 v64, v25
	v_dual_mov_b32 v30, v25 :: v_dual_add_nc_u32 v17, 0, v2
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v67, off offset:4048
	scratch_store_b32 off, v0, off offset:3456
	v_dual_mov_b32 v27, v25 :: v_dual_add_nc_u32 v20, s33, v1
	v_dual_mov_b32 v32, v25 :: v_dual_add_nc_u32 v19, s31, v1
	v_dual_mov_b32 v31, v25 :: v_dual_mov_b32 v0, v25
	v_dual_mov_b32 v1, v25 :: v_dual_mov_b32 v2, v25
	v_dual_mov_b32 v3, v25 :: v_dual_mov_b32 v4, v25
	v_dual_mov_b32 v5, v25 :: v_dual_mov_b32 v6, v25
	v_dual_mov_b32 v7, v25 :: v_dual_mov_b32 v14, v25
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[57:60], off offset:800
	scratch_store_b128 off, v[61:64], off offset:816
	scratch_store_b128 off, v[57:60], off offset:768
	scratch_store_b128 off, v[61:64], off offset:784
	scratch_store_b128 off, v[57:60], off offset:736
	scratch_store_b128 off, v[61:64], off offset:752
	scratch_store_b128 off, v[0:3], off offset:1760
	scratch_store_b128 off, v[4:7], off offset:1776
	scratch_store_b128 off, v[0:3], off offset:2816
	scratch_store_b128 off, v[4:7], off offset:2832
	scratch_store_b128 off, v[0:3], off offset:2784
	scratch_store_b128 off, v[4:7], off offset:2800
	scratch_store_b128 off, v[0:3], off offset:1728
	scratch_store_b128 off, v[4:7], off offset:1744
	scratch_store_b128 off, v[0:3], off offset:1696
	scratch_store_b128 off, v[4:7], off offset:1712
	scratch_store_b128 off, v[0:3], off offset:1664
	scratch_store_b128 off, v[4:7], off offset:1680
	scratch_store_b128 off, v[0:3], off offset:1632
	scratch_store_b128 off, v[4:7], off offset:1648
	scratch_store_b128 off, v[0:3], off offset:1600
	scratch_store_b128 off, v[4:7], off offset:1616
	scratch_store_b128 off, v[0:3], off offset:1568
	scratch_store_b128 off, v[4:7], off offset:1584
	scratch_store_b128 off, v[0:3], off offset:1536
	scratch_store_b128 off, v[4:7], off offset:1552
	scratch_store_b128 off, v[0:3], off offset:1504
	scratch_store_b128 off, v[4:7], off offset:1520
	scratch_store_b128 off, v[0:3], off offset:1472
	scratch_store_b128 off, v[4:7], off offset:1488
	scratch_store_b128 off, v[0:3], off offset:1440
	scratch_store_b128 off, v[4:7], off offset:1456
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:1408
	scratch_store_b128 off, v[4:7], off offset:1424
	scratch_store_b128 off, v[0:3], off offset:1376
	scratch_store_b128 off, v[4:7], off offset:1392
	scratch_store_b128 off, v[0:3], off offset:1344
	scratch_store_b128 off, v[4:7], off offset:1360
	scratch_store_b128 off, v[0:3], off offset:1312
	scratch_store_b128 off, v[4:7], off offset:1328
	scratch_store_b128 off, v[0:3], off offset:1280
	scratch_store_b128 off, v[4:7], off offset:1296
	scratch_store_b128 off, v[0:3], off offset:1248
	scratch_store_b128 off, v[4:7], off offset:1264
	scratch_store_b128 off, v[0:3], off offset:1216
	scratch_store_b128 off, v[4:7], off offset:1232
	scratch_store_b128 off, v[0:3], off offset:1184
	scratch_store_b128 off, v[4:7], off offset:1200
	scratch_store_b128 off, v[0:3], off offset:1152
	scratch_store_b128 off, v[4:7], off offset:1168
	scratch_store_b128 off, v[0:3], off offset:1120
	scratch_store_b128 off, v[4:7], off offset:1136
	scratch_store_b128 off, v[0:3], off offset:1088
	scratch_store_b128 off, v[4:7], off offset:1104
	scratch_store_b128 off, v[0:3], off offset:1056
	scratch_store_b128 off, v[4:7], off offset:1072
	scratch_store_b128 off, v[0:3], off offset:1024
	scratch_store_b128 off, v[4:7], off offset:1040
	scratch_store_b128 off, v[0:3], off offset:992
	scratch_store_b128 off, v[4:7], off offset:1008
	scratch_store_b128 off, v[0:3], off offset:960
	scratch_store_b128 off, v[4:7], off offset:976
	scratch_store_b128 off, v[0:3], off offset:928
	scratch_store_b128 off, v[4:7], off offset:944
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:896
	scratch_store_b128 off, v[4:7], off offset:912
	v_dual_mov_b32 v13, v25 :: v_dual_mov_b32 v12, v25
	v_dual_mov_b32 v11, v25 :: v_dual_mov_b32 v10, v25
	v_dual_mov_b32 v9, v25 :: v_dual_mov_b32 v8, v25
	v_add_nc_u32_e32 v23, 64, v19
	v_add_nc_u32_e32 v22, 0x80, v19
	v_dual_mov_b32 v18, v25 :: v_dual_add_nc_u32 v21, 0xc0, v19
	v_dual_mov_b32 v221, v25 :: v_dual_add_nc_u32 v24, 0xc0, v20
	v_dual_mov_b32 v222, v25 :: v_dual_mov_b32 v223, v25
	v_mov_b32_e32 v224, v25
	s_delay_alu instid0(VALU_DEP_4)
	v_mad_co_u64_u32 v[253:254], null, s29, v21, 16
	v_mad_co_u64_u32 v[254:255], null, s30, v20, 16
	v_mov_b32_e32 v255, v69
	v_dual_mov_b32 v225, v25 :: v_dual_mov_b32 v226, v25
	v_dual_mov_b32 v227, v25 :: v_dual_mov_b32 v228, v25
	v_dual_mov_b32 v213, v25 :: v_dual_mov_b32 v214, v25
	v_dual_mov_b32 v215, v25 :: v_dual_mov_b32 v216, v25
	v_dual_mov_b32 v217, v25 :: v_dual_mov_b32 v218, v25
	v_dual_mov_b32 v219, v25 :: v_dual_mov_b32 v220, v25
	v_dual_mov_b32 v197, v25 :: v_dual_mov_b32 v198, v25
	v_dual_mov_b32 v199, v25 :: v_dual_mov_b32 v200, v25
	v_dual_mov_b32 v201, v25 :: v_dual_mov_b32 v202, v25
	v_dual_mov_b32 v203, v25 :: v_dual_mov_b32 v204, v25
	v_dual_mov_b32 v173, v25 :: v_dual_mov_b32 v174, v25
	v_dual_mov_b32 v175, v25 :: v_dual_mov_b32 v176, v25
	v_dual_mov_b32 v177, v25 :: v_dual_mov_b32 v178, v25
	v_dual_mov_b32 v179, v25 :: v_dual_mov_b32 v180, v25
	v_dual_mov_b32 v205, v25 :: v_dual_mov_b32 v206, v25
	v_dual_mov_b32 v207, v25 :: v_dual_mov_b32 v208, v25
	v_dual_mov_b32 v209, v25 :: v_dual_mov_b32 v210, v25
	v_dual_mov_b32 v211, v25 :: v_dual_mov_b32 v212, v25
	v_dual_mov_b32 v181, v25 :: v_dual_mov_b32 v182, v25
	v_dual_mov_b32 v183, v25 :: v_dual_mov_b32 v184, v25
	v_dual_mov_b32 v185, v25 :: v_dual_mov_b32 v186, v25
	v_dual_mov_b32 v187, v25 :: v_dual_mov_b32 v188, v25
	v_dual_mov_b32 v165, v25 :: v_dual_mov_b32 v166, v25
	v_dual_mov_b32 v167, v25 :: v_dual_mov_b32 v168, v25
	v_dual_mov_b32 v169, v25 :: v_dual_mov_b32 v170, v25
	v_dual_mov_b32 v171, v25 :: v_dual_mov_b32 v172, v25
	v_dual_mov_b32 v157, v25 :: v_dual_mov_b32 v158, v25
	v_dual_mov_b32 v159, v25 :: v_dual_mov_b32 v160, v25
	v_dual_mov_b32 v161, v25 :: v_dual_mov_b32 v162, v25
	v_dual_mov_b32 v163, v25 :: v_dual_mov_b32 v164, v25
	v_dual_mov_b32 v149, v25 :: v_dual_mov_b32 v150, v25
	v_dual_mov_b32 v151, v25 :: v_dual_mov_b32 v152, v25
	v_dual_mov_b32 v153, v25 :: v_dual_mov_b32 v154, v25
	v_dual_mov_b32 v155, v25 :: v_dual_mov_b32 v156, v25
	v_dual_mov_b32 v141, v25 :: v_dual_mov_b32 v142, v25
	v_dual_mov_b32 v143, v25 :: v_dual_mov_b32 v144, v25
	v_dual_mov_b32 v145, v25 :: v_dual_mov_b32 v146, v25
	v_dual_mov_b32 v147, v25 :: v_dual_mov_b32 v148, v25
	v_dual_mov_b32 v133, v25 :: v_dual_mov_b32 v134, v25
	v_dual_mov_b32 v135, v25 :: v_dual_mov_b32 v136, v25
	v_dual_mov_b32 v137, v25 :: v_dual_mov_b32 v138, v25
	v_dual_mov_b32 v139, v25 :: v_dual_mov_b32 v140, v25
	v_dual_mov_b32 v125, v25 :: v_dual_mov_b32 v126, v25
	v_dual_mov_b32 v127, v25 :: v_dual_mov_b32 v128, v25
	v_dual_mov_b32 v129, v25 :: v_dual_mov_b32 v130, v25
	v_dual_mov_b32 v131, v25 :: v_dual_mov_b32 v132, v25
	v_dual_mov_b32 v117, v25 :: v_dual_mov_b32 v118, v25
	v_dual_mov_b32 v119, v25 :: v_dual_mov_b32 v120, v25
	v_dual_mov_b32 v121, v25 :: v_dual_mov_b32 v122, v25
	v_dual_mov_b32 v123, v25 :: v_dual_mov_b32 v124, v25
	v_dual_mov_b32 v109, v25 :: v_dual_mov_b32 v110, v25
	v_dual_mov_b32 v111, v25 :: v_dual_mov_b32 v112, v25
	v_dual_mov_b32 v113, v25 :: v_dual_mov_b32 v114, v25
	v_dual_mov_b32 v115, v25 :: v_dual_mov_b32 v116, v25
	v_dual_mov_b32 v189, v25 :: v_dual_mov_b32 v190, v25
	v_dual_mov_b32 v191, v25 :: v_dual_mov_b32 v192, v25
	v_dual_mov_b32 v193, v25 :: v_dual_mov_b32 v194, v25
	v_dual_mov_b32 v195, v25 :: v_dual_mov_b32 v196, v25
	v_dual_mov_b32 v101, v25 :: v_dual_mov_b32 v102, v25
	v_dual_mov_b32 v103, v25 :: v_dual_mov_b32 v104, v25
	v_dual_mov_b32 v105, v25 :: v_dual_mov_b32 v106, v25
	v_dual_mov_b32 v107, v25 :: v_dual_mov_b32 v108, v25
	v_dual_mov_b32 v93, v25 :: v_dual_mov_b32 v94, v25
	v_dual_mov_b32 v95, v25 :: v_dual_mov_b32 v96, v25
	v_dual_mov_b32 v97, v25 :: v_dual_mov_b32 v98, v25
	v_dual_mov_b32 v99, v25 :: v_dual_mov_b32 v100, v25
	v_dual_mov_b32 v15, v25 :: v_dual_mov_b32 v16, v25
	v_dual_mov_b32 v41, v25 :: v_dual_mov_b32 v42, v25
	v_dual_mov_b32 v43, v25 :: v_dual_mov_b32 v44, v25
	v_dual_mov_b32 v45, v25 :: v_dual_mov_b32 v46, v25
	v_dual_mov_b32 v47, v25 :: v_dual_mov_b32 v48, v25
	v_dual_mov_b32 v33, v25 :: v_dual_mov_b32 v34, v25
	v_dual_mov_b32 v35, v25 :: v_dual_mov_b32 v36, v25
	v_dual_mov_b32 v37, v25 :: v_dual_mov_b32 v38, v25
	v_dual_mov_b32 v39, v25 :: v_dual_mov_b32 v40, v25
	v_dual_mov_b32 v241, v25 :: v_dual_mov_b32 v242, v25
	v_dual_mov_b32 v243, v25 :: v_dual_mov_b32 v244, v25
	v_dual_mov_b32 v245, v25 :: v_dual_mov_b32 v246, v25
	v_dual_mov_b32 v247, v25 :: v_dual_mov_b32 v248, v25
	v_dual_mov_b32 v77, v25 :: v_dual_mov_b32 v78, v25
	v_dual_mov_b32 v79, v25 :: v_dual_mov_b32 v80, v25
	v_dual_mov_b32 v81, v25 :: v_dual_mov_b32 v82, v25
	v_dual_mov_b32 v83, v25 :: v_dual_mov_b32 v84, v25
	v_dual_mov_b32 v49, v25 :: v_dual_mov_b32 v50, v25
	v_dual_mov_b32 v51, v25 :: v_dual_mov_b32 v52, v25
	v_dual_mov_b32 v53, v25 :: v_dual_mov_b32 v54, v25
	v_dual_mov_b32 v55, v25 :: v_dual_mov_b32 v56, v25
	scratch_store_b32 off, v17, off offset:3424 ; 4-byte Folded Spill
	v_dual_mov_b32 v17, v25 :: v_dual_add_nc_u32 v252, 0x800, v17
	s_mov_b32 s18, s22
	s_mov_b32 s19, s23
	s_clause 0x1f                           ; 488-byte Folded Spill
	scratch_store_b32 off, v65, off offset:4040
	scratch_store_b32 off, v66, off offset:4044
	scratch_store_b128 off, v[57:60], off offset:672
	scratch_store_b128 off, v[61:64], off offset:688
	scratch_store_b128 off, v[7:10], off offset:2912
	scratch_store_b128 off, v[11:14], off offset:2928
	scratch_store_b128 off, v[7:10], off offset:2944
	scratch_store_b128 off, v[11:14], off offset:2960
	scratch_store_b128 off, v[7:10], off offset:2976
	scratch_store_b128 off, v[11:14], off offset:2992
	scratch_store_b128 off, v[7:10], off offset:3008
	scratch_store_b128 off, v[11:14], off offset:3024
	scratch_store_b128 off, v[7:10], off offset:3040
	scratch_store_b128 off, v[11:14], off offset:3056
	scratch_store_b128 off, v[7:10], off offset:3072
	scratch_store_b128 off, v[11:14], off offset:3088
	scratch_store_b128 off, v[7:10], off offset:1792
	scratch_store_b128 off, v[11:14], off offset:1808
	scratch_store_b128 off, v[7:10], off offset:3104
	scratch_store_b128 off, v[11:14], off offset:3120
	scratch_store_b128 off, v[7:10], off offset:3136
	scratch_store_b128 off, v[11:14], off offset:3152
	scratch_store_b128 off, v[7:10], off offset:3168
	scratch_store_b128 off, v[11:14], off offset:3184
	scratch_store_b128 off, v[7:10], off offset:1824
	scratch_store_b128 off, v[11:14], off offset:1840
	scratch_store_b128 off, v[7:10], off offset:1856
	scratch_store_b128 off, v[11:14], off offset:1872
	scratch_store_b128 off, v[7:10], off offset:1888
	scratch_store_b128 off, v[11:14], off offset:1904
	scratch_store_b128 off, v[7:10], off offset:1920
	scratch_store_b128 off, v[11:14], off offset:1936
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[7:10], off offset:1952
	scratch_store_b128 off, v[11:14], off offset:1968
	scratch_store_b128 off, v[7:10], off offset:1984
	scratch_store_b128 off, v[11:14], off offset:2000
	scratch_store_b128 off, v[7:10], off offset:2016
	scratch_store_b128 off, v[11:14], off offset:2032
	scratch_store_b128 off, v[7:10], off offset:2048
	scratch_store_b128 off, v[11:14], off offset:2064
	scratch_store_b128 off, v[7:10], off offset:2080
	scratch_store_b128 off, v[11:14], off offset:2096
	scratch_store_b128 off, v[7:10], off offset:2112
	scratch_store_b128 off, v[11:14], off offset:2128
	scratch_store_b128 off, v[7:10], off offset:2144
	scratch_store_b128 off, v[11:14], off offset:2160
	scratch_store_b128 off, v[7:10], off offset:2176
	scratch_store_b128 off, v[11:14], off offset:2192
	scratch_store_b128 off, v[7:10], off offset:2208
	scratch_store_b128 off, v[11:14], off offset:2224
	scratch_store_b128 off, v[7:10], off offset:3232
	scratch_store_b128 off, v[11:14], off offset:3248
	scratch_store_b128 off, v[7:10], off
	scratch_store_b128 off, v[11:14], off offset:16
	scratch_store_b128 off, v[7:10], off offset:32
	scratch_store_b128 off, v[11:14], off offset:48
	scratch_store_b128 off, v[7:10], off offset:64
	scratch_store_b128 off, v[11:14], off offset:80
	scratch_store_b128 off, v[7:10], off offset:96
	scratch_store_b128 off, v[11:14], off offset:112
	scratch_store_b128 off, v[7:10], off offset:128
	scratch_store_b128 off, v[11:14], off offset:144
	scratch_store_b128 off, v[7:10], off offset:2240
	scratch_store_b128 off, v[11:14], off offset:2256
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[7:10], off offset:3264
	scratch_store_b128 off, v[11:14], off offset:3280
	scratch_store_b128 off, v[7:10], off offset:2272
	scratch_store_b128 off, v[11:14], off offset:2288
	scratch_store_b128 off, v[7:10], off offset:3296
	scratch_store_b128 off, v[11:14], off offset:3312
	scratch_store_b128 off, v[7:10], off offset:2304
	scratch_store_b128 off, v[11:14], off offset:2320
	scratch_store_b128 off, v[7:10], off offset:2336
	scratch_store_b128 off, v[11:14], off offset:2352
	scratch_store_b128 off, v[7:10], off offset:2368
	scratch_store_b128 off, v[11:14], off offset:2384
	scratch_store_b128 off, v[7:10], off offset:2400
	scratch_store_b128 off, v[11:14], off offset:2416
	scratch_store_b128 off, v[7:10], off offset:2432
	scratch_store_b128 off, v[11:14], off offset:2448
	scratch_store_b128 off, v[7:10], off offset:2464
	scratch_store_b128 off, v[11:14], off offset:2480
	scratch_store_b128 off, v[7:10], off offset:3200
	scratch_store_b128 off, v[11:14], off offset:3216
	scratch_store_b128 off, v[7:10], off offset:2496
	scratch_store_b128 off, v[11:14], off offset:2512
	scratch_store_b128 off, v[7:10], off offset:160
	scratch_store_b128 off, v[11:14], off offset:176
	scratch_store_b128 off, v[7:10], off offset:2528
	scratch_store_b128 off, v[11:14], off offset:2544
	scratch_store_b128 off, v[7:10], off offset:2560
	scratch_store_b128 off, v[11:14], off offset:2576
	scratch_store_b128 off, v[7:10], off offset:2592
	scratch_store_b128 off, v[11:14], off offset:2608
	scratch_store_b128 off, v[7:10], off offset:2624
	scratch_store_b128 off, v[11:14], off offset:2640
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[7:10], off offset:2656
	scratch_store_b128 off, v[11:14], off offset:2672
	scratch_store_b128 off, v[7:10], off offset:2688
	scratch_store_b128 off, v[11:14], off offset:2704
	scratch_store_b128 off, v[7:10], off offset:192
	scratch_store_b128 off, v[11:14], off offset:208
	scratch_store_b128 off, v[7:10], off offset:224
	scratch_store_b128 off, v[11:14], off offset:240
	scratch_store_b128 off, v[7:10], off offset:256
	scratch_store_b128 off, v[11:14], off offset:272
	scratch_store_b128 off, v[7:10], off offset:288
	scratch_store_b128 off, v[11:14], off offset:304
	scratch_store_b128 off, v[7:10], off offset:320
	scratch_store_b128 off, v[11:14], off offset:336
	scratch_store_b128 off, v[7:10], off offset:352
	scratch_store_b128 off, v[11:14], off offset:368
	scratch_store_b128 off, v[7:10], off offset:384
	scratch_store_b128 off, v[11:14], off offset:400
	scratch_store_b128 off, v[7:10], off offset:416
	scratch_store_b128 off, v[11:14], off offset:432
	scratch_store_b128 off, v[7:10], off offset:448
	scratch_store_b128 off, v[11:14], off offset:464
	scratch_store_b128 off, v[7:10], off offset:480
	scratch_store_b128 off, v[11:14], off offset:496
	scratch_store_b128 off, v[7:10], off offset:512
	scratch_store_b128 off, v[11:14], off offset:528
	scratch_store_b128 off, v[7:10], off offset:544
	scratch_store_b128 off, v[11:14], off offset:560
	scratch_store_b128 off, v[7:10], off offset:576
	scratch_store_b128 off, v[11:14], off offset:592
	scratch_store_b128 off, v[7:10], off offset:608
	scratch_store_b128 off, v[11:14], off offset:624
	s_clause 0xb                            ; 192-byte Folded Spill
	scratch_store_b128 off, v[7:10], off offset:640
	scratch_store_b128 off, v[11:14], off offset:656
	scratch_store_b128 off, v[7:10], off offset:864
	scratch_store_b128 off, v[11:14], off offset:880
	scratch_store_b128 off, v[0:3], off offset:2880
	scratch_store_b128 off, v[4:7], off offset:2896
	scratch_store_b128 off, v[0:3], off offset:2848
	scratch_store_b128 off, v[4:7], off offset:2864
	scratch_store_b128 off, v[0:3], off offset:2752
	scratch_store_b128 off, v[4:7], off offset:2768
	scratch_store_b128 off, v[0:3], off offset:2720
	scratch_store_b128 off, v[4:7], off offset:2736
	v_mad_co_u64_u32 v[57:58], null, s29, v19, 16
	v_mov_b32_e32 v8, v68
	v_mad_co_u64_u32 v[58:59], null, s29, v23, 16
	v_add_nc_u32_e32 v23, 0x80, v20
	v_mov_b32_e32 v19, v25
	v_mad_co_u64_u32 v[59:60], null, s29, v22, 16
	v_dual_mov_b32 v21, v25 :: v_dual_add_nc_u32 v22, 64, v20
	v_mov_b32_e32 v20, v25
	v_mad_co_u64_u32 v[249:250], null, s30, v23, 16
	s_delay_alu instid0(VALU_DEP_3)
	v_mad_co_u64_u32 v[60:61], null, s30, v22, 16
	v_mad_co_u64_u32 v[250:251], null, s30, v24, 16
	v_dual_mov_b32 v22, v25 :: v_dual_mov_b32 v23, v25
	v_mov_b32_e32 v24, v25
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 76                         ; spill.py:30:76
	s_cmp_gt_i32 s15, 0
	s_clause 0x3                            ; 64-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:704
	scratch_store_b128 off, v[53:56], off offset:720
	scratch_store_b128 off, v[77:80], off offset:832
	scratch_store_b128 off, v[81:84], off offset:848
	s_cselect_b32 s29, -1, 0
	.loc	1 29 22                         ; spill.py:29:22
	s_add_co_i32 s28, s28, -1
	.loc	1 30 58                         ; spill.py:30:58
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s12, vcc_lo, s29
	s_and_b32 s9, s2, s29
	.loc	1 30 20 is_stmt 0               ; spill.py:30:20
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v49, 0x80000000, v57, s12
	.loc	1 30 58                         ; spill.py:30:58
	s_and_b32 s11, s4, s29
	s_and_b32 s10, s3, s29
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v50, 0x80000000, v58, s9
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v52, 0x80000000, v253, s11
	buffer_load_b128 v[53:56], v49, s[20:23], null offen
	v_cndmask_b32_e64 v51, 0x80000000, v59, s10
	.loc	1 31 58 is_stmt 1               ; spill.py:31:58
	s_and_b32 s12, s5, s29
	s_and_b32 s9, s6, s29
	s_and_b32 s10, s7, s29
	s_and_b32 s11, s8, s29
	.loc	1 29 22                         ; spill.py:29:22
	v_add_nc_u32_e32 v253, 16, v253
	v_add_nc_u32_e32 v59, 16, v59
	v_add_nc_u32_e32 v58, 16, v58
	v_add_nc_u32_e32 v57, 16, v57
	s_add_co_i32 s15, s15, -16
	s_cmp_lg_u32 s28, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_wait_loadcnt 0x0
	scratch_store_b128 off, v[53:56], off offset:3392 ; 16-byte Folded Spill
	s_clause 0x2
	buffer_load_b128 v[237:240], v50, s[20:23], null offen
	buffer_load_b128 v[53:56], v51, s[20:23], null offen
	buffer_load_b128 v[49:52], v52, s[20:23], null offen
	s_wait_loadcnt 0x1
	scratch_store_b128 off, v[53:56], off offset:3328 ; 16-byte Folded Spill
	s_wait_loadcnt 0x0
	scratch_store_b128 off, v[49:52], off offset:3360 ; 16-byte Folded Spill
	s_wait_storecnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x5                            ; 72-byte Folded Reload
	scratch_load_b32 v83, off, off offset:3424
	scratch_load_b32 v49, off, off offset:3456
	scratch_load_b128 v[69:72], off, off offset:1760
	scratch_load_b128 v[73:76], off, off offset:1776
	scratch_load_b128 v[229:232], off, off offset:2752
	scratch_load_b128 v[233:236], off, off offset:2768
	.loc	1 31 20                         ; spill.py:31:20
	s_wait_loadcnt 0x4
	ds_load_2addr_stride64_b64 v[65:68], v49 offset0:8 offset1:9
	ds_load_2addr_stride64_b64 v[61:64], v49 offset0:10 offset1:11
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v83 offset1:32
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x200
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[67:68], v[89:90], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1760
	scratch_store_b128 off, v[73:76], off offset:1776
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2816
	scratch_load_b128 v[73:76], off, off offset:2832
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[65:66], v[89:90], v[25:32]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[89:90], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2816
	scratch_store_b128 off, v[73:76], off offset:2832
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2784
	scratch_load_b128 v[73:76], off, off offset:2800
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[89:90], v[69:76]
	.loc	1 31 20                         ; spill.py:31:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2784
	scratch_store_b128 off, v[73:76], off offset:2800
	ds_load_2addr_stride64_b64 v[73:76], v49 offset0:12 offset1:13
	ds_load_2addr_stride64_b64 v[69:72], v49 offset0:14 offset1:15
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1728
	scratch_load_b128 v[53:56], off, off offset:1744
	s_wait_loadcnt_dscnt 0x1
	v_nop
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1728
	scratch_store_b128 off, v[53:56], off offset:1744
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1696
	scratch_load_b128 v[53:56], off, off offset:1712
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1696
	scratch_store_b128 off, v[53:56], off offset:1712
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1664
	scratch_load_b128 v[53:56], off, off offset:1680
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1664
	scratch_store_b128 off, v[53:56], off offset:1680
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1632
	scratch_load_b128 v[53:56], off, off offset:1648
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1632
	scratch_store_b128 off, v[53:56], off offset:1648
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1600
	scratch_load_b128 v[53:56], off, off offset:1616
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1600
	scratch_store_b128 off, v[53:56], off offset:1616
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1568
	scratch_load_b128 v[53:56], off, off offset:1584
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1568
	scratch_store_b128 off, v[53:56], off offset:1584
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1536
	scratch_load_b128 v[53:56], off, off offset:1552
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1536
	scratch_store_b128 off, v[53:56], off offset:1552
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1504
	scratch_load_b128 v[53:56], off, off offset:1520
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1504
	scratch_store_b128 off, v[53:56], off offset:1520
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1472
	scratch_load_b128 v[53:56], off, off offset:1488
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1472
	scratch_store_b128 off, v[53:56], off offset:1488
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1440
	scratch_load_b128 v[53:56], off, off offset:1456
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1440
	scratch_store_b128 off, v[53:56], off offset:1456
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1408
	scratch_load_b128 v[53:56], off, off offset:1424
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1408
	scratch_store_b128 off, v[53:56], off offset:1424
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1376
	scratch_load_b128 v[53:56], off, off offset:1392
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[91:92], v[49:56]
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1376
	scratch_store_b128 off, v[53:56], off offset:1392
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1344
	scratch_load_b128 v[53:56], off, off offset:1360
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v83 offset0:64 offset1:96
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1344
	scratch_store_b128 off, v[53:56], off offset:1360
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1312
	scratch_load_b128 v[53:56], off, off offset:1328
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1312
	scratch_store_b128 off, v[53:56], off offset:1328
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1280
	scratch_load_b128 v[53:56], off, off offset:1296
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1280
	scratch_store_b128 off, v[53:56], off offset:1296
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1248
	scratch_load_b128 v[53:56], off, off offset:1264
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1248
	scratch_store_b128 off, v[53:56], off offset:1264
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1216
	scratch_load_b128 v[53:56], off, off offset:1232
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1216
	scratch_store_b128 off, v[53:56], off offset:1232
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1184
	scratch_load_b128 v[53:56], off, off offset:1200
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1184
	scratch_store_b128 off, v[53:56], off offset:1200
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1152
	scratch_load_b128 v[53:56], off, off offset:1168
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1152
	scratch_store_b128 off, v[53:56], off offset:1168
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1120
	scratch_load_b128 v[53:56], off, off offset:1136
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1120
	scratch_store_b128 off, v[53:56], off offset:1136
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1088
	scratch_load_b128 v[53:56], off, off offset:1104
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1088
	scratch_store_b128 off, v[53:56], off offset:1104
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1056
	scratch_load_b128 v[53:56], off, off offset:1072
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1056
	scratch_store_b128 off, v[53:56], off offset:1072
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1024
	scratch_load_b128 v[53:56], off, off offset:1040
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1024
	scratch_store_b128 off, v[53:56], off offset:1040
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:992
	scratch_load_b128 v[53:56], off, off offset:1008
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:992
	scratch_store_b128 off, v[53:56], off offset:1008
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:960
	scratch_load_b128 v[53:56], off, off offset:976
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:960
	scratch_store_b128 off, v[53:56], off offset:976
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:928
	scratch_load_b128 v[53:56], off, off offset:944
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:928
	scratch_store_b128 off, v[53:56], off offset:944
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:896
	scratch_load_b128 v[53:56], off, off offset:912
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:896
	scratch_store_b128 off, v[53:56], off offset:912
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:864
	scratch_load_b128 v[53:56], off, off offset:880
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[91:92], v[49:56]
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:864
	scratch_store_b128 off, v[53:56], off offset:880
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:640
	scratch_load_b128 v[53:56], off, off offset:656
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v83 offset0:128 offset1:160
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:640
	scratch_store_b128 off, v[53:56], off offset:656
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:608
	scratch_load_b128 v[53:56], off, off offset:624
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:608
	scratch_store_b128 off, v[53:56], off offset:624
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:576
	scratch_load_b128 v[53:56], off, off offset:592
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:576
	scratch_store_b128 off, v[53:56], off offset:592
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:544
	scratch_load_b128 v[53:56], off, off offset:560
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:544
	scratch_store_b128 off, v[53:56], off offset:560
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:512
	scratch_load_b128 v[53:56], off, off offset:528
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:512
	scratch_store_b128 off, v[53:56], off offset:528
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:480
	scratch_load_b128 v[53:56], off, off offset:496
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:480
	scratch_store_b128 off, v[53:56], off offset:496
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:448
	scratch_load_b128 v[53:56], off, off offset:464
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:448
	scratch_store_b128 off, v[53:56], off offset:464
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:416
	scratch_load_b128 v[53:56], off, off offset:432
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:416
	scratch_store_b128 off, v[53:56], off offset:432
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:384
	scratch_load_b128 v[53:56], off, off offset:400
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:384
	scratch_store_b128 off, v[53:56], off offset:400
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:352
	scratch_load_b128 v[53:56], off, off offset:368
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:352
	scratch_store_b128 off, v[53:56], off offset:368
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:320
	scratch_load_b128 v[53:56], off, off offset:336
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:320
	scratch_store_b128 off, v[53:56], off offset:336
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:288
	scratch_load_b128 v[53:56], off, off offset:304
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:288
	scratch_store_b128 off, v[53:56], off offset:304
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:256
	scratch_load_b128 v[53:56], off, off offset:272
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:256
	scratch_store_b128 off, v[53:56], off offset:272
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:224
	scratch_load_b128 v[53:56], off, off offset:240
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:224
	scratch_store_b128 off, v[53:56], off offset:240
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:192
	scratch_load_b128 v[53:56], off, off offset:208
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:192
	scratch_store_b128 off, v[53:56], off offset:208
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2688
	scratch_load_b128 v[53:56], off, off offset:2704
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[91:92], v[49:56]
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2688
	scratch_store_b128 off, v[53:56], off offset:2704
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2656
	scratch_load_b128 v[53:56], off, off offset:2672
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v83 offset0:192 offset1:224
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2656
	scratch_store_b128 off, v[53:56], off offset:2672
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2624
	scratch_load_b128 v[53:56], off, off offset:2640
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2624
	scratch_store_b128 off, v[53:56], off offset:2640
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2592
	scratch_load_b128 v[53:56], off, off offset:2608
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2592
	scratch_store_b128 off, v[53:56], off offset:2608
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2560
	scratch_load_b128 v[53:56], off, off offset:2576
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2560
	scratch_store_b128 off, v[53:56], off offset:2576
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2528
	scratch_load_b128 v[53:56], off, off offset:2544
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2528
	scratch_store_b128 off, v[53:56], off offset:2544
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:160
	scratch_load_b128 v[53:56], off, off offset:176
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:160
	scratch_store_b128 off, v[53:56], off offset:176
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2496
	scratch_load_b128 v[53:56], off, off offset:2512
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2496
	scratch_store_b128 off, v[53:56], off offset:2512
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3200
	scratch_load_b128 v[53:56], off, off offset:3216
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3200
	scratch_store_b128 off, v[53:56], off offset:3216
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2464
	scratch_load_b128 v[53:56], off, off offset:2480
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2464
	scratch_store_b128 off, v[53:56], off offset:2480
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2432
	scratch_load_b128 v[53:56], off, off offset:2448
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2432
	scratch_store_b128 off, v[53:56], off offset:2448
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2400
	scratch_load_b128 v[53:56], off, off offset:2416
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2400
	scratch_store_b128 off, v[53:56], off offset:2416
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2368
	scratch_load_b128 v[53:56], off, off offset:2384
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2368
	scratch_store_b128 off, v[53:56], off offset:2384
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2336
	scratch_load_b128 v[53:56], off, off offset:2352
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2336
	scratch_store_b128 off, v[53:56], off offset:2352
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2304
	scratch_load_b128 v[53:56], off, off offset:2320
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2304
	scratch_store_b128 off, v[53:56], off offset:2320
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3296
	scratch_load_b128 v[53:56], off, off offset:3312
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3296
	scratch_store_b128 off, v[53:56], off offset:3312
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2272
	scratch_load_b128 v[53:56], off, off offset:2288
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[91:92], v[49:56]
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2272
	scratch_store_b128 off, v[53:56], off offset:2288
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3264
	scratch_load_b128 v[53:56], off, off offset:3280
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v252 offset1:32
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3264
	scratch_store_b128 off, v[53:56], off offset:3280
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2240
	scratch_load_b128 v[53:56], off, off offset:2256
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2240
	scratch_store_b128 off, v[53:56], off offset:2256
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:128
	scratch_load_b128 v[53:56], off, off offset:144
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:128
	scratch_store_b128 off, v[53:56], off offset:144
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:96
	scratch_load_b128 v[53:56], off, off offset:112
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:96
	scratch_store_b128 off, v[53:56], off offset:112
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:64
	scratch_load_b128 v[53:56], off, off offset:80
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:64
	scratch_store_b128 off, v[53:56], off offset:80
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:32
	scratch_load_b128 v[53:56], off, off offset:48
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:32
	scratch_store_b128 off, v[53:56], off offset:48
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off
	scratch_load_b128 v[53:56], off, off offset:16
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off
	scratch_store_b128 off, v[53:56], off offset:16
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3232
	scratch_load_b128 v[53:56], off, off offset:3248
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3232
	scratch_store_b128 off, v[53:56], off offset:3248
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2208
	scratch_load_b128 v[53:56], off, off offset:2224
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2208
	scratch_store_b128 off, v[53:56], off offset:2224
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2176
	scratch_load_b128 v[53:56], off, off offset:2192
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2176
	scratch_store_b128 off, v[53:56], off offset:2192
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2144
	scratch_load_b128 v[53:56], off, off offset:2160
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2144
	scratch_store_b128 off, v[53:56], off offset:2160
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2112
	scratch_load_b128 v[53:56], off, off offset:2128
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2112
	scratch_store_b128 off, v[53:56], off offset:2128
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2080
	scratch_load_b128 v[53:56], off, off offset:2096
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2080
	scratch_store_b128 off, v[53:56], off offset:2096
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2048
	scratch_load_b128 v[53:56], off, off offset:2064
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2048
	scratch_store_b128 off, v[53:56], off offset:2064
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2016
	scratch_load_b128 v[53:56], off, off offset:2032
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2016
	scratch_store_b128 off, v[53:56], off offset:2032
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1984
	scratch_load_b128 v[53:56], off, off offset:2000
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[91:92], v[49:56]
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1984
	scratch_store_b128 off, v[53:56], off offset:2000
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1952
	scratch_load_b128 v[53:56], off, off offset:1968
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v252 offset0:64 offset1:96
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1952
	scratch_store_b128 off, v[53:56], off offset:1968
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1920
	scratch_load_b128 v[53:56], off, off offset:1936
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1920
	scratch_store_b128 off, v[53:56], off offset:1936
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1888
	scratch_load_b128 v[53:56], off, off offset:1904
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1888
	scratch_store_b128 off, v[53:56], off offset:1904
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1856
	scratch_load_b128 v[53:56], off, off offset:1872
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1856
	scratch_store_b128 off, v[53:56], off offset:1872
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1824
	scratch_load_b128 v[53:56], off, off offset:1840
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1824
	scratch_store_b128 off, v[53:56], off offset:1840
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3168
	scratch_load_b128 v[53:56], off, off offset:3184
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3168
	scratch_store_b128 off, v[53:56], off offset:3184
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3136
	scratch_load_b128 v[53:56], off, off offset:3152
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3136
	scratch_store_b128 off, v[53:56], off offset:3152
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3104
	scratch_load_b128 v[53:56], off, off offset:3120
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[89:90], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:1792
	scratch_load_b128 v[87:90], off, off offset:1808
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3104
	scratch_store_b128 off, v[53:56], off offset:3120
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2848
	scratch_load_b128 v[53:56], off, off offset:2864
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[65:66], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:1792
	scratch_store_b128 off, v[87:90], off offset:1808
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:3072
	scratch_load_b128 v[87:90], off, off offset:3088
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[67:68], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:3072
	scratch_store_b128 off, v[87:90], off offset:3088
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:3040
	scratch_load_b128 v[87:90], off, off offset:3056
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[61:62], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:3040
	scratch_store_b128 off, v[87:90], off offset:3056
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:3008
	scratch_load_b128 v[87:90], off, off offset:3024
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[63:64], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:3008
	scratch_store_b128 off, v[87:90], off offset:3024
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:2976
	scratch_load_b128 v[87:90], off, off offset:2992
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[73:74], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:2976
	scratch_store_b128 off, v[87:90], off offset:2992
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:2944
	scratch_load_b128 v[87:90], off, off offset:2960
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[75:76], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:2944
	scratch_store_b128 off, v[87:90], off offset:2960
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:2912
	scratch_load_b128 v[87:90], off, off offset:2928
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[69:70], v[91:92], v[83:90]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:2912
	scratch_store_b128 off, v[87:90], off offset:2928
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[83:86], off, off offset:2880
	scratch_load_b128 v[87:90], off, off offset:2896
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[83:90], v[71:72], v[91:92], v[83:90]
	.loc	1 30 20                         ; spill.py:30:20
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[83:86], off offset:2880
	scratch_store_b128 off, v[87:90], off offset:2896
	ds_load_2addr_b64 v[89:92], v252 offset0:128 offset1:160
	v_dual_mov_b32 v77, v241 :: v_dual_mov_b32 v78, v242
	v_dual_mov_b32 v79, v243 :: v_dual_mov_b32 v80, v244
	v_dual_mov_b32 v81, v245 :: v_dual_mov_b32 v82, v246
	v_dual_mov_b32 v83, v247 :: v_dual_mov_b32 v84, v248
	v_dual_mov_b32 v248, v40 :: v_dual_mov_b32 v247, v39
	v_dual_mov_b32 v246, v38 :: v_dual_mov_b32 v245, v37
	v_dual_mov_b32 v244, v36 :: v_dual_mov_b32 v243, v35
	v_dual_mov_b32 v242, v34 :: v_dual_mov_b32 v241, v33
	v_dual_mov_b32 v33, v41 :: v_dual_mov_b32 v34, v42
	v_dual_mov_b32 v35, v43 :: v_dual_mov_b32 v36, v44
	v_dual_mov_b32 v37, v45 :: v_dual_mov_b32 v38, v46
	v_dual_mov_b32 v39, v47 :: v_dual_mov_b32 v40, v48
	v_dual_mov_b32 v48, v7 :: v_dual_mov_b32 v47, v6
	v_dual_mov_b32 v46, v5 :: v_dual_mov_b32 v45, v4
	v_dual_mov_b32 v44, v3 :: v_dual_mov_b32 v43, v2
	v_dual_mov_b32 v42, v1 :: v_dual_mov_b32 v41, v0
	v_dual_mov_b32 v0, v9 :: v_dual_mov_b32 v1, v10
	v_dual_mov_b32 v2, v11 :: v_dual_mov_b32 v3, v12
	v_dual_mov_b32 v4, v13 :: v_dual_mov_b32 v5, v14
	v_dual_mov_b32 v6, v15 :: v_dual_mov_b32 v7, v16
	v_dual_mov_b32 v9, v93 :: v_dual_mov_b32 v10, v94
	v_dual_mov_b32 v11, v95 :: v_dual_mov_b32 v12, v96
	v_dual_mov_b32 v13, v97 :: v_dual_mov_b32 v14, v98
	v_dual_mov_b32 v15, v99 :: v_dual_mov_b32 v16, v100
	v_dual_mov_b32 v93, v101 :: v_dual_mov_b32 v94, v102
	v_dual_mov_b32 v95, v103 :: v_dual_mov_b32 v96, v104
	v_dual_mov_b32 v97, v105 :: v_dual_mov_b32 v98, v106
	v_dual_mov_b32 v99, v107 :: v_dual_mov_b32 v100, v108
	v_dual_mov_b32 v101, v189 :: v_dual_mov_b32 v102, v190
	v_dual_mov_b32 v103, v191 :: v_dual_mov_b32 v104, v192
	v_dual_mov_b32 v105, v193 :: v_dual_mov_b32 v106, v194
	v_dual_mov_b32 v107, v195 :: v_dual_mov_b32 v108, v196
	v_dual_mov_b32 v196, v116 :: v_dual_mov_b32 v195, v115
	v_dual_mov_b32 v194, v114 :: v_dual_mov_b32 v193, v113
	v_dual_mov_b32 v192, v112 :: v_dual_mov_b32 v191, v111
	v_dual_mov_b32 v190, v110 :: v_dual_mov_b32 v189, v109
	v_dual_mov_b32 v109, v117 :: v_dual_mov_b32 v110, v118
	v_dual_mov_b32 v111, v119 :: v_dual_mov_b32 v112, v120
	v_dual_mov_b32 v113, v121 :: v_dual_mov_b32 v114, v122
	v_dual_mov_b32 v115, v123 :: v_dual_mov_b32 v116, v124
	v_dual_mov_b32 v117, v125 :: v_dual_mov_b32 v118, v126
	v_dual_mov_b32 v119, v127 :: v_dual_mov_b32 v120, v128
	v_dual_mov_b32 v121, v129 :: v_dual_mov_b32 v122, v130
	v_dual_mov_b32 v123, v131 :: v_dual_mov_b32 v124, v132
	v_dual_mov_b32 v125, v133 :: v_dual_mov_b32 v126, v134
	v_dual_mov_b32 v127, v135 :: v_dual_mov_b32 v128, v136
	v_dual_mov_b32 v129, v137 :: v_dual_mov_b32 v130, v138
	v_dual_mov_b32 v131, v139 :: v_dual_mov_b32 v132, v140
	v_dual_mov_b32 v133, v141 :: v_dual_mov_b32 v134, v142
	v_dual_mov_b32 v135, v143 :: v_dual_mov_b32 v136, v144
	v_dual_mov_b32 v137, v145 :: v_dual_mov_b32 v138, v146
	v_dual_mov_b32 v139, v147 :: v_dual_mov_b32 v140, v148
	v_dual_mov_b32 v141, v149 :: v_dual_mov_b32 v142, v150
	v_dual_mov_b32 v143, v151 :: v_dual_mov_b32 v144, v152
	v_dual_mov_b32 v145, v153 :: v_dual_mov_b32 v146, v154
	v_dual_mov_b32 v147, v155 :: v_dual_mov_b32 v148, v156
	v_dual_mov_b32 v149, v157 :: v_dual_mov_b32 v150, v158
	v_dual_mov_b32 v151, v159 :: v_dual_mov_b32 v152, v160
	v_dual_mov_b32 v153, v161 :: v_dual_mov_b32 v154, v162
	v_dual_mov_b32 v155, v163 :: v_dual_mov_b32 v156, v164
	v_dual_mov_b32 v157, v165 :: v_dual_mov_b32 v158, v166
	v_dual_mov_b32 v159, v167 :: v_dual_mov_b32 v160, v168
	v_dual_mov_b32 v161, v169 :: v_dual_mov_b32 v162, v170
	v_dual_mov_b32 v163, v171 :: v_dual_mov_b32 v164, v172
	v_dual_mov_b32 v165, v173 :: v_dual_mov_b32 v166, v174
	v_dual_mov_b32 v167, v175 :: v_dual_mov_b32 v168, v176
	v_dual_mov_b32 v169, v177 :: v_dual_mov_b32 v170, v178
	v_dual_mov_b32 v171, v179 :: v_dual_mov_b32 v172, v180
	v_dual_mov_b32 v173, v181 :: v_dual_mov_b32 v174, v182
	v_dual_mov_b32 v175, v183 :: v_dual_mov_b32 v176, v184
	v_dual_mov_b32 v177, v185 :: v_dual_mov_b32 v178, v186
	v_dual_mov_b32 v179, v187 :: v_dual_mov_b32 v180, v188
	v_dual_mov_b32 v181, v197 :: v_dual_mov_b32 v182, v198
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[89:90], v[49:56]
	v_dual_mov_b32 v183, v199 :: v_dual_mov_b32 v184, v200
	v_dual_mov_b32 v185, v201 :: v_dual_mov_b32 v186, v202
	v_dual_mov_b32 v187, v203 :: v_dual_mov_b32 v188, v204
	v_dual_mov_b32 v197, v205 :: v_dual_mov_b32 v198, v206
	v_dual_mov_b32 v203, v211 :: v_dual_mov_b32 v204, v212
	v_dual_mov_b32 v199, v207 :: v_dual_mov_b32 v200, v208
	v_dual_mov_b32 v201, v209 :: v_dual_mov_b32 v202, v210
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2848
	scratch_store_b128 off, v[53:56], off offset:2864
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2720
	scratch_load_b128 v[53:56], off, off offset:2736
	v_dual_mov_b32 v212, v204 :: v_dual_mov_b32 v211, v203
	v_dual_mov_b32 v210, v202 :: v_dual_mov_b32 v209, v201
	v_dual_mov_b32 v208, v200 :: v_dual_mov_b32 v207, v199
	v_dual_mov_b32 v206, v198 :: v_dual_mov_b32 v205, v197
	v_dual_mov_b32 v204, v188 :: v_dual_mov_b32 v203, v187
	v_dual_mov_b32 v202, v186 :: v_dual_mov_b32 v201, v185
	v_dual_mov_b32 v200, v184 :: v_dual_mov_b32 v199, v183
	v_dual_mov_b32 v198, v182 :: v_dual_mov_b32 v197, v181
	v_dual_mov_b32 v188, v180 :: v_dual_mov_b32 v187, v179
	v_dual_mov_b32 v186, v178 :: v_dual_mov_b32 v185, v177
	v_dual_mov_b32 v184, v176 :: v_dual_mov_b32 v183, v175
	v_dual_mov_b32 v182, v174 :: v_dual_mov_b32 v181, v173
	v_dual_mov_b32 v180, v172 :: v_dual_mov_b32 v179, v171
	v_dual_mov_b32 v178, v170 :: v_dual_mov_b32 v177, v169
	v_dual_mov_b32 v176, v168 :: v_dual_mov_b32 v175, v167
	v_dual_mov_b32 v174, v166 :: v_dual_mov_b32 v173, v165
	v_dual_mov_b32 v172, v164 :: v_dual_mov_b32 v171, v163
	v_dual_mov_b32 v170, v162 :: v_dual_mov_b32 v169, v161
	v_dual_mov_b32 v168, v160 :: v_dual_mov_b32 v167, v159
	v_dual_mov_b32 v166, v158 :: v_dual_mov_b32 v165, v157
	v_dual_mov_b32 v164, v156 :: v_dual_mov_b32 v163, v155
	v_dual_mov_b32 v162, v154 :: v_dual_mov_b32 v161, v153
	v_dual_mov_b32 v160, v152 :: v_dual_mov_b32 v159, v151
	v_dual_mov_b32 v158, v150 :: v_dual_mov_b32 v157, v149
	v_dual_mov_b32 v156, v148 :: v_dual_mov_b32 v155, v147
	v_dual_mov_b32 v154, v146 :: v_dual_mov_b32 v153, v145
	v_dual_mov_b32 v152, v144 :: v_dual_mov_b32 v151, v143
	v_dual_mov_b32 v150, v142 :: v_dual_mov_b32 v149, v141
	v_dual_mov_b32 v148, v140 :: v_dual_mov_b32 v147, v139
	v_dual_mov_b32 v146, v138 :: v_dual_mov_b32 v145, v137
	v_dual_mov_b32 v144, v136 :: v_dual_mov_b32 v143, v135
	v_dual_mov_b32 v142, v134 :: v_dual_mov_b32 v141, v133
	v_dual_mov_b32 v140, v132 :: v_dual_mov_b32 v139, v131
	v_dual_mov_b32 v138, v130 :: v_dual_mov_b32 v137, v129
	v_dual_mov_b32 v136, v128 :: v_dual_mov_b32 v135, v127
	v_dual_mov_b32 v134, v126 :: v_dual_mov_b32 v133, v125
	v_dual_mov_b32 v132, v124 :: v_dual_mov_b32 v131, v123
	v_dual_mov_b32 v130, v122 :: v_dual_mov_b32 v129, v121
	v_dual_mov_b32 v128, v120 :: v_dual_mov_b32 v127, v119
	v_dual_mov_b32 v126, v118 :: v_dual_mov_b32 v125, v117
	v_dual_mov_b32 v124, v116 :: v_dual_mov_b32 v123, v115
	v_dual_mov_b32 v122, v114 :: v_dual_mov_b32 v121, v113
	v_dual_mov_b32 v120, v112 :: v_dual_mov_b32 v119, v111
	v_dual_mov_b32 v118, v110 :: v_dual_mov_b32 v117, v109
	v_dual_mov_b32 v109, v189 :: v_dual_mov_b32 v110, v190
	v_dual_mov_b32 v111, v191 :: v_dual_mov_b32 v112, v192
	v_dual_mov_b32 v113, v193 :: v_dual_mov_b32 v114, v194
	v_dual_mov_b32 v115, v195 :: v_dual_mov_b32 v116, v196
	v_dual_mov_b32 v196, v108 :: v_dual_mov_b32 v195, v107
	v_dual_mov_b32 v194, v106 :: v_dual_mov_b32 v193, v105
	v_dual_mov_b32 v192, v104 :: v_dual_mov_b32 v191, v103
	v_dual_mov_b32 v190, v102 :: v_dual_mov_b32 v189, v101
	v_dual_mov_b32 v108, v100 :: v_dual_mov_b32 v107, v99
	v_wmma_f32_16x16x16_fp8_fp8 v[229:236], v[67:68], v[89:90], v[229:236]
	v_dual_mov_b32 v106, v98 :: v_dual_mov_b32 v105, v97
	v_dual_mov_b32 v104, v96 :: v_dual_mov_b32 v103, v95
	v_dual_mov_b32 v102, v94 :: v_dual_mov_b32 v101, v93
	v_dual_mov_b32 v100, v16 :: v_dual_mov_b32 v99, v15
	v_dual_mov_b32 v98, v14 :: v_dual_mov_b32 v97, v13
	v_dual_mov_b32 v96, v12 :: v_dual_mov_b32 v95, v11
	v_dual_mov_b32 v94, v10 :: v_dual_mov_b32 v93, v9
	v_dual_mov_b32 v16, v7 :: v_dual_mov_b32 v15, v6
	v_dual_mov_b32 v14, v5 :: v_dual_mov_b32 v13, v4
	v_dual_mov_b32 v12, v3 :: v_dual_mov_b32 v11, v2
	v_dual_mov_b32 v10, v1 :: v_dual_mov_b32 v9, v0
	v_dual_mov_b32 v0, v41 :: v_dual_mov_b32 v1, v42
	v_dual_mov_b32 v2, v43 :: v_dual_mov_b32 v3, v44
	v_dual_mov_b32 v4, v45 :: v_dual_mov_b32 v5, v46
	v_dual_mov_b32 v6, v47 :: v_dual_mov_b32 v7, v48
	v_dual_mov_b32 v48, v40 :: v_dual_mov_b32 v47, v39
	v_dual_mov_b32 v46, v38 :: v_dual_mov_b32 v45, v37
	v_dual_mov_b32 v44, v36 :: v_dual_mov_b32 v43, v35
	v_dual_mov_b32 v42, v34 :: v_dual_mov_b32 v41, v33
	v_dual_mov_b32 v33, v241 :: v_dual_mov_b32 v34, v242
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[229:232], off offset:2752
	scratch_store_b128 off, v[233:236], off offset:2768
	v_dual_mov_b32 v35, v243 :: v_dual_mov_b32 v36, v244
	v_dual_mov_b32 v37, v245 :: v_dual_mov_b32 v38, v246
	v_dual_mov_b32 v39, v247 :: v_dual_mov_b32 v40, v248
	v_dual_mov_b32 v248, v84 :: v_dual_mov_b32 v247, v83
	v_dual_mov_b32 v246, v82 :: v_dual_mov_b32 v245, v81
	v_dual_mov_b32 v244, v80 :: v_dual_mov_b32 v243, v79
	v_dual_mov_b32 v242, v78 :: v_dual_mov_b32 v241, v77
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:832 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:848 th:TH_LOAD_LU
	scratch_load_b128 v[229:232], off, off offset:672
	scratch_load_b128 v[233:236], off, off offset:688
	v_wmma_f32_16x16x16_fp8_fp8 v[221:228], v[63:64], v[89:90], v[221:228]
	v_wmma_f32_16x16x16_fp8_fp8 v[213:220], v[73:74], v[89:90], v[213:220]
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[75:76], v[89:90], v[197:204]
	v_wmma_f32_16x16x16_fp8_fp8 v[173:180], v[69:70], v[89:90], v[173:180]
	v_wmma_f32_16x16x16_fp8_fp8 v[205:212], v[71:72], v[89:90], v[205:212]
	v_wmma_f32_16x16x16_fp8_fp8 v[181:188], v[65:66], v[91:92], v[181:188]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[67:68], v[91:92], v[165:172]
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[61:62], v[91:92], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[63:64], v[91:92], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[141:148], v[73:74], v[91:92], v[141:148]
	v_wmma_f32_16x16x16_fp8_fp8 v[133:140], v[75:76], v[91:92], v[133:140]
	v_wmma_f32_16x16x16_fp8_fp8 v[125:132], v[69:70], v[91:92], v[125:132]
	v_wmma_f32_16x16x16_fp8_fp8 v[117:124], v[71:72], v[91:92], v[117:124]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[89:90], v[49:56]
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[89:92], v252 offset0:192 offset1:224
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2720
	scratch_store_b128 off, v[53:56], off offset:2736
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:736
	scratch_load_b128 v[53:56], off, off offset:752
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[69:70], v[89:90], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[71:72], v[89:90], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[71:72], v[91:92], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[109:116], v[65:66], v[89:90], v[109:116]
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[67:68], v[89:90], v[189:196]
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[65:66], v[91:92], v[241:248]
	v_wmma_f32_16x16x16_fp8_fp8 v[101:108], v[61:62], v[89:90], v[101:108]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[73:74], v[89:90], v[9:16]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[75:76], v[89:90], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[93:100], v[63:64], v[89:90], v[93:100]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[77:84], v[67:68], v[91:92], v[77:84]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[229:236], v[69:70], v[91:92], v[229:236]
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[65:68], off, off offset:800
	scratch_load_b128 v[69:72], off, off offset:816
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[229:232], off offset:672
	scratch_store_b128 off, v[233:236], off offset:688
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[91:92], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:736
	scratch_store_b128 off, v[53:56], off offset:752
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:704 th:TH_LOAD_LU
	scratch_load_b128 v[53:56], off, off offset:720 th:TH_LOAD_LU
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v73, 0x80000000, v250, s11
	.loc	1 29 22                         ; spill.py:29:22
	v_add_nc_u32_e32 v250, 16, v250
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[61:62], v[91:92], v[65:72]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[65:68], off offset:800
	scratch_store_b128 off, v[69:72], off offset:816
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[65:68], off, off offset:768
	scratch_load_b128 v[69:72], off, off offset:784
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v61, 0x80000000, v254, s12
	.loc	1 29 22                         ; spill.py:29:22
	v_add_nc_u32_e32 v254, 16, v254
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[91:92], v[49:56]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[63:64], v[91:92], v[65:72]
	.loc	1 31 58                         ; spill.py:31:58
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[65:68], off offset:768
	scratch_store_b128 off, v[69:72], off offset:784
	.loc	1 31 20 is_stmt 0               ; spill.py:31:20
	v_cndmask_b32_e64 v65, 0x80000000, v60, s9
	v_cndmask_b32_e64 v69, 0x80000000, v249, s10
	s_clause 0x3
	buffer_load_b128 v[61:64], v61, s[16:19], null offen
	buffer_load_b128 v[65:68], v65, s[16:19], null offen
	buffer_load_b128 v[69:72], v69, s[16:19], null offen
	buffer_load_b128 v[73:76], v73, s[16:19], null offen
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	v_add_nc_u32_e32 v249, 16, v249
	v_add_nc_u32_e32 v60, 16, v60
	.loc	1 30 20                         ; spill.py:30:20
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 31 20                         ; spill.py:31:20
	ds_store_b64 v255, v[61:62] offset:4096
	ds_store_b64 v255, v[65:66] offset:5120
	ds_store_2addr_stride64_b64 v8, v[63:64], v[67:68] offset0:8 offset1:10
	ds_store_b64 v255, v[69:70] offset:6144
	ds_store_b64 v255, v[73:74] offset:7168
	ds_store_2addr_stride64_b64 v8, v[71:72], v[75:76] offset0:12 offset1:14
	scratch_load_b128 v[61:64], off, off offset:3392 th:TH_LOAD_LU ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v255, v[61:62], v[237:238] offset1:2
	ds_store_2addr_stride64_b64 v8, v[63:64], v[239:240] offset1:2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[61:64], off, off offset:3328 th:TH_LOAD_LU
	scratch_load_b128 v[65:68], off, off offset:3360 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v255, v[61:62], v[65:66] offset0:4 offset1:6
	ds_store_2addr_stride64_b64 v8, v[63:64], v[67:68] offset0:4 offset1:6
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[221:224], off offset:4000
	scratch_store_b128 off, v[225:228], off offset:4016
	scratch_store_b128 off, v[213:216], off offset:3840
	scratch_store_b128 off, v[217:220], off offset:3856
	scratch_store_b128 off, v[197:200], off offset:3808
	scratch_store_b128 off, v[201:204], off offset:3824
	scratch_store_b128 off, v[173:176], off offset:3776
	scratch_store_b128 off, v[177:180], off offset:3792
	scratch_store_b128 off, v[205:208], off offset:3744
	scratch_store_b128 off, v[209:212], off offset:3760
	scratch_store_b128 off, v[181:184], off offset:3712
	scratch_store_b128 off, v[185:188], off offset:3728
	scratch_store_b128 off, v[165:168], off offset:3680
	scratch_store_b128 off, v[169:172], off offset:3696
	scratch_store_b128 off, v[157:160], off offset:3648
	scratch_store_b128 off, v[161:164], off offset:3664
	scratch_store_b128 off, v[149:152], off offset:3616
	scratch_store_b128 off, v[153:156], off offset:3632
	scratch_store_b128 off, v[141:144], off offset:3584
	scratch_store_b128 off, v[145:148], off offset:3600
	scratch_store_b128 off, v[133:136], off offset:3552
	scratch_store_b128 off, v[137:140], off offset:3568
	scratch_store_b128 off, v[125:128], off offset:3520
	scratch_store_b128 off, v[129:132], off offset:3536
	scratch_store_b128 off, v[117:120], off offset:3488
	scratch_store_b128 off, v[121:124], off offset:3504
	scratch_store_b128 off, v[109:112], off offset:3456
	scratch_store_b128 off, v[113:116], off offset:3472
	scratch_store_b128 off, v[189:192], off offset:3424
	scratch_store_b128 off, v[193:196], off offset:3440
	scratch_store_b128 off, v[101:104], off offset:3968
	scratch_store_b128 off, v[105:108], off offset:3984
	s_clause 0xf                            ; 256-byte Folded Spill
	scratch_store_b128 off, v[93:96], off offset:3936
	scratch_store_b128 off, v[97:100], off offset:3952
	scratch_store_b128 off, v[9:12], off offset:3904
	scratch_store_b128 off, v[13:16], off offset:3920
	scratch_store_b128 off, v[0:3], off offset:3392
	scratch_store_b128 off, v[4:7], off offset:3408
	scratch_store_b128 off, v[41:44], off offset:3872
	scratch_store_b128 off, v[45:48], off offset:3888
	scratch_store_b128 off, v[33:36], off offset:3360
	scratch_store_b128 off, v[37:40], off offset:3376
	scratch_store_b128 off, v[241:244], off offset:3328
	scratch_store_b128 off, v[245:248], off offset:3344
	scratch_store_b128 off, v[77:80], off offset:832
	scratch_store_b128 off, v[81:84], off offset:848
	scratch_store_b128 off, v[49:52], off offset:704
	scratch_store_b128 off, v[53:56], off offset:720
	s_clause 0x1f                           ; 512-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:2176
	scratch_load_b128 v[82:85], off, off offset:2192
	scratch_load_b128 v[70:73], off, off offset:2208
	scratch_load_b128 v[74:77], off, off offset:2224
	scratch_load_b128 v[189:192], off, off offset:3232
	scratch_load_b128 v[193:196], off, off offset:3248
	scratch_load_b128 v[49:52], off, off
	scratch_load_b128 v[53:56], off, off offset:16
	scratch_load_b128 v[57:60], off, off offset:32
	scratch_load_b128 v[61:64], off, off offset:48
	scratch_load_b128 v[109:112], off, off offset:64
	scratch_load_b128 v[113:116], off, off offset:80
	scratch_load_b128 v[117:120], off, off offset:96
	scratch_load_b128 v[121:124], off, off offset:112
	scratch_load_b128 v[125:128], off, off offset:128
	scratch_load_b128 v[129:132], off, off offset:144
	scratch_load_b128 v[133:136], off, off offset:2240
	scratch_load_b128 v[137:140], off, off offset:2256
	scratch_load_b128 v[141:144], off, off offset:3264
	scratch_load_b128 v[145:148], off, off offset:3280
	scratch_load_b128 v[149:152], off, off offset:2272
	scratch_load_b128 v[153:156], off, off offset:2288
	scratch_load_b128 v[157:160], off, off offset:3296
	scratch_load_b128 v[161:164], off, off offset:3312
	scratch_load_b128 v[165:168], off, off offset:2304
	scratch_load_b128 v[169:172], off, off offset:2320
	scratch_load_b128 v[173:176], off, off offset:2336
	scratch_load_b128 v[177:180], off, off offset:2352
	scratch_load_b128 v[181:184], off, off offset:2368
	scratch_load_b128 v[185:188], off, off offset:2384
	scratch_load_b128 v[201:204], off, off offset:2400
	scratch_load_b128 v[205:208], off, off offset:2416
	s_clause 0x1a                           ; 372-byte Folded Reload
	scratch_load_b32 v249, off, off offset:4032
	scratch_load_b128 v[209:212], off, off offset:2432
	scratch_load_b128 v[213:216], off, off offset:2448
	scratch_load_b128 v[217:220], off, off offset:2464
	scratch_load_b128 v[221:224], off, off offset:2480
	scratch_load_b128 v[225:228], off, off offset:3200
	scratch_load_b128 v[229:232], off, off offset:3216
	scratch_load_b128 v[233:236], off, off offset:2496
	scratch_load_b128 v[237:240], off, off offset:2512
	scratch_load_b128 v[241:244], off, off offset:160
	scratch_load_b128 v[245:248], off, off offset:176
	scratch_load_b128 v[33:36], off, off offset:2528
	scratch_load_b128 v[37:40], off, off offset:2544
	scratch_load_b128 v[41:44], off, off offset:2560
	scratch_load_b128 v[45:48], off, off offset:2576
	scratch_load_b128 v[1:4], off, off offset:2592
	scratch_load_b128 v[5:8], off, off offset:2608
	scratch_load_b128 v[9:12], off, off offset:2624
	scratch_load_b128 v[13:16], off, off offset:2640
	scratch_load_b128 v[93:96], off, off offset:2656
	scratch_load_b128 v[97:100], off, off offset:2672
	scratch_load_b128 v[101:104], off, off offset:2688
	scratch_load_b128 v[105:108], off, off offset:2704
	scratch_load_b32 v0, off, off offset:4036
	scratch_load_b32 v65, off, off offset:4040
	scratch_load_b32 v66, off, off offset:4044
	scratch_load_b32 v67, off, off offset:4048
.LBB0_4:                                ; %Flow1118
	s_load_b32 s28, s[0:1], 0x2c
	s_wait_loadcnt 0x11
	scratch_store_b128 off, v[241:244], off offset:160 ; 16-byte Folded Spill
	s_wait_loadcnt 0x10
	s_clause 0xa                            ; 176-byte Folded Spill
	scratch_store_b128 off, v[245:248], off offset:176
	scratch_store_b128 off, v[125:128], off offset:128
	scratch_store_b128 off, v[129:132], off offset:144
	scratch_store_b128 off, v[117:120], off offset:96
	scratch_store_b128 off, v[121:124], off offset:112
	scratch_store_b128 off, v[109:112], off offset:64
	scratch_store_b128 off, v[113:116], off offset:80
	scratch_store_b128 off, v[57:60], off offset:32
	scratch_store_b128 off, v[61:64], off offset:48
	scratch_store_b128 off, v[49:52], off
	scratch_store_b128 off, v[53:56], off offset:16
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s14, 16
	.loc	1 30 20                         ; spill.py:30:20
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 32 24                         ; spill.py:32:24
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:1728
	scratch_load_b128 v[245:248], off, off offset:1744
	.loc	1 30 20                         ; spill.py:30:20
	v_and_or_b32 v49, 0x70, v66, v65
	v_and_b32_e32 v50, 8, v67
	.loc	1 31 20                         ; spill.py:31:20
	s_lshl_b32 s0, s13, 8
	.loc	1 32 24                         ; spill.py:32:24
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[109:112], off, off offset:1760
	scratch_load_b128 v[113:116], off, off offset:1776
	.loc	1 31 20                         ; spill.py:31:20
	s_and_b32 s0, s0, 0x100
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[118:121], off, off offset:2816 th:TH_LOAD_LU
	scratch_load_b128 v[122:125], off, off offset:2832 th:TH_LOAD_LU
	.loc	1 30 20                         ; spill.py:30:20
	v_xor_b32_e32 v49, v49, v50
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v65, 0, v49
	.loc	1 31 20                         ; spill.py:31:20
	v_add3_u32 v57, 0, s0, v49
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset1:32
	.loc	1 31 20                         ; spill.py:31:20
	ds_load_2addr_stride64_b64 v[61:64], v57 offset0:8 offset1:9
	ds_load_2addr_stride64_b64 v[49:52], v57 offset0:10 offset1:11
	ds_load_2addr_stride64_b64 v[53:56], v57 offset0:12 offset1:13
	ds_load_2addr_stride64_b64 v[57:60], v57 offset0:14 offset1:15
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[61:62], v[66:67], v[25:32]
	s_wait_loadcnt_dscnt 0x401
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[53:54], v[66:67], v[241:248]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[241:244], off offset:1728
	scratch_store_b128 off, v[245:248], off offset:1744
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:1696
	scratch_load_b128 v[245:248], off, off offset:1712
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[109:116], v[63:64], v[66:67], v[109:116]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[109:112], off offset:1760
	scratch_store_b128 off, v[113:116], off offset:1776
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[110:113], off, off offset:2784 th:TH_LOAD_LU
	scratch_load_b128 v[114:117], off, off offset:2800 th:TH_LOAD_LU
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[118:125], v[49:50], v[66:67], v[118:125]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[55:56], v[66:67], v[241:248]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[241:244], off offset:1696
	scratch_store_b128 off, v[245:248], off offset:1712
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:1664
	scratch_load_b128 v[245:248], off, off offset:1680
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[110:117], v[51:52], v[66:67], v[110:117]
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[57:58], v[66:67], v[241:248]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[241:244], off offset:1664
	scratch_store_b128 off, v[245:248], off offset:1680
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:1632
	scratch_load_b128 v[245:248], off, off offset:1648
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[59:60], v[66:67], v[241:248]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[241:244], off offset:1632
	scratch_store_b128 off, v[245:248], off offset:1648
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:1600
	scratch_load_b128 v[245:248], off, off offset:1616
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[61:62], v[68:69], v[241:248]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[241:244], off offset:1600
	scratch_store_b128 off, v[245:248], off offset:1616
	v_dual_mov_b32 v248, v85 :: v_dual_mov_b32 v247, v84
	v_dual_mov_b32 v246, v83 :: v_dual_mov_b32 v245, v82
	v_dual_mov_b32 v244, v81 :: v_dual_mov_b32 v243, v80
	v_dual_mov_b32 v242, v79 :: v_dual_mov_b32 v241, v78
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1568
	scratch_load_b128 v[82:85], off, off offset:1584
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[63:64], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1568
	scratch_store_b128 off, v[82:85], off offset:1584
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1536
	scratch_load_b128 v[82:85], off, off offset:1552
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[49:50], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1536
	scratch_store_b128 off, v[82:85], off offset:1552
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1504
	scratch_load_b128 v[82:85], off, off offset:1520
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[51:52], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1504
	scratch_store_b128 off, v[82:85], off offset:1520
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1472
	scratch_load_b128 v[82:85], off, off offset:1488
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[53:54], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1472
	scratch_store_b128 off, v[82:85], off offset:1488
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1440
	scratch_load_b128 v[82:85], off, off offset:1456
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[55:56], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1440
	scratch_store_b128 off, v[82:85], off offset:1456
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1408
	scratch_load_b128 v[82:85], off, off offset:1424
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[57:58], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1408
	scratch_store_b128 off, v[82:85], off offset:1424
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1376
	scratch_load_b128 v[82:85], off, off offset:1392
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[59:60], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1376
	scratch_store_b128 off, v[82:85], off offset:1392
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1344
	scratch_load_b128 v[82:85], off, off offset:1360
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset0:64 offset1:96
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[61:62], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1344
	scratch_store_b128 off, v[82:85], off offset:1360
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1312
	scratch_load_b128 v[82:85], off, off offset:1328
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[63:64], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1312
	scratch_store_b128 off, v[82:85], off offset:1328
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1280
	scratch_load_b128 v[82:85], off, off offset:1296
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[49:50], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1280
	scratch_store_b128 off, v[82:85], off offset:1296
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1248
	scratch_load_b128 v[82:85], off, off offset:1264
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[51:52], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1248
	scratch_store_b128 off, v[82:85], off offset:1264
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1216
	scratch_load_b128 v[82:85], off, off offset:1232
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[53:54], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1216
	scratch_store_b128 off, v[82:85], off offset:1232
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1184
	scratch_load_b128 v[82:85], off, off offset:1200
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[55:56], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1184
	scratch_store_b128 off, v[82:85], off offset:1200
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1152
	scratch_load_b128 v[82:85], off, off offset:1168
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[57:58], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1152
	scratch_store_b128 off, v[82:85], off offset:1168
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1120
	scratch_load_b128 v[82:85], off, off offset:1136
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[59:60], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1120
	scratch_store_b128 off, v[82:85], off offset:1136
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1088
	scratch_load_b128 v[82:85], off, off offset:1104
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[61:62], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1088
	scratch_store_b128 off, v[82:85], off offset:1104
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1056
	scratch_load_b128 v[82:85], off, off offset:1072
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[63:64], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1056
	scratch_store_b128 off, v[82:85], off offset:1072
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:1024
	scratch_load_b128 v[82:85], off, off offset:1040
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[49:50], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:1024
	scratch_store_b128 off, v[82:85], off offset:1040
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:992
	scratch_load_b128 v[82:85], off, off offset:1008
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[51:52], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:992
	scratch_store_b128 off, v[82:85], off offset:1008
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:960
	scratch_load_b128 v[82:85], off, off offset:976
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[53:54], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:960
	scratch_store_b128 off, v[82:85], off offset:976
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:928
	scratch_load_b128 v[82:85], off, off offset:944
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[55:56], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:928
	scratch_store_b128 off, v[82:85], off offset:944
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:896
	scratch_load_b128 v[82:85], off, off offset:912
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[57:58], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:896
	scratch_store_b128 off, v[82:85], off offset:912
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:864
	scratch_load_b128 v[82:85], off, off offset:880
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[59:60], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:864
	scratch_store_b128 off, v[82:85], off offset:880
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:640
	scratch_load_b128 v[82:85], off, off offset:656
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset0:128 offset1:160
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[101:108], v[59:60], v[68:69], v[101:108]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[101:104], off offset:2688
	scratch_store_b128 off, v[105:108], off offset:2704
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[102:105], off, off offset:3968 th:TH_LOAD_LU
	scratch_load_b128 v[106:109], off, off offset:3984 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[61:62], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:640
	scratch_store_b128 off, v[82:85], off offset:656
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:608
	scratch_load_b128 v[82:85], off, off offset:624
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[63:64], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:608
	scratch_store_b128 off, v[82:85], off offset:624
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:576
	scratch_load_b128 v[82:85], off, off offset:592
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[49:50], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:576
	scratch_store_b128 off, v[82:85], off offset:592
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:544
	scratch_load_b128 v[82:85], off, off offset:560
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[51:52], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:544
	scratch_store_b128 off, v[82:85], off offset:560
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:512
	scratch_load_b128 v[82:85], off, off offset:528
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[53:54], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:512
	scratch_store_b128 off, v[82:85], off offset:528
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:480
	scratch_load_b128 v[82:85], off, off offset:496
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[55:56], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:480
	scratch_store_b128 off, v[82:85], off offset:496
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:448
	scratch_load_b128 v[82:85], off, off offset:464
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[57:58], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:448
	scratch_store_b128 off, v[82:85], off offset:464
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:416
	scratch_load_b128 v[82:85], off, off offset:432
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[59:60], v[66:67], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:416
	scratch_store_b128 off, v[82:85], off offset:432
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:384
	scratch_load_b128 v[82:85], off, off offset:400
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[61:62], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:384
	scratch_store_b128 off, v[82:85], off offset:400
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:352
	scratch_load_b128 v[82:85], off, off offset:368
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[63:64], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:352
	scratch_store_b128 off, v[82:85], off offset:368
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:320
	scratch_load_b128 v[82:85], off, off offset:336
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[49:50], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:320
	scratch_store_b128 off, v[82:85], off offset:336
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:288
	scratch_load_b128 v[82:85], off, off offset:304
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[51:52], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:288
	scratch_store_b128 off, v[82:85], off offset:304
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:256
	scratch_load_b128 v[82:85], off, off offset:272
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[53:54], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:256
	scratch_store_b128 off, v[82:85], off offset:272
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:224
	scratch_load_b128 v[82:85], off, off offset:240
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[55:56], v[68:69], v[78:85]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:224
	scratch_store_b128 off, v[82:85], off offset:240
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[78:81], off, off offset:192
	scratch_load_b128 v[82:85], off, off offset:208
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[57:58], v[68:69], v[78:85]
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset0:192 offset1:224
	v_add_nc_u32_e32 v65, 0x800, v65
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:192
	scratch_store_b128 off, v[82:85], off offset:208
	v_dual_mov_b32 v78, v141 :: v_dual_mov_b32 v79, v142
	v_dual_mov_b32 v80, v143 :: v_dual_mov_b32 v81, v144
	v_dual_mov_b32 v82, v145 :: v_dual_mov_b32 v83, v146
	v_dual_mov_b32 v84, v147 :: v_dual_mov_b32 v85, v148
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[49:50], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2592
	scratch_store_b128 off, v[5:8], off offset:2608
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:160
	scratch_load_b128 v[5:8], off, off offset:176
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[63:64], v[66:67], v[9:16]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[9:12], off offset:2624
	scratch_store_b128 off, v[13:16], off offset:2640
	v_dual_mov_b32 v9, v157 :: v_dual_mov_b32 v10, v158
	v_dual_mov_b32 v11, v159 :: v_dual_mov_b32 v12, v160
	v_dual_mov_b32 v13, v161 :: v_dual_mov_b32 v14, v162
	v_dual_mov_b32 v15, v163 :: v_dual_mov_b32 v16, v164
	v_wmma_f32_16x16x16_fp8_fp8 v[93:100], v[61:62], v[66:67], v[93:100]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[51:52], v[66:67], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[53:54], v[66:67], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[233:240], v[57:58], v[66:67], v[233:240]
	v_wmma_f32_16x16x16_fp8_fp8 v[225:232], v[59:60], v[66:67], v[225:232]
	v_wmma_f32_16x16x16_fp8_fp8 v[217:224], v[61:62], v[68:69], v[217:224]
	v_wmma_f32_16x16x16_fp8_fp8 v[209:216], v[63:64], v[68:69], v[209:216]
	v_wmma_f32_16x16x16_fp8_fp8 v[201:208], v[49:50], v[68:69], v[201:208]
	v_wmma_f32_16x16x16_fp8_fp8 v[181:188], v[51:52], v[68:69], v[181:188]
	v_wmma_f32_16x16x16_fp8_fp8 v[173:180], v[53:54], v[68:69], v[173:180]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[55:56], v[68:69], v[165:172]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[57:58], v[68:69], v[9:16]
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[59:60], v[68:69], v[149:156]
	s_clause 0xf                            ; 256-byte Folded Spill
	scratch_store_b128 off, v[233:236], off offset:2496
	scratch_store_b128 off, v[237:240], off offset:2512
	scratch_store_b128 off, v[225:228], off offset:3200
	scratch_store_b128 off, v[229:232], off offset:3216
	scratch_store_b128 off, v[209:212], off offset:2432
	scratch_store_b128 off, v[213:216], off offset:2448
	scratch_store_b128 off, v[201:204], off offset:2400
	scratch_store_b128 off, v[205:208], off offset:2416
	scratch_store_b128 off, v[181:184], off offset:2368
	scratch_store_b128 off, v[185:188], off offset:2384
	scratch_store_b128 off, v[173:176], off offset:2336
	scratch_store_b128 off, v[177:180], off offset:2352
	scratch_store_b128 off, v[165:168], off offset:2304
	scratch_store_b128 off, v[169:172], off offset:2320
	scratch_store_b128 off, v[149:152], off offset:2272
	scratch_store_b128 off, v[153:156], off offset:2288
	s_clause 0xf                            ; 256-byte Folded Reload
	scratch_load_b128 v[225:228], off, off offset:3168 th:TH_LOAD_LU
	scratch_load_b128 v[229:232], off, off offset:3184 th:TH_LOAD_LU
	scratch_load_b128 v[233:236], off, off offset:3136 th:TH_LOAD_LU
	scratch_load_b128 v[237:240], off, off offset:3152 th:TH_LOAD_LU
	scratch_load_b128 v[205:208], off, off offset:3104 th:TH_LOAD_LU
	scratch_load_b128 v[209:212], off, off offset:3120 th:TH_LOAD_LU
	scratch_load_b128 v[166:169], off, off offset:3072 th:TH_LOAD_LU
	scratch_load_b128 v[170:173], off, off offset:3088 th:TH_LOAD_LU
	scratch_load_b128 v[158:161], off, off offset:3040 th:TH_LOAD_LU
	scratch_load_b128 v[162:165], off, off offset:3056 th:TH_LOAD_LU
	scratch_load_b128 v[150:153], off, off offset:3008 th:TH_LOAD_LU
	scratch_load_b128 v[154:157], off, off offset:3024 th:TH_LOAD_LU
	scratch_load_b128 v[142:145], off, off offset:2976 th:TH_LOAD_LU
	scratch_load_b128 v[146:149], off, off offset:2992 th:TH_LOAD_LU
	scratch_load_b128 v[174:177], off, off offset:2880 th:TH_LOAD_LU
	scratch_load_b128 v[178:181], off, off offset:2896 th:TH_LOAD_LU
	s_clause 0x5                            ; 96-byte Folded Spill
	scratch_store_b128 off, v[41:44], off offset:2560
	scratch_store_b128 off, v[45:48], off offset:2576
	scratch_store_b128 off, v[33:36], off offset:2528
	scratch_store_b128 off, v[37:40], off offset:2544
	scratch_store_b128 off, v[217:220], off offset:2464
	scratch_store_b128 off, v[221:224], off offset:2480
	s_clause 0x7                            ; 128-byte Folded Reload
	scratch_load_b128 v[197:200], off, off offset:2848 th:TH_LOAD_LU
	scratch_load_b128 v[201:204], off, off offset:2864 th:TH_LOAD_LU
	scratch_load_b128 v[217:220], off, off offset:2752 th:TH_LOAD_LU
	scratch_load_b128 v[221:224], off, off offset:2768 th:TH_LOAD_LU
	scratch_load_b128 v[33:36], off, off offset:2720 th:TH_LOAD_LU
	scratch_load_b128 v[37:40], off, off offset:2736 th:TH_LOAD_LU
	scratch_load_b128 v[41:44], off, off offset:4000 th:TH_LOAD_LU
	scratch_load_b128 v[45:48], off, off offset:4016 th:TH_LOAD_LU
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[93:96], off offset:2656
	scratch_store_b128 off, v[97:100], off offset:2672
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[86:89], off, off offset:3904 th:TH_LOAD_LU
	scratch_load_b128 v[90:93], off, off offset:3920 th:TH_LOAD_LU
	scratch_load_b128 v[94:97], off, off offset:3872 th:TH_LOAD_LU
	scratch_load_b128 v[98:101], off, off offset:3888 th:TH_LOAD_LU
	s_wait_loadcnt 0x1c
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:160
	scratch_store_b128 off, v[5:8], off offset:176
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:128
	scratch_load_b128 v[5:8], off, off offset:144
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset1:32
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[78:85], v[61:62], v[66:67], v[78:85]
	v_wmma_f32_16x16x16_fp8_fp8 v[133:140], v[63:64], v[66:67], v[133:140]
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[59:60], v[66:67], v[189:196]
	v_wmma_f32_16x16x16_fp8_fp8 v[70:77], v[61:62], v[68:69], v[70:77]
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[63:64], v[68:69], v[241:248]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[133:136], off offset:2240
	scratch_store_b128 off, v[137:140], off offset:2256
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[134:137], off, off offset:2944 th:TH_LOAD_LU
	scratch_load_b128 v[138:141], off, off offset:2960 th:TH_LOAD_LU
	scratch_load_b128 v[126:129], off, off offset:2912 th:TH_LOAD_LU
	scratch_load_b128 v[130:133], off, off offset:2928 th:TH_LOAD_LU
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[241:244], off offset:2176
	scratch_store_b128 off, v[245:248], off offset:2192
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:3936 th:TH_LOAD_LU
	scratch_load_b128 v[245:248], off, off offset:3952 th:TH_LOAD_LU
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[70:73], off offset:2208
	scratch_store_b128 off, v[74:77], off offset:2224
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[49:50], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:128
	scratch_store_b128 off, v[5:8], off offset:144
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:96
	scratch_load_b128 v[5:8], off, off offset:112
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[51:52], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:96
	scratch_store_b128 off, v[5:8], off offset:112
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:64
	scratch_load_b128 v[5:8], off, off offset:80
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[53:54], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:64
	scratch_store_b128 off, v[5:8], off offset:80
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:32
	scratch_load_b128 v[5:8], off, off offset:48
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:32
	scratch_store_b128 off, v[5:8], off offset:48
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off
	scratch_load_b128 v[5:8], off, off offset:16
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[57:58], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off
	scratch_store_b128 off, v[5:8], off offset:16
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2144
	scratch_load_b128 v[5:8], off, off offset:2160
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[49:50], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2144
	scratch_store_b128 off, v[5:8], off offset:2160
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2112
	scratch_load_b128 v[5:8], off, off offset:2128
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[51:52], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2112
	scratch_store_b128 off, v[5:8], off offset:2128
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2080
	scratch_load_b128 v[5:8], off, off offset:2096
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[53:54], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2080
	scratch_store_b128 off, v[5:8], off offset:2096
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2048
	scratch_load_b128 v[5:8], off, off offset:2064
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2048
	scratch_store_b128 off, v[5:8], off offset:2064
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2016
	scratch_load_b128 v[5:8], off, off offset:2032
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[57:58], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:2016
	scratch_store_b128 off, v[5:8], off offset:2032
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1984
	scratch_load_b128 v[5:8], off, off offset:2000
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[59:60], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1984
	scratch_store_b128 off, v[5:8], off offset:2000
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1952
	scratch_load_b128 v[5:8], off, off offset:1968
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset0:64 offset1:96
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[225:232], v[55:56], v[66:67], v[225:232]
	v_wmma_f32_16x16x16_fp8_fp8 v[233:240], v[57:58], v[66:67], v[233:240]
	v_wmma_f32_16x16x16_fp8_fp8 v[205:212], v[59:60], v[66:67], v[205:212]
	v_wmma_f32_16x16x16_fp8_fp8 v[166:173], v[63:64], v[68:69], v[166:173]
	v_wmma_f32_16x16x16_fp8_fp8 v[158:165], v[49:50], v[68:69], v[158:165]
	v_wmma_f32_16x16x16_fp8_fp8 v[150:157], v[51:52], v[68:69], v[150:157]
	v_wmma_f32_16x16x16_fp8_fp8 v[142:149], v[53:54], v[68:69], v[142:149]
	v_wmma_f32_16x16x16_fp8_fp8 v[134:141], v[55:56], v[68:69], v[134:141]
	v_wmma_f32_16x16x16_fp8_fp8 v[126:133], v[57:58], v[68:69], v[126:133]
	v_wmma_f32_16x16x16_fp8_fp8 v[174:181], v[59:60], v[68:69], v[174:181]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[61:62], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1952
	scratch_store_b128 off, v[5:8], off offset:1968
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1920
	scratch_load_b128 v[5:8], off, off offset:1936
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[63:64], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1920
	scratch_store_b128 off, v[5:8], off offset:1936
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1888
	scratch_load_b128 v[5:8], off, off offset:1904
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[49:50], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1888
	scratch_store_b128 off, v[5:8], off offset:1904
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1856
	scratch_load_b128 v[5:8], off, off offset:1872
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[51:52], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1856
	scratch_store_b128 off, v[5:8], off offset:1872
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1824
	scratch_load_b128 v[5:8], off, off offset:1840
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[53:54], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1824
	scratch_store_b128 off, v[5:8], off offset:1840
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1792
	scratch_load_b128 v[5:8], off, off offset:1808
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[61:62], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:1792
	scratch_store_b128 off, v[5:8], off offset:1808
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3840
	scratch_load_b128 v[5:8], off, off offset:3856
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[66:69], v65 offset0:128 offset1:160
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[61:62], v[66:67], v[197:204]
	v_wmma_f32_16x16x16_fp8_fp8 v[217:224], v[63:64], v[66:67], v[217:224]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[49:50], v[66:67], v[33:40]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[51:52], v[66:67], v[41:48]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[53:54], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3840
	scratch_store_b128 off, v[5:8], off offset:3856
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3808
	scratch_load_b128 v[5:8], off, off offset:3824
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3808
	scratch_store_b128 off, v[5:8], off offset:3824
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3776
	scratch_load_b128 v[5:8], off, off offset:3792
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[57:58], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3776
	scratch_store_b128 off, v[5:8], off offset:3792
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3744
	scratch_load_b128 v[5:8], off, off offset:3760
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[59:60], v[66:67], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3744
	scratch_store_b128 off, v[5:8], off offset:3760
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3712
	scratch_load_b128 v[5:8], off, off offset:3728
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[61:62], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3712
	scratch_store_b128 off, v[5:8], off offset:3728
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3680
	scratch_load_b128 v[5:8], off, off offset:3696
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[63:64], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3680
	scratch_store_b128 off, v[5:8], off offset:3696
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3648
	scratch_load_b128 v[5:8], off, off offset:3664
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[49:50], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3648
	scratch_store_b128 off, v[5:8], off offset:3664
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3616
	scratch_load_b128 v[5:8], off, off offset:3632
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[51:52], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3616
	scratch_store_b128 off, v[5:8], off offset:3632
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3584
	scratch_load_b128 v[5:8], off, off offset:3600
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[53:54], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3584
	scratch_store_b128 off, v[5:8], off offset:3600
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3552
	scratch_load_b128 v[5:8], off, off offset:3568
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3552
	scratch_store_b128 off, v[5:8], off offset:3568
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3520
	scratch_load_b128 v[5:8], off, off offset:3536
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[57:58], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3520
	scratch_store_b128 off, v[5:8], off offset:3536
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3488
	scratch_load_b128 v[5:8], off, off offset:3504
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[59:60], v[68:69], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3488
	scratch_store_b128 off, v[5:8], off offset:3504
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3456
	scratch_load_b128 v[5:8], off, off offset:3472
	.loc	1 30 20                         ; spill.py:30:20
	ds_load_2addr_b64 v[65:68], v65 offset0:192 offset1:224
	.loc	1 32 24                         ; spill.py:32:24
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[102:109], v[49:50], v[65:66], v[102:109]
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[51:52], v[65:66], v[241:248]
	v_wmma_f32_16x16x16_fp8_fp8 v[86:93], v[53:54], v[65:66], v[86:93]
	v_wmma_f32_16x16x16_fp8_fp8 v[94:101], v[57:58], v[65:66], v[94:101]
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[59:60], v[67:68], v[17:24]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[61:62], v[65:66], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3456
	scratch_store_b128 off, v[5:8], off offset:3472
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3424
	scratch_load_b128 v[5:8], off, off offset:3440
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[63:64], v[65:66], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3424
	scratch_store_b128 off, v[5:8], off offset:3440
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3328
	scratch_load_b128 v[5:8], off, off offset:3344
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[61:62], v[67:68], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3328
	scratch_store_b128 off, v[5:8], off offset:3344
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:832
	scratch_load_b128 v[5:8], off, off offset:848
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[63:64], v[67:68], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:832
	scratch_store_b128 off, v[5:8], off offset:848
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:800
	scratch_load_b128 v[5:8], off, off offset:816
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[49:50], v[67:68], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:800
	scratch_store_b128 off, v[5:8], off offset:816
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:768
	scratch_load_b128 v[5:8], off, off offset:784
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[51:52], v[67:68], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:768
	scratch_store_b128 off, v[5:8], off offset:784
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:3392
	scratch_load_b128 v[5:8], off, off offset:3408
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[65:66], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:3392
	scratch_store_b128 off, v[5:8], off offset:3408
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:736
	scratch_load_b128 v[5:8], off, off offset:752
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[53:54], v[67:68], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:736
	scratch_store_b128 off, v[5:8], off offset:752
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:704
	scratch_load_b128 v[5:8], off, off offset:720
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[55:56], v[67:68], v[1:8]
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3360
	scratch_load_b128 v[53:56], off, off offset:3376
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[1:4], off offset:704
	scratch_store_b128 off, v[5:8], off offset:720
	v_dual_mov_b32 v1, v110 :: v_dual_mov_b32 v4, v113
	v_dual_mov_b32 v2, v111 :: v_dual_mov_b32 v3, v112
	v_dual_mov_b32 v6, v115 :: v_dual_mov_b32 v5, v114
	v_dual_mov_b32 v8, v117 :: v_dual_mov_b32 v7, v116
	v_dual_mov_b32 v117, v16 :: v_dual_mov_b32 v114, v13
	v_dual_mov_b32 v116, v15 :: v_dual_mov_b32 v115, v14
	v_dual_mov_b32 v112, v11 :: v_dual_mov_b32 v113, v12
	v_dual_mov_b32 v110, v9 :: v_dual_mov_b32 v111, v10
	v_dual_mov_b32 v9, v118 :: v_dual_mov_b32 v12, v121
	v_dual_mov_b32 v10, v119 :: v_dual_mov_b32 v11, v120
	v_dual_mov_b32 v14, v123 :: v_dual_mov_b32 v13, v122
	v_dual_mov_b32 v16, v125 :: v_dual_mov_b32 v15, v124
	v_dual_mov_b32 v125, v85 :: v_dual_mov_b32 v122, v82
	v_dual_mov_b32 v119, v79 :: v_dual_mov_b32 v124, v84
	v_dual_mov_b32 v123, v83 :: v_dual_mov_b32 v120, v80
	v_dual_mov_b32 v121, v81 :: v_dual_mov_b32 v118, v78
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[59:60], v[65:66], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3360
	scratch_store_b128 off, v[53:56], off offset:3376
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:672
	scratch_load_b128 v[53:56], off, off offset:688
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[57:58], v[67:68], v[49:56]
	v_mov_b32_e32 v58, v189
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:3200
	scratch_load_b128 v[70:73], off, off offset:3216
	v_dual_mov_b32 v59, v190 :: v_dual_mov_b32 v60, v191
	v_dual_mov_b32 v61, v192 :: v_dual_mov_b32 v62, v193
	v_dual_mov_b32 v63, v194 :: v_dual_mov_b32 v64, v195
	v_mov_b32_e32 v65, v196
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[182:185], off, off offset:1600
	scratch_load_b128 v[186:189], off, off offset:1616
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:672
	scratch_store_b128 off, v[53:56], off offset:688
	s_branch .LBB0_7
.LBB0_6:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[70:73], off offset:2208
	scratch_store_b128 off, v[74:77], off offset:2224
	v_dual_mov_b32 v58, v189 :: v_dual_mov_b32 v59, v190
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[133:136], off offset:2240
	scratch_store_b128 off, v[137:140], off offset:2256
	v_dual_mov_b32 v118, v141 :: v_dual_mov_b32 v119, v142
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[149:152], off offset:2272
	scratch_store_b128 off, v[153:156], off offset:2288
	v_dual_mov_b32 v110, v157 :: v_dual_mov_b32 v111, v158
	s_clause 0xb                            ; 192-byte Folded Spill
	scratch_store_b128 off, v[165:168], off offset:2304
	scratch_store_b128 off, v[169:172], off offset:2320
	scratch_store_b128 off, v[173:176], off offset:2336
	scratch_store_b128 off, v[177:180], off offset:2352
	scratch_store_b128 off, v[181:184], off offset:2368
	scratch_store_b128 off, v[185:188], off offset:2384
	scratch_store_b128 off, v[201:204], off offset:2400
	scratch_store_b128 off, v[205:208], off offset:2416
	scratch_store_b128 off, v[209:212], off offset:2432
	scratch_store_b128 off, v[213:216], off offset:2448
	scratch_store_b128 off, v[217:220], off offset:2464
	scratch_store_b128 off, v[221:224], off offset:2480
	v_dual_mov_b32 v66, v225 :: v_dual_mov_b32 v67, v226
	s_clause 0xd                            ; 224-byte Folded Spill
	scratch_store_b128 off, v[233:236], off offset:2496
	scratch_store_b128 off, v[237:240], off offset:2512
	scratch_store_b128 off, v[33:36], off offset:2528
	scratch_store_b128 off, v[37:40], off offset:2544
	scratch_store_b128 off, v[41:44], off offset:2560
	scratch_store_b128 off, v[45:48], off offset:2576
	scratch_store_b128 off, v[1:4], off offset:2592
	scratch_store_b128 off, v[5:8], off offset:2608
	scratch_store_b128 off, v[9:12], off offset:2624
	scratch_store_b128 off, v[13:16], off offset:2640
	scratch_store_b128 off, v[93:96], off offset:2656
	scratch_store_b128 off, v[97:100], off offset:2672
	scratch_store_b128 off, v[101:104], off offset:2688
	scratch_store_b128 off, v[105:108], off offset:2704
	v_dual_mov_b32 v60, v191 :: v_dual_mov_b32 v61, v192
	v_dual_mov_b32 v62, v193 :: v_dual_mov_b32 v63, v194
	v_dual_mov_b32 v64, v195 :: v_dual_mov_b32 v65, v196
	v_dual_mov_b32 v120, v143 :: v_dual_mov_b32 v121, v144
	v_dual_mov_b32 v122, v145 :: v_dual_mov_b32 v123, v146
	v_dual_mov_b32 v124, v147 :: v_dual_mov_b32 v125, v148
	v_dual_mov_b32 v112, v159 :: v_dual_mov_b32 v113, v160
	v_dual_mov_b32 v114, v161 :: v_dual_mov_b32 v115, v162
	v_dual_mov_b32 v116, v163 :: v_dual_mov_b32 v117, v164
	v_dual_mov_b32 v68, v227 :: v_dual_mov_b32 v69, v228
	v_dual_mov_b32 v70, v229 :: v_dual_mov_b32 v71, v230
	v_dual_mov_b32 v72, v231 :: v_dual_mov_b32 v73, v232
	s_clause 0x1f                           ; 512-byte Folded Reload
	scratch_load_b128 v[94:97], off, off offset:3872
	scratch_load_b128 v[98:101], off, off offset:3888
	scratch_load_b128 v[86:89], off, off offset:3904
	scratch_load_b128 v[90:93], off, off offset:3920
	scratch_load_b128 v[241:244], off, off offset:3936
	scratch_load_b128 v[245:248], off, off offset:3952
	scratch_load_b128 v[102:105], off, off offset:3968
	scratch_load_b128 v[106:109], off, off offset:3984
	scratch_load_b128 v[41:44], off, off offset:4000
	scratch_load_b128 v[45:48], off, off offset:4016
	scratch_load_b128 v[33:36], off, off offset:2720
	scratch_load_b128 v[37:40], off, off offset:2736
	scratch_load_b128 v[217:220], off, off offset:2752
	scratch_load_b128 v[221:224], off, off offset:2768
	scratch_load_b128 v[182:185], off, off offset:1600
	scratch_load_b128 v[186:189], off, off offset:1616
	scratch_load_b128 v[1:4], off, off offset:2784
	scratch_load_b128 v[5:8], off, off offset:2800
	scratch_load_b128 v[9:12], off, off offset:2816
	scratch_load_b128 v[13:16], off, off offset:2832
	scratch_load_b128 v[197:200], off, off offset:2848
	scratch_load_b128 v[201:204], off, off offset:2864
	scratch_load_b128 v[174:177], off, off offset:2880
	scratch_load_b128 v[178:181], off, off offset:2896
	scratch_load_b128 v[126:129], off, off offset:2912
	scratch_load_b128 v[130:133], off, off offset:2928
	scratch_load_b128 v[134:137], off, off offset:2944
	scratch_load_b128 v[138:141], off, off offset:2960
	scratch_load_b128 v[142:145], off, off offset:2976
	scratch_load_b128 v[146:149], off, off offset:2992
	scratch_load_b128 v[150:153], off, off offset:3008
	scratch_load_b128 v[154:157], off, off offset:3024
	s_clause 0x9                            ; 160-byte Folded Reload
	scratch_load_b128 v[158:161], off, off offset:3040
	scratch_load_b128 v[162:165], off, off offset:3056
	scratch_load_b128 v[166:169], off, off offset:3072
	scratch_load_b128 v[170:173], off, off offset:3088
	scratch_load_b128 v[205:208], off, off offset:3104
	scratch_load_b128 v[209:212], off, off offset:3120
	scratch_load_b128 v[233:236], off, off offset:3136
	scratch_load_b128 v[237:240], off, off offset:3152
	scratch_load_b128 v[225:228], off, off offset:3168
	scratch_load_b128 v[229:232], off, off offset:3184
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[78:81], off offset:2176
	scratch_store_b128 off, v[82:85], off offset:2192
.LBB0_7:                                ; %._crit_edge._crit_edge
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1760 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1776 th:TH_LOAD_LU
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v49, s31, v0
	v_and_b32_e32 v0, 15, v0
	.loc	1 35 21                         ; spill.py:35:21
	s_wait_kmcnt 0x0
	s_mul_i32 s29, s28, s31
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s25, s25, 0xffff
	.loc	1 35 51                         ; spill.py:35:51
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s29, s29, s33
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v50, 48, v49
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s19, s26, v50
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v50, s31, v0
	.loc	1 35 51                         ; spill.py:35:51
	v_mul_lo_u32 v0, s28, v0
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 16, v50
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s22, s26, v50
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cmp_gt_i32_e64 s21, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 32, v50
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s20, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 64, v50
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s18, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0x50, v50
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s17, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0x60, v50
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s16, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0x70, v49
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s15, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0x80, v50
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s14, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0x90, v50
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s13, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0xa0, v50
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s12, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0xb0, v49
	v_or_b32_e32 v49, 0xf0, v49
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s11, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0xc0, v50
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e32 vcc_lo, s26, v49
	.loc	1 22 44                         ; spill.py:22:44
	v_lshrrev_b32_e32 v49, 1, v249
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s10, s26, v51
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v51, 0xd0, v50
	v_or_b32_e32 v50, 0xe0, v50
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 22 44 is_stmt 0               ; spill.py:22:44
	v_and_b32_e32 v49, 24, v49
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s9, s26, v51
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_gt_i32_e64 s8, s26, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v49
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v51, 32, v49
	v_or_b32_e32 v52, 64, v49
	v_or_b32_e32 v53, 0x60, v49
	v_or_b32_e32 v54, 0x80, v49
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s7, s27, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v51
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v55, 0xa0, v49
	v_or_b32_e32 v56, 0xc0, v49
	v_or_b32_e32 v57, 0xe0, v49
	.loc	1 35 51                         ; spill.py:35:51
	s_wait_alu depctr_sa_sdst(0)
	v_or_b32_e32 v49, s29, v49
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s6, s27, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v52
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s23, s22, s7
	s_mov_b32 s26, 0x7ffffffe
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 74 is_stmt 0               ; spill.py:36:74
	v_cmp_gt_i32_e64 s5, s27, v50
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v50, s33, v53
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s4, s27, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v54
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s3, s27, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v55
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s2, s27, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v56
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s1, s27, v50
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v50, s33, v57
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s0, s27, v50
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v50, v49, v0, 2
	s_mov_b32 s27, 0x31027000
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v50, 0x80000000, v50, s23
	buffer_store_b128 v[25:28], v50, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v50, 4, v49
	v_or_b32_e32 v26, 36, v49
	v_or_b32_e32 v28, 0x44, v49
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v25, v50, v0, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v25, 0x80000000, v25, s23
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s23, s22, s6
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[29:32], v25, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v29, s29, v51
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v25, v29, v0, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v25, 0x80000000, v25, s23
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v25, s[24:27], null offen
	v_add_lshl_u32 v25, v26, v0, 2
	v_cndmask_b32_e64 v25, 0x80000000, v25, s23
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s23, s22, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v25, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v25, s29, v52
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1696 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1712 th:TH_LOAD_LU
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v27, v25, v0, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v27, 0x80000000, v27, s23
	buffer_store_b128 v[9:12], v27, s[24:27], null offen
	v_add_lshl_u32 v27, v28, v0, 2
	.loc	1 35 51                         ; spill.py:35:51
	v_or_b32_e32 v10, 0x64, v49
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v27, 0x80000000, v27, s23
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_add_lshl_u32 v9, v10, v0, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s23, s22, s4
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[13:16], v27, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v27, s29, v53
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v9, 0x80000000, v9, s23
	v_add_lshl_u32 v30, v27, v0, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v30, 0x80000000, v30, s23
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s23, s22, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_clause 0x1
	buffer_store_b128 v[1:4], v30, s[24:27], null offen
	buffer_store_b128 v[5:8], v9, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:1728 th:TH_LOAD_LU
	scratch_load_b128 v[5:8], off, off offset:1744 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v9, s29, v54
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v11, v9, v0, 2
	v_cndmask_b32_e64 v11, 0x80000000, v11, s23
	s_wait_loadcnt 0x1
	buffer_store_b128 v[1:4], v11, s[24:27], null offen
	.loc	1 35 51                         ; spill.py:35:51
	v_or_b32_e32 v11, 0x84, v49
	v_or_b32_e32 v2, 0xa4, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v1, v11, v0, 2
	v_cndmask_b32_e64 v1, 0x80000000, v1, s23
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s23, s22, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[5:8], v1, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v5, s29, v55
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v1, v5, v0, 2
	v_cndmask_b32_e64 v1, 0x80000000, v1, s23
	buffer_store_b128 v[74:77], v1, s[24:27], null offen
	v_add_lshl_u32 v1, v2, v0, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s23
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s23, s22, s1
	s_and_b32 s22, s22, s0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[78:81], v1, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1664 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1680 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_or_b32_e32 v1, s29, v56
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v3, v1, v0, 2
	.loc	1 35 51                         ; spill.py:35:51
	v_mad_co_u64_u32 v[12:13], null, 0xd0, s28, v[0:1]
	v_mad_co_u64_u32 v[13:14], null, 0xe0, s28, v[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v3, 0x80000000, v3, s23
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v3, s[24:27], null offen
	.loc	1 35 51                         ; spill.py:35:51
	v_or_b32_e32 v3, 0xc4, v49
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v4, v3, v0, 2
	v_cndmask_b32_e64 v4, 0x80000000, v4, s23
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v4, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1632 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1648 th:TH_LOAD_LU
	.loc	1 35 51                         ; spill.py:35:51
	v_or_b32_e32 v4, s29, v57
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v6, v4, v0, 2
	v_cndmask_b32_e64 v6, 0x80000000, v6, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v6, s[24:27], null offen
	.loc	1 35 51                         ; spill.py:35:51
	v_or_b32_e32 v6, 0xe4, v49
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v7, v6, v0, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s22, s21, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1568 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1584 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_lshl_add_u32 v7, s28, 4, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	buffer_store_b128 v[182:185], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s22, s21, s6
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[186:189], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v29, v7, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[182:185], off, off offset:2496 th:TH_LOAD_LU
	scratch_load_b128 v[186:189], off, off offset:2512 th:TH_LOAD_LU
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x3
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s22, s21, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x2
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1536 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1552 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s22, s21, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1504 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1520 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s22, s21, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1472 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1488 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s22, s21, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1440 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1456 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s22, s21, s1
	s_and_b32 s21, s21, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1408 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1424 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s22
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1376 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1392 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s21, s20, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1344 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1360 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_lshl_add_u32 v7, s28, 5, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s21, s20, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1312 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1328 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s21, s20, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1280 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1296 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s21, s20, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1248 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1264 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s21, s20, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1216 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1232 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s21, s20, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1184 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1200 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s21, s20, s1
	s_and_b32 s20, s20, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1152 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1168 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1120 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1136 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s20, s19, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1088 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1104 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, s28, 48, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s20, s19, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1056 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1072 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s20, s19, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:1024 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1040 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s20, s19, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:992 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:1008 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s20, s19, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:960 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:976 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s20, s19, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:928 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:944 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s20, s19, s1
	s_and_b32 s19, s19, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:896 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:912 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s20
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:864 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:880 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s19, s18, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:640 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:656 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_lshl_add_u32 v7, s28, 6, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s19, s18, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:608 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:624 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s19, s18, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:576 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:592 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s19, s18, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:544 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:560 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s19, s18, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:512 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:528 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s19, s18, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:480 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:496 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s19, s18, s1
	s_and_b32 s18, s18, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:448 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:464 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s19
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:416 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:432 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s18, s17, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:384 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:400 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0x50, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s18, s17, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:352 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:368 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s18, s17, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:320 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:336 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s18, s17, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:288 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:304 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s18, s17, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:256 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:272 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s18, s17, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:224 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:240 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s18, s17, s1
	s_and_b32 s17, s17, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:192 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:208 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s18
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:2688 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:2704 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s17, s16, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:2656 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:2672 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0x60, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s17, s16, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:2624 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:2640 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s17, s16, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:2592 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:2608 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s17, s16, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:2560 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:2576 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s17, s16, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:2528 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:2544 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s17, s16, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[74:77], off, off offset:160 th:TH_LOAD_LU
	scratch_load_b128 v[78:81], off, off offset:176 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[74:77], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s17, s16, s1
	s_and_b32 s16, s16, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[78:81], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	buffer_store_b128 v[182:185], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s17
	buffer_store_b128 v[186:189], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s16, s15, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_clause 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	buffer_store_b128 v[70:73], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2464 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2480 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0x70, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s16, s15, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2432 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2448 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s16, s15, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2400 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2416 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s16, s15, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2368 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2384 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s16, s15, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2336 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2352 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s16, s15, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2304 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2320 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s16, s15, s1
	s_and_b32 s15, s15, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2272 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2288 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	buffer_store_b128 v[110:113], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s16
	buffer_store_b128 v[114:117], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s15, s14, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:2240 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:2256 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_lshl_add_u32 v7, s28, 7, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	buffer_store_b128 v[118:121], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s15, s14, s6
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[122:125], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v29, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s15, s14, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:128 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:144 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s15, s14, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:96 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:112 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s15, s14, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:64 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:80 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s15, s14, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off offset:32 th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:48 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s15, s14, s1
	s_and_b32 s14, s14, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[66:69], off, off th:TH_LOAD_LU
	scratch_load_b128 v[70:73], off, off offset:16 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[66:69], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s15
	s_wait_loadcnt 0x0
	buffer_store_b128 v[70:73], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s14, s13, s7
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[58:61], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2208 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2224 th:TH_LOAD_LU
	buffer_store_b128 v[62:65], v7, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0x90, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s14, s13, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2176 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2192 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s14, s13, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2144 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2160 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s14, s13, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2112 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2128 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s14, s13, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2080 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2096 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s14, s13, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2048 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2064 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s14, s13, s1
	s_and_b32 s13, s13, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:2016 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2032 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s14
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1984 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:2000 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s13, s12, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1952 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:1968 th:TH_LOAD_LU
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0xa0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s13, s12, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1920 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:1936 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v29, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s13, s12, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1888 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:1904 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v25, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s13, s12, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1856 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:1872 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s13, s12, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1824 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:1840 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s13, s12, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[51:54], off, off offset:1792 th:TH_LOAD_LU
	scratch_load_b128 v[55:58], off, off offset:1808 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	buffer_store_b128 v[225:228], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s13, s12, s1
	s_and_b32 s12, s12, s0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[229:232], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v1, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	buffer_store_b128 v[233:236], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s13
	buffer_store_b128 v[237:240], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s12, s11, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_clause 0x1
	buffer_store_b128 v[205:208], v8, s[24:27], null offen
	buffer_store_b128 v[209:212], v7, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0xb0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	s_wait_loadcnt 0x1
	buffer_store_b128 v[51:54], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s12, s11, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[55:58], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v29, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[166:169], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s12, s11, s5
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[170:173], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v25, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[158:161], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s12, s11, s4
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[162:165], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v27, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[150:153], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s12, s11, s3
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[154:157], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v9, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[142:145], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s12, s11, s2
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[146:149], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v5, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[134:137], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s12, s11, s1
	s_and_b32 s11, s11, s0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[138:141], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v1, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[126:129], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v3, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s12
	buffer_store_b128 v[130:133], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v4, v7, 2
	v_add_lshl_u32 v7, v6, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s11, s10, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_clause 0x1
	buffer_store_b128 v[174:177], v8, s[24:27], null offen
	buffer_store_b128 v[178:181], v7, s[24:27], null offen
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[7:8], null, 0xc0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v8, v49, v7, 2
	v_add_lshl_u32 v15, v3, v7, 2
	v_add_lshl_u32 v14, v4, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	buffer_store_b128 v[197:200], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s11, s10, s6
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[201:204], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v29, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	buffer_store_b128 v[217:220], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v26, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s11, s10, s5
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[221:224], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v25, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	buffer_store_b128 v[33:36], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v28, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s11, s10, s4
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[37:40], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3840 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3856 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v27, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	buffer_store_b128 v[41:44], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v10, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s11, s10, s3
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[45:48], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v9, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v11, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s11, s10, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3808 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3824 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v5, v7, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v2, v7, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s11, s10, s1
	s_and_b32 s10, s10, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v16, 0x80000000, v15, s11
	v_cndmask_b32_e64 v30, 0x80000000, v14, s10
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[31:34], off, off offset:3776 th:TH_LOAD_LU
	scratch_load_b128 v[35:38], off, off offset:3792 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v1, v7, 2
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mad_co_u64_u32 v[14:15], null, 0xf0, s28, v[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v0, v6, v7, 2
	v_add_lshl_u32 v7, v49, v12, 2
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	v_add_lshl_u32 v15, v29, v12, 2
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b32 s10, s9, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s10
	s_wait_loadcnt 0x1
	buffer_store_b128 v[31:34], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[35:38], v16, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[31:34], off, off offset:3744 th:TH_LOAD_LU
	scratch_load_b128 v[35:38], off, off offset:3760 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v50, v12, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s10, s9, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v15, 0x80000000, v15, s10
	s_wait_loadcnt 0x1
	buffer_store_b128 v[31:34], v30, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[35:38], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3712 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3728 th:TH_LOAD_LU
	v_add_lshl_u32 v0, v26, v12, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s10, s9, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3680 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3696 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v12, 2
	v_add_lshl_u32 v8, v28, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s10
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s10, s9, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v15, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3648 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3664 th:TH_LOAD_LU
	v_add_lshl_u32 v15, v27, v12, 2
	v_add_lshl_u32 v0, v10, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v15, 0x80000000, v15, s10
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s10, s9, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3616 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3632 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v12, 2
	v_add_lshl_u32 v8, v11, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s10
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s10, s9, s2
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v15, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3584 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3600 th:TH_LOAD_LU
	v_add_lshl_u32 v15, v5, v12, 2
	v_add_lshl_u32 v0, v2, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v15, 0x80000000, v15, s10
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s10, s9, s1
	s_and_b32 s9, s9, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3552 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3568 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v12, 2
	v_add_lshl_u32 v8, v3, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s10
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v15, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3520 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3536 th:TH_LOAD_LU
	v_add_lshl_u32 v15, v4, v12, 2
	v_add_lshl_u32 v0, v6, v12, 2
	v_add_lshl_u32 v12, v29, v13, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v15, 0x80000000, v15, s9
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s7
	s_and_b32 s7, vcc_lo, s7
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3488 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3504 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v49, v13, 2
	v_add_lshl_u32 v8, v50, v13, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s6
	s_and_b32 s6, vcc_lo, s6
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v12, 0x80000000, v12, s9
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v15, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3456 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3472 th:TH_LOAD_LU
	v_add_lshl_u32 v0, v26, v13, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s5
	s_and_b32 s5, vcc_lo, s5
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3424 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3440 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v13, 2
	v_add_lshl_u32 v8, v28, v13, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s4
	s_and_b32 s4, vcc_lo, s4
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v12, s[24:27], null offen
	s_wait_loadcnt 0x0
	s_clause 0x1
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	buffer_store_b128 v[102:105], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3392 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3408 th:TH_LOAD_LU
	v_add_lshl_u32 v12, v27, v13, 2
	v_add_lshl_u32 v0, v10, v13, 2
	v_add_lshl_u32 v7, v9, v13, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v12, 0x80000000, v12, s9
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_clause 0x1
	buffer_store_b128 v[106:109], v8, s[24:27], null offen
	buffer_store_b128 v[241:244], v12, s[24:27], null offen
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	v_add_lshl_u32 v8, v11, v13, 2
	v_add_lshl_u32 v12, v5, v13, 2
	s_clause 0x1
	buffer_store_b128 v[245:248], v0, s[24:27], null offen
	buffer_store_b128 v[86:89], v7, s[24:27], null offen
	v_add_lshl_u32 v0, v2, v13, 2
	v_add_lshl_u32 v7, v1, v13, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s2
	s_and_b32 s3, vcc_lo, s3
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v12, 0x80000000, v12, s9
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s9, s8, s1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_b128 v[90:93], v8, s[24:27], null offen
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	v_add_lshl_u32 v8, v3, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s8, s8, s0
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v5, v5, v14, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s2, vcc_lo, s2
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v2, v2, v14, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	v_add_lshl_u32 v1, v1, v14, 2
	v_cndmask_b32_e64 v5, 0x80000000, v5, s2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b32 s1, vcc_lo, s1
	s_and_b32 vcc_lo, vcc_lo, s0
	.loc	1 36 21                         ; spill.py:36:21
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s1
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v12, s[24:27], null offen
	s_wait_loadcnt 0x0
	s_clause 0x1
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	buffer_store_b128 v[94:97], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[30:33], off, off offset:3360 th:TH_LOAD_LU
	scratch_load_b128 v[34:37], off, off offset:3376 th:TH_LOAD_LU
	v_add_lshl_u32 v12, v4, v13, 2
	v_add_lshl_u32 v0, v6, v13, 2
	buffer_store_b128 v[98:101], v8, s[24:27], null offen
	v_add_lshl_u32 v7, v49, v14, 2
	v_add_lshl_u32 v8, v50, v14, 2
	v_cndmask_b32_e64 v12, 0x80000000, v12, s8
	v_cndmask_b32_e64 v0, 0x80000000, v0, s8
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s7
	v_cndmask_b32_e64 v8, 0x80000000, v8, s7
	s_wait_loadcnt 0x1
	buffer_store_b128 v[30:33], v12, s[24:27], null offen
	v_add_lshl_u32 v12, v29, v14, 2
	s_wait_loadcnt 0x0
	buffer_store_b128 v[34:37], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[29:32], off, off offset:3328 th:TH_LOAD_LU
	scratch_load_b128 v[33:36], off, off offset:3344 th:TH_LOAD_LU
	v_add_lshl_u32 v0, v26, v14, 2
	v_cndmask_b32_e64 v12, 0x80000000, v12, s6
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s6
	s_wait_loadcnt 0x1
	buffer_store_b128 v[29:32], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[33:36], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[29:32], off, off offset:832 th:TH_LOAD_LU
	scratch_load_b128 v[33:36], off, off offset:848 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v14, 2
	v_add_lshl_u32 v8, v28, v14, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s5
	v_cndmask_b32_e64 v8, 0x80000000, v8, s5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[29:32], v12, s[24:27], null offen
	v_add_lshl_u32 v12, v27, v14, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:800 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:816 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	buffer_store_b128 v[33:36], v0, s[24:27], null offen
	v_add_lshl_u32 v0, v10, v14, 2
	v_cndmask_b32_e64 v12, 0x80000000, v12, s4
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s4
	s_wait_loadcnt 0x1
	buffer_store_b128 v[25:28], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[29:32], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:768 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:784 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v14, 2
	v_add_lshl_u32 v8, v11, v14, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s3
	v_cndmask_b32_e64 v8, 0x80000000, v8, s3
	s_wait_loadcnt 0x1
	buffer_store_b128 v[25:28], v12, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[29:32], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:736 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:752 th:TH_LOAD_LU
	v_cndmask_b32_e64 v0, 0x80000000, v2, s2
	v_add_lshl_u32 v2, v3, v14, 2
	v_add_lshl_u32 v3, v4, v14, 2
	v_add_lshl_u32 v4, v6, v14, 2
	s_wait_loadcnt 0x1
	buffer_store_b128 v[25:28], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[29:32], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:704 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:720 th:TH_LOAD_LU
	v_cndmask_b32_e64 v2, 0x80000000, v2, s1
	v_cndmask_b32_e32 v3, 0x80000000, v3, vcc_lo
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	s_wait_loadcnt 0x1
	buffer_store_b128 v[25:28], v5, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[5:8], off, off offset:672 th:TH_LOAD_LU
	scratch_load_b128 v[9:12], off, off offset:688 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	buffer_store_b128 v[29:32], v0, s[24:27], null offen
	s_wait_loadcnt 0x1
	buffer_store_b128 v[5:8], v1, s[24:27], null offen
	s_wait_loadcnt 0x0
	s_clause 0x2
	buffer_store_b128 v[9:12], v2, s[24:27], null offen
	buffer_store_b128 v[17:20], v3, s[24:27], null offen
	buffer_store_b128 v[21:24], v4, s[24:27], null offen
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.Ltmp4:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 4056
		.amdhsa_kernarg_size 64
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 256
		.amdhsa_next_free_sgpr 34
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 255
		.amdhsa_round_robin_scheduling 0
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
	.set oversized_tile_fp8_gemm.num_agpr, 0
	.set oversized_tile_fp8_gemm.numbered_sgpr, 34
	.set oversized_tile_fp8_gemm.num_named_barrier, 0
	.set oversized_tile_fp8_gemm.private_seg_size, 4056
	.set oversized_tile_fp8_gemm.uses_vcc, 1
	.set oversized_tile_fp8_gemm.uses_flat_scratch, 1
	.set oversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set oversized_tile_fp8_gemm.has_recursion, 0
	.set oversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 40732
; TotalNumSgprs: 36
; NumVgprs: 256
; ScratchSize: 4056
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 36
; NumVGPRsForWavesPerEU: 256
; Occupancy: 5
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
	.text
	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
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
	.quad	.Ltmp0-.Lfunc_begin0
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
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
  - .args:
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
    .max_flat_workgroup_size: 64
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 4056
    .sgpr_count:     36
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 3659
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

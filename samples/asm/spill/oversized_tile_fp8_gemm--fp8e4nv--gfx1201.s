	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	oversized_tile_fp8_gemm         ; -- Begin function oversized_tile_fp8_gemm
	.p2align	8
	.type	oversized_tile_fp8_gemm,@function
oversized_tile_fp8_gemm:                ; @oversized_tile_fp8_gemm
.Lfunc_begin0:
	.file	1 "spill.py"
	.loc	1 16 0                          ; spill.py:16:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	v_mov_b32_e32 v238, v0
.Ltmp0:
	.loc	1 31 13 prologue_end            ; spill.py:31:13
	s_bfe_u32 s13, ttmp8, 0x50019
	s_clause 0x1
	s_load_b256 s[20:27], s[0:1], 0x0
	s_load_b96 s[28:30], s[0:1], 0x20
	.loc	1 22 32                         ; spill.py:22:32
	s_lshl_b32 s15, s13, 5
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	s_lshl_b32 s31, ttmp9, 8
	.loc	1 30 13 is_stmt 1               ; spill.py:30:13
	v_bfe_i32 v33, v238, 3, 1
	.loc	1 23 14                         ; spill.py:23:14
	s_lshl_b32 s2, ttmp7, 8
	.loc	1 30 13                         ; spill.py:30:13
	s_mov_b32 s19, 0x31027000
	.loc	1 23 14                         ; spill.py:23:14
	s_and_b32 s33, s2, 0xffff00
	s_mov_b32 s18, 0x7ffffffe
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v65, 0x88, v33
	.loc	1 22 32                         ; spill.py:22:32
	v_and_or_b32 v237, v238, 31, s15
	v_lshrrev_b32_e32 v67, 1, v238
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_and_b32_e32 v0, 63, v237
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b32_e32 v32, 4, v237
	s_wait_kmcnt 0x0
	s_mov_b32 s16, s20
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v1, 64, v0
	v_or_b32_e32 v2, 0x80, v0
	v_or_b32_e32 v3, 0xc0, v0
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v4, s31, v0
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v16, s33, v0
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v5, s31, v1
	v_or_b32_e32 v6, s31, v2
	v_or_b32_e32 v7, s31, v3
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v0, s29, v4
	.loc	1 29 5                          ; spill.py:29:5
	s_add_co_i32 s5, s28, -1
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v8, s29, v5
	v_mul_lo_u32 v9, s29, v6
	v_mul_lo_u32 v12, s29, v7
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ spill.py:29:23 ]
	s_add_co_i32 s14, s28, 15
.Ltmp2:
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e32 vcc_lo, s26, v4
	v_cmp_gt_i32_e64 s2, s26, v5
	v_cmp_gt_i32_e64 s3, s26, v6
	v_cmp_gt_i32_e64 s4, s26, v7
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_u32 s5, 0x7ffffff0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v17, s33, v1
	.loc	1 29 5                          ; spill.py:29:5
	s_cselect_b32 s12, -1, 0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v18, s33, v2
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b32 s5, vcc_lo, s12
	s_and_b32 s6, s2, s12
	s_and_b32 s7, s3, s12
	s_and_b32 s8, s4, s12
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v19, s33, v3
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v0, 0x80000000, v0, s5
	v_cndmask_b32_e64 v4, 0x80000000, v8, s6
	v_cndmask_b32_e64 v8, 0x80000000, v9, s7
	v_cndmask_b32_e64 v12, 0x80000000, v12, s8
	s_and_b32 s17, s21, 0xffff
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v20, s30, v16
	v_mul_lo_u32 v21, s30, v17
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1
	buffer_load_b128 v[0:3], v0, s[16:19], null offen
	buffer_load_b128 v[4:7], v4, s[16:19], null offen
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v24, s30, v18
	v_mul_lo_u32 v28, s30, v19
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s5, s27, v16
	v_cmp_gt_i32_e64 s6, s27, v17
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1
	buffer_load_b128 v[8:11], v8, s[16:19], null offen
	buffer_load_b128 v[12:15], v12, s[16:19], null offen
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s7, s27, v18
	v_cmp_gt_i32_e64 s8, s27, v19
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b32 s9, s5, s12
	s_and_b32 s10, s6, s12
	.loc	1 31 13                         ; spill.py:31:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v16, 0x80000000, v20, s9
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b32 s11, s7, s12
	s_and_b32 s12, s8, s12
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v20, 0x80000000, v21, s10
	v_cndmask_b32_e64 v24, 0x80000000, v24, s11
	v_cndmask_b32_e64 v28, 0x80000000, v28, s12
	s_and_b32 s21, s23, 0xffff
	s_mov_b32 s20, s22
	s_mov_b32 s22, s18
	s_mov_b32 s23, s19
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v32, 0x370, v32, v65
	.loc	1 31 13                         ; spill.py:31:13
	s_clause 0x3
	buffer_load_b128 v[16:19], v16, s[20:23], null offen
	buffer_load_b128 v[20:23], v20, s[20:23], null offen
	buffer_load_b128 v[24:27], v24, s[20:23], null offen
	buffer_load_b128 v[28:31], v28, s[20:23], null offen
	.loc	1 30 13                         ; spill.py:30:13
	v_add_nc_u32_e32 v253, 0, v32
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s14, 32
	.loc	1 30 13                         ; spill.py:30:13
	s_wait_loadcnt 0x6
	ds_store_2addr_stride64_b64 v253, v[0:1], v[4:5] offset1:2
	s_wait_loadcnt 0x4
	ds_store_2addr_stride64_b64 v253, v[8:9], v[12:13] offset0:4 offset1:6
	v_xor_b32_e32 v0, 8, v32
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v255, 0, v0
	ds_store_2addr_stride64_b64 v255, v[2:3], v[6:7] offset1:2
	ds_store_2addr_stride64_b64 v255, v[10:11], v[14:15] offset0:4 offset1:6
	.loc	1 31 13                         ; spill.py:31:13
	s_wait_loadcnt 0x2
	ds_store_2addr_stride64_b64 v253, v[16:17], v[20:21] offset0:8 offset1:10
	s_wait_loadcnt 0x0
	ds_store_2addr_stride64_b64 v253, v[24:25], v[28:29] offset0:12 offset1:14
	ds_store_2addr_stride64_b64 v255, v[18:19], v[22:23] offset0:8 offset1:10
	ds_store_2addr_stride64_b64 v255, v[26:27], v[30:31] offset0:12 offset1:14
	v_mov_b32_e32 v24, 0
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v19, v24 :: v_dual_lshlrev_b32 v66, 4, v238
	v_dual_mov_b32 v23, v24 :: v_dual_mov_b32 v22, v24
	v_dual_mov_b32 v21, v24 :: v_dual_mov_b32 v20, v24
	v_dual_mov_b32 v17, v24 :: v_dual_mov_b32 v18, v24
	v_dual_mov_b32 v7, v24 :: v_dual_mov_b32 v6, v24
	v_dual_mov_b32 v5, v24 :: v_dual_mov_b32 v4, v24
	v_dual_mov_b32 v3, v24 :: v_dual_mov_b32 v2, v24
	v_dual_mov_b32 v1, v24 :: v_dual_mov_b32 v0, v24
	v_dual_mov_b32 v39, v24 :: v_dual_mov_b32 v40, v24
	v_dual_mov_b32 v37, v24 :: v_dual_mov_b32 v38, v24
	v_dual_mov_b32 v35, v24 :: v_dual_mov_b32 v36, v24
	v_dual_mov_b32 v33, v24 :: v_dual_mov_b32 v34, v24
	v_dual_mov_b32 v31, v24 :: v_dual_mov_b32 v32, v24
	v_dual_mov_b32 v29, v24 :: v_dual_mov_b32 v30, v24
	v_dual_mov_b32 v27, v24 :: v_dual_mov_b32 v28, v24
	v_dual_mov_b32 v25, v24 :: v_dual_mov_b32 v26, v24
	v_dual_mov_b32 v47, v24 :: v_dual_mov_b32 v48, v24
	v_dual_mov_b32 v45, v24 :: v_dual_mov_b32 v46, v24
	v_dual_mov_b32 v43, v24 :: v_dual_mov_b32 v44, v24
	v_dual_mov_b32 v41, v24 :: v_dual_mov_b32 v42, v24
	v_dual_mov_b32 v15, v24 :: v_dual_mov_b32 v8, v24
	v_dual_mov_b32 v13, v24 :: v_dual_mov_b32 v16, v24
	v_dual_mov_b32 v11, v24 :: v_dual_mov_b32 v14, v24
	v_dual_mov_b32 v9, v24 :: v_dual_mov_b32 v12, v24
	v_dual_mov_b32 v55, v24 :: v_dual_mov_b32 v10, v24
	v_dual_mov_b32 v53, v24 :: v_dual_mov_b32 v56, v24
	v_dual_mov_b32 v51, v24 :: v_dual_mov_b32 v54, v24
	v_dual_mov_b32 v49, v24 :: v_dual_mov_b32 v52, v24
	v_dual_mov_b32 v63, v24 :: v_dual_mov_b32 v50, v24
	v_dual_mov_b32 v61, v24 :: v_dual_mov_b32 v64, v24
	v_dual_mov_b32 v59, v24 :: v_dual_mov_b32 v62, v24
	v_dual_mov_b32 v57, v24 :: v_dual_mov_b32 v60, v24
	v_dual_mov_b32 v245, v24 :: v_dual_mov_b32 v58, v24
	v_dual_mov_b32 v243, v24 :: v_dual_mov_b32 v246, v24
	v_dual_mov_b32 v241, v24 :: v_dual_mov_b32 v244, v24
	v_dual_mov_b32 v239, v24 :: v_dual_mov_b32 v242, v24
	v_dual_mov_b32 v247, v24 :: v_dual_mov_b32 v240, v24
	v_mov_b32_e32 v248, v24
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:1120
	scratch_store_b128 off, v[4:7], off offset:1136
	scratch_store_b128 off, v[0:3], off offset:1152
	scratch_store_b128 off, v[4:7], off offset:1168
	scratch_store_b128 off, v[0:3], off offset:1184
	scratch_store_b128 off, v[4:7], off offset:1200
	scratch_store_b128 off, v[0:3], off offset:1216
	scratch_store_b128 off, v[4:7], off offset:1232
	scratch_store_b128 off, v[0:3], off offset:1248
	scratch_store_b128 off, v[4:7], off offset:1264
	scratch_store_b128 off, v[0:3], off offset:1280
	scratch_store_b128 off, v[4:7], off offset:1296
	scratch_store_b128 off, v[0:3], off offset:1312
	scratch_store_b128 off, v[4:7], off offset:1328
	scratch_store_b128 off, v[0:3], off offset:1344
	scratch_store_b128 off, v[4:7], off offset:1360
	scratch_store_b128 off, v[0:3], off offset:1376
	scratch_store_b128 off, v[4:7], off offset:1392
	scratch_store_b128 off, v[0:3], off offset:1408
	scratch_store_b128 off, v[4:7], off offset:1424
	scratch_store_b128 off, v[0:3], off offset:1440
	scratch_store_b128 off, v[4:7], off offset:1456
	scratch_store_b128 off, v[0:3], off offset:1472
	scratch_store_b128 off, v[4:7], off offset:1488
	scratch_store_b128 off, v[0:3], off offset:1504
	scratch_store_b128 off, v[4:7], off offset:1520
	scratch_store_b128 off, v[0:3], off offset:1536
	scratch_store_b128 off, v[4:7], off offset:1552
	scratch_store_b128 off, v[0:3], off offset:1568
	scratch_store_b128 off, v[4:7], off offset:1584
	scratch_store_b128 off, v[0:3], off offset:1600
	scratch_store_b128 off, v[4:7], off offset:1616
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:1632
	scratch_store_b128 off, v[4:7], off offset:1648
	scratch_store_b128 off, v[0:3], off offset:1664
	scratch_store_b128 off, v[4:7], off offset:1680
	scratch_store_b128 off, v[0:3], off offset:1696
	scratch_store_b128 off, v[4:7], off offset:1712
	scratch_store_b128 off, v[0:3], off offset:1728
	scratch_store_b128 off, v[4:7], off offset:1744
	scratch_store_b128 off, v[0:3], off offset:1760
	scratch_store_b128 off, v[4:7], off offset:1776
	scratch_store_b128 off, v[0:3], off offset:1792
	scratch_store_b128 off, v[4:7], off offset:1808
	scratch_store_b128 off, v[0:3], off offset:1824
	scratch_store_b128 off, v[4:7], off offset:1840
	scratch_store_b128 off, v[0:3], off offset:1856
	scratch_store_b128 off, v[4:7], off offset:1872
	scratch_store_b128 off, v[0:3], off offset:1888
	scratch_store_b128 off, v[4:7], off offset:1904
	scratch_store_b128 off, v[0:3], off offset:1920
	scratch_store_b128 off, v[4:7], off offset:1936
	scratch_store_b128 off, v[0:3], off offset:1952
	scratch_store_b128 off, v[4:7], off offset:1968
	scratch_store_b128 off, v[0:3], off offset:3584
	scratch_store_b128 off, v[4:7], off offset:3600
	scratch_store_b128 off, v[0:3], off offset:1984
	scratch_store_b128 off, v[4:7], off offset:2000
	scratch_store_b128 off, v[0:3], off offset:2016
	scratch_store_b128 off, v[4:7], off offset:2032
	scratch_store_b128 off, v[0:3], off offset:2048
	scratch_store_b128 off, v[4:7], off offset:2064
	scratch_store_b128 off, v[0:3], off offset:2624
	scratch_store_b128 off, v[4:7], off offset:2640
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:3616
	scratch_store_b128 off, v[4:7], off offset:3632
	scratch_store_b128 off, v[0:3], off offset:3648
	scratch_store_b128 off, v[4:7], off offset:3664
	scratch_store_b128 off, v[0:3], off offset:3680
	scratch_store_b128 off, v[4:7], off offset:3696
	scratch_store_b128 off, v[0:3], off offset:3712
	scratch_store_b128 off, v[4:7], off offset:3728
	scratch_store_b128 off, v[0:3], off offset:3744
	scratch_store_b128 off, v[4:7], off offset:3760
	scratch_store_b128 off, v[0:3], off offset:3776
	scratch_store_b128 off, v[4:7], off offset:3792
	scratch_store_b128 off, v[0:3], off offset:3808
	scratch_store_b128 off, v[4:7], off offset:3824
	scratch_store_b128 off, v[0:3], off offset:3840
	scratch_store_b128 off, v[4:7], off offset:3856
	scratch_store_b128 off, v[0:3], off offset:3872
	scratch_store_b128 off, v[4:7], off offset:3888
	scratch_store_b128 off, v[0:3], off offset:3904
	scratch_store_b128 off, v[4:7], off offset:3920
	scratch_store_b128 off, v[0:3], off offset:3936
	scratch_store_b128 off, v[4:7], off offset:3952
	scratch_store_b128 off, v[0:3], off offset:3968
	scratch_store_b128 off, v[4:7], off offset:3984
	scratch_store_b128 off, v[0:3], off offset:4000
	scratch_store_b128 off, v[4:7], off offset:4016
	scratch_store_b128 off, v[0:3], off offset:2848
	scratch_store_b128 off, v[4:7], off offset:2864
	scratch_store_b128 off, v[0:3], off offset:2816
	scratch_store_b128 off, v[4:7], off offset:2832
	scratch_store_b128 off, v[0:3], off offset:2784
	scratch_store_b128 off, v[4:7], off offset:2800
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:2752
	scratch_store_b128 off, v[4:7], off offset:2768
	scratch_store_b128 off, v[0:3], off offset:2720
	scratch_store_b128 off, v[4:7], off offset:2736
	scratch_store_b128 off, v[0:3], off offset:2688
	scratch_store_b128 off, v[4:7], off offset:2704
	scratch_store_b128 off, v[0:3], off offset:2656
	scratch_store_b128 off, v[4:7], off offset:2672
	scratch_store_b128 off, v[239:242], off offset:64
	scratch_store_b128 off, v[243:246], off offset:80
	scratch_store_b128 off, v[239:242], off offset:96
	scratch_store_b128 off, v[243:246], off offset:112
	scratch_store_b128 off, v[239:242], off offset:128
	scratch_store_b128 off, v[243:246], off offset:144
	scratch_store_b128 off, v[239:242], off offset:160
	scratch_store_b128 off, v[243:246], off offset:176
	scratch_store_b128 off, v[239:242], off offset:192
	scratch_store_b128 off, v[243:246], off offset:208
	scratch_store_b128 off, v[239:242], off offset:224
	scratch_store_b128 off, v[243:246], off offset:240
	scratch_store_b128 off, v[239:242], off offset:256
	scratch_store_b128 off, v[243:246], off offset:272
	scratch_store_b128 off, v[239:242], off offset:288
	scratch_store_b128 off, v[243:246], off offset:304
	scratch_store_b128 off, v[239:242], off offset:320
	scratch_store_b128 off, v[243:246], off offset:336
	scratch_store_b128 off, v[239:242], off offset:352
	scratch_store_b128 off, v[243:246], off offset:368
	scratch_store_b128 off, v[239:242], off offset:384
	scratch_store_b128 off, v[243:246], off offset:400
	scratch_store_b128 off, v[239:242], off offset:416
	scratch_store_b128 off, v[243:246], off offset:432
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[239:242], off offset:448
	scratch_store_b128 off, v[243:246], off offset:464
	scratch_store_b128 off, v[239:242], off offset:480
	scratch_store_b128 off, v[243:246], off offset:496
	scratch_store_b128 off, v[239:242], off offset:512
	scratch_store_b128 off, v[243:246], off offset:528
	scratch_store_b128 off, v[239:242], off offset:544
	scratch_store_b128 off, v[243:246], off offset:560
	scratch_store_b128 off, v[239:242], off offset:576
	scratch_store_b128 off, v[243:246], off offset:592
	scratch_store_b128 off, v[239:242], off offset:608
	scratch_store_b128 off, v[243:246], off offset:624
	scratch_store_b128 off, v[239:242], off offset:640
	scratch_store_b128 off, v[243:246], off offset:656
	scratch_store_b128 off, v[239:242], off offset:672
	scratch_store_b128 off, v[243:246], off offset:688
	scratch_store_b128 off, v[239:242], off offset:704
	scratch_store_b128 off, v[243:246], off offset:720
	scratch_store_b128 off, v[239:242], off offset:736
	scratch_store_b128 off, v[243:246], off offset:752
	scratch_store_b128 off, v[239:242], off offset:768
	scratch_store_b128 off, v[243:246], off offset:784
	scratch_store_b128 off, v[239:242], off offset:800
	scratch_store_b128 off, v[243:246], off offset:816
	scratch_store_b128 off, v[239:242], off offset:832
	scratch_store_b128 off, v[243:246], off offset:848
	scratch_store_b128 off, v[239:242], off offset:864
	scratch_store_b128 off, v[243:246], off offset:880
	scratch_store_b128 off, v[239:242], off offset:896
	scratch_store_b128 off, v[243:246], off offset:912
	scratch_store_b128 off, v[239:242], off offset:928
	scratch_store_b128 off, v[243:246], off offset:944
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[239:242], off offset:960
	scratch_store_b128 off, v[243:246], off offset:976
	scratch_store_b128 off, v[239:242], off offset:2880
	scratch_store_b128 off, v[243:246], off offset:2896
	scratch_store_b128 off, v[239:242], off offset:992
	scratch_store_b128 off, v[243:246], off offset:1008
	scratch_store_b128 off, v[239:242], off offset:2912
	scratch_store_b128 off, v[243:246], off offset:2928
	scratch_store_b128 off, v[239:242], off offset:1024
	scratch_store_b128 off, v[243:246], off offset:1040
	scratch_store_b128 off, v[239:242], off offset:2944
	scratch_store_b128 off, v[243:246], off offset:2960
	scratch_store_b128 off, v[239:242], off offset:1056
	scratch_store_b128 off, v[243:246], off offset:1072
	scratch_store_b128 off, v[239:242], off offset:2976
	scratch_store_b128 off, v[243:246], off offset:2992
	scratch_store_b128 off, v[239:242], off offset:1088
	scratch_store_b128 off, v[243:246], off offset:1104
	scratch_store_b128 off, v[239:242], off offset:2080
	scratch_store_b128 off, v[243:246], off offset:2096
	scratch_store_b128 off, v[239:242], off offset:2112
	scratch_store_b128 off, v[243:246], off offset:2128
	scratch_store_b128 off, v[239:242], off offset:3008
	scratch_store_b128 off, v[243:246], off offset:3024
	scratch_store_b128 off, v[239:242], off offset:2144
	scratch_store_b128 off, v[243:246], off offset:2160
	scratch_store_b128 off, v[239:242], off offset:3040
	scratch_store_b128 off, v[243:246], off offset:3056
	scratch_store_b128 off, v[239:242], off offset:2176
	scratch_store_b128 off, v[243:246], off offset:2192
	scratch_store_b128 off, v[239:242], off offset:3072
	scratch_store_b128 off, v[243:246], off offset:3088
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[239:242], off offset:2208
	scratch_store_b128 off, v[243:246], off offset:2224
	scratch_store_b128 off, v[239:242], off offset:2240
	scratch_store_b128 off, v[243:246], off offset:2256
	scratch_store_b128 off, v[239:242], off offset:2272
	scratch_store_b128 off, v[243:246], off offset:2288
	scratch_store_b128 off, v[239:242], off offset:3104
	scratch_store_b128 off, v[243:246], off offset:3120
	scratch_store_b128 off, v[239:242], off offset:2304
	scratch_store_b128 off, v[243:246], off offset:2320
	scratch_store_b128 off, v[239:242], off offset:3136
	scratch_store_b128 off, v[243:246], off offset:3152
	scratch_store_b128 off, v[239:242], off offset:2336
	scratch_store_b128 off, v[243:246], off offset:2352
	scratch_store_b128 off, v[239:242], off offset:3168
	scratch_store_b128 off, v[243:246], off offset:3184
	scratch_store_b128 off, v[239:242], off offset:2368
	scratch_store_b128 off, v[243:246], off offset:2384
	scratch_store_b128 off, v[239:242], off offset:2400
	scratch_store_b128 off, v[243:246], off offset:2416
	scratch_store_b128 off, v[239:242], off offset:2432
	scratch_store_b128 off, v[243:246], off offset:2448
	scratch_store_b128 off, v[239:242], off offset:3200
	scratch_store_b128 off, v[243:246], off offset:3216
	scratch_store_b128 off, v[239:242], off offset:2464
	scratch_store_b128 off, v[243:246], off offset:2480
	scratch_store_b128 off, v[239:242], off offset:3232
	scratch_store_b128 off, v[243:246], off offset:3248
	scratch_store_b128 off, v[239:242], off offset:2496
	scratch_store_b128 off, v[243:246], off offset:2512
	scratch_store_b128 off, v[239:242], off offset:2528
	scratch_store_b128 off, v[243:246], off offset:2544
	s_clause 0xd                            ; 224-byte Folded Spill
	scratch_store_b128 off, v[239:242], off offset:3264
	scratch_store_b128 off, v[243:246], off offset:3280
	scratch_store_b128 off, v[239:242], off offset:3296
	scratch_store_b128 off, v[243:246], off offset:3312
	scratch_store_b128 off, v[239:242], off offset:3328
	scratch_store_b128 off, v[243:246], off offset:3344
	scratch_store_b128 off, v[239:242], off offset:3360
	scratch_store_b128 off, v[243:246], off offset:3376
	scratch_store_b128 off, v[239:242], off offset:2560
	scratch_store_b128 off, v[243:246], off offset:2576
	scratch_store_b128 off, v[239:242], off offset:2592
	scratch_store_b128 off, v[243:246], off offset:2608
	scratch_store_b128 off, v[239:242], off offset:3392
	scratch_store_b128 off, v[243:246], off offset:3408
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	v_dual_mov_b32 v241, 0 :: v_dual_and_b32 v0, 8, v67
	v_and_or_b32 v1, 0x70, v66, v65
	s_lshl_b32 s10, s13, 8
.Ltmp3:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_lshr_b32 s9, s14, 4
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s10, s10, 0x100
	v_dual_mov_b32 v90, v241 :: v_dual_mov_b32 v17, v241
	v_dual_mov_b32 v92, v241 :: v_dual_mov_b32 v19, v241
	v_dual_mov_b32 v190, v241 :: v_dual_mov_b32 v21, v241
	v_dual_mov_b32 v192, v241 :: v_dual_mov_b32 v23, v241
	v_dual_mov_b32 v18, v241 :: v_dual_mov_b32 v53, v241
	v_dual_mov_b32 v20, v241 :: v_dual_mov_b32 v55, v241
	v_dual_mov_b32 v22, v241 :: v_dual_mov_b32 v41, v241
	v_dual_mov_b32 v24, v241 :: v_dual_mov_b32 v43, v241
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[17:20], off offset:2048
	scratch_store_b128 off, v[21:24], off offset:2064
	v_dual_mov_b32 v16, v241 :: v_dual_mov_b32 v225, v241
	v_xor_b32_e32 v1, v1, v0
.Ltmp4:
	.loc	1 29 5                          ; spill.py:29:5
	v_and_b16 v0.l, v238.l, 31
	v_mov_b32_e32 v243, v241
	v_dual_mov_b32 v245, v241 :: v_dual_mov_b32 v242, v241
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_dual_mov_b32 v75, v241 :: v_dual_add_nc_u32 v254, 0, v1
	v_or_b16 v0.l, s15, v0.l
	v_mov_b32_e32 v248, v241
	v_dual_mov_b32 v70, v241 :: v_dual_mov_b32 v5, v241
	v_mov_b32_e32 v244, v241
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_and_b32_e32 v0, 63, v0
	v_dual_mov_b32 v72, v241 :: v_dual_mov_b32 v7, v241
	v_dual_mov_b32 v74, v241 :: v_dual_mov_b32 v181, v241
	v_add_nc_u32_e32 v2, s33, v0
	v_dual_mov_b32 v76, v241 :: v_dual_mov_b32 v183, v241
	v_dual_mov_b32 v4, v241 :: v_dual_mov_b32 v173, v241
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_dual_mov_b32 v246, v241 :: v_dual_add_nc_u32 v3, 0xc0, v2
	v_dual_mov_b32 v6, v241 :: v_dual_mov_b32 v175, v241
	v_dual_mov_b32 v182, v241 :: v_dual_mov_b32 v177, v241
	v_mul_lo_u32 v3, s30, v3
	scratch_store_b32 off, v237, off offset:4032 ; 4-byte Folded Spill
	v_dual_mov_b32 v184, v241 :: v_dual_mov_b32 v179, v241
	v_dual_mov_b32 v186, v241 :: v_dual_mov_b32 v165, v241
	v_dual_mov_b32 v188, v241 :: v_dual_mov_b32 v167, v241
	scratch_store_b32 off, v3, off offset:3616 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v3, 0x80, v2
	v_dual_mov_b32 v247, v241 :: v_dual_mov_b32 v174, v241
	v_mov_b32_e32 v169, v241
	v_mov_b32_e32 v69, v241
	s_delay_alu instid0(VALU_DEP_4)
	v_mul_lo_u32 v3, s30, v3
	scratch_store_b32 off, v238, off offset:4036 ; 4-byte Folded Spill
	v_dual_mov_b32 v176, v241 :: v_dual_mov_b32 v171, v241
	v_dual_mov_b32 v178, v241 :: v_dual_mov_b32 v157, v241
	v_dual_mov_b32 v180, v241 :: v_dual_mov_b32 v159, v241
	scratch_store_b32 off, v3, off offset:3648 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v3, 64, v2
	v_mul_lo_u32 v2, s30, v2
	v_dual_mov_b32 v166, v241 :: v_dual_mov_b32 v161, v241
	v_mov_b32_e32 v71, v241
	s_delay_alu instid0(VALU_DEP_4)
	v_mul_lo_u32 v3, s30, v3
	v_dual_mov_b32 v168, v241 :: v_dual_mov_b32 v163, v241
	v_dual_mov_b32 v170, v241 :: v_dual_mov_b32 v149, v241
	scratch_store_b32 off, v2, off offset:3712 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v2, s31, v0
	v_dual_mov_b32 v172, v241 :: v_dual_mov_b32 v151, v241
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v3, off offset:3680
	scratch_store_b32 off, v67, off offset:4048
	v_dual_mov_b32 v73, v241 :: v_dual_add_nc_u32 v0, 0xc0, v2
	v_dual_mov_b32 v3, v241 :: v_dual_mov_b32 v158, v241
	v_mov_b32_e32 v153, v241
	s_delay_alu instid0(VALU_DEP_3)
	v_mul_lo_u32 v0, s29, v0
	v_dual_mov_b32 v160, v241 :: v_dual_mov_b32 v155, v241
	v_dual_mov_b32 v162, v241 :: v_dual_mov_b32 v141, v241
	v_dual_mov_b32 v164, v241 :: v_dual_mov_b32 v143, v241
	v_dual_mov_b32 v150, v241 :: v_dual_mov_b32 v145, v241
	scratch_store_b32 off, v0, off offset:3744 ; 4-byte Folded Spill
	v_dual_mov_b32 v187, v241 :: v_dual_add_nc_u32 v0, 0x80, v2
	v_dual_mov_b32 v152, v241 :: v_dual_mov_b32 v147, v241
	v_dual_mov_b32 v154, v241 :: v_dual_mov_b32 v133, v241
	s_delay_alu instid0(VALU_DEP_3)
	v_mul_lo_u32 v0, s29, v0
	v_dual_mov_b32 v156, v241 :: v_dual_mov_b32 v135, v241
	v_dual_mov_b32 v142, v241 :: v_dual_mov_b32 v137, v241
	v_dual_mov_b32 v185, v241 :: v_dual_mov_b32 v144, v241
	v_mov_b32_e32 v139, v241
	scratch_store_b32 off, v0, off offset:3776 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 64, v2
	v_dual_mov_b32 v146, v241 :: v_dual_mov_b32 v125, v241
	v_dual_mov_b32 v148, v241 :: v_dual_mov_b32 v127, v241
	s_delay_alu instid0(VALU_DEP_3)
	v_mul_lo_u32 v0, s29, v0
	v_dual_mov_b32 v134, v241 :: v_dual_mov_b32 v129, v241
	v_dual_mov_b32 v136, v241 :: v_dual_mov_b32 v131, v241
	v_dual_mov_b32 v138, v241 :: v_dual_mov_b32 v117, v241
	v_dual_mov_b32 v140, v241 :: v_dual_mov_b32 v119, v241
	scratch_store_b32 off, v0, off offset:3808 ; 4-byte Folded Spill
	v_mul_lo_u32 v0, s29, v2
	v_mov_b32_e32 v2, v241
	v_dual_mov_b32 v126, v241 :: v_dual_mov_b32 v121, v241
	v_dual_mov_b32 v128, v241 :: v_dual_mov_b32 v123, v241
	v_dual_mov_b32 v130, v241 :: v_dual_mov_b32 v109, v241
	scratch_store_b32 off, v0, off offset:3840 ; 4-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	v_dual_mov_b32 v1, v241 :: v_dual_add_nc_u32 v0, s10, v1
	v_dual_mov_b32 v132, v241 :: v_dual_mov_b32 v111, v241
	v_dual_mov_b32 v118, v241 :: v_dual_mov_b32 v113, v241
	scratch_store_b32 off, v0, off offset:3872 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, v241
	v_dual_mov_b32 v120, v241 :: v_dual_mov_b32 v115, v241
	v_dual_mov_b32 v122, v241 :: v_dual_mov_b32 v101, v241
	v_dual_mov_b32 v124, v241 :: v_dual_mov_b32 v103, v241
	v_dual_mov_b32 v110, v241 :: v_dual_mov_b32 v105, v241
	v_dual_mov_b32 v112, v241 :: v_dual_mov_b32 v107, v241
	v_dual_mov_b32 v114, v241 :: v_dual_mov_b32 v93, v241
	v_dual_mov_b32 v116, v241 :: v_dual_mov_b32 v95, v241
	v_dual_mov_b32 v102, v241 :: v_dual_mov_b32 v97, v241
	v_dual_mov_b32 v104, v241 :: v_dual_mov_b32 v99, v241
	v_dual_mov_b32 v106, v241 :: v_dual_mov_b32 v85, v241
	v_dual_mov_b32 v108, v241 :: v_dual_mov_b32 v87, v241
	v_dual_mov_b32 v94, v241 :: v_dual_mov_b32 v89, v241
	v_dual_mov_b32 v96, v241 :: v_dual_mov_b32 v91, v241
	v_dual_mov_b32 v98, v241 :: v_dual_mov_b32 v189, v241
	v_dual_mov_b32 v100, v241 :: v_dual_mov_b32 v191, v241
	v_dual_mov_b32 v86, v241 :: v_dual_mov_b32 v193, v241
	v_dual_mov_b32 v88, v241 :: v_dual_mov_b32 v195, v241
	v_dual_mov_b32 v194, v241 :: v_dual_mov_b32 v49, v241
	v_dual_mov_b32 v196, v241 :: v_dual_mov_b32 v51, v241
	v_dual_mov_b32 v50, v241 :: v_dual_mov_b32 v45, v241
	v_dual_mov_b32 v52, v241 :: v_dual_mov_b32 v47, v241
	v_dual_mov_b32 v54, v241 :: v_dual_mov_b32 v33, v241
	v_dual_mov_b32 v56, v241 :: v_dual_mov_b32 v35, v241
	v_dual_mov_b32 v42, v241 :: v_dual_mov_b32 v37, v241
	v_dual_mov_b32 v44, v241 :: v_dual_mov_b32 v39, v241
	v_dual_mov_b32 v46, v241 :: v_dual_mov_b32 v9, v241
	v_dual_mov_b32 v48, v241 :: v_dual_mov_b32 v11, v241
	v_dual_mov_b32 v34, v241 :: v_dual_mov_b32 v13, v241
	v_dual_mov_b32 v36, v241 :: v_dual_mov_b32 v15, v241
	v_dual_mov_b32 v38, v241 :: v_dual_mov_b32 v25, v241
	v_dual_mov_b32 v40, v241 :: v_dual_mov_b32 v27, v241
	v_dual_mov_b32 v8, v241 :: v_dual_mov_b32 v29, v241
	v_dual_mov_b32 v10, v241 :: v_dual_mov_b32 v31, v241
	v_dual_mov_b32 v12, v241 :: v_dual_mov_b32 v229, v241
	v_dual_mov_b32 v14, v241 :: v_dual_mov_b32 v231, v241
	v_dual_mov_b32 v26, v241 :: v_dual_mov_b32 v233, v241
	v_dual_mov_b32 v28, v241 :: v_dual_mov_b32 v235, v241
	v_dual_mov_b32 v30, v241 :: v_dual_mov_b32 v221, v241
	v_dual_mov_b32 v32, v241 :: v_dual_mov_b32 v223, v241
	v_dual_mov_b32 v230, v241 :: v_dual_mov_b32 v227, v241
	v_dual_mov_b32 v232, v241 :: v_dual_mov_b32 v213, v241
	v_dual_mov_b32 v234, v241 :: v_dual_mov_b32 v215, v241
	v_dual_mov_b32 v236, v241 :: v_dual_mov_b32 v217, v241
	v_dual_mov_b32 v222, v241 :: v_dual_mov_b32 v219, v241
	v_dual_mov_b32 v224, v241 :: v_dual_mov_b32 v205, v241
	v_dual_mov_b32 v226, v241 :: v_dual_mov_b32 v207, v241
	v_dual_mov_b32 v228, v241 :: v_dual_mov_b32 v209, v241
	v_dual_mov_b32 v214, v241 :: v_dual_mov_b32 v211, v241
	v_dual_mov_b32 v216, v241 :: v_dual_mov_b32 v197, v241
	v_dual_mov_b32 v218, v241 :: v_dual_mov_b32 v199, v241
	v_dual_mov_b32 v220, v241 :: v_dual_mov_b32 v201, v241
	v_dual_mov_b32 v206, v241 :: v_dual_mov_b32 v203, v241
	v_mov_b32_e32 v208, v241
	v_mov_b32_e32 v210, v241
	v_mov_b32_e32 v212, v241
	v_mov_b32_e32 v198, v241
	v_mov_b32_e32 v200, v241
	v_mov_b32_e32 v202, v241
	v_mov_b32_e32 v204, v241
	s_add_co_i32 s15, s9, -1
	s_mov_b32 s29, 16
	s_clause 0x1f                           ; 488-byte Folded Spill
	scratch_store_b32 off, v65, off offset:4040
	scratch_store_b32 off, v66, off offset:4044
	scratch_store_b128 off, v[0:3], off offset:2592
	scratch_store_b128 off, v[4:7], off offset:2608
	scratch_store_b128 off, v[0:3], off offset:2560
	scratch_store_b128 off, v[4:7], off offset:2576
	scratch_store_b128 off, v[0:3], off offset:3360
	scratch_store_b128 off, v[4:7], off offset:3376
	scratch_store_b128 off, v[0:3], off offset:3328
	scratch_store_b128 off, v[4:7], off offset:3344
	scratch_store_b128 off, v[0:3], off offset:3296
	scratch_store_b128 off, v[4:7], off offset:3312
	scratch_store_b128 off, v[0:3], off offset:3264
	scratch_store_b128 off, v[4:7], off offset:3280
	scratch_store_b128 off, v[0:3], off offset:2528
	scratch_store_b128 off, v[4:7], off offset:2544
	scratch_store_b128 off, v[0:3], off offset:2496
	scratch_store_b128 off, v[4:7], off offset:2512
	scratch_store_b128 off, v[0:3], off offset:3232
	scratch_store_b128 off, v[4:7], off offset:3248
	scratch_store_b128 off, v[0:3], off offset:2464
	scratch_store_b128 off, v[4:7], off offset:2480
	scratch_store_b128 off, v[0:3], off offset:3200
	scratch_store_b128 off, v[4:7], off offset:3216
	scratch_store_b128 off, v[0:3], off offset:2432
	scratch_store_b128 off, v[4:7], off offset:2448
	scratch_store_b128 off, v[0:3], off offset:2400
	scratch_store_b128 off, v[4:7], off offset:2416
	scratch_store_b128 off, v[0:3], off offset:2368
	scratch_store_b128 off, v[4:7], off offset:2384
	scratch_store_b128 off, v[0:3], off offset:3168
	scratch_store_b128 off, v[4:7], off offset:3184
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:2336
	scratch_store_b128 off, v[4:7], off offset:2352
	scratch_store_b128 off, v[0:3], off offset:3136
	scratch_store_b128 off, v[4:7], off offset:3152
	scratch_store_b128 off, v[0:3], off offset:2304
	scratch_store_b128 off, v[4:7], off offset:2320
	scratch_store_b128 off, v[0:3], off offset:3104
	scratch_store_b128 off, v[4:7], off offset:3120
	scratch_store_b128 off, v[0:3], off offset:2272
	scratch_store_b128 off, v[4:7], off offset:2288
	scratch_store_b128 off, v[0:3], off offset:2240
	scratch_store_b128 off, v[4:7], off offset:2256
	scratch_store_b128 off, v[0:3], off offset:2208
	scratch_store_b128 off, v[4:7], off offset:2224
	scratch_store_b128 off, v[0:3], off offset:3072
	scratch_store_b128 off, v[4:7], off offset:3088
	scratch_store_b128 off, v[0:3], off offset:2176
	scratch_store_b128 off, v[4:7], off offset:2192
	scratch_store_b128 off, v[0:3], off offset:3040
	scratch_store_b128 off, v[4:7], off offset:3056
	scratch_store_b128 off, v[0:3], off offset:2144
	scratch_store_b128 off, v[4:7], off offset:2160
	scratch_store_b128 off, v[0:3], off offset:3008
	scratch_store_b128 off, v[4:7], off offset:3024
	scratch_store_b128 off, v[0:3], off offset:2112
	scratch_store_b128 off, v[4:7], off offset:2128
	scratch_store_b128 off, v[0:3], off offset:2080
	scratch_store_b128 off, v[4:7], off offset:2096
	scratch_store_b128 off, v[0:3], off offset:1088
	scratch_store_b128 off, v[4:7], off offset:1104
	scratch_store_b128 off, v[0:3], off offset:2976
	scratch_store_b128 off, v[4:7], off offset:2992
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:1056
	scratch_store_b128 off, v[4:7], off offset:1072
	scratch_store_b128 off, v[0:3], off offset:2944
	scratch_store_b128 off, v[4:7], off offset:2960
	scratch_store_b128 off, v[0:3], off offset:1024
	scratch_store_b128 off, v[4:7], off offset:1040
	scratch_store_b128 off, v[0:3], off offset:2912
	scratch_store_b128 off, v[4:7], off offset:2928
	scratch_store_b128 off, v[0:3], off offset:992
	scratch_store_b128 off, v[4:7], off offset:1008
	scratch_store_b128 off, v[0:3], off offset:2880
	scratch_store_b128 off, v[4:7], off offset:2896
	scratch_store_b128 off, v[0:3], off offset:960
	scratch_store_b128 off, v[4:7], off offset:976
	scratch_store_b128 off, v[0:3], off offset:928
	scratch_store_b128 off, v[4:7], off offset:944
	scratch_store_b128 off, v[0:3], off offset:896
	scratch_store_b128 off, v[4:7], off offset:912
	scratch_store_b128 off, v[0:3], off offset:864
	scratch_store_b128 off, v[4:7], off offset:880
	scratch_store_b128 off, v[0:3], off offset:832
	scratch_store_b128 off, v[4:7], off offset:848
	scratch_store_b128 off, v[0:3], off offset:800
	scratch_store_b128 off, v[4:7], off offset:816
	scratch_store_b128 off, v[0:3], off offset:768
	scratch_store_b128 off, v[4:7], off offset:784
	scratch_store_b128 off, v[0:3], off offset:736
	scratch_store_b128 off, v[4:7], off offset:752
	scratch_store_b128 off, v[0:3], off offset:704
	scratch_store_b128 off, v[4:7], off offset:720
	scratch_store_b128 off, v[0:3], off offset:672
	scratch_store_b128 off, v[4:7], off offset:688
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:640
	scratch_store_b128 off, v[4:7], off offset:656
	scratch_store_b128 off, v[0:3], off offset:608
	scratch_store_b128 off, v[4:7], off offset:624
	scratch_store_b128 off, v[0:3], off offset:576
	scratch_store_b128 off, v[4:7], off offset:592
	scratch_store_b128 off, v[0:3], off offset:544
	scratch_store_b128 off, v[4:7], off offset:560
	scratch_store_b128 off, v[0:3], off offset:512
	scratch_store_b128 off, v[4:7], off offset:528
	scratch_store_b128 off, v[0:3], off offset:480
	scratch_store_b128 off, v[4:7], off offset:496
	scratch_store_b128 off, v[0:3], off offset:448
	scratch_store_b128 off, v[4:7], off offset:464
	scratch_store_b128 off, v[0:3], off offset:416
	scratch_store_b128 off, v[4:7], off offset:432
	scratch_store_b128 off, v[0:3], off offset:384
	scratch_store_b128 off, v[4:7], off offset:400
	scratch_store_b128 off, v[0:3], off offset:352
	scratch_store_b128 off, v[4:7], off offset:368
	scratch_store_b128 off, v[0:3], off offset:320
	scratch_store_b128 off, v[4:7], off offset:336
	scratch_store_b128 off, v[0:3], off offset:288
	scratch_store_b128 off, v[4:7], off offset:304
	scratch_store_b128 off, v[0:3], off offset:256
	scratch_store_b128 off, v[4:7], off offset:272
	scratch_store_b128 off, v[0:3], off offset:224
	scratch_store_b128 off, v[4:7], off offset:240
	scratch_store_b128 off, v[0:3], off offset:192
	scratch_store_b128 off, v[4:7], off offset:208
	scratch_store_b128 off, v[0:3], off offset:160
	scratch_store_b128 off, v[4:7], off offset:176
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:128
	scratch_store_b128 off, v[4:7], off offset:144
	scratch_store_b128 off, v[0:3], off offset:96
	scratch_store_b128 off, v[4:7], off offset:112
	scratch_store_b128 off, v[0:3], off offset:64
	scratch_store_b128 off, v[4:7], off offset:80
	scratch_store_b128 off, v[0:3], off offset:32
	scratch_store_b128 off, v[4:7], off offset:48
	scratch_store_b128 off, v[0:3], off
	scratch_store_b128 off, v[4:7], off offset:16
	scratch_store_b128 off, v[0:3], off offset:3424
	scratch_store_b128 off, v[4:7], off offset:3440
	scratch_store_b128 off, v[0:3], off offset:3456
	scratch_store_b128 off, v[4:7], off offset:3472
	scratch_store_b128 off, v[0:3], off offset:3488
	scratch_store_b128 off, v[4:7], off offset:3504
	scratch_store_b128 off, v[0:3], off offset:3520
	scratch_store_b128 off, v[4:7], off offset:3536
	scratch_store_b128 off, v[0:3], off offset:3552
	scratch_store_b128 off, v[4:7], off offset:3568
	scratch_store_b128 off, v[0:3], off offset:2656
	scratch_store_b128 off, v[4:7], off offset:2672
	scratch_store_b128 off, v[0:3], off offset:2688
	scratch_store_b128 off, v[4:7], off offset:2704
	scratch_store_b128 off, v[0:3], off offset:2720
	scratch_store_b128 off, v[4:7], off offset:2736
	scratch_store_b128 off, v[0:3], off offset:2752
	scratch_store_b128 off, v[4:7], off offset:2768
	scratch_store_b128 off, v[0:3], off offset:2784
	scratch_store_b128 off, v[4:7], off offset:2800
	scratch_store_b128 off, v[0:3], off offset:2816
	scratch_store_b128 off, v[4:7], off offset:2832
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[0:3], off offset:2848
	scratch_store_b128 off, v[4:7], off offset:2864
	scratch_store_b128 off, v[8:11], off offset:1920
	scratch_store_b128 off, v[12:15], off offset:1936
	scratch_store_b128 off, v[17:20], off offset:1984
	scratch_store_b128 off, v[21:24], off offset:2000
	scratch_store_b128 off, v[16:19], off offset:1856
	scratch_store_b128 off, v[20:23], off offset:1872
	scratch_store_b128 off, v[16:19], off offset:1792
	scratch_store_b128 off, v[20:23], off offset:1808
	scratch_store_b128 off, v[16:19], off offset:1728
	scratch_store_b128 off, v[20:23], off offset:1744
	scratch_store_b128 off, v[16:19], off offset:1664
	scratch_store_b128 off, v[20:23], off offset:1680
	scratch_store_b128 off, v[16:19], off offset:1600
	scratch_store_b128 off, v[20:23], off offset:1616
	scratch_store_b128 off, v[16:19], off offset:1536
	scratch_store_b128 off, v[20:23], off offset:1552
	scratch_store_b128 off, v[16:19], off offset:1504
	scratch_store_b128 off, v[20:23], off offset:1520
	scratch_store_b128 off, v[16:19], off offset:1472
	scratch_store_b128 off, v[20:23], off offset:1488
	scratch_store_b128 off, v[16:19], off offset:1440
	scratch_store_b128 off, v[20:23], off offset:1456
	scratch_store_b128 off, v[16:19], off offset:1376
	scratch_store_b128 off, v[20:23], off offset:1392
	scratch_store_b128 off, v[16:19], off offset:1344
	scratch_store_b128 off, v[20:23], off offset:1360
	scratch_store_b128 off, v[16:19], off offset:1312
	scratch_store_b128 off, v[20:23], off offset:1328
	scratch_store_b128 off, v[16:19], off offset:1280
	scratch_store_b128 off, v[20:23], off offset:1296
	s_clause 0x7                            ; 128-byte Folded Spill
	scratch_store_b128 off, v[16:19], off offset:1248
	scratch_store_b128 off, v[20:23], off offset:1264
	scratch_store_b128 off, v[16:19], off offset:1216
	scratch_store_b128 off, v[20:23], off offset:1232
	scratch_store_b128 off, v[16:19], off offset:1184
	scratch_store_b128 off, v[20:23], off offset:1200
	scratch_store_b128 off, v[16:19], off offset:1120
	scratch_store_b128 off, v[20:23], off offset:1136
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 59                         ; spill.py:30:59
	s_clause 0x15                           ; 352-byte Folded Spill
	scratch_store_b128 off, v[197:200], off offset:1152
	scratch_store_b128 off, v[201:204], off offset:1168
	scratch_store_b128 off, v[205:208], off offset:1408
	scratch_store_b128 off, v[209:212], off offset:1424
	scratch_store_b128 off, v[213:216], off offset:1568
	scratch_store_b128 off, v[217:220], off offset:1584
	scratch_store_b128 off, v[221:224], off offset:1632
	scratch_store_b128 off, v[225:228], off offset:1648
	scratch_store_b128 off, v[229:232], off offset:1696
	scratch_store_b128 off, v[233:236], off offset:1712
	scratch_store_b128 off, v[0:3], off offset:1760
	scratch_store_b128 off, v[4:7], off offset:1776
	scratch_store_b128 off, v[8:11], off offset:1824
	scratch_store_b128 off, v[12:15], off offset:1840
	scratch_store_b128 off, v[33:36], off offset:1952
	scratch_store_b128 off, v[37:40], off offset:1968
	scratch_store_b128 off, v[25:28], off offset:1888
	scratch_store_b128 off, v[29:32], off offset:1904
	scratch_store_b128 off, v[49:52], off offset:2016
	scratch_store_b128 off, v[53:56], off offset:2032
	scratch_store_b128 off, v[189:192], off offset:2624
	scratch_store_b128 off, v[193:196], off offset:2640
	.loc	1 33 9                          ; spill.py:33:9
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v0, off, off offset:3808
	scratch_load_b32 v8, off, off offset:3776
	scratch_load_b32 v51, off, off offset:3744
	.loc	1 30 59                         ; spill.py:30:59
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_i32 s28, s29
	v_dual_mov_b32 v37, v45 :: v_dual_add_nc_u32 v78, 0x800, v254
	s_cselect_b32 s30, -1, 0
	v_dual_mov_b32 v38, v46 :: v_dual_mov_b32 v39, v47
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s12, vcc_lo, s30
	s_and_b32 s9, s2, s30
	s_and_b32 s10, s3, s30
	s_and_b32 s11, s4, s30
	v_dual_mov_b32 v40, v48 :: v_dual_mov_b32 v31, v24
	v_dual_mov_b32 v30, v23 :: v_dual_mov_b32 v29, v22
	v_dual_mov_b32 v28, v21 :: v_dual_mov_b32 v27, v20
	v_dual_mov_b32 v26, v19 :: v_dual_mov_b32 v25, v18
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_add_co_i32 s15, s15, -1
	v_dual_mov_b32 v34, v42 :: v_dual_mov_b32 v33, v41
	v_dual_mov_b32 v36, v44 :: v_dual_mov_b32 v35, v43
	.loc	1 33 9                          ; spill.py:33:9
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v49, s29, v0
	scratch_load_b32 v0, off, off offset:3840 ; 4-byte Folded Reload
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v50, s29, v8
	.loc	1 34 9                          ; spill.py:34:9
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v51, s29, v51
	.loc	1 30 13                         ; spill.py:30:13
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v49, 0x80000000, v49, s9
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b32 s9, s6, s30
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v50, 0x80000000, v50, s10
	v_cndmask_b32_e64 v51, 0x80000000, v51, s11
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b32 s10, s7, s30
	s_and_b32 s11, s8, s30
	.loc	1 33 9                          ; spill.py:33:9
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v52, s29, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v52, 0x80000000, v52, s12
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b32 s12, s5, s30
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x3
	buffer_load_b128 v[57:60], v52, s[16:19], null offen
	buffer_load_b128 v[249:252], v49, s[16:19], null offen
	buffer_load_b128 v[237:240], v50, s[16:19], null offen
	buffer_load_b128 v[0:3], v51, s[16:19], null offen
	s_wait_loadcnt 0x0
	scratch_store_b128 off, v[0:3], off offset:3584 ; 16-byte Folded Spill
	s_wait_storecnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x2                            ; 36-byte Folded Reload
	scratch_load_b32 v0, off, off offset:3872
	scratch_load_b128 v[49:52], off, off offset:2592
	scratch_load_b128 v[53:56], off, off offset:2608
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v254 offset1:32
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[41:44], off, off
	scratch_load_b128 v[45:48], off, off offset:16
	.loc	1 31 13                         ; spill.py:31:13
	s_wait_loadcnt 0x4
	ds_load_2addr_stride64_b64 v[65:68], v0 offset0:8 offset1:9
	ds_load_2addr_stride64_b64 v[61:64], v0 offset0:10 offset1:11
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[67:68], v[81:82], v[69:76]
	s_wait_loadcnt_dscnt 0x200
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2592
	scratch_store_b128 off, v[53:56], off offset:2608
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2560
	scratch_load_b128 v[53:56], off, off offset:2576
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3392
	scratch_store_b128 off, v[73:76], off offset:3408
	.loc	1 31 13                         ; spill.py:31:13
	ds_load_2addr_stride64_b64 v[73:76], v0 offset0:12 offset1:13
	ds_load_2addr_stride64_b64 v[69:72], v0 offset0:14 offset1:15
	.loc	1 32 15                         ; spill.py:32:15
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[65:66], v[81:82], v[241:248]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_mov_b32 v24, v17 :: v_dual_mov_b32 v17, v242
	v_dual_mov_b32 v16, v241 :: v_dual_mov_b32 v19, v244
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_dual_mov_b32 v18, v243 :: v_dual_mov_b32 v21, v246
	v_dual_mov_b32 v20, v245 :: v_dual_mov_b32 v23, v248
	v_mov_b32_e32 v22, v247
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[241:244], off, off offset:2624 th:TH_LOAD_LU
	scratch_load_b128 v[245:248], off, off offset:2640 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[81:82], v[49:56]
	.loc	1 31 13                         ; spill.py:31:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2560
	scratch_store_b128 off, v[53:56], off offset:2576
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3360
	scratch_load_b128 v[53:56], off, off offset:3376
	s_wait_loadcnt_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3360
	scratch_store_b128 off, v[53:56], off offset:3376
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3328
	scratch_load_b128 v[53:56], off, off offset:3344
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3328
	scratch_store_b128 off, v[53:56], off offset:3344
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3296
	scratch_load_b128 v[53:56], off, off offset:3312
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3296
	scratch_store_b128 off, v[53:56], off offset:3312
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3264
	scratch_load_b128 v[53:56], off, off offset:3280
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3264
	scratch_store_b128 off, v[53:56], off offset:3280
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2528
	scratch_load_b128 v[53:56], off, off offset:2544
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2528
	scratch_store_b128 off, v[53:56], off offset:2544
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2496
	scratch_load_b128 v[53:56], off, off offset:2512
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2496
	scratch_store_b128 off, v[53:56], off offset:2512
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3232
	scratch_load_b128 v[53:56], off, off offset:3248
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3232
	scratch_store_b128 off, v[53:56], off offset:3248
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2464
	scratch_load_b128 v[53:56], off, off offset:2480
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2464
	scratch_store_b128 off, v[53:56], off offset:2480
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3200
	scratch_load_b128 v[53:56], off, off offset:3216
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3200
	scratch_store_b128 off, v[53:56], off offset:3216
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2432
	scratch_load_b128 v[53:56], off, off offset:2448
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2432
	scratch_store_b128 off, v[53:56], off offset:2448
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2400
	scratch_load_b128 v[53:56], off, off offset:2416
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2400
	scratch_store_b128 off, v[53:56], off offset:2416
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2368
	scratch_load_b128 v[53:56], off, off offset:2384
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[83:84], v[49:56]
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2368
	scratch_store_b128 off, v[53:56], off offset:2384
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3168
	scratch_load_b128 v[53:56], off, off offset:3184
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v254 offset0:64 offset1:96
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3168
	scratch_store_b128 off, v[53:56], off offset:3184
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2336
	scratch_load_b128 v[53:56], off, off offset:2352
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2336
	scratch_store_b128 off, v[53:56], off offset:2352
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3136
	scratch_load_b128 v[53:56], off, off offset:3152
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3136
	scratch_store_b128 off, v[53:56], off offset:3152
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2304
	scratch_load_b128 v[53:56], off, off offset:2320
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2304
	scratch_store_b128 off, v[53:56], off offset:2320
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3104
	scratch_load_b128 v[53:56], off, off offset:3120
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3104
	scratch_store_b128 off, v[53:56], off offset:3120
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2272
	scratch_load_b128 v[53:56], off, off offset:2288
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2272
	scratch_store_b128 off, v[53:56], off offset:2288
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2240
	scratch_load_b128 v[53:56], off, off offset:2256
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2240
	scratch_store_b128 off, v[53:56], off offset:2256
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2208
	scratch_load_b128 v[53:56], off, off offset:2224
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2208
	scratch_store_b128 off, v[53:56], off offset:2224
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3072
	scratch_load_b128 v[53:56], off, off offset:3088
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3072
	scratch_store_b128 off, v[53:56], off offset:3088
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2176
	scratch_load_b128 v[53:56], off, off offset:2192
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2176
	scratch_store_b128 off, v[53:56], off offset:2192
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3040
	scratch_load_b128 v[53:56], off, off offset:3056
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3040
	scratch_store_b128 off, v[53:56], off offset:3056
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2144
	scratch_load_b128 v[53:56], off, off offset:2160
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2144
	scratch_store_b128 off, v[53:56], off offset:2160
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:3008
	scratch_load_b128 v[53:56], off, off offset:3024
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3008
	scratch_store_b128 off, v[53:56], off offset:3024
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2112
	scratch_load_b128 v[53:56], off, off offset:2128
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2112
	scratch_store_b128 off, v[53:56], off offset:2128
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2080
	scratch_load_b128 v[53:56], off, off offset:2096
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2080
	scratch_store_b128 off, v[53:56], off offset:2096
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1088
	scratch_load_b128 v[53:56], off, off offset:1104
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[83:84], v[49:56]
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1088
	scratch_store_b128 off, v[53:56], off offset:1104
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2976
	scratch_load_b128 v[53:56], off, off offset:2992
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v254 offset0:128 offset1:160
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2976
	scratch_store_b128 off, v[53:56], off offset:2992
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1056
	scratch_load_b128 v[53:56], off, off offset:1072
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1056
	scratch_store_b128 off, v[53:56], off offset:1072
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2944
	scratch_load_b128 v[53:56], off, off offset:2960
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2944
	scratch_store_b128 off, v[53:56], off offset:2960
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:1024
	scratch_load_b128 v[53:56], off, off offset:1040
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:1024
	scratch_store_b128 off, v[53:56], off offset:1040
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2912
	scratch_load_b128 v[53:56], off, off offset:2928
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2912
	scratch_store_b128 off, v[53:56], off offset:2928
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:992
	scratch_load_b128 v[53:56], off, off offset:1008
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:992
	scratch_store_b128 off, v[53:56], off offset:1008
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2880
	scratch_load_b128 v[53:56], off, off offset:2896
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2880
	scratch_store_b128 off, v[53:56], off offset:2896
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:960
	scratch_load_b128 v[53:56], off, off offset:976
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:960
	scratch_store_b128 off, v[53:56], off offset:976
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:928
	scratch_load_b128 v[53:56], off, off offset:944
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:928
	scratch_store_b128 off, v[53:56], off offset:944
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:896
	scratch_load_b128 v[53:56], off, off offset:912
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:896
	scratch_store_b128 off, v[53:56], off offset:912
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:864
	scratch_load_b128 v[53:56], off, off offset:880
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:864
	scratch_store_b128 off, v[53:56], off offset:880
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:832
	scratch_load_b128 v[53:56], off, off offset:848
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:832
	scratch_store_b128 off, v[53:56], off offset:848
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:800
	scratch_load_b128 v[53:56], off, off offset:816
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:800
	scratch_store_b128 off, v[53:56], off offset:816
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:768
	scratch_load_b128 v[53:56], off, off offset:784
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:768
	scratch_store_b128 off, v[53:56], off offset:784
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:736
	scratch_load_b128 v[53:56], off, off offset:752
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:736
	scratch_store_b128 off, v[53:56], off offset:752
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:704
	scratch_load_b128 v[53:56], off, off offset:720
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[83:84], v[49:56]
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:704
	scratch_store_b128 off, v[53:56], off offset:720
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:672
	scratch_load_b128 v[53:56], off, off offset:688
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v254 offset0:192 offset1:224
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:672
	scratch_store_b128 off, v[53:56], off offset:688
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:640
	scratch_load_b128 v[53:56], off, off offset:656
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:640
	scratch_store_b128 off, v[53:56], off offset:656
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:608
	scratch_load_b128 v[53:56], off, off offset:624
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:608
	scratch_store_b128 off, v[53:56], off offset:624
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:576
	scratch_load_b128 v[53:56], off, off offset:592
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:576
	scratch_store_b128 off, v[53:56], off offset:592
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:544
	scratch_load_b128 v[53:56], off, off offset:560
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:544
	scratch_store_b128 off, v[53:56], off offset:560
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:512
	scratch_load_b128 v[53:56], off, off offset:528
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:512
	scratch_store_b128 off, v[53:56], off offset:528
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:480
	scratch_load_b128 v[53:56], off, off offset:496
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:480
	scratch_store_b128 off, v[53:56], off offset:496
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:448
	scratch_load_b128 v[53:56], off, off offset:464
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:448
	scratch_store_b128 off, v[53:56], off offset:464
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:416
	scratch_load_b128 v[53:56], off, off offset:432
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:416
	scratch_store_b128 off, v[53:56], off offset:432
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:384
	scratch_load_b128 v[53:56], off, off offset:400
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:384
	scratch_store_b128 off, v[53:56], off offset:400
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:352
	scratch_load_b128 v[53:56], off, off offset:368
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:352
	scratch_store_b128 off, v[53:56], off offset:368
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:320
	scratch_load_b128 v[53:56], off, off offset:336
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:320
	scratch_store_b128 off, v[53:56], off offset:336
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:288
	scratch_load_b128 v[53:56], off, off offset:304
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:288
	scratch_store_b128 off, v[53:56], off offset:304
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:256
	scratch_load_b128 v[53:56], off, off offset:272
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[75:76], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:256
	scratch_store_b128 off, v[53:56], off offset:272
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:224
	scratch_load_b128 v[53:56], off, off offset:240
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[69:70], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:224
	scratch_store_b128 off, v[53:56], off offset:240
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:192
	scratch_load_b128 v[53:56], off, off offset:208
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[71:72], v[83:84], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:192
	scratch_store_b128 off, v[53:56], off offset:208
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:160
	scratch_load_b128 v[53:56], off, off offset:176
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v78 offset1:32
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[75:76], v[81:82], v[41:48]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[41:44], off
	scratch_store_b128 off, v[45:48], off offset:16
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[41:44], off, off offset:3424
	scratch_load_b128 v[45:48], off, off offset:3440
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:160
	scratch_store_b128 off, v[53:56], off offset:176
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:128
	scratch_load_b128 v[53:56], off, off offset:144
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[69:70], v[81:82], v[41:48]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[41:44], off offset:3424
	scratch_store_b128 off, v[45:48], off offset:3440
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[41:44], off, off offset:3456
	scratch_load_b128 v[45:48], off, off offset:3472
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:128
	scratch_store_b128 off, v[53:56], off offset:144
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:96
	scratch_load_b128 v[53:56], off, off offset:112
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[71:72], v[81:82], v[41:48]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[41:44], off offset:3456
	scratch_store_b128 off, v[45:48], off offset:3472
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[61:62], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:96
	scratch_store_b128 off, v[53:56], off offset:112
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:64
	scratch_load_b128 v[53:56], off, off offset:80
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[63:64], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:64
	scratch_store_b128 off, v[53:56], off offset:80
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:32
	scratch_load_b128 v[53:56], off, off offset:48
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[73:74], v[81:82], v[49:56]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:32
	scratch_store_b128 off, v[53:56], off offset:48
	s_clause 0x13                           ; 320-byte Folded Reload
	scratch_load_b128 v[41:44], off, off offset:3488
	scratch_load_b128 v[45:48], off, off offset:3504
	scratch_load_b128 v[49:52], off, off offset:3520
	scratch_load_b128 v[53:56], off, off offset:3536
	scratch_load_b128 v[8:11], off, off offset:3552
	scratch_load_b128 v[12:15], off, off offset:3568
	scratch_load_b128 v[0:3], off, off offset:2656
	scratch_load_b128 v[4:7], off, off offset:2672
	scratch_load_b128 v[229:232], off, off offset:2688
	scratch_load_b128 v[233:236], off, off offset:2704
	scratch_load_b128 v[221:224], off, off offset:2720
	scratch_load_b128 v[225:228], off, off offset:2736
	scratch_load_b128 v[213:216], off, off offset:2752
	scratch_load_b128 v[217:220], off, off offset:2768
	scratch_load_b128 v[205:208], off, off offset:2784
	scratch_load_b128 v[209:212], off, off offset:2800
	scratch_load_b128 v[197:200], off, off offset:2816
	scratch_load_b128 v[201:204], off, off offset:2832
	scratch_load_b128 v[189:192], off, off offset:2848
	scratch_load_b128 v[193:196], off, off offset:2864
	s_wait_loadcnt 0x12
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[65:66], v[83:84], v[41:48]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[41:44], off offset:3488
	scratch_store_b128 off, v[45:48], off offset:3504
	s_wait_loadcnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[61:62], v[83:84], v[8:15]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[8:11], off offset:3552
	scratch_store_b128 off, v[12:15], off offset:3568
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[8:11], off, off offset:1920
	scratch_load_b128 v[12:15], off, off offset:1936
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[83:84], v[49:56]
	s_wait_loadcnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[63:64], v[83:84], v[0:7]
	s_wait_loadcnt 0xc
	v_wmma_f32_16x16x16_fp8_fp8 v[229:236], v[73:74], v[83:84], v[229:236]
	s_wait_loadcnt 0xa
	v_wmma_f32_16x16x16_fp8_fp8 v[221:228], v[75:76], v[83:84], v[221:228]
	s_wait_loadcnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[213:220], v[69:70], v[83:84], v[213:220]
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[205:212], v[71:72], v[83:84], v[205:212]
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v78 offset0:64 offset1:96
	s_clause 0x7                            ; 128-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:3520
	scratch_store_b128 off, v[53:56], off offset:3536
	scratch_store_b128 off, v[0:3], off offset:2656
	scratch_store_b128 off, v[4:7], off offset:2672
	scratch_store_b128 off, v[229:232], off offset:2688
	scratch_store_b128 off, v[233:236], off offset:2704
	scratch_store_b128 off, v[221:224], off offset:2720
	scratch_store_b128 off, v[225:228], off offset:2736
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x9                            ; 160-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2048
	scratch_load_b128 v[53:56], off, off offset:2064
	scratch_load_b128 v[41:44], off, off offset:1984
	scratch_load_b128 v[45:48], off, off offset:2000
	scratch_load_b128 v[0:3], off, off offset:1792
	scratch_load_b128 v[4:7], off, off offset:1808
	scratch_load_b128 v[229:232], off, off offset:1728
	scratch_load_b128 v[233:236], off, off offset:1744
	scratch_load_b128 v[221:224], off, off offset:1664
	scratch_load_b128 v[225:228], off, off offset:1680
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[213:216], off offset:2752
	scratch_store_b128 off, v[217:220], off offset:2768
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[213:216], off, off offset:1600
	scratch_load_b128 v[217:220], off, off offset:1616
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[205:208], off offset:2784
	scratch_store_b128 off, v[209:212], off offset:2800
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[205:208], off, off offset:1440
	scratch_load_b128 v[209:212], off, off offset:1456
	s_wait_loadcnt_dscnt 0x1200
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[65:66], v[81:82], v[197:204]
	s_wait_loadcnt 0x10
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[67:68], v[81:82], v[189:196]
	v_wmma_f32_16x16x16_fp8_fp8 v[181:188], v[61:62], v[81:82], v[181:188]
	v_wmma_f32_16x16x16_fp8_fp8 v[173:180], v[63:64], v[81:82], v[173:180]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[73:74], v[81:82], v[165:172]
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[75:76], v[81:82], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[69:70], v[81:82], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[141:148], v[71:72], v[81:82], v[141:148]
	v_wmma_f32_16x16x16_fp8_fp8 v[133:140], v[65:66], v[83:84], v[133:140]
	v_wmma_f32_16x16x16_fp8_fp8 v[125:132], v[67:68], v[83:84], v[125:132]
	v_wmma_f32_16x16x16_fp8_fp8 v[117:124], v[61:62], v[83:84], v[117:124]
	v_wmma_f32_16x16x16_fp8_fp8 v[109:116], v[63:64], v[83:84], v[109:116]
	v_wmma_f32_16x16x16_fp8_fp8 v[101:108], v[73:74], v[83:84], v[101:108]
	v_wmma_f32_16x16x16_fp8_fp8 v[93:100], v[75:76], v[83:84], v[93:100]
	v_wmma_f32_16x16x16_fp8_fp8 v[85:92], v[69:70], v[83:84], v[85:92]
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[71:72], v[83:84], v[241:248]
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v78 offset0:128 offset1:160
	s_clause 0x3                            ; 64-byte Folded Spill
	scratch_store_b128 off, v[189:192], off offset:2848
	scratch_store_b128 off, v[193:196], off offset:2864
	scratch_store_b128 off, v[197:200], off offset:2816
	scratch_store_b128 off, v[201:204], off offset:2832
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[197:200], off, off offset:1184
	scratch_load_b128 v[201:204], off, off offset:1200
	v_dual_mov_b32 v189, v241 :: v_dual_mov_b32 v190, v242
	v_dual_mov_b32 v191, v243 :: v_dual_mov_b32 v192, v244
	v_dual_mov_b32 v193, v245 :: v_dual_mov_b32 v194, v246
	v_dual_mov_b32 v195, v247 :: v_dual_mov_b32 v196, v248
	v_dual_mov_b32 v247, v22 :: v_dual_mov_b32 v248, v23
	v_dual_mov_b32 v245, v20 :: v_dual_mov_b32 v246, v21
	v_dual_mov_b32 v243, v18 :: v_dual_mov_b32 v244, v19
	v_dual_mov_b32 v241, v16 :: v_dual_mov_b32 v242, v17
	v_dual_mov_b32 v17, v24 :: v_dual_mov_b32 v18, v25
	v_dual_mov_b32 v19, v26 :: v_dual_mov_b32 v20, v27
	v_dual_mov_b32 v21, v28 :: v_dual_mov_b32 v22, v29
	v_dual_mov_b32 v23, v30 :: v_dual_mov_b32 v24, v31
	s_wait_loadcnt_dscnt 0x1000
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[75:76], v[81:82], v[8:15]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[8:11], off offset:1920
	scratch_store_b128 off, v[12:15], off offset:1936
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[8:11], off, off offset:1856
	scratch_load_b128 v[12:15], off, off offset:1872
	s_wait_loadcnt 0x10
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[65:66], v[81:82], v[49:56]
	s_wait_loadcnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[61:62], v[81:82], v[41:48]
	s_wait_loadcnt 0xc
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[67:68], v[83:84], v[0:7]
	s_wait_loadcnt 0xa
	v_wmma_f32_16x16x16_fp8_fp8 v[229:236], v[63:64], v[83:84], v[229:236]
	s_wait_loadcnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[221:228], v[75:76], v[83:84], v[221:228]
	s_clause 0x9                            ; 160-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2048
	scratch_store_b128 off, v[53:56], off offset:2064
	scratch_store_b128 off, v[41:44], off offset:1984
	scratch_store_b128 off, v[45:48], off offset:2000
	scratch_store_b128 off, v[0:3], off offset:1792
	scratch_store_b128 off, v[4:7], off offset:1808
	scratch_store_b128 off, v[229:232], off offset:1728
	scratch_store_b128 off, v[233:236], off offset:1744
	scratch_store_b128 off, v[221:224], off offset:1664
	scratch_store_b128 off, v[225:228], off offset:1680
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[49:52], off, off offset:2016 th:TH_LOAD_LU
	scratch_load_b128 v[53:56], off, off offset:2032 th:TH_LOAD_LU
	v_dual_mov_b32 v48, v40 :: v_dual_mov_b32 v45, v37
	v_dual_mov_b32 v47, v39 :: v_dual_mov_b32 v46, v38
	v_dual_mov_b32 v43, v35 :: v_dual_mov_b32 v44, v36
	v_dual_mov_b32 v41, v33 :: v_dual_mov_b32 v42, v34
	s_clause 0x9                            ; 160-byte Folded Reload
	scratch_load_b128 v[33:36], off, off offset:1952 th:TH_LOAD_LU
	scratch_load_b128 v[37:40], off, off offset:1968 th:TH_LOAD_LU
	scratch_load_b128 v[25:28], off, off offset:1888 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:1904 th:TH_LOAD_LU
	scratch_load_b128 v[0:3], off, off offset:1760 th:TH_LOAD_LU
	scratch_load_b128 v[4:7], off, off offset:1776 th:TH_LOAD_LU
	scratch_load_b128 v[229:232], off, off offset:1696 th:TH_LOAD_LU
	scratch_load_b128 v[233:236], off, off offset:1712 th:TH_LOAD_LU
	scratch_load_b128 v[221:224], off, off offset:1632 th:TH_LOAD_LU
	scratch_load_b128 v[225:228], off, off offset:1648 th:TH_LOAD_LU
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[63:64], v[81:82], v[41:48]
	s_wait_loadcnt 0x12
	v_wmma_f32_16x16x16_fp8_fp8 v[213:220], v[71:72], v[83:84], v[213:220]
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[213:216], off offset:1600
	scratch_store_b128 off, v[217:220], off offset:1616
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[213:216], off, off offset:1568 th:TH_LOAD_LU
	scratch_load_b128 v[217:220], off, off offset:1584 th:TH_LOAD_LU
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_loadcnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[71:72], v[81:82], v[8:15]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[8:11], off offset:1856
	scratch_store_b128 off, v[12:15], off offset:1872
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[8:11], off, off offset:1824 th:TH_LOAD_LU
	scratch_load_b128 v[12:15], off, off offset:1840 th:TH_LOAD_LU
	s_wait_loadcnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[49:56], v[67:68], v[81:82], v[49:56]
	s_wait_loadcnt 0xc
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[73:74], v[81:82], v[33:40]
	s_wait_loadcnt 0xa
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[69:70], v[81:82], v[25:32]
	s_wait_loadcnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[61:62], v[83:84], v[0:7]
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[229:236], v[73:74], v[83:84], v[229:236]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[221:228], v[69:70], v[83:84], v[221:228]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[65:66], v[83:84], v[8:15]
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[81:84], v78 offset0:192 offset1:224
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[205:212], v[73:74], v[81:82], v[205:212]
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[73:74], v[83:84], v[197:204]
	s_clause 0x3                            ; 64-byte Folded Spill
	scratch_store_b128 off, v[205:208], off offset:1440
	scratch_store_b128 off, v[209:212], off offset:1456
	scratch_store_b128 off, v[197:200], off offset:1184
	scratch_store_b128 off, v[201:204], off offset:1200
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[205:208], off, off offset:1408 th:TH_LOAD_LU
	scratch_load_b128 v[209:212], off, off offset:1424 th:TH_LOAD_LU
	scratch_load_b128 v[197:200], off, off offset:1152 th:TH_LOAD_LU
	scratch_load_b128 v[201:204], off, off offset:1168 th:TH_LOAD_LU
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[71:72], v[83:84], v[17:24]
	v_wmma_f32_16x16x16_fp8_fp8 v[213:220], v[65:66], v[81:82], v[213:220]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[205:212], v[75:76], v[81:82], v[205:212]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[75:76], v[83:84], v[197:204]
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[73:76], off, off offset:1376
	scratch_load_b128 v[77:80], off, off offset:1392
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[73:80], v[69:70], v[81:82], v[73:80]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[73:76], off offset:1376
	scratch_store_b128 off, v[77:80], off offset:1392
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[73:76], off, off offset:1344
	scratch_load_b128 v[77:80], off, off offset:1360
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[73:80], v[71:72], v[81:82], v[73:80]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[73:76], off offset:1344
	scratch_store_b128 off, v[77:80], off offset:1360
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[73:76], off, off offset:1120
	scratch_load_b128 v[77:80], off, off offset:1136
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[73:80], v[69:70], v[83:84], v[73:80]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[73:76], off offset:1120
	scratch_store_b128 off, v[77:80], off offset:1136
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1536
	scratch_load_b128 v[73:76], off, off offset:1552
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[67:68], v[81:82], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1536
	scratch_store_b128 off, v[73:76], off offset:1552
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1312
	scratch_load_b128 v[73:76], off, off offset:1328
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[65:66], v[83:84], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1312
	scratch_store_b128 off, v[73:76], off offset:1328
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1280
	scratch_load_b128 v[73:76], off, off offset:1296
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[67:68], v[83:84], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1280
	scratch_store_b128 off, v[73:76], off offset:1296
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[65:68], off, off offset:1504
	scratch_load_b128 v[69:72], off, off offset:1520
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[61:62], v[81:82], v[65:72]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[65:68], off offset:1504
	scratch_store_b128 off, v[69:72], off offset:1520
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[65:68], off, off offset:1472
	scratch_load_b128 v[69:72], off, off offset:1488
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[63:64], v[81:82], v[65:72]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[65:68], off offset:1472
	scratch_store_b128 off, v[69:72], off offset:1488
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[65:68], off, off offset:1248
	scratch_load_b128 v[69:72], off, off offset:1264
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[61:62], v[83:84], v[65:72]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[65:68], off offset:1248
	scratch_store_b128 off, v[69:72], off offset:1264
	s_clause 0x2                            ; 36-byte Folded Reload
	scratch_load_b128 v[65:68], off, off offset:1216
	scratch_load_b128 v[69:72], off, off offset:1232
	scratch_load_b32 v61, off, off offset:3680
	s_wait_loadcnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[65:72], v[63:64], v[83:84], v[65:72]
	.loc	1 34 9                          ; spill.py:34:9
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v64, off, off offset:3712
	scratch_load_b32 v62, off, off offset:3648
	scratch_load_b32 v63, off, off offset:3616
	s_wait_loadcnt 0x3
	v_add_nc_u32_e32 v61, s29, v61
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[65:68], off offset:1216
	scratch_store_b128 off, v[69:72], off offset:1232
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v65, 0x80000000, v61, s9
	.loc	1 34 9                          ; spill.py:34:9
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v64, s29, v64
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v62, s29, v62
	.loc	1 29 5                          ; spill.py:29:5
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v63, s29, v63
	s_add_co_i32 s29, s29, 16
	s_cmp_lg_u32 s15, 0
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v64, 0x80000000, v64, s12
	v_cndmask_b32_e64 v69, 0x80000000, v62, s10
	v_cndmask_b32_e64 v73, 0x80000000, v63, s11
	s_clause 0x3
	buffer_load_b128 v[61:64], v64, s[20:23], null offen
	buffer_load_b128 v[65:68], v65, s[20:23], null offen
	buffer_load_b128 v[69:72], v69, s[20:23], null offen
	buffer_load_b128 v[73:76], v73, s[20:23], null offen
	.loc	1 30 13                         ; spill.py:30:13
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_b64 v253, v[57:58]
	.loc	1 31 13                         ; spill.py:31:13
	ds_store_b64 v253, v[61:62] offset:4096
	ds_store_2addr_stride64_b64 v253, v[65:66], v[69:70] offset0:10 offset1:12
	ds_store_2addr_stride64_b64 v255, v[63:64], v[67:68] offset0:8 offset1:10
	ds_store_b64 v253, v[73:74] offset:7168
	ds_store_2addr_stride64_b64 v255, v[71:72], v[75:76] offset0:12 offset1:14
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3392
	scratch_load_b128 v[73:76], off, off offset:3408
	.loc	1 30 13                         ; spill.py:30:13
	ds_store_2addr_stride64_b64 v253, v[249:250], v[237:238] offset0:2 offset1:4
	ds_store_2addr_stride64_b64 v255, v[59:60], v[251:252] offset1:2
	scratch_load_b128 v[57:60], off, off offset:3584 th:TH_LOAD_LU ; 16-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v253, v[57:58] offset:3072
	ds_store_2addr_stride64_b64 v255, v[239:240], v[59:60] offset0:4 offset1:6
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	s_clause 0x1f                           ; 512-byte Folded Spill
	scratch_store_b128 off, v[49:52], off offset:2016
	scratch_store_b128 off, v[53:56], off offset:2032
	scratch_store_b128 off, v[41:44], off offset:3584
	scratch_store_b128 off, v[45:48], off offset:3600
	scratch_store_b128 off, v[33:36], off offset:1952
	scratch_store_b128 off, v[37:40], off offset:1968
	scratch_store_b128 off, v[25:28], off offset:1888
	scratch_store_b128 off, v[29:32], off offset:1904
	scratch_store_b128 off, v[8:11], off offset:1824
	scratch_store_b128 off, v[12:15], off offset:1840
	scratch_store_b128 off, v[0:3], off offset:1760
	scratch_store_b128 off, v[4:7], off offset:1776
	scratch_store_b128 off, v[229:232], off offset:1696
	scratch_store_b128 off, v[233:236], off offset:1712
	scratch_store_b128 off, v[221:224], off offset:1632
	scratch_store_b128 off, v[225:228], off offset:1648
	scratch_store_b128 off, v[213:216], off offset:1568
	scratch_store_b128 off, v[217:220], off offset:1584
	scratch_store_b128 off, v[205:208], off offset:1408
	scratch_store_b128 off, v[209:212], off offset:1424
	scratch_store_b128 off, v[197:200], off offset:1152
	scratch_store_b128 off, v[201:204], off offset:1168
	scratch_store_b128 off, v[189:192], off offset:2624
	scratch_store_b128 off, v[193:196], off offset:2640
	scratch_store_b128 off, v[85:88], off offset:3616
	scratch_store_b128 off, v[89:92], off offset:3632
	scratch_store_b128 off, v[93:96], off offset:3648
	scratch_store_b128 off, v[97:100], off offset:3664
	scratch_store_b128 off, v[101:104], off offset:3680
	scratch_store_b128 off, v[105:108], off offset:3696
	scratch_store_b128 off, v[109:112], off offset:3712
	scratch_store_b128 off, v[113:116], off offset:3728
	s_clause 0x11                           ; 288-byte Folded Spill
	scratch_store_b128 off, v[117:120], off offset:3744
	scratch_store_b128 off, v[121:124], off offset:3760
	scratch_store_b128 off, v[125:128], off offset:3776
	scratch_store_b128 off, v[129:132], off offset:3792
	scratch_store_b128 off, v[133:136], off offset:3808
	scratch_store_b128 off, v[137:140], off offset:3824
	scratch_store_b128 off, v[141:144], off offset:3840
	scratch_store_b128 off, v[145:148], off offset:3856
	scratch_store_b128 off, v[149:152], off offset:3872
	scratch_store_b128 off, v[153:156], off offset:3888
	scratch_store_b128 off, v[157:160], off offset:3904
	scratch_store_b128 off, v[161:164], off offset:3920
	scratch_store_b128 off, v[165:168], off offset:3936
	scratch_store_b128 off, v[169:172], off offset:3952
	scratch_store_b128 off, v[173:176], off offset:3968
	scratch_store_b128 off, v[177:180], off offset:3984
	scratch_store_b128 off, v[181:184], off offset:4000
	scratch_store_b128 off, v[185:188], off offset:4016
	s_clause 0x12                           ; 244-byte Folded Reload
	scratch_load_b128 v[33:36], off, off offset:3552
	scratch_load_b128 v[37:40], off, off offset:3568
	scratch_load_b128 v[25:28], off, off offset:3520
	scratch_load_b128 v[29:32], off, off offset:3536
	scratch_load_b128 v[41:44], off, off offset:3488
	scratch_load_b128 v[45:48], off, off offset:3504
	scratch_load_b128 v[1:4], off, off offset:3456
	scratch_load_b128 v[5:8], off, off offset:3472
	scratch_load_b128 v[9:12], off, off offset:3424
	scratch_load_b128 v[13:16], off, off offset:3440
	scratch_load_b128 v[49:52], off, off
	scratch_load_b128 v[53:56], off, off offset:16
	scratch_load_b128 v[57:60], off, off offset:32
	scratch_load_b128 v[61:64], off, off offset:48
	scratch_load_b32 v237, off, off offset:4032
	scratch_load_b32 v238, off, off offset:4036
	scratch_load_b32 v65, off, off offset:4040
	scratch_load_b32 v66, off, off offset:4044
	scratch_load_b32 v67, off, off offset:4048
.LBB0_4:                                ; %Flow1102
	s_wait_loadcnt 0x6
	scratch_store_b128 off, v[57:60], off offset:32 ; 16-byte Folded Spill
	s_wait_loadcnt 0x5
	s_clause 0x2                            ; 48-byte Folded Spill
	scratch_store_b128 off, v[61:64], off offset:48
	scratch_store_b128 off, v[49:52], off
	scratch_store_b128 off, v[53:56], off offset:16
	.loc	1 30 13 is_stmt 1               ; spill.py:30:13
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_load_b32 s28, s[0:1], 0x2c
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s14, 16
	.loc	1 30 13                         ; spill.py:30:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 32 15                         ; spill.py:32:15
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	s_clause 0x5                            ; 96-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2592
	scratch_load_b128 v[73:76], off, off offset:2608
	scratch_load_b128 v[77:80], off, off offset:2528
	scratch_load_b128 v[81:84], off, off offset:2544
	scratch_load_b128 v[117:120], off, off offset:2432
	scratch_load_b128 v[121:124], off, off offset:2448
	.loc	1 30 13                         ; spill.py:30:13
	v_and_or_b32 v0, 0x70, v66, v65
	v_and_b32_e32 v49, 8, v67
	.loc	1 31 13                         ; spill.py:31:13
	s_lshl_b32 s0, s13, 8
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[93:96], off, off offset:2464
	scratch_load_b128 v[97:100], off, off offset:2480
	.loc	1 31 13                         ; spill.py:31:13
	s_and_b32 s0, s0, 0x100
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[109:112], off, off offset:3328 th:TH_LOAD_LU
	scratch_load_b128 v[113:116], off, off offset:3344 th:TH_LOAD_LU
	.loc	1 30 13                         ; spill.py:30:13
	v_xor_b32_e32 v49, v0, v49
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x7                            ; 128-byte Folded Reload
	scratch_load_b128 v[101:104], off, off offset:3296 th:TH_LOAD_LU
	scratch_load_b128 v[105:108], off, off offset:3312 th:TH_LOAD_LU
	scratch_load_b128 v[85:88], off, off offset:3264 th:TH_LOAD_LU
	scratch_load_b128 v[89:92], off, off offset:3280 th:TH_LOAD_LU
	scratch_load_b128 v[165:168], off, off offset:3392 th:TH_LOAD_LU
	scratch_load_b128 v[169:172], off, off offset:3408 th:TH_LOAD_LU
	scratch_load_b128 v[125:128], off, off offset:2336
	scratch_load_b128 v[129:132], off, off offset:2352
	.loc	1 30 13                         ; spill.py:30:13
	v_add_nc_u32_e32 v0, 0, v49
	.loc	1 31 13                         ; spill.py:31:13
	v_add3_u32 v57, 0, s0, v49
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset1:32
	.loc	1 31 13                         ; spill.py:31:13
	ds_load_2addr_stride64_b64 v[61:64], v57 offset0:8 offset1:9
	ds_load_2addr_stride64_b64 v[49:52], v57 offset0:10 offset1:11
	ds_load_2addr_stride64_b64 v[53:56], v57 offset0:12 offset1:13
	ds_load_2addr_stride64_b64 v[57:60], v57 offset0:14 offset1:15
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x15                           ; 352-byte Folded Reload
	scratch_load_b128 v[189:192], off, off offset:2112
	scratch_load_b128 v[193:196], off, off offset:2128
	scratch_load_b128 v[141:144], off, off offset:2304
	scratch_load_b128 v[145:148], off, off offset:2320
	scratch_load_b128 v[149:152], off, off offset:2272
	scratch_load_b128 v[153:156], off, off offset:2288
	scratch_load_b128 v[181:184], off, off offset:2144
	scratch_load_b128 v[185:188], off, off offset:2160
	scratch_load_b128 v[133:136], off, off offset:3136 th:TH_LOAD_LU
	scratch_load_b128 v[137:140], off, off offset:3152 th:TH_LOAD_LU
	scratch_load_b128 v[157:160], off, off offset:2176
	scratch_load_b128 v[161:164], off, off offset:2192
	scratch_load_b128 v[173:176], off, off offset:3040 th:TH_LOAD_LU
	scratch_load_b128 v[177:180], off, off offset:3056 th:TH_LOAD_LU
	scratch_load_b128 v[197:200], off, off offset:1056
	scratch_load_b128 v[201:204], off, off offset:1072
	scratch_load_b128 v[213:216], off, off offset:1024
	scratch_load_b128 v[217:220], off, off offset:1040
	scratch_load_b128 v[221:224], off, off offset:960
	scratch_load_b128 v[225:228], off, off offset:976
	scratch_load_b128 v[205:208], off, off offset:2944 th:TH_LOAD_LU
	scratch_load_b128 v[209:212], off, off offset:2960 th:TH_LOAD_LU
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[241:248], v[61:62], v[65:66], v[241:248]
	s_wait_loadcnt_dscnt 0x2602
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[65:66], v[69:76]
	s_wait_loadcnt 0x24
	v_wmma_f32_16x16x16_fp8_fp8 v[77:84], v[61:62], v[67:68], v[77:84]
	s_wait_loadcnt_dscnt 0x2201
	v_wmma_f32_16x16x16_fp8_fp8 v[117:124], v[55:56], v[67:68], v[117:124]
	s_clause 0x5                            ; 96-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2592
	scratch_store_b128 off, v[73:76], off offset:2608
	scratch_store_b128 off, v[77:80], off offset:2528
	scratch_store_b128 off, v[81:84], off offset:2544
	scratch_store_b128 off, v[117:120], off offset:2432
	scratch_store_b128 off, v[121:124], off offset:2448
	s_clause 0x5                            ; 96-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2560
	scratch_load_b128 v[73:76], off, off offset:2576
	scratch_load_b128 v[77:80], off, off offset:2496
	scratch_load_b128 v[81:84], off, off offset:2512
	scratch_load_b128 v[117:120], off, off offset:2400
	scratch_load_b128 v[121:124], off, off offset:2416
	s_wait_loadcnt 0x26
	v_wmma_f32_16x16x16_fp8_fp8 v[93:100], v[51:52], v[67:68], v[93:100]
	s_wait_loadcnt 0x24
	v_wmma_f32_16x16x16_fp8_fp8 v[109:116], v[55:56], v[65:66], v[109:116]
	s_wait_loadcnt_dscnt 0x2200
	v_wmma_f32_16x16x16_fp8_fp8 v[101:108], v[57:58], v[65:66], v[101:108]
	s_wait_loadcnt 0x20
	v_wmma_f32_16x16x16_fp8_fp8 v[85:92], v[59:60], v[65:66], v[85:92]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[93:96], off offset:2464
	scratch_store_b128 off, v[97:100], off offset:2480
	s_wait_loadcnt 0x1e
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[63:64], v[65:66], v[165:172]
	v_dual_mov_b32 v93, v101 :: v_dual_mov_b32 v94, v102
	v_dual_mov_b32 v95, v103 :: v_dual_mov_b32 v96, v104
	v_dual_mov_b32 v97, v105 :: v_dual_mov_b32 v98, v106
	v_dual_mov_b32 v99, v107 :: v_dual_mov_b32 v100, v108
	v_dual_mov_b32 v101, v109 :: v_dual_mov_b32 v102, v110
	v_dual_mov_b32 v103, v111 :: v_dual_mov_b32 v104, v112
	v_dual_mov_b32 v105, v113 :: v_dual_mov_b32 v106, v114
	v_dual_mov_b32 v107, v115 :: v_dual_mov_b32 v108, v116
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[109:112], off, off offset:3200 th:TH_LOAD_LU
	scratch_load_b128 v[113:116], off, off offset:3216 th:TH_LOAD_LU
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[65:66], v[69:76]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[77:84], v[63:64], v[67:68], v[77:84]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[117:124], v[57:58], v[67:68], v[117:124]
	s_clause 0x5                            ; 96-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2560
	scratch_store_b128 off, v[73:76], off offset:2576
	scratch_store_b128 off, v[77:80], off offset:2496
	scratch_store_b128 off, v[81:84], off offset:2512
	scratch_store_b128 off, v[117:120], off offset:2400
	scratch_store_b128 off, v[121:124], off offset:2416
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3360 th:TH_LOAD_LU
	scratch_load_b128 v[73:76], off, off offset:3376 th:TH_LOAD_LU
	v_dual_mov_b32 v77, v85 :: v_dual_mov_b32 v78, v86
	v_dual_mov_b32 v79, v87 :: v_dual_mov_b32 v80, v88
	v_dual_mov_b32 v81, v89 :: v_dual_mov_b32 v82, v90
	v_dual_mov_b32 v83, v91 :: v_dual_mov_b32 v84, v92
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[85:88], off, off offset:3232 th:TH_LOAD_LU
	scratch_load_b128 v[89:92], off, off offset:3248 th:TH_LOAD_LU
	scratch_load_b128 v[117:120], off, off offset:2368
	scratch_load_b128 v[121:124], off, off offset:2384
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[109:116], v[53:54], v[67:68], v[109:116]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[65:66], v[69:76]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_mov_b32 v236, v76 :: v_dual_mov_b32 v235, v75
	v_dual_mov_b32 v234, v74 :: v_dual_mov_b32 v233, v73
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[85:92], v[49:50], v[67:68], v[85:92]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[117:124], v[59:60], v[67:68], v[117:124]
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset0:64 offset1:96
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[117:120], off offset:2368
	scratch_store_b128 off, v[121:124], off offset:2384
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[117:120], off, off offset:3168 th:TH_LOAD_LU
	scratch_load_b128 v[121:124], off, off offset:3184 th:TH_LOAD_LU
	v_dual_mov_b32 v232, v72 :: v_dual_mov_b32 v231, v71
	v_dual_mov_b32 v230, v70 :: v_dual_mov_b32 v229, v69
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:896
	scratch_load_b128 v[73:76], off, off offset:912
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[125:132], v[63:64], v[65:66], v[125:132]
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[55:56], v[67:68], v[189:196]
	s_clause 0x3                            ; 64-byte Folded Spill
	scratch_store_b128 off, v[125:128], off offset:2336
	scratch_store_b128 off, v[129:132], off offset:2352
	scratch_store_b128 off, v[189:192], off offset:2112
	scratch_store_b128 off, v[193:196], off offset:2128
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[125:128], off, off offset:2240
	scratch_load_b128 v[129:132], off, off offset:2256
	scratch_load_b128 v[189:192], off, off offset:2080
	scratch_load_b128 v[193:196], off, off offset:2096
	v_wmma_f32_16x16x16_fp8_fp8 v[141:148], v[51:52], v[65:66], v[141:148]
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[55:56], v[65:66], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[181:188], v[51:52], v[67:68], v[181:188]
	s_clause 0x5                            ; 96-byte Folded Spill
	scratch_store_b128 off, v[141:144], off offset:2304
	scratch_store_b128 off, v[145:148], off offset:2320
	scratch_store_b128 off, v[149:152], off offset:2272
	scratch_store_b128 off, v[153:156], off offset:2288
	scratch_store_b128 off, v[181:184], off offset:2144
	scratch_store_b128 off, v[185:188], off offset:2160
	s_clause 0x5                            ; 96-byte Folded Reload
	scratch_load_b128 v[141:144], off, off offset:3104 th:TH_LOAD_LU
	scratch_load_b128 v[145:148], off, off offset:3120 th:TH_LOAD_LU
	scratch_load_b128 v[149:152], off, off offset:3072 th:TH_LOAD_LU
	scratch_load_b128 v[153:156], off, off offset:3088 th:TH_LOAD_LU
	scratch_load_b128 v[181:184], off, off offset:3008 th:TH_LOAD_LU
	scratch_load_b128 v[185:188], off, off offset:3024 th:TH_LOAD_LU
	v_wmma_f32_16x16x16_fp8_fp8 v[133:140], v[49:50], v[65:66], v[133:140]
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[63:64], v[67:68], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[173:180], v[49:50], v[67:68], v[173:180]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[157:160], off offset:2176
	scratch_store_b128 off, v[161:164], off offset:2192
	s_wait_loadcnt 0xc
	v_wmma_f32_16x16x16_fp8_fp8 v[117:124], v[61:62], v[65:66], v[117:124]
	s_wait_loadcnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[125:132], v[57:58], v[65:66], v[125:132]
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[57:58], v[67:68], v[189:196]
	s_clause 0x3                            ; 64-byte Folded Spill
	scratch_store_b128 off, v[125:128], off offset:2240
	scratch_store_b128 off, v[129:132], off offset:2256
	scratch_store_b128 off, v[189:192], off offset:2080
	scratch_store_b128 off, v[193:196], off offset:2096
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[125:128], off, off offset:2208
	scratch_load_b128 v[129:132], off, off offset:2224
	scratch_load_b128 v[189:192], off, off offset:1088
	scratch_load_b128 v[193:196], off, off offset:1104
	s_wait_loadcnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[141:148], v[53:54], v[65:66], v[141:148]
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[61:62], v[67:68], v[149:156]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[181:188], v[53:54], v[67:68], v[181:188]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[125:132], v[59:60], v[65:66], v[125:132]
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[59:60], v[67:68], v[189:196]
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset0:128 offset1:160
	s_clause 0x3                            ; 64-byte Folded Spill
	scratch_store_b128 off, v[125:128], off offset:2208
	scratch_store_b128 off, v[129:132], off offset:2224
	scratch_store_b128 off, v[189:192], off offset:1088
	scratch_store_b128 off, v[193:196], off offset:1104
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x3                            ; 64-byte Folded Reload
	scratch_load_b128 v[189:192], off, off offset:2976 th:TH_LOAD_LU
	scratch_load_b128 v[193:196], off, off offset:2992 th:TH_LOAD_LU
	scratch_load_b128 v[125:128], off, off offset:992
	scratch_load_b128 v[129:132], off, off offset:1008
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:896
	scratch_store_b128 off, v[73:76], off offset:912
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:864
	scratch_load_b128 v[73:76], off, off offset:880
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[63:64], v[65:66], v[197:204]
	v_wmma_f32_16x16x16_fp8_fp8 v[213:220], v[51:52], v[65:66], v[213:220]
	v_wmma_f32_16x16x16_fp8_fp8 v[221:228], v[59:60], v[65:66], v[221:228]
	s_clause 0x5                            ; 96-byte Folded Spill
	scratch_store_b128 off, v[197:200], off offset:1056
	scratch_store_b128 off, v[201:204], off offset:1072
	scratch_store_b128 off, v[213:216], off offset:1024
	scratch_store_b128 off, v[217:220], off offset:1040
	scratch_store_b128 off, v[221:224], off offset:960
	scratch_store_b128 off, v[225:228], off offset:976
	s_clause 0x5                            ; 96-byte Folded Reload
	scratch_load_b128 v[213:216], off, off offset:2912 th:TH_LOAD_LU
	scratch_load_b128 v[217:220], off, off offset:2928 th:TH_LOAD_LU
	scratch_load_b128 v[197:200], off, off offset:2880 th:TH_LOAD_LU
	scratch_load_b128 v[201:204], off, off offset:2896 th:TH_LOAD_LU
	scratch_load_b128 v[221:224], off, off offset:928
	scratch_load_b128 v[225:228], off, off offset:944
	v_wmma_f32_16x16x16_fp8_fp8 v[205:212], v[49:50], v[65:66], v[205:212]
	s_wait_loadcnt 0xa
	v_wmma_f32_16x16x16_fp8_fp8 v[189:196], v[61:62], v[65:66], v[189:196]
	s_wait_loadcnt 0x8
	v_wmma_f32_16x16x16_fp8_fp8 v[125:132], v[55:56], v[65:66], v[125:132]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[125:128], off offset:992
	scratch_store_b128 off, v[129:132], off offset:1008
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:864
	scratch_store_b128 off, v[73:76], off offset:880
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:832
	scratch_load_b128 v[73:76], off, off offset:848
	s_wait_loadcnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[213:220], v[53:54], v[65:66], v[213:220]
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[197:204], v[57:58], v[65:66], v[197:204]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[221:228], v[61:62], v[67:68], v[221:228]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[221:224], off offset:928
	scratch_store_b128 off, v[225:228], off offset:944
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:832
	scratch_store_b128 off, v[73:76], off offset:848
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:800
	scratch_load_b128 v[73:76], off, off offset:816
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:800
	scratch_store_b128 off, v[73:76], off offset:816
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:768
	scratch_load_b128 v[73:76], off, off offset:784
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:768
	scratch_store_b128 off, v[73:76], off offset:784
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:736
	scratch_load_b128 v[73:76], off, off offset:752
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:736
	scratch_store_b128 off, v[73:76], off offset:752
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:704
	scratch_load_b128 v[73:76], off, off offset:720
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:704
	scratch_store_b128 off, v[73:76], off offset:720
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:672
	scratch_load_b128 v[73:76], off, off offset:688
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset0:192 offset1:224
	v_add_nc_u32_e32 v0, 0x800, v0
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:672
	scratch_store_b128 off, v[73:76], off offset:688
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:640
	scratch_load_b128 v[73:76], off, off offset:656
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:640
	scratch_store_b128 off, v[73:76], off offset:656
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:608
	scratch_load_b128 v[73:76], off, off offset:624
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:608
	scratch_store_b128 off, v[73:76], off offset:624
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:576
	scratch_load_b128 v[73:76], off, off offset:592
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:576
	scratch_store_b128 off, v[73:76], off offset:592
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:544
	scratch_load_b128 v[73:76], off, off offset:560
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:544
	scratch_store_b128 off, v[73:76], off offset:560
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:512
	scratch_load_b128 v[73:76], off, off offset:528
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:512
	scratch_store_b128 off, v[73:76], off offset:528
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:480
	scratch_load_b128 v[73:76], off, off offset:496
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:480
	scratch_store_b128 off, v[73:76], off offset:496
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:448
	scratch_load_b128 v[73:76], off, off offset:464
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:448
	scratch_store_b128 off, v[73:76], off offset:464
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:416
	scratch_load_b128 v[73:76], off, off offset:432
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:416
	scratch_store_b128 off, v[73:76], off offset:432
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:384
	scratch_load_b128 v[73:76], off, off offset:400
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:384
	scratch_store_b128 off, v[73:76], off offset:400
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:352
	scratch_load_b128 v[73:76], off, off offset:368
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:352
	scratch_store_b128 off, v[73:76], off offset:368
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:320
	scratch_load_b128 v[73:76], off, off offset:336
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:320
	scratch_store_b128 off, v[73:76], off offset:336
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:288
	scratch_load_b128 v[73:76], off, off offset:304
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:288
	scratch_store_b128 off, v[73:76], off offset:304
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:256
	scratch_load_b128 v[73:76], off, off offset:272
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:256
	scratch_store_b128 off, v[73:76], off offset:272
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:224
	scratch_load_b128 v[73:76], off, off offset:240
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:224
	scratch_store_b128 off, v[73:76], off offset:240
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:192
	scratch_load_b128 v[73:76], off, off offset:208
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:192
	scratch_store_b128 off, v[73:76], off offset:208
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:160
	scratch_load_b128 v[73:76], off, off offset:176
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset1:32
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[63:64], v[67:68], v[25:32]
	v_wmma_f32_16x16x16_fp8_fp8 v[9:16], v[57:58], v[65:66], v[9:16]
	v_wmma_f32_16x16x16_fp8_fp8 v[1:8], v[59:60], v[65:66], v[1:8]
	v_wmma_f32_16x16x16_fp8_fp8 v[41:48], v[61:62], v[67:68], v[41:48]
	v_wmma_f32_16x16x16_fp8_fp8 v[33:40], v[49:50], v[67:68], v[33:40]
	v_dual_mov_b32 v228, v32 :: v_dual_mov_b32 v227, v31
	v_dual_mov_b32 v226, v30 :: v_dual_mov_b32 v225, v29
	v_dual_mov_b32 v224, v28 :: v_dual_mov_b32 v223, v27
	v_dual_mov_b32 v222, v26 :: v_dual_mov_b32 v221, v25
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:2656
	scratch_load_b128 v[29:32], off, off offset:2672
	v_dual_mov_b32 v164, v8 :: v_dual_mov_b32 v161, v5
	v_dual_mov_b32 v162, v6 :: v_dual_mov_b32 v159, v3
	v_dual_mov_b32 v160, v4 :: v_dual_mov_b32 v157, v1
	v_mov_b32_e32 v158, v2
	v_dual_mov_b32 v132, v40 :: v_dual_mov_b32 v131, v39
	v_dual_mov_b32 v130, v38 :: v_dual_mov_b32 v129, v37
	v_dual_mov_b32 v128, v36 :: v_dual_mov_b32 v127, v35
	v_dual_mov_b32 v126, v34 :: v_dual_mov_b32 v125, v33
	v_mov_b32_e32 v163, v7
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2560
	scratch_load_b128 v[5:8], off, off offset:2576
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:160
	scratch_store_b128 off, v[73:76], off offset:176
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:128
	scratch_load_b128 v[73:76], off, off offset:144
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[51:52], v[67:68], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:2656
	scratch_store_b128 off, v[29:32], off offset:2672
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:2048
	scratch_load_b128 v[29:32], off, off offset:2064
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:128
	scratch_store_b128 off, v[73:76], off offset:144
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:96
	scratch_load_b128 v[73:76], off, off offset:112
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:96
	scratch_store_b128 off, v[73:76], off offset:112
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:64
	scratch_load_b128 v[73:76], off, off offset:80
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:64
	scratch_store_b128 off, v[73:76], off offset:80
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:32
	scratch_load_b128 v[73:76], off, off offset:48
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:32
	scratch_store_b128 off, v[73:76], off offset:48
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off
	scratch_load_b128 v[73:76], off, off offset:16
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off
	scratch_store_b128 off, v[73:76], off offset:16
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2688
	scratch_load_b128 v[73:76], off, off offset:2704
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2688
	scratch_store_b128 off, v[73:76], off offset:2704
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2720
	scratch_load_b128 v[73:76], off, off offset:2736
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2720
	scratch_store_b128 off, v[73:76], off offset:2736
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2752
	scratch_load_b128 v[73:76], off, off offset:2768
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2752
	scratch_store_b128 off, v[73:76], off offset:2768
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2784
	scratch_load_b128 v[73:76], off, off offset:2800
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[67:68], v[69:76]
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2784
	scratch_store_b128 off, v[73:76], off offset:2800
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2816
	scratch_load_b128 v[73:76], off, off offset:2832
	ds_load_2addr_b64 v[65:68], v0 offset0:64 offset1:96
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_loadcnt_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2816
	scratch_store_b128 off, v[73:76], off offset:2832
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2848
	scratch_load_b128 v[73:76], off, off offset:2864
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2848
	scratch_store_b128 off, v[73:76], off offset:2864
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:4000
	scratch_load_b128 v[73:76], off, off offset:4016
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:4000
	scratch_store_b128 off, v[73:76], off offset:4016
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3968
	scratch_load_b128 v[73:76], off, off offset:3984
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3968
	scratch_store_b128 off, v[73:76], off offset:3984
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3936
	scratch_load_b128 v[73:76], off, off offset:3952
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3936
	scratch_store_b128 off, v[73:76], off offset:3952
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3904
	scratch_load_b128 v[73:76], off, off offset:3920
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3904
	scratch_store_b128 off, v[73:76], off offset:3920
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3872
	scratch_load_b128 v[73:76], off, off offset:3888
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3872
	scratch_store_b128 off, v[73:76], off offset:3888
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3840
	scratch_load_b128 v[73:76], off, off offset:3856
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3840
	scratch_store_b128 off, v[73:76], off offset:3856
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3808
	scratch_load_b128 v[73:76], off, off offset:3824
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3808
	scratch_store_b128 off, v[73:76], off offset:3824
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3776
	scratch_load_b128 v[73:76], off, off offset:3792
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3776
	scratch_store_b128 off, v[73:76], off offset:3792
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3744
	scratch_load_b128 v[73:76], off, off offset:3760
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3744
	scratch_store_b128 off, v[73:76], off offset:3760
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3712
	scratch_load_b128 v[73:76], off, off offset:3728
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3712
	scratch_store_b128 off, v[73:76], off offset:3728
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3680
	scratch_load_b128 v[73:76], off, off offset:3696
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3680
	scratch_store_b128 off, v[73:76], off offset:3696
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3648
	scratch_load_b128 v[73:76], off, off offset:3664
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3648
	scratch_store_b128 off, v[73:76], off offset:3664
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:3616
	scratch_load_b128 v[73:76], off, off offset:3632
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:3616
	scratch_store_b128 off, v[73:76], off offset:3632
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2624
	scratch_load_b128 v[73:76], off, off offset:2640
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[67:68], v[69:76]
	.loc	1 30 13                         ; spill.py:30:13
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:2624
	scratch_store_b128 off, v[73:76], off offset:2640
	.loc	1 32 15                         ; spill.py:32:15
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1920
	scratch_load_b128 v[73:76], off, off offset:1936
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset0:128 offset1:160
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[61:62], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:2048
	scratch_store_b128 off, v[29:32], off offset:2064
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:2016
	scratch_load_b128 v[29:32], off, off offset:2032
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1920
	scratch_store_b128 off, v[73:76], off offset:1936
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1888
	scratch_load_b128 v[73:76], off, off offset:1904
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[63:64], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:2016
	scratch_store_b128 off, v[29:32], off offset:2032
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1984
	scratch_load_b128 v[29:32], off, off offset:2000
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1888
	scratch_store_b128 off, v[73:76], off offset:1904
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1856
	scratch_load_b128 v[73:76], off, off offset:1872
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[49:50], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1984
	scratch_store_b128 off, v[29:32], off offset:2000
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:3584
	scratch_load_b128 v[29:32], off, off offset:3600
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1856
	scratch_store_b128 off, v[73:76], off offset:1872
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1824
	scratch_load_b128 v[73:76], off, off offset:1840
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[51:52], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:3584
	scratch_store_b128 off, v[29:32], off offset:3600
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1952
	scratch_load_b128 v[29:32], off, off offset:1968
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1824
	scratch_store_b128 off, v[73:76], off offset:1840
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1792
	scratch_load_b128 v[73:76], off, off offset:1808
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[53:54], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1952
	scratch_store_b128 off, v[29:32], off offset:1968
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1504
	scratch_load_b128 v[29:32], off, off offset:1520
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1792
	scratch_store_b128 off, v[73:76], off offset:1808
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1760
	scratch_load_b128 v[73:76], off, off offset:1776
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1760
	scratch_store_b128 off, v[73:76], off offset:1776
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1728
	scratch_load_b128 v[73:76], off, off offset:1744
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1728
	scratch_store_b128 off, v[73:76], off offset:1744
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1696
	scratch_load_b128 v[73:76], off, off offset:1712
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1696
	scratch_store_b128 off, v[73:76], off offset:1712
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1664
	scratch_load_b128 v[73:76], off, off offset:1680
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1664
	scratch_store_b128 off, v[73:76], off offset:1680
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1632
	scratch_load_b128 v[73:76], off, off offset:1648
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[57:58], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1632
	scratch_store_b128 off, v[73:76], off offset:1648
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1600
	scratch_load_b128 v[73:76], off, off offset:1616
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[59:60], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1600
	scratch_store_b128 off, v[73:76], off offset:1616
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1568
	scratch_load_b128 v[73:76], off, off offset:1584
	.loc	1 30 13                         ; spill.py:30:13
	ds_load_2addr_b64 v[65:68], v0 offset0:192 offset1:224
	.loc	1 32 15                         ; spill.py:32:15
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[49:50], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1504
	scratch_store_b128 off, v[29:32], off offset:1520
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1472
	scratch_load_b128 v[29:32], off, off offset:1488
	v_wmma_f32_16x16x16_fp8_fp8 v[17:24], v[59:60], v[67:68], v[17:24]
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1568
	scratch_store_b128 off, v[73:76], off offset:1584
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1536
	scratch_load_b128 v[73:76], off, off offset:1552
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[51:52], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1472
	scratch_store_b128 off, v[29:32], off offset:1488
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1440
	scratch_load_b128 v[29:32], off, off offset:1456
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[65:66], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1536
	scratch_store_b128 off, v[73:76], off offset:1552
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1312
	scratch_load_b128 v[73:76], off, off offset:1328
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[53:54], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1440
	scratch_store_b128 off, v[29:32], off offset:1456
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1408
	scratch_load_b128 v[29:32], off, off offset:1424
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[61:62], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1312
	scratch_store_b128 off, v[73:76], off offset:1328
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1280
	scratch_load_b128 v[73:76], off, off offset:1296
	v_dual_mov_b32 v62, v12 :: v_dual_mov_b32 v61, v11
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[55:56], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1408
	scratch_store_b128 off, v[29:32], off offset:1424
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1376
	scratch_load_b128 v[29:32], off, off offset:1392
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[63:64], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1280
	scratch_store_b128 off, v[73:76], off offset:1296
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1248
	scratch_load_b128 v[73:76], off, off offset:1264
	v_dual_mov_b32 v64, v14 :: v_dual_mov_b32 v63, v13
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[57:58], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1376
	scratch_store_b128 off, v[29:32], off offset:1392
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1344
	scratch_load_b128 v[29:32], off, off offset:1360
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[49:50], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1248
	scratch_store_b128 off, v[73:76], off offset:1264
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1216
	scratch_load_b128 v[73:76], off, off offset:1232
	s_wait_loadcnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[59:60], v[65:66], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1344
	scratch_store_b128 off, v[29:32], off offset:1360
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1120
	scratch_load_b128 v[29:32], off, off offset:1136
	v_dual_mov_b32 v66, v16 :: v_dual_mov_b32 v65, v15
	v_dual_mov_b32 v60, v10 :: v_dual_mov_b32 v59, v9
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[9:12], off, off offset:2592
	scratch_load_b128 v[13:16], off, off offset:2608
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[51:52], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1216
	scratch_store_b128 off, v[73:76], off offset:1232
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1184
	scratch_load_b128 v[73:76], off, off offset:1200
	s_wait_loadcnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[25:32], v[57:58], v[67:68], v[25:32]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[25:28], off offset:1120
	scratch_store_b128 off, v[29:32], off offset:1136
	v_dual_mov_b32 v25, v165 :: v_dual_mov_b32 v26, v166
	v_dual_mov_b32 v27, v167 :: v_dual_mov_b32 v28, v168
	v_dual_mov_b32 v29, v169 :: v_dual_mov_b32 v30, v170
	v_dual_mov_b32 v31, v171 :: v_dual_mov_b32 v32, v172
	v_dual_mov_b32 v171, v47 :: v_dual_mov_b32 v166, v42
	v_dual_mov_b32 v172, v48 :: v_dual_mov_b32 v169, v45
	v_dual_mov_b32 v170, v46 :: v_dual_mov_b32 v167, v43
	v_dual_mov_b32 v168, v44 :: v_dual_mov_b32 v165, v41
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[53:54], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1184
	scratch_store_b128 off, v[73:76], off offset:1200
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:1152
	scratch_load_b128 v[73:76], off, off offset:1168
	s_wait_loadcnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[69:76], v[55:56], v[67:68], v[69:76]
	s_clause 0x1                            ; 32-byte Folded Spill
	scratch_store_b128 off, v[69:72], off offset:1152
	scratch_store_b128 off, v[73:76], off offset:1168
	s_branch .LBB0_7
.LBB0_6:
	.loc	1 0 15 is_stmt 0                ; spill.py:0:15
	v_dual_mov_b32 v228, v32 :: v_dual_mov_b32 v227, v31
	v_dual_mov_b32 v226, v30 :: v_dual_mov_b32 v225, v29
	v_dual_mov_b32 v224, v28 :: v_dual_mov_b32 v223, v27
	v_dual_mov_b32 v222, v26 :: v_dual_mov_b32 v221, v25
	v_dual_mov_b32 v164, v8 :: v_dual_mov_b32 v163, v7
	v_dual_mov_b32 v162, v6 :: v_dual_mov_b32 v161, v5
	v_dual_mov_b32 v160, v4 :: v_dual_mov_b32 v159, v3
	v_dual_mov_b32 v158, v2 :: v_dual_mov_b32 v157, v1
	v_dual_mov_b32 v66, v16 :: v_dual_mov_b32 v65, v15
	v_dual_mov_b32 v64, v14 :: v_dual_mov_b32 v63, v13
	v_dual_mov_b32 v62, v12 :: v_dual_mov_b32 v61, v11
	v_dual_mov_b32 v60, v10 :: v_dual_mov_b32 v59, v9
	s_clause 0x1f                           ; 512-byte Folded Reload
	scratch_load_b128 v[197:200], off, off offset:2880
	scratch_load_b128 v[201:204], off, off offset:2896
	scratch_load_b128 v[213:216], off, off offset:2912
	scratch_load_b128 v[217:220], off, off offset:2928
	scratch_load_b128 v[205:208], off, off offset:2944
	scratch_load_b128 v[209:212], off, off offset:2960
	scratch_load_b128 v[189:192], off, off offset:2976
	scratch_load_b128 v[193:196], off, off offset:2992
	scratch_load_b128 v[181:184], off, off offset:3008
	scratch_load_b128 v[185:188], off, off offset:3024
	scratch_load_b128 v[173:176], off, off offset:3040
	scratch_load_b128 v[177:180], off, off offset:3056
	scratch_load_b128 v[149:152], off, off offset:3072
	scratch_load_b128 v[153:156], off, off offset:3088
	scratch_load_b128 v[141:144], off, off offset:3104
	scratch_load_b128 v[145:148], off, off offset:3120
	scratch_load_b128 v[133:136], off, off offset:3136
	scratch_load_b128 v[137:140], off, off offset:3152
	scratch_load_b128 v[117:120], off, off offset:3168
	scratch_load_b128 v[121:124], off, off offset:3184
	scratch_load_b128 v[109:112], off, off offset:3200
	scratch_load_b128 v[113:116], off, off offset:3216
	scratch_load_b128 v[85:88], off, off offset:3232
	scratch_load_b128 v[89:92], off, off offset:3248
	scratch_load_b128 v[77:80], off, off offset:3264
	scratch_load_b128 v[81:84], off, off offset:3280
	scratch_load_b128 v[93:96], off, off offset:3296
	scratch_load_b128 v[97:100], off, off offset:3312
	scratch_load_b128 v[101:104], off, off offset:3328
	scratch_load_b128 v[105:108], off, off offset:3344
	scratch_load_b128 v[229:232], off, off offset:3360
	scratch_load_b128 v[233:236], off, off offset:3376
	s_clause 0x5                            ; 96-byte Folded Reload
	scratch_load_b128 v[1:4], off, off offset:2560
	scratch_load_b128 v[5:8], off, off offset:2576
	scratch_load_b128 v[9:12], off, off offset:2592
	scratch_load_b128 v[13:16], off, off offset:2608
	scratch_load_b128 v[25:28], off, off offset:3392
	scratch_load_b128 v[29:32], off, off offset:3408
	v_dual_mov_b32 v132, v40 :: v_dual_mov_b32 v131, v39
	v_dual_mov_b32 v130, v38 :: v_dual_mov_b32 v129, v37
	v_dual_mov_b32 v128, v36 :: v_dual_mov_b32 v127, v35
	v_dual_mov_b32 v126, v34 :: v_dual_mov_b32 v125, v33
	v_dual_mov_b32 v172, v48 :: v_dual_mov_b32 v171, v47
	v_dual_mov_b32 v170, v46 :: v_dual_mov_b32 v169, v45
	v_dual_mov_b32 v168, v44 :: v_dual_mov_b32 v167, v43
	v_dual_mov_b32 v166, v42 :: v_dual_mov_b32 v165, v41
.LBB0_7:                                ; %._crit_edge._crit_edge
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v0, s31, v238
	v_and_b32_e32 v50, 15, v238
	.loc	1 35 14                         ; spill.py:35:14
	s_wait_kmcnt 0x0
	s_mul_i32 s29, s28, s31
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s25, s25, 0xffff
	.loc	1 35 14                         ; spill.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s29, s29, s33
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v49, 48, v0
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:2368 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:2384 th:TH_LOAD_LU
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s19, s26, v49
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v49, s31, v50
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_or_b32_e32 v51, 16, v49
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s22, s26, v49
	v_cmp_gt_i32_e64 s21, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 32, v49
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s20, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 64, v49
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s18, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0x50, v49
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s17, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0x60, v49
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s16, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0x70, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s15, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0x80, v49
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s14, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0x90, v49
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s13, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0xa0, v49
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s12, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0xb0, v0
	v_or_b32_e32 v0, 0xf0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s11, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0xc0, v49
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e32 vcc_lo, s26, v0
	.loc	1 22 32                         ; spill.py:22:32
	v_lshrrev_b32_e32 v0, 1, v237
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s10, s26, v51
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v51, 0xd0, v49
	v_or_b32_e32 v49, 0xe0, v49
	.loc	1 22 32 is_stmt 0               ; spill.py:22:32
	v_and_b32_e32 v0, 24, v0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_cmp_gt_i32_e64 s9, s26, v51
	v_cmp_gt_i32_e64 s8, s26, v49
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v49, s33, v0
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v52, 32, v0
	v_or_b32_e32 v53, 64, v0
	v_or_b32_e32 v54, 0x60, v0
	v_or_b32_e32 v55, 0x80, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s7, s27, v49
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v49, s33, v52
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v56, 0xa0, v0
	v_or_b32_e32 v57, 0xc0, v0
	v_or_b32_e32 v58, 0xe0, v0
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s23, s22, s7
	.loc	1 36 57 is_stmt 0               ; spill.py:36:57
	v_cmp_gt_i32_e64 s6, s27, v49
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v49, s33, v53
	.loc	1 36 5                          ; spill.py:36:5
	s_mov_b32 s26, 0x7ffffffe
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 57 is_stmt 0               ; spill.py:36:57
	v_cmp_gt_i32_e64 s5, s27, v49
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v49, s33, v54
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s4, s27, v49
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v49, s33, v55
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s3, s27, v49
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v49, s33, v56
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s2, s27, v49
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v49, s33, v57
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s1, s27, v49
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v49, s33, v58
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s0, s27, v49
	.loc	1 35 14                         ; spill.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	v_or_b32_e32 v49, s29, v0
	v_mul_lo_u32 v0, s28, v50
	.loc	1 36 5                          ; spill.py:36:5
	s_mov_b32 s27, 0x31027000
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 35 14                         ; spill.py:35:14
	v_or_b32_e32 v51, 4, v49
	v_or_b32_e32 v42, 36, v49
	v_or_b32_e32 v34, 0x44, v49
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v50, v49, v0, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_lshl_u32 v41, v42, v0, 2
	v_add_lshl_u32 v33, v34, v0, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v50, 0x80000000, v50, s23
	buffer_store_b128 v[241:244], v50, s[24:27], null offen
	v_add_lshl_u32 v50, v51, v0, 2
	v_cndmask_b32_e64 v50, 0x80000000, v50, s23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s23, s22, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v41, 0x80000000, v41, s23
	buffer_store_b128 v[245:248], v50, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_or_b32_e32 v50, s29, v52
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v52, v50, v0, 2
	v_cndmask_b32_e64 v52, 0x80000000, v52, s23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s23, s22, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v33, 0x80000000, v33, s23
	s_wait_loadcnt 0x3
	buffer_store_b128 v[25:28], v52, s[24:27], null offen
	s_wait_loadcnt 0x2
	buffer_store_b128 v[29:32], v41, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_or_b32_e32 v41, s29, v53
	v_or_b32_e32 v26, 0x64, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v43, v41, v0, 2
	v_add_lshl_u32 v25, v26, v0, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v43, 0x80000000, v43, s23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s23, s22, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v25, 0x80000000, v25, s23
	s_clause 0x1
	buffer_store_b128 v[9:12], v43, s[24:27], null offen
	buffer_store_b128 v[13:16], v33, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_or_b32_e32 v33, s29, v54
	v_or_b32_e32 v10, 0x84, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v35, v33, v0, 2
	v_add_lshl_u32 v9, v10, v0, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v35, 0x80000000, v35, s23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s23, s22, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v9, 0x80000000, v9, s23
	s_clause 0x1
	buffer_store_b128 v[1:4], v35, s[24:27], null offen
	buffer_store_b128 v[5:8], v25, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_or_b32_e32 v25, s29, v55
	v_or_b32_e32 v2, 0xa4, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v27, v25, v0, 2
	v_add_lshl_u32 v1, v2, v0, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v27, 0x80000000, v27, s23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s23, s22, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s23
	s_clause 0x1
	buffer_store_b128 v[229:232], v27, s[24:27], null offen
	buffer_store_b128 v[233:236], v9, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_or_b32_e32 v9, s29, v56
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[229:232], off, off offset:2688 th:TH_LOAD_LU
	scratch_load_b128 v[233:236], off, off offset:2704 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v11, v9, v0, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v11, 0x80000000, v11, s23
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s23, s22, s1
	s_and_b32 s22, s22, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[101:104], v11, s[24:27], null offen
	buffer_store_b128 v[105:108], v1, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_or_b32_e32 v1, s29, v57
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[101:104], off, off offset:3680 th:TH_LOAD_LU
	scratch_load_b128 v[105:108], off, off offset:3696 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v3, v1, v0, 2
	.loc	1 35 14                         ; spill.py:35:14
	v_mad_co_u64_u32 v[11:12], null, 0xe0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v3, 0x80000000, v3, s23
	buffer_store_b128 v[93:96], v3, s[24:27], null offen
	.loc	1 35 14                         ; spill.py:35:14
	v_or_b32_e32 v3, 0xc4, v49
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v4, v3, v0, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v4, 0x80000000, v4, s23
	buffer_store_b128 v[97:100], v4, s[24:27], null offen
	.loc	1 35 14                         ; spill.py:35:14
	v_or_b32_e32 v4, s29, v58
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[93:96], off, off offset:3648 th:TH_LOAD_LU
	scratch_load_b128 v[97:100], off, off offset:3664 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v5, v4, v0, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v5, 0x80000000, v5, s22
	buffer_store_b128 v[77:80], v5, s[24:27], null offen
	.loc	1 35 14                         ; spill.py:35:14
	v_or_b32_e32 v5, 0xe4, v49
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v6, v5, v0, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s22
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s22, s21, s7
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[81:84], v6, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2528 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2544 th:TH_LOAD_LU
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_lshl_add_u32 v6, s28, 4, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s22, s21, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2496 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2512 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v50, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s22, s21, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2464 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2480 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	buffer_store_b128 v[85:88], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s22, s21, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[89:92], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v33, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[85:88], off, off offset:3616 th:TH_LOAD_LU
	scratch_load_b128 v[89:92], off, off offset:3632 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s22, s21, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2432 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2448 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	buffer_store_b128 v[109:112], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s22, s21, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[113:116], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[109:112], off, off offset:3712 th:TH_LOAD_LU
	scratch_load_b128 v[113:116], off, off offset:3728 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s22, s21, s1
	s_and_b32 s21, s21, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2400 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2416 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	s_wait_loadcnt 0x1
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s22
	s_wait_loadcnt 0x0
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2336 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2352 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	v_cndmask_b32_e64 v6, 0x80000000, v6, s21
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s21, s20, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_lshl_add_u32 v6, s28, 5, v0
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:2240 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:2256 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	buffer_store_b128 v[117:120], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s21, s20, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[121:124], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[117:120], off, off offset:3744 th:TH_LOAD_LU
	scratch_load_b128 v[121:124], off, off offset:3760 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	s_wait_loadcnt 0x5
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s21, s20, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x4
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2304 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2320 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	buffer_store_b128 v[133:136], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s21, s20, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[137:140], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v33, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[133:136], off, off offset:3808 th:TH_LOAD_LU
	scratch_load_b128 v[137:140], off, off offset:3824 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s21, s20, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2272 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2288 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	buffer_store_b128 v[141:144], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s21, s20, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[145:148], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[141:144], off, off offset:3840 th:TH_LOAD_LU
	scratch_load_b128 v[145:148], off, off offset:3856 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s21, s20, s1
	s_and_b32 s20, s20, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v1, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2176 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2192 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s21
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:2208 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:2224 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	v_cndmask_b32_e64 v6, 0x80000000, v6, s20
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s20, s19, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, s28, 48, v[0:1]
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:1088 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:1104 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	buffer_store_b128 v[149:152], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s20, s19, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[153:156], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[149:152], off, off offset:3872 th:TH_LOAD_LU
	scratch_load_b128 v[153:156], off, off offset:3888 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s20, s19, s5
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2144 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2160 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	buffer_store_b128 v[173:176], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s20, s19, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[177:180], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v33, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[173:176], off, off offset:3968 th:TH_LOAD_LU
	scratch_load_b128 v[177:180], off, off offset:3984 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s20, s19, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2112 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2128 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	buffer_store_b128 v[181:184], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s20, s19, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[185:188], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[181:184], off, off offset:4000 th:TH_LOAD_LU
	scratch_load_b128 v[185:188], off, off offset:4016 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s20, s19, s1
	s_and_b32 s19, s19, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2080 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2096 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	s_wait_loadcnt 0x1
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s20
	s_wait_loadcnt 0x0
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:1056 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:1072 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	v_cndmask_b32_e64 v6, 0x80000000, v6, s19
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s19, s18, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_lshl_add_u32 v6, s28, 6, v0
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:992 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:1008 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	buffer_store_b128 v[189:192], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s19, s18, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[193:196], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[189:192], off, off offset:2848 th:TH_LOAD_LU
	scratch_load_b128 v[193:196], off, off offset:2864 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	s_wait_loadcnt 0x5
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s19, s18, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x4
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:1024 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:1040 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	buffer_store_b128 v[205:208], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s19, s18, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[209:212], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v33, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[205:208], off, off offset:2784 th:TH_LOAD_LU
	scratch_load_b128 v[209:212], off, off offset:2800 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	s_wait_loadcnt 0x3
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s19, s18, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v25, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:928 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:944 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	buffer_store_b128 v[213:216], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s19, s18, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[217:220], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[213:216], off, off offset:2752 th:TH_LOAD_LU
	scratch_load_b128 v[217:220], off, off offset:2768 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s19, s18, s1
	s_and_b32 s18, s18, s0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:960 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:976 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	buffer_store_b128 v[197:200], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s19
	buffer_store_b128 v[201:204], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[197:200], off, off offset:2816 th:TH_LOAD_LU
	scratch_load_b128 v[201:204], off, off offset:2832 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	v_cndmask_b32_e64 v6, 0x80000000, v6, s18
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s18, s17, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x3
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	s_wait_loadcnt 0x2
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:896 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:912 th:TH_LOAD_LU
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0x50, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s18, s17, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[81:84], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[77:80], off, off offset:2624 th:TH_LOAD_LU
	scratch_load_b128 v[81:84], off, off offset:2640 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x3
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s18, s17, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:864 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:880 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s18, s17, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:832 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:848 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v33, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s18, s17, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:800 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:816 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s18, s17, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:768 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:784 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s18, s17, s1
	s_and_b32 s17, s17, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:736 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:752 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s18
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:704 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:720 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	v_cndmask_b32_e64 v6, 0x80000000, v6, s17
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s17, s16, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:672 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:688 th:TH_LOAD_LU
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0x60, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s17, s16, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:640 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:656 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v50, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s17, s16, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:608 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:624 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s17, s16, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:576 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:592 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v33, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s17, s16, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:544 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:560 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s17, s16, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:512 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:528 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s17, s16, s1
	s_and_b32 s16, s16, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:480 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:496 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s17
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:448 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:464 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	v_cndmask_b32_e64 v6, 0x80000000, v6, s16
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s16, s15, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:416 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:432 th:TH_LOAD_LU
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0x70, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s16, s15, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:384 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:400 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v50, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s16, s15, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:352 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:368 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s16, s15, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:320 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:336 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v33, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s16, s15, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:288 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:304 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s16, s15, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:256 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:272 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s16, s15, s1
	s_and_b32 s15, s15, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:224 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:240 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s16
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:192 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:208 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	v_cndmask_b32_e64 v6, 0x80000000, v6, s15
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s15, s14, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v6, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:160 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:176 th:TH_LOAD_LU
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_lshl_add_u32 v6, s28, 7, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s15, s14, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:128 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:144 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v50, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s15, s14, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:96 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:112 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s15, s14, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:64 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:80 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v33, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s15, s14, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off offset:32 th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:48 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s15, s14, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[67:70], off, off th:TH_LOAD_LU
	scratch_load_b128 v[71:74], off, off offset:16 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	s_wait_loadcnt 0x1
	buffer_store_b128 v[67:70], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s15, s14, s1
	s_and_b32 s14, s14, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[71:74], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v1, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[69:72], off, off offset:2656 th:TH_LOAD_LU
	scratch_load_b128 v[73:76], off, off offset:2672 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	buffer_store_b128 v[59:62], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:2048 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:2064 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s15
	buffer_store_b128 v[63:66], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	v_cndmask_b32_e64 v6, 0x80000000, v6, s14
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s14, s13, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[157:160], v7, s[24:27], null offen
	buffer_store_b128 v[161:164], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0x90, s28, v[0:1]
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[157:160], off, off offset:3904 th:TH_LOAD_LU
	scratch_load_b128 v[161:164], off, off offset:3920 th:TH_LOAD_LU
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	buffer_store_b128 v[165:168], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s14, s13, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[169:172], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[165:168], off, off offset:3936 th:TH_LOAD_LU
	scratch_load_b128 v[169:172], off, off offset:3952 th:TH_LOAD_LU
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	buffer_store_b128 v[221:224], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s14, s13, s5
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[225:228], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[221:224], off, off offset:2720 th:TH_LOAD_LU
	scratch_load_b128 v[225:228], off, off offset:2736 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	buffer_store_b128 v[125:128], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s14, s13, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[129:132], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[125:128], off, off offset:3776 th:TH_LOAD_LU
	scratch_load_b128 v[129:132], off, off offset:3792 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v33, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	s_wait_loadcnt 0xb
	buffer_store_b128 v[69:72], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s14, s13, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0xa
	buffer_store_b128 v[73:76], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	buffer_store_b128 v[229:232], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s14, s13, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[233:236], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	s_wait_loadcnt 0x3
	buffer_store_b128 v[221:224], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s14, s13, s1
	s_and_b32 s13, s13, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x2
	buffer_store_b128 v[225:228], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v1, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	buffer_store_b128 v[213:216], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s14
	buffer_store_b128 v[217:220], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	v_cndmask_b32_e64 v6, 0x80000000, v6, s13
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s13, s12, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[205:208], v7, s[24:27], null offen
	buffer_store_b128 v[209:212], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0xa0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[197:200], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s13, s12, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[201:204], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[189:192], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s13, s12, s5
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[193:196], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v41, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[181:184], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s13, s12, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[185:188], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v33, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[173:176], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s13, s12, s3
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[177:180], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v25, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[165:168], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s13, s12, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[169:172], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[157:160], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s13, s12, s1
	s_and_b32 s12, s12, s0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[161:164], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v1, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[149:152], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s13
	buffer_store_b128 v[153:156], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s12
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s12, s11, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[141:144], v7, s[24:27], null offen
	buffer_store_b128 v[145:148], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0xb0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[133:136], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s12, s11, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[137:140], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v50, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	s_wait_loadcnt 0x1
	buffer_store_b128 v[125:128], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s12, s11, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[129:132], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v41, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[117:120], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s12, s11, s4
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[121:124], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v33, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[109:112], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s12, s11, s3
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[113:116], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v25, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[101:104], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s12, s11, s2
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[105:108], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v9, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[93:96], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s12, s11, s1
	s_and_b32 s11, s11, s0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[97:100], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v1, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[85:88], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v3, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s12
	buffer_store_b128 v[89:92], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v4, v6, 2
	v_add_lshl_u32 v6, v5, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s11
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s11, s10, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_clause 0x1
	buffer_store_b128 v[77:80], v7, s[24:27], null offen
	buffer_store_b128 v[81:84], v6, s[24:27], null offen
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[6:7], null, 0xc0, s28, v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v7, v49, v6, 2
	v_add_lshl_u32 v13, v3, v6, 2
	v_add_lshl_u32 v12, v4, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	buffer_store_b128 v[52:55], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v51, v6, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s11, s10, s6
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:2016 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:2032 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v50, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v42, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s11, s10, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1984 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:2000 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v41, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v34, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s11, s10, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:3584 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:3600 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v33, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v26, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s11, s10, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1952 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1968 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v25, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v10, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s11, s10, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1920 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1936 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v9, v6, 2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v7, s[24:27], null offen
	v_add_lshl_u32 v7, v2, v6, 2
	v_cndmask_b32_e64 v7, 0x80000000, v7, s11
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s11, s10, s1
	s_and_b32 s10, s10, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v14, 0x80000000, v13, s11
	v_cndmask_b32_e64 v15, 0x80000000, v12, s10
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1888 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1904 th:TH_LOAD_LU
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mad_co_u64_u32 v[7:8], null, 0xd0, s28, v[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v8, v1, v6, 2
	.loc	1 35 14                         ; spill.py:35:14
	v_mad_co_u64_u32 v[12:13], null, 0xf0, s28, v[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v0, v5, v6, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s11
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	v_add_lshl_u32 v6, v49, v7, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b32 s10, s9, s7
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v13, v50, v7, 2
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s10
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v14, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1856 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1872 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v51, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s10, s9, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v13, 0x80000000, v13, s10
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v15, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1824 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1840 th:TH_LOAD_LU
	v_add_lshl_u32 v0, v42, v7, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s10, s9, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1792 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1808 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v41, v7, 2
	v_add_lshl_u32 v8, v34, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s10
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s10, s9, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v13, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1760 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1776 th:TH_LOAD_LU
	v_add_lshl_u32 v13, v33, v7, 2
	v_add_lshl_u32 v0, v26, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v13, 0x80000000, v13, s10
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s10, s9, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1728 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1744 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v25, v7, 2
	v_add_lshl_u32 v8, v10, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s10
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s10, s9, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v13, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1696 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1712 th:TH_LOAD_LU
	v_add_lshl_u32 v13, v9, v7, 2
	v_add_lshl_u32 v0, v2, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v13, 0x80000000, v13, s10
	v_cndmask_b32_e64 v0, 0x80000000, v0, s10
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s10, s9, s1
	s_and_b32 s9, s9, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1664 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1680 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v1, v7, 2
	v_add_lshl_u32 v8, v3, v7, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s10
	v_cndmask_b32_e64 v8, 0x80000000, v8, s10
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v13, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1632 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1648 th:TH_LOAD_LU
	v_add_lshl_u32 v13, v4, v7, 2
	v_add_lshl_u32 v0, v5, v7, 2
	v_add_lshl_u32 v7, v51, v11, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v13, 0x80000000, v13, s9
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s7
	s_and_b32 s7, vcc_lo, s7
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1600 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1616 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v49, v11, 2
	v_add_lshl_u32 v8, v50, v11, 2
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s6
	s_and_b32 s6, vcc_lo, s6
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_alu depctr_sa_sdst(0)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v13, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1568 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1584 th:TH_LOAD_LU
	v_add_lshl_u32 v0, v42, v11, 2
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s5
	s_and_b32 s5, vcc_lo, s5
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1536 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1552 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v41, v11, 2
	v_add_lshl_u32 v7, v34, v11, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s9
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s4
	s_and_b32 s4, vcc_lo, s4
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1504 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1520 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v33, v11, 2
	v_add_lshl_u32 v0, v26, v11, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s3
	s_and_b32 s3, vcc_lo, s3
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1472 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1488 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v25, v11, 2
	v_add_lshl_u32 v7, v10, v11, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s9
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s2
	s_and_b32 s2, vcc_lo, s2
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1440 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1456 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v11, 2
	v_add_lshl_u32 v0, v2, v11, 2
	v_add_lshl_u32 v2, v2, v12, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s9
	v_cndmask_b32_e64 v0, 0x80000000, v0, s9
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b32 s9, s8, s1
	s_and_b32 s8, s8, s0
	s_and_b32 s1, vcc_lo, s1
	s_and_b32 vcc_lo, vcc_lo, s0
	.loc	1 36 5                          ; spill.py:36:5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1408 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1424 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v1, v11, 2
	v_add_lshl_u32 v7, v3, v11, 2
	v_add_lshl_u32 v1, v1, v12, 2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s9
	v_cndmask_b32_e64 v7, 0x80000000, v7, s9
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s1
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1376 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1392 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v4, v11, 2
	v_add_lshl_u32 v0, v5, v11, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v8, 0x80000000, v8, s8
	v_cndmask_b32_e64 v0, 0x80000000, v0, s8
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[56:59], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[52:55], off, off offset:1344 th:TH_LOAD_LU
	scratch_load_b128 v[56:59], off, off offset:1360 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v49, v12, 2
	v_add_lshl_u32 v7, v51, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s7
	v_cndmask_b32_e64 v7, 0x80000000, v7, s7
	s_wait_loadcnt 0x1
	buffer_store_b128 v[52:55], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v50, v12, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[43:46], off, off offset:1312 th:TH_LOAD_LU
	scratch_load_b128 v[47:50], off, off offset:1328 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	buffer_store_b128 v[56:59], v0, s[24:27], null offen
	v_add_lshl_u32 v0, v42, v12, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s6
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s6
	s_wait_loadcnt 0x1
	buffer_store_b128 v[43:46], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[47:50], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[42:45], off, off offset:1280 th:TH_LOAD_LU
	scratch_load_b128 v[46:49], off, off offset:1296 th:TH_LOAD_LU
	v_add_lshl_u32 v7, v34, v12, 2
	v_add_lshl_u32 v6, v41, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v7, 0x80000000, v7, s5
	v_cndmask_b32_e64 v6, 0x80000000, v6, s5
	s_wait_loadcnt 0x1
	buffer_store_b128 v[42:45], v8, s[24:27], null offen
	v_add_lshl_u32 v8, v33, v12, 2
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[27:30], off, off offset:1248 th:TH_LOAD_LU
	scratch_load_b128 v[31:34], off, off offset:1264 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	buffer_store_b128 v[46:49], v0, s[24:27], null offen
	v_add_lshl_u32 v0, v26, v12, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s4
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v0, 0x80000000, v0, s4
	s_wait_loadcnt 0x1
	buffer_store_b128 v[27:30], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[31:34], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[26:29], off, off offset:1216 th:TH_LOAD_LU
	scratch_load_b128 v[30:33], off, off offset:1232 th:TH_LOAD_LU
	v_add_lshl_u32 v6, v25, v12, 2
	v_add_lshl_u32 v7, v10, v12, 2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v6, 0x80000000, v6, s3
	v_cndmask_b32_e64 v7, 0x80000000, v7, s3
	s_wait_loadcnt 0x1
	buffer_store_b128 v[26:29], v8, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[30:33], v0, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1184 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:1200 th:TH_LOAD_LU
	v_add_lshl_u32 v8, v9, v12, 2
	v_cndmask_b32_e64 v0, 0x80000000, v2, s2
	v_add_lshl_u32 v2, v3, v12, 2
	v_add_lshl_u32 v3, v4, v12, 2
	v_add_lshl_u32 v4, v5, v12, 2
	v_cndmask_b32_e64 v8, 0x80000000, v8, s2
	s_wait_loadcnt 0x1
	buffer_store_b128 v[25:28], v6, s[24:27], null offen
	s_wait_loadcnt 0x0
	buffer_store_b128 v[29:32], v7, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[25:28], off, off offset:1152 th:TH_LOAD_LU
	scratch_load_b128 v[29:32], off, off offset:1168 th:TH_LOAD_LU
	v_cndmask_b32_e64 v2, 0x80000000, v2, s1
	v_dual_cndmask_b32 v3, 0x80000000, v3 :: v_dual_cndmask_b32 v4, 0x80000000, v4
	s_wait_loadcnt 0x1
	buffer_store_b128 v[25:28], v8, s[24:27], null offen
	s_clause 0x1                            ; 32-byte Folded Reload
	scratch_load_b128 v[5:8], off, off offset:1120 th:TH_LOAD_LU
	scratch_load_b128 v[9:12], off, off offset:1136 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	buffer_store_b128 v[29:32], v0, s[24:27], null offen
	s_wait_loadcnt 0x1
	buffer_store_b128 v[5:8], v1, s[24:27], null offen
	s_wait_loadcnt 0x0
	s_clause 0x2
	buffer_store_b128 v[9:12], v2, s[24:27], null offen
	buffer_store_b128 v[17:20], v3, s[24:27], null offen
	buffer_store_b128 v[21:24], v4, s[24:27], null offen
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.Ltmp5:
.Lfunc_end0:
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-oversized_tile_fp8_gemm)<<4)&4080)>>4
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
                                        ; -- End function
	.set .Loversized_tile_fp8_gemm.num_vgpr, 256
	.set .Loversized_tile_fp8_gemm.num_agpr, 0
	.set .Loversized_tile_fp8_gemm.numbered_sgpr, 34
	.set .Loversized_tile_fp8_gemm.num_named_barrier, 0
	.set .Loversized_tile_fp8_gemm.private_seg_size, 4056
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 1
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 39440
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
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
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
    .vgpr_spill_count: 3714
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu12.01-amd-amdhsa-unknown-gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

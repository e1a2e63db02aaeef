	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
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
	v_mov_b32_e32 v252, v0
.Ltmp1:
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_and_b32_e32 v0, 63, v252
	.loc	1 31 20                         ; spill.py:31:20
	v_readfirstlane_b32 s0, v252
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s41, s0, 64
	s_mov_b64 s[92:93], s[2:3]
	s_mov_b32 s33, s13
	.loc	1 22 21                         ; spill.py:22:21
	s_lshl_b32 s96, s16, 8
	.loc	1 22 44 is_stmt 0               ; spill.py:22:44
	v_or_b32_e32 v1, s41, v0
	.loc	1 23 21 is_stmt 1               ; spill.py:23:21
	s_lshl_b32 s97, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17                         ; standard.py:43:17 @[ spill.py:29:33 ]
	s_add_i32 s13, s10, 15
.Ltmp3:
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s2, s10, -1
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v2, 0x80, v1
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v3, s96, v1
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_u32 s2, 0x7ffffff0
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v4, s96, v2
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e32 vcc, s8, v3
	.loc	1 29 22                         ; spill.py:29:22
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v14, s97, v2
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v2, v3, s11
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e64 s[0:1], s8, v4
	.loc	1 30 20 is_stmt 0               ; spill.py:30:20
	v_bfrev_b32_e32 v95, 1
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_and_b64 s[2:3], s[16:17], vcc
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v10, s97, v1
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v5, v4, s11
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v11, v95, v2, s[2:3]
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[2:3], s[16:17], s[0:1]
	.loc	1 30 20                         ; spill.py:30:20
	s_and_b32 s93, s93, 0xffff
	s_mov_b32 s95, 0x27000
	s_mov_b32 s94, 0x7ffffffe
	v_cndmask_b32_e64 v12, v95, v5, s[2:3]
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[2:3], s9, v10
	.loc	1 30 20                         ; spill.py:30:20
	buffer_load_dwordx4 v[2:5], v11, s[92:95], 0 offen
	buffer_load_dwordx4 v[6:9], v12, s[92:95], 0 offen
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v11, v10, s12
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[14:15], s[16:17], s[2:3]
	s_mov_b64 s[88:89], s[6:7]
	.loc	1 31 20                         ; spill.py:31:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s94
	s_mov_b32 s7, s95
	v_cndmask_b32_e64 v10, v95, v11, s[14:15]
	buffer_load_dwordx4 v[10:13], v10, s[4:7], 0 offen
	.loc	1 31 52 is_stmt 0               ; spill.py:31:52
	v_cmp_gt_i32_e64 s[48:49], s9, v14
	.loc	1 26 51 is_stmt 1               ; spill.py:26:51
	v_mul_lo_u32 v15, v14, s12
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[14:15], s[16:17], s[48:49]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v14, v95, v15, s[14:15]
	buffer_load_dwordx4 v[14:17], v14, s[4:7], 0 offen
	.loc	1 30 20                         ; spill.py:30:20
	v_bfe_i32 v19, v252, 3, 1
	s_movk_i32 s6, 0x770
	v_and_b32_e32 v34, 0x84, v19
	v_lshlrev_b32_e32 v1, 4, v1
	v_and_or_b32 v1, v1, s6, v34
	v_add_u32_e32 v82, 0, v1
	v_xor_b32_e32 v1, 4, v1
	.loc	1 22 44                         ; spill.py:22:44
	v_lshrrev_b32_e32 v18, 3, v252
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v90, 0, v1
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v253, 4, v18
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v83, 0x800, v82
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v86, 0x1000, v82
	v_add_u32_e32 v87, 0x1800, v82
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v242, 0x800, v90
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v243, 0x1000, v90
	v_add_u32_e32 v244, 0x1800, v90
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s13, 32
	v_lshlrev_b32_e32 v35, 4, v252
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(3)
	ds_write2_b32 v82, v2, v4 offset1:2
	ds_write2_b32 v90, v3, v5 offset1:2
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(1)
	ds_write2_b32 v86, v10, v12 offset1:2
	ds_write2_b32 v243, v11, v13 offset1:2
	.loc	1 30 20                         ; spill.py:30:20
	ds_write2_b32 v83, v6, v8 offset1:2
	ds_write2_b32 v242, v7, v9 offset1:2
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(0)
	ds_write2_b32 v87, v14, v16 offset1:2
	ds_write2_b32 v244, v15, v17 offset1:2
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	s_movk_i32 s6, 0x170
	v_and_or_b32 v1, v35, s6, v34
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s6, s97, s41
	v_add_u32_e32 v2, s6, v0
	v_add_u32_e32 v3, 0x80, v2
	v_mad_u64_u32 v[246:247], s[6:7], s12, v3, 16
	v_mad_u64_u32 v[248:249], s[6:7], s12, v2, 16
	v_xor_b32_e32 v1, v1, v253
	s_add_i32 s6, s96, s41
	s_lshl3_add_u32 s14, s41, 0
	v_add_u32_e32 v0, s6, v0
	v_add_u32_e32 v96, 0, v1
	scratch_store_dword off, v252, off offset:1216 ; 4-byte Folded Spill
	scratch_store_dword off, v253, off offset:1024 ; 4-byte Folded Spill
	v_add_u32_e32 v2, 0x80, v0
	v_mad_u64_u32 v[252:253], s[6:7], s11, v0, 16
	v_add_u32_e32 v0, s14, v1
	v_add_u32_e32 v1, 0x800, v96
	v_accvgpr_write_b32 a251, v1
	v_add_u32_e32 v1, 0xc00, v96
	v_accvgpr_write_b32 a242, v1
	v_add_u32_e32 v1, 0x1000, v0
	v_accvgpr_write_b32 a247, v1
	v_add_u32_e32 v1, 0x1400, v0
	v_mov_b32_e32 v210, 0
	v_accvgpr_write_b32 a245, v1
	v_add_u32_e32 v1, 0x1800, v0
	v_mad_u64_u32 v[250:251], s[6:7], s11, v2, 16
	v_accvgpr_write_b32 a249, v1
	v_mov_b32_e32 v1, v210
	v_mov_b32_e32 v3, v210
	v_mov_b32_e32 v2, v210
	v_mov_b32_e32 v4, v210
	v_add_u32_e32 v0, 0x1c00, v0
	v_accvgpr_write_b32 a243, v0
	v_mov_b32_e32 v0, v210
	v_mov_b32_e32 v5, v210
	v_mov_b32_e32 v6, v210
	v_mov_b32_e32 v7, v210
	v_mov_b32_e32 v8, v210
	v_mov_b32_e32 v9, v210
	v_mov_b32_e32 v10, v210
	v_mov_b32_e32 v11, v210
	v_mov_b32_e32 v12, v210
	v_mov_b32_e32 v13, v210
	v_mov_b32_e32 v14, v210
	v_mov_b32_e32 v15, v210
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:240 ; 16-byte Folded Spill
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
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	v_mov_b32_e32 v33, v210
	v_mov_b32_e32 v81, v210
	v_writelane_b32 v255, s13, 0
	v_mov_b32_e32 v18, v210
	v_mov_b32_e32 v19, v210
.Ltmp4:
	.loc	2 43 30 is_stmt 1               ; standard.py:43:30 @[ spill.py:29:33 ]
	s_lshr_b32 s13, s13, 4
	v_mov_b32_e32 v20, v210
	v_mov_b32_e32 v21, v210
	v_mov_b32_e32 v22, v210
	v_mov_b32_e32 v23, v210
	v_mov_b32_e32 v24, v210
	v_mov_b32_e32 v25, v210
	v_mov_b32_e32 v26, v210
	v_mov_b32_e32 v27, v210
	v_mov_b32_e32 v28, v210
	v_mov_b32_e32 v29, v210
	v_mov_b32_e32 v30, v210
	v_mov_b32_e32 v31, v210
	v_mov_b32_e32 v32, v210
	v_accvgpr_write_b32 a129, v33
	v_mov_b32_e32 v66, v210
	v_mov_b32_e32 v67, v210
	v_mov_b32_e32 v68, v210
	v_mov_b32_e32 v69, v210
	v_mov_b32_e32 v70, v210
	v_mov_b32_e32 v71, v210
	v_mov_b32_e32 v72, v210
	v_mov_b32_e32 v73, v210
	v_mov_b32_e32 v74, v210
	v_mov_b32_e32 v75, v210
	v_mov_b32_e32 v76, v210
	v_mov_b32_e32 v77, v210
	v_mov_b32_e32 v78, v210
	v_mov_b32_e32 v79, v210
	v_mov_b32_e32 v80, v210
	v_accvgpr_write_b32 a113, v81
	scratch_store_dword off, v34, off offset:960 ; 4-byte Folded Spill
	scratch_store_dword off, v35, off offset:896 ; 4-byte Folded Spill
	v_writelane_b32 v255, s41, 1
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
.Ltmp5:
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s98, s13, -1
	s_add_i32 s99, s10, -16
	s_movk_i32 s90, 0x7f
	v_mov_b32_e32 v97, 0x7e00
	v_mov_b32_e32 v85, 0x1800
	v_mov_b32_e32 v88, 0x1c00
	v_mov_b32_e32 v84, 0x1e00
	v_mov_b32_e32 v254, 0x2000
	v_mov_b32_e32 v89, 0x2100
	v_mov_b32_e32 v91, 0x2200
	v_mov_b32_e32 v92, 0x2300
	s_mov_b32 s91, 0x5040100
	s_mov_b32 s6, s94
	s_mov_b32 s7, s95
	v_mov_b32_e32 v93, 8
	v_mov_b32_e32 v94, 7
	v_accvgpr_write_b32 a241, v33
	v_mov_b32_e32 v211, v210
	v_accvgpr_write_b32 a225, v33
	v_mov_b32_e32 v212, v210
	v_mov_b32_e32 v213, v210
	v_mov_b32_e32 v214, v210
	v_mov_b32_e32 v215, v210
	v_mov_b32_e32 v216, v210
	v_mov_b32_e32 v217, v210
	v_mov_b32_e32 v218, v210
	v_mov_b32_e32 v219, v210
	v_mov_b32_e32 v220, v210
	v_mov_b32_e32 v221, v210
	v_mov_b32_e32 v222, v210
	v_mov_b32_e32 v223, v210
	v_mov_b32_e32 v224, v210
	v_mov_b32_e32 v225, v210
	v_accvgpr_write_b32 a194, v210
	v_accvgpr_write_b32 a195, v210
	v_accvgpr_write_b32 a196, v210
	v_accvgpr_write_b32 a197, v210
	v_accvgpr_write_b32 a198, v210
	v_accvgpr_write_b32 a199, v210
	v_accvgpr_write_b32 a200, v210
	v_accvgpr_write_b32 a201, v210
	v_accvgpr_write_b32 a202, v210
	v_accvgpr_write_b32 a203, v210
	v_accvgpr_write_b32 a204, v210
	v_accvgpr_write_b32 a205, v210
	v_accvgpr_write_b32 a207, v210
	v_accvgpr_write_b32 a208, v210
	v_accvgpr_write_b32 a209, v210
	v_accvgpr_write_b32 a206, v210
	v_accvgpr_write_b32 a32, v210
	v_accvgpr_write_b32 a33, v210
	v_accvgpr_write_b32 a34, v210
	v_accvgpr_write_b32 a35, v210
	v_accvgpr_write_b32 a36, v210
	v_accvgpr_write_b32 a37, v210
	v_accvgpr_write_b32 a38, v210
	v_accvgpr_write_b32 a39, v210
	v_accvgpr_write_b32 a40, v210
	v_accvgpr_write_b32 a41, v210
	v_accvgpr_write_b32 a42, v210
	v_accvgpr_write_b32 a43, v210
	v_accvgpr_write_b32 a44, v210
	v_accvgpr_write_b32 a45, v210
	v_accvgpr_write_b32 a46, v210
	v_accvgpr_write_b32 a47, v210
	v_accvgpr_write_b32 a16, v210
	v_accvgpr_write_b32 a17, v210
	v_accvgpr_write_b32 a18, v210
	v_accvgpr_write_b32 a19, v210
	v_accvgpr_write_b32 a20, v210
	v_accvgpr_write_b32 a21, v210
	v_accvgpr_write_b32 a22, v210
	v_accvgpr_write_b32 a23, v210
	v_accvgpr_write_b32 a24, v210
	v_accvgpr_write_b32 a25, v210
	v_accvgpr_write_b32 a26, v210
	v_accvgpr_write_b32 a27, v210
	v_accvgpr_write_b32 a28, v210
	v_accvgpr_write_b32 a29, v210
	v_accvgpr_write_b32 a30, v210
	v_accvgpr_write_b32 a31, v210
	v_accvgpr_write_b32 a130, v210
	v_accvgpr_write_b32 a131, v210
	v_accvgpr_write_b32 a132, v210
	v_accvgpr_write_b32 a133, v210
	v_accvgpr_write_b32 a134, v210
	v_accvgpr_write_b32 a135, v210
	v_accvgpr_write_b32 a136, v210
	v_accvgpr_write_b32 a137, v210
	v_accvgpr_write_b32 a138, v210
	v_accvgpr_write_b32 a139, v210
	v_accvgpr_write_b32 a140, v210
	v_accvgpr_write_b32 a141, v210
	v_accvgpr_write_b32 a142, v210
	v_accvgpr_write_b32 a143, v210
	v_accvgpr_write_b32 a144, v210
	v_accvgpr_write_b32 a145, v210
	v_accvgpr_write_b32 a240, v32
	v_accvgpr_write_b32 a239, v31
	v_accvgpr_write_b32 a238, v30
	v_accvgpr_write_b32 a237, v29
	v_accvgpr_write_b32 a236, v28
	v_accvgpr_write_b32 a235, v27
	v_accvgpr_write_b32 a234, v26
	v_accvgpr_write_b32 a233, v25
	v_accvgpr_write_b32 a232, v24
	v_accvgpr_write_b32 a231, v23
	v_accvgpr_write_b32 a230, v22
	v_accvgpr_write_b32 a229, v21
	v_accvgpr_write_b32 a228, v20
	v_accvgpr_write_b32 a227, v19
	v_accvgpr_write_b32 a226, v18
	v_accvgpr_write_b32 a224, v32
	v_accvgpr_write_b32 a223, v31
	v_accvgpr_write_b32 a222, v30
	v_accvgpr_write_b32 a221, v29
	v_accvgpr_write_b32 a220, v28
	v_accvgpr_write_b32 a219, v27
	v_accvgpr_write_b32 a218, v26
	v_accvgpr_write_b32 a217, v25
	v_accvgpr_write_b32 a216, v24
	v_accvgpr_write_b32 a215, v23
	v_accvgpr_write_b32 a214, v22
	v_accvgpr_write_b32 a213, v21
	v_accvgpr_write_b32 a212, v20
	v_accvgpr_write_b32 a211, v19
	v_accvgpr_write_b32 a210, v18
	v_accvgpr_write_b32 a128, v32
	v_accvgpr_write_b32 a127, v31
	v_accvgpr_write_b32 a126, v30
	v_accvgpr_write_b32 a125, v29
	v_accvgpr_write_b32 a124, v28
	v_accvgpr_write_b32 a123, v27
	v_accvgpr_write_b32 a122, v26
	v_accvgpr_write_b32 a121, v25
	v_accvgpr_write_b32 a120, v24
	v_accvgpr_write_b32 a119, v23
	v_accvgpr_write_b32 a118, v22
	v_accvgpr_write_b32 a117, v21
	v_accvgpr_write_b32 a116, v20
	v_accvgpr_write_b32 a115, v19
	v_accvgpr_write_b32 a114, v18
	v_accvgpr_write_b32 a112, v80
	v_accvgpr_write_b32 a111, v79
	v_accvgpr_write_b32 a110, v78
	v_accvgpr_write_b32 a109, v77
	v_accvgpr_write_b32 a108, v76
	v_accvgpr_write_b32 a107, v75
	v_accvgpr_write_b32 a106, v74
	v_accvgpr_write_b32 a105, v73
	v_accvgpr_write_b32 a104, v72
	v_accvgpr_write_b32 a103, v71
	v_accvgpr_write_b32 a102, v70
	v_accvgpr_write_b32 a101, v69
	v_accvgpr_write_b32 a100, v68
	v_accvgpr_write_b32 a99, v67
	v_accvgpr_write_b32 a98, v66
	v_accvgpr_write_b32 a50, v210
	v_accvgpr_write_b32 a51, v210
	v_accvgpr_write_b32 a52, v210
	v_accvgpr_write_b32 a53, v210
	v_accvgpr_write_b32 a54, v210
	v_accvgpr_write_b32 a55, v210
	v_accvgpr_write_b32 a56, v210
	v_accvgpr_write_b32 a57, v210
	v_accvgpr_write_b32 a58, v210
	v_accvgpr_write_b32 a59, v210
	v_accvgpr_write_b32 a60, v210
	v_accvgpr_write_b32 a61, v210
	v_accvgpr_write_b32 a62, v210
	v_accvgpr_write_b32 a63, v210
	v_accvgpr_write_b32 a64, v210
	v_accvgpr_write_b32 a65, v210
	v_mov_b32_e32 v194, v210
	v_mov_b32_e32 v195, v210
	v_mov_b32_e32 v196, v210
	v_mov_b32_e32 v197, v210
	v_mov_b32_e32 v198, v210
	v_mov_b32_e32 v199, v210
	v_mov_b32_e32 v200, v210
	v_mov_b32_e32 v201, v210
	v_mov_b32_e32 v202, v210
	v_mov_b32_e32 v203, v210
	v_mov_b32_e32 v204, v210
	v_mov_b32_e32 v205, v210
	v_mov_b32_e32 v206, v210
	v_mov_b32_e32 v207, v210
	v_mov_b32_e32 v208, v210
	v_mov_b32_e32 v209, v210
	v_mov_b32_e32 v178, v210
	v_mov_b32_e32 v179, v210
	v_mov_b32_e32 v180, v210
	v_mov_b32_e32 v181, v210
	v_mov_b32_e32 v182, v210
	v_mov_b32_e32 v183, v210
	v_mov_b32_e32 v184, v210
	v_mov_b32_e32 v185, v210
	v_mov_b32_e32 v186, v210
	v_mov_b32_e32 v187, v210
	v_mov_b32_e32 v188, v210
	v_mov_b32_e32 v189, v210
	v_mov_b32_e32 v190, v210
	v_mov_b32_e32 v191, v210
	v_mov_b32_e32 v192, v210
	v_mov_b32_e32 v193, v210
	v_mov_b32_e32 v162, v210
	v_mov_b32_e32 v163, v210
	v_mov_b32_e32 v164, v210
	v_mov_b32_e32 v165, v210
	v_mov_b32_e32 v166, v210
	v_mov_b32_e32 v167, v210
	v_mov_b32_e32 v168, v210
	v_mov_b32_e32 v169, v210
	v_mov_b32_e32 v170, v210
	v_mov_b32_e32 v171, v210
	v_mov_b32_e32 v172, v210
	v_mov_b32_e32 v173, v210
	v_mov_b32_e32 v174, v210
	v_mov_b32_e32 v175, v210
	v_mov_b32_e32 v176, v210
	v_mov_b32_e32 v177, v210
	v_mov_b32_e32 v146, v210
	v_mov_b32_e32 v147, v210
	v_mov_b32_e32 v148, v210
	v_mov_b32_e32 v149, v210
	v_mov_b32_e32 v150, v210
	v_mov_b32_e32 v151, v210
	v_mov_b32_e32 v152, v210
	v_mov_b32_e32 v153, v210
	v_mov_b32_e32 v154, v210
	v_mov_b32_e32 v155, v210
	v_mov_b32_e32 v156, v210
	v_mov_b32_e32 v157, v210
	v_mov_b32_e32 v158, v210
	v_mov_b32_e32 v159, v210
	v_mov_b32_e32 v160, v210
	v_mov_b32_e32 v161, v210
	v_mov_b32_e32 v130, v210
	v_mov_b32_e32 v131, v210
	v_mov_b32_e32 v132, v210
	v_mov_b32_e32 v133, v210
	v_mov_b32_e32 v134, v210
	v_mov_b32_e32 v135, v210
	v_mov_b32_e32 v136, v210
	v_mov_b32_e32 v137, v210
	v_mov_b32_e32 v138, v210
	v_mov_b32_e32 v139, v210
	v_mov_b32_e32 v140, v210
	v_mov_b32_e32 v141, v210
	v_mov_b32_e32 v142, v210
	v_mov_b32_e32 v143, v210
	v_mov_b32_e32 v144, v210
	v_mov_b32_e32 v145, v210
	v_mov_b32_e32 v114, v210
	v_mov_b32_e32 v115, v210
	v_mov_b32_e32 v116, v210
	v_mov_b32_e32 v117, v210
	v_mov_b32_e32 v118, v210
	v_mov_b32_e32 v119, v210
	v_mov_b32_e32 v120, v210
	v_mov_b32_e32 v121, v210
	v_mov_b32_e32 v122, v210
	v_mov_b32_e32 v123, v210
	v_mov_b32_e32 v124, v210
	v_mov_b32_e32 v125, v210
	v_mov_b32_e32 v126, v210
	v_mov_b32_e32 v127, v210
	v_mov_b32_e32 v128, v210
	v_mov_b32_e32 v129, v210
	v_mov_b32_e32 v98, v210
	v_mov_b32_e32 v99, v210
	v_mov_b32_e32 v100, v210
	v_mov_b32_e32 v101, v210
	v_mov_b32_e32 v102, v210
	v_mov_b32_e32 v103, v210
	v_mov_b32_e32 v104, v210
	v_mov_b32_e32 v105, v210
	v_mov_b32_e32 v106, v210
	v_mov_b32_e32 v107, v210
	v_mov_b32_e32 v108, v210
	v_mov_b32_e32 v109, v210
	v_mov_b32_e32 v110, v210
	v_mov_b32_e32 v111, v210
	v_mov_b32_e32 v112, v210
	v_mov_b32_e32 v113, v210
	v_mov_b32_e32 v34, v210
	v_mov_b32_e32 v35, v210
	v_mov_b32_e32 v36, v210
	v_mov_b32_e32 v37, v210
	v_mov_b32_e32 v38, v210
	v_mov_b32_e32 v39, v210
	v_mov_b32_e32 v40, v210
	v_mov_b32_e32 v41, v210
	v_mov_b32_e32 v42, v210
	v_mov_b32_e32 v43, v210
	v_mov_b32_e32 v44, v210
	v_mov_b32_e32 v45, v210
	v_mov_b32_e32 v46, v210
	v_mov_b32_e32 v47, v210
	v_mov_b32_e32 v48, v210
	v_mov_b32_e32 v49, v210
	v_mov_b32_e32 v16, v210
	v_mov_b32_e32 v17, v210
	scratch_store_dwordx4 off, v[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:688 ; 16-byte Folded Spill
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
	scratch_store_dwordx4 off, v[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:368 ; 16-byte Folded Spill
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 76                         ; spill.py:30:76
	s_cmp_gt_i32 s99, 0
	s_cselect_b64 s[86:87], -1, 0
	.loc	1 30 58 is_stmt 0               ; spill.py:30:58
	s_and_b64 s[10:11], vcc, s[86:87]
	s_and_b64 s[12:13], s[0:1], s[86:87]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v1, v95, v252, s[10:11]
	v_cndmask_b32_e64 v0, v95, v250, s[12:13]
	buffer_load_dwordx4 a[252:255], v1, s[92:95], 0 offen
	buffer_load_dwordx4 v[66:69], v0, s[92:95], 0 offen
	v_accvgpr_write_b32 a244, v248
	v_accvgpr_read_b32 v0, a247
	v_accvgpr_write_b32 a246, v250
	v_accvgpr_write_b32 a248, v246
	v_accvgpr_write_b32 a250, v252
	v_accvgpr_mov_b32 a0, a194
	v_accvgpr_mov_b32 a1, a195
	v_accvgpr_mov_b32 a2, a196
	v_accvgpr_mov_b32 a3, a197
	v_accvgpr_mov_b32 a4, a198
	v_accvgpr_mov_b32 a5, a199
	v_accvgpr_mov_b32 a6, a200
	v_accvgpr_mov_b32 a7, a201
	v_accvgpr_mov_b32 a8, a202
	v_accvgpr_mov_b32 a9, a203
	v_accvgpr_mov_b32 a10, a204
	v_accvgpr_mov_b32 a11, a205
	v_accvgpr_mov_b32 a12, a206
	v_accvgpr_mov_b32 a13, a207
	v_accvgpr_mov_b32 a14, a208
	v_accvgpr_mov_b32 a15, a209
	v_accvgpr_write_b32 a48, v243
	v_accvgpr_write_b32 a49, v244
	v_accvgpr_read_b32 v76, a251
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_add_i32 s98, s98, -1
	s_add_i32 s99, s99, -16
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(0)
	scratch_store_dwordx4 off, v[66:69], off offset:768 ; 16-byte Folded Spill
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[248:249], v96 offset1:2
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2_b32 v[250:251], v0 offset1:2
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[226:229], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[230:233], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[82:85], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[86:89], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[90:93], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[94:97], off, off offset:752 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[66:69], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[70:73], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[74:77], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[78:81], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(1)
	v_and_b32_sdwa v0, v248, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[10:11], s90, v0
	v_cmp_ne_u16_e64 s[12:13], 0, v0
	v_cmp_ne_u16_e64 s[14:15], 1, v0
	v_cmp_ne_u16_e64 s[16:17], 2, v0
	v_cmp_ne_u16_e64 s[18:19], 3, v0
	v_cmp_ne_u16_e64 s[20:21], 4, v0
	v_cmp_ne_u16_e64 s[22:23], 5, v0
	v_cmp_ne_u16_e64 s[24:25], 6, v0
	v_cmp_ne_u16_e64 s[26:27], 7, v0
	v_and_b32_sdwa v0, v248, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[28:29], s90, v0
	v_cmp_ne_u16_e64 s[30:31], 0, v0
	v_cmp_ne_u16_e64 s[34:35], 1, v0
	v_cmp_ne_u16_e64 s[36:37], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[40:41], 4, v0
	v_cmp_ne_u16_e64 s[42:43], 5, v0
	v_cmp_ne_u16_e64 s[44:45], 6, v0
	v_cmp_ne_u16_e64 s[46:47], 7, v0
	v_and_b32_e32 v0, 0x7f, v248
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_lshrrev_b32_e32 v0, 8, v248
	v_and_b32_e32 v1, 0x7f, v0
	v_cmp_ne_u16_e64 s[68:69], s90, v1
	v_cmp_ne_u16_e64 s[70:71], 0, v1
	v_cmp_ne_u16_e64 s[72:73], 1, v1
	v_cmp_ne_u16_e64 s[74:75], 2, v1
	v_cmp_ne_u16_e64 s[76:77], 3, v1
	v_cmp_ne_u16_e64 s[78:79], 4, v1
	v_cmp_ne_u16_e64 s[80:81], 5, v1
	v_cmp_ne_u16_e64 s[82:83], 6, v1
	v_cmp_ne_u16_e64 s[84:85], 7, v1
	v_lshlrev_b16_e32 v1, 7, v248
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v97, v1, s[50:51]
	v_cndmask_b32_e64 v1, 0, v1, s[52:53]
	v_cndmask_b32_e64 v1, v85, v1, s[54:55]
	v_cndmask_b32_e64 v1, v88, v1, s[56:57]
	v_cndmask_b32_e64 v1, v84, v1, s[58:59]
	v_cndmask_b32_e64 v1, v254, v1, s[60:61]
	v_cndmask_b32_e64 v1, v89, v1, s[62:63]
	v_lshlrev_b16_e32 v66, 8, v248
	v_cndmask_b32_e64 v1, v91, v1, s[64:65]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v1, v92, v1, s[66:67]
	v_or_b32_e32 v1, v1, v66
	v_lshlrev_b16_sdwa v66, v94, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[28:29]
	v_cndmask_b32_e64 v66, 0, v66, s[30:31]
	v_cndmask_b32_e64 v66, v85, v66, s[34:35]
	v_cndmask_b32_e64 v66, v88, v66, s[36:37]
	v_cndmask_b32_e64 v66, v84, v66, s[38:39]
	v_cndmask_b32_e64 v66, v254, v66, s[40:41]
	v_cndmask_b32_e64 v66, v89, v66, s[42:43]
	v_lshlrev_b16_sdwa v67, v93, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v66, v91, v66, s[44:45]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v66, v92, v66, s[46:47]
	v_or_b32_e32 v66, v66, v67
	v_lshlrev_b16_sdwa v67, v94, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[10:11]
	v_cndmask_b32_e64 v67, 0, v67, s[12:13]
	v_cndmask_b32_e64 v67, v85, v67, s[14:15]
	v_cndmask_b32_e64 v67, v88, v67, s[16:17]
	v_cndmask_b32_e64 v67, v84, v67, s[18:19]
	v_cndmask_b32_e64 v67, v254, v67, s[20:21]
	v_cndmask_b32_e64 v67, v89, v67, s[22:23]
	v_lshlrev_b16_sdwa v68, v93, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v67, v91, v67, s[24:25]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v67, v92, v67, s[26:27]
	v_or_b32_e32 v67, v67, v68
	v_lshlrev_b16_e32 v68, 7, v0
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v97, v68, s[68:69]
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cndmask_b32_e64 v68, v85, v68, s[72:73]
	v_cndmask_b32_e64 v68, v88, v68, s[74:75]
	v_cndmask_b32_e64 v68, v84, v68, s[76:77]
	v_cndmask_b32_e64 v68, v254, v68, s[78:79]
	v_cndmask_b32_e64 v68, v89, v68, s[80:81]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v68, v91, v68, s[82:83]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v68, v92, v68, s[84:85]
	v_or_b32_e32 v0, v68, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v67, v66, s91
	v_perm_b32 v66, v0, v1, s91
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v250, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v250, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v250
	v_lshrrev_b32_e32 v68, 8, v250
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_and_b32_e32 v0, 0x7f, v68
	v_cmp_ne_u16_e64 s[26:27], s90, v0
	v_cmp_ne_u16_e64 s[24:25], 0, v0
	v_cmp_ne_u16_e64 s[22:23], 1, v0
	v_cmp_ne_u16_e64 s[20:21], 2, v0
	v_cmp_ne_u16_e64 s[18:19], 3, v0
	v_cmp_ne_u16_e64 s[16:17], 4, v0
	v_cmp_ne_u16_e64 s[14:15], 5, v0
	v_cmp_ne_u16_e64 s[12:13], 6, v0
	v_cmp_ne_u16_e64 s[10:11], 7, v0
	v_lshlrev_b16_e32 v0, 7, v250
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v0, v97, v0, s[68:69]
	v_cndmask_b32_e64 v0, 0, v0, s[70:71]
	v_cndmask_b32_e64 v0, v85, v0, s[72:73]
	v_cndmask_b32_e64 v0, v88, v0, s[74:75]
	v_cndmask_b32_e64 v0, v84, v0, s[76:77]
	v_cndmask_b32_e64 v0, v254, v0, s[78:79]
	v_cndmask_b32_e64 v0, v89, v0, s[80:81]
	v_lshlrev_b16_e32 v1, 8, v250
	v_cndmask_b32_e64 v0, v91, v0, s[82:83]
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v0, v92, v0, s[84:85]
	v_or_b32_e32 v0, v0, v1
	v_lshlrev_b16_sdwa v1, v94, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v97, v1, s[50:51]
	v_cndmask_b32_e64 v1, 0, v1, s[52:53]
	v_cndmask_b32_e64 v1, v85, v1, s[54:55]
	v_cndmask_b32_e64 v1, v88, v1, s[56:57]
	v_cndmask_b32_e64 v1, v84, v1, s[58:59]
	v_cndmask_b32_e64 v1, v254, v1, s[60:61]
	v_cndmask_b32_e64 v1, v89, v1, s[62:63]
	v_lshlrev_b16_sdwa v69, v93, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v1, v91, v1, s[64:65]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e64 v1, v92, v1, s[66:67]
	v_or_b32_e32 v1, v1, v69
	v_lshlrev_b16_sdwa v69, v94, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v97, v69, s[46:47]
	v_cndmask_b32_e64 v69, 0, v69, s[44:45]
	v_cndmask_b32_e64 v69, v85, v69, s[42:43]
	v_cndmask_b32_e64 v69, v88, v69, s[40:41]
	v_cndmask_b32_e64 v69, v84, v69, s[38:39]
	v_cndmask_b32_e64 v69, v254, v69, s[36:37]
	v_cndmask_b32_e64 v69, v89, v69, s[34:35]
	v_lshlrev_b16_sdwa v70, v93, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v69, v91, v69, s[28:29]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v69, v92, v69, s[30:31]
	v_or_b32_e32 v69, v69, v70
	v_lshlrev_b16_e32 v70, 7, v68
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[26:27]
	v_cndmask_b32_e64 v70, 0, v70, s[24:25]
	v_cndmask_b32_e64 v70, v85, v70, s[22:23]
	v_cndmask_b32_e64 v70, v88, v70, s[20:21]
	v_cndmask_b32_e64 v70, v84, v70, s[18:19]
	v_cndmask_b32_e64 v70, v254, v70, s[16:17]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v70, v91, v70, s[12:13]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v70, v92, v70, s[10:11]
	v_or_b32_e32 v68, v70, v68
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v68, v68, v0, s91
	v_accvgpr_read_b32 v0, a245
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2_b32 v[246:247], v0 offset1:2
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v1, s91
	v_mov_b32_e32 v248, v83
	scratch_load_dwordx4 a[146:149], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[150:153], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[154:157], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[158:161], off, off offset:432 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 v[210:225], v[68:69], v[66:67], v[210:225]
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v246, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v246, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v246
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v246
	v_and_b32_e32 v1, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v1
	v_cmp_ne_u16_e64 s[24:25], 0, v1
	v_cmp_ne_u16_e64 s[22:23], 1, v1
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	v_cmp_ne_u16_e64 s[18:19], 3, v1
	v_cmp_ne_u16_e64 s[16:17], 4, v1
	v_cmp_ne_u16_e64 s[14:15], 5, v1
	v_cmp_ne_u16_e64 s[12:13], 6, v1
	v_cmp_ne_u16_e64 s[10:11], 7, v1
	v_lshlrev_b16_e32 v1, 7, v246
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v97, v1, s[68:69]
	v_cndmask_b32_e64 v1, 0, v1, s[70:71]
	v_cndmask_b32_e64 v1, v85, v1, s[72:73]
	v_cndmask_b32_e64 v1, v88, v1, s[74:75]
	v_cndmask_b32_e64 v1, v84, v1, s[76:77]
	v_cndmask_b32_e64 v1, v254, v1, s[78:79]
	v_cndmask_b32_e64 v1, v89, v1, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v246
	v_cndmask_b32_e64 v1, v91, v1, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v1, v92, v1, s[84:85]
	v_or_b32_e32 v1, v1, v70
	v_lshlrev_b16_sdwa v70, v94, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[50:51]
	v_cndmask_b32_e64 v70, 0, v70, s[52:53]
	v_cndmask_b32_e64 v70, v85, v70, s[54:55]
	v_cndmask_b32_e64 v70, v88, v70, s[56:57]
	v_cndmask_b32_e64 v70, v84, v70, s[58:59]
	v_cndmask_b32_e64 v70, v254, v70, s[60:61]
	v_cndmask_b32_e64 v70, v89, v70, s[62:63]
	v_lshlrev_b16_sdwa v71, v93, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v91, v70, s[64:65]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v92, v70, s[66:67]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_sdwa v71, v94, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[46:47]
	v_cndmask_b32_e64 v71, 0, v71, s[44:45]
	v_cndmask_b32_e64 v71, v85, v71, s[42:43]
	v_cndmask_b32_e64 v71, v88, v71, s[40:41]
	v_cndmask_b32_e64 v71, v84, v71, s[38:39]
	v_cndmask_b32_e64 v71, v254, v71, s[36:37]
	v_cndmask_b32_e64 v71, v89, v71, s[34:35]
	v_lshlrev_b16_sdwa v72, v93, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v71, v91, v71, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v71, v92, v71, s[30:31]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_e32 v72, 7, v0
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_or_b32_e32 v0, v72, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v74, v0, v1, s91
	v_accvgpr_read_b32 v0, a249
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2_b32 v[0:1], v0 offset1:2
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v75, v71, v70, s91
	v_mov_b32_e32 v246, v82
	scratch_load_dwordx4 a[162:165], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[166:169], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[170:173], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[174:177], off, off offset:624 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[66:67], a[0:15]
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v70, v0, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v70
	v_cmp_ne_u16_e64 s[44:45], 0, v70
	v_cmp_ne_u16_e64 s[42:43], 1, v70
	v_cmp_ne_u16_e64 s[40:41], 2, v70
	v_cmp_ne_u16_e64 s[38:39], 3, v70
	v_cmp_ne_u16_e64 s[36:37], 4, v70
	v_cmp_ne_u16_e64 s[34:35], 5, v70
	v_cmp_ne_u16_e64 s[28:29], 6, v70
	v_cmp_ne_u16_e64 s[30:31], 7, v70
	v_and_b32_sdwa v70, v0, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v70
	v_cmp_ne_u16_e64 s[52:53], 0, v70
	v_cmp_ne_u16_e64 s[54:55], 1, v70
	v_cmp_ne_u16_e64 s[56:57], 2, v70
	v_cmp_ne_u16_e64 s[58:59], 3, v70
	v_cmp_ne_u16_e64 s[60:61], 4, v70
	v_cmp_ne_u16_e64 s[62:63], 5, v70
	v_cmp_ne_u16_e64 s[64:65], 6, v70
	v_cmp_ne_u16_e64 s[66:67], 7, v70
	v_and_b32_e32 v70, 0x7f, v0
	v_cmp_ne_u16_e64 s[68:69], s90, v70
	v_cmp_ne_u16_e64 s[70:71], 0, v70
	v_cmp_ne_u16_e64 s[72:73], 1, v70
	v_cmp_ne_u16_e64 s[74:75], 2, v70
	v_cmp_ne_u16_e64 s[76:77], 3, v70
	v_cmp_ne_u16_e64 s[78:79], 4, v70
	v_cmp_ne_u16_e64 s[80:81], 5, v70
	v_cmp_ne_u16_e64 s[82:83], 6, v70
	v_cmp_ne_u16_e64 s[84:85], 7, v70
	v_lshrrev_b32_e32 v70, 8, v0
	v_and_b32_e32 v71, 0x7f, v70
	v_cmp_ne_u16_e64 s[26:27], s90, v71
	v_cmp_ne_u16_e64 s[24:25], 0, v71
	v_cmp_ne_u16_e64 s[22:23], 1, v71
	v_cmp_ne_u16_e64 s[20:21], 2, v71
	v_cmp_ne_u16_e64 s[18:19], 3, v71
	v_cmp_ne_u16_e64 s[16:17], 4, v71
	v_cmp_ne_u16_e64 s[14:15], 5, v71
	v_cmp_ne_u16_e64 s[12:13], 6, v71
	v_cmp_ne_u16_e64 s[10:11], 7, v71
	v_lshlrev_b16_e32 v71, 7, v0
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[68:69]
	v_cndmask_b32_e64 v71, 0, v71, s[70:71]
	v_cndmask_b32_e64 v71, v85, v71, s[72:73]
	v_cndmask_b32_e64 v71, v88, v71, s[74:75]
	v_cndmask_b32_e64 v71, v84, v71, s[76:77]
	v_cndmask_b32_e64 v71, v254, v71, s[78:79]
	v_cndmask_b32_e64 v71, v89, v71, s[80:81]
	v_lshlrev_b16_e32 v72, 8, v0
	v_cndmask_b32_e64 v71, v91, v71, s[82:83]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v71, v92, v71, s[84:85]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_sdwa v72, v94, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[50:51]
	v_cndmask_b32_e64 v72, 0, v72, s[52:53]
	v_cndmask_b32_e64 v72, v85, v72, s[54:55]
	v_cndmask_b32_e64 v72, v88, v72, s[56:57]
	v_cndmask_b32_e64 v72, v84, v72, s[58:59]
	v_cndmask_b32_e64 v72, v254, v72, s[60:61]
	v_cndmask_b32_e64 v72, v89, v72, s[62:63]
	v_lshlrev_b16_sdwa v73, v93, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v91, v72, s[64:65]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v72, v92, v72, s[66:67]
	v_or_b32_e32 v72, v72, v73
	v_lshlrev_b16_sdwa v73, v94, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v97, v73, s[46:47]
	v_cndmask_b32_e64 v73, 0, v73, s[44:45]
	v_cndmask_b32_e64 v73, v85, v73, s[42:43]
	v_cndmask_b32_e64 v73, v88, v73, s[40:41]
	v_cndmask_b32_e64 v73, v84, v73, s[38:39]
	v_cndmask_b32_e64 v73, v254, v73, s[36:37]
	v_cndmask_b32_e64 v73, v89, v73, s[34:35]
	v_lshlrev_b16_sdwa v0, v93, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v73, v91, v73, s[28:29]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v73, v92, v73, s[30:31]
	v_or_b32_e32 v0, v73, v0
	v_lshlrev_b16_e32 v73, 7, v70
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v97, v73, s[26:27]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v81, v0, v72, s91
	v_accvgpr_read_b32 v0, a243
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v73, 0, v73, s[24:25]
	ds_read2_b32 v[252:253], v0 offset1:2
	v_cndmask_b32_e64 v73, v85, v73, s[22:23]
	v_cndmask_b32_e64 v73, v88, v73, s[20:21]
	v_cndmask_b32_e64 v73, v84, v73, s[18:19]
	v_cndmask_b32_e64 v73, v254, v73, s[16:17]
	v_cndmask_b32_e64 v73, v89, v73, s[14:15]
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v252, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v70, 8, v70
	v_cndmask_b32_e64 v73, v91, v73, s[12:13]
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v252, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v73, v92, v73, s[10:11]
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v252
	v_or_b32_e32 v70, v73, v70
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v252
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v80, v70, v71, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v70, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v70
	v_cmp_ne_u16_e64 s[24:25], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[20:21], 2, v70
	v_cmp_ne_u16_e64 s[18:19], 3, v70
	v_cmp_ne_u16_e64 s[16:17], 4, v70
	v_cmp_ne_u16_e64 s[14:15], 5, v70
	v_cmp_ne_u16_e64 s[12:13], 6, v70
	v_cmp_ne_u16_e64 s[10:11], 7, v70
	v_lshlrev_b16_e32 v70, 7, v252
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	v_lshlrev_b16_e32 v71, 8, v252
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_sdwa v71, v94, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[50:51]
	v_cndmask_b32_e64 v71, 0, v71, s[52:53]
	v_cndmask_b32_e64 v71, v85, v71, s[54:55]
	v_cndmask_b32_e64 v71, v88, v71, s[56:57]
	v_cndmask_b32_e64 v71, v84, v71, s[58:59]
	v_cndmask_b32_e64 v71, v254, v71, s[60:61]
	v_cndmask_b32_e64 v71, v89, v71, s[62:63]
	v_lshlrev_b16_sdwa v72, v93, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v71, v91, v71, s[64:65]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v71, v92, v71, s[66:67]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_sdwa v72, v94, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[44:45]
	v_cndmask_b32_e64 v72, v85, v72, s[42:43]
	v_cndmask_b32_e64 v72, v88, v72, s[40:41]
	v_cndmask_b32_e64 v72, v84, v72, s[38:39]
	v_cndmask_b32_e64 v72, v254, v72, s[36:37]
	v_cndmask_b32_e64 v72, v89, v72, s[34:35]
	v_lshlrev_b16_sdwa v73, v93, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v91, v72, s[28:29]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v72, v92, v72, s[30:31]
	v_or_b32_e32 v72, v72, v73
	v_lshlrev_b16_e32 v73, 7, v0
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v97, v73, s[26:27]
	v_cndmask_b32_e64 v73, 0, v73, s[24:25]
	v_accvgpr_read_b32 v65, a15
	v_cndmask_b32_e64 v73, v85, v73, s[22:23]
	v_accvgpr_read_b32 v64, a14
	v_accvgpr_read_b32 v63, a13
	v_accvgpr_read_b32 v62, a12
	v_accvgpr_read_b32 v61, a11
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
	v_accvgpr_mov_b32 a0, a32
	v_cndmask_b32_e64 v73, v88, v73, s[20:21]
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
	v_cndmask_b32_e64 v73, v84, v73, s[18:19]
	v_cndmask_b32_e64 v73, v254, v73, s[16:17]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[80:81], v[66:67], a[0:15]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v73, v89, v73, s[14:15]
	v_mov_b32_e32 v252, v242
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[242:243], v96 offset0:128 offset1:130
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v73, v91, v73, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v73, v92, v73, s[10:11]
	v_or_b32_e32 v0, v73, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v83, v72, v71, s91
	v_perm_b32 v82, v0, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v242, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_accvgpr_mov_b32 a47, a15
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v242, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_accvgpr_mov_b32 a46, a14
	v_accvgpr_mov_b32 a45, a13
	v_accvgpr_mov_b32 a44, a12
	v_accvgpr_mov_b32 a43, a11
	v_accvgpr_mov_b32 a42, a10
	v_accvgpr_mov_b32 a41, a9
	v_accvgpr_mov_b32 a40, a8
	v_accvgpr_mov_b32 a39, a7
	v_accvgpr_mov_b32 a38, a6
	v_accvgpr_mov_b32 a37, a5
	v_accvgpr_mov_b32 a36, a4
	v_accvgpr_mov_b32 a35, a3
	v_accvgpr_mov_b32 a34, a2
	v_accvgpr_mov_b32 a33, a1
	v_accvgpr_mov_b32 a32, a0
	v_accvgpr_mov_b32 a0, a16
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v242
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
	v_accvgpr_mov_b32 a15, a31
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v242
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[82:83], v[66:67], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v66
	v_cmp_ne_u16_e64 s[24:25], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[20:21], 2, v66
	v_cmp_ne_u16_e64 s[18:19], 3, v66
	v_cmp_ne_u16_e64 s[16:17], 4, v66
	v_cmp_ne_u16_e64 s[14:15], 5, v66
	v_cmp_ne_u16_e64 s[12:13], 6, v66
	v_cmp_ne_u16_e64 s[10:11], 7, v66
	v_lshlrev_b16_e32 v66, 7, v242
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[68:69]
	v_cndmask_b32_e64 v66, 0, v66, s[70:71]
	v_cndmask_b32_e64 v66, v85, v66, s[72:73]
	v_cndmask_b32_e64 v66, v88, v66, s[74:75]
	v_cndmask_b32_e64 v66, v84, v66, s[76:77]
	v_cndmask_b32_e64 v66, v254, v66, s[78:79]
	v_cndmask_b32_e64 v66, v89, v66, s[80:81]
	v_lshlrev_b16_e32 v67, 8, v242
	v_cndmask_b32_e64 v66, v91, v66, s[82:83]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v66, v92, v66, s[84:85]
	v_or_b32_e32 v66, v66, v67
	v_lshlrev_b16_sdwa v67, v94, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_lshlrev_b16_sdwa v70, v93, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v70
	v_lshlrev_b16_sdwa v70, v94, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[44:45]
	v_cndmask_b32_e64 v70, v85, v70, s[42:43]
	v_cndmask_b32_e64 v70, v88, v70, s[40:41]
	v_cndmask_b32_e64 v70, v84, v70, s[38:39]
	v_cndmask_b32_e64 v70, v254, v70, s[36:37]
	v_cndmask_b32_e64 v70, v89, v70, s[34:35]
	v_lshlrev_b16_sdwa v71, v93, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v91, v70, s[28:29]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v92, v70, s[30:31]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_e32 v71, 7, v0
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[26:27]
	v_cndmask_b32_e64 v71, 0, v71, s[24:25]
	v_cndmask_b32_e64 v71, v85, v71, s[22:23]
	v_cndmask_b32_e64 v71, v88, v71, s[20:21]
	v_cndmask_b32_e64 v71, v84, v71, s[18:19]
	v_cndmask_b32_e64 v71, v254, v71, s[16:17]
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v71, v91, v71, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v71, v92, v71, s[10:11]
	v_or_b32_e32 v0, v71, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v70, v67, s91
	v_perm_b32 v66, v0, v66, s91
	v_accvgpr_mov_b32 a31, a15
	v_accvgpr_mov_b32 a30, a14
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x8_f16 v[226:241], v[82:83], v[66:67], v[226:241]
	s_nop 10
	scratch_store_dwordx4 off, v[226:229], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[226:229], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[230:233], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:240 ; 16-byte Folded Reload
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
	v_accvgpr_mov_b32 a0, a130
	v_accvgpr_mov_b32 a1, a131
	v_accvgpr_mov_b32 a2, a132
	v_accvgpr_mov_b32 a3, a133
	v_accvgpr_mov_b32 a4, a134
	v_accvgpr_mov_b32 a5, a135
	v_accvgpr_mov_b32 a6, a136
	v_accvgpr_mov_b32 a7, a137
	v_accvgpr_mov_b32 a8, a138
	v_accvgpr_mov_b32 a9, a139
	v_accvgpr_mov_b32 a10, a140
	v_accvgpr_mov_b32 a11, a141
	v_accvgpr_mov_b32 a12, a142
	v_accvgpr_mov_b32 a13, a143
	v_accvgpr_mov_b32 a14, a144
	v_accvgpr_mov_b32 a15, a145
	v_add_u32_e32 v72, 0x400, v96
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[244:245], v72 offset1:2
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[66:67], a[0:15]
	scratch_load_dwordx4 a[178:181], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[182:185], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[186:189], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[190:193], off, off offset:560 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v242, a242
	v_mov_b32_e32 v250, v87
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v244, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_accvgpr_mov_b32 a145, a15
	v_accvgpr_mov_b32 a144, a14
	v_accvgpr_mov_b32 a143, a13
	v_accvgpr_mov_b32 a142, a12
	v_accvgpr_mov_b32 a141, a11
	v_accvgpr_mov_b32 a140, a10
	v_accvgpr_mov_b32 a139, a9
	v_accvgpr_mov_b32 a138, a8
	v_accvgpr_mov_b32 a137, a7
	v_accvgpr_mov_b32 a136, a6
	v_accvgpr_mov_b32 a135, a5
	v_accvgpr_mov_b32 a134, a4
	v_accvgpr_mov_b32 a133, a3
	v_accvgpr_mov_b32 a132, a2
	v_accvgpr_mov_b32 a131, a1
	v_accvgpr_mov_b32 a130, a0
	v_accvgpr_mov_b32 a0, a226
	v_accvgpr_mov_b32 a1, a227
	v_accvgpr_mov_b32 a2, a228
	v_accvgpr_mov_b32 a3, a229
	v_accvgpr_mov_b32 a4, a230
	v_accvgpr_mov_b32 a5, a231
	v_accvgpr_mov_b32 a6, a232
	v_accvgpr_mov_b32 a7, a233
	v_accvgpr_mov_b32 a8, a234
	v_accvgpr_mov_b32 a9, a235
	v_accvgpr_mov_b32 a10, a236
	v_accvgpr_mov_b32 a11, a237
	v_accvgpr_mov_b32 a12, a238
	v_accvgpr_mov_b32 a13, a239
	v_accvgpr_mov_b32 a14, a240
	v_accvgpr_mov_b32 a15, a241
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[66:67], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v244, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_accvgpr_mov_b32 a241, a15
	v_accvgpr_mov_b32 a240, a14
	v_accvgpr_mov_b32 a239, a13
	v_accvgpr_mov_b32 a238, a12
	v_accvgpr_mov_b32 a237, a11
	v_accvgpr_mov_b32 a236, a10
	v_accvgpr_mov_b32 a235, a9
	v_accvgpr_mov_b32 a234, a8
	v_accvgpr_mov_b32 a233, a7
	v_accvgpr_mov_b32 a232, a6
	v_accvgpr_mov_b32 a231, a5
	v_accvgpr_mov_b32 a230, a4
	v_accvgpr_mov_b32 a229, a3
	v_accvgpr_mov_b32 a228, a2
	v_accvgpr_mov_b32 a227, a1
	v_accvgpr_mov_b32 a226, a0
	v_accvgpr_mov_b32 a0, a210
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v244
	v_accvgpr_mov_b32 a1, a211
	v_accvgpr_mov_b32 a2, a212
	v_accvgpr_mov_b32 a3, a213
	v_accvgpr_mov_b32 a4, a214
	v_accvgpr_mov_b32 a5, a215
	v_accvgpr_mov_b32 a6, a216
	v_accvgpr_mov_b32 a7, a217
	v_accvgpr_mov_b32 a8, a218
	v_accvgpr_mov_b32 a9, a219
	v_accvgpr_mov_b32 a10, a220
	v_accvgpr_mov_b32 a11, a221
	v_accvgpr_mov_b32 a12, a222
	v_accvgpr_mov_b32 a13, a223
	v_accvgpr_mov_b32 a14, a224
	v_accvgpr_mov_b32 a15, a225
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v244
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[80:81], v[66:67], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v66
	v_cmp_ne_u16_e64 s[24:25], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[20:21], 2, v66
	v_cmp_ne_u16_e64 s[18:19], 3, v66
	v_cmp_ne_u16_e64 s[16:17], 4, v66
	v_cmp_ne_u16_e64 s[14:15], 5, v66
	v_cmp_ne_u16_e64 s[12:13], 6, v66
	v_cmp_ne_u16_e64 s[10:11], 7, v66
	v_lshlrev_b16_e32 v66, 7, v244
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[68:69]
	v_cndmask_b32_e64 v66, 0, v66, s[70:71]
	v_cndmask_b32_e64 v66, v85, v66, s[72:73]
	v_cndmask_b32_e64 v66, v88, v66, s[74:75]
	v_cndmask_b32_e64 v66, v84, v66, s[76:77]
	v_cndmask_b32_e64 v66, v254, v66, s[78:79]
	v_cndmask_b32_e64 v66, v89, v66, s[80:81]
	v_lshlrev_b16_e32 v67, 8, v244
	v_cndmask_b32_e64 v66, v91, v66, s[82:83]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v66, v92, v66, s[84:85]
	v_or_b32_e32 v66, v66, v67
	v_lshlrev_b16_sdwa v67, v94, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_lshlrev_b16_sdwa v70, v93, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v70
	v_lshlrev_b16_sdwa v70, v94, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[44:45]
	v_cndmask_b32_e64 v70, v85, v70, s[42:43]
	v_cndmask_b32_e64 v70, v88, v70, s[40:41]
	v_cndmask_b32_e64 v70, v84, v70, s[38:39]
	v_cndmask_b32_e64 v70, v254, v70, s[36:37]
	v_cndmask_b32_e64 v70, v89, v70, s[34:35]
	v_lshlrev_b16_sdwa v71, v93, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v91, v70, s[28:29]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v92, v70, s[30:31]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_e32 v71, 7, v0
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[26:27]
	v_cndmask_b32_e64 v71, 0, v71, s[24:25]
	v_cndmask_b32_e64 v71, v85, v71, s[22:23]
	v_cndmask_b32_e64 v71, v88, v71, s[20:21]
	v_cndmask_b32_e64 v71, v84, v71, s[18:19]
	v_cndmask_b32_e64 v71, v254, v71, s[16:17]
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v71, v91, v71, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v71, v92, v71, s[10:11]
	v_or_b32_e32 v0, v71, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v70, v67, s91
	v_perm_b32 v66, v0, v66, s91
	v_accvgpr_mov_b32 a225, a15
	v_accvgpr_mov_b32 a224, a14
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[226:241], v[68:69], v[66:67], v[226:241]
	s_nop 10
	scratch_store_dwordx4 off, v[226:229], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[226:229], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[230:233], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[226:241], v[74:75], v[66:67], v[226:241]
	s_nop 10
	scratch_store_dwordx4 off, v[226:229], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[226:229], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[230:233], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[226:241], v[80:81], v[66:67], v[226:241]
	s_nop 10
	scratch_store_dwordx4 off, v[226:229], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[226:229], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[230:233], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[226:241], v[82:83], v[66:67], v[226:241]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[66:67], v72 offset0:128 offset1:130
	v_accvgpr_mov_b32 a223, a13
	v_accvgpr_mov_b32 a222, a12
	v_accvgpr_mov_b32 a221, a11
	v_accvgpr_mov_b32 a220, a10
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v66, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v66, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v66
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v66
	v_and_b32_e32 v70, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v70
	v_cmp_ne_u16_e64 s[24:25], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[20:21], 2, v70
	v_cmp_ne_u16_e64 s[18:19], 3, v70
	v_cmp_ne_u16_e64 s[16:17], 4, v70
	v_cmp_ne_u16_e64 s[14:15], 5, v70
	v_cmp_ne_u16_e64 s[12:13], 6, v70
	v_cmp_ne_u16_e64 s[10:11], 7, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	v_lshlrev_b16_e32 v71, 8, v66
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_sdwa v71, v94, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[50:51]
	v_cndmask_b32_e64 v71, 0, v71, s[52:53]
	v_cndmask_b32_e64 v71, v85, v71, s[54:55]
	v_cndmask_b32_e64 v71, v88, v71, s[56:57]
	v_cndmask_b32_e64 v71, v84, v71, s[58:59]
	v_cndmask_b32_e64 v71, v254, v71, s[60:61]
	v_cndmask_b32_e64 v71, v89, v71, s[62:63]
	v_lshlrev_b16_sdwa v72, v93, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v71, v91, v71, s[64:65]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v71, v92, v71, s[66:67]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_sdwa v72, v94, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[44:45]
	v_cndmask_b32_e64 v72, v85, v72, s[42:43]
	v_cndmask_b32_e64 v72, v88, v72, s[40:41]
	v_cndmask_b32_e64 v72, v84, v72, s[38:39]
	v_cndmask_b32_e64 v72, v254, v72, s[36:37]
	v_cndmask_b32_e64 v72, v89, v72, s[34:35]
	v_lshlrev_b16_sdwa v66, v93, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v91, v72, s[28:29]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v72, v92, v72, s[30:31]
	v_or_b32_e32 v66, v72, v66
	v_lshlrev_b16_e32 v72, 7, v0
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_accvgpr_mov_b32 a219, a9
	v_accvgpr_mov_b32 a218, a8
	v_accvgpr_mov_b32 a217, a7
	v_accvgpr_mov_b32 a216, a6
	v_accvgpr_mov_b32 a215, a5
	v_accvgpr_mov_b32 a214, a4
	v_accvgpr_mov_b32 a213, a3
	v_accvgpr_mov_b32 a212, a2
	v_accvgpr_mov_b32 a211, a1
	v_accvgpr_mov_b32 a210, a0
	v_or_b32_e32 v0, v72, v0
	v_accvgpr_mov_b32 a0, a114
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v71, v66, v71, s91
	v_perm_b32 v70, v0, v70, s91
	v_accvgpr_mov_b32 a1, a115
	v_accvgpr_mov_b32 a2, a116
	v_accvgpr_mov_b32 a3, a117
	v_accvgpr_mov_b32 a4, a118
	v_accvgpr_mov_b32 a5, a119
	v_accvgpr_mov_b32 a6, a120
	v_accvgpr_mov_b32 a7, a121
	v_accvgpr_mov_b32 a8, a122
	v_accvgpr_mov_b32 a9, a123
	v_accvgpr_mov_b32 a10, a124
	v_accvgpr_mov_b32 a11, a125
	v_accvgpr_mov_b32 a12, a126
	v_accvgpr_mov_b32 a13, a127
	v_accvgpr_mov_b32 a14, a128
	v_accvgpr_mov_b32 a15, a129
	v_mfma_f32_32x32x8_f16 a[82:97], v[80:81], v[70:71], a[82:97]
	scratch_store_dwordx4 off, v[226:229], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[226:229], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[230:233], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:368 ; 16-byte Folded Reload
	v_mov_b32_e32 v244, v86
	v_accvgpr_write_b32 a209, v65
	v_accvgpr_write_b32 a208, v64
	v_accvgpr_write_b32 a207, v63
	v_accvgpr_write_b32 a206, v62
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[70:71], a[0:15]
	v_accvgpr_write_b32 a205, v61
	v_accvgpr_write_b32 a204, v60
	v_accvgpr_write_b32 a203, v59
	v_accvgpr_write_b32 a202, v58
	v_accvgpr_write_b32 a201, v57
	v_accvgpr_write_b32 a200, v56
	v_accvgpr_write_b32 a199, v55
	v_accvgpr_write_b32 a198, v54
	v_accvgpr_write_b32 a197, v53
	v_accvgpr_write_b32 a196, v52
	v_accvgpr_write_b32 a195, v51
	v_accvgpr_mov_b32 a129, a15
	v_accvgpr_mov_b32 a128, a14
	v_accvgpr_mov_b32 a127, a13
	v_accvgpr_mov_b32 a126, a12
	v_accvgpr_mov_b32 a125, a11
	v_accvgpr_mov_b32 a124, a10
	v_accvgpr_mov_b32 a123, a9
	v_accvgpr_mov_b32 a122, a8
	v_accvgpr_mov_b32 a121, a7
	v_accvgpr_mov_b32 a120, a6
	v_accvgpr_mov_b32 a119, a5
	v_accvgpr_mov_b32 a118, a4
	v_accvgpr_mov_b32 a117, a3
	v_accvgpr_mov_b32 a116, a2
	v_accvgpr_mov_b32 a115, a1
	v_accvgpr_mov_b32 a114, a0
	v_accvgpr_mov_b32 a0, a98
	v_accvgpr_mov_b32 a1, a99
	v_accvgpr_mov_b32 a2, a100
	v_accvgpr_mov_b32 a3, a101
	v_accvgpr_mov_b32 a4, a102
	v_accvgpr_mov_b32 a5, a103
	v_accvgpr_mov_b32 a6, a104
	v_accvgpr_mov_b32 a7, a105
	v_accvgpr_mov_b32 a8, a106
	v_accvgpr_mov_b32 a9, a107
	v_accvgpr_mov_b32 a10, a108
	v_accvgpr_mov_b32 a11, a109
	v_accvgpr_mov_b32 a12, a110
	v_accvgpr_mov_b32 a13, a111
	v_accvgpr_mov_b32 a14, a112
	v_accvgpr_mov_b32 a15, a113
	v_accvgpr_write_b32 a194, v50
	scratch_load_dwordx4 v[50:53], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:304 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[70:71], a[0:15]
	s_nop 10
	v_accvgpr_mov_b32 a113, a15
	v_accvgpr_mov_b32 a112, a14
	v_accvgpr_mov_b32 a111, a13
	v_accvgpr_mov_b32 a110, a12
	v_accvgpr_mov_b32 a109, a11
	v_accvgpr_mov_b32 a108, a10
	v_accvgpr_mov_b32 a107, a9
	v_accvgpr_mov_b32 a106, a8
	v_accvgpr_mov_b32 a105, a7
	v_accvgpr_mov_b32 a104, a6
	v_accvgpr_mov_b32 a103, a5
	v_accvgpr_mov_b32 a102, a4
	v_accvgpr_mov_b32 a101, a3
	v_accvgpr_mov_b32 a100, a2
	v_accvgpr_mov_b32 a99, a1
	v_accvgpr_mov_b32 a98, a0
	v_accvgpr_mov_b32 a0, a50
	v_accvgpr_mov_b32 a1, a51
	v_accvgpr_mov_b32 a2, a52
	v_accvgpr_mov_b32 a3, a53
	v_accvgpr_mov_b32 a4, a54
	v_accvgpr_mov_b32 a5, a55
	v_accvgpr_mov_b32 a6, a56
	v_accvgpr_mov_b32 a7, a57
	v_accvgpr_mov_b32 a8, a58
	v_accvgpr_mov_b32 a9, a59
	v_accvgpr_mov_b32 a10, a60
	v_accvgpr_mov_b32 a11, a61
	v_accvgpr_mov_b32 a12, a62
	v_accvgpr_mov_b32 a13, a63
	v_accvgpr_mov_b32 a14, a64
	v_accvgpr_mov_b32 a15, a65
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[82:83], v[70:71], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[70:71], v76 offset1:2
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v70, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	s_nop 2
	v_accvgpr_mov_b32 a65, a15
	v_accvgpr_mov_b32 a64, a14
	v_accvgpr_mov_b32 a63, a13
	v_accvgpr_mov_b32 a62, a12
	v_accvgpr_mov_b32 a61, a11
	v_accvgpr_mov_b32 a60, a10
	v_accvgpr_mov_b32 a59, a9
	v_accvgpr_mov_b32 a58, a8
	v_accvgpr_mov_b32 a57, a7
	v_accvgpr_mov_b32 a56, a6
	v_accvgpr_mov_b32 a55, a5
	v_accvgpr_mov_b32 a54, a4
	v_accvgpr_mov_b32 a53, a3
	v_accvgpr_mov_b32 a52, a2
	v_accvgpr_mov_b32 a51, a1
	v_accvgpr_mov_b32 a50, a0
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v70, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v70
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v70
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v66
	v_cmp_ne_u16_e64 s[24:25], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[20:21], 2, v66
	v_cmp_ne_u16_e64 s[18:19], 3, v66
	v_cmp_ne_u16_e64 s[16:17], 4, v66
	v_cmp_ne_u16_e64 s[14:15], 5, v66
	v_cmp_ne_u16_e64 s[12:13], 6, v66
	v_cmp_ne_u16_e64 s[10:11], 7, v66
	v_lshlrev_b16_e32 v66, 7, v70
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[68:69]
	v_cndmask_b32_e64 v66, 0, v66, s[70:71]
	v_cndmask_b32_e64 v66, v85, v66, s[72:73]
	v_cndmask_b32_e64 v66, v88, v66, s[74:75]
	v_cndmask_b32_e64 v66, v84, v66, s[76:77]
	v_cndmask_b32_e64 v66, v254, v66, s[78:79]
	v_cndmask_b32_e64 v66, v89, v66, s[80:81]
	v_lshlrev_b16_e32 v72, 8, v70
	v_cndmask_b32_e64 v66, v91, v66, s[82:83]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v66, v92, v66, s[84:85]
	v_or_b32_e32 v66, v66, v72
	v_lshlrev_b16_sdwa v72, v94, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[50:51]
	v_cndmask_b32_e64 v72, 0, v72, s[52:53]
	v_cndmask_b32_e64 v72, v85, v72, s[54:55]
	v_cndmask_b32_e64 v72, v88, v72, s[56:57]
	v_cndmask_b32_e64 v72, v84, v72, s[58:59]
	v_cndmask_b32_e64 v72, v254, v72, s[60:61]
	v_cndmask_b32_e64 v72, v89, v72, s[62:63]
	v_lshlrev_b16_sdwa v73, v93, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v91, v72, s[64:65]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v72, v92, v72, s[66:67]
	v_or_b32_e32 v72, v72, v73
	v_lshlrev_b16_sdwa v73, v94, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v97, v73, s[46:47]
	v_cndmask_b32_e64 v73, 0, v73, s[44:45]
	v_cndmask_b32_e64 v73, v85, v73, s[42:43]
	v_cndmask_b32_e64 v73, v88, v73, s[40:41]
	v_cndmask_b32_e64 v73, v84, v73, s[38:39]
	v_cndmask_b32_e64 v73, v254, v73, s[36:37]
	v_cndmask_b32_e64 v73, v89, v73, s[34:35]
	v_lshlrev_b16_sdwa v70, v93, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v73, v91, v73, s[28:29]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v73, v92, v73, s[30:31]
	v_or_b32_e32 v70, v73, v70
	v_lshlrev_b16_e32 v73, 7, v0
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v97, v73, s[26:27]
	v_cndmask_b32_e64 v73, 0, v73, s[24:25]
	v_cndmask_b32_e64 v73, v85, v73, s[22:23]
	v_cndmask_b32_e64 v73, v88, v73, s[20:21]
	v_cndmask_b32_e64 v73, v84, v73, s[18:19]
	v_cndmask_b32_e64 v73, v254, v73, s[16:17]
	v_cndmask_b32_e64 v73, v89, v73, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v73, v91, v73, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v73, v92, v73, s[10:11]
	v_or_b32_e32 v0, v73, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v73, v70, v72, s91
	v_perm_b32 v72, v0, v66, s91
	s_waitcnt vmcnt(0)
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[72:73], a[0:15]
	v_mfma_f32_32x32x8_f16 a[66:81], v[74:75], v[72:73], a[66:81]
	v_mfma_f32_32x32x8_f16 a[146:161], v[80:81], v[72:73], a[146:161]
	v_mfma_f32_32x32x8_f16 a[162:177], v[82:83], v[72:73], a[162:177]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[72:73], v76 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v72, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v72, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v72
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v72
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v66
	v_cmp_ne_u16_e64 s[24:25], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[20:21], 2, v66
	v_cmp_ne_u16_e64 s[18:19], 3, v66
	v_cmp_ne_u16_e64 s[16:17], 4, v66
	v_cmp_ne_u16_e64 s[14:15], 5, v66
	v_cmp_ne_u16_e64 s[12:13], 6, v66
	v_cmp_ne_u16_e64 s[10:11], 7, v66
	v_lshlrev_b16_e32 v66, 7, v72
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[68:69]
	v_cndmask_b32_e64 v66, 0, v66, s[70:71]
	v_cndmask_b32_e64 v66, v85, v66, s[72:73]
	v_cndmask_b32_e64 v66, v88, v66, s[74:75]
	v_cndmask_b32_e64 v66, v84, v66, s[76:77]
	v_cndmask_b32_e64 v66, v254, v66, s[78:79]
	v_cndmask_b32_e64 v66, v89, v66, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v72
	v_cndmask_b32_e64 v66, v91, v66, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v66, v92, v66, s[84:85]
	v_or_b32_e32 v66, v66, v70
	v_lshlrev_b16_sdwa v70, v94, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[50:51]
	v_cndmask_b32_e64 v70, 0, v70, s[52:53]
	v_cndmask_b32_e64 v70, v85, v70, s[54:55]
	v_cndmask_b32_e64 v70, v88, v70, s[56:57]
	v_cndmask_b32_e64 v70, v84, v70, s[58:59]
	v_cndmask_b32_e64 v70, v254, v70, s[60:61]
	v_cndmask_b32_e64 v70, v89, v70, s[62:63]
	v_lshlrev_b16_sdwa v76, v93, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v91, v70, s[64:65]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v70, v92, v70, s[66:67]
	v_or_b32_e32 v70, v70, v76
	v_lshlrev_b16_sdwa v76, v94, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[46:47]
	v_cndmask_b32_e64 v76, 0, v76, s[44:45]
	v_cndmask_b32_e64 v76, v85, v76, s[42:43]
	v_cndmask_b32_e64 v76, v88, v76, s[40:41]
	v_cndmask_b32_e64 v76, v84, v76, s[38:39]
	v_cndmask_b32_e64 v76, v254, v76, s[36:37]
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_lshlrev_b16_sdwa v72, v93, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v76, v92, v76, s[30:31]
	v_or_b32_e32 v72, v76, v72
	v_lshlrev_b16_e32 v76, 7, v0
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[26:27]
	v_cndmask_b32_e64 v76, 0, v76, s[24:25]
	v_cndmask_b32_e64 v76, v85, v76, s[22:23]
	v_cndmask_b32_e64 v76, v88, v76, s[20:21]
	v_cndmask_b32_e64 v76, v84, v76, s[18:19]
	v_cndmask_b32_e64 v76, v254, v76, s[16:17]
	v_cndmask_b32_e64 v76, v89, v76, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_or_b32_e32 v0, v76, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v77, v72, v70, s91
	v_perm_b32 v76, v0, v66, s91
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[178:193], v[68:69], v[76:77], a[178:193]
	v_mfma_f32_32x32x8_f16 v[226:241], v[74:75], v[76:77], v[226:241]
	v_mfma_f32_32x32x8_f16 v[194:209], v[80:81], v[76:77], v[194:209]
	v_mfma_f32_32x32x8_f16 v[178:193], v[82:83], v[76:77], v[178:193]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[76:77], v242 offset1:2
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v76, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v76, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v76
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v76
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v66
	v_cmp_ne_u16_e64 s[24:25], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[20:21], 2, v66
	v_cmp_ne_u16_e64 s[18:19], 3, v66
	v_cmp_ne_u16_e64 s[16:17], 4, v66
	v_cmp_ne_u16_e64 s[14:15], 5, v66
	v_cmp_ne_u16_e64 s[12:13], 6, v66
	v_cmp_ne_u16_e64 s[10:11], 7, v66
	v_lshlrev_b16_e32 v66, 7, v76
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[68:69]
	v_cndmask_b32_e64 v66, 0, v66, s[70:71]
	v_cndmask_b32_e64 v66, v85, v66, s[72:73]
	v_cndmask_b32_e64 v66, v88, v66, s[74:75]
	v_cndmask_b32_e64 v66, v84, v66, s[76:77]
	v_cndmask_b32_e64 v66, v254, v66, s[78:79]
	v_cndmask_b32_e64 v66, v89, v66, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v76
	v_cndmask_b32_e64 v66, v91, v66, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v66, v92, v66, s[84:85]
	v_or_b32_e32 v66, v66, v70
	v_lshlrev_b16_sdwa v70, v94, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[50:51]
	v_cndmask_b32_e64 v70, 0, v70, s[52:53]
	v_cndmask_b32_e64 v70, v85, v70, s[54:55]
	v_cndmask_b32_e64 v70, v88, v70, s[56:57]
	v_cndmask_b32_e64 v70, v84, v70, s[58:59]
	v_cndmask_b32_e64 v70, v254, v70, s[60:61]
	v_cndmask_b32_e64 v70, v89, v70, s[62:63]
	v_lshlrev_b16_sdwa v72, v93, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v91, v70, s[64:65]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v92, v70, s[66:67]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v94, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[44:45]
	v_cndmask_b32_e64 v72, v85, v72, s[42:43]
	v_cndmask_b32_e64 v72, v88, v72, s[40:41]
	v_cndmask_b32_e64 v72, v84, v72, s[38:39]
	v_cndmask_b32_e64 v72, v254, v72, s[36:37]
	v_cndmask_b32_e64 v72, v89, v72, s[34:35]
	v_lshlrev_b16_sdwa v76, v93, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v91, v72, s[28:29]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v92, v72, s[30:31]
	v_or_b32_e32 v72, v72, v76
	v_lshlrev_b16_e32 v76, 7, v0
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[26:27]
	v_cndmask_b32_e64 v76, 0, v76, s[24:25]
	v_cndmask_b32_e64 v76, v85, v76, s[22:23]
	v_cndmask_b32_e64 v76, v88, v76, s[20:21]
	v_cndmask_b32_e64 v76, v84, v76, s[18:19]
	v_cndmask_b32_e64 v76, v254, v76, s[16:17]
	v_cndmask_b32_e64 v76, v89, v76, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_or_b32_e32 v0, v76, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v79, v72, v70, s91
	v_perm_b32 v78, v0, v66, s91
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[162:177], v[68:69], v[78:79], v[162:177]
	v_mfma_f32_32x32x8_f16 v[146:161], v[74:75], v[78:79], v[146:161]
	v_mfma_f32_32x32x8_f16 v[130:145], v[80:81], v[78:79], v[130:145]
	v_mfma_f32_32x32x8_f16 v[114:129], v[82:83], v[78:79], v[114:129]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[78:79], v242 offset0:128 offset1:130
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v242, 0x7f, v253
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v78, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s90, v0
	v_cmp_ne_u16_e64 s[44:45], 0, v0
	v_cmp_ne_u16_e64 s[42:43], 1, v0
	v_cmp_ne_u16_e64 s[40:41], 2, v0
	v_cmp_ne_u16_e64 s[38:39], 3, v0
	v_cmp_ne_u16_e64 s[36:37], 4, v0
	v_cmp_ne_u16_e64 s[34:35], 5, v0
	v_cmp_ne_u16_e64 s[28:29], 6, v0
	v_cmp_ne_u16_e64 s[30:31], 7, v0
	v_and_b32_sdwa v0, v78, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[50:51], s90, v0
	v_cmp_ne_u16_e64 s[52:53], 0, v0
	v_cmp_ne_u16_e64 s[54:55], 1, v0
	v_cmp_ne_u16_e64 s[56:57], 2, v0
	v_cmp_ne_u16_e64 s[58:59], 3, v0
	v_cmp_ne_u16_e64 s[60:61], 4, v0
	v_cmp_ne_u16_e64 s[62:63], 5, v0
	v_cmp_ne_u16_e64 s[64:65], 6, v0
	v_cmp_ne_u16_e64 s[66:67], 7, v0
	v_and_b32_e32 v0, 0x7f, v78
	v_cmp_ne_u16_e64 s[68:69], s90, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_lshrrev_b32_e32 v0, 8, v78
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v66
	v_cmp_ne_u16_e64 s[24:25], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[20:21], 2, v66
	v_cmp_ne_u16_e64 s[18:19], 3, v66
	v_cmp_ne_u16_e64 s[16:17], 4, v66
	v_cmp_ne_u16_e64 s[14:15], 5, v66
	v_cmp_ne_u16_e64 s[12:13], 6, v66
	v_cmp_ne_u16_e64 s[10:11], 7, v66
	v_lshlrev_b16_e32 v66, 7, v78
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v97, v66, s[68:69]
	v_cndmask_b32_e64 v66, 0, v66, s[70:71]
	v_cndmask_b32_e64 v66, v85, v66, s[72:73]
	v_cndmask_b32_e64 v66, v88, v66, s[74:75]
	v_cndmask_b32_e64 v66, v84, v66, s[76:77]
	v_cndmask_b32_e64 v66, v254, v66, s[78:79]
	v_cndmask_b32_e64 v66, v89, v66, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v78
	v_cndmask_b32_e64 v66, v91, v66, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v66, v92, v66, s[84:85]
	v_or_b32_e32 v66, v66, v70
	v_lshlrev_b16_sdwa v70, v94, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v97, v70, s[50:51]
	v_cndmask_b32_e64 v70, 0, v70, s[52:53]
	v_cndmask_b32_e64 v70, v85, v70, s[54:55]
	v_cndmask_b32_e64 v70, v88, v70, s[56:57]
	v_cndmask_b32_e64 v70, v84, v70, s[58:59]
	v_cndmask_b32_e64 v70, v254, v70, s[60:61]
	v_cndmask_b32_e64 v70, v89, v70, s[62:63]
	v_lshlrev_b16_sdwa v72, v93, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v91, v70, s[64:65]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v92, v70, s[66:67]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v94, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[44:45]
	v_cndmask_b32_e64 v72, v85, v72, s[42:43]
	v_cndmask_b32_e64 v72, v88, v72, s[40:41]
	v_cndmask_b32_e64 v72, v84, v72, s[38:39]
	v_cndmask_b32_e64 v72, v254, v72, s[36:37]
	v_cndmask_b32_e64 v72, v89, v72, s[34:35]
	v_lshlrev_b16_sdwa v76, v93, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v91, v72, s[28:29]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v92, v72, s[30:31]
	v_or_b32_e32 v72, v72, v76
	v_lshlrev_b16_e32 v76, 7, v0
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[26:27]
	v_cndmask_b32_e64 v76, 0, v76, s[24:25]
	v_cndmask_b32_e64 v76, v85, v76, s[22:23]
	v_cndmask_b32_e64 v76, v88, v76, s[20:21]
	v_cndmask_b32_e64 v76, v84, v76, s[18:19]
	v_cndmask_b32_e64 v76, v254, v76, s[16:17]
	v_cndmask_b32_e64 v76, v89, v76, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_or_b32_e32 v0, v76, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v87, v72, v70, s91
	v_perm_b32 v86, v0, v66, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v78, 0x7f, v249
	v_cmp_ne_u16_e64 s[68:69], s90, v78
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[98:113], v[68:69], v[86:87], v[98:113]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v68, 7, v249
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[70:71], 0, v78
	v_cndmask_b32_e64 v68, v97, v68, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v78
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v78
	v_cndmask_b32_e64 v68, v85, v68, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v78
	v_cndmask_b32_e64 v68, v88, v68, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v78
	v_cndmask_b32_e64 v68, v84, v68, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v78
	v_cndmask_b32_e64 v68, v254, v68, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v78
	v_cndmask_b32_e64 v68, v89, v68, s[80:81]
	v_lshlrev_b16_e32 v66, 8, v249
	v_cmp_ne_u16_e64 s[84:85], 7, v78
	v_cndmask_b32_e64 v68, v91, v68, s[82:83]
	v_lshlrev_b16_sdwa v70, v94, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v68, v92, v68, s[84:85]
	v_and_b32_sdwa v76, v249, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v66, v68, v66
	v_and_b32_e32 v68, 0x3f80, v70
	v_cmp_ne_u16_e64 s[50:51], s90, v76
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[52:53], 0, v76
	v_cndmask_b32_e64 v68, v97, v68, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v76
	v_cndmask_b32_e64 v68, 0, v68, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v76
	v_cndmask_b32_e64 v68, v85, v68, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v76
	v_cndmask_b32_e64 v68, v88, v68, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v76
	v_cndmask_b32_e64 v68, v84, v68, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v76
	v_cndmask_b32_e64 v68, v254, v68, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v76
	v_cndmask_b32_e64 v68, v89, v68, s[62:63]
	v_lshlrev_b16_sdwa v69, v93, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[66:67], 7, v76
	v_cndmask_b32_e64 v68, v91, v68, s[64:65]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[34:49], v[74:75], v[86:87], v[34:49]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v74, v94, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e64 v68, v92, v68, s[66:67]
	v_and_b32_sdwa v75, v249, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v68, v68, v69
	v_and_b32_e32 v69, 0x3f80, v74
	v_cmp_ne_u16_e64 s[46:47], s90, v75
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[44:45], 0, v75
	v_cndmask_b32_e64 v69, v97, v69, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v75
	v_cndmask_b32_e64 v69, 0, v69, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v75
	v_cndmask_b32_e64 v69, v85, v69, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v75
	v_cndmask_b32_e64 v69, v88, v69, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v75
	v_cndmask_b32_e64 v69, v84, v69, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v75
	v_cndmask_b32_e64 v69, v254, v69, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v75
	v_cndmask_b32_e64 v69, v89, v69, s[34:35]
	v_lshlrev_b16_sdwa v72, v93, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[30:31], 7, v75
	v_cndmask_b32_e64 v69, v91, v69, s[28:29]
	v_lshrrev_b32_e32 v0, 8, v249
	v_and_b32_e32 v70, 0xffff8000, v72
	v_cndmask_b32_e64 v69, v92, v69, s[30:31]
	v_or_b32_e32 v69, v69, v70
	v_lshlrev_b16_e32 v70, 7, v0
	v_and_b32_e32 v75, 0x7f, v0
	v_and_b32_e32 v70, 0x3f80, v70
	v_cmp_ne_u16_e64 s[26:27], s90, v75
	v_add_u16_e32 v70, 0x2000, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[2:17], v[82:83], v[86:87], v[2:17]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[24:25], 0, v75
	v_cndmask_b32_e64 v70, v97, v70, s[26:27]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v83, v69, v68, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v68, 7, v251
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[22:23], 1, v75
	v_cndmask_b32_e64 v70, 0, v70, s[24:25]
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v78, 0x7f, v251
	v_and_b32_e32 v68, 0x3f80, v68
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[20:21], 2, v75
	v_cndmask_b32_e64 v70, v85, v70, s[22:23]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[68:69], s90, v78
	v_add_u16_e32 v68, 0x2000, v68
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[18:19], 3, v75
	v_cndmask_b32_e64 v70, v88, v70, s[20:21]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[70:71], 0, v78
	v_cndmask_b32_e64 v68, v97, v68, s[68:69]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[16:17], 4, v75
	v_cndmask_b32_e64 v70, v84, v70, s[18:19]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[72:73], 1, v78
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[14:15], 5, v75
	v_cndmask_b32_e64 v70, v254, v70, s[16:17]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[74:75], 2, v78
	v_cndmask_b32_e64 v68, v85, v68, s[72:73]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[12:13], 6, v75
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[76:77], 3, v78
	v_cndmask_b32_e64 v68, v88, v68, s[74:75]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[10:11], 7, v75
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v70, v91, v70, s[12:13]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[78:79], 4, v78
	v_cndmask_b32_e64 v68, v84, v68, s[76:77]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v70, v92, v70, s[10:11]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[80:81], 5, v78
	v_cndmask_b32_e64 v68, v254, v68, s[78:79]
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v0, v70, v0
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[82:83], 6, v78
	v_cndmask_b32_e64 v68, v89, v68, s[80:81]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v82, v0, v66, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v66, 8, v251
	v_cmp_ne_u16_e64 s[84:85], 7, v78
	v_cndmask_b32_e64 v68, v91, v68, s[82:83]
	v_lshlrev_b16_sdwa v70, v94, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v68, v92, v68, s[84:85]
	v_and_b32_sdwa v76, v251, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v66, v68, v66
	v_and_b32_e32 v68, 0x3f80, v70
	v_cmp_ne_u16_e64 s[50:51], s90, v76
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[52:53], 0, v76
	v_cndmask_b32_e64 v68, v97, v68, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v76
	v_cndmask_b32_e64 v68, 0, v68, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v76
	v_cndmask_b32_e64 v68, v85, v68, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v76
	v_cndmask_b32_e64 v68, v88, v68, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v76
	v_cndmask_b32_e64 v68, v84, v68, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v76
	v_cndmask_b32_e64 v68, v254, v68, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v76
	v_cndmask_b32_e64 v68, v89, v68, s[62:63]
	v_lshlrev_b16_sdwa v69, v93, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[66:67], 7, v76
	v_cndmask_b32_e64 v68, v91, v68, s[64:65]
	v_lshlrev_b16_sdwa v74, v94, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e64 v68, v92, v68, s[66:67]
	v_and_b32_sdwa v75, v251, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v68, v68, v69
	v_and_b32_e32 v69, 0x3f80, v74
	v_cmp_ne_u16_e64 s[46:47], s90, v75
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[44:45], 0, v75
	v_cndmask_b32_e64 v69, v97, v69, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v75
	v_cndmask_b32_e64 v69, 0, v69, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v75
	v_cndmask_b32_e64 v69, v85, v69, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v75
	v_cndmask_b32_e64 v69, v88, v69, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v75
	v_cndmask_b32_e64 v69, v84, v69, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v75
	v_cndmask_b32_e64 v69, v254, v69, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v75
	v_cndmask_b32_e64 v69, v89, v69, s[34:35]
	v_lshlrev_b16_sdwa v72, v93, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[30:31], 7, v75
	v_cndmask_b32_e64 v69, v91, v69, s[28:29]
	v_lshrrev_b32_e32 v0, 8, v251
	v_and_b32_e32 v70, 0xffff8000, v72
	v_cndmask_b32_e64 v69, v92, v69, s[30:31]
	v_or_b32_e32 v69, v69, v70
	v_lshlrev_b16_e32 v70, 7, v0
	v_and_b32_e32 v75, 0x7f, v0
	v_and_b32_e32 v70, 0x3f80, v70
	v_cmp_ne_u16_e64 s[26:27], s90, v75
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[24:25], 0, v75
	v_cndmask_b32_e64 v70, v97, v70, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 1, v75
	v_cndmask_b32_e64 v70, 0, v70, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 2, v75
	v_cndmask_b32_e64 v70, v85, v70, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 3, v75
	v_cndmask_b32_e64 v70, v88, v70, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 4, v75
	v_cndmask_b32_e64 v70, v84, v70, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v75
	v_cndmask_b32_e64 v70, v254, v70, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v75
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v75
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v70, v91, v70, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v70, v92, v70, s[10:11]
	v_or_b32_e32 v0, v70, v0
	v_lshlrev_b16_e32 v70, 7, v247
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[18:33], v[80:81], v[86:87], v[18:33]
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v81, 0x7f, v247
	v_and_b32_e32 v70, 0x3f80, v70
	v_cmp_ne_u16_e64 s[68:69], s90, v81
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[70:71], 0, v81
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v81
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v81
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v81
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v81
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v81
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v81
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v68, s91
	v_perm_b32 v68, v0, v66, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v66, 8, v247
	v_cmp_ne_u16_e64 s[84:85], 7, v81
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_lshlrev_b16_sdwa v74, v94, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_and_b32_sdwa v80, v247, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v66, v70, v66
	v_and_b32_e32 v70, 0x3f80, v74
	v_cmp_ne_u16_e64 s[50:51], s90, v80
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[52:53], 0, v80
	v_cndmask_b32_e64 v70, v97, v70, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v80
	v_cndmask_b32_e64 v70, 0, v70, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v80
	v_cndmask_b32_e64 v70, v85, v70, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v80
	v_cndmask_b32_e64 v70, v88, v70, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v80
	v_cndmask_b32_e64 v70, v84, v70, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v80
	v_cndmask_b32_e64 v70, v254, v70, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v80
	v_cndmask_b32_e64 v70, v89, v70, s[62:63]
	v_lshlrev_b16_sdwa v72, v93, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[66:67], 7, v80
	v_cndmask_b32_e64 v70, v91, v70, s[64:65]
	v_lshlrev_b16_sdwa v76, v94, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v92, v70, s[66:67]
	v_and_b32_sdwa v78, v247, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v70, v70, v72
	v_and_b32_e32 v72, 0x3f80, v76
	v_cmp_ne_u16_e64 s[46:47], s90, v78
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[44:45], 0, v78
	v_cndmask_b32_e64 v72, v97, v72, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v78
	v_cndmask_b32_e64 v72, 0, v72, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v78
	v_cndmask_b32_e64 v72, v85, v72, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v78
	v_cndmask_b32_e64 v72, v88, v72, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v78
	v_cndmask_b32_e64 v72, v84, v72, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v78
	v_cndmask_b32_e64 v72, v254, v72, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v78
	v_cndmask_b32_e64 v72, v89, v72, s[34:35]
	v_lshlrev_b16_sdwa v75, v93, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[30:31], 7, v78
	v_cndmask_b32_e64 v72, v91, v72, s[28:29]
	v_lshrrev_b32_e32 v0, 8, v247
	v_and_b32_e32 v74, 0xffff8000, v75
	v_cndmask_b32_e64 v72, v92, v72, s[30:31]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v0
	v_and_b32_e32 v78, 0x7f, v0
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[26:27], s90, v78
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[24:25], 0, v78
	v_cndmask_b32_e64 v74, v97, v74, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 1, v78
	v_cndmask_b32_e64 v74, 0, v74, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 2, v78
	v_cndmask_b32_e64 v74, v85, v74, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 3, v78
	v_cndmask_b32_e64 v74, v88, v74, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 4, v78
	v_cndmask_b32_e64 v74, v84, v74, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v78
	v_cndmask_b32_e64 v74, v254, v74, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v78
	v_cndmask_b32_e64 v74, v89, v74, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v78
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v74, v91, v74, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v74, v92, v74, s[10:11]
	v_or_b32_e32 v0, v74, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v75, v72, v70, s91
	v_perm_b32 v74, v0, v66, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v0, 8, v1
	v_lshlrev_b16_e32 v66, 8, v1
	v_lshlrev_b16_e32 v70, 7, v1
	v_lshlrev_b16_sdwa v72, v93, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v94, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v93, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v80, v94, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v81, v1, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v1, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v1, 0x7f, v1
	v_cmp_ne_u16_e64 s[68:69], s90, v1
	v_cmp_ne_u16_e64 s[70:71], 0, v1
	v_cmp_ne_u16_e64 s[72:73], 1, v1
	v_cmp_ne_u16_e64 s[74:75], 2, v1
	v_cmp_ne_u16_e64 s[76:77], 3, v1
	v_cmp_ne_u16_e64 s[78:79], 4, v1
	v_cmp_ne_u16_e64 s[80:81], 5, v1
	v_cmp_ne_u16_e64 s[82:83], 6, v1
	v_cmp_ne_u16_e64 s[84:85], 7, v1
	v_and_b32_e32 v1, 0x7f, v0
	v_cmp_ne_u16_e64 s[26:27], s90, v1
	v_cmp_ne_u16_e64 s[24:25], 0, v1
	v_cmp_ne_u16_e64 s[22:23], 1, v1
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	v_cmp_ne_u16_e64 s[18:19], 3, v1
	v_cmp_ne_u16_e64 s[16:17], 4, v1
	v_cmp_ne_u16_e64 s[14:15], 5, v1
	v_cmp_ne_u16_e64 s[12:13], 6, v1
	v_cmp_ne_u16_e64 s[10:11], 7, v1
	v_and_b32_e32 v1, 0x3f80, v70
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v97, v1, s[68:69]
	v_cndmask_b32_e64 v1, 0, v1, s[70:71]
	v_cndmask_b32_e64 v1, v85, v1, s[72:73]
	v_cndmask_b32_e64 v1, v88, v1, s[74:75]
	v_cndmask_b32_e64 v1, v84, v1, s[76:77]
	v_cndmask_b32_e64 v1, v254, v1, s[78:79]
	v_cndmask_b32_e64 v1, v89, v1, s[80:81]
	v_cndmask_b32_e64 v1, v91, v1, s[82:83]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v1, v92, v1, s[84:85]
	v_or_b32_e32 v66, v1, v66
	v_and_b32_e32 v1, 0x3f80, v76
	v_cmp_ne_u16_e64 s[50:51], s90, v86
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[52:53], 0, v86
	v_cndmask_b32_e64 v1, v97, v1, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v86
	v_cndmask_b32_e64 v1, 0, v1, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v86
	v_cndmask_b32_e64 v1, v85, v1, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v86
	v_cndmask_b32_e64 v1, v88, v1, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v86
	v_cndmask_b32_e64 v1, v84, v1, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v86
	v_cndmask_b32_e64 v1, v254, v1, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v86
	v_cndmask_b32_e64 v1, v89, v1, s[62:63]
	v_cmp_ne_u16_e64 s[66:67], 7, v86
	v_cndmask_b32_e64 v1, v91, v1, s[64:65]
	v_and_b32_e32 v70, 0xffff8000, v72
	v_cndmask_b32_e64 v1, v92, v1, s[66:67]
	v_or_b32_e32 v1, v1, v70
	v_and_b32_e32 v70, 0x3f80, v80
	v_cmp_ne_u16_e64 s[46:47], s90, v81
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[44:45], 0, v81
	v_cndmask_b32_e64 v70, v97, v70, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v81
	v_cndmask_b32_e64 v70, 0, v70, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v81
	v_cndmask_b32_e64 v70, v85, v70, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v81
	v_cndmask_b32_e64 v70, v88, v70, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v81
	v_cndmask_b32_e64 v70, v84, v70, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v81
	v_cndmask_b32_e64 v70, v254, v70, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v81
	v_cndmask_b32_e64 v70, v89, v70, s[34:35]
	v_cmp_ne_u16_e64 s[30:31], 7, v81
	v_cndmask_b32_e64 v70, v91, v70, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v78
	v_cndmask_b32_e64 v70, v92, v70, s[30:31]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_e32 v72, 7, v0
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_or_b32_e32 v0, v72, v0
	v_lshlrev_b16_e32 v72, 7, v253
	v_and_b32_e32 v72, 0x3f80, v72
	v_cmp_ne_u16_e64 s[68:69], s90, v242
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[70:71], 0, v242
	v_cndmask_b32_e64 v72, v97, v72, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v242
	v_cndmask_b32_e64 v72, 0, v72, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v242
	v_cndmask_b32_e64 v72, v85, v72, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v242
	v_cndmask_b32_e64 v72, v88, v72, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v242
	v_cndmask_b32_e64 v72, v84, v72, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v242
	v_cndmask_b32_e64 v72, v254, v72, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v242
	v_cndmask_b32_e64 v72, v89, v72, s[80:81]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v1, v70, v1, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v70, 8, v253
	v_cmp_ne_u16_e64 s[84:85], 7, v242
	v_cndmask_b32_e64 v72, v91, v72, s[82:83]
	v_lshlrev_b16_sdwa v78, v94, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v72, v92, v72, s[84:85]
	v_and_b32_sdwa v87, v253, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v70, v72, v70
	v_and_b32_e32 v72, 0x3f80, v78
	v_cmp_ne_u16_e64 s[50:51], s90, v87
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[52:53], 0, v87
	v_cndmask_b32_e64 v72, v97, v72, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v87
	v_cndmask_b32_e64 v72, 0, v72, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v87
	v_cndmask_b32_e64 v72, v85, v72, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v87
	v_cndmask_b32_e64 v72, v88, v72, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v87
	v_cndmask_b32_e64 v72, v84, v72, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v87
	v_cndmask_b32_e64 v72, v254, v72, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v87
	v_cndmask_b32_e64 v72, v89, v72, s[62:63]
	v_lshlrev_b16_sdwa v76, v93, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[66:67], 7, v87
	v_cndmask_b32_e64 v72, v91, v72, s[64:65]
	v_lshlrev_b16_sdwa v81, v94, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v92, v72, s[66:67]
	v_and_b32_sdwa v86, v253, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v72, v72, v76
	v_and_b32_e32 v76, 0x3f80, v81
	v_cmp_ne_u16_e64 s[46:47], s90, v86
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[44:45], 0, v86
	v_cndmask_b32_e64 v76, v97, v76, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v86
	v_cndmask_b32_e64 v76, 0, v76, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v86
	v_cndmask_b32_e64 v76, v85, v76, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v86
	v_cndmask_b32_e64 v76, v88, v76, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v86
	v_cndmask_b32_e64 v76, v84, v76, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v86
	v_cndmask_b32_e64 v76, v254, v76, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v86
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_lshlrev_b16_sdwa v80, v93, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[30:31], 7, v86
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v0, v0, v66, s91
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v66, 8, v253
	v_and_b32_e32 v78, 0xffff8000, v80
	v_cndmask_b32_e64 v76, v92, v76, s[30:31]
	v_or_b32_e32 v76, v76, v78
	v_lshlrev_b16_e32 v78, 7, v66
	v_and_b32_e32 v86, 0x7f, v66
	v_and_b32_e32 v78, 0x3f80, v78
	v_cmp_ne_u16_e64 s[26:27], s90, v86
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[24:25], 0, v86
	v_cndmask_b32_e64 v78, v97, v78, s[26:27]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v81, v76, v72, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v72, 7, v243
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v78, 0, v78, s[24:25]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v242, 0x7f, v243
	v_and_b32_e32 v72, 0x3f80, v72
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[20:21], 2, v86
	v_cndmask_b32_e64 v78, v85, v78, s[22:23]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[68:69], s90, v242
	v_add_u16_e32 v72, 0x2000, v72
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[18:19], 3, v86
	v_cndmask_b32_e64 v78, v88, v78, s[20:21]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[70:71], 0, v242
	v_cndmask_b32_e64 v72, v97, v72, s[68:69]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[16:17], 4, v86
	v_cndmask_b32_e64 v78, v84, v78, s[18:19]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[72:73], 1, v242
	v_cndmask_b32_e64 v72, 0, v72, s[70:71]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[14:15], 5, v86
	v_cndmask_b32_e64 v78, v254, v78, s[16:17]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[74:75], 2, v242
	v_cndmask_b32_e64 v72, v85, v72, s[72:73]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[12:13], 6, v86
	v_cndmask_b32_e64 v78, v89, v78, s[14:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[76:77], 3, v242
	v_cndmask_b32_e64 v72, v88, v72, s[74:75]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[10:11], 7, v86
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v78, v91, v78, s[12:13]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[78:79], 4, v242
	v_cndmask_b32_e64 v72, v84, v72, s[76:77]
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v78, v92, v78, s[10:11]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[80:81], 5, v242
	v_cndmask_b32_e64 v72, v254, v72, s[78:79]
	.loc	1 31 20                         ; spill.py:31:20
	v_or_b32_e32 v66, v78, v66
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[82:83], 6, v242
	v_cndmask_b32_e64 v72, v89, v72, s[80:81]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v80, v66, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v70, 8, v243
	v_cmp_ne_u16_e64 s[84:85], 7, v242
	v_cndmask_b32_e64 v72, v91, v72, s[82:83]
	v_lshlrev_b16_sdwa v78, v94, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v72, v92, v72, s[84:85]
	v_and_b32_sdwa v87, v243, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v70, v72, v70
	v_and_b32_e32 v72, 0x3f80, v78
	v_cmp_ne_u16_e64 s[50:51], s90, v87
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[52:53], 0, v87
	v_cndmask_b32_e64 v72, v97, v72, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v87
	v_cndmask_b32_e64 v72, 0, v72, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v87
	v_cndmask_b32_e64 v72, v85, v72, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v87
	v_cndmask_b32_e64 v72, v88, v72, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v87
	v_cndmask_b32_e64 v72, v84, v72, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v87
	v_cndmask_b32_e64 v72, v254, v72, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v87
	v_cndmask_b32_e64 v72, v89, v72, s[62:63]
	v_lshlrev_b16_sdwa v76, v93, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[66:67], 7, v87
	v_cndmask_b32_e64 v72, v91, v72, s[64:65]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[194:209], v[74:75], v[82:83], a[194:209]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v92, v72, s[66:67]
	v_and_b32_sdwa v86, v243, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v72, v72, v76
	v_cmp_ne_u16_e64 s[46:47], s90, v86
	v_cmp_ne_u16_e64 s[44:45], 0, v86
	v_cmp_ne_u16_e64 s[42:43], 1, v86
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[210:225], v[68:69], v[82:83], v[210:225]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[40:41], 2, v86
	v_cmp_ne_u16_e64 s[38:39], 3, v86
	v_cmp_ne_u16_e64 s[36:37], 4, v86
	v_cmp_ne_u16_e64 s[34:35], 5, v86
	v_cmp_ne_u16_e64 s[28:29], 6, v86
	v_cmp_ne_u16_e64 s[30:31], 7, v86
	v_lshrrev_b32_e32 v66, 8, v243
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[32:47], v[0:1], v[82:83], a[32:47]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v86, 0x7f, v66
	v_cmp_ne_u16_e64 s[26:27], s90, v86
	v_cmp_ne_u16_e64 s[24:25], 0, v86
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cmp_ne_u16_e64 s[20:21], 2, v86
	v_cmp_ne_u16_e64 s[18:19], 3, v86
	v_cmp_ne_u16_e64 s[16:17], 4, v86
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[16:31], v[80:81], v[82:83], a[16:31]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v83, v94, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v76, 0x3f80, v83
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[46:47]
	v_cndmask_b32_e64 v76, 0, v76, s[44:45]
	v_cndmask_b32_e64 v76, v85, v76, s[42:43]
	v_cndmask_b32_e64 v76, v88, v76, s[40:41]
	v_cndmask_b32_e64 v76, v84, v76, s[38:39]
	v_cndmask_b32_e64 v76, v254, v76, s[36:37]
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_lshlrev_b16_sdwa v82, v93, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_and_b32_e32 v78, 0xffff8000, v82
	v_cndmask_b32_e64 v76, v92, v76, s[30:31]
	v_or_b32_e32 v76, v76, v78
	v_lshlrev_b16_e32 v78, 7, v66
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v78, v97, v78, s[26:27]
	v_cndmask_b32_e64 v78, 0, v78, s[24:25]
	v_cndmask_b32_e64 v78, v85, v78, s[22:23]
	v_cndmask_b32_e64 v78, v88, v78, s[20:21]
	v_cndmask_b32_e64 v78, v84, v78, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v86
	v_cndmask_b32_e64 v78, v254, v78, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v86
	v_cndmask_b32_e64 v78, v89, v78, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v86
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v78, v91, v78, s[12:13]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v78, v92, v78, s[10:11]
	v_or_b32_e32 v66, v78, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v83, v76, v72, s91
	v_perm_b32 v82, v66, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v72, 7, v245
	v_and_b32_e32 v242, 0x7f, v245
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[50:65], v[80:81], v[82:83], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v72, 0x3f80, v72
	v_cmp_ne_u16_e64 s[68:69], s90, v242
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[70:71], 0, v242
	v_cndmask_b32_e64 v72, v97, v72, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v242
	v_cndmask_b32_e64 v72, 0, v72, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v242
	v_cndmask_b32_e64 v72, v85, v72, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v242
	v_cndmask_b32_e64 v72, v88, v72, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v242
	v_cndmask_b32_e64 v72, v84, v72, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v242
	v_cndmask_b32_e64 v72, v254, v72, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v242
	v_cndmask_b32_e64 v72, v89, v72, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v245
	v_cmp_ne_u16_e64 s[84:85], 7, v242
	v_cndmask_b32_e64 v72, v91, v72, s[82:83]
	v_lshlrev_b16_sdwa v78, v94, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v72, v92, v72, s[84:85]
	v_and_b32_sdwa v87, v245, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v70, v72, v70
	v_and_b32_e32 v72, 0x3f80, v78
	v_cmp_ne_u16_e64 s[50:51], s90, v87
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[52:53], 0, v87
	v_cndmask_b32_e64 v72, v97, v72, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v87
	v_cndmask_b32_e64 v72, 0, v72, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v87
	v_cndmask_b32_e64 v72, v85, v72, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v87
	v_cndmask_b32_e64 v72, v88, v72, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v87
	v_cndmask_b32_e64 v72, v84, v72, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v87
	v_cndmask_b32_e64 v72, v254, v72, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v87
	v_cndmask_b32_e64 v72, v89, v72, s[62:63]
	v_lshlrev_b16_sdwa v76, v93, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[66:67], 7, v87
	v_cndmask_b32_e64 v72, v91, v72, s[64:65]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[130:145], v[68:69], v[82:83], a[130:145]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v92, v72, s[66:67]
	v_and_b32_sdwa v86, v245, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v72, v72, v76
	v_cmp_ne_u16_e64 s[46:47], s90, v86
	v_cmp_ne_u16_e64 s[44:45], 0, v86
	v_cmp_ne_u16_e64 s[42:43], 1, v86
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[226:241], v[74:75], v[82:83], a[226:241]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[40:41], 2, v86
	v_cmp_ne_u16_e64 s[38:39], 3, v86
	v_cmp_ne_u16_e64 s[36:37], 4, v86
	v_cmp_ne_u16_e64 s[34:35], 5, v86
	v_cmp_ne_u16_e64 s[28:29], 6, v86
	v_cmp_ne_u16_e64 s[30:31], 7, v86
	v_lshrrev_b32_e32 v66, 8, v245
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[210:225], v[0:1], v[82:83], a[210:225]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v83, v94, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v76, 0x3f80, v83
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[46:47]
	v_cndmask_b32_e64 v76, 0, v76, s[44:45]
	v_cndmask_b32_e64 v76, v85, v76, s[42:43]
	v_cndmask_b32_e64 v76, v88, v76, s[40:41]
	v_cndmask_b32_e64 v76, v84, v76, s[38:39]
	v_cndmask_b32_e64 v76, v254, v76, s[36:37]
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_lshlrev_b16_sdwa v82, v93, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_and_b32_e32 v78, 0xffff8000, v82
	v_cndmask_b32_e64 v76, v92, v76, s[30:31]
	v_or_b32_e32 v76, v76, v78
	v_lshlrev_b16_e32 v78, 7, v66
	v_and_b32_e32 v86, 0x7f, v66
	v_and_b32_e32 v78, 0x3f80, v78
	v_cmp_ne_u16_e64 s[26:27], s90, v86
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[24:25], 0, v86
	v_cndmask_b32_e64 v78, v97, v78, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v78, 0, v78, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 2, v86
	v_cndmask_b32_e64 v78, v85, v78, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 3, v86
	v_cndmask_b32_e64 v78, v88, v78, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 4, v86
	v_cndmask_b32_e64 v78, v84, v78, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v86
	v_cndmask_b32_e64 v78, v254, v78, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v86
	v_cndmask_b32_e64 v78, v89, v78, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v86
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v78, v91, v78, s[12:13]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v78, v92, v78, s[10:11]
	v_or_b32_e32 v66, v78, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v83, v76, v72, s91
	v_perm_b32 v82, v66, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v66, 8, v67
	v_lshlrev_b16_e32 v70, 8, v67
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[50:65], v[68:69], v[82:83], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[50:65], v[74:75], v[82:83], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[50:65], v[0:1], v[82:83], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[50:65], v[80:81], v[82:83], v[50:65]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v72, 7, v67
	v_lshlrev_b16_sdwa v76, v93, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v94, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v93, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v83, v94, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v86, v67, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v87, v67, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v67, 0x7f, v67
	v_cmp_ne_u16_e64 s[68:69], s90, v67
	v_cmp_ne_u16_e64 s[70:71], 0, v67
	v_cmp_ne_u16_e64 s[72:73], 1, v67
	v_cmp_ne_u16_e64 s[74:75], 2, v67
	v_cmp_ne_u16_e64 s[76:77], 3, v67
	v_cmp_ne_u16_e64 s[78:79], 4, v67
	v_cmp_ne_u16_e64 s[80:81], 5, v67
	v_cmp_ne_u16_e64 s[82:83], 6, v67
	v_cmp_ne_u16_e64 s[84:85], 7, v67
	v_and_b32_e32 v67, 0x7f, v66
	v_cmp_ne_u16_e64 s[26:27], s90, v67
	v_cmp_ne_u16_e64 s[24:25], 0, v67
	v_cmp_ne_u16_e64 s[22:23], 1, v67
	v_cmp_ne_u16_e64 s[20:21], 2, v67
	v_cmp_ne_u16_e64 s[18:19], 3, v67
	v_cmp_ne_u16_e64 s[16:17], 4, v67
	v_cmp_ne_u16_e64 s[14:15], 5, v67
	v_cmp_ne_u16_e64 s[12:13], 6, v67
	v_cmp_ne_u16_e64 s[10:11], 7, v67
	v_and_b32_e32 v67, 0x3f80, v72
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[68:69]
	v_cndmask_b32_e64 v67, 0, v67, s[70:71]
	v_cndmask_b32_e64 v67, v85, v67, s[72:73]
	v_cndmask_b32_e64 v67, v88, v67, s[74:75]
	v_cndmask_b32_e64 v67, v84, v67, s[76:77]
	v_cndmask_b32_e64 v67, v254, v67, s[78:79]
	v_cndmask_b32_e64 v67, v89, v67, s[80:81]
	v_cndmask_b32_e64 v67, v91, v67, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v67, v92, v67, s[84:85]
	v_or_b32_e32 v70, v67, v70
	v_and_b32_e32 v67, 0x3f80, v78
	v_cmp_ne_u16_e64 s[50:51], s90, v87
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e64 s[52:53], 0, v87
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v87
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v87
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v87
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v87
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v87
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v87
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_cmp_ne_u16_e64 s[66:67], 7, v87
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_and_b32_e32 v72, 0xffff8000, v76
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v72
	v_and_b32_e32 v72, 0x3f80, v83
	v_cmp_ne_u16_e64 s[46:47], s90, v86
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[44:45], 0, v86
	v_cndmask_b32_e64 v72, v97, v72, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v86
	v_cndmask_b32_e64 v72, 0, v72, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v86
	v_cndmask_b32_e64 v72, v85, v72, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v86
	v_cndmask_b32_e64 v72, v88, v72, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v86
	v_cndmask_b32_e64 v72, v84, v72, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v86
	v_cndmask_b32_e64 v72, v254, v72, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v86
	v_cndmask_b32_e64 v72, v89, v72, s[34:35]
	v_cmp_ne_u16_e64 s[30:31], 7, v86
	v_cndmask_b32_e64 v72, v91, v72, s[28:29]
	v_and_b32_e32 v76, 0xffff8000, v82
	v_cndmask_b32_e64 v72, v92, v72, s[30:31]
	v_or_b32_e32 v72, v72, v76
	v_lshlrev_b16_e32 v76, 7, v66
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v97, v76, s[26:27]
	v_cndmask_b32_e64 v76, 0, v76, s[24:25]
	v_cndmask_b32_e64 v76, v85, v76, s[22:23]
	v_cndmask_b32_e64 v76, v88, v76, s[20:21]
	v_cndmask_b32_e64 v76, v84, v76, s[18:19]
	v_cndmask_b32_e64 v76, v254, v76, s[16:17]
	v_cndmask_b32_e64 v76, v89, v76, s[14:15]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_or_b32_e32 v66, v76, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v72, v67, s91
	v_perm_b32 v66, v66, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v70, 7, v71
	v_lshlrev_b16_sdwa v72, v93, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[114:129], v[68:69], v[66:67], a[114:129]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v76, v94, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v93, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v82, v94, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v83, v71, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v71, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[98:113], v[74:75], v[66:67], a[98:113]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[50:51], s90, v86
	v_cmp_ne_u16_e64 s[52:53], 0, v86
	v_cmp_ne_u16_e64 s[54:55], 1, v86
	v_cmp_ne_u16_e64 s[56:57], 2, v86
	v_cmp_ne_u16_e64 s[58:59], 3, v86
	v_cmp_ne_u16_e64 s[60:61], 4, v86
	v_cmp_ne_u16_e64 s[62:63], 5, v86
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[82:97], v[0:1], v[66:67], a[82:97]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[64:65], 6, v86
	v_cmp_ne_u16_e64 s[66:67], 7, v86
	v_cmp_ne_u16_e64 s[46:47], s90, v83
	v_cmp_ne_u16_e64 s[44:45], 0, v83
	v_cmp_ne_u16_e64 s[42:43], 1, v83
	v_cmp_ne_u16_e64 s[40:41], 2, v83
	v_cmp_ne_u16_e64 s[38:39], 3, v83
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[50:65], v[80:81], v[66:67], a[50:65]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v66, 8, v71
	v_lshlrev_b16_e32 v67, 8, v71
	v_and_b32_e32 v71, 0x7f, v71
	v_cmp_ne_u16_e64 s[68:69], s90, v71
	v_cmp_ne_u16_e64 s[70:71], 0, v71
	v_cmp_ne_u16_e64 s[72:73], 1, v71
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v71
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v71
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v71
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v71
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v71
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v71
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_or_b32_e32 v70, v70, v67
	v_and_b32_e32 v67, 0x3f80, v76
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_and_b32_e32 v71, 0x7f, v66
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_cmp_ne_u16_e64 s[26:27], s90, v71
	v_cmp_ne_u16_e64 s[24:25], 0, v71
	v_cmp_ne_u16_e64 s[22:23], 1, v71
	v_cmp_ne_u16_e64 s[20:21], 2, v71
	v_cmp_ne_u16_e64 s[18:19], 3, v71
	v_cmp_ne_u16_e64 s[16:17], 4, v71
	v_cmp_ne_u16_e64 s[14:15], 5, v71
	v_cmp_ne_u16_e64 s[12:13], 6, v71
	v_cmp_ne_u16_e64 s[10:11], 7, v71
	v_and_b32_e32 v71, 0xffff8000, v72
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v71
	v_and_b32_e32 v71, 0x3f80, v82
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[46:47]
	v_cndmask_b32_e64 v71, 0, v71, s[44:45]
	v_cndmask_b32_e64 v71, v85, v71, s[42:43]
	v_cndmask_b32_e64 v71, v88, v71, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v83
	v_cndmask_b32_e64 v71, v84, v71, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v83
	v_cndmask_b32_e64 v71, v254, v71, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v83
	v_cndmask_b32_e64 v71, v89, v71, s[34:35]
	v_cmp_ne_u16_e64 s[30:31], 7, v83
	v_cndmask_b32_e64 v71, v91, v71, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v78
	v_cndmask_b32_e64 v71, v92, v71, s[30:31]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_e32 v72, 7, v66
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_or_b32_e32 v66, v72, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v71, v67, s91
	v_perm_b32 v66, v66, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v70, 7, v73
	v_lshlrev_b16_sdwa v71, v93, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[66:67], a[0:15]
	s_nop 10
	scratch_store_dwordx4 off, a[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:688 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a66
	v_accvgpr_mov_b32 a1, a67
	v_accvgpr_mov_b32 a2, a68
	v_accvgpr_mov_b32 a3, a69
	v_accvgpr_mov_b32 a4, a70
	v_accvgpr_mov_b32 a5, a71
	v_accvgpr_mov_b32 a6, a72
	v_accvgpr_mov_b32 a7, a73
	v_accvgpr_mov_b32 a8, a74
	v_accvgpr_mov_b32 a9, a75
	v_accvgpr_mov_b32 a10, a76
	v_accvgpr_mov_b32 a11, a77
	v_accvgpr_mov_b32 a12, a78
	v_accvgpr_mov_b32 a13, a79
	v_accvgpr_mov_b32 a14, a80
	v_accvgpr_mov_b32 a15, a81
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v72, v94, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v93, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[66:67], a[0:15]
	s_nop 10
	scratch_store_dwordx4 off, a[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:496 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a146
	v_accvgpr_mov_b32 a1, a147
	v_accvgpr_mov_b32 a2, a148
	v_accvgpr_mov_b32 a3, a149
	v_accvgpr_mov_b32 a4, a150
	v_accvgpr_mov_b32 a5, a151
	v_accvgpr_mov_b32 a6, a152
	v_accvgpr_mov_b32 a7, a153
	v_accvgpr_mov_b32 a8, a154
	v_accvgpr_mov_b32 a9, a155
	v_accvgpr_mov_b32 a10, a156
	v_accvgpr_mov_b32 a11, a157
	v_accvgpr_mov_b32 a12, a158
	v_accvgpr_mov_b32 a13, a159
	v_accvgpr_mov_b32 a14, a160
	v_accvgpr_mov_b32 a15, a161
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v78, v94, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v82, v73, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[0:1], v[66:67], a[0:15]
	s_nop 10
	scratch_store_dwordx4 off, a[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:432 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a0, a162
	v_accvgpr_mov_b32 a1, a163
	v_accvgpr_mov_b32 a2, a164
	v_accvgpr_mov_b32 a3, a165
	v_accvgpr_mov_b32 a4, a166
	v_accvgpr_mov_b32 a5, a167
	v_accvgpr_mov_b32 a6, a168
	v_accvgpr_mov_b32 a7, a169
	v_accvgpr_mov_b32 a8, a170
	v_accvgpr_mov_b32 a9, a171
	v_accvgpr_mov_b32 a10, a172
	v_accvgpr_mov_b32 a11, a173
	v_accvgpr_mov_b32 a12, a174
	v_accvgpr_mov_b32 a13, a175
	v_accvgpr_mov_b32 a14, a176
	v_accvgpr_mov_b32 a15, a177
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_sdwa v83, v73, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v70, 0x3f80, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[80:81], v[66:67], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v66, 8, v73
	v_lshlrev_b16_e32 v67, 8, v73
	v_and_b32_e32 v73, 0x7f, v73
	v_cmp_ne_u16_e64 s[68:69], s90, v73
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[70:71], 0, v73
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v73
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v73
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v73
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v73
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v73
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v73
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v73
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_or_b32_e32 v70, v70, v67
	v_and_b32_e32 v67, 0x3f80, v72
	v_cmp_ne_u16_e64 s[50:51], s90, v83
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e64 s[52:53], 0, v83
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 1, v83
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 2, v83
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 3, v83
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 4, v83
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 5, v83
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cmp_ne_u16_e64 s[64:65], 6, v83
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_cmp_ne_u16_e64 s[66:67], 7, v83
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v71
	v_and_b32_e32 v71, 0x3f80, v78
	v_cmp_ne_u16_e64 s[46:47], s90, v82
	v_add_u16_e32 v71, 0x2000, v71
	v_cmp_ne_u16_e64 s[44:45], 0, v82
	v_cndmask_b32_e64 v71, v97, v71, s[46:47]
	v_cmp_ne_u16_e64 s[42:43], 1, v82
	v_cndmask_b32_e64 v71, 0, v71, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v82
	v_cndmask_b32_e64 v71, v85, v71, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v82
	v_cndmask_b32_e64 v71, v88, v71, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v82
	v_cndmask_b32_e64 v71, v84, v71, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v82
	v_cndmask_b32_e64 v71, v254, v71, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v82
	v_cndmask_b32_e64 v71, v89, v71, s[34:35]
	v_cmp_ne_u16_e64 s[30:31], 7, v82
	v_cndmask_b32_e64 v71, v91, v71, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v76
	v_cndmask_b32_e64 v71, v92, v71, s[30:31]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_e32 v72, 7, v66
	v_and_b32_e32 v73, 0x7f, v66
	v_and_b32_e32 v72, 0x3f80, v72
	v_cmp_ne_u16_e64 s[26:27], s90, v73
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[24:25], 0, v73
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 1, v73
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 2, v73
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 3, v73
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 4, v73
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v73
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v73
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v73
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	scratch_store_dwordx4 off, a[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:624 ; 16-byte Folded Spill
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_or_b32_e32 v66, v72, v66
	v_accvgpr_mov_b32 a0, a178
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v71, v67, s91
	v_perm_b32 v66, v66, v70, s91
	v_accvgpr_mov_b32 a1, a179
	v_accvgpr_mov_b32 a2, a180
	v_accvgpr_mov_b32 a3, a181
	v_accvgpr_mov_b32 a4, a182
	v_accvgpr_mov_b32 a5, a183
	v_accvgpr_mov_b32 a6, a184
	v_accvgpr_mov_b32 a7, a185
	v_accvgpr_mov_b32 a8, a186
	v_accvgpr_mov_b32 a9, a187
	v_accvgpr_mov_b32 a10, a188
	v_accvgpr_mov_b32 a11, a189
	v_accvgpr_mov_b32 a12, a190
	v_accvgpr_mov_b32 a13, a191
	v_accvgpr_mov_b32 a14, a192
	v_accvgpr_mov_b32 a15, a193
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v70, 7, v77
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[226:241], v[74:75], v[66:67], v[226:241]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v71, v93, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v94, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v73, v93, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v94, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v78, v77, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v82, v77, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v70, 0x3f80, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[66:67], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[50:51], s90, v82
	v_cmp_ne_u16_e64 s[52:53], 0, v82
	v_cmp_ne_u16_e64 s[54:55], 1, v82
	v_cmp_ne_u16_e64 s[56:57], 2, v82
	v_cmp_ne_u16_e64 s[58:59], 3, v82
	v_cmp_ne_u16_e64 s[60:61], 4, v82
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[194:209], v[0:1], v[66:67], v[194:209]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[62:63], 5, v82
	v_cmp_ne_u16_e64 s[64:65], 6, v82
	v_cmp_ne_u16_e64 s[66:67], 7, v82
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cmp_ne_u16_e64 s[46:47], s90, v78
	v_cmp_ne_u16_e64 s[44:45], 0, v78
	v_cmp_ne_u16_e64 s[42:43], 1, v78
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[178:193], v[80:81], v[66:67], v[178:193]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v66, 8, v77
	v_lshlrev_b16_e32 v67, 8, v77
	v_and_b32_e32 v77, 0x7f, v77
	v_cmp_ne_u16_e64 s[68:69], s90, v77
	v_cmp_ne_u16_e64 s[70:71], 0, v77
	v_cmp_ne_u16_e64 s[72:73], 1, v77
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v77
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v77
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v77
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v77
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v77
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v77
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_or_b32_e32 v70, v70, v67
	v_and_b32_e32 v67, 0x3f80, v72
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v71
	v_and_b32_e32 v71, 0x3f80, v76
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[46:47]
	v_cndmask_b32_e64 v71, 0, v71, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 2, v78
	v_cndmask_b32_e64 v71, v85, v71, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v78
	v_cndmask_b32_e64 v71, v88, v71, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v78
	v_cndmask_b32_e64 v71, v84, v71, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v78
	v_cndmask_b32_e64 v71, v254, v71, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v78
	v_cndmask_b32_e64 v71, v89, v71, s[34:35]
	v_cmp_ne_u16_e64 s[30:31], 7, v78
	v_cndmask_b32_e64 v71, v91, v71, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v73
	v_cndmask_b32_e64 v71, v92, v71, s[30:31]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_e32 v72, 7, v66
	v_and_b32_e32 v77, 0x7f, v66
	v_and_b32_e32 v72, 0x3f80, v72
	v_cmp_ne_u16_e64 s[26:27], s90, v77
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[24:25], 0, v77
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 1, v77
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 2, v77
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 3, v77
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 4, v77
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v77
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v77
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v77
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_or_b32_e32 v66, v72, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v71, v67, s91
	v_perm_b32 v66, v66, v70, s91
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v70, 7, v79
	v_lshlrev_b16_sdwa v71, v93, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[162:177], v[68:69], v[66:67], v[162:177]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v72, v94, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v73, v93, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v94, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v77, v79, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v78, v79, s90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[146:161], v[74:75], v[66:67], v[146:161]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[50:51], s90, v78
	v_cmp_ne_u16_e64 s[52:53], 0, v78
	v_cmp_ne_u16_e64 s[54:55], 1, v78
	v_cmp_ne_u16_e64 s[56:57], 2, v78
	v_cmp_ne_u16_e64 s[58:59], 3, v78
	v_cmp_ne_u16_e64 s[60:61], 4, v78
	v_cmp_ne_u16_e64 s[62:63], 5, v78
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[130:145], v[0:1], v[66:67], v[130:145]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[64:65], 6, v78
	v_cmp_ne_u16_e64 s[66:67], 7, v78
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cmp_ne_u16_e64 s[46:47], s90, v77
	v_cmp_ne_u16_e64 s[44:45], 0, v77
	v_cmp_ne_u16_e64 s[42:43], 1, v77
	v_cmp_ne_u16_e64 s[40:41], 2, v77
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[114:129], v[80:81], v[66:67], v[114:129]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v66, 8, v79
	v_lshlrev_b16_e32 v67, 8, v79
	v_and_b32_e32 v79, 0x7f, v79
	v_cmp_ne_u16_e64 s[68:69], s90, v79
	v_cmp_ne_u16_e64 s[70:71], 0, v79
	v_cmp_ne_u16_e64 s[72:73], 1, v79
	v_cndmask_b32_e64 v70, v97, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v79
	v_cndmask_b32_e64 v70, v85, v70, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v79
	v_cndmask_b32_e64 v70, v88, v70, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v79
	v_cndmask_b32_e64 v70, v84, v70, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v79
	v_cndmask_b32_e64 v70, v254, v70, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v79
	v_cndmask_b32_e64 v70, v89, v70, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v79
	v_cndmask_b32_e64 v70, v91, v70, s[82:83]
	v_and_b32_e32 v67, 0xffff8000, v67
	v_cndmask_b32_e64 v70, v92, v70, s[84:85]
	v_or_b32_e32 v70, v70, v67
	v_and_b32_e32 v67, 0x3f80, v72
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v97, v67, s[50:51]
	v_cndmask_b32_e64 v67, 0, v67, s[52:53]
	v_cndmask_b32_e64 v67, v85, v67, s[54:55]
	v_cndmask_b32_e64 v67, v88, v67, s[56:57]
	v_cndmask_b32_e64 v67, v84, v67, s[58:59]
	v_cndmask_b32_e64 v67, v254, v67, s[60:61]
	v_cndmask_b32_e64 v67, v89, v67, s[62:63]
	v_cndmask_b32_e64 v67, v91, v67, s[64:65]
	v_cndmask_b32_e64 v67, v92, v67, s[66:67]
	v_or_b32_e32 v67, v67, v71
	v_and_b32_e32 v71, 0x3f80, v76
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v97, v71, s[46:47]
	v_cndmask_b32_e64 v71, 0, v71, s[44:45]
	v_cndmask_b32_e64 v71, v85, v71, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 3, v77
	v_cndmask_b32_e64 v71, v88, v71, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 4, v77
	v_cndmask_b32_e64 v71, v84, v71, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 5, v77
	v_cndmask_b32_e64 v71, v254, v71, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 6, v77
	v_cndmask_b32_e64 v71, v89, v71, s[34:35]
	v_cmp_ne_u16_e64 s[30:31], 7, v77
	v_cndmask_b32_e64 v71, v91, v71, s[28:29]
	v_and_b32_e32 v72, 0xffff8000, v73
	v_cndmask_b32_e64 v71, v92, v71, s[30:31]
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_e32 v72, 7, v66
	v_and_b32_e32 v77, 0x7f, v66
	v_and_b32_e32 v72, 0x3f80, v72
	v_cmp_ne_u16_e64 s[26:27], s90, v77
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[24:25], 0, v77
	v_cndmask_b32_e64 v72, v97, v72, s[26:27]
	v_cmp_ne_u16_e64 s[22:23], 1, v77
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 2, v77
	v_cndmask_b32_e64 v72, v85, v72, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 3, v77
	v_cndmask_b32_e64 v72, v88, v72, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 4, v77
	v_cndmask_b32_e64 v72, v84, v72, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 5, v77
	v_cndmask_b32_e64 v72, v254, v72, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 6, v77
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 7, v77
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v72, v91, v72, s[12:13]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v72, v92, v72, s[10:11]
	v_or_b32_e32 v66, v72, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v71, v67, s91
	v_perm_b32 v66, v66, v70, s91
	v_mov_b32_e32 v83, v248
	v_accvgpr_read_b32 v248, a244
	v_mfma_f32_32x32x8_f16 v[34:49], v[74:75], v[66:67], v[34:49]
	.loc	1 31 58                         ; spill.py:31:58
	s_and_b64 s[12:13], s[2:3], s[86:87]
	v_accvgpr_read_b32 v74, a252
	v_mov_b32_e32 v82, v246
	v_accvgpr_read_b32 v246, a248
	s_and_b64 s[10:11], s[48:49], s[86:87]
	v_accvgpr_read_b32 v75, a253
	v_accvgpr_read_b32 v76, a254
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[18:33], v[0:1], v[66:67], v[18:33]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v0, v95, v248, s[12:13]
	v_accvgpr_read_b32 v77, a255
	scratch_store_dwordx4 off, v[50:53], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[82:85], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[86:89], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[90:93], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[94:97], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[226:229], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:368 ; 16-byte Folded Spill
	v_cndmask_b32_e64 v1, v95, v246, s[10:11]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[98:113], v[68:69], v[66:67], v[98:113]
	v_mov_b32_e32 v242, v252
	v_accvgpr_read_b32 v252, a250
	v_mov_b32_e32 v87, v250
	v_accvgpr_read_b32 v250, a246
	v_accvgpr_read_b32 v243, a48
	v_mov_b32_e32 v86, v244
	v_accvgpr_read_b32 v244, a49
	v_mfma_f32_32x32x8_f16 v[2:17], v[80:81], v[66:67], v[2:17]
	.loc	1 31 20                         ; spill.py:31:20
	buffer_load_dwordx4 v[66:69], v0, s[4:7], 0 offen
	buffer_load_dwordx4 v[70:73], v1, s[4:7], 0 offen
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2_b32 v82, v74, v76 offset1:2
	ds_write2_b32 v90, v75, v77 offset1:2
	scratch_load_dwordx4 v[74:77], off, off offset:768 ; 16-byte Folded Reload
	.loc	1 29 22                         ; spill.py:29:22
	v_add_u32_e32 v246, 16, v246
	v_add_u32_e32 v248, 16, v248
	v_add_u32_e32 v250, 16, v250
	s_cmp_lg_u32 s98, 0
	v_add_u32_e32 v252, 16, v252
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(0)
	ds_write2_b32 v83, v74, v76 offset1:2
	ds_write2_b32 v242, v75, v77 offset1:2
	.loc	1 31 20                         ; spill.py:31:20
	ds_write2_b32 v86, v66, v68 offset1:2
	ds_write2_b32 v243, v67, v69 offset1:2
	ds_write2_b32 v87, v70, v72 offset1:2
	ds_write2_b32 v244, v71, v73 offset1:2
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	v_accvgpr_mov_b32 a66, a194
	v_accvgpr_mov_b32 a67, a195
	v_accvgpr_mov_b32 a68, a196
	v_accvgpr_mov_b32 a69, a197
	v_accvgpr_mov_b32 a70, a198
	v_accvgpr_mov_b32 a71, a199
	v_accvgpr_mov_b32 a72, a200
	v_accvgpr_mov_b32 a73, a201
	v_accvgpr_mov_b32 a74, a202
	v_accvgpr_mov_b32 a75, a203
	v_accvgpr_mov_b32 a76, a204
	v_accvgpr_mov_b32 a77, a205
	v_accvgpr_mov_b32 a78, a206
	v_accvgpr_mov_b32 a79, a207
	v_accvgpr_mov_b32 a80, a208
	v_accvgpr_mov_b32 a81, a209
	scratch_load_dwordx4 a[194:197], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[198:201], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[202:205], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[206:209], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[178:181], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[182:185], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[186:189], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[190:193], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[162:165], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[166:169], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[170:173], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[174:177], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[146:149], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[150:153], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[154:157], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[158:161], off, off offset:112 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, v[210:213], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[214:217], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:880 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[2:5], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:816 ; 16-byte Folded Spill
	v_mov_b64_e32 v[224:225], v[48:49]
	v_mov_b64_e32 v[222:223], v[46:47]
	v_mov_b64_e32 v[220:221], v[44:45]
	v_mov_b64_e32 v[218:219], v[42:43]
	v_mov_b64_e32 v[216:217], v[40:41]
	v_mov_b64_e32 v[214:215], v[38:39]
	v_mov_b64_e32 v[212:213], v[36:37]
	v_mov_b64_e32 v[210:211], v[34:35]
	scratch_load_dwordx4 v[70:73], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:368 ; 16-byte Folded Reload
	scratch_load_dword v253, off, off offset:1024 ; 4-byte Folded Reload
	scratch_load_dword v34, off, off offset:960 ; 4-byte Folded Reload
	scratch_load_dword v35, off, off offset:896 ; 4-byte Folded Reload
	scratch_load_dword v252, off, off offset:1216 ; 4-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, a[114:117], off offset:1280 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[118:121], off offset:1296 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[122:125], off offset:1312 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[126:129], off offset:1328 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[98:101], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[102:105], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[106:109], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[110:113], off offset:1200 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[50:53], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[54:57], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[58:61], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[62:65], off offset:1136 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a98, v130
	v_accvgpr_write_b32 a99, v131
	v_accvgpr_write_b32 a100, v132
	v_accvgpr_write_b32 a101, v133
	v_accvgpr_write_b32 a102, v134
	v_accvgpr_write_b32 a103, v135
	v_accvgpr_write_b32 a104, v136
	v_accvgpr_write_b32 a105, v137
	v_accvgpr_write_b32 a106, v138
	v_accvgpr_write_b32 a107, v139
	v_accvgpr_write_b32 a108, v140
	v_accvgpr_write_b32 a109, v141
	v_accvgpr_write_b32 a110, v142
	v_accvgpr_write_b32 a111, v143
	v_accvgpr_write_b32 a112, v144
	v_accvgpr_write_b32 a113, v145
	v_mov_b64_e32 v[130:131], v[162:163]
	v_accvgpr_mov_b32 a0, a130
	v_accvgpr_write_b32 a97, v33
	v_mov_b64_e32 v[50:51], v[98:99]
	v_accvgpr_write_b32 a48, v114
	v_accvgpr_write_b32 a114, v146
	v_mov_b64_e32 v[132:133], v[164:165]
	v_mov_b64_e32 v[134:135], v[166:167]
	v_mov_b64_e32 v[136:137], v[168:169]
	v_mov_b64_e32 v[138:139], v[170:171]
	v_mov_b64_e32 v[140:141], v[172:173]
	v_mov_b64_e32 v[142:143], v[174:175]
	v_mov_b64_e32 v[144:145], v[176:177]
	v_mov_b64_e32 v[162:163], v[178:179]
	v_mov_b64_e32 v[240:241], v[208:209]
	v_readlane_b32 s41, v255, 1
	v_readlane_b32 s13, v255, 0
	v_accvgpr_mov_b32 a1, a131
	v_accvgpr_mov_b32 a2, a132
	v_accvgpr_mov_b32 a3, a133
	v_accvgpr_mov_b32 a4, a134
	v_accvgpr_mov_b32 a5, a135
	v_accvgpr_mov_b32 a6, a136
	v_accvgpr_mov_b32 a7, a137
	v_accvgpr_mov_b32 a8, a138
	v_accvgpr_mov_b32 a9, a139
	v_accvgpr_mov_b32 a10, a140
	v_accvgpr_mov_b32 a11, a141
	v_accvgpr_mov_b32 a12, a142
	v_accvgpr_mov_b32 a13, a143
	v_accvgpr_mov_b32 a14, a144
	v_accvgpr_mov_b32 a15, a145
	v_accvgpr_write_b32 a96, v32
	v_accvgpr_write_b32 a95, v31
	v_accvgpr_write_b32 a94, v30
	v_accvgpr_write_b32 a93, v29
	v_accvgpr_write_b32 a92, v28
	v_accvgpr_write_b32 a91, v27
	v_accvgpr_write_b32 a90, v26
	v_accvgpr_write_b32 a89, v25
	v_accvgpr_write_b32 a88, v24
	v_accvgpr_write_b32 a87, v23
	v_accvgpr_write_b32 a86, v22
	v_accvgpr_write_b32 a85, v21
	v_accvgpr_write_b32 a84, v20
	v_accvgpr_write_b32 a83, v19
	v_accvgpr_write_b32 a82, v18
	v_mov_b64_e32 v[52:53], v[100:101]
	v_mov_b64_e32 v[54:55], v[102:103]
	v_mov_b64_e32 v[56:57], v[104:105]
	v_mov_b64_e32 v[58:59], v[106:107]
	v_mov_b64_e32 v[60:61], v[108:109]
	v_mov_b64_e32 v[62:63], v[110:111]
	v_mov_b64_e32 v[64:65], v[112:113]
	v_accvgpr_write_b32 a49, v115
	v_accvgpr_write_b32 a50, v116
	v_accvgpr_write_b32 a51, v117
	v_accvgpr_write_b32 a52, v118
	v_accvgpr_write_b32 a53, v119
	v_accvgpr_write_b32 a54, v120
	v_accvgpr_write_b32 a55, v121
	v_accvgpr_write_b32 a56, v122
	v_accvgpr_write_b32 a57, v123
	v_accvgpr_write_b32 a58, v124
	v_accvgpr_write_b32 a59, v125
	v_accvgpr_write_b32 a60, v126
	v_accvgpr_write_b32 a61, v127
	v_accvgpr_write_b32 a62, v128
	v_accvgpr_write_b32 a63, v129
	v_accvgpr_write_b32 a115, v147
	v_accvgpr_write_b32 a116, v148
	v_accvgpr_write_b32 a117, v149
	v_accvgpr_write_b32 a118, v150
	v_accvgpr_write_b32 a119, v151
	v_accvgpr_write_b32 a120, v152
	v_accvgpr_write_b32 a121, v153
	v_accvgpr_write_b32 a122, v154
	v_accvgpr_write_b32 a123, v155
	v_accvgpr_write_b32 a124, v156
	v_accvgpr_write_b32 a125, v157
	v_accvgpr_write_b32 a126, v158
	v_accvgpr_write_b32 a127, v159
	v_accvgpr_write_b32 a128, v160
	v_accvgpr_write_b32 a129, v161
	v_mov_b64_e32 v[164:165], v[180:181]
	v_mov_b64_e32 v[166:167], v[182:183]
	v_mov_b64_e32 v[168:169], v[184:185]
	v_mov_b64_e32 v[170:171], v[186:187]
	v_mov_b64_e32 v[172:173], v[188:189]
	v_mov_b64_e32 v[174:175], v[190:191]
	v_mov_b64_e32 v[176:177], v[192:193]
	v_mov_b64_e32 v[238:239], v[206:207]
	v_mov_b64_e32 v[236:237], v[204:205]
	v_mov_b64_e32 v[234:235], v[202:203]
	v_mov_b64_e32 v[232:233], v[200:201]
	v_mov_b64_e32 v[230:231], v[198:199]
	v_mov_b64_e32 v[228:229], v[196:197]
	v_mov_b64_e32 v[226:227], v[194:195]
	s_branch .LBB0_5
.LBB0_4:
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v15, v33
	v_mov_b32_e32 v14, v33
	v_mov_b32_e32 v13, v33
	v_mov_b32_e32 v12, v33
	v_mov_b32_e32 v11, v33
	v_mov_b32_e32 v10, v33
	v_mov_b32_e32 v9, v33
	v_mov_b32_e32 v8, v33
	v_mov_b32_e32 v7, v33
	v_mov_b32_e32 v6, v33
	v_mov_b32_e32 v5, v33
	v_mov_b32_e32 v4, v33
	v_mov_b32_e32 v3, v33
	v_mov_b32_e32 v2, v33
	v_mov_b32_e32 v1, v33
	v_mov_b32_e32 v0, v33
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
	scratch_store_dwordx4 off, v[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:688 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1136 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1200 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1280 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1296 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1312 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1328 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:48 ; 16-byte Folded Spill
	v_mov_b32_e32 v32, v33
	v_mov_b32_e32 v31, v33
	v_mov_b32_e32 v30, v33
	v_mov_b32_e32 v29, v33
	v_mov_b32_e32 v28, v33
	v_mov_b32_e32 v27, v33
	v_mov_b32_e32 v26, v33
	v_mov_b32_e32 v25, v33
	v_mov_b32_e32 v24, v33
	v_mov_b32_e32 v23, v33
	v_mov_b32_e32 v22, v33
	v_mov_b32_e32 v21, v33
	v_mov_b32_e32 v20, v33
	v_mov_b32_e32 v19, v33
	v_mov_b32_e32 v18, v33
	v_accvgpr_write_b32 a97, v33
	v_accvgpr_write_b32 a96, v33
	v_accvgpr_write_b32 a95, v33
	v_accvgpr_write_b32 a94, v33
	v_accvgpr_write_b32 a93, v33
	v_accvgpr_write_b32 a92, v33
	v_accvgpr_write_b32 a91, v33
	v_accvgpr_write_b32 a90, v33
	v_accvgpr_write_b32 a89, v33
	v_accvgpr_write_b32 a88, v33
	v_accvgpr_write_b32 a87, v33
	v_accvgpr_write_b32 a86, v33
	v_accvgpr_write_b32 a85, v33
	v_accvgpr_write_b32 a84, v33
	v_accvgpr_write_b32 a83, v33
	v_accvgpr_write_b32 a82, v33
	v_mov_b32_e32 v225, v33
	v_mov_b32_e32 v224, v33
	v_mov_b32_e32 v223, v33
	v_mov_b32_e32 v222, v33
	v_mov_b32_e32 v221, v33
	v_mov_b32_e32 v220, v33
	v_mov_b32_e32 v219, v33
	v_mov_b32_e32 v218, v33
	v_mov_b32_e32 v217, v33
	v_mov_b32_e32 v216, v33
	v_mov_b32_e32 v215, v33
	v_mov_b32_e32 v214, v33
	v_mov_b32_e32 v213, v33
	v_mov_b32_e32 v212, v33
	v_mov_b32_e32 v211, v33
	v_mov_b32_e32 v210, v33
	v_mov_b32_e32 v65, v33
	v_mov_b32_e32 v64, v33
	v_mov_b32_e32 v63, v33
	v_mov_b32_e32 v62, v33
	v_mov_b32_e32 v61, v33
	v_mov_b32_e32 v60, v33
	v_mov_b32_e32 v59, v33
	v_mov_b32_e32 v58, v33
	v_mov_b32_e32 v57, v33
	v_mov_b32_e32 v56, v33
	v_mov_b32_e32 v55, v33
	v_mov_b32_e32 v54, v33
	v_mov_b32_e32 v53, v33
	v_mov_b32_e32 v52, v33
	v_mov_b32_e32 v51, v33
	v_mov_b32_e32 v50, v33
	v_accvgpr_write_b32 a63, v33
	v_accvgpr_write_b32 a62, v33
	v_accvgpr_write_b32 a61, v33
	v_accvgpr_write_b32 a60, v33
	v_accvgpr_write_b32 a59, v33
	v_accvgpr_write_b32 a58, v33
	v_accvgpr_write_b32 a57, v33
	v_accvgpr_write_b32 a56, v33
	v_accvgpr_write_b32 a55, v33
	v_accvgpr_write_b32 a54, v33
	v_accvgpr_write_b32 a53, v33
	v_accvgpr_write_b32 a52, v33
	v_accvgpr_write_b32 a51, v33
	v_accvgpr_write_b32 a161, v15
	v_accvgpr_write_b32 a209, v15
	v_accvgpr_write_b32 a225, v15
	v_accvgpr_write_b32 a241, v15
	v_accvgpr_write_b32 a50, v33
	v_accvgpr_write_b32 a49, v33
	v_accvgpr_write_b32 a48, v33
	v_accvgpr_write_b32 a113, v33
	v_accvgpr_write_b32 a112, v33
	v_accvgpr_write_b32 a111, v33
	v_accvgpr_write_b32 a110, v33
	v_accvgpr_write_b32 a109, v33
	v_accvgpr_write_b32 a108, v33
	v_accvgpr_write_b32 a107, v33
	v_accvgpr_write_b32 a106, v33
	v_accvgpr_write_b32 a105, v33
	v_accvgpr_write_b32 a104, v33
	v_accvgpr_write_b32 a103, v33
	v_accvgpr_write_b32 a102, v33
	v_accvgpr_write_b32 a101, v33
	v_accvgpr_write_b32 a100, v33
	v_accvgpr_write_b32 a99, v33
	v_accvgpr_write_b32 a98, v33
	v_accvgpr_write_b32 a129, v33
	v_accvgpr_write_b32 a128, v33
	v_accvgpr_write_b32 a127, v33
	v_accvgpr_write_b32 a126, v33
	v_accvgpr_write_b32 a125, v33
	v_accvgpr_write_b32 a124, v33
	v_accvgpr_write_b32 a123, v33
	v_accvgpr_write_b32 a122, v33
	v_accvgpr_write_b32 a121, v33
	v_accvgpr_write_b32 a120, v33
	v_accvgpr_write_b32 a119, v33
	v_accvgpr_write_b32 a118, v33
	v_accvgpr_write_b32 a117, v33
	v_accvgpr_write_b32 a116, v33
	v_accvgpr_write_b32 a115, v33
	v_accvgpr_write_b32 a114, v33
	v_mov_b32_e32 v145, v33
	v_mov_b32_e32 v144, v33
	v_mov_b32_e32 v143, v33
	v_mov_b32_e32 v142, v33
	v_mov_b32_e32 v141, v33
	v_mov_b32_e32 v140, v33
	v_mov_b32_e32 v139, v33
	v_mov_b32_e32 v138, v33
	v_mov_b32_e32 v137, v33
	v_mov_b32_e32 v136, v33
	v_mov_b32_e32 v135, v33
	v_mov_b32_e32 v134, v33
	v_mov_b32_e32 v133, v33
	v_mov_b32_e32 v132, v33
	v_mov_b32_e32 v131, v33
	v_mov_b32_e32 v130, v33
	v_mov_b32_e32 v177, v33
	v_mov_b32_e32 v176, v33
	v_mov_b32_e32 v175, v33
	v_mov_b32_e32 v174, v33
	v_mov_b32_e32 v173, v33
	v_mov_b32_e32 v172, v33
	v_mov_b32_e32 v171, v33
	v_mov_b32_e32 v170, v33
	v_mov_b32_e32 v169, v33
	v_mov_b32_e32 v168, v33
	v_mov_b32_e32 v167, v33
	v_mov_b32_e32 v166, v33
	v_mov_b32_e32 v165, v33
	v_mov_b32_e32 v164, v33
	v_mov_b32_e32 v163, v33
	v_mov_b32_e32 v162, v33
	v_mov_b32_e32 v241, v33
	v_mov_b32_e32 v240, v33
	v_mov_b32_e32 v239, v33
	v_mov_b32_e32 v238, v33
	v_mov_b32_e32 v237, v33
	v_mov_b32_e32 v236, v33
	v_mov_b32_e32 v235, v33
	v_mov_b32_e32 v234, v33
	v_mov_b32_e32 v233, v33
	v_mov_b32_e32 v232, v33
	v_mov_b32_e32 v231, v33
	v_mov_b32_e32 v230, v33
	v_mov_b32_e32 v229, v33
	v_mov_b32_e32 v228, v33
	v_mov_b32_e32 v227, v33
	v_mov_b32_e32 v226, v33
	v_mov_b32_e32 v85, v33
	v_mov_b32_e32 v84, v33
	v_mov_b32_e32 v83, v33
	v_mov_b32_e32 v82, v33
	v_mov_b32_e32 v81, v33
	v_mov_b32_e32 v80, v33
	v_mov_b32_e32 v79, v33
	v_mov_b32_e32 v78, v33
	v_mov_b32_e32 v77, v33
	v_mov_b32_e32 v76, v33
	v_mov_b32_e32 v75, v33
	v_mov_b32_e32 v74, v33
	v_mov_b32_e32 v73, v33
	v_mov_b32_e32 v72, v33
	v_mov_b32_e32 v71, v33
	v_mov_b32_e32 v70, v33
	v_accvgpr_write_b32 a160, v14
	v_accvgpr_write_b32 a159, v13
	v_accvgpr_write_b32 a158, v12
	v_accvgpr_write_b32 a157, v11
	v_accvgpr_write_b32 a156, v10
	v_accvgpr_write_b32 a155, v9
	v_accvgpr_write_b32 a154, v8
	v_accvgpr_write_b32 a153, v7
	v_accvgpr_write_b32 a152, v6
	v_accvgpr_write_b32 a151, v5
	v_accvgpr_write_b32 a150, v4
	v_accvgpr_write_b32 a149, v3
	v_accvgpr_write_b32 a148, v2
	v_accvgpr_write_b32 a147, v1
	v_accvgpr_write_b32 a146, v0
	v_accvgpr_write_b32 a177, v33
	v_accvgpr_write_b32 a176, v33
	v_accvgpr_write_b32 a175, v33
	v_accvgpr_write_b32 a174, v33
	v_accvgpr_write_b32 a173, v33
	v_accvgpr_write_b32 a172, v33
	v_accvgpr_write_b32 a171, v33
	v_accvgpr_write_b32 a170, v33
	v_accvgpr_write_b32 a169, v33
	v_accvgpr_write_b32 a168, v33
	v_accvgpr_write_b32 a167, v33
	v_accvgpr_write_b32 a166, v33
	v_accvgpr_write_b32 a165, v33
	v_accvgpr_write_b32 a164, v33
	v_accvgpr_write_b32 a163, v33
	v_accvgpr_write_b32 a162, v33
	v_accvgpr_write_b32 a193, v33
	v_accvgpr_write_b32 a192, v33
	v_accvgpr_write_b32 a191, v33
	v_accvgpr_write_b32 a190, v33
	v_accvgpr_write_b32 a189, v33
	v_accvgpr_write_b32 a188, v33
	v_accvgpr_write_b32 a187, v33
	v_accvgpr_write_b32 a186, v33
	v_accvgpr_write_b32 a185, v33
	v_accvgpr_write_b32 a184, v33
	v_accvgpr_write_b32 a183, v33
	v_accvgpr_write_b32 a182, v33
	v_accvgpr_write_b32 a181, v33
	v_accvgpr_write_b32 a180, v33
	v_accvgpr_write_b32 a179, v33
	v_accvgpr_write_b32 a178, v33
	v_accvgpr_write_b32 a208, v14
	v_accvgpr_write_b32 a207, v13
	v_accvgpr_write_b32 a206, v12
	v_accvgpr_write_b32 a205, v11
	v_accvgpr_write_b32 a204, v10
	v_accvgpr_write_b32 a203, v9
	v_accvgpr_write_b32 a202, v8
	v_accvgpr_write_b32 a201, v7
	v_accvgpr_write_b32 a200, v6
	v_accvgpr_write_b32 a199, v5
	v_accvgpr_write_b32 a198, v4
	v_accvgpr_write_b32 a197, v3
	v_accvgpr_write_b32 a196, v2
	v_accvgpr_write_b32 a195, v1
	v_accvgpr_write_b32 a194, v0
	v_accvgpr_write_b32 a224, v14
	v_accvgpr_write_b32 a223, v13
	v_accvgpr_write_b32 a222, v12
	v_accvgpr_write_b32 a221, v11
	v_accvgpr_write_b32 a220, v10
	v_accvgpr_write_b32 a219, v9
	v_accvgpr_write_b32 a218, v8
	v_accvgpr_write_b32 a217, v7
	v_accvgpr_write_b32 a216, v6
	v_accvgpr_write_b32 a215, v5
	v_accvgpr_write_b32 a214, v4
	v_accvgpr_write_b32 a213, v3
	v_accvgpr_write_b32 a212, v2
	v_accvgpr_write_b32 a211, v1
	v_accvgpr_write_b32 a210, v0
	v_accvgpr_write_b32 a240, v14
	v_accvgpr_write_b32 a239, v13
	v_accvgpr_write_b32 a238, v12
	v_accvgpr_write_b32 a237, v11
	v_accvgpr_write_b32 a236, v10
	v_accvgpr_write_b32 a235, v9
	v_accvgpr_write_b32 a234, v8
	v_accvgpr_write_b32 a233, v7
	v_accvgpr_write_b32 a232, v6
	v_accvgpr_write_b32 a231, v5
	v_accvgpr_write_b32 a230, v4
	v_accvgpr_write_b32 a229, v3
	v_accvgpr_write_b32 a228, v2
	v_accvgpr_write_b32 a227, v1
	v_accvgpr_write_b32 a226, v0
	v_accvgpr_write_b32 a15, v33
	v_accvgpr_write_b32 a14, v33
	v_accvgpr_write_b32 a13, v33
	v_accvgpr_write_b32 a12, v33
	v_accvgpr_write_b32 a11, v33
	v_accvgpr_write_b32 a10, v33
	v_accvgpr_write_b32 a9, v33
	v_accvgpr_write_b32 a8, v33
	v_accvgpr_write_b32 a7, v33
	v_accvgpr_write_b32 a6, v33
	v_accvgpr_write_b32 a5, v33
	v_accvgpr_write_b32 a4, v33
	v_accvgpr_write_b32 a3, v33
	v_accvgpr_write_b32 a2, v33
	v_accvgpr_write_b32 a1, v33
	v_accvgpr_write_b32 a0, v33
	v_accvgpr_write_b32 a31, v33
	v_accvgpr_write_b32 a30, v33
	v_accvgpr_write_b32 a29, v33
	v_accvgpr_write_b32 a28, v33
	v_accvgpr_write_b32 a27, v33
	v_accvgpr_write_b32 a26, v33
	v_accvgpr_write_b32 a25, v33
	v_accvgpr_write_b32 a24, v33
	v_accvgpr_write_b32 a23, v33
	v_accvgpr_write_b32 a22, v33
	v_accvgpr_write_b32 a21, v33
	v_accvgpr_write_b32 a20, v33
	v_accvgpr_write_b32 a19, v33
	v_accvgpr_write_b32 a18, v33
	v_accvgpr_write_b32 a17, v33
	v_accvgpr_write_b32 a16, v33
	v_accvgpr_write_b32 a47, v33
	v_accvgpr_write_b32 a46, v33
	v_accvgpr_write_b32 a45, v33
	v_accvgpr_write_b32 a44, v33
	v_accvgpr_write_b32 a43, v33
	v_accvgpr_write_b32 a42, v33
	v_accvgpr_write_b32 a41, v33
	v_accvgpr_write_b32 a40, v33
	v_accvgpr_write_b32 a39, v33
	v_accvgpr_write_b32 a38, v33
	v_accvgpr_write_b32 a37, v33
	v_accvgpr_write_b32 a36, v33
	v_accvgpr_write_b32 a35, v33
	v_accvgpr_write_b32 a34, v33
	v_accvgpr_write_b32 a33, v33
	v_accvgpr_write_b32 a32, v33
	v_accvgpr_write_b32 a81, v33
	v_accvgpr_write_b32 a80, v33
	v_accvgpr_write_b32 a79, v33
	v_accvgpr_write_b32 a78, v33
	v_accvgpr_write_b32 a77, v33
	v_accvgpr_write_b32 a76, v33
	v_accvgpr_write_b32 a75, v33
	v_accvgpr_write_b32 a74, v33
	v_accvgpr_write_b32 a73, v33
	v_accvgpr_write_b32 a72, v33
	v_accvgpr_write_b32 a71, v33
	v_accvgpr_write_b32 a70, v33
	v_accvgpr_write_b32 a69, v33
	v_accvgpr_write_b32 a68, v33
	v_accvgpr_write_b32 a67, v33
	v_accvgpr_write_b32 a66, v33
	scratch_store_dwordx4 off, v[18:21], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:816 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:880 ; 16-byte Folded Spill
.LBB0_5:                                ; %._crit_edge
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_i32 s13, 16
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24                         ; spill.py:32:24
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	s_movk_i32 s0, 0x170
	v_accvgpr_read_b32 v161, a63
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	s_waitcnt vmcnt(13)
	v_and_or_b32 v0, v35, s0, v34
	v_accvgpr_read_b32 v160, a62
	v_accvgpr_read_b32 v159, a61
	v_accvgpr_read_b32 v158, a60
	v_accvgpr_read_b32 v157, a59
	v_accvgpr_read_b32 v156, a58
	v_accvgpr_read_b32 v155, a57
	v_accvgpr_read_b32 v154, a56
	v_accvgpr_read_b32 v153, a55
	v_accvgpr_read_b32 v152, a54
	v_accvgpr_read_b32 v151, a53
	v_accvgpr_read_b32 v150, a52
	v_accvgpr_read_b32 v149, a51
	v_accvgpr_read_b32 v148, a50
	v_accvgpr_read_b32 v147, a49
	v_accvgpr_read_b32 v146, a48
	v_xor_b32_e32 v66, v0, v253
	scratch_store_dwordx4 off, v[146:149], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[150:153], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[154:157], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[158:161], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[98:101], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[102:105], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[106:109], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[110:113], off offset:240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[114:117], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[118:121], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[122:125], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[126:129], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[130:133], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[134:137], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[138:141], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[142:145], off offset:944 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[162:165], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[166:169], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[170:173], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[174:177], off offset:1008 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[226:229], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:1072 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[70:73], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[74:77], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[82:85], off offset:368 ; 16-byte Folded Spill
	s_movk_i32 s39, 0x7f
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v95, 0x7e00
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v84, 0, v66
	ds_read2_b32 v[0:1], v84 offset1:2
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v94, 0x1800
	v_mov_b32_e32 v93, 0x1c00
	v_mov_b32_e32 v92, 0x1e00
	v_mov_b32_e32 v91, 0x2000
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v67, 8, v0
	v_and_b32_e32 v68, 0x7f, v67
	v_cmp_ne_u16_e64 s[14:15], s39, v68
	v_cmp_ne_u16_e64 s[12:13], 0, v68
	v_cmp_ne_u16_e64 s[10:11], 1, v68
	v_cmp_ne_u16_e64 s[16:17], 2, v68
	v_cmp_ne_u16_e64 s[6:7], 3, v68
	v_cmp_ne_u16_e64 s[4:5], 4, v68
	v_cmp_ne_u16_e64 s[2:3], 5, v68
	v_cmp_ne_u16_e64 s[0:1], 6, v68
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v0
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v0
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v94, v68, s[22:23]
	v_cndmask_b32_e64 v68, v93, v68, s[24:25]
	v_cndmask_b32_e64 v68, v92, v68, s[26:27]
	v_cndmask_b32_e64 v68, v91, v68, s[28:29]
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v90, 0x2100
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v68, v90, v68, s[30:31]
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v89, 0x2200
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v68, v89, v68, s[34:35]
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v88, 0x2300
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v69, 8, v0
	v_cndmask_b32_e64 v68, v88, v68, s[36:37]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_or_b32_e32 v68, v68, v69
	v_lshlrev_b16_e32 v69, 7, v67
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v95, v69, s[14:15]
	v_cndmask_b32_e64 v69, 0, v69, s[12:13]
	v_cndmask_b32_e64 v69, v94, v69, s[10:11]
	v_cndmask_b32_e64 v69, v93, v69, s[16:17]
	v_cndmask_b32_e64 v69, v92, v69, s[6:7]
	v_cndmask_b32_e64 v69, v91, v69, s[4:5]
	v_cndmask_b32_e64 v69, v90, v69, s[2:3]
	v_cndmask_b32_e64 v69, v89, v69, s[0:1]
	v_lshlrev_b16_e32 v67, 8, v67
	v_cndmask_b32_e32 v69, v88, v69, vcc
	v_and_b32_e32 v67, 0xffff8000, v67
	v_or_b32_e32 v67, v69, v67
	v_and_b32_sdwa v69, v0, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v96, 7
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e32 vcc, s39, v69
	v_cmp_ne_u16_e64 s[0:1], 0, v69
	v_cmp_ne_u16_e64 s[2:3], 1, v69
	v_cmp_ne_u16_e64 s[4:5], 2, v69
	v_cmp_ne_u16_e64 s[6:7], 3, v69
	v_cmp_ne_u16_e64 s[10:11], 4, v69
	v_cmp_ne_u16_e64 s[12:13], 5, v69
	v_cmp_ne_u16_e64 s[14:15], 6, v69
	v_cmp_ne_u16_e64 s[16:17], 7, v69
	v_lshlrev_b16_sdwa v69, v96, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e32 v69, v95, v69, vcc
	v_cndmask_b32_e64 v69, 0, v69, s[0:1]
	v_cndmask_b32_e64 v69, v94, v69, s[2:3]
	v_cndmask_b32_e64 v69, v93, v69, s[4:5]
	v_cndmask_b32_e64 v69, v92, v69, s[6:7]
	v_cndmask_b32_e64 v69, v91, v69, s[10:11]
	v_cndmask_b32_e64 v69, v90, v69, s[12:13]
	.loc	1 31 20                         ; spill.py:31:20
	v_mov_b32_e32 v97, 8
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v69, v89, v69, s[14:15]
	v_lshlrev_b16_sdwa v70, v97, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v69, v88, v69, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v69, v69, v70
	v_and_b32_sdwa v70, v0, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v0, v97, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v0, 0xffff8000, v0
	.loc	1 31 20                         ; spill.py:31:20
	s_lshl3_add_u32 s40, s41, 0
	.loc	1 32 24                         ; spill.py:32:24
	s_mov_b32 s38, 0x5040100
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v0, v70, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v0, v69, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v0, s40, v66
	v_add_u32_e32 v66, 0x1000, v0
	ds_read2_b32 v[242:243], v66 offset1:2
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v68, v67, v68, s38
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[130:133], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 a[134:137], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[138:141], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[142:145], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[178:181], off, off offset:1280 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[182:185], off, off offset:1296 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[186:189], off, off offset:1312 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[190:193], off, off offset:1328 ; 16-byte Folded Reload
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v242
	v_and_b32_e32 v67, 0x7f, v66
	v_cmp_ne_u16_e64 s[6:7], s39, v67
	v_cmp_ne_u16_e64 s[10:11], 0, v67
	v_cmp_ne_u16_e64 s[12:13], 1, v67
	v_cmp_ne_u16_e64 s[14:15], 2, v67
	v_cmp_ne_u16_e64 s[16:17], 3, v67
	v_cmp_ne_u16_e64 s[4:5], 4, v67
	v_cmp_ne_u16_e64 s[2:3], 5, v67
	v_cmp_ne_u16_e64 s[0:1], 6, v67
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_and_b32_e32 v67, 0x7f, v242
	v_cmp_ne_u16_e64 s[18:19], s39, v67
	v_cmp_ne_u16_e64 s[20:21], 0, v67
	v_cmp_ne_u16_e64 s[22:23], 1, v67
	v_cmp_ne_u16_e64 s[24:25], 2, v67
	v_cmp_ne_u16_e64 s[26:27], 3, v67
	v_cmp_ne_u16_e64 s[28:29], 4, v67
	v_cmp_ne_u16_e64 s[30:31], 5, v67
	v_cmp_ne_u16_e64 s[34:35], 6, v67
	v_cmp_ne_u16_e64 s[36:37], 7, v67
	v_lshlrev_b16_e32 v67, 7, v242
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v95, v67, s[18:19]
	v_cndmask_b32_e64 v67, 0, v67, s[20:21]
	v_cndmask_b32_e64 v67, v94, v67, s[22:23]
	v_cndmask_b32_e64 v67, v93, v67, s[24:25]
	v_cndmask_b32_e64 v67, v92, v67, s[26:27]
	v_cndmask_b32_e64 v67, v91, v67, s[28:29]
	v_cndmask_b32_e64 v67, v90, v67, s[30:31]
	v_cndmask_b32_e64 v67, v89, v67, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v242
	v_cndmask_b32_e64 v67, v88, v67, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v67, v67, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v94, v70, s[12:13]
	v_cndmask_b32_e64 v70, v93, v70, s[14:15]
	v_cndmask_b32_e64 v70, v92, v70, s[16:17]
	v_cndmask_b32_e64 v70, v91, v70, s[4:5]
	v_cndmask_b32_e64 v70, v90, v70, s[2:3]
	v_cndmask_b32_e64 v70, v89, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v88, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v242, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v71, v97, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_or_b32_e32 v70, v70, v71
	v_and_b32_sdwa v71, v242, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v71
	v_cmp_ne_u16_e64 s[0:1], 0, v71
	v_cmp_ne_u16_e64 s[2:3], 1, v71
	v_cmp_ne_u16_e64 s[4:5], 2, v71
	v_cmp_ne_u16_e64 s[6:7], 3, v71
	v_cmp_ne_u16_e64 s[10:11], 4, v71
	v_cmp_ne_u16_e64 s[12:13], 5, v71
	v_cmp_ne_u16_e64 s[14:15], 6, v71
	v_cmp_ne_u16_e64 s[16:17], 7, v71
	v_lshlrev_b16_sdwa v71, v96, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v71, v95, v71, vcc
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v74, v66, v67, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v66, 0x1400, v0
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	ds_read2_b32 v[244:245], v66 offset1:2
	v_cndmask_b32_e64 v71, v94, v71, s[2:3]
	v_cndmask_b32_e64 v71, v93, v71, s[4:5]
	v_cndmask_b32_e64 v71, v92, v71, s[6:7]
	v_cndmask_b32_e64 v71, v91, v71, s[10:11]
	v_cndmask_b32_e64 v71, v90, v71, s[12:13]
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v244
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_and_b32_e32 v67, 0x7f, v66
	v_cndmask_b32_e64 v71, v88, v71, s[16:17]
	v_cmp_ne_u16_e64 s[6:7], s39, v67
	v_cmp_ne_u16_e64 s[10:11], 0, v67
	v_cmp_ne_u16_e64 s[12:13], 1, v67
	v_cmp_ne_u16_e64 s[14:15], 2, v67
	v_cmp_ne_u16_e64 s[16:17], 3, v67
	v_cmp_ne_u16_e64 s[4:5], 4, v67
	v_cmp_ne_u16_e64 s[2:3], 5, v67
	v_cmp_ne_u16_e64 s[0:1], 6, v67
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_and_b32_e32 v67, 0x7f, v244
	v_cmp_ne_u16_e64 s[18:19], s39, v67
	v_cmp_ne_u16_e64 s[20:21], 0, v67
	v_cmp_ne_u16_e64 s[22:23], 1, v67
	v_cmp_ne_u16_e64 s[24:25], 2, v67
	v_cmp_ne_u16_e64 s[26:27], 3, v67
	v_cmp_ne_u16_e64 s[28:29], 4, v67
	v_cmp_ne_u16_e64 s[30:31], 5, v67
	v_cmp_ne_u16_e64 s[34:35], 6, v67
	v_cmp_ne_u16_e64 s[36:37], 7, v67
	v_lshlrev_b16_e32 v67, 7, v244
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v95, v67, s[18:19]
	v_cndmask_b32_e64 v67, 0, v67, s[20:21]
	v_cndmask_b32_e64 v67, v94, v67, s[22:23]
	v_cndmask_b32_e64 v67, v93, v67, s[24:25]
	v_lshlrev_b16_sdwa v72, v97, v242 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v67, v92, v67, s[26:27]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v67, v91, v67, s[28:29]
	v_or_b32_e32 v71, v71, v72
	v_cndmask_b32_e64 v67, v90, v67, s[30:31]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v75, v71, v70, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v67, v89, v67, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v244
	v_cndmask_b32_e64 v67, v88, v67, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v67, v67, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v94, v70, s[12:13]
	v_cndmask_b32_e64 v70, v93, v70, s[14:15]
	v_cndmask_b32_e64 v70, v92, v70, s[16:17]
	v_cndmask_b32_e64 v70, v91, v70, s[4:5]
	v_cndmask_b32_e64 v70, v90, v70, s[2:3]
	v_cndmask_b32_e64 v70, v89, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v88, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v244, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v71, v97, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_or_b32_e32 v70, v70, v71
	v_and_b32_sdwa v71, v244, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v71
	v_cmp_ne_u16_e64 s[0:1], 0, v71
	v_cmp_ne_u16_e64 s[2:3], 1, v71
	v_cmp_ne_u16_e64 s[4:5], 2, v71
	v_cmp_ne_u16_e64 s[6:7], 3, v71
	v_cmp_ne_u16_e64 s[10:11], 4, v71
	v_cmp_ne_u16_e64 s[12:13], 5, v71
	v_cmp_ne_u16_e64 s[14:15], 6, v71
	v_cmp_ne_u16_e64 s[16:17], 7, v71
	v_lshlrev_b16_sdwa v71, v96, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v71, v95, v71, vcc
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v80, v66, v67, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v66, 0x1800, v0
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	ds_read2_b32 v[246:247], v66 offset1:2
	v_cndmask_b32_e64 v71, v94, v71, s[2:3]
	v_cndmask_b32_e64 v71, v93, v71, s[4:5]
	v_cndmask_b32_e64 v71, v92, v71, s[6:7]
	v_cndmask_b32_e64 v71, v91, v71, s[10:11]
	v_cndmask_b32_e64 v71, v90, v71, s[12:13]
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v246
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_and_b32_e32 v67, 0x7f, v66
	v_cndmask_b32_e64 v71, v88, v71, s[16:17]
	v_cmp_ne_u16_e64 s[6:7], s39, v67
	v_cmp_ne_u16_e64 s[10:11], 0, v67
	v_cmp_ne_u16_e64 s[12:13], 1, v67
	v_cmp_ne_u16_e64 s[14:15], 2, v67
	v_cmp_ne_u16_e64 s[16:17], 3, v67
	v_cmp_ne_u16_e64 s[4:5], 4, v67
	v_cmp_ne_u16_e64 s[2:3], 5, v67
	v_cmp_ne_u16_e64 s[0:1], 6, v67
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_and_b32_e32 v67, 0x7f, v246
	v_cmp_ne_u16_e64 s[18:19], s39, v67
	v_cmp_ne_u16_e64 s[20:21], 0, v67
	v_cmp_ne_u16_e64 s[22:23], 1, v67
	v_cmp_ne_u16_e64 s[24:25], 2, v67
	v_cmp_ne_u16_e64 s[26:27], 3, v67
	v_cmp_ne_u16_e64 s[28:29], 4, v67
	v_cmp_ne_u16_e64 s[30:31], 5, v67
	v_cmp_ne_u16_e64 s[34:35], 6, v67
	v_cmp_ne_u16_e64 s[36:37], 7, v67
	v_lshlrev_b16_e32 v67, 7, v246
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v95, v67, s[18:19]
	v_cndmask_b32_e64 v67, 0, v67, s[20:21]
	v_cndmask_b32_e64 v67, v94, v67, s[22:23]
	v_cndmask_b32_e64 v67, v93, v67, s[24:25]
	v_lshlrev_b16_sdwa v72, v97, v244 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v67, v92, v67, s[26:27]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v67, v91, v67, s[28:29]
	v_or_b32_e32 v71, v71, v72
	v_cndmask_b32_e64 v67, v90, v67, s[30:31]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v81, v71, v70, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v67, v89, v67, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v246
	v_cndmask_b32_e64 v67, v88, v67, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v67, v67, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v94, v70, s[12:13]
	v_cndmask_b32_e64 v70, v93, v70, s[14:15]
	v_cndmask_b32_e64 v70, v92, v70, s[16:17]
	v_cndmask_b32_e64 v70, v91, v70, s[4:5]
	v_cndmask_b32_e64 v70, v90, v70, s[2:3]
	v_cndmask_b32_e64 v70, v89, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v88, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v246, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v71, v97, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_or_b32_e32 v70, v70, v71
	v_and_b32_sdwa v71, v246, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v71
	v_cmp_ne_u16_e64 s[0:1], 0, v71
	v_cmp_ne_u16_e64 s[2:3], 1, v71
	v_cmp_ne_u16_e64 s[4:5], 2, v71
	v_cmp_ne_u16_e64 s[6:7], 3, v71
	v_cmp_ne_u16_e64 s[10:11], 4, v71
	v_cmp_ne_u16_e64 s[12:13], 5, v71
	v_cmp_ne_u16_e64 s[14:15], 6, v71
	v_cmp_ne_u16_e64 s[16:17], 7, v71
	v_lshlrev_b16_sdwa v71, v96, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v71, v95, v71, vcc
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	v_cndmask_b32_e64 v71, v94, v71, s[2:3]
	v_cndmask_b32_e64 v71, v93, v71, s[4:5]
	v_add_u32_e32 v0, 0x1c00, v0
	v_cndmask_b32_e64 v71, v92, v71, s[6:7]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v82, v66, v67, s38
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2_b32 v[66:67], v0 offset1:2
	v_cndmask_b32_e64 v71, v91, v71, s[10:11]
	v_cndmask_b32_e64 v71, v90, v71, s[12:13]
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v246 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v71, v88, v71, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v71, v71, v72
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v0, 8, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v83, v71, v70, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v70, 0x7f, v0
	v_cmp_ne_u16_e64 s[6:7], s39, v70
	v_cmp_ne_u16_e64 s[10:11], 0, v70
	v_cmp_ne_u16_e64 s[12:13], 1, v70
	v_cmp_ne_u16_e64 s[14:15], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[4:5], 4, v70
	v_cmp_ne_u16_e64 s[2:3], 5, v70
	v_cmp_ne_u16_e64 s[0:1], 6, v70
	v_cmp_ne_u16_e32 vcc, 7, v70
	v_and_b32_e32 v70, 0x7f, v66
	v_cmp_ne_u16_e64 s[18:19], s39, v70
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[24:25], 2, v70
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_cmp_ne_u16_e64 s[28:29], 4, v70
	v_cmp_ne_u16_e64 s[30:31], 5, v70
	v_cmp_ne_u16_e64 s[34:35], 6, v70
	v_cmp_ne_u16_e64 s[36:37], 7, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[18:19]
	v_cndmask_b32_e64 v70, 0, v70, s[20:21]
	v_cndmask_b32_e64 v70, v94, v70, s[22:23]
	v_cndmask_b32_e64 v70, v93, v70, s[24:25]
	v_cndmask_b32_e64 v70, v92, v70, s[26:27]
	v_cndmask_b32_e64 v70, v91, v70, s[28:29]
	v_cndmask_b32_e64 v70, v90, v70, s[30:31]
	v_cndmask_b32_e64 v70, v89, v70, s[34:35]
	v_lshlrev_b16_e32 v71, 8, v66
	v_cndmask_b32_e64 v70, v88, v70, s[36:37]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_e32 v71, 7, v0
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v95, v71, s[6:7]
	v_cndmask_b32_e64 v71, 0, v71, s[10:11]
	v_cndmask_b32_e64 v71, v94, v71, s[12:13]
	v_cndmask_b32_e64 v71, v93, v71, s[14:15]
	v_cndmask_b32_e64 v71, v92, v71, s[16:17]
	v_cndmask_b32_e64 v71, v91, v71, s[4:5]
	v_cndmask_b32_e64 v71, v90, v71, s[2:3]
	v_cndmask_b32_e64 v71, v89, v71, s[0:1]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e32 v71, v88, v71, vcc
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v0, v71, v0
	v_and_b32_sdwa v71, v66, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v71
	v_cmp_ne_u16_e64 s[0:1], 0, v71
	v_cmp_ne_u16_e64 s[2:3], 1, v71
	v_cmp_ne_u16_e64 s[4:5], 2, v71
	v_cmp_ne_u16_e64 s[6:7], 3, v71
	v_cmp_ne_u16_e64 s[10:11], 4, v71
	v_cmp_ne_u16_e64 s[12:13], 5, v71
	v_cmp_ne_u16_e64 s[14:15], 6, v71
	v_cmp_ne_u16_e64 s[16:17], 7, v71
	v_lshlrev_b16_sdwa v71, v96, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v71, v95, v71, vcc
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	v_cndmask_b32_e64 v71, v94, v71, s[2:3]
	v_cndmask_b32_e64 v71, v93, v71, s[4:5]
	v_cndmask_b32_e64 v71, v92, v71, s[6:7]
	v_cndmask_b32_e64 v71, v91, v71, s[10:11]
	v_cndmask_b32_e64 v71, v90, v71, s[12:13]
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v71, v88, v71, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v71, v71, v72
	v_and_b32_sdwa v72, v66, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v96, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[32:47], v[82:83], v[68:69], a[32:47]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_sdwa v66, v97, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v72, v66
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v87, v66, v71, s38
	v_perm_b32 v86, v0, v70, s38
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[2:17], v[74:75], v[68:69], v[2:17]
	scratch_load_dwordx4 a[98:101], off, off offset:1152 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[102:105], off, off offset:1168 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[106:109], off, off offset:1184 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[110:113], off, off offset:1200 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v177, a47
	v_accvgpr_read_b32 v176, a46
	v_accvgpr_read_b32 v175, a45
	v_accvgpr_read_b32 v174, a44
	v_accvgpr_read_b32 v173, a43
	v_accvgpr_read_b32 v172, a42
	v_accvgpr_read_b32 v171, a41
	v_accvgpr_read_b32 v170, a40
	v_accvgpr_read_b32 v169, a39
	v_accvgpr_read_b32 v168, a38
	v_accvgpr_read_b32 v167, a37
	v_accvgpr_read_b32 v166, a36
	v_accvgpr_read_b32 v165, a35
	v_accvgpr_read_b32 v164, a34
	v_accvgpr_read_b32 v163, a33
	v_accvgpr_read_b32 v162, a32
	v_accvgpr_mov_b32 a32, a66
	v_accvgpr_mov_b32 a33, a67
	v_accvgpr_mov_b32 a34, a68
	v_accvgpr_mov_b32 a35, a69
	v_accvgpr_mov_b32 a36, a70
	v_accvgpr_mov_b32 a37, a71
	v_accvgpr_mov_b32 a38, a72
	v_accvgpr_mov_b32 a39, a73
	v_accvgpr_mov_b32 a40, a74
	v_accvgpr_mov_b32 a41, a75
	v_accvgpr_mov_b32 a42, a76
	v_accvgpr_mov_b32 a43, a77
	v_accvgpr_mov_b32 a44, a78
	v_accvgpr_mov_b32 a45, a79
	v_accvgpr_mov_b32 a46, a80
	v_accvgpr_mov_b32 a47, a81
	v_mfma_f32_32x32x8_f16 a[16:31], v[86:87], v[68:69], a[16:31]
	scratch_load_dwordx4 v[18:21], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:752 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[194:197], off, off offset:1088 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[198:201], off, off offset:1104 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[202:205], off, off offset:1120 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[206:209], off, off offset:1136 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, a[82:85], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[86:89], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[90:93], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[94:97], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[210:213], off offset:1216 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[214:217], off offset:1232 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:1248 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:1264 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:1344 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:1360 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:1376 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:1392 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[146:149], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[158:161], off, off offset:688 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[130:133], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[134:137], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[138:141], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[142:145], off, off offset:496 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[50:53], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[82:85], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[86:89], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[90:93], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[94:97], off, off offset:624 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[32:47], v[80:81], v[68:69], a[32:47]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[68:69], v84 offset0:128 offset1:130
	scratch_load_dwordx4 v[114:117], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[118:121], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[122:125], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[126:129], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[98:101], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[102:105], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v0, 8, v68
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[6:7], s39, v66
	v_cmp_ne_u16_e64 s[10:11], 0, v66
	v_cmp_ne_u16_e64 s[12:13], 1, v66
	v_cmp_ne_u16_e64 s[14:15], 2, v66
	v_cmp_ne_u16_e64 s[16:17], 3, v66
	v_cmp_ne_u16_e64 s[4:5], 4, v66
	v_cmp_ne_u16_e64 s[2:3], 5, v66
	v_cmp_ne_u16_e64 s[0:1], 6, v66
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_and_b32_e32 v66, 0x7f, v68
	v_cmp_ne_u16_e64 s[18:19], s39, v66
	v_cmp_ne_u16_e64 s[20:21], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[24:25], 2, v66
	v_cmp_ne_u16_e64 s[26:27], 3, v66
	v_cmp_ne_u16_e64 s[28:29], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[34:35], 6, v66
	v_cmp_ne_u16_e64 s[36:37], 7, v66
	v_lshlrev_b16_e32 v66, 7, v68
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v95, v66, s[18:19]
	v_cndmask_b32_e64 v66, 0, v66, s[20:21]
	v_cndmask_b32_e64 v66, v94, v66, s[22:23]
	v_cndmask_b32_e64 v66, v93, v66, s[24:25]
	v_cndmask_b32_e64 v66, v92, v66, s[26:27]
	v_cndmask_b32_e64 v66, v91, v66, s[28:29]
	v_cndmask_b32_e64 v66, v90, v66, s[30:31]
	v_cndmask_b32_e64 v66, v89, v66, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v68
	v_cndmask_b32_e64 v66, v88, v66, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v66, v66, v70
	v_lshlrev_b16_e32 v70, 7, v0
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v94, v70, s[12:13]
	v_cndmask_b32_e64 v70, v93, v70, s[14:15]
	v_cndmask_b32_e64 v70, v92, v70, s[16:17]
	v_cndmask_b32_e64 v70, v91, v70, s[4:5]
	v_cndmask_b32_e64 v70, v90, v70, s[2:3]
	v_cndmask_b32_e64 v70, v89, v70, s[0:1]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e32 v70, v88, v70, vcc
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v0, v70, v0
	v_and_b32_sdwa v70, v68, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v71, v97, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_or_b32_e32 v70, v70, v71
	v_and_b32_sdwa v71, v68, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v71
	v_cmp_ne_u16_e64 s[0:1], 0, v71
	v_cmp_ne_u16_e64 s[2:3], 1, v71
	v_cmp_ne_u16_e64 s[4:5], 2, v71
	v_cmp_ne_u16_e64 s[6:7], 3, v71
	v_cmp_ne_u16_e64 s[10:11], 4, v71
	v_cmp_ne_u16_e64 s[12:13], 5, v71
	v_cmp_ne_u16_e64 s[14:15], 6, v71
	v_cmp_ne_u16_e64 s[16:17], 7, v71
	v_lshlrev_b16_sdwa v71, v96, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v71, v95, v71, vcc
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	v_cndmask_b32_e64 v71, v94, v71, s[2:3]
	v_cndmask_b32_e64 v71, v93, v71, s[4:5]
	v_cndmask_b32_e64 v71, v92, v71, s[6:7]
	v_cndmask_b32_e64 v71, v91, v71, s[10:11]
	v_cndmask_b32_e64 v71, v90, v71, s[12:13]
	v_cndmask_b32_e64 v71, v89, v71, s[14:15]
	v_lshlrev_b16_sdwa v68, v97, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_mov_b32 a79, a47
	v_cndmask_b32_e64 v71, v88, v71, s[16:17]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_accvgpr_mov_b32 a78, a46
	v_accvgpr_mov_b32 a77, a45
	v_accvgpr_mov_b32 a76, a44
	v_accvgpr_mov_b32 a75, a43
	v_accvgpr_mov_b32 a74, a42
	v_accvgpr_mov_b32 a73, a41
	v_accvgpr_mov_b32 a72, a40
	v_accvgpr_mov_b32 a71, a39
	v_accvgpr_mov_b32 a70, a38
	v_accvgpr_mov_b32 a69, a37
	v_accvgpr_mov_b32 a68, a36
	v_accvgpr_mov_b32 a67, a35
	v_accvgpr_mov_b32 a66, a34
	v_accvgpr_mov_b32 a65, a33
	v_accvgpr_mov_b32 a64, a32
	v_or_b32_e32 v68, v71, v68
	v_accvgpr_mov_b32 a32, a226
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v71, v68, v70, s38
	v_perm_b32 v70, v0, v66, s38
	v_accvgpr_mov_b32 a33, a227
	v_accvgpr_mov_b32 a34, a228
	v_accvgpr_mov_b32 a35, a229
	v_accvgpr_mov_b32 a36, a230
	v_accvgpr_mov_b32 a37, a231
	v_accvgpr_mov_b32 a38, a232
	v_accvgpr_mov_b32 a39, a233
	v_accvgpr_mov_b32 a40, a234
	v_accvgpr_mov_b32 a41, a235
	v_accvgpr_mov_b32 a42, a236
	v_accvgpr_mov_b32 a43, a237
	v_accvgpr_mov_b32 a44, a238
	v_accvgpr_mov_b32 a45, a239
	v_accvgpr_mov_b32 a46, a240
	v_accvgpr_mov_b32 a47, a241
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v0, 0x400, v84
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[70:71], a[0:15]
	v_mfma_f32_32x32x8_f16 a[32:47], v[80:81], v[70:71], a[32:47]
	s_nop 10
	v_accvgpr_mov_b32 a241, a47
	v_accvgpr_mov_b32 a240, a46
	v_accvgpr_mov_b32 a239, a45
	v_accvgpr_mov_b32 a238, a44
	v_accvgpr_mov_b32 a237, a43
	v_accvgpr_mov_b32 a236, a42
	v_accvgpr_mov_b32 a235, a41
	v_accvgpr_mov_b32 a234, a40
	v_accvgpr_mov_b32 a233, a39
	v_accvgpr_mov_b32 a232, a38
	v_accvgpr_mov_b32 a231, a37
	v_accvgpr_mov_b32 a230, a36
	v_accvgpr_mov_b32 a229, a35
	v_accvgpr_mov_b32 a228, a34
	v_accvgpr_mov_b32 a227, a33
	v_accvgpr_mov_b32 a226, a32
	v_accvgpr_mov_b32 a32, a210
	v_accvgpr_mov_b32 a33, a211
	v_accvgpr_mov_b32 a34, a212
	v_accvgpr_mov_b32 a35, a213
	v_accvgpr_mov_b32 a36, a214
	v_accvgpr_mov_b32 a37, a215
	v_accvgpr_mov_b32 a38, a216
	v_accvgpr_mov_b32 a39, a217
	v_accvgpr_mov_b32 a40, a218
	v_accvgpr_mov_b32 a41, a219
	v_accvgpr_mov_b32 a42, a220
	v_accvgpr_mov_b32 a43, a221
	v_accvgpr_mov_b32 a44, a222
	v_accvgpr_mov_b32 a45, a223
	v_accvgpr_mov_b32 a46, a224
	v_accvgpr_mov_b32 a47, a225
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[32:47], v[82:83], v[70:71], a[32:47]
	s_nop 10
	v_accvgpr_mov_b32 a225, a47
	v_accvgpr_mov_b32 a224, a46
	v_accvgpr_mov_b32 a223, a45
	v_accvgpr_mov_b32 a222, a44
	v_accvgpr_mov_b32 a221, a43
	v_accvgpr_mov_b32 a220, a42
	v_accvgpr_mov_b32 a219, a41
	v_accvgpr_mov_b32 a218, a40
	v_accvgpr_mov_b32 a217, a39
	v_accvgpr_mov_b32 a216, a38
	v_accvgpr_mov_b32 a215, a37
	v_accvgpr_mov_b32 a214, a36
	v_accvgpr_mov_b32 a213, a35
	v_accvgpr_mov_b32 a212, a34
	v_accvgpr_mov_b32 a211, a33
	v_accvgpr_mov_b32 a210, a32
	v_accvgpr_mov_b32 a32, a194
	v_accvgpr_mov_b32 a33, a195
	v_accvgpr_mov_b32 a34, a196
	v_accvgpr_mov_b32 a35, a197
	v_accvgpr_mov_b32 a36, a198
	v_accvgpr_mov_b32 a37, a199
	v_accvgpr_mov_b32 a38, a200
	v_accvgpr_mov_b32 a39, a201
	v_accvgpr_mov_b32 a40, a202
	v_accvgpr_mov_b32 a41, a203
	v_accvgpr_mov_b32 a42, a204
	v_accvgpr_mov_b32 a43, a205
	v_accvgpr_mov_b32 a44, a206
	v_accvgpr_mov_b32 a45, a207
	v_accvgpr_mov_b32 a46, a208
	v_accvgpr_mov_b32 a47, a209
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[32:47], v[86:87], v[70:71], a[32:47]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[70:71], v0 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v70
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[6:7], s39, v68
	v_cmp_ne_u16_e64 s[10:11], 0, v68
	v_cmp_ne_u16_e64 s[12:13], 1, v68
	v_cmp_ne_u16_e64 s[14:15], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[4:5], 4, v68
	v_cmp_ne_u16_e64 s[2:3], 5, v68
	v_cmp_ne_u16_e64 s[0:1], 6, v68
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v70
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v70
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v94, v68, s[22:23]
	v_cndmask_b32_e64 v68, v93, v68, s[24:25]
	v_cndmask_b32_e64 v68, v92, v68, s[26:27]
	v_cndmask_b32_e64 v68, v91, v68, s[28:29]
	v_cndmask_b32_e64 v68, v90, v68, s[30:31]
	v_cndmask_b32_e64 v68, v89, v68, s[34:35]
	v_lshlrev_b16_e32 v72, 8, v70
	v_cndmask_b32_e64 v68, v88, v68, s[36:37]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v68, v68, v72
	v_lshlrev_b16_e32 v72, 7, v66
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v95, v72, s[6:7]
	v_cndmask_b32_e64 v72, 0, v72, s[10:11]
	v_cndmask_b32_e64 v72, v94, v72, s[12:13]
	v_cndmask_b32_e64 v72, v93, v72, s[14:15]
	v_cndmask_b32_e64 v72, v92, v72, s[16:17]
	v_cndmask_b32_e64 v72, v91, v72, s[4:5]
	v_cndmask_b32_e64 v72, v90, v72, s[2:3]
	v_cndmask_b32_e64 v72, v89, v72, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v72, v88, v72, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v72, v66
	v_and_b32_sdwa v72, v70, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v96, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_sdwa v73, v97, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v72, v72, v73
	v_and_b32_sdwa v73, v70, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v73
	v_cmp_ne_u16_e64 s[0:1], 0, v73
	v_cmp_ne_u16_e64 s[2:3], 1, v73
	v_cmp_ne_u16_e64 s[4:5], 2, v73
	v_cmp_ne_u16_e64 s[6:7], 3, v73
	v_cmp_ne_u16_e64 s[10:11], 4, v73
	v_cmp_ne_u16_e64 s[12:13], 5, v73
	v_cmp_ne_u16_e64 s[14:15], 6, v73
	v_cmp_ne_u16_e64 s[16:17], 7, v73
	v_lshlrev_b16_sdwa v73, v96, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e32 v73, v95, v73, vcc
	v_cndmask_b32_e64 v73, 0, v73, s[0:1]
	v_cndmask_b32_e64 v73, v94, v73, s[2:3]
	v_cndmask_b32_e64 v73, v93, v73, s[4:5]
	v_cndmask_b32_e64 v73, v92, v73, s[6:7]
	v_cndmask_b32_e64 v73, v91, v73, s[10:11]
	v_cndmask_b32_e64 v73, v90, v73, s[12:13]
	v_cndmask_b32_e64 v73, v89, v73, s[14:15]
	v_lshlrev_b16_sdwa v70, v97, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_mov_b32 a209, a47
	v_cndmask_b32_e64 v73, v88, v73, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_accvgpr_mov_b32 a208, a46
	v_accvgpr_mov_b32 a207, a45
	v_accvgpr_mov_b32 a206, a44
	v_accvgpr_mov_b32 a205, a43
	v_accvgpr_mov_b32 a204, a42
	v_accvgpr_mov_b32 a203, a41
	v_accvgpr_mov_b32 a202, a40
	v_accvgpr_mov_b32 a201, a39
	v_accvgpr_mov_b32 a200, a38
	v_accvgpr_mov_b32 a199, a37
	v_accvgpr_mov_b32 a198, a36
	v_accvgpr_mov_b32 a197, a35
	v_accvgpr_mov_b32 a196, a34
	v_accvgpr_mov_b32 a195, a33
	v_accvgpr_mov_b32 a194, a32
	v_or_b32_e32 v70, v73, v70
	v_accvgpr_mov_b32 a32, a178
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v73, v70, v72, s38
	v_perm_b32 v72, v66, v68, s38
	v_accvgpr_mov_b32 a33, a179
	v_accvgpr_mov_b32 a34, a180
	v_accvgpr_mov_b32 a35, a181
	v_accvgpr_mov_b32 a36, a182
	v_accvgpr_mov_b32 a37, a183
	v_accvgpr_mov_b32 a38, a184
	v_accvgpr_mov_b32 a39, a185
	v_accvgpr_mov_b32 a40, a186
	v_accvgpr_mov_b32 a41, a187
	v_accvgpr_mov_b32 a42, a188
	v_accvgpr_mov_b32 a43, a189
	v_accvgpr_mov_b32 a44, a190
	v_accvgpr_mov_b32 a45, a191
	v_accvgpr_mov_b32 a46, a192
	v_accvgpr_mov_b32 a47, a193
	s_waitcnt vmcnt(52)
	v_mfma_f32_32x32x8_f16 a[130:145], v[86:87], v[72:73], a[130:145]
	v_mfma_f32_32x32x8_f16 a[32:47], v[74:75], v[72:73], a[32:47]
	s_nop 10
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
	v_accvgpr_mov_b32 a32, a162
	v_accvgpr_mov_b32 a33, a163
	v_accvgpr_mov_b32 a34, a164
	v_accvgpr_mov_b32 a35, a165
	v_accvgpr_mov_b32 a36, a166
	v_accvgpr_mov_b32 a37, a167
	v_accvgpr_mov_b32 a38, a168
	v_accvgpr_mov_b32 a39, a169
	v_accvgpr_mov_b32 a40, a170
	v_accvgpr_mov_b32 a41, a171
	v_accvgpr_mov_b32 a42, a172
	v_accvgpr_mov_b32 a43, a173
	v_accvgpr_mov_b32 a44, a174
	v_accvgpr_mov_b32 a45, a175
	v_accvgpr_mov_b32 a46, a176
	v_accvgpr_mov_b32 a47, a177
	v_accvgpr_write_b32 a193, v49
	v_accvgpr_write_b32 a192, v48
	v_mfma_f32_32x32x8_f16 a[32:47], v[80:81], v[72:73], a[32:47]
	v_accvgpr_write_b32 a191, v47
	v_accvgpr_write_b32 a190, v46
	v_accvgpr_write_b32 a189, v45
	v_accvgpr_write_b32 a188, v44
	v_accvgpr_write_b32 a187, v43
	v_accvgpr_write_b32 a186, v42
	v_accvgpr_write_b32 a185, v41
	v_accvgpr_write_b32 a184, v40
	v_accvgpr_write_b32 a183, v39
	v_accvgpr_write_b32 a182, v38
	v_accvgpr_write_b32 a181, v37
	v_accvgpr_mov_b32 a63, a47
	v_accvgpr_mov_b32 a62, a46
	v_accvgpr_mov_b32 a61, a45
	v_accvgpr_mov_b32 a60, a44
	v_accvgpr_mov_b32 a59, a43
	v_accvgpr_mov_b32 a58, a42
	v_accvgpr_mov_b32 a57, a41
	v_accvgpr_mov_b32 a56, a40
	v_accvgpr_mov_b32 a55, a39
	v_accvgpr_mov_b32 a54, a38
	v_accvgpr_mov_b32 a53, a37
	v_accvgpr_mov_b32 a52, a36
	v_accvgpr_mov_b32 a51, a35
	v_accvgpr_mov_b32 a50, a34
	v_accvgpr_mov_b32 a49, a33
	v_accvgpr_mov_b32 a48, a32
	v_accvgpr_mov_b32 a32, a146
	v_accvgpr_mov_b32 a33, a147
	v_accvgpr_mov_b32 a34, a148
	v_accvgpr_mov_b32 a35, a149
	v_accvgpr_mov_b32 a36, a150
	v_accvgpr_mov_b32 a37, a151
	v_accvgpr_mov_b32 a38, a152
	v_accvgpr_mov_b32 a39, a153
	v_accvgpr_mov_b32 a40, a154
	v_accvgpr_mov_b32 a41, a155
	v_accvgpr_mov_b32 a42, a156
	v_accvgpr_mov_b32 a43, a157
	v_accvgpr_mov_b32 a44, a158
	v_accvgpr_mov_b32 a45, a159
	v_accvgpr_mov_b32 a46, a160
	v_accvgpr_mov_b32 a47, a161
	v_accvgpr_write_b32 a180, v36
	v_accvgpr_write_b32 a179, v35
	v_mfma_f32_32x32x8_f16 a[32:47], v[82:83], v[72:73], a[32:47]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[72:73], v0 offset0:128 offset1:130
	v_accvgpr_write_b32 a178, v34
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v0, 8, v72
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[6:7], s39, v66
	v_cmp_ne_u16_e64 s[10:11], 0, v66
	v_cmp_ne_u16_e64 s[12:13], 1, v66
	v_cmp_ne_u16_e64 s[14:15], 2, v66
	v_cmp_ne_u16_e64 s[16:17], 3, v66
	v_cmp_ne_u16_e64 s[4:5], 4, v66
	v_cmp_ne_u16_e64 s[2:3], 5, v66
	v_cmp_ne_u16_e64 s[0:1], 6, v66
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_and_b32_e32 v66, 0x7f, v72
	v_cmp_ne_u16_e64 s[18:19], s39, v66
	v_cmp_ne_u16_e64 s[20:21], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[24:25], 2, v66
	v_cmp_ne_u16_e64 s[26:27], 3, v66
	v_cmp_ne_u16_e64 s[28:29], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[34:35], 6, v66
	v_cmp_ne_u16_e64 s[36:37], 7, v66
	v_lshlrev_b16_e32 v66, 7, v72
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v95, v66, s[18:19]
	v_cndmask_b32_e64 v66, 0, v66, s[20:21]
	v_cndmask_b32_e64 v66, v94, v66, s[22:23]
	v_cndmask_b32_e64 v66, v93, v66, s[24:25]
	v_cndmask_b32_e64 v66, v92, v66, s[26:27]
	v_cndmask_b32_e64 v66, v91, v66, s[28:29]
	v_cndmask_b32_e64 v66, v90, v66, s[30:31]
	v_cndmask_b32_e64 v66, v89, v66, s[34:35]
	v_lshlrev_b16_e32 v68, 8, v72
	v_cndmask_b32_e64 v66, v88, v66, s[36:37]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v66, v66, v68
	v_lshlrev_b16_e32 v68, 7, v0
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[6:7]
	v_cndmask_b32_e64 v68, 0, v68, s[10:11]
	v_cndmask_b32_e64 v68, v94, v68, s[12:13]
	v_cndmask_b32_e64 v68, v93, v68, s[14:15]
	v_cndmask_b32_e64 v68, v92, v68, s[16:17]
	v_cndmask_b32_e64 v68, v91, v68, s[4:5]
	v_cndmask_b32_e64 v68, v90, v68, s[2:3]
	v_cndmask_b32_e64 v68, v89, v68, s[0:1]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e32 v68, v88, v68, vcc
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v0, v68, v0
	v_and_b32_sdwa v68, v72, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v68
	v_cmp_ne_u16_e64 s[0:1], 0, v68
	v_cmp_ne_u16_e64 s[2:3], 1, v68
	v_cmp_ne_u16_e64 s[4:5], 2, v68
	v_cmp_ne_u16_e64 s[6:7], 3, v68
	v_cmp_ne_u16_e64 s[10:11], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[14:15], 6, v68
	v_cmp_ne_u16_e64 s[16:17], 7, v68
	v_lshlrev_b16_sdwa v68, v96, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e32 v68, v95, v68, vcc
	v_cndmask_b32_e64 v68, 0, v68, s[0:1]
	v_cndmask_b32_e64 v68, v94, v68, s[2:3]
	v_cndmask_b32_e64 v68, v93, v68, s[4:5]
	v_cndmask_b32_e64 v68, v92, v68, s[6:7]
	v_cndmask_b32_e64 v68, v91, v68, s[10:11]
	v_cndmask_b32_e64 v68, v90, v68, s[12:13]
	v_cndmask_b32_e64 v68, v89, v68, s[14:15]
	v_lshlrev_b16_sdwa v70, v97, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v68, v88, v68, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_and_b32_sdwa v70, v72, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v77, v70, v68, s38
	v_perm_b32 v76, v0, v66, s38
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v0, 0x800, v84
	v_accvgpr_mov_b32 a129, a47
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(48)
	v_mfma_f32_32x32x8_f16 v[178:193], v[74:75], v[76:77], v[178:193]
	v_accvgpr_mov_b32 a114, a32
	v_accvgpr_mov_b32 a128, a46
	v_accvgpr_mov_b32 a127, a45
	v_accvgpr_mov_b32 a126, a44
	v_accvgpr_mov_b32 a125, a43
	v_accvgpr_mov_b32 a124, a42
	v_accvgpr_mov_b32 a123, a41
	s_waitcnt vmcnt(44)
	v_mfma_f32_32x32x8_f16 a[98:113], v[80:81], v[76:77], a[98:113]
	v_accvgpr_mov_b32 a122, a40
	v_accvgpr_mov_b32 a121, a39
	v_accvgpr_mov_b32 a120, a38
	v_accvgpr_mov_b32 a119, a37
	v_accvgpr_mov_b32 a118, a36
	v_accvgpr_mov_b32 a117, a35
	v_accvgpr_mov_b32 a116, a34
	s_waitcnt vmcnt(40)
	v_mfma_f32_32x32x8_f16 v[18:33], v[82:83], v[76:77], v[18:33]
	v_accvgpr_mov_b32 a115, a33
	s_waitcnt vmcnt(36)
	v_mfma_f32_32x32x8_f16 v[194:209], v[86:87], v[76:77], v[194:209]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[76:77], v0 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v76
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[6:7], s39, v68
	v_cmp_ne_u16_e64 s[10:11], 0, v68
	v_cmp_ne_u16_e64 s[12:13], 1, v68
	v_cmp_ne_u16_e64 s[14:15], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[4:5], 4, v68
	v_cmp_ne_u16_e64 s[2:3], 5, v68
	v_cmp_ne_u16_e64 s[0:1], 6, v68
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v76
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v76
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v94, v68, s[22:23]
	v_cndmask_b32_e64 v68, v93, v68, s[24:25]
	v_cndmask_b32_e64 v68, v92, v68, s[26:27]
	v_cndmask_b32_e64 v68, v91, v68, s[28:29]
	v_cndmask_b32_e64 v68, v90, v68, s[30:31]
	v_cndmask_b32_e64 v68, v89, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v76
	v_cndmask_b32_e64 v68, v88, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v94, v70, s[12:13]
	v_cndmask_b32_e64 v70, v93, v70, s[14:15]
	v_cndmask_b32_e64 v70, v92, v70, s[16:17]
	v_cndmask_b32_e64 v70, v91, v70, s[4:5]
	v_cndmask_b32_e64 v70, v90, v70, s[2:3]
	v_cndmask_b32_e64 v70, v89, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v88, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v76, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_mov_b64_e32 v[224:225], v[32:33]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_mov_b64_e32 v[222:223], v[30:31]
	v_mov_b64_e32 v[220:221], v[28:29]
	v_mov_b64_e32 v[218:219], v[26:27]
	v_mov_b64_e32 v[216:217], v[24:25]
	v_mov_b64_e32 v[214:215], v[22:23]
	v_mov_b64_e32 v[212:213], v[20:21]
	v_mov_b64_e32 v[210:211], v[18:19]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[18:21], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_and_b32_sdwa v72, v76, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v96, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_sdwa v76, v97, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v72, v72, v76
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v79, v72, v70, s38
	v_perm_b32 v78, v66, v68, s38
	s_waitcnt vmcnt(24)
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[146:161], v[74:75], v[78:79], v[146:161]
	s_waitcnt vmcnt(20)
	v_mfma_f32_32x32x8_f16 v[130:145], v[80:81], v[78:79], v[130:145]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x8_f16 v[50:65], v[82:83], v[78:79], v[50:65]
	s_waitcnt vmcnt(12)
	v_mfma_f32_32x32x8_f16 a[82:97], v[86:87], v[78:79], a[82:97]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[78:79], v0 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v0, 8, v78
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[6:7], s39, v66
	v_cmp_ne_u16_e64 s[10:11], 0, v66
	v_cmp_ne_u16_e64 s[12:13], 1, v66
	v_cmp_ne_u16_e64 s[14:15], 2, v66
	v_cmp_ne_u16_e64 s[16:17], 3, v66
	v_cmp_ne_u16_e64 s[4:5], 4, v66
	v_cmp_ne_u16_e64 s[2:3], 5, v66
	v_cmp_ne_u16_e64 s[0:1], 6, v66
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_and_b32_e32 v66, 0x7f, v78
	v_cmp_ne_u16_e64 s[18:19], s39, v66
	v_cmp_ne_u16_e64 s[20:21], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[24:25], 2, v66
	v_cmp_ne_u16_e64 s[26:27], 3, v66
	v_cmp_ne_u16_e64 s[28:29], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[34:35], 6, v66
	v_cmp_ne_u16_e64 s[36:37], 7, v66
	v_lshlrev_b16_e32 v66, 7, v78
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v95, v66, s[18:19]
	v_cndmask_b32_e64 v66, 0, v66, s[20:21]
	v_cndmask_b32_e64 v66, v94, v66, s[22:23]
	v_cndmask_b32_e64 v66, v93, v66, s[24:25]
	v_cndmask_b32_e64 v66, v92, v66, s[26:27]
	v_cndmask_b32_e64 v66, v91, v66, s[28:29]
	v_cndmask_b32_e64 v66, v90, v66, s[30:31]
	v_cndmask_b32_e64 v66, v89, v66, s[34:35]
	v_lshlrev_b16_e32 v68, 8, v78
	v_cndmask_b32_e64 v66, v88, v66, s[36:37]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v66, v66, v68
	v_lshlrev_b16_e32 v68, 7, v0
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[6:7]
	v_cndmask_b32_e64 v68, 0, v68, s[10:11]
	v_cndmask_b32_e64 v68, v94, v68, s[12:13]
	v_cndmask_b32_e64 v68, v93, v68, s[14:15]
	v_cndmask_b32_e64 v68, v92, v68, s[16:17]
	v_cndmask_b32_e64 v68, v91, v68, s[4:5]
	v_cndmask_b32_e64 v68, v90, v68, s[2:3]
	v_cndmask_b32_e64 v68, v89, v68, s[0:1]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e32 v68, v88, v68, vcc
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v0, v68, v0
	v_and_b32_sdwa v68, v78, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v68
	v_cmp_ne_u16_e64 s[0:1], 0, v68
	v_cmp_ne_u16_e64 s[2:3], 1, v68
	v_cmp_ne_u16_e64 s[4:5], 2, v68
	v_cmp_ne_u16_e64 s[6:7], 3, v68
	v_cmp_ne_u16_e64 s[10:11], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[14:15], 6, v68
	v_cmp_ne_u16_e64 s[16:17], 7, v68
	v_lshlrev_b16_sdwa v68, v96, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e32 v68, v95, v68, vcc
	v_cndmask_b32_e64 v68, 0, v68, s[0:1]
	v_cndmask_b32_e64 v68, v94, v68, s[2:3]
	v_cndmask_b32_e64 v68, v93, v68, s[4:5]
	v_cndmask_b32_e64 v68, v92, v68, s[6:7]
	v_cndmask_b32_e64 v68, v91, v68, s[10:11]
	v_cndmask_b32_e64 v68, v90, v68, s[12:13]
	v_cndmask_b32_e64 v68, v89, v68, s[14:15]
	v_lshlrev_b16_sdwa v70, v97, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v68, v88, v68, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_and_b32_sdwa v70, v78, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v249, v70, v68, s38
	v_perm_b32 v248, v0, v66, s38
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v0, 0xc00, v84
	v_and_b32_sdwa v78, v1, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[80:81], v[248:249], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:1024 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[82:83], v[248:249], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:1072 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:960 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[86:87], v[248:249], v[18:33]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:1008 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[18:21], off, off offset:896 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:944 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 v[114:129], v[74:75], v[248:249], v[114:129]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[248:249], v0 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v248
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[6:7], s39, v68
	v_cmp_ne_u16_e64 s[10:11], 0, v68
	v_cmp_ne_u16_e64 s[12:13], 1, v68
	v_cmp_ne_u16_e64 s[14:15], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[4:5], 4, v68
	v_cmp_ne_u16_e64 s[2:3], 5, v68
	v_cmp_ne_u16_e64 s[0:1], 6, v68
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v248
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v248
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v94, v68, s[22:23]
	v_cndmask_b32_e64 v68, v93, v68, s[24:25]
	v_cndmask_b32_e64 v68, v92, v68, s[26:27]
	v_cndmask_b32_e64 v68, v91, v68, s[28:29]
	v_cndmask_b32_e64 v68, v90, v68, s[30:31]
	v_cndmask_b32_e64 v68, v89, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v248
	v_cndmask_b32_e64 v68, v88, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v95, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v94, v70, s[12:13]
	v_cndmask_b32_e64 v70, v93, v70, s[14:15]
	v_cndmask_b32_e64 v70, v92, v70, s[16:17]
	v_cndmask_b32_e64 v70, v91, v70, s[4:5]
	v_cndmask_b32_e64 v70, v90, v70, s[2:3]
	v_cndmask_b32_e64 v70, v89, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v88, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v248, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_and_b32_sdwa v72, v248, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v96, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_lshlrev_b16_sdwa v76, v97, v248 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v72, v72, v76
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v85, v72, v70, s38
	v_perm_b32 v84, v66, v68, s38
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_sdwa v76, v1, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[74:75], v[84:85], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:944 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[80:81], v[84:85], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[82:83], v[84:85], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:1344 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:1360 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:1376 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:1392 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 v[98:113], v[86:87], v[84:85], v[98:113]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2_b32 v[84:85], v0 offset0:128 offset1:130
	s_nop 9
	scratch_store_dwordx4 off, v[98:101], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:176 ; 16-byte Folded Spill
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v0, 8, v84
	v_and_b32_e32 v66, 0x7f, v0
	v_cmp_ne_u16_e64 s[6:7], s39, v66
	v_cmp_ne_u16_e64 s[10:11], 0, v66
	v_cmp_ne_u16_e64 s[12:13], 1, v66
	v_cmp_ne_u16_e64 s[14:15], 2, v66
	v_cmp_ne_u16_e64 s[16:17], 3, v66
	v_cmp_ne_u16_e64 s[4:5], 4, v66
	v_cmp_ne_u16_e64 s[2:3], 5, v66
	v_cmp_ne_u16_e64 s[0:1], 6, v66
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_and_b32_e32 v66, 0x7f, v84
	v_cmp_ne_u16_e64 s[18:19], s39, v66
	v_cmp_ne_u16_e64 s[20:21], 0, v66
	v_cmp_ne_u16_e64 s[22:23], 1, v66
	v_cmp_ne_u16_e64 s[24:25], 2, v66
	v_cmp_ne_u16_e64 s[26:27], 3, v66
	v_cmp_ne_u16_e64 s[28:29], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[34:35], 6, v66
	v_cmp_ne_u16_e64 s[36:37], 7, v66
	v_lshlrev_b16_e32 v66, 7, v84
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v66, v95, v66, s[18:19]
	v_cndmask_b32_e64 v66, 0, v66, s[20:21]
	v_cndmask_b32_e64 v66, v94, v66, s[22:23]
	v_cndmask_b32_e64 v66, v93, v66, s[24:25]
	v_cndmask_b32_e64 v66, v92, v66, s[26:27]
	v_cndmask_b32_e64 v66, v91, v66, s[28:29]
	v_cndmask_b32_e64 v66, v90, v66, s[30:31]
	v_cndmask_b32_e64 v66, v89, v66, s[34:35]
	v_lshlrev_b16_e32 v68, 8, v84
	v_cndmask_b32_e64 v66, v88, v66, s[36:37]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v66, v66, v68
	v_lshlrev_b16_e32 v68, 7, v0
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v95, v68, s[6:7]
	v_cndmask_b32_e64 v68, 0, v68, s[10:11]
	v_cndmask_b32_e64 v68, v94, v68, s[12:13]
	v_cndmask_b32_e64 v68, v93, v68, s[14:15]
	v_cndmask_b32_e64 v68, v92, v68, s[16:17]
	v_cndmask_b32_e64 v68, v91, v68, s[4:5]
	v_cndmask_b32_e64 v68, v90, v68, s[2:3]
	v_cndmask_b32_e64 v68, v89, v68, s[0:1]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e32 v68, v88, v68, vcc
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v0, v68, v0
	v_and_b32_sdwa v68, v84, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v68
	v_cmp_ne_u16_e64 s[0:1], 0, v68
	v_cmp_ne_u16_e64 s[2:3], 1, v68
	v_cmp_ne_u16_e64 s[4:5], 2, v68
	v_cmp_ne_u16_e64 s[6:7], 3, v68
	v_cmp_ne_u16_e64 s[10:11], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[14:15], 6, v68
	v_cmp_ne_u16_e64 s[16:17], 7, v68
	v_lshlrev_b16_sdwa v68, v96, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e32 v68, v95, v68, vcc
	v_cndmask_b32_e64 v68, 0, v68, s[0:1]
	v_cndmask_b32_e64 v68, v94, v68, s[2:3]
	v_cndmask_b32_e64 v68, v93, v68, s[4:5]
	v_cndmask_b32_e64 v68, v92, v68, s[6:7]
	v_cndmask_b32_e64 v68, v91, v68, s[10:11]
	v_cndmask_b32_e64 v68, v90, v68, s[12:13]
	v_cndmask_b32_e64 v68, v89, v68, s[14:15]
	v_lshlrev_b16_sdwa v70, v97, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v68, v88, v68, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_and_b32_sdwa v70, v84, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v96, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v97, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v251, v70, v68, s38
	v_perm_b32 v250, v0, v66, s38
	scratch_load_dwordx4 v[98:101], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[102:105], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[18:33], v[74:75], v[250:251], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:1344 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:1360 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:1376 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:1392 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:1216 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:1232 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:1248 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:1264 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[80:81], v[250:251], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:1216 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:1232 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:1248 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:1264 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:768 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:816 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v0, 8, v1
	v_lshlrev_b16_sdwa v66, v97, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v68, v96, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v70, v97, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v96, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v74, 8, v1
	v_lshlrev_b16_e32 v75, 7, v1
	v_and_b32_e32 v1, 0x7f, v1
	v_cmp_ne_u16_e64 s[18:19], s39, v1
	v_cmp_ne_u16_e64 s[20:21], 0, v1
	v_cmp_ne_u16_e64 s[22:23], 1, v1
	v_cmp_ne_u16_e64 s[24:25], 2, v1
	v_cmp_ne_u16_e64 s[26:27], 3, v1
	v_cmp_ne_u16_e64 s[28:29], 4, v1
	v_cmp_ne_u16_e64 s[30:31], 5, v1
	v_cmp_ne_u16_e64 s[34:35], 6, v1
	v_cmp_ne_u16_e64 s[36:37], 7, v1
	v_and_b32_e32 v1, 0x3f80, v75
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v95, v1, s[18:19]
	v_cndmask_b32_e64 v1, 0, v1, s[20:21]
	v_cndmask_b32_e64 v1, v94, v1, s[22:23]
	v_cndmask_b32_e64 v1, v93, v1, s[24:25]
	v_cndmask_b32_e64 v1, v92, v1, s[26:27]
	v_cndmask_b32_e64 v1, v91, v1, s[28:29]
	v_cndmask_b32_e64 v1, v90, v1, s[30:31]
	v_cndmask_b32_e64 v1, v89, v1, s[34:35]
	v_cndmask_b32_e64 v1, v88, v1, s[36:37]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v1, v1, v74
	v_lshlrev_b16_e32 v74, 7, v0
	v_and_b32_e32 v80, 0x7f, v0
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[0:1], s39, v80
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[2:3], 0, v80
	v_cndmask_b32_e64 v74, v95, v74, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v80
	v_cndmask_b32_e64 v74, 0, v74, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v80
	v_cndmask_b32_e64 v74, v94, v74, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v80
	v_cndmask_b32_e64 v74, v93, v74, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v80
	v_cndmask_b32_e64 v74, v92, v74, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v80
	v_cndmask_b32_e64 v74, v91, v74, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v80
	v_cndmask_b32_e64 v74, v90, v74, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v80
	v_cndmask_b32_e64 v74, v89, v74, s[16:17]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e32 v74, v88, v74, vcc
	v_and_b32_e32 v0, 0xffff8000, v0
	v_and_b32_e32 v72, 0x3f80, v72
	v_or_b32_e32 v0, v74, v0
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_add_u16_e32 v72, 0x2000, v72
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v74, 7, v243
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[0:1], 0, v78
	v_cmp_ne_u16_e64 s[2:3], 1, v78
	v_cmp_ne_u16_e64 s[4:5], 2, v78
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	v_cmp_ne_u16_e64 s[10:11], 4, v78
	v_cmp_ne_u16_e64 s[12:13], 5, v78
	v_cmp_ne_u16_e64 s[14:15], 6, v78
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_cndmask_b32_e32 v72, v95, v72, vcc
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v78, 0x7f, v243
	v_and_b32_e32 v74, 0x3f80, v74
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[18:19], s39, v78
	v_add_u16_e32 v74, 0x2000, v74
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[20:21], 0, v78
	v_cndmask_b32_e64 v74, v95, v74, s[18:19]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[22:23], 1, v78
	v_cndmask_b32_e64 v74, 0, v74, s[20:21]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[24:25], 2, v78
	v_cndmask_b32_e64 v74, v94, v74, s[22:23]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[26:27], 3, v78
	v_cndmask_b32_e64 v74, v93, v74, s[24:25]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[28:29], 4, v78
	v_cndmask_b32_e64 v74, v92, v74, s[26:27]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[30:31], 5, v78
	v_cndmask_b32_e64 v74, v91, v74, s[28:29]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_and_b32_e32 v68, 0x3f80, v68
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[34:35], 6, v78
	v_cndmask_b32_e64 v74, v90, v74, s[30:31]
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v70, v72, v70
	v_cmp_ne_u16_e32 vcc, s39, v76
	v_add_u16_e32 v68, 0x2000, v68
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v72, 8, v243
	v_cmp_ne_u16_e64 s[36:37], 7, v78
	v_cndmask_b32_e64 v74, v89, v74, s[34:35]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[98:113], v[82:83], v[250:251], v[98:113]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[0:1], 0, v76
	v_cndmask_b32_e32 v68, v95, v68, vcc
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v82, v0, v1, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v0, 8, v243
	v_cndmask_b32_e64 v74, v88, v74, s[36:37]
	v_and_b32_e32 v72, 0xffff8000, v72
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 1, v76
	v_cndmask_b32_e64 v68, 0, v68, s[0:1]
	.loc	1 31 20                         ; spill.py:31:20
	v_or_b32_e32 v72, v74, v72
	v_lshlrev_b16_e32 v74, 7, v0
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[4:5], 2, v76
	v_cndmask_b32_e64 v68, v94, v68, s[2:3]
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v80, 0x7f, v0
	v_and_b32_e32 v74, 0x3f80, v74
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[6:7], 3, v76
	v_cndmask_b32_e64 v68, v93, v68, s[4:5]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[0:1], s39, v80
	v_add_u16_e32 v74, 0x2000, v74
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[10:11], 4, v76
	v_cndmask_b32_e64 v68, v92, v68, s[6:7]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[2:3], 0, v80
	v_cndmask_b32_e64 v74, v95, v74, s[0:1]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[12:13], 5, v76
	v_cndmask_b32_e64 v68, v91, v68, s[10:11]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[4:5], 1, v80
	v_cndmask_b32_e64 v74, 0, v74, s[2:3]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[14:15], 6, v76
	v_cndmask_b32_e64 v68, v90, v68, s[12:13]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[6:7], 2, v80
	v_cndmask_b32_e64 v74, v94, v74, s[4:5]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[16:17], 7, v76
	v_cndmask_b32_e64 v68, v89, v68, s[14:15]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[10:11], 3, v80
	v_cndmask_b32_e64 v74, v93, v74, s[6:7]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v68, v88, v68, s[16:17]
	v_and_b32_e32 v66, 0xffff8000, v66
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[12:13], 4, v80
	v_cndmask_b32_e64 v74, v92, v74, s[10:11]
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v66, v68, v66
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[14:15], 5, v80
	v_cndmask_b32_e64 v74, v91, v74, s[12:13]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v83, v66, v70, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_sdwa v70, v96, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[16:17], 6, v80
	v_cndmask_b32_e64 v74, v90, v74, s[14:15]
	v_lshlrev_b16_sdwa v66, v96, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v76, v243, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, 7, v80
	v_cndmask_b32_e64 v74, v89, v74, s[16:17]
	v_and_b32_e32 v70, 0x3f80, v70
	v_and_b32_sdwa v75, v243, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v74, v88, v74, vcc
	v_cmp_ne_u16_e32 vcc, s39, v76
	v_cmp_ne_u16_e64 s[0:1], 0, v76
	v_cmp_ne_u16_e64 s[2:3], 1, v76
	v_cmp_ne_u16_e64 s[4:5], 2, v76
	v_cmp_ne_u16_e64 s[6:7], 3, v76
	v_cmp_ne_u16_e64 s[10:11], 4, v76
	v_cmp_ne_u16_e64 s[12:13], 5, v76
	v_cmp_ne_u16_e64 s[14:15], 6, v76
	v_cmp_ne_u16_e64 s[16:17], 7, v76
	v_add_u16_e32 v70, 0x2000, v70
	v_and_b32_e32 v66, 0x3f80, v66
	v_lshlrev_b16_e32 v76, 7, v245
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cmp_ne_u16_e32 vcc, s39, v75
	v_add_u16_e32 v66, 0x2000, v66
	v_and_b32_e32 v81, 0x7f, v245
	v_and_b32_e32 v76, 0x3f80, v76
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v75
	v_cndmask_b32_e32 v66, v95, v66, vcc
	v_cmp_ne_u16_e64 s[18:19], s39, v81
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v75
	v_cndmask_b32_e64 v66, 0, v66, s[0:1]
	v_cmp_ne_u16_e64 s[20:21], 0, v81
	v_cndmask_b32_e64 v76, v95, v76, s[18:19]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v75
	v_cndmask_b32_e64 v66, v94, v66, s[2:3]
	v_cmp_ne_u16_e64 s[22:23], 1, v81
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v75
	v_cndmask_b32_e64 v66, v93, v66, s[4:5]
	v_cmp_ne_u16_e64 s[24:25], 2, v81
	v_cndmask_b32_e64 v76, v94, v76, s[22:23]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v75
	v_cndmask_b32_e64 v66, v92, v66, s[6:7]
	v_cmp_ne_u16_e64 s[26:27], 3, v81
	v_cndmask_b32_e64 v76, v93, v76, s[24:25]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v75
	v_cndmask_b32_e64 v66, v91, v66, s[10:11]
	v_cmp_ne_u16_e64 s[28:29], 4, v81
	v_cndmask_b32_e64 v76, v92, v76, s[26:27]
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v75
	v_cndmask_b32_e64 v66, v90, v66, s[12:13]
	v_cmp_ne_u16_e64 s[30:31], 5, v81
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_lshlrev_b16_sdwa v1, v97, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v75
	v_cndmask_b32_e64 v66, v89, v66, s[14:15]
	v_cmp_ne_u16_e64 s[34:35], 6, v81
	v_cndmask_b32_e64 v76, v90, v76, s[30:31]
	v_cndmask_b32_e64 v66, v88, v66, s[16:17]
	v_and_b32_e32 v1, 0xffff8000, v1
	v_lshlrev_b16_e32 v75, 8, v245
	v_cmp_ne_u16_e64 s[36:37], 7, v81
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_or_b32_e32 v1, v66, v1
	v_lshrrev_b32_e32 v66, 8, v245
	v_cndmask_b32_e64 v76, v88, v76, s[36:37]
	v_and_b32_e32 v75, 0xffff8000, v75
	v_or_b32_e32 v76, v76, v75
	v_lshlrev_b16_e32 v75, 7, v66
	v_and_b32_e32 v84, 0x7f, v66
	v_and_b32_e32 v75, 0x3f80, v75
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	v_cndmask_b32_e64 v75, v95, v75, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v75, 0, v75, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v75, v94, v75, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v75, v93, v75, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v75, v92, v75, s[10:11]
	v_lshlrev_b16_e32 v0, 8, v0
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v75, v91, v75, s[12:13]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v75, v90, v75, s[14:15]
	v_or_b32_e32 v0, v74, v0
	v_lshlrev_b16_sdwa v74, v96, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v80, v245, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v75, v89, v75, s[16:17]
	v_cmp_ne_u16_e64 s[0:1], 0, v80
	v_cndmask_b32_e32 v75, v88, v75, vcc
	v_cmp_ne_u16_e32 vcc, s39, v80
	v_cmp_ne_u16_e64 s[2:3], 1, v80
	v_cmp_ne_u16_e64 s[4:5], 2, v80
	v_cmp_ne_u16_e64 s[6:7], 3, v80
	v_cmp_ne_u16_e64 s[10:11], 4, v80
	v_cmp_ne_u16_e64 s[12:13], 5, v80
	v_cmp_ne_u16_e64 s[14:15], 6, v80
	v_cmp_ne_u16_e64 s[16:17], 7, v80
	v_and_b32_e32 v74, 0x3f80, v74
	v_lshlrev_b16_e32 v80, 7, v247
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[86:87], v[250:251], v[18:33]
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u16_e32 v74, 0x2000, v74
	v_and_b32_e32 v86, 0x7f, v247
	v_and_b32_e32 v80, 0x3f80, v80
	v_cndmask_b32_e32 v74, v95, v74, vcc
	v_cmp_ne_u16_e64 s[18:19], s39, v86
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cmp_ne_u16_e64 s[20:21], 0, v86
	v_cndmask_b32_e64 v80, v95, v80, s[18:19]
	v_cndmask_b32_e64 v74, v94, v74, s[2:3]
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v80, 0, v80, s[20:21]
	v_cndmask_b32_e64 v74, v93, v74, s[4:5]
	v_cmp_ne_u16_e64 s[24:25], 2, v86
	v_cndmask_b32_e64 v80, v94, v80, s[22:23]
	v_cndmask_b32_e64 v74, v92, v74, s[6:7]
	v_cmp_ne_u16_e64 s[26:27], 3, v86
	v_cndmask_b32_e64 v80, v93, v80, s[24:25]
	v_cndmask_b32_e64 v74, v91, v74, s[10:11]
	v_cmp_ne_u16_e64 s[28:29], 4, v86
	v_cndmask_b32_e64 v80, v92, v80, s[26:27]
	v_lshlrev_b16_sdwa v68, v97, v243 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v90, v74, s[12:13]
	v_cmp_ne_u16_e64 s[30:31], 5, v86
	v_cndmask_b32_e64 v80, v91, v80, s[28:29]
	v_and_b32_e32 v68, 0xffff8000, v68
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v250, v0, v72, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_sdwa v72, v97, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v78, v245, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v89, v74, s[14:15]
	v_cmp_ne_u16_e64 s[34:35], 6, v86
	v_cndmask_b32_e64 v80, v90, v80, s[30:31]
	v_or_b32_e32 v68, v70, v68
	v_lshlrev_b16_sdwa v70, v96, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v66, v75, v66
	v_cndmask_b32_e64 v74, v88, v74, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_cmp_ne_u16_e64 s[0:1], 0, v78
	v_cmp_ne_u16_e64 s[2:3], 1, v78
	v_cmp_ne_u16_e64 s[4:5], 2, v78
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	v_cmp_ne_u16_e64 s[10:11], 4, v78
	v_cmp_ne_u16_e64 s[12:13], 5, v78
	v_cmp_ne_u16_e64 s[14:15], 6, v78
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_lshlrev_b16_e32 v78, 8, v247
	v_cmp_ne_u16_e64 s[36:37], 7, v86
	v_cndmask_b32_e64 v80, v89, v80, s[34:35]
	v_or_b32_e32 v72, v74, v72
	v_and_b32_e32 v70, 0x3f80, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v74, v66, v76, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v66, 8, v247
	v_cndmask_b32_e64 v80, v88, v80, s[36:37]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_add_u16_e32 v70, 0x2000, v70
	v_or_b32_e32 v78, v80, v78
	v_lshlrev_b16_e32 v80, 7, v66
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_and_b32_e32 v87, 0x7f, v66
	v_and_b32_e32 v80, 0x3f80, v80
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], s39, v87
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v87
	v_cndmask_b32_e64 v80, v95, v80, s[0:1]
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v87
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v87
	v_cndmask_b32_e64 v80, v94, v80, s[4:5]
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 3, v87
	v_cndmask_b32_e64 v80, v93, v80, s[6:7]
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 4, v87
	v_cndmask_b32_e64 v80, v92, v80, s[10:11]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v251, v1, v68, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_sdwa v68, v97, v245 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 5, v87
	v_cndmask_b32_e64 v80, v91, v80, s[12:13]
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_lshlrev_b16_sdwa v76, v96, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[16:17], 6, v87
	v_cndmask_b32_e64 v80, v90, v80, s[14:15]
	v_or_b32_e32 v68, v70, v68
	v_lshlrev_b16_sdwa v70, v96, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v84, v247, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_cndmask_b32_e64 v80, v89, v80, s[16:17]
	v_and_b32_e32 v76, 0x3f80, v76
	v_and_b32_sdwa v81, v247, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v80, v88, v80, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_add_u16_e32 v76, 0x2000, v76
	v_and_b32_e32 v70, 0x3f80, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v76, v95, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v81
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cndmask_b32_e64 v76, 0, v76, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v81
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e64 v76, v94, v76, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v81
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v76, v93, v76, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v81
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v76, v92, v76, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v81
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v76, v91, v76, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v81
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v76, v90, v76, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v81
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v76, v89, v76, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v81
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v75, v68, v72, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_sdwa v68, v97, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v72, v97, v247 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v76, v88, v76, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v81
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v66, v80, v66
	v_or_b32_e32 v72, v76, v72
	v_or_b32_e32 v68, v70, v68
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v81, v68, v72, s38
	v_perm_b32 v80, v66, v78, s38
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v66, 8, v67
	v_lshlrev_b16_sdwa v68, v97, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v70, v96, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v72, v97, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v96, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v78, 8, v67
	v_lshlrev_b16_e32 v84, 7, v67
	v_and_b32_sdwa v86, v67, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v87, v67, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v67, 0x7f, v67
	v_cmp_ne_u16_e64 s[18:19], s39, v67
	v_cmp_ne_u16_e64 s[20:21], 0, v67
	v_cmp_ne_u16_e64 s[22:23], 1, v67
	v_cmp_ne_u16_e64 s[24:25], 2, v67
	v_cmp_ne_u16_e64 s[26:27], 3, v67
	v_cmp_ne_u16_e64 s[28:29], 4, v67
	v_cmp_ne_u16_e64 s[30:31], 5, v67
	v_cmp_ne_u16_e64 s[34:35], 6, v67
	v_cmp_ne_u16_e64 s[36:37], 7, v67
	v_and_b32_e32 v67, 0x3f80, v84
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v95, v67, s[18:19]
	v_cndmask_b32_e64 v67, 0, v67, s[20:21]
	v_cndmask_b32_e64 v67, v94, v67, s[22:23]
	v_cndmask_b32_e64 v67, v93, v67, s[24:25]
	v_cndmask_b32_e64 v67, v92, v67, s[26:27]
	v_cndmask_b32_e64 v67, v91, v67, s[28:29]
	v_cndmask_b32_e64 v67, v90, v67, s[30:31]
	v_cndmask_b32_e64 v67, v89, v67, s[34:35]
	v_cndmask_b32_e64 v67, v88, v67, s[36:37]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_or_b32_e32 v78, v67, v78
	v_lshlrev_b16_e32 v67, 7, v66
	v_and_b32_e32 v242, 0x7f, v66
	v_and_b32_e32 v67, 0x3f80, v67
	v_cmp_ne_u16_e64 s[0:1], s39, v242
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e64 s[2:3], 0, v242
	v_cndmask_b32_e64 v67, v95, v67, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v242
	v_cndmask_b32_e64 v67, 0, v67, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v242
	v_cndmask_b32_e64 v67, v94, v67, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v242
	v_cndmask_b32_e64 v67, v93, v67, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v242
	v_cndmask_b32_e64 v67, v92, v67, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v242
	v_cndmask_b32_e64 v67, v91, v67, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v242
	v_cndmask_b32_e64 v67, v90, v67, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v242
	v_cndmask_b32_e64 v67, v89, v67, s[16:17]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v67, v88, v67, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v67, v66
	v_and_b32_e32 v67, 0x3f80, v76
	v_cmp_ne_u16_e32 vcc, s39, v87
	v_add_u16_e32 v67, 0x2000, v67
	v_and_b32_e32 v70, 0x3f80, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v87
	v_cndmask_b32_e32 v67, v95, v67, vcc
	v_cmp_ne_u16_e32 vcc, s39, v86
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v87
	v_cndmask_b32_e64 v67, 0, v67, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v86
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v87
	v_cndmask_b32_e64 v67, v94, v67, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v86
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v87
	v_cndmask_b32_e64 v67, v93, v67, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v86
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v87
	v_cndmask_b32_e64 v67, v92, v67, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v86
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v87
	v_cndmask_b32_e64 v67, v91, v67, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v86
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v87
	v_cndmask_b32_e64 v67, v90, v67, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v86
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v87
	v_cndmask_b32_e64 v67, v89, v67, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v86
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_cndmask_b32_e64 v67, v88, v67, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v86
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v67, v67, v72
	v_or_b32_e32 v68, v70, v68
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v67, v68, v67, s38
	v_perm_b32 v66, v66, v78, s38
	v_mfma_f32_32x32x8_f16 v[2:17], v[250:251], v[82:83], v[2:17]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v68, 8, v69
	v_lshlrev_b16_sdwa v70, v97, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v72, v96, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v97, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v96, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v84, v69, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v69, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[162:177], v[80:81], v[82:83], v[162:177]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v87, 0x7f, v68
	v_cmp_ne_u16_e64 s[0:1], s39, v87
	v_cmp_ne_u16_e64 s[2:3], 0, v87
	v_cmp_ne_u16_e64 s[4:5], 1, v87
	v_cmp_ne_u16_e64 s[6:7], 2, v87
	v_cmp_ne_u16_e64 s[10:11], 3, v87
	v_cmp_ne_u16_e64 s[12:13], 4, v87
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[64:79], v[74:75], v[82:83], a[64:79]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[14:15], 5, v87
	v_cmp_ne_u16_e64 s[16:17], 6, v87
	v_cmp_ne_u16_e32 vcc, 7, v87
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v76, 0xffff8000, v76
	v_and_b32_e32 v70, 0xffff8000, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[16:31], v[66:67], v[82:83], a[16:31]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v82, 8, v69
	v_lshlrev_b16_e32 v83, 7, v69
	v_and_b32_e32 v69, 0x7f, v69
	v_cmp_ne_u16_e64 s[18:19], s39, v69
	v_cmp_ne_u16_e64 s[20:21], 0, v69
	v_cmp_ne_u16_e64 s[22:23], 1, v69
	v_cmp_ne_u16_e64 s[24:25], 2, v69
	v_cmp_ne_u16_e64 s[26:27], 3, v69
	v_cmp_ne_u16_e64 s[28:29], 4, v69
	v_cmp_ne_u16_e64 s[30:31], 5, v69
	v_cmp_ne_u16_e64 s[34:35], 6, v69
	v_cmp_ne_u16_e64 s[36:37], 7, v69
	v_and_b32_e32 v69, 0x3f80, v83
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v95, v69, s[18:19]
	v_cndmask_b32_e64 v69, 0, v69, s[20:21]
	v_cndmask_b32_e64 v69, v94, v69, s[22:23]
	v_cndmask_b32_e64 v69, v93, v69, s[24:25]
	v_cndmask_b32_e64 v69, v92, v69, s[26:27]
	v_cndmask_b32_e64 v69, v91, v69, s[28:29]
	v_cndmask_b32_e64 v69, v90, v69, s[30:31]
	v_cndmask_b32_e64 v69, v89, v69, s[34:35]
	v_cndmask_b32_e64 v69, v88, v69, s[36:37]
	v_and_b32_e32 v82, 0xffff8000, v82
	v_or_b32_e32 v82, v69, v82
	v_lshlrev_b16_e32 v69, 7, v68
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v95, v69, s[0:1]
	v_cndmask_b32_e64 v69, 0, v69, s[2:3]
	v_cndmask_b32_e64 v69, v94, v69, s[4:5]
	v_cndmask_b32_e64 v69, v93, v69, s[6:7]
	v_cndmask_b32_e64 v69, v92, v69, s[10:11]
	v_cndmask_b32_e64 v69, v91, v69, s[12:13]
	v_cndmask_b32_e64 v69, v90, v69, s[14:15]
	v_cndmask_b32_e64 v69, v89, v69, s[16:17]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e32 v69, v88, v69, vcc
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v69, v68
	v_and_b32_e32 v69, 0x3f80, v78
	v_cmp_ne_u16_e32 vcc, s39, v86
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[0:1], 0, v86
	v_cndmask_b32_e32 v69, v95, v69, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_cmp_ne_u16_e64 s[2:3], 1, v86
	v_cndmask_b32_e64 v69, 0, v69, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v86
	v_cndmask_b32_e64 v69, v94, v69, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v86
	v_cndmask_b32_e64 v69, v93, v69, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v86
	v_cndmask_b32_e64 v69, v92, v69, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v86
	v_cndmask_b32_e64 v69, v91, v69, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v86
	v_cndmask_b32_e64 v69, v90, v69, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v86
	v_cndmask_b32_e64 v69, v89, v69, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cndmask_b32_e64 v69, v88, v69, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_or_b32_e32 v69, v69, v76
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_or_b32_e32 v70, v72, v70
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v70, v69, s38
	v_perm_b32 v68, v68, v82, s38
	scratch_store_dwordx4 off, a[16:19], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:48 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 a[0:15], v[250:251], v[68:69], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v70, v96, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v72, v97, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v96, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v78, 8, v71
	v_lshlrev_b16_e32 v82, 7, v71
	v_and_b32_sdwa v83, v71, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v84, v71, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v78, 0xffff8000, v78
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_and_b32_e32 v70, 0x3f80, v70
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
	v_accvgpr_mov_b32 a0, a226
	v_accvgpr_mov_b32 a1, a227
	v_accvgpr_mov_b32 a2, a228
	v_accvgpr_mov_b32 a3, a229
	v_accvgpr_mov_b32 a4, a230
	v_accvgpr_mov_b32 a5, a231
	v_accvgpr_mov_b32 a6, a232
	v_accvgpr_mov_b32 a7, a233
	v_accvgpr_mov_b32 a8, a234
	v_accvgpr_mov_b32 a9, a235
	v_accvgpr_mov_b32 a10, a236
	v_accvgpr_mov_b32 a11, a237
	v_accvgpr_mov_b32 a12, a238
	v_accvgpr_mov_b32 a13, a239
	v_accvgpr_mov_b32 a14, a240
	v_accvgpr_mov_b32 a15, a241
	v_add_u16_e32 v70, 0x2000, v70
	v_and_b32_e32 v72, 0xffff8000, v72
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[68:69], a[0:15]
	scratch_store_dwordx4 off, v[18:21], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:816 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[2:5], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:880 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v32, a98
	v_accvgpr_read_b32 v33, a99
	v_mov_b64_e32 v[16:17], v[210:211]
	v_accvgpr_read_b32 v34, a100
	v_accvgpr_read_b32 v35, a101
	v_accvgpr_mov_b32 a241, a15
	v_accvgpr_mov_b32 a240, a14
	v_accvgpr_mov_b32 a239, a13
	v_accvgpr_mov_b32 a238, a12
	v_accvgpr_mov_b32 a237, a11
	v_accvgpr_mov_b32 a236, a10
	v_accvgpr_mov_b32 a235, a9
	v_accvgpr_mov_b32 a234, a8
	v_accvgpr_mov_b32 a233, a7
	v_accvgpr_mov_b32 a232, a6
	v_accvgpr_mov_b32 a231, a5
	v_accvgpr_mov_b32 a230, a4
	v_accvgpr_mov_b32 a229, a3
	v_accvgpr_mov_b32 a228, a2
	v_accvgpr_mov_b32 a227, a1
	v_accvgpr_mov_b32 a226, a0
	v_accvgpr_mov_b32 a0, a210
	v_accvgpr_mov_b32 a1, a211
	v_accvgpr_mov_b32 a2, a212
	v_accvgpr_mov_b32 a3, a213
	v_accvgpr_mov_b32 a4, a214
	v_accvgpr_mov_b32 a5, a215
	v_accvgpr_mov_b32 a6, a216
	v_accvgpr_mov_b32 a7, a217
	v_accvgpr_mov_b32 a8, a218
	v_accvgpr_mov_b32 a9, a219
	v_accvgpr_mov_b32 a10, a220
	v_accvgpr_mov_b32 a11, a221
	v_accvgpr_mov_b32 a12, a222
	v_accvgpr_mov_b32 a13, a223
	v_accvgpr_mov_b32 a14, a224
	v_accvgpr_mov_b32 a15, a225
	v_accvgpr_read_b32 v36, a102
	v_accvgpr_read_b32 v37, a103
	v_mfma_f32_32x32x8_f16 a[0:15], v[80:81], v[68:69], a[0:15]
	v_accvgpr_read_b32 v38, a104
	v_accvgpr_read_b32 v39, a105
	v_accvgpr_read_b32 v40, a106
	v_accvgpr_read_b32 v41, a107
	v_accvgpr_read_b32 v42, a108
	v_accvgpr_read_b32 v43, a109
	v_accvgpr_read_b32 v44, a110
	v_accvgpr_read_b32 v45, a111
	v_accvgpr_read_b32 v46, a112
	v_accvgpr_read_b32 v47, a113
	v_mov_b64_e32 v[18:19], v[212:213]
	v_accvgpr_mov_b32 a225, a15
	v_accvgpr_mov_b32 a224, a14
	v_accvgpr_mov_b32 a223, a13
	v_accvgpr_mov_b32 a222, a12
	v_accvgpr_mov_b32 a221, a11
	v_accvgpr_mov_b32 a220, a10
	v_accvgpr_mov_b32 a219, a9
	v_accvgpr_mov_b32 a218, a8
	v_accvgpr_mov_b32 a217, a7
	v_accvgpr_mov_b32 a216, a6
	v_accvgpr_mov_b32 a215, a5
	v_accvgpr_mov_b32 a214, a4
	v_accvgpr_mov_b32 a213, a3
	v_accvgpr_mov_b32 a212, a2
	v_accvgpr_mov_b32 a211, a1
	v_accvgpr_mov_b32 a210, a0
	v_accvgpr_mov_b32 a0, a194
	v_accvgpr_mov_b32 a1, a195
	v_accvgpr_mov_b32 a2, a196
	v_accvgpr_mov_b32 a3, a197
	v_accvgpr_mov_b32 a4, a198
	v_accvgpr_mov_b32 a5, a199
	v_accvgpr_mov_b32 a6, a200
	v_accvgpr_mov_b32 a7, a201
	v_accvgpr_mov_b32 a8, a202
	v_accvgpr_mov_b32 a9, a203
	v_accvgpr_mov_b32 a10, a204
	v_accvgpr_mov_b32 a11, a205
	v_accvgpr_mov_b32 a12, a206
	v_accvgpr_mov_b32 a13, a207
	v_accvgpr_mov_b32 a14, a208
	v_accvgpr_mov_b32 a15, a209
	v_mov_b64_e32 v[20:21], v[214:215]
	v_mov_b64_e32 v[22:23], v[216:217]
	v_mfma_f32_32x32x8_f16 a[0:15], v[66:67], v[68:69], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v68, 8, v71
	v_lshlrev_b16_sdwa v69, v97, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x7f, v71
	v_cmp_ne_u16_e64 s[18:19], s39, v71
	v_cmp_ne_u16_e64 s[20:21], 0, v71
	v_cmp_ne_u16_e64 s[22:23], 1, v71
	v_cmp_ne_u16_e64 s[24:25], 2, v71
	v_cmp_ne_u16_e64 s[26:27], 3, v71
	v_cmp_ne_u16_e64 s[28:29], 4, v71
	v_cmp_ne_u16_e64 s[30:31], 5, v71
	v_cmp_ne_u16_e64 s[34:35], 6, v71
	v_cmp_ne_u16_e64 s[36:37], 7, v71
	v_and_b32_e32 v71, 0x3f80, v82
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v95, v71, s[18:19]
	v_cndmask_b32_e64 v71, 0, v71, s[20:21]
	v_cndmask_b32_e64 v71, v94, v71, s[22:23]
	v_cndmask_b32_e64 v71, v93, v71, s[24:25]
	v_cndmask_b32_e64 v71, v92, v71, s[26:27]
	v_cndmask_b32_e64 v71, v91, v71, s[28:29]
	v_cndmask_b32_e64 v71, v90, v71, s[30:31]
	v_cndmask_b32_e64 v71, v89, v71, s[34:35]
	v_cndmask_b32_e64 v71, v88, v71, s[36:37]
	v_or_b32_e32 v71, v71, v78
	v_lshlrev_b16_e32 v78, 7, v68
	v_and_b32_e32 v86, 0x7f, v68
	v_and_b32_e32 v78, 0x3f80, v78
	v_cmp_ne_u16_e64 s[0:1], s39, v86
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[2:3], 0, v86
	v_cndmask_b32_e64 v78, v95, v78, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v86
	v_cndmask_b32_e64 v78, 0, v78, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v86
	v_cndmask_b32_e64 v78, v94, v78, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v86
	v_cndmask_b32_e64 v78, v93, v78, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v86
	v_cndmask_b32_e64 v78, v92, v78, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v86
	v_cndmask_b32_e64 v78, v91, v78, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v86
	v_cndmask_b32_e64 v78, v90, v78, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v86
	v_cndmask_b32_e64 v78, v89, v78, s[16:17]
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v78, v88, v78, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e32 v76, v95, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v83
	v_cndmask_b32_e64 v76, 0, v76, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v83
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v76, v94, v76, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v83
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v76, v93, v76, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v83
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v76, v92, v76, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v83
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v76, v91, v76, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v83
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v76, v90, v76, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v83
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v76, v89, v76, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v83
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v76, v88, v76, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v83
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_accvgpr_mov_b32 a209, a15
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_accvgpr_mov_b32 a208, a14
	v_accvgpr_mov_b32 a207, a13
	v_accvgpr_mov_b32 a206, a12
	v_accvgpr_mov_b32 a205, a11
	v_accvgpr_mov_b32 a204, a10
	v_accvgpr_mov_b32 a203, a9
	v_accvgpr_mov_b32 a202, a8
	v_accvgpr_mov_b32 a201, a7
	v_accvgpr_mov_b32 a200, a6
	v_accvgpr_mov_b32 a199, a5
	v_accvgpr_mov_b32 a198, a4
	v_accvgpr_mov_b32 a197, a3
	v_accvgpr_mov_b32 a196, a2
	v_accvgpr_mov_b32 a195, a1
	v_accvgpr_mov_b32 a194, a0
	v_or_b32_e32 v68, v78, v68
	v_or_b32_e32 v72, v76, v72
	v_or_b32_e32 v69, v70, v69
	v_accvgpr_mov_b32 a0, a48
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v72, s38
	v_perm_b32 v68, v68, v71, s38
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
	v_mfma_f32_32x32x8_f16 a[178:193], v[250:251], v[68:69], a[178:193]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v70, v96, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v71, v97, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v96, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v76, 8, v73
	v_lshlrev_b16_e32 v78, 7, v73
	v_and_b32_sdwa v82, v73, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v83, v73, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[74:75], v[68:69], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v76, 0xffff8000, v76
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_and_b32_e32 v71, 0xffff8000, v71
	v_mov_b64_e32 v[24:25], v[218:219]
	v_mov_b64_e32 v[26:27], v[220:221]
	v_mov_b64_e32 v[28:29], v[222:223]
	v_mov_b64_e32 v[30:31], v[224:225]
	v_accvgpr_read_b32 v0, a82
	v_accvgpr_mov_b32 a177, a15
	v_accvgpr_mov_b32 a176, a14
	v_accvgpr_mov_b32 a175, a13
	v_accvgpr_mov_b32 a174, a12
	v_accvgpr_mov_b32 a173, a11
	v_accvgpr_mov_b32 a172, a10
	v_accvgpr_mov_b32 a171, a9
	v_accvgpr_mov_b32 a170, a8
	v_accvgpr_mov_b32 a169, a7
	v_accvgpr_mov_b32 a168, a6
	v_accvgpr_mov_b32 a167, a5
	v_accvgpr_mov_b32 a166, a4
	v_accvgpr_mov_b32 a165, a3
	v_accvgpr_mov_b32 a164, a2
	v_accvgpr_mov_b32 a163, a1
	v_accvgpr_mov_b32 a162, a0
	v_accvgpr_mov_b32 a0, a114
	v_accvgpr_mov_b32 a1, a115
	v_accvgpr_mov_b32 a2, a116
	v_accvgpr_mov_b32 a3, a117
	v_accvgpr_mov_b32 a4, a118
	v_accvgpr_mov_b32 a5, a119
	v_accvgpr_mov_b32 a6, a120
	v_accvgpr_mov_b32 a7, a121
	v_accvgpr_mov_b32 a8, a122
	v_accvgpr_mov_b32 a9, a123
	v_accvgpr_mov_b32 a10, a124
	v_accvgpr_mov_b32 a11, a125
	v_accvgpr_mov_b32 a12, a126
	v_accvgpr_mov_b32 a13, a127
	v_accvgpr_mov_b32 a14, a128
	v_accvgpr_mov_b32 a15, a129
	v_accvgpr_read_b32 v1, a83
	v_accvgpr_read_b32 v2, a84
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[80:81], v[68:69], a[0:15]
	v_accvgpr_read_b32 v3, a85
	v_accvgpr_read_b32 v4, a86
	v_accvgpr_read_b32 v5, a87
	v_accvgpr_read_b32 v6, a88
	v_accvgpr_read_b32 v7, a89
	v_accvgpr_read_b32 v8, a90
	v_accvgpr_read_b32 v9, a91
	v_accvgpr_read_b32 v10, a92
	v_accvgpr_read_b32 v11, a93
	v_accvgpr_read_b32 v12, a94
	v_accvgpr_read_b32 v13, a95
	v_accvgpr_mov_b32 a161, a15
	v_accvgpr_mov_b32 a160, a14
	v_accvgpr_mov_b32 a159, a13
	v_accvgpr_mov_b32 a158, a12
	v_accvgpr_mov_b32 a157, a11
	v_accvgpr_mov_b32 a156, a10
	v_accvgpr_mov_b32 a155, a9
	v_accvgpr_mov_b32 a154, a8
	v_accvgpr_mov_b32 a153, a7
	v_accvgpr_mov_b32 a152, a6
	v_accvgpr_mov_b32 a151, a5
	v_accvgpr_mov_b32 a150, a4
	v_accvgpr_mov_b32 a149, a3
	v_accvgpr_mov_b32 a148, a2
	v_accvgpr_mov_b32 a147, a1
	v_accvgpr_mov_b32 a146, a0
	v_accvgpr_mov_b32 a0, a130
	v_accvgpr_mov_b32 a1, a131
	v_accvgpr_mov_b32 a2, a132
	v_accvgpr_mov_b32 a3, a133
	v_accvgpr_mov_b32 a4, a134
	v_accvgpr_mov_b32 a5, a135
	v_accvgpr_mov_b32 a6, a136
	v_accvgpr_mov_b32 a7, a137
	v_accvgpr_mov_b32 a8, a138
	v_accvgpr_mov_b32 a9, a139
	v_accvgpr_mov_b32 a10, a140
	v_accvgpr_mov_b32 a11, a141
	v_accvgpr_mov_b32 a12, a142
	v_accvgpr_mov_b32 a13, a143
	v_accvgpr_mov_b32 a14, a144
	v_accvgpr_mov_b32 a15, a145
	v_accvgpr_read_b32 v14, a96
	v_accvgpr_read_b32 v15, a97
	v_mfma_f32_32x32x8_f16 a[0:15], v[66:67], v[68:69], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v68, 8, v73
	v_lshlrev_b16_sdwa v69, v97, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v73, 0x7f, v73
	v_cmp_ne_u16_e64 s[18:19], s39, v73
	v_cmp_ne_u16_e64 s[20:21], 0, v73
	v_cmp_ne_u16_e64 s[22:23], 1, v73
	v_cmp_ne_u16_e64 s[24:25], 2, v73
	v_cmp_ne_u16_e64 s[26:27], 3, v73
	v_cmp_ne_u16_e64 s[28:29], 4, v73
	v_cmp_ne_u16_e64 s[30:31], 5, v73
	v_cmp_ne_u16_e64 s[34:35], 6, v73
	v_cmp_ne_u16_e64 s[36:37], 7, v73
	v_and_b32_e32 v73, 0x3f80, v78
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v95, v73, s[18:19]
	v_cndmask_b32_e64 v73, 0, v73, s[20:21]
	v_cndmask_b32_e64 v73, v94, v73, s[22:23]
	v_cndmask_b32_e64 v73, v93, v73, s[24:25]
	v_cndmask_b32_e64 v73, v92, v73, s[26:27]
	v_cndmask_b32_e64 v73, v91, v73, s[28:29]
	v_cndmask_b32_e64 v73, v90, v73, s[30:31]
	v_cndmask_b32_e64 v73, v89, v73, s[34:35]
	v_cndmask_b32_e64 v73, v88, v73, s[36:37]
	v_or_b32_e32 v73, v73, v76
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v84, 0x7f, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	v_cndmask_b32_e64 v76, v95, v76, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v76, 0, v76, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v76, v94, v76, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v76, v93, v76, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v76, v90, v76, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v76, v89, v76, s[16:17]
	v_cmp_ne_u16_e64 s[0:1], 0, v83
	v_cndmask_b32_e32 v76, v88, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v83
	v_cmp_ne_u16_e64 s[2:3], 1, v83
	v_cmp_ne_u16_e64 s[4:5], 2, v83
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v83
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v83
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v83
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v83
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v83
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_or_b32_e32 v68, v76, v68
	v_or_b32_e32 v71, v72, v71
	v_or_b32_e32 v69, v70, v69
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v71, s38
	v_perm_b32 v68, v68, v73, s38
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v76, 7, v77
	v_lshlrev_b16_sdwa v70, v96, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[178:193], v[250:251], v[68:69], v[178:193]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v71, v97, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v96, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v73, 8, v77
	v_and_b32_sdwa v78, v77, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v82, v77, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[32:47], v[74:75], v[68:69], v[32:47]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v73, 0xffff8000, v73
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_and_b32_e32 v71, 0xffff8000, v71
	.loc	1 32 24                         ; spill.py:32:24
	scratch_store_dwordx4 off, v[98:101], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:112 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 v[16:31], v[80:81], v[68:69], v[16:31]
	scratch_load_dwordx4 v[98:101], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[102:105], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:304 ; 16-byte Folded Reload
	v_accvgpr_write_b32 a32, v162
	v_accvgpr_write_b32 a33, v163
	v_accvgpr_write_b32 a34, v164
	v_accvgpr_write_b32 a35, v165
	v_accvgpr_write_b32 a36, v166
	v_accvgpr_write_b32 a37, v167
	v_mfma_f32_32x32x8_f16 v[194:209], v[66:67], v[68:69], v[194:209]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v68, 8, v77
	v_lshlrev_b16_sdwa v69, v97, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v77, 0x7f, v77
	v_cmp_ne_u16_e64 s[18:19], s39, v77
	v_cmp_ne_u16_e64 s[20:21], 0, v77
	v_cmp_ne_u16_e64 s[22:23], 1, v77
	v_cndmask_b32_e64 v76, v95, v76, s[18:19]
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[24:25], 2, v77
	v_cndmask_b32_e64 v76, v94, v76, s[22:23]
	v_cmp_ne_u16_e64 s[26:27], 3, v77
	v_cndmask_b32_e64 v76, v93, v76, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 4, v77
	v_cndmask_b32_e64 v76, v92, v76, s[26:27]
	v_cmp_ne_u16_e64 s[30:31], 5, v77
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 6, v77
	v_cndmask_b32_e64 v76, v90, v76, s[30:31]
	v_cmp_ne_u16_e64 s[36:37], 7, v77
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_and_b32_e32 v83, 0x7f, v68
	v_cndmask_b32_e64 v76, v88, v76, s[36:37]
	v_or_b32_e32 v73, v76, v73
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[0:1], s39, v83
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[2:3], 0, v83
	v_cndmask_b32_e64 v76, v95, v76, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v83
	v_cndmask_b32_e64 v76, 0, v76, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v83
	v_cndmask_b32_e64 v76, v94, v76, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v83
	v_cndmask_b32_e64 v76, v93, v76, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v83
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v83
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v83
	v_cndmask_b32_e64 v76, v90, v76, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v83
	v_cndmask_b32_e64 v76, v89, v76, s[16:17]
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v76, v88, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v78
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v78
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v78
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v78
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v78
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v78
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_or_b32_e32 v68, v76, v68
	v_or_b32_e32 v71, v72, v71
	v_or_b32_e32 v69, v70, v69
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v71, s38
	v_perm_b32 v68, v68, v73, s38
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v76, 7, v79
	v_lshlrev_b16_sdwa v70, v96, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[50:65], v[80:81], v[68:69], v[50:65]
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
	v_mfma_f32_32x32x8_f16 v[146:161], v[250:251], v[68:69], v[146:161]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v71, v97, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v96, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v73, 8, v79
	v_and_b32_sdwa v77, v79, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v78, v79, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[130:145], v[74:75], v[68:69], v[130:145]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v73, 0xffff8000, v73
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_and_b32_e32 v71, 0xffff8000, v71
	s_nop 4
	scratch_store_dwordx4 off, v[130:133], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[134:137], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[138:141], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[142:145], off offset:496 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[0:15], v[66:67], v[68:69], v[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v68, 8, v79
	v_lshlrev_b16_sdwa v69, v97, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v79, 0x7f, v79
	v_cmp_ne_u16_e64 s[18:19], s39, v79
	v_cmp_ne_u16_e64 s[20:21], 0, v79
	v_cmp_ne_u16_e64 s[22:23], 1, v79
	v_cndmask_b32_e64 v76, v95, v76, s[18:19]
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[24:25], 2, v79
	v_cndmask_b32_e64 v76, v94, v76, s[22:23]
	v_cmp_ne_u16_e64 s[26:27], 3, v79
	v_cndmask_b32_e64 v76, v93, v76, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 4, v79
	v_cndmask_b32_e64 v76, v92, v76, s[26:27]
	v_cmp_ne_u16_e64 s[30:31], 5, v79
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 6, v79
	v_cndmask_b32_e64 v76, v90, v76, s[30:31]
	v_cmp_ne_u16_e64 s[36:37], 7, v79
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	v_and_b32_e32 v82, 0x7f, v68
	v_cndmask_b32_e64 v76, v88, v76, s[36:37]
	v_or_b32_e32 v73, v76, v73
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[0:1], s39, v82
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[2:3], 0, v82
	v_cndmask_b32_e64 v76, v95, v76, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v82
	v_cndmask_b32_e64 v76, 0, v76, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v82
	v_cndmask_b32_e64 v76, v94, v76, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v82
	v_cndmask_b32_e64 v76, v93, v76, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v82
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v82
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v82
	v_cndmask_b32_e64 v76, v90, v76, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v82
	v_cndmask_b32_e64 v76, v89, v76, s[16:17]
	v_cmp_ne_u16_e64 s[0:1], 0, v78
	v_cndmask_b32_e32 v76, v88, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_cmp_ne_u16_e64 s[2:3], 1, v78
	v_cmp_ne_u16_e64 s[4:5], 2, v78
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cmp_ne_u16_e32 vcc, s39, v77
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v77
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v77
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v77
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v78
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v77
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v78
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v77
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v78
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v77
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v77
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v77
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_or_b32_e32 v68, v76, v68
	v_or_b32_e32 v71, v72, v71
	v_or_b32_e32 v69, v70, v69
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v71, s38
	v_perm_b32 v68, v68, v73, s38
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v76, 7, v249
	v_and_b32_e32 v79, 0x7f, v249
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[50:65], v[74:75], v[68:69], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:1024 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[50:65], v[80:81], v[68:69], v[50:65]
	s_nop 10
	scratch_store_dwordx4 off, v[50:53], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:1072 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:960 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[54:57], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:1008 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[18:19], s39, v79
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[20:21], 0, v79
	v_cndmask_b32_e64 v76, v95, v76, s[18:19]
	v_cmp_ne_u16_e64 s[22:23], 1, v79
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[24:25], 2, v79
	v_cndmask_b32_e64 v76, v94, v76, s[22:23]
	v_cmp_ne_u16_e64 s[26:27], 3, v79
	v_cndmask_b32_e64 v76, v93, v76, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 4, v79
	v_cndmask_b32_e64 v76, v92, v76, s[26:27]
	v_cmp_ne_u16_e64 s[30:31], 5, v79
	v_cndmask_b32_e64 v76, v91, v76, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 6, v79
	v_cndmask_b32_e64 v76, v90, v76, s[30:31]
	v_lshlrev_b16_e32 v73, 8, v249
	v_cmp_ne_u16_e64 s[36:37], 7, v79
	v_cndmask_b32_e64 v76, v89, v76, s[34:35]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[114:129], v[250:251], v[68:69], v[114:129]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v76, v88, v76, s[36:37]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v73, v76, v73
	v_lshlrev_b16_sdwa v72, v96, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v70, v96, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v78, v249, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v72, 0x3f80, v72
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[50:65], v[66:67], v[68:69], v[50:65]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshrrev_b32_e32 v68, 8, v249
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v82, 0x7f, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[0:1], s39, v82
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[2:3], 0, v82
	v_cndmask_b32_e64 v76, v95, v76, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v82
	v_cndmask_b32_e64 v76, 0, v76, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v82
	v_cndmask_b32_e64 v76, v94, v76, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v82
	v_cndmask_b32_e64 v76, v93, v76, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v82
	v_cndmask_b32_e64 v76, v92, v76, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v82
	v_cndmask_b32_e64 v76, v91, v76, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v82
	v_cndmask_b32_e64 v76, v90, v76, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v82
	v_cndmask_b32_e64 v76, v89, v76, s[16:17]
	v_and_b32_sdwa v77, v249, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v76, v88, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v70, 0x3f80, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v78
	v_cndmask_b32_e32 v72, v95, v72, vcc
	v_cmp_ne_u16_e32 vcc, s39, v77
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v78
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v77
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v78
	v_cndmask_b32_e64 v72, v94, v72, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v77
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	v_cndmask_b32_e64 v72, v93, v72, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v77
	v_cndmask_b32_e64 v70, v94, v70, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v78
	v_cndmask_b32_e64 v72, v92, v72, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v77
	v_cndmask_b32_e64 v70, v93, v70, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v78
	v_cndmask_b32_e64 v72, v91, v72, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v77
	v_cndmask_b32_e64 v70, v92, v70, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v78
	v_cndmask_b32_e64 v72, v90, v72, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v77
	v_cndmask_b32_e64 v70, v91, v70, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_cndmask_b32_e64 v72, v89, v72, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v77
	v_cndmask_b32_e64 v70, v90, v70, s[12:13]
	v_lshlrev_b16_sdwa v69, v97, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v71, v97, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v72, v88, v72, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v77
	v_cndmask_b32_e64 v70, v89, v70, s[14:15]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v88, v70, s[16:17]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_or_b32_e32 v68, v76, v68
	v_or_b32_e32 v71, v72, v71
	v_or_b32_e32 v69, v70, v69
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v69, v71, s38
	v_perm_b32 v68, v68, v73, s38
	.loc	1 30 20                         ; spill.py:30:20
	scratch_store_dwordx4 off, v[50:53], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:1008 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 v[98:113], v[74:75], v[68:69], v[98:113]
	s_nop 10
	scratch_store_dwordx4 off, v[98:101], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[98:101], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[102:105], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[98:113], v[80:81], v[68:69], v[98:113]
	s_nop 10
	scratch_store_dwordx4 off, v[98:101], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[50:53], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:944 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[98:101], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[102:105], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v70, v96, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v71, v96, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v72, 8, v85
	v_and_b32_sdwa v77, v85, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v70, 0x3f80, v70
	v_and_b32_sdwa v78, v85, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v71, 0x3f80, v71
	v_lshlrev_b16_e32 v82, 7, v72
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s39, v77
	v_lshlrev_b16_e32 v76, 7, v85
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v70, v95, v70, vcc
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_and_b32_e32 v83, 0x7f, v72
	v_and_b32_e32 v79, 0x7f, v85
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e32 v71, v95, v71, vcc
	v_cmp_ne_u16_e32 vcc, s39, v83
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[0:1], 7, v83
	v_cndmask_b32_e32 v82, v95, v82, vcc
	v_cmp_ne_u16_e32 vcc, s39, v79
	v_cmp_ne_u16_e64 s[2:3], 7, v79
	v_cmp_ne_u16_e64 s[4:5], 7, v77
	v_cndmask_b32_e32 v76, v95, v76, vcc
	v_cmp_ne_u16_e32 vcc, 0, v77
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[50:65], v[250:251], v[68:69], v[50:65]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v70, 0, v70, vcc
	v_cmp_ne_u16_e32 vcc, 0, v78
	v_lshlrev_b16_e32 v73, 8, v85
	.loc	1 32 24                         ; spill.py:32:24
	s_nop 7
	scratch_store_dwordx4 off, v[50:53], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:944 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v71, 0, v71, vcc
	v_cmp_ne_u16_e32 vcc, 0, v83
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[98:113], v[66:67], v[68:69], v[98:113]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v68, v97, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v82, 0, v82, vcc
	v_cmp_ne_u16_e32 vcc, 0, v79
	v_lshlrev_b16_sdwa v69, v97, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	scratch_load_dwordx4 v[50:53], off, off offset:1344 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:1360 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:1376 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:1392 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[210:213], off, off offset:1216 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[214:217], off, off offset:1232 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[218:221], off, off offset:1248 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[222:225], off, off offset:1264 ; 16-byte Folded Reload
	v_cndmask_b32_e32 v76, 0, v76, vcc
	v_cmp_ne_u16_e32 vcc, 1, v77
	v_lshlrev_b16_e32 v72, 8, v72
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e32 v70, v94, v70, vcc
	v_cmp_ne_u16_e32 vcc, 1, v78
	v_and_b32_e32 v72, 0xffff8000, v72
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e32 v71, v94, v71, vcc
	v_cmp_ne_u16_e32 vcc, 1, v83
	v_and_b32_e32 v68, 0xffff8000, v68
	scratch_store_dwordx4 off, v[98:101], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:176 ; 16-byte Folded Spill
	v_cndmask_b32_e32 v82, v94, v82, vcc
	v_cmp_ne_u16_e32 vcc, 1, v79
	v_accvgpr_write_b32 a38, v168
	v_accvgpr_write_b32 a39, v169
	v_cndmask_b32_e32 v76, v94, v76, vcc
	v_cmp_ne_u16_e32 vcc, 2, v77
	v_accvgpr_write_b32 a40, v170
	v_accvgpr_write_b32 a41, v171
	v_cndmask_b32_e32 v70, v93, v70, vcc
	v_cmp_ne_u16_e32 vcc, 2, v78
	v_accvgpr_write_b32 a42, v172
	v_accvgpr_write_b32 a43, v173
	v_cndmask_b32_e32 v71, v93, v71, vcc
	v_cmp_ne_u16_e32 vcc, 2, v83
	v_accvgpr_write_b32 a44, v174
	v_accvgpr_write_b32 a45, v175
	v_cndmask_b32_e32 v82, v93, v82, vcc
	v_cmp_ne_u16_e32 vcc, 2, v79
	v_accvgpr_write_b32 a46, v176
	v_accvgpr_write_b32 a47, v177
	v_cndmask_b32_e32 v76, v93, v76, vcc
	v_cmp_ne_u16_e32 vcc, 3, v77
	v_accvgpr_write_b32 a130, v146
	v_accvgpr_write_b32 a131, v147
	v_cndmask_b32_e32 v70, v92, v70, vcc
	v_cmp_ne_u16_e32 vcc, 3, v78
	v_accvgpr_write_b32 a132, v148
	v_accvgpr_write_b32 a133, v149
	v_cndmask_b32_e32 v71, v92, v71, vcc
	v_cmp_ne_u16_e32 vcc, 3, v83
	v_accvgpr_write_b32 a134, v150
	v_accvgpr_write_b32 a135, v151
	v_cndmask_b32_e32 v82, v92, v82, vcc
	v_cmp_ne_u16_e32 vcc, 3, v79
	v_accvgpr_write_b32 a136, v152
	v_accvgpr_write_b32 a137, v153
	v_cndmask_b32_e32 v76, v92, v76, vcc
	v_cmp_ne_u16_e32 vcc, 4, v77
	v_accvgpr_write_b32 a138, v154
	v_accvgpr_write_b32 a139, v155
	v_cndmask_b32_e32 v70, v91, v70, vcc
	v_cmp_ne_u16_e32 vcc, 4, v78
	v_accvgpr_write_b32 a140, v156
	v_accvgpr_write_b32 a141, v157
	v_cndmask_b32_e32 v71, v91, v71, vcc
	v_cmp_ne_u16_e32 vcc, 4, v83
	v_accvgpr_write_b32 a142, v158
	v_accvgpr_write_b32 a143, v159
	v_cndmask_b32_e32 v82, v91, v82, vcc
	v_cmp_ne_u16_e32 vcc, 4, v79
	v_accvgpr_write_b32 a144, v160
	v_accvgpr_write_b32 a145, v161
	v_cndmask_b32_e32 v76, v91, v76, vcc
	v_cmp_ne_u16_e32 vcc, 5, v77
	v_mov_b64_e32 v[160:161], v[30:31]
	v_mov_b64_e32 v[158:159], v[28:29]
	v_cndmask_b32_e32 v70, v90, v70, vcc
	v_cmp_ne_u16_e32 vcc, 5, v78
	v_mov_b64_e32 v[156:157], v[26:27]
	v_mov_b64_e32 v[154:155], v[24:25]
	v_cndmask_b32_e32 v71, v90, v71, vcc
	v_cmp_ne_u16_e32 vcc, 5, v83
	v_mov_b64_e32 v[152:153], v[22:23]
	v_mov_b64_e32 v[150:151], v[20:21]
	v_cndmask_b32_e32 v82, v90, v82, vcc
	v_cmp_ne_u16_e32 vcc, 5, v79
	v_mov_b64_e32 v[148:149], v[18:19]
	v_mov_b64_e32 v[146:147], v[16:17]
	v_cndmask_b32_e32 v76, v90, v76, vcc
	v_cmp_ne_u16_e32 vcc, 6, v77
	.loc	1 32 24                         ; spill.py:32:24
	scratch_store_dwordx4 off, v[114:117], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[118:121], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[122:125], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[126:129], off offset:560 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v70, v89, v70, vcc
	v_cmp_ne_u16_e32 vcc, 6, v78
	v_cndmask_b32_e64 v70, v88, v70, s[4:5]
	v_or_b32_e32 v68, v70, v68
	v_cndmask_b32_e32 v71, v89, v71, vcc
	v_cmp_ne_u16_e32 vcc, 6, v83
	v_accvgpr_mov_b32 a81, a79
	v_mov_b64_e32 v[116:117], v[14:15]
	v_cndmask_b32_e32 v82, v89, v82, vcc
	v_cmp_ne_u16_e32 vcc, 6, v79
	v_cndmask_b32_e64 v77, v88, v82, s[0:1]
	v_or_b32_e32 v72, v77, v72
	v_cndmask_b32_e32 v76, v89, v76, vcc
	v_cmp_ne_u16_e32 vcc, 7, v78
	v_cndmask_b32_e64 v76, v88, v76, s[2:3]
	v_or_b32_e32 v73, v76, v73
	v_cndmask_b32_e32 v71, v88, v71, vcc
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[82:85], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v69, v71, v69
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v69, v68, v69, s38
	v_perm_b32 v68, v72, v73, s38
	v_accvgpr_mov_b32 a80, a78
	v_accvgpr_mov_b32 a79, a77
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[82:97], v[80:81], v[68:69], v[82:97]
	s_nop 10
	scratch_store_dwordx4 off, v[82:85], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[86:89], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[90:93], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[94:97], off offset:112 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 v[210:225], v[74:75], v[68:69], v[210:225]
	scratch_load_dwordx4 v[70:73], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:368 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[226:229], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[230:233], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:1072 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[162:165], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[170:173], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[174:177], off, off offset:1008 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[130:133], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[134:137], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[138:141], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[142:145], off, off offset:944 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[114:117], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[118:121], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[122:125], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[126:129], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[98:101], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[102:105], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[106:109], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[110:113], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[48:51], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[60:63], off, off offset:176 ; 16-byte Folded Reload
	v_mov_b64_e32 v[100:101], v[46:47]
	v_mov_b64_e32 v[98:99], v[44:45]
	v_mov_b64_e32 v[96:97], v[42:43]
	v_mov_b64_e32 v[94:95], v[40:41]
	v_mov_b64_e32 v[92:93], v[38:39]
	v_mov_b64_e32 v[90:91], v[36:37]
	v_mov_b64_e32 v[88:89], v[34:35]
	v_mov_b64_e32 v[86:87], v[32:33]
	scratch_load_dwordx4 v[18:21], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:816 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v49, a15
	v_accvgpr_read_b32 v48, a14
	v_accvgpr_read_b32 v47, a13
	v_accvgpr_read_b32 v46, a12
	v_accvgpr_read_b32 v45, a11
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
	v_accvgpr_mov_b32 a0, a16
	scratch_load_dwordx4 a[82:85], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[86:89], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[90:93], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[94:97], off, off offset:112 ; 16-byte Folded Reload
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
	v_accvgpr_mov_b32 a15, a31
	scratch_load_dwordx4 a[16:19], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 a[20:23], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:48 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 v[50:65], v[250:251], v[68:69], v[50:65]
	v_accvgpr_mov_b32 a78, a76
	v_accvgpr_mov_b32 a77, a75
	v_accvgpr_mov_b32 a76, a74
	v_accvgpr_mov_b32 a75, a73
	v_accvgpr_mov_b32 a74, a72
	v_accvgpr_mov_b32 a73, a71
	v_accvgpr_mov_b32 a72, a70
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[18:33], v[66:67], v[68:69], v[18:33]
	v_accvgpr_mov_b32 a71, a69
	v_accvgpr_mov_b32 a70, a68
	v_accvgpr_mov_b32 a69, a67
	v_accvgpr_mov_b32 a68, a66
	v_accvgpr_mov_b32 a67, a65
	v_accvgpr_mov_b32 a66, a64
	v_mov_b64_e32 v[114:115], v[12:13]
	v_mov_b64_e32 v[112:113], v[10:11]
	v_mov_b64_e32 v[110:111], v[8:9]
	v_mov_b64_e32 v[108:109], v[6:7]
	v_mov_b64_e32 v[106:107], v[4:5]
	v_mov_b64_e32 v[104:105], v[2:3]
	v_mov_b64_e32 v[102:103], v[0:1]
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	scratch_load_dwordx4 v[102:105], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[114:117], off, off offset:624 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[194:197], off, off offset:1088 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[198:201], off, off offset:1104 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[202:205], off, off offset:1120 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[206:209], off, off offset:1136 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[130:133], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[134:137], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[138:141], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[142:145], off, off offset:688 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[146:149], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[150:153], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[154:157], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[158:161], off, off offset:752 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:1152 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:1168 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:1184 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:1200 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[178:181], off, off offset:1280 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[182:185], off, off offset:1296 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[186:189], off, off offset:1312 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[190:193], off, off offset:1328 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[34:37], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:816 ; 16-byte Folded Reload
.LBB0_8:                                ; %._crit_edge._crit_edge
	scratch_load_dwordx4 v[2:5], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[6:9], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[10:13], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[14:17], off, off offset:880 ; 16-byte Folded Reload
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	s_lshr_b32 s0, s41, 1
	s_waitcnt vmcnt(51)
	v_or_b32_e32 v0, s0, v253
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v1, s97, v0
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v66, 16, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[0:1], s9, v1
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v1, s97, v66
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e32 vcc, s9, v1
	.loc	1 35 21                         ; spill.py:35:21
	s_mul_i32 s2, s33, s96
	.loc	1 22 44                         ; spill.py:22:44
	s_waitcnt vmcnt(48)
	v_and_b32_e32 v1, 31, v252
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v68, s96, v1
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mul_lo_u32 v1, s33, v1
	s_add_i32 s2, s2, s97
	v_add_u32_e32 v67, s2, v1
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v68
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v69, v67, v0, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s89, s89, 0xffff
	s_mov_b32 s91, 0x27000
	s_mov_b32 s90, 0x7ffffffe
	v_cndmask_b32_e64 v69, v1, v69, s[2:3]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[2:5], v69, s[88:91], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	s_nop 1
	v_or_b32_e32 v3, 8, v0
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v2, v67, v3, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[6:9], v2, s[88:91], 0 offen
	v_add_lshl_u32 v2, v67, v66, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v4, 24, v0
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[10:13], v2, s[88:91], 0 offen
	v_add_lshl_u32 v2, v67, v4, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v6, 64, v0
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[14:17], v2, s[88:91], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v2, s97, v6
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[4:5], s9, v2
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v2, 0x50, v0
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v5, s97, v2
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[2:3], s9, v5
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v5, v67, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[6:7], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v7, 0x48, v0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[66:69], v5, s[88:91], 0 offen
	v_add_lshl_u32 v5, v67, v7, 2
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	buffer_store_dwordx4 a[70:73], v5, s[88:91], 0 offen
	v_add_lshl_u32 v5, v67, v2, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[6:7], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v8, 0x58, v0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[74:77], v5, s[88:91], 0 offen
	v_add_lshl_u32 v5, v67, v8, 2
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v10, 0x80, v0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[78:81], v5, s[88:91], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v5, s97, v10
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[22:23], s9, v5
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v5, 0x90, v0
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v9, s97, v5
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[6:7], s9, v9
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v9, v67, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[10:11], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v11, 0x88, v0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[32:35], v9, s[88:91], 0 offen
	v_add_lshl_u32 v9, v67, v11, 2
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	buffer_store_dwordx4 a[36:39], v9, s[88:91], 0 offen
	v_add_lshl_u32 v9, v67, v5, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[10:11], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v12, 0x98, v0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[40:43], v9, s[88:91], 0 offen
	v_add_lshl_u32 v9, v67, v12, 2
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v13, 0xc0, v0
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[44:47], v9, s[88:91], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v9, s97, v13
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[12:13], s9, v9
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v9, 0xd0, v0
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v14, s97, v9
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[10:11], s9, v14
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v14, v67, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v1, v14, s[16:17]
	buffer_store_dwordx4 a[16:19], v14, s[88:91], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v14, 0xc8, v0
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v15, v67, v14, 2
	v_cndmask_b32_e64 v15, v1, v15, s[16:17]
	buffer_store_dwordx4 a[20:23], v15, s[88:91], 0 offen
	v_add_lshl_u32 v15, v67, v9, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v1, v15, s[14:15]
	buffer_store_dwordx4 a[24:27], v15, s[88:91], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v15, 0xd8, v0
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v67, v15, 2
	v_cndmask_b32_e64 v16, v1, v16, s[14:15]
	buffer_store_dwordx4 a[28:31], v16, s[88:91], 0 offen
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 32, v68
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v16, s33, 5, v67
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v16, v0, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[0:3], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[4:7], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[8:11], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[12:15], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[226:229], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[230:233], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[234:237], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[238:241], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[210:213], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[214:217], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[218:221], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[222:225], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[194:197], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[198:201], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v1, v17, s[14:15]
	v_cndmask_b32_e64 v16, v1, v16, s[14:15]
	buffer_store_dwordx4 a[202:205], v17, s[88:91], 0 offen
	buffer_store_dwordx4 a[206:209], v16, s[88:91], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v16, 64, v68
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v16, s33, 6, v67
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v16, v0, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[178:181], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[182:185], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[186:189], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[190:193], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[162:165], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[166:169], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[170:173], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[174:177], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[146:149], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[150:153], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[154:157], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[158:161], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[34:37], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[38:41], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v1, v17, s[14:15]
	v_cndmask_b32_e64 v16, v1, v16, s[14:15]
	buffer_store_dwordx4 v[42:45], v17, s[88:91], 0 offen
	buffer_store_dwordx4 v[46:49], v16, s[88:91], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v16, s96, v252
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v17, 0x60, v16
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	s_mul_i32 s9, s33, 0x60
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v17
	.loc	1 35 51                         ; spill.py:35:51
	v_add_u32_e32 v17, s9, v67
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v34, v17, v0, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[178:181], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v3, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[182:185], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[186:189], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v4, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[190:193], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[86:89], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v7, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[90:93], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[94:97], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v8, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[98:101], v34, s[88:91], 0 offen
	scratch_load_dwordx4 v[86:89], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[90:93], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:496 ; 16-byte Folded Reload
	v_add_lshl_u32 v34, v17, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[146:149], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v11, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[150:153], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[154:157], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v12, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[158:161], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[194:197], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v14, 2
	v_cndmask_b32_e64 v34, v1, v34, s[16:17]
	buffer_store_dwordx4 v[198:201], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v17, v15, 2
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	v_cndmask_b32_e64 v17, v1, v17, s[14:15]
	buffer_store_dwordx4 v[202:205], v34, s[88:91], 0 offen
	buffer_store_dwordx4 v[206:209], v17, s[88:91], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v17, 0x80, v68
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v17
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v17, s33, 7, v67
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v34, v17, v0, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	buffer_store_dwordx4 a[130:133], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v3, 2
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	buffer_store_dwordx4 a[134:137], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	buffer_store_dwordx4 a[138:141], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v4, 2
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	buffer_store_dwordx4 a[142:145], v34, s[88:91], 0 offen
	scratch_load_dwordx4 a[130:133], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[134:137], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[138:141], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[142:145], off, off offset:432 ; 16-byte Folded Reload
	v_add_lshl_u32 v34, v17, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v16, 0xe0, v16
	v_or_b32_e32 v35, 0xa0, v68
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s9, s33, 0xa0
	v_add_u32_e32 v36, s9, v67
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v35
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_waitcnt vmcnt(19)
	buffer_store_dwordx4 v[86:89], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v7, 2
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	s_waitcnt vmcnt(19)
	buffer_store_dwordx4 v[90:93], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	s_waitcnt vmcnt(19)
	buffer_store_dwordx4 v[94:97], v34, s[88:91], 0 offen
	v_add_lshl_u32 v34, v17, v8, 2
	v_cndmask_b32_e64 v34, v1, v34, s[14:15]
	s_waitcnt vmcnt(19)
	buffer_store_dwordx4 v[98:101], v34, s[88:91], 0 offen
	scratch_load_dwordx4 v[86:89], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[90:93], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v34, 0xc0, v68
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s14, s33, 0xc0
	v_add_u32_e32 v37, s14, v67
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[16:17], s8, v34
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v16, v17, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	s_mulk_i32 s33, 0xe0
	v_add_u32_e32 v38, s33, v67
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 a[130:133], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v11, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 a[134:137], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v5, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 a[138:141], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v12, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 a[142:145], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[102:105], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v14, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[106:109], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[110:113], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v15, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[114:117], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 v[86:89], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v3, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 v[90:93], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 v[94:97], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v4, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(11)
	buffer_store_dwordx4 v[98:101], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[70:73], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v7, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[74:77], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[78:81], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v8, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[82:85], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[226:229], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v11, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[230:233], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[234:237], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v12, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[238:241], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[162:165], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v14, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[166:169], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[170:173], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v36, v15, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[174:177], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[130:133], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v3, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[134:137], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[138:141], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v4, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[142:145], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[114:117], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v7, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[118:121], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[122:125], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v8, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[126:129], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[98:101], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v11, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[102:105], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[106:109], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v12, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[110:113], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[48:51], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v14, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[52:55], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[56:59], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v37, v15, 2
	v_add_lshl_u32 v0, v38, v0, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[0:1], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dwordx4 a[60:63], v16, s[88:91], 0 offen
	buffer_store_dwordx4 v[50:53], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v3, 2
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dwordx4 v[54:57], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v66, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[58:61], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v4, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[62:65], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[210:213], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v7, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[214:217], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[218:221], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v8, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[222:225], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[82:85], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v11, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[86:89], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[90:93], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v12, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[94:97], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[12:13]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[18:21], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v14, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[22:25], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[26:29], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v38, v15, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[30:33], v0, s[88:91], 0 offen
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.Ltmp6:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 1412
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
.Lfunc_end0:
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
                                        ; -- End function
	.set oversized_tile_fp8_gemm.num_vgpr, 256
	.set oversized_tile_fp8_gemm.num_agpr, 256
	.set oversized_tile_fp8_gemm.numbered_sgpr, 100
	.set oversized_tile_fp8_gemm.num_named_barrier, 0
	.set oversized_tile_fp8_gemm.private_seg_size, 1412
	.set oversized_tile_fp8_gemm.uses_vcc, 1
	.set oversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set oversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set oversized_tile_fp8_gemm.has_recursion, 0
	.set oversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 59268
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 1412
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
    .private_segment_fixed_size: 1412
    .sgpr_count:     106
    .sgpr_spill_count: 2
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 1288
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

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
	s_and_b32 s41, s0, 64
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v20, 63, v0
	s_mov_b64 s[92:93], s[2:3]
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	s_lshl_b32 s67, s16, 8
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v1, s41, v20
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	s_lshl_b32 s96, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ spill.py:29:23 ]
	s_add_i32 s91, s10, 15
.Ltmp3:
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s2, s10, -1
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v2, 0x80, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v3, s67, v1
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_cmp_lt_u32 s2, 0x7ffffff0
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v4, s67, v2
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e32 vcc, s8, v3
	.loc	1 29 5                          ; spill.py:29:5
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v14, s96, v2
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v2, v3, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s8, v4
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	v_bfrev_b32_e32 v240, 1
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[2:3], s[16:17], vcc
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v10, s96, v1
	.loc	1 25 14                         ; spill.py:25:14
	v_mul_lo_u32 v5, v4, s11
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v11, v240, v2, s[2:3]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[16:17], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_b32 s93, s93, 0xffff
	s_mov_b32 s95, 0x27000
	s_mov_b32 s94, 0x7ffffffe
	v_cndmask_b32_e64 v12, v240, v5, s[2:3]
	.loc	1 31 35                         ; spill.py:31:35
	v_cmp_gt_i32_e64 s[2:3], s9, v10
	.loc	1 30 13                         ; spill.py:30:13
	buffer_load_dwordx4 v[2:5], v11, s[92:95], 0 offen
	buffer_load_dwordx4 v[6:9], v12, s[92:95], 0 offen
	.loc	1 26 14                         ; spill.py:26:14
	v_mul_lo_u32 v11, v10, s12
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[16:17], s[2:3]
	s_mov_b64 s[88:89], s[6:7]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s94
	s_mov_b32 s7, s95
	v_cndmask_b32_e64 v10, v240, v11, s[14:15]
	buffer_load_dwordx4 v[10:13], v10, s[4:7], 0 offen
	.loc	1 31 35 is_stmt 0               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[64:65], s9, v14
	.loc	1 26 14 is_stmt 1               ; spill.py:26:14
	v_mul_lo_u32 v15, v14, s12
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[16:17], s[64:65]
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v14, v240, v15, s[14:15]
	buffer_load_dwordx4 v[14:17], v14, s[4:7], 0 offen
	.loc	1 22 32                         ; spill.py:22:32
	v_lshrrev_b32_e32 v18, 3, v0
	.loc	1 30 13                         ; spill.py:30:13
	v_bfe_i32 v19, v0, 3, 1
	.loc	1 22 32                         ; spill.py:22:32
	v_and_b32_e32 v18, 4, v18
	.loc	1 30 13                         ; spill.py:30:13
	s_movk_i32 s6, 0x770
	scratch_store_dword off, v18, off offset:640 ; 4-byte Folded Spill
	v_and_b32_e32 v18, 0x84, v19
	v_lshlrev_b32_e32 v1, 4, v1
	v_and_or_b32 v1, v1, s6, v18
	v_add_u32_e32 v241, 0, v1
	v_xor_b32_e32 v1, 4, v1
	v_add_u32_e32 v235, 0, v1
	s_mov_b32 s33, s13
	v_add_u32_e32 v98, 0x800, v241
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v99, 0x1000, v241
	v_add_u32_e32 v239, 0x1800, v241
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v238, 0x800, v235
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v237, 0x1000, v235
	v_add_u32_e32 v236, 0x1800, v235
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s91, 32
	v_lshlrev_b32_e32 v19, 4, v0
	scratch_store_dword off, v0, off offset:1028 ; 4-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt vmcnt(5)
	ds_write2_b32 v241, v2, v4 offset1:2
	ds_write2_b32 v235, v3, v5 offset1:2
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt vmcnt(3)
	ds_write2_b32 v99, v10, v12 offset1:2
	ds_write2_b32 v237, v11, v13 offset1:2
	.loc	1 30 13                         ; spill.py:30:13
	ds_write2_b32 v98, v6, v8 offset1:2
	ds_write2_b32 v238, v7, v9 offset1:2
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt vmcnt(2)
	ds_write2_b32 v239, v14, v16 offset1:2
	ds_write2_b32 v236, v15, v17 offset1:2
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	scratch_load_dword v0, off, off offset:640 ; 4-byte Folded Reload
	s_mov_b32 s66, s10
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s10, s96, s41
	s_movk_i32 s7, 0x170
	v_add_u32_e32 v2, s10, v20
	v_and_or_b32 v1, v19, s7, v18
	v_add_u32_e32 v3, 0x80, v2
	s_add_i32 s10, s67, s41
	s_lshl3_add_u32 s7, s41, 0
	v_mov_b32_e32 v196, 0
	v_mov_b32_e32 v4, v196
	v_mov_b32_e32 v5, v196
	v_mov_b32_e32 v6, v196
	v_mov_b32_e32 v7, v196
	v_mov_b32_e32 v8, v196
	v_mov_b32_e32 v9, v196
	v_mov_b32_e32 v10, v196
	v_mov_b32_e32 v11, v196
	v_mov_b32_e32 v12, v196
	v_mov_b32_e32 v13, v196
	v_mov_b32_e32 v14, v196
	v_mov_b32_e32 v15, v196
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_lshr_b32 s6, s91, 4
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	v_mov_b32_e32 v34, v196
	v_mov_b32_e32 v35, v196
	v_mov_b32_e32 v36, v196
	v_mov_b32_e32 v37, v196
	v_mov_b32_e32 v38, v196
	v_mov_b32_e32 v39, v196
	v_mov_b32_e32 v40, v196
	v_mov_b32_e32 v41, v196
	v_mov_b32_e32 v42, v196
	v_mov_b32_e32 v43, v196
	v_mov_b32_e32 v44, v196
	v_mov_b32_e32 v45, v196
	v_mov_b32_e32 v46, v196
	v_mov_b32_e32 v47, v196
	v_mov_b32_e32 v48, v196
	v_mov_b32_e32 v49, v196
	v_mov_b32_e32 v66, v196
	v_mov_b32_e32 v67, v196
	v_mov_b32_e32 v68, v196
	v_mov_b32_e32 v69, v196
	v_mov_b32_e32 v70, v196
	v_mov_b32_e32 v71, v196
	v_mov_b32_e32 v72, v196
	v_mov_b32_e32 v73, v196
	v_mov_b32_e32 v74, v196
	v_mov_b32_e32 v75, v196
	v_mov_b32_e32 v76, v196
	v_mov_b32_e32 v77, v196
	v_mov_b32_e32 v78, v196
	v_mov_b32_e32 v79, v196
	v_mov_b32_e32 v80, v196
	v_mov_b32_e32 v81, v196
	scratch_store_dword off, v18, off offset:644 ; 4-byte Folded Spill
	v_writelane_b32 v255, s41, 0
.Ltmp5:
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s97, s6, -1
	s_mov_b32 s98, 16
	s_movk_i32 s99, 0x7f
	s_mov_b32 s90, 0x5040100
	v_mov_b32_e32 v197, v196
	v_mov_b32_e32 v198, v196
	v_mov_b32_e32 v199, v196
	v_mov_b32_e32 v200, v196
	v_mov_b32_e32 v201, v196
	v_mov_b32_e32 v202, v196
	v_mov_b32_e32 v203, v196
	v_mov_b32_e32 v204, v196
	v_mov_b32_e32 v205, v196
	v_mov_b32_e32 v206, v196
	v_mov_b32_e32 v207, v196
	v_mov_b32_e32 v208, v196
	v_mov_b32_e32 v209, v196
	v_mov_b32_e32 v210, v196
	v_mov_b32_e32 v211, v196
	v_accvgpr_write_b32 a64, v196
	v_accvgpr_write_b32 a65, v196
	v_accvgpr_write_b32 a66, v196
	v_accvgpr_write_b32 a67, v196
	s_waitcnt vmcnt(1)
	v_xor_b32_e32 v1, v1, v0
	v_add_u32_e32 v242, 0, v1
	v_accvgpr_write_b32 a68, v196
	v_mul_lo_u32 v0, s12, v3
	scratch_store_dword off, v0, off offset:320 ; 4-byte Folded Spill
	v_mul_lo_u32 v0, s12, v2
	scratch_store_dword off, v0, off offset:384 ; 4-byte Folded Spill
	v_add_u32_e32 v0, s10, v20
	v_add_u32_e32 v2, 0x80, v0
	v_mul_lo_u32 v2, s11, v2
	scratch_store_dword off, v2, off offset:448 ; 4-byte Folded Spill
	v_mov_b32_e32 v2, v196
	v_accvgpr_write_b32 a69, v196
	v_mul_lo_u32 v0, s11, v0
	scratch_store_dword off, v0, off offset:512 ; 4-byte Folded Spill
	v_add_u32_e32 v0, s7, v1
	v_add_u32_e32 v234, 0x1c00, v0
	v_accvgpr_write_b32 a70, v196
	v_add_u32_e32 v1, 0x1000, v0
	scratch_store_dword off, v1, off offset:576 ; 4-byte Folded Spill
	v_mov_b32_e32 v1, v196
	v_add_u32_e32 v232, 0x1400, v0
	v_add_u32_e32 v233, 0x1800, v0
	v_mov_b32_e32 v0, v196
	v_mov_b32_e32 v3, v196
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:304 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a71, v196
	v_accvgpr_write_b32 a72, v196
	v_accvgpr_write_b32 a73, v196
	v_accvgpr_write_b32 a74, v196
	v_accvgpr_write_b32 a75, v196
	v_accvgpr_write_b32 a76, v196
	v_accvgpr_write_b32 a77, v196
	v_accvgpr_write_b32 a78, v196
	v_accvgpr_write_b32 a79, v196
	v_accvgpr_write_b32 a32, v196
	v_accvgpr_write_b32 a33, v196
	v_accvgpr_write_b32 a34, v196
	v_accvgpr_write_b32 a35, v196
	v_accvgpr_write_b32 a36, v196
	v_accvgpr_write_b32 a37, v196
	v_accvgpr_write_b32 a38, v196
	v_accvgpr_write_b32 a39, v196
	v_accvgpr_write_b32 a40, v196
	v_accvgpr_write_b32 a41, v196
	v_accvgpr_write_b32 a42, v196
	v_accvgpr_write_b32 a43, v196
	v_accvgpr_write_b32 a44, v196
	v_accvgpr_write_b32 a45, v196
	v_accvgpr_write_b32 a46, v196
	v_accvgpr_write_b32 a47, v196
	v_accvgpr_write_b32 a0, v196
	v_accvgpr_write_b32 a1, v196
	v_accvgpr_write_b32 a2, v196
	v_accvgpr_write_b32 a3, v196
	v_accvgpr_write_b32 a4, v196
	v_accvgpr_write_b32 a5, v196
	v_accvgpr_write_b32 a6, v196
	v_accvgpr_write_b32 a7, v196
	v_accvgpr_write_b32 a8, v196
	v_accvgpr_write_b32 a9, v196
	v_accvgpr_write_b32 a10, v196
	v_accvgpr_write_b32 a11, v196
	v_accvgpr_write_b32 a12, v196
	v_accvgpr_write_b32 a13, v196
	v_accvgpr_write_b32 a14, v196
	v_accvgpr_write_b32 a15, v196
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
	v_accvgpr_write_b32 a239, v49
	v_accvgpr_write_b32 a238, v48
	v_accvgpr_write_b32 a237, v47
	v_accvgpr_write_b32 a236, v46
	v_accvgpr_write_b32 a235, v45
	v_accvgpr_write_b32 a234, v44
	v_accvgpr_write_b32 a233, v43
	v_accvgpr_write_b32 a232, v42
	v_accvgpr_write_b32 a231, v41
	v_accvgpr_write_b32 a230, v40
	v_accvgpr_write_b32 a229, v39
	v_accvgpr_write_b32 a228, v38
	v_accvgpr_write_b32 a227, v37
	v_accvgpr_write_b32 a226, v36
	v_accvgpr_write_b32 a225, v35
	v_accvgpr_write_b32 a224, v34
	v_accvgpr_write_b32 a223, v49
	v_accvgpr_write_b32 a222, v48
	v_accvgpr_write_b32 a221, v47
	v_accvgpr_write_b32 a220, v46
	v_accvgpr_write_b32 a219, v45
	v_accvgpr_write_b32 a218, v44
	v_accvgpr_write_b32 a217, v43
	v_accvgpr_write_b32 a216, v42
	v_accvgpr_write_b32 a215, v41
	v_accvgpr_write_b32 a214, v40
	v_accvgpr_write_b32 a213, v39
	v_accvgpr_write_b32 a212, v38
	v_accvgpr_write_b32 a211, v37
	v_accvgpr_write_b32 a210, v36
	v_accvgpr_write_b32 a209, v35
	v_accvgpr_write_b32 a208, v34
	v_accvgpr_write_b32 a207, v49
	v_accvgpr_write_b32 a206, v48
	v_accvgpr_write_b32 a205, v47
	v_accvgpr_write_b32 a204, v46
	v_accvgpr_write_b32 a203, v45
	v_accvgpr_write_b32 a202, v44
	v_accvgpr_write_b32 a201, v43
	v_accvgpr_write_b32 a200, v42
	v_accvgpr_write_b32 a199, v41
	v_accvgpr_write_b32 a198, v40
	v_accvgpr_write_b32 a197, v39
	v_accvgpr_write_b32 a196, v38
	v_accvgpr_write_b32 a195, v37
	v_accvgpr_write_b32 a194, v36
	v_accvgpr_write_b32 a193, v35
	v_accvgpr_write_b32 a192, v34
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
	v_accvgpr_write_b32 a180, v38
	v_accvgpr_write_b32 a179, v37
	v_accvgpr_write_b32 a178, v36
	v_accvgpr_write_b32 a177, v35
	v_accvgpr_write_b32 a176, v34
	v_accvgpr_write_b32 a175, v49
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
	v_accvgpr_write_b32 a159, v49
	v_accvgpr_write_b32 a158, v48
	v_accvgpr_write_b32 a157, v47
	v_accvgpr_write_b32 a156, v46
	v_accvgpr_write_b32 a155, v45
	v_accvgpr_write_b32 a154, v44
	v_accvgpr_write_b32 a153, v43
	v_accvgpr_write_b32 a152, v42
	v_accvgpr_write_b32 a151, v41
	v_accvgpr_write_b32 a150, v40
	v_accvgpr_write_b32 a149, v39
	v_accvgpr_write_b32 a148, v38
	v_accvgpr_write_b32 a147, v37
	v_accvgpr_write_b32 a146, v36
	v_accvgpr_write_b32 a145, v35
	v_accvgpr_write_b32 a144, v34
	v_accvgpr_write_b32 a143, v49
	v_accvgpr_write_b32 a142, v48
	v_accvgpr_write_b32 a141, v47
	v_accvgpr_write_b32 a140, v46
	v_accvgpr_write_b32 a139, v45
	v_accvgpr_write_b32 a138, v44
	v_accvgpr_write_b32 a137, v43
	v_accvgpr_write_b32 a136, v42
	v_accvgpr_write_b32 a135, v41
	v_accvgpr_write_b32 a134, v40
	v_accvgpr_write_b32 a133, v39
	v_accvgpr_write_b32 a132, v38
	v_accvgpr_write_b32 a131, v37
	v_accvgpr_write_b32 a130, v36
	v_accvgpr_write_b32 a129, v35
	v_accvgpr_write_b32 a128, v34
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
	v_accvgpr_write_b32 a16, v66
	v_accvgpr_write_b32 a17, v67
	v_accvgpr_write_b32 a18, v68
	v_accvgpr_write_b32 a19, v69
	v_accvgpr_write_b32 a20, v70
	v_accvgpr_write_b32 a21, v71
	v_accvgpr_write_b32 a22, v72
	v_accvgpr_write_b32 a23, v73
	v_accvgpr_write_b32 a24, v74
	v_accvgpr_write_b32 a25, v75
	v_accvgpr_write_b32 a26, v76
	v_accvgpr_write_b32 a27, v77
	v_accvgpr_write_b32 a28, v78
	v_accvgpr_write_b32 a29, v79
	v_accvgpr_write_b32 a30, v80
	v_accvgpr_write_b32 a31, v81
	v_accvgpr_write_b32 a59, v196
	v_accvgpr_write_b32 a58, v196
	v_accvgpr_write_b32 a57, v196
	v_accvgpr_write_b32 a56, v196
	v_accvgpr_write_b32 a55, v196
	v_accvgpr_write_b32 a54, v196
	v_accvgpr_write_b32 a53, v196
	v_accvgpr_write_b32 a52, v196
	v_accvgpr_write_b32 a51, v196
	v_accvgpr_write_b32 a50, v196
	v_accvgpr_write_b32 a49, v196
	v_accvgpr_write_b32 a48, v196
	v_accvgpr_write_b32 a111, v81
	v_accvgpr_write_b32 a110, v80
	v_accvgpr_write_b32 a109, v79
	v_accvgpr_write_b32 a108, v78
	v_accvgpr_write_b32 a107, v77
	v_accvgpr_write_b32 a106, v76
	v_accvgpr_write_b32 a105, v75
	v_accvgpr_write_b32 a104, v74
	v_accvgpr_write_b32 a103, v73
	v_accvgpr_write_b32 a102, v72
	v_accvgpr_write_b32 a101, v71
	v_accvgpr_write_b32 a100, v70
	v_accvgpr_write_b32 a99, v69
	v_accvgpr_write_b32 a98, v68
	v_accvgpr_write_b32 a97, v67
	v_accvgpr_write_b32 a96, v66
	v_accvgpr_write_b32 a60, v196
	v_accvgpr_write_b32 a61, v196
	v_accvgpr_write_b32 a62, v196
	v_accvgpr_write_b32 a63, v196
	v_accvgpr_write_b32 a80, v196
	v_accvgpr_write_b32 a81, v196
	v_accvgpr_write_b32 a82, v196
	v_accvgpr_write_b32 a83, v196
	v_accvgpr_write_b32 a84, v196
	v_accvgpr_write_b32 a85, v196
	v_accvgpr_write_b32 a86, v196
	v_accvgpr_write_b32 a87, v196
	v_accvgpr_write_b32 a88, v196
	v_accvgpr_write_b32 a89, v196
	v_accvgpr_write_b32 a90, v196
	v_accvgpr_write_b32 a91, v196
	v_accvgpr_write_b32 a92, v196
	v_accvgpr_write_b32 a93, v196
	v_accvgpr_write_b32 a94, v196
	v_accvgpr_write_b32 a95, v196
	v_mov_b32_e32 v180, v196
	v_mov_b32_e32 v181, v196
	v_mov_b32_e32 v182, v196
	v_mov_b32_e32 v183, v196
	v_mov_b32_e32 v184, v196
	v_mov_b32_e32 v185, v196
	v_mov_b32_e32 v186, v196
	v_mov_b32_e32 v187, v196
	v_mov_b32_e32 v188, v196
	v_mov_b32_e32 v189, v196
	v_mov_b32_e32 v190, v196
	v_mov_b32_e32 v191, v196
	v_mov_b32_e32 v192, v196
	v_mov_b32_e32 v193, v196
	v_mov_b32_e32 v194, v196
	v_mov_b32_e32 v195, v196
	v_mov_b32_e32 v164, v196
	v_mov_b32_e32 v165, v196
	v_mov_b32_e32 v166, v196
	v_mov_b32_e32 v167, v196
	v_mov_b32_e32 v168, v196
	v_mov_b32_e32 v169, v196
	v_mov_b32_e32 v170, v196
	v_mov_b32_e32 v171, v196
	v_mov_b32_e32 v172, v196
	v_mov_b32_e32 v173, v196
	v_mov_b32_e32 v174, v196
	v_mov_b32_e32 v175, v196
	v_mov_b32_e32 v176, v196
	v_mov_b32_e32 v177, v196
	v_mov_b32_e32 v178, v196
	v_mov_b32_e32 v179, v196
	v_mov_b32_e32 v148, v196
	v_mov_b32_e32 v149, v196
	v_mov_b32_e32 v150, v196
	v_mov_b32_e32 v151, v196
	v_mov_b32_e32 v152, v196
	v_mov_b32_e32 v153, v196
	v_mov_b32_e32 v154, v196
	v_mov_b32_e32 v155, v196
	v_mov_b32_e32 v156, v196
	v_mov_b32_e32 v157, v196
	v_mov_b32_e32 v158, v196
	v_mov_b32_e32 v159, v196
	v_mov_b32_e32 v160, v196
	v_mov_b32_e32 v161, v196
	v_mov_b32_e32 v162, v196
	v_mov_b32_e32 v163, v196
	v_mov_b32_e32 v132, v196
	v_mov_b32_e32 v133, v196
	v_mov_b32_e32 v134, v196
	v_mov_b32_e32 v135, v196
	v_mov_b32_e32 v136, v196
	v_mov_b32_e32 v137, v196
	v_mov_b32_e32 v138, v196
	v_mov_b32_e32 v139, v196
	v_mov_b32_e32 v140, v196
	v_mov_b32_e32 v141, v196
	v_mov_b32_e32 v142, v196
	v_mov_b32_e32 v143, v196
	v_mov_b32_e32 v144, v196
	v_mov_b32_e32 v145, v196
	v_mov_b32_e32 v146, v196
	v_mov_b32_e32 v147, v196
	v_mov_b32_e32 v116, v196
	v_mov_b32_e32 v117, v196
	v_mov_b32_e32 v118, v196
	v_mov_b32_e32 v119, v196
	v_mov_b32_e32 v120, v196
	v_mov_b32_e32 v121, v196
	v_mov_b32_e32 v122, v196
	v_mov_b32_e32 v123, v196
	v_mov_b32_e32 v124, v196
	v_mov_b32_e32 v125, v196
	v_mov_b32_e32 v126, v196
	v_mov_b32_e32 v127, v196
	v_mov_b32_e32 v128, v196
	v_mov_b32_e32 v129, v196
	v_mov_b32_e32 v130, v196
	v_mov_b32_e32 v131, v196
	v_mov_b32_e32 v100, v196
	v_mov_b32_e32 v101, v196
	v_mov_b32_e32 v102, v196
	v_mov_b32_e32 v103, v196
	v_mov_b32_e32 v104, v196
	v_mov_b32_e32 v105, v196
	v_mov_b32_e32 v106, v196
	v_mov_b32_e32 v107, v196
	v_mov_b32_e32 v108, v196
	v_mov_b32_e32 v109, v196
	v_mov_b32_e32 v110, v196
	v_mov_b32_e32 v111, v196
	v_mov_b32_e32 v112, v196
	v_mov_b32_e32 v113, v196
	v_mov_b32_e32 v114, v196
	v_mov_b32_e32 v115, v196
	v_mov_b32_e32 v50, v196
	v_mov_b32_e32 v51, v196
	v_mov_b32_e32 v52, v196
	v_mov_b32_e32 v53, v196
	v_mov_b32_e32 v54, v196
	v_mov_b32_e32 v55, v196
	v_mov_b32_e32 v56, v196
	v_mov_b32_e32 v57, v196
	v_mov_b32_e32 v58, v196
	v_mov_b32_e32 v59, v196
	v_mov_b32_e32 v60, v196
	v_mov_b32_e32 v61, v196
	v_mov_b32_e32 v62, v196
	v_mov_b32_e32 v63, v196
	v_mov_b32_e32 v64, v196
	v_mov_b32_e32 v65, v196
	v_mov_b32_e32 v18, v196
	v_mov_b32_e32 v19, v196
	v_mov_b32_e32 v20, v196
	v_mov_b32_e32 v21, v196
	v_mov_b32_e32 v22, v196
	v_mov_b32_e32 v23, v196
	v_mov_b32_e32 v24, v196
	v_mov_b32_e32 v25, v196
	v_mov_b32_e32 v26, v196
	v_mov_b32_e32 v27, v196
	v_mov_b32_e32 v28, v196
	v_mov_b32_e32 v29, v196
	v_mov_b32_e32 v30, v196
	v_mov_b32_e32 v31, v196
	v_mov_b32_e32 v32, v196
	v_mov_b32_e32 v33, v196
	v_mov_b32_e32 v16, v196
	v_mov_b32_e32 v17, v196
	v_mov_b32_e32 v243, 0x7e00
	v_mov_b32_e32 v94, 0x1800
	v_mov_b32_e32 v96, 0x1c00
	v_mov_b32_e32 v95, 0x1e00
	v_mov_b32_e32 v97, 0x2000
	v_mov_b32_e32 v254, 0x2100
	v_mov_b32_e32 v244, 7
	v_mov_b32_e32 v245, 8
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
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 33 9                          ; spill.py:33:9
	scratch_load_dword v0, off, off offset:512 ; 4-byte Folded Reload
	.loc	1 34 9                          ; spill.py:34:9
	s_nop 0
	scratch_load_dword v1, off, off offset:448 ; 4-byte Folded Reload
	.loc	1 30 59                         ; spill.py:30:59
	s_cmp_gt_i32 s66, s98
	s_cselect_b64 s[86:87], -1, 0
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[10:11], vcc, s[86:87]
	s_and_b64 s[6:7], s[0:1], s[86:87]
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_add_i32 s97, s97, -1
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(1)
	v_add_u32_e32 v0, s98, v0
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v0, v240, v0, s[10:11]
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(0)
	v_add_u32_e32 v1, s98, v1
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e64 v1, v240, v1, s[6:7]
	buffer_load_dwordx4 v[228:231], v0, s[92:95], 0 offen
	buffer_load_dwordx4 v[246:249], v1, s[92:95], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[250:251], v242 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[212:215], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[216:219], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:304 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v0, v250, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v0
	v_cmp_ne_u16_e64 s[42:43], 0, v0
	v_cmp_ne_u16_e64 s[40:41], 1, v0
	v_cmp_ne_u16_e64 s[38:39], 2, v0
	v_cmp_ne_u16_e64 s[36:37], 3, v0
	v_cmp_ne_u16_e64 s[34:35], 4, v0
	v_cmp_ne_u16_e64 s[30:31], 5, v0
	v_cmp_ne_u16_e64 s[26:27], 6, v0
	v_cmp_ne_u16_e64 s[28:29], 7, v0
	v_and_b32_sdwa v0, v250, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v0
	v_cmp_ne_u16_e64 s[48:49], 0, v0
	v_cmp_ne_u16_e64 s[50:51], 1, v0
	v_cmp_ne_u16_e64 s[52:53], 2, v0
	v_cmp_ne_u16_e64 s[54:55], 3, v0
	v_cmp_ne_u16_e64 s[56:57], 4, v0
	v_cmp_ne_u16_e64 s[58:59], 5, v0
	v_cmp_ne_u16_e64 s[60:61], 6, v0
	v_cmp_ne_u16_e64 s[62:63], 7, v0
	v_and_b32_e32 v0, 0x7f, v250
	v_lshrrev_b32_e32 v69, 8, v250
	v_cmp_ne_u16_e64 s[68:69], s99, v0
	v_cmp_ne_u16_e64 s[70:71], 0, v0
	v_cmp_ne_u16_e64 s[72:73], 1, v0
	v_cmp_ne_u16_e64 s[74:75], 2, v0
	v_cmp_ne_u16_e64 s[76:77], 3, v0
	v_cmp_ne_u16_e64 s[78:79], 4, v0
	v_cmp_ne_u16_e64 s[80:81], 5, v0
	v_cmp_ne_u16_e64 s[82:83], 6, v0
	v_cmp_ne_u16_e64 s[84:85], 7, v0
	v_and_b32_e32 v0, 0x7f, v69
	v_cmp_ne_u16_e64 s[24:25], s99, v0
	v_cmp_ne_u16_e64 s[22:23], 0, v0
	v_cmp_ne_u16_e64 s[20:21], 1, v0
	v_cmp_ne_u16_e64 s[18:19], 2, v0
	v_cmp_ne_u16_e64 s[16:17], 3, v0
	v_cmp_ne_u16_e64 s[14:15], 4, v0
	v_cmp_ne_u16_e64 s[12:13], 5, v0
	v_cmp_ne_u16_e64 s[10:11], 6, v0
	v_cmp_ne_u16_e64 s[6:7], 7, v0
	v_lshlrev_b16_e32 v0, 7, v250
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v0, v243, v0, s[68:69]
	v_cndmask_b32_e64 v0, 0, v0, s[70:71]
	v_cndmask_b32_e64 v0, v94, v0, s[72:73]
	v_cndmask_b32_e64 v0, v96, v0, s[74:75]
	v_cndmask_b32_e64 v0, v95, v0, s[76:77]
	v_lshlrev_b16_e32 v1, 8, v250
	v_cndmask_b32_e64 v0, v97, v0, s[78:79]
	v_and_b32_e32 v66, 0xffff8000, v1
	v_cndmask_b32_e64 v0, v254, v0, s[80:81]
	v_mov_b32_e32 v1, 0x2200
	v_cndmask_b32_e64 v67, v1, v0, s[82:83]
	v_mov_b32_e32 v0, 0x2300
	v_cndmask_b32_e64 v67, v0, v67, s[84:85]
	v_or_b32_e32 v66, v67, v66
	v_lshlrev_b16_sdwa v67, v244, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v243, v67, s[46:47]
	v_cndmask_b32_e64 v67, 0, v67, s[48:49]
	v_cndmask_b32_e64 v67, v94, v67, s[50:51]
	v_cndmask_b32_e64 v67, v96, v67, s[52:53]
	v_cndmask_b32_e64 v67, v95, v67, s[54:55]
	v_cndmask_b32_e64 v67, v97, v67, s[56:57]
	v_cndmask_b32_e64 v67, v254, v67, s[58:59]
	v_lshlrev_b16_sdwa v68, v245, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v67, v1, v67, s[60:61]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v67, v0, v67, s[62:63]
	v_or_b32_e32 v67, v67, v68
	v_lshlrev_b16_sdwa v68, v244, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[44:45]
	v_cndmask_b32_e64 v68, 0, v68, s[42:43]
	v_cndmask_b32_e64 v68, v94, v68, s[40:41]
	v_cndmask_b32_e64 v68, v96, v68, s[38:39]
	v_cndmask_b32_e64 v68, v95, v68, s[36:37]
	v_cndmask_b32_e64 v68, v97, v68, s[34:35]
	v_cndmask_b32_e64 v68, v254, v68, s[30:31]
	v_lshlrev_b16_sdwa v70, v245, v250 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v68, v1, v68, s[26:27]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v0, v68, s[28:29]
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v69
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[24:25]
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cndmask_b32_e64 v70, v94, v70, s[20:21]
	v_cndmask_b32_e64 v70, v96, v70, s[18:19]
	v_cndmask_b32_e64 v70, v95, v70, s[16:17]
	v_cndmask_b32_e64 v70, v97, v70, s[14:15]
	v_cndmask_b32_e64 v70, v254, v70, s[12:13]
	v_lshlrev_b16_e32 v69, 8, v69
	v_cndmask_b32_e64 v70, v1, v70, s[10:11]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e64 v70, v0, v70, s[6:7]
	v_or_b32_e32 v69, v70, v69
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v72, v69, v66, s90
	.loc	1 31 13                         ; spill.py:31:13
	scratch_load_dword v66, off, off offset:576 ; 4-byte Folded Reload
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v68, v67, s90
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt vmcnt(0)
	ds_read2_b32 v[252:253], v66 offset1:2
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v252, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v252, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v252
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v252
	v_and_b32_e32 v67, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v67
	v_cmp_ne_u16_e64 s[22:23], 0, v67
	v_cmp_ne_u16_e64 s[20:21], 1, v67
	v_cmp_ne_u16_e64 s[18:19], 2, v67
	v_cmp_ne_u16_e64 s[16:17], 3, v67
	v_cmp_ne_u16_e64 s[14:15], 4, v67
	v_cmp_ne_u16_e64 s[12:13], 5, v67
	v_cmp_ne_u16_e64 s[10:11], 6, v67
	v_cmp_ne_u16_e64 s[6:7], 7, v67
	v_lshlrev_b16_e32 v67, 7, v252
	v_and_b32_e32 v67, 0x3f80, v67
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v243, v67, s[68:69]
	v_cndmask_b32_e64 v67, 0, v67, s[70:71]
	v_cndmask_b32_e64 v67, v94, v67, s[72:73]
	v_cndmask_b32_e64 v67, v96, v67, s[74:75]
	v_cndmask_b32_e64 v67, v95, v67, s[76:77]
	v_cndmask_b32_e64 v67, v97, v67, s[78:79]
	v_cndmask_b32_e64 v67, v254, v67, s[80:81]
	v_lshlrev_b16_e32 v68, 8, v252
	v_cndmask_b32_e64 v67, v1, v67, s[82:83]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v67, v0, v67, s[84:85]
	v_or_b32_e32 v67, v67, v68
	v_lshlrev_b16_sdwa v68, v244, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[46:47]
	v_cndmask_b32_e64 v68, 0, v68, s[48:49]
	v_cndmask_b32_e64 v68, v94, v68, s[50:51]
	v_cndmask_b32_e64 v68, v96, v68, s[52:53]
	v_cndmask_b32_e64 v68, v95, v68, s[54:55]
	v_cndmask_b32_e64 v68, v97, v68, s[56:57]
	v_cndmask_b32_e64 v68, v254, v68, s[58:59]
	v_lshlrev_b16_sdwa v69, v245, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v68, v1, v68, s[60:61]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e64 v68, v0, v68, s[62:63]
	v_or_b32_e32 v68, v68, v69
	v_lshlrev_b16_sdwa v69, v244, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v243, v69, s[44:45]
	v_cndmask_b32_e64 v69, 0, v69, s[42:43]
	v_cndmask_b32_e64 v69, v94, v69, s[40:41]
	v_cndmask_b32_e64 v69, v96, v69, s[38:39]
	v_cndmask_b32_e64 v69, v95, v69, s[36:37]
	v_cndmask_b32_e64 v69, v97, v69, s[34:35]
	v_cndmask_b32_e64 v69, v254, v69, s[30:31]
	v_lshlrev_b16_sdwa v70, v245, v252 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v69, v1, v69, s[26:27]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v69, v0, v69, s[28:29]
	v_or_b32_e32 v69, v69, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[24:25]
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cndmask_b32_e64 v70, v94, v70, s[20:21]
	v_cndmask_b32_e64 v70, v96, v70, s[18:19]
	v_cndmask_b32_e64 v70, v95, v70, s[16:17]
	v_cndmask_b32_e64 v70, v97, v70, s[14:15]
	v_cndmask_b32_e64 v70, v254, v70, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v70, v1, v70, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v70, v0, v70, s[6:7]
	v_or_b32_e32 v66, v70, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v80, v66, v67, s90
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[66:67], v232 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v81, v69, v68, s90
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v68, v66, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v68
	v_cmp_ne_u16_e64 s[42:43], 0, v68
	v_cmp_ne_u16_e64 s[40:41], 1, v68
	v_cmp_ne_u16_e64 s[38:39], 2, v68
	v_cmp_ne_u16_e64 s[36:37], 3, v68
	v_cmp_ne_u16_e64 s[34:35], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[26:27], 6, v68
	v_cmp_ne_u16_e64 s[28:29], 7, v68
	v_and_b32_sdwa v68, v66, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v68
	v_cmp_ne_u16_e64 s[48:49], 0, v68
	v_cmp_ne_u16_e64 s[50:51], 1, v68
	v_cmp_ne_u16_e64 s[52:53], 2, v68
	v_cmp_ne_u16_e64 s[54:55], 3, v68
	v_cmp_ne_u16_e64 s[56:57], 4, v68
	v_cmp_ne_u16_e64 s[58:59], 5, v68
	v_cmp_ne_u16_e64 s[60:61], 6, v68
	v_cmp_ne_u16_e64 s[62:63], 7, v68
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[68:69], s99, v68
	v_cmp_ne_u16_e64 s[70:71], 0, v68
	v_cmp_ne_u16_e64 s[72:73], 1, v68
	v_cmp_ne_u16_e64 s[74:75], 2, v68
	v_cmp_ne_u16_e64 s[76:77], 3, v68
	v_cmp_ne_u16_e64 s[78:79], 4, v68
	v_cmp_ne_u16_e64 s[80:81], 5, v68
	v_cmp_ne_u16_e64 s[82:83], 6, v68
	v_cmp_ne_u16_e64 s[84:85], 7, v68
	v_lshrrev_b32_e32 v68, 8, v66
	v_and_b32_e32 v69, 0x7f, v68
	v_cmp_ne_u16_e64 s[24:25], s99, v69
	v_cmp_ne_u16_e64 s[22:23], 0, v69
	v_cmp_ne_u16_e64 s[20:21], 1, v69
	v_cmp_ne_u16_e64 s[18:19], 2, v69
	v_cmp_ne_u16_e64 s[16:17], 3, v69
	v_cmp_ne_u16_e64 s[14:15], 4, v69
	v_cmp_ne_u16_e64 s[12:13], 5, v69
	v_cmp_ne_u16_e64 s[10:11], 6, v69
	v_cmp_ne_u16_e64 s[6:7], 7, v69
	v_lshlrev_b16_e32 v69, 7, v66
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v243, v69, s[68:69]
	v_cndmask_b32_e64 v69, 0, v69, s[70:71]
	v_cndmask_b32_e64 v69, v94, v69, s[72:73]
	v_cndmask_b32_e64 v69, v96, v69, s[74:75]
	v_cndmask_b32_e64 v69, v95, v69, s[76:77]
	v_cndmask_b32_e64 v69, v97, v69, s[78:79]
	v_cndmask_b32_e64 v69, v254, v69, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v66
	v_cndmask_b32_e64 v69, v1, v69, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v69, v0, v69, s[84:85]
	v_or_b32_e32 v69, v69, v70
	v_lshlrev_b16_sdwa v70, v244, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_lshlrev_b16_sdwa v71, v245, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_sdwa v71, v244, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v243, v71, s[44:45]
	v_cndmask_b32_e64 v71, 0, v71, s[42:43]
	v_cndmask_b32_e64 v71, v94, v71, s[40:41]
	v_cndmask_b32_e64 v71, v96, v71, s[38:39]
	v_cndmask_b32_e64 v71, v95, v71, s[36:37]
	v_cndmask_b32_e64 v71, v97, v71, s[34:35]
	v_cndmask_b32_e64 v71, v254, v71, s[30:31]
	v_lshlrev_b16_sdwa v66, v245, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v71, v1, v71, s[26:27]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v71, v0, v71, s[28:29]
	v_or_b32_e32 v66, v71, v66
	v_lshlrev_b16_e32 v71, 7, v68
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v243, v71, s[24:25]
	v_cndmask_b32_e64 v71, 0, v71, s[22:23]
	v_cndmask_b32_e64 v71, v94, v71, s[20:21]
	v_cndmask_b32_e64 v71, v96, v71, s[18:19]
	v_cndmask_b32_e64 v71, v95, v71, s[16:17]
	v_cndmask_b32_e64 v71, v97, v71, s[14:15]
	v_cndmask_b32_e64 v71, v254, v71, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v71, v1, v71, s[10:11]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v71, v0, v71, s[6:7]
	v_or_b32_e32 v68, v71, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v88, v68, v69, s90
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[68:69], v233 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v89, v66, v70, s90
	v_mfma_f32_32x32x8_f16 v[196:211], v[80:81], v[72:73], v[196:211]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v68, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v68, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v68
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v68
	v_and_b32_e32 v70, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v70
	v_cmp_ne_u16_e64 s[22:23], 0, v70
	v_cmp_ne_u16_e64 s[20:21], 1, v70
	v_cmp_ne_u16_e64 s[18:19], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[14:15], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[10:11], 6, v70
	v_cmp_ne_u16_e64 s[6:7], 7, v70
	v_lshlrev_b16_e32 v70, 7, v68
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v94, v70, s[72:73]
	v_cndmask_b32_e64 v70, v96, v70, s[74:75]
	v_cndmask_b32_e64 v70, v95, v70, s[76:77]
	v_cndmask_b32_e64 v70, v97, v70, s[78:79]
	v_cndmask_b32_e64 v70, v254, v70, s[80:81]
	v_lshlrev_b16_e32 v71, 8, v68
	v_cndmask_b32_e64 v70, v1, v70, s[82:83]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_cndmask_b32_e64 v70, v0, v70, s[84:85]
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_sdwa v71, v244, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v243, v71, s[46:47]
	v_cndmask_b32_e64 v71, 0, v71, s[48:49]
	v_cndmask_b32_e64 v71, v94, v71, s[50:51]
	v_cndmask_b32_e64 v71, v96, v71, s[52:53]
	v_cndmask_b32_e64 v71, v95, v71, s[54:55]
	v_cndmask_b32_e64 v71, v97, v71, s[56:57]
	v_cndmask_b32_e64 v71, v254, v71, s[58:59]
	v_lshlrev_b16_sdwa v74, v245, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v71, v1, v71, s[60:61]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v71, v0, v71, s[62:63]
	v_or_b32_e32 v71, v71, v74
	v_lshlrev_b16_sdwa v74, v244, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[44:45]
	v_cndmask_b32_e64 v74, 0, v74, s[42:43]
	v_cndmask_b32_e64 v74, v94, v74, s[40:41]
	v_cndmask_b32_e64 v74, v96, v74, s[38:39]
	v_cndmask_b32_e64 v74, v95, v74, s[36:37]
	v_cndmask_b32_e64 v74, v97, v74, s[34:35]
	v_cndmask_b32_e64 v74, v254, v74, s[30:31]
	v_lshlrev_b16_sdwa v68, v245, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v1, v74, s[26:27]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v74, v0, v74, s[28:29]
	v_or_b32_e32 v68, v74, v68
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v66, v74, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v91, v68, v71, s90
	v_perm_b32 v90, v66, v70, s90
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[70:71], v234 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[64:79], v[88:89], v[72:73], a[64:79]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v70, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v70, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v70
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v70
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v68
	v_cmp_ne_u16_e64 s[22:23], 0, v68
	v_cmp_ne_u16_e64 s[20:21], 1, v68
	v_cmp_ne_u16_e64 s[18:19], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[14:15], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[10:11], 6, v68
	v_cmp_ne_u16_e64 s[6:7], 7, v68
	v_lshlrev_b16_e32 v68, 7, v70
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[68:69]
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cndmask_b32_e64 v68, v94, v68, s[72:73]
	v_cndmask_b32_e64 v68, v96, v68, s[74:75]
	v_cndmask_b32_e64 v68, v95, v68, s[76:77]
	v_cndmask_b32_e64 v68, v97, v68, s[78:79]
	v_cndmask_b32_e64 v68, v254, v68, s[80:81]
	v_lshlrev_b16_e32 v74, 8, v70
	v_cndmask_b32_e64 v68, v1, v68, s[82:83]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v68, v0, v68, s[84:85]
	v_or_b32_e32 v68, v68, v74
	v_lshlrev_b16_sdwa v74, v244, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[46:47]
	v_cndmask_b32_e64 v74, 0, v74, s[48:49]
	v_cndmask_b32_e64 v74, v94, v74, s[50:51]
	v_cndmask_b32_e64 v74, v96, v74, s[52:53]
	v_cndmask_b32_e64 v74, v95, v74, s[54:55]
	v_cndmask_b32_e64 v74, v97, v74, s[56:57]
	v_cndmask_b32_e64 v74, v254, v74, s[58:59]
	v_lshlrev_b16_sdwa v75, v245, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v74, v1, v74, s[60:61]
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v74, v0, v74, s[62:63]
	v_or_b32_e32 v74, v74, v75
	v_lshlrev_b16_sdwa v75, v244, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v75, 0x3f80, v75
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e64 v75, v243, v75, s[44:45]
	v_cndmask_b32_e64 v75, 0, v75, s[42:43]
	v_cndmask_b32_e64 v75, v94, v75, s[40:41]
	v_cndmask_b32_e64 v75, v96, v75, s[38:39]
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cndmask_b32_e64 v75, v97, v75, s[34:35]
	v_cndmask_b32_e64 v75, v254, v75, s[30:31]
	v_lshlrev_b16_sdwa v70, v245, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v75, v1, v75, s[26:27]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v75, v0, v75, s[28:29]
	v_or_b32_e32 v70, v75, v70
	v_lshlrev_b16_e32 v75, 7, v66
	v_and_b32_e32 v75, 0x3f80, v75
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e64 v75, v243, v75, s[24:25]
	v_cndmask_b32_e64 v75, 0, v75, s[22:23]
	v_cndmask_b32_e64 v75, v94, v75, s[20:21]
	v_cndmask_b32_e64 v75, v96, v75, s[18:19]
	v_cndmask_b32_e64 v75, v95, v75, s[16:17]
	v_cndmask_b32_e64 v75, v97, v75, s[14:15]
	v_cndmask_b32_e64 v75, v254, v75, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v75, v1, v75, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v75, v0, v75, s[6:7]
	v_or_b32_e32 v66, v75, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v93, v70, v74, s90
	v_perm_b32 v92, v66, v68, s90
	v_mfma_f32_32x32x8_f16 a[32:47], v[90:91], v[72:73], a[32:47]
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[92:93], v[72:73], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[72:73], v242 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v72, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v72, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v72
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v72
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v68
	v_cmp_ne_u16_e64 s[22:23], 0, v68
	v_cmp_ne_u16_e64 s[20:21], 1, v68
	v_cmp_ne_u16_e64 s[18:19], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[14:15], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[10:11], 6, v68
	v_cmp_ne_u16_e64 s[6:7], 7, v68
	v_lshlrev_b16_e32 v68, 7, v72
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[68:69]
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cndmask_b32_e64 v68, v94, v68, s[72:73]
	v_cndmask_b32_e64 v68, v96, v68, s[74:75]
	v_cndmask_b32_e64 v68, v95, v68, s[76:77]
	v_cndmask_b32_e64 v68, v97, v68, s[78:79]
	v_cndmask_b32_e64 v68, v254, v68, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v72
	v_cndmask_b32_e64 v68, v1, v68, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v0, v68, s[84:85]
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_sdwa v70, v244, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_lshlrev_b16_sdwa v74, v245, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_or_b32_e32 v70, v70, v74
	v_lshlrev_b16_sdwa v74, v244, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[44:45]
	v_cndmask_b32_e64 v74, 0, v74, s[42:43]
	v_cndmask_b32_e64 v74, v94, v74, s[40:41]
	v_cndmask_b32_e64 v74, v96, v74, s[38:39]
	v_cndmask_b32_e64 v74, v95, v74, s[36:37]
	v_cndmask_b32_e64 v74, v97, v74, s[34:35]
	v_cndmask_b32_e64 v74, v254, v74, s[30:31]
	v_lshlrev_b16_sdwa v72, v245, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v1, v74, s[26:27]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v74, v0, v74, s[28:29]
	v_or_b32_e32 v72, v74, v72
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v66, v74, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v72, v70, s90
	v_perm_b32 v74, v66, v68, s90
	v_add_u32_e32 v66, 0x400, v242
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[240:255], v[80:81], v[74:75], a[240:255]
	v_mfma_f32_32x32x8_f16 a[224:239], v[88:89], v[74:75], a[224:239]
	v_mfma_f32_32x32x8_f16 a[208:223], v[90:91], v[74:75], a[208:223]
	v_mfma_f32_32x32x8_f16 a[192:207], v[92:93], v[74:75], a[192:207]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[74:75], v66 offset1:2
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v68, v74, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v68
	v_cmp_ne_u16_e64 s[42:43], 0, v68
	v_cmp_ne_u16_e64 s[40:41], 1, v68
	v_cmp_ne_u16_e64 s[38:39], 2, v68
	v_cmp_ne_u16_e64 s[36:37], 3, v68
	v_cmp_ne_u16_e64 s[34:35], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[26:27], 6, v68
	v_cmp_ne_u16_e64 s[28:29], 7, v68
	v_and_b32_sdwa v68, v74, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v68
	v_cmp_ne_u16_e64 s[48:49], 0, v68
	v_cmp_ne_u16_e64 s[50:51], 1, v68
	v_cmp_ne_u16_e64 s[52:53], 2, v68
	v_cmp_ne_u16_e64 s[54:55], 3, v68
	v_cmp_ne_u16_e64 s[56:57], 4, v68
	v_cmp_ne_u16_e64 s[58:59], 5, v68
	v_cmp_ne_u16_e64 s[60:61], 6, v68
	v_cmp_ne_u16_e64 s[62:63], 7, v68
	v_and_b32_e32 v68, 0x7f, v74
	v_cmp_ne_u16_e64 s[68:69], s99, v68
	v_cmp_ne_u16_e64 s[70:71], 0, v68
	v_cmp_ne_u16_e64 s[72:73], 1, v68
	v_cmp_ne_u16_e64 s[74:75], 2, v68
	v_cmp_ne_u16_e64 s[76:77], 3, v68
	v_cmp_ne_u16_e64 s[78:79], 4, v68
	v_cmp_ne_u16_e64 s[80:81], 5, v68
	v_cmp_ne_u16_e64 s[82:83], 6, v68
	v_cmp_ne_u16_e64 s[84:85], 7, v68
	v_lshrrev_b32_e32 v68, 8, v74
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[24:25], s99, v70
	v_cmp_ne_u16_e64 s[22:23], 0, v70
	v_cmp_ne_u16_e64 s[20:21], 1, v70
	v_cmp_ne_u16_e64 s[18:19], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[14:15], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[10:11], 6, v70
	v_cmp_ne_u16_e64 s[6:7], 7, v70
	v_lshlrev_b16_e32 v70, 7, v74
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v94, v70, s[72:73]
	v_cndmask_b32_e64 v70, v96, v70, s[74:75]
	v_cndmask_b32_e64 v70, v95, v70, s[76:77]
	v_cndmask_b32_e64 v70, v97, v70, s[78:79]
	v_cndmask_b32_e64 v70, v254, v70, s[80:81]
	v_lshlrev_b16_e32 v72, 8, v74
	v_cndmask_b32_e64 v70, v1, v70, s[82:83]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[84:85]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v244, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[48:49]
	v_cndmask_b32_e64 v72, v94, v72, s[50:51]
	v_cndmask_b32_e64 v72, v96, v72, s[52:53]
	v_cndmask_b32_e64 v72, v95, v72, s[54:55]
	v_cndmask_b32_e64 v72, v97, v72, s[56:57]
	v_cndmask_b32_e64 v72, v254, v72, s[58:59]
	v_lshlrev_b16_sdwa v76, v245, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v1, v72, s[60:61]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v0, v72, s[62:63]
	v_or_b32_e32 v72, v72, v76
	v_lshlrev_b16_sdwa v76, v244, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v243, v76, s[44:45]
	v_cndmask_b32_e64 v76, 0, v76, s[42:43]
	v_cndmask_b32_e64 v76, v94, v76, s[40:41]
	v_cndmask_b32_e64 v76, v96, v76, s[38:39]
	v_cndmask_b32_e64 v76, v95, v76, s[36:37]
	v_cndmask_b32_e64 v76, v97, v76, s[34:35]
	v_cndmask_b32_e64 v76, v254, v76, s[30:31]
	v_lshlrev_b16_sdwa v74, v245, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v76, v1, v76, s[26:27]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v76, v0, v76, s[28:29]
	v_or_b32_e32 v74, v76, v74
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v68, v76, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v77, v74, v72, s90
	v_perm_b32 v76, v68, v70, s90
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[176:191], v[80:81], v[76:77], a[176:191]
	v_mfma_f32_32x32x8_f16 a[160:175], v[88:89], v[76:77], a[160:175]
	v_mfma_f32_32x32x8_f16 a[144:159], v[90:91], v[76:77], a[144:159]
	v_mfma_f32_32x32x8_f16 a[128:143], v[92:93], v[76:77], a[128:143]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[76:77], v66 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v76, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v76, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v76
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v76
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v68
	v_cmp_ne_u16_e64 s[22:23], 0, v68
	v_cmp_ne_u16_e64 s[20:21], 1, v68
	v_cmp_ne_u16_e64 s[18:19], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[14:15], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[10:11], 6, v68
	v_cmp_ne_u16_e64 s[6:7], 7, v68
	v_lshlrev_b16_e32 v68, 7, v76
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[68:69]
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cndmask_b32_e64 v68, v94, v68, s[72:73]
	v_cndmask_b32_e64 v68, v96, v68, s[74:75]
	v_cndmask_b32_e64 v68, v95, v68, s[76:77]
	v_cndmask_b32_e64 v68, v97, v68, s[78:79]
	v_cndmask_b32_e64 v68, v254, v68, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v76
	v_cndmask_b32_e64 v68, v1, v68, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v0, v68, s[84:85]
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_sdwa v70, v244, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_lshlrev_b16_sdwa v72, v245, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v244, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[44:45]
	v_cndmask_b32_e64 v72, 0, v72, s[42:43]
	v_cndmask_b32_e64 v72, v94, v72, s[40:41]
	v_cndmask_b32_e64 v72, v96, v72, s[38:39]
	v_cndmask_b32_e64 v72, v95, v72, s[36:37]
	v_cndmask_b32_e64 v72, v97, v72, s[34:35]
	v_cndmask_b32_e64 v72, v254, v72, s[30:31]
	v_lshlrev_b16_sdwa v74, v245, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v1, v72, s[26:27]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v72, v0, v72, s[28:29]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v66, v74, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v79, v72, v70, s90
	v_perm_b32 v78, v66, v68, s90
	v_add_u32_e32 v66, 0x800, v242
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[212:227], v[90:91], v[78:79], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:240 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[112:127], v[80:81], v[78:79], a[112:127]
	v_mfma_f32_32x32x8_f16 a[16:31], v[88:89], v[78:79], a[16:31]
	v_mfma_f32_32x32x8_f16 a[96:111], v[92:93], v[78:79], a[96:111]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[78:79], v66 offset1:2
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v68, v78, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v68
	v_cmp_ne_u16_e64 s[42:43], 0, v68
	v_cmp_ne_u16_e64 s[40:41], 1, v68
	v_cmp_ne_u16_e64 s[38:39], 2, v68
	v_cmp_ne_u16_e64 s[36:37], 3, v68
	v_cmp_ne_u16_e64 s[34:35], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[26:27], 6, v68
	v_cmp_ne_u16_e64 s[28:29], 7, v68
	v_and_b32_sdwa v68, v78, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v68
	v_cmp_ne_u16_e64 s[48:49], 0, v68
	v_cmp_ne_u16_e64 s[50:51], 1, v68
	v_cmp_ne_u16_e64 s[52:53], 2, v68
	v_cmp_ne_u16_e64 s[54:55], 3, v68
	v_cmp_ne_u16_e64 s[56:57], 4, v68
	v_cmp_ne_u16_e64 s[58:59], 5, v68
	v_cmp_ne_u16_e64 s[60:61], 6, v68
	v_cmp_ne_u16_e64 s[62:63], 7, v68
	v_and_b32_e32 v68, 0x7f, v78
	v_cmp_ne_u16_e64 s[68:69], s99, v68
	v_cmp_ne_u16_e64 s[70:71], 0, v68
	v_cmp_ne_u16_e64 s[72:73], 1, v68
	v_cmp_ne_u16_e64 s[74:75], 2, v68
	v_cmp_ne_u16_e64 s[76:77], 3, v68
	v_cmp_ne_u16_e64 s[78:79], 4, v68
	v_cmp_ne_u16_e64 s[80:81], 5, v68
	v_cmp_ne_u16_e64 s[82:83], 6, v68
	v_cmp_ne_u16_e64 s[84:85], 7, v68
	v_lshrrev_b32_e32 v68, 8, v78
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[24:25], s99, v70
	v_cmp_ne_u16_e64 s[22:23], 0, v70
	v_cmp_ne_u16_e64 s[20:21], 1, v70
	v_cmp_ne_u16_e64 s[18:19], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[14:15], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[10:11], 6, v70
	v_cmp_ne_u16_e64 s[6:7], 7, v70
	v_lshlrev_b16_e32 v70, 7, v78
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v94, v70, s[72:73]
	v_cndmask_b32_e64 v70, v96, v70, s[74:75]
	v_cndmask_b32_e64 v70, v95, v70, s[76:77]
	v_cndmask_b32_e64 v70, v97, v70, s[78:79]
	v_cndmask_b32_e64 v70, v254, v70, s[80:81]
	v_lshlrev_b16_e32 v72, 8, v78
	v_cndmask_b32_e64 v70, v1, v70, s[82:83]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[84:85]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v244, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[48:49]
	v_cndmask_b32_e64 v72, v94, v72, s[50:51]
	v_cndmask_b32_e64 v72, v96, v72, s[52:53]
	v_cndmask_b32_e64 v72, v95, v72, s[54:55]
	v_cndmask_b32_e64 v72, v97, v72, s[56:57]
	v_cndmask_b32_e64 v72, v254, v72, s[58:59]
	v_lshlrev_b16_sdwa v74, v245, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v1, v72, s[60:61]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v72, v0, v72, s[62:63]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_sdwa v74, v244, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[44:45]
	v_cndmask_b32_e64 v74, 0, v74, s[42:43]
	v_cndmask_b32_e64 v74, v94, v74, s[40:41]
	v_cndmask_b32_e64 v74, v96, v74, s[38:39]
	v_cndmask_b32_e64 v74, v95, v74, s[36:37]
	v_cndmask_b32_e64 v74, v97, v74, s[34:35]
	v_cndmask_b32_e64 v74, v254, v74, s[30:31]
	v_lshlrev_b16_sdwa v76, v245, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v1, v74, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v74, v0, v74, s[28:29]
	v_or_b32_e32 v74, v74, v76
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v68, v76, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v83, v74, v72, s90
	v_perm_b32 v82, v68, v70, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v78, v244, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[90:91], v[82:83], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[92:93], v[82:83], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:48 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[48:63], v[80:81], v[82:83], a[48:63]
	v_mfma_f32_32x32x8_f16 a[80:95], v[88:89], v[82:83], a[80:95]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[82:83], v66 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v82, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v82, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v82
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v82
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v68
	v_cmp_ne_u16_e64 s[22:23], 0, v68
	v_cmp_ne_u16_e64 s[20:21], 1, v68
	v_cmp_ne_u16_e64 s[18:19], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[14:15], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[10:11], 6, v68
	v_cmp_ne_u16_e64 s[6:7], 7, v68
	v_lshlrev_b16_e32 v68, 7, v82
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[68:69]
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cndmask_b32_e64 v68, v94, v68, s[72:73]
	v_cndmask_b32_e64 v68, v96, v68, s[74:75]
	v_cndmask_b32_e64 v68, v95, v68, s[76:77]
	v_cndmask_b32_e64 v68, v97, v68, s[78:79]
	v_cndmask_b32_e64 v68, v254, v68, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v82
	v_cndmask_b32_e64 v68, v1, v68, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v0, v68, s[84:85]
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_sdwa v70, v244, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_lshlrev_b16_sdwa v72, v245, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v244, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[44:45]
	v_cndmask_b32_e64 v72, 0, v72, s[42:43]
	v_cndmask_b32_e64 v72, v94, v72, s[40:41]
	v_cndmask_b32_e64 v72, v96, v72, s[38:39]
	v_cndmask_b32_e64 v72, v95, v72, s[36:37]
	v_cndmask_b32_e64 v72, v97, v72, s[34:35]
	v_cndmask_b32_e64 v72, v254, v72, s[30:31]
	v_lshlrev_b16_sdwa v74, v245, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v1, v72, s[26:27]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v72, v0, v72, s[28:29]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v66, v74, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v85, v72, v70, s90
	v_perm_b32 v84, v66, v68, s90
	v_add_u32_e32 v66, 0xc00, v242
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v82, 0x7f, v251
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[80:81], v[84:85], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[88:89], v[84:85], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:112 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 v[180:195], v[90:91], v[84:85], v[180:195]
	scratch_load_dwordx4 v[212:215], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[216:219], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:304 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 v[164:179], v[92:93], v[84:85], v[164:179]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[84:85], v66 offset1:2
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v68, v84, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v68
	v_cmp_ne_u16_e64 s[42:43], 0, v68
	v_cmp_ne_u16_e64 s[40:41], 1, v68
	v_cmp_ne_u16_e64 s[38:39], 2, v68
	v_cmp_ne_u16_e64 s[36:37], 3, v68
	v_cmp_ne_u16_e64 s[34:35], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[26:27], 6, v68
	v_cmp_ne_u16_e64 s[28:29], 7, v68
	v_and_b32_sdwa v68, v84, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v68
	v_cmp_ne_u16_e64 s[48:49], 0, v68
	v_cmp_ne_u16_e64 s[50:51], 1, v68
	v_cmp_ne_u16_e64 s[52:53], 2, v68
	v_cmp_ne_u16_e64 s[54:55], 3, v68
	v_cmp_ne_u16_e64 s[56:57], 4, v68
	v_cmp_ne_u16_e64 s[58:59], 5, v68
	v_cmp_ne_u16_e64 s[60:61], 6, v68
	v_cmp_ne_u16_e64 s[62:63], 7, v68
	v_and_b32_e32 v68, 0x7f, v84
	v_cmp_ne_u16_e64 s[68:69], s99, v68
	v_cmp_ne_u16_e64 s[70:71], 0, v68
	v_cmp_ne_u16_e64 s[72:73], 1, v68
	v_cmp_ne_u16_e64 s[74:75], 2, v68
	v_cmp_ne_u16_e64 s[76:77], 3, v68
	v_cmp_ne_u16_e64 s[78:79], 4, v68
	v_cmp_ne_u16_e64 s[80:81], 5, v68
	v_cmp_ne_u16_e64 s[82:83], 6, v68
	v_cmp_ne_u16_e64 s[84:85], 7, v68
	v_lshrrev_b32_e32 v68, 8, v84
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[24:25], s99, v70
	v_cmp_ne_u16_e64 s[22:23], 0, v70
	v_cmp_ne_u16_e64 s[20:21], 1, v70
	v_cmp_ne_u16_e64 s[18:19], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[14:15], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[10:11], 6, v70
	v_cmp_ne_u16_e64 s[6:7], 7, v70
	v_lshlrev_b16_e32 v70, 7, v84
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v94, v70, s[72:73]
	v_cndmask_b32_e64 v70, v96, v70, s[74:75]
	v_cndmask_b32_e64 v70, v95, v70, s[76:77]
	v_cndmask_b32_e64 v70, v97, v70, s[78:79]
	v_cndmask_b32_e64 v70, v254, v70, s[80:81]
	v_lshlrev_b16_e32 v72, 8, v84
	v_cndmask_b32_e64 v70, v1, v70, s[82:83]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[84:85]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v244, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[46:47]
	v_cndmask_b32_e64 v72, 0, v72, s[48:49]
	v_cndmask_b32_e64 v72, v94, v72, s[50:51]
	v_cndmask_b32_e64 v72, v96, v72, s[52:53]
	v_cndmask_b32_e64 v72, v95, v72, s[54:55]
	v_cndmask_b32_e64 v72, v97, v72, s[56:57]
	v_cndmask_b32_e64 v72, v254, v72, s[58:59]
	v_lshlrev_b16_sdwa v74, v245, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v1, v72, s[60:61]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v72, v0, v72, s[62:63]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_sdwa v74, v244, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[44:45]
	v_cndmask_b32_e64 v74, 0, v74, s[42:43]
	v_cndmask_b32_e64 v74, v94, v74, s[40:41]
	v_cndmask_b32_e64 v74, v96, v74, s[38:39]
	v_cndmask_b32_e64 v74, v95, v74, s[36:37]
	v_cndmask_b32_e64 v74, v97, v74, s[34:35]
	v_cndmask_b32_e64 v74, v254, v74, s[30:31]
	v_lshlrev_b16_sdwa v76, v245, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v1, v74, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v74, v0, v74, s[28:29]
	v_or_b32_e32 v74, v74, v76
	v_lshlrev_b16_e32 v76, 7, v68
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v68, v76, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v87, v74, v72, s90
	v_perm_b32 v86, v68, v70, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v245, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 31 13                         ; spill.py:31:13
	v_and_b32_sdwa v84, v67, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[148:163], v[80:81], v[86:87], v[148:163]
	v_mfma_f32_32x32x8_f16 v[132:147], v[88:89], v[86:87], v[132:147]
	v_mfma_f32_32x32x8_f16 v[116:131], v[90:91], v[86:87], v[116:131]
	v_mfma_f32_32x32x8_f16 v[100:115], v[92:93], v[86:87], v[100:115]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[86:87], v66 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v66, v86, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[44:45], s99, v66
	v_cmp_ne_u16_e64 s[42:43], 0, v66
	v_cmp_ne_u16_e64 s[40:41], 1, v66
	v_cmp_ne_u16_e64 s[38:39], 2, v66
	v_cmp_ne_u16_e64 s[36:37], 3, v66
	v_cmp_ne_u16_e64 s[34:35], 4, v66
	v_cmp_ne_u16_e64 s[30:31], 5, v66
	v_cmp_ne_u16_e64 s[26:27], 6, v66
	v_cmp_ne_u16_e64 s[28:29], 7, v66
	v_and_b32_sdwa v66, v86, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v66
	v_cmp_ne_u16_e64 s[48:49], 0, v66
	v_cmp_ne_u16_e64 s[50:51], 1, v66
	v_cmp_ne_u16_e64 s[52:53], 2, v66
	v_cmp_ne_u16_e64 s[54:55], 3, v66
	v_cmp_ne_u16_e64 s[56:57], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[60:61], 6, v66
	v_cmp_ne_u16_e64 s[62:63], 7, v66
	v_and_b32_e32 v66, 0x7f, v86
	v_cmp_ne_u16_e64 s[68:69], s99, v66
	v_cmp_ne_u16_e64 s[70:71], 0, v66
	v_cmp_ne_u16_e64 s[72:73], 1, v66
	v_cmp_ne_u16_e64 s[74:75], 2, v66
	v_cmp_ne_u16_e64 s[76:77], 3, v66
	v_cmp_ne_u16_e64 s[78:79], 4, v66
	v_cmp_ne_u16_e64 s[80:81], 5, v66
	v_cmp_ne_u16_e64 s[82:83], 6, v66
	v_cmp_ne_u16_e64 s[84:85], 7, v66
	v_lshrrev_b32_e32 v66, 8, v86
	v_and_b32_e32 v68, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v68
	v_cmp_ne_u16_e64 s[22:23], 0, v68
	v_cmp_ne_u16_e64 s[20:21], 1, v68
	v_cmp_ne_u16_e64 s[18:19], 2, v68
	v_cmp_ne_u16_e64 s[16:17], 3, v68
	v_cmp_ne_u16_e64 s[14:15], 4, v68
	v_cmp_ne_u16_e64 s[12:13], 5, v68
	v_cmp_ne_u16_e64 s[10:11], 6, v68
	v_cmp_ne_u16_e64 s[6:7], 7, v68
	v_lshlrev_b16_e32 v68, 7, v86
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v243, v68, s[68:69]
	v_cndmask_b32_e64 v68, 0, v68, s[70:71]
	v_cndmask_b32_e64 v68, v94, v68, s[72:73]
	v_cndmask_b32_e64 v68, v96, v68, s[74:75]
	v_cndmask_b32_e64 v68, v95, v68, s[76:77]
	v_cndmask_b32_e64 v68, v97, v68, s[78:79]
	v_cndmask_b32_e64 v68, v254, v68, s[80:81]
	v_lshlrev_b16_e32 v70, 8, v86
	v_cndmask_b32_e64 v68, v1, v68, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v0, v68, s[84:85]
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_sdwa v70, v244, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_lshlrev_b16_sdwa v72, v245, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_sdwa v72, v244, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[44:45]
	v_cndmask_b32_e64 v72, 0, v72, s[42:43]
	v_cndmask_b32_e64 v72, v94, v72, s[40:41]
	v_cndmask_b32_e64 v72, v96, v72, s[38:39]
	v_cndmask_b32_e64 v72, v95, v72, s[36:37]
	v_cndmask_b32_e64 v72, v97, v72, s[34:35]
	v_cndmask_b32_e64 v72, v254, v72, s[30:31]
	v_lshlrev_b16_sdwa v74, v245, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v1, v72, s[26:27]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v72, v0, v72, s[28:29]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v66, v74, v66
	v_mov_b32_e32 v74, v99
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v99, v72, v70, s90
	v_mov_b32_e32 v70, v98
	v_perm_b32 v98, v66, v68, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[68:69], s99, v82
	v_cmp_ne_u16_e64 s[70:71], 0, v82
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[50:65], v[80:81], v[98:99], v[50:65]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[72:73], 1, v82
	v_cmp_ne_u16_e64 s[74:75], 2, v82
	v_cmp_ne_u16_e64 s[76:77], 3, v82
	v_cmp_ne_u16_e64 s[78:79], 4, v82
	v_cmp_ne_u16_e64 s[80:81], 5, v82
	v_cmp_ne_u16_e64 s[82:83], 6, v82
	v_lshlrev_b16_e32 v68, 8, v251
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[34:49], v[88:89], v[98:99], v[34:49]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[84:85], 7, v82
	v_and_b32_e32 v68, 0xffff8000, v68
	v_and_b32_sdwa v81, v251, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v81
	v_cmp_ne_u16_e64 s[48:49], 0, v81
	v_cmp_ne_u16_e64 s[50:51], 1, v81
	v_cmp_ne_u16_e64 s[52:53], 2, v81
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[18:33], v[90:91], v[98:99], v[18:33]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[54:55], 3, v81
	v_cmp_ne_u16_e64 s[56:57], 4, v81
	v_cmp_ne_u16_e64 s[58:59], 5, v81
	v_cmp_ne_u16_e64 s[60:61], 6, v81
	v_lshlrev_b16_sdwa v72, v245, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[62:63], 7, v81
	v_and_b32_e32 v72, 0xffff8000, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[2:17], v[92:93], v[98:99], v[2:17]
	v_mov_b32_e32 v98, v70
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v70, 7, v251
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[68:69]
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	v_cndmask_b32_e64 v70, v94, v70, s[72:73]
	v_cndmask_b32_e64 v70, v96, v70, s[74:75]
	v_cndmask_b32_e64 v70, v95, v70, s[76:77]
	v_cndmask_b32_e64 v70, v97, v70, s[78:79]
	v_cndmask_b32_e64 v70, v254, v70, s[80:81]
	v_cndmask_b32_e64 v70, v1, v70, s[82:83]
	v_mov_b32_e32 v99, v74
	v_lshlrev_b16_sdwa v74, v244, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v0, v70, s[84:85]
	v_or_b32_e32 v68, v70, v68
	v_and_b32_e32 v70, 0x3f80, v74
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_and_b32_sdwa v80, v251, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v70, v70, v72
	v_and_b32_e32 v72, 0x3f80, v78
	v_cmp_ne_u16_e64 s[44:45], s99, v80
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[42:43], 0, v80
	v_cndmask_b32_e64 v72, v243, v72, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v80
	v_cndmask_b32_e64 v72, 0, v72, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v80
	v_cndmask_b32_e64 v72, v94, v72, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v80
	v_cndmask_b32_e64 v72, v96, v72, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v80
	v_cndmask_b32_e64 v72, v95, v72, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v80
	v_cndmask_b32_e64 v72, v97, v72, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v80
	v_cndmask_b32_e64 v72, v254, v72, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v80
	v_cndmask_b32_e64 v72, v1, v72, s[26:27]
	v_lshrrev_b32_e32 v66, 8, v251
	v_and_b32_e32 v74, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v0, v72, s[28:29]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v80, 0x7f, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[24:25], s99, v80
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[22:23], 0, v80
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v89, v72, v70, s90
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_e32 v70, 7, v253
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[20:21], 1, v80
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	.loc	1 31 13                         ; spill.py:31:13
	v_and_b32_e32 v82, 0x7f, v253
	v_and_b32_e32 v70, 0x3f80, v70
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[18:19], 2, v80
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[68:69], s99, v82
	v_add_u16_e32 v70, 0x2000, v70
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[16:17], 3, v80
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[70:71], 0, v82
	v_cndmask_b32_e64 v70, v243, v70, s[68:69]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[14:15], 4, v80
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[72:73], 1, v82
	v_cndmask_b32_e64 v70, 0, v70, s[70:71]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[12:13], 5, v80
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[74:75], 2, v82
	v_cndmask_b32_e64 v70, v94, v70, s[72:73]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[10:11], 6, v80
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[76:77], 3, v82
	v_cndmask_b32_e64 v70, v96, v70, s[74:75]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[6:7], 7, v80
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[78:79], 4, v82
	v_cndmask_b32_e64 v70, v95, v70, s[76:77]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[80:81], 5, v82
	v_cndmask_b32_e64 v70, v97, v70, s[78:79]
	.loc	1 30 13                         ; spill.py:30:13
	v_or_b32_e32 v66, v74, v66
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[82:83], 6, v82
	v_cndmask_b32_e64 v70, v254, v70, s[80:81]
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v88, v66, v68, s90
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_e32 v68, 8, v253
	v_cmp_ne_u16_e64 s[84:85], 7, v82
	v_cndmask_b32_e64 v70, v1, v70, s[82:83]
	v_lshlrev_b16_sdwa v74, v244, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v70, v0, v70, s[84:85]
	v_and_b32_sdwa v81, v253, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v68, v70, v68
	v_and_b32_e32 v70, 0x3f80, v74
	v_cmp_ne_u16_e64 s[46:47], s99, v81
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[48:49], 0, v81
	v_cndmask_b32_e64 v70, v243, v70, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 1, v81
	v_cndmask_b32_e64 v70, 0, v70, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 2, v81
	v_cndmask_b32_e64 v70, v94, v70, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 3, v81
	v_cndmask_b32_e64 v70, v96, v70, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 4, v81
	v_cndmask_b32_e64 v70, v95, v70, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 5, v81
	v_cndmask_b32_e64 v70, v97, v70, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v81
	v_cndmask_b32_e64 v70, v254, v70, s[58:59]
	v_lshlrev_b16_sdwa v72, v245, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[62:63], 7, v81
	v_cndmask_b32_e64 v70, v1, v70, s[60:61]
	v_lshlrev_b16_sdwa v78, v244, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v0, v70, s[62:63]
	v_and_b32_sdwa v80, v253, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v70, v70, v72
	v_and_b32_e32 v72, 0x3f80, v78
	v_cmp_ne_u16_e64 s[44:45], s99, v80
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[42:43], 0, v80
	v_cndmask_b32_e64 v72, v243, v72, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v80
	v_cndmask_b32_e64 v72, 0, v72, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v80
	v_cndmask_b32_e64 v72, v94, v72, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v80
	v_cndmask_b32_e64 v72, v96, v72, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v80
	v_cndmask_b32_e64 v72, v95, v72, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v80
	v_cndmask_b32_e64 v72, v97, v72, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v80
	v_cndmask_b32_e64 v72, v254, v72, s[30:31]
	v_lshlrev_b16_sdwa v76, v245, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[28:29], 7, v80
	v_cndmask_b32_e64 v72, v1, v72, s[26:27]
	v_lshrrev_b32_e32 v66, 8, v253
	v_and_b32_e32 v74, 0xffff8000, v76
	v_cndmask_b32_e64 v72, v0, v72, s[28:29]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v66
	v_and_b32_e32 v80, 0x7f, v66
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[24:25], s99, v80
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[22:23], 0, v80
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 1, v80
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 2, v80
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 3, v80
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 4, v80
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 5, v80
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 6, v80
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_cmp_ne_u16_e64 s[6:7], 7, v80
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v66, v74, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v81, v72, v70, s90
	v_perm_b32 v80, v66, v68, s90
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v66, 8, v67
	v_lshlrev_b16_e32 v68, 8, v67
	v_lshlrev_b16_e32 v70, 7, v67
	v_lshlrev_b16_sdwa v72, v245, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v74, v244, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v245, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v78, v244, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v82, v67, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v67, 0x7f, v67
	v_cmp_ne_u16_e64 s[68:69], s99, v67
	v_cmp_ne_u16_e64 s[70:71], 0, v67
	v_cmp_ne_u16_e64 s[72:73], 1, v67
	v_cmp_ne_u16_e64 s[74:75], 2, v67
	v_cmp_ne_u16_e64 s[76:77], 3, v67
	v_cmp_ne_u16_e64 s[78:79], 4, v67
	v_cmp_ne_u16_e64 s[80:81], 5, v67
	v_cmp_ne_u16_e64 s[82:83], 6, v67
	v_cmp_ne_u16_e64 s[84:85], 7, v67
	v_and_b32_e32 v67, 0x7f, v66
	v_cmp_ne_u16_e64 s[24:25], s99, v67
	v_cmp_ne_u16_e64 s[22:23], 0, v67
	v_cmp_ne_u16_e64 s[20:21], 1, v67
	v_cmp_ne_u16_e64 s[18:19], 2, v67
	v_cmp_ne_u16_e64 s[16:17], 3, v67
	v_cmp_ne_u16_e64 s[14:15], 4, v67
	v_cmp_ne_u16_e64 s[12:13], 5, v67
	v_cmp_ne_u16_e64 s[10:11], 6, v67
	v_cmp_ne_u16_e64 s[6:7], 7, v67
	v_and_b32_e32 v67, 0x3f80, v70
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v243, v67, s[68:69]
	v_cndmask_b32_e64 v67, 0, v67, s[70:71]
	v_cndmask_b32_e64 v67, v94, v67, s[72:73]
	v_cndmask_b32_e64 v67, v96, v67, s[74:75]
	v_cndmask_b32_e64 v67, v95, v67, s[76:77]
	v_cndmask_b32_e64 v67, v97, v67, s[78:79]
	v_cndmask_b32_e64 v67, v254, v67, s[80:81]
	v_cndmask_b32_e64 v67, v1, v67, s[82:83]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v67, v0, v67, s[84:85]
	v_or_b32_e32 v68, v67, v68
	v_and_b32_e32 v67, 0x3f80, v74
	v_cmp_ne_u16_e64 s[46:47], s99, v84
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e64 s[48:49], 0, v84
	v_cndmask_b32_e64 v67, v243, v67, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 1, v84
	v_cndmask_b32_e64 v67, 0, v67, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 2, v84
	v_cndmask_b32_e64 v67, v94, v67, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 3, v84
	v_cndmask_b32_e64 v67, v96, v67, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 4, v84
	v_cndmask_b32_e64 v67, v95, v67, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 5, v84
	v_cndmask_b32_e64 v67, v97, v67, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v84
	v_cndmask_b32_e64 v67, v254, v67, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v84
	v_cndmask_b32_e64 v67, v1, v67, s[60:61]
	v_and_b32_e32 v70, 0xffff8000, v72
	v_cndmask_b32_e64 v67, v0, v67, s[62:63]
	v_or_b32_e32 v67, v67, v70
	v_and_b32_e32 v70, 0x3f80, v78
	v_cmp_ne_u16_e64 s[44:45], s99, v82
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[42:43], 0, v82
	v_cndmask_b32_e64 v70, v243, v70, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v82
	v_cndmask_b32_e64 v70, 0, v70, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v82
	v_cndmask_b32_e64 v70, v94, v70, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v82
	v_cndmask_b32_e64 v70, v96, v70, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v82
	v_cndmask_b32_e64 v70, v95, v70, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v82
	v_cndmask_b32_e64 v70, v97, v70, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v82
	v_cndmask_b32_e64 v70, v254, v70, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v82
	v_cndmask_b32_e64 v70, v1, v70, s[26:27]
	v_and_b32_e32 v72, 0xffff8000, v76
	v_cndmask_b32_e64 v70, v0, v70, s[28:29]
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_e32 v72, 7, v66
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v243, v72, s[24:25]
	v_cndmask_b32_e64 v72, 0, v72, s[22:23]
	v_cndmask_b32_e64 v72, v94, v72, s[20:21]
	v_cndmask_b32_e64 v72, v96, v72, s[18:19]
	v_cndmask_b32_e64 v72, v95, v72, s[16:17]
	v_cndmask_b32_e64 v72, v97, v72, s[14:15]
	v_cndmask_b32_e64 v72, v254, v72, s[12:13]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v72, v1, v72, s[10:11]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v72, v0, v72, s[6:7]
	v_or_b32_e32 v66, v72, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v67, v70, v67, s90
	v_perm_b32 v66, v66, v68, s90
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v68, 8, v69
	v_lshlrev_b16_e32 v70, 8, v69
	v_lshlrev_b16_e32 v72, 7, v69
	v_lshlrev_b16_sdwa v74, v245, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v244, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v245, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v82, v244, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v84, v69, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v69, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v69, 0x7f, v69
	v_cmp_ne_u16_e64 s[68:69], s99, v69
	v_cmp_ne_u16_e64 s[70:71], 0, v69
	v_cmp_ne_u16_e64 s[72:73], 1, v69
	v_cmp_ne_u16_e64 s[74:75], 2, v69
	v_cmp_ne_u16_e64 s[76:77], 3, v69
	v_cmp_ne_u16_e64 s[78:79], 4, v69
	v_cmp_ne_u16_e64 s[80:81], 5, v69
	v_cmp_ne_u16_e64 s[82:83], 6, v69
	v_cmp_ne_u16_e64 s[84:85], 7, v69
	v_and_b32_e32 v69, 0x7f, v68
	v_cmp_ne_u16_e64 s[24:25], s99, v69
	v_cmp_ne_u16_e64 s[22:23], 0, v69
	v_cmp_ne_u16_e64 s[20:21], 1, v69
	v_cmp_ne_u16_e64 s[18:19], 2, v69
	v_cmp_ne_u16_e64 s[16:17], 3, v69
	v_cmp_ne_u16_e64 s[14:15], 4, v69
	v_cmp_ne_u16_e64 s[12:13], 5, v69
	v_cmp_ne_u16_e64 s[10:11], 6, v69
	v_cmp_ne_u16_e64 s[6:7], 7, v69
	v_and_b32_e32 v69, 0x3f80, v72
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v243, v69, s[68:69]
	v_cndmask_b32_e64 v69, 0, v69, s[70:71]
	v_cndmask_b32_e64 v69, v94, v69, s[72:73]
	v_cndmask_b32_e64 v69, v96, v69, s[74:75]
	v_cndmask_b32_e64 v69, v95, v69, s[76:77]
	v_cndmask_b32_e64 v69, v97, v69, s[78:79]
	v_cndmask_b32_e64 v69, v254, v69, s[80:81]
	v_cndmask_b32_e64 v69, v1, v69, s[82:83]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v69, v0, v69, s[84:85]
	v_or_b32_e32 v70, v69, v70
	v_and_b32_e32 v69, 0x3f80, v76
	v_cmp_ne_u16_e64 s[46:47], s99, v86
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[48:49], 0, v86
	v_cndmask_b32_e64 v69, v243, v69, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 1, v86
	v_cndmask_b32_e64 v69, 0, v69, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 2, v86
	v_cndmask_b32_e64 v69, v94, v69, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 3, v86
	v_cndmask_b32_e64 v69, v96, v69, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 4, v86
	v_cndmask_b32_e64 v69, v95, v69, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 5, v86
	v_cndmask_b32_e64 v69, v97, v69, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v86
	v_cndmask_b32_e64 v69, v254, v69, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v86
	v_cndmask_b32_e64 v69, v1, v69, s[60:61]
	v_and_b32_e32 v72, 0xffff8000, v74
	v_cndmask_b32_e64 v69, v0, v69, s[62:63]
	v_or_b32_e32 v69, v69, v72
	v_and_b32_e32 v72, 0x3f80, v82
	v_cmp_ne_u16_e64 s[44:45], s99, v84
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[42:43], 0, v84
	v_cndmask_b32_e64 v72, v243, v72, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v84
	v_cndmask_b32_e64 v72, 0, v72, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v84
	v_cndmask_b32_e64 v72, v94, v72, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v84
	v_cndmask_b32_e64 v72, v96, v72, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v84
	v_cndmask_b32_e64 v72, v95, v72, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v84
	v_cndmask_b32_e64 v72, v97, v72, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v84
	v_cndmask_b32_e64 v72, v254, v72, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v84
	v_cndmask_b32_e64 v72, v1, v72, s[26:27]
	v_and_b32_e32 v74, 0xffff8000, v78
	v_cndmask_b32_e64 v72, v0, v72, s[28:29]
	v_or_b32_e32 v72, v72, v74
	v_lshlrev_b16_e32 v74, 7, v68
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[24:25]
	v_cndmask_b32_e64 v74, 0, v74, s[22:23]
	v_cndmask_b32_e64 v74, v94, v74, s[20:21]
	v_cndmask_b32_e64 v74, v96, v74, s[18:19]
	v_cndmask_b32_e64 v74, v95, v74, s[16:17]
	v_cndmask_b32_e64 v74, v97, v74, s[14:15]
	v_cndmask_b32_e64 v74, v254, v74, s[12:13]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v74, v1, v74, s[10:11]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v74, v0, v74, s[6:7]
	v_or_b32_e32 v68, v74, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v69, v72, v69, s90
	v_perm_b32 v68, v68, v70, s90
	.loc	1 31 13                         ; spill.py:31:13
	v_lshrrev_b32_e32 v70, 8, v71
	v_lshlrev_b16_e32 v72, 8, v71
	v_lshlrev_b16_e32 v74, 7, v71
	v_lshlrev_b16_sdwa v76, v245, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v244, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v245, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v84, v244, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v86, v71, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v90, v71, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v71, 0x7f, v71
	v_cmp_ne_u16_e64 s[68:69], s99, v71
	v_cmp_ne_u16_e64 s[70:71], 0, v71
	v_cmp_ne_u16_e64 s[72:73], 1, v71
	v_cmp_ne_u16_e64 s[74:75], 2, v71
	v_cmp_ne_u16_e64 s[76:77], 3, v71
	v_cmp_ne_u16_e64 s[78:79], 4, v71
	v_cmp_ne_u16_e64 s[80:81], 5, v71
	v_cmp_ne_u16_e64 s[82:83], 6, v71
	v_cmp_ne_u16_e64 s[84:85], 7, v71
	v_and_b32_e32 v71, 0x7f, v70
	v_cmp_ne_u16_e64 s[24:25], s99, v71
	v_cmp_ne_u16_e64 s[22:23], 0, v71
	v_cmp_ne_u16_e64 s[20:21], 1, v71
	v_cmp_ne_u16_e64 s[18:19], 2, v71
	v_cmp_ne_u16_e64 s[16:17], 3, v71
	v_cmp_ne_u16_e64 s[14:15], 4, v71
	v_cmp_ne_u16_e64 s[12:13], 5, v71
	v_cmp_ne_u16_e64 s[10:11], 6, v71
	v_cmp_ne_u16_e64 s[6:7], 7, v71
	v_and_b32_e32 v71, 0x3f80, v74
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v243, v71, s[68:69]
	v_cndmask_b32_e64 v71, 0, v71, s[70:71]
	v_cndmask_b32_e64 v71, v94, v71, s[72:73]
	v_cndmask_b32_e64 v71, v96, v71, s[74:75]
	v_cndmask_b32_e64 v71, v95, v71, s[76:77]
	v_cndmask_b32_e64 v71, v97, v71, s[78:79]
	v_cndmask_b32_e64 v71, v254, v71, s[80:81]
	v_cndmask_b32_e64 v71, v1, v71, s[82:83]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v71, v0, v71, s[84:85]
	v_or_b32_e32 v72, v71, v72
	v_and_b32_e32 v71, 0x3f80, v78
	v_cmp_ne_u16_e64 s[46:47], s99, v90
	v_add_u16_e32 v71, 0x2000, v71
	v_cmp_ne_u16_e64 s[48:49], 0, v90
	v_cndmask_b32_e64 v71, v243, v71, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 1, v90
	v_cndmask_b32_e64 v71, 0, v71, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 2, v90
	v_cndmask_b32_e64 v71, v94, v71, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 3, v90
	v_cndmask_b32_e64 v71, v96, v71, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 4, v90
	v_cndmask_b32_e64 v71, v95, v71, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 5, v90
	v_cndmask_b32_e64 v71, v97, v71, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v90
	v_cndmask_b32_e64 v71, v254, v71, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v90
	v_cndmask_b32_e64 v71, v1, v71, s[60:61]
	v_and_b32_e32 v74, 0xffff8000, v76
	v_cndmask_b32_e64 v71, v0, v71, s[62:63]
	v_or_b32_e32 v71, v71, v74
	v_and_b32_e32 v74, 0x3f80, v84
	v_cmp_ne_u16_e64 s[44:45], s99, v86
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[42:43], 0, v86
	v_cndmask_b32_e64 v74, v243, v74, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v86
	v_cndmask_b32_e64 v74, 0, v74, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v86
	v_cndmask_b32_e64 v74, v94, v74, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v86
	v_cndmask_b32_e64 v74, v96, v74, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v86
	v_cndmask_b32_e64 v74, v95, v74, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v86
	v_cndmask_b32_e64 v74, v97, v74, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v86
	v_cndmask_b32_e64 v74, v254, v74, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v86
	v_cndmask_b32_e64 v74, v1, v74, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v82
	v_cndmask_b32_e64 v74, v0, v74, s[28:29]
	v_or_b32_e32 v74, v74, v76
	v_lshlrev_b16_e32 v76, 7, v70
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_lshlrev_b16_e32 v70, 8, v70
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v70, v76, v70
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v71, v74, v71, s90
	v_perm_b32 v70, v70, v72, s90
	v_mfma_f32_32x32x8_f16 a[64:79], v[66:67], v[88:89], a[64:79]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v72, 8, v73
	v_lshlrev_b16_e32 v74, 8, v73
	v_lshlrev_b16_e32 v76, 7, v73
	v_lshlrev_b16_sdwa v78, v245, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v244, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v84, v245, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v86, v244, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[32:47], v[68:69], v[88:89], a[32:47]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v74, 0xffff8000, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[196:211], v[80:81], v[88:89], v[196:211]
	v_mfma_f32_32x32x8_f16 a[0:15], v[70:71], v[88:89], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_sdwa v88, v73, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v89, v73, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v73, 0x7f, v73
	v_cmp_ne_u16_e64 s[68:69], s99, v73
	v_cmp_ne_u16_e64 s[70:71], 0, v73
	v_cmp_ne_u16_e64 s[72:73], 1, v73
	v_cmp_ne_u16_e64 s[74:75], 2, v73
	v_cmp_ne_u16_e64 s[76:77], 3, v73
	v_cmp_ne_u16_e64 s[78:79], 4, v73
	v_cmp_ne_u16_e64 s[80:81], 5, v73
	v_cmp_ne_u16_e64 s[82:83], 6, v73
	v_cmp_ne_u16_e64 s[84:85], 7, v73
	v_and_b32_e32 v73, 0x7f, v72
	v_cmp_ne_u16_e64 s[24:25], s99, v73
	v_cmp_ne_u16_e64 s[22:23], 0, v73
	v_cmp_ne_u16_e64 s[20:21], 1, v73
	v_cmp_ne_u16_e64 s[18:19], 2, v73
	v_cmp_ne_u16_e64 s[16:17], 3, v73
	v_cmp_ne_u16_e64 s[14:15], 4, v73
	v_cmp_ne_u16_e64 s[12:13], 5, v73
	v_cmp_ne_u16_e64 s[10:11], 6, v73
	v_cmp_ne_u16_e64 s[6:7], 7, v73
	v_and_b32_e32 v73, 0x3f80, v76
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v243, v73, s[68:69]
	v_cndmask_b32_e64 v73, 0, v73, s[70:71]
	v_cndmask_b32_e64 v73, v94, v73, s[72:73]
	v_cndmask_b32_e64 v73, v96, v73, s[74:75]
	v_cndmask_b32_e64 v73, v95, v73, s[76:77]
	v_cndmask_b32_e64 v73, v97, v73, s[78:79]
	v_cndmask_b32_e64 v73, v254, v73, s[80:81]
	v_cndmask_b32_e64 v73, v1, v73, s[82:83]
	v_cndmask_b32_e64 v73, v0, v73, s[84:85]
	v_or_b32_e32 v74, v73, v74
	v_and_b32_e32 v73, 0x3f80, v82
	v_cmp_ne_u16_e64 s[46:47], s99, v89
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[48:49], 0, v89
	v_cndmask_b32_e64 v73, v243, v73, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 1, v89
	v_cndmask_b32_e64 v73, 0, v73, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 2, v89
	v_cndmask_b32_e64 v73, v94, v73, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 3, v89
	v_cndmask_b32_e64 v73, v96, v73, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 4, v89
	v_cndmask_b32_e64 v73, v95, v73, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 5, v89
	v_cndmask_b32_e64 v73, v97, v73, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v89
	v_cndmask_b32_e64 v73, v254, v73, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v89
	v_cndmask_b32_e64 v73, v1, v73, s[60:61]
	v_and_b32_e32 v76, 0xffff8000, v78
	v_cndmask_b32_e64 v73, v0, v73, s[62:63]
	v_or_b32_e32 v73, v73, v76
	v_and_b32_e32 v76, 0x3f80, v86
	v_cmp_ne_u16_e64 s[44:45], s99, v88
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[42:43], 0, v88
	v_cndmask_b32_e64 v76, v243, v76, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v88
	v_cndmask_b32_e64 v76, 0, v76, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v88
	v_cndmask_b32_e64 v76, v94, v76, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v88
	v_cndmask_b32_e64 v76, v96, v76, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v88
	v_cndmask_b32_e64 v76, v95, v76, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v88
	v_cndmask_b32_e64 v76, v97, v76, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v88
	v_cndmask_b32_e64 v76, v254, v76, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v88
	v_cndmask_b32_e64 v76, v1, v76, s[26:27]
	v_and_b32_e32 v78, 0xffff8000, v84
	v_cndmask_b32_e64 v76, v0, v76, s[28:29]
	v_or_b32_e32 v76, v76, v78
	v_lshlrev_b16_e32 v78, 7, v72
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v78, v243, v78, s[24:25]
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cndmask_b32_e64 v78, v94, v78, s[20:21]
	v_cndmask_b32_e64 v78, v96, v78, s[18:19]
	v_cndmask_b32_e64 v78, v95, v78, s[16:17]
	v_cndmask_b32_e64 v78, v97, v78, s[14:15]
	v_cndmask_b32_e64 v78, v254, v78, s[12:13]
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v78, v1, v78, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v78, v0, v78, s[6:7]
	v_or_b32_e32 v72, v78, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v76, v73, s90
	v_perm_b32 v72, v72, v74, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v74, 7, v75
	v_lshlrev_b16_sdwa v76, v245, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[240:255], v[80:81], v[72:73], a[240:255]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v78, v244, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v245, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v84, v244, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v86, v75, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v88, v75, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[224:239], v[66:67], v[72:73], a[224:239]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[46:47], s99, v88
	v_cmp_ne_u16_e64 s[48:49], 0, v88
	v_cmp_ne_u16_e64 s[50:51], 1, v88
	v_cmp_ne_u16_e64 s[52:53], 2, v88
	v_cmp_ne_u16_e64 s[54:55], 3, v88
	v_cmp_ne_u16_e64 s[56:57], 4, v88
	v_cmp_ne_u16_e64 s[58:59], 5, v88
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[208:223], v[68:69], v[72:73], a[208:223]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[60:61], 6, v88
	v_cmp_ne_u16_e64 s[62:63], 7, v88
	v_cmp_ne_u16_e64 s[44:45], s99, v86
	v_cmp_ne_u16_e64 s[42:43], 0, v86
	v_cmp_ne_u16_e64 s[40:41], 1, v86
	v_cmp_ne_u16_e64 s[38:39], 2, v86
	v_cmp_ne_u16_e64 s[36:37], 3, v86
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[192:207], v[70:71], v[72:73], a[192:207]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v72, 8, v75
	v_lshlrev_b16_e32 v73, 8, v75
	v_and_b32_e32 v75, 0x7f, v75
	v_cmp_ne_u16_e64 s[68:69], s99, v75
	v_cmp_ne_u16_e64 s[70:71], 0, v75
	v_cmp_ne_u16_e64 s[72:73], 1, v75
	v_cndmask_b32_e64 v74, v243, v74, s[68:69]
	v_cndmask_b32_e64 v74, 0, v74, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v75
	v_cndmask_b32_e64 v74, v94, v74, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v75
	v_cndmask_b32_e64 v74, v96, v74, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v75
	v_cndmask_b32_e64 v74, v95, v74, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v75
	v_cndmask_b32_e64 v74, v97, v74, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v75
	v_cndmask_b32_e64 v74, v254, v74, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v75
	v_cndmask_b32_e64 v74, v1, v74, s[82:83]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v74, v0, v74, s[84:85]
	v_or_b32_e32 v74, v74, v73
	v_and_b32_e32 v73, 0x3f80, v78
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v243, v73, s[46:47]
	v_cndmask_b32_e64 v73, 0, v73, s[48:49]
	v_cndmask_b32_e64 v73, v94, v73, s[50:51]
	v_cndmask_b32_e64 v73, v96, v73, s[52:53]
	v_cndmask_b32_e64 v73, v95, v73, s[54:55]
	v_cndmask_b32_e64 v73, v97, v73, s[56:57]
	v_cndmask_b32_e64 v73, v254, v73, s[58:59]
	v_and_b32_e32 v75, 0x7f, v72
	v_cndmask_b32_e64 v73, v1, v73, s[60:61]
	v_cmp_ne_u16_e64 s[24:25], s99, v75
	v_cmp_ne_u16_e64 s[22:23], 0, v75
	v_cmp_ne_u16_e64 s[20:21], 1, v75
	v_cmp_ne_u16_e64 s[18:19], 2, v75
	v_cmp_ne_u16_e64 s[16:17], 3, v75
	v_cmp_ne_u16_e64 s[14:15], 4, v75
	v_cmp_ne_u16_e64 s[12:13], 5, v75
	v_cmp_ne_u16_e64 s[10:11], 6, v75
	v_cmp_ne_u16_e64 s[6:7], 7, v75
	v_and_b32_e32 v75, 0xffff8000, v76
	v_cndmask_b32_e64 v73, v0, v73, s[62:63]
	v_or_b32_e32 v73, v73, v75
	v_and_b32_e32 v75, 0x3f80, v84
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e64 v75, v243, v75, s[44:45]
	v_cndmask_b32_e64 v75, 0, v75, s[42:43]
	v_cndmask_b32_e64 v75, v94, v75, s[40:41]
	v_cndmask_b32_e64 v75, v96, v75, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v86
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v86
	v_cndmask_b32_e64 v75, v97, v75, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v86
	v_cndmask_b32_e64 v75, v254, v75, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v86
	v_cndmask_b32_e64 v75, v1, v75, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v82
	v_cndmask_b32_e64 v75, v0, v75, s[28:29]
	v_or_b32_e32 v75, v75, v76
	v_lshlrev_b16_e32 v76, 7, v72
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v72, v76, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v75, v73, s90
	v_perm_b32 v72, v72, v74, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v74, 7, v77
	v_lshlrev_b16_sdwa v75, v245, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[176:191], v[80:81], v[72:73], a[176:191]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v244, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v245, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v82, v244, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v84, v77, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v77, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[160:175], v[66:67], v[72:73], a[160:175]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[46:47], s99, v86
	v_cmp_ne_u16_e64 s[48:49], 0, v86
	v_cmp_ne_u16_e64 s[50:51], 1, v86
	v_cmp_ne_u16_e64 s[52:53], 2, v86
	v_cmp_ne_u16_e64 s[54:55], 3, v86
	v_cmp_ne_u16_e64 s[56:57], 4, v86
	v_cmp_ne_u16_e64 s[58:59], 5, v86
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[144:159], v[68:69], v[72:73], a[144:159]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[60:61], 6, v86
	v_cmp_ne_u16_e64 s[62:63], 7, v86
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cmp_ne_u16_e64 s[44:45], s99, v84
	v_cmp_ne_u16_e64 s[42:43], 0, v84
	v_cmp_ne_u16_e64 s[40:41], 1, v84
	v_cmp_ne_u16_e64 s[38:39], 2, v84
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[128:143], v[70:71], v[72:73], a[128:143]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v72, 8, v77
	v_lshlrev_b16_e32 v73, 8, v77
	v_and_b32_e32 v77, 0x7f, v77
	v_cmp_ne_u16_e64 s[68:69], s99, v77
	v_cmp_ne_u16_e64 s[70:71], 0, v77
	v_cmp_ne_u16_e64 s[72:73], 1, v77
	v_cndmask_b32_e64 v74, v243, v74, s[68:69]
	v_cndmask_b32_e64 v74, 0, v74, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v77
	v_cndmask_b32_e64 v74, v94, v74, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v77
	v_cndmask_b32_e64 v74, v96, v74, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v77
	v_cndmask_b32_e64 v74, v95, v74, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v77
	v_cndmask_b32_e64 v74, v97, v74, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v77
	v_cndmask_b32_e64 v74, v254, v74, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v77
	v_cndmask_b32_e64 v74, v1, v74, s[82:83]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v74, v0, v74, s[84:85]
	v_or_b32_e32 v74, v74, v73
	v_and_b32_e32 v73, 0x3f80, v76
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v243, v73, s[46:47]
	v_cndmask_b32_e64 v73, 0, v73, s[48:49]
	v_cndmask_b32_e64 v73, v94, v73, s[50:51]
	v_cndmask_b32_e64 v73, v96, v73, s[52:53]
	v_cndmask_b32_e64 v73, v95, v73, s[54:55]
	v_cndmask_b32_e64 v73, v97, v73, s[56:57]
	v_cndmask_b32_e64 v73, v254, v73, s[58:59]
	v_cndmask_b32_e64 v73, v1, v73, s[60:61]
	v_cndmask_b32_e64 v73, v0, v73, s[62:63]
	v_or_b32_e32 v73, v73, v75
	v_and_b32_e32 v75, 0x3f80, v82
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e64 v75, v243, v75, s[44:45]
	v_cndmask_b32_e64 v75, 0, v75, s[42:43]
	v_cndmask_b32_e64 v75, v94, v75, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v84
	v_cndmask_b32_e64 v75, v96, v75, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v84
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v84
	v_cndmask_b32_e64 v75, v97, v75, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v84
	v_cndmask_b32_e64 v75, v254, v75, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v84
	v_cndmask_b32_e64 v75, v1, v75, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v78
	v_cndmask_b32_e64 v75, v0, v75, s[28:29]
	v_or_b32_e32 v75, v75, v76
	v_lshlrev_b16_e32 v76, 7, v72
	v_and_b32_e32 v77, 0x7f, v72
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[24:25], s99, v77
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], 0, v77
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 1, v77
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 2, v77
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 3, v77
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 4, v77
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 5, v77
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 6, v77
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_cmp_ne_u16_e64 s[6:7], 7, v77
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v72, v76, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v75, v73, s90
	v_perm_b32 v72, v72, v74, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v74, 7, v79
	v_lshlrev_b16_sdwa v75, v245, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[68:69], v[72:73], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:240 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[112:127], v[80:81], v[72:73], a[112:127]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v244, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v77, v245, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v78, v244, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v82, v79, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v84, v79, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[16:31], v[66:67], v[72:73], a[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[46:47], s99, v84
	v_cmp_ne_u16_e64 s[48:49], 0, v84
	v_cmp_ne_u16_e64 s[50:51], 1, v84
	v_cmp_ne_u16_e64 s[52:53], 2, v84
	v_cmp_ne_u16_e64 s[54:55], 3, v84
	v_cmp_ne_u16_e64 s[56:57], 4, v84
	v_cmp_ne_u16_e64 s[58:59], 5, v84
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[96:111], v[70:71], v[72:73], a[96:111]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v72, 8, v79
	v_lshlrev_b16_e32 v73, 8, v79
	v_and_b32_e32 v79, 0x7f, v79
	v_cmp_ne_u16_e64 s[68:69], s99, v79
	v_cmp_ne_u16_e64 s[70:71], 0, v79
	v_cmp_ne_u16_e64 s[72:73], 1, v79
	v_cndmask_b32_e64 v74, v243, v74, s[68:69]
	v_cndmask_b32_e64 v74, 0, v74, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v79
	v_cndmask_b32_e64 v74, v94, v74, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v79
	v_cndmask_b32_e64 v74, v96, v74, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v79
	v_cndmask_b32_e64 v74, v95, v74, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v79
	v_cndmask_b32_e64 v74, v97, v74, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v79
	v_cndmask_b32_e64 v74, v254, v74, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v79
	v_cndmask_b32_e64 v74, v1, v74, s[82:83]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v74, v0, v74, s[84:85]
	v_or_b32_e32 v74, v74, v73
	v_and_b32_e32 v73, 0x3f80, v76
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v243, v73, s[46:47]
	v_cndmask_b32_e64 v73, 0, v73, s[48:49]
	v_cndmask_b32_e64 v73, v94, v73, s[50:51]
	v_cndmask_b32_e64 v73, v96, v73, s[52:53]
	v_cndmask_b32_e64 v73, v95, v73, s[54:55]
	v_cndmask_b32_e64 v73, v97, v73, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v84
	v_cndmask_b32_e64 v73, v254, v73, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v84
	v_cndmask_b32_e64 v73, v1, v73, s[60:61]
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v73, v0, v73, s[62:63]
	v_or_b32_e32 v73, v73, v75
	v_and_b32_e32 v75, 0x3f80, v78
	v_cmp_ne_u16_e64 s[44:45], s99, v82
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[42:43], 0, v82
	v_cndmask_b32_e64 v75, v243, v75, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v82
	v_cndmask_b32_e64 v75, 0, v75, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v82
	v_cndmask_b32_e64 v75, v94, v75, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v82
	v_cndmask_b32_e64 v75, v96, v75, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v82
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v82
	v_cndmask_b32_e64 v75, v97, v75, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v82
	v_cndmask_b32_e64 v75, v254, v75, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v82
	v_cndmask_b32_e64 v75, v1, v75, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v75, v0, v75, s[28:29]
	v_or_b32_e32 v75, v75, v76
	v_lshlrev_b16_e32 v76, 7, v72
	v_and_b32_e32 v79, 0x7f, v72
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[24:25], s99, v79
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], 0, v79
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 1, v79
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 2, v79
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 3, v79
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 4, v79
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 5, v79
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 6, v79
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_cmp_ne_u16_e64 s[6:7], 7, v79
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v72, v76, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v75, v73, s90
	v_perm_b32 v72, v72, v74, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v74, 7, v83
	v_lshlrev_b16_sdwa v75, v245, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[68:69], v[72:73], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[70:71], v[72:73], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:48 ; 16-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[48:63], v[80:81], v[72:73], a[48:63]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v244, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v77, v245, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v78, v244, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v79, v83, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v82, v83, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[80:95], v[66:67], v[72:73], a[80:95]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v72, 8, v83
	v_lshlrev_b16_e32 v73, 8, v83
	v_and_b32_e32 v83, 0x7f, v83
	v_cmp_ne_u16_e64 s[68:69], s99, v83
	v_cmp_ne_u16_e64 s[70:71], 0, v83
	v_cmp_ne_u16_e64 s[72:73], 1, v83
	v_cndmask_b32_e64 v74, v243, v74, s[68:69]
	v_cndmask_b32_e64 v74, 0, v74, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v83
	v_cndmask_b32_e64 v74, v94, v74, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v83
	v_cndmask_b32_e64 v74, v96, v74, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v83
	v_cndmask_b32_e64 v74, v95, v74, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v83
	v_cndmask_b32_e64 v74, v97, v74, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v83
	v_cndmask_b32_e64 v74, v254, v74, s[80:81]
	v_cmp_ne_u16_e64 s[84:85], 7, v83
	v_cndmask_b32_e64 v74, v1, v74, s[82:83]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_cndmask_b32_e64 v74, v0, v74, s[84:85]
	v_or_b32_e32 v74, v74, v73
	v_and_b32_e32 v73, 0x3f80, v76
	v_cmp_ne_u16_e64 s[46:47], s99, v82
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[48:49], 0, v82
	v_cndmask_b32_e64 v73, v243, v73, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 1, v82
	v_cndmask_b32_e64 v73, 0, v73, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 2, v82
	v_cndmask_b32_e64 v73, v94, v73, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 3, v82
	v_cndmask_b32_e64 v73, v96, v73, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 4, v82
	v_cndmask_b32_e64 v73, v95, v73, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 5, v82
	v_cndmask_b32_e64 v73, v97, v73, s[56:57]
	v_cmp_ne_u16_e64 s[60:61], 6, v82
	v_cndmask_b32_e64 v73, v254, v73, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v82
	v_cndmask_b32_e64 v73, v1, v73, s[60:61]
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v73, v0, v73, s[62:63]
	v_or_b32_e32 v73, v73, v75
	v_and_b32_e32 v75, 0x3f80, v78
	v_cmp_ne_u16_e64 s[44:45], s99, v79
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[42:43], 0, v79
	v_cndmask_b32_e64 v75, v243, v75, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v79
	v_cndmask_b32_e64 v75, 0, v75, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v79
	v_cndmask_b32_e64 v75, v94, v75, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v79
	v_cndmask_b32_e64 v75, v96, v75, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v79
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v79
	v_cndmask_b32_e64 v75, v97, v75, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v79
	v_cndmask_b32_e64 v75, v254, v75, s[30:31]
	v_cmp_ne_u16_e64 s[28:29], 7, v79
	v_cndmask_b32_e64 v75, v1, v75, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v75, v0, v75, s[28:29]
	v_or_b32_e32 v75, v75, v76
	v_lshlrev_b16_e32 v76, 7, v72
	v_and_b32_e32 v79, 0x7f, v72
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[24:25], s99, v79
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], 0, v79
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 1, v79
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 2, v79
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 3, v79
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 4, v79
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 5, v79
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 6, v79
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_cmp_ne_u16_e64 s[6:7], 7, v79
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v72, v76, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v75, v73, s90
	v_perm_b32 v72, v72, v74, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v74, 7, v85
	v_and_b32_e32 v83, 0x7f, v85
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[80:81], v[72:73], v[212:227]
	s_nop 10
	scratch_store_dwordx4 off, v[212:215], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[212:215], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[216:219], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[68:69], s99, v83
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[70:71], 0, v83
	v_cndmask_b32_e64 v74, v243, v74, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v83
	v_cndmask_b32_e64 v74, 0, v74, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v83
	v_cndmask_b32_e64 v74, v94, v74, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v83
	v_cndmask_b32_e64 v74, v96, v74, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v83
	v_cndmask_b32_e64 v74, v95, v74, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v83
	v_cndmask_b32_e64 v74, v97, v74, s[78:79]
	v_cmp_ne_u16_e64 s[82:83], 6, v83
	v_cndmask_b32_e64 v74, v254, v74, s[80:81]
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[212:227], v[66:67], v[72:73], v[212:227]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[84:85], 7, v83
	v_cndmask_b32_e64 v74, v1, v74, s[82:83]
	v_lshlrev_b16_sdwa v76, v244, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v74, v0, v74, s[84:85]
	v_and_b32_sdwa v82, v85, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v82
	v_cmp_ne_u16_e64 s[48:49], 0, v82
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[180:195], v[68:69], v[72:73], v[180:195]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[50:51], 1, v82
	v_cmp_ne_u16_e64 s[52:53], 2, v82
	v_cmp_ne_u16_e64 s[54:55], 3, v82
	v_cmp_ne_u16_e64 s[56:57], 4, v82
	v_cmp_ne_u16_e64 s[58:59], 5, v82
	v_cmp_ne_u16_e64 s[60:61], 6, v82
	v_lshlrev_b16_sdwa v75, v245, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[164:179], v[70:71], v[72:73], v[164:179]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v73, 8, v85
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v74, v74, v73
	v_and_b32_e32 v73, 0x3f80, v76
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v243, v73, s[46:47]
	v_cndmask_b32_e64 v73, 0, v73, s[48:49]
	v_cndmask_b32_e64 v73, v94, v73, s[50:51]
	v_cndmask_b32_e64 v73, v96, v73, s[52:53]
	v_cndmask_b32_e64 v73, v95, v73, s[54:55]
	v_cndmask_b32_e64 v73, v97, v73, s[56:57]
	v_cndmask_b32_e64 v73, v254, v73, s[58:59]
	v_cmp_ne_u16_e64 s[62:63], 7, v82
	v_cndmask_b32_e64 v73, v1, v73, s[60:61]
	v_lshlrev_b16_sdwa v78, v244, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v73, v0, v73, s[62:63]
	v_and_b32_sdwa v79, v85, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v73, v73, v75
	v_and_b32_e32 v75, 0x3f80, v78
	v_cmp_ne_u16_e64 s[44:45], s99, v79
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[42:43], 0, v79
	v_cndmask_b32_e64 v75, v243, v75, s[44:45]
	v_cmp_ne_u16_e64 s[40:41], 1, v79
	v_cndmask_b32_e64 v75, 0, v75, s[42:43]
	v_cmp_ne_u16_e64 s[38:39], 2, v79
	v_cndmask_b32_e64 v75, v94, v75, s[40:41]
	v_cmp_ne_u16_e64 s[36:37], 3, v79
	v_cndmask_b32_e64 v75, v96, v75, s[38:39]
	v_cmp_ne_u16_e64 s[34:35], 4, v79
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cmp_ne_u16_e64 s[30:31], 5, v79
	v_cndmask_b32_e64 v75, v97, v75, s[34:35]
	v_cmp_ne_u16_e64 s[26:27], 6, v79
	v_cndmask_b32_e64 v75, v254, v75, s[30:31]
	v_lshlrev_b16_sdwa v77, v245, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[28:29], 7, v79
	v_cndmask_b32_e64 v75, v1, v75, s[26:27]
	v_lshrrev_b32_e32 v72, 8, v85
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v75, v0, v75, s[28:29]
	v_or_b32_e32 v75, v75, v76
	v_lshlrev_b16_e32 v76, 7, v72
	v_and_b32_e32 v79, 0x7f, v72
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[24:25], s99, v79
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], 0, v79
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 1, v79
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 2, v79
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 3, v79
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 4, v79
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 5, v79
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 6, v79
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_cmp_ne_u16_e64 s[6:7], 7, v79
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v76, v1, v76, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v76, v0, v76, s[6:7]
	v_or_b32_e32 v72, v76, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v72, v72, v74, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v74, 7, v87
	v_and_b32_e32 v83, 0x7f, v87
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[68:69], s99, v83
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[70:71], 0, v83
	v_cndmask_b32_e64 v74, v243, v74, s[68:69]
	v_cmp_ne_u16_e64 s[72:73], 1, v83
	v_cndmask_b32_e64 v74, 0, v74, s[70:71]
	v_cmp_ne_u16_e64 s[74:75], 2, v83
	v_cndmask_b32_e64 v74, v94, v74, s[72:73]
	v_cmp_ne_u16_e64 s[76:77], 3, v83
	v_cndmask_b32_e64 v74, v96, v74, s[74:75]
	v_cmp_ne_u16_e64 s[78:79], 4, v83
	v_cndmask_b32_e64 v74, v95, v74, s[76:77]
	v_cmp_ne_u16_e64 s[80:81], 5, v83
	v_cndmask_b32_e64 v74, v97, v74, s[78:79]
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v75, v73, s90
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[82:83], 6, v83
	v_cndmask_b32_e64 v74, v254, v74, s[80:81]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[148:163], v[80:81], v[72:73], v[148:163]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[84:85], 7, v83
	v_cndmask_b32_e64 v74, v1, v74, s[82:83]
	v_lshlrev_b16_sdwa v76, v244, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v74, v0, v74, s[84:85]
	v_and_b32_sdwa v82, v87, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[46:47], s99, v82
	v_cmp_ne_u16_e64 s[48:49], 0, v82
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[132:147], v[66:67], v[72:73], v[132:147]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[50:51], 1, v82
	v_cmp_ne_u16_e64 s[52:53], 2, v82
	v_cmp_ne_u16_e64 s[54:55], 3, v82
	v_cmp_ne_u16_e64 s[56:57], 4, v82
	v_cmp_ne_u16_e64 s[58:59], 5, v82
	v_cmp_ne_u16_e64 s[60:61], 6, v82
	v_lshlrev_b16_sdwa v75, v245, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[116:131], v[68:69], v[72:73], v[116:131]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[62:63], 7, v82
	v_lshlrev_b16_sdwa v78, v244, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v75, 0xffff8000, v75
	v_and_b32_sdwa v79, v87, s99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[26:27], s99, v79
	v_cmp_ne_u16_e64 s[28:29], 0, v79
	v_cmp_ne_u16_e64 s[30:31], 1, v79
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[100:115], v[70:71], v[72:73], v[100:115]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v73, 8, v87
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v73, v74, v73
	v_and_b32_e32 v74, 0x3f80, v76
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v243, v74, s[46:47]
	v_cndmask_b32_e64 v74, 0, v74, s[48:49]
	v_cndmask_b32_e64 v74, v94, v74, s[50:51]
	v_cndmask_b32_e64 v74, v96, v74, s[52:53]
	v_cndmask_b32_e64 v74, v95, v74, s[54:55]
	v_cndmask_b32_e64 v74, v97, v74, s[56:57]
	v_cndmask_b32_e64 v74, v254, v74, s[58:59]
	v_cndmask_b32_e64 v74, v1, v74, s[60:61]
	v_cndmask_b32_e64 v74, v0, v74, s[62:63]
	v_or_b32_e32 v74, v74, v75
	v_and_b32_e32 v75, 0x3f80, v78
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e64 v75, v243, v75, s[26:27]
	v_cndmask_b32_e64 v75, 0, v75, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 2, v79
	v_cndmask_b32_e64 v75, v94, v75, s[30:31]
	v_cmp_ne_u16_e64 s[36:37], 3, v79
	v_cndmask_b32_e64 v75, v96, v75, s[34:35]
	v_cmp_ne_u16_e64 s[38:39], 4, v79
	v_cndmask_b32_e64 v75, v95, v75, s[36:37]
	v_cmp_ne_u16_e64 s[40:41], 5, v79
	v_cndmask_b32_e64 v75, v97, v75, s[38:39]
	v_cmp_ne_u16_e64 s[42:43], 6, v79
	v_cndmask_b32_e64 v75, v254, v75, s[40:41]
	v_lshlrev_b16_sdwa v77, v245, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[44:45], 7, v79
	v_cndmask_b32_e64 v75, v1, v75, s[42:43]
	v_lshrrev_b32_e32 v72, 8, v87
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v75, v0, v75, s[44:45]
	v_or_b32_e32 v75, v75, v76
	v_lshlrev_b16_e32 v76, 7, v72
	v_and_b32_e32 v79, 0x7f, v72
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[24:25], s99, v79
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], 0, v79
	v_cndmask_b32_e64 v76, v243, v76, s[24:25]
	v_cmp_ne_u16_e64 s[20:21], 1, v79
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[18:19], 2, v79
	v_cndmask_b32_e64 v76, v94, v76, s[20:21]
	v_cmp_ne_u16_e64 s[16:17], 3, v79
	v_cndmask_b32_e64 v76, v96, v76, s[18:19]
	v_cmp_ne_u16_e64 s[14:15], 4, v79
	v_cndmask_b32_e64 v76, v95, v76, s[16:17]
	v_cmp_ne_u16_e64 s[12:13], 5, v79
	v_cndmask_b32_e64 v76, v97, v76, s[14:15]
	v_cmp_ne_u16_e64 s[10:11], 6, v79
	v_cndmask_b32_e64 v76, v254, v76, s[12:13]
	v_cmp_ne_u16_e64 s[6:7], 7, v79
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v1, v1, v76, s[10:11]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v0, v0, v1, s[6:7]
	v_or_b32_e32 v0, v0, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v1, v75, v74, s90
	v_perm_b32 v0, v0, v73, s90
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[10:11], s[2:3], s[86:87]
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_mov_b32 s6, s94
	.loc	1 32 15 is_stmt 1               ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[50:65], v[80:81], v[0:1], v[50:65]
	.loc	1 31 13                         ; spill.py:31:13
	s_mov_b32 s7, s95
	.loc	1 31 34 is_stmt 0               ; spill.py:31:34
	s_and_b64 s[12:13], s[64:65], s[86:87]
	scratch_store_dwordx4 off, v[212:215], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[216:219], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[220:223], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:112 ; 16-byte Folded Spill
	.loc	1 32 15 is_stmt 1               ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[34:49], v[66:67], v[0:1], v[34:49]
	v_mfma_f32_32x32x8_f16 v[18:33], v[68:69], v[0:1], v[18:33]
	v_mfma_f32_32x32x8_f16 v[2:17], v[70:71], v[0:1], v[2:17]
	.loc	1 34 9                          ; spill.py:34:9
	scratch_load_dword v0, off, off offset:384 ; 4-byte Folded Reload
	.loc	1 29 5                          ; spill.py:29:5
	scratch_load_dword v1, off, off offset:320 ; 4-byte Folded Reload
	.loc	1 34 9                          ; spill.py:34:9
	s_waitcnt vmcnt(1)
	v_add_u32_e32 v0, s98, v0
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v0, v240, v0, s[10:11]
	.loc	1 29 5                          ; spill.py:29:5
	s_waitcnt vmcnt(0)
	v_add_u32_e32 v1, s98, v1
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v1, v240, v1, s[12:13]
	buffer_load_dwordx4 v[66:69], v0, s[4:7], 0 offen
	buffer_load_dwordx4 v[70:73], v1, s[4:7], 0 offen
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s98, s98, 16
	s_cmp_lg_u32 s97, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_barrier
	ds_write2_b32 v241, v228, v230 offset1:2
	ds_write2_b32 v235, v229, v231 offset1:2
	ds_write2_b32 v98, v246, v248 offset1:2
	ds_write2_b32 v238, v247, v249 offset1:2
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt vmcnt(1)
	ds_write2_b32 v99, v66, v68 offset1:2
	ds_write2_b32 v237, v67, v69 offset1:2
	s_waitcnt vmcnt(0)
	ds_write2_b32 v239, v70, v72 offset1:2
	ds_write2_b32 v236, v71, v73 offset1:2
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	scratch_store_dwordx4 off, a[160:163], off offset:1352 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[164:167], off offset:1368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[168:171], off offset:1384 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[172:175], off offset:1400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[144:147], off offset:1288 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[148:151], off offset:1304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[152:155], off offset:1320 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[156:159], off offset:1336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[128:131], off offset:1224 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[132:135], off offset:1240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[136:139], off offset:1256 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[140:143], off offset:1272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[112:115], off offset:1160 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[116:119], off offset:1176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[120:123], off offset:1192 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[124:127], off offset:1208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[16:19], off offset:1096 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:1112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:1128 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:1144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[80:83], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[84:87], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[88:91], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[92:95], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[96:99], off offset:1032 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[100:103], off offset:1048 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[104:107], off offset:1064 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[108:111], off offset:1080 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[48:51], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[52:55], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[56:59], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[60:63], off offset:624 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a127, v33
	v_accvgpr_write_b32 a126, v32
	v_accvgpr_write_b32 a125, v31
	v_accvgpr_write_b32 a124, v30
	v_accvgpr_write_b32 a123, v29
	v_accvgpr_write_b32 a122, v28
	v_accvgpr_write_b32 a121, v27
	v_accvgpr_write_b32 a120, v26
	v_accvgpr_write_b32 a119, v25
	v_accvgpr_write_b32 a118, v24
	v_accvgpr_write_b32 a117, v23
	v_accvgpr_write_b32 a116, v22
	v_accvgpr_write_b32 a115, v21
	v_accvgpr_write_b32 a114, v20
	v_accvgpr_write_b32 a113, v19
	v_accvgpr_write_b32 a112, v18
	v_accvgpr_write_b32 a143, v49
	v_accvgpr_write_b32 a142, v48
	v_accvgpr_write_b32 a141, v47
	v_accvgpr_write_b32 a140, v46
	v_accvgpr_write_b32 a139, v45
	v_accvgpr_write_b32 a138, v44
	v_accvgpr_write_b32 a137, v43
	v_accvgpr_write_b32 a136, v42
	v_accvgpr_write_b32 a135, v41
	v_accvgpr_write_b32 a134, v40
	v_accvgpr_write_b32 a133, v39
	v_accvgpr_write_b32 a132, v38
	v_accvgpr_write_b32 a131, v37
	v_accvgpr_write_b32 a130, v36
	v_accvgpr_write_b32 a129, v35
	v_accvgpr_write_b32 a128, v34
	scratch_load_dwordx4 a[48:51], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[60:63], off, off offset:112 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[34:37], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dword v18, off, off offset:644 ; 4-byte Folded Reload
	scratch_load_dword v0, off, off offset:1028 ; 4-byte Folded Reload
	v_readlane_b32 s41, v255, 0
	v_accvgpr_write_b32 a159, v65
	v_accvgpr_write_b32 a158, v64
	v_accvgpr_write_b32 a157, v63
	v_accvgpr_write_b32 a156, v62
	v_accvgpr_write_b32 a155, v61
	v_accvgpr_write_b32 a154, v60
	v_accvgpr_write_b32 a153, v59
	v_accvgpr_write_b32 a152, v58
	v_accvgpr_write_b32 a151, v57
	v_accvgpr_write_b32 a150, v56
	v_accvgpr_write_b32 a149, v55
	v_accvgpr_write_b32 a148, v54
	v_accvgpr_write_b32 a147, v53
	v_accvgpr_write_b32 a146, v52
	v_accvgpr_write_b32 a145, v51
	v_accvgpr_write_b32 a144, v50
	v_accvgpr_write_b32 a175, v115
	v_accvgpr_write_b32 a174, v114
	v_accvgpr_write_b32 a173, v113
	v_accvgpr_write_b32 a172, v112
	v_accvgpr_write_b32 a171, v111
	v_accvgpr_write_b32 a170, v110
	v_accvgpr_write_b32 a169, v109
	v_accvgpr_write_b32 a168, v108
	v_accvgpr_write_b32 a167, v107
	v_accvgpr_write_b32 a166, v106
	v_accvgpr_write_b32 a165, v105
	v_accvgpr_write_b32 a164, v104
	v_accvgpr_write_b32 a163, v103
	v_accvgpr_write_b32 a162, v102
	v_accvgpr_write_b32 a161, v101
	v_accvgpr_write_b32 a160, v100
	v_mov_b64_e32 v[50:51], v[116:117]
	v_mov_b64_e32 v[52:53], v[118:119]
	v_mov_b64_e32 v[54:55], v[120:121]
	v_mov_b64_e32 v[56:57], v[122:123]
	v_mov_b64_e32 v[58:59], v[124:125]
	v_mov_b64_e32 v[60:61], v[126:127]
	v_mov_b64_e32 v[62:63], v[128:129]
	v_mov_b64_e32 v[64:65], v[130:131]
	v_accvgpr_write_b32 a80, v132
	v_accvgpr_write_b32 a81, v133
	v_accvgpr_write_b32 a82, v134
	v_accvgpr_write_b32 a83, v135
	v_accvgpr_write_b32 a84, v136
	v_accvgpr_write_b32 a85, v137
	v_accvgpr_write_b32 a86, v138
	v_accvgpr_write_b32 a87, v139
	v_accvgpr_write_b32 a88, v140
	v_accvgpr_write_b32 a89, v141
	v_accvgpr_write_b32 a90, v142
	v_accvgpr_write_b32 a91, v143
	v_accvgpr_write_b32 a92, v144
	v_accvgpr_write_b32 a93, v145
	v_accvgpr_write_b32 a94, v146
	v_accvgpr_write_b32 a95, v147
	v_accvgpr_write_b32 a96, v148
	v_accvgpr_write_b32 a97, v149
	v_accvgpr_write_b32 a98, v150
	v_accvgpr_write_b32 a99, v151
	v_accvgpr_write_b32 a100, v152
	v_accvgpr_write_b32 a101, v153
	v_accvgpr_write_b32 a102, v154
	v_accvgpr_write_b32 a103, v155
	v_accvgpr_write_b32 a104, v156
	v_accvgpr_write_b32 a105, v157
	v_accvgpr_write_b32 a106, v158
	v_accvgpr_write_b32 a107, v159
	v_accvgpr_write_b32 a108, v160
	v_accvgpr_write_b32 a109, v161
	v_accvgpr_write_b32 a110, v162
	v_accvgpr_write_b32 a111, v163
	v_accvgpr_write_b32 a16, v164
	v_accvgpr_write_b32 a17, v165
	v_accvgpr_write_b32 a18, v166
	v_accvgpr_write_b32 a19, v167
	v_accvgpr_write_b32 a20, v168
	v_accvgpr_write_b32 a21, v169
	v_accvgpr_write_b32 a22, v170
	v_accvgpr_write_b32 a23, v171
	v_accvgpr_write_b32 a24, v172
	v_accvgpr_write_b32 a25, v173
	v_accvgpr_write_b32 a26, v174
	v_accvgpr_write_b32 a27, v175
	v_accvgpr_write_b32 a28, v176
	v_accvgpr_write_b32 a29, v177
	v_accvgpr_write_b32 a30, v178
	v_accvgpr_write_b32 a31, v179
	v_mov_b64_e32 v[70:71], v[180:181]
	v_mov_b64_e32 v[72:73], v[182:183]
	v_mov_b64_e32 v[74:75], v[184:185]
	v_mov_b64_e32 v[76:77], v[186:187]
	v_mov_b64_e32 v[78:79], v[188:189]
	v_mov_b64_e32 v[80:81], v[190:191]
	v_mov_b64_e32 v[82:83], v[192:193]
	v_mov_b64_e32 v[84:85], v[194:195]
	s_waitcnt vmcnt(0)
	v_lshlrev_b32_e32 v19, 4, v0
	v_mov_b64_e32 v[162:163], v[16:17]
	v_mov_b64_e32 v[160:161], v[14:15]
	v_mov_b64_e32 v[158:159], v[12:13]
	v_mov_b64_e32 v[156:157], v[10:11]
	v_mov_b64_e32 v[154:155], v[8:9]
	v_mov_b64_e32 v[152:153], v[6:7]
	v_mov_b64_e32 v[150:151], v[4:5]
	v_mov_b64_e32 v[148:149], v[2:3]
	s_branch .LBB0_5
.LBB0_4:
	v_mov_b32_e32 v163, 0
	v_mov_b32_e32 v15, v163
	v_mov_b32_e32 v14, v163
	v_mov_b32_e32 v13, v163
	v_mov_b32_e32 v12, v163
	v_mov_b32_e32 v11, v163
	v_mov_b32_e32 v10, v163
	v_mov_b32_e32 v9, v163
	v_mov_b32_e32 v8, v163
	v_mov_b32_e32 v7, v163
	v_mov_b32_e32 v6, v163
	v_mov_b32_e32 v5, v163
	v_mov_b32_e32 v4, v163
	v_mov_b32_e32 v3, v163
	v_mov_b32_e32 v2, v163
	v_mov_b32_e32 v1, v163
	v_mov_b32_e32 v0, v163
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
	scratch_store_dwordx4 off, v[0:3], off offset:1032 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1048 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1064 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1080 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1096 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1128 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1160 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1192 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1224 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1256 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1288 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1320 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:1352 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:1368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:1384 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:1400 ; 16-byte Folded Spill
	v_mov_b32_e32 v162, v163
	v_mov_b32_e32 v161, v163
	v_mov_b32_e32 v160, v163
	v_mov_b32_e32 v159, v163
	v_mov_b32_e32 v158, v163
	v_mov_b32_e32 v157, v163
	v_mov_b32_e32 v156, v163
	v_mov_b32_e32 v155, v163
	v_mov_b32_e32 v154, v163
	v_mov_b32_e32 v153, v163
	v_mov_b32_e32 v152, v163
	v_mov_b32_e32 v151, v163
	v_mov_b32_e32 v150, v163
	v_mov_b32_e32 v149, v163
	v_mov_b32_e32 v148, v163
	v_accvgpr_write_b32 a127, v163
	v_accvgpr_write_b32 a126, v163
	v_accvgpr_write_b32 a125, v163
	v_accvgpr_write_b32 a124, v163
	v_accvgpr_write_b32 a123, v163
	v_accvgpr_write_b32 a122, v163
	v_accvgpr_write_b32 a121, v163
	v_accvgpr_write_b32 a120, v163
	v_accvgpr_write_b32 a119, v163
	v_accvgpr_write_b32 a118, v163
	v_accvgpr_write_b32 a117, v163
	v_accvgpr_write_b32 a116, v163
	v_accvgpr_write_b32 a115, v163
	v_accvgpr_write_b32 a114, v163
	v_accvgpr_write_b32 a113, v163
	v_accvgpr_write_b32 a112, v163
	v_accvgpr_write_b32 a143, v163
	v_accvgpr_write_b32 a142, v163
	v_accvgpr_write_b32 a141, v163
	v_accvgpr_write_b32 a140, v163
	v_accvgpr_write_b32 a139, v163
	v_accvgpr_write_b32 a138, v163
	v_accvgpr_write_b32 a137, v163
	v_accvgpr_write_b32 a136, v163
	v_accvgpr_write_b32 a135, v163
	v_accvgpr_write_b32 a134, v163
	v_accvgpr_write_b32 a133, v163
	v_accvgpr_write_b32 a132, v163
	v_accvgpr_write_b32 a131, v163
	v_accvgpr_write_b32 a130, v163
	v_accvgpr_write_b32 a129, v163
	v_accvgpr_write_b32 a128, v163
	v_accvgpr_write_b32 a159, v163
	v_accvgpr_write_b32 a158, v163
	v_accvgpr_write_b32 a157, v163
	v_accvgpr_write_b32 a156, v163
	v_accvgpr_write_b32 a155, v163
	v_accvgpr_write_b32 a154, v163
	v_accvgpr_write_b32 a153, v163
	v_accvgpr_write_b32 a152, v163
	v_accvgpr_write_b32 a151, v163
	v_accvgpr_write_b32 a150, v163
	v_accvgpr_write_b32 a149, v163
	v_accvgpr_write_b32 a148, v163
	v_accvgpr_write_b32 a147, v163
	v_accvgpr_write_b32 a146, v163
	v_accvgpr_write_b32 a145, v163
	v_accvgpr_write_b32 a144, v163
	v_accvgpr_write_b32 a175, v163
	v_accvgpr_write_b32 a174, v163
	v_accvgpr_write_b32 a173, v163
	v_accvgpr_write_b32 a172, v163
	v_accvgpr_write_b32 a171, v163
	v_accvgpr_write_b32 a170, v163
	v_accvgpr_write_b32 a169, v163
	v_accvgpr_write_b32 a168, v163
	v_accvgpr_write_b32 a167, v163
	v_accvgpr_write_b32 a166, v163
	v_accvgpr_write_b32 a165, v163
	v_accvgpr_write_b32 a164, v163
	v_accvgpr_write_b32 a163, v163
	v_accvgpr_write_b32 a162, v163
	v_accvgpr_write_b32 a161, v163
	v_accvgpr_write_b32 a160, v163
	v_mov_b32_e32 v65, v163
	v_mov_b32_e32 v64, v163
	v_mov_b32_e32 v63, v163
	v_mov_b32_e32 v62, v163
	v_mov_b32_e32 v61, v163
	v_mov_b32_e32 v60, v163
	v_mov_b32_e32 v59, v163
	v_mov_b32_e32 v58, v163
	v_mov_b32_e32 v57, v163
	v_mov_b32_e32 v56, v163
	v_mov_b32_e32 v55, v163
	v_mov_b32_e32 v54, v163
	v_mov_b32_e32 v53, v163
	v_mov_b32_e32 v52, v163
	v_mov_b32_e32 v51, v163
	v_mov_b32_e32 v50, v163
	v_accvgpr_write_b32 a95, v163
	v_accvgpr_write_b32 a94, v163
	v_accvgpr_write_b32 a93, v163
	v_accvgpr_write_b32 a92, v163
	v_accvgpr_write_b32 a91, v163
	v_accvgpr_write_b32 a90, v163
	v_accvgpr_write_b32 a89, v163
	v_accvgpr_write_b32 a88, v163
	v_accvgpr_write_b32 a87, v163
	v_accvgpr_write_b32 a86, v163
	v_accvgpr_write_b32 a85, v163
	v_accvgpr_write_b32 a84, v163
	v_accvgpr_write_b32 a83, v163
	v_accvgpr_write_b32 a82, v163
	v_accvgpr_write_b32 a81, v163
	v_accvgpr_write_b32 a80, v163
	v_accvgpr_write_b32 a111, v163
	v_accvgpr_write_b32 a110, v163
	v_accvgpr_write_b32 a109, v163
	v_accvgpr_write_b32 a108, v163
	v_accvgpr_write_b32 a107, v163
	v_accvgpr_write_b32 a106, v163
	v_accvgpr_write_b32 a105, v163
	v_accvgpr_write_b32 a104, v163
	v_accvgpr_write_b32 a103, v163
	v_accvgpr_write_b32 a102, v163
	v_accvgpr_write_b32 a101, v163
	v_accvgpr_write_b32 a100, v163
	v_accvgpr_write_b32 a99, v163
	v_accvgpr_write_b32 a98, v163
	v_accvgpr_write_b32 a97, v163
	v_accvgpr_write_b32 a96, v163
	v_accvgpr_write_b32 a31, v163
	v_accvgpr_write_b32 a30, v163
	v_accvgpr_write_b32 a29, v163
	v_accvgpr_write_b32 a28, v163
	v_accvgpr_write_b32 a27, v163
	v_accvgpr_write_b32 a26, v163
	v_accvgpr_write_b32 a25, v163
	v_accvgpr_write_b32 a24, v163
	v_accvgpr_write_b32 a23, v163
	v_accvgpr_write_b32 a22, v163
	v_accvgpr_write_b32 a21, v163
	v_accvgpr_write_b32 a20, v163
	v_accvgpr_write_b32 a19, v163
	v_accvgpr_write_b32 a18, v163
	v_accvgpr_write_b32 a17, v163
	v_accvgpr_write_b32 a16, v163
	v_mov_b32_e32 v85, v163
	v_mov_b32_e32 v84, v163
	v_mov_b32_e32 v83, v163
	v_mov_b32_e32 v82, v163
	v_mov_b32_e32 v81, v163
	v_mov_b32_e32 v80, v163
	v_mov_b32_e32 v79, v163
	v_mov_b32_e32 v78, v163
	v_mov_b32_e32 v77, v163
	v_mov_b32_e32 v76, v163
	v_mov_b32_e32 v75, v163
	v_mov_b32_e32 v74, v163
	v_mov_b32_e32 v73, v163
	v_mov_b32_e32 v72, v163
	v_mov_b32_e32 v71, v163
	v_mov_b32_e32 v70, v163
	v_accvgpr_write_b32 a63, v163
	v_accvgpr_write_b32 a62, v163
	v_accvgpr_write_b32 a61, v163
	v_accvgpr_write_b32 a60, v163
	v_accvgpr_write_b32 a59, v163
	v_accvgpr_write_b32 a58, v163
	v_accvgpr_write_b32 a57, v163
	v_accvgpr_write_b32 a56, v163
	v_accvgpr_write_b32 a55, v163
	v_accvgpr_write_b32 a54, v163
	v_accvgpr_write_b32 a53, v163
	v_accvgpr_write_b32 a52, v163
	v_accvgpr_write_b32 a51, v163
	v_accvgpr_write_b32 a50, v163
	v_accvgpr_write_b32 a49, v163
	v_accvgpr_write_b32 a48, v163
	v_mov_b32_e32 v49, v163
	v_mov_b32_e32 v48, v163
	v_mov_b32_e32 v47, v163
	v_mov_b32_e32 v46, v163
	v_mov_b32_e32 v45, v163
	v_mov_b32_e32 v44, v163
	v_mov_b32_e32 v43, v163
	v_mov_b32_e32 v42, v163
	v_mov_b32_e32 v41, v163
	v_mov_b32_e32 v40, v163
	v_mov_b32_e32 v39, v163
	v_mov_b32_e32 v38, v163
	v_mov_b32_e32 v37, v163
	v_mov_b32_e32 v36, v163
	v_mov_b32_e32 v35, v163
	v_mov_b32_e32 v34, v163
	v_accvgpr_write_b32 a191, v15
	v_accvgpr_write_b32 a190, v14
	v_accvgpr_write_b32 a189, v13
	v_accvgpr_write_b32 a188, v12
	v_accvgpr_write_b32 a187, v11
	v_accvgpr_write_b32 a186, v10
	v_accvgpr_write_b32 a185, v9
	v_accvgpr_write_b32 a184, v8
	v_accvgpr_write_b32 a183, v7
	v_accvgpr_write_b32 a182, v6
	v_accvgpr_write_b32 a181, v5
	v_accvgpr_write_b32 a180, v4
	v_accvgpr_write_b32 a179, v3
	v_accvgpr_write_b32 a178, v2
	v_accvgpr_write_b32 a177, v1
	v_accvgpr_write_b32 a176, v0
	v_accvgpr_write_b32 a207, v15
	v_accvgpr_write_b32 a206, v14
	v_accvgpr_write_b32 a205, v13
	v_accvgpr_write_b32 a204, v12
	v_accvgpr_write_b32 a203, v11
	v_accvgpr_write_b32 a202, v10
	v_accvgpr_write_b32 a201, v9
	v_accvgpr_write_b32 a200, v8
	v_accvgpr_write_b32 a199, v7
	v_accvgpr_write_b32 a198, v6
	v_accvgpr_write_b32 a197, v5
	v_accvgpr_write_b32 a196, v4
	v_accvgpr_write_b32 a195, v3
	v_accvgpr_write_b32 a194, v2
	v_accvgpr_write_b32 a193, v1
	v_accvgpr_write_b32 a192, v0
	v_accvgpr_write_b32 a223, v15
	v_accvgpr_write_b32 a222, v14
	v_accvgpr_write_b32 a221, v13
	v_accvgpr_write_b32 a220, v12
	v_accvgpr_write_b32 a219, v11
	v_accvgpr_write_b32 a218, v10
	v_accvgpr_write_b32 a217, v9
	v_accvgpr_write_b32 a216, v8
	v_accvgpr_write_b32 a215, v7
	v_accvgpr_write_b32 a214, v6
	v_accvgpr_write_b32 a213, v5
	v_accvgpr_write_b32 a212, v4
	v_accvgpr_write_b32 a211, v3
	v_accvgpr_write_b32 a210, v2
	v_accvgpr_write_b32 a209, v1
	v_accvgpr_write_b32 a208, v0
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
	v_accvgpr_write_b32 a15, v163
	v_accvgpr_write_b32 a14, v163
	v_accvgpr_write_b32 a13, v163
	v_accvgpr_write_b32 a12, v163
	v_accvgpr_write_b32 a11, v163
	v_accvgpr_write_b32 a10, v163
	v_accvgpr_write_b32 a9, v163
	v_accvgpr_write_b32 a8, v163
	v_accvgpr_write_b32 a7, v163
	v_accvgpr_write_b32 a6, v163
	v_accvgpr_write_b32 a5, v163
	v_accvgpr_write_b32 a4, v163
	v_accvgpr_write_b32 a3, v163
	v_accvgpr_write_b32 a2, v163
	v_accvgpr_write_b32 a1, v163
	v_accvgpr_write_b32 a0, v163
	v_accvgpr_write_b32 a47, v163
	v_accvgpr_write_b32 a46, v163
	v_accvgpr_write_b32 a45, v163
	v_accvgpr_write_b32 a44, v163
	v_accvgpr_write_b32 a43, v163
	v_accvgpr_write_b32 a42, v163
	v_accvgpr_write_b32 a41, v163
	v_accvgpr_write_b32 a40, v163
	v_accvgpr_write_b32 a39, v163
	v_accvgpr_write_b32 a38, v163
	v_accvgpr_write_b32 a37, v163
	v_accvgpr_write_b32 a36, v163
	v_accvgpr_write_b32 a35, v163
	v_accvgpr_write_b32 a34, v163
	v_accvgpr_write_b32 a33, v163
	v_accvgpr_write_b32 a32, v163
	v_accvgpr_write_b32 a79, v163
	v_accvgpr_write_b32 a78, v163
	v_accvgpr_write_b32 a77, v163
	v_accvgpr_write_b32 a76, v163
	v_accvgpr_write_b32 a75, v163
	v_accvgpr_write_b32 a74, v163
	v_accvgpr_write_b32 a73, v163
	v_accvgpr_write_b32 a72, v163
	v_accvgpr_write_b32 a71, v163
	v_accvgpr_write_b32 a70, v163
	v_accvgpr_write_b32 a69, v163
	v_accvgpr_write_b32 a68, v163
	v_accvgpr_write_b32 a67, v163
	v_accvgpr_write_b32 a66, v163
	v_accvgpr_write_b32 a65, v163
	v_accvgpr_write_b32 a64, v163
	v_mov_b32_e32 v211, v163
	v_mov_b32_e32 v210, v163
	v_mov_b32_e32 v209, v163
	v_mov_b32_e32 v208, v163
	v_mov_b32_e32 v207, v163
	v_mov_b32_e32 v206, v163
	v_mov_b32_e32 v205, v163
	v_mov_b32_e32 v204, v163
	v_mov_b32_e32 v203, v163
	v_mov_b32_e32 v202, v163
	v_mov_b32_e32 v201, v163
	v_mov_b32_e32 v200, v163
	v_mov_b32_e32 v199, v163
	v_mov_b32_e32 v198, v163
	v_mov_b32_e32 v197, v163
	v_mov_b32_e32 v196, v163
.LBB0_5:                                ; %._crit_edge
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_cmp_lt_i32 s91, 16
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 15                         ; spill.py:32:15
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 0 15 is_stmt 0                ; spill.py:0:15
	scratch_load_dword v1, off, off offset:640 ; 4-byte Folded Reload
	.loc	1 30 13 is_stmt 1               ; spill.py:30:13
	s_movk_i32 s0, 0x170
	v_and_or_b32 v0, v19, s0, v18
	.loc	1 31 13                         ; spill.py:31:13
	s_movk_i32 s39, 0x7f
	v_mov_b32_e32 v247, 0x7e00
	v_mov_b32_e32 v246, 0x1800
	v_mov_b32_e32 v245, 0x1c00
	v_mov_b32_e32 v244, 0x1e00
	v_mov_b32_e32 v243, 0x2000
	v_mov_b32_e32 v242, 0x2100
	scratch_store_dwordx4 off, a[112:115], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[116:119], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[120:123], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[124:127], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[128:131], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[132:135], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[136:139], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[140:143], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[144:147], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[148:151], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[152:155], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[156:159], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[160:163], off offset:644 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[164:167], off offset:660 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[168:171], off offset:676 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[172:175], off offset:692 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[50:53], off offset:708 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:724 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:740 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:756 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[80:83], off offset:772 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[84:87], off offset:788 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[88:91], off offset:804 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[92:95], off offset:820 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[96:99], off offset:836 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[100:103], off offset:852 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[104:107], off offset:868 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[108:111], off offset:884 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[16:19], off offset:900 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[20:23], off offset:916 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[24:27], off offset:932 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[28:31], off offset:948 ; 16-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	scratch_store_dwordx4 off, v[70:73], off offset:964 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[74:77], off offset:980 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[78:81], off offset:996 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[82:85], off offset:1012 ; 16-byte Folded Spill
	.loc	1 31 13                         ; spill.py:31:13
	v_mov_b32_e32 v248, 7
	v_mov_b32_e32 v249, 8
	s_lshl3_add_u32 s40, s41, 0
	.loc	1 32 15                         ; spill.py:32:15
	s_mov_b32 s38, 0x5040100
	v_accvgpr_mov_b32 a16, a32
	v_accvgpr_mov_b32 a17, a33
	v_accvgpr_mov_b32 a18, a34
	v_accvgpr_mov_b32 a19, a35
	v_accvgpr_mov_b32 a20, a36
	v_accvgpr_mov_b32 a21, a37
	v_accvgpr_mov_b32 a22, a38
	v_accvgpr_mov_b32 a23, a39
	v_accvgpr_mov_b32 a24, a40
	v_accvgpr_mov_b32 a25, a41
	v_accvgpr_mov_b32 a26, a42
	v_accvgpr_mov_b32 a27, a43
	v_accvgpr_mov_b32 a28, a44
	v_accvgpr_mov_b32 a29, a45
	v_accvgpr_mov_b32 a30, a46
	v_accvgpr_mov_b32 a31, a47
	scratch_load_dwordx4 a[112:115], off, off offset:1352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[116:119], off, off offset:1368 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[120:123], off, off offset:1384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[124:127], off, off offset:1400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[128:131], off, off offset:1288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:1304 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:1320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:1336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[144:147], off, off offset:1224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:1240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:1256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:1272 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, a[48:51], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[52:55], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[56:59], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[60:63], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[34:37], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[148:151], off offset:1416 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[152:155], off offset:1432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[156:159], off offset:1448 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[160:163], off offset:1464 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a32, a240
	v_accvgpr_mov_b32 a33, a241
	v_accvgpr_mov_b32 a34, a242
	v_accvgpr_mov_b32 a35, a243
	v_accvgpr_mov_b32 a36, a244
	v_accvgpr_mov_b32 a37, a245
	v_accvgpr_mov_b32 a38, a246
	v_accvgpr_mov_b32 a39, a247
	v_accvgpr_mov_b32 a40, a248
	v_accvgpr_mov_b32 a41, a249
	v_accvgpr_mov_b32 a42, a250
	v_accvgpr_mov_b32 a43, a251
	v_accvgpr_mov_b32 a44, a252
	v_accvgpr_mov_b32 a45, a253
	v_accvgpr_mov_b32 a46, a254
	v_accvgpr_mov_b32 a47, a255
	v_accvgpr_mov_b32 a48, a224
	v_accvgpr_mov_b32 a49, a225
	v_accvgpr_mov_b32 a50, a226
	v_accvgpr_mov_b32 a51, a227
	v_accvgpr_mov_b32 a52, a228
	v_accvgpr_mov_b32 a53, a229
	v_accvgpr_mov_b32 a54, a230
	v_accvgpr_mov_b32 a55, a231
	v_accvgpr_mov_b32 a56, a232
	v_accvgpr_mov_b32 a57, a233
	v_accvgpr_mov_b32 a58, a234
	v_accvgpr_mov_b32 a59, a235
	v_accvgpr_mov_b32 a60, a236
	v_accvgpr_mov_b32 a61, a237
	v_accvgpr_mov_b32 a62, a238
	v_accvgpr_mov_b32 a63, a239
	scratch_load_dwordx4 v[164:167], off, off offset:1160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[168:171], off, off offset:1176 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[172:175], off, off offset:1192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[176:179], off, off offset:1208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[212:215], off, off offset:1096 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[216:219], off, off offset:1112 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:1128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:1144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[180:183], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[184:187], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[188:191], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[192:195], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[148:151], off, off offset:1032 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[152:155], off, off offset:1048 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[156:159], off, off offset:1064 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[160:163], off, off offset:1080 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[132:135], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[136:139], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[140:143], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[144:147], off, off offset:624 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[116:119], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[120:123], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[124:127], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[128:131], off, off offset:496 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[34:37], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[100:103], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[104:107], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[108:111], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[112:115], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt vmcnt(62)
	v_xor_b32_e32 v68, v0, v1
	v_add_u32_e32 v90, 0, v68
	ds_read2_b32 v[66:67], v90 offset1:2
	.loc	1 31 13                         ; spill.py:31:13
	v_mov_b32_e32 v1, 0x2200
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v69, 8, v66
	v_and_b32_e32 v0, 0x7f, v69
	v_cmp_ne_u16_e64 s[14:15], s39, v0
	v_cmp_ne_u16_e64 s[12:13], 0, v0
	v_cmp_ne_u16_e64 s[10:11], 1, v0
	v_cmp_ne_u16_e64 s[16:17], 2, v0
	v_cmp_ne_u16_e64 s[6:7], 3, v0
	v_cmp_ne_u16_e64 s[4:5], 4, v0
	v_cmp_ne_u16_e64 s[2:3], 5, v0
	v_cmp_ne_u16_e64 s[0:1], 6, v0
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v0, 0x7f, v66
	v_cmp_ne_u16_e64 s[18:19], s39, v0
	v_cmp_ne_u16_e64 s[20:21], 0, v0
	v_cmp_ne_u16_e64 s[22:23], 1, v0
	v_cmp_ne_u16_e64 s[24:25], 2, v0
	v_cmp_ne_u16_e64 s[26:27], 3, v0
	v_cmp_ne_u16_e64 s[28:29], 4, v0
	v_cmp_ne_u16_e64 s[30:31], 5, v0
	v_cmp_ne_u16_e64 s[34:35], 6, v0
	v_cmp_ne_u16_e64 s[36:37], 7, v0
	v_lshlrev_b16_e32 v0, 7, v66
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cndmask_b32_e64 v0, v247, v0, s[18:19]
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cndmask_b32_e64 v0, v246, v0, s[22:23]
	v_cndmask_b32_e64 v0, v245, v0, s[24:25]
	v_cndmask_b32_e64 v0, v244, v0, s[26:27]
	v_cndmask_b32_e64 v0, v243, v0, s[28:29]
	v_cndmask_b32_e64 v0, v242, v0, s[30:31]
	v_cndmask_b32_e64 v70, v1, v0, s[34:35]
	.loc	1 31 13                         ; spill.py:31:13
	v_mov_b32_e32 v0, 0x2300
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v71, 8, v66
	v_cndmask_b32_e64 v70, v0, v70, s[36:37]
	v_and_b32_e32 v71, 0xffff8000, v71
	v_or_b32_e32 v70, v70, v71
	v_lshlrev_b16_e32 v71, 7, v69
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v247, v71, s[14:15]
	v_cndmask_b32_e64 v71, 0, v71, s[12:13]
	v_cndmask_b32_e64 v71, v246, v71, s[10:11]
	v_cndmask_b32_e64 v71, v245, v71, s[16:17]
	v_cndmask_b32_e64 v71, v244, v71, s[6:7]
	v_cndmask_b32_e64 v71, v243, v71, s[4:5]
	v_cndmask_b32_e64 v71, v242, v71, s[2:3]
	v_cndmask_b32_e64 v71, v1, v71, s[0:1]
	v_lshlrev_b16_e32 v69, 8, v69
	v_cndmask_b32_e32 v71, v0, v71, vcc
	v_and_b32_e32 v69, 0xffff8000, v69
	v_or_b32_e32 v69, v71, v69
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
	v_lshlrev_b16_sdwa v71, v248, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e32 v71, v247, v71, vcc
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	v_cndmask_b32_e64 v71, v246, v71, s[2:3]
	v_cndmask_b32_e64 v71, v245, v71, s[4:5]
	v_cndmask_b32_e64 v71, v244, v71, s[6:7]
	v_cndmask_b32_e64 v71, v243, v71, s[10:11]
	v_cndmask_b32_e64 v71, v242, v71, s[12:13]
	v_cndmask_b32_e64 v71, v1, v71, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v71, v0, v71, s[16:17]
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
	v_lshlrev_b16_sdwa v72, v248, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v66, v249, v66 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v72, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v77, v66, v71, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v66, s40, v68
	v_add_u32_e32 v68, 0x1000, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v76, v69, v70, s38
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[68:69], v68 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v70, 8, v68
	v_and_b32_e32 v71, 0x7f, v70
	v_cmp_ne_u16_e64 s[6:7], s39, v71
	v_cmp_ne_u16_e64 s[10:11], 0, v71
	v_cmp_ne_u16_e64 s[12:13], 1, v71
	v_cmp_ne_u16_e64 s[14:15], 2, v71
	v_cmp_ne_u16_e64 s[16:17], 3, v71
	v_cmp_ne_u16_e64 s[4:5], 4, v71
	v_cmp_ne_u16_e64 s[2:3], 5, v71
	v_cmp_ne_u16_e64 s[0:1], 6, v71
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v68
	v_cmp_ne_u16_e64 s[18:19], s39, v71
	v_cmp_ne_u16_e64 s[20:21], 0, v71
	v_cmp_ne_u16_e64 s[22:23], 1, v71
	v_cmp_ne_u16_e64 s[24:25], 2, v71
	v_cmp_ne_u16_e64 s[26:27], 3, v71
	v_cmp_ne_u16_e64 s[28:29], 4, v71
	v_cmp_ne_u16_e64 s[30:31], 5, v71
	v_cmp_ne_u16_e64 s[34:35], 6, v71
	v_cmp_ne_u16_e64 s[36:37], 7, v71
	v_lshlrev_b16_e32 v71, 7, v68
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v247, v71, s[18:19]
	v_cndmask_b32_e64 v71, 0, v71, s[20:21]
	v_cndmask_b32_e64 v71, v246, v71, s[22:23]
	v_cndmask_b32_e64 v71, v245, v71, s[24:25]
	v_cndmask_b32_e64 v71, v244, v71, s[26:27]
	v_cndmask_b32_e64 v71, v243, v71, s[28:29]
	v_cndmask_b32_e64 v71, v242, v71, s[30:31]
	v_cndmask_b32_e64 v71, v1, v71, s[34:35]
	v_lshlrev_b16_e32 v72, 8, v68
	v_cndmask_b32_e64 v71, v0, v71, s[36:37]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v71, v71, v72
	v_lshlrev_b16_e32 v72, 7, v70
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v247, v72, s[6:7]
	v_cndmask_b32_e64 v72, 0, v72, s[10:11]
	v_cndmask_b32_e64 v72, v246, v72, s[12:13]
	v_cndmask_b32_e64 v72, v245, v72, s[14:15]
	v_cndmask_b32_e64 v72, v244, v72, s[16:17]
	v_cndmask_b32_e64 v72, v243, v72, s[4:5]
	v_cndmask_b32_e64 v72, v242, v72, s[2:3]
	v_cndmask_b32_e64 v72, v1, v72, s[0:1]
	v_lshlrev_b16_e32 v70, 8, v70
	v_cndmask_b32_e32 v72, v0, v72, vcc
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v70, v72, v70
	v_and_b32_sdwa v72, v68, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v73, v249, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v72, v72, v73
	v_and_b32_sdwa v73, v68, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v73
	v_cmp_ne_u16_e64 s[0:1], 0, v73
	v_cmp_ne_u16_e64 s[2:3], 1, v73
	v_cmp_ne_u16_e64 s[4:5], 2, v73
	v_cmp_ne_u16_e64 s[6:7], 3, v73
	v_cmp_ne_u16_e64 s[10:11], 4, v73
	v_cmp_ne_u16_e64 s[12:13], 5, v73
	v_cmp_ne_u16_e64 s[14:15], 6, v73
	v_cmp_ne_u16_e64 s[16:17], 7, v73
	v_lshlrev_b16_sdwa v73, v248, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e32 v73, v247, v73, vcc
	v_cndmask_b32_e64 v73, 0, v73, s[0:1]
	v_cndmask_b32_e64 v73, v246, v73, s[2:3]
	v_cndmask_b32_e64 v73, v245, v73, s[4:5]
	v_cndmask_b32_e64 v73, v244, v73, s[6:7]
	v_cndmask_b32_e64 v73, v243, v73, s[10:11]
	v_cndmask_b32_e64 v73, v242, v73, s[12:13]
	v_cndmask_b32_e64 v73, v1, v73, s[14:15]
	v_lshlrev_b16_sdwa v68, v249, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v73, v0, v73, s[16:17]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v73, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v83, v68, v72, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v68, 0x1400, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v82, v70, v71, s38
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[70:71], v68 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v68, 8, v70
	v_and_b32_e32 v72, 0x7f, v68
	v_cmp_ne_u16_e64 s[6:7], s39, v72
	v_cmp_ne_u16_e64 s[10:11], 0, v72
	v_cmp_ne_u16_e64 s[12:13], 1, v72
	v_cmp_ne_u16_e64 s[14:15], 2, v72
	v_cmp_ne_u16_e64 s[16:17], 3, v72
	v_cmp_ne_u16_e64 s[4:5], 4, v72
	v_cmp_ne_u16_e64 s[2:3], 5, v72
	v_cmp_ne_u16_e64 s[0:1], 6, v72
	v_cmp_ne_u16_e32 vcc, 7, v72
	v_and_b32_e32 v72, 0x7f, v70
	v_cmp_ne_u16_e64 s[18:19], s39, v72
	v_cmp_ne_u16_e64 s[20:21], 0, v72
	v_cmp_ne_u16_e64 s[22:23], 1, v72
	v_cmp_ne_u16_e64 s[24:25], 2, v72
	v_cmp_ne_u16_e64 s[26:27], 3, v72
	v_cmp_ne_u16_e64 s[28:29], 4, v72
	v_cmp_ne_u16_e64 s[30:31], 5, v72
	v_cmp_ne_u16_e64 s[34:35], 6, v72
	v_cmp_ne_u16_e64 s[36:37], 7, v72
	v_lshlrev_b16_e32 v72, 7, v70
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v247, v72, s[18:19]
	v_cndmask_b32_e64 v72, 0, v72, s[20:21]
	v_cndmask_b32_e64 v72, v246, v72, s[22:23]
	v_cndmask_b32_e64 v72, v245, v72, s[24:25]
	v_cndmask_b32_e64 v72, v244, v72, s[26:27]
	v_cndmask_b32_e64 v72, v243, v72, s[28:29]
	v_cndmask_b32_e64 v72, v242, v72, s[30:31]
	v_cndmask_b32_e64 v72, v1, v72, s[34:35]
	v_lshlrev_b16_e32 v73, 8, v70
	v_cndmask_b32_e64 v72, v0, v72, s[36:37]
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v72, v72, v73
	v_lshlrev_b16_e32 v73, 7, v68
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v247, v73, s[6:7]
	v_cndmask_b32_e64 v73, 0, v73, s[10:11]
	v_cndmask_b32_e64 v73, v246, v73, s[12:13]
	v_cndmask_b32_e64 v73, v245, v73, s[14:15]
	v_cndmask_b32_e64 v73, v244, v73, s[16:17]
	v_cndmask_b32_e64 v73, v243, v73, s[4:5]
	v_cndmask_b32_e64 v73, v242, v73, s[2:3]
	v_cndmask_b32_e64 v73, v1, v73, s[0:1]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e32 v73, v0, v73, vcc
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v73, v68
	v_and_b32_sdwa v73, v70, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v73
	v_cmp_ne_u16_e64 s[0:1], 0, v73
	v_cmp_ne_u16_e64 s[2:3], 1, v73
	v_cmp_ne_u16_e64 s[4:5], 2, v73
	v_cmp_ne_u16_e64 s[6:7], 3, v73
	v_cmp_ne_u16_e64 s[10:11], 4, v73
	v_cmp_ne_u16_e64 s[12:13], 5, v73
	v_cmp_ne_u16_e64 s[14:15], 6, v73
	v_cmp_ne_u16_e64 s[16:17], 7, v73
	v_lshlrev_b16_sdwa v73, v248, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e32 v73, v247, v73, vcc
	v_cndmask_b32_e64 v73, 0, v73, s[0:1]
	v_cndmask_b32_e64 v73, v246, v73, s[2:3]
	v_cndmask_b32_e64 v73, v245, v73, s[4:5]
	v_cndmask_b32_e64 v73, v244, v73, s[6:7]
	v_cndmask_b32_e64 v73, v243, v73, s[10:11]
	v_cndmask_b32_e64 v73, v242, v73, s[12:13]
	v_cndmask_b32_e64 v73, v1, v73, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v73, v0, v73, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v73, v73, v74
	v_and_b32_sdwa v74, v70, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v74
	v_cmp_ne_u16_e64 s[0:1], 0, v74
	v_cmp_ne_u16_e64 s[2:3], 1, v74
	v_cmp_ne_u16_e64 s[4:5], 2, v74
	v_cmp_ne_u16_e64 s[6:7], 3, v74
	v_cmp_ne_u16_e64 s[10:11], 4, v74
	v_cmp_ne_u16_e64 s[12:13], 5, v74
	v_cmp_ne_u16_e64 s[14:15], 6, v74
	v_cmp_ne_u16_e64 s[16:17], 7, v74
	v_lshlrev_b16_sdwa v74, v248, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e32 v74, v247, v74, vcc
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cndmask_b32_e64 v74, v246, v74, s[2:3]
	v_cndmask_b32_e64 v74, v245, v74, s[4:5]
	v_cndmask_b32_e64 v74, v244, v74, s[6:7]
	v_cndmask_b32_e64 v74, v243, v74, s[10:11]
	v_cndmask_b32_e64 v74, v242, v74, s[12:13]
	v_cndmask_b32_e64 v74, v1, v74, s[14:15]
	v_lshlrev_b16_sdwa v70, v249, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v0, v74, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v70, v74, v70
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v88, v68, v72, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_add_u32_e32 v68, 0x1800, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v89, v70, v73, s38
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[72:73], v68 offset1:2
	v_add_u32_e32 v66, 0x1c00, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[196:211], v[82:83], v[76:77], v[196:211]
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v68, 8, v72
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[6:7], s39, v70
	v_cmp_ne_u16_e64 s[10:11], 0, v70
	v_cmp_ne_u16_e64 s[12:13], 1, v70
	v_cmp_ne_u16_e64 s[14:15], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[4:5], 4, v70
	v_cmp_ne_u16_e64 s[2:3], 5, v70
	v_cmp_ne_u16_e64 s[0:1], 6, v70
	v_cmp_ne_u16_e32 vcc, 7, v70
	v_and_b32_e32 v70, 0x7f, v72
	v_cmp_ne_u16_e64 s[18:19], s39, v70
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[24:25], 2, v70
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_cmp_ne_u16_e64 s[28:29], 4, v70
	v_cmp_ne_u16_e64 s[30:31], 5, v70
	v_cmp_ne_u16_e64 s[34:35], 6, v70
	v_cmp_ne_u16_e64 s[36:37], 7, v70
	v_lshlrev_b16_e32 v70, 7, v72
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[18:19]
	v_cndmask_b32_e64 v70, 0, v70, s[20:21]
	v_cndmask_b32_e64 v70, v246, v70, s[22:23]
	v_cndmask_b32_e64 v70, v245, v70, s[24:25]
	v_cndmask_b32_e64 v70, v244, v70, s[26:27]
	v_cndmask_b32_e64 v70, v243, v70, s[28:29]
	v_cndmask_b32_e64 v70, v242, v70, s[30:31]
	v_cndmask_b32_e64 v70, v1, v70, s[34:35]
	v_lshlrev_b16_e32 v74, 8, v72
	v_cndmask_b32_e64 v70, v0, v70, s[36:37]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v70, v70, v74
	v_lshlrev_b16_e32 v74, 7, v68
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v247, v74, s[6:7]
	v_cndmask_b32_e64 v74, 0, v74, s[10:11]
	v_cndmask_b32_e64 v74, v246, v74, s[12:13]
	v_cndmask_b32_e64 v74, v245, v74, s[14:15]
	v_cndmask_b32_e64 v74, v244, v74, s[16:17]
	v_cndmask_b32_e64 v74, v243, v74, s[4:5]
	v_cndmask_b32_e64 v74, v242, v74, s[2:3]
	v_cndmask_b32_e64 v74, v1, v74, s[0:1]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e32 v74, v0, v74, vcc
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v74, v68
	v_and_b32_sdwa v74, v72, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v74
	v_cmp_ne_u16_e64 s[0:1], 0, v74
	v_cmp_ne_u16_e64 s[2:3], 1, v74
	v_cmp_ne_u16_e64 s[4:5], 2, v74
	v_cmp_ne_u16_e64 s[6:7], 3, v74
	v_cmp_ne_u16_e64 s[10:11], 4, v74
	v_cmp_ne_u16_e64 s[12:13], 5, v74
	v_cmp_ne_u16_e64 s[14:15], 6, v74
	v_cmp_ne_u16_e64 s[16:17], 7, v74
	v_lshlrev_b16_sdwa v74, v248, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e32 v74, v247, v74, vcc
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cndmask_b32_e64 v74, v246, v74, s[2:3]
	v_cndmask_b32_e64 v74, v245, v74, s[4:5]
	v_cndmask_b32_e64 v74, v244, v74, s[6:7]
	v_cndmask_b32_e64 v74, v243, v74, s[10:11]
	v_cndmask_b32_e64 v74, v242, v74, s[12:13]
	v_cndmask_b32_e64 v74, v1, v74, s[14:15]
	v_lshlrev_b16_sdwa v75, v249, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v74, v0, v74, s[16:17]
	v_and_b32_e32 v75, 0xffff8000, v75
	v_or_b32_e32 v74, v74, v75
	v_and_b32_sdwa v75, v72, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v75
	v_cmp_ne_u16_e64 s[0:1], 0, v75
	v_cmp_ne_u16_e64 s[2:3], 1, v75
	v_cmp_ne_u16_e64 s[4:5], 2, v75
	v_cmp_ne_u16_e64 s[6:7], 3, v75
	v_cmp_ne_u16_e64 s[10:11], 4, v75
	v_cmp_ne_u16_e64 s[12:13], 5, v75
	v_cmp_ne_u16_e64 s[14:15], 6, v75
	v_cmp_ne_u16_e64 s[16:17], 7, v75
	v_lshlrev_b16_sdwa v75, v248, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v75, 0x3f80, v75
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v72, v75, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v93, v72, v74, s38
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2_b32 v[74:75], v66 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v92, v68, v70, s38
	.loc	1 31 13                         ; spill.py:31:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v74
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
	v_and_b32_e32 v68, 0x7f, v74
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v74
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v247, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v246, v68, s[22:23]
	v_cndmask_b32_e64 v68, v245, v68, s[24:25]
	v_cndmask_b32_e64 v68, v244, v68, s[26:27]
	v_cndmask_b32_e64 v68, v243, v68, s[28:29]
	v_cndmask_b32_e64 v68, v242, v68, s[30:31]
	v_cndmask_b32_e64 v68, v1, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v74
	v_cndmask_b32_e64 v68, v0, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v246, v70, s[12:13]
	v_cndmask_b32_e64 v70, v245, v70, s[14:15]
	v_cndmask_b32_e64 v70, v244, v70, s[16:17]
	v_cndmask_b32_e64 v70, v243, v70, s[4:5]
	v_cndmask_b32_e64 v70, v242, v70, s[2:3]
	v_cndmask_b32_e64 v70, v1, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v0, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v74, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v248, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v247, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v246, v70, s[2:3]
	v_cndmask_b32_e64 v70, v245, v70, s[4:5]
	v_cndmask_b32_e64 v70, v244, v70, s[6:7]
	v_cndmask_b32_e64 v70, v243, v70, s[10:11]
	v_cndmask_b32_e64 v70, v242, v70, s[12:13]
	v_cndmask_b32_e64 v70, v1, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v0, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_and_b32_sdwa v72, v74, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[16:31], v[92:93], v[76:77], a[16:31]
	.loc	1 31 13                         ; spill.py:31:13
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v97, v72, v70, s38
	v_perm_b32 v96, v66, v68, s38
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[96:97], v[76:77], a[0:15]
	s_nop 0
	v_accvgpr_read_b32 v2, a16
	v_accvgpr_read_b32 v3, a17
	v_accvgpr_read_b32 v4, a18
	v_accvgpr_read_b32 v5, a19
	v_accvgpr_read_b32 v6, a20
	v_accvgpr_read_b32 v7, a21
	v_accvgpr_read_b32 v8, a22
	v_accvgpr_read_b32 v9, a23
	v_accvgpr_read_b32 v10, a24
	v_accvgpr_read_b32 v11, a25
	v_accvgpr_read_b32 v12, a26
	v_accvgpr_read_b32 v13, a27
	v_accvgpr_read_b32 v14, a28
	v_accvgpr_read_b32 v15, a29
	v_accvgpr_read_b32 v16, a30
	v_accvgpr_read_b32 v17, a31
	v_accvgpr_mov_b32 a16, a64
	v_accvgpr_mov_b32 a17, a65
	v_accvgpr_mov_b32 a18, a66
	v_accvgpr_mov_b32 a19, a67
	v_accvgpr_mov_b32 a20, a68
	v_accvgpr_mov_b32 a21, a69
	v_accvgpr_mov_b32 a22, a70
	v_accvgpr_mov_b32 a23, a71
	v_accvgpr_mov_b32 a24, a72
	v_accvgpr_mov_b32 a25, a73
	v_accvgpr_mov_b32 a26, a74
	v_accvgpr_mov_b32 a27, a75
	v_accvgpr_mov_b32 a28, a76
	v_accvgpr_mov_b32 a29, a77
	v_accvgpr_mov_b32 a30, a78
	v_accvgpr_mov_b32 a31, a79
	v_accvgpr_mov_b32 a64, a208
	v_accvgpr_mov_b32 a65, a209
	v_mfma_f32_32x32x8_f16 a[16:31], v[88:89], v[76:77], a[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[76:77], v90 offset0:128 offset1:130
	v_accvgpr_mov_b32 a66, a210
	v_accvgpr_mov_b32 a67, a211
	v_accvgpr_mov_b32 a68, a212
	v_accvgpr_mov_b32 a69, a213
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
	v_cndmask_b32_e64 v68, v247, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v246, v68, s[22:23]
	v_cndmask_b32_e64 v68, v245, v68, s[24:25]
	v_cndmask_b32_e64 v68, v244, v68, s[26:27]
	v_cndmask_b32_e64 v68, v243, v68, s[28:29]
	v_cndmask_b32_e64 v68, v242, v68, s[30:31]
	v_cndmask_b32_e64 v68, v1, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v76
	v_cndmask_b32_e64 v68, v0, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v246, v70, s[12:13]
	v_cndmask_b32_e64 v70, v245, v70, s[14:15]
	v_cndmask_b32_e64 v70, v244, v70, s[16:17]
	v_cndmask_b32_e64 v70, v243, v70, s[4:5]
	v_cndmask_b32_e64 v70, v242, v70, s[2:3]
	v_cndmask_b32_e64 v70, v1, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v0, v70, vcc
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
	v_lshlrev_b16_sdwa v70, v248, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v247, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v246, v70, s[2:3]
	v_cndmask_b32_e64 v70, v245, v70, s[4:5]
	v_cndmask_b32_e64 v70, v244, v70, s[6:7]
	v_cndmask_b32_e64 v70, v243, v70, s[10:11]
	v_cndmask_b32_e64 v70, v242, v70, s[12:13]
	v_cndmask_b32_e64 v70, v1, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v0, v70, s[16:17]
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
	v_lshlrev_b16_sdwa v72, v248, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v79, v72, v70, s38
	v_perm_b32 v78, v66, v68, s38
	v_accvgpr_mov_b32 a70, a214
	v_accvgpr_mov_b32 a71, a215
	v_accvgpr_mov_b32 a72, a216
	v_accvgpr_mov_b32 a73, a217
	v_accvgpr_mov_b32 a74, a218
	v_accvgpr_mov_b32 a75, a219
	v_accvgpr_mov_b32 a76, a220
	v_accvgpr_mov_b32 a77, a221
	v_accvgpr_mov_b32 a78, a222
	v_accvgpr_mov_b32 a79, a223
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v66, 0x400, v90
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[32:47], v[82:83], v[78:79], a[32:47]
	v_mfma_f32_32x32x8_f16 a[64:79], v[92:93], v[78:79], a[64:79]
	v_mfma_f32_32x32x8_f16 a[48:63], v[88:89], v[78:79], a[48:63]
	s_nop 9
	v_accvgpr_mov_b32 a175, a79
	v_accvgpr_mov_b32 a174, a78
	v_accvgpr_mov_b32 a173, a77
	v_accvgpr_mov_b32 a172, a76
	v_accvgpr_mov_b32 a171, a75
	v_accvgpr_mov_b32 a170, a74
	v_accvgpr_mov_b32 a169, a73
	v_accvgpr_mov_b32 a168, a72
	v_accvgpr_mov_b32 a167, a71
	v_accvgpr_mov_b32 a166, a70
	v_accvgpr_mov_b32 a165, a69
	v_accvgpr_mov_b32 a164, a68
	v_accvgpr_mov_b32 a163, a67
	v_accvgpr_mov_b32 a162, a66
	v_accvgpr_mov_b32 a161, a65
	v_accvgpr_mov_b32 a160, a64
	v_accvgpr_mov_b32 a64, a192
	v_accvgpr_mov_b32 a65, a193
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
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[64:79], v[96:97], v[78:79], a[64:79]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[78:79], v66 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v68, 8, v78
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[6:7], s39, v70
	v_cmp_ne_u16_e64 s[10:11], 0, v70
	v_cmp_ne_u16_e64 s[12:13], 1, v70
	v_cmp_ne_u16_e64 s[14:15], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[4:5], 4, v70
	v_cmp_ne_u16_e64 s[2:3], 5, v70
	v_cmp_ne_u16_e64 s[0:1], 6, v70
	v_cmp_ne_u16_e32 vcc, 7, v70
	v_and_b32_e32 v70, 0x7f, v78
	v_cmp_ne_u16_e64 s[18:19], s39, v70
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[24:25], 2, v70
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_cmp_ne_u16_e64 s[28:29], 4, v70
	v_cmp_ne_u16_e64 s[30:31], 5, v70
	v_cmp_ne_u16_e64 s[34:35], 6, v70
	v_cmp_ne_u16_e64 s[36:37], 7, v70
	v_lshlrev_b16_e32 v70, 7, v78
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[18:19]
	v_cndmask_b32_e64 v70, 0, v70, s[20:21]
	v_cndmask_b32_e64 v70, v246, v70, s[22:23]
	v_cndmask_b32_e64 v70, v245, v70, s[24:25]
	v_cndmask_b32_e64 v70, v244, v70, s[26:27]
	v_cndmask_b32_e64 v70, v243, v70, s[28:29]
	v_cndmask_b32_e64 v70, v242, v70, s[30:31]
	v_cndmask_b32_e64 v70, v1, v70, s[34:35]
	v_lshlrev_b16_e32 v72, 8, v78
	v_cndmask_b32_e64 v70, v0, v70, s[36:37]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_e32 v72, 7, v68
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v247, v72, s[6:7]
	v_cndmask_b32_e64 v72, 0, v72, s[10:11]
	v_cndmask_b32_e64 v72, v246, v72, s[12:13]
	v_cndmask_b32_e64 v72, v245, v72, s[14:15]
	v_cndmask_b32_e64 v72, v244, v72, s[16:17]
	v_cndmask_b32_e64 v72, v243, v72, s[4:5]
	v_cndmask_b32_e64 v72, v242, v72, s[2:3]
	v_cndmask_b32_e64 v72, v1, v72, s[0:1]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e32 v72, v0, v72, vcc
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v72, v68
	v_and_b32_sdwa v72, v78, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	v_and_b32_sdwa v74, v78, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v74
	v_cmp_ne_u16_e64 s[0:1], 0, v74
	v_cmp_ne_u16_e64 s[2:3], 1, v74
	v_cmp_ne_u16_e64 s[4:5], 2, v74
	v_cmp_ne_u16_e64 s[6:7], 3, v74
	v_cmp_ne_u16_e64 s[10:11], 4, v74
	v_cmp_ne_u16_e64 s[12:13], 5, v74
	v_cmp_ne_u16_e64 s[14:15], 6, v74
	v_cmp_ne_u16_e64 s[16:17], 7, v74
	v_lshlrev_b16_sdwa v74, v248, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e32 v74, v247, v74, vcc
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cndmask_b32_e64 v74, v246, v74, s[2:3]
	v_cndmask_b32_e64 v74, v245, v74, s[4:5]
	v_cndmask_b32_e64 v74, v244, v74, s[6:7]
	v_cndmask_b32_e64 v74, v243, v74, s[10:11]
	v_cndmask_b32_e64 v74, v242, v74, s[12:13]
	v_cndmask_b32_e64 v74, v1, v74, s[14:15]
	v_lshlrev_b16_sdwa v76, v249, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v0, v74, s[16:17]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v74, v74, v76
	v_accvgpr_mov_b32 a95, a79
	v_accvgpr_mov_b32 a94, a78
	v_accvgpr_mov_b32 a93, a77
	v_accvgpr_mov_b32 a92, a76
	v_accvgpr_mov_b32 a91, a75
	v_accvgpr_mov_b32 a90, a74
	v_accvgpr_mov_b32 a89, a73
	v_accvgpr_mov_b32 a88, a72
	v_accvgpr_mov_b32 a87, a71
	v_accvgpr_mov_b32 a86, a70
	v_accvgpr_mov_b32 a85, a69
	v_accvgpr_mov_b32 a84, a68
	v_accvgpr_mov_b32 a83, a67
	v_accvgpr_mov_b32 a82, a66
	v_accvgpr_mov_b32 a81, a65
	v_accvgpr_mov_b32 a80, a64
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v81, v74, v72, s38
	v_perm_b32 v80, v68, v70, s38
	v_accvgpr_mov_b32 a64, a176
	v_accvgpr_mov_b32 a65, a177
	v_accvgpr_mov_b32 a66, a178
	v_accvgpr_mov_b32 a67, a179
	v_accvgpr_mov_b32 a68, a180
	v_accvgpr_mov_b32 a69, a181
	v_accvgpr_mov_b32 a70, a182
	v_accvgpr_mov_b32 a71, a183
	v_accvgpr_mov_b32 a72, a184
	v_accvgpr_mov_b32 a73, a185
	v_accvgpr_mov_b32 a74, a186
	v_accvgpr_mov_b32 a75, a187
	v_accvgpr_mov_b32 a76, a188
	v_accvgpr_mov_b32 a77, a189
	v_accvgpr_mov_b32 a78, a190
	v_accvgpr_mov_b32 a79, a191
	s_waitcnt vmcnt(60)
	v_mfma_f32_32x32x8_f16 a[112:127], v[88:89], v[80:81], a[112:127]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v78, 7, v67
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[64:79], v[82:83], v[80:81], a[64:79]
	s_waitcnt vmcnt(56)
	v_mfma_f32_32x32x8_f16 a[128:143], v[92:93], v[80:81], a[128:143]
	s_nop 8
	v_accvgpr_mov_b32 a111, a79
	v_accvgpr_mov_b32 a110, a78
	v_accvgpr_mov_b32 a109, a77
	v_accvgpr_mov_b32 a108, a76
	s_waitcnt vmcnt(52)
	v_mfma_f32_32x32x8_f16 a[144:159], v[96:97], v[80:81], a[144:159]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[80:81], v66 offset0:128 offset1:130
	v_accvgpr_mov_b32 a107, a75
	v_accvgpr_mov_b32 a106, a74
	v_accvgpr_mov_b32 a105, a73
	v_accvgpr_mov_b32 a104, a72
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v80
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
	v_and_b32_e32 v68, 0x7f, v80
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v80
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v247, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v246, v68, s[22:23]
	v_cndmask_b32_e64 v68, v245, v68, s[24:25]
	v_cndmask_b32_e64 v68, v244, v68, s[26:27]
	v_cndmask_b32_e64 v68, v243, v68, s[28:29]
	v_cndmask_b32_e64 v68, v242, v68, s[30:31]
	v_cndmask_b32_e64 v68, v1, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v80
	v_cndmask_b32_e64 v68, v0, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v246, v70, s[12:13]
	v_cndmask_b32_e64 v70, v245, v70, s[14:15]
	v_cndmask_b32_e64 v70, v244, v70, s[16:17]
	v_cndmask_b32_e64 v70, v243, v70, s[4:5]
	v_cndmask_b32_e64 v70, v242, v70, s[2:3]
	v_cndmask_b32_e64 v70, v1, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v0, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v80, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v248, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v247, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v246, v70, s[2:3]
	v_cndmask_b32_e64 v70, v245, v70, s[4:5]
	v_cndmask_b32_e64 v70, v244, v70, s[6:7]
	v_cndmask_b32_e64 v70, v243, v70, s[10:11]
	v_cndmask_b32_e64 v70, v242, v70, s[12:13]
	v_cndmask_b32_e64 v70, v1, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v0, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_and_b32_sdwa v72, v80, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v85, v72, v70, s38
	v_perm_b32 v84, v66, v68, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v66, 0x800, v90
	v_and_b32_sdwa v80, v67, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(36)
	v_mfma_f32_32x32x8_f16 v[164:179], v[82:83], v[84:85], v[164:179]
	v_accvgpr_mov_b32 a103, a71
	v_accvgpr_mov_b32 a102, a70
	v_accvgpr_mov_b32 a101, a69
	v_accvgpr_mov_b32 a100, a68
	v_accvgpr_mov_b32 a99, a67
	v_accvgpr_mov_b32 a98, a66
	v_accvgpr_mov_b32 a97, a65
	s_waitcnt vmcnt(32)
	v_mfma_f32_32x32x8_f16 v[212:227], v[88:89], v[84:85], v[212:227]
	v_accvgpr_mov_b32 a96, a64
	s_waitcnt vmcnt(28)
	v_mfma_f32_32x32x8_f16 v[180:195], v[92:93], v[84:85], v[180:195]
	s_waitcnt vmcnt(24)
	v_mfma_f32_32x32x8_f16 v[148:163], v[96:97], v[84:85], v[148:163]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[84:85], v66 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v68, 8, v84
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[6:7], s39, v70
	v_cmp_ne_u16_e64 s[10:11], 0, v70
	v_cmp_ne_u16_e64 s[12:13], 1, v70
	v_cmp_ne_u16_e64 s[14:15], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[4:5], 4, v70
	v_cmp_ne_u16_e64 s[2:3], 5, v70
	v_cmp_ne_u16_e64 s[0:1], 6, v70
	v_cmp_ne_u16_e32 vcc, 7, v70
	v_and_b32_e32 v70, 0x7f, v84
	v_cmp_ne_u16_e64 s[18:19], s39, v70
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[24:25], 2, v70
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_cmp_ne_u16_e64 s[28:29], 4, v70
	v_cmp_ne_u16_e64 s[30:31], 5, v70
	v_cmp_ne_u16_e64 s[34:35], 6, v70
	v_cmp_ne_u16_e64 s[36:37], 7, v70
	v_lshlrev_b16_e32 v70, 7, v84
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[18:19]
	v_cndmask_b32_e64 v70, 0, v70, s[20:21]
	v_cndmask_b32_e64 v70, v246, v70, s[22:23]
	v_cndmask_b32_e64 v70, v245, v70, s[24:25]
	v_cndmask_b32_e64 v70, v244, v70, s[26:27]
	v_cndmask_b32_e64 v70, v243, v70, s[28:29]
	v_cndmask_b32_e64 v70, v242, v70, s[30:31]
	v_cndmask_b32_e64 v70, v1, v70, s[34:35]
	v_lshlrev_b16_e32 v72, 8, v84
	v_cndmask_b32_e64 v70, v0, v70, s[36:37]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_e32 v72, 7, v68
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v247, v72, s[6:7]
	v_cndmask_b32_e64 v72, 0, v72, s[10:11]
	v_cndmask_b32_e64 v72, v246, v72, s[12:13]
	v_cndmask_b32_e64 v72, v245, v72, s[14:15]
	v_cndmask_b32_e64 v72, v244, v72, s[16:17]
	v_cndmask_b32_e64 v72, v243, v72, s[4:5]
	v_cndmask_b32_e64 v72, v242, v72, s[2:3]
	v_cndmask_b32_e64 v72, v1, v72, s[0:1]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e32 v72, v0, v72, vcc
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v72, v68
	v_and_b32_sdwa v72, v84, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	v_and_b32_sdwa v74, v84, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v74
	v_cmp_ne_u16_e64 s[0:1], 0, v74
	v_cmp_ne_u16_e64 s[2:3], 1, v74
	v_cmp_ne_u16_e64 s[4:5], 2, v74
	v_cmp_ne_u16_e64 s[6:7], 3, v74
	v_cmp_ne_u16_e64 s[10:11], 4, v74
	v_cmp_ne_u16_e64 s[12:13], 5, v74
	v_cmp_ne_u16_e64 s[14:15], 6, v74
	v_cmp_ne_u16_e64 s[16:17], 7, v74
	v_lshlrev_b16_sdwa v74, v248, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e32 v74, v247, v74, vcc
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cndmask_b32_e64 v74, v246, v74, s[2:3]
	v_cndmask_b32_e64 v74, v245, v74, s[4:5]
	v_cndmask_b32_e64 v74, v244, v74, s[6:7]
	v_cndmask_b32_e64 v74, v243, v74, s[10:11]
	v_cndmask_b32_e64 v74, v242, v74, s[12:13]
	v_cndmask_b32_e64 v74, v1, v74, s[14:15]
	v_lshlrev_b16_sdwa v76, v249, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v0, v74, s[16:17]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v74, v74, v76
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v87, v74, v72, s38
	v_perm_b32 v86, v68, v70, s38
	s_waitcnt vmcnt(20)
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[132:147], v[82:83], v[86:87], v[132:147]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x8_f16 v[116:131], v[88:89], v[86:87], v[116:131]
	s_waitcnt vmcnt(12)
	v_mfma_f32_32x32x8_f16 v[50:65], v[92:93], v[86:87], v[50:65]
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[18:33], v[96:97], v[86:87], v[18:33]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[86:87], v66 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v86
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
	v_and_b32_e32 v68, 0x7f, v86
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v86
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v247, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v246, v68, s[22:23]
	v_cndmask_b32_e64 v68, v245, v68, s[24:25]
	v_cndmask_b32_e64 v68, v244, v68, s[26:27]
	v_cndmask_b32_e64 v68, v243, v68, s[28:29]
	v_cndmask_b32_e64 v68, v242, v68, s[30:31]
	v_cndmask_b32_e64 v68, v1, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v86
	v_cndmask_b32_e64 v68, v0, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v246, v70, s[12:13]
	v_cndmask_b32_e64 v70, v245, v70, s[14:15]
	v_cndmask_b32_e64 v70, v244, v70, s[16:17]
	v_cndmask_b32_e64 v70, v243, v70, s[4:5]
	v_cndmask_b32_e64 v70, v242, v70, s[2:3]
	v_cndmask_b32_e64 v70, v1, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v0, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v86, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v248, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v247, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v246, v70, s[2:3]
	v_cndmask_b32_e64 v70, v245, v70, s[4:5]
	v_cndmask_b32_e64 v70, v244, v70, s[6:7]
	v_cndmask_b32_e64 v70, v243, v70, s[10:11]
	v_cndmask_b32_e64 v70, v242, v70, s[12:13]
	v_cndmask_b32_e64 v70, v1, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v0, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_and_b32_sdwa v72, v86, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v86 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v95, v72, v70, s38
	v_perm_b32 v94, v66, v68, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u32_e32 v66, 0xc00, v90
	ds_read2_b32 v[90:91], v66 offset1:2
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[34:49], v[82:83], v[94:95], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[88:89], v[94:95], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:964 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:980 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:996 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1012 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[92:93], v[94:95], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:964 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:980 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:996 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:1012 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:900 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:916 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:932 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:948 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[96:97], v[94:95], v[34:49]
	.loc	1 30 13                         ; spill.py:30:13
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:900 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:916 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:932 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:948 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[34:37], off, off offset:836 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:852 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:868 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:884 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v68, 8, v90
	v_and_b32_e32 v70, 0x7f, v68
	v_cmp_ne_u16_e64 s[6:7], s39, v70
	v_cmp_ne_u16_e64 s[10:11], 0, v70
	v_cmp_ne_u16_e64 s[12:13], 1, v70
	v_cmp_ne_u16_e64 s[14:15], 2, v70
	v_cmp_ne_u16_e64 s[16:17], 3, v70
	v_cmp_ne_u16_e64 s[4:5], 4, v70
	v_cmp_ne_u16_e64 s[2:3], 5, v70
	v_cmp_ne_u16_e64 s[0:1], 6, v70
	v_cmp_ne_u16_e32 vcc, 7, v70
	v_and_b32_e32 v70, 0x7f, v90
	v_cmp_ne_u16_e64 s[18:19], s39, v70
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cmp_ne_u16_e64 s[24:25], 2, v70
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_cmp_ne_u16_e64 s[28:29], 4, v70
	v_cmp_ne_u16_e64 s[30:31], 5, v70
	v_cmp_ne_u16_e64 s[34:35], 6, v70
	v_cmp_ne_u16_e64 s[36:37], 7, v70
	v_lshlrev_b16_e32 v70, 7, v90
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[18:19]
	v_cndmask_b32_e64 v70, 0, v70, s[20:21]
	v_cndmask_b32_e64 v70, v246, v70, s[22:23]
	v_cndmask_b32_e64 v70, v245, v70, s[24:25]
	v_cndmask_b32_e64 v70, v244, v70, s[26:27]
	v_cndmask_b32_e64 v70, v243, v70, s[28:29]
	v_cndmask_b32_e64 v70, v242, v70, s[30:31]
	v_cndmask_b32_e64 v70, v1, v70, s[34:35]
	v_lshlrev_b16_e32 v72, 8, v90
	v_cndmask_b32_e64 v70, v0, v70, s[36:37]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_lshlrev_b16_e32 v72, 7, v68
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v247, v72, s[6:7]
	v_cndmask_b32_e64 v72, 0, v72, s[10:11]
	v_cndmask_b32_e64 v72, v246, v72, s[12:13]
	v_cndmask_b32_e64 v72, v245, v72, s[14:15]
	v_cndmask_b32_e64 v72, v244, v72, s[16:17]
	v_cndmask_b32_e64 v72, v243, v72, s[4:5]
	v_cndmask_b32_e64 v72, v242, v72, s[2:3]
	v_cndmask_b32_e64 v72, v1, v72, s[0:1]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e32 v72, v0, v72, vcc
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v68, v72, v68
	v_and_b32_sdwa v72, v90, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	v_and_b32_sdwa v74, v90, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v74
	v_cmp_ne_u16_e64 s[0:1], 0, v74
	v_cmp_ne_u16_e64 s[2:3], 1, v74
	v_cmp_ne_u16_e64 s[4:5], 2, v74
	v_cmp_ne_u16_e64 s[6:7], 3, v74
	v_cmp_ne_u16_e64 s[10:11], 4, v74
	v_cmp_ne_u16_e64 s[12:13], 5, v74
	v_cmp_ne_u16_e64 s[14:15], 6, v74
	v_cmp_ne_u16_e64 s[16:17], 7, v74
	v_lshlrev_b16_sdwa v74, v248, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e32 v74, v247, v74, vcc
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cndmask_b32_e64 v74, v246, v74, s[2:3]
	v_cndmask_b32_e64 v74, v245, v74, s[4:5]
	v_cndmask_b32_e64 v74, v244, v74, s[6:7]
	v_cndmask_b32_e64 v74, v243, v74, s[10:11]
	v_cndmask_b32_e64 v74, v242, v74, s[12:13]
	v_cndmask_b32_e64 v74, v1, v74, s[14:15]
	v_lshlrev_b16_sdwa v76, v249, v90 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v0, v74, s[16:17]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v74, v74, v76
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v95, v74, v72, s38
	v_perm_b32 v94, v68, v70, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v76, 8, v67
	v_and_b32_e32 v76, 0xffff8000, v76
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[82:83], v[94:95], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:836 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:852 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:868 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:884 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:772 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:788 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:804 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:820 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[88:89], v[94:95], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:772 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:788 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:804 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:820 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:708 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:724 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:740 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:756 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[92:93], v[94:95], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:708 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:724 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:740 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:756 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:644 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:660 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:676 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:692 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[96:97], v[94:95], v[34:49]
	.loc	1 30 13                         ; spill.py:30:13
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:644 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:660 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:676 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:692 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[34:37], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2_b32 v[94:95], v66 offset0:128 offset1:130
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v66, 8, v94
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
	v_and_b32_e32 v68, 0x7f, v94
	v_cmp_ne_u16_e64 s[18:19], s39, v68
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	v_cmp_ne_u16_e64 s[24:25], 2, v68
	v_cmp_ne_u16_e64 s[26:27], 3, v68
	v_cmp_ne_u16_e64 s[28:29], 4, v68
	v_cmp_ne_u16_e64 s[30:31], 5, v68
	v_cmp_ne_u16_e64 s[34:35], 6, v68
	v_cmp_ne_u16_e64 s[36:37], 7, v68
	v_lshlrev_b16_e32 v68, 7, v94
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v247, v68, s[18:19]
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cndmask_b32_e64 v68, v246, v68, s[22:23]
	v_cndmask_b32_e64 v68, v245, v68, s[24:25]
	v_cndmask_b32_e64 v68, v244, v68, s[26:27]
	v_cndmask_b32_e64 v68, v243, v68, s[28:29]
	v_cndmask_b32_e64 v68, v242, v68, s[30:31]
	v_cndmask_b32_e64 v68, v1, v68, s[34:35]
	v_lshlrev_b16_e32 v70, 8, v94
	v_cndmask_b32_e64 v68, v0, v68, s[36:37]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v68, v68, v70
	v_lshlrev_b16_e32 v70, 7, v66
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v247, v70, s[6:7]
	v_cndmask_b32_e64 v70, 0, v70, s[10:11]
	v_cndmask_b32_e64 v70, v246, v70, s[12:13]
	v_cndmask_b32_e64 v70, v245, v70, s[14:15]
	v_cndmask_b32_e64 v70, v244, v70, s[16:17]
	v_cndmask_b32_e64 v70, v243, v70, s[4:5]
	v_cndmask_b32_e64 v70, v242, v70, s[2:3]
	v_cndmask_b32_e64 v70, v1, v70, s[0:1]
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e32 v70, v0, v70, vcc
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v66, v70, v66
	v_and_b32_sdwa v70, v94, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[4:5], 2, v70
	v_cmp_ne_u16_e64 s[6:7], 3, v70
	v_cmp_ne_u16_e64 s[10:11], 4, v70
	v_cmp_ne_u16_e64 s[12:13], 5, v70
	v_cmp_ne_u16_e64 s[14:15], 6, v70
	v_cmp_ne_u16_e64 s[16:17], 7, v70
	v_lshlrev_b16_sdwa v70, v248, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v247, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v246, v70, s[2:3]
	v_cndmask_b32_e64 v70, v245, v70, s[4:5]
	v_cndmask_b32_e64 v70, v244, v70, s[6:7]
	v_cndmask_b32_e64 v70, v243, v70, s[10:11]
	v_cndmask_b32_e64 v70, v242, v70, s[12:13]
	v_cndmask_b32_e64 v70, v1, v70, s[14:15]
	v_lshlrev_b16_sdwa v72, v249, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v70, v0, v70, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v70, v70, v72
	v_and_b32_sdwa v72, v94, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s39, v72
	v_cmp_ne_u16_e64 s[0:1], 0, v72
	v_cmp_ne_u16_e64 s[2:3], 1, v72
	v_cmp_ne_u16_e64 s[4:5], 2, v72
	v_cmp_ne_u16_e64 s[6:7], 3, v72
	v_cmp_ne_u16_e64 s[10:11], 4, v72
	v_cmp_ne_u16_e64 s[12:13], 5, v72
	v_cmp_ne_u16_e64 s[14:15], 6, v72
	v_cmp_ne_u16_e64 s[16:17], 7, v72
	v_lshlrev_b16_sdwa v72, v248, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_lshlrev_b16_sdwa v74, v249, v94 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v72, v72, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v99, v72, v70, s38
	v_perm_b32 v98, v66, v68, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v66, v249, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v68, v248, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[82:83], v[98:99], v[34:49]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v70, v249, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v248, v67 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v74, 8, v67
	v_and_b32_sdwa v82, v67, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
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
	v_and_b32_e32 v67, 0x3f80, v78
	v_add_u16_e32 v67, 0x2000, v67
	v_cndmask_b32_e64 v67, v247, v67, s[18:19]
	v_cndmask_b32_e64 v67, 0, v67, s[20:21]
	v_cndmask_b32_e64 v67, v246, v67, s[22:23]
	v_cndmask_b32_e64 v67, v245, v67, s[24:25]
	v_cndmask_b32_e64 v67, v244, v67, s[26:27]
	v_cndmask_b32_e64 v67, v243, v67, s[28:29]
	v_cndmask_b32_e64 v67, v242, v67, s[30:31]
	v_cndmask_b32_e64 v67, v1, v67, s[34:35]
	v_cndmask_b32_e64 v67, v0, v67, s[36:37]
	v_or_b32_e32 v67, v67, v76
	v_lshlrev_b16_e32 v76, 7, v74
	v_and_b32_e32 v83, 0x7f, v74
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[0:1], s39, v83
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[2:3], 0, v83
	v_cndmask_b32_e64 v76, v247, v76, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v83
	v_cndmask_b32_e64 v76, 0, v76, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v83
	v_cndmask_b32_e64 v76, v246, v76, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v83
	v_cndmask_b32_e64 v76, v245, v76, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v83
	v_cndmask_b32_e64 v76, v244, v76, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v83
	v_cndmask_b32_e64 v76, v243, v76, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v83
	v_cndmask_b32_e64 v76, v242, v76, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v83
	v_cndmask_b32_e64 v76, v1, v76, s[16:17]
	v_and_b32_e32 v72, 0x3f80, v72
	v_cndmask_b32_e32 v76, v0, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v68, 0x3f80, v68
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cmp_ne_u16_e32 vcc, s39, v80
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v80
	v_cndmask_b32_e32 v68, v247, v68, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v80
	v_cndmask_b32_e64 v68, 0, v68, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v80
	v_cndmask_b32_e64 v68, v246, v68, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v80
	v_cndmask_b32_e64 v68, v245, v68, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v80
	v_cndmask_b32_e64 v68, v244, v68, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v80
	v_cndmask_b32_e64 v68, v243, v68, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v80
	v_cndmask_b32_e64 v68, v242, v68, s[12:13]
	v_lshlrev_b16_e32 v74, 8, v74
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v80
	v_cndmask_b32_e64 v68, v1, v68, s[14:15]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v0, v68, s[16:17]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v74, v76, v74
	v_or_b32_e32 v70, v72, v70
	v_or_b32_e32 v66, v68, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v83, v66, v70, s38
	v_perm_b32 v82, v74, v67, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_sdwa v66, v249, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v67, v248, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v68, v249, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v70, v248, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v72, 8, v69
	v_lshlrev_b16_e32 v74, 8, v69
	v_lshlrev_b16_e32 v76, 7, v69
	v_and_b32_sdwa v78, v69, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v80, v69, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
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
	v_and_b32_e32 v69, 0x3f80, v76
	v_add_u16_e32 v69, 0x2000, v69
	v_cndmask_b32_e64 v69, v247, v69, s[18:19]
	v_cndmask_b32_e64 v69, 0, v69, s[20:21]
	v_cndmask_b32_e64 v69, v246, v69, s[22:23]
	v_cndmask_b32_e64 v69, v245, v69, s[24:25]
	v_cndmask_b32_e64 v69, v244, v69, s[26:27]
	v_cndmask_b32_e64 v69, v243, v69, s[28:29]
	v_cndmask_b32_e64 v69, v242, v69, s[30:31]
	v_cndmask_b32_e64 v69, v1, v69, s[34:35]
	v_cndmask_b32_e64 v69, v0, v69, s[36:37]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v69, v69, v74
	v_lshlrev_b16_e32 v74, 7, v72
	v_and_b32_e32 v84, 0x7f, v72
	v_and_b32_e32 v74, 0x3f80, v74
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	v_cndmask_b32_e64 v74, v247, v74, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v74, 0, v74, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v74, v246, v74, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v74, v245, v74, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v74, v244, v74, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v74, v243, v74, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v74, v242, v74, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v74, v1, v74, s[16:17]
	v_and_b32_e32 v70, 0x3f80, v70
	v_cndmask_b32_e32 v74, v0, v74, vcc
	v_cmp_ne_u16_e32 vcc, s39, v80
	v_add_u16_e32 v70, 0x2000, v70
	v_and_b32_e32 v67, 0x3f80, v67
	v_cmp_ne_u16_e64 s[0:1], 0, v80
	v_cndmask_b32_e32 v70, v247, v70, vcc
	v_cmp_ne_u16_e32 vcc, s39, v78
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e64 s[2:3], 1, v80
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v78
	v_cndmask_b32_e32 v67, v247, v67, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v80
	v_cndmask_b32_e64 v70, v246, v70, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v78
	v_cndmask_b32_e64 v67, 0, v67, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v80
	v_cndmask_b32_e64 v70, v245, v70, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v78
	v_cndmask_b32_e64 v67, v246, v67, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v80
	v_cndmask_b32_e64 v70, v244, v70, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	v_cndmask_b32_e64 v67, v245, v67, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v80
	v_cndmask_b32_e64 v70, v243, v70, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v78
	v_cndmask_b32_e64 v67, v244, v67, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v80
	v_cndmask_b32_e64 v70, v242, v70, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v78
	v_cndmask_b32_e64 v67, v243, v67, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v80
	v_cndmask_b32_e64 v70, v1, v70, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v78
	v_cndmask_b32_e64 v67, v242, v67, s[12:13]
	v_lshlrev_b16_e32 v72, 8, v72
	v_cndmask_b32_e64 v70, v0, v70, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_cndmask_b32_e64 v67, v1, v67, s[14:15]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v67, v0, v67, s[16:17]
	v_and_b32_e32 v66, 0xffff8000, v66
	v_or_b32_e32 v72, v74, v72
	v_or_b32_e32 v68, v70, v68
	v_or_b32_e32 v66, v67, v66
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v67, v66, v68, s38
	v_perm_b32 v66, v72, v69, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_sdwa v68, v249, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v69, v248, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v70, v249, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v248, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v74, 8, v71
	v_lshlrev_b16_e32 v76, 8, v71
	v_lshlrev_b16_e32 v78, 7, v71
	v_and_b32_sdwa v80, v71, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v84, v71, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
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
	v_and_b32_e32 v71, 0x3f80, v78
	v_add_u16_e32 v71, 0x2000, v71
	v_cndmask_b32_e64 v71, v247, v71, s[18:19]
	v_cndmask_b32_e64 v71, 0, v71, s[20:21]
	v_cndmask_b32_e64 v71, v246, v71, s[22:23]
	v_cndmask_b32_e64 v71, v245, v71, s[24:25]
	v_cndmask_b32_e64 v71, v244, v71, s[26:27]
	v_cndmask_b32_e64 v71, v243, v71, s[28:29]
	v_cndmask_b32_e64 v71, v242, v71, s[30:31]
	v_cndmask_b32_e64 v71, v1, v71, s[34:35]
	v_cndmask_b32_e64 v71, v0, v71, s[36:37]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v71, v71, v76
	v_lshlrev_b16_e32 v76, 7, v74
	v_and_b32_e32 v86, 0x7f, v74
	v_and_b32_e32 v76, 0x3f80, v76
	v_cmp_ne_u16_e64 s[0:1], s39, v86
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[2:3], 0, v86
	v_cndmask_b32_e64 v76, v247, v76, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v86
	v_cndmask_b32_e64 v76, 0, v76, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v86
	v_cndmask_b32_e64 v76, v246, v76, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v86
	v_cndmask_b32_e64 v76, v245, v76, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v86
	v_cndmask_b32_e64 v76, v244, v76, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v86
	v_cndmask_b32_e64 v76, v243, v76, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v86
	v_cndmask_b32_e64 v76, v242, v76, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v86
	v_cndmask_b32_e64 v76, v1, v76, s[16:17]
	v_and_b32_e32 v72, 0x3f80, v72
	v_cndmask_b32_e32 v76, v0, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_add_u16_e32 v72, 0x2000, v72
	v_and_b32_e32 v69, 0x3f80, v69
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v72, v247, v72, vcc
	v_cmp_ne_u16_e32 vcc, s39, v80
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cndmask_b32_e64 v72, 0, v72, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v80
	v_cndmask_b32_e32 v69, v247, v69, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e64 v72, v246, v72, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v80
	v_cndmask_b32_e64 v69, 0, v69, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v72, v245, v72, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v80
	v_cndmask_b32_e64 v69, v246, v69, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v72, v244, v72, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v80
	v_cndmask_b32_e64 v69, v245, v69, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v72, v243, v72, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v80
	v_cndmask_b32_e64 v69, v244, v69, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v72, v242, v72, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v80
	v_cndmask_b32_e64 v69, v243, v69, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v72, v1, v72, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v80
	v_cndmask_b32_e64 v69, v242, v69, s[12:13]
	v_lshlrev_b16_e32 v74, 8, v74
	v_cndmask_b32_e64 v72, v0, v72, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v80
	v_cndmask_b32_e64 v69, v1, v69, s[14:15]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v69, v0, v69, s[16:17]
	v_and_b32_e32 v68, 0xffff8000, v68
	v_or_b32_e32 v74, v76, v74
	v_or_b32_e32 v70, v72, v70
	v_or_b32_e32 v68, v69, v68
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v69, v68, v70, s38
	v_perm_b32 v68, v74, v71, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_sdwa v70, v249, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v71, v248, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v72, v249, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v74, v248, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v76, 8, v73
	v_lshlrev_b16_e32 v78, 8, v73
	v_lshlrev_b16_e32 v80, 7, v73
	v_and_b32_sdwa v84, v73, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v73, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
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
	v_and_b32_e32 v73, 0x3f80, v80
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v247, v73, s[18:19]
	v_cndmask_b32_e64 v73, 0, v73, s[20:21]
	v_cndmask_b32_e64 v73, v246, v73, s[22:23]
	v_cndmask_b32_e64 v73, v245, v73, s[24:25]
	v_cndmask_b32_e64 v73, v244, v73, s[26:27]
	v_cndmask_b32_e64 v73, v243, v73, s[28:29]
	v_cndmask_b32_e64 v73, v242, v73, s[30:31]
	v_cndmask_b32_e64 v73, v1, v73, s[34:35]
	v_cndmask_b32_e64 v73, v0, v73, s[36:37]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_or_b32_e32 v73, v73, v78
	v_lshlrev_b16_e32 v78, 7, v76
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[100:115], v[88:89], v[98:99], v[100:115]
	.loc	1 31 13                         ; spill.py:31:13
	v_and_b32_e32 v88, 0x7f, v76
	v_and_b32_e32 v78, 0x3f80, v78
	v_cmp_ne_u16_e64 s[0:1], s39, v88
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[2:3], 0, v88
	v_cndmask_b32_e64 v78, v247, v78, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v88
	v_cndmask_b32_e64 v78, 0, v78, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v88
	v_cndmask_b32_e64 v78, v246, v78, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v88
	v_cndmask_b32_e64 v78, v245, v78, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v88
	v_cndmask_b32_e64 v78, v244, v78, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v88
	v_cndmask_b32_e64 v78, v243, v78, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v88
	v_cndmask_b32_e64 v78, v242, v78, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v88
	v_cndmask_b32_e64 v78, v1, v78, s[16:17]
	v_and_b32_e32 v74, 0x3f80, v74
	v_cndmask_b32_e32 v78, v0, v78, vcc
	v_cmp_ne_u16_e32 vcc, s39, v86
	v_add_u16_e32 v74, 0x2000, v74
	v_and_b32_e32 v71, 0x3f80, v71
	v_cmp_ne_u16_e64 s[0:1], 0, v86
	v_cndmask_b32_e32 v74, v247, v74, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_add_u16_e32 v71, 0x2000, v71
	v_cmp_ne_u16_e64 s[2:3], 1, v86
	v_cndmask_b32_e64 v74, 0, v74, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v71, v247, v71, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v86
	v_cndmask_b32_e64 v74, v246, v74, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cndmask_b32_e64 v71, 0, v71, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v86
	v_cndmask_b32_e64 v74, v245, v74, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e64 v71, v246, v71, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v86
	v_cndmask_b32_e64 v74, v244, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v71, v245, v71, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v86
	v_cndmask_b32_e64 v74, v243, v74, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v71, v244, v71, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v86
	v_cndmask_b32_e64 v74, v242, v74, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v71, v243, v71, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v86
	v_cndmask_b32_e64 v74, v1, v74, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v71, v242, v71, s[12:13]
	v_lshlrev_b16_e32 v76, 8, v76
	v_cndmask_b32_e64 v74, v0, v74, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v71, v1, v71, s[14:15]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v71, v0, v71, s[16:17]
	v_and_b32_e32 v70, 0xffff8000, v70
	v_or_b32_e32 v76, v78, v76
	v_or_b32_e32 v72, v74, v72
	v_or_b32_e32 v70, v71, v70
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v71, v70, v72, s38
	v_perm_b32 v70, v76, v73, s38
	.loc	1 31 13                         ; spill.py:31:13
	v_lshlrev_b16_sdwa v72, v249, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v73, v248, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v74, v249, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v248, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v78, 8, v75
	v_lshlrev_b16_e32 v80, 8, v75
	v_lshlrev_b16_e32 v84, 7, v75
	v_and_b32_sdwa v86, v75, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v88, v75, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v75, 0x7f, v75
	v_cmp_ne_u16_e64 s[18:19], s39, v75
	v_cmp_ne_u16_e64 s[20:21], 0, v75
	v_cmp_ne_u16_e64 s[22:23], 1, v75
	v_cmp_ne_u16_e64 s[24:25], 2, v75
	v_cmp_ne_u16_e64 s[26:27], 3, v75
	v_cmp_ne_u16_e64 s[28:29], 4, v75
	v_cmp_ne_u16_e64 s[30:31], 5, v75
	v_cmp_ne_u16_e64 s[34:35], 6, v75
	v_cmp_ne_u16_e64 s[36:37], 7, v75
	v_and_b32_e32 v75, 0x3f80, v84
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e64 v75, v247, v75, s[18:19]
	v_cndmask_b32_e64 v75, 0, v75, s[20:21]
	v_cndmask_b32_e64 v75, v246, v75, s[22:23]
	v_cndmask_b32_e64 v75, v245, v75, s[24:25]
	v_cndmask_b32_e64 v75, v244, v75, s[26:27]
	v_cndmask_b32_e64 v75, v243, v75, s[28:29]
	v_cndmask_b32_e64 v75, v242, v75, s[30:31]
	v_cndmask_b32_e64 v75, v1, v75, s[34:35]
	v_cndmask_b32_e64 v75, v0, v75, s[36:37]
	v_and_b32_e32 v80, 0xffff8000, v80
	v_or_b32_e32 v75, v75, v80
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v89, 0x7f, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_cmp_ne_u16_e64 s[0:1], s39, v89
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[2:3], 0, v89
	v_cndmask_b32_e64 v80, v247, v80, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v89
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v89
	v_cndmask_b32_e64 v80, v246, v80, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v89
	v_cndmask_b32_e64 v80, v245, v80, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v89
	v_cndmask_b32_e64 v80, v244, v80, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v89
	v_cndmask_b32_e64 v80, v243, v80, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v89
	v_cndmask_b32_e64 v80, v242, v80, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v89
	v_cndmask_b32_e64 v80, v1, v80, s[16:17]
	v_and_b32_e32 v76, 0x3f80, v76
	v_cndmask_b32_e32 v80, v0, v80, vcc
	v_cmp_ne_u16_e32 vcc, s39, v88
	v_add_u16_e32 v76, 0x2000, v76
	v_and_b32_e32 v73, 0x3f80, v73
	v_cmp_ne_u16_e64 s[0:1], 0, v88
	v_cndmask_b32_e32 v76, v247, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v86
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[2:3], 1, v88
	v_cndmask_b32_e64 v76, 0, v76, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v86
	v_cndmask_b32_e32 v73, v247, v73, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v88
	v_cndmask_b32_e64 v76, v246, v76, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v86
	v_cndmask_b32_e64 v73, 0, v73, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v88
	v_cndmask_b32_e64 v76, v245, v76, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v86
	v_cndmask_b32_e64 v73, v246, v73, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v88
	v_cndmask_b32_e64 v76, v244, v76, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v86
	v_cndmask_b32_e64 v73, v245, v73, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v88
	v_cndmask_b32_e64 v76, v243, v76, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v86
	v_cndmask_b32_e64 v73, v244, v73, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v88
	v_cndmask_b32_e64 v76, v242, v76, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v86
	v_cndmask_b32_e64 v73, v243, v73, s[10:11]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[2:17], v[70:71], v[82:83], v[2:17]
	.loc	1 31 13                         ; spill.py:31:13
	v_cmp_ne_u16_e64 s[16:17], 7, v88
	v_cndmask_b32_e64 v76, v1, v76, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v86
	v_cndmask_b32_e64 v73, v242, v73, s[12:13]
	v_lshlrev_b16_e32 v78, 8, v78
	v_cndmask_b32_e64 v76, v0, v76, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v86
	v_cndmask_b32_e64 v73, v1, v73, s[14:15]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v73, v0, v73, s[16:17]
	v_and_b32_e32 v72, 0xffff8000, v72
	v_or_b32_e32 v78, v80, v78
	v_or_b32_e32 v74, v76, v74
	v_or_b32_e32 v72, v73, v72
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v73, v72, v74, s38
	v_perm_b32 v72, v78, v75, s38
	scratch_store_dwordx4 off, v[2:5], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:304 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v9, a7
	v_accvgpr_read_b32 v13, a11
	v_accvgpr_read_b32 v17, a15
	v_accvgpr_read_b32 v16, a14
	v_accvgpr_read_b32 v15, a13
	v_accvgpr_read_b32 v14, a12
	v_accvgpr_read_b32 v12, a10
	v_accvgpr_read_b32 v11, a9
	v_accvgpr_read_b32 v10, a8
	v_accvgpr_read_b32 v8, a6
	v_accvgpr_read_b32 v7, a5
	v_accvgpr_read_b32 v6, a4
	v_accvgpr_read_b32 v5, a3
	v_accvgpr_read_b32 v4, a2
	v_accvgpr_read_b32 v3, a1
	v_accvgpr_read_b32 v2, a0
	v_mfma_f32_32x32x8_f16 a[16:31], v[68:69], v[82:83], a[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v74, v249, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v75, v248, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v249, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v248, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v80, 8, v77
	v_and_b32_sdwa v84, v77, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v77, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[196:211], v[66:67], v[82:83], v[196:211]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v88, 0x7f, v80
	v_cmp_ne_u16_e64 s[0:1], s39, v88
	v_cmp_ne_u16_e64 s[2:3], 0, v88
	v_cmp_ne_u16_e64 s[4:5], 1, v88
	v_cmp_ne_u16_e64 s[6:7], 2, v88
	v_cmp_ne_u16_e64 s[10:11], 3, v88
	v_cmp_ne_u16_e64 s[12:13], 4, v88
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[2:17], v[72:73], v[82:83], v[2:17]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v82, 8, v77
	v_lshlrev_b16_e32 v83, 7, v77
	v_and_b32_e32 v77, 0x7f, v77
	v_cmp_ne_u16_e64 s[18:19], s39, v77
	v_cmp_ne_u16_e64 s[20:21], 0, v77
	v_cmp_ne_u16_e64 s[22:23], 1, v77
	v_cmp_ne_u16_e64 s[24:25], 2, v77
	v_cmp_ne_u16_e64 s[26:27], 3, v77
	v_cmp_ne_u16_e64 s[28:29], 4, v77
	v_cmp_ne_u16_e64 s[30:31], 5, v77
	v_cmp_ne_u16_e64 s[34:35], 6, v77
	v_cmp_ne_u16_e64 s[36:37], 7, v77
	v_and_b32_e32 v77, 0x3f80, v83
	v_add_u16_e32 v77, 0x2000, v77
	v_cndmask_b32_e64 v77, v247, v77, s[18:19]
	v_cndmask_b32_e64 v77, 0, v77, s[20:21]
	v_cndmask_b32_e64 v77, v246, v77, s[22:23]
	v_cndmask_b32_e64 v77, v245, v77, s[24:25]
	v_cndmask_b32_e64 v77, v244, v77, s[26:27]
	v_cndmask_b32_e64 v77, v243, v77, s[28:29]
	v_cndmask_b32_e64 v77, v242, v77, s[30:31]
	v_cndmask_b32_e64 v77, v1, v77, s[34:35]
	v_cndmask_b32_e64 v77, v0, v77, s[36:37]
	v_and_b32_e32 v82, 0xffff8000, v82
	v_or_b32_e32 v77, v77, v82
	v_lshlrev_b16_e32 v82, 7, v80
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v82, v247, v82, s[0:1]
	v_cndmask_b32_e64 v82, 0, v82, s[2:3]
	v_cndmask_b32_e64 v82, v246, v82, s[4:5]
	v_cndmask_b32_e64 v82, v245, v82, s[6:7]
	v_cndmask_b32_e64 v82, v244, v82, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v88
	v_cndmask_b32_e64 v82, v243, v82, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v88
	v_cndmask_b32_e64 v82, v242, v82, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v88
	v_cndmask_b32_e64 v82, v1, v82, s[16:17]
	v_and_b32_e32 v78, 0x3f80, v78
	.loc	1 32 15                         ; spill.py:32:15
	scratch_store_dwordx4 off, v[34:37], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:560 ; 16-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e32 v82, v0, v82, vcc
	v_cmp_ne_u16_e32 vcc, s39, v86
	v_add_u16_e32 v78, 0x2000, v78
	v_and_b32_e32 v75, 0x3f80, v75
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[34:37], off, off offset:1416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:1432 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:1448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:1464 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[0:1], 0, v86
	v_cndmask_b32_e32 v78, v247, v78, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[2:3], 1, v86
	v_cndmask_b32_e64 v78, 0, v78, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v86
	v_cndmask_b32_e64 v78, v246, v78, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v86
	v_cndmask_b32_e64 v78, v245, v78, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v86
	v_cndmask_b32_e64 v78, v244, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v86
	v_cndmask_b32_e64 v78, v243, v78, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v86
	v_cndmask_b32_e64 v78, v242, v78, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v86
	v_cndmask_b32_e64 v78, v1, v78, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	v_lshlrev_b16_e32 v80, 8, v80
	v_cndmask_b32_e64 v78, v0, v78, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_and_b32_e32 v80, 0xffff8000, v80
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v80, v82, v80
	v_or_b32_e32 v76, v78, v76
	v_or_b32_e32 v74, v75, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v74, v76, s38
	v_perm_b32 v74, v80, v77, s38
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
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v249, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v77, v248, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[66:67], v[74:75], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshrrev_b32_e32 v78, 8, v79
	v_lshlrev_b16_e32 v80, 8, v79
	v_lshlrev_b16_e32 v82, 7, v79
	v_and_b32_sdwa v83, v79, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v84, v79, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v80, 0xffff8000, v80
	v_and_b32_e32 v86, 0x7f, v78
	v_cmp_ne_u16_e64 s[0:1], s39, v86
	v_cmp_ne_u16_e64 s[2:3], 0, v86
	v_cmp_ne_u16_e64 s[4:5], 1, v86
	v_cmp_ne_u16_e64 s[6:7], 2, v86
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
	v_cmp_ne_u16_e64 s[10:11], 3, v86
	v_cmp_ne_u16_e64 s[12:13], 4, v86
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[74:75], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[14:15], 5, v86
	v_cmp_ne_u16_e64 s[16:17], 6, v86
	v_cmp_ne_u16_e32 vcc, 7, v86
	v_and_b32_e32 v77, 0x3f80, v77
	v_add_u16_e32 v77, 0x2000, v77
	v_and_b32_e32 v76, 0xffff8000, v76
	v_accvgpr_mov_b32 a79, a31
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[34:49], v[96:97], v[98:99], v[34:49]
	v_accvgpr_mov_b32 a78, a30
	v_accvgpr_mov_b32 a77, a29
	v_accvgpr_mov_b32 a76, a28
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
	v_accvgpr_mov_b32 a0, a160
	v_accvgpr_mov_b32 a1, a161
	v_accvgpr_mov_b32 a2, a162
	v_accvgpr_mov_b32 a3, a163
	v_accvgpr_mov_b32 a4, a164
	v_accvgpr_mov_b32 a5, a165
	v_accvgpr_mov_b32 a6, a166
	v_accvgpr_mov_b32 a7, a167
	v_accvgpr_mov_b32 a8, a168
	v_accvgpr_mov_b32 a9, a169
	v_accvgpr_mov_b32 a10, a170
	v_accvgpr_mov_b32 a11, a171
	v_accvgpr_mov_b32 a12, a172
	v_accvgpr_mov_b32 a13, a173
	v_accvgpr_mov_b32 a14, a174
	v_accvgpr_mov_b32 a15, a175
	v_accvgpr_mov_b32 a75, a27
	v_accvgpr_mov_b32 a74, a26
	v_mfma_f32_32x32x8_f16 a[0:15], v[70:71], v[74:75], a[0:15]
	v_accvgpr_mov_b32 a73, a25
	v_accvgpr_mov_b32 a72, a24
	v_accvgpr_mov_b32 a71, a23
	v_accvgpr_mov_b32 a70, a22
	v_accvgpr_mov_b32 a69, a21
	v_accvgpr_mov_b32 a68, a20
	v_accvgpr_mov_b32 a67, a19
	v_accvgpr_mov_b32 a66, a18
	v_accvgpr_mov_b32 a65, a17
	v_accvgpr_mov_b32 a64, a16
	v_accvgpr_mov_b32 a16, a128
	v_accvgpr_mov_b32 a223, a15
	v_accvgpr_mov_b32 a222, a14
	v_accvgpr_mov_b32 a221, a13
	v_accvgpr_mov_b32 a220, a12
	v_accvgpr_mov_b32 a219, a11
	v_accvgpr_mov_b32 a218, a10
	v_accvgpr_mov_b32 a217, a9
	v_accvgpr_mov_b32 a216, a8
	v_accvgpr_mov_b32 a215, a7
	v_accvgpr_mov_b32 a214, a6
	v_accvgpr_mov_b32 a213, a5
	v_accvgpr_mov_b32 a212, a4
	v_accvgpr_mov_b32 a211, a3
	v_accvgpr_mov_b32 a210, a2
	v_accvgpr_mov_b32 a209, a1
	v_accvgpr_mov_b32 a208, a0
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
	v_accvgpr_mov_b32 a17, a129
	v_accvgpr_mov_b32 a18, a130
	v_mfma_f32_32x32x8_f16 a[0:15], v[72:73], v[74:75], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v74, v249, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v75, v248, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v79, 0x7f, v79
	v_cmp_ne_u16_e64 s[18:19], s39, v79
	v_cmp_ne_u16_e64 s[20:21], 0, v79
	v_cmp_ne_u16_e64 s[22:23], 1, v79
	v_cmp_ne_u16_e64 s[24:25], 2, v79
	v_cmp_ne_u16_e64 s[26:27], 3, v79
	v_cmp_ne_u16_e64 s[28:29], 4, v79
	v_cmp_ne_u16_e64 s[30:31], 5, v79
	v_cmp_ne_u16_e64 s[34:35], 6, v79
	v_cmp_ne_u16_e64 s[36:37], 7, v79
	v_and_b32_e32 v79, 0x3f80, v82
	v_add_u16_e32 v79, 0x2000, v79
	v_cndmask_b32_e64 v79, v247, v79, s[18:19]
	v_cndmask_b32_e64 v79, 0, v79, s[20:21]
	v_cndmask_b32_e64 v79, v246, v79, s[22:23]
	v_cndmask_b32_e64 v79, v245, v79, s[24:25]
	v_cndmask_b32_e64 v79, v244, v79, s[26:27]
	v_cndmask_b32_e64 v79, v243, v79, s[28:29]
	v_cndmask_b32_e64 v79, v242, v79, s[30:31]
	v_cndmask_b32_e64 v79, v1, v79, s[34:35]
	v_cndmask_b32_e64 v79, v0, v79, s[36:37]
	v_or_b32_e32 v79, v79, v80
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v80, v247, v80, s[0:1]
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cndmask_b32_e64 v80, v246, v80, s[4:5]
	v_cndmask_b32_e64 v80, v245, v80, s[6:7]
	v_cndmask_b32_e64 v80, v244, v80, s[10:11]
	v_cndmask_b32_e64 v80, v243, v80, s[12:13]
	v_cndmask_b32_e64 v80, v242, v80, s[14:15]
	v_cndmask_b32_e64 v80, v1, v80, s[16:17]
	v_cndmask_b32_e32 v80, v0, v80, vcc
	v_cmp_ne_u16_e32 vcc, s39, v84
	v_and_b32_e32 v75, 0x3f80, v75
	v_cmp_ne_u16_e64 s[0:1], 0, v84
	v_cndmask_b32_e32 v77, v247, v77, vcc
	v_cmp_ne_u16_e32 vcc, s39, v83
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[2:3], 1, v84
	v_cndmask_b32_e64 v77, 0, v77, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v83
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v84
	v_cndmask_b32_e64 v77, v246, v77, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v83
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v77, v245, v77, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v83
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v84
	v_cndmask_b32_e64 v77, v244, v77, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v83
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v84
	v_cndmask_b32_e64 v77, v243, v77, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v83
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v84
	v_cndmask_b32_e64 v77, v242, v77, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v83
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v84
	v_cndmask_b32_e64 v77, v1, v77, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v83
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	v_lshlrev_b16_e32 v78, 8, v78
	v_cndmask_b32_e64 v77, v0, v77, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v83
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v78, v80, v78
	v_or_b32_e32 v76, v77, v76
	v_or_b32_e32 v74, v75, v74
	v_accvgpr_mov_b32 a207, a15
	v_accvgpr_mov_b32 a206, a14
	v_accvgpr_mov_b32 a205, a13
	v_accvgpr_mov_b32 a204, a12
	v_accvgpr_mov_b32 a203, a11
	v_accvgpr_mov_b32 a202, a10
	v_accvgpr_mov_b32 a201, a9
	v_accvgpr_mov_b32 a200, a8
	v_accvgpr_mov_b32 a199, a7
	v_accvgpr_mov_b32 a198, a6
	v_accvgpr_mov_b32 a197, a5
	v_accvgpr_mov_b32 a196, a4
	v_accvgpr_mov_b32 a195, a3
	v_accvgpr_mov_b32 a194, a2
	v_accvgpr_mov_b32 a193, a1
	v_accvgpr_mov_b32 a192, a0
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v74, v76, s38
	v_perm_b32 v74, v78, v79, s38
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
	v_accvgpr_mov_b32 a19, a131
	v_accvgpr_mov_b32 a20, a132
	v_mfma_f32_32x32x8_f16 a[0:15], v[66:67], v[74:75], a[0:15]
	v_accvgpr_mov_b32 a21, a133
	v_accvgpr_mov_b32 a22, a134
	v_accvgpr_mov_b32 a23, a135
	v_accvgpr_mov_b32 a24, a136
	v_accvgpr_mov_b32 a25, a137
	v_accvgpr_mov_b32 a26, a138
	v_accvgpr_mov_b32 a27, a139
	v_accvgpr_mov_b32 a28, a140
	v_accvgpr_mov_b32 a29, a141
	v_accvgpr_mov_b32 a30, a142
	v_accvgpr_mov_b32 a31, a143
	v_accvgpr_mov_b32 a191, a15
	v_accvgpr_mov_b32 a190, a14
	v_accvgpr_mov_b32 a189, a13
	v_accvgpr_mov_b32 a188, a12
	v_accvgpr_mov_b32 a187, a11
	v_accvgpr_mov_b32 a186, a10
	v_accvgpr_mov_b32 a185, a9
	v_accvgpr_mov_b32 a184, a8
	v_accvgpr_mov_b32 a183, a7
	v_accvgpr_mov_b32 a182, a6
	v_accvgpr_mov_b32 a181, a5
	v_accvgpr_mov_b32 a180, a4
	v_accvgpr_mov_b32 a179, a3
	v_accvgpr_mov_b32 a178, a2
	v_accvgpr_mov_b32 a177, a1
	v_accvgpr_mov_b32 a176, a0
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
	v_accvgpr_mov_b32 a112, a144
	v_accvgpr_mov_b32 a113, a145
	v_accvgpr_mov_b32 a114, a146
	v_accvgpr_mov_b32 a115, a147
	v_accvgpr_mov_b32 a116, a148
	v_accvgpr_mov_b32 a117, a149
	v_accvgpr_mov_b32 a118, a150
	v_accvgpr_mov_b32 a119, a151
	v_accvgpr_mov_b32 a120, a152
	v_accvgpr_mov_b32 a121, a153
	v_accvgpr_mov_b32 a122, a154
	v_accvgpr_mov_b32 a123, a155
	v_accvgpr_mov_b32 a124, a156
	v_accvgpr_mov_b32 a125, a157
	v_accvgpr_mov_b32 a126, a158
	v_accvgpr_mov_b32 a127, a159
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v80, 7, v81
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[0:15], v[68:69], v[74:75], a[0:15]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v249, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v77, v248, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v78, 8, v81
	v_lshlrev_b16_e32 v79, 8, v81
	v_and_b32_sdwa v82, v81, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v83, v81, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v80, 0x3f80, v80
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[16:31], v[70:71], v[74:75], a[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u16_e32 v80, 0x2000, v80
	scratch_store_dwordx4 off, v[34:37], off offset:1416 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:1432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:1448 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:1464 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[34:37], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v79, 0xffff8000, v79
	v_and_b32_e32 v84, 0x7f, v78
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 a[112:127], v[72:73], v[74:75], a[112:127]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v74, v249, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v75, v248, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v81, 0x7f, v81
	v_cmp_ne_u16_e64 s[18:19], s39, v81
	v_cmp_ne_u16_e64 s[20:21], 0, v81
	v_cmp_ne_u16_e64 s[22:23], 1, v81
	v_cndmask_b32_e64 v80, v247, v80, s[18:19]
	v_cndmask_b32_e64 v80, 0, v80, s[20:21]
	v_cmp_ne_u16_e64 s[24:25], 2, v81
	v_cndmask_b32_e64 v80, v246, v80, s[22:23]
	v_cmp_ne_u16_e64 s[26:27], 3, v81
	v_cndmask_b32_e64 v80, v245, v80, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 4, v81
	v_cndmask_b32_e64 v80, v244, v80, s[26:27]
	v_cmp_ne_u16_e64 s[30:31], 5, v81
	v_cndmask_b32_e64 v80, v243, v80, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 6, v81
	v_cndmask_b32_e64 v80, v242, v80, s[30:31]
	v_cmp_ne_u16_e64 s[36:37], 7, v81
	v_cndmask_b32_e64 v80, v1, v80, s[34:35]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v80, v0, v80, s[36:37]
	v_or_b32_e32 v79, v80, v79
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v80, v247, v80, s[0:1]
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v80, v246, v80, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v80, v245, v80, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v80, v244, v80, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v80, v243, v80, s[12:13]
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v80, v242, v80, s[14:15]
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v80, v1, v80, s[16:17]
	v_and_b32_e32 v77, 0x3f80, v77
	v_lshlrev_b16_e32 v78, 8, v78
	v_cndmask_b32_e32 v80, v0, v80, vcc
	v_cmp_ne_u16_e32 vcc, s39, v83
	v_add_u16_e32 v77, 0x2000, v77
	v_and_b32_e32 v75, 0x3f80, v75
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cmp_ne_u16_e64 s[0:1], 0, v83
	v_cndmask_b32_e32 v77, v247, v77, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_add_u16_e32 v75, 0x2000, v75
	v_or_b32_e32 v78, v80, v78
	v_cmp_ne_u16_e64 s[2:3], 1, v83
	v_cndmask_b32_e64 v77, 0, v77, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_lshlrev_b16_e32 v80, 7, v85
	v_cmp_ne_u16_e64 s[4:5], 2, v83
	v_cmp_ne_u16_e64 s[6:7], 3, v83
	v_cmp_ne_u16_e64 s[10:11], 4, v83
	v_cmp_ne_u16_e64 s[12:13], 5, v83
	v_cmp_ne_u16_e64 s[14:15], 6, v83
	v_cmp_ne_u16_e64 s[16:17], 7, v83
	v_cndmask_b32_e64 v77, v246, v77, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_and_b32_e32 v83, 0x7f, v85
	v_and_b32_e32 v80, 0x3f80, v80
	v_cndmask_b32_e64 v77, v245, v77, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cmp_ne_u16_e64 s[18:19], s39, v83
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v77, v244, v77, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cmp_ne_u16_e64 s[20:21], 0, v83
	v_cndmask_b32_e64 v80, v247, v80, s[18:19]
	v_cndmask_b32_e64 v77, v243, v77, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	v_cmp_ne_u16_e64 s[22:23], 1, v83
	v_cndmask_b32_e64 v80, 0, v80, s[20:21]
	v_cndmask_b32_e64 v77, v242, v77, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cmp_ne_u16_e64 s[24:25], 2, v83
	v_cndmask_b32_e64 v80, v246, v80, s[22:23]
	v_cndmask_b32_e64 v77, v1, v77, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	v_cmp_ne_u16_e64 s[26:27], 3, v83
	v_cndmask_b32_e64 v80, v245, v80, s[24:25]
	v_cndmask_b32_e64 v77, v0, v77, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_cmp_ne_u16_e64 s[28:29], 4, v83
	v_cndmask_b32_e64 v80, v244, v80, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cmp_ne_u16_e64 s[30:31], 5, v83
	v_cndmask_b32_e64 v80, v243, v80, s[28:29]
	v_or_b32_e32 v76, v77, v76
	v_or_b32_e32 v74, v75, v74
	v_cmp_ne_u16_e64 s[34:35], 6, v83
	v_cndmask_b32_e64 v80, v242, v80, s[30:31]
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v74, v76, s38
	v_perm_b32 v74, v78, v79, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v79, 8, v85
	v_cmp_ne_u16_e64 s[36:37], 7, v83
	v_cndmask_b32_e64 v80, v1, v80, s[34:35]
	v_lshrrev_b32_e32 v78, 8, v85
	v_cndmask_b32_e64 v80, v0, v80, s[36:37]
	v_and_b32_e32 v79, 0xffff8000, v79
	v_or_b32_e32 v79, v80, v79
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v84, 0x7f, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	v_cndmask_b32_e64 v80, v247, v80, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v80, v246, v80, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v80, v245, v80, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v80, v244, v80, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v80, v243, v80, s[12:13]
	v_lshlrev_b16_sdwa v77, v248, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v80, v242, v80, s[14:15]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[164:179], v[66:67], v[74:75], v[164:179]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_sdwa v82, v85, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v80, v1, v80, s[16:17]
	v_and_b32_e32 v77, 0x3f80, v77
	v_and_b32_sdwa v81, v85, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v78, 8, v78
	v_cndmask_b32_e32 v80, v0, v80, vcc
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[212:227], v[68:69], v[74:75], v[212:227]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_add_u16_e32 v77, 0x2000, v77
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v77, v247, v77, vcc
	v_cmp_ne_u16_e32 vcc, s39, v81
	v_or_b32_e32 v78, v80, v78
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[180:195], v[70:71], v[74:75], v[180:195]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cndmask_b32_e64 v77, 0, v77, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v81
	v_lshlrev_b16_e32 v80, 7, v87
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e64 v77, v246, v77, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v81
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[148:163], v[72:73], v[74:75], v[148:163]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v75, v248, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v75, 0x3f80, v75
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_and_b32_e32 v83, 0x7f, v87
	v_and_b32_e32 v80, 0x3f80, v80
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v77, v245, v77, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v81
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cmp_ne_u16_e64 s[18:19], s39, v83
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	v_cndmask_b32_e64 v77, v244, v77, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v81
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cmp_ne_u16_e64 s[20:21], 0, v83
	v_cndmask_b32_e64 v80, v247, v80, s[18:19]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v77, v243, v77, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v81
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	v_cmp_ne_u16_e64 s[22:23], 1, v83
	v_cndmask_b32_e64 v80, 0, v80, s[20:21]
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v77, v242, v77, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v81
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cmp_ne_u16_e64 s[24:25], 2, v83
	v_cndmask_b32_e64 v80, v246, v80, s[22:23]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v77, v1, v77, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v81
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	v_cmp_ne_u16_e64 s[26:27], 3, v83
	v_cndmask_b32_e64 v80, v245, v80, s[24:25]
	v_lshlrev_b16_sdwa v74, v249, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v249, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v77, v0, v77, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v81
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_cmp_ne_u16_e64 s[28:29], 4, v83
	v_cndmask_b32_e64 v80, v244, v80, s[26:27]
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cmp_ne_u16_e64 s[30:31], 5, v83
	v_cndmask_b32_e64 v80, v243, v80, s[28:29]
	v_or_b32_e32 v76, v77, v76
	v_or_b32_e32 v74, v75, v74
	v_cmp_ne_u16_e64 s[34:35], 6, v83
	v_cndmask_b32_e64 v80, v242, v80, s[30:31]
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v74, v76, s38
	v_perm_b32 v74, v78, v79, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v79, 8, v87
	v_cmp_ne_u16_e64 s[36:37], 7, v83
	v_cndmask_b32_e64 v80, v1, v80, s[34:35]
	v_lshrrev_b32_e32 v78, 8, v87
	v_cndmask_b32_e64 v80, v0, v80, s[36:37]
	v_and_b32_e32 v79, 0xffff8000, v79
	v_or_b32_e32 v79, v80, v79
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v84, 0x7f, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	v_cndmask_b32_e64 v80, v247, v80, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v80, v246, v80, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v80, v245, v80, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v80, v244, v80, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v80, v243, v80, s[12:13]
	v_lshlrev_b16_sdwa v77, v248, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v80, v242, v80, s[14:15]
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[132:147], v[66:67], v[74:75], v[132:147]
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_sdwa v82, v87, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v80, v1, v80, s[16:17]
	v_and_b32_e32 v77, 0x3f80, v77
	v_and_b32_sdwa v81, v87, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v80, v0, v80, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[116:131], v[68:69], v[74:75], v[116:131]
	.loc	1 30 13                         ; spill.py:30:13
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v77, v247, v77, vcc
	v_cmp_ne_u16_e32 vcc, s39, v81
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cndmask_b32_e64 v77, 0, v77, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v81
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[50:65], v[70:71], v[74:75], v[50:65]
	.loc	1 30 13                         ; spill.py:30:13
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e64 v77, v246, v77, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v81
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v77, v245, v77, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v81
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	.loc	1 32 15                         ; spill.py:32:15
	v_mfma_f32_32x32x8_f16 v[18:33], v[72:73], v[74:75], v[18:33]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v75, v248, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v75, 0x3f80, v75
	v_add_u16_e32 v75, 0x2000, v75
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cndmask_b32_e64 v77, v244, v77, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v81
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v77, v243, v77, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v81
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	scratch_store_dwordx4 off, v[18:21], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:176 ; 16-byte Folded Spill
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v77, v242, v77, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v81
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v77, v1, v77, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v81
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[18:21], off, off offset:964 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:980 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:996 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:1012 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v74, v249, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v249, v87 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v78, 8, v78
	v_cndmask_b32_e64 v77, v0, v77, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v81
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v78, v80, v78
	v_or_b32_e32 v76, v77, v76
	v_or_b32_e32 v74, v75, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v74, v76, s38
	v_perm_b32 v74, v78, v79, s38
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_e32 v80, 7, v91
	v_and_b32_e32 v83, 0x7f, v91
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[34:49], v[66:67], v[74:75], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[18:33], v[70:71], v[74:75], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:964 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:980 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:996 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:1012 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:900 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:916 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:932 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:948 ; 16-byte Folded Reload
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[34:49], v[68:69], v[74:75], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:772 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:788 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:804 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:820 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_and_b32_e32 v80, 0x3f80, v80
	v_cmp_ne_u16_e64 s[18:19], s39, v83
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[20:21], 0, v83
	v_cndmask_b32_e64 v80, v247, v80, s[18:19]
	v_cmp_ne_u16_e64 s[22:23], 1, v83
	v_cndmask_b32_e64 v80, 0, v80, s[20:21]
	v_cmp_ne_u16_e64 s[24:25], 2, v83
	v_cndmask_b32_e64 v80, v246, v80, s[22:23]
	v_cmp_ne_u16_e64 s[26:27], 3, v83
	v_cndmask_b32_e64 v80, v245, v80, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 4, v83
	v_cndmask_b32_e64 v80, v244, v80, s[26:27]
	v_cmp_ne_u16_e64 s[30:31], 5, v83
	v_cndmask_b32_e64 v80, v243, v80, s[28:29]
	v_cmp_ne_u16_e64 s[34:35], 6, v83
	v_cndmask_b32_e64 v80, v242, v80, s[30:31]
	v_lshlrev_b16_e32 v79, 8, v91
	v_cmp_ne_u16_e64 s[36:37], 7, v83
	v_cndmask_b32_e64 v80, v1, v80, s[34:35]
	v_lshrrev_b32_e32 v78, 8, v91
	v_cndmask_b32_e64 v80, v0, v80, s[36:37]
	v_and_b32_e32 v79, 0xffff8000, v79
	v_or_b32_e32 v79, v80, v79
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v84, 0x7f, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_cmp_ne_u16_e64 s[0:1], s39, v84
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[2:3], 0, v84
	v_cndmask_b32_e64 v80, v247, v80, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 1, v84
	v_cndmask_b32_e64 v80, 0, v80, s[2:3]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v80, v246, v80, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 3, v84
	v_cndmask_b32_e64 v80, v245, v80, s[6:7]
	v_cmp_ne_u16_e64 s[12:13], 4, v84
	v_cndmask_b32_e64 v80, v244, v80, s[10:11]
	v_cmp_ne_u16_e64 s[14:15], 5, v84
	v_cndmask_b32_e64 v80, v243, v80, s[12:13]
	v_lshlrev_b16_sdwa v77, v248, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[16:17], 6, v84
	v_cndmask_b32_e64 v80, v242, v80, s[14:15]
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[18:33], v[72:73], v[74:75], v[18:33]
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v75, v248, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v82, v91, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_cndmask_b32_e64 v80, v1, v80, s[16:17]
	v_and_b32_e32 v77, 0x3f80, v77
	v_and_b32_sdwa v81, v91, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v80, v0, v80, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_add_u16_e32 v77, 0x2000, v77
	v_and_b32_e32 v75, 0x3f80, v75
	v_cmp_ne_u16_e64 s[0:1], 0, v82
	v_cndmask_b32_e32 v77, v247, v77, vcc
	v_cmp_ne_u16_e32 vcc, s39, v81
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[2:3], 1, v82
	v_cndmask_b32_e64 v77, 0, v77, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v81
	v_cndmask_b32_e32 v75, v247, v75, vcc
	v_cmp_ne_u16_e64 s[4:5], 2, v82
	v_cndmask_b32_e64 v77, v246, v77, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v81
	v_cndmask_b32_e64 v75, 0, v75, s[0:1]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v77, v245, v77, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v81
	v_cndmask_b32_e64 v75, v246, v75, s[2:3]
	v_cmp_ne_u16_e64 s[10:11], 4, v82
	v_cndmask_b32_e64 v77, v244, v77, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v81
	v_cndmask_b32_e64 v75, v245, v75, s[4:5]
	v_cmp_ne_u16_e64 s[12:13], 5, v82
	v_cndmask_b32_e64 v77, v243, v77, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v81
	v_cndmask_b32_e64 v75, v244, v75, s[6:7]
	v_cmp_ne_u16_e64 s[14:15], 6, v82
	v_cndmask_b32_e64 v77, v242, v77, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], 5, v81
	v_cndmask_b32_e64 v75, v243, v75, s[10:11]
	v_cmp_ne_u16_e64 s[16:17], 7, v82
	v_cndmask_b32_e64 v77, v1, v77, s[14:15]
	v_cmp_ne_u16_e64 s[14:15], 6, v81
	v_cndmask_b32_e64 v75, v242, v75, s[12:13]
	v_lshlrev_b16_sdwa v74, v249, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v76, v249, v91 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v78, 8, v78
	v_cndmask_b32_e64 v77, v0, v77, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 7, v81
	v_cndmask_b32_e64 v75, v1, v75, s[14:15]
	v_and_b32_e32 v78, 0xffff8000, v78
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v75, v0, v75, s[16:17]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v78, v80, v78
	v_or_b32_e32 v76, v77, v76
	v_or_b32_e32 v74, v75, v74
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v75, v74, v76, s38
	v_perm_b32 v74, v78, v79, s38
	.loc	1 30 13                         ; spill.py:30:13
	scratch_store_dwordx4 off, v[18:21], off offset:900 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:916 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:932 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:948 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[34:49], v[68:69], v[74:75], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:772 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:788 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:804 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:820 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[34:37], off, off offset:708 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[38:41], off, off offset:724 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:740 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:756 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:836 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:852 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:868 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:884 ; 16-byte Folded Reload
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[34:49], v[70:71], v[74:75], v[34:49]
	s_nop 10
	scratch_store_dwordx4 off, v[34:37], off offset:708 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:724 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:740 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:756 ; 16-byte Folded Spill
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 v[18:33], v[66:67], v[74:75], v[18:33]
	scratch_load_dwordx4 v[34:37], off, off offset:644 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:660 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:676 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:692 ; 16-byte Folded Reload
	s_nop 6
	scratch_store_dwordx4 off, v[18:21], off offset:836 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:852 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:868 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:884 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_lshlrev_b16_sdwa v76, v248, v95 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v77, v248, v95 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v78, 8, v95
	v_and_b32_sdwa v81, v95, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v76, 0x3f80, v76
	v_and_b32_sdwa v82, v95, s39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v77, 0x3f80, v77
	v_lshlrev_b16_e32 v84, 7, v78
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e32 vcc, s39, v81
	v_lshlrev_b16_e32 v80, 7, v95
	v_and_b32_e32 v84, 0x3f80, v84
	v_add_u16_e32 v77, 0x2000, v77
	v_cndmask_b32_e32 v76, v247, v76, vcc
	v_cmp_ne_u16_e32 vcc, s39, v82
	v_and_b32_e32 v85, 0x7f, v78
	v_and_b32_e32 v83, 0x7f, v95
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v84, 0x2000, v84
	v_cndmask_b32_e32 v77, v247, v77, vcc
	v_cmp_ne_u16_e32 vcc, s39, v85
	v_add_u16_e32 v80, 0x2000, v80
	v_lshlrev_b16_e32 v79, 8, v95
	v_cndmask_b32_e32 v84, v247, v84, vcc
	v_cmp_ne_u16_e32 vcc, s39, v83
	v_cmp_ne_u16_e64 s[0:1], 7, v85
	v_cmp_ne_u16_e64 s[2:3], 7, v83
	v_cndmask_b32_e32 v80, v247, v80, vcc
	v_cmp_ne_u16_e32 vcc, 0, v81
	v_cmp_ne_u16_e64 s[4:5], 7, v81
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 v[34:49], v[72:73], v[74:75], v[34:49]
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e32 v76, 0, v76, vcc
	v_cmp_ne_u16_e32 vcc, 0, v82
	v_lshlrev_b16_sdwa v74, v249, v95 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v75, v249, v95 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v77, 0, v77, vcc
	v_cmp_ne_u16_e32 vcc, 0, v85
	v_and_b32_e32 v74, 0xffff8000, v74
	.loc	1 32 15                         ; spill.py:32:15
	scratch_store_dwordx4 off, v[100:103], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[104:107], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[108:111], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[112:115], off offset:432 ; 16-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e32 v84, 0, v84, vcc
	v_cmp_ne_u16_e32 vcc, 0, v83
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[100:103], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[104:107], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[108:111], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[112:115], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e32 v80, 0, v80, vcc
	v_cmp_ne_u16_e32 vcc, 1, v81
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[100:115], v[92:93], v[98:99], v[100:115]
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e32 v76, v246, v76, vcc
	v_cmp_ne_u16_e32 vcc, 1, v82
	.loc	1 32 15                         ; spill.py:32:15
	s_nop 8
	scratch_store_dwordx4 off, v[100:103], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[104:107], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[108:111], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[112:115], off offset:368 ; 16-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	v_cndmask_b32_e32 v77, v246, v77, vcc
	v_cmp_ne_u16_e32 vcc, 1, v85
	scratch_store_dwordx4 off, v[34:37], off offset:644 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[38:41], off offset:660 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[42:45], off offset:676 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[46:49], off offset:692 ; 16-byte Folded Spill
	v_cndmask_b32_e32 v84, v246, v84, vcc
	v_cmp_ne_u16_e32 vcc, 1, v83
	v_mov_b64_e32 v[240:241], v[160:161]
	v_mov_b64_e32 v[238:239], v[158:159]
	v_cndmask_b32_e32 v80, v246, v80, vcc
	v_cmp_ne_u16_e32 vcc, 2, v81
	v_mov_b64_e32 v[236:237], v[156:157]
	v_mov_b64_e32 v[234:235], v[154:155]
	v_cndmask_b32_e32 v76, v245, v76, vcc
	v_cmp_ne_u16_e32 vcc, 2, v82
	v_mov_b64_e32 v[232:233], v[152:153]
	v_mov_b64_e32 v[230:231], v[150:151]
	v_cndmask_b32_e32 v77, v245, v77, vcc
	v_cmp_ne_u16_e32 vcc, 2, v85
	v_mov_b64_e32 v[228:229], v[148:149]
	scratch_store_dwordx4 off, v[50:53], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[54:57], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[58:61], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[62:65], off offset:240 ; 16-byte Folded Spill
	v_cndmask_b32_e32 v84, v245, v84, vcc
	v_cmp_ne_u16_e32 vcc, 2, v83
	v_accvgpr_mov_b32 a47, a31
	v_accvgpr_mov_b32 a46, a30
	v_cndmask_b32_e32 v80, v245, v80, vcc
	v_cmp_ne_u16_e32 vcc, 3, v81
	v_accvgpr_mov_b32 a45, a29
	v_accvgpr_mov_b32 a44, a28
	v_cndmask_b32_e32 v76, v244, v76, vcc
	v_cmp_ne_u16_e32 vcc, 3, v82
	v_accvgpr_mov_b32 a43, a27
	v_accvgpr_mov_b32 a42, a26
	v_cndmask_b32_e32 v77, v244, v77, vcc
	v_cmp_ne_u16_e32 vcc, 3, v85
	v_accvgpr_mov_b32 a41, a25
	v_accvgpr_mov_b32 a40, a24
	v_cndmask_b32_e32 v84, v244, v84, vcc
	v_cmp_ne_u16_e32 vcc, 3, v83
	v_accvgpr_mov_b32 a39, a23
	v_accvgpr_mov_b32 a38, a22
	v_cndmask_b32_e32 v80, v244, v80, vcc
	v_cmp_ne_u16_e32 vcc, 4, v81
	v_accvgpr_mov_b32 a37, a21
	v_accvgpr_mov_b32 a36, a20
	v_cndmask_b32_e32 v76, v243, v76, vcc
	v_cmp_ne_u16_e32 vcc, 4, v82
	v_accvgpr_mov_b32 a35, a19
	v_accvgpr_mov_b32 a34, a18
	v_cndmask_b32_e32 v77, v243, v77, vcc
	v_cmp_ne_u16_e32 vcc, 4, v85
	v_accvgpr_mov_b32 a33, a17
	v_accvgpr_mov_b32 a32, a16
	v_cndmask_b32_e32 v84, v243, v84, vcc
	v_cmp_ne_u16_e32 vcc, 4, v83
	scratch_store_dwordx4 off, v[132:135], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[136:139], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[140:143], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[144:147], off offset:624 ; 16-byte Folded Spill
	v_cndmask_b32_e32 v80, v243, v80, vcc
	v_cmp_ne_u16_e32 vcc, 5, v81
	scratch_store_dwordx4 off, v[116:119], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[120:123], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[124:127], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[128:131], off offset:496 ; 16-byte Folded Spill
	v_cndmask_b32_e32 v76, v242, v76, vcc
	v_cmp_ne_u16_e32 vcc, 5, v82
	v_accvgpr_read_b32 v133, a127
	v_accvgpr_read_b32 v132, a126
	v_cndmask_b32_e32 v77, v242, v77, vcc
	v_cmp_ne_u16_e32 vcc, 5, v85
	v_accvgpr_read_b32 v131, a125
	v_accvgpr_read_b32 v130, a124
	v_cndmask_b32_e32 v84, v242, v84, vcc
	v_cmp_ne_u16_e32 vcc, 5, v83
	v_accvgpr_read_b32 v129, a123
	v_accvgpr_read_b32 v128, a122
	v_cndmask_b32_e32 v80, v242, v80, vcc
	v_cmp_ne_u16_e32 vcc, 6, v81
	v_mov_b64_e32 v[242:243], v[162:163]
	scratch_load_dwordx4 v[148:151], off, off offset:1416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[152:155], off, off offset:1432 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[156:159], off, off offset:1448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[160:163], off, off offset:1464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[34:37], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[38:41], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[42:45], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[46:49], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[48:51], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[60:63], off, off offset:112 ; 16-byte Folded Reload
	v_cndmask_b32_e32 v76, v1, v76, vcc
	v_cmp_ne_u16_e32 vcc, 6, v82
	v_cndmask_b32_e64 v76, v0, v76, s[4:5]
	v_or_b32_e32 v74, v76, v74
	v_cndmask_b32_e32 v77, v1, v77, vcc
	v_cmp_ne_u16_e32 vcc, 6, v85
	v_accvgpr_read_b32 v127, a121
	v_accvgpr_read_b32 v126, a120
	v_cndmask_b32_e32 v84, v1, v84, vcc
	v_cmp_ne_u16_e32 vcc, 6, v83
	v_accvgpr_read_b32 v125, a119
	v_accvgpr_read_b32 v124, a118
	v_cndmask_b32_e32 v1, v1, v80, vcc
	v_cmp_ne_u16_e32 vcc, 7, v82
	v_cndmask_b32_e64 v80, v0, v84, s[0:1]
	v_accvgpr_read_b32 v123, a117
	v_cndmask_b32_e32 v77, v0, v77, vcc
	v_cndmask_b32_e64 v0, v0, v1, s[2:3]
	v_and_b32_e32 v1, 0xffff8000, v79
	v_or_b32_e32 v0, v0, v1
	v_lshlrev_b16_e32 v1, 8, v78
	v_and_b32_e32 v1, 0xffff8000, v1
	v_or_b32_e32 v78, v80, v1
	v_and_b32_e32 v1, 0xffff8000, v75
	v_or_b32_e32 v1, v77, v1
	.loc	1 32 15                         ; spill.py:32:15
	v_perm_b32 v1, v74, v1, s38
	v_perm_b32 v0, v78, v0, s38
	v_accvgpr_read_b32 v122, a116
	v_accvgpr_read_b32 v121, a115
	v_mfma_f32_32x32x8_f16 v[18:33], v[66:67], v[0:1], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[68:69], v[0:1], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:432 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 v[18:33], v[70:71], v[0:1], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:368 ; 16-byte Folded Spill
	v_mfma_f32_32x32x8_f16 v[148:163], v[72:73], v[0:1], v[148:163]
	scratch_load_dwordx4 v[70:73], off, off offset:964 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[74:77], off, off offset:980 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[78:81], off, off offset:996 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[82:85], off, off offset:1012 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[16:19], off, off offset:900 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[20:23], off, off offset:916 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:932 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:948 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[96:99], off, off offset:836 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[100:103], off, off offset:852 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[104:107], off, off offset:868 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[108:111], off, off offset:884 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[80:83], off, off offset:772 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[84:87], off, off offset:788 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[88:91], off, off offset:804 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[92:95], off, off offset:820 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[50:53], off, off offset:708 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[54:57], off, off offset:724 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[58:61], off, off offset:740 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[62:65], off, off offset:756 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:644 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:660 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:676 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:692 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[144:147], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:560 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[128:131], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:432 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v120, a114
	v_accvgpr_read_b32 v119, a113
	v_accvgpr_read_b32 v118, a112
	scratch_load_dwordx4 a[112:115], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[116:119], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[120:123], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[124:127], off, off offset:368 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v117, a47
	v_accvgpr_read_b32 v116, a46
	v_accvgpr_read_b32 v115, a45
	v_accvgpr_read_b32 v114, a44
	v_accvgpr_read_b32 v113, a43
	v_accvgpr_read_b32 v112, a42
	v_accvgpr_read_b32 v111, a41
	v_accvgpr_read_b32 v110, a40
	v_accvgpr_read_b32 v109, a39
	v_accvgpr_read_b32 v108, a38
	v_accvgpr_read_b32 v107, a37
	v_accvgpr_read_b32 v106, a36
	v_accvgpr_read_b32 v105, a35
	v_accvgpr_read_b32 v104, a34
	v_accvgpr_read_b32 v103, a33
	v_accvgpr_read_b32 v102, a32
	scratch_load_dwordx4 a[32:35], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[36:39], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[40:43], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[44:47], off, off offset:304 ; 16-byte Folded Reload
	v_accvgpr_read_b32 v101, a15
	v_accvgpr_read_b32 v100, a14
	v_accvgpr_read_b32 v99, a13
	v_accvgpr_read_b32 v98, a12
	v_accvgpr_read_b32 v97, a11
	v_accvgpr_read_b32 v96, a10
	v_accvgpr_read_b32 v95, a9
	v_accvgpr_read_b32 v94, a8
	v_accvgpr_read_b32 v93, a7
	v_accvgpr_read_b32 v92, a6
	v_accvgpr_read_b32 v91, a5
	v_accvgpr_read_b32 v90, a4
	v_accvgpr_read_b32 v89, a3
	v_accvgpr_read_b32 v88, a2
	v_accvgpr_read_b32 v87, a1
	v_accvgpr_read_b32 v86, a0
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
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 15 is_stmt 0                ; spill.py:0:15
	scratch_load_dwordx4 v[228:231], off, off offset:1032 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[232:235], off, off offset:1048 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[236:239], off, off offset:1064 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[240:243], off, off offset:1080 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[180:183], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[184:187], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[188:191], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[192:195], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[212:215], off, off offset:1096 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[216:219], off, off offset:1112 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:1128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:1144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[164:167], off, off offset:1160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[168:171], off, off offset:1176 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[172:175], off, off offset:1192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[176:179], off, off offset:1208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[118:121], off, off offset:1224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[122:125], off, off offset:1240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[126:129], off, off offset:1256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[130:133], off, off offset:1272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[102:105], off, off offset:1288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[106:109], off, off offset:1304 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[110:113], off, off offset:1320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[114:117], off, off offset:1336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[86:89], off, off offset:1352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[90:93], off, off offset:1368 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:1384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:1400 ; 16-byte Folded Reload
.LBB0_8:                                ; %._crit_edge._crit_edge
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	scratch_load_dword v0, off, off offset:640 ; 4-byte Folded Reload
	scratch_load_dword v18, off, off offset:1028 ; 4-byte Folded Reload
	s_lshr_b32 s0, s41, 1
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s2, s33, s67
	s_add_i32 s2, s2, s96
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s89, s89, 0xffff
	s_mov_b32 s91, 0x27000
	s_mov_b32 s90, 0x7ffffffe
	.loc	1 22 32                         ; spill.py:22:32
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v0, s0, v0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v1, s96, v0
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v66, 16, v0
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v1
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v1, s96, v66
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e32 vcc, s9, v1
	.loc	1 22 32                         ; spill.py:22:32
	s_waitcnt vmcnt(0)
	v_and_b32_e32 v1, 31, v18
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v68, s67, v1
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	v_mul_lo_u32 v1, s33, v1
	v_add_u32_e32 v67, s2, v1
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v68
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v3, 8, v0
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v69, v67, v0, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v2, v67, v3, 2
	v_cndmask_b32_e64 v69, v1, v69, s[2:3]
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	buffer_store_dwordx4 v[196:199], v69, s[88:91], 0 offen
	buffer_store_dwordx4 v[200:203], v2, s[88:91], 0 offen
	v_add_lshl_u32 v2, v67, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v4, 24, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[204:207], v2, s[88:91], 0 offen
	v_add_lshl_u32 v2, v67, v4, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v6, 64, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 v[208:211], v2, s[88:91], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v2, s96, v6
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[4:5], s9, v2
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v2, 0x50, v0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v5, s96, v2
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[2:3], s9, v5
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v5, v67, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v7, 0x48, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[64:67], v5, s[88:91], 0 offen
	v_add_lshl_u32 v5, v67, v7, 2
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	buffer_store_dwordx4 a[68:71], v5, s[88:91], 0 offen
	v_add_lshl_u32 v5, v67, v2, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[6:7], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v8, 0x58, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[72:75], v5, s[88:91], 0 offen
	v_add_lshl_u32 v5, v67, v8, 2
	v_cndmask_b32_e64 v5, v1, v5, s[6:7]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v10, 0x80, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[76:79], v5, s[88:91], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v5, s96, v10
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[22:23], s9, v5
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v5, 0x90, v0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v9, s96, v5
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[6:7], s9, v9
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v9, v67, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[10:11], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v11, 0x88, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[32:35], v9, s[88:91], 0 offen
	v_add_lshl_u32 v9, v67, v11, 2
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	buffer_store_dwordx4 a[36:39], v9, s[88:91], 0 offen
	v_add_lshl_u32 v9, v67, v5, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[10:11], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v12, 0x98, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[40:43], v9, s[88:91], 0 offen
	v_add_lshl_u32 v9, v67, v12, 2
	v_cndmask_b32_e64 v9, v1, v9, s[10:11]
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v13, 0xc0, v0
	.loc	1 36 5                          ; spill.py:36:5
	buffer_store_dwordx4 a[44:47], v9, s[88:91], 0 offen
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v9, s96, v13
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[12:13], s9, v9
	.loc	1 22 32                         ; spill.py:22:32
	v_or_b32_e32 v9, 0xd0, v0
	.loc	1 23 14                         ; spill.py:23:14
	v_or_b32_e32 v14, s96, v9
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[10:11], s9, v14
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v14, v67, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v14, v1, v14, s[16:17]
	buffer_store_dwordx4 a[0:3], v14, s[88:91], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v14, 0xc8, v0
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v15, v67, v14, 2
	v_cndmask_b32_e64 v15, v1, v15, s[16:17]
	buffer_store_dwordx4 a[4:7], v15, s[88:91], 0 offen
	v_add_lshl_u32 v15, v67, v9, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v15, v1, v15, s[14:15]
	buffer_store_dwordx4 a[8:11], v15, s[88:91], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v15, 0xd8, v0
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v67, v15, 2
	v_cndmask_b32_e64 v16, v1, v16, s[14:15]
	buffer_store_dwordx4 a[12:15], v16, s[88:91], 0 offen
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v16, 32, v68
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v16, s33, 5, v67
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v16, v0, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[240:243], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[244:247], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[248:251], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[252:255], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[224:227], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[228:231], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[232:235], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[236:239], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[208:211], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[212:215], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[216:219], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[220:223], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[192:195], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[196:199], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v1, v17, s[14:15]
	v_cndmask_b32_e64 v16, v1, v16, s[14:15]
	buffer_store_dwordx4 a[200:203], v17, s[88:91], 0 offen
	buffer_store_dwordx4 a[204:207], v16, s[88:91], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v16, 64, v68
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v16, s33, 6, v67
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v16, v0, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[176:179], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[180:183], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[184:187], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 a[188:191], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[86:89], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[90:93], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[94:97], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[98:101], v17, s[88:91], 0 offen
	scratch_load_dwordx4 v[86:89], off, off offset:576 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[90:93], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:624 ; 16-byte Folded Reload
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[102:105], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[106:109], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[110:113], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[114:117], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[118:121], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v1, v17, s[16:17]
	buffer_store_dwordx4 v[122:125], v17, s[88:91], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v1, v17, s[14:15]
	v_cndmask_b32_e64 v16, v1, v16, s[14:15]
	buffer_store_dwordx4 v[126:129], v17, s[88:91], 0 offen
	buffer_store_dwordx4 v[130:133], v16, s[88:91], 0 offen
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v16, s67, v18
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_or_b32_e32 v17, 0x60, v16
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	s_mul_i32 s9, s33, 0x60
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[14:15], s8, v17
	.loc	1 35 14                         ; spill.py:35:14
	v_add_u32_e32 v17, s9, v67
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v18, v17, v0, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[164:167], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v3, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[168:171], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[172:175], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v4, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[176:179], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[212:215], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v7, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[216:219], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[220:223], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v8, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[224:227], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[180:183], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v11, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[184:187], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[188:191], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v12, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[192:195], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[16:17], s[14:15], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[228:231], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v14, 2
	v_cndmask_b32_e64 v18, v1, v18, s[16:17]
	buffer_store_dwordx4 v[232:235], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v17, v17, v15, 2
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	v_cndmask_b32_e64 v17, v1, v17, s[14:15]
	buffer_store_dwordx4 v[236:239], v18, s[88:91], 0 offen
	buffer_store_dwordx4 v[240:243], v17, s[88:91], 0 offen
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v17, 0x80, v68
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[20:21], s8, v17
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u32 v17, s33, 7, v67
	.loc	1 36 5                          ; spill.py:36:5
	v_add_lshl_u32 v18, v17, v0, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 v[86:89], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v3, 2
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 v[90:93], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 v[94:97], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v4, 2
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(27)
	buffer_store_dwordx4 v[98:101], v18, s[88:91], 0 offen
	scratch_load_dwordx4 v[86:89], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[90:93], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:496 ; 16-byte Folded Reload
	v_add_lshl_u32 v18, v17, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v16, 0xe0, v16
	v_or_b32_e32 v19, 0xa0, v68
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s9, s33, 0xa0
	v_add_u32_e32 v20, s9, v67
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[18:19], s8, v19
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[86:89], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v7, 2
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[90:93], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[14:15], s[20:21], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[94:97], v18, s[88:91], 0 offen
	v_add_lshl_u32 v18, v17, v8, 2
	v_cndmask_b32_e64 v18, v1, v18, s[14:15]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[98:101], v18, s[88:91], 0 offen
	scratch_load_dwordx4 v[86:89], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[90:93], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v18, 0xc0, v68
	.loc	1 35 14                         ; spill.py:35:14
	s_mul_i32 s14, s33, 0xc0
	v_add_u32_e32 v21, s14, v67
	.loc	1 36 33                         ; spill.py:36:33
	v_cmp_gt_i32_e64 s[16:17], s8, v18
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 36 5 is_stmt 0                ; spill.py:36:5
	v_add_lshl_u32 v16, v17, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	.loc	1 35 14 is_stmt 1               ; spill.py:35:14
	s_mulk_i32 s33, 0xe0
	v_add_u32_e32 v22, s33, v67
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[86:89], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v11, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[90:93], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v5, 2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[94:97], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v12, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[98:101], v16, s[88:91], 0 offen
	scratch_load_dwordx4 v[86:89], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[90:93], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[94:97], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[98:101], off, off offset:176 ; 16-byte Folded Reload
	v_add_lshl_u32 v16, v17, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[86:89], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v14, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[90:93], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[20:21], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[94:97], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v17, v15, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 v[98:101], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[34:37], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v3, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[38:41], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[42:45], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v4, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[46:49], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[48:51], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v7, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[52:55], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[56:59], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v8, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[60:63], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[70:73], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v11, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[74:77], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[78:81], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v12, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[82:85], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[16:19], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v14, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[20:23], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[18:19], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[24:27], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v20, v15, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[28:31], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[96:99], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v3, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[100:103], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[104:107], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v4, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[108:111], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[80:83], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v7, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[84:87], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[88:91], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v8, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[92:95], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[50:53], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v11, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[54:57], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[58:61], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v12, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 v[62:65], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[160:163], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v14, 2
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[164:167], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], s[16:17], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	buffer_store_dwordx4 a[168:171], v16, s[88:91], 0 offen
	v_add_lshl_u32 v16, v21, v15, 2
	v_add_lshl_u32 v0, v22, v0, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], s[14:15], s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e64 v16, v1, v16, s[8:9]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dwordx4 a[172:175], v16, s[88:91], 0 offen
	buffer_store_dwordx4 a[144:147], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v3, 2
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dwordx4 a[148:151], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v66, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], vcc
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[152:155], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v4, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[156:159], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v6, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[128:131], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v7, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[132:135], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v2, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[136:139], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v8, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[140:143], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v10, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[112:115], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v11, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[116:119], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v5, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[120:123], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v12, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[124:127], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v13, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[12:13]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[148:151], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v14, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[152:155], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v9, 2
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 vcc, s[14:15], s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[156:159], v0, s[88:91], 0 offen
	v_add_lshl_u32 v0, v22, v15, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[160:163], v0, s[88:91], 0 offen
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
		.amdhsa_private_segment_fixed_size 1484
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
	.set .Loversized_tile_fp8_gemm.private_seg_size, 1484
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 57676
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 1484
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
    .private_segment_fixed_size: 1484
    .sgpr_count:     106
    .sgpr_spill_count: 1
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 1192
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

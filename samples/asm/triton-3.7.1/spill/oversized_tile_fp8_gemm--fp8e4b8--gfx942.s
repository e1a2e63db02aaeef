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
.Ltmp1:
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	v_readfirstlane_b32 s0, v0
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s24, s0, 64
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v2, 63, v0
	s_mov_b64 s[20:21], s[2:3]
	.loc	1 22 21 is_stmt 0               ; spill.py:22:21
	s_lshl_b32 s26, s16, 8
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v1, s24, v2
	.loc	1 23 21 is_stmt 1               ; spill.py:23:21
	s_lshl_b32 s27, s17, 8
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17                         ; standard.py:43:17 @[ spill.py:29:33 ]
	s_add_i32 s25, s10, 15
.Ltmp3:
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s2, s10, -1
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v3, 0x80, v1
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v4, s26, v1
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_u32 s2, 0x7ffffff0
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v5, s26, v3
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e32 vcc, s8, v4
	.loc	1 29 22                         ; spill.py:29:22
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v6, v4, s11
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e64 s[0:1], s8, v5
	.loc	1 30 20 is_stmt 0               ; spill.py:30:20
	v_bfrev_b32_e32 v254, 1
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_and_b64 s[2:3], s[18:19], vcc
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v12, s27, v1
	.loc	1 25 51                         ; spill.py:25:51
	v_mul_lo_u32 v7, v5, s11
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v13, v254, v6, s[2:3]
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[2:3], s[18:19], s[0:1]
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v3, s27, v3
	.loc	1 30 20                         ; spill.py:30:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e64 v14, v254, v7, s[2:3]
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[2:3], s9, v12
	.loc	1 30 20                         ; spill.py:30:20
	buffer_load_dwordx4 v[4:7], v13, s[20:23], 0 offen
	buffer_load_dwordx4 v[8:11], v14, s[20:23], 0 offen
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v13, v12, s12
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[14:15], s9, v3
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[16:17], s[18:19], s[2:3]
	s_mov_b64 s[28:29], s[6:7]
	.loc	1 26 51                         ; spill.py:26:51
	v_mul_lo_u32 v14, v3, s12
	.loc	1 31 20                         ; spill.py:31:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	v_cndmask_b32_e64 v3, v254, v13, s[16:17]
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[16:17], s[18:19], s[14:15]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v20, v254, v14, s[16:17]
	buffer_load_dwordx4 v[12:15], v3, s[4:7], 0 offen
	buffer_load_dwordx4 v[16:19], v20, s[4:7], 0 offen
	.loc	1 30 20                         ; spill.py:30:20
	v_bfe_i32 v3, v0, 3, 1
	s_movk_i32 s6, 0x770
	v_and_b32_e32 v67, 0x88, v3
	v_lshlrev_b32_e32 v1, 4, v1
	v_and_or_b32 v3, v1, s6, v67
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v246, 32, v0
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v1, 0, v3
	v_xor_b32_e32 v3, 8, v3
	v_lshlrev_b32_e32 v66, 4, v0
	v_add_u32_e32 v255, 0, v3
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s25, 32
	v_lshrrev_b32_e32 v68, 2, v246
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v1, v[4:5], v[8:9] offset1:4
	ds_write2st64_b64 v255, v[6:7], v[10:11] offset1:4
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v1, v[12:13], v[16:17] offset0:8 offset1:12
	ds_write2st64_b64 v255, v[14:15], v[18:19] offset0:8 offset1:12
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	s_movk_i32 s6, 0x170
	v_and_or_b32 v3, v66, s6, v67
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s6, s27, s24
	v_add_u32_e32 v4, s6, v2
	v_add_u32_e32 v5, 0x80, v4
	v_mad_u64_u32 v[90:91], s[6:7], s12, v5, 16
	v_mad_u64_u32 v[92:93], s[6:7], s12, v4, 16
	s_add_i32 s6, s26, s24
	s_nop 0
	v_add_u32_e32 v2, s6, v2
	v_add_u32_e32 v4, 0x80, v2
	v_mad_u64_u32 v[96:97], s[6:7], s11, v2, 16
	v_mov_b32_e32 v2, 0
.Ltmp4:
	.loc	2 43 30 is_stmt 1               ; standard.py:43:30 @[ spill.py:29:33 ]
	s_lshr_b32 s16, s25, 4
	v_xor_b32_e32 v3, v3, v68
	s_lshl3_add_u32 s17, s24, 0
.Ltmp5:
	.loc	1 29 22                         ; spill.py:29:22
	v_mad_u64_u32 v[94:95], s[6:7], s11, v4, 16
	s_add_i32 s12, s16, -1
	s_add_i32 s30, s10, -16
	v_add_u32_e32 v91, 0, v3
	v_add_u32_e32 v93, s17, v3
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
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
	v_accvgpr_write_b32 a48, v2
	v_accvgpr_write_b32 a49, v2
	v_accvgpr_write_b32 a50, v2
	v_accvgpr_write_b32 a51, v2
	v_accvgpr_write_b32 a52, v2
	v_accvgpr_write_b32 a53, v2
	v_accvgpr_write_b32 a54, v2
	v_accvgpr_write_b32 a55, v2
	v_accvgpr_write_b32 a56, v2
	v_accvgpr_write_b32 a57, v2
	v_accvgpr_write_b32 a58, v2
	v_accvgpr_write_b32 a59, v2
	v_accvgpr_write_b32 a60, v2
	v_accvgpr_write_b32 a61, v2
	v_accvgpr_write_b32 a62, v2
	v_accvgpr_write_b32 a63, v2
	v_accvgpr_write_b32 a96, v2
	v_accvgpr_write_b32 a97, v2
	v_accvgpr_write_b32 a98, v2
	v_accvgpr_write_b32 a99, v2
	v_accvgpr_write_b32 a100, v2
	v_accvgpr_write_b32 a101, v2
	v_accvgpr_write_b32 a102, v2
	v_accvgpr_write_b32 a103, v2
	v_accvgpr_write_b32 a104, v2
	v_accvgpr_write_b32 a105, v2
	v_accvgpr_write_b32 a106, v2
	v_accvgpr_write_b32 a107, v2
	v_accvgpr_write_b32 a108, v2
	v_accvgpr_write_b32 a109, v2
	v_accvgpr_write_b32 a110, v2
	v_accvgpr_write_b32 a111, v2
	v_accvgpr_write_b32 a128, v2
	v_accvgpr_write_b32 a129, v2
	v_accvgpr_write_b32 a130, v2
	v_accvgpr_write_b32 a131, v2
	v_accvgpr_write_b32 a132, v2
	v_accvgpr_write_b32 a133, v2
	v_accvgpr_write_b32 a134, v2
	v_accvgpr_write_b32 a135, v2
	v_accvgpr_write_b32 a136, v2
	v_accvgpr_write_b32 a137, v2
	v_accvgpr_write_b32 a138, v2
	v_accvgpr_write_b32 a139, v2
	v_accvgpr_write_b32 a140, v2
	v_accvgpr_write_b32 a141, v2
	v_accvgpr_write_b32 a142, v2
	v_accvgpr_write_b32 a143, v2
	v_accvgpr_write_b32 a80, v2
	v_accvgpr_write_b32 a81, v2
	v_accvgpr_write_b32 a82, v2
	v_accvgpr_write_b32 a83, v2
	v_accvgpr_write_b32 a84, v2
	v_accvgpr_write_b32 a85, v2
	v_accvgpr_write_b32 a86, v2
	v_accvgpr_write_b32 a87, v2
	v_accvgpr_write_b32 a88, v2
	v_accvgpr_write_b32 a89, v2
	v_accvgpr_write_b32 a90, v2
	v_accvgpr_write_b32 a91, v2
	v_accvgpr_write_b32 a92, v2
	v_accvgpr_write_b32 a93, v2
	v_accvgpr_write_b32 a94, v2
	v_accvgpr_write_b32 a95, v2
	v_accvgpr_write_b32 a32, v2
	v_accvgpr_write_b32 a33, v2
	v_accvgpr_write_b32 a34, v2
	v_accvgpr_write_b32 a35, v2
	v_accvgpr_write_b32 a36, v2
	v_accvgpr_write_b32 a37, v2
	v_accvgpr_write_b32 a38, v2
	v_accvgpr_write_b32 a39, v2
	v_accvgpr_write_b32 a40, v2
	v_accvgpr_write_b32 a41, v2
	v_accvgpr_write_b32 a42, v2
	v_accvgpr_write_b32 a43, v2
	v_accvgpr_write_b32 a44, v2
	v_accvgpr_write_b32 a45, v2
	v_accvgpr_write_b32 a46, v2
	v_accvgpr_write_b32 a47, v2
	v_accvgpr_write_b32 a176, v2
	v_accvgpr_write_b32 a177, v2
	v_accvgpr_write_b32 a178, v2
	v_accvgpr_write_b32 a179, v2
	v_accvgpr_write_b32 a180, v2
	v_accvgpr_write_b32 a181, v2
	v_accvgpr_write_b32 a182, v2
	v_accvgpr_write_b32 a183, v2
	v_accvgpr_write_b32 a184, v2
	v_accvgpr_write_b32 a185, v2
	v_accvgpr_write_b32 a186, v2
	v_accvgpr_write_b32 a187, v2
	v_accvgpr_write_b32 a188, v2
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
	scratch_store_dwordx4 off, v[18:21], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:48 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a189, v2
	v_accvgpr_write_b32 a190, v2
	v_accvgpr_write_b32 a191, v2
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
	v_accvgpr_write_b32 a64, v2
	v_accvgpr_write_b32 a65, v2
	v_accvgpr_write_b32 a66, v2
	v_accvgpr_write_b32 a67, v2
	v_accvgpr_write_b32 a68, v2
	v_accvgpr_write_b32 a69, v2
	v_accvgpr_write_b32 a70, v2
	v_accvgpr_write_b32 a71, v2
	v_accvgpr_write_b32 a72, v2
	v_accvgpr_write_b32 a73, v2
	v_accvgpr_write_b32 a74, v2
	v_accvgpr_write_b32 a75, v2
	v_accvgpr_write_b32 a76, v2
	v_accvgpr_write_b32 a77, v2
	v_accvgpr_write_b32 a78, v2
	v_accvgpr_write_b32 a79, v2
	v_accvgpr_write_b32 a112, v2
	v_accvgpr_write_b32 a113, v2
	v_accvgpr_write_b32 a114, v2
	v_accvgpr_write_b32 a115, v2
	v_accvgpr_write_b32 a116, v2
	v_accvgpr_write_b32 a117, v2
	v_accvgpr_write_b32 a118, v2
	v_accvgpr_write_b32 a119, v2
	v_accvgpr_write_b32 a120, v2
	v_accvgpr_write_b32 a121, v2
	v_accvgpr_write_b32 a122, v2
	v_accvgpr_write_b32 a123, v2
	v_accvgpr_write_b32 a124, v2
	v_accvgpr_write_b32 a125, v2
	v_accvgpr_write_b32 a126, v2
	v_accvgpr_write_b32 a127, v2
	v_accvgpr_write_b32 a160, v2
	v_accvgpr_write_b32 a161, v2
	v_accvgpr_write_b32 a162, v2
	v_accvgpr_write_b32 a163, v2
	v_accvgpr_write_b32 a164, v2
	v_accvgpr_write_b32 a165, v2
	v_accvgpr_write_b32 a166, v2
	v_accvgpr_write_b32 a167, v2
	v_accvgpr_write_b32 a168, v2
	v_accvgpr_write_b32 a169, v2
	v_accvgpr_write_b32 a170, v2
	v_accvgpr_write_b32 a171, v2
	v_accvgpr_write_b32 a172, v2
	v_accvgpr_write_b32 a173, v2
	v_accvgpr_write_b32 a174, v2
	v_accvgpr_write_b32 a175, v2
	v_accvgpr_write_b32 a16, v2
	v_accvgpr_write_b32 a17, v2
	v_accvgpr_write_b32 a18, v2
	v_accvgpr_write_b32 a19, v2
	v_accvgpr_write_b32 a20, v2
	v_accvgpr_write_b32 a21, v2
	v_accvgpr_write_b32 a22, v2
	v_accvgpr_write_b32 a23, v2
	v_accvgpr_write_b32 a24, v2
	v_accvgpr_write_b32 a255, v33
	v_accvgpr_write_b32 a254, v32
	v_accvgpr_write_b32 a253, v31
	v_accvgpr_write_b32 a252, v30
	v_accvgpr_write_b32 a251, v29
	v_accvgpr_write_b32 a250, v28
	v_accvgpr_write_b32 a249, v27
	v_accvgpr_write_b32 a248, v26
	v_accvgpr_write_b32 a247, v25
	v_accvgpr_write_b32 a246, v24
	v_accvgpr_write_b32 a245, v23
	v_accvgpr_write_b32 a244, v22
	v_accvgpr_write_b32 a243, v21
	v_accvgpr_write_b32 a242, v20
	v_accvgpr_write_b32 a241, v19
	v_accvgpr_write_b32 a240, v18
	scratch_store_dwordx4 off, v[18:21], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[18:21], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[18:21], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:240 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a25, v2
	v_accvgpr_write_b32 a26, v2
	v_accvgpr_write_b32 a27, v2
	v_accvgpr_write_b32 a28, v2
	v_accvgpr_write_b32 a29, v2
	v_accvgpr_write_b32 a30, v2
	v_accvgpr_write_b32 a31, v2
	v_accvgpr_write_b32 a144, v2
	v_accvgpr_write_b32 a145, v2
	v_accvgpr_write_b32 a146, v2
	v_accvgpr_write_b32 a147, v2
	v_accvgpr_write_b32 a148, v2
	v_accvgpr_write_b32 a149, v2
	v_accvgpr_write_b32 a150, v2
	v_accvgpr_write_b32 a151, v2
	v_accvgpr_write_b32 a152, v2
	v_accvgpr_write_b32 a153, v2
	v_accvgpr_write_b32 a154, v2
	v_accvgpr_write_b32 a155, v2
	v_accvgpr_write_b32 a156, v2
	v_accvgpr_write_b32 a157, v2
	v_accvgpr_write_b32 a158, v2
	v_accvgpr_write_b32 a159, v2
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
	v_mov_b32_e32 v226, v2
	v_mov_b32_e32 v227, v2
	v_mov_b32_e32 v228, v2
	v_mov_b32_e32 v229, v2
	v_mov_b32_e32 v230, v2
	v_mov_b32_e32 v231, v2
	v_mov_b32_e32 v232, v2
	v_mov_b32_e32 v233, v2
	v_mov_b32_e32 v234, v2
	v_mov_b32_e32 v235, v2
	v_mov_b32_e32 v236, v2
	v_mov_b32_e32 v237, v2
	v_mov_b32_e32 v238, v2
	v_mov_b32_e32 v239, v2
	v_mov_b32_e32 v240, v2
	v_mov_b32_e32 v241, v2
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
	v_mov_b32_e32 v194, v2
	v_mov_b32_e32 v195, v2
	v_mov_b32_e32 v196, v2
	v_mov_b32_e32 v197, v2
	v_mov_b32_e32 v198, v2
	v_accvgpr_write_b32 a239, v33
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
	v_mov_b32_e32 v190, v2
	v_mov_b32_e32 v191, v2
	v_mov_b32_e32 v192, v2
	v_mov_b32_e32 v193, v2
	v_mov_b32_e32 v162, v2
	v_mov_b32_e32 v163, v2
	v_mov_b32_e32 v164, v2
	v_mov_b32_e32 v165, v2
	v_mov_b32_e32 v166, v2
	v_mov_b32_e32 v167, v2
	v_mov_b32_e32 v168, v2
	v_mov_b32_e32 v169, v2
	v_mov_b32_e32 v170, v2
	v_mov_b32_e32 v171, v2
	v_mov_b32_e32 v172, v2
	v_mov_b32_e32 v173, v2
	v_mov_b32_e32 v174, v2
	v_mov_b32_e32 v175, v2
	v_mov_b32_e32 v176, v2
	v_mov_b32_e32 v177, v2
	v_mov_b32_e32 v146, v2
	v_mov_b32_e32 v147, v2
	v_mov_b32_e32 v148, v2
	v_mov_b32_e32 v149, v2
	v_mov_b32_e32 v150, v2
	v_mov_b32_e32 v151, v2
	v_mov_b32_e32 v152, v2
	v_mov_b32_e32 v153, v2
	v_mov_b32_e32 v154, v2
	v_mov_b32_e32 v155, v2
	v_mov_b32_e32 v156, v2
	v_mov_b32_e32 v157, v2
	v_mov_b32_e32 v158, v2
	v_mov_b32_e32 v159, v2
	v_mov_b32_e32 v160, v2
	v_mov_b32_e32 v161, v2
	v_mov_b32_e32 v130, v2
	v_mov_b32_e32 v131, v2
	v_mov_b32_e32 v132, v2
	v_mov_b32_e32 v133, v2
	v_mov_b32_e32 v134, v2
	v_mov_b32_e32 v135, v2
	v_mov_b32_e32 v136, v2
	v_mov_b32_e32 v137, v2
	v_mov_b32_e32 v138, v2
	v_mov_b32_e32 v139, v2
	v_mov_b32_e32 v140, v2
	v_mov_b32_e32 v141, v2
	v_mov_b32_e32 v142, v2
	v_mov_b32_e32 v143, v2
	v_mov_b32_e32 v144, v2
	v_mov_b32_e32 v145, v2
	v_mov_b32_e32 v114, v2
	v_mov_b32_e32 v115, v2
	v_mov_b32_e32 v116, v2
	v_mov_b32_e32 v117, v2
	v_mov_b32_e32 v118, v2
	v_mov_b32_e32 v119, v2
	v_mov_b32_e32 v120, v2
	v_mov_b32_e32 v121, v2
	v_mov_b32_e32 v122, v2
	v_mov_b32_e32 v123, v2
	v_mov_b32_e32 v124, v2
	v_mov_b32_e32 v125, v2
	v_mov_b32_e32 v126, v2
	v_mov_b32_e32 v127, v2
	v_mov_b32_e32 v128, v2
	v_mov_b32_e32 v129, v2
	v_mov_b32_e32 v98, v2
	v_mov_b32_e32 v99, v2
	v_mov_b32_e32 v100, v2
	v_mov_b32_e32 v101, v2
	v_mov_b32_e32 v102, v2
	v_mov_b32_e32 v103, v2
	v_mov_b32_e32 v104, v2
	v_mov_b32_e32 v105, v2
	v_mov_b32_e32 v106, v2
	v_mov_b32_e32 v107, v2
	v_mov_b32_e32 v108, v2
	v_mov_b32_e32 v109, v2
	v_mov_b32_e32 v110, v2
	v_mov_b32_e32 v111, v2
	v_mov_b32_e32 v112, v2
	v_mov_b32_e32 v113, v2
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
	scratch_store_dword off, v67, off offset:768 ; 4-byte Folded Spill
	scratch_store_dword off, v68, off offset:772 ; 4-byte Folded Spill
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 30 76                         ; spill.py:30:76
	s_cmp_gt_i32 s30, 0
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 30 58 is_stmt 0               ; spill.py:30:58
	s_and_b64 s[16:17], vcc, s[18:19]
	s_and_b64 s[10:11], s[0:1], s[18:19]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v66, v254, v96, s[16:17]
	v_cndmask_b32_e64 v67, v254, v94, s[10:11]
	buffer_load_dwordx4 v[242:245], v66, s[20:23], 0 offen
	buffer_load_dwordx4 v[246:249], v67, s[20:23], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24 is_stmt 1               ; spill.py:32:24
	scratch_load_dwordx4 v[18:21], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2st64_b64 v[250:253], v93 offset0:12 offset1:14
	ds_read2st64_b64 v[66:69], v93 offset0:8 offset1:10
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v91 offset1:1
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[2:17], v[66:67], v[70:71], v[2:17]
	.loc	1 31 58                         ; spill.py:31:58
	s_and_b64 s[10:11], s[14:15], s[18:19]
	s_and_b64 s[16:17], s[2:3], s[18:19]
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s12, s12, -1
	s_add_i32 s30, s30, -16
	v_add_u32_e32 v94, 16, v94
	s_cmp_lg_u32 s12, 0
	v_add_u32_e32 v96, 16, v96
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[68:69], v[70:71], v[50:65]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[250:251], v[70:71], a[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[252:253], v[70:71], a[96:111]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[66:67], v[72:73], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[68:69], v[72:73], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[250:251], v[72:73], a[32:47]
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[252:253], v[72:73], a[176:191]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v91 offset0:2 offset1:3
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[68:69], v[70:71], a[240:255]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[66:67], v[70:71], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:112 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[252:253], v[70:71], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[68:69], v[72:73], a[64:79]
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[252:253], v[72:73], a[112:127]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[250:251], v[70:71], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[66:67], v[72:73], v[18:33]
	s_nop 10
	scratch_store_dwordx4 off, v[18:21], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[18:21], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[22:25], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[250:251], v[72:73], v[18:33]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v91 offset0:4 offset1:5
	s_nop 9
	scratch_store_dwordx4 off, v[18:21], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[22:25], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[26:29], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[30:33], off offset:240 ; 16-byte Folded Spill
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[66:67], v[70:71], a[224:239]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[68:69], v[70:71], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[250:251], v[70:71], a[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[252:253], v[70:71], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[66:67], v[72:73], a[208:223]
	v_mfma_f32_32x32x16_fp8_fp8 v[226:241], v[68:69], v[72:73], v[226:241]
	v_mfma_f32_32x32x16_fp8_fp8 v[210:225], v[250:251], v[72:73], v[210:225]
	v_mfma_f32_32x32x16_fp8_fp8 v[194:209], v[252:253], v[72:73], v[194:209]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v91 offset0:6 offset1:7
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[178:193], v[66:67], v[70:71], v[178:193]
	v_mfma_f32_32x32x16_fp8_fp8 v[162:177], v[68:69], v[70:71], v[162:177]
	v_mfma_f32_32x32x16_fp8_fp8 v[114:129], v[66:67], v[72:73], v[114:129]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v66, v254, v92, s[16:17]
	.loc	1 29 22                         ; spill.py:29:22
	v_add_u32_e32 v92, 16, v92
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 v[146:161], v[250:251], v[70:71], v[146:161]
	v_mfma_f32_32x32x16_fp8_fp8 v[130:145], v[252:253], v[70:71], v[130:145]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v70, v254, v90, s[10:11]
	.loc	1 29 22                         ; spill.py:29:22
	v_add_u32_e32 v90, 16, v90
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x16_fp8_fp8 v[98:113], v[68:69], v[72:73], v[98:113]
	v_mfma_f32_32x32x16_fp8_fp8 v[74:89], v[250:251], v[72:73], v[74:89]
	v_mfma_f32_32x32x16_fp8_fp8 v[34:49], v[252:253], v[72:73], v[34:49]
	.loc	1 31 20                         ; spill.py:31:20
	buffer_load_dwordx4 v[66:69], v66, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[70:73], v70, s[4:7], 0 offen
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2st64_b64 v1, v[242:243], v[246:247] offset1:4
	ds_write2st64_b64 v255, v[244:245], v[248:249] offset1:4
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v1, v[66:67], v[70:71] offset0:8 offset1:12
	ds_write2st64_b64 v255, v[68:69], v[72:73] offset0:8 offset1:12
	.loc	1 29 22                         ; spill.py:29:22
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	scratch_store_dwordx4 off, a[64:67], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[68:71], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[72:75], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[76:79], off offset:688 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[112:115], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[116:119], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[120:123], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[124:127], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[160:163], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[164:167], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[168:171], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[172:175], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[208:211], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[226:229], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[230:233], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[238:241], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[210:213], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[214:217], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[218:221], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[222:225], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[194:197], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[198:201], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[202:205], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[206:209], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[98:101], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[102:105], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[110:113], off offset:752 ; 16-byte Folded Spill
	v_accvgpr_mov_b32 a64, a224
	v_accvgpr_mov_b32 a65, a225
	v_accvgpr_mov_b32 a66, a226
	v_accvgpr_mov_b32 a67, a227
	v_accvgpr_mov_b32 a68, a228
	v_accvgpr_mov_b32 a69, a229
	v_accvgpr_mov_b32 a70, a230
	v_accvgpr_mov_b32 a71, a231
	v_accvgpr_mov_b32 a72, a232
	v_accvgpr_mov_b32 a73, a233
	v_accvgpr_mov_b32 a74, a234
	v_accvgpr_mov_b32 a75, a235
	v_accvgpr_mov_b32 a76, a236
	v_accvgpr_mov_b32 a77, a237
	v_accvgpr_mov_b32 a78, a238
	v_accvgpr_mov_b32 a79, a239
	scratch_load_dwordx4 a[112:115], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[116:119], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[120:123], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[124:127], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[208:211], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[212:215], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[216:219], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[220:223], off, off offset:112 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:48 ; 16-byte Folded Reload
	scratch_load_dword v67, off, off offset:768 ; 4-byte Folded Reload
	scratch_load_dword v68, off, off offset:772 ; 4-byte Folded Reload
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
	v_mov_b64_e32 v[90:91], v[88:89]
	v_accvgpr_read_b32 v50, a144
	v_mov_b64_e32 v[88:89], v[86:87]
	v_mov_b64_e32 v[86:87], v[84:85]
	v_mov_b64_e32 v[84:85], v[82:83]
	v_mov_b64_e32 v[82:83], v[80:81]
	v_mov_b64_e32 v[80:81], v[78:79]
	v_mov_b64_e32 v[78:79], v[76:77]
	v_mov_b64_e32 v[76:77], v[74:75]
	v_accvgpr_read_b32 v51, a145
	v_accvgpr_read_b32 v52, a146
	v_accvgpr_read_b32 v53, a147
	v_accvgpr_read_b32 v54, a148
	v_accvgpr_read_b32 v55, a149
	v_accvgpr_read_b32 v56, a150
	v_accvgpr_read_b32 v57, a151
	v_accvgpr_read_b32 v58, a152
	v_accvgpr_read_b32 v59, a153
	v_accvgpr_read_b32 v60, a154
	v_accvgpr_read_b32 v61, a155
	v_accvgpr_read_b32 v62, a156
	v_accvgpr_read_b32 v63, a157
	v_accvgpr_read_b32 v64, a158
	v_accvgpr_read_b32 v65, a159
	v_and_b32_e32 v246, 32, v0
	v_lshlrev_b32_e32 v66, 4, v0
	s_branch .LBB0_5
.LBB0_4:
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v161, v49
	v_mov_b32_e32 v130, v49
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
	v_mov_b32_e32 v91, v49
	v_mov_b32_e32 v90, v49
	v_mov_b32_e32 v89, v49
	v_mov_b32_e32 v88, v49
	v_mov_b32_e32 v87, v49
	v_mov_b32_e32 v86, v49
	v_mov_b32_e32 v85, v49
	v_mov_b32_e32 v84, v49
	v_mov_b32_e32 v83, v49
	v_mov_b32_e32 v82, v49
	v_mov_b32_e32 v81, v49
	v_mov_b32_e32 v80, v49
	v_mov_b32_e32 v79, v49
	v_mov_b32_e32 v78, v49
	v_mov_b32_e32 v77, v49
	v_mov_b32_e32 v76, v49
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
	scratch_store_dwordx4 off, v[2:5], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:752 ; 16-byte Folded Spill
	v_mov_b32_e32 v160, v49
	v_mov_b32_e32 v129, v49
	v_mov_b32_e32 v159, v49
	v_mov_b32_e32 v128, v49
	v_mov_b32_e32 v127, v49
	v_mov_b32_e32 v126, v49
	v_mov_b32_e32 v125, v49
	v_mov_b32_e32 v124, v49
	v_mov_b32_e32 v123, v49
	v_mov_b32_e32 v122, v49
	v_mov_b32_e32 v121, v49
	v_mov_b32_e32 v120, v49
	v_mov_b32_e32 v119, v49
	v_mov_b32_e32 v118, v49
	v_mov_b32_e32 v117, v49
	v_mov_b32_e32 v116, v49
	v_mov_b32_e32 v115, v49
	v_mov_b32_e32 v114, v49
	v_mov_b32_e32 v145, v49
	v_mov_b32_e32 v144, v49
	v_mov_b32_e32 v143, v49
	v_mov_b32_e32 v142, v49
	v_mov_b32_e32 v141, v49
	v_mov_b32_e32 v140, v49
	v_mov_b32_e32 v139, v49
	v_mov_b32_e32 v138, v49
	v_mov_b32_e32 v137, v49
	v_mov_b32_e32 v136, v49
	v_mov_b32_e32 v135, v49
	v_mov_b32_e32 v134, v49
	v_mov_b32_e32 v133, v49
	v_mov_b32_e32 v132, v49
	v_mov_b32_e32 v131, v49
	v_mov_b32_e32 v158, v49
	v_mov_b32_e32 v157, v49
	v_mov_b32_e32 v156, v49
	v_mov_b32_e32 v155, v49
	v_mov_b32_e32 v154, v49
	v_mov_b32_e32 v153, v49
	v_mov_b32_e32 v152, v49
	v_mov_b32_e32 v151, v49
	v_mov_b32_e32 v150, v49
	v_mov_b32_e32 v149, v49
	v_mov_b32_e32 v148, v49
	v_mov_b32_e32 v147, v49
	v_mov_b32_e32 v146, v49
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
	v_accvgpr_write_b32 a31, v49
	v_accvgpr_write_b32 a30, v49
	v_accvgpr_write_b32 a29, v49
	v_accvgpr_write_b32 a28, v49
	v_accvgpr_write_b32 a27, v49
	v_accvgpr_write_b32 a26, v49
	v_accvgpr_write_b32 a25, v49
	v_accvgpr_write_b32 a24, v49
	v_accvgpr_write_b32 a23, v49
	v_accvgpr_write_b32 a22, v49
	v_accvgpr_write_b32 a21, v49
	v_accvgpr_write_b32 a20, v49
	v_accvgpr_write_b32 a19, v49
	v_accvgpr_write_b32 a18, v49
	v_mov_b64_e32 v[176:177], v[16:17]
	v_mov_b64_e32 v[192:193], v[16:17]
	v_mov_b64_e32 v[174:175], v[14:15]
	v_mov_b64_e32 v[172:173], v[12:13]
	v_mov_b64_e32 v[170:171], v[10:11]
	v_mov_b64_e32 v[168:169], v[8:9]
	v_mov_b64_e32 v[166:167], v[6:7]
	v_mov_b64_e32 v[164:165], v[4:5]
	v_mov_b64_e32 v[162:163], v[2:3]
	v_mov_b64_e32 v[190:191], v[14:15]
	v_mov_b64_e32 v[188:189], v[12:13]
	v_mov_b64_e32 v[186:187], v[10:11]
	v_mov_b64_e32 v[184:185], v[8:9]
	v_mov_b64_e32 v[182:183], v[6:7]
	v_mov_b64_e32 v[180:181], v[4:5]
	v_mov_b64_e32 v[178:179], v[2:3]
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
	v_accvgpr_write_b32 a17, v49
	v_accvgpr_write_b32 a16, v49
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
	scratch_store_dwordx4 off, v[2:5], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:560 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a68, v49
	v_accvgpr_write_b32 a67, v49
	v_accvgpr_write_b32 a66, v49
	v_accvgpr_write_b32 a65, v49
	v_accvgpr_write_b32 a64, v49
	v_accvgpr_write_b32 a127, v49
	v_accvgpr_write_b32 a126, v49
	v_accvgpr_write_b32 a125, v49
	v_accvgpr_write_b32 a124, v49
	v_accvgpr_write_b32 a123, v49
	v_accvgpr_write_b32 a122, v49
	v_accvgpr_write_b32 a121, v49
	v_accvgpr_write_b32 a120, v49
	scratch_store_dwordx4 off, v[2:5], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:624 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a119, v49
	v_accvgpr_write_b32 a118, v49
	v_accvgpr_write_b32 a117, v49
	v_accvgpr_write_b32 a116, v49
	v_accvgpr_write_b32 a115, v49
	v_accvgpr_write_b32 a114, v49
	v_accvgpr_write_b32 a113, v49
	v_accvgpr_write_b32 a112, v49
	v_accvgpr_write_b32 a175, v49
	v_accvgpr_write_b32 a174, v49
	v_accvgpr_write_b32 a173, v49
	v_accvgpr_write_b32 a172, v49
	v_accvgpr_write_b32 a171, v49
	scratch_store_dwordx4 off, v[2:5], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[6:9], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[10:13], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[14:17], off offset:688 ; 16-byte Folded Spill
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
	v_accvgpr_write_b32 a47, v49
	v_accvgpr_write_b32 a255, v17
	v_accvgpr_write_b32 a254, v16
	v_accvgpr_write_b32 a253, v15
	v_accvgpr_write_b32 a252, v14
	v_accvgpr_write_b32 a251, v13
	v_accvgpr_write_b32 a250, v12
	v_accvgpr_write_b32 a249, v11
	v_accvgpr_write_b32 a248, v10
	v_accvgpr_write_b32 a247, v9
	v_accvgpr_write_b32 a246, v8
	v_accvgpr_write_b32 a245, v7
	v_accvgpr_write_b32 a244, v6
	v_accvgpr_write_b32 a243, v5
	v_accvgpr_write_b32 a242, v4
	v_accvgpr_write_b32 a241, v3
	v_accvgpr_write_b32 a240, v2
	v_accvgpr_write_b32 a46, v49
	v_accvgpr_write_b32 a45, v49
	v_accvgpr_write_b32 a44, v49
	v_accvgpr_write_b32 a43, v49
	v_accvgpr_write_b32 a42, v49
	v_accvgpr_write_b32 a41, v49
	v_accvgpr_write_b32 a40, v49
	v_accvgpr_write_b32 a39, v49
	v_accvgpr_write_b32 a38, v49
	v_accvgpr_write_b32 a37, v49
	v_accvgpr_write_b32 a36, v49
	v_accvgpr_write_b32 a35, v49
	v_accvgpr_write_b32 a34, v49
	v_accvgpr_write_b32 a33, v49
	v_accvgpr_write_b32 a32, v49
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
	v_accvgpr_write_b32 a63, v49
	v_accvgpr_write_b32 a62, v49
	v_accvgpr_write_b32 a61, v49
	v_accvgpr_write_b32 a60, v49
	v_accvgpr_write_b32 a59, v49
	v_accvgpr_write_b32 a58, v49
	v_accvgpr_write_b32 a57, v49
	v_accvgpr_write_b32 a56, v49
	v_accvgpr_write_b32 a55, v49
	v_accvgpr_write_b32 a54, v49
	v_accvgpr_write_b32 a53, v49
	v_accvgpr_write_b32 a52, v49
	v_accvgpr_write_b32 a51, v49
	v_accvgpr_write_b32 a50, v49
	v_accvgpr_write_b32 a49, v49
	v_accvgpr_write_b32 a48, v49
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
.LBB0_5:                                ; %._crit_edge
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_i32 s25, 16
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24                         ; spill.py:32:24
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	scratch_load_dwordx4 v[226:229], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[230:233], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:688 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[210:213], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[214:217], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[218:221], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[222:225], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 v[92:95], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[96:99], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[100:103], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[104:107], off, off offset:368 ; 16-byte Folded Reload
	s_movk_i32 s0, 0x170
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	s_waitcnt vmcnt(13)
	v_and_or_b32 v1, v66, s0, v67
	s_waitcnt vmcnt(12)
	v_xor_b32_e32 v1, v1, v68
	.loc	1 31 20                         ; spill.py:31:20
	s_lshl3_add_u32 s0, s24, 0
	v_add_u32_e32 v74, s0, v1
	ds_read2st64_b64 v[242:245], v74 offset0:12 offset1:14
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v1, 0, v1
	.loc	1 31 20                         ; spill.py:31:20
	ds_read2st64_b64 v[66:69], v74 offset0:8 offset1:10
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v1 offset1:1
	v_accvgpr_mov_b32 a144, a176
	v_accvgpr_mov_b32 a145, a177
	v_accvgpr_mov_b32 a146, a178
	v_accvgpr_mov_b32 a147, a179
	v_accvgpr_mov_b32 a148, a180
	v_accvgpr_mov_b32 a149, a181
	v_accvgpr_mov_b32 a150, a182
	v_accvgpr_mov_b32 a151, a183
	v_accvgpr_mov_b32 a152, a184
	v_accvgpr_mov_b32 a153, a185
	v_accvgpr_mov_b32 a154, a186
	v_accvgpr_mov_b32 a155, a187
	v_accvgpr_mov_b32 a156, a188
	v_accvgpr_mov_b32 a157, a189
	v_accvgpr_mov_b32 a158, a190
	v_accvgpr_mov_b32 a159, a191
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[2:17], v[66:67], v[70:71], v[2:17]
	scratch_load_dwordx4 v[18:21], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:560 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[194:197], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[198:201], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[202:205], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[206:209], off, off offset:496 ; 16-byte Folded Reload
	v_mov_b64_e32 v[74:75], v[76:77]
	v_mov_b64_e32 v[76:77], v[78:79]
	v_mov_b64_e32 v[78:79], v[80:81]
	v_mov_b64_e32 v[80:81], v[82:83]
	v_mov_b64_e32 v[82:83], v[84:85]
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[68:69], v[70:71], a[0:15]
	v_mov_b64_e32 v[84:85], v[86:87]
	v_mov_b64_e32 v[86:87], v[88:89]
	v_mov_b64_e32 v[88:89], v[90:91]
	v_mfma_f32_32x32x16_fp8_fp8 a[48:63], v[242:243], v[70:71], a[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 a[96:111], v[244:245], v[70:71], a[96:111]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[66:67], v[72:73], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[68:69], v[72:73], a[80:95]
	v_mfma_f32_32x32x16_fp8_fp8 a[32:47], v[242:243], v[72:73], a[32:47]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[244:245], v[72:73], a[144:159]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v1 offset0:2 offset1:3
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[224:239], v[66:67], v[70:71], a[224:239]
	s_nop 7
	v_accvgpr_mov_b32 a191, a159
	v_accvgpr_mov_b32 a190, a158
	v_accvgpr_mov_b32 a189, a157
	v_accvgpr_mov_b32 a188, a156
	v_mfma_f32_32x32x16_fp8_fp8 a[240:255], v[68:69], v[70:71], a[240:255]
	v_accvgpr_mov_b32 a187, a155
	v_accvgpr_mov_b32 a186, a154
	v_accvgpr_mov_b32 a185, a153
	v_accvgpr_mov_b32 a184, a152
	v_accvgpr_mov_b32 a183, a151
	v_accvgpr_mov_b32 a182, a150
	v_accvgpr_mov_b32 a181, a149
	v_mfma_f32_32x32x16_fp8_fp8 a[208:223], v[242:243], v[70:71], a[208:223]
	v_accvgpr_mov_b32 a180, a148
	v_accvgpr_mov_b32 a179, a147
	v_accvgpr_mov_b32 a178, a146
	v_accvgpr_mov_b32 a177, a145
	v_accvgpr_mov_b32 a176, a144
	scratch_load_dwordx4 a[144:147], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:432 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[244:245], v[70:71], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[66:67], v[72:73], a[160:175]
	s_waitcnt vmcnt(20)
	v_mfma_f32_32x32x16_fp8_fp8 v[226:241], v[68:69], v[72:73], v[226:241]
	v_mfma_f32_32x32x16_fp8_fp8 a[112:127], v[242:243], v[72:73], a[112:127]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x16_fp8_fp8 v[210:225], v[244:245], v[72:73], v[210:225]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v1 offset0:4 offset1:5
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(12) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[92:107], v[242:243], v[72:73], v[92:107]
	s_nop 10
	scratch_store_dwordx4 off, v[92:95], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[96:99], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[100:103], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[104:107], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[92:95], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[96:99], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[100:103], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[104:107], off, off offset:304 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[66:67], v[70:71], a[64:79]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x16_fp8_fp8 v[18:33], v[68:69], v[70:71], v[18:33]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[92:107], v[244:245], v[72:73], v[92:107]
	s_nop 10
	scratch_store_dwordx4 off, v[92:95], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[96:99], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[100:103], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[104:107], off offset:304 ; 16-byte Folded Spill
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[242:243], v[70:71], a[16:31]
	v_mov_b64_e32 v[92:93], v[178:179]
	v_mov_b64_e32 v[94:95], v[180:181]
	v_mov_b64_e32 v[96:97], v[182:183]
	v_mov_b64_e32 v[98:99], v[184:185]
	v_mov_b64_e32 v[100:101], v[186:187]
	v_mov_b64_e32 v[102:103], v[188:189]
	v_mov_b64_e32 v[104:105], v[190:191]
	v_mfma_f32_32x32x16_fp8_fp8 v[50:65], v[244:245], v[70:71], v[50:65]
	v_mov_b64_e32 v[106:107], v[192:193]
	v_mfma_f32_32x32x16_fp8_fp8 v[194:209], v[66:67], v[72:73], v[194:209]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[68:69], v[72:73], a[144:159]
	.loc	1 30 20                         ; spill.py:30:20
	ds_read2st64_b64 v[70:73], v1 offset0:6 offset1:7
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[92:107], v[66:67], v[70:71], v[92:107]
	v_mfma_f32_32x32x16_fp8_fp8 v[114:129], v[66:67], v[72:73], v[114:129]
	s_nop 9
	v_mov_b64_e32 v[192:193], v[106:107]
	v_mov_b64_e32 v[190:191], v[104:105]
	v_mov_b64_e32 v[188:189], v[102:103]
	v_mov_b64_e32 v[186:187], v[100:101]
	v_mov_b64_e32 v[184:185], v[98:99]
	v_mov_b64_e32 v[182:183], v[96:97]
	v_mov_b64_e32 v[180:181], v[94:95]
	v_mov_b64_e32 v[178:179], v[92:93]
	v_mov_b64_e32 v[92:93], v[162:163]
	v_mov_b64_e32 v[94:95], v[164:165]
	v_mov_b64_e32 v[96:97], v[166:167]
	v_mov_b64_e32 v[98:99], v[168:169]
	v_mov_b64_e32 v[100:101], v[170:171]
	v_mov_b64_e32 v[102:103], v[172:173]
	v_mov_b64_e32 v[104:105], v[174:175]
	v_mov_b64_e32 v[106:107], v[176:177]
	v_mfma_f32_32x32x16_fp8_fp8 v[146:161], v[242:243], v[70:71], v[146:161]
	s_nop 0
	v_mfma_f32_32x32x16_fp8_fp8 v[92:107], v[68:69], v[70:71], v[92:107]
	v_mfma_f32_32x32x16_fp8_fp8 v[130:145], v[244:245], v[70:71], v[130:145]
	s_nop 9
	v_mov_b64_e32 v[176:177], v[106:107]
	v_mov_b64_e32 v[174:175], v[104:105]
	v_mov_b64_e32 v[172:173], v[102:103]
	v_mov_b64_e32 v[170:171], v[100:101]
	v_mov_b64_e32 v[168:169], v[98:99]
	v_mov_b64_e32 v[166:167], v[96:97]
	v_mov_b64_e32 v[164:165], v[94:95]
	v_mov_b64_e32 v[162:163], v[92:93]
	scratch_load_dwordx4 v[92:95], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[96:99], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[100:103], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[104:107], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[92:107], v[68:69], v[72:73], v[92:107]
	v_mfma_f32_32x32x16_fp8_fp8 v[74:89], v[242:243], v[72:73], v[74:89]
	v_mfma_f32_32x32x16_fp8_fp8 v[34:49], v[244:245], v[72:73], v[34:49]
	s_branch .LBB0_8
.LBB0_7:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	scratch_load_dwordx4 v[92:95], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[96:99], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[100:103], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[104:107], off, off offset:752 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[144:147], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[194:197], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[198:201], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[202:205], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[206:209], off, off offset:496 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[18:21], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[22:25], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[26:29], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[30:33], off, off offset:560 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[210:213], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[214:217], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[218:221], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[222:225], off, off offset:624 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[226:229], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[230:233], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[234:237], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[238:241], off, off offset:688 ; 16-byte Folded Reload
	v_mov_b64_e32 v[74:75], v[76:77]
	v_mov_b64_e32 v[76:77], v[78:79]
	v_mov_b64_e32 v[78:79], v[80:81]
	v_mov_b64_e32 v[80:81], v[82:83]
	v_mov_b64_e32 v[82:83], v[84:85]
	v_mov_b64_e32 v[84:85], v[86:87]
	v_mov_b64_e32 v[86:87], v[88:89]
	v_mov_b64_e32 v[88:89], v[90:91]
.LBB0_8:                                ; %._crit_edge._crit_edge
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_lshrrev_b32_e32 v1, 3, v246
	s_lshr_b32 s0, s24, 1
	v_or_b32_e32 v1, s0, v1
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v66, s27, v1
	.loc	1 22 44                         ; spill.py:22:44
	s_waitcnt vmcnt(25)
	v_or_b32_e32 v67, 16, v1
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[0:1], s9, v66
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v66, s27, v67
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e32 vcc, s9, v66
	.loc	1 35 21                         ; spill.py:35:21
	s_mul_i32 s2, s13, s26
	.loc	1 22 44                         ; spill.py:22:44
	v_and_b32_e32 v66, 31, v0
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v69, s26, v66
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_mul_lo_u32 v66, s13, v66
	s_add_i32 s2, s2, s27
	s_waitcnt vmcnt(24)
	v_add_u32_e32 v68, s2, v66
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v69
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v70, v68, v1, 2
	v_bfrev_b32_e32 v66, 1
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e64 v70, v66, v70, s[2:3]
	buffer_store_dwordx4 v[2:5], v70, s[28:31], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v0, s26, v0
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s12, s13, 0xc0
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v3, 8, v1
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v2, v68, v3, 2
	v_cndmask_b32_e64 v2, v66, v2, s[2:3]
	buffer_store_dwordx4 v[6:9], v2, s[28:31], 0 offen
	v_add_lshl_u32 v2, v68, v67, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[2:3], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v2, v66, v2, s[2:3]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v4, 24, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 v[10:13], v2, s[28:31], 0 offen
	v_add_lshl_u32 v2, v68, v4, 2
	v_cndmask_b32_e64 v2, v66, v2, s[2:3]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v6, 64, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 v[14:17], v2, s[28:31], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v2, s27, v6
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[4:5], s9, v2
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v2, 0x50, v1
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v5, s27, v2
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[2:3], s9, v5
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v5, v68, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[6:7], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v7, 0x48, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[0:3], v5, s[28:31], 0 offen
	v_add_lshl_u32 v5, v68, v7, 2
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	buffer_store_dwordx4 a[4:7], v5, s[28:31], 0 offen
	v_add_lshl_u32 v5, v68, v2, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[6:7], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v8, 0x58, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[8:11], v5, s[28:31], 0 offen
	v_add_lshl_u32 v5, v68, v8, 2
	v_cndmask_b32_e64 v5, v66, v5, s[6:7]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v10, 0x80, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[12:15], v5, s[28:31], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v5, s27, v10
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[22:23], s9, v5
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v5, 0x90, v1
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v9, s27, v5
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[6:7], s9, v9
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v9, v68, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[10:11], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v11, 0x88, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[48:51], v9, s[28:31], 0 offen
	v_add_lshl_u32 v9, v68, v11, 2
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	buffer_store_dwordx4 a[52:55], v9, s[28:31], 0 offen
	v_add_lshl_u32 v9, v68, v5, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[10:11], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v12, 0x98, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[56:59], v9, s[28:31], 0 offen
	v_add_lshl_u32 v9, v68, v12, 2
	v_cndmask_b32_e64 v9, v66, v9, s[10:11]
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v13, 0xc0, v1
	.loc	1 36 21                         ; spill.py:36:21
	buffer_store_dwordx4 a[60:63], v9, s[28:31], 0 offen
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v9, s27, v13
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[24:25], s9, v9
	.loc	1 22 44                         ; spill.py:22:44
	v_or_b32_e32 v9, 0xd0, v1
	.loc	1 23 31                         ; spill.py:23:31
	v_or_b32_e32 v14, s27, v9
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[10:11], s9, v14
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v14, v68, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v14, v66, v14, s[16:17]
	buffer_store_dwordx4 a[96:99], v14, s[28:31], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v14, 0xc8, v1
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v15, v68, v14, 2
	v_cndmask_b32_e64 v15, v66, v15, s[16:17]
	buffer_store_dwordx4 a[100:103], v15, s[28:31], 0 offen
	v_add_lshl_u32 v15, v68, v9, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v15, v66, v15, s[14:15]
	buffer_store_dwordx4 a[104:107], v15, s[28:31], 0 offen
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v15, 0xd8, v1
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v68, v15, 2
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 a[108:111], v16, s[28:31], 0 offen
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v16, 32, v69
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v16, s13, 5, v68
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[128:131], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[132:135], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[136:139], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[140:143], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[80:83], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[84:87], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[88:91], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[92:95], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[32:35], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[36:39], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[40:43], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[44:47], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[176:179], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[180:183], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 a[184:187], v17, s[28:31], 0 offen
	buffer_store_dwordx4 a[188:191], v16, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v16, 64, v69
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v16, s13, 6, v68
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[224:227], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[228:231], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[232:235], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[236:239], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[240:243], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[244:247], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[248:251], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[252:255], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[208:211], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[212:215], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[216:219], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[220:223], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[192:195], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[196:199], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 a[200:203], v17, s[28:31], 0 offen
	buffer_store_dwordx4 a[204:207], v16, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v16, 0x60, v0
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s9, s13, 0x60
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[14:15], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_add_u32_e32 v16, s9, v68
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[160:163], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[164:167], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[168:171], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[172:175], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(55)
	buffer_store_dwordx4 v[226:229], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(55)
	buffer_store_dwordx4 v[230:233], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(55)
	buffer_store_dwordx4 v[234:237], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	s_waitcnt vmcnt(55)
	buffer_store_dwordx4 v[238:241], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[112:115], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v11, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[116:119], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[120:123], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v12, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 a[124:127], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[16:17], s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 v[210:213], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v14, 2
	v_cndmask_b32_e64 v17, v66, v17, s[16:17]
	buffer_store_dwordx4 v[214:217], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v16, v16, v15, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	v_cndmask_b32_e64 v16, v66, v16, s[14:15]
	buffer_store_dwordx4 v[218:221], v17, s[28:31], 0 offen
	buffer_store_dwordx4 v[222:225], v16, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v16, 0x80, v69
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[20:21], s8, v16
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u32 v16, s13, 7, v68
	.loc	1 36 21                         ; spill.py:36:21
	v_add_lshl_u32 v17, v16, v1, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[64:67], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v3, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[68:71], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[72:75], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v4, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 a[76:79], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[18:21], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v7, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[22:25], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[14:15], s[20:21], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[26:29], v17, s[28:31], 0 offen
	v_add_lshl_u32 v17, v16, v8, 2
	v_cndmask_b32_e64 v17, v66, v17, s[14:15]
	buffer_store_dwordx4 v[30:33], v17, s[28:31], 0 offen
	.loc	1 22 31 is_stmt 1               ; spill.py:22:31
	v_or_b32_e32 v0, 0xe0, v0
	v_or_b32_e32 v17, 0xc0, v69
	v_or_b32_e32 v18, 0xa0, v69
	.loc	1 35 51                         ; spill.py:35:51
	s_mul_i32 s9, s13, 0xa0
	v_add_u32_e32 v19, s9, v68
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[18:19], s8, v18
	v_cmp_gt_i32_e64 s[16:17], s8, v17
	v_cmp_gt_i32_e64 s[14:15], s8, v0
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	v_add_lshl_u32 v0, v16, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[16:19], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v11, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[20:23], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[24:27], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v12, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[28:31], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[50:53], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v14, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[54:57], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[20:21], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[58:61], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v16, v15, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[62:65], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v1, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[194:197], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v3, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[198:201], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[202:205], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v4, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[206:209], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[144:147], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v7, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[148:151], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[152:155], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v8, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 a[156:159], v0, s[28:31], 0 offen
	scratch_load_dwordx4 a[144:147], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[148:151], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:368 ; 16-byte Folded Reload
	v_add_lshl_u32 v0, v19, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	.loc	1 35 51 is_stmt 1               ; spill.py:35:51
	v_add_u32_e32 v20, s12, v68
	v_mov_b64_e32 v[50:51], v[178:179]
	v_mov_b64_e32 v[52:53], v[180:181]
	v_mov_b64_e32 v[54:55], v[182:183]
	v_mov_b64_e32 v[56:57], v[184:185]
	v_mov_b64_e32 v[58:59], v[186:187]
	v_mov_b64_e32 v[60:61], v[188:189]
	v_mov_b64_e32 v[62:63], v[190:191]
	v_mov_b64_e32 v[64:65], v[192:193]
	s_mulk_i32 s13, 0xe0
	v_add_u32_e32 v21, s13, v68
	.loc	1 36 21                         ; spill.py:36:21
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[144:147], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v11, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[148:151], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v5, 2
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[152:155], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v12, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[156:159], v0, s[28:31], 0 offen
	scratch_load_dwordx4 a[144:147], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[148:151], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:304 ; 16-byte Folded Reload
	v_add_lshl_u32 v0, v19, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[144:147], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v14, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[148:151], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[18:19], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[152:155], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v19, v15, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	s_waitcnt vmcnt(3)
	buffer_store_dwordx4 a[156:159], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v1, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[50:53], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v3, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[54:57], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[58:61], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v4, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[62:65], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[4:5]
	v_mov_b64_e32 v[50:51], v[162:163]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	v_mov_b64_e32 v[52:53], v[164:165]
	buffer_store_dwordx4 v[50:53], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v7, 2
	v_mov_b64_e32 v[54:55], v[166:167]
	v_mov_b64_e32 v[56:57], v[168:169]
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[54:57], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[2:3]
	v_mov_b64_e32 v[58:59], v[170:171]
	v_mov_b64_e32 v[60:61], v[172:173]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[58:61], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v8, 2
	v_mov_b64_e32 v[62:63], v[174:175]
	v_mov_b64_e32 v[64:65], v[176:177]
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[62:65], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[146:149], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v11, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[150:153], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[154:157], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v12, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[158:161], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[130:133], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v14, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[134:137], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[16:17], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[138:141], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v20, v15, 2
	v_cndmask_b32_e64 v0, v66, v0, s[8:9]
	buffer_store_dwordx4 v[142:145], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v1, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[0:1], s[14:15], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e64 v0, v66, v0, s[0:1]
	buffer_store_dwordx4 v[114:117], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v3, 2
	v_cndmask_b32_e64 v0, v66, v0, s[0:1]
	buffer_store_dwordx4 v[118:121], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v67, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], vcc
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[122:125], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v4, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[126:129], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v6, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[92:95], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v7, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[96:99], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v2, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[100:103], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v8, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[104:107], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v10, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[74:77], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v11, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[78:81], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v5, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[6:7]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[82:85], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v12, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[86:89], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v13, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[34:37], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v14, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[38:41], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v9, 2
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 vcc, s[14:15], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[42:45], v0, s[28:31], 0 offen
	v_add_lshl_u32 v0, v21, v15, 2
	v_cndmask_b32_e32 v0, v66, v0, vcc
	buffer_store_dwordx4 v[46:49], v0, s[28:31], 0 offen
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.Ltmp6:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 780
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
	.set oversized_tile_fp8_gemm.private_seg_size, 780
	.set oversized_tile_fp8_gemm.uses_vcc, 1
	.set oversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set oversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set oversized_tile_fp8_gemm.has_recursion, 0
	.set oversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 13220
; TotalNumSgprs: 38
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 780
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
    .private_segment_fixed_size: 780
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 418
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

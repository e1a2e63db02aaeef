	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	w8a8_block_fp8_matmul           ; -- Begin function w8a8_block_fp8_matmul
	.p2align	8
	.type	w8a8_block_fp8_matmul,@function
w8a8_block_fp8_matmul:                  ; @w8a8_block_fp8_matmul
.Lfunc_begin0:
	.file	1 "w8a8_gemm.py"
	.loc	1 20 0                          ; w8a8_gemm.py:20:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	s_clause 0x1
	s_load_b128 s[12:15], s[0:1], 0x28
	s_load_b64 s[8:9], s[0:1], 0x0
.Ltmp0:
	.loc	1 32 46 prologue_end            ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v69, 3, v0
	.loc	1 32 23 is_stmt 0               ; w8a8_gemm.py:32:23
	s_lshl_b32 s7, ttmp9, 6
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_bfe_i32 s10, ttmp9, 0x10019
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v71, 1, v0
	.loc	1 33 23 is_stmt 1               ; w8a8_gemm.py:33:23
	s_lshl_b32 s16, ttmp7, 6
	.loc	1 33 58 is_stmt 0               ; w8a8_gemm.py:33:58
	s_bfe_i32 s18, ttmp7, 0x10019
	v_dual_mov_b32 v7, 0 :: v_dual_and_b32 v72, 64, v0
	v_dual_mov_b32 v5, 0 :: v_dual_mov_b32 v6, 0
	.loc	1 32 46 is_stmt 1               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v59, 15, v0
	v_and_b32_e32 v73, 16, v71
	s_delay_alu instid0(VALU_DEP_4)
	v_lshrrev_b32_e32 v18, 2, v72
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_wait_kmcnt 0x0
	s_abs_i32 s11, s12
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_abs_i32 s20, s13
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_cvt_f32_u32 s2, s11
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ w8a8_gemm.py:42:33 ]
	s_add_co_i32 s3, s14, 0x7f
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
.Ltmp2:
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_rcp_iflag_f32_e32 v1, s2
	v_readfirstlane_b32 s2, v1
	.loc	1 32 33 is_stmt 0               ; w8a8_gemm.py:32:33
	v_or_b32_e32 v1, s7, v69
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	.loc	1 35 52 is_stmt 1               ; w8a8_gemm.py:35:52
	v_dual_mov_b32 v1, 0 :: v_dual_add_nc_u32 v2, s10, v1
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu 0xfffe
	s_cvt_u32_f32 s4, s2
	s_sub_co_i32 s2, 0, s11
	s_delay_alu instid0(VALU_DEP_1)
	v_xor_b32_e32 v3, s10, v2
	v_add_nc_u32_e32 v10, 32, v2
	s_wait_alu 0xfffe
	s_mul_i32 s2, s2, s4
	s_wait_alu 0xfffe
	s_mul_hi_u32 s2, s4, s2
	v_xor_b32_e32 v13, s10, v10
	s_wait_alu 0xfffe
	s_add_co_i32 s4, s4, s2
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_cvt_f32_u32 s2, s20
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_hi_u32 v4, v3, s4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffe
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rcp_iflag_f32_e32 v8, s2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v4, v4, s11
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_readfirstlane_b32 s2, v8
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_add_nc_u32_e32 v8, 16, v2
	v_add_nc_u32_e32 v2, 48, v2
	v_sub_nc_u32_e32 v3, v3, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v12, s10, v2
	v_subrev_nc_u32_e32 v9, s11, v3
	v_cmp_le_u32_e32 vcc_lo, s11, v3
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_lshlrev_b32_e32 v4, 4, v0
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffe
	s_cvt_u32_f32 s5, s2
	s_sub_co_i32 s2, 0, s20
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_dual_cndmask_b32 v3, v3, v9 :: v_dual_and_b32 v70, 48, v4
	.loc	1 35 59                         ; w8a8_gemm.py:35:59
	v_and_b32_e32 v11, 0x70, v4
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffe
	s_mul_i32 s2, s2, s5
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v9, s11, v3
	v_cmp_le_u32_e32 vcc_lo, s11, v3
	.loc	1 32 46 is_stmt 0               ; w8a8_gemm.py:32:46
	v_and_b32_e32 v58, 8, v71
	.loc	1 33 33 is_stmt 1               ; w8a8_gemm.py:33:33
	v_or_b32_e32 v4, s16, v70
	scratch_store_b32 off, v11, off offset:4 ; 4-byte Folded Spill
	.loc	1 33 58 is_stmt 0               ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffe
	s_mul_hi_u32 s2, s5, s2
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, v3, v9, vcc_lo
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v11
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_add_nc_u32_e32 v9, s18, v4
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v4, s10, v8
	v_mad_co_u64_u32 v[10:11], null, v13, s4, 0
	v_xor_b32_e32 v3, s10, v3
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v19, s18, v9
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mad_co_u64_u32 v[9:10], null, v12, s4, 0
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffe
	s_add_co_i32 s5, s5, s2
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v3, s10, v3
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_gt_i32 s3, 0x7f
	v_mov_b32_e32 v8, 0
	s_cselect_b32 s2, -1, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v40, v3, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mad_co_u64_u32 v[2:3], null, v4, s4, 0
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_wait_alu 0xfffe
	s_and_b32 s6, vcc_lo, s2
	.loc	1 35 21                         ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v53, 31, v40
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s17, s6
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	scratch_load_b32 v5, off, off offset:4  ; 4-byte Folded Reload
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_add_co_u32 v2, vcc_lo, s8, v40
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v6, null, s9, v53, vcc_lo
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	s_wait_loadcnt 0x0
	v_add_co_u32 v5, vcc_lo, v2, v5
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v6, null, 0, v6, vcc_lo
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_b128 v[5:8], v[5:6], off
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s17
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v2, v3, s11
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	v_mad_co_u64_u32 v[16:17], null, v19, s5, 0
	v_or3_b32 v27, v58, v18, s7
	v_or3_b32 v39, v73, v59, s16
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_sub_nc_u32_e32 v2, v4, v2
	v_mov_b32_e32 v4, 0
	v_subrev_nc_u32_e32 v3, s11, v2
	v_cmp_le_u32_e32 vcc_lo, s11, v2
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e32 v2, v2, v3, vcc_lo
	v_subrev_nc_u32_e32 v3, s11, v2
	v_cmp_le_u32_e32 vcc_lo, s11, v2
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v2, v2, v3 :: v_dual_mov_b32 v3, 0
	v_xor_b32_e32 v2, s10, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v2, s10, v2
	.loc	1 35 40 is_stmt 1               ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v54, v2, s15
	v_mov_b32_e32 v2, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v55, 31, v54
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	scratch_load_b32 v3, off, off offset:4  ; 4-byte Folded Reload
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_add_co_u32 v1, vcc_lo, s8, v54
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, s9, v55, vcc_lo
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	s_wait_loadcnt 0x0
	v_add_co_u32 v1, vcc_lo, v1, v3
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_b128 v[1:4], v[1:2], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v9, v11, s11
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	v_or_b32_e32 v36, 1, v27
	v_or_b32_e32 v28, 2, v27
	v_or_b32_e32 v33, 3, v27
	v_or_b32_e32 v34, 4, v27
	v_or_b32_e32 v29, 5, v27
	v_or_b32_e32 v30, 6, v27
	v_or_b32_e32 v32, 7, v27
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_sub_nc_u32_e32 v9, v13, v9
	.loc	1 0 0                           ; w8a8_gemm.py:0
	v_or_b32_e32 v26, 32, v27
	v_or_b32_e32 v35, 33, v27
	v_or_b32_e32 v25, 34, v27
	v_or_b32_e32 v24, 35, v27
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v11, s11, v9
	v_cmp_le_u32_e32 vcc_lo, s11, v9
	.loc	1 0 0                           ; w8a8_gemm.py:0
	v_or_b32_e32 v23, 36, v27
	v_or_b32_e32 v22, 37, v27
	v_or_b32_e32 v21, 38, v27
	s_wait_alu 0xfffd
	v_dual_mov_b32 v14, 0 :: v_dual_cndmask_b32 v9, v9, v11
	v_or_b32_e32 v20, 39, v27
	v_or_b32_e32 v38, 32, v39
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v15, 0
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v11, s11, v9
	v_cmp_le_u32_e32 vcc_lo, s11, v9
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v16, 0 :: v_dual_cndmask_b32 v9, v9, v11
	v_xor_b32_e32 v9, s10, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_subrev_nc_u32_e32 v9, s10, v9
	.loc	1 35 40 is_stmt 1               ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v56, v9, s15
	v_mov_b32_e32 v9, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v57, 31, v56
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	scratch_load_b32 v13, off, off offset:4 ; 4-byte Folded Reload
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_add_co_u32 v11, vcc_lo, s8, v56
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v14, null, s9, v57, vcc_lo
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	s_wait_loadcnt 0x0
	v_add_co_u32 v13, vcc_lo, v11, v13
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v14, null, 0, v14, vcc_lo
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_b128 v[13:16], v[13:14], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v10, v10, s11
	s_clause 0x7
	scratch_store_b32 off, v27, off offset:228
	scratch_store_b32 off, v28, off offset:216
	scratch_store_b32 off, v33, off offset:212
	scratch_store_b32 off, v34, off offset:208
	scratch_store_b32 off, v29, off offset:204
	scratch_store_b32 off, v30, off offset:200
	scratch_store_b32 off, v32, off offset:196
	scratch_store_b32 off, v26, off offset:188
	v_sub_nc_u32_e32 v10, v12, v10
	v_add_nc_u32_e32 v31, s10, v27
	scratch_store_b32 off, v36, off offset:232 ; 4-byte Folded Spill
	s_clause 0x1
	s_load_b64 s[16:17], s[0:1], 0x8
	s_load_b32 s19, s[0:1], 0x38
	v_add_nc_u32_e32 v28, s10, v28
	v_subrev_nc_u32_e32 v11, s11, v10
	v_cmp_le_u32_e32 vcc_lo, s11, v10
	v_add_nc_u32_e32 v34, s10, v34
	v_add_nc_u32_e32 v29, s10, v29
	v_add_nc_u32_e32 v27, s10, v36
	v_add_nc_u32_e32 v30, s10, v30
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, v10, v11, vcc_lo
	v_add_nc_u32_e32 v32, s10, v32
	v_add_nc_u32_e32 v26, s10, v26
	s_clause 0x7
	scratch_store_b32 off, v35, off offset:184
	scratch_store_b32 off, v25, off offset:180
	scratch_store_b32 off, v24, off offset:176
	scratch_store_b32 off, v23, off offset:172
	scratch_store_b32 off, v22, off offset:168
	scratch_store_b32 off, v21, off offset:164
	scratch_store_b32 off, v20, off offset:160
	scratch_store_b32 off, v38, off offset:192
	v_subrev_nc_u32_e32 v11, s11, v10
	v_cmp_le_u32_e32 vcc_lo, s11, v10
	v_add_nc_u32_e32 v33, s10, v33
	v_dual_mov_b32 v12, 0 :: v_dual_add_nc_u32 v35, s10, v35
	v_add_nc_u32_e32 v36, s10, v25
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v10, v10, v11 :: v_dual_add_nc_u32 v37, s10, v24
	v_add_nc_u32_e32 v24, s10, v23
	v_add_nc_u32_e32 v25, s10, v22
	v_add_nc_u32_e32 v21, s10, v21
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v10, s10, v10
	v_add_nc_u32_e32 v22, s10, v20
	v_add_nc_u32_e32 v23, s18, v39
	v_add_nc_u32_e32 v20, s18, v38
	v_subrev_nc_u32_e32 v10, s10, v10
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 35 40                         ; w8a8_gemm.py:35:40
	v_mul_lo_u32 v60, v10, s15
	v_mov_b32_e32 v10, v39
	scratch_store_b64 off, v[10:11], off offset:220 ; 8-byte Folded Spill
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_ashrrev_i32_e32 v61, 31, v60
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	scratch_load_b32 v11, off, off offset:4 ; 4-byte Folded Reload
	.loc	1 35 21 is_stmt 0               ; w8a8_gemm.py:35:21
	v_add_co_u32 v9, vcc_lo, s8, v60
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v10, null, s9, v61, vcc_lo
	.loc	1 35 52                         ; w8a8_gemm.py:35:52
	s_wait_loadcnt 0x0
	v_add_co_u32 v9, vcc_lo, v9, v11
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v10, null, 0, v10, vcc_lo
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	global_load_b128 v[9:12], v[9:10], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v17, v17, s20
	v_xor_b32_e32 v75, s10, v22
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_lshrrev_b32_e32 v74, 2, v0
	v_xor_b32_e32 v81, s10, v24
	v_xor_b32_e32 v92, s10, v31
	v_xor_b32_e32 v90, s10, v27
	v_xor_b32_e32 v91, s10, v28
	v_xor_b32_e32 v89, s10, v33
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_nc_u32_e32 v17, v19, v17
	v_xor_b32_e32 v88, s10, v34
	v_xor_b32_e32 v87, s10, v29
	v_xor_b32_e32 v86, s10, v30
	v_xor_b32_e32 v85, s10, v32
	v_subrev_nc_u32_e32 v19, s20, v17
	v_cmp_le_u32_e32 vcc_lo, s20, v17
	v_xor_b32_e32 v84, s10, v26
	v_xor_b32_e32 v83, s10, v35
	v_xor_b32_e32 v82, s10, v36
	s_wait_alu 0xfffd
	v_dual_mov_b32 v22, 0 :: v_dual_cndmask_b32 v17, v17, v19
	v_xor_b32_e32 v80, s10, v37
	v_xor_b32_e32 v79, s10, v25
	v_xor_b32_e32 v78, s10, v21
	v_xor_b32_e32 v76, s18, v23
	v_subrev_nc_u32_e32 v19, s20, v17
	v_cmp_le_u32_e32 vcc_lo, s20, v17
	v_xor_b32_e32 v77, s18, v20
	v_dual_mov_b32 v21, 0 :: v_dual_mov_b32 v24, 0
	v_mov_b32_e32 v23, 0
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v17, v17, v19, vcc_lo
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	v_and_or_b32 v19, v74, 15, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v18, s18, v17
	.loc	1 36 39                         ; w8a8_gemm.py:36:39
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v62, s19, v19
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v19
	v_mov_b32_e32 v17, 0
	scratch_store_b32 off, v19, off         ; 4-byte Folded Spill
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v198, s18, v18
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 s7, vcc_lo, s2
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v63, 31, v62
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_ashrrev_i32_e32 v199, 31, v198
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s6, s7
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_add_co_u32 v18, vcc_lo, s16, v62
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v19, null, s17, v63, vcc_lo
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_add_co_u32 v18, vcc_lo, v18, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v19, null, v19, v199, vcc_lo
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_b128 v[21:24], v[18:19], off
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 36 28 is_stmt 1               ; w8a8_gemm.py:36:28
	scratch_load_b32 v18, off, off          ; 4-byte Folded Reload
	v_mad_co_u64_u32 v[51:52], null, v92, s4, 0
	v_mad_co_u64_u32 v[50:51], null, v90, s4, 0
	v_mad_co_u64_u32 v[49:50], null, v91, s4, 0
	v_mad_co_u64_u32 v[48:49], null, v89, s4, 0
	v_mad_co_u64_u32 v[47:48], null, v88, s4, 0
	v_mad_co_u64_u32 v[46:47], null, v87, s4, 0
	v_mad_co_u64_u32 v[45:46], null, v86, s4, 0
	v_mad_co_u64_u32 v[44:45], null, v85, s4, 0
	v_mad_co_u64_u32 v[38:39], null, v80, s4, 0
	v_mad_co_u64_u32 v[43:44], null, v84, s4, 0
	v_mad_co_u64_u32 v[37:38], null, v81, s4, 0
	v_mad_co_u64_u32 v[42:43], null, v83, s4, 0
	v_mad_co_u64_u32 v[36:37], null, v79, s4, 0
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	s_lshl_b32 s21, s19, 5
	v_mad_co_u64_u32 v[41:42], null, v82, s4, 0
	v_mad_co_u64_u32 v[35:36], null, v78, s4, 0
	v_mad_co_u64_u32 v[34:35], null, v75, s4, 0
	s_wait_alu 0xfffe
	v_add_nc_u32_e32 v41, s21, v62
	v_mad_co_u64_u32 v[33:34], null, v76, s5, 0
	v_mad_co_u64_u32 v[32:33], null, v77, s5, 0
	v_dual_mov_b32 v19, 0 :: v_dual_mov_b32 v20, 0
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	s_wait_loadcnt 0x0
	v_or_b32_e32 v18, 32, v18
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v18
	scratch_store_b32 off, v18, off offset:116 ; 4-byte Folded Spill
	v_mov_b32_e32 v18, 0
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v64, 31, v41
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 s5, vcc_lo, s2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s4, s5
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_add_co_u32 v17, vcc_lo, s16, v41
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v18, null, s17, v64, vcc_lo
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_add_co_u32 v17, vcc_lo, v17, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v18, null, v18, v199, vcc_lo
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_b128 v[17:20], v[17:18], off
.LBB0_12:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 36 28 is_stmt 1               ; w8a8_gemm.py:36:28
	scratch_load_b32 v25, off, off          ; 4-byte Folded Reload
	s_load_b128 s[4:7], s[0:1], 0x18
	v_dual_mov_b32 v30, 0 :: v_dual_add_nc_u32 v65, s21, v41
	v_mov_b32_e32 v29, 0
	v_dual_mov_b32 v31, 0 :: v_dual_mov_b32 v32, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	.loc	1 36 21 is_stmt 0               ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v66, 31, v65
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	s_wait_loadcnt 0x0
	v_or_b32_e32 v25, 64, v25
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v25
	scratch_store_b32 off, v25, off offset:120 ; 4-byte Folded Spill
	v_mov_b32_e32 v25, 0
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 s22, vcc_lo, s2
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b32 s15, s22
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_add_co_u32 v26, vcc_lo, s16, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v27, null, s17, v66, vcc_lo
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_add_co_u32 v26, vcc_lo, v26, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v27, null, v27, v199, vcc_lo
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_b128 v[29:32], v[26:27], off
.LBB0_14:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s15
	.loc	1 36 28 is_stmt 1               ; w8a8_gemm.py:36:28
	scratch_load_b32 v26, off, off          ; 4-byte Folded Reload
	s_load_b32 s15, s[0:1], 0x40
	.loc	1 36 39 is_stmt 0               ; w8a8_gemm.py:36:39
	v_add_nc_u32_e32 v67, s21, v65
	v_dual_mov_b32 v27, 0 :: v_dual_mov_b32 v28, 0
	.loc	1 36 28                         ; w8a8_gemm.py:36:28
	s_wait_loadcnt 0x0
	v_or_b32_e32 v26, 0x60, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	v_cmp_gt_i32_e32 vcc_lo, s14, v26
	scratch_store_b32 off, v26, off offset:124 ; 4-byte Folded Spill
	v_mov_b32_e32 v26, 0
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_ashrrev_i32_e32 v68, 31, v67
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_and_b32 s22, vcc_lo, s2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b32 s21, s22
	s_cbranch_execz .LBB0_16
; %bb.15:
	.loc	1 36 21                         ; w8a8_gemm.py:36:21
	v_add_co_u32 v25, vcc_lo, s16, v67
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v26, null, s17, v68, vcc_lo
	.loc	1 36 51 is_stmt 0               ; w8a8_gemm.py:36:51
	v_add_co_u32 v25, vcc_lo, v25, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v26, null, v26, v199, vcc_lo
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	global_load_b128 v[25:28], v[25:26], off
.LBB0_16:
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s21
	.loc	1 32 58 is_stmt 1               ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v52, v52, s11
	v_mul_lo_u32 v51, v51, s11
	v_mul_lo_u32 v50, v50, s11
	v_mul_lo_u32 v49, v49, s11
	v_mul_lo_u32 v47, v47, s11
	v_mul_lo_u32 v48, v48, s11
	v_mul_lo_u32 v45, v45, s11
	v_mul_lo_u32 v46, v46, s11
	v_sub_nc_u32_e32 v52, v92, v52
	v_sub_nc_u32_e32 v51, v90, v51
	v_sub_nc_u32_e32 v50, v91, v50
	v_sub_nc_u32_e32 v49, v89, v49
	v_sub_nc_u32_e32 v47, v87, v47
	v_subrev_nc_u32_e32 v90, s11, v52
	v_cmp_le_u32_e32 vcc_lo, s11, v52
	v_subrev_nc_u32_e32 v91, s11, v51
	v_subrev_nc_u32_e32 v92, s11, v50
	v_subrev_nc_u32_e32 v87, s11, v49
	v_sub_nc_u32_e32 v48, v88, v48
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v52, v52, v90, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v51
	v_sub_nc_u32_e32 v45, v85, v45
	v_sub_nc_u32_e32 v46, v86, v46
	v_mul_lo_u32 v44, v44, s11
	v_mul_lo_u32 v43, v43, s11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v51, v51, v91, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v50
	v_subrev_nc_u32_e32 v89, s11, v52
	v_subrev_nc_u32_e32 v86, s11, v45
	v_subrev_nc_u32_e32 v85, s11, v46
	v_subrev_nc_u32_e32 v88, s11, v51
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v50, v50, v92, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v52
	v_sub_nc_u32_e32 v44, v84, v44
	v_sub_nc_u32_e32 v43, v83, v43
	v_mul_lo_u32 v42, v42, s11
	v_subrev_nc_u32_e32 v90, s11, v50
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v52, v52, v89, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v51
	v_subrev_nc_u32_e32 v84, s11, v44
	v_mul_lo_u32 v39, v39, s11
	v_mul_lo_u32 v38, v38, s11
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v33, v33, s20
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v51, v51, v88, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v50
	v_subrev_nc_u32_e32 v88, s11, v48
	v_sub_nc_u32_e32 v42, v82, v42
	v_mul_lo_u32 v35, v35, s11
	v_sub_nc_u32_e32 v39, v80, v39
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v50, v50, v90, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v49
	v_sub_nc_u32_e32 v38, v81, v38
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_sub_nc_u32_e32 v33, v77, v33
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v80, s11, v39
	v_mul_lo_u32 v37, v37, s11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v49, v49, v87, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v48
	v_subrev_nc_u32_e32 v87, s11, v47
	v_sub_nc_u32_e32 v35, v75, v35
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v75, s20, v33
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_mul_lo_u32 v36, v36, s11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v48, v48, v88, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v47
	v_subrev_nc_u32_e32 v88, s11, v49
	v_sub_nc_u32_e32 v37, v79, v37
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_mul_lo_u32 v34, v34, s20
	.loc	1 32 46                         ; w8a8_gemm.py:32:46
	v_lshrrev_b32_e32 v0, 5, v0
	.loc	1 32 58 is_stmt 0               ; w8a8_gemm.py:32:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v47, v47, v87, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v49
	v_subrev_nc_u32_e32 v87, s11, v48
	v_sub_nc_u32_e32 v36, v78, v36
	v_xor_b32_e32 v52, s10, v52
	v_xor_b32_e32 v51, s10, v51
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v49, v49, v88, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v48
	v_subrev_nc_u32_e32 v88, s11, v47
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_sub_nc_u32_e32 v34, v76, v34
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v52, s10, v52
	v_xor_b32_e32 v50, s10, v50
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v48, v48, v87, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v47
	v_subrev_nc_u32_e32 v51, s10, v51
	v_xor_b32_e32 v49, s10, v49
	v_subrev_nc_u32_e32 v50, s10, v50
	v_xor_b32_e32 v48, s10, v48
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v47, v47, v88, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v46
	v_subrev_nc_u32_e32 v49, s10, v49
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_gt_i32 s3, 0xff
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v48, s10, v48
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v46, v46, v85, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v45
	v_xor_b32_e32 v47, s10, v47
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v85, s11, v46
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v45, v45, v86, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v46
	v_subrev_nc_u32_e32 v47, s10, v47
	v_subrev_nc_u32_e32 v86, s11, v45
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v46, v46, v85, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v45
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v45, v45, v86, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v46, s10, v46
	v_cmp_le_u32_e32 vcc_lo, s11, v44
	v_xor_b32_e32 v45, s10, v45
	s_delay_alu instid0(VALU_DEP_3)
	v_subrev_nc_u32_e32 v83, s10, v46
	v_subrev_nc_u32_e32 v46, s11, v43
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v44, v44, v84, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v43
	v_subrev_nc_u32_e32 v45, s10, v45
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v43, v43, v46, vcc_lo
	v_subrev_nc_u32_e32 v82, s11, v44
	v_cmp_le_u32_e32 vcc_lo, s11, v44
	v_subrev_nc_u32_e32 v46, s11, v42
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e32 v44, v44, v82, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v42
	v_subrev_nc_u32_e32 v82, s11, v43
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v42, v42, v46, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v43
	s_delay_alu instid0(VALU_DEP_2)
	v_subrev_nc_u32_e32 v46, s11, v42
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v43, v43, v82, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v42
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v42, v42, v46, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v39
	v_subrev_nc_u32_e32 v46, s11, v38
	s_delay_alu instid0(VALU_DEP_3)
	v_xor_b32_e32 v42, s10, v42
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v39, v39, v80, vcc_lo
	v_xor_b32_e32 v44, s10, v44
	v_cmp_le_u32_e32 vcc_lo, s11, v38
	v_subrev_nc_u32_e32 v79, s10, v42
	v_subrev_nc_u32_e32 v42, s11, v37
	s_delay_alu instid0(VALU_DEP_4)
	v_subrev_nc_u32_e32 v80, s10, v44
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v38, v38, v46, vcc_lo
	v_subrev_nc_u32_e32 v44, s11, v39
	v_cmp_le_u32_e32 vcc_lo, s11, v39
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v79, v79, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v46, s11, v38
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v39, v39, v44, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v38
	s_delay_alu instid0(VALU_DEP_2)
	v_xor_b32_e32 v39, s10, v39
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v38, v38, v46, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v37
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v46, s20, v34
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v39, s10, v39
	s_delay_alu instid0(VALU_DEP_4)
	v_xor_b32_e32 v38, s10, v38
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v37, v37, v42, vcc_lo
	v_subrev_nc_u32_e32 v42, s11, v36
	v_cmp_le_u32_e32 vcc_lo, s11, v36
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v81, v39, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v38, s10, v38
	v_subrev_nc_u32_e32 v44, s11, v37
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v36, v36, v42, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v37
	v_subrev_nc_u32_e32 v42, s11, v35
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v37, v37, v44, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v35
	v_subrev_nc_u32_e32 v44, s11, v36
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v37, s10, v37
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v35, v35, v42, vcc_lo
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cmp_le_u32_e32 vcc_lo, s20, v34
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v76, s10, v37
	s_delay_alu instid0(VALU_DEP_3)
	v_subrev_nc_u32_e32 v42, s11, v35
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v34, v34, v46, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s20, v33
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v37, v50, s15
	v_mul_lo_u32 v50, v45, s15
	v_mul_lo_u32 v85, v76, s15
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v33, v33, v75, vcc_lo
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_cmp_le_u32_e32 vcc_lo, s11, v36
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v75, v80, s15
	.loc	1 38 33 is_stmt 0               ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v80, 31, v79
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v46, s20, v33
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v36, v36, v44, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s11, v35
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v44, s20, v34
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v43, s10, v43
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v76, 31, v75
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_xor_b32_e32 v36, s10, v36
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v35, v35, v42, vcc_lo
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_cmp_le_u32_e32 vcc_lo, s20, v34
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v42, v49, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v43, s10, v43
	v_subrev_nc_u32_e32 v78, s10, v36
	v_xor_b32_e32 v35, s10, v35
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v34, v34, v44, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s20, v33
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v44, v48, s15
	v_mul_lo_u32 v48, v83, s15
	.loc	1 32 58                         ; w8a8_gemm.py:32:58
	v_subrev_nc_u32_e32 v82, s10, v35
	.loc	1 33 58                         ; w8a8_gemm.py:33:58
	v_xor_b32_e32 v34, s18, v34
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v33, v33, v46, vcc_lo
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v35, v51, s15
	v_mul_lo_u32 v83, v38, s15
	.loc	1 38 33 is_stmt 0               ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v38, 31, v37
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v91, s18, v34
	v_xor_b32_e32 v33, s18, v33
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v45, 31, v44
	.loc	1 38 43 is_stmt 0               ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v46, v47, s15
	v_mul_lo_u32 v77, v43, s15
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v36, 31, v35
	.loc	1 33 58 is_stmt 1               ; w8a8_gemm.py:33:58
	v_subrev_nc_u32_e32 v92, s18, v33
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v33, v52, s15
	.loc	1 38 33 is_stmt 0               ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v43, 31, v42
	v_ashrrev_i32_e32 v49, 31, v48
	v_lshlrev_b64_e32 v[35:36], 2, v[35:36]
	v_ashrrev_i32_e32 v47, 31, v46
	v_ashrrev_i32_e32 v51, 31, v50
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v87, v78, s15
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v78, 31, v77
	v_ashrrev_i32_e32 v34, 31, v33
	.loc	1 38 43                         ; w8a8_gemm.py:38:43
	v_mul_lo_u32 v89, v82, s15
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_ashrrev_i32_e32 v82, 31, v81
	v_ashrrev_i32_e32 v84, 31, v83
	v_ashrrev_i32_e32 v86, 31, v85
	v_lshlrev_b64_e32 v[33:34], 2, v[33:34]
	v_ashrrev_i32_e32 v88, 31, v87
	v_ashrrev_i32_e32 v90, 31, v89
	s_delay_alu instid0(VALU_DEP_3)
	v_add_co_u32 v192, vcc_lo, s4, v33
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v193, null, s5, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[37:38]
	v_add_co_u32 v190, vcc_lo, s4, v35
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v191, null, s5, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[42:43]
	v_add_co_u32 v188, vcc_lo, s4, v33
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v189, null, s5, v34, vcc_lo
	v_lshlrev_b64_e32 v[33:34], 2, v[44:45]
	scratch_load_b32 v45, off, off offset:4 ; 4-byte Folded Reload
	v_add_co_u32 v185, vcc_lo, s4, v35
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v186, null, s5, v36, vcc_lo
	v_lshlrev_b64_e32 v[35:36], 2, v[46:47]
	v_add_co_u32 v33, vcc_lo, s4, v33
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v184, null, s5, v34, vcc_lo
	.loc	1 39 45 is_stmt 1               ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v37, 31, v91
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_add_co_u32 v35, vcc_lo, s4, v35
	scratch_store_b32 off, v33, off offset:112 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[48:49]
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v37, 25, v37
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	scratch_store_b32 off, v35, off offset:104 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s5, v36, vcc_lo
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v38, 31, v92
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_add_co_u32 v33, vcc_lo, s4, v33
	scratch_store_b32 off, v35, off offset:108 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[35:36], 2, v[50:51]
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_add_nc_u32_e32 v37, v91, v37
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	scratch_store_b32 off, v33, off offset:96 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s5, v34, vcc_lo
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_lshrrev_b32_e32 v38, 25, v38
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_add_co_u32 v35, vcc_lo, s4, v35
	scratch_store_b32 off, v33, off offset:100 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[75:76]
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v37, 7, v37
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	scratch_store_b32 off, v35, off offset:88 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s5, v36, vcc_lo
	v_add_co_u32 v33, vcc_lo, s4, v33
	scratch_store_b32 off, v35, off offset:92 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[35:36], 2, v[77:78]
	scratch_store_b32 off, v33, off offset:80 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s5, v34, vcc_lo
	v_add_co_u32 v35, vcc_lo, s4, v35
	scratch_store_b32 off, v33, off offset:84 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[79:80]
	scratch_store_b32 off, v35, off offset:64 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s5, v36, vcc_lo
	v_add_co_u32 v33, vcc_lo, s4, v33
	scratch_store_b32 off, v35, off offset:68 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[35:36], 2, v[81:82]
	scratch_store_b32 off, v33, off offset:56 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s5, v34, vcc_lo
	v_add_co_u32 v35, vcc_lo, s4, v35
	scratch_store_b32 off, v33, off offset:60 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[83:84]
	scratch_store_b32 off, v35, off offset:72 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s5, v36, vcc_lo
	v_add_co_u32 v33, vcc_lo, s4, v33
	scratch_store_b32 off, v33, off offset:48 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s5, v34, vcc_lo
	scratch_store_b32 off, v33, off offset:52 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[85:86]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v33, vcc_lo, s4, v33
	scratch_store_b32 off, v35, off offset:76 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[35:36], 2, v[87:88]
	scratch_store_b32 off, v33, off offset:40 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s5, v34, vcc_lo
	v_add_co_u32 v35, vcc_lo, s4, v35
	scratch_store_b32 off, v33, off offset:44 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[33:34], 2, v[89:90]
	scratch_store_b32 off, v35, off offset:16 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s5, v36, vcc_lo
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_and_b32_e32 v36, 4, v71
	.loc	1 38 33                         ; w8a8_gemm.py:38:33
	v_add_co_u32 v33, vcc_lo, s4, v33
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	scratch_store_b32 off, v35, off offset:20 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v35, v92, v38
	.loc	1 39 33 is_stmt 0               ; w8a8_gemm.py:39:33
	v_ashrrev_i32_e32 v38, 31, v37
	.loc	1 38 33 is_stmt 1               ; w8a8_gemm.py:38:33
	scratch_store_b32 off, v33, off offset:32 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s5, v34, vcc_lo
	.loc	1 39 45                         ; w8a8_gemm.py:39:45
	v_ashrrev_i32_e32 v35, 7, v35
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_mov_b32 s4, 0
	scratch_store_b32 off, v33, off offset:36 ; 4-byte Folded Spill
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_lshlrev_b64_e32 v[33:34], 2, v[37:38]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshrrev_b32_e32 v38, 1, v72
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_add_co_u32 v33, vcc_lo, s6, v33
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v43, v38, v73
	v_and_or_b32 v44, v71, 24, v38
	v_and_or_b32 v38, v71, 28, v38
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	scratch_store_b32 off, v33, off offset:8 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s7, v34, vcc_lo
	scratch_store_b32 off, v33, off offset:12 ; 4-byte Folded Spill
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_loadcnt 0x0
	v_or_b32_e32 v39, 4, v45
	v_or_b32_e32 v37, v45, v36
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v39, v39, v36
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_ashrrev_i32_e32 v36, 31, v35
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_or_b32_e32 v42, v37, v58
	v_or_b32_e32 v37, 8, v37
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_or_b32_e32 v39, v39, v58
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_lshlrev_b64_e32 v[33:34], 2, v[35:36]
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v35, 7, v69
	v_xad_u32 v36, v43, v42, 0
	v_xad_u32 v37, v44, v37, 0
	v_xad_u32 v39, v43, v39, 0
	v_or_b32_e32 v42, 12, v45
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	v_add_co_u32 v33, vcc_lo, s6, v33
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_nc_u32_e32 v236, v36, v35
	v_add_nc_u32_e32 v238, v37, v35
	v_add_nc_u32_e32 v237, v39, v35
	.loc	1 39 33                         ; w8a8_gemm.py:39:33
	scratch_store_b32 off, v33, off offset:24 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v33, null, s7, v34, vcc_lo
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	scratch_store_b32 off, v33, off offset:28 ; 4-byte Folded Spill
	ds_store_b32 v236, v5
	ds_store_b32 v237, v6
	ds_store_b32 v238, v7
	ds_store_b32 v236, v1 offset:2048
	ds_store_b32 v237, v2 offset:2048
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	scratch_load_b32 v1, off, off           ; 4-byte Folded Reload
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xad_u32 v33, v38, v42, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add_nc_u32_e32 v2, 0, v70
	v_or_b32_e32 v7, 0x44, v58
	v_or_b32_e32 v6, 0x50, v58
	v_or_b32_e32 v5, 0x54, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_nc_u32_e32 v239, v33, v35
	ds_store_b32 v238, v3 offset:2048
	ds_store_2addr_stride64_b32 v239, v8, v4 offset1:8
	ds_store_b32 v236, v13 offset:4096
	ds_store_b32 v237, v14 offset:4096
	v_or_b32_e32 v14, 16, v58
	v_or_b32_e32 v13, 20, v58
	v_or_b32_e32 v8, 64, v58
	v_or_b32_e32 v4, 0x60, v58
	v_or_b32_e32 v3, 0x64, v58
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_wait_loadcnt 0x0
	v_lshlrev_b32_e32 v1, 6, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v241, v2, v1
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	ds_store_b32 v238, v15 offset:4096
	ds_store_b32 v236, v9 offset:6144
	ds_store_b32 v237, v10 offset:6144
	ds_store_b32 v238, v11 offset:6144
	ds_store_2addr_stride64_b32 v239, v16, v12 offset0:16 offset1:24
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_store_b128 v241, v[21:24] offset:8192
	v_and_or_b32 v16, v74, 16, v59
	v_or_b32_e32 v15, 4, v58
	v_or_b32_e32 v12, 32, v58
	v_or_b32_e32 v11, 36, v58
	v_or_b32_e32 v10, 48, v58
	v_or_b32_e32 v9, 52, v58
	v_or_b32_e32 v2, 0x70, v58
	v_or_b32_e32 v1, 0x74, v58
	v_lshlrev_b32_e32 v21, 2, v59
	v_lshlrev_b32_e32 v22, 4, v0
	v_lshlrev_b32_e32 v0, 6, v58
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	scratch_store_b32 off, v0, off offset:300 ; 4-byte Folded Spill
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_store_b128 v241, v[17:20] offset:10240
	ds_store_b128 v241, v[29:32] offset:12288
	ds_store_b128 v241, v[25:28] offset:14336
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc1 .LBB0_18
; %bb.17:                               ; %.._crit_edge_crit_edge
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_lshlrev_b32_e32 v0, 7, v16
	v_xor_b32_e32 v229, v58, v21
	v_xor_b32_e32 v234, v15, v21
	v_xor_b32_e32 v233, v14, v21
	v_xor_b32_e32 v232, v13, v21
	scratch_store_b32 off, v0, off offset:296 ; 4-byte Folded Spill
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_lshlrev_b32_e32 v0, 6, v58
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v231, v12, v21
	v_xor_b32_e32 v230, v11, v21
	v_xor_b32_e32 v228, v10, v21
	v_xor_b32_e32 v227, v9, v21
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_or_b32_e32 v17, 64, v0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v226, v8, v21
	v_xor_b32_e32 v225, v7, v21
	v_xor_b32_e32 v224, v6, v21
	v_xor_b32_e32 v220, v5, v21
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	scratch_store_b32 off, v17, off offset:320 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x80, v0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_xor_b32_e32 v219, v4, v21
	v_xor_b32_e32 v223, v3, v21
	v_xor_b32_e32 v222, v2, v21
	v_xor_b32_e32 v221, v1, v21
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	scratch_store_b32 off, v17, off offset:356 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xc0, v0
	v_and_or_b32 v203, v22, 16, v59
	s_mov_b32 s5, 0
	scratch_store_b32 off, v17, off offset:392 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v15
	scratch_store_b32 off, v17, off offset:292 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x140, v0
	scratch_store_b32 off, v17, off offset:304 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x180, v0
	scratch_store_b32 off, v17, off offset:340 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1c0, v0
	scratch_store_b32 off, v17, off offset:376 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v14
	scratch_store_b32 off, v17, off offset:284 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x440, v0
	scratch_store_b32 off, v17, off offset:324 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x480, v0
	scratch_store_b32 off, v17, off offset:360 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x4c0, v0
	scratch_store_b32 off, v17, off offset:396 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v13
	scratch_store_b32 off, v17, off offset:288 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x540, v0
	scratch_store_b32 off, v17, off offset:308 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x580, v0
	scratch_store_b32 off, v17, off offset:344 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x5c0, v0
	scratch_store_b32 off, v17, off offset:380 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v12
	scratch_store_b32 off, v17, off offset:276 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x840, v0
	scratch_store_b32 off, v17, off offset:328 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x880, v0
	scratch_store_b32 off, v17, off offset:364 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x8c0, v0
	scratch_store_b32 off, v17, off offset:400 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v11
	scratch_store_b32 off, v17, off offset:280 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x940, v0
	scratch_store_b32 off, v17, off offset:312 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x980, v0
	scratch_store_b32 off, v17, off offset:348 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x9c0, v0
	scratch_store_b32 off, v17, off offset:384 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v10
	scratch_store_b32 off, v17, off offset:252 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xc40, v0
	scratch_store_b32 off, v17, off offset:332 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xc80, v0
	scratch_store_b32 off, v17, off offset:368 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xcc0, v0
	scratch_store_b32 off, v17, off offset:404 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v9
	scratch_store_b32 off, v17, off offset:256 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xd40, v0
	scratch_store_b32 off, v17, off offset:316 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xd80, v0
	scratch_store_b32 off, v17, off offset:352 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0xdc0, v0
	scratch_store_b32 off, v17, off offset:388 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v8
	scratch_store_b32 off, v17, off offset:236 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1040, v0
	scratch_store_b32 off, v17, off offset:336 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1080, v0
	scratch_store_b32 off, v17, off offset:372 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x10c0, v0
	scratch_store_b32 off, v17, off offset:408 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v7
	scratch_store_b32 off, v17, off offset:240 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1140, v0
	scratch_store_b32 off, v17, off offset:412 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1180, v0
	scratch_store_b32 off, v17, off offset:416 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x11c0, v0
	scratch_store_b32 off, v17, off offset:420 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v6
	scratch_store_b32 off, v17, off offset:244 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1440, v0
	scratch_store_b32 off, v17, off offset:424 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1480, v0
	scratch_store_b32 off, v17, off offset:428 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x14c0, v0
	scratch_store_b32 off, v17, off offset:432 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v5
	scratch_store_b32 off, v17, off offset:248 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1540, v0
	scratch_store_b32 off, v17, off offset:436 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1580, v0
	scratch_store_b32 off, v17, off offset:440 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x15c0, v0
	scratch_store_b32 off, v17, off offset:444 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v4
	scratch_store_b32 off, v17, off offset:260 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1840, v0
	scratch_store_b32 off, v17, off offset:448 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1880, v0
	scratch_store_b32 off, v17, off offset:452 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x18c0, v0
	scratch_store_b32 off, v17, off offset:456 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v3
	scratch_store_b32 off, v17, off offset:264 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1940, v0
	scratch_store_b32 off, v17, off offset:460 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1980, v0
	scratch_store_b32 off, v17, off offset:464 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x19c0, v0
	scratch_store_b32 off, v17, off offset:468 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v2
	scratch_store_b32 off, v17, off offset:268 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1c40, v0
	scratch_store_b32 off, v17, off offset:472 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1c80, v0
	scratch_store_b32 off, v17, off offset:476 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1cc0, v0
	scratch_store_b32 off, v17, off offset:480 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v17, 6, v1
	scratch_store_b32 off, v17, off offset:272 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1d40, v0
	scratch_store_b32 off, v17, off offset:484 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1d80, v0
	scratch_store_b32 off, v17, off offset:488 ; 4-byte Folded Spill
	v_or_b32_e32 v17, 0x1dc0, v0
	scratch_store_b32 off, v17, off offset:492 ; 4-byte Folded Spill
	s_branch .LBB0_19
.LBB0_18:
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr0
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_mov_b32 s5, -1
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr229
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr234
                                        ; implicit-def: $vgpr233
                                        ; implicit-def: $vgpr232
                                        ; implicit-def: $vgpr231
                                        ; implicit-def: $vgpr230
                                        ; implicit-def: $vgpr228
                                        ; implicit-def: $vgpr227
                                        ; implicit-def: $vgpr226
                                        ; implicit-def: $vgpr225
                                        ; implicit-def: $vgpr224
                                        ; implicit-def: $vgpr220
                                        ; implicit-def: $vgpr219
                                        ; implicit-def: $vgpr223
                                        ; implicit-def: $vgpr222
                                        ; implicit-def: $vgpr221
                                        ; implicit-def: $vgpr203
                                        ; implicit-def: $vgpr0
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
                                        ; implicit-def: $vgpr17
                                        ; kill: killed $vgpr17
.LBB0_19:                               ; %Flow
	s_clause 0x1
	s_load_b64 s[10:11], s[0:1], 0x10
	s_load_b32 s18, s[0:1], 0x44
	v_dual_mov_b32 v128, 0 :: v_dual_mov_b32 v129, 0
	v_dual_mov_b32 v130, 0 :: v_dual_mov_b32 v131, 0
	v_dual_mov_b32 v132, 0 :: v_dual_mov_b32 v133, 0
	v_dual_mov_b32 v134, 0 :: v_dual_mov_b32 v135, 0
	v_dual_mov_b32 v136, 0 :: v_dual_mov_b32 v137, 0
	v_dual_mov_b32 v138, 0 :: v_dual_mov_b32 v139, 0
	v_dual_mov_b32 v140, 0 :: v_dual_mov_b32 v141, 0
	v_dual_mov_b32 v142, 0 :: v_dual_mov_b32 v143, 0
	v_dual_mov_b32 v144, 0 :: v_dual_mov_b32 v145, 0
	v_dual_mov_b32 v146, 0 :: v_dual_mov_b32 v147, 0
	v_dual_mov_b32 v149, 0 :: v_dual_mov_b32 v150, 0
	v_dual_mov_b32 v151, 0 :: v_dual_mov_b32 v152, 0
	v_dual_mov_b32 v153, 0 :: v_dual_mov_b32 v154, 0
	v_dual_mov_b32 v165, 0 :: v_dual_mov_b32 v178, 0
	v_dual_mov_b32 v187, 0 :: v_dual_mov_b32 v194, 0
	v_dual_mov_b32 v195, 0 :: v_dual_mov_b32 v196, 0
	s_and_not1_b32 vcc_lo, exec_lo, s5
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_39
; %bb.20:                               ; %.lr.ph
	v_dual_mov_b32 v195, 0 :: v_dual_lshlrev_b32 v20, 7, v16
	v_xor_b32_e32 v230, v11, v21
	v_xor_b32_e32 v219, v4, v21
	v_dual_mov_b32 v165, 0 :: v_dual_lshlrev_b32 v16, 6, v11
	v_dual_mov_b32 v146, 0 :: v_dual_lshlrev_b32 v11, 6, v4
	scratch_load_b32 v4, off, off offset:4  ; 4-byte Folded Reload
.Ltmp3:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ w8a8_gemm.py:42:33 ]
	s_ashr_i32 s5, s3, 31
.Ltmp4:
	.loc	1 52 28                         ; w8a8_gemm.py:52:28
	s_lshl_b32 s4, s19, 7
.Ltmp5:
	.loc	2 40 28                         ; standard.py:40:28 @[ w8a8_gemm.py:42:33 ]
	s_wait_alu 0xfffe
	s_lshr_b32 s5, s5, 25
	v_xor_b32_e32 v233, v14, v21
	s_wait_alu 0xfffe
	s_add_co_i32 s3, s3, s5
	s_ashr_i32 s5, s4, 31
	v_xor_b32_e32 v232, v13, v21
.Ltmp6:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_wait_alu 0xfffe
	s_add_nc_u64 s[16:17], s[16:17], s[4:5]
	v_xor_b32_e32 v222, v2, v21
	s_wait_alu 0xfffe
	v_add_co_u32 v243, vcc_lo, s16, v67
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v244, null, s17, v68, vcc_lo
	v_add_co_u32 v245, vcc_lo, s16, v65
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v246, null, s17, v66, vcc_lo
	v_add_co_u32 v247, vcc_lo, s16, v41
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v248, null, s17, v64, vcc_lo
	v_add_co_u32 v249, vcc_lo, s16, v62
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v250, null, s17, v63, vcc_lo
	v_xor_b32_e32 v221, v1, v21
	v_dual_mov_b32 v194, 0 :: v_dual_lshlrev_b32 v17, 6, v14
	v_dual_mov_b32 v187, 0 :: v_dual_lshlrev_b32 v18, 6, v13
	v_dual_mov_b32 v144, 0 :: v_dual_lshlrev_b32 v13, 6, v2
	v_dual_mov_b32 v145, 0 :: v_dual_lshlrev_b32 v14, 6, v1
	v_xor_b32_e32 v234, v15, v21
	v_xor_b32_e32 v231, v12, v21
	v_xor_b32_e32 v223, v3, v21
	v_dual_mov_b32 v196, 0 :: v_dual_lshlrev_b32 v19, 6, v15
	v_dual_mov_b32 v178, 0 :: v_dual_lshlrev_b32 v15, 6, v12
	v_dual_mov_b32 v147, 0 :: v_dual_lshlrev_b32 v12, 6, v3
	v_xor_b32_e32 v226, v8, v21
	v_dual_mov_b32 v151, 0 :: v_dual_lshlrev_b32 v8, 6, v8
	v_xor_b32_e32 v225, v7, v21
	v_dual_mov_b32 v152, 0 :: v_dual_lshlrev_b32 v7, 6, v7
	v_xor_b32_e32 v224, v6, v21
	v_dual_mov_b32 v149, 0 :: v_dual_lshlrev_b32 v6, 6, v6
	v_xor_b32_e32 v220, v5, v21
	v_dual_mov_b32 v150, 0 :: v_dual_lshlrev_b32 v5, 6, v5
	v_xor_b32_e32 v228, v10, v21
	v_dual_mov_b32 v153, 0 :: v_dual_lshlrev_b32 v10, 6, v10
	v_xor_b32_e32 v227, v9, v21
	v_dual_mov_b32 v154, 0 :: v_dual_lshlrev_b32 v9, 6, v9
	v_and_or_b32 v203, v22, 16, v59
.Ltmp7:
	.loc	2 40 28                         ; standard.py:40:28 @[ w8a8_gemm.py:42:33 ]
	s_ashr_i32 s3, s3, 7
	v_xor_b32_e32 v229, v58, v21
.Ltmp8:
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_wait_alu 0xfffe
	s_max_i32 s3, s3, 2
	s_mov_b32 s7, 0
	s_wait_alu 0xfffe
	s_lshl_b32 s6, s3, 7
	v_add_nc_u32_e32 v174, 0, v20
	s_clause 0x1
	scratch_store_b32 off, v8, off offset:236
	scratch_store_b32 off, v13, off offset:268
	v_mov_b32_e32 v143, 0
	v_mov_b32_e32 v141, 0
	v_mov_b32_e32 v139, 0
	v_mov_b32_e32 v135, 0
	v_mov_b32_e32 v133, 0
	v_mov_b32_e32 v129, 0
	s_clause 0x3
	scratch_store_b32 off, v7, off offset:240
	scratch_store_b32 off, v14, off offset:272
	scratch_store_b32 off, v12, off offset:264
	scratch_store_b32 off, v20, off offset:296
	v_mov_b32_e32 v142, 0
	v_mov_b32_e32 v140, 0
	v_dual_mov_b32 v138, 0 :: v_dual_mov_b32 v137, 0
	v_mov_b32_e32 v136, 0
	v_mov_b32_e32 v134, 0
	v_dual_mov_b32 v132, 0 :: v_dual_mov_b32 v131, 0
	v_mov_b32_e32 v130, 0
	v_mov_b32_e32 v128, 0
	s_clause 0x4
	scratch_store_b32 off, v10, off offset:252
	scratch_store_b32 off, v9, off offset:256
	scratch_store_b32 off, v6, off offset:244
	scratch_store_b32 off, v11, off offset:260
	scratch_store_b32 off, v5, off offset:248
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, vcc_lo, v4, v60
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, 0, v61, vcc_lo
	v_add_co_u32 v2, vcc_lo, v4, v56
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v3, null, 0, v57, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s8
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s9, v1, vcc_lo
	v_add_co_u32 v2, vcc_lo, v2, s8
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v3, null, s9, v3, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	scratch_store_b32 off, v0, off offset:128 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v1, vcc_lo
	scratch_store_b32 off, v0, off offset:132 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, 0x80, v2
	scratch_store_b32 off, v0, off offset:136 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v3, vcc_lo
	scratch_store_b32 off, v0, off offset:140 ; 4-byte Folded Spill
	v_add_co_u32 v0, vcc_lo, v4, v54
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, 0, v55, vcc_lo
	v_add_co_u32 v2, vcc_lo, v4, v40
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v3, null, 0, v53, vcc_lo
	v_add_co_u32 v0, vcc_lo, v0, s8
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s9, v1, vcc_lo
	v_add_co_u32 v2, vcc_lo, v2, s8
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v3, null, s9, v3, vcc_lo
	v_add_co_u32 v0, vcc_lo, 0x80, v0
	s_movk_i32 s8, 0xff80
	s_mov_b32 s9, -1
	s_clause 0x1
	scratch_store_b32 off, v0, off offset:144
	scratch_store_b32 off, v17, off offset:284
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v1, vcc_lo
	scratch_load_b32 v1, off, off offset:300 ; 4-byte Folded Reload
	s_wait_alu 0xfffe
	s_add_nc_u64 s[8:9], s[6:7], s[8:9]
	s_add_co_i32 s9, s14, 0xffffff80
	s_clause 0x1
	scratch_store_b32 off, v0, off offset:148
	scratch_store_b32 off, v18, off offset:288
	v_add_co_u32 v0, vcc_lo, 0x80, v2
	s_mov_b64 s[6:7], 0
	scratch_store_b32 off, v0, off offset:152 ; 4-byte Folded Spill
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v0, null, 0, v3, vcc_lo
	scratch_store_b32 off, v0, off offset:156 ; 4-byte Folded Spill
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v0, 0, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v255, v0, v203
	v_or_b32_e32 v0, 64, v1
	scratch_store_b32 off, v0, off offset:320 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v115, v0, v203
	v_or_b32_e32 v0, 0x80, v1
	scratch_store_b32 off, v0, off offset:356 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v116, v0, v203
	v_or_b32_e32 v0, 0xc0, v1
	scratch_store_b32 off, v0, off offset:392 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v117, v0, v203
	v_add_nc_u32_e32 v0, 0, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v118, v0, v203
	v_or_b32_e32 v0, 0x140, v1
	scratch_store_b32 off, v0, off offset:304 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v119, v0, v203
	v_or_b32_e32 v0, 0x180, v1
	scratch_store_b32 off, v0, off offset:340 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v120, v0, v203
	v_or_b32_e32 v0, 0x1c0, v1
	scratch_store_b32 off, v0, off offset:376 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v121, v0, v203
	v_add_nc_u32_e32 v0, 0, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v122, v0, v203
	v_or_b32_e32 v0, 0x440, v1
	scratch_store_b32 off, v0, off offset:324 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v123, v0, v203
	v_or_b32_e32 v0, 0x480, v1
	scratch_store_b32 off, v0, off offset:360 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v124, v0, v203
	v_or_b32_e32 v0, 0x4c0, v1
	scratch_store_b32 off, v0, off offset:396 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v125, v0, v203
	v_add_nc_u32_e32 v0, 0, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v127, v0, v203
	v_or_b32_e32 v0, 0x540, v1
	scratch_store_b32 off, v0, off offset:308 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v40, v0, v203
	v_or_b32_e32 v0, 0x580, v1
	scratch_store_b32 off, v0, off offset:344 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v204, v0, v203
	v_or_b32_e32 v0, 0x5c0, v1
	scratch_store_b32 off, v0, off offset:380 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v205, v0, v203
	v_add_nc_u32_e32 v0, 0, v15
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v206, v0, v203
	v_or_b32_e32 v0, 0x840, v1
	s_clause 0x1
	scratch_store_b32 off, v19, off offset:292
	scratch_store_b32 off, v0, off offset:328
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v207, v0, v203
	v_or_b32_e32 v0, 0x880, v1
	scratch_store_b32 off, v0, off offset:364 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v208, v0, v203
	v_or_b32_e32 v0, 0x8c0, v1
	scratch_store_b32 off, v0, off offset:400 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v209, v0, v203
	v_add_nc_u32_e32 v0, 0, v16
	v_add_nc_u32_e32 v210, v0, v203
	v_or_b32_e32 v0, 0x940, v1
	s_clause 0x1
	scratch_store_b32 off, v15, off offset:276
	scratch_store_b32 off, v0, off offset:312
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v211, v0, v203
	v_or_b32_e32 v0, 0x980, v1
	scratch_store_b32 off, v0, off offset:348 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v212, v0, v203
	v_or_b32_e32 v0, 0x9c0, v1
	scratch_store_b32 off, v0, off offset:384 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v213, v0, v203
	v_add_nc_u32_e32 v0, 0, v10
	v_add_nc_u32_e32 v214, v0, v203
	v_or_b32_e32 v0, 0xc40, v1
	scratch_store_b32 off, v0, off offset:332 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v215, v0, v203
	v_or_b32_e32 v0, 0xc80, v1
	scratch_store_b32 off, v0, off offset:368 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v216, v0, v203
	v_or_b32_e32 v0, 0xcc0, v1
	scratch_store_b32 off, v0, off offset:404 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v217, v0, v203
	v_add_nc_u32_e32 v0, 0, v9
	v_add_nc_u32_e32 v218, v0, v203
	v_or_b32_e32 v0, 0xd40, v1
	s_clause 0x1
	scratch_store_b32 off, v16, off offset:280
	scratch_store_b32 off, v0, off offset:316
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v235, v0, v203
	v_or_b32_e32 v0, 0xd80, v1
	scratch_store_b32 off, v0, off offset:352 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v242, v0, v203
	v_or_b32_e32 v0, 0xdc0, v1
	scratch_store_b32 off, v0, off offset:388 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v126, v0, v203
	v_add_nc_u32_e32 v0, 0, v8
	v_add_nc_u32_e32 v200, v0, v203
	v_or_b32_e32 v0, 0x1040, v1
	scratch_store_b32 off, v0, off offset:336 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v201, v0, v203
	v_or_b32_e32 v0, 0x1080, v1
	scratch_store_b32 off, v0, off offset:372 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v202, v0, v203
	v_or_b32_e32 v0, 0x10c0, v1
	scratch_store_b32 off, v0, off offset:408 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v197, v0, v203
	v_add_nc_u32_e32 v0, 0, v7
	v_add_nc_u32_e32 v148, v0, v203
	v_or_b32_e32 v0, 0x1140, v1
	scratch_store_b32 off, v0, off offset:412 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v251, v0, v203
	v_or_b32_e32 v0, 0x1180, v1
	scratch_store_b32 off, v0, off offset:416 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v252, v0, v203
	v_or_b32_e32 v0, 0x11c0, v1
	scratch_store_b32 off, v0, off offset:420 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v253, v0, v203
	v_add_nc_u32_e32 v0, 0, v6
	v_add_nc_u32_e32 v254, v0, v203
	v_or_b32_e32 v0, 0x1440, v1
	scratch_store_b32 off, v0, off offset:424 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v111, v0, v203
	v_or_b32_e32 v0, 0x1480, v1
	scratch_store_b32 off, v0, off offset:428 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v112, v0, v203
	v_or_b32_e32 v0, 0x14c0, v1
	scratch_store_b32 off, v0, off offset:432 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v113, v0, v203
	v_add_nc_u32_e32 v0, 0, v5
	v_add_nc_u32_e32 v114, v0, v203
	v_or_b32_e32 v0, 0x1540, v1
	scratch_store_b32 off, v0, off offset:436 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v240, v0, v203
	v_or_b32_e32 v0, 0x1580, v1
	scratch_store_b32 off, v0, off offset:440 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v155, v0, v203
	v_or_b32_e32 v0, 0x15c0, v1
	scratch_store_b32 off, v0, off offset:444 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v156, v0, v203
	v_add_nc_u32_e32 v0, 0, v11
	v_add_nc_u32_e32 v157, v0, v203
	v_or_b32_e32 v0, 0x1840, v1
	scratch_store_b32 off, v0, off offset:448 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v158, v0, v203
	v_or_b32_e32 v0, 0x1880, v1
	scratch_store_b32 off, v0, off offset:452 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v159, v0, v203
	v_or_b32_e32 v0, 0x18c0, v1
	scratch_store_b32 off, v0, off offset:456 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v160, v0, v203
	v_add_nc_u32_e32 v0, 0, v12
	v_add_nc_u32_e32 v161, v0, v203
	v_or_b32_e32 v0, 0x1940, v1
	scratch_store_b32 off, v0, off offset:460 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v162, v0, v203
	v_or_b32_e32 v0, 0x1980, v1
	scratch_store_b32 off, v0, off offset:464 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v163, v0, v203
	v_or_b32_e32 v0, 0x19c0, v1
	scratch_store_b32 off, v0, off offset:468 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v164, v0, v203
	v_add_nc_u32_e32 v0, 0, v13
	v_add_nc_u32_e32 v166, v0, v203
	v_or_b32_e32 v0, 0x1c40, v1
	scratch_store_b32 off, v0, off offset:472 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v167, v0, v203
	v_or_b32_e32 v0, 0x1c80, v1
	scratch_store_b32 off, v0, off offset:476 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v168, v0, v203
	v_or_b32_e32 v0, 0x1cc0, v1
	scratch_store_b32 off, v0, off offset:480 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v169, v0, v203
	v_add_nc_u32_e32 v0, 0, v14
	v_add_nc_u32_e32 v170, v0, v203
	v_or_b32_e32 v0, 0x1d40, v1
	scratch_store_b32 off, v0, off offset:484 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v171, v0, v203
	v_or_b32_e32 v0, 0x1d80, v1
	scratch_store_b32 off, v0, off offset:488 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v172, v0, v203
	v_or_b32_e32 v0, 0x1dc0, v1
	scratch_store_b32 off, v0, off offset:492 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v173, v0, v203
	s_branch .LBB0_22
.LBB0_21:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v119 offset:8192
	ds_load_u8 v2, v120 offset:8192
	ds_load_u8 v3, v255 offset:8192
	ds_load_u8 v1, v118 offset:8192
	.loc	1 46 35                         ; w8a8_gemm.py:46:35
	s_ashr_i32 s14, s6, 7
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_add_nc_u64 s[6:7], s[6:7], 0x80
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_alu 0xfffe
	s_ashr_i32 s15, s14, 31
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_addk_co_i32 s9, 0xff80
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_alu 0xfffe
	s_lshl_b64 s[16:17], s[14:15], 2
	.loc	1 48 47                         ; w8a8_gemm.py:48:47
	s_mul_i32 s14, s14, s18
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x13
	v_mov_b32_e32 v101, v47
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_wait_alu 0xfffe
	s_ashr_i32 s15, s14, 31
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v116 offset:8192
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_wait_alu 0xfffe
	s_lshl_b64 s[14:15], s[14:15], 2
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cmp_lg_u32 s8, s6
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x12
	v_dual_mov_b32 v102, v41 :: v_dual_mov_b32 v103, v49
	s_wait_dscnt 0x10
	v_dual_mov_b32 v97, v51 :: v_dual_mov_b32 v104, v43
	s_wait_dscnt 0xf
	v_mov_b32_e32 v98, v45
	s_wait_dscnt 0x4
	v_lshlrev_b16 v0, 8, v0
	v_dual_mov_b32 v99, v63 :: v_dual_mov_b32 v100, v53
	v_dual_mov_b32 v95, v65 :: v_dual_mov_b32 v96, v55
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_3)
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v121 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mov_b32_e32 v93, v67
	v_dual_mov_b32 v89, v69 :: v_dual_mov_b32 v94, v57
	v_dual_mov_b32 v57, v68 :: v_dual_and_b32 v0, 0xffff, v0
	v_dual_mov_b32 v90, v59 :: v_dual_mov_b32 v59, v70
	v_dual_mov_b32 v91, v71 :: v_dual_mov_b32 v92, v61
	v_mov_b32_e32 v61, v72
	s_wait_dscnt 0x0
	v_lshlrev_b16 v1, 8, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v115 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	v_or_b32_e32 v74, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v127 offset:8192
	ds_load_u8 v0, v40 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v2, 8, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v117 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x1
	v_lshlrev_b16 v0, 8, v0
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v205 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x1
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v124 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	s_wait_dscnt 0x1
	v_lshlrev_b16 v1, 8, v1
	v_or_b32_e32 v73, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v204 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x0
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v123 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v76, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v210 offset:8192
	ds_load_u8 v3, v122 offset:8192
	ds_load_u8 v0, v211 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x3
	v_lshlrev_b16 v2, 8, v2
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v125 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_lshlrev_b16 v0, 8, v0
	v_and_b32_e32 v2, 0xffff, v2
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v213 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x1
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v208 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v75, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v212 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v1, 8, v1
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v207 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	v_or_b32_e32 v78, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v235 offset:8192
	ds_load_u8 v1, v218 offset:8192
	ds_load_u8 v3, v206 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x3
	v_lshlrev_b16 v2, 8, v2
	s_wait_dscnt 0x2
	v_lshlrev_b16 v0, 8, v0
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v126 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v209 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x1
	v_lshlrev_b16 v1, 8, v1
	s_wait_dscnt 0x0
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v216 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v77, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v242 offset:8192
	ds_load_u8 v3, v214 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v215 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v80, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v251 offset:8192
	ds_load_u8 v1, v148 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v2, 8, v2
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v217 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x0
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v202 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v79, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v252 offset:8192
	ds_load_u8 v3, v200 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b16 v0, 8, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v253 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x0
	v_lshlrev_b16 v1, 8, v1
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v201 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v82, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v240 offset:8192
	ds_load_u8 v1, v114 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v2, 8, v2
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v197 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x0
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v112 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v81, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v155 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b16 v0, 8, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v254 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v156 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x0
	v_lshlrev_b16 v1, 8, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v111 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	v_or_b32_e32 v84, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v161 offset:8192
	ds_load_u8 v0, v162 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v2, 8, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v113 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x1
	v_lshlrev_b16 v0, 8, v0
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v164 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x1
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v159 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v83, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v163 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v1, 8, v1
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v158 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	v_or_b32_e32 v86, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v170 offset:8192
	ds_load_u8 v3, v157 offset:8192
	ds_load_u8 v0, v171 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x3
	v_lshlrev_b16 v2, 8, v2
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v160 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_lshlrev_b16 v0, 8, v0
	v_and_b32_e32 v2, 0xffff, v2
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v173 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x1
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v168 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v85, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v172 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v1, 8, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v166 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v167 offset:8192
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v88, v0, v1
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_add_co_u32 v0, vcc_lo, v192, s16
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v193, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v175, v[0:1], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	v_add_co_u32 v0, vcc_lo, v190, s16
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v191, vcc_lo
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x0
	v_lshlrev_b16 v2, 8, v2
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v176, v[0:1], off
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	v_add_co_u32 v0, vcc_lo, v188, s16
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v189, vcc_lo
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v169 offset:8192
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v177, v[0:1], off
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	v_add_co_u32 v0, vcc_lo, v185, s16
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v186, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v179, v[0:1], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v0, off, off offset:112 ; 4-byte Folded Reload
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x0
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b32_e32 v3, v4, v3
	v_lshlrev_b32_e32 v3, 16, v3
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, vcc_lo, v0, s16
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v184, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v180, v[0:1], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:104
	scratch_load_b32 v1, off, off offset:108
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, vcc_lo, v0, s16
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v181, v[0:1], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:96
	scratch_load_b32 v1, off, off offset:100
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, vcc_lo, v0, s16
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v182, v[0:1], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:88
	scratch_load_b32 v1, off, off offset:92
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	ds_load_u8 v41, v235 offset:8224
	ds_load_u8 v55, v216 offset:8224
	ds_load_u8 v43, v218 offset:8224
	ds_load_u8 v53, v214 offset:8224
	ds_load_u8 v45, v242 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x4
	v_lshlrev_b16 v41, 8, v41
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_or_b32_e32 v41, v43, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v126 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x0
	v_lshlrev_b16 v43, 8, v43
	v_or_b32_e32 v43, v45, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v215 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v43, 16, v43
	s_wait_dscnt 0x0
	v_lshlrev_b16 v45, 8, v45
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v45, v53, v45
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v217 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v45, 0xffff, v45
	s_wait_dscnt 0x0
	v_lshlrev_b16 v53, 8, v53
	v_or_b32_e32 v53, v55, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v55, v202 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v53, 16, v53
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, vcc_lo, v0, s16
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s17, v1, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v183, v[0:1], off
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	v_and_b32_e32 v2, 0xffff, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b32_e32 v87, v2, v3
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[101:102], v[73:74], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[103:104], v[75:76], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[97:98], v[77:78], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[99:100], v[79:80], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[95:96], v[81:82], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[93:94], v[83:84], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[89:90], v[85:86], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[91:92], v[87:88], v[0:7]
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v47, v175, v0
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v119 offset:8224
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v49, v176, v1
	v_mul_f32_e32 v51, v177, v2
	v_mul_f32_e32 v63, v179, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v120 offset:8224
	ds_load_u8 v1, v118 offset:8224
	ds_load_u8 v3, v255 offset:8224
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v65, v180, v4
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v116 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v41, 0xffff, v41
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v67, v181, v5
	v_mul_f32_e32 v69, v182, v6
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x4
	v_lshlrev_b16 v0, 8, v0
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v121 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x0
	v_lshlrev_b16 v1, 8, v1
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v115 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v106, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v40 offset:8224
	ds_load_u8 v1, v127 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v2, 8, v2
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v117 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v0, 8, v0
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v205 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x1
	v_lshlrev_b16 v3, 8, v3
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v124 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v105, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v204 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v1, 8, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v122 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v123 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v108, v0, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v0, v211 offset:8224
	ds_load_u8 v1, v210 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v2, 8, v2
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v125 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v0, 8, v0
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v0, v1, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v1, v213 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v0, 0xffff, v0
	s_wait_dscnt 0x1
	v_lshlrev_b16 v3, 8, v3
	v_or_b32_e32 v3, v4, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v4, v208 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v107, v2, v3
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v212 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v1, 8, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v206 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_or_b32_e32 v1, v2, v1
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v2, v207 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v1, 16, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v110, v0, v1
	s_wait_dscnt 0x0
	v_lshlrev_b16 v2, 8, v2
	v_or_b32_e32 v2, v3, v2
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v3, v209 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v2, 0xffff, v2
	s_wait_dscnt 0x0
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b32_e32 v3, v4, v3
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x0
	v_mul_f32_e32 v71, v183, v7
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v3, 16, v3
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v109, v2, v3
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[101:102], v[105:106], 0
	v_or_b32_e32 v102, v41, v43
	.loc	1 45 20 is_stmt 1               ; w8a8_gemm.py:45:20
	ds_load_u8 v41, v251 offset:8224
	ds_load_u8 v43, v148 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_or_b32_e32 v101, v45, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v252 offset:8224
	ds_load_u8 v53, v200 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[103:104], v[107:108], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[97:98], v[109:110], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[99:100], v[101:102], v[0:7]
	s_wait_dscnt 0x3
	v_lshlrev_b16 v41, 8, v41
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v41, v43, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v253 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v41, 0xffff, v41
	s_wait_dscnt 0x0
	v_lshlrev_b16 v43, 8, v43
	v_or_b32_e32 v43, v45, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v201 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v43, 16, v43
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v98, v41, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v41, v240 offset:8224
	ds_load_u8 v43, v114 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v45, 8, v45
	v_or_b32_e32 v45, v53, v45
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v197 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v45, 0xffff, v45
	s_wait_dscnt 0x0
	v_lshlrev_b16 v53, 8, v53
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v53, v55, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v55, v112 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v53, 16, v53
	v_or_b32_e32 v97, v45, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v155 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b16 v41, 8, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v254 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[95:96], v[97:98], v[0:7]
	v_or_b32_e32 v41, v43, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v156 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v41, 0xffff, v41
	s_wait_dscnt 0x0
	v_lshlrev_b16 v43, 8, v43
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v43, v45, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v111 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v43, 16, v43
	v_or_b32_e32 v96, v41, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v161 offset:8224
	ds_load_u8 v41, v162 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v45, 8, v45
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v45, v53, v45
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v113 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v45, 0xffff, v45
	s_wait_dscnt 0x1
	v_lshlrev_b16 v41, 8, v41
	v_or_b32_e32 v41, v43, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v164 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v41, 0xffff, v41
	s_wait_dscnt 0x1
	v_lshlrev_b16 v53, 8, v53
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v53, v55, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v55, v159 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v53, 16, v53
	v_or_b32_e32 v95, v45, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v163 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v43, 8, v43
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[93:94], v[95:96], v[0:7]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v43, v45, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v158 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v43, 16, v43
	v_or_b32_e32 v100, v41, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v170 offset:8224
	ds_load_u8 v53, v157 offset:8224
	ds_load_u8 v41, v171 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x3
	v_lshlrev_b16 v45, 8, v45
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_or_b32_e32 v45, v53, v45
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v160 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x1
	v_lshlrev_b16 v41, 8, v41
	v_and_b32_e32 v45, 0xffff, v45
	v_or_b32_e32 v41, v43, v41
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v43, v173 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v41, 0xffff, v41
	s_wait_dscnt 0x1
	v_lshlrev_b16 v53, 8, v53
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b32_e32 v53, v55, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v55, v168 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v53, 16, v53
	v_or_b32_e32 v99, v45, v53
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v172 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	s_wait_dscnt 0x2
	v_lshlrev_b16 v43, 8, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v166 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[89:90], v[99:100], v[0:7]
	s_wait_dscnt 0x1
	v_or_b32_e32 v43, v45, v43
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v45, v167 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_lshlrev_b32_e32 v43, 16, v43
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b32_e32 v94, v41, v43
	v_mov_b32_e32 v41, v48
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v48, off, off offset:80 ; 4-byte Folded Reload
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_mov_b32_e32 v43, v50
	s_wait_dscnt 0x0
	v_lshlrev_b16 v45, 8, v45
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_or_b32_e32 v45, v53, v45
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_load_u8 v53, v169 offset:8224
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_and_b32_e32 v45, 0xffff, v45
	s_wait_dscnt 0x0
	v_lshlrev_b16 v53, 8, v53
	v_or_b32_e32 v53, v55, v53
	v_mov_b32_e32 v55, v66
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b32_e32 v53, 16, v53
	v_or_b32_e32 v93, v45, v53
	v_mov_b32_e32 v45, v52
	v_mov_b32_e32 v53, v64
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[91:92], v[93:94], v[0:7]
	.loc	1 50 30 is_stmt 0               ; w8a8_gemm.py:50:30
	v_dual_mul_f32 v89, v175, v0 :: v_dual_mul_f32 v90, v176, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_mul_f32 v91, v177, v2 :: v_dual_mul_f32 v92, v179, v3
	v_dual_mul_f32 v103, v180, v4 :: v_dual_mul_f32 v104, v181, v5
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_dual_mul_f32 v175, v182, v6 :: v_dual_mul_f32 v176, v183, v7
	.loc	1 50 25                         ; w8a8_gemm.py:50:25
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[41:42], v[73:74], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[43:44], v[75:76], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[45:46], v[77:78], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[53:54], v[79:80], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[55:56], v[81:82], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[57:58], v[83:84], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[59:60], v[85:86], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[61:62], v[87:88], v[0:7]
	.loc	1 47 37 is_stmt 1               ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v48, s16
	scratch_load_b32 v48, off, off offset:84 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v48, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v48, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v50, off, off offset:64 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v50, s16
	scratch_load_b32 v50, off, off offset:68 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v50, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v50, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v52, off, off offset:56 ; 4-byte Folded Reload
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v74, v50, v1
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v52, s16
	scratch_load_b32 v52, off, off offset:60 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v52, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v52, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v64, off, off offset:72 ; 4-byte Folded Reload
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v75, v52, v2
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v64, s16
	scratch_load_b32 v64, off, off offset:76 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v64, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v64, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v66, off, off offset:48 ; 4-byte Folded Reload
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v76, v64, v3
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v66, s16
	scratch_load_b32 v66, off, off offset:52 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v66, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v66, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v68, off, off offset:40 ; 4-byte Folded Reload
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v77, v66, v4
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v68, s16
	scratch_load_b32 v68, off, off offset:44 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v68, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v68, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v70, off, off offset:16 ; 4-byte Folded Reload
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x1
	v_mul_f32_e32 v78, v68, v5
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, vcc_lo, v70, s16
	scratch_load_b32 v70, off, off offset:20 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v70, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v70, v[72:73], off
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v72, off, off offset:32
	scratch_load_b32 v73, off, off offset:36
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	s_wait_loadcnt 0x2
	v_mul_f32_e32 v79, v70, v6
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_wait_loadcnt 0x1
	v_add_co_u32 v72, vcc_lo, v72, s16
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v73, null, s17, v73, vcc_lo
	.loc	1 47 22 is_stmt 0               ; w8a8_gemm.py:47:22
	global_load_b32 v72, v[72:73], off
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v73, v48, v0
	s_wait_loadcnt 0x0
	v_mul_f32_e32 v80, v72, v7
	.loc	1 50 25 is_stmt 0               ; w8a8_gemm.py:50:25
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[41:42], v[105:106], 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[43:44], v[107:108], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[45:46], v[109:110], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[53:54], v[101:102], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[55:56], v[97:98], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[57:58], v[95:96], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[59:60], v[99:100], v[0:7]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[61:62], v[93:94], v[0:7]
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v41, v48, v0
	.loc	1 48 37 is_stmt 1               ; w8a8_gemm.py:48:37
	scratch_load_b32 v0, off, off offset:8  ; 4-byte Folded Reload
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v42, v50, v1
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	scratch_load_b32 v1, off, off offset:12 ; 4-byte Folded Reload
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v2, v52, v2
	v_dual_mul_f32 v3, v64, v3 :: v_dual_mul_f32 v4, v66, v4
	v_dual_mul_f32 v5, v68, v5 :: v_dual_mul_f32 v6, v70, v6
	v_mul_f32_e32 v7, v72, v7
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s14
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s15, v1, vcc_lo
	.loc	1 48 22 is_stmt 0               ; w8a8_gemm.py:48:22
	global_load_b32 v43, v[0:1], off
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:24
	scratch_load_b32 v1, off, off offset:28
	.loc	1 50 15 is_stmt 1               ; w8a8_gemm.py:50:15
	s_wait_loadcnt 0x2
	v_fmac_f32_e32 v196, v43, v47
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, vcc_lo, v0, s14
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s15, v1, vcc_lo
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_co_u32 v243, vcc_lo, v243, s4
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v244, null, s5, v244, vcc_lo
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_b32 v0, v[0:1], off
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	v_add_co_u32 v245, vcc_lo, v245, s4
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v246, null, s5, v246, vcc_lo
	v_add_co_u32 v247, vcc_lo, v247, s4
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v248, null, s5, v248, vcc_lo
	v_add_co_u32 v249, vcc_lo, v249, s4
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fmac_f32_e32 v195, v43, v49
	v_fmac_f32_e32 v194, v43, v51
	v_fmac_f32_e32 v187, v43, v63
	v_fmac_f32_e32 v178, v43, v65
	v_fmac_f32_e32 v165, v43, v67
	v_fmac_f32_e32 v154, v43, v69
	v_fmac_f32_e32 v153, v43, v71
	v_fmac_f32_e32 v143, v43, v73
	v_fmac_f32_e32 v142, v43, v74
	v_fmac_f32_e32 v141, v43, v75
	v_fmac_f32_e32 v140, v43, v76
	v_fmac_f32_e32 v139, v43, v77
	v_fmac_f32_e32 v138, v43, v78
	v_fmac_f32_e32 v137, v43, v79
	v_fmac_f32_e32 v136, v43, v80
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v250, null, s5, v250, vcc_lo
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_loadcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_store_b32 v236, v8
	ds_store_b32 v237, v9
	ds_store_b32 v238, v10
	ds_store_b32 v236, v16 offset:2048
	ds_store_b32 v237, v17 offset:2048
	ds_store_b32 v238, v18 offset:2048
	ds_store_2addr_stride64_b32 v239, v11, v19 offset1:8
	ds_store_b32 v236, v12 offset:4096
	ds_store_b32 v237, v13 offset:4096
	ds_store_b32 v238, v14 offset:4096
	ds_store_b32 v236, v24 offset:6144
	ds_store_b32 v237, v25 offset:6144
	ds_store_b32 v238, v26 offset:6144
	ds_store_2addr_stride64_b32 v239, v15, v27 offset0:16 offset1:24
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	ds_store_b128 v241, v[20:23] offset:8192
	ds_store_b128 v241, v[32:35] offset:10240
	ds_store_b128 v241, v[28:31] offset:12288
	ds_store_b128 v241, v[36:39] offset:14336
	.loc	1 50 15                         ; w8a8_gemm.py:50:15
	v_fmac_f32_e32 v152, v0, v89
	v_fmac_f32_e32 v151, v0, v90
	v_fmac_f32_e32 v150, v0, v91
	v_fmac_f32_e32 v149, v0, v92
	v_fmac_f32_e32 v147, v0, v103
	v_fmac_f32_e32 v146, v0, v104
	v_fmac_f32_e32 v145, v0, v175
	v_fmac_f32_e32 v144, v0, v176
	v_fmac_f32_e32 v135, v0, v41
	v_fmac_f32_e32 v134, v0, v42
	v_fmac_f32_e32 v133, v0, v2
	v_fmac_f32_e32 v132, v0, v3
	v_fmac_f32_e32 v131, v0, v4
	v_fmac_f32_e32 v130, v0, v5
	v_fmac_f32_e32 v129, v0, v6
	v_fmac_f32_e32 v128, v0, v7
	.loc	1 42 22                         ; w8a8_gemm.py:42:22
	s_cbranch_scc0 .LBB0_38
.LBB0_22:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 44 51                         ; w8a8_gemm.py:44:51
	scratch_load_b32 v0, off, off offset:4  ; 4-byte Folded Reload
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_cmp_gt_i32_e32 vcc_lo, s9, v0
	.loc	1 44 20 is_stmt 0               ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s14, vcc_lo
	s_cbranch_execz .LBB0_24
; %bb.23:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 51 18 is_stmt 1               ; w8a8_gemm.py:51:18
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:152
	scratch_load_b32 v1, off, off offset:156
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, s3, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v1, null, s7, v1, s3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_b128 v[8:11], v[0:1], off
.LBB0_24:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s14
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v19, 0
	v_mov_b32_e32 v18, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s14, vcc_lo
	s_cbranch_execz .LBB0_26
; %bb.25:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 51 18 is_stmt 1               ; w8a8_gemm.py:51:18
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:144
	scratch_load_b32 v1, off, off offset:148
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, s3, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v1, null, s7, v1, s3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_b128 v[16:19], v[0:1], off
.LBB0_26:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s14
	v_dual_mov_b32 v13, 0 :: v_dual_mov_b32 v14, 0
	v_mov_b32_e32 v15, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s14, vcc_lo
	s_cbranch_execz .LBB0_28
; %bb.27:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 51 18 is_stmt 1               ; w8a8_gemm.py:51:18
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:136
	scratch_load_b32 v1, off, off offset:140
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, s3, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v1, null, s7, v1, s3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_b128 v[12:15], v[0:1], off
.LBB0_28:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s14
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v25, 0
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v27, 0
	v_mov_b32_e32 v26, 0
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_30
; %bb.29:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:128
	scratch_load_b32 v1, off, off offset:132
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, vcc_lo, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s7, v1, vcc_lo
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	global_load_b128 v[24:27], v[0:1], off
.LBB0_30:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	v_dual_mov_b32 v21, 0 :: v_dual_add_nc_u32 v0, v174, v229
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_wait_kmcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_load_2addr_stride64_b32 v[47:48], v0 offset1:16
	v_dual_mov_b32 v23, 0 :: v_dual_add_nc_u32 v0, v174, v234
	v_dual_mov_b32 v22, 0 :: v_dual_add_nc_u32 v1, v174, v233
	v_add_nc_u32_e32 v2, v174, v232
	v_add_nc_u32_e32 v3, v174, v231
	v_add_nc_u32_e32 v4, v174, v230
	ds_load_2addr_stride64_b32 v[41:42], v0 offset1:16
	ds_load_2addr_stride64_b32 v[49:50], v1 offset1:16
	ds_load_2addr_stride64_b32 v[43:44], v2 offset1:16
	ds_load_2addr_stride64_b32 v[51:52], v3 offset1:16
	ds_load_2addr_stride64_b32 v[45:46], v4 offset1:16
	.loc	1 45 51 is_stmt 1               ; w8a8_gemm.py:45:51
	scratch_load_b32 v3, off, off           ; 4-byte Folded Reload
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_nc_u32_e32 v0, v174, v228
	v_add_nc_u32_e32 v1, v174, v227
	v_add_nc_u32_e32 v2, v174, v226
	v_add_nc_u32_e32 v4, v174, v224
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e32 vcc_lo, s9, v3
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	v_add_nc_u32_e32 v3, v174, v225
	ds_load_2addr_stride64_b32 v[63:64], v0 offset1:16
	ds_load_2addr_stride64_b32 v[53:54], v1 offset1:16
	ds_load_2addr_stride64_b32 v[65:66], v2 offset1:16
	ds_load_2addr_stride64_b32 v[55:56], v3 offset1:16
	ds_load_2addr_stride64_b32 v[67:68], v4 offset1:16
	v_add_nc_u32_e32 v0, v174, v220
	v_add_nc_u32_e32 v1, v174, v219
	v_add_nc_u32_e32 v2, v174, v223
	v_add_nc_u32_e32 v3, v174, v222
	v_add_nc_u32_e32 v4, v174, v221
	ds_load_2addr_stride64_b32 v[57:58], v0 offset1:16
	ds_load_2addr_stride64_b32 v[69:70], v1 offset1:16
	ds_load_2addr_stride64_b32 v[59:60], v2 offset1:16
	ds_load_2addr_stride64_b32 v[71:72], v3 offset1:16
	ds_load_2addr_stride64_b32 v[61:62], v4 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_32
; %bb.31:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 52 18                         ; w8a8_gemm.py:52:18
	v_add_co_u32 v0, vcc_lo, v249, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v250, v199, vcc_lo
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_b128 v[20:23], v[0:1], off
.LBB0_32:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	scratch_load_b32 v0, off, off offset:116 ; 4-byte Folded Reload
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v33, 0
	v_dual_mov_b32 v32, 0 :: v_dual_mov_b32 v35, 0
	v_mov_b32_e32 v34, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_mov_b32 s3, exec_lo
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	s_wait_loadcnt 0x0
	v_cmpx_gt_i32_e64 s9, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_cbranch_execz .LBB0_34
; %bb.33:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_add_co_u32 v0, vcc_lo, v247, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v248, v199, vcc_lo
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_b128 v[32:35], v[0:1], off
.LBB0_34:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	scratch_load_b32 v0, off, off offset:120 ; 4-byte Folded Reload
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v30, 0
	v_mov_b32_e32 v31, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_mov_b32 s3, exec_lo
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	s_wait_loadcnt 0x0
	v_cmpx_gt_i32_e64 s9, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_cbranch_execz .LBB0_36
; %bb.35:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 52 18 is_stmt 1               ; w8a8_gemm.py:52:18
	v_add_co_u32 v0, vcc_lo, v245, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v246, v199, vcc_lo
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_b128 v[28:31], v[0:1], off
.LBB0_36:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	scratch_load_b32 v0, off, off offset:124 ; 4-byte Folded Reload
	v_dual_mov_b32 v36, 0 :: v_dual_mov_b32 v37, 0
	v_dual_mov_b32 v38, 0 :: v_dual_mov_b32 v39, 0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_mov_b32 s3, exec_lo
	.loc	1 45 51                         ; w8a8_gemm.py:45:51
	s_wait_loadcnt 0x0
	v_cmpx_gt_i32_e64 s9, v0
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_cbranch_execz .LBB0_21
; %bb.37:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_add_co_u32 v0, vcc_lo, v243, v198
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, v244, v199, vcc_lo
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	global_load_b128 v[36:39], v[0:1], off
	s_branch .LBB0_21
.LBB0_38:                               ; %._crit_edge.loopexit
	.loc	1 0 20 is_stmt 0                ; w8a8_gemm.py:0:20
	scratch_load_b32 v0, off, off offset:300 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 46 35 is_stmt 1               ; w8a8_gemm.py:46:35
	s_ashr_i32 s4, s6, 7
.LBB0_39:                               ; %Flow910
	.loc	1 44 20                         ; w8a8_gemm.py:44:20
	scratch_load_b32 v1, off, off offset:296 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_wait_kmcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	v_add3_u32 v0, 0, v0, v203
	s_load_b32 s14, s[0:1], 0x3c
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	s_ashr_i32 s5, s4, 31
	v_mov_b32_e32 v92, 0
	v_dual_mov_b32 v96, 0 :: v_dual_add_nc_u32 v1, 0, v1
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 44 20 is_stmt 1               ; w8a8_gemm.py:44:20
	v_add_nc_u32_e32 v2, v1, v229
	v_add_nc_u32_e32 v3, v1, v234
	v_add_nc_u32_e32 v4, v1, v233
	v_add_nc_u32_e32 v5, v1, v232
	v_add_nc_u32_e32 v6, v1, v231
	ds_load_2addr_stride64_b32 v[49:50], v2 offset1:16
	v_add_nc_u32_e32 v2, v1, v230
	ds_load_2addr_stride64_b32 v[36:37], v3 offset1:16
	ds_load_2addr_stride64_b32 v[51:52], v4 offset1:16
	ds_load_2addr_stride64_b32 v[34:35], v5 offset1:16
	ds_load_2addr_stride64_b32 v[53:54], v6 offset1:16
	ds_load_2addr_stride64_b32 v[32:33], v2 offset1:16
	v_add_nc_u32_e32 v2, v1, v228
	v_add_nc_u32_e32 v3, v1, v227
	v_add_nc_u32_e32 v4, v1, v226
	v_add_nc_u32_e32 v5, v1, v225
	v_add_nc_u32_e32 v6, v1, v224
	ds_load_2addr_stride64_b32 v[61:62], v2 offset1:16
	ds_load_2addr_stride64_b32 v[41:42], v3 offset1:16
	ds_load_2addr_stride64_b32 v[55:56], v4 offset1:16
	ds_load_2addr_stride64_b32 v[38:39], v5 offset1:16
	ds_load_2addr_stride64_b32 v[57:58], v6 offset1:16
	v_add_nc_u32_e32 v2, v1, v220
	v_add_nc_u32_e32 v3, v1, v219
	v_add_nc_u32_e32 v4, v1, v223
	v_add_nc_u32_e32 v5, v1, v222
	v_add_nc_u32_e32 v1, v1, v221
	ds_load_2addr_stride64_b32 v[47:48], v2 offset1:16
	ds_load_2addr_stride64_b32 v[63:64], v3 offset1:16
	ds_load_2addr_stride64_b32 v[45:46], v4 offset1:16
	ds_load_2addr_stride64_b32 v[59:60], v5 offset1:16
	ds_load_2addr_stride64_b32 v[43:44], v1 offset1:16
	.loc	1 45 20                         ; w8a8_gemm.py:45:20
	s_clause 0x3
	scratch_load_b32 v1, off, off offset:320 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:356 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:392 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:292 th:TH_LOAD_LU
	s_wait_loadcnt 0x3
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v2, 0, v2, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v3, 0, v3, v203
	ds_load_u8 v201, v0 offset:8192
	ds_load_u8 v98, v0 offset:8224
	ds_load_u8 v204, v1 offset:8192
	ds_load_u8 v100, v1 offset:8224
	ds_load_u8 v202, v2 offset:8192
	ds_load_u8 v99, v2 offset:8224
	ds_load_u8 v205, v3 offset:8192
	ds_load_u8 v101, v3 offset:8224
	s_clause 0x2
	scratch_load_b32 v0, off, off offset:304 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:340 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:376 th:TH_LOAD_LU
	s_wait_loadcnt 0x3
	v_add3_u32 v4, 0, v4, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x0
	v_add3_u32 v2, 0, v2, v203
	ds_load_u8 v214, v4 offset:8192
	ds_load_u8 v110, v4 offset:8224
	ds_load_u8 v218, v0 offset:8192
	ds_load_u8 v114, v0 offset:8224
	ds_load_u8 v215, v1 offset:8192
	ds_load_u8 v111, v1 offset:8224
	ds_load_u8 v219, v2 offset:8192
	ds_load_u8 v115, v2 offset:8224
	s_clause 0x4
	scratch_load_b32 v0, off, off offset:284 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:324 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:360 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:396 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:288 th:TH_LOAD_LU
	s_wait_loadcnt 0x4
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x3
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v2, 0, v2, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v3, 0, v3, v203
	ds_load_u8 v206, v0 offset:8192
	ds_load_u8 v102, v0 offset:8224
	ds_load_u8 v208, v1 offset:8192
	ds_load_u8 v104, v1 offset:8224
	ds_load_u8 v207, v2 offset:8192
	ds_load_u8 v103, v2 offset:8224
	ds_load_u8 v209, v3 offset:8192
	ds_load_u8 v105, v3 offset:8224
	s_clause 0x2
	scratch_load_b32 v0, off, off offset:308 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:344 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:380 th:TH_LOAD_LU
	s_wait_loadcnt 0x3
	v_add3_u32 v4, 0, v4, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x0
	v_add3_u32 v2, 0, v2, v203
	ds_load_u8 v222, v4 offset:8192
	ds_load_u8 v118, v4 offset:8224
	ds_load_u8 v224, v0 offset:8192
	ds_load_u8 v120, v0 offset:8224
	ds_load_u8 v223, v1 offset:8192
	ds_load_u8 v119, v1 offset:8224
	ds_load_u8 v225, v2 offset:8192
	ds_load_u8 v121, v2 offset:8224
	s_clause 0x4
	scratch_load_b32 v0, off, off offset:276 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:328 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:364 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:400 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:280 th:TH_LOAD_LU
	s_wait_loadcnt 0x4
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x3
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v2, 0, v2, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v3, 0, v3, v203
	ds_load_u8 v210, v0 offset:8192
	ds_load_u8 v106, v0 offset:8224
	ds_load_u8 v212, v1 offset:8192
	ds_load_u8 v108, v1 offset:8224
	ds_load_u8 v211, v2 offset:8192
	ds_load_u8 v107, v2 offset:8224
	ds_load_u8 v213, v3 offset:8192
	ds_load_u8 v109, v3 offset:8224
	s_clause 0x2
	scratch_load_b32 v0, off, off offset:312 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:348 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:384 th:TH_LOAD_LU
	s_wait_loadcnt 0x3
	v_add3_u32 v4, 0, v4, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x0
	v_add3_u32 v2, 0, v2, v203
	ds_load_u8 v226, v4 offset:8192
	ds_load_u8 v122, v4 offset:8224
	ds_load_u8 v228, v0 offset:8192
	ds_load_u8 v124, v0 offset:8224
	ds_load_u8 v227, v1 offset:8192
	ds_load_u8 v123, v1 offset:8224
	ds_load_u8 v229, v2 offset:8192
	ds_load_u8 v125, v2 offset:8224
	s_clause 0x4
	scratch_load_b32 v0, off, off offset:252 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:332 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:368 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:404 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:256 th:TH_LOAD_LU
	s_wait_loadcnt 0x4
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x3
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v2, 0, v2, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v3, 0, v3, v203
	ds_load_u8 v216, v0 offset:8192
	ds_load_u8 v112, v0 offset:8224
	ds_load_u8 v220, v1 offset:8192
	ds_load_u8 v116, v1 offset:8224
	ds_load_u8 v217, v2 offset:8192
	ds_load_u8 v113, v2 offset:8224
	ds_load_u8 v221, v3 offset:8192
	ds_load_u8 v117, v3 offset:8224
	s_clause 0x2
	scratch_load_b32 v0, off, off offset:316 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:352 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:388 th:TH_LOAD_LU
	s_wait_loadcnt 0x3
	v_add3_u32 v4, 0, v4, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x0
	v_add3_u32 v2, 0, v2, v203
	ds_load_u8 v230, v4 offset:8192
	ds_load_u8 v126, v4 offset:8224
	ds_load_u8 v232, v0 offset:8192
	ds_load_u8 v148, v0 offset:8224
	ds_load_u8 v231, v1 offset:8192
	ds_load_u8 v127, v1 offset:8224
	ds_load_u8 v233, v2 offset:8192
	ds_load_u8 v155, v2 offset:8224
	s_clause 0x1f
	scratch_load_b32 v0, off, off offset:236 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:240 th:TH_LOAD_LU
	scratch_load_b32 v8, off, off offset:244 th:TH_LOAD_LU
	scratch_load_b32 v12, off, off offset:248 th:TH_LOAD_LU
	scratch_load_b32 v16, off, off offset:260 th:TH_LOAD_LU
	scratch_load_b32 v20, off, off offset:264 th:TH_LOAD_LU
	scratch_load_b32 v24, off, off offset:268 th:TH_LOAD_LU
	scratch_load_b32 v28, off, off offset:272 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:336 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:372 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:408 th:TH_LOAD_LU
	scratch_load_b32 v5, off, off offset:412 th:TH_LOAD_LU
	scratch_load_b32 v6, off, off offset:416 th:TH_LOAD_LU
	scratch_load_b32 v7, off, off offset:420 th:TH_LOAD_LU
	scratch_load_b32 v9, off, off offset:424 th:TH_LOAD_LU
	scratch_load_b32 v10, off, off offset:428 th:TH_LOAD_LU
	scratch_load_b32 v11, off, off offset:432 th:TH_LOAD_LU
	scratch_load_b32 v13, off, off offset:436 th:TH_LOAD_LU
	scratch_load_b32 v14, off, off offset:440 th:TH_LOAD_LU
	scratch_load_b32 v15, off, off offset:444 th:TH_LOAD_LU
	scratch_load_b32 v17, off, off offset:448 th:TH_LOAD_LU
	scratch_load_b32 v18, off, off offset:452 th:TH_LOAD_LU
	scratch_load_b32 v19, off, off offset:456 th:TH_LOAD_LU
	scratch_load_b32 v21, off, off offset:460 th:TH_LOAD_LU
	scratch_load_b32 v22, off, off offset:464 th:TH_LOAD_LU
	scratch_load_b32 v23, off, off offset:468 th:TH_LOAD_LU
	scratch_load_b32 v25, off, off offset:472 th:TH_LOAD_LU
	scratch_load_b32 v26, off, off offset:476 th:TH_LOAD_LU
	scratch_load_b32 v27, off, off offset:480 th:TH_LOAD_LU
	scratch_load_b32 v29, off, off offset:484 th:TH_LOAD_LU
	scratch_load_b32 v30, off, off offset:488 th:TH_LOAD_LU
	scratch_load_b32 v31, off, off offset:492 th:TH_LOAD_LU
	s_wait_loadcnt 0x1f
	v_add3_u32 v0, 0, v0, v203
	s_wait_loadcnt 0x1e
	v_add3_u32 v4, 0, v4, v203
	s_wait_loadcnt 0x1d
	v_add3_u32 v8, 0, v8, v203
	s_wait_loadcnt 0x1c
	v_add3_u32 v12, 0, v12, v203
	s_wait_loadcnt 0x1b
	v_add3_u32 v16, 0, v16, v203
	s_wait_loadcnt 0x1a
	v_add3_u32 v20, 0, v20, v203
	s_wait_loadcnt 0x19
	v_add3_u32 v24, 0, v24, v203
	s_wait_loadcnt 0x18
	v_add3_u32 v28, 0, v28, v203
	s_wait_loadcnt 0x17
	v_add3_u32 v1, 0, v1, v203
	s_wait_loadcnt 0x16
	v_add3_u32 v2, 0, v2, v203
	s_wait_loadcnt 0x15
	v_add3_u32 v3, 0, v3, v203
	s_wait_loadcnt 0x14
	v_add3_u32 v5, 0, v5, v203
	s_wait_loadcnt 0x13
	v_add3_u32 v6, 0, v6, v203
	s_wait_loadcnt 0x12
	v_add3_u32 v7, 0, v7, v203
	s_wait_loadcnt 0x11
	v_add3_u32 v9, 0, v9, v203
	s_wait_loadcnt 0x10
	v_add3_u32 v10, 0, v10, v203
	s_wait_loadcnt 0xf
	v_add3_u32 v11, 0, v11, v203
	s_wait_loadcnt 0xe
	v_add3_u32 v13, 0, v13, v203
	s_wait_loadcnt 0xd
	v_add3_u32 v14, 0, v14, v203
	s_wait_loadcnt 0xc
	v_add3_u32 v15, 0, v15, v203
	s_wait_loadcnt 0xb
	v_add3_u32 v17, 0, v17, v203
	s_wait_loadcnt 0xa
	v_add3_u32 v18, 0, v18, v203
	s_wait_loadcnt 0x9
	v_add3_u32 v19, 0, v19, v203
	s_wait_loadcnt 0x8
	v_add3_u32 v21, 0, v21, v203
	s_wait_loadcnt 0x7
	v_add3_u32 v22, 0, v22, v203
	s_wait_loadcnt 0x6
	v_add3_u32 v23, 0, v23, v203
	s_wait_loadcnt 0x5
	v_add3_u32 v25, 0, v25, v203
	s_wait_loadcnt 0x4
	v_add3_u32 v26, 0, v26, v203
	s_wait_loadcnt 0x3
	v_add3_u32 v27, 0, v27, v203
	s_wait_loadcnt 0x2
	v_add3_u32 v29, 0, v29, v203
	s_wait_loadcnt 0x1
	v_add3_u32 v30, 0, v30, v203
	s_wait_loadcnt 0x0
	v_add3_u32 v31, 0, v31, v203
	ds_load_u8 v245, v0 offset:8192
	ds_load_u8 v164, v0 offset:8224
	ds_load_u8 v248, v1 offset:8192
	ds_load_u8 v168, v1 offset:8224
	ds_load_u8 v246, v2 offset:8192
	ds_load_u8 v247, v3 offset:8192
	ds_load_u8 v170, v3 offset:8224
	ds_load_u8 v169, v2 offset:8224
	ds_load_u8 v97, v4 offset:8192
	ds_load_u8 v85, v5 offset:8192
	ds_load_u8 v83, v6 offset:8192
	ds_load_u8 v84, v7 offset:8192
	ds_load_u8 v183, v7 offset:8224
	ds_load_u8 v182, v6 offset:8224
	ds_load_u8 v200, v5 offset:8224
	ds_load_u8 v199, v4 offset:8224
	ds_load_u8 v242, v8 offset:8192
	ds_load_u8 v244, v9 offset:8192
	ds_load_u8 v241, v10 offset:8192
	ds_load_u8 v243, v11 offset:8192
	ds_load_u8 v161, v11 offset:8224
	ds_load_u8 v160, v10 offset:8224
	ds_load_u8 v167, v9 offset:8224
	ds_load_u8 v166, v8 offset:8224
	ds_load_u8 v81, v12 offset:8192
	ds_load_u8 v40, v13 offset:8192
	ds_load_u8 v80, v14 offset:8192
	ds_load_u8 v82, v15 offset:8192
	ds_load_u8 v179, v15 offset:8224
	ds_load_u8 v177, v14 offset:8224
	ds_load_u8 v198, v13 offset:8224
	ds_load_u8 v197, v12 offset:8224
	ds_load_u8 v238, v16 offset:8192
	ds_load_u8 v240, v17 offset:8192
	ds_load_u8 v237, v18 offset:8192
	ds_load_u8 v239, v19 offset:8192
	ds_load_u8 v157, v19 offset:8224
	ds_load_u8 v156, v18 offset:8224
	ds_load_u8 v163, v17 offset:8224
	ds_load_u8 v162, v16 offset:8224
	ds_load_u8 v254, v20 offset:8192
	ds_load_u8 v79, v21 offset:8192
	ds_load_u8 v253, v22 offset:8192
	ds_load_u8 v255, v23 offset:8192
	ds_load_u8 v172, v23 offset:8224
	ds_load_u8 v171, v22 offset:8224
	ds_load_u8 v181, v21 offset:8224
	ds_load_u8 v180, v20 offset:8224
	ds_load_u8 v234, v24 offset:8192
	ds_load_u8 v236, v25 offset:8192
	ds_load_u8 v203, v26 offset:8192
	ds_load_u8 v235, v27 offset:8192
	ds_load_u8 v66, v27 offset:8224
	ds_load_u8 v65, v26 offset:8224
	ds_load_u8 v159, v25 offset:8224
	ds_load_u8 v158, v24 offset:8224
	ds_load_u8 v250, v28 offset:8192
	ds_load_u8 v252, v29 offset:8192
	ds_load_u8 v249, v30 offset:8192
	ds_load_u8 v251, v31 offset:8192
	ds_load_u8 v174, v31 offset:8224
	ds_load_u8 v173, v30 offset:8224
	ds_load_u8 v176, v29 offset:8224
	ds_load_u8 v175, v28 offset:8224
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_111
; %bb.40:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_112
.LBB0_41:
	.loc	1 0 22 is_stmt 0                ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v91, 0
	v_mov_b32_e32 v95, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_113
.LBB0_42:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_114
.LBB0_43:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v90, 0
	v_mov_b32_e32 v94, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_115
.LBB0_44:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_116
.LBB0_45:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v89, 0
	v_mov_b32_e32 v93, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_117
.LBB0_46:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_118
.LBB0_47:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_mov_b32_e32 v188, 0
	v_mov_b32_e32 v86, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_119
.LBB0_48:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_120
.LBB0_49:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_dual_mov_b32 v186, 0 :: v_dual_mov_b32 v191, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_121
.LBB0_50:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_122
.LBB0_51:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_dual_mov_b32 v185, 0 :: v_dual_mov_b32 v190, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_123
.LBB0_52:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_124
.LBB0_53:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_dual_mov_b32 v184, 0 :: v_dual_mov_b32 v189, 0
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_125
.LBB0_54:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_56
.LBB0_55:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:32 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:36 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v184, v[0:1], off
.LBB0_56:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_dual_mov_b32 v87, 0 :: v_dual_mov_b32 v88, 0
	.loc	1 48 47 is_stmt 1               ; w8a8_gemm.py:48:47
	s_mul_i32 s0, s4, s18
	.loc	1 48 22 is_stmt 0               ; w8a8_gemm.py:48:22
	s_and_not1_b32 vcc_lo, exec_lo, s2
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_wait_alu 0xfffe
	s_ashr_i32 s1, s0, 31
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	s_cbranch_vccnz .LBB0_58
; %bb.57:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:8 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:12 th:TH_LOAD_LU
	s_wait_alu 0xfffe
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_b32 v88, v[0:1], off
.LBB0_58:
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_60
; %bb.59:
	.loc	1 48 37                         ; w8a8_gemm.py:48:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:24 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:28 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 48 22                         ; w8a8_gemm.py:48:22
	global_load_b32 v87, v[0:1], off
.LBB0_60:
	.loc	1 0 22                          ; w8a8_gemm.py:0:22
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v25, 0
	v_dual_mov_b32 v26, 0 :: v_dual_mov_b32 v27, 0
	v_dual_mov_b32 v28, 0 :: v_dual_mov_b32 v29, 0
	v_dual_mov_b32 v30, 0 :: v_dual_mov_b32 v31, 0
	v_dual_mov_b32 v16, 0 :: v_dual_mov_b32 v17, 0
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v19, 0
	v_dual_mov_b32 v20, 0 :: v_dual_mov_b32 v21, 0
	v_dual_mov_b32 v22, 0 :: v_dual_mov_b32 v23, 0
	v_dual_mov_b32 v8, 0 :: v_dual_mov_b32 v9, 0
	v_dual_mov_b32 v10, 0 :: v_dual_mov_b32 v11, 0
	v_dual_mov_b32 v12, 0 :: v_dual_mov_b32 v13, 0
	v_dual_mov_b32 v14, 0 :: v_dual_mov_b32 v15, 0
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, 0
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 0
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v5, 0
	v_dual_mov_b32 v6, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 50 25 is_stmt 1               ; w8a8_gemm.py:50:25
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_62
; %bb.61:
	s_wait_dscnt 0x3e
	v_dual_mov_b32 v77, v51 :: v_dual_mov_b32 v78, v34
	v_dual_mov_b32 v75, v53 :: v_dual_mov_b32 v76, v32
	v_dual_mov_b32 v34, v52 :: v_dual_and_b32 v3, 0xff, v214
	v_dual_mov_b32 v32, v54 :: v_dual_and_b32 v5, 0xff, v215
	v_lshlrev_b16 v2, 8, v218
	v_lshlrev_b16 v4, 8, v219
	v_lshlrev_b16 v6, 8, v205
	v_and_b32_e32 v7, 0xff, v202
	v_dual_mov_b32 v67, v63 :: v_dual_mov_b32 v68, v45
	v_or_b32_e32 v2, v3, v2
	v_or_b32_e32 v3, v5, v4
	v_lshlrev_b16 v4, 8, v204
	v_and_b32_e32 v5, 0xff, v201
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_dual_mov_b32 v45, v64 :: v_dual_and_b32 v2, 0xffff, v2
	v_lshlrev_b32_e32 v3, 16, v3
	v_lshlrev_b16 v8, 8, v225
	s_delay_alu instid0(VALU_DEP_4)
	v_or_b32_e32 v4, v5, v4
	v_or_b32_e32 v5, v7, v6
	v_lshlrev_b16 v6, 8, v224
	v_and_b32_e32 v7, 0xff, v222
	v_and_b32_e32 v9, 0xff, v223
	s_wait_dscnt 0xb
	v_dual_mov_b32 v193, v66 :: v_dual_mov_b32 v66, v43
	v_mov_b32_e32 v43, v60
	v_or_b32_e32 v3, v2, v3
	v_and_b32_e32 v2, 0xffff, v4
	v_lshlrev_b32_e32 v4, 16, v5
	v_or_b32_e32 v5, v7, v6
	v_or_b32_e32 v6, v9, v8
	v_lshlrev_b16 v7, 8, v208
	v_and_b32_e32 v8, 0xff, v206
	v_lshlrev_b16 v9, 8, v209
	v_and_b32_e32 v10, 0xff, v207
	v_or_b32_e32 v2, v2, v4
	v_and_b32_e32 v4, 0xffff, v5
	v_lshlrev_b32_e32 v5, 16, v6
	v_or_b32_e32 v6, v8, v7
	v_or_b32_e32 v7, v10, v9
	v_lshlrev_b16 v8, 8, v228
	v_and_b32_e32 v9, 0xff, v226
	v_lshlrev_b16 v10, 8, v229
	v_dual_mov_b32 v0, v49 :: v_dual_and_b32 v11, 0xff, v227
	v_dual_mov_b32 v1, v36 :: v_dual_mov_b32 v36, v50
	v_or_b32_e32 v50, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v212
	v_and_b32_e32 v9, 0xff, v210
	v_lshlrev_b16 v10, 8, v213
	v_and_b32_e32 v11, 0xff, v211
	v_or_b32_e32 v49, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v232
	v_and_b32_e32 v9, 0xff, v230
	v_lshlrev_b16 v10, 8, v233
	v_and_b32_e32 v11, 0xff, v231
	v_or_b32_e32 v52, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v220
	v_and_b32_e32 v9, 0xff, v216
	v_lshlrev_b16 v10, 8, v221
	v_and_b32_e32 v11, 0xff, v217
	v_or_b32_e32 v51, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v85
	v_and_b32_e32 v9, 0xff, v97
	v_lshlrev_b16 v10, 8, v84
	v_and_b32_e32 v11, 0xff, v83
	v_or_b32_e32 v54, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v248
	v_and_b32_e32 v9, 0xff, v245
	v_lshlrev_b16 v10, 8, v247
	v_and_b32_e32 v11, 0xff, v246
	v_or_b32_e32 v53, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v40
	v_and_b32_e32 v9, 0xff, v81
	v_lshlrev_b16 v10, 8, v82
	v_and_b32_e32 v11, 0xff, v80
	v_dual_mov_b32 v71, v55 :: v_dual_mov_b32 v72, v38
	v_mov_b32_e32 v38, v56
	v_or_b32_e32 v56, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v244
	v_and_b32_e32 v9, 0xff, v242
	v_lshlrev_b16 v10, 8, v243
	v_and_b32_e32 v11, 0xff, v241
	v_or_b32_e32 v55, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v79
	v_and_b32_e32 v9, 0xff, v254
	v_lshlrev_b16 v10, 8, v255
	v_and_b32_e32 v11, 0xff, v253
	v_dual_mov_b32 v69, v57 :: v_dual_mov_b32 v70, v47
	v_mov_b32_e32 v47, v58
	v_or_b32_e32 v58, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v240
	v_and_b32_e32 v9, 0xff, v238
	v_lshlrev_b16 v10, 8, v239
	v_and_b32_e32 v11, 0xff, v237
	v_or_b32_e32 v57, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	s_wait_dscnt 0x6
	v_lshlrev_b16 v8, 8, v252
	v_and_b32_e32 v9, 0xff, v250
	s_wait_dscnt 0x4
	v_lshlrev_b16 v10, 8, v251
	v_and_b32_e32 v11, 0xff, v249
	v_or_b32_e32 v60, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v236
	v_and_b32_e32 v9, 0xff, v234
	v_lshlrev_b16 v10, 8, v235
	v_dual_mov_b32 v192, v65 :: v_dual_and_b32 v11, 0xff, v203
	v_mov_b32_e32 v65, v59
	v_or_b32_e32 v59, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v114
	v_and_b32_e32 v9, 0xff, v110
	v_lshlrev_b16 v10, 8, v115
	v_and_b32_e32 v11, 0xff, v111
	v_dual_mov_b32 v73, v61 :: v_dual_mov_b32 v74, v41
	v_mov_b32_e32 v41, v62
	v_or_b32_e32 v62, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v100
	v_and_b32_e32 v9, 0xff, v98
	v_lshlrev_b16 v10, 8, v101
	v_and_b32_e32 v11, 0xff, v99
	v_or_b32_e32 v61, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v120
	v_and_b32_e32 v9, 0xff, v118
	v_lshlrev_b16 v10, 8, v121
	v_and_b32_e32 v11, 0xff, v119
	v_or_b32_e32 v64, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v104
	v_and_b32_e32 v9, 0xff, v102
	v_lshlrev_b16 v10, 8, v105
	v_and_b32_e32 v11, 0xff, v103
	v_or_b32_e32 v63, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v124
	v_and_b32_e32 v9, 0xff, v122
	v_lshlrev_b16 v10, 8, v125
	v_and_b32_e32 v11, 0xff, v123
	v_or_b32_e32 v80, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v108
	v_and_b32_e32 v9, 0xff, v106
	v_lshlrev_b16 v10, 8, v109
	v_and_b32_e32 v11, 0xff, v107
	v_or_b32_e32 v79, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v148
	v_and_b32_e32 v9, 0xff, v126
	v_lshlrev_b16 v10, 8, v155
	v_and_b32_e32 v11, 0xff, v127
	v_or_b32_e32 v82, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v116
	v_and_b32_e32 v9, 0xff, v112
	v_lshlrev_b16 v10, 8, v117
	v_and_b32_e32 v11, 0xff, v113
	v_or_b32_e32 v81, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v200
	v_and_b32_e32 v9, 0xff, v199
	v_lshlrev_b16 v10, 8, v183
	v_and_b32_e32 v11, 0xff, v182
	v_or_b32_e32 v84, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v168
	v_and_b32_e32 v9, 0xff, v164
	v_lshlrev_b16 v10, 8, v170
	v_and_b32_e32 v11, 0xff, v169
	v_or_b32_e32 v83, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v198
	v_and_b32_e32 v9, 0xff, v197
	v_lshlrev_b16 v10, 8, v179
	v_and_b32_e32 v11, 0xff, v177
	v_or_b32_e32 v98, v4, v5
	v_and_b32_e32 v4, 0xffff, v6
	v_lshlrev_b32_e32 v5, 16, v7
	v_or_b32_e32 v6, v9, v8
	v_or_b32_e32 v7, v11, v10
	v_lshlrev_b16 v8, 8, v167
	v_and_b32_e32 v9, 0xff, v166
	v_lshlrev_b16 v10, 8, v161
	v_and_b32_e32 v11, 0xff, v160
	v_lshlrev_b16 v12, 8, v181
	v_and_b32_e32 v13, 0xff, v180
	v_and_b32_e32 v6, 0xffff, v6
	v_lshlrev_b32_e32 v7, 16, v7
	v_or_b32_e32 v8, v9, v8
	v_or_b32_e32 v9, v11, v10
	v_or_b32_e32 v10, v13, v12
	v_or_b32_e32 v97, v4, v5
	v_or_b32_e32 v100, v6, v7
	v_and_b32_e32 v4, 0xffff, v8
	v_lshlrev_b32_e32 v5, 16, v9
	v_and_b32_e32 v6, 0xffff, v10
	v_lshlrev_b16 v7, 8, v172
	v_and_b32_e32 v8, 0xff, v171
	v_lshlrev_b16 v9, 8, v163
	v_and_b32_e32 v10, 0xff, v162
	v_lshlrev_b16 v11, 8, v157
	v_and_b32_e32 v12, 0xff, v156
	s_wait_dscnt 0x1
	v_lshlrev_b16 v13, 8, v176
	s_wait_dscnt 0x0
	v_and_b32_e32 v14, 0xff, v175
	v_lshlrev_b16 v15, 8, v174
	v_and_b32_e32 v16, 0xff, v173
	v_or_b32_e32 v7, v8, v7
	v_or_b32_e32 v8, v10, v9
	v_or_b32_e32 v9, v12, v11
	v_or_b32_e32 v10, v14, v13
	v_or_b32_e32 v11, v16, v15
	v_lshlrev_b32_e32 v7, 16, v7
	v_and_b32_e32 v8, 0xffff, v8
	v_lshlrev_b32_e32 v9, 16, v9
	v_and_b32_e32 v10, 0xffff, v10
	v_lshlrev_b32_e32 v11, 16, v11
	v_lshlrev_b16 v12, 8, v159
	v_and_b32_e32 v13, 0xff, v158
	v_or_b32_e32 v99, v4, v5
	v_or_b32_e32 v102, v6, v7
	v_or_b32_e32 v101, v8, v9
	v_or_b32_e32 v40, v10, v11
	v_or_b32_e32 v85, v13, v12
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[0:1], v[2:3], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[0:1], v[63:64], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[36:37], v[2:3], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[36:37], v[63:64], 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[77:78], v[49:50], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[77:78], v[79:80], v[16:23]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[34:35], v[49:50], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[34:35], v[79:80], v[0:7]
	v_lshlrev_b16 v34, 8, v193
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[75:76], v[51:52], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[75:76], v[81:82], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[32:33], v[51:52], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[32:33], v[81:82], v[0:7]
	v_and_b32_e32 v32, 0xff, v192
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[73:74], v[53:54], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[73:74], v[83:84], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[41:42], v[53:54], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[41:42], v[83:84], v[0:7]
	v_or_b32_e32 v32, v32, v34
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[71:72], v[55:56], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[71:72], v[97:98], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[38:39], v[55:56], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[38:39], v[97:98], v[0:7]
	v_and_b32_e32 v36, 0xffff, v85
	v_lshlrev_b32_e32 v32, 16, v32
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[69:70], v[57:58], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[69:70], v[99:100], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[47:48], v[57:58], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[47:48], v[99:100], v[0:7]
	v_or_b32_e32 v39, v36, v32
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[67:68], v[59:60], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[67:68], v[101:102], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[45:46], v[59:60], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[45:46], v[101:102], v[0:7]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[65:66], v[61:62], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[65:66], v[39:40], v[16:23]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[43:44], v[61:62], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[43:44], v[39:40], v[0:7]
.LBB0_62:
	.loc	1 0 25 is_stmt 0                ; w8a8_gemm.py:0:25
	s_wait_dscnt 0x26
	s_clause 0x1
	scratch_load_b32 v40, off, off offset:228 th:TH_LOAD_LU
	scratch_load_b64 v[32:33], off, off offset:220 th:TH_LOAD_LU
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	s_wait_loadcnt 0x1
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v36, s14, v40
	s_wait_loadcnt 0x0
	v_mov_b32_e32 v38, v32
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s1, s12, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_ashrrev_i32_e32 v39, 31, v38
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v37, 31, v36
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_lshlrev_b64_e32 v[32:33], 1, v[38:39]
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_lshlrev_b64_e32 v[34:35], 1, v[36:37]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v34, vcc_lo, s10, v34
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v35, null, s11, v35, vcc_lo
	.loc	1 57 58 is_stmt 1               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e32 vcc_lo, s13, v38
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v34, s0, v34, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v35, null, v35, v33, s0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s0, s1, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s0
	s_cbranch_execz .LBB0_64
; %bb.63:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v24, v96, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v24, v88, v24, v196
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v24, v196, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v37, v24, 16, 1
	v_cmp_o_f32_e64 s0, v24, v24
	v_add3_u32 v37, v24, v37, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v37, 16, v37
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v24, 0x7fff, v37, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[34:35], v24, off
.LBB0_64:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v38, s14, v36
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v39, 31, v38
	v_lshlrev_b64_e32 v[36:37], 1, v[38:39]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v24, s0, s10, v36
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v36, off, off offset:232 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v37, null, s11, v37, s0
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s3, s12, v36
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v36, s0, v24, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v37, null, v37, v33, s0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s0, s3, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_mov_b32 s4, exec_lo
	s_clause 0x4
	scratch_load_b32 v45, off, off offset:176
	scratch_load_b32 v46, off, off offset:180
	scratch_load_b32 v47, off, off offset:184
	scratch_load_b32 v48, off, off offset:188
	scratch_load_b32 v49, off, off offset:192
	s_wait_alu 0xfffe
	s_and_b32 s0, s4, s0
	s_wait_alu 0xfffe
	s_mov_b32 exec_lo, s0
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v24, v92, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v24, v88, v24, v195
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v24, v195, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s0, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v24, 0x7fff, v25, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[36:37], v24, off
.LBB0_66:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v38, s14, v38
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v39, 31, v38
	v_lshlrev_b64_e32 v[24:25], 1, v[38:39]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v39, off, off offset:216 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_add_co_u32 v24, s0, s10, v24
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v25, null, s11, v25, s0
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_add_co_u32 v24, s0, v24, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v25, null, v25, v33, s0
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s4, s12, v39
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b32 s0, s4, vcc_lo
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s5, s0
	s_cbranch_execz .LBB0_68
; %bb.67:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v26, v95, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v26, v88, v26, v194
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v26, v194, v26, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v39, v26, 16, 1
	v_cmp_o_f32_e64 s0, v26, v26
	v_add3_u32 v39, v26, v39, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v39, 16, v39
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v26, 0x7fff, v39, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[24:25], v26, off
.LBB0_68:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v40, s14, v38
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v41, 31, v40
	v_lshlrev_b64_e32 v[38:39], 1, v[40:41]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v26, s0, s10, v38
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v38, off, off offset:212 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v39, null, s11, v39, s0
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s5, s12, v38
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v38, s0, v26, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v39, null, v39, v33, s0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s0, s5, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s6, s0
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v26, v91, v27
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v26, v88, v26, v187
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v26, v187, v26, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v27, v26, 16, 1
	v_cmp_o_f32_e64 s0, v26, v26
	v_add3_u32 v27, v26, v27, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v27, 16, v27
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v26, 0x7fff, v27, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[38:39], v26, off
.LBB0_70:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v40, s14, v40
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v41, 31, v40
	v_lshlrev_b64_e32 v[26:27], 1, v[40:41]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v41, off, off offset:208 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_add_co_u32 v26, s0, s10, v26
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v27, null, s11, v27, s0
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_add_co_u32 v26, s0, v26, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v27, null, v27, v33, s0
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s6, s12, v41
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b32 s0, s6, vcc_lo
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s7, s0
	s_cbranch_execz .LBB0_72
; %bb.71:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v28, v94, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v28, v88, v28, v178
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v28, v178, v28, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v41, v28, 16, 1
	v_cmp_o_f32_e64 s0, v28, v28
	v_add3_u32 v41, v28, v41, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v41, 16, v41
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v28, 0x7fff, v41, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[26:27], v28, off
.LBB0_72:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v42, s14, v40
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v43, 31, v42
	v_lshlrev_b64_e32 v[40:41], 1, v[42:43]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v28, s0, s10, v40
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v40, off, off offset:204 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v41, null, s11, v41, s0
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s7, s12, v40
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v40, s0, v28, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v41, null, v41, v33, s0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s0, s7, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s8, s0
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v28, v90, v29
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v28, v88, v28, v165
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v28, v165, v28, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v29, v28, 16, 1
	v_cmp_o_f32_e64 s0, v28, v28
	v_add3_u32 v29, v28, v29, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v29, 16, v29
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v28, 0x7fff, v29, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[40:41], v28, off
.LBB0_74:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s8
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v28, s14, v42
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshlrev_b64_e32 v[42:43], 1, v[28:29]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v29, s0, s10, v42
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v42, off, off offset:200 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v43, null, s11, v43, s0
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s8, s12, v42
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v42, s0, v29, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v43, null, v43, v33, s0
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s0, s8, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s9, s0
	s_cbranch_execz .LBB0_76
; %bb.75:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v29, v93, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v29, v88, v29, v154
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v29, v154, v29, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v30, v29, 16, 1
	v_cmp_o_f32_e64 s0, v29, v29
	v_add3_u32 v30, v29, v30, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v30, 16, v30
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v29, 0x7fff, v30, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[42:43], v29, off
.LBB0_76:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s9
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v44, off, off offset:196 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 40                         ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v28, s14, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshlrev_b64_e32 v[29:30], 1, v[28:29]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v29, s0, s10, v29
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v30, null, s11, v30, s0
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v29, s0, v29, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v30, null, v30, v33, s0
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s9, s12, v44
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b32 s0, s9, vcc_lo
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s15, s0
	s_cbranch_execz .LBB0_78
; %bb.77:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v31, v89, v31
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v31, v88, v31, v153
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v31, v153, v31, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v44, v31, 16, 1
	v_cmp_o_f32_e64 s0, v31, v31
	v_add3_u32 v44, v31, v44, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v44, 16, v44
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v31, 0x7fff, v44, s0
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[29:30], v31, off
.LBB0_78:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s15
	.loc	1 57 58 is_stmt 1               ; w8a8_gemm.py:57:58
	v_cmp_gt_i32_e64 s0, s13, v49
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s1, s0
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s13, s1
	s_cbranch_execnz .LBB0_126
; %bb.79:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s3, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_127
.LBB0_80:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s4, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_128
.LBB0_81:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s5, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_129
.LBB0_82:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s6, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_130
.LBB0_83:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s7, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_131
.LBB0_84:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s8, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_132
.LBB0_85:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s9, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_87
.LBB0_86:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v89, v23
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v144
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v144, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[29:30], v16, off offset:64
.LBB0_87:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_mad_co_u64_u32 v[18:19], null, s14, 25, v[28:29]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshlrev_b64_e32 v[16:17], 1, v[18:19]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v16, s1, s10, v16
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v17, null, s11, v17, s1
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s1, s12, v48
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v16, s3, v16, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v17, null, v17, v33, s3
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s3, s1, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s4, s3
	s_cbranch_execz .LBB0_89
; %bb.88:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v8, v86, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v8, v88, v8, v143
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v143, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v19, v8, 16, 1
	v_cmp_o_f32_e64 s3, v8, v8
	v_add3_u32 v19, v8, v19, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v19, 16, v19
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v8, 0x7fff, v19, s3
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[16:17], v8, off
.LBB0_89:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v20, s14, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshlrev_b64_e32 v[18:19], 1, v[20:21]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v8, s3, s10, v18
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v19, null, s11, v19, s3
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s3, s12, v47
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v18, s4, v8, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v19, null, v19, v33, s4
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s4, s3, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_91
; %bb.90:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v8, v188, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v8, v88, v8, v142
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v8, v142, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s4, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v8, 0x7fff, v9, s4
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[18:19], v8, off
.LBB0_91:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v20, s14, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshlrev_b64_e32 v[8:9], 1, v[20:21]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v8, s4, s10, v8
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v9, null, s11, v9, s4
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s4, s12, v46
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v8, s5, v8, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v9, null, v9, v33, s5
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s5, s4, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s6, s5
	s_cbranch_execz .LBB0_93
; %bb.92:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v10, v191, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v10, v88, v10, v141
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v141, v10, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v21, v10, 16, 1
	v_cmp_o_f32_e64 s5, v10, v10
	v_add3_u32 v21, v10, v21, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v21, 16, v21
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v10, 0x7fff, v21, s5
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[8:9], v10, off
.LBB0_93:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v22, s14, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshlrev_b64_e32 v[20:21], 1, v[22:23]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v10, s5, s10, v20
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v21, null, s11, v21, s5
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	v_cmp_gt_i32_e64 s5, s12, v45
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v20, s6, v10, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v21, null, v21, v33, s6
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s6, s5, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_95
; %bb.94:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v10, v186, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v10, v88, v10, v140
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v10, v140, v10, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v11, v10, 16, 1
	v_cmp_o_f32_e64 s6, v10, v10
	v_add3_u32 v11, v10, v11, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v11, 16, v11
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v10, 0x7fff, v11, s6
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[20:21], v10, off
.LBB0_95:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v22, s14, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshlrev_b64_e32 v[10:11], 1, v[22:23]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v23, off, off offset:172 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_add_co_u32 v10, s6, s10, v10
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v11, null, s11, v11, s6
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_add_co_u32 v10, s7, v10, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v11, null, v11, v33, s7
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s6, s12, v23
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b32 s7, s6, vcc_lo
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s8, s7
	s_cbranch_execz .LBB0_97
; %bb.96:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v12, v190, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v12, v88, v12, v139
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v139, v12, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v23, v12, 16, 1
	v_cmp_o_f32_e64 s7, v12, v12
	v_add3_u32 v23, v12, v23, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v23, 16, v23
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v12, 0x7fff, v23, s7
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[10:11], v12, off
.LBB0_97:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s8
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v24, s14, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshlrev_b64_e32 v[22:23], 1, v[24:25]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v12, s7, s10, v22
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v22, off, off offset:168 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v23, null, s11, v23, s7
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s7, s12, v22
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v22, s8, v12, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v23, null, v23, v33, s8
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s8, s7, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s9, s8
	s_cbranch_execz .LBB0_99
; %bb.98:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v12, v185, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v12, v88, v12, v138
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v12, v138, v12, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v13, v12, 16, 1
	v_cmp_o_f32_e64 s8, v12, v12
	v_add3_u32 v13, v12, v13, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v13, 16, v13
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v12, 0x7fff, v13, s8
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[22:23], v12, off
.LBB0_99:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s9
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v24, s14, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshlrev_b64_e32 v[12:13], 1, v[24:25]
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v25, off, off offset:164 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	v_add_co_u32 v12, s8, s10, v12
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v13, null, s11, v13, s8
	.loc	1 56 52 is_stmt 0               ; w8a8_gemm.py:56:52
	v_add_co_u32 v12, s9, v12, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v13, null, v13, v33, s9
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s8, s12, v25
	.loc	1 57 39 is_stmt 0               ; w8a8_gemm.py:57:39
	s_and_b32 s9, s8, vcc_lo
	.loc	1 58 21 is_stmt 1               ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s13, s9
	s_cbranch_execz .LBB0_101
; %bb.100:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v14, v189, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v14, v88, v14, v137
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v137, v14, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v25, v14, 16, 1
	v_cmp_o_f32_e64 s9, v14, v14
	v_add3_u32 v25, v14, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v14, 0x7fff, v25, s9
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[12:13], v14, off
.LBB0_101:
	.loc	1 0 21                          ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 56 40 is_stmt 1               ; w8a8_gemm.py:56:40
	v_add_nc_u32_e32 v24, s14, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 21 is_stmt 0               ; w8a8_gemm.py:56:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshlrev_b64_e32 v[24:25], 1, v[24:25]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v14, s9, s10, v24
	.loc	1 57 33 is_stmt 1               ; w8a8_gemm.py:57:33
	scratch_load_b32 v24, off, off offset:160 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 21                         ; w8a8_gemm.py:56:21
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v25, null, s11, v25, s9
	.loc	1 57 33                         ; w8a8_gemm.py:57:33
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s9, s12, v24
	.loc	1 56 52                         ; w8a8_gemm.py:56:52
	v_add_co_u32 v24, s10, v14, v32
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v25, null, v25, v33, s10
	.loc	1 57 39                         ; w8a8_gemm.py:57:39
	s_and_b32 s11, s9, vcc_lo
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s10, s11
	s_cbranch_execnz .LBB0_133
; %bb.102:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s10
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s10, s1, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s10
	s_cbranch_execnz .LBB0_134
.LBB0_103:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s3, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execnz .LBB0_135
.LBB0_104:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s4, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execnz .LBB0_136
.LBB0_105:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s5, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execnz .LBB0_137
.LBB0_106:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s6, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execnz .LBB0_138
.LBB0_107:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s7, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execnz .LBB0_139
.LBB0_108:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s8, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execnz .LBB0_140
.LBB0_109:
	.loc	1 0 21 is_stmt 0                ; w8a8_gemm.py:0:21
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s0, s9, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_141
.LBB0_110:
	.loc	1 58 4 is_stmt 0                ; w8a8_gemm.py:58:4
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.LBB0_111:
	.loc	1 0 4                           ; w8a8_gemm.py:0:4
	s_lshl_b64 s[0:1], s[4:5], 2
	s_delay_alu instid0(SALU_CYCLE_1)
	v_add_co_u32 v0, vcc_lo, v192, s0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v193, vcc_lo
	.loc	1 47 22 is_stmt 1               ; w8a8_gemm.py:47:22
	global_load_b32 v96, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_41
.LBB0_112:
	.loc	1 47 37 is_stmt 0               ; w8a8_gemm.py:47:37
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v190, s0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v191, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v92, v[0:1], off
	v_mov_b32_e32 v91, 0
	v_mov_b32_e32 v95, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_42
.LBB0_113:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v188, s0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v189, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v95, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_43
.LBB0_114:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v185, s0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v186, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v91, v[0:1], off
	v_mov_b32_e32 v90, 0
	v_mov_b32_e32 v94, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_44
.LBB0_115:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	scratch_load_b32 v0, off, off offset:112 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v184, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v94, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_45
.LBB0_116:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:104 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:108 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v90, v[0:1], off
	v_mov_b32_e32 v89, 0
	v_mov_b32_e32 v93, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_46
.LBB0_117:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:96 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:100 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v93, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_47
.LBB0_118:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:88 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:92 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v89, v[0:1], off
	v_mov_b32_e32 v188, 0
	v_mov_b32_e32 v86, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_48
.LBB0_119:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:80 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:84 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v86, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_49
.LBB0_120:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:64 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:68 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v188, v[0:1], off
	v_dual_mov_b32 v186, 0 :: v_dual_mov_b32 v191, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_50
.LBB0_121:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:56 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:60 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v191, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_51
.LBB0_122:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:72 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:76 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v186, v[0:1], off
	v_dual_mov_b32 v185, 0 :: v_dual_mov_b32 v190, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_52
.LBB0_123:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:48 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:52 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v190, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_53
.LBB0_124:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:40 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:44 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v185, v[0:1], off
	v_dual_mov_b32 v184, 0 :: v_dual_mov_b32 v189, 0
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccnz .LBB0_54
.LBB0_125:
	.loc	1 47 37                         ; w8a8_gemm.py:47:37
	s_clause 0x1
	scratch_load_b32 v0, off, off offset:16 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:20 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[4:5], 2
	s_wait_loadcnt 0x1
	s_wait_alu 0xfffe
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 22                         ; w8a8_gemm.py:47:22
	global_load_b32 v189, v[0:1], off
	s_and_not1_b32 vcc_lo, exec_lo, s2
	s_wait_alu 0xfffe
	s_cbranch_vccz .LBB0_55
	s_branch .LBB0_56
.LBB0_126:
	.loc	1 50 30 is_stmt 1               ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v96, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v152
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v152, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v31, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v31, v16, v31, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v31, 16, v31
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v31, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[34:35], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s3, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_80
.LBB0_127:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v92, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v151
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v151, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[36:37], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s4, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_81
.LBB0_128:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v95, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v150
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v150, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[24:25], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s5, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_82
.LBB0_129:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v91, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v149
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v149, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[38:39], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s6, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_83
.LBB0_130:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v94, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v147
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v147, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[26:27], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s7, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_84
.LBB0_131:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v90, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v146
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v146, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[40:41], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s8, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_85
.LBB0_132:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v16, v93, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v16, v87, v16, v145
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v16, v145, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s1, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu 0xf1ff
	v_cndmask_b32_e64 v16, 0x7fff, v17, s1
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[42:43], v16, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s1, s9, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s3, s1
	s_cbranch_execnz .LBB0_86
	s_branch .LBB0_87
.LBB0_133:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v14, v184, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v14, v88, v14, v136
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v14, v136, v14, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v15, v14, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v14, v14
	v_add3_u32 v15, v14, v15, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v15, 16, v15
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v14, 0x7fff, v15, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[24:25], v14, off
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s10
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s10, s1, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s10
	s_cbranch_execz .LBB0_103
.LBB0_134:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v86, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v135
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v135, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v14, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v14, v0, v14, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v14, 16, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v14, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[16:17], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s3, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_104
.LBB0_135:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v188, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v134
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v134, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[18:19], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s4, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_105
.LBB0_136:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v191, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v133
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v133, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[8:9], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s5, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_106
.LBB0_137:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v186, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v132
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v132, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[20:21], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s6, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_107
.LBB0_138:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v190, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v131
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v131, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[10:11], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s7, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_108
.LBB0_139:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v185, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v130
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v130, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[22:23], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s3, s8, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_109
.LBB0_140:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v189, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v129
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v129, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[12:13], v0, off offset:64
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 39 is_stmt 1               ; w8a8_gemm.py:57:39
	s_and_b32 s0, s9, s0
	.loc	1 58 21                         ; w8a8_gemm.py:58:21
	s_wait_alu 0xfffe
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_110
.LBB0_141:
	.loc	1 50 30                         ; w8a8_gemm.py:50:30
	v_mul_f32_e32 v0, v184, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 15 is_stmt 0               ; w8a8_gemm.py:50:15
	v_fma_f32 v0, v87, v0, v128
	.loc	1 42 22 is_stmt 1               ; w8a8_gemm.py:42:22
	v_cndmask_b32_e64 v0, v128, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 28                         ; w8a8_gemm.py:58:28
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v0, 0x7fff, v1, vcc_lo
	.loc	1 58 21 is_stmt 0               ; w8a8_gemm.py:58:21
	global_store_b16 v[24:25], v0, off offset:64
	.loc	1 58 4                          ; w8a8_gemm.py:58:4
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp9:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel w8a8_block_fp8_matmul
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 500
		.amdhsa_kernarg_size 80
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
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 256
		.amdhsa_next_free_sgpr 23
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 212
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
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
                                        ; -- End function
	.set w8a8_block_fp8_matmul.num_vgpr, 256
	.set w8a8_block_fp8_matmul.num_agpr, 0
	.set w8a8_block_fp8_matmul.numbered_sgpr, 23
	.set w8a8_block_fp8_matmul.private_seg_size, 500
	.set w8a8_block_fp8_matmul.uses_vcc, 1
	.set w8a8_block_fp8_matmul.uses_flat_scratch, 1
	.set w8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set w8a8_block_fp8_matmul.has_recursion, 0
	.set w8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 27128
; TotalNumSgprs: 25
; NumVgprs: 256
; ScratchSize: 500
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 25
; NumVGPRsForWavesPerEU: 256
; Occupancy: 5
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
	.text
	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
	.section	.AMDGPU.gpr_maximums,"",@progbits
	.set amdgpu.max_num_vgpr, 0
	.set amdgpu.max_num_agpr, 0
	.set amdgpu.max_num_sgpr, 0
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
	.byte	42                              ; DW_AT_call_line
	.byte	33                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"w8a8_gemm.py"                  ; string offset=7
.Linfo_string2:
	.asciz	"w8a8_block_fp8_matmul"         ; string offset=20
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
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .offset:         44
        .size:           4
        .value_kind:     by_value
      - .offset:         48
        .size:           4
        .value_kind:     by_value
      - .offset:         52
        .size:           4
        .value_kind:     by_value
      - .offset:         56
        .size:           4
        .value_kind:     by_value
      - .offset:         60
        .size:           4
        .value_kind:     by_value
      - .offset:         64
        .size:           4
        .value_kind:     by_value
      - .offset:         68
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 80
    .max_flat_workgroup_size: 128
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 500
    .sgpr_count:     25
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 188
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

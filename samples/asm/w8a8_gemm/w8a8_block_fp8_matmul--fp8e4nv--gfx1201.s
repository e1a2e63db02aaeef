	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b128 s[20:23], s[0:1], 0x28
	s_load_b64 s[4:5], s[0:1], 0x0
.Ltmp0:
	.loc	1 45 13 prologue_end            ; w8a8_gemm.py:45:13
	s_bfe_u32 s37, ttmp8, 0x50019
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v26, 15, v0
	s_lshl_b32 s6, s37, 5
	.loc	1 32 16 is_stmt 0               ; w8a8_gemm.py:32:16
	s_lshl_b32 s3, ttmp9, 6
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	s_and_b32 s43, s6, 64
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_bfe_i32 s18, ttmp9, 0x10019
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_or_b32 v24, v0, 31, s6
	s_lshr_b32 s6, s43, 2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_co_i32 s25, s3, s18
	s_abs_i32 s10, s3
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	s_wait_alu depctr_sa_sdst(0)
	v_or3_b32 v2, s6, v26, s3
	s_mov_b32 s7, 0
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_lshrrev_b32_e32 v1, 1, v24
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s9, s7
	s_mov_b32 s11, s7
	.loc	1 32 16                         ; w8a8_gemm.py:32:16
	v_or_b32_e32 v3, 32, v2
	v_dual_mov_b32 v97, 0 :: v_dual_and_b32 v38, 63, v24
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_kmcnt 0x0
	s_abs_i32 s65, s20
	.loc	1 32 34                         ; w8a8_gemm.py:32:34
	v_and_b32_e32 v12, 24, v1
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_cvt_f32_u32 s2, s65
	s_sub_co_i32 s3, 0, s65
	.loc	1 35 53 is_stmt 1               ; w8a8_gemm.py:35:53
	v_and_b32_e32 v242, 0x7f, v24
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	v_mov_b32_e32 v96, 0
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	v_s_rcp_f32 s2, s2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	v_cmp_gt_i32_e32 vcc_lo, s22, v242
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mul_f32 s2, s2, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_u32_f32 s2, s2
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s3, s3, s2
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s3, s2, s3
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s8, s2, s3
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s2, s10, s8
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s2, s2, s65
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s2, s10, s2
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s2, s65
	s_cmp_ge_u32 s2, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s2, s3, s2
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s2, s65
	s_cmp_ge_u32 s2, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s2, s3, s2
	s_add_co_i32 s6, s25, 2
	s_add_co_i32 s13, s25, 3
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	s_lshl_b32 s15, ttmp7, 6
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_abs_i32 s19, s21
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_add_co_i32 s3, s25, 1
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s12, s6, s18
	s_xor_b32 s6, s13, s18
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	s_and_b32 s13, s15, 0x3fffc0
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_cvt_f32_u32 s15, s19
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_xor_b32 s2, s2, s18
	s_xor_b32 s10, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s17, s2, s18
	s_mul_u64 s[2:3], s[10:11], s[8:9]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_s_rcp_f32 s2, s15
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v106, s13, v12
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_sub_co_i32 s16, 0, s19
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v65, s13, v38
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ w8a8_gemm.py:42:23 ]
	s_add_co_i32 s48, s22, 0x7f
.Ltmp2:
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_add_co_i32 s14, s25, 4
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v7, 6, v106
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_add_nc_u32_e32 v1, s18, v3
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	s_mul_f32 s2, s2, 0x4f7ffffe
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v6, 7, v106
	v_or_b32_e32 v28, 32, v106
	v_or_b32_e32 v27, 33, v106
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s2, s2
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v35, s18, v1
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v25, 34, v106
	v_or_b32_e32 v11, 35, v106
	.loc	1 33 15 is_stmt 0               ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s16, s2
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v10, 36, v106
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_mul_hi_u32 s11, s2, s16
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v9, 37, v106
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_add_co_i32 s2, s2, s11
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v8, 2, v106
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_sa_sdst(0)
	v_mad_co_u64_u32 v[29:30], null, v7, s2, 0
	scratch_store_b32 off, v2, off offset:1348 ; 4-byte Folded Spill
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	v_add_nc_u32_e32 v2, s18, v2
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v4, 3, v106
	v_or_b32_e32 v5, 1, v106
	v_or_b32_e32 v14, 5, v106
	v_or_b32_e32 v107, 39, v106
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v34, s18, v2
	scratch_store_b64 off, v[29:30], off offset:96 ; 8-byte Folded Spill
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[29:30], null, v6, s2, 0
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_mul_i32 s16, s17, s23
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[20:21], null, v106, s2, 0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mad_co_u64_u32 v[1:2], null, v34, s8, 0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_ashr_i32 s17, s16, 31
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[19:20], null, v8, s2, 0
	v_mad_co_u64_u32 v[16:17], null, v4, s2, 0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[22:23], null, v5, s2, 0
	scratch_store_b64 off, v[29:30], off offset:88 ; 8-byte Folded Spill
	v_mad_co_u64_u32 v[15:16], null, v14, s2, 0
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	scratch_store_b64 off, v[1:2], off offset:80 ; 8-byte Folded Spill
	v_mad_co_u64_u32 v[1:2], null, v35, s8, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_gt_i32 s48, 0x7f
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_mov_b32 s13, s7
	scratch_store_b64 off, v[1:2], off offset:104 ; 8-byte Folded Spill
	v_dual_mov_b32 v2, v7 :: v_dual_mov_b32 v7, v6
	v_mov_b32_e32 v6, v28
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[28:29], null, v28, s2, 0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[28:29], off offset:72
	scratch_store_b32 off, v27, off offset:1316
	v_mad_co_u64_u32 v[27:28], null, v27, s2, 0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[27:28], off offset:64
	scratch_store_b32 off, v25, off offset:1312
	v_mad_co_u64_u32 v[27:28], null, v25, s2, 0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[27:28], off offset:56
	scratch_store_b32 off, v11, off offset:1308
	v_mad_co_u64_u32 v[27:28], null, v11, s2, 0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[27:28], off offset:48
	scratch_store_b32 off, v10, off offset:1304
	v_mad_co_u64_u32 v[10:11], null, v10, s2, 0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[10:11], off offset:40
	scratch_store_b32 off, v9, off offset:1300
	v_mad_co_u64_u32 v[9:10], null, v9, s2, 0
	.loc	1 33 16 is_stmt 0               ; w8a8_gemm.py:33:16
	v_or_b32_e32 v1, 38, v106
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[9:10], off offset:32
	scratch_store_b32 off, v1, off offset:1320
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[9:10], null, v1, s2, 0
	scratch_store_b32 off, v3, off offset:1324 ; 4-byte Folded Spill
	.loc	1 33 16                         ; w8a8_gemm.py:33:16
	v_or_b32_e32 v3, 4, v106
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[24:25], null, v65, s2, 0
	s_delay_alu instid0(VALU_DEP_2)
	v_mad_co_u64_u32 v[18:19], null, v3, s2, 0
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	scratch_store_b64 off, v[9:10], off offset:24 ; 8-byte Folded Spill
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mad_co_u64_u32 v[9:10], null, v107, s2, 0
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	v_add_co_u32 v243, s2, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v244, null, s17, 0, s2
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cselect_b32 s2, -1, 0
	scratch_store_b32 off, v0, off offset:112 ; 4-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s24, vcc_lo, s2
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	scratch_store_b64 off, v[9:10], off offset:16 ; 8-byte Folded Spill
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_u8 v97, v[243:244], off
.LBB0_2:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s3, s3, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 5
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s14, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_cselect_b32 s3, s10, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v245, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v246, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_u8 v96, v[245:246], off
.LBB0_4:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 6
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v129, 0 :: v_dual_mov_b32 v92, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_xor_b32 s11, s11, s18
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v111, s11, s16, v242
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v112, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_u8 v92, v[111:112], off
.LBB0_6:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_ashr_i32 s27, s26, 31
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_delay_alu instid0(SALU_CYCLE_1)
	v_add_co_u32 v108, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v109, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_u8 v129, v[108:109], off
.LBB0_8:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 8
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_mov_b32_e32 v11, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	v_mov_b32_e32 v13, 0
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v113, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v114, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_u8 v13, v[113:114], off
.LBB0_10:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 9
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v247, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v248, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_u8 v11, v[247:248], off
.LBB0_12:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 10
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v255, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v249, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v250, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_u8 v255, v[249:250], off
.LBB0_14:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 11
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v119, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_u8 v18, v[119:120], off
.LBB0_16:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 12
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_mov_b32_e32 v22, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	v_mov_b32_e32 v24, 0
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v121, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_18
; %bb.17:
	global_load_u8 v24, v[121:122], off
.LBB0_18:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 13
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v251, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v252, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_20
; %bb.19:
	global_load_u8 v22, v[251:252], off
.LBB0_20:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 14
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_mov_b32_e32 v15, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	v_mov_b32_e32 v27, 0
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v123, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v124, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_22
; %bb.21:
	global_load_u8 v27, v[123:124], off
.LBB0_22:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 15
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v253, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v254, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_24
; %bb.23:
	global_load_u8 v15, v[253:254], off
.LBB0_24:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 16
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v93, 0 :: v_dual_mov_b32 v94, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v125, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v126, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_26
; %bb.25:
	global_load_u8 v94, v[125:126], off
.LBB0_26:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 17
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v127, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v128, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_28
; %bb.27:
	global_load_u8 v93, v[127:128], off
.LBB0_28:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v95, 0 :: v_dual_mov_b32 v50, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v66, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v67, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_30
; %bb.29:
	global_load_u8 v50, v[66:67], off
.LBB0_30:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v68, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v69, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_32
; %bb.31:
	global_load_u8 v95, v[68:69], off
.LBB0_32:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 20
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v110, 0 :: v_dual_mov_b32 v51, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v70, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v71, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_34
; %bb.33:
	global_load_u8 v51, v[70:71], off
.LBB0_34:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 21
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v72, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_36
; %bb.35:
	global_load_u8 v110, v[72:73], off
.LBB0_36:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 22
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v52, 0 :: v_dual_mov_b32 v53, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v74, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v75, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_38
; %bb.37:
	global_load_u8 v53, v[74:75], off
.LBB0_38:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 23
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v76, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v77, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_40
; %bb.39:
	global_load_u8 v52, v[76:77], off
.LBB0_40:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 24
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v54, 0 :: v_dual_mov_b32 v55, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v78, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v79, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_42
; %bb.41:
	global_load_u8 v55, v[78:79], off
.LBB0_42:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 25
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v80, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_44
; %bb.43:
	global_load_u8 v54, v[80:81], off
.LBB0_44:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 26
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v56, 0 :: v_dual_mov_b32 v57, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v82, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v83, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_46
; %bb.45:
	global_load_u8 v57, v[82:83], off
.LBB0_46:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 27
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v84, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v85, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_48
; %bb.47:
	global_load_u8 v56, v[84:85], off
.LBB0_48:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 28
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v58, 0 :: v_dual_mov_b32 v59, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v86, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v87, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_50
; %bb.49:
	global_load_u8 v59, v[86:87], off
.LBB0_50:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 29
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v88, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v89, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_52
; %bb.51:
	global_load_u8 v58, v[88:89], off
.LBB0_52:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 30
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v60, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v90, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v91, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_54
; %bb.53:
	global_load_u8 v60, v[90:91], off
.LBB0_54:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 31
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v115, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v116, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_56
; %bb.55:
	global_load_u8 v41, v[115:116], off
.LBB0_56:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 32
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v61, 0 :: v_dual_mov_b32 v62, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v117, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v118, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_58
; %bb.57:
	global_load_u8 v62, v[117:118], off
.LBB0_58:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 33
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v228, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v229, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_60
; %bb.59:
	global_load_u8 v61, v[228:229], off
.LBB0_60:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 34
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v63, 0 :: v_dual_mov_b32 v64, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v230, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v231, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_62
; %bb.61:
	global_load_u8 v64, v[230:231], off
.LBB0_62:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 35
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v232, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v233, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_64
; %bb.63:
	global_load_u8 v63, v[232:233], off
.LBB0_64:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 36
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v131, 0 :: v_dual_mov_b32 v132, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v234, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v235, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_66
; %bb.65:
	global_load_u8 v132, v[234:235], off
.LBB0_66:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 37
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v236, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v237, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_68
; %bb.67:
	global_load_u8 v131, v[236:237], off
.LBB0_68:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 38
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v133, 0 :: v_dual_mov_b32 v134, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v197, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v198, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_70
; %bb.69:
	global_load_u8 v134, v[197:198], off
.LBB0_70:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 39
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v199, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v200, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_72
; %bb.71:
	global_load_u8 v133, v[199:200], off
.LBB0_72:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 40
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v135, 0 :: v_dual_mov_b32 v136, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v201, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v202, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_74
; %bb.73:
	global_load_u8 v136, v[201:202], off
.LBB0_74:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 41
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v203, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v204, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_76
; %bb.75:
	global_load_u8 v135, v[203:204], off
.LBB0_76:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 42
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v137, 0 :: v_dual_mov_b32 v138, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v205, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v206, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_78
; %bb.77:
	global_load_u8 v138, v[205:206], off
.LBB0_78:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 43
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v207, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v208, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_80
; %bb.79:
	global_load_u8 v137, v[207:208], off
.LBB0_80:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 44
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v139, 0 :: v_dual_mov_b32 v140, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v209, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v210, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_82
; %bb.81:
	global_load_u8 v140, v[209:210], off
.LBB0_82:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 45
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v211, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v212, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_84
; %bb.83:
	global_load_u8 v139, v[211:212], off
.LBB0_84:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 46
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v141, 0 :: v_dual_mov_b32 v142, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v213, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v214, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_86
; %bb.85:
	global_load_u8 v142, v[213:214], off
.LBB0_86:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 47
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v215, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v216, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_88
; %bb.87:
	global_load_u8 v141, v[215:216], off
.LBB0_88:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 48
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v143, 0 :: v_dual_mov_b32 v144, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v217, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v218, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_90
; %bb.89:
	global_load_u8 v144, v[217:218], off
.LBB0_90:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 49
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v219, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v220, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_92
; %bb.91:
	global_load_u8 v143, v[219:220], off
.LBB0_92:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 50
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v42, 0 :: v_dual_mov_b32 v43, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v221, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v222, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_94
; %bb.93:
	global_load_u8 v43, v[221:222], off
.LBB0_94:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 51
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v223, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v224, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_96
; %bb.95:
	global_load_u8 v42, v[223:224], off
.LBB0_96:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 52
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v44, 0 :: v_dual_mov_b32 v45, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v238, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v239, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_98
; %bb.97:
	global_load_u8 v45, v[238:239], off
.LBB0_98:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 53
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v225, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v226, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_100
; %bb.99:
	global_load_u8 v44, v[225:226], off
.LBB0_100:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 54
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v46, 0 :: v_dual_mov_b32 v47, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v240, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v241, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_102
; %bb.101:
	global_load_u8 v47, v[240:241], off
.LBB0_102:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 55
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v98, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v99, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_104
; %bb.103:
	global_load_u8 v46, v[98:99], off
.LBB0_104:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 56
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v145, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v100, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v101, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_106
; %bb.105:
	global_load_u8 v145, v[100:101], off
.LBB0_106:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 57
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v102, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v103, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_108
; %bb.107:
	global_load_u8 v0, v[102:103], off
.LBB0_108:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 58
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v146, 0 :: v_dual_mov_b32 v147, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v104, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v105, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_110
; %bb.109:
	global_load_u8 v147, v[104:105], off
.LBB0_110:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s13, s25, 59
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v28, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v29, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_112
; %bb.111:
	global_load_u8 v146, v[28:29], off
.LBB0_112:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s6, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 60
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s14, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s6, s13, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s14, s65
	s_cmp_ge_u32 s14, s65
	v_dual_mov_b32 v148, 0 :: v_dual_mov_b32 v149, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s13, s14
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s14, s13, s65
	s_cmp_ge_u32 s13, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s13, s14, s13
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s13, s13, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s13, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s13, s23
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 35 14                         ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v30, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v31, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_114
; %bb.113:
	global_load_u8 v149, v[30:31], off
.LBB0_114:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s15, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s15, s25, 61
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s10, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s14, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s65
	s_cmp_ge_u32 s10, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s10
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v32, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v33, null, s17, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_116
; %bb.115:
	global_load_u8 v148, v[32:33], off
.LBB0_116:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s10, s11, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s3, s25, 62
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s12, s10
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s10, s15, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	v_dual_mov_b32 v150, 0 :: v_dual_mov_b32 v151, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s15, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s12, s11, s65
	s_cmp_ge_u32 s11, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s11, s12, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[12:13], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s11, s11, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s11, s11, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s11, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v36, s11, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v37, null, s17, 0, s11
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s11, s24
	s_cbranch_execz .LBB0_118
; %bb.117:
	global_load_u8 v151, v[36:37], off
.LBB0_118:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s11, s13, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_add_co_i32 s25, s25, 63
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s6, s11
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_xor_b32 s12, s3, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s6, s65
	s_cmp_ge_u32 s6, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[16:17], s[14:15], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s3, s6
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s11, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s26, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s27, s26, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[26:27], s[4:5], s[26:27]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v39, s3, s26, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v40, null, s27, 0, s3
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_120
; %bb.119:
	global_load_u8 v150, v[39:40], off
.LBB0_120:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s3, s17, s65
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_xor_b32 s6, s25, s18
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s14, s3
	v_mov_b32_e32 v152, 0
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s3, s65
	s_cmp_ge_u32 s3, s65
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mul_u64 s[14:15], s[10:11], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s13, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s13, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s13, s3
	.loc	1 0 0                           ; w8a8_gemm.py:0
	s_mov_b32 s13, s7
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s16, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s17, s16, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[16:17], s[4:5], s[16:17]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v153, s3, s16, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v154, null, s17, 0, s3
	scratch_store_b64 off, v[153:154], off offset:236 ; 8-byte Folded Spill
	v_mov_b32_e32 v153, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_122
; %bb.121:
	scratch_load_b64 v[153:154], off, off offset:236 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v153, v[153:154], off
.LBB0_122:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s3, s15, s65
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s10, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mul_u64 s[10:11], s[12:13], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s14, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s15, s14, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[14:15], s[4:5], s[14:15]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v154, s3, s14, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v155, null, s15, 0, s3
	scratch_store_b64 off, v[154:155], off offset:244 ; 8-byte Folded Spill
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_124
; %bb.123:
	scratch_load_b64 v[154:155], off, off offset:244 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v152, v[154:155], off
.LBB0_124:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s3, s11, s65
	v_mov_b32_e32 v154, 0
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s12, s3
	.loc	1 0 0 is_stmt 0                 ; w8a8_gemm.py:0
	s_mul_u64 s[8:9], s[6:7], s[8:9]
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s10, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s10, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22 is_stmt 1               ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s10, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s11, s10, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[10:11], s[4:5], s[10:11]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v155, s3, s10, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v156, null, s11, 0, s3
	scratch_store_b64 off, v[155:156], off offset:252 ; 8-byte Folded Spill
	v_mov_b32_e32 v155, 0
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_126
; %bb.125:
	scratch_load_b64 v[155:156], off, off offset:252 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v155, v[155:156], off
.LBB0_126:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 32 15 is_stmt 1               ; w8a8_gemm.py:32:15
	s_mul_i32 s3, s9, s65
	s_clause 0x1
	s_load_b64 s[8:9], s[0:1], 0x8
	s_load_b32 s84, s[0:1], 0x38
	s_sub_co_i32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s6, s3, s65
	s_cmp_ge_u32 s3, s65
	s_wait_alu depctr_sa_sdst(0)
	s_cselect_b32 s3, s6, s3
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s3, s3, s18
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s3, s3, s18
	.loc	1 35 22                         ; w8a8_gemm.py:35:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s6, s3, s23
	.loc	1 35 14 is_stmt 0               ; w8a8_gemm.py:35:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s7, s6, 31
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[4:5], s[6:7]
	s_delay_alu instid0(SALU_CYCLE_1)
	v_add_co_u32 v156, s3, s4, v242
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v157, null, s5, 0, s3
	scratch_store_b64 off, v[156:157], off offset:260 ; 8-byte Folded Spill
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, s24
	s_cbranch_execz .LBB0_128
; %bb.127:
	scratch_load_b64 v[156:157], off, off offset:260 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v154, v[156:157], off
.LBB0_128:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 33 15 is_stmt 1               ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v1, v25, s19
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshr_b32 s12, s43, 3
	s_wait_kmcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s10, s84, s12
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s11, s10, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s12, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[10:11]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v1, v65, v1
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_xor_b32 s85, s2, -1
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 s3, s3, s85
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v25, s19, v1
	v_cmp_le_u32_e32 vcc_lo, s19, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v1, v1, v25, vcc_lo
	v_mov_b32_e32 v25, 0
	v_subrev_nc_u32_e32 v65, s19, v1
	v_cmp_le_u32_e32 vcc_lo, s19, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_cndmask_b32_e32 v1, v1, v65, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_ashrrev_i32_e32 v130, 31, v1
	v_add_co_u32 v156, s3, s4, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v157, null, s5, v130, s3
	scratch_store_b64 off, v[156:157], off offset:268 ; 8-byte Folded Spill
	v_mov_b32_e32 v156, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_130
; %bb.129:
	scratch_load_b64 v[156:157], off, off offset:268 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v156, v[156:157], off
.LBB0_130:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_add_co_i32 s4, s10, s84
	s_or_b32 s11, s12, 1
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s11, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v157, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v158, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[157:158], off offset:276 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_132
; %bb.131:
	scratch_load_b64 v[157:158], off, off offset:276 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v25, v[157:158], off
.LBB0_132:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshl1_add_u32 s4, s84, s10
	s_or_b32 s13, s12, 2
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s13, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v157, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v158, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[157:158], off offset:284 ; 8-byte Folded Spill
	v_dual_mov_b32 v157, 0 :: v_dual_mov_b32 v158, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_134
; %bb.133:
	scratch_load_b64 v[158:159], off, off offset:284 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v158, v[158:159], off
.LBB0_134:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 3
	s_or_b32 s14, s12, 3
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s14, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v159, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v160, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[159:160], off offset:292 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_136
; %bb.135:
	scratch_load_b64 v[159:160], off, off offset:292 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v157, v[159:160], off
.LBB0_136:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshl2_add_u32 s4, s84, s10
	s_or_b32 s15, s12, 4
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s15, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v159, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v160, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[159:160], off offset:300 ; 8-byte Folded Spill
	v_dual_mov_b32 v160, 0 :: v_dual_mov_b32 v159, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_138
; %bb.137:
	scratch_load_b64 v[161:162], off, off offset:300 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v159, v[161:162], off
.LBB0_138:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 5
	s_or_b32 s16, s12, 5
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s16, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v161, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v162, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[161:162], off offset:308 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_140
; %bb.139:
	scratch_load_b64 v[160:161], off, off offset:308 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v160, v[160:161], off
.LBB0_140:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 6
	s_or_b32 s17, s12, 6
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s17, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v161, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v162, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[161:162], off offset:316 ; 8-byte Folded Spill
	v_dual_mov_b32 v162, 0 :: v_dual_mov_b32 v161, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_142
; %bb.141:
	scratch_load_b64 v[163:164], off, off offset:316 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v161, v[163:164], off
.LBB0_142:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 7
	s_or_b32 s23, s12, 7
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	s_clause 0x2                            ; 24-byte Folded Spill
	scratch_store_b64 off, v[36:37], off offset:228
	scratch_store_b64 off, v[32:33], off offset:220
	scratch_store_b64 off, v[30:31], off offset:212
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s23, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v163, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v164, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[163:164], off offset:324 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_144
; %bb.143:
	scratch_load_b64 v[162:163], off, off offset:324 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v162, v[162:163], off
.LBB0_144:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshl4_add_u32 s4, s84, s10
	s_or_b32 s24, s12, 16
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s24, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v163, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v164, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[163:164], off offset:332 ; 8-byte Folded Spill
	v_dual_mov_b32 v163, 0 :: v_dual_mov_b32 v164, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_146
; %bb.145:
	scratch_load_b64 v[164:165], off, off offset:332 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v164, v[164:165], off
.LBB0_146:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 17
	s_or_b32 s25, s12, 17
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s25, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v165, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v166, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[165:166], off offset:340 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_148
; %bb.147:
	scratch_load_b64 v[165:166], off, off offset:340 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v163, v[165:166], off
.LBB0_148:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 18
	s_or_b32 s26, s12, 18
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s26, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v165, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v166, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[165:166], off offset:348 ; 8-byte Folded Spill
	v_dual_mov_b32 v165, 0 :: v_dual_mov_b32 v166, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_150
; %bb.149:
	scratch_load_b64 v[166:167], off, off offset:348 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v166, v[166:167], off
.LBB0_150:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 19
	s_or_b32 s27, s12, 19
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s27, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v167, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v168, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[167:168], off offset:356 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_152
; %bb.151:
	scratch_load_b64 v[167:168], off, off offset:356 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v165, v[167:168], off
.LBB0_152:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 20
	s_or_b32 s28, s12, 20
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	s_wait_loadcnt 0x0
	v_dual_mov_b32 v37, v43 :: v_dual_mov_b32 v32, v42
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s28, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v167, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v168, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[167:168], off offset:364 ; 8-byte Folded Spill
	v_dual_mov_b32 v168, 0 :: v_dual_mov_b32 v167, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_154
; %bb.153:
	scratch_load_b64 v[169:170], off, off offset:364 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v167, v[169:170], off
.LBB0_154:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 21
	s_or_b32 s29, s12, 21
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s29, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v42, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v43, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_156
; %bb.155:
	global_load_u8 v168, v[42:43], off
.LBB0_156:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 22
	s_or_b32 s30, s12, 22
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v31, v45 :: v_dual_mov_b32 v36, v44
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s30, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v169, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v170, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[169:170], off offset:372 ; 8-byte Folded Spill
	v_dual_mov_b32 v170, 0 :: v_dual_mov_b32 v169, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_158
; %bb.157:
	scratch_load_b64 v[171:172], off, off offset:372 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v169, v[171:172], off
.LBB0_158:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 23
	s_or_b32 s31, s12, 23
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s31, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v44, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v45, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_160
; %bb.159:
	global_load_u8 v170, v[44:45], off
.LBB0_160:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshl_b32 s3, s84, 5
	s_or_b32 s33, s12, 32
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v33, v47 :: v_dual_mov_b32 v30, v46
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s33, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v171, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v172, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[171:172], off offset:380 ; 8-byte Folded Spill
	v_dual_mov_b32 v171, 0 :: v_dual_mov_b32 v172, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_162
; %bb.161:
	scratch_load_b64 v[172:173], off, off offset:380 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v172, v[172:173], off
.LBB0_162:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 33
	s_or_b32 s34, s12, 33
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s34, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v46, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v47, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_164
; %bb.163:
	global_load_u8 v171, v[46:47], off
.LBB0_164:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 34
	s_or_b32 s35, s12, 34
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s35, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v173, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v174, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[173:174], off offset:388 ; 8-byte Folded Spill
	v_dual_mov_b32 v173, 0 :: v_dual_mov_b32 v174, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_166
; %bb.165:
	scratch_load_b64 v[174:175], off, off offset:388 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v174, v[174:175], off
.LBB0_166:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 35
	s_or_b32 s36, s12, 35
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s36, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v48, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v49, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_168
; %bb.167:
	global_load_u8 v173, v[48:49], off
.LBB0_168:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 36
	s_or_b32 s38, s12, 36
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s38, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v175, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v176, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[175:176], off offset:396 ; 8-byte Folded Spill
	v_dual_mov_b32 v176, 0 :: v_dual_mov_b32 v175, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_170
; %bb.169:
	scratch_load_b64 v[177:178], off, off offset:396 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v175, v[177:178], off
.LBB0_170:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 37
	s_or_b32 s39, s12, 37
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s39, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v177, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v178, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[177:178], off offset:404 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_172
; %bb.171:
	scratch_load_b64 v[176:177], off, off offset:404 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v176, v[176:177], off
.LBB0_172:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 38
	s_or_b32 s40, s12, 38
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v178, 0 :: v_dual_mov_b32 v177, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s40, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v195, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v196, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_174
; %bb.173:
	global_load_u8 v177, v[195:196], off
.LBB0_174:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 39
	s_or_b32 s41, s12, 39
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s41, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v179, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v180, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[179:180], off offset:412 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_176
; %bb.175:
	scratch_load_b64 v[178:179], off, off offset:412 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v178, v[178:179], off
.LBB0_176:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 48
	s_or_b32 s42, s12, 48
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s42, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v179, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v180, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[179:180], off offset:420 ; 8-byte Folded Spill
	v_dual_mov_b32 v179, 0 :: v_dual_mov_b32 v180, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_178
; %bb.177:
	scratch_load_b64 v[180:181], off, off offset:420 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v180, v[180:181], off
.LBB0_178:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 49
	s_or_b32 s44, s12, 49
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s44, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v181, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v182, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[181:182], off offset:428 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_180
; %bb.179:
	scratch_load_b64 v[181:182], off, off offset:428 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v179, v[181:182], off
.LBB0_180:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 50
	s_or_b32 s45, s12, 50
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s45, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v181, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v182, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[181:182], off offset:436 ; 8-byte Folded Spill
	v_dual_mov_b32 v181, 0 :: v_dual_mov_b32 v182, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_182
; %bb.181:
	scratch_load_b64 v[182:183], off, off offset:436 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v182, v[182:183], off
.LBB0_182:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 51
	s_or_b32 s46, s12, 51
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s46, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v183, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v184, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[183:184], off offset:444 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_184
; %bb.183:
	scratch_load_b64 v[183:184], off, off offset:444 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v181, v[183:184], off
.LBB0_184:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 52
	s_or_b32 s47, s12, 52
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s47, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v183, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v184, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[183:184], off offset:452 ; 8-byte Folded Spill
	v_dual_mov_b32 v184, 0 :: v_dual_mov_b32 v183, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_186
; %bb.185:
	scratch_load_b64 v[185:186], off, off offset:452 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v183, v[185:186], off
.LBB0_186:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 53
	s_or_b32 s49, s12, 53
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s49, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v185, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v186, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[185:186], off offset:460 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_188
; %bb.187:
	scratch_load_b64 v[184:185], off, off offset:460 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v184, v[184:185], off
.LBB0_188:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 54
	s_or_b32 s50, s12, 54
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s50, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v185, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v186, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[185:186], off offset:468 ; 8-byte Folded Spill
	v_dual_mov_b32 v186, 0 :: v_dual_mov_b32 v185, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_190
; %bb.189:
	scratch_load_b64 v[187:188], off, off offset:468 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v185, v[187:188], off
.LBB0_190:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 55
	s_or_b32 s51, s12, 55
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s51, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v187, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v188, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[187:188], off  ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_192
; %bb.191:
	scratch_load_b64 v[186:187], off, off   ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v186, v[186:187], off
.LBB0_192:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_lshl_b32 s3, s84, 6
	s_or_b32 s52, s12, 64
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v187, 0 :: v_dual_mov_b32 v188, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s52, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v193, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v194, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_194
; %bb.193:
	global_load_u8 v188, v[193:194], off
.LBB0_194:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x41
	s_or_b32 s53, s12, 0x41
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s53, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v189, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v190, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[189:190], off offset:476 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_196
; %bb.195:
	scratch_load_b64 v[189:190], off, off offset:476 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v187, v[189:190], off
.LBB0_196:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x42
	s_or_b32 s54, s12, 0x42
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s54, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v189, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v190, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[189:190], off offset:484 ; 8-byte Folded Spill
	v_dual_mov_b32 v189, 0 :: v_dual_mov_b32 v190, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_198
; %bb.197:
	scratch_load_b64 v[190:191], off, off offset:484 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v190, v[190:191], off
.LBB0_198:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x43
	s_or_b32 s55, s12, 0x43
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s55, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v191, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v192, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_200
; %bb.199:
	global_load_u8 v189, v[191:192], off
.LBB0_200:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x44
	s_or_b32 s56, s12, 0x44
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s56, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	scratch_store_b64 off, v[191:192], off offset:836 ; 8-byte Folded Spill
	v_dual_mov_b32 v192, 0 :: v_dual_mov_b32 v191, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	scratch_store_b64 off, v[9:10], off offset:492 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_202
; %bb.201:
	scratch_load_b64 v[9:10], off, off offset:492 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v191, v[9:10], off
.LBB0_202:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x45
	s_or_b32 s57, s12, 0x45
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s57, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	scratch_store_b64 off, v[193:194], off offset:828 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:500 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_204
; %bb.203:
	scratch_load_b64 v[9:10], off, off offset:500 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v192, v[9:10], off
.LBB0_204:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x46
	s_or_b32 s58, s12, 0x46
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v194, 0 :: v_dual_mov_b32 v193, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s58, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:508 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_206
; %bb.205:
	scratch_load_b64 v[9:10], off, off offset:508 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v193, v[9:10], off
.LBB0_206:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x47
	s_or_b32 s59, s12, 0x47
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s59, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	scratch_store_b64 off, v[195:196], off offset:820 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:516 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_208
; %bb.207:
	scratch_load_b64 v[9:10], off, off offset:516 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v194, v[9:10], off
.LBB0_208:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x50
	s_or_b32 s60, s12, 0x50
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v196, 0 :: v_dual_mov_b32 v195, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s60, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:524 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_210
; %bb.209:
	scratch_load_b64 v[9:10], off, off offset:524 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v195, v[9:10], off
.LBB0_210:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x51
	s_or_b32 s61, s12, 0x51
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	s_clause 0xe                            ; 120-byte Folded Spill
	scratch_store_b64 off, v[225:226], off offset:812
	scratch_store_b64 off, v[223:224], off offset:804
	scratch_store_b64 off, v[221:222], off offset:796
	scratch_store_b64 off, v[219:220], off offset:788
	scratch_store_b64 off, v[217:218], off offset:780
	scratch_store_b64 off, v[215:216], off offset:772
	scratch_store_b64 off, v[213:214], off offset:764
	scratch_store_b64 off, v[211:212], off offset:756
	scratch_store_b64 off, v[209:210], off offset:748
	scratch_store_b64 off, v[207:208], off offset:740
	scratch_store_b64 off, v[205:206], off offset:732
	scratch_store_b64 off, v[203:204], off offset:724
	scratch_store_b64 off, v[201:202], off offset:716
	scratch_store_b64 off, v[199:200], off offset:708
	scratch_store_b64 off, v[197:198], off offset:700
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s61, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:532 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_212
; %bb.211:
	scratch_load_b64 v[9:10], off, off offset:532 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v196, v[9:10], off
.LBB0_212:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x52
	s_or_b32 s62, s12, 0x52
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v225, v116 :: v_dual_mov_b32 v224, v115
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s62, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	v_dual_mov_b32 v197, 0 :: v_dual_mov_b32 v198, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	scratch_store_b64 off, v[9:10], off offset:540 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_214
; %bb.213:
	scratch_load_b64 v[9:10], off, off offset:540 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v198, v[9:10], off
.LBB0_214:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x53
	s_or_b32 s63, s12, 0x53
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v116, v67 :: v_dual_mov_b32 v115, v66
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s63, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:548 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_216
; %bb.215:
	scratch_load_b64 v[9:10], off, off offset:548 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v197, v[9:10], off
.LBB0_216:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x54
	s_or_b32 s64, s12, 0x54
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v227, v118 :: v_dual_mov_b32 v226, v117
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s64, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	v_dual_mov_b32 v66, 0 :: v_dual_mov_b32 v65, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	scratch_store_b64 off, v[9:10], off offset:556 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_218
; %bb.217:
	scratch_load_b64 v[9:10], off, off offset:556 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v65, v[9:10], off
.LBB0_218:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x55
	s_or_b32 s66, s12, 0x55
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v201, v69 :: v_dual_mov_b32 v200, v68
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s66, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:564 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_220
; %bb.219:
	scratch_load_b64 v[9:10], off, off offset:564 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v66, v[9:10], off
.LBB0_220:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x56
	s_or_b32 s67, s12, 0x56
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v68, 0 :: v_dual_mov_b32 v67, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s67, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:572 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_222
; %bb.221:
	scratch_load_b64 v[9:10], off, off offset:572 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v67, v[9:10], off
.LBB0_222:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x57
	s_or_b32 s68, s12, 0x57
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v203, v71 :: v_dual_mov_b32 v202, v70
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s68, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:580 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_224
; %bb.223:
	scratch_load_b64 v[9:10], off, off offset:580 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v68, v[9:10], off
.LBB0_224:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x60
	s_or_b32 s69, s12, 0x60
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v70, 0 :: v_dual_mov_b32 v69, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s69, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:588 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_226
; %bb.225:
	scratch_load_b64 v[9:10], off, off offset:588 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v69, v[9:10], off
.LBB0_226:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x61
	s_or_b32 s70, s12, 0x61
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v205, v73 :: v_dual_mov_b32 v204, v72
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s70, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:596 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_228
; %bb.227:
	scratch_load_b64 v[9:10], off, off offset:596 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v70, v[9:10], off
.LBB0_228:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x62
	s_or_b32 s71, s12, 0x62
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v71, 0 :: v_dual_mov_b32 v72, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s71, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:604 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_230
; %bb.229:
	scratch_load_b64 v[9:10], off, off offset:604 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v72, v[9:10], off
.LBB0_230:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x63
	s_or_b32 s72, s12, 0x63
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v207, v75 :: v_dual_mov_b32 v206, v74
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s72, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:612 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_232
; %bb.231:
	scratch_load_b64 v[9:10], off, off offset:612 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v71, v[9:10], off
.LBB0_232:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x64
	s_or_b32 s73, s12, 0x64
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v74, 0 :: v_dual_mov_b32 v73, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s73, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:620 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_234
; %bb.233:
	scratch_load_b64 v[9:10], off, off offset:620 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v73, v[9:10], off
.LBB0_234:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x65
	s_or_b32 s74, s12, 0x65
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v209, v77 :: v_dual_mov_b32 v208, v76
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s74, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:628 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_236
; %bb.235:
	scratch_load_b64 v[9:10], off, off offset:628 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v74, v[9:10], off
.LBB0_236:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x66
	s_or_b32 s75, s12, 0x66
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v76, 0 :: v_dual_mov_b32 v75, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s75, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:636 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_238
; %bb.237:
	scratch_load_b64 v[9:10], off, off offset:636 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v75, v[9:10], off
.LBB0_238:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x67
	s_or_b32 s76, s12, 0x67
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v211, v79 :: v_dual_mov_b32 v210, v78
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s76, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:644 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_240
; %bb.239:
	scratch_load_b64 v[9:10], off, off offset:644 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v76, v[9:10], off
.LBB0_240:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x70
	s_or_b32 s77, s12, 0x70
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v77, 0 :: v_dual_mov_b32 v78, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s77, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:652 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_242
; %bb.241:
	scratch_load_b64 v[9:10], off, off offset:652 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v78, v[9:10], off
.LBB0_242:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x71
	s_or_b32 s78, s12, 0x71
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v213, v81 :: v_dual_mov_b32 v212, v80
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s78, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:660 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_244
; %bb.243:
	scratch_load_b64 v[9:10], off, off offset:660 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v77, v[9:10], off
.LBB0_244:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x72
	s_or_b32 s79, s12, 0x72
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v80, 0 :: v_dual_mov_b32 v79, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s79, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:668 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_246
; %bb.245:
	scratch_load_b64 v[9:10], off, off offset:668 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v79, v[9:10], off
.LBB0_246:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x73
	s_or_b32 s80, s12, 0x73
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v215, v83 :: v_dual_mov_b32 v214, v82
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s80, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:676 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_248
; %bb.247:
	scratch_load_b64 v[9:10], off, off offset:676 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v80, v[9:10], off
.LBB0_248:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x74
	s_or_b32 s81, s12, 0x74
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	v_dual_mov_b32 v81, 0 :: v_dual_mov_b32 v82, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s81, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:684 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_250
; %bb.249:
	scratch_load_b64 v[9:10], off, off offset:684 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v82, v[9:10], off
.LBB0_250:
	.loc	1 36 22                         ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x75
	s_or_b32 s82, s12, 0x75
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s4, s10, s3
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s5, s4, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s82, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[8:9], s[4:5]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s4, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s5, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:692 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_252
; %bb.251:
	scratch_load_b64 v[9:10], off, off offset:692 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v81, v[9:10], off
.LBB0_252:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_load_b128 s[4:7], s[0:1], 0x18
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s3, s84, 0x76
	s_or_b32 s83, s12, 0x76
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s86, s10, s3
	v_mov_b32_e32 v83, 0
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s87, s86, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s83, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_add_nc_u64 s[86:87], s[8:9], s[86:87]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s3, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	v_add_co_u32 v9, vcc_lo, s86, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s87, v130, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 s3, s3, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s3
	scratch_store_b64 off, v[9:10], off offset:8 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_254
; %bb.253:
	scratch_load_b64 v[9:10], off, off offset:8 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v83, v[9:10], off
.LBB0_254:
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x4c
	s_load_b32 s86, s[0:1], 0x40
	.loc	1 36 22 is_stmt 1               ; w8a8_gemm.py:36:22
	s_mul_i32 s87, s84, 0x77
	v_dual_mov_b32 v199, v15 :: v_dual_mov_b32 v222, v90
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s88, s10, s87
	s_or_b32 s10, s12, 0x77
	.loc	1 36 14 is_stmt 0               ; w8a8_gemm.py:36:14
	s_ashr_i32 s89, s88, 31
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_ge_i32 s10, s22
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_add_nc_u64 s[8:9], s[8:9], s[88:89]
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cselect_b32 s87, -1, 0
	.loc	1 36 14                         ; w8a8_gemm.py:36:14
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, vcc_lo, s8, v1
	v_dual_mov_b32 v223, v91 :: v_dual_mov_b32 v220, v88
	v_dual_mov_b32 v221, v89 :: v_dual_mov_b32 v218, v86
	v_dual_mov_b32 v219, v87 :: v_dual_mov_b32 v216, v84
	v_mov_b32_e32 v217, v85
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v10, null, s9, v130, vcc_lo
	v_mov_b16_e32 v1.l, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_or_b32 s8, s87, s85
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 vcc_lo, exec_lo, s8
	s_wait_alu depctr_sa_sdst(0)
	s_cbranch_vccnz .LBB0_256
; %bb.255:
	global_load_d16_u8 v1, v[9:10], off
.LBB0_256:
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v1.h, 8, v162.l
	v_lshlrev_b16 v25.h, 8, v160.l
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b64 off, v[9:10], off offset:844
	scratch_store_b32 off, v6, off offset:1328
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v20, v20, s19
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v85.h, v161.l, v1.h
	v_lshlrev_b16 v1.h, 8, v157.l
	v_or_b16 v85.l, v159.l, v25.h
	.loc	1 38 34                         ; w8a8_gemm.py:38:34
	v_lshlrev_b16 v1.l, 8, v1.l
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v16, v16, s19
	v_mul_lo_u32 v17, v17, s19
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v84.h, v158.l, v1.h
	v_lshlrev_b16 v1.h, 8, v25.l
	v_lshlrev_b16 v25.l, 8, v168.l
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v20, v8, v20
	.loc	1 38 34                         ; w8a8_gemm.py:38:34
	v_or_b16 v70.h, v83.l, v1.l
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16 v1.l, 8, v77.l
	v_or_b16 v84.l, v156.l, v1.h
	v_lshlrev_b16 v1.h, 8, v170.l
	v_or_b16 v87.l, v167.l, v25.l
	v_lshlrev_b16 v25.l, 8, v176.l
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v19, v19, s19
	v_sub_nc_u32_e32 v16, v14, v16
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v87.h, v169.l, v1.h
	v_lshlrev_b16 v1.h, 8, v165.l
	v_or_b16 v89.l, v175.l, v25.l
	v_lshlrev_b16 v25.l, 8, v184.l
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v17, v4, v17
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s8, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v86.h, v166.l, v1.h
	v_lshlrev_b16 v1.h, 8, v163.l
	v_or_b16 v91.l, v183.l, v25.l
	v_lshlrev_b32_e32 v25, 3, v26
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v19, v3, v19
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_gt_i32 s48, 0xff
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v86.l, v164.l, v1.h
	v_lshlrev_b16 v1.h, 8, v178.l
	v_xor3_b32 v25, v25, s12, v12
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v12, v21, s19
	v_mul_lo_u32 v21, v23, s19
	scratch_store_b32 off, v7, off offset:1332 ; 4-byte Folded Spill
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v89.h, v177.l, v1.h
	v_lshlrev_b16 v1.h, 8, v173.l
	v_lshl_or_b32 v38, v38, 7, v25
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v2, off offset:1336
	scratch_store_b32 off, v14, off offset:1340
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v12, v106, v12
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v88.h, v174.l, v1.h
	v_lshlrev_b16 v1.h, 8, v171.l
	v_add_nc_u32_e32 v9, 0, v38
	v_xor_b32_e32 v25, 16, v38
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v21, v5, v21
	scratch_store_b32 off, v3, off offset:1344 ; 4-byte Folded Spill
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v88.l, v172.l, v1.h
	v_lshlrev_b16 v1.h, 8, v186.l
	scratch_store_b32 off, v9, off offset:1220 ; 4-byte Folded Spill
	ds_store_b64 v9, v[84:85] offset:8192
	v_add_nc_u32_e32 v9, 0, v25
	v_xor_b32_e32 v25, 32, v38
	v_or_b16 v91.h, v185.l, v1.h
	v_lshlrev_b16 v1.h, 8, v181.l
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v4, off offset:1352
	scratch_store_b32 off, v9, off offset:1224
	ds_store_b64 v9, v[86:87] offset:8192
	v_add_nc_u32_e32 v9, 0, v25
	v_or_b16 v90.h, v182.l, v1.h
	v_lshlrev_b16 v1.h, 8, v179.l
	v_xor_b32_e32 v25, 48, v38
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	scratch_load_b64 v[3:4], off, off offset:96 th:TH_LOAD_LU ; 8-byte Folded Reload
	scratch_store_b32 off, v9, off offset:1228 ; 4-byte Folded Spill
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_store_b64 v9, v[88:89] offset:8192
	v_or_b16 v90.l, v180.l, v1.h
	v_lshlrev_b16 v1.h, 8, v194.l
	v_add_nc_u32_e32 v9, 0, v25
	v_lshlrev_b16 v25.l, 8, v192.l
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v8, off offset:1356
	scratch_store_b32 off, v5, off offset:1360
	v_or_b16 v85.h, v193.l, v1.h
	v_lshlrev_b16 v1.h, 8, v189.l
	v_or_b16 v85.l, v191.l, v25.l
	v_xor_b32_e32 v25, 64, v38
	scratch_store_b32 off, v9, off offset:1232 ; 4-byte Folded Spill
	ds_store_b64 v9, v[90:91] offset:8192
	v_or_b16 v84.h, v190.l, v1.h
	v_lshlrev_b16 v1.h, 8, v187.l
	v_add_nc_u32_e32 v9, 0, v25
	v_lshlrev_b16 v25.l, 8, v66.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v84.l, v188.l, v1.h
	v_lshlrev_b16 v1.h, 8, v68.l
	v_or_b16 v66.l, v65.l, v25.l
	v_lshlrev_b16 v25.l, 8, v74.l
	ds_store_b64 v9, v[84:85] offset:8192
	v_or_b16 v66.h, v67.l, v1.h
	v_lshlrev_b16 v1.h, 8, v197.l
	v_or_b16 v68.l, v73.l, v25.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v65.h, v198.l, v1.h
	v_lshlrev_b16 v1.h, 8, v196.l
	v_or_b16 v65.l, v195.l, v1.h
	v_lshlrev_b16 v1.h, 8, v76.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v68.h, v75.l, v1.h
	v_lshlrev_b16 v1.h, 8, v71.l
	v_or_b16 v67.h, v72.l, v1.h
	v_lshlrev_b16 v1.h, 8, v70.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_or_b16 v67.l, v69.l, v1.h
	v_lshlrev_b16 v1.h, 8, v80.l
	v_or_b16 v69.l, v78.l, v1.l
	v_lshlrev_b16 v1.l, 8, v81.l
	v_or_b16 v69.h, v79.l, v1.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v70.l, v82.l, v1.l
	v_xor_b32_e32 v1, 0x50, v38
	v_add_nc_u32_e32 v1, 0, v1
	scratch_store_b32 off, v9, off offset:1236 ; 4-byte Folded Spill
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	scratch_load_b64 v[9:10], off, off offset:80 th:TH_LOAD_LU ; 8-byte Folded Reload
	scratch_store_b32 off, v1, off offset:1240 ; 4-byte Folded Spill
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_store_b64 v1, v[65:66] offset:8192
	v_xor_b32_e32 v1, 0x60, v38
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v1, 0, v1
	scratch_store_b32 off, v1, off offset:1244 ; 4-byte Folded Spill
	ds_store_b64 v1, v[67:68] offset:8192
	v_xor_b32_e32 v1, 0x70, v38
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_loadcnt 0x1
	v_mul_lo_u32 v15, v4, s19
	scratch_load_b64 v[3:4], off, off offset:88 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_sub_nc_u32_e32 v15, v2, v15
	s_wait_loadcnt 0x0
	v_mul_lo_u32 v14, v4, s19
	scratch_load_b64 v[3:4], off, off offset:72 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	scratch_load_b64 v[2:3], off, off offset:64 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_sub_nc_u32_e32 v14, v7, v14
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_add_nc_u32_e32 v1, 0, v1
	scratch_store_b32 off, v1, off offset:1248 ; 4-byte Folded Spill
	ds_store_b64 v1, v[69:70] offset:8192
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_loadcnt 0x0
	v_mul_lo_u32 v8, v3, s19
	scratch_load_b64 v[2:3], off, off offset:56 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	scratch_load_b32 v2, off, off offset:1316 ; 4-byte Folded Reload
	v_mul_lo_u32 v7, v3, s19
	s_wait_loadcnt 0x0
	v_sub_nc_u32_e32 v8, v2, v8
	scratch_load_b32 v2, off, off offset:1312 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_sub_nc_u32_e32 v7, v2, v7
	scratch_load_b64 v[2:3], off, off offset:48 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v1, v10, s65
	scratch_load_b64 v[9:10], off, off offset:104 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_loadcnt 0x0
	v_mul_lo_u32 v9, v4, s19
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_sub_nc_u32_e32 v1, v34, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_sub_nc_u32_e32 v9, v6, v9
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v23, s65, v1
	v_cmp_le_u32_e32 vcc_lo, s65, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e32 v1, v1, v23, vcc_lo
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_mul_lo_u32 v6, v3, s19
	scratch_load_b64 v[2:3], off, off offset:40 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_mul_lo_u32 v10, v10, s65
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_loadcnt 0x0
	scratch_load_b32 v2, off, off offset:1308 ; 4-byte Folded Reload
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_sub_nc_u32_e32 v10, v35, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_subrev_nc_u32_e32 v23, s65, v10
	v_cmp_le_u32_e32 vcc_lo, s65, v10
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v10, v10, v23, vcc_lo
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v23, s19, v12
	v_cmp_le_u32_e32 vcc_lo, s19, v12
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v12, v12, v23, vcc_lo
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v23, s65, v1
	v_cmp_le_u32_e32 vcc_lo, s65, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v1, v1, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s65, v10
	v_cmp_le_u32_e32 vcc_lo, s65, v10
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v10, v10, v23, vcc_lo
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v23, s19, v21
	v_cmp_le_u32_e32 vcc_lo, s19, v21
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v10, s18, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v21, v21, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v12
	v_cmp_le_u32_e32 vcc_lo, s19, v12
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v12, v12, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v20
	v_cmp_le_u32_e32 vcc_lo, s19, v20
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e32 v20, v20, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v21
	v_cmp_le_u32_e32 vcc_lo, s19, v21
	v_mul_lo_u32 v5, v3, s19
	s_wait_loadcnt 0x0
	v_sub_nc_u32_e32 v6, v2, v6
	scratch_load_b64 v[2:3], off, off offset:32 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v21, v21, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v17
	v_cmp_le_u32_e32 vcc_lo, s19, v17
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v17, v17, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v19
	v_cmp_le_u32_e32 vcc_lo, s19, v19
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v19, v19, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v20
	v_cmp_le_u32_e32 vcc_lo, s19, v20
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v20, v20, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v16
	v_cmp_le_u32_e32 vcc_lo, s19, v16
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v38, 31, v20
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v16, v16, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v17
	v_cmp_le_u32_e32 vcc_lo, s19, v17
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v17, v17, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v19
	v_cmp_le_u32_e32 vcc_lo, s19, v19
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v19, v19, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v15
	v_cmp_le_u32_e32 vcc_lo, s19, v15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v15, v15, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v16
	v_cmp_le_u32_e32 vcc_lo, s19, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_subrev_nc_u32_e32 v25, s19, v15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v16, v16, v23, vcc_lo
	v_subrev_nc_u32_e32 v23, s19, v14
	v_cmp_le_u32_e32 vcc_lo, s19, v14
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e32 v14, v14, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v15
	v_subrev_nc_u32_e32 v23, s19, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v15, v15, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v9
	v_subrev_nc_u32_e32 v25, s19, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v9, v9, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v8
	v_subrev_nc_u32_e32 v23, s19, v14
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v8, v8, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v14
	v_subrev_nc_u32_e32 v25, s19, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v14, v14, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v7
	v_subrev_nc_u32_e32 v23, s19, v9
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_xor_b32_e32 v1, s18, v1
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v7, v7, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v9
	v_subrev_nc_u32_e32 v25, s19, v8
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v1, s18, v1
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v9, v9, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v8
	v_subrev_nc_u32_e32 v23, s19, v6
	.loc	1 38 34                         ; w8a8_gemm.py:38:34
	s_wait_kmcnt 0x0
	v_mul_lo_u32 v1, v1, s86
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v8, v8, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v6
	v_subrev_nc_u32_e32 v25, s19, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v6, v6, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v7
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v7, v7, v25, vcc_lo
	s_clause 0x1                            ; 12-byte Folded Reload
	scratch_load_b32 v25, off, off offset:1300
	scratch_load_b64 v[34:35], off, off offset:16 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	scratch_load_b32 v34, off, off offset:1320 ; 4-byte Folded Reload
	v_mul_lo_u32 v4, v3, s19
	scratch_load_b64 v[2:3], off, off offset:24 th:TH_LOAD_LU ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	scratch_load_b32 v2, off, off offset:1304 ; 4-byte Folded Reload
	v_sub_nc_u32_e32 v4, v25, v4
	v_subrev_nc_u32_e32 v25, s19, v6
	v_mul_lo_u32 v3, v3, s19
	s_wait_loadcnt 0x0
	v_sub_nc_u32_e32 v5, v2, v5
	v_mul_lo_u32 v2, v35, s19
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v35, 31, v12
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v23, s19, v5
	v_cmp_le_u32_e32 vcc_lo, s19, v5
	v_sub_nc_u32_e32 v3, v34, v3
	v_sub_nc_u32_e32 v2, v107, v2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v5, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v6
	v_subrev_nc_u32_e32 v23, s19, v4
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v6, v6, v25, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v4
	v_subrev_nc_u32_e32 v25, s19, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v4, v4, v23, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v3
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v23, v3, v25, vcc_lo
	v_subrev_nc_u32_e32 v3, s19, v5
	v_cmp_le_u32_e32 vcc_lo, s19, v5
	v_subrev_nc_u32_e32 v25, s19, v2
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e32 v5, v5, v3, vcc_lo
	v_cmp_le_u32_e32 vcc_lo, s19, v2
	.loc	1 32 15                         ; w8a8_gemm.py:32:15
	v_subrev_nc_u32_e32 v3, s18, v10
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v10, v2, v25, vcc_lo
	v_subrev_nc_u32_e32 v2, s19, v4
	v_cmp_le_u32_e32 vcc_lo, s19, v4
	.loc	1 38 34                         ; w8a8_gemm.py:38:34
	v_mul_lo_u32 v3, v3, s86
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_subrev_nc_u32_e32 v25, s19, v23
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v34, v4, v2, vcc_lo
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_ashrrev_i32_e32 v2, 31, v1
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	v_cmp_le_u32_e32 vcc_lo, s19, v23
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_ashrrev_i32_e32 v4, 31, v3
	s_delay_alu instid0(VALU_DEP_3)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v23, v23, v25, vcc_lo
	v_subrev_nc_u32_e32 v25, s19, v10
	v_cmp_le_u32_e32 vcc_lo, s19, v10
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_lshlrev_b64_e32 v[3:4], 2, v[3:4]
	.loc	1 33 15                         ; w8a8_gemm.py:33:15
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e32 v10, v10, v25, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v25, 25, v35
	v_ashrrev_i32_e32 v35, 31, v21
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	v_add_co_u32 v1, vcc_lo, s4, v1
	scratch_store_b32 off, v1, off offset:1164 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, s4, v3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_lshrrev_b32_e32 v2, 25, v35
	scratch_store_b32 off, v1, off offset:1168 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v1, v12, v25
	v_lshrrev_b32_e32 v12, 25, v38
	.loc	1 38 20                         ; w8a8_gemm.py:38:20
	scratch_store_b32 off, v3, off offset:1148 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v3, null, s5, v4, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v4, 31, v19
	v_ashrrev_i32_e32 v25, 31, v14
	v_add_nc_u32_e32 v2, v21, v2
	v_ashrrev_i32_e32 v21, 31, v15
	scratch_store_b32 off, v3, off offset:1152 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v3, 31, v17
	v_add_nc_u32_e32 v12, v20, v12
	v_ashrrev_i32_e32 v20, 31, v16
	v_lshrrev_b32_e32 v4, 25, v4
	v_ashrrev_i32_e32 v1, 7, v1
	v_ashrrev_i32_e32 v2, 7, v2
	v_lshrrev_b32_e32 v3, 25, v3
	v_lshrrev_b32_e32 v20, 25, v20
	v_add_nc_u32_e32 v19, v19, v4
	v_lshrrev_b32_e32 v4, 25, v25
	.loc	1 39 34 is_stmt 0               ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v25, 31, v5
	v_add_nc_u32_e32 v17, v17, v3
	v_lshrrev_b32_e32 v3, 25, v21
	v_add_nc_u32_e32 v16, v16, v20
	v_ashrrev_i32_e32 v21, 31, v8
	v_add_nc_u32_e32 v14, v14, v4
	v_ashrrev_i32_e32 v20, 31, v9
	v_add_nc_u32_e32 v15, v15, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_lshrrev_b32_e32 v4, 25, v20
	v_lshrrev_b32_e32 v20, 25, v21
	v_ashrrev_i32_e32 v21, 31, v6
	v_add_nc_u32_e32 v9, v9, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_nc_u32_e32 v20, v8, v20
	v_ashrrev_i32_e32 v3, 31, v7
	v_lshrrev_b32_e32 v4, 25, v21
	v_lshrrev_b32_e32 v8, 25, v25
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshrrev_b32_e32 v3, 25, v3
	v_add_nc_u32_e32 v25, v6, v4
	s_delay_alu instid0(VALU_DEP_3)
	v_add_nc_u32_e32 v35, v5, v8
	v_ashrrev_i32_e32 v5, 31, v23
	v_ashrrev_i32_e32 v6, 31, v10
	v_add_nc_u32_e32 v21, v7, v3
	v_ashrrev_i32_e32 v3, 31, v34
	v_ashrrev_i32_e32 v7, 7, v12
	v_lshrrev_b32_e32 v8, 25, v5
	v_lshrrev_b32_e32 v6, 25, v6
	s_delay_alu instid0(VALU_DEP_4)
	v_lshrrev_b32_e32 v4, 25, v3
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v3, v2, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v5, v7, s3
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_ashrrev_i32_e32 v7, 7, v17
	v_add_nc_u32_e32 v10, v10, v6
	v_add_nc_u32_e32 v17, v23, v8
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	v_add_nc_u32_e32 v12, v34, v4
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v7, v7, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v4, 31, v3
	v_ashrrev_i32_e32 v6, 31, v5
	v_add_co_u32 v1, vcc_lo, s6, v1
	s_delay_alu instid0(VALU_DEP_3)
	v_lshlrev_b64_e32 v[3:4], 2, v[3:4]
	v_ashrrev_i32_e32 v8, 31, v7
	scratch_store_b32 off, v1, off offset:1212 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	v_add_co_u32 v3, vcc_lo, s6, v3
	scratch_store_b32 off, v1, off offset:1216 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[1:2], 2, v[5:6]
	scratch_store_b32 off, v3, off offset:1204 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v3, null, s7, v4, vcc_lo
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v3, off offset:1208 ; 4-byte Folded Spill
	v_lshlrev_b64_e32 v[3:4], 2, v[7:8]
	scratch_store_b32 off, v1, off offset:1196 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	v_add_co_u32 v2, vcc_lo, s6, v3
	v_xor_b32_e32 v3, 0x50, v242
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1200 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v19
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	scratch_store_b32 off, v2, off offset:1188 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, s7, v4, vcc_lo
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_add_nc_u32_e32 v172, 0, v3
	v_mul_u32_u24_e32 v4, 0x88, v26
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	scratch_store_b32 off, v2, off offset:1192 ; 4-byte Folded Spill
	.loc	1 39 20 is_stmt 0               ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1180 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1184 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1172 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1176 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1156 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1160 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1140 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1144 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1132 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1136 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1124 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1128 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1116 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1120 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1108 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1112 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v35
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1100 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1104 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	scratch_store_b32 off, v1, off offset:1092 ; 4-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1096 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v107, off offset:1368
	scratch_store_b32 off, v1, off offset:1084
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 39 35                         ; w8a8_gemm.py:39:35
	scratch_store_b32 off, v1, off offset:1088 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v1, 7, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 39 34                         ; w8a8_gemm.py:39:34
	v_mul_lo_u32 v1, v1, s3
	.loc	1 39 20                         ; w8a8_gemm.py:39:20
	v_ashrrev_i32_e32 v2, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64_e32 v[1:2], 2, v[1:2]
	v_add_co_u32 v1, vcc_lo, s6, v1
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v106, off offset:1364
	scratch_store_b32 off, v1, off offset:1076
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v2, vcc_lo
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_add_nc_u32_e32 v2, 0, v242
	ds_store_b8 v2, v97
	ds_store_b8 v2, v51 offset:2048
	ds_store_b8 v2, v132 offset:4096
	scratch_store_b32 off, v1, off offset:1080 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 8, v242
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v1, 0, v1
	scratch_store_b32 off, v2, off offset:1252 ; 4-byte Folded Spill
	ds_store_b8 v2, v31 offset:6144
	ds_store_b8 v1, v96 offset:128
	ds_store_b8 v1, v110 offset:2176
	ds_store_b8 v1, v131 offset:4224
	scratch_store_b32 off, v1, off offset:1256 ; 4-byte Folded Spill
	ds_store_b8 v1, v36 offset:6272
	v_xor_b32_e32 v1, 16, v242
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v2, 0, v1
	v_xor_b32_e32 v1, 24, v242
	ds_store_b8 v2, v92 offset:256
	ds_store_b8 v2, v53 offset:2304
	ds_store_b8 v2, v134 offset:4352
	v_add_nc_u32_e32 v165, 0, v1
	v_xor_b32_e32 v1, 32, v242
	ds_store_b8 v2, v33 offset:6400
	ds_store_b8 v165, v129 offset:384
	ds_store_b8 v165, v52 offset:2432
	ds_store_b8 v165, v133 offset:4480
	ds_store_b8 v165, v30 offset:6528
	scratch_store_b32 off, v2, off offset:1260 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v166, 0, v1
	v_xor_b32_e32 v1, 40, v242
	v_xor_b32_e32 v2, 56, v242
	ds_store_b8 v166, v55 offset:2560
	ds_store_b8 v166, v136 offset:4608
	v_add_nc_u32_e32 v167, 0, v1
	ds_store_b8 v166, v145 offset:6656
	ds_store_b8 v167, v11 offset:640
	ds_store_b8 v167, v54 offset:2688
	ds_store_b8 v167, v135 offset:4736
	ds_store_b8 v167, v0 offset:6784
	scratch_load_b32 v0, off, off offset:112 th:TH_LOAD_LU ; 4-byte Folded Reload
	v_xor_b32_e32 v1, 48, v242
	v_add_nc_u32_e32 v169, 0, v2
	v_xor_b32_e32 v2, 0x48, v242
	ds_store_b8 v166, v13 offset:512
	v_add_nc_u32_e32 v168, 0, v1
	v_xor_b32_e32 v1, 64, v242
	ds_store_b8 v168, v255 offset:768
	ds_store_b8 v168, v57 offset:2816
	ds_store_b8 v168, v138 offset:4864
	ds_store_b8 v168, v147 offset:6912
	ds_store_b8 v169, v18 offset:896
	ds_store_b8 v169, v56 offset:2944
	ds_store_b8 v169, v137 offset:4992
	ds_store_b8 v169, v146 offset:7040
	v_add_nc_u32_e32 v170, 0, v1
	v_xor_b32_e32 v1, 0x58, v242
	v_add_nc_u32_e32 v171, 0, v2
	v_xor_b32_e32 v2, 0x60, v242
	ds_store_b8 v170, v24 offset:1024
	ds_store_b8 v170, v59 offset:3072
	ds_store_b8 v170, v140 offset:5120
	ds_store_b8 v170, v149 offset:7168
	ds_store_b8 v171, v22 offset:1152
	ds_store_b8 v171, v58 offset:3200
	ds_store_b8 v171, v139 offset:5248
	ds_store_b8 v171, v148 offset:7296
	v_add_nc_u32_e32 v255, 0, v1
	v_xor_b32_e32 v1, 0x68, v242
	v_add_nc_u32_e32 v173, 0, v2
	v_xor_b32_e32 v2, 0x78, v242
	ds_store_b8 v172, v27 offset:1280
	ds_store_b8 v172, v60 offset:3328
	ds_store_b8 v172, v142 offset:5376
	ds_store_b8 v172, v151 offset:7424
	ds_store_b8 v255, v199 offset:1408
	ds_store_b8 v255, v41 offset:3456
	ds_store_b8 v255, v141 offset:5504
	ds_store_b8 v255, v150 offset:7552
	v_add_nc_u32_e32 v174, 0, v1
	v_xor_b32_e32 v1, 0x70, v242
	v_add_nc_u32_e32 v176, 0, v2
	ds_store_b8 v173, v94 offset:1536
	ds_store_b8 v173, v62 offset:3584
	ds_store_b8 v173, v144 offset:5632
	ds_store_b8 v173, v153 offset:7680
	ds_store_b8 v174, v93 offset:1664
	ds_store_b8 v174, v61 offset:3712
	ds_store_b8 v174, v143 offset:5760
	ds_store_b8 v174, v152 offset:7808
	v_add_nc_u32_e32 v175, 0, v1
	ds_store_b8 v175, v50 offset:1792
	ds_store_b8 v175, v64 offset:3840
	ds_store_b8 v175, v37 offset:5888
	ds_store_b8 v175, v155 offset:7936
	ds_store_b8 v176, v95 offset:1920
	ds_store_b8 v176, v63 offset:3968
	ds_store_b8 v176, v32 offset:6016
	ds_store_b8 v176, v154 offset:8064
	s_wait_loadcnt 0x0
	v_lshrrev_b32_e32 v2, 1, v0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc1 .LBB0_258
; %bb.257:                              ; %.._crit_edge_crit_edge
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	.loc	1 44 13 is_stmt 1               ; w8a8_gemm.py:44:13
	v_and_b32_e32 v6, 8, v2
	v_mul_u32_u24_e32 v1, 0x88, v26
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_and_b32 s3, s37, 1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	v_xor_b32_e32 v0, v1, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshl_or_b32 v0, s43, 5, v0
	v_xor_b32_e32 v3, 16, v0
	scratch_store_b32 off, v3, off offset:1048 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 32, v0
	scratch_store_b32 off, v3, off offset:1052 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 48, v0
	scratch_store_b32 off, v3, off offset:1056 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 64, v0
	scratch_store_b32 off, v3, off offset:1060 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 0x50, v0
	scratch_store_b32 off, v3, off offset:1064 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 0x60, v0
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v3, off offset:1068
	scratch_store_b32 off, v0, off offset:1044
	v_xor_b32_e32 v0, 0x70, v0
	scratch_store_b32 off, v0, off offset:1072 ; 4-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	v_mov_b32_e32 v0, s3
	s_mov_b32 s3, 0
	s_branch .LBB0_259
.LBB0_258:
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_mov_b32 s3, -1
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr6
                                        ; implicit-def: $vgpr1
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
                                        ; kill: killed $vgpr0
                                        ; implicit-def: $vgpr0
.LBB0_259:                              ; %Flow1027
	v_dual_mov_b32 v130, v116 :: v_dual_mov_b32 v129, v115
	s_clause 0x2                            ; 24-byte Folded Reload
	scratch_load_b64 v[115:116], off, off offset:212
	scratch_load_b64 v[117:118], off, off offset:220
	scratch_load_b64 v[163:164], off, off offset:228
	s_clause 0x1
	s_load_b64 s[18:19], s[0:1], 0x10
	s_load_b64 s[4:5], s[0:1], 0x44
	v_dual_mov_b32 v8, v204 :: v_dual_mov_b32 v9, v205
	v_dual_mov_b32 v10, v206 :: v_dual_mov_b32 v11, v207
	v_dual_mov_b32 v12, v208 :: v_dual_mov_b32 v13, v209
	v_dual_mov_b32 v14, v210 :: v_dual_mov_b32 v15, v211
	v_dual_mov_b32 v16, v212 :: v_dual_mov_b32 v17, v213
	v_dual_mov_b32 v18, v214 :: v_dual_mov_b32 v19, v215
	v_dual_mov_b32 v20, v216 :: v_dual_mov_b32 v21, v217
	v_dual_mov_b32 v22, v218 :: v_dual_mov_b32 v23, v219
	v_dual_mov_b32 v24, v220 :: v_dual_mov_b32 v25, v221
	v_dual_mov_b32 v26, v222 :: v_dual_mov_b32 v27, v223
	v_dual_mov_b32 v88, v228 :: v_dual_mov_b32 v89, v229
	v_dual_mov_b32 v90, v230 :: v_dual_mov_b32 v91, v231
	v_dual_mov_b32 v92, v232 :: v_dual_mov_b32 v93, v233
	v_dual_mov_b32 v94, v234 :: v_dual_mov_b32 v95, v235
	v_dual_mov_b32 v96, v236 :: v_dual_mov_b32 v97, v237
	v_dual_mov_b32 v84, v238 :: v_dual_mov_b32 v85, v239
	v_dual_mov_b32 v74, v240 :: v_dual_mov_b32 v75, v241
	v_dual_mov_b32 v76, v98 :: v_dual_mov_b32 v77, v99
	v_dual_mov_b32 v78, v100 :: v_dual_mov_b32 v79, v101
	v_dual_mov_b32 v80, v102 :: v_dual_mov_b32 v81, v103
	v_dual_mov_b32 v82, v104 :: v_dual_mov_b32 v83, v105
	v_dual_mov_b32 v73, v29 :: v_dual_mov_b32 v72, v28
	v_dual_mov_b32 v196, v40 :: v_dual_mov_b32 v195, v39
	v_dual_mov_b32 v67, v43 :: v_dual_mov_b32 v66, v42
	v_dual_mov_b32 v69, v45 :: v_dual_mov_b32 v68, v44
	v_dual_mov_b32 v71, v47 :: v_dual_mov_b32 v70, v46
	v_dual_mov_b32 v131, 0 :: v_dual_mov_b32 v132, 0
	s_and_b32 s3, s3, exec_lo
	v_dual_mov_b32 v133, 0 :: v_dual_mov_b32 v134, 0
	v_dual_mov_b32 v135, 0 :: v_dual_mov_b32 v136, 0
	v_dual_mov_b32 v137, 0 :: v_dual_mov_b32 v138, 0
	v_dual_mov_b32 v139, 0 :: v_dual_mov_b32 v140, 0
	v_dual_mov_b32 v141, 0 :: v_dual_mov_b32 v142, 0
	v_dual_mov_b32 v143, 0 :: v_dual_mov_b32 v144, 0
	v_dual_mov_b32 v145, 0 :: v_dual_mov_b32 v146, 0
	v_dual_mov_b32 v147, 0 :: v_dual_mov_b32 v148, 0
	v_dual_mov_b32 v149, 0 :: v_dual_mov_b32 v150, 0
	v_dual_mov_b32 v151, 0 :: v_dual_mov_b32 v152, 0
	v_dual_mov_b32 v153, 0 :: v_dual_mov_b32 v154, 0
	v_dual_mov_b32 v155, 0 :: v_dual_mov_b32 v156, 0
	v_dual_mov_b32 v157, 0 :: v_dual_mov_b32 v158, 0
	v_dual_mov_b32 v160, 0 :: v_dual_mov_b32 v161, 0
	v_dual_mov_b32 v162, 0 :: v_dual_mov_b32 v159, 0
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_519
; %bb.260:                              ; %.lr.ph
	v_dual_mov_b32 v162, 0 :: v_dual_and_b32 v1, 8, v2
	s_bfe_i32 s6, s37, 0x10000
.Ltmp3:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ w8a8_gemm.py:42:23 ]
	s_ashr_i32 s3, s48, 31
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s6, s6, 0x808
	v_xor_b32_e32 v0, v4, v1
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v1, off offset:1372
	scratch_store_b32 off, v4, off offset:1376
	s_wait_alu depctr_sa_sdst(0)
	v_xor3_b32 v6, v1, s6, v4
	s_lshr_b32 s3, s3, 25
	v_dual_mov_b32 v28, v224 :: v_dual_mov_b32 v29, v225
	v_lshl_or_b32 v0, s43, 5, v0
	s_delay_alu instid0(VALU_DEP_3)
	v_xor_b32_e32 v2, 48, v6
	v_xor_b32_e32 v3, 64, v6
	v_xor_b32_e32 v4, 0x50, v6
	v_xor_b32_e32 v5, 0x60, v6
	v_xor_b32_e32 v1, 16, v0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s48, s48, s3
	v_dual_mov_b32 v30, v226 :: v_dual_mov_b32 v31, v227
	s_ashr_i32 s3, s48, 7
.Ltmp4:
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v1, off offset:1048
	scratch_store_b32 off, v242, off offset:1264
	v_xor_b32_e32 v1, 32, v0
	v_mov_b32_e32 v161, 0
	v_dual_mov_b32 v205, v49 :: v_dual_mov_b32 v204, v48
	v_dual_mov_b32 v160, 0 :: v_dual_mov_b32 v147, 0
	scratch_store_b32 off, v1, off offset:1052 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 48, v0
	v_dual_mov_b32 v158, 0 :: v_dual_mov_b32 v145, 0
	v_dual_mov_b32 v156, 0 :: v_dual_mov_b32 v143, 0
	scratch_store_b32 off, v1, off offset:1056 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 64, v0
	v_dual_mov_b32 v154, 0 :: v_dual_mov_b32 v141, 0
	v_dual_mov_b32 v152, 0 :: v_dual_mov_b32 v139, 0
	scratch_store_b32 off, v1, off offset:1060 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 0x50, v0
	v_dual_mov_b32 v150, 0 :: v_dual_mov_b32 v137, 0
	v_dual_mov_b32 v148, 0 :: v_dual_mov_b32 v135, 0
	scratch_store_b32 off, v1, off offset:1064 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 0x60, v0
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v1, off offset:1068
	scratch_store_b32 off, v0, off offset:1044
	v_xor_b32_e32 v0, 0x70, v0
	v_xor_b32_e32 v1, 32, v6
	v_dual_mov_b32 v146, 0 :: v_dual_mov_b32 v133, 0
	v_dual_mov_b32 v144, 0 :: v_dual_mov_b32 v131, 0
	scratch_store_b32 off, v0, off offset:1072 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 16, v6
	v_dual_mov_b32 v159, 0 :: v_dual_mov_b32 v142, 0
	v_dual_mov_b32 v140, 0 :: v_dual_mov_b32 v157, 0
	s_delay_alu instid0(VALU_DEP_3)
	v_add_nc_u32_e32 v0, 0, v0
	v_mov_b32_e32 v138, 0
	v_mov_b32_e32 v136, 0
	v_dual_mov_b32 v134, 0 :: v_dual_mov_b32 v155, 0
	scratch_store_b32 off, v0, off offset:1272 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v1
	scratch_store_b32 off, v6, off offset:1268 ; 4-byte Folded Spill
	v_xor_b32_e32 v6, 0x70, v6
	v_dual_mov_b32 v153, 0 :: v_dual_mov_b32 v132, 0
	scratch_store_b32 off, v0, off offset:1276 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v2
	.loc	1 52 19                         ; w8a8_gemm.py:52:19
	s_lshl_b32 s9, s84, 7
	v_mov_b32_e32 v151, 0
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_wait_alu depctr_sa_sdst(0)
	s_max_i32 s3, s3, 2
	s_ashr_i32 s65, s9, 31
	scratch_store_b32 off, v0, off offset:1280 ; 4-byte Folded Spill
	v_dual_mov_b32 v149, 0 :: v_dual_add_nc_u32 v0, 0, v3
	s_and_b32 s37, s37, 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s8, s3, -1
	s_mov_b32 s6, 0
	scratch_store_b32 off, v0, off offset:1284 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v4
	scratch_store_b32 off, v0, off offset:1288 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v5
	scratch_store_b32 off, v0, off offset:1292 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v6
	scratch_store_b32 off, v0, off offset:1296 ; 4-byte Folded Spill
	s_branch .LBB0_262
.LBB0_261:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	scratch_store_b64 off, v[0:1], off offset:844 ; 8-byte Folded Spill
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	scratch_load_b32 v0, off, off offset:1268 ; 4-byte Folded Reload
	.loc	1 47 38                         ; w8a8_gemm.py:47:38
	s_wait_kmcnt 0x0
	s_mul_i32 s84, s6, s4
	.loc	1 48 38                         ; w8a8_gemm.py:48:38
	s_mul_i32 s6, s6, s5
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s85, s84, 31
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_ashr_i32 s7, s6, 31
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[84:85], s[84:85], 2
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_lshl_b64 s[6:7], s[6:7], 2
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cmp_lg_u32 s43, s8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v0, 0, v0
	ds_load_2addr_stride64_b64 v[103:106], v0 offset0:16 offset1:24
	scratch_load_b32 v0, off, off offset:1272 ; 4-byte Folded Reload
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[103:104], v[60:61], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[103:104], v[62:63], 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[188:191], v0 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[190:191], v[60:61], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[188:189], v[56:57], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[190:191], v[62:63], 0
	s_delay_alu instid0(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[105:106], v[56:57], v[0:7]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v56, off, off offset:1280 ; 4-byte Folded Reload
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[188:189], v[58:59], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[105:106], v[58:59], v[8:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[56:59], v56 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[58:59], v[52:53], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[58:59], v[54:55], v[8:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v58, off, off offset:1276 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[58:61], v58 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[58:59], v[52:53], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[60:61], v[48:49], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[58:59], v[54:55], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[60:61], v[50:51], v[8:15]
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[56:57], v[48:49], v[24:31]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v48, off, off offset:1288 ; 4-byte Folded Reload
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[56:57], v[50:51], v[16:23]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[48:51], v48 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[50:51], v[44:45], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[50:51], v[46:47], v[8:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v50, off, off offset:1284 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[50:53], v50 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[50:51], v[44:45], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[52:53], v[40:41], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[50:51], v[46:47], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[52:53], v[42:43], v[8:15]
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[48:49], v[40:41], v[24:31]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v40, off, off offset:1296 ; 4-byte Folded Reload
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[48:49], v[42:43], v[16:23]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[40:43], v40 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[42:43], v[36:37], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[42:43], v[38:39], v[8:15]
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v42, off, off offset:1292 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_load_2addr_stride64_b64 v[42:45], v42 offset0:16 offset1:24
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[42:43], v[36:37], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[44:45], v[32:33], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[42:43], v[38:39], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[44:45], v[34:35], v[8:15]
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[40:41], v[32:33], v[24:31]
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v32, off, off offset:1164
	scratch_load_b32 v33, off, off offset:1168
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[40:41], v[34:35], v[16:23]
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v32, vcc_lo, v32, s84
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v33, null, s85, v33, vcc_lo
	.loc	1 47 15 is_stmt 0               ; w8a8_gemm.py:47:15
	global_load_b32 v34, v[32:33], off
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v32, off, off offset:1148
	scratch_load_b32 v33, off, off offset:1152
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_wait_loadcnt 0x2
	v_dual_mul_f32 v35, v34, v1 :: v_dual_mul_f32 v38, v34, v4
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v32, vcc_lo, v32, s84
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v33, null, s85, v33, vcc_lo
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v36, v34, v2 :: v_dual_mul_f32 v37, v34, v3
	v_mul_f32_e32 v40, v34, v6
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	global_load_b32 v32, v[32:33], off
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v33, v34, v0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16 v0.l, 8, v249.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v39, v34, v5 :: v_dual_mul_f32 v24, v34, v24
	v_dual_mul_f32 v25, v34, v25 :: v_dual_mul_f32 v26, v34, v26
	v_mul_f32_e32 v27, v34, v27
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v2.h, v246.l, v0.l
	v_lshlrev_b16 v0.l, 8, v244.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v28, v34, v28 :: v_dual_mul_f32 v29, v34, v29
	v_dual_mul_f32 v30, v34, v30 :: v_dual_mul_f32 v31, v34, v31
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v1.h, v243.l, v0.l
	v_lshlrev_b16 v0.l, 8, v242.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v34, v34, v7
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_lshlrev_b16 v0.h, 8, v247.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v1.l, v241.l, v0.l
	v_lshlrev_b16 v0.l, 8, v67.l
	v_or_b16 v2.l, v245.l, v0.h
	v_lshlrev_b16 v0.h, 8, v65.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v4.h, v254.l, v0.l
	v_lshlrev_b16 v0.l, 8, v252.l
	v_or_b16 v4.l, v253.l, v0.h
	v_lshlrev_b16 v0.h, 8, v73.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v3.h, v251.l, v0.l
	v_lshlrev_b16 v0.l, 8, v250.l
	v_or_b16 v6.l, v71.l, v0.h
	v_lshlrev_b16 v0.h, 8, v81.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v3.l, v248.l, v0.l
	v_lshlrev_b16 v0.l, 8, v75.l
	v_mov_b32_e32 v75, v229
	v_or_b16 v6.h, v72.l, v0.l
	v_lshlrev_b16 v0.l, 8, v70.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v5.h, v69.l, v0.l
	v_lshlrev_b16 v0.l, 8, v68.l
	v_or_b16 v5.l, v66.l, v0.l
	v_lshlrev_b16 v0.l, 8, v83.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	s_wait_loadcnt 0x0
	v_dual_mul_f32 v21, v32, v21 :: v_dual_mul_f32 v44, v32, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v8.h, v80.l, v0.l
	v_lshlrev_b16 v0.l, 8, v78.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v23, v32, v23 :: v_dual_mul_f32 v46, v32, v10
	v_dual_mul_f32 v45, v32, v9 :: v_dual_mul_f32 v48, v32, v12
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v7.h, v77.l, v0.l
	v_lshlrev_b16 v0.l, 8, v76.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v47, v32, v11 :: v_dual_mul_f32 v50, v32, v14
	v_mul_f32_e32 v49, v32, v13
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v8.l, v79.l, v0.h
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_4) | instid1(VALU_DEP_4)
	v_or_b16 v7.l, v74.l, v0.l
	v_lshlrev_b16 v0.l, 8, v90.l
	v_lshlrev_b16 v0.h, 8, v177.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v41, v32, v16 :: v_dual_mul_f32 v42, v32, v17
	v_dual_mul_f32 v43, v32, v18 :: v_dual_mul_f32 v20, v32, v20
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v10.h, v88.l, v0.l
	v_lshlrev_b16 v0.l, 8, v86.l
	v_or_b16 v10.l, v87.l, v0.h
	v_lshlrev_b16 v0.h, 8, v93.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_dual_mul_f32 v19, v32, v19 :: v_dual_mul_f32 v22, v32, v22
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v9.h, v85.l, v0.l
	v_lshlrev_b16 v0.l, 8, v84.l
	v_or_b16 v12.l, v92.l, v0.h
	v_lshlrev_b16 v0.h, 8, v98.l
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v32, v32, v15
	v_dual_mov_b32 v74, v228 :: v_dual_mov_b32 v77, v164
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_or_b16 v9.l, v82.l, v0.l
	v_lshlrev_b16 v0.l, 8, v181.l
	v_or_b16 v14.l, v183.l, v0.h
	v_lshlrev_b16 v0.h, 8, v102.l
	v_dual_mov_b32 v76, v163 :: v_dual_mov_b32 v79, v205
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_or_b16 v12.h, v180.l, v0.l
	v_lshlrev_b16 v0.l, 8, v91.l
	v_or_b16 v15.h, v185.l, v0.h
	v_mov_b32_e32 v78, v204
	v_dual_mov_b32 v88, v218 :: v_dual_mov_b32 v91, v199
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_4) | instid1(VALU_DEP_4)
	v_or_b16 v11.h, v179.l, v0.l
	v_lshlrev_b16 v0.l, 8, v178.l
	v_dual_mov_b32 v90, v198 :: v_dual_mov_b32 v93, v221
	v_mov_b32_e32 v92, v220
	v_mov_b32_e32 v84, v226
	v_or_b16 v11.l, v89.l, v0.l
	v_lshlrev_b16 v0.l, 8, v99.l
	v_mov_b32_e32 v85, v227
	v_mov_b32_e32 v89, v219
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v14.h, v97.l, v0.l
	v_lshlrev_b16 v0.l, 8, v182.l
	v_mov_b32_e32 v97, v225
	v_or_b16 v13.h, v96.l, v0.l
	v_lshlrev_b16 v0.l, 8, v95.l
	v_dual_mov_b32 v95, v223 :: v_dual_mov_b32 v96, v224
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b16 v13.l, v94.l, v0.l
	v_lshlrev_b16 v0.l, 8, v64.l
	v_mov_b32_e32 v94, v222
	v_or_b16 v16.h, v187.l, v0.l
	v_lshlrev_b16 v0.l, 8, v100.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v15.l, v184.l, v0.l
	v_lshlrev_b16 v0.l, 8, v186.l
	v_or_b16 v16.l, v101.l, v0.l
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	scratch_load_b32 v0, off, off offset:1212 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_add_co_u32 v17, vcc_lo, v0, s6
	scratch_load_b32 v0, off, off offset:1216 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v0, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v0, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1204
	scratch_load_b32 v18, off, off offset:1208
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0x2
	v_dual_fmac_f32 v159, v0, v24 :: v_dual_fmac_f32 v146, v0, v41
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v51, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1196
	scratch_load_b32 v18, off, off offset:1200
	scratch_load_b32 v0, off, off offset:1132
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0x3
	v_dual_fmac_f32 v162, v51, v25 :: v_dual_fmac_f32 v145, v51, v42
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x2
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v52, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1188
	scratch_load_b32 v18, off, off offset:1192
	v_mov_b32_e32 v25, v193
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0x2
	v_dual_fmac_f32 v161, v52, v26 :: v_dual_fmac_f32 v144, v52, v43
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v53, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1180
	scratch_load_b32 v18, off, off offset:1184
	v_mov_b32_e32 v26, v214
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v54, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1172
	scratch_load_b32 v18, off, off offset:1176
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	s_wait_loadcnt 0x2
	v_dual_fmac_f32 v143, v53, v19 :: v_dual_fmac_f32 v158, v54, v28
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v55, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1156
	scratch_load_b32 v18, off, off offset:1160
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v142, v54, v20
	v_mov_b32_e32 v28, v216
	v_dual_fmac_f32 v160, v53, v27 :: v_dual_mov_b32 v27, v215
	s_wait_loadcnt 0x2
	v_fmac_f32_e32 v141, v55, v21
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v56, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1140
	scratch_load_b32 v18, off, off offset:1144
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v157, v55, v29
	v_mov_b32_e32 v29, v217
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v17, v[17:18], off
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v156, v56, v30
	v_fmac_f32_e32 v140, v56, v22
	s_wait_loadcnt 0x0
	v_dual_mov_b32 v30, v196 :: v_dual_fmac_f32 v155, v17, v31
	v_fmac_f32_e32 v139, v17, v23
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	v_add_co_u32 v17, vcc_lo, v0, s6
	scratch_load_b32 v0, off, off offset:1136 ; 4-byte Folded Reload
	v_mov_b32_e32 v31, v197
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v0, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v0, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1124
	scratch_load_b32 v18, off, off offset:1128
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v19, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1116
	scratch_load_b32 v18, off, off offset:1120
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v154, v0, v33
	s_wait_loadcnt 0x2
	v_dual_fmac_f32 v138, v0, v44 :: v_dual_fmac_f32 v137, v19, v45
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v20, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1108
	scratch_load_b32 v18, off, off offset:1112
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v153, v19, v35
	v_mov_b32_e32 v19, v211
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v21, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1100
	scratch_load_b32 v18, off, off offset:1104
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v152, v20, v36
	v_fmac_f32_e32 v136, v20, v46
	s_wait_loadcnt 0x2
	v_dual_mov_b32 v20, v212 :: v_dual_fmac_f32 v151, v21, v37
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v22, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1092
	scratch_load_b32 v18, off, off offset:1096
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v135, v21, v47
	v_mov_b32_e32 v21, v213
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v23, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1084
	scratch_load_b32 v18, off, off offset:1088
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v150, v22, v38
	v_fmac_f32_e32 v134, v22, v48
	s_wait_loadcnt 0x2
	v_dual_mov_b32 v22, v194 :: v_dual_fmac_f32 v149, v23, v39
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v24, v[17:18], off
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v17, off, off offset:1076
	scratch_load_b32 v18, off, off offset:1080
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v133, v23, v49
	v_mov_b32_e32 v23, v195
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_wait_loadcnt 0x1
	v_add_co_u32 v17, vcc_lo, v17, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v18, null, s7, v18, vcc_lo
	s_mov_b32 s6, s43
	.loc	1 48 15 is_stmt 0               ; w8a8_gemm.py:48:15
	global_load_b32 v17, v[17:18], off
	.loc	1 50 9 is_stmt 1                ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v148, v24, v40
	v_fmac_f32_e32 v132, v24, v50
	v_mov_b32_e32 v18, v210
	v_mov_b32_e32 v24, v192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	s_barrier_signal -1
	.loc	1 50 9                          ; w8a8_gemm.py:50:9
	v_fmac_f32_e32 v147, v17, v34
	v_fmac_f32_e32 v131, v17, v32
	v_mov_b32_e32 v17, v209
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v0, off, off offset:1220 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[1:2] offset:8192
	scratch_load_b32 v0, off, off offset:1224 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[3:4] offset:8192
	scratch_load_b32 v0, off, off offset:1228 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[5:6] offset:8192
	scratch_load_b32 v0, off, off offset:1232 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[7:8] offset:8192
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1252
	scratch_load_b32 v1, off, off offset:1024 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1
	ds_store_b8 v0, v232 offset:2048
	scratch_load_b32 v1, off, off offset:112 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:4096
	scratch_load_b32 v1, off, off offset:176 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:6144
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1256
	scratch_load_b32 v1, off, off offset:120 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	ds_store_b8 v0, v121 offset:128
	ds_store_b8 v0, v233 offset:2176
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:4224
	scratch_load_b32 v1, off, off offset:184 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:6272
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1020 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1260
	s_wait_loadcnt 0x0
	ds_store_b8 v1, v0 offset:256
	ds_store_b8 v1, v230 offset:2304
	scratch_load_b32 v0, off, off offset:116 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v1, v0 offset:4352
	scratch_load_b32 v0, off, off offset:180 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v1, v0 offset:6400
	ds_store_b8 v165, v119 offset:384
	scratch_load_b32 v0, off, off offset:16 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v165, v0 offset:2432
	scratch_load_b32 v0, off, off offset:128 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v165, v0 offset:4480
	scratch_load_b32 v0, off, off offset:192 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v165, v0 offset:6528
	ds_store_b8 v166, v122 offset:512
	ds_store_b8 v166, v231 offset:2560
	scratch_load_b32 v0, off, off offset:124 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v166, v0 offset:4608
	scratch_load_b32 v0, off, off offset:188 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v166, v0 offset:6656
	ds_store_b8 v167, v123 offset:640
	scratch_load_b32 v0, off, off offset:32 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v167, v0 offset:2688
	scratch_load_b32 v0, off, off offset:136 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v167, v0 offset:4736
	scratch_load_b32 v0, off, off offset:200 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v167, v0 offset:6784
	ds_store_b8 v168, v120 offset:768
	scratch_load_b32 v0, off, off offset:24 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v168, v0 offset:2816
	scratch_load_b32 v0, off, off offset:132 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v168, v0 offset:4864
	scratch_load_b32 v0, off, off offset:196 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v168, v0 offset:6912
	ds_store_b8 v169, v127 offset:896
	scratch_load_b32 v0, off, off offset:48 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v169, v0 offset:2944
	scratch_load_b32 v0, off, off offset:144 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v169, v0 offset:4992
	scratch_load_b32 v0, off, off offset:208 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v169, v0 offset:7040
	ds_store_b8 v170, v124 offset:1024
	scratch_load_b32 v0, off, off offset:40 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v170, v0 offset:3072
	scratch_load_b32 v0, off, off offset:140 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v170, v0 offset:5120
	scratch_load_b32 v0, off, off offset:204 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v170, v0 offset:7168
	ds_store_b8 v171, v125 offset:1152
	scratch_load_b32 v0, off, off offset:64 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v171, v0 offset:3200
	scratch_load_b32 v0, off, off offset:152 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v171, v0 offset:5248
	ds_store_b8 v171, v235 offset:7296
	ds_store_b8 v172, v128 offset:1280
	scratch_load_b32 v0, off, off offset:56 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v172, v0 offset:3328
	scratch_load_b32 v0, off, off offset:148 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v172, v0 offset:5376
	ds_store_b8 v172, v234 offset:7424
	ds_store_b8 v255, v112 offset:1408
	scratch_load_b32 v0, off, off offset:80 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v255, v0 offset:3456
	scratch_load_b32 v0, off, off offset:160 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v255, v0 offset:5504
	ds_store_b8 v255, v237 offset:7552
	ds_store_b8 v173, v126 offset:1536
	scratch_load_b32 v0, off, off offset:72 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v173, v0 offset:3584
	scratch_load_b32 v0, off, off offset:156 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v173, v0 offset:5632
	ds_store_b8 v173, v236 offset:7680
	ds_store_b8 v174, v107 offset:1664
	scratch_load_b32 v0, off, off offset:96 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v174, v0 offset:3712
	scratch_load_b32 v0, off, off offset:168 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v174, v0 offset:5760
	ds_store_b8 v174, v239 offset:7808
	scratch_load_b32 v0, off, off offset:88 th:TH_LOAD_LU ; 4-byte Folded Reload
	ds_store_b8 v175, v111 offset:1792
	s_wait_loadcnt 0x0
	ds_store_b8 v175, v0 offset:3840
	scratch_load_b32 v0, off, off offset:164 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v175, v0 offset:5888
	ds_store_b8 v175, v238 offset:7936
	ds_store_b8 v176, v110 offset:1920
	scratch_load_b32 v0, off, off offset:104 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v176, v0 offset:3968
	scratch_load_b32 v0, off, off offset:172 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v176, v0 offset:6016
	ds_store_b8 v176, v240 offset:8064
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	scratch_load_b32 v0, off, off offset:1236 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[9:10] offset:8192
	s_clause 0x10                           ; 128-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1240
	scratch_load_b32 v242, off, off offset:1264
	scratch_load_b64 v[243:244], off, off offset:868
	scratch_load_b64 v[245:246], off, off offset:972
	scratch_load_b64 v[111:112], off, off offset:964
	scratch_load_b64 v[108:109], off, off offset:860
	scratch_load_b64 v[113:114], off, off offset:852
	scratch_load_b64 v[247:248], off, off offset:884
	scratch_load_b64 v[249:250], off, off offset:988
	scratch_load_b64 v[119:120], off, off offset:980
	scratch_load_b64 v[121:122], off, off offset:876
	scratch_load_b64 v[251:252], off, off offset:996
	scratch_load_b64 v[123:124], off, off offset:892
	scratch_load_b64 v[253:254], off, off offset:1012
	scratch_load_b64 v[125:126], off, off offset:1004
	scratch_load_b64 v[127:128], off, off offset:900
	scratch_load_b64 v[8:9], off, off offset:908
	v_mov_b32_e32 v10, v206
	s_wait_loadcnt 0x10
	ds_store_b64 v0, v[11:12] offset:8192
	scratch_load_b32 v0, off, off offset:1244 ; 4-byte Folded Reload
	v_dual_mov_b32 v12, v117 :: v_dual_mov_b32 v11, v207
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[13:14] offset:8192
	scratch_load_b32 v0, off, off offset:1248 ; 4-byte Folded Reload
	v_dual_mov_b32 v13, v118 :: v_dual_mov_b32 v14, v115
	s_wait_loadcnt 0x0
	ds_store_b64 v0, v[15:16] offset:8192
	v_mov_b32_e32 v15, v116
	s_clause 0xa                            ; 88-byte Folded Reload
	scratch_load_b64 v[80:81], off, off offset:1036
	scratch_load_b64 v[82:83], off, off offset:1028
	scratch_load_b64 v[72:73], off, off offset:916
	scratch_load_b64 v[115:116], off, off offset:212
	scratch_load_b64 v[117:118], off, off offset:220
	scratch_load_b64 v[163:164], off, off offset:228
	scratch_load_b64 v[195:196], off, off offset:924
	scratch_load_b64 v[66:67], off, off offset:932
	scratch_load_b64 v[68:69], off, off offset:940
	scratch_load_b64 v[70:71], off, off offset:948
	scratch_load_b64 v[204:205], off, off offset:956
	v_mov_b32_e32 v16, v208
	.loc	1 42 5                          ; w8a8_gemm.py:42:5
	s_cbranch_scc0 .LBB0_518
.LBB0_262:                              ; =>This Inner Loop Header: Depth=1
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s43, s6, 1
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	v_add_co_u32 v243, vcc_lo, 0x80, v243
	.loc	1 43 27                         ; w8a8_gemm.py:43:27
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b32 s3, s43, 7
	.loc	1 51 9                          ; w8a8_gemm.py:51:9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v244, null, 0, v244, vcc_lo
	.loc	1 43 23                         ; w8a8_gemm.py:43:23
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s7, s22, s3
	v_mov_b32_e32 v64, 0
	.loc	1 44 34                         ; w8a8_gemm.py:44:34
	s_wait_alu depctr_sa_sdst(0)
	v_cmp_gt_i32_e32 vcc_lo, s7, v242
	.loc	1 44 13 is_stmt 0               ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_264
; %bb.263:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v64, v[243:244], off
.LBB0_264:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v245, s3, 0x80, v245
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v246, null, 0, v246, s3
	v_dual_mov_b32 v65, 0 :: v_dual_mov_b32 v106, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_mov_b32 s3, exec_lo
	s_clause 0x15                           ; 176-byte Folded Reload
	scratch_load_b64 v[86:87], off, off offset:700
	scratch_load_b64 v[98:99], off, off offset:708
	scratch_load_b64 v[100:101], off, off offset:716
	scratch_load_b64 v[102:103], off, off offset:724
	scratch_load_b64 v[104:105], off, off offset:732
	scratch_load_b64 v[177:178], off, off offset:740
	scratch_load_b64 v[179:180], off, off offset:748
	scratch_load_b64 v[181:182], off, off offset:756
	scratch_load_b64 v[183:184], off, off offset:764
	scratch_load_b64 v[185:186], off, off offset:772
	scratch_load_b64 v[187:188], off, off offset:780
	scratch_load_b64 v[189:190], off, off offset:788
	scratch_load_b64 v[191:192], off, off offset:796
	scratch_load_b64 v[198:199], off, off offset:804
	scratch_load_b64 v[193:194], off, off offset:812
	scratch_load_b64 v[214:215], off, off offset:236
	scratch_load_b64 v[218:219], off, off offset:244
	scratch_load_b64 v[220:221], off, off offset:252
	scratch_load_b64 v[222:223], off, off offset:260
	scratch_load_b64 v[224:225], off, off offset:292
	scratch_load_b64 v[212:213], off, off offset:316
	scratch_load_b64 v[226:227], off, off offset:356
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s48, s3, vcc_lo
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mov_b32 exec_lo, s48
	s_cbranch_execz .LBB0_266
; %bb.265:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v106, v[245:246], off
.LBB0_266:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v111, s3, 0x80, v111
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v112, null, 0, v112, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_268
; %bb.267:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v65, v[111:112], off
.LBB0_268:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v108, s3, 0x80, v108
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v109, null, 0, v109, s3
	v_dual_mov_b32 v197, 0 :: v_dual_mov_b32 v206, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_270
; %bb.269:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v206, v[108:109], off
.LBB0_270:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v113, s3, 0x80, v113
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v114, null, 0, v114, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_272
; %bb.271:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v197, v[113:114], off
.LBB0_272:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v247, s3, 0x80, v247
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v248, null, 0, v248, s3
	v_dual_mov_b32 v207, 0 :: v_dual_mov_b32 v208, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_274
; %bb.273:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v208, v[247:248], off
.LBB0_274:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v249, s3, 0x80, v249
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v250, null, 0, v250, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_276
; %bb.275:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v207, v[249:250], off
.LBB0_276:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v119, s3, 0x80, v119
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, 0, v120, s3
	v_dual_mov_b32 v209, 0 :: v_dual_mov_b32 v210, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_278
; %bb.277:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v210, v[119:120], off
.LBB0_278:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v121, s3, 0x80, v121
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, 0, v122, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_280
; %bb.279:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v209, v[121:122], off
.LBB0_280:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v251, s3, 0x80, v251
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v252, null, 0, v252, s3
	v_dual_mov_b32 v211, 0 :: v_dual_mov_b32 v216, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_282
; %bb.281:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v216, v[251:252], off
.LBB0_282:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v123, s3, 0x80, v123
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v124, null, 0, v124, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_284
; %bb.283:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v211, v[123:124], off
.LBB0_284:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v253, s3, 0x80, v253
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v254, null, 0, v254, s3
	v_dual_mov_b32 v217, 0 :: v_dual_mov_b32 v228, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_286
; %bb.285:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v228, v[253:254], off
.LBB0_286:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v125, s3, 0x80, v125
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v126, null, 0, v126, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_288
; %bb.287:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v217, v[125:126], off
.LBB0_288:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v127, s3, 0x80, v127
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v128, null, 0, v128, s3
	v_mov_b32_e32 v229, 0
	v_mov_b32_e32 v107, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_290
; %bb.289:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v107, v[127:128], off
.LBB0_290:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v129, s3, 0x80, v129
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, 0, v130, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_292
; %bb.291:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v229, v[129:130], off
.LBB0_292:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v200, s3, 0x80, v200
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v201, null, 0, v201, s3
	v_mov_b32_e32 v232, 0
	v_mov_b32_e32 v110, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_294
; %bb.293:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v110, v[200:201], off
.LBB0_294:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v202, s3, 0x80, v202
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v203, null, 0, v203, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_296
; %bb.295:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v232, v[202:203], off
.LBB0_296:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v8, s3, 0x80, v8
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, 0, v9, s3
	v_dual_mov_b32 v230, 0 :: v_dual_mov_b32 v233, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_298
; %bb.297:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v233, v[8:9], off
.LBB0_298:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v10, s3, 0x80, v10
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v11, null, 0, v11, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_300
; %bb.299:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v230, v[10:11], off
.LBB0_300:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v12, s3, 0x80, v12
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v13, null, 0, v13, s3
	v_dual_mov_b32 v231, 0 :: v_dual_mov_b32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:16 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_302
; %bb.301:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[12:13], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:16 ; 4-byte Folded Spill
.LBB0_302:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v14, s3, 0x80, v14
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, 0, v15, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_304
; %bb.303:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v231, v[14:15], off
.LBB0_304:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v16, s3, 0x80, v16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v17, null, 0, v17, s3
	scratch_store_b32 off, v0, off offset:24 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:32 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_306
; %bb.305:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[16:17], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:32 ; 4-byte Folded Spill
.LBB0_306:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v18, s3, 0x80, v18
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v19, null, 0, v19, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_308
; %bb.307:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[18:19], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:24 ; 4-byte Folded Spill
.LBB0_308:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v20, s3, 0x80, v20
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v21, null, 0, v21, s3
	scratch_store_b32 off, v0, off offset:40 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:48 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_310
; %bb.309:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[20:21], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:48 ; 4-byte Folded Spill
.LBB0_310:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v22, s3, 0x80, v22
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v23, null, 0, v23, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_312
; %bb.311:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[22:23], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:40 ; 4-byte Folded Spill
.LBB0_312:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v24, s3, 0x80, v24
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v25, null, 0, v25, s3
	scratch_store_b32 off, v0, off offset:56 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:64 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_314
; %bb.313:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[24:25], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:64 ; 4-byte Folded Spill
.LBB0_314:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v26, s3, 0x80, v26
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v27, null, 0, v27, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_316
; %bb.315:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[26:27], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:56 ; 4-byte Folded Spill
.LBB0_316:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v28, s3, 0x80, v28
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v29, null, 0, v29, s3
	scratch_store_b32 off, v0, off offset:72 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:80 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_318
; %bb.317:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[28:29], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:80 ; 4-byte Folded Spill
.LBB0_318:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v30, s3, 0x80, v30
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v31, null, 0, v31, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_320
; %bb.319:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[30:31], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:72 ; 4-byte Folded Spill
.LBB0_320:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v88, s3, 0x80, v88
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v89, null, 0, v89, s3
	scratch_store_b32 off, v0, off offset:88 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:96 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_322
; %bb.321:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[88:89], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:96 ; 4-byte Folded Spill
.LBB0_322:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v90, s3, 0x80, v90
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v91, null, 0, v91, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_324
; %bb.323:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[90:91], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:88 ; 4-byte Folded Spill
.LBB0_324:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v92, s3, 0x80, v92
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v93, null, 0, v93, s3
	scratch_store_b32 off, v0, off offset:112 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:104 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_326
; %bb.325:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[92:93], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:104 ; 4-byte Folded Spill
.LBB0_326:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v94, s3, 0x80, v94
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v95, null, 0, v95, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_328
; %bb.327:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[94:95], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:112 ; 4-byte Folded Spill
.LBB0_328:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v96, s3, 0x80, v96
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, 0, v97, s3
	scratch_store_b32 off, v0, off offset:116 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:120 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_330
; %bb.329:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[96:97], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:120 ; 4-byte Folded Spill
.LBB0_330:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x15
	v_add_co_u32 v86, s3, 0x80, v86
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v87, null, 0, v87, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_332
; %bb.331:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[86:87], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:116 ; 4-byte Folded Spill
.LBB0_332:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x14
	v_add_co_u32 v98, s3, 0x80, v98
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v99, null, 0, v99, s3
	scratch_store_b32 off, v0, off offset:124 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:128 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_334
; %bb.333:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[98:99], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:128 ; 4-byte Folded Spill
.LBB0_334:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x13
	v_add_co_u32 v100, s3, 0x80, v100
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v101, null, 0, v101, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_336
; %bb.335:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[100:101], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:124 ; 4-byte Folded Spill
.LBB0_336:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x12
	v_add_co_u32 v102, s3, 0x80, v102
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v103, null, 0, v103, s3
	scratch_store_b32 off, v0, off offset:132 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:136 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_338
; %bb.337:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[102:103], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:136 ; 4-byte Folded Spill
.LBB0_338:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x11
	v_add_co_u32 v104, s3, 0x80, v104
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v105, null, 0, v105, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_340
; %bb.339:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[104:105], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:132 ; 4-byte Folded Spill
.LBB0_340:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x10
	v_add_co_u32 v177, s3, 0x80, v177
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v178, null, 0, v178, s3
	scratch_store_b32 off, v0, off offset:140 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:144 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_342
; %bb.341:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[177:178], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:144 ; 4-byte Folded Spill
.LBB0_342:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0xf
	v_add_co_u32 v179, s3, 0x80, v179
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v180, null, 0, v180, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_344
; %bb.343:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[179:180], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:140 ; 4-byte Folded Spill
.LBB0_344:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0xe
	v_add_co_u32 v181, s3, 0x80, v181
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v182, null, 0, v182, s3
	scratch_store_b32 off, v0, off offset:148 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:152 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_346
; %bb.345:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[181:182], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:152 ; 4-byte Folded Spill
.LBB0_346:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0xd
	v_add_co_u32 v183, s3, 0x80, v183
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v184, null, 0, v184, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_348
; %bb.347:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[183:184], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:148 ; 4-byte Folded Spill
.LBB0_348:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0xc
	v_add_co_u32 v185, s3, 0x80, v185
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v186, null, 0, v186, s3
	scratch_store_b32 off, v0, off offset:156 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:160 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_350
; %bb.349:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[185:186], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:160 ; 4-byte Folded Spill
.LBB0_350:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0xb
	v_add_co_u32 v187, s3, 0x80, v187
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v188, null, 0, v188, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_352
; %bb.351:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[187:188], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:156 ; 4-byte Folded Spill
.LBB0_352:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0xa
	v_add_co_u32 v189, s3, 0x80, v189
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v190, null, 0, v190, s3
	scratch_store_b32 off, v0, off offset:164 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:168 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_354
; %bb.353:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[189:190], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:168 ; 4-byte Folded Spill
.LBB0_354:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x9
	v_add_co_u32 v191, s3, 0x80, v191
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v192, null, 0, v192, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_356
; %bb.355:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[191:192], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:164 ; 4-byte Folded Spill
.LBB0_356:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x8
	v_add_co_u32 v198, s3, 0x80, v198
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v199, null, 0, v199, s3
	scratch_store_b32 off, v0, off offset:176 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:172 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_358
; %bb.357:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[198:199], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:172 ; 4-byte Folded Spill
.LBB0_358:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v84, s3, 0x80, v84
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v85, null, 0, v85, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_360
; %bb.359:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[84:85], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:176 ; 4-byte Folded Spill
.LBB0_360:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x7
	v_add_co_u32 v193, s3, 0x80, v193
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v194, null, 0, v194, s3
	scratch_store_b32 off, v0, off offset:180 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:184 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_362
; %bb.361:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[193:194], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:184 ; 4-byte Folded Spill
.LBB0_362:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v74, s3, 0x80, v74
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v75, null, 0, v75, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_364
; %bb.363:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[74:75], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:180 ; 4-byte Folded Spill
.LBB0_364:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v76, s3, 0x80, v76
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v77, null, 0, v77, s3
	scratch_store_b32 off, v0, off offset:188 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:192 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_366
; %bb.365:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[76:77], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:192 ; 4-byte Folded Spill
.LBB0_366:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v78, s3, 0x80, v78
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v79, null, 0, v79, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_368
; %bb.367:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[78:79], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:188 ; 4-byte Folded Spill
.LBB0_368:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v80, s3, 0x80, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, 0, v81, s3
	scratch_store_b32 off, v0, off offset:196 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:200 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_370
; %bb.369:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[80:81], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:200 ; 4-byte Folded Spill
.LBB0_370:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v82, s3, 0x80, v82
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v83, null, 0, v83, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_372
; %bb.371:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[82:83], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:196 ; 4-byte Folded Spill
.LBB0_372:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	v_mov_b32_e32 v0, 0
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v72, s3, 0x80, v72
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, 0, v73, s3
	scratch_store_b32 off, v0, off offset:204 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	scratch_store_b32 off, v0, off offset:208 ; 4-byte Folded Spill
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_374
; %bb.373:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[72:73], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:208 ; 4-byte Folded Spill
.LBB0_374:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v115, s3, 0x80, v115
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v116, null, 0, v116, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_376
; %bb.375:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v0, v[115:116], off
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v0, off offset:204 ; 4-byte Folded Spill
.LBB0_376:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v117, s3, 0x80, v117
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v118, null, 0, v118, s3
	v_dual_mov_b32 v234, 0 :: v_dual_mov_b32 v235, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_378
; %bb.377:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v235, v[117:118], off
.LBB0_378:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v163, s3, 0x80, v163
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v164, null, 0, v164, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_380
; %bb.379:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v234, v[163:164], off
.LBB0_380:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	v_add_co_u32 v195, s3, 0x80, v195
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v196, null, 0, v196, s3
	v_dual_mov_b32 v236, 0 :: v_dual_mov_b32 v237, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_382
; %bb.381:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v237, v[195:196], off
.LBB0_382:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x6
	v_add_co_u32 v214, s3, 0x80, v214
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v215, null, 0, v215, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_384
; %bb.383:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v236, v[214:215], off
.LBB0_384:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x5
	v_add_co_u32 v218, s3, 0x80, v218
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v219, null, 0, v219, s3
	v_dual_mov_b32 v238, 0 :: v_dual_mov_b32 v239, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_386
; %bb.385:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v239, v[218:219], off
.LBB0_386:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x4
	v_add_co_u32 v220, s3, 0x80, v220
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v221, null, 0, v221, s3
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_388
; %bb.387:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v238, v[220:221], off
.LBB0_388:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 51 9 is_stmt 1                ; w8a8_gemm.py:51:9
	s_wait_loadcnt 0x3
	v_add_co_u32 v222, s3, 0x80, v222
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v223, null, 0, v223, s3
	v_dual_mov_b32 v241, 0 :: v_dual_mov_b32 v240, 0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_390
; %bb.389:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v240, v[222:223], off
.LBB0_390:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_clause 0x2                            ; 24-byte Folded Spill
	scratch_store_b64 off, v[113:114], off offset:852
	scratch_store_b64 off, v[108:109], off offset:860
	scratch_store_b64 off, v[243:244], off offset:868
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_clause 0x7                            ; 32-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1044
	scratch_load_b32 v1, off, off offset:1048
	scratch_load_b32 v2, off, off offset:1052
	scratch_load_b32 v3, off, off offset:1056
	scratch_load_b32 v4, off, off offset:1060
	scratch_load_b32 v5, off, off offset:1064
	scratch_load_b32 v6, off, off offset:1068
	scratch_load_b32 v7, off, off offset:1072
	.loc	1 45 34 is_stmt 1               ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s12, s7
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier_wait -1
	s_wait_loadcnt 0x0
	global_inv scope:SCOPE_SE
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v1, 0, v1
	v_add_nc_u32_e32 v2, 0, v2
	v_add_nc_u32_e32 v3, 0, v3
	v_add_nc_u32_e32 v4, 0, v4
	v_add_nc_u32_e32 v5, 0, v5
	v_add_nc_u32_e32 v6, 0, v6
	v_add_nc_u32_e32 v7, 0, v7
	ds_load_2addr_stride64_b64 v[60:63], v0 offset1:8
	ds_load_2addr_stride64_b64 v[56:59], v1 offset1:8
	ds_load_2addr_stride64_b64 v[52:55], v2 offset1:8
	ds_load_2addr_stride64_b64 v[48:51], v3 offset1:8
	ds_load_2addr_stride64_b64 v[44:47], v4 offset1:8
	ds_load_2addr_stride64_b64 v[40:43], v5 offset1:8
	ds_load_2addr_stride64_b64 v[36:39], v6 offset1:8
	ds_load_2addr_stride64_b64 v[32:35], v7 offset1:8
	scratch_load_b64 v[0:1], off, off offset:268 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, vcc_lo, v0, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s65, v1, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_392
; %bb.391:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v241, v[0:1], off
.LBB0_392:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_load_b64 v[2:3], off, off offset:276 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v243, 0 :: v_dual_mov_b32 v242, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s11, s7
	scratch_store_b64 off, v[111:112], off offset:964 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v2, vcc_lo, v2, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v3, null, s65, v3, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_394
; %bb.393:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v242, v[2:3], off
.LBB0_394:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x1                            ; 16-byte Folded Spill
	scratch_store_b64 off, v[2:3], off offset:276
	scratch_store_b64 off, v[245:246], off offset:972
	scratch_load_b64 v[2:3], off, off offset:284 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s13, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v2, vcc_lo, v2, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v3, null, s65, v3, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_396
; %bb.395:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v243, v[2:3], off
.LBB0_396:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v224, vcc_lo, v224, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v225, null, s65, v225, vcc_lo
	v_dual_mov_b32 v245, 0 :: v_dual_mov_b32 v244, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s14, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_398
; %bb.397:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v244, v[224:225], off
.LBB0_398:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_load_b64 v[4:5], off, off offset:300 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s15, s7
	s_clause 0x1                            ; 16-byte Folded Spill
	scratch_store_b64 off, v[121:122], off offset:876
	scratch_store_b64 off, v[247:248], off offset:884
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v4, vcc_lo, v4, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v5, null, s65, v5, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_400
; %bb.399:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v245, v[4:5], off
.LBB0_400:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x1                            ; 16-byte Folded Spill
	scratch_store_b64 off, v[4:5], off offset:300
	scratch_store_b64 off, v[119:120], off offset:980
	scratch_load_b64 v[4:5], off, off offset:308 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v246, 0 :: v_dual_mov_b32 v247, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s16, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v4, vcc_lo, v4, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v5, null, s65, v5, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_402
; %bb.401:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v247, v[4:5], off
.LBB0_402:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v212, vcc_lo, v212, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v213, null, s65, v213, vcc_lo
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s17, s7
	scratch_store_b64 off, v[249:250], off offset:988 ; 8-byte Folded Spill
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_404
; %bb.403:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v246, v[212:213], off
.LBB0_404:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_load_b64 v[6:7], off, off offset:324 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v248, 0 :: v_dual_mov_b32 v249, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s23, s7
	scratch_store_b64 off, v[123:124], off offset:892 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v6, vcc_lo, v6, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v7, null, s65, v7, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_406
; %bb.405:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v249, v[6:7], off
.LBB0_406:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x4                            ; 32-byte Folded Spill
	scratch_store_b32 off, v65, off offset:1020
	scratch_store_b32 off, v64, off offset:1024
	scratch_store_b64 off, v[6:7], off offset:324
	scratch_store_b64 off, v[127:128], off offset:900
	scratch_store_b64 off, v[251:252], off offset:996
	scratch_load_b64 v[6:7], off, off offset:332 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s24, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v6, vcc_lo, v6, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v7, null, s65, v7, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_408
; %bb.407:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v248, v[6:7], off
.LBB0_408:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_load_b64 v[64:65], off, off offset:340 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v251, 0 :: v_dual_mov_b32 v250, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s25, s7
	scratch_store_b64 off, v[125:126], off offset:1004 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v64, vcc_lo, v64, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v65, null, s65, v65, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_410
; %bb.409:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v250, v[64:65], off
.LBB0_410:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x1                            ; 16-byte Folded Spill
	scratch_store_b64 off, v[64:65], off offset:340
	scratch_store_b64 off, v[253:254], off offset:1012
	scratch_load_b64 v[64:65], off, off offset:348 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s26, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v64, vcc_lo, v64, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v65, null, s65, v65, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_412
; %bb.411:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v251, v[64:65], off
.LBB0_412:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v226, vcc_lo, v226, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v227, null, s65, v227, vcc_lo
	v_dual_mov_b32 v253, 0 :: v_dual_mov_b32 v252, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s27, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_414
; %bb.413:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v252, v[226:227], off
.LBB0_414:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[64:65], off offset:348 ; 8-byte Folded Spill
	scratch_load_b64 v[64:65], off, off offset:364 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s28, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v64, vcc_lo, v64, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v65, null, s65, v65, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_416
; %bb.415:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v253, v[64:65], off
.LBB0_416:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v66, vcc_lo, v66, s9
	scratch_store_b64 off, v[64:65], off offset:364 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v67, null, s65, v67, vcc_lo
	v_dual_mov_b32 v254, 0 :: v_dual_mov_b32 v65, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s29, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_418
; %bb.417:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v65, v[66:67], off
.LBB0_418:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[66:67], off offset:932 ; 8-byte Folded Spill
	scratch_load_b64 v[66:67], off, off offset:372 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s30, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v66, vcc_lo, v66, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v67, null, s65, v67, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_420
; %bb.419:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v254, v[66:67], off
.LBB0_420:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v68, vcc_lo, v68, s9
	scratch_store_b64 off, v[66:67], off offset:372 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v69, null, s65, v69, vcc_lo
	v_dual_mov_b32 v66, 0 :: v_dual_mov_b32 v67, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s31, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_422
; %bb.421:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v67, v[68:69], off
.LBB0_422:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[68:69], off offset:940 ; 8-byte Folded Spill
	scratch_load_b64 v[68:69], off, off offset:380 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s33, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v68, vcc_lo, v68, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v69, null, s65, v69, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_424
; %bb.423:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v66, v[68:69], off
.LBB0_424:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v70, vcc_lo, v70, s9
	scratch_store_b64 off, v[68:69], off offset:380 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v71, null, s65, v71, vcc_lo
	v_dual_mov_b32 v69, 0 :: v_dual_mov_b32 v68, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s34, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_426
; %bb.425:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v68, v[70:71], off
.LBB0_426:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[70:71], off offset:948 ; 8-byte Folded Spill
	scratch_load_b64 v[70:71], off, off offset:388 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s35, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v70, vcc_lo, v70, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v71, null, s65, v71, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_428
; %bb.427:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v69, v[70:71], off
.LBB0_428:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v204, vcc_lo, v204, s9
	scratch_store_b64 off, v[70:71], off offset:388 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v205, null, s65, v205, vcc_lo
	v_dual_mov_b32 v71, 0 :: v_dual_mov_b32 v70, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s36, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_430
; %bb.429:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v70, v[204:205], off
.LBB0_430:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[8:9], off offset:908 ; 8-byte Folded Spill
	scratch_load_b64 v[8:9], off, off offset:396 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s38, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v8, vcc_lo, v8, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v9, null, s65, v9, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_432
; %bb.431:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v71, v[8:9], off
.LBB0_432:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x4                            ; 40-byte Folded Spill
	scratch_store_b64 off, v[204:205], off offset:956
	scratch_store_b64 off, v[163:164], off offset:228
	scratch_store_b64 off, v[117:118], off offset:220
	scratch_store_b64 off, v[115:116], off offset:212
	scratch_store_b64 off, v[72:73], off offset:916
	scratch_load_b64 v[115:116], off, off offset:404 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v111, v229 :: v_dual_mov_b32 v112, v228
	v_dual_mov_b32 v120, v207 :: v_dual_mov_b32 v119, v206
	v_dual_mov_b32 v72, 0 :: v_dual_mov_b32 v73, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s39, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v115, vcc_lo, v115, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v116, null, s65, v116, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_434
; %bb.433:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v73, v[115:116], off
.LBB0_434:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v228, v74 :: v_dual_mov_b32 v207, v11
	v_mov_b32_e32 v206, v10
	scratch_load_b64 v[10:11], off, off offset:820 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v122, v197 :: v_dual_mov_b32 v205, v79
	v_dual_mov_b32 v204, v78 :: v_dual_mov_b32 v163, v76
	v_dual_mov_b32 v164, v77 :: v_dual_mov_b32 v229, v75
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s40, s7
	s_clause 0x2                            ; 24-byte Folded Spill
	scratch_store_b64 off, v[195:196], off offset:924
	scratch_store_b64 off, v[82:83], off offset:1028
	scratch_store_b64 off, v[80:81], off offset:1036
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v10, vcc_lo, v10, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v11, null, s65, v11, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_436
; %bb.435:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v72, v[10:11], off
.LBB0_436:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[10:11], off offset:820 ; 8-byte Folded Spill
	s_clause 0x1                            ; 16-byte Folded Reload
	scratch_load_b64 v[10:11], off, off offset:412 th:TH_LOAD_LU
	scratch_load_b64 v[82:83], off, off offset:460
	v_dual_mov_b32 v197, v31 :: v_dual_mov_b32 v196, v30
	v_dual_mov_b32 v74, 0 :: v_dual_mov_b32 v75, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s41, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x1
	v_add_co_u32 v10, vcc_lo, v10, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v11, null, s65, v11, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_438
; %bb.437:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v75, v[10:11], off
.LBB0_438:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v118, v13 :: v_dual_mov_b32 v117, v12
	s_clause 0x1                            ; 16-byte Folded Reload
	scratch_load_b64 v[12:13], off, off offset:420 th:TH_LOAD_LU
	scratch_load_b64 v[30:31], off, off offset:444
	v_dual_mov_b32 v126, v217 :: v_dual_mov_b32 v125, v216
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s42, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x1
	v_add_co_u32 v12, vcc_lo, v12, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v13, null, s65, v13, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_440
; %bb.439:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v74, v[12:13], off
.LBB0_440:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v217, v29 :: v_dual_mov_b32 v216, v28
	scratch_load_b64 v[28:29], off, off offset:428 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v77, 0 :: v_dual_mov_b32 v76, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s44, s7
	scratch_store_b64 off, v[115:116], off offset:404 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v28, vcc_lo, v28, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v29, null, s65, v29, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_442
; %bb.441:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v76, v[28:29], off
.LBB0_442:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v116, v15 :: v_dual_mov_b32 v115, v14
	scratch_load_b64 v[14:15], off, off offset:436 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s45, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v14, vcc_lo, v14, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v15, null, s65, v15, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_444
; %bb.443:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v77, v[14:15], off
.LBB0_444:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v30, vcc_lo, v30, s9
	v_dual_mov_b32 v124, v209 :: v_dual_mov_b32 v123, v208
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v31, null, s65, v31, vcc_lo
	v_dual_mov_b32 v79, 0 :: v_dual_mov_b32 v78, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s46, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_446
; %bb.445:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v78, v[30:31], off
.LBB0_446:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v209, v17 :: v_dual_mov_b32 v208, v16
	scratch_load_b64 v[16:17], off, off offset:452 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s47, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v16, vcc_lo, v16, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v17, null, s65, v17, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_448
; %bb.447:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v79, v[16:17], off
.LBB0_448:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v82, vcc_lo, v82, s9
	v_dual_mov_b32 v128, v211 :: v_dual_mov_b32 v127, v210
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v83, null, s65, v83, vcc_lo
	v_dual_mov_b32 v80, 0 :: v_dual_mov_b32 v81, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s49, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_450
; %bb.449:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v81, v[82:83], off
.LBB0_450:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v211, v19 :: v_dual_mov_b32 v210, v18
	scratch_load_b64 v[18:19], off, off offset:468 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s50, s7
	scratch_store_b64 off, v[82:83], off offset:460 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v18, vcc_lo, v18, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v19, null, s65, v19, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_452
; %bb.451:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v80, v[18:19], off
.LBB0_452:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_load_b64 v[82:83], off, off th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s51, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v82, vcc_lo, v82, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v83, null, s65, v83, vcc_lo
	scratch_store_b64 off, v[82:83], off    ; 8-byte Folded Spill
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v83, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_454
; %bb.453:                              ;   in Loop: Header=BB0_262 Depth=1
	scratch_load_b64 v[108:109], off, off   ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v83, v[108:109], off
.LBB0_454:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x2                            ; 24-byte Folded Spill
	scratch_store_b64 off, v[226:227], off offset:356
	scratch_store_b64 off, v[212:213], off offset:316
	scratch_store_b64 off, v[193:194], off offset:812
	v_dual_mov_b32 v213, v21 :: v_dual_mov_b32 v212, v20
	scratch_load_b64 v[20:21], off, off offset:828 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s52, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v20, vcc_lo, v20, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v21, null, s65, v21, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_456
; %bb.455:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v82, v[20:21], off
.LBB0_456:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[20:21], off offset:828 ; 8-byte Folded Spill
	scratch_load_b64 v[20:21], off, off offset:476 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v227, v85 :: v_dual_mov_b32 v226, v84
	v_dual_mov_b32 v85, 0 :: v_dual_mov_b32 v84, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s53, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v20, vcc_lo, v20, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v21, null, s65, v21, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_458
; %bb.457:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v84, v[20:21], off
.LBB0_458:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v195, v23 :: v_dual_mov_b32 v194, v22
	scratch_load_b64 v[22:23], off, off offset:484 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s54, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v22, vcc_lo, v22, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v23, null, s65, v23, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_460
; %bb.459:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v85, v[22:23], off
.LBB0_460:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x12                           ; 152-byte Folded Spill
	scratch_store_b64 off, v[224:225], off offset:292
	scratch_store_b64 off, v[222:223], off offset:260
	scratch_store_b64 off, v[220:221], off offset:252
	scratch_store_b64 off, v[218:219], off offset:244
	scratch_store_b64 off, v[214:215], off offset:236
	scratch_store_b64 off, v[198:199], off offset:804
	scratch_store_b64 off, v[191:192], off offset:796
	scratch_store_b64 off, v[189:190], off offset:788
	scratch_store_b64 off, v[187:188], off offset:780
	scratch_store_b64 off, v[185:186], off offset:772
	scratch_store_b64 off, v[183:184], off offset:764
	scratch_store_b64 off, v[181:182], off offset:756
	scratch_store_b64 off, v[179:180], off offset:748
	scratch_store_b64 off, v[177:178], off offset:740
	scratch_store_b64 off, v[104:105], off offset:732
	scratch_store_b64 off, v[102:103], off offset:724
	scratch_store_b64 off, v[100:101], off offset:716
	scratch_store_b64 off, v[98:99], off offset:708
	scratch_store_b64 off, v[86:87], off offset:700
	scratch_load_b64 v[98:99], off, off offset:836 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v121, v106 :: v_dual_mov_b32 v86, 0
	v_mov_b32_e32 v87, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s55, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v98, vcc_lo, v98, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v99, null, s65, v99, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_462
; %bb.461:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v86, v[98:99], off
.LBB0_462:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v193, v25 :: v_dual_mov_b32 v192, v24
	s_clause 0x7                            ; 64-byte Folded Reload
	scratch_load_b64 v[24:25], off, off offset:492 th:TH_LOAD_LU
	scratch_load_b64 v[101:102], off, off offset:572
	scratch_load_b64 v[103:104], off, off offset:580
	scratch_load_b64 v[105:106], off, off offset:596
	scratch_load_b64 v[108:109], off, off offset:604
	scratch_load_b64 v[184:185], off, off offset:628
	scratch_load_b64 v[188:189], off, off offset:676
	scratch_load_b64 v[190:191], off, off offset:692
	v_dual_mov_b32 v225, v97 :: v_dual_mov_b32 v224, v96
	v_dual_mov_b32 v223, v95 :: v_dual_mov_b32 v222, v94
	v_dual_mov_b32 v221, v93 :: v_dual_mov_b32 v220, v92
	v_dual_mov_b32 v199, v91 :: v_dual_mov_b32 v198, v90
	v_dual_mov_b32 v219, v89 :: v_dual_mov_b32 v218, v88
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s56, s7
	scratch_store_b64 off, v[98:99], off offset:836 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x7
	v_add_co_u32 v24, vcc_lo, v24, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v25, null, s65, v25, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_464
; %bb.463:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v87, v[24:25], off
.LBB0_464:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x5                            ; 48-byte Folded Reload
	scratch_load_b64 v[89:90], off, off offset:500 th:TH_LOAD_LU
	scratch_load_b64 v[91:92], off, off offset:516
	scratch_load_b64 v[93:94], off, off offset:524
	scratch_load_b64 v[95:96], off, off offset:532
	scratch_load_b64 v[97:98], off, off offset:548
	scratch_load_b64 v[99:100], off, off offset:564
	v_dual_mov_b32 v88, 0 :: v_dual_mov_b32 v177, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s57, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x5
	v_add_co_u32 v89, vcc_lo, v89, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v90, null, s65, v90, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_466
; %bb.465:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v177, v[89:90], off
.LBB0_466:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	v_dual_mov_b32 v215, v27 :: v_dual_mov_b32 v214, v26
	scratch_load_b64 v[26:27], off, off offset:508 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s58, s7
	scratch_store_b64 off, v[89:90], off offset:500 ; 8-byte Folded Spill
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v26, vcc_lo, v26, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v27, null, s65, v27, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_468
; %bb.467:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v88, v[26:27], off
.LBB0_468:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v91, vcc_lo, v91, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v92, null, s65, v92, vcc_lo
	v_dual_mov_b32 v89, 0 :: v_dual_mov_b32 v90, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s59, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_470
; %bb.469:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v90, v[91:92], off
.LBB0_470:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_add_co_u32 v93, vcc_lo, v93, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v94, null, s65, v94, vcc_lo
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s60, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_472
; %bb.471:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v89, v[93:94], off
.LBB0_472:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_add_co_u32 v95, vcc_lo, v95, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v96, null, s65, v96, vcc_lo
	v_dual_mov_b32 v179, 0 :: v_dual_mov_b32 v178, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s61, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_474
; %bb.473:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v178, v[95:96], off
.LBB0_474:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[91:92], off offset:516 ; 8-byte Folded Spill
	scratch_load_b64 v[91:92], off, off offset:540 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s62, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v91, vcc_lo, v91, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v92, null, s65, v92, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_476
; %bb.475:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v179, v[91:92], off
.LBB0_476:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v97, vcc_lo, v97, s9
	scratch_store_b64 off, v[91:92], off offset:540 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v98, null, s65, v98, vcc_lo
	v_dual_mov_b32 v92, 0 :: v_dual_mov_b32 v91, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s63, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_478
; %bb.477:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v91, v[97:98], off
.LBB0_478:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[93:94], off offset:524 ; 8-byte Folded Spill
	scratch_load_b64 v[93:94], off, off offset:556 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s64, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v93, vcc_lo, v93, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v94, null, s65, v94, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_480
; %bb.479:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v92, v[93:94], off
.LBB0_480:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v99, vcc_lo, v99, s9
	scratch_store_b64 off, v[93:94], off offset:556 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v100, null, s65, v100, vcc_lo
	v_dual_mov_b32 v180, 0 :: v_dual_mov_b32 v93, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s66, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_482
; %bb.481:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v93, v[99:100], off
.LBB0_482:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_add_co_u32 v101, vcc_lo, v101, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v102, null, s65, v102, vcc_lo
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s67, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_484
; %bb.483:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v180, v[101:102], off
.LBB0_484:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_add_co_u32 v103, vcc_lo, v103, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v104, null, s65, v104, vcc_lo
	v_dual_mov_b32 v94, 0 :: v_dual_mov_b32 v181, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s68, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_486
; %bb.485:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v181, v[103:104], off
.LBB0_486:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[95:96], off offset:532 ; 8-byte Folded Spill
	scratch_load_b64 v[95:96], off, off offset:588 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s69, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v95, vcc_lo, v95, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v96, null, s65, v96, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_488
; %bb.487:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v94, v[95:96], off
.LBB0_488:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v105, vcc_lo, v105, s9
	scratch_store_b64 off, v[95:96], off offset:588 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v106, null, s65, v106, vcc_lo
	v_dual_mov_b32 v96, 0 :: v_dual_mov_b32 v95, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s70, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_490
; %bb.489:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v95, v[105:106], off
.LBB0_490:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	v_add_co_u32 v108, vcc_lo, v108, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v109, null, s65, v109, vcc_lo
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s71, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_492
; %bb.491:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v96, v[108:109], off
.LBB0_492:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[108:109], off offset:604 ; 8-byte Folded Spill
	scratch_load_b64 v[108:109], off, off offset:612 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v183, 0 :: v_dual_mov_b32 v182, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s72, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v108, vcc_lo, v108, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v109, null, s65, v109, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_494
; %bb.493:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v182, v[108:109], off
.LBB0_494:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[97:98], off offset:548 ; 8-byte Folded Spill
	scratch_load_b64 v[97:98], off, off offset:620 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s73, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v97, vcc_lo, v97, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v98, null, s65, v98, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_496
; %bb.495:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v183, v[97:98], off
.LBB0_496:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v184, vcc_lo, v184, s9
	scratch_store_b64 off, v[97:98], off offset:620 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v185, null, s65, v185, vcc_lo
	v_dual_mov_b32 v97, 0 :: v_dual_mov_b32 v98, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s74, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_498
; %bb.497:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v98, v[184:185], off
.LBB0_498:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	s_clause 0x1                            ; 16-byte Folded Spill
	scratch_store_b64 off, v[184:185], off offset:628
	scratch_store_b64 off, v[99:100], off offset:564
	scratch_load_b64 v[99:100], off, off offset:636 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s75, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v99, vcc_lo, v99, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v100, null, s65, v100, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_500
; %bb.499:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v97, v[99:100], off
.LBB0_500:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_load_b64 v[185:186], off, off offset:644 th:TH_LOAD_LU ; 8-byte Folded Reload
	scratch_store_b64 off, v[99:100], off offset:636 ; 8-byte Folded Spill
	v_dual_mov_b32 v184, 0 :: v_dual_mov_b32 v99, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s76, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v185, vcc_lo, v185, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v186, null, s65, v186, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_502
; %bb.501:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v99, v[185:186], off
.LBB0_502:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[185:186], off offset:644 ; 8-byte Folded Spill
	scratch_load_b64 v[185:186], off, off offset:652 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s77, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v185, vcc_lo, v185, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v186, null, s65, v186, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_504
; %bb.503:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v184, v[185:186], off
.LBB0_504:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[185:186], off offset:652 ; 8-byte Folded Spill
	scratch_load_b64 v[186:187], off, off offset:660 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v185, 0 :: v_dual_mov_b32 v100, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s78, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v186, vcc_lo, v186, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v187, null, s65, v187, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_506
; %bb.505:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v100, v[186:187], off
.LBB0_506:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[101:102], off offset:572 ; 8-byte Folded Spill
	scratch_load_b64 v[101:102], off, off offset:668 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s79, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v101, vcc_lo, v101, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v102, null, s65, v102, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_508
; %bb.507:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v185, v[101:102], off
.LBB0_508:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v188, vcc_lo, v188, s9
	scratch_store_b64 off, v[101:102], off offset:668 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v189, null, s65, v189, vcc_lo
	v_dual_mov_b32 v101, 0 :: v_dual_mov_b32 v102, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s80, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_510
; %bb.509:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v102, v[188:189], off
.LBB0_510:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_store_b64 off, v[186:187], off offset:660 ; 8-byte Folded Spill
	scratch_load_b64 v[186:187], off, off offset:684 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s81, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v186, vcc_lo, v186, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v187, null, s65, v187, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_512
; %bb.511:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v101, v[186:187], off
.LBB0_512:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 52 9                          ; w8a8_gemm.py:52:9
	v_add_co_u32 v190, vcc_lo, v190, s9
	scratch_store_b64 off, v[186:187], off offset:684 ; 8-byte Folded Spill
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v191, null, s65, v191, vcc_lo
	v_dual_mov_b32 v187, 0 :: v_dual_mov_b32 v186, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s82, s7
	.loc	1 45 13 is_stmt 0               ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_514
; %bb.513:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_u8 v186, v[190:191], off
.LBB0_514:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13                          ; w8a8_gemm.py:0:13
	scratch_load_b64 v[113:114], off, off offset:8 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s83, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v113, vcc_lo, v113, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v114, null, s65, v114, vcc_lo
	scratch_store_b64 off, v[113:114], off offset:8 ; 8-byte Folded Spill
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_516
; %bb.515:                              ;   in Loop: Header=BB0_262 Depth=1
	scratch_load_b64 v[113:114], off, off offset:8 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v187, v[113:114], off
.LBB0_516:                              ;   in Loop: Header=BB0_262 Depth=1
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x14                           ; 168-byte Folded Spill
	scratch_store_b64 off, v[190:191], off offset:692
	scratch_store_b64 off, v[188:189], off offset:676
	scratch_store_b64 off, v[108:109], off offset:612
	scratch_store_b64 off, v[105:106], off offset:596
	scratch_store_b64 off, v[103:104], off offset:580
	scratch_store_b64 off, v[26:27], off offset:508
	scratch_store_b64 off, v[24:25], off offset:492
	scratch_store_b64 off, v[22:23], off offset:484
	scratch_store_b64 off, v[20:21], off offset:476
	scratch_store_b64 off, v[18:19], off offset:468
	scratch_store_b64 off, v[16:17], off offset:452
	scratch_store_b64 off, v[30:31], off offset:444
	scratch_store_b64 off, v[14:15], off offset:436
	scratch_store_b64 off, v[28:29], off offset:428
	scratch_store_b64 off, v[12:13], off offset:420
	scratch_store_b64 off, v[10:11], off offset:412
	scratch_store_b64 off, v[8:9], off offset:396
	scratch_store_b64 off, v[6:7], off offset:332
	scratch_store_b64 off, v[4:5], off offset:308
	scratch_store_b64 off, v[2:3], off offset:284
	scratch_store_b64 off, v[0:1], off offset:268
	scratch_load_b64 v[0:1], off, off offset:844 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b16_e32 v64.l, 0
	.loc	1 45 34                         ; w8a8_gemm.py:45:34
	s_cmp_ge_i32 s10, s7
	.loc	1 52 9 is_stmt 1                ; w8a8_gemm.py:52:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, vcc_lo, v0, s9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s65, v1, vcc_lo
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_cbranch_scc1 .LBB0_261
; %bb.517:                              ;   in Loop: Header=BB0_262 Depth=1
	global_load_d16_u8 v64, v[0:1], off
	s_branch .LBB0_261
.LBB0_518:                              ; %Flow
	.loc	1 0 13 is_stmt 0                ; w8a8_gemm.py:0:13
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v1, off, off offset:1376 th:TH_LOAD_LU
	scratch_load_b32 v6, off, off offset:1372
	v_mov_b32_e32 v0, s37
.LBB0_519:                              ; %Flow1028
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_cmp_eq_u32_e32 vcc_lo, 0, v0
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_clause 0x5                            ; 24-byte Folded Reload
	scratch_load_b32 v2, off, off offset:1044 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:1048 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:1052 th:TH_LOAD_LU
	scratch_load_b32 v5, off, off offset:1056 th:TH_LOAD_LU
	scratch_load_b32 v7, off, off offset:1068 th:TH_LOAD_LU
	scratch_load_b32 v8, off, off offset:1072 th:TH_LOAD_LU
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e64 v0, 0x808, 0, vcc_lo
	s_load_b32 s17, s[0:1], 0x3c
	.loc	1 47 38                         ; w8a8_gemm.py:47:38
	s_wait_kmcnt 0x0
	s_mul_i32 s0, s8, s4
	v_dual_mov_b32 v96, 0 :: v_dual_mov_b32 v109, 0
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	v_xor3_b32 v0, v6, v0, v1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v1, off, off offset:1060 th:TH_LOAD_LU
	scratch_load_b32 v6, off, off offset:1064 th:TH_LOAD_LU
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_ashr_i32 s1, s0, 31
	.loc	1 47 15 is_stmt 0               ; w8a8_gemm.py:47:15
	s_and_b32 s3, s2, exec_lo
	.loc	1 45 13 is_stmt 1               ; w8a8_gemm.py:45:13
	v_add_nc_u32_e32 v9, 0, v0
	v_xad_u32 v10, v0, 16, 0
	v_xad_u32 v11, v0, 32, 0
	v_xad_u32 v12, v0, 48, 0
	v_xad_u32 v13, v0, 64, 0
	v_xad_u32 v14, 0x50, v0, 0
	v_xad_u32 v15, 0x60, v0, 0
	v_xad_u32 v16, 0x70, v0, 0
	v_xad_u32 v17, 0x1010, v0, 0
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	.loc	1 44 13                         ; w8a8_gemm.py:44:13
	s_barrier_wait -1
	s_wait_loadcnt 0x0
	global_inv scope:SCOPE_SE
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v115, off, off offset:1320
	scratch_load_b32 v114, off, off offset:1368
	v_add_nc_u32_e32 v2, 0, v2
	v_add_nc_u32_e32 v3, 0, v3
	v_add_nc_u32_e32 v4, 0, v4
	v_add_nc_u32_e32 v5, 0, v5
	v_add_nc_u32_e32 v7, 0, v7
	v_add_nc_u32_e32 v8, 0, v8
	v_add_nc_u32_e32 v1, 0, v1
	v_add_nc_u32_e32 v6, 0, v6
	ds_load_2addr_stride64_b64 v[60:63], v2 offset1:8
	ds_load_2addr_stride64_b64 v[56:59], v3 offset1:8
	ds_load_2addr_stride64_b64 v[52:55], v4 offset1:8
	ds_load_2addr_stride64_b64 v[48:51], v5 offset1:8
	ds_load_2addr_stride64_b64 v[44:47], v1 offset1:8
	ds_load_2addr_stride64_b64 v[40:43], v6 offset1:8
	ds_load_2addr_stride64_b64 v[36:39], v7 offset1:8
	ds_load_2addr_stride64_b64 v[32:35], v8 offset1:8
	.loc	1 45 13                         ; w8a8_gemm.py:45:13
	ds_load_2addr_stride64_b64 v[64:67], v9 offset0:16 offset1:24
	ds_load_b64 v[84:85], v10 offset:8192
	ds_load_b64 v[80:81], v11 offset:8192
	ds_load_b64 v[76:77], v12 offset:8192
	ds_load_b64 v[74:75], v13 offset:8192
	ds_load_b64 v[72:73], v14 offset:8192
	ds_load_b64 v[70:71], v15 offset:8192
	ds_load_b64 v[68:69], v16 offset:8192
	ds_load_b64 v[92:93], v17 offset:8192
	v_xad_u32 v1, 0x1030, v0, 0
	v_xad_u32 v2, 0x1020, v0, 0
	v_xad_u32 v3, 0x1050, v0, 0
	v_xad_u32 v4, 0x1040, v0, 0
	v_xad_u32 v5, 0x1070, v0, 0
	v_xad_u32 v0, 0x1060, v0, 0
	ds_load_b64 v[94:95], v1 offset:8192
	ds_load_b64 v[90:91], v2 offset:8192
	ds_load_b64 v[88:89], v3 offset:8192
	ds_load_b64 v[86:87], v4 offset:8192
	ds_load_b64 v[82:83], v5 offset:8192
	ds_load_b64 v[78:79], v0 offset:8192
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	s_cbranch_scc1 .LBB0_521
; %bb.520:
	.loc	1 0 15 is_stmt 0                ; w8a8_gemm.py:0:15
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1164 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1168 th:TH_LOAD_LU
	s_lshl_b64 s[6:7], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s7, v1, vcc_lo
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	global_load_b32 v109, v[0:1], off
.LBB0_521:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_523
; %bb.522:
	.loc	1 47 23                         ; w8a8_gemm.py:47:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1148 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1152 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[0:1], 2
	s_wait_loadcnt 0x1
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 47 15                         ; w8a8_gemm.py:47:15
	global_load_b32 v96, v[0:1], off
.LBB0_523:
	.loc	1 48 38 is_stmt 1               ; w8a8_gemm.py:48:38
	s_mul_i32 s0, s8, s5
	v_dual_mov_b32 v104, 0 :: v_dual_mov_b32 v113, 0
	.loc	1 48 23 is_stmt 0               ; w8a8_gemm.py:48:23
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s1, s0, 31
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_525
; %bb.524:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1212 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1216 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v113, v[0:1], off
.LBB0_525:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_527
; %bb.526:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1204 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1208 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v104, v[0:1], off
.LBB0_527:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_dual_mov_b32 v103, 0 :: v_dual_mov_b32 v112, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_529
; %bb.528:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1196 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1200 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v112, v[0:1], off
.LBB0_529:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_531
; %bb.530:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1188 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1192 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v103, v[0:1], off
.LBB0_531:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_dual_mov_b32 v102, 0 :: v_dual_mov_b32 v111, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_533
; %bb.532:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1180 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1184 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v111, v[0:1], off
.LBB0_533:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_535
; %bb.534:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1172 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1176 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v102, v[0:1], off
.LBB0_535:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_dual_mov_b32 v101, 0 :: v_dual_mov_b32 v110, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_537
; %bb.536:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1156 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1160 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v110, v[0:1], off
.LBB0_537:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_539
; %bb.538:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1140 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1144 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v101, v[0:1], off
.LBB0_539:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v100, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	v_mov_b32_e32 v108, 0
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_541
; %bb.540:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1132 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1136 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v108, v[0:1], off
.LBB0_541:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_543
; %bb.542:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1124 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1128 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v100, v[0:1], off
.LBB0_543:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v99, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	v_mov_b32_e32 v107, 0
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_545
; %bb.544:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1116 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1120 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v107, v[0:1], off
.LBB0_545:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_547
; %bb.546:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1108 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1112 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v99, v[0:1], off
.LBB0_547:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v98, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	v_mov_b32_e32 v106, 0
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_549
; %bb.548:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1100 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1104 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v106, v[0:1], off
.LBB0_549:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_551
; %bb.550:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1092 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1096 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v98, v[0:1], off
.LBB0_551:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_mov_b32_e32 v97, 0
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	s_and_b32 s3, s2, exec_lo
	v_mov_b32_e32 v105, 0
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_553
; %bb.552:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1084 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1088 th:TH_LOAD_LU
	s_lshl_b64 s[4:5], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s4
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s5, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v105, v[0:1], off
.LBB0_553:
	s_and_b32 s3, s2, exec_lo
	s_cselect_b32 s3, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s3, 1
	s_cbranch_scc1 .LBB0_555
; %bb.554:
	.loc	1 48 23                         ; w8a8_gemm.py:48:23
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1076 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1080 th:TH_LOAD_LU
	s_lshl_b64 s[0:1], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, vcc_lo, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v1, null, s1, v1, vcc_lo
	.loc	1 48 15                         ; w8a8_gemm.py:48:15
	global_load_b32 v97, v[0:1], off
.LBB0_555:
	.loc	1 0 15                          ; w8a8_gemm.py:0:15
	v_dual_mov_b32 v24, 0 :: v_dual_mov_b32 v25, 0
	.loc	1 50 16 is_stmt 1               ; w8a8_gemm.py:50:16
	s_and_b32 s0, s2, exec_lo
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
	s_cselect_b32 s0, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_557
; %bb.556:
	s_wait_dscnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[64:65], v[60:61], 0
	s_wait_dscnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[92:93], v[60:61], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[64:65], v[62:63], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[92:93], v[62:63], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[84:85], v[56:57], v[24:31]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[66:67], v[56:57], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[84:85], v[58:59], v[8:15]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[66:67], v[58:59], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[80:81], v[52:53], v[24:31]
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[94:95], v[52:53], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[80:81], v[54:55], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[94:95], v[54:55], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[76:77], v[48:49], v[24:31]
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[90:91], v[48:49], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[76:77], v[50:51], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[90:91], v[50:51], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[74:75], v[44:45], v[24:31]
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[88:89], v[44:45], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[74:75], v[46:47], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[88:89], v[46:47], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[72:73], v[40:41], v[24:31]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[86:87], v[40:41], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[72:73], v[42:43], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[86:87], v[42:43], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[70:71], v[36:37], v[24:31]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[82:83], v[36:37], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[70:71], v[38:39], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[82:83], v[38:39], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[68:69], v[32:33], v[24:31]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[78:79], v[32:33], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[68:69], v[34:35], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[78:79], v[34:35], v[0:7]
.LBB0_557:
	.loc	1 0 16 is_stmt 0                ; w8a8_gemm.py:0:16
	s_wait_dscnt 0xf
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v35, off, off offset:1348 th:TH_LOAD_LU
	scratch_load_b32 v36, off, off offset:1364 th:TH_LOAD_LU
	.loc	1 56 22 is_stmt 1               ; w8a8_gemm.py:56:22
	s_wait_loadcnt 0x1
	v_mul_lo_u32 v32, s17, v35
	.loc	1 56 14 is_stmt 0               ; w8a8_gemm.py:56:14
	s_wait_loadcnt 0x0
	v_lshlrev_b32_e32 v34, 1, v36
	.loc	1 57 15 is_stmt 1               ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e64 s16, s20, v35
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshlrev_b64_e32 v[32:33], 1, v[32:33]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v32, vcc_lo, s18, v32
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v33, null, s19, v33, vcc_lo
	.loc	1 57 40                         ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e32 vcc_lo, s21, v36
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_add_co_u32 v32, s0, v32, v34
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v33, null, 0, v33, s0
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b32 s0, s16, vcc_lo
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_559
; %bb.558:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v113, v24, v159
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v159, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v35, v24, 16, 1
	v_cmp_o_f32_e64 s0, v24, v24
	v_add3_u32 v35, v24, v35, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v35, 16, v35
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v35.l, s0
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off
.LBB0_559:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1360 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s0, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s0
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s1
	s_cbranch_execz .LBB0_561
; %bb.560:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v104, v24, v162
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v162, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s1, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s1
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:2
.LBB0_561:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1356 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s1, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s3, s16, s1
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s3
	s_cbranch_execz .LBB0_563
; %bb.562:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v112, v24, v161
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v161, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s3, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s3
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:4
.LBB0_563:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1352 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s3, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s4, s16, s3
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_565
; %bb.564:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v27
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v103, v24, v160
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v160, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s4
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:6
.LBB0_565:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1344 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s4, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s5, s16, s4
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s6, s5
	s_cbranch_execz .LBB0_567
; %bb.566:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v111, v24, v158
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v158, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s5, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s5
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:8
.LBB0_567:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1340 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s5, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s6, s16, s5
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_569
; %bb.568:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v29
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v102, v24, v157
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v157, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s6, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s6
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:10
.LBB0_569:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1336 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s6, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s7, s16, s6
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s8, s7
	s_cbranch_execz .LBB0_571
; %bb.570:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v110, v24, v156
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v156, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s7, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s7
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:12
.LBB0_571:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s8
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1332 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s7, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s8, s16, s7
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s9, s8
	s_cbranch_execz .LBB0_573
; %bb.572:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v24, v109, v31
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v24, v101, v24, v155
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v24, v155, v24, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s8, v24, v24
	v_add3_u32 v25, v24, v25, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v25, 16, v25
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v24.l, 0x7fff, v25.l, s8
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v24, off offset:14
.LBB0_573:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s9
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v24, off, off offset:1328 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s8, s21, v24
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s9, s16, s8
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s10, s9
	s_cbranch_execz .LBB0_575
; %bb.574:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v108, v16, v154
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v154, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v24, v16, 16, 1
	v_cmp_o_f32_e64 s9, v16, v16
	v_add3_u32 v24, v16, v24, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v24, 16, v24
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v24.l, s9
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:64
.LBB0_575:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s10
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v16, off, off offset:1316 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s9, s21, v16
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s10, s16, s9
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s11, s10
	s_cbranch_execz .LBB0_577
; %bb.576:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v100, v16, v153
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v153, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s10, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s10
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:66
.LBB0_577:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v16, off, off offset:1312 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s10, s21, v16
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s11, s16, s10
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s12, s11
	s_cbranch_execz .LBB0_579
; %bb.578:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v107, v16, v152
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v152, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s11, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s11
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:68
.LBB0_579:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s12
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v16, off, off offset:1308 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s11, s21, v16
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s12, s16, s11
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s13, s12
	s_cbranch_execz .LBB0_581
; %bb.580:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v99, v16, v151
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v151, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s12, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s12
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:70
.LBB0_581:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v16, off, off offset:1304 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s12, s21, v16
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s13, s16, s12
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s14, s13
	s_cbranch_execz .LBB0_583
; %bb.582:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v106, v16, v150
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v150, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s13, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s13
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:72
.LBB0_583:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s14
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	scratch_load_b32 v16, off, off offset:1300 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_cmp_gt_i32_e64 s13, s21, v16
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s14, s16, s13
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s15, s14
	s_cbranch_execz .LBB0_585
; %bb.584:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v98, v16, v149
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v149, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s14, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s14
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:74
.LBB0_585:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s15
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s14, s21, v115
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s15, s16, s14
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s22, s15
	s_cbranch_execz .LBB0_587
; %bb.586:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v105, v16, v148
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v148, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s15, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s15
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:76
.LBB0_587:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s22
	.loc	1 57 40 is_stmt 1               ; w8a8_gemm.py:57:40
	v_cmp_gt_i32_e64 s15, s21, v114
	.loc	1 57 14 is_stmt 0               ; w8a8_gemm.py:57:14
	s_and_b32 s16, s16, s15
	.loc	1 58 5 is_stmt 1                ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s21, s16
	s_cbranch_execz .LBB0_589
; %bb.588:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v16, v109, v23
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v16, v97, v16, v147
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v16, v147, v16, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s16, v16, v16
	v_add3_u32 v17, v16, v17, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v17, 16, v17
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v16.l, 0x7fff, v17.l, s16
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[32:33], v16, off offset:78
.LBB0_589:
	.loc	1 0 5                           ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s21
	scratch_load_b32 v18, off, off offset:1324 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 56 22 is_stmt 1               ; w8a8_gemm.py:56:22
	s_wait_loadcnt 0x0
	v_mul_lo_u32 v16, s17, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 56 14 is_stmt 0               ; w8a8_gemm.py:56:14
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshlrev_b64_e32 v[16:17], 1, v[16:17]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v16, s16, s18, v16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v17, null, s19, v17, s16
	.loc	1 57 15 is_stmt 1               ; w8a8_gemm.py:57:15
	v_cmp_gt_i32_e64 s16, s20, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 56 14                         ; w8a8_gemm.py:56:14
	v_add_co_u32 v16, s17, v16, v34
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v17, null, 0, v17, s17
	.loc	1 57 14                         ; w8a8_gemm.py:57:14
	s_and_b32 s18, s16, vcc_lo
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s17, s18
	s_cbranch_execnz .LBB0_606
; %bb.590:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s17
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s17, s16, s0
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s17
	s_cbranch_execnz .LBB0_607
.LBB0_591:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_608
.LBB0_592:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s3
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_609
.LBB0_593:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s4
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_610
.LBB0_594:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s5
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_611
.LBB0_595:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s6
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_612
.LBB0_596:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s7
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_613
.LBB0_597:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s8
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_614
.LBB0_598:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s9
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_615
.LBB0_599:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s10
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_616
.LBB0_600:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s11
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_617
.LBB0_601:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s12
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_618
.LBB0_602:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s13
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_619
.LBB0_603:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s14
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_620
.LBB0_604:
	.loc	1 0 5 is_stmt 0                 ; w8a8_gemm.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s0, s16, s15
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_621
.LBB0_605:
	.loc	1 20 1                          ; w8a8_gemm.py:20:1
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.LBB0_606:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v113, v8, v146
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v146, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v18, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v18, v8, v18, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v18, 16, v18
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v18.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s17
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s17, s16, s0
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s17
	s_cbranch_execz .LBB0_591
.LBB0_607:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v104, v8, v145
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v145, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:2
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s1
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_592
.LBB0_608:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v112, v8, v144
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v144, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:4
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s3
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_593
.LBB0_609:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v103, v8, v143
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v143, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:6
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s4
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_594
.LBB0_610:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v111, v8, v142
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v142, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:8
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s5
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_595
.LBB0_611:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v102, v8, v141
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v141, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:10
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s6
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_596
.LBB0_612:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v110, v8, v140
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v140, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:12
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s7
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_597
.LBB0_613:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v8, v96, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v8, v101, v8, v139
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v8, v139, v8, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v8, v8
	v_add3_u32 v9, v8, v9, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v9, 16, v9
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v8.l, 0x7fff, v9.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v8, off offset:14
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s8
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_598
.LBB0_614:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v108, v0, v138
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v138, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v8, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v8, v0, v8, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v8, 16, v8
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v8.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:64
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s9
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_599
.LBB0_615:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v100, v0, v137
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v137, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:66
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s10
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_600
.LBB0_616:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v107, v0, v136
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v136, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:68
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s11
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_601
.LBB0_617:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v99, v0, v135
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v135, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:70
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s12
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_602
.LBB0_618:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v106, v0, v134
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v134, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:72
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s13
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_603
.LBB0_619:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v98, v0, v133
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v133, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:74
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s1, s16, s14
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_604
.LBB0_620:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v105, v0, v132
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v132, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:76
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 57 14 is_stmt 1               ; w8a8_gemm.py:57:14
	s_and_b32 s0, s16, s15
	.loc	1 58 5                          ; w8a8_gemm.py:58:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_605
.LBB0_621:
	.loc	1 50 16                         ; w8a8_gemm.py:50:16
	v_mul_f32_e32 v0, v96, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 9 is_stmt 0                ; w8a8_gemm.py:50:9
	v_fma_f32 v0, v97, v0, v131
	.loc	1 42 5 is_stmt 1                ; w8a8_gemm.py:42:5
	v_cndmask_b32_e64 v0, v131, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 58 22                         ; w8a8_gemm.py:58:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	v_add3_u32 v1, v0, v1, 0x7fff
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v1, 16, v1
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v0.l, 0x7fff, v1.l, vcc_lo
	.loc	1 58 5 is_stmt 0                ; w8a8_gemm.py:58:5
	global_store_b16 v[16:17], v0, off offset:78
	.loc	1 20 1 is_stmt 1                ; w8a8_gemm.py:20:1
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp5:
.Lfunc_end0:
	.size	w8a8_block_fp8_matmul, .Lfunc_end0-w8a8_block_fp8_matmul
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel w8a8_block_fp8_matmul
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 1384
		.amdhsa_kernarg_size 96
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
		.amdhsa_next_free_sgpr 90
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-w8a8_block_fp8_matmul)<<4)&4080)>>4
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
	.set .Lw8a8_block_fp8_matmul.num_vgpr, 256
	.set .Lw8a8_block_fp8_matmul.num_agpr, 0
	.set .Lw8a8_block_fp8_matmul.numbered_sgpr, 90
	.set .Lw8a8_block_fp8_matmul.num_named_barrier, 0
	.set .Lw8a8_block_fp8_matmul.private_seg_size, 1384
	.set .Lw8a8_block_fp8_matmul.uses_vcc, 1
	.set .Lw8a8_block_fp8_matmul.uses_flat_scratch, 1
	.set .Lw8a8_block_fp8_matmul.has_dyn_sized_stack, 0
	.set .Lw8a8_block_fp8_matmul.has_recursion, 0
	.set .Lw8a8_block_fp8_matmul.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 48012
; TotalNumSgprs: 92
; NumVgprs: 256
; ScratchSize: 1384
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 92
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
	.byte	42                              ; DW_AT_call_line
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
	.asciz	"w8a8_gemm.py"                  ; string offset=7 ; w8a8_gemm.py
.Linfo_string2:
	.asciz	"w8a8_block_fp8_matmul"         ; string offset=20 ; w8a8_block_fp8_matmul
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
      - .offset:         72
        .size:           4
        .value_kind:     by_value
      - .offset:         76
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         88
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 96
    .max_flat_workgroup_size: 128
    .name:           w8a8_block_fp8_matmul
    .private_segment_fixed_size: 1384
    .sgpr_count:     92
    .sgpr_spill_count: 0
    .symbol:         w8a8_block_fp8_matmul.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 567
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

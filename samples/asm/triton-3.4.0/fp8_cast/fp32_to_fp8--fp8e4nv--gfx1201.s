	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	fp32_to_fp8                     ; -- Begin function fp32_to_fp8
	.p2align	8
	.type	fp32_to_fp8,@function
fp32_to_fp8:                            ; @fp32_to_fp8
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 57 0                          ; fp8_cast.py:57:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	s_clause 0x1
	s_load_b32 s4, s[0:1], 0x18
	s_load_b64 s[2:3], s[0:1], 0x0
.Ltmp0:
	.loc	1 59 30 prologue_end            ; fp8_cast.py:59:30
	s_lshl_b32 s5, ttmp9, 10
	v_dual_mov_b32 v4, 0 :: v_dual_mov_b32 v7, 0
	.loc	1 59 38 is_stmt 0               ; fp8_cast.py:59:38
	v_lshl_or_b32 v8, v0, 3, s5
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v5, 0
	v_mov_b32_e32 v6, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 62 24 is_stmt 1               ; fp8_cast.py:62:24
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshlrev_b64_e32 v[1:2], 2, v[8:9]
	.loc	1 60 18                         ; fp8_cast.py:60:18
	s_wait_kmcnt 0x0
	v_cmp_gt_i32_e32 vcc_lo, s4, v8
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 62 24                         ; fp8_cast.py:62:24
	v_add_co_u32 v10, s2, s2, v1
	s_wait_alu 0xf1ff
	v_add_co_ci_u32_e64 v11, null, s3, v2, s2
	.loc	1 62 16 is_stmt 0               ; fp8_cast.py:62:16
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b128 v[4:7], v[10:11], off
.LBB0_2:
	.loc	1 0 16                          ; fp8_cast.py:0:16
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s2
	v_dual_mov_b32 v1, 0 :: v_dual_mov_b32 v2, 0
	v_mov_b32_e32 v3, 0
	.loc	1 62 16                         ; fp8_cast.py:62:16
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execnz .LBB0_5
; %bb.3:
	.loc	1 0 16                          ; fp8_cast.py:0:16
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 63 27 is_stmt 1               ; fp8_cast.py:63:27
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execnz .LBB0_6
.LBB0_4:
	.loc	1 63 4 is_stmt 0                ; fp8_cast.py:63:4
	s_endpgm
.LBB0_5:
	.loc	1 62 16 is_stmt 1               ; fp8_cast.py:62:16
	global_load_b128 v[0:3], v[10:11], off offset:16
	s_wait_alu 0xfffe
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 63 27                         ; fp8_cast.py:63:27
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execz .LBB0_4
.LBB0_6:
	.loc	1 0 27 is_stmt 0                ; fp8_cast.py:0:27
	s_load_b128 s[0:3], s[0:1], 0x8
	s_wait_kmcnt 0x0
	s_load_b32 s2, s[2:3], 0x0
	.loc	1 61 22 is_stmt 1               ; fp8_cast.py:61:22
	s_wait_kmcnt 0x0
	v_div_scale_f32 v10, null, s2, s2, 1.0
	v_div_scale_f32 v13, vcc_lo, 1.0, s2, 1.0
	s_delay_alu instid0(VALU_DEP_2)
	v_rcp_f32_e32 v11, v10
	v_xor_b32_e32 v10, 0x80000000, v10
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v12, v10, v11, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v11, v12, v11
	v_mul_f32_e32 v12, v13, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v14, v10, v12, v13
	v_fmac_f32_e32 v12, v14, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v13, v10, v12
	v_div_fmas_f32 v10, v13, v11, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_div_fixup_f32 v10, v10, s2, 1.0
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_wait_loadcnt 0x0
	v_fma_mixlo_f16 v5, v10, v5, 0
	v_fma_mixlo_f16 v4, v10, v4, 0
	v_fma_mixlo_f16 v6, v10, v6, 0
	v_fma_mixlo_f16 v7, v10, v7, 0
	v_fma_mixlo_f16 v0, v10, v0, 0
	v_and_b32_e32 v12, 0x7fff, v5
	v_fma_mixlo_f16 v1, v10, v1, 0
	v_fma_mixlo_f16 v2, v10, v2, 0
	v_fma_mixlo_f16 v3, v10, v3, 0
	v_and_b32_e32 v10, 0x7fff, v4
	v_lshrrev_b16 v23, 7, v12
	v_and_b32_e32 v16, 0x7fff, v7
	v_and_b32_e32 v18, 0x7fff, v0
	v_and_b32_e32 v19, 0x7fff, v1
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v10
	v_and_b32_e32 v23, 1, v23
	v_lshrrev_b16 v22, 7, v10
	v_lshrrev_b16 v25, 7, v16
	v_lshrrev_b16 v26, 7, v18
	v_lshrrev_b16 v27, 7, v19
	v_add_nc_u16 v23, v12, v23
	v_lshrrev_b16 v11, 8, v4
	v_lshrrev_b16 v15, 8, v6
	v_and_b32_e32 v26, 1, v26
	v_lshrrev_b16 v13, 8, v5
	v_add_nc_u16 v23, v23, 63
	v_lshrrev_b16 v17, 8, v7
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_nc_u16 v26, v18, v26
	v_and_b32_e32 v13, 0x80, v13
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b32_e32 v23, 0xffffff80, v23
	v_add_nc_u16 v26, v26, 63
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_max_u16 v23, 0x2400, v23
	v_and_b32_e32 v26, 0xffffff80, v26
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u16 v23, 0x6000, v23
	v_max_u16 v26, 0x2400, v26
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_lshrrev_b16 v23, 7, v23
	v_and_b32_e32 v22, 1, v22
	v_add_nc_u16 v26, 0x6000, v26
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u16 v22, v10, v22
	v_lshrrev_b16 v26, 7, v26
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v22, v22, 63
	v_and_b32_e32 v22, 0xffffff80, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u16 v22, 0x2400, v22
	v_add_nc_u16 v22, 0x6000, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b16 v22, 7, v22
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v22, 0x7e, v22, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v12
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 0x7e, v23, vcc_lo
	v_and_b32_e32 v14, 0x7fff, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v14
	v_and_b32_e32 v25, 1, v25
	v_lshrrev_b16 v24, 7, v14
	v_add_nc_u16 v25, v16, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v25, v25, 63
	v_and_b32_e32 v25, 0xffffff80, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u16 v25, 0x2400, v25
	v_add_nc_u16 v25, 0x6000, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b16 v25, 7, v25
	v_and_b32_e32 v24, 1, v24
	v_add_nc_u16 v24, v14, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v24, v24, 63
	v_and_b32_e32 v24, 0xffffff80, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u16 v24, 0x2400, v24
	v_add_nc_u16 v24, 0x6000, v24
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b16 v24, 7, v24
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 0x7e, v24, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 0x7e, v25, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v18
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v26, 0x7e, v26 :: v_dual_and_b32 v27, 1, v27
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v10
	v_and_b32_e32 v21, 0x7fff, v3
	s_delay_alu instid0(VALU_DEP_3)
	v_add_nc_u16 v27, v19, v27
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v22, 7, v22, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v12
	v_lshrrev_b16 v29, 7, v21
	v_add_nc_u16 v27, v27, 63
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 7, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v14
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v24, 7, v24 :: v_dual_and_b32 v11, 0x80, v11
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 7, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v18
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v26, 7, v26 :: v_dual_and_b32 v15, 0x80, v15
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v10
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v22, 6, v22 :: v_dual_and_b32 v29, 1, v29
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_add_nc_u16 v29, v21, v29
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 6, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v14
	v_add_nc_u16 v29, v29, 63
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 6, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v16
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v25, 6, v25 :: v_dual_and_b32 v20, 0x7fff, v2
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v18
	s_delay_alu instid0(VALU_DEP_2)
	v_lshrrev_b16 v28, 7, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v26, 6, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v10
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v22, 5, v22 :: v_dual_and_b32 v27, 0xffffff80, v27
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_max_u16 v27, 0x2400, v27
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 5, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v14
	v_add_nc_u16 v27, 0x6000, v27
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 5, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v16
	v_and_b32_e32 v28, 1, v28
	v_lshrrev_b16 v27, 7, v27
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 5, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v18
	v_add_nc_u16 v28, v20, v28
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v26, 5, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v10
	s_delay_alu instid0(VALU_DEP_3)
	v_add_nc_u16 v28, v28, 63
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v22, 4, v22, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v12
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 4, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 4, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 4, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v18
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v26, 4, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v22, 3, v22, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v12
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 3, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 3, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 3, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v18
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v26, 3, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v22, 2, v22, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v12
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 2, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 2, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 2, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v18
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v26, 2, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v22, 1, v22, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v12
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v23, 1, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v24, 1, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v25, 1, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v18
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v26, 1, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v10
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0, v22, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v12
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0, v23, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v14
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v14, 0, v24, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v16
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v16, 0, v25, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v4, v4
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v4, 0x7f, v10, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v5, v5
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v4, v4, v11
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v5, 0x7f, v12, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v6, v6
	v_and_b32_e32 v11, 0xffffff80, v28
	.loc	1 63 27 is_stmt 0               ; fp8_cast.py:63:27
	v_and_b32_e32 v4, 0xff, v4
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 63 46                         ; fp8_cast.py:63:46
	v_or_b32_e32 v5, v5, v13
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v6, 0x7f, v14, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v7, v7
	v_max_u16 v11, 0x2400, v11
	v_and_b32_e32 v13, 0xffffff80, v29
	v_lshrrev_b16 v14, 8, v2
	v_or_b32_e32 v6, v6, v15
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v7, 0x7f, v16, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v18
	v_add_nc_u16 v11, 0x6000, v11
	v_max_u16 v13, 0x2400, v13
	v_lshrrev_b16 v15, 8, v3
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_lshlrev_b16 v5, 8, v5
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0, v26, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v19
	v_lshrrev_b16 v11, 7, v11
	v_add_nc_u16 v13, 0x6000, v13
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_and_b32_e32 v6, 0xff, v6
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x7e, v27, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v0, v0
	v_lshrrev_b16 v13, 7, v13
	v_lshrrev_b16 v0, 8, v0
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v10, 0x7f, v10, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 7, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v19
	s_wait_alu 0xfffd
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v12, 6, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 5, v12, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 0x7e, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 4, v12, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v21
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 0x7e, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 7, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 3, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v21
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 7, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 6, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 2, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v21
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 6, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 5, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 1, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v21
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 5, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 4, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v19
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v21
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 4, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 3, v11, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v1, v1
	v_lshrrev_b16 v1, 8, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v12, 0x7f, v12, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v21
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_and_b32_e32 v1, 0x80, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 3, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v20
	v_or_b32_e32 v1, v12, v1
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 2, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v21
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_lshlrev_b16 v1, 8, v1
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v13, 2, v13, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v20
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 1, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v21
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v13, 1, v13 :: v_dual_and_b32 v0, 0x80, v0
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v20
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v0, v10, v0
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v11, 0, v11, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v21
	s_wait_alu 0xfffd
	v_dual_cndmask_b32 v13, 0, v13 :: v_dual_and_b32 v0, 0xff, v0
	v_cmp_o_f16_e32 vcc_lo, v2, v2
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_or_b32_e32 v0, v0, v1
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v2, 0x7f, v11, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v3, v3
	v_and_b32_e32 v11, 0x80, v15
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_and_b32_e32 v0, 0xffff, v0
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_wait_alu 0xfffd
	v_cndmask_b32_e32 v3, 0x7f, v13, vcc_lo
	v_and_b32_e32 v13, 0x80, v14
	v_and_b32_e32 v14, 0x80, v17
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_or_b32_e32 v3, v3, v11
	v_or_b32_e32 v2, v2, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_or_b32_e32 v7, v7, v14
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_lshlrev_b16 v3, 8, v3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b32_e32 v2, 0xff, v2
	v_lshlrev_b16 v7, 8, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b32_e32 v1, v2, v3
	v_or_b32_e32 v2, v4, v5
	v_or_b32_e32 v3, v6, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshlrev_b32_e32 v1, 16, v1
	v_and_b32_e32 v2, 0xffff, v2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_e32 v1, v0, v1
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v0, v2, v3
	.loc	1 63 21                         ; fp8_cast.py:63:21
	v_add_co_u32 v2, vcc_lo, s0, v8
	s_wait_alu 0xfffd
	v_add_co_ci_u32_e64 v3, null, s1, v9, vcc_lo
	.loc	1 63 27                         ; fp8_cast.py:63:27
	global_store_b64 v[2:3], v[0:1], off
	.loc	1 63 4                          ; fp8_cast.py:63:4
	s_endpgm
.Ltmp1:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp32_to_fp8
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 40
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 30
		.amdhsa_next_free_sgpr 6
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size 22
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
	.size	fp32_to_fp8, .Lfunc_end0-fp32_to_fp8
	.cfi_endproc
                                        ; -- End function
	.set fp32_to_fp8.num_vgpr, 30
	.set fp32_to_fp8.num_agpr, 0
	.set fp32_to_fp8.numbered_sgpr, 6
	.set fp32_to_fp8.private_seg_size, 0
	.set fp32_to_fp8.uses_vcc, 1
	.set fp32_to_fp8.uses_flat_scratch, 0
	.set fp32_to_fp8.has_dyn_sized_stack, 0
	.set fp32_to_fp8.has_recursion, 0
	.set fp32_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2752
; TotalNumSgprs: 8
; NumVgprs: 30
; ScratchSize: 0
; MemoryBound: 1
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 8
; NumVGPRsForWavesPerEU: 30
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
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
	.byte	0                               ; DW_CHILDREN_no
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
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x1b DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"fp8_cast.py"                   ; string offset=7
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
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 40
    .max_flat_workgroup_size: 128
    .name:           fp32_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     8
    .sgpr_spill_count: 0
    .symbol:         fp32_to_fp8.kd
    .uses_dynamic_stack: false
    .vgpr_count:     30
    .vgpr_spill_count: 0
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

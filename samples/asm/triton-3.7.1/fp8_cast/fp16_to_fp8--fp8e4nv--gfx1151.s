	.amdgcn_target "amdgcn-amd-amdhsa--gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	fp16_to_fp8                     ; -- Begin function fp16_to_fp8
	.p2align	8
	.type	fp16_to_fp8,@function
fp16_to_fp8:                            ; @fp16_to_fp8
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 46 0                          ; fp8_cast.py:46:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	s_clause 0x2
	s_load_b128 s[4:7], s[0:1], 0x0
	s_load_b64 s[8:9], s[0:1], 0x10
	s_load_b32 s0, s[0:1], 0x18
	v_mov_b32_e32 v1, 0
.Ltmp0:
	.loc	1 46 0 prologue_end             ; fp8_cast.py:46
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 51 31                         ; fp8_cast.py:51:31
	s_waitcnt lgkmcnt(0)
	global_load_b32 v5, v1, s[8:9]
	.loc	1 49 30                         ; fp8_cast.py:49:30
	s_lshl_b32 s1, s2, 10
	.loc	1 52 16                         ; fp8_cast.py:52:16
	s_and_b32 s9, s5, 0xffff
	.loc	1 49 38                         ; fp8_cast.py:49:38
	v_lshl_or_b32 v0, v0, 3, s1
	s_mov_b32 s11, 0x31027000
	s_mov_b32 s10, 0x7ffffffe
	.loc	1 52 16                         ; fp8_cast.py:52:16
	s_mov_b32 s8, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	.loc	1 50 18                         ; fp8_cast.py:50:18
	v_cmp_gt_i32_e64 s0, s0, v0
	.loc	1 51 23                         ; fp8_cast.py:51:23
	s_waitcnt vmcnt(0)
	v_div_scale_f32 v6, null, v5, v5, 1.0
	v_div_scale_f32 v9, vcc_lo, 1.0, v5, 1.0
	v_rcp_f32_e32 v7, v6
	v_xor_b32_e32 v6, 0x80000000, v6
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v6, v7, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_fmac_f32_e32 v7, v8, v7
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_lshlrev_b32_e32 v1, 1, v0
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_cndmask_b32_e64 v0, 0x80000000, v0, s0
	.loc	1 51 23                         ; fp8_cast.py:51:23
	v_mul_f32_e32 v8, v9, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_cndmask_b32_e64 v1, 0x80000000, v1, s0
	.loc	1 51 23                         ; fp8_cast.py:51:23
	v_fma_f32 v10, v6, v8, v9
	.loc	1 52 16                         ; fp8_cast.py:52:16
	buffer_load_b128 v[1:4], v1, s[8:11], 0 offen
	.loc	1 53 27                         ; fp8_cast.py:53:27
	s_and_b32 s9, s7, 0xffff
	s_mov_b32 s8, s6
	.loc	1 51 23                         ; fp8_cast.py:51:23
	v_fmac_f32_e32 v8, v10, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v9, v6, v8
	v_div_fmas_f32 v6, v9, v7, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_div_fixup_f32 v5, v6, v5, 1.0
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 2, 2), 0
	.loc	1 51 46 is_stmt 0               ; fp8_cast.py:51:46
	v_cvt_f16_f32_e32 v5, v5
	.loc	1 52 16 is_stmt 1               ; fp8_cast.py:52:16
	s_waitcnt vmcnt(0)
	v_lshrrev_b32_e32 v6, 16, v1
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v1, v1, v5
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_lshrrev_b32_e32 v7, 16, v2
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v2, v2, v5
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_lshrrev_b32_e32 v8, 16, v3
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v6, v6, v5
	.loc	1 53 46 is_stmt 0               ; fp8_cast.py:53:46
	v_and_b32_e32 v10, 0x7fff, v1
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v7, v7, v5
	v_mul_f16_e32 v3, v3, v5
	v_mul_f16_e32 v8, v8, v5
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v12, 0x7fff, v6
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v10
	v_lshrrev_b16 v25, 7, v10
	v_and_b32_e32 v16, 0x7fff, v7
	v_and_b32_e32 v18, 0x7fff, v3
	v_lshrrev_b16 v26, 7, v12
	.loc	1 52 16 is_stmt 1               ; fp8_cast.py:52:16
	v_lshrrev_b32_e32 v9, 16, v4
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v4, v4, v5
	.loc	1 53 46 is_stmt 0               ; fp8_cast.py:53:46
	v_lshrrev_b16 v28, 7, v16
	v_lshrrev_b16 v29, 7, v18
	v_and_b32_e32 v26, 1, v26
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v5, v9, v5
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v22, 0x7fff, v4
	v_lshrrev_b16 v11, 8, v6
	v_lshrrev_b16 v13, 8, v2
	v_add_nc_u16 v26, v12, v26
	v_and_b32_e32 v24, 0x7fff, v5
	v_lshrrev_b16 v31, 7, v22
	v_lshrrev_b16 v15, 8, v7
	v_lshrrev_b16 v17, 8, v3
	v_add_nc_u16 v26, v26, 63
	v_lshrrev_b16 v32, 7, v24
	v_lshrrev_b16 v19, 8, v8
	v_lshrrev_b16 v21, 8, v4
	v_lshrrev_b16 v23, 8, v5
	v_and_b32_e32 v26, 0xffffff80, v26
	v_lshrrev_b16 v9, 8, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_max_u16 v26, 0x2400, v26
	v_and_b32_e32 v9, 0x80, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v26, 0x6000, v26
	v_lshrrev_b16 v26, 7, v26
	v_and_b32_e32 v25, 1, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v25, v10, v25
	v_add_nc_u16 v25, v25, 63
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v25, 0xffffff80, v25
	v_max_u16 v25, 0x2400, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v25, 0x6000, v25
	v_lshrrev_b16 v25, 7, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v25, 0x7e, v25, vcc_lo
	v_and_b32_e32 v14, 0x7fff, v2
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v12
	v_lshrrev_b16 v27, 7, v14
	v_cndmask_b32_e32 v26, 0x7e, v26, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v14
	v_and_b32_e32 v28, 1, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v28, v16, v28
	v_add_nc_u16 v28, v28, 63
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v28, 0xffffff80, v28
	v_max_u16 v28, 0x2400, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v28, 0x6000, v28
	v_lshrrev_b16 v28, 7, v28
	v_and_b32_e32 v27, 1, v27
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v27, v14, v27
	v_add_nc_u16 v27, v27, 63
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v27, 0xffffff80, v27
	v_max_u16 v27, 0x2400, v27
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v27, 0x6000, v27
	v_lshrrev_b16 v27, 7, v27
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v27, 0x7e, v27, vcc_lo
	v_and_b32_e32 v20, 0x7fff, v8
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v16
	v_lshrrev_b16 v30, 7, v20
	v_cndmask_b32_e32 v28, 0x7e, v28, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v30, 1, v30
	v_add_nc_u16 v30, v20, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v30, v30, 63
	v_and_b32_e32 v30, 0xffffff80, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u16 v30, 0x2400, v30
	v_add_nc_u16 v30, 0x6000, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshrrev_b16 v30, 7, v30
	v_and_b32_e32 v29, 1, v29
	v_add_nc_u16 v29, v18, v29
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v29, v29, 63
	v_and_b32_e32 v29, 0xffffff80, v29
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_u16 v29, 0x2400, v29
	v_add_nc_u16 v29, 0x6000, v29
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshrrev_b16 v29, 7, v29
	v_cndmask_b32_e32 v29, 0x7e, v29, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v20
	v_cndmask_b32_e32 v30, 0x7e, v30, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v22
	v_and_b32_e32 v32, 1, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v32, v24, v32
	v_add_nc_u16 v32, v32, 63
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v32, 0xffffff80, v32
	v_max_u16 v32, 0x2400, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v32, 0x6000, v32
	v_lshrrev_b16 v32, 7, v32
	v_and_b32_e32 v31, 1, v31
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v31, v22, v31
	v_add_nc_u16 v31, v31, 63
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v31, 0xffffff80, v31
	v_max_u16 v31, 0x2400, v31
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v31, 0x6000, v31
	v_lshrrev_b16 v31, 7, v31
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b32_e32 v31, 0x7e, v31, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x5f80, v24
	v_cndmask_b32_e32 v32, 0x7e, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v10
	v_cndmask_b32_e32 v25, 7, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v12
	v_dual_cndmask_b32 v26, 7, v26 :: v_dual_and_b32 v11, 0x80, v11
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v14
	v_cndmask_b32_e32 v27, 7, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v16
	v_dual_cndmask_b32 v28, 7, v28 :: v_dual_and_b32 v13, 0x80, v13
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v18
	v_cndmask_b32_e32 v29, 7, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v20
	v_dual_cndmask_b32 v30, 7, v30 :: v_dual_and_b32 v15, 0x80, v15
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v22
	v_cndmask_b32_e32 v31, 7, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x237f, v24
	v_dual_cndmask_b32 v32, 7, v32 :: v_dual_and_b32 v17, 0x80, v17
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v10
	v_cndmask_b32_e32 v25, 6, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v12
	v_dual_cndmask_b32 v26, 6, v26 :: v_dual_and_b32 v19, 0x80, v19
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v14
	v_cndmask_b32_e32 v27, 6, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v16
	v_dual_cndmask_b32 v28, 6, v28 :: v_dual_and_b32 v21, 0x80, v21
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v18
	v_cndmask_b32_e32 v29, 6, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v20
	v_dual_cndmask_b32 v30, 6, v30 :: v_dual_and_b32 v23, 0x80, v23
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v22
	v_cndmask_b32_e32 v31, 6, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2280, v24
	v_cndmask_b32_e32 v32, 6, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v10
	v_cndmask_b32_e32 v25, 5, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v12
	v_cndmask_b32_e32 v26, 5, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v14
	v_cndmask_b32_e32 v27, 5, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v16
	v_cndmask_b32_e32 v28, 5, v28, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v18
	v_cndmask_b32_e32 v29, 5, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v20
	v_cndmask_b32_e32 v30, 5, v30, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v22
	v_cndmask_b32_e32 v31, 5, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x217f, v24
	v_cndmask_b32_e32 v32, 5, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v10
	v_cndmask_b32_e32 v25, 4, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v12
	v_cndmask_b32_e32 v26, 4, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v14
	v_cndmask_b32_e32 v27, 4, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v16
	v_cndmask_b32_e32 v28, 4, v28, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v18
	v_cndmask_b32_e32 v29, 4, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v20
	v_cndmask_b32_e32 v30, 4, v30, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v22
	v_cndmask_b32_e32 v31, 4, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x2080, v24
	v_cndmask_b32_e32 v32, 4, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v10
	v_cndmask_b32_e32 v25, 3, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v12
	v_cndmask_b32_e32 v26, 3, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v14
	v_cndmask_b32_e32 v27, 3, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v16
	v_cndmask_b32_e32 v28, 3, v28, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v18
	v_cndmask_b32_e32 v29, 3, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v20
	v_cndmask_b32_e32 v30, 3, v30, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v22
	v_cndmask_b32_e32 v31, 3, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1eff, v24
	v_cndmask_b32_e32 v32, 3, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v10
	v_cndmask_b32_e32 v25, 2, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v12
	v_cndmask_b32_e32 v26, 2, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v14
	v_cndmask_b32_e32 v27, 2, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v16
	v_cndmask_b32_e32 v28, 2, v28, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v18
	v_cndmask_b32_e32 v29, 2, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v20
	v_cndmask_b32_e32 v30, 2, v30, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v22
	v_cndmask_b32_e32 v31, 2, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1d00, v24
	v_cndmask_b32_e32 v32, 2, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v10
	v_cndmask_b32_e32 v25, 1, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v12
	v_cndmask_b32_e32 v26, 1, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v14
	v_cndmask_b32_e32 v27, 1, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v16
	v_cndmask_b32_e32 v28, 1, v28, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v18
	v_cndmask_b32_e32 v29, 1, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v20
	v_cndmask_b32_e32 v30, 1, v30, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v22
	v_cndmask_b32_e32 v31, 1, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x19ff, v24
	v_cndmask_b32_e32 v32, 1, v32, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v10
	v_cndmask_b32_e32 v10, 0, v25, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v12
	v_cndmask_b32_e32 v12, 0, v26, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v14
	v_cndmask_b32_e32 v14, 0, v27, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v16
	v_cndmask_b32_e32 v16, 0, v28, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v18
	v_cndmask_b32_e32 v18, 0, v29, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v20
	v_cndmask_b32_e32 v20, 0, v30, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v22
	v_cndmask_b32_e32 v22, 0, v31, vcc_lo
	v_cmp_lt_u16_e32 vcc_lo, 0x1400, v24
	v_cndmask_b32_e32 v24, 0, v32, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v1, v1
	v_cndmask_b32_e32 v1, 0x7f, v10, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v6, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_or_b32_e32 v1, v1, v9
	v_cndmask_b32_e32 v6, 0x7f, v12, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v2, v2
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_and_b32_e32 v1, 0xff, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v6, v6, v11
	v_cndmask_b32_e32 v2, 0x7f, v14, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v7, v7
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_lshlrev_b16 v6, 8, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v2, v2, v13
	v_cndmask_b32_e32 v7, 0x7f, v16, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v3, v3
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_or_b32_e32 v1, v1, v6
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_and_b32_e32 v2, 0xff, v2
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v7, v7, v15
	v_cndmask_b32_e32 v3, 0x7f, v18, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v8, v8
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_and_b32_e32 v1, 0xffff, v1
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_lshlrev_b16 v7, 8, v7
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v3, v3, v17
	v_cndmask_b32_e32 v8, 0x7f, v20, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v4, v4
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_or_b32_e32 v2, v2, v7
	v_and_b32_e32 v3, 0xff, v3
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v8, v8, v19
	v_cndmask_b32_e32 v4, 0x7f, v22, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v5, v5
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_lshlrev_b16 v8, 8, v8
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v4, v4, v21
	v_cndmask_b32_e32 v5, 0x7f, v24, vcc_lo
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_or_b32_e32 v3, v3, v8
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_and_b32_e32 v4, 0xff, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v5, v5, v23
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_and_b32_e32 v3, 0xffff, v3
	v_lshlrev_b16 v5, 8, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_or_b32_e32 v4, v4, v5
	v_lshlrev_b32_e32 v5, 16, v2
	v_lshlrev_b32_e32 v4, 16, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_or_b32_e32 v1, v1, v5
	v_or_b32_e32 v2, v3, v4
	buffer_store_b64 v[1:2], v0, s[8:11], 0 offen
	.loc	1 53 4                          ; fp8_cast.py:53:4
	s_endpgm
.Ltmp1:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp16_to_fp8
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
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
		.amdhsa_next_free_vgpr 33
		.amdhsa_next_free_sgpr 12
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_shared_vgpr_count 0
		.amdhsa_inst_pref_size 19
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
	.size	fp16_to_fp8, .Lfunc_end0-fp16_to_fp8
	.cfi_endproc
                                        ; -- End function
	.set fp16_to_fp8.num_vgpr, 33
	.set fp16_to_fp8.num_agpr, 0
	.set fp16_to_fp8.numbered_sgpr, 12
	.set fp16_to_fp8.num_named_barrier, 0
	.set fp16_to_fp8.private_seg_size, 0
	.set fp16_to_fp8.uses_vcc, 1
	.set fp16_to_fp8.uses_flat_scratch, 0
	.set fp16_to_fp8.has_dyn_sized_stack, 0
	.set fp16_to_fp8.has_recursion, 0
	.set fp16_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2360
; TotalNumSgprs: 14
; NumVgprs: 33
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 4
; NumSGPRsForWavesPerEU: 14
; NumVGPRsForWavesPerEU: 33
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
	.set amdgpu.max_num_named_barrier, 0
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
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 128
    .name:           fp16_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     14
    .sgpr_spill_count: 0
    .symbol:         fp16_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     33
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1151
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

	.amdgcn_target "amdgcn-amd-amdhsa--gfx1151"
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
	s_clause 0x2
	s_load_b128 s[36:39], s[0:1], 0x0
	s_load_b64 s[4:5], s[0:1], 0x10
	s_load_b32 s0, s[0:1], 0x18
	v_mov_b32_e32 v1, 0
.Ltmp0:
	.loc	1 57 0 prologue_end             ; fp8_cast.py:57
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 61 30                         ; fp8_cast.py:61:30
	s_waitcnt lgkmcnt(0)
	global_load_b32 v9, v1, s[4:5]
	.loc	1 59 30                         ; fp8_cast.py:59:30
	s_lshl_b32 s1, s2, 10
	.loc	1 62 16                         ; fp8_cast.py:62:16
	s_and_b32 s41, s37, 0xffff
	.loc	1 59 38                         ; fp8_cast.py:59:38
	v_lshl_or_b32 v0, v0, 3, s1
	s_mov_b32 s43, 0x31027000
	s_mov_b32 s42, 0x7ffffffe
	.loc	1 62 16                         ; fp8_cast.py:62:16
	s_mov_b32 s40, s36
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	.loc	1 60 18                         ; fp8_cast.py:60:18
	v_cmp_gt_i32_e64 s0, s0, v0
	.loc	1 61 22                         ; fp8_cast.py:61:22
	s_waitcnt vmcnt(0)
	v_div_scale_f32 v10, null, v9, v9, 1.0
	v_div_scale_f32 v13, vcc_lo, 1.0, v9, 1.0
	v_rcp_f32_e32 v11, v10
	v_xor_b32_e32 v10, 0x80000000, v10
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v12, v10, v11, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_fmac_f32_e32 v11, v12, v11
	.loc	1 62 16                         ; fp8_cast.py:62:16
	v_lshlrev_b32_e32 v1, 2, v0
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_cndmask_b32_e64 v0, 0x80000000, v0, s0
	.loc	1 61 22                         ; fp8_cast.py:61:22
	v_mul_f32_e32 v12, v13, v11
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 62 16                         ; fp8_cast.py:62:16
	v_or_b32_e32 v2, 16, v1
	v_cndmask_b32_e64 v1, 0x80000000, v1, s0
	.loc	1 61 22                         ; fp8_cast.py:61:22
	v_fma_f32 v14, v10, v12, v13
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 62 16                         ; fp8_cast.py:62:16
	v_cndmask_b32_e64 v5, 0x80000000, v2, s0
	s_clause 0x1
	buffer_load_b128 v[1:4], v1, s[40:43], 0 offen
	buffer_load_b128 v[5:8], v5, s[40:43], 0 offen
	.loc	1 61 22                         ; fp8_cast.py:61:22
	v_fmac_f32_e32 v12, v14, v11
	.loc	1 63 27                         ; fp8_cast.py:63:27
	s_and_b32 s41, s39, 0xffff
	s_mov_b32 s40, s38
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 61 22                         ; fp8_cast.py:61:22
	v_fmac_f32_e32 v13, v10, v12
	v_div_fmas_f32 v10, v13, v11, v12
	.loc	1 63 46                         ; fp8_cast.py:63:46
	v_mov_b32_e32 v11, 0x600000
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 61 22                         ; fp8_cast.py:61:22
	v_div_fixup_f32 v9, v10, v9, 1.0
	.loc	1 63 46                         ; fp8_cast.py:63:46
	v_mov_b32_e32 v10, 0x200000
	.loc	1 63 32 is_stmt 0               ; fp8_cast.py:63:32
	s_waitcnt vmcnt(0)
	v_dual_mul_f32 v2, v2, v9 :: v_dual_mul_f32 v7, v9, v7
	v_mul_f32_e32 v1, v1, v9
	v_dual_mul_f32 v3, v3, v9 :: v_dual_mul_f32 v6, v9, v6
	v_mul_f32_e32 v4, v4, v9
	v_mul_f32_e32 v5, v9, v5
	v_mul_f32_e32 v8, v9, v8
	.loc	1 63 46                         ; fp8_cast.py:63:46
	v_and_b32_e32 v14, 0x7fffff, v2
	v_bfe_u32 v9, v1, 23, 8
	v_and_b32_e32 v12, 0x7fffff, v1
	v_bfe_u32 v13, v2, 23, 8
	v_bfe_u32 v15, v3, 23, 8
	v_and_b32_e32 v16, 0x7fffff, v3
	v_cmp_lt_u32_e32 vcc_lo, 0x6d, v9
	v_bfe_u32 v17, v4, 23, 8
	v_cmp_lt_u32_e64 s2, 0x6d, v13
	v_cmp_lt_u32_e64 s4, 0x6d, v15
	v_and_b32_e32 v18, 0x7fffff, v4
	v_cndmask_b32_e32 v12, 0, v12, vcc_lo
	v_bfe_u32 v19, v5, 23, 8
	v_cndmask_b32_e64 v14, 0, v14, s2
	v_cndmask_b32_e64 v16, 0, v16, s4
	v_cmp_lt_u32_e64 s6, 0x6d, v17
	v_cmp_eq_u32_e64 s16, 0, v12
	v_and_b32_e32 v20, 0x7fffff, v5
	v_bfe_u32 v21, v6, 23, 8
	v_cmp_lt_u32_e64 s8, 0x6d, v19
	v_cndmask_b32_e64 v18, 0, v18, s6
	v_cndmask_b32_e64 v35, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v14
	v_and_b32_e32 v22, 0x7fffff, v6
	v_bfe_u32 v23, v7, 23, 8
	v_cndmask_b32_e64 v20, 0, v20, s8
	v_cmp_lt_u32_e64 s10, 0x6d, v21
	v_cndmask_b32_e64 v36, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v16
	v_and_b32_e32 v24, 0x7fffff, v7
	v_bfe_u32 v25, v8, 23, 8
	v_cndmask_b32_e64 v22, 0, v22, s10
	v_cmp_lt_u32_e64 s12, 0x6d, v23
	v_cndmask_b32_e64 v37, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v18
	v_and_b32_e32 v26, 0x7fffff, v8
	v_cmp_lt_u32_e64 s14, 0x6d, v25
	v_cndmask_b32_e64 v24, 0, v24, s12
	v_subrev_nc_u32_e64 v27, 0x70, v9 clamp
	v_cndmask_b32_e64 v38, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v20
	v_cndmask_b32_e64 v26, 0, v26, s14
	v_cmp_lt_u32_e32 vcc_lo, 0x8e, v9
	v_cmp_eq_u32_e64 s1, 0xff, v9
	v_subrev_nc_u32_e64 v28, 0x70, v13 clamp
	v_cndmask_b32_e64 v39, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v22
	v_cmp_lt_u32_e64 s2, 0x8e, v13
	v_cmp_eq_u32_e64 s3, 0xff, v13
	v_subrev_nc_u32_e64 v29, 0x70, v15 clamp
	v_cmp_lt_u32_e64 s4, 0x8e, v15
	v_cndmask_b32_e64 v40, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v24
	v_cmp_eq_u32_e64 s5, 0xff, v15
	v_subrev_nc_u32_e64 v30, 0x70, v17 clamp
	v_cmp_lt_u32_e64 s6, 0x8e, v17
	v_cmp_eq_u32_e64 s7, 0xff, v17
	v_cndmask_b32_e64 v41, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0, v26
	v_subrev_nc_u32_e64 v31, 0x70, v19 clamp
	v_subrev_nc_u32_e64 v32, 0x70, v21 clamp
	v_subrev_nc_u32_e64 v33, 0x70, v23 clamp
	v_subrev_nc_u32_e64 v34, 0x70, v25 clamp
	v_cndmask_b32_e64 v42, 0x200000, 0, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v9
	v_cmp_lt_u32_e64 s8, 0x8e, v19
	v_cmp_eq_u32_e64 s9, 0xff, v19
	v_cmp_lt_u32_e64 s10, 0x8e, v21
	v_cmp_eq_u32_e64 s11, 0xff, v21
	v_cndmask_b32_e64 v12, v12, v35, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v13
	v_cmp_lt_u32_e64 s12, 0x8e, v23
	v_cmp_eq_u32_e64 s13, 0xff, v23
	v_cmp_lt_u32_e64 s14, 0x8e, v25
	v_cmp_eq_u32_e64 s15, 0xff, v25
	v_cndmask_b32_e64 v14, v14, v36, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v15
	v_lshrrev_b32_e32 v5, 3, v5
	v_lshrrev_b32_e32 v1, 3, v1
	v_lshrrev_b32_e32 v2, 3, v2
	v_lshrrev_b32_e32 v3, 3, v3
	v_cndmask_b32_e64 v16, v16, v37, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v17
	v_lshrrev_b32_e32 v4, 3, v4
	v_lshrrev_b32_e32 v6, 3, v6
	v_lshrrev_b32_e32 v7, 3, v7
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, v18, v38, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v19
	v_cndmask_b32_e64 v20, v20, v39, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, v22, v40, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v23
	v_cndmask_b32_e64 v24, v24, v41, s16
	v_cmp_eq_u32_e64 s16, 0x6e, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v26, v26, v42, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v12
	v_cndmask_b32_e64 v35, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v36, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v16
	v_cndmask_b32_e64 v37, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v38, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v20
	v_cndmask_b32_e64 v39, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v40, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v24
	v_cndmask_b32_e64 v41, 0x400000, v10, s16
	v_cmp_gt_u32_e64 s16, 0x400000, v26
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v10, 0x400000, v10, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v9
	v_cndmask_b32_e64 v12, v12, v35, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, v14, v36, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v15
	v_cndmask_b32_e64 v16, v16, v37, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, v18, v38, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v19
	v_cndmask_b32_e64 v20, v20, v39, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, v22, v40, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v23
	v_cndmask_b32_e64 v24, v24, v41, s16
	v_cmp_eq_u32_e64 s16, 0x6f, v25
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v10, v26, v10, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v12
	v_cndmask_b32_e64 v26, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v16
	v_cndmask_b32_e64 v36, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v37, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v20
	v_cndmask_b32_e64 v38, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v39, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v24
	v_cndmask_b32_e64 v40, 0x800000, v11, s16
	v_cmp_gt_u32_e64 s16, 0x600000, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v11, 0x800000, v11, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v12
	v_cndmask_b32_e64 v26, 0x400000, v26, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v35, 0x400000, v35, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v16
	v_cndmask_b32_e64 v36, 0x400000, v36, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v37, 0x400000, v37, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v20
	v_cndmask_b32_e64 v38, 0x400000, v38, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v39, 0x400000, v39, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v24
	v_cndmask_b32_e64 v40, 0x400000, v40, s16
	v_cmp_lt_u32_e64 s16, 0x200000, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v11, 0x400000, v11, s16
	v_cmp_eq_u32_e64 s16, 0x70, v9
	v_cndmask_b32_e64 v9, v12, v26, s16
	v_cmp_eq_u32_e64 s16, 0x70, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v12, v14, v35, s16
	v_cmp_eq_u32_e64 s16, 0x70, v15
	v_cmp_ne_u32_e64 s17, 0, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v13, v16, v36, s16
	v_cmp_eq_u32_e64 s16, 0x70, v17
	v_cmp_ne_u32_e64 s18, 0, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v14, v18, v37, s16
	v_cmp_eq_u32_e64 s16, 0x70, v19
	v_bfe_u32 v18, v9, 21, 1
	v_bfe_u32 v19, v12, 21, 1
	v_cmp_ne_u32_e64 s19, 0, v14
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v15, v20, v38, s16
	v_cmp_eq_u32_e64 s16, 0x70, v21
	v_bfe_u32 v20, v13, 21, 1
	v_bfe_u32 v21, v14, 21, 1
	v_cmp_ne_u32_e64 s20, 0, v15
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v16, v22, v39, s16
	v_cmp_eq_u32_e64 s16, 0x70, v23
	v_bfe_u32 v22, v15, 21, 1
	v_bfe_u32 v23, v16, 21, 1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v17, v24, v40, s16
	v_cmp_eq_u32_e64 s16, 0x70, v25
	v_cmp_ne_u32_e64 s21, 0, v16
	v_bfe_u32 v24, v17, 21, 1
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e64 v10, v10, v11, s16
	v_lshl_or_b32 v11, v27, 23, v9
	v_cmp_ne_u32_e64 s16, 0, v9
	v_lshl_or_b32 v9, v28, 23, v12
	v_lshl_or_b32 v12, v29, 23, v13
	v_lshl_or_b32 v13, v30, 23, v14
	v_cmp_lt_u32_e64 s24, 0xf6fffff, v11
	v_lshl_or_b32 v14, v31, 23, v15
	v_lshl_or_b32 v15, v32, 23, v16
	v_lshl_or_b32 v16, v33, 23, v17
	v_cmp_ne_u32_e64 s22, 0, v17
	v_lshl_or_b32 v17, v34, 23, v10
	v_bfe_u32 v25, v10, 21, 1
	v_cmp_ne_u32_e64 s23, 0, v10
	v_add3_u32 v10, v11, v18, 0xfffff
	v_cmp_lt_u32_e64 s25, 0xf6fffff, v9
	v_add3_u32 v11, v9, v19, 0xfffff
	v_cmp_lt_u32_e64 s26, 0xf6fffff, v12
	s_or_b32 s24, vcc_lo, s24
	v_add3_u32 v9, v12, v20, 0xfffff
	v_cmp_lt_u32_e64 s27, 0xf6fffff, v13
	v_cndmask_b32_e64 v10, v10, 0xf600000, s24
	s_or_b32 s2, s2, s25
	v_add3_u32 v12, v13, v21, 0xfffff
	v_cmp_lt_u32_e64 s28, 0xf6fffff, v14
	v_cndmask_b32_e64 v11, v11, 0xf600000, s2
	s_or_b32 s2, s4, s26
	v_add3_u32 v13, v14, v22, 0xfffff
	s_and_b32 s1, s1, s16
	v_cndmask_b32_e64 v9, v9, 0xf600000, s2
	s_or_b32 s2, s6, s27
	v_cndmask_b32_e64 v10, v10, 0xfc00000, s1
	s_and_b32 s1, s3, s17
	v_cndmask_b32_e64 v12, v12, 0xf600000, s2
	s_or_b32 s2, s8, s28
	v_cndmask_b32_e64 v11, v11, 0xfc00000, s1
	s_and_b32 s1, s5, s18
	v_cndmask_b32_e64 v13, v13, 0xf600000, s2
	v_cndmask_b32_e64 v9, v9, 0xfc00000, s1
	s_and_b32 s1, s7, s19
	v_cmp_lt_u32_e64 s29, 0xf6fffff, v15
	v_cndmask_b32_e64 v12, v12, 0xfc00000, s1
	s_and_b32 s1, s9, s20
	v_add3_u32 v14, v15, v23, 0xfffff
	v_cndmask_b32_e64 v13, v13, 0xfc00000, s1
	v_cmp_lt_u32_e64 s30, 0xf6fffff, v16
	v_add3_u32 v15, v16, v24, 0xfffff
	v_cmp_lt_u32_e64 s31, 0xf6fffff, v17
	s_or_b32 s2, s10, s29
	v_add3_u32 v16, v17, v25, 0xfffff
	v_and_or_b32 v5, 0x10000000, v5, v13
	v_cndmask_b32_e64 v14, v14, 0xf600000, s2
	s_or_b32 s2, s12, s30
	s_and_b32 s1, s11, s21
	v_cndmask_b32_e64 v15, v15, 0xf600000, s2
	s_or_b32 s2, s14, s31
	v_lshrrev_b32_e32 v5, 21, v5
	v_cndmask_b32_e64 v16, v16, 0xf600000, s2
	v_cndmask_b32_e64 v14, v14, 0xfc00000, s1
	s_and_b32 s1, s13, s22
	v_and_or_b32 v1, 0x10000000, v1, v10
	v_cndmask_b32_e64 v15, v15, 0xfc00000, s1
	s_and_b32 s1, s15, s23
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_and_b32_e32 v5, 0xff, v5
	.loc	1 63 46                         ; fp8_cast.py:63:46
	v_lshrrev_b32_e32 v8, 3, v8
	v_cndmask_b32_e64 v16, v16, 0xfc00000, s1
	v_and_or_b32 v2, 0x10000000, v2, v11
	v_and_or_b32 v3, 0x10000000, v3, v9
	v_and_or_b32 v4, 0x10000000, v4, v12
	v_and_or_b32 v6, 0x10000000, v6, v14
	v_and_or_b32 v7, 0x10000000, v7, v15
	v_and_or_b32 v8, 0x10000000, v8, v16
	v_lshrrev_b32_e32 v1, 21, v1
	v_lshrrev_b32_e32 v2, 21, v2
	v_lshrrev_b32_e32 v3, 21, v3
	v_lshrrev_b32_e32 v6, 21, v6
	v_lshrrev_b32_e32 v8, 21, v8
	v_lshrrev_b32_e32 v7, 21, v7
	v_lshrrev_b32_e32 v4, 21, v4
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_lshlrev_b16 v2, 8, v2
	v_lshlrev_b16 v6, 8, v6
	v_lshlrev_b16 v8, 8, v8
	v_and_b32_e32 v7, 0xff, v7
	v_and_b32_e32 v1, 0xff, v1
	v_lshlrev_b16 v4, 8, v4
	v_and_b32_e32 v3, 0xff, v3
	v_or_b32_e32 v5, v5, v6
	v_or_b32_e32 v6, v7, v8
	v_or_b32_e32 v1, v1, v2
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_or_b32_e32 v2, v3, v4
	v_and_b32_e32 v3, 0xffff, v5
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_lshlrev_b32_e32 v4, 16, v6
	v_and_b32_e32 v1, 0xffff, v1
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshlrev_b32_e32 v5, 16, v2
	v_or_b32_e32 v2, v3, v4
	s_delay_alu instid0(VALU_DEP_2)
	v_or_b32_e32 v1, v1, v5
	buffer_store_b64 v[1:2], v0, s[40:43], 0 offen
	.loc	1 63 4                          ; fp8_cast.py:63:4
	s_endpgm
.Ltmp1:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp32_to_fp8
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
		.amdhsa_next_free_vgpr 43
		.amdhsa_next_free_sgpr 44
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
		.amdhsa_inst_pref_size 25
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
	.set fp32_to_fp8.num_vgpr, 43
	.set fp32_to_fp8.num_agpr, 0
	.set fp32_to_fp8.numbered_sgpr, 44
	.set fp32_to_fp8.num_named_barrier, 0
	.set fp32_to_fp8.private_seg_size, 0
	.set fp32_to_fp8.uses_vcc, 1
	.set fp32_to_fp8.uses_flat_scratch, 0
	.set fp32_to_fp8.has_dyn_sized_stack, 0
	.set fp32_to_fp8.has_recursion, 0
	.set fp32_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3160
; TotalNumSgprs: 46
; NumVgprs: 43
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 5
; NumSGPRsForWavesPerEU: 46
; NumVGPRsForWavesPerEU: 43
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
    .name:           fp32_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     46
    .sgpr_spill_count: 0
    .symbol:         fp32_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     43
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

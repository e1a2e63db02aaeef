	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x2
	s_load_b128 s[80:83], s[0:1], 0x0
	s_load_b64 s[4:5], s[0:1], 0x10
	s_load_b32 s0, s[0:1], 0x18
	v_mov_b32_e32 v1, 0
.Ltmp0:
	.loc	1 57 1 prologue_end             ; fp8_cast.py:57:1
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 61 23                         ; fp8_cast.py:61:23
	s_waitcnt lgkmcnt(0)
	global_load_b32 v9, v1, s[4:5]
	.loc	1 59 39                         ; fp8_cast.py:59:39
	v_readfirstlane_b32 s1, v0
	.loc	1 62 9                          ; fp8_cast.py:62:9
	s_and_b32 s85, s81, 0xffff
	s_mov_b32 s87, 0x31027000
	s_mov_b32 s86, 0x7ffffffe
	s_mov_b32 s84, s80
	.loc	1 61 17                         ; fp8_cast.py:61:17
	s_waitcnt vmcnt(0)
	v_div_scale_f32 v10, null, v9, v9, 1.0
	v_div_scale_f32 v13, vcc_lo, 1.0, v9, 1.0
	s_delay_alu instid0(VALU_DEP_2)
	v_rcp_f32_e32 v11, v10
	v_xor_b32_e32 v10, 0x80000000, v10
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v12, v10, v11, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_fmac_f32 v11, v12, v11 :: v_dual_and_b32 v0, 31, v0
	.loc	1 59 39                         ; fp8_cast.py:59:39
	v_and_or_b32 v0, 0x60, s1, v0
	.loc	1 59 12 is_stmt 0               ; fp8_cast.py:59:12
	s_lshl_b32 s1, s2, 10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 61 17 is_stmt 1               ; fp8_cast.py:61:17
	v_mul_f32_e32 v12, v13, v11
	.loc	1 59 12                         ; fp8_cast.py:59:12
	v_lshl_or_b32 v0, v0, 3, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 61 17                         ; fp8_cast.py:61:17
	v_fma_f32 v14, v10, v12, v13
	.loc	1 62 9                          ; fp8_cast.py:62:9
	v_lshlrev_b32_e32 v1, 2, v0
	.loc	1 60 12                         ; fp8_cast.py:60:12
	v_cmp_gt_i32_e64 s0, s0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 62 9                          ; fp8_cast.py:62:9
	v_or_b32_e32 v2, 16, v1
	v_cndmask_b32_e64 v1, 0x80000000, v1, s0
	.loc	1 63 5                          ; fp8_cast.py:63:5
	v_cndmask_b32_e64 v0, 0x80000000, v0, s0
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 62 9                          ; fp8_cast.py:62:9
	v_cndmask_b32_e64 v5, 0x80000000, v2, s0
	s_clause 0x1
	buffer_load_b128 v[1:4], v1, s[84:87], 0 offen
	buffer_load_b128 v[5:8], v5, s[84:87], 0 offen
	.loc	1 61 17                         ; fp8_cast.py:61:17
	v_fmac_f32_e32 v12, v14, v11
	.loc	1 63 5                          ; fp8_cast.py:63:5
	s_and_b32 s85, s83, 0xffff
	s_mov_b32 s84, s82
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 61 17                         ; fp8_cast.py:61:17
	v_fmac_f32_e32 v13, v10, v12
	v_div_fmas_f32 v10, v13, v11, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_div_fixup_f32 v9, v10, v9, 1.0
	.loc	1 63 29                         ; fp8_cast.py:63:29
	s_waitcnt vmcnt(1)
	v_mul_f32_e32 v1, v1, v9
	s_waitcnt vmcnt(0)
	v_dual_mul_f32 v2, v2, v9 :: v_dual_mul_f32 v7, v9, v7
	v_dual_mul_f32 v3, v3, v9 :: v_dual_mul_f32 v6, v9, v6
	v_mul_f32_e32 v4, v4, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_mul_f32 v5, v9, v5 :: v_dual_and_b32 v12, 0x7fffffff, v2
	v_dual_mul_f32 v8, v9, v8 :: v_dual_and_b32 v13, 0x7fffffff, v3
	.loc	1 63 28 is_stmt 0               ; fp8_cast.py:63:28
	v_lshrrev_b32_e32 v9, 24, v1
	v_and_b32_e32 v10, 0x7fffffff, v1
	v_lshrrev_b32_e32 v11, 24, v2
	v_cmp_o_f32_e64 s1, v2, v2
	v_lshrrev_b32_e32 v2, 24, v3
	v_cmp_o_f32_e64 s2, v3, v3
	v_lshrrev_b32_e32 v3, 24, v4
	v_and_b32_e32 v14, 0x7fffffff, v4
	v_cmp_o_f32_e64 s3, v4, v4
	v_lshrrev_b32_e32 v4, 24, v5
	v_and_b32_e32 v15, 0x7fffffff, v5
	v_cmp_o_f32_e64 s4, v5, v5
	v_lshrrev_b32_e32 v5, 24, v6
	v_and_b32_e32 v16, 0x7fffffff, v6
	v_cmp_o_f32_e64 s5, v6, v6
	v_lshrrev_b32_e32 v6, 24, v7
	v_and_b32_e32 v17, 0x7fffffff, v7
	v_cmp_o_f32_e64 s6, v7, v7
	v_lshrrev_b32_e32 v7, 24, v8
	v_and_b32_e32 v18, 0x7fffffff, v8
	v_cmp_o_f32_e32 vcc_lo, v1, v1
	v_cmp_o_f32_e64 s7, v8, v8
	v_and_b16 v1.l, 0x80, v9.l
	v_bfe_u32 v8, v10, 20, 1
	v_and_b16 v1.h, 0x80, v11.l
	v_bfe_u32 v9, v12, 20, 1
	v_bfe_u32 v11, v13, 20, 1
	v_and_b16 v2.h, 0x80, v3.l
	v_bfe_u32 v19, v14, 20, 1
	v_and_b16 v3.l, 0x80, v4.l
	v_bfe_u32 v20, v15, 20, 1
	v_and_b16 v3.h, 0x80, v5.l
	v_bfe_u32 v5, v16, 20, 1
	v_and_b16 v4.l, 0x80, v6.l
	v_bfe_u32 v6, v17, 20, 1
	v_and_b16 v4.h, 0x80, v7.l
	v_bfe_u32 v7, v18, 20, 1
	v_cmp_gt_u32_e64 s8, 0x43e80000, v10
	v_cmp_lt_u32_e64 s9, 0x3c6fffff, v10
	v_cmp_lt_u32_e64 s10, 0x3c500000, v10
	v_cmp_lt_u32_e64 s11, 0x3c2fffff, v10
	v_cmp_lt_u32_e64 s12, 0x3c100000, v10
	v_cmp_lt_u32_e64 s13, 0x3bdfffff, v10
	v_cmp_lt_u32_e64 s14, 0x3ba00000, v10
	v_cmp_lt_u32_e64 s15, 0x3b3fffff, v10
	v_cmp_lt_u32_e64 s16, 0x3a800000, v10
	v_cmp_gt_u32_e64 s17, 0x43e80000, v12
	v_cmp_lt_u32_e64 s18, 0x3c6fffff, v12
	v_cmp_lt_u32_e64 s19, 0x3c500000, v12
	v_cmp_lt_u32_e64 s20, 0x3c2fffff, v12
	v_cmp_lt_u32_e64 s21, 0x3c100000, v12
	v_cmp_lt_u32_e64 s22, 0x3bdfffff, v12
	v_cmp_lt_u32_e64 s23, 0x3ba00000, v12
	v_cmp_lt_u32_e64 s24, 0x3b3fffff, v12
	v_cmp_lt_u32_e64 s25, 0x3a800000, v12
	v_add3_u32 v8, v10, v8, 0x7ffff
	v_add3_u32 v9, v12, v9, 0x7ffff
	v_add3_u32 v10, v13, v11, 0x7ffff
	v_add3_u32 v11, v14, v19, 0x7ffff
	v_add3_u32 v12, v15, v20, 0x7ffff
	v_add3_u32 v5, v16, v5, 0x7ffff
	v_add3_u32 v6, v17, v6, 0x7ffff
	v_add3_u32 v7, v18, v7, 0x7ffff
	v_and_b32_e32 v8, 0xfff00000, v8
	v_and_b32_e32 v9, 0xfff00000, v9
	v_and_b32_e32 v10, 0xfff00000, v10
	v_and_b32_e32 v11, 0xfff00000, v11
	v_and_b32_e32 v12, 0xfff00000, v12
	v_and_b32_e32 v5, 0xfff00000, v5
	v_and_b32_e32 v6, 0xfff00000, v6
	v_and_b32_e32 v7, 0xfff00000, v7
	v_max_u32_e32 v8, 0x3c800000, v8
	v_max_u32_e32 v9, 0x3c800000, v9
	v_max_u32_e32 v10, 0x3c800000, v10
	v_max_u32_e32 v11, 0x3c800000, v11
	v_max_u32_e32 v12, 0x3c800000, v12
	v_max_u32_e32 v5, 0x3c800000, v5
	v_max_u32_e32 v6, 0x3c800000, v6
	v_max_u32_e32 v7, 0x3c800000, v7
	v_add_nc_u32_e32 v8, 0x4000000, v8
	v_add_nc_u32_e32 v9, 0x4000000, v9
	v_add_nc_u32_e32 v10, 0x4000000, v10
	v_add_nc_u32_e32 v11, 0x4000000, v11
	v_add_nc_u32_e32 v12, 0x4000000, v12
	v_add_nc_u32_e32 v5, 0x4000000, v5
	v_add_nc_u32_e32 v6, 0x4000000, v6
	v_add_nc_u32_e32 v7, 0x4000000, v7
	v_cmp_gt_u32_e64 s26, 0x43e80000, v13
	v_cmp_lt_u32_e64 s27, 0x3c6fffff, v13
	v_cmp_lt_u32_e64 s28, 0x3c500000, v13
	v_cmp_lt_u32_e64 s29, 0x3c2fffff, v13
	v_cmp_lt_u32_e64 s30, 0x3c100000, v13
	v_cmp_lt_u32_e64 s31, 0x3bdfffff, v13
	v_cmp_lt_u32_e64 s33, 0x3ba00000, v13
	v_cmp_lt_u32_e64 s34, 0x3b3fffff, v13
	v_cmp_lt_u32_e64 s35, 0x3a800000, v13
	v_cmp_gt_u32_e64 s36, 0x43e80000, v14
	v_cmp_lt_u32_e64 s37, 0x3c6fffff, v14
	v_cmp_lt_u32_e64 s38, 0x3c500000, v14
	v_cmp_lt_u32_e64 s39, 0x3c2fffff, v14
	v_cmp_lt_u32_e64 s40, 0x3c100000, v14
	v_cmp_lt_u32_e64 s41, 0x3bdfffff, v14
	v_cmp_lt_u32_e64 s42, 0x3ba00000, v14
	v_cmp_lt_u32_e64 s43, 0x3b3fffff, v14
	v_cmp_lt_u32_e64 s44, 0x3a800000, v14
	v_cmp_gt_u32_e64 s45, 0x43e80000, v15
	v_cmp_lt_u32_e64 s46, 0x3c6fffff, v15
	v_cmp_lt_u32_e64 s47, 0x3c500000, v15
	v_cmp_lt_u32_e64 s48, 0x3c2fffff, v15
	v_cmp_lt_u32_e64 s49, 0x3c100000, v15
	v_cmp_lt_u32_e64 s50, 0x3bdfffff, v15
	v_cmp_lt_u32_e64 s51, 0x3ba00000, v15
	v_cmp_lt_u32_e64 s52, 0x3b3fffff, v15
	v_cmp_lt_u32_e64 s53, 0x3a800000, v15
	v_cmp_gt_u32_e64 s54, 0x43e80000, v16
	v_cmp_gt_u32_e64 s63, 0x43e80000, v17
	v_cmp_gt_u32_e64 s72, 0x43e80000, v18
	v_lshrrev_b32_e32 v8, 20, v8
	v_lshrrev_b32_e32 v9, 20, v9
	v_lshrrev_b32_e32 v10, 20, v10
	v_lshrrev_b32_e32 v11, 20, v11
	v_lshrrev_b32_e32 v12, 20, v12
	v_lshrrev_b32_e32 v13, 20, v5
	v_lshrrev_b32_e32 v14, 20, v6
	v_lshrrev_b32_e32 v15, 20, v7
	v_cmp_lt_u32_e64 s55, 0x3c6fffff, v16
	v_cmp_lt_u32_e64 s64, 0x3c6fffff, v17
	v_cmp_lt_u32_e64 s73, 0x3c6fffff, v18
	v_cndmask_b16 v5.l, 0x7e, v8.l, s8
	v_cndmask_b16 v5.h, 0x7e, v9.l, s17
	v_cndmask_b16 v6.l, 0x7e, v10.l, s26
	v_cndmask_b16 v6.h, 0x7e, v11.l, s36
	v_cndmask_b16 v7.l, 0x7e, v12.l, s45
	v_cndmask_b16 v7.h, 0x7e, v13.l, s54
	v_cndmask_b16 v8.l, 0x7e, v14.l, s63
	v_cndmask_b16 v8.h, 0x7e, v15.l, s72
	v_cmp_lt_u32_e64 s56, 0x3c500000, v16
	v_cmp_lt_u32_e64 s65, 0x3c500000, v17
	v_cmp_lt_u32_e64 s74, 0x3c500000, v18
	v_cndmask_b16 v5.l, 7, v5.l, s9
	v_cndmask_b16 v5.h, 7, v5.h, s18
	v_cndmask_b16 v6.l, 7, v6.l, s27
	v_cndmask_b16 v6.h, 7, v6.h, s37
	v_cndmask_b16 v7.l, 7, v7.l, s46
	v_cndmask_b16 v7.h, 7, v7.h, s55
	v_cndmask_b16 v8.l, 7, v8.l, s64
	v_cndmask_b16 v8.h, 7, v8.h, s73
	v_cmp_lt_u32_e64 s57, 0x3c2fffff, v16
	v_cmp_lt_u32_e64 s66, 0x3c2fffff, v17
	v_cmp_lt_u32_e64 s75, 0x3c2fffff, v18
	v_cndmask_b16 v5.l, 6, v5.l, s10
	v_cndmask_b16 v5.h, 6, v5.h, s19
	v_cndmask_b16 v6.l, 6, v6.l, s28
	v_cndmask_b16 v6.h, 6, v6.h, s38
	v_cndmask_b16 v7.l, 6, v7.l, s47
	v_cndmask_b16 v7.h, 6, v7.h, s56
	v_cndmask_b16 v8.l, 6, v8.l, s65
	v_cndmask_b16 v8.h, 6, v8.h, s74
	v_cmp_lt_u32_e64 s58, 0x3c100000, v16
	v_cmp_lt_u32_e64 s67, 0x3c100000, v17
	v_cmp_lt_u32_e64 s76, 0x3c100000, v18
	v_cndmask_b16 v5.l, 5, v5.l, s11
	v_cndmask_b16 v5.h, 5, v5.h, s20
	v_cndmask_b16 v6.l, 5, v6.l, s29
	v_cndmask_b16 v6.h, 5, v6.h, s39
	v_cndmask_b16 v7.l, 5, v7.l, s48
	v_cndmask_b16 v7.h, 5, v7.h, s57
	v_cndmask_b16 v8.l, 5, v8.l, s66
	v_cndmask_b16 v8.h, 5, v8.h, s75
	v_cmp_lt_u32_e64 s59, 0x3bdfffff, v16
	v_cmp_lt_u32_e64 s68, 0x3bdfffff, v17
	v_cmp_lt_u32_e64 s77, 0x3bdfffff, v18
	v_cndmask_b16 v5.l, 4, v5.l, s12
	v_cndmask_b16 v5.h, 4, v5.h, s21
	v_cndmask_b16 v6.l, 4, v6.l, s30
	v_cndmask_b16 v6.h, 4, v6.h, s40
	v_cndmask_b16 v7.l, 4, v7.l, s49
	v_cndmask_b16 v7.h, 4, v7.h, s58
	v_cndmask_b16 v8.l, 4, v8.l, s67
	v_cndmask_b16 v8.h, 4, v8.h, s76
	v_cmp_lt_u32_e64 s60, 0x3ba00000, v16
	v_cmp_lt_u32_e64 s69, 0x3ba00000, v17
	v_cmp_lt_u32_e64 s78, 0x3ba00000, v18
	v_cndmask_b16 v5.l, 3, v5.l, s13
	v_cndmask_b16 v5.h, 3, v5.h, s22
	v_cndmask_b16 v6.l, 3, v6.l, s31
	v_cndmask_b16 v6.h, 3, v6.h, s41
	v_cndmask_b16 v7.l, 3, v7.l, s50
	v_cndmask_b16 v7.h, 3, v7.h, s59
	v_cndmask_b16 v8.l, 3, v8.l, s68
	v_cndmask_b16 v8.h, 3, v8.h, s77
	v_cmp_lt_u32_e64 s61, 0x3b3fffff, v16
	v_cmp_lt_u32_e64 s70, 0x3b3fffff, v17
	v_cmp_lt_u32_e64 s79, 0x3b3fffff, v18
	v_cndmask_b16 v5.l, 2, v5.l, s14
	v_cndmask_b16 v5.h, 2, v5.h, s23
	v_cndmask_b16 v6.l, 2, v6.l, s33
	v_cndmask_b16 v6.h, 2, v6.h, s42
	v_cndmask_b16 v7.l, 2, v7.l, s51
	v_cndmask_b16 v7.h, 2, v7.h, s60
	v_cndmask_b16 v8.l, 2, v8.l, s69
	v_cndmask_b16 v8.h, 2, v8.h, s78
	v_cmp_lt_u32_e64 s62, 0x3a800000, v16
	v_cmp_lt_u32_e64 s71, 0x3a800000, v17
	v_cmp_lt_u32_e64 s80, 0x3a800000, v18
	v_cndmask_b16 v5.l, 1, v5.l, s15
	v_cndmask_b16 v5.h, 1, v5.h, s24
	v_cndmask_b16 v6.l, 1, v6.l, s34
	v_cndmask_b16 v6.h, 1, v6.h, s43
	v_cndmask_b16 v7.l, 1, v7.l, s52
	v_cndmask_b16 v7.h, 1, v7.h, s61
	v_cndmask_b16 v8.l, 1, v8.l, s70
	v_cndmask_b16 v8.h, 1, v8.h, s79
	v_cndmask_b16 v5.l, 0, v5.l, s16
	v_cndmask_b16 v5.h, 0, v5.h, s25
	v_cndmask_b16 v6.l, 0, v6.l, s35
	v_cndmask_b16 v6.h, 0, v6.h, s44
	v_cndmask_b16 v7.l, 0, v7.l, s53
	v_cndmask_b16 v7.h, 0, v7.h, s62
	v_cndmask_b16 v8.l, 0, v8.l, s71
	v_cndmask_b16 v8.h, 0, v8.h, s80
	v_and_b16 v2.l, 0x80, v2.l
	v_cndmask_b16 v5.l, 0x7f, v5.l, vcc_lo
	v_cndmask_b16 v5.h, 0x7f, v5.h, s1
	v_cndmask_b16 v6.l, 0x7f, v6.l, s2
	v_cndmask_b16 v6.h, 0x7f, v6.h, s3
	v_cndmask_b16 v7.l, 0x7f, v7.l, s4
	v_cndmask_b16 v7.h, 0x7f, v7.h, s5
	v_cndmask_b16 v8.h, 0x7f, v8.h, s7
	v_cndmask_b16 v8.l, 0x7f, v8.l, s6
	v_or_b16 v1.l, v5.l, v1.l
	v_or_b16 v1.h, v5.h, v1.h
	v_or_b16 v2.l, v6.l, v2.l
	v_or_b16 v4.h, v8.h, v4.h
	v_or_b16 v4.l, v8.l, v4.l
	v_or_b16 v3.h, v7.h, v3.h
	v_or_b16 v3.l, v7.l, v3.l
	v_or_b16 v2.h, v6.h, v2.h
	.loc	1 63 5                          ; fp8_cast.py:63:5
	v_lshlrev_b16 v4.h, 8, v4.h
	v_and_b16 v4.l, 0xff, v4.l
	v_lshlrev_b16 v3.h, 8, v3.h
	v_and_b16 v3.l, 0xff, v3.l
	v_lshlrev_b16 v2.h, 8, v2.h
	v_and_b16 v2.l, 0xff, v2.l
	v_lshlrev_b16 v1.h, 8, v1.h
	v_and_b16 v1.l, 0xff, v1.l
	v_or_b16 v4.h, v4.l, v4.h
	v_or_b16 v4.l, v3.l, v3.h
	v_or_b16 v3.h, v2.l, v2.h
	s_delay_alu instid0(VALU_DEP_4)
	v_or_b16 v3.l, v1.l, v1.h
	buffer_store_b64 v[3:4], v0, s[84:87], 0 offen
	.loc	1 57 1 is_stmt 1                ; fp8_cast.py:57:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp32_to_fp8, .Lfunc_end0-fp32_to_fp8
	.cfi_endproc
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
		.amdhsa_next_free_vgpr 21
		.amdhsa_next_free_sgpr 88
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp32_to_fp8)<<4)&1008)>>4
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
	.set .Lfp32_to_fp8.num_vgpr, 21
	.set .Lfp32_to_fp8.num_agpr, 0
	.set .Lfp32_to_fp8.numbered_sgpr, 88
	.set .Lfp32_to_fp8.num_named_barrier, 0
	.set .Lfp32_to_fp8.private_seg_size, 0
	.set .Lfp32_to_fp8.uses_vcc, 1
	.set .Lfp32_to_fp8.uses_flat_scratch, 0
	.set .Lfp32_to_fp8.has_dyn_sized_stack, 0
	.set .Lfp32_to_fp8.has_recursion, 0
	.set .Lfp32_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2752
; TotalNumSgprs: 90
; NumVgprs: 21
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 90
; NumVGPRsForWavesPerEU: 21
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
	.ascii	"\341\177"                      ; DW_AT_APPLE_optimized
	.byte	25                              ; DW_FORM_flag_present
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
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"fp8_cast.py"                   ; string offset=7 ; fp8_cast.py
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
    .sgpr_count:     90
    .sgpr_spill_count: 0
    .symbol:         fp32_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     21
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.51-amd-amdhsa-unknown-gfx1151
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

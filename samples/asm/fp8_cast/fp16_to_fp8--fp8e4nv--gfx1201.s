	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b128 s[80:83], s[0:1], 0x0
	s_load_b96 s[0:2], s[0:1], 0x10
	v_mov_b32_e32 v1, 0
.Ltmp0:
	.loc	1 46 1 prologue_end             ; fp8_cast.py:46:1
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 23, 1), 1
	.loc	1 51 24                         ; fp8_cast.py:51:24
	s_wait_kmcnt 0x0
	global_load_b32 v5, v1, s[0:1]
	.loc	1 49 39                         ; fp8_cast.py:49:39
	s_bfe_u32 s0, ttmp8, 0x50019
	.loc	1 52 9                          ; fp8_cast.py:52:9
	s_and_b32 s85, s81, 0xffff
	.loc	1 49 39                         ; fp8_cast.py:49:39
	s_lshl_b32 s0, s0, 5
	.loc	1 52 9                          ; fp8_cast.py:52:9
	s_mov_b32 s87, 0x31027000
	s_mov_b32 s86, 0x7ffffffe
	s_mov_b32 s84, s80
	.loc	1 51 18                         ; fp8_cast.py:51:18
	s_wait_loadcnt 0x0
	v_div_scale_f32 v6, null, v5, v5, 1.0
	v_div_scale_f32 v9, vcc_lo, 1.0, v5, 1.0
	s_delay_alu instid0(VALU_DEP_2)
	v_rcp_f32_e32 v7, v6
	v_xor_b32_e32 v6, 0x80000000, v6
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v6, v7, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_fmac_f32 v7, v8, v7 :: v_dual_and_b32 v0, 31, v0
	.loc	1 49 39                         ; fp8_cast.py:49:39
	v_and_or_b32 v0, 0x60, s0, v0
	.loc	1 49 12 is_stmt 0               ; fp8_cast.py:49:12
	s_lshl_b32 s0, ttmp9, 10
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 51 18 is_stmt 1               ; fp8_cast.py:51:18
	v_mul_f32_e32 v8, v9, v7
	.loc	1 49 12                         ; fp8_cast.py:49:12
	s_wait_alu depctr_sa_sdst(0)
	v_lshl_or_b32 v0, v0, 3, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 51 18                         ; fp8_cast.py:51:18
	v_fma_f32 v10, v6, v8, v9
	.loc	1 52 9                          ; fp8_cast.py:52:9
	v_lshlrev_b32_e32 v1, 1, v0
	.loc	1 50 12                         ; fp8_cast.py:50:12
	v_cmp_gt_i32_e64 s0, s2, v0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 51 18                         ; fp8_cast.py:51:18
	v_fmac_f32_e32 v8, v10, v7
	.loc	1 52 9                          ; fp8_cast.py:52:9
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v1, 0x80000000, v1, s0
	.loc	1 53 5                          ; fp8_cast.py:53:5
	v_cndmask_b32_e64 v0, 0x80000000, v0, s0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	.loc	1 51 18                         ; fp8_cast.py:51:18
	v_fmac_f32_e32 v9, v6, v8
	.loc	1 52 9                          ; fp8_cast.py:52:9
	buffer_load_b128 v[1:4], v1, s[84:87], null offen
	.loc	1 53 5                          ; fp8_cast.py:53:5
	s_and_b32 s85, s83, 0xffff
	s_mov_b32 s84, s82
	.loc	1 51 18                         ; fp8_cast.py:51:18
	v_div_fmas_f32 v6, v9, v7, v8
	v_div_fixup_f32 v5, v6, v5, 1.0
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 2, 2), 0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 51 17 is_stmt 0               ; fp8_cast.py:51:17
	v_cvt_f16_f32_e32 v5.l, v5
	.loc	1 52 9 is_stmt 1                ; fp8_cast.py:52:9
	s_wait_loadcnt 0x0
	v_lshrrev_b32_e32 v6, 16, v1
	v_lshrrev_b32_e32 v7, 16, v2
	v_lshrrev_b32_e32 v8, 16, v3
	v_lshrrev_b32_e32 v9, 16, v4
	.loc	1 53 29                         ; fp8_cast.py:53:29
	v_mul_f16_e32 v1.l, v1.l, v5.l
	v_mul_f16_e32 v1.h, v6.l, v5.l
	v_mul_f16_e32 v2.l, v2.l, v5.l
	v_mul_f16_e32 v2.h, v7.l, v5.l
	v_mul_f16_e32 v3.l, v3.l, v5.l
	v_mul_f16_e32 v3.h, v8.l, v5.l
	v_mul_f16_e32 v4.l, v4.l, v5.l
	v_mul_f16_e32 v4.h, v9.l, v5.l
	.loc	1 53 28 is_stmt 0               ; fp8_cast.py:53:28
	v_lshrrev_b16 v5.l, 8, v1.l
	v_and_b16 v5.h, 0x7fff, v1.l
	v_and_b16 v6.l, 0x7fff, v1.h
	v_and_b16 v6.h, 0x7fff, v2.l
	v_and_b16 v7.l, 0x7fff, v2.h
	v_and_b16 v7.h, 0x7fff, v3.l
	v_and_b16 v8.l, 0x7fff, v3.h
	v_and_b16 v8.h, 0x7fff, v4.l
	v_and_b16 v9.l, 0x7fff, v4.h
	v_cmp_o_f16_e32 vcc_lo, v1.l, v1.l
	v_lshrrev_b16 v1.l, 8, v1.h
	v_cmp_o_f16_e64 s1, v1.h, v1.h
	v_lshrrev_b16 v1.h, 8, v2.l
	v_cmp_o_f16_e64 s2, v2.l, v2.l
	v_lshrrev_b16 v2.l, 8, v2.h
	v_cmp_o_f16_e64 s3, v2.h, v2.h
	v_lshrrev_b16 v2.h, 8, v3.l
	v_cmp_o_f16_e64 s4, v3.l, v3.l
	v_lshrrev_b16 v3.l, 8, v3.h
	v_cmp_o_f16_e64 s5, v3.h, v3.h
	v_lshrrev_b16 v3.h, 8, v4.l
	v_cmp_o_f16_e64 s6, v4.l, v4.l
	v_lshrrev_b16 v4.l, 8, v4.h
	v_cmp_o_f16_e64 s7, v4.h, v4.h
	v_and_b16 v4.h, 0x80, v5.l
	v_lshrrev_b16 v5.l, 7, v5.h
	v_lshrrev_b16 v9.h, 7, v6.l
	v_lshrrev_b16 v10.l, 7, v6.h
	v_lshrrev_b16 v10.h, 7, v7.l
	v_lshrrev_b16 v11.l, 7, v7.h
	v_lshrrev_b16 v11.h, 7, v8.l
	v_lshrrev_b16 v12.l, 7, v8.h
	v_lshrrev_b16 v12.h, 7, v9.l
	v_and_b16 v5.l, v5.l, 1
	v_and_b16 v9.h, v9.h, 1
	v_and_b16 v10.l, v10.l, 1
	v_and_b16 v10.h, v10.h, 1
	v_and_b16 v11.l, v11.l, 1
	v_and_b16 v11.h, v11.h, 1
	v_and_b16 v12.l, v12.l, 1
	v_and_b16 v12.h, v12.h, 1
	v_cmp_gt_u16_e64 s8, 0x5f80, v5.h
	v_cmp_lt_u16_e64 s9, 0x237f, v5.h
	v_cmp_lt_u16_e64 s10, 0x2280, v5.h
	v_cmp_lt_u16_e64 s11, 0x217f, v5.h
	v_cmp_lt_u16_e64 s12, 0x2080, v5.h
	v_cmp_lt_u16_e64 s13, 0x1eff, v5.h
	v_cmp_lt_u16_e64 s14, 0x1d00, v5.h
	v_cmp_lt_u16_e64 s15, 0x19ff, v5.h
	v_cmp_lt_u16_e64 s16, 0x1400, v5.h
	v_cmp_gt_u16_e64 s17, 0x5f80, v6.l
	v_cmp_lt_u16_e64 s18, 0x237f, v6.l
	v_cmp_lt_u16_e64 s19, 0x2280, v6.l
	v_cmp_lt_u16_e64 s20, 0x217f, v6.l
	v_cmp_lt_u16_e64 s21, 0x2080, v6.l
	v_cmp_lt_u16_e64 s22, 0x1eff, v6.l
	v_cmp_lt_u16_e64 s23, 0x1d00, v6.l
	v_cmp_lt_u16_e64 s24, 0x19ff, v6.l
	v_cmp_lt_u16_e64 s25, 0x1400, v6.l
	v_cmp_gt_u16_e64 s26, 0x5f80, v6.h
	v_cmp_lt_u16_e64 s27, 0x237f, v6.h
	v_cmp_lt_u16_e64 s28, 0x2280, v6.h
	v_cmp_lt_u16_e64 s29, 0x217f, v6.h
	v_cmp_lt_u16_e64 s30, 0x2080, v6.h
	v_cmp_lt_u16_e64 s31, 0x1eff, v6.h
	v_cmp_lt_u16_e64 s33, 0x1d00, v6.h
	v_cmp_lt_u16_e64 s34, 0x19ff, v6.h
	v_cmp_lt_u16_e64 s35, 0x1400, v6.h
	v_cmp_gt_u16_e64 s36, 0x5f80, v7.l
	v_cmp_lt_u16_e64 s37, 0x237f, v7.l
	v_cmp_lt_u16_e64 s38, 0x2280, v7.l
	v_cmp_lt_u16_e64 s39, 0x217f, v7.l
	v_cmp_lt_u16_e64 s40, 0x2080, v7.l
	v_cmp_lt_u16_e64 s41, 0x1eff, v7.l
	v_cmp_lt_u16_e64 s42, 0x1d00, v7.l
	v_cmp_lt_u16_e64 s43, 0x19ff, v7.l
	v_cmp_lt_u16_e64 s44, 0x1400, v7.l
	v_cmp_gt_u16_e64 s45, 0x5f80, v7.h
	v_cmp_lt_u16_e64 s46, 0x237f, v7.h
	v_cmp_lt_u16_e64 s47, 0x2280, v7.h
	v_cmp_lt_u16_e64 s48, 0x217f, v7.h
	v_cmp_lt_u16_e64 s49, 0x2080, v7.h
	v_cmp_lt_u16_e64 s50, 0x1eff, v7.h
	v_cmp_lt_u16_e64 s51, 0x1d00, v7.h
	v_cmp_lt_u16_e64 s52, 0x19ff, v7.h
	v_cmp_lt_u16_e64 s53, 0x1400, v7.h
	v_cmp_gt_u16_e64 s54, 0x5f80, v8.l
	v_cmp_lt_u16_e64 s55, 0x237f, v8.l
	v_cmp_lt_u16_e64 s56, 0x2280, v8.l
	v_cmp_lt_u16_e64 s57, 0x217f, v8.l
	v_cmp_lt_u16_e64 s58, 0x2080, v8.l
	v_cmp_lt_u16_e64 s59, 0x1eff, v8.l
	v_cmp_lt_u16_e64 s60, 0x1d00, v8.l
	v_cmp_lt_u16_e64 s61, 0x19ff, v8.l
	v_cmp_lt_u16_e64 s62, 0x1400, v8.l
	v_cmp_gt_u16_e64 s63, 0x5f80, v8.h
	v_cmp_lt_u16_e64 s64, 0x237f, v8.h
	v_cmp_lt_u16_e64 s65, 0x2280, v8.h
	v_cmp_lt_u16_e64 s66, 0x217f, v8.h
	v_cmp_lt_u16_e64 s67, 0x2080, v8.h
	v_cmp_lt_u16_e64 s68, 0x1eff, v8.h
	v_cmp_lt_u16_e64 s69, 0x1d00, v8.h
	v_cmp_lt_u16_e64 s70, 0x19ff, v8.h
	v_cmp_lt_u16_e64 s71, 0x1400, v8.h
	v_add_nc_u16 v5.l, v5.h, v5.l
	v_add_nc_u16 v5.h, v6.l, v9.h
	v_add_nc_u16 v6.l, v6.h, v10.l
	v_add_nc_u16 v6.h, v7.l, v10.h
	v_add_nc_u16 v7.l, v7.h, v11.l
	v_add_nc_u16 v7.h, v8.l, v11.h
	v_add_nc_u16 v8.l, v8.h, v12.l
	v_add_nc_u16 v8.h, v9.l, v12.h
	v_add_nc_u16 v5.l, v5.l, 63
	v_add_nc_u16 v5.h, v5.h, 63
	v_add_nc_u16 v6.l, v6.l, 63
	v_add_nc_u16 v6.h, v6.h, 63
	v_add_nc_u16 v7.l, v7.l, 63
	v_add_nc_u16 v7.h, v7.h, 63
	v_add_nc_u16 v8.l, v8.l, 63
	v_add_nc_u16 v8.h, v8.h, 63
	v_and_b16 v5.l, 0xff80, v5.l
	v_and_b16 v5.h, 0xff80, v5.h
	v_and_b16 v6.l, 0xff80, v6.l
	v_and_b16 v6.h, 0xff80, v6.h
	v_and_b16 v7.l, 0xff80, v7.l
	v_and_b16 v7.h, 0xff80, v7.h
	v_and_b16 v8.l, 0xff80, v8.l
	v_and_b16 v8.h, 0xff80, v8.h
	v_max_u16 v5.l, 0x2400, v5.l
	v_max_u16 v5.h, 0x2400, v5.h
	v_max_u16 v6.l, 0x2400, v6.l
	v_max_u16 v6.h, 0x2400, v6.h
	v_max_u16 v7.l, 0x2400, v7.l
	v_max_u16 v7.h, 0x2400, v7.h
	v_max_u16 v8.l, 0x2400, v8.l
	v_max_u16 v8.h, 0x2400, v8.h
	v_add_nc_u16 v5.l, 0x6000, v5.l
	v_add_nc_u16 v5.h, 0x6000, v5.h
	v_add_nc_u16 v6.l, 0x6000, v6.l
	v_add_nc_u16 v6.h, 0x6000, v6.h
	v_add_nc_u16 v7.l, 0x6000, v7.l
	v_add_nc_u16 v7.h, 0x6000, v7.h
	v_add_nc_u16 v8.l, 0x6000, v8.l
	v_add_nc_u16 v8.h, 0x6000, v8.h
	v_cmp_gt_u16_e64 s72, 0x5f80, v9.l
	v_lshrrev_b16 v5.l, 7, v5.l
	v_lshrrev_b16 v5.h, 7, v5.h
	v_lshrrev_b16 v6.l, 7, v6.l
	v_lshrrev_b16 v6.h, 7, v6.h
	v_lshrrev_b16 v7.l, 7, v7.l
	v_lshrrev_b16 v7.h, 7, v7.h
	v_lshrrev_b16 v8.l, 7, v8.l
	v_lshrrev_b16 v8.h, 7, v8.h
	v_cmp_lt_u16_e64 s73, 0x237f, v9.l
	v_cndmask_b16 v5.l, 0x7e, v5.l, s8
	v_cndmask_b16 v5.h, 0x7e, v5.h, s17
	v_cndmask_b16 v6.l, 0x7e, v6.l, s26
	v_cndmask_b16 v6.h, 0x7e, v6.h, s36
	v_cndmask_b16 v7.l, 0x7e, v7.l, s45
	v_cndmask_b16 v7.h, 0x7e, v7.h, s54
	v_cndmask_b16 v8.l, 0x7e, v8.l, s63
	v_cndmask_b16 v8.h, 0x7e, v8.h, s72
	v_cmp_lt_u16_e64 s74, 0x2280, v9.l
	v_cndmask_b16 v5.l, 7, v5.l, s9
	v_cndmask_b16 v5.h, 7, v5.h, s18
	v_cndmask_b16 v6.l, 7, v6.l, s27
	v_cndmask_b16 v6.h, 7, v6.h, s37
	v_cndmask_b16 v7.l, 7, v7.l, s46
	v_cndmask_b16 v7.h, 7, v7.h, s55
	v_cndmask_b16 v8.l, 7, v8.l, s64
	v_cndmask_b16 v8.h, 7, v8.h, s73
	v_cmp_lt_u16_e64 s75, 0x217f, v9.l
	v_cndmask_b16 v5.l, 6, v5.l, s10
	v_cndmask_b16 v5.h, 6, v5.h, s19
	v_cndmask_b16 v6.l, 6, v6.l, s28
	v_cndmask_b16 v6.h, 6, v6.h, s38
	v_cndmask_b16 v7.l, 6, v7.l, s47
	v_cndmask_b16 v7.h, 6, v7.h, s56
	v_cndmask_b16 v8.l, 6, v8.l, s65
	v_cndmask_b16 v8.h, 6, v8.h, s74
	v_cmp_lt_u16_e64 s76, 0x2080, v9.l
	v_cndmask_b16 v5.l, 5, v5.l, s11
	v_cndmask_b16 v5.h, 5, v5.h, s20
	v_cndmask_b16 v6.l, 5, v6.l, s29
	v_cndmask_b16 v6.h, 5, v6.h, s39
	v_cndmask_b16 v7.l, 5, v7.l, s48
	v_cndmask_b16 v7.h, 5, v7.h, s57
	v_cndmask_b16 v8.l, 5, v8.l, s66
	v_cndmask_b16 v8.h, 5, v8.h, s75
	v_cmp_lt_u16_e64 s77, 0x1eff, v9.l
	v_cndmask_b16 v5.l, 4, v5.l, s12
	v_cndmask_b16 v5.h, 4, v5.h, s21
	v_cndmask_b16 v6.l, 4, v6.l, s30
	v_cndmask_b16 v6.h, 4, v6.h, s40
	v_cndmask_b16 v7.l, 4, v7.l, s49
	v_cndmask_b16 v7.h, 4, v7.h, s58
	v_cndmask_b16 v8.l, 4, v8.l, s67
	v_cndmask_b16 v8.h, 4, v8.h, s76
	v_cmp_lt_u16_e64 s78, 0x1d00, v9.l
	v_cndmask_b16 v5.l, 3, v5.l, s13
	v_cndmask_b16 v5.h, 3, v5.h, s22
	v_cndmask_b16 v6.l, 3, v6.l, s31
	v_cndmask_b16 v6.h, 3, v6.h, s41
	v_cndmask_b16 v7.l, 3, v7.l, s50
	v_cndmask_b16 v7.h, 3, v7.h, s59
	v_cndmask_b16 v8.l, 3, v8.l, s68
	v_cndmask_b16 v8.h, 3, v8.h, s77
	v_cmp_lt_u16_e64 s79, 0x19ff, v9.l
	v_cndmask_b16 v5.l, 2, v5.l, s14
	v_cndmask_b16 v5.h, 2, v5.h, s23
	v_cndmask_b16 v6.l, 2, v6.l, s33
	v_cndmask_b16 v6.h, 2, v6.h, s42
	v_cndmask_b16 v7.l, 2, v7.l, s51
	v_cndmask_b16 v7.h, 2, v7.h, s60
	v_cndmask_b16 v8.l, 2, v8.l, s69
	v_cndmask_b16 v8.h, 2, v8.h, s78
	v_cmp_lt_u16_e64 s80, 0x1400, v9.l
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
	v_and_b16 v1.l, 0x80, v1.l
	v_and_b16 v1.h, 0x80, v1.h
	v_and_b16 v2.l, 0x80, v2.l
	v_and_b16 v2.h, 0x80, v2.h
	v_and_b16 v3.l, 0x80, v3.l
	v_and_b16 v3.h, 0x80, v3.h
	v_and_b16 v4.l, 0x80, v4.l
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b16 v5.l, 0x7f, v5.l, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b16 v5.h, 0x7f, v5.h, s1
	v_cndmask_b16 v6.l, 0x7f, v6.l, s2
	v_cndmask_b16 v6.h, 0x7f, v6.h, s3
	v_cndmask_b16 v7.l, 0x7f, v7.l, s4
	v_cndmask_b16 v7.h, 0x7f, v7.h, s5
	v_cndmask_b16 v8.h, 0x7f, v8.h, s7
	v_cndmask_b16 v8.l, 0x7f, v8.l, s6
	v_or_b16 v4.h, v5.l, v4.h
	v_or_b16 v1.l, v5.h, v1.l
	v_or_b16 v1.h, v6.l, v1.h
	v_or_b16 v4.l, v8.h, v4.l
	v_or_b16 v3.h, v8.l, v3.h
	v_or_b16 v3.l, v7.h, v3.l
	v_or_b16 v2.h, v7.l, v2.h
	v_or_b16 v2.l, v6.h, v2.l
	.loc	1 53 5                          ; fp8_cast.py:53:5
	v_lshlrev_b16 v4.l, 8, v4.l
	v_and_b16 v3.h, 0xff, v3.h
	v_lshlrev_b16 v3.l, 8, v3.l
	v_and_b16 v2.h, 0xff, v2.h
	v_lshlrev_b16 v2.l, 8, v2.l
	v_and_b16 v1.h, 0xff, v1.h
	v_lshlrev_b16 v1.l, 8, v1.l
	v_and_b16 v4.h, 0xff, v4.h
	v_or_b16 v3.h, v3.h, v4.l
	v_or_b16 v3.l, v2.h, v3.l
	v_or_b16 v2.h, v1.h, v2.l
	s_delay_alu instid0(VALU_DEP_4)
	v_or_b16 v2.l, v4.h, v1.l
	buffer_store_b64 v[2:3], v0, s[84:87], null offen
	.loc	1 46 1 is_stmt 1                ; fp8_cast.py:46:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp16_to_fp8, .Lfunc_end0-fp16_to_fp8
	.cfi_endproc
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
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 13
		.amdhsa_next_free_sgpr 88
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp16_to_fp8)<<4)&4080)>>4
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
	.set .Lfp16_to_fp8.num_vgpr, 13
	.set .Lfp16_to_fp8.num_agpr, 0
	.set .Lfp16_to_fp8.numbered_sgpr, 88
	.set .Lfp16_to_fp8.num_named_barrier, 0
	.set .Lfp16_to_fp8.private_seg_size, 0
	.set .Lfp16_to_fp8.uses_vcc, 1
	.set .Lfp16_to_fp8.uses_flat_scratch, 0
	.set .Lfp16_to_fp8.has_dyn_sized_stack, 0
	.set .Lfp16_to_fp8.has_recursion, 0
	.set .Lfp16_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3056
; TotalNumSgprs: 90
; NumVgprs: 13
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 90
; NumVGPRsForWavesPerEU: 13
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
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
    .name:           fp16_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     90
    .sgpr_spill_count: 0
    .symbol:         fp16_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     13
    .vgpr_spill_count: 0
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

	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	fused_moe_kernel                ; -- Begin function fused_moe_kernel
	.p2align	8
	.type	fused_moe_kernel,@function
fused_moe_kernel:                       ; @fused_moe_kernel
.Lfunc_begin0:
	.file	1 "fused_moe.py"
	.loc	1 26 0                          ; fused_moe.py:26:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b96 s[20:22], s[0:1], 0x40
	s_load_b32 s2, s[0:1], 0x50
.Ltmp0:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 prologue_end            ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_wait_kmcnt 0x0
	s_add_co_i32 s3, s22, 0x7f
.Ltmp1:
	.loc	2 43 13 is_stmt 0               ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_co_i32 s2, s2, 63
.Ltmp2:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s4, s3, 31
.Ltmp3:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s7, s2, 31
.Ltmp4:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_lshr_b32 s4, s4, 25
.Ltmp5:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s7, s7, 26
.Ltmp6:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_add_co_i32 s3, s3, s4
.Ltmp7:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_add_co_i32 s2, s2, s7
.Ltmp8:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s3, s3, 7
.Ltmp9:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s2, s2, 6
.Ltmp10:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s4, s3, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_xor_b32 s3, ttmp9, s3
	s_abs_i32 s5, s4
	s_ashr_i32 s3, s3, 31
	s_cvt_f32_u32 s6, s5
	s_sub_co_i32 s8, 0, s5
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_load_b32 s11, s[20:21], 0x0
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_s_rcp_f32 s6, s6
	s_mul_f32 s6, s6, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_u32_f32 s6, s6
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s8, s6
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s7, s6, s8
	s_abs_i32 s8, ttmp9
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s6, s6, s7
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s6, s8, s6
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s7, s6, s5
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s7, s8, s7
	s_add_co_i32 s8, s6, 1
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s9, s7, s5
	s_cmp_ge_u32 s7, s5
	s_cselect_b32 s6, s8, s6
	s_cselect_b32 s7, s9, s7
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s8, s6, 1
	s_cmp_ge_u32 s7, s5
	s_cselect_b32 s5, s8, s6
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_xor_b32 s5, s5, s3
	s_sub_co_i32 s3, s5, s3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_4) | instid1(SALU_CYCLE_1)
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s5, s3, 5
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s3, s3, s4
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_co_i32 s2, s2, s5
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_sub_co_i32 s3, ttmp9, s3
	.loc	1 76 20                         ; fused_moe.py:76:20
	s_min_i32 s2, s2, 32
	.loc	1 78 13                         ; fused_moe.py:78:13
	s_abs_i32 s6, s2
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s7, s6
	s_sub_co_i32 s8, 0, s6
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s7, s7
	s_mul_f32 s7, s7, 0x4f7ffffe
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(SKIP_1) | instid1(SALU_CYCLE_2)
	s_cvt_u32_f32 s7, s7
	s_wait_alu depctr_sa_sdst(0)
	s_mul_i32 s8, s8, s7
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s4, s7, s8
	s_abs_i32 s8, s3
	s_add_co_i32 s7, s7, s4
	s_wait_alu depctr_sa_sdst(0)
	s_mul_hi_u32 s4, s8, s7
	s_xor_b32 s7, s3, s2
	s_mul_i32 s9, s4, s6
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s7, s7, 31
	s_sub_co_i32 s8, s8, s9
	s_add_co_i32 s9, s4, 1
	s_sub_co_i32 s10, s8, s6
	s_cmp_ge_u32 s8, s6
	s_cselect_b32 s4, s9, s4
	s_cselect_b32 s8, s10, s8
	s_add_co_i32 s9, s4, 1
	s_cmp_ge_u32 s8, s6
	s_cselect_b32 s4, s9, s4
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s4, s4, s7
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_sub_co_i32 s10, s4, s7
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s2, s10, s2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_sub_co_i32 s2, s3, s2
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_co_i32 s8, s2, s5
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s2, s8, 6
	s_wait_kmcnt 0x0
	s_cmp_lt_i32 s2, s11
	s_cbranch_scc0 .LBB0_393
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_clause 0x1
	s_load_b128 s[4:7], s[0:1], 0x30
	s_load_b64 s[24:25], s[0:1], 0x10
	.loc	1 85 21 is_stmt 1               ; fused_moe.py:85:21
	s_ashr_i32 s3, s2, 31
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 86 26                         ; fused_moe.py:86:26
	s_lshl_b64 s[2:3], s[2:3], 2
	s_wait_kmcnt 0x0
	s_add_nc_u64 s[2:3], s[4:5], s[2:3]
	s_load_b32 s16, s[0:1], 0x54
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_load_b512 s[84:99], s[2:3], 0x0
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_bfe_u32 s4, ttmp8, 0x50019
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_load_b512 s[68:83], s[2:3], 0x40
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_lshl_b32 s15, s4, 5
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_clause 0x1
	s_load_b512 s[52:67], s[2:3], 0x80
	s_load_b512 s[36:51], s[2:3], 0xc0
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_or_b32 v4, v0, 31, s15
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v1, 0x7f, v4
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_wait_kmcnt 0x0
	s_cmp_lt_i32 s84, s16
	s_cselect_b32 s104, -1, 0
	s_cmp_lt_i32 s85, s16
	s_cselect_b32 s103, -1, 0
	s_cmp_lt_i32 s86, s16
	s_cselect_b32 s102, -1, 0
	s_cmp_lt_i32 s87, s16
	s_cselect_b32 s101, -1, 0
	s_cmp_lt_i32 s88, s16
	s_cselect_b32 s100, -1, 0
	s_cmp_lt_i32 s89, s16
	s_cselect_b32 s35, -1, 0
	s_cmp_lt_i32 s90, s16
	s_cselect_b32 s34, -1, 0
	s_cmp_lt_i32 s91, s16
	s_cselect_b32 s33, -1, 0
	s_cmp_lt_i32 s92, s16
	s_cselect_b32 s31, -1, 0
	s_cmp_lt_i32 s93, s16
	s_cselect_b32 s30, -1, 0
	s_cmp_lt_i32 s94, s16
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s95, s16
	v_writelane_b32 v255, s4, 0
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s96, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 1
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s97, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 2
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s98, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 3
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s99, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 4
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s68, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 5
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s69, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 6
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s70, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 7
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s71, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 8
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s72, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 9
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s73, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 10
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s74, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 11
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s75, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 12
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s76, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 13
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s77, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 14
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s78, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 15
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s79, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 16
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s80, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 17
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s81, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 18
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s82, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 19
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s83, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 20
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s52, s16
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 21
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s53, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 22
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s54, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 23
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s55, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 24
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s56, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 25
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s57, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 26
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s58, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 27
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s59, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 28
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s60, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 29
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s61, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 30
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s62, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v255, s4, 31
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s63, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 0
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s64, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 1
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s65, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 2
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s66, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 3
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s67, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 4
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s36, s16
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 5
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s37, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 6
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s38, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 7
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s39, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 8
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s40, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 9
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s41, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 10
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s42, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 11
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s43, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 12
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s44, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 13
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s45, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 14
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s46, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 15
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s47, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 16
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s48, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 17
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s49, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 18
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s50, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 19
	s_cselect_b32 s4, -1, 0
	s_cmp_lt_i32 s51, s16
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 20
	s_cselect_b32 s4, -1, 0
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_ashr_i32 s9, s8, 31
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_lshl_b32 vcc_hi, s10, 7
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s23, s22, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s4, 21
	s_lshl_b64 s[4:5], s[8:9], 2
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s28, vcc_hi, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[4:5], s[6:7], s[4:5]
	.loc	1 94 18 is_stmt 0               ; fused_moe.py:94:18
	s_load_b32 s4, s[4:5], 0x0
	s_load_b64 s[26:27], s[0:1], 0x6c
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v106, vcc_hi, v1
	v_mov_b32_e32 v107, s28
	scratch_store_b32 off, v1, off offset:2076 ; 4-byte Folded Spill
	.loc	1 91 56                         ; fused_moe.py:91:56
	s_wait_kmcnt 0x0
	s_ashr_i32 s5, s27, 31
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_ashr_i32 s21, s26, 31
	.loc	1 95 8 is_stmt 1                ; fused_moe.py:95:8
	s_wait_alu depctr_sa_sdst(0)
	v_writelane_b32 v254, s5, 22
	.loc	1 91 22                         ; fused_moe.py:91:22
	s_mov_b32 s20, s26
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_cmp_lg_u32 s4, -1
	s_cbranch_scc0 .LBB0_392
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v6, 15, v0
                                        ; implicit-def: $vgpr2_vgpr3
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v1, 2, v6
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_clause 0x3
	global_load_b32 v72, v1, s[2:3]
	global_load_b32 v71, v1, s[2:3] offset:64
	global_load_b32 v197, v1, s[2:3] offset:128
	global_load_b32 v196, v1, s[2:3] offset:192
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_or_b32_e32 v1, s23, v107
	s_mov_b32 s3, 0
	s_mov_b32 s2, exec_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_cmpx_ne_u32_e32 0, v1
	s_xor_b32 s5, exec_lo, s2
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s6, s23, 31
	v_ashrrev_i32_e32 v3, 31, v107
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 s7, s6
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[8:9], s[22:23], s[6:7]
	v_add_co_u32 v1, vcc_lo, v106, v3
	s_xor_b64 s[6:7], s[8:9], s[6:7]
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, v107, v3, vcc_lo
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_f32_u32 s2, s6
	s_cvt_f32_u32 s8, s7
	s_sub_nc_u64 s[10:11], 0, s[6:7]
	v_xor_b32_e32 v5, v1, v3
	v_xor_b32_e32 v11, v2, v3
	s_fmac_f32 s2, s8, 0x4f800000
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_s_rcp_f32 s2, s2
	s_mul_f32 s2, s2, 0x5f7ffffc
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(SALU_CYCLE_2) | instskip(NEXT) | instid1(SALU_CYCLE_3)
	s_mul_f32 s8, s2, 0x2f800000
	s_trunc_f32 s8, s8
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	s_fmac_f32 s2, s8, 0xcf800000
	s_cvt_u32_f32 s9, s8
	s_wait_alu depctr_sa_sdst(0)
	s_cvt_u32_f32 s8, s2
	s_delay_alu instid0(SALU_CYCLE_3) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_mul_u64 s[12:13], s[10:11], s[8:9]
	s_mul_hi_u32 s19, s8, s13
	s_mul_i32 s18, s8, s13
	s_mul_hi_u32 s2, s8, s12
	s_mul_i32 s17, s9, s12
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[18:19], s[2:3], s[18:19]
	s_mul_hi_u32 s14, s9, s12
	s_mul_hi_u32 s29, s9, s13
	s_add_co_u32 s2, s18, s17
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s2, s19, s14
	s_mul_i32 s12, s9, s13
	s_add_co_ci_u32 s13, s29, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[2:3], s[12:13]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	s_add_co_u32 s8, s8, s12
	s_add_co_ci_u32 s9, s9, s13
	s_mul_u64 s[10:11], s[10:11], s[8:9]
	s_delay_alu instid0(SALU_CYCLE_1)
	s_mul_hi_u32 s13, s8, s11
	s_mul_i32 s12, s8, s11
	s_mul_hi_u32 s2, s8, s10
	s_mul_i32 s17, s9, s10
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[2:3], s[12:13]
	s_mul_hi_u32 s14, s9, s10
	s_mul_hi_u32 s18, s9, s11
	s_add_co_u32 s2, s12, s17
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_ci_u32 s2, s13, s14
	s_mul_i32 s10, s9, s11
	s_add_co_ci_u32 s11, s18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[2:3], s[10:11]
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_u32 s2, s8, s2
	s_add_co_ci_u32 s3, s9, s3
	s_wait_alu depctr_sa_sdst(0)
	v_mul_hi_u32 v12, v5, s2
	v_mad_co_u64_u32 v[1:2], null, v5, s3, 0
	v_mad_co_u64_u32 v[7:8], null, v11, s2, 0
	v_mad_co_u64_u32 v[9:10], null, v11, s3, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v1, vcc_lo, v12, v1
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, 0, v2, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v1, vcc_lo, v1, v7
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e32 v1, vcc_lo, v2, v8, vcc_lo
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, 0, v10, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v1, vcc_lo, v1, v9
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v7, null, 0, v2, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mul_lo_u32 v8, s7, v1
	v_mad_co_u64_u32 v[1:2], null, s6, v1, 0
	v_mul_lo_u32 v7, s6, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_sub_co_u32 v1, vcc_lo, v5, v1
	v_add3_u32 v2, v2, v7, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cmp_le_u32_e64 s2, s6, v1
	v_sub_nc_u32_e32 v7, v11, v2
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v2, null, v11, v2, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v9, 0, -1, s2
	v_subrev_co_ci_u32_e64 v5, null, s7, v7, vcc_lo
	v_sub_co_u32 v7, vcc_lo, v1, s6
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_subrev_co_ci_u32_e64 v8, null, 0, v5, vcc_lo
	v_cmp_le_u32_e64 s2, s6, v7
	v_subrev_co_ci_u32_e64 v5, null, s7, v5, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cmp_eq_u32_e32 vcc_lo, s7, v8
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v10, 0, -1, s2
	v_cmp_le_u32_e64 s2, s7, v8
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v11, 0, -1, s2
	v_cmp_le_u32_e64 s2, s7, v2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v10, v11, v10, vcc_lo
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e64 v12, 0, -1, s2
	v_cmp_eq_u32_e64 s2, s7, v2
	v_sub_co_u32 v11, vcc_lo, v7, s6
	s_wait_alu depctr_va_vcc(0)
	v_subrev_co_ci_u32_e64 v5, null, 0, v5, vcc_lo
	v_cmp_ne_u32_e32 vcc_lo, 0, v10
	s_wait_alu depctr_va_sdst(0)
	v_cndmask_b32_e64 v9, v12, v9, s2
	s_wait_alu depctr_va_vcc(0)
	v_cndmask_b32_e32 v5, v8, v5, vcc_lo
	v_cndmask_b32_e32 v7, v7, v11, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cmp_ne_u32_e32 vcc_lo, 0, v9
	s_wait_alu depctr_va_vcc(0)
	v_dual_cndmask_b32 v2, v2, v5 :: v_dual_cndmask_b32 v1, v1, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v5, v2, v3
	v_xor_b32_e32 v1, v1, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_u32 v2, vcc_lo, v1, v3
	s_wait_alu depctr_va_vcc(0)
	v_sub_co_ci_u32_e64 v3, null, v5, v3, vcc_lo
.LBB0_4:                                ; %Flow1074
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_wait_alu depctr_sa_sdst(0)
	s_or_saveexec_b32 s2, s5
	s_clause 0x2
	s_load_b64 s[8:9], s[0:1], 0x58
	s_load_b32 s14, s[0:1], 0x4c
	s_load_b64 s[6:7], s[0:1], 0x0
	s_xor_b32 exec_lo, exec_lo, s2
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_cvt_f32_u32_e32 v1, s22
	s_sub_co_i32 s3, 0, s22
	v_mov_b32_e32 v3, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_rcp_iflag_f32_e32 v1, v1
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cvt_u32_f32_e32 v1, v1
	s_wait_alu depctr_sa_sdst(0)
	v_mul_lo_u32 v2, s3, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v2, v1, v2
	v_add_nc_u32_e32 v1, v1, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_hi_u32 v1, v106, v1
	v_mul_lo_u32 v1, v1, s22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v1, v106, v1
	v_subrev_nc_u32_e32 v2, s22, v1
	v_cmp_le_u32_e32 vcc_lo, s22, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e32 v1, v1, v2, vcc_lo
	v_subrev_nc_u32_e32 v2, s22, v1
	v_cmp_le_u32_e32 vcc_lo, s22, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cndmask_b32_e32 v2, v1, v2, vcc_lo
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b32 exec_lo, exec_lo, s2
	v_and_b32_e32 v5, 0x7f, v4
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s2, s84, 31
	s_wait_kmcnt 0x0
	s_ashr_i32 s11, s8, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s2, s2, 29
	s_mov_b32 s10, s8
	.loc	1 104 66 is_stmt 0              ; fused_moe.py:104:66
	v_mul_lo_u32 v1, s9, v5
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s2, s84, s2
.Ltmp11:
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_add_co_i32 s8, s14, 0x7f
.Ltmp12:
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s2, 3
	.loc	1 119 57                        ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s2, s14, v5
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s13, s12, 31
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_gt_i32 s8, 0x7f
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	v_ashrrev_i32_e32 v5, 31, v1
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	v_mov_b32_e32 v7, 0
	v_add_co_u32 v8, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, s13, v5, s3
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cselect_b32 vcc_lo, -1, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s3, s2, s104
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[8:9], off      ; 8-byte Folded Spill
	v_mov_b32_e32 v8, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_8
; %bb.7:
	scratch_load_b64 v[8:9], off, off       ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v8, v[8:9], off
.LBB0_8:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s85, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s85, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v9, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s103
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[9:10], off offset:8 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_10
; %bb.9:
	scratch_load_b64 v[9:10], off, off offset:8 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v7, v[9:10], off
.LBB0_10:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s86, 31
	v_mov_b32_e32 v9, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	v_mov_b32_e32 v13, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s86, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v10, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v11, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s102
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[10:11], off offset:16 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_12
; %bb.11:
	scratch_load_b64 v[10:11], off, off offset:16 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v13, v[10:11], off
.LBB0_12:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s87, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s87, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v10, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v11, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s101
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[10:11], off offset:24 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_14
; %bb.13:
	scratch_load_b64 v[9:10], off, off offset:24 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v9, v[9:10], off
.LBB0_14:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s88, 31
	v_mov_b32_e32 v11, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s88, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v14, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v15, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s100
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[14:15], off offset:32 ; 8-byte Folded Spill
	v_mov_b32_e32 v14, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_16
; %bb.15:
	scratch_load_b64 v[14:15], off, off offset:32 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v14, v[14:15], off
.LBB0_16:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s89, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s89, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v15, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v16, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s35
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[15:16], off offset:40 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_18
; %bb.17:
	scratch_load_b64 v[10:11], off, off offset:40 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v11, v[10:11], off
.LBB0_18:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s90, 31
	v_mov_b32_e32 v10, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s90, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v15, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v16, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s34
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[15:16], off offset:48 ; 8-byte Folded Spill
	v_mov_b32_e32 v15, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_20
; %bb.19:
	scratch_load_b64 v[15:16], off, off offset:48 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v15, v[15:16], off
.LBB0_20:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s91, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s91, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v16, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v17, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s33
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[16:17], off offset:56 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_22
; %bb.21:
	scratch_load_b64 v[16:17], off, off offset:56 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v10, v[16:17], off
.LBB0_22:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s92, 31
	v_mov_b32_e32 v12, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	v_mov_b32_e32 v18, 0
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s92, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v16, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v17, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s31
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[16:17], off offset:64 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_24
; %bb.23:
	scratch_load_b64 v[16:17], off, off offset:64 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v18, v[16:17], off
.LBB0_24:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s93, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s93, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v16, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v17, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	s_and_b32 s3, s2, s30
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	scratch_store_b64 off, v[16:17], off offset:72 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_26
; %bb.25:
	scratch_load_b64 v[16:17], off, off offset:72 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v12, v[16:17], off
.LBB0_26:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s94, 31
	v_mov_b32_e32 v16, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s94, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v19, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v20, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 0
	scratch_store_b64 off, v[19:20], off offset:80 ; 8-byte Folded Spill
	v_mov_b32_e32 v20, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_28
; %bb.27:
	scratch_load_b64 v[19:20], off, off offset:80 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v20, v[19:20], off
.LBB0_28:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s95, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s95, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v21, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v22, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 1
	scratch_store_b64 off, v[21:22], off offset:88 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_30
; %bb.29:
	scratch_load_b64 v[16:17], off, off offset:88 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v16, v[16:17], off
.LBB0_30:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s96, 31
	v_mov_b32_e32 v19, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s96, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v21, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v22, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 2
	scratch_store_b64 off, v[21:22], off offset:96 ; 8-byte Folded Spill
	v_mov_b32_e32 v21, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_32
; %bb.31:
	scratch_load_b64 v[21:22], off, off offset:96 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v21, v[21:22], off
.LBB0_32:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s97, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s97, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v22, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v23, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 3
	scratch_store_b64 off, v[22:23], off offset:104 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_34
; %bb.33:
	scratch_load_b64 v[22:23], off, off offset:104 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v19, v[22:23], off
.LBB0_34:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s98, 31
	v_mov_b32_e32 v17, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s98, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v22, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v23, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 4
	scratch_store_b64 off, v[22:23], off offset:112 ; 8-byte Folded Spill
	v_mov_b32_e32 v22, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_36
; %bb.35:
	scratch_load_b64 v[22:23], off, off offset:112 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v22, v[22:23], off
.LBB0_36:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s99, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s99, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v23, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v24, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 5
	scratch_store_b64 off, v[23:24], off offset:120 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_38
; %bb.37:
	scratch_load_b64 v[23:24], off, off offset:120 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v17, v[23:24], off
.LBB0_38:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s68, 31
	v_mov_b32_e32 v23, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s68, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v24, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v25, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 6
	scratch_store_b64 off, v[24:25], off offset:128 ; 8-byte Folded Spill
	v_mov_b32_e32 v24, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_40
; %bb.39:
	scratch_load_b64 v[24:25], off, off offset:128 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v24, v[24:25], off
.LBB0_40:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s69, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s69, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v25, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 7
	scratch_store_b64 off, v[25:26], off offset:136 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_42
; %bb.41:
	scratch_load_b64 v[25:26], off, off offset:136 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v23, v[25:26], off
.LBB0_42:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s70, 31
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v28, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s70, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v26, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v27, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 8
	scratch_store_b64 off, v[26:27], off offset:144 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_44
; %bb.43:
	scratch_load_b64 v[26:27], off, off offset:144 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v28, v[26:27], off
.LBB0_44:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s71, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s71, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v26, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v27, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 9
	scratch_store_b64 off, v[26:27], off offset:152 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_46
; %bb.45:
	scratch_load_b64 v[25:26], off, off offset:152 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v25, v[25:26], off
.LBB0_46:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s72, 31
	v_mov_b32_e32 v27, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s72, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v29, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v30, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 10
	scratch_store_b64 off, v[29:30], off offset:160 ; 8-byte Folded Spill
	v_mov_b32_e32 v30, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_48
; %bb.47:
	scratch_load_b64 v[29:30], off, off offset:160 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v30, v[29:30], off
.LBB0_48:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s73, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s73, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v31, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v32, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 11
	scratch_store_b64 off, v[31:32], off offset:168 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_50
; %bb.49:
	scratch_load_b64 v[26:27], off, off offset:168 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v27, v[26:27], off
.LBB0_50:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s74, 31
	v_mov_b32_e32 v26, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s74, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v31, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v32, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 12
	scratch_store_b64 off, v[31:32], off offset:176 ; 8-byte Folded Spill
	v_mov_b32_e32 v31, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_52
; %bb.51:
	scratch_load_b64 v[31:32], off, off offset:176 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v31, v[31:32], off
.LBB0_52:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s75, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s75, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v32, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v33, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 13
	scratch_store_b64 off, v[32:33], off offset:184 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_54
; %bb.53:
	scratch_load_b64 v[32:33], off, off offset:184 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v26, v[32:33], off
.LBB0_54:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s76, 31
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v34, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s76, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v32, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v33, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 14
	scratch_store_b64 off, v[32:33], off offset:192 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_56
; %bb.55:
	scratch_load_b64 v[32:33], off, off offset:192 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v34, v[32:33], off
.LBB0_56:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s77, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s77, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v32, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v33, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 15
	scratch_store_b64 off, v[32:33], off offset:200 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_58
; %bb.57:
	scratch_load_b64 v[32:33], off, off offset:200 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v29, v[32:33], off
.LBB0_58:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s78, 31
	v_mov_b32_e32 v32, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s78, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v35, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v36, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 16
	scratch_store_b64 off, v[35:36], off offset:208 ; 8-byte Folded Spill
	v_mov_b32_e32 v36, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_60
; %bb.59:
	scratch_load_b64 v[35:36], off, off offset:208 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v36, v[35:36], off
.LBB0_60:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s79, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s79, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v37, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v38, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 17
	scratch_store_b64 off, v[37:38], off offset:216 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_62
; %bb.61:
	scratch_load_b64 v[32:33], off, off offset:216 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v32, v[32:33], off
.LBB0_62:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s80, 31
	v_mov_b32_e32 v35, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s80, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v37, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v38, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 18
	scratch_store_b64 off, v[37:38], off offset:224 ; 8-byte Folded Spill
	v_mov_b32_e32 v37, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_64
; %bb.63:
	scratch_load_b64 v[37:38], off, off offset:224 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v37, v[37:38], off
.LBB0_64:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s81, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s81, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v38, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v39, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 19
	scratch_store_b64 off, v[38:39], off offset:232 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_66
; %bb.65:
	scratch_load_b64 v[38:39], off, off offset:232 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v35, v[38:39], off
.LBB0_66:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s82, 31
	v_mov_b32_e32 v33, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s82, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v38, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v39, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 20
	scratch_store_b64 off, v[38:39], off offset:240 ; 8-byte Folded Spill
	v_mov_b32_e32 v38, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_68
; %bb.67:
	scratch_load_b64 v[38:39], off, off offset:240 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v38, v[38:39], off
.LBB0_68:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s83, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s83, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v39, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v40, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 21
	scratch_store_b64 off, v[39:40], off offset:248 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_70
; %bb.69:
	scratch_load_b64 v[39:40], off, off offset:248 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v33, v[39:40], off
.LBB0_70:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s52, 31
	v_mov_b32_e32 v39, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s52, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v40, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v41, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 22
	scratch_store_b64 off, v[40:41], off offset:256 ; 8-byte Folded Spill
	v_mov_b32_e32 v40, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_72
; %bb.71:
	scratch_load_b64 v[40:41], off, off offset:256 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v40, v[40:41], off
.LBB0_72:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s53, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s53, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v41, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 23
	scratch_store_b64 off, v[41:42], off offset:264 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_74
; %bb.73:
	scratch_load_b64 v[41:42], off, off offset:264 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v39, v[41:42], off
.LBB0_74:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s54, 31
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v44, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s54, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v42, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v43, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 24
	scratch_store_b64 off, v[42:43], off offset:272 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_76
; %bb.75:
	scratch_load_b64 v[42:43], off, off offset:272 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v44, v[42:43], off
.LBB0_76:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s55, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s55, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v42, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v43, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 25
	scratch_store_b64 off, v[42:43], off offset:280 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_78
; %bb.77:
	scratch_load_b64 v[41:42], off, off offset:280 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v41, v[41:42], off
.LBB0_78:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s56, 31
	v_mov_b32_e32 v43, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s56, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v45, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v46, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 26
	scratch_store_b64 off, v[45:46], off offset:288 ; 8-byte Folded Spill
	v_mov_b32_e32 v46, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_80
; %bb.79:
	scratch_load_b64 v[45:46], off, off offset:288 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v46, v[45:46], off
.LBB0_80:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s57, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s57, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v47, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v48, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 27
	scratch_store_b64 off, v[47:48], off offset:296 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_82
; %bb.81:
	scratch_load_b64 v[42:43], off, off offset:296 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v43, v[42:43], off
.LBB0_82:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s58, 31
	v_mov_b32_e32 v42, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s58, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v47, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v48, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 28
	scratch_store_b64 off, v[47:48], off offset:304 ; 8-byte Folded Spill
	v_mov_b32_e32 v47, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_84
; %bb.83:
	scratch_load_b64 v[47:48], off, off offset:304 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v47, v[47:48], off
.LBB0_84:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s59, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s59, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v48, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v49, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 29
	scratch_store_b64 off, v[48:49], off offset:312 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_86
; %bb.85:
	scratch_load_b64 v[48:49], off, off offset:312 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v42, v[48:49], off
.LBB0_86:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s60, 31
	v_dual_mov_b32 v45, 0 :: v_dual_mov_b32 v50, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s60, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v48, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v49, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 30
	scratch_store_b64 off, v[48:49], off offset:320 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_88
; %bb.87:
	scratch_load_b64 v[48:49], off, off offset:320 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v50, v[48:49], off
.LBB0_88:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s61, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s61, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v48, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v49, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v255, 31
	scratch_store_b64 off, v[48:49], off offset:328 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_90
; %bb.89:
	scratch_load_b64 v[48:49], off, off offset:328 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v45, v[48:49], off
.LBB0_90:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s62, 31
	v_mov_b32_e32 v48, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s62, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v51, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v52, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 0
	scratch_store_b64 off, v[51:52], off offset:336 ; 8-byte Folded Spill
	v_mov_b32_e32 v52, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_92
; %bb.91:
	scratch_load_b64 v[51:52], off, off offset:336 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v52, v[51:52], off
.LBB0_92:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s63, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s63, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v53, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v54, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 1
	scratch_store_b64 off, v[53:54], off offset:344 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_94
; %bb.93:
	scratch_load_b64 v[48:49], off, off offset:344 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v48, v[48:49], off
.LBB0_94:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s64, 31
	v_mov_b32_e32 v51, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s64, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v53, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v54, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 2
	scratch_store_b64 off, v[53:54], off offset:352 ; 8-byte Folded Spill
	v_mov_b32_e32 v53, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_96
; %bb.95:
	scratch_load_b64 v[53:54], off, off offset:352 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v53, v[53:54], off
.LBB0_96:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s65, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s65, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v54, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v55, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 3
	scratch_store_b64 off, v[54:55], off offset:360 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_98
; %bb.97:
	scratch_load_b64 v[54:55], off, off offset:360 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v51, v[54:55], off
.LBB0_98:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s66, 31
	v_mov_b32_e32 v49, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s66, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v54, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v55, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 4
	scratch_store_b64 off, v[54:55], off offset:368 ; 8-byte Folded Spill
	v_mov_b32_e32 v54, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_100
; %bb.99:
	scratch_load_b64 v[54:55], off, off offset:368 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v54, v[54:55], off
.LBB0_100:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s67, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s67, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v55, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v56, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 5
	scratch_store_b64 off, v[55:56], off offset:376 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_102
; %bb.101:
	scratch_load_b64 v[55:56], off, off offset:376 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v49, v[55:56], off
.LBB0_102:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s36, 31
	v_mov_b32_e32 v55, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s36, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v56, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v57, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 6
	scratch_store_b64 off, v[56:57], off offset:384 ; 8-byte Folded Spill
	v_mov_b32_e32 v56, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_104
; %bb.103:
	scratch_load_b64 v[56:57], off, off offset:384 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v56, v[56:57], off
.LBB0_104:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s37, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s37, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v57, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v58, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 7
	scratch_store_b64 off, v[57:58], off offset:392 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_106
; %bb.105:
	scratch_load_b64 v[57:58], off, off offset:392 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v55, v[57:58], off
.LBB0_106:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s38, 31
	v_dual_mov_b32 v57, 0 :: v_dual_mov_b32 v60, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s38, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v58, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v59, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 8
	scratch_store_b64 off, v[58:59], off offset:400 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_108
; %bb.107:
	scratch_load_b64 v[58:59], off, off offset:400 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v60, v[58:59], off
.LBB0_108:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s39, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s39, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v58, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v59, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 9
	scratch_store_b64 off, v[58:59], off offset:408 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_110
; %bb.109:
	scratch_load_b64 v[57:58], off, off offset:408 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v57, v[57:58], off
.LBB0_110:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s40, 31
	v_mov_b32_e32 v59, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s40, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v61, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v62, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 10
	scratch_store_b64 off, v[61:62], off offset:416 ; 8-byte Folded Spill
	v_mov_b32_e32 v62, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_112
; %bb.111:
	scratch_load_b64 v[61:62], off, off offset:416 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v62, v[61:62], off
.LBB0_112:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s41, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s41, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v63, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v64, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 11
	scratch_store_b64 off, v[63:64], off offset:424 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_114
; %bb.113:
	scratch_load_b64 v[58:59], off, off offset:424 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v59, v[58:59], off
.LBB0_114:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s42, 31
	v_mov_b32_e32 v58, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s42, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v63, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v64, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 12
	scratch_store_b64 off, v[63:64], off offset:432 ; 8-byte Folded Spill
	v_mov_b32_e32 v63, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_116
; %bb.115:
	scratch_load_b64 v[63:64], off, off offset:432 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v63, v[63:64], off
.LBB0_116:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s43, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s43, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v64, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v65, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 13
	scratch_store_b64 off, v[64:65], off offset:440 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_118
; %bb.117:
	scratch_load_b64 v[64:65], off, off offset:440 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v58, v[64:65], off
.LBB0_118:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s44, 31
	v_dual_mov_b32 v61, 0 :: v_dual_mov_b32 v66, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s44, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v64, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v65, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 14
	scratch_store_b64 off, v[64:65], off offset:448 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_120
; %bb.119:
	scratch_load_b64 v[64:65], off, off offset:448 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v66, v[64:65], off
.LBB0_120:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s45, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s45, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v64, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v65, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 15
	scratch_store_b64 off, v[64:65], off offset:456 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_122
; %bb.121:
	scratch_load_b64 v[64:65], off, off offset:456 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v61, v[64:65], off
.LBB0_122:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s46, 31
	v_mov_b32_e32 v64, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s46, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v67, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v68, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 16
	scratch_store_b64 off, v[67:68], off offset:464 ; 8-byte Folded Spill
	v_mov_b32_e32 v68, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_124
; %bb.123:
	scratch_load_b64 v[67:68], off, off offset:464 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v68, v[67:68], off
.LBB0_124:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s47, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s47, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v69, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v70, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 17
	scratch_store_b64 off, v[69:70], off offset:472 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_126
; %bb.125:
	scratch_load_b64 v[64:65], off, off offset:472 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v64, v[64:65], off
.LBB0_126:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s48, 31
	v_mov_b32_e32 v67, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s48, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v69, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v70, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 18
	scratch_store_b64 off, v[69:70], off offset:480 ; 8-byte Folded Spill
	v_mov_b32_e32 v69, 0
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_128
; %bb.127:
	scratch_load_b64 v[69:70], off, off offset:480 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v69, v[69:70], off
.LBB0_128:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s49, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s49, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v73, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 19
	scratch_store_b64 off, v[73:74], off offset:488 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_130
; %bb.129:
	scratch_load_b64 v[73:74], off, off offset:488 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v67, v[73:74], off
.LBB0_130:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s50, 31
	v_dual_mov_b32 v65, 0 :: v_dual_mov_b32 v70, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s50, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s12, s3, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s13, s12, 31
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[12:13], s[12:13], s[10:11]
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[12:13], s[6:7], s[12:13]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v73, s3, s12, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s13, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 20
	scratch_store_b64 off, v[73:74], off offset:496 ; 8-byte Folded Spill
	s_and_b32 s3, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s5, vcc_lo, s3
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s5
	s_cbranch_execz .LBB0_132
; %bb.131:
	scratch_load_b64 v[73:74], off, off offset:496 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v70, v[73:74], off
.LBB0_132:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s3, s51, 31
	s_load_b32 s12, s[0:1], 0x60
	s_lshr_b32 s3, s3, 29
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s3, s51, s3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s18, s3, 3
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_ashr_i32 s19, s18, 31
	s_mul_u64 s[10:11], s[18:19], s[10:11]
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_nc_u64 s[6:7], s[6:7], s[10:11]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v73, s3, s6, v1
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s7, v5, s3
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s3, v254, 21
	scratch_store_b64 off, v[73:74], off offset:504 ; 8-byte Folded Spill
	s_and_b32 s2, s2, s3
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s3, vcc_lo, s2
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s2, s3
	s_cbranch_execz .LBB0_134
; %bb.133:
	scratch_load_b64 v[73:74], off, off offset:504 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v65, v[73:74], off
.LBB0_134:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s2
	s_clause 0x2
	s_load_b32 s17, s[0:1], 0x64
	s_load_b32 s10, s[0:1], 0x68
	s_load_b64 s[6:7], s[0:1], 0x8
	.loc	1 94 18 is_stmt 1               ; fused_moe.py:94:18
	s_ashr_i32 s5, s4, 31
	.loc	1 105 22                        ; fused_moe.py:105:22
	s_wait_kmcnt 0x0
	s_ashr_i32 s13, s12, 31
	v_mov_b32_e32 v88, 0
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[4:5], s[12:13]
	v_mov_b32_e32 v90, 0
	.loc	1 105 78 is_stmt 0              ; fused_moe.py:105:78
	s_ashr_i32 s11, s10, 31
	.loc	1 105 14                        ; fused_moe.py:105:14
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[6:7], s[2:3]
	v_mul_lo_u32 v1, v3, s10
	v_mul_lo_u32 v3, v2, s11
	s_wait_alu depctr_sa_sdst(0)
	v_mad_co_u64_u32 v[234:235], null, v2, s10, s[2:3]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -1
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff7f
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_add3_u32 v235, v1, v235, v3
	s_cbranch_scc1 .LBB0_136
; %bb.135:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v90, v[234:235], off
.LBB0_136:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s3, s17, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s17
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -2
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff7e
	scratch_store_b64 off, v[73:74], off offset:512 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_138
; %bb.137:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:512 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v88, v[73:74], off
.LBB0_138:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshl_b32 s2, s17, 1
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v99, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -3
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff7d
	scratch_store_b64 off, v[73:74], off offset:1144 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_140
; %bb.139:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:1144 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v99, v[73:74], off
.LBB0_140:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 3
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -4
	scratch_store_b64 off, v[106:107], off offset:2320 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff7c
	scratch_store_b64 off, v[73:74], off offset:520 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_142
; %bb.141:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:520 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v98, v[73:74], off
.LBB0_142:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshl_b32 s2, s17, 2
	v_dual_mov_b32 v108, 0 :: v_dual_mov_b32 v107, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -5
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff7b
	scratch_store_b64 off, v[73:74], off offset:1152 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_144
; %bb.143:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:1152 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v107, v[73:74], off
.LBB0_144:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 5
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -6
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff7a
	scratch_store_b64 off, v[73:74], off offset:528 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_146
; %bb.145:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:528 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v108, v[73:74], off
.LBB0_146:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 6
	v_dual_mov_b32 v112, 0 :: v_dual_mov_b32 v111, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -7
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff79
	scratch_store_b64 off, v[73:74], off offset:1160 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_148
; %bb.147:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:1160 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v111, v[73:74], off
.LBB0_148:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 7
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -8
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff78
	scratch_store_b64 off, v[73:74], off offset:536 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_150
; %bb.149:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:536 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v112, v[73:74], off
.LBB0_150:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshl_b32 s2, s17, 3
	v_dual_mov_b32 v115, 0 :: v_dual_mov_b32 v116, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -9
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff77
	scratch_store_b64 off, v[73:74], off offset:1168 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_152
; %bb.151:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:1168 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v116, v[73:74], off
.LBB0_152:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 9
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -10
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff76
	scratch_store_b64 off, v[73:74], off offset:544 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_154
; %bb.153:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:544 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v115, v[73:74], off
.LBB0_154:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 10
	v_dual_mov_b32 v125, 0 :: v_dual_mov_b32 v126, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -11
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff75
	s_cbranch_scc1 .LBB0_156
; %bb.155:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v126, v[73:74], off
.LBB0_156:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 11
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v75, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v76, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -12
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff74
	scratch_store_b64 off, v[75:76], off offset:552 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_158
; %bb.157:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[75:76], off, off offset:552 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v125, v[75:76], off
.LBB0_158:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 12
	v_dual_mov_b32 v132, 0 :: v_dual_mov_b32 v131, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v75, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v76, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -13
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff73
	s_cbranch_scc1 .LBB0_160
; %bb.159:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v131, v[75:76], off
.LBB0_160:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 13
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v77, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v78, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -14
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff72
	scratch_store_b64 off, v[77:78], off offset:560 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_162
; %bb.161:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[77:78], off, off offset:560 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v132, v[77:78], off
.LBB0_162:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 14
	v_dual_mov_b32 v140, 0 :: v_dual_mov_b32 v139, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v77, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v78, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -15
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff71
	s_cbranch_scc1 .LBB0_164
; %bb.163:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v139, v[77:78], off
.LBB0_164:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 15
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v79, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v80, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, -16
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff70
	scratch_store_b64 off, v[79:80], off offset:568 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_166
; %bb.165:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[79:80], off, off offset:568 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v140, v[79:80], off
.LBB0_166:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshl_b32 s2, s17, 4
	v_mov_b32_e32 v3, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v79, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v80, null, s3, v235, s2
	v_mov_b32_e32 v5, 0
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 17
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff6f
	s_cbranch_scc1 .LBB0_168
; %bb.167:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v5, v[79:80], off
.LBB0_168:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 17
	scratch_store_b64 off, v[73:74], off offset:1416 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v73, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v74, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 18
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff6e
	scratch_store_b64 off, v[73:74], off offset:576 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_170
; %bb.169:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[73:74], off, off offset:576 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v3, v[73:74], off
.LBB0_170:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 18
	v_dual_mov_b32 v73, 0 :: v_dual_mov_b32 v74, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v81, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v82, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 19
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff6d
	s_cbranch_scc1 .LBB0_172
; %bb.171:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v74, v[81:82], off
.LBB0_172:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 19
	scratch_store_b64 off, v[77:78], off offset:1432 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v77, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v78, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 20
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff6c
	scratch_store_b64 off, v[77:78], off offset:584 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_174
; %bb.173:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[77:78], off, off offset:584 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v73, v[77:78], off
.LBB0_174:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 20
	v_dual_mov_b32 v78, 0 :: v_dual_mov_b32 v77, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v83, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v84, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 21
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff6b
	s_cbranch_scc1 .LBB0_176
; %bb.175:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v77, v[83:84], off
.LBB0_176:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 21
	scratch_store_b64 off, v[83:84], off offset:1456 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v83, s2, v234, s2
	s_wait_loadcnt 0x3
	v_mov_b32_e32 v199, v72
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v84, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 22
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff6a
	scratch_store_b64 off, v[83:84], off offset:592 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_178
; %bb.177:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[83:84], off, off offset:592 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v78, v[83:84], off
.LBB0_178:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 22
	v_dual_mov_b32 v84, 0 :: v_dual_mov_b32 v83, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v85, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v86, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 23
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff69
	s_cbranch_scc1 .LBB0_180
; %bb.179:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v83, v[85:86], off
.LBB0_180:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 23
	scratch_store_b64 off, v[79:80], off offset:1440 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v79, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v80, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 24
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff68
	scratch_store_b64 off, v[79:80], off offset:600 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_182
; %bb.181:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[79:80], off, off offset:600 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v84, v[79:80], off
.LBB0_182:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 24
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v79, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v80, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 25
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff67
	scratch_store_b64 off, v[79:80], off offset:1176 ; 8-byte Folded Spill
	v_dual_mov_b32 v79, 0 :: v_dual_mov_b32 v80, 0
	s_cbranch_scc1 .LBB0_184
; %bb.183:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[91:92], off, off offset:1176 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v80, v[91:92], off
.LBB0_184:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 25
	scratch_store_b64 off, v[85:86], off offset:1464 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v85, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v86, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 26
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff66
	scratch_store_b64 off, v[85:86], off offset:608 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_186
; %bb.185:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[85:86], off, off offset:608 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v79, v[85:86], off
.LBB0_186:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 26
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v85, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v86, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 27
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff65
	scratch_store_b64 off, v[85:86], off offset:1184 ; 8-byte Folded Spill
	v_dual_mov_b32 v85, 0 :: v_dual_mov_b32 v86, 0
	s_cbranch_scc1 .LBB0_188
; %bb.187:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[86:87], off, off offset:1184 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v86, v[86:87], off
.LBB0_188:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 27
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v91, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v92, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 28
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff64
	scratch_store_b64 off, v[91:92], off offset:616 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_190
; %bb.189:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[91:92], off, off offset:616 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v85, v[91:92], off
.LBB0_190:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 28
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v91, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v92, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 29
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff63
	scratch_store_b64 off, v[91:92], off offset:1192 ; 8-byte Folded Spill
	v_dual_mov_b32 v92, 0 :: v_dual_mov_b32 v91, 0
	s_cbranch_scc1 .LBB0_192
; %bb.191:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[93:94], off, off offset:1192 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v91, v[93:94], off
.LBB0_192:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 29
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v93, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v94, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 30
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff62
	scratch_store_b64 off, v[93:94], off offset:624 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_194
; %bb.193:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[92:93], off, off offset:624 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v92, v[92:93], off
.LBB0_194:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 30
	v_dual_mov_b32 v102, 0 :: v_dual_mov_b32 v101, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v93, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v94, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 31
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff61
	s_cbranch_scc1 .LBB0_196
; %bb.195:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v101, v[93:94], off
.LBB0_196:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 31
	scratch_store_b64 off, v[93:94], off offset:1472 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v93, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v94, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 32
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff60
	scratch_store_b64 off, v[93:94], off offset:632 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_198
; %bb.197:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[93:94], off, off offset:632 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v102, v[93:94], off
.LBB0_198:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshl_b32 s2, s17, 5
	v_mov_b32_e32 v95, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v93, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v94, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 33
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff5f
	scratch_store_b64 off, v[93:94], off offset:1200 ; 8-byte Folded Spill
	v_mov_b32_e32 v94, 0
	s_cbranch_scc1 .LBB0_200
; %bb.199:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[95:96], off, off offset:1200 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v95, v[95:96], off
.LBB0_200:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 33
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v96, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 34
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff5e
	scratch_store_b64 off, v[96:97], off offset:640 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_202
; %bb.201:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[93:94], off, off offset:640 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v94, v[93:94], off
.LBB0_202:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 34
	v_dual_mov_b32 v105, 0 :: v_dual_mov_b32 v106, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v96, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 35
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff5d
	s_cbranch_scc1 .LBB0_204
; %bb.203:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v106, v[96:97], off
.LBB0_204:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 35
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 36
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff5c
	scratch_store_b64 off, v[103:104], off offset:648 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_206
; %bb.205:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[103:104], off, off offset:648 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v105, v[103:104], off
.LBB0_206:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 36
	v_dual_mov_b32 v114, 0 :: v_dual_mov_b32 v113, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 37
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff5b
	scratch_store_b64 off, v[103:104], off offset:656 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_208
; %bb.207:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[103:104], off, off offset:656 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v113, v[103:104], off
.LBB0_208:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 37
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 38
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff5a
	scratch_store_b64 off, v[103:104], off offset:664 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_210
; %bb.209:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[103:104], off, off offset:664 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v114, v[103:104], off
.LBB0_210:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 38
	v_dual_mov_b32 v124, 0 :: v_dual_mov_b32 v123, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 39
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff59
	scratch_store_b64 off, v[103:104], off offset:672 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_212
; %bb.211:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[103:104], off, off offset:672 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v123, v[103:104], off
.LBB0_212:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 39
	s_wait_loadcnt 0x2
	v_mov_b32_e32 v198, v71
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 40
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff58
	scratch_store_b64 off, v[71:72], off offset:680 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_214
; %bb.213:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:680 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v124, v[71:72], off
.LBB0_214:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 40
	v_dual_mov_b32 v117, 0 :: v_dual_mov_b32 v118, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 41
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff57
	scratch_store_b64 off, v[71:72], off offset:688 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_216
; %bb.215:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:688 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v118, v[71:72], off
.LBB0_216:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 41
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 42
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff56
	s_cbranch_scc1 .LBB0_218
; %bb.217:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v117, v[103:104], off
.LBB0_218:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 42
	v_dual_mov_b32 v127, 0 :: v_dual_mov_b32 v128, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 43
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff55
	scratch_store_b64 off, v[71:72], off offset:696 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_220
; %bb.219:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:696 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v128, v[71:72], off
.LBB0_220:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 43
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 44
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff54
	scratch_store_b64 off, v[71:72], off offset:1208 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_222
; %bb.221:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1208 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v127, v[71:72], off
.LBB0_222:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 44
	v_dual_mov_b32 v135, 0 :: v_dual_mov_b32 v134, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 45
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff53
	scratch_store_b64 off, v[71:72], off offset:1216 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_224
; %bb.223:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1216 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v134, v[71:72], off
.LBB0_224:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 45
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 46
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff52
	scratch_store_b64 off, v[71:72], off offset:704 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_226
; %bb.225:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:704 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v135, v[71:72], off
.LBB0_226:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 46
	v_dual_mov_b32 v143, 0 :: v_dual_mov_b32 v142, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 47
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff51
	scratch_store_b64 off, v[71:72], off offset:712 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_228
; %bb.227:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:712 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v142, v[71:72], off
.LBB0_228:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 47
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 48
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff50
	scratch_store_b64 off, v[71:72], off offset:1224 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_230
; %bb.229:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1224 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v143, v[71:72], off
.LBB0_230:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 48
	v_dual_mov_b32 v137, 0 :: v_dual_mov_b32 v138, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 49
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff4f
	scratch_store_b64 off, v[71:72], off offset:720 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_232
; %bb.231:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:720 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v138, v[71:72], off
.LBB0_232:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 49
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v109, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v110, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 50
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff4e
	s_cbranch_scc1 .LBB0_234
; %bb.233:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v137, v[109:110], off
.LBB0_234:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 50
	v_dual_mov_b32 v147, 0 :: v_dual_mov_b32 v148, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 51
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff4d
	scratch_store_b64 off, v[71:72], off offset:1232 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_236
; %bb.235:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1232 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v148, v[71:72], off
.LBB0_236:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 51
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 52
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff4c
	scratch_store_b64 off, v[71:72], off offset:728 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_238
; %bb.237:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:728 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v147, v[71:72], off
.LBB0_238:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 52
	v_dual_mov_b32 v154, 0 :: v_dual_mov_b32 v153, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 53
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff4b
	scratch_store_b64 off, v[71:72], off offset:736 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_240
; %bb.239:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:736 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v153, v[71:72], off
.LBB0_240:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 53
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 54
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff4a
	scratch_store_b64 off, v[71:72], off offset:1240 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_242
; %bb.241:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1240 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v154, v[71:72], off
.LBB0_242:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 54
	v_dual_mov_b32 v160, 0 :: v_dual_mov_b32 v159, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 55
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff49
	scratch_store_b64 off, v[71:72], off offset:1248 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_244
; %bb.243:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1248 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v159, v[71:72], off
.LBB0_244:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 55
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 56
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff48
	scratch_store_b64 off, v[71:72], off offset:744 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_246
; %bb.245:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:744 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v160, v[71:72], off
.LBB0_246:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 56
	v_dual_mov_b32 v149, 0 :: v_dual_mov_b32 v150, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 57
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff47
	scratch_store_b64 off, v[71:72], off offset:752 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_248
; %bb.247:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:752 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v150, v[71:72], off
.LBB0_248:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 57
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 58
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff46
	scratch_store_b64 off, v[71:72], off offset:1256 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_250
; %bb.249:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1256 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v149, v[71:72], off
.LBB0_250:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 58
	v_dual_mov_b32 v155, 0 :: v_dual_mov_b32 v156, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 59
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff45
	scratch_store_b64 off, v[71:72], off offset:760 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_252
; %bb.251:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:760 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v156, v[71:72], off
.LBB0_252:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 59
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 60
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff44
	scratch_store_b64 off, v[71:72], off offset:1264 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_254
; %bb.253:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1264 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v155, v[71:72], off
.LBB0_254:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 60
	v_dual_mov_b32 v164, 0 :: v_dual_mov_b32 v163, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 61
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff43
	scratch_store_b64 off, v[71:72], off offset:768 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_256
; %bb.255:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:768 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v163, v[71:72], off
.LBB0_256:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 61
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 62
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff42
	scratch_store_b64 off, v[71:72], off offset:1272 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_258
; %bb.257:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:1272 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v164, v[71:72], off
.LBB0_258:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 62
	v_dual_mov_b32 v168, 0 :: v_dual_mov_b32 v167, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 63
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff41
	scratch_store_b64 off, v[71:72], off offset:776 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_260
; %bb.259:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[71:72], off, off offset:776 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v167, v[71:72], off
.LBB0_260:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 63
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v119, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_sub_co_i32 s2, s14, 64
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff40
	s_cbranch_scc1 .LBB0_262
; %bb.261:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v168, v[119:120], off
.LBB0_262:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshl_b32 s2, s17, 6
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v71, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v72, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffbf
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff3f
	scratch_store_b64 off, v[71:72], off offset:784 ; 8-byte Folded Spill
	v_dual_mov_b32 v72, 0 :: v_dual_mov_b32 v71, 0
	s_cbranch_scc1 .LBB0_264
; %bb.263:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[121:122], off, off offset:784 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v71, v[121:122], off
.LBB0_264:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x41
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v121, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffbe
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff3e
	s_cbranch_scc1 .LBB0_266
; %bb.265:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v72, v[121:122], off
.LBB0_266:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x42
	v_dual_mov_b32 v173, 0 :: v_dual_mov_b32 v174, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffbd
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff3d
	scratch_store_b64 off, v[129:130], off offset:1280 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_268
; %bb.267:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:1280 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v174, v[129:130], off
.LBB0_268:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x43
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffbc
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff3c
	scratch_store_b64 off, v[129:130], off offset:792 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_270
; %bb.269:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:792 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v173, v[129:130], off
.LBB0_270:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x44
	v_dual_mov_b32 v180, 0 :: v_dual_mov_b32 v179, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffbb
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff3b
	scratch_store_b64 off, v[129:130], off offset:800 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_272
; %bb.271:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:800 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v179, v[129:130], off
.LBB0_272:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x45
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffba
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff3a
	scratch_store_b64 off, v[129:130], off offset:1288 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_274
; %bb.273:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:1288 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v180, v[129:130], off
.LBB0_274:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x46
	v_dual_mov_b32 v183, 0 :: v_dual_mov_b32 v182, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb9
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff39
	scratch_store_b64 off, v[129:130], off offset:808 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_276
; %bb.275:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:808 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v182, v[129:130], off
.LBB0_276:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x47
	scratch_store_b64 off, v[75:76], off offset:1424 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v75, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v76, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb8
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff38
	scratch_store_b64 off, v[75:76], off offset:1296 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_278
; %bb.277:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[75:76], off, off offset:1296 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v183, v[75:76], off
.LBB0_278:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x48
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v75, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v76, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb7
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff37
	scratch_store_b64 off, v[75:76], off offset:816 ; 8-byte Folded Spill
	v_dual_mov_b32 v76, 0 :: v_dual_mov_b32 v75, 0
	s_cbranch_scc1 .LBB0_280
; %bb.279:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:816 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v75, v[129:130], off
.LBB0_280:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x49
	scratch_store_b64 off, v[81:82], off offset:1448 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v81, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v82, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb6
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff36
	scratch_store_b64 off, v[81:82], off offset:1304 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_282
; %bb.281:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[81:82], off, off offset:1304 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v76, v[81:82], off
.LBB0_282:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x4a
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v81, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v82, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb5
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff35
	scratch_store_b64 off, v[81:82], off offset:1312 ; 8-byte Folded Spill
	v_dual_mov_b32 v82, 0 :: v_dual_mov_b32 v81, 0
	s_cbranch_scc1 .LBB0_284
; %bb.283:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:1312 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v81, v[129:130], off
.LBB0_284:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x4b
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb4
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff34
	scratch_store_b64 off, v[129:130], off offset:824 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_286
; %bb.285:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:824 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v82, v[129:130], off
.LBB0_286:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x4c
	v_mov_b32_e32 v89, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	v_mov_b32_e32 v87, 0
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb3
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff33
	scratch_store_b64 off, v[129:130], off offset:1320 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_288
; %bb.287:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:1320 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v87, v[129:130], off
.LBB0_288:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x4d
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb2
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff32
	scratch_store_b64 off, v[129:130], off offset:832 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_290
; %bb.289:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:832 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v89, v[129:130], off
.LBB0_290:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x4e
	v_dual_mov_b32 v100, 0 :: v_dual_mov_b32 v93, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb1
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff31
	scratch_store_b64 off, v[129:130], off offset:1328 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_292
; %bb.291:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:1328 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v93, v[129:130], off
.LBB0_292:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x4f
	scratch_store_b64 off, v[96:97], off offset:1480 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v96, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffb0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff30
	scratch_store_b64 off, v[96:97], off offset:1336 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_294
; %bb.293:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[96:97], off, off offset:1336 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v100, v[96:97], off
.LBB0_294:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x50
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v96, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffaf
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff2f
	scratch_store_b64 off, v[96:97], off offset:1344 ; 8-byte Folded Spill
	v_dual_mov_b32 v97, 0 :: v_dual_mov_b32 v96, 0
	s_cbranch_scc1 .LBB0_296
; %bb.295:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:1344 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v96, v[129:130], off
.LBB0_296:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x51
	scratch_store_b64 off, v[103:104], off offset:1488 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffae
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff2e
	scratch_store_b64 off, v[103:104], off offset:840 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_298
; %bb.297:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[103:104], off, off offset:840 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v97, v[103:104], off
.LBB0_298:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x52
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v103, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffad
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff2d
	scratch_store_b64 off, v[103:104], off offset:848 ; 8-byte Folded Spill
	v_dual_mov_b32 v104, 0 :: v_dual_mov_b32 v103, 0
	s_cbranch_scc1 .LBB0_300
; %bb.299:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:848 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v103, v[129:130], off
.LBB0_300:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x53
	scratch_store_b64 off, v[109:110], off offset:1496 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffac
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff2c
	s_cbranch_scc1 .LBB0_302
; %bb.301:
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_u8 v104, v[129:130], off
.LBB0_302:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x54
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v109, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v110, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffab
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff2b
	scratch_store_b64 off, v[109:110], off offset:1352 ; 8-byte Folded Spill
	v_dual_mov_b32 v110, 0 :: v_dual_mov_b32 v109, 0
	s_cbranch_scc1 .LBB0_304
; %bb.303:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:1352 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v109, v[144:145], off
.LBB0_304:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x55
	scratch_store_b64 off, v[119:120], off offset:1504 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v119, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffaa
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff2a
	scratch_store_b64 off, v[119:120], off offset:856 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_306
; %bb.305:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[119:120], off, off offset:856 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v110, v[119:120], off
.LBB0_306:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x56
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v119, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa9
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff29
	scratch_store_b64 off, v[119:120], off offset:1360 ; 8-byte Folded Spill
	v_dual_mov_b32 v120, 0 :: v_dual_mov_b32 v119, 0
	s_cbranch_scc1 .LBB0_308
; %bb.307:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:1360 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v119, v[144:145], off
.LBB0_308:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x57
	scratch_store_b64 off, v[121:122], off offset:1512 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v121, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa8
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff28
	scratch_store_b64 off, v[121:122], off offset:864 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_310
; %bb.309:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[120:121], off, off offset:864 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v120, v[120:121], off
.LBB0_310:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x58
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v121, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa7
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff27
	scratch_store_b64 off, v[121:122], off offset:1368 ; 8-byte Folded Spill
	v_dual_mov_b32 v122, 0 :: v_dual_mov_b32 v121, 0
	s_cbranch_scc1 .LBB0_312
; %bb.311:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:1368 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v121, v[144:145], off
.LBB0_312:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x59
	scratch_store_b64 off, v[129:130], off offset:1520 ; 8-byte Folded Spill
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa6
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff26
	scratch_store_b64 off, v[129:130], off offset:872 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_314
; %bb.313:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[129:130], off, off offset:872 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v122, v[129:130], off
.LBB0_314:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x5a
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v129, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa5
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff25
	scratch_store_b64 off, v[129:130], off offset:880 ; 8-byte Folded Spill
	v_dual_mov_b32 v130, 0 :: v_dual_mov_b32 v129, 0
	s_cbranch_scc1 .LBB0_316
; %bb.315:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:880 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v129, v[144:145], off
.LBB0_316:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x5b
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v144, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v145, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa4
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff24
	scratch_store_b64 off, v[144:145], off offset:888 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_318
; %bb.317:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:888 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v130, v[144:145], off
.LBB0_318:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x5c
	v_dual_mov_b32 v136, 0 :: v_dual_mov_b32 v133, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v144, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v145, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa3
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff23
	scratch_store_b64 off, v[144:145], off offset:896 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_320
; %bb.319:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:896 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v133, v[144:145], off
.LBB0_320:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x5d
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v144, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v145, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa2
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff22
	scratch_store_b64 off, v[144:145], off offset:904 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_322
; %bb.321:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:904 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v136, v[144:145], off
.LBB0_322:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x5e
	v_mov_b32_e32 v141, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v144, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v145, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa1
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff21
	scratch_store_b64 off, v[144:145], off offset:912 ; 8-byte Folded Spill
	v_mov_b32_e32 v145, 0
	s_cbranch_scc1 .LBB0_324
; %bb.323:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[151:152], off, off offset:912 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v141, v[151:152], off
.LBB0_324:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x5f
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v151, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v152, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffffa0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff20
	scratch_store_b64 off, v[151:152], off offset:920 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_326
; %bb.325:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[144:145], off, off offset:920 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v145, v[144:145], off
.LBB0_326:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x60
	v_mov_b32_e32 v146, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v151, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v152, null, s3, v235, s2
	v_mov_b32_e32 v144, 0
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff9f
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff1f
	scratch_store_b64 off, v[151:152], off offset:1376 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_328
; %bb.327:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[151:152], off, off offset:1376 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v144, v[151:152], off
.LBB0_328:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x61
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v151, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v152, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff9e
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff1e
	scratch_store_b64 off, v[151:152], off offset:928 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_330
; %bb.329:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[151:152], off, off offset:928 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v146, v[151:152], off
.LBB0_330:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x62
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v151, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v152, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff9d
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff1d
	scratch_store_b64 off, v[151:152], off offset:936 ; 8-byte Folded Spill
	v_dual_mov_b32 v152, 0 :: v_dual_mov_b32 v151, 0
	s_cbranch_scc1 .LBB0_332
; %bb.331:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[157:158], off, off offset:936 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v151, v[157:158], off
.LBB0_332:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x63
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v157, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v158, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff9c
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff1c
	scratch_store_b64 off, v[157:158], off offset:944 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_334
; %bb.333:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[157:158], off, off offset:944 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v152, v[157:158], off
.LBB0_334:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x64
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v157, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v158, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff9b
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff1b
	scratch_store_b64 off, v[157:158], off offset:952 ; 8-byte Folded Spill
	v_dual_mov_b32 v158, 0 :: v_dual_mov_b32 v157, 0
	s_cbranch_scc1 .LBB0_336
; %bb.335:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[161:162], off, off offset:952 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v157, v[161:162], off
.LBB0_336:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x65
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v161, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v162, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff9a
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff1a
	scratch_store_b64 off, v[161:162], off offset:960 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_338
; %bb.337:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[161:162], off, off offset:960 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v158, v[161:162], off
.LBB0_338:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x66
	v_mov_b32_e32 v165, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v161, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v162, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff99
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff19
	scratch_store_b64 off, v[161:162], off offset:968 ; 8-byte Folded Spill
	v_mov_b32_e32 v162, 0
	s_cbranch_scc1 .LBB0_340
; %bb.339:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[161:162], off, off offset:968 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v162, v[161:162], off
.LBB0_340:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x67
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v169, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v170, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff98
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff18
	scratch_store_b64 off, v[169:170], off offset:976 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_342
; %bb.341:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[165:166], off, off offset:976 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v165, v[165:166], off
.LBB0_342:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x68
	v_dual_mov_b32 v166, 0 :: v_dual_mov_b32 v161, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v169, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v170, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff97
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff17
	scratch_store_b64 off, v[169:170], off offset:1384 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_344
; %bb.343:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[169:170], off, off offset:1384 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v161, v[169:170], off
.LBB0_344:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x69
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v169, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v170, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff96
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff16
	scratch_store_b64 off, v[169:170], off offset:984 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_346
; %bb.345:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[169:170], off, off offset:984 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v166, v[169:170], off
.LBB0_346:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x6a
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v169, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v170, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff95
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff15
	scratch_store_b64 off, v[169:170], off offset:992 ; 8-byte Folded Spill
	v_dual_mov_b32 v170, 0 :: v_dual_mov_b32 v169, 0
	s_cbranch_scc1 .LBB0_348
; %bb.347:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[171:172], off, off offset:992 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v169, v[171:172], off
.LBB0_348:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x6b
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v171, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v172, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff94
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff14
	scratch_store_b64 off, v[171:172], off offset:1000 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_350
; %bb.349:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[170:171], off, off offset:1000 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v170, v[170:171], off
.LBB0_350:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x6c
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v171, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v172, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff93
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff13
	scratch_store_b64 off, v[171:172], off offset:1008 ; 8-byte Folded Spill
	v_dual_mov_b32 v172, 0 :: v_dual_mov_b32 v171, 0
	s_cbranch_scc1 .LBB0_352
; %bb.351:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[175:176], off, off offset:1008 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v171, v[175:176], off
.LBB0_352:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x6d
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v175, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v176, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff92
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff12
	scratch_store_b64 off, v[175:176], off offset:1016 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_354
; %bb.353:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[175:176], off, off offset:1016 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v172, v[175:176], off
.LBB0_354:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x6e
	v_mov_b32_e32 v177, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v175, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v176, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff91
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff11
	scratch_store_b64 off, v[175:176], off offset:1024 ; 8-byte Folded Spill
	v_mov_b32_e32 v176, 0
	s_cbranch_scc1 .LBB0_356
; %bb.355:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[175:176], off, off offset:1024 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v176, v[175:176], off
.LBB0_356:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x6f
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v184, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v185, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff90
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff10
	scratch_store_b64 off, v[184:185], off offset:1032 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_358
; %bb.357:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[177:178], off, off offset:1032 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v177, v[177:178], off
.LBB0_358:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x70
	v_dual_mov_b32 v178, 0 :: v_dual_mov_b32 v175, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v184, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v185, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff8f
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff0f
	scratch_store_b64 off, v[184:185], off offset:1040 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_360
; %bb.359:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[184:185], off, off offset:1040 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v175, v[184:185], off
.LBB0_360:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x71
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v184, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v185, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff8e
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff0e
	scratch_store_b64 off, v[184:185], off offset:1048 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_362
; %bb.361:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[184:185], off, off offset:1048 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v178, v[184:185], off
.LBB0_362:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x72
	v_mov_b32_e32 v181, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v184, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v185, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff8d
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff0d
	scratch_store_b64 off, v[184:185], off offset:1056 ; 8-byte Folded Spill
	v_mov_b32_e32 v184, 0
	s_cbranch_scc1 .LBB0_364
; %bb.363:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[185:186], off, off offset:1056 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v181, v[185:186], off
.LBB0_364:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x73
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v185, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v186, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff8c
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff0c
	scratch_store_b64 off, v[185:186], off offset:1064 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_366
; %bb.365:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[184:185], off, off offset:1064 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v184, v[184:185], off
.LBB0_366:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x74
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v185, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v186, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff8b
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff0b
	scratch_store_b64 off, v[185:186], off offset:1392 ; 8-byte Folded Spill
	v_dual_mov_b32 v186, 0 :: v_dual_mov_b32 v185, 0
	s_cbranch_scc1 .LBB0_368
; %bb.367:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[187:188], off, off offset:1392 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v185, v[187:188], off
.LBB0_368:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x75
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v187, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v188, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff8a
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff0a
	scratch_store_b64 off, v[187:188], off offset:1072 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_370
; %bb.369:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[186:187], off, off offset:1072 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v186, v[186:187], off
.LBB0_370:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x76
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v187, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v188, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff89
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff09
	scratch_store_b64 off, v[187:188], off offset:1400 ; 8-byte Folded Spill
	v_dual_mov_b32 v188, 0 :: v_dual_mov_b32 v187, 0
	s_cbranch_scc1 .LBB0_372
; %bb.371:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[189:190], off, off offset:1400 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v187, v[189:190], off
.LBB0_372:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x77
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v189, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v190, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff88
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff08
	scratch_store_b64 off, v[189:190], off offset:1080 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_374
; %bb.373:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[188:189], off, off offset:1080 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v188, v[188:189], off
.LBB0_374:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x78
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v189, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v190, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff87
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff07
	scratch_store_b64 off, v[189:190], off offset:1088 ; 8-byte Folded Spill
	v_dual_mov_b32 v190, 0 :: v_dual_mov_b32 v189, 0
	s_cbranch_scc1 .LBB0_376
; %bb.375:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[191:192], off, off offset:1088 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v189, v[191:192], off
.LBB0_376:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x79
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v191, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v192, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff86
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff06
	scratch_store_b64 off, v[191:192], off offset:1096 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_378
; %bb.377:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[190:191], off, off offset:1096 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v190, v[190:191], off
.LBB0_378:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x7a
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v191, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v192, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff85
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff05
	scratch_store_b64 off, v[191:192], off offset:1104 ; 8-byte Folded Spill
	v_dual_mov_b32 v192, 0 :: v_dual_mov_b32 v191, 0
	s_cbranch_scc1 .LBB0_380
; %bb.379:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[193:194], off, off offset:1104 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v191, v[193:194], off
.LBB0_380:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x7b
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v193, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v194, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff84
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff04
	scratch_store_b64 off, v[193:194], off offset:1112 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_382
; %bb.381:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[192:193], off, off offset:1112 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v192, v[192:193], off
.LBB0_382:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x7c
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v193, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v194, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff83
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff03
	scratch_store_b64 off, v[193:194], off offset:1120 ; 8-byte Folded Spill
	v_dual_mov_b32 v194, 0 :: v_dual_mov_b32 v193, 0
	s_cbranch_scc1 .LBB0_384
; %bb.383:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[200:201], off, off offset:1120 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v193, v[200:201], off
.LBB0_384:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x7d
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v200, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v201, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff82
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff02
	scratch_store_b64 off, v[200:201], off offset:1128 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_386
; %bb.385:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[194:195], off, off offset:1128 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v194, v[194:195], off
.LBB0_386:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x7e
	v_mov_b32_e32 v195, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v200, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v201, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff81
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff01
	scratch_store_b64 off, v[200:201], off offset:1136 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_388
; %bb.387:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[200:201], off, off offset:1136 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v195, v[200:201], off
.LBB0_388:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_load_b32 s6, s[0:1], 0x7c
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s2, s17, 0x7f
	v_mov_b16_e32 v1.l, 0
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_co_u32 v200, s2, v234, s2
	s_wait_alu depctr_sa_sdst(0) depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v201, null, s3, v235, s2
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_co_i32 s2, s14, 0xffffff80
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_gt_u32 s2, 0x7fffff00
	scratch_store_b64 off, v[200:201], off offset:1408 ; 8-byte Folded Spill
	s_cbranch_scc1 .LBB0_390
; %bb.389:
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b64 v[200:201], off, off offset:1408 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_d16_u8 v1, v[200:201], off
.LBB0_390:
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v1.h, 8, v112.l
	v_lshlrev_b16 v3.h, 8, v108.l
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x74
	s_load_b64 s[10:11], s[0:1], 0x18
	.loc	1 110 42                        ; fused_moe.py:110:42
	s_wait_kmcnt 0x0
	s_ashr_i32 s7, s6, 31
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v108.h, v111.l, v1.h
	scratch_load_b32 v111, off, off offset:2076 ; 4-byte Folded Reload
	v_lshlrev_b16 v1.h, 8, v98.l
	v_or_b16 v108.l, v107.l, v3.h
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16 v1.l, 8, v1.l
	s_mov_b32 s12, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v107.h, v99.l, v1.h
	v_lshlrev_b16 v1.h, 8, v88.l
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v88, 31, v2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v107.l, v90.l, v1.h
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v88, 25, v88
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16 v1.h, 8, v140.l
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_nc_u32_e32 v90, v2, v88
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16 v2.l, 8, v132.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v99.h, v139.l, v1.h
	v_lshlrev_b16 v1.h, 8, v125.l
	v_or_b16 v99.l, v131.l, v2.l
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v2, 0x70, v4
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v98.h, v126.l, v1.h
	v_lshlrev_b16 v1.h, 8, v115.l
	scratch_store_b32 off, v2, off offset:2316 ; 4-byte Folded Spill
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_lshrrev_b32_e32 v4, 1, v2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b32_e32 v2, 3, v6
	v_or_b16 v98.l, v116.l, v1.h
	v_lshlrev_b16 v1.h, 8, v84.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v2, v4, v2
	s_wait_loadcnt 0x0
	v_lshl_or_b32 v88, v111, 7, v2
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v2, 0, v88
	scratch_store_b32 off, v4, off offset:2360 ; 4-byte Folded Spill
	v_or_b16 v4.h, v83.l, v1.h
	v_lshlrev_b16 v1.h, 8, v73.l
	scratch_store_b32 off, v2, off offset:2148 ; 4-byte Folded Spill
	ds_store_b64 v2, v[107:108]
	v_xor_b32_e32 v2, 8, v88
	v_or_b16 v3.h, v74.l, v1.h
	v_lshlrev_b16 v1.h, 8, v3.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v2, 0, v2
	v_or_b16 v3.l, v5.l, v1.h
	v_lshlrev_b16 v1.h, 8, v102.l
	scratch_store_b32 off, v2, off offset:2152 ; 4-byte Folded Spill
	ds_store_b64 v2, v[98:99]
	v_lshlrev_b16 v2.l, 8, v78.l
	v_or_b16 v74.h, v101.l, v1.h
	v_lshlrev_b16 v1.h, 8, v85.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v4.l, v77.l, v2.l
	v_lshlrev_b16 v2.l, 8, v92.l
	v_or_b16 v73.h, v86.l, v1.h
	v_lshlrev_b16 v1.h, 8, v79.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v74.l, v91.l, v2.l
	v_lshlrev_b16 v2.l, 8, v114.l
	v_or_b16 v73.l, v80.l, v1.h
	v_lshlrev_b16 v1.h, 8, v124.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v78.l, v113.l, v2.l
	v_lshlrev_b16 v2.l, 8, v135.l
	v_or_b16 v78.h, v123.l, v1.h
	v_lshlrev_b16 v1.h, 8, v105.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v80.l, v134.l, v2.l
	v_lshlrev_b16 v2.l, 8, v154.l
	v_or_b16 v77.h, v106.l, v1.h
	v_lshlrev_b16 v1.h, 8, v94.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_or_b16 v84.l, v153.l, v2.l
	v_xor_b32_e32 v2, 16, v88
	v_or_b16 v77.l, v95.l, v1.h
	v_lshlrev_b16 v1.h, 8, v143.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v2, 0, v2
	v_or_b16 v80.h, v142.l, v1.h
	v_lshlrev_b16 v1.h, 8, v127.l
	scratch_store_b32 off, v2, off offset:2156 ; 4-byte Folded Spill
	ds_store_b64 v2, v[3:4]
	v_xor_b32_e32 v2, 24, v88
	v_or_b16 v79.h, v128.l, v1.h
	v_lshlrev_b16 v1.h, 8, v117.l
	v_lshlrev_b16 v4.l, 8, v180.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u32_e32 v2, 0, v2
	v_or_b16 v79.l, v118.l, v1.h
	v_lshlrev_b16 v1.h, 8, v160.l
	s_delay_alu instid0(VALU_DEP_4)
	v_or_b16 v5.l, v179.l, v4.l
	scratch_store_b32 off, v2, off offset:2160 ; 4-byte Folded Spill
	ds_store_b64 v2, v[73:74]
	v_xor_b32_e32 v2, 32, v88
	v_or_b16 v84.h, v159.l, v1.h
	v_lshlrev_b16 v1.h, 8, v147.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v2, 0, v2
	v_or_b16 v83.h, v148.l, v1.h
	v_lshlrev_b16 v1.h, 8, v137.l
	ds_store_b64 v2, v[77:78]
	v_mov_b32_e32 v77, v197
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_ashrrev_i32_e32 v197, 31, v196
	scratch_store_b32 off, v2, off offset:2164 ; 4-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xor_b32_e32 v2, 40, v88
	v_or_b16 v83.l, v138.l, v1.h
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_ashrrev_i32_e32 v78, 31, v77
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16 v1.h, 8, v168.l
	scratch_store_b64 off, v[196:197], off offset:2328 ; 8-byte Folded Spill
	v_add_nc_u32_e32 v2, 0, v2
	scratch_store_b64 off, v[77:78], off offset:2336 ; 8-byte Folded Spill
	v_or_b16 v3.h, v167.l, v1.h
	v_lshlrev_b16 v1.h, 8, v155.l
	ds_store_b64 v2, v[79:80]
	v_mov_b32_e32 v79, v199
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_ashrrev_i32_e32 v199, 31, v198
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_ashrrev_i32_e32 v80, 31, v79
	scratch_store_b64 off, v[198:199], off offset:2344 ; 8-byte Folded Spill
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v73, 29, v80
	scratch_store_b64 off, v[79:80], off offset:2352 ; 8-byte Folded Spill
	v_add_nc_u32_e32 v73, v79, v73
	v_ashrrev_i32_e32 v73, 3, v73
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 109 42 is_stmt 0              ; fused_moe.py:109:42
	v_mad_co_i64_i32 v[73:74], null, v73, s3, 0
	.loc	1 109 28                        ; fused_moe.py:109:28
	v_lshlrev_b64_e32 v[73:74], 2, v[73:74]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v73, s2, s10, v73
	scratch_store_b32 off, v73, off offset:2284 ; 4-byte Folded Spill
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s11, v74, s2
	scratch_store_b32 off, v73, off offset:2288 ; 4-byte Folded Spill
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v73, 29, v199
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v73, v198, v73
	v_ashrrev_i32_e32 v73, 3, v73
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_co_i64_i32 v[73:74], null, v73, s3, 0
	.loc	1 109 28                        ; fused_moe.py:109:28
	v_lshlrev_b64_e32 v[73:74], 2, v[73:74]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v73, s2, s10, v73
	scratch_store_b32 off, v73, off offset:2292 ; 4-byte Folded Spill
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s11, v74, s2
	scratch_store_b32 off, v73, off offset:2296 ; 4-byte Folded Spill
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v73, 29, v78
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v73, v77, v73
	v_ashrrev_i32_e32 v73, 3, v73
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_co_i64_i32 v[73:74], null, v73, s3, 0
	.loc	1 109 28                        ; fused_moe.py:109:28
	v_lshlrev_b64_e32 v[73:74], 2, v[73:74]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v73, s2, s10, v73
	scratch_store_b32 off, v73, off offset:2300 ; 4-byte Folded Spill
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s11, v74, s2
	scratch_store_b32 off, v73, off offset:2304 ; 4-byte Folded Spill
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v73, 29, v197
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v73, v196, v73
	v_ashrrev_i32_e32 v73, 3, v73
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_co_i64_i32 v[73:74], null, v73, s3, 0
	.loc	1 109 28                        ; fused_moe.py:109:28
	v_lshlrev_b64_e32 v[73:74], 2, v[73:74]
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_u32 v73, s2, s10, v73
	scratch_store_b32 off, v73, off offset:2308 ; 4-byte Folded Spill
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s11, v74, s2
	.loc	1 110 42 is_stmt 1              ; fused_moe.py:110:42
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[4:5], s[6:7]
	s_load_b32 s4, s[0:1], 0x84
	.loc	1 110 28 is_stmt 0              ; fused_moe.py:110:28
	s_lshl_b64 s[2:3], s[2:3], 2
	.loc	1 110 69                        ; fused_moe.py:110:69
	scratch_store_b32 off, v73, off offset:2312 ; 4-byte Folded Spill
	v_ashrrev_i32_e32 v73, 7, v90
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cmp_gt_i32 s8, 0xff
	.loc	1 110 68                        ; fused_moe.py:110:68
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_co_i64_i32 v[73:74], null, v73, s4, 0
	s_load_b64 s[4:5], s[0:1], 0x20
	.loc	1 110 28 is_stmt 0              ; fused_moe.py:110:28
	v_lshlrev_b64_e32 v[73:74], 2, v[73:74]
	s_wait_kmcnt 0x0
	s_add_nc_u64 s[2:3], s[4:5], s[2:3]
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s5, s16, v79
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_wait_alu depctr_sa_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_u32 v73, s2, s2, v73
	scratch_store_b32 off, v2, off offset:2168 ; 4-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xor_b32_e32 v2, 48, v88
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s4, s16, v198
	.loc	1 110 28                        ; fused_moe.py:110:28
	scratch_store_b32 off, v73, off offset:2140 ; 4-byte Folded Spill
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s3, v74, s2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v2, 0, v2
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s3, s16, v77
	v_cmp_gt_i32_e64 s2, s16, v196
	.loc	1 119 13                        ; fused_moe.py:119:13
	scratch_store_b32 off, v73, off offset:2144 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v73, 0, v111
	scratch_store_b32 off, v2, off offset:2172 ; 4-byte Folded Spill
	ds_store_b8 v73, v8 offset:16384
	ds_store_b8 v73, v24 offset:18432
	ds_store_b8 v73, v40 offset:20480
	v_xor_b32_e32 v8, 8, v111
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v8, 0, v8
	ds_store_b8 v8, v7 offset:16512
	ds_store_b8 v8, v23 offset:18560
	ds_store_b8 v8, v39 offset:20608
	v_xor_b32_e32 v7, 16, v111
	scratch_store_b32 off, v73, off offset:2176 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v7, 0, v7
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_store_b64 v2, v[83:84]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_store_b8 v8, v55 offset:22656
	scratch_store_b32 off, v8, off offset:2180 ; 4-byte Folded Spill
	ds_store_b8 v7, v13 offset:16640
	ds_store_b8 v7, v28 offset:18688
	ds_store_b8 v7, v44 offset:20736
	scratch_store_b32 off, v7, off offset:2184 ; 4-byte Folded Spill
	ds_store_b8 v7, v60 offset:22784
	v_xor_b32_e32 v7, 24, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16 v2.l, 8, v164.l
	v_or_b16 v2.h, v156.l, v1.h
	v_lshlrev_b16 v1.h, 8, v149.l
	v_xor_b32_e32 v13, 0x58, v88
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v9 offset:16768
	ds_store_b8 v7, v25 offset:18816
	ds_store_b8 v7, v41 offset:20864
	scratch_store_b32 off, v7, off offset:2188 ; 4-byte Folded Spill
	ds_store_b8 v7, v57 offset:22912
	v_xor_b32_e32 v7, 32, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xor_b32_e32 v9, 56, v88
	v_or_b16 v3.l, v163.l, v2.l
	v_or_b16 v2.l, v150.l, v1.h
	v_lshlrev_b16 v1.h, 8, v183.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v14 offset:16896
	ds_store_b8 v7, v30 offset:18944
	ds_store_b8 v7, v46 offset:20992
	scratch_store_b32 off, v7, off offset:2192 ; 4-byte Folded Spill
	ds_store_b8 v7, v62 offset:23040
	v_xor_b32_e32 v7, 40, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v5.h, v182.l, v1.h
	v_lshlrev_b16 v1.h, 8, v173.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_or_b16 v8.h, v195.l, v1.l
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16 v1.l, 8, v100.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v11 offset:17024
	ds_store_b8 v7, v27 offset:19072
	ds_store_b8 v7, v43 offset:21120
	scratch_store_b32 off, v7, off offset:2196 ; 4-byte Folded Spill
	ds_store_b8 v7, v59 offset:23168
	v_xor_b32_e32 v7, 48, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v4.h, v174.l, v1.h
	v_lshlrev_b16 v1.h, 8, v72.l
	v_xor_b32_e32 v11, 64, v88
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v15 offset:17152
	ds_store_b8 v7, v31 offset:19200
	ds_store_b8 v7, v47 offset:21248
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v15, 0, v9
	scratch_store_b32 off, v7, off offset:2200 ; 4-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_store_b8 v7, v63 offset:23296
	v_xor_b32_e32 v7, 56, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v4.l, v71.l, v1.h
	ds_store_b64 v15, v[2:3]
	v_lshlrev_b16 v1.h, 8, v76.l
	v_xor_b32_e32 v3, 0x60, v88
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v10 offset:17280
	ds_store_b8 v7, v26 offset:19328
	ds_store_b8 v7, v42 offset:21376
	scratch_store_b32 off, v7, off offset:2204 ; 4-byte Folded Spill
	ds_store_b8 v7, v58 offset:23424
	v_xor_b32_e32 v7, 64, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v10.h, v93.l, v1.l
	v_lshlrev_b16 v1.l, 8, v82.l
	v_or_b16 v9.l, v75.l, v1.h
	v_lshlrev_b16 v1.h, 8, v110.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v18 offset:17408
	ds_store_b8 v7, v34 offset:19456
	ds_store_b8 v7, v50 offset:21504
	scratch_store_b32 off, v7, off offset:2208 ; 4-byte Folded Spill
	ds_store_b8 v7, v66 offset:23552
	v_xor_b32_e32 v7, 0x48, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v9.h, v81.l, v1.l
	v_lshlrev_b16 v1.l, 8, v120.l
	v_lshlrev_b16 v2.l, 8, v152.l
	v_lshlrev_b16 v2.h, 8, v146.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v12 offset:17536
	ds_store_b8 v7, v29 offset:19584
	ds_store_b8 v7, v45 offset:21632
	scratch_store_b32 off, v7, off offset:2212 ; 4-byte Folded Spill
	ds_store_b8 v7, v61 offset:23680
	v_xor_b32_e32 v7, 0x50, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v12.h, v119.l, v1.l
	v_or_b16 v12.l, v109.l, v1.h
	v_lshlrev_b16 v1.l, 8, v145.l
	v_lshlrev_b16 v1.h, 8, v136.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v20 offset:17664
	ds_store_b8 v7, v36 offset:19712
	ds_store_b8 v7, v52 offset:21760
	scratch_store_b32 off, v7, off offset:2216 ; 4-byte Folded Spill
	ds_store_b8 v7, v68 offset:23808
	v_xor_b32_e32 v7, 0x58, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b16 v14.h, v141.l, v1.l
	v_or_b16 v14.l, v133.l, v1.h
	v_lshlrev_b16 v1.l, 8, v165.l
	v_lshlrev_b16 v1.h, 8, v158.l
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v16 offset:17792
	ds_store_b8 v7, v32 offset:19840
	ds_store_b8 v7, v48 offset:21888
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v16, 0, v11
	scratch_store_b32 off, v7, off offset:2220 ; 4-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_store_b8 v7, v64 offset:23936
	v_xor_b32_e32 v7, 0x60, v111
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xor_b32_e32 v11, 0x50, v88
	ds_store_b64 v16, v[4:5]
	v_or_b16 v4.h, v162.l, v1.l
	v_or_b16 v4.l, v157.l, v1.h
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v21 offset:17920
	ds_store_b8 v7, v37 offset:19968
	ds_store_b8 v7, v53 offset:22016
	ds_store_b8 v7, v69 offset:24064
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v18, 0, v11
	scratch_store_b32 off, v7, off offset:2224 ; 4-byte Folded Spill
	v_xor_b32_e32 v7, 0x68, v111
	v_xor_b32_e32 v5, 0x68, v88
	v_lshlrev_b16 v1.l, 8, v177.l
	v_lshlrev_b16 v1.h, 8, v172.l
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v19 offset:18048
	ds_store_b8 v7, v35 offset:20096
	ds_store_b8 v7, v51 offset:22144
	ds_store_b8 v7, v67 offset:24192
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v19, 0, v13
	scratch_store_b32 off, v7, off offset:2228 ; 4-byte Folded Spill
	v_xor_b32_e32 v7, 0x70, v111
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v22 offset:18176
	ds_store_b8 v7, v38 offset:20224
	ds_store_b8 v7, v54 offset:22272
	scratch_store_b32 off, v7, off offset:2232 ; 4-byte Folded Spill
	ds_store_b8 v7, v70 offset:24320
	v_xor_b32_e32 v7, 0x78, v111
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v7, 0, v7
	ds_store_b8 v7, v17 offset:18304
	ds_store_b8 v7, v33 offset:20352
	ds_store_b8 v7, v49 offset:22400
	scratch_store_b32 off, v7, off offset:2236 ; 4-byte Folded Spill
	ds_store_b8 v7, v65 offset:24448
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16 v7.l, 8, v89.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v10.l, v87.l, v7.l
	v_xor_b32_e32 v7, 0x48, v88
	v_add_nc_u32_e32 v17, 0, v7
	v_lshlrev_b16 v7.l, 8, v104.l
	v_lshlrev_b16 v7.h, 8, v97.l
	scratch_store_b32 off, v15, off offset:2240 ; 4-byte Folded Spill
	ds_store_b64 v17, v[9:10]
	v_or_b16 v11.h, v103.l, v7.l
	v_or_b16 v11.l, v96.l, v7.h
	v_lshlrev_b16 v7.l, 8, v130.l
	v_lshlrev_b16 v7.h, 8, v122.l
	ds_store_b64 v18, v[11:12]
	v_or_b16 v13.h, v129.l, v7.l
	v_or_b16 v13.l, v121.l, v7.h
	v_add_nc_u32_e32 v7, 0, v3
	v_or_b16 v3.h, v151.l, v2.l
	v_or_b16 v3.l, v144.l, v2.h
	v_lshlrev_b16 v2.l, 8, v170.l
	ds_store_b64 v19, v[13:14]
	v_add_nc_u32_e32 v11, 0, v5
	v_xor_b32_e32 v5, 0x70, v88
	ds_store_b64 v7, v[3:4]
	v_or_b16 v4.h, v176.l, v1.l
	v_or_b16 v4.l, v171.l, v1.h
	v_or_b16 v3.h, v169.l, v2.l
	v_lshlrev_b16 v1.l, 8, v166.l
	v_lshlrev_b16 v1.h, 8, v188.l
	v_lshlrev_b16 v2.l, 8, v186.l
	v_lshlrev_b16 v2.h, 8, v184.l
	v_add_nc_u32_e32 v12, 0, v5
	v_or_b16 v3.l, v161.l, v1.l
	v_or_b16 v10.h, v187.l, v1.h
	v_or_b16 v10.l, v185.l, v2.l
	v_or_b16 v9.h, v181.l, v2.h
	v_lshlrev_b16 v1.l, 8, v178.l
	v_xor_b32_e32 v5, 0x78, v88
	v_lshlrev_b16 v1.h, 8, v192.l
	v_lshlrev_b16 v2.l, 8, v190.l
	v_lshlrev_b16 v2.h, 8, v194.l
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v16, off offset:2244
	scratch_store_b32 off, v7, off offset:2260
	v_or_b16 v9.l, v175.l, v1.l
	v_add_nc_u32_e32 v5, 0, v5
	v_or_b16 v7.h, v191.l, v1.h
	v_or_b16 v7.l, v189.l, v2.l
	v_or_b16 v8.l, v193.l, v2.h
	v_lshrrev_b32_e32 v1, 1, v0
	v_mul_u32_u24_e32 v0, 0x88, v6
	s_clause 0x5                            ; 24-byte Folded Spill
	scratch_store_b32 off, v17, off offset:2248
	scratch_store_b32 off, v11, off offset:2264
	scratch_store_b32 off, v18, off offset:2252
	scratch_store_b32 off, v12, off offset:2268
	scratch_store_b32 off, v19, off offset:2256
	scratch_store_b32 off, v5, off offset:2272
	ds_store_b64 v11, v[3:4]
	ds_store_b64 v12, v[9:10]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_store_b8 v73, v56 offset:22528
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_store_b64 v5, v[7:8]
	s_cbranch_scc1 .LBB0_394
; %bb.391:                              ; %.._crit_edge_crit_edge
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v2, 8, v1
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_and_b32 s6, s15, 0x60
	s_mov_b32 s13, 0
	s_wait_alu depctr_sa_sdst(0)
	s_lshr_b32 s7, s6, 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v4, v0, v2
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_wait_alu depctr_sa_sdst(0)
	v_xor3_b32 v2, v2, s7, v0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v3, 16, v4
	scratch_store_b32 off, v3, off offset:2088 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 32, v4
	scratch_store_b32 off, v3, off offset:2092 ; 4-byte Folded Spill
	v_xor_b32_e32 v3, 48, v4
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_store_b32 off, v3, off offset:2096 ; 4-byte Folded Spill
	v_lshl_or_b32 v3, s6, 6, v2
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v2, 64, v4
	scratch_store_b32 off, v2, off offset:2104 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x50, v4
	scratch_store_b32 off, v2, off offset:2108 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x60, v4
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v2, off offset:2112
	scratch_store_b32 off, v4, off offset:2084
	v_xor_b32_e32 v2, 0x70, v4
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_store_b32 off, v2, off offset:2116 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 16, v3
	scratch_store_b32 off, v2, off offset:2100 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 32, v3
	scratch_store_b32 off, v2, off offset:2120 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 48, v3
	scratch_store_b32 off, v2, off offset:2124 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 64, v3
	scratch_store_b32 off, v2, off offset:2128 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x50, v3
	scratch_store_b32 off, v2, off offset:2132 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x60, v3
	scratch_store_b32 off, v2, off offset:2136 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x70, v3
	scratch_store_b32 off, v2, off offset:2384 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2020, v3
	scratch_store_b32 off, v2, off offset:2388 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2030, v3
	scratch_store_b32 off, v2, off offset:2364 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2010, v3
	scratch_store_b32 off, v2, off offset:2368 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2060, v3
	scratch_store_b32 off, v2, off offset:2372 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2070, v3
	scratch_store_b32 off, v2, off offset:2376 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2040, v3
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v2, off offset:2380
	scratch_store_b32 off, v3, off offset:2080
	v_xor_b32_e32 v2, 0x2050, v3
	scratch_store_b32 off, v2, off offset:2392 ; 4-byte Folded Spill
	s_branch .LBB0_395
.LBB0_392:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_cbranch_execnz .LBB0_926
.LBB0_393:                              ; %common.ret
	s_endpgm
.LBB0_394:
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
	s_mov_b32 s13, -1
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
                                        ; implicit-def: $vgpr2
                                        ; kill: killed $vgpr2
.LBB0_395:                              ; %Flow1072
	s_clause 0x2
	s_load_b64 s[18:19], s[0:1], 0x28
	s_load_b32 s10, s[0:1], 0x80
	s_load_b32 s11, s[0:1], 0x78
	v_dual_mov_b32 v232, 0 :: v_dual_mov_b32 v233, 0
	s_and_b32 s0, s13, exec_lo
	v_dual_mov_b32 v167, 0 :: v_dual_mov_b32 v168, 0
	v_dual_mov_b32 v169, 0 :: v_dual_mov_b32 v244, 0
	v_dual_mov_b32 v245, 0 :: v_dual_mov_b32 v246, 0
	v_dual_mov_b32 v247, 0 :: v_dual_mov_b32 v248, 0
	v_dual_mov_b32 v249, 0 :: v_dual_mov_b32 v250, 0
	v_dual_mov_b32 v251, 0 :: v_dual_mov_b32 v252, 0
	v_dual_mov_b32 v253, 0 :: v_dual_mov_b32 v242, 0
	v_dual_mov_b32 v243, 0 :: v_dual_mov_b32 v174, 0
	v_dual_mov_b32 v173, 0 :: v_dual_mov_b32 v194, 0
	v_dual_mov_b32 v175, 0 :: v_dual_mov_b32 v190, 0
	v_dual_mov_b32 v195, 0 :: v_dual_mov_b32 v192, 0
	v_dual_mov_b32 v191, 0 :: v_dual_mov_b32 v176, 0
	v_dual_mov_b32 v193, 0 :: v_dual_mov_b32 v178, 0
	v_dual_mov_b32 v177, 0 :: v_dual_mov_b32 v180, 0
	v_dual_mov_b32 v179, 0 :: v_dual_mov_b32 v182, 0
	v_dual_mov_b32 v181, 0 :: v_dual_mov_b32 v184, 0
	v_dual_mov_b32 v183, 0 :: v_dual_mov_b32 v186, 0
	v_dual_mov_b32 v185, 0 :: v_dual_mov_b32 v188, 0
	v_dual_mov_b32 v187, 0 :: v_dual_mov_b32 v196, 0
	v_dual_mov_b32 v189, 0 :: v_dual_mov_b32 v198, 0
	v_dual_mov_b32 v197, 0 :: v_dual_mov_b32 v200, 0
	v_dual_mov_b32 v199, 0 :: v_dual_mov_b32 v202, 0
	v_dual_mov_b32 v201, 0 :: v_dual_mov_b32 v204, 0
	v_dual_mov_b32 v203, 0 :: v_dual_mov_b32 v206, 0
	v_dual_mov_b32 v205, 0 :: v_dual_mov_b32 v208, 0
	v_dual_mov_b32 v207, 0 :: v_dual_mov_b32 v210, 0
	v_dual_mov_b32 v209, 0 :: v_dual_mov_b32 v212, 0
	v_dual_mov_b32 v211, 0 :: v_dual_mov_b32 v214, 0
	v_dual_mov_b32 v213, 0 :: v_dual_mov_b32 v218, 0
	v_dual_mov_b32 v215, 0 :: v_dual_mov_b32 v216, 0
	v_mov_b32_e32 v217, 0
	v_mov_b32_e32 v219, 0
	s_cselect_b32 s0, 1, 0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_791
; %bb.396:                              ; %.lr.ph
.Ltmp13:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_ashr_i32 s0, s8, 31
	v_and_b32_e32 v1, 8, v1
	s_lshr_b32 s0, s0, 25
	s_wait_kmcnt 0x0
	v_writelane_b32 v254, s18, 23
	s_add_co_i32 s8, s8, s0
	s_and_b32 s0, s15, 0x60
	v_xor_b32_e32 v3, v0, v1
	s_lshr_b32 s1, s0, 2
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s6, s8, 7
	v_xor3_b32 v0, v1, s1, v0
	v_writelane_b32 v254, s19, 24
	v_xor_b32_e32 v1, 16, v3
	v_mov_b32_e32 v188, 0
	v_mov_b32_e32 v186, 0
	v_lshl_or_b32 v2, s0, 6, v0
	v_xor_b32_e32 v0, 64, v3
	v_mov_b32_e32 v184, 0
	v_mov_b32_e32 v182, 0
	v_mov_b32_e32 v180, 0
	v_mov_b32_e32 v178, 0
	scratch_store_b32 off, v0, off offset:2104 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x50, v3
	v_mov_b32_e32 v176, 0
	v_mov_b32_e32 v98, 0
	v_mov_b32_e32 v132, 0
	v_mov_b32_e32 v140, 0
	scratch_store_b32 off, v0, off offset:2108 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x60, v3
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v0, off offset:2112
	scratch_store_b32 off, v3, off offset:2084
	v_xor_b32_e32 v0, 0x70, v3
	v_mov_b32_e32 v138, 0
	v_mov_b32_e32 v136, 0
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v252, 0
	scratch_store_b32 off, v0, off offset:2116 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 16, v2
	scratch_store_b32 off, v1, off offset:2088 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 32, v3
	v_mov_b32_e32 v250, 0
	v_mov_b32_e32 v248, 0
	scratch_store_b32 off, v0, off offset:2100 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 32, v2
	scratch_store_b32 off, v1, off offset:2092 ; 4-byte Folded Spill
	v_xor_b32_e32 v1, 48, v3
	v_mov_b32_e32 v246, 0
	v_mov_b32_e32 v244, 0
	scratch_store_b32 off, v0, off offset:2120 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 48, v2
	scratch_store_b32 off, v1, off offset:2096 ; 4-byte Folded Spill
	v_mov_b32_e32 v168, 0
	v_mov_b32_e32 v232, 0
.Ltmp14:
	.loc	1 133 19                        ; fused_moe.py:133:19
	s_lshl_b32 s13, s9, 7
	scratch_store_b32 off, v0, off offset:2124 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 64, v2
	.loc	1 134 19                        ; fused_moe.py:134:19
	s_lshl_b32 s16, s17, 7
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_max_i32 s18, s6, 2
	s_ashr_i32 s15, s13, 31
	s_ashr_i32 s17, s16, 31
	scratch_store_b32 off, v0, off offset:2128 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x50, v2
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s18, s18, -2
	s_mov_b32 s19, 0
	scratch_load_b32 v1, off, off offset:2316 ; 4-byte Folded Reload
	v_mov_b32_e32 v189, 0
	scratch_store_b32 off, v0, off offset:2132 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x60, v2
	v_mov_b32_e32 v187, 0
	v_mov_b32_e32 v185, 0
	v_mov_b32_e32 v183, 0
	v_mov_b32_e32 v181, 0
	scratch_store_b32 off, v0, off offset:2136 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x70, v2
	v_mov_b32_e32 v179, 0
	v_mov_b32_e32 v177, 0
	v_mov_b32_e32 v133, 0
	v_mov_b32_e32 v141, 0
	scratch_store_b32 off, v0, off offset:2384 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x2020, v2
	v_mov_b32_e32 v137, 0
	v_mov_b32_e32 v139, 0
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v253, 0
	scratch_store_b32 off, v0, off offset:2388 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x2030, v2
	v_mov_b32_e32 v251, 0
	v_mov_b32_e32 v249, 0
	v_mov_b32_e32 v247, 0
	v_mov_b32_e32 v245, 0
	scratch_store_b32 off, v0, off offset:2364 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x2010, v2
	v_mov_b32_e32 v169, 0
	v_mov_b32_e32 v167, 0
	v_mov_b32_e32 v233, 0
	scratch_store_b32 off, v0, off offset:2368 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x2060, v2
	scratch_store_b32 off, v0, off offset:2372 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x2070, v2
	scratch_store_b32 off, v0, off offset:2376 ; 4-byte Folded Spill
	v_xor_b32_e32 v0, 0x2040, v2
	scratch_store_b32 off, v0, off offset:2380 ; 4-byte Folded Spill
	scratch_load_b32 v0, off, off offset:2076 ; 4-byte Folded Reload
	s_wait_loadcnt 0x1
	v_lshlrev_b32_e32 v1, 1, v1
	s_wait_loadcnt 0x0
	v_lshlrev_b32_e32 v0, 2, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v0, 0, v0
	scratch_store_b32 off, v0, off offset:2276 ; 4-byte Folded Spill
	v_add_nc_u32_e32 v0, 0, v1
	scratch_store_b32 off, v0, off offset:2280 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1620 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1616 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1612 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1604 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1600 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1596 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1592 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1588 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1584 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1580 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1576 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1572 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1568 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1564 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1560 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1556 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1552 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1548 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1544 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1540 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v0, off offset:1536 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v2, off offset:2080 ; 4-byte Folded Spill
	v_xor_b32_e32 v2, 0x2050, v2
	scratch_store_b32 off, v0, off offset:1532 ; 4-byte Folded Spill
	v_mov_b32_e32 v0, 0
	scratch_store_b32 off, v2, off offset:2392 ; 4-byte Folded Spill
	v_mov_b32_e32 v2, 0
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v0, off offset:1528
	scratch_store_b32 off, v2, off offset:1608
	s_branch .LBB0_398
.LBB0_397:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 127 35 is_stmt 1              ; fused_moe.py:127:35
	scratch_load_b32 v125, off, off offset:2140 ; 4-byte Folded Reload
	.loc	1 127 50 is_stmt 0              ; fused_moe.py:127:50
	s_mul_i32 s0, s19, s10
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[90:91], v[32:33], 0
	.loc	1 127 35                        ; fused_moe.py:127:35
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s1, s0, 31
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[84:85], v[34:35], 0
	.loc	1 127 35                        ; fused_moe.py:127:35
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[90:91], v[34:35], 0
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[94:95], v[36:37], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[80:81], v[38:39], v[165:172]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s19, s18
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[94:95], v[38:39], v[236:243]
	s_mov_b32 s19, s12
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[86:87], v[40:41], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[88:89], v[42:43], v[165:172]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[86:87], v[42:43], v[236:243]
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[82:83], v[44:45], v[157:164]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[92:93], v[46:47], v[165:172]
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[82:83], v[46:47], v[236:243]
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[78:79], v[48:49], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[68:69], v[50:51], v[165:172]
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[78:79], v[50:51], v[236:243]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[74:75], v[52:53], v[157:164]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[64:65], v[54:55], v[165:172]
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[74:75], v[54:55], v[236:243]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[70:71], v[56:57], v[157:164]
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[76:77], v[58:59], v[165:172]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[70:71], v[58:59], v[236:243]
	v_wmma_f32_16x16x16_fp8_fp8 v[157:164], v[66:67], v[60:61], v[157:164]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[165:172], v[72:73], v[62:63], v[165:172]
	v_wmma_f32_16x16x16_fp8_fp8 v[236:243], v[66:67], v[62:63], v[236:243]
	.loc	1 127 35                        ; fused_moe.py:127:35
	s_wait_loadcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v149, s0, v125, s0
	scratch_load_b32 v125, off, off offset:2144 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v150, null, s1, v125, s0
	.loc	1 127 27 is_stmt 0              ; fused_moe.py:127:27
	global_load_b32 v125, v[149:150], off
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[84:85], v[32:33], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[80:81], v[36:37], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[84:85], v[24:25], 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[88:89], v[40:41], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[80:81], v[28:29], v[32:39]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[92:93], v[44:45], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[90:91], v[24:25], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[88:89], v[20:21], v[32:39]
	v_dual_mul_f32 v24, v146, v157 :: v_dual_mul_f32 v25, v146, v158
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[94:95], v[28:29], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[68:69], v[48:49], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[92:93], v[16:17], v[32:39]
	v_dual_mul_f32 v28, v146, v161 :: v_dual_mul_f32 v29, v146, v162
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[86:87], v[20:21], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[64:65], v[52:53], v[149:156]
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[68:69], v[12:13], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[84:85], v[26:27], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[82:83], v[16:17], v[40:47]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[76:77], v[56:57], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[64:65], v[8:9], v[32:39]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[80:81], v[30:31], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[78:79], v[12:13], v[40:47]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[149:156], v[72:73], v[60:61], v[149:156]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[76:77], v[4:5], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[90:91], v[26:27], 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[74:75], v[8:9], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[88:89], v[22:23], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[72:73], v[0:1], v[32:39]
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[94:95], v[30:31], v[56:63]
	v_dual_mul_f32 v16, v146, v149 :: v_dual_mul_f32 v17, v146, v150
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[70:71], v[4:5], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[92:93], v[18:19], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[86:87], v[22:23], v[56:63]
	v_dual_mul_f32 v20, v146, v153 :: v_dual_mul_f32 v21, v146, v154
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[66:67], v[0:1], v[40:47]
	scratch_load_b32 v0, off, off offset:2276 ; 4-byte Folded Reload
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[82:83], v[18:19], v[56:63]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[68:69], v[14:15], v[48:55]
	v_dual_mul_f32 v18, v146, v151 :: v_dual_mul_f32 v19, v146, v152
	v_dual_mul_f32 v34, v147, v34 :: v_dual_mul_f32 v35, v147, v35
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[78:79], v[14:15], v[56:63]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[64:65], v[10:11], v[48:55]
	v_dual_mul_f32 v78, v148, v242 :: v_dual_mul_f32 v79, v148, v243
	v_dual_mul_f32 v32, v147, v32 :: v_dual_mul_f32 v33, v147, v33
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[74:75], v[10:11], v[56:63]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[76:77], v[6:7], v[48:55]
	v_dual_mul_f32 v74, v148, v238 :: v_dual_mul_f32 v75, v148, v239
	v_dual_mul_f32 v76, v148, v240 :: v_dual_mul_f32 v77, v148, v241
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[70:71], v[6:7], v[56:63]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[72:73], v[2:3], v[48:55]
	v_dual_mul_f32 v72, v148, v236 :: v_dual_mul_f32 v73, v148, v237
	v_dual_mul_f32 v22, v146, v155 :: v_dual_mul_f32 v23, v146, v156
	s_delay_alu instid0(VALU_DEP_4)
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[66:67], v[2:3], v[56:63]
	v_dual_mul_f32 v36, v147, v36 :: v_dual_mul_f32 v37, v147, v37
	v_dual_mul_f32 v40, v147, v40 :: v_dual_mul_f32 v41, v147, v41
	v_dual_mul_f32 v38, v147, v38 :: v_dual_mul_f32 v39, v147, v39
	v_dual_mul_f32 v42, v147, v42 :: v_dual_mul_f32 v43, v147, v43
	v_dual_mul_f32 v26, v146, v159 :: v_dual_mul_f32 v27, v146, v160
	v_dual_mul_f32 v44, v147, v44 :: v_dual_mul_f32 v45, v147, v45
	v_dual_mul_f32 v48, v231, v48 :: v_dual_mul_f32 v49, v231, v49
	v_dual_mul_f32 v46, v147, v46 :: v_dual_mul_f32 v47, v147, v47
	v_dual_mul_f32 v30, v146, v163 :: v_dual_mul_f32 v31, v146, v164
	v_dual_mul_f32 v50, v231, v50 :: v_dual_mul_f32 v51, v231, v51
	v_dual_mul_f32 v52, v231, v52 :: v_dual_mul_f32 v53, v231, v53
	v_dual_mul_f32 v64, v148, v165 :: v_dual_mul_f32 v65, v148, v166
	v_dual_mul_f32 v54, v231, v54 :: v_dual_mul_f32 v55, v231, v55
	v_dual_mul_f32 v68, v148, v169 :: v_dual_mul_f32 v69, v148, v170
	v_dual_mul_f32 v66, v148, v167 :: v_dual_mul_f32 v67, v148, v168
	v_dual_mul_f32 v56, v231, v56 :: v_dual_mul_f32 v57, v231, v57
	v_dual_mul_f32 v60, v231, v60 :: v_dual_mul_f32 v61, v231, v61
	v_dual_mul_f32 v58, v231, v58 :: v_dual_mul_f32 v59, v231, v59
	v_dual_mul_f32 v62, v231, v62 :: v_dual_mul_f32 v63, v231, v63
	v_mov_b32_e32 v242, v134
	v_dual_mul_f32 v70, v148, v171 :: v_dual_mul_f32 v71, v148, v172
	v_dual_mov_b32 v168, v173 :: v_dual_mov_b32 v167, v175
	v_mov_b32_e32 v243, v135
	v_mov_b32_e32 v169, v174
	s_wait_loadcnt 0x0
	ds_store_b32 v0, v125 offset:24576
	s_wait_storecnt_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v12, off, off offset:2280
	scratch_load_b32 v80, off, off offset:1608
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_wait_loadcnt 0x1
	ds_load_b128 v[0:3], v12 offset:24576
	ds_load_b128 v[4:7], v12 offset:24592
	ds_load_b128 v[8:11], v12 offset:24832
	ds_load_b128 v[12:15], v12 offset:24848
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt_dscnt 0x3
	v_fmac_f32_e32 v80, v16, v0
	scratch_load_b32 v16, off, off offset:1620 ; 4-byte Folded Reload
	s_wait_dscnt 0x1
	v_fmac_f32_e32 v189, v72, v8
	s_wait_dscnt 0x0
	v_fmac_f32_e32 v185, v76, v12
	v_fmac_f32_e32 v183, v78, v14
	v_fmac_f32_e32 v179, v34, v2
	v_fmac_f32_e32 v181, v32, v0
	v_fmac_f32_e32 v177, v36, v4
	v_fmac_f32_e32 v141, v41, v9
	v_fmac_f32_e32 v133, v39, v7
	v_fmac_f32_e32 v137, v43, v11
	v_fmac_f32_e32 v139, v44, v12
	v_fmac_f32_e32 v253, v49, v1
	v_fmac_f32_e32 v243, v47, v15
	v_fmac_f32_e32 v251, v51, v3
	v_fmac_f32_e32 v249, v53, v5
	v_dual_fmac_f32 v247, v55, v7 :: v_dual_fmac_f32 v188, v73, v9
	v_fmac_f32_e32 v180, v33, v1
	v_fmac_f32_e32 v242, v48, v0
	v_fmac_f32_e32 v252, v50, v2
	v_dual_fmac_f32 v187, v74, v10 :: v_dual_fmac_f32 v186, v75, v11
	v_fmac_f32_e32 v184, v77, v13
	v_fmac_f32_e32 v182, v79, v15
	v_fmac_f32_e32 v178, v35, v3
	v_fmac_f32_e32 v176, v37, v5
	v_fmac_f32_e32 v98, v38, v6
	v_fmac_f32_e32 v132, v40, v8
	v_fmac_f32_e32 v140, v42, v10
	v_fmac_f32_e32 v138, v45, v13
	v_fmac_f32_e32 v136, v46, v14
	v_fmac_f32_e32 v250, v52, v4
	v_fmac_f32_e32 v248, v54, v6
	v_fmac_f32_e32 v246, v56, v8
	v_fmac_f32_e32 v244, v58, v10
	v_fmac_f32_e32 v168, v60, v12
	v_dual_fmac_f32 v232, v63, v15 :: v_dual_fmac_f32 v245, v57, v9
	v_fmac_f32_e32 v167, v61, v13
	v_fmac_f32_e32 v169, v59, v11
	s_wait_loadcnt 0x0
	v_dual_fmac_f32 v233, v62, v14 :: v_dual_fmac_f32 v16, v17, v1
	scratch_store_b32 off, v16, off offset:1620 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1616 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v18, v2
	scratch_store_b32 off, v16, off offset:1616 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1612 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v19, v3
	scratch_store_b32 off, v16, off offset:1612 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1604 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v20, v4
	scratch_store_b32 off, v16, off offset:1604 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1600 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v21, v5
	scratch_store_b32 off, v16, off offset:1600 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1596 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v22, v6
	scratch_store_b32 off, v16, off offset:1596 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1592 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v23, v7
	scratch_store_b32 off, v16, off offset:1592 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1588 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v24, v8
	scratch_store_b32 off, v16, off offset:1588 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1584 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v25, v9
	scratch_store_b32 off, v16, off offset:1584 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1580 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v26, v10
	scratch_store_b32 off, v16, off offset:1580 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1576 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v27, v11
	scratch_store_b32 off, v16, off offset:1576 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1572 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v28, v12
	scratch_store_b32 off, v16, off offset:1572 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1568 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v29, v13
	scratch_store_b32 off, v16, off offset:1568 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1564 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v30, v14
	scratch_store_b32 off, v16, off offset:1564 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1560 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v31, v15
	scratch_store_b32 off, v16, off offset:1560 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1556 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v64, v0
	scratch_store_b32 off, v16, off offset:1556 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1552 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_fmac_f32_e32 v16, v65, v1
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2176
	scratch_load_b32 v1, off, off offset:1624 th:TH_LOAD_LU
	.loc	1 128 17                        ; fused_moe.py:128:17
	scratch_store_b32 off, v16, off offset:1552 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1548 ; 4-byte Folded Reload
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x1
	ds_store_b8 v0, v1 offset:16384
	scratch_load_b32 v1, off, off offset:1688 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt 0x1
	v_fmac_f32_e32 v16, v66, v2
	.loc	1 120 13                        ; fused_moe.py:120:13
	scratch_load_b32 v2, off, off offset:1812 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 17                        ; fused_moe.py:128:17
	scratch_store_b32 off, v16, off offset:1548 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1544 ; 4-byte Folded Reload
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x2
	ds_store_b8 v0, v1 offset:18432
	scratch_load_b32 v1, off, off offset:1752 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt 0x1
	v_fmac_f32_e32 v16, v67, v3
	scratch_store_b32 off, v16, off offset:1544 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1540 ; 4-byte Folded Reload
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x1
	ds_store_b8 v0, v1 offset:20480
	scratch_load_b32 v1, off, off offset:1880 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt 0x1
	v_fmac_f32_e32 v16, v68, v4
	scratch_store_b32 off, v16, off offset:1540 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1536 ; 4-byte Folded Reload
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x1
	ds_store_b8 v0, v1 offset:22528
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2180
	scratch_load_b32 v1, off, off offset:1632 th:TH_LOAD_LU
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt 0x2
	v_fmac_f32_e32 v16, v69, v5
	scratch_store_b32 off, v16, off offset:1536 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1532 ; 4-byte Folded Reload
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x1
	ds_store_b8 v0, v1 offset:16512
	scratch_load_b32 v1, off, off offset:1696 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt 0x1
	v_fmac_f32_e32 v16, v70, v6
	scratch_store_b32 off, v16, off offset:1532 ; 4-byte Folded Spill
	scratch_load_b32 v16, off, off offset:1528 ; 4-byte Folded Reload
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x1
	ds_store_b8 v0, v1 offset:18560
	scratch_load_b32 v1, off, off offset:1760 th:TH_LOAD_LU ; 4-byte Folded Reload
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_loadcnt 0x1
	v_fmac_f32_e32 v16, v71, v7
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v80, off offset:1608
	scratch_store_b32 off, v16, off offset:1528
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20608
	scratch_load_b32 v1, off, off offset:1900 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22656
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2184
	scratch_load_b32 v1, off, off offset:1628 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:16640
	scratch_load_b32 v1, off, off offset:1692 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:18688
	scratch_load_b32 v1, off, off offset:1756 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20736
	scratch_load_b32 v1, off, off offset:1896 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22784
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2188
	scratch_load_b32 v1, off, off offset:1640 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:16768
	scratch_load_b32 v1, off, off offset:1704 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:18816
	scratch_load_b32 v1, off, off offset:1772 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20864
	scratch_load_b32 v1, off, off offset:1916 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22912
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2192
	scratch_load_b32 v1, off, off offset:1636 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:16896
	scratch_load_b32 v1, off, off offset:1700 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:18944
	scratch_load_b32 v1, off, off offset:1768 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20992
	scratch_load_b32 v1, off, off offset:1912 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23040
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2196
	scratch_load_b32 v1, off, off offset:1648 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17024
	scratch_load_b32 v1, off, off offset:1712 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19072
	scratch_load_b32 v1, off, off offset:1780 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21120
	scratch_load_b32 v1, off, off offset:1936 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23168
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2200
	scratch_load_b32 v1, off, off offset:1644 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17152
	scratch_load_b32 v1, off, off offset:1708 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19200
	scratch_load_b32 v1, off, off offset:1776 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21248
	scratch_load_b32 v1, off, off offset:1932 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23296
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2204
	scratch_load_b32 v1, off, off offset:1656 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17280
	scratch_load_b32 v1, off, off offset:1720 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19328
	scratch_load_b32 v1, off, off offset:1788 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21376
	scratch_load_b32 v1, off, off offset:1956 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23424
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2208
	scratch_load_b32 v1, off, off offset:1652 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17408
	scratch_load_b32 v1, off, off offset:1716 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19456
	scratch_load_b32 v1, off, off offset:1784 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21504
	scratch_load_b32 v1, off, off offset:1952 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23552
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2212
	scratch_load_b32 v1, off, off offset:1664 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17536
	scratch_load_b32 v1, off, off offset:1728 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19584
	scratch_load_b32 v1, off, off offset:1804 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21632
	scratch_load_b32 v1, off, off offset:1972 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23680
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2216
	scratch_load_b32 v1, off, off offset:1660 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17664
	scratch_load_b32 v1, off, off offset:1724 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19712
	scratch_load_b32 v1, off, off offset:1800 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21760
	scratch_load_b32 v1, off, off offset:1968 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23808
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2220
	scratch_load_b32 v1, off, off offset:1672 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17792
	scratch_load_b32 v1, off, off offset:1736 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19840
	scratch_load_b32 v1, off, off offset:1820 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:21888
	scratch_load_b32 v1, off, off offset:1992 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:23936
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2224
	scratch_load_b32 v1, off, off offset:1668 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:17920
	scratch_load_b32 v1, off, off offset:1732 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:19968
	scratch_load_b32 v1, off, off offset:1816 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22016
	scratch_load_b32 v1, off, off offset:1984 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:24064
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2228
	scratch_load_b32 v1, off, off offset:1680 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:18048
	scratch_load_b32 v1, off, off offset:1744 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20096
	scratch_load_b32 v1, off, off offset:1840 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22144
	scratch_load_b32 v1, off, off offset:2012 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:24192
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2232
	scratch_load_b32 v1, off, off offset:1676 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:18176
	scratch_load_b32 v1, off, off offset:1740 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20224
	scratch_load_b32 v1, off, off offset:1836 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22272
	scratch_load_b32 v1, off, off offset:2004 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:24320
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2236
	scratch_load_b32 v1, off, off offset:1684 th:TH_LOAD_LU
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:18304
	scratch_load_b32 v1, off, off offset:1748 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:20352
	scratch_load_b32 v1, off, off offset:1856 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:22400
	scratch_load_b32 v1, off, off offset:2024 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b8 v0, v1 offset:24448
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1852 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1832 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v1.l, v0.l
	scratch_load_b32 v0, off, off offset:1828 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v0.l
	v_or_b16 v1.l, v2.l, v0.l
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1808 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1796 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v0.h, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:1792 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v2.l
	scratch_load_b32 v2, off, off offset:1764 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2148 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1892 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1876 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1864 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v1.l, v0.l
	scratch_load_b32 v0, off, off offset:1872 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v0.l
	v_or_b16 v1.l, v2.l, v0.l
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1860 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1848 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v0.h, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:1844 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v2.l
	scratch_load_b32 v2, off, off offset:1824 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2152 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1948 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1928 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1908 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v1.l, v0.l
	scratch_load_b32 v0, off, off offset:1924 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v0.l
	v_or_b16 v1.l, v2.l, v0.l
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1904 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1888 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v0.h, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:1884 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v2.l
	scratch_load_b32 v2, off, off offset:1868 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2156 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2008 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:1988 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1964 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v1.l, v0.l
	scratch_load_b32 v0, off, off offset:1980 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v0.l
	v_or_b16 v1.l, v2.l, v0.l
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:1960 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:1944 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v0.h, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:1940 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v2.l
	scratch_load_b32 v2, off, off offset:1920 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2160 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2048 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2036 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:2020 th:TH_LOAD_LU
	s_wait_loadcnt 0x2
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v1.l, v0.l
	scratch_load_b32 v0, off, off offset:2032 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v0.l
	v_or_b16 v1.l, v2.l, v0.l
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2016 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:2000 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v0.h, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:1996 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v2.l
	scratch_load_b32 v2, off, off offset:1976 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2164 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v1, off, off offset:2068 th:TH_LOAD_LU ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v100.l
	scratch_load_b32 v2, off, off offset:2056 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x1
	v_or_b16 v1.h, v1.l, v0.l
	scratch_load_b32 v0, off, off offset:2064 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v0.l
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v1.l, v2.l, v0.l
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2052 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:2044 th:TH_LOAD_LU
	s_wait_loadcnt 0x1
	v_lshlrev_b16 v0.l, 8, v0.l
	s_wait_loadcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_or_b16 v0.h, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2040 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_lshlrev_b16 v0.l, 8, v2.l
	scratch_load_b32 v2, off, off offset:2028 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2168 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2060 th:TH_LOAD_LU ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v109.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v191.l, v0.l
	v_lshlrev_b16 v0.l, 8, v190.l
	v_or_b16 v1.l, v97.l, v0.l
	v_lshlrev_b16 v0.l, 8, v106.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v99.l, v0.l
	v_lshlrev_b16 v0.l, 8, v102.l
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2172 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2240 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v210.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v205.l, v0.l
	v_lshlrev_b16 v0.l, 8, v204.l
	v_or_b16 v1.l, v199.l, v0.l
	v_lshlrev_b16 v0.l, 8, v198.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v193.l, v0.l
	v_lshlrev_b16 v0.l, 8, v105.l
	v_or_b16 v0.l, v101.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2072 th:TH_LOAD_LU ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v207.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v202.l, v0.l
	v_lshlrev_b16 v0.l, 8, v201.l
	v_or_b16 v1.l, v111.l, v0.l
	v_lshlrev_b16 v0.l, 8, v195.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v104.l, v0.l
	v_lshlrev_b16 v0.l, 8, v96.l
	s_wait_loadcnt 0x0
	v_or_b16 v0.l, v2.l, v0.l
	scratch_load_b32 v2, off, off offset:2244 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2248 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v216.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v209.l, v0.l
	v_lshlrev_b16 v0.l, 8, v120.l
	v_or_b16 v1.l, v203.l, v0.l
	v_lshlrev_b16 v0.l, 8, v115.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v112.l, v0.l
	v_lshlrev_b16 v0.l, 8, v197.l
	v_or_b16 v0.l, v192.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2252 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v128.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v221.l, v0.l
	v_lshlrev_b16 v0.l, 8, v124.l
	v_or_b16 v1.l, v217.l, v0.l
	v_lshlrev_b16 v0.l, 8, v122.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v121.l, v0.l
	v_lshlrev_b16 v0.l, 8, v211.l
	v_or_b16 v0.l, v117.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2256 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v145.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v143.l, v0.l
	v_lshlrev_b16 v0.l, 8, v142.l
	v_or_b16 v1.l, v226.l, v0.l
	v_lshlrev_b16 v0.l, 8, v225.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v222.l, v0.l
	v_lshlrev_b16 v0.l, 8, v119.l
	v_or_b16 v0.l, v116.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2260 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v144.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v131.l, v0.l
	v_lshlrev_b16 v0.l, 8, v200.l
	v_or_b16 v1.l, v196.l, v0.l
	v_lshlrev_b16 v0.l, 8, v194.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v108.l, v0.l
	v_lshlrev_b16 v0.l, 8, v107.l
	v_or_b16 v0.l, v103.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2264 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v218.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v215.l, v0.l
	v_lshlrev_b16 v0.l, 8, v214.l
	v_or_b16 v1.l, v206.l, v0.l
	v_lshlrev_b16 v0.l, 8, v118.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v114.l, v0.l
	v_lshlrev_b16 v0.l, 8, v113.l
	v_or_b16 v0.l, v110.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2268 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v129.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v127.l, v0.l
	v_lshlrev_b16 v0.l, 8, v126.l
	v_or_b16 v1.l, v220.l, v0.l
	v_lshlrev_b16 v0.l, 8, v219.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v213.l, v0.l
	v_lshlrev_b16 v0.l, 8, v212.l
	v_or_b16 v0.l, v208.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	scratch_load_b32 v2, off, off offset:2272 ; 4-byte Folded Reload
	v_lshlrev_b16 v0.l, 8, v230.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v1.h, v229.l, v0.l
	v_lshlrev_b16 v0.l, 8, v228.l
	v_or_b16 v1.l, v227.l, v0.l
	v_lshlrev_b16 v0.l, 8, v130.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_or_b16 v0.h, v224.l, v0.l
	v_lshlrev_b16 v0.l, 8, v223.l
	v_or_b16 v0.l, v123.l, v0.l
	s_wait_loadcnt 0x0
	ds_store_b64 v2, v[0:1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cbranch_scc0 .LBB0_790
.LBB0_398:                              ; =>This Inner Loop Header: Depth=1
	.loc	1 119 57                        ; fused_moe.py:119:57
	scratch_load_b32 v0, off, off offset:2076 ; 4-byte Folded Reload
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_wait_alu depctr_sa_sdst(0)
	s_add_co_i32 s12, s19, 1
	v_mov_b32_e32 v2, 0
	.loc	1 118 27                        ; fused_moe.py:118:27
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b32 s0, s12, 7
	.loc	1 118 23 is_stmt 0              ; fused_moe.py:118:23
	s_wait_alu depctr_sa_sdst(0)
	s_sub_co_i32 s8, s14, s0
	.loc	1 119 57 is_stmt 1              ; fused_moe.py:119:57
	s_wait_loadcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	v_cmp_gt_i32_e64 s0, s8, v0
	scratch_load_b64 v[0:1], off, off th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b32 s6, s104, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off      ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_400
; %bb.399:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off       ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v2, v[0:1], off
.LBB0_400:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:8 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v3, 0 :: v_dual_mov_b32 v4, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s103, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:8 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_402
; %bb.401:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:8 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v4, v[0:1], off
.LBB0_402:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:16 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s102, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:16 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_404
; %bb.403:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:16 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v3, v[0:1], off
.LBB0_404:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:24 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v5, 0 :: v_dual_mov_b32 v6, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s101, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:24 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_406
; %bb.405:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:24 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v6, v[0:1], off
.LBB0_406:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:32 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s100, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:32 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_408
; %bb.407:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:32 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v5, v[0:1], off
.LBB0_408:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:40 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v7, 0 :: v_dual_mov_b32 v8, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s35, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:40 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_410
; %bb.409:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:40 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v8, v[0:1], off
.LBB0_410:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:48 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s34, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:48 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_412
; %bb.411:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:48 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v7, v[0:1], off
.LBB0_412:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:56 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v9, 0 :: v_dual_mov_b32 v10, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s33, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:56 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_414
; %bb.413:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:56 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v10, v[0:1], off
.LBB0_414:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:64 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s31, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:64 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_416
; %bb.415:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:64 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v9, v[0:1], off
.LBB0_416:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:72 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v11, 0 :: v_dual_mov_b32 v12, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b32 s6, s30, s0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	scratch_store_b64 off, v[0:1], off offset:72 ; 8-byte Folded Spill
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_418
; %bb.417:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:72 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v12, v[0:1], off
.LBB0_418:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:80 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 0
	scratch_store_b64 off, v[0:1], off offset:80 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_420
; %bb.419:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:80 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v11, v[0:1], off
.LBB0_420:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:88 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v13, 0 :: v_dual_mov_b32 v14, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 1
	scratch_store_b64 off, v[0:1], off offset:88 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_422
; %bb.421:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:88 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v14, v[0:1], off
.LBB0_422:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:96 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 2
	scratch_store_b64 off, v[0:1], off offset:96 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_424
; %bb.423:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:96 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v13, v[0:1], off
.LBB0_424:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:104 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v15, 0 :: v_dual_mov_b32 v16, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 3
	scratch_store_b64 off, v[0:1], off offset:104 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_426
; %bb.425:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:104 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v16, v[0:1], off
.LBB0_426:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:112 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 4
	scratch_store_b64 off, v[0:1], off offset:112 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_428
; %bb.427:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:112 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v15, v[0:1], off
.LBB0_428:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:120 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v18, 0 :: v_dual_mov_b32 v17, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 5
	scratch_store_b64 off, v[0:1], off offset:120 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_430
; %bb.429:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:120 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v17, v[0:1], off
.LBB0_430:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:128 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 6
	scratch_store_b64 off, v[0:1], off offset:128 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_432
; %bb.431:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:128 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v18, v[0:1], off
.LBB0_432:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:136 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v19, 0 :: v_dual_mov_b32 v20, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 7
	scratch_store_b64 off, v[0:1], off offset:136 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_434
; %bb.433:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:136 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v20, v[0:1], off
.LBB0_434:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:144 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 8
	scratch_store_b64 off, v[0:1], off offset:144 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_436
; %bb.435:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:144 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v19, v[0:1], off
.LBB0_436:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:152 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v21, 0 :: v_dual_mov_b32 v22, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 9
	scratch_store_b64 off, v[0:1], off offset:152 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_438
; %bb.437:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:152 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v22, v[0:1], off
.LBB0_438:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:160 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 10
	scratch_store_b64 off, v[0:1], off offset:160 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_440
; %bb.439:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:160 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v21, v[0:1], off
.LBB0_440:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:168 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v23, 0 :: v_dual_mov_b32 v24, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 11
	scratch_store_b64 off, v[0:1], off offset:168 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_442
; %bb.441:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:168 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v24, v[0:1], off
.LBB0_442:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:176 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 12
	scratch_store_b64 off, v[0:1], off offset:176 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_444
; %bb.443:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:176 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v23, v[0:1], off
.LBB0_444:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:184 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v26, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 13
	scratch_store_b64 off, v[0:1], off offset:184 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_446
; %bb.445:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:184 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v26, v[0:1], off
.LBB0_446:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:192 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 14
	scratch_store_b64 off, v[0:1], off offset:192 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_448
; %bb.447:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:192 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v25, v[0:1], off
.LBB0_448:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:200 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v27, 0 :: v_dual_mov_b32 v28, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 15
	scratch_store_b64 off, v[0:1], off offset:200 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_450
; %bb.449:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:200 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v28, v[0:1], off
.LBB0_450:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:208 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 16
	scratch_store_b64 off, v[0:1], off offset:208 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_452
; %bb.451:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:208 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v27, v[0:1], off
.LBB0_452:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:216 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v30, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 17
	scratch_store_b64 off, v[0:1], off offset:216 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_454
; %bb.453:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:216 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v30, v[0:1], off
.LBB0_454:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:224 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 18
	scratch_store_b64 off, v[0:1], off offset:224 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_456
; %bb.455:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:224 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v29, v[0:1], off
.LBB0_456:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:232 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v31, 0 :: v_dual_mov_b32 v32, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 19
	scratch_store_b64 off, v[0:1], off offset:232 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_458
; %bb.457:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:232 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v32, v[0:1], off
.LBB0_458:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:240 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 20
	scratch_store_b64 off, v[0:1], off offset:240 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_460
; %bb.459:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:240 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v31, v[0:1], off
.LBB0_460:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:248 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v34, 0 :: v_dual_mov_b32 v33, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 21
	scratch_store_b64 off, v[0:1], off offset:248 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_462
; %bb.461:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:248 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v33, v[0:1], off
.LBB0_462:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:256 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 22
	scratch_store_b64 off, v[0:1], off offset:256 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_464
; %bb.463:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:256 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v34, v[0:1], off
.LBB0_464:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:264 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v35, 0 :: v_dual_mov_b32 v36, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 23
	scratch_store_b64 off, v[0:1], off offset:264 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_466
; %bb.465:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:264 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v36, v[0:1], off
.LBB0_466:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:272 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 24
	scratch_store_b64 off, v[0:1], off offset:272 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_468
; %bb.467:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:272 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v35, v[0:1], off
.LBB0_468:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:280 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v66, 0 :: v_dual_mov_b32 v67, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 25
	scratch_store_b64 off, v[0:1], off offset:280 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_470
; %bb.469:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:280 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v67, v[0:1], off
.LBB0_470:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:288 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 26
	scratch_store_b64 off, v[0:1], off offset:288 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_472
; %bb.471:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:288 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v66, v[0:1], off
.LBB0_472:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:296 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v68, 0 :: v_dual_mov_b32 v69, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 27
	scratch_store_b64 off, v[0:1], off offset:296 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_474
; %bb.473:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:296 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v69, v[0:1], off
.LBB0_474:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:304 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 28
	scratch_store_b64 off, v[0:1], off offset:304 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_476
; %bb.475:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:304 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v68, v[0:1], off
.LBB0_476:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:312 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v70, 0 :: v_dual_mov_b32 v71, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 29
	scratch_store_b64 off, v[0:1], off offset:312 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_478
; %bb.477:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:312 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v71, v[0:1], off
.LBB0_478:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:320 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 30
	scratch_store_b64 off, v[0:1], off offset:320 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_480
; %bb.479:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:320 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v70, v[0:1], off
.LBB0_480:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:328 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v37, 0 :: v_dual_mov_b32 v38, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v255, 31
	scratch_store_b64 off, v[0:1], off offset:328 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_482
; %bb.481:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:328 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v38, v[0:1], off
.LBB0_482:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:336 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 0
	scratch_store_b64 off, v[0:1], off offset:336 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_484
; %bb.483:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:336 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v37, v[0:1], off
.LBB0_484:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:344 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v39, 0 :: v_dual_mov_b32 v40, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 1
	scratch_store_b64 off, v[0:1], off offset:344 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_486
; %bb.485:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:344 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v40, v[0:1], off
.LBB0_486:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:352 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 2
	scratch_store_b64 off, v[0:1], off offset:352 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_488
; %bb.487:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:352 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v39, v[0:1], off
.LBB0_488:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:360 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v42, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 3
	scratch_store_b64 off, v[0:1], off offset:360 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_490
; %bb.489:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:360 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v42, v[0:1], off
.LBB0_490:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:368 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 4
	scratch_store_b64 off, v[0:1], off offset:368 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_492
; %bb.491:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:368 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v41, v[0:1], off
.LBB0_492:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:376 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v44, 0 :: v_dual_mov_b32 v43, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 5
	scratch_store_b64 off, v[0:1], off offset:376 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_494
; %bb.493:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:376 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v43, v[0:1], off
.LBB0_494:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:384 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 6
	scratch_store_b64 off, v[0:1], off offset:384 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_496
; %bb.495:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:384 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v44, v[0:1], off
.LBB0_496:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:392 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v45, 0 :: v_dual_mov_b32 v46, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 7
	scratch_store_b64 off, v[0:1], off offset:392 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_498
; %bb.497:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:392 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v46, v[0:1], off
.LBB0_498:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:400 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 8
	scratch_store_b64 off, v[0:1], off offset:400 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_500
; %bb.499:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:400 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v45, v[0:1], off
.LBB0_500:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:408 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v47, 0 :: v_dual_mov_b32 v48, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 9
	scratch_store_b64 off, v[0:1], off offset:408 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_502
; %bb.501:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:408 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v48, v[0:1], off
.LBB0_502:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:416 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 10
	scratch_store_b64 off, v[0:1], off offset:416 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_504
; %bb.503:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:416 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v47, v[0:1], off
.LBB0_504:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:424 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v49, 0 :: v_dual_mov_b32 v50, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 11
	scratch_store_b64 off, v[0:1], off offset:424 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_506
; %bb.505:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:424 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v50, v[0:1], off
.LBB0_506:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:432 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 12
	scratch_store_b64 off, v[0:1], off offset:432 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_508
; %bb.507:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:432 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v49, v[0:1], off
.LBB0_508:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:440 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v51, 0 :: v_dual_mov_b32 v52, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 13
	scratch_store_b64 off, v[0:1], off offset:440 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_510
; %bb.509:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:440 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v52, v[0:1], off
.LBB0_510:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:448 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 14
	scratch_store_b64 off, v[0:1], off offset:448 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_512
; %bb.511:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:448 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v51, v[0:1], off
.LBB0_512:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:456 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v53, 0 :: v_dual_mov_b32 v54, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 15
	scratch_store_b64 off, v[0:1], off offset:456 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_514
; %bb.513:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:456 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v54, v[0:1], off
.LBB0_514:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:464 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 16
	scratch_store_b64 off, v[0:1], off offset:464 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_516
; %bb.515:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:464 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v53, v[0:1], off
.LBB0_516:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:472 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v55, 0 :: v_dual_mov_b32 v56, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 17
	scratch_store_b64 off, v[0:1], off offset:472 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_518
; %bb.517:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:472 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v56, v[0:1], off
.LBB0_518:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:480 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 18
	scratch_store_b64 off, v[0:1], off offset:480 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_520
; %bb.519:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:480 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v55, v[0:1], off
.LBB0_520:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:488 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v57, 0 :: v_dual_mov_b32 v58, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 19
	scratch_store_b64 off, v[0:1], off offset:488 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_522
; %bb.521:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:488 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v58, v[0:1], off
.LBB0_522:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:496 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 20
	scratch_store_b64 off, v[0:1], off offset:496 ; 8-byte Folded Spill
	s_and_b32 s6, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s6
	s_cbranch_execz .LBB0_524
; %bb.523:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:496 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v57, v[0:1], off
.LBB0_524:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	scratch_load_b64 v[0:1], off, off offset:504 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v65, 0
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v0, s1, v0, s13
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s15, v1, s1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v254, 21
	scratch_store_b64 off, v[0:1], off offset:504 ; 8-byte Folded Spill
	v_mov_b32_e32 v0, 0
	s_and_b32 s1, s1, s0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_526
; %bb.525:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[0:1], off, off offset:504 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v0, v[0:1], off
.LBB0_526:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	s_wait_loadcnt 0x0
	s_clause 0x1f                           ; 128-byte Folded Spill
	scratch_store_b32 off, v0, off offset:2024
	scratch_store_b32 off, v58, off offset:2012
	scratch_store_b32 off, v57, off offset:2004
	scratch_store_b32 off, v56, off offset:1992
	scratch_store_b32 off, v55, off offset:1984
	scratch_store_b32 off, v54, off offset:1972
	scratch_store_b32 off, v53, off offset:1968
	scratch_store_b32 off, v52, off offset:1956
	scratch_store_b32 off, v51, off offset:1952
	scratch_store_b32 off, v50, off offset:1936
	scratch_store_b32 off, v49, off offset:1932
	scratch_store_b32 off, v48, off offset:1916
	scratch_store_b32 off, v47, off offset:1912
	scratch_store_b32 off, v46, off offset:1900
	scratch_store_b32 off, v45, off offset:1896
	scratch_store_b32 off, v44, off offset:1880
	scratch_store_b32 off, v43, off offset:1856
	scratch_store_b32 off, v42, off offset:1840
	scratch_store_b32 off, v41, off offset:1836
	scratch_store_b32 off, v40, off offset:1820
	scratch_store_b32 off, v39, off offset:1816
	scratch_store_b32 off, v38, off offset:1804
	scratch_store_b32 off, v37, off offset:1800
	scratch_store_b32 off, v36, off offset:1760
	scratch_store_b32 off, v35, off offset:1756
	scratch_store_b32 off, v34, off offset:1752
	scratch_store_b32 off, v33, off offset:1748
	scratch_store_b32 off, v32, off offset:1744
	scratch_store_b32 off, v31, off offset:1740
	scratch_store_b32 off, v30, off offset:1736
	scratch_store_b32 off, v29, off offset:1732
	scratch_store_b32 off, v28, off offset:1728
	s_clause 0x19                           ; 104-byte Folded Spill
	scratch_store_b32 off, v27, off offset:1724
	scratch_store_b32 off, v26, off offset:1720
	scratch_store_b32 off, v25, off offset:1716
	scratch_store_b32 off, v24, off offset:1712
	scratch_store_b32 off, v23, off offset:1708
	scratch_store_b32 off, v22, off offset:1704
	scratch_store_b32 off, v21, off offset:1700
	scratch_store_b32 off, v20, off offset:1696
	scratch_store_b32 off, v19, off offset:1692
	scratch_store_b32 off, v18, off offset:1688
	scratch_store_b32 off, v17, off offset:1684
	scratch_store_b32 off, v16, off offset:1680
	scratch_store_b32 off, v15, off offset:1676
	scratch_store_b32 off, v14, off offset:1672
	scratch_store_b32 off, v13, off offset:1668
	scratch_store_b32 off, v12, off offset:1664
	scratch_store_b32 off, v11, off offset:1660
	scratch_store_b32 off, v10, off offset:1656
	scratch_store_b32 off, v9, off offset:1652
	scratch_store_b32 off, v8, off offset:1648
	scratch_store_b32 off, v7, off offset:1644
	scratch_store_b32 off, v6, off offset:1640
	scratch_store_b32 off, v5, off offset:1636
	scratch_store_b32 off, v4, off offset:1632
	scratch_store_b32 off, v3, off offset:1628
	scratch_store_b32 off, v2, off offset:1624
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_wait_storecnt_dscnt 0x0
	s_barrier_signal -1
	s_clause 0x7                            ; 32-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2084
	scratch_load_b32 v1, off, off offset:2088
	scratch_load_b32 v2, off, off offset:2092
	scratch_load_b32 v3, off, off offset:2096
	scratch_load_b32 v4, off, off offset:2104
	scratch_load_b32 v5, off, off offset:2108
	scratch_load_b32 v6, off, off offset:2112
	scratch_load_b32 v7, off, off offset:2116
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_add_co_u32 v234, s0, v234, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v235, null, s17, v235, s0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 1
	.loc	1 119 13                        ; fused_moe.py:119:13
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
	v_add_nc_u32_e32 v64, 0, v7
	ds_load_2addr_stride64_b64 v[32:35], v0 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[24:27], v0 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[36:39], v1 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[28:31], v1 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[40:43], v2 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[20:23], v2 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[44:47], v3 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[16:19], v3 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[48:51], v4 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[12:15], v4 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[52:55], v5 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[8:11], v5 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[56:59], v6 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[4:7], v6 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[60:63], v64 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[0:3], v64 offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_528
; %bb.527:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v65, v[234:235], off
.LBB0_528:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v65, off offset:1764 ; 4-byte Folded Spill
	scratch_load_b64 v[64:65], off, off offset:512 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v72, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 2
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v64, s0, v64, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v65, null, s17, v65, s0
	scratch_store_b64 off, v[64:65], off offset:512 ; 8-byte Folded Spill
	v_mov_b32_e32 v64, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_530
; %bb.529:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[64:65], off, off offset:512 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v64, v[64:65], off
.LBB0_530:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x2                            ; 12-byte Folded Spill
	scratch_store_b32 off, v64, off offset:1792
	scratch_store_b32 off, v67, off offset:1772
	scratch_store_b32 off, v66, off offset:1768
	scratch_load_b64 v[64:65], off, off offset:1144 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 3
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v64, s0, v64, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v65, null, s17, v65, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_532
; %bb.531:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v72, v[64:65], off
.LBB0_532:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[66:67], off, off offset:520 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v73, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 4
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v66, s0, v66, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v67, null, s17, v67, s0
	scratch_store_b64 off, v[66:67], off offset:520 ; 8-byte Folded Spill
	v_mov_b32_e32 v66, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_534
; %bb.533:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[66:67], off, off offset:520 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v66, v[66:67], off
.LBB0_534:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x2                            ; 12-byte Folded Spill
	scratch_store_b32 off, v66, off offset:1808
	scratch_store_b32 off, v69, off offset:1780
	scratch_store_b32 off, v68, off offset:1776
	scratch_load_b64 v[66:67], off, off offset:1152 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 5
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v66, s0, v66, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v67, null, s17, v67, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_536
; %bb.535:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v73, v[66:67], off
.LBB0_536:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[68:69], off, off offset:528 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v74, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 6
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v68, s0, v68, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v69, null, s17, v69, s0
	scratch_store_b64 off, v[68:69], off offset:528 ; 8-byte Folded Spill
	v_mov_b32_e32 v68, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_538
; %bb.537:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[68:69], off, off offset:528 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v68, v[68:69], off
.LBB0_538:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x2                            ; 12-byte Folded Spill
	scratch_store_b32 off, v68, off offset:1828
	scratch_store_b32 off, v71, off offset:1788
	scratch_store_b32 off, v70, off offset:1784
	scratch_load_b64 v[68:69], off, off offset:1160 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 7
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v68, s0, v68, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v69, null, s17, v69, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_540
; %bb.539:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v74, v[68:69], off
.LBB0_540:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[70:71], off, off offset:536 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 8
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v70, s0, v70, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v71, null, s17, v71, s0
	scratch_store_b32 off, v74, off offset:1832 ; 4-byte Folded Spill
	v_mov_b32_e32 v74, 0
	scratch_store_b64 off, v[70:71], off offset:536 ; 8-byte Folded Spill
	v_mov_b32_e32 v70, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_542
; %bb.541:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[70:71], off, off offset:536 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v70, v[70:71], off
.LBB0_542:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x2                            ; 12-byte Folded Spill
	scratch_store_b32 off, v70, off offset:1852
	scratch_store_b32 off, v73, off offset:1812
	scratch_store_b32 off, v72, off offset:1796
	scratch_load_b64 v[70:71], off, off offset:1168 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 9
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v70, s0, v70, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v71, null, s17, v71, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_544
; %bb.543:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v74, v[70:71], off
.LBB0_544:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[72:73], off, off offset:544 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v75, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 10
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, s0, v72, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s17, v73, s0
	scratch_store_b64 off, v[72:73], off offset:544 ; 8-byte Folded Spill
	v_mov_b32_e32 v72, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_546
; %bb.545:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[72:73], off, off offset:544 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v72, v[72:73], off
.LBB0_546:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v72, off offset:1844
	scratch_store_b32 off, v74, off offset:1824
	scratch_load_b64 v[72:73], off, off offset:1416 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 11
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v72, s0, v72, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v73, null, s17, v73, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_548
; %bb.547:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v75, v[72:73], off
.LBB0_548:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v75, off offset:1848 ; 4-byte Folded Spill
	scratch_load_b64 v[74:75], off, off offset:552 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v76, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 12
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v74, s0, v74, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v75, null, s17, v75, s0
	scratch_store_b64 off, v[74:75], off offset:552 ; 8-byte Folded Spill
	v_mov_b32_e32 v74, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_550
; %bb.549:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[74:75], off, off offset:552 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v74, v[74:75], off
.LBB0_550:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v74, off offset:1860 ; 4-byte Folded Spill
	scratch_load_b64 v[74:75], off, off offset:1424 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 13
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v74, s0, v74, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v75, null, s17, v75, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_552
; %bb.551:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v76, v[74:75], off
.LBB0_552:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v76, off offset:1864 ; 4-byte Folded Spill
	scratch_load_b64 v[76:77], off, off offset:560 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v78, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 14
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v76, s0, v76, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v77, null, s17, v77, s0
	scratch_store_b64 off, v[76:77], off offset:560 ; 8-byte Folded Spill
	v_mov_b32_e32 v76, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_554
; %bb.553:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[76:77], off, off offset:560 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v76, v[76:77], off
.LBB0_554:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v76, off offset:1872 ; 4-byte Folded Spill
	scratch_load_b64 v[76:77], off, off offset:1432 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 15
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v76, s0, v76, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v77, null, s17, v77, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_556
; %bb.555:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v78, v[76:77], off
.LBB0_556:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v78, off offset:1876 ; 4-byte Folded Spill
	scratch_load_b64 v[78:79], off, off offset:568 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v80, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 16
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v78, s0, v78, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v79, null, s17, v79, s0
	scratch_store_b64 off, v[78:79], off offset:568 ; 8-byte Folded Spill
	v_mov_b32_e32 v78, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_558
; %bb.557:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[78:79], off, off offset:568 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v78, v[78:79], off
.LBB0_558:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v78, off offset:1892 ; 4-byte Folded Spill
	scratch_load_b64 v[78:79], off, off offset:1440 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 17
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v78, s0, v78, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v79, null, s17, v79, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_560
; %bb.559:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v80, v[78:79], off
.LBB0_560:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v80, off offset:1868 ; 4-byte Folded Spill
	scratch_load_b64 v[80:81], off, off offset:576 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v82, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 18
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v80, s0, v80, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s17, v81, s0
	scratch_store_b64 off, v[80:81], off offset:576 ; 8-byte Folded Spill
	v_mov_b32_e32 v80, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_562
; %bb.561:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[80:81], off, off offset:576 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v80, v[80:81], off
.LBB0_562:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v80, off offset:1884 ; 4-byte Folded Spill
	scratch_load_b64 v[80:81], off, off offset:1448 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 19
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v80, s0, v80, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s17, v81, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_564
; %bb.563:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v82, v[80:81], off
.LBB0_564:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v82, off offset:1888 ; 4-byte Folded Spill
	scratch_load_b64 v[82:83], off, off offset:584 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v84, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 20
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v82, s0, v82, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v83, null, s17, v83, s0
	scratch_store_b64 off, v[82:83], off offset:584 ; 8-byte Folded Spill
	v_mov_b32_e32 v82, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_566
; %bb.565:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[82:83], off, off offset:584 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v82, v[82:83], off
.LBB0_566:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v82, off offset:1904 ; 4-byte Folded Spill
	scratch_load_b64 v[82:83], off, off offset:1456 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 21
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v82, s0, v82, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v83, null, s17, v83, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_568
; %bb.567:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v84, v[82:83], off
.LBB0_568:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v84, off offset:1908 ; 4-byte Folded Spill
	scratch_load_b64 v[84:85], off, off offset:592 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v86, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 22
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v84, s0, v84, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v85, null, s17, v85, s0
	scratch_store_b64 off, v[84:85], off offset:592 ; 8-byte Folded Spill
	v_mov_b32_e32 v84, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_570
; %bb.569:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[84:85], off, off offset:592 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v84, v[84:85], off
.LBB0_570:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v84, off offset:1924 ; 4-byte Folded Spill
	scratch_load_b64 v[84:85], off, off offset:1464 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 23
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v84, s0, v84, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v85, null, s17, v85, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_572
; %bb.571:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v86, v[84:85], off
.LBB0_572:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v86, off offset:1928 ; 4-byte Folded Spill
	scratch_load_b64 v[86:87], off, off offset:600 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v88, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 24
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v86, s0, v86, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v87, null, s17, v87, s0
	scratch_store_b64 off, v[86:87], off offset:600 ; 8-byte Folded Spill
	v_mov_b32_e32 v86, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_574
; %bb.573:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[86:87], off, off offset:600 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v86, v[86:87], off
.LBB0_574:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v86, off offset:1948 ; 4-byte Folded Spill
	scratch_load_b64 v[86:87], off, off offset:1176 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 25
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v86, s0, v86, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v87, null, s17, v87, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_576
; %bb.575:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v88, v[86:87], off
.LBB0_576:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v88, off offset:1920 ; 4-byte Folded Spill
	scratch_load_b64 v[88:89], off, off offset:608 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v90, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 26
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v88, s0, v88, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v89, null, s17, v89, s0
	scratch_store_b64 off, v[88:89], off offset:608 ; 8-byte Folded Spill
	v_mov_b32_e32 v88, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_578
; %bb.577:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[88:89], off, off offset:608 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v88, v[88:89], off
.LBB0_578:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v88, off offset:1940 ; 4-byte Folded Spill
	scratch_load_b64 v[88:89], off, off offset:1184 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 27
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v88, s0, v88, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v89, null, s17, v89, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_580
; %bb.579:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v90, v[88:89], off
.LBB0_580:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v90, off offset:1944 ; 4-byte Folded Spill
	scratch_load_b64 v[90:91], off, off offset:616 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v92, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 28
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v90, s0, v90, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v91, null, s17, v91, s0
	scratch_store_b64 off, v[90:91], off offset:616 ; 8-byte Folded Spill
	v_mov_b32_e32 v90, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_582
; %bb.581:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[90:91], off, off offset:616 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v90, v[90:91], off
.LBB0_582:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v90, off offset:1960 ; 4-byte Folded Spill
	scratch_load_b64 v[90:91], off, off offset:1192 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 29
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v90, s0, v90, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v91, null, s17, v91, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_584
; %bb.583:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v92, v[90:91], off
.LBB0_584:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v92, off offset:1964 ; 4-byte Folded Spill
	scratch_load_b64 v[92:93], off, off offset:624 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v94, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 30
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v92, s0, v92, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v93, null, s17, v93, s0
	scratch_store_b64 off, v[92:93], off offset:624 ; 8-byte Folded Spill
	v_mov_b32_e32 v92, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_586
; %bb.585:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[92:93], off, off offset:624 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v92, v[92:93], off
.LBB0_586:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v92, off offset:1980 ; 4-byte Folded Spill
	scratch_load_b64 v[92:93], off, off offset:1472 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 31
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v92, s0, v92, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v93, null, s17, v93, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_588
; %bb.587:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v94, v[92:93], off
.LBB0_588:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v94, off offset:1988 ; 4-byte Folded Spill
	scratch_load_b64 v[94:95], off, off offset:632 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v96, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 32
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v94, s0, v94, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v95, null, s17, v95, s0
	scratch_store_b64 off, v[94:95], off offset:632 ; 8-byte Folded Spill
	v_mov_b32_e32 v94, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_590
; %bb.589:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[94:95], off, off offset:632 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v94, v[94:95], off
.LBB0_590:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v94, off offset:2008 ; 4-byte Folded Spill
	scratch_load_b64 v[94:95], off, off offset:1200 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 33
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v94, s0, v94, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v95, null, s17, v95, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_592
; %bb.591:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v96, v[94:95], off
.LBB0_592:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v96, off offset:1976 ; 4-byte Folded Spill
	scratch_load_b64 v[96:97], off, off offset:640 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v99, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 34
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v96, s0, v96, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s17, v97, s0
	scratch_store_b64 off, v[96:97], off offset:640 ; 8-byte Folded Spill
	v_mov_b32_e32 v96, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_594
; %bb.593:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[96:97], off, off offset:640 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v96, v[96:97], off
.LBB0_594:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	scratch_store_b32 off, v96, off offset:1996 ; 4-byte Folded Spill
	scratch_load_b64 v[96:97], off, off offset:1480 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 35
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v96, s0, v96, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s17, v97, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_596
; %bb.595:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v99, v[96:97], off
.LBB0_596:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v99, off offset:2000
	scratch_store_b64 off, v[96:97], off offset:1480
	scratch_load_b64 v[96:97], off, off offset:648 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 36
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v96, s0, v96, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, s17, v97, s0
	scratch_store_b64 off, v[96:97], off offset:648 ; 8-byte Folded Spill
	v_dual_mov_b32 v97, 0 :: v_dual_mov_b32 v96, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_598
; %bb.597:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[99:100], off, off offset:648 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v96, v[99:100], off
.LBB0_598:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[99:100], off, off offset:656 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 37
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v99, s0, v99, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v100, null, s17, v100, s0
	scratch_store_b64 off, v[99:100], off offset:656 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_600
; %bb.599:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[99:100], off, off offset:656 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v97, v[99:100], off
.LBB0_600:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[99:100], off, off offset:664 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v103, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 38
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v99, s0, v99, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v100, null, s17, v100, s0
	scratch_store_b64 off, v[99:100], off offset:664 ; 8-byte Folded Spill
	v_mov_b32_e32 v99, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_602
; %bb.601:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[99:100], off, off offset:664 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v99, v[99:100], off
.LBB0_602:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[101:102], off, off offset:672 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 39
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v101, s0, v101, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v102, null, s17, v102, s0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v99, off offset:2032
	scratch_store_b64 off, v[101:102], off offset:672
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_604
; %bb.603:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[101:102], off, off offset:672 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v103, v[101:102], off
.LBB0_604:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[101:102], off, off offset:680 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v99, 0 :: v_dual_mov_b32 v100, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v101, s0, v101, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v102, null, s17, v102, s0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v103, off offset:2036
	scratch_store_b64 off, v[101:102], off offset:680
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_606
; %bb.605:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[101:102], off, off offset:680 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v100, v[101:102], off
.LBB0_606:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[103:104], off, off offset:688 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 41
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v103, s0, v103, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s17, v104, s0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v100, off offset:2048
	scratch_store_b64 off, v[103:104], off offset:688
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_608
; %bb.607:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[103:104], off, off offset:688 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v99, v[103:104], off
.LBB0_608:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[103:104], off, off offset:1488 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v101, 0 :: v_dual_mov_b32 v100, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 42
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v103, s0, v103, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s17, v104, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_610
; %bb.609:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v100, v[103:104], off
.LBB0_610:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[105:106], off, off offset:696 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 43
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v105, s0, v105, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v106, null, s17, v106, s0
	scratch_store_b64 off, v[105:106], off offset:696 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_612
; %bb.611:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[105:106], off, off offset:696 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v101, v[105:106], off
.LBB0_612:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[105:106], off, off offset:1208 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v107, 0 :: v_dual_mov_b32 v102, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 44
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v105, s0, v105, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v106, null, s17, v106, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_614
; %bb.613:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v102, v[105:106], off
.LBB0_614:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[103:104], off offset:1488 ; 8-byte Folded Spill
	scratch_load_b64 v[103:104], off, off offset:1216 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 45
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v103, s0, v103, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s17, v104, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_616
; %bb.615:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v107, v[103:104], off
.LBB0_616:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_wait_loadcnt 0x0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v107, off offset:2056
	scratch_store_b64 off, v[103:104], off offset:1216
	scratch_load_b64 v[103:104], off, off offset:704 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v109, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 46
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v103, s0, v103, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v104, null, s17, v104, s0
	scratch_store_b64 off, v[103:104], off offset:704 ; 8-byte Folded Spill
	v_mov_b32_e32 v103, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_618
; %bb.617:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[103:104], off, off offset:704 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v103, v[103:104], off
.LBB0_618:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[107:108], off, off offset:712 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 47
	s_wait_loadcnt 0x1
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v103, off offset:2064
	scratch_store_b32 off, v100, off offset:2040
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v107, s0, v107, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v108, null, s17, v108, s0
	scratch_store_b64 off, v[107:108], off offset:712 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_620
; %bb.619:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[107:108], off, off offset:712 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v109, v[107:108], off
.LBB0_620:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[107:108], off, off offset:1224 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v103, 0 :: v_dual_mov_b32 v100, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 48
	s_wait_loadcnt 0x1
	scratch_store_b32 off, v109, off offset:2068 ; 4-byte Folded Spill
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v107, s0, v107, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v108, null, s17, v108, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_622
; %bb.621:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v100, v[107:108], off
.LBB0_622:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[109:110], off, off offset:720 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 49
	s_clause 0x1                            ; 8-byte Folded Spill
	scratch_store_b32 off, v102, off offset:2052
	scratch_store_b32 off, v99, off offset:2028
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v109, s0, v109, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v110, null, s17, v110, s0
	scratch_store_b64 off, v[109:110], off offset:720 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_624
; %bb.623:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[109:110], off, off offset:720 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v103, v[109:110], off
.LBB0_624:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[109:110], off, off offset:1496 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v99, 0 :: v_dual_mov_b32 v102, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 50
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v109, s0, v109, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v110, null, s17, v110, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_626
; %bb.625:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v102, v[109:110], off
.LBB0_626:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v97, off offset:2020
	scratch_store_b64 off, v[105:106], off offset:1208
	scratch_load_b64 v[105:106], off, off offset:1232 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 51
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v105, s0, v105, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v106, null, s17, v106, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_628
; %bb.627:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v99, v[105:106], off
.LBB0_628:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[105:106], off offset:1232 ; 8-byte Folded Spill
	scratch_load_b64 v[105:106], off, off offset:728 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v97, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 52
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v105, s0, v105, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v106, null, s17, v106, s0
	scratch_store_b64 off, v[105:106], off offset:728 ; 8-byte Folded Spill
	v_mov_b32_e32 v106, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_630
; %bb.629:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[105:106], off, off offset:728 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v106, v[105:106], off
.LBB0_630:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[111:112], off, off offset:736 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 53
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v111, s0, v111, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v112, null, s17, v112, s0
	scratch_store_b64 off, v[111:112], off offset:736 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_632
; %bb.631:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[111:112], off, off offset:736 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v97, v[111:112], off
.LBB0_632:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[111:112], off, off offset:1240 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v191, 0 :: v_dual_mov_b32 v190, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 54
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v111, s0, v111, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v112, null, s17, v112, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_634
; %bb.633:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v190, v[111:112], off
.LBB0_634:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v103, off offset:2060
	scratch_store_b64 off, v[109:110], off offset:1496
	scratch_load_b64 v[109:110], off, off offset:1248 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 55
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v109, s0, v109, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v110, null, s17, v110, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_636
; %bb.635:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v191, v[109:110], off
.LBB0_636:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[109:110], off offset:1248 ; 8-byte Folded Spill
	scratch_load_b64 v[109:110], off, off offset:744 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v103, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 56
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v109, s0, v109, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v110, null, s17, v110, s0
	scratch_store_b64 off, v[109:110], off offset:744 ; 8-byte Folded Spill
	v_mov_b32_e32 v109, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_638
; %bb.637:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[109:110], off, off offset:744 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v109, v[109:110], off
.LBB0_638:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[113:114], off, off offset:752 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 57
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v113, s0, v113, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v114, null, s17, v114, s0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v101, off offset:2044
	scratch_store_b64 off, v[113:114], off offset:752
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_640
; %bb.639:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[113:114], off, off offset:752 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v103, v[113:114], off
.LBB0_640:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[113:114], off, off offset:1256 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v193, 0
	v_mov_b32_e32 v105, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 58
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v113, s0, v113, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v114, null, s17, v114, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_642
; %bb.641:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v105, v[113:114], off
.LBB0_642:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[115:116], off, off offset:760 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 59
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v115, s0, v115, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v116, null, s17, v116, s0
	scratch_store_b64 off, v[115:116], off offset:760 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_644
; %bb.643:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[115:116], off, off offset:760 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v193, v[115:116], off
.LBB0_644:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[115:116], off, off offset:1264 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v199, 0 :: v_dual_mov_b32 v198, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 60
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v115, s0, v115, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v116, null, s17, v116, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_646
; %bb.645:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v198, v[115:116], off
.LBB0_646:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[117:118], off, off offset:768 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 61
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v117, s0, v117, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v118, null, s17, v118, s0
	scratch_store_b64 off, v[117:118], off offset:768 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_648
; %bb.647:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[117:118], off, off offset:768 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v199, v[117:118], off
.LBB0_648:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[117:118], off, off offset:1272 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v205, 0 :: v_dual_mov_b32 v204, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 62
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v117, s0, v117, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v118, null, s17, v118, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_650
; %bb.649:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v204, v[117:118], off
.LBB0_650:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[119:120], off, off offset:776 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 63
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v119, s0, v119, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s17, v120, s0
	scratch_store_b64 off, v[119:120], off offset:776 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_652
; %bb.651:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[119:120], off, off offset:776 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v205, v[119:120], off
.LBB0_652:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[119:120], off, off offset:1504 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v101, 0 :: v_dual_mov_b32 v210, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 64
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v119, s0, v119, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s17, v120, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_654
; %bb.653:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v210, v[119:120], off
.LBB0_654:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[121:122], off, off offset:784 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x41
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v121, s0, v121, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s17, v122, s0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v96, off offset:2016
	scratch_store_b64 off, v[121:122], off offset:784
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_656
; %bb.655:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[121:122], off, off offset:784 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v101, v[121:122], off
.LBB0_656:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[121:122], off, off offset:1512 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v104, 0
	v_mov_b32_e32 v96, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x42
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v121, s0, v121, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s17, v122, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_658
; %bb.657:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v96, v[121:122], off
.LBB0_658:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[111:112], off offset:1240 ; 8-byte Folded Spill
	scratch_load_b64 v[110:111], off, off offset:1280 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x43
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v110, s0, v110, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v111, null, s17, v111, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_660
; %bb.659:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v104, v[110:111], off
.LBB0_660:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[110:111], off offset:1280 ; 8-byte Folded Spill
	scratch_load_b64 v[110:111], off, off offset:792 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v195, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x44
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v110, s0, v110, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v111, null, s17, v111, s0
	scratch_store_b64 off, v[110:111], off offset:792 ; 8-byte Folded Spill
	v_mov_b32_e32 v111, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_662
; %bb.661:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[123:124], off, off offset:792 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v195, v[123:124], off
.LBB0_662:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[123:124], off, off offset:800 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x45
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v123, s0, v123, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v124, null, s17, v124, s0
	scratch_store_b64 off, v[123:124], off offset:800 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_664
; %bb.663:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[110:111], off, off offset:800 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v111, v[110:111], off
.LBB0_664:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[123:124], off, off offset:1288 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v202, 0 :: v_dual_mov_b32 v201, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x46
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v123, s0, v123, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v124, null, s17, v124, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_666
; %bb.665:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v201, v[123:124], off
.LBB0_666:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[125:126], off, off offset:808 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x47
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v125, s0, v125, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v126, null, s17, v126, s0
	scratch_store_b64 off, v[125:126], off offset:808 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_668
; %bb.667:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[125:126], off, off offset:808 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v202, v[125:126], off
.LBB0_668:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[125:126], off, off offset:1296 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v192, 0 :: v_dual_mov_b32 v207, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x48
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v125, s0, v125, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v126, null, s17, v126, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_670
; %bb.669:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v207, v[125:126], off
.LBB0_670:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[127:128], off, off offset:816 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x49
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v127, s0, v127, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v128, null, s17, v128, s0
	scratch_store_b64 off, v[127:128], off offset:816 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_672
; %bb.671:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[127:128], off, off offset:816 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v192, v[127:128], off
.LBB0_672:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[127:128], off, off offset:1304 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v112, 0 :: v_dual_mov_b32 v197, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x4a
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v127, s0, v127, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v128, null, s17, v128, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_674
; %bb.673:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v197, v[127:128], off
.LBB0_674:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[115:116], off offset:1264 ; 8-byte Folded Spill
	scratch_load_b64 v[115:116], off, off offset:1312 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x4b
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v115, s0, v115, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v116, null, s17, v116, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_676
; %bb.675:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v112, v[115:116], off
.LBB0_676:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[115:116], off offset:1312 ; 8-byte Folded Spill
	scratch_load_b64 v[115:116], off, off offset:824 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v203, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x4c
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v115, s0, v115, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v116, null, s17, v116, s0
	scratch_store_b64 off, v[115:116], off offset:824 ; 8-byte Folded Spill
	v_mov_b32_e32 v115, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_678
; %bb.677:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[115:116], off, off offset:824 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v115, v[115:116], off
.LBB0_678:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[119:120], off offset:1504 ; 8-byte Folded Spill
	scratch_load_b64 v[119:120], off, off offset:1320 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x4d
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v119, s0, v119, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s17, v120, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_680
; %bb.679:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v203, v[119:120], off
.LBB0_680:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[119:120], off offset:1320 ; 8-byte Folded Spill
	scratch_load_b64 v[119:120], off, off offset:832 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v209, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x4e
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v119, s0, v119, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v120, null, s17, v120, s0
	scratch_store_b64 off, v[119:120], off offset:832 ; 8-byte Folded Spill
	v_mov_b32_e32 v120, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_682
; %bb.681:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[119:120], off, off offset:832 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v120, v[119:120], off
.LBB0_682:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[117:118], off offset:1272 ; 8-byte Folded Spill
	scratch_load_b64 v[116:117], off, off offset:1328 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x4f
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v116, s0, v116, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v117, null, s17, v117, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_684
; %bb.683:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v209, v[116:117], off
.LBB0_684:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[118:119], off, off offset:1336 th:TH_LOAD_LU ; 8-byte Folded Reload
	scratch_store_b64 off, v[116:117], off offset:1328 ; 8-byte Folded Spill
	v_dual_mov_b32 v117, 0 :: v_dual_mov_b32 v216, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x50
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v118, s0, v118, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v119, null, s17, v119, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_686
; %bb.685:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v216, v[118:119], off
.LBB0_686:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[121:122], off offset:1512 ; 8-byte Folded Spill
	scratch_load_b64 v[121:122], off, off offset:1344 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x51
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v121, s0, v121, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s17, v122, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_688
; %bb.687:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v117, v[121:122], off
.LBB0_688:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[121:122], off offset:1344 ; 8-byte Folded Spill
	scratch_load_b64 v[121:122], off, off offset:840 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v211, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x52
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v121, s0, v121, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v122, null, s17, v122, s0
	scratch_store_b64 off, v[121:122], off offset:840 ; 8-byte Folded Spill
	v_mov_b32_e32 v121, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_690
; %bb.689:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[129:130], off, off offset:840 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v211, v[129:130], off
.LBB0_690:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[129:130], off, off offset:848 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x53
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v129, s0, v129, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s17, v130, s0
	scratch_store_b64 off, v[129:130], off offset:848 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_692
; %bb.691:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[121:122], off, off offset:848 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v121, v[121:122], off
.LBB0_692:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[129:130], off, off offset:1520 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v217, 0 :: v_dual_mov_b32 v122, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x54
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v129, s0, v129, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s17, v130, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_694
; %bb.693:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v122, v[129:130], off
.LBB0_694:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[123:124], off offset:1288 ; 8-byte Folded Spill
	scratch_load_b64 v[123:124], off, off offset:1352 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x55
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v123, s0, v123, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v124, null, s17, v124, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_696
; %bb.695:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v217, v[123:124], off
.LBB0_696:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[123:124], off offset:1352 ; 8-byte Folded Spill
	scratch_load_b64 v[123:124], off, off offset:856 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v221, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x56
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v123, s0, v123, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v124, null, s17, v124, s0
	scratch_store_b64 off, v[123:124], off offset:856 ; 8-byte Folded Spill
	v_mov_b32_e32 v124, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_698
; %bb.697:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[123:124], off, off offset:856 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v124, v[123:124], off
.LBB0_698:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[127:128], off offset:1304 ; 8-byte Folded Spill
	scratch_load_b64 v[127:128], off, off offset:1360 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x57
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v127, s0, v127, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v128, null, s17, v128, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_700
; %bb.699:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v221, v[127:128], off
.LBB0_700:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[127:128], off offset:1360 ; 8-byte Folded Spill
	scratch_load_b64 v[127:128], off, off offset:864 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v116, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x58
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v127, s0, v127, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v128, null, s17, v128, s0
	scratch_store_b64 off, v[127:128], off offset:864 ; 8-byte Folded Spill
	v_mov_b32_e32 v128, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_702
; %bb.701:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[127:128], off, off offset:864 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v128, v[127:128], off
.LBB0_702:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[118:119], off offset:1336 ; 8-byte Folded Spill
	scratch_load_b64 v[118:119], off, off offset:1368 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x59
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v118, s0, v118, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v119, null, s17, v119, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_704
; %bb.703:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v116, v[118:119], off
.LBB0_704:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[118:119], off offset:1368 ; 8-byte Folded Spill
	scratch_load_b64 v[118:119], off, off offset:872 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v222, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x5a
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v118, s0, v118, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v119, null, s17, v119, s0
	scratch_store_b64 off, v[118:119], off offset:872 ; 8-byte Folded Spill
	v_mov_b32_e32 v119, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_706
; %bb.705:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[118:119], off, off offset:872 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v119, v[118:119], off
.LBB0_706:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:880 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x5b
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:880 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_708
; %bb.707:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:880 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v222, v[134:135], off
.LBB0_708:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:888 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v226, 0 :: v_dual_mov_b32 v225, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x5c
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:888 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_710
; %bb.709:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:888 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v225, v[134:135], off
.LBB0_710:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:896 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x5d
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:896 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_712
; %bb.711:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:896 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v226, v[134:135], off
.LBB0_712:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:904 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v143, 0 :: v_dual_mov_b32 v142, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x5e
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	s_clause 0x1                            ; 12-byte Folded Spill
	scratch_store_b32 off, v101, off offset:2072
	scratch_store_b64 off, v[134:135], off offset:904
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_714
; %bb.713:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:904 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v142, v[134:135], off
.LBB0_714:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:912 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b16_e32 v101.l, v103.l
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x5f
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:912 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_716
; %bb.715:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:912 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v143, v[134:135], off
.LBB0_716:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:920 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v103, 0
	v_mov_b32_e32 v145, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x60
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:920 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_718
; %bb.717:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:920 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v145, v[134:135], off
.LBB0_718:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[107:108], off offset:1224 ; 8-byte Folded Spill
	scratch_load_b64 v[107:108], off, off offset:1376 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x61
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v107, s0, v107, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v108, null, s17, v108, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_720
; %bb.719:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v103, v[107:108], off
.LBB0_720:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[107:108], off offset:1376 ; 8-byte Folded Spill
	scratch_load_b64 v[107:108], off, off offset:928 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x62
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v107, s0, v107, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v108, null, s17, v108, s0
	scratch_store_b64 off, v[107:108], off offset:928 ; 8-byte Folded Spill
	v_dual_mov_b32 v108, 0 :: v_dual_mov_b32 v107, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_722
; %bb.721:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:928 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v107, v[134:135], off
.LBB0_722:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:936 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x63
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:936 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_724
; %bb.723:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:936 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v108, v[134:135], off
.LBB0_724:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:944 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v196, 0
	v_mov_b32_e32 v194, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x64
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:944 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_726
; %bb.725:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:944 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v194, v[134:135], off
.LBB0_726:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:952 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x65
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:952 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_728
; %bb.727:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:952 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v196, v[134:135], off
.LBB0_728:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:960 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v131, 0 :: v_dual_mov_b32 v200, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x66
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:960 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_730
; %bb.729:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:960 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v200, v[134:135], off
.LBB0_730:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:968 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x67
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:968 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_732
; %bb.731:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:968 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v131, v[134:135], off
.LBB0_732:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:976 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v110, 0
	v_mov_b32_e32 v144, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x68
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:976 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_734
; %bb.733:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:976 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v144, v[134:135], off
.LBB0_734:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[113:114], off offset:1256 ; 8-byte Folded Spill
	scratch_load_b64 v[113:114], off, off offset:1384 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x69
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v113, s0, v113, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v114, null, s17, v114, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_736
; %bb.735:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v110, v[113:114], off
.LBB0_736:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[113:114], off offset:1384 ; 8-byte Folded Spill
	scratch_load_b64 v[113:114], off, off offset:984 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x6a
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v113, s0, v113, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v114, null, s17, v114, s0
	scratch_store_b64 off, v[113:114], off offset:984 ; 8-byte Folded Spill
	v_dual_mov_b32 v114, 0 :: v_dual_mov_b32 v113, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_738
; %bb.737:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:984 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v113, v[134:135], off
.LBB0_738:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:992 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x6b
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:992 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_740
; %bb.739:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:992 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v114, v[134:135], off
.LBB0_740:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1000 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v206, 0
	v_mov_b32_e32 v118, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x6c
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1000 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_742
; %bb.741:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1000 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v118, v[134:135], off
.LBB0_742:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1008 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x6d
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1008 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_744
; %bb.743:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1008 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v206, v[134:135], off
.LBB0_744:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1016 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v215, 0 :: v_dual_mov_b32 v214, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x6e
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1016 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_746
; %bb.745:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1016 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v214, v[134:135], off
.LBB0_746:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1024 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x6f
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1024 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_748
; %bb.747:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1024 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v215, v[134:135], off
.LBB0_748:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1032 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v208, 0
	v_mov_b32_e32 v218, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x70
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1032 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_750
; %bb.749:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1032 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v218, v[134:135], off
.LBB0_750:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1040 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x71
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1040 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_752
; %bb.751:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1040 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v208, v[134:135], off
.LBB0_752:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1048 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v213, 0 :: v_dual_mov_b32 v212, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x72
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1048 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_754
; %bb.753:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1048 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v212, v[134:135], off
.LBB0_754:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1056 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x73
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1056 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_756
; %bb.755:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1056 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v213, v[134:135], off
.LBB0_756:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1064 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v220, 0 :: v_dual_mov_b32 v219, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x74
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1064 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_758
; %bb.757:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1064 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v219, v[134:135], off
.LBB0_758:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[125:126], off offset:1296 ; 8-byte Folded Spill
	scratch_load_b64 v[125:126], off, off offset:1392 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x75
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v125, s0, v125, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v126, null, s17, v126, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_760
; %bb.759:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v220, v[125:126], off
.LBB0_760:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[125:126], off offset:1392 ; 8-byte Folded Spill
	scratch_load_b64 v[125:126], off, off offset:1072 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v127, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x76
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v125, s0, v125, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v126, null, s17, v126, s0
	scratch_store_b64 off, v[125:126], off offset:1072 ; 8-byte Folded Spill
	v_mov_b32_e32 v126, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_762
; %bb.761:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[125:126], off, off offset:1072 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v126, v[125:126], off
.LBB0_762:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[129:130], off offset:1520 ; 8-byte Folded Spill
	scratch_load_b64 v[129:130], off, off offset:1400 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x77
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v129, s0, v129, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s17, v130, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_764
; %bb.763:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v127, v[129:130], off
.LBB0_764:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_store_b64 off, v[129:130], off offset:1400 ; 8-byte Folded Spill
	scratch_load_b64 v[129:130], off, off offset:1080 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v123, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x78
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v129, s0, v129, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v130, null, s17, v130, s0
	scratch_store_b64 off, v[129:130], off offset:1080 ; 8-byte Folded Spill
	v_mov_b32_e32 v129, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_766
; %bb.765:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[129:130], off, off offset:1080 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v129, v[129:130], off
.LBB0_766:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1088 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x79
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1088 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_768
; %bb.767:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1088 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v123, v[134:135], off
.LBB0_768:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1096 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v224, 0 :: v_dual_mov_b32 v223, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x7a
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1096 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_770
; %bb.769:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1096 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v223, v[134:135], off
.LBB0_770:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1104 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x7b
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1104 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_772
; %bb.771:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1104 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v224, v[134:135], off
.LBB0_772:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1112 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v227, 0 :: v_dual_mov_b32 v130, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x7c
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1112 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_774
; %bb.773:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1112 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v130, v[134:135], off
.LBB0_774:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1120 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x7d
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1120 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_776
; %bb.775:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1120 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v227, v[134:135], off
.LBB0_776:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1128 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_dual_mov_b32 v229, 0 :: v_dual_mov_b32 v228, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x7e
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1128 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_778
; %bb.777:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1128 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v228, v[134:135], off
.LBB0_778:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	scratch_load_b64 v[134:135], off, off offset:1136 th:TH_LOAD_LU ; 8-byte Folded Reload
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x7f
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v134, s0, v134, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v135, null, s17, v135, s0
	scratch_store_b64 off, v[134:135], off offset:1136 ; 8-byte Folded Spill
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_780
; %bb.779:                              ;   in Loop: Header=BB0_398 Depth=1
	scratch_load_b64 v[134:135], off, off offset:1136 ; 8-byte Folded Reload
	s_wait_loadcnt 0x0
	global_load_u8 v229, v[134:135], off
.LBB0_780:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_clause 0xf                            ; 128-byte Folded Spill
	scratch_store_b64 off, v[94:95], off offset:1200
	scratch_store_b64 off, v[92:93], off offset:1472
	scratch_store_b64 off, v[90:91], off offset:1192
	scratch_store_b64 off, v[88:89], off offset:1184
	scratch_store_b64 off, v[86:87], off offset:1176
	scratch_store_b64 off, v[84:85], off offset:1464
	scratch_store_b64 off, v[82:83], off offset:1456
	scratch_store_b64 off, v[80:81], off offset:1448
	scratch_store_b64 off, v[78:79], off offset:1440
	scratch_store_b64 off, v[76:77], off offset:1432
	scratch_store_b64 off, v[74:75], off offset:1424
	scratch_store_b64 off, v[72:73], off offset:1416
	scratch_store_b64 off, v[70:71], off offset:1168
	scratch_store_b64 off, v[68:69], off offset:1160
	scratch_store_b64 off, v[66:67], off offset:1152
	scratch_store_b64 off, v[64:65], off offset:1144
	scratch_load_b64 v[64:65], off, off offset:1408 th:TH_LOAD_LU ; 8-byte Folded Reload
	v_mov_b32_e32 v146, 0
	v_mov_b32_e32 v230, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_lt_i32 s8, 0x80
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	s_wait_loadcnt 0x0
	v_add_co_u32 v64, s0, v64, s16
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v65, null, s17, v65, s0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_782
; %bb.781:                              ;   in Loop: Header=BB0_398 Depth=1
	global_load_u8 v230, v[64:65], off
.LBB0_782:                              ;   in Loop: Header=BB0_398 Depth=1
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v67, off, off offset:2080
	scratch_load_b32 v66, off, off offset:2120
	scratch_load_b32 v68, off, off offset:2136
	scratch_store_b64 off, v[64:65], off offset:1408 ; 8-byte Folded Spill
	scratch_load_b32 v65, off, off offset:2100 ; 4-byte Folded Reload
	.loc	1 126 50                        ; fused_moe.py:126:50
	s_mul_i32 s8, s19, s11
	.loc	1 126 35 is_stmt 0              ; fused_moe.py:126:35
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	.loc	1 120 13 is_stmt 1              ; fused_moe.py:120:13
	s_wait_loadcnt 0x3
	v_add_nc_u32_e32 v64, 0, v67
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v66, 0, v66
	v_xor_b32_e32 v67, 0x70, v67
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v72, 0, v68
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v65, 0, v65
	ds_load_2addr_stride64_b64 v[84:87], v64 offset1:16
	ds_load_2addr_stride64_b64 v[80:83], v65 offset1:16
	ds_load_2addr_stride64_b64 v[88:91], v66 offset1:16
	s_clause 0x2                            ; 12-byte Folded Reload
	scratch_load_b32 v64, off, off offset:2124
	scratch_load_b32 v65, off, off offset:2128
	scratch_load_b32 v66, off, off offset:2132
	v_add_nc_u32_e32 v73, 0, v67
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v64, 0, v64
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v65, 0, v65
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v66, 0, v66
	ds_load_2addr_stride64_b64 v[92:95], v64 offset1:16
	ds_load_2addr_stride64_b64 v[68:71], v65 offset1:16
	ds_load_2addr_stride64_b64 v[64:67], v66 offset1:16
	ds_load_2addr_stride64_b64 v[76:79], v72 offset1:16
	ds_load_2addr_stride64_b64 v[72:75], v73 offset1:16
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b32 s1, s5
	s_cbranch_execz .LBB0_784
; %bb.783:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	scratch_load_b32 v125, off, off offset:2284 ; 4-byte Folded Reload
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v146, s0, v125, s6
	scratch_load_b32 v125, off, off offset:2288 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v147, null, s7, v125, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v146, v[146:147], off
.LBB0_784:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v147, 0 :: v_dual_mov_b32 v148, 0
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b32 s1, s4
	s_cbranch_execz .LBB0_786
; %bb.785:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 126 35                        ; fused_moe.py:126:35
	scratch_load_b32 v125, off, off offset:2292 ; 4-byte Folded Reload
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v148, s0, v125, s6
	scratch_load_b32 v125, off, off offset:2296 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v149, null, s7, v125, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v148, v[148:149], off
.LBB0_786:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_788
; %bb.787:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 126 35                        ; fused_moe.py:126:35
	scratch_load_b32 v125, off, off offset:2300 ; 4-byte Folded Reload
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v149, s0, v125, s6
	scratch_load_b32 v125, off, off offset:2304 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v150, null, s7, v125, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v147, v[149:150], off
.LBB0_788:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v135, v243 :: v_dual_mov_b32 v134, v242
	v_dual_mov_b32 v174, v169 :: v_dual_mov_b32 v173, v168
	v_mov_b32_e32 v175, v167
	v_mov_b32_e32 v231, 0
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b32 s1, s2
	s_cbranch_execz .LBB0_397
; %bb.789:                              ;   in Loop: Header=BB0_398 Depth=1
	.loc	1 126 35                        ; fused_moe.py:126:35
	scratch_load_b32 v125, off, off offset:2308 ; 4-byte Folded Reload
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x0
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v149, s0, v125, s6
	scratch_load_b32 v125, off, off offset:2312 ; 4-byte Folded Reload
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v150, null, s7, v125, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v231, v[149:150], off
	s_branch .LBB0_397
.LBB0_790:                              ; %Flow1071
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_clause 0x17                           ; 96-byte Folded Reload
	scratch_load_b32 v196, off, off offset:1528
	scratch_load_b32 v197, off, off offset:1532
	scratch_load_b32 v198, off, off offset:1536
	scratch_load_b32 v199, off, off offset:1540
	scratch_load_b32 v200, off, off offset:1544
	scratch_load_b32 v201, off, off offset:1548
	scratch_load_b32 v202, off, off offset:1552
	scratch_load_b32 v203, off, off offset:1556
	scratch_load_b32 v204, off, off offset:1560
	scratch_load_b32 v205, off, off offset:1564
	scratch_load_b32 v206, off, off offset:1568
	scratch_load_b32 v207, off, off offset:1572
	scratch_load_b32 v208, off, off offset:1576
	scratch_load_b32 v209, off, off offset:1580
	scratch_load_b32 v210, off, off offset:1584
	scratch_load_b32 v211, off, off offset:1588
	scratch_load_b32 v212, off, off offset:1592
	scratch_load_b32 v213, off, off offset:1596
	scratch_load_b32 v214, off, off offset:1600
	scratch_load_b32 v215, off, off offset:1604
	scratch_load_b32 v216, off, off offset:1608
	scratch_load_b32 v217, off, off offset:1612
	scratch_load_b32 v218, off, off offset:1616
	scratch_load_b32 v219, off, off offset:1620
	v_readlane_b32 s18, v254, 23
	v_readlane_b32 s19, v254, 24
	v_dual_mov_b32 v173, v136 :: v_dual_mov_b32 v174, v138
	v_dual_mov_b32 v175, v139 :: v_dual_mov_b32 v194, v137
	v_dual_mov_b32 v195, v140 :: v_dual_mov_b32 v190, v141
	v_dual_mov_b32 v191, v132 :: v_dual_mov_b32 v192, v133
	v_mov_b32_e32 v193, v98
.LBB0_791:                              ; %._crit_edge
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	s_wait_storecnt 0x0
	s_wait_loadcnt_dscnt 0x0
	s_barrier_signal -1
	s_clause 0xe                            ; 60-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2084 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2088 th:TH_LOAD_LU
	scratch_load_b32 v2, off, off offset:2092 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:2096 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:2104 th:TH_LOAD_LU
	scratch_load_b32 v5, off, off offset:2108 th:TH_LOAD_LU
	scratch_load_b32 v9, off, off offset:2100 th:TH_LOAD_LU
	scratch_load_b32 v8, off, off offset:2080 th:TH_LOAD_LU
	scratch_load_b32 v6, off, off offset:2112 th:TH_LOAD_LU
	scratch_load_b32 v7, off, off offset:2116 th:TH_LOAD_LU
	scratch_load_b32 v10, off, off offset:2120 th:TH_LOAD_LU
	scratch_load_b32 v11, off, off offset:2124 th:TH_LOAD_LU
	scratch_load_b32 v12, off, off offset:2128 th:TH_LOAD_LU
	scratch_load_b32 v13, off, off offset:2132 th:TH_LOAD_LU
	scratch_load_b32 v14, off, off offset:2136 th:TH_LOAD_LU
	.loc	1 126 50                        ; fused_moe.py:126:50
	s_wait_kmcnt 0x0
	s_mul_i32 s8, s12, s11
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b32 s0, vcc_lo, s5
	.loc	1 126 35                        ; fused_moe.py:126:35
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s9, s8, 31
	v_dual_mov_b32 v162, 0 :: v_dual_mov_b32 v163, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_barrier_wait -1
	s_wait_loadcnt 0x0
	global_inv scope:SCOPE_SE
	v_add_nc_u32_e32 v0, 0, v0
	v_add_nc_u32_e32 v1, 0, v1
	v_add_nc_u32_e32 v2, 0, v2
	v_add_nc_u32_e32 v3, 0, v3
	v_add_nc_u32_e32 v4, 0, v4
	v_add_nc_u32_e32 v5, 0, v5
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_nc_u32_e32 v9, 0, v9
	v_add_nc_u32_e32 v8, 0, v8
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_nc_u32_e32 v6, 0, v6
	v_add_nc_u32_e32 v7, 0, v7
	ds_load_2addr_stride64_b64 v[100:103], v0 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[96:99], v0 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[104:107], v1 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[92:95], v1 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[108:111], v2 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[84:87], v2 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[112:115], v3 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[80:83], v3 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[116:119], v4 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[76:79], v4 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[120:123], v5 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[72:75], v5 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[124:127], v6 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[68:71], v6 offset0:40 offset1:44
	ds_load_2addr_stride64_b64 v[128:131], v7 offset0:32 offset1:36
	ds_load_2addr_stride64_b64 v[64:67], v7 offset0:40 offset1:44
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_load_2addr_stride64_b64 v[88:91], v8 offset1:16
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2384 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2388 th:TH_LOAD_LU
	v_add_nc_u32_e32 v10, 0, v10
	v_add_nc_u32_e32 v11, 0, v11
	v_add_nc_u32_e32 v12, 0, v12
	v_add_nc_u32_e32 v13, 0, v13
	v_add_nc_u32_e32 v14, 0, v14
	s_clause 0x3                            ; 16-byte Folded Reload
	scratch_load_b32 v2, off, off offset:2372 th:TH_LOAD_LU
	scratch_load_b32 v3, off, off offset:2376 th:TH_LOAD_LU
	scratch_load_b32 v4, off, off offset:2380 th:TH_LOAD_LU
	scratch_load_b32 v5, off, off offset:2392 th:TH_LOAD_LU
	s_wait_loadcnt 0x5
	v_add_nc_u32_e32 v0, 0, v0
	s_wait_loadcnt 0x4
	v_add_nc_u32_e32 v1, 0, v1
	ds_load_b64 v[146:147], v9
	ds_load_b64 v[148:149], v10
	ds_load_b64 v[150:151], v11
	ds_load_b64 v[152:153], v12
	ds_load_b64 v[154:155], v13
	ds_load_b64 v[156:157], v14
	ds_load_b64 v[158:159], v0
	ds_load_b64 v[144:145], v1
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2364 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2368 th:TH_LOAD_LU
	s_wait_loadcnt 0x5
	v_add_nc_u32_e32 v2, 0, v2
	s_wait_loadcnt 0x4
	v_add_nc_u32_e32 v3, 0, v3
	s_wait_loadcnt 0x3
	v_add_nc_u32_e32 v4, 0, v4
	s_wait_loadcnt 0x2
	v_add_nc_u32_e32 v5, 0, v5
	s_wait_loadcnt 0x1
	v_add_nc_u32_e32 v0, 0, v0
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v1, 0, v1
	ds_load_b64 v[142:143], v0
	ds_load_b64 v[140:141], v1
	ds_load_b64 v[138:139], v2
	ds_load_b64 v[136:137], v3
	ds_load_b64 v[134:135], v4
	ds_load_b64 v[132:133], v5
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_793
; %bb.792:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2284 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2288 th:TH_LOAD_LU
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, s0, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s7, v1, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v163, v[0:1], off
.LBB0_793:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_and_b32 s0, vcc_lo, s4
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_795
; %bb.794:
	.loc	1 126 35 is_stmt 0              ; fused_moe.py:126:35
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2292 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2296 th:TH_LOAD_LU
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, s0, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s7, v1, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v162, v[0:1], off
.LBB0_795:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v160, 0 :: v_dual_mov_b32 v161, 0
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_and_b32 s0, vcc_lo, s3
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_797
; %bb.796:
	.loc	1 126 35 is_stmt 0              ; fused_moe.py:126:35
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2300 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2304 th:TH_LOAD_LU
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, s0, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s7, v1, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v161, v[0:1], off
.LBB0_797:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_and_b32 s0, vcc_lo, s2
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_799
; %bb.798:
	.loc	1 126 35 is_stmt 0              ; fused_moe.py:126:35
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2308 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2312 th:TH_LOAD_LU
	s_lshl_b64 s[6:7], s[8:9], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, s0, v0, s6
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s7, v1, s0
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_b32 v160, v[0:1], off
.LBB0_799:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	v_mov_b32_e32 v56, 0
	.loc	1 127 27 is_stmt 1              ; fused_moe.py:127:27
	s_and_b32 s0, vcc_lo, exec_lo
	v_mov_b32_e32 v164, 0
	s_cselect_b32 s0, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_801
; %bb.800:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	s_clause 0x1                            ; 8-byte Folded Reload
	scratch_load_b32 v0, off, off offset:2140 th:TH_LOAD_LU
	scratch_load_b32 v1, off, off offset:2144 th:TH_LOAD_LU
	s_mul_i32 s0, s12, s10
	s_wait_alu depctr_sa_sdst(0)
	s_ashr_i32 s1, s0, 31
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[0:1], s[0:1], 2
	s_wait_loadcnt 0x1
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v0, s0, v0, s0
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s1, v1, s0
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_b32 v164, v[0:1], off
.LBB0_801:
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_and_b32 s0, vcc_lo, exec_lo
	v_dual_mov_b32 v57, 0 :: v_dual_mov_b32 v58, 0
	v_dual_mov_b32 v59, 0 :: v_dual_mov_b32 v60, 0
	v_dual_mov_b32 v61, 0 :: v_dual_mov_b32 v62, 0
	v_dual_mov_b32 v63, 0 :: v_dual_mov_b32 v48, 0
	v_dual_mov_b32 v49, 0 :: v_dual_mov_b32 v50, 0
	v_dual_mov_b32 v51, 0 :: v_dual_mov_b32 v52, 0
	v_dual_mov_b32 v53, 0 :: v_dual_mov_b32 v54, 0
	v_dual_mov_b32 v55, 0 :: v_dual_mov_b32 v40, 0
	v_dual_mov_b32 v41, 0 :: v_dual_mov_b32 v42, 0
	v_dual_mov_b32 v43, 0 :: v_dual_mov_b32 v44, 0
	v_dual_mov_b32 v45, 0 :: v_dual_mov_b32 v46, 0
	v_dual_mov_b32 v47, 0 :: v_dual_mov_b32 v32, 0
	v_dual_mov_b32 v33, 0 :: v_dual_mov_b32 v34, 0
	v_dual_mov_b32 v35, 0 :: v_dual_mov_b32 v36, 0
	v_dual_mov_b32 v37, 0 :: v_dual_mov_b32 v38, 0
	v_dual_mov_b32 v39, 0 :: v_dual_mov_b32 v24, 0
	v_dual_mov_b32 v25, 0 :: v_dual_mov_b32 v26, 0
	v_dual_mov_b32 v27, 0 :: v_dual_mov_b32 v28, 0
	v_dual_mov_b32 v29, 0 :: v_dual_mov_b32 v30, 0
	v_dual_mov_b32 v31, 0 :: v_dual_mov_b32 v16, 0
	v_dual_mov_b32 v17, 0 :: v_dual_mov_b32 v18, 0
	v_dual_mov_b32 v19, 0 :: v_dual_mov_b32 v20, 0
	v_dual_mov_b32 v21, 0 :: v_dual_mov_b32 v22, 0
	v_dual_mov_b32 v23, 0 :: v_dual_mov_b32 v8, 0
	v_dual_mov_b32 v9, 0 :: v_dual_mov_b32 v10, 0
	v_dual_mov_b32 v11, 0 :: v_dual_mov_b32 v12, 0
	v_dual_mov_b32 v13, 0 :: v_dual_mov_b32 v14, 0
	v_dual_mov_b32 v15, 0 :: v_dual_mov_b32 v0, 0
	v_dual_mov_b32 v1, 0 :: v_dual_mov_b32 v2, 0
	v_dual_mov_b32 v3, 0 :: v_dual_mov_b32 v4, 0
	v_dual_mov_b32 v5, 0 :: v_dual_mov_b32 v6, 0
	v_mov_b32_e32 v7, 0
	s_cselect_b32 s0, 1, 0
	s_wait_alu depctr_sa_sdst(0)
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_803
; %bb.802:
	s_wait_dscnt 0xe
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[88:89], v[100:101], 0
	s_wait_dscnt 0x6
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[144:145], v[100:101], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[88:89], v[102:103], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[144:145], v[102:103], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[88:89], v[96:97], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[144:145], v[96:97], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[88:89], v[98:99], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[144:145], v[98:99], 0
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[146:147], v[104:105], v[56:63]
	s_wait_dscnt 0x5
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[142:143], v[104:105], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[146:147], v[106:107], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[142:143], v[106:107], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[146:147], v[92:93], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[142:143], v[92:93], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[146:147], v[94:95], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[142:143], v[94:95], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[148:149], v[108:109], v[56:63]
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[90:91], v[108:109], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[148:149], v[110:111], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[90:91], v[110:111], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[148:149], v[84:85], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[90:91], v[84:85], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[148:149], v[86:87], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[90:91], v[86:87], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[150:151], v[112:113], v[56:63]
	s_wait_dscnt 0x4
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[140:141], v[112:113], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[150:151], v[114:115], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[140:141], v[114:115], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[150:151], v[80:81], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[140:141], v[80:81], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[150:151], v[82:83], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[140:141], v[82:83], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[152:153], v[116:117], v[56:63]
	s_wait_dscnt 0x3
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[138:139], v[116:117], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[152:153], v[118:119], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[138:139], v[118:119], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[152:153], v[76:77], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[138:139], v[76:77], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[152:153], v[78:79], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[138:139], v[78:79], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[154:155], v[120:121], v[56:63]
	s_wait_dscnt 0x2
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[136:137], v[120:121], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[154:155], v[122:123], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[136:137], v[122:123], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[154:155], v[72:73], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[136:137], v[72:73], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[154:155], v[74:75], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[136:137], v[74:75], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[156:157], v[124:125], v[56:63]
	s_wait_dscnt 0x1
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[134:135], v[124:125], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[156:157], v[126:127], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[134:135], v[126:127], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[156:157], v[68:69], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[134:135], v[68:69], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[156:157], v[70:71], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[134:135], v[70:71], v[0:7]
	v_wmma_f32_16x16x16_fp8_fp8 v[56:63], v[158:159], v[128:129], v[56:63]
	s_wait_dscnt 0x0
	v_wmma_f32_16x16x16_fp8_fp8 v[48:55], v[132:133], v[128:129], v[48:55]
	v_wmma_f32_16x16x16_fp8_fp8 v[40:47], v[158:159], v[130:131], v[40:47]
	v_wmma_f32_16x16x16_fp8_fp8 v[32:39], v[132:133], v[130:131], v[32:39]
	v_wmma_f32_16x16x16_fp8_fp8 v[24:31], v[158:159], v[64:65], v[24:31]
	v_wmma_f32_16x16x16_fp8_fp8 v[16:23], v[132:133], v[64:65], v[16:23]
	v_wmma_f32_16x16x16_fp8_fp8 v[8:15], v[158:159], v[66:67], v[8:15]
	v_wmma_f32_16x16x16_fp8_fp8 v[0:7], v[132:133], v[66:67], v[0:7]
.LBB0_803:
	s_wait_dscnt 0xf
	scratch_load_b32 v64, off, off offset:2076 th:TH_LOAD_LU ; 4-byte Folded Reload
	v_dual_mov_b32 v100, 0 :: v_dual_mov_b32 v101, 0
	s_wait_loadcnt 0x0
	v_lshl_add_u32 v64, v64, 2, 0
	ds_store_b32 v64, v164 offset:24576
	s_wait_dscnt 0x0
	s_barrier_signal -1
	scratch_load_b32 v64, off, off offset:2316 th:TH_LOAD_LU ; 4-byte Folded Reload
	s_barrier_wait -1
	s_wait_loadcnt 0x0
	global_inv scope:SCOPE_SE
	v_lshl_add_u32 v64, v64, 1, 0
	ds_load_b128 v[76:79], v64 offset:24576
	ds_load_b128 v[72:75], v64 offset:24592
	ds_load_b128 v[68:71], v64 offset:24832
	ds_load_b128 v[64:67], v64 offset:24848
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_mov_b32 s1, exec_lo
	scratch_load_b64 v[82:83], off, off offset:2352 ; 8-byte Folded Reload
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s0, s1, s5
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 exec_lo, s0
	s_cbranch_execz .LBB0_805
; %bb.804:
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	s_wait_loadcnt 0x0
	v_lshlrev_b64_e32 v[80:81], 2, v[82:83]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v80, s0, s18, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s19, v81, s0
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_b32 v101, v[80:81], off
.LBB0_805:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b32 exec_lo, exec_lo, s1
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_mov_b32 s1, exec_lo
	s_clause 0x4                            ; 36-byte Folded Reload
	scratch_load_b64 v[106:107], off, off offset:2320
	scratch_load_b64 v[108:109], off, off offset:2328
	scratch_load_b64 v[110:111], off, off offset:2336
	scratch_load_b64 v[112:113], off, off offset:2344
	scratch_load_b32 v104, off, off offset:2360
	s_wait_alu depctr_sa_sdst(0)
	s_and_b32 s0, s1, s4
	s_wait_alu depctr_sa_sdst(0)
	s_mov_b32 exec_lo, s0
	s_cbranch_execz .LBB0_807
; %bb.806:
	.loc	1 137 30                        ; fused_moe.py:137:30
	s_wait_loadcnt 0x1
	v_lshlrev_b64_e32 v[80:81], 2, v[112:113]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v80, s0, s18, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s19, v81, s0
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_b32 v100, v[80:81], off
.LBB0_807:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b32 exec_lo, exec_lo, s1
	v_dual_mov_b32 v98, 0 :: v_dual_mov_b32 v99, 0
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_and_saveexec_b32 s1, s3
	s_cbranch_execz .LBB0_809
; %bb.808:
	.loc	1 137 30                        ; fused_moe.py:137:30
	s_wait_loadcnt 0x2
	v_lshlrev_b64_e32 v[80:81], 2, v[110:111]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v80, s0, s18, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s19, v81, s0
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_b32 v99, v[80:81], off
.LBB0_809:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_and_saveexec_b32 s1, s2
	s_cbranch_execz .LBB0_811
; %bb.810:
	.loc	1 137 30                        ; fused_moe.py:137:30
	s_wait_loadcnt 0x3
	v_lshlrev_b64_e32 v[80:81], 2, v[108:109]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v80, s0, s18, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v81, null, s19, v81, s0
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_b32 v98, v[80:81], off
.LBB0_811:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_wait_loadcnt 0x5
	v_mad_co_i64_i32 v[82:83], null, v82, s26, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_wait_loadcnt 0x0
	v_or_b32_e32 v80, vcc_hi, v104
	v_mov_b32_e32 v81, s28
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[82:83], 1, v[82:83]
	v_add_co_u32 v103, s0, s24, v82
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v102, null, s25, v83, s0
	.loc	1 91 56 is_stmt 0               ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[82:83], null, v80, s27, 0
	.loc	1 92 37 is_stmt 1               ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s0, s[22:23], v[80:81]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s1, s5, s0
	v_lshlrev_b64_e32 v[80:81], 1, v[82:83]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s6, s1
	s_cbranch_execz .LBB0_813
; %bb.812:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v56, v163, v56
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v82, s1, v103, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v83, null, v102, v81, s1
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	v_fma_f32 v56, v56, v76, v216
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v56, v216, v56, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v56, v56, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v84, v56, 16, 1
	v_cmp_o_f32_e64 s1, v56, v56
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v84, v56, v84, 0x7fff
	v_lshrrev_b32_e32 v84, 16, v84
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v56.l, 0x7fff, v84.l, s1
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	global_store_b16 v[82:83], v56, off
.LBB0_813:
	.loc	1 0 5                           ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v82, v104, vcc_hi, 1
	v_mov_b32_e32 v83, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[84:85], null, v82, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s1, s[22:23], v[82:83]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s6, s5, s1
	v_lshlrev_b64_e32 v[82:83], 1, v[84:85]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s7, s6
	s_cbranch_execz .LBB0_815
; %bb.814:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v56, v163, v57
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v56, v56, v77, v219
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v56, v219, v56, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v56, v56, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v57, v56, 16, 1
	v_cmp_o_f32_e64 s6, v56, v56
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v57, v56, v57, 0x7fff
	v_lshrrev_b32_e32 v56, 16, v57
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v56.l, 0x7fff, v56.l, s6
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v84, s6, v103, v82
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v85, null, v102, v83, s6
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[84:85], v56, off
.LBB0_815:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v56, v104, vcc_hi, 2
	v_mov_b32_e32 v57, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[84:85], null, v56, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s6, s[22:23], v[56:57]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s7, s5, s6
	v_lshlrev_b64_e32 v[56:57], 1, v[84:85]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s8, s7
	s_cbranch_execz .LBB0_817
; %bb.816:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v58, v163, v58
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v58, v58, v78, v218
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v58, v218, v58, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v58, v58, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v84, v58, 16, 1
	v_cmp_o_f32_e64 s7, v58, v58
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v84, v58, v84, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v84
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v58.l, 0x7fff, v58.l, s7
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v84, s7, v103, v56
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v85, null, v102, v57, s7
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[84:85], v58, off
.LBB0_817:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s8
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v84, v104, vcc_hi, 3
	v_mov_b32_e32 v85, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[86:87], null, v84, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s7, s[22:23], v[84:85]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s8, s5, s7
	v_lshlrev_b64_e32 v[84:85], 1, v[86:87]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s9, s8
	s_cbranch_execz .LBB0_819
; %bb.818:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v58, v163, v59
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v58, v58, v79, v217
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v58, v217, v58, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v58, v58, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v59, v58, 16, 1
	v_cmp_o_f32_e64 s8, v58, v58
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v59, v58, v59, 0x7fff
	v_lshrrev_b32_e32 v58, 16, v59
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v58.l, 0x7fff, v58.l, s8
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v86, s8, v103, v84
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v87, null, v102, v85, s8
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[86:87], v58, off
.LBB0_819:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s9
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v58, v104, vcc_hi, 4
	v_mov_b32_e32 v59, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[86:87], null, v58, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s8, s[22:23], v[58:59]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s9, s5, s8
	v_lshlrev_b64_e32 v[58:59], 1, v[86:87]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s10, s9
	s_cbranch_execz .LBB0_821
; %bb.820:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v60, v163, v60
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v60, v60, v72, v215
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v60, v215, v60, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v60, v60, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v86, v60, 16, 1
	v_cmp_o_f32_e64 s9, v60, v60
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v86, v60, v86, 0x7fff
	v_lshrrev_b32_e32 v60, 16, v86
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v60.l, 0x7fff, v60.l, s9
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v86, s9, v103, v58
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v87, null, v102, v59, s9
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[86:87], v60, off
.LBB0_821:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s10
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v86, v104, vcc_hi, 5
	v_mov_b32_e32 v87, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[88:89], null, v86, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s9, s[22:23], v[86:87]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s10, s5, s9
	v_lshlrev_b64_e32 v[86:87], 1, v[88:89]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s11, s10
	s_cbranch_execz .LBB0_823
; %bb.822:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v60, v163, v61
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v60, v60, v73, v214
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v60, v214, v60, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v60, v60, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v61, v60, 16, 1
	v_cmp_o_f32_e64 s10, v60, v60
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v61, v60, v61, 0x7fff
	v_lshrrev_b32_e32 v60, 16, v61
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v60.l, 0x7fff, v60.l, s10
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v88, s10, v103, v86
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v89, null, v102, v87, s10
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[88:89], v60, off
.LBB0_823:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s11
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v60, v104, vcc_hi, 6
	v_mov_b32_e32 v61, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[88:89], null, v60, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s10, s[22:23], v[60:61]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s11, s5, s10
	v_lshlrev_b64_e32 v[60:61], 1, v[88:89]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s12, s11
	s_cbranch_execz .LBB0_825
; %bb.824:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v62, v163, v62
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v62, v62, v74, v213
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v62, v213, v62, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v62, v62, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v88, v62, 16, 1
	v_cmp_o_f32_e64 s11, v62, v62
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v88, v62, v88, 0x7fff
	v_lshrrev_b32_e32 v62, 16, v88
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v62.l, 0x7fff, v62.l, s11
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v88, s11, v103, v60
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v89, null, v102, v61, s11
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[88:89], v62, off
.LBB0_825:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s12
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v88, v104, vcc_hi, 7
	v_mov_b32_e32 v89, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[90:91], null, v88, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s11, s[22:23], v[88:89]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s12, s5, s11
	v_lshlrev_b64_e32 v[88:89], 1, v[90:91]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s13, s12
	s_cbranch_execz .LBB0_827
; %bb.826:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v62, v163, v63
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v62, v62, v75, v212
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v62, v212, v62, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v62, v62, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v63, v62, 16, 1
	v_cmp_o_f32_e64 s12, v62, v62
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v63, v62, v63, 0x7fff
	v_lshrrev_b32_e32 v62, 16, v63
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v62.l, 0x7fff, v62.l, s12
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v90, s12, v103, v88
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v91, null, v102, v89, s12
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[90:91], v62, off
.LBB0_827:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s13
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v62, v104, vcc_hi, 64
	v_mov_b32_e32 v63, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[90:91], null, v62, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s12, s[22:23], v[62:63]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s13, s5, s12
	v_lshlrev_b64_e32 v[62:63], 1, v[90:91]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s14, s13
	s_cbranch_execz .LBB0_829
; %bb.828:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v48, v163, v48
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v48, v48, v68, v211
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v48, v211, v48, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v48, v48, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v90, v48, 16, 1
	v_cmp_o_f32_e64 s13, v48, v48
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v90, v48, v90, 0x7fff
	v_lshrrev_b32_e32 v48, 16, v90
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v48.l, 0x7fff, v48.l, s13
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v90, s13, v103, v62
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v91, null, v102, v63, s13
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[90:91], v48, off
.LBB0_829:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s14
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v90, v104, vcc_hi, 0x41
	v_mov_b32_e32 v91, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[92:93], null, v90, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s13, s[22:23], v[90:91]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s14, s5, s13
	v_lshlrev_b64_e32 v[90:91], 1, v[92:93]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s15, s14
	s_cbranch_execz .LBB0_831
; %bb.830:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v48, v163, v49
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v48, v48, v69, v210
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v48, v210, v48, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v48, v48, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v49, v48, 16, 1
	v_cmp_o_f32_e64 s14, v48, v48
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v49, v48, v49, 0x7fff
	v_lshrrev_b32_e32 v48, 16, v49
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v48.l, 0x7fff, v48.l, s14
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v92, s14, v103, v90
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v93, null, v102, v91, s14
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[92:93], v48, off
.LBB0_831:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s15
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v48, v104, vcc_hi, 0x42
	v_mov_b32_e32 v49, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[92:93], null, v48, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s14, s[22:23], v[48:49]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s15, s5, s14
	v_lshlrev_b64_e32 v[48:49], 1, v[92:93]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s16, s15
	s_cbranch_execz .LBB0_833
; %bb.832:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v50, v163, v50
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v50, v50, v70, v209
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v50, v209, v50, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v50, v50, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v92, v50, 16, 1
	v_cmp_o_f32_e64 s15, v50, v50
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v92, v50, v92, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v92
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v50.l, 0x7fff, v50.l, s15
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v92, s15, v103, v48
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v93, null, v102, v49, s15
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[92:93], v50, off
.LBB0_833:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s16
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v92, v104, vcc_hi, 0x43
	v_mov_b32_e32 v93, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[94:95], null, v92, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s15, s[22:23], v[92:93]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s16, s5, s15
	v_lshlrev_b64_e32 v[92:93], 1, v[94:95]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s17, s16
	s_cbranch_execz .LBB0_835
; %bb.834:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v50, v163, v51
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v50, v50, v71, v208
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v50, v208, v50, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v50, v50, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v51, v50, 16, 1
	v_cmp_o_f32_e64 s16, v50, v50
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v51, v50, v51, 0x7fff
	v_lshrrev_b32_e32 v50, 16, v51
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v50.l, 0x7fff, v50.l, s16
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v94, s16, v103, v92
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v95, null, v102, v93, s16
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[94:95], v50, off
.LBB0_835:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s17
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v50, v104, vcc_hi, 0x44
	v_mov_b32_e32 v51, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[94:95], null, v50, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s16, s[22:23], v[50:51]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s17, s5, s16
	v_lshlrev_b64_e32 v[50:51], 1, v[94:95]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s18, s17
	s_cbranch_execz .LBB0_837
; %bb.836:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v52, v163, v52
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v52, v52, v64, v207
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v52, v207, v52, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v52, v52, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v94, v52, 16, 1
	v_cmp_o_f32_e64 s17, v52, v52
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v94, v52, v94, 0x7fff
	v_lshrrev_b32_e32 v52, 16, v94
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v52.l, 0x7fff, v52.l, s17
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v94, s17, v103, v50
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v95, null, v102, v51, s17
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[94:95], v52, off
.LBB0_837:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s18
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v94, v104, vcc_hi, 0x45
	v_mov_b32_e32 v95, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[96:97], null, v94, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s17, s[22:23], v[94:95]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s18, s5, s17
	v_lshlrev_b64_e32 v[94:95], 1, v[96:97]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s19, s18
	s_cbranch_execz .LBB0_839
; %bb.838:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v52, v163, v53
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v52, v52, v65, v206
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v52, v206, v52, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v52, v52, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v53, v52, 16, 1
	v_cmp_o_f32_e64 s18, v52, v52
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v53, v52, v53, 0x7fff
	v_lshrrev_b32_e32 v52, 16, v53
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v52.l, 0x7fff, v52.l, s18
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v96, s18, v103, v94
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, v102, v95, s18
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[96:97], v52, off
.LBB0_839:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s19
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v52, v104, vcc_hi, 0x46
	v_mov_b32_e32 v53, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[96:97], null, v52, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s18, s[22:23], v[52:53]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s19, s5, s18
	v_lshlrev_b64_e32 v[52:53], 1, v[96:97]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s29, s19
	s_cbranch_execz .LBB0_841
; %bb.840:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v54, v163, v54
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v54, v54, v66, v205
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v54, v205, v54, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v54, v54, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v96, v54, 16, 1
	v_cmp_o_f32_e64 s19, v54, v54
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v96, v54, v96, 0x7fff
	v_lshrrev_b32_e32 v54, 16, v96
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v54.l, 0x7fff, v54.l, s19
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v96, s19, v103, v52
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v97, null, v102, v53, s19
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[96:97], v54, off
.LBB0_841:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s29
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v96, v104, vcc_hi, 0x47
	v_mov_b32_e32 v97, s28
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_co_i64_i32 v[104:105], null, v96, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s19, s[22:23], v[96:97]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b32 s5, s5, s19
	v_lshlrev_b64_e32 v[96:97], 1, v[104:105]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_843
; %bb.842:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v54, v163, v55
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v54, v54, v67, v204
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v54, v204, v54, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v54, v54, v101
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v55, v54, 16, 1
	v_cmp_o_f32_e64 s5, v54, v54
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v55, v54, v55, 0x7fff
	v_lshrrev_b32_e32 v54, 16, v55
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v54.l, 0x7fff, v54.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v101, s5, v103, v96
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v102, null, v102, v97, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[101:102], v54, off
.LBB0_843:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_mad_co_i64_i32 v[54:55], null, v112, s26, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[101:102], 1, v[54:55]
	v_add_co_u32 v55, s5, s24, v101
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v54, null, s25, v102, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_859
; %bb.844:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v40
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v76, v203
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v203, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v101, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v101, v40, v101, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v101
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v101, s5, v55, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v102, null, v54, v81, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[101:102], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s1
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_860
.LBB0_845:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s6
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_861
.LBB0_846:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v42
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v78, v201
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v201, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v41, s5, v55, v56
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, v54, v57, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[41:42], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s7
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_862
.LBB0_847:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s8
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_863
.LBB0_848:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v44
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v72, v199
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v199, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v41, s5, v55, v58
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, v54, v59, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[41:42], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s9
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_864
.LBB0_849:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s10
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_865
.LBB0_850:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v46
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v74, v197
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v197, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v41, s5, v55, v60
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, v54, v61, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[41:42], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s11
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_866
.LBB0_851:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s12
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_867
.LBB0_852:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v32
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v68, v189
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v189, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v40, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v40, v32, v40, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v40
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v40, s5, v55, v62
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v41, null, v54, v63, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[40:41], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s13
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_868
.LBB0_853:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s14
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_869
.LBB0_854:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v34
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v70, v187
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v187, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v33, s5, v55, v48
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v34, null, v54, v49, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[33:34], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s15
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_870
.LBB0_855:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s16
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_871
.LBB0_856:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v36
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v64, v185
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v185, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v33, s5, v55, v50
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v34, null, v54, v51, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[33:34], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s17
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_872
.LBB0_857:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s18
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_873
.LBB0_858:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v38
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v66, v183
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v183, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v33, s5, v55, v52
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v34, null, v54, v53, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[33:34], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s4, s19
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_874
	s_branch .LBB0_875
.LBB0_859:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s1
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_845
.LBB0_860:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v41
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v77, v202
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v202, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v101, s5, v55, v82
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v102, null, v54, v83, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[101:102], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s6
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_846
.LBB0_861:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s7
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_847
.LBB0_862:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v43
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v79, v200
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v200, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v41, s5, v55, v84
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, v54, v85, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[41:42], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s8
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_848
.LBB0_863:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s9
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_849
.LBB0_864:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v45
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v73, v198
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v198, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v41, s5, v55, v86
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, v54, v87, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[41:42], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s10
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_850
.LBB0_865:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s11
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_851
.LBB0_866:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v40, v162, v47
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v40, v40, v75, v196
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v40, v196, v40, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v40, v40, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v41, v40, 16, 1
	v_cmp_o_f32_e64 s5, v40, v40
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v41, v40, v41, 0x7fff
	v_lshrrev_b32_e32 v40, 16, v41
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v40.l, 0x7fff, v40.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v41, s5, v55, v88
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v42, null, v54, v89, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[41:42], v40, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s12
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_852
.LBB0_867:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s13
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_853
.LBB0_868:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v33
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v69, v188
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v188, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v40, s5, v55, v90
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v41, null, v54, v91, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[40:41], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s14
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_854
.LBB0_869:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s15
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_855
.LBB0_870:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v35
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v71, v186
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v186, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v33, s5, v55, v92
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v34, null, v54, v93, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[33:34], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s16
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_856
.LBB0_871:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s5, s4, s17
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execz .LBB0_857
.LBB0_872:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v37
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v65, v184
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v184, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s5, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v33, s5, v55, v94
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v34, null, v54, v95, s5
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[33:34], v32, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s5, s4, s18
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s28, s5
	s_cbranch_execnz .LBB0_858
.LBB0_873:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s28
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s4, s19
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_875
.LBB0_874:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v32, v162, v39
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v32, v32, v67, v182
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v32, v182, v32, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v32, v32, v100
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v33, v32, 16, 1
	v_cmp_o_f32_e64 s4, v32, v32
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v33, v32, v33, 0x7fff
	v_lshrrev_b32_e32 v32, 16, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v32.l, 0x7fff, v32.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v33, s4, v55, v96
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v34, null, v54, v97, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[33:34], v32, off
.LBB0_875:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_mad_co_i64_i32 v[32:33], null, v110, s26, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[33:34], 1, v[32:33]
	v_add_co_u32 v33, s4, s24, v33
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e64 v32, null, s25, v34, s4
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s0, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_891
; %bb.876:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v24
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v76, v181
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v181, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v34, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v34, v24, v34, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v34
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v34, s4, v33, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v35, null, v32, v81, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[34:35], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s1, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_892
.LBB0_877:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s6, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_893
.LBB0_878:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v26
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v78, v179
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v179, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v25, s4, v33, v56
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, v32, v57, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[25:26], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s7, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_894
.LBB0_879:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s8, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_895
.LBB0_880:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v28
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v72, v177
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v177, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v25, s4, v33, v58
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, v32, v59, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[25:26], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s9, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_896
.LBB0_881:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s10, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_897
.LBB0_882:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v30
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v74, v193
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v193, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v25, s4, v33, v60
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, v32, v61, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[25:26], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s11, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_898
.LBB0_883:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s12, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_899
.LBB0_884:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v16
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v68, v191
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v191, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v24, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v24, v16, v24, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v24
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v24, s4, v33, v62
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v25, null, v32, v63, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[24:25], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s13, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_900
.LBB0_885:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s14, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_901
.LBB0_886:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v18
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v70, v195
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v195, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v17, s4, v33, v48
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v18, null, v32, v49, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[17:18], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s15, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_902
.LBB0_887:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s16, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_903
.LBB0_888:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v20
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v64, v175
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v175, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v17, s4, v33, v50
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v18, null, v32, v51, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[17:18], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s17, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_904
.LBB0_889:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s18, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_905
.LBB0_890:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v22
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v66, v173
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v173, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v17, s4, v33, v52
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v18, null, v32, v53, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[17:18], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s3, s19, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s3
	s_cbranch_execnz .LBB0_906
	s_branch .LBB0_907
.LBB0_891:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s1, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_877
.LBB0_892:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v25
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v77, v180
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v180, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v34, s4, v33, v82
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v35, null, v32, v83, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[34:35], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s6, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_878
.LBB0_893:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s7, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_879
.LBB0_894:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v27
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v79, v178
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v178, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v25, s4, v33, v84
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, v32, v85, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[25:26], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s8, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_880
.LBB0_895:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s9, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_881
.LBB0_896:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v29
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v73, v176
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v176, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v25, s4, v33, v86
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, v32, v87, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[25:26], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s10, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_882
.LBB0_897:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s11, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_883
.LBB0_898:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v24, v161, v31
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v24, v24, v75, v192
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v24, v192, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v24, v24, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v25, v24, 16, 1
	v_cmp_o_f32_e64 s4, v24, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v25, v24, v25, 0x7fff
	v_lshrrev_b32_e32 v24, 16, v25
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v24.l, 0x7fff, v24.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v25, s4, v33, v88
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v26, null, v32, v89, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[25:26], v24, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s12, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_884
.LBB0_899:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s13, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_885
.LBB0_900:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v17
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v69, v190
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v190, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v24, s4, v33, v90
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v25, null, v32, v91, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[24:25], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s14, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_886
.LBB0_901:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s15, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_887
.LBB0_902:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v19
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v71, v194
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v194, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v17, s4, v33, v92
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v18, null, v32, v93, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[17:18], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s16, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_888
.LBB0_903:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s4, s17, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_889
.LBB0_904:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v21
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v65, v174
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v174, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s4, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v17, s4, v33, v94
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v18, null, v32, v95, s4
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[17:18], v16, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s4, s18, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s5, s4
	s_cbranch_execnz .LBB0_890
.LBB0_905:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s3, s19, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s4, s3
	s_cbranch_execz .LBB0_907
.LBB0_906:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v16, v161, v23
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, v16, v67, v243
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v16, v243, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v16, v16, v99
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v17, v16, 16, 1
	v_cmp_o_f32_e64 s3, v16, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v17, v16, v17, 0x7fff
	v_lshrrev_b32_e32 v16, 16, v17
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v16.l, 0x7fff, v16.l, s3
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v17, s3, v33, v96
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v18, null, v32, v97, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[17:18], v16, off
.LBB0_907:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_mad_co_i64_i32 v[16:17], null, v108, s26, 0
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s0, s2
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[17:18], 1, v[16:17]
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_co_u32 v17, s3, s24, v17
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v16, null, s25, v18, s3
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s3, s0
	s_cbranch_execz .LBB0_936
; %bb.908:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v8
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v76, v242
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v242, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v18, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v18, v8, v18, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v18
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v18, s0, v17, v80
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v19, null, v16, v81, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[18:19], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s1, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_937
.LBB0_909:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s6, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_938
.LBB0_910:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v10
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v78, v252
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v252, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v9, s0, v17, v56
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, v16, v57, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[9:10], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s7, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_939
.LBB0_911:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s8, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_940
.LBB0_912:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v12
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v72, v250
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v250, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v9, s0, v17, v58
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, v16, v59, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[9:10], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s9, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_941
.LBB0_913:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s10, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_942
.LBB0_914:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v14
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v74, v248
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v248, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v9, s0, v17, v60
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, v16, v61, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[9:10], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s11, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_943
.LBB0_915:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s12, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_944
.LBB0_916:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v0
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v68, v246
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v246, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v8, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v8, v0, v8, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v8
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v8, s0, v17, v62
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, v16, v63, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[8:9], v0, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s13, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_945
.LBB0_917:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s14, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_946
.LBB0_918:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v2
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v70, v244
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v244, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v1, s0, v17, v48
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, v16, v49, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[1:2], v0, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s15, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_947
.LBB0_919:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s16, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_948
.LBB0_920:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v4
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v64, v168
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v168, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v1, s0, v17, v50
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, v16, v51, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[1:2], v0, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s17, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_949
.LBB0_921:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s18, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_923
.LBB0_922:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v6
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v66, v233
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v233, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v1, s0, v17, v52
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, v16, v53, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[1:2], v0, off
.LBB0_923:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s19, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s0, exec_lo, s1
	s_cbranch_execz .LBB0_925
; %bb.924:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v7
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v67, v232
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v232, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e32 vcc_lo, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, vcc_lo
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v1, vcc_lo, v17, v96
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v2, null, v16, v97, vcc_lo
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[1:2], v0, off
.LBB0_925:                              ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	s_branch .LBB0_393
.LBB0_926:
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s0, v254, 22
	v_mul_lo_u32 v2, v107, s27
	v_mad_co_u64_u32 v[0:1], null, v106, s27, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc_lo, s[22:23], v[106:107]
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v3, v106, s0
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s104
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v1, v1, v3, v2
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_950
; %bb.927:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s84, 31
	s_mov_b32 s2, s84
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s103
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_951
.LBB0_928:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s102
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_952
.LBB0_929:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s86, 31
	s_mov_b32 s2, s86
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s101
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_953
.LBB0_930:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s100
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_954
.LBB0_931:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s88, 31
	s_mov_b32 s2, s88
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s35
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_955
.LBB0_932:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s34
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_956
.LBB0_933:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s90, 31
	s_mov_b32 s2, s90
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s33
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_957
.LBB0_934:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s31
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_958
.LBB0_935:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s92, 31
	s_mov_b32 s2, s92
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s30
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_959
	s_branch .LBB0_960
.LBB0_936:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s1, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_909
.LBB0_937:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v9
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v77, v253
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v253, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v18, s0, v17, v82
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v19, null, v16, v83, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[18:19], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s6, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_910
.LBB0_938:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s7, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_911
.LBB0_939:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v11
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v79, v251
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v251, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v9, s0, v17, v84
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, v16, v85, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[9:10], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s8, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_912
.LBB0_940:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s9, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_913
.LBB0_941:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v13
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v73, v249
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v249, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v9, s0, v17, v86
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, v16, v87, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[9:10], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s10, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_914
.LBB0_942:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s11, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_915
.LBB0_943:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v8, v160, v15
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v8, v75, v247
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v8, v247, v8, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v8, v8, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v9, v8, 16, 1
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v9, v8, v9, 0x7fff
	v_lshrrev_b32_e32 v8, 16, v9
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v8.l, 0x7fff, v8.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v9, s0, v17, v88
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v10, null, v16, v89, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[9:10], v8, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s12, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_916
.LBB0_944:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s13, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_917
.LBB0_945:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v1
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v69, v245
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v245, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v8, s0, v17, v90
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v9, null, v16, v91, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[8:9], v0, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s14, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_918
.LBB0_946:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s15, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_919
.LBB0_947:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v3
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v71, v169
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v169, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v1, s0, v17, v92
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, v16, v93, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[1:2], v0, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s16, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_920
.LBB0_948:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, s17, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_921
.LBB0_949:
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mul_f32_e32 v0, v160, v5
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v0, v0, v65, v167
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e32 v0, v167, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mul_f32_e32 v0, v0, v98
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v1, v0, 16, 1
	v_cmp_o_f32_e64 s0, v0, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add3_u32 v1, v0, v1, 0x7fff
	v_lshrrev_b32_e32 v0, 16, v1
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cndmask_b16 v0.l, 0x7fff, v0.l, s0
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_co_u32 v1, s0, v17, v94
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, v16, v95, s0
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_b16 v[1:2], v0, off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, s18, s2
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_922
	s_branch .LBB0_923
.LBB0_950:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s103
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_928
.LBB0_951:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s85, 31
	s_mov_b32 s2, s85
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s102
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_929
.LBB0_952:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s101
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_930
.LBB0_953:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s87, 31
	s_mov_b32 s2, s87
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s100
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_931
.LBB0_954:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s35
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_932
.LBB0_955:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s89, 31
	s_mov_b32 s2, s89
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s34
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_933
.LBB0_956:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s33
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_934
.LBB0_957:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s91, 31
	s_mov_b32 s2, s91
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s31
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_935
.LBB0_958:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b32 s0, vcc_lo, s30
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_960
.LBB0_959:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s93, 31
	s_mov_b32 s2, s93
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_960:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 0
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_962
; %bb.961:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s94, 31
	s_mov_b32 s2, s94
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_962:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 1
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_964
; %bb.963:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s95, 31
	s_mov_b32 s2, s95
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_964:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 2
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_966
; %bb.965:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s96, 31
	s_mov_b32 s2, s96
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_966:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 3
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_968
; %bb.967:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s97, 31
	s_mov_b32 s2, s97
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_968:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 4
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_970
; %bb.969:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s98, 31
	s_mov_b32 s2, s98
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_970:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 5
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_972
; %bb.971:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s99, 31
	s_mov_b32 s2, s99
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_972:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 6
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_974
; %bb.973:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s68, 31
	s_mov_b32 s2, s68
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_974:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 7
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_976
; %bb.975:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s69, 31
	s_mov_b32 s2, s69
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_976:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 8
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_978
; %bb.977:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s70, 31
	s_mov_b32 s2, s70
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_978:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 9
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_980
; %bb.979:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s71, 31
	s_mov_b32 s2, s71
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_980:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 10
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_982
; %bb.981:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s72, 31
	s_mov_b32 s2, s72
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_982:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 11
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_984
; %bb.983:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s73, 31
	s_mov_b32 s2, s73
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_984:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 12
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_986
; %bb.985:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s74, 31
	s_mov_b32 s2, s74
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_986:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 13
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_988
; %bb.987:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s75, 31
	s_mov_b32 s2, s75
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_988:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 14
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_990
; %bb.989:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s76, 31
	s_mov_b32 s2, s76
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_990:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 15
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_992
; %bb.991:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s77, 31
	s_mov_b32 s2, s77
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_992:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 16
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_994
; %bb.993:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s78, 31
	s_mov_b32 s2, s78
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_994:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 17
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_996
; %bb.995:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s79, 31
	s_mov_b32 s2, s79
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_996:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 18
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_998
; %bb.997:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s80, 31
	s_mov_b32 s2, s80
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_998:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 19
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1000
; %bb.999:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s81, 31
	s_mov_b32 s2, s81
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1000:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 20
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1002
; %bb.1001:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s82, 31
	s_mov_b32 s2, s82
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1002:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 21
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1004
; %bb.1003:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s83, 31
	s_mov_b32 s2, s83
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1004:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 22
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1006
; %bb.1005:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s52, 31
	s_mov_b32 s2, s52
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1006:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 23
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1008
; %bb.1007:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s53, 31
	s_mov_b32 s2, s53
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1008:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 24
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1010
; %bb.1009:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s54, 31
	s_mov_b32 s2, s54
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1010:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 25
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1012
; %bb.1011:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s55, 31
	s_mov_b32 s2, s55
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1012:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 26
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1014
; %bb.1013:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s56, 31
	s_mov_b32 s2, s56
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1014:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 27
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1016
; %bb.1015:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s57, 31
	s_mov_b32 s2, s57
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1016:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 28
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1018
; %bb.1017:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s58, 31
	s_mov_b32 s2, s58
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1018:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 29
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1020
; %bb.1019:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s59, 31
	s_mov_b32 s2, s59
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1020:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 30
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1022
; %bb.1021:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s60, 31
	s_mov_b32 s2, s60
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1022:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 31
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1024
; %bb.1023:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s61, 31
	s_mov_b32 s2, s61
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1024:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 0
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1026
; %bb.1025:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s62, 31
	s_mov_b32 s2, s62
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1026:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 1
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1028
; %bb.1027:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s63, 31
	s_mov_b32 s2, s63
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1028:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 2
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1030
; %bb.1029:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s64, 31
	s_mov_b32 s2, s64
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1030:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 3
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1032
; %bb.1031:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s65, 31
	s_mov_b32 s2, s65
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1032:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 4
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1034
; %bb.1033:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s66, 31
	s_mov_b32 s2, s66
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1034:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 5
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1036
; %bb.1035:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s67, 31
	s_mov_b32 s2, s67
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1036:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 6
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1038
; %bb.1037:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s36, 31
	s_mov_b32 s2, s36
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1038:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 7
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1040
; %bb.1039:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s37, 31
	s_mov_b32 s2, s37
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1040:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 8
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1042
; %bb.1041:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s38, 31
	s_mov_b32 s2, s38
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1042:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 9
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1044
; %bb.1043:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s39, 31
	s_mov_b32 s2, s39
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1044:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 10
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1046
; %bb.1045:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s40, 31
	s_mov_b32 s2, s40
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1046:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 11
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1048
; %bb.1047:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s41, 31
	s_mov_b32 s2, s41
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1048:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 12
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1050
; %bb.1049:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s42, 31
	s_mov_b32 s2, s42
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1050:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 13
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1052
; %bb.1051:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s43, 31
	s_mov_b32 s2, s43
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1052:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 14
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1054
; %bb.1053:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s44, 31
	s_mov_b32 s2, s44
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1054:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 15
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1056
; %bb.1055:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s45, 31
	s_mov_b32 s2, s45
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1056:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 16
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1058
; %bb.1057:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s46, 31
	s_mov_b32 s2, s46
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1058:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 17
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1060
; %bb.1059:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s47, 31
	s_mov_b32 s2, s47
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1060:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 18
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1062
; %bb.1061:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s48, 31
	s_mov_b32 s2, s48
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1062:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 19
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1064
; %bb.1063:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s49, 31
	s_mov_b32 s2, s49
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1064:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 20
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_1066
; %bb.1065:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s3, s50, 31
	s_mov_b32 s2, s50
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[2:3], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[2:3], s[2:3], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[2:3], s[2:3], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[2:3], s[24:25], s[2:3]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v4, s0, s2, v2
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v5, null, s3, v3, s0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v2.l, 0
	global_store_b16 v[4:5], v2, off
.LBB0_1066:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 21
	s_and_b32 s0, vcc_lo, s0
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_wait_alu depctr_sa_sdst(0)
	s_and_saveexec_b32 s1, s0
	s_wait_alu depctr_sa_sdst(0)
	s_xor_b32 s1, exec_lo, s1
	s_cbranch_execz .LBB0_393
; %bb.1067:
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_ashr_i32 s1, s51, 31
	s_mov_b32 s0, s51
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshlrev_b64_e32 v[0:1], 1, v[0:1]
	.loc	1 91 22 is_stmt 0               ; fused_moe.py:91:22
	s_wait_alu depctr_sa_sdst(0)
	s_mul_u64 s[0:1], s[0:1], s[20:21]
	.loc	1 91 14                         ; fused_moe.py:91:14
	s_wait_alu depctr_sa_sdst(0)
	s_lshl_b64 s[0:1], s[0:1], 1
	s_wait_alu depctr_sa_sdst(0)
	s_add_nc_u64 s[0:1], s[24:25], s[0:1]
	s_wait_alu depctr_sa_sdst(0)
	v_add_co_u32 v2, vcc_lo, s0, v0
	s_wait_alu depctr_va_vcc(0)
	v_add_co_ci_u32_e64 v3, null, s1, v1, vcc_lo
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b16_e32 v0.l, 0
	global_store_b16 v[2:3], v0, off
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_endpgm
.Ltmp15:
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 2400
		.amdhsa_kernarg_size 152
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
		.amdhsa_next_free_sgpr 105
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fused_moe_kernel)<<4)&4080)>>4
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
	.set .Lfused_moe_kernel.num_vgpr, 256
	.set .Lfused_moe_kernel.num_agpr, 0
	.set .Lfused_moe_kernel.numbered_sgpr, 105
	.set .Lfused_moe_kernel.num_named_barrier, 0
	.set .Lfused_moe_kernel.private_seg_size, 2400
	.set .Lfused_moe_kernel.uses_vcc, 1
	.set .Lfused_moe_kernel.uses_flat_scratch, 1
	.set .Lfused_moe_kernel.has_dyn_sized_stack, 0
	.set .Lfused_moe_kernel.has_recursion, 0
	.set .Lfused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 78268
; TotalNumSgprs: 107
; NumVgprs: 256
; ScratchSize: 2400
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 107
; NumVGPRsForWavesPerEU: 256
; Occupancy: 5
; WaveLimiterHint : 1
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
	.byte	1                               ; Abbrev [1] 0xb:0x58 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x2c:0x36 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	38                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x3d:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	72                              ; DW_AT_call_line
	.byte	17                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x49:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	17                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x55:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	117                             ; DW_AT_call_line
	.byte	23                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp0-.Lfunc_begin0
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"fused_moe.py"                  ; string offset=7 ; fused_moe.py
.Linfo_string2:
	.asciz	"fused_moe_kernel"              ; string offset=20 ; fused_moe_kernel
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
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
      - .offset:         72
        .size:           4
        .value_kind:     by_value
      - .offset:         76
        .size:           4
        .value_kind:     by_value
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .offset:         84
        .size:           4
        .value_kind:     by_value
      - .offset:         88
        .size:           4
        .value_kind:     by_value
      - .offset:         92
        .size:           4
        .value_kind:     by_value
      - .offset:         96
        .size:           4
        .value_kind:     by_value
      - .offset:         100
        .size:           4
        .value_kind:     by_value
      - .offset:         104
        .size:           4
        .value_kind:     by_value
      - .offset:         108
        .size:           4
        .value_kind:     by_value
      - .offset:         112
        .size:           4
        .value_kind:     by_value
      - .offset:         116
        .size:           4
        .value_kind:     by_value
      - .offset:         120
        .size:           4
        .value_kind:     by_value
      - .offset:         124
        .size:           4
        .value_kind:     by_value
      - .offset:         128
        .size:           4
        .value_kind:     by_value
      - .offset:         132
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         136
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         144
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 152
    .max_flat_workgroup_size: 128
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 2400
    .sgpr_count:     107
    .sgpr_spill_count: 57
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 1028
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

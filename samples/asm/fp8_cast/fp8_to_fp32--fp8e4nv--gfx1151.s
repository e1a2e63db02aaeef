	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	fp8_to_fp32                     ; -- Begin function fp8_to_fp32
	.p2align	8
	.type	fp8_to_fp32,@function
fp8_to_fp32:                            ; @fp8_to_fp32
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 28 0                          ; fp8_cast.py:28:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x10
	s_load_b128 s[72:75], s[0:1], 0x0
.Ltmp0:
	.loc	1 33 28 prologue_end            ; fp8_cast.py:33:28
	v_readfirstlane_b32 s0, v0
	.loc	1 30 39                         ; fp8_cast.py:30:39
	v_and_b32_e32 v1, 31, v0
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_mov_b32 s79, 0x31027000
	s_mov_b32 s78, 0x7ffffffe
	.loc	1 33 28                         ; fp8_cast.py:33:28
	v_bfe_i32 v0, v0, 0, 1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 30 39                         ; fp8_cast.py:30:39
	v_and_or_b32 v3, 0x60, s0, v1
	.loc	1 30 12 is_stmt 0               ; fp8_cast.py:30:12
	s_lshl_b32 s0, s2, 10
	.loc	1 33 28 is_stmt 1               ; fp8_cast.py:33:28
	v_and_b32_e32 v0, 0x240, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 30 12                         ; fp8_cast.py:30:12
	v_lshl_or_b32 v1, v3, 3, s0
	.loc	1 30 39 is_stmt 0               ; fp8_cast.py:30:39
	v_lshlrev_b32_e32 v5, 2, v3
	.loc	1 33 28 is_stmt 1               ; fp8_cast.py:33:28
	v_lshlrev_b32_e32 v4, 1, v3
	v_xad_u32 v6, v5, 64, 0
	.loc	1 31 12                         ; fp8_cast.py:31:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc_lo, s3, v1
	.loc	1 32 9                          ; fp8_cast.py:32:9
	s_and_b32 s77, s73, 0xffff
	s_mov_b32 s76, s72
	.loc	1 33 28                         ; fp8_cast.py:33:28
	v_and_b32_e32 v3, 0xfc, v4
	v_add_nc_u32_e32 v4, 0, v5
	.loc	1 32 9                          ; fp8_cast.py:32:9
	v_cndmask_b32_e32 v1, 0x80000000, v1, vcc_lo
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 33 28                         ; fp8_cast.py:33:28
	v_xad_u32 v0, v3, v0, 0
	.loc	1 32 9                          ; fp8_cast.py:32:9
	buffer_load_b64 v[1:2], v1, s[76:79], 0 offen
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_and_b32 s77, s75, 0xffff
	s_mov_b32 s76, s74
	.loc	1 33 28 is_stmt 0               ; fp8_cast.py:33:28
	s_waitcnt vmcnt(0)
	ds_store_b32 v4, v1
	ds_store_b32 v6, v2 offset:512
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_2addr_stride64_b32 v[2:3], v0 offset1:1
	.loc	1 30 12 is_stmt 1               ; fp8_cast.py:30:12
	v_or_b32_e32 v0, s0, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_or_b32_e32 v1, 0x200, v0
	.loc	1 33 5                          ; fp8_cast.py:33:5
	v_lshlrev_b32_e32 v4, 2, v0
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v0
	.loc	1 33 5                          ; fp8_cast.py:33:5
	v_lshlrev_b32_e32 v5, 2, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v11, 0x80000000, v4, vcc_lo
	.loc	1 31 12                         ; fp8_cast.py:31:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v1
	.loc	1 33 5                          ; fp8_cast.py:33:5
	v_cndmask_b32_e32 v12, 0x80000000, v5, vcc_lo
	.loc	1 33 28 is_stmt 0               ; fp8_cast.py:33:28
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v5, 16, v2
	v_lshrrev_b32_e32 v4, 8, v2
	v_lshrrev_b32_e32 v7, 24, v2
	v_lshlrev_b16 v0.h, 7, v2.l
	v_and_b16 v1.l, 0x7f, v2.l
	v_lshrrev_b32_e32 v9, 16, v3
	v_lshrrev_b32_e32 v8, 8, v3
	v_lshrrev_b32_e32 v13, 24, v3
	v_lshlrev_b16 v0.l, 8, v2.l
	v_lshlrev_b16 v2.l, 7, v3.l
	v_lshlrev_b16 v1.h, 8, v3.l
	v_and_b16 v2.h, 0x7f, v3.l
	v_and_b16 v0.h, 0x3f80, v0.h
	v_cmp_ne_u16_e32 vcc_lo, 0x7f, v1.l
	v_cmp_ne_u16_e64 s0, 0, v1.l
	v_cmp_ne_u16_e64 s1, 1, v1.l
	v_cmp_ne_u16_e64 s2, 2, v1.l
	v_cmp_ne_u16_e64 s3, 3, v1.l
	v_cmp_ne_u16_e64 s4, 4, v1.l
	v_cmp_ne_u16_e64 s5, 5, v1.l
	v_cmp_ne_u16_e64 s6, 6, v1.l
	v_cmp_ne_u16_e64 s7, 7, v1.l
	v_lshlrev_b16 v1.l, 8, v4.l
	v_lshlrev_b16 v3.l, 7, v4.l
	v_and_b16 v3.h, 0x7f, v4.l
	v_lshlrev_b16 v4.l, 8, v5.l
	v_lshlrev_b16 v4.h, 7, v5.l
	v_and_b16 v5.l, 0x7f, v5.l
	v_lshlrev_b16 v6.l, 7, v7.l
	v_lshlrev_b16 v5.h, 8, v7.l
	v_and_b16 v6.h, 0x7f, v7.l
	v_and_b16 v2.l, 0x3f80, v2.l
	v_lshlrev_b16 v7.l, 7, v8.l
	v_and_b16 v7.h, 0x7f, v8.l
	v_lshlrev_b16 v8.h, 7, v9.l
	v_lshlrev_b16 v10.l, 7, v13.l
	v_add_nc_u16 v0.h, 0x2000, v0.h
	v_and_b16 v3.l, 0x3f80, v3.l
	v_cmp_ne_u16_e64 s17, 0x7f, v3.h
	v_cmp_ne_u16_e64 s18, 0, v3.h
	v_cmp_ne_u16_e64 s19, 1, v3.h
	v_cmp_ne_u16_e64 s20, 2, v3.h
	v_cmp_ne_u16_e64 s21, 3, v3.h
	v_cmp_ne_u16_e64 s22, 4, v3.h
	v_cmp_ne_u16_e64 s23, 5, v3.h
	v_cmp_ne_u16_e64 s24, 6, v3.h
	v_cmp_ne_u16_e64 s25, 7, v3.h
	v_and_b16 v3.h, 0x8000, v4.l
	v_and_b16 v4.l, 0x3f80, v4.h
	v_cmp_ne_u16_e64 s26, 0x7f, v5.l
	v_cmp_ne_u16_e64 s27, 0, v5.l
	v_cmp_ne_u16_e64 s28, 1, v5.l
	v_cmp_ne_u16_e64 s29, 2, v5.l
	v_cmp_ne_u16_e64 s30, 3, v5.l
	v_cmp_ne_u16_e64 s31, 4, v5.l
	v_cmp_ne_u16_e64 s33, 5, v5.l
	v_cmp_ne_u16_e64 s34, 6, v5.l
	v_cmp_ne_u16_e64 s35, 7, v5.l
	v_and_b16 v5.l, 0x3f80, v6.l
	v_cmp_ne_u16_e64 s8, 0x7f, v2.h
	v_cmp_ne_u16_e64 s9, 0, v2.h
	v_cmp_ne_u16_e64 s10, 1, v2.h
	v_cmp_ne_u16_e64 s11, 2, v2.h
	v_cmp_ne_u16_e64 s12, 3, v2.h
	v_cmp_ne_u16_e64 s13, 4, v2.h
	v_cmp_ne_u16_e64 s14, 5, v2.h
	v_cmp_ne_u16_e64 s15, 6, v2.h
	v_cmp_ne_u16_e64 s16, 7, v2.h
	v_lshlrev_b16 v2.h, 8, v8.l
	v_lshlrev_b16 v8.l, 8, v9.l
	v_and_b16 v9.l, 0x7f, v9.l
	v_and_b16 v10.h, 0x7f, v13.l
	v_and_b16 v4.h, 0x8000, v5.h
	v_cmp_ne_u16_e64 s36, 0x7f, v6.h
	v_cmp_ne_u16_e64 s37, 0, v6.h
	v_cmp_ne_u16_e64 s38, 1, v6.h
	v_cmp_ne_u16_e64 s39, 2, v6.h
	v_cmp_ne_u16_e64 s40, 3, v6.h
	v_cmp_ne_u16_e64 s41, 4, v6.h
	v_cmp_ne_u16_e64 s42, 5, v6.h
	v_cmp_ne_u16_e64 s43, 6, v6.h
	v_cmp_ne_u16_e64 s44, 7, v6.h
	v_add_nc_u16 v2.l, 0x2000, v2.l
	v_and_b16 v5.h, 0x3f80, v7.l
	v_cmp_ne_u16_e64 s45, 0x7f, v7.h
	v_cmp_ne_u16_e64 s46, 0, v7.h
	v_cmp_ne_u16_e64 s47, 1, v7.h
	v_cmp_ne_u16_e64 s48, 2, v7.h
	v_cmp_ne_u16_e64 s49, 3, v7.h
	v_cmp_ne_u16_e64 s50, 4, v7.h
	v_cmp_ne_u16_e64 s51, 5, v7.h
	v_cmp_ne_u16_e64 s52, 6, v7.h
	v_cmp_ne_u16_e64 s53, 7, v7.h
	v_and_b16 v6.h, 0x3f80, v8.h
	v_and_b16 v7.h, 0x3f80, v10.l
	v_cndmask_b16 v0.h, 0x7e00, v0.h, vcc_lo
	v_add_nc_u16 v3.l, 0x2000, v3.l
	v_add_nc_u16 v4.l, 0x2000, v4.l
	v_add_nc_u16 v5.l, 0x2000, v5.l
	v_cmp_ne_u16_e64 s54, 0x7f, v9.l
	v_cmp_ne_u16_e64 s63, 0x7f, v10.h
	v_cndmask_b16 v2.l, 0x7e00, v2.l, s8
	v_add_nc_u16 v5.h, 0x2000, v5.h
	v_add_nc_u16 v6.h, 0x2000, v6.h
	v_add_nc_u16 v7.h, 0x2000, v7.h
	v_cndmask_b16 v0.h, 0, v0.h, s0
	v_cndmask_b16 v3.l, 0x7e00, v3.l, s17
	v_cndmask_b16 v4.l, 0x7e00, v4.l, s26
	v_cndmask_b16 v5.l, 0x7e00, v5.l, s36
	v_cmp_ne_u16_e64 s55, 0, v9.l
	v_cmp_ne_u16_e64 s64, 0, v10.h
	v_cndmask_b16 v2.l, 0, v2.l, s9
	v_cndmask_b16 v5.h, 0x7e00, v5.h, s45
	v_cndmask_b16 v6.h, 0x7e00, v6.h, s54
	v_cndmask_b16 v7.h, 0x7e00, v7.h, s63
	v_cndmask_b16 v0.h, 0x1800, v0.h, s1
	v_cndmask_b16 v3.l, 0, v3.l, s18
	v_cndmask_b16 v4.l, 0, v4.l, s27
	v_cndmask_b16 v5.l, 0, v5.l, s37
	v_cmp_ne_u16_e64 s56, 1, v9.l
	v_cmp_ne_u16_e64 s65, 1, v10.h
	v_cndmask_b16 v2.l, 0x1800, v2.l, s10
	v_cndmask_b16 v5.h, 0, v5.h, s46
	v_cndmask_b16 v6.h, 0, v6.h, s55
	v_cndmask_b16 v7.h, 0, v7.h, s64
	v_cndmask_b16 v0.h, 0x1c00, v0.h, s2
	v_cndmask_b16 v3.l, 0x1800, v3.l, s19
	v_cndmask_b16 v4.l, 0x1800, v4.l, s28
	v_cndmask_b16 v5.l, 0x1800, v5.l, s38
	v_cmp_ne_u16_e64 s57, 2, v9.l
	v_cmp_ne_u16_e64 s66, 2, v10.h
	v_cndmask_b16 v2.l, 0x1c00, v2.l, s11
	v_cndmask_b16 v5.h, 0x1800, v5.h, s47
	v_cndmask_b16 v6.h, 0x1800, v6.h, s56
	v_cndmask_b16 v7.h, 0x1800, v7.h, s65
	v_cndmask_b16 v0.h, 0x1e00, v0.h, s3
	v_cndmask_b16 v3.l, 0x1c00, v3.l, s20
	v_cndmask_b16 v4.l, 0x1c00, v4.l, s29
	v_cndmask_b16 v5.l, 0x1c00, v5.l, s39
	v_cmp_ne_u16_e64 s58, 3, v9.l
	v_cmp_ne_u16_e64 s67, 3, v10.h
	v_cndmask_b16 v2.l, 0x1e00, v2.l, s12
	v_cndmask_b16 v5.h, 0x1c00, v5.h, s48
	v_cndmask_b16 v6.h, 0x1c00, v6.h, s57
	v_cndmask_b16 v7.h, 0x1c00, v7.h, s66
	v_cndmask_b16 v0.h, 0x2000, v0.h, s4
	v_cndmask_b16 v3.l, 0x1e00, v3.l, s21
	v_cndmask_b16 v4.l, 0x1e00, v4.l, s30
	v_cndmask_b16 v5.l, 0x1e00, v5.l, s40
	v_cmp_ne_u16_e64 s59, 4, v9.l
	v_cmp_ne_u16_e64 s68, 4, v10.h
	v_cndmask_b16 v2.l, 0x2000, v2.l, s13
	v_cndmask_b16 v5.h, 0x1e00, v5.h, s49
	v_cndmask_b16 v6.h, 0x1e00, v6.h, s58
	v_cndmask_b16 v7.h, 0x1e00, v7.h, s67
	v_cndmask_b16 v0.h, 0x2100, v0.h, s5
	v_cndmask_b16 v3.l, 0x2000, v3.l, s22
	v_cndmask_b16 v4.l, 0x2000, v4.l, s31
	v_cndmask_b16 v5.l, 0x2000, v5.l, s41
	v_cmp_ne_u16_e64 s60, 5, v9.l
	v_cmp_ne_u16_e64 s69, 5, v10.h
	v_cndmask_b16 v2.l, 0x2100, v2.l, s14
	v_cndmask_b16 v5.h, 0x2000, v5.h, s50
	v_cndmask_b16 v6.h, 0x2000, v6.h, s59
	v_cndmask_b16 v7.h, 0x2000, v7.h, s68
	v_cndmask_b16 v0.h, 0x2200, v0.h, s6
	v_cndmask_b16 v3.l, 0x2100, v3.l, s23
	v_cndmask_b16 v4.l, 0x2100, v4.l, s33
	v_cndmask_b16 v5.l, 0x2100, v5.l, s42
	v_cmp_ne_u16_e64 s61, 6, v9.l
	v_cmp_ne_u16_e64 s70, 6, v10.h
	v_cndmask_b16 v2.l, 0x2200, v2.l, s15
	v_cndmask_b16 v5.h, 0x2100, v5.h, s51
	v_cndmask_b16 v6.h, 0x2100, v6.h, s60
	v_cndmask_b16 v7.h, 0x2100, v7.h, s69
	v_and_b16 v0.l, 0x8000, v0.l
	v_cndmask_b16 v0.h, 0x2300, v0.h, s7
	v_cndmask_b16 v3.l, 0x2200, v3.l, s24
	v_cndmask_b16 v4.l, 0x2200, v4.l, s34
	v_cndmask_b16 v5.l, 0x2200, v5.l, s43
	v_and_b16 v1.h, 0x8000, v1.h
	v_lshlrev_b16 v9.h, 8, v13.l
	v_cmp_ne_u16_e64 s62, 7, v9.l
	v_cmp_ne_u16_e64 s71, 7, v10.h
	v_cndmask_b16 v2.l, 0x2300, v2.l, s16
	v_cndmask_b16 v5.h, 0x2200, v5.h, s52
	v_cndmask_b16 v6.h, 0x2200, v6.h, s61
	v_cndmask_b16 v7.h, 0x2200, v7.h, s70
	v_and_b16 v1.l, 0x8000, v1.l
	v_or_b16 v0.l, v0.h, v0.l
	v_cndmask_b16 v0.h, 0x2300, v3.l, s25
	v_cndmask_b16 v3.l, 0x2300, v4.l, s35
	v_cndmask_b16 v4.l, 0x2300, v5.l, s44
	v_and_b16 v2.h, 0x8000, v2.h
	v_and_b16 v6.l, 0x8000, v8.l
	v_and_b16 v7.l, 0x8000, v9.h
	v_or_b16 v1.h, v2.l, v1.h
	v_cndmask_b16 v2.l, 0x2300, v5.h, s53
	v_cndmask_b16 v5.l, 0x2300, v6.h, s62
	v_cndmask_b16 v5.h, 0x2300, v7.h, s71
	v_or_b16 v1.l, v0.h, v1.l
	v_or_b16 v3.l, v3.l, v3.h
	v_or_b16 v3.h, v4.l, v4.h
	v_or_b16 v6.h, v2.l, v2.h
	v_or_b16 v6.l, v5.l, v6.l
	v_or_b16 v7.l, v5.h, v7.l
	v_cvt_f32_f16_e32 v0, v0.l
	v_cvt_f32_f16_e32 v4, v1.h
	v_cvt_f32_f16_e32 v1, v1.l
	v_cvt_f32_f16_e32 v2, v3.l
	v_cvt_f32_f16_e32 v3, v3.h
	v_cvt_f32_f16_e32 v5, v6.h
	v_cvt_f32_f16_e32 v6, v6.l
	v_cvt_f32_f16_e32 v7, v7.l
	.loc	1 33 5                          ; fp8_cast.py:33:5
	s_clause 0x1
	buffer_store_b128 v[0:3], v11, s[76:79], 0 offen
	buffer_store_b128 v[4:7], v12, s[76:79], 0 offen
	.loc	1 28 1 is_stmt 1                ; fp8_cast.py:28:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp8_to_fp32, .Lfunc_end0-fp8_to_fp32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp32
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
		.amdhsa_next_free_vgpr 14
		.amdhsa_next_free_sgpr 80
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp8_to_fp32)<<4)&1008)>>4
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
	.set .Lfp8_to_fp32.num_vgpr, 14
	.set .Lfp8_to_fp32.num_agpr, 0
	.set .Lfp8_to_fp32.numbered_sgpr, 80
	.set .Lfp8_to_fp32.num_named_barrier, 0
	.set .Lfp8_to_fp32.private_seg_size, 0
	.set .Lfp8_to_fp32.uses_vcc, 1
	.set .Lfp8_to_fp32.uses_flat_scratch, 0
	.set .Lfp8_to_fp32.has_dyn_sized_stack, 0
	.set .Lfp8_to_fp32.has_recursion, 0
	.set .Lfp8_to_fp32.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2372
; TotalNumSgprs: 82
; NumVgprs: 14
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 82
; NumVGPRsForWavesPerEU: 14
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
      - .offset:         16
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 40
    .max_flat_workgroup_size: 128
    .name:           fp8_to_fp32
    .private_segment_fixed_size: 0
    .sgpr_count:     82
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp32.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     14
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

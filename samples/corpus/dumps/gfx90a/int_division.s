	.amdgcn_target "amdgpu9.0a-amd-amdhsa-unknown-gfx90a"
	.amdhsa_code_object_version 5
	.text
	.globl	int_division                    ; -- Begin function int_division
	.p2align	8
	.type	int_division,@function
int_division:                           ; @int_division
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 93 0 prologue_end             ; kernels.py:93:0
	s_load_dwordx2 s[6:7], s[4:5], 0x0
	s_load_dwordx8 s[8:15], s[4:5], 0x8
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.8:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_dword s0, s[4:5], 0x30
.Ltmp1:
	.loc	1 94 39 is_stmt 1               ; kernels.py:94:39
	v_readfirstlane_b32 s1, v0
	.loc	1 101 5                         ; kernels.py:101:5
	s_and_b32 s1, s1, 64
	.loc	1 94 39                         ; kernels.py:94:39
	v_and_or_b32 v0, v0, 63, s1
	.loc	1 94 12 is_stmt 0               ; kernels.py:94:12
	v_lshl_or_b32 v0, s16, 7, v0
	.loc	1 95 12 is_stmt 1               ; kernels.py:95:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc, s0, v0
	.loc	1 96 9                          ; kernels.py:96:9
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_6
; %bb.1:
	.loc	1 96 17 is_stmt 0               ; kernels.py:96:17
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshlrev_b64 v[6:7], 2, v[0:1]
	v_mov_b32_e32 v3, s7
	v_add_co_u32_e32 v2, vcc, s6, v6
	v_addc_co_u32_e32 v3, vcc, v3, v7, vcc
	.loc	1 96 9                          ; kernels.py:96:9
	global_load_dword v8, v[2:3], off
	.loc	1 97 17 is_stmt 1               ; kernels.py:97:17
	v_mov_b32_e32 v3, s9
	v_add_co_u32_e32 v2, vcc, s8, v6
	v_addc_co_u32_e32 v3, vcc, v3, v7, vcc
	.loc	1 97 9 is_stmt 0                ; kernels.py:97:9
	global_load_dword v9, v[2:3], off
	.loc	1 98 17 is_stmt 1               ; kernels.py:98:17
	v_lshlrev_b64 v[2:3], 3, v[0:1]
	v_mov_b32_e32 v1, s11
	v_add_co_u32_e32 v0, vcc, s10, v2
	v_addc_co_u32_e32 v1, vcc, v1, v3, vcc
	.loc	1 99 17                         ; kernels.py:99:17
	v_mov_b32_e32 v5, s13
	v_add_co_u32_e32 v4, vcc, s12, v2
	v_addc_co_u32_e32 v5, vcc, v5, v3, vcc
	.loc	1 98 9                          ; kernels.py:98:9
	global_load_dwordx2 v[0:1], v[0:1], off
	.loc	1 100 14                        ; kernels.py:100:14
	v_mov_b32_e32 v10, s15
	.loc	1 99 9                          ; kernels.py:99:9
	global_load_dwordx2 v[4:5], v[4:5], off
	.loc	1 100 14                        ; kernels.py:100:14
	v_add_co_u32_e32 v6, vcc, s14, v6
	v_addc_co_u32_e32 v7, vcc, v10, v7, vcc
	.loc	1 100 38 is_stmt 0              ; kernels.py:100:38
	s_mov_b32 s0, 0x24924925
	s_load_dwordx2 s[2:3], s[4:5], 0x28
	.loc	1 100 28                        ; kernels.py:100:28
	s_waitcnt vmcnt(3)
	v_sub_u32_e32 v11, 0, v8
	.loc	1 100 38                        ; kernels.py:100:38
	v_mul_hi_u32 v13, v8, s0
	.loc	1 100 28                        ; kernels.py:100:28
	v_max_i32_e32 v11, v11, v8
	s_waitcnt vmcnt(2)
	v_sub_u32_e32 v12, 0, v9
	v_xor_b32_e32 v10, v8, v9
	v_max_i32_e32 v9, v12, v9
	v_cvt_f32_u32_e32 v12, v9
	.loc	1 100 38                        ; kernels.py:100:38
	v_sub_u32_e32 v8, v8, v13
	v_lshrrev_b32_e32 v8, 1, v8
	v_add_u32_e32 v8, v8, v13
	.loc	1 100 28                        ; kernels.py:100:28
	v_rcp_f32_e32 v12, v12
	v_ashrrev_i32_e32 v10, 31, v10
	.loc	1 100 38                        ; kernels.py:100:38
	v_lshrrev_b32_e32 v8, 2, v8
	.loc	1 100 28                        ; kernels.py:100:28
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	v_cvt_u32_f32_e32 v12, v12
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v14, v1, v5
	v_cmp_ne_u32_e32 vcc, 0, v14
	.loc	1 100 28                        ; kernels.py:100:28
	v_sub_u32_e32 v14, 0, v9
	v_mul_lo_u32 v13, v14, v12
	v_mul_hi_u32 v13, v12, v13
	v_add_u32_e32 v12, v12, v13
	v_mul_hi_u32 v12, v11, v12
	v_mul_lo_u32 v13, v12, v9
	v_sub_u32_e32 v11, v11, v13
	v_add_u32_e32 v14, 1, v12
	v_cmp_ge_u32_e64 s[0:1], v11, v9
	v_sub_u32_e32 v13, v11, v9
	v_cndmask_b32_e64 v12, v12, v14, s[0:1]
	v_cndmask_b32_e64 v11, v11, v13, s[0:1]
	v_add_u32_e32 v13, 1, v12
	v_cmp_ge_u32_e64 s[0:1], v11, v9
	v_cndmask_b32_e64 v9, v12, v13, s[0:1]
	v_xor_b32_e32 v9, v9, v10
	v_sub_u32_e32 v9, v9, v10
	v_add_u32_e32 v8, v9, v8
	.loc	1 100 5 is_stmt 0               ; kernels.py:100:5
	global_store_dword v[6:7], v8, off
	v_ashrrev_i32_e32 v8, 31, v1
                                        ; implicit-def: $vgpr6_vgpr7
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	s_and_saveexec_b64 s[0:1], vcc
	s_xor_b64 s[4:5], exec, s[0:1]
	s_cbranch_execz .LBB0_3
; %bb.2:
	v_ashrrev_i32_e32 v9, 31, v5
	v_add_co_u32_e32 v6, vcc, v4, v9
	v_addc_co_u32_e32 v7, vcc, v5, v9, vcc
	v_xor_b32_e32 v14, v7, v9
	v_xor_b32_e32 v15, v6, v9
	v_cvt_f32_u32_e32 v6, v15
	v_cvt_f32_u32_e32 v7, v14
	v_sub_co_u32_e32 v16, vcc, 0, v15
	v_subb_co_u32_e32 v17, vcc, 0, v14, vcc
	v_madmk_f32 v6, v7, 0x4f800000, v6
	v_rcp_f32_e32 v6, v6
	v_xor_b32_e32 v9, v8, v9
	v_mul_f32_e32 v6, 0x5f7ffffc, v6
	v_mul_f32_e32 v7, 0x2f800000, v6
	v_trunc_f32_e32 v7, v7
	v_madmk_f32 v6, v7, 0xcf800000, v6
	v_cvt_u32_f32_e32 v12, v7
	v_cvt_u32_f32_e32 v13, v6
	v_mul_lo_u32 v11, v16, v12
	v_mul_lo_u32 v10, v17, v13
	v_mad_u64_u32 v[6:7], s[0:1], v16, v13, 0
	v_add3_u32 v18, v7, v11, v10
	v_mad_u64_u32 v[10:11], s[0:1], v13, v18, 0
	v_mul_hi_u32 v7, v13, v6
	v_add_co_u32_e32 v10, vcc, v7, v10
	v_addc_co_u32_e32 v11, vcc, 0, v11, vcc
	v_mad_u64_u32 v[6:7], s[0:1], v12, v6, 0
	v_add_co_u32_e32 v6, vcc, v10, v6
	v_addc_co_u32_e32 v10, vcc, v11, v7, vcc
	v_mad_u64_u32 v[6:7], s[0:1], v12, v18, 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_add_co_u32_e32 v6, vcc, v10, v6
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_add_co_u32_e32 v18, vcc, v13, v6
	v_addc_co_u32_e32 v19, vcc, v12, v7, vcc
	v_mad_u64_u32 v[6:7], s[0:1], v16, v18, 0
	v_mul_lo_u32 v12, v16, v19
	v_mul_lo_u32 v13, v17, v18
	v_add3_u32 v7, v7, v12, v13
	v_mad_u64_u32 v[10:11], s[0:1], v19, v6, 0
	v_mad_u64_u32 v[12:13], s[0:1], v18, v7, 0
	v_mul_hi_u32 v6, v18, v6
	v_add_co_u32_e32 v6, vcc, v6, v12
	v_addc_co_u32_e32 v12, vcc, 0, v13, vcc
	v_add_co_u32_e32 v6, vcc, v6, v10
	v_addc_co_u32_e32 v10, vcc, v12, v11, vcc
	v_mad_u64_u32 v[6:7], s[0:1], v19, v7, 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_add_co_u32_e32 v6, vcc, v10, v6
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_add_co_u32_e32 v10, vcc, v18, v6
	v_addc_co_u32_e32 v11, vcc, v19, v7, vcc
	v_add_co_u32_e32 v6, vcc, v0, v8
	v_addc_co_u32_e32 v7, vcc, v1, v8, vcc
	v_xor_b32_e32 v13, v6, v8
	v_xor_b32_e32 v12, v7, v8
	v_mad_u64_u32 v[6:7], s[0:1], v13, v11, 0
	v_mul_hi_u32 v16, v13, v10
	v_add_co_u32_e32 v16, vcc, v16, v6
	v_addc_co_u32_e32 v17, vcc, 0, v7, vcc
	v_mad_u64_u32 v[6:7], s[0:1], v12, v10, 0
	v_add_co_u32_e32 v6, vcc, v16, v6
	v_addc_co_u32_e32 v10, vcc, v17, v7, vcc
	v_mad_u64_u32 v[6:7], s[0:1], v12, v11, 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_add_co_u32_e32 v10, vcc, v10, v6
	v_addc_co_u32_e32 v11, vcc, 0, v7, vcc
	v_mul_lo_u32 v16, v14, v10
	v_mul_lo_u32 v17, v15, v11
	v_mad_u64_u32 v[6:7], s[0:1], v15, v10, 0
	v_add3_u32 v7, v7, v17, v16
	v_sub_u32_e32 v16, v12, v7
	v_sub_co_u32_e32 v6, vcc, v13, v6
	v_subb_co_u32_e64 v13, s[0:1], v16, v14, vcc
	v_sub_co_u32_e64 v16, s[0:1], v6, v15
	v_subbrev_co_u32_e64 v13, s[0:1], 0, v13, s[0:1]
	v_cmp_ge_u32_e64 s[0:1], v13, v14
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_ge_u32_e64 s[0:1], v16, v15
	v_cndmask_b32_e64 v16, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], v13, v14
	v_cndmask_b32_e64 v13, v17, v16, s[0:1]
	v_add_co_u32_e64 v16, s[0:1], 2, v10
	v_subb_co_u32_e32 v7, vcc, v12, v7, vcc
	v_addc_co_u32_e64 v17, s[0:1], 0, v11, s[0:1]
	v_cmp_ge_u32_e32 vcc, v7, v14
	v_add_co_u32_e64 v18, s[0:1], 1, v10
	v_cndmask_b32_e64 v12, 0, -1, vcc
	v_cmp_ge_u32_e32 vcc, v6, v15
	v_addc_co_u32_e64 v19, s[0:1], 0, v11, s[0:1]
	v_cndmask_b32_e64 v6, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, v7, v14
	v_cmp_ne_u32_e64 s[0:1], 0, v13
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cndmask_b32_e64 v13, v19, v17, s[0:1]
	v_cmp_ne_u32_e32 vcc, 0, v6
	v_cndmask_b32_e64 v7, v18, v16, s[0:1]
	v_cndmask_b32_e32 v6, v11, v13, vcc
	v_cndmask_b32_e32 v7, v10, v7, vcc
	v_xor_b32_e32 v10, v6, v9
	v_xor_b32_e32 v6, v7, v9
	v_sub_co_u32_e32 v6, vcc, v6, v9
	v_subb_co_u32_e32 v7, vcc, v10, v9, vcc
.LBB0_3:                                ; %Flow
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_andn2_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_5
; %bb.4:
	.loc	1 101 29 is_stmt 1              ; kernels.py:101:29
	v_cvt_f32_u32_e32 v6, v4
	v_sub_u32_e32 v7, 0, v4
	v_rcp_iflag_f32_e32 v6, v6
	v_mul_f32_e32 v6, 0x4f7ffffe, v6
	v_cvt_u32_f32_e32 v6, v6
	v_mul_lo_u32 v7, v7, v6
	v_mul_hi_u32 v7, v6, v7
	v_add_u32_e32 v6, v6, v7
	v_mul_hi_u32 v6, v0, v6
	v_mul_lo_u32 v7, v6, v4
	v_sub_u32_e32 v7, v0, v7
	v_add_u32_e32 v9, 1, v6
	v_sub_u32_e32 v10, v7, v4
	v_cmp_ge_u32_e32 vcc, v7, v4
	v_cndmask_b32_e32 v7, v7, v10, vcc
	v_cndmask_b32_e32 v6, v6, v9, vcc
	v_add_u32_e32 v9, 1, v6
	v_cmp_ge_u32_e32 vcc, v7, v4
	v_cndmask_b32_e32 v6, v6, v9, vcc
	v_mov_b32_e32 v7, 0
.LBB0_5:                                ; %.split
	.loc	1 0 29 is_stmt 0                ; kernels.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 14 is_stmt 1              ; kernels.py:101:14
	s_waitcnt lgkmcnt(0)
	v_mov_b32_e32 v9, s3
	v_add_co_u32_e32 v2, vcc, s2, v2
	v_addc_co_u32_e32 v3, vcc, v9, v3, vcc
	.loc	1 101 40 is_stmt 0              ; kernels.py:101:40
	v_mul_lo_u32 v9, v7, v4
	v_mul_lo_u32 v10, v6, v5
	v_mad_u64_u32 v[4:5], s[0:1], v6, v4, 0
	v_add3_u32 v5, v5, v10, v9
	v_sub_co_u32_e32 v12, vcc, v0, v4
	.loc	1 101 50                        ; kernels.py:101:50
	s_mov_b32 s2, 0x8637a2a2
	s_mov_b32 s3, 0x4e5ace35
	.loc	1 101 40                        ; kernels.py:101:40
	v_subb_co_u32_e32 v13, vcc, v1, v5, vcc
	.loc	1 101 50                        ; kernels.py:101:50
	v_mul_lo_u32 v9, v8, s2
	v_mad_u64_u32 v[4:5], s[0:1], v8, s3, 0
	v_add3_u32 v5, v5, v9, v4
	v_mul_hi_u32 v8, v0, s3
	v_mov_b32_e32 v9, 0
	v_mad_u64_u32 v[10:11], s[0:1], v1, s3, v[8:9]
	v_mov_b32_e32 v8, v10
	v_mad_u64_u32 v[8:9], s[0:1], v0, s2, v[8:9]
	v_add_co_u32_e32 v8, vcc, v11, v9
	v_mad_u64_u32 v[4:5], s[0:1], v0, -1, v[4:5]
	v_addc_co_u32_e64 v9, s[0:1], 0, 0, vcc
	v_sub_u32_e32 v5, v5, v1
	v_mad_u64_u32 v[8:9], s[0:1], v1, s2, v[8:9]
	v_sub_u32_e32 v5, v5, v0
	v_add_co_u32_e32 v4, vcc, v8, v4
	v_addc_co_u32_e32 v5, vcc, v9, v5, vcc
	v_mad_u64_u32 v[4:5], s[0:1], v0, 1, v[4:5]
	v_add_u32_e32 v5, v1, v5
	v_ashrrev_i64 v[8:9], 19, v[4:5]
	v_lshrrev_b32_e32 v4, 31, v5
	v_add_co_u32_e32 v4, vcc, v8, v4
	s_mov_b32 s2, 0xf4243
	v_addc_co_u32_e32 v8, vcc, 0, v9, vcc
	v_mad_u64_u32 v[4:5], s[0:1], v4, s2, 0
	v_mad_i32_i24 v5, v8, s2, v5
	v_sub_co_u32_e32 v0, vcc, v0, v4
	v_subb_co_u32_e32 v1, vcc, v1, v5, vcc
	.loc	1 101 28                        ; kernels.py:101:28
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	v_add_co_u32_e32 v0, vcc, v0, v12
	v_addc_co_u32_e32 v1, vcc, v1, v13, vcc
	.loc	1 101 5                         ; kernels.py:101:5
	global_store_dwordx2 v[2:3], v[0:1], off
.LBB0_6:                                ; %.critedge
	.loc	1 93 1 is_stmt 1                ; kernels.py:93:1
	s_endpgm
.Ltmp2:
.Lfunc_end0:
	.size	int_division, .Lfunc_end0-int_division
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel int_division
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 72
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 10
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 20
		.amdhsa_next_free_sgpr 17
		.amdhsa_accum_offset 20
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
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
                                        ; -- End function
	.set .Lint_division.num_vgpr, 20
	.set .Lint_division.num_agpr, 0
	.set .Lint_division.numbered_sgpr, 17
	.set .Lint_division.num_named_barrier, 0
	.set .Lint_division.private_seg_size, 0
	.set .Lint_division.uses_vcc, 1
	.set .Lint_division.uses_flat_scratch, 0
	.set .Lint_division.has_dyn_sized_stack, 0
	.set .Lint_division.has_recursion, 0
	.set .Lint_division.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1624
; TotalNumSgprs: 21
; NumVgprs: 20
; NumAgprs: 0
; TotalNumVgprs: 20
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 21
; NumVGPRsForWavesPerEU: 20
; AccumOffset: 20
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 4
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
	.byte	0                               ; DW_CHILDREN_no
	.byte	37                              ; DW_AT_producer
	.byte	14                              ; DW_FORM_strp
	.byte	19                              ; DW_AT_language
	.byte	5                               ; DW_FORM_data2
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	16                              ; DW_AT_stmt_list
	.byte	23                              ; DW_FORM_sec_offset
	.byte	27                              ; DW_AT_comp_dir
	.byte	14                              ; DW_FORM_strp
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
	.byte	1                               ; Abbrev [1] 0xb:0x1f DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"kernels.py"                    ; string offset=7 ; kernels.py
.Linfo_string2:
	.asciz	"samples/corpus"     ; string offset=18 ; samples/corpus
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
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
      - .offset:         48
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 72
    .max_flat_workgroup_size: 128
    .name:           int_division
    .private_segment_fixed_size: 0
    .sgpr_count:     21
    .sgpr_spill_count: 0
    .symbol:         int_division.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     20
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.0a-amd-amdhsa-unknown-gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

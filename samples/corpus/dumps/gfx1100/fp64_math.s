	.amdgcn_target "amdgpu11.00-amd-amdhsa-unknown-gfx1100"
	.amdhsa_code_object_version 5
	.text
	.globl	fp64_math                       ; -- Begin function fp64_math
	.p2align	8
	.type	fp64_math,@function
fp64_math:                              ; @fp64_math
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 107 39 prologue_end           ; kernels.py:107:39
	v_readfirstlane_b32 s2, v0
	v_dual_mov_b32 v1, 0x3ff00000 :: v_dual_and_b32 v0, 31, v0
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x18
	s_load_b128 s[4:7], s[0:1], 0x0
	.loc	1 107 12 is_stmt 0              ; kernels.py:107:12
	s_lshl_b32 s8, s15, 7
	.loc	1 113 5 is_stmt 1               ; kernels.py:113:5
	s_and_b32 s2, s2, 32
	v_mov_b32_e32 v7, 0
	.loc	1 107 12                        ; kernels.py:107:12
	v_or3_b32 v4, s2, v0, s8
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v8, 0x3ff00000
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 109 17                        ; kernels.py:109:17
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshlrev_b64 v[5:6], 3, v[4:5]
	.loc	1 108 12                        ; kernels.py:108:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc_lo, s3, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 109 17                        ; kernels.py:109:17
	v_add_co_u32 v2, s2, s4, v5
	v_add_co_ci_u32_e64 v3, null, s5, v6, s2
	.loc	1 109 9 is_stmt 0               ; kernels.py:109:9
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b64 v[7:8], v[2:3], off
.LBB0_2:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 107 12 is_stmt 1              ; kernels.py:107:12
	v_or_b32_e32 v13, 64, v4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 108 12                        ; kernels.py:108:12
	v_cmp_gt_i32_e64 s2, s3, v13
	.loc	1 109 9                         ; kernels.py:109:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_b64 v[0:1], v[2:3], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x10
	.loc	1 110 17 is_stmt 1              ; kernels.py:110:17
	v_add_co_u32 v11, s0, s6, v5
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v3, 2.0
	v_dual_mov_b32 v9, 0 :: v_dual_mov_b32 v10, 2.0
	v_add_co_ci_u32_e64 v12, null, s7, v6, s0
	.loc	1 110 9 is_stmt 0               ; kernels.py:110:9
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_b64 v[9:10], v[11:12], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 110 9                         ; kernels.py:110:9
	s_and_saveexec_b32 s0, s2
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_b64 v[2:3], v[11:12], off offset:512
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 113 14 is_stmt 1              ; kernels.py:113:14
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v5, s0, s4, v5
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v6, null, s5, v6, s0
	.loc	1 113 5 is_stmt 0               ; kernels.py:113:5
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execnz .LBB0_11
; %bb.9:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 113 5                         ; kernels.py:113:5
	s_and_saveexec_b32 s0, s2
	s_cbranch_execnz .LBB0_12
.LBB0_10:
	.loc	1 106 1 is_stmt 1               ; kernels.py:106:1
	s_endpgm
.LBB0_11:
	.loc	1 111 22                        ; kernels.py:111:22
	s_waitcnt vmcnt(0)
	v_div_scale_f64 v[11:12], null, v[9:10], v[9:10], v[7:8]
	.loc	1 111 39 is_stmt 0              ; kernels.py:111:39
	v_and_b32_e32 v14, 0x7fffffff, v8
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_scale_f64 v[26:27], vcc_lo, v[7:8], v[9:10], v[7:8]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 111 31                        ; kernels.py:111:31
	v_cmp_gt_i32_e64 s0, 0x10000000, v14
	v_cndmask_b32_e64 v14, 0, 0x100, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_ldexp_f64 v[14:15], |v[7:8]|, v14
	.loc	1 111 22                        ; kernels.py:111:22
	v_rcp_f64_e32 v[16:17], v[11:12]
	.loc	1 111 31                        ; kernels.py:111:31
	v_rsq_f64_e32 v[18:19], v[14:15]
	.loc	1 111 22                        ; kernels.py:111:22
	s_waitcnt_depctr depctr_va_vdst(0)
	v_fma_f64 v[20:21], -v[11:12], v[16:17], 1.0
	.loc	1 111 31                        ; kernels.py:111:31
	v_mul_f64 v[22:23], v[14:15], v[18:19]
	v_mul_f64 v[18:19], v[18:19], 0.5
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[16:17], v[16:17], v[20:21], v[16:17]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[20:21], -v[18:19], v[22:23], 0.5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[24:25], -v[11:12], v[16:17], 1.0
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[22:23], v[22:23], v[20:21], v[22:23]
	v_fma_f64 v[18:19], v[18:19], v[20:21], v[18:19]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[16:17], v[16:17], v[24:25], v[16:17]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[20:21], -v[22:23], v[22:23], v[14:15]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_mul_f64 v[24:25], v[26:27], v[16:17]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[20:21], v[20:21], v[18:19], v[22:23]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[11:12], -v[11:12], v[24:25], v[26:27]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[22:23], -v[20:21], v[20:21], v[14:15]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_fmas_f64 v[11:12], v[11:12], v[16:17], v[24:25]
	.loc	1 111 31                        ; kernels.py:111:31
	v_cmp_class_f64_e64 vcc_lo, v[14:15], 0x260
	v_fma_f64 v[16:17], v[22:23], v[18:19], v[20:21]
	v_cndmask_b32_e64 v18, 0, 0xffffff80, s0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_fixup_f64 v[11:12], v[11:12], v[9:10], v[7:8]
	.loc	1 111 31                        ; kernels.py:111:31
	v_ldexp_f64 v[16:17], v[16:17], v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 9                         ; kernels.py:111:9
	v_fma_f64 v[7:8], v[7:8], v[9:10], v[11:12]
	.loc	1 111 31                        ; kernels.py:111:31
	v_dual_cndmask_b32 v10, v17, v15 :: v_dual_cndmask_b32 v9, v16, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64 v[7:8], v[9:10], v[7:8]
	.loc	1 111 52                        ; kernels.py:111:52
	v_cvt_f64_i32_e32 v[9:10], v4
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64 v[7:8], v[7:8], -v[9:10]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 112 14 is_stmt 1              ; kernels.py:112:14
	v_cvt_f32_f64_e32 v4, v[7:8]
	v_mul_f32_e32 v4, 0.5, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 112 13 is_stmt 0              ; kernels.py:112:13
	v_cvt_f64_f32_e32 v[9:10], v4
	.loc	1 112 9                         ; kernels.py:112:9
	v_add_f64 v[7:8], v[7:8], v[9:10]
	.loc	1 113 5 is_stmt 1               ; kernels.py:113:5
	global_store_b64 v[5:6], v[7:8], off
	s_or_b32 exec_lo, exec_lo, s1
	s_and_saveexec_b32 s0, s2
	s_cbranch_execz .LBB0_10
.LBB0_12:
	.loc	1 111 22                        ; kernels.py:111:22
	s_waitcnt vmcnt(0)
	v_div_scale_f64 v[7:8], null, v[2:3], v[2:3], v[0:1]
	.loc	1 111 39 is_stmt 0              ; kernels.py:111:39
	v_and_b32_e32 v4, 0x7fffffff, v1
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_scale_f64 v[22:23], vcc_lo, v[0:1], v[2:3], v[0:1]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 111 31                        ; kernels.py:111:31
	v_cmp_gt_i32_e64 s0, 0x10000000, v4
	v_cndmask_b32_e64 v4, 0, 0x100, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_ldexp_f64 v[9:10], |v[0:1]|, v4
	v_cndmask_b32_e64 v4, 0, 0xffffff80, s0
	.loc	1 111 22                        ; kernels.py:111:22
	v_rcp_f64_e32 v[11:12], v[7:8]
	.loc	1 111 31                        ; kernels.py:111:31
	v_rsq_f64_e32 v[14:15], v[9:10]
	.loc	1 111 22                        ; kernels.py:111:22
	s_waitcnt_depctr depctr_va_vdst(0)
	v_fma_f64 v[16:17], -v[7:8], v[11:12], 1.0
	.loc	1 111 31                        ; kernels.py:111:31
	v_mul_f64 v[18:19], v[9:10], v[14:15]
	v_mul_f64 v[14:15], v[14:15], 0.5
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[11:12], v[11:12], v[16:17], v[11:12]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[16:17], -v[14:15], v[18:19], 0.5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[20:21], -v[7:8], v[11:12], 1.0
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[18:19], v[18:19], v[16:17], v[18:19]
	v_fma_f64 v[14:15], v[14:15], v[16:17], v[14:15]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[11:12], v[11:12], v[20:21], v[11:12]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[16:17], -v[18:19], v[18:19], v[9:10]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_mul_f64 v[20:21], v[22:23], v[11:12]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[16:17], v[16:17], v[14:15], v[18:19]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[7:8], -v[7:8], v[20:21], v[22:23]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[18:19], -v[16:17], v[16:17], v[9:10]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_fmas_f64 v[7:8], v[7:8], v[11:12], v[20:21]
	.loc	1 111 31                        ; kernels.py:111:31
	v_cmp_class_f64_e64 vcc_lo, v[9:10], 0x260
	v_fma_f64 v[11:12], v[18:19], v[14:15], v[16:17]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_fixup_f64 v[7:8], v[7:8], v[2:3], v[0:1]
	.loc	1 111 31                        ; kernels.py:111:31
	v_ldexp_f64 v[11:12], v[11:12], v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 9                         ; kernels.py:111:9
	v_fma_f64 v[0:1], v[0:1], v[2:3], v[7:8]
	.loc	1 111 31                        ; kernels.py:111:31
	v_dual_cndmask_b32 v3, v12, v10 :: v_dual_cndmask_b32 v2, v11, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64 v[0:1], v[2:3], v[0:1]
	.loc	1 111 52                        ; kernels.py:111:52
	v_cvt_f64_i32_e32 v[2:3], v13
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64 v[0:1], v[0:1], -v[2:3]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 112 14 is_stmt 1              ; kernels.py:112:14
	v_cvt_f32_f64_e32 v2, v[0:1]
	v_mul_f32_e32 v2, 0.5, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 112 13 is_stmt 0              ; kernels.py:112:13
	v_cvt_f64_f32_e32 v[2:3], v2
	.loc	1 112 9                         ; kernels.py:112:9
	v_add_f64 v[0:1], v[0:1], v[2:3]
	.loc	1 113 5 is_stmt 1               ; kernels.py:113:5
	global_store_b64 v[5:6], v[0:1], off offset:512
	.loc	1 106 1                         ; kernels.py:106:1
	s_endpgm
.Ltmp0:
.Lfunc_end0:
	.size	fp64_math, .Lfunc_end0-fp64_math
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp64_math
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 15
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
		.amdhsa_next_free_vgpr 28
		.amdhsa_next_free_sgpr 16
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp64_math)<<4)&1008)>>4
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
	.set .Lfp64_math.num_vgpr, 28
	.set .Lfp64_math.num_agpr, 0
	.set .Lfp64_math.numbered_sgpr, 16
	.set .Lfp64_math.num_named_barrier, 0
	.set .Lfp64_math.private_seg_size, 0
	.set .Lfp64_math.uses_vcc, 1
	.set .Lfp64_math.uses_flat_scratch, 0
	.set .Lfp64_math.has_dyn_sized_stack, 0
	.set .Lfp64_math.has_recursion, 0
	.set .Lfp64_math.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1024
; TotalNumSgprs: 18
; NumVgprs: 28
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 18
; NumVGPRsForWavesPerEU: 28
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 15
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
    .max_flat_workgroup_size: 64
    .name:           fp64_math
    .private_segment_fixed_size: 0
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         fp64_math.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     28
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.00-amd-amdhsa-unknown-gfx1100
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	fp64_math                       ; -- Begin function fp64_math
	.p2align	8
	.type	fp64_math,@function
fp64_math:                              ; @fp64_math
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 106 0                         ; kernels.py:106:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 25, 1), 1 ;  msbs: dst=0 src0=0 src1=0 src2=0
	s_mov_b64 s[64:65], 0
	v_nop
	global_prefetch_b8 v0, s[64:65] scope:SCOPE_SE
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_SCHED_MODE, 0, 2), 2
	v_mov_b64_e32 v[2:3], 1.0
.Ltmp0:
	.loc	1 107 39 prologue_end           ; kernels.py:107:39
	s_load_b128 s[4:7], s[0:1], 0x0 nv
	v_mov_b64_e32 v[4:5], 1.0
	s_load_b96 s[8:10], s[0:1], 0x10 nv
	v_and_b32_e32 v0, 31, v0
	s_wait_xcnt 0x0
	s_bfe_u32 s0, ttmp8, 0x50019
	.loc	1 107 12 is_stmt 0              ; kernels.py:107:12
	s_lshl_b32 s1, ttmp9, 7
	.loc	1 107 39                        ; kernels.py:107:39
	s_lshl_b32 s0, s0, 5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_and_b32 s0, s0, 32
	.loc	1 107 12                        ; kernels.py:107:12
	v_or3_b32 v0, s0, v0, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 109 17 is_stmt 1              ; kernels.py:109:17
	v_ashrrev_i32_e32 v1, 31, v0
	s_wait_kmcnt 0x0
	v_lshl_add_u64 v[6:7], v[0:1], 3, s[4:5]
	.loc	1 108 12                        ; kernels.py:108:12
	v_cmp_gt_i32_e64 s0, s10, v0
	.loc	1 109 9                         ; kernels.py:109:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(1)
	global_load_b64 v[4:5], v[6:7], off
.LBB0_2:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 107 12 is_stmt 1              ; kernels.py:107:12
	v_or_b32_e32 v12, 64, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 108 12                        ; kernels.py:108:12
	v_cmp_gt_i32_e64 s1, s10, v12
	.loc	1 109 9                         ; kernels.py:109:9
	s_and_saveexec_b32 s2, s1
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(3)
	global_load_b64 v[2:3], v[6:7], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 110 17 is_stmt 1              ; kernels.py:110:17
	v_lshl_add_u64 v[10:11], v[0:1], 3, s[6:7]
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b64_e32 v[6:7], 2.0
	v_mov_b64_e32 v[8:9], 2.0
	.loc	1 110 9 is_stmt 0               ; kernels.py:110:9
	s_and_saveexec_b32 s2, s0
	s_cbranch_execz .LBB0_6
; %bb.5:
	s_wait_alu depctr_va_vdst(0)
	global_load_b64 v[8:9], v[10:11], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 110 9                         ; kernels.py:110:9
	s_and_saveexec_b32 s2, s1
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_wait_alu depctr_va_vdst(1)
	global_load_b64 v[6:7], v[10:11], off offset:512
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 111 39 is_stmt 1              ; kernels.py:111:39
	s_wait_loadcnt 0x0
	v_and_b32_e32 v13, 0x7fffffff, v5
	v_and_b32_e32 v14, 0x7fffffff, v3
	.loc	1 111 22 is_stmt 0              ; kernels.py:111:22
	s_wait_alu depctr_vm_vsrc(0)
	v_div_scale_f64 v[10:11], null, v[8:9], v[8:9], v[4:5]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 111 31                        ; kernels.py:111:31
	v_cmp_gt_i32_e64 s2, 0x10000000, v13
	v_cmp_gt_i32_e64 s3, 0x10000000, v14
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_scale_f64 v[14:15], vcc_lo, v[4:5], v[8:9], v[4:5]
	v_div_scale_f64 v[16:17], null, v[6:7], v[6:7], v[2:3]
	v_div_scale_f64 v[18:19], s4, v[2:3], v[6:7], v[2:3]
	v_rcp_f64_e32 v[20:21], v[10:11]
	.loc	1 111 31                        ; kernels.py:111:31
	v_cndmask_b32_e64 v13, 0, 0x100, s2
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 111 22                        ; kernels.py:111:22
	v_rcp_f64_e32 v[22:23], v[16:17]
	.loc	1 111 31                        ; kernels.py:111:31
	v_cndmask_b32_e64 v44, 0, 0xffffff80, s2
	.loc	1 111 52                        ; kernels.py:111:52
	v_cvt_f64_i32_e32 v[24:25], v0
	.loc	1 111 31                        ; kernels.py:111:31
	v_ldexp_f64 v[26:27], |v[4:5]|, v13
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[28:29], -v[10:11], v[20:21], 1.0
	v_fma_f64 v[30:31], -v[16:17], v[22:23], 1.0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_fmac_f64_e32 v[20:21], v[20:21], v[28:29]
	.loc	1 111 31                        ; kernels.py:111:31
	v_rsq_f64_e32 v[28:29], v[26:27]
	v_cndmask_b32_e64 v32, 0, 0x100, s3
	.loc	1 111 52                        ; kernels.py:111:52
	v_cvt_f64_i32_e32 v[12:13], v12
	.loc	1 111 22                        ; kernels.py:111:22
	v_fmac_f64_e32 v[22:23], v[22:23], v[30:31]
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 111 31                        ; kernels.py:111:31
	v_ldexp_f64 v[30:31], |v[2:3]|, v32
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[32:33], -v[10:11], v[20:21], 1.0
	.loc	1 113 14 is_stmt 1              ; kernels.py:113:14
	v_lshl_add_u64 v[0:1], v[0:1], 3, s[8:9]
	.loc	1 111 31                        ; kernels.py:111:31
	v_cmp_class_f64_e64 s2, v[26:27], 0x260
	v_cmp_class_f64_e64 s5, v[30:31], 0x260
	.loc	1 111 22 is_stmt 0              ; kernels.py:111:22
	v_fma_f64 v[34:35], -v[16:17], v[22:23], 1.0
	.loc	1 111 31                        ; kernels.py:111:31
	v_rsq_f64_e32 v[36:37], v[30:31]
	v_mul_f64_e32 v[38:39], v[26:27], v[28:29]
	v_mul_f64_e32 v[28:29], 0.5, v[28:29]
	.loc	1 111 22                        ; kernels.py:111:22
	v_fmac_f64_e32 v[20:21], v[20:21], v[32:33]
	.loc	1 111 31                        ; kernels.py:111:31
	v_cndmask_b32_e64 v45, 0, 0xffffff80, s3
	.loc	1 111 22                        ; kernels.py:111:22
	v_fmac_f64_e32 v[22:23], v[22:23], v[34:35]
	.loc	1 111 31                        ; kernels.py:111:31
	v_mul_f64_e32 v[32:33], v[30:31], v[36:37]
	v_fma_f64 v[34:35], -v[28:29], v[38:39], 0.5
	v_mul_f64_e32 v[36:37], 0.5, v[36:37]
	.loc	1 111 22                        ; kernels.py:111:22
	v_mul_f64_e32 v[40:41], v[14:15], v[20:21]
	v_mul_f64_e32 v[42:43], v[18:19], v[22:23]
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 111 31                        ; kernels.py:111:31
	v_fmac_f64_e32 v[38:39], v[38:39], v[34:35]
	v_fmac_f64_e32 v[28:29], v[28:29], v[34:35]
	v_fma_f64 v[34:35], -v[36:37], v[32:33], 0.5
	.loc	1 111 22                        ; kernels.py:111:22
	v_fma_f64 v[10:11], -v[10:11], v[40:41], v[14:15]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[14:15], -v[38:39], v[38:39], v[26:27]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_fmas_f64 v[10:11], v[10:11], v[20:21], v[40:41]
	v_fma_f64 v[16:17], -v[16:17], v[42:43], v[18:19]
	v_div_fixup_f64 v[10:11], v[10:11], v[8:9], v[4:5]
	s_mov_b32 vcc_lo, s4
	s_delay_alu instid0(VALU_DEP_2)
	v_div_fmas_f64 v[16:17], v[16:17], v[22:23], v[42:43]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fmac_f64_e32 v[32:33], v[32:33], v[34:35]
	v_fmac_f64_e32 v[36:37], v[36:37], v[34:35]
	v_fmac_f64_e32 v[38:39], v[14:15], v[28:29]
	.loc	1 111 9                         ; kernels.py:111:9
	v_fmac_f64_e32 v[10:11], v[4:5], v[8:9]
	.loc	1 111 22                        ; kernels.py:111:22
	v_div_fixup_f64 v[4:5], v[16:17], v[6:7], v[2:3]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fma_f64 v[8:9], -v[32:33], v[32:33], v[30:31]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f64 v[14:15], -v[38:39], v[38:39], v[26:27]
	v_fmac_f64_e32 v[32:33], v[8:9], v[36:37]
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 111 9                         ; kernels.py:111:9
	v_fmac_f64_e32 v[4:5], v[2:3], v[6:7]
	.loc	1 111 31                        ; kernels.py:111:31
	v_fmac_f64_e32 v[38:39], v[14:15], v[28:29]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f64 v[2:3], -v[32:33], v[32:33], v[30:31]
	v_ldexp_f64 v[6:7], v[38:39], v44
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmac_f64_e32 v[32:33], v[2:3], v[36:37]
	v_dual_cndmask_b32 v3, v7, v27, s2 :: v_dual_cndmask_b32 v2, v6, v26, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64_e32 v[2:3], v[2:3], v[10:11]
	.loc	1 111 31                        ; kernels.py:111:31
	v_ldexp_f64 v[6:7], v[32:33], v45
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64_e64 v[2:3], v[2:3], -v[24:25]
	.loc	1 111 31                        ; kernels.py:111:31
	v_dual_cndmask_b32 v7, v7, v31, s5 :: v_dual_cndmask_b32 v6, v6, v30, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64_e32 v[4:5], v[6:7], v[4:5]
	.loc	1 112 14 is_stmt 1              ; kernels.py:112:14
	v_cvt_f32_f64_e32 v6, v[2:3]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 111 9                         ; kernels.py:111:9
	v_add_f64_e64 v[4:5], v[4:5], -v[12:13]
	.loc	1 112 14                        ; kernels.py:112:14
	v_cvt_f32_f64_e32 v7, v[4:5]
	s_delay_alu instid0(VALU_DEP_1)
	v_pk_mul_f32 v[6:7], v[6:7], 0.5 op_sel_hi:[1,0]
	.loc	1 113 5                         ; kernels.py:113:5
	s_and_saveexec_b32 s2, s0
	s_cbranch_execnz .LBB0_11
; %bb.9:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 113 5                         ; kernels.py:113:5
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_12
.LBB0_10:
	.loc	1 106 1 is_stmt 1               ; kernels.py:106:1
	s_endpgm
.LBB0_11:
	.loc	1 0 1 is_stmt 0                 ; kernels.py:0:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_f64_f32_e32 v[8:9], v6
	v_add_f64_e32 v[2:3], v[2:3], v[8:9]
	.loc	1 113 5 is_stmt 1               ; kernels.py:113:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b64 v[0:1], v[2:3], off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_10
.LBB0_12:
	.loc	1 112 13                        ; kernels.py:112:13
	s_wait_alu depctr_vm_vsrc(0)
	v_cvt_f64_f32_e32 v[2:3], v7
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 112 9 is_stmt 0               ; kernels.py:112:9
	v_add_f64_e32 v[2:3], v[4:5], v[2:3]
	.loc	1 113 5 is_stmt 1               ; kernels.py:113:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b64 v[0:1], v[2:3], off offset:512
	.loc	1 106 1                         ; kernels.py:106:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp64_math, .Lfunc_end0-fp64_math
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp64_math
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 46
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp64_math)<<4)&4080)>>4
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
	.set .Lfp64_math.num_vgpr, 46
	.set .Lfp64_math.num_agpr, 0
	.set .Lfp64_math.numbered_sgpr, 66
	.set .Lfp64_math.num_named_barrier, 0
	.set .Lfp64_math.private_seg_size, 0
	.set .Lfp64_math.uses_vcc, 1
	.set .Lfp64_math.uses_flat_scratch, 0
	.set .Lfp64_math.has_dyn_sized_stack, 0
	.set .Lfp64_math.has_recursion, 0
	.set .Lfp64_math.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 952
; TotalNumSgprs: 68
; NumVgprs: 46
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 46
; NamedBarCnt: 0
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
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         fp64_math.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     46
    .vgpr_spill_count: 0
    .wavefront_size: 32
amdhsa.target:   amdgpu12.50-amd-amdhsa-unknown-gfx1250
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

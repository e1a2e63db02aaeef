	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm_scaled                     ; -- Begin function gemm_scaled
	.p2align	8
	.type	gemm_scaled,@function
gemm_scaled:                            ; @gemm_scaled
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 204 0                         ; kernels.py:204:0
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
.Ltmp0:
	.loc	1 214 23 prologue_end           ; kernels.py:214:23
	v_mov_b32_e32 v1, 0
	.loc	1 215 15                        ; kernels.py:215:15
	s_bfe_u32 s14, ttmp8, 0x50019
	.loc	1 211 17                        ; kernels.py:211:17
	s_mov_b32 s3, 0
	.loc	1 211 25 is_stmt 0              ; kernels.py:211:25
	v_and_b32_e32 v32, 31, v0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 214 23 is_stmt 1              ; kernels.py:214:23
	v_dual_mov_b32 v19, v1 :: v_dual_bitop2_b32 v18, 3, v0 bitop3:0x40
	.loc	1 211 9                         ; kernels.py:211:9
	v_dual_lshlrev_b32 v20, 3, v0 :: v_dual_bitop2_b32 v24, 15, v0 bitop3:0x40
	.loc	1 212 9                         ; kernels.py:212:9
	v_dual_lshlrev_b32 v22, 5, v0 :: v_dual_bitop2_b32 v21, 16, v0 bitop3:0x40
	v_dual_lshlrev_b32 v23, 1, v0 :: v_dual_bitop2_b32 v25, 8, v0 bitop3:0x40
	.loc	1 214 15                        ; kernels.py:214:15
	v_and_b32_e32 v33, 28, v0
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 211 9                         ; kernels.py:211:9
	v_lshlrev_b32_e32 v30, 6, v24
	v_bitop3_b32 v31, v20, v21, 48 bitop3:0x6c
	.loc	1 212 9                         ; kernels.py:212:9
	v_and_b32_e32 v34, 0x260, v22
	v_dual_lshlrev_b32 v21, 4, v25 :: v_dual_bitop2_b32 v20, 8, v23 bitop3:0x40
	.loc	1 214 15                        ; kernels.py:214:15
	v_lshl_add_u32 v35, v18, 5, 0
	v_dual_lshrrev_b32 v22, 2, v25 :: v_dual_bitop2_b32 v36, 28, v0 bitop3:0x40
	.loc	1 211 25                        ; kernels.py:211:25
	s_lshl_b32 s15, s14, 5
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 212 9                         ; kernels.py:212:9
	v_add3_u32 v25, 0, v20, v21
	.loc	1 211 25                        ; kernels.py:211:25
	v_bitop3_b32 v0, v32, 0x7c, s15 bitop3:0xc8
	.loc	1 211 55 is_stmt 0              ; kernels.py:211:55
	v_bitop3_b32 v37, v32, 63, s15 bitop3:0xc8
	.loc	1 211 9                         ; kernels.py:211:9
	v_bitop3_b32 v20, v32, 0x7f, s15 bitop3:0xc8
	.loc	1 214 15 is_stmt 1              ; kernels.py:214:15
	v_dual_add_nc_u32 v38, 0, v22 :: v_dual_bitop2_b32 v21, s15, v32 bitop3:0x54
	.loc	1 215 15                        ; kernels.py:215:15
	s_clause 0x1
	s_load_b256 s[4:11], s[0:1], 0x0 nv
	s_load_b64 s[12:13], s[0:1], 0x20 nv
	.loc	1 211 9                         ; kernels.py:211:9
	v_add_nc_u32_e32 v10, 0, v20
	v_xad_u32 v2, v20, 16, 0
	v_xad_u32 v3, v20, 32, 0
	v_xad_u32 v4, v20, 48, 0
	.loc	1 217 14                        ; kernels.py:217:14
	v_lshlrev_b32_e32 v39, 1, v21
	.loc	1 211 25                        ; kernels.py:211:25
	s_and_b32 s2, s15, 64
	.loc	1 212 17                        ; kernels.py:212:17
	s_wait_xcnt 0x0
	s_mov_b32 s1, s3
	.loc	1 212 25 is_stmt 0              ; kernels.py:212:25
	s_and_b32 s0, s15, 0x60
	.loc	1 211 25 is_stmt 1              ; kernels.py:211:25
	s_bfe_u32 s16, s14, 0x10001
	.loc	1 214 15                        ; kernels.py:214:15
	s_brev_b32 s17, s14
	v_add3_u32 v40, v38, s16, v36
	.loc	1 214 23 is_stmt 0              ; kernels.py:214:23
	s_wait_kmcnt 0x0
	v_add_nc_u64_e32 v[20:21], s[6:7], v[0:1]
	.loc	1 215 23 is_stmt 1              ; kernels.py:215:23
	v_add_nc_u64_e32 v[22:23], s[10:11], v[0:1]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 214 23                        ; kernels.py:214:23
	v_add_nc_u64_e32 v[26:27], v[20:21], v[18:19]
	.loc	1 215 23                        ; kernels.py:215:23
	v_add_nc_u64_e32 v[28:29], v[22:23], v[18:19]
	.loc	1 211 25                        ; kernels.py:211:25
	s_lshr_b32 s6, s2, 2
	.loc	1 211 17 is_stmt 0              ; kernels.py:211:17
	s_add_nc_u64 s[4:5], s[4:5], s[2:3]
	.loc	1 211 25                        ; kernels.py:211:25
	v_or_b32_e32 v0, s6, v24
	.loc	1 211 9                         ; kernels.py:211:9
	s_wait_alu depctr_va_vdst(13)
	s_clause 0xf
	global_load_u8 v5, v37, s[4:5]
	global_load_u8 v6, v37, s[4:5] offset:512
	global_load_u8 v7, v37, s[4:5] offset:1024
	global_load_u8 v8, v37, s[4:5] offset:1536
	global_load_u8 v9, v37, s[4:5] offset:128
	global_load_u8 v11, v37, s[4:5] offset:640
	global_load_u8 v12, v37, s[4:5] offset:1152
	global_load_u8 v13, v37, s[4:5] offset:1664
	global_load_u8 v14, v37, s[4:5] offset:256
	global_load_u8 v15, v37, s[4:5] offset:768
	global_load_u8 v16, v37, s[4:5] offset:1280
	global_load_u8 v17, v37, s[4:5] offset:1792
	global_load_u8 v41, v37, s[4:5] offset:384
	global_load_u8 v42, v37, s[4:5] offset:896
	global_load_u8 v43, v37, s[4:5] offset:1408
	global_load_u8 v44, v37, s[4:5] offset:1920
	.loc	1 214 15 is_stmt 1              ; kernels.py:214:15
	s_wait_alu depctr_va_vdst(2)
	global_load_u8 v45, v[26:27], off
	.loc	1 215 15                        ; kernels.py:215:15
	s_wait_alu depctr_va_vdst(1)
	global_load_u8 v46, v[28:29], off
	.loc	1 217 14                        ; kernels.py:217:14
	v_lshlrev_b32_e32 v0, 7, v0
	.loc	1 211 9                         ; kernels.py:211:9
	s_lshl_b32 s2, s2, 4
	.loc	1 212 17                        ; kernels.py:212:17
	s_add_nc_u64 s[0:1], s[8:9], s[0:1]
	.loc	1 211 9                         ; kernels.py:211:9
	v_or3_b32 v20, s2, v30, v31
	.loc	1 212 9                         ; kernels.py:212:9
	s_wait_alu depctr_vm_vsrc(1)
	global_load_u8 v26, v32, s[0:1]
	.loc	1 217 14                        ; kernels.py:217:14
	v_add_nc_u64_e32 v[18:19], s[12:13], v[0:1]
	.loc	1 212 9                         ; kernels.py:212:9
	global_load_u8 v27, v32, s[0:1] offset:128
	s_wait_alu depctr_vm_vsrc(2)
	s_clause 0x4
	global_load_u8 v28, v32, s[0:1] offset:256
	global_load_u8 v29, v32, s[0:1] offset:384
	global_load_u8 v37, v32, s[0:1] offset:512
	global_load_u8 v47, v32, s[0:1] offset:640
	global_load_u8 v48, v32, s[0:1] offset:768
	.loc	1 217 14                        ; kernels.py:217:14
	v_and_b32_e32 v0, 0x60, v39
	.loc	1 212 9                         ; kernels.py:212:9
	global_load_u8 v49, v32, s[0:1] offset:896
	.loc	1 211 9                         ; kernels.py:211:9
	v_add_nc_u32_e32 v21, 0, v20
	.loc	1 212 9                         ; kernels.py:212:9
	global_load_u8 v50, v32, s[0:1] offset:1024
	.loc	1 211 9                         ; kernels.py:211:9
	v_xad_u32 v20, v20, 32, 0
	.loc	1 217 14                        ; kernels.py:217:14
	v_add_nc_u64_e32 v[30:31], v[18:19], v[0:1]
	.loc	1 212 9                         ; kernels.py:212:9
	s_wait_alu depctr_va_vdst(0)
	s_clause 0x6
	global_load_u8 v0, v32, s[0:1] offset:1152
	global_load_u8 v1, v32, s[0:1] offset:1280
	global_load_u8 v18, v32, s[0:1] offset:1408
	global_load_u8 v19, v32, s[0:1] offset:1536
	global_load_u8 v22, v32, s[0:1] offset:1664
	global_load_u8 v23, v32, s[0:1] offset:1792
	global_load_u8 v24, v32, s[0:1] offset:1920
	.loc	1 214 15                        ; kernels.py:214:15
	s_wait_xcnt 0x0
	s_lshr_b32 s0, s17, 30
	.loc	1 215 15                        ; kernels.py:215:15
	s_and_b32 s1, s14, 1
	.loc	1 214 15                        ; kernels.py:214:15
	s_wait_alu depctr_vm_vsrc(0)
	v_add3_u32 v32, v35, v33, s0
	.loc	1 215 15                        ; kernels.py:215:15
	v_add3_u32 v33, v38, s1, v36
	.loc	1 212 9                         ; kernels.py:212:9
	s_and_b32 s0, s15, 32
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_lshr_b32 s0, s0, 1
	v_add3_u32 v25, v25, s0, v34
	.loc	1 211 9                         ; kernels.py:211:9
	s_wait_loadcnt 0x21
	ds_store_b8 v10, v5
	s_wait_loadcnt 0x20
	ds_store_b8 v10, v6 offset:512
	s_wait_loadcnt 0x1f
	ds_store_b8 v10, v7 offset:1024
	s_wait_loadcnt 0x1e
	ds_store_b8 v10, v8 offset:1536
	s_wait_loadcnt 0x1d
	ds_store_b8 v2, v9 offset:128
	s_wait_loadcnt 0x1c
	ds_store_b8 v2, v11 offset:640
	s_wait_loadcnt 0x1b
	ds_store_b8 v2, v12 offset:1152
	s_wait_loadcnt 0x1a
	ds_store_b8 v2, v13 offset:1664
	s_wait_loadcnt 0x19
	ds_store_b8 v3, v14 offset:256
	s_wait_loadcnt 0x18
	ds_store_b8 v3, v15 offset:768
	s_wait_loadcnt 0x17
	ds_store_b8 v3, v16 offset:1280
	s_wait_loadcnt 0x16
	ds_store_b8 v3, v17 offset:1792
	s_wait_loadcnt 0x15
	ds_store_b8 v4, v41 offset:384
	s_wait_loadcnt 0x14
	ds_store_b8 v4, v42 offset:896
	s_wait_loadcnt 0x13
	ds_store_b8 v4, v43 offset:1408
	s_wait_loadcnt 0x12
	ds_store_b8 v4, v44 offset:1920
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b128 v[2:5], v21
	ds_load_b128 v[6:9], v20
	.loc	1 212 9                         ; kernels.py:212:9
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_loadcnt 0xf
	ds_store_b8 v10, v26
	s_wait_loadcnt 0xe
	ds_store_b8 v10, v27 offset:128
	s_wait_loadcnt 0xd
	ds_store_b8 v10, v28 offset:256
	s_wait_loadcnt 0xc
	ds_store_b8 v10, v29 offset:384
	s_wait_loadcnt 0xb
	ds_store_b8 v10, v37 offset:512
	s_wait_loadcnt 0xa
	ds_store_b8 v10, v47 offset:640
	s_wait_loadcnt 0x9
	ds_store_b8 v10, v48 offset:768
	s_wait_loadcnt 0x8
	ds_store_b8 v10, v49 offset:896
	s_wait_loadcnt 0x7
	ds_store_b8 v10, v50 offset:1024
	s_wait_loadcnt 0x6
	ds_store_b8 v10, v0 offset:1152
	s_wait_loadcnt 0x5
	ds_store_b8 v10, v1 offset:1280
	s_wait_loadcnt 0x4
	ds_store_b8 v10, v18 offset:1408
	s_wait_loadcnt 0x3
	ds_store_b8 v10, v19 offset:1536
	s_wait_loadcnt 0x2
	ds_store_b8 v10, v22 offset:1664
	s_wait_loadcnt 0x1
	ds_store_b8 v10, v23 offset:1792
	s_wait_loadcnt 0x0
	ds_store_b8 v10, v24 offset:1920
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_va_vdst(0)
	ds_load_tr8_b64 v[10:11], v25
	ds_load_tr8_b64 v[12:13], v25 offset:256
	ds_load_tr8_b64 v[14:15], v25 offset:1024
	ds_load_tr8_b64 v[16:17], v25 offset:1280
	.loc	1 214 15                        ; kernels.py:214:15
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_store_b8 v32, v45
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 216 9                         ; kernels.py:216:9
	ds_load_u8 v0, v40 offset:96
	s_wait_alu depctr_vm_vsrc(6)
	ds_load_u8 v1, v40 offset:64
	ds_load_u8 v18, v40
	ds_load_u8 v19, v40 offset:32
	s_wait_dscnt 0x2
	v_perm_b32 v0, v1, v0, 0xc0c0004
	.loc	1 215 15                        ; kernels.py:215:15
	s_wait_dscnt 0x0
	s_barrier_signal -1
	.loc	1 216 9                         ; kernels.py:216:9
	v_perm_b32 v1, v18, v19, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_or_b32 v0, v0, 16, v1
	.loc	1 215 15                        ; kernels.py:215:15
	s_barrier_wait -1
	ds_store_b8 v32, v46
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 216 9                         ; kernels.py:216:9
	s_wait_alu depctr_va_vdst(0)
	ds_load_u8 v1, v33 offset:96
	ds_load_u8 v18, v33 offset:64
	ds_load_u8 v19, v33
	ds_load_u8 v20, v33 offset:32
	s_wait_dscnt 0x2
	v_perm_b32 v1, v18, v1, 0xc0c0004
	s_wait_dscnt 0x0
	v_perm_b32 v18, v19, v20, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_lshl_or_b32 v1, v1, 16, v18
	s_wait_alu depctr_vm_vsrc(6)
	v_wmma_scale_f32_16x16x128_f8f6f4 v[18:25], v[10:17], v[2:9], 0, v1, v0 matrix_a_fmt:MATRIX_FMT_FP4 matrix_b_fmt:MATRIX_FMT_FP4
	.loc	1 217 5                         ; kernels.py:217:5
	s_wait_alu depctr_va_vdst(0)
	s_clause 0x1
	global_store_b128 v[30:31], v[18:21], off
	global_store_b128 v[30:31], v[22:25], off offset:16
	.loc	1 204 1                         ; kernels.py:204:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	gemm_scaled, .Lfunc_end0-gemm_scaled
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel gemm_scaled
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
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
		.amdhsa_next_free_vgpr 51
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-gemm_scaled)<<4)&4080)>>4
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
	.set .Lgemm_scaled.num_vgpr, 51
	.set .Lgemm_scaled.num_agpr, 0
	.set .Lgemm_scaled.numbered_sgpr, 66
	.set .Lgemm_scaled.num_named_barrier, 0
	.set .Lgemm_scaled.private_seg_size, 0
	.set .Lgemm_scaled.uses_vcc, 0
	.set .Lgemm_scaled.uses_flat_scratch, 0
	.set .Lgemm_scaled.has_dyn_sized_stack, 0
	.set .Lgemm_scaled.has_recursion, 0
	.set .Lgemm_scaled.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1652
; TotalNumSgprs: 66
; NumVgprs: 51
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 66
; NumVGPRsForWavesPerEU: 51
; NamedBarCnt: 0
; Occupancy: 16
; WaveLimiterHint : 1
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 128
    .name:           gemm_scaled
    .private_segment_fixed_size: 0
    .sgpr_count:     66
    .sgpr_spill_count: 0
    .symbol:         gemm_scaled.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     51
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

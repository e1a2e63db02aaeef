	.amdgcn_target "amdgcn-amd-amdhsa--gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	fp8_to_fp32                     ; -- Begin function fp8_to_fp32
	.p2align	8
	.type	fp8_to_fp32,@function
fp8_to_fp32:                            ; @fp8_to_fp32
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.file	1 "fp8_cast.py"
	.loc	1 30 25 prologue_end            ; fp8_cast.py:30:25
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x10
	s_load_b128 s[4:7], s[0:1], 0x0
	v_dual_mov_b32 v1, 0 :: v_dual_lshlrev_b32 v4, 3, v0
	.loc	1 30 30 is_stmt 0               ; fp8_cast.py:30:30
	s_lshl_b32 s0, s2, 10
	.loc	1 32 16 is_stmt 1               ; fp8_cast.py:32:16
	s_mov_b32 s1, exec_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 30 38                         ; fp8_cast.py:30:38
	v_or_b32_e32 v3, s0, v4
	v_mov_b32_e32 v2, v1
	.loc	1 31 18                         ; fp8_cast.py:31:18
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_2)
	v_cmpx_gt_i32_e64 s3, v3
	.loc	1 32 16                         ; fp8_cast.py:32:16
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 0 16 is_stmt 0                ; fp8_cast.py:0:16
	v_ashrrev_i32_e32 v2, 31, v3
	v_add_co_u32 v1, vcc_lo, s4, v3
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e32 v2, vcc_lo, s5, v2, vcc_lo
	.loc	1 32 16                         ; fp8_cast.py:32:16
	global_load_b64 v[1:2], v[1:2], off
.LBB0_2:
	.loc	1 0 16                          ; fp8_cast.py:0:16
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 30 51 is_stmt 1               ; fp8_cast.py:30:51
	v_lshlrev_b32_e32 v3, 2, v0
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_add_nc_u32_e32 v0, 0, v4
	.loc	1 33 27 is_stmt 0               ; fp8_cast.py:33:27
	s_mov_b32 s1, exec_lo
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_add_nc_u32_e32 v4, 0, v3
	s_waitcnt vmcnt(0)
	ds_store_b64 v0, v[1:2]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	.loc	1 33 27                         ; fp8_cast.py:33:27
	ds_load_b32 v2, v4 offset:512
	.loc	1 30 38 is_stmt 1               ; fp8_cast.py:30:38
	v_or_b32_e32 v0, s0, v3
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 18                         ; fp8_cast.py:31:18
	v_cmpx_gt_i32_e64 s3, v0
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 33 32 is_stmt 0               ; fp8_cast.py:33:32
	ds_load_b32 v4, v4
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_ashrrev_i32_e32 v1, 31, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshlrev_b64 v[0:1], 2, v[0:1]
	v_add_co_u32 v0, vcc_lo, s6, v0
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e32 v1, vcc_lo, s7, v1, vcc_lo
	.loc	1 33 32                         ; fp8_cast.py:33:32
	s_waitcnt lgkmcnt(0)
	v_and_b32_e32 v5, 0xff000000, v4
	v_lshrrev_b32_e32 v6, 16, v4
	v_and_b32_e32 v7, 0xff00, v4
	v_lshlrev_b16 v4, 8, v4
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_lshrrev_b32_e32 v8, 16, v5
	v_lshlrev_b16 v6, 8, v6
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cvt_f32_f16_e32 v5, v7
	v_cvt_f32_f16_e32 v4, v4
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cvt_f32_f16_e32 v7, v8
	v_cvt_f32_f16_e32 v6, v6
	.loc	1 33 27                         ; fp8_cast.py:33:27
	global_store_b128 v[0:1], v[4:7], off
.LBB0_4:
	.loc	1 0 27                          ; fp8_cast.py:0:27
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 30 38 is_stmt 1               ; fp8_cast.py:30:38
	v_or3_b32 v0, v3, s0, 0x200
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_mov_b32 s1, exec_lo
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 31 18                         ; fp8_cast.py:31:18
	v_cmpx_gt_i32_e64 s3, v0
	.loc	1 33 27                         ; fp8_cast.py:33:27
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 33 21 is_stmt 0               ; fp8_cast.py:33:21
	s_ashr_i32 s1, s0, 31
	v_add_co_u32 v0, s0, v3, s0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v1, null, 0, s1, s0
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v3, 16, v2
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_and_b32_e32 v4, 0xff000000, v2
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_lshlrev_b16 v6, 8, v2
	v_lshlrev_b64 v[0:1], 2, v[0:1]
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_and_b32_e32 v2, 0xff00, v2
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_lshlrev_b16 v7, 8, v3
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_lshrrev_b32_e32 v3, 16, v4
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 33 21                         ; fp8_cast.py:33:21
	v_add_co_u32 v4, vcc_lo, s6, v0
	v_add_co_ci_u32_e32 v5, vcc_lo, s7, v1, vcc_lo
	.loc	1 33 32                         ; fp8_cast.py:33:32
	v_cvt_f32_f16_e32 v1, v2
	v_cvt_f32_f16_e32 v0, v6
	v_cvt_f32_f16_e32 v3, v3
	v_cvt_f32_f16_e32 v2, v7
	.loc	1 33 27                         ; fp8_cast.py:33:27
	global_store_b128 v[4:5], v[0:3], off offset:2048
.LBB0_6:
	.loc	1 33 4                          ; fp8_cast.py:33:4
	s_endpgm
.Ltmp0:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp32
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 32
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
		.amdhsa_next_free_vgpr 9
		.amdhsa_next_free_sgpr 8
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
		.amdhsa_forward_progress 0
		.amdhsa_shared_vgpr_count 0
		.amdhsa_inst_pref_size 0
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
	.size	fp8_to_fp32, .Lfunc_end0-fp8_to_fp32
	.cfi_endproc
                                        ; -- End function
	.set fp8_to_fp32.num_vgpr, 9
	.set fp8_to_fp32.num_agpr, 0
	.set fp8_to_fp32.numbered_sgpr, 8
	.set fp8_to_fp32.private_seg_size, 0
	.set fp8_to_fp32.uses_vcc, 1
	.set fp8_to_fp32.uses_flat_scratch, 0
	.set fp8_to_fp32.has_dyn_sized_stack, 0
	.set fp8_to_fp32.has_recursion, 0
	.set fp8_to_fp32.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 452
; TotalNumSgprs: 10
; NumVgprs: 9
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 1
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 10
; NumVGPRsForWavesPerEU: 9
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
      - .offset:         16
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 32
    .max_flat_workgroup_size: 128
    .name:           fp8_to_fp32
    .private_segment_fixed_size: 0
    .sgpr_count:     10
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp32.kd
    .uses_dynamic_stack: false
    .vgpr_count:     9
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

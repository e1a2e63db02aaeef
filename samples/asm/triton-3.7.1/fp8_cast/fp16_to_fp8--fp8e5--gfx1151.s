	.amdgcn_target "amdgcn-amd-amdhsa--gfx1151"
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
	s_clause 0x2
	s_load_b128 s[4:7], s[0:1], 0x0
	s_load_b64 s[8:9], s[0:1], 0x10
	s_load_b32 s0, s[0:1], 0x18
	v_mov_b32_e32 v1, 0
.Ltmp0:
	.loc	1 46 0 prologue_end             ; fp8_cast.py:46
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 51 31                         ; fp8_cast.py:51:31
	s_waitcnt lgkmcnt(0)
	global_load_b32 v4, v1, s[8:9]
	.loc	1 49 30                         ; fp8_cast.py:49:30
	s_lshl_b32 s1, s2, 10
	.loc	1 52 16                         ; fp8_cast.py:52:16
	s_and_b32 s9, s5, 0xffff
	.loc	1 49 38                         ; fp8_cast.py:49:38
	v_lshl_or_b32 v5, v0, 3, s1
	s_mov_b32 s11, 0x31027000
	s_mov_b32 s10, 0x7ffffffe
	.loc	1 52 16                         ; fp8_cast.py:52:16
	s_mov_b32 s8, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	.loc	1 50 18                         ; fp8_cast.py:50:18
	v_cmp_gt_i32_e64 s0, s0, v5
	.loc	1 51 23                         ; fp8_cast.py:51:23
	s_waitcnt vmcnt(0)
	v_div_scale_f32 v6, null, v4, v4, 1.0
	v_div_scale_f32 v9, vcc_lo, 1.0, v4, 1.0
	v_rcp_f32_e32 v7, v6
	v_xor_b32_e32 v6, 0x80000000, v6
	s_delay_alu instid0(TRANS32_DEP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v8, v6, v7, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_fmac_f32 v7, v8, v7 :: v_dual_lshlrev_b32 v0, 1, v5
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_cndmask_b32_e64 v0, 0x80000000, v0, s0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	.loc	1 51 23                         ; fp8_cast.py:51:23
	v_mul_f32_e32 v8, v9, v7
	.loc	1 52 16                         ; fp8_cast.py:52:16
	buffer_load_b128 v[0:3], v0, s[8:11], 0 offen
	.loc	1 53 27                         ; fp8_cast.py:53:27
	s_and_b32 s9, s7, 0xffff
	s_mov_b32 s8, s6
	.loc	1 51 23                         ; fp8_cast.py:51:23
	v_fma_f32 v10, v6, v8, v9
	v_fmac_f32_e32 v8, v10, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v9, v6, v8
	v_div_fmas_f32 v6, v9, v7, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_div_fixup_f32 v4, v6, v4, 1.0
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 2, 2), 0
	.loc	1 51 46 is_stmt 0               ; fp8_cast.py:51:46
	v_cvt_f16_f32_e32 v4, v4
	.loc	1 52 16 is_stmt 1               ; fp8_cast.py:52:16
	s_waitcnt vmcnt(0)
	v_lshrrev_b32_e32 v6, 16, v0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v0, v0, v4
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_lshrrev_b32_e32 v7, 16, v1
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v1, v1, v4
	.loc	1 52 16                         ; fp8_cast.py:52:16
	v_lshrrev_b32_e32 v8, 16, v2
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v6, v6, v4
	.loc	1 53 46 is_stmt 0               ; fp8_cast.py:53:46
	v_and_b32_e32 v10, 0x7fff, v0
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v7, v7, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v14, 0x7fff, v1
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v2, v2, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v12, 0x7fff, v6
	v_lshrrev_b16 v25, 8, v10
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v10
	v_lshrrev_b16 v27, 8, v14
	v_and_b32_e32 v16, 0x7fff, v7
	v_lshrrev_b16 v26, 8, v12
	v_and_b32_e32 v18, 0x7fff, v2
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v8, v8, v4
	.loc	1 52 16 is_stmt 1               ; fp8_cast.py:52:16
	v_lshrrev_b32_e32 v9, 16, v3
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_lshrrev_b16 v28, 8, v16
	v_and_b32_e32 v26, 1, v26
	v_lshrrev_b16 v29, 8, v18
	.loc	1 53 32 is_stmt 0               ; fp8_cast.py:53:32
	v_mul_f16_e32 v3, v3, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v20, 0x7fff, v8
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v4, v9, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_add_nc_u16 v26, v12, v26
	v_and_b32_e32 v9, 0xffff8000, v0
	v_and_b32_e32 v22, 0x7fff, v3
	v_lshrrev_b16 v30, 8, v20
	v_and_b32_e32 v24, 0x7fff, v4
	v_add_nc_u16 v26, 0x7f, v26
	v_and_b32_e32 v25, 1, v25
	v_lshrrev_b16 v31, 8, v22
	v_and_b32_e32 v30, 1, v30
	v_lshrrev_b16 v32, 8, v24
	v_and_b32_e32 v11, 0xffff8000, v6
	v_add_nc_u16 v25, v10, v25
	v_and_b32_e32 v13, 0xffff8000, v1
	v_add_nc_u16 v30, v20, v30
	v_and_b32_e32 v15, 0xffff8000, v7
	v_and_b32_e32 v17, 0xffff8000, v2
	v_add_nc_u16 v25, 0x7f, v25
	v_and_b32_e32 v27, 1, v27
	v_add_nc_u16 v30, 0x7f, v30
	v_and_b32_e32 v19, 0xffff8000, v8
	v_and_b32_e32 v21, 0xffff8000, v3
	v_cndmask_b32_e32 v10, 0x7b7f, v25, vcc_lo
	v_add_nc_u16 v27, v14, v27
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v12
	v_and_b32_e32 v23, 0xffff8000, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_add_nc_u16 v27, 0x7f, v27
	v_cndmask_b32_e32 v12, 0x7b7f, v26, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v14
	v_dual_cndmask_b32 v14, 0x7b7f, v27 :: v_dual_and_b32 v29, 1, v29
	v_and_b32_e32 v28, 1, v28
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_add_nc_u16 v29, v18, v29
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v16
	v_add_nc_u16 v28, v16, v28
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_nc_u16 v29, 0x7f, v29
	v_add_nc_u16 v28, 0x7f, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v16, 0x7b7f, v28 :: v_dual_and_b32 v31, 1, v31
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v18
	v_add_nc_u16 v31, v22, v31
	v_cndmask_b32_e32 v18, 0x7b7f, v29, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v20
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_add_nc_u16 v31, 0x7f, v31
	v_cndmask_b32_e32 v20, 0x7b7f, v30, vcc_lo
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v22
	v_cndmask_b32_e32 v22, 0x7b7f, v31, vcc_lo
	v_and_b32_e32 v32, 1, v32
	v_cmp_gt_u16_e32 vcc_lo, 0x7b80, v24
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u16 v32, v24, v32
	v_add_nc_u16 v32, 0x7f, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_cndmask_b32_e32 v24, 0x7b7f, v32, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v0, v0
	v_cndmask_b32_e32 v0, 0x7e00, v10, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v6, v6
	v_or_b32_e32 v0, v0, v9
	v_cndmask_b32_e32 v6, 0x7e00, v12, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v1, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_or_b32_e32 v6, v6, v11
	v_cndmask_b32_e32 v1, 0x7e00, v14, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v7, v7
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_perm_b32 v0, v0, v6, 0xc0c0105
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v1, v1, v13
	v_cndmask_b32_e32 v7, 0x7e00, v16, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v2, v2
	v_or_b32_e32 v7, v7, v15
	v_cndmask_b32_e32 v2, 0x7e00, v18, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v8, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_or_b32_e32 v2, v2, v17
	v_cndmask_b32_e32 v8, 0x7e00, v20, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v3, v3
	v_or_b32_e32 v8, v8, v19
	v_cndmask_b32_e32 v3, 0x7e00, v22, vcc_lo
	v_cmp_o_f16_e32 vcc_lo, v4, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_perm_b32 v2, v2, v8, 0xc0c0105
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_or_b32_e32 v3, v3, v21
	v_cndmask_b32_e32 v4, 0x7e00, v24, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b32_e32 v4, v4, v23
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_perm_b32 v3, v3, v4, 0xc0c0105
	v_perm_b32 v4, v1, v7, 0xc0c0105
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_lshl_or_b32 v1, v3, 16, v2
	v_lshl_or_b32 v0, v4, 16, v0
	v_cndmask_b32_e64 v2, 0x80000000, v5, s0
	buffer_store_b64 v[0:1], v2, s[8:11], 0 offen
	.loc	1 53 4                          ; fp8_cast.py:53:4
	s_endpgm
.Ltmp1:
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
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 33
		.amdhsa_next_free_sgpr 12
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
		.amdhsa_inst_pref_size 9
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
	.size	fp16_to_fp8, .Lfunc_end0-fp16_to_fp8
	.cfi_endproc
                                        ; -- End function
	.set fp16_to_fp8.num_vgpr, 33
	.set fp16_to_fp8.num_agpr, 0
	.set fp16_to_fp8.numbered_sgpr, 12
	.set fp16_to_fp8.num_named_barrier, 0
	.set fp16_to_fp8.private_seg_size, 0
	.set fp16_to_fp8.uses_vcc, 1
	.set fp16_to_fp8.uses_flat_scratch, 0
	.set fp16_to_fp8.has_dyn_sized_stack, 0
	.set fp16_to_fp8.has_recursion, 0
	.set fp16_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1088
; TotalNumSgprs: 14
; NumVgprs: 33
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 4
; NumSGPRsForWavesPerEU: 14
; NumVGPRsForWavesPerEU: 33
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
    .name:           fp16_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     14
    .sgpr_spill_count: 0
    .symbol:         fp16_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     33
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

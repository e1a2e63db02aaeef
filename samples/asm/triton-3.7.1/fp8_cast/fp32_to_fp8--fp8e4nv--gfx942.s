	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	fp32_to_fp8                     ; -- Begin function fp32_to_fp8
	.p2align	8
	.type	fp32_to_fp8,@function
fp32_to_fp8:                            ; @fp32_to_fp8
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1:
	.file	1 "fp8_cast.py"
	.loc	1 57 0 prologue_end             ; fp8_cast.py:57:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx2 s[12:13], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.2:
.LBB0_0:
	s_mov_b64 s[12:13], s[2:3]
	v_mov_b32_e32 v1, 0
.Ltmp1:
	.loc	1 57 0 is_stmt 1                ; fp8_cast.py:57
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 61 30                         ; fp8_cast.py:61:30
	global_load_dword v4, v1, s[6:7]
	.loc	1 59 51                         ; fp8_cast.py:59:51
	v_readfirstlane_b32 s0, v0
	.loc	1 63 27                         ; fp8_cast.py:63:27
	s_and_b32 s0, s0, 0xc0
	.loc	1 59 30                         ; fp8_cast.py:59:30
	s_lshl_b32 s1, s14, 10
	.loc	1 59 51 is_stmt 0               ; fp8_cast.py:59:51
	v_and_or_b32 v0, v0, 63, s0
	.loc	1 59 38                         ; fp8_cast.py:59:38
	v_lshl_or_b32 v6, v0, 2, s1
	.loc	1 62 16 is_stmt 1               ; fp8_cast.py:62:16
	v_bfrev_b32_e32 v5, 1
	v_lshlrev_b32_e32 v0, 2, v6
	.loc	1 60 18                         ; fp8_cast.py:60:18
	v_cmp_gt_i32_e64 s[0:1], s8, v6
	.loc	1 62 16                         ; fp8_cast.py:62:16
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v0, v5, v0, s[0:1]
	buffer_load_dwordx4 v[0:3], v0, s[12:15], 0 offen
	s_mov_b32 s6, 0x7ffff
	s_mov_b32 s8, 0x43e80000
	.loc	1 63 46                         ; fp8_cast.py:63:46
	v_mov_b32_e32 v7, 0x7e
	s_mov_b32 s9, 0x3c6fffff
	s_mov_b32 s10, 0x3c500000
	s_mov_b32 s11, 0x3c2fffff
	s_mov_b32 s12, 0x3c100000
	s_mov_b32 s13, 0x3bdfffff
	s_mov_b32 s16, 0x3ba00000
	s_mov_b32 s17, 0x3b3fffff
	s_mov_b32 s18, 0x3a800000
	s_movk_i32 s7, 0x80
	v_mov_b32_e32 v10, 0x7f
	.loc	1 63 27 is_stmt 0               ; fp8_cast.py:63:27
	s_and_b32 s5, s5, 0xffff
	.loc	1 61 22 is_stmt 1               ; fp8_cast.py:61:22
	s_waitcnt vmcnt(1)
	v_div_scale_f32 v8, s[2:3], v4, v4, 1.0
	v_rcp_f32_e32 v9, v8
	v_div_scale_f32 v11, vcc, 1.0, v4, 1.0
	v_fma_f32 v12, -v8, v9, 1.0
	v_fmac_f32_e32 v9, v12, v9
	v_mul_f32_e32 v12, v11, v9
	v_fma_f32 v13, -v8, v12, v11
	v_fmac_f32_e32 v12, v13, v9
	v_fma_f32 v8, -v8, v12, v11
	v_div_fmas_f32 v8, v8, v9, v12
	v_div_fixup_f32 v4, v8, v4, 1.0
	.loc	1 63 32                         ; fp8_cast.py:63:32
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[0:1], v[0:1], v[4:5] op_sel_hi:[1,0]
	v_pk_mul_f32 v[2:3], v[2:3], v[4:5] op_sel_hi:[1,0]
	.loc	1 63 46 is_stmt 0               ; fp8_cast.py:63:46
	v_and_b32_e32 v4, 0x7fffffff, v1
	v_and_b32_e32 v8, 0x7fffffff, v0
	v_bfe_u32 v17, v4, 20, 1
	v_bfe_u32 v16, v8, 20, 1
	v_add3_u32 v17, v4, v17, s6
	v_add3_u32 v16, v8, v16, s6
	v_and_b32_e32 v17, 0xfff00000, v17
	v_and_b32_e32 v16, 0xfff00000, v16
	v_max_u32_e32 v17, 0x3c800000, v17
	v_max_u32_e32 v16, 0x3c800000, v16
	v_add_u32_e32 v17, 0x4000000, v17
	v_add_u32_e32 v16, 0x4000000, v16
	v_lshrrev_b32_e32 v17, 20, v17
	v_cmp_gt_u32_e32 vcc, s8, v4
	v_lshrrev_b32_e32 v16, 20, v16
	v_and_b32_sdwa v11, v1, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v17, v7, v17, vcc
	v_cmp_gt_u32_e32 vcc, s8, v8
	v_and_b32_sdwa v9, v0, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v12, 0x7fffffff, v3
	v_cndmask_b32_e32 v16, v7, v16, vcc
	v_cmp_lt_u32_e32 vcc, s9, v4
	v_and_b32_e32 v13, 0x7fffffff, v2
	v_bfe_u32 v19, v12, 20, 1
	v_cndmask_b32_e32 v17, 7, v17, vcc
	v_cmp_lt_u32_e32 vcc, s9, v8
	v_bfe_u32 v18, v13, 20, 1
	v_add3_u32 v18, v13, v18, s6
	v_cndmask_b32_e32 v16, 7, v16, vcc
	v_cmp_lt_u32_e32 vcc, s10, v4
	v_and_b32_e32 v18, 0xfff00000, v18
	v_max_u32_e32 v18, 0x3c800000, v18
	v_cndmask_b32_e32 v17, 6, v17, vcc
	v_cmp_lt_u32_e32 vcc, s10, v8
	v_add_u32_e32 v18, 0x4000000, v18
	v_lshrrev_b32_e32 v18, 20, v18
	v_cndmask_b32_e32 v16, 6, v16, vcc
	v_cmp_lt_u32_e32 vcc, s11, v4
	v_and_b32_sdwa v14, v2, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v15, v3, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v17, 5, v17, vcc
	v_cmp_lt_u32_e32 vcc, s11, v8
	.loc	1 63 27                         ; fp8_cast.py:63:27
	s_mov_b32 s7, s15
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_nop 0
	v_cndmask_b32_e32 v16, 5, v16, vcc
	v_cmp_lt_u32_e32 vcc, s12, v4
	s_nop 1
	v_cndmask_b32_e32 v17, 4, v17, vcc
	v_cmp_lt_u32_e32 vcc, s12, v8
	s_nop 1
	v_cndmask_b32_e32 v16, 4, v16, vcc
	v_cmp_lt_u32_e32 vcc, s13, v4
	s_nop 1
	v_cndmask_b32_e32 v17, 3, v17, vcc
	v_cmp_lt_u32_e32 vcc, s13, v8
	s_nop 1
	v_cndmask_b32_e32 v16, 3, v16, vcc
	v_cmp_lt_u32_e32 vcc, s16, v4
	s_nop 1
	v_cndmask_b32_e32 v17, 2, v17, vcc
	v_cmp_lt_u32_e32 vcc, s16, v8
	s_nop 1
	v_cndmask_b32_e32 v16, 2, v16, vcc
	v_cmp_lt_u32_e32 vcc, s17, v4
	s_nop 1
	v_cndmask_b32_e32 v17, 1, v17, vcc
	v_cmp_lt_u32_e32 vcc, s17, v8
	s_nop 1
	v_cndmask_b32_e32 v16, 1, v16, vcc
	v_cmp_lt_u32_e32 vcc, s18, v4
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v17, vcc
	v_cmp_lt_u32_e32 vcc, s18, v8
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v16, vcc
	v_cmp_o_f32_e32 vcc, v1, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v4, vcc
	v_cmp_o_f32_e32 vcc, v0, v0
	v_or_b32_sdwa v1, v1, v11 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v0, v10, v8, vcc
	v_or_b32_e32 v0, v0, v9
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_add3_u32 v1, v12, v19, s6
	v_and_b32_e32 v1, 0xfff00000, v1
	v_max_u32_e32 v1, 0x3c800000, v1
	v_add_u32_e32 v1, 0x4000000, v1
	v_lshrrev_b32_e32 v1, 20, v1
	v_cmp_gt_u32_e32 vcc, s8, v12
	.loc	1 63 27                         ; fp8_cast.py:63:27
	s_mov_b32 s6, s14
	.loc	1 63 46                         ; fp8_cast.py:63:46
	s_nop 0
	v_cndmask_b32_e32 v1, v7, v1, vcc
	v_cmp_gt_u32_e32 vcc, s8, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v7, v18, vcc
	v_cmp_lt_u32_e32 vcc, s9, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 7, v1, vcc
	v_cmp_lt_u32_e32 vcc, s9, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 7, v4, vcc
	v_cmp_lt_u32_e32 vcc, s10, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 6, v1, vcc
	v_cmp_lt_u32_e32 vcc, s10, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 6, v4, vcc
	v_cmp_lt_u32_e32 vcc, s11, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 5, v1, vcc
	v_cmp_lt_u32_e32 vcc, s11, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 5, v4, vcc
	v_cmp_lt_u32_e32 vcc, s12, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 4, v1, vcc
	v_cmp_lt_u32_e32 vcc, s12, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 4, v4, vcc
	v_cmp_lt_u32_e32 vcc, s13, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 3, v1, vcc
	v_cmp_lt_u32_e32 vcc, s13, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 3, v4, vcc
	v_cmp_lt_u32_e32 vcc, s16, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 2, v1, vcc
	v_cmp_lt_u32_e32 vcc, s16, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 2, v4, vcc
	v_cmp_lt_u32_e32 vcc, s17, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 1, v1, vcc
	v_cmp_lt_u32_e32 vcc, s17, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 1, v4, vcc
	v_cmp_lt_u32_e32 vcc, s18, v12
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_lt_u32_e32 vcc, s18, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_o_f32_e32 vcc, v3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_o_f32_e32 vcc, v2, v2
	v_or_b32_sdwa v1, v1, v15 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v10, v4, vcc
	v_or_b32_e32 v2, v2, v14
	v_or_b32_sdwa v1, v2, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	s_nop 0
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 63 27                         ; fp8_cast.py:63:27
	v_cndmask_b32_e64 v1, v5, v6, s[0:1]
	buffer_store_dword v0, v1, s[4:7], 0 offen
	.loc	1 63 4                          ; fp8_cast.py:63:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp32_to_fp8
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 14
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 12
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 20
		.amdhsa_next_free_sgpr 19
		.amdhsa_accum_offset 20
		.amdhsa_reserve_vcc 1
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
.Lfunc_end0:
	.size	fp32_to_fp8, .Lfunc_end0-fp32_to_fp8
	.cfi_endproc
                                        ; -- End function
	.set fp32_to_fp8.num_vgpr, 20
	.set fp32_to_fp8.num_agpr, 0
	.set fp32_to_fp8.numbered_sgpr, 19
	.set fp32_to_fp8.num_named_barrier, 0
	.set fp32_to_fp8.private_seg_size, 0
	.set fp32_to_fp8.uses_vcc, 1
	.set fp32_to_fp8.uses_flat_scratch, 0
	.set fp32_to_fp8.has_dyn_sized_stack, 0
	.set fp32_to_fp8.has_recursion, 0
	.set fp32_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1344
; TotalNumSgprs: 25
; NumVgprs: 20
; NumAgprs: 0
; TotalNumVgprs: 20
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 25
; NumVGPRsForWavesPerEU: 20
; AccumOffset: 20
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 14
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
    .max_flat_workgroup_size: 256
    .name:           fp32_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     25
    .sgpr_spill_count: 0
    .symbol:         fp32_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     20
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

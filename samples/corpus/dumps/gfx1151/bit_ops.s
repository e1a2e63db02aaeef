	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	bit_ops                         ; -- Begin function bit_ops
	.p2align	8
	.type	bit_ops,@function
bit_ops:                                ; @bit_ops
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 165 39 prologue_end           ; kernels.py:165:39
	v_readfirstlane_b32 s8, v0
	v_dual_mov_b32 v5, 0 :: v_dual_and_b32 v0, 31, v0
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x10
	s_load_b128 s[4:7], s[0:1], 0x0
	.loc	1 165 12 is_stmt 0              ; kernels.py:165:12
	s_lshl_b32 s0, s2, 8
	.loc	1 170 5 is_stmt 1               ; kernels.py:170:5
	s_and_b32 s1, s8, 0x60
	v_mov_b32_e32 v6, 0
	.loc	1 165 12                        ; kernels.py:165:12
	v_or3_b32 v2, s1, v0, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 167 17                        ; kernels.py:167:17
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshlrev_b64 v[0:1], 2, v[2:3]
	.loc	1 166 12                        ; kernels.py:166:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s0, s3, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 167 17                        ; kernels.py:167:17
	v_add_co_u32 v3, vcc_lo, s4, v0
	v_add_co_ci_u32_e64 v4, null, s5, v1, vcc_lo
	.loc	1 167 9 is_stmt 0               ; kernels.py:167:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b32 v6, v[3:4], off
.LBB0_2:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 165 12 is_stmt 1              ; kernels.py:165:12
	v_or_b32_e32 v2, 0x80, v2
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 166 12                        ; kernels.py:166:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v2
	.loc	1 167 9                         ; kernels.py:167:9
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_b32 v5, v[3:4], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 170 14 is_stmt 1              ; kernels.py:170:14
	v_add_co_u32 v0, s1, s6, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v1, null, s7, v1, s1
	.loc	1 170 5 is_stmt 0               ; kernels.py:170:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execnz .LBB0_7
; %bb.5:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 170 5                         ; kernels.py:170:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_8
.LBB0_6:
	.loc	1 164 1 is_stmt 1               ; kernels.py:164:1
	s_endpgm
.LBB0_7:
	.loc	1 168 42                        ; kernels.py:168:42
	s_waitcnt vmcnt(0)
	v_clz_i32_u32_e32 v2, v6
	.loc	1 168 74 is_stmt 0              ; kernels.py:168:74
	v_mul_hi_u32 v3, 0x1e3779b9, v6
	.loc	1 168 9                         ; kernels.py:168:9
	v_bcnt_u32_b32 v4, v6, 0
	.loc	1 170 39 is_stmt 1              ; kernels.py:170:39
	v_lshlrev_b32_e32 v7, 3, v6
	.loc	1 170 50 is_stmt 0              ; kernels.py:170:50
	v_ashrrev_i32_e32 v8, 5, v6
	.loc	1 168 42 is_stmt 1              ; kernels.py:168:42
	v_min_u32_e32 v2, 32, v2
	.loc	1 169 10                        ; kernels.py:169:10
	v_add_f32_e32 v6, v6, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 168 9                         ; kernels.py:168:9
	v_add3_u32 v2, v4, v2, v3
	.loc	1 170 30                        ; kernels.py:170:30
	v_xor_b32_e32 v3, v8, v7
	s_delay_alu instid0(VALU_DEP_1)
	v_xor3_b32 v2, v3, v6, v2
	.loc	1 170 5 is_stmt 0               ; kernels.py:170:5
	global_store_b32 v[0:1], v2, off
	s_or_b32 exec_lo, exec_lo, s1
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_6
.LBB0_8:
	.loc	1 168 42 is_stmt 1              ; kernels.py:168:42
	s_waitcnt vmcnt(0)
	v_clz_i32_u32_e32 v2, v5
	.loc	1 168 74 is_stmt 0              ; kernels.py:168:74
	v_mul_hi_u32 v3, 0x1e3779b9, v5
	.loc	1 168 9                         ; kernels.py:168:9
	v_bcnt_u32_b32 v4, v5, 0
	.loc	1 170 39 is_stmt 1              ; kernels.py:170:39
	v_lshlrev_b32_e32 v6, 3, v5
	.loc	1 170 50 is_stmt 0              ; kernels.py:170:50
	v_ashrrev_i32_e32 v7, 5, v5
	.loc	1 168 42 is_stmt 1              ; kernels.py:168:42
	v_min_u32_e32 v2, 32, v2
	.loc	1 169 10                        ; kernels.py:169:10
	v_add_f32_e32 v5, v5, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 168 9                         ; kernels.py:168:9
	v_add3_u32 v2, v4, v2, v3
	.loc	1 170 30                        ; kernels.py:170:30
	v_xor_b32_e32 v3, v7, v6
	s_delay_alu instid0(VALU_DEP_1)
	v_xor3_b32 v2, v3, v5, v2
	.loc	1 170 5 is_stmt 0               ; kernels.py:170:5
	global_store_b32 v[0:1], v2, off offset:512
	.loc	1 164 1 is_stmt 1               ; kernels.py:164:1
	s_endpgm
.Ltmp0:
.Lfunc_end0:
	.size	bit_ops, .Lfunc_end0-bit_ops
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel bit_ops
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
		.amdhsa_next_free_vgpr 9
		.amdhsa_next_free_sgpr 9
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-bit_ops)<<4)&1008)>>4
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
	.set .Lbit_ops.num_vgpr, 9
	.set .Lbit_ops.num_agpr, 0
	.set .Lbit_ops.numbered_sgpr, 9
	.set .Lbit_ops.num_named_barrier, 0
	.set .Lbit_ops.private_seg_size, 0
	.set .Lbit_ops.uses_vcc, 1
	.set .Lbit_ops.uses_flat_scratch, 0
	.set .Lbit_ops.has_dyn_sized_stack, 0
	.set .Lbit_ops.has_recursion, 0
	.set .Lbit_ops.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 380
; TotalNumSgprs: 11
; NumVgprs: 9
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 11
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
    .name:           bit_ops
    .private_segment_fixed_size: 0
    .sgpr_count:     11
    .sgpr_spill_count: 0
    .symbol:         bit_ops.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     9
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

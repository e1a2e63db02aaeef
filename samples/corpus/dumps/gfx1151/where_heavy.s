	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	where_heavy                     ; -- Begin function where_heavy
	.p2align	8
	.type	where_heavy,@function
where_heavy:                            ; @where_heavy
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 78 39 prologue_end            ; kernels.py:78:39
	v_readfirstlane_b32 s8, v0
	v_dual_mov_b32 v5, 0 :: v_dual_and_b32 v0, 31, v0
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x18
	s_load_b128 s[4:7], s[0:1], 0x0
	.loc	1 78 12 is_stmt 0               ; kernels.py:78:12
	s_lshl_b32 s2, s2, 8
	.loc	1 88 5 is_stmt 1                ; kernels.py:88:5
	s_and_b32 s8, s8, 0x60
	v_mov_b32_e32 v8, 0
	.loc	1 78 12                         ; kernels.py:78:12
	v_or3_b32 v0, s8, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 80 17                         ; kernels.py:80:17
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshlrev_b64 v[1:2], 2, v[0:1]
	.loc	1 79 12                         ; kernels.py:79:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s2, s3, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 80 17                         ; kernels.py:80:17
	v_add_co_u32 v3, vcc_lo, s4, v1
	v_add_co_ci_u32_e64 v4, null, s5, v2, vcc_lo
	.loc	1 80 9 is_stmt 0                ; kernels.py:80:9
	s_and_saveexec_b32 s4, s2
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b32 v8, v[3:4], off
.LBB0_2:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 78 12 is_stmt 1               ; kernels.py:78:12
	v_or_b32_e32 v6, 0x80, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 79 12                         ; kernels.py:79:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v6
	.loc	1 80 9                          ; kernels.py:80:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_b32 v5, v[3:4], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[8:9], s[0:1], 0x10
	.loc	1 81 17 is_stmt 1               ; kernels.py:81:17
	v_add_co_u32 v3, s3, s6, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v4, null, s7, v2, s3
	v_mov_b32_e32 v7, 1.0
	v_mov_b32_e32 v9, 1.0
	.loc	1 81 9 is_stmt 0                ; kernels.py:81:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_b32 v9, v[3:4], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 81 9                          ; kernels.py:81:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_b32 v7, v[3:4], off offset:512
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x1c
	.loc	1 88 14 is_stmt 1               ; kernels.py:88:14
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v1, s0, s8, v1
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v2, null, s9, v2, s0
	.loc	1 88 5 is_stmt 0                ; kernels.py:88:5
	s_and_saveexec_b32 s1, s2
	s_cbranch_execnz .LBB0_11
; %bb.9:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 88 5                          ; kernels.py:88:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_12
.LBB0_10:
	.loc	1 77 1 is_stmt 1                ; kernels.py:77:1
	s_endpgm
.LBB0_11:
	.loc	1 82 25                         ; kernels.py:82:25
	s_waitcnt vmcnt(0)
	v_dual_sub_f32 v3, v8, v9 :: v_dual_sub_f32 v4, v9, v8
	.loc	1 82 18 is_stmt 0               ; kernels.py:82:18
	v_cmp_gt_f32_e64 s0, v8, v9
	.loc	1 85 18 is_stmt 1               ; kernels.py:85:18
	s_mov_b32 s2, 0xaaaaaaab
	.loc	1 82 9                          ; kernels.py:82:9
	v_cndmask_b32_e64 v3, v4, v3, s0
	.loc	1 83 9                          ; kernels.py:83:9
	v_cmp_o_f32_e64 s0, v8, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v10, 0, v3, s0
	.loc	1 85 18                         ; kernels.py:85:18
	v_mad_u64_u32 v[3:4], null, v0, s2, 0x2aaaaaaa
	.loc	1 87 23                         ; kernels.py:87:23
	v_max_f32_e32 v4, v8, v8
	.loc	1 84 39                         ; kernels.py:84:39
	v_cmp_gt_f32_e64 s0, s4, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 84 30 is_stmt 0               ; kernels.py:84:30
	v_cndmask_b32_e64 v11, v10, s4, s0
	.loc	1 84 18                         ; kernels.py:84:18
	v_cmp_lt_f32_e64 s0, s5, v10
	.loc	1 84 9                          ; kernels.py:84:9
	v_cndmask_b32_e64 v0, v11, s5, s0
	.loc	1 85 18 is_stmt 1               ; kernels.py:85:18
	v_cmp_gt_u32_e64 s0, 0x55555555, v3
	.loc	1 87 23                         ; kernels.py:87:23
	v_max_f32_e32 v3, v9, v9
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 85 9                          ; kernels.py:85:9
	v_cndmask_b32_e64 v0, v0, -v0, s0
	s_mov_b32 s0, 0xc3e00000
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	.loc	1 86 9                          ; kernels.py:86:9
	v_med3_f32 v0, v0, s0, 0x43e00000
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 87 9                          ; kernels.py:87:9
	v_maxmin_f32 v0, v4, v3, v0
	.loc	1 88 5                          ; kernels.py:88:5
	global_store_b32 v[1:2], v0, off
	s_or_b32 exec_lo, exec_lo, s1
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_10
.LBB0_12:
	.loc	1 82 25                         ; kernels.py:82:25
	s_waitcnt vmcnt(0)
	v_dual_sub_f32 v0, v5, v7 :: v_dual_sub_f32 v3, v7, v5
	.loc	1 82 18 is_stmt 0               ; kernels.py:82:18
	v_cmp_gt_f32_e32 vcc_lo, v5, v7
	.loc	1 85 18 is_stmt 1               ; kernels.py:85:18
	s_mov_b32 s0, 0xaaaaaaab
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 82 9                          ; kernels.py:82:9
	v_cndmask_b32_e32 v0, v3, v0, vcc_lo
	.loc	1 83 9                          ; kernels.py:83:9
	v_cmp_o_f32_e32 vcc_lo, v5, v5
	.loc	1 85 18                         ; kernels.py:85:18
	v_mad_u64_u32 v[3:4], null, v6, s0, 0x2aaaaaaa
	s_mov_b32 s0, 0xc3e00000
	.loc	1 87 23                         ; kernels.py:87:23
	v_max_f32_e32 v4, v5, v5
	.loc	1 83 9                          ; kernels.py:83:9
	v_cndmask_b32_e32 v0, 0, v0, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 84 39                         ; kernels.py:84:39
	v_cmp_gt_f32_e32 vcc_lo, s4, v0
	.loc	1 84 30 is_stmt 0               ; kernels.py:84:30
	v_cndmask_b32_e64 v8, v0, s4, vcc_lo
	.loc	1 84 18                         ; kernels.py:84:18
	v_cmp_lt_f32_e32 vcc_lo, s5, v0
	.loc	1 84 9                          ; kernels.py:84:9
	v_cndmask_b32_e64 v0, v8, s5, vcc_lo
	.loc	1 85 18 is_stmt 1               ; kernels.py:85:18
	v_cmp_gt_u32_e32 vcc_lo, 0x55555555, v3
	.loc	1 87 23                         ; kernels.py:87:23
	v_max_f32_e32 v3, v7, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 85 9                          ; kernels.py:85:9
	v_cndmask_b32_e64 v0, v0, -v0, vcc_lo
	.loc	1 86 9                          ; kernels.py:86:9
	v_med3_f32 v0, v0, s0, 0x43e00000
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 87 9                          ; kernels.py:87:9
	v_maxmin_f32 v0, v4, v3, v0
	.loc	1 88 5                          ; kernels.py:88:5
	global_store_b32 v[1:2], v0, off offset:512
	.loc	1 77 1                          ; kernels.py:77:1
	s_endpgm
.Ltmp0:
.Lfunc_end0:
	.size	where_heavy, .Lfunc_end0-where_heavy
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel where_heavy
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
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
		.amdhsa_next_free_vgpr 12
		.amdhsa_next_free_sgpr 10
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-where_heavy)<<4)&1008)>>4
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
	.set .Lwhere_heavy.num_vgpr, 12
	.set .Lwhere_heavy.num_agpr, 0
	.set .Lwhere_heavy.numbered_sgpr, 10
	.set .Lwhere_heavy.num_named_barrier, 0
	.set .Lwhere_heavy.private_seg_size, 0
	.set .Lwhere_heavy.uses_vcc, 1
	.set .Lwhere_heavy.uses_flat_scratch, 0
	.set .Lwhere_heavy.has_dyn_sized_stack, 0
	.set .Lwhere_heavy.has_recursion, 0
	.set .Lwhere_heavy.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 636
; TotalNumSgprs: 12
; NumVgprs: 12
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 12
; NumVGPRsForWavesPerEU: 12
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
      - .address_space:  global
        .offset:         16
        .size:           8
        .value_kind:     global_buffer
      - .offset:         24
        .size:           4
        .value_kind:     by_value
      - .offset:         28
        .size:           4
        .value_kind:     by_value
      - .offset:         32
        .size:           4
        .value_kind:     by_value
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
    .name:           where_heavy
    .private_segment_fixed_size: 0
    .sgpr_count:     12
    .sgpr_spill_count: 0
    .symbol:         where_heavy.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     12
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

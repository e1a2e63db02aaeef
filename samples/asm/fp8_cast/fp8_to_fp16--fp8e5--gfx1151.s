	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	fp8_to_fp16                     ; -- Begin function fp8_to_fp16
	.p2align	8
	.type	fp8_to_fp16,@function
fp8_to_fp16:                            ; @fp8_to_fp16
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 19 0                          ; fp8_cast.py:19:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b32 s7, s[0:1], 0x10
	s_load_b64 s[4:5], s[0:1], 0x0
.Ltmp0:
	.loc	1 21 39 prologue_end            ; fp8_cast.py:21:39
	v_readfirstlane_b32 s3, v0
	v_dual_mov_b32 v5, 0 :: v_dual_and_b32 v0, 31, v0
	.loc	1 21 12 is_stmt 0               ; fp8_cast.py:21:12
	s_lshl_b32 s2, s2, 10
	v_mov_b32_e32 v4, 0
	.loc	1 24 5 is_stmt 1                ; fp8_cast.py:24:5
	s_and_b32 s3, s3, 0x60
	s_delay_alu instid0(VALU_DEP_2) | instid1(SALU_CYCLE_1)
	.loc	1 21 12                         ; fp8_cast.py:21:12
	v_or3_b32 v0, s3, v0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	.loc	1 23 17                         ; fp8_cast.py:23:17
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 22 12                         ; fp8_cast.py:22:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc_lo, s7, v0
	.loc	1 23 17                         ; fp8_cast.py:23:17
	v_add_co_u32 v2, s2, s4, v0
	v_add_co_ci_u32_e64 v3, null, s5, v1, s2
	.loc	1 23 9 is_stmt 0                ; fp8_cast.py:23:9
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_u8 v5, v[2:3], off
.LBB0_2:
	.loc	1 0 9                           ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v6, 0x80, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s2, s7, v6
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_u8 v4, v[2:3], off offset:128
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v7, 0x100, v0
	v_mov_b32_e32 v6, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s3, s7, v7
	v_mov_b32_e32 v7, 0
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s4, s3
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_u8 v7, v[2:3], off offset:256
.LBB0_6:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v8, 0x180, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s4, s7, v8
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s5, s4
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_u8 v6, v[2:3], off offset:384
.LBB0_8:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s5
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v9, 0x200, v0
	v_mov_b32_e32 v8, 0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s5, s7, v9
	v_mov_b32_e32 v9, 0
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s6, s5
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_u8 v9, v[2:3], off offset:512
.LBB0_10:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s6
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v10, 0x280, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s6, s7, v10
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s8, s6
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_u8 v8, v[2:3], off offset:640
.LBB0_12:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s8
	s_load_b64 s[8:9], s[0:1], 0x8
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v10, 0x300, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s0, s7, v10
	v_mov_b32_e32 v10, 0
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_u8 v10, v[2:3], off offset:768
.LBB0_14:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 21 12 is_stmt 1               ; fp8_cast.py:21:12
	v_or_b32_e32 v11, 0x380, v0
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 22 12                         ; fp8_cast.py:22:12
	v_cmp_gt_i32_e64 s1, s7, v11
	v_mov_b16_e32 v11.l, 0
	.loc	1 23 9                          ; fp8_cast.py:23:9
	s_and_saveexec_b32 s7, s1
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_d16_u8 v11, v[2:3], off offset:896
.LBB0_16:
	.loc	1 0 9 is_stmt 0                 ; fp8_cast.py:0:9
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 24 28 is_stmt 1               ; fp8_cast.py:24:28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v2.l, 8, v5.l
	.loc	1 24 14 is_stmt 0               ; fp8_cast.py:24:14
	v_lshlrev_b64 v[0:1], 1, v[0:1]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 24 28                         ; fp8_cast.py:24:28
	v_cvt_u32_u16_e32 v2, v2.l
	.loc	1 24 14                         ; fp8_cast.py:24:14
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v0, s7, s8, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_co_ci_u32_e64 v1, null, s9, v1, s7
	.loc	1 24 28                         ; fp8_cast.py:24:28
	v_lshl_or_b32 v2, v4, 24, v2
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s7, vcc_lo
	s_cbranch_execz .LBB0_18
; %bb.17:
	global_store_b16 v[0:1], v2, off
.LBB0_18:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s7, s2
	s_cbranch_execz .LBB0_20
; %bb.19:
	global_store_d16_hi_b16 v[0:1], v2, off offset:256
.LBB0_20:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s7
	.loc	1 24 28                         ; fp8_cast.py:24:28
	v_lshlrev_b16 v2.l, 8, v7.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_u16_e32 v2, v2.l
	v_lshl_or_b32 v2, v6, 24, v2
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s2, s3
	s_cbranch_execz .LBB0_22
; %bb.21:
	global_store_b16 v[0:1], v2, off offset:512
.LBB0_22:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s2, s4
	s_cbranch_execz .LBB0_24
; %bb.23:
	global_store_d16_hi_b16 v[0:1], v2, off offset:768
.LBB0_24:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 24 28                         ; fp8_cast.py:24:28
	v_lshlrev_b16 v2.l, 8, v9.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_u32_u16_e32 v2, v2.l
	v_lshl_or_b32 v2, v8, 24, v2
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s2, s5
	s_cbranch_execz .LBB0_26
; %bb.25:
	global_store_b16 v[0:1], v2, off offset:1024
.LBB0_26:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s2, s6
	s_cbranch_execz .LBB0_28
; %bb.27:
	global_store_d16_hi_b16 v[0:1], v2, off offset:1280
.LBB0_28:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 23 9 is_stmt 1                ; fp8_cast.py:23:9
	v_lshlrev_b16 v2.l, 8, v10.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 24 28                         ; fp8_cast.py:24:28
	v_cvt_u32_u16_e32 v2, v2.l
	v_lshl_or_b32 v2, v11, 24, v2
	.loc	1 24 5 is_stmt 0                ; fp8_cast.py:24:5
	s_and_saveexec_b32 s2, s0
	s_cbranch_execnz .LBB0_31
; %bb.29:
	.loc	1 0 5                           ; fp8_cast.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 24 5                          ; fp8_cast.py:24:5
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_32
.LBB0_30:
	.loc	1 19 1 is_stmt 1                ; fp8_cast.py:19:1
	s_endpgm
.LBB0_31:
	.loc	1 24 5                          ; fp8_cast.py:24:5
	global_store_b16 v[0:1], v2, off offset:1536
	s_or_b32 exec_lo, exec_lo, s2
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_30
.LBB0_32:
	global_store_d16_hi_b16 v[0:1], v2, off offset:1792
	.loc	1 19 1                          ; fp8_cast.py:19:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp8_to_fp16, .Lfunc_end0-fp8_to_fp16
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp16
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp8_to_fp16)<<4)&1008)>>4
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
	.set .Lfp8_to_fp16.num_vgpr, 12
	.set .Lfp8_to_fp16.num_agpr, 0
	.set .Lfp8_to_fp16.numbered_sgpr, 10
	.set .Lfp8_to_fp16.num_named_barrier, 0
	.set .Lfp8_to_fp16.private_seg_size, 0
	.set .Lfp8_to_fp16.uses_vcc, 1
	.set .Lfp8_to_fp16.uses_flat_scratch, 0
	.set .Lfp8_to_fp16.has_dyn_sized_stack, 0
	.set .Lfp8_to_fp16.has_recursion, 0
	.set .Lfp8_to_fp16.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 732
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
    .name:           fp8_to_fp16
    .private_segment_fixed_size: 0
    .sgpr_count:     12
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp16.kd
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

	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	narrow_wide                     ; -- Begin function narrow_wide
	.p2align	8
	.type	narrow_wide,@function
narrow_wide:                            ; @narrow_wide
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.3:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 133 0 prologue_end            ; kernels.py:133:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.4:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_dword s17, s[0:1], 0x50
.Ltmp1:
	.loc	1 135 39 is_stmt 1              ; kernels.py:135:39
	v_readfirstlane_b32 s18, v0
	.loc	1 146 5                         ; kernels.py:146:5
	s_and_b32 s18, s18, 0xc0
	.loc	1 135 39                        ; kernels.py:135:39
	s_nop 0
	v_and_or_b32 v0, v0, 63, s18
	.loc	1 135 12 is_stmt 0              ; kernels.py:135:12
	v_lshl_or_b32 v0, s16, 8, v0
	.loc	1 136 12 is_stmt 1              ; kernels.py:136:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc, s17, v0
	.loc	1 137 9                         ; kernels.py:137:9
	s_and_saveexec_b64 s[16:17], vcc
	s_cbranch_execz .LBB0_2
; %bb.1:                                ; %.critedge
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[4:5], s[4:5], 0, v[0:1]
	.loc	1 138 9 is_stmt 1               ; kernels.py:138:9
	global_load_ubyte v12, v[4:5], off
	v_lshlrev_b64 v[4:5], 1, v[0:1]
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[0:1]
	v_lshl_add_u64 v[6:7], s[6:7], 0, v[4:5]
	.loc	1 139 9                         ; kernels.py:139:9
	global_load_ushort v13, v[6:7], off
	v_lshl_add_u64 v[6:7], s[10:11], 0, v[4:5]
	.loc	1 144 39                        ; kernels.py:144:39
	global_load_sbyte v14, v[2:3], off
	.loc	1 142 17                        ; kernels.py:142:17
	v_lshlrev_b64 v[2:3], 3, v[0:1]
	v_lshl_add_u64 v[8:9], s[12:13], 0, v[2:3]
	.loc	1 145 37                        ; kernels.py:145:37
	global_load_ushort v15, v[6:7], off
	.loc	1 142 9                         ; kernels.py:142:9
	global_load_dwordx2 v[10:11], v[8:9], off
	v_lshl_add_u64 v[6:7], s[8:9], 0, v[4:5]
	.loc	1 140 9                         ; kernels.py:140:9
	global_load_ushort v16, v[6:7], off
	s_load_dwordx4 s[4:7], s[0:1], 0x38
	s_load_dwordx2 s[2:3], s[0:1], 0x48
	.loc	1 143 29                        ; kernels.py:143:29
	v_mov_b32_e32 v8, 1
	.loc	1 143 14 is_stmt 0              ; kernels.py:143:14
	v_lshl_add_u64 v[0:1], s[14:15], 0, v[0:1]
	s_mov_b32 s0, 0x2f800000
	.loc	1 144 14 is_stmt 1              ; kernels.py:144:14
	s_waitcnt lgkmcnt(0)
	v_lshl_add_u64 v[6:7], s[4:5], 0, v[4:5]
	s_mov_b32 s8, 0xcf800000
	.loc	1 145 14                        ; kernels.py:145:14
	v_lshl_add_u64 v[4:5], s[6:7], 0, v[4:5]
	.loc	1 146 14                        ; kernels.py:146:14
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[2:3]
	.loc	1 143 30                        ; kernels.py:143:30
	s_waitcnt vmcnt(3)
	v_add_u16_e32 v9, v12, v14
	.loc	1 143 29 is_stmt 0              ; kernels.py:143:29
	v_lshrrev_b16_sdwa v17, v8, sext(v9) dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 145 37 is_stmt 1              ; kernels.py:145:37
	s_waitcnt vmcnt(2)
	v_lshlrev_b32_e32 v15, 16, v15
	.loc	1 144 31                        ; kernels.py:144:31
	v_mad_legacy_u16 v14, v13, 3, v14
	.loc	1 143 5                         ; kernels.py:143:5
	global_store_byte v[0:1], v17, off
	.loc	1 144 5                         ; kernels.py:144:5
	global_store_short v[6:7], v14, off
	.loc	1 146 67                        ; kernels.py:146:67
	s_waitcnt vmcnt(2)
	v_fma_mix_f32 v0, v16, v15, neg(0) op_sel_hi:[1,0,0]
	.loc	1 146 49 is_stmt 0              ; kernels.py:146:49
	v_bfe_i32 v12, v13, 0, 16
	.loc	1 146 66                        ; kernels.py:146:66
	v_trunc_f32_e32 v14, v0
	.loc	1 146 39                        ; kernels.py:146:39
	v_ashrrev_i64 v[8:9], 3, v[10:11]
	.loc	1 146 49                        ; kernels.py:146:49
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 146 66                        ; kernels.py:146:66
	v_mul_f32_e64 v6, |v14|, s0
	.loc	1 145 37 is_stmt 1              ; kernels.py:145:37
	v_cvt_f16_f32_e32 v7, v15
	.loc	1 146 30                        ; kernels.py:146:30
	v_lshl_add_u64 v[0:1], v[8:9], 0, v[12:13]
	.loc	1 146 66 is_stmt 0              ; kernels.py:146:66
	v_floor_f32_e32 v9, v6
	.loc	1 146 30                        ; kernels.py:146:30
	v_mad_u64_u32 v[0:1], s[0:1], v10, 7, v[0:1]
	.loc	1 146 66                        ; kernels.py:146:66
	v_fma_f32 v10, v9, s8, |v14|
	v_cvt_u32_f32_e32 v10, v10
	.loc	1 146 30                        ; kernels.py:146:30
	v_mov_b32_e32 v6, v1
	.loc	1 146 66                        ; kernels.py:146:66
	v_cvt_u32_f32_e32 v9, v9
	.loc	1 145 37 is_stmt 1              ; kernels.py:145:37
	v_mul_f16_e32 v1, 0.5, v7
	.loc	1 146 30                        ; kernels.py:146:30
	v_mad_u64_u32 v[6:7], s[0:1], v11, 7, v[6:7]
	.loc	1 146 66 is_stmt 0              ; kernels.py:146:66
	v_ashrrev_i32_e32 v8, 31, v14
	.loc	1 145 29 is_stmt 1              ; kernels.py:145:29
	v_fma_f16 v7, v16, v16, v1
	.loc	1 145 5 is_stmt 0               ; kernels.py:145:5
	global_store_short v[4:5], v7, off
	.loc	1 146 66 is_stmt 1              ; kernels.py:146:66
	v_xor_b32_e32 v4, v10, v8
	v_xor_b32_e32 v5, v9, v8
	v_sub_co_u32_e32 v4, vcc, v4, v8
	.loc	1 146 30 is_stmt 0              ; kernels.py:146:30
	v_mov_b32_e32 v1, v6
	.loc	1 146 66                        ; kernels.py:146:66
	s_nop 0
	v_subb_co_u32_e32 v5, vcc, v5, v8, vcc
	.loc	1 146 30                        ; kernels.py:146:30
	v_lshl_add_u64 v[0:1], v[0:1], 0, v[4:5]
	.loc	1 146 5                         ; kernels.py:146:5
	global_store_dwordx2 v[2:3], v[0:1], off
.LBB0_2:                                ; %.critedge2
	.loc	1 133 1 is_stmt 1               ; kernels.py:133:1
	s_endpgm
.Ltmp2:
.Lfunc_end0:
	.size	narrow_wide, .Lfunc_end0-narrow_wide
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel narrow_wide
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 104
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 14
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 18
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
                                        ; -- End function
	.set .Lnarrow_wide.num_vgpr, 18
	.set .Lnarrow_wide.num_agpr, 0
	.set .Lnarrow_wide.numbered_sgpr, 19
	.set .Lnarrow_wide.num_named_barrier, 0
	.set .Lnarrow_wide.private_seg_size, 0
	.set .Lnarrow_wide.uses_vcc, 1
	.set .Lnarrow_wide.uses_flat_scratch, 0
	.set .Lnarrow_wide.has_dyn_sized_stack, 0
	.set .Lnarrow_wide.has_recursion, 0
	.set .Lnarrow_wide.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 712
; TotalNumSgprs: 25
; NumVgprs: 18
; NumAgprs: 0
; TotalNumVgprs: 18
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 25
; NumVGPRsForWavesPerEU: 18
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
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         88
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         96
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 104
    .max_flat_workgroup_size: 256
    .name:           narrow_wide
    .private_segment_fixed_size: 0
    .sgpr_count:     25
    .sgpr_spill_count: 0
    .symbol:         narrow_wide.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     18
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

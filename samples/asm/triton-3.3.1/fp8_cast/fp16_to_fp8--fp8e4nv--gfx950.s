	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	fp16_to_fp8                     ; -- Begin function fp16_to_fp8
	.p2align	8
	.type	fp16_to_fp8,@function
fp16_to_fp8:                            ; @fp16_to_fp8
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.5:
	.file	1 "fp8_cast.py"
	.loc	1 46 0 prologue_end             ; fp8_cast.py:46:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.6:
.LBB0_0:
.Ltmp1:
	.loc	1 49 30 is_stmt 1               ; fp8_cast.py:49:30
	s_lshl_b32 s0, s12, 10
	.loc	1 49 38 is_stmt 0               ; fp8_cast.py:49:38
	v_lshl_or_b32 v0, v0, 2, s0
	.loc	1 50 18 is_stmt 1               ; fp8_cast.py:50:18
	v_cmp_gt_i32_e32 vcc, s8, v0
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_mov_b32_e32 v2, 0
	v_ashrrev_i32_e32 v1, 31, v0
	v_mov_b32_e32 v3, 0
	.loc	1 52 16                         ; fp8_cast.py:52:16
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_3
; %bb.1:
	.loc	1 0 16 is_stmt 0                ; fp8_cast.py:0:16
	s_or_b64 exec, exec, s[0:1]
	.loc	1 53 27 is_stmt 1               ; fp8_cast.py:53:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_4
.LBB0_2:
	.loc	1 53 4 is_stmt 0                ; fp8_cast.py:53:4
	s_endpgm
.LBB0_3:
	.loc	1 0 4                           ; fp8_cast.py:0:4
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 52 16 is_stmt 1               ; fp8_cast.py:52:16
	global_load_dwordx2 v[2:3], v[2:3], off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 53 27                         ; fp8_cast.py:53:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_2
.LBB0_4:
	.loc	1 0 27 is_stmt 0                ; fp8_cast.py:0:27
	s_load_dword s2, s[6:7], 0x0
	s_movk_i32 s3, 0x217f
	s_movk_i32 s6, 0x2080
	s_movk_i32 s7, 0x1eff
	s_movk_i32 s8, 0x1d00
	.loc	1 51 23 is_stmt 1               ; fp8_cast.py:51:23
	s_waitcnt lgkmcnt(0)
	v_div_scale_f32 v4, s[0:1], s2, s2, 1.0
	v_rcp_f32_e32 v5, v4
	v_div_scale_f32 v6, vcc, 1.0, s2, 1.0
	s_movk_i32 s0, 0x5f80
	v_fma_f32 v7, -v4, v5, 1.0
	v_fmac_f32_e32 v5, v7, v5
	v_mul_f32_e32 v7, v6, v5
	v_fma_f32 v8, -v4, v7, v6
	v_fmac_f32_e32 v7, v8, v5
	v_fma_f32 v4, -v4, v7, v6
	v_div_fmas_f32 v4, v4, v5, v7
	v_div_fixup_f32 v4, v4, s2, 1.0
	.loc	1 51 46 is_stmt 0               ; fp8_cast.py:51:46
	v_cvt_f16_f32_e32 v4, v4
	.loc	1 53 46 is_stmt 1               ; fp8_cast.py:53:46
	v_mov_b32_e32 v5, 0x7e
	s_movk_i32 s1, 0x237f
	s_movk_i32 s2, 0x2280
	.loc	1 53 32 is_stmt 0               ; fp8_cast.py:53:32
	s_waitcnt vmcnt(0)
	v_mul_f16_e32 v6, v2, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v7, 0x7fff, v6
	v_lshrrev_b16_e32 v8, 7, v7
	v_and_b32_e32 v8, 1, v8
	v_add_u16_e32 v8, v7, v8
	v_add_u16_e32 v8, 63, v8
	v_and_b32_e32 v8, 0xffffff80, v8
	v_max_u16_e32 v8, 0x2400, v8
	v_add_u16_e32 v8, 0x6000, v8
	v_lshrrev_b16_e32 v8, 7, v8
	v_cmp_gt_u16_e32 vcc, s0, v7
	s_movk_i32 s9, 0x19ff
	s_movk_i32 s10, 0x1400
	v_cndmask_b32_e32 v8, v5, v8, vcc
	v_cmp_lt_u16_e32 vcc, s1, v7
	s_movk_i32 s11, 0x80
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_sdwa v2, v2, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_cndmask_b32_e32 v8, 7, v8, vcc
	v_cmp_lt_u16_e32 vcc, s2, v7
	.loc	1 53 21                         ; fp8_cast.py:53:21
	v_lshl_add_u64 v[0:1], s[4:5], 0, v[0:1]
	.loc	1 53 46                         ; fp8_cast.py:53:46
	s_nop 0
	v_cndmask_b32_e32 v8, 6, v8, vcc
	v_cmp_lt_u16_e32 vcc, s3, v7
	s_nop 1
	v_cndmask_b32_e32 v8, 5, v8, vcc
	v_cmp_lt_u16_e32 vcc, s6, v7
	s_nop 1
	v_cndmask_b32_e32 v8, 4, v8, vcc
	v_cmp_lt_u16_e32 vcc, s7, v7
	s_nop 1
	v_cndmask_b32_e32 v8, 3, v8, vcc
	v_cmp_lt_u16_e32 vcc, s8, v7
	s_nop 1
	v_cndmask_b32_e32 v8, 2, v8, vcc
	v_cmp_lt_u16_e32 vcc, s9, v7
	s_nop 1
	v_cndmask_b32_e32 v8, 1, v8, vcc
	v_cmp_lt_u16_e32 vcc, s10, v7
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v8, vcc
	v_mov_b32_e32 v8, 0x7f
	v_cmp_o_f16_e32 vcc, v6, v6
	v_lshrrev_b16_e32 v6, 8, v6
	s_nop 0
	v_cndmask_b32_e32 v7, v8, v7, vcc
	v_bitop3_b16 v6, v7, v6, s11 bitop3:0xf8
	v_and_b32_e32 v7, 0x7fff, v2
	v_lshrrev_b16_e32 v9, 7, v7
	v_and_b32_e32 v9, 1, v9
	v_add_u16_e32 v9, v7, v9
	v_add_u16_e32 v9, 63, v9
	v_and_b32_e32 v9, 0xffffff80, v9
	v_max_u16_e32 v9, 0x2400, v9
	v_add_u16_e32 v9, 0x6000, v9
	v_lshrrev_b16_e32 v9, 7, v9
	v_cmp_gt_u16_e32 vcc, s0, v7
	s_nop 1
	v_cndmask_b32_e32 v9, v5, v9, vcc
	v_cmp_lt_u16_e32 vcc, s1, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 7, v9, vcc
	v_cmp_lt_u16_e32 vcc, s2, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 6, v9, vcc
	v_cmp_lt_u16_e32 vcc, s3, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 5, v9, vcc
	v_cmp_lt_u16_e32 vcc, s6, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 4, v9, vcc
	v_cmp_lt_u16_e32 vcc, s7, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 3, v9, vcc
	v_cmp_lt_u16_e32 vcc, s8, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 2, v9, vcc
	v_cmp_lt_u16_e32 vcc, s9, v7
	s_nop 1
	v_cndmask_b32_e32 v9, 1, v9, vcc
	v_cmp_lt_u16_e32 vcc, s10, v7
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v9, vcc
	v_cmp_o_f16_e32 vcc, v2, v2
	v_lshrrev_b16_e32 v2, 8, v2
	s_nop 0
	v_cndmask_b32_e32 v7, v8, v7, vcc
	v_bitop3_b16 v2, v7, v2, s11 bitop3:0xf8
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_e32 v7, v3, v4
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v9, 0x7fff, v7
	v_lshrrev_b16_e32 v10, 7, v9
	v_and_b32_e32 v10, 1, v10
	v_add_u16_e32 v10, v9, v10
	v_add_u16_e32 v10, 63, v10
	v_and_b32_e32 v10, 0xffffff80, v10
	v_max_u16_e32 v10, 0x2400, v10
	v_add_u16_e32 v10, 0x6000, v10
	v_lshrrev_b16_e32 v10, 7, v10
	v_cmp_gt_u16_e32 vcc, s0, v9
	.loc	1 53 32                         ; fp8_cast.py:53:32
	v_mul_f16_sdwa v3, v3, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_and_b32_e32 v4, 0x7fff, v3
	v_cndmask_b32_e32 v10, v5, v10, vcc
	v_cmp_lt_u16_e32 vcc, s1, v9
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_lshlrev_b16_e32 v2, 8, v2
	.loc	1 53 46                         ; fp8_cast.py:53:46
	s_nop 0
	v_cndmask_b32_e32 v10, 7, v10, vcc
	v_cmp_lt_u16_e32 vcc, s2, v9
	s_nop 1
	v_cndmask_b32_e32 v10, 6, v10, vcc
	v_cmp_lt_u16_e32 vcc, s3, v9
	s_nop 1
	v_cndmask_b32_e32 v10, 5, v10, vcc
	v_cmp_lt_u16_e32 vcc, s6, v9
	s_nop 1
	v_cndmask_b32_e32 v10, 4, v10, vcc
	v_cmp_lt_u16_e32 vcc, s7, v9
	s_nop 1
	v_cndmask_b32_e32 v10, 3, v10, vcc
	v_cmp_lt_u16_e32 vcc, s8, v9
	s_nop 1
	v_cndmask_b32_e32 v10, 2, v10, vcc
	v_cmp_lt_u16_e32 vcc, s9, v9
	s_nop 1
	v_cndmask_b32_e32 v10, 1, v10, vcc
	v_cmp_lt_u16_e32 vcc, s10, v9
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v10, vcc
	v_cmp_o_f16_e32 vcc, v7, v7
	v_lshrrev_b16_e32 v7, 8, v7
	s_nop 0
	v_cndmask_b32_e32 v9, v8, v9, vcc
	v_bitop3_b16 v7, v9, v7, s11 bitop3:0xf8
	v_lshrrev_b16_e32 v9, 7, v4
	v_and_b32_e32 v9, 1, v9
	v_add_u16_e32 v9, v4, v9
	v_add_u16_e32 v9, 63, v9
	v_and_b32_e32 v9, 0xffffff80, v9
	v_max_u16_e32 v9, 0x2400, v9
	v_add_u16_e32 v9, 0x6000, v9
	v_lshrrev_b16_e32 v9, 7, v9
	v_cmp_gt_u16_e32 vcc, s0, v4
	s_movk_i32 s0, 0xff
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_bitop3_b16 v2, v6, v2, s0 bitop3:0xec
	.loc	1 53 46                         ; fp8_cast.py:53:46
	v_cndmask_b32_e32 v5, v5, v9, vcc
	v_cmp_lt_u16_e32 vcc, s1, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 7, v5, vcc
	v_cmp_lt_u16_e32 vcc, s2, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 6, v5, vcc
	v_cmp_lt_u16_e32 vcc, s3, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 5, v5, vcc
	v_cmp_lt_u16_e32 vcc, s6, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 4, v5, vcc
	v_cmp_lt_u16_e32 vcc, s7, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 3, v5, vcc
	v_cmp_lt_u16_e32 vcc, s8, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 2, v5, vcc
	v_cmp_lt_u16_e32 vcc, s9, v4
	s_nop 1
	v_cndmask_b32_e32 v5, 1, v5, vcc
	v_cmp_lt_u16_e32 vcc, s10, v4
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v5, vcc
	v_cmp_o_f16_e32 vcc, v3, v3
	v_lshrrev_b16_e32 v3, 8, v3
	s_nop 0
	v_cndmask_b32_e32 v4, v8, v4, vcc
	v_bitop3_b16 v3, v4, v3, s11 bitop3:0xf8
	.loc	1 53 27                         ; fp8_cast.py:53:27
	v_lshlrev_b16_e32 v3, 8, v3
	v_bitop3_b16 v3, v7, v3, s0 bitop3:0xec
	v_lshlrev_b32_e32 v3, 16, v3
	v_or_b32_sdwa v2, v2, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	global_store_dword v[0:1], v2, off
	.loc	1 53 4                          ; fp8_cast.py:53:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp16_to_fp8
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 40
		.amdhsa_user_sgpr_count 12
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 10
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 11
		.amdhsa_next_free_sgpr 13
		.amdhsa_accum_offset 12
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
	.size	fp16_to_fp8, .Lfunc_end0-fp16_to_fp8
	.cfi_endproc
                                        ; -- End function
	.set fp16_to_fp8.num_vgpr, 11
	.set fp16_to_fp8.num_agpr, 0
	.set fp16_to_fp8.numbered_sgpr, 13
	.set fp16_to_fp8.private_seg_size, 0
	.set fp16_to_fp8.uses_vcc, 1
	.set fp16_to_fp8.uses_flat_scratch, 0
	.set fp16_to_fp8.has_dyn_sized_stack, 0
	.set fp16_to_fp8.has_recursion, 0
	.set fp16_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1288
; TotalNumSgprs: 19
; NumVgprs: 11
; NumAgprs: 0
; TotalNumVgprs: 11
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 19
; NumVGPRsForWavesPerEU: 11
; AccumOffset: 12
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 12
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 2
; COMPUTE_PGM_RSRC3_GFX90A:TG_SPLIT: 0
	.text
	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 40
    .max_flat_workgroup_size: 256
    .name:           fp16_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     19
    .sgpr_spill_count: 0
    .symbol:         fp16_to_fp8.kd
    .uses_dynamic_stack: false
    .vgpr_count:     11
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

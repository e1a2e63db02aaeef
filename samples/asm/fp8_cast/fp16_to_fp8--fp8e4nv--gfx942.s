	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	fp16_to_fp8                     ; -- Begin function fp16_to_fp8
	.p2align	8
	.type	fp16_to_fp8,@function
fp16_to_fp8:                            ; @fp16_to_fp8
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1:
	.file	1 "fp8_cast.py"
	.loc	1 46 0 prologue_end             ; fp8_cast.py:46:0
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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_mov_b64 s[12:13], s[2:3]
	v_mov_b32_e32 v1, 0
.Ltmp1:
	.loc	1 46 1 is_stmt 1                ; fp8_cast.py:46:1
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 51 24                         ; fp8_cast.py:51:24
	global_load_dword v2, v1, s[6:7]
	.loc	1 49 39                         ; fp8_cast.py:49:39
	v_readfirstlane_b32 s0, v0
	.loc	1 53 5                          ; fp8_cast.py:53:5
	s_and_b32 s0, s0, 0xc0
	.loc	1 49 12                         ; fp8_cast.py:49:12
	s_lshl_b32 s1, s14, 10
	.loc	1 49 39 is_stmt 0               ; fp8_cast.py:49:39
	v_and_or_b32 v0, v0, 63, s0
	.loc	1 49 12                         ; fp8_cast.py:49:12
	v_lshl_or_b32 v4, v0, 2, s1
	.loc	1 52 9 is_stmt 1                ; fp8_cast.py:52:9
	v_bfrev_b32_e32 v3, 1
	v_lshlrev_b32_e32 v0, 1, v4
	.loc	1 50 12                         ; fp8_cast.py:50:12
	v_cmp_gt_i32_e64 s[0:1], s8, v4
	.loc	1 52 9                          ; fp8_cast.py:52:9
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	buffer_load_dwordx2 v[0:1], v0, s[12:15], 0 offen
	.loc	1 53 28                         ; fp8_cast.py:53:28
	s_movk_i32 s6, 0x7fff
	s_movk_i32 s8, 0x5f80
	v_mov_b32_e32 v5, 0x7e
	s_movk_i32 s9, 0x237f
	s_movk_i32 s10, 0x2280
	s_movk_i32 s11, 0x217f
	s_movk_i32 s12, 0x2080
	s_movk_i32 s13, 0x19ff
	s_movk_i32 s16, 0x1400
	s_movk_i32 s7, 0x80
	.loc	1 53 5 is_stmt 0                ; fp8_cast.py:53:5
	s_and_b32 s5, s5, 0xffff
	.loc	1 51 18 is_stmt 1               ; fp8_cast.py:51:18
	s_waitcnt vmcnt(1)
	v_div_scale_f32 v6, s[2:3], v2, v2, 1.0
	v_rcp_f32_e32 v7, v6
	v_div_scale_f32 v8, vcc, 1.0, v2, 1.0
	.loc	1 53 28                         ; fp8_cast.py:53:28
	s_movk_i32 s2, 0x1eff
	s_movk_i32 s3, 0x1d00
	.loc	1 51 18                         ; fp8_cast.py:51:18
	v_fma_f32 v9, -v6, v7, 1.0
	v_fmac_f32_e32 v7, v9, v7
	v_mul_f32_e32 v9, v8, v7
	v_fma_f32 v10, -v6, v9, v8
	v_fmac_f32_e32 v9, v10, v7
	v_fma_f32 v6, -v6, v9, v8
	v_div_fmas_f32 v6, v6, v7, v9
	v_div_fixup_f32 v2, v6, v2, 1.0
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 2, 2), 0
	.loc	1 51 17 is_stmt 0               ; fp8_cast.py:51:17
	v_cvt_f16_f32_e32 v2, v2
	.loc	1 53 28 is_stmt 1               ; fp8_cast.py:53:28
	v_mov_b32_e32 v6, 0x7f
	.loc	1 53 29 is_stmt 0               ; fp8_cast.py:53:29
	s_waitcnt vmcnt(0)
	v_pk_mul_f16 v0, v0, v2 op_sel_hi:[1,0]
	v_mul_f16_e32 v7, v1, v2
	v_mul_f16_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 53 28                         ; fp8_cast.py:53:28
	v_and_b32_sdwa v2, s6, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v8, 0x7fff, v0
	v_bfe_u32 v14, v2, 7, 1
	v_and_b32_e32 v11, 0x7fff, v7
	v_bfe_u32 v12, v8, 7, 1
	v_add_u16_e32 v14, v2, v14
	v_bfe_u32 v15, v11, 7, 1
	v_add_u16_e32 v12, v8, v12
	v_add_u16_e32 v14, 63, v14
	v_add_u16_e32 v15, v11, v15
	v_add_u16_e32 v12, 63, v12
	v_and_b32_e32 v14, 0xffffff80, v14
	v_add_u16_e32 v15, 63, v15
	v_and_b32_e32 v12, 0xffffff80, v12
	v_max_u16_e32 v14, 0x2400, v14
	v_and_b32_e32 v15, 0xffffff80, v15
	v_max_u16_e32 v12, 0x2400, v12
	v_add_u16_e32 v14, 0x6000, v14
	v_max_u16_e32 v15, 0x2400, v15
	v_add_u16_e32 v12, 0x6000, v12
	v_lshrrev_b16_e32 v14, 7, v14
	v_cmp_gt_u16_e32 vcc, s8, v2
	v_add_u16_e32 v15, 0x6000, v15
	v_lshrrev_b16_e32 v12, 7, v12
	v_cndmask_b32_e32 v14, v5, v14, vcc
	v_cmp_gt_u16_e32 vcc, s8, v8
	v_lshrrev_b16_e32 v15, 7, v15
	v_pk_lshrrev_b16 v9, 8, v0 op_sel_hi:[0,1]
	v_cndmask_b32_e32 v12, v5, v12, vcc
	v_cmp_gt_u16_e32 vcc, s8, v11
	v_and_b32_sdwa v13, v9, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v9, 0x80, v9
	v_cndmask_b32_e32 v15, v5, v15, vcc
	v_cmp_lt_u16_e32 vcc, s9, v2
	v_and_b32_sdwa v10, v7, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_1 src1_sel:DWORD
	.loc	1 53 5                          ; fp8_cast.py:53:5
	s_mov_b32 s6, s14
	.loc	1 53 28                         ; fp8_cast.py:53:28
	v_cndmask_b32_e32 v14, 7, v14, vcc
	v_cmp_lt_u16_e32 vcc, s9, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 7, v12, vcc
	v_cmp_lt_u16_e32 vcc, s9, v11
	s_nop 1
	v_cndmask_b32_e32 v15, 7, v15, vcc
	v_cmp_lt_u16_e32 vcc, s10, v2
	s_nop 1
	v_cndmask_b32_e32 v14, 6, v14, vcc
	v_cmp_lt_u16_e32 vcc, s10, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 6, v12, vcc
	v_cmp_lt_u16_e32 vcc, s11, v2
	s_nop 1
	v_cndmask_b32_e32 v14, 5, v14, vcc
	v_cmp_lt_u16_e32 vcc, s11, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 5, v12, vcc
	v_cmp_lt_u16_e32 vcc, s12, v2
	s_nop 1
	v_cndmask_b32_e32 v14, 4, v14, vcc
	v_cmp_lt_u16_e32 vcc, s12, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 4, v12, vcc
	v_cmp_lt_u16_e32 vcc, s2, v2
	s_nop 1
	v_cndmask_b32_e32 v14, 3, v14, vcc
	v_cmp_lt_u16_e32 vcc, s2, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 3, v12, vcc
	v_cmp_lt_u16_e32 vcc, s3, v2
	s_nop 1
	v_cndmask_b32_e32 v14, 2, v14, vcc
	v_cmp_lt_u16_e32 vcc, s3, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 2, v12, vcc
	v_cmp_lt_u16_e32 vcc, s13, v2
	s_nop 1
	v_cndmask_b32_e32 v14, 1, v14, vcc
	v_cmp_lt_u16_e32 vcc, s13, v8
	s_nop 1
	v_cndmask_b32_e32 v12, 1, v12, vcc
	v_cmp_lt_u16_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v14, vcc
	v_cmp_lt_u16_e32 vcc, s16, v8
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v12, vcc
	v_cmp_o_f16_sdwa vcc, v0, v0 src0_sel:WORD_1 src1_sel:WORD_1
	s_nop 1
	v_cndmask_b32_e32 v2, v6, v2, vcc
	v_cmp_o_f16_e32 vcc, v0, v0
	v_or_b32_sdwa v2, v2, v13 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v0, v6, v8, vcc
	v_or_b32_e32 v0, v0, v9
	v_cmp_lt_u16_e32 vcc, s10, v11
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	v_and_b32_e32 v8, 0x7fff, v1
	v_cndmask_b32_e32 v2, 6, v15, vcc
	v_cmp_lt_u16_e32 vcc, s11, v11
	v_bfe_u32 v9, v8, 7, 1
	v_add_u16_e32 v9, v8, v9
	v_cndmask_b32_e32 v2, 5, v2, vcc
	v_cmp_lt_u16_e32 vcc, s12, v11
	v_add_u16_e32 v9, 63, v9
	v_and_b32_e32 v9, 0xffffff80, v9
	v_cndmask_b32_e32 v2, 4, v2, vcc
	v_cmp_lt_u16_e32 vcc, s2, v11
	v_max_u16_e32 v9, 0x2400, v9
	v_add_u16_e32 v9, 0x6000, v9
	v_cndmask_b32_e32 v2, 3, v2, vcc
	v_cmp_lt_u16_e32 vcc, s3, v11
	v_lshrrev_b16_e32 v9, 7, v9
	s_nop 0
	v_cndmask_b32_e32 v2, 2, v2, vcc
	v_cmp_lt_u16_e32 vcc, s13, v11
	s_nop 1
	v_cndmask_b32_e32 v2, 1, v2, vcc
	v_cmp_lt_u16_e32 vcc, s16, v11
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_o_f16_e32 vcc, v7, v7
	v_and_b32_sdwa v7, v1, s7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_1 src1_sel:DWORD
	.loc	1 53 5                          ; fp8_cast.py:53:5
	s_mov_b32 s7, s15
	.loc	1 53 28                         ; fp8_cast.py:53:28
	v_cndmask_b32_e32 v2, v6, v2, vcc
	v_cmp_gt_u16_e32 vcc, s8, v8
	v_or_b32_e32 v2, v2, v10
	s_nop 0
	v_cndmask_b32_e32 v5, v5, v9, vcc
	v_cmp_lt_u16_e32 vcc, s9, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 7, v5, vcc
	v_cmp_lt_u16_e32 vcc, s10, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 6, v5, vcc
	v_cmp_lt_u16_e32 vcc, s11, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 5, v5, vcc
	v_cmp_lt_u16_e32 vcc, s12, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 4, v5, vcc
	v_cmp_lt_u16_e32 vcc, s2, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 3, v5, vcc
	v_cmp_lt_u16_e32 vcc, s3, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 2, v5, vcc
	v_cmp_lt_u16_e32 vcc, s13, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 1, v5, vcc
	v_cmp_lt_u16_e32 vcc, s16, v8
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_o_f16_e32 vcc, v1, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v6, v5, vcc
	v_or_b32_sdwa v1, v1, v7 dst_sel:BYTE_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 53 5                          ; fp8_cast.py:53:5
	s_nop 0
	v_or_b32_sdwa v1, v2, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:BYTE_0 src1_sel:DWORD
	s_nop 0
	v_or_b32_sdwa v0, v1, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_cndmask_b32_e64 v1, v3, v4, s[0:1]
	buffer_store_dword v0, v1, s[4:7], 0 offen
	.loc	1 46 1 is_stmt 1                ; fp8_cast.py:46:1
	s_endpgm
.Ltmp2:
.Lfunc_end0:
	.size	fp16_to_fp8, .Lfunc_end0-fp16_to_fp8
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp16_to_fp8
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
		.amdhsa_next_free_vgpr 16
		.amdhsa_next_free_sgpr 17
		.amdhsa_accum_offset 16
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
	.set .Lfp16_to_fp8.num_vgpr, 16
	.set .Lfp16_to_fp8.num_agpr, 0
	.set .Lfp16_to_fp8.numbered_sgpr, 17
	.set .Lfp16_to_fp8.num_named_barrier, 0
	.set .Lfp16_to_fp8.private_seg_size, 0
	.set .Lfp16_to_fp8.uses_vcc, 1
	.set .Lfp16_to_fp8.uses_flat_scratch, 0
	.set .Lfp16_to_fp8.has_dyn_sized_stack, 0
	.set .Lfp16_to_fp8.has_recursion, 0
	.set .Lfp16_to_fp8.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1328
; TotalNumSgprs: 23
; NumVgprs: 16
; NumAgprs: 0
; TotalNumVgprs: 16
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 23
; NumVGPRsForWavesPerEU: 16
; AccumOffset: 16
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 14
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 3
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
    .name:           fp16_to_fp8
    .private_segment_fixed_size: 0
    .sgpr_count:     23
    .sgpr_spill_count: 0
    .symbol:         fp16_to_fp8.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     16
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

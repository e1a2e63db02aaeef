	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	fp8_to_fp16                     ; -- Begin function fp8_to_fp16
	.p2align	8
	.type	fp8_to_fp16,@function
fp8_to_fp16:                            ; @fp8_to_fp16
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.5:
	.file	1 "fp8_cast.py"
	.loc	1 19 0 prologue_end             ; fp8_cast.py:19:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx4 s[4:7], s[0:1], 0x8
	s_load_dwordx2 s[8:9], s[0:1], 0x18
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.6:
.LBB0_0:
.Ltmp1:
	.loc	1 21 30 is_stmt 1               ; fp8_cast.py:21:30
	s_lshl_b32 s0, s10, 10
	.loc	1 21 38 is_stmt 0               ; fp8_cast.py:21:38
	v_lshl_or_b32 v0, v0, 2, s0
	.loc	1 22 18 is_stmt 1               ; fp8_cast.py:22:18
	v_cmp_gt_i32_e32 vcc, s6, v0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v4, 0
	v_ashrrev_i32_e32 v1, 31, v0
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v2, 0
	.loc	1 23 16                         ; fp8_cast.py:23:16
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_3
; %bb.1:
	.loc	1 0 16 is_stmt 0                ; fp8_cast.py:0:16
	s_or_b64 exec, exec, s[0:1]
	.loc	1 24 27 is_stmt 1               ; fp8_cast.py:24:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_4
.LBB0_2:
	.loc	1 24 4 is_stmt 0                ; fp8_cast.py:24:4
	s_endpgm
.LBB0_3:
	.loc	1 0 4                           ; fp8_cast.py:0:4
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[0:1]
	.loc	1 23 16 is_stmt 1               ; fp8_cast.py:23:16
	global_load_dword v4, v[2:3], off
	s_waitcnt vmcnt(0)
	v_lshrrev_b32_e32 v5, 24, v4
	v_lshrrev_b32_e32 v2, 16, v4
	v_lshrrev_b32_e32 v3, 8, v4
	s_or_b64 exec, exec, s[0:1]
	.loc	1 24 27                         ; fp8_cast.py:24:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_2
.LBB0_4:
	.loc	1 24 32 is_stmt 0               ; fp8_cast.py:24:32
	v_and_b32_e32 v6, 0x7f, v5
	v_lshlrev_b16_e32 v7, 8, v5
	v_lshlrev_b16_e32 v5, 7, v5
	s_movk_i32 s0, 0x7f
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_mov_b32_e32 v8, 0x7e00
	v_cmp_ne_u16_e32 vcc, s0, v6
	v_mov_b32_e32 v9, 0x1800
	v_mov_b32_e32 v10, 0x1c00
	v_cndmask_b32_e32 v5, v8, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	v_mov_b32_e32 v11, 0x1e00
	v_mov_b32_e32 v12, 0x2000
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	v_mov_b32_e32 v13, 0x2100
	v_mov_b32_e32 v14, 0x2200
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	v_mov_b32_e32 v15, 0x2300
	.loc	1 24 21                         ; fp8_cast.py:24:21
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[4:5]
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v13, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0xffff8000, v7
	v_lshlrev_b16_e32 v7, 8, v4
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_or_b32_e32 v5, v5, v6
	v_and_b32_e32 v6, 0x7f, v4
	v_lshlrev_b16_e32 v4, 7, v4
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s0, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v8, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v9, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v10, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v11, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v12, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v13, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v14, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0xffff8000, v7
	v_lshlrev_b16_e32 v7, 8, v3
	v_cndmask_b32_e32 v4, v15, v4, vcc
	v_or_b32_e32 v4, v4, v6
	v_and_b32_e32 v6, 0x7f, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v8, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v13, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0xffff8000, v7
	v_lshlrev_b16_e32 v7, 8, v2
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_or_b32_e32 v3, v3, v6
	v_and_b32_e32 v6, 0x7f, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v6
	.loc	1 24 27                         ; fp8_cast.py:24:27
	s_mov_b32 s0, 0x5040100
	.loc	1 24 32                         ; fp8_cast.py:24:32
	s_nop 0
	v_cndmask_b32_e32 v2, v8, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v2, v13, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_or_b32_e32 v6, v2, v6
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_perm_b32 v2, v3, v4, s0
	v_perm_b32 v3, v5, v6, s0
	global_store_dwordx2 v[0:1], v[2:3], off
	.loc	1 24 4                          ; fp8_cast.py:24:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp16
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 32
		.amdhsa_user_sgpr_count 10
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 8
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
		.amdhsa_next_free_sgpr 11
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
.Lfunc_end0:
	.size	fp8_to_fp16, .Lfunc_end0-fp8_to_fp16
	.cfi_endproc
                                        ; -- End function
	.set fp8_to_fp16.num_vgpr, 16
	.set fp8_to_fp16.num_agpr, 0
	.set fp8_to_fp16.numbered_sgpr, 11
	.set fp8_to_fp16.private_seg_size, 0
	.set fp8_to_fp16.uses_vcc, 1
	.set fp8_to_fp16.uses_flat_scratch, 0
	.set fp8_to_fp16.has_dyn_sized_stack, 0
	.set fp8_to_fp16.has_recursion, 0
	.set fp8_to_fp16.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1052
; TotalNumSgprs: 17
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
; NumSGPRsForWavesPerEU: 17
; NumVGPRsForWavesPerEU: 16
; AccumOffset: 16
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 10
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
    .max_flat_workgroup_size: 256
    .name:           fp8_to_fp16
    .private_segment_fixed_size: 0
    .sgpr_count:     17
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp16.kd
    .uses_dynamic_stack: false
    .vgpr_count:     16
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

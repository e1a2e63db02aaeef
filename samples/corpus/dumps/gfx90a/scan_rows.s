	.amdgcn_target "amdgpu9.0a-amd-amdhsa-unknown-gfx90a"
	.amdhsa_code_object_version 5
	.text
	.globl	scan_rows                       ; -- Begin function scan_rows
	.p2align	8
	.type	scan_rows,@function
scan_rows:                              ; @scan_rows
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.5:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 40 0 prologue_end             ; kernels.py:40:0
	s_load_dwordx2 s[6:7], s[4:5], 0x0
	s_load_dwordx8 s[8:15], s[4:5], 0x8
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.6:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 44 5 is_stmt 1                ; kernels.py:44:5
	v_lshrrev_b32_e32 v1, 6, v0
	.loc	1 41 12                         ; kernels.py:41:12
	v_and_b32_e32 v9, 63, v0
	s_mov_b64 s[16:17], s[10:11]
	s_mov_b64 s[0:1], s[6:7]
	v_readfirstlane_b32 s4, v1
	.loc	1 42 9                          ; kernels.py:42:9
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_lshlrev_b32_e32 v8, 2, v9
	s_and_b32 s1, s1, 0xffff
	s_mov_b32 s2, s10
	s_mov_b32 s3, s11
	v_lshl_or_b32 v0, s4, 8, v8
	buffer_load_dword v3, v0, s[0:3], 0 offen
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_sub_u32_e64 v2, v9, 1 clamp
	v_lshlrev_b32_e32 v2, 2, v2
	v_add_u32_e32 v4, -8, v8
	v_cmp_gt_u32_e32 vcc, 2, v9
	v_cndmask_b32_e32 v4, v4, v8, vcc
	v_cmp_eq_u32_e32 vcc, 0, v9
	v_cmp_gt_u32_e64 s[0:1], 4, v9
	v_cmp_lt_u32_e64 s[4:5], 3, v9
	v_cmp_gt_u32_e64 s[2:3], 8, v9
	v_cmp_lt_u32_e64 s[6:7], 7, v9
	v_cmp_lt_u32_e64 s[14:15], 15, v9
	v_add_u32_e32 v12, 0xffffff80, v8
	v_cmp_eq_u32_e64 s[12:13], 63, v9
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v5, v2, v3
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v5, v5, 0, vcc
	v_add_u32_e32 v6, v5, v3
	ds_bpermute_b32 v7, v4, v6
	v_add_u32_e32 v5, -16, v8
	v_cndmask_b32_e64 v5, v5, v8, s[0:1]
	v_cmp_lt_u32_e64 s[0:1], 1, v9
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	v_add_u32_e32 v7, v6, v7
	ds_bpermute_b32 v10, v5, v7
	v_subrev_u32_e32 v6, 32, v8
	v_cndmask_b32_e64 v6, v6, v8, s[2:3]
	v_cmp_gt_u32_e64 s[2:3], 16, v9
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_add_u32_e32 v10, v7, v10
	ds_bpermute_b32 v11, v6, v10
	v_subrev_u32_e32 v7, 64, v8
	v_cndmask_b32_e64 v7, v7, v8, s[2:3]
	v_cmp_gt_u32_e64 s[2:3], 32, v9
	v_cndmask_b32_e64 v8, v12, v8, s[2:3]
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v11, 0, v11, s[6:7]
	v_add_u32_e32 v10, v10, v11
	ds_bpermute_b32 v11, v7, v10
	v_cmp_lt_u32_e64 s[2:3], 31, v9
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v11, 0, v11, s[14:15]
	v_add_u32_e32 v10, v10, v11
	ds_bpermute_b32 v11, v8, v10
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v9, 0, v11, s[2:3]
	v_add_u32_e32 v10, v10, v9
	v_lshl_add_u32 v9, v1, 2, 0
	s_and_saveexec_b64 s[18:19], s[12:13]
; %bb.1:
	ds_write_b32 v9, v10
.Ltmp3:
; %bb.2:
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_or_b64 exec, exec, s[18:19]
	.loc	1 44 39 is_stmt 1               ; kernels.py:44:39
	v_cvt_f32_i32_e32 v3, v3
.Ltmp4:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_waitcnt lgkmcnt(0)
	s_barrier
.Ltmp5:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	ds_bpermute_b32 v2, v2, v3
.Ltmp6:
	.loc	1 43 5                          ; kernels.py:43:5
	s_and_b32 s9, s9, 0xffff
.Ltmp7:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v2, v2, 1.0, vcc
	v_mul_f32_e32 v3, v2, v3
	ds_bpermute_b32 v4, v4, v3
.Ltmp8:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_mov_b32_e32 v2, 0
	ds_read_b96 v[12:14], v2
	v_cmp_lt_u32_e32 vcc, 1, v1
.Ltmp9:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(1)
	v_mul_f32_e32 v4, v3, v4
.Ltmp10:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v3, v3, v4, s[0:1]
	ds_bpermute_b32 v4, v5, v3
.Ltmp11:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	s_waitcnt lgkmcnt(1)
	v_add_u32_e32 v5, v13, v12
.Ltmp12:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cmp_eq_u32_e64 s[0:1], 3, v1
.Ltmp13:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(0)
	v_mul_f32_e32 v4, v3, v4
.Ltmp14:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v3, v3, v4, s[4:5]
	ds_bpermute_b32 v4, v6, v3
.Ltmp15:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e32 v6, v12, v5, vcc
.Ltmp16:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	v_add_u32_e32 v5, v5, v14
.Ltmp17:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v5, v6, v5, s[0:1]
	v_cmp_eq_u32_e64 s[4:5], 0, v1
.Ltmp18:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(0)
	v_mul_f32_e32 v4, v3, v4
.Ltmp19:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v3, v3, v4, s[6:7]
	ds_bpermute_b32 v4, v7, v3
.Ltmp20:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v1, v5, 0, s[4:5]
	v_add_u32_e32 v5, v1, v10
.Ltmp21:
	.loc	1 43 5                          ; kernels.py:43:5
	buffer_store_dword v5, v0, s[8:11], 0 offen
.Ltmp22:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_waitcnt lgkmcnt(0)
.Ltmp23:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v1, v3, v4
.Ltmp24:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v1, v3, v1, s[14:15]
	ds_bpermute_b32 v3, v8, v1
	s_barrier
	s_waitcnt lgkmcnt(0)
.Ltmp25:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v3, v1, v3
.Ltmp26:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_and_saveexec_b64 s[6:7], s[12:13]
; %bb.3:
	ds_write_b32 v9, v3
; %bb.4:
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_or_b64 exec, exec, s[6:7]
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b96 v[4:6], v2
	v_cndmask_b32_e64 v1, v1, v3, s[2:3]
.Ltmp27:
	.loc	1 44 5 is_stmt 1                ; kernels.py:44:5
	s_and_b32 s17, s17, 0xffff
	s_mov_b32 s19, 0x27000
	s_mov_b32 s18, 0x7ffffffe
.Ltmp28:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(0)
	v_mul_f32_e32 v2, v4, v5
.Ltmp29:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e32 v3, v4, v2, vcc
.Ltmp30:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v2, v2, v6
.Ltmp31:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
.Ltmp32:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v2, v1, v2
.Ltmp33:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v1, v2, v1, s[4:5]
.Ltmp34:
	.loc	1 44 5                          ; kernels.py:44:5
	buffer_store_dword v1, v0, s[16:19], 0 offen
	.loc	1 40 1                          ; kernels.py:40:1
	s_endpgm
.Ltmp35:
.Lfunc_end0:
	.size	scan_rows, .Lfunc_end0-scan_rows
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel scan_rows
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 40
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 10
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 15
		.amdhsa_next_free_sgpr 20
		.amdhsa_accum_offset 16
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
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
	.set .Lscan_rows.num_vgpr, 15
	.set .Lscan_rows.num_agpr, 0
	.set .Lscan_rows.numbered_sgpr, 20
	.set .Lscan_rows.num_named_barrier, 0
	.set .Lscan_rows.private_seg_size, 0
	.set .Lscan_rows.uses_vcc, 1
	.set .Lscan_rows.uses_flat_scratch, 0
	.set .Lscan_rows.has_dyn_sized_stack, 0
	.set .Lscan_rows.has_recursion, 0
	.set .Lscan_rows.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1008
; TotalNumSgprs: 24
; NumVgprs: 15
; NumAgprs: 0
; TotalNumVgprs: 15
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 24
; NumVGPRsForWavesPerEU: 15
; AccumOffset: 16
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
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
	.byte	1                               ; DW_CHILDREN_yes
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
	.byte	2                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	32                              ; DW_AT_inline
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	3                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	4                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	1                               ; DW_CHILDREN_yes
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	11                              ; DW_FORM_data1
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	5                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	5                               ; DW_FORM_data2
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
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
	.byte	1                               ; Abbrev [1] 0xb:0x6c DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x2a:0x6 DW_TAG_subprogram
	.long	.Linfo_string3                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x30:0x46 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0x1a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	43                              ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4d:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	358                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	4                               ; Abbrev [4] 0x5b:0x1a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	44                              ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x67:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	375                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"kernels.py"                    ; string offset=7 ; kernels.py
.Linfo_string2:
	.asciz	"samples/corpus"     ; string offset=18 ; samples/corpus
.Linfo_string3:
	.asciz	"scan_rows"                     ; string offset=44 ; scan_rows
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 40
    .max_flat_workgroup_size: 256
    .name:           scan_rows
    .private_segment_fixed_size: 0
    .sgpr_count:     24
    .sgpr_spill_count: 0
    .symbol:         scan_rows.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     15
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.0a-amd-amdhsa-unknown-gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:
